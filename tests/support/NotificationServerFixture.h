#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace balcony::test {

// A small notification server on a real bus (DbusSessionFixture): it owns org.freedesktop.Notifications,
// implements the Desktop Notifications Specification's methods, records every Notify call, and emits the
// server's signals (ActionInvoked, NotificationClosed, and KDE's NotificationReplied) when the test says so.
class NotificationServerFixture : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
        uint id = 0; // the id this server answered
    };

    explicit NotificationServerFixture(QStringList capabilities, QObject *parent = nullptr);
    ~NotificationServerFixture() override;

    // Registers the object and the service name on `bus`; false if the name is taken.
    bool registerOn(const QDBusConnection &bus);
    void unregister();

    const QList<Call> &calls() const { return m_calls; }
    QList<uint> closed() const { return m_closedByClient; }
    bool isOpen(uint id) const { return m_open.contains(id); }

    void invokeAction(uint id, const QString &action);
    void reply(uint id, const QString &text);
    void dismiss(uint id); // NotificationClosed reason 2 (dismissed by the user)

public Q_SLOTS:
    // org.freedesktop.Notifications
    QStringList GetCapabilities();
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    void CloseNotification(uint id);
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);

Q_SIGNALS:
    void notified();

private:
    void emitSignal(const QString &name, const QVariantList &arguments);

    QStringList m_capabilities;
    QDBusConnection m_bus;
    QList<Call> m_calls;
    QList<uint> m_open;
    QList<uint> m_closedByClient;
    uint m_nextId = 1;
};

} // namespace balcony::test
