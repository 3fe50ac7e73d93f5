// Files in the chat (ui/ChatWidget, Composer, MessageView) over an AccountController on in-memory stores, the
// scripted XMPP server and a local HTTPS server: the attach button and Ctrl+Shift+A, dropped files and a pasted
// image uploaded with the progress bar, Cancel, the file message's OOB element, and a received file saved only
// when asked. Received images: thumbnails in the message list (ImageThumbnails, MessageDelegate) after a click or
// by themselves for roster contacts when the setting allows it, cached in the profile, and refused with a reason.

#include "../files/HttpsTestServer.h"
#include "AccountLogin.h"
#include "ChatWidget.h"
#include "Composer.h"
#include "ImageThumbnails.h"
#include "MessageDelegate.h"
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

#include <QAccessible>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::test;
using balcony::app::AccountController;
using balcony::ui::ChatWidget;
using balcony::ui::Composer;
using balcony::ui::ImageThumbnails;
using balcony::ui::MessageDelegate;

namespace {

const Jid juliet = *Jid::parse(u"juliet@capulet.lit");

QByteArray pngOf(int width, int height, const QColor &colour)
{
    QImage picture(width, height, QImage::Format_RGB32);
    picture.fill(colour);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    return png;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk;
    const auto be32 = [&chunk](quint32 v) {
        chunk.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    };
    be32(quint32(data.size()));
    chunk += type + data;
    const quint32 crc = crc32(type + data);
    be32(crc);
    return chunk;
}

// A small PNG that declares a 30000 × 30000 RGBA canvas (3.6 GB decoded): a decompression bomb.
QByteArray bombPng()
{
    QByteArray header;
    const auto be32 = [&header](quint32 v) {
        header.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    };
    be32(30000);
    be32(30000);
    header.append(char(8)).append(char(6)).append(char(0)).append(char(0)).append(char(0));
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header)
        + pngChunk("IDAT", qCompress(QByteArray(64 * 1024, '\0')).mid(4)) + pngChunk("IEND", {});
}

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
    void thumbnailAfterClick();
    void keyboardShowsAndOpensImage();
    void contextMenuShowsThenOpensImage();
    void thumbnailAutoForRosterContact();
    void noAutoFetchForStrangerOrSettingOff();
    void thumbnailCachedAcrossChats();
    void refusedImagesSayWhy();
    void thumbnailsBesideSave();
    void largeImageDecodedOffTheUiThread();
    void thumbnailScreenshot();

private:
    bool signIn();
    // The stanzas the client wrote since the last call.
    QList<Element> written();
    // Answers the service discovery (items, then info) and the slot request that follows, with URLs on the HTTPS
    // test server. Returns the slot request.
    Element serveSlot(const QByteArray &name);
    // A file message from `from` (a full JID) with `url` as body and XEP-0066 URL.
    void injectFile(const QByteArray &from, const QByteArray &url, const QByteArray &id);
    // GET requests the HTTPS server got for `path`.
    int gets(const QByteArray &path) const;
    // The first row of the chat's view and its delegate's geometry.
    static QModelIndex firstRow(ChatWidget &chat);
    static balcony::ui::MessageDelegate::Geometry geometryOf(ChatWidget &chat, const QModelIndex &index);
    static ImageThumbnails::State stateOf(ChatWidget &chat, const QByteArray &url);

    HttpsTestServer m_http;
    std::unique_ptr<QTemporaryDir> m_profile; // per test: the thumbnails' cache starts empty
    QByteArray m_rosterItems; // the <item/>s of the roster the scripted server sends at sign-in
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
    m_profile = std::make_unique<QTemporaryDir>();
    settings.profileDir = m_profile->path();
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
    m_rosterItems.clear();
    Scram::setTestNonce({});
}

bool TestChatFiles::signIn()
{
    m_controller->signIn();
    const QList<Element> login = loginAccount(m_controller->account(), *m_server);
    for (const Element &stanza : login) {
        if (stanza.name() == u"iq" && !stanza.firstChild(u"query", u"jabber:iq:roster"_s).isNull()) {
            m_server->inject(u"<iq type='result' id='%1' to='user@example.com/balcony'>"
                             "<query xmlns='jabber:iq:roster'>%2</query></iq>"_s
                                 .arg(stanza.attribute(u"id"), QString::fromUtf8(m_rosterItems))
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
    // Its thumbnail comes from the file here: the sender does not download it back.
    QTRY_COMPARE(chat.messageView()->model()->rowCount(), 1);
    const QByteArray url = m_http.url("/get/pasted.png");
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(chat, url), ImageThumbnails::State::Shown, 5000);
    QCOMPARE(chat.thumbnails()->status(QUrl(QString::fromLatin1(url))).image.deviceIndependentSize().toSize(),
        QSize(64, 48));
    QCOMPARE(gets("/get/pasted.png"), 0);
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
    // Scaled down to fit the screen, aspect kept.
    QCOMPARE(label->pixmap().size(), QSize(1600, 800).scaled(chat.previewBound(), Qt::KeepAspectRatio));
    QVERIFY(label->pixmap().width() < 1600);
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

    // An occupant's image is never fetched by itself in a room, even with the setting on: anyone can join.
    m_http.files.insert("/get/room.png", pngOf(300, 200, Qt::darkGreen));
    chat.setAutoShowImages(true);
    QVERIFY(!chat.fetchesImagesAutomatically());
    const QByteArray image = m_http.url("/get/room.png");
    m_server->inject("<message from='team@conference.example.com/alice' type='groupchat' id='r2'><body>" + image
        + "</body><x xmlns='jabber:x:oob'><url>" + image + "</url></x></message>");
    QTRY_COMPARE(model->rowCount(), 2);
    QTRY_COMPARE(stateOf(chat, image), ImageThumbnails::State::NotShown);
    QTest::qWait(300);
    QCOMPARE(gets("/get/room.png"), 0);
}

void TestChatFiles::injectFile(const QByteArray &from, const QByteArray &url, const QByteArray &id)
{
    m_server->inject("<message from='" + from + "' to='user@example.com/balcony' type='chat' id='" + id + "'><body>"
        + url + "</body><x xmlns='jabber:x:oob'><url>" + url + "</url></x></message>");
}

int TestChatFiles::gets(const QByteArray &path) const
{
    int n = 0;
    for (const HttpsTestServer::Request &request : m_http.requests()) {
        n += request.method == "GET" && request.path == path ? 1 : 0;
    }
    return n;
}

QModelIndex TestChatFiles::firstRow(ChatWidget &chat)
{
    return chat.messageView()->model()->index(0, 0);
}

balcony::ui::MessageDelegate::Geometry TestChatFiles::geometryOf(ChatWidget &chat, const QModelIndex &index)
{
    return chat.messageView()->messageDelegate()->geometry(index, chat.messageView()->visualRect(index));
}

ImageThumbnails::State TestChatFiles::stateOf(ChatWidget &chat, const QByteArray &url)
{
    return chat.thumbnails()->status(QUrl(QString::fromLatin1(url))).state;
}

// An image from a contact: its name and a "Show Image" button, nothing fetched; one click fetches it once and
// the row shows the thumbnail (≤ 240 px, aspect kept), announced as shown; a click on it opens the full image.
void TestChatFiles::thumbnailAfterClick()
{
    QVERIFY(signIn());
    m_http.files.insert("/get/photo.png", pngOf(1600, 800, Qt::darkMagenta));
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(700, 500);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    const QByteArray url = m_http.url("/get/photo.png");
    injectFile("juliet@capulet.lit/balcony", url, "t1");
    QTRY_COMPARE(chat.messageView()->model()->rowCount(), 1);
    // Painted: the cache is looked at (empty), then the button is offered.
    QTRY_COMPARE(stateOf(chat, url), ImageThumbnails::State::NotShown);
    QTest::qWait(200);
    QCOMPARE(gets("/get/photo.png"), 0);
    QModelIndex row = firstRow(chat);
    // Read with the sender and time, the image instead of its address.
    QString spoken = row.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(u"juliet, Image photo.png, not shown; press Enter to show it, "_s), qPrintable(spoken));
    QVERIFY(!spoken.contains(u"https://"_s));
    const auto before = geometryOf(chat, row);
    QVERIFY(!before.imageButton.isEmpty());
    const int heightBefore = before.height;

    QTest::mouseClick(chat.messageView()->viewport(), Qt::LeftButton, {}, before.imageButton.center());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(chat, url), ImageThumbnails::State::Shown, 10000);
    QCOMPARE(gets("/get/photo.png"), 1);
    const ImageThumbnails::Status status = chat.thumbnails()->status(QUrl(QString::fromLatin1(url)));
    QCOMPARE(status.image.deviceIndependentSize().toSize(), QSize(240, 120));
    QCOMPARE(status.image.pixelColor(status.image.width() / 2, status.image.height() / 2), QColor(Qt::darkMagenta));
    row = firstRow(chat);
    const auto after = geometryOf(chat, row);
    QCOMPARE(after.image.size(), QSize(240, 120));
    QVERIFY(after.imageButton.isEmpty());
    QVERIFY(after.height >= heightBefore + 100);
    QTRY_COMPARE(chat.messageView()->visualRect(row).height(), after.height); // laid out again
    spoken = row.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(u"juliet, Image photo.png, shown; press Enter to open it, "_s), qPrintable(spoken));
    // The body names the file; copying the message still gives its address.
    QCOMPARE(chat.messageView()->messageDelegate()->document(row, after.body.width())->toPlainText(), u"photo.png"_s);
    chat.messageView()->setCurrentIndex(row);
    QCOMPARE(chat.messageView()->copyText(), QString::fromLatin1(url));

    // The cache holds the scaled PNG only (≤ 480 px), under the SHA-256 of the URL.
    const QString cached = QDir(m_profile->path())
                               .filePath(u"thumbnails/"_s + ImageThumbnails::cacheName(QUrl(QString::fromLatin1(url))));
    QCOMPARE(QImage(cached).size(), QSize(480, 240));
    QCOMPARE(QDir(m_profile->path()).entryList({ u"thumbnails"_s }, QDir::Dirs).size(), 1);
    QCOMPARE(QDir(m_profile->path() + u"/thumbnails"_s).entryList(QDir::Files).size(), 1);

    // A click on the thumbnail opens the full image (fetched for it, scaled to the screen).
    QVERIFY(!chat.imagePreview());
    QTest::mouseClick(chat.messageView()->viewport(), Qt::LeftButton, {}, after.image.center());
    QTRY_VERIFY_WITH_TIMEOUT(chat.imagePreview(), 10000);
    QCOMPARE(gets("/get/photo.png"), 2);
    chat.imagePreview()->close();
}

// Keyboard: Enter on an image's row shows its thumbnail; Enter again opens the image.
void TestChatFiles::keyboardShowsAndOpensImage()
{
    QVERIFY(signIn());
    m_http.files.insert("/get/dog.jpg", [] {
        QImage picture(300, 600, QImage::Format_RGB32);
        picture.fill(Qt::darkYellow);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "JPG");
        return jpeg;
    }());
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(700, 500);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    const QByteArray url = m_http.url("/get/dog.jpg");
    injectFile("juliet@capulet.lit/balcony", url, "k1");
    QTRY_COMPARE(chat.messageView()->model()->rowCount(), 1);
    QTRY_COMPARE(stateOf(chat, url), ImageThumbnails::State::NotShown);
    chat.messageView()->setFocus();
    chat.messageView()->setCurrentIndex(firstRow(chat));
    QTest::keyClick(chat.messageView(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(chat, url), ImageThumbnails::State::Shown, 10000);
    QCOMPARE(chat.thumbnails()->status(QUrl(QString::fromLatin1(url))).image.deviceIndependentSize().toSize(),
        QSize(120, 240));
    QVERIFY(!chat.imagePreview());
    QTest::keyClick(chat.messageView(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(chat.imagePreview(), 10000);
    QCOMPARE(gets("/get/dog.jpg"), 2);
    chat.imagePreview()->close();
}

// The message's menu: "Show Image" fetches the thumbnail; once it is shown, "Open Image" opens the image.
void TestChatFiles::contextMenuShowsThenOpensImage()
{
    QVERIFY(signIn());
    m_http.files.insert("/get/menu.png", pngOf(400, 300, Qt::darkCyan));
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 400);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    const QByteArray url = m_http.url("/get/menu.png");
    injectFile("juliet@capulet.lit/balcony", url, "m1");
    QTRY_COMPARE(chat.messageView()->model()->rowCount(), 1);
    QTRY_COMPARE(stateOf(chat, url), ImageThumbnails::State::NotShown);
    // Opens the row's menu, notes what it offers and triggers `wanted`.
    auto menu = [&](const QString &wanted) {
        QStringList offered;
        QTimer::singleShot(0, this, [&offered, wanted] {
            auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(popup);
            QAction *chosen = nullptr;
            for (QAction *action : popup->actions()) {
                offered.append(action->text());
                chosen = action->text() == wanted ? action : chosen;
            }
            popup->close();
            if (chosen) {
                chosen->trigger();
            }
        });
        const QRect row = chat.messageView()->visualRect(firstRow(chat));
        QContextMenuEvent event(
            QContextMenuEvent::Mouse, row.center(), chat.messageView()->viewport()->mapToGlobal(row.center()));
        QApplication::sendEvent(chat.messageView()->viewport(), &event);
        return offered;
    };
    QStringList offered = menu(u"Show Image"_s);
    QVERIFY2(offered.contains(u"Download File…"_s), qPrintable(offered.join(u", "_s)));
    QVERIFY(!offered.contains(u"Open Image"_s));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(chat, url), ImageThumbnails::State::Shown, 10000);
    QCOMPARE(gets("/get/menu.png"), 1);
    offered = menu(u"Open Image"_s);
    QVERIFY(!offered.contains(u"Show Image"_s));
    QTRY_VERIFY_WITH_TIMEOUT(chat.imagePreview(), 10000);
    chat.imagePreview()->close();
}

// With the setting on, a contact with a both-way subscription: the thumbnail comes without a click.
void TestChatFiles::thumbnailAutoForRosterContact()
{
    m_rosterItems = "<item jid='juliet@capulet.lit' name='Juliet' subscription='both'/>";
    QVERIFY(signIn());
    m_http.files.insert("/get/auto.png", pngOf(200, 100, Qt::darkBlue));
    ChatWidget chat(m_controller.get(), juliet);
    chat.setAutoShowImages(true);
    QVERIFY(chat.fetchesImagesAutomatically());
    chat.resize(700, 500);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    const QByteArray url = m_http.url("/get/auto.png");
    injectFile("juliet@capulet.lit/balcony", url, "a1");
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(chat, url), ImageThumbnails::State::Shown, 10000);
    QCOMPARE(gets("/get/auto.png"), 1);
    // Small images keep their size.
    QCOMPARE(chat.thumbnails()->status(QUrl(QString::fromLatin1(url))).image.deviceIndependentSize().toSize(),
        QSize(200, 100));
}

// Nothing is fetched by itself from a stranger (setting on), from a contact without a both-way subscription,
// or from a roster contact with the setting off; turning the setting on fetches what is on screen.
void TestChatFiles::noAutoFetchForStrangerOrSettingOff()
{
    m_rosterItems = "<item jid='juliet@capulet.lit' name='Juliet' subscription='both'/>"
                    "<item jid='nurse@capulet.lit' name='Nurse' subscription='to'/>";
    QVERIFY(signIn());
    m_http.files.insert("/get/stranger.png", pngOf(50, 50, Qt::red));
    m_http.files.insert("/get/nurse.png", pngOf(50, 50, Qt::green));
    m_http.files.insert("/get/off.png", pngOf(50, 50, Qt::blue));

    const Jid romeo = *Jid::parse(u"romeo@montague.lit"_s);
    ChatWidget stranger(m_controller.get(), romeo);
    stranger.setAutoShowImages(true);
    QVERIFY(!stranger.fetchesImagesAutomatically());
    stranger.resize(600, 400);
    stranger.show();
    const QByteArray strangerUrl = m_http.url("/get/stranger.png");
    injectFile("romeo@montague.lit/phone", strangerUrl, "s1");
    QTRY_COMPARE(stranger.messageView()->model()->rowCount(), 1);
    QTRY_COMPARE(stateOf(stranger, strangerUrl), ImageThumbnails::State::NotShown);

    const Jid nurse = *Jid::parse(u"nurse@capulet.lit"_s);
    ChatWidget halfway(m_controller.get(), nurse);
    halfway.setAutoShowImages(true);
    QVERIFY(!halfway.fetchesImagesAutomatically());
    halfway.resize(600, 400);
    halfway.show();
    const QByteArray nurseUrl = m_http.url("/get/nurse.png");
    injectFile("nurse@capulet.lit/phone", nurseUrl, "n1");
    QTRY_COMPARE(halfway.messageView()->model()->rowCount(), 1);
    QTRY_COMPARE(stateOf(halfway, nurseUrl), ImageThumbnails::State::NotShown);

    ChatWidget off(m_controller.get(), juliet);
    QVERIFY(!off.autoShowImages()); // off by default
    off.resize(600, 400);
    off.show();
    const QByteArray offUrl = m_http.url("/get/off.png");
    injectFile("juliet@capulet.lit/balcony", offUrl, "o1");
    QTRY_COMPARE(off.messageView()->model()->rowCount(), 1);
    QTRY_COMPARE(stateOf(off, offUrl), ImageThumbnails::State::NotShown);
    QTest::qWait(300);
    QCOMPARE(gets("/get/stranger.png"), 0);
    QCOMPARE(gets("/get/nurse.png"), 0);
    QCOMPARE(gets("/get/off.png"), 0);

    // The setting turned on while the chat is open: the roster contact's image comes, the others' do not.
    off.setAutoShowImages(true);
    stranger.messageView()->viewport()->update();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(off, offUrl), ImageThumbnails::State::Shown, 10000);
    QTest::qWait(200);
    QCOMPARE(gets("/get/off.png"), 1);
    QCOMPARE(gets("/get/stranger.png"), 0);
}

// Fetched once per URL: a chat opened again (scrolling, a restart) reads the thumbnail from the cache.
void TestChatFiles::thumbnailCachedAcrossChats()
{
    QVERIFY(signIn());
    m_http.files.insert("/get/once.png", pngOf(800, 600, Qt::darkCyan));
    const QByteArray url = m_http.url("/get/once.png");
    {
        ChatWidget chat(m_controller.get(), juliet);
        chat.resize(600, 400);
        chat.show();
        injectFile("juliet@capulet.lit/balcony", url, "c1");
        QTRY_COMPARE(chat.messageView()->model()->rowCount(), 1);
        Q_EMIT chat.messageView()->thumbnailRequested(QUrl(QString::fromLatin1(url))); // the menu's "Show Image"
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(chat, url), ImageThumbnails::State::Shown, 10000);
    }
    QCOMPARE(gets("/get/once.png"), 1);
    ChatWidget again(m_controller.get(), juliet);
    again.resize(600, 400);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTRY_COMPARE(again.messageView()->model()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(again, url), ImageThumbnails::State::Shown, 5000);
    QCOMPARE(again.thumbnails()->status(QUrl(QString::fromLatin1(url))).image.deviceIndependentSize().toSize(),
        QSize(240, 180));
    QTest::qWait(200);
    QCOMPARE(gets("/get/once.png"), 1); // no second request
    QCOMPARE(again.thumbnails()->activeDownloads(), 0);

    // The cache is bounded: over its limit, the files used longest ago go.
    const QString dir = again.thumbnails()->cacheDir();
    QFile old(dir + u"/old.png"_s);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(100 * 1024, 'o'));
    old.setFileTime(QDateTime::currentDateTimeUtc().addDays(-30), QFileDevice::FileModificationTime);
    old.close();
    ImageThumbnails::pruneCache(dir, 50 * 1024);
    QVERIFY(!QFile::exists(dir + u"/old.png"_s));
    QVERIFY(QFile::exists(dir + u"/"_s + ImageThumbnails::cacheName(QUrl(QString::fromLatin1(url)))));
}

// What cannot be shown says why in the row: not an image, too large a file, a decompression bomb, an HTTP error
// (with Retry), and an http:// address (not a file message; refused if asked anyway). Two downloads at a time.
void TestChatFiles::refusedImagesSayWhy()
{
    QVERIFY(signIn());
    m_http.files.insert("/get/fake.png", "not an image at all");
    m_http.files.insert("/get/huge.png", QByteArray(ChatWidget::maxPreviewBytes() + 1024, 'h'));
    m_http.files.insert("/get/bomb.png", bombPng());
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(700, 600);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    const QList<QByteArray> paths { "/get/fake.png", "/get/huge.png", "/get/bomb.png", "/get/gone.png" };
    for (const QByteArray &path : paths) {
        injectFile("juliet@capulet.lit/balcony", m_http.url(path), path.mid(5));
    }
    QTRY_COMPARE(chat.messageView()->model()->rowCount(), 4);
    for (const QByteArray &path : paths) {
        Q_EMIT chat.messageView()->thumbnailRequested(QUrl(QString::fromLatin1(m_http.url(path))));
    }
    // At most two at once; the others wait their turn.
    QCOMPARE(chat.thumbnails()->activeDownloads(), 2);
    QCOMPARE(chat.thumbnails()->queuedDownloads(), 2);
    // The waiting ones are bounded: asked for more, the one waiting longest is not fetched (it can be asked again).
    const int flood = ImageThumbnails::maxQueuedDownloads();
    for (int i = 0; i < flood; ++i) {
        chat.thumbnails()->fetch(QUrl(QString::fromLatin1(m_http.url("/get/flood-" + QByteArray::number(i) + ".png"))));
    }
    QCOMPARE(chat.thumbnails()->queuedDownloads(), flood);
    QCOMPARE(stateOf(chat, m_http.url("/get/bomb.png")), ImageThumbnails::State::NotShown);
    QCOMPARE(stateOf(chat, m_http.url("/get/gone.png")), ImageThumbnails::State::NotShown);
    QCOMPARE(stateOf(chat, m_http.url("/get/flood-0.png")), ImageThumbnails::State::Queued);
    for (int i = 0; i < flood; ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(chat, m_http.url("/get/flood-" + QByteArray::number(i) + ".png")),
            ImageThumbnails::State::Failed, 15000);
    }
    chat.thumbnails()->fetch(QUrl(QString::fromLatin1(m_http.url("/get/bomb.png"))));
    chat.thumbnails()->fetch(QUrl(QString::fromLatin1(m_http.url("/get/gone.png"))));
    for (const QByteArray &path : paths) {
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(chat, m_http.url(path)), ImageThumbnails::State::Failed, 15000);
    }
    auto statusOf = [&](const QByteArray &path) {
        return chat.thumbnails()->status(QUrl(QString::fromLatin1(m_http.url(path))));
    };
    QCOMPARE(statusOf("/get/fake.png").error, u"This file is not an image that can be shown."_s);
    QVERIFY(!statusOf("/get/fake.png").canRetry);
    QVERIFY2(statusOf("/get/huge.png").error.startsWith(u"The file is too large to download"_s),
        qPrintable(statusOf("/get/huge.png").error));
    QVERIFY(!statusOf("/get/huge.png").canRetry);
    QCOMPARE(statusOf("/get/bomb.png").error, u"This image is too large to show: 30000 × 30000 pixels."_s);
    QVERIFY(!statusOf("/get/bomb.png").canRetry);
    QCOMPARE(statusOf("/get/gone.png").error, u"The file server answered with an error: 404."_s);
    QVERIFY(statusOf("/get/gone.png").canRetry);
    // Nothing of them is kept.
    QCOMPARE(QDir(chat.thumbnails()->cacheDir()).entryList(QDir::Files).size(), 0);

    // The rows say it, in the error colour's line; Retry only where asking again may help.
    QAbstractItemModel *model = chat.messageView()->model();
    for (int row = 0; row < 4; ++row) {
        const QModelIndex index = model->index(row, 0);
        const bool gone = MessageDelegate::imageUrl(index).path() == u"/get/gone.png"_s;
        const auto g = geometryOf(chat, index);
        QVERIFY(!g.image.isEmpty());
        QCOMPARE(!g.imageButton.isEmpty(), gone);
        QVERIFY2(index.data(Qt::AccessibleTextRole).toString().contains(u", not shown: "_s),
            qPrintable(index.data(Qt::AccessibleTextRole).toString()));
    }
    // Retry: the file is there now.
    m_http.files.insert("/get/gone.png", pngOf(64, 64, Qt::darkRed));
    QModelIndex gone;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (MessageDelegate::imageUrl(model->index(row, 0)).path() == u"/get/gone.png"_s) {
            gone = model->index(row, 0);
        }
    }
    QVERIFY(gone.isValid());
    chat.messageView()->scrollTo(gone);
    QTest::mouseClick(chat.messageView()->viewport(), Qt::LeftButton, {}, geometryOf(chat, gone).imageButton.center());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(chat, m_http.url("/get/gone.png")), ImageThumbnails::State::Shown, 10000);

    // http://: not a file message (no image row, nothing offered), and refused if asked for anyway.
    const qsizetype requests = m_http.requests().size();
    const QByteArray plain = "http://127.0.0.1:" + QByteArray::number(m_http.port()) + "/get/cat.png";
    injectFile("juliet@capulet.lit/balcony", plain, "h1");
    QTRY_COMPARE(model->rowCount(), 5);
    QVERIFY(MessageDelegate::imageUrl(model->index(4, 0)).isEmpty());
    QVERIFY(geometryOf(chat, model->index(4, 0)).image.isEmpty());
    chat.thumbnails()->fetch(QUrl(QString::fromLatin1(plain)));
    QCOMPARE(stateOf(chat, plain), ImageThumbnails::State::Failed);
    QVERIFY2(chat.thumbnails()
                 ->status(QUrl(QString::fromLatin1(plain)))
                 .error.startsWith(u"Files are downloaded over https only"_s),
        qPrintable(chat.thumbnails()->status(QUrl(QString::fromLatin1(plain))).error));
    QTest::qWait(200);
    QCOMPARE(m_http.requests().size(), requests);
}

// Thumbnails load beside the composer's own transfer: a file is saved while two images load.
void TestChatFiles::thumbnailsBesideSave()
{
    QVERIFY(signIn());
    const QByteArray content(400 * 1024, 's');
    m_http.files.insert("/get/report.pdf", content);
    m_http.files.insert("/get/one.png", pngOf(500, 500, Qt::gray));
    m_http.files.insert("/get/two.png", pngOf(500, 250, Qt::darkGray));
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 400);
    chat.show();
    const QString target = m_dir.filePath(u"report-beside.pdf"_s);
    chat.setDownloadTargetForTests(target);
    Q_EMIT chat.messageView()->thumbnailRequested(QUrl(QString::fromLatin1(m_http.url("/get/one.png"))));
    chat.downloadFile(QUrl(QString::fromLatin1(m_http.url("/get/report.pdf"))));
    QVERIFY(chat.composer()->isTransferShown());
    Q_EMIT chat.messageView()->thumbnailRequested(QUrl(QString::fromLatin1(m_http.url("/get/two.png"))));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(chat, m_http.url("/get/one.png")), ImageThumbnails::State::Shown, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(chat, m_http.url("/get/two.png")), ImageThumbnails::State::Shown, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!chat.composer()->isTransferShown(), 10000);
    QVERIFY2(chat.composer()->noticeText().startsWith(u"Saved "_s), qPrintable(chat.composer()->noticeText()));
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll() == content);
}

// A 20-megapixel image (80 MB decoded): the UI thread keeps running while it is decoded and scaled. The longest
// gap between ticks of a 5 ms timer on the UI thread is printed and bounded.
void TestChatFiles::largeImageDecodedOffTheUiThread()
{
    QVERIFY(signIn());
    QImage picture(5000, 4000, QImage::Format_RGB32);
    for (int y = 0; y < picture.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(picture.scanLine(y));
        for (int x = 0; x < picture.width(); ++x) {
            line[x] = qRgb((x * 255) / picture.width(), (y * 255) / picture.height(), (x ^ y) & 0xff);
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(picture.save(&buffer, "PNG", 9));
    QVERIFY2(png.size() < ChatWidget::maxPreviewBytes(), QByteArray::number(png.size()).constData());
    m_http.files.insert("/get/large.png", png);
    picture = QImage();
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(600, 400);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    const QByteArray url = m_http.url("/get/large.png");
    injectFile("juliet@capulet.lit/balcony", url, "l1");
    QTRY_COMPARE(chat.messageView()->model()->rowCount(), 1);
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer ticks;
    ticks.setInterval(5);
    connect(&ticks, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    clock.start();
    ticks.start();
    Q_EMIT chat.messageView()->thumbnailRequested(QUrl(QString::fromLatin1(url)));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(chat, url), ImageThumbnails::State::Shown, 30000);
    ticks.stop();
    const qint64 total = clock.elapsed();
    QCOMPARE(chat.thumbnails()->status(QUrl(QString::fromLatin1(url))).image.deviceIndependentSize().toSize(),
        QSize(240, 192));
    // The same decode on this thread, for comparison: the UI thread was never held for anything like it.
    const QString file = m_dir.filePath(u"large.png"_s);
    QFile copy(file);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(png);
    copy.close();
    clock.restart();
    QVERIFY(!ImageThumbnails::decode(file, QSize(480, 480)).image.isNull());
    const qint64 decodeMs = clock.elapsed();
    qInfo("20 MP PNG (%lld bytes): thumbnail after %lld ms; decoding it takes %lld ms; longest UI-thread gap "
          "meanwhile %lld ms",
        qint64(png.size()), total, decodeMs, longest);
    QVERIFY2(longest < decodeMs * 3 / 4, qPrintable(u"longest gap %1 ms, decoding %2 ms"_s.arg(longest).arg(decodeMs)));
}

// Not a check: a picture of a chat with a thumbnail, to look at (BALCONY_SCREENSHOT_DIR).
void TestChatFiles::thumbnailScreenshot()
{
    const QString out = qEnvironmentVariable("BALCONY_SCREENSHOT_DIR");
    if (out.isEmpty()) {
        QSKIP("BALCONY_SCREENSHOT_DIR is not set");
    }
    m_rosterItems = "<item jid='juliet@capulet.lit' name='Juliet Capulet' subscription='both'/>";
    QVERIFY(signIn());
    QImage picture(1200, 800, QImage::Format_RGB32);
    {
        QPainter painter(&picture);
        QLinearGradient sky(0, 0, 0, 800);
        sky.setColorAt(0, QColor(0x2b, 0x5d, 0x9c));
        sky.setColorAt(1, QColor(0xf2, 0xb8, 0x6b));
        painter.fillRect(picture.rect(), sky);
        painter.setBrush(QColor(0xff, 0xe9, 0xa8));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPoint(850, 520), 120, 120);
        painter.setBrush(QColor(0x1d, 0x2b, 0x3a));
        painter.drawRect(0, 620, 1200, 180);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    m_http.files.insert("/get/sunset.png", png);
    ChatWidget chat(m_controller.get(), juliet);
    chat.resize(720, 560);
    chat.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chat));
    m_server->inject("<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' type='chat' id='w1'>"
                     "<body>Look at the sky from the balcony tonight!</body></message>");
    injectFile("juliet@capulet.lit/balcony", m_http.url("/get/sunset.png"), "w2");
    const QByteArray other = m_http.url("/get/garden.jpg");
    m_server->inject("<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' type='chat' id='w3'>"
                     "<body>And the garden this morning:</body></message>");
    injectFile("juliet@capulet.lit/balcony", other, "w4");
    QTRY_COMPARE(chat.messageView()->model()->rowCount(), 4);
    QTRY_COMPARE(stateOf(chat, other), ImageThumbnails::State::NotShown);
    chat.messageView()->jumpToBottom();
    QTest::qWait(200);
    QVERIFY(chat.grab().save(out + u"/chat-image-not-shown.png"_s));
    chat.setAutoShowImages(true);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(chat, m_http.url("/get/sunset.png")), ImageThumbnails::State::Shown, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(chat, other), ImageThumbnails::State::Failed, 10000);
    chat.messageView()->jumpToBottom();
    QTest::qWait(200);
    QVERIFY(chat.grab().save(out + u"/chat-thumbnail.png"_s));
}

#include "tst_chatfiles.moc"
