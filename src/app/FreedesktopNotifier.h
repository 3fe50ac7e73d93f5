#pragma once

#include "app/Notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QSet>
#include <QStringList>

class QDBusServiceWatcher;

namespace balcony::app {

// Notifications through the desktop's notification server: org.freedesktop.Notifications on the session bus
// (Desktop Notifications Specification 1.2), the way GNOME, KDE, XFCE and most others show them.
// - probe() asks GetCapabilities (which also starts a D-Bus-activatable server); until it answered the
//   backend is unavailable, and it follows the server going away and coming back (NameOwnerChanged).
// - Notify carries the actions "default" (a click on the body) and "open" ("Open"), the hints desktop-entry
//   (org.balcony.Balcony, so the server shows our name and icon), category, urgency normal and sound-name
//   "message-new-instant" or suppress-sound; where the server advertises "inline-reply" (KDE Plasma) the
//   action "inline-reply" with x-kde-reply-placeholder-text, answered by NotificationReplied.
// - Replacement per tag: a notification of a tag that is shown is sent with replaces_id = its id; one sent while
//   the previous Notify of that tag is still unanswered waits for that answer, so a chat never gets two.
// Every call is asynchronous: a slow or hung server never blocks the UI thread.
class FreedesktopNotifier : public Notifier {
    Q_OBJECT
public:
    static constexpr QStringView service = u"org.freedesktop.Notifications";
    static constexpr QStringView path = u"/org/freedesktop/Notifications";
    static constexpr QStringView interface = u"org.freedesktop.Notifications";
    static constexpr QStringView desktopEntry = u"org.balcony.Balcony";

    explicit FreedesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~FreedesktopNotifier() override;

    // Asks the server's capabilities; availabilityChanged() follows the answer.
    void probe();

    bool isAvailable() const override { return m_available; }
    bool supportsReply() const override;
    QStringList capabilities() const { return m_capabilities; }
    void show(const Notification &notification) override;
    void close(const QString &tag) override;

private Q_SLOTS:
    // The server's signals (connected by name through QtDBus).
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);
    void onReplied(uint id, const QString &text);

private:
    void setAvailable(bool available);
    void send(const Notification &notification);
    QString tagOf(uint id) const;

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher = nullptr;
    bool m_available = false;
    QStringList m_capabilities;
    QHash<QString, uint> m_ids; // tag -> the server's id of the shown notification
    QHash<QString, Notification> m_waiting; // tag -> the newest notification waiting for its Notify answer
    QSet<QString> m_inFlight; // tags whose Notify has not been answered
    QSet<QString> m_closeWhenAnswered; // close() came while the Notify was in flight
};

} // namespace balcony::app
