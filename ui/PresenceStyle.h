#pragma once

#include "core/Stanza.h"
#include "im/PresenceManager.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

namespace balcony::ui {

// The words, colours and icons for presence (RFC 6121 §4.7.2.1 <show/> values and offline), the same in the
// roster, the status selector and the tray.
class PresenceStyle {
public:
    // What the user can choose for themselves, in menu order.
    enum class Choice { Available, Chat, Away, Xa, Dnd, Offline };
    static QList<Choice> choices();
    static QString text(Choice choice);
    static QIcon icon(Choice choice);
    // The <show/> for a choice (Offline: none; the window signs out instead).
    static Presence::Show show(Choice choice);
    static Choice choiceFor(Presence::Show show);

    static QString text(PresenceManager::Availability availability);
    static QString text(Presence::Show show);
    static QColor color(PresenceManager::Availability availability);
    // A round dot of the colour, for menus and the status selector.
    static QIcon icon(PresenceManager::Availability availability);
    static QIcon icon(Presence::Show show) { return icon(PresenceManager::availabilityOf(show)); }
};

} // namespace balcony::ui
