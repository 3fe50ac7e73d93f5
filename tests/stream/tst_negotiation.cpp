// Stream negotiation through the scripted test server: STARTTLS, SASL, bind, session, and what goes out
// in which write (RFC 6120 §5–§7; pipelining as measured against Prosody/ejabberd).
#include "ScriptedTransport.h"
#include "stream/Connection.h"
#include "stream/Negotiator.h"
#include "stream/Sasl.h"
#include "stream/Scram.h"

#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace balcony::test::script;

namespace {

// RFC 5802 §5 (SCRAM-SHA-1) and RFC 7677 §3 (SCRAM-SHA-256): user "user", password "pencil".
const QByteArray sha1Nonce = "fyko+d2lbbFgONRv9qkxdawL";
const QByteArray sha1ClientFirst = "n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL";
const QByteArray sha1ServerFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
const QByteArray sha1ClientFinal = "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=";
const QByteArray sha1ServerFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";
const QByteArray sha256Nonce = "rOprNGfwEbeRWgbNEkqO";
const QByteArray sha256ClientFirst = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";
const QByteArray sha256ServerFirst
    = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
const QByteArray sha256ClientFinal = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                     "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
const QByteArray sha256ServerFinal = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

const QByteArray starttls = "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";
const QByteArray proceed = "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";
const QByteArray securedHeader = clientHeader("example.com", "user@example.com");

QByteArray bindRequest(const QByteArray &id, const QByteArray &resource)
{
    const QByteArray inner = resource.isEmpty()
        ? QByteArray("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>")
        : "<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>" + resource + "</resource></bind>";
    return "<iq type='set' id='" + id + "'>" + inner + "</iq>";
}

QByteArray bindResult(const QByteArray &id, const QByteArray &jid)
{
    return "<iq type='result' id='" + id + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>" + jid
        + "</jid></bind></iq>";
}

} // namespace

class TestNegotiation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void happyPath_data();
    void happyPath();
    void directTls();
    void scramSha256ChosenWhenOffered();
    void wrongGuessRetriesWithOffered();
    void noStarttlsOffered();
    void starttlsRefused();
    void tlsHandshakeFails();
    void plainOnlyWithoutScram();
    void mechanismSelection();
    void redirectTargets();
    void noAcceptableMechanism();
    void wrongPassword();
    void badServerSignature();
    void missingServerSignature();
    void serverFinalAsChallenge();
    void bindConflictRetriesServerAssigned();
    void sessionRequired();
    void bytesAfterProceedDropped();
    void responseAndSuccessSplitAcrossReads();

private:
    void start(const QString &preferredMechanism = QStringLiteral("SCRAM-SHA-1"));
    // TCP up, header+starttls checked, proceed, TLS up.
    void throughTls();
    // From TLS up with the SCRAM-SHA-1 guess to <success/>; checks every write.
    void scramSha1();
    // From the header+bind write to Connected (optional session).
    void bindAndFinish(const QByteArray &bindId = "id1");

    ConnectionSettings m_settings;
    ScriptedTransport *m_server = nullptr;
    std::unique_ptr<Connection> m_connection;
    int m_nextId = 0;
};

void TestNegotiation::initTestCase()
{
    Connection::setIdGenerator([this] { return QStringLiteral("id%1").arg(++m_nextId); });
}

void TestNegotiation::init()
{
    m_nextId = 0;
    Scram::setTestNonce(sha1Nonce);
    m_settings = ConnectionSettings();
    m_settings.jid = *Jid::parse(u"user@example.com/balcony");
    m_settings.password = QStringLiteral("pencil");
    m_settings.autoReconnect = false;
    auto transport = std::make_unique<ScriptedTransport>();
    m_server = transport.get();
    m_connection = std::make_unique<Connection>(std::move(transport));
    m_connection->setBackoffRandomSource([](qint64) { return qint64(0); });
}

void TestNegotiation::cleanup()
{
    m_connection.reset();
    m_server = nullptr;
    Scram::setTestNonce({});
}

void TestNegotiation::start(const QString &preferredMechanism)
{
    m_settings.preferredMechanism = preferredMechanism;
    m_connection->setSettings(m_settings);
    m_connection->connectToServer();
    QCOMPARE(m_connection->state(), ConnectionState::Connecting);
    QCOMPARE(m_server->connectCount(), 1);
    QCOMPARE(m_server->lastTarget().domain, QStringLiteral("example.com"));
}

void TestNegotiation::throughTls()
{
    m_server->simulateConnected();
    QCOMPARE(m_connection->state(), ConnectionState::Securing);
    // Header and <starttls/> in ONE write, before any features were seen.
    QCOMPARE(m_server->writes().size(), 1);
    QCOMPARE(m_server->takeWritePieces(), ScriptedTransport::pieces(clientHeader() + starttls));
    m_server->inject(serverHeader() + starttlsFeatures());
    QVERIFY(m_server->writes().isEmpty());
    QVERIFY(!m_server->startTlsRequested());
    m_server->inject(proceed);
    QVERIFY(m_server->startTlsRequested());
    QVERIFY(m_server->writes().isEmpty());
    m_server->simulateEncrypted();
    QCOMPARE(m_connection->state(), ConnectionState::Authenticating);
}

void TestNegotiation::scramSha1()
{
    // New header and the guessed SCRAM client-first in ONE write, before the features.
    QCOMPARE(m_server->writes().size(), 1);
    QCOMPARE(m_server->takeWritePieces(),
        ScriptedTransport::pieces(securedHeader + sasl("auth", sha1ClientFirst, "SCRAM-SHA-1")));
    m_server->inject(serverHeader() + saslFeatures({ "PLAIN", "SCRAM-SHA-1" }));
    QVERIFY(m_server->writes().isEmpty());
    m_server->inject(sasl("challenge", sha1ServerFirst));
    QCOMPARE(m_server->writes().size(), 1);
    QCOMPARE(m_server->takeWritePieces(), ScriptedTransport::pieces(sasl("response", sha1ClientFinal)));
    m_server->inject(sasl("success", sha1ServerFinal));
}

void TestNegotiation::bindAndFinish(const QByteArray &bindId)
{
    QCOMPARE(m_connection->state(), ConnectionState::Binding);
    // Restart header and bind in ONE write, without waiting for the post-auth features.
    QCOMPARE(m_server->writes().size(), 1);
    QCOMPARE(m_server->takeWritePieces(), ScriptedTransport::pieces(securedHeader + bindRequest(bindId, "balcony")));
    QSignalSpy connected(m_connection.get(), &Connection::connected);
    m_server->inject(serverHeader() + bindFeatures());
    QVERIFY(m_server->writes().isEmpty());
    m_server->inject(bindResult(bindId, "user@example.com/balcony"));
    QCOMPARE(connected.size(), 1);
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
    QCOMPARE(m_connection->boundJid().toString(), QStringLiteral("user@example.com/balcony"));
    // <session/> is optional: no session IQ; the server offers XEP-0198, so <enable/> follows the bind
    // (not pipelined with it: nothing was known about this server before).
    QCOMPARE(m_server->takeWritePieces(), ScriptedTransport::pieces("<enable xmlns='urn:xmpp:sm:3' resume='true'/>"));
    QVERIFY(m_server->writes().isEmpty());
    QVERIFY(m_connection->streamFeatures().hasChild(u"sm", u"urn:xmpp:sm:3"));
}

void TestNegotiation::happyPath_data()
{
    QTest::addColumn<QString>("tls");
    QTest::addColumn<int>("roundTrips");
    // TCP 1 + header/starttls 1 + TLS (1 or 2) + header/auth 1 + response 1 + header/bind 1.
    QTest::newRow("TLS 1.3") << QStringLiteral("TLSv1.3") << 6;
    QTest::newRow("TLS 1.2") << QStringLiteral("TLSv1.2") << 7;
}

void TestNegotiation::happyPath()
{
    QFETCH(QString, tls);
    QFETCH(int, roundTrips);
    m_server->setTlsProtocol(tls);
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    start();
    throughTls();
    scramSha1();
    bindAndFinish();
    const ConnectionStats stats = m_connection->stats();
    QCOMPARE(stats.roundTrips, roundTrips);
    QCOMPARE(stats.tlsProtocol, tls);
    QCOMPARE(stats.saslMechanism, QStringLiteral("SCRAM-SHA-1"));
    QVERIFY(!stats.directTls);
    QVERIFY(stats.connectedMs >= 0 && stats.tlsMs >= stats.connectedMs && stats.authenticatedMs >= stats.tlsMs
        && stats.boundMs >= stats.authenticatedMs);
    QVERIFY(errors.isEmpty());
    QVERIFY(!m_server->allWritten().contains("pencil"));
}

void TestNegotiation::directTls()
{
    m_server->setDirectTls(true);
    start();
    m_server->simulateConnected();
    QVERIFY(m_server->writes().isEmpty()); // nothing before TLS, and never <starttls/>
    m_server->simulateEncrypted();
    scramSha1();
    bindAndFinish();
    QCOMPARE(m_connection->stats().roundTrips, 5);
    QVERIFY(m_connection->stats().directTls);
    QVERIFY(!m_server->startTlsRequested());
}

void TestNegotiation::scramSha256ChosenWhenOffered()
{
    Scram::setTestNonce(sha256Nonce);
    start(QString());
    throughTls();
    // No guess: the header alone, then wait for the features.
    QCOMPARE(m_server->takeWritePieces(), ScriptedTransport::pieces(securedHeader));
    m_server->inject(serverHeader() + saslFeatures({ "SCRAM-SHA-1", "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-1-PLUS" }));
    QCOMPARE(m_server->takeWritePieces(), ScriptedTransport::pieces(sasl("auth", sha256ClientFirst, "SCRAM-SHA-256")));
    m_server->inject(sasl("challenge", sha256ServerFirst));
    QCOMPARE(m_server->takeWritePieces(), ScriptedTransport::pieces(sasl("response", sha256ClientFinal)));
    m_server->inject(sasl("success", sha256ServerFinal));
    bindAndFinish();
    QCOMPARE(m_connection->stats().saslMechanism, QStringLiteral("SCRAM-SHA-256"));
    // Waiting for the features costs one more round trip than the pipelined guess.
    QCOMPARE(m_connection->stats().roundTrips, 7);
}

void TestNegotiation::wrongGuessRetriesWithOffered()
{
    Scram::setTestNonce(sha256Nonce);
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    start(QStringLiteral("SCRAM-SHA-1"));
    throughTls();
    QCOMPARE(m_server->takeWritePieces(),
        ScriptedTransport::pieces(securedHeader + sasl("auth", sha256ClientFirst, "SCRAM-SHA-1")));
    m_server->inject(serverHeader() + saslFeatures({ "SCRAM-SHA-256", "PLAIN" }));
    QVERIFY(m_server->writes().isEmpty());
    m_server->inject("<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><invalid-mechanism/></failure>");
    QVERIFY(errors.isEmpty());
    QCOMPARE(m_server->takeWritePieces(), ScriptedTransport::pieces(sasl("auth", sha256ClientFirst, "SCRAM-SHA-256")));
    m_server->inject(sasl("challenge", sha256ServerFirst));
    QCOMPARE(m_server->takeWritePieces(), ScriptedTransport::pieces(sasl("response", sha256ClientFinal)));
    m_server->inject(sasl("success", sha256ServerFinal));
    bindAndFinish();
    QVERIFY(errors.isEmpty());
    QCOMPARE(m_connection->stats().roundTrips, 7);
}

void TestNegotiation::noStarttlsOffered()
{
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    start();
    m_server->simulateConnected();
    m_server->takeWrite();
    // A stripped or misconfigured server: features without STARTTLS but with PLAIN.
    m_server->inject(serverHeader() + saslFeatures({ "PLAIN", "SCRAM-SHA-1" }));
    QCOMPARE(errors.size(), 1);
    const auto error = errors.first().first().value<ConnectionError>();
    QCOMPARE(error.kind, ConnectionError::Kind::Tls);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(m_server->takeWritePieces(), QStringList { QStringLiteral("</stream:stream>") });
    QVERIFY(m_server->writes().isEmpty());
    QVERIFY(!m_server->allWritten().contains("<auth"));
    QVERIFY(!m_server->allWritten().contains("pencil"));
    QVERIFY(!m_server->startTlsRequested());
    QVERIFY(m_server->closeRequested());
    QCOMPARE(m_connection->state(), ConnectionState::Disconnected);
}

void TestNegotiation::starttlsRefused()
{
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    start();
    m_server->simulateConnected();
    m_server->inject(serverHeader() + starttlsFeatures() + "<failure xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ConnectionError>().kind, ConnectionError::Kind::Tls);
    QVERIFY(!m_server->allWritten().contains("<auth"));
    QVERIFY(!m_server->startTlsRequested());
}

void TestNegotiation::tlsHandshakeFails()
{
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    start();
    m_server->simulateConnected();
    m_server->inject(serverHeader() + starttlsFeatures() + proceed);
    QVERIFY(m_server->startTlsRequested());
    m_server->simulateTlsFailure();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ConnectionError>().kind, ConnectionError::Kind::Tls);
    QVERIFY(!m_server->allWritten().contains("<auth"));
    QCOMPARE(m_connection->state(), ConnectionState::Disconnected);
}

void TestNegotiation::plainOnlyWithoutScram()
{
    start(QString());
    throughTls();
    QCOMPARE(m_server->takeWritePieces(), ScriptedTransport::pieces(securedHeader));
    m_server->inject(serverHeader() + saslFeatures({ "PLAIN", "X-OAUTH2" }));
    QCOMPARE(m_server->takeWritePieces(),
        ScriptedTransport::pieces(sasl("auth", QByteArray("\0user\0pencil", 12), "PLAIN")));
    m_server->inject("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>");
    bindAndFinish();
    QCOMPARE(m_connection->stats().saslMechanism, QStringLiteral("PLAIN"));
}

void TestNegotiation::mechanismSelection()
{
    const QStringList all = { u"PLAIN"_qs, u"SCRAM-SHA-1"_qs, u"SCRAM-SHA-256"_qs, u"SCRAM-SHA-1-PLUS"_qs };
    QCOMPARE(SaslClient::chooseMechanism(all, true), QStringLiteral("SCRAM-SHA-256"));
    QCOMPARE(SaslClient::chooseMechanism({ u"PLAIN"_qs, u"SCRAM-SHA-1"_qs }, true), QStringLiteral("SCRAM-SHA-1"));
    QCOMPARE(SaslClient::chooseMechanism({ u"PLAIN"_qs }, true), QStringLiteral("PLAIN"));
    // PLAIN never without TLS.
    QCOMPARE(SaslClient::chooseMechanism({ u"PLAIN"_qs }, false), QString());
    QCOMPARE(SaslClient::chooseMechanism({ u"SCRAM-SHA-1-PLUS"_qs, u"DIGEST-MD5"_qs }, true), QString());
}

void TestNegotiation::redirectTargets()
{
    using Target = std::optional<std::pair<QString, quint16>>;
    QCOMPARE(Negotiator::parseRedirect(u"xmpp.example.net"_qs), Target(std::make_pair(u"xmpp.example.net"_qs, 0)));
    QCOMPARE(
        Negotiator::parseRedirect(u"xmpp.example.net:5299"_qs), Target(std::make_pair(u"xmpp.example.net"_qs, 5299)));
    QCOMPARE(Negotiator::parseRedirect(u"[2001:db8::1]:5299"_qs), Target(std::make_pair(u"2001:db8::1"_qs, 5299)));
    QCOMPARE(Negotiator::parseRedirect(u"[2001:db8::1]"_qs), Target(std::make_pair(u"2001:db8::1"_qs, 0)));
    QCOMPARE(Negotiator::parseRedirect(u"192.0.2.7:1"_qs), Target(std::make_pair(u"192.0.2.7"_qs, 1)));
    for (const QString &bad : { u""_qs, u"host:"_qs, u"host:0"_qs, u"host:99999"_qs, u"[::1"_qs, u"[nothex]:5"_qs,
             u"[::1]x"_qs, u"a b"_qs, u"host/path"_qs }) {
        QVERIFY2(!Negotiator::parseRedirect(bad), qPrintable(bad));
    }
}

void TestNegotiation::noAcceptableMechanism()
{
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    start(QString());
    throughTls();
    m_server->takeWrite();
    m_server->inject(serverHeader() + saslFeatures({ "DIGEST-MD5", "SCRAM-SHA-1-PLUS" }));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ConnectionError>().kind, ConnectionError::Kind::Authentication);
    QVERIFY(!m_server->allWritten().contains("<auth"));
}

void TestNegotiation::wrongPassword()
{
    m_settings.autoReconnect = true;
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    start();
    throughTls();
    m_server->takeWrite();
    m_server->inject(serverHeader() + saslFeatures({ "SCRAM-SHA-1" }) + sasl("challenge", sha1ServerFirst));
    m_server->takeWrite();
    m_server->inject("<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/>"
                     "<text xml:lang='en'>Unable to authorize you</text></failure>");
    QCOMPARE(errors.size(), 1);
    const auto error = errors.first().first().value<ConnectionError>();
    QCOMPARE(error.kind, ConnectionError::Kind::Authentication);
    QCOMPARE(error.saslCondition, QStringLiteral("not-authorized"));
    QVERIFY(error.message.contains(QLatin1StringView("Unable to authorize you")));
    QVERIFY(!error.willRetry);
    QCOMPARE(m_connection->state(), ConnectionState::Disconnected);
    QCOMPARE(m_connection->lastError().kind, ConnectionError::Kind::Authentication);
    // Even with auto-reconnect and a zero backoff, no second attempt.
    QTest::qWait(50);
    QCOMPARE(m_server->connectCount(), 1);
}

void TestNegotiation::badServerSignature()
{
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    QSignalSpy connected(m_connection.get(), &Connection::connected);
    start();
    throughTls();
    m_server->takeWrite();
    m_server->inject(serverHeader() + saslFeatures({ "SCRAM-SHA-1" }) + sasl("challenge", sha1ServerFirst));
    m_server->takeWrite();
    m_server->inject(sasl("success", "v=rmF9pqV8S7suAoZWja4dJRkFsKA="));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ConnectionError>().kind, ConnectionError::Kind::Authentication);
    QVERIFY(connected.isEmpty());
    QVERIFY(!m_server->allWritten().contains("xmpp-bind"));
    QCOMPARE(m_server->takeWritePieces(), QStringList { QStringLiteral("</stream:stream>") });
}

void TestNegotiation::missingServerSignature()
{
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    start();
    throughTls();
    m_server->takeWrite();
    m_server->inject(serverHeader() + saslFeatures({ "SCRAM-SHA-1" }) + sasl("challenge", sha1ServerFirst));
    m_server->takeWrite();
    m_server->inject("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ConnectionError>().kind, ConnectionError::Kind::Authentication);
    QVERIFY(!m_server->allWritten().contains("xmpp-bind"));
}

void TestNegotiation::serverFinalAsChallenge()
{
    start();
    throughTls();
    m_server->takeWrite();
    m_server->inject(serverHeader() + saslFeatures({ "SCRAM-SHA-1" }) + sasl("challenge", sha1ServerFirst));
    m_server->takeWrite();
    // Older servers: server-final in a challenge, an empty response, then an empty success.
    m_server->inject(sasl("challenge", sha1ServerFinal));
    QCOMPARE(
        m_server->takeWritePieces(), ScriptedTransport::pieces("<response xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"));
    m_server->inject("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>");
    bindAndFinish();
}

void TestNegotiation::bindConflictRetriesServerAssigned()
{
    start();
    throughTls();
    scramSha1();
    QCOMPARE(m_server->takeWritePieces(), ScriptedTransport::pieces(securedHeader + bindRequest("id1", "balcony")));
    m_server->inject(serverHeader() + bindFeatures());
    m_server->inject("<iq type='error' id='id1'><error type='cancel'>"
                     "<conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    // Now the post-auth features are known: <enable/> rides behind the second bind request.
    QCOMPARE(m_server->takeWritePieces(),
        ScriptedTransport::pieces(bindRequest("id2", {}) + "<enable xmlns='urn:xmpp:sm:3' resume='true'/>"));
    m_server->inject(bindResult("id2", "user@example.com/4db3c4e1"));
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
    QCOMPARE(m_connection->boundJid().resource(), QStringLiteral("4db3c4e1"));
}

void TestNegotiation::sessionRequired()
{
    start();
    throughTls();
    scramSha1();
    m_server->takeWrite();
    m_server->inject(serverHeader() + bindFeatures(true, true) + bindResult("id1", "user@example.com/balcony"));
    QCOMPARE(m_connection->state(), ConnectionState::Binding);
    QCOMPARE(m_server->takeWritePieces(),
        ScriptedTransport::pieces("<iq type='set' id='id2' to='example.com'>"
                                  "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'/></iq>"));
    m_server->inject("<iq type='result' id='id2'/>");
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
    QCOMPARE(m_connection->stats().roundTrips, 7);
}

void TestNegotiation::bytesAfterProceedDropped()
{
    start();
    m_server->simulateConnected();
    m_server->takeWrite();
    // Plaintext injected behind <proceed/> must not reach the encrypted stream (CVE-2011-0411 class).
    m_server->inject(
        serverHeader() + starttlsFeatures() + proceed + "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>");
    m_server->simulateEncrypted();
    QCOMPARE(m_server->takeWritePieces(),
        ScriptedTransport::pieces(securedHeader + sasl("auth", sha1ClientFirst, "SCRAM-SHA-1")));
    m_server->inject(serverHeader() + saslFeatures({ "SCRAM-SHA-1" }));
    QCOMPARE(m_connection->state(), ConnectionState::Authenticating);
    QVERIFY(m_server->writes().isEmpty());
}

void TestNegotiation::responseAndSuccessSplitAcrossReads()
{
    start();
    throughTls();
    m_server->takeWrite();
    // The server's success and its new stream header in one read, split at odd places.
    const QByteArray all = serverHeader() + saslFeatures({ "SCRAM-SHA-1" }) + sasl("challenge", sha1ServerFirst);
    m_server->inject(all.left(37));
    m_server->inject(all.mid(37));
    m_server->takeWrite();
    const QByteArray rest = sasl("success", sha1ServerFinal) + serverHeader() + bindFeatures();
    for (char c : rest) {
        m_server->inject(QByteArray(1, c));
    }
    QCOMPARE(m_server->takeWritePieces(), ScriptedTransport::pieces(securedHeader + bindRequest("id1", "balcony")));
    m_server->inject(bindResult("id1", "user@example.com/balcony"));
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
}

QTEST_GUILESS_MAIN(TestNegotiation)
#include "tst_negotiation.moc"
