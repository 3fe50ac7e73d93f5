// The message layer end to end against a real server (Prosody: its default mod_offline, plus mod_carbons,
// mod_mam, mod_smacks; ejabberd: mod_offline, mod_carboncopy, mod_mam, mod_stream_mgmt) with a slixmpp peer
// (tests/e2e/peer_slixmpp.py) as the other side and Balcony's engine in process over SQL stores in a temporary profile
// (Database + SqlHistoryStore + SqlOutboxStore):
// - XEP-0203: offline messages keep the sender's time, in order, once each although the server delivers them
//   from the offline store AND the first XEP-0313 catch-up finds them in the archive;
// - XEP-0280: carbons between two Balcony resources (sent and received copies), forged carbons ignored;
// - XEP-0313: catch-up after being offline gets exactly the missed messages, from the stored position;
// - XEP-0184 receipts both ways (answered only to contacts allowed to see our presence) and XEP-0085 chat
//   states both ways.
#include "E2eSupport.h"
#include "SlixmppPeer.h"
#include "disco/DiscoManager.h"
#include "im/ArchiveManager.h"
#include "im/Carbons.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "im/RosterManager.h"
#include "storage/Database.h"
#include "storage/MemoryRosterStore.h"
#include "storage/SqlHistoryStore.h"
#include "storage/SqlOutboxStore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"secret"_s;
constexpr int StepTimeoutMs = 20000;

// One device's profile: the SQL database and the stores on it, outliving connections (a restart).
struct Profile {
    QTemporaryDir dir;
    Database db { dir.path() };
    SqlHistoryStore history { db };
    SqlOutboxStore outbox { history };
    MemoryRosterStore roster;

    bool open() { return dir.isValid() && db.open().isOpen(); }
    // The conversation with `peer`, oldest first, as a message view shows it.
    QList<StoredMessage> with(const Jid &peer)
    {
        QList<StoredMessage> rows = history.page(peer, 1000);
        std::reverse(rows.begin(), rows.end());
        return rows;
    }
    QStringList bodies(const Jid &peer)
    {
        QStringList out;
        for (const StoredMessage &m : with(peer)) {
            out.append(m.body);
        }
        return out;
    }
};

// One Balcony client on a profile, wired as an account does (initial presence once bound, receipts by the
// roster policy).
struct Client {
    Client(const ConnectionSettings &settings, Profile &profile)
        : disco(connection, nullptr)
        , roster(connection, profile.roster)
        , outbox(connection, profile.outbox)
        , messages(connection, profile.history, outbox, &disco)
        , carbons(connection, &disco)
        , archive(connection, profile.history)
    {
        connection.setSettings(settings);
        messages.setReceiptPolicy(MessageManager::rosterReceiptPolicy(roster));
        QObject::connect(
            &connection, &Connection::connected, &connection, [this] { connection.send(Element(u"presence"_s)); });
    }
    bool connect()
    {
        connection.connectToServer();
        return QTest::qWaitFor([this] { return connection.state() == ConnectionState::Connected; }, BoundTimeoutMs);
    }
    bool disconnect()
    {
        connection.disconnectFromServer();
        return QTest::qWaitFor([this] { return connection.state() == ConnectionState::Disconnected; }, BoundTimeoutMs);
    }
    // A XEP-0199 ping to the server, answered: RFC 6120 §10.1 has the server handle our stanzas in order, so
    // everything it does in response to what we sent before (offline delivery after the initial presence)
    // has been written to us before the answer.
    bool roundTrip()
    {
        Element iq(u"iq"_s);
        iq.setAttribute(u"type"_s, u"get"_s);
        iq.setAttribute(u"to"_s, connection.settings().jid.domain());
        iq.appendChild(Element(u"ping"_s, u"urn:xmpp:ping"_s));
        // Shared: the answer may still come after a timeout ended the wait.
        const auto answered = std::make_shared<bool>(false);
        connection.sendIq(iq, [answered](const IqResult &) { *answered = true; });
        return QTest::qWaitFor([answered] { return *answered; }, StepTimeoutMs);
    }

    Connection connection;
    DiscoManager disco;
    RosterManager roster;
    Outbox outbox;
    MessageManager messages;
    Carbons carbons;
    ArchiveManager archive;
};

// Runs a peer command and waits until the peer has handed it to its stream ("done").
bool peerDo(SlixmppPeer &peer, QJsonObject command)
{
    static int serial = 0;
    const QString id = u"c%1"_s.arg(++serial);
    command.insert(u"id"_s, id);
    return peer.command(command)
        && peer.waitFor(
            u"done", [&id](const QJsonObject &e) { return e.value(u"id"_s).toString() == id; }, StepTimeoutMs);
}

bool peerSend(SlixmppPeer &peer, const QString &to, const QString &body, const QJsonObject &extra = {})
{
    QJsonObject command = extra;
    command.insert(u"cmd"_s, u"message"_s);
    command.insert(u"to"_s, to);
    command.insert(u"body"_s, body);
    return peerDo(peer, command);
}

// The peer's server has handled everything the peer sent so far (stored offline, archived, routed).
bool peerSync(SlixmppPeer &peer)
{
    return peerDo(peer, QJsonObject { { u"cmd"_s, u"sync"_s } });
}

int countBody(const QList<StoredMessage> &rows, const QString &body)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [&body](const StoredMessage &m) { return m.body == body; }));
}

} // namespace

class TestE2eSlixmppMessages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void offlineMessagesKeepTheirTime();
    void carbonsBetweenTwoResources();
    void archiveCatchUpGetsExactlyTheMissed();
    void receiptsAndChatStates();

private:
    ConnectionSettings settings(const QString &user, const QString &resource) const
    {
        ConnectionSettings s = settingsFor(*m_server, user, Password);
        s.jid = s.jid.withResource(resource);
        return s;
    }
    QString bare(const QString &user) const { return user + u'@' + m_server->domain(); }
    Jid jid(const QString &user) const { return *Jid::parse(bare(user)); }
    bool startPeer(SlixmppPeer &peer, const QString &user)
    {
        return peer.start(*m_server, bare(user) + u"/peer"_s, Password);
    }

    std::unique_ptr<XmppServerFixture> m_server;
};

void TestE2eSlixmppMessages::initTestCase()
{
    BALCONY_REQUIRE_SERVER();
    QString why;
    if (!SlixmppPeer::isAvailable(&why)) {
        QSKIP(qPrintable(why));
    }
    m_server = XmppServerFixture::create();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    // Each test has its own pair of accounts: no archive, offline store or roster is shared.
    for (const QString &user :
        { u"alice1"_s, u"bob1"_s, u"alice2"_s, u"bob2"_s, u"alice3"_s, u"bob3"_s, u"alice4"_s, u"bob4"_s }) {
        QVERIFY(m_server->registerUser(user, Password));
    }
}

void TestE2eSlixmppMessages::cleanupTestCase()
{
    m_server.reset();
}

void TestE2eSlixmppMessages::offlineMessagesKeepTheirTime()
{
    SlixmppPeer bob;
    QVERIFY2(startPeer(bob, u"bob1"_s), qPrintable(bob.errorString()));
    // Alice has never logged in: the server keeps the messages in its offline store and archives them.
    QList<QDateTime> sentAt;
    for (int i = 1; i <= 3; ++i) {
        if (i > 1) {
            QTest::qWait(1100); // Prosody's stamps have second resolution: one second each keeps them apart
        }
        sentAt.append(QDateTime::currentDateTimeUtc());
        QVERIFY(peerSend(bob, bare(u"alice1"_s), u"offline %1"_s.arg(i)));
    }
    QVERIFY(peerSync(bob));
    QTest::qWait(2000); // delivery is then clearly later than sending

    Profile profile;
    QVERIFY(profile.open());
    Client alice(settings(u"alice1"_s, u"desk"_s), profile);
    QSignalSpy caughtUp(&alice.archive, &ArchiveManager::catchUpFinished);
    const QDateTime loginAt = QDateTime::currentDateTimeUtc();
    QVERIFY(alice.connect());
    QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, StepTimeoutMs);
    QVERIFY2(caughtUp.first().at(0).toBool(), qPrintable(caughtUp.first().at(2).toString()));
    QVERIFY(alice.roundTrip()); // the offline store's copies have arrived too

    const QList<StoredMessage> rows = profile.with(jid(u"bob1"_s));
    QCOMPARE(profile.bodies(jid(u"bob1"_s)), (QStringList { u"offline 1"_s, u"offline 2"_s, u"offline 3"_s }));
    for (int i = 0; i < 3; ++i) {
        const StoredMessage &m = rows.at(i);
        const QString what
            = u"%1: sent %2, stored sent time %3, sort time %4, received %5, flags %6"_s
                  .arg(m.body, sentAt.at(i).toString(Qt::ISODateWithMs), m.sentTime.toString(Qt::ISODateWithMs),
                      m.sortTime().toString(Qt::ISODateWithMs), m.receivedTime.toString(Qt::ISODateWithMs))
                  .arg(m.flags.toInt());
        QCOMPARE(m.direction, MessageDirection::Incoming);
        // The sender's time (the stamp is truncated to the second), not the delivery time.
        QVERIFY2(
            m.sentTime >= sentAt.at(i).addMSecs(-1000) && m.sentTime <= sentAt.at(i).addMSecs(1000), qPrintable(what));
        QVERIFY2(m.sortTime() <= sentAt.at(i).addMSecs(1000), qPrintable(what));
        QVERIFY2(m.sentTime < loginAt && m.sentTime.msecsTo(m.receivedTime) >= 1500, qPrintable(what));
        QCOMPARE(m.stanzaIdBy, jid(u"alice1"_s));
        QVERIFY(!m.stanzaId.isEmpty());
    }
    // The archive position is where the catch-up ended: the next login starts after these three.
    const std::optional<ArchivePosition> position = profile.history.lastStanzaId(jid(u"alice1"_s));
    QVERIFY(position.has_value());
    QCOMPARE(position->stanzaId, rows.last().stanzaId);
}

void TestE2eSlixmppMessages::carbonsBetweenTwoResources()
{
    SlixmppPeer bob;
    QVERIFY2(startPeer(bob, u"bob2"_s), qPrintable(bob.errorString()));
    const Jid bobJid = jid(u"bob2"_s);
    Profile deskProfile;
    Profile laptopProfile;
    QVERIFY(deskProfile.open());
    QVERIFY(laptopProfile.open());
    Client desk(settings(u"alice2"_s, u"desk"_s), deskProfile);
    Client laptop(settings(u"alice2"_s, u"laptop"_s), laptopProfile);
    QVERIFY(desk.connect());
    QVERIFY(laptop.connect());
    // Enabled by the module itself once the server's disco#info lists urn:xmpp:carbons:2.
    QTRY_VERIFY_WITH_TIMEOUT(desk.carbons.isEnabled() && laptop.carbons.isEnabled(), StepTimeoutMs);

    // Sent from the desk: the laptop stores the <sent/> copy as ours, with the desk's origin-id.
    const qint64 sentId = desk.messages.sendChat(bobJid, u"sent from the desk"_s);
    QVERIFY(sentId > 0);
    QVERIFY(bob.waitFor(
        u"message", [](const QJsonObject &e) { return e.value(u"body"_s).toString() == u"sent from the desk"; }));
    QTRY_COMPARE_WITH_TIMEOUT(laptopProfile.with(bobJid).size(), 1, StepTimeoutMs);
    const StoredMessage deskRow = *deskProfile.history.message(sentId);
    const StoredMessage sent = laptopProfile.with(bobJid).first();
    QCOMPARE(sent.body, u"sent from the desk"_s);
    QCOMPARE(sent.direction, MessageDirection::Outgoing);
    QVERIFY(sent.flags.testFlag(MessageFlag::CarbonSent));
    QVERIFY(!deskRow.originId.isEmpty());
    QCOMPARE(sent.originId, deskRow.originId);
    QCOMPARE(sent.from, desk.connection.boundJid());

    // Bob answers the desk's full JID: the laptop gets the <received/> copy.
    QVERIFY(peerSend(bob, desk.connection.boundJid().toString(), u"reply to the desk"_s));
    QTRY_COMPARE_WITH_TIMEOUT(laptopProfile.with(bobJid).size(), 2, StepTimeoutMs);
    const StoredMessage received = laptopProfile.with(bobJid).last();
    QCOMPARE(received.body, u"reply to the desk"_s);
    QCOMPARE(received.direction, MessageDirection::Incoming);
    QVERIFY(received.flags.testFlag(MessageFlag::CarbonReceived));
    QCOMPARE(received.to, desk.connection.boundJid());
    QTRY_COMPARE_WITH_TIMEOUT(deskProfile.with(bobJid).size(), 2, StepTimeoutMs);
    QVERIFY(!deskProfile.with(bobJid).last().flags.testFlag(MessageFlag::CarbonReceived));

    // Bob forges carbons (XEP-0280 §11): a <sent/> copy putting words into the desk's mouth, and a <received/>
    // copy of a message "from" himself to the desk. Neither comes from alice's bare JID: both are dropped. A
    // plain message after them proves they were processed.
    const QString laptopJid = laptop.connection.boundJid().toString();
    const QString deskJid = desk.connection.boundJid().toString();
    const QString forgedSent
        = u"<message xmlns='jabber:client' to='%1' type='chat'><sent xmlns='urn:xmpp:carbons:2'>"
          "<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' from='%2' "
          "to='%3' type='chat'><body>forged sent</body></message></forwarded></sent></message>"_s.arg(
              laptopJid, deskJid, bobJid.toString());
    const QString forgedReceived
        = u"<message xmlns='jabber:client' to='%1' type='chat'><received xmlns='urn:xmpp:carbons:2'>"
          "<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' from='%2/x' to='%3' type='chat'>"
          "<body>forged received</body></message></forwarded></received></message>"_s.arg(
              laptopJid, bobJid.toString(), deskJid);
    QVERIFY(peerDo(bob, QJsonObject { { u"cmd"_s, u"raw"_s }, { u"xml"_s, forgedSent } }));
    QVERIFY(peerDo(bob, QJsonObject { { u"cmd"_s, u"raw"_s }, { u"xml"_s, forgedReceived } }));
    QVERIFY(peerSend(bob, laptopJid, u"after the forgeries"_s));
    QTRY_COMPARE_WITH_TIMEOUT(countBody(laptopProfile.with(bobJid), u"after the forgeries"_s), 1, StepTimeoutMs);
    QVERIFY(desk.roundTrip());
    QVERIFY(laptop.roundTrip());

    // Each message exactly once on each device, nothing forged anywhere.
    const QStringList expected { u"sent from the desk"_s, u"reply to the desk"_s, u"after the forgeries"_s };
    QCOMPARE(laptopProfile.bodies(bobJid), expected);
    QTRY_COMPARE_WITH_TIMEOUT(deskProfile.bodies(bobJid), expected, StepTimeoutMs);
    for (Profile *profile : { &deskProfile, &laptopProfile }) {
        QVERIFY(profile->history.search(u"forged"_s).isEmpty());
        QCOMPARE(profile->history.conversations().size(), 1);
    }
}

void TestE2eSlixmppMessages::archiveCatchUpGetsExactlyTheMissed()
{
    SlixmppPeer bob;
    QVERIFY2(startPeer(bob, u"bob3"_s), qPrintable(bob.errorString()));
    const Jid bobJid = jid(u"bob3"_s);
    const Jid aliceJid = jid(u"alice3"_s);
    Profile profile;
    QVERIFY(profile.open());
    Client alice(settings(u"alice3"_s, u"desk"_s), profile);
    QSignalSpy caughtUp(&alice.archive, &ArchiveManager::catchUpFinished);
    QVERIFY(alice.connect());
    QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, StepTimeoutMs);
    QVERIFY(caughtUp.takeFirst().at(0).toBool());
    // A new account: the archive was empty, and that is recorded (an empty position), so the next catch-up
    // starts at the archive's beginning instead of taking only its newest page.
    QVERIFY(profile.history.lastStanzaId(aliceJid).has_value());

    QStringList expected;
    const auto sendRange = [&](int from, int to) {
        for (int i = from; i <= to; ++i) {
            expected.append(u"message %1"_s.arg(i));
            if (!peerSend(bob, aliceJid.toString(), expected.last())) {
                return false;
            }
        }
        return peerSync(bob);
    };
    // 1-5 while alice is online.
    QVERIFY(sendRange(1, 5));
    QTRY_COMPARE_WITH_TIMEOUT(profile.bodies(bobJid), expected, StepTimeoutMs);

    // 6-15 while the desk is offline but her laptop is online: the server delivers them to the laptop and
    // archives them, nothing goes to the offline store, so only the archive can give them to the desk, in
    // pages of 4. (Offline copies next to the archive's: offlineMessagesKeepTheirTime().)
    QVERIFY(alice.disconnect());
    Profile laptopProfile;
    QVERIFY(laptopProfile.open());
    Client laptop(settings(u"alice3"_s, u"laptop"_s), laptopProfile);
    QVERIFY(laptop.connect());
    QVERIFY(laptop.roundTrip()); // its initial presence is handled: it is available
    QTest::qWait(1100); // a new second: Prosody's archive stamps have second resolution
    QVERIFY(sendRange(6, 15));
    // The laptop has 1-5 from its own first catch-up (the archive's newest page) and 6-15 live.
    QTRY_COMPARE_WITH_TIMEOUT(laptopProfile.bodies(bobJid), expected, StepTimeoutMs);
    alice.archive.setPageSize(4);
    QVERIFY(alice.connect());
    QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, StepTimeoutMs);
    QVERIFY2(caughtUp.first().at(0).toBool(), qPrintable(caughtUp.first().at(2).toString()));
    QVERIFY(alice.roundTrip());
    QCOMPARE(profile.bodies(bobJid), expected);
    const std::optional<ArchivePosition> position = profile.history.lastStanzaId(aliceJid);
    QVERIFY(position.has_value());
    QCOMPARE(position->stanzaId, profile.with(bobJid).last().stanzaId);
    caughtUp.clear();

    // Once more: the catch-up starts after the stored position and fetches exactly the three missed.
    QVERIFY(alice.disconnect());
    QTest::qWait(1100);
    QVERIFY(sendRange(16, 18));
    QVERIFY(alice.connect());
    QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, StepTimeoutMs);
    QVERIFY(caughtUp.first().at(0).toBool());
    QCOMPARE(caughtUp.first().at(1).toInt(), 3); // the archive returned the three after the position, no more
    QVERIFY(alice.roundTrip());
    QCOMPARE(profile.bodies(bobJid), expected);
    for (const StoredMessage &m : profile.with(bobJid)) {
        QCOMPARE(m.stanzaIdBy, aliceJid);
    }
    QCOMPARE(profile.history.lastStanzaId(aliceJid)->stanzaId, profile.with(bobJid).last().stanzaId);
}

void TestE2eSlixmppMessages::receiptsAndChatStates()
{
    SlixmppPeer bob;
    QVERIFY2(startPeer(bob, u"bob4"_s), qPrintable(bob.errorString()));
    const Jid bobJid = jid(u"bob4"_s);
    Profile profile;
    QVERIFY(profile.open());
    Client alice(settings(u"alice4"_s, u"desk"_s), profile);
    QSignalSpy rosterReceived(&alice.roster, &RosterManager::rosterReceived);
    QVERIFY(alice.connect());
    QTRY_COMPARE_WITH_TIMEOUT(rosterReceived.size(), 1, StepTimeoutMs);
    const QString aliceFull = alice.connection.boundJid().toString();
    const auto fromAlice = [&aliceFull](const QJsonObject &e) { return e.value(u"from"_s).toString() == aliceFull; };

    // 1. Bob is a stranger (not allowed to see alice's presence): his receipt request is not answered, as a
    //    receipt would tell him that she is online (XEP-0184 §8).
    QVERIFY(peerSend(bob, aliceFull, u"hello stranger"_s,
        { { u"receipt"_s, true }, { u"msgid"_s, u"m1"_s }, { u"chatstate"_s, u"active"_s } }));
    QTRY_COMPARE_WITH_TIMEOUT(profile.bodies(bobJid), QStringList { u"hello stranger"_s }, StepTimeoutMs);
    // Balcony -> slixmpp: a receipt request that slixmpp's xep_0184 plugin answers; the row becomes Delivered.
    const qint64 id = alice.messages.sendChat(bobJid, u"hello bob"_s);
    QVERIFY(id > 0);
    const std::optional<QJsonObject> hello
        = bob.waitFor(u"message", [](const QJsonObject &e) { return e.value(u"body"_s).toString() == u"hello bob"; });
    QVERIFY(hello);
    QVERIFY(hello->value(u"receipt_request"_s).toBool());
    QCOMPARE(hello->value(u"chatstate"_s).toString(), u"active"_s);
    QTRY_COMPARE_WITH_TIMEOUT(profile.history.message(id)->state, MessageState::Delivered, StepTimeoutMs);
    // Alice's stanzas reach bob in order: a receipt for m1 would have come before "hello bob".
    for (const QJsonObject &e : bob.pendingEvents()) {
        QVERIFY2(e.value(u"received"_s).toString() != u"m1", "a receipt went to a stranger");
    }

    // 2. Bob subscribes and alice approves (subscription 'from'): now he gets receipts. Alice answers the request
    // once it has reached her: an approval that overtook it would be a pre-approval (RFC 6121 §3.4), which not
    // every server keeps (ejabberd 23.01 ignored it).
    QSignalSpy aliceReceived(&alice.connection, &Connection::stanzaReceived);
    QVERIFY(peerDo(bob, QJsonObject { { u"cmd"_s, u"subscribe"_s }, { u"to"_s, jid(u"alice4"_s).toString() } }));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(aliceReceived.cbegin(), aliceReceived.cend(),
                                 [](const QList<QVariant> &signal) {
                                     const Element stanza = signal.first().value<Element>();
                                     return stanza.name() == u"presence" && stanza.attribute(u"type") == u"subscribe";
                                 }),
        StepTimeoutMs);
    Element approve(u"presence"_s);
    approve.setAttribute(u"to"_s, bobJid.toString());
    approve.setAttribute(u"type"_s, u"subscribed"_s);
    QVERIFY(alice.connection.send(approve));
    QTRY_VERIFY_WITH_TIMEOUT(
        alice.roster.item(bobJid).has_value() && alice.roster.item(bobJid)->subscription == u"from", StepTimeoutMs);
    QVERIFY(peerSend(bob, aliceFull, u"hello friend"_s,
        { { u"receipt"_s, true }, { u"msgid"_s, u"m2"_s }, { u"chatstate"_s, u"active"_s } }));
    const std::optional<QJsonObject> receipt = bob.waitFor(
        u"message", [&](const QJsonObject &e) { return fromAlice(e) && e.value(u"received"_s).toString() == u"m2"; });
    QVERIFY2(receipt, "no receipt for a message from a contact with a presence subscription");
    QCOMPARE(receipt->value(u"type"_s).toString(), u"chat"_s);
    QCOMPARE(profile.bodies(bobJid), (QStringList { u"hello stranger"_s, u"hello bob"_s, u"hello friend"_s }));

    // 3. Chat states slixmpp -> Balcony: composing, paused, then the message with <active/>.
    QSignalSpy states(&alice.messages, &MessageManager::chatStateReceived);
    QVERIFY(peerDo(
        bob, QJsonObject { { u"cmd"_s, u"chatstate"_s }, { u"to"_s, aliceFull }, { u"state"_s, u"composing"_s } }));
    QVERIFY(
        peerDo(bob, QJsonObject { { u"cmd"_s, u"chatstate"_s }, { u"to"_s, aliceFull }, { u"state"_s, u"paused"_s } }));
    QVERIFY(peerSend(bob, aliceFull, u"typed it"_s, { { u"chatstate"_s, u"active"_s } }));
    QTRY_COMPARE_WITH_TIMEOUT(states.size(), 3, StepTimeoutMs);
    QList<ChatState> seen;
    for (const QList<QVariant> &signal : std::as_const(states)) {
        QCOMPARE(signal.at(0).value<Jid>(), bob.fullJid().isEmpty() ? Jid() : *Jid::parse(bob.fullJid()));
        seen.append(signal.at(1).value<ChatState>());
    }
    QCOMPARE(seen, (QList<ChatState> { ChatState::Composing, ChatState::Paused, ChatState::Active }));
    // Notifications are not history.
    QCOMPARE(profile.bodies(bobJid).size(), 4);

    // 4. Chat states Balcony -> slixmpp: composing, paused, then the message (which carries <active/>).
    QVERIFY(alice.messages.sendChatState(bobJid, ChatState::Composing));
    QVERIFY(alice.messages.sendChatState(bobJid, ChatState::Paused));
    QVERIFY(alice.messages.sendChat(bobJid, u"done typing"_s) > 0);
    QStringList peerSaw;
    for (int i = 0; i < 3; ++i) {
        const std::optional<QJsonObject> e = bob.waitFor(u"message",
            [&](const QJsonObject &m) { return fromAlice(m) && !m.value(u"chatstate"_s).toString().isEmpty(); });
        QVERIFY(e);
        peerSaw.append(e->value(u"chatstate"_s).toString() + u':' + e->value(u"body"_s).toString());
    }
    QCOMPARE(peerSaw, (QStringList { u"composing:"_s, u"paused:"_s, u"active:done typing"_s }));
}

QTEST_GUILESS_MAIN(TestE2eSlixmppMessages)
#include "tst_e2e_slixmpp_messages.moc"
