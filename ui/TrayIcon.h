#pragma once

#include "PresenceStyle.h"

#include <QIcon>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace balcony::ui {

// The system tray entry (kept out of the main window, as qBittorrent's DesktopIntegration does): the app icon
// with the number of unread messages drawn on it and in the tooltip, a click to show or hide the window, and a
// menu with Open, the user's status and Quit. Exists only where QSystemTrayIcon::isSystemTrayAvailable().
class TrayIcon : public QObject {
    Q_OBJECT
public:
    explicit TrayIcon(const QIcon &appIcon, QObject *parent = nullptr);
    ~TrayIcon() override;

    void setUnreadCount(int unread);
    int unreadCount() const { return m_unread; }
    void setStatus(PresenceStyle::Choice status);
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    // The icon itself (the notifications' balloon fallback shows its messages there).
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    // The icon as drawn for `unread` (the badge on the app icon), for the tray and the tests.
    static QIcon iconWithBadge(const QIcon &appIcon, int unread);

Q_SIGNALS:
    void activated(); // clicked: show or hide the window
    void openRequested();
    void statusChosen(balcony::ui::PresenceStyle::Choice status);
    void quitRequested();

private:
    void update();

    QIcon m_appIcon;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QList<QAction *> m_statusActions;
    int m_unread = 0;
    PresenceStyle::Choice m_status = PresenceStyle::Choice::Offline;
};

} // namespace balcony::ui
