// The main window against a real server (Prosody, tests/support/ProsodyFixture): adding a contact from the
// add-contact dialog and approving the contact's request from the request bar; a message typed in the
// composer while offline going queued -> acknowledged by the server -> delivered (XEP-0198, XEP-0184), with the
// contact away in between so that his receipt cannot overtake the ack. Then the whole app as main.cpp makes it
// (ui/DesktopApp) on a private D-Bus session bus (tests/support/DbusSessionFixture) with a notification server that
// records the Notify calls: a message from Bob raises a notification, clicking it opens his chat.

#include "AddContactDialog.h"
#include "ChatWidget.h"
#include "DbusSessionFixture.h"
#include "DesktopApp.h"
#include "E2eSupport.h"
#include "MainWindow.h"
#include "NotificationServerFixture.h"
#include "SubscriptionRequestsBar.h"
#include "TestJid.h"
#include "account/Account.h"
#include "account/AccountSettings.h"
#include "app/AccountController.h"
#include "app/AccountManager.h"
#include "app/AppPaths.h"
#include "app/PasswordStore.h"
#include "im/MessageManager.h"
#include "im/PresenceManager.h"
#include "im/RosterManager.h"
#include "im/SubscriptionManager.h"
#include "models/ContactTreeModel.h"
#include "models/MessageModel.h"
#include "models/RosterModel.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"balcony-secret"_s;

} // namespace

class TestMainWindowE2e : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addingAndApprovingContactsFromTheWindow();
    void composerMessageGoesQueuedAckedDelivered();
    void desktopAppNotifiesAndTheClickOpensTheChat();

private:
    AccountSettings settingsFor(const QString &user) const;
    // Alice's account in `manager`'s list (session password), its Accounts trusting the fixture's CA.
    bool addAlice(app::AccountManager &manager) const;

    std::unique_ptr<DbusSessionFixture> m_bus;
    std::unique_ptr<XmppServerFixture> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<app::MemoryPasswordStore> m_passwords;
    std::unique_ptr<app::AccountManager> m_manager;
    std::unique_ptr<Account> m_bob;
    std::unique_ptr<ui::MainWindow> m_window;
    Jid m_alice;
    Jid m_bobJid;
};

AccountSettings TestMainWindowE2e::settingsFor(const QString &user) const
{
    AccountSettings settings;
    settings.connection = balcony::test::settingsFor(*m_server, user, Password);
    settings.connection.jid = settings.connection.jid.withResource(u"balcony"_s);
    settings.profileDir = m_dir.filePath(u"peer-"_s + user);
    settings.e2eScrypt = { 1 << 10, 8, 1 };
    return settings;
}

bool TestMainWindowE2e::addAlice(app::AccountManager &manager) const
{
    const QSslCertificate ca = m_server->caCertificate();
    manager.setAccountFactory([ca](const AccountSettings &given) {
        AccountSettings settings = given;
        settings.connection.extraCaCertificates = { ca };
        settings.connection.autoReconnect = false;
        settings.e2eScrypt = { 1 << 10, 8, 1 };
        return std::make_unique<Account>(settings);
    });
    if (!manager.load()) {
        return false;
    }
    app::AccountConfig config;
    config.jid = m_alice;
    config.host = m_server->host();
    config.port = m_server->c2sPort();
    config.passwordMode = app::PasswordMode::Session;
    QString error;
    if (!manager.addAccount(config, Password, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void TestMainWindowE2e::initTestCase()
{
    BALCONY_REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    // The app's session bus is a private one for the whole run (set before anything in the process opens the
    // session bus, which Qt connects to once): DesktopApp finds its notification server there, and no keychain.
    if (DbusSessionFixture::isAvailable()) {
        m_bus = std::make_unique<DbusSessionFixture>();
        QVERIFY2(m_bus->start(), qPrintable(m_bus->errorString()));
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus->address().toUtf8());
    }
    m_server = XmppServerFixture::create();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY2(m_server->registerUser(u"alice"_s, Password), qPrintable(m_server->errorString()));
    QVERIFY2(m_server->registerUser(u"bob"_s, Password), qPrintable(m_server->errorString()));
    m_alice = jid((u"alice@"_s + m_server->domain()).toUtf8().constData());
    m_bobJid = jid((u"bob@"_s + m_server->domain()).toUtf8().constData());

    // Alice is the user of the window: an account in the app's list, its profile in the data folder.
    app::AppPaths::setDataDir(m_dir.filePath(u"app"_s));
    QSettings(app::AppPaths::settingsFile(), QSettings::IniFormat).setValue(u"notices/closeToTray"_s, true);
    m_passwords = std::make_unique<app::MemoryPasswordStore>();
    m_manager = std::make_unique<app::AccountManager>(*m_passwords);
    QVERIFY2(addAlice(*m_manager), "Alice's account was not added");
    m_window = std::make_unique<ui::MainWindow>(m_manager.get());
    m_window->show();
    m_manager->signInAll();
    app::AccountController *alice = m_manager->controller(m_alice);
    QVERIFY(alice);
    QTRY_VERIFY_WITH_TIMEOUT(alice->isOnline(), BoundTimeoutMs);

    // Bob is the contact, on an Account of his own.
    m_bob = std::make_unique<Account>(settingsFor(u"bob"_s));
    QVERIFY(m_bob->open().isOpen());
    m_bob->connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->isOnline(), BoundTimeoutMs);
}

void TestMainWindowE2e::cleanupTestCase()
{
    m_window.reset();
    if (m_bob) {
        m_bob->signOut();
    }
    if (m_manager) {
        m_manager->signOutAll();
        QTest::qWait(200);
    }
    m_bob.reset();
    m_manager.reset();
    app::AppPaths::setDataDir(QString());
    if (m_server) {
        m_server->stop();
    }
    m_bus.reset();
}

void TestMainWindowE2e::addingAndApprovingContactsFromTheWindow()
{
    app::AccountController *alice = m_manager->controller(m_alice);
    ContactTreeModel *contacts = m_window->contactModel();
    QSignalSpy bobAsked(m_bob->subscriptions(), &SubscriptionManager::subscriptionRequested);

    // The add-contact dialog, as the user fills it in.
    m_window->showAddContact(Jid(), QString(), QString(), {}, false);
    auto *dialog = m_window->findChild<ui::AddContactDialog *>(u"addContactDialog"_s);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"jidEdit"_s), m_bobJid.bareString());
    dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Bob"_s);
    QPushButton *add = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(add->isEnabled());
    add->click();

    // Bob is in Alice's contacts at once (the roster push), his request arrives at Bob's.
    QTRY_VERIFY_WITH_TIMEOUT(contacts->indexOf(m_alice, m_bobJid).isValid(), BoundTimeoutMs);
    QCOMPARE(contacts->indexOf(m_alice, m_bobJid).data().toString(), u"Bob"_s);
    QTRY_COMPARE_WITH_TIMEOUT(bobAsked.size(), 1, BoundTimeoutMs);
    QCOMPARE(bobAsked.first().first().value<Jid>(), m_alice);
    // Bob approves and asks back: Alice sees Bob's presence, and Bob's request shows in her window.
    QVERIFY(m_bob->subscriptions()->approve(m_alice, true));
    QTRY_COMPARE_WITH_TIMEOUT(
        contacts->indexOf(m_alice, m_bobJid).data(RosterModel::SubscriptionRole).toString(), u"to"_s, BoundTimeoutMs);
    ui::SubscriptionRequestsBar *bar = m_window->requestsBar();
    QTRY_COMPARE_WITH_TIMEOUT(bar->requestCount(), 1, BoundTimeoutMs);
    QCOMPARE(alice->subscriptionRequests().first().from, m_bobJid);

    // Approve in the bar: both subscriptions exist, on both sides.
    QPushButton *approve = nullptr;
    for (QPushButton *button : bar->findChildren<QPushButton *>()) {
        if (button->accessibleName()
            == ui::SubscriptionRequestsBar::tr("Approve request from %1").arg(m_bobJid.bareString())) {
            approve = button;
        }
    }
    QVERIFY(approve);
    QTRY_VERIFY(approve->isEnabled());
    approve->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        contacts->indexOf(m_alice, m_bobJid).data(RosterModel::SubscriptionRole).toString(), u"both"_s, BoundTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->roster()->item(m_alice)->subscription, u"both"_s, BoundTimeoutMs);
    QTRY_COMPARE(bar->requestCount(), 0);
    // Bob's presence reaches Alice's contact list.
    QTRY_VERIFY_WITH_TIMEOUT(
        contacts->indexOf(m_alice, m_bobJid).data(RosterModel::ResourceCountRole).toInt() > 0, BoundTimeoutMs);
}

void TestMainWindowE2e::composerMessageGoesQueuedAckedDelivered()
{
    app::AccountController *alice = m_manager->controller(m_alice);
    // Offline first, so the message waits in the outbox.
    alice->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(alice->account().connection().state(), ConnectionState::Disconnected, BoundTimeoutMs);

    ui::ChatWidget *chat = m_window->openChat(alice, m_bobJid);
    QVERIFY(chat);
    MessageModel *messages = alice->openChat(m_bobJid);
    const int before = messages->rowCount();
    QList<MessageState> states;
    connect(messages, &QAbstractItemModel::dataChanged, this, [&] {
        const MessageState now = messages->messageAt(messages->rowCount() - 1).state;
        if (states.isEmpty() || states.last() != now) {
            states.append(now);
        }
    });
    auto *composer = chat->findChild<QPlainTextEdit *>();
    QVERIFY(composer);
    QTest::keyClicks(composer, u"Wherefore art thou?"_s);
    QTest::keyClick(composer, Qt::Key_Return);
    // Bob has OMEMO devices: the encryption decision (no session while offline, so the policy's clear) takes a turn.
    QTRY_COMPARE(messages->rowCount(), before + 1);
    QCOMPARE(messages->messageAt(before).body, u"Wherefore art thou?"_s);
    QCOMPARE(messages->messageAt(before).state, MessageState::Queued);
    states.append(MessageState::Queued);

    // Bob is away while Alice signs in: the server acknowledges the message (XEP-0198) and keeps it for him. With
    // Bob online his XEP-0184 receipt can overtake the server's ack, and the row would rightly skip that step.
    m_bob->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->connection().state(), ConnectionState::Disconnected, BoundTimeoutMs);
    m_manager->signIn(m_alice);
    QTRY_COMPARE_WITH_TIMEOUT(messages->messageAt(before).state, MessageState::AckedByServer, BoundTimeoutMs);
    QCOMPARE(messages->messageAt(before).state, MessageState::AckedByServer);

    // Bob comes back, gets the message from the server's offline store and confirms it.
    QSignalSpy bobGot(m_bob->messages(), &MessageManager::messageStored);
    m_bob->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(messages->messageAt(before).state, MessageState::Delivered, BoundTimeoutMs);
    QVERIFY(!bobGot.isEmpty());
    QCOMPARE(bobGot.first().at(1).value<StoredMessage>().body, u"Wherefore art thou?"_s);
    // Each stage was shown in order: queued, (sent,) acknowledged by the server, delivered.
    QCOMPARE(states.first(), MessageState::Queued);
    QVERIFY(states.contains(MessageState::AckedByServer));
    QVERIFY(states.indexOf(MessageState::AckedByServer) < states.indexOf(MessageState::Delivered));
    QCOMPARE(states.last(), MessageState::Delivered);
}

void TestMainWindowE2e::desktopAppNotifiesAndTheClickOpensTheChat()
{
    if (!m_bus) {
        QSKIP("dbus-daemon is not installed (installer/debian-packages.txt: dbus-daemon)");
    }
    // The window and account manager of the tests above go; the app gets a data folder of its own.
    m_window.reset();
    m_manager->signOutAll();
    QTRY_VERIFY_WITH_TIMEOUT(!m_manager->controller(m_alice)->isOnline(), BoundTimeoutMs);
    m_manager.reset();
    app::AppPaths::setDataDir(m_dir.filePath(u"desktop-app"_s));
    QSettings(app::AppPaths::settingsFile(), QSettings::IniFormat).setValue(u"notices/closeToTray"_s, true);

    NotificationServerFixture notifications({ u"actions"_s, u"body"_s });
    QVERIFY(notifications.registerOn(m_bus->connect(u"notification-server"_s)));

    ui::DesktopApp desktop;
    QVERIFY2(addAlice(desktop.accounts()), "Alice's account was not added");
    desktop.start(false, {});
    app::AccountController *alice = desktop.accounts().controller(m_alice);
    QVERIFY(alice);
    QTRY_VERIFY_WITH_TIMEOUT(alice->isOnline(), BoundTimeoutMs);
    ui::MainWindow &window = desktop.window();
    QVERIFY(window.isVisible());
    QVERIFY(!window.chat(m_alice, m_bobJid));

    // Bob writes; no chat of Alice's shows him, so the desktop's notification server is asked.
    if (!m_bob->isOnline()) {
        m_bob->connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(m_bob->isOnline(), BoundTimeoutMs);
    }
    m_bob->messages()->sendChat(m_alice, u"Come to the window"_s);
    QTRY_COMPARE_WITH_TIMEOUT(notifications.calls().size(), 1, BoundTimeoutMs);
    const NotificationServerFixture::Call call = notifications.calls().constFirst();
    QCOMPARE(call.appName, u"Balcony"_s);
    QVERIFY2(call.summary.contains(u"Bob"_s) || call.summary.contains(m_bobJid.bareString()), qPrintable(call.summary));
    QVERIFY2(call.body.contains(u"Come to the window"_s), qPrintable(call.body));
    QVERIFY(call.actions.contains(u"default"_s));

    // The click: Bob's chat is open and the one in front, and the notification is withdrawn.
    notifications.invokeAction(call.id, u"default"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.chat(m_alice, m_bobJid), BoundTimeoutMs);
    QCOMPARE(window.currentChat(), window.chat(m_alice, m_bobJid));
    QVERIFY(window.isVisible());
    QTRY_VERIFY(notifications.closed().contains(call.id));

    // The session ends (SIGTERM): the app takes Quit's way out, a clean sign-out Bob sees, the window gone.
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->presence()->resourceCount(m_alice) > 0, BoundTimeoutMs);
    QCOMPARE(::raise(SIGTERM), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!alice->isOnline(), BoundTimeoutMs);
    QVERIFY(!window.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->presence()->resourceCount(m_alice), 0, BoundTimeoutMs);
}

QTEST_MAIN(TestMainWindowE2e)
#include "tst_mainwindow_e2e.moc"
