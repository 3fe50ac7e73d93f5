#pragma once

#include "storage/HistoryStore.h"

#include <QHash>
#include <QMap>

namespace balcony {

// In-memory HistoryStore for tests of the message modules and models: the same de-duplication, state,
// paging, read-marker and archive-position rules as SqlHistoryStore (tst_sqlhistorystore runs the same
// behavioural tests on both). Search matches whole words case- and diacritics-insensitively, the last word
// as a prefix, like the FTS5 unicode61 tokenizer. `failWrites` makes every write fail without a change, like
// a rolled-back transaction.
class MemoryHistoryStore : public HistoryStore {
public:
    qint64 insert(const StoredMessage &message, bool *created = nullptr) override;
    QList<qint64> insertBatch(const QList<StoredMessage> &messages, const Jid &archive = {},
        const ArchivePosition &position = {}, QList<bool> *created = nullptr) override;
    std::optional<StoredMessage> message(qint64 id) override;
    bool updateState(qint64 id, MessageState state, const QString &errorText = {}) override;
    QList<qint64> updateStateByOriginId(
        const Jid &conversation, const QString &originId, MessageState state, const QString &errorText = {}) override;
    QList<qint64> updateStateByMessageId(
        const Jid &conversation, const QString &messageId, MessageState state, const QString &errorText = {}) override;
    bool remove(qint64 id) override;
    bool replaceBody(qint64 id, const QString &body) override;
    QList<StoredMessage> page(const Jid &conversation, int limit, const HistoryCursor &before = {}) override;
    QList<StoredMessage> search(
        const QString &text, const Jid &conversation = {}, int limit = 50, const HistoryCursor &before = {}) override;
    QList<ConversationSummary> conversations() override;
    int unreadCount(const Jid &conversation) override;
    bool markRead(qint64 id) override;
    std::optional<ArchivePosition> lastStanzaId(const Jid &archive) override;
    bool setArchivePosition(const Jid &archive, const ArchivePosition &position) override;

    bool failWrites = false;

private:
    // The insert without the failWrites check; `rows` is the table being written (a copy during a batch).
    static qint64 insertInto(
        QMap<qint64, StoredMessage> &rows, qint64 &nextId, const StoredMessage &message, bool *created);
    QList<StoredMessage> sortedConversation(const Jid &conversation) const;
    // The state change of the outgoing messages of `conversation` whose id field (origin-id or message id)
    // equals `id`; shared by updateStateByOriginId() and updateStateByMessageId().
    QList<qint64> updateOutgoingState(const Jid &conversation, QString StoredMessage::*idField, const QString &id,
        MessageState state, const QString &errorText);

    QMap<qint64, StoredMessage> m_rows;
    qint64 m_nextId = 1;
    QHash<Jid, HistoryCursor> m_readMarkers;
    QHash<Jid, ArchivePosition> m_archivePositions;
};

} // namespace balcony
