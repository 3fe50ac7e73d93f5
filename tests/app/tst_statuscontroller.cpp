// StatusController: the chosen presence on every account and automatic away / extended away from an idle
// source with a fake clock; accounts on scripted servers.

#include "DbusSessionFixture.h"
#include "ScriptedAccounts.h"
#include "ScriptedSession.h"
#include "app/ActivityIdleSource.h"
#include "app/AppPaths.h"
#include "app/AppSettings.h"
#include "app/DbusIdleSource.h"
#include "app/StatusController.h"
#include "im/PresenceManager.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::app;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

// The session's idle services on the test bus: GNOME's (Mutter) and the freedesktop screensaver's (KDE, XFCE).
class MutterIdleMonitor : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Mutter.IdleMonitor")
public:
    qulonglong idle = 0;
    int calls = 0;
public Q_SLOTS:
    qulonglong GetIdletime()
    {
        ++calls;
        return idle;
    }
};

class ScreenSaver : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    uint idle = 0;
    int calls = 0;
public Q_SLOTS:
    uint GetSessionIdleTime()
    {
        ++calls;
        return idle;
    }
};

// The <show/> and <status/> of the last available broadcast presence the client wrote ("" show = available);
// nullopt if none was written since the last call.
std::optional<std::pair<QString, QString>> lastPresence(ScriptedTransport &server)
{
    std::optional<std::pair<QString, QString>> last;
    while (!server.writes().isEmpty()) {
        for (const Element &stanza : ScriptedSession::stanzasIn(server.takeWrite())) {
            if (stanza.name() == u"presence" && stanza.attribute(u"type").isEmpty()
                && stanza.attribute(u"to").isEmpty()) {
                last = std::pair { stanza.childText(u"show"), stanza.childText(u"status") };
            }
        }
    }
    return last;
}

constexpr qint64 minute = 60000;

} // namespace

class TestStatusController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void chosenPresenceGoesToEveryAccount();
    void autoAwayAndExtendedAwayAndBack();
    void neverOverridesDndOrOffline();
    void offlineSignsOutAndBackSignsIn();
    void theLastChoiceComesBackAtTheNextStart();
    void ownActivityCountsWithoutTheSession();
    void sessionIdleTimeOverDbus();

private:
    std::unique_ptr<ScriptedAccounts> m_accounts;
    std::unique_ptr<AppSettings> m_settings;
    qint64 m_now = 0;
    std::unique_ptr<ActivityIdleSource> m_idle;
    std::unique_ptr<StatusController> m_status;
};

void TestStatusController::init()
{
    m_accounts = std::make_unique<ScriptedAccounts>();
    QVERIFY(m_accounts->load());
    m_settings = std::make_unique<AppSettings>();
    m_settings->setAutoAwayMinutes(5);
    m_settings->setExtendedAwayMinutes(30);
    m_settings->setAutoAwayMessage(u"Not at the keyboard"_s);
    m_now = 1000;
    m_idle = std::make_unique<ActivityIdleSource>([this] { return m_now; });
    m_status = std::make_unique<StatusController>(*m_accounts->manager, *m_settings, *m_idle);
}

void TestStatusController::cleanup()
{
    m_status.reset();
    m_idle.reset();
    m_settings.reset();
    m_accounts.reset();
}

void TestStatusController::chosenPresenceGoesToEveryAccount()
{
    QVERIFY(m_accounts->add(u"user@example.com"_s));
    QVERIFY(m_accounts->add(u"user@other.example"_s));
    QSignalSpy changed(m_status.get(), &StatusController::effectiveChanged);
    m_status->setChosen(Presence::Show::Chat, u"Talk to me"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_status->chosenShow(), Presence::Show::Chat);
    QCOMPARE(m_status->effectiveShow(), Presence::Show::Chat);
    for (const QString &account : { u"user@example.com"_s, u"user@other.example"_s }) {
        const auto presence = lastPresence(m_accounts->server(account));
        QVERIFY(presence);
        QCOMPARE(presence->first, u"chat"_s);
        QCOMPARE(presence->second, u"Talk to me"_s);
    }
    // An account that comes later starts with the chosen presence (its session start announces it).
    AccountController *later = m_accounts->add(u"user@late.example"_s, false);
    QVERIFY(later);
    QCOMPARE(later->account().presence()->ownPresence(Jid()).show(), Presence::Show::Chat);
    QCOMPARE(later->account().presence()->ownPresence(Jid()).status(), u"Talk to me"_s);
}

void TestStatusController::autoAwayAndExtendedAwayAndBack()
{
    QVERIFY(m_accounts->add(u"user@example.com"_s));
    ScriptedTransport &server = m_accounts->server(u"user@example.com"_s);
    m_status->setChosen(Presence::Show::None, u"Here"_s);
    lastPresence(server);
    QSignalSpy changed(m_status.get(), &StatusController::effectiveChanged);

    m_now += 4 * minute;
    m_status->checkIdle();
    QCOMPARE(m_status->effectiveShow(), Presence::Show::None);
    QVERIFY(!lastPresence(server));

    m_now += 2 * minute; // 6 minutes idle
    m_status->checkIdle();
    QCOMPARE(m_status->effectiveShow(), Presence::Show::Away);
    QVERIFY(m_status->isAutoAway());
    QCOMPARE(m_status->chosenShow(), Presence::Show::None); // the choice is kept
    auto presence = lastPresence(server);
    QVERIFY(presence);
    QCOMPARE(presence->first, u"away"_s);
    QCOMPARE(presence->second, u"Not at the keyboard"_s);
    m_status->checkIdle(); // still away: nothing new on the wire
    QVERIFY(!lastPresence(server));

    m_now += 30 * minute;
    m_status->checkIdle();
    QCOMPARE(m_status->effectiveShow(), Presence::Show::Xa);
    presence = lastPresence(server);
    QVERIFY(presence);
    QCOMPARE(presence->first, u"xa"_s);

    // Back: input in the app brings the chosen status back at once.
    m_status->userActivity();
    QCOMPARE(m_status->effectiveShow(), Presence::Show::None);
    presence = lastPresence(server);
    QVERIFY(presence);
    QCOMPARE(presence->first, QString());
    QCOMPARE(presence->second, u"Here"_s);
    QCOMPARE(changed.size(), 3);

    // 0 switches automatic away off.
    m_settings->setAutoAwayMinutes(0);
    m_settings->setExtendedAwayMinutes(0);
    m_now += 120 * minute;
    m_status->checkIdle();
    QCOMPARE(m_status->effectiveShow(), Presence::Show::None);
    // Only extended away configured: straight to xa at its time.
    m_settings->setExtendedAwayMinutes(60);
    m_status->checkIdle();
    QCOMPARE(m_status->effectiveShow(), Presence::Show::Xa);
}

void TestStatusController::neverOverridesDndOrOffline()
{
    QVERIFY(m_accounts->add(u"user@example.com"_s));
    ScriptedTransport &server = m_accounts->server(u"user@example.com"_s);
    m_status->setChosen(Presence::Show::Dnd, u"Meeting"_s);
    lastPresence(server);
    m_now += 60 * minute;
    m_status->checkIdle();
    QCOMPARE(m_status->effectiveShow(), Presence::Show::Dnd);
    QVERIFY(m_status->isDoNotDisturb());
    QVERIFY(!lastPresence(server));

    // A chosen "away" may still become extended away (further away, never nearer).
    m_status->setChosen(Presence::Show::Away, u"Lunch"_s);
    QCOMPARE(lastPresence(server)->first, u"away"_s);
    m_now += 10 * minute;
    m_status->checkIdle();
    QCOMPARE(m_status->effectiveShow(), Presence::Show::Away);
    QVERIFY(!lastPresence(server));
    m_now += 30 * minute;
    m_status->checkIdle();
    QCOMPARE(m_status->effectiveShow(), Presence::Show::Xa);

    m_status->setChosenOffline(u"Gone"_s);
    QVERIFY(m_status->isChosenOffline());
    lastPresence(server);
    m_now += 60 * minute;
    m_status->checkIdle();
    QVERIFY(!lastPresence(server));
    QVERIFY(m_status->isChosenOffline());
}

void TestStatusController::offlineSignsOutAndBackSignsIn()
{
    AccountController *controller = m_accounts->add(u"user@example.com"_s);
    QVERIFY(controller);
    ScriptedTransport &server = m_accounts->server(u"user@example.com"_s);
    const int connects = server.connectCount();
    m_status->setChosenOffline(u"Good night"_s);
    bool unavailable = false;
    while (!server.writes().isEmpty()) {
        for (const Element &stanza : ScriptedSession::stanzasIn(server.takeWrite())) {
            unavailable = unavailable
                || (stanza.name() == u"presence" && stanza.attribute(u"type") == u"unavailable"
                    && stanza.childText(u"status") == u"Good night");
        }
    }
    QVERIFY(unavailable);
    QVERIFY(server.allWritten().contains("</stream:stream>")); // the stream is closed (RFC 6120 §4.4)
    // Choosing a presence again connects: at once it would be ignored (the stream is still closing), so the
    // connect follows the close.
    m_status->setChosen(Presence::Show::None, QString());
    QCOMPARE(server.connectCount(), connects);
    server.inject("</stream:stream>");
    QTRY_COMPARE(server.connectCount(), connects + 1);
    QVERIFY(!m_status->isChosenOffline());
}

void TestStatusController::theLastChoiceComesBackAtTheNextStart()
{
    // A fresh settings file: available, no message.
    QCOMPARE(m_status->chosenShow(), Presence::Show::None);
    QVERIFY(!m_status->isChosenOffline());
    QVERIFY(m_status->chosenMessage().isEmpty());

    m_status->setChosen(Presence::Show::Dnd, u"In a meeting"_s);
    // The next start: new settings object, new controller (the app quits in between).
    m_status.reset();
    m_settings = std::make_unique<AppSettings>();
    m_status = std::make_unique<StatusController>(*m_accounts->manager, *m_settings, *m_idle);
    QCOMPARE(m_status->chosenShow(), Presence::Show::Dnd);
    QCOMPARE(m_status->chosenMessage(), u"In a meeting"_s);
    QVERIFY(!m_status->isChosenOffline());
    QVERIFY(m_status->isDoNotDisturb());
    // An account opened at start gets it for its first presence.
    AccountController *controller = m_accounts->add(u"user@example.com"_s, false);
    QVERIFY(controller);
    QCOMPARE(controller->account().presence()->chosenShow(), Presence::Show::Dnd);
    QCOMPARE(controller->account().presence()->status(), u"In a meeting"_s);

    // Offline is remembered too: the app then leaves the accounts signed out.
    m_status->setChosenOffline(u"Holidays"_s);
    m_status.reset();
    m_settings = std::make_unique<AppSettings>();
    m_status = std::make_unique<StatusController>(*m_accounts->manager, *m_settings, *m_idle);
    QVERIFY(m_status->isChosenOffline());
    QCOMPARE(m_status->chosenMessage(), u"Holidays"_s);

    // A hand-edited value that names no status reads as available.
    m_status.reset();
    QSettings(AppPaths::settingsFile(), QSettings::IniFormat)
        .setValue(AppSettings::StatusChosen.toString(), u"asleep"_s);
    m_settings = std::make_unique<AppSettings>();
    m_status = std::make_unique<StatusController>(*m_accounts->manager, *m_settings, *m_idle);
    QVERIFY(!m_status->isChosenOffline());
    QCOMPARE(m_status->chosenShow(), Presence::Show::None);
}

void TestStatusController::ownActivityCountsWithoutTheSession()
{
    // No idle service on the bus (here: no bus at all): the app's own input decides.
    DbusIdleSource session(*m_idle, QDBusConnection(u"no-bus"_s));
    StatusController status(*m_accounts->manager, *m_settings, session);
    m_now += 6 * minute;
    status.checkIdle();
    QTRY_COMPARE(status.effectiveShow(), Presence::Show::Away);
    status.userActivity();
    QTRY_COMPARE(status.effectiveShow(), Presence::Show::None);
}

void TestStatusController::sessionIdleTimeOverDbus()
{
    if (!DbusSessionFixture::isAvailable()) {
        QSKIP("dbus-daemon is not installed");
    }
    DbusSessionFixture bus;
    QVERIFY2(bus.start(), qPrintable(bus.errorString()));
    auto ask = [](IdleSource &source) {
        std::optional<qint64> answer;
        bool answered = false;
        source.requestIdleTime([&](std::optional<qint64> idle) {
            answer = idle;
            answered = true;
        });
        // nullopt also when no answer came (the comparison with an expected value then fails).
        return QTest::qWaitFor([&] { return answered; }) ? answer : std::nullopt;
    };

    // KDE: only the freedesktop screensaver answers; the Mutter probe fails and the screensaver is used.
    ScreenSaver screensaver;
    screensaver.idle = 7 * minute;
    QDBusConnection kde = bus.connect(u"kde"_s);
    QVERIFY(kde.registerObject(u"/org/freedesktop/ScreenSaver"_s, &screensaver, QDBusConnection::ExportAllSlots));
    QVERIFY(kde.registerService(u"org.freedesktop.ScreenSaver"_s));
    DbusIdleSource session(*m_idle, bus.connect(u"client"_s));
    QCOMPARE(ask(session), std::optional<qint64>(7 * minute));
    QCOMPARE(screensaver.calls, 1);
    // The session decides, not the app's own input (which says 0 here: the fake clock did not move).
    StatusController status(*m_accounts->manager, *m_settings, session);
    status.checkIdle();
    QTRY_COMPARE(status.effectiveShow(), Presence::Show::Away);
    screensaver.idle = 2000; // the user is back (in another application)
    status.checkIdle();
    QTRY_COMPARE(status.effectiveShow(), Presence::Show::None);

    // GNOME: Mutter's idle monitor is asked first.
    MutterIdleMonitor mutter;
    mutter.idle = 31 * minute;
    QDBusConnection gnome = bus.connect(u"gnome"_s);
    QVERIFY(gnome.registerObject(u"/org/gnome/Mutter/IdleMonitor/Core"_s, &mutter, QDBusConnection::ExportAllSlots));
    QVERIFY(gnome.registerService(u"org.gnome.Mutter.IdleMonitor"_s));
    DbusIdleSource gnomeSession(*m_idle, bus.connect(u"client2"_s));
    QCOMPARE(ask(gnomeSession), std::optional<qint64>(31 * minute));
    QCOMPARE(mutter.calls, 1);

    // Neither on the bus: the app's own input answers.
    DbusIdleSource bare(*m_idle, bus.connect(u"client3"_s));
    kde.unregisterService(u"org.freedesktop.ScreenSaver"_s);
    gnome.unregisterService(u"org.gnome.Mutter.IdleMonitor"_s);
    m_now += 3 * minute;
    QCOMPARE(ask(bare), std::optional<qint64>(3 * minute));
}

QTEST_GUILESS_MAIN(TestStatusController)
#include "tst_statuscontroller.moc"
