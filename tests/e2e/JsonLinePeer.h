#pragma once

#include "XmppServerFixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <functional>
#include <optional>

namespace balcony::test {

// A python peer process for end-to-end tests (SlixmppPeer, OmemoPeer): a script under /usr/bin/python3 logged in to
// the test server, driven by JSON-line commands on its stdin and reporting JSON-line events on its stdout (see each
// script's docstring). Waiting keeps the Qt event loop running, so the Balcony side of a test makes progress
// meanwhile.
class JsonLinePeer {
public:
    JsonLinePeer() = default;
    ~JsonLinePeer() { stop(); }
    JsonLinePeer(const JsonLinePeer &) = delete;
    JsonLinePeer &operator=(const JsonLinePeer &) = delete;

    static QString python() { return QStringLiteral("/usr/bin/python3"); }
    // The script `name` in tests/e2e of the source tree (BALCONY_SOURCE_DIR, set by CTest).
    static QString scriptPath(const QString &name)
    {
        return qEnvironmentVariable("BALCONY_SOURCE_DIR") + QStringLiteral("/tests/e2e/") + name;
    }
    // Whether /usr/bin/python3 runs `code` (imports) successfully.
    static bool pythonRuns(const QString &code)
    {
        QProcess probe;
        probe.start(python(), { QStringLiteral("-c"), code });
        return probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    }

    // Sends one command (a JSON object with "cmd").
    bool command(const QJsonObject &command)
    {
        const QByteArray line = QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n';
        return m_process.write(line) == line.size();
    }

    // Waits for the first event not yet taken with this "event" name for which `match` (if given) holds,
    // and takes it.
    std::optional<QJsonObject> waitFor(
        QStringView event, const std::function<bool(const QJsonObject &)> &match = {}, int timeoutMs = 20000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            for (qsizetype i = 0; i < m_events.size(); ++i) {
                const QJsonObject &e = m_events.at(i);
                if (e.value(QStringLiteral("event")).toString() == event && (!match || match(e))) {
                    return m_events.takeAt(i);
                }
            }
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
                return std::nullopt;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            m_process.waitForReadyRead(20);
            readEvents();
        }
    }

    // "quit" and wait for the process to end (killed after 10 s).
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning) {
            return;
        }
        command(QJsonObject { { QStringLiteral("cmd"), QStringLiteral("quit") } });
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }
    QString fullJid() const { return m_fullJid; }
    QString errorString() const { return m_error; }
    // Events received and not taken by waitFor(), oldest first.
    const QList<QJsonObject> &pendingEvents() const { return m_events; }
    // Drops the events received so far and not taken.
    void clearEvents()
    {
        readEvents();
        m_events.clear();
    }

protected:
    // Starts `script` (scriptPath) as `jid` with `extraArguments` and waits for its "online" event, which it
    // returns (nullopt and errorString() on failure).
    std::optional<QJsonObject> startScript(const QString &script, const XmppServerFixture &server, const QString &jid,
        const QString &password, const QStringList &extraArguments, int timeoutMs)
    {
        m_events.clear();
        m_error.clear();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BALCONY_PASSWORD"), password);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        if (!m_connected) {
            QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { readEvents(); });
            m_connected = true;
        }
        m_process.start(python(),
            QStringList { scriptPath(script), QStringLiteral("--jid"), jid, QStringLiteral("--host"), server.host(),
                QStringLiteral("--port"), QString::number(server.c2sPort()), QStringLiteral("--ca-file"),
                server.caFile() }
                + extraArguments);
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return std::nullopt;
        }
        auto online = waitFor(u"online", {}, timeoutMs);
        if (!online) {
            m_error = QStringLiteral("the peer did not come online: ")
                + QString::fromUtf8(m_process.readAllStandardError());
            return std::nullopt;
        }
        m_fullJid = online->value(QStringLiteral("jid")).toString();
        return online;
    }

private:
    void readEvents()
    {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject()) {
                m_events.append(doc.object());
            }
        }
    }

    QProcess m_process;
    QList<QJsonObject> m_events;
    QString m_fullJid;
    QString m_error;
    bool m_connected = false;
};

} // namespace balcony::test
