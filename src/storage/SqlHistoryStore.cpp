#include "storage/SqlHistoryStore.h"

#include "storage/Database.h"
#include "storage/SearchWords.h"
#include "storage/SqliteStatement.h"
#include "storage/StorageLog.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

const QString selectList = u"SELECT message.id, message.conversation, message.type, message.direction, "
                           "message.from_jid, message.to_jid, message.message_id, message.origin_id, "
                           "message.stanza_id, message.stanza_id_by, message.thread, message.body, "
                           "message.sent_time, message.server_time, message.received_time, message.state, "
                           "message.error_text, message.flags, message.stanza, message.e2e_kind, "
                           "message.e2e_status, message.e2e_created, message.e2e_detail"_s;
constexpr int selectColumnCount = 23;
const QString selectColumns = selectList + u" FROM "_s;
// Up to this many matches are fetched and sorted (a row lookup each); with more, an index is walked newest
// first (SqlHistoryStore::searchIn()): a word with more than 2,000 matches in 1,000,000 messages, spread over
// time, has its newest 50 within about the newest 25,000 rows, a walk of index entries only.
constexpr qint64 searchSortLimit = 2000;

bool run(QSqlQuery &query, const char *what)
{
    return execLogged(query, "history store:", what);
}

bool prepare(QSqlQuery &query, const QString &sql)
{
    query.setForwardOnly(true);
    if (query.prepare(sql)) {
        return true;
    }
    qCWarning(lcStorage) << "history store: prepare failed:" << query.lastError().text() << sql;
    return false;
}

// Empty strings are stored as NULL: the partial unique indexes then only see messages that carry the id.
QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

void bindTime(SqliteStatement &statement, int index, const QDateTime &time)
{
    if (time.isValid()) {
        statement.bindInt(index, time.toMSecsSinceEpoch());
    } else {
        statement.bindNull(index);
    }
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFromValue(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

qint64 sortTimeValue(const StoredMessage &message)
{
    const QDateTime time = message.sortTime();
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// Reads the JIDs of the rows of one query. Parsing a JID normalises it (IDNA, case folding, NFC: several
// microseconds), and the rows of a page or of the conversation list name the same few bare JIDs again and
// again (the conversation, the sender's bare JID, our own): each bare JID is parsed once per query, a
// resource is then added to it (Jid::withResource() normalises only the resource). The stored text is what
// Jid::toString() wrote, so the first '/' separates the resource (RFC 7622 §3.1).
class JidReader {
public:
    Jid read(const QVariant &value)
    {
        const QString text = value.toString();
        if (text.isEmpty()) {
            return Jid();
        }
        const qsizetype slash = text.indexOf(u'/');
        const QString bareText = slash < 0 ? text : text.left(slash);
        auto it = m_bare.constFind(bareText);
        if (it == m_bare.cend()) {
            it = m_bare.insert(bareText, Jid::parse(bareText).value_or(Jid()));
        }
        if (slash < 0 || it->isNull()) {
            return *it;
        }
        return slash + 1 < text.size() ? it->withResource(text.mid(slash + 1)) : Jid();
    }

private:
    QHash<QString, Jid> m_bare;
};

StoredMessage messageFromQuery(const QSqlQuery &query, JidReader &jids)
{
    StoredMessage m;
    m.id = query.value(0).toLongLong();
    m.conversation = jids.read(query.value(1));
    m.type = Message::Type(query.value(2).toInt());
    m.direction = MessageDirection(query.value(3).toInt());
    m.from = jids.read(query.value(4));
    m.to = jids.read(query.value(5));
    m.messageId = query.value(6).toString();
    m.originId = query.value(7).toString();
    m.stanzaId = query.value(8).toString();
    m.stanzaIdBy = jids.read(query.value(9));
    m.thread = query.value(10).toString();
    m.body = query.value(11).toString();
    m.sentTime = timeFromValue(query.value(12));
    m.serverTime = timeFromValue(query.value(13));
    m.receivedTime = timeFromValue(query.value(14));
    m.state = MessageState(query.value(15).toInt());
    m.errorText = query.value(16).toString();
    m.flags = MessageFlags(query.value(17).toInt());
    m.stanzaXml = query.value(18).toString();
    if (!query.value(19).isNull()) {
        m.e2e = { MessageE2eKind(query.value(19).toInt()), MessageE2eStatus(query.value(20).toInt()),
            timeFromValue(query.value(21)), query.value(22).toString() };
    }
    return m;
}

QList<StoredMessage> messagesFromQuery(QSqlQuery &query)
{
    QList<StoredMessage> result;
    JidReader jids;
    while (query.next()) {
        result.append(messageFromQuery(query, jids));
    }
    return result;
}

} // namespace

// The statements of one insert or batch, prepared once, run through the SQLite C API (SqliteStatement: the
// per-value cost of QSqlQuery was a third of a catch-up's storage time).
struct SqlHistoryStore::Statements {
    explicit Statements(const QSqlDatabase &db)
    {
        sqlite3 *const connection = SqliteStatement::connection(db);
        ok = byStanzaId.prepare(connection,
                 "SELECT id, stanza_id, server_time, sort_time, direction FROM message WHERE conversation = ?1 AND "
                 "stanza_id = ?2 AND stanza_id_by = ?3",
                 "looking up stanza-id")
            && byOriginId.prepare(connection,
                "SELECT id, stanza_id, server_time, sort_time, direction FROM message WHERE conversation = ?1 AND "
                "origin_id = ?2 AND sender = ?3",
                "looking up origin-id")
            && merge.prepare(connection,
                "UPDATE OR IGNORE message SET stanza_id = COALESCE(stanza_id, ?1), stanza_id_by = "
                "COALESCE(stanza_id_by, ?2), server_time = COALESCE(server_time, ?3), sort_time = "
                "COALESCE(server_time, ?3, sort_time) WHERE id = ?4",
                "merging a duplicate")
            && insertRow.prepare(connection,
                "INSERT OR IGNORE INTO message (conversation, type, direction, sender, from_jid, to_jid, message_id, "
                "origin_id, stanza_id, stanza_id_by, thread, body, sent_time, server_time, received_time, "
                "sort_time, state, error_text, flags, stanza, e2e_kind, e2e_status, e2e_created, e2e_detail) VALUES "
                "(?1, ?2, ?3, COALESCE(?4, ''), COALESCE(?5, ''), COALESCE(?6, ''), ?7, ?8, ?9, ?10, ?11, "
                "COALESCE(?12, ''), ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
                "inserting a message")
            && indexBodies.prepare(connection,
                "INSERT INTO message_fts(rowid, body) SELECT id, body FROM message WHERE id BETWEEN ?1 AND ?2",
                "indexing message bodies")
            && readMarker.prepare(connection, "SELECT sort_time, message_id FROM read_marker WHERE conversation = ?1",
                "reading a read marker")
            && upsertConversation.prepare(connection,
                "INSERT INTO conversation (jid, last_id, last_sort_time, unread) VALUES (?1, ?2, ?3, ?4) "
                "ON CONFLICT (jid) DO UPDATE SET last_id = CASE WHEN excluded.last_sort_time > last_sort_time OR "
                "(excluded.last_sort_time = last_sort_time AND excluded.last_id > last_id) THEN excluded.last_id "
                "ELSE last_id END, last_sort_time = MAX(last_sort_time, excluded.last_sort_time), unread = unread + "
                "excluded.unread",
                "updating a conversation")
            && addUnread.prepare(
                connection, "UPDATE conversation SET unread = unread + ?2 WHERE jid = ?1", "counting unread messages")
            && refreshLast.prepare(connection,
                "UPDATE conversation SET (last_id, last_sort_time) = (SELECT id, sort_time FROM message WHERE "
                "conversation = ?1 ORDER BY sort_time DESC, id DESC LIMIT 1) WHERE jid = ?1",
                "finding a conversation's last message");
    }

    // The FTS5 rows of the messages created in this transaction (schema version 5 has no insert trigger).
    // A new row's id is one more than the largest id in the table, so the ids created by one transaction
    // that only inserts are increasing and [first, last] holds exactly those rows: one statement indexes a
    // whole page.
    bool indexCreated(qint64 first, qint64 last)
    {
        if (first == 0) {
            return true;
        }
        indexBodies.bindInt(1, first);
        indexBodies.bindInt(2, last);
        return indexBodies.exec();
    }

    // What this transaction changes in one row of the `conversation` table (schema version 8), applied by
    // updateConversations() before the commit: one upsert per conversation, not per message.
    struct ConversationChange {
        bool hasMarker = false; // the read marker, read once per transaction (it does not move within one)
        qint64 markerTime = 0;
        qint64 markerId = 0;
        qint64 lastTime = 0; // the newest row created, by (sort_time, id); lastId 0: none created
        qint64 lastId = 0;
        int unread = 0; // incoming rows after the marker, added (or moved across it by a merge)
        bool refreshLast = false; // a merge moved a row in time: the newest row is looked up again

        // Unread: incoming and after the marker, the marked message itself never (an archive copy may give it
        // a later time), as MemoryHistoryStore counts.
        bool afterMarker(qint64 time, qint64 id) const
        {
            return !hasMarker || ((time > markerTime || (time == markerTime && id > markerId)) && id != markerId);
        }
    };

    ConversationChange *conversationChange(const QString &conversation)
    {
        const auto found = changes.find(conversation);
        if (found != changes.end()) {
            return &found.value();
        }
        ConversationChange change;
        readMarker.bindText(1, conversation);
        if (readMarker.step()) {
            change.hasMarker = true;
            change.markerTime = readMarker.columnInt(0);
            change.markerId = readMarker.columnInt(1);
        }
        readMarker.reset();
        if (readMarker.failed()) {
            return nullptr;
        }
        return &changes.insert(conversation, change).value();
    }

    bool noteCreated(const QString &conversation, qint64 id, qint64 time, bool incoming)
    {
        ConversationChange *const change = conversationChange(conversation);
        if (!change) {
            return false;
        }
        if (change->lastId == 0 || time > change->lastTime || (time == change->lastTime && id > change->lastId)) {
            change->lastTime = time;
            change->lastId = id;
        }
        if (incoming && change->afterMarker(time, id)) {
            ++change->unread;
        }
        return true;
    }

    // A merge gave row `id` the archive's time: it may now be on the other side of the read marker, and the
    // conversation's newest row may have changed.
    bool noteMoved(const QString &conversation, qint64 id, qint64 oldTime, qint64 newTime, bool incoming)
    {
        ConversationChange *const change = conversationChange(conversation);
        if (!change) {
            return false;
        }
        if (incoming) {
            change->unread += int(change->afterMarker(newTime, id)) - int(change->afterMarker(oldTime, id));
        }
        change->refreshLast = true;
        return true;
    }

    bool updateConversations()
    {
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const ConversationChange &change = it.value();
            if (change.lastId != 0) {
                upsertConversation.bindText(1, it.key());
                upsertConversation.bindInt(2, change.lastId);
                upsertConversation.bindInt(3, change.lastTime);
                upsertConversation.bindInt(4, change.unread);
                if (!upsertConversation.exec()) {
                    return false;
                }
            } else if (change.unread != 0) {
                addUnread.bindText(1, it.key());
                addUnread.bindInt(2, change.unread);
                if (!addUnread.exec()) {
                    return false;
                }
            }
            if (change.refreshLast) {
                refreshLast.bindText(1, it.key());
                if (!refreshLast.exec()) {
                    return false;
                }
            }
        }
        changes.clear();
        return true;
    }

    SqliteStatement byStanzaId;
    SqliteStatement byOriginId;
    SqliteStatement merge;
    SqliteStatement insertRow;
    SqliteStatement indexBodies;
    SqliteStatement readMarker;
    SqliteStatement upsertConversation;
    SqliteStatement addUnread;
    SqliteStatement refreshLast;
    QHash<QString, ConversationChange> changes;
    bool ok = false;
};

SqlHistoryStore::SqlHistoryStore(Database &database)
    : m_db(database)
{
}

qint64 SqlHistoryStore::insertWith(Statements &s, const StoredMessage &message, bool *created)
{
    *created = false;
    if (!s.ok || message.conversation.isNull()) {
        return 0;
    }
    const QString conversation = message.conversation.bareString();
    const QString by = message.stanzaIdBy.bareString();
    const QString sender = message.from.bareString();

    // The common case first: a new message. The partial unique indexes make a duplicate's INSERT a no-op,
    // which costs the same index probes a lookup before it would.
    SqliteStatement &q = s.insertRow;
    q.bindText(1, conversation);
    q.bindInt(2, int(message.type));
    q.bindInt(3, int(message.direction));
    q.bindText(4, sender);
    q.bindText(5, message.from.toString());
    q.bindText(6, message.to.toString());
    q.bindNullableText(7, message.messageId);
    q.bindNullableText(8, message.originId);
    q.bindNullableText(9, message.stanzaId);
    // The 'by' is part of the unique key: '' (not NULL) when unknown, as NULLs never collide in an index.
    if (message.stanzaId.isEmpty()) {
        q.bindNull(10);
    } else {
        q.bindText(10, by);
    }
    q.bindNullableText(11, message.thread);
    q.bindText(12, message.body);
    bindTime(q, 13, message.sentTime);
    bindTime(q, 14, message.serverTime);
    bindTime(q, 15, message.receivedTime);
    q.bindInt(16, sortTimeValue(message));
    q.bindInt(17, int(message.state));
    q.bindNullableText(18, message.errorText);
    q.bindInt(19, int(message.flags.toInt()));
    q.bindNullableText(20, message.stanzaXml);
    if (message.e2e.isEncrypted()) {
        q.bindInt(21, int(message.e2e.kind));
        q.bindInt(22, int(message.e2e.status));
        bindTime(q, 23, message.e2e.created);
        q.bindNullableText(24, message.e2e.detail);
    } else {
        for (int column = 21; column <= 24; ++column) {
            q.bindNull(column);
        }
    }
    if (!q.exec()) {
        return 0;
    }
    if (q.changes() == 1) {
        const qint64 id = q.lastInsertId();
        if (!s.noteCreated(conversation, id, sortTimeValue(message), message.direction == MessageDirection::Incoming)) {
            return 0;
        }
        *created = true;
        return id;
    }
    // Ignored by a unique index: a duplicate (XEP-0359 §4/§6): the same stanza-id from the same 'by', or the same
    // origin-id from the same sender.
    qint64 existing = 0;
    bool existingHasStanzaId = false;
    bool existingHasServerTime = false;
    qint64 existingSortTime = 0;
    bool existingIncoming = false;
    const auto lookUp = [&](SqliteStatement &query, const QString &key, const QString &third) {
        query.bindText(1, conversation);
        query.bindText(2, key);
        query.bindText(3, third);
        if (query.step()) {
            existing = query.columnInt(0);
            existingHasStanzaId = !query.isNull(1);
            existingHasServerTime = !query.isNull(2);
            existingSortTime = query.columnInt(3);
            existingIncoming = query.columnInt(4) == int(MessageDirection::Incoming);
        }
        query.reset();
        return !query.failed();
    };
    if (!message.stanzaId.isEmpty() && !lookUp(s.byStanzaId, message.stanzaId, by)) {
        return 0;
    }
    if (existing == 0 && !message.originId.isEmpty() && !lookUp(s.byOriginId, message.originId, sender)) {
        return 0;
    }
    if (existing != 0) {
        // Complete the stored row with what only the archive's copy has.
        const bool takeStanzaId = !existingHasStanzaId && !message.stanzaId.isEmpty();
        const bool takeServerTime = !existingHasServerTime && message.serverTime.isValid();
        if (takeStanzaId || takeServerTime) {
            if (takeStanzaId) {
                s.merge.bindNullableText(1, message.stanzaId);
                s.merge.bindText(2, by);
            } else {
                s.merge.bindNull(1);
                s.merge.bindNull(2);
            }
            if (takeServerTime) {
                bindTime(s.merge, 3, message.serverTime);
            } else {
                s.merge.bindNull(3);
            }
            s.merge.bindInt(4, existing);
            if (!s.merge.exec()) {
                return 0;
            }
            // sort_time is COALESCE(server_time, ...): it moves only when the row takes the archive's time.
            const qint64 newSortTime = message.serverTime.toMSecsSinceEpoch();
            if (takeServerTime && s.merge.changes() == 1 && newSortTime != existingSortTime
                && !s.noteMoved(conversation, existing, existingSortTime, newSortTime, existingIncoming)) {
                return 0;
            }
        }
        return existing;
    }
    qCWarning(lcStorage) << "history store: a message was ignored without a duplicate";
    return 0;
}

qint64 SqlHistoryStore::insert(const StoredMessage &message, bool *created)
{
    bool newRow = false;
    qint64 id = 0;
    const bool committed = m_db.transaction([&] {
        Statements statements(m_db.sql());
        id = insertWith(statements, message, &newRow);
        return id != 0 && (!newRow || statements.indexCreated(id, id)) && statements.updateConversations();
    });
    if (created) {
        *created = committed && newRow;
    }
    return committed ? id : 0; // a rolled-back row does not exist
}

QList<qint64> SqlHistoryStore::insertBatch(
    const QList<StoredMessage> &messages, const Jid &archive, const ArchivePosition &position, QList<bool> *created)
{
    QList<qint64> ids;
    QList<bool> newRows;
    const bool ok = m_db.transaction([&] {
        Statements statements(m_db.sql());
        ids.reserve(messages.size());
        newRows.reserve(messages.size());
        qint64 firstCreated = 0;
        qint64 lastCreated = 0;
        for (const StoredMessage &message : messages) {
            bool newRow = false;
            const qint64 id = insertWith(statements, message, &newRow);
            if (id == 0) {
                return false;
            }
            if (newRow) {
                firstCreated = firstCreated == 0 ? id : firstCreated;
                lastCreated = id;
            }
            ids.append(id);
            newRows.append(newRow);
        }
        return statements.indexCreated(firstCreated, lastCreated) && statements.updateConversations()
            && (archive.isNull() || setArchivePosition(archive, position));
    });
    if (created) {
        *created = ok ? newRows : QList<bool>(messages.size(), false);
    }
    return ok ? ids : QList<qint64>();
}

std::optional<StoredMessage> SqlHistoryStore::message(qint64 id)
{
    if (!m_db.isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db.sql());
    if (!prepare(query, selectColumns + u"message WHERE id = ?"_s)) {
        return std::nullopt;
    }
    query.addBindValue(id);
    if (!run(query, "reading a message") || !query.next()) {
        return std::nullopt;
    }
    JidReader jids;
    return messageFromQuery(query, jids);
}

bool SqlHistoryStore::applyState(qint64 id, MessageState state, const QString &errorText, bool *changed)
{
    *changed = false;
    QSqlQuery read(m_db.sql());
    if (!prepare(read, u"SELECT state FROM message WHERE id = ?"_s)) {
        return false;
    }
    read.addBindValue(id);
    if (!run(read, "reading a state")) {
        return false;
    }
    if (!read.next() || !isStateChangeAllowed(MessageState(read.value(0).toInt()), state)) {
        return true;
    }
    read.finish();
    QSqlQuery write(m_db.sql());
    if (!prepare(write, u"UPDATE message SET state = ?, error_text = ? WHERE id = ?"_s)) {
        return false;
    }
    write.addBindValue(int(state));
    write.addBindValue(state == MessageState::Failed ? nullable(errorText) : QVariant(QMetaType::fromType<QString>()));
    write.addBindValue(id);
    if (!run(write, "writing a state")) {
        return false;
    }
    *changed = true;
    return true;
}

bool SqlHistoryStore::updateState(qint64 id, MessageState state, const QString &errorText)
{
    bool changed = false;
    return m_db.transaction([&] { return applyState(id, state, errorText, &changed); }) && changed;
}

QList<qint64> SqlHistoryStore::updateStateWhere(
    const QString &column, const Jid &conversation, const QString &value, MessageState state, const QString &errorText)
{
    QList<qint64> changedIds;
    if (value.isEmpty()) {
        return changedIds;
    }
    const bool ok = m_db.transaction([&] {
        QSqlQuery query(m_db.sql());
        if (!prepare(
                query, u"SELECT id FROM message WHERE conversation = ? AND %1 = ? AND direction = 1"_s.arg(column))) {
            return false;
        }
        query.addBindValue(conversation.bareString());
        query.addBindValue(value);
        if (!run(query, "finding messages by id")) {
            return false;
        }
        QList<qint64> ids;
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
        for (const qint64 id : std::as_const(ids)) {
            bool changed = false;
            if (!applyState(id, state, errorText, &changed)) {
                return false;
            }
            if (changed) {
                changedIds.append(id);
            }
        }
        return true;
    });
    return ok ? changedIds : QList<qint64>();
}

QList<qint64> SqlHistoryStore::updateStateByOriginId(
    const Jid &conversation, const QString &originId, MessageState state, const QString &errorText)
{
    return updateStateWhere(u"origin_id"_s, conversation, originId, state, errorText);
}

QList<qint64> SqlHistoryStore::updateStateByMessageId(
    const Jid &conversation, const QString &messageId, MessageState state, const QString &errorText)
{
    return updateStateWhere(u"message_id"_s, conversation, messageId, state, errorText);
}

bool SqlHistoryStore::remove(qint64 id)
{
    bool removed = false;
    m_db.transaction([&] {
        QSqlQuery read(m_db.sql());
        if (!prepare(read, u"SELECT conversation, direction, sort_time FROM message WHERE id = ?"_s)) {
            return false;
        }
        read.addBindValue(id);
        if (!run(read, "reading a message")) {
            return false;
        }
        if (!read.next()) {
            return true;
        }
        const QString conversation = read.value(0).toString();
        const bool incoming = read.value(1).toInt() == int(MessageDirection::Incoming);
        const qint64 sortTime = read.value(2).toLongLong();
        read.finish();
        QSqlQuery query(m_db.sql());
        if (!prepare(query, u"DELETE FROM message WHERE id = ?"_s)) {
            return false;
        }
        query.addBindValue(id);
        if (!run(query, "deleting a message")) {
            return false;
        }
        removed = query.numRowsAffected() > 0;
        return !removed || forgetInConversation(conversation, id, sortTime, incoming);
    });
    return removed;
}

bool SqlHistoryStore::forgetInConversation(const QString &conversation, qint64 id, qint64 sortTime, bool incoming)
{
    // The conversation's summary row (schema version 8): one unread message less if it was after the read
    // marker, the newest remaining message as its last, no row once it has no messages.
    const std::optional<HistoryCursor> marker = readMarker(conversation);
    if (!marker) {
        return false;
    }
    const qint64 markerTime = marker->isNull() ? 0 : marker->time.toMSecsSinceEpoch();
    const bool unread = incoming
        && (marker->isNull()
            || ((sortTime > markerTime || (sortTime == markerTime && id > marker->id)) && id != marker->id));
    QSqlQuery drop(m_db.sql());
    if (!prepare(drop,
            u"DELETE FROM conversation WHERE jid = ? AND NOT EXISTS (SELECT 1 FROM message WHERE conversation = ?)"_s)) {
        return false;
    }
    drop.addBindValue(conversation);
    drop.addBindValue(conversation);
    if (!run(drop, "removing an empty conversation")) {
        return false;
    }
    if (drop.numRowsAffected() > 0) {
        return true;
    }
    QSqlQuery update(m_db.sql());
    if (!prepare(update,
            u"UPDATE conversation SET unread = unread - ?, (last_id, last_sort_time) = (SELECT id, sort_time FROM "
            "message WHERE conversation = ? ORDER BY sort_time DESC, id DESC LIMIT 1) WHERE jid = ?"_s)) {
        return false;
    }
    update.addBindValue(unread ? 1 : 0);
    update.addBindValue(conversation);
    update.addBindValue(conversation);
    return run(update, "updating a conversation");
}

bool SqlHistoryStore::replaceBody(qint64 id, const QString &body)
{
    bool changed = false;
    m_db.transaction([&] {
        // The FTS5 update trigger re-indexes the body.
        QSqlQuery query(m_db.sql());
        if (!prepare(query, u"UPDATE message SET body = ?, flags = flags | ? WHERE id = ?"_s)) {
            return false;
        }
        query.addBindValue(body);
        query.addBindValue(int(MessageFlag::Corrected));
        query.addBindValue(id);
        if (!run(query, "correcting a message")) {
            return false;
        }
        changed = query.numRowsAffected() > 0;
        return true;
    });
    return changed;
}

QList<StoredMessage> SqlHistoryStore::page(const Jid &conversation, int limit, const HistoryCursor &before)
{
    if (!m_db.isOpen() || limit <= 0) {
        return {};
    }
    QSqlQuery query(m_db.sql());
    // sort_time <= t narrows the index range; the OR then drops the rows at t that are not before the cursor.
    // ORDER BY matches message_by_conversation (conversation, sort_time, rowid), so no sorting happens.
    const QString where = before.isNull()
        ? u"message WHERE conversation = ? "_s
        : u"message WHERE conversation = ? AND sort_time <= ? AND (sort_time < ? OR id < ?) "_s;
    if (!prepare(query, selectColumns + where + u"ORDER BY sort_time DESC, id DESC LIMIT ?"_s)) {
        return {};
    }
    query.addBindValue(conversation.bareString());
    if (!before.isNull()) {
        const qint64 t = before.time.isValid() ? before.time.toMSecsSinceEpoch() : 0;
        query.addBindValue(t);
        query.addBindValue(t);
        query.addBindValue(before.id);
    }
    query.addBindValue(limit);
    if (!run(query, "reading a page")) {
        return {};
    }
    return messagesFromQuery(query);
}

QList<StoredMessage> SqlHistoryStore::search(
    const QString &text, const Jid &conversation, int limit, const HistoryCursor &before)
{
    const QString match = ftsQuery(searchWords(text));
    if (!m_db.isOpen() || match.isEmpty() || limit <= 0) {
        return {};
    }
    QList<StoredMessage> result;
    // One snapshot for the matches and the rows read after them.
    m_db.transaction([&] { return searchIn(match, conversation, limit, before, &result); }, Database::Lock::Read);
    return result;
}

bool SqlHistoryStore::searchIn(
    const QString &match, const Jid &conversation, int limit, const HistoryCursor &before, QList<StoredMessage> *result)
{
    // Two ways to the newest `limit` matches, both exact in (sort_time, id) order (rowids are not in time
    // order: a XEP-0313 page fetched backwards or a delayed message gets a higher id than newer messages):
    // - walk an index newest first (message_by_time, or the conversation's) and test each rowid against the
    //   matching rowids, stopping at `limit`: the cost follows how far back the limit-th match lies, so a
    //   frequent word is cheap;
    // - fetch every match and sort: the cost follows the number of matches, so a rare word is cheap, where
    //   the walk would cross most of the history to find its few matches.
    // The matching rowids, read from the FTS5 doclists alone (no row lookups), pick the way. They are kept in
    // a sorted array here rather than in the temporary index an `id IN (SELECT rowid ...)` builds, which cost
    // three times as much for a word in every tenth message.
    sqlite3 *const connection = SqliteStatement::connection(m_db.sql());
    SqliteStatement hits;
    if (!hits.prepare(connection, "SELECT rowid FROM message_fts WHERE message_fts MATCH ?1", "searching")) {
        return false;
    }
    hits.bindText(1, match);
    std::vector<qint64> matches;
    while (hits.step()) {
        matches.push_back(hits.columnInt(0));
    }
    if (hits.failed()) {
        return false;
    }
    if (!std::is_sorted(matches.cbegin(), matches.cend())) {
        std::sort(matches.begin(), matches.end());
    }
    const qint64 cursorTime = before.isNull() ? 0 : (before.time.isValid() ? before.time.toMSecsSinceEpoch() : 0);
    // sort_time <= t narrows the index range; the OR then drops the rows at t that are not before the cursor.
    const QString older = before.isNull()
        ? QString()
        : u"AND message.sort_time <= %1 AND (message.sort_time < %1 OR message.id < %2) "_s.arg(cursorTime)
              .arg(before.id);
    QString sql;
    if (qsizetype(matches.size()) <= searchSortLimit) {
        sql = selectColumns + u"message_fts JOIN message ON message.id = message_fts.rowid WHERE message_fts MATCH ? "_s
            + (conversation.isNull() ? QString() : u"AND message.conversation = ? "_s) + older
            + u"ORDER BY message.sort_time DESC, message.id DESC LIMIT %1"_s.arg(limit);
    } else {
        QByteArray walkSql = conversation.isNull()
            ? "SELECT message.id FROM message INDEXED BY message_by_time WHERE 1 "
            : "SELECT message.id FROM message INDEXED BY message_by_conversation WHERE message.conversation = ?1 ";
        walkSql += older.toLatin1() + "ORDER BY message.sort_time DESC, message.id DESC";
        SqliteStatement walk;
        if (!walk.prepare(connection, walkSql.constData(), "searching")) {
            return false;
        }
        if (!conversation.isNull()) {
            walk.bindText(1, conversation.bareString());
        }
        QStringList found;
        while (found.size() < limit && walk.step()) {
            const qint64 id = walk.columnInt(0);
            if (std::binary_search(matches.cbegin(), matches.cend(), id)) {
                found.append(QString::number(id));
            }
        }
        if (walk.failed()) {
            return false;
        }
        if (found.isEmpty()) {
            return true;
        }
        sql = selectColumns
            + u"message WHERE message.id IN (%1) ORDER BY message.sort_time DESC, message.id DESC"_s.arg(
                found.join(u','));
    }
    QSqlQuery query(m_db.sql());
    if (!prepare(query, sql)) {
        return false;
    }
    if (qsizetype(matches.size()) <= searchSortLimit) {
        query.addBindValue(match);
        if (!conversation.isNull()) {
            query.addBindValue(conversation.bareString());
        }
    }
    if (!run(query, "searching")) {
        return false;
    }
    *result = messagesFromQuery(query);
    return true;
}

std::optional<HistoryCursor> SqlHistoryStore::readMarker(const QString &conversation)
{
    QSqlQuery query(m_db.sql());
    if (!prepare(query, u"SELECT sort_time, message_id FROM read_marker WHERE conversation = ?"_s)) {
        return std::nullopt;
    }
    query.addBindValue(conversation);
    if (!run(query, "reading a read marker")) {
        return std::nullopt;
    }
    if (!query.next()) {
        return HistoryCursor();
    }
    return HistoryCursor { timeFromValue(query.value(0)), query.value(1).toLongLong() };
}

int SqlHistoryStore::unreadCount(const Jid &conversation)
{
    if (!m_db.isOpen()) {
        return 0;
    }
    // Kept in the conversation's summary row with every insert, removal and read-marker move.
    QSqlQuery query(m_db.sql());
    if (!prepare(query, u"SELECT unread FROM conversation WHERE jid = ?"_s)) {
        return 0;
    }
    query.addBindValue(conversation.bareString());
    if (!run(query, "reading an unread count") || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

QList<ConversationSummary> SqlHistoryStore::conversations()
{
    QList<ConversationSummary> result;
    if (!m_db.isOpen()) {
        return result;
    }
    // One statement over the summary rows (schema version 8) and the last message each names: the list on
    // the app's start-up path no longer visits the messages of every conversation.
    QSqlQuery query(m_db.sql());
    if (!prepare(query,
            selectList
                + u", conversation.unread, read_marker.sort_time, read_marker.message_id FROM conversation JOIN "
                  "message ON message.id = conversation.last_id LEFT JOIN read_marker ON "
                  "read_marker.conversation = conversation.jid ORDER BY conversation.last_sort_time DESC, "
                  "conversation.last_id DESC"_s)) {
        return result;
    }
    if (!run(query, "listing conversations")) {
        return result;
    }
    JidReader jids;
    while (query.next()) {
        ConversationSummary summary;
        summary.last = messageFromQuery(query, jids);
        summary.conversation = summary.last.conversation;
        if (summary.conversation.isNull()) {
            continue;
        }
        summary.unread = query.value(selectColumnCount).toInt();
        if (!query.value(selectColumnCount + 2).isNull()) {
            summary.readUpTo = { timeFromValue(query.value(selectColumnCount + 1)),
                query.value(selectColumnCount + 2).toLongLong() };
        }
        result.append(summary);
    }
    return result;
}

bool SqlHistoryStore::markRead(qint64 id)
{
    bool moved = false;
    m_db.transaction([&] {
        QSqlQuery query(m_db.sql());
        if (!prepare(query, u"SELECT conversation, sort_time FROM message WHERE id = ?"_s)) {
            return false;
        }
        query.addBindValue(id);
        if (!run(query, "reading a message") || !query.next()) {
            return false;
        }
        const QString conversation = query.value(0).toString();
        const qint64 sortTime = query.value(1).toLongLong();
        query.finish();
        // Never backwards: the upsert only replaces a marker that is before (sort_time, id).
        QSqlQuery write(m_db.sql());
        if (!prepare(write,
                u"INSERT INTO read_marker (conversation, sort_time, message_id) VALUES (?, ?, ?) "
                "ON CONFLICT (conversation) DO UPDATE SET sort_time = excluded.sort_time, message_id = "
                "excluded.message_id WHERE read_marker.sort_time < excluded.sort_time OR (read_marker.sort_time "
                "= excluded.sort_time AND read_marker.message_id < excluded.message_id)"_s)) {
            return false;
        }
        write.addBindValue(conversation);
        write.addBindValue(sortTime);
        write.addBindValue(id);
        if (!run(write, "writing a read marker")) {
            return false;
        }
        moved = write.numRowsAffected() > 0;
        if (!moved) {
            return true;
        }
        // The conversation's unread count: the incoming messages after the new marker (message_incoming).
        QSqlQuery count(m_db.sql());
        if (!prepare(count,
                u"UPDATE conversation SET unread = (SELECT COUNT(*) FROM message WHERE conversation = ? AND "
                "direction = 0 AND sort_time >= ? AND (sort_time > ? OR id > ?) AND id <> ?) WHERE jid = ?"_s)) {
            return false;
        }
        count.addBindValue(conversation);
        count.addBindValue(sortTime);
        count.addBindValue(sortTime);
        count.addBindValue(id);
        count.addBindValue(id);
        count.addBindValue(conversation);
        return run(count, "counting unread messages");
    });
    return moved;
}

std::optional<ArchivePosition> SqlHistoryStore::lastStanzaId(const Jid &archive)
{
    if (!m_db.isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db.sql());
    if (!prepare(query, u"SELECT stanza_id, time FROM archive_position WHERE archive = ?"_s)) {
        return std::nullopt;
    }
    query.addBindValue(archive.bareString());
    if (!run(query, "reading an archive position") || !query.next()) {
        return std::nullopt;
    }
    return ArchivePosition { query.value(0).toString(), timeFromValue(query.value(1)) };
}

bool SqlHistoryStore::setArchivePosition(const Jid &archive, const ArchivePosition &position)
{
    // An empty id is "synchronised while the archive was empty" and needs the time it was found so.
    if (archive.isNull() || (position.stanzaId.isEmpty() && !position.time.isValid())) {
        return false;
    }
    return m_db.transaction([&] {
        QSqlQuery query(m_db.sql());
        if (!prepare(query, u"INSERT OR REPLACE INTO archive_position (archive, stanza_id, time) VALUES (?, ?, ?)"_s)) {
            return false;
        }
        query.addBindValue(archive.bareString());
        // '' rather than NULL for "synchronised with an empty archive" (the column is NOT NULL).
        query.addBindValue(position.stanzaId.isEmpty() ? QString::fromLatin1("") : position.stanzaId);
        query.addBindValue(timeValue(position.time));
        return run(query, "writing an archive position");
    });
}

} // namespace balcony
