#include "ConnectionStateText.h"

#include <QCoreApplication>

namespace balcony::ui {

QString connectionStateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return QCoreApplication::translate("balcony", "Offline");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("balcony", "Connecting…");
    case ConnectionState::Securing:
        return QCoreApplication::translate("balcony", "Securing the connection…");
    case ConnectionState::Authenticating:
        return QCoreApplication::translate("balcony", "Signing in…");
    case ConnectionState::Binding:
        return QCoreApplication::translate("balcony", "Starting the session…");
    case ConnectionState::Connected:
        return QCoreApplication::translate("balcony", "Online");
    case ConnectionState::Disconnecting:
        return QCoreApplication::translate("balcony", "Signing out…");
    case ConnectionState::WaitingToReconnect:
        return QCoreApplication::translate("balcony", "Connection lost, retrying soon…");
    }
    return QString();
}

QColor connectionStateColor(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connected:
        return QColor(0x2e, 0x7d, 0x32);
    case ConnectionState::Disconnected:
        return QColor(0x75, 0x75, 0x75);
    case ConnectionState::WaitingToReconnect:
        return QColor(0xc6, 0x28, 0x28);
    default:
        return QColor(0xef, 0x8f, 0x00);
    }
}

} // namespace balcony::ui
