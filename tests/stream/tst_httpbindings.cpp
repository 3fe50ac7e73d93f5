// The pieces the HTTP bindings share: the stream framing (XmlElementSplitter and the RFC 7395 conversions) and
// XEP-0156 host-meta discovery (JRD and XRD parsers; fetching from a loopback HTTPS server with the account's trust
// rules, bounds, the fallback from host-meta.json to host-meta, and the cache).
#include "../files/HttpsTestServer.h"
#include "ScriptedTransport.h"
#include "stream/BoshTransport.h"
#include "stream/CertificateTrust.h"
#include "stream/Connection.h"
#include "stream/HostMetaDiscovery.h"
#include "stream/WebSocketTransport.h"
#include "stream/XmppFraming.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::HttpsTestServer;

namespace {

const QByteArray Jrd = "{\"links\":["
                       "{\"rel\":\"urn:xmpp:alt-connections:xbosh\",\"href\":\"https://example.org/http-bind\"},"
                       "{\"rel\":\"urn:xmpp:alt-connections:websocket\",\"href\":\"wss://example.org/xmpp-websocket\"},"
                       "{\"rel\":\"urn:xmpp:alt-connections:websocket\",\"href\":\"ws://example.org/plain\"},"
                       "{\"rel\":\"urn:xmpp:alt-connections:xbosh\",\"href\":\"http://example.org/plain-bind\"},"
                       "{\"rel\":\"urn:xmpp:alt-connections:websocket\",\"href\":\"wss://user:pw@example.org/creds\"},"
                       "{\"rel\":\"something-else\",\"href\":\"wss://example.org/other\"}]}";

const QByteArray Xrd = "<?xml version='1.0' encoding='utf-8'?>\n"
                       "<XRD xmlns='http://docs.oasis-open.org/ns/xri/xrd-1.0'>\n"
                       "  <Link rel='urn:xmpp:alt-connections:xbosh' href='https://example.org/bosh'/>\n"
                       "  <Link rel='urn:xmpp:alt-connections:websocket' href='wss://example.org/ws'/>\n"
                       "</XRD>\n";

QList<QByteArray> elementsOf(const QList<XmlElementSplitter::Item> &items)
{
    QList<QByteArray> out;
    for (const auto &item : items) {
        out.append(item.kind == XmlElementSplitter::Item::Kind::StreamOpen ? "OPEN:" + item.bytes
                : item.kind == XmlElementSplitter::Item::Kind::StreamClose ? QByteArray("CLOSE")
                                                                           : item.bytes);
    }
    return out;
}

} // namespace

class TestHttpBindings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitterFindsElementsWhereverTheInputIsCut();
    void splitterRefuses_data();
    void splitterRefuses();
    void standaloneElements();
    void framingElements();
    void jrdLinks();
    void xrdLinks();
    void malformedDocuments_data();
    void malformedDocuments();
    void discoveryFetchesAndCaches();
    void discoveryFallsBackToXrd();
    void discoveryFailuresAreNotCached();
    void discoveryUntrustedCertificate();
    void discoveryBoundsTheDocument();
    void noWebSocketEndpointExplained();
    void noBoshEndpointExplained();
    void connectionRefusesUnavailableBindings_data();
    void connectionRefusesUnavailableBindings();

private:
    void startServer(HttpsTestServer &server)
    {
        QVERIFY(server.start());
        m_fingerprints = { CertificateTrust::fingerprint(server.certificate()) };
    }
    QUrl base(const HttpsTestServer &server) const { return QUrl(QString::fromLatin1(server.url(QByteArray()))); }
    QList<QByteArray> m_fingerprints;
};

void TestHttpBindings::splitterFindsElementsWhereverTheInputIsCut()
{
    const QByteArray input = "<?xml version='1.0'?><stream:stream xmlns=\"jabber:client\" to=\"a>b\">"
                             "<message to='x&gt;' a=\"'\"><body>1 &lt; 2<![CDATA[</body>]]></body></message>\n "
                             "<iq type='get' id=\"/>\"/><presence/></stream:stream>";
    const QList<QByteArray> expected { "OPEN:<stream:stream xmlns=\"jabber:client\" to=\"a>b\">",
        "<message to='x&gt;' a=\"'\"><body>1 &lt; 2<![CDATA[</body>]]></body></message>", "<iq type='get' id=\"/>\"/>",
        "<presence/>", "CLOSE" };
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        XmlElementSplitter splitter(true);
        auto first = splitter.feed(input.left(cut));
        QVERIFY(first);
        auto second = splitter.feed(input.mid(cut));
        QVERIFY(second);
        QCOMPARE(elementsOf(*first + *second), expected);
        QCOMPARE(splitter.pendingBytes(), 0);
    }
    // Byte by byte.
    XmlElementSplitter splitter(true);
    QList<XmlElementSplitter::Item> items;
    for (const char c : input) {
        auto some = splitter.feed(QByteArray(1, c));
        QVERIFY(some);
        items += *some;
    }
    QCOMPARE(elementsOf(items), expected);
}

void TestHttpBindings::splitterRefuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("streamTags");
    QTest::newRow("text outside") << QByteArray("<a/>x") << false;
    QTest::newRow("comment") << QByteArray("<a><!-- c --></a>") << false;
    QTest::newRow("doctype") << QByteArray("<!DOCTYPE a><a/>") << false;
    QTest::newRow("pi in a message") << QByteArray("<?xml version='1.0'?><a/>") << false;
    QTest::newRow("pi inside an element") << QByteArray("<stream:stream><a><?pi?></a>") << true;
    QTest::newRow("stray end tag") << QByteArray("</a>") << false;
    QTest::newRow("stream tags in a message") << QByteArray("</stream:stream>") << false;
    QTest::newRow("bad empty tag") << QByteArray("<a/ >") << false;
    QTest::newRow("too deep") << QByteArray("<a>").repeated(65) << false;
}

void TestHttpBindings::splitterRefuses()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, streamTags);
    XmlElementSplitter splitter(streamTags);
    QVERIFY(!splitter.feed(input));
    QVERIFY(!splitter.errorString().isEmpty());
    QVERIFY(!splitter.feed("<a/>")); // stays failed
    splitter.reset();
    QVERIFY(splitter.feed("<a/>"));
}

void TestHttpBindings::standaloneElements()
{
    QCOMPARE(framing::standaloneElement("<message to='a'><body/></message>"),
        QByteArray("<message xmlns=\"jabber:client\" to='a'><body/></message>"));
    QCOMPARE(framing::standaloneElement("<presence/>"), QByteArray("<presence xmlns=\"jabber:client\"/>"));
    QCOMPARE(framing::standaloneElement("<r xmlns='urn:xmpp:sm:3'/>"), QByteArray("<r xmlns='urn:xmpp:sm:3'/>"));
    QCOMPARE(framing::standaloneElement("<stream:error><x/></stream:error>"),
        QByteArray("<stream:error xmlns:stream=\"http://etherx.jabber.org/streams\"><x/></stream:error>"));
    QCOMPARE(framing::openFromStreamHeader("<stream:stream xmlns=\"jabber:client\" "
                                           "xmlns:stream=\"http://etherx.jabber.org/streams\" from=\"a@b\" to=\"b\" "
                                           "version=\"1.0\" xml:lang=\"en\">"),
        QByteArray("<open xmlns=\"urn:ietf:params:xml:ns:xmpp-framing\" from=\"a@b\" to=\"b\" version=\"1.0\" "
                   "xml:lang=\"en\"/>"));
}

void TestHttpBindings::framingElements()
{
    auto open = framing::readFramingElement(
        "<open xmlns='urn:ietf:params:xml:ns:xmpp-framing' from='b' id='i&amp;d' version='1.0' xml:lang='de'/>");
    QCOMPARE(open.kind, framing::FramingElement::Kind::Open);
    QCOMPARE(open.id, u"i&d"_s);
    QCOMPARE(open.lang, u"de"_s);
    QCOMPARE(framing::streamHeaderFromOpen(open),
        QByteArray("<?xml version='1.0'?><stream:stream xmlns=\"jabber:client\" "
                   "xmlns:stream=\"http://etherx.jabber.org/streams\" from=\"b\" id=\"i&amp;d\" version=\"1.0\" "
                   "xml:lang=\"de\">"));
    auto close = framing::readFramingElement(
        "<close xmlns='urn:ietf:params:xml:ns:xmpp-framing' see-other-uri='wss://other.example/ws'/>");
    QCOMPARE(close.kind, framing::FramingElement::Kind::Close);
    QCOMPARE(close.seeOtherUri, u"wss://other.example/ws"_s);
    QCOMPARE(framing::readFramingElement("<message xmlns='jabber:client'/>").kind, framing::FramingElement::Kind::None);
    QVERIFY(framing::readFramingElement("<open xmlns='jabber:client'/>").wrongNamespace);
    QVERIFY(framing::readFramingElement("<x:close xmlns:x='urn:other'/>").wrongNamespace);
}

void TestHttpBindings::jrdLinks()
{
    const auto links = HostMetaDiscovery::parseJrd(Jrd);
    QVERIFY(links);
    // Only the secure schemes, no credentials, known rels.
    QCOMPARE(links->bosh, QList<QUrl> { QUrl(u"https://example.org/http-bind"_s) });
    QCOMPARE(links->websocket, QList<QUrl> { QUrl(u"wss://example.org/xmpp-websocket"_s) });
    // At most MaxLinks of each.
    QByteArray many = "{\"links\":[";
    for (int i = 0; i < 100; ++i) {
        many += QByteArray(i ? "," : "")
            + "{\"rel\":\"urn:xmpp:alt-connections:websocket\",\"href\":\"wss://example.org/" + QByteArray::number(i)
            + "\"}";
    }
    many += "]}";
    QCOMPARE(HostMetaDiscovery::parseJrd(many)->websocket.size(), HostMetaDiscovery::MaxLinks);
    QVERIFY(HostMetaDiscovery::parseJrd("{}")->websocket.isEmpty());
}

void TestHttpBindings::xrdLinks()
{
    const auto links = HostMetaDiscovery::parseXrd(Xrd);
    QVERIFY(links);
    QCOMPARE(links->bosh, QList<QUrl> { QUrl(u"https://example.org/bosh"_s) });
    QCOMPARE(links->websocket, QList<QUrl> { QUrl(u"wss://example.org/ws"_s) });
}

void TestHttpBindings::malformedDocuments_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("json");
    QTest::newRow("json: not json") << QByteArray("<XRD/>") << true;
    QTest::newRow("json: an array") << QByteArray("[]") << true;
    QTest::newRow("json: links not an array") << QByteArray("{\"links\":{}}") << true;
    QTest::newRow("xrd: wrong root") << QByteArray("<html/>") << false;
    QTest::newRow("xrd: no namespace") << QByteArray("<XRD><Link rel='x' href='y'/></XRD>") << false;
    QTest::newRow("xrd: not well-formed")
        << QByteArray("<XRD xmlns='http://docs.oasis-open.org/ns/xri/xrd-1.0'>") << false;
    QTest::newRow("xrd: entity bomb") << QByteArray("<!DOCTYPE XRD [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;'>]>"
                                                    "<XRD xmlns='http://docs.oasis-open.org/ns/xri/xrd-1.0'>&b;</XRD>")
                                      << false;
    QTest::newRow("xrd: too deep") << QByteArray("<XRD xmlns='http://docs.oasis-open.org/ns/xri/xrd-1.0'>"
        + QByteArray("<a>").repeated(20) + QByteArray("</a>").repeated(20) + "</XRD>")
                                   << false;
}

void TestHttpBindings::malformedDocuments()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, json);
    QVERIFY(!(json ? HostMetaDiscovery::parseJrd(document) : HostMetaDiscovery::parseXrd(document)));
}

void TestHttpBindings::discoveryFetchesAndCaches()
{
    HttpsTestServer server;
    startServer(server);
    server.files.insert("/.well-known/host-meta.json", Jrd);
    MemoryConnectionCache cache;
    HostMetaDiscovery discovery;
    QSignalSpy finished(&discovery, &HostMetaDiscovery::finished);
    discovery.start(u"example.org"_s, &cache, {}, m_fingerprints, base(server));
    QVERIFY(finished.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    auto result = finished.takeFirst().first().value<HostMetaDiscovery::Result>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.fromCache);
    QCOMPARE(result.roundTrips, 3);
    QCOMPARE(result.endpoints.websocket, QList<QUrl> { QUrl(u"wss://example.org/xmpp-websocket"_s) });
    const auto cached = cache.httpEndpoints(u"example.org"_s);
    QVERIFY(cached);
    QVERIFY(cached->isFresh(QDateTime::currentDateTimeUtc()));
    QCOMPARE(cached->bosh, result.endpoints.bosh);
    QCOMPARE(server.requests().size(), 1);

    // The next lookup is answered from the cache, asynchronously, without a request.
    discovery.start(u"example.org"_s, &cache, {}, m_fingerprints, base(server));
    QVERIFY(finished.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    result = finished.takeFirst().first().value<HostMetaDiscovery::Result>();
    QVERIFY(result.ok);
    QVERIFY(result.fromCache);
    QCOMPARE(result.roundTrips, 0);
    QCOMPARE(server.requests().size(), 1);

    // An expired entry is fetched again.
    CachedHttpEndpoints old = *cached;
    old.expires = QDateTime::currentDateTimeUtc().addSecs(-1);
    cache.storeHttpEndpoints(u"example.org"_s, old);
    discovery.start(u"example.org"_s, &cache, {}, m_fingerprints, base(server));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(!finished.takeFirst().first().value<HostMetaDiscovery::Result>().fromCache);
    QCOMPARE(server.requests().size(), 2);
}

void TestHttpBindings::discoveryFallsBackToXrd()
{
    HttpsTestServer server;
    startServer(server);
    server.files.insert("/.well-known/host-meta", Xrd);
    MemoryConnectionCache cache;
    HostMetaDiscovery discovery;
    QSignalSpy finished(&discovery, &HostMetaDiscovery::finished);
    discovery.start(u"example.org"_s, &cache, {}, m_fingerprints, base(server));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto result = finished.takeFirst().first().value<HostMetaDiscovery::Result>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.endpoints.websocket, QList<QUrl> { QUrl(u"wss://example.org/ws"_s) });
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests()[0].path, QByteArray("/.well-known/host-meta.json"));
    QCOMPARE(server.requests()[1].path, QByteArray("/.well-known/host-meta"));

    // A server with a document but no links: a negative answer, cached (an hour) so the next connect does not ask.
    HttpsTestServer empty;
    startServer(empty);
    empty.files.insert("/.well-known/host-meta.json", "{\"links\":[]}");
    discovery.start(u"empty.example"_s, &cache, {}, m_fingerprints, base(empty));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(finished.takeFirst().first().value<HostMetaDiscovery::Result>().ok);
    const auto negative = cache.httpEndpoints(u"empty.example"_s);
    QVERIFY(negative);
    QVERIFY(negative->websocket.isEmpty() && negative->bosh.isEmpty());
    QVERIFY(negative->expires <= QDateTime::currentDateTimeUtc().addSecs(HostMetaDiscovery::NegativeCacheSeconds + 5));
}

void TestHttpBindings::discoveryFailuresAreNotCached()
{
    HttpsTestServer server;
    startServer(server);
    server.files.insert("/.well-known/host-meta.json", "this is not json");
    server.files.insert("/.well-known/host-meta", "<html><body>not xrd</body></html>");
    MemoryConnectionCache cache;
    HostMetaDiscovery discovery;
    QSignalSpy finished(&discovery, &HostMetaDiscovery::finished);
    discovery.start(u"example.org"_s, &cache, {}, m_fingerprints, base(server));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    auto result = finished.takeFirst().first().value<HostMetaDiscovery::Result>();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"XRD"_s), qPrintable(result.error));
    QVERIFY(!cache.httpEndpoints(u"example.org"_s));

    server.files.clear(); // 404 for both
    discovery.start(u"example.org"_s, &cache, {}, m_fingerprints, base(server));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    result = finished.takeFirst().first().value<HostMetaDiscovery::Result>();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"404"_s), qPrintable(result.error));
    QVERIFY(!cache.httpEndpoints(u"example.org"_s));
}

void TestHttpBindings::discoveryUntrustedCertificate()
{
    HttpsTestServer server;
    startServer(server);
    server.files.insert("/.well-known/host-meta.json", Jrd);
    MemoryConnectionCache cache;
    HostMetaDiscovery discovery;
    QSignalSpy finished(&discovery, &HostMetaDiscovery::finished);
    discovery.start(u"example.org"_s, &cache, {}, {}, base(server));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto result = finished.takeFirst().first().value<HostMetaDiscovery::Result>();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"not trusted"_s), qPrintable(result.error));
    QVERIFY(server.requests().isEmpty());
    QVERIFY(!cache.httpEndpoints(u"example.org"_s));
}

void TestHttpBindings::discoveryBoundsTheDocument()
{
    HttpsTestServer server;
    startServer(server);
    QByteArray huge = "{\"links\":[],\"pad\":\"" + QByteArray(HostMetaDiscovery::MaxDocumentBytes * 4, 'x') + "\"}";
    server.files.insert("/.well-known/host-meta.json", huge);
    server.files.insert("/.well-known/host-meta", Xrd + QByteArray(HostMetaDiscovery::MaxDocumentBytes, ' '));
    HostMetaDiscovery discovery;
    QSignalSpy finished(&discovery, &HostMetaDiscovery::finished);
    discovery.start(u"example.org"_s, nullptr, {}, m_fingerprints, base(server));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto result = finished.takeFirst().first().value<HostMetaDiscovery::Result>();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"KiB"_s), qPrintable(result.error));
}

void TestHttpBindings::noWebSocketEndpointExplained()
{
    HttpsTestServer server;
    startServer(server);
    server.files.insert("/.well-known/host-meta.json",
        "{\"links\":[{\"rel\":\"urn:xmpp:alt-connections:xbosh\",\"href\":\"https://example.org/http-bind\"}]}");
    WebSocketTransport transport;
    transport.setDiscoveryBase(base(server));
    QSignalSpy errors(&transport, &Transport::errorOccurred);
    QSignalSpy connected(&transport, &Transport::connected);
    TransportTarget target;
    target.domain = u"example.org"_s;
    target.binding = TransportBinding::WebSocket;
    target.trustedFingerprints = m_fingerprints;
    transport.connectToServer(target);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    const auto error = errors.first().first().value<TransportError>();
    QCOMPARE(error.kind, TransportError::Kind::HostNotFound);
    QVERIFY2(error.message.contains(u"WebSocket"_s), qPrintable(error.message));
    QVERIFY(connected.isEmpty());
}

void TestHttpBindings::noBoshEndpointExplained()
{
    // XEP-0156 discovery for BOSH: a host-meta that lists only a WebSocket endpoint is a clear error, before any
    // BOSH request (connected() never comes).
    HttpsTestServer server;
    startServer(server);
    server.files.insert("/.well-known/host-meta.json",
        "{\"links\":[{\"rel\":\"urn:xmpp:alt-connections:websocket\",\"href\":\"wss://example.org/ws\"}]}");
    BoshTransport transport;
    transport.setDiscoveryBase(base(server));
    QSignalSpy errors(&transport, &Transport::errorOccurred);
    QSignalSpy connected(&transport, &Transport::connected);
    TransportTarget target;
    target.domain = u"example.org"_s;
    target.binding = TransportBinding::Bosh;
    target.trustedFingerprints = m_fingerprints;
    transport.connectToServer(target);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    const auto error = errors.first().first().value<TransportError>();
    QCOMPARE(error.kind, TransportError::Kind::HostNotFound);
    QVERIFY2(error.message.contains(u"BOSH"_s), qPrintable(error.message));
    QVERIFY(connected.isEmpty());
    QVERIFY(transport.setupRoundTrips() > 0); // the host-meta lookup
}

void TestHttpBindings::connectionRefusesUnavailableBindings_data()
{
    QTest::addColumn<int>("binding");
    QTest::addColumn<QString>("url");
    QTest::newRow("bosh over http") << int(TransportBinding::Bosh) << u"http://example.org/http-bind"_s;
    QTest::newRow("bosh over wss") << int(TransportBinding::Bosh) << u"wss://example.org/http-bind"_s;
    QTest::newRow("websocket over http") << int(TransportBinding::WebSocket) << u"https://example.org/ws"_s;
    QTest::newRow("websocket unencrypted") << int(TransportBinding::WebSocket) << u"ws://example.org/ws"_s;
}

void TestHttpBindings::connectionRefusesUnavailableBindings()
{
    QFETCH(int, binding);
    QFETCH(QString, url);
    auto transport = std::make_unique<test::ScriptedTransport>();
    test::ScriptedTransport *scripted = transport.get();
    Connection connection(std::move(transport));
    ConnectionSettings settings;
    settings.jid = *Jid::parse(u"alice@example.org"_s);
    settings.password = u"secret"_s;
    settings.binding = TransportBinding(binding);
    settings.websocketUrl = QUrl(url);
    settings.boshUrl = QUrl(url);
    connection.setSettings(settings);
    QSignalSpy errors(&connection, &Connection::errorOccurred);
    connection.connectToServer();
    QCOMPARE(errors.size(), 1);
    const auto error = errors.first().first().value<ConnectionError>();
    QCOMPARE(error.kind, ConnectionError::Kind::Configuration);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(connection.state(), ConnectionState::Disconnected);
    QCOMPARE(scripted->connectCount(), 0); // refused before anything is connected
}

QTEST_MAIN(TestHttpBindings)
#include "tst_httpbindings.moc"
