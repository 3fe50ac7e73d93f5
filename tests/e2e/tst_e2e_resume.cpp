// XEP-0198 stream resumption end to end against a real server (Prosody's mod_smacks, ejabberd's
// mod_stream_mgmt): alice reaches the server
// through a DelayProxy that cuts her connection several times while she sends a stream of messages; bob,
// connected directly, must receive every one exactly once and in order, and alice must resume her session
// (not start a new one) after every cut. A second case restarts the server, so resumption fails (§5
// <failed/>): the unacknowledged messages must be carried over into the new session and still arrive.
#include "E2eSupport.h"
#include "delay_proxy.h"
#include "stream/ConnectionCache.h"

#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::DelayProxyThread;
using balcony::test::settingsFor;
using balcony::test::XmppServerFixture;

namespace {

constexpr int MessageCount = 1000;
constexpr int BurstSize = 25;
constexpr int BurstIntervalMs = 20;
// Prosody 0.12.3 feeds a resumed connection's bytes into the XML parser of the session's FIRST connection
// (mod_c2s calls sessions[conn].data, and mod_smacks does not migrate `data`). If a cut left half a stanza
// in that parser, the resumed stream dies with not-well-formed and the session is revoked. The client keeps
// its side of that: every write is flushed into TLS records of its own and large resends go out in writes of
// whole stanzas of at most 16,000 bytes (TcpTransport::write, Connection). Measured with cuts at any moment,
// Prosody still revokes a session when a cut falls while a few hundred stanzas are unacknowledged (its
// resumption then answers <failed/>, and the fallback path, tested below, takes over), so a cut is made only
// while little is unacknowledged.
constexpr int SafeCutUnacked = 100;
// The bursts after which alice's connection is cut (all well before the last of the 40 bursts).
const QList<int> CutAfterBursts { 8, 18, 28 };

const QString SeqPrefix = u"seq "_s;

// A reconnect delay that keeps retries short but never spins: the backoff's upper bound, capped.
qint64 shortBackoff(qint64 upperInclusive)
{
    return std::min<qint64>(upperInclusive, 200);
}

// One account on its own Connection: announces itself available at the start of every NEW session (a
// resumed session keeps its presence, XEP-0198 §5) and records the sequence numbers of the chat messages
// it receives.
class Peer : public QObject {
public:
    Peer(const XmppServerFixture &server, const QString &user, quint16 port)
    {
        ConnectionSettings settings = settingsFor(server, user, u"pw-"_s + user);
        settings.port = port;
        settings.autoReconnect = true;
        // A returning login pipelines the SM <enable/> behind the bind (XEP-0305 §5).
        settings.cache = &cache;
        connection.setSettings(settings);
        connection.setBackoffRandomSource(shortBackoff);
        connect(&connection, &Connection::sessionStarting, this, [this](bool previousSessionLost) {
            ++sessions;
            lostSessions += previousSessionLost ? 1 : 0;
            connection.send(Element(u"presence"_s, u"jabber:client"_s));
        });
        connect(&connection, &Connection::connected, this, [this] { ++connectedCount; });
        connect(&connection, &Connection::sessionResumed, this, [this](int resent) {
            ++resumptions;
            resentTotal += resent;
        });
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
        // XEP-0334: keeps the messages out of the server's archive (Prosody's mod_mam with file storage
        // rewrites the archive per message, which would make the server, not the stream, the bottleneck);
        // offline storage still applies.
        message.appendChild(Element(u"no-permanent-store"_s, u"urn:xmpp:hints"_s));
        return connection.send(message);
    }
    QString errorText() const { return errors.join(u"; "_s); }

    MemoryConnectionCache cache;
    Connection connection;
    int sessions = 0;
    int lostSessions = 0;
    int connectedCount = 0;
    int resumptions = 0;
    int resentTotal = 0;
    QList<int> received;
    QStringList errors;
};

// Empty if `seqs` is exactly 0, 1, ..., count-1; else what is wrong with it.
QString checkSequence(const QList<int> &seqs, int count)
{
    for (qsizetype i = 0; i < seqs.size(); ++i) {
        if (seqs[i] != int(i)) {
            return u"at position %1: expected %2, got %3 (previous %4)"_s.arg(i).arg(i).arg(seqs[i]).arg(
                i > 0 ? seqs[i - 1] : -1);
        }
    }
    if (seqs.size() != count) {
        return u"received %1 of %2"_s.arg(seqs.size()).arg(count);
    }
    return {};
}

} // namespace

class TestE2eResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BALCONY_REQUIRE_SERVER();
        m_server = XmppServerFixture::create();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        for (const QString &user : { u"alice"_s, u"bob"_s }) {
            QVERIFY2(m_server->registerUser(user, u"pw-"_s + user), qPrintable(m_server->errorString()));
        }
    }
    void cleanupTestCase() { m_server.reset(); }

    void everyMessageOnceInOrderAcrossCuts();
    void carriedOverAfterServerRestart();

private:
    std::unique_ptr<XmppServerFixture> m_server;
};

void TestE2eResume::everyMessageOnceInOrderAcrossCuts()
{
    DelayProxyThread proxy(QHostAddress(m_server->host()), m_server->c2sPort(), 1, 1);
    QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));
    Peer alice(*m_server, u"alice"_s, proxy.port());
    Peer bob(*m_server, u"bob"_s, m_server->c2sPort());
    alice.connection.connectToServer();
    bob.connection.connectToServer();
    QTRY_VERIFY2_WITH_TIMEOUT(alice.connectedCount == 1, qPrintable(alice.errorText()), test::BoundTimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(bob.connectedCount == 1, qPrintable(bob.errorText()), test::BoundTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(alice.connection.isStreamManagementEnabled(), 5000);
    QVERIFY(alice.connection.stats().smEnabledMs >= 0);
    // Full JIDs: each message goes to exactly one resource, with no offline-storage detour.
    const Jid bobJid = bob.connection.boundJid();
    const Jid aliceJid = alice.connection.boundJid();

    // Alice sends in bursts driven by the event loop, so sending overlaps the cuts and the reconnects
    // (stanzas sent while she is offline are queued and go out after the resend). Bob sends one message
    // to alice per burst: those that arrive while she is cut off wait in her hibernating session on the
    // server and must reach her once, after the resumption (her inbound h must be right).
    int nextSeq = 0;
    int burst = 0;
    int bobSeq = 0;
    int cuts = 0;
    QList<int> unackedAtCuts;
    bool sendFailed = false;
    QTimer sender;
    sender.setInterval(BurstIntervalMs);
    connect(&sender, &QTimer::timeout, this, [&] {
        // A cut is due: it is made right after the next burst, on an established stream (so that every
        // cut costs exactly one resumption) with little else unacknowledged (see SafeCutUnacked). Until
        // then the flow pauses, as it would behind a slow server.
        const bool cutDue = cuts < CutAfterBursts.size() && burst >= CutAfterBursts[cuts];
        if (cutDue
            && (alice.connection.state() != ConnectionState::Connected
                || alice.connection.unacknowledgedCount() >= SafeCutUnacked)) {
            return;
        }
        for (int i = 0; i < BurstSize && nextSeq < MessageCount; ++i) {
            sendFailed = sendFailed || !alice.sendSeq(bobJid, nextSeq);
            ++nextSeq;
        }
        if (bob.connection.state() == ConnectionState::Connected) {
            sendFailed = sendFailed || !bob.sendSeq(aliceJid, bobSeq);
            ++bobSeq;
        }
        ++burst;
        if (cutDue) {
            // The burst just written is still in flight: the cut overlaps the flow.
            unackedAtCuts.append(alice.connection.unacknowledgedCount());
            proxy.cutAll();
            ++cuts;
        }
        if (nextSeq >= MessageCount && cuts == CutAfterBursts.size()) {
            sender.stop();
        }
    });
    sender.start();

    QTRY_VERIFY2_WITH_TIMEOUT(!sender.isActive(), qPrintable(alice.errorText()), 60000);
    QVERIFY(!sendFailed);
    QCOMPARE(cuts, int(CutAfterBursts.size()));
    QTRY_COMPARE_WITH_TIMEOUT(bob.received.size(), MessageCount, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(alice.connection.state(), ConnectionState::Connected, 30000);

    // A marker after everything: alice's stream is ordered, so a duplicate resent late would arrive
    // before it.
    QVERIFY(alice.sendSeq(bobJid, MessageCount));
    QVERIFY(bob.sendSeq(aliceJid, bobSeq));
    QTRY_VERIFY_WITH_TIMEOUT(!bob.received.isEmpty() && bob.received.last() == MessageCount, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!alice.received.isEmpty() && alice.received.last() == bobSeq, 30000);
    QString problem = checkSequence(bob.received, MessageCount + 1);
    QVERIFY2(problem.isEmpty(), qPrintable(u"bob: "_s + problem));
    problem = checkSequence(alice.received, bobSeq + 1);
    QVERIFY2(problem.isEmpty(), qPrintable(u"alice: "_s + problem));

    // Every cut was healed by resuming the session, never by a new one.
    QCOMPARE(alice.resumptions, cuts);
    QCOMPARE(alice.sessions, 1);
    QCOMPARE(alice.lostSessions, 0);
    QCOMPARE(alice.connectedCount, 1 + cuts);
    QVERIFY(alice.connection.stats().resumed);
    QCOMPARE(bob.sessions, 1);
    QStringList atCuts;
    for (int unacked : std::as_const(unackedAtCuts)) {
        atCuts.append(QString::number(unacked));
    }
    qInfo("alice resent %d stanzas over %d resumptions; unacknowledged at the cuts: %s", alice.resentTotal,
        alice.resumptions, qPrintable(atCuts.join(u' ')));
    // The cuts overlapped the flow: something was in flight every time.
    for (int unacked : std::as_const(unackedAtCuts)) {
        QVERIFY(unacked > 0);
    }

    // The final <r/> is answered: the server acknowledged every stanza alice sent.
    QTRY_COMPARE_WITH_TIMEOUT(alice.connection.unacknowledgedCount(), 0, 30000);
}

void TestE2eResume::carriedOverAfterServerRestart()
{
    // A long upstream delay holds alice's last messages in the proxy when the server goes down: they are
    // unacknowledged and were never handled, so after the restart (where the session is gone: <failed/>)
    // each must reach bob exactly once, through the new session.
    constexpr int Unacked = 20;
    DelayProxyThread proxy(QHostAddress(m_server->host()), m_server->c2sPort(), 300, 1);
    QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));
    Peer alice(*m_server, u"alice"_s, proxy.port());
    Peer bob(*m_server, u"bob"_s, m_server->c2sPort());
    alice.connection.connectToServer();
    bob.connection.connectToServer();
    QTRY_VERIFY2_WITH_TIMEOUT(alice.connectedCount == 1, qPrintable(alice.errorText()), test::BoundTimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(bob.connectedCount == 1, qPrintable(bob.errorText()), test::BoundTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(alice.connection.isStreamManagementEnabled(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(alice.connection.unacknowledgedCount(), 0, 10000);
    const Jid bobJid = bob.connection.boundJid();
    QSignalSpy aliceStarting(&alice.connection, &Connection::sessionStarting);

    for (int seq = 0; seq < Unacked; ++seq) {
        QVERIFY(alice.sendSeq(bobJid, seq));
    }
    // Let the bytes reach the proxy (well under its 300 ms upstream delay), then stop the server.
    QTest::qWait(50);
    QCOMPARE(alice.connection.unacknowledgedCount(), Unacked);
    QVERIFY2(m_server->restart(), qPrintable(m_server->errorString()));

    QTRY_VERIFY2_WITH_TIMEOUT(alice.sessions == 2, qPrintable(alice.errorText()), 60000);
    QTRY_VERIFY2_WITH_TIMEOUT(bob.sessions == 2, qPrintable(bob.errorText()), 60000);
    QCOMPARE(aliceStarting.size(), 1);
    QCOMPARE(aliceStarting.first().first().toBool(), true); // the old session is gone
    QCOMPARE(alice.lostSessions, 1);
    QCOMPARE(alice.resumptions, 0);
    QVERIFY(!alice.connection.stats().resumed);

    // Bob gets them live or, if alice's new session came first, from offline storage once he is back
    // (RFC 6121 §8.5.3.2.1: a chat message for an unavailable full JID is handled as for the bare JID).
    QTRY_VERIFY_WITH_TIMEOUT(bob.received.size() >= Unacked, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(alice.connection.unacknowledgedCount(), 0, 30000);
    // A marker behind them: a duplicate would have to arrive before it.
    QVERIFY(alice.sendSeq(bob.connection.boundJid(), Unacked));
    QTRY_VERIFY_WITH_TIMEOUT(bob.received.contains(Unacked), 30000);
    QList<int> sorted = bob.received;
    std::sort(sorted.begin(), sorted.end());
    const QString problem = checkSequence(sorted, Unacked + 1);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestE2eResume)
#include "tst_e2e_resume.moc"
