// The durable outbox end to end (issue 4 acceptance): balcony-cli queues 500 messages (send --stdin), is
// killed with SIGKILL while some are acknowledged and some are not, and `send --flush` after the restart
// delivers the rest. Bob (an in-process Connection on the same server) must end up with each of the 500
// exactly once after de-duplication by XEP-0359 origin-id (what HistoryStore does, XEP-0359 §6): one
// origin-id per body, one body per origin-id, none missing. Copies on the wire with an origin-id already
// seen are what the outbox protocol allows after a kill (OutboxStore: a message the server handled but
// whose ack died with the process is written again, byte for byte); their number is reported.
// Repeated at three kill points. Alice's CLI reaches the server through a proxy that holds the server's bytes
// to her back for a while, so the acknowledgements of the newest messages are still on their way when the kill
// lands, however fast the machine delivers them to Bob (he is counted to pick the moment).
#include "E2eSupport.h"
#include "delay_proxy.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::settingsFor;
using balcony::test::XmppServerFixture;

namespace {
constexpr int MessageCount = 500;
constexpr int AckDelayMs = 100;
constexpr auto SidNs = u"urn:xmpp:sid:0";

// Bob: available, recording every chat message he gets on the wire (no de-duplication of his own).
class Receiver : public QObject {
public:
    explicit Receiver(const XmppServerFixture &server)
    {
        ConnectionSettings settings = settingsFor(server, u"bob"_s, u"pw-bob"_s);
        settings.autoReconnect = false;
        connection.setSettings(settings);
        connect(&connection, &Connection::connected, this, [this] {
            Element presence(u"presence"_s, u"jabber:client"_s);
            presence.appendTextChild(u"priority"_s, u"jabber:client"_s, u"5"_s);
            connection.send(presence);
            bound = true;
        });
        connect(&connection, &Connection::stanzaReceived, this, [this](const Element &stanza) {
            if (stanza.name() == u"message" && stanza.hasChild(u"body")) {
                const QString body = stanza.childText(u"body");
                const QString originId = stanza.firstChild(u"origin-id", QString::fromUtf16(SidNs)).attribute(u"id");
                ++total;
                if (bodyOf.contains(originId)) {
                    ++duplicates;
                    if (bodyOf.value(originId) != body) {
                        ++conflicts; // the same origin-id for two different messages
                    }
                    return;
                }
                bodyOf.insert(originId, body);
                ++byBody[body];
            }
        });
    }
    Connection connection;
    bool bound = false;
    QHash<QString, int> byBody;
    QHash<QString, QString> bodyOf; // origin-id -> body: bob's history, de-duplicated as XEP-0359 §6 says
    int total = 0; // stanzas on the wire
    int duplicates = 0; // copies with an origin-id seen before
    int conflicts = 0;
};

} // namespace

class TestE2eCliCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BALCONY_REQUIRE_SERVER();
        QVERIFY(!test::cliPath().isEmpty());
        // No message archive: nothing here reads it, and ejabberd's (Mnesia) slows down with every message stored.
        test::startServerWithUsers(m_server, { u"alice"_s, u"bob"_s }, { .messageArchive = false });
    }
    void cleanupTestCase() { m_server.reset(); }

    void killAndFlush_data()
    {
        QTest::addColumn<int>("killAfter"); // messages bob has received when alice's CLI is killed
        QTest::newRow("after the first") << 1;
        QTest::newRow("after 150") << 150;
        QTest::newRow("after 400") << 400;
    }
    void killAndFlush()
    {
        QFETCH(int, killAfter);
        Receiver bob(*m_server);
        bob.connection.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(bob.bound, test::BoundTimeoutMs);
        QTest::qWait(200); // bob's presence is in place before alice sends

        const QString profile = m_home.filePath(u"alice-%1"_s.arg(killAfter));
        const QString prefix = u"crash-%1-"_s.arg(killAfter);
        // Server -> Alice delayed by 100 ms (acks included), Alice -> server not: Bob sees each message as fast as
        // without the proxy, Alice learns of its acknowledgement 100 ms later.
        test::DelayProxyThread proxy(QHostAddress(m_server->host()), m_server->c2sPort(), 0, AckDelayMs);
        QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));
        QProcess alice;
        alice.setProcessEnvironment(test::cliEnvironment(u"pw-alice"_s, m_home.path()));
        alice.start(test::cliPath(),
            args(profile, u"send"_s, proxy.port())
                + QStringList { u"--json"_s, u"--stdin"_s, u"bob@"_s + m_server->domain() });
        QVERIFY(alice.waitForStarted());
        QByteArray input;
        for (int i = 0; i < MessageCount; ++i) {
            input += (prefix + QString::number(i)).toUtf8() + '\n';
        }
        alice.write(input);
        alice.closeWriteChannel();

        // Kill -9 as soon as bob has seen `killAfter` messages: some are acknowledged, some are not.
        QElapsedTimer clock;
        clock.start();
        while (bob.total < killAfter && alice.state() == QProcess::Running && clock.elapsed() < 60000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        }
        const bool killedMidway = alice.state() == QProcess::Running;
        const int seenAtKill = bob.total;
        if (killedMidway) {
            ::kill(pid_t(alice.processId()), SIGKILL);
        }
        QVERIFY(alice.waitForFinished(10000));
        const QList<QByteArray> ackLines = alice.readAllStandardOutput().trimmed().split('\n');
        QVERIFY2(killedMidway, "the CLI finished before the kill point: nothing was tested");
        QCOMPARE(alice.exitStatus(), QProcess::CrashExit);

        const test::CliRun flush = test::runCli(args(profile, u"send"_s) + QStringList { u"--flush"_s, u"--json"_s },
            test::cliEnvironment(u"pw-alice"_s, m_home.path()));
        QVERIFY2(flush.exitCode == 0, qPrintable(flush.describe()));
        // The outbox keeps only what was not acknowledged: the flush delivering something proves the kill landed
        // while messages were unacknowledged (the point of the test), whatever Bob had seen by then.
        QVERIFY2(!flush.out.trimmed().isEmpty(), "nothing was left unacknowledged at the kill: nothing was tested");
        // Every message acknowledged before the kill or by the flush, none twice.
        const int acked = int(ackLines.size() - (ackLines.first().isEmpty() ? 1 : 0))
            + int(flush.out.trimmed().isEmpty() ? 0 : flush.out.trimmed().split('\n').size());
        QTRY_VERIFY_WITH_TIMEOUT(bob.byBody.size() == MessageCount, 30000);
        QTest::qWait(500); // a late duplicate would show now
        qInfo("kill point %d: bob had %d at the kill, CLI printed %d acks before it, %d after the flush; "
              "bob received %d stanzas on the wire, %d copies with a known origin-id, %d distinct messages",
            killAfter, seenAtKill, int(acked - flush.out.count('\n')), int(flush.out.count('\n')), bob.total,
            bob.duplicates, int(bob.bodyOf.size()));
        // The printed lines are a lower bound only: kill -9 may fall between an acknowledgement's commit and its
        // line reaching the pipe. What counts is that nothing is left: a second flush has nothing to send.
        QVERIFY2(acked <= MessageCount,
            qPrintable(u"%1 acknowledgements printed for %2 messages"_s.arg(acked).arg(MessageCount)));
        const test::CliRun again = test::runCli(args(profile, u"send"_s) + QStringList { u"--flush"_s, u"--json"_s },
            test::cliEnvironment(u"pw-alice"_s, m_home.path()));
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY2(again.out.trimmed().isEmpty(), again.out.constData());
        for (int i = 0; i < MessageCount; ++i) {
            const QString body = prefix + QString::number(i);
            QVERIFY2(bob.byBody.value(body) == 1,
                qPrintable(u"%1 received %2 times"_s.arg(body).arg(bob.byBody.value(body))));
        }
        QCOMPARE(int(bob.bodyOf.size()), MessageCount);
        QVERIFY(!bob.bodyOf.contains(QString())); // every message carried its origin-id
        QCOMPARE(bob.conflicts, 0);
        bob.connection.disconnectFromServer();
    }

private:
    // `port`: another way to the server (the proxy); 0 = the server's own port.
    QStringList args(const QString &profile, const QString &command, quint16 port = 0) const
    {
        QStringList connect = test::cliConnectArgs(*m_server, u"alice"_s, profile);
        if (port != 0) {
            connect[connect.indexOf(u"--port"_s) + 1] = QString::number(port);
        }
        return QStringList { command } + connect + QStringList { u"--timeout"_s, u"60"_s };
    }

    QTemporaryDir m_home;
    std::unique_ptr<XmppServerFixture> m_server;
};

QTEST_GUILESS_MAIN(TestE2eCliCrash)
#include "tst_e2e_cli_crash.moc"
