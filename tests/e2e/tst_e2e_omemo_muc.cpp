// OMEMO in group chats (XEP-0384 §6) end to end: Balcony (an Account on a profile, the owner of the room) and the
// independent python-omemo peer (tests/e2e/peer_omemo.py with slixmpp's xep_0045) in a members-only, non-anonymous
// room on a real server, in both OMEMO formats:
// - Balcony asks the room (disco#info, member lists) and finds it qualifies, with the peer as the one other member;
// - Balcony's room message reaches the peer as a groupchat OMEMO message it decrypts (no text in the clear);
// - the peer's room message (encrypted for the members' devices) is decrypted by Balcony with the sender's real JID
//   and stored in the room's conversation;
// - in an open room (not members-only, addresses hidden) Balcony refuses with the reason and sends nothing.
#include "E2eSupport.h"
#include "OmemoPeer.h"
#include "account/Account.h"
#include "muc/MucManager.h"
#include "omemo/OmemoManager.h"
#include "storage/HistoryStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::test;

namespace {

constexpr int StepTimeoutMs = 30000;

QString passwordOf(const QString &user)
{
    return u"pw-"_s + user;
}

struct Device {
    Device(const XmppServerFixture &server, const QString &user, const QString &profile)
    {
        AccountSettings settings;
        settings.connection = settingsFor(server, user, passwordOf(user));
        settings.connection.jid = settings.connection.jid.withResource(u"balcony"_s);
        settings.profileDir = profile;
        settings.e2eScrypt = { 1024, 8, 1 }; // cheap: tests
        settings.automaticCatchUp = false;
        account = std::make_unique<Account>(settings);
    }
    bool start()
    {
        if (!account->isOpen() && !account->open().isOpen()) {
            return false;
        }
        account->connectToServer();
        return QTest::qWaitFor(
            [this] { return account->isOnline() && account->omemo()->isPublished(); }, StepTimeoutMs);
    }
    MucManager &muc() { return *account->muc(); }
    // Creates `room` as its owner with `configuration` (muc#roomconfig fields) and waits until we are in it.
    bool create(const Jid &room, const QList<QPair<QString, QStringList>> &configuration)
    {
        MucJoinOptions options;
        options.nick = u"alice"_s;
        options.configuration = configuration;
        return muc().join(room, options) && QTest::qWaitFor([&] { return muc().isJoined(room); }, StepTimeoutMs);
    }
    std::optional<OmemoManager::SendResult> sendToRoom(const Jid &room, const QString &body)
    {
        std::optional<OmemoManager::SendResult> result;
        account->omemo()->sendToRoom(room, body, [&result](const OmemoManager::SendResult &r) { result = r; });
        static_cast<void>(QTest::qWaitFor([&result] { return result.has_value(); }, StepTimeoutMs));
        return result;
    }
    std::optional<StoredMessage> find(const Jid &room, const QString &body) const
    {
        for (const StoredMessage &m : account->historyStore()->page(room, 500)) {
            if (m.body == body) {
                return m;
            }
        }
        return std::nullopt;
    }
    std::unique_ptr<Account> account;
};

} // namespace

class TestE2eOmemoMuc : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bothWaysInAMembersOnlyRoom_data();
    void bothWaysInAMembersOnlyRoom();
    void openRoomRefused();

private:
    QString bare(const QString &user) const { return user + u'@' + m_server->domain(); }
    Jid jid(const QString &user) const { return *Jid::parse(bare(user)); }
    Jid room(const QString &name) const { return *Jid::parse(QString(name + u'@' + m_server->mucDomain())); }
    QString profile(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<XmppServerFixture> m_server;
};

void TestE2eOmemoMuc::initTestCase()
{
    BALCONY_REQUIRE_SERVER();
    QString why;
    if (!OmemoPeer::isAvailable(&why)) {
        QSKIP(qPrintable(why));
    }
    QVERIFY(m_dir.isValid());
    XmppServerFixture::Options options;
    options.groupChat = true;
    startServerWithUsers(m_server, { u"alice1"_s, u"bob1"_s, u"alice2"_s, u"bob2"_s, u"alice3"_s, u"bob3"_s }, options);
}

void TestE2eOmemoMuc::cleanupTestCase()
{
    m_server.reset();
}

void TestE2eOmemoMuc::bothWaysInAMembersOnlyRoom_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("alice");
    QTest::addColumn<QString>("bob");
    QTest::newRow("OMEMO 0.3") << int(OmemoVersion::Legacy) << u"alice1"_s << u"bob1"_s;
    QTest::newRow("OMEMO 2") << int(OmemoVersion::V2) << u"alice2"_s << u"bob2"_s;
}

void TestE2eOmemoMuc::bothWaysInAMembersOnlyRoom()
{
    QFETCH(int, version);
    QFETCH(QString, alice);
    QFETCH(QString, bob);
    const auto v = OmemoVersion(version);
    const QString ns = v == OmemoVersion::Legacy ? OmemoPeer::OldNamespace : OmemoPeer::TwoNamespace;
    Device balcony(*m_server, alice, profile(alice));
    QVERIFY(balcony.start());
    balcony.account->omemo()->setPreferredVersion(v);
    const Jid secret = room(u"secret-"_s + alice);
    QVERIFY(balcony.create(
        secret, { { u"muc#roomconfig_membersonly"_s, { u"1"_s } }, { u"muc#roomconfig_whois"_s, { u"anyone"_s } } }));
    std::optional<bool> granted;
    QVERIFY(balcony.muc().setAffiliation(
        secret, jid(bob), MucAffiliation::Member, {}, [&granted](bool ok, const QString &) { granted = ok; }));
    QTRY_VERIFY_WITH_TIMEOUT(granted.has_value(), StepTimeoutMs);
    QVERIFY(*granted);

    OmemoPeer peer;
    QVERIFY2(peer.start(*m_server, bare(bob) + u"/peer"_s, passwordOf(bob), m_dir.filePath(bob + u".json"_s)),
        qPrintable(peer.errorString()));
    QVERIFY2(peer.run({ { u"cmd"_s, u"join"_s }, { u"room"_s, secret.toString() }, { u"nick"_s, u"bob"_s } }),
        qPrintable(peer.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(!balcony.muc().occupantJid(secret, u"bob"_s).isNull(), StepTimeoutMs);
    QCOMPARE(balcony.muc().occupantJid(secret, u"bob"_s).bare(), jid(bob));

    // The room qualifies; its one other member is the peer.
    std::optional<OmemoManager::RoomCheck> check;
    balcony.account->omemo()->checkRoom(secret, [&check](const OmemoManager::RoomCheck &c) { check = c; });
    QTRY_VERIFY_WITH_TIMEOUT(check.has_value(), StepTimeoutMs);
    QVERIFY2(check->qualifies, qPrintable(check->reason));
    QCOMPARE(check->members, QList<Jid> { jid(bob) });

    // Balcony → room: the peer decrypts it as a room message from Alice's real JID.
    const QString toRoom = u"OMEMO in the room ("_s + ns + u"): ünïcödé <&>"_s;
    const std::optional<OmemoManager::SendResult> sent = balcony.sendToRoom(secret, toRoom);
    QVERIFY(sent);
    QVERIFY2(sent->ok(), qPrintable(sent->error));
    QCOMPARE(sent->version, v);
    const std::optional<QJsonObject> got = peer.waitForMessage(bare(alice), toRoom, StepTimeoutMs);
    QVERIFY2(got, qPrintable(peer.lastError()));
    QCOMPARE(got->value(u"room"_s).toString(), secret.toString());
    QCOMPARE(got->value(u"namespace"_s).toString(), ns);
    for (const QJsonObject &event : peer.pendingEvents()) {
        if (event.value(u"event"_s).toString() == u"raw-message"_s) {
            QVERIFY2(!event.value(u"xml"_s).toString().contains(u"ünïcödé"_s), "the text went in the clear");
        }
    }
    const std::optional<StoredMessage> own = balcony.find(secret, toRoom);
    QVERIFY(own);
    QCOMPARE(own->type, Message::Type::GroupChat);
    QVERIFY(own->e2e.isEncrypted());
    // The room's reflection confirms it (Delivered), and no second row appears.
    QTRY_COMPARE_WITH_TIMEOUT(balcony.find(secret, toRoom)->state, MessageState::Delivered, StepTimeoutMs);

    // Peer → room: Balcony decrypts it with the peer's real JID from its occupant presence.
    const QString fromPeer = u"reply in the room from python-omemo ("_s + ns + u')';
    const std::optional<QJsonObject> done
        = peer.request({ { u"cmd"_s, u"room-send"_s }, { u"room"_s, secret.toString() }, { u"body"_s, fromPeer },
                           { u"namespace"_s, ns } },
            StepTimeoutMs);
    QVERIFY(done);
    QVERIFY2(!done->contains(u"error"_s), qPrintable(done->value(u"error"_s).toString()));
    QVERIFY(QTest::qWaitFor([&] { return balcony.find(secret, fromPeer).has_value(); }, StepTimeoutMs));
    const StoredMessage row = *balcony.find(secret, fromPeer);
    QCOMPARE(row.conversation, secret);
    QCOMPARE(row.from, secret.withResource(u"bob"_s));
    QCOMPARE(row.type, Message::Type::GroupChat);
    QCOMPARE(row.e2e.kind, v == OmemoVersion::Legacy ? MessageE2eKind::Omemo : MessageE2eKind::Omemo2);
    QCOMPARE(row.e2e.status, MessageE2eStatus::Decrypted);
    peer.stop();
}

// A room that is open and hides the real addresses: refused with the reason before anything is sent.
void TestE2eOmemoMuc::openRoomRefused()
{
    Device balcony(*m_server, u"alice3"_s, profile(u"alice3"_s));
    QVERIFY(balcony.start());
    const Jid open = room(u"open-alice3"_s);
    QVERIFY(balcony.create(
        open, { { u"muc#roomconfig_membersonly"_s, { u"0"_s } }, { u"muc#roomconfig_whois"_s, { u"moderators"_s } } }));
    QSignalSpy stored(&balcony.muc(), &MucManager::messageStored);
    const std::optional<OmemoManager::SendResult> sent = balcony.sendToRoom(open, u"should not go"_s);
    QVERIFY(sent);
    QVERIFY(!sent->ok());
    QVERIFY2(sent->error.contains(u"members-only"_s), qPrintable(sent->error));
    QVERIFY(!balcony.find(open, u"should not go"_s));
    QTest::qWait(200);
    QVERIFY(stored.isEmpty());
}

QTEST_GUILESS_MAIN(TestE2eOmemoMuc)
#include "tst_e2e_omemo_muc.moc"
