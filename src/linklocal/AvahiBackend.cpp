#include "linklocal/AvahiBackend.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAvahi, "balcony.linklocal.avahi")

namespace balcony::linklocal {

namespace {

// avahi-common/defs.h and the D-Bus interface files of avahi 0.8.
const QString avahiService = u"org.freedesktop.Avahi"_s;
const QString serverPath = u"/"_s;
const QString server2Interface = u"org.freedesktop.Avahi.Server2"_s;
const QString groupInterface = u"org.freedesktop.Avahi.EntryGroup"_s;
const QString browserInterface = u"org.freedesktop.Avahi.ServiceBrowser"_s;
const QString resolverInterface = u"org.freedesktop.Avahi.ServiceResolver"_s;
const QString collisionError = u"org.freedesktop.Avahi.CollisionError"_s;
const QString serviceType = u"_presence._tcp"_s; // XEP-0174 §3.1
constexpr int ifUnspec = -1; // AVAHI_IF_UNSPEC
constexpr int protoUnspec = -1; // AVAHI_PROTO_UNSPEC
constexpr int protoInet6 = 1; // AVAHI_PROTO_INET6
enum GroupState { Uncommitted = 0, Registering = 1, Established = 2, Collision = 3, Failure = 4 };
constexpr int maxCollisions = 16; // "alice-2@box" ... then give up with a reason
constexpr int callTimeoutMs = 10000;

QString whereKey(int interface, int protocol)
{
    return u"%1:%2"_s.arg(interface).arg(protocol);
}

QString resolverKey(const QString &name, const QString &where)
{
    return name + u'\n' + where;
}

QString errorText(const QDBusMessage &reply)
{
    // The usual one first, in the user's words: no daemon on the bus (not installed, not started, or no system
    // bus at all).
    if (reply.errorName() == u"org.freedesktop.DBus.Error.ServiceUnknown"_s
        || reply.errorName() == u"org.freedesktop.DBus.Error.NameHasNoOwner"_s
        || reply.errorName() == u"org.freedesktop.DBus.Error.Disconnected"_s) {
        return QCoreApplication::translate(
            "balcony::linklocal::AvahiBackend", "the Avahi service (avahi-daemon) is not running on this computer");
    }
    return reply.errorMessage().isEmpty() ? reply.errorName() : reply.errorMessage();
}

} // namespace

AvahiBackend::AvahiBackend(const QDBusConnection &bus, QObject *parent)
    : LinkLocalBackend(parent)
    , m_bus(bus)
{
    qDBusRegisterMetaType<QList<QByteArray>>();
    // Signals of every object of the interface (no path): the objects' paths are known only from the replies,
    // and the slots compare QDBusMessage::path() with the objects this backend made.
    m_bus.connect(avahiService, QString(), groupInterface, u"StateChanged"_s, this,
        SLOT(onGroupStateChanged(int, QString, QDBusMessage)));
    m_bus.connect(avahiService, QString(), browserInterface, u"ItemNew"_s, this,
        SLOT(onItemNew(int, int, QString, QString, QString, uint, QDBusMessage)));
    m_bus.connect(avahiService, QString(), browserInterface, u"ItemRemove"_s, this,
        SLOT(onItemRemove(int, int, QString, QString, QString, uint, QDBusMessage)));
    m_bus.connect(
        avahiService, QString(), browserInterface, u"Failure"_s, this, SLOT(onBrowserFailure(QString, QDBusMessage)));
    // A resolver starts resolving (from the cache: at once) without waiting for Start, so its first Found can come
    // before the answer to ServiceResolverPrepare is handled here: the messages are taken whole and kept until
    // the path is known (onResolverSignal()).
    m_bus.connect(avahiService, QString(), resolverInterface, u"Found"_s, this, SLOT(onResolverSignal(QDBusMessage)));
    m_bus.connect(avahiService, QString(), resolverInterface, u"Failure"_s, this, SLOT(onResolverSignal(QDBusMessage)));
    m_watcher = new QDBusServiceWatcher(avahiService, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
        [this](const QString &, const QString &oldOwner, const QString &newOwner) {
            if (!oldOwner.isEmpty()) {
                daemonGone();
            }
            if (!newOwner.isEmpty()) {
                daemonBack();
            }
        });
}

AvahiBackend::~AvahiBackend()
{
    // Objects die with the client's bus connection too, but a shared connection (the system bus) outlives us.
    if (!m_groupPath.isEmpty()) {
        freeObject(m_groupPath, groupInterface);
    }
    for (const Resolver &resolver : std::as_const(m_resolvers)) {
        if (!resolver.path.isEmpty()) {
            freeObject(resolver.path, resolverInterface);
        }
    }
    if (!m_browserPath.isEmpty()) {
        freeObject(m_browserPath, browserInterface);
    }
}

void AvahiBackend::call(const QString &path, const QString &interface, const QString &method, const QVariantList &args,
    std::function<void(const QDBusMessage &)> done)
{
    QDBusMessage message = QDBusMessage::createMethodCall(avahiService, path, interface, method);
    message.setArguments(args);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [done = std::move(done)](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        done(w->reply());
    });
}

void AvahiBackend::freeObject(const QString &path, const QString &interface)
{
    QDBusMessage message = QDBusMessage::createMethodCall(avahiService, path, interface, u"Free"_s);
    m_bus.send(message);
}

// Publishing ------------------------------------------------------------------------------------------------

void AvahiBackend::publish(const QString &name, quint16 port, const QList<QByteArray> &txt)
{
    if (!m_groupPath.isEmpty()) {
        freeObject(m_groupPath, groupInterface);
    }
    m_groupPath.clear();
    m_added = false;
    m_established = false;
    ++m_publishGeneration;
    m_wantPublished = true;
    m_requestedName = name;
    m_name = name;
    m_port = port;
    m_txt = txt;
    m_collisions = 0;
    createGroup();
}

void AvahiBackend::createGroup()
{
    const quint64 generation = m_publishGeneration;
    m_groupPending = true;
    call(serverPath, server2Interface, u"EntryGroupNew"_s, {}, [this, generation](const QDBusMessage &reply) {
        if (generation != m_publishGeneration) {
            if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
                freeObject(reply.arguments().constFirst().value<QDBusObjectPath>().path(), groupInterface);
            }
            return;
        }
        m_groupPending = false;
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            failPublish(u"avahi-daemon: EntryGroupNew: "_s + errorText(reply));
            return;
        }
        m_groupPath = reply.arguments().constFirst().value<QDBusObjectPath>().path();
        addService();
    });
}

void AvahiBackend::addService()
{
    const quint64 generation = m_publishGeneration;
    const QVariantList args { ifUnspec, protoUnspec, 0u, m_name, serviceType, QString(), QString(),
        QVariant::fromValue<quint16>(m_port), QVariant::fromValue(m_txt) };
    call(m_groupPath, groupInterface, u"AddService"_s, args, [this, generation](const QDBusMessage &reply) {
        if (generation != m_publishGeneration) {
            return;
        }
        if (reply.type() != QDBusMessage::ReplyMessage) {
            if (reply.errorName() == collisionError) {
                resolveCollision(); // a service of this daemon has the name already
            } else {
                failPublish(u"avahi-daemon: AddService: "_s + errorText(reply));
            }
            return;
        }
        m_added = true;
        call(m_groupPath, groupInterface, u"Commit"_s, {}, [this, generation](const QDBusMessage &committed) {
            if (generation == m_publishGeneration && committed.type() != QDBusMessage::ReplyMessage) {
                failPublish(u"avahi-daemon: Commit: "_s + errorText(committed));
            }
        });
    });
}

void AvahiBackend::resolveCollision()
{
    if (++m_collisions > maxCollisions) {
        failPublish(QCoreApplication::translate(
            "balcony::linklocal::AvahiBackend", "the name “%1” and %2 alternatives are taken on this network")
                        .arg(m_requestedName)
                        .arg(maxCollisions));
        return;
    }
    const quint64 generation = m_publishGeneration;
    m_established = false;
    m_added = false;
    const QString alternative = alternativeName(m_requestedName, m_collisions + 1);
    qCInfo(lcAvahi) << "the service name" << m_name << "is taken; publishing as" << alternative;
    m_name = alternative;
    call(m_groupPath, groupInterface, u"Reset"_s, {}, [this, generation](const QDBusMessage &reset) {
        if (generation != m_publishGeneration) {
            return;
        }
        if (reset.type() != QDBusMessage::ReplyMessage) {
            failPublish(u"avahi-daemon: Reset: "_s + errorText(reset));
            return;
        }
        addService();
    });
}

QString AvahiBackend::alternativeName(const QString &requested, int attempt)
{
    const qsizetype at = requested.indexOf(u'@');
    if (at <= 0) {
        return u"%1 #%2"_s.arg(requested).arg(attempt);
    }
    return requested.left(at) + u"-%1"_s.arg(attempt) + requested.mid(at);
}

void AvahiBackend::failPublish(const QString &reason)
{
    qCWarning(lcAvahi) << "publishing" << m_name << "failed:" << reason;
    if (!m_groupPath.isEmpty()) {
        freeObject(m_groupPath, groupInterface);
    }
    m_groupPath.clear();
    m_groupPending = false;
    m_added = false;
    m_established = false;
    ++m_publishGeneration;
    Q_EMIT publishFailed(reason);
}

void AvahiBackend::onGroupStateChanged(int state, const QString &error, const QDBusMessage &message)
{
    if (m_groupPath.isEmpty() || message.path() != m_groupPath) {
        return;
    }
    switch (state) {
    case Established:
        if (!m_established) {
            m_established = true;
            Q_EMIT published(m_name);
        }
        break;
    case Collision:
        resolveCollision(); // another host announces the name
        break;
    case Failure:
        failPublish(u"avahi-daemon: "_s + error);
        break;
    default:
        break;
    }
}

void AvahiBackend::updateTxt(const QList<QByteArray> &txt)
{
    m_txt = txt;
    if (!m_added || m_groupPath.isEmpty()) {
        return; // AddService takes m_txt
    }
    const QVariantList args { ifUnspec, protoUnspec, 0u, m_name, serviceType, QString(), QVariant::fromValue(m_txt) };
    call(m_groupPath, groupInterface, u"UpdateServiceTxt"_s, args, [this](const QDBusMessage &reply) {
        if (reply.type() != QDBusMessage::ReplyMessage) {
            qCWarning(lcAvahi) << "updating the TXT record of" << m_name << "failed:" << errorText(reply);
        }
    });
}

void AvahiBackend::withdraw()
{
    m_wantPublished = false;
    ++m_publishGeneration;
    if (!m_groupPath.isEmpty()) {
        freeObject(m_groupPath, groupInterface); // avahi sends the goodbye packets (TTL 0)
    }
    m_groupPath.clear();
    m_groupPending = false;
    m_added = false;
    m_established = false;
}

// Browsing --------------------------------------------------------------------------------------------------

void AvahiBackend::startBrowsing()
{
    m_wantBrowsing = true;
    if (m_browserPath.isEmpty() && !m_browserPending) {
        createBrowser();
    }
}

void AvahiBackend::createBrowser()
{
    const quint64 generation = m_browseGeneration;
    m_browserPending = true;
    const QVariantList args { ifUnspec, protoUnspec, serviceType, QString(), 0u };
    call(serverPath, server2Interface, u"ServiceBrowserPrepare"_s, args, [this, generation](const QDBusMessage &reply) {
        if (generation != m_browseGeneration) {
            if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
                freeObject(reply.arguments().constFirst().value<QDBusObjectPath>().path(), browserInterface);
            }
            return;
        }
        m_browserPending = false;
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            qCWarning(lcAvahi) << "browsing failed:" << errorText(reply);
            Q_EMIT browseFailed(u"avahi-daemon: ServiceBrowserPrepare: "_s + errorText(reply));
            return;
        }
        m_browserPath = reply.arguments().constFirst().value<QDBusObjectPath>().path();
        call(m_browserPath, browserInterface, u"Start"_s, {}, [this, generation](const QDBusMessage &started) {
            if (generation == m_browseGeneration && started.type() != QDBusMessage::ReplyMessage) {
                Q_EMIT browseFailed(u"avahi-daemon: ServiceBrowser.Start: "_s + errorText(started));
            }
        });
    });
}

void AvahiBackend::onItemNew(int interface, int protocol, const QString &name, const QString &type,
    const QString &domain, uint flags, const QDBusMessage &message)
{
    Q_UNUSED(flags)
    if (m_browserPath.isEmpty() || message.path() != m_browserPath) {
        return;
    }
    const QString where = whereKey(interface, protocol);
    const QString key = resolverKey(name, where);
    if (m_resolvers.contains(key)) {
        return;
    }
    if (m_resolvers.size() >= maxResolvers) {
        qCWarning(lcAvahi) << "ignoring the service" << name << ":" << maxResolvers << "services are resolved already";
        return;
    }
    m_resolvers.insert(key, Resolver { name, where, {}, false });
    const quint64 generation = m_browseGeneration;
    // aprotocol unspecified: the address of whichever family the host record has.
    const QVariantList args { interface, protocol, name, type, domain, protoUnspec, 0u };
    call(serverPath, server2Interface, u"ServiceResolverPrepare"_s, args,
        [this, generation, key](const QDBusMessage &reply) {
            const bool valid = reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty();
            const QString path = valid ? reply.arguments().constFirst().value<QDBusObjectPath>().path() : QString();
            const auto it = m_resolvers.find(key);
            if (generation != m_browseGeneration || it == m_resolvers.end() || !it->path.isEmpty()) {
                if (valid) {
                    freeObject(path, resolverInterface); // removed (or browsing stopped) meanwhile
                }
                return;
            }
            if (!valid) {
                const QString failed = it->name;
                m_resolvers.erase(it);
                qCWarning(lcAvahi) << "cannot resolve" << failed << ":" << errorText(reply);
                Q_EMIT resolveFailed(failed, errorText(reply));
                return;
            }
            it->path = path;
            m_resolverKeys.insert(path, key);
            call(path, resolverInterface, u"Start"_s, {}, [](const QDBusMessage &) {});
            // What it reported before we knew its path.
            QList<QDBusMessage> early;
            for (auto m = m_early.begin(); m != m_early.end();) {
                if (m->path() == path) {
                    early.append(*m);
                    m = m_early.erase(m);
                } else {
                    ++m;
                }
            }
            for (const QDBusMessage &earlySignal : std::as_const(early)) {
                onResolverSignal(earlySignal);
            }
        });
}

void AvahiBackend::onItemRemove(int interface, int protocol, const QString &name, const QString &, const QString &,
    uint, const QDBusMessage &message)
{
    if (m_browserPath.isEmpty() || message.path() != m_browserPath) {
        return;
    }
    removeResolver(resolverKey(name, whereKey(interface, protocol)), true);
}

void AvahiBackend::onBrowserFailure(const QString &error, const QDBusMessage &message)
{
    if (m_browserPath.isEmpty() || message.path() != m_browserPath) {
        return;
    }
    qCWarning(lcAvahi) << "browsing failed:" << error;
    Q_EMIT browseFailed(u"avahi-daemon: "_s + error);
}

void AvahiBackend::onResolverSignal(const QDBusMessage &message)
{
    const QString key = m_resolverKeys.value(message.path());
    if (key.isEmpty()) {
        // Perhaps one whose ServiceResolverPrepare answer is still on its way: kept (bounded) until it is handled.
        const bool preparing = std::any_of(
            m_resolvers.cbegin(), m_resolvers.cend(), [](const Resolver &resolver) { return resolver.path.isEmpty(); });
        if (preparing && m_early.size() < maxEarlySignals) {
            m_early.append(message);
        }
        return;
    }
    const auto it = m_resolvers.find(key);
    if (it == m_resolvers.end()) {
        return;
    }
    const QVariantList args = message.arguments();
    if (message.member() == u"Failure"_s) {
        const QString name = it->name;
        const QString error = args.value(0).toString();
        qCWarning(lcAvahi) << "resolving" << name << "failed:" << error;
        removeResolver(key, true);
        Q_EMIT resolveFailed(name, error);
        return;
    }
    // Found(i interface, i protocol, s name, s type, s domain, s host, i aprotocol, s address, q port, aay txt,
    // u flags)
    if (message.member() != u"Found"_s || message.signature() != u"iissssisqaayu"_s) {
        return;
    }
    ResolvedService service;
    service.name = args.at(2).toString();
    service.where = whereKey(args.at(0).toInt(), args.at(1).toInt());
    service.hostName = args.at(5).toString();
    service.address = QHostAddress(args.at(7).toString());
    if (args.at(6).toInt() == protoInet6 && service.address.isLinkLocal()) {
        service.address.setScopeId(QString::number(args.at(0).toInt())); // fe80::/10 needs its interface
    }
    service.port = quint16(args.at(8).toUInt());
    service.txt = qdbus_cast<QList<QByteArray>>(args.at(9));
    if (service.address.isNull()) {
        qCWarning(lcAvahi) << "ignoring" << service.name << ": unusable address" << args.at(7).toString();
        return;
    }
    it->reported = true;
    Q_EMIT serviceResolved(service);
}

void AvahiBackend::removeResolver(const QString &key, bool report)
{
    const auto it = m_resolvers.find(key);
    if (it == m_resolvers.end()) {
        return;
    }
    const Resolver resolver = *it;
    m_resolvers.erase(it);
    if (!resolver.path.isEmpty()) {
        m_resolverKeys.remove(resolver.path);
        freeObject(resolver.path, resolverInterface);
    }
    if (report && resolver.reported) {
        Q_EMIT serviceRemoved(resolver.name, resolver.where);
    }
}

void AvahiBackend::stopBrowsing()
{
    m_wantBrowsing = false;
    ++m_browseGeneration;
    if (!m_browserPath.isEmpty()) {
        freeObject(m_browserPath, browserInterface);
    }
    m_browserPath.clear();
    m_browserPending = false;
    const QStringList keys = m_resolvers.keys();
    for (const QString &key : keys) {
        removeResolver(key, true);
    }
    m_early.clear();
}

// avahi-daemon restarts -----------------------------------------------------------------------------------------

void AvahiBackend::daemonGone()
{
    qCWarning(lcAvahi) << "avahi-daemon left the bus";
    // Its objects are gone with it: forget the paths without freeing them.
    ++m_publishGeneration;
    m_groupPath.clear();
    m_groupPending = false;
    m_added = false;
    m_established = false;
    ++m_browseGeneration;
    m_browserPath.clear();
    m_browserPending = false;
    const QList<Resolver> resolvers = m_resolvers.values();
    m_resolvers.clear();
    m_resolverKeys.clear();
    m_early.clear();
    for (const Resolver &resolver : resolvers) {
        if (resolver.reported) {
            Q_EMIT serviceRemoved(resolver.name, resolver.where);
        }
    }
}

void AvahiBackend::daemonBack()
{
    if (m_wantPublished && m_groupPath.isEmpty() && !m_groupPending) {
        m_name = m_requestedName;
        m_collisions = 0;
        createGroup();
    }
    if (m_wantBrowsing && m_browserPath.isEmpty() && !m_browserPending) {
        createBrowser();
    }
}

} // namespace balcony::linklocal
