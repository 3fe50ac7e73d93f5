// The messaging commands of balcony-cli against Prosody and ejabberd: roster add/list/remove,
// subscribe/approve/requests, deny with and without a request, presence listing, send with several bodies, history
// (offline, search) and sync; a message that reaches `requests` (which announces priority 0, so that ejabberd
// re-sends the stored subscription requests) is stored in the history and announced.
#include "E2eSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::CliRun;
using balcony::test::jsonLines;
using balcony::test::XmppServerFixture;

class TestE2eCliIm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BALCONY_REQUIRE_SERVER();
        QVERIFY(!test::cliPath().isEmpty());
        test::startServerWithUsers(m_server, { u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"erin"_s });
    }
    void cleanupTestCase() { m_server.reset(); }

    void rosterAddListRemove()
    {
        const QString carol = u"carol@"_s + m_server->domain();
        CliRun add = run(u"alice"_s,
            { u"roster"_s, u"--add"_s, carol, u"--name"_s, u"Carol"_s, u"--group"_s, u"Friends"_s, u"--json"_s });
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        QCOMPARE(jsonLines(add.out).value(0).value(u"item").toObject().value(u"name").toString(), u"Carol"_s);
        CliRun list = run(u"alice"_s, { u"roster"_s, u"--json"_s });
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        const QJsonArray items = jsonLines(list.out).value(0).value(u"items").toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(u"groups").toArray().at(0).toString(), u"Friends"_s);
        CliRun human = run(u"alice"_s, { u"roster"_s });
        QVERIFY2(human.exitCode == 0 && human.out.contains("carol@"), qPrintable(human.describe()));
        CliRun remove = run(u"alice"_s, { u"roster"_s, u"--remove"_s, carol });
        QVERIFY2(remove.exitCode == 0, qPrintable(remove.describe()));
        CliRun again = run(u"alice"_s, { u"roster"_s, u"--remove"_s, carol });
        QVERIFY2(again.exitCode == 8, qPrintable(again.describe())); // not found
    }

    void subscribeApproveAndPresence()
    {
        const QString alice = u"alice@"_s + m_server->domain();
        const QString bob = u"bob@"_s + m_server->domain();
        CliRun ask = run(u"alice"_s, { u"subscribe"_s, bob, u"--wait"_s, u"0.5"_s, u"--json"_s });
        QVERIFY2(ask.exitCode == 0, qPrintable(ask.describe()));
        QCOMPARE(jsonLines(ask.out).value(0).value(u"subscription").toString(), u"pending"_s);
        CliRun requests = run(u"bob"_s, { u"requests"_s, u"--json"_s });
        QVERIFY2(requests.exitCode == 0, qPrintable(requests.describe()));
        const QJsonArray pending = jsonLines(requests.out).value(0).value(u"requests").toArray();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).toObject().value(u"jid").toString(), alice);
        CliRun approve = run(u"bob"_s, { u"approve"_s, alice });
        QVERIFY2(approve.exitCode == 0, qPrintable(approve.describe()));
        CliRun none = run(u"bob"_s, { u"deny"_s, u"carol@"_s + m_server->domain(), u"--wait"_s, u"0.5"_s });
        QVERIFY2(none.exitCode == 8, qPrintable(none.describe()));
        CliRun roster = run(u"alice"_s, { u"roster"_s, u"--json"_s });
        const QJsonObject item = jsonLines(roster.out).value(0).value(u"items").toArray().at(0).toObject();
        QCOMPARE(item.value(u"subscription").toString(), u"to"_s);

        // alice sees bob's presence once bob is online (a listen with priority 0).
        QProcess listen;
        listen.setProcessEnvironment(test::cliEnvironment(u"pw-bob"_s, m_home.path()));
        listen.start(test::cliPath(), args(u"bob"_s, { u"listen"_s, u"--timeout"_s, u"20"_s }));
        QVERIFY(listen.waitForStarted());
        QByteArray status;
        QTRY_VERIFY_WITH_TIMEOUT((status += listen.readAllStandardError()).contains("listening as"), 20000);
        CliRun presence = run(u"alice"_s,
            { u"presence"_s, u"--show"_s, u"away"_s, u"--status"_s, u"lunch"_s, u"--wait"_s, u"1"_s, u"--json"_s });
        listen.kill();
        listen.waitForFinished();
        QVERIFY2(presence.exitCode == 0, qPrintable(presence.describe()));
        const QJsonObject shown = jsonLines(presence.out).value(0);
        QCOMPARE(shown.value(u"own").toObject().value(u"show").toString(), u"away"_s);
        const QJsonObject contact = shown.value(u"contacts").toArray().at(0).toObject();
        QCOMPARE(contact.value(u"jid").toString(), bob);
        QCOMPARE(contact.value(u"availability").toString(), u"online"_s);
    }

    void sendHistorySync()
    {
        const QString bob = u"bob@"_s + m_server->domain();
        CliRun send = run(u"alice"_s,
            { u"send"_s, bob, u"first words"_s, u"--body"_s, u"second words"_s, u"--body"_s, u"third"_s, u"--json"_s });
        QVERIFY2(send.exitCode == 0, qPrintable(send.describe()));
        QCOMPARE(jsonLines(send.out).size(), 3);
        CliRun history = run(u"alice"_s, { u"history"_s, bob, u"--json"_s }, false);
        QVERIFY2(history.exitCode == 0, qPrintable(history.describe()));
        const QList<QJsonObject> rows = jsonLines(history.out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.first().value(u"body").toString(), u"first words"_s); // oldest first
        QCOMPARE(rows.first().value(u"state").toString(), u"acked"_s);
        CliRun search = run(u"alice"_s, { u"history"_s, bob, u"--search"_s, u"word"_s }, false);
        QVERIFY2(search.exitCode == 0 && search.out.count('\n') == 2, qPrintable(search.describe()));
        CliRun limited = run(u"alice"_s, { u"history"_s, bob, u"--limit"_s, u"1"_s, u"--json"_s }, false);
        QCOMPARE(jsonLines(limited.out).value(0).value(u"body").toString(), u"third"_s);

        // bob's profile has no history yet: sync fetches the archive (mod_mam).
        CliRun sync = run(u"bob"_s, { u"sync"_s, u"--json"_s });
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        QVERIFY2(jsonLines(sync.out).value(0).value(u"fetched").toInt() >= 3, sync.out.constData());
        CliRun bobHistory = run(u"bob"_s, { u"history"_s, u"alice@"_s + m_server->domain(), u"--json"_s }, false);
        QVERIFY2(bobHistory.out.contains("second words"), qPrintable(bobHistory.describe()));
        CliRun again = run(u"bob"_s, { u"sync"_s, u"--json"_s });
        QCOMPARE(jsonLines(again.out).value(0).value(u"fetched").toInt(), 0); // no gap, no duplicate
    }

    // RFC 6121 §3.2.1: deny refuses the request the server re-sends after the initial presence (ejabberd re-sends
    // it only to a non-negative priority).
    void denyAPendingRequest()
    {
        const QString dave = u"dave@"_s + m_server->domain();
        const QString erin = u"erin@"_s + m_server->domain();
        CliRun ask = run(u"dave"_s, { u"subscribe"_s, erin, u"--wait"_s, u"0.5"_s, u"--json"_s });
        QVERIFY2(ask.exitCode == 0, qPrintable(ask.describe()));
        QCOMPARE(jsonLines(ask.out).value(0).value(u"subscription").toString(), u"pending"_s);
        CliRun deny = run(u"erin"_s, { u"deny"_s, dave, u"--json"_s });
        QVERIFY2(deny.exitCode == 0, qPrintable(deny.describe()));
        QCOMPARE(jsonLines(deny.out).value(0).value(u"denied").toBool(), true);
        CliRun requests = run(u"erin"_s, { u"requests"_s, u"--json"_s });
        QVERIFY2(requests.exitCode == 0, qPrintable(requests.describe()));
        QVERIFY(jsonLines(requests.out).value(0).value(u"requests").toArray().isEmpty());
        // dave's request is answered: no subscription, nothing pending.
        CliRun roster = run(u"dave"_s, { u"roster"_s, u"--json"_s });
        const QJsonObject item = jsonLines(roster.out).value(0).value(u"items").toArray().at(0).toObject();
        QCOMPARE(item.value(u"jid").toString(), erin);
        QCOMPARE(item.value(u"subscription").toString(), u"none"_s);
        QCOMPARE(item.value(u"ask").toBool(), false);
    }

    // `requests` announces priority 0: the server may hand it what waited in offline storage. Such a message is
    // stored in the profile's history like any other and the command says so; nothing is lost.
    void messageTakenByRequestsIsStored()
    {
        const QString carol = u"carol@"_s + m_server->domain();
        const QString erin = u"erin@"_s + m_server->domain();
        CliRun send = run(u"carol"_s, { u"send"_s, erin, u"while you were away"_s });
        QVERIFY2(send.exitCode == 0, qPrintable(send.describe()));
        CliRun requests = run(u"erin"_s, { u"requests"_s, u"--json"_s });
        QVERIFY2(requests.exitCode == 0, qPrintable(requests.describe()));
        QVERIFY2(requests.err.contains("1 message(s) arrived"), qPrintable(requests.describe()));
        QVERIFY2(requests.err.contains((carol + u" (1)"_s).toUtf8()), qPrintable(requests.describe()));
        QCOMPARE(jsonLines(requests.out).size(), 1); // stdout: the requests only
        CliRun history = run(u"erin"_s, { u"history"_s, carol, u"--json"_s }, false);
        QVERIFY2(history.exitCode == 0, qPrintable(history.describe()));
        const QList<QJsonObject> rows = jsonLines(history.out);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(u"body").toString(), u"while you were away"_s);
        QCOMPARE(rows.first().value(u"direction").toString(), u"in"_s);
    }

private:
    QStringList args(const QString &user, const QStringList &command) const
    {
        return command + test::cliConnectArgs(*m_server, user, m_home.filePath(u"profile-"_s + user));
    }
    CliRun run(const QString &user, const QStringList &command, bool withPassword = true) const
    {
        return test::runCli(args(user, command),
            test::cliEnvironment(withPassword ? u"pw-"_s + user : QString(), m_home.path()), 60000);
    }

    QTemporaryDir m_home;
    std::unique_ptr<XmppServerFixture> m_server;
};

QTEST_GUILESS_MAIN(TestE2eCliIm)
#include "tst_e2e_cli_im.moc"
