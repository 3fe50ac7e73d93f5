#pragma once

#include "storage/HistoryStore.h"

class QSqlQuery;

namespace balcony {

class Database;

// HistoryStore in the profile database (tables message, message_fts, conversation, read_marker,
// archive_position; schema version 5 leaves the FTS5 rows of new messages to this class, version 8 the
// per-conversation summary rows). Every SQL failure is logged to balcony.storage
// and reported through the return value. `database` must outlive this object.
class SqlHistoryStore : public HistoryStore {
public:
    explicit SqlHistoryStore(Database &database);

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

    // updateState() for callers inside a transaction of their own (SqlOutboxStore): false only on a storage
    // error; `*changed` tells whether the state rule let the change through.
    bool applyState(qint64 id, MessageState state, const QString &errorText, bool *changed);

    Database &database() { return m_db; }

private:
    // `findDuplicate`, `merge` and `insertRow` are prepared by the caller (once per batch).
    struct Statements;
    qint64 insertWith(Statements &statements, const StoredMessage &message, bool *created);
    QList<qint64> updateStateWhere(const QString &column, const Jid &conversation, const QString &value,
        MessageState state, const QString &errorText);
    std::optional<HistoryCursor> readMarker(const QString &conversation);
    bool searchIn(const QString &match, const Jid &conversation, int limit, const HistoryCursor &before,
        QList<StoredMessage> *result);
    // After a removal: the conversation's summary row (schema version 8) follows.
    bool forgetInConversation(const QString &conversation, qint64 id, qint64 sortTime, bool incoming);

    Database &m_db;
};

} // namespace balcony
