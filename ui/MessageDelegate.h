#pragma once

#include <QStyledItemDelegate>

namespace balcony::ui {

// The chat's plain message rows (MessageModel): a line with the sender, the time and, for our messages, the
// delivery state (queued, sent, acknowledged by the server, delivered, read, failed: why), a lock for
// encrypted messages, then the body wrapped to the view's width.
class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The words for an outgoing message's state (empty for incoming ones).
    static QString stateText(int state, const QString &errorText);
    // The header line of a row: who (`contactName` for the contact's messages), when, and the state.
    static QString headerText(const QModelIndex &index, const QString &contactName);
    // The name the contact's messages are shown with (the roster name); empty: their JID.
    void setContactName(const QString &name) { m_contactName = name; }

private:
    QString m_contactName;
};

} // namespace balcony::ui
