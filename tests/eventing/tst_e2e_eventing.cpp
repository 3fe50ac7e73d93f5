// XEP-0207 eventing mode end to end on Prosody 0.12 (PEP for presence, its `pubsub` component with expose_publisher
// for one-to-one chat nodes and rooms): two Balcony accounts in eventing mode exchange presence over PEP (each
// contact kept once although seen both ways), a presence authorization for a contact outside the roster (Listings
// 9-11), one-to-one messages acknowledged by the sender's own notification, and a three-member room with its history
// from the node's items; a Balcony account in eventing mode and a slixmpp client without it still exchange ordinary
// presence and messages. ejabberd is not run: its fixture has no pubsub service set up for this.
#include "E2eSupport.h"
#include "SlixmppPeer.h"
#include "account/Account.h"
#include "eventing/EventingManager.h"
#include "im/MessageManager.h"
#include "im/PresenceManager.h"
#include "im/SubscriptionManager.h"
#include "pubsub/PubSubManager.h"
#include "storage/HistoryStore.h"
#include "storage/SubscriptionRequestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int StepMs = 20000;

struct Member {
    Member(const XmppServerFixture &server, const QString &user)
    {
        AccountSettings settings;
        settings.connection = settingsFor(server, user, u"pw-"_s + user);
        settings.automaticCatchUp = false;
        account = std::make_unique<Account>(settings, AccountStores::inMemory(), nullptr);
        service = *Jid::parse(server.pubsubDomain());
    }
    bool connect(bool eventingMode = true)
    {
        if (!account->open().isOpen()) {
            return false;
        }
        if (eventingMode) {
            eventing
                = std::make_unique<EventingManager>(account->connection(), *account->pubSub(), *account->presence(),
                    *account->historyStore(), *account->subscriptionRequestStore(), account->disco(), service);
        }
        account->connectToServer();
        return QTest::qWaitFor([this] { return account->isOnline(); }, BoundTimeoutMs);
    }
    Jid jid() const { return account->jid().bare(); }
    QList<StoredMessage> rows(const Jid &conversation) { return account->historyStore()->page(conversation, 1000); }
    std::optional<StoredMessage> find(const Jid &conversation, const QString &body)
    {
        for (const StoredMessage &m : rows(conversation)) {
            if (m.body == body) {
                return m;
            }
        }
        return std::nullopt;
    }
    ~Member()
    {
        eventing.reset();
        account.reset();
    }

    std::unique_ptr<Account> account;
    std::unique_ptr<EventingManager> eventing;
    Jid service;
};

// `a` and `b` see each other's presence (RFC 6121 §3: both subscriptions).
bool befriend(Member &a, Member &b)
{
    auto both = [](Member &x, Member &y) {
        return x.account->subscriptions()->state(y.jid()) == SubscriptionManager::State::Both;
    };
    a.account->subscriptions()->addContact(b.jid(), QString(), {});
    if (!QTest::qWaitFor([&] { return b.account->subscriptions()->hasPendingRequest(a.jid()); }, StepMs)) {
        return false;
    }
    b.account->subscriptions()->approve(a.jid(), true);
    if (!QTest::qWaitFor([&] { return a.account->subscriptions()->hasPendingRequest(b.jid()); }, StepMs)) {
        return false;
    }
    a.account->subscriptions()->approve(b.jid());
    return QTest::qWaitFor([&] { return both(a, b) && both(b, a); }, StepMs);
}

} // namespace

class TestE2eEventing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void presenceOverPep();
    void authorizationThenPresence();
    void oneToOneMessages();
    void threeMemberRoom();
    void ordinaryPeerStillServed();
    void cli();

private:
    QStringList cliArgs(const QString &user, const QStringList &command) const
    {
        return command + cliConnectArgs(*m_server, user, m_home.filePath(u"profile-"_s + user));
    }
    CliRun cliRun(const QString &user, const QStringList &command)
    {
        return runCli(cliArgs(user, command), cliEnvironment(u"pw-"_s + user, m_home.path()));
    }

    std::unique_ptr<XmppServerFixture> m_server;
    QTemporaryDir m_home;
};

void TestE2eEventing::initTestCase()
{
    BALCONY_REQUIRE_SERVER();
    if (XmppServerFixture::selectedKind() != XmppServerFixture::Kind::Prosody) {
        QSKIP("eventing mode is tested on Prosody's pubsub component");
    }
    XmppServerFixture::Options options;
    options.pubsub = true;
    const QStringList users { u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"erin"_s, u"frank"_s, u"gina"_s, u"hank"_s,
        u"ivy"_s };
    for (const QString &user : users) {
        options.pubsubCreators.append(user + u"@localhost"_s);
    }
    startServerWithUsers(m_server, users, options);
}

void TestE2eEventing::cleanupTestCase()
{
    m_server.reset();
}

void TestE2eEventing::presenceOverPep()
{
    Member alice(*m_server, u"alice"_s);
    Member bob(*m_server, u"bob"_s);
    QVERIFY(alice.connect());
    QVERIFY(bob.connect());
    QVERIFY(befriend(alice, bob));
    QSignalSpy aliceEvents(alice.account->pubSub(), &PubSubManager::eventReceived);
    QVERIFY(QTest::qWaitFor([&] { return bob.eventing->presencePublications() > 0; }, StepMs));
    bob.account->presence()->setPresence(Presence::Show::Dnd, u"over pubsub"_s);
    // alice gets bob's presence item as a PEP notification (presence+notify) ...
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &args : aliceEvents) {
                const auto event = args.first().value<PubSubEvent>();
                if (event.service == bob.jid() && event.node == u"presence"
                    && event.items.value(0).payload.childText(u"status", u"jabber:client") == u"over pubsub") {
                    return true;
                }
            }
            return false;
        },
        StepMs));
    // ... and the same resource's ordinary presence: one resource, shown once.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto best = alice.account->presence()->bestResource(bob.jid());
            return best && best->status == u"over pubsub" && best->show == Presence::Show::Dnd;
        },
        StepMs));
    QCOMPARE(alice.account->presence()->resourceCount(bob.jid()), 1);
    QCOMPARE(alice.eventing->ignoredEvents(), quint64(0));
}

void TestE2eEventing::authorizationThenPresence()
{
    // carol is in nobody's roster: alice's presence node (access model presence) refuses her until alice answers.
    Member alice(*m_server, u"alice"_s);
    Member carol(*m_server, u"carol"_s);
    QVERIFY(alice.connect());
    QVERIFY(carol.connect());
    QVERIFY(QTest::qWaitFor([&] { return alice.eventing->presencePublications() > 0; }, StepMs));
    QSignalSpy requested(alice.eventing.get(), &EventingManager::authorizationRequested);
    QSignalSpy answered(carol.eventing.get(), &EventingManager::authorizationAnswered);
    QVERIFY(carol.eventing->requestAuthorization(alice.jid()));
    QVERIFY(QTest::qWaitFor([&] { return requested.size() == 1; }, StepMs));
    // In the same request list as ordinary subscription requests.
    const auto stored = alice.account->subscriptionRequestStore()->request(carol.jid());
    QVERIFY(stored.has_value());
    QVERIFY(alice.eventing->answerAuthorization(carol.jid(), true));
    QVERIFY(QTest::qWaitFor([&] { return answered.size() == 1; }, StepMs));
    QCOMPARE(answered.first().at(1).toBool(), true);
    QVERIFY(!alice.account->subscriptionRequestStore()->request(carol.jid()));
    // From now on alice's presence changes reach carol through the node only (no roster subscription).
    alice.account->presence()->setPresence(Presence::Show::Away, u"authorized"_s);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto best = carol.account->presence()->bestResource(alice.jid());
            return best && best->status == u"authorized";
        },
        StepMs));
    QCOMPARE(carol.account->subscriptions()->state(alice.jid()), SubscriptionManager::State::None);
}

void TestE2eEventing::oneToOneMessages()
{
    Member erin(*m_server, u"erin"_s);
    Member frank(*m_server, u"frank"_s);
    QVERIFY(erin.connect());
    QVERIFY(frank.connect());
    const qint64 id = erin.eventing->sendMessage(frank.jid(), u"wherefore art thou?"_s);
    QVERIFY(id > 0);
    // Acknowledged by erin's own notification; frank has it, marked as eventing, from erin's full JID.
    QVERIFY(QTest::qWaitFor(
        [&] { return erin.account->historyStore()->message(id)->state == MessageState::AckedByServer; }, StepMs));
    QVERIFY(QTest::qWaitFor([&] { return frank.find(erin.jid(), u"wherefore art thou?"_s).has_value(); }, StepMs));
    const StoredMessage got = *frank.find(erin.jid(), u"wherefore art thou?"_s);
    QVERIFY(got.flags.testFlag(MessageFlag::Eventing));
    QCOMPARE(got.direction, MessageDirection::Incoming);
    QCOMPARE(got.from, erin.account->connection().boundJid());
    // frank answers on the same node (he was invited to it).
    QCOMPARE(frank.eventing->chatNode(erin.jid()), erin.eventing->chatNode(frank.jid()));
    const qint64 answer = frank.eventing->sendMessage(erin.jid(), u"here, on the node"_s);
    QVERIFY(answer > 0);
    QVERIFY(QTest::qWaitFor([&] { return erin.find(frank.jid(), u"here, on the node"_s).has_value(); }, StepMs));
    QVERIFY(QTest::qWaitFor(
        [&] { return frank.account->historyStore()->message(answer)->state == MessageState::AckedByServer; }, StepMs));
    // Each side stored each message once.
    QCOMPARE(erin.rows(frank.jid()).size(), 2);
    QCOMPARE(frank.rows(erin.jid()).size(), 2);
    QCOMPARE(erin.eventing->ignoredEvents(), quint64(0));
    QCOMPARE(frank.eventing->ignoredEvents(), quint64(0));
}

void TestE2eEventing::threeMemberRoom()
{
    Member alice(*m_server, u"alice"_s);
    Member bob(*m_server, u"bob"_s);
    Member gina(*m_server, u"gina"_s);
    QVERIFY(alice.connect());
    QVERIFY(bob.connect());
    QVERIFY(gina.connect());
    const QString room = u"balcony-room"_s;
    QSignalSpy aliceJoined(alice.eventing.get(), &EventingManager::roomJoined);
    QSignalSpy bobJoined(bob.eventing.get(), &EventingManager::roomJoined);
    QVERIFY(alice.eventing->joinRoom(room, u"Alice"_s));
    QVERIFY(QTest::qWaitFor([&] { return aliceJoined.size() == 1; }, StepMs));
    QVERIFY(bob.eventing->joinRoom(room, u"Bob"_s));
    QVERIFY(QTest::qWaitFor([&] { return bobJoined.size() == 1; }, StepMs));
    const Jid conversation = alice.eventing->roomJid(room);
    const qint64 first = alice.eventing->sendRoomMessage(room, u"before gina"_s);
    QVERIFY(first > 0);
    QVERIFY(QTest::qWaitFor(
        [&] { return alice.account->historyStore()->message(first)->state == MessageState::AckedByServer; }, StepMs));
    QVERIFY(QTest::qWaitFor([&] { return bob.find(conversation, u"before gina"_s).has_value(); }, StepMs));
    QCOMPARE(bob.find(conversation, u"before gina"_s)->from.resource(), u"Alice"_s);
    // gina joins later: the history comes from the node's items.
    QSignalSpy ginaJoined(gina.eventing.get(), &EventingManager::roomJoined);
    QVERIFY(gina.eventing->joinRoom(room, u"Gina"_s));
    QVERIFY(QTest::qWaitFor([&] { return ginaJoined.size() == 1; }, StepMs));
    QVERIFY(gina.find(conversation, u"before gina"_s).has_value());
    QVERIFY(gina.eventing->sendRoomMessage(room, u"hello from gina"_s) > 0);
    QVERIFY(QTest::qWaitFor([&] { return alice.find(conversation, u"hello from gina"_s).has_value(); }, StepMs));
    QVERIFY(QTest::qWaitFor([&] { return bob.find(conversation, u"hello from gina"_s).has_value(); }, StepMs));
    QCOMPARE(alice.find(conversation, u"hello from gina"_s)->from.resource(), u"Gina"_s);
    // bob leaves: the next message reaches alice and gina only.
    QSignalSpy bobLeft(bob.eventing.get(), &EventingManager::roomLeft);
    QVERIFY(bob.eventing->leaveRoom(room));
    QVERIFY(QTest::qWaitFor([&] { return bobLeft.size() == 1; }, StepMs));
    const qint64 last = alice.eventing->sendRoomMessage(room, u"after bob"_s);
    QVERIFY(QTest::qWaitFor([&] { return gina.find(conversation, u"after bob"_s).has_value(); }, StepMs));
    QVERIFY(QTest::qWaitFor(
        [&] { return alice.account->historyStore()->message(last)->state == MessageState::AckedByServer; }, StepMs));
    QVERIFY(!bob.find(conversation, u"after bob"_s).has_value());
    QCOMPARE(alice.rows(conversation).size(), 3);
    QCOMPARE(gina.rows(conversation).size(), 3);
    QVERIFY(alice.eventing->leaveRoom(room));
    QVERIFY(gina.eventing->leaveRoom(room));
}

void TestE2eEventing::ordinaryPeerStillServed()
{
    QString why;
    if (!SlixmppPeer::isAvailable(&why)) {
        QSKIP(qPrintable(why));
    }
    Member alice(*m_server, u"alice"_s);
    QVERIFY(alice.connect());
    SlixmppPeer dave;
    QVERIFY(dave.start(*m_server, u"dave@localhost/peer"_s, u"pw-dave"_s));
    const Jid daveFull = *Jid::parse(u"dave@localhost/peer"_s);
    // Ordinary messages both ways.
    QVERIFY(alice.account->messages()->sendMessage(daveFull, u"plain from eventing alice"_s) > 0);
    QVERIFY(dave.waitFor(u"message",
                    [](const QJsonObject &e) { return e.value(u"body"_s).toString() == u"plain from eventing alice"; })
                .has_value());
    QVERIFY(dave.command(QJsonObject { { u"cmd"_s, u"message"_s },
        { u"to"_s, alice.account->connection().boundJid().toString() }, { u"body"_s, u"plain from slixmpp"_s } }));
    QVERIFY(QTest::qWaitFor([&] { return alice.find(daveFull.bare(), u"plain from slixmpp"_s).has_value(); }, StepMs));
    QVERIFY(!alice.find(daveFull.bare(), u"plain from slixmpp"_s)->flags.testFlag(MessageFlag::Eventing));
    // Ordinary presence both ways (directed: they are not in each other's roster).
    QVERIFY(alice.account->presence()->sendDirectedPresence(daveFull));
    QVERIFY(dave.waitFor(u"presence",
                    [&](const QJsonObject &e) {
                        return e.value(u"from"_s).toString() == alice.account->connection().boundJid().toString()
                            && e.value(u"type"_s).toString() == u"available";
                    })
                .has_value());
    QVERIFY(dave.command(QJsonObject { { u"cmd"_s, u"presence"_s }, { u"status"_s, u"ordinary"_s },
        { u"to"_s, alice.account->connection().boundJid().toString() } }));
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto r = alice.account->presence()->resource(daveFull);
            return r && r->status == u"ordinary";
        },
        StepMs));
    QCOMPARE(alice.eventing->ignoredEvents(), quint64(0));
}

void TestE2eEventing::cli()
{
    // ivy listens in eventing mode; hank's `send --eventing` creates the pair's node, invites her, publishes, and
    // exits 0 on his own notification.
    QProcess listen;
    listen.setProcessEnvironment(cliEnvironment(u"pw-ivy"_s, m_home.path()));
    listen.start(cliPath(),
        cliArgs(
            u"ivy"_s, { u"listen"_s, u"--eventing"_s, u"--count"_s, u"1"_s, u"--timeout"_s, u"60"_s, u"--json"_s }));
    QVERIFY(listen.waitForStarted());
    QByteArray status;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (status += listen.readAllStandardError()).contains("listening"), status.constData(), BoundTimeoutMs);
    const CliRun send
        = cliRun(u"hank"_s, { u"send"_s, u"--eventing"_s, u"ivy@localhost"_s, u"over the node"_s, u"--json"_s });
    QVERIFY2(send.exitCode == 0, qPrintable(send.describe()));
    QCOMPARE(jsonLines(send.out).value(0).value(u"mode").toString(), u"eventing"_s);
    QCOMPARE(jsonLines(send.out).value(0).value(u"state").toString(), u"acked"_s);
    QVERIFY(listen.waitForFinished(BoundTimeoutMs));
    const QByteArray heard = listen.readAllStandardOutput();
    QVERIFY2(listen.exitCode() == 0, QByteArray(heard + listen.readAllStandardError()).constData());
    const QJsonObject got = jsonLines(heard).value(0);
    QCOMPARE(got.value(u"body").toString(), u"over the node"_s);
    QCOMPARE(got.value(u"mode").toString(), u"eventing"_s);
    QVERIFY(got.value(u"from").toString().startsWith(u"hank@localhost/"_s));

    // A room: hank joins and sends, ivy joins later and has the message from the node's items, both leave.
    const QString room = u"cliroom@"_s + m_server->pubsubDomain();
    const CliRun join = cliRun(u"hank"_s, { u"room"_s, u"join"_s, room, u"--eventing"_s, u"--nick"_s, u"Hank"_s });
    QVERIFY2(join.exitCode == 0, qPrintable(join.describe()));
    const CliRun roomSend
        = cliRun(u"hank"_s, { u"room"_s, u"send"_s, room, u"to the room"_s, u"--eventing"_s, u"--nick"_s, u"Hank"_s });
    QVERIFY2(roomSend.exitCode == 0, qPrintable(roomSend.describe()));
    QVERIFY2(roomSend.out.contains("eventing"), qPrintable(roomSend.describe()));
    const CliRun ivyJoin = cliRun(u"ivy"_s, { u"room"_s, u"join"_s, room, u"--eventing"_s, u"--nick"_s, u"Ivy"_s });
    QVERIFY2(ivyJoin.exitCode == 0, qPrintable(ivyJoin.describe()));
    const CliRun history = cliRun(u"ivy"_s, { u"history"_s, room });
    QVERIFY2(history.exitCode == 0 && history.out.contains("to the room"), qPrintable(history.describe()));
    for (const QString &user : { u"hank"_s, u"ivy"_s }) {
        const CliRun leave = cliRun(user, { u"room"_s, u"leave"_s, room, u"--eventing"_s });
        QVERIFY2(leave.exitCode == 0, qPrintable(leave.describe()));
    }
    const CliRun again = cliRun(u"ivy"_s, { u"room"_s, u"leave"_s, room, u"--eventing"_s });
    QCOMPARE(again.exitCode, 8); // not in it any more
    const CliRun wrongHost
        = cliRun(u"ivy"_s, { u"room"_s, u"join"_s, u"cliroom@"_s + m_server->mucDomain(), u"--eventing"_s });
    QCOMPARE(wrongHost.exitCode, 2);

    // An authorization: ivy asks for hank's presence node (refused: no roster subscription), hank finds the
    // request in `requests` and approves it; ivy's next run gets the answer and subscribes.
    const CliRun subscribe = cliRun(u"ivy"_s, { u"subscribe"_s, u"--eventing"_s, u"hank@localhost"_s, u"--json"_s });
    QVERIFY2(subscribe.exitCode == 0, qPrintable(subscribe.describe()));
    QCOMPARE(jsonLines(subscribe.out).value(0).value(u"subscription").toString(), u"requested"_s);
    const CliRun requests = cliRun(u"hank"_s, { u"requests"_s, u"--eventing"_s, u"--json"_s });
    QVERIFY2(requests.exitCode == 0 && requests.out.contains("ivy@localhost"), qPrintable(requests.describe()));
    const CliRun approve = cliRun(u"hank"_s, { u"approve"_s, u"--eventing"_s, u"ivy@localhost"_s });
    QVERIFY2(approve.exitCode == 0, qPrintable(approve.describe()));
    const CliRun twice = cliRun(u"hank"_s, { u"approve"_s, u"--eventing"_s, u"ivy@localhost"_s });
    QCOMPARE(twice.exitCode, 8); // answered already
    const CliRun answered = cliRun(u"ivy"_s, { u"presence"_s, u"--eventing"_s, u"--wait"_s, u"3"_s });
    QVERIFY2(answered.exitCode == 0, qPrintable(answered.describe()));
    QFile state(m_home.filePath(u"profile-ivy/eventing.json"_s));
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(state.readAll()).object();
    QVERIFY2(
        saved.value(u"authorized").toArray().contains(u"hank@localhost"_s), QJsonDocument(saved).toJson().constData());
    // --eventing where it does not apply, and with encryption.
    QCOMPARE(cliRun(u"ivy"_s, { u"roster"_s, u"--eventing"_s }).exitCode, 2);
    QCOMPARE(cliRun(u"ivy"_s, { u"send"_s, u"--eventing"_s, u"--encrypt"_s, u"hank@localhost"_s, u"x"_s }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestE2eEventing)
#include "tst_e2e_eventing.moc"
