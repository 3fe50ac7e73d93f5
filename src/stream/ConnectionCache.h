#pragma once

#include "SrvLookup.h"
#include "core/Element.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace balcony {

// One place to connect to, with its addresses already resolved (XEP-0305 §2: DNS results are cached so
// that a later connect needs no DNS at all).
struct CachedTarget {
    QString host; // the SRV target (or the domain for the RFC 6120 §3.2.2 fallback)
    quint16 port = 0;
    bool directTls = false; // XEP-0368
    QList<QHostAddress> addresses; // A/AAAA results for `host`, in the order to try

    bool operator==(const CachedTarget &) const = default;
};

// The DNS answer for one JID domain: the ordered SRV targets (RFC 2782 order as used last time) and the
// time the shortest TTL among the records that produced it runs out.
struct CachedDns {
    QList<CachedTarget> targets;
    QDateTime expires; // UTC

    bool isFresh(const QDateTime &nowUtc) const { return !targets.isEmpty() && nowUtc < expires; }
    bool operator==(const CachedDns &) const = default;
};

// A server's HTTP binding endpoints from XEP-0156 discovery (host-meta over HTTPS), cached like the DNS
// answers (XEP-0305 §2 applies to the HTTP bindings too). Both lists may be empty: the server was asked
// and has none (a cached negative answer, so the next connect does not ask again before `expires`).
struct CachedHttpEndpoints {
    QList<QUrl> bosh; // https:// only, in the order the server listed them
    QList<QUrl> websocket; // wss:// only
    QDateTime expires; // UTC

    bool isFresh(const QDateTime &nowUtc) const { return expires.isValid() && nowUtc < expires; }
    bool operator==(const CachedHttpEndpoints &) const = default;
};

// What Balcony learned about a server on earlier connections (XEP-0305 §2–§3): the stream features of
// each negotiation stage, so that the next connect can pipeline what the server is known to accept, and
// the server's entity capabilities from the post-authentication features.
struct ServerProfile {
    Element tlsFeatures; // <stream:features/> of the initial (plain) stream; null with direct TLS
    Element saslFeatures; // <stream:features/> after TLS (mechanisms)
    Element sessionFeatures; // <stream:features/> after SASL (bind, sm, rosterver, caps <c/>, ...)
    // The target (host:port, TLS mode) that worked last time; with directTls, the next connect starts
    // with it (XEP-0368: remember that the server offers direct TLS).
    QString lastHost;
    quint16 lastPort = 0;
    bool lastDirectTls = false;
    QDateTime updated; // UTC

    bool isNull() const { return saslFeatures.isNull() && sessionFeatures.isNull() && lastHost.isEmpty(); }
    bool operator==(const ServerProfile &) const = default;
};

// Storage the stream layer uses between connections. The stream layer owns this interface; the SQL
// implementation lives in storage/ (SqlConnectionCache), tests use MemoryConnectionCache. Domains are
// ASCII (A-labels), lower case. Implementations never throw and treat a storage failure as a cache miss
// (logged): a cache must never stop a connect.
class ConnectionCache {
public:
    virtual ~ConnectionCache() = default;

    // The cached answer even if expired (the caller decides), or nullopt.
    virtual std::optional<CachedDns> dns(const QString &domain) = 0;
    virtual void storeDns(const QString &domain, const CachedDns &dns) = 0;
    // A cached target failed: the next connect must look up again.
    virtual void forgetDns(const QString &domain) = 0;

    virtual ServerProfile serverProfile(const QString &domain) = 0; // null profile if none
    virtual void storeServerProfile(const QString &domain, const ServerProfile &profile) = 0;

    // XEP-0156 results (even if expired, the caller decides), or nullopt.
    virtual std::optional<CachedHttpEndpoints> httpEndpoints(const QString &domain) = 0;
    virtual void storeHttpEndpoints(const QString &domain, const CachedHttpEndpoints &endpoints) = 0;
    // A cached endpoint failed: the next connect discovers again.
    virtual void forgetHttpEndpoints(const QString &domain) = 0;
};

// In-memory ConnectionCache: tests, and profiles without a database.
class MemoryConnectionCache : public ConnectionCache {
public:
    std::optional<CachedDns> dns(const QString &domain) override
    {
        ++dnsReads;
        const auto it = m_dns.constFind(domain);
        return it == m_dns.cend() ? std::nullopt : std::optional<CachedDns>(*it);
    }
    void storeDns(const QString &domain, const CachedDns &dns) override { m_dns.insert(domain, dns); }
    void forgetDns(const QString &domain) override { m_dns.remove(domain); }
    ServerProfile serverProfile(const QString &domain) override { return m_profiles.value(domain); }
    void storeServerProfile(const QString &domain, const ServerProfile &profile) override
    {
        m_profiles.insert(domain, profile);
    }

    std::optional<CachedHttpEndpoints> httpEndpoints(const QString &domain) override
    {
        const auto it = m_http.constFind(domain);
        return it == m_http.cend() ? std::nullopt : std::optional<CachedHttpEndpoints>(*it);
    }
    void storeHttpEndpoints(const QString &domain, const CachedHttpEndpoints &endpoints) override
    {
        m_http.insert(domain, endpoints);
    }
    void forgetHttpEndpoints(const QString &domain) override { m_http.remove(domain); }

    int dnsReads = 0;

private:
    QHash<QString, CachedDns> m_dns;
    QHash<QString, CachedHttpEndpoints> m_http;
    QHash<QString, ServerProfile> m_profiles;
};

} // namespace balcony
