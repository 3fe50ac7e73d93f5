#include "Outbox.h"

#include "ImNamespaces.h"
#include "storage/ElementXml.h"
#include "stream/Connection.h"
#include "stream/StreamManagement.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutbox, "balcony.im.outbox")

namespace balcony {

Outbox::Outbox(Connection &connection, OutboxStore &store, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_store(store)
{
    // Whatever a previous process wrote may or may not have reached the server: written again, unchanged.
    m_store.markUnconfirmed();
    m_connection.addSessionStep(this, SessionStep::Outbox, [this](bool) { sessionStarting(); });
    connect(&m_connection, &Connection::sessionResumed, this, [this](int) { flush(); });
    connect(&m_connection, &Connection::connected, this, [this] {
        flush();
        // Messages pipelined with the bind wait for a bound stream to be confirmed.
        scheduleConfirmation();
    });
    connect(&m_connection, &Connection::stanzasAcknowledged, this, [this](const QList<Element> &stanzas) {
        for (const Element &stanza : stanzas) {
            if (stanza.name() == u"message") {
                const QString originId = originIdOf(stanza);
                if (!originId.isEmpty()) {
                    acknowledge(originId);
                }
            }
        }
    });
    connect(&m_connection, &Connection::disconnected, this, [this] {
        // Pings of that stream are gone with it; its messages are confirmed by the next stream.
        m_awaitingPing.clear();
        ++m_stream;
        // Without XEP-0198 the Connection keeps nothing of a lost stream: those are written again.
        m_handed.removeIf([](const QHash<QString, bool>::iterator &it) { return !it.value(); });
    });
    connect(&m_connection, &Connection::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Disconnected && m_connection.unacknowledgedCount() == 0) {
            streamGone();
        }
    });
}

Outbox::~Outbox() = default;

QString Outbox::originIdOf(const Element &stanza)
{
    return stanza.firstChild(u"origin-id", ns::sid()).attribute(u"id");
}

std::optional<OutboxEntry> Outbox::submit(const StoredMessage &message, const Element &stanza)
{
    const std::optional<QString> xml = message.stanzaXml.isEmpty() ? elementToXml(stanza) : message.stanzaXml;
    if (!xml || originIdOf(stanza) != message.originId) {
        return std::nullopt;
    }
    // Commit first: once enqueue() returned, a crash at any point cannot lose the message.
    std::optional<OutboxEntry> entry = m_store.enqueue(message, *xml);
    if (!entry) {
        return std::nullopt;
    }
    Q_EMIT queued(entry->historyId, entry->originId);
    if (m_connection.state() == ConnectionState::Connected) {
        handStanza(*entry, stanza, xml->toUtf8());
    }
    return entry;
}

std::optional<OutboxEntry> Outbox::requeue(qint64 historyId)
{
    std::optional<OutboxEntry> entry = m_store.requeue(historyId);
    if (!entry) {
        return std::nullopt;
    }
    Q_EMIT requeued(entry->historyId, entry->originId);
    if (m_connection.state() == ConnectionState::Connected) {
        hand(*entry);
    }
    return entry;
}

bool Outbox::hand(const OutboxEntry &entry)
{
    const Element stanza = elementFromXml(entry.stanzaXml);
    if (stanza.isNull()) {
        // Cannot happen for what submit() stored; a damaged row must not block the queue forever.
        qCWarning(lcOutbox) << "outbox entry" << entry.originId << "is not a valid stanza; failing it";
        fail(entry.originId, tr("The message could not be read back from storage."));
        return false;
    }
    // Read back from the store (after a restart, a retry): the Connection serializes what the parser accepted.
    if (!m_connection.send(stanza)) {
        return false;
    }
    return handed(entry);
}

bool Outbox::handStanza(const OutboxEntry &entry, const Element &stanza, const QByteArray &xml)
{
    if (!m_connection.sendSerialized(stanza, xml)) {
        return false;
    }
    return handed(entry);
}

bool Outbox::handed(const OutboxEntry &entry)
{
    m_handed.insert(entry.originId, streamManagementExpected());
    m_awaitingPing.append(entry.originId);
    if (m_store.markSent(entry.originId)) {
        Q_EMIT written(entry.historyId, entry.originId);
    }
    scheduleConfirmation();
    return true;
}

void Outbox::flush()
{
    if (m_connection.state() != ConnectionState::Connected && !m_inSessionStart) {
        return;
    }
    const QList<OutboxEntry> entries = m_store.pending();
    for (const OutboxEntry &entry : entries) {
        if (!m_handed.contains(entry.originId) && !hand(entry)) {
            return; // the stream went away: the rest waits for the next one, in order
        }
    }
}

void Outbox::sessionStarting()
{
    ++m_stream;
    if (m_connection.unacknowledgedCount() == 0) {
        // The Connection carries nothing into this session: whatever we handed it earlier is gone with the
        // old stream, and may or may not have reached the server.
        streamGone();
        // Pipelined with the session start (XEP-0305).
        m_inSessionStart = true;
        flush();
        m_inSessionStart = false;
    } else {
        // The Connection writes the messages it carried over right after this signal; they need the same
        // confirmation as fresh ones, and the store's newer entries follow them (connected(), in order).
        for (auto it = m_handed.cbegin(); it != m_handed.cend(); ++it) {
            const QString &originId = it.key();
            if (!m_awaitingPing.contains(originId)) {
                m_awaitingPing.append(originId);
            }
        }
        scheduleConfirmation();
    }
}

void Outbox::streamGone()
{
    if (m_handed.isEmpty()) {
        return;
    }
    m_handed.clear();
    m_awaitingPing.clear();
    m_store.markUnconfirmed();
}

void Outbox::acknowledge(const QString &originId)
{
    m_handed.remove(originId);
    m_awaitingPing.removeAll(originId);
    const std::optional<OutboxEntry> entry = m_store.entry(originId);
    if (entry && m_store.acknowledge(originId)) {
        Q_EMIT acknowledged(entry->historyId, originId);
    }
}

bool Outbox::fail(const QString &originId, const QString &errorText)
{
    m_handed.remove(originId);
    m_awaitingPing.removeAll(originId);
    const std::optional<OutboxEntry> entry = m_store.entry(originId);
    if (!entry || !m_store.fail(originId, errorText)) {
        return false;
    }
    Q_EMIT failed(entry->historyId, originId, errorText);
    return true;
}

void Outbox::scheduleConfirmation()
{
    if (m_confirmationScheduled) {
        return;
    }
    m_confirmationScheduled = true;
    // After the current burst: one ping confirms every message written before it.
    QTimer::singleShot(0, this, &Outbox::confirmByPing);
}

bool Outbox::streamManagementExpected() const
{
    // Before <enabled/> arrives (it is pipelined with the session start) the advertised feature counts.
    return m_connection.isStreamManagementEnabled()
        || (m_connection.settings().streamManagement
            && m_connection.streamFeatures().hasChild(u"sm", QString::fromUtf16(ns::sm)));
}

void Outbox::confirmByPing()
{
    m_confirmationScheduled = false;
    if (m_awaitingPing.isEmpty() || m_connection.state() != ConnectionState::Connected) {
        return;
    }
    if (streamManagementExpected()) {
        m_awaitingPing.clear(); // XEP-0198 acks confirm them
        return;
    }
    const QStringList batch = std::exchange(m_awaitingPing, {});
    Element iq(u"iq"_s);
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, m_connection.settings().jid.domain());
    iq.appendChild(Element(u"ping"_s, ns::ping()));
    const quint64 stream = m_stream;
    const QPointer<Outbox> self(this);
    m_connection.sendIq(iq, [self, stream, batch](const IqResult &result) {
        if (!self || stream != self->m_stream) {
            return;
        }
        // Any answer, even an error, shows the server processed the ping and so everything before it.
        if (result.status == IqResult::Status::Result || result.status == IqResult::Status::Error) {
            for (const QString &originId : batch) {
                self->acknowledge(originId);
            }
        }
    });
}

} // namespace balcony
