// The message layer on a bound session (scripted server): sending through the durable outbox (commit before
// write, acks by XEP-0198 and by ping, resends after a restart exactly once), receiving with XEP-0359 ids,
// XEP-0203 delay, XEP-0184 receipts, XEP-0085 chat states, XEP-0280 carbons, errors, and spoofing.
#include "ScriptedSession.h"
#include "TestJid.h"
#include "XmlCompare.h"
#include "im/Carbons.h"
#include "im/ImNamespaces.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "im/RosterManager.h"
#include "storage/Database.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"
#include "storage/MemoryRosterStore.h"
#include "storage/SqlHistoryStore.h"
#include "storage/SqlOutboxStore.h"
#include "stream/ConnectionCache.h"
#include "stream/StreamManagement.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

// Records, at the moment of each enqueue(), how many bytes the client had written: commit-before-send.
class RecordingOutboxStore : public MemoryOutboxStore {
public:
    RecordingOutboxStore(MemoryHistoryStore &history, ScriptedTransport *&server)
        : MemoryOutboxStore(history)
        , m_server(server)
    {
    }
    std::optional<OutboxEntry> enqueue(const StoredMessage &message, const QString &stanzaXml) override
    {
        writtenAtEnqueue.append(m_server ? m_server->allWritten() : QByteArray());
        return MemoryOutboxStore::enqueue(message, stanzaXml);
    }
    QList<QByteArray> writtenAtEnqueue;

private:
    ScriptedTransport *&m_server;
};

QList<Element> messagesIn(const QList<Element> &stanzas)
{
    QList<Element> out;
    for (const Element &s : stanzas) {
        if (s.name() == u"message") {
            out.append(s);
        }
    }
    return out;
}

Element pingIn(const QList<Element> &stanzas)
{
    for (const Element &s : stanzas) {
        if (s.name() == u"iq" && s.hasChild(u"ping", ns::ping())) {
            return s;
        }
    }
    return {};
}

} // namespace

class TestMessageManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    // sending
    void sendBuildsStanzaAndConfirmsByPing();
    void storeFailureSendsNothing();
    void commitBeforeWrite();
    void offlineSubmitWaitsForSession();
    void streamManagementAckRemovesEntry();
    void restartResendsPendingExactlyOnce();
    void restartWithSqlStoresResendsOnce();
    void resendPipelinedWithKnownServer();
    void connectionCarriesUnackedNoDoubleSend();
    void cleanDisconnectResendsOnce();
    void errorFailsMessage();
    void chatStateStopsForContactWithout();
    void chatStatesCanBeSwitchedOff();
    void chatStateMemoryIsBounded();

    // receiving
    void receivesChatWithDelayAndStanzaId();
    void duplicateStanzaIdStoredOnce();
    void newRowAfterDeleteIsAnnounced();
    void decryptedStoredWithMarkWithoutFilter();
    void foreignStanzaIdIgnored();
    void receiptAnsweredOnlyWithPolicy();
    void rosterReceiptPolicyFollowsSubscription();
    void receiptMarksDelivered();
    void ackAfterReceiptKeepsDelivered();
    void chatStateSignalled();
    void headlineStored();
    void payloadOnlyMessagesLeftToOthers();
    void carbonsReceivedAndSent();
    void forgedCarbonDropped_data();
    void forgedCarbonDropped();
    void carbonsEnabledWhenServerSupports();

private:
    // New "process": outbox + manager over the persistent stores, then login.
    bool start(const QByteArray &features = {});
    void answerPing(const QList<Element> &stanzas);
    void injectEnabled();
    QList<StoredMessage> conversation(const char *bare) { return m_history.page(jid(bare), 100); }

    MemoryHistoryStore m_history;
    std::unique_ptr<RecordingOutboxStore> m_store;
    ScriptedTransport *m_server = nullptr;
    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<MessageManager> m_messages;
    std::unique_ptr<Carbons> m_carbons;
    int m_nextId = 0;
};

void TestMessageManager::init()
{
    m_history = MemoryHistoryStore();
    m_store = std::make_unique<RecordingOutboxStore>(m_history, m_server);
    m_nextId = 0;
    Connection::setIdGenerator([this] { return u"id%1"_s.arg(++m_nextId); });
    m_session = std::make_unique<ScriptedSession>();
    m_server = &m_session->server();
}

void TestMessageManager::cleanup()
{
    m_carbons.reset();
    m_messages.reset();
    m_outbox.reset();
    m_session.reset();
    m_server = nullptr;
    m_store.reset();
    Connection::setIdGenerator({});
}

bool TestMessageManager::start(const QByteArray &features)
{
    m_carbons.reset();
    m_messages.reset();
    m_outbox.reset();
    m_outbox = std::make_unique<Outbox>(m_session->connection(), *m_store);
    m_messages = std::make_unique<MessageManager>(m_session->connection(), m_history, *m_outbox, nullptr);
    m_carbons = std::make_unique<Carbons>(m_session->connection(), nullptr);
    return m_session->login(features);
}

void TestMessageManager::answerPing(const QList<Element> &stanzas)
{
    const Element ping = pingIn(stanzas);
    QVERIFY2(!ping.isNull(), "no ping");
    QCOMPARE(ping.attribute(u"to"), u"example.com"_s);
    m_session->inject("<iq type='result' from='example.com' id='" + ping.attribute(u"id").toUtf8() + "'/>");
}

void TestMessageManager::injectEnabled()
{
    m_session->inject("<enabled xmlns='urn:xmpp:sm:3' id='smid' resume='true'/>");
    QVERIFY(m_session->connection().isStreamManagementEnabled());
}

void TestMessageManager::sendBuildsStanzaAndConfirmsByPing()
{
    QVERIFY(start());
    m_session->takeStanzas();
    QSignalSpy states(m_messages.get(), &MessageManager::messageStateChanged);
    QSignalSpy stored(m_messages.get(), &MessageManager::messageStored);
    const qint64 id = m_messages->sendChat(jid("juliet@example.net"), u"Art thou not Romeo?"_s, u"t1"_s);
    QVERIFY(id > 0);
    QCOMPARE(stored.size(), 1);
    QVERIFY(m_session->expect("<message type='chat' to='juliet@example.net' id='id2'>"
                              "<body>Art thou not Romeo?</body><thread>t1</thread>"
                              "<active xmlns='http://jabber.org/protocol/chatstates'/>"
                              "<request xmlns='urn:xmpp:receipts'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
                              "<origin-id xmlns='urn:xmpp:sid:0' id='id2'/></message>"));
    QVERIFY(m_session->expectNothing());
    QCOMPARE(m_history.message(id)->state, MessageState::Sent);
    QCOMPARE(m_history.message(id)->originId, u"id2"_s);
    QCOMPARE(m_store->pending().size(), 1);
    // No XEP-0198 on this stream: one ping after the burst confirms it (RFC 6120 §10.1 in-order processing).
    QCoreApplication::processEvents(); // the confirmation goes out after the burst
    QVERIFY(m_session->expect("<iq type='get' to='example.com' id='id3'><ping xmlns='urn:xmpp:ping'/></iq>"));
    m_session->inject("<iq type='result' from='example.com' id='id3'/>");
    QCOMPARE(m_history.message(id)->state, MessageState::AckedByServer);
    QVERIFY(m_store->pending().isEmpty());
    QCOMPARE(states.size(), 2); // Sent, AckedByServer
    QCOMPARE(states.last().at(1).value<MessageState>(), MessageState::AckedByServer);
}

void TestMessageManager::storeFailureSendsNothing()
{
    QVERIFY(start());
    m_session->takeStanzas();
    m_store->failWrites = true;
    QCOMPARE(m_messages->sendChat(jid("juliet@example.net"), u"lost?"_s), 0);
    QVERIFY(!m_messages->lastError().isEmpty());
    QVERIFY(m_server->writes().isEmpty());
    QVERIFY(conversation("juliet@example.net").isEmpty());
}

void TestMessageManager::commitBeforeWrite()
{
    QVERIFY(start());
    m_session->takeStanzas();
    const QByteArray before = m_server->allWritten();
    const qint64 id = m_messages->sendChat(jid("juliet@example.net"), u"first"_s);
    QVERIFY(id > 0);
    QCOMPARE(m_store->writtenAtEnqueue.size(), 1);
    // At commit time the stanza had not been written yet; afterwards it had.
    QCOMPARE(m_store->writtenAtEnqueue.first(), before);
    QVERIFY(m_server->allWritten().contains("first"));
}

void TestMessageManager::offlineSubmitWaitsForSession()
{
    m_outbox = std::make_unique<Outbox>(m_session->connection(), *m_store);
    m_messages = std::make_unique<MessageManager>(m_session->connection(), m_history, *m_outbox, nullptr);
    const qint64 id = m_messages->sendChat(jid("juliet@example.net"), u"typed offline"_s);
    QVERIFY(id > 0);
    QCOMPARE(m_history.message(id)->state, MessageState::Queued);
    QVERIFY(m_session->login());
    const QList<Element> messages = messagesIn(m_session->takeStanzas());
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().childText(u"body"), u"typed offline"_s);
    QCOMPARE(m_history.message(id)->state, MessageState::Sent);
}

void TestMessageManager::streamManagementAckRemovesEntry()
{
    QVERIFY(start("<sm xmlns='urn:xmpp:sm:3'/>"));
    injectEnabled();
    m_session->takeStanzas();
    const qint64 id = m_messages->sendChat(jid("juliet@example.net"), u"acked"_s);
    QCOMPARE(messagesIn(m_session->takeStanzas()).size(), 1);
    QCoreApplication::processEvents();
    // With Stream Management the <a/> confirms: no ping.
    QVERIFY(pingIn(m_session->takeStanzas()).isNull());
    QCOMPARE(m_history.message(id)->state, MessageState::Sent);
    const int h = m_session->connection().unacknowledgedCount();
    m_session->inject("<a xmlns='urn:xmpp:sm:3' h='" + QByteArray::number(h) + "'/>");
    QCOMPARE(m_history.message(id)->state, MessageState::AckedByServer);
    QVERIFY(m_store->pending().isEmpty());
}

void TestMessageManager::restartResendsPendingExactlyOnce()
{
    QVERIFY(start("<sm xmlns='urn:xmpp:sm:3'/>"));
    injectEnabled();
    const qint64 id = m_messages->sendChat(jid("juliet@example.net"), u"survives"_s);
    const QList<Element> first = messagesIn(m_session->takeStanzas());
    QCOMPARE(first.size(), 1);
    // kill -9: the process is gone before any ack; only the stores survive.
    m_carbons.reset();
    m_messages.reset();
    m_outbox.reset();
    m_session = std::make_unique<ScriptedSession>();
    m_server = &m_session->server();
    QVERIFY(start("<sm xmlns='urn:xmpp:sm:3'/>"));
    QCOMPARE(m_store->pending().size(), 1);
    QCOMPARE(m_store->pending().first().attempts, 2);
    const QList<Element> again = messagesIn(m_session->takeStanzas());
    QCOMPARE(again.size(), 1);
    // Byte for byte the same message: same id, same origin-id (receivers de-duplicate).
    QCOMPARE(normalize(again.first()), normalize(first.first()));
    injectEnabled();
    m_session->inject(
        "<a xmlns='urn:xmpp:sm:3' h='" + QByteArray::number(m_session->connection().unacknowledgedCount()) + "'/>");
    QVERIFY(m_store->pending().isEmpty());
    QCOMPARE(m_history.message(id)->state, MessageState::AckedByServer);
    QCOMPARE(conversation("juliet@example.net").size(), 1);
}

void TestMessageManager::restartWithSqlStoresResendsOnce()
{
    // The real stores on a database file: what a killed process leaves on disk is all the next one has.
    QTemporaryDir dir;
    QByteArray firstCopy;
    {
        Database db(dir.path());
        QVERIFY(db.open().isOpen());
        SqlHistoryStore history(db);
        SqlOutboxStore store(history);
        Outbox outbox(m_session->connection(), store);
        MessageManager messages(m_session->connection(), history, outbox, nullptr);
        QVERIFY(m_session->login());
        m_session->takeStanzas();
        QVERIFY(messages.sendChat(jid("juliet@example.net"), u"on disk"_s) > 0);
        const QList<Element> sent = messagesIn(m_session->takeStanzas());
        QCOMPARE(sent.size(), 1);
        firstCopy = normalize(sent.first()).toUtf8();
        // The process dies here: no ack, no ping answer, nothing closed cleanly.
    }
    m_session = std::make_unique<ScriptedSession>();
    m_server = &m_session->server();
    Database db(dir.path());
    QVERIFY(db.open().isOpen());
    SqlHistoryStore history(db);
    SqlOutboxStore store(history);
    QCOMPARE(store.pending().size(), 1);
    Outbox outbox(m_session->connection(), store);
    QCOMPARE(store.pending().first().state, OutboxEntry::State::Unconfirmed);
    MessageManager messages(m_session->connection(), history, outbox, nullptr);
    QVERIFY(m_session->login());
    QCoreApplication::processEvents();
    const QList<Element> stanzas = m_session->takeStanzas();
    const QList<Element> again = messagesIn(stanzas);
    QCOMPARE(again.size(), 1);
    QCOMPARE(normalize(again.first()).toUtf8(), firstCopy);
    answerPing(stanzas);
    QVERIFY(store.pending().isEmpty());
    const QList<StoredMessage> rows = history.page(jid("juliet@example.net"), 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().state, MessageState::AckedByServer);
}

void TestMessageManager::resendPipelinedWithKnownServer()
{
    // The first connect teaches the connection cache the server's profile; after a "restart" the pending
    // message goes out in the same write as the bind request (XEP-0305), and is confirmed once bound.
    MemoryConnectionCache cache;
    m_session->settings().cache = &cache;
    QVERIFY(start());
    m_messages->sendChat(jid("juliet@example.net"), u"pipelined"_s);
    QCOMPARE(messagesIn(m_session->takeStanzas()).size(), 1);
    m_carbons.reset();
    m_messages.reset();
    m_outbox.reset();
    m_session = std::make_unique<ScriptedSession>();
    m_server = &m_session->server();
    m_session->settings().cache = &cache;
    QVERIFY(start());
    const QList<Element> pipelined = messagesIn(m_session->pipelinedStanzas());
    QCOMPARE(pipelined.size(), 1);
    QCOMPARE(pipelined.first().childText(u"body"), u"pipelined"_s);
    QCoreApplication::processEvents();
    const QList<Element> after = m_session->takeStanzas();
    QVERIFY(messagesIn(after).isEmpty());
    answerPing(after);
    QVERIFY(m_store->pending().isEmpty());
}

void TestMessageManager::connectionCarriesUnackedNoDoubleSend()
{
    QVERIFY(start("<sm xmlns='urn:xmpp:sm:3'/>"));
    injectEnabled();
    m_messages->sendChat(jid("juliet@example.net"), u"in flight"_s);
    QCOMPARE(messagesIn(m_session->takeStanzas()).size(), 1);
    // The stream dies without an ack; no automatic reconnect in the scripted session: the Connection keeps
    // the unacknowledged message for the next session, so the outbox must not add its own copy.
    m_server->simulateRemoteClose();
    QVERIFY(m_session->connection().unacknowledgedCount() > 0);
    QVERIFY(m_session->login("<sm xmlns='urn:xmpp:sm:3'/>"));
    QCoreApplication::processEvents();
    const QList<Element> again = messagesIn(m_session->takeStanzas());
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().childText(u"body"), u"in flight"_s);
    QCOMPARE(m_store->pending().size(), 1);
}

void TestMessageManager::cleanDisconnectResendsOnce()
{
    QVERIFY(start());
    const qint64 id = m_messages->sendChat(jid("juliet@example.net"), u"before close"_s);
    QCOMPARE(messagesIn(m_session->takeStanzas()).size(), 1);
    // Closed before the ping confirmation went out: the Connection forgets the stream, the store does not.
    m_session->connection().disconnectFromServer();
    m_session->inject("</stream:stream>");
    QTRY_COMPARE(m_session->connection().state(), ConnectionState::Disconnected);
    QCOMPARE(m_store->pending().first().state, OutboxEntry::State::Unconfirmed);
    QVERIFY(m_session->login());
    QCoreApplication::processEvents();
    const QList<Element> stanzas = m_session->takeStanzas();
    QCOMPARE(messagesIn(stanzas).size(), 1);
    answerPing(stanzas);
    QCOMPARE(m_history.message(id)->state, MessageState::AckedByServer);
    // A third session has nothing to send.
    m_session->connection().disconnectFromServer();
    m_session->inject("</stream:stream>");
    QTRY_COMPARE(m_session->connection().state(), ConnectionState::Disconnected);
    QVERIFY(m_session->login());
    QCoreApplication::processEvents();
    QVERIFY(messagesIn(m_session->takeStanzas()).isEmpty());
}

void TestMessageManager::errorFailsMessage()
{
    QVERIFY(start());
    const qint64 id = m_messages->sendChat(jid("nobody@example.net"), u"hello?"_s);
    const QString mid = messagesIn(m_session->takeStanzas()).first().attribute(u"id");
    m_session->inject("<message type='error' from='nobody@example.net' id='" + mid.toUtf8()
        + "'><error type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
          "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>No such user</text></error></message>");
    QCOMPARE(m_history.message(id)->state, MessageState::Failed);
    QCOMPARE(m_history.message(id)->errorText, u"No such user"_s);
    QVERIFY(m_store->pending().isEmpty());
    // An error naming someone else's conversation changes nothing.
    const qint64 other = m_messages->sendChat(jid("juliet@example.net"), u"fine"_s);
    const QString oid = messagesIn(m_session->takeStanzas()).first().attribute(u"id");
    m_session->inject("<message type='error' from='mallory@example.org' id='" + oid.toUtf8()
        + "'><error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>");
    QCOMPARE(m_history.message(other)->state, MessageState::Sent);
}

void TestMessageManager::chatStateStopsForContactWithout()
{
    QVERIFY(start());
    m_session->takeStanzas();
    QVERIFY(m_messages->sendChatState(jid("juliet@example.net/balcony"), ChatState::Composing));
    const QList<Element> sent = messagesIn(m_session->takeStanzas());
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.first().hasChild(u"composing", ns::chatStates()));
    QVERIFY(sent.first().hasChild(u"no-store", ns::hints()));
    QVERIFY(!sent.first().hasChild(u"body"));
    QVERIFY(!m_messages->sendChatState(jid("juliet@example.net"), ChatState::Composing)); // no repeats
    // XEP-0085 §5.1: her message without a chat state: she does not want them.
    m_session->inject("<message type='chat' from='juliet@example.net/x' id='j1'><body>hi</body></message>");
    QVERIFY(!m_messages->sendChatState(jid("juliet@example.net"), ChatState::Paused));
    m_messages->sendChat(jid("juliet@example.net"), u"no state"_s);
    const QList<Element> chat = messagesIn(m_session->takeStanzas());
    QCOMPARE(chat.size(), 1);
    QVERIFY(!chat.first().hasChild(u"active", ns::chatStates()));
}

void TestMessageManager::chatStatesCanBeSwitchedOff()
{
    QVERIFY(start());
    m_session->takeStanzas();
    QVERIFY(m_messages->sendsChatStates());
    QVERIFY(m_messages->sendChatState(jid("juliet@example.net"), ChatState::Composing));
    m_session->takeStanzas();
    // The user's privacy setting: nothing at all, neither notifications nor <active/> in messages.
    m_messages->setSendChatStates(false);
    QVERIFY(!m_messages->sendChatState(jid("juliet@example.net"), ChatState::Paused));
    QVERIFY(m_messages->sendChat(jid("juliet@example.net"), u"quietly"_s) != 0);
    const QList<Element> sent = messagesIn(m_session->takeStanzas());
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().childText(u"body"), u"quietly"_s);
    QVERIFY(!sent.first().hasChild(u"active", ns::chatStates()));
    // On again: the next state goes out, even the one sent before switching off.
    m_messages->setSendChatStates(true);
    QVERIFY(m_messages->sendChatState(jid("juliet@example.net"), ChatState::Composing));
    QVERIFY(messagesIn(m_session->takeStanzas()).first().hasChild(u"composing", ns::chatStates()));
}

void TestMessageManager::chatStateMemoryIsBounded()
{
    // Issue 11: one remembered JID per sender of a message without chat states, forever. Now at most
    // maxRememberedChatStates(); juliet, who does use them again, is forgotten at once.
    QVERIFY(start());
    m_session->inject("<message type='chat' from='juliet@example.net/x' id='j1'><body>hi</body></message>");
    QCOMPARE(m_messages->rememberedChatStateContacts(), 1);
    m_session->inject("<message type='chat' from='juliet@example.net/x' id='j2'><body>hi</body>"
                      "<active xmlns='http://jabber.org/protocol/chatstates'/></message>");
    QCOMPARE(m_messages->rememberedChatStateContacts(), 0);
    QByteArray flood;
    for (int i = 0; i < 5000; ++i) {
        flood += "<message type='chat' from='s" + QByteArray::number(i) + "@evil.example/x' id='m"
            + QByteArray::number(i) + "'><body>spam</body></message>";
    }
    m_session->inject(flood);
    QCOMPARE(m_messages->rememberedChatStateContacts(), MessageManager::maxRememberedChatStates());
    // The last senders are remembered; the first ones are forgotten (and get chat states again).
    m_session->takeStanzas();
    QVERIFY(!m_messages->sendChatState(jid("s4999@evil.example"), ChatState::Composing));
    int forgotten = 0;
    for (int i = 0; i < 100; ++i) {
        const Jid sender = jid(u"s%1@evil.example"_s.arg(i));
        forgotten += m_messages->sendChatState(sender, ChatState::Composing) ? 1 : 0;
    }
    QCOMPARE(forgotten, 100);
}

void TestMessageManager::receivesChatWithDelayAndStanzaId()
{
    QVERIFY(start());
    QSignalSpy stored(m_messages.get(), &MessageManager::messageStored);
    m_session->inject("<message type='chat' from='juliet@example.net/balcony' to='user@example.com' id='m1'>"
                      "<body>Wherefore art thou?</body><thread>t9</thread>"
                      "<origin-id xmlns='urn:xmpp:sid:0' id='o1'/>"
                      "<stanza-id xmlns='urn:xmpp:sid:0' id='s1' by='user@example.com'/>"
                      "<delay xmlns='urn:xmpp:delay' from='example.com' stamp='2026-01-02T03:04:05.123Z'/>"
                      "</message>");
    const QList<StoredMessage> rows = conversation("juliet@example.net");
    QCOMPARE(rows.size(), 1);
    const StoredMessage &m = rows.first();
    QCOMPARE(m.direction, MessageDirection::Incoming);
    QCOMPARE(m.body, u"Wherefore art thou?"_s);
    QCOMPARE(m.thread, u"t9"_s);
    QCOMPARE(m.messageId, u"m1"_s);
    QCOMPARE(m.originId, u"o1"_s);
    QCOMPARE(m.stanzaId, u"s1"_s);
    QCOMPARE(m.stanzaIdBy, jid("user@example.com"));
    QCOMPARE(m.sentTime, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 123), Qt::UTC));
    QVERIFY(m.flags.testFlag(MessageFlag::Delayed));
    QCOMPARE(m.state, MessageState::Received);
    QCOMPARE(stored.size(), 1);
}

void TestMessageManager::duplicateStanzaIdStoredOnce()
{
    QVERIFY(start());
    QSignalSpy stored(m_messages.get(), &MessageManager::messageStored);
    const QByteArray message = "<message type='chat' from='juliet@example.net/a' id='m1'><body>once</body>"
                               "<stanza-id xmlns='urn:xmpp:sid:0' id='s1' by='user@example.com'/></message>";
    m_session->inject(message);
    m_session->inject(message);
    // The same message again as a carbon of another resource, by origin-less stanza-id.
    m_session->inject("<message from='user@example.com' to='user@example.com/balcony' type='chat'>"
                      "<received xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                      "<message xmlns='jabber:client' type='chat' from='juliet@example.net/a' id='m1'>"
                      "<body>once</body><stanza-id xmlns='urn:xmpp:sid:0' id='s1' by='user@example.com'/>"
                      "</message></forwarded></received></message>");
    QCOMPARE(conversation("juliet@example.net").size(), 1);
    QCOMPARE(stored.size(), 1);
}

void TestMessageManager::newRowAfterDeleteIsAnnounced()
{
    // SQLite gives a new row the largest rowid plus one, so deleting the newest message frees its id for the
    // next one. Whether a row is new is the store's answer, not a guess from ids seen before.
    QTemporaryDir dir;
    Database db(dir.path());
    QVERIFY(db.open().isOpen());
    SqlHistoryStore history(db);
    SqlOutboxStore store(history);
    Outbox outbox(m_session->connection(), store);
    MessageManager messages(m_session->connection(), history, outbox, nullptr);
    QVERIFY(m_session->login());
    QSignalSpy stored(&messages, &MessageManager::messageStored);
    m_session->inject("<message type='chat' from='juliet@example.net/a' id='m1'><body>first</body></message>");
    QCOMPARE(stored.size(), 1);
    const qint64 first = stored.at(0).at(0).toLongLong();
    QVERIFY(history.remove(first));
    m_session->inject("<message type='chat' from='juliet@example.net/a' id='m2'><body>second</body></message>");
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).at(1).value<StoredMessage>().body, u"second"_s);
    // The same message once more is a duplicate: no second announcement.
    m_session->inject("<message type='chat' from='juliet@example.net/a' id='m2'><body>second</body>"
                      "<origin-id xmlns='urn:xmpp:sid:0' id='o2'/></message>");
    m_session->inject("<message type='chat' from='juliet@example.net/a' id='m2'><body>second</body>"
                      "<origin-id xmlns='urn:xmpp:sid:0' id='o2'/></message>");
    QCOMPARE(stored.size(), 3);
    QCOMPARE(history.page(jid("juliet@example.net"), 10).size(), 2);
}

void TestMessageManager::decryptedStoredWithMarkWithoutFilter()
{
    QVERIFY(start());
    int filtered = 0;
    m_messages->addIncomingFilter(this, [&filtered](const Element &, MessageFlags) {
        ++filtered;
        return false;
    });
    QSignalSpy stored(m_messages.get(), &MessageManager::messageStored);
    const Element plain = parseFragment("<message type='chat' from='juliet@example.net/a' to='user@example.com/balcony'"
                                        " id='m1'><thread>t1</thread><body>decrypted</body>"
                                        "<origin-id xmlns='urn:xmpp:sid:0' id='o1'/></message>");
    const MessageE2e e2e { MessageE2eKind::OnlineEsession, MessageE2eStatus::Decrypted,
        QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC), QString() };
    const qint64 id = m_messages->storeDecrypted(plain, e2e);
    QVERIFY(id > 0);
    // The encrypted session already had it: the filter is not asked again.
    QCOMPARE(filtered, 0);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).at(0).toLongLong(), id);
    QCOMPARE(stored.at(0).at(1).value<StoredMessage>().e2e, e2e);
    QCOMPARE(m_history.message(id)->e2e, e2e);
    QCOMPARE(m_history.message(id)->body, u"decrypted"_s);
    // The same message again (XEP-0359 §6) is no new row and keeps its mark.
    QCOMPARE(
        m_messages->storeDecrypted(plain, { MessageE2eKind::OnlineEsession, MessageE2eStatus::Rejected, {}, {} }), 0);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(m_history.message(id)->e2e, e2e);
    // A plaintext message through the stanza path still passes the filter, and has no mark.
    m_session->inject("<message type='chat' from='juliet@example.net/a' id='m2'><body>clear</body></message>");
    QCOMPARE(filtered, 1);
    QCOMPARE(stored.size(), 2);
    QVERIFY(!stored.at(1).at(1).value<StoredMessage>().e2e.isEncrypted());
}

void TestMessageManager::foreignStanzaIdIgnored()
{
    QVERIFY(start());
    // Anyone can write a stanza-id; only our server's (by = our bare JID) counts (XEP-0359 §4).
    m_session->inject("<message type='chat' from='mallory@example.org/x' id='m1'><body>a</body>"
                      "<stanza-id xmlns='urn:xmpp:sid:0' id='s1' by='mallory@example.org'/></message>");
    m_session->inject("<message type='chat' from='mallory@example.org/x' id='m2'><body>b</body>"
                      "<stanza-id xmlns='urn:xmpp:sid:0' id='s1' by='mallory@example.org'/></message>");
    const QList<StoredMessage> rows = conversation("mallory@example.org");
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).stanzaId.isEmpty());
    QVERIFY(rows.at(1).stanzaId.isEmpty());
}

void TestMessageManager::receiptAnsweredOnlyWithPolicy()
{
    QVERIFY(start());
    m_session->takeStanzas();
    const QByteArray request = "<message type='chat' from='juliet@example.net/a' id='r1'><body>ack me</body>"
                               "<request xmlns='urn:xmpp:receipts'/></message>";
    m_session->inject(request);
    QVERIFY(messagesIn(m_session->takeStanzas()).isEmpty()); // no policy: presence not revealed (§8)
    m_messages->setReceiptPolicy([](const Jid &sender) { return sender == jid("juliet@example.net"); });
    m_session->inject(request);
    const QList<Element> receipts = messagesIn(m_session->takeStanzas());
    QCOMPARE(receipts.size(), 1);
    QCOMPARE(normalize(receipts.first()),
        normalize("<message to='juliet@example.net/a' type='chat' id='" + receipts.first().attribute(u"id").toUtf8()
            + "'><received xmlns='urn:xmpp:receipts' id='r1'/></message>"));
    // Not for strangers, not for groupchat, not for carbons of what another resource received.
    m_session->inject("<message type='chat' from='mallory@example.org/x' id='r2'><body>x</body>"
                      "<request xmlns='urn:xmpp:receipts'/></message>");
    m_session->inject("<message type='groupchat' from='juliet@example.net/a' id='r3'><body>x</body>"
                      "<request xmlns='urn:xmpp:receipts'/></message>");
    m_session->inject("<message from='user@example.com' type='chat'><received xmlns='urn:xmpp:carbons:2'>"
                      "<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' type='chat' "
                      "from='juliet@example.net/a' to='user@example.com/other' id='r4'><body>x</body>"
                      "<request xmlns='urn:xmpp:receipts'/></message></forwarded></received></message>");
    QVERIFY(messagesIn(m_session->takeStanzas()).isEmpty());
}

void TestMessageManager::rosterReceiptPolicyFollowsSubscription()
{
    QVERIFY(start());
    MemoryRosterStore rosterStore;
    RosterManager roster(m_session->connection(), rosterStore);
    m_messages->setReceiptPolicy(MessageManager::rosterReceiptPolicy(roster));
    // Juliet may see our presence (from); Romeo may not (to: we see his); Mallory is not in the roster.
    m_session->inject("<iq type='set' id='push1'><query xmlns='jabber:iq:roster'>"
                      "<item jid='juliet@example.net' subscription='from'/></query></iq>");
    m_session->inject("<iq type='set' id='push2'><query xmlns='jabber:iq:roster'>"
                      "<item jid='romeo@example.net' subscription='to'/></query></iq>");
    QCOMPARE(roster.items().size(), 2);
    m_session->takeStanzas();
    const auto request = [](const char *from, const char *id) -> QByteArray {
        return "<message type='chat' from='" + QByteArray(from) + "' id='" + QByteArray(id)
            + "'><body>ack me</body><request xmlns='urn:xmpp:receipts'/></message>";
    };
    m_session->inject(request("romeo@example.net/r", "r1"));
    m_session->inject(request("mallory@example.org/x", "r2"));
    QVERIFY(messagesIn(m_session->takeStanzas()).isEmpty());
    m_session->inject(request("juliet@example.net/a", "r3"));
    QList<Element> receipts = messagesIn(m_session->takeStanzas());
    QCOMPARE(receipts.size(), 1);
    QCOMPARE(receipts.first().firstChild(u"received", ns::receipts()).attribute(u"id"), u"r3"_s);
    // Romeo becomes a mutual contact: from now on he gets receipts too.
    m_session->inject("<iq type='set' id='push3'><query xmlns='jabber:iq:roster'>"
                      "<item jid='romeo@example.net' subscription='both'/></query></iq>");
    m_session->takeStanzas();
    m_session->inject(request("romeo@example.net/r", "r4"));
    receipts = messagesIn(m_session->takeStanzas());
    QCOMPARE(receipts.size(), 1);
    QCOMPARE(receipts.first().attribute(u"to"), u"romeo@example.net/r"_s);
}

void TestMessageManager::receiptMarksDelivered()
{
    QVERIFY(start());
    QSignalSpy states(m_messages.get(), &MessageManager::messageStateChanged);
    const qint64 id = m_messages->sendChat(jid("juliet@example.net"), u"did you get it"_s);
    const QString mid = messagesIn(m_session->takeStanzas()).first().attribute(u"id");
    // A receipt from someone else for our id changes nothing.
    m_session->inject("<message from='mallory@example.org/x'><received xmlns='urn:xmpp:receipts' id='" + mid.toUtf8()
        + "'/></message>");
    QCOMPARE(m_history.message(id)->state, MessageState::Sent);
    m_session->inject("<message from='juliet@example.net/a'><received xmlns='urn:xmpp:receipts' id='" + mid.toUtf8()
        + "'/></message>");
    QCOMPARE(m_history.message(id)->state, MessageState::Delivered);
    QCOMPARE(states.last().at(0).toLongLong(), id);
    QCOMPARE(states.last().at(1).value<MessageState>(), MessageState::Delivered);
    QCOMPARE(conversation("juliet@example.net").size(), 1); // receipts are not stored as messages
}

void TestMessageManager::ackAfterReceiptKeepsDelivered()
{
    // The receipt overtakes the confirmation of the server (here the ping, without XEP-0198): the row stays
    // Delivered, and no later signal claims it went back to AckedByServer (found by fuzz_session: the models
    // showed the acknowledged state while the store held Delivered).
    QVERIFY(start());
    QSignalSpy states(m_messages.get(), &MessageManager::messageStateChanged);
    const qint64 id = m_messages->sendChat(jid("juliet@example.net"), u"quick reader"_s);
    const QString mid = messagesIn(m_session->takeStanzas()).first().attribute(u"id");
    m_session->inject("<message from='juliet@example.net/a'><received xmlns='urn:xmpp:receipts' id='" + mid.toUtf8()
        + "'/></message>");
    QCOMPARE(m_history.message(id)->state, MessageState::Delivered);
    QCoreApplication::processEvents(); // the confirming ping goes out after the burst
    answerPing(m_session->takeStanzas());
    QVERIFY(m_store->pending().isEmpty()); // the outbox is done with it
    QCOMPARE(m_history.message(id)->state, MessageState::Delivered);
    QCOMPARE(states.last().at(0).toLongLong(), id);
    QCOMPARE(states.last().at(1).value<MessageState>(), MessageState::Delivered);
}

void TestMessageManager::chatStateSignalled()
{
    QVERIFY(start());
    QSignalSpy states(m_messages.get(), &MessageManager::chatStateReceived);
    m_session->inject("<message type='chat' from='juliet@example.net/a'>"
                      "<composing xmlns='http://jabber.org/protocol/chatstates'/></message>");
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.first().at(0).value<Jid>(), jid("juliet@example.net/a"));
    QCOMPARE(states.first().at(1).value<ChatState>(), ChatState::Composing);
    QVERIFY(conversation("juliet@example.net").isEmpty());
}

void TestMessageManager::headlineStored()
{
    QVERIFY(start());
    m_session->inject("<message type='headline' from='news.example.com'><subject>News</subject>"
                      "<body>Something happened</body></message>");
    const QList<StoredMessage> rows = conversation("news.example.com");
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().type, Message::Type::Headline);
}

void TestMessageManager::payloadOnlyMessagesLeftToOthers()
{
    QVERIFY(start());
    // A PEP notification (XEP-0163) from our own bare JID: no body, not ours to take.
    const Element event = parseFragment("<message from='user@example.com' to='user@example.com/balcony'>"
                                        "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='n'/>"
                                        "</event></message>");
    QVERIFY(!m_messages->handleMessage(event));
    QVERIFY(m_history.conversations().isEmpty());
    QVERIFY(m_messages->handleMessage(
        parseFragment("<message type='chat' from='juliet@example.net/a'><body>mine</body></message>")));
}

void TestMessageManager::carbonsReceivedAndSent()
{
    QVERIFY(start());
    m_session->inject("<message from='user@example.com' to='user@example.com/balcony' type='chat'>"
                      "<received xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                      "<message xmlns='jabber:client' type='chat' from='juliet@example.net/a' "
                      "to='user@example.com/phone' id='c1'><body>to your phone</body></message>"
                      "</forwarded></received></message>");
    m_session->inject("<message from='user@example.com' to='user@example.com/balcony' type='chat'>"
                      "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                      "<message xmlns='jabber:client' type='chat' from='user@example.com/phone' "
                      "to='juliet@example.net' id='c2'><body>from my phone</body>"
                      "<origin-id xmlns='urn:xmpp:sid:0' id='c2'/></message>"
                      "</forwarded></sent></message>");
    const QList<StoredMessage> rows = conversation("juliet@example.net");
    QCOMPARE(rows.size(), 2);
    const StoredMessage &sent = rows.at(0); // newest first
    const StoredMessage &received = rows.at(1);
    QCOMPARE(received.direction, MessageDirection::Incoming);
    QVERIFY(received.flags.testFlag(MessageFlag::CarbonReceived));
    QCOMPARE(received.from, jid("juliet@example.net/a"));
    QCOMPARE(sent.direction, MessageDirection::Outgoing);
    QVERIFY(sent.flags.testFlag(MessageFlag::CarbonSent));
    QCOMPARE(sent.state, MessageState::AckedByServer);
    QCOMPARE(sent.body, u"from my phone"_s);
}

void TestMessageManager::forgedCarbonDropped_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("received from a contact")
        << QByteArray("<message from='mallory@example.org/x' type='chat'><received xmlns='urn:xmpp:carbons:2'>"
                      "<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' type='chat' "
                      "from='juliet@example.net/a' id='f1'><body>I love Mallory</body></message>"
                      "</forwarded></received></message>");
    QTest::newRow("sent from a contact") << QByteArray(
        "<message from='juliet@example.net' type='chat'><sent xmlns='urn:xmpp:carbons:2'>"
        "<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' type='chat' "
        "from='user@example.com/phone' to='juliet@example.net' id='f2'><body>I said that</body>"
        "</message></forwarded></sent></message>");
    QTest::newRow("from our full JID") << QByteArray(
        "<message from='user@example.com/phone' type='chat'><received xmlns='urn:xmpp:carbons:2'>"
        "<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' type='chat' "
        "from='juliet@example.net/a' id='f3'><body>x</body></message>"
        "</forwarded></received></message>");
    QTest::newRow("sent carbon of someone else's message")
        << QByteArray("<message from='user@example.com' type='chat'><sent xmlns='urn:xmpp:carbons:2'>"
                      "<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' type='chat' "
                      "from='juliet@example.net/a' to='user@example.com' id='f4'><body>x</body></message>"
                      "</forwarded></sent></message>");
}

void TestMessageManager::forgedCarbonDropped()
{
    QFETCH(QByteArray, xml);
    QVERIFY(start());
    m_session->inject(xml);
    QVERIFY(m_history.conversations().isEmpty());
}

void TestMessageManager::carbonsEnabledWhenServerSupports()
{
    m_carbons = std::make_unique<Carbons>(m_session->connection(), nullptr);
    m_carbons->setServerSupport(true);
    QSignalSpy enabled(m_carbons.get(), &Carbons::enabledChanged);
    QVERIFY(m_session->login());
    QList<Element> iqs = m_session->takeStanzas();
    iqs.removeIf([](const Element &e) { return !e.hasChild(u"enable", ns::carbons()); });
    QCOMPARE(iqs.size(), 1);
    QCOMPARE(normalize(iqs.first()),
        normalize("<iq type='set' id='" + iqs.first().attribute(u"id").toUtf8()
            + "'><enable xmlns='urn:xmpp:carbons:2'/></iq>"));
    m_session->inject("<iq type='result' id='" + iqs.first().attribute(u"id").toUtf8() + "'/>");
    QVERIFY(m_carbons->isEnabled());
    QCOMPARE(enabled.size(), 1);
}

QTEST_GUILESS_MAIN(TestMessageManager)
#include "tst_messagemanager.moc"
