#pragma once

#include "JsonLinePeer.h"

#include <QJsonArray>

namespace balcony::test {

// An independent OMEMO client for end-to-end tests: tests/e2e/peer_omemo.py, python-omemo with its OMEMO 0.3
// (eu.siacs.conversations.axolotl) and OMEMO 2 (urn:xmpp:omemo:2) backends on slixmpp, all Debian packages under
// /usr/bin/python3. Its state lives in a JSON file (`storeFile`): starting again with the same file is the same
// device. The script's docstring lists the commands and events, and the exact XML it publishes and sends.
class OmemoPeer : public JsonLinePeer {
public:
    static inline const QString OldNamespace = QStringLiteral("oldmemo"); // OMEMO 0.3
    static inline const QString TwoNamespace = QStringLiteral("twomemo"); // OMEMO 2

    // Whether /usr/bin/python3 has slixmpp, python-omemo with both backends and their XML helpers (`why` says
    // what is missing).
    static bool isAvailable(QString *why = nullptr)
    {
        if (!pythonRuns(QStringLiteral("import slixmpp, omemo, oldmemo.etree, twomemo.etree"))) {
            if (why) {
                *why = QStringLiteral("/usr/bin/python3 cannot import slixmpp, omemo, oldmemo.etree and twomemo.etree "
                                      "(install python3-slixmpp, python3-omemo, python3-oldmemo, python3-twomemo and "
                                      "python3-xmlschema)");
            }
            return false;
        }
        return true;
    }

    // Starts the peer as `jid` with its state in `storeFile` and waits until it is online: OMEMO set up (on the
    // first run: device id, keys, both bundles and device lists published), offline messages handled.
    // `port`: connect there instead of the server's c2s port (a delaying proxy in front of it).
    bool start(const XmppServerFixture &server, const QString &jid, const QString &password, const QString &storeFile,
        quint16 port = 0, int timeoutMs = 60000)
    {
        QStringList arguments { QStringLiteral("--store"), storeFile };
        if (port != 0) {
            arguments << QStringLiteral("--port") << QString::number(port); // the last --port counts
        }
        // BALCONY_OMEMO_PEER_LOG=FILE: every peer appends its stanzas and python-omemo's debug log to FILE.
        const QString log = qEnvironmentVariable("BALCONY_OMEMO_PEER_LOG");
        if (!log.isEmpty()) {
            arguments << QStringLiteral("--log") << log;
        }
        const auto online = startScript(QStringLiteral("peer_omemo.py"), server, jid, password, arguments, timeoutMs);
        if (!online) {
            return false;
        }
        m_deviceId = online->value(QStringLiteral("device")).toInteger();
        m_fingerprint = online->value(QStringLiteral("fingerprint")).toString();
        return true;
    }

    // This device's id (the same in both namespaces) and identity key fingerprint (64 hex digits).
    qint64 deviceId() const { return m_deviceId; }
    QString fingerprint() const { return m_fingerprint; }

    // Sends `command` with a fresh "id" and waits for its "done" event; returns it (nullopt on timeout or exit).
    // A failed command's "done" carries "error".
    std::optional<QJsonObject> request(QJsonObject command, int timeoutMs = 30000)
    {
        const QString id = QString::number(++m_nextId);
        command.insert(QStringLiteral("id"), id);
        if (!this->command(command)) {
            return std::nullopt;
        }
        return waitFor(
            u"done", [&id](const QJsonObject &e) { return e.value(QStringLiteral("id")).toString() == id; }, timeoutMs);
    }

    // Encrypts `body` for `to` (all its devices and our other ones) in `ns` (OldNamespace / TwoNamespace) and
    // sends it; returns the "sent" event (nullopt and errorString() on failure).
    std::optional<QJsonObject> send(const QString &to, const QString &body, const QString &ns, int timeoutMs = 30000)
    {
        const auto done = request({ { QStringLiteral("cmd"), QStringLiteral("send") }, { QStringLiteral("to"), to },
                                      { QStringLiteral("body"), body }, { QStringLiteral("namespace"), ns } },
            timeoutMs);
        if (!checkDone(done)) {
            return std::nullopt;
        }
        return waitFor(u"sent", {}, 1000);
    }

    // The first decrypted message from bare JID `from` with `body` (any body if empty).
    std::optional<QJsonObject> waitForMessage(const QString &from, const QString &body = {}, int timeoutMs = 30000)
    {
        return waitFor(
            u"message",
            [&](const QJsonObject &e) {
                return e.value(QStringLiteral("jid")).toString() == from
                    && (body.isEmpty() || e.value(QStringLiteral("body")).toString() == body);
            },
            timeoutMs);
    }

    // Refreshes and lists `jid`'s devices (the "devices" event's array; nullopt on failure).
    std::optional<QJsonArray> devices(const QString &jid, int timeoutMs = 30000)
    {
        const auto done = request(
            { { QStringLiteral("cmd"), QStringLiteral("devices") }, { QStringLiteral("jid"), jid } }, timeoutMs);
        if (!checkDone(done)) {
            return std::nullopt;
        }
        const auto event = waitFor(u"devices", {}, 1000);
        if (!event) {
            return std::nullopt;
        }
        return event->value(QStringLiteral("devices")).toArray();
    }

    // Runs a command without a result event of its own ("trust", "break-session", "replace-sessions", "sync");
    // false (errorString()) if it failed.
    bool run(const QJsonObject &command, int timeoutMs = 30000) { return checkDone(request(command, timeoutMs)); }

    QString lastError() const { return m_lastError; }

private:
    bool checkDone(const std::optional<QJsonObject> &done)
    {
        if (!done) {
            m_lastError = QStringLiteral("no answer from the peer");
            return false;
        }
        if (done->contains(QStringLiteral("error"))) {
            m_lastError = done->value(QStringLiteral("error")).toString();
            return false;
        }
        m_lastError.clear();
        return true;
    }

    qint64 m_deviceId = 0;
    QString m_fingerprint;
    QString m_lastError;
    int m_nextId = 0;
};

} // namespace balcony::test
