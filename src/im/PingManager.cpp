#include "PingManager.h"

#include "ImNamespaces.h"
#include "core/Stanza.h"
#include "core/StreamHeader.h"
#include "disco/DiscoManager.h"
#include "stream/Connection.h"

#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPing, "balcony.im.ping")

namespace balcony {

PingManager::PingManager(Connection &connection, DiscoManager *disco, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    if (disco) {
        disco->addFeature(ns::ping());
    }
    m_lastTraffic.start();
    // XEP-0199 §4: pings to us; any stanza at all shows the stream is alive.
    m_connection.addStanzaHandler(
        this, { u"iq"_s, u"ping"_s, ns::ping() }, [this](const Element &stanza) { return handleStanza(stanza); });
    m_connection.addStanzaObserver(this, [this](const Element &) { m_lastTraffic.restart(); });
    connect(&m_timer, &QTimer::timeout, this, &PingManager::checkIdle);
    connect(&m_connection, &Connection::connected, this, [this] {
        ++m_stream;
        m_pingInFlight = false;
        m_lastTraffic.restart();
        if (m_idleMs > 0) {
            m_timer.start(qMax(1000, m_idleMs / 4));
        }
    });
    connect(&m_connection, &Connection::disconnected, this, [this] {
        m_timer.stop();
        m_pingInFlight = false;
    });
    connect(&m_connection, &Connection::stateChanged, this, [this](ConnectionState state) {
        // After a clean close forced by a dead stream: open it again.
        if (state == ConnectionState::Disconnected && m_reconnectPending) {
            m_reconnectPending = false;
            m_connection.connectToServer();
        }
    });
}

PingManager::~PingManager() = default;

void PingManager::setIdleInterval(int ms)
{
    m_idleMs = qMax(0, ms);
    if (m_idleMs == 0) {
        m_timer.stop();
    } else if (m_connection.state() == ConnectionState::Connected) {
        m_timer.start(qMax(1000, m_idleMs / 4));
    }
}

bool PingManager::handleStanza(const Element &stanza)
{
    m_lastTraffic.restart(); // any stanza shows the stream is alive
    if (stanza.name() != u"iq" || stanza.attribute(u"type") != u"get" || !stanza.hasChild(u"ping", ns::ping())) {
        return false;
    }
    const std::optional<Iq> iq = Iq::fromElement(stanza);
    // RFC 6120 §8.1.3: an IQ without an id is not a request; an answer could name nothing (and a result
    // without an id is itself invalid). Left to the Connection, which drops it unanswered.
    if (!iq || iq->id().isEmpty()) {
        return false;
    }
    m_connection.send(iq->makeResult().toElement());
    return true;
}

void PingManager::checkIdle()
{
    if (m_idleMs <= 0 || m_pingInFlight || m_connection.state() != ConnectionState::Connected
        || m_lastTraffic.elapsed() < m_idleMs) {
        return;
    }
    pingServer();
}

void PingManager::pingServer()
{
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, m_connection.settings().jid.domain());
    iq.appendChild(Element(u"ping"_s, ns::ping()));
    m_pingInFlight = true;
    QElapsedTimer sent;
    sent.start();
    const quint64 stream = m_stream;
    const QPointer<PingManager> self(this);
    const QString id = m_connection.sendIq(iq, [self, stream, sent](const IqResult &result) {
        if (!self || stream != self->m_stream) {
            return;
        }
        self->m_pingInFlight = false;
        switch (result.status) {
        case IqResult::Status::Result:
        case IqResult::Status::Error: // §4.1: an error answer (service-unavailable) still proves the link
            self->m_lastTraffic.restart();
            Q_EMIT self->pongReceived(sent.elapsed());
            break;
        case IqResult::Status::Timeout:
            self->restart();
            break;
        case IqResult::Status::Cancelled:
            break; // the stream went away by itself
        }
    });
    if (id.isEmpty()) {
        m_pingInFlight = false;
    }
}

void PingManager::restart()
{
    if (m_connection.state() != ConnectionState::Connected || m_connection.isStreamManagementEnabled()) {
        return;
    }
    // With XEP-0198 the Connection's own ack timeout catches a dead stream and resumes; reaching this point
    // means no Stream Management: nothing to resume, so a fresh connection is all that is left.
    qCInfo(lcPing) << "keepalive ping unanswered; reconnecting";
    Q_EMIT keepaliveFailed();
    m_reconnectPending = true;
    m_connection.disconnectFromServer();
}

} // namespace balcony
