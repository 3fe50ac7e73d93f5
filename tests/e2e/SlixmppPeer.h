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

// The other side of an end-to-end conversation: tests/e2e/peer_slixmpp.py (Debian's python3-slixmpp under
// /usr/bin/python3) logged in to the test server (XmppServerFixture), driven by JSON-line commands, reporting JSON-line
// events (see the script's docstring for both). Waiting keeps the Qt event loop running, so the Balcony
// side of the test makes progress meanwhile.
class SlixmppPeer {
public:
    SlixmppPeer() = default;
    ~SlixmppPeer() { stop(); }
    SlixmppPeer(const SlixmppPeer &) = delete;
    SlixmppPeer &operator=(const SlixmppPeer &) = delete;

    static QString python() { return QStringLiteral("/usr/bin/python3"); }
    static QString script()
    {
        return qEnvironmentVariable("BALCONY_SOURCE_DIR") + QStringLiteral("/tests/e2e/peer_slixmpp.py");
    }
    // Whether slixmpp can be imported by /usr/bin/python3 (`why` says what is missing).
    static bool isAvailable(QString *why = nullptr)
    {
        QProcess probe;
        probe.start(python(), { QStringLiteral("-c"), QStringLiteral("import slixmpp") });
        if (!probe.waitForFinished(20000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
            if (why) {
                *why = QStringLiteral("/usr/bin/python3 cannot import slixmpp (install python3-slixmpp)");
            }
            return false;
        }
        return true;
    }

    // Starts the peer as `jid` (may carry a resource) and waits for its "online" event.
    bool start(const XmppServerFixture &server, const QString &jid, const QString &password, int timeoutMs = 30000)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BALCONY_PASSWORD"), password);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { readEvents(); });
        m_process.start(python(),
            { script(), QStringLiteral("--jid"), jid, QStringLiteral("--host"), server.host(), QStringLiteral("--port"),
                QString::number(server.c2sPort()), QStringLiteral("--ca-file"), server.caFile() });
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return false;
        }
        const auto online = waitFor(u"online", {}, timeoutMs);
        if (!online) {
            m_error = QStringLiteral("the peer did not come online: ")
                + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        m_fullJid = online->value(QStringLiteral("jid")).toString();
        return true;
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

    QString fullJid() const { return m_fullJid; }
    QString errorString() const { return m_error; }
    // Events received and not taken by waitFor(), oldest first.
    const QList<QJsonObject> &pendingEvents() const { return m_events; }

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
};

} // namespace balcony::test
