// The chat view (ui/ChatWidget, MessageView, MessageDelegate, Composer) over an AccountController on in-memory
// stores and the scripted server: what the user does in the widget reaches the wire, and what the engine
// commits shows in the view.

#include "AccountLogin.h"
#include "CertificateDialog.h"
#include "ChatHeader.h"
#include "ChatSearchBar.h"
#include "ChatWidget.h"
#include "Composer.h"
#include "FingerprintDialog.h"
#include "HistorySearchDialog.h"
#include "HistorySearchModel.h"
#include "MessageDelegate.h"
#include "MessageView.h"
#include "ScriptedSession.h"
#include "ScriptedTransport.h"
#include "TestJid.h"
#include "Theme.h"
#include "XmlCompare.h"
#include "account/Account.h"
#include "app/AccountController.h"
#include "crypto/SigningKey.h"
#include "esession/EsessionManager.h"
#include "esession/KeyVerification.h"
#include "esession/PublicKeyManager.h"
#include "models/MessageModel.h"
#include "omemo/OmemoElements.h"
#include "omemo/OmemoManager.h"
#include "storage/HistoryStore.h"
#include "stream/Scram.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::test;
using balcony::app::AccountController;
using balcony::ui::ChatWidget;
using balcony::ui::MessageDelegate;

namespace {

const Jid juliet = *Jid::parse(u"juliet@capulet.lit");

AccountSettings scriptedSettings()
{
    AccountSettings settings;
    settings.connection.jid = *Jid::parse(u"user@example.com/balcony"_s);
    settings.connection.password = u"pencil"_s; // the RFC 5802 vector the scripted login answers
    settings.connection.autoReconnect = false;
    settings.automaticCatchUp = false;
    settings.keepaliveIdleMs = 0;
    settings.e2eScrypt = { 1 << 10, 8, 1 };
    return settings;
}

// The <message/> stanzas among what the client wrote since the last call.
QList<Element> writtenMessages(ScriptedTransport &server)
{
    QList<Element> messages;
    while (!server.writes().isEmpty()) {
        for (const Element &stanza : ScriptedSession::stanzasIn(server.takeWrite())) {
            if (stanza.name() == u"message") {
                messages.append(stanza);
            }
        }
    }
    return messages;
}

// A stored message of the conversation with Juliet, `minutesAgo` before now.
StoredMessage storedMessage(int number, qint64 minutesAgo, MessageDirection direction)
{
    StoredMessage m;
    m.conversation = juliet;
    m.direction = direction;
    m.from = direction == MessageDirection::Incoming ? *Jid::parse(u"juliet@capulet.lit/balcony"_s)
                                                     : *Jid::parse(u"user@example.com/balcony"_s);
    m.to = direction == MessageDirection::Incoming ? *Jid::parse(u"user@example.com/balcony"_s) : juliet;
    m.messageId = u"stored-%1"_s.arg(number);
    m.body = u"Message number %1 with some words to wrap around when the view is narrow"_s.arg(number);
    m.sentTime = QDateTime::currentDateTimeUtc().addSecs(-minutesAgo * 60);
    m.receivedTime = m.sentTime;
    m.state = direction == MessageDirection::Incoming ? MessageState::Received : MessageState::AckedByServer;
    return m;
}

// Receives what QDesktopServices::openUrl() would hand to the desktop.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void openUrl(const QUrl &url) { opened.append(url); }
};

} // namespace

class TestChatWidget : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void enterSendsAndShiftEnterDoesNot();
    void deliveryStatesFollowTheModel();
    void failedMessageOffersRetryAndRetrySends();
    void encryptedFailureIsNotRetried();
    void undecryptableMessageShowsTheReasonNotTheCiphertext();
    void scrollingUpFetchesMoreAndKeepsThePlace();
    void newMessagesKeepTheBottomOrShowTheJumpButton();
    void upEditsTheLastMessage();
    void searchInTheConversationJumpsToHits();
    void incomingChatStatesShowTyping();
    void sizeHintsFitTheTextAtAnyWidth_data();
    void sizeHintsFitTheTextAtAnyWidth();
    void rowsFollowTheWidthGainedWhileHidden();
    void keyChangeWarnsUntilTheNewKeyIsVerified();
    void policyChosenInTheDialogDecidesTheLock();
    void ownKeyIsCreatedOnRequestAndShown();
    void omemoDevicesAreListedTrustedAndVerified();
    void certificateDialogShowsTheChainAndRefusesByDefault();
    void historySearchFindsEveryConversationAndOpensTheResult();
    void dragSelectsTextAndCtrlCCopiesIt();
    void clickingALinkOpensIt();
    void ctrlFAndEscapeStayInTheChat();
    void typingSendsOneComposingAndClearingSendsActive();
    void contextMenuRemovesAMessage();
    void screenshots();

private:
    void makeController();
    bool signIn();
    // The row's text as the view lays it out.
    static QString shownText(ChatWidget &chat, int row);
    static QModelIndex rowIndex(ChatWidget &chat, int row) { return chat.messageView()->model()->index(row, 0); }

    std::unique_ptr<AccountController> m_controller;
    ScriptedTransport *m_server = nullptr;
};

void TestChatWidget::init()
{
    makeController();
}

void TestChatWidget::cleanup()
{
    m_controller.reset();
    Scram::setTestNonce({});
}

void TestChatWidget::makeController()
{
    auto transport = std::make_unique<ScriptedTransport>();
    m_server = transport.get();
    m_controller = std::make_unique<AccountController>(
        std::make_unique<Account>(scriptedSettings(), AccountStores::inMemory(), std::move(transport)));
    QString error;
    QVERIFY2(m_controller->open(&error), qPrintable(error));
}

bool TestChatWidget::signIn()
{
    m_controller->signIn();
    const QList<Element> written = loginAccount(m_controller->account(), *m_server);
    // The account is online once it knows the roster (RFC 6121 §2.1.3): answer the roster get, empty.
    for (const Element &stanza : written) {
        if (stanza.name() == u"iq" && stanza.attribute(u"type") == u"get"
            && !stanza.firstChild(u"query", u"jabber:iq:roster"_s).isNull()) {
            m_server->inject(u"<iq type='result' id='%1' to='user@example.com/balcony'>"
                             "<query xmlns='jabber:iq:roster'/></iq>"_s.arg(stanza.attribute(u"id"))
                                 .toUtf8());
        }
    }
    const bool online = QTest::qWaitFor([this] { return m_controller->isOnline(); }, 2000);
    m_server->clearWrites();
    return online;
}

QString TestChatWidget::shownText(ChatWidget &chat, int row)
{
    MessageDelegate *delegate = chat.messageView()->messageDelegate();
    const QModelIndex index = rowIndex(chat, row);
    const QRect rect = chat.messageView()->visualRect(index);
    return delegate->document(index, delegate->geometry(index, rect).body.width())->toPlainText();
}

void TestChatWidget::enterSendsAndShiftEnterDoesNot()
{
    QVERIFY(signIn());
    m_server->clearWrites();
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 400);
    chat.show();
    QSignalSpy drafts(&chat, &ChatWidget::draftChanged);
    QPlainTextEdit *editor = chat.composer()->editor();
    editor->setFocus();

    QTest::keyClicks(editor, u"Wherefore art thou"_s);
    QVERIFY(!drafts.isEmpty());
    QCOMPARE(drafts.last().first().toString(), u"Wherefore art thou"_s);
    // Shift+Enter: a new line, nothing sent.
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(chat.composerText(), u"Wherefore art thou\n"_s);
    for (const Element &message : writtenMessages(*m_server)) {
        QVERIFY2(message.firstChild(u"body").isNull(), "Shift+Enter sent a message");
    }
    QTest::keyClicks(editor, u"Romeo?"_s);
    QCOMPARE(chat.messageView()->model()->rowCount(), 0);

    // Enter: the message goes out as typed, the composer empties, the view shows it.
    QTest::keyClick(editor, Qt::Key_Return);
    const QList<Element> sent = writtenMessages(*m_server);
    const auto withBody
        = std::find_if(sent.cbegin(), sent.cend(), [](const Element &m) { return !m.firstChild(u"body").isNull(); });
    QVERIFY2(withBody != sent.cend(), "Enter sent nothing");
    const QString id = withBody->attribute(u"id");
    QVERIFY(!id.isEmpty());
    // The whole stanza (RFC 6121 §5.2 chat message, XEP-0085 <active/>, XEP-0184 request, XEP-0333 markable,
    // XEP-0359 origin-id).
    const QString expected = u"<message xmlns='jabber:client' to='juliet@capulet.lit' type='chat' id='%1'>"
                             "<body>Wherefore art thou\nRomeo?</body>"
                             "<active xmlns='http://jabber.org/protocol/chatstates'/>"
                             "<request xmlns='urn:xmpp:receipts'/>"
                             "<markable xmlns='urn:xmpp:chat-markers:0'/>"
                             "<origin-id xmlns='urn:xmpp:sid:0' id='%1'/></message>"_s.arg(id);
    QCOMPARE(normalize(*withBody), normalize(expected.toUtf8()));
    QCOMPARE(chat.composerText(), QString());
    QCOMPARE(drafts.last().first().toString(), QString());
    QCOMPARE(chat.messageView()->model()->rowCount(), 1);
    QCOMPARE(shownText(chat, 0), u"Wherefore art thou\nRomeo?"_s);

    // Enter on an empty composer sends nothing.
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(writtenMessages(*m_server).isEmpty());
}

void TestChatWidget::deliveryStatesFollowTheModel()
{
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 400);
    chat.show();
    ui::MessageView *view = chat.messageView();
    auto stateTip = [&] {
        const QModelIndex index = rowIndex(chat, 0);
        const QRect rect = view->visualRect(index);
        return view->messageDelegate()->toolTipAt(
            index, rect, view->messageDelegate()->geometry(index, rect).state.center());
    };

    // Offline: queued, and the composer says so.
    chat.setComposerText(u"hello"_s);
    QTest::keyClick(chat.composer()->editor(), Qt::Key_Return);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(stateTip(), MessageDelegate::stateText(MessageState::Queued, {}, {}));
    QVERIFY(chat.composer()->noticeText().contains(u"offline"_s));

    // Online: the outbox writes it.
    QVERIFY(signIn());
    QTRY_COMPARE(rowIndex(chat, 0).data(MessageModel::StateRole).toInt(), int(MessageState::Sent));
    QCOMPARE(stateTip(), MessageDelegate::stateText(MessageState::Sent, {}, {}));
    const QString id = rowIndex(chat, 0).data(MessageModel::MessageIdRole).toString();

    // XEP-0184 receipt, then XEP-0333 displayed: the icon's text follows.
    m_server->inject(u"<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' id='r1'>"
                     "<received xmlns='urn:xmpp:receipts' id='%1'/></message>"_s.arg(id)
                         .toUtf8());
    QTRY_COMPARE(rowIndex(chat, 0).data(MessageModel::StateRole).toInt(), int(MessageState::Delivered));
    QCOMPARE(stateTip(), MessageDelegate::stateText(MessageState::Delivered, {}, u"juliet"_s));
    m_server->inject(u"<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' id='d1'>"
                     "<displayed xmlns='urn:xmpp:chat-markers:0' id='%1'/></message>"_s.arg(id)
                         .toUtf8());
    QTRY_COMPARE(rowIndex(chat, 0).data(MessageModel::StateRole).toInt(), int(MessageState::Read));
    QCOMPARE(stateTip(), MessageDelegate::stateText(MessageState::Read, {}, u"juliet"_s));
}

void TestChatWidget::failedMessageOffersRetryAndRetrySends()
{
    QVERIFY(signIn());
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 400);
    chat.show();
    ui::MessageView *view = chat.messageView();
    chat.setComposerText(u"are you there?"_s);
    QTest::keyClick(chat.composer()->editor(), Qt::Key_Return);
    QCOMPARE(view->model()->rowCount(), 1);
    const QString id = rowIndex(chat, 0).data(MessageModel::MessageIdRole).toString();
    m_server->clearWrites();
    QModelIndex index = rowIndex(chat, 0);
    QVERIFY(view->messageDelegate()->geometry(index, view->visualRect(index)).retry.isEmpty());

    // RFC 6120 §8.3: the server bounces it.
    m_server->inject(u"<message from='juliet@capulet.lit' to='user@example.com/balcony' type='error' id='%1'>"
                     "<error type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                     "</error></message>"_s.arg(id)
                         .toUtf8());
    QTRY_COMPARE(rowIndex(chat, 0).data(MessageModel::StateRole).toInt(), int(MessageState::Failed));
    view->doItemsLayout();
    index = rowIndex(chat, 0);
    const QRect row = view->visualRect(index);
    const MessageDelegate::Geometry g = view->messageDelegate()->geometry(index, row);
    QVERIFY2(!g.retry.isEmpty(), "a failed plain message offers Retry");
    QVERIFY(row.contains(g.retry));
    QVERIFY(view->messageDelegate()->toolTipAt(index, row, g.state.center()).startsWith(u"Not delivered"_s));

    // Clicking Retry sends the same message again (through the outbox: the same id and origin-id).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, g.retry.center());
    const QList<Element> again = writtenMessages(*m_server);
    const auto resent = std::find_if(
        again.cbegin(), again.cend(), [](const Element &m) { return m.childText(u"body") == u"are you there?"_s; });
    QVERIFY2(resent != again.cend(), "Retry sent nothing");
    QCOMPARE(resent->attribute(u"id"), id);
    QTRY_VERIFY(rowIndex(chat, 0).data(MessageModel::StateRole).toInt() != int(MessageState::Failed));
    view->doItemsLayout();
    index = rowIndex(chat, 0);
    QVERIFY(view->messageDelegate()->geometry(index, view->visualRect(index)).retry.isEmpty());
}

void TestChatWidget::encryptedFailureIsNotRetried()
{
    // MessageManager::retry() refuses encrypted messages: no Retry button is offered for them.
    StoredMessage failed = storedMessage(1, 3, MessageDirection::Outgoing);
    failed.state = MessageState::Failed;
    failed.errorText = u"recipient-unavailable"_s;
    failed.e2e = { MessageE2eKind::OnlineEsession, MessageE2eStatus::Encrypted, {}, {} };
    const qint64 failedId = m_controller->account().historyStore()->insert(failed);
    QVERIFY(failedId > 0);
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 400);
    chat.show();
    ui::MessageView *view = chat.messageView();
    const QModelIndex index = rowIndex(chat, 0);
    QVERIFY(!MessageDelegate::canRetry(index));
    QVERIFY(!m_controller->retryMessage(failedId));
    const MessageDelegate::Geometry g = view->messageDelegate()->geometry(index, view->visualRect(index));
    QVERIFY(g.retry.isEmpty());
    QVERIFY(!g.notes.isEmpty()); // the failure is still said
}

void TestChatWidget::undecryptableMessageShowsTheReasonNotTheCiphertext()
{
    QVERIFY(signIn());
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 400);
    chat.show();
    // A XEP-0200 stanza of a session this client does not know, with a decoy plaintext body next to <c/>.
    m_server->inject("<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' type='chat' id='e1'>"
                     "<thread>unknown-session</thread>"
                     "<c xmlns='http://www.xmpp.org/extensions/xep-0200.html#ns'>"
                     "<data>Q0lQSEVSVEVYVA==</data><mac>TUFD</mac></c>"
                     "<body>decoy plaintext</body></message>");
    QTRY_COMPARE(chat.messageView()->model()->rowCount(), 1);
    const QModelIndex index = rowIndex(chat, 0);
    QCOMPARE(index.data(MessageModel::EncryptionStatusRole).toInt(), int(MessageE2eStatus::Undecryptable));
    const QString reason = index.data(MessageModel::EncryptionDetailRole).toString();
    QVERIFY(!reason.isEmpty());
    const QString shown = shownText(chat, 0);
    QCOMPARE(shown, MessageDelegate::tr("Could not be decrypted: %1").arg(reason));
    QVERIFY(!shown.contains(u"Q0lQSEVSVEVYVA"_s));
    QVERIFY(!shown.contains(u"decoy"_s));
    // The lock says why too.
    ui::MessageView *view = chat.messageView();
    const QRect row = view->visualRect(index);
    const MessageDelegate::Geometry g = view->messageDelegate()->geometry(index, row);
    QVERIFY(view->messageDelegate()->toolTipAt(index, row, g.lock.center()).contains(reason));
}

void TestChatWidget::scrollingUpFetchesMoreAndKeepsThePlace()
{
    HistoryStore &store = *m_controller->account().historyStore();
    for (int i = 0; i < 180; ++i) {
        QVERIFY(
            store.insert(storedMessage(i, 180 - i, i % 3 ? MessageDirection::Incoming : MessageDirection::Outgoing)));
    }
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(500, 400);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    ui::MessageView *view = chat.messageView();
    QScrollBar *bar = view->verticalScrollBar();
    // Opens at the newest message, with one page loaded.
    QCOMPARE(view->model()->rowCount(), 50);
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(view->isAtBottom());
    const QModelIndex newest = rowIndex(chat, 49);
    QVERIFY(view->viewport()->rect().intersects(view->visualRect(newest)));

    // Scrolling to the top asks for the next page; the message at the top stays where it was (the oldest one
    // loaded: its text, as its day separator may move up to an older message).
    bar->setValue(bar->maximum() - view->viewport()->height() * 3);
    QCOMPARE(view->model()->rowCount(), 50); // not near the top yet
    for (const int expected : { 100, 150 }) {
        const qint64 oldest = rowIndex(chat, 0).data(MessageModel::IdRole).toLongLong();
        auto textTop = [&](const QModelIndex &index) {
            return view->messageDelegate()->geometry(index, view->visualRect(index)).body.top();
        };
        const int before = textTop(rowIndex(chat, 0)) - view->visualRect(rowIndex(chat, 0)).top(); // at value 0
        bar->setValue(0);
        QTRY_COMPARE(view->model()->rowCount(), expected);
        view->doItemsLayout();
        QApplication::processEvents();
        const QModelIndex same = view->indexOfMessage(oldest);
        QVERIFY(same.isValid());
        QVERIFY2(std::abs(textTop(same) - before) <= 1, "the page above moved what the user was reading");
        QVERIFY(bar->value() > 0);
    }
    QVERIFY(!view->isAtBottom());
}

void TestChatWidget::newMessagesKeepTheBottomOrShowTheJumpButton()
{
    HistoryStore &store = *m_controller->account().historyStore();
    for (int i = 0; i < 40; ++i) {
        QVERIFY(store.insert(storedMessage(i, 100 - i, MessageDirection::Incoming)));
    }
    QVERIFY(signIn());
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(500, 400);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    ui::MessageView *view = chat.messageView();
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());

    m_server->inject("<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' type='chat' id='n1'>"
                     "<body>at the bottom</body></message>");
    QTRY_COMPARE(view->model()->rowCount(), 41);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QCOMPARE(view->newMessagesBelow(), 0);

    // Scrolled up: the place is kept and the jump button counts what arrived.
    bar->setValue(bar->maximum() / 2);
    const int kept = bar->value();
    m_server->inject("<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' type='chat' id='n2'>"
                     "<body>while reading above</body></message>");
    QTRY_COMPARE(view->model()->rowCount(), 42);
    QApplication::processEvents();
    QCOMPARE(bar->value(), kept);
    QCOMPARE(view->newMessagesBelow(), 1);
    view->jumpToBottom();
    QTRY_COMPARE(bar->value(), bar->maximum());
    QCOMPARE(view->newMessagesBelow(), 0);
}

void TestChatWidget::upEditsTheLastMessage()
{
    QVERIFY(signIn());
    ChatWidget chat(m_controller.get(), juliet);
    chat.show();
    QPlainTextEdit *editor = chat.composer()->editor();
    chat.setComposerText(u"I am Romeo"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    m_server->clearWrites();

    QTest::keyClick(editor, Qt::Key_Up);
    QVERIFY(chat.composer()->isCorrecting());
    QCOMPARE(editor->toPlainText(), u"I am Romeo"_s);
    editor->selectAll();
    QTest::keyClicks(editor, u"I am Romeo Montague"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!chat.composer()->isCorrecting());
    const QList<Element> written = writtenMessages(*m_server);
    const auto correction = std::find_if(written.cbegin(), written.cend(),
        [](const Element &m) { return !m.firstChild(u"replace", u"urn:xmpp:message-correct:0"_s).isNull(); });
    QVERIFY2(correction != written.cend(), "no XEP-0308 correction was sent");
    QCOMPARE(correction->childText(u"body"), u"I am Romeo Montague"_s);
    QTRY_COMPARE(rowIndex(chat, 0).data(MessageModel::BodyRole).toString(), u"I am Romeo Montague"_s);
    QVERIFY(rowIndex(chat, 0).data(MessageModel::FlagsRole).toInt() & int(MessageFlag::Corrected));

    // Esc leaves a correction without sending.
    QTest::keyClick(editor, Qt::Key_Up);
    QVERIFY(chat.composer()->isCorrecting());
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!chat.composer()->isCorrecting());
    QCOMPARE(chat.composerText(), QString());
}

void TestChatWidget::searchInTheConversationJumpsToHits()
{
    HistoryStore &store = *m_controller->account().historyStore();
    qint64 oldHit = 0;
    for (int i = 0; i < 160; ++i) {
        StoredMessage m = storedMessage(i, 500 - i, MessageDirection::Incoming);
        if (i == 5 || i == 150) {
            m.body = u"The balcony scene number %1"_s.arg(i);
        }
        const qint64 id = store.insert(m);
        if (i == 5) {
            oldHit = id;
        }
    }
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(500, 400);
    chat.show();
    QCOMPARE(chat.messageView()->model()->rowCount(), 50);
    chat.findInConversation();
    QVERIFY(chat.searchBar()->isVisible());
    QSignalSpy searched(chat.searchBar(), &ui::ChatSearchBar::searchChanged);
    QTest::keyClicks(chat.searchBar()->field(), u"balcony"_s);
    QTRY_COMPARE(searched.size(), 1);
    // Newest hit first; Enter goes to the older one, loading the pages up to it.
    QTest::keyClick(chat.searchBar()->field(), Qt::Key_Return);
    const QModelIndex hit = chat.messageView()->indexOfMessage(oldHit);
    QVERIFY2(hit.isValid(), "the older hit was not loaded");
    QCOMPARE(chat.messageView()->currentIndex(), hit);
    QVERIFY(chat.messageView()->viewport()->rect().intersects(chat.messageView()->visualRect(hit)));
    QTest::keyClick(chat.searchBar()->field(), Qt::Key_Escape);
    QVERIFY(!chat.searchBar()->isVisible());
}

void TestChatWidget::incomingChatStatesShowTyping()
{
    QVERIFY(signIn());
    ChatWidget chat(m_controller.get(), juliet);
    chat.show();
    m_server->inject("<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' type='chat' id='c1'>"
                     "<composing xmlns='http://jabber.org/protocol/chatstates'/></message>");
    QTRY_COMPARE(chat.header()->typingText(), ui::ChatHeader::tr("typing…"));
    m_server->inject("<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' type='chat' id='c2'>"
                     "<body>here</body><active xmlns='http://jabber.org/protocol/chatstates'/></message>");
    QTRY_COMPARE(chat.header()->typingText(), QString());
}

void TestChatWidget::sizeHintsFitTheTextAtAnyWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("200 px") << 200;
    QTest::newRow("900 px") << 900;
}

void TestChatWidget::sizeHintsFitTheTextAtAnyWidth()
{
    QFETCH(int, width);
    HistoryStore &store = *m_controller->account().historyStore();
    const QStringList bodies = {
        u"short"_s,
        QString(400, u'x'), // one long word: must break anywhere, not run out of the row
        u"https://example.org/a/very/long/path/that/does/not/fit/anywhere/in/a/narrow/window?query=1&more=2"_s,
        u"Line one\nLine two\nLine three\n\nLine five after an empty line"_s,
        QString(u"Lorem ipsum dolor sit amet, consectetur adipiscing elit. "_s).repeated(12),
    };
    for (int i = 0; i < bodies.size(); ++i) {
        StoredMessage m
            = storedMessage(i, 3000 - i * 600, i % 2 ? MessageDirection::Incoming : MessageDirection::Outgoing);
        m.body = bodies.at(i);
        if (i == 2) {
            m.state = MessageState::Failed;
            m.errorText = u"The recipient is not available at the moment, and the server gave up"_s;
        }
        if (i == 4) {
            m.flags |= MessageFlag::Corrected;
        }
        QVERIFY(store.insert(m));
    }
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(width, 300);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    ui::MessageView *view = chat.messageView();
    // No explicit layout: the rows must follow the width the view paints at by themselves, also when the
    // vertical scroll bar appears and narrows the viewport.
    QTest::qWait(50);
    QVERIFY(view->verticalScrollBar()->isVisible());
    MessageDelegate *delegate = view->messageDelegate();
    QCOMPARE(view->model()->rowCount(), bodies.size());
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = rowIndex(chat, row);
        const QRect rect = view->visualRect(index);
        const MessageDelegate::Geometry g = delegate->geometry(index, rect);
        QTextDocument *doc = delegate->document(index, g.body.width());
        const QString where = u"row %1 at %2 px"_s.arg(row).arg(width);
        // The row is as tall as the delegate asked, right below the one before, and everything it paints is
        // inside it.
        QCOMPARE(rect.height(), g.height);
        if (row > 0) {
            QCOMPARE(rect.top(), view->visualRect(rowIndex(chat, row - 1)).bottom() + 1);
        }
        QVERIFY2(rect.width() <= view->viewport()->width(), qPrintable(where));
        QVERIFY2(doc->size().height() <= g.body.height(), qPrintable(where));
        QVERIFY2(g.body.bottom() <= rect.bottom(), qPrintable(where));
        QVERIFY2(g.body.right() < g.side.left(), qPrintable(where));
        QVERIFY2(g.side.right() <= rect.right() + 1, qPrintable(where));
        if (!g.notes.isEmpty()) {
            QVERIFY2(g.notes.bottom() <= rect.bottom(), qPrintable(where));
            QVERIFY2(g.retry.isEmpty() || g.retry.right() <= rect.right(), qPrintable(where));
        }
        // No line of the text is wider than the box it is painted in.
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            QTextLayout *layout = block.layout();
            for (int line = 0; line < layout->lineCount(); ++line) {
                QVERIFY2(layout->lineAt(line).naturalTextWidth() <= g.body.width() + 0.5, qPrintable(where));
            }
        }
        QCOMPARE(doc->toPlainText().remove(QChar::LineSeparator).remove(u'\n').remove(QChar::ParagraphSeparator),
            QString(bodies.at(row)).remove(u'\n'));
    }
    // Resizing lays the rows out again for the new width.
    const int before = view->visualRect(rowIndex(chat, 4)).height();
    chat.resize(width * 2, 300);
    QTRY_VERIFY(view->visualRect(rowIndex(chat, 4)).height() < before);
    // And from a wide window where everything fits to a narrow one where the scroll bar appears (rows grow):
    // every row as tall as its text needs at the new width, with no layout asked.
    chat.resize(1200, 900);
    QTest::qWait(20);
    chat.resize(width / 2, 900);
    QTest::qWait(20);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = rowIndex(chat, row);
        QCOMPARE(view->visualRect(index).height(), delegate->geometry(index, view->visualRect(index)).height);
        // Rows follow each other without overlapping (the positions were laid out for this width too).
        if (row > 0) {
            QCOMPARE(view->visualRect(index).top(), view->visualRect(rowIndex(chat, row - 1)).bottom() + 1);
        }
    }
}

void TestChatWidget::rowsFollowTheWidthGainedWhileHidden()
{
    // In the desktop app a chat opens in a tab while the window settles: the view's viewport gets its pending
    // resize event at a narrow width, and while the view lays its rows out for it the surrounding layout widens
    // the view. That second resize reaches the viewport while it is not visible yet, and Qt drops it (it clears
    // the pending-resize flag after delivering the first one): the viewport shows at the full width without a
    // resize event. The rows must not keep the narrow heights (blank gaps between messages, a scroll range
    // longer than the rows, so the view sat past its end and the day separators were out of sight).
    HistoryStore &store = *m_controller->account().historyStore();
    for (int i = 0; i < 30; ++i) {
        StoredMessage m
            = storedMessage(i, 600 - i * 20, i % 2 ? MessageDirection::Incoming : MessageDirection::Outgoing);
        if (i % 5 == 0) {
            m.body = u"Could you review my patch when you have a minute? It touches the roster code and I'd like a "
                     "second pair of eyes on it."_s;
        }
        QVERIFY(store.insert(m));
    }
    ChatWidget chat(m_controller.get(), juliet);
    ui::MessageView *view = chat.messageView();
    chat.resize(340, 500);
    // What the app's layouts do: the widening happens while the view lays its rows out for the narrow pending
    // resize (here when its scroll range is set), before the viewport is visible.
    bool widened = false;
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, &chat, [&] {
        if (!widened && !view->viewport()->isVisible()) {
            widened = true;
            chat.resize(1000, 500);
        }
    });
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    QTest::qWait(50);
    QVERIFY(widened);
    QVERIFY(view->viewport()->width() > 800);

    MessageDelegate *delegate = view->messageDelegate();
    const int rows = view->model()->rowCount();
    QCOMPARE(rows, 30);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = rowIndex(chat, row);
        const QRect rect = view->visualRect(index);
        QCOMPARE(rect.height(), delegate->geometry(index, rect).height);
        if (row > 0) {
            QCOMPARE(rect.top(), view->visualRect(rowIndex(chat, row - 1)).bottom() + 1);
        }
    }
    // At the bottom, the newest row ends at the viewport's bottom: no blank space under it.
    QVERIFY(view->isAtBottom());
    QCOMPARE(view->visualRect(rowIndex(chat, rows - 1)).bottom(), view->viewport()->height() - 1);
}

void TestChatWidget::keyChangeWarnsUntilTheNewKeyIsVerified()
{
    // PublicKeyManager's rule: the first key is pinned, a later one is stored untrusted until verified.
    E2eKeyStore &keys = *m_controller->account().e2eKeyStore();
    const auto first = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 2048);
    const auto second = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 2048);
    QVERIFY(first && second);
    QVERIFY(
        keys.addContactKey(juliet, first->publicKey().toDer(), first->publicKey().fingerprint(), KeySource::Xep0189));
    ChatWidget chat(m_controller.get(), juliet);
    chat.show();
    QVERIFY(!chat.header()->keyWarningShown());
    QVERIFY(
        keys.addContactKey(juliet, second->publicKey().toDer(), second->publicKey().fingerprint(), KeySource::Xep0189));
    ChatWidget changed(m_controller.get(), juliet);
    changed.show();
    QVERIFY(changed.header()->keyWarningShown());

    // The lock opens the fingerprint dialog; a wrong fingerprint marks nothing, the right one clears the warning.
    QString mismatch;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::FingerprintDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->verify(u"0000 1111 2222 3333"_s);
        mismatch = dialog->resultText();
        dialog->verify(KeyVerification::fingerprintText(second->publicKey().fingerprint()).toLower());
        dialog->accept();
    });
    changed.header()->lockButton()->click();
    QVERIFY(mismatch.contains(u"none of the contact's keys"_s));
    QVERIFY(!changed.header()->keyWarningShown());
    const QList<ContactKey> known = keys.contactKeys(juliet);
    QCOMPARE(known.size(), 2);
    QVERIFY(known.at(1).verified);
}

void TestChatWidget::policyChosenInTheDialogDecidesTheLock()
{
    ChatWidget chat(m_controller.get(), juliet);
    chat.show();
    QToolButton *lock = chat.header()->lockButton();
    // "When possible" without a key of the contact: in the clear.
    QVERIFY(!m_controller->sendsEncrypted(juliet));
    QCOMPARE(lock->accessibleDescription(), ui::ChatHeader::tr("Your next message will NOT be encrypted."));
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::FingerprintDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(u"policyCombo"_s);
        QVERIFY(combo);
        QCOMPARE(combo->currentIndex(), 0); // the default
        combo->setCurrentIndex(3);
        Q_EMIT combo->activated(3); // "Always"
        dialog->accept();
    });
    lock->click();
    QCOMPARE(m_controller->encryptionPolicy(juliet), E2ePolicy::Always);
    QCOMPARE(lock->accessibleDescription(), ui::ChatHeader::tr("Your next message will be end-to-end encrypted."));
}

void TestChatWidget::ownKeyIsCreatedOnRequestAndShown()
{
    // A fresh profile has no signing key: the dialog says so and makes one only when asked.
    E2eKeyStore &store = *m_controller->account().e2eKeyStore();
    QVERIFY(store.isUnlocked());
    QVERIFY(!store.ownKey());
    ui::FingerprintDialog dialog(m_controller.get(), juliet);
    dialog.show();
    auto *create = dialog.findChild<QPushButton *>(u"createKeyButton"_s);
    auto *fingerprint = dialog.findChild<QLabel *>(u"ownFingerprint"_s);
    QVERIFY(create && fingerprint);
    QVERIFY(create->isVisible());
    QVERIFY(!store.ownKey());
    create->click();
    // Generated on a worker thread: the event loop keeps running meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(store.ownKey().has_value(), 30000);
    QTRY_VERIFY(!create->isVisible());
    const crypto::PrivateKey *own = m_controller->account().esessions()->keys().ownKey();
    QVERIFY(own);
    QCOMPARE(
        fingerprint->text().replace(u'\n', u' '), KeyVerification::fingerprintText(own->publicKey().fingerprint()));
}

void TestChatWidget::omemoDevicesAreListedTrustedAndVerified()
{
    // Two OMEMO devices of juliet as her device lists and bundles left them: one trusted blindly, one waiting (she
    // has a verified device... the second one came after, so it waits for the user).
    E2eKeyStore &keys = *m_controller->account().e2eKeyStore();
    QByteArray identityOne(33, '\x11');
    identityOne[0] = 0x05;
    QByteArray identityTwo(33, '\x22');
    identityTwo[0] = 0x05;
    OmemoDevice one { juliet, OmemoVersion::Legacy, 1111, identityOne, OmemoTrust::Blind, true, QString(),
        QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc() };
    OmemoDevice two { juliet, OmemoVersion::V2, 2222, identityTwo, OmemoTrust::Undecided, true, u"Phone"_s,
        QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc() };
    QVERIFY(keys.saveOmemoDevice(one) && keys.saveOmemoDevice(two));

    // The chat warns about the device that is not trusted.
    ChatWidget chat(m_controller.get(), juliet);
    chat.show();
    QVERIFY(chat.header()->keyWarningShown());

    ui::FingerprintDialog dialog(m_controller.get(), juliet);
    dialog.show();
    QStringList rows = dialog.omemoRows();
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(0).startsWith(u"OMEMO 1111 | 11111111"_s), qPrintable(rows.at(0)));
    QVERIFY2(rows.at(0).endsWith(ui::FingerprintDialog::tr("Trusted (not verified)")), qPrintable(rows.at(0)));
    QVERIFY2(rows.at(1).startsWith(u"OMEMO 2 2222 | 22222222"_s), qPrintable(rows.at(1)));
    QVERIFY2(rows.at(1).endsWith(ui::FingerprintDialog::tr("NEW: not trusted")), qPrintable(rows.at(1)));
    auto *list = dialog.findChild<QTreeWidget *>(u"omemoList"_s);
    auto *trust = dialog.findChild<QPushButton *>(u"trustButton"_s);
    auto *distrust = dialog.findChild<QPushButton *>(u"distrustButton"_s);
    QVERIFY(list && trust && distrust);
    QVERIFY(!list->accessibleName().isEmpty() && !trust->accessibleName().isEmpty());
    // Selecting the new device enables Trust; the trusted one only Distrust.
    list->setCurrentItem(list->topLevelItem(1));
    QVERIFY(trust->isEnabled() && distrust->isEnabled());
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(!trust->isEnabled() && distrust->isEnabled());
    distrust->click();
    QCOMPARE(keys.omemoDevice(juliet, OmemoVersion::Legacy, 1111)->trust, OmemoTrust::Distrusted);

    // Typing the second device's fingerprint (as the other client shows it, any case) verifies it.
    dialog.verify(omemo::fingerprint(identityTwo).toUpper());
    QVERIFY2(dialog.resultText().contains(u"2222"_s), qPrintable(dialog.resultText()));
    QCOMPARE(keys.omemoDevice(juliet, OmemoVersion::V2, 2222)->trust, OmemoTrust::Verified);
    rows = dialog.omemoRows();
    QVERIFY2(rows.at(1).endsWith(ui::FingerprintDialog::tr("Verified")), qPrintable(rows.at(1)));
    // Nothing waits any more: the warning is gone once the chat looks again.
    ChatWidget after(m_controller.get(), juliet);
    after.show();
    QVERIFY(!after.header()->keyWarningShown());
}

void TestChatWidget::certificateDialogShowsTheChainAndRefusesByDefault()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty()) {
        QFAIL("the openssl command line tool is needed to make test certificates");
    }
    QTemporaryDir dir;
    auto openssl = [&](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(u"openssl"_s, arguments);
        return process.waitForFinished(60000) && process.exitCode() == 0
            ? QString::fromUtf8(process.readAllStandardOutput())
            : QString();
    };
    const QString curve = u"ec_paramgen_curve:prime256v1"_s;
    openssl({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, curve, u"-nodes"_s, u"-keyout"_s, u"ca.key"_s,
        u"-out"_s, u"ca.pem"_s, u"-days"_s, u"30"_s, u"-subj"_s, u"/CN=Balcony Test Root/O=Example"_s });
    openssl({ u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, curve, u"-nodes"_s, u"-keyout"_s, u"leaf.key"_s,
        u"-out"_s, u"leaf.csr"_s, u"-subj"_s, u"/CN=chat.example.org"_s });
    openssl({ u"x509"_s, u"-req"_s, u"-in"_s, u"leaf.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
        u"-CAcreateserial"_s, u"-out"_s, u"leaf.pem"_s, u"-days"_s, u"10"_s });
    const QList<QSslCertificate> leaf = QSslCertificate::fromPath(dir.filePath(u"leaf.pem"_s));
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(dir.filePath(u"ca.pem"_s));
    QCOMPARE(leaf.size(), 1);
    QCOMPARE(ca.size(), 1);
    // openssl's own SHA-256 fingerprint: "sha256 Fingerprint=AB:CD:..."
    const QString expected
        = openssl({ u"x509"_s, u"-in"_s, u"leaf.pem"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s })
              .section(u'=', 1)
              .trimmed();
    QVERIFY(!expected.isEmpty());

    ui::CertificateDialog dialog({ leaf.first(), ca.first() }, u"The host name did not match."_s);
    dialog.show();
    QVERIFY(dialog.refuseButton()->isDefault());
    QVERIFY(!dialog.trustButton()->isDefault());
    auto label = [&](const char *name) { return dialog.findChild<QLabel *>(QString::fromLatin1(name))->text(); };
    QVERIFY(label("reasonLabel").contains(u"The host name did not match."_s));
    QCOMPARE(label("fingerprint").replace(u'\n', u':'), expected);
    QVERIFY(label("subject").contains(u"chat.example.org"_s));
    QVERIFY(label("issuer").contains(u"Balcony Test Root"_s));
    QVERIFY(!label("validity").isEmpty());
    auto *chain = dialog.findChild<QListWidget *>(u"chainList"_s);
    QCOMPARE(chain->count(), 2);
    chain->setCurrentRow(1);
    QVERIFY(label("subject").contains(u"Balcony Test Root"_s));
    QVERIFY(label("fingerprint").replace(u'\n', u':') != expected);

    // Enter refuses; only the trust button accepts.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    ui::CertificateDialog again({ leaf.first() }, QString());
    again.show();
    again.trustButton()->click();
    QCOMPARE(again.result(), int(QDialog::Accepted));
}

void TestChatWidget::historySearchFindsEveryConversationAndOpensTheResult()
{
    HistoryStore &store = *m_controller->account().historyStore();
    StoredMessage older = storedMessage(1, 90, MessageDirection::Incoming);
    older.body = u"Meet me on the balcony at nine"_s;
    QVERIFY(store.insert(older));
    StoredMessage other = storedMessage(2, 30, MessageDirection::Outgoing);
    other.conversation = *Jid::parse(u"nurse@capulet.lit"_s);
    other.to = other.conversation;
    other.body = QString(u"A very long preamble that goes on and on. "_s).repeated(6) + u"The balcony is ready."_s;
    const qint64 newest = store.insert(other);
    StoredMessage unrelated = storedMessage(3, 10, MessageDirection::Incoming);
    unrelated.body = u"nothing to find here"_s;
    QVERIFY(store.insert(unrelated));

    ui::HistorySearchDialog dialog({ m_controller.get() });
    dialog.show();
    QSignalSpy opened(&dialog, &ui::HistorySearchDialog::openResult);
    dialog.search(u"balc"_s); // the last word as a prefix, as the user types
    QAbstractItemModel *results = dialog.results();
    QCOMPARE(results->rowCount(), 2);
    // Newest first, each with its conversation and a snippet around the hit.
    QCOMPARE(results->index(0, 0).data(ui::HistorySearchModel::ContactRole).value<Jid>(), other.conversation);
    QCOMPARE(results->index(1, 0).data(ui::HistorySearchModel::ContactRole).value<Jid>(), juliet);
    const QString snippet = results->index(0, 0).data(ui::HistorySearchModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(u"balcony"_s), qPrintable(snippet));
    QVERIFY(snippet.startsWith(u'…'));
    QVERIFY(snippet.size() < other.body.size());

    // Enter opens the first result.
    QTest::keyClick(dialog.findChild<QLineEdit *>(u"searchEdit"_s), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).value<Jid>(), m_controller->jid().bare());
    QCOMPARE(opened.first().at(1).value<Jid>(), other.conversation);
    QCOMPARE(opened.first().at(2).toLongLong(), newest);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestChatWidget::dragSelectsTextAndCtrlCCopiesIt()
{
    StoredMessage m = storedMessage(1, 5, MessageDirection::Incoming);
    m.body = u"hello brave new world"_s;
    QVERIFY(m_controller->account().historyStore()->insert(m));
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 300);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    ui::MessageView *view = chat.messageView();
    const QModelIndex index = rowIndex(chat, 0);
    const QRect row = view->visualRect(index);
    const MessageDelegate::Geometry g = view->messageDelegate()->geometry(index, row);
    const QTextLine line = view->messageDelegate()->document(index, g.body.width())->begin().layout()->lineAt(0);
    auto at = [&](int position) {
        return QPoint(g.body.left() + int(line.cursorToX(position)), g.body.top() + int(line.height() / 2));
    };
    // From the start of "brave" to the end of "new".
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at(6));
    QTest::mouseMove(view->viewport(), at(9));
    QTest::mouseMove(view->viewport(), at(15));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at(15));
    QCOMPARE(view->copyText(), u"brave new"_s);
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), u"brave new"_s);
    // A click elsewhere clears the selection: Copy then takes the whole message.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(row.right() - 2, row.center().y()));
    QCOMPARE(view->copyText(), u"hello brave new world"_s);
}

void TestChatWidget::clickingALinkOpensIt()
{
    StoredMessage m = storedMessage(1, 5, MessageDirection::Incoming);
    m.body = u"see https://example.org/plans, www.example.com and <b>not markup</b>"_s;
    QVERIFY(m_controller->account().historyStore()->insert(m));
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(700, 300);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"https"_s, &catcher, "openUrl");
    ui::MessageView *view = chat.messageView();
    const QModelIndex index = rowIndex(chat, 0);
    const MessageDelegate::Geometry g = view->messageDelegate()->geometry(index, view->visualRect(index));
    QTextDocument *doc = view->messageDelegate()->document(index, g.body.width());
    const QTextLine line = doc->begin().layout()->lineAt(0);
    const QPoint onLink(g.body.left() + int(line.cursorToX(10)), g.body.top() + int(line.height() / 2));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onLink);
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QCOMPARE(catcher.opened, QList<QUrl> { QUrl(u"https://example.org/plans"_s) });
    // The body is text, never markup: the tags show as typed; the trailing comma is not part of the link.
    QVERIFY(doc->toPlainText().contains(u"<b>not markup</b>"_s));
    QCOMPARE(view->messageDelegate()->linkAt(
                 index, view->visualRect(index), QPoint(g.body.left() + int(line.cursorToX(33)), onLink.y())),
        u"https://www.example.com"_s);
}

void TestChatWidget::ctrlFAndEscapeStayInTheChat()
{
    ChatWidget chat(m_controller.get(), juliet);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    QSignalSpy closing(&chat, &ChatWidget::closeRequested);
    chat.focusComposer();
    QTest::keySequence(chat.composer()->editor(), QKeySequence::Find);
    QVERIFY(chat.searchBar()->isVisible());
    QTRY_VERIFY(chat.searchBar()->field()->hasFocus());
    // Esc in the search bar closes the bar, not the chat; Esc in the composer asks to close the chat.
    QTest::keyClick(chat.searchBar()->field(), Qt::Key_Escape);
    QVERIFY(!chat.searchBar()->isVisible());
    QCOMPARE(closing.size(), 0);
    QTest::keyClick(chat.composer()->editor(), Qt::Key_Escape);
    QCOMPARE(closing.size(), 1);
}

void TestChatWidget::typingSendsOneComposingAndClearingSendsActive()
{
    QVERIFY(signIn());
    ChatWidget chat(m_controller.get(), juliet);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    QPlainTextEdit *editor = chat.composer()->editor();
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    writtenMessages(*m_server); // what the focus sent (<active/>) is not what this test looks at
    bool bodyWithState = false;
    auto states = [&] {
        QStringList names;
        for (const Element &message : writtenMessages(*m_server)) {
            for (const Element &child : message.childElements()) {
                if (child.ns() == u"http://jabber.org/protocol/chatstates"_s) {
                    names.append(child.name());
                    // XEP-0085 notifications carry no body and are not stored (XEP-0334).
                    bodyWithState = bodyWithState || !message.firstChild(u"body").isNull();
                }
            }
        }
        return names;
    };
    QTest::keyClicks(editor, u"Good night, good night"_s);
    QCOMPARE(states(), QStringList { u"composing"_s });
    // Text set by the program (a draft) is not typing.
    chat.setComposerText(u"a draft"_s);
    QCOMPARE(states(), QStringList());
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    QCOMPARE(states(), QStringList { u"active"_s });
    QVERIFY(!bodyWithState);
}

void TestChatWidget::contextMenuRemovesAMessage()
{
    HistoryStore &store = *m_controller->account().historyStore();
    QVERIFY(store.insert(storedMessage(1, 10, MessageDirection::Incoming)));
    const qint64 second = store.insert(storedMessage(2, 5, MessageDirection::Incoming));
    QVERIFY(signIn());
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(500, 300);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    ui::MessageView *view = chat.messageView();
    QCOMPARE(view->model()->rowCount(), 2);
    const QRect row = view->visualRect(view->indexOfMessage(second));
    QStringList offered;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QAction *remove = nullptr;
        for (QAction *action : menu->actions()) {
            offered.append(action->text());
            if (action->text() == ui::MessageView::tr("Remove Message")) {
                remove = action;
            }
        }
        QVERIFY(remove);
        menu->close();
        remove->trigger();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, row.center(), view->viewport()->mapToGlobal(row.center()));
    QApplication::sendEvent(view->viewport(), &event);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QVERIFY(!store.message(second));
    QVERIFY(offered.contains(ui::MessageView::tr("Copy Message")));
    QVERIFY(!offered.contains(ui::MessageView::tr("Retry Sending"))); // an incoming message is not retried
}

// Not a check: with BALCONY_SCREENSHOT_DIR set, saves the chat (encrypted, failed, corrected, long, multi-day
// messages), the fingerprint, certificate and history search dialogs in a light and a dark palette, for people
// to look at (run under Xvfb with -platform xcb and QT_STYLE_OVERRIDE=Fusion).
void TestChatWidget::screenshots()
{
    const QString out = qEnvironmentVariable("BALCONY_SCREENSHOT_DIR");
    if (out.isEmpty()) {
        QSKIP("BALCONY_SCREENSHOT_DIR is not set");
    }
    QVERIFY(signIn());
    m_server->inject("<iq type='set' id='push1' to='user@example.com/balcony'><query xmlns='jabber:iq:roster'>"
                     "<item jid='juliet@capulet.lit' name='Juliet Capulet' subscription='both'/></query></iq>");
    m_server->inject("<presence from='juliet@capulet.lit/balcony' to='user@example.com/balcony'><show>chat</show>"
                     "<status>On the balcony</status></presence>");
    HistoryStore &store = *m_controller->account().historyStore();
    const QDateTime now = QDateTime::currentDateTime();
    int n = 0;
    auto add = [&](qint64 secondsAgo, MessageDirection direction, const QString &body,
                   std::function<void(StoredMessage &)> adjust = {}) {
        StoredMessage m = storedMessage(++n, 0, direction);
        m.sentTime = now.addSecs(-secondsAgo).toUTC();
        m.receivedTime = m.sentTime;
        m.body = body;
        if (direction == MessageDirection::Outgoing) {
            m.state = MessageState::Read;
        }
        if (adjust) {
            adjust(m);
        }
        QVERIFY(store.insert(m));
    };
    const qint64 day = 24 * 3600;
    add(3 * day + 600, MessageDirection::Incoming,
        u"Did you see the plans for the new balcony? https://example.org/plans/balcony-v2.pdf"_s);
    add(3 * day + 540, MessageDirection::Outgoing, u"Yes! The railing looks great."_s);
    add(3 * day + 500, MessageDirection::Outgoing, u"Shall we meet there tonight?"_s);
    add(day + 7200, MessageDirection::Incoming, u"This one is end to end encrypted (online session)."_s,
        [](StoredMessage &m) {
            m.e2e = { MessageE2eKind::OnlineEsession, MessageE2eStatus::Decrypted, {}, {} };
        });
    add(day + 7100, MessageDirection::Outgoing, u"Encrypted reply, delivered."_s, [](StoredMessage &m) {
        m.e2e = { MessageE2eKind::OnlineEsession, MessageE2eStatus::Encrypted, {}, {} };
        m.state = MessageState::Delivered;
    });
    add(day + 100, MessageDirection::Incoming, u"Written while you were away: an offline session (XEP-0187)."_s,
        [](StoredMessage &m) {
            m.e2e = { MessageE2eKind::OfflineEsession, MessageE2eStatus::Decrypted, {}, {} };
        });
    add(5500, MessageDirection::Incoming, u"And this one came with OMEMO 2, from her phone."_s, [](StoredMessage &m) {
        m.e2e = { MessageE2eKind::Omemo2, MessageE2eStatus::Decrypted, {}, {} };
    });
    add(5450, MessageDirection::Outgoing, u"Answered with OMEMO."_s, [](StoredMessage &m) {
        m.e2e = { MessageE2eKind::Omemo2, MessageE2eStatus::Encrypted, {}, {} };
        m.state = MessageState::Delivered;
    });
    add(5400, MessageDirection::Incoming,
        u"A long one. Wherefore art thou Romeo? Deny thy father and refuse thy name; or, if thou wilt not, be but "
        "sworn my love, and I'll no longer be a Capulet. 'Tis but thy name that is my enemy; thou art thyself, "
        "though not a Montague. What's Montague? It is nor hand, nor foot, nor arm, nor face, nor any other part "
        "belonging to a man."_s);
    add(5000, MessageDirection::Incoming, u"[Encrypted message that could not be read]"_s, [](StoredMessage &m) {
        m.e2e = { MessageE2eKind::OfflineEsession, MessageE2eStatus::Undecryptable, {},
            u"No encrypted session with this contact is known for this message."_s };
    });
    add(4000, MessageDirection::Outgoing, u"Call me but love, and I'll be new baptized (corrected)."_s,
        [](StoredMessage &m) { m.flags |= MessageFlag::Corrected; });
    add(300, MessageDirection::Outgoing, u"This one bounced."_s, [](StoredMessage &m) {
        m.state = MessageState::Failed;
        m.errorText = u"The recipient is not available (service-unavailable)"_s;
    });
    add(200, MessageDirection::Outgoing, u"Sent, acknowledged by the server."_s,
        [](StoredMessage &m) { m.state = MessageState::AckedByServer; });
    add(60, MessageDirection::Outgoing, u"Queued until we are back online."_s,
        [](StoredMessage &m) { m.state = MessageState::Queued; });
    E2eKeyStore &keys = *m_controller->account().e2eKeyStore();
    const auto first = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 2048);
    const auto second = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 2048);
    QVERIFY(
        keys.addContactKey(juliet, first->publicKey().toDer(), first->publicKey().fingerprint(), KeySource::Xep0189));
    QVERIFY(
        keys.addContactKey(juliet, second->publicKey().toDer(), second->publicKey().fingerprint(), KeySource::Xep0189));
    QVERIFY(m_controller->account().esessions()->keys().ownKey());
    QVERIFY(m_controller->account().omemo()->open());
    const QByteArray phoneKey
        = QByteArray::fromHex("05d3e9a7c41b8f2e6a90c35d7e18b4f6a2c9e07d1b5f38a6c4e2d09b7f1a3c5e8d");
    const QByteArray laptopKey
        = QByteArray::fromHex("057a1c3e5f092b4d6f8a0c2e4b6d8f1a3c5e7b9d0f2a4c6e8b1d3f5a7c9e0b2d4f");
    QVERIFY(keys.saveOmemoDevice({ juliet, OmemoVersion::V2, 48213957, phoneKey, OmemoTrust::Verified, true, u"Phone"_s,
        QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc() }));
    QVERIFY(keys.saveOmemoDevice({ juliet, OmemoVersion::V2, 1730495512, laptopKey, OmemoTrust::Undecided, true,
        u"Laptop"_s, QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc() }));

    QTemporaryDir certDir;
    QProcess openssl;
    openssl.setWorkingDirectory(certDir.path());
    openssl.start(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
            u"-keyout"_s, u"k.pem"_s, u"-out"_s, u"c.pem"_s, u"-days"_s, u"400"_s, u"-subj"_s,
            u"/CN=chat.example.org/O=Example Hosting/C=DE"_s });
    QVERIFY(openssl.waitForFinished(60000));
    const QList<QSslCertificate> certificate = QSslCertificate::fromPath(certDir.filePath(u"c.pem"_s));

    const QPalette light = QApplication::style()->standardPalette();
    const QPalette dark = ui::Theme::darkPalette(); // what the app's Dark setting gives
    for (const auto &[name, palette] : { std::pair { u"light"_s, light }, std::pair { u"dark"_s, dark } }) {
        QApplication::setPalette(palette);
        {
            ChatWidget chat(m_controller.get(), juliet);
            chat.resize(820, 760);
            chat.show();
            QVERIFY(QTest::qWaitForWindowExposed(&chat));
            m_server->inject("<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' type='chat' "
                             "id='cs'><composing xmlns='http://jabber.org/protocol/chatstates'/></message>");
            chat.setComposerText(u"A draft, kept while you read"_s);
            QTest::qWait(200);
            QVERIFY(chat.grab().save(out + u"/chat-%1.png"_s.arg(name)));
            chat.resize(300, 760);
            QTest::qWait(200);
            QVERIFY(chat.grab().save(out + u"/chat-narrow-%1.png"_s.arg(name)));
            chat.resize(820, 760);
            chat.findInConversation();
            QTest::keyClicks(chat.searchBar()->field(), u"balcony"_s);
            QTest::qWait(400);
            QVERIFY(chat.grab().save(out + u"/chat-search-%1.png"_s.arg(name)));
        }
        {
            ui::FingerprintDialog dialog(m_controller.get(), juliet);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.verify(u"0000 1111"_s);
            QTest::qWait(100);
            QVERIFY(dialog.grab().save(out + u"/fingerprint-%1.png"_s.arg(name)));
        }
        {
            ui::CertificateDialog dialog(certificate, u"The certificate is self-signed, and not trusted."_s);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(100);
            QVERIFY(dialog.grab().save(out + u"/certificate-%1.png"_s.arg(name)));
        }
        {
            ui::HistorySearchDialog dialog({ m_controller.get() });
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.search(u"balcony"_s);
            QTest::qWait(100);
            QVERIFY(dialog.grab().save(out + u"/history-search-%1.png"_s.arg(name)));
        }
    }
}

QTEST_MAIN(TestChatWidget)
#include "tst_chatwidget.moc"
