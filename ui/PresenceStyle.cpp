#include "PresenceStyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace balcony::ui {

QList<PresenceStyle::Choice> PresenceStyle::choices()
{
    return { Choice::Available, Choice::Chat, Choice::Away, Choice::Xa, Choice::Dnd, Choice::Offline };
}

Presence::Show PresenceStyle::show(Choice choice)
{
    switch (choice) {
    case Choice::Chat:
        return Presence::Show::Chat;
    case Choice::Away:
        return Presence::Show::Away;
    case Choice::Xa:
        return Presence::Show::Xa;
    case Choice::Dnd:
        return Presence::Show::Dnd;
    case Choice::Available:
    case Choice::Offline:
        break;
    }
    return Presence::Show::None;
}

PresenceStyle::Choice PresenceStyle::choiceFor(Presence::Show show)
{
    switch (show) {
    case Presence::Show::Chat:
        return Choice::Chat;
    case Presence::Show::Away:
        return Choice::Away;
    case Presence::Show::Xa:
        return Choice::Xa;
    case Presence::Show::Dnd:
        return Choice::Dnd;
    case Presence::Show::None:
        break;
    }
    return Choice::Available;
}

QString PresenceStyle::text(Choice choice)
{
    return choice == Choice::Offline ? text(PresenceManager::Availability::Offline) : text(show(choice));
}

QIcon PresenceStyle::icon(Choice choice)
{
    return choice == Choice::Offline ? icon(PresenceManager::Availability::Offline) : icon(show(choice));
}

QString PresenceStyle::text(PresenceManager::Availability availability)
{
    switch (availability) {
    case PresenceManager::Availability::Chat:
        return QCoreApplication::translate("PresenceStyle", "Free for chat");
    case PresenceManager::Availability::Online:
        return QCoreApplication::translate("PresenceStyle", "Available");
    case PresenceManager::Availability::Away:
        return QCoreApplication::translate("PresenceStyle", "Away");
    case PresenceManager::Availability::Xa:
        return QCoreApplication::translate("PresenceStyle", "Extended away");
    case PresenceManager::Availability::Dnd:
        return QCoreApplication::translate("PresenceStyle", "Do not disturb");
    case PresenceManager::Availability::Offline:
        break;
    }
    return QCoreApplication::translate("PresenceStyle", "Offline");
}

QString PresenceStyle::text(Presence::Show show)
{
    return text(PresenceManager::availabilityOf(show));
}

QColor PresenceStyle::color(PresenceManager::Availability availability)
{
    // Mid-tone colours: visible on light and dark backgrounds alike.
    switch (availability) {
    case PresenceManager::Availability::Chat:
        return QColor(0x2e, 0xa0, 0x43);
    case PresenceManager::Availability::Online:
        return QColor(0x3f, 0xb9, 0x50);
    case PresenceManager::Availability::Away:
        return QColor(0xe3, 0xa0, 0x08);
    case PresenceManager::Availability::Xa:
        return QColor(0xd1, 0x6d, 0x1e);
    case PresenceManager::Availability::Dnd:
        return QColor(0xda, 0x36, 0x33);
    case PresenceManager::Availability::Offline:
        break;
    }
    return QColor(0x8b, 0x94, 0x9e);
}

QIcon PresenceStyle::icon(PresenceManager::Availability availability)
{
    QIcon icon;
    for (const int size : { 16, 24, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(availability));
        const qreal margin = size / 4.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace balcony::ui
