#pragma once

#include <QStyledItemDelegate>

namespace balcony::ui {

// An account row in two lines: the name (with the enabled check box), and under it the status in words
// (AccountListModel::StatusRole) in a colour for its kind: the palette's placeholder colour when offline or
// disabled, green when online, the error colour for an error.
class AccountItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace balcony::ui
