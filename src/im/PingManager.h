#pragma once

#include "core/Element.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace balcony {

class Connection;
class DiscoManager;

// XEP-0199 (XMPP Ping): answers pings addressed to us (§4.2, otherwise the Connection would answer
// service-unavailable) and keeps the connection alive and honest (§4.1, client-to-server ping).
//
// Keepalive: when nothing has arrived for idleInterval(), one ping goes to the server. With XEP-0198 the
// Connection asks for an ack right behind it and drops a silent stream by itself (its ack timeout), which
// then resumes. Without it, a ping left unanswered (the IQ timeout) means the stream is dead: the
// connection is closed and opened again. Timers are coarse and only run while connected: cheap.
class PingManager : public QObject {
    Q_OBJECT
public:
    // `disco` may be null (urn:xmpp:ping is then not advertised).
    PingManager(Connection &connection, DiscoManager *disco, QObject *parent = nullptr);
    ~PingManager() override;

    // Idle time before a keepalive ping (default 120 s; 0 disables keepalive).
    void setIdleInterval(int ms);
    int idleInterval() const { return m_idleMs; }

    // Sends one ping to the server now (also what the keepalive does).
    void pingServer();

Q_SIGNALS:
    // A keepalive ping got no answer: the connection is being re-established.
    void keepaliveFailed();
    // A ping answer arrived, `ms` after it was sent.
    void pongReceived(qint64 ms);

private:
    bool handleStanza(const Element &stanza);
    void checkIdle();
    void restart();

    Connection &m_connection;
    QTimer m_timer;
    QElapsedTimer m_lastTraffic;
    int m_idleMs = 120000;
    bool m_pingInFlight = false;
    bool m_reconnectPending = false;
    quint64 m_stream = 0;
};

} // namespace balcony
