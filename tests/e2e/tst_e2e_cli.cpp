#include "E2eSupport.h"
#include "storage/Database.h"
#include "stream/CertificateTrust.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::CliRun;
using balcony::test::runCli;
using balcony::test::XmppServerFixture;

namespace {
constexpr int ExitOk = 0;
constexpr int ExitOther = 1;
constexpr int ExitBadArguments = 2;
constexpr int ExitConnect = 3;
constexpr int ExitTls = 4;
constexpr int ExitAuthentication = 5;
constexpr int ExitTimeout = 7;

const QString Password = u"s3cret pass"_s;

QJsonObject parseJsonLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed(), &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

// One diagnostic line, prefixed with the program name.
bool isOneErrorLine(const QByteArray &err)
{
    const QByteArray trimmed = err.trimmed();
    return trimmed.startsWith("balcony-cli: ") && !trimmed.contains('\n');
}

// A server that logs the client in (direct TLS, SASL PLAIN, bind) and then answers nothing more: what a
// stalled or overloaded server looks like after bind. Records when our </stream:stream> and the close came.
class StallingServer : public QSslServer {
public:
    StallingServer(const QSslCertificate &certificate, const QSslKey &key)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        setSslConfiguration(config);
        connect(this, &QSslServer::pendingConnectionAvailable, this, [this] {
            QSslSocket *socket = qobject_cast<QSslSocket *>(nextPendingConnection());
            connect(socket, &QSslSocket::readyRead, this, [this, socket] { onData(socket); });
            connect(socket, &QSslSocket::disconnected, this, [this] { disconnectedAtMs = clock.elapsed(); });
        });
        clock.start();
    }
    QElapsedTimer clock;
    qint64 closeTagAtMs = -1;
    qint64 disconnectedAtMs = -1;
    bool bound = false;

private:
    void onData(QSslSocket *socket)
    {
        m_in += socket->readAll();
        static const QByteArray header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                                         "xmlns:stream='http://etherx.jabber.org/streams' from='localhost' "
                                         "version='1.0' id='";
        if (m_in.contains("</stream:stream>") && closeTagAtMs < 0) {
            closeTagAtMs = clock.elapsed();
        }
        const qsizetype headers = m_in.count("<stream:stream");
        if (headers > m_headersAnswered) {
            m_headersAnswered = headers;
            const QByteArray features = headers == 1
                ? "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms>"
                : "<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>";
            socket->write(
                header + QByteArray::number(headers) + "'><stream:features>" + features + "</stream:features>");
        }
        // Balcony pipelines a SCRAM guess behind the header (XEP-0305); only PLAIN is offered here, so the guess
        // fails as on a real server, and the PLAIN that follows succeeds.
        for (qsizetype at = m_in.indexOf("<auth ", m_authScanned); at >= 0; at = m_in.indexOf("<auth ", at + 1)) {
            const qsizetype end = m_in.indexOf('>', at);
            if (end < 0) {
                break;
            }
            m_authScanned = end;
            const bool plain = m_in.mid(at, end - at).contains("PLAIN");
            socket->write(plain ? "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"
                                : "<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><invalid-mechanism/></failure>");
        }
        static const QRegularExpression bindRequest(u"<iq[^>]*\\sid=['\"]([^'\"]+)['\"][^>]*>\\s*<bind"_s);
        const QRegularExpressionMatch match = bindRequest.match(QString::fromUtf8(m_in));
        if (!bound && match.hasMatch()) {
            bound = true;
            socket->write("<iq type='result' id='" + match.captured(1).toUtf8()
                + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>alice@localhost/stalled</jid></bind></iq>");
        }
        // Everything after the bind (stream management, roster, presence, disco) stays unanswered.
    }

    QByteArray m_in;
    qsizetype m_headersAnswered = 0;
    qsizetype m_authScanned = 0;
};

} // namespace

// balcony-cli as users and scripts run it: exit codes, output formats, the certificate decision, and
// listen + send between two accounts, against real server instances (Prosody or ejabberd).
class TestE2eCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BALCONY_REQUIRE_SERVER();
        QVERIFY2(QFile::exists(test::cliPath()), "BALCONY_CLI must name the balcony-cli binary");
        QVERIFY(m_home.isValid());
        m_server = XmppServerFixture::create();
        m_sha256 = XmppServerFixture::create(XmppServerFixture::Options { .passwordHash = u"SHA-256"_s });
        m_selfSigned = XmppServerFixture::create(
            XmppServerFixture::Options { .certificates = XmppServerFixture::CertificateMode::SelfSigned });
        for (XmppServerFixture *server : { m_server.get(), m_sha256.get(), m_selfSigned.get() }) {
            QVERIFY2(server->start(), qPrintable(server->errorString()));
            for (const QString &user : { u"alice"_s, u"bob"_s, u"carol"_s }) {
                QVERIFY2(server->registerUser(user, Password), qPrintable(server->errorString()));
            }
        }
    }
    void cleanupTestCase()
    {
        m_server.reset();
        m_sha256.reset();
        m_selfSigned.reset();
    }

    void loginPrintsJson_data()
    {
        QTest::addColumn<int>("instance");
        QTest::addColumn<bool>("directTls");
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("scram-sha-1") << 1 << false << u"SCRAM-SHA-1"_s;
        QTest::newRow("scram-sha-256") << 2 << false << u"SCRAM-SHA-256"_s;
        QTest::newRow("direct tls") << 1 << true << u"SCRAM-SHA-1"_s;
    }
    void loginPrintsJson()
    {
        QFETCH(int, instance);
        QFETCH(bool, directTls);
        QFETCH(QString, mechanism);
        const XmppServerFixture &server = instance == 1 ? *m_server : *m_sha256;
        QStringList args = connectArgs(server, u"login"_s, u"alice"_s, directTls) + QStringList { u"--json"_s };
        const CliRun run = runCli(args, env(Password));
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        const QJsonObject json = parseJsonLine(run.out);
        QVERIFY2(!json.isEmpty(), run.out.constData());
        QVERIFY(json.value(u"jid").toString().startsWith(u"alice@localhost/"));
        QCOMPARE(json.value(u"mechanism").toString(), mechanism);
        QCOMPARE(json.value(u"directTls").toBool(), directTls);
        QVERIFY(json.value(u"tls").toString().startsWith(u"TLS"));
        QVERIFY(json.value(u"roundTrips").toInt() > 0);
        for (const auto key : { u"connectMs", u"tlsMs", u"authMs", u"boundMs" }) {
            QVERIFY2(json.value(key).toInteger(-1) >= 0, qPrintable(QString::fromUtf16(key)));
        }
    }

    void loginHumanReadableWithPasswordFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"pw"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Password.toUtf8() + "\n");
        file.close();
        const CliRun run = runCli(connectArgs(*m_server, u"login"_s, u"bob"_s)
                + QStringList { u"--password-file"_s, file.fileName(), u"--resource"_s, u"cli-test"_s },
            env(QString()));
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        QVERIFY(run.out.contains("bob@localhost/cli-test"));
        QVERIFY(run.out.contains("SCRAM-SHA-1"));
        QVERIFY(run.out.contains("round trips"));
        QVERIFY(run.out.contains("caches:"));
        QVERIFY(run.out.contains("roster:"));
    }

    // XEP-0305 §2: the second login with the same profile uses the caches the first one filled.
    void secondLoginUsesTheProfileCaches()
    {
        const QString profile = m_home.filePath(u"profile-caches"_s);
        QStringList args = connectArgs(*m_server, u"login"_s, u"carol"_s) + QStringList { u"--json"_s };
        args[args.indexOf(u"--profile"_s) + 1] = profile;

        const CliRun first = runCli(args, env(Password));
        QVERIFY2(first.exitCode == ExitOk, qPrintable(first.describe()));
        QVERIFY(QFile::exists(profile + u"/balcony.sqlite"_s));
        const QJsonObject one = parseJsonLine(first.out);
        const QJsonObject oneCaches = one.value(u"caches").toObject();
        QVERIFY2(!oneCaches.isEmpty(), first.out.constData());
        QCOMPARE(oneCaches.value(u"dns").toString(), u"not used"_s); // --host: no DNS at all
        QCOMPARE(oneCaches.value(u"features").toBool(), false);
        QCOMPARE(oneCaches.value(u"caps").toString(), u"queried"_s);
        QCOMPARE(oneCaches.value(u"roster").toObject().value(u"fromCache").toBool(), false);
        QCOMPARE(one.value(u"streamManagement").toString(), u"enabled"_s);
        QVERIFY(one.value(u"smEnabledMs").toInteger(-1) >= one.value(u"boundMs").toInteger());
        QVERIFY(one.value(u"onlineMs").toInteger(-1) >= one.value(u"boundMs").toInteger());
        QVERIFY(one.value(u"tlsResumed").isBool());

        const CliRun second = runCli(args, env(Password));
        QVERIFY2(second.exitCode == ExitOk, qPrintable(second.describe()));
        QVERIFY2(second.err.trimmed().isEmpty(), second.err.constData());
        const QJsonObject two = parseJsonLine(second.out);
        const QJsonObject caches = two.value(u"caches").toObject();
        QCOMPARE(caches.value(u"dns").toString(), u"not used"_s);
        QCOMPARE(caches.value(u"features").toBool(), true);
        QCOMPARE(caches.value(u"pipelinedSessionStart").toBool(), true);
        QCOMPARE(caches.value(u"caps").toString(), u"cached"_s);
        const QJsonObject roster = caches.value(u"roster").toObject();
        QCOMPARE(oneCaches.value(u"roster").toObject().value(u"ver").toString(), QString()); // nothing stored yet
        QVERIFY2(!roster.value(u"ver").toString().isEmpty(), second.out.constData());
        QCOMPARE(roster.value(u"fromCache").toBool(), true);
        QCOMPARE(roster.value(u"transferredItems").toInt(-1), 0);
        QCOMPARE(two.value(u"streamManagement").toString(), u"enabled"_s);

        // The human-readable form says the same.
        args.removeAll(u"--json"_s);
        const CliRun human = runCli(args, env(Password));
        QVERIFY2(human.exitCode == ExitOk, qPrintable(human.describe()));
        QVERIFY2(human.out.contains("caps:      cached"), human.out.constData());
        QVERIFY2(human.out.contains("served from cache, 0 items transferred"), human.out.constData());
        QVERIFY2(human.out.contains("features:  cached, session start pipelined"), human.out.constData());
    }

    // One profile database, two balcony-cli processes at once: SQLite serialises them; both succeed, both
    // when they create the profile together and when it exists.
    void twoProcessesShareAProfile()
    {
        const QString profile = m_home.filePath(u"profile-shared"_s);
        QStringList args = connectArgs(*m_server, u"login"_s, u"carol"_s);
        args[args.indexOf(u"--profile"_s) + 1] = profile;
        for (int round = 0; round < 2; ++round) {
            QProcess a;
            QProcess b;
            for (QProcess *p : { &a, &b }) {
                p->setProcessEnvironment(env(Password));
                p->start(test::cliPath(), args);
            }
            for (QProcess *p : { &a, &b }) {
                QVERIFY(p->waitForFinished(60000));
                const QByteArray err = p->readAllStandardError();
                QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == ExitOk, err.constData());
                QVERIFY2(err.trimmed().isEmpty(), err.constData());
            }
        }
        const CliRun after = runCli(args, env(Password));
        QVERIFY2(after.exitCode == ExitOk && after.err.trimmed().isEmpty(), qPrintable(after.describe()));
        QVERIFY2(after.out.contains("served from cache"), after.out.constData());
    }

    // A damaged database is kept aside with a notice; the login goes on with a fresh one.
    void garbageDatabaseIsMovedAside()
    {
        const QString profile = m_home.filePath(u"profile-garbage"_s);
        QVERIFY(QDir().mkpath(profile));
        QFile garbage(profile + u"/balcony.sqlite"_s);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, '\x5a'));
        garbage.close();
        QStringList args = connectArgs(*m_server, u"login"_s, u"carol"_s);
        args[args.indexOf(u"--profile"_s) + 1] = profile;
        const CliRun run = runCli(args, env(Password));
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        QVERIFY2(isOneErrorLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains("damaged"), run.err.constData());
        QVERIFY(run.out.contains("carol@localhost/"));
        const QStringList kept = QDir(profile).entryList({ u"balcony.sqlite.corrupt-*"_s }, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QFile moved(profile + u"/"_s + kept.first());
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), QByteArray(4096, '\x5a')); // kept, untouched
        // The fresh database works: the next run has nothing to report.
        const CliRun next = runCli(args, env(Password));
        QVERIFY2(next.exitCode == ExitOk && next.err.trimmed().isEmpty(), qPrintable(next.describe()));
    }

    // `history` on a damaged database says so in one line (issue 11, item 10): it used to print an empty history,
    // exit 0 and nothing else, as if the conversation had never existed.
    void historyOnAGarbageDatabaseSaysSo()
    {
        const QString profile = m_home.filePath(u"profile-garbage-history"_s);
        QVERIFY(QDir().mkpath(profile));
        QFile garbage(profile + u"/balcony.sqlite"_s);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, '\x5a'));
        garbage.close();
        const CliRun run
            = runCli({ u"history"_s, u"bob@localhost"_s, u"--jid"_s, u"carol@localhost"_s, u"--profile"_s, profile },
                env(QString()));
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        QVERIFY2(isOneErrorLine(run.err), qPrintable(run.describe()));
        QVERIFY2(run.err.contains("damaged"), run.err.constData());
        QVERIFY(run.out.trimmed().isEmpty());
        const QStringList kept = QDir(profile).entryList({ u"balcony.sqlite.corrupt-*"_s }, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QVERIFY2(run.err.contains(kept.first().toUtf8()), run.err.constData()); // says where it was kept
    }

    // A database of a newer Balcony is left alone and the command fails with exit code 1.
    void tooNewDatabaseFails()
    {
        const QString profile = m_home.filePath(u"profile-newer"_s);
        {
            Database database(profile);
            QVERIFY(database.open().isOpen());
            QSqlQuery query(database.sql());
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestVersion() + 1)));
        }
        QStringList args = connectArgs(*m_server, u"login"_s, u"carol"_s);
        args[args.indexOf(u"--profile"_s) + 1] = profile;
        const CliRun run = runCli(args, env(Password));
        QVERIFY2(run.exitCode == ExitOther, qPrintable(run.describe()));
        QVERIFY2(isOneErrorLine(run.err), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void wrongPasswordExitsWithAuthenticationError_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("login") << u"login"_s;
        // listen reconnects by itself, but never after an authentication failure.
        QTest::newRow("listen") << u"listen"_s;
    }
    void wrongPasswordExitsWithAuthenticationError()
    {
        QFETCH(QString, command);
        const CliRun run = runCli(connectArgs(*m_server, command, u"alice"_s), env(u"not the password"_s), 30000);
        QVERIFY2(run.finished, "balcony-cli kept running after a wrong password (reconnect loop?)");
        QVERIFY2(run.exitCode == ExitAuthentication, qPrintable(run.describe()));
        QVERIFY2(isOneErrorLine(run.err), run.err.constData());
    }

    void untrustedCertificateThenTrustCert()
    {
        const QString profile = m_home.filePath(u"profile-untrusted"_s);
        QStringList args = connectArgs(*m_selfSigned, u"login"_s, u"alice"_s, false, false);
        args += { u"--profile"_s, profile };
        const CliRun refused = runCli(args, env(Password));
        QVERIFY2(refused.exitCode == ExitTls, qPrintable(refused.describe()));
        QVERIFY2(isOneErrorLine(refused.err), refused.err.constData());
        // The message names the fingerprint and the exact command to trust it.
        const auto match
            = QRegularExpression(u"trust it with: (.+)$"_s).match(QString::fromUtf8(refused.err.trimmed()));
        QVERIFY2(match.hasMatch(), refused.err.constData());
        QStringList command = match.captured(1).split(u' ');
        QCOMPARE(command.takeFirst(), test::cliPath());
        QCOMPARE(command,
            QStringList({ u"trust-cert"_s, u"--jid"_s, u"alice@localhost"_s, u"--profile"_s, profile,
                u"--fingerprint"_s, QString::fromLatin1(m_selfSigned->serverFingerprint()) }));
        QVERIFY(refused.err.contains(CertificateTrust::displayFingerprint(m_selfSigned->serverFingerprint()).toUtf8()));

        // Run the command as printed.
        const CliRun trusted = runCli(command, env(QString()));
        QVERIFY2(trusted.exitCode == ExitOk, qPrintable(trusted.describe()));
        QVERIFY(QFile::exists(profile + u"/trusted-certificates.json"_s));

        const CliRun accepted = runCli(args, env(Password));
        QVERIFY2(accepted.exitCode == ExitOk, qPrintable(accepted.describe()));
        QVERIFY(accepted.out.contains("alice@localhost/"));

        // The decision belongs to that profile only.
        QStringList otherProfile = args;
        otherProfile.last() = m_home.filePath(u"profile-other"_s);
        QCOMPARE(runCli(otherProfile, env(Password)).exitCode, ExitTls);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("withPassword");
        const QStringList jid { u"--jid"_s, u"alice@localhost"_s };
        QTest::newRow("no command") << QStringList {} << true;
        QTest::newRow("unknown command") << (QStringList { u"fly"_s } + jid) << true;
        QTest::newRow("no jid") << QStringList { u"login"_s } << true;
        QTest::newRow("invalid jid") << QStringList { u"login"_s, u"--jid"_s, u"a@b@c"_s } << true;
        QTest::newRow("domain only jid") << QStringList { u"login"_s, u"--jid"_s, u"localhost"_s } << true;
        QTest::newRow("missing password") << (QStringList { u"login"_s } + jid) << false;
        QTest::newRow("password on the command line")
            << (QStringList { u"login"_s, u"--password"_s, u"x"_s } + jid) << true;
        QTest::newRow("missing password file")
            << (QStringList { u"login"_s, u"--password-file"_s, u"/nonexistent/pw"_s } + jid) << true;
        QTest::newRow("send without text") << (QStringList { u"send"_s, u"bob@localhost"_s } + jid) << true;
        QTest::newRow("send to invalid jid") << (QStringList { u"send"_s, u"@bad"_s, u"hi"_s } + jid) << true;
        QTest::newRow("port 0") << (QStringList { u"login"_s, u"--port"_s, u"0"_s } + jid) << true;
        QTest::newRow("count for login") << (QStringList { u"login"_s, u"--count"_s, u"2"_s } + jid) << true;
        QTest::newRow("bad timeout") << (QStringList { u"login"_s, u"--timeout"_s, u"soon"_s } + jid) << true;
        QTest::newRow("unreadable ca file")
            << (QStringList { u"login"_s, u"--ca-file"_s, u"/nonexistent.pem"_s } + jid) << true;
        QTest::newRow("trust-cert without fingerprint") << (QStringList { u"trust-cert"_s } + jid) << false;
        QTest::newRow("trust-cert bad fingerprint")
            << (QStringList { u"trust-cert"_s, u"--fingerprint"_s, u"abcd"_s } + jid) << false;
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, withPassword);
        const CliRun run = runCli(args, env(withPassword ? Password : QString()), 20000);
        QVERIFY2(run.exitCode == ExitBadArguments, qPrintable(run.describe()));
        QVERIFY2(isOneErrorLine(run.err), run.err.constData());
    }

    void closedPortIsAConnectFailure()
    {
        quint16 port = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            port = server.serverPort();
        }
        const CliRun run = runCli({ u"login"_s, u"--jid"_s, u"alice@localhost"_s, u"--host"_s, u"127.0.0.1"_s,
                                      u"--port"_s, QString::number(port), u"--timeout"_s, u"20"_s },
            env(Password));
        QVERIFY2(run.exitCode == ExitConnect, qPrintable(run.describe()));
        QVERIFY2(isOneErrorLine(run.err), run.err.constData());
    }

    void listenReceivesWhatSendSends()
    {
        QProcess listen;
        listen.setProcessEnvironment(env(Password));
        listen.start(test::cliPath(),
            connectArgs(*m_server, u"listen"_s, u"bob"_s)
                + QStringList { u"--count"_s, u"1"_s, u"--timeout"_s, u"60"_s });
        QVERIFY(listen.waitForStarted());
        // "listening as ..." on stderr once bound and available.
        QByteArray status;
        QTRY_VERIFY_WITH_TIMEOUT(
            (status += listen.readAllStandardError()).contains("listening as bob@localhost/"), 20000);

        const QString text = u"Hi Bob, \"quoted\" & <tagged> \u00e9 "_s + Connection::generateId();
        const CliRun send = runCli(
            connectArgs(*m_server, u"send"_s, u"alice"_s) + QStringList { u"--json"_s, u"bob@localhost"_s, text },
            env(Password));
        QVERIFY2(send.exitCode == ExitOk, qPrintable(send.describe()));
        const QJsonObject sent = parseJsonLine(send.out);
        QVERIFY(!sent.value(u"id").toString().isEmpty());

        QVERIFY(listen.waitForFinished(30000));
        QCOMPARE(listen.exitCode(), ExitOk);
        const QList<QByteArray> lines = listen.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject message = parseJsonLine(lines.first());
        QCOMPARE(message.value(u"body").toString(), text);
        QCOMPARE(message.value(u"type").toString(), u"chat"_s);
        QCOMPARE(message.value(u"id").toString(), sent.value(u"id").toString());
        QVERIFY(message.value(u"from").toString().startsWith(u"alice@localhost/"));
        QCOMPARE(message.value(u"to").toString(), u"bob@localhost"_s);
        QVERIFY(message.value(u"stamp").isNull()); // delivered live, not from offline storage
        QVERIFY(message.contains(u"thread"));
    }

    void offlineMessageCarriesItsStamp()
    {
        const QString text = u"while you were away "_s + Connection::generateId();
        const CliRun send = runCli(
            connectArgs(*m_server, u"send"_s, u"alice"_s) + QStringList { u"carol@localhost"_s, text }, env(Password));
        QVERIFY2(send.exitCode == ExitOk, qPrintable(send.describe()));
        const CliRun listen = runCli(connectArgs(*m_server, u"listen"_s, u"carol"_s)
                + QStringList { u"--count"_s, u"1"_s, u"--timeout"_s, u"30"_s },
            env(Password));
        QVERIFY2(listen.exitCode == ExitOk, qPrintable(listen.describe()));
        const QJsonObject message = parseJsonLine(listen.out);
        QCOMPARE(message.value(u"body").toString(), text);
        // XEP-0203 delay added by offline storage.
        QVERIFY2(message.value(u"stamp").toString().contains(u'T'), listen.out.constData());
    }

    void listenTimeout_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no count: timeout ends normally") << QStringList { u"--timeout"_s, u"1"_s } << ExitOk;
        QTest::newRow("count not reached: timeout code")
            << QStringList { u"--timeout"_s, u"1"_s, u"--count"_s, u"3"_s } << ExitTimeout;
    }
    void listenTimeout()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        const CliRun run = runCli(connectArgs(*m_sha256, u"listen"_s, u"bob"_s) + extra, env(Password), 30000);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        QVERIFY(run.out.trimmed().isEmpty());
    }

    // Issue 11, item 11: --timeout is the time the user allows, not a time after which closing begins. A server
    // that stalls after bind must not add the polite close's own wait (5 s for the server's </stream:stream>).
    void loginTimeoutIsTheTimeoutAsked()
    {
        QTemporaryDir dir;
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.start(u"openssl"_s,
            { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                u"-nodes"_s, u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                u"/CN=localhost"_s, u"-addext"_s, u"subjectAltName=DNS:localhost"_s });
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        QFile certFile(dir.filePath(u"server.pem"_s));
        QFile keyFile(dir.filePath(u"server.key"_s));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        StallingServer server(QSslCertificate(certFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Ec));
        QVERIFY(server.listen(QHostAddress::LocalHost));

        QProcess cli;
        cli.setProcessEnvironment(env(Password));
        cli.start(test::cliPath(),
            { u"login"_s, u"--jid"_s, u"alice@localhost"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                QString::number(server.serverPort()), u"--direct-tls"_s, u"--ca-file"_s, certFile.fileName(),
                u"--profile"_s, m_home.filePath(u"profile-stalled"_s), u"--timeout"_s, u"2"_s });
        QVERIFY(cli.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 30000);
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(server.bound, err.constData());
        QCOMPARE(cli.exitCode(), ExitTimeout);
        QVERIFY2(isOneErrorLine(err), err.constData());
        // The stream is still closed properly (RFC 6120 §4.4), but the connection goes at once instead of waiting
        // for an answer the stalled server will never give: well under the 5 s the polite close would wait.
        QVERIFY(server.closeTagAtMs >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(server.disconnectedAtMs >= 0, 10000);
        QVERIFY2(server.disconnectedAtMs - server.closeTagAtMs < 2500,
            qPrintable(u"closed %1 ms after </stream:stream>"_s.arg(server.disconnectedAtMs - server.closeTagAtMs)));
    }

private:
    QStringList connectArgs(const XmppServerFixture &server, const QString &command, const QString &user,
        bool directTls = false, bool withCa = true) const
    {
        QStringList args { command, u"--jid"_s, user + u"@"_s + server.domain(), u"--host"_s, server.host(),
            u"--port"_s, QString::number(directTls ? server.directTlsPort() : server.c2sPort()), u"--profile"_s,
            m_home.filePath(u"profile-%1-%2"_s.arg(server.c2sPort()).arg(user)) };
        if (directTls) {
            args.append(u"--direct-tls"_s);
        }
        if (withCa) {
            args += { u"--ca-file"_s, server.caFile() };
        }
        return args;
    }
    QProcessEnvironment env(const QString &password) const { return test::cliEnvironment(password, m_home.path()); }

    QTemporaryDir m_home;
    std::unique_ptr<XmppServerFixture> m_server;
    std::unique_ptr<XmppServerFixture> m_sha256;
    std::unique_ptr<XmppServerFixture> m_selfSigned;
};

QTEST_GUILESS_MAIN(TestE2eCli)
#include "tst_e2e_cli.moc"
