// WebSocketTransport (RFC 7395) against a scripted WebSocket server on 127.0.0.1 (QWebSocketServer over TLS with a
// per-run self-signed certificate, trusted by fingerprint): the framing in both directions, the subprotocol, TLS
// trust, see-other-uri, and hostile messages (several elements, binary, markup declarations, XML before <open/>,
// oversized, wrong namespace, bad redirects) that must end the connection with a clear error.
#include "stream/CertificateTrust.h"
#include "stream/WebSocketTransport.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace balcony;

namespace {

const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns=\"jabber:client\" "
                          "xmlns:stream=\"http://etherx.jabber.org/streams\" to=\"example.org\" version=\"1.0\" "
                          "xml:lang=\"en\">";
const QString ServerOpen = u"<open xmlns='urn:ietf:params:xml:ns:xmpp-framing' from='example.org' id='s1' "
                           "version='1.0' xml:lang='en'/>"_s;

struct Identity {
    QSslCertificate certificate;
    QSslKey key;
};

// A WebSocket server that records what each client sent and lets the test answer.
class ScriptedWebSocketServer : public QObject {
public:
    ScriptedWebSocketServer(const Identity &identity, const QStringList &subprotocols = { u"xmpp"_s })
        : server(u"scripted"_s, QWebSocketServer::SecureMode)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(identity.certificate);
        config.setPrivateKey(identity.key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(config);
        server.setSupportedSubprotocols(subprotocols);
        connect(&server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = server.nextPendingConnection()) {
                socket->setParent(this);
                clients.append(socket);
                received.append(QStringList());
                const qsizetype index = clients.size() - 1;
                connect(socket, &QWebSocket::textMessageReceived, this,
                    [this, index](const QString &message) { received[index].append(message); });
            }
        });
    }
    bool listen() { return server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path = u"/xmpp"_s) const
    {
        return QUrl(u"wss://127.0.0.1:%1%2"_s.arg(server.serverPort()).arg(path));
    }
    QWebSocket *last() const { return clients.isEmpty() ? nullptr : clients.constLast().data(); }

    QWebSocketServer server;
    QList<QPointer<QWebSocket>> clients;
    QList<QStringList> received;
};

// Collects what the transport delivers.
struct Sink {
    explicit Sink(WebSocketTransport &transport)
    {
        QObject::connect(&transport, &Transport::dataReceived, &transport, [this](const QByteArray &b) {
            data += b;
            events.append("data");
        });
        QObject::connect(&transport, &Transport::errorOccurred, &transport, [this](const TransportError &e) {
            errors.append(e);
            events.append("error");
        });
        QObject::connect(&transport, &Transport::connected, &transport, [this] { ++connected; });
        QObject::connect(&transport, &Transport::encrypted, &transport, [this] { ++encrypted; });
        QObject::connect(&transport, &Transport::disconnected, &transport, [this] {
            ++disconnected;
            events.append("disconnected");
        });
    }
    QByteArray data;
    QList<QByteArray> events;
    QList<TransportError> errors;
    int connected = 0;
    int encrypted = 0;
    int disconnected = 0;
};

} // namespace

class TestWebSocketTransport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void framingBothWays();
    void streamRestartAndClose();
    void untrustedCertificateReported();
    void subprotocolRequired();
    void seeOtherUriBeforeOpenIsFollowed();
    void seeOtherUriMustBeWss();
    void redirectLoopEnds();
    void hostileMessages_data();
    void hostileMessages();
    void oversizedMessage();
    void streamErrorBeforeTheCloseIsDelivered();
    void notWssRefused();

private:
    // Connects a transport to `server`, writes our header, answers with <open/>.
    void openStream(WebSocketTransport &transport, Sink &sink, ScriptedWebSocketServer &server);
    TransportTarget targetFor(const ScriptedWebSocketServer &server) const;

    QTemporaryDir m_dir;
    Identity m_identity;
};

void TestWebSocketTransport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString key = m_dir.filePath(u"key.pem"_s);
    const QString cert = m_dir.filePath(u"cert.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
            u"-keyout"_s, key, u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
            u"subjectAltName=IP:127.0.0.1"_s });
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile certFile(cert);
    QFile keyFile(key);
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    m_identity.certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    m_identity.key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    QVERIFY(!m_identity.certificate.isNull());
    QVERIFY(!m_identity.key.isNull());
}

TransportTarget TestWebSocketTransport::targetFor(const ScriptedWebSocketServer &server) const
{
    TransportTarget target;
    target.domain = u"example.org"_s;
    target.binding = TransportBinding::WebSocket;
    target.endpoint = server.url();
    target.trustedFingerprints = { CertificateTrust::fingerprint(m_identity.certificate) };
    return target;
}

void TestWebSocketTransport::openStream(WebSocketTransport &transport, Sink &sink, ScriptedWebSocketServer &server)
{
    transport.connectToServer(targetFor(server));
    QTRY_COMPARE_WITH_TIMEOUT(sink.encrypted, 1, 10000);
    QCOMPARE(sink.connected, 1);
    QVERIFY(transport.isEncrypted());
    QVERIFY(transport.isDirectTls());
    QCOMPARE(transport.bindingName(), u"websocket"_s);
    QCOMPARE(transport.peerDescription(), server.url().toString());
    QCOMPARE(transport.setupRoundTrips(), 1); // the HTTP upgrade
    transport.write(Header);
    QTRY_COMPARE_WITH_TIMEOUT(server.received.value(0).size(), 1, 5000);
    QCOMPARE(server.received[0][0],
        u"<open xmlns=\"urn:ietf:params:xml:ns:xmpp-framing\" to=\"example.org\" version=\"1.0\" xml:lang=\"en\"/>"_s);
    server.last()->sendTextMessage(ServerOpen);
    QTRY_VERIFY_WITH_TIMEOUT(sink.data.contains("<stream:stream"), 5000);
    QCOMPARE(sink.data,
        QByteArray("<?xml version='1.0'?><stream:stream xmlns=\"jabber:client\" "
                   "xmlns:stream=\"http://etherx.jabber.org/streams\" from=\"example.org\" id=\"s1\" version=\"1.0\" "
                   "xml:lang=\"en\">"));
    sink.data.clear();
}

void TestWebSocketTransport::framingBothWays()
{
    ScriptedWebSocketServer server(m_identity);
    QVERIFY(server.listen());
    WebSocketTransport transport;
    Sink sink(transport);
    openStream(transport, sink, server);
    QVERIFY(!transport.tlsInfo().protocol.isEmpty());

    // Several elements in one write: one message each, jabber:client declared where no namespace is.
    transport.write("<auth xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\" mechanism=\"PLAIN\">AGFsaWNlAHNlY3JldA==</auth>"
                    "<message to=\"bob@example.org\" type=\"chat\"><body>a &gt; b, &apos;q&apos; &amp; "
                    "<![CDATA[<not a tag>]]></body></message>  <iq type=\"get\" id=\"x&gt;\"/>");
    // A stanza split over two writes is one message.
    transport.write("<presence><status>hal");
    transport.write("f</status></presence>");
    QTRY_COMPARE_WITH_TIMEOUT(server.received[0].size(), 5, 5000);
    QCOMPARE(server.received[0][1],
        u"<auth xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\" mechanism=\"PLAIN\">AGFsaWNlAHNlY3JldA==</auth>"_s);
    QCOMPARE(server.received[0][2],
        u"<message xmlns=\"jabber:client\" to=\"bob@example.org\" type=\"chat\"><body>a &gt; b, &apos;q&apos; &amp; "
        "<![CDATA[<not a tag>]]></body></message>"_s);
    QCOMPARE(server.received[0][3], u"<iq xmlns=\"jabber:client\" type=\"get\" id=\"x&gt;\"/>"_s);
    QCOMPARE(server.received[0][4], u"<presence xmlns=\"jabber:client\"><status>half</status></presence>"_s);

    // The server's messages are handed on as they are, in order.
    server.last()->sendTextMessage(u"<stream:features xmlns:stream='http://etherx.jabber.org/streams'><bind "
                                   "xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></stream:features>"_s);
    server.last()->sendTextMessage(u"<message xmlns='jabber:client' from='bob@example.org'><body>é</body></message>"_s);
    QTRY_VERIFY_WITH_TIMEOUT(sink.data.endsWith("</message>"), 5000);
    QCOMPARE(sink.data,
        QByteArray("<stream:features xmlns:stream='http://etherx.jabber.org/streams'><bind "
                   "xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></stream:features><message xmlns='jabber:client' "
                   "from='bob@example.org'><body>\xc3\xa9</body></message>"));
    QVERIFY(sink.errors.isEmpty());
    QCOMPARE(sink.disconnected, 0);
}

void TestWebSocketTransport::streamRestartAndClose()
{
    ScriptedWebSocketServer server(m_identity);
    QVERIFY(server.listen());
    WebSocketTransport transport;
    Sink sink(transport);
    openStream(transport, sink, server);
    // After SASL the Connection writes a new header: a new <open/>, and the server's new <open/> is a new header.
    transport.write(Header);
    QTRY_COMPARE_WITH_TIMEOUT(server.received[0].size(), 2, 5000);
    QVERIFY(server.received[0][1].startsWith(u"<open xmlns=\"urn:ietf:params:xml:ns:xmpp-framing\""_s));
    server.last()->sendTextMessage(ServerOpen);
    QTRY_VERIFY_WITH_TIMEOUT(sink.data.startsWith("<?xml version='1.0'?><stream:stream "), 5000);
    sink.data.clear();

    // Our closing tag becomes <close/>; the server's <close/> becomes the stream's end; then the WebSocket closes.
    transport.write("</stream:stream>");
    QTRY_COMPARE_WITH_TIMEOUT(server.received[0].size(), 3, 5000);
    QCOMPARE(server.received[0][2], u"<close xmlns=\"urn:ietf:params:xml:ns:xmpp-framing\"/>"_s);
    server.last()->sendTextMessage(u"<close xmlns='urn:ietf:params:xml:ns:xmpp-framing'/>"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sink.data, QByteArray("</stream:stream>"), 5000);
    transport.disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(sink.disconnected, 1, 10000);
    QVERIFY(sink.errors.isEmpty());
}

void TestWebSocketTransport::untrustedCertificateReported()
{
    ScriptedWebSocketServer server(m_identity);
    QVERIFY(server.listen());
    WebSocketTransport transport;
    Sink sink(transport);
    TransportTarget target = targetFor(server);
    target.trustedFingerprints.clear();
    transport.connectToServer(target);
    QTRY_COMPARE_WITH_TIMEOUT(sink.errors.size(), 1, 10000);
    QCOMPARE(sink.errors[0].kind, TransportError::Kind::CertificateUntrusted);
    QCOMPARE(sink.errors[0].fingerprint, CertificateTrust::fingerprint(m_identity.certificate));
    QCOMPARE(sink.errors[0].certificate, m_identity.certificate);
    QCOMPARE(sink.connected, 0);
    QCOMPARE(sink.disconnected, 0);
    QVERIFY(server.received.isEmpty() || server.received[0].isEmpty());
}

void TestWebSocketTransport::subprotocolRequired()
{
    ScriptedWebSocketServer server(m_identity, { u"chat"_s });
    QVERIFY(server.listen());
    WebSocketTransport transport;
    Sink sink(transport);
    transport.connectToServer(targetFor(server));
    QTRY_COMPARE_WITH_TIMEOUT(sink.errors.size(), 1, 10000);
    QCOMPARE(sink.errors[0].kind, TransportError::Kind::ConnectFailed);
    QVERIFY2(sink.errors[0].message.contains(u"xmpp"_s), qPrintable(sink.errors[0].message));
    QCOMPARE(sink.connected, 0);
}

void TestWebSocketTransport::seeOtherUriBeforeOpenIsFollowed()
{
    ScriptedWebSocketServer first(m_identity);
    ScriptedWebSocketServer second(m_identity);
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    WebSocketTransport transport;
    Sink sink(transport);
    transport.connectToServer(targetFor(first));
    QTRY_COMPARE_WITH_TIMEOUT(sink.encrypted, 1, 10000);
    transport.write(Header + "<auth xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\" mechanism=\"PLAIN\">AA==</auth>");
    QTRY_COMPARE_WITH_TIMEOUT(first.received.value(0).size(), 2, 5000);
    first.last()->sendTextMessage(u"<close xmlns='urn:ietf:params:xml:ns:xmpp-framing' see-other-uri='%1'/>"_s.arg(
        second.url(u"/other"_s).toString()));
    // The same requests again, on the new endpoint; the Connection above sees nothing of it.
    QTRY_COMPARE_WITH_TIMEOUT(second.received.value(0).size(), 2, 10000);
    QCOMPARE(second.received[0], first.received[0]);
    QCOMPARE(transport.url(), second.url(u"/other"_s));
    second.last()->sendTextMessage(ServerOpen);
    QTRY_VERIFY_WITH_TIMEOUT(sink.data.contains("<stream:stream"), 5000);
    QCOMPARE(sink.connected, 1);
    QCOMPARE(sink.disconnected, 0);
    QVERIFY(sink.errors.isEmpty());
    QCOMPARE(transport.setupRoundTrips(), 2);
}

void TestWebSocketTransport::seeOtherUriMustBeWss()
{
    ScriptedWebSocketServer server(m_identity);
    QVERIFY(server.listen());
    WebSocketTransport transport;
    Sink sink(transport);
    transport.connectToServer(targetFor(server));
    QTRY_COMPARE_WITH_TIMEOUT(sink.encrypted, 1, 10000);
    transport.write(Header);
    QTRY_COMPARE_WITH_TIMEOUT(server.received.value(0).size(), 1, 5000);
    server.last()->sendTextMessage(
        u"<close xmlns='urn:ietf:params:xml:ns:xmpp-framing' see-other-uri='ws://127.0.0.1:1/plain'/>"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sink.errors.size(), 1, 5000);
    QCOMPARE(sink.errors[0].kind, TransportError::Kind::ConnectFailed);
    QVERIFY2(sink.errors[0].message.contains(u"wss://"_s), qPrintable(sink.errors[0].message));
    QCOMPARE(sink.disconnected, 1);
}

void TestWebSocketTransport::redirectLoopEnds()
{
    ScriptedWebSocketServer server(m_identity);
    QVERIFY(server.listen());
    // Every connection is answered with a redirect to the same server.
    connect(&server.server, &QWebSocketServer::newConnection, this, [&server] {
        QWebSocket *socket = server.last();
        connect(socket, &QWebSocket::textMessageReceived, socket, [socket, &server](const QString &) {
            socket->sendTextMessage(u"<close xmlns='urn:ietf:params:xml:ns:xmpp-framing' see-other-uri='%1'/>"_s.arg(
                server.url().toString()));
        });
    });
    WebSocketTransport transport;
    Sink sink(transport);
    transport.connectToServer(targetFor(server));
    QTRY_COMPARE_WITH_TIMEOUT(sink.encrypted, 1, 10000);
    transport.write(Header);
    QTRY_COMPARE_WITH_TIMEOUT(sink.errors.size(), 1, 20000);
    QVERIFY2(sink.errors[0].message.contains(u"too many"_s), qPrintable(sink.errors[0].message));
    QCOMPARE(server.clients.size(), 1 + WebSocketTransport::MaxRedirects);
}

void TestWebSocketTransport::hostileMessages_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("afterOpen");
    QTest::newRow("two elements") << u"<message xmlns='jabber:client'/><message xmlns='jabber:client'/>"_s << true;
    QTest::newRow("unclosed element") << u"<message xmlns='jabber:client'><body>"_s << true;
    QTest::newRow("text only") << u"hello"_s << true;
    QTest::newRow("end tag only") << u"</stream:stream>"_s << true;
    QTest::newRow("comment") << u"<!-- x --><message xmlns='jabber:client'/>"_s << true;
    QTest::newRow("doctype") << u"<!DOCTYPE x [<!ENTITY a 'b'>]><x/>"_s << true;
    QTest::newRow("processing instruction") << u"<?xml version='1.0'?><message xmlns='jabber:client'/>"_s << true;
    QTest::newRow("open in the wrong namespace") << u"<open xmlns='jabber:client' version='1.0'/>"_s << false;
    QTest::newRow("stanza before open") << u"<message xmlns='jabber:client'/>"_s << false;
    QTest::newRow("second open") << ServerOpen << true;
    QTest::newRow("empty message") << QString() << true;
}

void TestWebSocketTransport::hostileMessages()
{
    QFETCH(QString, message);
    QFETCH(bool, afterOpen);
    ScriptedWebSocketServer server(m_identity);
    QVERIFY(server.listen());
    WebSocketTransport transport;
    Sink sink(transport);
    if (afterOpen) {
        openStream(transport, sink, server);
    } else {
        transport.connectToServer(targetFor(server));
        QTRY_COMPARE_WITH_TIMEOUT(sink.encrypted, 1, 10000);
        transport.write(Header);
        QTRY_COMPARE_WITH_TIMEOUT(server.received.value(0).size(), 1, 5000);
    }
    server.last()->sendTextMessage(message);
    QTRY_COMPARE_WITH_TIMEOUT(sink.errors.size(), 1, 5000);
    QCOMPARE(sink.errors[0].kind, TransportError::Kind::ConnectionLost);
    QVERIFY(!sink.errors[0].message.isEmpty());
    QCOMPARE(sink.disconnected, 1);
    QVERIFY(sink.data.isEmpty()); // nothing of it was handed to the parser
    QVERIFY(!transport.isEncrypted());
}

void TestWebSocketTransport::oversizedMessage()
{
    ScriptedWebSocketServer server(m_identity);
    QVERIFY(server.listen());
    WebSocketTransport transport;
    Sink sink(transport);
    openStream(transport, sink, server);
    const QString body(int(WebSocketTransport::MaxMessageBytes), u'x');
    server.last()->sendTextMessage(u"<message xmlns='jabber:client'><body>"_s + body + u"</body></message>"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sink.errors.size(), 1, 20000);
    QCOMPARE(sink.errors[0].kind, TransportError::Kind::ConnectionLost);
    QCOMPARE(sink.disconnected, 1);
    QVERIFY(sink.data.isEmpty());
}

void TestWebSocketTransport::streamErrorBeforeTheCloseIsDelivered()
{
    ScriptedWebSocketServer server(m_identity);
    QVERIFY(server.listen());
    WebSocketTransport transport;
    Sink sink(transport);
    openStream(transport, sink, server);
    sink.events.clear();
    // The server ends the stream with an error, its <close/>, and closes the WebSocket at once: the error and the
    // stream's end still reach the parser, before the connection is reported gone.
    const QString error = u"<stream:error xmlns:stream='http://etherx.jabber.org/streams'><conflict "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>"_s;
    server.last()->sendTextMessage(error);
    server.last()->sendTextMessage(u"<close xmlns='urn:ietf:params:xml:ns:xmpp-framing'/>"_s);
    server.last()->close();
    QTRY_VERIFY_WITH_TIMEOUT(sink.disconnected == 1 || !sink.errors.isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(sink.data.endsWith("</stream:stream>"), 5000);
    QCOMPARE(sink.data, error.toUtf8() + "</stream:stream>");
    QCOMPARE(sink.events.first(), QByteArray("data"));
    QVERIFY(sink.events.indexOf("data") < std::max(sink.events.indexOf("disconnected"), sink.events.indexOf("error")));
}

void TestWebSocketTransport::notWssRefused()
{
    WebSocketTransport transport;
    Sink sink(transport);
    TransportTarget target;
    target.domain = u"example.org"_s;
    target.binding = TransportBinding::WebSocket;
    target.endpoint = QUrl(u"ws://127.0.0.1:1/xmpp"_s);
    transport.connectToServer(target);
    QCOMPARE(sink.errors.size(), 0); // never from inside connectToServer()
    QTRY_COMPARE_WITH_TIMEOUT(sink.errors.size(), 1, 5000);
    QCOMPARE(sink.errors[0].kind, TransportError::Kind::ConnectFailed);
    QVERIFY2(sink.errors[0].message.contains(u"wss://"_s), qPrintable(sink.errors[0].message));
    QCOMPARE(sink.connected, 0);
}

QTEST_MAIN(TestWebSocketTransport)
#include "tst_websockettransport.moc"
