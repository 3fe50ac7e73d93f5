#include "UnreadBadge.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

namespace balcony::ui {

QString UnreadBadge::text(int count)
{
    return count > 999 ? QStringLiteral("999+") : QString::number(count);
}

QRect UnreadBadge::rect(const QFont &font, int count, int right, int centerY)
{
    if (count <= 0) {
        return {};
    }
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int height = metrics.height() + 2;
    const int width = qMax(height, metrics.horizontalAdvance(text(count)) + height / 2 + 2);
    return QRect(right - width, centerY - height / 2, width, height);
}

void UnreadBadge::paint(QPainter *painter, const QRect &rect, int count, const QPalette &palette)
{
    if (count <= 0 || rect.isEmpty()) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::Active, QPalette::Highlight));
    painter->drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
    QFont bold = painter->font();
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Active, QPalette::HighlightedText));
    painter->drawText(rect, Qt::AlignCenter, text(count));
    painter->restore();
}

} // namespace balcony::ui
