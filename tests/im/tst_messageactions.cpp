// MessageManager's actions for the app layer, as transcripts on the scripted session: retry of a failed message
// through the outbox, marking a conversation read with XEP-0333 <displayed/> (only for markable messages and
// only to senders the receipt policy allows), read state synchronised from our other clients' markers, local
// delete, XEP-0308 corrections in both directions (spoofed ones refused), and the models following all of it
// through followMessageModules()/followUnreadCounts().
#include "ScriptedSession.h"
#include "TestJid.h"
#include "XmlCompare.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "models/ConversationListModel.h"
#include "models/MessageModel.h"
#include "models/MessageModuleWiring.h"
#include "models/RosterModel.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

class TestMessageActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void outgoingChatIsMarkable();
    void retryRequeuesFailedMessage();
    void retryRefusesWhatCannotBeRetried();
    void markReadSendsDisplayedForNewestMarkable();
    void markReadWithoutPolicyOrMarkableSendsNothing();
    void displayedFromContactMarksRead();
    void displayedFromOwnClientMarksConversationRead();
    void removeMessageDeletesAndSignals();
    void incomingCorrectionReplacesLastMessage();
    void correctionsFromOthersAreRefused();
    void correctLastMessageSendsReplace();
    void modelsFollowTheActions();

private:
    void receive(const QByteArray &from, const QByteArray &id, const QByteArray &body, bool markable = true);
    QList<StoredMessage> conversation(const char *bare) { return m_history->page(jid(bare), 100); }

    std::unique_ptr<MemoryHistoryStore> m_history;
    std::unique_ptr<MemoryOutboxStore> m_store;
    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<MessageManager> m_messages;
};

void TestMessageActions::init()
{
    m_history = std::make_unique<MemoryHistoryStore>();
    m_store = std::make_unique<MemoryOutboxStore>(*m_history);
    m_session = std::make_unique<ScriptedSession>();
    m_session->useDeterministicIds(); // the bind request is id1
    m_outbox = std::make_unique<Outbox>(m_session->connection(), *m_store);
    m_messages = std::make_unique<MessageManager>(m_session->connection(), *m_history, *m_outbox, nullptr);
    QVERIFY(m_session->login());
    m_session->takeStanzas();
}

void TestMessageActions::cleanup()
{
    m_messages.reset();
    m_outbox.reset();
    m_session.reset();
    m_store.reset();
    m_history.reset();
}

void TestMessageActions::receive(const QByteArray &from, const QByteArray &id, const QByteArray &body, bool markable)
{
    m_session->inject("<message type='chat' from='" + from + "' to='user@example.com/balcony' id='" + id + "'><body>"
        + body + "</body>" + (markable ? "<markable xmlns='urn:xmpp:chat-markers:0'/>" : "") + "</message>");
}

void TestMessageActions::outgoingChatIsMarkable()
{
    QVERIFY(m_messages->sendChat(jid("juliet@example.net"), u"hi"_s) > 0);
    QVERIFY(m_session->expect("<message type='chat' to='juliet@example.net' id='id2'><body>hi</body>"
                              "<active xmlns='http://jabber.org/protocol/chatstates'/>"
                              "<request xmlns='urn:xmpp:receipts'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
                              "<origin-id xmlns='urn:xmpp:sid:0' id='id2'/></message>"));
    // Groupchat messages are not markable here (XEP-0333 markers in rooms name stanza-ids).
    QVERIFY(m_messages->sendMessage(jid("room@muc.example.net"), u"all"_s, Message::Type::GroupChat) > 0);
    QVERIFY(m_session->expect("<message type='groupchat' to='room@muc.example.net' id='id3'><body>all</body>"
                              "<origin-id xmlns='urn:xmpp:sid:0' id='id3'/></message>"));
}

void TestMessageActions::retryRequeuesFailedMessage()
{
    const qint64 id = m_messages->sendChat(jid("juliet@example.net"), u"again?"_s);
    m_session->takeStanzas();
    m_session->inject("<message type='error' from='juliet@example.net' id='id2'><error type='wait'>"
                      "<resource-constraint xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>");
    QCOMPARE(m_history->message(id)->state, MessageState::Failed);
    QVERIFY(m_store->pending().isEmpty());

    QSignalSpy states(m_messages.get(), &MessageManager::messageStateChanged);
    QVERIFY(m_messages->retry(id));
    // Queued (committed to the outbox first), then written: the same stanza, the same id and origin-id.
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).toLongLong(), id);
    QCOMPARE(states.at(0).at(1).value<MessageState>(), MessageState::Queued);
    QCOMPARE(states.at(1).at(1).value<MessageState>(), MessageState::Sent);
    QVERIFY(m_session->expect("<message type='chat' to='juliet@example.net' id='id2'><body>again?</body>"
                              "<active xmlns='http://jabber.org/protocol/chatstates'/>"
                              "<request xmlns='urn:xmpp:receipts'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
                              "<origin-id xmlns='urn:xmpp:sid:0' id='id2'/></message>"));
    QCOMPARE(m_store->pending().size(), 1);
    QCOMPARE(m_history->message(id)->state, MessageState::Sent);
    QCOMPARE(conversation("juliet@example.net").size(), 1);
    // The ping confirms it like any message.
    QCoreApplication::processEvents();
    QVERIFY(m_session->expect("<iq type='get' to='example.com' id='id3'><ping xmlns='urn:xmpp:ping'/></iq>"));
    m_session->inject("<iq type='result' from='example.com' id='id3'/>");
    QCOMPARE(m_history->message(id)->state, MessageState::AckedByServer);
}

void TestMessageActions::retryRefusesWhatCannotBeRetried()
{
    const qint64 sent = m_messages->sendChat(jid("juliet@example.net"), u"fine"_s);
    receive("juliet@example.net/a", "m1", "hello");
    const qint64 incoming = conversation("juliet@example.net").constFirst().id;
    QSignalSpy states(m_messages.get(), &MessageManager::messageStateChanged);
    QVERIFY(!m_messages->retry(sent)); // not failed
    QVERIFY(!m_messages->retry(incoming)); // not ours
    QVERIFY(!m_messages->retry(9999)); // no such row
    QVERIFY(states.isEmpty());
    QCOMPARE(m_store->pending().size(), 1);
}

void TestMessageActions::markReadSendsDisplayedForNewestMarkable()
{
    m_messages->setReceiptPolicy([](const Jid &sender) { return sender == jid("juliet@example.net"); });
    receive("juliet@example.net/a", "m1", "one");
    receive("juliet@example.net/a", "m2", "two");
    receive("juliet@example.net/a", "m3", "three", false); // newest, but not markable
    m_session->takeStanzas();
    QCOMPARE(m_history->unreadCount(jid("juliet@example.net")), 3);
    QSignalSpy read(m_messages.get(), &MessageManager::conversationRead);
    QCOMPARE(m_messages->markConversationRead(jid("juliet@example.net/a")), 3);
    QCOMPARE(m_history->unreadCount(jid("juliet@example.net")), 0);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.at(0).at(0).value<Jid>(), jid("juliet@example.net"));
    // XEP-0333: one marker, for the newest markable message (it implies the earlier ones), to its sender.
    QVERIFY(m_session->expect("<message to='juliet@example.net/a' id='id2' type='chat'>"
                              "<displayed xmlns='urn:xmpp:chat-markers:0' id='m2'/></message>"));
    QVERIFY(m_session->expectNothing());
    // Nothing unread: nothing to do, nothing sent.
    QCOMPARE(m_messages->markConversationRead(jid("juliet@example.net")), 0);
    QCOMPARE(read.size(), 1);
    QVERIFY(m_session->expectNothing());
}

void TestMessageActions::markReadWithoutPolicyOrMarkableSendsNothing()
{
    // A stranger (the policy refuses) learns nothing about when we read.
    m_messages->setReceiptPolicy([](const Jid &sender) { return sender == jid("juliet@example.net"); });
    receive("mallory@example.org/x", "s1", "read me");
    m_session->takeStanzas();
    QCOMPARE(m_messages->markConversationRead(jid("mallory@example.org")), 1);
    QCOMPARE(m_history->unreadCount(jid("mallory@example.org")), 0);
    QVERIFY(m_session->expectNothing());
    // A contact whose client did not ask for markers gets none either.
    receive("juliet@example.net/a", "m1", "no markers", false);
    m_session->takeStanzas();
    QCOMPARE(m_messages->markConversationRead(jid("juliet@example.net")), 1);
    QVERIFY(m_session->expectNothing());
}

void TestMessageActions::displayedFromContactMarksRead()
{
    const qint64 id = m_messages->sendChat(jid("juliet@example.net"), u"did you see this?"_s);
    m_session->takeStanzas();
    QSignalSpy states(m_messages.get(), &MessageManager::messageStateChanged);
    m_session->inject("<message from='juliet@example.net/a' to='user@example.com/balcony' type='chat' id='x1'>"
                      "<displayed xmlns='urn:xmpp:chat-markers:0' id='id2'/></message>");
    QCOMPARE(m_history->message(id)->state, MessageState::Read);
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.at(0).at(1).value<MessageState>(), MessageState::Read);
    // A marker is not a message of the conversation.
    QCOMPARE(conversation("juliet@example.net").size(), 1);
    // Someone else naming our message changes nothing (markers match within the sender's conversation).
    const qint64 other = m_messages->sendChat(jid("juliet@example.net"), u"second"_s);
    m_session->takeStanzas();
    m_session->inject("<message from='mallory@example.org/x' type='chat' id='x2'>"
                      "<displayed xmlns='urn:xmpp:chat-markers:0' id='id3'/></message>");
    QCOMPARE(m_history->message(other)->state, MessageState::Sent);
}

void TestMessageActions::displayedFromOwnClientMarksConversationRead()
{
    receive("juliet@example.net/a", "m1", "one");
    receive("juliet@example.net/a", "m2", "two");
    m_session->takeStanzas();
    QSignalSpy read(m_messages.get(), &MessageManager::conversationRead);
    // Another of our clients displayed m1 (a XEP-0280 carbon of its marker): read up to m1 here too.
    m_session->inject("<message from='user@example.com' to='user@example.com/balcony' type='chat'>"
                      "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                      "<message xmlns='jabber:client' from='user@example.com/phone' to='juliet@example.net/a' "
                      "type='chat' id='d1'><displayed xmlns='urn:xmpp:chat-markers:0' id='m1'/></message>"
                      "</forwarded></sent></message>");
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.at(0).at(0).value<Jid>(), jid("juliet@example.net"));
    QCOMPARE(m_history->unreadCount(jid("juliet@example.net")), 1);
    // A forged carbon (not from our bare JID) is dropped: nothing read.
    m_session->inject("<message from='mallory@example.org' to='user@example.com/balcony' type='chat'>"
                      "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                      "<message xmlns='jabber:client' from='user@example.com/phone' to='juliet@example.net/a' "
                      "type='chat' id='d2'><displayed xmlns='urn:xmpp:chat-markers:0' id='m2'/></message>"
                      "</forwarded></sent></message>");
    QCOMPARE(read.size(), 1);
    QCOMPARE(m_history->unreadCount(jid("juliet@example.net")), 1);
    // Our other client's marker is not answered with one of ours.
    QVERIFY(m_session->expectNothing());
}

void TestMessageActions::removeMessageDeletesAndSignals()
{
    receive("juliet@example.net/a", "m1", "delete me");
    const qint64 id = conversation("juliet@example.net").constFirst().id;
    const qint64 queued = m_messages->sendChat(jid("juliet@example.net"), u"and me"_s);
    m_session->takeStanzas();
    QSignalSpy removed(m_messages.get(), &MessageManager::messageRemoved);
    QVERIFY(m_messages->removeMessage(id));
    QVERIFY(m_messages->removeMessage(queued));
    QVERIFY(!m_messages->removeMessage(id)); // gone already
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(0).at(0).toLongLong(), id);
    QCOMPARE(removed.at(0).at(1).value<Jid>(), jid("juliet@example.net"));
    QVERIFY(conversation("juliet@example.net").isEmpty());
    // The deleted queued message is not written again.
    QVERIFY(m_store->pending().isEmpty());
    QVERIFY(m_session->expectNothing());
}

void TestMessageActions::incomingCorrectionReplacesLastMessage()
{
    receive("juliet@example.net/a", "m1", "helo");
    QSignalSpy updated(m_messages.get(), &MessageManager::messageUpdated);
    QSignalSpy stored(m_messages.get(), &MessageManager::messageStored);
    m_session->inject("<message type='chat' from='juliet@example.net/a' id='m2'><body>hello</body>"
                      "<replace xmlns='urn:xmpp:message-correct:0' id='m1'/></message>");
    const QList<StoredMessage> rows = conversation("juliet@example.net");
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().body, u"hello"_s);
    QVERIFY(rows.constFirst().flags.testFlag(MessageFlag::Corrected));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.at(0).at(0).value<StoredMessage>(), rows.constFirst());
    QVERIFY(stored.isEmpty());
    QCOMPARE(m_history->search(u"hello"_s).size(), 1);
}

void TestMessageActions::correctionsFromOthersAreRefused()
{
    receive("juliet@example.net/a", "m1", "I love you");
    receive("juliet@example.net/a", "m2", "see you");
    QSignalSpy updated(m_messages.get(), &MessageManager::messageUpdated);
    // Spoofing: mallory names juliet's message. Her correction lands in her own conversation as a message
    // of its own; juliet's text is untouched.
    m_session->inject("<message type='chat' from='mallory@example.org/x' id='x1'><body>I hate you</body>"
                      "<replace xmlns='urn:xmpp:message-correct:0' id='m2'/></message>");
    // Juliet may correct only her last message, not an older one (XEP-0308 §5).
    m_session->inject("<message type='chat' from='juliet@example.net/a' id='m3'><body>I loathe you</body>"
                      "<replace xmlns='urn:xmpp:message-correct:0' id='m1'/></message>");
    // A carbon of what we sent cannot correct juliet's message either (another sender).
    m_session->inject("<message from='user@example.com' to='user@example.com/balcony' type='chat'>"
                      "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                      "<message xmlns='jabber:client' from='user@example.com/phone' to='juliet@example.net/a' "
                      "type='chat' id='c1'><body>see you never</body>"
                      "<replace xmlns='urn:xmpp:message-correct:0' id='m2'/></message></forwarded></sent></message>");
    QVERIFY(updated.isEmpty());
    QStringList bodies;
    for (const StoredMessage &m : conversation("juliet@example.net")) {
        bodies.prepend(m.body);
    }
    QCOMPARE(bodies, (QStringList { u"I love you"_s, u"see you"_s, u"I loathe you"_s, u"see you never"_s }));
    QCOMPARE(conversation("mallory@example.org").constFirst().body, u"I hate you"_s);

    // In a room every occupant writes from the room's bare JID: only the occupant who wrote may correct it.
    m_session->inject("<message type='groupchat' from='room@muc.example.net/juliet' id='g1'><body>meet at noon</body>"
                      "</message>");
    m_session->inject("<message type='groupchat' from='room@muc.example.net/mallory' id='g2'>"
                      "<body>meet at midnight</body><replace xmlns='urn:xmpp:message-correct:0' id='g1'/></message>");
    QVERIFY(updated.isEmpty());
    m_session->inject("<message type='groupchat' from='room@muc.example.net/juliet' id='g3'><body>meet at one</body>"
                      "<replace xmlns='urn:xmpp:message-correct:0' id='g1'/></message>");
    QCOMPARE(updated.size(), 1);
    QStringList room;
    for (const StoredMessage &m : conversation("room@muc.example.net")) {
        room.prepend(m.body);
    }
    QCOMPARE(room, (QStringList { u"meet at one"_s, u"meet at midnight"_s }));
}

void TestMessageActions::correctLastMessageSendsReplace()
{
    QCOMPARE(m_messages->correctLastMessage(jid("juliet@example.net"), u"nothing yet"_s), 0);
    QVERIFY(!m_messages->lastError().isEmpty());
    const qint64 id = m_messages->sendChat(jid("juliet@example.net"), u"helo"_s);
    m_session->takeStanzas();
    QSignalSpy updated(m_messages.get(), &MessageManager::messageUpdated);
    QCOMPARE(m_messages->correctLastMessage(jid("juliet@example.net"), u"hello"_s), id);
    QVERIFY(m_session->expect("<message type='chat' to='juliet@example.net' id='id3'><body>hello</body>"
                              "<request xmlns='urn:xmpp:receipts'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
                              "<origin-id xmlns='urn:xmpp:sid:0' id='id3'/>"
                              "<replace xmlns='urn:xmpp:message-correct:0' id='id2'/></message>"));
    QCOMPARE(m_history->message(id)->body, u"hello"_s);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(conversation("juliet@example.net").size(), 1);
}

void TestMessageActions::modelsFollowTheActions()
{
    m_messages->setReceiptPolicy([](const Jid &) { return true; });
    receive("juliet@example.net/a", "m1", "helo");
    receive("juliet@example.net/a", "m2", "bye");
    m_session->takeStanzas();
    ConversationListModel conversations(*m_history);
    conversations.followMessageModules(m_messages.get(), nullptr);
    MessageModel chat(*m_history, jid("juliet@example.net"));
    chat.followMessageModules(m_messages.get(), nullptr);
    RosterModel roster;
    followUnreadCounts(&roster, &conversations);
    RosterItem juliet;
    juliet.jid = jid("juliet@example.net");
    juliet.name = u"Juliet"_s;
    juliet.subscription = u"both"_s;
    roster.setItems({ juliet });
    QCOMPARE(roster.unreadCountAt(0), 2);
    QCOMPARE(conversations.index(0).data(ConversationListModel::UnreadCountRole).toInt(), 2);

    // A correction of the last message: the chat row and the conversation's last message show it.
    m_session->inject("<message type='chat' from='juliet@example.net/a' id='m3'><body>goodbye</body>"
                      "<replace xmlns='urn:xmpp:message-correct:0' id='m2'/></message>");
    QCOMPARE(chat.index(1).data(MessageModel::BodyRole).toString(), u"goodbye"_s);
    QCOMPARE(conversations.index(0).data(ConversationListModel::LastBodyRole).toString(), u"goodbye"_s);

    // Read: the unread counts go to 0 in the conversation list and the roster.
    QCOMPARE(m_messages->markConversationRead(jid("juliet@example.net")), 2);
    QCOMPARE(conversations.index(0).data(ConversationListModel::UnreadCountRole).toInt(), 0);
    QCOMPARE(roster.unreadCountAt(0), 0);

    // Removed: gone from the chat; the conversation shows the one before.
    const qint64 last = chat.index(1).data(MessageModel::IdRole).toLongLong();
    QVERIFY(m_messages->removeMessage(last));
    QCOMPARE(chat.rowCount(), 1);
    QCOMPARE(conversations.index(0).data(ConversationListModel::LastBodyRole).toString(), u"helo"_s);
}

QTEST_GUILESS_MAIN(TestMessageActions)
#include "tst_messageactions.moc"
