// XEP-0207 eventing mode on the scripted server: the presence publication (§3, Listing 3) and contacts' presence
// events fed into PresenceManager (a contact seen both ways kept once), the authorization forms (§4, Listings
// 9-11), the one-to-one node (§6, Listing 18) with publish, acknowledgement by our own notification and the
// peer's messages, group chat (§5, Listings 13/16) with the room's history, and the hostile input: events from
// nodes never subscribed, items that are not presence or messages, forged replyto addresses and publishers, an
// owner other than the peer, oversized bodies and floods.
#include "ScriptedSession.h"
#include "XmlCompare.h"
#include "core/DataForm.h"
#include "disco/DiscoManager.h"
#include "eventing/EventingManager.h"
#include "im/PresenceManager.h"
#include "pubsub/PubSubManager.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemorySubscriptionRequestStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray service = "pubsub.example.com";
const QByteArray ownFull = "user@example.com/balcony";

int eventCounter = 0;

QByteArray eventMessage(const QByteArray &from, const QByteArray &node, const QByteArray &items)
{
    return "<message from='" + from + "' to='" + ownFull + "' type='headline' id='ev"
        + QByteArray::number(++eventCounter) + "'><event xmlns='http://jabber.org/protocol/pubsub#event'><items node='"
        + node + "'>" + items + "</items></event></message>";
}

QByteArray chatItem(const QByteArray &id, const QByteArray &body, const QByteArray &replyTo,
    const QByteArray &publisher = {}, const QByteArray &extra = {})
{
    const QByteArray pub = publisher.isEmpty() ? QByteArray() : " publisher='" + publisher + "'";
    return "<item id='" + id + "'" + pub + "><message xmlns='jabber:client'><body>" + body + "</body>" + extra
        + "<addresses xmlns='http://jabber.org/protocol/address'><address type='replyto' jid='" + replyTo
        + "'/></addresses></message></item>";
}

} // namespace

class TestEventing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void presencePublishedAtSessionStartAndOnChange();
    void contactPresenceEventShownOnce();
    void presenceEventsHostile();
    void oneToOneCreatesNodeAndAcknowledges();
    void oneToOneRefusedAndUnanswered();
    void peerMessagesAndHostileItems();
    void invitationChecks();
    void authorizationRequestAndAnswer();
    void authorizationIncomingApproved();
    void authorizationHostile();
    void roomJoinHistoryPublishLeave();
    void stateFileSurvivesRestart();
    void senderTimeAndRoomDeletion();

private:
    // The written stanzas; the first whose XML contains `needle` is returned and the rest stay in `rest`.
    Element take(const QString &needle);
    void reply(const Element &iq, const QByteArray &body = {});
    void replyError(const Element &iq, const QByteArray &condition);
    void build(const QString &stateFile = {});
    void openChatWith(const QByteArray &peer, const QByteArray &node);
    QList<StoredMessage> rows(const QString &conversation);

    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<DiscoManager> m_disco;
    std::unique_ptr<PubSubManager> m_pubsub;
    std::unique_ptr<PresenceManager> m_presence;
    std::unique_ptr<MemoryHistoryStore> m_history;
    std::unique_ptr<MemorySubscriptionRequestStore> m_requests;
    std::unique_ptr<EventingManager> m_eventing;
    QList<Element> m_rest;
};

void TestEventing::build(const QString &stateFile)
{
    m_session = std::make_unique<ScriptedSession>(QString::fromLatin1(ownFull));
    m_disco = std::make_unique<DiscoManager>(m_session->connection(), nullptr);
    m_pubsub = std::make_unique<PubSubManager>(m_session->connection(), m_disco.get());
    m_presence = std::make_unique<PresenceManager>(m_session->connection(), m_disco.get());
    m_presence->setContactPolicy([](const Jid &jid) { return jid.local() == u"alice" || jid.local() == u"bob"; });
    if (!m_history) {
        m_history = std::make_unique<MemoryHistoryStore>();
        m_requests = std::make_unique<MemorySubscriptionRequestStore>();
    }
    m_eventing = std::make_unique<EventingManager>(m_session->connection(), *m_pubsub, *m_presence, *m_history,
        *m_requests, m_disco.get(), *Jid::parse(QString::fromLatin1(service)));
    if (!stateFile.isEmpty()) {
        QVERIFY(m_eventing->setStateFile(stateFile));
    }
    QVERIFY(m_session->login());
    m_rest.clear();
}

void TestEventing::init()
{
    build();
    // The session start: the initial presence and its publication to the PEP node (Listing 3).
    const Element publish = take(u"<publish node=\"presence\""_s);
    QVERIFY(!publish.isNull());
    reply(publish);
    m_rest.clear();
}

void TestEventing::cleanup()
{
    m_eventing.reset();
    m_presence.reset();
    m_pubsub.reset();
    m_disco.reset();
    m_session.reset();
    m_history.reset();
    m_requests.reset();
}

Element TestEventing::take(const QString &needle)
{
    m_rest += m_session->takeStanzas();
    for (qsizetype i = 0; i < m_rest.size(); ++i) {
        if (m_rest.at(i).toString(u"jabber:client"_s).contains(needle)) {
            return m_rest.takeAt(i);
        }
    }
    qWarning() << "nothing written contains" << needle;
    for (const Element &e : std::as_const(m_rest)) {
        qWarning().noquote() << "  " << e.toString(u"jabber:client"_s);
    }
    return Element();
}

void TestEventing::reply(const Element &iq, const QByteArray &body)
{
    const QByteArray from = iq.hasAttribute(u"to") ? " from='" + iq.attribute(u"to").toUtf8() + "'" : QByteArray();
    m_session->inject("<iq type='result' id='" + iq.attribute(u"id").toUtf8() + "'" + from + ">" + body + "</iq>");
}

void TestEventing::replyError(const Element &iq, const QByteArray &condition)
{
    const QByteArray from = iq.hasAttribute(u"to") ? " from='" + iq.attribute(u"to").toUtf8() + "'" : QByteArray();
    m_session->inject("<iq type='error' id='" + iq.attribute(u"id").toUtf8() + "'" + from + "><error type='cancel'><"
        + condition + " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
}

QList<StoredMessage> TestEventing::rows(const QString &conversation)
{
    return m_history->page(*Jid::parse(conversation), 100);
}

void TestEventing::openChatWith(const QByteArray &peer, const QByteArray &node)
{
    m_session->inject("<message from='" + peer + "/phone' to='" + ownFull
        + "'><chat xmlns='urn:xmpp:balcony:eventing:0' service='" + service + "' node='" + node + "'/></message>");
}

void TestEventing::presencePublishedAtSessionStartAndOnChange()
{
    // Listing 3, with publish-options access_model=presence; the caps announce presence+notify.
    QVERIFY(m_disco->ownInfo().features.contains(u"presence+notify"_s));
    QCOMPARE(m_eventing->presencePublications(), 1);
    m_presence->setPresence(Presence::Show::Away, u"Moping"_s);
    const Element publish = take(u"<publish node=\"presence\""_s);
    QVERIFY(!publish.isNull());
    const QString id = publish.attribute(u"id");
    Element expected = parseFragment("<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                                     "<publish node='presence'><item id='balcony'><presence from='"
        + ownFull
        + "' xmlns='jabber:client'><show>away</show><status>Moping</status></presence></item></publish>"
          "<publish-options><x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
          "<value>http://jabber.org/protocol/pubsub#publish-options</value></field>"
          "<field var='pubsub#access_model' type='list-single'><value>presence</value></field></x>"
          "</publish-options></pubsub></iq>");
    expected.setAttribute(u"id"_s, id);
    // The presence carries whatever the PresenceManager puts in (caps): compare the parts that matter.
    const Element item = publish.firstChild(u"pubsub").firstChild(u"publish").firstChild(u"item");
    QCOMPARE(item.attribute(u"id"), u"balcony"_s);
    const Element presence = item.firstChild(u"presence", u"jabber:client");
    QCOMPARE(presence.attribute(u"from"), QString::fromLatin1(ownFull));
    QCOMPARE(presence.childText(u"show", u"jabber:client"), u"away"_s);
    QCOMPARE(presence.childText(u"status", u"jabber:client"), u"Moping"_s);
    QCOMPARE(normalize(publish.firstChild(u"pubsub").firstChild(u"publish-options"), u"jabber:client"_s),
        normalize(expected.firstChild(u"pubsub").firstChild(u"publish-options"), u"jabber:client"_s));
    QSignalSpy published(m_eventing.get(), &EventingManager::presencePublished);
    reply(publish);
    QCOMPARE(published.size(), 1);
    QCOMPARE(published.first().at(0).toBool(), true);
    QCOMPARE(m_eventing->presencePublications(), 2);
    // The ordinary presence still went out.
    QVERIFY(!take(u"<status>Moping</status>"_s).isNull());
}

void TestEventing::contactPresenceEventShownOnce()
{
    // Listing 4: alice's PEP service notifies her presence; then the same resource's ordinary presence.
    m_session->inject(eventMessage("alice@example.com", "presence",
        "<item id='phone'><presence xmlns='jabber:client' from='alice@example.com/phone'><show>dnd</show>"
        "<status>in a meeting</status></presence></item>"));
    const Jid alice = *Jid::parse(u"alice@example.com"_s);
    QCOMPARE(m_presence->resourceCount(alice), 1);
    QCOMPARE(m_presence->availability(alice), PresenceManager::Availability::Dnd);
    m_session->inject("<presence from='alice@example.com/phone' to='" + ownFull + "'><status>free</status></presence>");
    QCOMPARE(m_presence->resourceCount(alice), 1);
    QCOMPARE(m_presence->bestResource(alice)->status, u"free"_s);
    // An unavailable item removes the resource like ordinary unavailable presence.
    m_session->inject(eventMessage("alice@example.com", "presence",
        "<item id='phone'><presence xmlns='jabber:client' from='alice@example.com/phone' type='unavailable'/></item>"));
    QCOMPARE(m_presence->resourceCount(alice), 0);
    QCOMPARE(m_eventing->ignoredEvents(), quint64(0));
}

void TestEventing::presenceEventsHostile()
{
    QSignalSpy ignored(m_eventing.get(), &EventingManager::eventIgnored);
    // A stranger (not a contact, no authorization) publishing presence to us.
    m_session->inject(eventMessage("mallory@example.com", "presence",
        "<item id='x'><presence xmlns='jabber:client' from='mallory@example.com/x'/></item>"));
    QCOMPARE(ignored.size(), 1);
    QVERIFY(ignored.last().first().toString().contains(u"neither a contact"_s));
    QCOMPARE(m_presence->resourceCount(*Jid::parse(u"mallory@example.com"_s)), 0);
    // alice's node claiming bob's presence.
    m_session->inject(eventMessage("alice@example.com", "presence",
        "<item id='x'><presence xmlns='jabber:client' from='bob@example.com/x'/></item>"));
    QCOMPARE(ignored.size(), 2);
    QVERIFY(ignored.last().first().toString().contains(u"another sender"_s));
    QCOMPARE(m_presence->resourceCount(*Jid::parse(u"bob@example.com"_s)), 0);
    // A bare 'from' in the item, an item that is not presence, a subscription type.
    m_session->inject(eventMessage("alice@example.com", "presence",
        "<item id='x'><presence xmlns='jabber:client' from='alice@example.com'/></item>"));
    m_session->inject(
        eventMessage("alice@example.com", "presence", "<item id='x'><message xmlns='jabber:client'/></item>"));
    m_session->inject(eventMessage("alice@example.com", "presence",
        "<item id='x'><presence xmlns='jabber:client' from='alice@example.com/x' type='subscribed'/></item>"));
    QCOMPARE(ignored.size(), 5);
    QCOMPARE(m_presence->resourceCount(*Jid::parse(u"alice@example.com"_s)), 0);
    // A flood in one event: at most maxItemsPerEvent() taken.
    QByteArray items;
    for (int i = 0; i < EventingManager::maxItemsPerEvent() + 30; ++i) {
        items += "<item id='r" + QByteArray::number(i) + "'><presence xmlns='jabber:client' from='alice@example.com/r"
            + QByteArray::number(i) + "'/></item>";
    }
    m_session->inject(eventMessage("alice@example.com", "presence", items));
    QVERIFY(m_presence->resourceCount(*Jid::parse(u"alice@example.com"_s)) <= EventingManager::maxItemsPerEvent());
    QVERIFY(ignored.last().first().toString().contains(u"more than"_s));
    // An event from a pubsub node nobody subscribed to.
    m_session->inject(eventMessage(service, "secret", chatItem("1", "hi", "bob@example.com/x")));
    QVERIFY(ignored.last().first().toString().contains(u"never subscribed"_s));
    QVERIFY(rows(u"bob@example.com"_s).isEmpty());
}

void TestEventing::oneToOneCreatesNodeAndAcknowledges()
{
    QSignalSpy states(m_eventing.get(), &EventingManager::messageStateChanged);
    const qint64 id = m_eventing->sendMessage(*Jid::parse(u"bob@example.com/laptop"_s), u"wherefore art thou?"_s);
    QVERIFY(id > 0);
    QCOMPARE(m_history->message(id)->state, MessageState::Queued);
    QVERIFY(m_history->message(id)->flags.testFlag(MessageFlag::Eventing));
    // Listing 18: create with a whitelist configuration naming bob as publisher.
    const Element create = take(u"<create node=\""_s);
    QVERIFY(!create.isNull());
    QCOMPARE(create.attribute(u"to"), QString::fromLatin1(service));
    const QString node = create.firstChild(u"pubsub").firstChild(u"create").attribute(u"node");
    QVERIFY(node.startsWith(u"balcony-chat-"_s));
    const auto config = DataForm::fromElement(
        create.firstChild(u"pubsub").firstChild(u"configure").firstChild(u"x", DataForm::xmlns()));
    QVERIFY(config);
    QCOMPARE(config->field(u"pubsub#access_model")->values, QStringList { u"whitelist"_s });
    QCOMPARE(config->field(u"pubsub#publisher")->values, QStringList { u"bob@example.com"_s });
    reply(create);
    const Element affiliations = take(u"<affiliations node=\""_s);
    QVERIFY(!affiliations.isNull());
    const Element publisher = affiliations.firstChild(u"pubsub").firstChild(u"affiliations").firstChild(u"affiliation");
    QCOMPARE(publisher.attribute(u"jid"), u"bob@example.com"_s);
    QCOMPARE(publisher.attribute(u"affiliation"), u"publisher"_s);
    reply(affiliations);
    const Element subscriptions = take(u"<subscriptions node=\""_s);
    QVERIFY(!subscriptions.isNull());
    const QString subs = subscriptions.toString(u"jabber:client"_s);
    QVERIFY(subs.contains(u"jid=\"bob@example.com\""_s));
    QVERIFY(subs.contains(u"jid=\"user@example.com\""_s));
    reply(subscriptions);
    // The peer learns the node; the message is published (Listing 19) with replyto and origin-id.
    const Element invitation = take(u"urn:xmpp:balcony:eventing:0"_s);
    QCOMPARE(invitation.attribute(u"to"), u"bob@example.com"_s);
    QCOMPARE(invitation.firstChild(u"chat").attribute(u"node"), node);
    const Element publish = take(u"<publish node=\""_s + node);
    QVERIFY(!publish.isNull());
    const Element item = publish.firstChild(u"pubsub").firstChild(u"publish").firstChild(u"item");
    const QString itemId = item.attribute(u"id");
    QCOMPARE(item.firstChild(u"message").childText(u"body", u"jabber:client"), u"wherefore art thou?"_s);
    const Element address = item.firstChild(u"message")
                                .firstChild(u"addresses", u"http://jabber.org/protocol/address")
                                .firstChild(u"address", u"http://jabber.org/protocol/address");
    QCOMPARE(address.attribute(u"type"), u"replyto"_s);
    QCOMPARE(address.attribute(u"jid"), QString::fromLatin1(ownFull));
    QCOMPARE(m_history->message(id)->state, MessageState::Sent);
    reply(publish);
    QCOMPARE(m_history->message(id)->state, MessageState::Sent); // the result is not the acknowledgement
    QCOMPARE(m_eventing->unacknowledged(), 1);
    // Listing 20: our own notification acknowledges it.
    m_session->inject(eventMessage(
        service, node.toUtf8(), chatItem(itemId.toUtf8(), "wherefore art thou?", ownFull, "user@example.com")));
    QCOMPARE(m_history->message(id)->state, MessageState::AckedByServer);
    QCOMPARE(m_eventing->unacknowledged(), 0);
    QCOMPARE(states.last().at(1).value<MessageState>(), MessageState::AckedByServer);
    QCOMPARE(rows(u"bob@example.com"_s).size(), 1); // not stored twice
    // The next message reuses the node: no second create.
    const qint64 second = m_eventing->sendMessage(*Jid::parse(u"bob@example.com"_s), u"again"_s);
    QVERIFY(second > 0);
    QVERIFY(!take(u"<publish node=\""_s + node).isNull());
    QVERIFY(m_rest.isEmpty());
}

void TestEventing::oneToOneRefusedAndUnanswered()
{
    // A refused create fails the message; an unanswered one leaves it queued for the next session.
    const qint64 refused = m_eventing->sendMessage(*Jid::parse(u"bob@example.com"_s), u"one"_s);
    replyError(take(u"<create node=\""_s), "forbidden");
    QCOMPARE(m_history->message(refused)->state, MessageState::Failed);
    QVERIFY(!m_history->message(refused)->errorText.isEmpty());
    // Oversized and empty bodies, ourselves, and a domain are refused before anything is stored.
    QCOMPARE(
        m_eventing->sendMessage(*Jid::parse(u"bob@example.com"_s), QString(EventingManager::maxBodyLength() + 1, u'x')),
        qint64(0));
    QCOMPARE(m_eventing->sendMessage(*Jid::parse(u"bob@example.com"_s), QString()), qint64(0));
    QCOMPARE(m_eventing->sendMessage(*Jid::parse(u"user@example.com/other"_s), u"me"_s), qint64(0));
    QCOMPARE(m_eventing->sendMessage(*Jid::parse(u"example.com"_s), u"server"_s), qint64(0));
    openChatWith("bob@example.com", "node-b");
    const qint64 queued = m_eventing->sendMessage(*Jid::parse(u"bob@example.com"_s), u"two"_s);
    const Element publish = take(u"<publish node=\"node-b\""_s);
    QVERIFY(!publish.isNull());
    // A publish error from the service fails it.
    replyError(publish, "not-authorized");
    QCOMPARE(m_history->message(queued)->state, MessageState::Failed);
}

void TestEventing::peerMessagesAndHostileItems()
{
    openChatWith("bob@example.com", "node-b");
    QCOMPARE(m_eventing->chatNode(*Jid::parse(u"bob@example.com"_s)), u"node-b"_s);
    QSignalSpy stored(m_eventing.get(), &EventingManager::messageStored);
    QSignalSpy ignored(m_eventing.get(), &EventingManager::eventIgnored);
    m_session->inject(
        eventMessage(service, "node-b", chatItem("m1", "hello", "bob@example.com/phone", "bob@example.com")));
    QCOMPARE(stored.size(), 1);
    const StoredMessage message = stored.first().at(1).value<StoredMessage>();
    QCOMPARE(message.conversation, *Jid::parse(u"bob@example.com"_s));
    QCOMPARE(message.from, *Jid::parse(u"bob@example.com/phone"_s));
    QCOMPARE(message.body, u"hello"_s);
    QCOMPARE(message.direction, MessageDirection::Incoming);
    QVERIFY(message.flags.testFlag(MessageFlag::Eventing));
    // The same item again (a resend): stored once.
    m_session->inject(
        eventMessage(service, "node-b", chatItem("m1", "hello", "bob@example.com/phone", "bob@example.com")));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(rows(u"bob@example.com"_s).size(), 1);
    // Forged replyto: carol in bob's node; bob's address published by carol; no replyto at all.
    m_session->inject(eventMessage(service, "node-b", chatItem("m2", "forged", "carol@example.com/x")));
    QVERIFY(ignored.last().first().toString().contains(u"is not the peer"_s));
    m_session->inject(
        eventMessage(service, "node-b", chatItem("m3", "forged", "bob@example.com/x", "carol@example.com")));
    QVERIFY(ignored.last().first().toString().contains(u"forged replyto"_s));
    m_session->inject(eventMessage(
        service, "node-b", "<item id='m4'><message xmlns='jabber:client'><body>anonymous</body></message></item>"));
    QVERIFY(ignored.last().first().toString().contains(u"without a replyto"_s));
    // Not a message; an empty body; an oversized body.
    m_session->inject(
        eventMessage(service, "node-b", "<item id='m5'><entry xmlns='http://www.w3.org/2005/Atom'/></item>"));
    QVERIFY(ignored.last().first().toString().contains(u"not a <message/>"_s));
    m_session->inject(eventMessage(service, "node-b", chatItem("m6", "", "bob@example.com/x")));
    m_session->inject(eventMessage(
        service, "node-b", chatItem("m7", QByteArray(EventingManager::maxBodyLength() + 1, 'x'), "bob@example.com/x")));
    QVERIFY(ignored.last().first().toString().contains(u"over the limit"_s));
    // Our own replyto on an item we never published (not pending): kept as sent by another resource of ours.
    m_session->inject(
        eventMessage(service, "node-b", chatItem("m8", "from my phone", "user@example.com/phone", "user@example.com")));
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.last().at(1).value<StoredMessage>().direction, MessageDirection::Outgoing);
    // Events of a chat node from another service are not ours.
    m_session->inject(eventMessage("pubsub.evil.example", "node-b", chatItem("m9", "hi", "bob@example.com/x")));
    QCOMPARE(stored.size(), 2);
    QCOMPARE(rows(u"bob@example.com"_s).size(), 2);
    QCOMPARE(rows(u"carol@example.com"_s).size(), 0);
}

void TestEventing::invitationChecks()
{
    QSignalSpy ignored(m_eventing.get(), &EventingManager::eventIgnored);
    openChatWith("bob@example.com", "node-b");
    // Another service (a wrong host), carol claiming bob's node (an owner other than the peer), no node.
    m_session->inject("<message from='carol@example.com/x' to='" + ownFull
        + "'><chat xmlns='urn:xmpp:balcony:eventing:0' service='pubsub.evil.example' node='n'/></message>");
    QVERIFY(ignored.last().first().toString().contains(u"another service"_s));
    m_session->inject("<message from='carol@example.com/x' to='" + ownFull
        + "'><chat xmlns='urn:xmpp:balcony:eventing:0' service='" + service + "' node='node-b'/></message>");
    QVERIFY(ignored.last().first().toString().contains(u"owner is not the peer"_s));
    m_session->inject("<message from='example.com' to='" + ownFull
        + "'><chat xmlns='urn:xmpp:balcony:eventing:0' service='" + service + "' node='n2'/></message>");
    QVERIFY(ignored.last().first().toString().contains(u"without a user"_s));
    QCOMPARE(ignored.size(), 3);
    QCOMPARE(m_eventing->chatNode(*Jid::parse(u"bob@example.com"_s)), u"node-b"_s);
    QVERIFY(m_eventing->chatNode(*Jid::parse(u"carol@example.com"_s)).isEmpty());
    // carol's items in bob's node are not accepted either.
    m_session->inject(
        eventMessage(service, "node-b", chatItem("c1", "hi", "carol@example.com/x", "carol@example.com")));
    QCOMPARE(rows(u"carol@example.com"_s).size(), 0);
    QCOMPARE(rows(u"bob@example.com"_s).size(), 0);
    // A flood of invitations is bounded.
    for (int i = 0; i < EventingManager::maxChatNodes() + 10; ++i) {
        m_session->inject("<message from='s" + QByteArray::number(i) + "@example.com/x' to='" + ownFull
            + "'><chat xmlns='urn:xmpp:balcony:eventing:0' service='" + service + "' node='f" + QByteArray::number(i)
            + "'/></message>");
    }
    QVERIFY(ignored.last().first().toString().contains(u"too many chat nodes"_s));
    QVERIFY(m_session->takeStanzas().isEmpty()); // nothing answered
}

void TestEventing::authorizationRequestAndAnswer()
{
    QSignalSpy answered(m_eventing.get(), &EventingManager::authorizationAnswered);
    QVERIFY(m_eventing->requestAuthorization(*Jid::parse(u"juliet@capulet.example"_s)));
    // Listing 9.
    const Element subscribe = take(u"<subscribe jid=\"user@example.com\" node=\"presence\""_s);
    QCOMPARE(subscribe.attribute(u"to"), u"juliet@capulet.example"_s);
    QCOMPARE(subscribe.firstChild(u"pubsub").firstChild(u"subscribe").attribute(u"jid"), u"user@example.com"_s);
    replyError(subscribe, "forbidden");
    // Listing 10, from the subscriber to the owner.
    const Element request = take(u"subscribe_authorization"_s);
    QCOMPARE(request.attribute(u"to"), u"juliet@capulet.example"_s);
    const QString requestId = request.attribute(u"id");
    QVERIFY(!requestId.isEmpty());
    const auto form = DataForm::fromElement(request.firstChild(u"x", DataForm::xmlns()));
    QVERIFY(form);
    QCOMPARE(form->type(), DataForm::Type::Form);
    QCOMPARE(form->field(u"pubsub#node")->values, QStringList { u"presence"_s });
    QCOMPARE(form->field(u"pubsub#subscriber_jid")->values, QStringList { u"user@example.com"_s });
    QCOMPARE(form->field(u"pubsub#allow")->values, QStringList { u"false"_s });
    // An answer with another id, or from someone else: not ours.
    QSignalSpy ignored(m_eventing.get(), &EventingManager::eventIgnored);
    auto answer = [](const QByteArray &from, const QByteArray &id, const QByteArray &allow) -> QByteArray {
        return "<message from='" + from + "' to='" + ownFull + "' id='" + id
            + "'><x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'><value>"
              "http://jabber.org/protocol/pubsub#subscribe_authorization</value></field><field var='pubsub#node'>"
              "<value>presence</value></field><field var='pubsub#subscriber_jid'><value>user@example.com</value>"
              "</field><field var='pubsub#allow'><value>"
            + allow + "</value></field></x></message>";
    };
    m_session->inject(answer("juliet@capulet.example/balcony", "other-id", "true"));
    m_session->inject(answer("nurse@capulet.example/x", requestId.toUtf8(), "true"));
    QCOMPARE(ignored.size(), 2);
    QVERIFY(ignored.last().first().toString().contains(u"no request of ours"_s));
    QVERIFY(m_session->takeStanzas().isEmpty());
    // Listing 11 with our id: subscribe again, then read the current item.
    m_session->inject(answer("juliet@capulet.example/balcony", requestId.toUtf8(), "true"));
    const Element again = take(u"<subscribe jid=\"user@example.com\" node=\"presence\""_s);
    reply(again);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().at(1).toBool(), true);
    QCOMPARE(m_eventing->authorizedContacts(), QList<Jid> { *Jid::parse(u"juliet@capulet.example"_s) });
    const Element items = take(u"<items max_items=\"1\" node=\"presence\""_s);
    reply(items,
        "<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='presence'><item id='balcony'>"
        "<presence xmlns='jabber:client' from='juliet@capulet.example/balcony'><status>Moping</status></presence>"
        "</item></items></pubsub>");
    // juliet is no roster contact, but authorized: her presence is taken, from items and events.
    const Jid juliet = *Jid::parse(u"juliet@capulet.example"_s);
    QCOMPARE(m_presence->resourceCount(juliet), 1);
    QCOMPARE(m_presence->bestResource(juliet)->status, u"Moping"_s);
    m_session->inject(eventMessage("juliet@capulet.example", "presence",
        "<item id='balcony'><presence xmlns='jabber:client' from='juliet@capulet.example/balcony'><show>xa</show>"
        "</presence></item>"));
    QCOMPARE(m_presence->availability(juliet), PresenceManager::Availability::Xa);
    // The same answer again is no longer expected.
    m_session->inject(answer("juliet@capulet.example/balcony", requestId.toUtf8(), "true"));
    QVERIFY(ignored.last().first().toString().contains(u"no request of ours"_s));
}

void TestEventing::authorizationIncomingApproved()
{
    QSignalSpy requested(m_eventing.get(), &EventingManager::authorizationRequested);
    m_session->inject("<message from='bard@shakespeare.example/globe' to='" + ownFull
        + "' id='approve1'><x xmlns='jabber:x:data' type='form'><title>PubSub subscriber request</title>"
          "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#subscribe_authorization"
          "</value></field><field var='pubsub#node' type='text-single'><value>presence</value></field>"
          "<field var='pubsub#subscriber_jid' type='jid-single'><value>bard@shakespeare.example</value></field>"
          "<field var='pubsub#allow' type='boolean'><value>false</value></field></x></message>");
    QCOMPARE(requested.size(), 1);
    // In the same list as ordinary subscription requests.
    QCOMPARE(m_requests->requests().size(), 1);
    QCOMPARE(m_requests->requests().first().from, *Jid::parse(u"bard@shakespeare.example"_s));
    QVERIFY(m_eventing->hasAuthorizationRequest(*Jid::parse(u"bard@shakespeare.example"_s)));
    QVERIFY(m_eventing->answerAuthorization(*Jid::parse(u"bard@shakespeare.example"_s), true));
    QCOMPARE(m_requests->requests().size(), 0);
    // bard becomes a member of our presence node ...
    const Element affiliation = take(u"<affiliations node=\"presence\""_s);
    QVERIFY(!affiliation.hasAttribute(u"to"));
    const Element member = affiliation.firstChild(u"pubsub").firstChild(u"affiliations").firstChild(u"affiliation");
    QCOMPARE(member.attribute(u"jid"), u"bard@shakespeare.example"_s);
    QCOMPARE(member.attribute(u"affiliation"), u"member"_s);
    reply(affiliation);
    // ... and gets Listing 11 with the original id.
    const Element approval = take(u"subscribe_authorization"_s);
    QCOMPARE(approval.attribute(u"id"), u"approve1"_s);
    QCOMPARE(approval.attribute(u"to"), u"bard@shakespeare.example"_s);
    const auto form = DataForm::fromElement(approval.firstChild(u"x", DataForm::xmlns()));
    QCOMPARE(form->type(), DataForm::Type::Submit);
    QCOMPARE(form->field(u"pubsub#allow")->values, QStringList { u"true"_s });
    QCOMPARE(form->field(u"pubsub#subscriber_jid")->values, QStringList { u"bard@shakespeare.example"_s });
    QVERIFY(!m_eventing->answerAuthorization(*Jid::parse(u"bard@shakespeare.example"_s), true)); // answered
}

void TestEventing::authorizationHostile()
{
    QSignalSpy ignored(m_eventing.get(), &EventingManager::eventIgnored);
    auto form = [](const QByteArray &from, const QByteArray &node, const QByteArray &subscriber,
                    const QByteArray &id) -> QByteArray {
        return "<message from='" + from + "' to='" + ownFull + "' id='" + id
            + "'><x xmlns='jabber:x:data' type='form'><field var='FORM_TYPE' type='hidden'><value>"
              "http://jabber.org/protocol/pubsub#subscribe_authorization</value></field><field var='pubsub#node'>"
              "<value>"
            + node + "</value></field><field var='pubsub#subscriber_jid'><value>" + subscriber
            + "</value></field></x></message>";
    };
    m_session->inject(form("mallory@example.com/x", "presence", "alice@example.com", "a1")); // another subscriber
    m_session->inject(form("mallory@example.com/x", "secret", "mallory@example.com", "a2")); // another node
    m_session->inject(form("example.com", "presence", "example.com", "a3")); // no user
    m_session->inject(form("mallory@example.com/x", "presence", "mallory@example.com", "")); // no id
    QCOMPARE(ignored.size(), 4);
    QCOMPARE(m_requests->count(), 0);
    // Other forms in messages are not ours (left to the other modules).
    m_session->inject("<message from='mallory@example.com/x' to='" + ownFull
        + "'><x xmlns='jabber:x:data' type='form'><field var='FORM_TYPE' type='hidden'><value>urn:example</value>"
          "</field></x></message>");
    QCOMPARE(ignored.size(), 4);
    // A flood from many addresses: bounded.
    for (int i = 0; i < EventingManager::maxAuthorizations() + 20; ++i) {
        const QByteArray jid = "s" + QByteArray::number(i) + "@example.com";
        m_session->inject(form(jid + "/x", "presence", jid, "f" + QByteArray::number(i)));
    }
    QCOMPARE(m_requests->count(), EventingManager::maxAuthorizations());
    QVERIFY(ignored.last().first().toString().contains(u"too many"_s));
    QVERIFY(m_session->takeStanzas().isEmpty());
}

void TestEventing::roomJoinHistoryPublishLeave()
{
    QSignalSpy joined(m_eventing.get(), &EventingManager::roomJoined);
    QVERIFY(!m_eventing->joinRoom(u"bad/name"_s, u"JC"_s));
    QVERIFY(!m_eventing->joinRoom(u"characters"_s, QString(EventingManager::maxNickLength() + 1, u'n')));
    QVERIFY(m_eventing->joinRoom(u"characters"_s, u"JC"_s));
    // Listing 13: subscribe with the roomnick option; the room does not exist yet: created, then subscribed.
    const Element subscribe = take(u"<subscribe jid=\"user@example.com\" node=\"characters\""_s);
    QCOMPARE(subscribe.attribute(u"to"), QString::fromLatin1(service));
    const auto options = DataForm::fromElement(
        subscribe.firstChild(u"pubsub").firstChild(u"options").firstChild(u"x", DataForm::xmlns()));
    QCOMPARE(options->formType(), u"http://jabber.org/protocol/pubsub#subscribe_options"_s);
    QCOMPARE(options->field(u"roomnick")->values, QStringList { u"JC"_s });
    replyError(subscribe, "item-not-found");
    const Element create = take(u"<create node=\"characters\""_s);
    QVERIFY(create.toString(u"jabber:client"_s).contains(u"<value>open</value>"_s));
    reply(create);
    reply(take(u"<subscribe jid=\"user@example.com\" node=\"characters\""_s));
    // The history from the node's items (one foreign item dropped: not a message).
    const Element items = take(u"<items max_items=\"50\" node=\"characters\""_s);
    reply(items,
        "<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='characters'>"
            + chatItem("h1", "earlier", "romeo@example.com/mobile", "romeo@example.com",
                "<nick xmlns='http://jabber.org/protocol/nick'>Romeo</nick>")
            + "<item id='h2'><geoloc xmlns='http://jabber.org/protocol/geoloc'/></item></items></pubsub>");
    QCOMPARE(joined.size(), 1);
    QVERIFY(m_eventing->isJoined(u"characters"_s));
    const Jid room = m_eventing->roomJid(u"characters"_s);
    QCOMPARE(room.toString(), u"characters@pubsub.example.com"_s);
    QList<StoredMessage> history = rows(room.toString());
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().from.resource(), u"Romeo"_s);
    QCOMPARE(history.first().type, Message::Type::GroupChat);
    // Listing 16: our message; its notification acknowledges it.
    const qint64 id = m_eventing->sendRoomMessage(u"characters"_s, u"hi"_s);
    QVERIFY(id > 0);
    const Element publish = take(u"<publish node=\"characters\""_s);
    const Element item = publish.firstChild(u"pubsub").firstChild(u"publish").firstChild(u"item");
    QCOMPARE(item.firstChild(u"message").attribute(u"type"), u"groupchat"_s);
    QCOMPARE(item.firstChild(u"message").childText(u"nick", u"http://jabber.org/protocol/nick"), u"JC"_s);
    reply(publish);
    m_session->inject(eventMessage(service, "characters",
        chatItem(item.attribute(u"id").toUtf8(), "hi", ownFull, "user@example.com",
            "<nick xmlns='http://jabber.org/protocol/nick'>JC</nick>")));
    QCOMPARE(m_history->message(id)->state, MessageState::AckedByServer);
    // Another occupant; a forged replyto in the room.
    m_session->inject(eventMessage(service, "characters",
        chatItem("n1", "hello all", "bard@example.com/globe", "bard@example.com",
            "<nick xmlns='http://jabber.org/protocol/nick'>Bard</nick>")));
    QSignalSpy ignored(m_eventing.get(), &EventingManager::eventIgnored);
    m_session->inject(eventMessage(
        service, "characters", chatItem("n2", "I am romeo", "romeo@example.com/mobile", "mallory@example.com")));
    QCOMPARE(ignored.size(), 1);
    // Another account using Bard's nick is shown with its address, not as Bard.
    m_session->inject(eventMessage(service, "characters",
        chatItem("n4", "I am the bard", "mallory@example.com/x", "mallory@example.com",
            "<nick xmlns='http://jabber.org/protocol/nick'>Bard</nick>")));
    QCOMPARE(ignored.size(), 2);
    history = rows(room.toString());
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.first().body, u"I am the bard"_s);
    QCOMPARE(history.first().from.resource(), u"Bard (mallory@example.com)"_s);
    // Leave: unsubscribe; later events from the room are ignored.
    QVERIFY(m_eventing->leaveRoom(u"characters"_s));
    const Element unsubscribe = take(u"<unsubscribe jid=\"user@example.com\" node=\"characters\""_s);
    QCOMPARE(unsubscribe.firstChild(u"pubsub").firstChild(u"unsubscribe").attribute(u"jid"), u"user@example.com"_s);
    reply(unsubscribe);
    m_session->inject(eventMessage(service, "characters", chatItem("n3", "after", "bard@example.com/globe")));
    QCOMPARE(rows(room.toString()).size(), 4);
    QVERIFY(ignored.last().first().toString().contains(u"never subscribed"_s));
    QCOMPARE(m_eventing->sendRoomMessage(u"characters"_s, u"gone"_s), qint64(0));
}

void TestEventing::stateFileSurvivesRestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"eventing.json"_s);
    cleanup();
    build(file);
    openChatWith("bob@example.com", "node-b");
    m_session->inject("<message from='bard@shakespeare.example/globe' to='" + ownFull
        + "' id='approve1'><x xmlns='jabber:x:data' type='form'><field var='FORM_TYPE' type='hidden'><value>"
          "http://jabber.org/protocol/pubsub#subscribe_authorization</value></field><field var='pubsub#node'>"
          "<value>presence</value></field><field var='pubsub#subscriber_jid'><value>bard@shakespeare.example"
          "</value></field></x></message>");
    // A message published without an answer (the process ends first): still Queued/Sent in the history.
    const qint64 unconfirmed = m_eventing->sendMessage(*Jid::parse(u"bob@example.com"_s), u"not confirmed"_s);
    const Element first = take(u"<publish node=\"node-b\""_s);
    const QString itemId = first.firstChild(u"pubsub").firstChild(u"publish").firstChild(u"item").attribute(u"id");
    QVERIFY(!itemId.isEmpty());
    m_eventing.reset();
    m_presence.reset();
    m_pubsub.reset();
    m_disco.reset();
    m_session.reset();
    // A new process on the same profile: the node and the request (with its id) are known.
    build(file);
    QCOMPARE(m_eventing->chatNode(*Jid::parse(u"bob@example.com"_s)), u"node-b"_s);
    // ... published again at the session start, with the same item id, and acknowledged by its notification.
    const Element again = take(u"<publish node=\"node-b\""_s);
    QCOMPARE(again.firstChild(u"pubsub").firstChild(u"publish").firstChild(u"item").attribute(u"id"), itemId);
    reply(again);
    m_session->inject(
        eventMessage(service, "node-b", chatItem(itemId.toUtf8(), "not confirmed", ownFull, "user@example.com")));
    QCOMPARE(m_history->message(unconfirmed)->state, MessageState::AckedByServer);
    QVERIFY(m_eventing->answerAuthorization(*Jid::parse(u"bard@shakespeare.example"_s), false));
    const Element refusal = take(u"subscribe_authorization"_s);
    QCOMPARE(refusal.attribute(u"id"), u"approve1"_s);
    // A corrupt state file is refused, not half-read.
    QFile corrupt(dir.filePath(u"bad.json"_s));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("{ not json");
    corrupt.close();
    QVERIFY(!m_eventing->setStateFile(corrupt.fileName()));
}

void TestEventing::senderTimeAndRoomDeletion()
{
    openChatWith("bob@example.com", "node-b");
    // The sender's XEP-0203 stamp orders the history; one from the future is not believed.
    const QByteArray old = "<delay xmlns='urn:xmpp:delay' stamp='2026-01-02T03:04:05.000Z'/>";
    const QByteArray future = "<delay xmlns='urn:xmpp:delay' stamp='2999-01-01T00:00:00Z'/>";
    m_session->inject(
        eventMessage(service, "node-b", chatItem("t1", "old", "bob@example.com/x", "bob@example.com", old)));
    m_session->inject(
        eventMessage(service, "node-b", chatItem("t2", "future", "bob@example.com/x", "bob@example.com", future)));
    const QList<StoredMessage> got = rows(u"bob@example.com"_s);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.last().body, u"old"_s); // oldest last (newest first)
    QCOMPARE(got.last().sentTime, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QVERIFY(got.first().sentTime < QDateTime::currentDateTimeUtc().addSecs(60));
    // Our own items carry the stamp.
    const qint64 id = m_eventing->sendMessage(*Jid::parse(u"bob@example.com"_s), u"stamped"_s);
    const Element publish = take(u"<publish node=\"node-b\""_s);
    QVERIFY(publish.toString(u"jabber:client"_s).contains(u"urn:xmpp:delay"_s));
    QVERIFY(id > 0);
    // A deleted room is left.
    QVERIFY(m_eventing->joinRoom(u"gone"_s, u"JC"_s));
    reply(take(u"<subscribe jid=\"user@example.com\" node=\"gone\""_s));
    reply(take(u"<items max_items=\"50\" node=\"gone\""_s),
        "<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='gone'/></pubsub>");
    QVERIFY(m_eventing->isJoined(u"gone"_s));
    QSignalSpy left(m_eventing.get(), &EventingManager::roomLeft);
    m_session->inject("<message from='" + service + "' to='" + ownFull
        + "'><event xmlns='http://jabber.org/protocol/pubsub#event'><delete node='gone'/></event></message>");
    QCOMPARE(left.size(), 1);
    QVERIFY(!m_eventing->isJoined(u"gone"_s));
    QVERIFY(!m_eventing->rooms().contains(u"gone"_s));
}

QTEST_GUILESS_MAIN(TestEventing)
#include "tst_eventing.moc"
