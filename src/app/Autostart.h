#pragma once

#include <QString>

namespace balcony::app {

// "Start on login": the XDG Autostart entry (freedesktop.org Desktop Application Autostart Specification),
// $XDG_CONFIG_HOME/autostart/org.balcony.Balcony.desktop, which desktop sessions run at login. It starts
// Balcony hidden in the tray (--minimized) with the same --profile-root as the running app, so a portable
// setup starts the same profile. The entry exists exactly while the setting is on: the file is the setting.
class Autostart {
public:
    // `executable`: the absolute path of the program to start (the running binary); `profileRoot`: empty
    // for the standard location.
    Autostart(QString executable, QString profileRoot);

    static QString entryPath();

    bool isEnabled() const;
    // Writes (atomically) or removes the entry. False with errorString() when the file cannot be written or
    // removed; disabling an absent entry succeeds.
    bool setEnabled(bool enabled);
    QString errorString() const { return m_error; }

    // The entry's contents (Desktop Entry Specification 1.5).
    QString entryText() const;

private:
    QString m_executable;
    QString m_profileRoot;
    QString m_error;
};

} // namespace balcony::app
