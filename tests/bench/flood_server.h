#pragma once

// The hostile server of bench_flood: a TLS XMPP server on 127.0.0.1 that logs the client in like a real one
// and then floods it. See bench_flood.cpp for the scenarios and the method.

#include "stream/XmlStreamParser.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>

#include <chrono>
#include <functional>

class QSslSocket;

namespace balcony::bench {

// Monotonic nanoseconds, comparable between processes of one machine (CLOCK_MONOTONIC).
inline qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// What the server floods with: `count` top-level elements, element i from `make(i)`.
struct Flood {
    qint64 count = 0;
    std::function<QByteArray(qint64 index)> make;
    bool stanzas = true; // message/presence/iq (counted by XEP-0198), or nonzas such as <r/>
};

// Direct TLS (XEP-0368) on 127.0.0.1: SCRAM-SHA-1 with the RFC 5802 §5 example (the client uses the test nonce,
// user "user", password "pencil"), resource binding, XEP-0198 (<enable/> granted, a <resume/> answered with
// <failed/>, every <r/> of the client answered with the stanzas counted), the roster (one contact,
// friend@example.com), an empty MAM archive, an empty result for every other request to the server or the
// account. Requests to anybody else go unanswered, as a hostile contact's would. Every client connection is
// logged in the same way, so a client that reconnects gets a new session.
class FloodServer : public QObject {
    Q_OBJECT
public:
    FloodServer(const QSslCertificate &certificate, const QSslKey &key);
    ~FloodServer() override;

    quint16 port() const;

    // Starts `flood` on the current session (after bound()). Written as TCP takes it (never more than a few
    // MiB queued in this process). Once all of it is with the kernel (or the connection dropped), `done` runs.
    void startFlood(Flood flood, std::function<void()> done);
    // Writes an ordinary chat message from friend@example.com/home on the current session, or on the next one
    // once bound (after a reconnect). Until the client acknowledges it (XEP-0198), a new session gets it again,
    // as a server that keeps what a lost session did not deliver. messageRequestedAtNs() is when this was called,
    // messageWrittenAtNs() when the message went to the socket.
    void sendOrdinaryMessage(const QByteArray &body);
    qint64 messageRequestedAtNs() const { return m_messageRequestedAt; }
    qint64 messageWrittenAtNs() const { return m_messageWrittenAt; }

    int sessions() const { return m_sessions; } // sessions bound
    bool isBound() const { return m_bound; }
    qint64 acksReceived() const { return m_acks; } // <a/> from the client
    qint64 lastAckH() const { return m_lastAckH; }
    qint64 stanzasSentInSession() const { return m_sentStanzas; } // what the client's h should reach

Q_SIGNALS:
    void boundChanged();

private:
    void onConnection();
    void onReadyRead();
    void handle(const ParserEvent &event);
    void handleIq(const Element &iq);
    void send(const QByteArray &bytes, bool stanza = false);
    void pumpFlood();
    void finishFlood();
    void writeMessageIfDue();
    void onDisconnected();

    QSslServer m_server;
    QPointer<QSslSocket> m_socket;
    XmlStreamParser m_parser;
    bool m_authenticated = false;
    bool m_bound = false;
    bool m_smEnabled = false;
    int m_sessions = 0;
    int m_streamCounter = 0;
    qint64 m_clientStanzas = 0; // counted for our <a/> answers
    qint64 m_sentStanzas = 0; // stanzas we sent since <enabled/>
    qint64 m_acks = 0;
    qint64 m_lastAckH = -1;

    Flood m_flood;
    qint64 m_floodNext = 0;
    bool m_flooding = false;
    std::function<void()> m_floodDone;

    QByteArray m_pendingMessage; // to write once a session is bound
    QByteArray m_unackedMessage; // written, not acknowledged yet: written again in the next session if lost
    qint64 m_messageCount = -1; // the client's h that acknowledges it
    qint64 m_messageRequestedAt = 0;
    qint64 m_messageWrittenAt = 0;
};

} // namespace balcony::bench
