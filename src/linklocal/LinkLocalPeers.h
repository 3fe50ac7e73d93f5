#pragma once

#include "linklocal/LinkLocalBackend.h"
#include "linklocal/LinkLocalTxt.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace balcony::linklocal {

// A link-local entity on the network: one service instance name, wherever (interfaces, protocols) it was seen.
struct LinkLocalPeer {
    QString name; // the service instance name, its address in streams (XEP-0174 §4)
    QString hostName;
    QList<QHostAddress> addresses; // every resolved address: incoming streams are accepted from these only
    quint16 port = 0; // the SRV port (records of one instance agree on it)
    LinkLocalPresence presence;

    bool operator==(const LinkLocalPeer &) const = default;
};

// The peers a backend reports, validated: a record with a malformed TXT record is ignored (with the reason
// logged, and in recordRejected()), one whose name is our own published service is not a peer. A peer appears
// with its first valid record, changes when a record changes, and leaves with its last. Bounded: at most
// maxPeers peers and maxRecordsPerPeer records each (more are ignored, logged).
class LinkLocalPeers : public QObject {
    Q_OBJECT
public:
    static constexpr int maxPeers = 256;
    static constexpr int maxRecordsPerPeer = 8;

    explicit LinkLocalPeers(LinkLocalBackend *backend, QObject *parent = nullptr);

    QList<LinkLocalPeer> peers() const;
    std::optional<LinkLocalPeer> peer(const QString &name) const;
    // Whether `address` is an address of a currently resolved peer (XEP-0174 §4: who may open a stream to us).
    bool isPeerAddress(const QHostAddress &address) const;
    // The peers resolved at `address` (several instances can share a host).
    QStringList peersAt(const QHostAddress &address) const;

Q_SIGNALS:
    void peerAdded(const balcony::linklocal::LinkLocalPeer &peer);
    void peerChanged(const balcony::linklocal::LinkLocalPeer &peer);
    void peerRemoved(const QString &name);
    void recordRejected(const QString &name, const QString &reason);

private:
    struct Record {
        ResolvedService service;
        LinkLocalPresence presence;
    };
    struct Entry {
        QMap<QString, Record> records; // by `where`
        LinkLocalPeer peer;
    };

    void onResolved(const ResolvedService &service);
    void onRemoved(const QString &name, const QString &where);
    void reject(const QString &name, const QString &reason);
    static LinkLocalPeer merge(const QString &name, const QMap<QString, Record> &records);

    QPointer<LinkLocalBackend> m_backend;
    QHash<QString, Entry> m_peers;
};

} // namespace balcony::linklocal
