#pragma once

#include <QColor>
#include <QRect>

class QPainter;

namespace balcony::ui {

// A small padlock drawn with the painter (the icon theme may have none): marks encrypted messages.
class LockIcon {
public:
    static void paint(QPainter *painter, const QRect &rect, const QColor &color);
};

} // namespace balcony::ui
