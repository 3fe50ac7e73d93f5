// Presence subscriptions (RFC 6121 §3) through the scripted server: the stanza of every action, the
// pre-approval feature check (§3.4), inbound requests persisted until the user acts (and across a new
// manager over the same store), automatic confirmation when the user already agreed, informational
// inbound stanzas, and the state machine (Appendix A) following the roster pushes.
#include "ScriptedSession.h"
#include "TestJid.h"
#include "XmlCompare.h"
#include "im/RosterManager.h"
#include "im/SubscriptionManager.h"
#include "storage/MemoryRosterStore.h"
#include "storage/MemorySubscriptionRequestStore.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

using State = SubscriptionManager::State;

namespace {

RosterItem item(const char *bare, const char *subscription, bool ask = false, bool approved = false)
{
    RosterItem i;
    i.jid = jid(bare);
    i.subscription = QString::fromUtf8(subscription);
    i.askSubscribe = ask;
    i.approved = approved;
    return i;
}

QString norm(const QByteArray &xml)
{
    return normalize(xml);
}

} // namespace

class TestSubscriptionManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void requestAddsToRosterFirst();
    void requestKnownContact();
    void approveSendsSubscribedAndResolves();
    void approveWithRequestBack_data();
    void approveWithRequestBack();
    void denySendsUnsubscribed();
    void cancelSendsUnsubscribed();
    void unsubscribeSendsUnsubscribe();
    void preApprovalNeedsServerFeature();
    void preApprovalSent();
    void actionsNeedSession();
    void inboundSubscribePersisted();
    void pendingSurvivesNewManager();
    void subscribeFromAgreedContactConfirmed_data();
    void subscribeFromAgreedContactConfirmed();
    void inboundInformational();
    void unsubscribeWithdrawsPendingRequest();
    void stateOfTable_data();
    void stateOfTable();
    void pushesDriveState();
    void describeEveryState();
    void strangerRequestFloodIsBounded();
    void repeatedRequestWritesOnlyChanges();

private:
    bool start(const QByteArray &extraFeatures = {});
    QList<Element> sent() { return m_session->takeStanzas(); }
    void push(const QByteArray &itemXml);

    std::unique_ptr<MemoryRosterStore> m_rosterStore;
    std::unique_ptr<MemorySubscriptionRequestStore> m_requests;
    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<RosterManager> m_roster;
    std::unique_ptr<SubscriptionManager> m_subs;
    int m_pushes = 0;
};

void TestSubscriptionManager::init()
{
    m_rosterStore = std::make_unique<MemoryRosterStore>();
    m_requests = std::make_unique<MemorySubscriptionRequestStore>();
    m_session = std::make_unique<ScriptedSession>();
    m_pushes = 0;
}

void TestSubscriptionManager::cleanup()
{
    m_subs.reset();
    m_roster.reset();
    m_session.reset();
    m_requests.reset();
    m_rosterStore.reset();
}

bool TestSubscriptionManager::start(const QByteArray &extraFeatures)
{
    m_roster = std::make_unique<RosterManager>(m_session->connection(), *m_rosterStore);
    m_subs = std::make_unique<SubscriptionManager>(m_session->connection(), *m_roster, *m_requests);
    if (!m_session->login(extraFeatures)) {
        return false;
    }
    m_session->takeStanzas(); // the roster get
    return true;
}

void TestSubscriptionManager::push(const QByteArray &itemXml)
{
    const QByteArray id = "push" + QByteArray::number(++m_pushes);
    m_session->inject("<iq type='set' id='" + id + "'><query xmlns='jabber:iq:roster' ver='v" + id + "'>" + itemXml
        + "</query></iq>");
    m_session->takeStanzas(); // the push's result
}

void TestSubscriptionManager::requestAddsToRosterFirst()
{
    QVERIFY(start());
    QVERIFY(m_subs->requestSubscription(jid("romeo@example.net/orchard"), QStringLiteral("It's Juliet")));
    const QList<Element> out = sent();
    QCOMPARE(out.size(), 2);
    QCOMPARE(normalize(out[0]),
        norm("<iq type='set' id='" + out[0].attribute(u"id").toUtf8()
            + "'><query xmlns='jabber:iq:roster'><item jid='romeo@example.net'/></query></iq>"));
    QCOMPARE(normalize(out[1]),
        norm("<presence to='romeo@example.net' type='subscribe'><status>It's Juliet</status></presence>"));
}

void TestSubscriptionManager::requestKnownContact()
{
    m_rosterStore->replaceAll({ item("romeo@example.net", "none") }, u"v1"_s);
    QVERIFY(start());
    QVERIFY(m_subs->requestSubscription(jid("romeo@example.net")));
    const QList<Element> out = sent();
    QCOMPARE(out.size(), 1);
    QCOMPARE(normalize(out[0]), norm("<presence to='romeo@example.net' type='subscribe'/>"));
}

void TestSubscriptionManager::approveSendsSubscribedAndResolves()
{
    QVERIFY(start());
    m_session->inject("<presence from='romeo@example.net' type='subscribe'/>");
    QVERIFY(m_subs->hasPendingRequest(jid("romeo@example.net")));
    QSignalSpy resolved(m_subs.get(), &SubscriptionManager::requestResolved);
    QVERIFY(m_subs->approve(jid("romeo@example.net/x")));
    const QList<Element> out = sent();
    QCOMPARE(out.size(), 1);
    QCOMPARE(normalize(out[0]), norm("<presence to='romeo@example.net' type='subscribed'/>"));
    QCOMPARE(resolved.size(), 1);
    QVERIFY(m_requests->requests().isEmpty());
}

void TestSubscriptionManager::approveWithRequestBack_data()
{
    QTest::addColumn<QByteArray>("subscription"); // roster item; empty = not in the roster
    QTest::addColumn<bool>("ask");
    QTest::addColumn<QStringList>("expected"); // stanza names after <presence type='subscribed'/>
    QTest::newRow("not in roster") << QByteArray() << false << QStringList { u"iq"_s, u"subscribe"_s };
    QTest::newRow("none") << QByteArray("none") << false << QStringList { u"subscribe"_s };
    QTest::newRow("none, already asked") << QByteArray("none") << true << QStringList {};
    QTest::newRow("to: already see them") << QByteArray("to") << false << QStringList {};
}

void TestSubscriptionManager::approveWithRequestBack()
{
    QFETCH(QByteArray, subscription);
    QFETCH(bool, ask);
    QFETCH(QStringList, expected);
    if (!subscription.isEmpty()) {
        m_rosterStore->replaceAll({ item("romeo@example.net", subscription.constData(), ask) }, u"v1"_s);
    }
    QVERIFY(start());
    QVERIFY(m_subs->approve(jid("romeo@example.net"), true));
    const QList<Element> out = sent();
    QVERIFY(!out.isEmpty());
    QCOMPARE(out[0].attribute(u"type"), u"subscribed"_s);
    QStringList rest;
    for (qsizetype i = 1; i < out.size(); ++i) {
        rest.append(out[i].name() == u"iq" ? out[i].name() : out[i].attribute(u"type"));
        QCOMPARE(out[i].name() == u"iq" ? out[i].firstChild().firstChild().attribute(u"jid") : out[i].attribute(u"to"),
            u"romeo@example.net"_s);
    }
    QCOMPARE(rest, expected);
}

void TestSubscriptionManager::denySendsUnsubscribed()
{
    QVERIFY(start());
    m_session->inject("<presence from='romeo@example.net/a' type='subscribe'/>");
    QVERIFY(m_subs->deny(jid("romeo@example.net")));
    QCOMPARE(normalize(sent().value(0)), norm("<presence to='romeo@example.net' type='unsubscribed'/>"));
    QVERIFY(!m_subs->hasPendingRequest(jid("romeo@example.net")));
}

void TestSubscriptionManager::cancelSendsUnsubscribed()
{
    m_rosterStore->replaceAll({ item("romeo@example.net", "both") }, u"v1"_s);
    QVERIFY(start());
    QVERIFY(m_subs->cancel(jid("romeo@example.net")));
    const QList<Element> out = sent();
    QCOMPARE(out.size(), 1);
    QCOMPARE(normalize(out[0]), norm("<presence to='romeo@example.net' type='unsubscribed'/>"));
}

void TestSubscriptionManager::unsubscribeSendsUnsubscribe()
{
    m_rosterStore->replaceAll({ item("romeo@example.net", "both") }, u"v1"_s);
    QVERIFY(start());
    QVERIFY(m_subs->unsubscribe(jid("romeo@example.net/balcony")));
    const QList<Element> out = sent();
    QCOMPARE(out.size(), 1);
    QCOMPARE(normalize(out[0]), norm("<presence to='romeo@example.net' type='unsubscribe'/>"));
}

void TestSubscriptionManager::preApprovalNeedsServerFeature()
{
    QVERIFY(start());
    QVERIFY(!m_subs->serverSupportsPreApproval());
    QString error;
    QVERIFY(!m_subs->preApprove(jid("romeo@example.net"), &error));
    QVERIFY(error.contains(u"romeo@example.net"));
    QVERIFY(sent().isEmpty());
}

void TestSubscriptionManager::preApprovalSent()
{
    QVERIFY(start("<sub xmlns='urn:xmpp:features:pre-approval'/>"));
    QVERIFY(m_subs->serverSupportsPreApproval());
    QString error;
    QVERIFY(m_subs->preApprove(jid("romeo@example.net"), &error));
    QVERIFY(error.isEmpty());
    const QList<Element> out = sent();
    QCOMPARE(out.size(), 1);
    QCOMPARE(normalize(out[0]), norm("<presence to='romeo@example.net' type='subscribed'/>"));
    // The server records it in the roster (approved='true'); a later request is then confirmed silently.
    push("<item jid='romeo@example.net' subscription='none' approved='true'/>");
    QVERIFY(m_subs->isPreApproved(jid("romeo@example.net")));
}

void TestSubscriptionManager::actionsNeedSession()
{
    m_roster = std::make_unique<RosterManager>(m_session->connection(), *m_rosterStore);
    m_subs = std::make_unique<SubscriptionManager>(m_session->connection(), *m_roster, *m_requests);
    QVERIFY(!m_subs->approve(jid("romeo@example.net")));
    QVERIFY(!m_subs->deny(jid("romeo@example.net")));
    QVERIFY(!m_subs->unsubscribe(jid("romeo@example.net")));
    QVERIFY(!m_subs->requestSubscription(jid("romeo@example.net")));
    QVERIFY(!m_subs->requestSubscription(Jid()));
    QVERIFY(m_session->server().allWritten().isEmpty());
}

void TestSubscriptionManager::inboundSubscribePersisted()
{
    QVERIFY(start());
    QSignalSpy requested(m_subs.get(), &SubscriptionManager::subscriptionRequested);
    QSignalSpy received(&m_session->connection(), &Connection::stanzaReceived);
    m_session->inject("<presence from='romeo@example.net/orchard' type='subscribe'><status>Let me in</status>"
                      "</presence>");
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).value<Jid>(), jid("romeo@example.net"));
    QCOMPARE(requested.first().at(1).toString(), u"Let me in"_s);
    QVERIFY(received.isEmpty());
    QVERIFY(sent().isEmpty()); // the user decides
    const QList<SubscriptionRequest> pending = m_subs->pendingRequests();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().from, jid("romeo@example.net"));
    QCOMPARE(pending.first().status, u"Let me in"_s);
    QVERIFY(pending.first().received.isValid());
    QCOMPARE(m_subs->state(jid("romeo@example.net")), State::NonePendingIn);
    // The server redelivers unanswered requests at every login: the user is not asked twice.
    m_session->inject("<presence from='romeo@example.net' type='subscribe'/>");
    QCOMPARE(requested.size(), 1);
    QCOMPARE(m_subs->pendingRequests().size(), 1);
}

void TestSubscriptionManager::pendingSurvivesNewManager()
{
    QVERIFY(start());
    m_session->inject("<presence from='romeo@example.net' type='subscribe'/>"
                      "<presence from='mercutio@example.org' type='subscribe'/>");
    m_subs.reset();
    m_roster.reset();
    m_session = std::make_unique<ScriptedSession>();
    QVERIFY(start());
    QCOMPARE(m_subs->pendingRequests().size(), 2);
    QVERIFY(m_subs->hasPendingRequest(jid("romeo@example.net")));
    QVERIFY(m_subs->hasPendingRequest(jid("mercutio@example.org")));
    QSignalSpy requested(m_subs.get(), &SubscriptionManager::subscriptionRequested);
    m_session->inject("<presence from='mercutio@example.org' type='subscribe'/>");
    QVERIFY(requested.isEmpty());
    QVERIFY(m_subs->deny(jid("mercutio@example.org")));
    QCOMPARE(m_subs->pendingRequests().size(), 1);
}

void TestSubscriptionManager::subscribeFromAgreedContactConfirmed_data()
{
    QTest::addColumn<QByteArray>("subscription");
    QTest::addColumn<bool>("approved");
    QTest::newRow("from") << QByteArray("from") << false;
    QTest::newRow("both") << QByteArray("both") << false;
    QTest::newRow("pre-approved") << QByteArray("none") << true;
}

void TestSubscriptionManager::subscribeFromAgreedContactConfirmed()
{
    QFETCH(QByteArray, subscription);
    QFETCH(bool, approved);
    m_rosterStore->replaceAll({ item("romeo@example.net", subscription.constData(), false, approved) }, u"v1"_s);
    QVERIFY(start());
    QSignalSpy requested(m_subs.get(), &SubscriptionManager::subscriptionRequested);
    m_session->inject("<presence from='romeo@example.net' type='subscribe'/>");
    QVERIFY(requested.isEmpty());
    QVERIFY(m_subs->pendingRequests().isEmpty());
    const QList<Element> out = sent();
    QCOMPARE(out.size(), 1);
    QCOMPARE(normalize(out[0]), norm("<presence to='romeo@example.net' type='subscribed'/>"));
}

void TestSubscriptionManager::inboundInformational()
{
    QVERIFY(start());
    QSignalSpy approved(m_subs.get(), &SubscriptionManager::subscriptionApproved);
    QSignalSpy revoked(m_subs.get(), &SubscriptionManager::subscriptionRevoked);
    QSignalSpy unsubscribed(m_subs.get(), &SubscriptionManager::contactUnsubscribed);
    m_session->inject("<presence from='romeo@example.net' type='subscribed'/>");
    m_session->inject("<presence from='tybalt@example.com' type='unsubscribed'/>");
    m_session->inject("<presence from='benvolio@example.com/x' type='unsubscribe'/>");
    QCOMPARE(approved.size(), 1);
    QCOMPARE(approved.first().first().value<Jid>(), jid("romeo@example.net"));
    QCOMPARE(revoked.size(), 1);
    QCOMPARE(revoked.first().first().value<Jid>(), jid("tybalt@example.com"));
    QCOMPARE(unsubscribed.size(), 1);
    QCOMPARE(unsubscribed.first().first().value<Jid>(), jid("benvolio@example.com"));
    QVERIFY(sent().isEmpty()); // nothing to answer: the roster pushes carry the state
}

void TestSubscriptionManager::unsubscribeWithdrawsPendingRequest()
{
    QVERIFY(start());
    m_session->inject("<presence from='romeo@example.net' type='subscribe'/>");
    QSignalSpy resolved(m_subs.get(), &SubscriptionManager::requestResolved);
    m_session->inject("<presence from='romeo@example.net' type='unsubscribe'/>");
    QCOMPARE(resolved.size(), 1);
    QVERIFY(m_subs->pendingRequests().isEmpty());
}

void TestSubscriptionManager::stateOfTable_data()
{
    QTest::addColumn<QString>("subscription"); // empty = not in the roster
    QTest::addColumn<bool>("ask");
    QTest::addColumn<bool>("pendingIn");
    QTest::addColumn<State>("state");
    QTest::newRow("no item") << QString() << false << false << State::None;
    QTest::newRow("no item, they asked") << QString() << false << true << State::NonePendingIn;
    QTest::newRow("none") << u"none"_s << false << false << State::None;
    QTest::newRow("none+out") << u"none"_s << true << false << State::NonePendingOut;
    QTest::newRow("none+in") << u"none"_s << false << true << State::NonePendingIn;
    QTest::newRow("none+out+in") << u"none"_s << true << true << State::NonePendingOutIn;
    QTest::newRow("to") << u"to"_s << false << false << State::To;
    QTest::newRow("to+in") << u"to"_s << false << true << State::ToPendingIn;
    QTest::newRow("from") << u"from"_s << false << false << State::From;
    QTest::newRow("from+out") << u"from"_s << true << false << State::FromPendingOut;
    QTest::newRow("both") << u"both"_s << false << false << State::Both;
}

void TestSubscriptionManager::stateOfTable()
{
    QFETCH(QString, subscription);
    QFETCH(bool, ask);
    QFETCH(bool, pendingIn);
    QFETCH(State, state);
    RosterItem i = item("romeo@example.net", "none", ask);
    i.subscription = subscription;
    QCOMPARE(SubscriptionManager::stateOf(subscription.isEmpty() ? nullptr : &i, pendingIn), state);
}

void TestSubscriptionManager::pushesDriveState()
{
    QVERIFY(start());
    const Jid romeo = jid("romeo@example.net");
    QSignalSpy changed(m_subs.get(), &SubscriptionManager::stateChanged);
    QSignalSpy resolved(m_subs.get(), &SubscriptionManager::requestResolved);
    QVERIFY(m_subs->requestSubscription(romeo));
    sent();
    // RFC 6121 §3.1.2: the server pushes the item with ask='subscribe'.
    push("<item jid='romeo@example.net' subscription='none' ask='subscribe'/>");
    QCOMPARE(m_subs->state(romeo), State::NonePendingOut);
    // §3.1.5: the contact approves.
    push("<item jid='romeo@example.net' subscription='to'/>");
    QCOMPARE(m_subs->state(romeo), State::To);
    QVERIFY(SubscriptionManager::weSeeThem(m_subs->state(romeo)));
    QVERIFY(!SubscriptionManager::theySeeUs(m_subs->state(romeo)));
    // The contact asks back.
    m_session->inject("<presence from='romeo@example.net' type='subscribe'/>");
    QCOMPARE(m_subs->state(romeo), State::ToPendingIn);
    // The user approves on another device: the push resolves the stored request here.
    push("<item jid='romeo@example.net' subscription='both'/>");
    QCOMPARE(m_subs->state(romeo), State::Both);
    QCOMPARE(resolved.size(), 1);
    QVERIFY(m_subs->pendingRequests().isEmpty());
    // §3.3: we unsubscribe; the server pushes 'from'.
    QVERIFY(m_subs->unsubscribe(romeo));
    push("<item jid='romeo@example.net' subscription='from'/>");
    QCOMPARE(m_subs->state(romeo), State::From);
    // §2.5: removed from the roster.
    push("<item jid='romeo@example.net' subscription='remove'/>");
    QCOMPARE(m_subs->state(romeo), State::None);
    QVERIFY(changed.size() >= 6);
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QCOMPARE(args.first().value<Jid>(), romeo);
    }
}

void TestSubscriptionManager::describeEveryState()
{
    QSet<QString> texts;
    for (State s : { State::None, State::NonePendingOut, State::NonePendingIn, State::NonePendingOutIn, State::To,
             State::ToPendingIn, State::From, State::FromPendingOut, State::Both }) {
        const QString text = SubscriptionManager::describe(s);
        QVERIFY(!text.isEmpty());
        texts.insert(text);
    }
    QCOMPARE(texts.size(), 9);
}

void TestSubscriptionManager::strangerRequestFloodIsBounded()
{
    // Issue 11: requests from 2,000 addresses. maxPendingRequests() are stored and shown, the rest wait on
    // the server; a roster contact's request still gets through.
    RosterItem romeo;
    romeo.jid = jid("romeo@example.net");
    romeo.subscription = u"to"_s;
    m_rosterStore->replaceAll({ romeo }, u"v1"_s);
    QVERIFY(start());
    QSignalSpy requested(m_subs.get(), &SubscriptionManager::subscriptionRequested);
    QByteArray flood;
    for (int i = 0; i < 2000; ++i) {
        flood += "<presence type='subscribe' from='s" + QByteArray::number(i) + "@evil.example'/>";
    }
    m_session->inject(flood);
    QCOMPARE(m_subs->pendingRequests().size(), qsizetype(SubscriptionManager::maxPendingRequests()));
    QCOMPARE(requested.size(), SubscriptionManager::maxPendingRequests());
    QCOMPARE(m_subs->droppedRequests(), 2000 - SubscriptionManager::maxPendingRequests());
    QVERIFY(m_subs->hasPendingRequest(jid("s0@evil.example")));
    QVERIFY(!m_subs->hasPendingRequest(jid("s1999@evil.example")));
    m_session->inject("<presence type='subscribe' from='romeo@example.net'><status>It's me</status></presence>");
    QCOMPARE(requested.size(), SubscriptionManager::maxPendingRequests() + 1);
    QVERIFY(m_subs->hasPendingRequest(jid("romeo@example.net")));
    // Answering one makes room for the next stranger.
    QVERIFY(m_subs->deny(jid("s0@evil.example")));
    QVERIFY(m_subs->deny(jid("romeo@example.net")));
    m_session->inject("<presence type='subscribe' from='s1999@evil.example'/>");
    QVERIFY(m_subs->hasPendingRequest(jid("s1999@evil.example")));
}

void TestSubscriptionManager::repeatedRequestWritesOnlyChanges()
{
    QVERIFY(start());
    QByteArray flood;
    for (int i = 0; i < 1000; ++i) {
        flood += "<presence type='subscribe' from='mallory@evil.example'><status>hi</status></presence>";
    }
    m_session->inject(flood);
    QCOMPARE(m_requests->addCalls, 1);
    // A changed text is written; an overlong one is cut.
    m_session->inject("<presence type='subscribe' from='mallory@evil.example'><status>" + QByteArray(100000, 'x')
        + "</status></presence>");
    QCOMPARE(m_requests->addCalls, 2);
    QCOMPARE(m_subs->pendingRequests().first().status.size(), SubscriptionManager::maxStatusLength());
}

QTEST_GUILESS_MAIN(TestSubscriptionManager)
#include "tst_subscriptionmanager.moc"
