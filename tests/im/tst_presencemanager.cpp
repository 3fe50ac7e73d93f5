// Presence (RFC 6121 §4) through the scripted server: initial presence with caps (pipelined, XEP-0305),
// broadcast changes, directed presence, sign-out, contacts' resources and the best-resource rule,
// presence errors, clearing when the session is gone, batched change signals and auto-away; the bounds on
// what contacts and strangers can make it keep (issue 11).
#include "ScriptedSession.h"
#include "TestJid.h"
#include "XmlCompare.h"
#include "disco/DiscoManager.h"
#include "im/PresenceManager.h"
#include "stream/ConnectionCache.h"

#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

QList<Element> presencesIn(const QList<Element> &stanzas)
{
    QList<Element> out;
    for (const Element &e : stanzas) {
        if (e.name() == u"presence") {
            out.append(e);
        }
    }
    return out;
}

// `count` available presences from `bare`/r<first>..., the priority cycling through -5..4, each with its own
// caps ver when `caps` is set.
QByteArray resourceFlood(const QByteArray &bare, int first, int count, bool caps = false)
{
    QByteArray xml;
    xml.reserve(qsizetype(count) * 160);
    for (int i = first; i < first + count; ++i) {
        xml += "<presence from='" + bare + "/r" + QByteArray::number(i) + "'><priority>"
            + QByteArray::number(i % 10 - 5) + "</priority>";
        if (caps) {
            xml += "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://evil.example' ver='v"
                + QByteArray::number(i) + "='/>";
        }
        xml += "</presence>";
    }
    return xml;
}

QByteArray capsXml(const DiscoManager &disco)
{
    return "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='" + DiscoManager::capsNode().toUtf8()
        + "' ver='" + disco.ownVer().toUtf8() + "'/>";
}

} // namespace

class TestPresenceManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void initialPresenceWithCaps();
    void initialPresencePipelined();
    void initialPresenceCarriesChosenState();
    void setPresenceBroadcasts();
    void setPresenceOfflineOnlyRemembers();
    void capsChangeResendsPresence();
    void noDiscoNoCaps();
    void parsesIncomingPresence();
    void bestResource_data();
    void bestResource();
    void unavailableRemovesResource();
    void unavailableFromBareJidRemovesAll();
    void presenceErrorSignalled();
    void everyContactPresenceSignalled();
    void subscriptionPresenceNotTaken();
    void directedPresence();
    void signOut();
    void newSessionClearsContacts();
    void finalDisconnectClearsContacts();
    void burstBatchedOncePerTurn();
    void autoAwayTransitions();
    void autoAwayRespectsBusy();
    void resourcesOfOneContactAreBounded();
    void strangersAreBounded();
    void droppedResourcesLeaveDisco();
    void directedRecipientIsAContact();
    void strangerErrorsAreNotKept();

private:
    bool start(const QByteArray &extraFeatures = {});
    QList<Element> sentPresences() { return presencesIn(m_session->takeStanzas()); }

    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<DiscoManager> m_disco;
    std::unique_ptr<PresenceManager> m_presence;
    QList<Element> m_initial; // what went out at login (pipelined or right after the bind result)
};

void TestPresenceManager::init()
{
    m_session = std::make_unique<ScriptedSession>();
    m_disco = std::make_unique<DiscoManager>(m_session->connection(), nullptr);
    m_disco->addFeature(QStringLiteral("urn:xmpp:receipts"));
    m_presence = std::make_unique<PresenceManager>(m_session->connection(), m_disco.get());
}

void TestPresenceManager::cleanup()
{
    m_presence.reset();
    m_disco.reset();
    m_session.reset();
    m_initial.clear();
}

bool TestPresenceManager::start(const QByteArray &extraFeatures)
{
    if (!m_session->login(extraFeatures)) {
        return false;
    }
    m_initial = presencesIn(m_session->pipelinedStanzas() + m_session->takeStanzas());
    return true;
}

void TestPresenceManager::initialPresenceWithCaps()
{
    QVERIFY(start());
    QCOMPARE(m_initial.size(), 1);
    QCOMPARE(normalize(m_initial.first()), normalize("<presence>" + capsXml(*m_disco) + "</presence>"));
}

void TestPresenceManager::initialPresencePipelined()
{
    // Once the connection knows the server's profile it pipelines the session start: the initial presence
    // travels in the same write as the bind request (XEP-0305).
    MemoryConnectionCache cache;
    m_session->settings().cache = &cache;
    QVERIFY(start());
    cleanup();
    init();
    m_session->settings().cache = &cache;
    QVERIFY(m_session->login());
    const QList<Element> pipelined = presencesIn(m_session->pipelinedStanzas());
    QCOMPARE(pipelined.size(), 1);
    QCOMPARE(normalize(pipelined.first()), normalize("<presence>" + capsXml(*m_disco) + "</presence>"));
    QVERIFY(sentPresences().isEmpty());
}

void TestPresenceManager::initialPresenceCarriesChosenState()
{
    QSignalSpy own(m_presence.get(), &PresenceManager::ownPresenceChanged);
    m_presence->setPresence(Presence::Show::Dnd, QStringLiteral("In a meeting"), 300);
    QCOMPARE(own.size(), 1);
    QCOMPARE(m_presence->priority(), 127); // clamped (§4.7.2.3)
    QVERIFY(start());
    QCOMPARE(m_initial.size(), 1);
    QCOMPARE(normalize(m_initial.first()),
        normalize("<presence><show>dnd</show><status>In a meeting</status><priority>127</priority>" + capsXml(*m_disco)
            + "</presence>"));
}

void TestPresenceManager::setPresenceBroadcasts()
{
    QVERIFY(start());
    m_presence->setPresence(Presence::Show::Away, QStringLiteral("Lunch"), -1);
    const QList<Element> sent = sentPresences();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(normalize(sent.first()),
        normalize("<presence><show>away</show><status>Lunch</status><priority>-1</priority>" + capsXml(*m_disco)
            + "</presence>"));
    QCOMPARE(m_presence->effectiveShow(), Presence::Show::Away);
}

void TestPresenceManager::setPresenceOfflineOnlyRemembers()
{
    m_presence->setPresence(Presence::Show::Chat, QStringLiteral("Talk to me"));
    QVERIFY(m_session->server().writes().isEmpty());
    QCOMPARE(m_presence->chosenShow(), Presence::Show::Chat);
    QCOMPARE(m_presence->status(), QStringLiteral("Talk to me"));
}

void TestPresenceManager::capsChangeResendsPresence()
{
    QVERIFY(start());
    const QString before = m_disco->ownVer();
    m_disco->addFeature(QStringLiteral("http://jabber.org/protocol/chatstates"));
    QVERIFY(m_disco->ownVer() != before);
    const QList<Element> sent = sentPresences();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(normalize(sent.first()), normalize("<presence>" + capsXml(*m_disco) + "</presence>"));
}

void TestPresenceManager::noDiscoNoCaps()
{
    cleanup();
    m_session = std::make_unique<ScriptedSession>();
    m_presence = std::make_unique<PresenceManager>(m_session->connection(), nullptr);
    QVERIFY(start());
    QCOMPARE(m_initial.size(), 1);
    QCOMPARE(normalize(m_initial.first()), normalize("<presence/>"));
}

void TestPresenceManager::parsesIncomingPresence()
{
    QVERIFY(start());
    QSignalSpy changed(m_presence.get(), &PresenceManager::presenceChanged);
    m_session->inject("<presence from='juliet@example.com/balcony'><show>xa</show><status>Asleep</status>"
                      "<priority>3</priority><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
                      "node='https://example.org' ver='QgayPKawpkPSDYmwT/WM94uAlu0='/>"
                      "<delay xmlns='urn:xmpp:delay' from='example.com' stamp='2026-11-20T10:00:00.250Z'/>"
                      "<idle xmlns='urn:xmpp:idle:1' since='2026-11-20T09:30:00Z'/></presence>");
    QVERIFY(sentPresences().isEmpty()); // presence is not answered (the DiscoManager may query the caps)
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<Jid>(), jid("juliet@example.com"));
    const auto r = m_presence->resource(jid("juliet@example.com/balcony"));
    QVERIFY(r);
    QCOMPARE(r->show, Presence::Show::Xa);
    QCOMPARE(r->status, QStringLiteral("Asleep"));
    QCOMPARE(r->priority, 3);
    QCOMPARE(r->caps.ver, QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0="));
    QCOMPARE(r->delayStamp, QDateTime(QDate(2026, 11, 20), QTime(10, 0, 0, 250), Qt::UTC));
    QCOMPARE(r->idleSince, QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    QCOMPARE(m_presence->availability(jid("juliet@example.com")), PresenceManager::Availability::Xa);
    QCOMPARE(m_presence->availability(jid("nobody@example.com")), PresenceManager::Availability::Offline);
    QCOMPARE(m_presence->availableContacts(), (QList<Jid> { jid("juliet@example.com") }));
    // The module is fed by the stanza router: nothing is left for stanzaReceived().
    QSignalSpy received(&m_session->connection(), &Connection::stanzaReceived);
    m_session->inject("<presence from='juliet@example.com/phone'/>");
    QVERIFY(received.isEmpty());
    QCOMPARE(m_presence->resources(jid("juliet@example.com")).size(), 2);
}

void TestPresenceManager::bestResource_data()
{
    // Each presence is "resource:priority:show", arriving in order; the expected best resource.
    QTest::addColumn<QStringList>("presences");
    QTest::addColumn<QString>("best");
    auto row = [](const char *name, QStringList presences, const char *best) {
        QTest::newRow(name) << presences << QString::fromUtf8(best);
    };
    row("single", { u"a:0:"_s }, "a");
    row("priority wins over show", { u"a:1:dnd"_s, u"b:0:chat"_s }, "a");
    row("priority wins over recency", { u"a:5:"_s, u"b:4:"_s }, "a");
    row("negative priority still chosen if alone", { u"a:-1:"_s }, "a");
    row("higher of negatives", { u"a:-5:"_s, u"b:-1:away"_s }, "b");
    row("chat beats online", { u"a:0:"_s, u"b:0:chat"_s, u"c:0:"_s }, "b");
    row("online beats away", { u"a:0:away"_s, u"b:0:"_s }, "b");
    row("away beats xa", { u"a:0:xa"_s, u"b:0:away"_s }, "b");
    row("xa beats dnd", { u"a:0:dnd"_s, u"b:0:xa"_s }, "b");
    row("same priority and show: most recent", { u"a:2:away"_s, u"b:2:away"_s }, "b");
    row("an update makes a resource recent", { u"a:2:"_s, u"b:2:"_s, u"a:2:"_s }, "a");
    row("an update can demote", { u"a:9:"_s, u"b:1:"_s, u"a:0:"_s }, "b");
}

void TestPresenceManager::bestResource()
{
    QFETCH(QStringList, presences);
    QFETCH(QString, best);
    QVERIFY(start());
    for (const QString &p : std::as_const(presences)) {
        const QStringList parts = p.split(u':');
        QByteArray xml = "<presence from='romeo@example.net/" + parts[0].toUtf8() + "'><priority>" + parts[1].toUtf8()
            + "</priority>";
        if (!parts[2].isEmpty()) {
            xml += "<show>" + parts[2].toUtf8() + "</show>";
        }
        m_session->inject(xml + "</presence>");
    }
    const auto chosen = m_presence->bestResource(jid("romeo@example.net"));
    QVERIFY(chosen);
    QCOMPARE(chosen->jid.resource(), best);
    // resources() is ordered best first, consistently with bestResource().
    const QList<ResourcePresence> all = m_presence->resources(jid("romeo@example.net"));
    QCOMPARE(all.first().jid, chosen->jid);
    for (qsizetype i = 1; i < all.size(); ++i) {
        QVERIFY(!PresenceManager::isBetter(all[i], all[i - 1]));
    }
    QCOMPARE(m_presence->availability(jid("romeo@example.net")), PresenceManager::availabilityOf(chosen->show));
}

void TestPresenceManager::unavailableRemovesResource()
{
    QVERIFY(start());
    m_session->inject("<presence from='romeo@example.net/a'><priority>5</priority></presence>"
                      "<presence from='romeo@example.net/b'><show>away</show></presence>");
    QCOMPARE(m_presence->bestResource(jid("romeo@example.net"))->jid, jid("romeo@example.net/a"));
    QSignalSpy changed(m_presence.get(), &PresenceManager::presenceChanged);
    m_session->inject("<presence from='romeo@example.net/a' type='unavailable'><status>Bye</status></presence>");
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_presence->bestResource(jid("romeo@example.net"))->jid, jid("romeo@example.net/b"));
    QCOMPARE(m_presence->availability(jid("romeo@example.net")), PresenceManager::Availability::Away);
    m_session->inject("<presence from='romeo@example.net/b' type='unavailable'/>");
    QVERIFY(!m_presence->bestResource(jid("romeo@example.net")));
    QCOMPARE(m_presence->availability(jid("romeo@example.net")), PresenceManager::Availability::Offline);
    QVERIFY(m_presence->availableContacts().isEmpty());
    // Unavailable for a resource we never saw changes nothing.
    m_session->inject("<presence from='romeo@example.net/c' type='unavailable'/>");
    QCOMPARE(changed.size(), 2);
}

void TestPresenceManager::unavailableFromBareJidRemovesAll()
{
    QVERIFY(start());
    m_session->inject("<presence from='romeo@example.net/a'/><presence from='romeo@example.net/b'/>");
    QCOMPARE(m_presence->resources(jid("romeo@example.net")).size(), 2);
    m_session->inject("<presence from='romeo@example.net' type='unavailable'/>");
    QVERIFY(m_presence->resources(jid("romeo@example.net")).isEmpty());
}

void TestPresenceManager::presenceErrorSignalled()
{
    QVERIFY(start());
    m_session->inject("<presence from='romeo@example.net/a'/><presence from='romeo@example.net/b'/>");
    QSignalSpy errors(m_presence.get(), &PresenceManager::presenceError);
    m_session->inject("<presence from='romeo@example.net/a' type='error'><error type='cancel'>"
                      "<remote-server-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(0).value<Jid>(), jid("romeo@example.net/a"));
    QCOMPARE(errors.first().at(1).value<StanzaError>().condition, StanzaError::Condition::RemoteServerNotFound);
    QCOMPARE(m_presence->resources(jid("romeo@example.net")).size(), 1);
    QCOMPARE(m_presence->lastError(jid("romeo@example.net"))->condition, StanzaError::Condition::RemoteServerNotFound);
    // The next presence from the contact clears the error.
    m_session->inject("<presence from='romeo@example.net/a'/>");
    QVERIFY(!m_presence->lastError(jid("romeo@example.net")));
}

void TestPresenceManager::everyContactPresenceSignalled()
{
    // presenceReceived(): every presence from a contact, also one that changes nothing, such as a server's
    // unavailable answer to a probe for an offline contact (RFC 6121 §4.3.2): what EsessionManager's presence
    // barrier waits for.
    QVERIFY(start());
    QSignalSpy received(m_presence.get(), &PresenceManager::presenceReceived);
    QSignalSpy changed(m_presence.get(), &PresenceManager::presenceChanged);
    m_session->inject("<presence from='juliet@example.com' type='unavailable'/>");
    QCOMPARE(changed.size(), 0);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<Jid>(), jid("juliet@example.com"));
    m_session->inject("<presence from='romeo@example.net/a'/>");
    m_session->inject("<presence from='romeo@example.net/b' type='error'><error type='cancel'>"
                      "<remote-server-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>");
    QCOMPARE(received.size(), 3);
    QCOMPARE(received.at(1).first().value<Jid>(), jid("romeo@example.net")); // bare
    QCOMPARE(received.at(2).first().value<Jid>(), jid("romeo@example.net"));
    // Subscription states are not presence.
    m_session->inject("<presence from='mercutio@example.net' type='subscribe'/>");
    QCOMPARE(received.size(), 3);
}

void TestPresenceManager::subscriptionPresenceNotTaken()
{
    QVERIFY(start());
    QSignalSpy changed(m_presence.get(), &PresenceManager::presenceChanged);
    QSignalSpy received(&m_session->connection(), &Connection::stanzaReceived);
    m_session->inject("<presence from='romeo@example.net' type='subscribe'/>");
    QVERIFY(changed.isEmpty());
    QCOMPARE(received.size(), 1); // left for the SubscriptionManager (none here)
}

void TestPresenceManager::directedPresence()
{
    QVERIFY(start());
    m_presence->setPresence(Presence::Show::Chat, QStringLiteral("Hi"));
    sentPresences();
    QVERIFY(m_presence->sendDirectedPresence(jid("bot@service.example/x")));
    QList<Element> sent = sentPresences();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(normalize(sent.first()),
        normalize("<presence to='bot@service.example/x'><show>chat</show><status>Hi</status>" + capsXml(*m_disco)
            + "</presence>"));
    QCOMPARE(m_presence->directedPresenceRecipients(), (QList<Jid> { jid("bot@service.example/x") }));
    QVERIFY(m_presence->sendDirectedUnavailable(jid("bot@service.example/x"), QStringLiteral("Done")));
    sent = sentPresences();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(normalize(sent.first()),
        normalize("<presence to='bot@service.example/x' type='unavailable'><status>Done</status></presence>"));
    QVERIFY(m_presence->directedPresenceRecipients().isEmpty());
    QVERIFY(!m_presence->sendDirectedPresence(Jid()));
}

void TestPresenceManager::signOut()
{
    QVERIFY(start());
    m_session->inject("<presence from='romeo@example.net/a'/>");
    QSignalSpy batch(m_presence.get(), &PresenceManager::presencesChanged);
    QTRY_COMPARE(batch.size(), 1);
    m_presence->signOut(QStringLiteral("Gone fishing"));
    // Unavailable presence first, then the stream close, in this order.
    QCOMPARE(m_session->server().takeWritePieces(),
        ScriptedTransport::pieces("<presence type='unavailable'><status>Gone fishing</status></presence>"));
    QCOMPARE(m_session->server().takeWritePieces(), QStringList { QStringLiteral("</stream:stream>") });
    QVERIFY(m_presence->availableContacts().isEmpty());
    QTRY_COMPARE(batch.size(), 2);
    QCOMPARE(batch.last().first().value<QList<Jid>>(), (QList<Jid> { jid("romeo@example.net") }));
}

void TestPresenceManager::newSessionClearsContacts()
{
    QVERIFY(start());
    m_session->inject("<presence from='romeo@example.net/a'/><presence from='juliet@example.com/b'/>");
    QVERIFY(m_presence->sendDirectedPresence(jid("room@muc.example/me")));
    m_session->takeStanzas();
    QSignalSpy changed(m_presence.get(), &PresenceManager::presenceChanged);
    // What the connection emits when the previous session could not be resumed (XEP-0198).
    Q_EMIT m_session->connection().sessionStarting(true);
    QVERIFY(m_presence->availableContacts().isEmpty());
    QCOMPARE(changed.size(), 2);
    QVERIFY(m_presence->directedPresenceRecipients().isEmpty());
    // And the initial presence of the new session goes out.
    QCOMPARE(sentPresences().size(), 1);
}

void TestPresenceManager::finalDisconnectClearsContacts()
{
    QVERIFY(start());
    m_session->inject("<presence from='romeo@example.net/a'/>");
    QSignalSpy changed(m_presence.get(), &PresenceManager::presenceChanged);
    m_session->server().simulateRemoteClose(); // autoReconnect is off in ScriptedSession
    QCOMPARE(m_session->connection().state(), ConnectionState::Disconnected);
    QVERIFY(m_presence->availableContacts().isEmpty());
    QCOMPARE(changed.size(), 1);
}

void TestPresenceManager::burstBatchedOncePerTurn()
{
    QVERIFY(start());
    QSignalSpy changed(m_presence.get(), &PresenceManager::presenceChanged);
    QSignalSpy batch(m_presence.get(), &PresenceManager::presencesChanged);
    QByteArray burst;
    for (int i = 0; i < 200; ++i) {
        burst
            += "<presence from='c" + QByteArray::number(i % 50) + "@example.com/r" + QByteArray::number(i % 3) + "'/>";
    }
    m_session->inject(burst);
    QCOMPARE(changed.size(), 200);
    QVERIFY(batch.isEmpty()); // not before the event loop turns
    QTRY_COMPARE(batch.size(), 1);
    const QList<Jid> jids = batch.first().first().value<QList<Jid>>();
    QCOMPARE(jids.size(), 50);
    QCOMPARE(jids.first(), jid("c0@example.com"));
    QCOMPARE(jids.last(), jid("c49@example.com"));
    QCoreApplication::processEvents();
    QCOMPARE(batch.size(), 1);
}

void TestPresenceManager::autoAwayTransitions()
{
    QVERIFY(start());
    m_presence->setPresence(Presence::Show::None, QStringLiteral("Working"), 2);
    sentPresences();
    m_presence->setAutoAwayThresholds(60, 600);
    QSignalSpy own(m_presence.get(), &PresenceManager::ownPresenceChanged);

    m_presence->setIdle(30);
    QVERIFY(sentPresences().isEmpty());
    QVERIFY(!m_presence->isAutoAway());

    m_presence->setIdle(61);
    QList<Element> sent = sentPresences();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().childText(u"show"), QStringLiteral("away"));
    QCOMPARE(sent.first().childText(u"status"), QStringLiteral("Working"));
    QCOMPARE(sent.first().childText(u"priority"), QStringLiteral("2"));
    const Element idle = sent.first().firstChild(u"idle", u"urn:xmpp:idle:1");
    QVERIFY(!idle.isNull());
    const QDateTime since = QDateTime::fromString(idle.attribute(u"since"), Qt::ISODate);
    QVERIFY(since.isValid());
    QVERIFY(since <= QDateTime::currentDateTimeUtc().addSecs(-61));
    QVERIFY(m_presence->isAutoAway());
    QCOMPARE(m_presence->chosenShow(), Presence::Show::None);

    m_presence->setIdle(120); // still away: nothing new to say
    QVERIFY(sentPresences().isEmpty());

    m_presence->setIdle(601);
    sent = sentPresences();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().childText(u"show"), QStringLiteral("xa"));
    QVERIFY(QDateTime::fromString(sent.first().firstChild(u"idle", u"urn:xmpp:idle:1").attribute(u"since"), Qt::ISODate)
        <= QDateTime::currentDateTimeUtc().addSecs(-601));

    m_presence->setIdle(0); // back: the user's own choice, without <idle/>
    sent = sentPresences();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(normalize(sent.first()),
        normalize("<presence><status>Working</status><priority>2</priority>" + capsXml(*m_disco) + "</presence>"));
    QVERIFY(!m_presence->isAutoAway());
    QCOMPARE(own.size(), 3);
}

void TestPresenceManager::autoAwayRespectsBusy()
{
    QVERIFY(start());
    m_presence->setAutoAwayThresholds(60, 600);
    m_presence->setPresence(Presence::Show::Dnd, QStringLiteral("Focus"));
    sentPresences();
    m_presence->setIdle(1000);
    QVERIFY(sentPresences().isEmpty());
    QCOMPARE(m_presence->effectiveShow(), Presence::Show::Dnd);
    // An explicit away deepens to xa, and returns to away (not online) on activity.
    m_presence->setPresence(Presence::Show::Away, QStringLiteral("Out"));
    QList<Element> sent = sentPresences();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().childText(u"show"), QStringLiteral("xa"));
    m_presence->setIdle(0);
    sent = sentPresences();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().childText(u"show"), QStringLiteral("away"));
}

void TestPresenceManager::resourcesOfOneContactAreBounded()
{
    // Issue 11: 100,000 resources of one JID. What is kept is the contact's best 64 (highest priority, then
    // the most recent), every presence is O(log n), and a message from someone else is handled right after.
    QVERIFY(start());
    constexpr int flood = 100000;
    m_session->inject(resourceFlood("romeo@example.net", 0, flood));
    const QList<ResourcePresence> kept = m_presence->resources(jid("romeo@example.net"));
    QCOMPARE(kept.size(), qsizetype(PresenceLimits().resourcesPerContact));
    QCOMPARE(m_presence->resourceCount(jid("romeo@example.net")), PresenceLimits().resourcesPerContact);
    QCOMPARE(m_presence->droppedResources(), quint64(flood - PresenceLimits().resourcesPerContact));
    // The best is the most recent of the highest priority (4: resources 9, 19, ..., 99999).
    QCOMPARE(m_presence->bestResource(jid("romeo@example.net"))->jid, jid("romeo@example.net/r99999"));
    for (const ResourcePresence &r : kept) {
        QCOMPARE(r.priority, 4);
    }
    for (qsizetype i = 1; i < kept.size(); ++i) {
        QVERIFY(PresenceManager::isBetter(kept[i - 1], kept[i]));
    }
    // A dropped resource's unavailable presence changes nothing; a kept one's removes it.
    QSignalSpy changed(m_presence.get(), &PresenceManager::presenceChanged);
    m_session->inject("<presence from='romeo@example.net/r0' type='unavailable'/>");
    QVERIFY(changed.isEmpty());
    m_session->inject("<presence from='romeo@example.net/r99999' type='unavailable'/>");
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_presence->resourceCount(jid("romeo@example.net")), PresenceLimits().resourcesPerContact - 1);

    QSignalSpy received(&m_session->connection(), &Connection::stanzaReceived);
    m_session->inject("<message from='juliet@example.com/balcony' type='chat'><body>still there?</body></message>");
    QCOMPARE(received.size(), 1);
}

void TestPresenceManager::strangersAreBounded()
{
    // Only juliet is a contact. A stranger keeps at most resourcesPerStranger resources, and at most
    // `strangers` strangers are kept: the least recently active one goes first.
    m_presence->setContactPolicy([](const Jid &bare) { return bare == jid("juliet@example.com"); });
    QVERIFY(start());
    constexpr int flood = 100000;
    m_session->inject(resourceFlood("stranger@evil.example", 0, flood));
    QCOMPARE(m_presence->resourceCount(jid("stranger@evil.example")), PresenceLimits().resourcesPerStranger);
    m_session->inject(resourceFlood("juliet@example.com", 0, 100));
    QCOMPARE(m_presence->resourceCount(jid("juliet@example.com")), PresenceLimits().resourcesPerContact);

    // 10,000 strangers, one presence each.
    QByteArray many;
    for (int i = 0; i < 10000; ++i) {
        many += "<presence from='s" + QByteArray::number(i) + "@evil.example/x'/>";
    }
    QSignalSpy batch(m_presence.get(), &PresenceManager::presencesChanged);
    m_session->inject(many);
    const QList<Jid> available = m_presence->availableContacts();
    QCOMPARE(available.size(), qsizetype(PresenceLimits().strangers) + 1); // + juliet
    QVERIFY(available.contains(jid("juliet@example.com")));
    QVERIFY(available.contains(jid("s9999@evil.example")));
    QVERIFY(!available.contains(jid("s0@evil.example")));
    QVERIFY(!available.contains(jid("stranger@evil.example")));
    // A model following the batches sees the dropped strangers go offline. The connection handles input in
    // turns of at most 500 stanzas, and a batch is one event-loop turn's changes: about 20 batches, not 10,000.
    QTRY_VERIFY(!batch.isEmpty());
    QTest::qWait(0);
    QVERIFY(batch.size() <= 10000 / 500 + 2);
    QSet<Jid> changed;
    for (const QList<QVariant> &args : std::as_const(batch)) {
        const QList<Jid> jids = args.first().value<QList<Jid>>();
        changed.unite(QSet<Jid>(jids.begin(), jids.end()));
    }
    QVERIFY(changed.contains(jid("stranger@evil.example")));

    // A stranger added to the roster gets a contact's bound from its next presence on.
    m_presence->setContactPolicy([](const Jid &bare) { return bare.domain() == u"evil.example"; });
    m_session->inject(resourceFlood("s9999@evil.example", 0, 100));
    QCOMPARE(m_presence->resourceCount(jid("s9999@evil.example")), PresenceLimits().resourcesPerContact);
}

void TestPresenceManager::droppedResourcesLeaveDisco()
{
    // The DiscoManager keeps per-entity caps state only for resources the PresenceManager keeps.
    m_presence->setContactPolicy([](const Jid &) { return false; });
    QVERIFY(start());
    m_session->takeStanzas();
    m_session->inject(resourceFlood("stranger@evil.example", 0, 20000, true));
    QCOMPARE(m_presence->resourceCount(jid("stranger@evil.example")), PresenceLimits().resourcesPerStranger);
    QCOMPARE(m_disco->trackedEntities(), PresenceLimits().resourcesPerStranger);
    // ... and the flood cost one disco#info query (the strangers' budget allows one at a time).
    int queries = 0;
    for (const Element &e : m_session->takeStanzas()) {
        queries += e.name() == u"iq" ? 1 : 0;
    }
    QCOMPARE(queries, 1);
    QVERIFY(m_disco->queuedCapsAnnouncements() <= CapsQueryLimits().strangerQueue);
}

void TestPresenceManager::directedRecipientIsAContact()
{
    m_presence->setContactPolicy([](const Jid &) { return false; });
    QVERIFY(start());
    QVERIFY(!m_presence->isContact(jid("bot@service.example")));
    QVERIFY(m_presence->isContact(jid("user@example.com"))); // the account's own resources
    QVERIFY(m_presence->sendDirectedPresence(jid("bot@service.example/x")));
    QVERIFY(m_presence->isContact(jid("bot@service.example")));
    m_session->inject(resourceFlood("bot@service.example", 0, 10));
    QCOMPARE(m_presence->resourceCount(jid("bot@service.example")), 10);
    QVERIFY(m_presence->sendDirectedUnavailable(jid("bot@service.example/x")));
    QVERIFY(!m_presence->isContact(jid("bot@service.example")));
}

void TestPresenceManager::strangerErrorsAreNotKept()
{
    m_presence->setContactPolicy([](const Jid &bare) { return bare == jid("romeo@example.net"); });
    QVERIFY(start());
    QSignalSpy errors(m_presence.get(), &PresenceManager::presenceError);
    QByteArray flood;
    for (int i = 0; i < 1000; ++i) {
        flood += "<presence type='error' from='s" + QByteArray::number(i)
            + "@evil.example'><error type='cancel'><remote-server-not-found "
              "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>";
    }
    m_session->inject(flood);
    QCOMPARE(errors.size(), 1000); // signalled ...
    QVERIFY(!m_presence->lastError(jid("s0@evil.example"))); // ... not kept
    m_session->inject("<presence type='error' from='romeo@example.net'><error type='cancel'><remote-server-not-found "
                      "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>");
    QCOMPARE(m_presence->lastError(jid("romeo@example.net"))->condition, StanzaError::Condition::RemoteServerNotFound);
}

QTEST_GUILESS_MAIN(TestPresenceManager)
#include "tst_presencemanager.moc"
