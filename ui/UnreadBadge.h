#pragma once

#include <QRect>
#include <QString>

class QFont;

class QPainter;
class QPalette;

namespace balcony::ui {

// The rounded "unread messages" count drawn at the right of roster and conversation rows and on the tray icon.
class UnreadBadge {
public:
    // The badge's rectangle for `count`, its right edge at `right`, vertically centred on `centerY`.
    static QRect rect(const QFont &font, int count, int right, int centerY);
    // Paints it; nothing for count <= 0.
    static void paint(QPainter *painter, const QRect &rect, int count, const QPalette &palette);
    // "999+" above 999, so the badge keeps a bounded width.
    static QString text(int count);
};

} // namespace balcony::ui
