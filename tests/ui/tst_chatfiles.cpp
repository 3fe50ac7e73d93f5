// Files in the chat (ui/ChatWidget, Composer, MessageView) over an AccountController on in-memory stores, the
// scripted XMPP server and a local HTTPS server: the attach button and Ctrl+Shift+A, dropped files and a pasted
// image uploaded with the progress bar, Cancel, the file message's OOB element, and a received file saved only
// when asked.

#include "../files/HttpsTestServer.h"
#include "AccountLogin.h"
#include "ChatWidget.h"
#include "Composer.h"
#include "MessageView.h"
#include "ScriptedSession.h"
#include "ScriptedTransport.h"
#include "account/Account.h"
#include "app/AccountController.h"
#include "files/HttpUploadManager.h"
#include "models/MessageModel.h"
#include "muc/MucManager.h"
#include "stream/CertificateTrust.h"
#include "stream/Scram.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::test;
using balcony::app::AccountController;
using balcony::ui::ChatWidget;
using balcony::ui::Composer;

namespace {

const Jid juliet = *Jid::parse(u"juliet@capulet.lit");

} // namespace

class TestChatFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void attachButtonAndShortcut();
    void droppedFileUploadedWithProgress();
    void pastedImageSentAsPng();
    void cancelStopsTheUpload();
    void receivedFileSavedOnlyWhenAsked();
    void imageShownOnlyOnClick();
    void fileInARoomGoesToEveryone();

private:
    bool signIn();
    // The stanzas the client wrote since the last call.
    QList<Element> written();
    // Answers the service discovery (items, then info) and the slot request that follows, with URLs on the HTTPS
    // test server. Returns the slot request.
    Element serveSlot(const QByteArray &name);

    HttpsTestServer m_http;
    QTemporaryDir m_dir;
    ScriptedTransport *m_server = nullptr;
    std::unique_ptr<AccountController> m_controller;
};

void TestChatFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_http.start(), "the HTTPS test server (openssl CLI, QSslServer) could not start");
}

void TestChatFiles::init()
{
    m_http.status = 201;
    m_http.stallAfterBytes = -1;
    auto transport = std::make_unique<ScriptedTransport>();
    m_server = transport.get();
    AccountSettings settings;
    settings.connection.jid = *Jid::parse(u"user@example.com/balcony"_s);
    settings.connection.password = u"pencil"_s;
    settings.connection.autoReconnect = false;
    settings.connection.trustedFingerprints = { CertificateTrust::fingerprint(m_http.certificate()) };
    settings.automaticCatchUp = false;
    settings.keepaliveIdleMs = 0;
    settings.e2eScrypt = { 1 << 10, 8, 1 };
    m_controller = std::make_unique<AccountController>(
        std::make_unique<Account>(settings, AccountStores::inMemory(), std::move(transport)));
    QString error;
    QVERIFY2(m_controller->open(&error), qPrintable(error));
}

void TestChatFiles::cleanup()
{
    m_controller.reset();
    Scram::setTestNonce({});
}

bool TestChatFiles::signIn()
{
    m_controller->signIn();
    const QList<Element> login = loginAccount(m_controller->account(), *m_server);
    for (const Element &stanza : login) {
        if (stanza.name() == u"iq" && !stanza.firstChild(u"query", u"jabber:iq:roster"_s).isNull()) {
            m_server->inject(u"<iq type='result' id='%1' to='user@example.com/balcony'>"
                             "<query xmlns='jabber:iq:roster'/></iq>"_s.arg(stanza.attribute(u"id"))
                                 .toUtf8());
        }
    }
    const bool online = QTest::qWaitFor([this] { return m_controller->isOnline(); }, 2000);
    m_server->clearWrites();
    return online;
}

QList<Element> TestChatFiles::written()
{
    QList<Element> stanzas;
    while (!m_server->writes().isEmpty()) {
        stanzas += ScriptedSession::stanzasIn(m_server->takeWrite());
    }
    return stanzas;
}

Element TestChatFiles::serveSlot(const QByteArray &name)
{
    // What the client wrote, kept until a step takes it: the first match of child/ns, once it is there.
    QList<Element> seen;
    auto take = [&](const QString &child, const QString &ns) {
        for (qsizetype i = 0; i < seen.size(); ++i) {
            if (seen.at(i).name() == u"iq" && seen.at(i).hasChild(child, ns)) {
                return seen.takeAt(i);
            }
        }
        return Element();
    };
    auto next = [&](const QString &child, const QString &ns) {
        Element found;
        const bool ok = QTest::qWaitFor(
            [&] {
                seen += written();
                found = take(child, ns);
                return !found.isNull();
            },
            5000);
        return ok ? found : Element();
    };
    const Element items = next(u"query"_s, u"http://jabber.org/protocol/disco#items"_s);
    if (!items.isNull()) {
        m_server->inject("<iq type='result' from='example.com' to='user@example.com/balcony' id='"
            + items.attribute(u"id").toUtf8()
            + "'><query xmlns='http://jabber.org/protocol/disco#items'><item jid='upload.example.com'/></query></iq>");
        const Element info = next(u"query"_s, u"http://jabber.org/protocol/disco#info"_s);
        m_server->inject("<iq type='result' from='upload.example.com' id='" + info.attribute(u"id").toUtf8()
            + "'><query xmlns='http://jabber.org/protocol/disco#info'><identity category='store' type='file'/>"
              "<feature var='urn:xmpp:http:upload:0'/></query></iq>");
    }
    const Element request = next(u"request"_s, HttpUploadManager::xmlns());
    if (request.isNull()) {
        return request;
    }
    m_server->inject("<iq type='result' from='upload.example.com' id='" + request.attribute(u"id").toUtf8()
        + "'><slot xmlns='urn:xmpp:http:upload:0'><put url='" + m_http.url("/put/" + name) + "'/><get url='"
        + m_http.url("/get/" + name) + "'/></slot></iq>");
    return request;
}

void TestChatFiles::attachButtonAndShortcut()
{
    QVERIFY(signIn());
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 400);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    Composer *composer = chat.composer();
    QToolButton *attach = composer->attachButton();
    QCOMPARE(attach->accessibleName(), u"Attach file"_s);
    QVERIFY(!attach->toolTip().isEmpty());
    QCOMPARE(composer->transferProgress()->accessibleName(), u"File transfer progress"_s);
    QSignalSpy requested(composer, &Composer::attachRequested);
    // The dialog itself is not opened here (it would block): the signal is what ChatWidget turns into it.
    composer->disconnect(&chat);
    attach->click();
    QCOMPARE(requested.size(), 1);
    composer->editor()->setFocus();
    QTest::keyClick(composer->editor(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(requested.size(), 2);
}

void TestChatFiles::droppedFileUploadedWithProgress()
{
    QVERIFY(signIn());
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 400);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    const QString path = m_dir.filePath(u"notes.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray content(2 * 1024 * 1024, 'n');
    file.write(content);
    file.close();

    // A drop of a local file on the message field.
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    QWidget *viewport = chat.composer()->editor()->viewport();
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(chat.composer()->isTransferShown());
    QVERIFY(chat.composer()->editor()->toPlainText().isEmpty()); // not dropped as text

    const Element request = serveSlot("notes.txt");
    QCOMPARE(request.firstChild(u"request", HttpUploadManager::xmlns()).attribute(u"filename"), u"notes.txt"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!chat.composer()->isTransferShown(), 10000);
    QVERIFY2(!chat.composer()->hasNotice(), qPrintable(chat.composer()->noticeText()));
    QCOMPARE(m_http.requests().last().bodyBytes, content.size());

    // The file message went out with OOB, and the view knows it as a file.
    Element message;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Element &stanza : written()) {
                if (stanza.name() == u"message") {
                    message = stanza;
                }
            }
            return !message.isNull();
        }(),
        5000);
    const QString url = QString::fromLatin1(m_http.url("/get/notes.txt"));
    QCOMPARE(message.childText(u"body", u"jabber:client"), url);
    QCOMPARE(message.firstChild(u"x", u"jabber:x:oob").childText(u"url", u"jabber:x:oob"), url);
    QAbstractItemModel *model = chat.messageView()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(MessageModel::FileUrlRole).toUrl(), QUrl(url));
}

void TestChatFiles::pastedImageSentAsPng()
{
    QVERIFY(signIn());
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 400);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QApplication::clipboard()->setImage(image);
    chat.composer()->editor()->setFocus();
    QTest::keyClick(chat.composer()->editor(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(chat.composer()->editor()->toPlainText().isEmpty());
    const Element request = serveSlot("pasted.png");
    const Element r = request.firstChild(u"request", HttpUploadManager::xmlns());
    QVERIFY2(r.attribute(u"filename").endsWith(u".png"_s), qPrintable(r.attribute(u"filename")));
    QCOMPARE(r.attribute(u"content-type"), u"image/png"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!chat.composer()->isTransferShown(), 10000);
    const QImage uploaded = QImage::fromData(m_http.requests().last().body, "PNG");
    QCOMPARE(uploaded.size(), image.size());
    QCOMPARE(uploaded.pixelColor(5, 5), QColor(Qt::darkCyan));
    // Text on the clipboard is pasted as text.
    QApplication::clipboard()->setText(u"plain words"_s);
    QTest::keyClick(chat.composer()->editor(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(chat.composer()->editor()->toPlainText(), u"plain words"_s);
}

void TestChatFiles::cancelStopsTheUpload()
{
    QVERIFY(signIn());
    m_http.stallAfterBytes = 128 * 1024;
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 400);
    chat.show();
    const QString path = m_dir.filePath(u"big.iso"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(16 * 1024 * 1024, 'i'));
    file.close();
    chat.sendFiles({ path });
    serveSlot("big.iso");
    QTRY_VERIFY_WITH_TIMEOUT(chat.composer()->transferProgress()->value() > 0, 10000);
    QPushButton *cancel = nullptr;
    for (QPushButton *button : chat.composer()->findChildren<QPushButton *>()) {
        if (button->accessibleName() == u"Cancel the file transfer"_s) {
            cancel = button;
        }
    }
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(!chat.composer()->isTransferShown());
    QCOMPARE(chat.composer()->noticeText(), u"Sending big.iso was cancelled."_s);
    QTest::qWait(100);
    for (const Element &stanza : written()) {
        QVERIFY(stanza.name() != u"message");
    }
}

void TestChatFiles::receivedFileSavedOnlyWhenAsked()
{
    QVERIFY(signIn());
    const QByteArray content(300 * 1024, 'r');
    m_http.files.insert("/get/letter.pdf", content);
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 400);
    chat.show();
    const QByteArray url = m_http.url("/get/letter.pdf");
    const qsizetype before = m_http.requests().size();
    m_server->inject("<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' type='chat' id='f1'>"
                     "<body>"
        + url + "</body><x xmlns='jabber:x:oob'><url>" + url + "</url></x></message>");
    QAbstractItemModel *model = chat.messageView()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    const QUrl file = model->index(0, 0).data(MessageModel::FileUrlRole).toUrl();
    QCOMPARE(file, QUrl(QString::fromLatin1(url)));
    QTest::qWait(200);
    QCOMPARE(m_http.requests().size(), before); // nothing fetched by itself

    const QString target = m_dir.filePath(u"saved-letter.pdf"_s);
    chat.setDownloadTargetForTests(target);
    Q_EMIT chat.messageView()->downloadRequested(file); // what the "Download File…" menu action emits
    QTRY_VERIFY_WITH_TIMEOUT(chat.composer()->hasNotice(), 10000);
    QVERIFY2(chat.composer()->noticeText().startsWith(u"Saved "_s), qPrintable(chat.composer()->noticeText()));
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll() == content);
}

void TestChatFiles::imageShownOnlyOnClick()
{
    QVERIFY(signIn());
    QImage picture(1600, 800, QImage::Format_RGB32);
    picture.fill(Qt::darkMagenta);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(picture.save(&buffer, "PNG"));
    m_http.files.insert("/get/cat.png", png);
    m_http.files.insert("/get/fake.png", "not an image at all");
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 400);
    chat.show();
    const qsizetype before = m_http.requests().size();
    const QByteArray url = m_http.url("/get/cat.png");
    m_server->inject("<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' type='chat' id='i1'>"
                     "<body>"
        + url + "</body><x xmlns='jabber:x:oob'><url>" + url + "</url></x></message>");
    QAbstractItemModel *model = chat.messageView()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QTest::qWait(200);
    QCOMPARE(m_http.requests().size(), before); // no automatic fetch
    QVERIFY(!chat.imagePreview());

    Q_EMIT chat.messageView()->showImageRequested(QUrl(QString::fromLatin1(url))); // the "Show Image" action
    QTRY_VERIFY_WITH_TIMEOUT(chat.imagePreview(), 10000);
    auto *label = chat.imagePreview()->findChild<QLabel *>();
    QVERIFY(label);
    QCOMPARE(label->pixmap().size(), QSize(640, 320)); // scaled down, aspect kept
    QCOMPARE(label->accessibleName(), u"Image cat.png"_s);
    chat.imagePreview()->close();

    Q_EMIT chat.messageView()->showImageRequested(QUrl(QString::fromLatin1(m_http.url("/get/fake.png"))));
    QTRY_VERIFY_WITH_TIMEOUT(chat.composer()->hasNotice(), 10000);
    QCOMPARE(chat.composer()->noticeText(), u"fake.png is not an image that can be shown."_s);
}

QTEST_MAIN(TestChatFiles)
// A file dropped on a room's chat (XEP-0045): uploaded like any other, its URL sent to the room as a groupchat
// message with the XEP-0066 element, through the outbox, and shown as a file in the room's view.
void TestChatFiles::fileInARoomGoesToEveryone()
{
    QVERIFY(signIn());
    const Jid room = *Jid::parse(u"team@conference.example.com"_s);
    QString error;
    QVERIFY2(m_controller->joinRoom(room, u"user"_s, QString(), &error), qPrintable(error));
    // The room's disco#info (whether it archives) comes before the join presence.
    bool answered = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Element &stanza : written()) {
                if (!answered && stanza.name() == u"iq" && stanza.attribute(u"to") == room.toString()) {
                    m_server->inject("<iq type='result' from='team@conference.example.com' "
                                     "to='user@example.com/balcony' id='"
                        + stanza.attribute(u"id").toUtf8()
                        + "'><query xmlns='http://jabber.org/protocol/disco#info'>"
                          "<feature var='http://jabber.org/protocol/muc'/></query></iq>");
                    answered = true;
                }
            }
            return answered;
        }(),
        5000);
    m_server->inject("<presence from='team@conference.example.com/user'><x xmlns='http://jabber.org/protocol/muc#user'>"
                     "<item affiliation='member' role='participant'/><status code='110'/></x></presence>");
    QTRY_VERIFY(m_controller->account().muc()->isJoined(room));
    m_server->clearWrites();

    ChatWidget chat(m_controller.get(), room);
    QVERIFY(chat.isRoom());
    chat.resize(700, 400);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    const QString path = m_dir.filePath(u"agenda.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("1. Release\n2. Group chats\n");
    file.close();
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    QWidget *viewport = chat.composer()->editor()->viewport();
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(!serveSlot("agenda.txt").isNull());
    QTRY_VERIFY_WITH_TIMEOUT(!chat.composer()->isTransferShown(), 10000);
    QVERIFY2(!chat.composer()->hasNotice(), qPrintable(chat.composer()->noticeText()));

    Element message;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Element &stanza : written()) {
                if (stanza.name() == u"message") {
                    message = stanza;
                }
            }
            return !message.isNull();
        }(),
        5000);
    const QString url = QString::fromLatin1(m_http.url("/get/agenda.txt"));
    QCOMPARE(message.attribute(u"type"), u"groupchat"_s);
    QCOMPARE(message.attribute(u"to"), room.toString());
    QCOMPARE(message.childText(u"body", u"jabber:client"), url);
    QCOMPARE(message.firstChild(u"x", u"jabber:x:oob").childText(u"url", u"jabber:x:oob"), url);
    QAbstractItemModel *model = chat.messageView()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(MessageModel::FileUrlRole).toUrl(), QUrl(url));
    QCOMPARE(model->index(0, 0).data(MessageModel::TypeRole).toInt(), int(Message::Type::GroupChat));
}

#include "tst_chatfiles.moc"
