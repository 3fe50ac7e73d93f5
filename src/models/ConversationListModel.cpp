#include "models/ConversationListModel.h"

#include "MessageModuleWiring.h"
#include "avatar/AvatarManager.h"
#include "im/ArchiveManager.h"
#include "im/MessageManager.h"
#include "im/RosterManager.h"
#include "models/ChangeRanges.h"
#include "muc/MucManager.h"

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
    return keyLess(b.cursor(), a.cursor());
}

bool ConversationListModel::keyLess(const HistoryCursor &a, const HistoryCursor &b)
{
    if (a.time != b.time) {
        return a.time < b.time;
    }
    return a.id < b.id;
}

qsizetype ConversationListModel::positionOf(const Jid &conversation) const
{
    const auto key = m_keys.constFind(conversation.bare());
    if (key == m_keys.cend()) {
        return -1;
    }
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), *key,
        [](const std::unique_ptr<Row> &row, const HistoryCursor &k) { return keyLess(row->summary.last.cursor(), k); });
    if (it != m_rows.cend() && (*it)->summary.conversation == conversation.bare()) {
        return it - m_rows.cbegin();
    }
    // Two rows with the same key cannot happen (a message belongs to one conversation); just in case.
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i]->summary.conversation == conversation.bare()) {
            return qsizetype(i);
        }
    }
    return -1;
}

qsizetype ConversationListModel::positionFor(const HistoryCursor &key, qsizetype ignore) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), key,
        [](const std::unique_ptr<Row> &row, const HistoryCursor &k) { return keyLess(row->summary.last.cursor(), k); });
    const qsizetype position = it - m_rows.cbegin();
    // Without the row at `ignore`, everything after it is one place further forward.
    return ignore >= 0 && ignore < position ? position - 1 : position;
}

void ConversationListModel::indexRow(const Row &row)
{
    m_keys.insert(row.summary.conversation, row.summary.last.cursor());
    m_lastIds.insert(row.summary.last.id, row.summary.conversation);
}

void ConversationListModel::unindexRow(const Row &row)
{
    m_keys.remove(row.summary.conversation);
    if (m_lastIds.value(row.summary.last.id) == row.summary.conversation) {
        m_lastIds.remove(row.summary.last.id);
    }
}

// ---- names

void ConversationListModel::setAvatarManager(AvatarManager *avatars)
{
    for (const QMetaObject::Connection &c : std::as_const(m_avatarConnections)) {
        disconnect(c);
    }
    m_avatarConnections.clear();
    m_avatars = avatars;
    if (avatars) {
        m_avatarConnections = {
            connect(avatars, &AvatarManager::avatarChanged, this,
                [this](const Jid &jid) {
                    const int row = rowOf(jid);
                    if (row >= 0) {
                        const QModelIndex changed = index(row);
                        Q_EMIT dataChanged(changed, changed, { AvatarHashRole, AvatarRole });
                    }
                }),
        };
    }
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { AvatarHashRole, AvatarRole });
    }
}

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

void ConversationListModel::setKnownName(const Jid &conversation, const QString &name)
{
    const Jid bare = conversation.bare();
    if (m_knownNames.value(bare) == name.trimmed()) {
        return;
    }
    if (name.trimmed().isEmpty()) {
        m_knownNames.remove(bare);
    } else {
        m_knownNames.insert(bare, name.trimmed());
    }
    refreshName(bare);
}

QString ConversationListModel::nameFor(const Jid &conversation) const
{
    if (m_roster) {
        if (const auto item = m_roster->item(conversation); item && !item->name.trimmed().isEmpty()) {
            return item->name;
        }
    }
    if (const auto known = m_knownNames.constFind(conversation.bare()); known != m_knownNames.cend()) {
        return *known;
    }
    return conversation.local().isEmpty() ? conversation.toString() : conversation.local();
}

void ConversationListModel::refreshNames()
{
    QList<int> changed;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = *m_rows[i];
        QString name = nameFor(row.summary.conversation);
        if (name != row.name) {
            row.name = std::move(name);
            changed.append(modelRow(qsizetype(i)));
        }
    }
    for (const RowRange &range : changeRanges(changed, 16)) {
        Q_EMIT dataChanged(index(range.first), index(range.last), { Qt::DisplayRole });
    }
}

void ConversationListModel::refreshName(const Jid &conversation)
{
    const qsizetype position = positionOf(conversation);
    if (position < 0) {
        return;
    }
    Row &row = *m_rows[size_t(position)];
    QString name = nameFor(row.summary.conversation);
    if (name != row.name) {
        row.name = std::move(name);
        const int at = modelRow(position);
        Q_EMIT dataChanged(index(at), index(at), { Qt::DisplayRole });
    }
}

// ---- loading

void ConversationListModel::reload()
{
    QList<ConversationSummary> summaries = m_store.conversations();
    // Oldest first (the storage order); equal keys cannot happen, stable all the same.
    std::stable_sort(summaries.begin(), summaries.end(),
        [](const ConversationSummary &a, const ConversationSummary &b) { return isNewer(b.last, a.last); });
    std::vector<std::unique_ptr<Row>> rows;
    rows.reserve(size_t(summaries.size()));
    for (const ConversationSummary &summary : std::as_const(summaries)) {
        rows.push_back(std::make_unique<Row>(Row { summary, nameFor(summary.conversation) }));
    }
    const bool wasEmpty = m_rows.empty();
    if (wasEmpty && rows.empty()) {
        return;
    }
    if (wasEmpty) {
        beginInsertRows(QModelIndex(), 0, int(rows.size()) - 1);
    } else {
        beginResetModel();
    }
    m_rows = std::move(rows);
    m_keys.clear();
    m_lastIds.clear();
    int total = 0;
    for (const std::unique_ptr<Row> &row : m_rows) {
        indexRow(*row);
        total += row->summary.unread;
    }
    if (wasEmpty) {
        endInsertRows();
    } else {
        endResetModel();
    }
    setTotalUnread(total);
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
    const qsizetype position = positionOf(conversation);
    ConversationSummary summary;
    if (position >= 0) {
        summary = m_rows[size_t(position)]->summary;
    } else {
        summary.conversation = conversation;
    }
    if (position < 0 || newest.id == summary.last.id || isNewer(newest, summary.last)) {
        summary.last = newest;
        summary.last.conversation = conversation;
    }
    // An archive page may bring only older messages: the last message stays, the unread count may not.
    summary.unread = m_store.unreadCount(conversation);
    place(summary);
}

void ConversationListModel::messageStateChanged(qint64 id, MessageState state, const QString &errorText)
{
    // Receipts arrive at the rate contacts send them: found through the last message ids, not by a scan.
    const auto conversation = m_lastIds.constFind(id);
    if (conversation == m_lastIds.cend()) {
        return;
    }
    const qsizetype position = positionOf(*conversation);
    if (position < 0) {
        return;
    }
    StoredMessage &last = m_rows[size_t(position)]->summary.last;
    if (last.id != id || (last.state == state && last.errorText == errorText)) {
        return;
    }
    last.state = state;
    last.errorText = errorText;
    const int row = modelRow(position);
    Q_EMIT dataChanged(index(row), index(row), { LastStateRole, LastErrorTextRole });
}

void ConversationListModel::conversationRead(const Jid &conversation)
{
    const qsizetype position = positionOf(conversation);
    if (position < 0) {
        return;
    }
    ConversationSummary summary = m_rows[size_t(position)]->summary;
    summary.unread = m_store.unreadCount(summary.conversation);
    place(summary);
}

void ConversationListModel::messageUpdated(const StoredMessage &message)
{
    const qsizetype position = positionOf(message.conversation);
    if (position >= 0 && m_rows[size_t(position)]->summary.last.id == message.id) {
        ConversationSummary summary = m_rows[size_t(position)]->summary;
        summary.last = message;
        place(summary);
    }
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
    const qsizetype position = positionOf(bare);
    if (newest.isEmpty()) {
        if (position >= 0) {
            removeConversationRow(modelRow(position));
        }
        return;
    }
    ConversationSummary summary = position >= 0 ? m_rows[size_t(position)]->summary : ConversationSummary();
    summary.conversation = bare;
    summary.last = newest.first();
    summary.unread = m_store.unreadCount(bare);
    place(summary);
}

// ---- row bookkeeping

void ConversationListModel::place(const ConversationSummary &summary)
{
    const qsizetype position = positionOf(summary.conversation);
    if (position < 0) {
        const qsizetype target = positionFor(summary.last.cursor(), -1);
        // Model rows count from the newest: the new row comes after every row newer than it.
        const int row = int(qsizetype(m_rows.size()) - target);
        beginInsertRows(QModelIndex(), row, row);
        auto inserted = m_rows.insert(
            m_rows.begin() + target, std::make_unique<Row>(Row { summary, nameFor(summary.conversation) }));
        indexRow(**inserted);
        endInsertRows();
        if (summary.unread > 0) {
            Q_EMIT unreadCountChanged(summary.conversation, summary.unread);
        }
        setTotalUnread(m_totalUnread + summary.unread);
        return;
    }
    const ConversationSummary before = m_rows[size_t(position)]->summary;
    const qsizetype target = positionFor(summary.last.cursor(), position);
    const int from = modelRow(position);
    const int row = int(qsizetype(m_rows.size()) - 1 - target);
    // The row takes its new summary (and key) with the move, so that the rows are in key order again
    // before anyone hears of the move; its changed roles are announced right after.
    const auto update = [this, &summary](Row &current) {
        unindexRow(current);
        current.summary = summary;
        indexRow(current);
    };
    if (target != position) {
        // beginMoveRows() takes the destination as a position in the list before the move.
        beginMoveRows(QModelIndex(), from, from, QModelIndex(), row > from ? row + 1 : row);
        std::unique_ptr<Row> moving = std::move(m_rows[size_t(position)]);
        m_rows.erase(m_rows.begin() + position);
        m_rows.insert(m_rows.begin() + target, std::move(moving));
        update(*m_rows[size_t(target)]);
        endMoveRows();
    } else {
        update(*m_rows[size_t(target)]);
    }

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
    if (a.e2e.kind != b.e2e.kind) {
        roles << LastEncryptionRole;
    }
    if (a.e2e.kind != b.e2e.kind || a.e2e.status != b.e2e.status) {
        roles << LastEncryptionStatusRole;
    }
    if (before.unread != summary.unread) {
        roles << UnreadCountRole;
    }
    if (!roles.isEmpty()) {
        Q_EMIT dataChanged(index(row), index(row), roles);
    }
    if (before.unread != summary.unread) {
        Q_EMIT unreadCountChanged(summary.conversation, summary.unread);
        setTotalUnread(m_totalUnread - before.unread + summary.unread);
    }
}

void ConversationListModel::removeConversationRow(int row)
{
    const size_t position = size_t(qsizetype(m_rows.size()) - 1 - row);
    const ConversationSummary leaving = m_rows[position]->summary;
    beginRemoveRows(QModelIndex(), row, row);
    unindexRow(*m_rows[position]);
    m_rows.erase(m_rows.begin() + qsizetype(position));
    endRemoveRows();
    if (leaving.unread > 0) {
        Q_EMIT unreadCountChanged(leaving.conversation, 0);
        setTotalUnread(m_totalUnread - leaving.unread);
    }
}

void ConversationListModel::setTotalUnread(int total)
{
    if (total != m_totalUnread) {
        m_totalUnread = total;
        Q_EMIT totalUnreadChanged(total);
    }
}

// ---- wiring

void ConversationListModel::followMessageModules(MessageManager *messages, ArchiveManager *archive, MucManager *muc)
{
    balcony::followMessageModules(this, m_store, messages, archive, &ConversationListModel::messageStored, muc);
    m_muc = muc;
    if (muc) {
        // A room entered or left changes IsRoomRole of a conversation that has no room message yet.
        auto roomChanged = [this](const Jid &room) {
            const int row = rowOf(room);
            if (row >= 0) {
                Q_EMIT dataChanged(index(row), index(row), { IsRoomRole, LastSenderNickRole });
            }
        };
        connect(muc, &MucManager::joined, this, roomChanged);
        connect(muc, &MucManager::left, this, roomChanged);
    }
}

bool ConversationListModel::isRoom(const ConversationSummary &summary) const
{
    return summary.last.type == Message::Type::GroupChat || (m_muc && m_muc->room(summary.conversation));
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
    const Row &row = rowAt(index.row());
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
    case LastEncryptionRole:
        return int(last.e2e.kind);
    case LastEncryptionStatusRole:
        return last.e2e.isEncrypted() ? QVariant(int(last.e2e.status)) : QVariant();
    case IsRoomRole:
        return isRoom(row.summary);
    case LastSenderNickRole:
        return isRoom(row.summary) && last.direction == MessageDirection::Incoming ? last.from.resource() : QString();
    case AvatarHashRole:
        return m_avatars ? m_avatars->hashOf(row.summary.conversation) : QString();
    case AvatarRole:
        return m_avatars ? m_avatars->image(row.summary.conversation) : QVariant();
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
        { LastEncryptionRole, "lastEncryption" },
        { LastEncryptionStatusRole, "lastEncryptionStatus" },
        { IsRoomRole, "isRoom" },
        { LastSenderNickRole, "lastSenderNick" },
        { AvatarHashRole, "avatarHash" },
        { AvatarRole, "avatar" },
    });
    return names;
}

int ConversationListModel::rowOf(const Jid &conversation) const
{
    const qsizetype position = positionOf(conversation);
    return position < 0 ? -1 : modelRow(position);
}

ConversationSummary ConversationListModel::summaryAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).summary : ConversationSummary();
}

QHash<Jid, int> ConversationListModel::unreadCounts() const
{
    QHash<Jid, int> out;
    for (const std::unique_ptr<Row> &row : m_rows) {
        if (row->summary.unread > 0) {
            out.insert(row->summary.conversation, row->summary.unread);
        }
    }
    return out;
}

} // namespace balcony
