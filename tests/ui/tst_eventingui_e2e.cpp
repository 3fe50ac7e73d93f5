// The desktop's XEP-0207 eventing mode end to end on Prosody 0.12 (its pubsub component on pubsub.<domain>, where
// AccountController::setEventing() looks for it, as balcony-cli does): the app layer the windows use. Two friends in
// eventing mode see from each other's caps that the other uses it, and their chat goes through the pair's node
// (the rows marked, counted unread, announced by eventingMessageStored()); an authorization request from someone
// outside the roster lands in the subscription requests and approving it there answers it with the pubsub forms; a
// friend without the mode still gets ordinary messages.
#include "E2eSupport.h"
#include "account/Account.h"
#include "app/AccountController.h"
#include "eventing/EventingManager.h"
#include "im/SubscriptionManager.h"
#include "models/ConversationListModel.h"
#include "models/MessageModel.h"
#include "storage/E2eKeyStore.h"
#include "storage/HistoryStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int StepMs = 20000;

struct Peer {
    Peer(const XmppServerFixture &server, const QString &user)
    {
        AccountSettings settings;
        settings.connection = settingsFor(server, user, u"pw-"_s + user);
        settings.connection.jid = settings.connection.jid.withResource(u"desktop"_s);
        settings.automaticCatchUp = false;
        settings.e2eScrypt = { 1 << 10, 8, 1 };
        controller = std::make_unique<app::AccountController>(
            std::make_unique<Account>(settings, AccountStores::inMemory(), nullptr));
    }
    bool start(bool eventing)
    {
        if (!controller->open() || (eventing && !controller->setEventing(true))) {
            return false;
        }
        controller->signIn();
        return QTest::qWaitFor([this] { return controller->isOnline(); }, BoundTimeoutMs);
    }
    Jid jid() const { return controller->jid().bare(); }
    SubscriptionManager *subscriptions() { return controller->account().subscriptions(); }
    std::optional<StoredMessage> find(const Jid &conversation, const QString &body)
    {
        for (const StoredMessage &m : controller->account().historyStore()->page(conversation, 200)) {
            if (m.body == body) {
                return m;
            }
        }
        return std::nullopt;
    }

    std::unique_ptr<app::AccountController> controller;
};

// `a` and `b` see each other's presence (RFC 6121 §3: both subscriptions).
bool befriend(Peer &a, Peer &b)
{
    auto both = [](Peer &x, Peer &y) { return x.subscriptions()->state(y.jid()) == SubscriptionManager::State::Both; };
    a.subscriptions()->addContact(b.jid(), QString(), {});
    if (!QTest::qWaitFor([&] { return b.subscriptions()->hasPendingRequest(a.jid()); }, StepMs)) {
        return false;
    }
    b.controller->approveSubscription(a.jid(), true);
    if (!QTest::qWaitFor([&] { return a.subscriptions()->hasPendingRequest(b.jid()); }, StepMs)) {
        return false;
    }
    a.controller->approveSubscription(b.jid(), false);
    return QTest::qWaitFor([&] { return both(a, b) && both(b, a); }, StepMs);
}

} // namespace

class TestEventingUiE2e : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void friendsChatThroughTheirNode();
    void authorizationApprovedFromTheRequests();

private:
    std::unique_ptr<XmppServerFixture> m_server;
};

void TestEventingUiE2e::initTestCase()
{
    BALCONY_REQUIRE_SERVER();
    if (XmppServerFixture::selectedKind() != XmppServerFixture::Kind::Prosody) {
        QSKIP("eventing mode is tested on Prosody's pubsub component");
    }
    XmppServerFixture::Options options;
    options.pubsub = true;
    const QStringList users { u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"erin"_s };
    for (const QString &user : users) {
        options.pubsubCreators.append(user + u"@localhost"_s);
    }
    startServerWithUsers(m_server, users, options);
}

void TestEventingUiE2e::cleanupTestCase()
{
    m_server.reset();
}

void TestEventingUiE2e::friendsChatThroughTheirNode()
{
    Peer alice(*m_server, u"alice"_s);
    Peer bob(*m_server, u"bob"_s);
    Peer dave(*m_server, u"dave"_s); // no eventing mode
    QVERIFY(alice.start(true));
    QVERIFY(bob.start(true));
    QVERIFY(dave.start(false));
    QCOMPARE(alice.controller->eventing()->service().toString(), m_server->pubsubDomain());
    QVERIFY(befriend(alice, bob));
    QVERIFY(befriend(alice, dave));
    // Encryption comes first: with OMEMO devices (published by every Balcony account) a message goes encrypted as
    // an ordinary one; chatting by PubSub is the choice of "Never" encrypt for the contact.
    QVERIFY(alice.controller->setEncryptionPolicy(bob.jid(), E2ePolicy::Never));
    QVERIFY(bob.controller->setEncryptionPolicy(alice.jid(), E2ePolicy::Never));
    QVERIFY(alice.controller->setEncryptionPolicy(dave.jid(), E2ePolicy::Never));

    // Bob's caps announce presence+notify (his eventing mode), Dave's do not.
    QVERIFY(QTest::qWaitFor([&] { return alice.controller->sendsViaEventing(bob.jid()); }, StepMs));
    QVERIFY(QTest::qWaitFor([&] { return bob.controller->sendsViaEventing(alice.jid()); }, StepMs));
    QVERIFY(!alice.controller->sendsViaEventing(dave.jid()));

    MessageModel *bobsChat = bob.controller->openChat(alice.jid());
    QSignalSpy announced(bob.controller.get(), &app::AccountController::eventingMessageStored);
    qint64 id = 0;
    QVERIFY(alice.controller->sendMessage(
        bob.jid(), u"But soft!"_s, {}, [&](const ChatSender::Result &r) { id = r.historyId; }));
    QVERIFY(id > 0);
    // The first message created the pair's node; Alice's own notification acknowledges it.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto row = alice.controller->account().historyStore()->message(id);
            return row && row->state == MessageState::AckedByServer;
        },
        StepMs));
    QVERIFY(!alice.controller->eventing()->chatNode(bob.jid()).isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return bobsChat->rowCount() == 1; }, StepMs));
    QCOMPARE(bobsChat->messageAt(0).body, u"But soft!"_s);
    QVERIFY(bobsChat->messageAt(0).flags.testFlag(MessageFlag::Eventing));
    QCOMPARE(bobsChat->messageAt(0).direction, MessageDirection::Incoming);
    QCOMPARE(bob.controller->conversations()->unreadCounts().value(alice.jid()), 1);
    QCOMPARE(announced.size(), 1);

    // Bob answers through the same node.
    MessageModel *alicesChat = alice.controller->openChat(bob.jid());
    QVERIFY(bob.controller->sendMessage(alice.jid(), u"It is the east"_s));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return alicesChat->rowCount() == 2 && alicesChat->messageAt(1).body == u"It is the east"_s
                && alicesChat->messageAt(1).flags.testFlag(MessageFlag::Eventing);
        },
        StepMs));

    // Dave gets an ordinary message.
    QVERIFY(alice.controller->sendMessage(dave.jid(), u"A plague"_s));
    QVERIFY(QTest::qWaitFor([&] { return dave.find(alice.jid(), u"A plague"_s).has_value(); }, StepMs));
    QVERIFY(!dave.find(alice.jid(), u"A plague"_s)->flags.testFlag(MessageFlag::Eventing));
    QVERIFY(!alice.find(dave.jid(), u"A plague"_s)->flags.testFlag(MessageFlag::Eventing));
}

void TestEventingUiE2e::authorizationApprovedFromTheRequests()
{
    // Erin is in nobody's roster: her request to Carol's presence node is the authorization form (Listing 10).
    Peer carol(*m_server, u"carol"_s);
    Peer erin(*m_server, u"erin"_s);
    QVERIFY(carol.start(true));
    QVERIFY(erin.start(true));
    QVERIFY(QTest::qWaitFor([&] { return carol.controller->eventing()->presencePublications() > 0; }, StepMs));
    QSignalSpy requested(carol.controller.get(), &app::AccountController::subscriptionRequested);
    QSignalSpy answered(erin.controller->eventing(), &EventingManager::authorizationAnswered);
    QVERIFY(erin.controller->eventing()->requestAuthorization(carol.jid()));
    QVERIFY(QTest::qWaitFor([&] { return requested.size() == 1; }, StepMs));
    QCOMPARE(carol.controller->subscriptionRequests().size(), 1);
    QCOMPARE(carol.controller->subscriptionRequests().first().from, erin.jid());
    QVERIFY(carol.controller->isEventingRequest(erin.jid()));
    QSignalSpy resolved(carol.controller.get(), &app::AccountController::subscriptionResolved);
    QVERIFY(carol.controller->approveSubscription(erin.jid()));
    QCOMPARE(resolved.size(), 1);
    QVERIFY(carol.controller->subscriptionRequests().isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return answered.size() == 1; }, StepMs));
    QCOMPARE(answered.first().at(1).toBool(), true);
    // Erin subscribed to Carol's presence node: from now on her messages to Carol go through the mode.
    QVERIFY(erin.controller->sendsViaEventing(carol.jid()));
    // No ordinary subscription came of it.
    QCOMPARE(carol.subscriptions()->state(erin.jid()), SubscriptionManager::State::None);
}

QTEST_MAIN(TestEventingUiE2e)
#include "tst_eventingui_e2e.moc"
