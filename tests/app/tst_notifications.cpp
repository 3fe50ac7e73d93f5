// NotificationCenter with the freedesktop backend on a real private D-Bus session bus (dbus-daemon) and a
// notification server fixture on it that records the Notify calls; accounts on scripted servers.

#include "DbusSessionFixture.h"
#include "NotificationServerFixture.h"
#include "ScriptedAccounts.h"
#include "ScriptedSession.h"
#include "app/ActivityIdleSource.h"
#include "app/AppSettings.h"
#include "app/CallbackNotifier.h"
#include "app/FreedesktopNotifier.h"
#include "app/NotificationCenter.h"
#include "app/StatusController.h"
#include "models/ConversationListModel.h"
#include "muc/MucManager.h"

#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::app;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kdeCapabilities { u"actions"_s, u"body"_s, u"body-markup"_s, u"inline-reply"_s };

QByteArray chatFrom(const char *from, const char *id, const char *body)
{
    return QByteArray("<message from='") + from + "' to='user@example.com/balcony' type='chat' id='" + id + "'><body>"
        + body + "</body></message>";
}

// Every <message/> with a body the client wrote since the last call.
QList<Element> sentMessages(ScriptedTransport &server)
{
    QList<Element> found;
    while (!server.writes().isEmpty()) {
        for (const Element &stanza : ScriptedSession::stanzasIn(server.takeWrite())) {
            if (stanza.name() == u"message" && stanza.hasChild(u"body")) {
                found.append(stanza);
            }
        }
    }
    return found;
}

} // namespace

class TestNotifications : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void receivedMessageRaisesNotify();
    void laterMessagesReplaceTheChatsNotification();
    void hideTextShowsNewMessage();
    void nothingWhileDoNotDisturbOrSwitchedOff();
    void nothingForTheFocusedChatInAnActiveWindow();
    void ownCarbonsAndArchiveAreNotAnnounced();
    void offlineStorageFloodIsOneSummary();
    void clickingOpensTheChat();
    void inlineReplySendsAndMarksRead();
    void replyIsOfferedOnlyWhereAdvertised();
    void subscriptionRequestNotifies();
    void roomMessagesNotifyMentionsOnly();
    void invitationsNotified();
    void withoutAServerTheFallbackIsUsed();
    void serverLeavingFallsBack();

private:
    std::unique_ptr<DbusSessionFixture> m_bus;
    std::unique_ptr<ScriptedAccounts> m_accounts;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ActivityIdleSource> m_idle;
    std::unique_ptr<StatusController> m_status;
    std::unique_ptr<NotificationServerFixture> m_server;
    std::unique_ptr<FreedesktopNotifier> m_notifier;
    std::unique_ptr<NotificationCenter> m_center;
    AccountController *m_controller = nullptr;
    int m_connections = 0;

    // The server (with `capabilities`) on the bus and the freedesktop backend probed against it.
    void startServer(const QStringList &capabilities = kdeCapabilities);
    ScriptedTransport &xmpp() { return m_accounts->server(u"user@example.com"_s); }
};

void TestNotifications::initTestCase()
{
    if (!DbusSessionFixture::isAvailable()) {
        QSKIP("dbus-daemon is not installed (installer/debian-packages.txt: dbus-daemon)");
    }
    m_bus = std::make_unique<DbusSessionFixture>();
    QVERIFY2(m_bus->start(), qPrintable(m_bus->errorString()));
}

void TestNotifications::init()
{
    m_accounts = std::make_unique<ScriptedAccounts>();
    QVERIFY(m_accounts->load());
    m_settings = std::make_unique<AppSettings>();
    m_idle = std::make_unique<ActivityIdleSource>([] { return qint64(0); });
    m_status = std::make_unique<StatusController>(*m_accounts->manager, *m_settings, *m_idle);
    m_center = std::make_unique<NotificationCenter>(*m_accounts->manager, *m_settings, m_status.get());
    m_center->setBurstDelay(50);
    m_controller = m_accounts->add(u"user@example.com"_s);
    QVERIFY(m_controller);
}

void TestNotifications::cleanup()
{
    m_center.reset();
    m_notifier.reset();
    m_server.reset();
    m_status.reset();
    m_idle.reset();
    m_settings.reset();
    m_accounts.reset();
}

void TestNotifications::startServer(const QStringList &capabilities)
{
    ++m_connections;
    m_server = std::make_unique<NotificationServerFixture>(capabilities);
    QVERIFY(m_server->registerOn(m_bus->connect(u"server%1"_s.arg(m_connections))));
    m_notifier = std::make_unique<FreedesktopNotifier>(m_bus->connect(u"client%1"_s.arg(m_connections)));
    QSignalSpy available(m_notifier.get(), &Notifier::availabilityChanged);
    m_notifier->probe();
    QTRY_VERIFY(m_notifier->isAvailable());
    m_center->setNotifiers(m_notifier.get(), nullptr);
}

void TestNotifications::receivedMessageRaisesNotify()
{
    startServer();
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m1", "Wherefore art thou &lt;Romeo&gt;?"));
    QTRY_COMPARE(m_server->calls().size(), 1);
    const NotificationServerFixture::Call call = m_server->calls().constFirst();
    QCOMPARE(call.appName, u"Balcony"_s);
    QCOMPARE(call.appIcon, u"org.balcony.Balcony"_s);
    QCOMPARE(call.summary, u"juliet@capulet.lit"_s);
    // The server reads markup ("body-markup"): the text is escaped, not interpreted.
    QCOMPARE(call.body, u"Wherefore art thou &lt;Romeo&gt;?"_s);
    QCOMPARE(call.replacesId, 0u);
    QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"org.balcony.Balcony"_s);
    QCOMPARE(call.hints.value(u"category"_s).toString(), u"im.received"_s);
    QCOMPARE(call.hints.value(u"sound-name"_s).toString(), u"message-new-instant"_s);
    QVERIFY(call.actions.contains(u"default"_s));
    QVERIFY(call.actions.contains(u"open"_s));
    QCOMPARE(call.actions.size() % 2, 0); // key/label pairs

    // The roster's name is the title once the contact has one.
    xmpp().inject("<iq type='set' id='push1' to='user@example.com/balcony'><query xmlns='jabber:iq:roster'>"
                  "<item jid='romeo@montague.lit' name='Romeo' subscription='both'/></query></iq>");
    xmpp().inject(chatFrom("romeo@montague.lit/phone", "m2", "Here"));
    QTRY_COMPARE(m_server->calls().size(), 2);
    QCOMPARE(m_server->calls().at(1).summary, u"Romeo"_s);
    QCOMPARE(m_server->calls().at(1).body, u"Here"_s);
    QCOMPARE(m_server->calls().at(1).replacesId, 0u); // another chat: a notification of its own

    m_settings->setNotificationSound(false);
    xmpp().inject(chatFrom("nurse@capulet.lit/x", "m3", "Madam!"));
    QTRY_COMPARE(m_server->calls().size(), 3);
    QVERIFY(!m_server->calls().at(2).hints.contains(u"sound-name"_s));
    QCOMPARE(m_server->calls().at(2).hints.value(u"suppress-sound"_s).toBool(), true);
}

void TestNotifications::laterMessagesReplaceTheChatsNotification()
{
    startServer();
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m1", "one"));
    QTRY_COMPARE(m_server->calls().size(), 1);
    const uint first = m_server->calls().constFirst().id;
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m2", "two"));
    QTRY_COMPARE(m_server->calls().size(), 2);
    QCOMPARE(m_server->calls().at(1).replacesId, first);
    QCOMPARE(m_server->calls().at(1).id, first);
    QCOMPARE(m_server->calls().at(1).body, u"two"_s);
    QVERIFY(m_server->calls().at(1).summary.contains(u"juliet@capulet.lit"_s));
    QVERIFY(m_server->calls().at(1).summary.contains(u'2'));

    // Dismissed: the next message is a new notification with a new count.
    m_server->dismiss(first);
    QTest::qWait(50);
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m3", "three"));
    QTRY_COMPARE(m_server->calls().size(), 3);
    QCOMPARE(m_server->calls().at(2).replacesId, 0u);
    QCOMPARE(m_server->calls().at(2).summary, u"juliet@capulet.lit"_s);
}

void TestNotifications::hideTextShowsNewMessage()
{
    startServer();
    m_settings->setHideMessageText(true);
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m1", "the secret plan"));
    QTRY_COMPARE(m_server->calls().size(), 1);
    QCOMPARE(m_server->calls().constFirst().summary, u"juliet@capulet.lit"_s);
    QCOMPARE(m_server->calls().constFirst().body, u"New message"_s);
}

void TestNotifications::nothingWhileDoNotDisturbOrSwitchedOff()
{
    startServer();
    m_status->setChosen(Presence::Show::Dnd, u"busy"_s);
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m1", "psst"));
    QTRY_COMPARE(m_controller->conversations()->totalUnread(), 1);
    m_settings->setNotificationsEnabled(false);
    m_status->setChosen(Presence::Show::None, QString());
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m2", "psst again"));
    QTRY_COMPARE(m_controller->conversations()->totalUnread(), 2);
    QTest::qWait(100); // a Notify would be on the bus by now
    QCOMPARE(m_server->calls().size(), 0);

    // Available with notifications on: shown (so the two above were held back by the rules, not by chance).
    m_settings->setNotificationsEnabled(true);
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m3", "now"));
    QTRY_COMPARE(m_server->calls().size(), 1);
    QCOMPARE(m_server->calls().constFirst().body, u"now"_s);
}

void TestNotifications::nothingForTheFocusedChatInAnActiveWindow()
{
    startServer();
    m_center->setFocusedChat(m_controller->jid(), jid("juliet@capulet.lit"), true);
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m1", "in view"));
    QTRY_COMPARE(m_controller->conversations()->totalUnread(), 1);
    // Another chat in the same window is announced.
    xmpp().inject(chatFrom("romeo@montague.lit/phone", "m2", "elsewhere"));
    QTRY_COMPARE(m_server->calls().size(), 1);
    QCOMPARE(m_server->calls().constFirst().summary, u"romeo@montague.lit"_s);
    // The same chat in a window that is not active is announced too.
    m_center->setFocusedChat(m_controller->jid(), jid("juliet@capulet.lit"), false);
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m3", "window in the background"));
    QTRY_COMPARE(m_server->calls().size(), 2);
    QCOMPARE(m_server->calls().at(1).body, u"window in the background"_s);
    // Focusing the chat takes its notification away.
    const uint shown = m_server->calls().at(1).id;
    m_center->setFocusedChat(m_controller->jid(), jid("juliet@capulet.lit"), true);
    QTRY_VERIFY(m_server->closed().contains(shown));
}

void TestNotifications::ownCarbonsAndArchiveAreNotAnnounced()
{
    startServer();
    // XEP-0280 <sent/>: what another of our clients sent.
    xmpp().inject("<message from='user@example.com' to='user@example.com/balcony'>"
                  "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                  "<message xmlns='jabber:client' from='user@example.com/phone' to='juliet@capulet.lit' type='chat'"
                  " id='c1'><body>from my phone</body></message></forwarded></sent></message>");
    // Our own message from here.
    QVERIFY(m_controller->sendMessage(jid("juliet@capulet.lit"), u"typed here"_s));
    QTRY_COMPARE(m_controller->conversations()->rowCount(), 1);
    QTest::qWait(100);
    QCOMPARE(m_server->calls().size(), 0);
    // A XEP-0280 <received/> copy is a message to us: announced.
    xmpp().inject("<message from='user@example.com' to='user@example.com/balcony'>"
                  "<received xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                  "<message xmlns='jabber:client' from='juliet@capulet.lit/balcony' to='user@example.com/phone'"
                  " type='chat' id='c2'><body>to your phone</body></message></forwarded></received></message>");
    QTRY_COMPARE(m_server->calls().size(), 1);
    QCOMPARE(m_server->calls().constFirst().body, u"to your phone"_s);
}

void TestNotifications::offlineStorageFloodIsOneSummary()
{
    startServer();
    // RFC 6121 §8.5.2.1.1 offline storage, flushed at sign-in with XEP-0203 stamps.
    for (int i = 0; i < 7; ++i) {
        const QByteArray from = i % 2 ? "juliet@capulet.lit/balcony" : "romeo@montague.lit/phone";
        xmpp().inject("<message from='" + from + "' to='user@example.com/balcony' type='chat' id='d"
            + QByteArray::number(i) + "'><body>old " + QByteArray::number(i)
            + "</body><delay xmlns='urn:xmpp:delay' from='example.com' stamp='2026-12-06T10:0" + QByteArray::number(i)
            + ":00Z'/></message>");
    }
    QTRY_COMPARE(m_server->calls().size(), 1);
    QTest::qWait(150);
    QCOMPARE(m_server->calls().size(), 1); // one summary, not seven
    const NotificationServerFixture::Call summary = m_server->calls().constFirst();
    QVERIFY2(summary.summary.contains(u'7'), qPrintable(summary.summary));
    QVERIFY(summary.body.contains(u"juliet@capulet.lit"_s));
    QVERIFY(summary.body.contains(u"romeo@montague.lit"_s));
    // Clicking it opens the chat of the newest message (Romeo's: the first chat of the burst, too).
    QSignalSpy open(m_center.get(), &NotificationCenter::openChatRequested);
    m_server->invokeAction(summary.id, u"default"_s);
    QTRY_COMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().at(1).value<Jid>(), jid("romeo@montague.lit"));

    // A burst from one chat: that chat's notification, with the count and the newest text.
    for (int i = 0; i < 3; ++i) {
        xmpp().inject("<message from='nurse@capulet.lit/x' to='user@example.com/balcony' type='chat' id='n"
            + QByteArray::number(i) + "'><body>nurse " + QByteArray::number(i)
            + "</body><delay xmlns='urn:xmpp:delay' stamp='2026-12-06T11:0" + QByteArray::number(i)
            + ":00Z'/></message>");
    }
    QTRY_COMPARE(m_server->calls().size(), 2);
    QVERIFY(m_server->calls().at(1).summary.startsWith(u"nurse@capulet.lit"_s));
    QVERIFY(m_server->calls().at(1).summary.contains(u'3'));
    QCOMPARE(m_server->calls().at(1).body, u"nurse 2"_s);
}

void TestNotifications::clickingOpensTheChat()
{
    startServer();
    QSignalSpy open(m_center.get(), &NotificationCenter::openChatRequested);
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m1", "come"));
    QTRY_COMPARE(m_server->calls().size(), 1);
    const uint id = m_server->calls().constFirst().id;
    // Another application's notification with another id: not ours.
    m_server->invokeAction(id + 100, u"default"_s);
    m_server->invokeAction(id, u"default"_s);
    QTRY_COMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().at(0).value<Jid>(), jid("user@example.com"));
    QCOMPARE(open.constFirst().at(1).value<Jid>(), jid("juliet@capulet.lit"));
    QTRY_VERIFY(m_server->closed().contains(id));

    // The "Open" button does the same.
    xmpp().inject(chatFrom("romeo@montague.lit/phone", "m2", "and me"));
    QTRY_COMPARE(m_server->calls().size(), 2);
    m_server->invokeAction(m_server->calls().at(1).id, u"open"_s);
    QTRY_COMPARE(open.size(), 2);
    QCOMPARE(open.at(1).at(1).value<Jid>(), jid("romeo@montague.lit"));
}

void TestNotifications::inlineReplySendsAndMarksRead()
{
    startServer();
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m1", "are you there?"));
    QTRY_COMPARE(m_server->calls().size(), 1);
    QCOMPARE(m_controller->conversations()->totalUnread(), 1);
    const NotificationServerFixture::Call call = m_server->calls().constFirst();
    QVERIFY(call.actions.contains(u"inline-reply"_s));
    QVERIFY(call.hints.contains(u"x-kde-reply-placeholder-text"_s));
    xmpp().clearWrites();
    m_server->reply(call.id, u"on my way"_s);
    QList<Element> sent;
    QTRY_VERIFY((sent += sentMessages(xmpp()), !sent.isEmpty()));
    QCOMPARE(sent.constFirst().attribute(u"to"), u"juliet@capulet.lit"_s);
    QCOMPARE(sent.constFirst().childText(u"body"), u"on my way"_s);
    QTRY_COMPARE(m_controller->conversations()->totalUnread(), 0);
    QTRY_VERIFY(m_server->closed().contains(call.id));
}

void TestNotifications::replyIsOfferedOnlyWhereAdvertised()
{
    startServer({ u"actions"_s, u"body"_s }); // GNOME Shell: no inline reply, no markup
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m1", "a &amp; b"));
    QTRY_COMPARE(m_server->calls().size(), 1);
    QVERIFY(!m_server->calls().constFirst().actions.contains(u"inline-reply"_s));
    QVERIFY(!m_server->calls().constFirst().hints.contains(u"x-kde-reply-placeholder-text"_s));
    QCOMPARE(m_server->calls().constFirst().body, u"a & b"_s); // plain text as it is
}

void TestNotifications::subscriptionRequestNotifies()
{
    startServer();
    QSignalSpy activated(m_center.get(), &NotificationCenter::subscriptionRequestActivated);
    xmpp().inject("<presence from='nurse@capulet.lit' type='subscribe'/>");
    QTRY_COMPARE(m_server->calls().size(), 1);
    QVERIFY(m_server->calls().constFirst().body.contains(u"nurse@capulet.lit"_s));
    m_server->invokeAction(m_server->calls().constFirst().id, u"default"_s);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().at(1).value<Jid>(), jid("nurse@capulet.lit"));

    m_settings->setNotifySubscriptionRequests(false);
    xmpp().inject("<presence from='tybalt@capulet.lit' type='subscribe'/>");
    QTRY_COMPARE(m_controller->subscriptionRequests().size(), 2);
    QTest::qWait(100);
    QCOMPARE(m_server->calls().size(), 1);
}

void TestNotifications::roomMessagesNotifyMentionsOnly()
{
    startServer();
    QCOMPARE(m_settings->roomNotifications(), AppSettings::RoomNotifications::Mentions); // the default
    MucManager *muc = m_controller->account().muc();
    const Jid hall = jid("hall@conference.capulet.lit");
    MucJoinOptions options;
    options.nick = u"Romeo"_s;
    QVERIFY(muc->join(hall, options));
    xmpp().inject("<presence from='hall@conference.capulet.lit/Romeo' to='user@example.com/balcony'>"
                  "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='participant'/>"
                  "<status code='110'/></x></presence>");
    QTRY_VERIFY(muc->isJoined(hall));
    const auto roomMessage = [](const char *nick, const char *id, const char *body) -> QByteArray {
        return QByteArray("<message type='groupchat' from='hall@conference.capulet.lit/") + nick + "' id='" + id
            + "'><body>" + body + "</body></message>";
    };
    // A busy room: only the message that names us is notified, with who said it.
    xmpp().inject(roomMessage("Nurse", "r1", "Good morrow, gentlemen"));
    xmpp().inject(roomMessage("Nurse", "r2", "Where is romeo?"));
    QTRY_COMPARE(m_server->calls().size(), 1);
    QCOMPARE(m_server->calls().constFirst().summary, u"hall@conference.capulet.lit"_s);
    QCOMPARE(m_server->calls().constFirst().body, u"Nurse: Where is romeo?"_s);
    QVERIFY(!m_server->calls().constFirst().actions.contains(u"inline-reply"_s));
    // A private message from an occupant (XEP-0045 §7.5) is meant for us: notified whatever the room setting.
    xmpp().inject("<message type='chat' from='hall@conference.capulet.lit/Nurse' id='p1'><body>Thy lady bids you"
                  "</body><x xmlns='http://jabber.org/protocol/muc#user'/></message>");
    QTRY_COMPARE(m_server->calls().size(), 2);
    QCOMPARE(m_server->calls().at(1).body, u"Nurse (privately): Thy lady bids you"_s);
    // Our own message sent back by the room is never news; "all" notifies the others' messages.
    m_settings->setRoomNotifications(AppSettings::RoomNotifications::All);
    xmpp().inject(roomMessage("Romeo", "r3", "Here, Romeo"));
    xmpp().inject(roomMessage("Mercutio", "r4", "A plague o' both your houses"));
    QTRY_COMPARE(m_server->calls().size(), 3);
    QCOMPARE(m_server->calls().at(2).body, u"Mercutio: A plague o' both your houses"_s);
}

void TestNotifications::invitationsNotified()
{
    startServer();
    // XEP-0249 (direct, from anyone): announced with who, where and why; a click brings the window (which shows
    // the invitation's Join / Later).
    xmpp().inject("<message from='nurse@capulet.lit/phone' id='i1'><x xmlns='jabber:x:conference' "
                  "jid='hall@conference.capulet.lit' reason='Come in'/></message>");
    QTRY_COMPARE(m_server->calls().size(), 1);
    QCOMPARE(m_server->calls().constFirst().summary, NotificationCenter::tr("Group chat invitation"));
    QCOMPARE(m_server->calls().constFirst().body,
        u"nurse@capulet.lit invites you to hall@conference.capulet.lit: Come in"_s);
    QSignalSpy activated(m_center.get(), &NotificationCenter::invitationActivated);
    m_server->invokeAction(m_server->calls().constFirst().id, u"default"_s);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(1).value<Jid>(), jid("hall@conference.capulet.lit"));
}

void TestNotifications::withoutAServerTheFallbackIsUsed()
{
    // The bus is there but nobody owns org.freedesktop.Notifications.
    FreedesktopNotifier dbus(m_bus->connect(u"lonely"_s));
    QSignalSpy probed(&dbus, &Notifier::availabilityChanged);
    dbus.probe();
    QTest::qWait(200);
    QVERIFY(!dbus.isAvailable());
    QList<std::pair<QString, QString>> balloons;
    CallbackNotifier tray([&](const QString &title, const QString &body) { balloons.append({ title, body }); });
    m_center->setNotifiers(&dbus, &tray);
    QSignalSpy open(m_center.get(), &NotificationCenter::openChatRequested);
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m1", "by balloon"));
    QTRY_COMPARE(balloons.size(), 1);
    QCOMPARE(balloons.constFirst().first, u"juliet@capulet.lit"_s);
    QCOMPARE(balloons.constFirst().second, u"by balloon"_s);
    tray.messageClicked(); // QSystemTrayIcon::messageClicked
    QTRY_COMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().at(1).value<Jid>(), jid("juliet@capulet.lit"));

    // Without a bus connection at all (no session bus).
    FreedesktopNotifier none(QDBusConnection(u"not-connected"_s));
    none.probe();
    QVERIFY(!none.isAvailable());
    m_center->setNotifiers(&none, &tray);
    xmpp().inject(chatFrom("romeo@montague.lit/phone", "m2", "also by balloon"));
    QTRY_COMPARE(balloons.size(), 2);
}

void TestNotifications::serverLeavingFallsBack()
{
    startServer();
    QList<QString> balloons;
    CallbackNotifier tray([&](const QString &, const QString &body) { balloons.append(body); });
    m_center->setNotifiers(m_notifier.get(), &tray);
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m1", "first"));
    QTRY_COMPARE(m_server->calls().size(), 1);
    m_server->unregister();
    QTRY_VERIFY(!m_notifier->isAvailable());
    xmpp().inject(chatFrom("juliet@capulet.lit/balcony", "m2", "second"));
    QTRY_COMPARE(balloons.size(), 1);
    QCOMPARE(balloons.constFirst(), u"second"_s);
    QCOMPARE(m_server->calls().size(), 1);
}

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
