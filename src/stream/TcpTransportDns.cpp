#include "TcpTransport.h"

#include <QDateTime>
#include <QStringList>

// The target-finding half of TcpTransport: the XEP-0305 §2 DNS cache, SRV lookups and the A/AAAA
// lookups of every target. The socket and TLS half is in TcpTransport.cpp.

namespace balcony {

namespace {

// ConnectionCache keys are lower-case A-labels (DNS names are case-insensitive, RFC 4343).
QString cacheDomain(const QString &domain)
{
    return domain.toLower();
}

// Moves the target that worked last time to the front (TransportTarget::lastWorking), keeping the order
// of the others.
template<typename T, typename TargetOf>
void preferLastWorking(QList<T> &list, const SrvLookup::Target &last, TargetOf targetOf)
{
    if (last.host.isEmpty()) {
        return;
    }
    for (qsizetype i = 1; i < list.size(); ++i) {
        const SrvLookup::Target &t = targetOf(list.at(i));
        if (t.port == last.port && t.directTls == last.directTls
            && t.host.compare(last.host, Qt::CaseInsensitive) == 0) {
            list.move(i, 0);
            return;
        }
    }
}

} // namespace

void TcpTransport::setResolver(DnsResolver *resolver)
{
    m_resolver = resolver ? resolver : QtDnsResolver::instance();
    m_srv->setResolver(m_resolver);
}

bool TcpTransport::connectFromCache()
{
    if (!m_target.cache) {
        return false;
    }
    const std::optional<CachedDns> cached = m_target.cache->dns(cacheDomain(m_target.domain));
    if (!cached || !cached->isFresh(QDateTime::currentDateTimeUtc())) {
        return false;
    }
    // XEP-0305 §2: a fresh answer means no DNS at all; the cached order is the RFC 2782 / XEP-0368
    // order of the lookup that produced it (direct TLS first at equal priority).
    QList<Endpoint> endpoints;
    for (const CachedTarget &t : cached->targets) {
        // A target stored without addresses (not by this class) is reached by name.
        endpoints.append({ SrvLookup::Target { t.host, t.port, t.directTls }, t.addresses, 0,
            t.addresses.isEmpty() ? Endpoint::State::ByName : Endpoint::State::Resolved });
    }
    preferLastWorking(
        endpoints, m_target.lastWorking, [](const Endpoint &e) -> const SrvLookup::Target & { return e.target; });
    m_fromCache = true;
    startConnecting(endpoints);
    return true;
}

void TcpTransport::startLookup()
{
    m_phase = Phase::Resolving;
    m_timer.start(m_connectTimeoutMs);
    m_srv->lookup(m_target.domain);
}

void TcpTransport::onTargetsResolved(const QList<SrvLookup::Target> &targets, quint32 ttl, bool definite)
{
    if (m_phase != Phase::Resolving) {
        return;
    }
    m_timer.stop();
    if (targets.isEmpty()) {
        // RFC 2782: a "." target means the service is decidedly not available at this domain.
        TransportError error;
        error.kind = TransportError::Kind::HostNotFound;
        error.message = tr("%1 does not offer an XMPP service").arg(m_target.domain);
        fail(error);
        return;
    }
    m_srvTtl = ttl;
    m_cacheable = definite && m_target.cache;
    QList<Endpoint> endpoints;
    for (const SrvLookup::Target &t : targets) {
        endpoints.append({ t, {}, 0, Endpoint::State::Pending });
    }
    preferLastWorking(
        endpoints, m_target.lastWorking, [](const Endpoint &e) -> const SrvLookup::Target & { return e.target; });
    // All targets' addresses are asked for at once: the first target's answer starts the connect, the
    // rest complete the cache entry (and are ready if the first target fails).
    cancelDns();
    m_dnsContext = new QObject(this);
    m_addressLookupsPending = int(endpoints.size());
    const qsizetype count = endpoints.size();
    QStringList hosts;
    for (const Endpoint &endpoint : std::as_const(endpoints)) {
        hosts.append(endpoint.target.host);
    }
    // Waits for the first target's addresses (every endpoint is Pending).
    startConnecting(std::move(endpoints));
    const QPointer<QObject> context = m_dnsContext;
    const quint64 generation = m_dnsGeneration;
    for (qsizetype i = 0; i < count && context && generation == m_dnsGeneration; ++i) {
        m_resolver->lookupAddresses(
            hosts.at(i), context, [this, i, generation](const DnsResolver::AddressResult &result) {
                if (generation == m_dnsGeneration) {
                    onAddressesResolved(i, result);
                }
            });
    }
}

void TcpTransport::onAddressesResolved(qsizetype index, const DnsResolver::AddressResult &result)
{
    if (index >= m_endpoints.size()) {
        return;
    }
    Endpoint &endpoint = m_endpoints[index];
    endpoint.addresses = result.addresses;
    endpoint.ttl = result.ttl;
    endpoint.state = Endpoint::State::Resolved;
    if (--m_addressLookupsPending == 0) {
        storeDnsCache();
    }
    // Waiting for exactly this answer?
    if (m_phase == Phase::Connecting && !m_socket && index == m_targetIndex) {
        tryNextTarget();
    }
}

void TcpTransport::storeDnsCache()
{
    if (!m_cacheable || !m_target.cache) {
        return;
    }
    CachedDns dns;
    quint32 ttl = m_srvTtl;
    for (const Endpoint &endpoint : std::as_const(m_endpoints)) {
        if (endpoint.addresses.isEmpty()) {
            continue; // a target whose host does not resolve is not worth remembering
        }
        dns.targets.append(
            { endpoint.target.host, endpoint.target.port, endpoint.target.directTls, endpoint.addresses });
        // 0 = the system resolver answered (no TTL known): the floor applies.
        ttl = qMin(ttl, endpoint.ttl);
    }
    if (dns.targets.isEmpty()) {
        return;
    }
    ttl = qBound(MinCacheTtl, ttl, MaxCacheTtl);
    dns.expires = QDateTime::currentDateTimeUtc().addSecs(qint64(ttl));
    m_target.cache->storeDns(cacheDomain(m_target.domain), dns);
}

void TcpTransport::cancelDns()
{
    // Possibly called from inside a resolver callback bound to the context: deleted later, and the
    // generation check keeps any answer still on its way out.
    ++m_dnsGeneration;
    if (m_dnsContext) {
        m_dnsContext->deleteLater();
    }
    m_dnsContext = nullptr;
    m_addressLookupsPending = 0;
}

void TcpTransport::allTargetsFailed()
{
    if (m_fromCache && !m_retriedFresh && m_target.cache) {
        // XEP-0305 §2: a cached answer that no longer works is dropped and DNS asked again, once.
        m_target.cache->forgetDns(cacheDomain(m_target.domain));
        m_retriedFresh = true;
        m_fromCache = false;
        m_current = {};
        m_currentAddress = {};
        startLookup();
        return;
    }
    TransportError error;
    if (m_allHostNotFound) {
        error.kind = TransportError::Kind::HostNotFound;
        error.message = tr("Cannot find the server of %1: %2").arg(m_target.domain, m_lastConnectError);
    } else {
        error.kind = TransportError::Kind::ConnectFailed;
        error.message = tr("Cannot connect to the server of %1: %2").arg(m_target.domain, m_lastConnectError);
    }
    fail(error);
}

} // namespace balcony
