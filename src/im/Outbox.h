#pragma once

#include "core/Element.h"
#include "storage/OutboxStore.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace balcony {

class Connection;

// The durable outbox on one Connection (the protocol is OutboxStore's): every outgoing message is
// committed before it is written, and leaves the store only once the server confirmed it.
//
// Confirmation: with XEP-0198 the server's <a h/> (Connection::stanzasAcknowledged). Without it (a server
// without Stream Management, or before <enabled/> arrived), a XEP-0199 ping to the server after the
// messages: RFC 6120 §10.1 makes the server process a client's stanzas in order, so its answer to the ping
// proves it handled every message written before it on that stream.
//
// Sending nothing twice: the Connection itself keeps every message it wrote until acknowledged and writes
// it again after a resumption or in the next session (XEP-0198 §5). So a message handed to the Connection
// is never handed over again while the Connection still holds it. Only messages the Connection cannot hold
// are (re)written from the store, at the start of a session (pipelined, XEP-0305) or after a resumption:
//  - after a process restart (everything in the store; Sent entries first become Unconfirmed),
//  - after a clean disconnect or a session without Stream Management (the Connection keeps nothing then:
//    it holds nothing, unacknowledgedCount() is 0 at the session start),
//  - messages submitted while no stream was bound (they wait in the store, Pending).
class Outbox : public QObject {
    Q_OBJECT
public:
    // Marks the entries a previous process wrote as Unconfirmed (OutboxStore protocol step 4).
    Outbox(Connection &connection, OutboxStore &store, QObject *parent = nullptr);
    ~Outbox() override;

    // Commits `message` (history row, Queued) and `stanza` to the store, then writes the stanza if a
    // session is up. nullopt: nothing was stored and nothing was sent. The stanza must carry the message's
    // XEP-0359 origin-id (the key of acks and de-duplication). A `message.stanzaXml` that is set must be
    // elementToXml(stanza) (MessageManager stores it with the history row): the stanza is then serialized once
    // for the history row, the outbox row and the socket alike, and not parsed back (issue 12).
    std::optional<OutboxEntry> submit(const StoredMessage &message, const Element &stanza);
    std::optional<OutboxEntry> entry(const QString &originId) const { return m_store.entry(originId); }
    // A stanza error answered the message with this origin-id: it leaves the outbox as Failed.
    bool fail(const QString &originId, const QString &errorText);
    // The user retries a Failed message (OutboxStore::requeue(): committed before anything is written), then
    // it is written like a fresh one if a session is up. nullopt: nothing changed.
    std::optional<OutboxEntry> requeue(qint64 historyId);
    // Writes every stored entry the Connection does not hold (normally automatic; public for the CLI).
    void flush();
    // Origin-ids handed to the Connection and not yet confirmed.
    QStringList inFlight() const { return m_handed.keys(); }

    // The origin-id inside a message stanza, empty if none.
    static QString originIdOf(const Element &stanza);

Q_SIGNALS:
    // The message was committed (history row Queued) and is about to be written.
    void queued(qint64 historyId, const QString &originId);
    // A Failed message's row is Queued again and its entry back in the queue (requeue()).
    void requeued(qint64 historyId, const QString &originId);
    // The server confirmed the message: its history row is AckedByServer.
    void acknowledged(qint64 historyId, const QString &originId);
    // The history row became Sent (written to a stream).
    void written(qint64 historyId, const QString &originId);
    void failed(qint64 historyId, const QString &originId, const QString &errorText);

private:
    bool hand(const OutboxEntry &entry);
    // hand() for an entry whose stanza is at hand, with `xml` its serialization: nothing is parsed or
    // serialized again.
    bool handStanza(const OutboxEntry &entry, const Element &stanza, const QByteArray &xml);
    // What follows a successful write: the entry is Sent and awaits its confirmation.
    bool handed(const OutboxEntry &entry);
    void acknowledge(const QString &originId);
    void sessionStarting();
    void streamGone();
    void scheduleConfirmation();
    void confirmByPing();
    bool streamManagementExpected() const;

    Connection &m_connection;
    OutboxStore &m_store;
    // Origin-ids the Connection holds (written on this stream or queued by it for the next one), each with
    // whether it was written on a stream with XEP-0198: only then does the Connection keep it after the
    // stream is lost.
    QHash<QString, bool> m_handed;
    // Handed over on the current stream and awaiting a ping confirmation (sessions without XEP-0198).
    QStringList m_awaitingPing;
    bool m_confirmationScheduled = false;
    bool m_inSessionStart = false; // inside our sessionStarting slot: writes are pipelined
    quint64 m_stream = 0; // tells a ping answer from an earlier stream
};

} // namespace balcony
