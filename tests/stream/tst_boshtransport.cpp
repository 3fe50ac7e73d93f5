// BoshTransport (XEP-0124/0206, XEP-0305 §6) under a real Connection against a scripted BOSH connection manager on
// loopback HTTPS (tests/support/BoshTestServer: holds requests like Prosody's mod_bosh, checks rids, the requests
// window and polling; its XMPP side is the SCRAM script of RFC 5802 with the test nonce, bind and XEP-0198 below).
// Pipelined and unpipelined logins (HTTP round trips counted), the session attributes, held requests, responses out
// of rid order, retries of the same rid after HTTP errors and cut connections, the terminal binding conditions, and
// hostile responses (malformed HTTP, a <body/> that is not well-formed, markup declarations, a wrong root, a huge
// body): clear errors, never a crash or a stall.
#include "BoshTestServer.h"
#include "stream/BoshTransport.h"
#include "stream/CertificateTrust.h"
#include "stream/Connection.h"
#include "stream/Scram.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::BoshTestServer;

namespace {

using XmppSide = balcony::test::BoshXmppScript;
const QByteArray SaslFeatures = XmppSide::SaslFeatures;
const QByteArray SessionFeatures = XmppSide::SessionFeatures;

struct Harness {
    BoshTestServer server;
    XmppSide xmpp;
    MemoryConnectionCache cache;
    BoshTransport *transport = nullptr;
    std::unique_ptr<Connection> connection;
    ConnectionSettings settings;
    QList<ConnectionError> errors;
    QList<Element> stanzas;
    int connectedCount = 0;

    bool start(bool warmCache)
    {
        if (!server.start()) {
            return false;
        }
        server.creationFeatures = SaslFeatures;
        server.restartFeatures = SessionFeatures;
        server.onPayload = [this](const BoshTestServer::Received &r) { return xmpp.answer(r); };
        if (warmCache) {
            const QString streams = u"http://etherx.jabber.org/streams"_s;
            ServerProfile profile;
            profile.saslFeatures = Element(u"features"_s, streams);
            Element mechanisms(u"mechanisms"_s, u"urn:ietf:params:xml:ns:xmpp-sasl"_s);
            mechanisms.appendTextChild(u"mechanism"_s, u"urn:ietf:params:xml:ns:xmpp-sasl"_s, u"SCRAM-SHA-1"_s);
            profile.saslFeatures.appendChild(mechanisms);
            profile.sessionFeatures = Element(u"features"_s, streams);
            profile.sessionFeatures.appendChild(Element(u"bind"_s, u"urn:ietf:params:xml:ns:xmpp-bind"_s));
            Element session(u"session"_s, u"urn:ietf:params:xml:ns:xmpp-session"_s);
            session.appendChild(Element(u"optional"_s, u"urn:ietf:params:xml:ns:xmpp-session"_s));
            profile.sessionFeatures.appendChild(session);
            profile.sessionFeatures.appendChild(Element(u"sm"_s, u"urn:xmpp:sm:3"_s));
            cache.storeServerProfile(u"example.com"_s, profile);
        }
        auto owned = std::make_unique<BoshTransport>();
        transport = owned.get();
        connection = std::make_unique<Connection>(std::move(owned));
        connection->setBackoffRandomSource([](qint64) { return qint64(0); });
        QObject::connect(connection.get(), &Connection::errorOccurred, connection.get(),
            [this](const ConnectionError &e) { errors.append(e); });
        QObject::connect(connection.get(), &Connection::connected, connection.get(), [this] { ++connectedCount; });
        QObject::connect(connection.get(), &Connection::stanzaReceived, connection.get(),
            [this](const Element &e) { stanzas.append(e); });
        settings.jid = *Jid::parse(u"user@example.com/balcony"_s);
        settings.password = u"pencil"_s;
        settings.binding = TransportBinding::Bosh;
        settings.boshUrl = server.url();
        settings.trustedFingerprints = { CertificateTrust::fingerprint(server.certificate()) };
        settings.cache = &cache;
        settings.autoReconnect = false;
        Scram::setTestNonce("fyko+d2lbbFgONRv9qkxdawL");
        return true;
    }
    bool login()
    {
        connection->setSettings(settings);
        connection->connectToServer();
        return QTest::qWaitFor(
                   [this] { return connection->state() == ConnectionState::Connected || !errors.isEmpty(); }, 10000)
            && connection->state() == ConnectionState::Connected;
    }
    ~Harness()
    {
        connection.reset();
        Scram::setTestNonce({});
    }
};

Element chat(const QString &text)
{
    Element message(u"message"_s, u"jabber:client"_s);
    message.setAttribute(u"to"_s, u"bob@example.com"_s);
    message.setAttribute(u"type"_s, u"chat"_s);
    message.appendTextChild(u"body"_s, u"jabber:client"_s, text);
    return message;
}

} // namespace

class TestBoshTransport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { BoshTransport::resetPipeliningMemory(); }
    void pipelinedLoginInThreeRoundTrips();
    void unpipelinedLoginWithColdCache();
    void refusedPipelinedCreationFallsBack();
    void heldRequestCarriesPushesAndWindowIsKept();
    void responsesHandedOnInRidOrder();
    void httpErrorResendsTheSameRid();
    void cutConnectionsLoseNothing();
    void echoedRequestIsNotTakenForTheServer();
    void managerHoldingMoreThanItMayIsGivenUp();
    void terminalConditions_data();
    void terminalConditions();
    void sessionGoneResumesWithStreamManagement();
    void unansweredResumeGivesWayToANewSession();
    void hostileResponses_data();
    void hostileResponses();
    void hugeResponseRefused();
    void untrustedCertificateSendsNothing();
    void terminateOnDisconnect();
    void notHttpsRefused();
};

void TestBoshTransport::pipelinedLoginInThreeRoundTrips()
{
    Harness h;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QVERIFY(h.transport->pipelinedCreation());
    // XEP-0305 §6: creation + <auth/>, SCRAM final, restart with bind + <enable/> behind it: three HTTP round trips
    // after TCP and TLS (the connection counts TCP 1, TLS 1.3 one flight).
    const ConnectionStats stats = h.connection->stats();
    QCOMPARE(stats.tlsProtocol, u"TLSv1.3"_s);
    QCOMPARE(stats.roundTrips - 2, 3);
    QCOMPARE(h.server.roundTripRequests(), 4); // creation, SCRAM final, restart, bind: the last two together
    const auto &r = h.server.received();
    QVERIFY(r[0].creation);
    QVERIFY(r[0].payload.startsWith("<auth xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\" mechanism=\"SCRAM-SHA-1\""));
    QCOMPARE(r[0].attributes.value(u"hold"_s), u"1"_s);
    QCOMPARE(r[0].attributes.value(u"wait"_s), u"60"_s);
    QCOMPARE(r[0].attributes.value(u"ver"_s), u"1.6"_s);
    QCOMPARE(r[0].attributes.value(u"to"_s), u"example.com"_s);
    QCOMPARE(r[0].attributes.value(u"xml:lang"_s), u"en"_s);
    QCOMPARE(r[0].attributes.value(u"xmpp:version"_s), u"1.0"_s);
    QCOMPARE(r[0].attributes.value(u"ack"_s), u"1"_s);
    QVERIFY(r[0].body.contains("xmlns:xmpp='urn:xmpp:xbosh'"));
    int restart = -1;
    for (int i = 1; i < r.size(); ++i) {
        QCOMPARE(r[i].rid, r[i - 1].rid + 1); // strictly in order
        QCOMPARE(r[i].sid, u"sid1"_s);
        if (r[i].restart) {
            restart = i;
        }
    }
    QVERIFY(restart > 0);
    QVERIFY(r[restart].payload.isEmpty());
    QVERIFY(r[restart + 1].payload.contains("<bind xmlns=\"urn:ietf:params:xml:ns:xmpp-bind\""));
    QVERIFY(r[restart + 1].payload.contains("<enable xmlns=\"urn:xmpp:sm:3\""));
    QVERIFY(r[restart + 1].payload.contains("xmlns=\"jabber:client\"")); // the bind IQ, standalone
    QCOMPARE(r[restart].attributes.value(u"xmpp:restart"_s), u"true"_s);
    QTRY_VERIFY(h.connection->isStreamManagementEnabled());
    QVERIFY(h.connection->stats().pipelinedSessionStart);
    QCOMPARE(h.connection->stats().binding, u"bosh"_s);
    QVERIFY(h.connection->stats().httpRequests >= 3);
    QVERIFY(h.server.violations().isEmpty());
    QVERIFY(h.server.maxInFlight() <= 2);
    QCOMPARE(h.xmpp.binds, 1);
    QCOMPARE(h.server.sessions(), 1);
    // Once idle, one empty request is held for the server.
    QTRY_COMPARE(h.server.held(), 1);
    QVERIFY(!h.transport->tlsInfo().protocol.isEmpty());
}

void TestBoshTransport::unpipelinedLoginWithColdCache()
{
    Harness h;
    QVERIFY(h.start(false));
    QVERIFY(h.login());
    QVERIFY(!h.transport->pipelinedCreation());
    const auto &r = h.server.received();
    QVERIFY(r[0].creation);
    QVERIFY(r[0].payload.isEmpty());
    QVERIFY(r[1].payload.startsWith("<auth ")); // after the creation response
    // Creation, auth, SCRAM final, restart + bind: four round trips after TCP and TLS; the <enable/> follows once
    // bound.
    QCOMPARE(h.connection->stats().roundTrips - 2, 4);
    QTRY_VERIFY(h.connection->isStreamManagementEnabled());
    QVERIFY(h.server.violations().isEmpty());
}

void TestBoshTransport::refusedPipelinedCreationFallsBack()
{
    Harness h;
    QVERIFY(h.start(true));
    h.server.intercept = [&h](int index) {
        if (index == 0) {
            h.server.answer(0, {}, "type='terminate' condition='bad-request'");
            return true;
        }
        return false;
    };
    QVERIFY(h.login());
    const auto &r = h.server.received();
    QVERIFY(r[0].creation && !r[0].payload.isEmpty());
    QVERIFY(r[1].creation && r[1].payload.isEmpty()); // the same creation without payload, at once
    QVERIFY(r[2].payload.startsWith("<auth "));
    QVERIFY(h.errors.isEmpty());
    // Not pipelined again to this endpoint.
    h.connection->disconnectFromServer();
    QTRY_COMPARE(h.connection->state(), ConnectionState::Disconnected);
    const qsizetype before = h.server.received().size();
    h.server.intercept = nullptr;
    QVERIFY(h.login());
    QVERIFY(h.server.received()[before].creation);
    QVERIFY(h.server.received()[before].payload.isEmpty());
}

void TestBoshTransport::heldRequestCarriesPushesAndWindowIsKept()
{
    Harness h;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    h.server.push("<message xmlns='jabber:client' from='bob@example.com/x' type='chat'><body>hi</body></message>");
    QTRY_VERIFY(!h.stanzas.isEmpty());
    QCOMPARE(h.stanzas.constLast().childText(u"body"_s, u"jabber:client"_s), u"hi"_s);
    // A burst of messages: never more requests in flight than the server allows, all in order, none twice.
    for (int i = 0; i < 60; ++i) {
        QVERIFY(h.connection->send(chat(u"m%1"_s.arg(i))));
    }
    QTRY_COMPARE_WITH_TIMEOUT(h.xmpp.messages.size(), 60, 10000);
    for (int i = 0; i < 60; ++i) {
        QCOMPARE(h.xmpp.messages.at(i), u"m%1"_s.arg(i));
    }
    QVERIFY2(h.server.violations().isEmpty(), qPrintable(h.server.violations().join(u"; "_s)));
    QVERIFY(h.server.maxInFlight() <= 2);
    QTRY_COMPARE(h.server.held(), 1);
}

void TestBoshTransport::responsesHandedOnInRidOrder()
{
    Harness h;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    // The manager answers the newer request first: its payload waits for the held older one.
    const int older = int(h.server.received().size()) - 1;
    int newer = -1;
    h.server.intercept = [&](int index) {
        newer = index;
        return true;
    };
    QVERIFY(h.connection->send(chat(u"x"_s)));
    QTRY_VERIFY(newer > older);
    h.server.answer(newer, "<message xmlns='jabber:client' from='bob@example.com/x'><body>second</body></message>");
    QTest::qWait(200);
    QVERIFY(h.stanzas.isEmpty());
    h.server.answer(older, "<message xmlns='jabber:client' from='bob@example.com/x'><body>first</body></message>");
    QTRY_COMPARE(h.stanzas.size(), 2);
    QCOMPARE(h.stanzas[0].childText(u"body"_s, u"jabber:client"_s), u"first"_s);
    QCOMPARE(h.stanzas[1].childText(u"body"_s, u"jabber:client"_s), u"second"_s);
    QVERIFY(h.errors.isEmpty());
}

void TestBoshTransport::httpErrorResendsTheSameRid()
{
    Harness h;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    int failed = -1;
    h.server.intercept = [&](int index) {
        if (failed < 0 && !h.server.received().at(index).payload.isEmpty()) {
            failed = index;
            h.server.answerRaw(index, "HTTP/1.1 503 Busy\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nbusy");
            return true;
        }
        return false;
    };
    QVERIFY(h.connection->send(chat(u"again"_s)));
    QTRY_COMPARE(h.xmpp.messages, QStringList { u"again"_s });
    const auto &r = h.server.received();
    QVERIFY(failed >= 0);
    int resends = 0;
    for (int i = failed + 1; i < r.size(); ++i) {
        if (r[i].rid == r[failed].rid) {
            ++resends;
            QCOMPARE(r[i].body, r[failed].body); // the same request, byte for byte
        }
    }
    QCOMPARE(resends, 1);
    QVERIFY(h.errors.isEmpty());
    QCOMPARE(h.connection->state(), ConnectionState::Connected);
}

void TestBoshTransport::cutConnectionsLoseNothing()
{
    Harness h;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    auto dump = [&h]() -> QString {
        QString out;
        for (const auto &r : h.server.received()) {
            out += u"\n rid %1 %2 %3"_s.arg(r.rid).arg(QString::fromUtf8(r.payload.left(60))).arg(r.answered);
        }
        return out + u"\n violations: "_s + h.server.violations().join(u"; "_s);
    };
    for (int round = 0; round < 5; ++round) {
        h.server.cutConnections();
        QVERIFY2(h.connection->send(chat(u"c%1"_s.arg(round))),
            qPrintable((h.errors.isEmpty() ? QString() : h.errors.constLast().message) + dump()));
        QTRY_COMPARE_WITH_TIMEOUT(h.xmpp.messages.size(), round + 1, 10000);
    }
    QCOMPARE(h.xmpp.messages, (QStringList { u"c0"_s, u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s }));
    QCOMPARE(h.server.sessions(), 1); // the BOSH session survived every cut
    QVERIFY(h.errors.isEmpty());
    QVERIFY2(h.server.violations().isEmpty(), qPrintable(h.server.violations().join(u"; "_s)));
}

// ejabberd's mod_bosh answers a request sent again while it still held the first copy with the request itself (its
// sid and rid attributes and our payload). What we sent must not come back as received stanzas, nor count in the
// XEP-0198 'h' (ejabberd then refuses the resumption: "Client acknowledged more stanzas than sent by server").
void TestBoshTransport::echoedRequestIsNotTakenForTheServer()
{
    Harness h;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    // The 'h' the client acknowledges after the server's <r/>.
    auto lastAck = [&h]() -> int {
        static const QRegularExpression ack(u"<a [^>]*h=\"(\\d+)\""_s);
        int value = -1;
        for (const BoshTestServer::Received &r : h.server.received()) {
            auto it = ack.globalMatch(QString::fromUtf8(r.payload));
            while (it.hasNext()) {
                value = it.next().captured(1).toInt();
            }
        }
        return value;
    };
    const QByteArray request = "<r xmlns='urn:xmpp:sm:3'/>";
    h.server.push(request);
    QTRY_VERIFY(lastAck() >= 0);
    const int before = lastAck();
    const int stanzasBefore = int(h.stanzas.size());

    h.server.rewrite = [&h](int index, const QByteArray &body) {
        const BoshTestServer::Received &r = h.server.received().at(index);
        return r.payload.contains("echo me") ? r.body : body;
    };
    QVERIFY(h.connection->send(chat(u"echo me"_s)));
    QTRY_COMPARE(h.xmpp.messages, QStringList { u"echo me"_s });
    QTRY_VERIFY([&h] {
        for (const BoshTestServer::Received &r : h.server.received()) {
            if (r.payload.contains("echo me") && r.answered) {
                return true;
            }
        }
        return false;
    }());
    h.server.rewrite = {};
    h.server.push(
        "<message xmlns='jabber:client' from='bob@example.com/x' type='chat'><body>after</body></message>" + request);
    QTRY_COMPARE(lastAck(), before + 1);
    QCOMPARE(h.stanzas.size(), stanzasBefore + 1); // "after"; nothing of the echo
    QCOMPARE(h.stanzas.constLast().childText(u"body"_s), u"after"_s);
    QVERIFY(h.errors.isEmpty());
    QCOMPARE(h.connection->state(), ConnectionState::Connected);
}

// XEP-0124 §7: holding `hold` (1) requests, a manager answers the oldest as soon as another one comes. One held
// request is normal however long it is held; two left unanswered mean the session is stuck (ejabberd after a request
// it was holding came again): given up after HoldViolationMs, so that XEP-0198 resumes it instead of waiting out the
// manager's `wait`.
void TestBoshTransport::managerHoldingMoreThanItMayIsGivenUp()
{
    Harness h;
    QVERIFY(h.start(true));
    h.transport->setHoldViolationMs(400);
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    QTest::qWait(800); // one held request: fine
    QVERIFY(h.errors.isEmpty());
    QCOMPARE(h.connection->state(), ConnectionState::Connected);

    // From now on the manager answers nothing: the next request makes two in flight.
    h.server.intercept = [](int) { return true; };
    QVERIFY(h.connection->send(chat(u"into the void"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(h.errors.size(), 1, 5000);
    QCOMPARE(h.errors.constFirst().kind, ConnectionError::Kind::Network);
    QVERIFY2(h.errors.constFirst().message.contains(u"unanswered"_s), qPrintable(h.errors.constFirst().message));
    QTRY_COMPARE(h.connection->state(), ConnectionState::Disconnected);
    QCOMPARE(h.connection->unacknowledgedCount(), 1); // kept for the resumption
}

void TestBoshTransport::terminalConditions_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("streamCondition");
    QTest::newRow("policy-violation") << u"policy-violation"_s << QByteArray() << int(ConnectionError::Kind::Stream)
                                      << int(StreamErrorCondition::PolicyViolation);
    QTest::newRow("system-shutdown") << u"system-shutdown"_s << QByteArray() << int(ConnectionError::Kind::Stream)
                                     << int(StreamErrorCondition::SystemShutdown);
    QTest::newRow("remote-stream-error")
        << u"remote-stream-error"_s
        << QByteArray("<stream:error><conflict xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>")
        << int(ConnectionError::Kind::Stream) << int(StreamErrorCondition::Conflict);
    QTest::newRow("item-not-found") << u"item-not-found"_s << QByteArray() << int(ConnectionError::Kind::Network) << -1;
    QTest::newRow("other-request") << u"other-request"_s << QByteArray() << int(ConnectionError::Kind::Network) << -1;
}

void TestBoshTransport::terminalConditions()
{
    QFETCH(QString, condition);
    QFETCH(QByteArray, payload);
    QFETCH(int, kind);
    QFETCH(int, streamCondition);
    Harness h;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    h.server.terminate(condition, payload);
    QTRY_COMPARE(h.errors.size(), 1);
    const ConnectionError error = h.errors.constFirst();
    QCOMPARE(int(error.kind), kind);
    QVERIFY(!error.message.isEmpty());
    if (streamCondition >= 0) {
        QCOMPARE(int(error.streamError.condition), streamCondition);
    } else {
        QVERIFY2(error.message.contains(condition), qPrintable(error.message));
    }
    QTRY_COMPARE(h.connection->state(), ConnectionState::Disconnected);
}

void TestBoshTransport::sessionGoneResumesWithStreamManagement()
{
    Harness h;
    QVERIFY(h.start(true));
    h.settings.autoReconnect = true;
    QVERIFY(h.login());
    QTRY_VERIFY(h.connection->isStreamManagementEnabled());
    QTRY_COMPARE(h.server.held(), 1);
    // The manager forgets the session (a bad rid, an expired session): item-not-found; a new BOSH session resumes
    // the XMPP one (XEP-0198), and a message sent meanwhile arrives once.
    h.server.dropSession();
    QVERIFY(h.connection->send(chat(u"after"_s)));
    QSignalSpy resumed(h.connection.get(), &Connection::sessionResumed);
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 10000);
    QTRY_COMPARE(h.xmpp.messages, QStringList { u"after"_s });
    QCOMPARE(h.xmpp.resumes, 1);
    QCOMPARE(h.xmpp.binds, 1);
    QCOMPARE(h.server.sessions(), 2);
    QVERIFY(h.errors.size() >= 1);
    QVERIFY(h.errors.constFirst().message.contains(u"item-not-found"_s));
}

void TestBoshTransport::unansweredResumeGivesWayToANewSession()
{
    Harness h;
    QVERIFY(h.start(true));
    h.settings.autoReconnect = true;
    h.settings.connectTimeoutMs = 1500;
    QVERIFY(h.login());
    QTRY_VERIFY(h.connection->isStreamManagementEnabled());
    QTRY_COMPARE(h.server.held(), 1);
    // The BOSH session is lost and the server never answers the <resume/> (Prosody 0.12 over BOSH): after the
    // connect timeout the next attempt binds a new session, and the unacknowledged message goes there.
    h.xmpp.ignoreResume = true;
    h.server.dropSession();
    QVERIFY(h.connection->send(chat(u"carried"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(h.xmpp.binds, 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(h.xmpp.messages, QStringList { u"carried"_s }, 10000);
    QTRY_COMPARE(h.connection->state(), ConnectionState::Connected);
    QCOMPARE(h.connectedCount, 2);
    bool timedOut = false;
    for (const ConnectionError &error : std::as_const(h.errors)) {
        timedOut = timedOut || error.kind == ConnectionError::Kind::Timeout;
    }
    QVERIFY(timedOut);
}

void TestBoshTransport::hostileResponses_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    auto http = [](const QByteArray &body) -> QByteArray {
        return "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;
    };
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << u""_s;
    QTest::newRow("not well-formed") << http(
        "<body xmlns='http://jabber.org/protocol/httpbind'><message><body>x</message></body>")
                                     << u"malformed"_s;
    QTest::newRow("two roots") << http("<body xmlns='http://jabber.org/protocol/httpbind'/><body/>") << u"malformed"_s;
    QTest::newRow("dtd") << http("<!DOCTYPE body [<!ENTITY a 'aaaa'>]><body xmlns='http://jabber.org/protocol/"
                                 "httpbind'>&a;</body>")
                         << u"malformed"_s;
    QTest::newRow("processing instruction")
        << http("<body xmlns='http://jabber.org/protocol/httpbind'><?evil?></body>") << u"malformed"_s;
    QTest::newRow("wrong root") << http("<html><body>proxy error</body></html>") << u"malformed"_s;
    QTest::newRow("wrong namespace") << http("<body xmlns='jabber:client'/>") << u"malformed"_s;
    QTest::newRow("text at top") << http("<body xmlns='http://jabber.org/protocol/httpbind'>hello</body>")
                                 << u"malformed"_s;
    QTest::newRow("empty") << http("") << u"malformed"_s;
    QTest::newRow("http 404") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n") << u"404"_s;
}

void TestBoshTransport::hostileResponses()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    Harness h;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    h.server.intercept = [&](int index) {
        h.server.answerRaw(index, raw);
        return true;
    };
    const int held = int(h.server.received().size()) - 1;
    h.server.answerRaw(held, raw);
    QTRY_COMPARE_WITH_TIMEOUT(h.errors.size(), 1, 15000);
    const ConnectionError error = h.errors.constFirst();
    QCOMPARE(error.kind, ConnectionError::Kind::Network);
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    QVERIFY(h.stanzas.isEmpty()); // nothing of a refused response was handed on
    QTRY_COMPARE(h.connection->state(), ConnectionState::Disconnected);
}

void TestBoshTransport::hugeResponseRefused()
{
    Harness h;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    const int held = int(h.server.received().size()) - 1;
    // 20 MB of <body/>: refused while it downloads, with a clear error.
    const QByteArray filler(20 * 1024 * 1024, 'a');
    h.server.answer(held, "<message xmlns='jabber:client'><body>" + filler + "</body></message>");
    QTRY_COMPARE_WITH_TIMEOUT(h.errors.size(), 1, 30000);
    QVERIFY2(h.errors.constFirst().message.contains(u"larger than"_s), qPrintable(h.errors.constFirst().message));
    QVERIFY(h.stanzas.isEmpty());
}

void TestBoshTransport::untrustedCertificateSendsNothing()
{
    Harness h;
    QVERIFY(h.start(true));
    h.settings.trustedFingerprints.clear();
    QVERIFY(!h.login());
    QCOMPARE(h.errors.size(), 1);
    QCOMPARE(h.errors.constFirst().kind, ConnectionError::Kind::Certificate);
    QCOMPARE(h.errors.constFirst().fingerprint, CertificateTrust::fingerprint(h.server.certificate()));
    QVERIFY(h.server.received().isEmpty()); // not a byte of the request (nor the <auth/>) left
}

void TestBoshTransport::terminateOnDisconnect()
{
    Harness h;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    h.connection->disconnectFromServer();
    QTRY_COMPARE(h.connection->state(), ConnectionState::Disconnected);
    QVERIFY(h.server.received().constLast().terminate);
    QVERIFY(h.server.sid().isEmpty()); // the manager ended the session
    QVERIFY(h.errors.isEmpty());
}

void TestBoshTransport::notHttpsRefused()
{
    BoshTransport transport;
    QSignalSpy errors(&transport, &Transport::errorOccurred);
    QSignalSpy connected(&transport, &Transport::connected);
    TransportTarget target;
    target.domain = u"example.com"_s;
    target.binding = TransportBinding::Bosh;
    target.endpoint = QUrl(u"http://127.0.0.1:1/http-bind"_s);
    transport.connectToServer(target);
    QTRY_COMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().value<TransportError>().message.contains(u"https://"_s));
    QVERIFY(connected.isEmpty());
}

QTEST_MAIN(TestBoshTransport)
#include "tst_boshtransport.moc"
