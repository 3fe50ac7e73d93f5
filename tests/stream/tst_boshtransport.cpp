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

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::BoshTestServer;

namespace {

using XmppSide = balcony::test::BoshXmppScript;

const QByteArray FromBob
    = "<message xmlns='jabber:client' from='bob@example.com/x' type='chat'><body>%1</body></message>";

QByteArray fromBob(const char *text)
{
    return QByteArray(FromBob).replace("%1", text);
}

// The index of the last request carrying pause='...', or -1.
int lastPauseRequest(const BoshTestServer &server)
{
    const auto &r = server.received();
    for (qsizetype i = r.size() - 1; i >= 0; --i) {
        if (r[i].attributes.contains(u"pause"_s)) {
            return int(i);
        }
    }
    return -1;
}
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
    void pauseRequestThenSilence();
    void stanzaWrittenWhilePausedResumesAtOnce();
    void noPauseWithoutMaxpause();
    void pauseClampedToMaxpause();
    void maxpauseFromTheServerBounded_data();
    void maxpauseFromTheServerBounded();
    void unansweredPauseRequestHoldsNothingUp();
    void pauseNotSentYetIsDropped();
    void pauseEndsBeforeTheServerGivesUp();
    void serverTerminatesThePause();
    void sessionGoneDuringPauseResumes();
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

// XEP-0124 §10: the machine is about to sleep; the session is paused for the server's maxpause, nothing is sent
// meanwhile, and waking resumes the same session with a normal request (what the server queued arrives then).
void TestBoshTransport::pauseRequestThenSilence()
{
    Harness h;
    h.server.maxpause = 120;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_VERIFY(h.connection->isStreamManagementEnabled());
    QTRY_COMPARE(h.server.held(), 1);
    QCOMPARE(h.transport->maxPause(), 120);
    const qint64 heldRid = h.server.received().constLast().rid;
    h.connection->setSleeping(true);
    QVERIFY(h.transport->isPaused());
    QTRY_COMPARE(h.server.pauses(), 1);
    const int pause = lastPauseRequest(h.server);
    QCOMPARE(pause, int(h.server.received().size()) - 1);
    const BoshTestServer::Received request = h.server.received().at(pause);
    QCOMPARE(request.rid, heldRid + 1);
    QCOMPARE(request.sid, u"sid1"_s);
    QCOMPARE(request.attributes.value(u"pause"_s), u"120"_s);
    QVERIFY(request.payload.isEmpty());
    QVERIFY(!request.terminate && !request.restart);
    QVERIFY(request.body.contains("xmlns='http://jabber.org/protocol/httpbind'"));
    QTRY_COMPARE(h.server.held(), 0); // the held request was answered at once
    // Paused: nothing is sent, not even a held request, whatever the server has for us meanwhile.
    h.server.push(fromBob("while asleep"));
    QTest::qWait(1500);
    QCOMPARE(h.server.received().size(), pause + 1);
    QVERIFY(h.server.paused());
    QVERIFY(h.stanzas.isEmpty());
    // Awake: a normal request (no pause attribute) in the same session picks up what waited.
    h.connection->setSleeping(false);
    QVERIFY(!h.transport->isPaused());
    QTRY_COMPARE(h.stanzas.size(), 1);
    QCOMPARE(h.stanzas.constFirst().childText(u"body"_s, u"jabber:client"_s), u"while asleep"_s);
    const BoshTestServer::Received next = h.server.received().at(pause + 1);
    QCOMPARE(next.rid, request.rid + 1);
    QCOMPARE(next.sid, u"sid1"_s);
    QVERIFY(!next.attributes.contains(u"pause"_s));
    QVERIFY(!h.server.paused());
    QTRY_COMPARE(h.server.held(), 1);
    QCOMPARE(h.server.sessions(), 1);
    QCOMPARE(h.connectedCount, 1);
    QCOMPARE(h.xmpp.resumes, 0);
    QVERIFY(h.errors.isEmpty());
    QVERIFY2(h.server.violations().isEmpty(), qPrintable(h.server.violations().join(u"; "_s)));
    // Waking again changes nothing.
    h.connection->setSleeping(false);
    QTest::qWait(200);
    QCOMPARE(h.server.pauses(), 1);
}

void TestBoshTransport::stanzaWrittenWhilePausedResumesAtOnce()
{
    Harness h;
    h.server.maxpause = 120;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    QVERIFY(h.transport->pause(120));
    QTRY_COMPARE(h.server.held(), 0);
    const int pause = lastPauseRequest(h.server);
    QVERIFY(pause > 0);
    // A message the user writes is never held back by the pause: it goes at once and ends the pause.
    QElapsedTimer clock;
    clock.start();
    QVERIFY(h.connection->send(chat(u"now"_s)));
    QTRY_COMPARE(h.xmpp.messages, QStringList { u"now"_s });
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!h.transport->isPaused());
    const BoshTestServer::Received next = h.server.received().at(pause + 1);
    QCOMPARE(next.rid, h.server.received().at(pause).rid + 1);
    QVERIFY(next.payload.contains("<body>now</body>"));
    QVERIFY(!next.attributes.contains(u"pause"_s));
    // Back to normal: a request held for the server, and the server's messages arrive on it.
    QTRY_COMPARE(h.server.held(), 1);
    h.server.push(fromBob("back"));
    QTRY_COMPARE(h.stanzas.size(), 1);
    QVERIFY(h.errors.isEmpty());
    QVERIFY(h.server.violations().isEmpty());

    // Written right behind the pause, in the same turn: the message goes as soon as the requests window allows, and
    // the session is not left paused.
    QTRY_COMPARE(h.server.held(), 1);
    QVERIFY(h.transport->pause(120));
    QVERIFY(h.connection->send(chat(u"same turn"_s)));
    QTRY_COMPARE(h.xmpp.messages.size(), 2);
    QTRY_COMPARE(h.server.held(), 1);
    QVERIFY(!h.transport->isPaused());
    QVERIFY(h.server.violations().isEmpty());
}

void TestBoshTransport::noPauseWithoutMaxpause()
{
    Harness h;
    QVERIFY(h.start(true)); // maxpause not offered (Prosody)
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    QCOMPARE(h.transport->maxPause(), 0);
    const qsizetype before = h.server.received().size();
    h.connection->setSleeping(true);
    QVERIFY(!h.transport->isPaused());
    QVERIFY(!h.transport->pause(60));
    QTest::qWait(500);
    QCOMPARE(h.server.received().size(), before); // nothing sent: the held request stays
    QCOMPARE(h.server.held(), 1);
    QCOMPARE(lastPauseRequest(h.server), -1);
    h.connection->setSleeping(false);
    h.server.push(fromBob("still here"));
    QTRY_COMPARE(h.stanzas.size(), 1);
    QVERIFY(h.server.violations().isEmpty());
}

void TestBoshTransport::pauseClampedToMaxpause()
{
    Harness h;
    h.server.maxpause = 30;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    QVERIFY(h.transport->pause(600));
    QTRY_COMPARE(h.server.pauses(), 1);
    QCOMPARE(h.server.received().at(lastPauseRequest(h.server)).attributes.value(u"pause"_s), u"30"_s);
    QVERIFY2(h.server.violations().isEmpty(), qPrintable(h.server.violations().join(u"; "_s)));
    QVERIFY(!h.transport->pause(0)); // no pause of nothing
    QVERIFY(h.transport->isPaused());
    h.transport->resume();
    QTRY_COMPARE(h.server.held(), 1);
    QVERIFY(h.errors.isEmpty());
}

void TestBoshTransport::maxpauseFromTheServerBounded_data()
{
    QTest::addColumn<QByteArray>("maxpause");
    QTest::addColumn<int>("expected");
    QTest::newRow("huge") << QByteArray("99999999999999") << 0; // not an int: no pause
    QTest::newRow("beyond a day") << QByteArray("900000") << int(BoshTransport::MaxPauseSeconds);
    QTest::newRow("negative") << QByteArray("-5") << 0;
    QTest::newRow("not a number") << QByteArray("soon") << 0;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("plain") << QByteArray("45") << 45;
}

void TestBoshTransport::maxpauseFromTheServerBounded()
{
    QFETCH(QByteArray, maxpause);
    QFETCH(int, expected);
    Harness h;
    h.server.maxpause = 1000000; // the server takes whatever the client makes of the attribute below
    QVERIFY(h.start(true));
    h.server.rewrite = [maxpause](int index, const QByteArray &body) {
        return index == 0 ? QByteArray(body).replace("maxpause='1000000'", QByteArray("maxpause='" + maxpause + "'"))
                          : body;
    };
    QVERIFY(h.login());
    QCOMPARE(h.transport->maxPause(), expected);
    QCOMPARE(h.transport->pause(expected > 0 ? expected : 10), expected > 0);
    if (expected > 0) {
        QTRY_COMPARE(h.server.pauses(), 1);
        QCOMPARE(
            h.server.received().at(lastPauseRequest(h.server)).attributes.value(u"pause"_s), QString::number(expected));
    } else {
        QTest::qWait(200);
        QCOMPARE(lastPauseRequest(h.server), -1);
    }
    QVERIFY(h.errors.isEmpty());
}

// ejabberd's mod_bosh (23.01) never answers the pause request while the session lives: the requests after it are
// not held up by it, and resuming works all the same.
void TestBoshTransport::unansweredPauseRequestHoldsNothingUp()
{
    Harness h;
    h.server.maxpause = 120;
    h.server.answerPause = false;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    h.connection->setSleeping(true);
    QTRY_COMPARE(h.server.pauses(), 1);
    QTRY_COMPARE(h.server.held(), 0);
    const int pause = lastPauseRequest(h.server);
    QVERIFY(!h.server.received().at(pause).answered);
    QTest::qWait(500);
    QCOMPARE(h.server.received().size(), pause + 1);
    h.server.push(fromBob("queued"));
    h.connection->setSleeping(false);
    QTRY_COMPARE(h.stanzas.size(), 1);
    QVERIFY(h.connection->send(chat(u"after the pause"_s)));
    QTRY_COMPARE(h.xmpp.messages, QStringList { u"after the pause"_s });
    QTRY_COMPARE(h.server.held(), 1);
    QCOMPARE(h.server.sessions(), 1);
    QVERIFY(h.errors.isEmpty());
    QVERIFY2(h.server.violations().isEmpty(), qPrintable(h.server.violations().join(u"; "_s)));
}

// With a window of one request (requests='1') the pause request waits behind the held one; a stanza written before it
// could leave drops it: the session is never paused.
void TestBoshTransport::pauseNotSentYetIsDropped()
{
    Harness h;
    h.server.maxpause = 120;
    h.server.requests = 1;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    const qsizetype before = h.server.received().size();
    QVERIFY(h.transport->pause(120));
    QCOMPARE(h.server.received().size(), before); // not sent: the window is full
    QVERIFY(h.connection->send(chat(u"first"_s)));
    QVERIFY(!h.transport->isPaused());
    // The manager answers the held request (it has something to say): the window opens for the message.
    h.server.push(fromBob("release"));
    QTRY_COMPARE(h.stanzas.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(h.xmpp.messages, QStringList { u"first"_s }, 5000);
    QTRY_COMPARE(h.server.held(), 1);
    QCOMPARE(lastPauseRequest(h.server), -1);
    QCOMPARE(h.server.pauses(), 0);
    QVERIFY(h.errors.isEmpty());
    QVERIFY2(h.server.violations().isEmpty(), qPrintable(h.server.violations().join(u"; "_s)));
}

// No wake comes (the suspend did not happen): the transport resumes before the server's pause runs out.
void TestBoshTransport::pauseEndsBeforeTheServerGivesUp()
{
    Harness h;
    h.server.maxpause = 2;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    QElapsedTimer clock;
    clock.start();
    h.connection->setSleeping(true);
    QTRY_COMPARE(h.server.pauses(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!h.transport->isPaused(), 3000);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QTRY_COMPARE(h.server.held(), 1);
    QVERIFY(!h.server.paused());
    QCOMPARE(h.server.sessions(), 1);
    QVERIFY(h.errors.isEmpty());
}

// The server ends the session in its answer to the pause request (here: it shuts down): acted upon at once.
void TestBoshTransport::serverTerminatesThePause()
{
    Harness h;
    h.server.maxpause = 120;
    QVERIFY(h.start(true));
    QVERIFY(h.login());
    QTRY_COMPARE(h.server.held(), 1);
    h.server.intercept = [&h](int index) {
        if (!h.server.received().at(index).attributes.contains(u"pause"_s)) {
            return false;
        }
        QTimer::singleShot(300, &h.server,
            [&h, index] { h.server.answer(index, {}, "type='terminate' condition='system-shutdown'"); });
        return true;
    };
    h.connection->setSleeping(true);
    QTRY_COMPARE(h.errors.size(), 1);
    QCOMPARE(int(h.errors.constFirst().kind), int(ConnectionError::Kind::Stream));
    QCOMPARE(h.errors.constFirst().streamError.condition, StreamErrorCondition::SystemShutdown);
    QVERIFY(!h.transport->isPaused());
    QTRY_COMPARE(h.connection->state(), ConnectionState::Disconnected);
}

// The session is gone when the machine wakes (the suspend outlasted the pause, or the server restarted): the wake's
// request gets item-not-found, and the XMPP session is resumed on a new BOSH session (XEP-0198).
void TestBoshTransport::sessionGoneDuringPauseResumes()
{
    Harness h;
    h.server.maxpause = 120;
    QVERIFY(h.start(true));
    h.settings.autoReconnect = true;
    QVERIFY(h.login());
    QTRY_VERIFY(h.connection->isStreamManagementEnabled());
    QTRY_COMPARE(h.server.held(), 1);
    h.connection->setSleeping(true);
    QTRY_COMPARE(h.server.pauses(), 1);
    QTRY_COMPARE(h.server.held(), 0);
    h.server.dropSession();
    QSignalSpy resumed(h.connection.get(), &Connection::sessionResumed);
    h.connection->setSleeping(false);
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 10000);
    QVERIFY(h.errors.constFirst().message.contains(u"item-not-found"_s));
    QCOMPARE(h.server.sessions(), 2);
    QVERIFY(h.connection->send(chat(u"resumed"_s)));
    QTRY_COMPARE(h.xmpp.messages, QStringList { u"resumed"_s });
    QVERIFY(!h.transport->isPaused());
}

QTEST_MAIN(TestBoshTransport)
#include "tst_boshtransport.moc"
