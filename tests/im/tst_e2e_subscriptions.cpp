// RFC 6121 §3 and §4 end to end against Prosody and ejabberd, with a slixmpp peer (tests/e2e/peer_slixmpp.py) as the
// other side: the subscription handshake both ways, the pending inbound request, the roster state following
// the server's pushes, the peer's presence with two resources and the best one chosen, and sign-out.
#include "E2eSupport.h"
#include "SlixmppPeer.h"
#include "disco/DiscoManager.h"
#include "im/PresenceManager.h"
#include "im/RosterManager.h"
#include "im/SubscriptionManager.h"
#include "storage/MemoryRosterStore.h"
#include "storage/MemorySubscriptionRequestStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::settingsFor;
using balcony::test::SlixmppPeer;
using balcony::test::XmppServerFixture;
using State = SubscriptionManager::State;

namespace {
const QString AlicePassword = u"alice pass"_s;
const QString RomeoPassword = u"romeo pass"_s;
constexpr int StepTimeoutMs = 20000;
} // namespace

class TestE2eSubscriptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void handshakeBothWays();

private:
    std::unique_ptr<XmppServerFixture> m_server;
};

void TestE2eSubscriptions::initTestCase()
{
    BALCONY_REQUIRE_SERVER();
    QString why;
    if (!SlixmppPeer::isAvailable(&why)) {
        QSKIP(qPrintable(why));
    }
    m_server = XmppServerFixture::create();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->registerUser(u"alice"_s, AlicePassword));
    QVERIFY(m_server->registerUser(u"romeo"_s, RomeoPassword));
}

void TestE2eSubscriptions::cleanupTestCase()
{
    m_server.reset();
}

void TestE2eSubscriptions::handshakeBothWays()
{
    const QString romeoBare = u"romeo@"_s + m_server->domain();
    const Jid romeo = *Jid::parse(romeoBare);
    SlixmppPeer peer;
    QVERIFY2(peer.start(*m_server, romeoBare + u"/peer"_s, RomeoPassword), qPrintable(peer.errorString()));

    // Alice on Balcony: the modules an Account wires together.
    Connection connection;
    connection.setSettings(settingsFor(*m_server, u"alice"_s, AlicePassword));
    MemoryRosterStore rosterStore;
    MemorySubscriptionRequestStore requestStore;
    RosterManager roster(connection, rosterStore);
    DiscoManager disco(connection, nullptr);
    PresenceManager presence(connection, &disco);
    auto subscriptions = std::make_unique<SubscriptionManager>(connection, roster, requestStore);
    QSignalSpy rosterReceived(&roster, &RosterManager::rosterReceived);
    connection.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(rosterReceived.size() == 1, StepTimeoutMs);
    const QString aliceFull = connection.boundJid().toString();
    const QString aliceBare = connection.boundJid().bareString();

    // 1. Alice asks; the peer approves; the pushes take Alice's item from ask='subscribe' to 'to'.
    QVERIFY(subscriptions->requestSubscription(romeo, u"Alice here"_s));
    const auto request = peer.waitFor(u"subscribe", {}, StepTimeoutMs);
    QVERIFY2(request, "the peer got no subscription request");
    QCOMPARE(request->value(u"from"_s).toString(), aliceBare);
    QCOMPARE(request->value(u"status"_s).toString(), u"Alice here"_s);
    QTRY_COMPARE_WITH_TIMEOUT(subscriptions->state(romeo), State::NonePendingOut, StepTimeoutMs);
    QSignalSpy approved(subscriptions.get(), &SubscriptionManager::subscriptionApproved);
    QVERIFY(peer.command({ { u"cmd"_s, u"approve"_s }, { u"to"_s, aliceBare } }));
    QTRY_COMPARE_WITH_TIMEOUT(subscriptions->state(romeo), State::To, StepTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(approved.size(), 1, StepTimeoutMs);
    // Now subscribed, Alice receives the peer's current presence (§3.1.6).
    QTRY_VERIFY_WITH_TIMEOUT(presence.bestResource(romeo).has_value(), StepTimeoutMs);
    QCOMPARE(presence.bestResource(romeo)->jid.toString(), peer.fullJid());

    // 2. The peer asks back: a pending request for Alice, persisted until she acts (and only once).
    QSignalSpy requested(subscriptions.get(), &SubscriptionManager::subscriptionRequested);
    QVERIFY(peer.command({ { u"cmd"_s, u"subscribe"_s }, { u"to"_s, aliceBare }, { u"status"_s, u"Romeo"_s } }));
    QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, StepTimeoutMs);
    QCOMPARE(requested.first().at(0).value<Jid>(), romeo);
    QCOMPARE(requested.first().at(1).toString(), u"Romeo"_s);
    QCOMPARE(subscriptions->state(romeo), State::ToPendingIn);
    QCOMPARE(requestStore.requests().size(), 1);
    // A new manager over the same store (an application restart) still has the request.
    subscriptions = std::make_unique<SubscriptionManager>(connection, roster, requestStore);
    QVERIFY(subscriptions->hasPendingRequest(romeo));
    QVERIFY(subscriptions->approve(romeo));
    const auto subscribed = peer.waitFor(u"subscribed", {}, StepTimeoutMs);
    QVERIFY2(subscribed, "the peer got no approval");
    QCOMPARE(subscribed->value(u"from"_s).toString(), aliceBare);
    QTRY_COMPARE_WITH_TIMEOUT(subscriptions->state(romeo), State::Both, StepTimeoutMs);
    QVERIFY(subscriptions->pendingRequests().isEmpty());
    // The peer now sees Alice's presence.
    QVERIFY(peer.waitFor(
        u"presence",
        [&aliceFull](const QJsonObject &e) {
            return e.value(u"from"_s).toString() == aliceFull && e.value(u"type"_s).toString() == u"available";
        },
        StepTimeoutMs));

    // 3. Presence: a second peer resource with a higher priority becomes the best; when it leaves, the
    // first one is best again.
    QVERIFY(peer.command({ { u"cmd"_s, u"presence"_s }, { u"show"_s, u"away"_s }, { u"status"_s, u"Orchard"_s },
        { u"priority"_s, 5 } }));
    QTRY_VERIFY_WITH_TIMEOUT(
        presence.bestResource(romeo) && presence.bestResource(romeo)->show == Presence::Show::Away, StepTimeoutMs);
    QCOMPARE(presence.bestResource(romeo)->status, u"Orchard"_s);
    QCOMPARE(presence.bestResource(romeo)->priority, 5);
    {
        SlixmppPeer second;
        QVERIFY2(second.start(*m_server, romeoBare + u"/second"_s, RomeoPassword), qPrintable(second.errorString()));
        QVERIFY(second.command({ { u"cmd"_s, u"presence"_s }, { u"show"_s, u"dnd"_s }, { u"priority"_s, 10 } }));
        QTRY_COMPARE_WITH_TIMEOUT(presence.bestResource(romeo)->jid.toString(), second.fullJid(), StepTimeoutMs);
        QCOMPARE(presence.resources(romeo).size(), 2);
        QCOMPARE(presence.availability(romeo), PresenceManager::Availability::Dnd);
        second.stop();
    }
    QTRY_COMPARE_WITH_TIMEOUT(presence.resources(romeo).size(), 1, StepTimeoutMs);
    QCOMPARE(presence.bestResource(romeo)->jid.toString(), peer.fullJid());
    QCOMPARE(presence.availability(romeo), PresenceManager::Availability::Away);

    // 4. Alice's own presence change reaches the peer; sign-out sends unavailable before the close.
    presence.setPresence(Presence::Show::Chat, u"Free"_s);
    QVERIFY(peer.waitFor(
        u"presence",
        [&aliceFull](const QJsonObject &e) {
            return e.value(u"from"_s).toString() == aliceFull && e.value(u"show"_s).toString() == u"chat";
        },
        StepTimeoutMs));
    QSignalSpy disconnected(&connection, &Connection::disconnected);
    presence.signOut(u"Bye"_s);
    const auto gone = peer.waitFor(
        u"presence",
        [&aliceFull](const QJsonObject &e) {
            return e.value(u"from"_s).toString() == aliceFull && e.value(u"type"_s).toString() == u"unavailable";
        },
        StepTimeoutMs);
    QVERIFY2(gone, "the peer did not see Alice leave");
    QCOMPARE(gone->value(u"status"_s).toString(), u"Bye"_s);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, StepTimeoutMs);
    QVERIFY(presence.availableContacts().isEmpty());
}

QTEST_GUILESS_MAIN(TestE2eSubscriptions)
#include "tst_e2e_subscriptions.moc"
