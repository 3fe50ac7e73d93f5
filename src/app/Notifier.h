#pragma once

#include <QObject>
#include <QString>

namespace balcony::app {

// What a notification says, whatever shows it.
struct Notification {
    // Groups notifications: showing one with the same tag replaces the earlier one (one per chat), and the
    // Notifier's signals name it.
    QString tag;
    QString title; // the sender, or what happened
    QString body; // plain text (a backend escapes what its server would read as markup)
    // freedesktop Desktop Notifications §Categories ("im.received", "presence.online", ...).
    QString category;
    bool sound = true; // the server's own sound for the category; false asks for silence
    bool replyable = false; // offer an inline reply where the backend can
    // An image file shown with it where the backend can (the contact's avatar: freedesktop "image-path").
    QString imagePath;
};

// One way to show notifications (the freedesktop server over D-Bus; the tray icon's balloon). NotificationCenter
// decides what to show and uses the first available backend.
class Notifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Whether show() can work now.
    virtual bool isAvailable() const = 0;
    virtual bool supportsReply() const = 0;
    // Shows `notification`, replacing the shown one with the same tag.
    virtual void show(const Notification &notification) = 0;
    // Removes the notification with `tag` if it is still shown.
    virtual void close(const QString &tag) = 0;

Q_SIGNALS:
    // The user clicked the notification or its "Open" action.
    void activated(const QString &tag);
    // The user typed `text` into the notification's inline reply.
    void replied(const QString &tag, const QString &text);
    // The notification is gone (expired, dismissed, closed).
    void closed(const QString &tag);
    // show() could not deliver `notification` (the server went away): another backend may show it.
    void failed(const balcony::app::Notification &notification);
    void availabilityChanged(bool available);
};

} // namespace balcony::app
