// XEP-0305 Quickstart through the scripted test server: the client's packet grouping, write by write, for a
// server that advertises urn:xmpp:features:pipelining (the seed's listings 1-6) and for one that does not
// (Prosody/ejabberd: see the notes), each cold (nothing cached) and warm (server profile cached), and the
// round trips the client counts for each.
#include "ScriptedTransport.h"
#include "stream/Connection.h"
#include "stream/ConnectionCache.h"
#include "stream/Scram.h"

#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace balcony::test::script;

namespace {

// RFC 5802 §5 example (user "user", password "pencil"), as in tst_negotiation.
const QByteArray clientFirst = "n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL";
const QByteArray serverFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
const QByteArray clientFinal = "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=";
const QByteArray serverFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";

const QByteArray pipelining = "<pipelining xmlns='urn:xmpp:features:pipelining'/>";
const QByteArray caps = "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='http://prosody.im/' "
                        "ver='ItBTI0XLDFvVxZ72NQElAzKS9sU='/>";

QByteArray tlsFeatures(bool pipelines)
{
    return "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"
        + (pipelines ? pipelining + caps : QByteArray()) + "</stream:features>";
}

QByteArray mechanismFeatures(bool pipelines)
{
    return "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>SCRAM-SHA-1</mechanism>"
           "<mechanism>PLAIN</mechanism></mechanisms>"
        + (pipelines ? pipelining + caps : QByteArray()) + "</stream:features>";
}

QByteArray sessionFeatures(bool pipelines)
{
    return "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/><sm xmlns='urn:xmpp:sm:3'/>"
        + (pipelines ? pipelining + caps : QByteArray()) + "</stream:features>";
}

const QByteArray proceed = "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";
const QByteArray starttls = "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";
const QByteArray enable = "<enable xmlns='urn:xmpp:sm:3' resume='true'/>";
const QByteArray enabled = "<enabled xmlns='urn:xmpp:sm:3' id='sm-1' resume='true'/>";
const QByteArray presence = "<presence xmlns='jabber:client'/>";

QByteArray bindRequest(const QByteArray &id)
{
    return "<iq xmlns='jabber:client' type='set' id='" + id
        + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>balcony</resource></bind></iq>";
}

QByteArray bindResult(const QByteArray &id)
{
    return "<iq type='result' id='" + id
        + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>user@example.com/balcony</jid></bind></iq>";
}

QStringList expected(const QList<QByteArray> &parts)
{
    QByteArray all;
    for (const QByteArray &p : parts) {
        all += p;
    }
    return ScriptedTransport::pieces(all);
}

} // namespace

class TestQuickstart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void coldLoginLearnsTheServer();
    void pipeliningServerWarm();
    void pipeliningServerWithoutEarlyTlsTransport();
    void prosodyLikeServerWarm();
    void prosodyLikeServerCold();
    void staleProfileStillLogsIn();
    void cachedMechanismGuess();

private:
    void connect(bool earlyTls);
    // The last id the client generated: ids are "idN" in order.
    QByteArray lastId() const { return "id" + QByteArray::number(m_nextId); }

    ConnectionSettings m_settings;
    MemoryConnectionCache m_cache;
    ScriptedTransport *m_server = nullptr;
    std::unique_ptr<Connection> m_connection;
    int m_nextId = 0;
    bool m_sendPresence = true;
};

void TestQuickstart::initTestCase()
{
    Connection::setIdGenerator([this] { return QStringLiteral("id%1").arg(++m_nextId); });
}

void TestQuickstart::init()
{
    m_nextId = 0;
    m_cache = MemoryConnectionCache();
    Scram::setTestNonce("fyko+d2lbbFgONRv9qkxdawL");
    m_settings = ConnectionSettings();
    m_settings.jid = *Jid::parse(u"user@example.com/balcony");
    m_settings.password = QStringLiteral("pencil");
    m_settings.autoReconnect = false;
    m_settings.cache = &m_cache;
}

void TestQuickstart::cleanup()
{
    m_connection.reset();
    m_server = nullptr;
    Scram::setTestNonce({});
}

void TestQuickstart::connect(bool earlyTls)
{
    m_nextId = 0;
    auto transport = std::make_unique<ScriptedTransport>();
    m_server = transport.get();
    m_server->setSupportsEarlyTls(earlyTls);
    m_connection = std::make_unique<Connection>(std::move(transport));
    // A module that sends initial presence as the session starts (what the presence module does).
    QObject::connect(m_connection.get(), &Connection::sessionStarting, m_connection.get(), [this] {
        if (m_sendPresence) {
            m_connection->send(Element(QStringLiteral("presence")));
        }
    });
    m_connection->setSettings(m_settings);
    m_connection->connectToServer();
    m_server->simulateConnected();
}

// First contact with a pipelining server: nothing is known, so nothing is guessed beyond what every
// server accepts; the profile is stored for next time.
void TestQuickstart::coldLoginLearnsTheServer()
{
    connect(true);
    QCOMPARE(m_server->takeWritePieces(), expected({ clientHeader(), starttls }));
    QCOMPARE(m_server->startTlsAfterWrites(), -1); // no ClientHello before the server said it pipelines
    m_server->inject(serverHeader() + tlsFeatures(true) + proceed);
    QCOMPARE(m_server->startTlsAfterWrites(), 1);
    m_server->simulateEncrypted();
    QCOMPARE(m_server->takeWritePieces(),
        expected({ clientHeader("example.com", "user@example.com"), sasl("auth", clientFirst, "SCRAM-SHA-1") }));
    m_server->inject(serverHeader() + mechanismFeatures(true) + sasl("challenge", serverFirst));
    // Listing 5: the final response, the restart and the bind in one write (the current stream advertises
    // pipelining). No SM enable or stanzas yet: the post-auth features are not known.
    QCOMPARE(m_server->takeWritePieces(),
        expected(
            { sasl("response", clientFinal), clientHeader("example.com", "user@example.com"), bindRequest(lastId()) }));
    const QByteArray bindId = lastId();
    m_server->inject(sasl("success", serverFinal) + serverHeader() + sessionFeatures(true) + bindResult(bindId));
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
    // Bound: SM enable and the session-start stanzas follow in one write.
    QCOMPARE(m_server->takeWritePieces(), expected({ enable, presence, "<r xmlns='urn:xmpp:sm:3'/>" }));
    QCOMPARE(m_server->writes().size(), 0);
    m_server->inject(enabled);
    QVERIFY(m_connection->isStreamManagementEnabled());
    // TCP, starttls, TLS 1.3, auth, final response+bind.
    QCOMPARE(m_connection->stats().roundTrips, 5);
    QVERIFY(!m_connection->stats().profileFromCache);
    QVERIFY(!m_connection->stats().pipelinedSessionStart);

    const ServerProfile profile = m_cache.serverProfile(QStringLiteral("example.com"));
    QVERIFY(profile.tlsFeatures.hasChild(u"pipelining", u"urn:xmpp:features:pipelining"));
    QVERIFY(profile.saslFeatures.hasChild(u"mechanisms", u"urn:ietf:params:xml:ns:xmpp-sasl"));
    QVERIFY(profile.sessionFeatures.hasChild(u"sm", u"urn:xmpp:sm:3"));
    QCOMPARE(profile.lastHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(profile.lastPort, quint16(5222));
}

// The seed's listings 1-6 exactly: 3 XMPP round trips after TCP (TLS 1.3 rides in the first one).
void TestQuickstart::pipeliningServerWarm()
{
    coldLoginLearnsTheServer();
    m_connection.reset();

    connect(true);
    // Listing 1: header + <starttls/>, then the ClientHello right behind it, before any reply.
    QCOMPARE(m_server->takeWritePieces(), expected({ clientHeader(), starttls }));
    QCOMPARE(m_server->startTlsAfterWrites(), 1);
    QCOMPARE(m_server->startTlsAfterInjected(), 0);
    // Listing 2: header, features, <proceed/> (+ ServerHello): no second TLS start.
    m_server->inject(serverHeader() + tlsFeatures(true) + proceed);
    QCOMPARE(m_server->writes().size(), 0);
    m_server->simulateEncrypted();
    // Listing 4 (with the TLS Finished): header + <auth/>.
    QCOMPARE(m_server->takeWritePieces(),
        expected({ clientHeader("example.com", "user@example.com"), sasl("auth", clientFirst, "SCRAM-SHA-1") }));
    // Listing 3 + challenge.
    m_server->inject(serverHeader() + mechanismFeatures(true) + sasl("challenge", serverFirst));
    // Listing 5, plus what the cached profile allows behind the bind: SM enable and initial presence.
    const QStringList write = m_server->takeWritePieces();
    const QByteArray bindId = lastId();
    QCOMPARE(write,
        expected({ sasl("response", clientFinal), clientHeader("example.com", "user@example.com"), bindRequest(bindId),
            enable, presence, "<r xmlns='urn:xmpp:sm:3'/>" }));
    // Listing 6 (+ <enabled/>).
    m_server->inject(
        sasl("success", serverFinal) + serverHeader() + sessionFeatures(true) + bindResult(bindId) + enabled);
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
    QVERIFY(m_connection->isStreamManagementEnabled());
    QCOMPARE(m_connection->boundJid().toString(), QStringLiteral("user@example.com/balcony"));
    QCOMPARE(m_server->writes().size(), 0);
    // TCP + the seed's minimum of 3.
    QCOMPARE(m_connection->stats().roundTrips, 4);
    QVERIFY(m_connection->stats().profileFromCache);
    QVERIFY(m_connection->stats().pipelinedSessionStart);
}

// A transport that cannot pipeline its ClientHello (QSslSocket) still pipelines everything else.
void TestQuickstart::pipeliningServerWithoutEarlyTlsTransport()
{
    coldLoginLearnsTheServer();
    m_connection.reset();

    connect(false);
    QCOMPARE(m_server->takeWritePieces(), expected({ clientHeader(), starttls }));
    QCOMPARE(m_server->startTlsAfterWrites(), -1);
    m_server->inject(serverHeader() + tlsFeatures(true) + proceed);
    QCOMPARE(m_server->startTlsAfterWrites(), 1);
    m_server->simulateEncrypted();
    m_server->takeWrite();
    m_server->inject(serverHeader() + mechanismFeatures(true) + sasl("challenge", serverFirst));
    const QByteArray bindId = lastId();
    QCOMPARE(m_server->takeWritePieces(),
        expected({ sasl("response", clientFinal), clientHeader("example.com", "user@example.com"), bindRequest(bindId),
            enable, presence, "<r xmlns='urn:xmpp:sm:3'/>" }));
    m_server->inject(
        sasl("success", serverFinal) + serverHeader() + sessionFeatures(true) + bindResult(bindId) + enabled);
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
    QCOMPARE(m_connection->stats().roundTrips, 5);
}

// Prosody 0.12 / ejabberd: no pipelining feature. Never a restart behind a SASL message; after <success/>
// the restart, bind, SM enable and the session-start stanzas go out in one write (the notes' table).
void TestQuickstart::prosodyLikeServerWarm()
{
    prosodyLikeServerCold();
    m_connection.reset();

    connect(true);
    QCOMPARE(m_server->takeWritePieces(), expected({ clientHeader(), starttls }));
    QCOMPARE(m_server->startTlsAfterWrites(), -1); // the server did not advertise pipelining
    m_server->inject(serverHeader() + tlsFeatures(false) + proceed);
    m_server->simulateEncrypted();
    QCOMPARE(m_server->takeWritePieces(),
        expected({ clientHeader("example.com", "user@example.com"), sasl("auth", clientFirst, "SCRAM-SHA-1") }));
    m_server->inject(serverHeader() + mechanismFeatures(false) + sasl("challenge", serverFirst));
    QCOMPARE(m_server->takeWritePieces(), expected({ sasl("response", clientFinal) }));
    m_server->inject(sasl("success", serverFinal));
    const QByteArray bindId = lastId();
    QCOMPARE(m_server->takeWritePieces(),
        expected({ clientHeader("example.com", "user@example.com"), bindRequest(bindId), enable, presence,
            "<r xmlns='urn:xmpp:sm:3'/>" }));
    m_server->inject(serverHeader() + sessionFeatures(false) + bindResult(bindId) + enabled);
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
    QVERIFY(m_connection->isStreamManagementEnabled());
    // TCP, starttls, TLS, auth, response, bind+enable+presence: fully online in 6.
    QCOMPARE(m_connection->stats().roundTrips, 6);
    QVERIFY(m_connection->stats().pipelinedSessionStart);
}

void TestQuickstart::prosodyLikeServerCold()
{
    connect(true);
    QCOMPARE(m_server->takeWritePieces(), expected({ clientHeader(), starttls }));
    m_server->inject(serverHeader() + tlsFeatures(false) + proceed);
    m_server->simulateEncrypted();
    m_server->takeWrite();
    m_server->inject(serverHeader() + mechanismFeatures(false) + sasl("challenge", serverFirst));
    QCOMPARE(m_server->takeWritePieces(), expected({ sasl("response", clientFinal) }));
    m_server->inject(sasl("success", serverFinal));
    const QByteArray bindId = lastId();
    // Nothing known about the post-auth features: the bind alone.
    QCOMPARE(m_server->takeWritePieces(),
        expected({ clientHeader("example.com", "user@example.com"), bindRequest(bindId) }));
    m_server->inject(serverHeader() + sessionFeatures(false) + bindResult(bindId));
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
    QCOMPARE(m_server->takeWritePieces(), expected({ enable, presence, "<r xmlns='urn:xmpp:sm:3'/>" }));
    QCOMPARE(m_connection->stats().roundTrips, 6);
    QVERIFY(!m_connection->stats().pipelinedSessionStart);
}

// The cached profile promised SM; today's server has none: its <failed/> turns SM off, nothing breaks.
void TestQuickstart::staleProfileStillLogsIn()
{
    prosodyLikeServerCold();
    m_connection.reset();

    connect(false);
    m_server->inject(serverHeader() + tlsFeatures(false) + proceed);
    m_server->simulateEncrypted();
    m_server->inject(serverHeader() + mechanismFeatures(false) + sasl("challenge", serverFirst));
    m_server->inject(sasl("success", serverFinal));
    m_server->clearWrites();
    const QByteArray bindId = lastId();
    m_server->inject(serverHeader()
        + "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></stream:features>" + bindResult(bindId)
        + "<failed xmlns='urn:xmpp:sm:3'><unexpected-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></failed>");
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
    QVERIFY(!m_connection->isStreamManagementEnabled());
    QVERIFY(m_connection->send(Element(QStringLiteral("message"))));
    QCOMPARE(m_server->takeWritePieces(), expected({ "<message xmlns='jabber:client'/>" }));
    // The new features replace the cached ones.
    QVERIFY(!m_cache.serverProfile(QStringLiteral("example.com")).sessionFeatures.hasChild(u"sm", u"urn:xmpp:sm:3"));
}

// The mechanism guessed before the features arrive is the best one the server offered last time.
void TestQuickstart::cachedMechanismGuess()
{
    ServerProfile profile;
    Element features(QStringLiteral("features"), QStringLiteral("http://etherx.jabber.org/streams"));
    Element mechanisms(QStringLiteral("mechanisms"), QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl"));
    mechanisms.appendTextChild(QStringLiteral("mechanism"), QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl"),
        QStringLiteral("SCRAM-SHA-256"));
    mechanisms.appendTextChild(
        QStringLiteral("mechanism"), QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl"), QStringLiteral("SCRAM-SHA-1"));
    features.appendChild(mechanisms);
    profile.saslFeatures = features;
    m_cache.storeServerProfile(QStringLiteral("example.com"), profile);
    connect(false);
    m_server->inject(serverHeader() + tlsFeatures(false) + proceed);
    m_server->simulateEncrypted();
    m_server->takeWrite(); // header + <starttls/>
    const QByteArray write = m_server->takeWrite();
    QVERIFY2(write.contains("mechanism=\"SCRAM-SHA-256\"") || write.contains("mechanism='SCRAM-SHA-256'"),
        write.constData());
}

QTEST_GUILESS_MAIN(TestQuickstart)
#include "tst_quickstart.moc"
