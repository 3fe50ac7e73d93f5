#pragma once

#include <QIdentityProxyModel>
#include <QStyledItemDelegate>

namespace balcony::ui {

// Paints one row of a RoomOccupantsModel in a room's occupant pane: a presence dot, the nick in its XEP-0392
// colour (bold for moderators) and, dimmed on the right, what the occupant is in the room (owner, admin,
// moderator, member, visitor). The whole line is the row's accessible text and tooltip (with the status).
class OccupantDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // What the occupant is in the room, in words: "owner", "admin", "moderator", "visitor" on the row; `full` for
    // the description, with "member" and what a visitor cannot do. Empty for a plain participant.
    static QString standingText(const QModelIndex &index, bool full = false);
    // The line a screen reader reads and the tooltip shows: nick, standing, presence and status.
    static QString describe(const QModelIndex &index);
};

// A RoomOccupantsModel as the occupant list shows it: each row's accessible text is the whole line
// (OccupantDelegate::describe()), so a screen reader says who it is and what they are in the room.
class OccupantAccessibleModel : public QIdentityProxyModel {
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace balcony::ui
