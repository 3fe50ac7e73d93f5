#include "Avatar.h"

#include <QCryptographicHash>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QRect>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace balcony::ui {

QColor Avatar::colorFor(const QString &jid)
{
    const QByteArray hash = QCryptographicHash::hash(jid.toUtf8(), QCryptographicHash::Sha1);
    const quint16 angle = quint16(quint8(hash.at(0))) | quint16(quint16(quint8(hash.at(1))) << 8);
    return QColor::fromHslF(float(angle) / 65536.0f, 0.55f, 0.42f);
}

QString Avatar::initials(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString letters;
    for (const QString &word : words) {
        // The first letter (a surrogate pair counts as one), skipping punctuation such as "(" or "@".
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (word.at(i).isLetterOrNumber() || word.at(i).isHighSurrogate()) {
                letters += word.at(i).isHighSurrogate() && i + 1 < word.size() ? word.mid(i, 2) : word.mid(i, 1);
                break;
            }
        }
        if (letters.size() >= 2) {
            break;
        }
    }
    return letters.isEmpty() ? QStringLiteral("?") : letters.toUpper();
}

namespace {

// The initials on the colour of `jid`, on a disc (people) or a rounded square (rooms).
void paintInitials(QPainter *painter, const QRect &rect, const QString &name, const QString &jid, bool square)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Avatar::colorFor(jid));
    if (square) {
        const qreal radius = rect.width() / 4.0;
        painter->drawRoundedRect(rect, radius, radius);
    } else {
        painter->drawEllipse(rect);
    }
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(qMax(8, rect.height() * 2 / 5));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, Avatar::initials(name));
    painter->restore();
}

} // namespace

void Avatar::paint(QPainter *painter, const QRect &rect, const QString &name, const QString &jid)
{
    paintInitials(painter, rect, name, jid, false);
}

void Avatar::paintRoom(QPainter *painter, const QRect &rect, const QString &name, const QString &jid)
{
    paintInitials(painter, rect, name, jid, true);
}

void Avatar::paint(QPainter *painter, const QRect &rect, const QString &name, const QString &jid, const QImage &image)
{
    if (image.isNull()) {
        paint(painter, rect, name, jid);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath disc;
    disc.addEllipse(QRectF(rect));
    painter->setClipPath(disc);
    // Cropped to a centred square (a wide picture loses its sides, as other clients show it).
    const int side = std::min(image.width(), image.height());
    const QRect source((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    painter->drawImage(rect, image, source);
    painter->restore();
}

namespace {

// A transparent square pixmap of `size` device-independent pixels with `draw` painting into it.
QPixmap squarePixmap(int size, qreal devicePixelRatio, const std::function<void(QPainter *, const QRect &)> &draw)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    draw(&painter, QRect(0, 0, size, size));
    return pixmap;
}

} // namespace

QPixmap Avatar::pixmap(int size, qreal devicePixelRatio, const QString &name, const QString &jid, const QImage &image)
{
    return squarePixmap(
        size, devicePixelRatio, [&](QPainter *painter, const QRect &rect) { paint(painter, rect, name, jid, image); });
}

QPixmap Avatar::roomPixmap(int size, qreal devicePixelRatio, const QString &name, const QString &jid)
{
    return squarePixmap(
        size, devicePixelRatio, [&](QPainter *painter, const QRect &rect) { paintRoom(painter, rect, name, jid); });
}

} // namespace balcony::ui
