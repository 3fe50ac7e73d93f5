// XEP-0199 ping (answering, keepalive, dead-stream handling) and XEP-0352 client state indication on a bound
// session (scripted server).
#include "ScriptedSession.h"
#include "XmlCompare.h"
#include "im/ClientState.h"
#include "im/ImNamespaces.h"
#include "im/PingManager.h"

#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray csiFeature = "<csi xmlns='urn:xmpp:csi:0'/>";
const QByteArray smFeature = "<sm xmlns='urn:xmpp:sm:3'/>";

} // namespace

class TestPingCsi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { m_session = std::make_unique<ScriptedSession>(); }
    void cleanup() { m_session.reset(); }

    void answersPing();
    void pingWithoutIdUnanswered();
    void pingServerAndPong();
    void unansweredPingReconnects();
    void keepaliveAfterIdle();
    void csiSentOnlyWhenAdvertised();
    void csiInactiveAndActive();
    void csiNotCountedByStreamManagement();
    void csiRepeatedOnNewSession();

private:
    std::unique_ptr<ScriptedSession> m_session;
};

void TestPingCsi::answersPing()
{
    PingManager ping(m_session->connection(), nullptr);
    QVERIFY(m_session->login());
    m_session->takeStanzas();
    m_session->inject("<iq type='get' from='example.com' to='user@example.com/balcony' id='p1'>"
                      "<ping xmlns='urn:xmpp:ping'/></iq>");
    const QList<Element> answers = m_session->takeStanzas();
    QCOMPARE(answers.size(), 1);
    QCOMPARE(normalize(answers.first()),
        normalize("<iq type='result' to='example.com' from='user@example.com/balcony' id='p1'/>"));
}

void TestPingCsi::pingWithoutIdUnanswered()
{
    // RFC 6120 §8.1.3: an IQ without an id is not a request; a result could name nothing (found by
    // fuzz_session: the client answered with an id-less result).
    PingManager ping(m_session->connection(), nullptr);
    QVERIFY(m_session->login());
    m_session->takeStanzas();
    m_session->inject(
        "<iq type='get' from='example.com' to='user@example.com/balcony'><ping xmlns='urn:xmpp:ping'/></iq>");
    QCOMPARE(m_session->takeStanzas().size(), 0);
    // A well-formed ping afterwards is answered as usual.
    m_session->inject("<iq type='get' from='example.com' id='p2'><ping xmlns='urn:xmpp:ping'/></iq>");
    const QList<Element> answers = m_session->takeStanzas();
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().attribute(u"id"), u"p2"_s);
}

void TestPingCsi::pingServerAndPong()
{
    PingManager ping(m_session->connection(), nullptr);
    QSignalSpy pong(&ping, &PingManager::pongReceived);
    QVERIFY(m_session->login());
    m_session->takeStanzas();
    ping.pingServer();
    const QList<Element> sent = m_session->takeStanzas();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(normalize(sent.first()),
        normalize("<iq type='get' to='example.com' id='" + sent.first().attribute(u"id").toUtf8()
            + "'><ping xmlns='urn:xmpp:ping'/></iq>"));
    // §4.1: even service-unavailable shows the server is there.
    m_session->inject("<iq type='error' from='example.com' id='" + sent.first().attribute(u"id").toUtf8()
        + "'><error type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    QCOMPARE(pong.size(), 1);
}

void TestPingCsi::unansweredPingReconnects()
{
    m_session->settings().iqTimeoutMs = 50;
    PingManager ping(m_session->connection(), nullptr);
    QSignalSpy failed(&ping, &PingManager::keepaliveFailed);
    QVERIFY(m_session->login());
    m_session->takeStanzas();
    ping.pingServer();
    QTRY_COMPARE(failed.size(), 1);
    // Without Stream Management nothing can be resumed: the stream is closed so that a fresh one opens.
    QVERIFY(m_session->server().allWritten().endsWith("</stream:stream>"));
}

void TestPingCsi::keepaliveAfterIdle()
{
    PingManager ping(m_session->connection(), nullptr);
    ping.setIdleInterval(1000);
    QVERIFY(m_session->login());
    m_session->takeStanzas();
    // Nothing arrives: after the idle interval one ping goes out, and only one while it is unanswered.
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->server().writes().isEmpty(), 5000);
    QList<Element> sent = m_session->takeStanzas();
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.first().hasChild(u"ping", ns::ping()));
}

void TestPingCsi::csiSentOnlyWhenAdvertised()
{
    ClientState csi(m_session->connection());
    QVERIFY(m_session->login());
    m_session->takeStanzas();
    QVERIFY(!csi.isSupported());
    csi.setActive(false);
    QVERIFY(m_session->server().writes().isEmpty());
}

void TestPingCsi::csiInactiveAndActive()
{
    ClientState csi(m_session->connection());
    QVERIFY(m_session->login(csiFeature));
    m_session->takeStanzas();
    QVERIFY(csi.isSupported());
    csi.setActive(false);
    QCOMPARE(ScriptedTransport::pieces(m_session->server().takeWrite()),
        ScriptedTransport::pieces("<inactive xmlns='urn:xmpp:csi:0'/>"));
    csi.setActive(false); // no change, nothing sent
    QVERIFY(m_session->server().writes().isEmpty());
    csi.setActive(true);
    QCOMPARE(ScriptedTransport::pieces(m_session->server().takeWrite()),
        ScriptedTransport::pieces("<active xmlns='urn:xmpp:csi:0'/>"));
}

void TestPingCsi::csiNotCountedByStreamManagement()
{
    ClientState csi(m_session->connection());
    QVERIFY(m_session->login(csiFeature + smFeature));
    m_session->inject("<enabled xmlns='urn:xmpp:sm:3' id='s' resume='true'/>");
    m_session->takeStanzas();
    const int before = m_session->connection().unacknowledgedCount();
    csi.setActive(false);
    QCoreApplication::processEvents();
    // A nonza: not a stanza for XEP-0198 (§4), so never resent and never shifting the ack count.
    QCOMPARE(m_session->connection().unacknowledgedCount(), before);
    QVERIFY(m_session->server().allWritten().contains("<inactive"));
    QVERIFY(!m_session->server().allWritten().endsWith("<r xmlns='urn:xmpp:sm:3'/>"));
}

void TestPingCsi::csiRepeatedOnNewSession()
{
    ClientState csi(m_session->connection());
    csi.setActive(false); // hidden before connecting
    QVERIFY(m_session->login(csiFeature));
    const QByteArray written = m_session->server().allWritten();
    QVERIFY(written.contains("<inactive xmlns=\"urn:xmpp:csi:0\"/>")
        || written.contains("<inactive xmlns='urn:xmpp:csi:0'/>"));
    // A new session starts active on the server: said again.
    m_session->connection().disconnectFromServer();
    m_session->inject("</stream:stream>");
    QTRY_COMPARE(m_session->connection().state(), ConnectionState::Disconnected);
    const qsizetype before = m_session->server().allWritten().size();
    QVERIFY(m_session->login(csiFeature));
    const QByteArray again = m_session->server().allWritten().mid(before);
    QCOMPARE(again.count("<inactive"), 1);
}

QTEST_GUILESS_MAIN(TestPingCsi)
#include "tst_pingcsi.moc"
