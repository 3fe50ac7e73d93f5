#pragma once

#include "linklocal/LinkLocalBackend.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QHash>

#include <functional>

class QDBusServiceWatcher;

namespace balcony::linklocal {

// LinkLocalBackend over avahi-daemon's D-Bus API (org.freedesktop.Avahi on the system bus, avahi 0.8's
// Server2 interface): an EntryGroup to publish, a ServiceBrowser for `_presence._tcp`, one ServiceResolver per
// browsed instance (it reports again when the instance's records change). Browsers and resolvers are made with
// the *Prepare methods and started once this object listens (the race of the older *New methods, whose first
// events could come before a client had subscribed, is avahi's reason for them). Measured on avahi 0.8: a
// resolver answers from the cache already before Start, and QtDBus may hand us that signal before the method's
// answer, so resolver signals for a path not known yet are kept until it is.
//
// Collisions: a name taken by a service of the same daemon fails AddService with CollisionError, one taken on
// the network puts the group into COLLISION; both publish again under GetAlternativeServiceName ("alice@box #2").
// When avahi-daemon goes away, every service it reported is removed; when it comes back, the backend publishes
// and browses again. At most maxResolvers instances are resolved at a time (a flood of announcements is cut
// there, with a logged reason).
class AvahiBackend : public LinkLocalBackend {
    Q_OBJECT
public:
    static constexpr int maxResolvers = 256;
    static constexpr int maxEarlySignals = 256;

    // The name published after `attempt` - 1 collisions (attempt ≥ 2). XEP-0174 instance names are addresses
    // (user@machine), and avahi's own alternative ("alice@box #2") is no JID, so nobody could chat with it: the
    // number goes into the user part ("alice-2@box"). A name without '@' gets avahi's form ("name #2").
    static QString alternativeName(const QString &requested, int attempt);

    explicit AvahiBackend(const QDBusConnection &bus = QDBusConnection::systemBus(), QObject *parent = nullptr);
    ~AvahiBackend() override;

    void publish(const QString &name, quint16 port, const QList<QByteArray> &txt) override;
    void updateTxt(const QList<QByteArray> &txt) override;
    void withdraw() override;
    QString publishedName() const override { return m_established ? m_name : QString(); }

    void startBrowsing() override;
    void stopBrowsing() override;

private Q_SLOTS:
    void onGroupStateChanged(int state, const QString &error, const QDBusMessage &message);
    void onItemNew(int interface, int protocol, const QString &name, const QString &type, const QString &domain,
        uint flags, const QDBusMessage &message);
    void onItemRemove(int interface, int protocol, const QString &name, const QString &type, const QString &domain,
        uint flags, const QDBusMessage &message);
    void onBrowserFailure(const QString &error, const QDBusMessage &message);
    void onResolverSignal(const QDBusMessage &message);

private:
    struct Resolver {
        QString name;
        QString where;
        QString path; // empty while ServiceResolverPrepare is under way
        bool reported = false;
    };

    void call(const QString &path, const QString &interface, const QString &method, const QVariantList &args,
        std::function<void(const QDBusMessage &)> done);
    void freeObject(const QString &path, const QString &interface);
    void createGroup();
    void addService();
    void resolveCollision();
    void failPublish(const QString &reason);
    void createBrowser();
    void removeResolver(const QString &key, bool report);
    void daemonGone();
    void daemonBack();

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher = nullptr;
    // Publishing.
    bool m_wantPublished = false;
    QString m_requestedName;
    QString m_name;
    quint16 m_port = 0;
    QList<QByteArray> m_txt;
    QString m_groupPath;
    bool m_groupPending = false;
    bool m_added = false; // AddService succeeded on the current group
    bool m_established = false;
    quint64 m_publishGeneration = 0; // answers to calls of an earlier publish/withdraw are ignored
    int m_collisions = 0;
    // Browsing.
    bool m_wantBrowsing = false;
    QString m_browserPath;
    bool m_browserPending = false;
    quint64 m_browseGeneration = 0;
    QHash<QString, Resolver> m_resolvers; // by name + where
    QHash<QString, QString> m_resolverKeys; // resolver path -> key
    QList<QDBusMessage> m_early; // resolver signals that came before their ServiceResolverPrepare answer
};

} // namespace balcony::linklocal
