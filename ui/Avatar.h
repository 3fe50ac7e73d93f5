#pragma once

#include <QColor>
#include <QImage>
#include <QString>

class QPainter;
class QRect;

namespace balcony::ui {

// Avatar placeholders: the initials of a name on a disc whose colour is derived from the JID, so a contact has
// the same colour in the roster, the conversation list and the chat (and in other clients that follow
// XEP-0392).
class Avatar {
public:
    // XEP-0392 §5.1: the hue angle from the first two bytes (little endian) of SHA-1 over the UTF-8 JID. The
    // saturation and lightness are fixed here (not HSLuv, §5.2) so white initials stay readable on every hue.
    static QColor colorFor(const QString &jid);
    // One or two letters: the first letters of the first two words, else the first letter; "?" for nothing.
    static QString initials(const QString &name);
    // The disc with the initials in `rect` (a square).
    static void paint(QPainter *painter, const QRect &rect, const QString &name, const QString &jid);
    // A group chat room: the same colour and initials on a rounded square, so rooms and people differ at a glance
    // (as in Conversations and Dino).
    static void paintRoom(QPainter *painter, const QRect &rect, const QString &name, const QString &jid);
    // The contact's picture (XEP-0084/0153) cropped to a disc in `rect`; the initials when `image` is null.
    static void paint(
        QPainter *painter, const QRect &rect, const QString &name, const QString &jid, const QImage &image);
    // The same as a pixmap of `size` device-independent pixels for `devicePixelRatio` (a label's picture).
    static QPixmap pixmap(
        int size, qreal devicePixelRatio, const QString &name, const QString &jid, const QImage &image);
    // A room's square (paintRoom()) as such a pixmap.
    static QPixmap roomPixmap(int size, qreal devicePixelRatio, const QString &name, const QString &jid);
};

} // namespace balcony::ui
