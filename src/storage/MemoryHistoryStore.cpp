#include "storage/MemoryHistoryStore.h"

#include "storage/SearchWords.h"

#include <QDateTime>

#include <algorithm>

namespace balcony {

namespace {

// Newest first by (sortTime, id), the order of HistoryStore::page().
bool newerThan(const StoredMessage &a, const StoredMessage &b)
{
    const qint64 ta = a.sortTime().toMSecsSinceEpoch();
    const qint64 tb = b.sortTime().toMSecsSinceEpoch();
    return ta != tb ? ta > tb : a.id > b.id;
}

bool isBefore(const StoredMessage &message, const HistoryCursor &cursor)
{
    const qint64 t = message.sortTime().toMSecsSinceEpoch();
    const qint64 c = cursor.time.toMSecsSinceEpoch();
    return t < c || (t == c && message.id < cursor.id);
}

bool matches(const StoredMessage &message, const QStringList &query)
{
    const QStringList body = searchWords(message.body);
    for (qsizetype i = 0; i < query.size(); ++i) {
        const bool last = i == query.size() - 1;
        const QString &word = query.at(i);
        const bool found = std::any_of(
            body.cbegin(), body.cend(), [&](const QString &w) { return last ? w.startsWith(word) : w == word; });
        if (!found) {
            return false;
        }
    }
    return true;
}

bool isDuplicate(const StoredMessage &stored, const StoredMessage &message)
{
    if (stored.conversation != message.conversation) {
        return false;
    }
    if (!message.stanzaId.isEmpty() && stored.stanzaId == message.stanzaId
        && stored.stanzaIdBy.bare() == message.stanzaIdBy.bare()) {
        return true;
    }
    return !message.originId.isEmpty() && stored.originId == message.originId
        && stored.from.bare() == message.from.bare();
}

} // namespace

qint64 MemoryHistoryStore::insertInto(
    QMap<qint64, StoredMessage> &rows, qint64 &nextId, const StoredMessage &message, bool *created)
{
    *created = false;
    if (message.conversation.isNull()) {
        return 0;
    }
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (!isDuplicate(it.value(), message)) {
            continue;
        }
        StoredMessage &stored = it.value();
        if (stored.stanzaId.isEmpty() && !message.stanzaId.isEmpty()) {
            stored.stanzaId = message.stanzaId;
            stored.stanzaIdBy = message.stanzaIdBy;
        }
        if (!stored.serverTime.isValid() && message.serverTime.isValid()) {
            stored.serverTime = message.serverTime;
        }
        return stored.id;
    }
    StoredMessage row = message;
    row.id = nextId++;
    rows.insert(row.id, row);
    *created = true;
    return row.id;
}

qint64 MemoryHistoryStore::insert(const StoredMessage &message, bool *created)
{
    bool newRow = false;
    const qint64 id = failWrites ? 0 : insertInto(m_rows, m_nextId, message, &newRow);
    if (created) {
        *created = newRow;
    }
    return id;
}

QList<qint64> MemoryHistoryStore::insertBatch(
    const QList<StoredMessage> &messages, const Jid &archive, const ArchivePosition &position, QList<bool> *created)
{
    if (created) {
        created->fill(false, messages.size());
    }
    if (failWrites) {
        return {};
    }
    // All or nothing: work on copies and publish them only if every message was stored.
    QMap<qint64, StoredMessage> rows = m_rows;
    qint64 nextId = m_nextId;
    QList<qint64> ids;
    QList<bool> newRows;
    ids.reserve(messages.size());
    newRows.reserve(messages.size());
    for (const StoredMessage &message : messages) {
        bool newRow = false;
        const qint64 id = insertInto(rows, nextId, message, &newRow);
        if (id == 0) {
            return {};
        }
        ids.append(id);
        newRows.append(newRow);
    }
    if (created) {
        *created = newRows;
    }
    m_rows = rows;
    m_nextId = nextId;
    if (!archive.isNull()) {
        m_archivePositions.insert(archive.bare(), position);
    }
    return ids;
}

std::optional<StoredMessage> MemoryHistoryStore::message(qint64 id)
{
    const auto it = m_rows.constFind(id);
    if (it == m_rows.cend()) {
        return std::nullopt;
    }
    return it.value();
}

bool MemoryHistoryStore::updateState(qint64 id, MessageState state, const QString &errorText)
{
    const auto it = m_rows.find(id);
    if (failWrites || it == m_rows.end() || !isStateChangeAllowed(it->state, state)) {
        return false;
    }
    it->state = state;
    it->errorText = state == MessageState::Failed ? errorText : QString();
    return true;
}

QList<qint64> MemoryHistoryStore::updateStateByOriginId(
    const Jid &conversation, const QString &originId, MessageState state, const QString &errorText)
{
    return updateOutgoingState(conversation, &StoredMessage::originId, originId, state, errorText);
}

QList<qint64> MemoryHistoryStore::updateStateByMessageId(
    const Jid &conversation, const QString &messageId, MessageState state, const QString &errorText)
{
    return updateOutgoingState(conversation, &StoredMessage::messageId, messageId, state, errorText);
}

QList<qint64> MemoryHistoryStore::updateOutgoingState(const Jid &conversation, QString StoredMessage::*idField,
    const QString &id, MessageState state, const QString &errorText)
{
    QList<qint64> changed;
    for (const StoredMessage &row : std::as_const(m_rows)) {
        if (row.conversation == conversation && row.direction == MessageDirection::Outgoing && !id.isEmpty()
            && row.*idField == id && isStateChangeAllowed(row.state, state)) {
            changed.append(row.id);
        }
    }
    if (failWrites) {
        return {};
    }
    for (const qint64 changedId : std::as_const(changed)) {
        updateState(changedId, state, errorText);
    }
    return changed;
}

bool MemoryHistoryStore::remove(qint64 id)
{
    if (failWrites) {
        return false;
    }
    return m_rows.remove(id) > 0;
}

bool MemoryHistoryStore::replaceBody(qint64 id, const QString &body)
{
    const auto it = m_rows.find(id);
    if (failWrites || it == m_rows.end()) {
        return false;
    }
    it->body = body;
    it->flags |= MessageFlag::Corrected;
    return true;
}

QList<StoredMessage> MemoryHistoryStore::sortedConversation(const Jid &conversation) const
{
    QList<StoredMessage> result;
    for (const StoredMessage &row : m_rows) {
        if (row.conversation == conversation) {
            result.append(row);
        }
    }
    std::sort(result.begin(), result.end(), newerThan);
    return result;
}

QList<StoredMessage> MemoryHistoryStore::page(const Jid &conversation, int limit, const HistoryCursor &before)
{
    QList<StoredMessage> result;
    const QList<StoredMessage> all = sortedConversation(conversation);
    for (const StoredMessage &row : all) {
        if (result.size() >= limit) {
            break;
        }
        if (before.isNull() || isBefore(row, before)) {
            result.append(row);
        }
    }
    return result;
}

QList<StoredMessage> MemoryHistoryStore::search(
    const QString &text, const Jid &conversation, int limit, const HistoryCursor &before)
{
    const QStringList query = searchWords(text);
    QList<StoredMessage> result;
    if (query.isEmpty() || limit <= 0) {
        return result;
    }
    for (const StoredMessage &row : std::as_const(m_rows)) {
        if ((conversation.isNull() || row.conversation == conversation) && (before.isNull() || isBefore(row, before))
            && matches(row, query)) {
            result.append(row);
        }
    }
    std::sort(result.begin(), result.end(), newerThan);
    if (result.size() > limit) {
        result.resize(limit);
    }
    return result;
}

QList<ConversationSummary> MemoryHistoryStore::conversations()
{
    QList<Jid> jids;
    for (const StoredMessage &row : std::as_const(m_rows)) {
        if (!jids.contains(row.conversation)) {
            jids.append(row.conversation);
        }
    }
    QList<ConversationSummary> result;
    for (const Jid &jid : std::as_const(jids)) {
        ConversationSummary summary;
        summary.conversation = jid;
        summary.last = sortedConversation(jid).constFirst();
        summary.unread = unreadCount(jid);
        summary.readUpTo = m_readMarkers.value(jid);
        result.append(summary);
    }
    std::sort(result.begin(), result.end(),
        [](const ConversationSummary &a, const ConversationSummary &b) { return newerThan(a.last, b.last); });
    return result;
}

int MemoryHistoryStore::unreadCount(const Jid &conversation)
{
    const HistoryCursor marker = m_readMarkers.value(conversation);
    int count = 0;
    for (const StoredMessage &row : std::as_const(m_rows)) {
        if (row.conversation == conversation && row.direction == MessageDirection::Incoming
            && (marker.isNull() || (!isBefore(row, marker) && row.id != marker.id))) {
            ++count;
        }
    }
    return count;
}

bool MemoryHistoryStore::markRead(qint64 id)
{
    const auto it = m_rows.constFind(id);
    if (failWrites || it == m_rows.cend()) {
        return false;
    }
    const HistoryCursor marker = it->cursor();
    const HistoryCursor current = m_readMarkers.value(it->conversation);
    if (!current.isNull() && (marker == current || isBefore(*it, current))) {
        return false;
    }
    m_readMarkers.insert(it->conversation, { marker.time.toUTC(), marker.id });
    return true;
}

std::optional<ArchivePosition> MemoryHistoryStore::lastStanzaId(const Jid &archive)
{
    const auto it = m_archivePositions.constFind(archive.bare());
    if (it == m_archivePositions.cend()) {
        return std::nullopt;
    }
    return it.value();
}

bool MemoryHistoryStore::setArchivePosition(const Jid &archive, const ArchivePosition &position)
{
    if (failWrites || archive.isNull() || (position.stanzaId.isEmpty() && !position.time.isValid())) {
        return false;
    }
    m_archivePositions.insert(archive.bare(), position);
    return true;
}

} // namespace balcony
