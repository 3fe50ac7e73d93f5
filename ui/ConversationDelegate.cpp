#include "ConversationDelegate.h"

#include "Avatar.h"
#include "LockIcon.h"
#include "UnreadBadge.h"
#include "models/ConversationListModel.h"
#include "storage/StoredMessage.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace balcony::ui {

namespace {

constexpr int Margin = 6;
constexpr int AvatarSize = 36;

QColor mixed(const QColor &a, const QColor &b)
{
    return QColor::fromRgbF(
        (a.redF() * 3 + b.redF() * 2) / 5, (a.greenF() * 3 + b.greenF() * 2) / 5, (a.blueF() * 3 + b.blueF() * 2) / 5);
}

} // namespace

QString ConversationDelegate::shortTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid()) {
        return QString();
    }
    const QDateTime local = time.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QLocale locale;
    if (local.date() == today) {
        return locale.toString(local.time(), QLocale::ShortFormat);
    }
    if (local.date() == today.addDays(-1)) {
        return QApplication::translate("ConversationDelegate", "Yesterday");
    }
    if (local.date() > today.addDays(-7)) {
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    }
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return QSize(220, qMax(AvatarSize, metrics.height() * 2 + 4) + 2 * Margin);
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected ? text : mixed(text, option.palette.color(QPalette::Base));
    const QString name = index.data(Qt::DisplayRole).toString();
    const QString jid = index.data(ConversationListModel::JidStringRole).toString();
    const int unread = index.data(ConversationListModel::UnreadCountRole).toInt();
    const auto direction = MessageDirection(index.data(ConversationListModel::LastDirectionRole).toInt());
    const auto state = MessageState(index.data(ConversationListModel::LastStateRole).toInt());
    const bool encrypted = index.data(ConversationListModel::LastEncryptionRole).toInt() != 0;
    QString snippet = index.data(ConversationListModel::LastBodyRole).toString().simplified();
    const bool room = index.data(ConversationListModel::IsRoomRole).toBool();
    if (direction == MessageDirection::Outgoing) {
        snippet = (state == MessageState::Failed ? QApplication::translate("ConversationDelegate", "Not sent: %1")
                                                 : QApplication::translate("ConversationDelegate", "You: %1"))
                      .arg(snippet);
    } else if (const QString nick = index.data(ConversationListModel::LastSenderNickRole).toString();
               room && !nick.isEmpty()) {
        // In a room, who said it ("nick: text").
        snippet = QApplication::translate("ConversationDelegate", "%1: %2").arg(nick, snippet);
    }

    painter->save();
    const QRect avatar(option.rect.left() + Margin, option.rect.center().y() - AvatarSize / 2, AvatarSize, AvatarSize);
    if (room) {
        Avatar::paintRoom(painter, avatar, name, jid);
    } else {
        Avatar::paint(painter, avatar, name, jid, index.data(ConversationListModel::AvatarRole).value<QImage>());
    }

    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height();
    const int left = avatar.right() + Margin + 2;
    const int right = option.rect.right() - Margin;
    const int top = option.rect.center().y() - lineHeight - 1;

    const QString when
        = shortTime(index.data(ConversationListModel::LastTimeRole).toDateTime(), QDateTime::currentDateTime());
    const int whenWidth = metrics.horizontalAdvance(when);
    painter->setPen(secondary);
    painter->drawText(QRect(right - whenWidth, top, whenWidth, lineHeight), Qt::AlignRight | Qt::AlignVCenter, when);

    QFont nameFont = option.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(text);
    const QRect nameRect(left, top, right - whenWidth - Margin - left, lineHeight);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameRect.width()));

    const int secondTop = top + lineHeight + 2;
    const QRect badge = UnreadBadge::rect(option.font, unread, right, secondTop + lineHeight / 2);
    UnreadBadge::paint(painter, badge, unread, option.palette);
    int snippetLeft = left;
    if (encrypted) {
        const int lock = lineHeight * 3 / 4;
        LockIcon::paint(painter, QRect(left, secondTop + (lineHeight - lock) / 2, lock, lock), secondary);
        snippetLeft += lock + 4;
    }
    painter->setFont(option.font);
    painter->setPen(state == MessageState::Failed && !selected ? QColor(0xda, 0x36, 0x33) : secondary);
    const int snippetRight = (badge.isValid() ? badge.left() - Margin : right);
    const QRect snippetRect(snippetLeft, secondTop, snippetRight - snippetLeft, lineHeight);
    painter->drawText(snippetRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(snippet, Qt::ElideRight, snippetRect.width()));
    painter->restore();
}

} // namespace balcony::ui
