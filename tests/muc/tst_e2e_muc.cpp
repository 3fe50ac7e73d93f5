// Group chat (XEP-0045) end to end against Prosody's muc component (with muc_mam): two Balcony accounts in a
// room exchange messages (ours confirmed by the room's reflection), one leaves, entering again stores the
// replayed history once, a nick collision, a password-protected room, and the CLI's room send / room join
// --listen round trip.
#include "E2eSupport.h"
#include "account/Account.h"
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

} // namespace

class TestE2eMuc : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoMembersTalkAndOneLeaves();
    void nickCollision();
    void passwordProtectedRoom();
    void cliSendAndListen();

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
    Element iq(u"iq"_s);
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.setAttribute(u"to"_s, cave.toString());
    Element query(u"query"_s, ns::mucOwner());
    Element form(u"x"_s, u"jabber:x:data"_s);
    form.setAttribute(u"type"_s, u"submit"_s);
    const QList<QPair<QString, QString>> fields { { u"FORM_TYPE"_s, u"http://jabber.org/protocol/muc#roomconfig"_s },
        { u"muc#roomconfig_passwordprotectedroom"_s, u"1"_s }, { u"muc#roomconfig_roomsecret"_s, u"cauldron"_s } };
    for (const auto &[var, value] : fields) {
        Element field(u"field"_s, u"jabber:x:data"_s);
        field.setAttribute(u"var"_s, var);
        field.appendTextChild(u"value"_s, u"jabber:x:data"_s, value);
        form.appendChild(field);
    }
    query.appendChild(form);
    iq.appendChild(query);
    IqResult::Status status = IqResult::Status::Cancelled;
    bool answered = false;
    alice.account->connection().sendIq(iq, [&](const IqResult &result) {
        status = result.status;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, BoundTimeoutMs);
    QCOMPARE(status, IqResult::Status::Result);

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

QTEST_GUILESS_MAIN(TestE2eMuc)
#include "tst_e2e_muc.moc"
