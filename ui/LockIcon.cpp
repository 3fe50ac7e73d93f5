#include "LockIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace balcony::ui {

void LockIcon::paint(QPainter *painter, const QRect &rect, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal w = rect.width();
    const qreal h = rect.height();
    // The shackle: an arch over the upper half; the body: a rounded block over the lower 55 %.
    QPen pen(color, qMax(1.2, w / 7.0));
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF shackle(rect.left() + w * 0.25, rect.top() + h * 0.05, w * 0.5, h * 0.6);
    painter->drawArc(shackle, 0, 180 * 16);
    painter->drawLine(QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), rect.top() + h * 0.5));
    painter->drawLine(QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), rect.top() + h * 0.5));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(QRectF(rect.left() + w * 0.12, rect.top() + h * 0.45, w * 0.76, h * 0.52), 1.5, 1.5);
    painter->restore();
}

} // namespace balcony::ui
