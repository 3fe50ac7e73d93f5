#include "models/RosterModel.h"

#include "avatar/AvatarManager.h"
#include "im/RosterManager.h"
#include "models/ChangeRanges.h"

#include <QSet>

#include <algorithm>

namespace balcony {

namespace {

const QList<int> &presenceRoles()
{
    static const QList<int> roles { RosterModel::AvailabilityRole, RosterModel::ShowRole, RosterModel::StatusTextRole,
        RosterModel::BestResourceRole, RosterModel::ResourceCountRole };
    return roles;
}

} // namespace

RosterModel::RosterModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

RosterModel::~RosterModel() = default;

// ---- sources

void RosterModel::setRosterManager(RosterManager *roster)
{
    for (const QMetaObject::Connection &c : std::as_const(m_rosterConnections)) {
        disconnect(c);
    }
    m_rosterConnections.clear();
    m_roster = roster;
    if (!roster) {
        return;
    }
    m_rosterConnections = {
        connect(roster, &RosterManager::rosterReceived, this, &RosterModel::reloadFromRoster),
        connect(roster, &RosterManager::itemChanged, this, &RosterModel::onRosterItemChanged),
        connect(roster, &RosterManager::itemRemoved, this, &RosterModel::removeItem),
    };
    reloadFromRoster();
}

void RosterModel::setPresenceManager(PresenceManager *presence)
{
    for (const QMetaObject::Connection &c : std::as_const(m_presenceConnections)) {
        disconnect(c);
    }
    m_presenceConnections.clear();
    m_presence = presence;
    if (!presence) {
        return;
    }
    m_presenceConnections = {
        connect(presence, &PresenceManager::presencesChanged, this, &RosterModel::onPresencesChanged),
    };
    // Everything the module knows now: the contacts it has as available, and every row (which may show a
    // presence from an earlier module that this one does not confirm).
    QList<Jid> jids = presence->availableContacts();
    jids.reserve(jids.size() + m_rows.size());
    for (const Row &row : std::as_const(m_rows)) {
        jids.append(row.item.jid);
    }
    for (auto it = m_otherPresence.cbegin(); it != m_otherPresence.cend(); ++it) {
        jids.append(it.key());
    }
    onPresencesChanged(jids);
}

void RosterModel::setAvatarManager(AvatarManager *avatars)
{
    for (const QMetaObject::Connection &c : std::as_const(m_avatarConnections)) {
        disconnect(c);
    }
    m_avatarConnections.clear();
    m_avatars = avatars;
    if (avatars) {
        m_avatarConnections = {
            connect(avatars, &AvatarManager::avatarChanged, this, &RosterModel::onAvatarChanged),
        };
    }
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { AvatarHashRole, AvatarRole });
    }
}

void RosterModel::onAvatarChanged(const Jid &bareJid)
{
    const int row = rowOf(bareJid);
    if (row >= 0) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, { AvatarHashRole, AvatarRole });
    }
}

RosterModel::ContactPresence RosterModel::presenceOf(const PresenceManager &presence, const Jid &bareJid)
{
    // O(1) in the contact's resources: a contact with many of them must not make every batch cost more.
    ContactPresence out;
    const std::optional<ResourcePresence> best = presence.bestResource(bareJid);
    if (!best) {
        return out;
    }
    out.availability = PresenceManager::availabilityOf(best->show);
    out.show = best->show;
    out.status = best->status;
    out.bestResource = best->jid;
    out.resourceCount = presence.resourceCount(bareJid);
    return out;
}

void RosterModel::onPresencesChanged(const QList<Jid> &bareJids)
{
    if (!m_presence) {
        return;
    }
    QList<PresenceUpdate> updates;
    updates.reserve(bareJids.size());
    for (const Jid &jid : bareJids) {
        updates.append({ jid.bare(), presenceOf(*m_presence, jid) });
    }
    applyPresences(updates);
}

void RosterModel::onRosterItemChanged(const Jid &jid)
{
    if (!m_roster) {
        return;
    }
    if (const auto item = m_roster->item(jid)) {
        updateItem(*item);
    } else {
        removeItem(jid);
    }
}

void RosterModel::reloadFromRoster()
{
    if (m_roster) {
        setItems(m_roster->items());
    }
}

// ---- roster changes

QString RosterModel::displayName(const RosterItem &item)
{
    if (!item.name.trimmed().isEmpty()) {
        return item.name;
    }
    return item.jid.local().isEmpty() ? item.jid.toString() : item.jid.local();
}

RosterModel::Row RosterModel::makeRow(const RosterItem &item) const
{
    Row row;
    row.item = item;
    if (!item.jid.isBare()) {
        row.item.jid = item.jid.bare();
    }
    row.displayName = displayName(row.item);
    if (const auto it = m_otherPresence.constFind(row.item.jid); it != m_otherPresence.cend()) {
        row.presence = *it;
    }
    row.unread = m_otherUnread.value(row.item.jid);
    return row;
}

QList<int> RosterModel::itemRolesChanged(const RosterItem &before, const RosterItem &after)
{
    QList<int> roles;
    if (before.name != after.name) {
        roles << Qt::DisplayRole << NameRole;
    }
    if (before.groups != after.groups) {
        roles << GroupsRole;
    }
    if (before.subscription != after.subscription) {
        roles << SubscriptionRole;
    }
    if (before.askSubscribe != after.askSubscribe) {
        roles << AskSubscribeRole;
    }
    if (before.approved != after.approved) {
        roles << ApprovedRole;
    }
    return roles;
}

void RosterModel::setItems(const QList<RosterItem> &items)
{
    if (m_rows.isEmpty()) {
        loadInto(items);
        return;
    }
    // The last occurrence of a JID wins, as it would if the items came one by one.
    QHash<Jid, qsizetype> incoming;
    incoming.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        incoming.insert(items[i].jid.bare(), i);
    }

    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!incoming.contains(m_rows[row].item.jid)) {
            gone.append(row);
        }
    }
    removeRowsWhere(gone);

    QList<int> changed;
    QSet<int> roles;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &current = m_rows[row];
        RosterItem next = items[incoming.value(current.item.jid)];
        next.jid = current.item.jid;
        if (next == current.item) {
            continue;
        }
        const QList<int> itemRoles = itemRolesChanged(current.item, next);
        roles.unite(QSet<int>(itemRoles.cbegin(), itemRoles.cend()));
        current.item = next;
        current.displayName = displayName(next);
        changed.append(row);
    }
    QList<int> roleList(roles.cbegin(), roles.cend());
    std::sort(roleList.begin(), roleList.end());
    announce(changed, roleList);

    QList<Row> added;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Jid jid = items[i].jid.bare();
        if (!m_index.contains(jid) && incoming.value(jid) == i) {
            added.append(makeRow(items[i]));
        }
    }
    if (added.isEmpty()) {
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
    m_rows.append(std::move(added));
    for (int row = first; row < m_rows.size(); ++row) {
        const Jid &jid = m_rows[row].item.jid;
        m_index.insert(jid, row);
        m_otherPresence.remove(jid);
        m_otherUnread.remove(jid);
    }
    endInsertRows();
}

void RosterModel::loadInto(const QList<RosterItem> &items)
{
    // The first load (the cache at startup): no diff to compute, one insertion.
    QList<Row> rows;
    rows.reserve(items.size());
    QHash<Jid, int> index;
    index.reserve(items.size());
    for (const RosterItem &item : items) {
        Row row = makeRow(item);
        const auto it = index.constFind(row.item.jid);
        if (it != index.cend()) {
            rows[*it] = std::move(row); // the last occurrence of a JID wins
            continue;
        }
        index.insert(row.item.jid, int(rows.size()));
        rows.append(std::move(row));
    }
    if (rows.isEmpty()) {
        return;
    }
    beginInsertRows(QModelIndex(), 0, int(rows.size()) - 1);
    m_rows = std::move(rows);
    m_index = std::move(index);
    if (!m_otherPresence.isEmpty() || !m_otherUnread.isEmpty()) {
        for (const Row &row : std::as_const(m_rows)) {
            m_otherPresence.remove(row.item.jid);
            m_otherUnread.remove(row.item.jid);
        }
    }
    endInsertRows();
}

void RosterModel::updateItem(const RosterItem &item)
{
    const Jid jid = item.jid.bare();
    if (jid.isNull()) {
        return;
    }
    const int row = rowOf(jid);
    if (row < 0) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first);
        m_rows.append(makeRow(item));
        m_index.insert(jid, first);
        m_otherPresence.remove(jid);
        m_otherUnread.remove(jid);
        endInsertRows();
        return;
    }
    RosterItem next = item;
    next.jid = jid;
    const QList<int> roles = itemRolesChanged(m_rows[row].item, next);
    if (roles.isEmpty()) {
        return;
    }
    m_rows[row].item = next;
    m_rows[row].displayName = displayName(next);
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, roles);
}

void RosterModel::removeItem(const Jid &jid)
{
    const int row = rowOf(jid);
    if (row >= 0) {
        removeRowsWhere({ row });
    }
}

void RosterModel::removeRowsWhere(const QList<int> &rows)
{
    if (rows.isEmpty()) {
        return;
    }
    const QList<RowRange> runs = changeRanges(rows, int(rows.size()));
    if (runs.size() > m_maxRanges) {
        removeScatteredRows(rows);
        return;
    }
    // Contiguous runs, last run first so the earlier rows keep their numbers while we go.
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        beginRemoveRows(QModelIndex(), run->first, run->last);
        for (int row = run->first; row <= run->last; ++row) {
            forgetRow(m_rows[row]);
        }
        m_rows.remove(run->first, run->last - run->first + 1);
        endRemoveRows();
    }
    // Once, from the first row that moved: per run it was O(rows) each time.
    rebuildIndex(runs.first().first);
}

void RosterModel::removeScatteredRows(const QList<int> &rows)
{
    // Thousands of separate runs (a full roster result that dropped every other contact) would be as many
    // removals, each shifting the rows after it and making every view and proxy do the same: O(runs x rows).
    // Instead the leaving rows are moved behind the staying ones in one layout change (their order kept, the
    // persistent indexes updated), then removed as one range.
    QList<bool> leaving(m_rows.size(), false);
    for (const int row : rows) {
        if (row >= 0 && row < m_rows.size()) {
            leaving[row] = true;
        }
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> newRowOf(m_rows.size());
    QList<Row> reordered;
    reordered.reserve(m_rows.size());
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (leaving[row] == (pass == 1)) {
                newRowOf[row] = int(reordered.size());
                reordered.append(std::move(m_rows[row]));
            }
        }
    }
    m_rows = std::move(reordered);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        after.append(index.isValid() ? this->index(newRowOf[index.row()], index.column()) : index);
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);

    const int kept = int(m_rows.size()) - int(std::count(leaving.cbegin(), leaving.cend(), true));
    beginRemoveRows(QModelIndex(), kept, int(m_rows.size()) - 1);
    for (int row = kept; row < m_rows.size(); ++row) {
        forgetRow(m_rows[row]);
    }
    m_rows.resize(kept);
    endRemoveRows();
    rebuildIndex(0);
}

void RosterModel::forgetRow(const Row &leaving)
{
    m_index.remove(leaving.item.jid);
    // A contact leaving the roster may still be online or have unread messages.
    if (!leaving.presence.isOffline()) {
        m_otherPresence.insert(leaving.item.jid, leaving.presence);
    }
    if (leaving.unread > 0) {
        m_otherUnread.insert(leaving.item.jid, leaving.unread);
    }
}

void RosterModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_rows.size(); ++row) {
        m_index.insert(m_rows[row].item.jid, row);
    }
}

// ---- presence and unread counts

void RosterModel::applyPresences(const QList<PresenceUpdate> &updates)
{
    QList<int> changed;
    changed.reserve(updates.size());
    for (const PresenceUpdate &update : updates) {
        const Jid jid = update.first.bare();
        const int row = m_index.value(jid, -1);
        if (row < 0) {
            if (update.second.isOffline()) {
                m_otherPresence.remove(jid);
            } else {
                m_otherPresence.insert(jid, update.second);
            }
            continue;
        }
        if (m_rows[row].presence == update.second) {
            continue;
        }
        m_rows[row].presence = update.second;
        changed.append(row);
    }
    announce(changed, presenceRoles());
}

void RosterModel::setUnreadCount(const Jid &jid, int unread)
{
    const Jid bare = jid.bare();
    unread = std::max(unread, 0);
    const int row = m_index.value(bare, -1);
    if (row < 0) {
        if (unread > 0) {
            m_otherUnread.insert(bare, unread);
        } else {
            m_otherUnread.remove(bare);
        }
        return;
    }
    if (m_rows[row].unread == unread) {
        return;
    }
    m_rows[row].unread = unread;
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, { UnreadCountRole });
}

void RosterModel::setUnreadCounts(const QHash<Jid, int> &unread)
{
    m_otherUnread.clear();
    for (auto it = unread.cbegin(); it != unread.cend(); ++it) {
        const Jid bare = it.key().bare();
        if (it.value() > 0 && !m_index.contains(bare)) {
            m_otherUnread.insert(bare, it.value());
        }
    }
    QList<int> changed;
    for (int row = 0; row < m_rows.size(); ++row) {
        const int next = std::max(unread.value(m_rows[row].item.jid), 0);
        if (m_rows[row].unread != next) {
            m_rows[row].unread = next;
            changed.append(row);
        }
    }
    announce(changed, { UnreadCountRole });
}

void RosterModel::announce(const QList<int> &rows, const QList<int> &roles)
{
    for (const RowRange &range : changeRanges(rows, m_maxRanges)) {
        Q_EMIT dataChanged(index(range.first), index(range.last), roles);
    }
}

// ---- QAbstractItemModel

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return row.displayName;
    case JidRole:
        return QVariant::fromValue(row.item.jid);
    case JidStringRole:
        return row.item.jid.toString();
    case NameRole:
        return row.item.name;
    case GroupsRole:
        return row.item.groups;
    case SubscriptionRole:
        return row.item.subscription;
    case AskSubscribeRole:
        return row.item.askSubscribe;
    case ApprovedRole:
        return row.item.approved;
    case AvailabilityRole:
        return int(row.presence.availability);
    case ShowRole:
        return int(row.presence.show);
    case StatusTextRole:
        return row.presence.status;
    case BestResourceRole:
        return row.presence.bestResource.isNull() ? QString() : row.presence.bestResource.toString();
    case ResourceCountRole:
        return row.presence.resourceCount;
    case UnreadCountRole:
        return row.unread;
    case AvatarHashRole:
        return m_avatars ? m_avatars->hashOf(row.item.jid) : QString();
    case AvatarRole:
        return m_avatars ? m_avatars->image(row.item.jid) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        { JidRole, "jid" },
        { JidStringRole, "jidString" },
        { NameRole, "name" },
        { GroupsRole, "groups" },
        { SubscriptionRole, "subscription" },
        { AskSubscribeRole, "askSubscribe" },
        { ApprovedRole, "approved" },
        { AvailabilityRole, "availability" },
        { ShowRole, "show" },
        { StatusTextRole, "statusText" },
        { BestResourceRole, "bestResource" },
        { ResourceCountRole, "resourceCount" },
        { UnreadCountRole, "unreadCount" },
        { AvatarHashRole, "avatarHash" },
        { AvatarRole, "avatar" },
    });
    return names;
}

int RosterModel::rowOf(const Jid &jid) const
{
    return m_index.value(jid.bare(), -1);
}

QModelIndex RosterModel::indexOf(const Jid &jid) const
{
    const int row = rowOf(jid);
    return row < 0 ? QModelIndex() : index(row);
}

RosterItem RosterModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].item : RosterItem();
}

RosterModel::ContactPresence RosterModel::presenceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].presence : ContactPresence();
}

int RosterModel::unreadCountAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].unread : 0;
}

QStringList RosterModel::groups() const
{
    QSet<QString> all;
    for (const Row &row : m_rows) {
        for (const QString &group : row.item.groups) {
            all.insert(group);
        }
    }
    QStringList out(all.cbegin(), all.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace balcony
