// SqlConnectionCache: DNS answers and server profiles survive a restart, replace atomically, and a storage
// failure reads as a miss.

#include "XmlCompare.h"
#include "storage/Database.h"
#include "storage/SqlConnectionCache.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;

namespace {

// Millisecond precision is what the cache keeps.
QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

CachedDns sampleDns()
{
    CachedDns dns;
    CachedTarget direct;
    direct.host = u"xmpps.example.org"_s;
    direct.port = 5223;
    direct.directTls = true;
    direct.addresses = { QHostAddress(u"2001:db8::5"_s), QHostAddress(u"192.0.2.5"_s) };
    CachedTarget starttls;
    starttls.host = u"xmpp.example.org"_s;
    starttls.port = 5222;
    starttls.addresses = { QHostAddress(u"192.0.2.7"_s) };
    CachedTarget unresolved; // resolved later: no addresses yet
    unresolved.host = u"backup.example.net"_s;
    unresolved.port = 65535;
    dns.targets = { direct, starttls, unresolved };
    dns.expires = nowUtc().addSecs(3600);
    return dns;
}

ServerProfile sampleProfile()
{
    ServerProfile profile;
    profile.tlsFeatures = test::parseFragment("<stream:features xmlns:stream='http://etherx.jabber.org/streams'>"
                                              "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"
                                              "</stream:features>");
    profile.saslFeatures
        = test::parseFragment("<stream:features xmlns:stream='http://etherx.jabber.org/streams'>"
                              "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>SCRAM-SHA-1</mechanism>"
                              "<mechanism>PLAIN</mechanism></mechanisms></stream:features>");
    profile.sessionFeatures = test::parseFragment(
        "<stream:features xmlns:stream='http://etherx.jabber.org/streams'>"
        "<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/><sm xmlns='urn:xmpp:sm:3'/>"
        "<ver xmlns='urn:xmpp:features:rosterver'/>"
        "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='http://prosody.im' ver='a&amp;b&lt;&quot;'/>"
        "</stream:features>");
    profile.lastHost = u"xmpp.example.org"_s;
    profile.lastPort = 5222;
    profile.lastDirectTls = false;
    profile.updated = nowUtc();
    return profile;
}

} // namespace

class TestSqlConnectionCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unknownDomainIsMiss();
    void dnsRoundTrip();
    void expiredAnswerIsKept();
    void storeDnsReplacesAllTargets();
    void failedStoreKeepsOldAnswer();
    void forgetDns();
    void serverProfileRoundTrip();
    void serverProfileWithoutTlsStage();
    void reopenPersists();
    void closedDatabaseIsMiss();
    void httpEndpointsRoundTrip();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlConnectionCache> m_cache;
};

void TestSqlConnectionCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->path());
    QVERIFY(m_db->open().isOpen());
    m_cache = std::make_unique<SqlConnectionCache>(*m_db);
}

void TestSqlConnectionCache::cleanup()
{
    m_cache.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSqlConnectionCache::unknownDomainIsMiss()
{
    QVERIFY(!m_cache->dns(u"example.org"_s).has_value());
    QVERIFY(m_cache->serverProfile(u"example.org"_s).isNull());
}

void TestSqlConnectionCache::dnsRoundTrip()
{
    const CachedDns dns = sampleDns();
    m_cache->storeDns(u"example.org"_s, dns);
    const std::optional<CachedDns> read = m_cache->dns(u"example.org"_s);
    QVERIFY(read.has_value());
    QCOMPARE(read->targets.size(), 3);
    QCOMPARE(read->targets.at(0).addresses, dns.targets.at(0).addresses); // order kept
    QCOMPARE(read->expires, dns.expires);
    QVERIFY(*read == dns);
    QVERIFY(read->isFresh(nowUtc()));
    // Other domains are separate.
    QVERIFY(!m_cache->dns(u"example.net"_s).has_value());
}

void TestSqlConnectionCache::expiredAnswerIsKept()
{
    CachedDns dns = sampleDns();
    dns.expires = nowUtc().addSecs(-60);
    m_cache->storeDns(u"example.org"_s, dns);
    const std::optional<CachedDns> read = m_cache->dns(u"example.org"_s);
    QVERIFY(read.has_value()); // the caller decides what to do with an expired answer
    QCOMPARE(read->expires, dns.expires);
    QVERIFY(!read->isFresh(nowUtc()));
}

void TestSqlConnectionCache::storeDnsReplacesAllTargets()
{
    m_cache->storeDns(u"example.org"_s, sampleDns());
    CachedDns smaller;
    CachedTarget only;
    only.host = u"example.org"_s; // the RFC 6120 §3.2.2 fallback
    only.port = 5222;
    only.addresses = { QHostAddress(u"198.51.100.1"_s) };
    smaller.targets = { only };
    smaller.expires = nowUtc().addSecs(300);
    m_cache->storeDns(u"example.org"_s, smaller);
    const std::optional<CachedDns> read = m_cache->dns(u"example.org"_s);
    QVERIFY(read.has_value());
    QCOMPARE(read->targets.size(), 1);
    QVERIFY(*read == smaller);

    QSqlQuery query(m_db->sql());
    QVERIFY(query.exec(u"SELECT count(*) FROM dns_target"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1); // no orphaned rows
}

void TestSqlConnectionCache::failedStoreKeepsOldAnswer()
{
    const CachedDns old = sampleDns();
    m_cache->storeDns(u"example.org"_s, old);
    // Make the second target's insert fail, after the old rows were deleted and the first new one written.
    QSqlQuery query(m_db->sql());
    QVERIFY(query.exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON dns_target WHEN NEW.host = 'bad.example' "
                       "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"_s));
    CachedDns replacement = sampleDns();
    replacement.targets[1].host = u"bad.example"_s;
    replacement.expires = nowUtc().addSecs(10);
    m_cache->storeDns(u"example.org"_s, replacement);
    const std::optional<CachedDns> read = m_cache->dns(u"example.org"_s);
    QVERIFY(read.has_value());
    QVERIFY(*read == old);
}

void TestSqlConnectionCache::forgetDns()
{
    m_cache->storeDns(u"example.org"_s, sampleDns());
    m_cache->storeDns(u"example.net"_s, sampleDns());
    m_cache->forgetDns(u"example.org"_s);
    QVERIFY(!m_cache->dns(u"example.org"_s).has_value());
    QVERIFY(m_cache->dns(u"example.net"_s).has_value());
}

void TestSqlConnectionCache::serverProfileRoundTrip()
{
    const ServerProfile profile = sampleProfile();
    QVERIFY(!profile.sessionFeatures.isNull());
    m_cache->storeServerProfile(u"example.org"_s, profile);
    const ServerProfile read = m_cache->serverProfile(u"example.org"_s);
    QCOMPARE(test::normalize(read.tlsFeatures), test::normalize(profile.tlsFeatures));
    QCOMPARE(test::normalize(read.sessionFeatures), test::normalize(profile.sessionFeatures));
    QCOMPARE(read.sessionFeatures.firstChild(u"c", u"http://jabber.org/protocol/caps").attribute(u"ver"), u"a&b<\""_s);
    QVERIFY(read == profile);

    // A later connect overwrites it.
    ServerProfile later = profile;
    later.lastHost = u"xmpps.example.org"_s;
    later.lastPort = 5223;
    later.lastDirectTls = true;
    m_cache->storeServerProfile(u"example.org"_s, later);
    QVERIFY(m_cache->serverProfile(u"example.org"_s) == later);
}

void TestSqlConnectionCache::serverProfileWithoutTlsStage()
{
    ServerProfile profile = sampleProfile();
    profile.tlsFeatures = Element(); // direct TLS: no plain-stream features
    profile.updated = QDateTime();
    m_cache->storeServerProfile(u"example.org"_s, profile);
    const ServerProfile read = m_cache->serverProfile(u"example.org"_s);
    QVERIFY(read.tlsFeatures.isNull());
    QVERIFY(!read.updated.isValid());
    QVERIFY(read == profile);
}

void TestSqlConnectionCache::reopenPersists()
{
    const CachedDns dns = sampleDns();
    const ServerProfile profile = sampleProfile();
    m_cache->storeDns(u"example.org"_s, dns);
    m_cache->storeServerProfile(u"example.org"_s, profile);
    m_cache.reset();
    m_db.reset();

    Database db(m_dir->path());
    QCOMPARE(db.open().status, Database::Status::Opened);
    SqlConnectionCache cache(db);
    const std::optional<CachedDns> read = cache.dns(u"example.org"_s);
    QVERIFY(read.has_value());
    QVERIFY(*read == dns);
    QVERIFY(cache.serverProfile(u"example.org"_s) == profile);
}

void TestSqlConnectionCache::closedDatabaseIsMiss()
{
    m_cache->storeDns(u"example.org"_s, sampleDns());
    m_db->close();
    QVERIFY(!m_cache->dns(u"example.org"_s).has_value());
    QVERIFY(m_cache->serverProfile(u"example.org"_s).isNull());
    m_cache->storeDns(u"example.org"_s, sampleDns()); // no crash, nothing stored
    m_cache->storeServerProfile(u"example.org"_s, sampleProfile());
    m_cache->forgetDns(u"example.org"_s);
}

void TestSqlConnectionCache::httpEndpointsRoundTrip()
{
    QVERIFY(!m_cache->httpEndpoints(u"example.org"_s).has_value());
    CachedHttpEndpoints endpoints;
    endpoints.bosh = { QUrl(u"https://example.org/http-bind"_s), QUrl(u"https://bosh.example.org:5281/b?x=1"_s) };
    endpoints.websocket = { QUrl(u"wss://example.org/xmpp-websocket"_s) };
    endpoints.expires = nowUtc().addSecs(3600);
    m_cache->storeHttpEndpoints(u"example.org"_s, endpoints);
    std::optional<CachedHttpEndpoints> read = m_cache->httpEndpoints(u"example.org"_s);
    QVERIFY(read.has_value());
    QVERIFY(*read == endpoints); // order within each binding kept
    QVERIFY(read->isFresh(nowUtc()));

    // Replaced as a whole; a negative answer (no endpoints) is an entry too.
    CachedHttpEndpoints none;
    none.expires = nowUtc().addSecs(-5);
    m_cache->storeHttpEndpoints(u"example.org"_s, none);
    read = m_cache->httpEndpoints(u"example.org"_s);
    QVERIFY(read.has_value());
    QVERIFY(read->bosh.isEmpty() && read->websocket.isEmpty());
    QVERIFY(!read->isFresh(nowUtc()));

    m_cache->storeHttpEndpoints(u"example.org"_s, endpoints);
    m_cache->forgetHttpEndpoints(u"example.org"_s);
    QVERIFY(!m_cache->httpEndpoints(u"example.org"_s).has_value());

    // Persisted in the profile database.
    m_cache->storeHttpEndpoints(u"example.net"_s, endpoints);
    m_cache.reset();
    m_db.reset();
    m_db = std::make_unique<Database>(m_dir->path());
    QVERIFY(m_db->open().isOpen());
    m_cache = std::make_unique<SqlConnectionCache>(*m_db);
    read = m_cache->httpEndpoints(u"example.net"_s);
    QVERIFY(read.has_value());
    QVERIFY(*read == endpoints);
}

QTEST_GUILESS_MAIN(TestSqlConnectionCache)
#include "tst_sqlconnectioncache.moc"
