#include "app/FreedesktopNotifier.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QUrl>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace balcony::app {

namespace {

// Desktop Notifications Specification §Markup: servers with "body-markup" read the body as a small HTML
// subset, so a message's '<', '>' and '&' must not become markup (or a broken notification).
QString bodyFor(const QString &text, const QStringList &capabilities)
{
    return capabilities.contains(u"body-markup"_s) ? text.toHtmlEscaped() : text;
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent)
    , m_bus(bus)
{
    const QString svc = service.toString();
    const QString p = path.toString();
    const QString iface = interface.toString();
    m_bus.connect(svc, p, iface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(svc, p, iface, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));
    m_bus.connect(svc, p, iface, u"NotificationReplied"_s, this, SLOT(onReplied(uint, QString)));
    // A server that goes away (session restart, another server taking over) or comes: probe again.
    m_watcher = new QDBusServiceWatcher(svc, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
        [this](const QString &, const QString &, const QString &newOwner) {
            m_ids.clear(); // the old server's ids mean nothing to a new one
            if (newOwner.isEmpty()) {
                setAvailable(false);
            } else {
                probe();
            }
        });
}

FreedesktopNotifier::~FreedesktopNotifier() = default;

void FreedesktopNotifier::probe()
{
    if (!m_bus.isConnected()) {
        setAvailable(false);
        return;
    }
    const QDBusMessage call = QDBusMessage::createMethodCall(
        service.toString(), path.toString(), interface.toString(), u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            m_capabilities.clear();
            setAvailable(false);
            return;
        }
        m_capabilities = reply.value();
        setAvailable(true);
    });
}

void FreedesktopNotifier::setAvailable(bool available)
{
    if (m_available == available) {
        return;
    }
    m_available = available;
    Q_EMIT availabilityChanged(available);
}

bool FreedesktopNotifier::supportsReply() const
{
    return m_capabilities.contains(u"inline-reply"_s);
}

void FreedesktopNotifier::show(const Notification &notification)
{
    if (!m_available) {
        Q_EMIT failed(notification);
        return;
    }
    m_closeWhenAnswered.remove(notification.tag);
    if (m_inFlight.contains(notification.tag)) {
        // Sent when the server has told the id to replace (a newer one replaces the waiting one).
        m_waiting.insert(notification.tag, notification);
        return;
    }
    send(notification);
}

void FreedesktopNotifier::send(const Notification &notification)
{
    QStringList actions;
    // §Actions: "default" is invoked by clicking the notification; pairs of key and label.
    actions << u"default"_s << QCoreApplication::translate("balcony", "Open");
    actions << u"open"_s << QCoreApplication::translate("balcony", "Open");
    QVariantMap hints;
    hints.insert(u"desktop-entry"_s, desktopEntry.toString());
    if (!notification.category.isEmpty()) {
        hints.insert(u"category"_s, notification.category);
    }
    hints.insert(u"urgency"_s, QVariant::fromValue(uchar(1))); // normal
    if (!notification.imagePath.isEmpty()) {
        // §Hints "image-path": a file:// URI or an icon name (the contact's avatar).
        hints.insert(u"image-path"_s, QUrl::fromLocalFile(notification.imagePath).toString());
    }
    if (notification.sound) {
        // The freedesktop Sound Naming Specification's name for an instant message.
        hints.insert(u"sound-name"_s, u"message-new-instant"_s);
    } else {
        hints.insert(u"suppress-sound"_s, true);
    }
    if (notification.replyable && supportsReply()) {
        // KDE Plasma's inline reply: the action key "inline-reply", answered by NotificationReplied.
        actions << u"inline-reply"_s << QCoreApplication::translate("balcony", "Reply");
        hints.insert(u"x-kde-reply-placeholder-text"_s, QCoreApplication::translate("balcony", "Reply…"));
    }
    const QString tag = notification.tag;
    QDBusMessage call
        = QDBusMessage::createMethodCall(service.toString(), path.toString(), interface.toString(), u"Notify"_s);
    call << u"Balcony"_s << m_ids.value(tag, 0u) << u"org.balcony.Balcony"_s << notification.title
         << bodyFor(notification.body, m_capabilities) << actions << hints << -1;
    m_inFlight.insert(tag);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, tag, notification](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_inFlight.remove(tag);
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            m_ids.remove(tag);
            m_waiting.remove(tag);
            Q_EMIT failed(notification);
            return;
        }
        m_ids.insert(tag, reply.value());
        if (m_waiting.contains(tag)) {
            send(m_waiting.take(tag));
        } else if (m_closeWhenAnswered.remove(tag)) {
            close(tag);
        }
    });
}

void FreedesktopNotifier::close(const QString &tag)
{
    m_waiting.remove(tag);
    if (m_inFlight.contains(tag)) {
        m_closeWhenAnswered.insert(tag);
        return;
    }
    const uint id = m_ids.take(tag);
    if (id == 0 || !m_bus.isConnected()) {
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        service.toString(), path.toString(), interface.toString(), u"CloseNotification"_s);
    call << id;
    m_bus.asyncCall(call); // nothing to do with the answer: the server says NotificationClosed
}

QString FreedesktopNotifier::tagOf(uint id) const
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (it.value() == id) {
            return it.key();
        }
    }
    return QString();
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const QString tag = tagOf(id);
    if (tag.isEmpty()) {
        return; // another application's notification: the signal goes to every listener
    }
    if (action == u"default"_s || action == u"open"_s) {
        Q_EMIT activated(tag);
    }
}

void FreedesktopNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    const QString tag = tagOf(id);
    if (tag.isEmpty()) {
        return;
    }
    m_ids.remove(tag);
    Q_EMIT closed(tag);
}

void FreedesktopNotifier::onReplied(uint id, const QString &text)
{
    const QString tag = tagOf(id);
    if (!tag.isEmpty() && !text.isEmpty()) {
        Q_EMIT replied(tag, text);
    }
}

} // namespace balcony::app
