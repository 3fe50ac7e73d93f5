#pragma once

#include "core/Jid.h"
#include "muc/MucOccupant.h"

#include <QAbstractListModel>
#include <QHash>

#include <memory>
#include <vector>

namespace balcony {

class MucManager;

// The occupants of one room (XEP-0045 §5: roles and affiliations) as a flat list for the room's occupant pane,
// sorted by role (moderators first, then participants, visitors) and then by nick (case-insensitively).
//
// Fed by MucManager's occupant signals with fine-grained changes: a presence that changes an occupant's data
// is one dataChanged() on its row; a role change moves it (remove + insert); an entering occupant is one insert.
// Rows are found by binary search (O(log n)) and the row array holds pointers, so an insert or remove moves
// pointers only; a reset happens only when the whole list goes (occupantsCleared: we left or enter again).
// The list is as bounded as MucManager's (maxOccupants() per room).
class RoomOccupantsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        NickRole = Qt::UserRole + 1,
        RoleRole, // MucRole as int
        AffiliationRole, // MucAffiliation as int
        RealJidRole, // QString, empty when the room does not show it
        ShowRole, // Presence::Show as int
        StatusRole,
    };

    RoomOccupantsModel(MucManager &muc, const Jid &room, QObject *parent = nullptr);
    ~RoomOccupantsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of `nick`, -1 if it is not listed.
    int rowOf(const QString &nick) const;
    const Jid &room() const { return m_room; }

private:
    struct Row {
        MucOccupant occupant;
        int rank = 0; // role order: 0 = moderator
        QString folded; // the nick case-folded, the sort key after the rank
    };
    // Whether `row` sorts before the key (rank, folded, nick).
    static bool before(const Row &row, int rank, const QString &folded, const QString &nick);
    // The first row not sorting before (rank, nick).
    int lowerBound(int rank, const QString &folded, const QString &nick) const;
    void onChanged(const Jid &room, const MucOccupant &occupant);
    void onRemoved(const Jid &room, const QString &nick);
    void onCleared(const Jid &room);
    void insertRow(const MucOccupant &occupant);

    Jid m_room;
    std::vector<std::unique_ptr<Row>> m_rows;
    QHash<QString, int> m_rankOf; // nick -> rank of its row: finds the row by binary search
};

} // namespace balcony
