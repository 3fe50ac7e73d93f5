// Group chat (XEP-0045) end to end against Prosody's muc component (with muc_mam) and ejabberd's mod_muc (rooms
// archived by mod_mam): two Balcony accounts in a room exchange messages (ours confirmed by the room's reflection),
// one leaves, entering again stores the replayed history once, a nick collision, a password-protected room, and the
// CLI's room send / room join --listen round trip. Server differences: docs/SERVERS.md.
#include "E2eSupport.h"
#include "account/Account.h"
#include "muc/BookmarkManager.h"
#include "muc/MucManager.h"
#include "muc/MucNamespaces.h"
#include "storage/HistoryStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

// One Balcony account on in-memory stores, online on the test server.
struct Member {
    Member(const XmppServerFixture &server, const QString &user)
    {
        AccountSettings settings;
        settings.connection = settingsFor(server, user, u"pw-"_s + user);
        settings.automaticCatchUp = false;
        account = std::make_unique<Account>(settings, AccountStores::inMemory(), nullptr);
    }
    bool connect()
    {
        if (!account->open().isOpen()) {
            return false;
        }
        account->connectToServer();
        return QTest::qWaitFor([this] { return account->isOnline(); }, BoundTimeoutMs);
    }
    MucManager &muc() { return *account->muc(); }
    QList<StoredMessage> history(const Jid &room) { return account->historyStore()->page(room, 1000); }
    bool hasMessage(const Jid &room, const QString &body)
    {
        const QList<StoredMessage> rows = history(room);
        return std::any_of(rows.cbegin(), rows.cend(), [&body](const StoredMessage &m) { return m.body == body; });
    }
    bool enter(const Jid &room, const QString &nick, const QString &password = {})
    {
        MucJoinOptions options;
        options.nick = nick;
        options.password = password;
        return muc().join(room, options) && QTest::qWaitFor([&] { return muc().isJoined(room); }, BoundTimeoutMs);
    }

    std::unique_ptr<Account> account;
};

// The owner submits a muc#roomconfig form with `fields` (XEP-0045 §10.2); the answer's status.
IqResult::Status configureRoom(Member &owner, const Jid &room, const QList<QPair<QString, QString>> &fields)
{
    Element iq(u"iq"_s);
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.setAttribute(u"to"_s, room.toString());
    Element query(u"query"_s, ns::mucOwner());
    Element form(u"x"_s, u"jabber:x:data"_s);
    form.setAttribute(u"type"_s, u"submit"_s);
    QList<QPair<QString, QString>> all { { u"FORM_TYPE"_s, u"http://jabber.org/protocol/muc#roomconfig"_s } };
    all += fields;
    for (const auto &[var, value] : std::as_const(all)) {
        Element field(u"field"_s, u"jabber:x:data"_s);
        field.setAttribute(u"var"_s, var);
        field.appendTextChild(u"value"_s, u"jabber:x:data"_s, value);
        form.appendChild(field);
    }
    query.appendChild(form);
    iq.appendChild(query);
    std::optional<IqResult::Status> status;
    owner.account->connection().sendIq(iq, [&status](const IqResult &result) { status = result.status; });
    if (!QTest::qWaitFor([&status] { return status.has_value(); }, BoundTimeoutMs)) {
        return IqResult::Status::Timeout;
    }
    return *status;
}

} // namespace

class TestE2eMuc : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoMembersTalkAndOneLeaves();
    void nickCollision();
    void passwordProtectedRoom();
    void membersOnlyRoom();
    void selfPingKeepsAnOccupantIn();
    void cliSendAndListen();
    void archiveCatchUpAfterBeingAway();
    void bookmarksAutojoinOnSecondClient();
    void invitationsBetweenUsers();
    void kickAndVoice();
    void cliBookmarksCreateInviteKick();

private:
    Jid room(const QString &name) const { return *Jid::parse(QString(name + u'@' + m_server->mucDomain())); }
    QStringList cliArgs(const QString &user, const QStringList &command) const
    {
        return command + cliConnectArgs(*m_server, user, m_home.filePath(u"profile-"_s + user));
    }

    QTemporaryDir m_home;
    std::unique_ptr<XmppServerFixture> m_server;
};

void TestE2eMuc::initTestCase()
{
    BALCONY_REQUIRE_SERVER();
    XmppServerFixture::Options options;
    options.groupChat = true;
    startServerWithUsers(m_server, { u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s }, options);
}

void TestE2eMuc::twoMembersTalkAndOneLeaves()
{
    const Jid coven = room(u"coven"_s);
    Member alice(*m_server, u"alice"_s);
    Member bob(*m_server, u"bob"_s);
    QVERIFY(alice.connect());
    QVERIFY(bob.connect());
    // The first to enter creates the room (201) and accepts it as an instant room: the others can enter then.
    QSignalSpy aliceJoined(&alice.muc(), &MucManager::joined);
    QVERIFY(alice.enter(coven, u"Alice"_s));
    QCOMPARE(aliceJoined.first().at(2).toBool(), true);
    QVERIFY(bob.enter(coven, u"Bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(alice.muc().occupants(coven).size(), 2, BoundTimeoutMs);
    QCOMPARE(bob.muc().occupants(coven).size(), 2);
    const MucOccupant owner = bob.muc().room(coven)->occupants.value(u"Alice"_s);
    QCOMPARE(owner.affiliation, MucAffiliation::Owner);
    QCOMPARE(owner.role, MucRole::Moderator);

    // Alice's message: the room's reflection marks it Delivered; Bob stores it from Alice's nick.
    const qint64 id = alice.muc().sendMessage(coven, u"When shall we three meet again?"_s);
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        alice.account->historyStore()->message(id)->state, MessageState::Delivered, BoundTimeoutMs);
    QVERIFY(!alice.account->historyStore()->message(id)->stanzaId.isEmpty()); // the room's, from the reflection
    QTRY_VERIFY_WITH_TIMEOUT(bob.hasMessage(coven, u"When shall we three meet again?"_s), BoundTimeoutMs);
    const StoredMessage atBob = bob.history(coven).first();
    QCOMPARE(atBob.from, coven.withResource(u"Alice"_s));
    QCOMPARE(atBob.type, Message::Type::GroupChat);
    QCOMPARE(alice.history(coven).size(), 1);
    const qint64 reply = bob.muc().sendMessage(coven, u"In thunder, lightning, or in rain?"_s);
    QVERIFY(reply > 0);
    QTRY_VERIFY_WITH_TIMEOUT(alice.hasMessage(coven, u"In thunder, lightning, or in rain?"_s), BoundTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        bob.account->historyStore()->message(reply)->state, MessageState::Delivered, BoundTimeoutMs);

    // A private message (§7.5) reaches only Bob.
    QVERIFY(alice.muc().sendPrivateMessage(coven, u"Bob"_s, u"psst"_s) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(bob.hasMessage(coven, u"psst"_s), BoundTimeoutMs);

    // The owner sets the subject (§8.1); Bob sees it, as the room stores it.
    QSignalSpy subject(&bob.muc(), &MucManager::subjectChanged);
    QVERIFY(alice.muc().setSubject(coven, u"Eye of newt"_s));
    QTRY_COMPARE_WITH_TIMEOUT(subject.size(), 1, BoundTimeoutMs);
    QCOMPARE(bob.muc().room(coven)->subject, u"Eye of newt"_s);
    QCOMPARE(bob.muc().room(coven)->subjectBy, u"Alice"_s);

    // Bob leaves: Alice sees him go.
    QSignalSpy bobLeft(&bob.muc(), &MucManager::left);
    QVERIFY(bob.muc().leave(coven));
    QTRY_COMPARE_WITH_TIMEOUT(bobLeft.size(), 1, BoundTimeoutMs);
    QCOMPARE(bobLeft.first().at(1).value<MucExit>(), MucExit::Left);
    QTRY_COMPARE_WITH_TIMEOUT(alice.muc().occupants(coven).size(), 1, BoundTimeoutMs);

    // Entering again: the room replays its history (muc_mam, with its stanza-ids); nothing is stored twice.
    const int before = bob.history(coven).size();
    MucJoinOptions again;
    again.nick = u"Bob"_s;
    again.maxStanzas = 20;
    const qint64 marker = alice.muc().sendMessage(coven, u"after you left"_s);
    QVERIFY(marker > 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        alice.account->historyStore()->message(marker)->state, MessageState::Delivered, BoundTimeoutMs);
    QVERIFY(bob.muc().join(coven, again));
    QTRY_VERIFY_WITH_TIMEOUT(bob.hasMessage(coven, u"after you left"_s), BoundTimeoutMs);
    // The subject (or its absence) ends the replay (§7.2.15); wait for it, then count.
    QTest::qWait(500);
    QCOMPARE(bob.history(coven).size(), before + 1);
}

void TestE2eMuc::nickCollision()
{
    const Jid heath = room(u"heath"_s);
    Member carol(*m_server, u"carol"_s);
    Member dave(*m_server, u"dave"_s);
    QVERIFY(carol.connect());
    QVERIFY(dave.connect());
    QVERIFY(carol.enter(heath, u"witch"_s));
    QSignalSpy failed(&dave.muc(), &MucManager::joinFailed);
    MucJoinOptions options;
    options.nick = u"witch"_s;
    QVERIFY(dave.muc().join(heath, options));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, BoundTimeoutMs);
    QCOMPARE(failed.first().at(1).value<MucError>(), MucError::NickConflict);
    QVERIFY(!failed.first().at(2).toString().isEmpty());
    QVERIFY(!dave.muc().room(heath));
    // With the retry the CLI uses: the next free nick.
    options.retryNickOnConflict = true;
    QSignalSpy joined(&dave.muc(), &MucManager::joined);
    QVERIFY(dave.muc().join(heath, options));
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, BoundTimeoutMs);
    QCOMPARE(joined.first().at(1).toString(), u"witch_2"_s);
    QTRY_COMPARE_WITH_TIMEOUT(carol.muc().occupants(heath).size(), 2, BoundTimeoutMs);
}

void TestE2eMuc::passwordProtectedRoom()
{
    const Jid cave = room(u"cave"_s);
    Member alice(*m_server, u"alice"_s);
    Member bob(*m_server, u"bob"_s);
    QVERIFY(alice.connect());
    QVERIFY(bob.connect());
    QVERIFY(alice.enter(cave, u"Alice"_s));
    // The owner protects the room with a password (XEP-0045 §10.2, muc#roomconfig).
    QCOMPARE(configureRoom(alice, cave,
                 { { u"muc#roomconfig_passwordprotectedroom"_s, u"1"_s },
                     { u"muc#roomconfig_roomsecret"_s, u"cauldron"_s } }),
        IqResult::Status::Result);

    QSignalSpy failed(&bob.muc(), &MucManager::joinFailed);
    MucJoinOptions options;
    options.nick = u"Bob"_s;
    QVERIFY(bob.muc().join(cave, options));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, BoundTimeoutMs);
    QCOMPARE(failed.first().at(1).value<MucError>(), MucError::PasswordRequired);
    QVERIFY(failed.first().at(2).toString().contains(u"password"_s));
    options.password = u"wrong"_s;
    QVERIFY(bob.muc().join(cave, options));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, BoundTimeoutMs);
    QCOMPARE(failed.last().at(1).value<MucError>(), MucError::PasswordRequired);
    QVERIFY(bob.enter(cave, u"Bob"_s, u"cauldron"_s));
}

void TestE2eMuc::membersOnlyRoom()
{
    const Jid keep = room(u"keep"_s);
    Member alice(*m_server, u"alice"_s);
    Member bob(*m_server, u"bob"_s);
    QVERIFY(alice.connect());
    QVERIFY(bob.connect());
    QVERIFY(alice.enter(keep, u"Alice"_s));
    QCOMPARE(configureRoom(alice, keep, { { u"muc#roomconfig_membersonly"_s, u"1"_s } }), IqResult::Status::Result);
    // Not a member: refused with registration-required (§7.2.7), in words.
    QSignalSpy failed(&bob.muc(), &MucManager::joinFailed);
    MucJoinOptions options;
    options.nick = u"Bob"_s;
    QVERIFY(bob.muc().join(keep, options));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, BoundTimeoutMs);
    QCOMPARE(failed.first().at(1).value<MucError>(), MucError::MembersOnly);
    QVERIFY(!failed.first().at(2).toString().isEmpty());
    QVERIFY(!bob.muc().room(keep));
    // The owner makes him a member (§9.3): now he gets in, as a member.
    std::optional<bool> granted;
    QVERIFY(alice.muc().setAffiliation(keep, bob.account->jid().bare(), MucAffiliation::Member, {},
        [&granted](bool ok, const QString &) { granted = ok; }));
    QTRY_VERIFY_WITH_TIMEOUT(granted.has_value(), BoundTimeoutMs);
    QVERIFY(*granted);
    QVERIFY(bob.enter(keep, u"Bob"_s));
    QCOMPARE(bob.muc().room(keep)->occupants.value(u"Bob"_s).affiliation, MucAffiliation::Member);
    QTRY_COMPARE_WITH_TIMEOUT(alice.muc().occupants(keep).size(), 2, BoundTimeoutMs);
}

void TestE2eMuc::selfPingKeepsAnOccupantIn()
{
    // XEP-0410 against the real room: each self-ping is answered as "still in" (by the service itself, §3.1, or by
    // our own client through it), so nobody is entered again.
    const Jid well = room(u"well"_s);
    Member alice(*m_server, u"alice"_s);
    QVERIFY(alice.connect());
    QVERIFY(alice.enter(well, u"Alice"_s));
    QSignalSpy rejoining(&alice.muc(), &MucManager::rejoining);
    // Nobody else talks in the room: each move of its last activity is a self-ping answered (XEP-0410 §3.1).
    alice.muc().setSelfPingIntervals(300, 300);
    int answered = 0;
    qint64 last = alice.muc().room(well)->lastActivityMs;
    const QDeadlineTimer deadline(BoundTimeoutMs);
    while (answered < 3 && !deadline.hasExpired() && rejoining.isEmpty()) {
        QTest::qWait(20);
        const auto *state = alice.muc().room(well);
        QVERIFY(state);
        answered += state->lastActivityMs != last ? 1 : 0;
        last = state->lastActivityMs;
    }
    QVERIFY2(answered >= 3, qPrintable(QString::number(answered)));
    alice.muc().setSelfPingIntervals(MucManager::defaultSelfPingIdleMs(), MucManager::defaultSelfPingAfterResumeMs());
    QVERIFY(rejoining.isEmpty());
    QVERIFY(alice.muc().isJoined(well));
    QCOMPARE(alice.muc().occupants(well).size(), 1);
}

void TestE2eMuc::cliSendAndListen()
{
    const QString glen = room(u"glen"_s).toString();
    const auto env = [this](const QString &user) { return cliEnvironment(u"pw-"_s + user, m_home.path()); };
    // Carol listens in the room (creating it) for one message.
    QProcess listen;
    listen.setProcessEnvironment(env(u"carol"_s));
    listen.start(cliPath(),
        cliArgs(u"carol"_s,
            { u"room"_s, u"join"_s, glen, u"--nick"_s, u"Carol"_s, u"--listen"_s, u"--count"_s, u"1"_s, u"--timeout"_s,
                u"60"_s, u"--json"_s }));
    QVERIFY(listen.waitForStarted());
    QByteArray status;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (status += listen.readAllStandardError()).contains("listening"), status.constData(), BoundTimeoutMs);

    // Dave sees her in the occupant list.
    const CliRun occupants = runCli(
        cliArgs(u"dave"_s, { u"room"_s, u"occupants"_s, glen, u"--nick"_s, u"Dave"_s, u"--json"_s }), env(u"dave"_s));
    QVERIFY2(occupants.exitCode == 0, qPrintable(occupants.describe()));
    const QJsonArray list = jsonLines(occupants.out).value(0).value(u"occupants").toArray();
    QStringList nicks;
    for (const QJsonValue &o : list) {
        nicks.append(o.toObject().value(u"nick").toString());
    }
    QVERIFY2(nicks.contains(u"Carol"_s), qPrintable(occupants.describe()));

    // Dave sends: the command ends once the room has sent the message back.
    const CliRun send
        = runCli(cliArgs(u"dave"_s,
                     { u"room"_s, u"send"_s, glen, u"Hover through the fog"_s, u"--nick"_s, u"Dave"_s, u"--json"_s }),
            env(u"dave"_s));
    QVERIFY2(send.exitCode == 0, qPrintable(send.describe()));
    const QJsonObject sent = jsonLines(send.out).value(0);
    QCOMPARE(sent.value(u"state").toString(), u"delivered"_s);
    QCOMPARE(sent.value(u"room").toString(), glen);

    QVERIFY(listen.waitForFinished(BoundTimeoutMs));
    const QByteArray out = listen.readAllStandardOutput();
    QVERIFY2(listen.exitCode() == 0, QByteArray(out + listen.readAllStandardError()).constData());
    const QList<QJsonObject> heard = jsonLines(out);
    QCOMPARE(heard.size(), 1);
    QCOMPARE(heard.first().value(u"nick").toString(), u"Dave"_s);
    QCOMPARE(heard.first().value(u"body").toString(), u"Hover through the fog"_s);
    QCOMPARE(heard.first().value(u"private").toBool(), false);

    // The human form of join: "nick: body" lines are what --listen prints without --json (checked above as JSON);
    // a plain join says where it got in, and the profile keeps the room's history.
    const CliRun join
        = runCli(cliArgs(u"dave"_s, { u"room"_s, u"join"_s, glen, u"--nick"_s, u"Dave"_s }), env(u"dave"_s));
    QVERIFY2(join.exitCode == 0, qPrintable(join.describe()));
    QVERIFY2(join.out.startsWith(QByteArray("joined " + glen.toUtf8() + " as Dave")), qPrintable(join.describe()));
    QVERIFY2(!join.out.contains("subject"), qPrintable(join.describe())); // none was set: not printed
    // Bad arguments: exit 2 before anything is connected.
    for (const QStringList &bad : { QStringList { u"room"_s, u"send"_s, glen },
             QStringList { u"room"_s, u"dance"_s, glen }, QStringList { u"room"_s, u"join"_s, u"not a jid"_s },
             QStringList { u"room"_s, u"send"_s, glen, u"x"_s, u"--listen"_s } }) {
        const CliRun run = runCli(cliArgs(u"dave"_s, bad), env(u"dave"_s));
        QVERIFY2(run.exitCode == 2, qPrintable(bad.join(u' ') + u'\n' + run.describe()));
    }
    // Not in the room: leaving is "not found".
    const CliRun leave
        = runCli(cliArgs(u"dave"_s, { u"room"_s, u"leave"_s, glen, u"--nick"_s, u"Dave"_s }), env(u"dave"_s));
    QVERIFY2(leave.exitCode == 8, qPrintable(leave.describe()));
}

void TestE2eMuc::archiveCatchUpAfterBeingAway()
{
    const Jid moor = room(u"moor"_s);
    Member alice(*m_server, u"alice"_s);
    Member bob(*m_server, u"bob"_s);
    QVERIFY(alice.connect());
    QVERIFY(bob.connect());
    QVERIFY(alice.enter(moor, u"Alice"_s));
    QVERIFY(alice.muc().sendMessage(moor, u"before Bob came"_s) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(alice.history(moor).value(0).state == MessageState::Delivered, BoundTimeoutMs);
    // Bob enters the existing room: it advertises its archive (muc_mam), so he catches up from it (the newest
    // page on a first visit) instead of the room's replay.
    QSignalSpy caughtUp(&bob.muc(), &MucManager::archiveCatchUpFinished);
    QVERIFY(bob.enter(moor, u"Bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, BoundTimeoutMs);
    QVERIFY(caughtUp.first().at(2).toBool());
    QVERIFY(bob.hasMessage(moor, u"before Bob came"_s));
    QVERIFY(bob.account->historyStore()->lastStanzaId(moor).has_value());

    // Bob goes away; Alice goes on talking.
    QSignalSpy bobLeft(&bob.muc(), &MucManager::left);
    QVERIFY(bob.muc().leave(moor));
    QTRY_COMPARE_WITH_TIMEOUT(bobLeft.size(), 1, BoundTimeoutMs);
    const QStringList missed { u"first while away"_s, u"second while away"_s, u"third while away"_s };
    for (const QString &text : missed) {
        const qint64 id = alice.muc().sendMessage(moor, text);
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            alice.account->historyStore()->message(id)->state, MessageState::Delivered, BoundTimeoutMs);
    }
    // Back: what was said meanwhile appears once each, in order, after what he had.
    caughtUp.clear();
    QVERIFY(bob.enter(moor, u"Bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, BoundTimeoutMs);
    QCOMPARE(caughtUp.first().at(1).toInt(), 3);
    QVERIFY(caughtUp.first().at(2).toBool());
    QList<StoredMessage> rows = bob.history(moor);
    std::reverse(rows.begin(), rows.end()); // oldest first
    QStringList bodies;
    for (const StoredMessage &m : std::as_const(rows)) {
        bodies.append(m.body);
    }
    QCOMPARE(bodies, QStringList { u"before Bob came"_s } + missed);
    // A live message after the catch-up is stored once too, and a third entry finds nothing new.
    QVERIFY(alice.muc().sendMessage(moor, u"welcome back"_s) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(bob.hasMessage(moor, u"welcome back"_s), BoundTimeoutMs);
    QVERIFY(bob.muc().leave(moor));
    QTRY_COMPARE_WITH_TIMEOUT(bobLeft.size(), 2, BoundTimeoutMs);
    caughtUp.clear();
    QVERIFY(bob.enter(moor, u"Bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, BoundTimeoutMs);
    QCOMPARE(caughtUp.first().at(1).toInt(), 0);
    QCOMPARE(bob.history(moor).size(), 5);
}

void TestE2eMuc::bookmarksAutojoinOnSecondClient()
{
    const Jid heath = room(u"blasted-heath"_s);
    const Jid fen = room(u"fen"_s);
    Member first(*m_server, u"carol"_s);
    QVERIFY(first.connect());
    BookmarkManager *bookmarks = first.muc().bookmarks();
    QVERIFY(bookmarks);
    QTRY_VERIFY_WITH_TIMEOUT(bookmarks->isLoaded(), BoundTimeoutMs);
    // The first client bookmarks a room with autojoin (and creates it, so that it exists).
    QVERIFY(first.enter(heath, u"Carol"_s));
    Bookmark b;
    b.room = heath;
    b.name = u"The blasted heath"_s;
    b.autojoin = true;
    b.nick = u"Carol2"_s;
    std::optional<bool> published;
    QString error;
    bookmarks->setBookmark(b, [&](bool ok, const QString &text) {
        published = ok;
        error = text;
    });
    QTRY_VERIFY_WITH_TIMEOUT(published.has_value(), BoundTimeoutMs);
    QVERIFY2(*published, qPrintable(error));

    // A second client of the same account enters it by itself after signing in, with the bookmark's nick.
    Member second(*m_server, u"carol"_s);
    QVERIFY(second.connect());
    QTRY_VERIFY_WITH_TIMEOUT(second.muc().isJoined(heath), BoundTimeoutMs);
    QCOMPARE(second.muc().room(heath)->nick, u"Carol2"_s);
    QCOMPARE(second.muc().bookmarks()->bookmark(heath)->name, u"The blasted heath"_s);

    // Live: a bookmark added by the first client with autojoin is entered by the second at once ...
    QVERIFY(first.enter(fen, u"Carol"_s));
    Bookmark f;
    f.room = fen;
    f.autojoin = true;
    f.nick = u"Carol2"_s;
    bookmarks->setBookmark(f);
    QTRY_VERIFY_WITH_TIMEOUT(second.muc().isJoined(fen), BoundTimeoutMs);
    // ... and removed: the first client retracts it with notify='true' (XEP-0402, "Removing a bookmark").
    QSignalSpy left(&second.muc(), &MucManager::left);
    std::optional<bool> removed;
    bookmarks->removeBookmark(fen, [&](bool ok, const QString &text) {
        removed = ok;
        error = text;
    });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), BoundTimeoutMs);
    QVERIFY2(*removed, qPrintable(error));
    if (m_server->kind() == XmppServerFixture::Kind::Ejabberd) {
        // XEP-0060 §7.2.2.1 says the service MUST notify the subscribers of a retraction with notify='true', but
        // ejabberd before 24.12 sends PEP retractions to explicit subscriptions only, never to the owner's +notify
        // resources (fixed by its commit 344775a, "mod_pubsub: Send notifications on PEP item retract"): the second
        // client learns of the removal when it next fetches the bookmarks. A client signing in now does not see it.
        Member third(*m_server, u"carol"_s);
        QVERIFY(third.connect());
        QTRY_VERIFY_WITH_TIMEOUT(third.muc().bookmarks()->isLoaded(), BoundTimeoutMs);
        QVERIFY(!third.muc().bookmarks()->bookmark(fen));
        QVERIFY(third.muc().bookmarks()->bookmark(heath));
        QTRY_VERIFY_WITH_TIMEOUT(third.muc().isJoined(heath), BoundTimeoutMs);
        QVERIFY(!third.muc().room(fen));
        return;
    }
    // The second client leaves the room it entered because of it.
    QTRY_VERIFY_WITH_TIMEOUT(!second.muc().room(fen), BoundTimeoutMs);
    QCOMPARE(left.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!second.muc().bookmarks()->bookmark(fen), BoundTimeoutMs);
    QVERIFY(second.muc().isJoined(heath));
    bookmarks->removeBookmark(heath);
    QTRY_VERIFY_WITH_TIMEOUT(!second.muc().room(heath), BoundTimeoutMs);
}

void TestE2eMuc::invitationsBetweenUsers()
{
    const Jid cavern = room(u"cavern"_s);
    Member alice(*m_server, u"alice"_s);
    Member dave(*m_server, u"dave"_s);
    QVERIFY(alice.connect());
    QVERIFY(dave.connect());
    QVERIFY(alice.enter(cavern, u"Alice"_s));
    QSignalSpy invited(&dave.muc(), &MucManager::invitationReceived);
    // Mediated (§7.8.2): through the room, which Dave's client checks is a room before showing it.
    QVERIFY(alice.muc().invite(cavern, dave.account->jid(), u"Double, double"_s));
    QTRY_COMPARE_WITH_TIMEOUT(invited.size(), 1, BoundTimeoutMs);
    QCOMPARE(invited.first().at(0).value<Jid>(), cavern);
    // The inviter as the room names them: the real JID, or (Prosody) the occupant JID in the room.
    const Jid inviter = invited.first().at(1).value<Jid>();
    QVERIFY2(inviter.bare() == alice.account->jid().bare() || inviter == cavern.withResource(u"Alice"_s),
        qPrintable(inviter.toString()));
    QCOMPARE(invited.first().at(2).toString(), u"Double, double"_s);
    QCOMPARE(invited.first().at(4).toBool(), true);
    QVERIFY(!dave.muc().room(cavern)); // shown, never entered by itself
    // Dave declines; Alice hears of it through the room.
    QSignalSpy declined(&alice.muc(), &MucManager::invitationDeclined);
    QVERIFY(dave.muc().declineInvitation(cavern, invited.first().at(1).value<Jid>(), u"Busy"_s));
    QTRY_COMPARE_WITH_TIMEOUT(declined.size(), 1, BoundTimeoutMs);
    QCOMPARE(declined.first().at(1).value<Jid>().bare(), dave.account->jid().bare());
    // Direct (XEP-0249).
    QVERIFY(alice.muc().invite(cavern, dave.account->jid(), u"Toil and trouble"_s, true));
    QTRY_COMPARE_WITH_TIMEOUT(invited.size(), 2, BoundTimeoutMs);
    QCOMPARE(invited.last().at(0).value<Jid>(), cavern);
    QCOMPARE(invited.last().at(2).toString(), u"Toil and trouble"_s);
    QCOMPARE(invited.last().at(4).toBool(), false);
    QVERIFY(!dave.muc().room(cavern));
    QVERIFY(dave.history(alice.account->jid().bare()).isEmpty()); // not stored as chat messages
}

void TestE2eMuc::kickAndVoice()
{
    const Jid pit = room(u"pit"_s);
    Member alice(*m_server, u"alice"_s);
    Member bob(*m_server, u"bob"_s);
    QVERIFY(alice.connect());
    QVERIFY(bob.connect());
    QVERIFY(alice.enter(pit, u"Alice"_s));
    QVERIFY(bob.enter(pit, u"Bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(alice.muc().occupants(pit).size(), 2, BoundTimeoutMs);
    // Voice revoked and granted again: Bob's role follows.
    std::optional<bool> ok;
    QVERIFY(alice.muc().setRole(
        pit, u"Bob"_s, MucRole::Visitor, {}, [&ok](bool success, const QString &) { ok = success; }));
    QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), BoundTimeoutMs);
    QVERIFY(*ok);
    QTRY_COMPARE_WITH_TIMEOUT(bob.muc().room(pit)->occupants.value(u"Bob"_s).role, MucRole::Visitor, BoundTimeoutMs);
    QVERIFY(alice.muc().setRole(pit, u"Bob"_s, MucRole::Participant));
    QTRY_COMPARE_WITH_TIMEOUT(
        bob.muc().room(pit)->occupants.value(u"Bob"_s).role, MucRole::Participant, BoundTimeoutMs);
    // Bob is not a moderator: his kick is refused, in words.
    QString refused;
    QVERIFY(bob.muc().kick(pit, u"Alice"_s, {}, [&refused](bool, const QString &text) { refused = text; }));
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), BoundTimeoutMs);
    // Alice kicks Bob with a reason; he is out and told why.
    QSignalSpy left(&bob.muc(), &MucManager::left);
    ok.reset();
    QVERIFY(
        alice.muc().kick(pit, u"Bob"_s, u"Out, damned spot"_s, [&ok](bool success, const QString &) { ok = success; }));
    QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, BoundTimeoutMs);
    QCOMPARE(left.first().at(1).value<MucExit>(), MucExit::Kicked);
    QVERIFY2(left.first().at(2).toString().contains(u"Out, damned spot"_s), qPrintable(left.first().at(2).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(ok.has_value() && *ok, BoundTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(alice.muc().occupants(pit).size(), 1, BoundTimeoutMs);
}

void TestE2eMuc::cliBookmarksCreateInviteKick()
{
    const QString tower = room(u"tower"_s).toString();
    const auto env = [this](const QString &user) { return cliEnvironment(u"pw-"_s + user, m_home.path()); };
    // room create with a configuration: a persistent room that stays after we leave.
    const CliRun create
        = runCli(cliArgs(u"dave"_s,
                     { u"room"_s, u"create"_s, tower, u"--configure"_s, u"muc#roomconfig_persistentroom=1"_s,
                         u"--configure"_s, u"muc#roomconfig_roomname=The Tower"_s, u"--json"_s }),
            env(u"dave"_s));
    QVERIFY2(create.exitCode == 0, qPrintable(create.describe()));
    QCOMPARE(jsonLines(create.out).value(0).value(u"created").toBool(), true);
    // Again: it exists now (refused, 9); an unknown field is refused too.
    const CliRun again = runCli(cliArgs(u"dave"_s, { u"room"_s, u"create"_s, tower }), env(u"dave"_s));
    QVERIFY2(again.exitCode == 9, qPrintable(again.describe()));
    const CliRun unknown = runCli(
        cliArgs(u"dave"_s, { u"room"_s, u"create"_s, room(u"attic"_s).toString(), u"--configure"_s, u"nosuch=1"_s }),
        env(u"dave"_s));
    QVERIFY2(unknown.exitCode == 9, qPrintable(unknown.describe()));
    QVERIFY2(unknown.err.contains("nosuch"), qPrintable(unknown.describe()));

    // Bookmarks: add, list, update, remove; removing one that is not there is "not found".
    const CliRun add
        = runCli(cliArgs(u"dave"_s, { u"room"_s, u"bookmark"_s, tower, u"--autojoin"_s, u"--nick"_s, u"Dave"_s }),
            env(u"dave"_s));
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    const CliRun list = runCli(cliArgs(u"dave"_s, { u"room"_s, u"list"_s, u"--json"_s }), env(u"dave"_s));
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray rows = jsonLines(list.out).value(0).value(u"bookmarks").toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(u"room").toString(), tower);
    QCOMPARE(rows.at(0).toObject().value(u"autojoin").toBool(), true);
    QCOMPARE(rows.at(0).toObject().value(u"nick").toString(), u"Dave"_s);
    const CliRun plain = runCli(cliArgs(u"dave"_s, { u"room"_s, u"list"_s }), env(u"dave"_s));
    QVERIFY2(plain.out.startsWith(QByteArray(tower.toUtf8() + "  autojoin  nick=Dave")), qPrintable(plain.describe()));
    const CliRun remove
        = runCli(cliArgs(u"dave"_s, { u"room"_s, u"bookmark"_s, tower, u"--remove"_s }), env(u"dave"_s));
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.describe()));
    const CliRun removeAgain
        = runCli(cliArgs(u"dave"_s, { u"room"_s, u"bookmark"_s, tower, u"--remove"_s }), env(u"dave"_s));
    QVERIFY2(removeAgain.exitCode == 8, qPrintable(removeAgain.describe()));

    // Carol listens in the tower and hears Dave's invitation; Dave kicks her.
    QProcess listen;
    listen.setProcessEnvironment(env(u"carol"_s));
    listen.start(cliPath(),
        cliArgs(u"carol"_s,
            { u"room"_s, u"join"_s, tower, u"--nick"_s, u"Carol"_s, u"--listen"_s, u"--timeout"_s, u"60"_s,
                u"--json"_s }));
    QVERIFY(listen.waitForStarted());
    QByteArray status;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (status += listen.readAllStandardError()).contains("listening"), status.constData(), BoundTimeoutMs);
    const QString carol = u"carol@"_s + m_server->domain();
    const CliRun invite = runCli(
        cliArgs(u"dave"_s, { u"room"_s, u"invite"_s, tower, carol, u"--reason"_s, u"Up here"_s, u"--direct"_s }),
        env(u"dave"_s));
    QVERIFY2(invite.exitCode == 0, qPrintable(invite.describe()));
    QByteArray heard;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (heard += listen.readAllStandardOutput()).contains("invitation"), heard.constData(), BoundTimeoutMs);
    const QJsonObject invitation = jsonLines(heard).value(0);
    QCOMPARE(invitation.value(u"invitation").toString(), tower);
    QCOMPARE(invitation.value(u"reason").toString(), u"Up here"_s);
    const CliRun nobody = runCli(
        cliArgs(u"dave"_s, { u"room"_s, u"kick"_s, tower, u"Nobody"_s, u"--nick"_s, u"Dave"_s }), env(u"dave"_s));
    QVERIFY2(nobody.exitCode == 8, qPrintable(nobody.describe()));
    const CliRun kick
        = runCli(cliArgs(u"dave"_s,
                     { u"room"_s, u"kick"_s, tower, u"Carol"_s, u"--nick"_s, u"Dave"_s, u"--reason"_s, u"Begone"_s }),
            env(u"dave"_s));
    QVERIFY2(kick.exitCode == 0, qPrintable(kick.describe()));
    // The kicked listener ends with "refused" and says why.
    QVERIFY(listen.waitForFinished(BoundTimeoutMs));
    const QByteArray err = listen.readAllStandardError();
    QVERIFY2(listen.exitCode() == 9, err.constData());
    QVERIFY2(err.contains("Begone"), err.constData());
}

QTEST_GUILESS_MAIN(TestE2eMuc)
#include "tst_e2e_muc.moc"
