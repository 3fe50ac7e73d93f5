#include "AccountItemDelegate.h"

#include "FieldError.h"
#include "app/AccountListModel.h"

#include <QApplication>
#include <QPainter>

namespace balcony::ui {

namespace {

using Kind = app::AccountListModel::StatusKind;

QColor statusColor(Kind kind, const QStyleOptionViewItem &option)
{
    if (option.state & QStyle::State_Selected) {
        return option.palette.color(QPalette::HighlightedText);
    }
    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    switch (kind) {
    case Kind::Online:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Kind::Error:
        return QColor(option.widget ? errorColorName(option.widget) : QStringLiteral("#b00020"));
    case Kind::Connecting:
        return option.palette.color(QPalette::Text);
    case Kind::Offline:
    case Kind::Disabled:
        return option.palette.color(QPalette::PlaceholderText);
    }
    return option.palette.color(QPalette::Text);
}

} // namespace

QSize AccountItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int lines = 2 * option.fontMetrics.lineSpacing() + 8;
    size.setHeight(qMax(size.height(), lines));
    return size;
}

void AccountItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The name and check box as usual, in the upper line.
    QStyleOptionViewItem top = option;
    initStyleOption(&top, index);
    const int line = option.fontMetrics.lineSpacing();
    const QString status = index.data(app::AccountListModel::StatusRole).toString();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    // Background and selection over the whole row, then the two lines.
    QStyleOptionViewItem background = top;
    background.text.clear();
    background.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    QStyleOptionViewItem first = top;
    first.rect.setHeight(line + 6);
    first.state &= ~QStyle::State_HasFocus;
    first.backgroundBrush = Qt::NoBrush;
    first.showDecorationSelected = false;
    first.state &= ~QStyle::State_Selected;
    // The check box in its normal colours (its box is drawn in Base, so a check in HighlightedText would be white
    // on white in a light palette), the name in the selection's text colour.
    const QString name = first.text;
    first.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &first, painter, option.widget);
    first.text = name;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &first, option.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &first, option.widget) + 1;
    const QRect nameRect = textRect.adjusted(margin, 0, -margin, 0);
    painter->save();
    painter->setFont(first.font);
    painter->setPen(
        option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        first.fontMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->restore();
    // The status, aligned with the name's text.
    const QRect statusRect(nameRect.left(), first.rect.bottom(), option.rect.right() - nameRect.left() - 4, line + 2);
    painter->save();
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    painter->setPen(statusColor(static_cast<Kind>(index.data(app::AccountListModel::StatusKindRole).toInt()), option));
    painter->drawText(statusRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(font).elidedText(status, Qt::ElideRight, statusRect.width()));
    painter->restore();
}

} // namespace balcony::ui
