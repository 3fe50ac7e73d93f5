// SleepWatcher (src/app): logind's PrepareForSleep on a private D-Bus bus (a real dbus-daemon, tests/support/
// DbusSessionFixture) where a fake org.freedesktop.login1 owns the name, answers Inhibit with a real file descriptor
// (a pipe: its read end sees EOF once the client closed its copy, as logind sees a released lock) and sends the
// signal. The signal only counts from the name's owner; a repeated state is announced once; the delay lock is let go
// after ReleaseDelayMs and taken again after waking; and AccountManager passes the state to every open account's
// transport (Transport::prepareForSleep()/wake()). No real suspend here.
#include "DbusSessionFixture.h"
#include "ScriptedAccounts.h"
#include "app/SleepWatcher.h"

#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QSignalSpy>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::app::SleepWatcher;
using balcony::test::DbusSessionFixture;

namespace {

const QString Login1 = u"org.freedesktop.login1"_s;
const QString Login1Path = u"/org/freedesktop/login1"_s;
const QString Login1Manager = u"org.freedesktop.login1.Manager"_s;

class FakeLogind : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public:
    ~FakeLogind() override
    {
        for (const int fd : std::as_const(readEnds)) {
            ::close(fd);
        }
    }
    QStringList lastArguments;
    int inhibits = 0;
    QList<int> readEnds; // one per Inhibit call

    // The lock of Inhibit call `index` was let go (every copy of the write end closed).
    bool released(int index) const
    {
        pollfd p { readEnds.value(index, -1), POLLIN, 0 };
        if (p.fd < 0 || ::poll(&p, 1, 0) != 1) {
            return false;
        }
        char byte = 0;
        return (p.revents & (POLLIN | POLLHUP)) && ::read(p.fd, &byte, 1) == 0;
    }

public Q_SLOTS:
    QDBusUnixFileDescriptor Inhibit(const QString &what, const QString &who, const QString &why, const QString &mode)
    {
        lastArguments = { what, who, why, mode };
        ++inhibits;
        int fds[2] = { -1, -1 };
        if (::pipe2(fds, O_CLOEXEC) != 0) {
            return {};
        }
        readEnds.append(fds[0]);
        QDBusUnixFileDescriptor lock(fds[1]); // a dup
        ::close(fds[1]);
        return lock;
    }
};

bool sendPrepareForSleep(QDBusConnection &from, bool sleeping)
{
    QDBusMessage signal = QDBusMessage::createSignal(Login1Path, Login1Manager, u"PrepareForSleep"_s);
    signal << sleeping;
    return from.send(signal);
}

// A scripted transport that records what the Connection passes on.
class SleepRecordingTransport : public test::ScriptedTransport {
public:
    void prepareForSleep() override { calls.append(u"sleep"_s); }
    void wake() override { calls.append(u"wake"_s); }
    QStringList calls;
};

} // namespace

class TestSleepWatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        if (!DbusSessionFixture::isAvailable()) {
            QSKIP("dbus-daemon is not installed");
        }
        m_bus = std::make_unique<DbusSessionFixture>();
        QVERIFY2(m_bus->start(), qPrintable(m_bus->errorString()));
        m_logindBus = m_bus->connect(u"logind"_s);
        m_logind = std::make_unique<FakeLogind>();
        QVERIFY(m_logindBus.registerObject(Login1Path, m_logind.get(), QDBusConnection::ExportAllSlots));
        QVERIFY(m_logindBus.registerService(Login1));
    }
    void cleanup()
    {
        if (m_logind) {
            m_logindBus.unregisterService(Login1);
            m_logindBus.unregisterObject(Login1Path);
        }
        m_logind.reset();
        m_bus.reset();
    }

    void followsPrepareForSleep();
    void onlyLogindCounts();
    void withoutLogind();
    void reachesEveryAccount();

private:
    std::unique_ptr<DbusSessionFixture> m_bus;
    QDBusConnection m_logindBus { u"none"_s };
    std::unique_ptr<FakeLogind> m_logind;
};

void TestSleepWatcher::followsPrepareForSleep()
{
    SleepWatcher watcher(m_bus->connect(u"client"_s));
    QVERIFY(watcher.isListening());
    QSignalSpy changed(&watcher, &SleepWatcher::sleepingChanged);
    // The delay lock is taken at once: logind will wait for us before sleeping.
    QTRY_VERIFY(watcher.holdsInhibitor());
    QCOMPARE(m_logind->inhibits, 1);
    QCOMPARE(m_logind->lastArguments.value(0), u"sleep"_s);
    QCOMPARE(m_logind->lastArguments.value(3), u"delay"_s);
    QVERIFY(!m_logind->lastArguments.value(2).isEmpty());
    QVERIFY(!m_logind->released(0));

    QVERIFY(sendPrepareForSleep(m_logindBus, true));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), true);
    QVERIFY(watcher.isSleeping());
    QVERIFY(watcher.holdsInhibitor()); // time to act first
    QTRY_VERIFY_WITH_TIMEOUT(m_logind->released(0), SleepWatcher::ReleaseDelayMs + 3000);
    QVERIFY(!watcher.holdsInhibitor());
    // The same state again (a second PrepareForSleep(true)) is not announced again.
    QVERIFY(sendPrepareForSleep(m_logindBus, true));
    QTest::qWait(200);
    QCOMPARE(changed.size(), 1);

    QVERIFY(sendPrepareForSleep(m_logindBus, false));
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toBool(), false);
    QVERIFY(!watcher.isSleeping());
    // Awake: the lock again, for the next sleep.
    QTRY_VERIFY(watcher.holdsInhibitor());
    QCOMPARE(m_logind->inhibits, 2);
    QVERIFY(!m_logind->released(1));
}

void TestSleepWatcher::onlyLogindCounts()
{
    SleepWatcher watcher(m_bus->connect(u"client"_s));
    QSignalSpy changed(&watcher, &SleepWatcher::sleepingChanged);
    QTRY_VERIFY(watcher.holdsInhibitor());
    // Another program sends the same signal from the same path and interface: not logind, ignored.
    QDBusConnection intruder = m_bus->connect(u"intruder"_s);
    QVERIFY(sendPrepareForSleep(intruder, true));
    // A signal with the wrong argument type, from logind itself: ignored too.
    QDBusMessage wrong = QDBusMessage::createSignal(Login1Path, Login1Manager, u"PrepareForSleep"_s);
    wrong << u"yes"_s;
    QVERIFY(m_logindBus.send(wrong));
    QTest::qWait(300);
    QCOMPARE(changed.size(), 0);
    // logind's own is heard (the control).
    QVERIFY(sendPrepareForSleep(m_logindBus, true));
    QTRY_COMPARE(changed.size(), 1);
}

void TestSleepWatcher::withoutLogind()
{
    // Nobody owns org.freedesktop.login1: listening costs nothing, Inhibit fails quietly, no lock.
    m_logindBus.unregisterService(Login1);
    SleepWatcher watcher(m_bus->connect(u"client"_s));
    QSignalSpy changed(&watcher, &SleepWatcher::sleepingChanged);
    QTest::qWait(300);
    QVERIFY(!watcher.holdsInhibitor());
    QCOMPARE(m_logind->inhibits, 0);
    QCOMPARE(changed.size(), 0);
    // No bus at all (no system bus here): nothing.
    SleepWatcher none(QDBusConnection(u"no-such-bus"_s));
    QVERIFY(!none.isListening());
    QVERIFY(!none.holdsInhibitor());
}

void TestSleepWatcher::reachesEveryAccount()
{
    test::ScriptedAccounts accounts;
    QHash<Jid, SleepRecordingTransport *> transports;
    accounts.manager->setAccountFactory([&](const AccountSettings &given) {
        AccountSettings settings = given;
        settings.connection.autoReconnect = false;
        settings.automaticCatchUp = false;
        settings.keepaliveIdleMs = 0;
        settings.e2eScrypt = { 1 << 10, 8, 1 };
        auto transport = std::make_unique<SleepRecordingTransport>();
        transports.insert(settings.connection.jid.bare(), transport.get());
        return std::make_unique<Account>(settings, AccountStores::inMemory(), std::move(transport));
    });
    QVERIFY(accounts.load());
    QVERIFY(accounts.add(u"alice@example.com"_s, false));
    QVERIFY(accounts.add(u"bob@example.org"_s, false));
    QCOMPARE(transports.size(), 2);
    accounts.manager->watchSleep(m_bus->connect(u"client"_s));
    QVERIFY(sendPrepareForSleep(m_logindBus, true));
    for (SleepRecordingTransport *t : std::as_const(transports)) {
        QTRY_COMPARE(t->calls, QStringList { u"sleep"_s });
    }
    QVERIFY(sendPrepareForSleep(m_logindBus, false));
    for (SleepRecordingTransport *t : std::as_const(transports)) {
        QTRY_COMPARE(t->calls, (QStringList { u"sleep"_s, u"wake"_s }));
    }
}

QTEST_MAIN(TestSleepWatcher)
#include "tst_sleepwatcher.moc"
