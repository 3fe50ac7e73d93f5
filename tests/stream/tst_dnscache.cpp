#include "FakeDnsResolver.h"
#include "stream/ConnectionCache.h"
#include "stream/TcpTransport.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;
using balcony::CachedDns;
using balcony::CachedTarget;
using balcony::DnsResolver;
using balcony::MemoryConnectionCache;
using balcony::SrvLookup;
using balcony::TcpTransport;
using balcony::TransportError;
using balcony::TransportTarget;
using balcony::test::FakeDnsResolver;

namespace {

constexpr int Wait = 20000; // generous: the machine is shared; never a timing assertion
const QString Domain = u"example.test"_s;
const QString StartTlsSrv = u"_xmpp-client._tcp.example.test"_s;
const QString DirectTlsSrv = u"_xmpps-client._tcp.example.test"_s;

// Accepts TCP connections and records the first bytes of each (a direct TLS client starts with a TLS
// handshake record, 0x16; a STARTTLS client with nothing until it writes).
class Listener : public QTcpServer {
public:
    explicit Listener(const QHostAddress &address = QHostAddress::LocalHost)
    {
        listen(address, 0);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++accepted;
                const qsizetype index = firstBytes.size();
                firstBytes.append(QByteArray());
                connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket, index] { firstBytes[index] += socket->readAll(); });
            }
        });
    }
    int accepted = 0;
    QList<QByteArray> firstBytes;
};

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

DnsResolver::SrvResult srvAnswer(const QString &host, quint16 port, quint32 ttl, quint16 priority = 0)
{
    return { { DnsResolver::SrvRecord { host, port, priority, 0, ttl } }, true };
}

DnsResolver::AddressResult addresses(const QHostAddress &address, quint32 ttl)
{
    return { { address }, ttl };
}

struct Outcome {
    int connected = 0;
    QList<TransportError> errors;
    explicit Outcome(TcpTransport &transport)
    {
        QObject::connect(&transport, &TcpTransport::connected, [this] { ++connected; });
        QObject::connect(
            &transport, &TcpTransport::errorOccurred, [this](const TransportError &error) { errors.append(error); });
    }
    bool done() const { return connected > 0 || !errors.isEmpty(); }
};

qint64 secondsUntil(const QDateTime &expires)
{
    return QDateTime::currentDateTimeUtc().secsTo(expires);
}

} // namespace

// XEP-0305 §2 DNS caching in TcpTransport, with a fake resolver (no DNS server) and loopback listeners as
// the targets.
class TestDnsCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshCacheNeedsNoDns();
    void expiryIsTheShortestTtlClamped_data();
    void expiryIsTheShortestTtlClamped();
    void expiredEntryIsLookedUpAgain();
    void refusedCachedTargetFallsBackToFreshLookup();
    void freshLookupHappensOnlyOnce();
    void explicitHostIgnoresCache();
    void ipv6Addresses();
    void directTlsStaysFirstAndStartsWithTls();
    void lastWorkingTargetIsTriedFirst();
    void fallbackTargetGetsAddressTtl();
    void failedSrvLookupIsNotCached();
    void unresolvableTargetIsSkipped();
    void unansweredAddressLookupTimesOut();
    void realResolverLiteral();
    void realResolverFallsBackToSystem();

private:
    TransportTarget domainTarget(MemoryConnectionCache *cache) const
    {
        TransportTarget t;
        t.domain = Domain;
        t.cache = cache;
        return t;
    }
};

void TestDnsCache::freshCacheNeedsNoDns()
{
    Listener server;
    FakeDnsResolver dns;
    dns.srv.insert(StartTlsSrv, srvAnswer(u"xmpp.example.test"_s, server.serverPort(), 300));
    dns.hosts.insert(u"xmpp.example.test"_s, addresses(QHostAddress::LocalHost, 120));
    MemoryConnectionCache cache;
    TcpTransport transport;
    transport.setResolver(&dns);
    Outcome outcome(transport);

    transport.connectToServer(domainTarget(&cache));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), Wait);
    QCOMPARE(outcome.connected, 1);
    QCOMPARE(dns.srvQueries, (QStringList { DirectTlsSrv, StartTlsSrv }));
    QCOMPARE(dns.addressQueries, QStringList { u"xmpp.example.test"_s });
    QCOMPARE(transport.peerAddress(), QHostAddress(QHostAddress::LocalHost));

    const std::optional<CachedDns> stored = cache.dns(Domain);
    QVERIFY(stored);
    QCOMPARE(stored->targets,
        (QList<CachedTarget> {
            { u"xmpp.example.test"_s, server.serverPort(), false, { QHostAddress(QHostAddress::LocalHost) } } }));
    // The A record's 120 s is shorter than the SRV record's 300 s.
    QVERIFY2(secondsUntil(stored->expires) <= 120 && secondsUntil(stored->expires) > 60,
        qPrintable(stored->expires.toString(Qt::ISODate)));

    transport.abort();
    const qsizetype callsBefore = dns.calls();
    transport.connectToServer(domainTarget(&cache));
    QTRY_COMPARE_WITH_TIMEOUT(outcome.connected, 2, Wait);
    QCOMPARE(dns.calls(), callsBefore);
    QVERIFY(outcome.errors.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(server.accepted, 2, Wait);
    QCOMPARE(transport.peerDescription(), u"xmpp.example.test:"_s + QString::number(server.serverPort()));
}

void TestDnsCache::expiryIsTheShortestTtlClamped_data()
{
    QTest::addColumn<quint32>("srvTtl");
    QTest::addColumn<quint32>("addressTtl");
    QTest::addColumn<qint64>("lowest");
    QTest::addColumn<qint64>("highest");
    QTest::newRow("SRV shortest") << 200u << 3000u << qint64(150) << qint64(200);
    QTest::newRow("floored") << 5u << 3000u << qint64(50) << qint64(60);
    QTest::newRow("capped") << 10u * 86400u << 10u * 86400u << qint64(86400 - 60) << qint64(86400);
    QTest::newRow("system resolver, no TTL") << 3000u << 0u << qint64(50) << qint64(60);
}

void TestDnsCache::expiryIsTheShortestTtlClamped()
{
    QFETCH(quint32, srvTtl);
    QFETCH(quint32, addressTtl);
    QFETCH(qint64, lowest);
    QFETCH(qint64, highest);
    Listener server;
    FakeDnsResolver dns;
    dns.srv.insert(StartTlsSrv, srvAnswer(u"xmpp.example.test"_s, server.serverPort(), srvTtl));
    dns.hosts.insert(u"xmpp.example.test"_s, addresses(QHostAddress::LocalHost, addressTtl));
    MemoryConnectionCache cache;
    TcpTransport transport;
    transport.setResolver(&dns);
    Outcome outcome(transport);
    transport.connectToServer(domainTarget(&cache));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(cache.dns(Domain).has_value(), Wait);
    const qint64 left = secondsUntil(cache.dns(Domain)->expires);
    QVERIFY2(left >= lowest && left <= highest, qPrintable(QString::number(left)));
}

void TestDnsCache::expiredEntryIsLookedUpAgain()
{
    Listener server;
    FakeDnsResolver dns;
    dns.srv.insert(StartTlsSrv, srvAnswer(u"new.example.test"_s, server.serverPort(), 600));
    dns.hosts.insert(u"new.example.test"_s, addresses(QHostAddress::LocalHost, 600));
    MemoryConnectionCache cache;
    // An expired entry pointing somewhere that does not answer: it must not even be tried.
    const quint16 stalePort = closedPort();
    cache.storeDns(Domain,
        { { { u"old.example.test"_s, stalePort, false, { QHostAddress(QHostAddress::LocalHost) } } },
            QDateTime::currentDateTimeUtc().addSecs(-1) });
    TcpTransport transport;
    transport.setResolver(&dns);
    Outcome outcome(transport);
    transport.connectToServer(domainTarget(&cache));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), Wait);
    QCOMPARE(outcome.connected, 1);
    QCOMPARE(dns.srvQueries.size(), 2);
    QCOMPARE(transport.peerDescription(), u"new.example.test:"_s + QString::number(server.serverPort()));
    QTRY_VERIFY_WITH_TIMEOUT(cache.dns(Domain)->isFresh(QDateTime::currentDateTimeUtc()), Wait);
    QCOMPARE(cache.dns(Domain)->targets.size(), 1);
    QCOMPARE(cache.dns(Domain)->targets.first().host, u"new.example.test"_s);
    QCOMPARE(cache.dns(Domain)->targets.first().port, server.serverPort());
}

void TestDnsCache::refusedCachedTargetFallsBackToFreshLookup()
{
    Listener server;
    FakeDnsResolver dns;
    dns.srv.insert(StartTlsSrv, srvAnswer(u"moved.example.test"_s, server.serverPort(), 600));
    dns.hosts.insert(u"moved.example.test"_s, addresses(QHostAddress::LocalHost, 600));
    MemoryConnectionCache cache;
    cache.storeDns(Domain,
        { { { u"gone.example.test"_s, closedPort(), false, { QHostAddress(QHostAddress::LocalHost) } } },
            QDateTime::currentDateTimeUtc().addSecs(3600) });
    TcpTransport transport;
    transport.setResolver(&dns);
    Outcome outcome(transport);
    transport.connectToServer(domainTarget(&cache));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), Wait);
    QVERIFY2(outcome.errors.isEmpty(), qPrintable(outcome.errors.value(0).message));
    QCOMPARE(outcome.connected, 1);
    QCOMPARE(dns.srvQueries.size(), 2);
    QCOMPARE(transport.peerDescription(), u"moved.example.test:"_s + QString::number(server.serverPort()));
    // The failed entry was replaced by the fresh answer.
    QTRY_COMPARE_WITH_TIMEOUT(cache.dns(Domain)->targets.value(0).host, u"moved.example.test"_s, Wait);
}

void TestDnsCache::freshLookupHappensOnlyOnce()
{
    FakeDnsResolver dns;
    const quint16 refused = closedPort();
    dns.srv.insert(StartTlsSrv, srvAnswer(u"down.example.test"_s, refused, 600));
    dns.hosts.insert(u"down.example.test"_s, addresses(QHostAddress::LocalHost, 600));
    MemoryConnectionCache cache;
    cache.storeDns(Domain,
        { { { u"gone.example.test"_s, closedPort(), false, { QHostAddress(QHostAddress::LocalHost) } } },
            QDateTime::currentDateTimeUtc().addSecs(3600) });
    TcpTransport transport;
    transport.setResolver(&dns);
    Outcome outcome(transport);
    transport.connectToServer(domainTarget(&cache));
    QTRY_VERIFY_WITH_TIMEOUT(!outcome.errors.isEmpty(), Wait);
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().kind, TransportError::Kind::ConnectFailed);
    QVERIFY2(
        outcome.errors.first().message.contains(QString::number(refused)), qPrintable(outcome.errors.first().message));
    // One fresh lookup (two SRV questions), not a loop.
    QTest::qWait(200);
    QCOMPARE(dns.srvQueries.size(), 2);
    QCOMPARE(outcome.connected, 0);
}

void TestDnsCache::explicitHostIgnoresCache()
{
    Listener server;
    FakeDnsResolver dns;
    MemoryConnectionCache cache;
    cache.storeDns(Domain,
        { { { u"cached.example.test"_s, closedPort(), false, { QHostAddress(QHostAddress::LocalHost) } } },
            QDateTime::currentDateTimeUtc().addSecs(3600) });
    TcpTransport transport;
    transport.setResolver(&dns);
    Outcome outcome(transport);
    TransportTarget t = domainTarget(&cache);
    t.host = u"127.0.0.1"_s;
    t.port = server.serverPort();
    transport.connectToServer(t);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), Wait);
    QCOMPARE(outcome.connected, 1);
    QCOMPARE(dns.calls(), 0);
    QCOMPARE(cache.dnsReads, 0);
    QCOMPARE(cache.dns(Domain)->targets.first().host, u"cached.example.test"_s); // untouched
}

void TestDnsCache::ipv6Addresses()
{
    Listener server(QHostAddress::LocalHostIPv6);
    if (!server.isListening()) {
        QSKIP("no IPv6 loopback here");
    }
    FakeDnsResolver dns;
    dns.srv.insert(StartTlsSrv, srvAnswer(u"v6.example.test"_s, server.serverPort(), 600));
    dns.hosts.insert(u"v6.example.test"_s, addresses(QHostAddress::LocalHostIPv6, 600));
    MemoryConnectionCache cache;
    TcpTransport transport;
    transport.setResolver(&dns);
    Outcome outcome(transport);
    transport.connectToServer(domainTarget(&cache));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), Wait);
    QCOMPARE(outcome.connected, 1);
    QCOMPARE(transport.peerAddress(), QHostAddress(QHostAddress::LocalHostIPv6));
    QTRY_VERIFY_WITH_TIMEOUT(cache.dns(Domain).has_value(), Wait);
    QCOMPARE(cache.dns(Domain)->targets.first().addresses, QList<QHostAddress> { QHostAddress(u"::1"_s) });

    transport.abort();
    const qsizetype callsBefore = dns.calls();
    transport.connectToServer(domainTarget(&cache));
    QTRY_COMPARE_WITH_TIMEOUT(outcome.connected, 2, Wait);
    QCOMPARE(dns.calls(), callsBefore);
    QCOMPARE(transport.peerAddress(), QHostAddress(QHostAddress::LocalHostIPv6));

    // An IPv6 literal as explicit host: no DNS, shown in brackets.
    transport.abort();
    TransportTarget t = domainTarget(&cache);
    t.host = u"::1"_s;
    t.port = server.serverPort();
    transport.connectToServer(t);
    QTRY_COMPARE_WITH_TIMEOUT(outcome.connected, 3, Wait);
    QCOMPARE(dns.calls(), callsBefore);
    QCOMPARE(transport.peerDescription(), u"[::1]:"_s + QString::number(server.serverPort()));
    QVERIFY(outcome.errors.isEmpty());
}

void TestDnsCache::directTlsStaysFirstAndStartsWithTls()
{
    Listener direct;
    Listener plain;
    FakeDnsResolver dns;
    // Equal priority: XEP-0368 §3 puts direct TLS first.
    dns.srv.insert(DirectTlsSrv, srvAnswer(u"tls.example.test"_s, direct.serverPort(), 600, 5));
    dns.srv.insert(StartTlsSrv, srvAnswer(u"plain.example.test"_s, plain.serverPort(), 600, 5));
    dns.hosts.insert(u"tls.example.test"_s, addresses(QHostAddress::LocalHost, 600));
    dns.hosts.insert(u"plain.example.test"_s, addresses(QHostAddress::LocalHost, 600));
    MemoryConnectionCache cache;
    TcpTransport transport;
    transport.setResolver(&dns);
    Outcome outcome(transport);
    transport.connectToServer(domainTarget(&cache));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), Wait);
    QCOMPARE(outcome.connected, 1);
    QVERIFY(transport.isDirectTls());
    // The first byte on the wire is a TLS handshake record (RFC 8446 §5.1: content type 22).
    QTRY_VERIFY_WITH_TIMEOUT(!direct.firstBytes.value(0).isEmpty(), Wait);
    QVERIFY(direct.firstBytes.value(0).startsWith('\x16'));
    QTRY_VERIFY_WITH_TIMEOUT(cache.dns(Domain).has_value(), Wait);
    const QList<CachedTarget> targets = cache.dns(Domain)->targets;
    QCOMPARE(targets.size(), 2);
    QCOMPARE(targets.at(0).host, u"tls.example.test"_s);
    QVERIFY(targets.at(0).directTls);
    QCOMPARE(targets.at(1).host, u"plain.example.test"_s);
    QVERIFY(!targets.at(1).directTls);

    transport.abort();
    const qsizetype callsBefore = dns.calls();
    transport.connectToServer(domainTarget(&cache));
    QTRY_COMPARE_WITH_TIMEOUT(outcome.connected, 2, Wait);
    QCOMPARE(dns.calls(), callsBefore);
    QVERIFY(transport.isDirectTls());
    // From the cache, too, TLS from the first byte.
    QTRY_COMPARE_WITH_TIMEOUT(direct.accepted, 2, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!direct.firstBytes.value(1).isEmpty(), Wait);
    QVERIFY(direct.firstBytes.value(1).startsWith('\x16'));
    QCOMPARE(plain.accepted, 0);
}

// XEP-0368 memory: STARTTLS ranks higher by SRV priority, but direct TLS worked last time (the Connection
// passes ServerProfile::lastHost/lastPort/lastDirectTls): it is tried first, from a lookup and from the cache.
void TestDnsCache::lastWorkingTargetIsTriedFirst()
{
    Listener direct;
    Listener plain;
    FakeDnsResolver dns;
    dns.srv.insert(DirectTlsSrv, srvAnswer(u"tls.example.test"_s, direct.serverPort(), 600, 20));
    dns.srv.insert(StartTlsSrv, srvAnswer(u"plain.example.test"_s, plain.serverPort(), 600, 10));
    dns.hosts.insert(u"tls.example.test"_s, addresses(QHostAddress::LocalHost, 600));
    dns.hosts.insert(u"plain.example.test"_s, addresses(QHostAddress::LocalHost, 600));
    MemoryConnectionCache cache;
    TcpTransport transport;
    transport.setResolver(&dns);
    Outcome outcome(transport);

    // Without a preference, SRV priority wins: STARTTLS.
    transport.connectToServer(domainTarget(&cache));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), Wait);
    QVERIFY(!transport.isDirectTls());
    transport.abort();

    TransportTarget target = domainTarget(&cache);
    target.lastWorking = SrvLookup::Target { u"TLS.example.test"_s, direct.serverPort(), true };
    transport.connectToServer(target); // from the cache
    QTRY_COMPARE_WITH_TIMEOUT(outcome.connected, 2, Wait);
    QVERIFY(transport.usedDnsCache());
    QVERIFY(transport.isDirectTls());
    transport.abort();

    cache.forgetDns(Domain); // and from a fresh lookup
    transport.connectToServer(target);
    QTRY_COMPARE_WITH_TIMEOUT(outcome.connected, 3, Wait);
    QVERIFY(!transport.usedDnsCache());
    QVERIFY(transport.isDirectTls());
    QCOMPARE(plain.accepted, 1);
    QTRY_COMPARE_WITH_TIMEOUT(direct.accepted, 2, Wait);

    // The entry stored by that lookup keeps the order that worked; a preference that matches no target
    // changes nothing.
    transport.abort();
    target.lastWorking = SrvLookup::Target { u"gone.example.test"_s, 5223, true };
    transport.connectToServer(target);
    QTRY_COMPARE_WITH_TIMEOUT(outcome.connected, 4, Wait);
    QVERIFY(transport.usedDnsCache());
    QVERIFY(transport.isDirectTls());
    QCOMPARE(plain.accepted, 1);
}

void TestDnsCache::fallbackTargetGetsAddressTtl()
{
    // No SRV records at all (NXDOMAIN for both): RFC 6120 §3.2.2 fallback to the domain itself, cached
    // for the A record's TTL.
    FakeDnsResolver dns;
    dns.hosts.insert(Domain, addresses(QHostAddress::LocalHost, 200));
    MemoryConnectionCache cache;
    TcpTransport transport;
    transport.setResolver(&dns);
    Outcome outcome(transport);
    transport.connectToServer(domainTarget(&cache));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(cache.dns(Domain).has_value(), Wait);
    const CachedDns stored = *cache.dns(Domain);
    QCOMPARE(stored.targets,
        (QList<CachedTarget> { { Domain, quint16(5222), false, { QHostAddress(QHostAddress::LocalHost) } } }));
    const qint64 left = secondsUntil(stored.expires);
    QVERIFY2(left > 150 && left <= 200, qPrintable(QString::number(left)));
}

void TestDnsCache::failedSrvLookupIsNotCached()
{
    FakeDnsResolver dns;
    // A failed lookup (SERVFAIL, timeout) is no answer: the fallback is used but not remembered.
    dns.srv.insert(StartTlsSrv, DnsResolver::SrvResult { {}, false });
    dns.hosts.insert(Domain, addresses(QHostAddress::LocalHost, 600));
    MemoryConnectionCache cache;
    TcpTransport transport;
    transport.setResolver(&dns);
    Outcome outcome(transport);
    transport.connectToServer(domainTarget(&cache));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), Wait);
    QCOMPARE(dns.addressQueries, QStringList { Domain });
    QTest::qWait(100);
    QVERIFY(!cache.dns(Domain).has_value());
}

void TestDnsCache::unresolvableTargetIsSkipped()
{
    Listener server;
    FakeDnsResolver dns;
    dns.srv.insert(StartTlsSrv,
        { { DnsResolver::SrvRecord { u"ghost.example.test"_s, closedPort(), 0, 0, 600 },
              DnsResolver::SrvRecord { u"real.example.test"_s, server.serverPort(), 10, 0, 600 } },
            true });
    dns.hosts.insert(u"real.example.test"_s, addresses(QHostAddress::LocalHost, 600));
    MemoryConnectionCache cache;
    TcpTransport transport;
    transport.setResolver(&dns);
    Outcome outcome(transport);
    transport.connectToServer(domainTarget(&cache));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), Wait);
    QCOMPARE(outcome.connected, 1);
    QCOMPARE(transport.peerDescription(), u"real.example.test:"_s + QString::number(server.serverPort()));
    QTRY_VERIFY_WITH_TIMEOUT(cache.dns(Domain).has_value(), Wait);
    QCOMPARE(cache.dns(Domain)->targets.size(), 1);
    QCOMPARE(cache.dns(Domain)->targets.first().host, u"real.example.test"_s);
}

void TestDnsCache::unansweredAddressLookupTimesOut()
{
    Listener server;
    FakeDnsResolver dns;
    dns.srv.insert(StartTlsSrv,
        { { DnsResolver::SrvRecord { u"silent.example.test"_s, closedPort(), 0, 0, 600 },
              DnsResolver::SrvRecord { u"real.example.test"_s, server.serverPort(), 10, 0, 600 } },
            true });
    dns.silentHosts = { u"silent.example.test"_s };
    dns.hosts.insert(u"real.example.test"_s, addresses(QHostAddress::LocalHost, 600));
    MemoryConnectionCache cache;
    TcpTransport transport;
    transport.setResolver(&dns);
    transport.setConnectTimeout(200);
    Outcome outcome(transport);
    transport.connectToServer(domainTarget(&cache));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), Wait);
    QVERIFY2(outcome.errors.isEmpty(), qPrintable(outcome.errors.value(0).message));
    QCOMPARE(transport.peerDescription(), u"real.example.test:"_s + QString::number(server.serverPort()));
    // Without every answer there is no complete entry to store.
    QVERIFY(!cache.dns(Domain).has_value());
}

void TestDnsCache::realResolverLiteral()
{
    // IP literals are answered without asking anyone, and never go stale.
    QObject context;
    std::optional<DnsResolver::AddressResult> answer;
    balcony::QtDnsResolver::instance()->lookupAddresses(
        u"::1"_s, &context, [&answer](const DnsResolver::AddressResult &result) { answer = result; });
    QVERIFY(!answer); // asynchronous, like every answer
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), Wait);
    QCOMPARE(answer->addresses, QList<QHostAddress> { QHostAddress(QHostAddress::LocalHostIPv6) });
    QCOMPARE(answer->ttl, std::numeric_limits<quint32>::max());
}

void TestDnsCache::realResolverFallsBackToSystem()
{
    // "localhost" is not a DNS name (RFC 6761 §6.3) but the system resolver knows it (/etc/hosts); the
    // answer then has no TTL. No DNS server is needed: a failing or unreachable one only adds its timeout.
    QObject context;
    std::optional<DnsResolver::AddressResult> answer;
    balcony::QtDnsResolver::instance()->lookupAddresses(
        u"localhost"_s, &context, [&answer](const DnsResolver::AddressResult &result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 60000);
    QVERIFY(answer->addresses.contains(QHostAddress(QHostAddress::LocalHost))
        || answer->addresses.contains(QHostAddress(QHostAddress::LocalHostIPv6)));

    // Deleting the context cancels: no callback afterwards.
    bool called = false;
    {
        QObject shortLived;
        balcony::QtDnsResolver::instance()->lookupAddresses(
            u"localhost"_s, &shortLived, [&called](const DnsResolver::AddressResult &) { called = true; });
    }
    QTest::qWait(200);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestDnsCache)
#include "tst_dnscache.moc"
