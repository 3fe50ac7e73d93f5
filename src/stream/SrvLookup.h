#pragma once

#include "DnsResolver.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace balcony {

// Finds where to connect for a JID domain (RFC 6120 §3.2.1, XEP-0368 §3): looks up
// _xmpps-client._tcp (direct TLS) and _xmpp-client._tcp (STARTTLS) in parallel and merges them into
// one ordered list of targets. The ordering itself is the pure function orderTargets(). The DNS questions
// go through a DnsResolver (QtDnsResolver unless setResolver() says otherwise), which also reports the
// records' TTLs so that the answer can be cached (XEP-0305 §2).
class SrvLookup : public QObject {
    Q_OBJECT
public:
    struct Target {
        QString host;
        quint16 port = 0;
        bool directTls = false; // XEP-0368: TLS from the first byte

        bool operator==(const Target &) const = default;
    };

    struct Record {
        QString target; // "." (or empty) = the service is decidedly not available (RFC 2782)
        quint16 port = 0;
        quint16 priority = 0;
        quint16 weight = 0;
        quint32 ttl = 0; // seconds (RFC 1035 §3.2.1); orderTargets() ignores it
    };

    // Returns a uniformly distributed value in [0, upperInclusive] (RFC 2782 asks for "a uniform
    // random number between 0 and the sum ... (inclusive)"). Tests inject a fixed one.
    using RandomSource = std::function<quint32(quint32 upperInclusive)>;

    static constexpr quint16 DefaultPort = 5222; // RFC 6120 §3.2.2 fallback, STARTTLS
    // finished()'s `ttl` when no SRV record was found: the SRV answer puts no bound on the cache time.
    static constexpr quint32 NoTtl = 0xffffffffu;

    explicit SrvLookup(QObject *parent = nullptr);
    ~SrvLookup() override;

    // Starts both lookups; finished() follows exactly once unless abort() is called first.
    void lookup(const QString &domain);
    void abort();
    bool isRunning() const;

    // The whole decision, without DNS:
    // - each service is ordered by priority, and within a priority by RFC 2782 weighted random selection;
    // - the two lists are merged by priority, direct TLS first at equal priority (XEP-0368 §3);
    // - a service whose only record has the target "." is decidedly not available (RFC 2782);
    // - when neither lookup produced any record (NXDOMAIN, no data, or a failed lookup), the fallback
    //   is `domain`:5222 with STARTTLS (RFC 6120 §3.2.2).
    // An empty result means the domain declares it offers no client service at all.
    static QList<Target> orderTargets(const QString &domain, const QList<Record> &directTlsRecords,
        const QList<Record> &startTlsRecords, const RandomSource &random = {});
    // RFC 2782 ordering of one service's records (records with the "." target are dropped).
    static QList<Record> orderRecords(QList<Record> records, const RandomSource &random);

    void setRandomSource(RandomSource random);
    // Not owned; null restores QtDnsResolver::instance(). Takes effect with the next lookup().
    void setResolver(DnsResolver *resolver);

Q_SIGNALS:
    // Empty `targets`: the domain declares (with "." records) that it offers no XMPP client service.
    // `ttl`: the smallest TTL among all SRV records of both services (NoTtl when there were none).
    // `definite`: both lookups got an answer from DNS (possibly NXDOMAIN); false if either failed, in
    // which case the targets (maybe just the RFC 6120 §3.2.2 fallback) must not be cached.
    void finished(const QList<balcony::SrvLookup::Target> &targets, quint32 ttl, bool definite);

private:
    void onAnswer();

    QString m_domain;
    DnsResolver *m_resolver = nullptr;
    QPointer<QObject> m_context; // parent of the running lookups; deleting it cancels them
    int m_pending = 0;
    DnsResolver::SrvResult m_directTls;
    DnsResolver::SrvResult m_startTls;
    RandomSource m_random;
};

} // namespace balcony
