#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

namespace balcony::linklocal {

// One resolved DNS-SD instance of `_presence._tcp` as a backend sees it on one interface and protocol.
struct ResolvedService {
    QString name; // the service instance name, e.g. "alice@laptop" (XEP-0174 §3.1)
    QString where; // the backend's key for the interface and protocol it was seen on (opaque)
    QString hostName; // the SRV target, e.g. "laptop.local"
    QHostAddress address;
    quint16 port = 0;
    QList<QByteArray> txt; // the TXT strings as received, unparsed

    bool operator==(const ResolvedService &) const = default;
};

// The DNS-SD side of XEP-0174: publish one's own `_presence._tcp` service, and browse and resolve the others'.
// AvahiBackend implements it over avahi-daemon's D-Bus API; a Bonjour (mDNSResponder) backend could implement
// it the same way. Backends report raw records; LinkLocalPeers validates them and merges them into peers.
class LinkLocalBackend : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Publishes (or republishes under a new name) the service `name` on `port` with the TXT strings `txt`.
    // published() tells the name it got (another one after a collision), publishFailed() why it did not.
    virtual void publish(const QString &name, quint16 port, const QList<QByteArray> &txt) = 0;
    // Replaces the TXT record of the published service (a status change); kept for the next publish otherwise.
    virtual void updateTxt(const QList<QByteArray> &txt) = 0;
    // Withdraws the service (sign-out): peers see it leave.
    virtual void withdraw() = 0;
    // The name published under (empty while not published).
    virtual QString publishedName() const = 0;

    virtual void startBrowsing() = 0;
    // Stops browsing; serviceRemoved() is emitted for every service reported so far.
    virtual void stopBrowsing() = 0;

Q_SIGNALS:
    void published(const QString &name);
    void publishFailed(const QString &reason);
    // A service was resolved, or resolved again with a changed record.
    void serviceResolved(const balcony::linklocal::ResolvedService &service);
    void serviceRemoved(const QString &name, const QString &where);
    // A service could not be resolved (it is not reported).
    void resolveFailed(const QString &name, const QString &reason);
    void browseFailed(const QString &reason);
};

} // namespace balcony::linklocal
