// XMPP over WebSocket (RFC 7395) end to end on Prosody's mod_websocket and ejabberd's ejabberd_http_ws (the server's
// HTTPS port with the fixture's CA-signed certificate): login and messages both ways with a TCP client, XEP-0198
// resumption across cuts of the WebSocket's TCP connection (a DelayProxy in front of the HTTPS port), an untrusted
// certificate, `balcony-cli login --json --transport websocket`, and both bindings found through the server's XEP-0156
// host-meta (ejabberd's mod_host_meta; Prosody 0.12 has none).
#include "E2eSupport.h"
#include "delay_proxy.h"
#include "stream/BoshTransport.h"
#include "stream/ConnectionCache.h"
#include "stream/WebSocketTransport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::DelayProxyThread;
using balcony::test::settingsFor;
using balcony::test::XmppServerFixture;

namespace {

const QString SeqPrefix = u"seq "_s;

qint64 shortBackoff(qint64 upperInclusive)
{
    return std::min<qint64>(upperInclusive, 200);
}

// One account on its own Connection, over TCP or WebSocket: announces itself at each new session and records the
// sequence numbers of the chat messages it receives.
class Peer : public QObject {
public:
    Peer(const XmppServerFixture &server, const QString &user, const QUrl &websocket = {})
    {
        ConnectionSettings settings = settingsFor(server, user, u"pw-"_s + user);
        if (!websocket.isEmpty()) {
            settings.binding = TransportBinding::WebSocket;
            settings.websocketUrl = websocket;
        }
        settings.cache = &cache;
        settings.autoReconnect = true;
        connection.setSettings(settings);
        connection.setBackoffRandomSource(shortBackoff);
        connect(&connection, &Connection::sessionStarting, this,
            [this](bool) { connection.send(Element(u"presence"_s, u"jabber:client"_s)); });
        connect(&connection, &Connection::connected, this, [this] { ++connectedCount; });
        connect(&connection, &Connection::sessionResumed, this, [this](int) { ++resumptions; });
        connect(&connection, &Connection::stanzaReceived, this, [this](const Element &stanza) {
            const QString body = stanza.childText(u"body");
            if (stanza.name() == u"message" && body.startsWith(SeqPrefix)) {
                received.append(body.mid(SeqPrefix.size()).toInt());
            }
        });
        connect(&connection, &Connection::errorOccurred, this,
            [this](const ConnectionError &error) { errors.append(error.message); });
    }

    bool sendSeq(const Jid &to, int seq)
    {
        Element message(u"message"_s, u"jabber:client"_s);
        message.setAttribute(u"type"_s, u"chat"_s);
        message.setAttribute(u"id"_s, Connection::generateId());
        message.setAttribute(u"to"_s, to.toString());
        message.appendTextChild(u"body"_s, u"jabber:client"_s, SeqPrefix + QString::number(seq));
        message.appendChild(Element(u"no-permanent-store"_s, u"urn:xmpp:hints"_s));
        return connection.send(message);
    }

    MemoryConnectionCache cache;
    Connection connection;
    int connectedCount = 0;
    int resumptions = 0;
    QList<int> received;
    QStringList errors;
};

QList<int> range(int from, int to)
{
    QList<int> list;
    for (int i = from; i < to; ++i) {
        list.append(i);
    }
    return list;
}

} // namespace

class TestE2eWebSocket : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BALCONY_REQUIRE_SERVER();
        XmppServerFixture::Options options;
        options.httpBindings = true;
        options.messageArchive = false;
        m_server = XmppServerFixture::create(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        for (const QString &user : { u"alice"_s, u"bob"_s, u"carol"_s }) {
            QVERIFY2(m_server->registerUser(user, u"pw-"_s + user), qPrintable(m_server->errorString()));
        }
    }
    void cleanupTestCase() { m_server.reset(); }

    void loginAndMessagesBothWays();
    void resumesAcrossCuts();
    void untrustedCertificate();
    void notAWebSocketEndpoint();
    void cliLoginJson();
    void endpointsFromHostMeta_data();
    void endpointsFromHostMeta();

private:
    std::unique_ptr<XmppServerFixture> m_server;
};

void TestE2eWebSocket::loginAndMessagesBothWays()
{
    Peer alice(*m_server, u"alice"_s, m_server->websocketUrl());
    Peer bob(*m_server, u"bob"_s);
    alice.connection.connectToServer();
    bob.connection.connectToServer();
    QTRY_VERIFY2_WITH_TIMEOUT(alice.connection.state() == ConnectionState::Connected,
        qPrintable(alice.errors.join(u"; "_s)), test::BoundTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(bob.connection.state() == ConnectionState::Connected, test::BoundTimeoutMs);
    const ConnectionStats stats = alice.connection.stats();
    QCOMPARE(stats.binding, u"websocket"_s);
    QCOMPARE(stats.peer, m_server->websocketUrl().toString());
    QVERIFY(stats.directTls);
    QVERIFY(!stats.tlsProtocol.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(alice.connection.isStreamManagementEnabled(), 5000); // <enabled/> may follow the bind
    QCOMPARE(alice.connection.boundJid().bare().toString(), u"alice@localhost"_s);
    QCOMPARE(bob.connection.stats().binding, u"tcp"_s);
    qInfo("%s WebSocket: bound after %d round trips (%s), TCP: %d", qPrintable(m_server->name()), stats.roundTrips,
        qPrintable(stats.tlsProtocol), bob.connection.stats().roundTrips);

    const Jid aliceJid = alice.connection.boundJid();
    const Jid bobJid = bob.connection.boundJid();
    for (int i = 0; i < 50; ++i) {
        QVERIFY(alice.sendSeq(bobJid, i));
        QVERIFY(bob.sendSeq(aliceJid, i));
    }
    QTRY_COMPARE_WITH_TIMEOUT(bob.received.size(), 50, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(alice.received.size(), 50, 15000);
    QCOMPARE(bob.received, range(0, 50));
    QCOMPARE(alice.received, range(0, 50));
    // Every message alice sent was acknowledged (XEP-0198 over the WebSocket).
    QTRY_COMPARE_WITH_TIMEOUT(alice.connection.unacknowledgedCount(), 0, 10000);

    // A clean close: our <close/>, the server's, the WebSocket closes.
    QSignalSpy disconnected(&alice.connection, &Connection::disconnected);
    alice.connection.disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(alice.connection.state(), ConnectionState::Disconnected, 10000);
    QVERIFY2(alice.errors.isEmpty(), qPrintable(alice.errors.join(u"; "_s)));
}

void TestE2eWebSocket::resumesAcrossCuts()
{
    DelayProxyThread proxy(QHostAddress::LocalHost, m_server->httpsPort(), 0, 0);
    QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));
    QUrl url = m_server->websocketUrl();
    url.setPort(proxy.port());
    Peer alice(*m_server, u"carol"_s, url);
    Peer bob(*m_server, u"bob"_s);
    alice.connection.connectToServer();
    bob.connection.connectToServer();
    QTRY_VERIFY2_WITH_TIMEOUT(alice.connection.state() == ConnectionState::Connected,
        qPrintable(alice.errors.join(u"; "_s)), test::BoundTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(bob.connection.state() == ConnectionState::Connected, test::BoundTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(alice.connection.isStreamManagementEnabled(), 5000); // <enabled/> may follow the bind
    const Jid bobJid = bob.connection.boundJid();
    // The same exactly-once check as tst_e2e_resume on TCP: 1,000 messages, three cuts while they flow.
    constexpr int Count = 1000;
    constexpr int Burst = 25;
    const QList<int> cutAfter { 200, 450, 700 };
    int next = 0;
    int cuts = 0;
    // Bursts from the event loop; after the bursts that pass 200, 450 and 700 messages the WebSocket's TCP
    // connection is cut while the burst is in flight (once fewer than 100 are unacknowledged: tst_e2e_resume says
    // why Prosody needs that), and carol must resume (not start a new session) and resend what was unacknowledged.
    QTimer timer;
    timer.setInterval(20);
    connect(&timer, &QTimer::timeout, this, [&] {
        if (alice.connection.state() != ConnectionState::Connected || next >= Count) {
            return;
        }
        for (int i = 0; i < Burst && next < Count; ++i) {
            alice.sendSeq(bobJid, next++);
        }
        if (cuts < cutAfter.size() && next >= cutAfter[cuts] && alice.connection.unacknowledgedCount() < 100) {
            proxy.cutAll();
            ++cuts;
        }
    });
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(next >= Count, 90000);
    QTRY_COMPARE_WITH_TIMEOUT(bob.received.size(), Count, 30000);
    QCOMPARE(bob.received, range(0, Count));
    QCOMPARE(cuts, 3);
    QCOMPARE(alice.resumptions, 3);
    QCOMPARE(alice.connectedCount, 4);
    QTRY_COMPARE_WITH_TIMEOUT(alice.connection.unacknowledgedCount(), 0, 10000);
    // Nothing more arrives late (no duplicates from the resends).
    QTest::qWait(300);
    QCOMPARE(bob.received.size(), Count);
}

void TestE2eWebSocket::untrustedCertificate()
{
    ConnectionSettings settings = settingsFor(*m_server, u"alice"_s, u"pw-alice"_s, false, /*trustCa=*/false);
    settings.binding = TransportBinding::WebSocket;
    settings.websocketUrl = m_server->websocketUrl();
    Connection connection;
    connection.setSettings(settings);
    QSignalSpy errors(&connection, &Connection::errorOccurred);
    connection.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 15000);
    const auto error = errors.first().first().value<ConnectionError>();
    QCOMPARE(error.kind, ConnectionError::Kind::Certificate);
    QCOMPARE(error.fingerprint, m_server->serverFingerprint());
    QVERIFY(!error.willRetry);

    // The user's explicit decision for exactly this certificate lets it through.
    settings.trustedFingerprints = { m_server->serverFingerprint() };
    Connection trusted;
    trusted.setSettings(settings);
    trusted.connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(trusted.state(), ConnectionState::Connected, test::BoundTimeoutMs);
}

void TestE2eWebSocket::notAWebSocketEndpoint()
{
    // The BOSH path on the same server answers HTTP, but no WebSocket upgrade with the xmpp subprotocol.
    ConnectionSettings settings = settingsFor(*m_server, u"alice"_s, u"pw-alice"_s);
    settings.binding = TransportBinding::WebSocket;
    QUrl url = m_server->websocketUrl();
    url.setPath(u"/no-such-endpoint"_s);
    settings.websocketUrl = url;
    Connection connection;
    connection.setSettings(settings);
    QSignalSpy errors(&connection, &Connection::errorOccurred);
    connection.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 15000);
    const auto error = errors.first().first().value<ConnectionError>();
    QCOMPARE(error.kind, ConnectionError::Kind::Network);
    QVERIFY2(error.message.contains(u"no-such-endpoint"_s), qPrintable(error.message));
    QCOMPARE(connection.state(), ConnectionState::Disconnected);
}

void TestE2eWebSocket::cliLoginJson()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess cli;
    cli.setProcessEnvironment(test::cliEnvironment(u"pw-alice"_s, home.path()));
    QStringList args { u"login"_s, u"--json"_s, u"--jid"_s, u"alice@localhost"_s, u"--ca-file"_s, m_server->caFile(),
        u"--profile"_s, home.path() + u"/profile"_s, u"--transport"_s, u"websocket"_s, u"--websocket-url"_s,
        m_server->websocketUrl().toString() };
    cli.start(test::cliPath(), args);
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray out = cli.readAllStandardOutput();
    QVERIFY2(cli.exitCode() == 0, qPrintable(QString::fromUtf8(out + cli.readAllStandardError())));
    const QList<QJsonObject> lines = test::jsonLines(out);
    QVERIFY(!lines.isEmpty());
    const QJsonObject login = lines.constLast();
    QCOMPARE(login.value(u"binding"_s).toString(), u"websocket"_s);
    QCOMPARE(login.value(u"peer"_s).toString(), m_server->websocketUrl().toString());
    QVERIFY(login.value(u"roundTrips"_s).toInt() > 0);
    qInfo("balcony-cli login over WebSocket: %s", out.trimmed().constData());

    // A wrong scheme is refused before anything is sent.
    QProcess bad;
    bad.setProcessEnvironment(test::cliEnvironment(u"pw-alice"_s, home.path()));
    args.last() = u"https://localhost/xmpp-websocket"_s;
    bad.start(test::cliPath(), args);
    QVERIFY(bad.waitForFinished(30000));
    QVERIFY(bad.exitCode() != 0);
    QVERIFY(bad.readAllStandardError().contains("wss://"));
}

void TestE2eWebSocket::endpointsFromHostMeta_data()
{
    QTest::addColumn<bool>("bosh");
    QTest::newRow("WebSocket") << false;
    QTest::newRow("BOSH") << true;
}

// No endpoint configured: the transport reads the server's host-meta (XEP-0156, over HTTPS with the account's trust;
// here at the fixture's HTTPS port, as https://DOMAIN/.well-known/ is port 443) and signs in at the endpoint it
// names. The second login takes the endpoint from the cache (XEP-0305 §2): no discovery round trip.
void TestE2eWebSocket::endpointsFromHostMeta()
{
    QFETCH(bool, bosh);
    if (m_server->name() != u"ejabberd") {
        QSKIP("Prosody 0.12 serves no host-meta (mod_host_meta is a community module); ejabberd's mod_host_meta is "
              "the server side here");
    }
    QUrl base;
    base.setScheme(u"https"_s);
    base.setHost(m_server->domain());
    base.setPort(m_server->httpsPort());
    MemoryConnectionCache cache;
    for (int round = 0; round < 2; ++round) {
        std::unique_ptr<Transport> transport;
        if (bosh) {
            auto owned = std::make_unique<BoshTransport>();
            owned->setDiscoveryBase(base);
            transport = std::move(owned);
        } else {
            auto owned = std::make_unique<WebSocketTransport>();
            owned->setDiscoveryBase(base);
            transport = std::move(owned);
        }
        Connection connection(std::move(transport));
        ConnectionSettings settings = settingsFor(*m_server, u"carol"_s, u"pw-carol"_s);
        settings.binding = bosh ? TransportBinding::Bosh : TransportBinding::WebSocket;
        settings.cache = &cache;
        connection.setSettings(settings);
        QStringList errors;
        connect(&connection, &Connection::errorOccurred, this,
            [&errors](const ConnectionError &error) { errors.append(error.message); });
        connection.connectToServer();
        QTRY_VERIFY2_WITH_TIMEOUT(
            connection.state() == ConnectionState::Connected, qPrintable(errors.join(u"; "_s)), test::BoundTimeoutMs);
        const ConnectionStats stats = connection.stats();
        QCOMPARE(stats.binding, bosh ? u"bosh"_s : u"websocket"_s);
        QCOMPARE(stats.peer, (bosh ? m_server->boshUrl() : m_server->websocketUrl()).toString());
        const std::optional<CachedHttpEndpoints> cached = cache.httpEndpoints(m_server->domain());
        QVERIFY(cached);
        QCOMPARE(cached->bosh, QList<QUrl> { m_server->boshUrl() });
        QCOMPARE(cached->websocket, QList<QUrl> { m_server->websocketUrl() });
        QCOMPARE(stats.dnsFromCache, round == 1); // the endpoint: fetched, then from the cache
        qInfo("%s over %s from host-meta (%s): %d round trips", qPrintable(m_server->name()),
            bosh ? "BOSH" : "WebSocket", round == 0 ? "fetched" : "cached", stats.roundTrips);
        connection.disconnectFromServer();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Disconnected, 10000);
    }
}

QTEST_MAIN(TestE2eWebSocket)
#include "tst_e2e_websocket.moc"
