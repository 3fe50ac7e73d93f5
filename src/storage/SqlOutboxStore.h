#pragma once

#include "storage/OutboxStore.h"

namespace balcony {

class Database;
class SqlHistoryStore;

// OutboxStore in the profile database (table outbox; schema version 3), writing the history rows through
// `history` in the same transactions (see OutboxStore.h for the crash semantics). Every SQL failure is
// logged to balcony.storage and reported through the return value. `history` (and its database) must
// outlive this object.
class SqlOutboxStore : public OutboxStore {
public:
    explicit SqlOutboxStore(SqlHistoryStore &history);

    std::optional<OutboxEntry> enqueue(const StoredMessage &message, const QString &stanzaXml) override;
    QList<OutboxEntry> pending() override;
    std::optional<OutboxEntry> entry(const QString &originId) override;
    bool markSent(const QString &originId) override;
    bool acknowledge(const QString &originId) override;
    bool fail(const QString &originId, const QString &errorText) override;
    int markUnconfirmed() override;
    std::optional<OutboxEntry> requeue(qint64 historyId) override;

private:
    bool finish(const QString &originId, MessageState state, const QString &errorText);

    SqlHistoryStore &m_history;
    Database &m_db;
};

} // namespace balcony
