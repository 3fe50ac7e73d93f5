#include "RosterDelegate.h"

#include "Avatar.h"
#include "PresenceStyle.h"
#include "UnreadBadge.h"
#include "models/ContactTreeModel.h"
#include "models/RosterModel.h"

#include <QApplication>
#include <QPainter>

namespace balcony::ui {

namespace {

constexpr int Margin = 6;
constexpr int AvatarSize = 32;

ContactTreeModel::Kind kindOf(const QModelIndex &index)
{
    return ContactTreeModel::Kind(index.data(ContactTreeModel::KindRole).toInt());
}

QColor secondaryText(const QStyleOptionViewItem &option, bool selected)
{
    if (selected) {
        return option.palette.color(QPalette::HighlightedText);
    }
    // PlaceholderText follows the palette (Fusion's dark palettes set it); mixing keeps it readable otherwise.
    QColor text = option.palette.color(QPalette::Text);
    const QColor base = option.palette.color(QPalette::Base);
    return QColor::fromRgbF((text.redF() * 3 + base.redF() * 2) / 5, (text.greenF() * 3 + base.greenF() * 2) / 5,
        (text.blueF() * 3 + base.blueF() * 2) / 5);
}

} // namespace

QSize RosterDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    if (kindOf(index) == ContactTreeModel::Kind::Contact) {
        return QSize(200, qMax(AvatarSize, metrics.height() * 2 + 2) + 2 * Margin);
    }
    return QSize(200, metrics.height() + 2 * Margin);
}

void RosterDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The background and selection as the style draws them, without the text (drawn below).
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (kindOf(index) == ContactTreeModel::Kind::Contact) {
        paintContact(painter, option, index);
    } else {
        paintHeader(painter, option, index);
    }
}

void RosterDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    painter->save();
    QFont font = option.font;
    font.setBold(true);
    if (kindOf(index) == ContactTreeModel::Kind::Account) {
        font.setPointSizeF(font.pointSizeF() * 1.1);
    }
    painter->setFont(font);
    const QRect area = option.rect.adjusted(Margin, 0, -Margin, 0);
    const QString counts = QStringLiteral("%1/%2")
                               .arg(index.data(ContactTreeModel::AvailableCountRole).toInt())
                               .arg(index.data(ContactTreeModel::TotalCountRole).toInt());
    const QFontMetrics metrics(font);
    const int countsWidth = metrics.horizontalAdvance(counts);
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : option.palette.color(QPalette::Text));
    const QString name = metrics.elidedText(
        index.data(Qt::DisplayRole).toString(), Qt::ElideRight, area.width() - countsWidth - Margin);
    painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft, name);
    painter->setFont(option.font);
    painter->setPen(secondaryText(option, selected));
    painter->drawText(area, Qt::AlignVCenter | Qt::AlignRight, counts);
    painter->restore();
}

void RosterDelegate::paintContact(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QString name = index.data(Qt::DisplayRole).toString();
    const QString jid = index.data(RosterModel::JidStringRole).toString();
    const auto availability = PresenceManager::Availability(index.data(RosterModel::AvailabilityRole).toInt());
    const int unread = index.data(RosterModel::UnreadCountRole).toInt();
    QString status = index.data(RosterModel::StatusTextRole).toString().simplified();
    if (status.isEmpty()) {
        status = PresenceStyle::text(availability);
    }

    painter->save();
    const QRect avatar(option.rect.left() + Margin, option.rect.center().y() - AvatarSize / 2, AvatarSize, AvatarSize);
    Avatar::paint(painter, avatar, name, jid, index.data(RosterModel::AvatarRole).value<QImage>());
    // The presence dot on the avatar's lower right, ringed with the background so it reads on any avatar colour.
    const int dot = AvatarSize / 3;
    const QRect dotRect(avatar.right() - dot + 2, avatar.bottom() - dot + 2, dot, dot);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(option.palette.color(selected ? QPalette::Highlight : QPalette::Base), 2));
    painter->setBrush(PresenceStyle::color(availability));
    painter->drawEllipse(dotRect);

    const QRect badge = UnreadBadge::rect(option.font, unread, option.rect.right() - Margin, option.rect.center().y());
    UnreadBadge::paint(painter, badge, unread, option.palette);

    const int textLeft = avatar.right() + Margin + 2;
    const int textRight = (badge.isValid() ? badge.left() : option.rect.right()) - Margin;
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height();
    const int top = option.rect.center().y() - lineHeight;
    QFont nameFont = option.font;
    nameFont.setBold(unread > 0);
    painter->setFont(nameFont);
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : option.palette.color(QPalette::Text));
    const QRect nameRect(textLeft, top, textRight - textLeft, lineHeight);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->setFont(option.font);
    painter->setPen(secondaryText(option, selected));
    const QRect statusRect(textLeft, top + lineHeight + 1, textRight - textLeft, lineHeight);
    painter->drawText(
        statusRect, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(status, Qt::ElideRight, statusRect.width()));
    painter->restore();
}

} // namespace balcony::ui
