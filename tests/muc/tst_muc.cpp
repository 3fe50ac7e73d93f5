// Group chat (XEP-0045) on a bound session (scripted server): entering and leaving, every join error, the
// instant room, nick changes, kicks and bans, private messages, our reflected messages, the subject, the
// occupant model, a presence flood, and hostile input from rooms we are not in.
#include "ScriptedSession.h"
#include "TestJid.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "models/MessageModel.h"
#include "models/RoomOccupantsModel.h"
#include "muc/MucManager.h"
#include "muc/MucNamespaces.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray room = "room@conference.example.com";

QByteArray occupantPresence(const QByteArray &nick, const QByteArray &role = "participant",
    const QByteArray &affiliation = "none", const QByteArray &extra = {})
{
    return "<presence from='" + room + "/" + nick + "' to='user@example.com/balcony'>"
        + "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='" + affiliation + "' role='" + role + "'/>"
        + extra + "</x></presence>";
}

QByteArray selfPresence(
    const QByteArray &nick, const QByteArray &codes = "<status code='110'/>", const QByteArray &role = "participant")
{
    return occupantPresence(nick, role, "none", codes);
}

QByteArray errorPresence(const QByteArray &nick, const QByteArray &type, const QByteArray &condition)
{
    return "<presence type='error' from='" + room + "/" + nick + "'><x xmlns='http://jabber.org/protocol/muc'/>"
        + "<error type='" + type + "'><" + condition
        + " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>";
}

} // namespace

class TestMuc : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void joinEntersOnSelfPresence();
    void joinWithPasswordWithoutHistory();
    void joinAsksOnlyForNewerHistory();
    void joinErrors_data();
    void joinErrors();
    void nickConflictRetriesWithSuffix();
    void newRoomAcceptedAsInstantRoom();
    void serviceAssignedNick();
    void nickChange();
    void nickChangeRefused();
    void removedFromRoom_data();
    void removedFromRoom();
    void leave();
    void occupantsWithRolesAndRealJids();
    void roomMessageStoredNotByMessageManager();
    void reflectionMarksOursDelivered();
    void roomErrorFailsOurMessage();
    void privateMessages();
    void subjectKeptRawShownStripped();
    void joinHistoryStoredOnce();
    void hostileInputFromRoomsNotJoined();
    void hugeNickDoesNotCrash();
    void presenceFloodIsBounded();
    void modelSortsByRoleThenNick();
    void rejoinAfterUnresumedSession();
    void joinWaitsForSession();
    void presenceFollowsTheAccount();
    void messageModelFollowsTheRoom();

private:
    bool start();
    bool enter(const QByteArray &nick = "alice");
    QList<StoredMessage> roomHistory() { return m_history.page(jid(room.constData()), 1000); }

    MemoryHistoryStore m_history;
    std::unique_ptr<MemoryOutboxStore> m_store;
    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<MessageManager> m_messages;
    std::unique_ptr<MucManager> m_muc;
    int m_nextId = 0;
};

void TestMuc::init()
{
    m_history = MemoryHistoryStore();
    m_store = std::make_unique<MemoryOutboxStore>(m_history);
    m_nextId = 0;
    Connection::setIdGenerator([this] { return u"id%1"_s.arg(++m_nextId); });
    m_session = std::make_unique<ScriptedSession>();
}

void TestMuc::cleanup()
{
    m_muc.reset();
    m_messages.reset();
    m_outbox.reset();
    m_session.reset();
    m_store.reset();
    Connection::setIdGenerator({});
}

bool TestMuc::start()
{
    m_outbox = std::make_unique<Outbox>(m_session->connection(), *m_store);
    m_messages = std::make_unique<MessageManager>(m_session->connection(), m_history, *m_outbox, nullptr);
    m_muc = std::make_unique<MucManager>(m_session->connection(), m_history, *m_outbox, nullptr);
    const bool ok = m_session->login();
    m_session->takeStanzas();
    return ok;
}

bool TestMuc::enter(const QByteArray &nick)
{
    MucJoinOptions options;
    options.nick = QString::fromUtf8(nick);
    if (!m_muc->join(jid(room.constData()), options)) {
        return false;
    }
    m_session->takeStanzas();
    m_session->inject(selfPresence(nick));
    return m_muc->isJoined(jid(room.constData()));
}

void TestMuc::joinEntersOnSelfPresence()
{
    QVERIFY(start());
    QSignalSpy joined(m_muc.get(), &MucManager::joined);
    MucJoinOptions options;
    options.nick = u"alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    QVERIFY(m_session->expect("<presence to='room@conference.example.com/alice'>"
                              "<x xmlns='http://jabber.org/protocol/muc'><history maxstanzas='50'/></x></presence>"));
    QCOMPARE(m_muc->room(jid(room.constData()))->state, MucRoomState::Joining);
    // §7.2.3: the other occupants first, then our own presence with status 110.
    m_session->inject(occupantPresence("bob", "moderator", "owner"));
    QVERIFY(joined.isEmpty());
    m_session->inject(selfPresence("alice"));
    QCOMPARE(joined.size(), 1);
    QCOMPARE(joined.first().at(1).toString(), u"alice"_s);
    QCOMPARE(joined.first().at(2).toBool(), false);
    QVERIFY(m_muc->isJoined(jid(room.constData())));
    QCOMPARE(m_muc->occupants(jid(room.constData())).size(), 2);
    // Joining again with the same nick sends nothing.
    QVERIFY(m_muc->join(jid(room.constData()), options));
    QVERIFY(m_session->expectNothing());
}

void TestMuc::joinWithPasswordWithoutHistory()
{
    QVERIFY(start());
    MucJoinOptions options;
    options.nick = u"alice"_s;
    options.password = u"cauldronburn"_s;
    options.history = MucJoinOptions::History::None;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    QVERIFY(m_session->expect("<presence to='room@conference.example.com/alice'>"
                              "<x xmlns='http://jabber.org/protocol/muc'><password>cauldronburn</password>"
                              "<history maxstanzas='0'/></x></presence>"));
    // Not a room address, not a nick.
    options.nick.clear();
    QVERIFY(!m_muc->join(jid(room.constData()), options));
    QVERIFY(!m_muc->lastError().isEmpty());
    options.nick = u"alice"_s;
    QVERIFY(!m_muc->join(jid("conference.example.com"), options));
    QVERIFY(m_session->expectNothing());
}

void TestMuc::joinAsksOnlyForNewerHistory()
{
    StoredMessage stored;
    stored.conversation = jid(room.constData());
    stored.type = Message::Type::GroupChat;
    stored.from = jid("room@conference.example.com/bob");
    stored.to = jid("user@example.com/balcony");
    stored.body = u"earlier"_s;
    stored.sentTime = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    stored.receivedTime = stored.sentTime;
    QVERIFY(m_history.insert(stored) > 0);
    // A newer message of ours the room never confirmed (queued, then the stream went) is not where the room's
    // history can start: messages of others before it would be missed.
    StoredMessage unconfirmed = StoredMessage::outgoing(jid("room@conference.example.com/alice"), jid(room.constData()),
        Message::Type::GroupChat, u"o1"_s, QString(), u"lost?"_s, QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC));
    unconfirmed.state = MessageState::Sent;
    QVERIFY(m_history.insert(unconfirmed) > 0);
    QVERIFY(start());
    MucJoinOptions options;
    options.nick = u"alice"_s;
    options.maxStanzas = 20;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    QVERIFY(m_session->expect("<presence to='room@conference.example.com/alice'>"
                              "<x xmlns='http://jabber.org/protocol/muc'>"
                              "<history maxstanzas='20' since='2026-12-01T10:00:00.000Z'/></x></presence>"));
}

void TestMuc::joinErrors_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<MucError>("error");
    QTest::addColumn<QString>("words");
    QTest::newRow("409 nick taken") << QByteArray("cancel") << QByteArray("conflict") << MucError::NickConflict
                                    << u"nickname"_s;
    QTest::newRow("401 password") << QByteArray("auth") << QByteArray("not-authorized") << MucError::PasswordRequired
                                  << u"password"_s;
    QTest::newRow("407 members only") << QByteArray("auth") << QByteArray("registration-required")
                                      << MucError::MembersOnly << u"members"_s;
    QTest::newRow("403 banned") << QByteArray("auth") << QByteArray("forbidden") << MucError::Banned << u"banned"_s;
    QTest::newRow("503 full") << QByteArray("wait") << QByteArray("service-unavailable") << MucError::RoomFull
                              << u"full"_s;
    QTest::newRow("404 locked") << QByteArray("cancel") << QByteArray("item-not-found") << MucError::RoomLocked
                                << u"does not exist"_s;
}

void TestMuc::joinErrors()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, condition);
    QFETCH(MucError, error);
    QFETCH(QString, words);
    QVERIFY(start());
    QSignalSpy failed(m_muc.get(), &MucManager::joinFailed);
    MucJoinOptions options;
    options.nick = u"alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->takeStanzas();
    m_session->inject(errorPresence("alice", type, condition));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<MucError>(), error);
    const QString text = failed.first().at(2).toString();
    QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY(!m_muc->room(jid(room.constData())));
    QVERIFY(m_muc->rooms().isEmpty());
    // Nothing is retried unless asked for.
    QVERIFY(m_session->expectNothing());
}

void TestMuc::nickConflictRetriesWithSuffix()
{
    QVERIFY(start());
    QSignalSpy joined(m_muc.get(), &MucManager::joined);
    QSignalSpy failed(m_muc.get(), &MucManager::joinFailed);
    MucJoinOptions options;
    options.nick = u"alice"_s;
    options.retryNickOnConflict = true;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->takeStanzas();
    m_session->inject(errorPresence("alice", "cancel", "conflict"));
    QVERIFY(m_session->expect("<presence to='room@conference.example.com/alice_2'>"
                              "<x xmlns='http://jabber.org/protocol/muc'><history maxstanzas='50'/></x></presence>"));
    m_session->inject(selfPresence("alice_2"));
    QVERIFY(failed.isEmpty());
    QCOMPARE(joined.size(), 1);
    QCOMPARE(joined.first().at(1).toString(), u"alice_2"_s);
    QCOMPARE(m_muc->room(jid(room.constData()))->nick, u"alice_2"_s);
    // Bounded: after maxNickAttempts the conflict is the answer.
    const Jid other = jid("other@conference.example.com");
    QVERIFY(m_muc->join(other, options));
    m_session->takeStanzas();
    for (int attempt = 1; attempt <= MucJoinOptions::maxNickAttempts; ++attempt) {
        const QByteArray nick = attempt == 1 ? QByteArray("alice") : "alice_" + QByteArray::number(attempt);
        m_session->inject("<presence type='error' from='other@conference.example.com/" + nick
            + "'><error type='cancel'><conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>");
    }
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<MucError>(), MucError::NickConflict);
    QCOMPARE(m_session->takeStanzas().size(), MucJoinOptions::maxNickAttempts - 1);
}

void TestMuc::newRoomAcceptedAsInstantRoom()
{
    QVERIFY(start());
    QSignalSpy joined(m_muc.get(), &MucManager::joined);
    MucJoinOptions options;
    options.nick = u"alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->takeStanzas();
    // §10.1.1: a new room is locked; its creator is its owner (201 + 110).
    m_session->inject(selfPresence("alice", "<status code='110'/><status code='201'/>", "moderator"));
    QVERIFY(m_session->expect("<iq type='set' to='room@conference.example.com' id='id2'>"
                              "<query xmlns='http://jabber.org/protocol/muc#owner'>"
                              "<x xmlns='jabber:x:data' type='submit'/></query></iq>"));
    // Locked for everyone else until the room took the configuration: not "joined" before that.
    QVERIFY(joined.isEmpty());
    QCOMPARE(m_muc->room(jid(room.constData()))->state, MucRoomState::Joining);
    m_session->inject("<iq type='result' from='room@conference.example.com' id='id2'/>");
    QCOMPARE(joined.size(), 1);
    QCOMPARE(joined.first().at(2).toBool(), true);
    QVERIFY(m_muc->isJoined(jid(room.constData())));
}

void TestMuc::serviceAssignedNick()
{
    QVERIFY(start());
    QSignalSpy joined(m_muc.get(), &MucManager::joined);
    MucJoinOptions options;
    options.nick = u"Alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->takeStanzas();
    // 210: the service changed the nick (e.g. to the registered one).
    m_session->inject(selfPresence("thirdwitch", "<status code='110'/><status code='210'/>"));
    QCOMPARE(joined.size(), 1);
    QCOMPARE(joined.first().at(1).toString(), u"thirdwitch"_s);
    QCOMPARE(m_muc->room(jid(room.constData()))->nick, u"thirdwitch"_s);
}

void TestMuc::nickChange()
{
    QVERIFY(start());
    QVERIFY(enter());
    RoomOccupantsModel model(*m_muc, jid(room.constData()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(m_muc.get(), &MucManager::nickChanged);
    QVERIFY(m_muc->changeNick(jid(room.constData()), u"oldhag"_s));
    QVERIFY(m_session->expect("<presence to='room@conference.example.com/oldhag'/>"));
    // §7.6.3: unavailable for the old nick with 303 and the new nick, then available for the new one.
    m_session->inject("<presence type='unavailable' from='room@conference.example.com/alice'>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'>"
                      "<item affiliation='none' nick='oldhag' role='participant'/>"
                      "<status code='303'/><status code='110'/></x></presence>");
    m_session->inject(selfPresence("oldhag"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(1).toString(), u"alice"_s);
    QCOMPARE(changed.first().at(2).toString(), u"oldhag"_s);
    QCOMPARE(m_muc->room(jid(room.constData()))->nick, u"oldhag"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(RoomOccupantsModel::NickRole).toString(), u"oldhag"_s);
    // Another occupant's nick change.
    m_session->inject(occupantPresence("bob"));
    m_session->inject("<presence type='unavailable' from='room@conference.example.com/bob'>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'>"
                      "<item affiliation='none' nick='robert' role='participant'/><status code='303'/></x></presence>");
    m_session->inject(occupantPresence("robert"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.rowOf(u"bob"_s) < 0);
    QVERIFY(model.rowOf(u"robert"_s) >= 0);
}

void TestMuc::nickChangeRefused()
{
    QVERIFY(start());
    QVERIFY(enter());
    QSignalSpy failed(m_muc.get(), &MucManager::nickChangeFailed);
    QVERIFY(m_muc->changeNick(jid(room.constData()), u"bob"_s));
    m_session->takeStanzas();
    m_session->inject(errorPresence("bob", "cancel", "conflict"));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(2).toString().contains(u"nickname"_s));
    // Still in, as before.
    QVERIFY(m_muc->isJoined(jid(room.constData())));
    QCOMPARE(m_muc->room(jid(room.constData()))->nick, u"alice"_s);
}

void TestMuc::removedFromRoom_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<MucExit>("exit");
    QTest::addColumn<QString>("words");
    QTest::newRow("307 kicked") << QByteArray("<item affiliation='none' role='none'><actor nick='Fire'/>"
                                              "<reason>Avaunt, you cullion!</reason></item><status code='307'/>")
                                << MucExit::Kicked << u"Fire removed you"_s;
    QTest::newRow("301 banned") << QByteArray("<item affiliation='outcast' role='none'><actor nick='Fire'/></item>"
                                              "<status code='301'/>")
                                << MucExit::Banned << u"Fire banned you"_s;
    QTest::newRow("332 shutdown") << QByteArray("<item affiliation='none' role='none'/><status code='332'/>")
                                  << MucExit::Shutdown << u"shutting down"_s;
    QTest::newRow("321 affiliation") << QByteArray("<item affiliation='none' role='none'/><status code='321'/>")
                                     << MucExit::Removed << u"no longer a member"_s;
    QTest::newRow("destroyed") << QByteArray("<item affiliation='none' role='none'/>"
                                             "<destroy><reason>Macbeth doth come</reason></destroy>")
                               << MucExit::Destroyed << u"Macbeth doth come"_s;
}

void TestMuc::removedFromRoom()
{
    QFETCH(QByteArray, payload);
    QFETCH(MucExit, exit);
    QFETCH(QString, words);
    QVERIFY(start());
    QVERIFY(enter());
    m_session->inject(occupantPresence("bob"));
    QSignalSpy left(m_muc.get(), &MucManager::left);
    QSignalSpy cleared(m_muc.get(), &MucManager::occupantsCleared);
    m_session->inject("<presence type='unavailable' from='room@conference.example.com/alice'>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'>"
        + payload + "<status code='110'/></x></presence>");
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().at(1).value<MucExit>(), exit);
    QVERIFY2(left.first().at(2).toString().contains(words), qPrintable(left.first().at(2).toString()));
    QCOMPARE(cleared.size(), 1);
    QVERIFY(m_muc->rooms().isEmpty());
    // Not entered again on its own, and its messages are no longer taken.
    QVERIFY(m_session->expectNothing());
    m_session->inject("<message type='groupchat' from='room@conference.example.com/bob' id='m1'>"
                      "<body>after</body></message>");
    QVERIFY(roomHistory().isEmpty());
}

void TestMuc::leave()
{
    QVERIFY(start());
    QVERIFY(enter());
    QSignalSpy left(m_muc.get(), &MucManager::left);
    QVERIFY(m_muc->leave(jid(room.constData()), u"Exeunt"_s));
    QVERIFY(m_session->expect("<presence to='room@conference.example.com/alice' type='unavailable'>"
                              "<status>Exeunt</status></presence>"));
    QVERIFY(left.isEmpty());
    QCOMPARE(m_muc->room(jid(room.constData()))->state, MucRoomState::Leaving);
    m_session->inject("<presence type='unavailable' from='room@conference.example.com/alice'>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='none'/>"
                      "<status code='110'/></x></presence>");
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().at(1).value<MucExit>(), MucExit::Left);
    QVERIFY(left.first().at(2).toString().isEmpty());
    QVERIFY(m_muc->rooms().isEmpty());
    QVERIFY(!m_muc->leave(jid(room.constData())));
}

void TestMuc::occupantsWithRolesAndRealJids()
{
    QVERIFY(start());
    QVERIFY(enter());
    QSignalSpy removed(m_muc.get(), &MucManager::occupantRemoved);
    m_session->inject("<presence from='room@conference.example.com/bob'><show>away</show><status>brewing</status>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'>"
                      "<item affiliation='admin' role='moderator' jid='bob@example.org/cave'/></x></presence>");
    const MucRoom *r = m_muc->room(jid(room.constData()));
    QVERIFY(r);
    const MucOccupant bob = r->occupants.value(u"bob"_s);
    QCOMPARE(bob.role, MucRole::Moderator);
    QCOMPARE(bob.affiliation, MucAffiliation::Admin);
    QCOMPARE(bob.realJid, jid("bob@example.org/cave"));
    QCOMPARE(bob.show, Presence::Show::Away);
    QCOMPARE(bob.status, u"brewing"_s);
    // An occupant kicked (307 without 110) just leaves the list.
    m_session->inject("<presence type='unavailable' from='room@conference.example.com/bob'>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='none'/>"
                      "<status code='307'/></x></presence>");
    QCOMPARE(removed.size(), 1);
    QVERIFY(m_muc->isJoined(jid(room.constData())));
    QCOMPARE(m_muc->occupants(jid(room.constData())).size(), 1);
}

void TestMuc::roomMessageStoredNotByMessageManager()
{
    QVERIFY(start());
    QVERIFY(enter());
    QSignalSpy mucStored(m_muc.get(), &MucManager::messageStored);
    QSignalSpy chatStored(m_messages.get(), &MessageManager::messageStored);
    m_session->inject("<message type='groupchat' from='room@conference.example.com/bob' id='m1'>"
                      "<body>Double, double toil and trouble</body>"
                      "<stanza-id xmlns='urn:xmpp:sid:0' id='s1' by='room@conference.example.com'/></message>");
    QCOMPARE(mucStored.size(), 1);
    QVERIFY(chatStored.isEmpty());
    const QList<StoredMessage> rows = roomHistory();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().type, Message::Type::GroupChat);
    QCOMPARE(rows.first().conversation, jid(room.constData()));
    QCOMPARE(rows.first().from, jid("room@conference.example.com/bob"));
    QCOMPARE(rows.first().direction, MessageDirection::Incoming);
    QCOMPARE(rows.first().stanzaId, u"s1"_s);
}

void TestMuc::reflectionMarksOursDelivered()
{
    QVERIFY(start());
    QVERIFY(enter());
    QSignalSpy states(m_muc.get(), &MucManager::messageStateChanged);
    const qint64 id = m_muc->sendMessage(jid(room.constData()), u"Fair is foul"_s);
    QVERIFY(id > 0);
    QVERIFY(m_session->expect("<message type='groupchat' to='room@conference.example.com' id='id2'>"
                              "<body>Fair is foul</body><origin-id xmlns='urn:xmpp:sid:0' id='id2'/></message>"));
    QCOMPARE(m_history.message(id)->state, MessageState::Sent);
    QCOMPARE(m_history.message(id)->from, jid("room@conference.example.com/alice"));
    // Another occupant repeating our origin-id is not our reflection: ours is not marked, and it is no new row.
    m_session->inject("<message type='groupchat' from='room@conference.example.com/mallory' id='x'>"
                      "<body>Foul is fair</body><origin-id xmlns='urn:xmpp:sid:0' id='id2'/></message>");
    QCOMPARE(m_history.message(id)->state, MessageState::Sent);
    QCOMPARE(m_history.message(id)->body, u"Fair is foul"_s);
    QVERIFY(states.isEmpty());
    // §7.4: the room sends ours back to us as to everyone.
    m_session->inject("<message type='groupchat' from='room@conference.example.com/alice' id='id2'>"
                      "<body>Fair is foul</body><origin-id xmlns='urn:xmpp:sid:0' id='id2'/>"
                      "<stanza-id xmlns='urn:xmpp:sid:0' id='r9' by='room@conference.example.com'/>"
                      "</message>");
    QCOMPARE(m_history.message(id)->state, MessageState::Delivered);
    QCOMPARE(m_history.message(id)->stanzaId, u"r9"_s);
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.first().at(0).toLongLong(), id);
    QCOMPARE(roomHistory().size(), 1);
    // A message of our nick that this client did not send (another client of ours) is ours, stored once.
    m_session->inject("<message type='groupchat' from='room@conference.example.com/alice' id='o1'>"
                      "<body>from my phone</body><origin-id xmlns='urn:xmpp:sid:0' id='o1'/></message>");
    QCOMPARE(roomHistory().size(), 2);
    QCOMPARE(roomHistory().first().direction, MessageDirection::Outgoing);
    // Not in the room: nothing is sent.
    QCOMPARE(m_muc->sendMessage(jid("other@conference.example.com"), u"hello?"_s), 0);
    QVERIFY(!m_muc->lastError().isEmpty());
}

void TestMuc::roomErrorFailsOurMessage()
{
    QVERIFY(start());
    QVERIFY(enter());
    const qint64 id = m_muc->sendMessage(jid(room.constData()), u"Hail!"_s);
    m_session->takeStanzas();
    m_session->inject("<message type='error' from='room@conference.example.com' id='id2'>"
                      "<error type='modify'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                      "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>You are not in the room</text></error>"
                      "</message>");
    QCOMPARE(m_history.message(id)->state, MessageState::Failed);
    QCOMPARE(m_history.message(id)->errorText, u"You are not in the room"_s);
    QVERIFY(m_store->pending().isEmpty());
}

void TestMuc::privateMessages()
{
    QVERIFY(start());
    QVERIFY(enter());
    const qint64 id = m_muc->sendPrivateMessage(jid(room.constData()), u"bob"_s, u"Psst"_s);
    QVERIFY(id > 0);
    QVERIFY(m_session->expect("<message type='chat' to='room@conference.example.com/bob' id='id2'>"
                              "<body>Psst</body><x xmlns='http://jabber.org/protocol/muc#user'/>"
                              "<origin-id xmlns='urn:xmpp:sid:0' id='id2'/></message>"));
    QSignalSpy mucStored(m_muc.get(), &MucManager::messageStored);
    QSignalSpy chatStored(m_messages.get(), &MessageManager::messageStored);
    m_session->inject("<message type='chat' from='room@conference.example.com/bob' id='p1'>"
                      "<body>What?</body><x xmlns='http://jabber.org/protocol/muc#user'/></message>");
    QCOMPARE(mucStored.size(), 1);
    QVERIFY(chatStored.isEmpty());
    const StoredMessage in = mucStored.first().at(1).value<StoredMessage>();
    QCOMPARE(in.type, Message::Type::Chat);
    QCOMPARE(in.from, jid("room@conference.example.com/bob"));
    QCOMPARE(in.conversation, jid(room.constData()));
    QCOMPARE(in.body, u"What?"_s);
}

void TestMuc::subjectKeptRawShownStripped()
{
    QVERIFY(start());
    QVERIFY(enter());
    QSignalSpy subject(m_muc.get(), &MucManager::subjectChanged);
    m_session->inject("<message type='groupchat' from='room@conference.example.com/bob' id='s'>"
                      "<subject>Fire&#xD;burn&#x7f; and &#x85;cauldron&#x9b;[2J\tbubble</subject></message>");
    QCOMPARE(subject.size(), 1);
    const MucRoom *r = m_muc->room(jid(room.constData()));
    // XML 1.0 allows no C0 controls but tab, LF and CR; DEL and the C1 controls it allows.
    QCOMPARE(r->subject, u"Fire\rburn\u007f and \u0085cauldron\u009b[2J\tbubble"_s);
    QCOMPARE(r->displaySubject(), u"Fireburn and cauldron[2J\tbubble"_s);
    QCOMPARE(r->subjectBy, u"bob"_s);
    // A subject is the room's state, not a message of its history.
    QVERIFY(roomHistory().isEmpty());
    // Ours, asked for: the room answers with the new subject (then subjectChanged()).
    QVERIFY(m_muc->setSubject(jid(room.constData()), u"Toil"_s));
    QVERIFY(m_session->expect("<message type='groupchat' to='room@conference.example.com' id='id2'>"
                              "<subject>Toil</subject></message>"));
    QVERIFY(!m_muc->setSubject(jid("other@conference.example.com"), u"Toil"_s));
}

void TestMuc::joinHistoryStoredOnce()
{
    QVERIFY(start());
    MucJoinOptions options;
    options.nick = u"alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    const QByteArray history = "<message type='groupchat' from='room@conference.example.com/bob' id='h1'>"
                               "<body>When shall we three meet again</body>"
                               "<delay xmlns='urn:xmpp:delay' stamp='2026-12-01T09:00:00Z' "
                               "from='room@conference.example.com'/>"
                               "<stanza-id xmlns='urn:xmpp:sid:0' id='h-1' by='room@conference.example.com'/>"
                               "</message>";
    m_session->inject(selfPresence("alice"));
    m_session->inject(history);
    QCOMPARE(roomHistory().size(), 1);
    QCOMPARE(roomHistory().first().sentTime, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    // Entering again replays it.
    QVERIFY(m_muc->leave(jid(room.constData())));
    m_session->inject("<presence type='unavailable' from='room@conference.example.com/alice'>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'><status code='110'/></x></presence>");
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->inject(selfPresence("alice"));
    m_session->inject(history);
    QCOMPARE(roomHistory().size(), 1);
    // A stanza-id that an occupant made up (by someone else than the room) is not trusted for de-duplication.
    m_session->inject("<message type='groupchat' from='room@conference.example.com/mallory' id='h2'>"
                      "<body>poison</body>"
                      "<stanza-id xmlns='urn:xmpp:sid:0' id='h-1' by='mallory@example.org'/></message>");
    QCOMPARE(roomHistory().size(), 2);
}

void TestMuc::hostileInputFromRoomsNotJoined()
{
    QVERIFY(start());
    QVERIFY(enter());
    QSignalSpy chatStored(m_messages.get(), &MessageManager::messageStored);
    QSignalSpy occupant(m_muc.get(), &MucManager::occupantChanged);
    // Room history injected from a room we are not in, and by a plain contact pretending to be a room.
    m_session->inject("<message type='groupchat' from='other@conference.example.com/bob' id='g1'>"
                      "<body>injected</body></message>");
    m_session->inject("<message type='groupchat' from='mallory@example.org/x' id='g2'><body>injected</body></message>");
    m_session->inject("<message type='groupchat' id='g3'><body>no sender</body></message>");
    QVERIFY(chatStored.isEmpty());
    QVERIFY(m_history.page(jid("other@conference.example.com"), 10).isEmpty());
    QVERIFY(m_history.page(jid("mallory@example.org"), 10).isEmpty());
    // Occupant presence of a room we are not in.
    m_session->inject("<presence from='other@conference.example.com/bob'>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='owner' role='moderator'/></x>"
                      "</presence>");
    QVERIFY(occupant.isEmpty());
    QVERIFY(!m_muc->room(jid("other@conference.example.com")));
    // Our own nick's presence with another real JID does not make anyone else "us": only the room decides (110).
    m_session->inject("<message type='groupchat' from='room@conference.example.com/bob' id='c'>"
                      "<composing xmlns='http://jabber.org/protocol/chatstates'/></message>");
    QVERIFY(roomHistory().isEmpty());
}

void TestMuc::hugeNickDoesNotCrash()
{
    QVERIFY(start());
    QVERIFY(enter());
    QSignalSpy occupant(m_muc.get(), &MucManager::occupantChanged);
    const QByteArray nick(10 * 1024, 'w');
    m_session->inject(occupantPresence(nick));
    m_session->inject(
        "<message type='groupchat' from='room@conference.example.com/" + nick + "' id='w'><body>long</body></message>");
    // RFC 7622 §3.4: a resourcepart is at most 1023 bytes: the address is invalid, the stanzas are dropped.
    QVERIFY(occupant.isEmpty());
    QVERIFY(roomHistory().isEmpty());
    QCOMPARE(m_session->connection().state(), ConnectionState::Connected);
    QVERIFY(m_muc->isJoined(jid(room.constData())));
}

void TestMuc::presenceFloodIsBounded()
{
    QVERIFY(start());
    QVERIFY(enter());
    RoomOccupantsModel model(*m_muc, jid(room.constData()));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    // 100,000 occupants, in the server's bursts of about 64 KiB.
    constexpr int flood = 100000;
    QElapsedTimer timer;
    timer.start();
    QByteArray burst;
    for (int i = 0; i < flood; ++i) {
        burst += occupantPresence("w" + QByteArray::number(i), i % 7 == 0 ? "moderator" : "participant");
        if (burst.size() > 60000) {
            m_session->inject(burst);
            burst.clear();
        }
    }
    m_session->inject(burst);
    const int cap = MucManager::defaultMaxOccupants();
    QCOMPARE(m_muc->occupants(jid(room.constData())).size(), cap);
    QCOMPARE(model.rowCount(), cap);
    QCOMPARE(inserts.size(), cap - 1); // one insert per listed occupant (we were listed before)
    QVERIFY(resets.isEmpty());
    qInfo("100,000 occupant presences handled in %lld ms", qlonglong(timer.elapsed()));
    // Known occupants still change; the room still works.
    m_session->inject(occupantPresence("w0", "visitor"));
    QCOMPARE(model.index(model.rowCount() - 1).data(RoomOccupantsModel::NickRole).toString(), u"w0"_s);
    m_session->inject(
        "<message type='groupchat' from='room@conference.example.com/w1' id='m'><body>hi</body></message>");
    QCOMPARE(roomHistory().size(), 1);
    // Leaving frees them at once.
    QVERIFY(m_muc->leave(jid(room.constData())));
    m_session->inject("<presence type='unavailable' from='room@conference.example.com/alice'>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'><status code='110'/></x></presence>");
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.size(), 1);
}

void TestMuc::modelSortsByRoleThenNick()
{
    QVERIFY(start());
    QVERIFY(enter());
    m_session->inject(occupantPresence("Zed", "moderator", "owner"));
    // A model made after the first occupants reads them; later ones arrive as single inserts.
    RoomOccupantsModel model(*m_muc, jid(room.constData()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_session->inject(occupantPresence("bob"));
    m_session->inject(occupantPresence("Carol"));
    m_session->inject(occupantPresence("dave", "visitor"));
    m_session->inject(occupantPresence("Amy", "moderator"));
    const auto nicks = [&model] {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row) {
            out.append(model.index(row).data().toString());
        }
        return out;
    };
    QCOMPARE(nicks(), (QStringList { u"Amy"_s, u"Zed"_s, u"alice"_s, u"bob"_s, u"Carol"_s, u"dave"_s }));
    // Voice taken from bob: he moves to the visitors; a status change is one dataChanged in place.
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    m_session->inject(occupantPresence("bob", "visitor"));
    QCOMPARE(nicks(), (QStringList { u"Amy"_s, u"Zed"_s, u"alice"_s, u"Carol"_s, u"bob"_s, u"dave"_s }));
    m_session->inject("<presence from='room@conference.example.com/Carol'><show>dnd</show>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='participant'/>"
                      "</x></presence>");
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(dataChanged.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(model.index(3).data(RoomOccupantsModel::ShowRole).toInt(), int(Presence::Show::Dnd));
    QCOMPARE(model.index(0).data(RoomOccupantsModel::RoleRole).toInt(), int(MucRole::Moderator));
    m_session->inject("<presence type='unavailable' from='room@conference.example.com/Zed'>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='owner' role='none'/></x>"
                      "</presence>");
    QCOMPARE(nicks(), (QStringList { u"Amy"_s, u"alice"_s, u"Carol"_s, u"bob"_s, u"dave"_s }));
}

void TestMuc::rejoinAfterUnresumedSession()
{
    QVERIFY(start());
    QVERIFY(enter());
    m_session->inject(occupantPresence("bob"));
    QSignalSpy cleared(m_muc.get(), &MucManager::occupantsCleared);
    QSignalSpy joined(m_muc.get(), &MucManager::joined);
    // The stream is lost (no XEP-0198 here, so nothing is resumed): the next session enters the room again.
    m_session->connection().disconnectFromServer();
    m_session->inject("</stream:stream>");
    QTRY_COMPARE(m_session->connection().state(), ConnectionState::Disconnected);
    QVERIFY(m_session->login());
    QList<Element> written = m_session->pipelinedStanzas();
    written += m_session->takeStanzas();
    const auto joins = std::count_if(written.cbegin(), written.cend(), [](const Element &s) {
        return s.name() == u"presence" && s.attribute(u"to") == u"room@conference.example.com/alice"
            && s.hasChild(u"x", ns::muc());
    });
    QCOMPARE(joins, 1);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(m_muc->room(jid(room.constData()))->state, MucRoomState::Joining);
    m_session->inject(selfPresence("alice"));
    QCOMPARE(joined.size(), 1);
    QCOMPARE(m_muc->occupants(jid(room.constData())).size(), 1);
}

void TestMuc::joinWaitsForSession()
{
    m_outbox = std::make_unique<Outbox>(m_session->connection(), *m_store);
    m_messages = std::make_unique<MessageManager>(m_session->connection(), m_history, *m_outbox, nullptr);
    m_muc = std::make_unique<MucManager>(m_session->connection(), m_history, *m_outbox, nullptr);
    MucJoinOptions options;
    options.nick = u"alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    // A message typed before the session: queued, written after the join presence of the session start.
    const qint64 id = m_muc->sendMessage(jid(room.constData()), u"early"_s);
    QVERIFY(id > 0);
    QCOMPARE(m_history.message(id)->state, MessageState::Queued);
    QVERIFY(m_session->login());
    QList<Element> written = m_session->pipelinedStanzas();
    written += m_session->takeStanzas();
    int joinAt = -1;
    int messageAt = -1;
    for (int i = 0; i < written.size(); ++i) {
        if (written.at(i).name() == u"presence" && written.at(i).hasChild(u"x", ns::muc())) {
            joinAt = i;
        } else if (written.at(i).name() == u"message" && written.at(i).childText(u"body") == u"early") {
            messageAt = i;
        }
    }
    QVERIFY(joinAt >= 0);
    QVERIFY(messageAt > joinAt);
}

void TestMuc::presenceFollowsTheAccount()
{
    QVERIFY(start());
    Presence::Show show = Presence::Show::Away;
    m_muc->setPresenceSource([&show](const Jid &) {
        Presence presence;
        presence.setShow(show);
        presence.setStatus(u"stirring"_s);
        return presence.toElement();
    });
    MucJoinOptions options;
    options.nick = u"alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    // §7.2.1: the join presence is our presence plus the MUC payload.
    QVERIFY(m_session->expect("<presence to='room@conference.example.com/alice'><show>away</show>"
                              "<status>stirring</status><x xmlns='http://jabber.org/protocol/muc'>"
                              "<history maxstanzas='50'/></x></presence>"));
    m_session->inject(selfPresence("alice"));
    m_muc->join(jid("other@conference.example.com"), options); // still entering: not announced there
    m_session->takeStanzas();
    // §7.7: a change is announced in every room we are in, without the MUC payload.
    show = Presence::Show::Dnd;
    m_muc->broadcastPresence();
    QVERIFY(m_session->expect("<presence to='room@conference.example.com/alice'><show>dnd</show>"
                              "<status>stirring</status></presence>"));
    QVERIFY(m_session->expectNothing());
}

void TestMuc::messageModelFollowsTheRoom()
{
    QVERIFY(start());
    QVERIFY(enter());
    MessageModel model(m_history, jid(room.constData()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.followMessageModules(m_messages.get(), nullptr, m_muc.get());
    m_session->inject("<message type='groupchat' from='room@conference.example.com/bob' id='m1'>"
                      "<body>By the pricking of my thumbs</body></message>");
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(MessageModel::SenderRole).toString(), u"room@conference.example.com/bob"_s);
    const qint64 id = m_muc->sendMessage(jid(room.constData()), u"Something wicked this way comes"_s);
    QCOMPARE(model.rowCount(), 2); // queued in the outbox: MessageManager announces it
    m_session->inject("<message type='groupchat' from='room@conference.example.com/alice' id='id2'>"
                      "<body>Something wicked this way comes</body><origin-id xmlns='urn:xmpp:sid:0' id='id2'/>"
                      "</message>");
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data(MessageModel::IdRole).toLongLong(), id);
    QCOMPARE(model.index(1).data(MessageModel::StateRole).toInt(), int(MessageState::Delivered));
}

QTEST_GUILESS_MAIN(TestMuc)
#include "tst_muc.moc"
