#include "NotificationServerFixture.h"

#include <QDBusMessage>

using namespace Qt::StringLiterals;

namespace balcony::test {

namespace {
const QString objectPath = u"/org/freedesktop/Notifications"_s;
const QString serviceName = u"org.freedesktop.Notifications"_s;
} // namespace

NotificationServerFixture::NotificationServerFixture(QStringList capabilities, QObject *parent)
    : QObject(parent)
    , m_capabilities(std::move(capabilities))
    , m_bus(u"unconnected"_s)
{
}

NotificationServerFixture::~NotificationServerFixture()
{
    unregister();
}

bool NotificationServerFixture::registerOn(const QDBusConnection &bus)
{
    m_bus = bus;
    return m_bus.registerObject(objectPath, this, QDBusConnection::ExportAllSlots)
        && m_bus.registerService(serviceName);
}

void NotificationServerFixture::unregister()
{
    if (m_bus.isConnected()) {
        m_bus.unregisterService(serviceName);
        m_bus.unregisterObject(objectPath);
    }
}

QStringList NotificationServerFixture::GetCapabilities()
{
    return m_capabilities;
}

uint NotificationServerFixture::Notify(const QString &appName, uint replacesId, const QString &appIcon,
    const QString &summary, const QString &body, const QStringList &actions, const QVariantMap &hints,
    int expireTimeout)
{
    // §org.freedesktop.Notifications.Notify: a known replaces_id keeps its id, else a new one.
    const uint id = replacesId != 0 && m_open.contains(replacesId) ? replacesId : m_nextId++;
    if (!m_open.contains(id)) {
        m_open.append(id);
    }
    m_calls.append({ appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, id });
    Q_EMIT notified();
    return id;
}

void NotificationServerFixture::CloseNotification(uint id)
{
    m_closedByClient.append(id);
    if (m_open.removeAll(id) > 0) {
        emitSignal(u"NotificationClosed"_s, { id, 3u }); // 3: closed by a call to CloseNotification
    }
}

QString NotificationServerFixture::GetServerInformation(QString &vendor, QString &version, QString &specVersion)
{
    vendor = u"Balcony tests"_s;
    version = u"1"_s;
    specVersion = u"1.2"_s;
    return u"notification-fixture"_s;
}

void NotificationServerFixture::invokeAction(uint id, const QString &action)
{
    emitSignal(u"ActionInvoked"_s, { id, action });
}

void NotificationServerFixture::reply(uint id, const QString &text)
{
    emitSignal(u"NotificationReplied"_s, { id, text });
}

void NotificationServerFixture::dismiss(uint id)
{
    if (m_open.removeAll(id) > 0) {
        emitSignal(u"NotificationClosed"_s, { id, 2u });
    }
}

void NotificationServerFixture::emitSignal(const QString &name, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createSignal(objectPath, serviceName, name);
    message.setArguments(arguments);
    m_bus.send(message);
}

} // namespace balcony::test
