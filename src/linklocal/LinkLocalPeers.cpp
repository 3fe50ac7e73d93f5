#include "linklocal/LinkLocalPeers.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPeers, "balcony.linklocal.peers")

namespace balcony::linklocal {

LinkLocalPeers::LinkLocalPeers(LinkLocalBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    connect(backend, &LinkLocalBackend::serviceResolved, this, &LinkLocalPeers::onResolved);
    connect(backend, &LinkLocalBackend::serviceRemoved, this, &LinkLocalPeers::onRemoved);
    connect(backend, &LinkLocalBackend::resolveFailed, this,
        [](const QString &name, const QString &reason) { qCInfo(lcPeers) << "ignoring" << name << ":" << reason; });
    connect(backend, &LinkLocalBackend::published, this, [this](const QString &name) {
        // Our own service, seen before we knew the name it got (after a collision): not a peer.
        if (m_peers.contains(name)) {
            m_peers.remove(name);
            Q_EMIT peerRemoved(name);
        }
    });
}

QList<LinkLocalPeer> LinkLocalPeers::peers() const
{
    QList<LinkLocalPeer> list;
    list.reserve(m_peers.size());
    for (const Entry &entry : m_peers) {
        list.append(entry.peer);
    }
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return list;
}

std::optional<LinkLocalPeer> LinkLocalPeers::peer(const QString &name) const
{
    const auto it = m_peers.constFind(name);
    return it == m_peers.cend() ? std::nullopt : std::optional<LinkLocalPeer>(it->peer);
}

bool LinkLocalPeers::isPeerAddress(const QHostAddress &address) const
{
    return !peersAt(address).isEmpty();
}

QStringList LinkLocalPeers::peersAt(const QHostAddress &address) const
{
    QStringList names;
    for (const Entry &entry : m_peers) {
        for (const QHostAddress &known : entry.peer.addresses) {
            // An IPv4 peer may come in over an IPv4-mapped IPv6 socket address.
            if (known.isEqual(address, QHostAddress::TolerantConversion)) {
                names.append(entry.peer.name);
                break;
            }
        }
    }
    names.sort();
    return names;
}

void LinkLocalPeers::reject(const QString &name, const QString &reason)
{
    qCWarning(lcPeers) << "ignoring the link-local service" << name << ":" << reason;
    Q_EMIT recordRejected(name, reason);
}

void LinkLocalPeers::onResolved(const ResolvedService &service)
{
    if (m_backend && service.name == m_backend->publishedName()) {
        return; // ourselves
    }
    QString reason;
    const std::optional<LinkLocalPresence> presence = parseTxt(service.txt, &reason);
    auto it = m_peers.find(service.name);
    if (!presence) {
        reject(service.name, u"malformed TXT record: "_s + reason);
        if (it != m_peers.end() && it->records.contains(service.where)) {
            onRemoved(service.name, service.where); // what it announced before no longer holds
        }
        return;
    }
    if (service.port == 0) {
        reject(service.name, u"port 0"_s);
        return;
    }
    if (it == m_peers.end()) {
        if (m_peers.size() >= maxPeers) {
            reject(service.name, u"%1 peers are known already"_s.arg(maxPeers));
            return;
        }
        Entry entry;
        entry.records.insert(service.where, Record { service, *presence });
        entry.peer = merge(service.name, entry.records);
        it = m_peers.insert(service.name, entry);
        Q_EMIT peerAdded(it->peer);
        return;
    }
    if (!it->records.contains(service.where) && it->records.size() >= maxRecordsPerPeer) {
        reject(service.name, u"more than %1 records"_s.arg(maxRecordsPerPeer));
        return;
    }
    it->records.insert(service.where, Record { service, *presence });
    const LinkLocalPeer merged = merge(service.name, it->records);
    if (merged != it->peer) {
        it->peer = merged;
        Q_EMIT peerChanged(merged);
    }
}

void LinkLocalPeers::onRemoved(const QString &name, const QString &where)
{
    const auto it = m_peers.find(name);
    if (it == m_peers.end() || it->records.remove(where) == 0) {
        return;
    }
    if (it->records.isEmpty()) {
        m_peers.erase(it);
        Q_EMIT peerRemoved(name);
        return;
    }
    const LinkLocalPeer merged = merge(name, it->records);
    if (merged != it->peer) {
        it->peer = merged;
        Q_EMIT peerChanged(merged);
    }
}

LinkLocalPeer LinkLocalPeers::merge(const QString &name, const QMap<QString, Record> &records)
{
    // The records of one instance normally agree; the presence and port of the last-keyed one count.
    LinkLocalPeer peer;
    peer.name = name;
    for (const Record &record : records) {
        peer.hostName = record.service.hostName;
        peer.port = record.service.port;
        peer.presence = record.presence;
        if (!peer.addresses.contains(record.service.address)) {
            peer.addresses.append(record.service.address);
        }
    }
    return peer;
}

} // namespace balcony::linklocal
