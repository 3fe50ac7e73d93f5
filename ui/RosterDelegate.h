#pragma once

#include <QStyledItemDelegate>

namespace balcony::ui {

// Paints ContactTreeModel rows: accounts and groups as headers with "available/total", contacts with an
// avatar placeholder (initials, XEP-0392 colour), a presence dot, the name, the status text (or the presence
// in words) and an unread badge.
class RosterDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintContact(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace balcony::ui
