// Single instance (src/app/SingleInstance) between real processes: a second launch hands its arguments to the
// first, a crashed (SIGKILLed) primary's lock and socket are taken over, a primary that does not answer makes
// the hand-over fail instead of hanging, and garbage on the socket is dropped. XDG_RUNTIME_DIR is a temporary
// folder so nothing touches the user's running Balcony.
#include "app/SingleInstance.h"
#include "app/TerminationSignals.h"

#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <csignal>

using namespace Qt::StringLiterals;
using balcony::app::SingleInstance;

namespace {

const QString Profile = u"/tmp/profile root"_s;

QString helperPath()
{
    return QCoreApplication::applicationDirPath() + u"/singleinstance_helper"_s;
}

// Starts the helper as the primary and waits for it to say so.
bool startPrimary(QProcess &process, const QString &profile = Profile)
{
    process.start(helperPath(), { u"primary"_s, profile });
    if (!process.waitForStarted(10000)) {
        return false;
    }
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(10000)) {
            return false;
        }
    }
    return process.readLine() == "primary\n";
}

QByteArray nextLine(QProcess &process)
{
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(10000)) {
            return {};
        }
    }
    return process.readLine();
}

} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void firstIsPrimarySecondIsNot();
    void profileRootsAreSeparate();
    void secondProcessHandsOverToUs();
    void weHandOverToAnotherProcess();
    void crashedPrimaryIsTakenOver();
    void unresponsivePrimaryFailsTheHandOver();
    void garbageIsDropped();
    void terminationSignalsArriveInTheEventLoop();

private:
    QTemporaryDir m_runtime;
    QList<QProcess *> m_processes;
    QProcess *process()
    {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::SeparateChannels);
        m_processes.append(p);
        return p;
    }
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8());
    QVERIFY(QFile::exists(helperPath()));
}

void TestSingleInstance::cleanup()
{
    for (QProcess *p : std::as_const(m_processes)) {
        ::kill(pid_t(p->processId()), SIGCONT);
        p->kill();
        p->waitForFinished(5000);
        delete p;
    }
    m_processes.clear();
}

void TestSingleInstance::firstIsPrimarySecondIsNot()
{
    SingleInstance first(Profile);
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    QVERIFY(first.socketPath().startsWith(m_runtime.path() + u"/balcony-"_s));
    QVERIFY(QFile::exists(first.socketPath()));
    SingleInstance second(Profile);
    QCOMPARE(second.start(), SingleInstance::Role::Secondary);
    QCOMPARE(second.socketPath(), first.socketPath());
}

void TestSingleInstance::profileRootsAreSeparate()
{
    SingleInstance standard { QString() };
    SingleInstance portable(u"/media/stick/balcony"_s);
    QVERIFY(standard.socketPath() != portable.socketPath());
    QCOMPARE(standard.start(), SingleInstance::Role::Primary);
    QCOMPARE(portable.start(), SingleInstance::Role::Primary);
}

void TestSingleInstance::secondProcessHandsOverToUs()
{
    SingleInstance primary(Profile);
    QCOMPARE(primary.start(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::argumentsReceived);
    const QStringList arguments { u"--minimized"_s, u"--"_s, u"xmpp:jiři@čechy.example?message;body=a%20b"_s, u""_s };
    QProcess *second = process();
    second->start(helperPath(), QStringList { u"handover"_s, Profile } + arguments);
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 10000);
    QCOMPARE(received.first().first().toStringList(), arguments);
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), QProcess::NotRunning, 10000);
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
}

void TestSingleInstance::weHandOverToAnotherProcess()
{
    QProcess *primary = process();
    QVERIFY(startPrimary(*primary));
    SingleInstance second(Profile);
    QCOMPARE(second.start(), SingleInstance::Role::Secondary);
    QVERIFY2(second.handOver({ u"xmpp:a@b.c"_s, u"xmpp:d@e.f"_s }), qPrintable(second.errorString()));
    QCOMPARE(nextLine(*primary), "xmpp:a@b.c|xmpp:d@e.f\n");
    QVERIFY(second.handOver({}));
    QCOMPARE(nextLine(*primary), "\n");
}

void TestSingleInstance::crashedPrimaryIsTakenOver()
{
    QProcess *crashed = process();
    QVERIFY(startPrimary(*crashed));
    const QString socketPath = SingleInstance(Profile).socketPath();
    const QString lockPath = SingleInstance(Profile).lockPath();
    crashed->kill(); // SIGKILL: no destructor runs, the lock and socket files stay behind
    QVERIFY(crashed->waitForFinished(10000));
    QVERIFY(QFile::exists(socketPath));
    QVERIFY(QFile::exists(lockPath));

    SingleInstance next(Profile);
    QCOMPARE(next.start(), SingleInstance::Role::Primary);
    // ...and it really listens: a later launch reaches it.
    QSignalSpy received(&next, &SingleInstance::argumentsReceived);
    QProcess *later = process();
    later->start(helperPath(), { u"handover"_s, Profile, u"xmpp:a@b.c"_s });
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(later->state(), QProcess::NotRunning, 10000);
    QCOMPARE(later->exitCode(), 0);
}

void TestSingleInstance::unresponsivePrimaryFailsTheHandOver()
{
    QProcess *primary = process();
    QVERIFY(startPrimary(*primary));
    QCOMPARE(::kill(pid_t(primary->processId()), SIGSTOP), 0);
    SingleInstance second(Profile);
    QCOMPARE(second.start(), SingleInstance::Role::Secondary);
    QVERIFY(!second.handOver({ u"xmpp:a@b.c"_s }, 500));
    QVERIFY(!second.errorString().isEmpty());
    // Once it runs again, it takes the next hand-over (the abandoned one is answered into a closed socket).
    QCOMPARE(::kill(pid_t(primary->processId()), SIGCONT), 0);
    QVERIFY2(second.handOver({ u"xmpp:d@e.f"_s }), qPrintable(second.errorString()));
    QByteArray lines = nextLine(*primary);
    if (lines == "xmpp:a@b.c\n") {
        lines = nextLine(*primary);
    }
    QCOMPARE(lines, "xmpp:d@e.f\n");
}

void TestSingleInstance::garbageIsDropped()
{
    SingleInstance primary(Profile);
    QCOMPARE(primary.start(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::argumentsReceived);

    // Wrong magic, then a length above the cap, then a payload that does not end in NUL.
    QByteArray tooLong("BALCONY1\0\0\0\0", 12);
    qToBigEndian<quint32>(quint32(SingleInstance::MaxPayload + 1), tooLong.data() + 8);
    QByteArray unterminated("BALCONY1\0\0\0\x03"
                            "abc",
        15);
    for (const QByteArray &garbage : { QByteArray("GET / HTTP/1.1\r\n\r\n"), tooLong, unterminated }) {
        QLocalSocket socket;
        socket.connectToServer(primary.socketPath());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(garbage);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 5000);
        QVERIFY(socket.readAll().isEmpty());
    }
    QCOMPARE(received.count(), 0);

    QProcess *second = process();
    second->start(helperPath(), { u"handover"_s, Profile, u"xmpp:a@b.c"_s });
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 10000);
    QCOMPARE(received.first().first().toStringList(), QStringList { u"xmpp:a@b.c"_s });
}

// SIGTERM/SIGINT/SIGHUP become TerminationSignals::requested() in the event loop instead of killing the process
// (the desktop app then quits the clean way); the previous handlers come back with the destructor.
void TestSingleInstance::terminationSignalsArriveInTheEventLoop()
{
    // Whatever was there before (QtTest installs its own handler for fatal signals) comes back afterwards.
    struct sigaction before { };
    QCOMPARE(::sigaction(SIGTERM, nullptr, &before), 0);
    {
        balcony::app::TerminationSignals handler;
        QVERIFY(handler.isActive());
        // One per process.
        balcony::app::TerminationSignals second;
        QVERIFY(!second.isActive());

        struct sigaction during { };
        QCOMPARE(::sigaction(SIGTERM, nullptr, &during), 0);
        QVERIFY(during.sa_handler != before.sa_handler);
        QSignalSpy requested(&handler, &balcony::app::TerminationSignals::requested);
        QCOMPARE(::raise(SIGTERM), 0); // with the previous handler this test would end here
        QVERIFY(requested.isEmpty()); // not from inside the handler: from the event loop
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toInt(), SIGTERM);
        QCOMPARE(::raise(SIGINT), 0);
        QCOMPARE(::raise(SIGHUP), 0);
        QTRY_COMPARE(requested.size(), 3);
        QCOMPARE(requested.at(1).at(0).toInt(), SIGINT);
        QCOMPARE(requested.at(2).at(0).toInt(), SIGHUP);
    }
    struct sigaction after { };
    QCOMPARE(::sigaction(SIGTERM, nullptr, &after), 0);
    QVERIFY(after.sa_handler == before.sa_handler);
    // And a new instance can take over.
    balcony::app::TerminationSignals again;
    QVERIFY(again.isActive());
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
