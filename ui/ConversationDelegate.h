#pragma once

#include <QStyledItemDelegate>

namespace balcony::ui {

// Paints the conversation list (MergedConversationModel rows): avatar placeholder, name, the time of the last
// message (today: the time; this week: the day; else the date), the last message on one line ("You: " for
// ours, a lock when it was encrypted, "Failed" when it could not be sent) and the unread badge.
class ConversationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The short form of a message time as the list shows it, relative to `now`.
    static QString shortTime(const QDateTime &time, const QDateTime &now);
};

} // namespace balcony::ui
