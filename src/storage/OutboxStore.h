#pragma once

#include "core/Jid.h"
#include "storage/StoredMessage.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace balcony {

// One message waiting for the server's acknowledgement.
struct OutboxEntry {
    enum class State {
        Pending, // committed, never written to a stream
        Sent, // written to the current stream; the XEP-0198 ack has not come yet
        // Written to a stream that is gone (the process died, or the session ended without resumption)
        // before the ack came: the server may or may not have it. Must be written again, byte for byte the
        // same stanza (same 'id', same XEP-0359 origin-id), so that receivers and archives that saw the
        // first copy recognise the second.
        Unconfirmed,
    };

    qint64 id = 0; // outbox row id; entries are sent in id order
    qint64 historyId = 0; // the HistoryStore row of this message
    Jid conversation;
    QString originId; // XEP-0359, unique per outgoing message; the key for acks
    QString stanzaXml; // the complete <message/>, exactly as (re)written to the stream
    State state = State::Pending;
    int attempts = 0; // how often it was written to a stream
    QDateTime enqueued;
    QDateTime lastAttempt; // null if never written

    bool operator==(const OutboxEntry &) const = default;
};

// The durable outbox: every outgoing message passes through it so that a crash or kill -9 at ANY moment
// loses nothing the user typed, and after a restart nothing reaches a recipient twice.
//
// Protocol for the message layer:
//  1. enqueue() commits the history row (state Queued) and the outbox entry in one transaction. Only when
//     it returned an entry may the stanza be written to the socket; if it failed, nothing was stored and
//     nothing is sent (the user is told, the text stays in the input field).
//  2. Right after handing the stanza to the stream: markSent() (history: Sent).
//  3. On the server's XEP-0198 ack of that stanza: acknowledge() removes the entry and sets the history row
//     to AckedByServer, in one transaction. A stanza error for it: fail() (history: Failed).
//  4. When a stream ends without resumption, and once at startup before sending anything: markUnconfirmed()
//     turns every Sent entry into Unconfirmed. Then, on the next bound session, every entry of pending() is
//     written again in order, unchanged.
//
// What a crash at each point leaves behind (durability is SQLite WAL with synchronous=NORMAL: every commit
// survives the death of the process; only an OS crash or power loss may lose the last commits):
//  - before enqueue() committed: nothing was stored and nothing was sent; the text is still in the input
//    field of the dead process only (the UI keeps drafts separately).
//  - after enqueue(), before or while writing: the entry is Pending (or Sent): it is written after restart.
//    The server never saw it, or saw it once; in the second case the recipient and the archive receive a
//    second copy with the same origin-id and drop it (XEP-0359 §6 de-duplication, also in HistoryStore).
//  - after the server's ack but before acknowledge() committed: the entry is still there and is written
//    again; same as above, de-duplicated by origin-id.
//  - after acknowledge(): the message is out of the outbox, never written again.
// So the only thing a crash can cause is a second copy with the same origin-id on the wire, never a lost
// message and never a second message in anyone's history that de-duplicates by origin-id.
//
// Implementations: SqlOutboxStore (on SqlHistoryStore's database), MemoryOutboxStore (tests).
class OutboxStore {
public:
    virtual ~OutboxStore() = default;

    // `message` must be Outgoing with a non-empty originId and a conversation; it is stored with state
    // Queued. `stanzaXml` is the stanza to write. nullopt: nothing was stored (storage error, invalid
    // message, or an entry with this origin-id exists already).
    virtual std::optional<OutboxEntry> enqueue(const StoredMessage &message, const QString &stanzaXml) = 0;
    // Every entry (Pending, Sent and Unconfirmed), oldest first: the order to (re)send in.
    virtual QList<OutboxEntry> pending() = 0;
    virtual std::optional<OutboxEntry> entry(const QString &originId) = 0;
    // The entry was written to a stream: state Sent, attempts + 1, lastAttempt = now; history row: Sent.
    virtual bool markSent(const QString &originId) = 0;
    // The server acknowledged it: the entry is removed, the history row becomes AckedByServer. False if
    // there was no such entry (e.g. the ack of a resent copy after the first ack).
    virtual bool acknowledge(const QString &originId) = 0;
    // Sending failed for good (a stanza error, or the user cancelled): the entry is removed, the history
    // row becomes Failed with `errorText`.
    virtual bool fail(const QString &originId, const QString &errorText) = 0;
    // Every Sent entry becomes Unconfirmed (see the protocol above). Returns how many changed, -1 on error.
    virtual int markUnconfirmed() = 0;
    // The user retries a Failed outgoing message: in one transaction its history row goes back to Queued and
    // a Pending entry with the row's stanza (the same 'id' and origin-id) joins the end of the queue. nullopt
    // (nothing changed) if the row is not a Failed outgoing message with a stored stanza and origin-id.
    virtual std::optional<OutboxEntry> requeue(qint64 historyId) = 0;
};

} // namespace balcony
