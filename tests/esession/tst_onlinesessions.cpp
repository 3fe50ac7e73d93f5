// Online ESessions (OnlineSessions inside EsessionManager) between two clients, each on its own scripted server,
// with a relay that delivers what one side writes to the other as a server would (stamping the sender's full
// JID): the XEP-0116 3-message negotiation on the wire (XEP-0155 <feature/> forms with a <thread/>, the
// privacy hints, no plaintext body), messages typed during the negotiation sent in order afterwards, replies in
// the same session, XEP-0200 re-keys, termination (sign-out, tampering, the peer going offline), and the
// refusals: no answer (timeout), an error reply, policy "never" at the responder, a request from a stranger.

#include "ScriptedSession.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/EsessionManager.h"
#include "esession/OnlineSessions.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "im/PresenceManager.h"
#include "pubsub/PubSubManager.h"
#include "storage/MemoryE2eKeyStore.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::test;

namespace {

// The mark as the history row carries it (StoredMessage::e2e), in the key store's shape: what a view reads.
std::optional<MessageE2eMark> markOf(const std::optional<StoredMessage> &row)
{
    if (!row || !row->e2e.isEncrypted()) {
        return std::nullopt;
    }
    return MessageE2eMark::of(row->id, row->e2e);
}

const crypto::PrivateKey &staticKey(int which)
{
    static const auto alice = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 2048);
    static const auto bob = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 2048);
    return which == 0 ? *alice : *bob;
}

// One client: its scripted server and the modules an Account wires.
struct Side {
    explicit Side(const QString &fullJid, int keyIndex)
        : jid(Jid::parse(fullJid).value_or(Jid()))
    {
        session = std::make_unique<ScriptedSession>(fullJid);
        pubsub = std::make_unique<PubSubManager>(session->connection());
        presence = std::make_unique<PresenceManager>(session->connection(), nullptr);
        historyStore = std::make_unique<MemoryHistoryStore>();
        outboxStore = std::make_unique<MemoryOutboxStore>(*historyStore);
        outbox = std::make_unique<Outbox>(session->connection(), *outboxStore);
        messages = std::make_unique<MessageManager>(session->connection(), *historyStore, *outbox, nullptr);
        keys = std::make_unique<MemoryE2eKeyStore>();
        keys->unlock("pw");
        keys->setOwnKey(staticKey(keyIndex).toPkcs8());
        esessions
            = std::make_unique<EsessionManager>(session->connection(), *pubsub, *messages, *presence, *outbox, *keys);
    }
    ~Side()
    {
        esessions.reset();
        messages.reset();
        outbox.reset();
        outboxStore.reset();
        presence.reset();
        pubsub.reset();
    }
    bool start()
    {
        if (!session->login()) {
            return false;
        }
        // EsessionManager's presence barrier: a ping after the initial presence, answered here.
        for (const Element &stanza : session->takeStanzas()) {
            if (stanza.name() == u"iq"_s && stanza.hasChild(u"ping", u"urn:xmpp:ping")) {
                session->inject("<iq type='result' id='" + stanza.attribute(u"id").toUtf8() + "' from='"
                    + stanza.attribute(u"to").toUtf8() + "'/>");
            }
        }
        return true;
    }
    // The messages this side wrote since the last call (pings of the outbox and presences left out).
    QList<Element> written()
    {
        QList<Element> out = session->takeStanzas();
        out.removeIf([](const Element &e) { return e.name() != u"message"_s; });
        return out;
    }
    void deliver(Element message, const Jid &from)
    {
        message.setAttribute(u"from"_s, from.toString());
        session->inject(message.toString(u"jabber:client"_s).toUtf8());
    }
    void seeAvailable(const Jid &peer) { session->inject("<presence from='" + peer.toString().toUtf8() + "'/>"); }
    // Incoming and outgoing messages of the conversation with `peer`, oldest first.
    QList<StoredMessage> history(const Jid &peer)
    {
        QList<StoredMessage> page = historyStore->page(peer.bare(), 1000);
        std::reverse(page.begin(), page.end());
        return page;
    }
    QStringList incomingBodies(const Jid &peer)
    {
        QStringList bodies;
        for (const StoredMessage &m : history(peer)) {
            if (m.direction == MessageDirection::Incoming) {
                bodies.append(m.body);
            }
        }
        return bodies;
    }

    Jid jid;
    std::unique_ptr<ScriptedSession> session;
    std::unique_ptr<PubSubManager> pubsub;
    std::unique_ptr<PresenceManager> presence;
    std::unique_ptr<MemoryHistoryStore> historyStore;
    std::unique_ptr<MemoryOutboxStore> outboxStore;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<MessageManager> messages;
    std::unique_ptr<MemoryE2eKeyStore> keys;
    std::unique_ptr<EsessionManager> esessions;
};

Element featureForm(const Element &message)
{
    return message.firstChild(u"feature", esession::featureNegNs()).firstChild(u"x", u"jabber:x:data");
}

} // namespace

class TestOnlineSessions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void negotiatesThenBothDirectionsDecrypt();
    void messagesTypedDuringNegotiationKeepTheirOrder();
    void rekeysAndKeepsDecrypting();
    void signOutTerminatesAndPeerAcknowledges();
    void tamperedStanzaIsShownAndEndsTheSession();
    void peerGoingOfflineEndsTheSession();
    void noAnswerTimesOut();
    void errorReplyMeansUnsupported();
    void policyNeverAtResponderDeclines();
    void strangerGetsNoAnswer();
    void carbonCopyIsNotTakenByTheSession();

private:
    // Relays messages both ways until neither side writes anything; returns how many were relayed.
    int pump();
    EsessionManager::SendResult sendAndPump(Side &from, Side &to, const QString &body, bool required);

    std::unique_ptr<Side> m_alice;
    std::unique_ptr<Side> m_bob;
    QList<Element> m_wire; // every relayed message, in order
};

void TestOnlineSessions::initTestCase()
{
    QVERIFY(staticKey(0).algorithm() == crypto::SignatureAlgorithm::RsaSha256);
    QVERIFY(staticKey(1).algorithm() == crypto::SignatureAlgorithm::RsaSha256);
}

void TestOnlineSessions::init()
{
    m_alice = std::make_unique<Side>(u"user@alice.example/pda"_s, 0);
    m_bob = std::make_unique<Side>(u"user@bob.example/laptop"_s, 1);
    QVERIFY(m_alice->start());
    QVERIFY(m_bob->start());
    m_alice->seeAvailable(m_bob->jid);
    m_bob->seeAvailable(m_alice->jid);
    QVERIFY(m_alice->esessions->online().contactOnline(m_bob->jid));
    m_wire.clear();
}

void TestOnlineSessions::cleanup()
{
    m_alice.reset();
    m_bob.reset();
}

int TestOnlineSessions::pump()
{
    int relayed = 0;
    for (int round = 0; round < 50; ++round) {
        QCoreApplication::processEvents();
        const QList<Element> fromAlice = m_alice->written();
        const QList<Element> fromBob = m_bob->written();
        if (fromAlice.isEmpty() && fromBob.isEmpty()) {
            break;
        }
        for (const Element &message : fromAlice) {
            m_wire.append(message);
            m_bob->deliver(message, m_alice->jid);
        }
        for (const Element &message : fromBob) {
            m_wire.append(message);
            m_alice->deliver(message, m_bob->jid);
        }
        relayed += int(fromAlice.size() + fromBob.size());
    }
    return relayed;
}

EsessionManager::SendResult TestOnlineSessions::sendAndPump(Side &from, Side &to, const QString &body, bool required)
{
    std::optional<EsessionManager::SendResult> result;
    from.esessions->send(to.jid.bare(), body, required, [&](const EsessionManager::SendResult &r) { result = r; });
    pump();
    return result.value_or(EsessionManager::SendResult());
}

void TestOnlineSessions::negotiatesThenBothDirectionsDecrypt()
{
    QSignalSpy established(&m_bob->esessions->online(), &OnlineSessions::sessionEstablished);
    QSignalSpy bobStored(m_bob->messages.get(), &MessageManager::messageStored);
    QSignalSpy aliceStored(m_alice->messages.get(), &MessageManager::messageStored);
    const EsessionManager::SendResult first = sendAndPump(*m_alice, *m_bob, u"hello bob"_s, true);
    QVERIFY2(first.ok(), qPrintable(first.message));
    QVERIFY(first.encrypted);
    QCOMPARE(established.size(), 1);

    // The wire: request (form) → response (submit with identity) → result, then the message; each with the
    // same thread, to full JIDs, with the privacy hints, never a plaintext body.
    QVERIFY(m_wire.size() >= 4);
    const QString thread = m_wire.at(0).childText(u"thread");
    QVERIFY(!thread.isEmpty());
    QCOMPARE(featureForm(m_wire.at(0)).attribute(u"type"), u"form"_s);
    QCOMPARE(m_wire.at(0).attribute(u"to"), m_bob->jid.toString());
    QCOMPARE(featureForm(m_wire.at(1)).attribute(u"type"), u"submit"_s);
    QCOMPARE(m_wire.at(1).attribute(u"to"), m_alice->jid.toString());
    QCOMPARE(featureForm(m_wire.at(2)).attribute(u"type"), u"result"_s);
    for (const Element &message : std::as_const(m_wire)) {
        QCOMPARE(message.childText(u"thread"), thread);
        QVERIFY(!message.hasChild(u"body", u"jabber:client"_s));
        QVERIFY(message.hasChild(u"private", u"urn:xmpp:carbons:2"_s));
        QVERIFY(message.hasChild(u"no-store", u"urn:xmpp:hints"_s));
        QVERIFY(!message.toString(u"jabber:client"_s).contains(u"hello bob"_s));
    }
    QVERIFY(m_wire.constLast().hasChild(u"c", esession::stanzaNs()));

    QCOMPARE(m_bob->incomingBodies(m_alice->jid), QStringList { u"hello bob"_s });
    const StoredMessage received = m_bob->history(m_alice->jid).constLast();
    const std::optional<MessageE2eMark> mark = markOf(m_bob->historyStore->message(received.id));
    QVERIFY(mark);
    QCOMPARE(mark->kind, MessageE2eKind::OnlineEsession);
    QCOMPARE(mark->status, MessageE2eStatus::Decrypted);
    QVERIFY(mark->created.isValid());
    const std::optional<MessageE2eMark> sentMark = markOf(m_alice->historyStore->message(first.historyId));
    QVERIFY(sentMark && sentMark->kind == MessageE2eKind::OnlineEsession);
    // The models hear of both with the mark: what messageStored carries is the row with its lock.
    QCOMPARE(bobStored.size(), 1);
    QCOMPARE(bobStored.at(0).at(1).value<StoredMessage>().e2e, mark->e2e());
    QCOMPARE(aliceStored.size(), 1);
    QCOMPARE(aliceStored.at(0).at(1).value<StoredMessage>().e2e.status, MessageE2eStatus::Encrypted);

    // Bob answers in the same session: no second negotiation.
    m_wire.clear();
    const EsessionManager::SendResult reply = sendAndPump(*m_bob, *m_alice, u"hello alice"_s, true);
    QVERIFY2(reply.ok() && reply.encrypted, qPrintable(reply.message));
    QCOMPARE(m_wire.size(), 1);
    QCOMPARE(m_wire.at(0).childText(u"thread"), thread);
    QCOMPARE(m_alice->incomingBodies(m_bob->jid), QStringList { u"hello alice"_s });
    QCOMPARE(m_alice->esessions->online().establishedCount(), 1);
    QCOMPARE(m_bob->esessions->online().establishedCount(), 1);
}

void TestOnlineSessions::messagesTypedDuringNegotiationKeepTheirOrder()
{
    QList<EsessionManager::SendResult> results;
    for (const QString &body : { u"one"_s, u"two"_s, u"three"_s }) {
        m_alice->esessions->send(
            m_bob->jid.bare(), body, true, [&](const EsessionManager::SendResult &r) { results.append(r); });
    }
    QVERIFY(results.isEmpty()); // waiting for the negotiation, nothing stored or sent yet
    QCOMPARE(m_alice->written().size(), 1); // one request for the three
    // (the request was taken above: start the negotiation again from Bob's side of the relay)
    m_alice->esessions->online().terminateAll();
    QCOMPARE(results.size(), 3);
    for (const EsessionManager::SendResult &r : std::as_const(results)) {
        QVERIFY(!r.ok()); // abandoned negotiation: required encryption, so nothing was sent
    }
    QVERIFY(m_alice->history(m_bob->jid).isEmpty());

    results.clear();
    for (const QString &body : { u"one"_s, u"two"_s, u"three"_s }) {
        m_alice->esessions->send(
            m_bob->jid.bare(), body, true, [&](const EsessionManager::SendResult &r) { results.append(r); });
    }
    pump();
    QCOMPARE(results.size(), 3);
    QCOMPARE(m_bob->incomingBodies(m_alice->jid), (QStringList { u"one"_s, u"two"_s, u"three"_s }));
}

void TestOnlineSessions::rekeysAndKeepsDecrypting()
{
    QStringList expectedAtBob;
    QStringList expectedAtAlice;
    for (int i = 0; i < 130; ++i) {
        const QString toBob = u"a%1"_s.arg(i);
        QVERIFY(sendAndPump(*m_alice, *m_bob, toBob, true).encrypted);
        expectedAtBob.append(toBob);
        if (i % 3 == 0) {
            const QString toAlice = u"b%1"_s.arg(i);
            QVERIFY(sendAndPump(*m_bob, *m_alice, toAlice, true).encrypted);
            expectedAtAlice.append(toAlice);
        }
    }
    int rekeys = 0;
    for (const Element &message : std::as_const(m_wire)) {
        rekeys += message.firstChild(u"c", esession::stanzaNs()).hasChild(u"key", esession::stanzaNs()) ? 1 : 0;
    }
    QVERIFY2(rekeys >= 1, "no XEP-0200 re-key after 130 stanzas");
    QCOMPARE(m_bob->incomingBodies(m_alice->jid), expectedAtBob);
    QCOMPARE(m_alice->incomingBodies(m_bob->jid), expectedAtAlice);
}

void TestOnlineSessions::signOutTerminatesAndPeerAcknowledges()
{
    QVERIFY(sendAndPump(*m_alice, *m_bob, u"hi"_s, true).encrypted);
    QSignalSpy bobEnded(&m_bob->esessions->online(), &OnlineSessions::sessionEnded);
    m_wire.clear();
    m_alice->esessions->terminateOnlineSessions();
    QCOMPARE(m_alice->esessions->online().establishedCount(), 0);
    pump();
    QCOMPARE(bobEnded.size(), 1);
    QCOMPARE(m_bob->esessions->online().establishedCount(), 0);
    // Alice's encrypted termination, then Bob's encrypted acknowledgement (XEP-0116 §ESession Termination),
    // which Alice no longer needs; nothing else, and nothing that shows up as a message.
    QCOMPARE(m_wire.size(), 2);
    QVERIFY(m_wire.at(0).hasChild(u"c", esession::stanzaNs()));
    QVERIFY(m_wire.at(1).hasChild(u"c", esession::stanzaNs()));
    QCOMPARE(m_bob->incomingBodies(m_alice->jid), QStringList { u"hi"_s });
    QVERIFY(m_alice->incomingBodies(m_bob->jid).isEmpty());

    // The next message negotiates a new session.
    m_wire.clear();
    QVERIFY(sendAndPump(*m_alice, *m_bob, u"again"_s, true).encrypted);
    QCOMPARE(featureForm(m_wire.at(0)).attribute(u"type"), u"form"_s);
    QCOMPARE(m_bob->incomingBodies(m_alice->jid), (QStringList { u"hi"_s, u"again"_s }));
}

void TestOnlineSessions::tamperedStanzaIsShownAndEndsTheSession()
{
    QVERIFY(sendAndPump(*m_alice, *m_bob, u"first"_s, true).encrypted);
    std::optional<EsessionManager::SendResult> result;
    m_alice->esessions->send(
        m_bob->jid.bare(), u"second"_s, true, [&](const EsessionManager::SendResult &r) { result = r; });
    QList<Element> written = m_alice->written();
    QCOMPARE(written.size(), 1);
    // Flip one bit of the ciphertext.
    Element message = written.first();
    const Element c = message.firstChild(u"c", esession::stanzaNs());
    QByteArray bytes = QByteArray::fromBase64(c.childText(u"data").toLatin1());
    bytes[0] = char(bytes.at(0) ^ 0x01);
    Element rebuilt(u"c"_s, esession::stanzaNs());
    for (const Element &child : c.childElements()) {
        if (child.name() == u"data"_s) {
            Element data(u"data"_s, esession::stanzaNs());
            data.setText(QString::fromLatin1(bytes.toBase64()));
            rebuilt.appendChild(data);
        } else {
            rebuilt.appendChild(child);
        }
    }
    message.removeChildren(u"c", esession::stanzaNs());
    message.appendChild(rebuilt);
    QSignalSpy bobEnded(&m_bob->esessions->online(), &OnlineSessions::sessionEnded);
    m_bob->deliver(message, m_alice->jid);
    QCOMPARE(bobEnded.size(), 1);
    const StoredMessage shown = m_bob->history(m_alice->jid).constLast();
    QVERIFY(!shown.body.contains(u"second"_s));
    QVERIFY(!shown.body.isEmpty());
    const std::optional<MessageE2eMark> mark = markOf(m_bob->historyStore->message(shown.id));
    QVERIFY(mark);
    QCOMPARE(mark->status, MessageE2eStatus::Rejected);
    QCOMPARE(mark->kind, MessageE2eKind::OnlineEsession);
    // Bob told Alice (not-acceptable with the stanza's id): her session ends too, and the message that was not
    // read is marked failed in her history.
    pump();
    QCOMPARE(m_alice->esessions->online().establishedCount(), 0);
    QVERIFY(result && result->ok());
    QCOMPARE(m_alice->historyStore->message(result->historyId)->state, MessageState::Failed);
}

void TestOnlineSessions::peerGoingOfflineEndsTheSession()
{
    QVERIFY(sendAndPump(*m_alice, *m_bob, u"hi"_s, true).encrypted);
    QCOMPARE(m_bob->esessions->online().establishedCount(), 1);
    m_bob->session->inject("<presence type='unavailable' from='user@alice.example/pda'/>");
    QCOMPARE(m_bob->esessions->online().establishedCount(), 0);
    QCOMPARE(m_alice->esessions->online().establishedCount(), 1);
}

void TestOnlineSessions::noAnswerTimesOut()
{
    m_alice->esessions->online().setTimeout(50);
    std::optional<EsessionManager::SendResult> result;
    m_alice->esessions->send(
        m_bob->jid.bare(), u"x"_s, true, [&](const EsessionManager::SendResult &r) { result = r; });
    QCOMPARE(m_alice->written().size(), 1); // the request, never answered
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->failure, EsessionManager::SendFailure::ContactUnsupported);
    QVERIFY(m_alice->written().isEmpty()); // required: nothing in the clear
}

void TestOnlineSessions::errorReplyMeansUnsupported()
{
    // "When possible" (the default policy): the message goes out in the clear after the refusal.
    std::optional<EsessionManager::SendResult> result;
    m_alice->esessions->send(
        m_bob->jid.bare(), u"plain"_s, false, [&](const EsessionManager::SendResult &r) { result = r; });
    const QList<Element> written = m_alice->written();
    QCOMPARE(written.size(), 1);
    const QString thread = written.first().childText(u"thread");
    m_alice->session->inject("<message type='error' from='user@bob.example/laptop'><thread>" + thread.toUtf8()
        + "</thread><error type='cancel'><feature-not-implemented "
          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>");
    QVERIFY(result.has_value());
    QVERIFY(result->ok());
    QVERIFY(!result->encrypted);
    QCOMPARE(result->failure, EsessionManager::SendFailure::ContactUnsupported);
    const QList<Element> clear = m_alice->written();
    QCOMPARE(clear.size(), 1);
    QCOMPARE(clear.first().childText(u"body"), u"plain"_s);
}

void TestOnlineSessions::policyNeverAtResponderDeclines()
{
    QVERIFY(m_bob->keys->setPolicy(m_alice->jid.bare(), E2ePolicy::Never));
    const EsessionManager::SendResult result = sendAndPump(*m_alice, *m_bob, u"x"_s, true);
    QVERIFY(!result.ok());
    QCOMPARE(result.failure, EsessionManager::SendFailure::Protocol);
    QCOMPARE(m_wire.size(), 2); // request, then Bob's not-acceptable
    QCOMPARE(m_wire.at(1).attribute(u"type"), u"error"_s);
    QVERIFY(m_wire.at(1)
                .firstChild(u"error", u"jabber:client"_s)
                .hasChild(u"not-acceptable", u"urn:ietf:params:xml:ns:xmpp-stanzas"_s));
    QVERIFY(m_bob->history(m_alice->jid).isEmpty());
}

void TestOnlineSessions::strangerGetsNoAnswer()
{
    // Bob does not see Mallory's presence: her request is not answered (no signature work, nothing revealed).
    Side mallory(u"user@mallory.example/x"_s, 0);
    QVERIFY(mallory.start());
    mallory.seeAvailable(m_bob->jid);
    mallory.esessions->send(m_bob->jid.bare(), u"hi"_s, true, [](const EsessionManager::SendResult &) {});
    const QList<Element> request = mallory.written();
    QCOMPARE(request.size(), 1);
    m_bob->deliver(request.first(), mallory.jid);
    QVERIFY(m_bob->written().isEmpty());
}

void TestOnlineSessions::carbonCopyIsNotTakenByTheSession()
{
    QVERIFY(sendAndPump(*m_alice, *m_bob, u"first"_s, true).encrypted);
    // A carbon of a <c/> with the session's thread: another resource's traffic, never decrypted here (it
    // would desynchronise the counter). Bob's own session stays usable.
    std::optional<EsessionManager::SendResult> result;
    m_alice->esessions->send(
        m_bob->jid.bare(), u"second"_s, true, [&](const EsessionManager::SendResult &r) { result = r; });
    Element copy = m_alice->written().first();
    copy.setAttribute(u"from"_s, m_alice->jid.toString());
    const QByteArray forwarded = "<message from='user@bob.example' to='user@bob.example/laptop'><received "
                                 "xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
        + copy.toString(u"jabber:client"_s).toUtf8() + "</forwarded></received></message>";
    m_bob->session->inject(forwarded);
    QCOMPARE(m_bob->esessions->online().establishedCount(), 1);
    m_bob->deliver(copy, m_alice->jid);
    QCOMPARE(m_bob->incomingBodies(m_alice->jid).constLast(), u"second"_s);
}

QTEST_GUILESS_MAIN(TestOnlineSessions)
#include "tst_onlinesessions.moc"
