#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace balcony {

// The DNS questions the transport asks, behind a small interface so that tests can answer them without a
// DNS server (and count them: XEP-0305 §2 wants a connect with a fresh cache to ask none).
//
// Every answer is delivered asynchronously, from the event loop, to a callback bound to a `context`
// object: deleting the context cancels the lookup and no callback runs afterwards (the same rule as
// QObject::connect() with a context).
class DnsResolver {
public:
    // One SRV record (RFC 2782) with its TTL in seconds.
    struct SrvRecord {
        QString target; // without the trailing dot; "." = the service is decidedly not available
        quint16 port = 0;
        quint16 priority = 0;
        quint16 weight = 0;
        quint32 ttl = 0;
    };
    struct SrvResult {
        QList<SrvRecord> records;
        // True when the DNS gave an answer (records, no data, or NXDOMAIN); false when the lookup itself
        // failed (server failure, timeout). Only definite answers may be cached.
        bool definite = false;
    };
    struct AddressResult {
        QList<QHostAddress> addresses; // IPv6 first, then IPv4 (RFC 6724's default preference)
        // The smallest TTL among the A/AAAA records, in seconds; 0 when unknown (an answer from the
        // system resolver, e.g. /etc/hosts, which reports no TTL).
        quint32 ttl = 0;
    };
    using SrvCallback = std::function<void(const SrvResult &)>;
    using AddressCallback = std::function<void(const AddressResult &)>;

    virtual ~DnsResolver() = default;

    // SRV lookup of a full name such as "_xmpp-client._tcp.example.org".
    virtual void lookupSrv(const QString &name, QObject *context, SrvCallback callback) = 0;
    // A and AAAA of `host`; an IP literal is answered without any lookup.
    virtual void lookupAddresses(const QString &host, QObject *context, AddressCallback callback) = 0;
};

// The real resolver: QDnsLookup for SRV, A and AAAA (the only Qt API that reports TTLs). Names that DNS
// does not know (e.g. "localhost" or other /etc/hosts entries) fall back to the system resolver
// (QHostInfo, getaddrinfo), which runs in parallel so that the fallback costs no extra wait.
class QtDnsResolver : public DnsResolver {
public:
    void lookupSrv(const QString &name, QObject *context, SrvCallback callback) override;
    void lookupAddresses(const QString &host, QObject *context, AddressCallback callback) override;

    // The process-wide default instance (stateless, so sharing it is safe).
    static QtDnsResolver *instance();
};

} // namespace balcony
