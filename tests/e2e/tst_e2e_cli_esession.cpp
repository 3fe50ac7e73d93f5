// balcony-cli's encrypted-session commands against Prosody and ejabberd (issue 5, "CLI"): alice publishes offline
// options (XEP-0187) and goes away; bob fetches her key (XEP-0189), sends three messages with --encrypt in
// three processes (the session continues from the stored state) and a fourth without flags (the default
// policy, "when possible"); alice's listen shows all four decrypted.
// Negative: --encrypt to a contact without options sends nothing (exit 11); a wrong fingerprint is refused
// by keys --verify (exit 12).
// Online: dave and erin share presence; erin listens; dave's `send --encrypt` negotiates an XEP-0116 session
// with erin's listening process, both messages arrive decrypted as online-ESession messages, and dave's exit
// terminates the session; a third `send` (a new session) without flags also goes online and encrypted.
#include "E2eSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::CliRun;
using balcony::test::jsonLines;
using balcony::test::XmppServerFixture;

class TestE2eCliEsession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BALCONY_REQUIRE_SERVER();
        QVERIFY(!test::cliPath().isEmpty());
        test::startServerWithUsers(m_server, { u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"erin"_s });
    }
    void cleanupTestCase() { m_server.reset(); }

    void offlineSessionAcrossProcesses()
    {
        const QString alice = jid(u"alice"_s);
        CliRun publish = run(u"alice"_s, { u"publish-offline-options"_s, u"--expires"_s, u"8h"_s, u"--json"_s });
        QVERIFY2(publish.exitCode == 0, qPrintable(publish.describe()));
        const QJsonObject published = jsonLines(publish.out).value(0);
        const QString aliceFingerprint = published.value(u"fingerprint").toString();
        QCOMPARE(aliceFingerprint.size(), 64);
        QCOMPARE(published.value(u"nodes").toArray().size(), 2);

        CliRun fetch = run(u"bob"_s, { u"keys"_s, u"--fetch"_s, alice, u"--json"_s });
        QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.describe()));
        const QJsonObject fetched = jsonLines(fetch.out).value(0);
        QCOMPARE(fetched.value(u"fingerprint").toString(), aliceFingerprint);
        QCOMPARE(fetched.value(u"state").toString(), u"pinned"_s);

        // Three processes: the second and third continue the session the first one started.
        QStringList bodies { u"first secret"_s, u"second secret"_s, u"third secret"_s };
        for (const QString &body : bodies) {
            // --esession: both are Balcony users with OMEMO devices too; this test is about ESessions.
            CliRun send = run(u"bob"_s, { u"send"_s, alice, body, u"--encrypt"_s, u"--esession"_s, u"--json"_s });
            QVERIFY2(send.exitCode == 0, qPrintable(send.describe()));
            const QList<QJsonObject> acked = jsonLines(send.out);
            QCOMPARE(acked.size(), 1);
            QVERIFY2(acked.first().value(u"encrypted").toBool(), send.out.constData());
        }
        // Without flags the default policy ("when possible") encrypts: alice's key is known.
        CliRun byPolicy = run(u"bob"_s, { u"send"_s, alice, u"fourth, by policy"_s, u"--esession"_s, u"--json"_s });
        QVERIFY2(byPolicy.exitCode == 0, qPrintable(byPolicy.describe()));
        QVERIFY2(jsonLines(byPolicy.out).value(0).value(u"encrypted").toBool(), byPolicy.out.constData());
        bodies.append(u"fourth, by policy"_s);

        CliRun listen = run(u"alice"_s, { u"listen"_s, u"--count"_s, u"4"_s, u"--timeout"_s, u"30"_s });
        QVERIFY2(listen.exitCode == 0, qPrintable(listen.describe()));
        const QList<QJsonObject> received = jsonLines(listen.out);
        QCOMPARE(received.size(), bodies.size());
        for (int i = 0; i < bodies.size(); ++i) {
            const QJsonObject &message = received.at(i);
            QCOMPARE(message.value(u"body").toString(), bodies.at(i));
            QCOMPARE(message.value(u"encryption").toString(), u"offline-esession"_s);
            QCOMPARE(message.value(u"e2e_status").toString(), u"decrypted"_s);
            QVERIFY(!message.value(u"created").toString().isEmpty());
        }

        // A wrong fingerprint is refused and marks nothing; the right one is marked verified.
        CliRun wrong = run(u"bob"_s, { u"keys"_s, u"--verify"_s, alice, QString(64, u'0') });
        QVERIFY2(wrong.exitCode == 12, qPrintable(wrong.describe()));
        QVERIFY2(wrong.err.contains("does not match"), qPrintable(wrong.describe()));
        // The XEP-0189 key id (the pubkey item id other clients may show) names the same key (issue 11, item 13).
        CliRun aliceKeys = run(u"alice"_s, { u"keys"_s, u"--json"_s });
        QVERIFY2(aliceKeys.exitCode == 0, qPrintable(aliceKeys.describe()));
        const QString aliceKeyId = jsonLines(aliceKeys.out).value(0).value(u"keyId").toString();
        QCOMPARE(aliceKeyId.size(), 64);
        QVERIFY(aliceKeyId != aliceFingerprint);
        CliRun byKeyId = run(u"bob"_s, { u"keys"_s, u"--verify"_s, alice, aliceKeyId, u"--json"_s });
        QVERIFY2(byKeyId.exitCode == 0, qPrintable(byKeyId.describe()));
        const QJsonObject verified = jsonLines(byKeyId.out).value(0);
        QCOMPARE(verified.value(u"matched").toString(), u"keyId"_s);
        QCOMPARE(verified.value(u"fingerprint").toString(), aliceFingerprint);
        CliRun keys = run(u"bob"_s, { u"keys"_s, u"--json"_s });
        QVERIFY2(keys.exitCode == 0, qPrintable(keys.describe()));
        const QJsonArray contacts = jsonLines(keys.out).value(0).value(u"contacts").toArray();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.at(0).toObject().value(u"state").toString(), u"verified"_s);
        QCOMPARE(contacts.at(0).toObject().value(u"keyId").toString(), aliceKeyId);
        // And by the fingerprint Balcony displays.
        CliRun right = run(u"bob"_s, { u"keys"_s, u"--verify"_s, alice, aliceFingerprint, u"--json"_s });
        QVERIFY2(right.exitCode == 0, qPrintable(right.describe()));
        QCOMPARE(jsonLines(right.out).value(0).value(u"matched").toString(), u"fingerprint"_s);
    }

    void encryptWithoutOptionsSendsNothing()
    {
        const QString carol = jid(u"carol"_s);
        CliRun send = run(u"bob"_s, { u"send"_s, carol, u"not for the server"_s, u"--encrypt"_s });
        QVERIFY2(send.exitCode == 11, qPrintable(send.describe()));
        QVERIFY2(send.err.contains("--allow-plaintext"), qPrintable(send.describe()));
        CliRun listen = run(u"carol"_s, { u"listen"_s, u"--timeout"_s, u"3"_s });
        QVERIFY2(listen.exitCode == 0, qPrintable(listen.describe()));
        QVERIFY2(listen.out.trimmed().isEmpty(), qPrintable(listen.describe()));

        // policy: per contact over the global default.
        CliRun set = run(u"bob"_s, { u"policy"_s, carol, u"always"_s, u"--json"_s });
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        CliRun show = run(u"bob"_s, { u"policy"_s, carol, u"--json"_s });
        QCOMPARE(jsonLines(show.out).value(0).value(u"policy").toString(), u"always"_s);
        CliRun global = run(u"bob"_s, { u"policy"_s, u"--json"_s });
        QCOMPARE(jsonLines(global.out).value(0).value(u"policy").toString(), u"possible"_s);
    }

    void onlineSessionWithAListener()
    {
        const QString dave = jid(u"dave"_s);
        const QString erin = jid(u"erin"_s);
        // Mutual subscription: an online session is answered only for a contact whose presence is seen.
        for (const auto &[from, to] : { std::pair { u"dave"_s, erin }, std::pair { u"erin"_s, dave } }) {
            CliRun ask = run(from, { u"subscribe"_s, to, u"--wait"_s, u"0.5"_s });
            QVERIFY2(ask.exitCode == 0, qPrintable(ask.describe()));
            const QString other = from == u"dave"_s ? u"erin"_s : u"dave"_s;
            CliRun approve = run(other, { u"approve"_s, from == u"dave"_s ? dave : erin });
            QVERIFY2(approve.exitCode == 0, qPrintable(approve.describe()));
        }

        QProcess listen;
        listen.setProcessEnvironment(test::cliEnvironment(u"pw-erin"_s, m_home.path()));
        listen.start(test::cliPath(),
            args(u"erin"_s, { u"listen"_s, u"--count"_s, u"3"_s, u"--timeout"_s, u"60"_s, u"--json"_s }));
        QVERIFY(listen.waitForStarted());
        QByteArray status;
        QTRY_VERIFY_WITH_TIMEOUT((status += listen.readAllStandardError()).contains("listening as"), 20000);

        CliRun send = run(u"dave"_s,
            { u"send"_s, erin, u"online secret one"_s, u"--body"_s, u"online secret two"_s, u"--encrypt"_s,
                u"--esession"_s, u"--json"_s });
        QVERIFY2(send.exitCode == 0, qPrintable(send.describe()));
        const QList<QJsonObject> acked = jsonLines(send.out);
        QCOMPARE(acked.size(), 2);
        for (const QJsonObject &ack : acked) {
            QVERIFY2(ack.value(u"encrypted").toBool(), send.out.constData());
            QCOMPARE(ack.value(u"encryption").toString(), u"online-esession"_s);
        }
        // A new process, so a new session whose first message is decided right after login (erin's presence may
        // come after the server answered everything else, as with ejabberd), by the default policy ("when
        // possible"): online and encrypted, never in the clear.
        CliRun byPolicy
            = run(u"dave"_s, { u"send"_s, erin, u"online secret three, by policy"_s, u"--esession"_s, u"--json"_s });
        QVERIFY2(byPolicy.exitCode == 0, qPrintable(byPolicy.describe()));
        QVERIFY2(jsonLines(byPolicy.out).value(0).value(u"encrypted").toBool(), qPrintable(byPolicy.describe()));
        QCOMPARE(jsonLines(byPolicy.out).value(0).value(u"encryption").toString(), u"online-esession"_s);

        QVERIFY(listen.waitForFinished(60000));
        const QByteArray out = listen.readAllStandardOutput();
        QVERIFY2(listen.exitCode() == 0, QByteArray(status + listen.readAllStandardError()).constData());
        const QList<QJsonObject> received = jsonLines(out);
        QCOMPARE(received.size(), 3);
        const QStringList bodies { u"online secret one"_s, u"online secret two"_s,
            u"online secret three, by policy"_s };
        for (int i = 0; i < bodies.size(); ++i) {
            QCOMPARE(received.at(i).value(u"body").toString(), bodies.at(i));
            QCOMPARE(received.at(i).value(u"encryption").toString(), u"online-esession"_s);
            QCOMPARE(received.at(i).value(u"e2e_status").toString(), u"decrypted"_s);
        }
        // erin's key was pinned from her identity proof in the negotiation (trust on first use).
        CliRun keys = run(u"dave"_s, { u"keys"_s, u"--json"_s });
        QVERIFY2(keys.exitCode == 0, qPrintable(keys.describe()));
        const QJsonArray contacts = jsonLines(keys.out).value(0).value(u"contacts").toArray();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.at(0).toObject().value(u"jid").toString(), erin);
        QCOMPARE(contacts.at(0).toObject().value(u"state").toString(), u"pinned"_s);
    }

private:
    QString jid(const QString &user) const { return user + u"@"_s + m_server->domain(); }
    QStringList args(const QString &user, const QStringList &command) const
    {
        return command + test::cliConnectArgs(*m_server, user, m_home.filePath(u"profile-"_s + user));
    }
    CliRun run(const QString &user, const QStringList &command) const
    {
        return test::runCli(args(user, command), test::cliEnvironment(u"pw-"_s + user, m_home.path()), 90000);
    }

    QTemporaryDir m_home;
    std::unique_ptr<XmppServerFixture> m_server;
};

QTEST_GUILESS_MAIN(TestE2eCliEsession)
#include "tst_e2e_cli_esession.moc"
