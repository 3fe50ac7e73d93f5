#pragma once

#include "XmppServerFixture.h"
#include "stream/Connection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace balcony::test {

inline constexpr int BoundTimeoutMs = 20000;

// Skips the calling test (QSKIP) when the server the run is for (BALCONY_TEST_SERVER: Prosody or ejabberd) is
// missing; CI installs both, so there it always runs.
#define BALCONY_REQUIRE_SERVER()                                                                                       \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        const auto kind_ = balcony::test::XmppServerFixture::selectedKind();                                           \
        if (!balcony::test::XmppServerFixture::isAvailable(kind_, &why_)) {                                            \
            QSKIP(qPrintable(balcony::test::XmppServerFixture::kindName(kind_)                                         \
                + QStringLiteral(" is not available (install its Debian package): ") + why_));                         \
        }                                                                                                              \
    } while (false)

// Settings for `user` on `server`, trusting its test CA (none for a self-signed fixture unless asked).
inline ConnectionSettings settingsFor(const XmppServerFixture &server, const QString &user, const QString &password,
    bool directTls = false, bool trustCa = true)
{
    ConnectionSettings settings;
    settings.jid = *Jid::parse(QString(user + QLatin1Char('@') + server.domain()));
    settings.password = password;
    settings.host = server.host();
    settings.directTls = directTls;
    settings.port = directTls ? server.directTlsPort() : server.c2sPort();
    if (trustCa) {
        settings.extraCaCertificates = { server.caCertificate() };
    }
    settings.autoReconnect = false;
    return settings;
}

// The message of the first error a QSignalSpy on Connection::errorOccurred caught ("" if none); for
// QVERIFY2, which evaluates its message even when the check passes.
inline QString firstErrorText(const QSignalSpy &errors)
{
    return errors.isEmpty() ? QString() : errors.first().first().value<ConnectionError>().message;
}

// What a balcony-cli run produced.
struct CliRun {
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

// balcony-cli --json prints one JSON object per line.
inline QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.trimmed().split('\n')) {
        if (!line.isEmpty()) {
            objects.append(QJsonDocument::fromJson(line).object());
        }
    }
    return objects;
}

inline QString cliPath()
{
    return qEnvironmentVariable("BALCONY_CLI");
}

// The environment for balcony-cli: the password via BALCONY_PASSWORD (unless empty), and XDG dirs in
// `home` so a default profile never touches the real user's data.
inline QProcessEnvironment cliEnvironment(const QString &password, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BALCONY_PASSWORD"));
    if (!password.isEmpty()) {
        env.insert(QStringLiteral("BALCONY_PASSWORD"), password);
    }
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return env;
}

// The server of the run (BALCONY_TEST_SERVER), started with `users` registered, each with the password
// "pw-<user>". Failures are QVERIFY failures of the calling test (check QTest::currentTestFailed() after the
// call).
inline void startServerWithUsers(std::unique_ptr<XmppServerFixture> &server, const QStringList &users,
    const XmppServerFixture::Options &options = XmppServerFixture::Options())
{
    server = XmppServerFixture::create(options);
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    for (const QString &user : users) {
        QVERIFY2(server->registerUser(user, QStringLiteral("pw-") + user), qPrintable(server->errorString()));
    }
}

// balcony-cli's options to connect as `user` to `server` (STARTTLS port, its CA) with the profile `profile`.
inline QStringList cliConnectArgs(const XmppServerFixture &server, const QString &user, const QString &profile)
{
    return { QStringLiteral("--jid"), user + QLatin1Char('@') + server.domain(), QStringLiteral("--host"),
        server.host(), QStringLiteral("--port"), QString::number(server.c2sPort()), QStringLiteral("--profile"),
        profile, QStringLiteral("--ca-file"), server.caFile() };
}

// Runs balcony-cli to completion (killing it after `timeoutMs`).
inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(cliPath(), arguments);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace balcony::test
