// XEP-0198 stream management: the counting core (StreamManagement) and, through the scripted test server,
// the Connection's acks, resumption after a drop (resend exactly the unacknowledged stanzas, once), the
// fallback to a new session when resumption fails, and the protocol-violation paths.
#include "ScriptedTransport.h"
#include "stream/Connection.h"
#include "stream/ConnectionCache.h"
#include "stream/Scram.h"
#include "stream/StreamManagement.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace balcony;
using namespace balcony::test;
using namespace balcony::test::script;

namespace {

const QByteArray serverFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
const QByteArray serverFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";
const QByteArray smNs = "urn:xmpp:sm:3";

Element message(const QString &body)
{
    Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
    m.setAttribute(QStringLiteral("to"), QStringLiteral("bob@example.com"));
    m.appendTextChild(QStringLiteral("body"), QStringLiteral("jabber:client"), body);
    return m;
}

QByteArray messageXml(const QByteArray &body)
{
    return "<message xmlns='jabber:client' to='bob@example.com'><body>" + body + "</body></message>";
}

Element sm(const QString &name, const QString &h = {})
{
    Element e(name, QStringLiteral("urn:xmpp:sm:3"));
    if (!h.isNull()) {
        e.setAttribute(QStringLiteral("h"), h);
    }
    return e;
}

QStringList expected(const QByteArray &xml)
{
    return ScriptedTransport::pieces(xml);
}

} // namespace

class TestStreamManagement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // StreamManagement alone
    void countsOnlyAfterEnable();
    void ackTrimsQueue();
    void onlyMessagesAreKept();
    void countersWrapAt32Bits();
    void ackBeyondSentIsRejected();
    void resumedResendsTheRest();
    void failedResumeTrimsByH();

    // through the Connection
    void answersServerAckRequests();
    void requestsAcksAfterBursts();
    void requestsAcksWithinLongBursts();
    void resumesAfterDrop();
    void resumeFailsFallsBackToNewSession();
    void ackTooHighIsStreamError();
    void silentServerTriggersReconnect();
    void noQueueingWithoutSession();

    // issue 11: floods of <r/>, re-entrancy, bounded turns, nothing after </stream:stream>
    void deliveriesDuringWritesDoNotNest();
    void inputIsHandledInBoundedTurns();
    void floodIsHeldBackNotBuffered();
    void answersOfOneBatchShareAWrite();
    void nothingAfterClose_serverAckRequest();
    void nothingAfterClose_handlerClosesMidBatch();
    void nothingAfterClose_ackRequestTimer();
    void busyServerIsNotSilent();

private:
    // Logs in against a Prosody-like server whose profile (with SM) is cached, so <enable/> is pipelined.
    void login();
    // After a drop: the reconnect's negotiation up to <success/>; returns the post-auth write.
    QByteArray reauthenticate();

    ConnectionSettings m_settings;
    MemoryConnectionCache m_cache;
    ScriptedTransport *m_server = nullptr;
    std::unique_ptr<Connection> m_connection;
    int m_nextId = 0;
};

void TestStreamManagement::initTestCase()
{
    Connection::setIdGenerator([this] { return QStringLiteral("id%1").arg(++m_nextId); });
}

void TestStreamManagement::init()
{
    m_nextId = 0;
    m_cache = MemoryConnectionCache();
    Scram::setTestNonce("fyko+d2lbbFgONRv9qkxdawL");
    m_settings = ConnectionSettings();
    m_settings.jid = *Jid::parse(u"user@example.com/balcony");
    m_settings.password = QStringLiteral("pencil");
    m_settings.autoReconnect = true;
    m_settings.cache = &m_cache;
    ServerProfile profile;
    profile.sessionFeatures = Element(QStringLiteral("features"), QStringLiteral("http://etherx.jabber.org/streams"));
    profile.sessionFeatures.appendChild(
        Element(QStringLiteral("bind"), QStringLiteral("urn:ietf:params:xml:ns:xmpp-bind")));
    profile.sessionFeatures.appendChild(Element(QStringLiteral("sm"), QStringLiteral("urn:xmpp:sm:3")));
    m_cache.storeServerProfile(QStringLiteral("example.com"), profile);
    auto transport = std::make_unique<ScriptedTransport>();
    m_server = transport.get();
    m_connection = std::make_unique<Connection>(std::move(transport));
    m_connection->setBackoffRandomSource([](qint64) { return qint64(0); });
    m_connection->setSettings(m_settings);
}

void TestStreamManagement::cleanup()
{
    m_connection.reset();
    m_server = nullptr;
    Scram::setTestNonce({});
}

QByteArray TestStreamManagement::reauthenticate()
{
    m_server->simulateConnected();
    m_server->inject(serverHeader() + starttlsFeatures() + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    m_server->simulateEncrypted();
    m_server->inject(serverHeader() + saslFeatures({ "SCRAM-SHA-1" }) + sasl("challenge", serverFirst));
    m_server->inject(sasl("success", serverFinal));
    const QList<QByteArray> writes = m_server->writes();
    m_server->clearWrites();
    return writes.isEmpty() ? QByteArray() : writes.last();
}

void TestStreamManagement::login()
{
    m_connection->connectToServer();
    const QByteArray postAuth = reauthenticate();
    QVERIFY(postAuth.contains("<enable xmlns=\"urn:xmpp:sm:3\" resume=\"true\"/>"));
    const QByteArray bindId = "id" + QByteArray::number(m_nextId);
    m_server->inject(serverHeader() + bindFeatures() + "<iq type='result' id='" + bindId
        + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>user@example.com/balcony</jid></bind></iq>"
          "<enabled xmlns='urn:xmpp:sm:3' id='session-1' resume='true' max='300'/>");
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
    QVERIFY(m_connection->isStreamManagementEnabled());
    m_server->clearWrites();
}

void TestStreamManagement::countsOnlyAfterEnable()
{
    StreamManagement s;
    s.stanzaSent(message(QStringLiteral("before")), "x");
    s.stanzaReceived();
    QCOMPARE(s.unackedCount(), 0);
    QCOMPARE(s.outboundCount(), 0u);
    s.markEnableSent();
    s.stanzaSent(message(QStringLiteral("a")), "a");
    s.stanzaReceived(); // before <enabled/>: the server is not counting its side yet
    QCOMPARE(s.inboundCount(), 0u);
    QVERIFY(s.handleEnabled(sm(QStringLiteral("enabled"))));
    QVERIFY(!s.isResumable()); // no resume='true', no id
    s.stanzaReceived();
    QCOMPARE(s.inboundCount(), 1u);
    QCOMPARE(s.outboundCount(), 1u);
    QCOMPARE(s.ackElement().attribute(u"h"), QStringLiteral("1"));
    QVERIFY(!s.handleEnabled(sm(QStringLiteral("enabled")))); // twice is not an answer to anything
}

void TestStreamManagement::ackTrimsQueue()
{
    StreamManagement s;
    s.markEnableSent();
    for (int i = 0; i < 5; ++i) {
        s.stanzaSent(message(QString::number(i)), QByteArray::number(i));
    }
    QCOMPARE(s.handleAck(sm(QStringLiteral("a"), QStringLiteral("3"))), StreamManagement::AckResult::Ok);
    QCOMPARE(s.unackedCount(), 2);
    QCOMPARE(s.unacked().front().bytes, QByteArray("3"));
    const QList<Element> acked = s.takeAcknowledged();
    QCOMPARE(acked.size(), 3);
    QCOMPARE(acked.first().childText(u"body"), QStringLiteral("0"));
    QVERIFY(s.takeAcknowledged().isEmpty());
    // The same h again acknowledges nothing new.
    QCOMPARE(s.handleAck(sm(QStringLiteral("a"), QStringLiteral("3"))), StreamManagement::AckResult::Ok);
    QCOMPARE(s.unackedCount(), 2);
    QCOMPARE(s.handleAck(sm(QStringLiteral("a"), QStringLiteral("5"))), StreamManagement::AckResult::Ok);
    QCOMPARE(s.unackedCount(), 0);
}

void TestStreamManagement::onlyMessagesAreKept()
{
    // Issue 11: a server that floods pings and acknowledges late made the client keep every answer's element
    // tree; only messages are read again (outbox, carry-over), the rest are resent from their bytes.
    StreamManagement s;
    s.markEnableSent();
    Element presence(QStringLiteral("presence"), QStringLiteral("jabber:client"));
    Element pong(QStringLiteral("iq"), QStringLiteral("jabber:client"));
    pong.setAttribute(QStringLiteral("type"), QStringLiteral("result"));
    s.stanzaSent(presence, "<presence/>");
    s.stanzaSent(message(QStringLiteral("m")), "<message/>");
    s.stanzaSent(pong, "<iq/>");
    QCOMPARE(s.unackedCount(), 3);
    QVERIFY(s.unacked().at(0).stanza.isNull());
    QCOMPARE(s.unacked().at(1).stanza.childText(u"body"), QStringLiteral("m"));
    QVERIFY(s.unacked().at(2).stanza.isNull());
    QCOMPARE(s.unacked().at(2).bytes, QByteArray("<iq/>"));
    QCOMPARE(s.handleAck(sm(QStringLiteral("a"), QStringLiteral("3"))), StreamManagement::AckResult::Ok);
    const QList<Element> acked = s.takeAcknowledged();
    QCOMPARE(acked.size(), 1);
    QCOMPARE(acked.first().name(), QStringLiteral("message"));
}

void TestStreamManagement::countersWrapAt32Bits()
{
    StreamManagement s;
    s.markEnableSent();
    // Pretend 2^32 - 2 stanzas were sent and acknowledged: the server's next h values wrap to 0, 1.
    for (int i = 0; i < 4; ++i) {
        s.stanzaSent(message(QString::number(i)), QByteArray::number(i));
    }
    QCOMPARE(s.handleAck(sm(QStringLiteral("a"), QStringLiteral("2"))), StreamManagement::AckResult::Ok);
    QCOMPARE(s.unackedCount(), 2);
    // An h that would be below the last one is "more than sent" in modular arithmetic: rejected.
    QCOMPARE(s.handleAck(sm(QStringLiteral("a"), QStringLiteral("1"))), StreamManagement::AckResult::TooHigh);
    QCOMPARE(s.handleAck(sm(QStringLiteral("a"), QStringLiteral("4294967296"))), StreamManagement::AckResult::TooHigh);
    QCOMPARE(s.handleAck(sm(QStringLiteral("a"), QStringLiteral("-1"))), StreamManagement::AckResult::TooHigh);

    // A real wrap: h goes 4294967295 -> 0 -> 1.
    StreamManagement w;
    w.markEnableSent();
    w.stanzaSent(message(QStringLiteral("x")), "x");
    w.stanzaSent(message(QStringLiteral("y")), "y");
    // Fake a long-running session by acknowledging through the wrap with a resumed h of 2^32-1 first is
    // not possible without sending that many; instead check the arithmetic on received counts.
    QVERIFY(w.handleEnabled(sm(QStringLiteral("enabled"))));
    for (int i = 0; i < 3; ++i) {
        w.stanzaReceived();
    }
    QCOMPARE(w.inboundCount(), 3u);
}

void TestStreamManagement::ackBeyondSentIsRejected()
{
    StreamManagement s;
    s.markEnableSent();
    s.stanzaSent(message(QStringLiteral("a")), "a");
    QCOMPARE(s.handleAck(sm(QStringLiteral("a"), QStringLiteral("2"))), StreamManagement::AckResult::TooHigh);
    QCOMPARE(s.handleAck(sm(QStringLiteral("a"), QStringLiteral("nope"))), StreamManagement::AckResult::TooHigh);
    QCOMPARE(s.unackedCount(), 1);
}

void TestStreamManagement::resumedResendsTheRest()
{
    StreamManagement s;
    s.markEnableSent();
    Element enabled = sm(QStringLiteral("enabled"));
    enabled.setAttribute(QStringLiteral("id"), QStringLiteral("abc"));
    enabled.setAttribute(QStringLiteral("resume"), QStringLiteral("true"));
    QVERIFY(s.handleEnabled(enabled));
    QVERIFY(s.isResumable());
    for (int i = 0; i < 4; ++i) {
        s.stanzaSent(message(QString::number(i)), QByteArray::number(i));
    }
    s.stanzaReceived();
    s.stanzaReceived();
    const auto resume = s.resumeRequest();
    QVERIFY(resume);
    QCOMPARE(resume->attribute(u"previd"), QStringLiteral("abc"));
    QCOMPARE(resume->attribute(u"h"), QStringLiteral("2"));
    QList<StreamManagement::Unacked> resend;
    QCOMPARE(
        s.handleResumed(sm(QStringLiteral("resumed"), QStringLiteral("1")), &resend), StreamManagement::AckResult::Ok);
    QCOMPARE(resend.size(), 3);
    QCOMPARE(resend.first().bytes, QByteArray("1"));
    QCOMPARE(resend.last().bytes, QByteArray("3"));
    // They stay queued until acknowledged on the new stream, and the count carries on.
    QCOMPARE(s.unackedCount(), 3);
    QCOMPARE(s.handleAck(sm(QStringLiteral("a"), QStringLiteral("4"))), StreamManagement::AckResult::Ok);
    QCOMPARE(s.unackedCount(), 0);
    QCOMPARE(s.handleResumed(sm(QStringLiteral("resumed"), QStringLiteral("9")), &resend),
        StreamManagement::AckResult::TooHigh);
}

void TestStreamManagement::failedResumeTrimsByH()
{
    StreamManagement s;
    s.markEnableSent();
    for (int i = 0; i < 3; ++i) {
        s.stanzaSent(message(QString::number(i)), QByteArray::number(i));
    }
    const QList<StreamManagement::Unacked> rest
        = s.handleResumeFailed(sm(QStringLiteral("failed"), QStringLiteral("2")));
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest.first().bytes, QByteArray("2"));
    QCOMPARE(s.takeAcknowledged().size(), 2);
    QVERIFY(!s.isEnableSent());
    QVERIFY(!s.resumeRequest());

    StreamManagement noH;
    noH.markEnableSent();
    noH.stanzaSent(message(QStringLiteral("a")), "a");
    QCOMPARE(noH.handleResumeFailed(sm(QStringLiteral("failed"))).size(), 1);
}

void TestStreamManagement::answersServerAckRequests()
{
    login();
    m_server->inject("<message from='bob@example.com/x' type='chat'><body>1</body></message>"
                     "<presence from='bob@example.com/x'/>");
    m_server->inject("<r xmlns='urn:xmpp:sm:3'/>");
    QCOMPARE(m_server->takeWritePieces(), expected("<a xmlns='urn:xmpp:sm:3' h='2'/>"));
    // An IQ the client answers (service-unavailable) is a stanza it sends: counted outbound too.
    m_server->inject("<iq type='get' id='q1' from='example.com'><unknown xmlns='x:y'/></iq>");
    QCOMPARE(m_connection->unacknowledgedCount(), 1);
    m_server->inject("<r xmlns='urn:xmpp:sm:3'/>");
    const QList<QByteArray> writes = m_server->writes();
    QVERIFY(writes.last().contains("h=\"3\""));
}

void TestStreamManagement::requestsAcksAfterBursts()
{
    login();
    QSignalSpy acked(m_connection.get(), &Connection::stanzasAcknowledged);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(m_connection->send(message(QString::number(i))));
    }
    QCOMPARE(m_server->writes().size(), 3);
    QCoreApplication::processEvents();
    // One <r/> for the burst, after it.
    QCOMPARE(m_server->writes().size(), 4);
    QCOMPARE(ScriptedTransport::pieces(m_server->writes().last()), expected("<r xmlns='urn:xmpp:sm:3'/>"));
    m_server->inject("<a xmlns='urn:xmpp:sm:3' h='2'/>");
    QCOMPARE(acked.size(), 1);
    const auto stanzas = acked.first().first().value<QList<Element>>();
    QCOMPARE(stanzas.size(), 2);
    QCOMPARE(stanzas.at(1).childText(u"body"), QStringLiteral("1"));
    QCOMPARE(m_connection->unacknowledgedCount(), 1);
}

void TestStreamManagement::requestsAcksWithinLongBursts()
{
    login();
    QSignalSpy acked(m_connection.get(), &Connection::stanzasAcknowledged);
    const auto requests = [&] {
        int count = 0;
        for (const QByteArray &w : m_server->writes()) {
            count += w.contains("<r xmlns=\"urn:xmpp:sm:3\"/>") || w.contains("<r xmlns='urn:xmpp:sm:3'/>") ? 1 : 0;
        }
        return count;
    };
    const int before = requests();
    for (int i = 0; i < 120; ++i) {
        QVERIFY(m_connection->send(message(QString::number(i))));
    }
    // One <r/> after the 50th and the 100th stanza although the first is unanswered, so the server acknowledges
    // the burst as it works through it; then one for the tail after the burst.
    QCOMPARE(requests() - before, 2);
    QCoreApplication::processEvents();
    QCOMPARE(requests() - before, 3);
    m_server->inject("<a xmlns='urn:xmpp:sm:3' h='50'/>");
    QCOMPARE(acked.size(), 1);
    QCOMPARE(acked.first().first().value<QList<Element>>().size(), 50);
    m_server->inject("<a xmlns='urn:xmpp:sm:3' h='120'/>");
    QCOMPARE(acked.size(), 2);
    QCOMPARE(m_connection->unacknowledgedCount(), 0);
}

void TestStreamManagement::resumesAfterDrop()
{
    login();
    m_server->inject("<message from='bob@example.com/x'><body>in</body></message>");
    QVERIFY(m_connection->send(message(QStringLiteral("m1"))));
    QVERIFY(m_connection->send(message(QStringLiteral("m2"))));
    QVERIFY(m_connection->send(message(QStringLiteral("m3"))));
    IqResult iqResult;
    bool iqAnswered = false;
    Element ping(QStringLiteral("iq"));
    ping.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    ping.appendChild(Element(QStringLiteral("ping"), QStringLiteral("urn:xmpp:ping")));
    const QString pingId = m_connection->sendIq(ping, [&](const IqResult &r) {
        iqAnswered = true;
        iqResult = r;
    });
    m_server->inject("<a xmlns='urn:xmpp:sm:3' h='1'/>"); // m1 handled
    QSignalSpy resumed(m_connection.get(), &Connection::sessionResumed);
    QSignalSpy starting(m_connection.get(), &Connection::sessionStarting);

    m_server->simulateRemoteClose();
    QVERIFY(!iqAnswered); // the session lives on: the IQ is not cancelled
    QCOMPARE(m_connection->state(), ConnectionState::WaitingToReconnect);
    // Sent while offline: queued for the resumed stream.
    QVERIFY(m_connection->send(message(QStringLiteral("m4"))));
    QTRY_COMPARE(m_server->connectCount(), 2); // at once, no backoff for a resumable session

    const QByteArray postAuth = reauthenticate();
    const QStringList pieces = ScriptedTransport::pieces(postAuth);
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.at(1), expected("<resume xmlns='urn:xmpp:sm:3' previd='session-1' h='1'/>").first());
    QVERIFY(!postAuth.contains("bind"));

    // The server handled m1 and m2 (h=2): m3 and the ping go again, then m4, then an ack request.
    m_server->inject(serverHeader() + bindFeatures() + "<resumed xmlns='urn:xmpp:sm:3' previd='session-1' h='2'/>");
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
    QCOMPARE(resumed.size(), 1);
    QCOMPARE(resumed.first().first().toInt(), 2);
    QCOMPARE(starting.size(), 0); // no re-sync needed
    QVERIFY(m_connection->stats().resumed);
    QCOMPARE(m_connection->boundJid().toString(), QStringLiteral("user@example.com/balcony"));
    const QStringList resent = m_server->takeWritePieces();
    QCOMPARE(resent.size(), 4);
    QCOMPARE(resent.at(0), expected(messageXml("m3")).first());
    QVERIFY(resent.at(1).contains(pingId));
    QCOMPARE(resent.at(2), expected(messageXml("m4")).first());
    QCOMPARE(resent.at(3), expected("<r xmlns='urn:xmpp:sm:3'/>").first());
    QCOMPARE(m_server->writes().size(), 0);

    // The ping's answer arrives on the resumed stream and reaches its callback.
    m_server->inject("<iq type='result' id='" + pingId.toUtf8() + "'/>");
    QVERIFY(iqAnswered);
    QCOMPARE(iqResult.status, IqResult::Status::Result);
    m_server->inject("<a xmlns='urn:xmpp:sm:3' h='5'/>");
    QCOMPARE(m_connection->unacknowledgedCount(), 0);
}

void TestStreamManagement::resumeFailsFallsBackToNewSession()
{
    login();
    QVERIFY(m_connection->send(message(QStringLiteral("m1"))));
    QVERIFY(m_connection->send(message(QStringLiteral("m2"))));
    Element presence(QStringLiteral("presence"));
    QVERIFY(m_connection->send(presence));
    bool cancelled = false;
    Element iq(QStringLiteral("iq"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.appendChild(Element(QStringLiteral("query"), QStringLiteral("jabber:iq:roster")));
    m_connection->sendIq(iq, [&](const IqResult &r) { cancelled = r.status == IqResult::Status::Cancelled; });
    QSignalSpy starting(m_connection.get(), &Connection::sessionStarting);
    QObject::connect(m_connection.get(), &Connection::sessionStarting, m_connection.get(),
        [this] { m_connection->send(Element(QStringLiteral("presence"))); });

    m_server->simulateRemoteClose();
    QTRY_COMPARE(m_server->connectCount(), 2);
    reauthenticate();
    // Server restarted: the session is gone, but it says m1 was handled (v1.6 h on <failed/>).
    m_server->inject(serverHeader() + bindFeatures()
        + "<failed xmlns='urn:xmpp:sm:3' h='1'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></failed>");
    QVERIFY(cancelled);
    // A new session on the same stream: bind + enable + what the modules send + m2, in one write.
    const QByteArray bindId = "id" + QByteArray::number(m_nextId);
    const QStringList write = m_server->takeWritePieces();
    QCOMPARE(write,
        expected("<iq xmlns='jabber:client' type='set' id='" + bindId
            + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>balcony</resource></bind></iq>"
              "<enable xmlns='urn:xmpp:sm:3' resume='true'/><presence xmlns='jabber:client'/>"
            + messageXml("m2") + "<r xmlns='urn:xmpp:sm:3'/>"));
    QCOMPARE(starting.size(), 1);
    QCOMPARE(starting.first().first().toBool(), true); // the previous session was lost: re-sync
    m_server->inject("<iq type='result' id='" + bindId
        + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>user@example.com/balcony</jid></bind></iq>"
          "<enabled xmlns='urn:xmpp:sm:3' id='session-2' resume='true'/>");
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
    QVERIFY(!m_connection->stats().resumed);
}

void TestStreamManagement::ackTooHighIsStreamError()
{
    login();
    QVERIFY(m_connection->send(message(QStringLiteral("m1"))));
    m_server->clearWrites();
    QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
    m_server->inject("<a xmlns='urn:xmpp:sm:3' h='7'/>");
    QCOMPARE(errors.size(), 1);
    const auto error = errors.first().first().value<ConnectionError>();
    QCOMPARE(error.kind, ConnectionError::Kind::Stream);
    const QByteArray written = m_server->allWritten();
    QVERIFY(written.contains("undefined-condition"));
    QVERIFY(written.contains("</stream:stream>"));
}

void TestStreamManagement::silentServerTriggersReconnect()
{
    m_connection->setAckTimeout(50);
    login();
    QVERIFY(m_connection->send(message(QStringLiteral("m1"))));
    QCoreApplication::processEvents(); // the <r/>
    QVERIFY(m_server->allWritten().contains("<r xmlns=\"urn:xmpp:sm:3\"/>"));
    // No <a/> comes: the connection is given up and a new one resumes the session.
    QTRY_COMPARE(m_server->connectCount(), 2);
    const QByteArray postAuth = reauthenticate();
    QVERIFY(postAuth.contains("<resume"));
}

void TestStreamManagement::noQueueingWithoutSession()
{
    // Never connected: nothing to carry a stanza, so send() refuses instead of queueing forever.
    QVERIFY(!m_connection->send(message(QStringLiteral("x"))));
    login();
    m_connection->disconnectFromServer();
    QVERIFY(!m_connection->send(message(QStringLiteral("after close"))));
}

namespace {

// The h of every <a/> in `written`, in order.
QList<quint32> ackValues(const QByteArray &written)
{
    QList<quint32> values;
    qsizetype at = 0;
    while ((at = written.indexOf("<a xmlns=\"urn:xmpp:sm:3\" h=\"", at)) >= 0) {
        at += qstrlen("<a xmlns=\"urn:xmpp:sm:3\" h=\"");
        values.append(written.mid(at, written.indexOf('"', at) - at).toUInt());
    }
    return values;
}

QByteArray incoming(int i)
{
    return "<message from='bob@example.com/x' id='m" + QByteArray::number(i) + "'><body>" + QByteArray::number(i)
        + "</body></message>";
}

// Whatever was written after our closing tag (RFC 6120 §4.4: nothing may follow it).
QByteArray afterClosingTag(const QByteArray &written)
{
    const qsizetype at = written.indexOf("</stream:stream>");
    return at < 0 ? QByteArray() : written.mid(at + qstrlen("</stream:stream>"));
}

} // namespace

void TestStreamManagement::deliveriesDuringWritesDoNotNest()
{
    // Issue 11: QSslSocket::flush() delivers the server's next bytes from inside a write, and each answer to
    // an <r/> is a write: a million <r/> nested a million deep. The scripted transport plays that flush; the
    // Connection must take the bytes without handling them inside the write.
    login();
    constexpr int Requests = 3000;
    for (int i = 1; i <= Requests; ++i) {
        m_server->queueDuringWrite(incoming(i) + "<r xmlns='urn:xmpp:sm:3'/>");
    }
    m_server->setDeliverDuringWrite(true);
    m_server->inject("<r xmlns='urn:xmpp:sm:3'/>");
    QTRY_COMPARE(ackValues(m_server->allWritten()).size(), Requests + 1);
    QCOMPARE(m_server->queuedDuringWrite(), 0);
    QCOMPARE(m_server->maxWriteNesting(), 1);
    // Every request answered, in order, with the count of stanzas handled before it (XEP-0198 §4).
    const QList<quint32> acks = ackValues(m_server->allWritten());
    for (int i = 0; i <= Requests; ++i) {
        QCOMPARE(acks.at(i), quint32(i));
    }
}

void TestStreamManagement::inputIsHandledInBoundedTurns()
{
    login();
    constexpr int Requests = 5000;
    QByteArray flood;
    for (int i = 1; i <= Requests; ++i) {
        flood += incoming(i) + "<r xmlns='urn:xmpp:sm:3'/>";
    }
    // A timer that is due when the flood arrives must run before the flood has been handled to the end.
    int acksWhenTimerRan = -1;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, this, [&] { acksWhenTimerRan = int(ackValues(m_server->allWritten()).size()); });
    timer.start(0);
    m_server->inject(flood);
    const int handledAtOnce = int(ackValues(m_server->allWritten()).size());
    QVERIFY2(handledAtOnce < Requests, qPrintable(QString::number(handledAtOnce)));
    QTRY_COMPARE(ackValues(m_server->allWritten()).size(), Requests);
    QVERIFY(acksWhenTimerRan >= 0);
    QVERIFY2(acksWhenTimerRan < Requests, qPrintable(QString::number(acksWhenTimerRan)));
    const QList<quint32> acks = ackValues(m_server->allWritten());
    for (int i = 0; i < Requests; ++i) {
        QCOMPARE(acks.at(i), quint32(i + 1));
    }
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
}

void TestStreamManagement::floodIsHeldBackNotBuffered()
{
    // Bytes arriving faster than they are handled make the Connection pause the transport (TCP then holds the
    // server back) instead of queueing them without bound; it resumes once it has caught up.
    login();
    QByteArray chunk;
    for (int i = 0; i < 2000; ++i) {
        chunk += "<r xmlns='urn:xmpp:sm:3'/>";
    }
    for (int i = 0; i < 40; ++i) {
        m_server->inject(chunk);
    }
    QVERIFY(m_server->isReadingPaused());
    QVERIFY(m_server->readingPauses() >= 1);
    QTRY_COMPARE(ackValues(m_server->allWritten()).size(), 40 * 2000);
    QVERIFY(!m_server->isReadingPaused());
}

void TestStreamManagement::answersOfOneBatchShareAWrite()
{
    // The answers written while one piece of input is handled leave in one write (whole stanzas, at most one
    // TLS record each): a flush per <a/> was a TLS record and a system call per request.
    login();
    QByteArray requests;
    for (int i = 0; i < 100; ++i) {
        requests += "<r xmlns='urn:xmpp:sm:3'/>";
    }
    m_server->inject(requests);
    QCOMPARE(m_server->writes().size(), 1);
    QCOMPARE(ackValues(m_server->writes().first()).size(), 100);
    m_server->clearWrites();

    // Whole stanzas only, each write at most 16000 bytes.
    QByteArray pings;
    for (int i = 0; i < 400; ++i) {
        pings += "<iq type='get' id='p" + QByteArray::number(i)
            + "' from='example.com'><ping xmlns='urn:xmpp:ping'/></iq>";
    }
    m_server->inject(pings);
    QVERIFY(m_server->writes().size() > 1);
    int answers = 0;
    for (const QByteArray &w : m_server->writes()) {
        QVERIFY(w.size() <= 16000);
        const QStringList pieces = ScriptedTransport::pieces(w);
        QVERIFY(!pieces.isEmpty());
        QVERIFY(!pieces.first().startsWith(u"unparsable"));
        for (const QString &piece : pieces) {
            answers += piece.startsWith(u"<iq") ? 1 : 0; // the rest are <r/> (one per 50 stanzas sent)
        }
    }
    QCOMPARE(answers, 400);
}

void TestStreamManagement::nothingAfterClose_serverAckRequest()
{
    // RFC 6120 §4.4: once our </stream:stream> is out, nothing follows it, not even the answer to an <r/>
    // that the server sent before it saw our close.
    login();
    m_connection->disconnectFromServer();
    QCOMPARE(m_connection->state(), ConnectionState::Disconnecting);
    m_server->inject(incoming(1) + "<r xmlns='urn:xmpp:sm:3'/>");
    QCoreApplication::processEvents();
    QVERIFY(m_server->allWritten().endsWith("</stream:stream>"));
    QCOMPARE(afterClosingTag(m_server->allWritten()), QByteArray());
    m_server->inject("</stream:stream>");
    QTRY_COMPARE(m_connection->state(), ConnectionState::Disconnected);
    QCOMPARE(afterClosingTag(m_server->allWritten()), QByteArray());
}

void TestStreamManagement::nothingAfterClose_handlerClosesMidBatch()
{
    // A module signs out from a stanza handler; the <r/> behind that stanza, in the same read, must not be
    // answered after the closing tag.
    login();
    m_connection->addStanzaHandler(this, [this](const Element &stanza) {
        if (stanza.name() == u"message") {
            m_connection->disconnectFromServer();
        }
        return false;
    });
    m_server->inject("<r xmlns='urn:xmpp:sm:3'/>" + incoming(1) + "<r xmlns='urn:xmpp:sm:3'/>");
    QCoreApplication::processEvents();
    const QByteArray written = m_server->allWritten();
    QVERIFY(written.contains("</stream:stream>"));
    QCOMPARE(afterClosingTag(written), QByteArray());
    // The <r/> before the closing was still answered, before it.
    QCOMPARE(ackValues(written), QList<quint32> { 0 });
}

void TestStreamManagement::nothingAfterClose_ackRequestTimer()
{
    // The post-burst <r/> is written from a zero timer: a close in between must win.
    login();
    QVERIFY(m_connection->send(message(QStringLiteral("m1"))));
    m_connection->disconnectFromServer();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(afterClosingTag(m_server->allWritten()), QByteArray());
}

void TestStreamManagement::busyServerIsNotSilent()
{
    // Input is handled in turns with timers in between, so the ack timeout can fire while the server's <a/> is
    // still in input not handled yet. A server that sends is not silent: only a whole timeout without any
    // input (and nothing left to handle) is a dead connection.
    m_connection->setAckTimeout(1);
    login();
    QVERIFY(m_connection->send(message(QStringLiteral("m1"))));
    QCoreApplication::processEvents(); // the <r/>, and the timeout starts
    QVERIFY(m_server->allWritten().contains("<r xmlns=\"urn:xmpp:sm:3\"/>"));
    QByteArray busy;
    for (int i = 0; i < 20000; ++i) {
        busy += "<presence from='c" + QByteArray::number(i) + "@example.com/r'/>";
    }
    m_server->inject(busy + "<a xmlns='urn:xmpp:sm:3' h='1'/>");
    QTRY_COMPARE(m_connection->unacknowledgedCount(), 0);
    QCOMPARE(m_server->connectCount(), 1);
    QCOMPARE(m_connection->state(), ConnectionState::Connected);
}

QTEST_GUILESS_MAIN(TestStreamManagement)
#include "tst_streammanagement.moc"
