// The Connection state machine after (and around) negotiation, through the scripted test server: stanza
// routing (RFC 6120 §8), stream errors (§4.9), see-other-host, clean close (§4.4), reconnects, timeouts.
#include "ScriptedTransport.h"
#include "stream/Connection.h"
#include "stream/Scram.h"

#include <QNetworkInformation>
#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace Qt::StringLiterals;
using namespace balcony::test;
using namespace balcony::test::script;

namespace {

const QByteArray serverFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
const QByteArray serverFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";

QByteArray streamError(const QByteArray &condition, const QByteArray &content = {})
{
    return "<stream:error><" + condition + " xmlns='urn:ietf:params:xml:ns:xmpp-streams'>" + content + "</" + condition
        + "></stream:error>";
}

} // namespace

class TestConnection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // First: it needs a process in which no Connection was bound yet.
    void networkIsWatchedOnceBoundNotWhenMade();
    void piecesDistinguishWrites();
    void configurationErrors();
    void unhandledIqGetGetsServiceUnavailable();
    void iqRequestWithoutIdReachesNoHandler();
    void handlerOwnedByTheConnectionOutlivesIt();
    void handlerTakesIq();
    void stanzasGoToTheModuleRegisteredForThem();
    void sessionStepsRunInStepOrder();
    void malformedFromIsRejected();
    void spoofedIqResultIgnored();
    void strayResultDropped();
    void messagesReachStanzaReceived();
    void sendRefusesInvalidXml();
    void streamErrorFromServer_data();
    void streamErrorFromServer();
    void malformedXmlFromServer();
    void whitespaceKeepalivesAreFine();
    void seeOtherHostFollowedOnce();
    void cleanClose();
    void cleanCloseTimesOut();
    void serverClosesStream();
    void dropSchedulesReconnectAndCancelsIqs();
    void connectFailureRetries();
    void connectTimeout();

private:
    // Runs a whole pipelined login through the scripted server; ends Connected with no unread writes.
    void login();

    ConnectionSettings m_settings;
    ScriptedTransport *m_server = nullptr;
    std::unique_ptr<Connection> m_connection;
    int m_nextId = 0;
};

void TestConnection::initTestCase()
{
    Connection::setIdGenerator([this] { return QStringLiteral("id%1").arg(++m_nextId); });
}

void TestConnection::init()
{
    m_nextId = 0;
    Scram::setTestNonce("fyko+d2lbbFgONRv9qkxdawL");
    m_settings = ConnectionSettings();
    m_settings.jid = *Jid::parse(u"user@example.com/balcony");
    m_settings.password = QStringLiteral("pencil");
    m_settings.autoReconnect = false;
    auto transport = std::make_unique<ScriptedTransport>();
    m_server = transport.get();
    m_connection = std::make_unique<Connection>(std::move(transport));
    m_connection->setBackoffRandomSource([](qint64) { return qint64(0); });
}

void TestConnection::cleanup()
{
    m_connection.reset();
    m_server = nullptr;
    Scram::setTestNonce({});
}

void TestConnection::login()
{
    m_connection->setSettings(m_settings);
    m_connection->connectToServer();
    m_server->simulateConnected();
    m_server->inject(serverHeader() + starttlsFeatures() + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    m_server->simulateEncrypted();
    m_server->inject(serverHeader() + saslFeatures({ "SCRAM-SHA-1" }) + sasl("challenge", serverFirst));
    m_server->inject(sasl("success", serverFinal));
    m_server->inject(serverHeader() + bindFeatures() + "<iq type='result' id='id" + QByteArray::number(m_nextId)
        + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>user@example.com/balcony</jid>"
          "</bind></iq>");
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
    m_server->clearWrites();
}

// Issue 12: the QNetworkInformation backend (a plugin; GLib's monitor asks NetworkManager over the system bus) is
// loaded once a connection is bound (or waits to reconnect), from the event loop, not when a Connection is made:
// the desktop app makes its accounts' Connections before its window and the first packet.
void TestConnection::networkIsWatchedOnceBoundNotWhenMade()
{
    QVERIFY2(!QNetworkInformation::instance(), "making a Connection (init()) loaded the network information backend");
    QCoreApplication::processEvents();
    QVERIFY(!QNetworkInformation::instance());
    login();
    QVERIFY(!QNetworkInformation::instance()); // not inside the bind result's handling
    if (QNetworkInformation::availableBackends().isEmpty()) {
        QSKIP("no network information backend here: nothing is watched");
    }
    QTRY_VERIFY(QNetworkInformation::instance());
}

void TestConnection::piecesDistinguishWrites()
{
    // The comparison the other tests rely on must see real differences.
    QVERIFY(ScriptedTransport::pieces(clientHeader()) != ScriptedTransport::pieces(clientHeader("example.org")));
    QVERIFY(ScriptedTransport::pieces(clientHeader()) != ScriptedTransport::pieces(clientHeader("example.com", "a@b")));
    QVERIFY(ScriptedTransport::pieces("<a xmlns='x'/>") != ScriptedTransport::pieces("<a xmlns='y'/>"));
    QCOMPARE(ScriptedTransport::pieces("<?xml version='1.0'?>" + clientHeader() + "<a xmlns='x' q='1' p='2'/>"),
        ScriptedTransport::pieces(clientHeader() + " <a p='2' q='1' xmlns='x'></a>"));
    QCOMPARE(ScriptedTransport::pieces("<a/><b/>").size(), 2);
    QCOMPARE(ScriptedTransport::pieces("</stream:stream>"), QStringList { QStringLiteral("</stream:stream>") });
}

void TestConnection::configurationErrors()
{
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    m_settings.password.clear();
    m_connection->setSettings(m_settings);
    m_connection->connectToServer();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ConnectionError>().kind, ConnectionError::Kind::Configuration);
    QCOMPARE(m_server->connectCount(), 0);
    m_settings.password = QStringLiteral("pencil");
    m_settings.jid = *Jid::parse(u"example.com");
    m_connection->setSettings(m_settings);
    m_connection->connectToServer();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(m_server->connectCount(), 0);
}

void TestConnection::unhandledIqGetGetsServiceUnavailable()
{
    login();
    QSignalSpy received(m_connection.get(), &Connection::stanzaReceived);
    m_server->inject("<iq type='get' id='v1' from='romeo@example.net/orchard' to='user@example.com/balcony'>"
                     "<query xmlns='jabber:iq:version'/></iq>");
    QCOMPARE(m_server->takeWritePieces(),
        ScriptedTransport::pieces("<iq type='error' id='v1' to='romeo@example.net/orchard'>"
                                  "<error type='cancel'><service-unavailable "
                                  "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
    QVERIFY(received.isEmpty());
}

void TestConnection::iqRequestWithoutIdReachesNoHandler()
{
    // RFC 6120 §8.1.3: a get/set without id cannot be answered; before, every module's handler saw it and
    // disco answered it with an id-less result (found by fuzz_session).
    login();
    QObject owner;
    QList<Element> seen;
    m_connection->addStanzaHandler(&owner, [&](const Element &e) {
        seen.append(e);
        return true;
    });
    QSignalSpy received(m_connection.get(), &Connection::stanzaReceived);
    m_server->inject("<iq type='get' from='romeo@example.net/orchard'>"
                     "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"
                     "<iq type='set' id='' from='romeo@example.net/orchard'><query xmlns='jabber:iq:roster'/></iq>");
    QVERIFY(seen.isEmpty());
    QVERIFY(received.isEmpty());
    QVERIFY(m_server->writes().isEmpty());
    // The next request with an id is handled as usual.
    m_server->inject("<iq type='get' id='d1' from='romeo@example.net/orchard'>"
                     "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>");
    QCOMPARE(seen.size(), 1);
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
}

void TestConnection::handlerOwnedByTheConnectionOutlivesIt()
{
    // A handler owned by the Connection or by one of its children: those are destroyed after the
    // Connection's private part, and their destroyed() used to remove the handler from freed memory
    // (a use-after-free that AddressSanitizer reports; without it, a heap write into freed memory).
    login();
    auto *child = new QObject(m_connection.get());
    int calls = 0;
    m_connection->addStanzaHandler(child, [&](const Element &) { return ++calls > 0; });
    m_connection->addStanzaHandler(m_connection.get(), [&](const Element &) { return false; });
    m_server->inject("<message from='romeo@example.net/orchard'><body>hi</body></message>");
    QCOMPARE(calls, 1);
    bool childGone = false;
    connect(child, &QObject::destroyed, this, [&] { childGone = true; });
    m_connection.reset();
    m_server = nullptr;
    QVERIFY(childGone);
}

void TestConnection::handlerTakesIq()
{
    login();
    QObject owner;
    QList<Element> seen;
    m_connection->addStanzaHandler(&owner, [&](const Element &e) {
        seen.append(e);
        return e.firstChild(u"query", u"jabber:iq:version").isNull() == false;
    });
    m_server->inject("<iq type='get' id='v1' from='romeo@example.net/orchard'><query xmlns='jabber:iq:version'/></iq>");
    QCOMPARE(seen.size(), 1);
    QVERIFY(m_server->writes().isEmpty());
    // A request the handler declines still gets the error reply.
    m_server->inject("<iq type='set' id='s1' from='romeo@example.net/orchard'><x xmlns='urn:other'/></iq>");
    QCOMPARE(seen.size(), 2);
    QCOMPARE(m_server->writes().size(), 1);
}

void TestConnection::stanzasGoToTheModuleRegisteredForThem()
{
    // Issue 12: a module registers for what it owns (element + payload namespace) and sees nothing else; the
    // owner of a payload is asked before the module that takes every <message/>; observers see everything.
    login();
    QObject generic;
    QObject events;
    QObject queries;
    QStringList calls;
    int observed = 0;
    m_connection->addStanzaObserver(&generic, [&](const Element &) { ++observed; });
    m_connection->addStanzaHandler(&generic, { u"message"_s, {}, {} }, [&](const Element &) {
        calls.append(u"message"_s);
        return true;
    });
    m_connection->addStanzaHandler(&events, { u"message"_s, u"event"_s, u"urn:example:event"_s }, [&](const Element &) {
        calls.append(u"event"_s);
        return true;
    });
    m_connection->addStanzaHandler(&queries, { u"iq"_s, u"query"_s, u"urn:example:q"_s }, [&](const Element &) {
        calls.append(u"query"_s);
        return true;
    });
    m_server->inject("<message from='romeo@example.net/orchard'><body>hi</body></message>");
    m_server->inject("<message from='romeo@example.net/orchard'><event xmlns='urn:example:event'/></message>");
    // Same local name, other namespace: not the event module's.
    m_server->inject("<message from='romeo@example.net/orchard'><event xmlns='urn:other'/></message>");
    m_server->inject("<iq type='get' id='q1' from='romeo@example.net/orchard'><query xmlns='urn:example:q'/></iq>");
    QCOMPARE(calls, (QStringList { u"message"_s, u"event"_s, u"message"_s, u"query"_s }));
    QCOMPARE(observed, 4);
    QVERIFY(m_server->writes().isEmpty());
    // A query in another namespace is nobody's: RFC 6120 §8.4.
    m_server->inject("<iq type='get' id='q2' from='romeo@example.net/orchard'><query xmlns='urn:example:r'/></iq>");
    QCOMPARE(calls.size(), 4);
    QCOMPARE(m_server->writes().size(), 1);
    QVERIFY(m_server->writes().first().contains("service-unavailable"));
    m_server->clearWrites();
    // What an owner registered goes with it: the event now falls to the generic handler.
    QSignalSpy unhandled(m_connection.get(), &Connection::stanzaReceived);
    {
        QObject gone;
        m_connection->addStanzaHandler(&gone, { u"message"_s, u"event"_s, u"urn:other"_s }, [&](const Element &) {
            calls.append(u"gone"_s);
            return true;
        });
    }
    m_server->inject("<message from='romeo@example.net/orchard'><event xmlns='urn:other'/></message>");
    QCOMPARE(calls.last(), u"message"_s);
    QCOMPARE(unhandled.count(), 0);
}

void TestConnection::sessionStepsRunInStepOrder()
{
    // The session start's order is SessionStep order, not registration order; sessionStarting() follows.
    QObject owner;
    QStringList order;
    m_connection->addSessionStep(&owner, SessionStep::Presence, [&](bool) { order.append(u"presence"_s); });
    connect(m_connection.get(), &Connection::sessionStarting, &owner, [&](bool) { order.append(u"signal"_s); });
    m_connection->addSessionStep(&owner, SessionStep::Archive, [&](bool) { order.append(u"archive"_s); });
    m_connection->addSessionStep(&owner, SessionStep::Roster, [&](bool) { order.append(u"roster"_s); });
    m_connection->addSessionStep(&owner, SessionStep::Presence, [&](bool) { order.append(u"presence2"_s); });
    login();
    QCOMPARE(order, (QStringList { u"roster"_s, u"presence"_s, u"presence2"_s, u"archive"_s, u"signal"_s }));
}

void TestConnection::malformedFromIsRejected()
{
    login();
    QSignalSpy received(m_connection.get(), &Connection::stanzaReceived);
    m_server->inject("<iq type='get' id='b1' from='@bad@/'><ping xmlns='urn:xmpp:ping'/></iq>");
    QCOMPARE(m_server->takeWritePieces(),
        ScriptedTransport::pieces("<iq type='error' id='b1' to='@bad@/'><error type='modify'>"
                                  "<jid-malformed xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
    m_server->inject("<message from='@bad@/' type='chat'><body>hi</body></message>");
    QVERIFY(m_server->writes().isEmpty());
    QVERIFY(received.isEmpty());
}

void TestConnection::spoofedIqResultIgnored()
{
    login();
    QList<IqResult> results;
    Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.setAttribute(QStringLiteral("to"), QStringLiteral("romeo@example.net/orchard"));
    iq.appendChild(Element(QStringLiteral("query"), QStringLiteral("jabber:iq:version")));
    const QString id = m_connection->sendIq(iq, [&](const IqResult &r) { results.append(r); });
    QCOMPARE(id, QStringLiteral("id2"));
    QCOMPARE(m_server->takeWritePieces(),
        ScriptedTransport::pieces("<iq type='get' id='id2' to='romeo@example.net/orchard'>"
                                  "<query xmlns='jabber:iq:version'/></iq>"));
    m_server->inject("<iq type='result' id='id2' from='mallory@evil.example/x'/>");
    m_server->inject("<iq type='result' id='id2'/>");
    QVERIFY(results.isEmpty());
    QVERIFY(m_server->writes().isEmpty()); // results are never answered
    m_server->inject("<iq type='result' id='id2' from='romeo@example.net/orchard'><query xmlns='jabber:iq:version'>"
                     "<name>x</name></query></iq>");
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().status, IqResult::Status::Result);
}

void TestConnection::strayResultDropped()
{
    login();
    QSignalSpy received(m_connection.get(), &Connection::stanzaReceived);
    m_server->inject("<iq type='error' id='nope' from='example.com'><error type='cancel'>"
                     "<bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    QVERIFY(m_server->writes().isEmpty());
    QVERIFY(received.isEmpty());
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
}

void TestConnection::messagesReachStanzaReceived()
{
    login();
    QSignalSpy received(m_connection.get(), &Connection::stanzaReceived);
    m_server->inject("<message from='romeo@example.net/orchard' type='chat'><body>hello</body></message>");
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<Element>().childText(u"body", u"jabber:client"), QStringLiteral("hello"));
}

void TestConnection::sendRefusesInvalidXml()
{
    Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
    message.appendTextChild(QStringLiteral("body"), QStringLiteral("jabber:client"), QStringLiteral("hi"));
    QVERIFY(!m_connection->send(message)); // not connected
    login();
    QVERIFY(m_connection->send(message));
    QCOMPARE(m_server->takeWritePieces(), ScriptedTransport::pieces("<message><body>hi</body></message>"));
    Element bad(QStringLiteral("message"), QStringLiteral("jabber:client"));
    bad.appendTextChild(QStringLiteral("body"), QStringLiteral("jabber:client"), QStringLiteral("a\u0001b"));
    QVERIFY(!m_connection->send(bad));
    QVERIFY(m_server->writes().isEmpty());
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
}

void TestConnection::streamErrorFromServer_data()
{
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<StreamErrorCondition>("expected");
    QTest::newRow("conflict") << QByteArray("conflict") << StreamErrorCondition::Conflict;
    QTest::newRow("system-shutdown") << QByteArray("system-shutdown") << StreamErrorCondition::SystemShutdown;
    QTest::newRow("policy-violation") << QByteArray("policy-violation") << StreamErrorCondition::PolicyViolation;
    QTest::newRow("unknown") << QByteArray("made-up-condition") << StreamErrorCondition::UndefinedCondition;
}

void TestConnection::streamErrorFromServer()
{
    QFETCH(QByteArray, condition);
    QFETCH(StreamErrorCondition, expected);
    login();
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    QSignalSpy disconnected(m_connection.get(), &Connection::disconnected);
    m_server->inject(streamError(condition) + "</stream:stream>");
    QCOMPARE(errors.size(), 1);
    const auto error = errors.first().first().value<ConnectionError>();
    QCOMPARE(error.kind, ConnectionError::Kind::Stream);
    QCOMPARE(error.streamError.condition, expected);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(disconnected.size(), 1);
    QCOMPARE(m_server->takeWritePieces(), QStringList { QStringLiteral("</stream:stream>") });
    QVERIFY(m_server->closeRequested());
}

void TestConnection::malformedXmlFromServer()
{
    login();
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    m_server->inject("<message><body>x</message>");
    QCOMPARE(errors.size(), 1);
    const auto error = errors.first().first().value<ConnectionError>();
    QCOMPARE(error.kind, ConnectionError::Kind::Stream);
    QCOMPARE(error.streamError.condition, StreamErrorCondition::NotWellFormed);
    const QStringList written = m_server->takeWritePieces();
    QCOMPARE(written.size(), 2);
    QVERIFY2(
        written.first().contains(QLatin1StringView("<not-well-formed xmlns=\"urn:ietf:params:xml:ns:xmpp-streams\"")),
        qPrintable(written.first()));
    QVERIFY(written.first().startsWith(QLatin1StringView("<stream:error")));
    QCOMPARE(written.last(), QStringLiteral("</stream:stream>"));
    QVERIFY(m_server->closeRequested());
    QCOMPARE(m_connection->state(), ConnectionState::Disconnected);
}

void TestConnection::whitespaceKeepalivesAreFine()
{
    login();
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    m_server->inject(" ");
    m_server->inject("\n \n");
    QVERIFY(errors.isEmpty());
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
}

void TestConnection::seeOtherHostFollowedOnce()
{
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    m_connection->setSettings(m_settings);
    m_connection->connectToServer();
    m_server->simulateConnected();
    m_server->takeWrite();
    m_server->inject(serverHeader() + streamError("see-other-host", "[2001:db8::1]:5299"));
    QVERIFY(errors.isEmpty());
    QCOMPARE(m_server->connectCount(), 2);
    QCOMPARE(m_server->lastTarget().host, QStringLiteral("2001:db8::1"));
    QCOMPARE(m_server->lastTarget().port, quint16(5299));
    // The certificate is still checked against the account's domain.
    QCOMPARE(m_server->lastTarget().domain, QStringLiteral("example.com"));
    QCOMPARE(m_connection->state(), ConnectionState::Connecting);

    // A second redirect is an error.
    m_server->simulateConnected();
    m_server->takeWrite();
    m_server->inject(serverHeader() + streamError("see-other-host", "other.example.com"));
    QCOMPARE(m_server->connectCount(), 2);
    QCOMPARE(errors.size(), 1);
    const auto error = errors.first().first().value<ConnectionError>();
    QCOMPARE(error.kind, ConnectionError::Kind::Stream);
    QCOMPARE(error.streamError.condition, StreamErrorCondition::SeeOtherHost);
}

void TestConnection::cleanClose()
{
    m_settings.autoReconnect = true;
    login();
    QSignalSpy disconnected(m_connection.get(), &Connection::disconnected);
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    m_connection->disconnectFromServer();
    QCOMPARE(m_connection->state(), ConnectionState::Disconnecting);
    QCOMPARE(m_server->takeWritePieces(), QStringList { QStringLiteral("</stream:stream>") });
    QVERIFY(!m_server->closeRequested()); // waits for the server's closing tag first
    m_server->inject("</stream:stream>");
    QVERIFY(m_server->closeRequested());
    QTRY_COMPARE(m_connection->state(), ConnectionState::Disconnected);
    QCOMPARE(disconnected.size(), 1);
    QVERIFY(errors.isEmpty());
    QTest::qWait(50);
    QCOMPARE(m_server->connectCount(), 1);
}

void TestConnection::cleanCloseTimesOut()
{
    login();
    m_connection->setCloseTimeout(30);
    m_connection->disconnectFromServer();
    QCOMPARE(m_connection->state(), ConnectionState::Disconnecting);
    QTRY_COMPARE(m_connection->state(), ConnectionState::Disconnected);
    QVERIFY(m_server->abortRequested());
}

void TestConnection::serverClosesStream()
{
    login();
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    m_server->inject("</stream:stream>");
    // Answered with our own closing tag, then closed.
    QCOMPARE(m_server->takeWritePieces(), QStringList { QStringLiteral("</stream:stream>") });
    QVERIFY(m_server->closeRequested());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ConnectionError>().kind, ConnectionError::Kind::Network);
}

void TestConnection::dropSchedulesReconnectAndCancelsIqs()
{
    m_settings.autoReconnect = true;
    login();
    QList<IqResult::Status> statuses;
    Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.appendChild(Element(QStringLiteral("query"), QStringLiteral("jabber:iq:roster")));
    QVERIFY(!m_connection->sendIq(iq, [&](const IqResult &r) { statuses.append(r.status); }).isEmpty());
    QCOMPARE(m_server->takeWritePieces(),
        ScriptedTransport::pieces("<iq type='get' id='id2'><query xmlns='jabber:iq:roster'/></iq>"));
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    QSignalSpy states(m_connection.get(), &Connection::stateChanged);
    m_server->simulateRemoteClose();
    QCOMPARE(statuses, QList<IqResult::Status> { IqResult::Status::Cancelled });
    QCOMPARE(errors.size(), 1);
    const auto error = errors.first().first().value<ConnectionError>();
    QCOMPARE(error.kind, ConnectionError::Kind::Network);
    QVERIFY(error.willRetry);
    QCOMPARE(states.first().first().value<ConnectionState>(), ConnectionState::WaitingToReconnect);
    QTRY_COMPARE(m_server->connectCount(), 2);
    QCOMPARE(m_connection->state(), ConnectionState::Connecting);
    // The new attempt negotiates from scratch.
    m_server->simulateConnected();
    QCOMPARE(m_server->takeWritePieces(),
        ScriptedTransport::pieces(clientHeader() + "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"));
}

void TestConnection::connectFailureRetries()
{
    m_settings.autoReconnect = true;
    m_connection->setSettings(m_settings);
    m_connection->connectToServer();
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    m_server->simulateConnectFailure();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ConnectionError>().kind, ConnectionError::Kind::Network);
    QTRY_COMPARE(m_server->connectCount(), 2);
    // disconnectFromServer() stops the retrying.
    m_server->simulateConnectFailure();
    QCOMPARE(m_connection->state(), ConnectionState::WaitingToReconnect);
    m_connection->disconnectFromServer();
    QCOMPARE(m_connection->state(), ConnectionState::Disconnected);
    QTest::qWait(50);
    QCOMPARE(m_server->connectCount(), 2);
}

void TestConnection::connectTimeout()
{
    m_settings.connectTimeoutMs = 30;
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    m_connection->setSettings(m_settings);
    m_connection->connectToServer();
    m_server->simulateConnected();
    m_server->takeWrite();
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ConnectionError>().kind, ConnectionError::Kind::Timeout);
    QCOMPARE(m_connection->state(), ConnectionState::Disconnected);
    QVERIFY(m_server->closeRequested());
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
