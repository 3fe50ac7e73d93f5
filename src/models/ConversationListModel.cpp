#include "models/ConversationListModel.h"

#include "MessageModuleWiring.h"
#include "im/ArchiveManager.h"
#include "im/MessageManager.h"
#include "im/RosterManager.h"
#include "models/ChangeRanges.h"

#include <algorithm>

namespace balcony {

ConversationListModel::ConversationListModel(HistoryStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    reload();
}

ConversationListModel::~ConversationListModel() = default;

bool ConversationListModel::isNewer(const StoredMessage &a, const StoredMessage &b)
{
    const QDateTime ta = a.sortTime();
    const QDateTime tb = b.sortTime();
    if (ta != tb) {
        return ta > tb;
    }
    return a.id > b.id;
}

// ---- names

void ConversationListModel::setRosterManager(RosterManager *roster)
{
    for (const QMetaObject::Connection &c : std::as_const(m_rosterConnections)) {
        disconnect(c);
    }
    m_rosterConnections.clear();
    m_roster = roster;
    if (roster) {
        m_rosterConnections = {
            connect(roster, &RosterManager::rosterReceived, this, &ConversationListModel::refreshNames),
            connect(roster, &RosterManager::itemChanged, this, &ConversationListModel::refreshName),
            connect(roster, &RosterManager::itemRemoved, this, &ConversationListModel::refreshName),
        };
    }
    refreshNames();
}

QString ConversationListModel::nameFor(const Jid &conversation) const
{
    if (m_roster) {
        if (const auto item = m_roster->item(conversation); item && !item->name.trimmed().isEmpty()) {
            return item->name;
        }
    }
    return conversation.local().isEmpty() ? conversation.toString() : conversation.local();
}

void ConversationListModel::refreshNames()
{
    QList<int> changed;
    for (int row = 0; row < m_rows.size(); ++row) {
        QString name = nameFor(m_rows[row].summary.conversation);
        if (name != m_rows[row].name) {
            m_rows[row].name = std::move(name);
            changed.append(row);
        }
    }
    for (const RowRange &range : changeRanges(changed, 16)) {
        Q_EMIT dataChanged(index(range.first), index(range.last), { Qt::DisplayRole });
    }
}

void ConversationListModel::refreshName(const Jid &conversation)
{
    const int row = rowOf(conversation);
    if (row < 0) {
        return;
    }
    QString name = nameFor(m_rows[row].summary.conversation);
    if (name != m_rows[row].name) {
        m_rows[row].name = std::move(name);
        Q_EMIT dataChanged(index(row), index(row), { Qt::DisplayRole });
    }
}

// ---- loading

void ConversationListModel::reload()
{
    QList<ConversationSummary> summaries = m_store.conversations();
    std::stable_sort(summaries.begin(), summaries.end(),
        [](const ConversationSummary &a, const ConversationSummary &b) { return isNewer(a.last, b.last); });
    QList<Row> rows;
    rows.reserve(summaries.size());
    for (const ConversationSummary &summary : std::as_const(summaries)) {
        rows.append({ summary, nameFor(summary.conversation) });
    }
    const bool wasEmpty = m_rows.isEmpty();
    if (wasEmpty && rows.isEmpty()) {
        return;
    }
    if (wasEmpty) {
        beginInsertRows(QModelIndex(), 0, int(rows.size()) - 1);
    } else {
        beginResetModel();
    }
    m_rows = std::move(rows);
    m_index.clear();
    rebuildIndex(0, int(m_rows.size()) - 1);
    if (wasEmpty) {
        endInsertRows();
    } else {
        endResetModel();
    }
    updateTotalUnread();
}

// ---- changes from the message layer

void ConversationListModel::messageStored(const StoredMessage &message)
{
    if (message.conversation.isNull() || message.id == 0) {
        return;
    }
    applyNewest(message);
}

void ConversationListModel::messagesStored(const QList<StoredMessage> &messages)
{
    QHash<Jid, StoredMessage> newest;
    QList<Jid> order;
    for (const StoredMessage &message : messages) {
        if (message.conversation.isNull() || message.id == 0) {
            continue;
        }
        auto it = newest.find(message.conversation);
        if (it == newest.end()) {
            newest.insert(message.conversation, message);
            order.append(message.conversation);
        } else if (isNewer(message, *it)) {
            *it = message;
        }
    }
    for (const Jid &conversation : std::as_const(order)) {
        applyNewest(newest.value(conversation));
    }
}

void ConversationListModel::messageIdsStored(const QList<qint64> &ids)
{
    QList<StoredMessage> messages;
    messages.reserve(ids.size());
    for (const qint64 id : ids) {
        if (std::optional<StoredMessage> message = m_store.message(id)) {
            messages.append(std::move(*message));
        }
    }
    messagesStored(messages);
}

void ConversationListModel::applyNewest(const StoredMessage &newest)
{
    const Jid conversation = newest.conversation.bare();
    const int row = rowOf(conversation);
    ConversationSummary summary;
    if (row >= 0) {
        summary = m_rows[row].summary;
    } else {
        summary.conversation = conversation;
    }
    if (row < 0 || newest.id == summary.last.id || isNewer(newest, summary.last)) {
        summary.last = newest;
        summary.last.conversation = conversation;
    }
    // An archive page may bring only older messages: the last message stays, the unread count may not.
    summary.unread = m_store.unreadCount(conversation);
    place(summary);
}

void ConversationListModel::messageStateChanged(qint64 id, MessageState state, const QString &errorText)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        StoredMessage &last = m_rows[row].summary.last;
        if (last.id != id) {
            continue;
        }
        if (last.state == state && last.errorText == errorText) {
            return;
        }
        last.state = state;
        last.errorText = errorText;
        Q_EMIT dataChanged(index(row), index(row), { LastStateRole, LastErrorTextRole });
        return;
    }
}

void ConversationListModel::conversationRead(const Jid &conversation)
{
    const int row = rowOf(conversation);
    if (row < 0) {
        return;
    }
    ConversationSummary summary = m_rows[row].summary;
    summary.unread = m_store.unreadCount(summary.conversation);
    place(summary);
}

void ConversationListModel::messageRemoved(qint64 id, const Jid &conversation)
{
    Q_UNUSED(id) // the conversation is read again whether or not `id` was its last message
    refreshConversation(conversation);
}

void ConversationListModel::refreshConversation(const Jid &conversation)
{
    const Jid bare = conversation.bare();
    const QList<StoredMessage> newest = m_store.page(bare, 1);
    const int row = rowOf(bare);
    if (newest.isEmpty()) {
        if (row >= 0) {
            removeConversationRow(row);
        }
        return;
    }
    ConversationSummary summary = row >= 0 ? m_rows[row].summary : ConversationSummary();
    summary.conversation = bare;
    summary.last = newest.first();
    summary.unread = m_store.unreadCount(bare);
    place(summary);
}

// ---- row bookkeeping

int ConversationListModel::targetRow(const ConversationSummary &summary, int currentRow) const
{
    // The rows are ordered newest first, so the place is after every other row that is newer.
    int target = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (row != currentRow && isNewer(m_rows[row].summary.last, summary.last)) {
            ++target;
        }
    }
    return target;
}

void ConversationListModel::place(const ConversationSummary &summary)
{
    int row = rowOf(summary.conversation);
    if (row < 0) {
        const int target = targetRow(summary, -1);
        beginInsertRows(QModelIndex(), target, target);
        m_rows.insert(target, { summary, nameFor(summary.conversation) });
        rebuildIndex(target, int(m_rows.size()) - 1);
        endInsertRows();
        if (summary.unread > 0) {
            Q_EMIT unreadCountChanged(summary.conversation, summary.unread);
        }
        updateTotalUnread();
        return;
    }
    const ConversationSummary before = m_rows[row].summary;
    const int target = targetRow(summary, row);
    if (target != row) {
        moveRow(row, target);
        row = target;
    }
    m_rows[row].summary = summary;

    QList<int> roles;
    const StoredMessage &a = before.last;
    const StoredMessage &b = summary.last;
    if (a.id != b.id) {
        roles << LastMessageIdRole;
    }
    if (a.body != b.body) {
        roles << LastBodyRole;
    }
    if (a.sortTime() != b.sortTime()) {
        roles << LastTimeRole;
    }
    if (a.direction != b.direction) {
        roles << LastDirectionRole;
    }
    if (a.state != b.state) {
        roles << LastStateRole;
    }
    if (a.errorText != b.errorText) {
        roles << LastErrorTextRole;
    }
    if (before.unread != summary.unread) {
        roles << UnreadCountRole;
    }
    if (!roles.isEmpty()) {
        Q_EMIT dataChanged(index(row), index(row), roles);
    }
    if (before.unread != summary.unread) {
        Q_EMIT unreadCountChanged(summary.conversation, summary.unread);
        updateTotalUnread();
    }
}

void ConversationListModel::moveRow(int from, int to)
{
    // beginMoveRows() takes the destination as a position in the list before the move.
    beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
    m_rows.move(from, to);
    rebuildIndex(std::min(from, to), std::max(from, to));
    endMoveRows();
}

void ConversationListModel::removeConversationRow(int row)
{
    const ConversationSummary leaving = m_rows[row].summary;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.remove(row);
    m_index.remove(leaving.conversation);
    rebuildIndex(row, int(m_rows.size()) - 1);
    endRemoveRows();
    if (leaving.unread > 0) {
        Q_EMIT unreadCountChanged(leaving.conversation, 0);
        updateTotalUnread();
    }
}

void ConversationListModel::rebuildIndex(int first, int last)
{
    for (int row = first; row <= last && row < m_rows.size(); ++row) {
        m_index.insert(m_rows[row].summary.conversation, row);
    }
}

void ConversationListModel::updateTotalUnread()
{
    int total = 0;
    for (const Row &row : std::as_const(m_rows)) {
        total += row.summary.unread;
    }
    if (total != m_totalUnread) {
        m_totalUnread = total;
        Q_EMIT totalUnreadChanged(total);
    }
}

// ---- wiring

void ConversationListModel::followMessageModules(MessageManager *messages, ArchiveManager *archive)
{
    balcony::followMessageModules(this, m_store, messages, archive, &ConversationListModel::messageStored);
}

// ---- QAbstractItemModel

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows[index.row()];
    const StoredMessage &last = row.summary.last;
    switch (role) {
    case Qt::DisplayRole:
        return row.name;
    case JidRole:
        return QVariant::fromValue(row.summary.conversation);
    case JidStringRole:
        return row.summary.conversation.toString();
    case LastMessageIdRole:
        return last.id;
    case LastBodyRole:
        return last.body;
    case LastTimeRole:
        return last.sortTime();
    case LastDirectionRole:
        return int(last.direction);
    case LastStateRole:
        return int(last.state);
    case LastErrorTextRole:
        return last.errorText;
    case UnreadCountRole:
        return row.summary.unread;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        { JidRole, "jid" },
        { JidStringRole, "jidString" },
        { LastMessageIdRole, "lastMessageId" },
        { LastBodyRole, "lastBody" },
        { LastTimeRole, "lastTime" },
        { LastDirectionRole, "lastDirection" },
        { LastStateRole, "lastState" },
        { LastErrorTextRole, "lastErrorText" },
        { UnreadCountRole, "unreadCount" },
    });
    return names;
}

int ConversationListModel::rowOf(const Jid &conversation) const
{
    return m_index.value(conversation.bare(), -1);
}

ConversationSummary ConversationListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].summary : ConversationSummary();
}

QHash<Jid, int> ConversationListModel::unreadCounts() const
{
    QHash<Jid, int> out;
    for (const Row &row : m_rows) {
        if (row.summary.unread > 0) {
            out.insert(row.summary.conversation, row.summary.unread);
        }
    }
    return out;
}

} // namespace balcony
