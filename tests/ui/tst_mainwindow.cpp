// The main window (ui/MainWindow and its parts) on accounts with in-memory caches and scripted servers:
// contacts and conversations from the caches, search, the contact menu's actions reaching the controller,
// the composer, contact requests, xmpp: links, the add-contact dialog, view settings and chat keyboard.

#include "AddContactDialog.h"
#include "ChatHeader.h"
#include "ChatSearchBar.h"
#include "ChatWidget.h"
#include "Composer.h"
#include "FakeLinkLocalBackend.h"
#include "LocalChatWidget.h"
#include "MainWindow.h"
#include "MessageView.h"
#include "ScriptedSession.h"
#include "SubscriptionRequestsBar.h"
#include "TestJid.h"
#include "TrayIcon.h"
#include "UiFixture.h"
#include "app/ActivityIdleSource.h"
#include "app/AppSettings.h"
#include "app/LocalNetwork.h"
#include "app/StatusController.h"
#include "app/XmppUri.h"
#include "linklocal/LinkLocalTxt.h"
#include "models/ContactTreeModel.h"
#include "models/ConversationListModel.h"
#include "models/MergedConversationModel.h"
#include "models/MessageModel.h"
#include "models/RosterModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace balcony;
using namespace balcony::test;
using namespace balcony::ui;
using namespace Qt::StringLiterals;

namespace {

const Jid Me = jid("user@example.com");
const Jid Other = jid("user@example.net");

// The row of `contact` under `account` (first group it is in).
QModelIndex contactRow(const ContactTreeModel &model, const Jid &account, const QString &contact)
{
    return model.indexOf(account, jid(contact.toUtf8().constData()));
}

// The stanzas the client wrote since the last call.
QList<Element> written(ScriptedTransport &server)
{
    QList<Element> stanzas;
    while (!server.writes().isEmpty()) {
        stanzas += ScriptedSession::stanzasIn(server.takeWrite());
    }
    return stanzas;
}

bool hasPresence(const QList<Element> &stanzas, const QString &type, const QString &to)
{
    for (const Element &stanza : stanzas) {
        if (stanza.name() == u"presence" && stanza.attribute(u"type") == type && stanza.attribute(u"to") == to) {
            return true;
        }
    }
    return false;
}

// The roster set's <item/> for `jid` among `stanzas` (null Element if none).
Element rosterSetItem(const QList<Element> &stanzas, const QString &jid)
{
    for (const Element &stanza : stanzas) {
        if (stanza.name() != u"iq" || stanza.attribute(u"type") != u"set") {
            continue;
        }
        const Element item = stanza.firstChild(u"query", u"jabber:iq:roster"_s).firstChild(u"item");
        if (item.attribute(u"jid") == jid) {
            return item;
        }
    }
    return Element();
}

QAction *menuAction(QMenu *menu, const QString &name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name) {
            return action;
        }
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void showsContactsFromTheCachesGroupedPerAccount();
    void oneAccountHasNoAccountLevel();
    void presenceUpdatesTheRowsAndCounts();
    void searchFiltersContactsAndConversationsAsYouType();
    void conversationsAreNewestFirstAcrossAccounts();
    void contactMenuActionsCallTheController();
    void contactMenuNeedsASessionForChanges();
    void composerSendsWithEnterAndKeepsShiftEnter();
    void chatKeyboardClosesAndCycles();
    void subscriptionRequestsAreApprovedDeniedOrPutOff();
    void xmppLinksOpenChatsAndTheAddDialog();
    void addContactDialogValidatesAndAdds();
    void viewSettingsSurviveARestart();
    void emptyStateOffersToAddAnAccount();
    void statusSelectorSetsPresenceForEveryAccount();
    void theRestoredStatusIsShown();
    void closingWithoutATrayTellsOnceSignsOutAndQuits();
    void trayIconShowsTheUnreadCount();
    void focusedChatIsAnnouncedForNotifications();
    void localNetworkIsABranchWithItsOwnChats();

private:
    std::unique_ptr<UiFixture> m_fixture;
};

void TestMainWindow::init()
{
    m_fixture = std::make_unique<UiFixture>();
    // No modal "closing keeps Balcony in the tray" notice in the tests.
    QSettings settings(app::AppPaths::settingsFile(), QSettings::IniFormat);
    settings.setValue(u"notices/closeToTray"_s, true);
    settings.setValue(u"notices/closeQuits"_s, true);
}

void TestMainWindow::cleanup()
{
    m_fixture.reset();
}

void TestMainWindow::showsContactsFromTheCachesGroupedPerAccount()
{
    m_fixture->setRoster(Me,
        { UiFixture::item(u"romeo@montague.lit"_s, u"Romeo"_s, { u"Friends"_s }),
            UiFixture::item(u"juliet@capulet.lit"_s, u"Juliet"_s, { u"Friends"_s, u"Family"_s }),
            UiFixture::item(u"nurse@capulet.lit"_s, QString(), {}) });
    m_fixture->setRoster(Other, { UiFixture::item(u"tybalt@capulet.lit"_s, u"Tybalt"_s, { u"Rivals"_s }) });
    QVERIFY(m_fixture->addAccount(Me.bareString(), u"Work"_s));
    QVERIFY(m_fixture->addAccount(Other.bareString(), u"Home"_s));
    QCOMPARE(m_fixture->server(Me)->connectCount(), 0); // nothing went to the network

    MainWindow window(&m_fixture->manager());
    ContactTreeModel *model = window.contactModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *view = window.findChild<QTreeView *>(u"rosterView"_s);
    QVERIFY(view);
    QCOMPARE(view->model(), model);

    // Two accounts: one branch each, labelled as configured.
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex work = model->index(0, 0);
    QCOMPARE(work.data().toString(), u"Work"_s);
    QCOMPARE(model->index(1, 0).data().toString(), u"Home"_s);
    // Groups by name, contacts without a group last; Juliet in both of hers.
    QCOMPARE(model->rowCount(work), 3);
    QCOMPARE(model->index(0, 0, work).data().toString(), u"Family"_s);
    QCOMPARE(model->index(1, 0, work).data().toString(), u"Friends"_s);
    QCOMPARE(model->index(2, 0, work).data().toString(), ContactTreeModel::noGroupName());
    const QModelIndex friends = model->index(1, 0, work);
    QCOMPARE(model->rowCount(friends), 2);
    QCOMPARE(friends.data(ContactTreeModel::TotalCountRole).toInt(), 2);
    QCOMPARE(model->contactRowCount(), 5);
    // The contact rows carry the roster's data (the delegate's name, JID, presence).
    const QModelIndex nurse = model->index(0, 0, model->index(2, 0, work));
    QCOMPARE(nurse.data().toString(), u"nurse"_s);
    QCOMPARE(nurse.data(RosterModel::JidStringRole).toString(), u"nurse@capulet.lit"_s);
    QCOMPARE(nurse.data(ContactTreeModel::AccountRole).value<Jid>(), Me);
    // Groups start expanded.
    QVERIFY(view->isExpanded(work));
    QVERIFY(view->isExpanded(friends));

    // Enter (activated) on a contact opens its chat on the right account.
    view->setCurrentIndex(nurse);
    Q_EMIT view->activated(nurse);
    QVERIFY(window.chat(Me, jid("nurse@capulet.lit")));
    QCOMPARE(window.currentChat()->contact(), jid("nurse@capulet.lit"));
}

void TestMainWindow::oneAccountHasNoAccountLevel()
{
    m_fixture->setRoster(Me,
        { UiFixture::item(u"romeo@montague.lit"_s, u"Romeo"_s, { u"Friends"_s }),
            UiFixture::item(u"nurse@capulet.lit"_s, QString(), {}) });
    QVERIFY(m_fixture->addAccount(Me.bareString()));
    MainWindow window(&m_fixture->manager());
    ContactTreeModel *model = window.contactModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), u"Friends"_s);
    QCOMPARE(ContactTreeModel::Kind(model->index(0, 0).data(ContactTreeModel::KindRole).toInt()),
        ContactTreeModel::Kind::Group);
}

void TestMainWindow::presenceUpdatesTheRowsAndCounts()
{
    m_fixture->setRoster(Me,
        { UiFixture::item(u"romeo@montague.lit"_s, u"Romeo"_s, { u"Friends"_s }),
            UiFixture::item(u"mercutio@verona.lit"_s, u"Mercutio"_s, { u"Friends"_s }) });
    app::AccountController *controller = m_fixture->addAccount(Me.bareString());
    MainWindow window(&m_fixture->manager());
    ContactTreeModel *model = window.contactModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *view = window.findChild<QTreeView *>(u"rosterView"_s);
    QVERIFY(m_fixture->login(controller));
    const QModelIndex friends = model->index(0, 0);
    QCOMPARE(friends.data(ContactTreeModel::AvailableCountRole).toInt(), 0);
    // Sorted by name while both are offline.
    QCOMPARE(model->index(0, 0, friends).data().toString(), u"Mercutio"_s);
    const QPersistentModelIndex romeo = contactRow(*model, Me, u"romeo@montague.lit"_s);
    view->setCurrentIndex(romeo);

    m_fixture->server(Me)->inject("<presence from='romeo@montague.lit/phone'><show>away</show>"
                                  "<status>At the ball</status></presence>");
    QTRY_COMPARE(model->index(0, 0).data(ContactTreeModel::AvailableCountRole).toInt(), 1);
    // Available first now; the selection followed the row.
    QCOMPARE(model->index(0, 0, model->index(0, 0)).data().toString(), u"Romeo"_s);
    QVERIFY(romeo.isValid());
    QCOMPARE(romeo.row(), 0);
    QCOMPARE(view->currentIndex(), QModelIndex(romeo));
    QCOMPARE(romeo.data(RosterModel::StatusTextRole).toString(), u"At the ball"_s);

    // Hiding offline contacts leaves Romeo alone in the group; a collapsed group stays collapsed.
    window.findChild<QAction *>(u"actionShowOffline"_s)->setChecked(false);
    QCOMPARE(model->contactRowCount(), 1);
    view->collapse(model->index(0, 0));
    window.findChild<QAction *>(u"actionShowOffline"_s)->setChecked(true);
    QCOMPARE(model->contactRowCount(), 2);
    QVERIFY(!view->isExpanded(model->index(0, 0)));
}

void TestMainWindow::searchFiltersContactsAndConversationsAsYouType()
{
    m_fixture->setRoster(Me,
        { UiFixture::item(u"romeo@montague.lit"_s, u"Romeo"_s, { u"Friends"_s }),
            UiFixture::item(u"juliet@capulet.lit"_s, u"Juliet"_s, { u"Family"_s }),
            UiFixture::item(u"nurse@capulet.lit"_s, QString(), {}) });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_fixture->addMessage(Me, jid("romeo@montague.lit/phone"), MessageDirection::Incoming, u"Hi"_s, now.addSecs(-60));
    m_fixture->addMessage(Me, jid("nurse@capulet.lit/a"), MessageDirection::Incoming, u"Ho"_s, now.addSecs(-30));
    QVERIFY(m_fixture->addAccount(Me.bareString()));
    MainWindow window(&m_fixture->manager());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
    QVERIFY(search);
    QCOMPARE(window.contactModel()->contactRowCount(), 3);
    QCOMPARE(window.conversationModel()->rowCount(), 2);

    // Ctrl+K (and Ctrl+F outside a chat) jump to the search field.
    window.findChild<QTreeView *>(u"rosterView"_s)->setFocus();
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);
    window.findChild<QTreeView *>(u"rosterView"_s)->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);

    QTest::keyClicks(search, u"ro"_s);
    QCOMPARE(window.contactModel()->contactRowCount(), 1);
    QCOMPARE(window.conversationModel()->rowCount(), 1);
    QCOMPARE(window.conversationModel()->index(0, 0).data(ConversationListModel::JidStringRole).toString(),
        u"romeo@montague.lit"_s);
    // The JID matches as well as the name.
    search->setText(u"capulet"_s);
    QCOMPARE(window.contactModel()->contactRowCount(), 2);
    QCOMPARE(window.conversationModel()->rowCount(), 1);
    // Enter opens the first match of the list shown.
    window.findChild<QTabWidget *>(u"sideTabs"_s)->setCurrentIndex(0);
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(window.chat(Me, jid("nurse@capulet.lit")));
    // Esc clears the search.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(window.contactModel()->contactRowCount(), 3);
    QCOMPARE(window.conversationModel()->rowCount(), 2);
}

void TestMainWindow::conversationsAreNewestFirstAcrossAccounts()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_fixture->addMessage(Me, jid("romeo@montague.lit/a"), MessageDirection::Incoming, u"old"_s, now.addSecs(-300));
    m_fixture->addMessage(Other, jid("tybalt@capulet.lit/a"), MessageDirection::Incoming, u"mid"_s, now.addSecs(-200));
    m_fixture->addMessage(Me, jid("nurse@capulet.lit/a"), MessageDirection::Outgoing, u"new"_s, now.addSecs(-100),
        MessageState::AckedByServer, true);
    app::AccountController *me = m_fixture->addAccount(Me.bareString());
    QVERIFY(m_fixture->addAccount(Other.bareString()));
    MainWindow window(&m_fixture->manager());
    QAbstractItemModel *model = window.conversationModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto order = [model] {
        QStringList jids;
        for (int row = 0; row < model->rowCount(); ++row) {
            jids.append(model->index(row, 0).data(ConversationListModel::JidStringRole).toString());
        }
        return jids;
    };
    QCOMPARE(order(), QStringList({ u"nurse@capulet.lit"_s, u"tybalt@capulet.lit"_s, u"romeo@montague.lit"_s }));
    QCOMPARE(model->index(2, 0).data(MergedConversationModel::AccountRole).value<Jid>(), Me);
    QCOMPARE(model->index(1, 0).data(MergedConversationModel::AccountRole).value<Jid>(), Other);
    QCOMPARE(model->index(0, 0).data(ConversationListModel::LastEncryptionRole).toInt(),
        int(MessageE2eKind::OfflineEsession));
    QCOMPARE(window.totalUnread(), 2);

    // A new message moves its conversation to the top (a row move in the account's model).
    QVERIFY(m_fixture->login(me));
    m_fixture->server(Me)->inject("<message from='romeo@montague.lit/a' to='user@example.com/balcony' type='chat' "
                                  "id='x1'><body>newest</body></message>");
    QTRY_COMPARE(order().first(), u"romeo@montague.lit"_s);
    QCOMPARE(model->index(0, 0).data(ConversationListModel::LastBodyRole).toString(), u"newest"_s);
    QCOMPARE(window.totalUnread(), 3);

    // A click opens the chat on the row's account.
    auto *view = window.findChild<QListView *>(u"conversationView"_s);
    Q_EMIT view->clicked(model->index(1, 0));
    QVERIFY(window.chat(Me, jid("nurse@capulet.lit")));
}

void TestMainWindow::contactMenuActionsCallTheController()
{
    m_fixture->setRoster(Me,
        { UiFixture::item(u"romeo@montague.lit"_s, u"Romeo"_s, { u"Friends"_s }, u"both"_s),
            UiFixture::item(u"nurse@capulet.lit"_s, QString(), {}, u"none"_s) });
    app::AccountController *controller = m_fixture->addAccount(Me.bareString());
    MainWindow window(&m_fixture->manager());
    QVERIFY(m_fixture->login(controller));
    ScriptedTransport &server = *m_fixture->server(Me);
    server.clearWrites();
    ContactTreeModel *model = window.contactModel();

    // Subscription actions follow the state: none -> ask for theirs / share ours; both -> stop either.
    std::unique_ptr<QMenu> nurseMenu = window.contactMenu(contactRow(*model, Me, u"nurse@capulet.lit"_s));
    QVERIFY(nurseMenu);
    QVERIFY(!menuAction(nurseMenu.get(), u"cancel"_s));
    QVERIFY(!menuAction(nurseMenu.get(), u"unsubscribe"_s));
    menuAction(nurseMenu.get(), u"request"_s)->trigger();
    QVERIFY(hasPresence(written(server), u"subscribe"_s, u"nurse@capulet.lit"_s));

    std::unique_ptr<QMenu> romeoMenu = window.contactMenu(contactRow(*model, Me, u"romeo@montague.lit"_s));
    QVERIFY(!menuAction(romeoMenu.get(), u"request"_s));
    menuAction(romeoMenu.get(), u"cancel"_s)->trigger();
    QVERIFY(hasPresence(written(server), u"unsubscribed"_s, u"romeo@montague.lit"_s));
    menuAction(romeoMenu.get(), u"unsubscribe"_s)->trigger();
    QVERIFY(hasPresence(written(server), u"unsubscribe"_s, u"romeo@montague.lit"_s));

    // Rename and groups: a roster set keeping the rest of the item.
    answerNextDialog([](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        input->setTextValue(u"Romeo Montague"_s);
        input->accept();
    });
    menuAction(romeoMenu.get(), u"rename"_s)->trigger();
    Element item = rosterSetItem(written(server), u"romeo@montague.lit"_s);
    QCOMPARE(item.attribute(u"name"), u"Romeo Montague"_s);
    answerNextDialog([](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        QCOMPARE(input->textValue(), u"Friends"_s);
        input->setTextValue(u"Friends, Verona"_s);
        input->accept();
    });
    menuAction(romeoMenu.get(), u"editGroups"_s)->trigger();
    item = rosterSetItem(written(server), u"romeo@montague.lit"_s);
    QStringList groups;
    for (const Element &group : item.childElements()) {
        groups.append(group.text());
    }
    QCOMPARE(groups, QStringList({ u"Friends"_s, u"Verona"_s }));

    // Remove asks first; Cancel changes nothing, Remove sends subscription='remove'.
    answerNextDialog([](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
    });
    menuAction(romeoMenu.get(), u"remove"_s)->trigger();
    QVERIFY(rosterSetItem(written(server), u"romeo@montague.lit"_s).isNull());
    answerNextDialog([](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                button->click();
            }
        }
    });
    menuAction(romeoMenu.get(), u"remove"_s)->trigger();
    QCOMPARE(rosterSetItem(written(server), u"romeo@montague.lit"_s).attribute(u"subscription"), u"remove"_s);

    // Fingerprints are the chat helper's dialog: asked for with the account and contact.
    QList<std::pair<app::AccountController *, Jid>> fingerprints;
    connect(&window, &MainWindow::fingerprintsRequested, this, [&](app::AccountController *c, const Jid &contact) {
        fingerprints.append({ c, contact });
    });
    menuAction(romeoMenu.get(), u"fingerprints"_s)->trigger();
    QCOMPARE(fingerprints.size(), 1);
    QCOMPARE(fingerprints.first().first, controller);
    QCOMPARE(fingerprints.first().second, jid("romeo@montague.lit"));
    // Open Chat is the default action.
    QCOMPARE(romeoMenu->defaultAction(), menuAction(romeoMenu.get(), u"openChat"_s));
    romeoMenu->defaultAction()->trigger();
    QVERIFY(window.chat(Me, jid("romeo@montague.lit")));
}

void TestMainWindow::contactMenuNeedsASessionForChanges()
{
    m_fixture->setRoster(Me, { UiFixture::item(u"romeo@montague.lit"_s, u"Romeo"_s, {}) });
    QVERIFY(m_fixture->addAccount(Me.bareString()));
    MainWindow window(&m_fixture->manager());
    std::unique_ptr<QMenu> menu = window.contactMenu(contactRow(*window.contactModel(), Me, u"romeo@montague.lit"_s));
    QVERIFY(menu);
    for (const QString &name : { u"rename"_s, u"editGroups"_s, u"remove"_s, u"cancel"_s, u"unsubscribe"_s }) {
        QVERIFY2(!menuAction(menu.get(), name)->isEnabled(), qPrintable(name));
    }
    QVERIFY(menuAction(menu.get(), u"openChat"_s)->isEnabled());
    QVERIFY(menuAction(menu.get(), u"fingerprints"_s)->isEnabled());
    // Group and account rows have no contact menu.
    QVERIFY(!window.contactMenu(window.contactModel()->index(0, 0)));
}

void TestMainWindow::composerSendsWithEnterAndKeepsShiftEnter()
{
    m_fixture->setRoster(Me, { UiFixture::item(u"romeo@montague.lit"_s, u"Romeo"_s, {}) });
    app::AccountController *controller = m_fixture->addAccount(Me.bareString());
    MainWindow window(&m_fixture->manager());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ChatWidget *chat = window.openChat(controller, jid("romeo@montague.lit"));
    QVERIFY(chat);
    auto *composer = chat->findChild<QPlainTextEdit *>();
    QVERIFY(composer);
    QSignalSpy drafts(chat, &ChatWidget::draftChanged);
    composer->setFocus();
    QTest::keyClicks(composer, u"hello"_s);
    QTest::keyClick(composer, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(composer, u"there"_s);
    QCOMPARE(chat->composerText(), u"hello\nthere"_s);
    QVERIFY(!drafts.isEmpty());
    QCOMPARE(drafts.last().first().toString(), u"hello\nthere"_s);
    MessageModel *messages = controller->openChat(jid("romeo@montague.lit"));
    QCOMPARE(messages->rowCount(), 0);

    QTest::keyClick(composer, Qt::Key_Return);
    QCOMPARE(messages->rowCount(), 1);
    QCOMPARE(messages->messageAt(0).body, u"hello\nthere"_s);
    // Offline: it waits in the outbox, and the row says so.
    QCOMPARE(messages->messageAt(0).state, MessageState::Queued);
    QVERIFY(chat->composerText().isEmpty());
    // Nothing to send: Enter on an empty composer adds nothing.
    QTest::keyClick(composer, Qt::Key_Return);
    QCOMPARE(messages->rowCount(), 1);

    // The draft API: replaces the text, sends nothing.
    chat->setComposerText(u"draft"_s);
    QCOMPARE(chat->composerText(), u"draft"_s);
    QCOMPARE(messages->rowCount(), 1);

    // Signing in sends it.
    QVERIFY(m_fixture->login(controller));
    QTRY_VERIFY(messages->messageAt(0).state != MessageState::Queued);
    QVERIFY(m_fixture->server(Me)->allWritten().contains("hello\nthere"));
}

void TestMainWindow::chatKeyboardClosesAndCycles()
{
    m_fixture->setRoster(Me,
        { UiFixture::item(u"romeo@montague.lit"_s, u"Romeo"_s, {}),
            UiFixture::item(u"juliet@capulet.lit"_s, u"Juliet"_s, {}),
            UiFixture::item(u"nurse@capulet.lit"_s, u"Nurse"_s, {}) });
    app::AccountController *controller = m_fixture->addAccount(Me.bareString());
    MainWindow window(&m_fixture->manager());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openChat(controller, jid("romeo@montague.lit"));
    window.openChat(controller, jid("juliet@capulet.lit"));
    ChatWidget *nurse = window.openChat(controller, jid("nurse@capulet.lit"));
    QCOMPARE(window.chats().size(), 3);
    // Opening again brings the same chat forward.
    QCOMPARE(window.openChat(controller, jid("nurse@capulet.lit/x")), nurse);
    QCOMPARE(window.chats().size(), 3);
    // The setting "show images automatically" reaches the open chats and the ones opened later.
    app::AppSettings settings;
    window.setAppSettings(&settings);
    QVERIFY(!nurse->autoShowImages());
    settings.setAutoShowImages(true);
    for (ChatWidget *chat : window.chats()) {
        QVERIFY(chat->autoShowImages());
    }
    nurse->focusComposer();

    QTest::keyClick(&window, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(window.currentChat()->contact(), jid("romeo@montague.lit"));
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(window.currentChat()->contact(), jid("nurse@capulet.lit"));
    QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(window.currentChat()->contact(), jid("romeo@montague.lit"));

    // Ctrl+F in a chat is the chat's own search.
    window.currentChat()->focusComposer();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window.currentChat()->isAncestorOf(QApplication::focusWidget()));
    // The chat's search bar field (ChatSearchBar), not the window's search.
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(field);
    QVERIFY(field != window.findChild<QLineEdit *>(u"searchEdit"_s));
    QCOMPARE(field->accessibleName(), ChatSearchBar::tr("Search in conversation"));

    // Ctrl+W closes the chat shown, and its model goes with it; Esc in a chat closes it too.
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window.chats().size(), 2);
    QVERIFY(!controller->openChats().contains(jid("romeo@montague.lit")));
    window.currentChat()->focusComposer();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(window.chats().size(), 1);
    QVERIFY(window.findChild<QAction *>(u"actionCloseChat"_s)->isEnabled());
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QVERIFY(window.chats().isEmpty());
    QVERIFY(!window.findChild<QAction *>(u"actionCloseChat"_s)->isEnabled());
    QVERIFY(window.openChat(controller, jid("romeo@montague.lit"))->autoShowImages());
    window.setAppSettings(nullptr);
}

void TestMainWindow::subscriptionRequestsAreApprovedDeniedOrPutOff()
{
    app::AccountController *controller = m_fixture->addAccount(Me.bareString());
    MainWindow window(&m_fixture->manager());
    SubscriptionRequestsBar *bar = window.requestsBar();
    QVERIFY(m_fixture->login(controller));
    ScriptedTransport &server = *m_fixture->server(Me);
    QVERIFY(bar->isHidden());

    server.inject("<presence from='mercutio@verona.lit' type='subscribe'><status>It is Mercutio</status></presence>");
    server.inject("<presence from='tybalt@capulet.lit' type='subscribe'/>");
    QTRY_COMPARE(bar->requestCount(), 2);
    QVERIFY(!bar->isHidden());
    const auto button = [bar](const QString &accessibleName) -> QPushButton * {
        for (QPushButton *candidate : bar->findChildren<QPushButton *>()) {
            if (candidate->accessibleName() == accessibleName && !candidate->isHidden()) {
                return candidate;
            }
        }
        return nullptr;
    };
    server.clearWrites();
    QPushButton *approve = button(u"Approve request from mercutio@verona.lit"_s);
    QVERIFY(approve);
    QVERIFY(approve->isEnabled());
    approve->click();
    const QList<Element> answer = written(server);
    QVERIFY(hasPresence(answer, u"subscribed"_s, u"mercutio@verona.lit"_s));
    QTRY_COMPARE(bar->requestCount(), 1);

    // Later: hidden for now, still stored (a new window shows it again).
    QPushButton *later = button(u"Decide later about tybalt@capulet.lit"_s);
    QVERIFY(later);
    later->click();
    QTRY_COMPARE(bar->requestCount(), 0);
    QVERIFY(bar->isHidden());
    QCOMPARE(controller->subscriptionRequests().size(), 1);
    {
        MainWindow again(&m_fixture->manager());
        QCOMPARE(again.requestsBar()->requestCount(), 1);
        QPushButton *deny = nullptr;
        for (QPushButton *candidate : again.requestsBar()->findChildren<QPushButton *>()) {
            if (candidate->accessibleName() == u"Deny request from tybalt@capulet.lit"_s) {
                deny = candidate;
            }
        }
        QVERIFY(deny);
        server.clearWrites();
        deny->click();
        QVERIFY(hasPresence(written(server), u"unsubscribed"_s, u"tybalt@capulet.lit"_s));
        QTRY_COMPARE(again.requestsBar()->requestCount(), 0);
    }
    QVERIFY(controller->subscriptionRequests().isEmpty());
}

void TestMainWindow::xmppLinksOpenChatsAndTheAddDialog()
{
    m_fixture->setRoster(Me, { UiFixture::item(u"romeo@montague.lit"_s, u"Romeo"_s, {}) });
    m_fixture->setRoster(Other, { UiFixture::item(u"tybalt@capulet.lit"_s, u"Tybalt"_s, {}) });
    app::AccountController *me = m_fixture->addAccount(Me.bareString());
    app::AccountController *other = m_fixture->addAccount(Other.bareString());
    MainWindow window(&m_fixture->manager());

    // The account whose roster has the contact; the one the link names; else the first.
    QCOMPARE(window.accountsFor(jid("tybalt@capulet.lit"), Jid()), QList<app::AccountController *>({ other }));
    QCOMPARE(window.accountsFor(jid("tybalt@capulet.lit"), Me), QList<app::AccountController *>({ me }));
    QCOMPARE(window.accountsFor(jid("stranger@verona.lit"), Jid()), QList<app::AccountController *>({ me }));
    QVERIFY(window.accountsFor(jid("stranger@verona.lit"), jid("nobody@nowhere.lit")).isEmpty());

    // ?message: the chat with the body in the composer; nothing is sent or stored.
    const auto message = app::XmppUri::parse(u"xmpp:tybalt@capulet.lit?message;body=Good%20King%20of%20Cats"_s);
    QVERIFY(message);
    window.openUri(*message);
    ChatWidget *chat = window.chat(Other, jid("tybalt@capulet.lit"));
    QVERIFY(chat);
    QCOMPARE(chat->composerText(), u"Good King of Cats"_s);
    QCOMPARE(other->openChat(jid("tybalt@capulet.lit"))->rowCount(), 0);
    QCOMPARE(m_fixture->server(Other)->allWritten(), QByteArray());

    // ?subscribe and ?roster: the add-contact dialog, filled in.
    const auto roster = app::XmppUri::parse(u"xmpp:benvolio@montague.lit?roster;name=Benvolio;group=Cousins"_s);
    QVERIFY(roster);
    window.openUri(*roster);
    auto *dialog = window.findChild<AddContactDialog *>(u"addContactDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->contact(), jid("benvolio@montague.lit"));
    QCOMPARE(dialog->contactName(), u"Benvolio"_s);
    QCOMPARE(dialog->groups(), QStringList({ u"Cousins"_s }));
    QCOMPARE(dialog->account(), Me);
    dialog->reject();
}

void TestMainWindow::addContactDialogValidatesAndAdds()
{
    m_fixture->setRoster(Me, { UiFixture::item(u"romeo@montague.lit"_s, u"Romeo"_s, { u"Friends"_s }) });
    app::AccountController *controller = m_fixture->addAccount(Me.bareString());
    MainWindow window(&m_fixture->manager());
    QVERIFY(m_fixture->login(controller));
    ScriptedTransport &server = *m_fixture->server(Me);
    server.clearWrites();

    window.showAddContact(Jid(), QString(), QString(), {}, false);
    auto *dialog = window.findChild<AddContactDialog *>(u"addContactDialog"_s);
    QVERIFY(dialog);
    auto *address = dialog->findChild<QLineEdit *>(u"jidEdit"_s);
    auto *error = dialog->findChild<QLabel *>(u"jidError"_s);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing typed yet

    QTest::keyClicks(address, u"verona.lit"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().contains(u"@"_s));
    address->setText(u"mercutio@verona.lit/phone"_s);
    QVERIFY(!ok->isEnabled());
    address->setText(u"user@example.com"_s);
    QVERIFY(!ok->isEnabled()); // our own account
    QCOMPARE(dialog->validationError(), AddContactDialog::tr("This is your own account."));
    address->setText(u"mercutio@verona.lit"_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(error->isHidden());
    // The existing groups are offered.
    auto *groups = dialog->findChild<QComboBox *>(u"groupCombo"_s);
    QVERIFY(groups->findText(u"Friends"_s) >= 0);
    groups->setCurrentText(u"Friends, Verona"_s);
    dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Mercutio"_s);
    ok->click();

    const QList<Element> sent = written(server);
    const Element item = rosterSetItem(sent, u"mercutio@verona.lit"_s);
    QCOMPARE(item.attribute(u"name"), u"Mercutio"_s);
    QCOMPARE(item.childElements().size(), 2);
    QVERIFY(hasPresence(sent, u"subscribe"_s, u"mercutio@verona.lit"_s));

    // Without "ask to see their presence": only the roster item.
    window.showAddContact(Jid(), u"benvolio@montague.lit"_s, QString(), {}, false);
    dialog = nullptr;
    for (AddContactDialog *candidate : window.findChildren<AddContactDialog *>(u"addContactDialog"_s)) {
        if (candidate->isVisible()) {
            dialog = candidate;
        }
    }
    QVERIFY(dialog);
    dialog->findChild<QCheckBox *>(u"askCheck"_s)->setChecked(false);
    dialog->accept();
    const QList<Element> quiet = written(server);
    QVERIFY(!rosterSetItem(quiet, u"benvolio@montague.lit"_s).isNull());
    QVERIFY(!hasPresence(quiet, u"subscribe"_s, u"benvolio@montague.lit"_s));
}

void TestMainWindow::viewSettingsSurviveARestart()
{
    m_fixture->setRoster(Me,
        { UiFixture::item(u"romeo@montague.lit"_s, u"Romeo"_s, { u"Friends"_s }),
            UiFixture::item(u"nurse@capulet.lit"_s, QString(), {}) });
    QVERIFY(m_fixture->addAccount(Me.bareString()));
    {
        MainWindow window(&m_fixture->manager());
        window.show();
        QCOMPARE(window.contactModel()->index(0, 0).data().toString(), u"Friends"_s);
        window.findChild<QTreeView *>(u"rosterView"_s)->collapse(window.contactModel()->index(0, 0));
        window.findChild<QAction *>(u"actionShowOffline"_s)->setChecked(false);
        window.findChild<QAction *>(u"actionSortByName"_s)->setChecked(true);
        window.findChild<QTabWidget *>(u"sideTabs"_s)->setCurrentIndex(1);
        window.close(); // to the tray, or quit: either way the state is saved
    }
    QSettings stored(app::AppPaths::settingsFile(), QSettings::IniFormat);
    QVERIFY(stored.fileName().startsWith(m_fixture->dataDir()));
    MainWindow again(&m_fixture->manager());
    QVERIFY(!again.findChild<QAction *>(u"actionShowOffline"_s)->isChecked());
    QVERIFY(again.contactModel()->hideOffline());
    QVERIFY(!again.contactModel()->sortByAvailability());
    QCOMPARE(again.findChild<QTabWidget *>(u"sideTabs"_s)->currentIndex(), 1);
    // Hiding offline contacts hides both groups' contacts, so show them to check the collapsed group.
    again.findChild<QAction *>(u"actionShowOffline"_s)->setChecked(true);
    auto *view = again.findChild<QTreeView *>(u"rosterView"_s);
    QCOMPARE(again.contactModel()->index(0, 0).data().toString(), u"Friends"_s);
    QVERIFY(!view->isExpanded(again.contactModel()->index(0, 0)));
    QVERIFY(view->isExpanded(again.contactModel()->index(1, 0)));
}

void TestMainWindow::emptyStateOffersToAddAnAccount()
{
    MainWindow window(&m_fixture->manager());
    auto *button = window.findChild<QPushButton *>(u"addAccountButton"_s);
    QVERIFY(button);
    QVERIFY(button->isVisibleTo(&window));
    QVERIFY(!window.findChild<QAction *>(u"actionAddContact"_s)->isEnabled());
    QSignalSpy requested(&window, &MainWindow::addAccountRequested);
    button->click();
    QCOMPARE(requested.size(), 1);
    // An account added while the window is open replaces the empty state.
    QVERIFY(m_fixture->addAccount(Me.bareString()));
    QVERIFY(!button->isVisibleTo(&window));
    QVERIFY(window.findChild<QAction *>(u"actionAddContact"_s)->isEnabled());
}

void TestMainWindow::statusSelectorSetsPresenceForEveryAccount()
{
    app::AccountController *controller = m_fixture->addAccount(Me.bareString());
    MainWindow window(&m_fixture->manager());
    QVERIFY(m_fixture->login(controller));
    ScriptedTransport &server = *m_fixture->server(Me);
    server.clearWrites();
    auto *combo = window.findChild<QComboBox *>(u"statusCombo"_s);
    auto *message = window.findChild<QLineEdit *>(u"statusMessageEdit"_s);
    QCOMPARE(combo->count(), 6);
    message->setText(u"In Mantua"_s);
    combo->setCurrentIndex(combo->findData(int(PresenceStyle::Choice::Dnd)));
    Q_EMIT combo->activated(combo->currentIndex());
    const QList<Element> sent = written(server);
    bool dnd = false;
    for (const Element &stanza : sent) {
        dnd = dnd
            || (stanza.name() == u"presence" && stanza.childText(u"show") == u"dnd"
                && stanza.childText(u"status") == u"In Mantua");
    }
    QVERIFY(dnd);
    QCOMPARE(window.status(), PresenceStyle::Choice::Dnd);

    // Offline signs out (unavailable presence with the message), choosing a status again signs in.
    window.setStatus(PresenceStyle::Choice::Offline, u"Gone"_s);
    QVERIFY(hasPresence(written(server), u"unavailable"_s, QString()));
    server.inject("</stream:stream>"); // the server's side of the clean close
    QTRY_COMPARE(controller->account().connection().state(), ConnectionState::Disconnected);
    const int connects = server.connectCount();
    window.setStatus(PresenceStyle::Choice::Away, QString());
    QCOMPARE(server.connectCount(), connects + 1);
}

void TestMainWindow::theRestoredStatusIsShown()
{
    // Chosen in an earlier run (StatusController writes every choice to the settings).
    {
        app::AppSettings earlier;
        earlier.setChosenShow(Presence::Show::Xa);
        earlier.setChosenMessage(u"Back on Monday"_s);
    }
    app::AppSettings settings;
    app::ActivityIdleSource idle([] { return qint64(0); });
    app::StatusController status(m_fixture->manager(), settings, idle);
    MainWindow window(&m_fixture->manager());
    window.setStatusController(&status);
    auto *combo = window.findChild<QComboBox *>(u"statusCombo"_s);
    auto *message = window.findChild<QLineEdit *>(u"statusMessageEdit"_s);
    QCOMPARE(window.status(), PresenceStyle::Choice::Xa);
    QCOMPARE(combo->currentData().toInt(), int(PresenceStyle::Choice::Xa));
    QCOMPARE(message->text(), u"Back on Monday"_s);

    // Chosen offline last time: the window says so.
    status.setChosenOffline(u"Holidays"_s);
    app::StatusController restarted(m_fixture->manager(), settings, idle);
    MainWindow again(&m_fixture->manager());
    again.setStatusController(&restarted);
    QCOMPARE(again.status(), PresenceStyle::Choice::Offline);
    QCOMPARE(again.findChild<QLineEdit *>(u"statusMessageEdit"_s)->text(), u"Holidays"_s);
}

void TestMainWindow::closingWithoutATrayTellsOnceSignsOutAndQuits()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        QSKIP("This platform has a system tray: closing keeps the app in it.");
    }
    QSettings(app::AppPaths::settingsFile(), QSettings::IniFormat).remove(u"notices/closeQuits"_s);
    app::AccountController *controller = m_fixture->addAccount(Me.bareString());
    MainWindow window(&m_fixture->manager());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(m_fixture->login(controller));
    ScriptedTransport &server = *m_fixture->server(Me);
    server.clearWrites();
    // The notice, once: "don't show again" is remembered.
    bool told = false;
    answerNextDialog([&told](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QVERIFY(box->checkBox());
        box->checkBox()->setChecked(true);
        told = true;
        box->accept();
    });
    window.close();
    QVERIFY(told);
    QVERIFY(QSettings(app::AppPaths::settingsFile(), QSettings::IniFormat).value(u"notices/closeQuits"_s).toBool());
    QVERIFY(window.isHidden());
    // Signed out cleanly (RFC 6121 §4.5.1) before quitting.
    QVERIFY(hasPresence(written(server), u"unavailable"_s, QString()));
}

void TestMainWindow::trayIconShowsTheUnreadCount()
{
    QPixmap base(32, 32);
    base.fill(Qt::blue);
    const QIcon appIcon(base);
    TrayIcon tray(appIcon);
    QVERIFY(!tray.toolTip().contains(u"unread"_s));
    tray.setUnreadCount(3);
    QVERIFY(tray.toolTip().contains(u"3 unread"_s));
    // The badge is drawn on the icon (red in the lower right), the plain icon when nothing is unread.
    const QImage badged = TrayIcon::iconWithBadge(appIcon, 3).pixmap(32, 32).toImage();
    QVERIFY(badged.pixelColor(28, 28) != QColor(Qt::blue));
    QCOMPARE(badged.pixelColor(2, 2), QColor(Qt::blue));
    QCOMPARE(TrayIcon::iconWithBadge(appIcon, 0).pixmap(32, 32).toImage().pixelColor(28, 28), QColor(Qt::blue));
    // The menu: Open, the six statuses, Quit.
    QSignalSpy chosen(&tray, &TrayIcon::statusChosen);
    QMenu *status = nullptr;
    for (QAction *action : tray.menu()->actions()) {
        if (action->menu()) {
            status = action->menu();
        }
    }
    QVERIFY(status);
    QCOMPARE(status->actions().size(), 6);
    status->actions().at(2)->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().value<PresenceStyle::Choice>(), PresenceStyle::Choice::Away);
}

void TestMainWindow::focusedChatIsAnnouncedForNotifications()
{
    m_fixture->setRoster(Me, { UiFixture::item(u"romeo@montague.lit"_s, u"Romeo"_s, {}) });
    QVERIFY(m_fixture->addAccount(Me.bareString()));
    MainWindow window(&m_fixture->manager());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QList<std::pair<Jid, Jid>> focused;
    connect(&window, &MainWindow::focusedChatChanged, this, [&](const Jid &account, const Jid &contact, bool) {
        focused.append({ account, contact });
    });
    // NotificationCenter::openChatRequested -> showChat(account, contact).
    QVERIFY(window.showChat(Me, jid("romeo@montague.lit")));
    QVERIFY(!focused.isEmpty());
    QCOMPARE(focused.last(), std::make_pair(Me, jid("romeo@montague.lit")));
    QVERIFY(!window.showChat(jid("nobody@example.org"), jid("romeo@montague.lit")));
    window.closeChat(window.currentChat());
    QCOMPARE(focused.last(), std::make_pair(Jid(), Jid()));
}

// The "Local network" pseudo-account with no server account: the window offers the lists (not the "add an account"
// page), its peers are a branch labelled "Local network", a peer's row opens a LocalChatWidget tab whose composer
// stores and queues the message, the peer leaving shows in the chat, and removing the local network closes its chat.
void TestMainWindow::localNetworkIsABranchWithItsOwnChats()
{
    QTemporaryDir profile;
    test::FakeLinkLocalBackend backend;
    app::LocalNetwork local(profile.path(), &backend);
    MainWindow window(&m_fixture->manager());
    window.show();
    QVERIFY(local.start(u"me"_s, Presence::Show::None, QString()));
    window.setLocalNetwork(&local);
    QVERIFY(!window.findChild<QPushButton *>(u"addAccountButton"_s)->isVisibleTo(&window));

    // A peer appears (port 9: nobody listens there, so the message stays queued).
    linklocal::LinkLocalPresence presence;
    presence.nick = u"Romeo"_s;
    presence.status = linklocal::LinkLocalPresence::Status::Dnd;
    presence.message = u"in the orchard"_s;
    backend.resolve(u"romeo@orchard"_s, u"1:0"_s, u"127.0.0.1"_s, 9, linklocal::encodeTxt(presence));
    ContactTreeModel *contacts = window.contactModel();
    contacts->rebuildNow();
    const Jid romeo = jid("romeo@orchard");
    const QModelIndex row = contacts->indexOf(local.account(), romeo);
    QVERIFY(row.isValid());
    QCOMPARE(row.data(Qt::DisplayRole).toString(), u"Romeo"_s);
    QModelIndex top = row.parent();
    while (top.parent().isValid()) {
        top = top.parent();
    }
    QCOMPARE(top.data(Qt::DisplayRole).toString(), u"Local network"_s);

    // Its context menu opens the chat.
    std::unique_ptr<QMenu> menu = window.contactMenu(row);
    QVERIFY(menu);
    QAction *open = menuAction(menu.get(), u"openChat"_s);
    QVERIFY(open);
    open->trigger();
    LocalChatWidget *chat = window.localChat(romeo);
    QVERIFY(chat);
    QVERIFY(!chat->accessibleName().isEmpty());
    QVERIFY(chat->header()->lockButton()->toolTip().contains(u"not encrypted"_s));
    chat->composer()->setText(u"Are you there?"_s);
    QTest::keyClick(chat->composer()->editor(), Qt::Key_Return);
    QTRY_COMPARE(chat->messageView()->model()->rowCount(), 1);
    QVERIFY(chat->composer()->text().isEmpty());
    QCOMPARE(local.conversations()->rowCount(), 1);
    // The conversation is named by the nick Romeo publishes, not by his instance name.
    QCOMPARE(local.conversations()->index(0).data(Qt::DisplayRole).toString(), u"Romeo"_s);

    // Romeo leaves: the header says so, and the next message waits with a notice.
    backend.remove(u"romeo@orchard"_s, u"1:0"_s);
    contacts->rebuildNow();
    QVERIFY(!contacts->indexOf(local.account(), romeo).isValid());
    chat->composer()->setText(u"Later then"_s);
    QTest::keyClick(chat->composer()->editor(), Qt::Key_Return);
    QTRY_COMPARE(chat->messageView()->model()->rowCount(), 2);
    QVERIFY(chat->composer()->noticeText().contains(u"not on the local network"_s));

    // Switched off: the branch and the chat go.
    window.setLocalNetwork(nullptr);
    QVERIFY(!window.localChat(romeo));
    QVERIFY(!contacts->accounts().contains(local.account()));
    QVERIFY(window.findChild<QPushButton *>(u"addAccountButton"_s)->isVisibleTo(&window));

    // Destroyed without being detached first: its branch goes with it.
    QTemporaryDir otherProfile;
    test::FakeLinkLocalBackend otherBackend;
    auto *gone = new app::LocalNetwork(otherProfile.path(), &otherBackend);
    QVERIFY(gone->open());
    window.setLocalNetwork(gone);
    const Jid goneAccount = gone->account();
    QVERIFY(contacts->accounts().contains(goneAccount));
    delete gone;
    QVERIFY(!contacts->accounts().contains(goneAccount));
    QVERIFY(!window.localNetwork());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
