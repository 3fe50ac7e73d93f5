#include "RoomOccupantsModel.h"

#include "muc/MucManager.h"

#include <algorithm>

namespace balcony {

RoomOccupantsModel::RoomOccupantsModel(MucManager &muc, const Jid &room, QObject *parent)
    : QAbstractListModel(parent)
    , m_room(room.bare())
{
    const QList<MucOccupant> occupants = muc.occupants(m_room);
    m_rows.reserve(occupants.size());
    for (const MucOccupant &occupant : occupants) {
        auto row = std::make_unique<Row>();
        row->occupant = occupant;
        row->rank = MucOccupant::roleRank(occupant.role);
        row->folded = occupant.nick.toCaseFolded();
        m_rankOf.insert(occupant.nick, row->rank);
        m_rows.push_back(std::move(row));
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const std::unique_ptr<Row> &a, const std::unique_ptr<Row> &b) {
        return before(*a, b->rank, b->folded, b->occupant.nick);
    });
    connect(&muc, &MucManager::occupantChanged, this, &RoomOccupantsModel::onChanged);
    connect(&muc, &MucManager::occupantRemoved, this, &RoomOccupantsModel::onRemoved);
    connect(&muc, &MucManager::occupantsCleared, this, &RoomOccupantsModel::onCleared);
}

RoomOccupantsModel::~RoomOccupantsModel() = default;

bool RoomOccupantsModel::before(const Row &a, int rank, const QString &folded, const QString &nick)
{
    if (a.rank != rank) {
        return a.rank < rank;
    }
    if (const int c = a.folded.compare(folded); c != 0) {
        return c < 0;
    }
    return a.occupant.nick < nick; // nicks that fold alike ("Bob", "bob") in a stable order
}

int RoomOccupantsModel::lowerBound(int rank, const QString &folded, const QString &nick) const
{
    const auto it = std::partition_point(m_rows.begin(), m_rows.end(),
        [&](const std::unique_ptr<Row> &row) { return before(*row, rank, folded, nick); });
    return int(it - m_rows.begin());
}

int RoomOccupantsModel::rowOf(const QString &nick) const
{
    const auto rank = m_rankOf.constFind(nick);
    if (rank == m_rankOf.cend()) {
        return -1;
    }
    const int row = lowerBound(*rank, nick.toCaseFolded(), nick);
    return row < int(m_rows.size()) && m_rows[size_t(row)]->occupant.nick == nick ? row : -1;
}

int RoomOccupantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RoomOccupantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MucOccupant &o = m_rows[size_t(index.row())]->occupant;
    switch (role) {
    case Qt::DisplayRole:
    case NickRole:
        return o.nick;
    case RoleRole:
        return int(o.role);
    case AffiliationRole:
        return int(o.affiliation);
    case RealJidRole:
        return o.realJid.isNull() ? QString() : o.realJid.toString();
    case ShowRole:
        return int(o.show);
    case StatusRole:
        return o.status;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> RoomOccupantsModel::roleNames() const
{
    return {
        { NickRole, "nick" },
        { RoleRole, "role" },
        { AffiliationRole, "affiliation" },
        { RealJidRole, "realJid" },
        { ShowRole, "show" },
        { StatusRole, "status" },
    };
}

void RoomOccupantsModel::insertRow(const MucOccupant &occupant)
{
    auto row = std::make_unique<Row>();
    row->occupant = occupant;
    row->rank = MucOccupant::roleRank(occupant.role);
    row->folded = occupant.nick.toCaseFolded();
    const int at = lowerBound(row->rank, row->folded, occupant.nick);
    beginInsertRows({}, at, at);
    m_rankOf.insert(occupant.nick, row->rank);
    m_rows.insert(m_rows.begin() + at, std::move(row));
    endInsertRows();
}

void RoomOccupantsModel::onChanged(const Jid &room, const MucOccupant &occupant)
{
    if (room != m_room) {
        return;
    }
    const int row = rowOf(occupant.nick);
    if (row < 0) {
        insertRow(occupant);
        return;
    }
    Row &current = *m_rows[size_t(row)];
    if (current.rank == MucOccupant::roleRank(occupant.role)) {
        current.occupant = occupant;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    // Another role: another place in the list.
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    m_rankOf.remove(occupant.nick);
    endRemoveRows();
    insertRow(occupant);
}

void RoomOccupantsModel::onRemoved(const Jid &room, const QString &nick)
{
    if (room != m_room) {
        return;
    }
    const int row = rowOf(nick);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    m_rankOf.remove(nick);
    endRemoveRows();
}

void RoomOccupantsModel::onCleared(const Jid &room)
{
    if (room != m_room || m_rows.empty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_rankOf.clear();
    endResetModel();
}

} // namespace balcony
