#pragma once

#include "core/Jid.h"
#include "storage/StoredMessage.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace balcony {

// Per conversation: its newest message and how many incoming messages the user has not read.
struct ConversationSummary {
    Jid conversation;
    StoredMessage last; // newest by (sortTime, id)
    int unread = 0; // incoming messages after the read marker
    HistoryCursor readUpTo; // the read marker (null: nothing read yet)

    bool operator==(const ConversationSummary &) const = default;
};

// Where XEP-0313 catch-up of one archive resumes: the <stanza-id/> (RSM 'after', XEP-0313 §4.1.3 / XEP-0059)
// of the last archived message stored, with its archive time. An empty stanzaId with a valid time means
// "synchronised at `time` while the archive was empty": catch-up then starts at the archive's beginning.
struct ArchivePosition {
    QString stanzaId;
    QDateTime time;

    bool operator==(const ArchivePosition &) const = default;
};

// The message history of one account (its profile database).
//
// De-duplication (XEP-0359 §4 and §6): a message is the same as a stored one if, in the same conversation,
//  - it has the same <stanza-id/> from the same 'by' (the archive or the live copy of one archived message), or
//  - it has the same <origin-id/> from the same bare JID (our resent outbox message, a carbon of a message we
//    already have, a MAM copy of a message received live without a stanza-id).
// Inserting a duplicate creates no row and returns the stored row's id; if the stored row lacked a stanza-id
// (or server time) and the duplicate has it, the stored row takes it over, so the archive position and
// ordering become exact.
//
// Implementations: SqlHistoryStore (SQLite + FTS5), MemoryHistoryStore (tests).
class HistoryStore {
public:
    virtual ~HistoryStore() = default;

    // Stores one message (its `id` is ignored). Returns the new row's id, the existing row's id for a
    // duplicate, or 0 if nothing could be stored (a storage error, or a message without a conversation).
    // `*created` (when given) tells whether a new row was written: false for a duplicate and on failure. Only
    // the store knows: a row id says nothing (SQLite reuses the id of a deleted newest row).
    virtual qint64 insert(const StoredMessage &message, bool *created = nullptr) = 0;
    // Stores many messages in ONE transaction (XEP-0313 catch-up pages): all or nothing. The ids are in the
    // order of `messages` (duplicates give the existing row's id, also duplicates within `messages`).
    // If `archive` is not null, the archive's position becomes `position` in the same transaction, so a
    // crash never leaves a position ahead of the stored messages. Empty result on failure. `*created` (when given)
    // gets, in the same order, whether each message made a new row (as insert() tells; all false on failure).
    virtual QList<qint64> insertBatch(const QList<StoredMessage> &messages, const Jid &archive = {},
        const ArchivePosition &position = {}, QList<bool> *created = nullptr)
        = 0;

    virtual std::optional<StoredMessage> message(qint64 id) = 0;

    // State changes only move forward: Queued < Sent < AckedByServer < Delivered < Read. Failed is accepted
    // from Queued, Sent and AckedByServer (a message the recipient confirmed did not fail); Queued again is
    // accepted only from Failed (the user retries). Received (incoming) is never changed. Returns true if
    // the row changed.
    virtual bool updateState(qint64 id, MessageState state, const QString &errorText = {}) = 0;
    // The same, for the outgoing messages of `conversation` with this origin-id (the outbox, XEP-0198 acks)
    // or with this 'id' attribute (XEP-0184 receipts and XEP-0333 markers name the message id). Returns the
    // ids of the rows that changed.
    virtual QList<qint64> updateStateByOriginId(
        const Jid &conversation, const QString &originId, MessageState state, const QString &errorText = {})
        = 0;
    virtual QList<qint64> updateStateByMessageId(
        const Jid &conversation, const QString &messageId, MessageState state, const QString &errorText = {})
        = 0;
    // Removes a message (the user deletes it); search no longer finds it.
    virtual bool remove(qint64 id) = 0;
    // XEP-0308: the message's body becomes `body` (search finds the new text) and it is flagged Corrected.
    // Returns true if the row changed.
    virtual bool replaceBody(qint64 id, const QString &body) = 0;

    // Up to `limit` messages of `conversation` older than `before` (from the newest if `before` is null),
    // NEWEST FIRST. The next page starts at the cursor() of the last message returned.
    virtual QList<StoredMessage> page(const Jid &conversation, int limit, const HistoryCursor &before = {}) = 0;
    // Full-text search over bodies: every word of `text` must occur (the last word as a prefix, so results
    // follow typing); case- and diacritics-insensitive. Optionally in one conversation only. Newest first by
    // (sortTime, id), like page(); "more results" continue with `before` = the cursor() of the last one.
    virtual QList<StoredMessage> search(
        const QString &text, const Jid &conversation = {}, int limit = 50, const HistoryCursor &before = {})
        = 0;

    // Every conversation that has messages, newest first by its last message.
    virtual QList<ConversationSummary> conversations() = 0;
    virtual int unreadCount(const Jid &conversation) = 0;
    // Moves the read marker of the message's conversation to message `id` (never backwards). Returns true if
    // it moved.
    virtual bool markRead(qint64 id) = 0;

    // Where catch-up of `archive` resumes (our own bare JID, or a MUC's): the position stored by the last
    // insertBatch() or setArchivePosition() for it. Messages inserted one by one (live) do not move it: a
    // live message says nothing about what else was archived before it. nullopt: never synchronised.
    // setArchivePosition() refuses an empty stanzaId without a valid time.
    virtual std::optional<ArchivePosition> lastStanzaId(const Jid &archive) = 0;
    virtual bool setArchivePosition(const Jid &archive, const ArchivePosition &position) = 0;
};

} // namespace balcony
