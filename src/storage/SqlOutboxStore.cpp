#include "storage/SqlOutboxStore.h"

#include "storage/Database.h"
#include "storage/SqlHistoryStore.h"
#include "storage/StorageLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

const QString selectEntry = u"SELECT id, message_id, conversation, origin_id, stanza, state, attempts, enqueued, "
                            "last_attempt FROM outbox "_s;

bool run(QSqlQuery &query, const char *what)
{
    return execLogged(query, "outbox:", what);
}

QDateTime timeFromValue(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

OutboxEntry entryFromQuery(const QSqlQuery &query)
{
    OutboxEntry e;
    e.id = query.value(0).toLongLong();
    e.historyId = query.value(1).toLongLong();
    e.conversation = Jid::parse(query.value(2).toString()).value_or(Jid());
    e.originId = query.value(3).toString();
    e.stanzaXml = query.value(4).toString();
    e.state = OutboxEntry::State(query.value(5).toInt());
    e.attempts = query.value(6).toInt();
    e.enqueued = timeFromValue(query.value(7));
    e.lastAttempt = timeFromValue(query.value(8));
    return e;
}

} // namespace

SqlOutboxStore::SqlOutboxStore(SqlHistoryStore &history)
    : m_history(history)
    , m_db(history.database())
{
}

std::optional<OutboxEntry> SqlOutboxStore::enqueue(const StoredMessage &message, const QString &stanzaXml)
{
    if (message.direction != MessageDirection::Outgoing || message.originId.isEmpty() || message.conversation.isNull()
        || stanzaXml.isEmpty()) {
        return std::nullopt;
    }
    OutboxEntry e;
    e.conversation = message.conversation.bare();
    e.originId = message.originId;
    e.stanzaXml = stanzaXml;
    // Millisecond precision, as stored.
    e.enqueued = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    // One transaction: the history row and the outbox entry exist together or not at all. COMMIT returns
    // after the WAL write, so the message survives the process from here on.
    const bool ok = m_db.transaction([&] {
        StoredMessage row = message;
        row.state = MessageState::Queued;
        bool created = false;
        e.historyId = m_history.insert(row, &created);
        if (!created) {
            // A duplicate origin-id: this message was enqueued before. Sending it as a new one would
            // make two entries that the first ack cannot tell apart.
            return false;
        }
        QSqlQuery query(m_db.sql());
        query.prepare(u"INSERT INTO outbox (message_id, conversation, origin_id, stanza, state, attempts, enqueued) "
                      "VALUES (?, ?, ?, ?, 0, 0, ?)"_s);
        query.addBindValue(e.historyId);
        query.addBindValue(e.conversation.toString());
        query.addBindValue(e.originId);
        query.addBindValue(e.stanzaXml);
        query.addBindValue(e.enqueued.toMSecsSinceEpoch());
        if (!run(query, "enqueueing")) {
            return false;
        }
        e.id = query.lastInsertId().toLongLong();
        return true;
    });
    if (!ok) {
        return std::nullopt;
    }
    return e;
}

QList<OutboxEntry> SqlOutboxStore::pending()
{
    QList<OutboxEntry> result;
    if (!m_db.isOpen()) {
        return result;
    }
    QSqlQuery query(m_db.sql());
    query.setForwardOnly(true);
    query.prepare(selectEntry + u"ORDER BY id"_s);
    if (!run(query, "listing")) {
        return result;
    }
    while (query.next()) {
        result.append(entryFromQuery(query));
    }
    return result;
}

std::optional<OutboxEntry> SqlOutboxStore::entry(const QString &originId)
{
    if (!m_db.isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(selectEntry + u"WHERE origin_id = ?"_s);
    query.addBindValue(originId);
    if (!run(query, "reading an entry") || !query.next()) {
        return std::nullopt;
    }
    return entryFromQuery(query);
}

bool SqlOutboxStore::markSent(const QString &originId)
{
    return m_db.transaction([&] {
        const std::optional<OutboxEntry> e = entry(originId);
        if (!e) {
            return false;
        }
        QSqlQuery query(m_db.sql());
        query.prepare(u"UPDATE outbox SET state = 1, attempts = attempts + 1, last_attempt = ? WHERE id = ?"_s);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        query.addBindValue(e->id);
        bool changed = false;
        // The history row may be ahead already (a receipt can overtake the ack of a resent copy).
        return run(query, "marking sent") && m_history.applyState(e->historyId, MessageState::Sent, {}, &changed);
    });
}

bool SqlOutboxStore::finish(const QString &originId, MessageState state, const QString &errorText)
{
    return m_db.transaction([&] {
        const std::optional<OutboxEntry> e = entry(originId);
        if (!e) {
            return false;
        }
        QSqlQuery query(m_db.sql());
        query.prepare(u"DELETE FROM outbox WHERE id = ?"_s);
        query.addBindValue(e->id);
        bool changed = false;
        return run(query, "removing") && m_history.applyState(e->historyId, state, errorText, &changed);
    });
}

bool SqlOutboxStore::acknowledge(const QString &originId)
{
    return finish(originId, MessageState::AckedByServer, {});
}

bool SqlOutboxStore::fail(const QString &originId, const QString &errorText)
{
    return finish(originId, MessageState::Failed, errorText);
}

std::optional<OutboxEntry> SqlOutboxStore::requeue(qint64 historyId)
{
    OutboxEntry e;
    const bool ok = m_db.transaction([&] {
        const std::optional<StoredMessage> row = m_history.message(historyId);
        if (!row || row->direction != MessageDirection::Outgoing || row->state != MessageState::Failed
            || row->originId.isEmpty() || row->stanzaXml.isEmpty()) {
            return false;
        }
        bool changed = false;
        if (!m_history.applyState(historyId, MessageState::Queued, {}, &changed) || !changed) {
            return false;
        }
        e.historyId = historyId;
        e.conversation = row->conversation.bare();
        e.originId = row->originId;
        e.stanzaXml = row->stanzaXml;
        e.enqueued = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        QSqlQuery query(m_db.sql());
        query.prepare(u"INSERT INTO outbox (message_id, conversation, origin_id, stanza, state, attempts, enqueued) "
                      "VALUES (?, ?, ?, ?, 0, 0, ?)"_s);
        query.addBindValue(e.historyId);
        query.addBindValue(e.conversation.toString());
        query.addBindValue(e.originId);
        query.addBindValue(e.stanzaXml);
        query.addBindValue(e.enqueued.toMSecsSinceEpoch());
        if (!run(query, "requeueing")) {
            return false;
        }
        e.id = query.lastInsertId().toLongLong();
        return true;
    });
    if (!ok) {
        return std::nullopt;
    }
    return e;
}

int SqlOutboxStore::markUnconfirmed()
{
    int changed = -1;
    m_db.transaction([&] {
        QSqlQuery query(m_db.sql());
        query.prepare(u"UPDATE outbox SET state = 2 WHERE state = 1"_s);
        if (!run(query, "marking unconfirmed")) {
            return false;
        }
        changed = query.numRowsAffected();
        return true;
    });
    return changed;
}

} // namespace balcony
