// The XEP-0207 eventing mode in the desktop app (issue 18) on accounts with in-memory caches and scripted servers:
// the switch in the account dialog's Advanced part (saved in the account list; the controller makes and drops the
// EventingManager), eventing authorization requests in the contact-request bar answered with the pubsub forms
// (beside an ordinary request answered with presence), and eventing one-to-one messages in the chat (live rows
// marked as PubSub, unread count, notification, the header's "via publish-subscribe", the composer publishing to
// the pair's node) while a contact without the mode still gets an ordinary <message/>.

#include "AccountEditDialog.h"
#include "ChatHeader.h"
#include "ChatWidget.h"
#include "MainWindow.h"
#include "MessageDelegate.h"
#include "ScriptedSession.h"
#include "SubscriptionRequestsBar.h"
#include "TestJid.h"
#include "UiFixture.h"
#include "app/AccountList.h"
#include "app/AppSettings.h"
#include "app/CallbackNotifier.h"
#include "app/NotificationCenter.h"
#include "core/DataForm.h"
#include "disco/DiscoInfo.h"
#include "disco/EntityCaps.h"
#include "eventing/EventingManager.h"
#include "models/ConversationListModel.h"
#include "models/MessageModel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace balcony;
using namespace balcony::test;
using namespace balcony::ui;
using namespace Qt::StringLiterals;

namespace {

const Jid Me = jid("user@example.com");
const QByteArray ownFull = "user@example.com/balcony";
const QByteArray service = "pubsub.example.com";

// The stanzas the client wrote since the last call.
QList<Element> written(ScriptedTransport &server)
{
    QList<Element> stanzas;
    while (!server.writes().isEmpty()) {
        stanzas += ScriptedSession::stanzasIn(server.takeWrite());
    }
    return stanzas;
}

// The first of `stanzas` whose XML contains `needle` (null Element if none).
Element find(const QList<Element> &stanzas, const QString &needle)
{
    for (const Element &stanza : stanzas) {
        if (stanza.toString(u"jabber:client"_s).contains(needle)) {
            return stanza;
        }
    }
    return Element();
}

void reply(ScriptedTransport &server, const Element &iq)
{
    const QByteArray from = iq.hasAttribute(u"to") ? " from='" + iq.attribute(u"to").toUtf8() + "'" : QByteArray();
    server.inject("<iq type='result' id='" + iq.attribute(u"id").toUtf8() + "'" + from + "/>");
}

QByteArray authorizationForm(const QByteArray &from, const QByteArray &id)
{
    return "<message from='" + from + "/globe' to='" + ownFull + "' id='" + id
        + "'><x xmlns='jabber:x:data' type='form'><title>PubSub subscriber request</title>"
          "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#subscribe_authorization"
          "</value></field><field var='pubsub#node' type='text-single'><value>presence</value></field>"
          "<field var='pubsub#subscriber_jid' type='jid-single'><value>"
        + from + "</value></field><field var='pubsub#allow' type='boolean'><value>false</value></field></x></message>";
}

QByteArray chatEvent(const QByteArray &node, const QByteArray &itemId, const QByteArray &body,
    const QByteArray &replyTo, const QByteArray &publisher)
{
    static int counter = 0;
    return "<message from='" + service + "' to='" + ownFull + "' type='headline' id='ev" + QByteArray::number(++counter)
        + "'><event xmlns='http://jabber.org/protocol/pubsub#event'><items node='" + node + "'><item id='" + itemId
        + "' publisher='" + publisher + "'><message xmlns='jabber:client'><body>" + body
        + "</body><addresses xmlns='http://jabber.org/protocol/address'><address type='replyto' jid='" + replyTo
        + "'/></addresses></message></item></items></event></message>";
}

QPushButton *barButton(SubscriptionRequestsBar *bar, const QString &accessibleName)
{
    for (QPushButton *candidate : bar->findChildren<QPushButton *>()) {
        if (candidate->accessibleName() == accessibleName && !candidate->isHidden()) {
            return candidate;
        }
    }
    return nullptr;
}

} // namespace

class TestEventingUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void switchInTheAccountDialogMakesAndDropsTheManager();
    void authorizationRequestsInTheBar();
    void eventingChatShowsAndSendsThroughPubSub();
    void contactWithTheModeInItsCapsGetsANewNode();
    void authorizationFloodIsBounded();

private:
    app::AccountController *addEventingAccount();

    std::unique_ptr<UiFixture> m_fixture;
};

void TestEventingUi::init()
{
    m_fixture = std::make_unique<UiFixture>();
    QSettings settings(app::AppPaths::settingsFile(), QSettings::IniFormat);
    settings.setValue(u"notices/closeToTray"_s, true);
    settings.setValue(u"notices/closeQuits"_s, true);
}

void TestEventingUi::cleanup()
{
    m_fixture.reset();
}

app::AccountController *TestEventingUi::addEventingAccount()
{
    app::AccountConfig config;
    config.jid = Me;
    config.passwordMode = app::PasswordMode::Session;
    config.eventing = true;
    if (!m_fixture->manager().addAccount(config, u"pencil"_s)) {
        return nullptr;
    }
    return m_fixture->manager().controller(Me);
}

void TestEventingUi::switchInTheAccountDialogMakesAndDropsTheManager()
{
    app::AccountController *controller = m_fixture->addAccount(Me.bareString());
    QVERIFY(controller);
    QVERIFY(!controller->eventing()); // off by default
    {
        AccountEditDialog dialog(*m_fixture->manager().account(Me), false);
        auto *check = dialog.findChild<QCheckBox *>(u"eventingCheck"_s);
        QVERIFY(check);
        QCOMPARE(check->accessibleName(), u"XEP-0207 eventing mode"_s);
        QVERIFY(!check->isChecked());
        QVERIFY(!check->isVisibleTo(&dialog)); // inside the closed Advanced part
        auto *note = dialog.findChild<QLabel *>(u"eventingNote"_s);
        QVERIFY(note && note->text().contains(u"ordinary XMPP keeps working"_s));
        check->setChecked(true);
        QVERIFY(dialog.config().eventing);
        QVERIFY(m_fixture->manager().updateAccount(dialog.config()));
    }
    // A new controller (updateAccount reopens it) with the mode, its state file in the profile folder.
    controller = m_fixture->manager().controller(Me);
    QVERIFY(controller && controller->eventing());
    QCOMPARE(controller->eventing()->service(), jid("pubsub.example.com"));
    // Saved in the account list.
    app::AccountList list(app::AppPaths::accountListFile());
    QVERIFY(list.load());
    QVERIFY(list.find(Me)->eventing);
    {
        // Opened again: the Advanced part is open (not the default) and the switch is on.
        AccountEditDialog dialog(*m_fixture->manager().account(Me), false);
        auto *check = dialog.findChild<QCheckBox *>(u"eventingCheck"_s);
        QVERIFY(check->isChecked());
        QVERIFY(check->isVisibleTo(&dialog));
        check->setChecked(false);
        QVERIFY(m_fixture->manager().updateAccount(dialog.config()));
    }
    controller = m_fixture->manager().controller(Me);
    QVERIFY(controller && !controller->eventing());
    QVERIFY(list.load());
    QVERIFY(!list.find(Me)->eventing);
    // Off and on without reopening (the controller's own switch), and the chats follow.
    QSignalSpy changed(controller, &app::AccountController::eventingChanged);
    QVERIFY(controller->setEventing(true));
    QVERIFY(controller->eventing());
    QVERIFY(controller->setEventing(false));
    QVERIFY(!controller->eventing());
    QCOMPARE(changed.size(), 2);
}

void TestEventingUi::authorizationRequestsInTheBar()
{
    app::AccountController *controller = addEventingAccount();
    QVERIFY(controller && controller->eventing());
    MainWindow window(&m_fixture->manager());
    SubscriptionRequestsBar *bar = window.requestsBar();
    QVERIFY(m_fixture->login(controller));
    ScriptedTransport &server = *m_fixture->server(Me);
    // The session start published our presence to the PEP node (XEP-0207 §3).
    QVERIFY(server.allWritten().contains("<publish node=\"presence\""));
    QVERIFY(bar->isHidden());

    // An eventing authorization (Listing 10) and an ordinary request, in the same bar.
    server.inject(authorizationForm("bard@shakespeare.example", "auth1"));
    server.inject("<presence from='mercutio@verona.lit' type='subscribe'/>");
    server.inject(authorizationForm("puck@shakespeare.example", "auth2"));
    QTRY_COMPARE(bar->requestCount(), 3);
    QVERIFY(controller->isEventingRequest(jid("bard@shakespeare.example")));
    QVERIFY(!controller->isEventingRequest(jid("mercutio@verona.lit")));
    QVERIFY(bar->findChild<QLabel *>() != nullptr);
    bool statusShown = false;
    for (QLabel *label : bar->findChildren<QLabel *>()) {
        statusShown = statusShown
            || (label->text().contains(u"bard@shakespeare.example"_s)
                && label->text().contains(u"publish-subscribe (XEP-0207)"_s));
    }
    QVERIFY(statusShown);
    QPushButton *approve = barButton(bar, u"Approve request from bard@shakespeare.example"_s);
    QVERIFY(approve && approve->isEnabled());
    QVERIFY(approve->toolTip().contains(u"XEP-0207"_s));
    QVERIFY(!barButton(bar, u"Approve request from mercutio@verona.lit"_s)->toolTip().contains(u"XEP-0207"_s));

    // Approving: bard becomes a member of our presence node, then gets Listing 11 with the request's id.
    written(server);
    approve->click();
    QTRY_COMPARE(bar->requestCount(), 2);
    QList<Element> out = written(server);
    QVERIFY(find(out, u"<presence"_s).isNull()); // no ordinary presence answer
    const Element affiliation = find(out, u"<affiliations node=\"presence\""_s);
    QVERIFY(!affiliation.isNull());
    QCOMPARE(affiliation.firstChild(u"pubsub").firstChild(u"affiliations").firstChild(u"affiliation").attribute(u"jid"),
        u"bard@shakespeare.example"_s);
    reply(server, affiliation);
    QTRY_VERIFY(!server.writes().isEmpty());
    out = written(server);
    const Element approval = find(out, u"subscribe_authorization"_s);
    QVERIFY(!approval.isNull());
    QCOMPARE(approval.attribute(u"id"), u"auth1"_s);
    QCOMPARE(approval.attribute(u"to"), u"bard@shakespeare.example"_s);
    auto form = DataForm::fromElement(approval.firstChild(u"x", DataForm::xmlns()));
    QVERIFY(form);
    QCOMPARE(form->type(), DataForm::Type::Submit);
    QCOMPARE(form->field(u"pubsub#allow")->values, QStringList { u"true"_s });

    // Denying: the submitted form with allow false, at once (no affiliation change).
    barButton(bar, u"Deny request from puck@shakespeare.example"_s)->click();
    QTRY_COMPARE(bar->requestCount(), 1);
    out = written(server);
    QVERIFY(find(out, u"<affiliations"_s).isNull());
    const Element refusal = find(out, u"subscribe_authorization"_s);
    QCOMPARE(refusal.attribute(u"id"), u"auth2"_s);
    form = DataForm::fromElement(refusal.firstChild(u"x", DataForm::xmlns()));
    QCOMPARE(form->field(u"pubsub#allow")->values, QStringList { u"false"_s });
    QVERIFY(!controller->eventing()->hasAuthorizationRequest(jid("puck@shakespeare.example")));

    // The ordinary request still takes the ordinary path.
    barButton(bar, u"Approve request from mercutio@verona.lit"_s)->click();
    QTRY_COMPARE(bar->requestCount(), 0);
    out = written(server);
    bool subscribed = false;
    for (const Element &stanza : out) {
        subscribed = subscribed
            || (stanza.name() == u"presence" && stanza.attribute(u"type") == u"subscribed"
                && stanza.attribute(u"to") == u"mercutio@verona.lit");
    }
    QVERIFY(subscribed);
    QVERIFY(find(out, u"subscribe_authorization"_s).isNull());

    // A form for another subscriber (hostile) never reaches the bar.
    server.inject("<message from='mallory@example.com/x' to='" + ownFull
        + "' id='m1'><x xmlns='jabber:x:data' type='form'><field var='FORM_TYPE' type='hidden'><value>"
          "http://jabber.org/protocol/pubsub#subscribe_authorization</value></field><field var='pubsub#node'>"
          "<value>presence</value></field><field var='pubsub#subscriber_jid'><value>alice@example.com</value>"
          "</field></x></message>");
    QTest::qWait(50);
    QCOMPARE(bar->requestCount(), 0);
    QVERIFY(controller->subscriptionRequests().isEmpty());
}

void TestEventingUi::eventingChatShowsAndSendsThroughPubSub()
{
    m_fixture->setRoster(Me,
        { UiFixture::item(u"romeo@montague.lit"_s, u"Romeo"_s, {}),
            UiFixture::item(u"benvolio@montague.lit"_s, u"Benvolio"_s, {}) });
    app::AccountController *controller = addEventingAccount();
    QVERIFY(controller);
    app::AppSettings settings;
    app::NotificationCenter center(m_fixture->manager(), settings, nullptr);
    QList<app::Notification> shown;
    app::CallbackNotifier notifier([&shown](const QString &title, const QString &body) {
        app::Notification n;
        n.title = title;
        n.body = body;
        shown.append(n);
    });
    center.setNotifiers(&notifier, nullptr);
    MainWindow window(&m_fixture->manager());
    QVERIFY(m_fixture->login(controller));
    ScriptedTransport &server = *m_fixture->server(Me);
    const Jid romeo = jid("romeo@montague.lit");
    const Jid benvolio = jid("benvolio@montague.lit");

    ChatWidget *chat = window.openChat(controller, romeo);
    QVERIFY(chat);
    auto *header = chat->findChild<ChatHeader *>();
    QVERIFY(header);
    QVERIFY(!header->eventingShown()); // no chat node with Romeo yet: ordinary messages
    MessageModel *messages = controller->openChat(romeo);
    QCOMPARE(messages->rowCount(), 0);

    // Romeo's client made the pair's node and tells us (§6); from now on the chat goes through it.
    server.inject("<message from='romeo@montague.lit/phone' to='" + ownFull
        + "'><chat xmlns='urn:xmpp:balcony:eventing:0' service='" + service + "' node='node-r'/></message>");
    QTRY_VERIFY(header->eventingShown());
    auto *label = header->findChild<QLabel *>(u"eventingMode"_s);
    QVERIFY(label);
    QCOMPARE(label->text(), u"via publish-subscribe (XEP-0207)"_s);
    QVERIFY(controller->sendsViaEventing(romeo));
    QVERIFY(!controller->sendsViaEventing(benvolio));
    // The node is kept in the profile folder's eventing.json, as balcony-cli keeps it.
    QFile state(QDir(app::AppPaths::profileDir(Me)).filePath(u"eventing.json"_s));
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY(state.readAll().contains("node-r"));

    // His message arrives as an event: a live row, marked, counted unread and announced.
    server.inject(chatEvent("node-r", "r1", "But soft!", "romeo@montague.lit/phone", "romeo@montague.lit"));
    QTRY_COMPARE(messages->rowCount(), 1);
    const QModelIndex row = messages->index(0);
    QCOMPARE(row.data(MessageModel::BodyRole).toString(), u"But soft!"_s);
    QVERIFY(row.data(MessageModel::FlagsRole).toInt() & int(MessageFlag::Eventing));
    auto *view = chat->findChild<QAbstractItemView *>();
    QVERIFY(view);
    auto *delegate = qobject_cast<MessageDelegate *>(view->itemDelegate());
    QVERIFY(delegate);
    QVERIFY(delegate->accessibleText(row).contains(u"via PubSub"_s));
    ConversationListModel *conversations = controller->conversations();
    const int conversation = conversations->rowOf(romeo);
    QVERIFY(conversation >= 0);
    QCOMPARE(conversations->unreadCounts().value(romeo), 1);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().body, u"But soft!"_s);
    // The same item again (the service resends): one row.
    server.inject(chatEvent("node-r", "r1", "But soft!", "romeo@montague.lit/phone", "romeo@montague.lit"));
    QTest::qWait(20);
    QCOMPARE(messages->rowCount(), 1);
    // A forged sender in Romeo's node is not shown.
    server.inject(chatEvent("node-r", "r2", "forged", "tybalt@capulet.lit/x", "tybalt@capulet.lit"));
    QTest::qWait(20);
    QCOMPARE(messages->rowCount(), 1);
    QCOMPARE(shown.size(), 1);

    // The composer publishes to the node (Listing 19); our own notification acknowledges it.
    written(server);
    auto *composer = chat->findChild<QPlainTextEdit *>();
    QVERIFY(composer);
    composer->setFocus();
    QTest::keyClicks(composer, u"It is my lady"_s);
    QTest::keyClick(composer, Qt::Key_Return);
    QTRY_COMPARE(messages->rowCount(), 2);
    QVERIFY(messages->messageAt(1).flags.testFlag(MessageFlag::Eventing));
    QList<Element> out = written(server);
    const Element publish = find(out, u"<publish node=\"node-r\""_s);
    QVERIFY(!publish.isNull());
    QCOMPARE(publish.attribute(u"to"), QString::fromLatin1(service));
    const Element item = publish.firstChild(u"pubsub").firstChild(u"publish").firstChild(u"item");
    QCOMPARE(item.firstChild(u"message").childText(u"body", u"jabber:client"), u"It is my lady"_s);
    bool ordinary = false;
    for (const Element &stanza : out) {
        ordinary = ordinary || (stanza.name() == u"message" && stanza.hasChild(u"body"));
    }
    QVERIFY(!ordinary);
    reply(server, publish);
    QTRY_COMPARE(messages->messageAt(1).state, MessageState::Sent);
    server.inject(chatEvent("node-r", item.attribute(u"id").toUtf8(), "It is my lady", ownFull, "user@example.com"));
    QTRY_COMPARE(messages->messageAt(1).state, MessageState::AckedByServer);
    QCOMPARE(messages->rowCount(), 2);
    QCOMPARE(shown.size(), 1); // our own message is not announced

    // Benvolio has no chat node: his chat is ordinary, and so is what we send him.
    ChatWidget *other = window.openChat(controller, benvolio);
    QVERIFY(other && other != chat);
    QVERIFY(!other->findChild<ChatHeader *>()->eventingShown());
    auto *otherComposer = other->findChild<QPlainTextEdit *>();
    otherComposer->setFocus();
    QTest::keyClicks(otherComposer, u"Tut, man"_s);
    QTest::keyClick(otherComposer, Qt::Key_Return);
    QTRY_VERIFY(server.allWritten().contains("Tut, man"));
    out = written(server);
    bool plain = false;
    for (const Element &stanza : out) {
        plain = plain
            || (stanza.name() == u"message" && stanza.attribute(u"to").startsWith(u"benvolio@montague.lit"_s)
                && stanza.childText(u"body", u"jabber:client") == u"Tut, man");
    }
    QVERIFY(plain);
    QVERIFY(find(out, u"<publish node="_s).isNull());

    // Switching the mode off: Romeo's chat is ordinary again.
    QVERIFY(controller->setEventing(false));
    QVERIFY(!header->eventingShown());
    QVERIFY(!controller->sendsViaEventing(romeo));
}

void TestEventingUi::contactWithTheModeInItsCapsGetsANewNode()
{
    m_fixture->setRoster(Me, { UiFixture::item(u"mercutio@verona.lit"_s, u"Mercutio"_s, {}) });
    app::AccountController *controller = addEventingAccount();
    QVERIFY(controller);
    MainWindow window(&m_fixture->manager());
    QVERIFY(m_fixture->login(controller));
    ScriptedTransport &server = *m_fixture->server(Me);
    const Jid mercutio = jid("mercutio@verona.lit");
    ChatWidget *chat = window.openChat(controller, mercutio);
    QVERIFY(chat);
    ChatHeader *header = chat->findChild<ChatHeader *>();
    QVERIFY(!header->eventingShown());

    // Mercutio's client announces presence+notify in its (verified) caps: it is in eventing mode.
    DiscoInfo info;
    info.identities = { DiscoIdentity { u"client"_s, u"pc"_s, QString(), u"Balcony"_s } };
    info.features = { u"http://jabber.org/protocol/disco#info"_s, u"presence+notify"_s };
    const QByteArray ver = EntityCaps::verificationString(info, u"sha-1").value_or(QString()).toUtf8();
    const QByteArray available = "<presence from='mercutio@verona.lit/balcony' to='" + ownFull
        + "'><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://balcony.example' ver='" + ver
        + "'/></presence>";
    written(server);
    server.inject(available);
    Element query; // the caps query (XEP-0115 §6.2), waited for without a QTRY (written() takes what it reads)
    for (int i = 0; i < 100 && query.isNull(); ++i) {
        query = find(written(server), u"disco#info"_s);
        if (query.isNull()) {
            QTest::qWait(50);
        }
    }
    QVERIFY(!query.isNull());
    QCOMPARE(query.attribute(u"to"), u"mercutio@verona.lit/balcony"_s);
    server.inject("<iq type='result' id='" + query.attribute(u"id").toUtf8()
        + "' from='mercutio@verona.lit/balcony'><query xmlns='http://jabber.org/protocol/disco#info' "
          "node='https://balcony.example#"
        + ver
        + "'><identity category='client' type='pc' name='Balcony'/><feature "
          "var='http://jabber.org/protocol/disco#info'/>"
          "<feature var='presence+notify'/></query></iq>");
    QTRY_VERIFY(header->eventingShown());
    QVERIFY(controller->sendsViaEventing(mercutio));
    // Gone offline: no resource says so any more, and there is no node: ordinary again; back: eventing again.
    server.inject("<presence from='mercutio@verona.lit/balcony' to='" + ownFull + "' type='unavailable'/>");
    QTRY_VERIFY(!header->eventingShown());
    QVERIFY(!controller->sendsViaEventing(mercutio));
    server.inject(available);
    QTRY_VERIFY(header->eventingShown());

    // The first message creates the pair's node (Listing 18) instead of going out as a <message/>.
    written(server);
    auto *composer = chat->findChild<QPlainTextEdit *>();
    composer->setFocus();
    QTest::keyClicks(composer, u"A plague o' both your houses!"_s);
    QTest::keyClick(composer, Qt::Key_Return);
    MessageModel *messages = controller->openChat(mercutio);
    QTRY_COMPARE(messages->rowCount(), 1);
    QVERIFY(messages->messageAt(0).flags.testFlag(MessageFlag::Eventing));
    const QList<Element> out = written(server);
    const Element create = find(out, u"<create node=\""_s);
    QVERIFY(!create.isNull());
    QCOMPARE(create.attribute(u"to"), QString::fromLatin1(service));
    for (const Element &stanza : out) {
        QVERIFY(!(stanza.name() == u"message" && stanza.hasChild(u"body")));
    }
}

void TestEventingUi::authorizationFloodIsBounded()
{
    // Anyone can send the Listing 10 form: a flood stops at EventingManager::maxAuthorizations() stored requests, and
    // the bar (which scrolls) shows what is stored.
    app::AccountController *controller = addEventingAccount();
    QVERIFY(controller);
    MainWindow window(&m_fixture->manager());
    SubscriptionRequestsBar *bar = window.requestsBar();
    QVERIFY(m_fixture->login(controller));
    ScriptedTransport &server = *m_fixture->server(Me);
    const int flood = EventingManager::maxAuthorizations() + 100;
    QElapsedTimer timer;
    timer.start();
    QByteArray burst;
    for (int i = 0; i < flood; ++i) {
        burst += authorizationForm("spam" + QByteArray::number(i) + "@example.net", "f" + QByteArray::number(i));
    }
    server.inject(burst);
    const qint64 handled = timer.elapsed();
    // Generous: each stored request is also written to eventing.json (EventingManager::save(), a synced file).
    QTRY_COMPARE_WITH_TIMEOUT(bar->requestCount(), EventingManager::maxAuthorizations(), 60000);
    QCOMPARE(controller->subscriptionRequests().size(), EventingManager::maxAuthorizations());
    qInfo() << flood << "authorization forms handled in" << handled << "ms, shown after" << timer.elapsed() << "ms";
    QVERIFY(bar->height() < window.height());
    // Rows for the first 50, the rest counted under them.
    QCOMPARE(bar->findChildren<QPushButton *>().size() / 3, 50);
    bool moreShown = false;
    for (QLabel *label : bar->findChildren<QLabel *>()) {
        moreShown = moreShown || label->text().startsWith(u"450 more request"_s);
    }
    QVERIFY(moreShown);
}

QTEST_MAIN(TestEventingUi)
#include "tst_eventingui.moc"
