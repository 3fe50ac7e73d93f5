// Group chat in the desktop window (XEP-0045 through MucManager): the join dialog and xmpp:?join links, a room's
// chat with its header, occupant pane and nicks, sending to the room, being removed and joining again, the
// password prompt, and closing the room's tab leaving it. The window runs on the scripted server (UiFixture).

#include "AccountLogin.h"
#include "ChatHeader.h"
#include "ChatWidget.h"
#include "Composer.h"
#include "FingerprintDialog.h"
#include "JoinRoomDialog.h"
#include "MainWindow.h"
#include "MessageDelegate.h"
#include "MessageView.h"
#include "OccupantDelegate.h"
#include "RoomBrowserDialog.h"
#include "RoomKeysDialog.h"
#include "ScriptedSession.h"
#include "TestJid.h"
#include "UiFixture.h"
#include "app/AppPaths.h"
#include "app/XmppUri.h"
#include "models/ConversationListModel.h"
#include "models/MessageModel.h"
#include "models/RoomOccupantsModel.h"
#include "muc/BookmarkManager.h"
#include "muc/MucManager.h"
#include "omemo/OmemoManager.h"
#include "storage/E2eKeyStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
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
const Jid Room = jid("team@conference.example.com");
const QString MucNs = u"http://jabber.org/protocol/muc"_s;
const QString MucUserNs = u"http://jabber.org/protocol/muc#user"_s;

// The stanzas the client wrote since the last call, of one element name.
QList<Element> written(ScriptedTransport &server, const QString &name)
{
    QList<Element> stanzas;
    while (!server.writes().isEmpty()) {
        for (const Element &stanza : ScriptedSession::stanzasIn(server.takeWrite())) {
            if (stanza.name() == name) {
                stanzas.append(stanza);
            }
        }
    }
    return stanzas;
}

// The join presences (XEP-0045 §7.2.1: to room/nick, with <x xmlns='...muc'/>) among `presences`.
QList<Element> joins(const QList<Element> &presences)
{
    QList<Element> found;
    for (const Element &presence : presences) {
        if (!presence.firstChild(u"x"_s, MucNs).isNull()) {
            found.append(presence);
        }
    }
    return found;
}

QByteArray occupantPresence(const QString &nick, const QString &affiliation, const QString &role,
    const QString &extra = QString(), const QString &show = QString())
{
    return u"<presence from='team@conference.example.com/%1'>%5<x xmlns='%2'><item affiliation='%3' role='%4'/>%6"
           "</x></presence>"_s
               .arg(nick, MucUserNs, affiliation, role, show.isEmpty() ? QString() : u"<show>%1</show>"_s.arg(show),
                   extra)
               .toUtf8();
}

QString headerLine(ChatWidget *chat)
{
    for (QLabel *label : chat->header()->findChildren<QLabel *>()) {
        if (label->accessibleName() == u"Presence"_s) {
            return label->text();
        }
    }
    return QString();
}

QPushButton *noticeButton(ChatWidget *chat)
{
    for (QPushButton *button : chat->composer()->findChildren<QPushButton *>()) {
        if (button->isVisible()) {
            return button;
        }
    }
    return nullptr;
}

} // namespace

class TestRoomUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void joinDialogChecksTheAddressAndSuggestsTheNick();
    void joinDialogEntersTheRoomAndOpensIt();
    void browsingListsTheServersRoomsAndFillsTheAddress();
    void roomChatShowsSubjectOccupantsAndNicks();
    void messagesGoToTheRoomWithoutChatStates();
    void roomLockOffersOmemoOnlyWhereTheRoomAllowsIt();
    void roomKeysListTheMembersDevicesAndTrust();
    void privateMessagesToAnOccupant();
    void invitationsReceivedAndSent();
    void removedFromTheRoomSaysWhyAndJoinsAgain();
    void passwordRefusalAsksForThePassword();
    void joinLinkOpensTheDialogFilledIn();
    void closingTheRoomLeavesItAndKeepsItsHistory();
    void joiningWithAutojoinBookmarksTheRoom();
    void bookmarkNamesTheRoomAndClosingStopsAutojoin();
    void screenshots();

private:
    // An account signed in on the scripted server with the window over it.
    void openWindow();
    // Joins Room as "user" through the controller and answers as the room: alice (owner), bob (away) and us.
    ChatWidget *enterRoom();
    // The join presences the client wrote since the last call. Before entering a room the client asks it for
    // disco#info (whether it archives, XEP-0313): answered here as a room without an archive would.
    QList<Element> sentJoins();

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    app::AccountController *m_controller = nullptr;
    ScriptedTransport *m_server = nullptr;
};

void TestRoomUi::init()
{
    m_fixture = std::make_unique<UiFixture>();
    QSettings settings(app::AppPaths::settingsFile(), QSettings::IniFormat);
    settings.setValue(u"notices/closeToTray"_s, true);
    settings.setValue(u"notices/closeQuits"_s, true);
}

void TestRoomUi::cleanup()
{
    m_window.reset();
    m_fixture.reset();
    m_controller = nullptr;
    m_server = nullptr;
}

void TestRoomUi::openWindow()
{
    m_controller = m_fixture->addAccount(Me.bareString());
    QVERIFY(m_controller);
    m_window = std::make_unique<MainWindow>(&m_fixture->manager());
    m_window->resize(1000, 700);
    m_window->show();
    m_server = m_fixture->server(Me);
    QVERIFY(m_server);
    // The session start (pipelined after the bind): the roster (empty here) and, after the initial presence, the
    // XEP-0402 bookmarks (none yet).
    QList<Element> sessionStart = loginAccount(m_controller->account(), *m_server);
    QVERIFY(!sessionStart.isEmpty());
    for (int round = 0; round < 3 && !m_controller->account().muc()->bookmarks()->isLoaded(); ++round) {
        sessionStart += written(*m_server, u"iq"_s);
        for (const Element &iq : std::exchange(sessionStart, {})) {
            const QString id = iq.attribute(u"id"_s);
            if (iq.name() != u"iq"_s || iq.attribute(u"type"_s) != u"get"_s) {
                continue;
            }
            if (!iq.firstChild(u"query"_s, u"jabber:iq:roster"_s).isNull()) {
                m_server->inject(u"<iq type='result' id='%1' to='user@example.com/balcony'>"
                                 "<query xmlns='jabber:iq:roster'/></iq>"_s.arg(id)
                                     .toUtf8());
            }
            const Element items
                = iq.firstChild(u"pubsub"_s, u"http://jabber.org/protocol/pubsub"_s).firstChild(u"items"_s);
            if (items.attribute(u"node"_s) == u"urn:xmpp:bookmarks:1"_s) {
                m_server->inject(u"<iq type='result' id='%1' to='user@example.com/balcony'>"
                                 "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                                 "<items node='urn:xmpp:bookmarks:1'/></pubsub></iq>"_s.arg(id)
                                     .toUtf8());
            }
        }
        QTest::qWait(20);
    }
    QVERIFY(m_controller->account().muc()->bookmarks()->isLoaded());
    m_server->clearWrites();
}

QList<Element> TestRoomUi::sentJoins()
{
    QList<Element> presences;
    for (int round = 0; round < 2; ++round) {
        while (!m_server->writes().isEmpty()) {
            for (const Element &stanza : ScriptedSession::stanzasIn(m_server->takeWrite())) {
                if (stanza.name() == u"presence"_s) {
                    presences.append(stanza);
                } else if (stanza.name() == u"iq"_s && stanza.attribute(u"to"_s) == Room.bareString()
                    && !stanza.firstChild(u"query"_s, u"http://jabber.org/protocol/disco#info"_s).isNull()) {
                    m_server->inject(u"<iq type='result' id='%1' from='%2' to='user@example.com/balcony'>"
                                     "<query xmlns='http://jabber.org/protocol/disco#info'>"
                                     "<identity category='conference' type='text' name='Team'/>"
                                     "<feature var='http://jabber.org/protocol/muc'/></query></iq>"_s
                                         .arg(stanza.attribute(u"id"_s), Room.bareString())
                                         .toUtf8());
                }
            }
        }
        QTest::qWait(20); // the answer is read and the join goes out
    }
    return joins(presences);
}

ChatWidget *TestRoomUi::enterRoom()
{
    QString error;
    if (!m_controller->joinRoom(Room, u"user"_s, QString(), &error)) {
        qWarning() << error;
        return nullptr;
    }
    ChatWidget *chat = m_window->openChat(m_controller, Room);
    if (sentJoins().size() != 1) {
        qWarning() << "the join presence was not sent";
        return nullptr;
    }
    m_server->inject(occupantPresence(u"alice"_s, u"owner"_s, u"moderator"_s));
    m_server->inject(occupantPresence(u"bob"_s, u"none"_s, u"participant"_s, QString(), u"away"_s));
    m_server->inject(occupantPresence(u"user"_s, u"member"_s, u"participant"_s, u"<status code='110'/>"_s));
    m_server->inject("<message from='team@conference.example.com/alice' type='groupchat' id='subj'>"
                     "<subject>Release planning</subject></message>");
    if (!QTest::qWaitFor(
            [this] { return m_controller->room(Room) && m_controller->room(Room)->state == MucRoomState::Joined; },
            3000)) {
        return nullptr;
    }
    return chat;
}

void TestRoomUi::joinDialogChecksTheAddressAndSuggestsTheNick()
{
    JoinRoomDialog dialog({ { Me, u"Work"_s } }, [](const Jid &account, const Jid &room) {
        return room.isNull() ? account.local() : u"%1-in-%2"_s.arg(account.local(), room.local());
    });
    auto *roomEdit = dialog.findChild<QLineEdit *>(u"roomEdit"_s);
    auto *nickEdit = dialog.findChild<QLineEdit *>(u"nickEdit"_s);
    auto *error = dialog.findChild<QLabel *>(u"roomError"_s);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(roomEdit && nickEdit && error && ok);
    // Every field can be reached by a screen reader.
    for (QWidget *field : std::initializer_list<QWidget *> { roomEdit, nickEdit }) {
        QVERIFY(!field->accessibleName().isEmpty());
    }

    QVERIFY(!ok->isEnabled());
    QCOMPARE(nickEdit->text(), u"user"_s);
    roomEdit->setText(u"team@conference.example.com/someone"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.validationError().contains(u"/"_s));
    roomEdit->setText(u"conference.example.com"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.validationError().contains(u"@"_s));
    // An xmpp: link pasted as it is.
    roomEdit->setText(u"xmpp:team@conference.example.com?join"_s);
    QVERIFY2(ok->isEnabled(), qPrintable(dialog.validationError()));
    QCOMPARE(dialog.room(), Room);
    // The nick follows the room until the user types one.
    QCOMPARE(nickEdit->text(), u"user-in-team"_s);
    QTest::keyClicks(nickEdit, u"X"_s);
    roomEdit->setText(u"other@conference.example.com"_s);
    QCOMPARE(nickEdit->text(), u"user-in-teamX"_s);
    nickEdit->clear();
    QTest::keyClicks(nickEdit, u" "_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.validationError().isEmpty());
}

namespace {

// Answers the client's disco requests as example.com with one group chat service (conference.example.com) that
// has three rooms, and team@ answering what it is. Returns how many requests were answered.
int answerDirectory(ScriptedTransport &server)
{
    int answered = 0;
    for (const Element &iq : written(server, u"iq"_s)) {
        const QString id = iq.attribute(u"id"_s);
        const QString to = iq.attribute(u"to"_s);
        const bool items = iq.hasChild(u"query"_s, u"http://jabber.org/protocol/disco#items"_s);
        const bool info = iq.hasChild(u"query"_s, u"http://jabber.org/protocol/disco#info"_s);
        QString answer;
        if (items && to == u"example.com"_s) {
            answer = u"<query xmlns='http://jabber.org/protocol/disco#items'><item jid='conference.example.com'/>"
                     "<item jid='upload.example.com'/></query>"_s;
        } else if (info && to == u"conference.example.com"_s) {
            answer = u"<query xmlns='http://jabber.org/protocol/disco#info'><identity category='conference' "
                     "type='text'/><feature var='http://jabber.org/protocol/muc'/></query>"_s;
        } else if (info && to == u"upload.example.com"_s) {
            answer = u"<query xmlns='http://jabber.org/protocol/disco#info'><identity category='store' type='file'/>"
                     "</query>"_s;
        } else if (items && to == u"conference.example.com"_s) {
            answer = u"<query xmlns='http://jabber.org/protocol/disco#items'>"
                     "<item jid='team@conference.example.com' name='Release Team'/>"
                     "<item jid='lounge@conference.example.com' name='Lounge'/>"
                     "<item jid='support@conference.example.com' name='Help &amp; Support'/></query>"_s;
        } else if (info && to == u"team@conference.example.com"_s) {
            answer = u"<query xmlns='http://jabber.org/protocol/disco#info'>"
                     "<identity category='conference' type='text' name='Release Team'/>"
                     "<feature var='http://jabber.org/protocol/muc'/><feature var='muc_membersonly'/>"
                     "<feature var='muc_nonanonymous'/><x xmlns='jabber:x:data' type='result'>"
                     "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/muc#roominfo</value>"
                     "</field><field var='muc#roominfo_description'><value>Planning the next release</value></field>"
                     "<field var='muc#roominfo_occupants'><value>7</value></field></x></query>"_s;
        } else {
            continue;
        }
        server.inject(u"<iq type='result' id='%1' from='%2' to='user@example.com/balcony'>%3</iq>"_s.arg(id, to, answer)
                          .toUtf8());
        ++answered;
    }
    return answered;
}

} // namespace

void TestRoomUi::browsingListsTheServersRoomsAndFillsTheAddress()
{
    openWindow();
    QAction *join = m_window->findChild<QAction *>(u"actionJoinRoom"_s);
    QVERIFY(join);
    join->trigger();
    auto *dialog = m_window->findChild<JoinRoomDialog *>(u"joinRoomDialog"_s);
    QVERIFY(dialog);
    auto *browse = dialog->findChild<QPushButton *>(u"browseButton"_s);
    QVERIFY(browse);
    QTRY_VERIFY(browse->isVisible());
    QVERIFY(!browse->accessibleName().isEmpty());
    browse->click();
    RoomBrowserDialog *browser = dialog->roomBrowser();
    QVERIFY(browser);
    QTRY_VERIFY(browser->isVisible());
    // The server's items, then which of them hosts rooms, then that service's rooms.
    for (int round = 0; round < 5 && browser->shownRooms() < 3; ++round) {
        answerDirectory(*m_server);
        QTest::qWait(20);
    }
    QCOMPARE(browser->shownRooms(), 3);
    auto *service = browser->findChild<QComboBox *>(u"serviceCombo"_s);
    QCOMPARE(service->count(), 1);
    QCOMPARE(service->currentText(), u"conference.example.com"_s);
    auto *status = browser->findChild<QLabel *>(u"statusLabel"_s);
    QCOMPARE(status->text(), RoomBrowserDialog::tr("%n rooms", nullptr, 3));
    // Sorted by name; the filter matches names and addresses.
    auto *view = browser->findChild<QTreeView *>(u"roomView"_s);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"Help & Support"_s);
    QCOMPARE(view->model()->index(2, 0).data().toString(), u"Release Team"_s);
    auto *filter = browser->findChild<QLineEdit *>(u"filterEdit"_s);
    filter->setText(u"TEAM"_s);
    QCOMPARE(browser->shownRooms(), 1);
    QCOMPARE(status->text(), RoomBrowserDialog::tr("%1 of %n rooms", nullptr, 3).arg(1));

    // Selecting a room asks it about itself; what it says is shown.
    auto *ok = browser->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(ok->isEnabled());
    QCOMPARE(browser->selectedRoom(), Room);
    auto *details = browser->findChild<QLabel *>(u"detailsLabel"_s);
    int answered = 0; // (QTRY_* evaluates once more at the end: the count keeps what was answered before)
    QTRY_VERIFY_WITH_TIMEOUT((answered += answerDirectory(*m_server)) > 0, 3000);
    QCOMPARE(answered, 1);
    QTRY_VERIFY(details->text().contains(u"Planning the next release"_s));
    QVERIFY2(details->text().contains(RoomBrowserDialog::tr("members only")), qPrintable(details->text()));
    QVERIFY(details->text().contains(RoomBrowserDialog::tr("everyone there sees your address")));
    QVERIFY(details->text().contains(u"7"_s));

    // Choosing it fills the join dialog's address; nothing is joined yet.
    m_server->clearWrites();
    ok->click();
    QTRY_VERIFY(!dialog->roomBrowser());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"roomEdit"_s)->text(), Room.bareString());
    QVERIFY(dialog->validationError().isEmpty());
    QVERIFY(written(*m_server, u"presence"_s).isEmpty());
}

void TestRoomUi::joinDialogEntersTheRoomAndOpensIt()
{
    openWindow();
    QAction *join = m_window->findChild<QAction *>(u"actionJoinRoom"_s);
    QVERIFY(join);
    QVERIFY(join->isEnabled());
    join->trigger();
    auto *dialog = m_window->findChild<JoinRoomDialog *>(u"joinRoomDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit *>(u"roomEdit"_s)->setText(Room.bareString());
    // No nick used in this room before: the account's user name.
    QCOMPARE(dialog->nick(), u"user"_s);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    const QList<Element> sent = sentJoins();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().attribute(u"to"_s), u"team@conference.example.com/user"_s);
    ChatWidget *chat = m_window->currentChat();
    QVERIFY(chat);
    QVERIFY(chat->isRoom());
    QCOMPARE(chat->contact(), Room);
    QCOMPARE(headerLine(chat), u"Joining…"_s);
    QVERIFY(chat->occupantList());
    QVERIFY(chat->header()->lockButton()->isVisible()); // the room's OMEMO choice (roomLockOffersOmemo...)
    QVERIFY(chat->header()->occupantsButton()->isVisible());

    m_server->inject(occupantPresence(u"user"_s, u"none"_s, u"participant"_s, u"<status code='110'/>"_s));
    QTRY_COMPARE(headerLine(chat), u"Only you"_s);
    auto *tabs = m_window->findChild<QTabWidget *>(u"chatTabs"_s);
    QVERIFY(tabs);
    QTRY_COMPARE(tabs->tabText(tabs->indexOf(chat)), u"team"_s);
}

void TestRoomUi::roomChatShowsSubjectOccupantsAndNicks()
{
    openWindow();
    ChatWidget *chat = enterRoom();
    QVERIFY(chat);
    QTRY_COMPARE(headerLine(chat), u"3 people · Release planning"_s);

    // The occupant pane: moderators first, then by nick; each line says who and what they are.
    QListView *list = chat->occupantList();
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->model()->rowCount(), 3);
    QCOMPARE(list->model()->index(0, 0).data(RoomOccupantsModel::NickRole).toString(), u"alice"_s);
    QCOMPARE(list->model()->index(1, 0).data(RoomOccupantsModel::NickRole).toString(), u"bob"_s);
    QCOMPARE(list->model()->index(2, 0).data(RoomOccupantsModel::NickRole).toString(), u"user"_s);
    const QString alice = list->model()->index(0, 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(alice.startsWith(u"alice, owner"_s), qPrintable(alice));
    const QString bob = list->model()->index(1, 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(bob.contains(u"Away"_s), qPrintable(bob));
    // A member is said in the description, not on the row; a plain participant nowhere.
    QCOMPARE(OccupantDelegate::standingText(list->model()->index(2, 0)), QString());
    QCOMPARE(OccupantDelegate::standingText(list->model()->index(2, 0), true), u"member"_s);
    QCOMPARE(OccupantDelegate::standingText(list->model()->index(1, 0), true), QString());
    // Someone leaves: the count follows.
    m_server->inject("<presence from='team@conference.example.com/bob' type='unavailable'>"
                     "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='none'/></x>"
                     "</presence>");
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QTRY_VERIFY(headerLine(chat).startsWith(u"2 "_s));

    // Messages are headed by the sender's nick; consecutive lines of one nick form one group.
    m_server->inject("<message from='team@conference.example.com/alice' type='groupchat' id='a1'>"
                     "<body>Hello all</body></message>");
    m_server->inject("<message from='team@conference.example.com/alice' type='groupchat' id='a2'>"
                     "<body>Shall we start?</body></message>");
    m_server->inject("<message from='team@conference.example.com/carol' type='groupchat' id='c1'>"
                     "<body>Yes</body></message>");
    QAbstractItemModel *messages = chat->messageView()->model();
    QTRY_COMPARE(messages->rowCount(), 3);
    MessageDelegate *delegate = chat->messageView()->messageDelegate();
    QVERIFY(delegate->isGroupChat());
    QCOMPARE(delegate->senderName(messages->index(0, 0)), u"alice"_s);
    QCOMPARE(delegate->senderName(messages->index(2, 0)), u"carol"_s);
    QVERIFY(messages->index(0, 0).data(MessageModel::FirstOfGroupRole).toBool());
    QVERIFY(!messages->index(1, 0).data(MessageModel::FirstOfGroupRole).toBool());
    QVERIFY(messages->index(2, 0).data(MessageModel::FirstOfGroupRole).toBool());

    // The conversation list shows the room as a room, with who spoke last.
    ConversationListModel *conversations = m_controller->conversations();
    const int row = conversations->rowOf(Room);
    QVERIFY(row >= 0);
    QVERIFY(conversations->data(conversations->index(row), ConversationListModel::IsRoomRole).toBool());
    QCOMPARE(conversations->data(conversations->index(row), ConversationListModel::LastSenderNickRole).toString(),
        u"carol"_s);

    // Double-clicking a nick addresses that person in the composer.
    Q_EMIT list->activated(list->model()->index(0, 0));
    QCOMPARE(chat->composerText(), u"alice: "_s);
}

void TestRoomUi::messagesGoToTheRoomWithoutChatStates()
{
    openWindow();
    ChatWidget *chat = enterRoom();
    QVERIFY(chat);
    m_server->clearWrites();
    QPlainTextEdit *editor = chat->composer()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, u"Hi team"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    const QList<Element> sent = written(*m_server, u"message"_s);
    // One message, to the room, type groupchat; no XEP-0085 state told to everyone in the room.
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().attribute(u"to"_s), Room.bareString());
    QCOMPARE(sent.first().attribute(u"type"_s), u"groupchat"_s);
    QCOMPARE(sent.first().firstChild(u"body"_s).text(), u"Hi team"_s);
    QVERIFY(sent.first().firstChild(u"composing"_s, u"http://jabber.org/protocol/chatstates"_s).isNull());
    QCOMPARE(chat->composerText(), QString());
    QAbstractItemModel *messages = chat->messageView()->model();
    QTRY_COMPARE(messages->rowCount(), 1);
    QCOMPARE(chat->messageView()->messageDelegate()->senderName(messages->index(0, 0)), u"user"_s);

    // The room sends it back to everyone (§7.4): delivered.
    const Element originId = sent.first().firstChild(u"origin-id"_s, u"urn:xmpp:sid:0"_s);
    QVERIFY(!originId.isNull());
    m_server->inject(u"<message from='team@conference.example.com/user' type='groupchat' id='%1'><body>Hi team"
                     "</body><origin-id xmlns='urn:xmpp:sid:0' id='%2'/></message>"_s
                         .arg(sent.first().attribute(u"id"_s), originId.attribute(u"id"_s))
                         .toUtf8());
    QTRY_COMPARE(messages->index(0, 0).data(MessageModel::StateRole).toInt(), int(MessageState::Delivered));
    QCOMPARE(messages->rowCount(), 1);

    // Corrections are not offered in rooms; Esc does not leave the room.
    QTest::keyClick(editor, Qt::Key_Up);
    QVERIFY(chat->composer()->hasNotice());
    QVERIFY(!chat->composer()->isCorrecting());
    QSignalSpy close(chat, &ChatWidget::closeRequested);
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(close.size(), 0);
    QVERIFY(m_controller->room(Room));
}

namespace {

// Answers the room's disco#info (with `features`) and its owner/admin/member lists (XEP-0045 §9.5, §10.5, §10.8:
// `lists` maps an affiliation to the real JIDs in it) among what the client wrote since the last call; how many.
int answerRoomQueries(ScriptedTransport &server, const QString &features, const QHash<QString, QStringList> &lists)
{
    int answered = 0;
    for (const Element &iq : written(server, u"iq"_s)) {
        if (iq.attribute(u"to"_s) != Room.bareString() || iq.attribute(u"type"_s) != u"get"_s) {
            continue;
        }
        const QString id = iq.attribute(u"id"_s);
        if (!iq.firstChild(u"query"_s, u"http://jabber.org/protocol/disco#info"_s).isNull()) {
            server.inject(u"<iq type='result' from='%1' id='%2'><query xmlns='http://jabber.org/protocol/disco#info'>"
                          "<identity category='conference' type='text'/><feature var='http://jabber.org/protocol/muc'/>"
                          "%3</query></iq>"_s.arg(Room.bareString(), id, features)
                              .toUtf8());
            ++answered;
        }
        const Element admin = iq.firstChild(u"query"_s, u"http://jabber.org/protocol/muc#admin"_s);
        if (!admin.isNull()) {
            const QString affiliation = admin.firstChild(u"item"_s).attribute(u"affiliation"_s);
            QString items;
            for (const QString &member : lists.value(affiliation)) {
                items += u"<item affiliation='%1' jid='%2'/>"_s.arg(affiliation, member);
            }
            server.inject(u"<iq type='result' from='%1' id='%2'><query xmlns='http://jabber.org/protocol/muc#admin'>"
                          "%3</query></iq>"_s.arg(Room.bareString(), id, items)
                              .toUtf8());
            ++answered;
        }
    }
    return answered;
}

// Answers every disco#info request to the room the client wrote since the last call with `features`; how many.
int answerRoomInfo(ScriptedTransport &server, const QString &features)
{
    return answerRoomQueries(server, features, {});
}

} // namespace

// The room's lock (XEP-0384 §6): the room is asked whether OMEMO can be used in it; this one is open and hides the
// addresses, so the lock's menu offers the choice disabled, with the reason. A message while the choice is on (set
// when the room still qualified) is not sent at all, in the clear or otherwise: the composer keeps it and says why.
void TestRoomUi::roomLockOffersOmemoOnlyWhereTheRoomAllowsIt()
{
    openWindow();
    ChatWidget *chat = enterRoom();
    QVERIFY(chat);
    QToolButton *lock = chat->header()->lockButton();
    QVERIFY(lock->isVisible());
    // (Entering, the room answered a disco#info without either feature already; one asked later gets this answer.)
    QTRY_VERIFY2(answerRoomInfo(*m_server, u"<feature var='muc_open'/><feature var='muc_semianonymous'/>"_s) >= 0
            && lock->toolTip().contains(u"members-only"_s),
        qPrintable(lock->toolTip()));
    QVERIFY(lock->toolTip().contains(u"will NOT be end-to-end encrypted"_s));

    QStringList offered;
    bool toggleEnabled = true;
    QTimer::singleShot(0, chat, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            return;
        }
        for (QAction *action : menu->actions()) {
            offered.append(action->text());
            if (action->isCheckable()) {
                toggleEnabled = action->isEnabled();
            }
        }
        menu->close();
    });
    lock->click();
    QVERIFY2(offered.contains(ChatWidget::tr("Encrypt Messages in This Room with OMEMO")),
        qPrintable(offered.join(u", "_s)));
    QVERIFY(!toggleEnabled);
    QVERIFY2(offered.size() == 2 && offered.last().contains(u"members-only"_s), qPrintable(offered.join(u", "_s)));
    QVERIFY(!m_controller->roomEncrypted(Room));

    QVERIFY(m_controller->setRoomEncrypted(Room, true));
    m_server->clearWrites();
    QPlainTextEdit *editor = chat->composer()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, u"the secret plan"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    // The room is asked again before the message is encrypted (answered here as before, if the answer is not known).
    QTRY_VERIFY(answerRoomInfo(*m_server, u"<feature var='muc_open'/><feature var='muc_semianonymous'/>"_s) >= 0
        && chat->composer()->hasNotice());
    QVERIFY2(chat->composer()->noticeText().contains(u"members-only"_s), qPrintable(chat->composer()->noticeText()));
    QCOMPARE(chat->composerText(), u"the secret plan"_s);
    QTest::qWait(50);
    QVERIFY(written(*m_server, u"message"_s).isEmpty());
    QVERIFY(m_controller->setRoomEncrypted(Room, false));
}

// A room where OMEMO can be used (members-only, non-anonymous): the lock's menu shows whom messages are encrypted
// for. The dialog lists each member with the devices known and the trust in them (verified, trusted blindly, a
// device not trusted yet, no device at all: nothing encrypted can be sent then), asks the server for the devices of
// a member never seen, follows a device list that arrives, and opens the fingerprint dialog for a member.
void TestRoomUi::roomKeysListTheMembersDevicesAndTrust()
{
    openWindow();
    ChatWidget *chat = enterRoom();
    QVERIFY(chat);
    E2eKeyStore &keys = *m_controller->account().e2eKeyStore();
    const Jid alice = jid("alice@example.com");
    const Jid bob = jid("bob@example.com");
    const Jid carol = jid("carol@example.com");
    auto identity = [](char fill) {
        QByteArray key(33, fill);
        key[0] = 0x05;
        return key;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(keys.saveOmemoDevice(
        { alice, OmemoVersion::Legacy, 1111, identity('\x11'), OmemoTrust::Verified, true, QString(), now, now }));
    QVERIFY(keys.saveOmemoDevice(
        { alice, OmemoVersion::V2, 1112, identity('\x12'), OmemoTrust::Blind, true, QString(), now, now }));
    QVERIFY(keys.saveOmemoDevice(
        { bob, OmemoVersion::V2, 2222, identity('\x22'), OmemoTrust::Undecided, true, QString(), now, now }));
    const QHash<QString, QStringList> lists { { u"owner"_s, { alice.bareString() } },
        { u"member"_s, { bob.bareString(), carol.bareString(), Me.bareString() } } };
    const QString qualifying = u"<feature var='muc_membersonly'/><feature var='muc_nonanonymous'/>"_s;

    // The lock's menu: the room is asked again when it closes; this time it qualifies.
    QToolButton *lock = chat->header()->lockButton();
    auto menuTexts = [&](const QString &choose) {
        QStringList offered;
        QTimer::singleShot(0, chat, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu) {
                return;
            }
            QAction *wanted = nullptr;
            for (QAction *action : menu->actions()) {
                offered.append(action->text());
                if (!choose.isEmpty() && action->text() == choose) {
                    wanted = action;
                }
            }
            if (wanted) {
                menu->setActiveAction(wanted);
                QTest::keyClick(menu, Qt::Key_Return);
            } else {
                menu->close();
            }
        });
        lock->click();
        return offered;
    };
    const QString keysAction = ChatWidget::tr("Members' Devices and Fingerprints…");
    QVERIFY(!menuTexts(QString()).contains(keysAction)); // the room did not qualify when entered
    QTRY_VERIFY2(answerRoomQueries(*m_server, qualifying, lists) >= 0 && !lock->toolTip().contains(u"members-only"_s),
        qPrintable(lock->toolTip()));

    QStringList rows;
    QString summary;
    QStringList afterFetch;
    QString afterFetchSummary;
    bool askedForCarol = false;
    QString comparedWith;
    std::function<void()> inspect = [&] {
        auto *dialog = qobject_cast<RoomKeysDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, chat, inspect);
            return;
        }
        rows = dialog->rows();
        summary = dialog->summaryText();
        // carol's devices were never seen: her device lists are asked for; one arrives with a device.
        for (const Element &iq : written(*m_server, u"iq"_s)) {
            if (iq.attribute(u"to"_s) != carol.bareString()) {
                continue;
            }
            const Element items
                = iq.firstChild(u"pubsub"_s, u"http://jabber.org/protocol/pubsub"_s).firstChild(u"items"_s);
            const QString node = items.attribute(u"node"_s);
            if (node == u"eu.siacs.conversations.axolotl.devicelist"_s) {
                askedForCarol = true;
                m_server->inject(
                    u"<iq type='result' from='%1' id='%2'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                    "<items node='%3'><item id='current'><list xmlns='eu.siacs.conversations.axolotl'>"
                    "<device id='3333'/></list></item></items></pubsub></iq>"_s
                        .arg(carol.bareString(), iq.attribute(u"id"_s), node)
                        .toUtf8());
            } else if (!iq.attribute(u"id"_s).isEmpty()) {
                m_server->inject(u"<iq type='error' from='%1' id='%2'><error type='cancel'><item-not-found "
                                 "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s
                                     .arg(carol.bareString(), iq.attribute(u"id"_s))
                                     .toUtf8());
            }
        }
        if (!QTest::qWaitFor([&] { return dialog->rows().value(2).contains(u" | 1 | "_s); }, 3000)) {
            dialog->reject();
            return;
        }
        afterFetch = dialog->rows();
        // Answer whatever else was asked (carol's bundle, the OMEMO 2 list) so that the fetch completes.
        static_cast<void>(QTest::qWaitFor(
            [&] {
                for (const Element &iq : written(*m_server, u"iq"_s)) {
                    if (iq.attribute(u"type"_s) == u"get"_s) {
                        m_server->inject(u"<iq type='error' from='%1' id='%2'><error type='cancel'><item-not-found "
                                         "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s
                                             .arg(iq.attribute(u"to"_s), iq.attribute(u"id"_s))
                                             .toUtf8());
                    }
                }
                return !dialog->summaryText().contains(u"Fetching"_s);
            },
            5000));
        afterFetchSummary = dialog->summaryText();
        // Compare Fingerprints… with bob (the second row): the fingerprint dialog for him.
        QTimer::singleShot(0, chat, [&] {
            if (auto *fingerprints = qobject_cast<FingerprintDialog *>(QApplication::activeModalWidget())) {
                comparedWith = fingerprints->windowTitle();
                fingerprints->reject();
            }
        });
        dialog->compare(1);
        dialog->reject();
    };
    QTimer::singleShot(0, chat, inspect);
    const QStringList offered = menuTexts(keysAction);
    QVERIFY2(offered.contains(keysAction), qPrintable(offered.join(u", "_s)));

    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0),
        u"alice@example.com | 2 | "_s
            + RoomKeysDialog::tr("%1 verified, %2 trusted without verification").arg(1).arg(1));
    QCOMPARE(rows.at(1), u"bob@example.com | 1 | "_s + RoomKeysDialog::tr("%n device(s) NOT trusted yet", nullptr, 1));
    QCOMPARE(rows.at(2),
        u"carol@example.com | "_s + RoomKeysDialog::tr("none") + u" | "_s
            + RoomKeysDialog::tr("No OMEMO device: cannot read encrypted messages"));
    QVERIFY2(summary.contains(u"Fetching"_s), qPrintable(summary));
    QVERIFY(askedForCarol);
    QVERIFY2(afterFetch.value(2).startsWith(u"carol@example.com | 1 | "_s), qPrintable(afterFetch.join(u"; "_s)));
    // carol's new device is trusted blindly (the default), bob's is not: the summary names him.
    QVERIFY2(afterFetchSummary.contains(u"bob@example.com"_s) && !afterFetchSummary.contains(u"Fetching"_s),
        qPrintable(afterFetchSummary));
    QCOMPARE(comparedWith, FingerprintDialog::tr("Encryption with %1").arg(u"bob@example.com"_s));
}

namespace {

// Opens the context menu of `view` at `index` (as a right click there would) and triggers the action named
// `text`; returns the texts the menu offered.
QStringList triggerMenuAction(QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    QStringList offered;
    QTimer::singleShot(0, view, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            return;
        }
        QAction *wanted = nullptr;
        for (QAction *action : menu->actions()) {
            offered.append(action->text());
            if (action->text() == text) {
                wanted = action;
            }
        }
        menu->close();
        if (wanted) {
            wanted->trigger();
        }
    });
    const QPoint at = view->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    return offered;
}

} // namespace

void TestRoomUi::privateMessagesToAnOccupant()
{
    openWindow();
    ChatWidget *chat = enterRoom();
    QVERIFY(chat);
    m_server->clearWrites();
    // The occupant pane's menu: a private message to alice (not offered for ourselves).
    QListView *list = chat->occupantList();
    QCOMPARE(list->model()->index(2, 0).data(RoomOccupantsModel::NickRole).toString(), u"user"_s);
    const QStringList ownMenu = triggerMenuAction(list, list->model()->index(2, 0), QString());
    QVERIFY2(!ownMenu.contains(ChatWidget::tr("Send Private Message")), qPrintable(ownMenu.join(u", "_s)));
    const QStringList offered
        = triggerMenuAction(list, list->model()->index(0, 0), ChatWidget::tr("Send Private Message"));
    QVERIFY2(offered.contains(ChatWidget::tr("Mention in Message")), qPrintable(offered.join(u", "_s)));
    QCOMPARE(chat->composer()->privateRecipient(), u"alice"_s);
    QCOMPARE(chat->composer()->editor()->placeholderText(), ChatWidget::tr("Write privately to %1").arg(u"alice"_s));

    // Sent to room/alice as a chat message marked as a room's private message (§7.5), not to the room.
    QPlainTextEdit *editor = chat->composer()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, u"Lunch?"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    const QList<Element> sent = written(*m_server, u"message"_s);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().attribute(u"to"_s), u"team@conference.example.com/alice"_s);
    QCOMPARE(sent.first().attribute(u"type"_s), u"chat"_s);
    QVERIFY(!sent.first().firstChild(u"x"_s, MucUserNs).isNull());
    QCOMPARE(chat->composerText(), QString());
    // The row says to whom; the composer stays private until told otherwise.
    QAbstractItemModel *messages = chat->messageView()->model();
    QTRY_COMPARE(messages->rowCount(), 1);
    MessageDelegate *delegate = chat->messageView()->messageDelegate();
    QCOMPARE(
        delegate->privateText(messages->index(0, 0)), MessageDelegate::tr("private message to %1").arg(u"alice"_s));
    const QString spoken = messages->index(0, 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(u"user, private message to alice, Lunch?"_s), qPrintable(spoken));
    QCOMPARE(chat->composer()->privateRecipient(), u"alice"_s);

    // Esc goes back to writing to everyone (and does not leave the room).
    QSignalSpy close(chat, &ChatWidget::closeRequested);
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(chat->composer()->privateRecipient(), QString());
    QCOMPARE(close.size(), 0);

    // A private message from bob: marked, and "Reply Privately" on it writes back to bob only.
    m_server->inject("<message from='team@conference.example.com/bob' type='chat' id='pm1'><body>Psst</body>"
                     "<x xmlns='http://jabber.org/protocol/muc#user'/></message>");
    QTRY_COMPARE(messages->rowCount(), 2);
    QCOMPARE(delegate->privateText(messages->index(1, 0)), MessageDelegate::tr("private message"));
    QCOMPARE(delegate->senderName(messages->index(1, 0)), u"bob"_s);
    const QStringList messageMenu
        = triggerMenuAction(chat->messageView(), messages->index(1, 0), MessageView::tr("Reply Privately"));
    QVERIFY2(messageMenu.contains(MessageView::tr("Reply Privately")), qPrintable(messageMenu.join(u", "_s)));
    QCOMPARE(chat->composer()->privateRecipient(), u"bob"_s);
    // Our own message offers no private reply.
    const QStringList ownMessageMenu = triggerMenuAction(chat->messageView(), messages->index(0, 0), QString());
    QVERIFY(!ownMessageMenu.contains(MessageView::tr("Reply Privately")));

    // bob leaves: what we write to him is refused with the reason, and kept in the field.
    m_server->inject("<presence from='team@conference.example.com/bob' type='unavailable'>"
                     "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='none'/></x>"
                     "</presence>");
    QTRY_COMPARE(list->model()->rowCount(), 2);
    m_server->clearWrites();
    QTest::keyClicks(editor, u"Still there?"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(written(*m_server, u"message"_s).isEmpty());
    QCOMPARE(chat->composerText(), u"Still there?"_s);
    QVERIFY(chat->composer()->noticeText().contains(u"bob"_s));
    QCOMPARE(messages->rowCount(), 2);
}

void TestRoomUi::invitationsReceivedAndSent()
{
    openWindow();
    // A direct invitation (XEP-0249) with the room's password: one window for it, Join… opens the join dialog
    // filled in; nothing is joined before the user says so.
    m_server->inject("<message from='alice@example.com/phone' id='inv1'><x xmlns='jabber:x:conference' "
                     "jid='team@conference.example.com' password='secret' reason='Release call'/></message>");
    QTRY_COMPARE(m_window->invitations().size(), 1);
    QMessageBox *box = m_window->invitations().constFirst();
    QVERIFY2(box->text().contains(u"alice@example.com"_s) && box->text().contains(Room.bareString()),
        qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(u"Release call"_s));
    // The same invitation again (a flood of them): still one window.
    m_server->inject("<message from='alice@example.com/phone' id='inv2'><x xmlns='jabber:x:conference' "
                     "jid='team@conference.example.com'/></message>");
    QTest::qWait(50);
    QCOMPARE(m_window->invitations().size(), 1);
    QVERIFY(written(*m_server, u"presence"_s).isEmpty());
    QAbstractButton *join = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        QVERIFY(!button->accessibleName().isEmpty());
        if (box->buttonRole(button) == QMessageBox::AcceptRole) {
            join = button;
        }
    }
    QVERIFY(join);
    join->click();
    auto *dialog = m_window->findChild<JoinRoomDialog *>(u"joinRoomDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"roomEdit"_s)->text(), Room.bareString());
    QCOMPARE(dialog->password(), u"secret"_s);
    QTRY_COMPARE(m_window->invitations().size(), 0);
    dialog->reject();

    // Chat → Invite to Room…: only for a room we are in; the invitation goes through the room (§7.8.2).
    QAction *invite = m_window->findChild<QAction *>(u"actionInviteToRoom"_s);
    QVERIFY(invite);
    QVERIFY(!invite->isEnabled());
    ChatWidget *chat = enterRoom();
    QVERIFY(chat);
    QTRY_VERIFY(invite->isEnabled());
    m_server->clearWrites();
    answerNextDialog([](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        QVERIFY(input);
        input->setTextValue(u"bob@example.com"_s);
        input->accept();
    });
    invite->trigger();
    const QList<Element> sent = written(*m_server, u"message"_s);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().attribute(u"to"_s), Room.bareString());
    QCOMPARE(
        sent.first().firstChild(u"x"_s, MucUserNs).firstChild(u"invite"_s).attribute(u"to"_s), u"bob@example.com"_s);
}

void TestRoomUi::removedFromTheRoomSaysWhyAndJoinsAgain()
{
    openWindow();
    ChatWidget *chat = enterRoom();
    QVERIFY(chat);
    m_server->inject("<presence from='team@conference.example.com/user' type='unavailable'>"
                     "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='none'>"
                     "<actor nick='alice'/><reason>Off topic</reason></item>"
                     "<status code='307'/><status code='110'/></x></presence>");
    QTRY_VERIFY(!m_controller->room(Room));
    QVERIFY2(headerLine(chat).contains(u"alice"_s), qPrintable(headerLine(chat)));
    QVERIFY(headerLine(chat).contains(u"Off topic"_s));
    QCOMPARE(chat->occupantList()->model()->rowCount(), 0);
    // The composer says it too, with the way back in.
    QVERIFY(chat->composer()->noticeText().contains(u"Off topic"_s));
    QVERIFY(noticeButton(chat));
    // Sending is refused, the text stays, and the way back in is still offered.
    QTest::keyClicks(chat->composer()->editor(), u"Sorry"_s);
    QTest::keyClick(chat->composer()->editor(), Qt::Key_Return);
    QCOMPARE(chat->composerText(), u"Sorry"_s);
    QVERIFY(chat->composer()->hasNotice());
    // A file dropped now is not uploaded: it could not be sent to the room afterwards.
    m_server->clearWrites();
    QTemporaryDir dir;
    QFile file(dir.filePath(u"minutes.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("minutes");
    file.close();
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(file.fileName()) });
    QWidget *viewport = chat->composer()->editor()->viewport();
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(!chat->composer()->isTransferShown());
    QVERIFY(written(*m_server, u"iq"_s).isEmpty()); // no upload service asked, no slot requested
    QPushButton *again = noticeButton(chat);
    QVERIFY(again);
    QCOMPARE(again->text(), u"Join Again"_s);
    again->click();
    const QList<Element> sent = sentJoins();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().attribute(u"to"_s), u"team@conference.example.com/user"_s);
    QCOMPARE(headerLine(chat), u"Joining…"_s);
}

void TestRoomUi::passwordRefusalAsksForThePassword()
{
    openWindow();
    QString error;
    QVERIFY(m_controller->joinRoom(Room, u"user"_s, QString(), &error));
    ChatWidget *chat = m_window->openChat(m_controller, Room);
    QVERIFY(chat && chat->isRoom());
    m_server->clearWrites();
    m_server->inject("<presence from='team@conference.example.com/user' type='error'>"
                     "<x xmlns='http://jabber.org/protocol/muc'/>"
                     "<error by='team@conference.example.com' type='auth'>"
                     "<not-authorized xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>");
    QTRY_VERIFY(!m_controller->room(Room));
    QPushButton *enter = noticeButton(chat);
    QVERIFY(enter);
    QCOMPARE(enter->text(), u"Enter Password…"_s);
    answerNextDialog([](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        QVERIFY(input);
        QCOMPARE(input->textEchoMode(), QLineEdit::Password);
        input->setTextValue(u"cauldronburn"_s);
        input->accept();
    });
    enter->click();
    const QList<Element> sent = sentJoins();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().firstChild(u"x"_s, MucNs).firstChild(u"password"_s).text(), u"cauldronburn"_s);
}

void TestRoomUi::joinLinkOpensTheDialogFilledIn()
{
    openWindow();
    const auto uri = app::XmppUri::parse(u"xmpp:team@conference.example.com?join;password=cauldronburn"_s);
    QVERIFY(uri);
    m_window->openUri(*uri);
    auto *dialog = m_window->findChild<JoinRoomDialog *>(u"joinRoomDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->room(), Room);
    QCOMPARE(dialog->password(), u"cauldronburn"_s);
    QCOMPARE(dialog->account(), Me);
    // Nothing is entered before the user says so.
    QVERIFY(sentJoins().isEmpty());
    dialog->reject();
}

void TestRoomUi::closingTheRoomLeavesItAndKeepsItsHistory()
{
    openWindow();
    ChatWidget *chat = enterRoom();
    QVERIFY(chat);
    m_server->inject("<message from='team@conference.example.com/alice' type='groupchat' id='a1'>"
                     "<body>Bye</body></message>");
    QTRY_VERIFY(m_controller->conversations()->rowOf(Room) >= 0);
    m_server->clearWrites();
    m_window->closeChat(chat);
    QVERIFY(!m_window->chat(Me, Room));
    QList<Element> unavailable;
    for (const Element &presence : written(*m_server, u"presence"_s)) {
        if (presence.attribute(u"type"_s) == u"unavailable"_s) {
            unavailable.append(presence);
        }
    }
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(unavailable.first().attribute(u"to"_s), u"team@conference.example.com/user"_s);
    // The room's conversation stays, still known as a room; opening it again offers to join.
    const int row = m_controller->conversations()->rowOf(Room);
    QVERIFY(row >= 0);
    QVERIFY(m_controller->conversations()
                ->data(m_controller->conversations()->index(row), ConversationListModel::IsRoomRole)
                .toBool());
    m_server->inject("<presence from='team@conference.example.com/user' type='unavailable'>"
                     "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' role='none'/>"
                     "<status code='110'/></x></presence>");
    QTRY_VERIFY(!m_controller->room(Room));
    ChatWidget *again = m_window->openChat(m_controller, Room);
    QVERIFY(again && again->isRoom());
    QCOMPARE(headerLine(again), u"You are not in this room."_s);
    QPushButton *join = noticeButton(again);
    QVERIFY(join);
    QCOMPARE(join->text(), u"Join Again"_s);
}

void TestRoomUi::joiningWithAutojoinBookmarksTheRoom()
{
    openWindow();
    m_window->showJoinRoom(Jid(), Room.bareString(), u"cauldronburn"_s);
    auto *dialog = m_window->findChild<JoinRoomDialog *>(u"joinRoomDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->autojoin()); // bookmarking is the default: the room comes back at the next sign-in
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    // XEP-0402 §3.3: the bookmark is published to the account's own PEP node, with the nick and the password.
    Element publish;
    for (const Element &iq : written(*m_server, u"iq"_s)) {
        const Element node
            = iq.firstChild(u"pubsub"_s, u"http://jabber.org/protocol/pubsub"_s).firstChild(u"publish"_s);
        if (node.attribute(u"node"_s) == u"urn:xmpp:bookmarks:1"_s) {
            publish = node;
        }
    }
    QVERIFY2(!publish.isNull(), "no bookmark was published");
    const Element item = publish.firstChild(u"item"_s);
    QCOMPARE(item.attribute(u"id"_s), Room.bareString());
    const Element conference = item.firstChild(u"conference"_s, u"urn:xmpp:bookmarks:1"_s);
    QCOMPARE(conference.attribute(u"autojoin"_s), u"true"_s);
    QCOMPARE(conference.firstChild(u"nick"_s).text(), u"user"_s);
    QCOMPARE(conference.firstChild(u"password"_s).text(), u"cauldronburn"_s);
}

void TestRoomUi::bookmarkNamesTheRoomAndClosingStopsAutojoin()
{
    openWindow();
    // Another client of the account bookmarked the room (a PEP notification from our own bare JID): it is
    // entered with the bookmark's nick, and shown by the bookmark's name.
    m_server->inject("<message from='user@example.com' to='user@example.com/balcony'>"
                     "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='urn:xmpp:bookmarks:1'>"
                     "<item id='team@conference.example.com'><conference xmlns='urn:xmpp:bookmarks:1' "
                     "name='The Team' autojoin='true'><nick>juliet</nick></conference></item></items></event>"
                     "</message>");
    QTRY_VERIFY(m_controller->room(Room));
    QCOMPARE(sentJoins().size(), 1);
    QCOMPARE(m_controller->room(Room)->nick, u"juliet"_s);
    QCOMPARE(m_controller->suggestedNick(Room), u"juliet"_s);
    ChatWidget *chat = m_window->openChat(m_controller, Room);
    QVERIFY(chat && chat->isRoom());
    QCOMPARE(chat->title(), u"The Team"_s);
    m_server->clearWrites();

    // Closing the tab leaves the room and keeps the bookmark, without autojoin.
    m_window->closeChat(chat);
    Element conference;
    bool left = false;
    while (!m_server->writes().isEmpty()) {
        for (const Element &stanza : ScriptedSession::stanzasIn(m_server->takeWrite())) {
            if (stanza.name() == u"presence"_s && stanza.attribute(u"type"_s) == u"unavailable"_s) {
                left = stanza.attribute(u"to"_s) == u"team@conference.example.com/juliet"_s;
            }
            const Element publish
                = stanza.firstChild(u"pubsub"_s, u"http://jabber.org/protocol/pubsub"_s).firstChild(u"publish"_s);
            if (publish.attribute(u"node"_s) == u"urn:xmpp:bookmarks:1"_s) {
                conference = publish.firstChild(u"item"_s).firstChild(u"conference"_s, u"urn:xmpp:bookmarks:1"_s);
            }
        }
    }
    QVERIFY(left);
    QVERIFY2(!conference.isNull(), "the bookmark was not updated");
    // XEP-0402 §3.1: autojoin defaults to false, so it may be left out.
    const QString autojoin = conference.attribute(u"autojoin"_s);
    QVERIFY2(autojoin.isEmpty() || autojoin == u"false"_s || autojoin == u"0"_s, qPrintable(autojoin));
    QCOMPARE(conference.attribute(u"name"_s), u"The Team"_s);
    QCOMPARE(conference.firstChild(u"nick"_s).text(), u"juliet"_s);
}

// Not a check: with BALCONY_SCREENSHOT_DIR set, saves the window with a busy room open (look at it).
void TestRoomUi::screenshots()
{
    const QString out = qEnvironmentVariable("BALCONY_SCREENSHOT_DIR");
    if (out.isEmpty()) {
        QSKIP("BALCONY_SCREENSHOT_DIR is not set");
    }
    openWindow();
    ChatWidget *chat = enterRoom();
    QVERIFY(chat);
    const QStringList nicks { u"carol"_s, u"dave"_s, u"erin"_s, u"frank"_s, u"grace"_s, u"heidi"_s };
    for (const QString &nick : nicks) {
        m_server->inject(
            occupantPresence(nick, u"member"_s, u"participant"_s, QString(), nick == u"erin"_s ? u"dnd"_s : QString()));
    }
    m_server->inject(occupantPresence(u"mallory"_s, u"none"_s, u"visitor"_s));
    const QList<std::pair<QString, QString>> lines {
        { u"alice"_s, u"Good morning! The agenda is in the subject."_s },
        { u"bob"_s, u"Morning. I looked at the release notes draft: https://example.org/notes"_s },
        { u"bob"_s, u"Two things are missing: the group chat window and the upload limits."_s },
        { u"carol"_s, u"I can take the upload limits."_s },
        { u"user"_s, u"The group chat window is ready for review."_s },
        { u"alice"_s, u"Great, user: I will look at it after lunch."_s },
    };
    int n = 0;
    for (const auto &[nick, body] : lines) {
        m_server->inject(u"<message from='team@conference.example.com/%1' type='groupchat' id='s%2'><body>%3</body>"
                         "</message>"_s.arg(nick)
                             .arg(++n)
                             .arg(body.toHtmlEscaped())
                             .toUtf8());
    }
    QTRY_COMPARE(chat->messageView()->model()->rowCount(), int(lines.size()));
    QTRY_COMPARE(chat->occupantList()->model()->rowCount(), 10);
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(out + u"/room.png"_s));

    // A private exchange with carol, the composer still writing to her.
    m_server->inject("<message from='team@conference.example.com/carol' type='chat' id='p1'><body>Do you have the "
                     "upload numbers?</body><x xmlns='http://jabber.org/protocol/muc#user'/></message>");
    QTRY_COMPARE(chat->messageView()->model()->rowCount(), int(lines.size()) + 1);
    Q_EMIT chat->messageView()->replyPrivatelyRequested(u"carol"_s);
    QString error;
    QVERIFY(m_controller->sendPrivateMessage(Room, u"carol"_s, u"Yes, 0.5x curl so far; I am on it."_s, &error));
    QTRY_COMPARE(chat->messageView()->model()->rowCount(), int(lines.size()) + 2);
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(out + u"/room-private.png"_s));

    // The room browser of the join dialog, a room selected.
    m_server->clearWrites();
    m_window->findChild<QAction *>(u"actionJoinRoom"_s)->trigger();
    auto *dialog = m_window->findChild<JoinRoomDialog *>(u"joinRoomDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QPushButton *>(u"browseButton"_s)->click();
    RoomBrowserDialog *browser = dialog->roomBrowser();
    QVERIFY(browser);
    for (int round = 0; round < 5 && browser->shownRooms() < 3; ++round) {
        answerDirectory(*m_server);
        QTest::qWait(20);
    }
    auto *view = browser->findChild<QTreeView *>(u"roomView"_s);
    view->setCurrentIndex(view->model()->index(2, 0));
    int answered = 0;
    QTRY_VERIFY_WITH_TIMEOUT((answered += answerDirectory(*m_server)) > 0, 3000);
    QTRY_VERIFY(!browser->findChild<QLabel *>(u"detailsLabel"_s)->text().isEmpty());
    QTest::qWait(100);
    QVERIFY(browser->grab().save(out + u"/room-browser.png"_s));
    browser->reject();
}

QTEST_MAIN(TestRoomUi)
#include "tst_roomui.moc"
