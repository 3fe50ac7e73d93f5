#include "OccupantDelegate.h"

#include "ChatHeader.h"
#include "MessageDelegate.h"
#include "core/Stanza.h"
#include "models/RoomOccupantsModel.h"
#include "muc/MucOccupant.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

constexpr int margin = 6;

PresenceManager::Availability availabilityOf(const QModelIndex &index)
{
    return PresenceManager::availabilityOf(Presence::Show(index.data(RoomOccupantsModel::ShowRole).toInt()));
}

} // namespace

QString OccupantDelegate::standingText(const QModelIndex &index, bool full)
{
    // The affiliation lasts and says more (an owner is also a moderator); the role otherwise.
    switch (MucAffiliation(index.data(RoomOccupantsModel::AffiliationRole).toInt())) {
    case MucAffiliation::Owner:
        return tr("owner");
    case MucAffiliation::Admin:
        return tr("admin");
    default:
        break;
    }
    switch (MucRole(index.data(RoomOccupantsModel::RoleRole).toInt())) {
    case MucRole::Moderator:
        return tr("moderator");
    case MucRole::Visitor:
        return full ? tr("visitor (cannot speak)") : tr("visitor");
    default:
        break;
    }
    // Most occupants of a members-only room are members: the row stays quiet, the description says it.
    if (full && MucAffiliation(index.data(RoomOccupantsModel::AffiliationRole).toInt()) == MucAffiliation::Member) {
        return tr("member");
    }
    return QString();
}

QString OccupantDelegate::describe(const QModelIndex &index)
{
    QStringList parts { index.data(RoomOccupantsModel::NickRole).toString() };
    const QString standing = standingText(index, true);
    if (!standing.isEmpty()) {
        parts.append(standing);
    }
    parts.append(ChatHeader::availabilityText(availabilityOf(index)));
    const QString status = index.data(RoomOccupantsModel::StatusRole).toString().simplified();
    if (!status.isEmpty()) {
        parts.append(status);
    }
    const QString realJid = index.data(RoomOccupantsModel::RealJidRole).toString();
    if (!realJid.isEmpty()) {
        parts.append(realJid);
    }
    return parts.join(u", "_s);
}

void OccupantDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = option.palette;
    const QString nick = index.data(RoomOccupantsModel::NickRole).toString();
    const QString standing = standingText(index);
    const bool moderator = MucRole(index.data(RoomOccupantsModel::RoleRole).toInt()) == MucRole::Moderator;
    const bool visitor = MucRole(index.data(RoomOccupantsModel::RoleRole).toInt()) == MucRole::Visitor;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(option.font);
    const int dot = metrics.height() / 2;
    const QRect dotRect(option.rect.left() + margin, option.rect.center().y() - dot / 2, dot, dot);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ChatHeader::availabilityColor(availabilityOf(index)));
    painter->drawEllipse(dotRect);

    const int left = dotRect.right() + margin;
    int right = option.rect.right() - margin;
    const QColor dim = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::PlaceholderText);
    QFont small = option.font;
    if (small.pointSizeF() > 0) {
        small.setPointSizeF(small.pointSizeF() * 0.85);
    }
    if (!standing.isEmpty()) {
        const QFontMetrics smallMetrics(small);
        const int width = qMin(smallMetrics.horizontalAdvance(standing), (right - left) / 2);
        painter->setFont(small);
        painter->setPen(dim);
        painter->drawText(QRect(right - width, option.rect.top(), width, option.rect.height()),
            Qt::AlignRight | Qt::AlignVCenter, smallMetrics.elidedText(standing, Qt::ElideRight, width));
        right -= width + margin;
    }
    QFont nickFont = option.font;
    nickFont.setBold(moderator);
    nickFont.setItalic(visitor);
    painter->setFont(nickFont);
    painter->setPen(selected ? palette.color(QPalette::HighlightedText) : MessageDelegate::nameColor(nick, palette));
    const QRect nickRect(left, option.rect.top(), right - left, option.rect.height());
    painter->drawText(nickRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(nickFont).elidedText(nick, Qt::ElideRight, nickRect.width()));
    painter->restore();
}

QSize OccupantDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return { metrics.averageCharWidth() * 16, metrics.height() + 8 };
}

bool OccupantDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        QToolTip::showText(event->globalPos(), describe(index), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QVariant OccupantAccessibleModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::AccessibleTextRole && index.isValid()) {
        return OccupantDelegate::describe(mapToSource(index));
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace balcony::ui
