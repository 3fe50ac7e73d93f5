// XEP-0363 HTTP upload and XEP-0066 file messages on a bound session (scripted XMPP server) with a real HTTPS
// server on 127.0.0.1 (HttpsTestServer): discovery, the slot request, the PUT and what it carries, the message
// with <x xmlns='jabber:x:oob'/>, and everything a service, an HTTP server or a contact can get wrong.
#include "HttpsTestServer.h"
#include "ScriptedSession.h"
#include "TestJid.h"
#include "XmlCompare.h"
#include "crypto/AesGcm.h"
#include "crypto/OpenSslErrors.h"
#include "files/AesGcmLink.h"
#include "files/FileMessage.h"
#include "files/HttpPut.h"
#include "files/HttpUploadManager.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"
#include "stream/CertificateTrust.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(balcony::FileTransferError)

namespace {

const QByteArray uploadInfo = "<query xmlns='http://jabber.org/protocol/disco#info'>"
                              "<identity category='store' type='file' name='HTTP File Upload'/>"
                              "<feature var='urn:xmpp:http:upload:0'/>"
                              "<x type='result' xmlns='jabber:x:data'>"
                              "<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:http:upload:0</value></field>"
                              "<field var='max-file-size'><value>MAX</value></field></x></query>";

// A TCP relay in front of the HTTPS server that splits what the client sends into TLS records (RFC 8446 §5.1:
// type, version, 16-bit length) and keeps the lengths of its application-data records: the TLS layout the
// upload puts on the wire, which the server's reads depend on.
class TlsRecordRelay {
public:
    bool listen(quint16 target)
    {
        m_target = target;
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QByteArray url(const QByteArray &path) const
    {
        return "https://127.0.0.1:" + QByteArray::number(m_server.serverPort()) + path;
    }
    // Lengths of the client's application-data records (type 23; in TLS 1.3 its Finished is one of them too).
    QList<int> records;

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            auto pending = std::make_shared<QByteArray>(); // what the client sent before upstream connected
            auto parse = std::make_shared<QByteArray>();
            QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, pending, parse] {
                const QByteArray data = client->readAll();
                *parse += data;
                while (parse->size() >= 5) {
                    const int length = (quint8(parse->at(3)) << 8) | quint8(parse->at(4));
                    if (parse->size() < 5 + length) {
                        break;
                    }
                    if (parse->at(0) == 23) {
                        records.append(length);
                    }
                    parse->remove(0, 5 + length);
                }
                if (upstream->state() == QAbstractSocket::ConnectedState) {
                    upstream->write(data);
                } else {
                    *pending += data;
                }
            });
            QObject::connect(upstream, &QTcpSocket::connected, upstream, [upstream, pending] {
                upstream->write(*pending);
                pending->clear();
            });
            QObject::connect(
                upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    QTcpServer m_server;
    quint16 m_target = 0;
};

} // namespace

class TestHttpUpload : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void uploadSendsExactSlotRequestAndOobMessage();
    void serviceDiscoveredOncePerSession();
    void noServiceExplained();
    void discoveryIsBounded();
    void tooLargeRefusedBeforeAsking();
    void tooLargeForUnknownLimitRefusedAfterDiscovery();
    void plainHttpSlotRefused();
    void otherHostSlotRefused();
    void malformedSlotRefused();
    void headerInjectionStripped();
    void slotErrorsExplained();
    void serverLyingAboutLimit();
    void httpErrorCodes_data();
    void httpErrorCodes();
    void oversizedHttpAnswerCutOff();
    void cancelMidUpload();
    void putWritesWholeTlsRecords();
    void fileShrinkingWhileSentFails();
    void answersParsed_data();
    void answersParsed();
    void stalledServerTimesOut();
    void progressIsMonotonic();
    void untrustedCertificateRefused();
    void encryptedConversationNeedsConfirmation();
    void unreadableFileRefused();
    void fileMessageDetection();
    void downloadByteIdentical();
    void downloadRefusesPlainHttp();
    void downloadCapped();
    void downloadHttpError();
    // XEP-0454
    void aesGcmKnownAnswers();
    void aesGcmLinkParsing_data();
    void aesGcmLinkParsing();
    void encryptedUploadSendsTheLinkEncrypted();
    void encryptedUploadLinkNotSent();
    void encryptionRunsOffTheCallersThread();
    void encryptedDownloadDecrypts_data();
    void encryptedDownloadDecrypts();
    void encryptedDownloadTamperedNotKept_data();
    void encryptedDownloadTamperedNotKept();
    void encryptedDownloadCapped();
    void aesGcmLinksOnlyFromEncryptedRows();

private:
    bool start(bool trustServer = true);
    // Answers the disco#items / disco#info round for a service with `max` (empty: no max-file-size).
    void answerDiscovery(const QByteArray &max = "10485760");
    // The next stanza the client wrote (the rest stays unread).
    Element nextStanza();
    QString makeFile(const QString &name, qint64 size);
    void answerSlot(const QByteArray &putUrl, const QByteArray &getUrl, const QByteArray &headers = {});
    void answerSlotError(const QByteArray &error);
    QUrl fileUrl(const QByteArray &path) const { return QUrl(QString::fromLatin1(m_http.url(path))); }

    HttpsTestServer m_http;
    QTemporaryDir m_dir;
    MemoryHistoryStore m_history;
    std::unique_ptr<MemoryOutboxStore> m_store;
    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<MessageManager> m_messages;
    std::unique_ptr<HttpUploadManager> m_upload;
    QList<Element> m_unread;
    QByteArray m_slotId;
    int m_nextId = 0;
};

void TestHttpUpload::initTestCase()
{
    qRegisterMetaType<balcony::FileTransferError>();
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_http.start(), "the HTTPS test server (openssl CLI, QSslServer) could not start");
}

void TestHttpUpload::init()
{
    m_history = MemoryHistoryStore();
    m_store = std::make_unique<MemoryOutboxStore>(m_history);
    m_nextId = 0;
    Connection::setIdGenerator([this] { return u"id%1"_s.arg(++m_nextId); });
    m_session = std::make_unique<ScriptedSession>();
    m_http.status = 201;
    m_http.responseBody.clear();
    m_http.stallAfterBytes = -1;
    m_http.announcedLength = -1;
    m_http.rawAnswer.clear();
    m_http.answerAfterHead = false;
    m_http.files.clear();
    m_unread.clear();
}

void TestHttpUpload::cleanup()
{
    m_upload.reset();
    m_messages.reset();
    m_outbox.reset();
    m_session.reset();
    m_store.reset();
    Connection::setIdGenerator({});
}

bool TestHttpUpload::start(bool trustServer)
{
    if (trustServer) {
        m_session->settings().trustedFingerprints = { CertificateTrust::fingerprint(m_http.certificate()) };
    }
    m_outbox = std::make_unique<Outbox>(m_session->connection(), *m_store);
    m_messages = std::make_unique<MessageManager>(m_session->connection(), m_history, *m_outbox, nullptr);
    m_upload = std::make_unique<HttpUploadManager>(m_session->connection(), *m_messages, *m_outbox);
    const bool ok = m_session->login();
    m_session->takeStanzas();
    return ok;
}

Element TestHttpUpload::nextStanza()
{
    if (m_unread.isEmpty()) {
        // What the client sends from a queued call (a known service is reported on the next turn) is written
        // once the events ran; the slot request of an encrypted file once its encrypted copy is written.
        static_cast<void>(QTest::qWaitFor([this] { return !m_upload || m_upload->encryptionsRunning() == 0; }, 10000));
        QCoreApplication::processEvents();
        m_unread = m_session->takeStanzas();
    }
    return m_unread.isEmpty() ? Element() : m_unread.takeFirst();
}

QString TestHttpUpload::makeFile(const QString &name, qint64 size)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        const qint64 n = std::min<qint64>(left, chunk.size());
        file.write(chunk.constData(), n);
        left -= n;
    }
    return path;
}

void TestHttpUpload::answerDiscovery(const QByteArray &max)
{
    const Element items = nextStanza();
    QCOMPARE(items.attribute(u"to"), u"example.com"_s);
    QCOMPARE(items.attribute(u"type"), u"get"_s);
    QVERIFY(items.hasChild(u"query", u"http://jabber.org/protocol/disco#items"));
    m_session->inject("<iq type='result' from='example.com' to='user@example.com/balcony' id='"
        + items.attribute(u"id").toUtf8()
        + "'><query xmlns='http://jabber.org/protocol/disco#items'>"
          "<item jid='conference.example.com'/><item jid='upload.example.com'/></query></iq>");
    const Element first = nextStanza();
    const Element second = nextStanza();
    QCOMPARE(first.attribute(u"to"), u"conference.example.com"_s);
    QCOMPARE(second.attribute(u"to"), u"upload.example.com"_s);
    QVERIFY(second.hasChild(u"query", u"http://jabber.org/protocol/disco#info"));
    // Answered in the other order: the server's order still decides.
    QByteArray info = uploadInfo;
    if (max.isEmpty()) {
        info.replace("<field var='max-file-size'><value>MAX</value></field>", "");
    } else {
        info.replace("MAX", max);
    }
    m_session->inject(
        "<iq type='result' from='upload.example.com' id='" + second.attribute(u"id").toUtf8() + "'>" + info + "</iq>");
    m_session->inject("<iq type='result' from='conference.example.com' id='" + first.attribute(u"id").toUtf8()
        + "'><query xmlns='http://jabber.org/protocol/disco#info'><identity category='conference' type='text'/>"
          "<feature var='http://jabber.org/protocol/muc'/></query></iq>");
}

void TestHttpUpload::answerSlot(const QByteArray &putUrl, const QByteArray &getUrl, const QByteArray &headers)
{
    const Element request = nextStanza();
    QVERIFY2(request.hasChild(u"request", HttpUploadManager::xmlns()), qPrintable(normalize(request)));
    m_session->inject("<iq type='result' from='upload.example.com' id='" + request.attribute(u"id").toUtf8()
        + "'><slot xmlns='urn:xmpp:http:upload:0'><put url='" + putUrl + "'>" + headers + "</put><get url='" + getUrl
        + "'/></slot></iq>");
}

void TestHttpUpload::answerSlotError(const QByteArray &error)
{
    const Element request = nextStanza();
    QVERIFY(request.hasChild(u"request", HttpUploadManager::xmlns()));
    m_session->inject(
        "<iq type='error' from='upload.example.com' id='" + request.attribute(u"id").toUtf8() + "'>" + error + "</iq>");
}

void TestHttpUpload::uploadSendsExactSlotRequestAndOobMessage()
{
    QVERIFY(start());
    const QString path = makeFile(u"holiday photo.png"_s, 5000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QSignalSpy finished(m_upload.get(), &HttpUploadManager::uploadFinished);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    HttpUploadManager::UploadOptions options;
    options.to = jid("bob@example.net");
    const quint64 id = m_upload->upload(path, options);
    QVERIFY2(id != 0, qPrintable(m_upload->lastError()));
    answerDiscovery();
    QCOMPARE(m_upload->service()->jid, jid("upload.example.com"));
    QCOMPARE(m_upload->service()->maxFileSize, 10485760);

    const Element request = nextStanza();
    const QByteArray expected = "<iq type='get' to='upload.example.com' id='" + request.attribute(u"id").toUtf8()
        + "'><request xmlns='urn:xmpp:http:upload:0' filename='holiday photo.png' size='5000'"
          " content-type='image/png'/></iq>";
    QCOMPARE(normalize(request), normalize(expected));
    m_session->inject("<iq type='result' from='upload.example.com' id='" + request.attribute(u"id").toUtf8()
        + "'><slot xmlns='urn:xmpp:http:upload:0'><put url='" + m_http.url("/put/abc/holiday%20photo.png")
        + "'><header name='Authorization'>Basic Base64String==</header></put><get url='"
        + m_http.url("/get/abc/holiday%20photo.png") + "'/></slot></iq>");
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QCOMPARE(finished.first().at(0).toULongLong(), id);
    const QUrl getUrl = finished.first().at(1).toUrl();
    QCOMPARE(getUrl, fileUrl("/get/abc/holiday%20photo.png"));
    const qint64 historyId = finished.first().at(2).toLongLong();
    QVERIFY(historyId > 0);

    QCOMPARE(m_http.requests().size(), 1);
    const HttpsTestServer::Request &put = m_http.requests().first();
    QCOMPARE(put.method, "PUT");
    QCOMPARE(put.path, "/put/abc/holiday%20photo.png");
    QCOMPARE(put.header("content-length"), "5000");
    QCOMPARE(put.header("content-type"), "image/png");
    QCOMPARE(put.header("authorization"), "Basic Base64String==");
    QCOMPARE(put.body, content);

    // The URL goes out as the body and as XEP-0066 OOB, through the outbox and into the history.
    const Element message = nextStanza();
    QCOMPARE(message.name(), u"message"_s);
    QCOMPARE(message.attribute(u"to"), u"bob@example.net"_s);
    QCOMPARE(message.childText(u"body", u"jabber:client"), getUrl.toString(QUrl::FullyEncoded));
    QCOMPARE(message.firstChild(u"x", u"jabber:x:oob").childText(u"url", u"jabber:x:oob"),
        getUrl.toString(QUrl::FullyEncoded));
    const std::optional<StoredMessage> row = m_history.message(historyId);
    QVERIFY(row);
    QCOMPARE(row->body, getUrl.toString(QUrl::FullyEncoded));
    QCOMPARE(FileMessage::urlOf(*row), getUrl);
    QCOMPARE(m_upload->activeTransfers(), 0);
}

void TestHttpUpload::serviceDiscoveredOncePerSession()
{
    QVERIFY(start());
    QList<std::optional<UploadService>> answers;
    m_upload->discoverService([&](const std::optional<UploadService> &s, const QString &) { answers.append(s); });
    m_upload->discoverService([&](const std::optional<UploadService> &s, const QString &) { answers.append(s); });
    answerDiscovery("2048");
    QCOMPARE(answers.size(), 2);
    QVERIFY(answers.at(0) && answers.at(1));
    QCOMPARE(answers.at(0)->maxFileSize, 2048);
    // Known: no second query, and the answer never comes from inside the call.
    m_upload->discoverService([&](const std::optional<UploadService> &s, const QString &) { answers.append(s); });
    QCOMPARE(answers.size(), 2);
    QTRY_COMPARE(answers.size(), 3);
    QVERIFY(m_session->expectNothing());
}

void TestHttpUpload::noServiceExplained()
{
    QVERIFY(start());
    const QString path = makeFile(u"a.bin"_s, 100);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    QVERIFY(m_upload->upload(path) != 0);
    const Element items = nextStanza();
    m_session->inject("<iq type='result' from='example.com' id='" + items.attribute(u"id").toUtf8()
        + "'><query xmlns='http://jabber.org/protocol/disco#items'><item jid='conference.example.com'/></query></iq>");
    const Element info = nextStanza();
    m_session->inject("<iq type='error' from='conference.example.com' id='" + info.attribute(u"id").toUtf8()
        + "'><error type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::NoService);
    QVERIFY(failed.first().at(2).toString().contains(u"no file upload service"_s));
    QVERIFY(!m_upload->service());
}

void TestHttpUpload::discoveryIsBounded()
{
    QVERIFY(start());
    bool answered = false;
    m_upload->discoverService([&](const std::optional<UploadService> &, const QString &) { answered = true; });
    const Element items = nextStanza();
    QByteArray flood;
    for (int i = 0; i < 5000; ++i) {
        flood += "<item jid='service" + QByteArray::number(i) + ".example.com'/>";
    }
    m_session->inject("<iq type='result' from='example.com' id='" + items.attribute(u"id").toUtf8()
        + "'><query xmlns='http://jabber.org/protocol/disco#items'>" + flood + "</query></iq>");
    const QList<Element> queries = m_session->takeStanzas();
    QCOMPARE(queries.size(), HttpUploadManager::maxDiscoItems());
    for (const Element &q : queries) {
        m_session->inject("<iq type='result' from='" + q.attribute(u"to").toUtf8() + "' id='"
            + q.attribute(u"id").toUtf8() + "'><query xmlns='http://jabber.org/protocol/disco#info'/></iq>");
    }
    QVERIFY(answered);
    QVERIFY(!m_upload->service());
}

void TestHttpUpload::tooLargeRefusedBeforeAsking()
{
    QVERIFY(start());
    m_upload->discoverService({});
    answerDiscovery("1048576");
    const QString path = makeFile(u"big.bin"_s, 3 * 1024 * 1024);
    const qsizetype before = m_http.requests().size();
    QCOMPARE(m_upload->upload(path), 0u);
    QCOMPARE(m_upload->lastErrorKind(), FileTransferError::TooLarge);
    QCOMPARE(
        m_upload->lastError(), u"The file is too large to upload: 3.0 MiB, and the server accepts at most 1.0 MiB."_s);
    QVERIFY(m_session->expectNothing());
    QTest::qWait(100);
    QCOMPARE(m_http.requests().size(), before);
}

void TestHttpUpload::tooLargeForUnknownLimitRefusedAfterDiscovery()
{
    QVERIFY(start());
    const QString path = makeFile(u"big2.bin"_s, 4096);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    QVERIFY(m_upload->upload(path) != 0);
    answerDiscovery("1000");
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::TooLarge);
    QVERIFY(failed.first().at(2).toString().contains(u"4.0 KiB"_s));
    QVERIFY(failed.first().at(2).toString().contains(u"1000 bytes"_s));
    // No slot was asked for.
    QVERIFY(nextStanza().isNull());
}

void TestHttpUpload::plainHttpSlotRefused()
{
    QVERIFY(start());
    const QString path = makeFile(u"p.bin"_s, 100);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    const int before = int(m_http.requests().size());
    QVERIFY(m_upload->upload(path) != 0);
    answerDiscovery();
    answerSlot("http://127.0.0.1:" + QByteArray::number(m_http.port()) + "/put/x", m_http.url("/get/x"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::BadSlot);
    QVERIFY(failed.first().at(2).toString().contains(u"not https"_s));
    QTest::qWait(200); // nothing may reach the HTTP server, now or a little later
    QCOMPARE(int(m_http.requests().size()), before);

    // Nor with a plain-HTTP download URL.
    QVERIFY(m_upload->upload(path) != 0);
    answerSlot(m_http.url("/put/y"), "http://127.0.0.1/get/y");
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.last().at(1).value<FileTransferError>(), FileTransferError::BadSlot);
    QCOMPARE(int(m_http.requests().size()), before);
}

void TestHttpUpload::otherHostSlotRefused()
{
    QVERIFY(start());
    const QString path = makeFile(u"o.bin"_s, 100);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    QVERIFY(m_upload->upload(path) != 0);
    answerDiscovery();
    answerSlot("https://collector.evil.test/put/x", m_http.url("/get/x"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::BadSlot);
    QCOMPARE(failed.first().at(2).toString(),
        u"The upload service asked to send the file to another host (collector.evil.test): nothing was uploaded."_s);

    // The service's own domain and the account's domain are fine as PUT hosts (the checks alone, no network).
    UploadSlot slot;
    slot.getUrl = QUrl(u"https://files.example.net/get/1"_s);
    slot.putUrl = QUrl(u"https://upload.example.com/put/1"_s);
    QVERIFY(HttpUploadManager::checkSlot(slot, jid("upload.example.com"), jid("user@example.com")).isEmpty());
    slot.putUrl = QUrl(u"https://example.com/put/1"_s);
    QVERIFY(HttpUploadManager::checkSlot(slot, jid("upload.example.com"), jid("user@example.com")).isEmpty());
    slot.putUrl = QUrl(u"https://files.example.net/put/1"_s);
    QVERIFY(HttpUploadManager::checkSlot(slot, jid("upload.example.com"), jid("user@example.com")).isEmpty());
    slot.putUrl = QUrl(u"https://user:pw@files.example.net/put/1"_s);
    QVERIFY(!HttpUploadManager::checkSlot(slot, jid("upload.example.com"), jid("user@example.com")).isEmpty());
}

void TestHttpUpload::malformedSlotRefused()
{
    QVERIFY(start());
    const QString path = makeFile(u"m.bin"_s, 100);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    QVERIFY(m_upload->upload(path) != 0);
    answerDiscovery();
    const Element request = nextStanza();
    m_session->inject("<iq type='result' from='upload.example.com' id='" + request.attribute(u"id").toUtf8()
        + "'><slot xmlns='urn:xmpp:http:upload:0'><put/></slot></iq>");
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::BadSlot);
    // An oversized URL is not a URL.
    QVERIFY(m_upload->upload(path) != 0);
    answerSlot(m_http.url("/put/" + QByteArray(5000, 'a')), m_http.url("/get/a"));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.last().at(1).value<FileTransferError>(), FileTransferError::BadSlot);
}

void TestHttpUpload::headerInjectionStripped()
{
    QVERIFY(start());
    const QString path = makeFile(u"h.txt"_s, 300);
    QSignalSpy finished(m_upload.get(), &HttpUploadManager::uploadFinished);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    QVERIFY(m_upload->upload(path) != 0);
    answerDiscovery();
    answerSlot(m_http.url("/put/h"), m_http.url("/get/h"),
        "<header name='Authorization'>Bearer t&#13;&#10;X-Injected: 1</header>"
        "<header name='Cookie'>a=b</header><header name='Expires'>Tue, 07 Dec 2027 12:00:00 GMT</header>"
        "<header name='Host'>evil.test</header><header name='X-Other'>1</header>"
        "<header name='Content-Length'>1</header>");
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    const HttpsTestServer::Request &put = m_http.requests().last();
    QCOMPARE(put.header("authorization"), "Bearer tX-Injected: 1");
    QVERIFY(put.header("x-injected").isEmpty());
    QCOMPARE(put.header("cookie"), "a=b");
    QCOMPARE(put.header("expires"), "Tue, 07 Dec 2027 12:00:00 GMT");
    QVERIFY(put.header("x-other").isEmpty());
    QCOMPARE(put.header("host"), "127.0.0.1:" + QByteArray::number(m_http.port()));
    QCOMPARE(put.header("content-length"), "300");
    QCOMPARE(put.bodyBytes, 300);
}

void TestHttpUpload::slotErrorsExplained()
{
    QVERIFY(start());
    const QString path = makeFile(u"e.bin"_s, 2000);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    QVERIFY(m_upload->upload(path) != 0);
    answerDiscovery("");
    answerSlotError("<error type='wait'><resource-constraint xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                    "<retry xmlns='urn:xmpp:http:upload:0' stamp='2027-12-03T23:42:01Z'/></error>");
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::RetryLater);
    QVERIFY(failed.first().at(2).toString().contains(u"try again after"_s));

    QVERIFY(m_upload->upload(path) != 0);
    answerSlotError("<error type='cancel'><not-allowed xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                    "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Only for members</text></error>");
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.last().at(1).value<FileTransferError>(), FileTransferError::SlotRefused);
    QVERIFY(failed.last().at(2).toString().contains(u"Only for members"_s));

    // No limit advertised, the slot error tells it: the next file is checked before asking.
    QVERIFY(m_upload->upload(path) != 0);
    answerSlotError("<error type='modify'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                    "<file-too-large xmlns='urn:xmpp:http:upload:0'><max-file-size>1024</max-file-size>"
                    "</file-too-large></error>");
    QCOMPARE(failed.size(), 3);
    QCOMPARE(failed.last().at(1).value<FileTransferError>(), FileTransferError::TooLarge);
    QCOMPARE(failed.last().at(2).toString(),
        u"The file is too large to upload: 2.0 KiB, and the server accepts at most 1.0 KiB."_s);
    QCOMPARE(m_upload->upload(path), 0u);
    QCOMPARE(m_upload->lastErrorKind(), FileTransferError::TooLarge);
    QVERIFY(m_session->expectNothing());
}

void TestHttpUpload::serverLyingAboutLimit()
{
    QVERIFY(start());
    const QString path = makeFile(u"l.bin"_s, 2000);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    QVERIFY(m_upload->upload(path) != 0);
    // Advertises 10 MiB, then says 1 KiB in the slot error: both are told.
    answerDiscovery();
    answerSlotError("<error type='modify'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                    "<file-too-large xmlns='urn:xmpp:http:upload:0'><max-file-size>1024</max-file-size>"
                    "</file-too-large></error>");
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(2).toString(),
        u"The file is too large to upload: 2.0 KiB, and the server now says it accepts at most 1.0 KiB (it "
        "advertised 10.0 MiB)."_s);
    QCOMPARE(m_upload->service()->maxFileSize, 1024);

    // Grants a slot within the advertised limit, then the HTTP server refuses it as too large.
    cleanup();
    init();
    QVERIFY(start());
    m_http.status = 413;
    QVERIFY(m_upload->upload(path) != 0);
    answerDiscovery();
    QSignalSpy failed2(m_upload.get(), &HttpUploadManager::uploadFailed);
    answerSlot(m_http.url("/put/l"), m_http.url("/get/l"));
    QTRY_COMPARE_WITH_TIMEOUT(failed2.size(), 1, 10000);
    QCOMPARE(failed2.first().at(1).value<FileTransferError>(), FileTransferError::TooLarge);
    QCOMPARE(failed2.first().at(2).toString(),
        u"The upload server refused the file as too large (2.0 KiB), although the service advertised a limit of "
        "10.0 MiB."_s);
    QVERIFY(nextStanza().isNull()); // no message
}

void TestHttpUpload::httpErrorCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<FileTransferError>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("403") << 403 << FileTransferError::Http << u"403"_s;
    QTest::newRow("500") << 500 << FileTransferError::Http << u"500"_s;
    QTest::newRow("302") << 302 << FileTransferError::Http << u"302"_s;
    QTest::newRow("413") << 413 << FileTransferError::TooLarge << u"too large"_s;
}

void TestHttpUpload::httpErrorCodes()
{
    QFETCH(int, status);
    QFETCH(FileTransferError, kind);
    QFETCH(QString, text);
    QVERIFY(start());
    m_http.status = status;
    const QString path = makeFile(u"c.bin"_s, 1000);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    QSignalSpy finished(m_upload.get(), &HttpUploadManager::uploadFinished);
    HttpUploadManager::UploadOptions options;
    options.to = jid("bob@example.net");
    QVERIFY(m_upload->upload(path, options) != 0);
    answerDiscovery();
    answerSlot(m_http.url("/put/c"), m_http.url("/get/c"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(finished.isEmpty());
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), kind);
    QVERIFY2(failed.first().at(2).toString().contains(text), qPrintable(failed.first().at(2).toString()));
    QVERIFY(nextStanza().isNull()); // nothing was sent to bob
    QVERIFY(m_history.page(jid("bob@example.net"), 10).isEmpty());
}

void TestHttpUpload::oversizedHttpAnswerCutOff()
{
    QVERIFY(start());
    m_http.status = 201;
    m_http.responseBody = QByteArray(1024 * 1024, 'x');
    const QString path = makeFile(u"r.bin"_s, 1000);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    QVERIFY(m_upload->upload(path) != 0);
    answerDiscovery();
    answerSlot(m_http.url("/put/r"), m_http.url("/get/r"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::Network);
    QCOMPARE(failed.first().at(2).toString(), u"The upload server sent an oversized answer."_s);
}

void TestHttpUpload::cancelMidUpload()
{
    QVERIFY(start());
    m_http.stallAfterBytes = 256 * 1024;
    const qint64 size = 16LL * 1024 * 1024;
    const QString path = makeFile(u"cancel.bin"_s, size);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    QSignalSpy finished(m_upload.get(), &HttpUploadManager::uploadFinished);
    QSignalSpy progress(m_upload.get(), &HttpUploadManager::uploadProgress);
    HttpUploadManager::UploadOptions options;
    options.to = jid("bob@example.net");
    const quint64 id = m_upload->upload(path, options);
    QVERIFY(id != 0);
    answerDiscovery("");
    answerSlot(m_http.url("/put/cancel"), m_http.url("/get/cancel"));
    QTRY_VERIFY_WITH_TIMEOUT(m_http.bodyBytesReceived() >= 256 * 1024, 10000);
    QVERIFY(!progress.isEmpty());
    QVERIFY(m_upload->cancel(id));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::Cancelled);
    QVERIFY(!m_upload->cancel(id));
    QCOMPARE(m_upload->activeTransfers(), 0);
    QTest::qWait(200);
    QVERIFY(finished.isEmpty());
    QCOMPARE(failed.size(), 1);
    QVERIFY(m_http.bodyBytesReceived() < size);
    QVERIFY(!m_http.requests().last().complete);
    QVERIFY(nextStanza().isNull());
}

void TestHttpUpload::putWritesWholeTlsRecords()
{
    // The head in a TLS record of its own, then the body in full 16 KiB records: a server reading 8 KiB at a time
    // (Prosody) never finds half a read left over. Content-Length, never chunked.
    QVERIFY(start());
    TlsRecordRelay relay;
    QVERIFY(relay.listen(m_http.port()));
    const qint64 size = 1024 * 1024 + 1000;
    const QString path = makeFile(u"records.bin"_s, size);
    QSignalSpy finished(m_upload.get(), &HttpUploadManager::uploadFinished);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    QVERIFY(m_upload->upload(path) != 0);
    answerDiscovery();
    answerSlot(relay.url("/put/records"), m_http.url("/get/records"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    const HttpsTestServer::Request &put = m_http.requests().last();
    QCOMPARE(put.method, "PUT");
    QCOMPARE(put.header("content-length"), QByteArray::number(size));
    QVERIFY(put.header("transfer-encoding").isEmpty());
    QVERIFY(put.header("expect").isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(put.body == file.readAll());

    // 64 full records (16 KiB and the cipher's overhead), the last 1000 bytes in one more; before them the head's.
    const QList<int> &records = relay.records;
    const int full = *std::max_element(records.cbegin(), records.cend());
    QVERIFY2(full > 16 * 1024 && full <= 16 * 1024 + 256, qPrintable(QString::number(full)));
    const qsizetype first = records.indexOf(full);
    QVERIFY(first >= 1);
    const QList<int> body = records.mid(first);
    QCOMPARE(body.size(), 65);
    QCOMPARE(body.count(full), 64);
    QCOMPARE(body.last(), 1000 + (full - 16 * 1024));
    const int head = records.at(first - 1);
    QVERIFY2(head > 100 && head < 1024, qPrintable(QString::number(head))); // the head alone, no body bytes
}

void TestHttpUpload::fileShrinkingWhileSentFails()
{
    // The file is read as the socket drains: truncated underneath, the upload stops with a clear error instead of
    // sending a short body or stalling.
    QVERIFY(start());
    const qint64 size = 32LL * 1024 * 1024;
    const QString path = makeFile(u"shrinks.bin"_s, size);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    QSignalSpy finished(m_upload.get(), &HttpUploadManager::uploadFinished);
    const qsizetype before = m_http.requests().size();
    bool truncated = false;
    connect(m_upload.get(), &HttpUploadManager::uploadProgress, this, [&] {
        if (!truncated) {
            truncated = true;
            QVERIFY(QFile::resize(path, 1024));
        }
    });
    HttpUploadManager::UploadOptions options;
    options.to = jid("bob@example.net");
    QVERIFY(m_upload->upload(path, options) != 0);
    answerDiscovery("");
    answerSlot(m_http.url("/put/shrinks"), m_http.url("/get/shrinks"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size() + finished.size(), 1, 10000);
    QVERIFY(truncated);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::FileUnreadable);
    QCOMPARE(failed.first().at(2).toString(), u"The file %1 changed while it was being sent."_s.arg(path));
    QCOMPARE(m_upload->activeTransfers(), 0);
    QTRY_COMPARE(m_http.requests().size(), before + 1);
    QVERIFY(!m_http.requests().last().complete);
    QVERIFY(m_http.requests().last().bodyBytes < size);
    QVERIFY(nextStanza().isNull()); // no message
}

void TestHttpUpload::answersParsed_data()
{
    QTest::addColumn<QByteArray>("answer"); // empty: the usual answer, given as soon as the head came
    QTest::addColumn<int>("status");
    QTest::addColumn<FileTransferError>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "5;ext=1\r\nhello\r\n10\r\n0123456789abcdef\r\n0\r\nX-Trailer: 1\r\n\r\n")
                             << 201 << FileTransferError::None << QString();
    QTest::newRow("100 continue") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"
                                                "Content-Length: 2\r\n\r\nok")
                                  << 200 << FileTransferError::None << QString();
    QTest::newRow("early 413") << QByteArray() << 413 << FileTransferError::TooLarge << u"too large"_s;
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << 0 << FileTransferError::Network
                              << u"The upload server's answer is not HTTP."_s;
    QTest::newRow("endless head") << QByteArray("HTTP/1.1 201 Created\r\nX-Long: " + QByteArray(40000, 'a')) << 0
                                  << FileTransferError::Network << u"The upload server sent an oversized answer."_s;
    QTest::newRow("huge chunk size") << QByteArray(
        "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray(100, '1') + "\r\n")
                                     << 0 << FileTransferError::Network << u"The upload server's answer is not HTTP."_s;
    const QByteArray chunk = "8000\r\n" + QByteArray(0x8000, 'x') + "\r\n";
    QTest::newRow("chunks beyond the cap")
        << QByteArray("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk + chunk + chunk) << 0
        << FileTransferError::Network << u"The upload server sent an oversized answer."_s;
}

void TestHttpUpload::answersParsed()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, status);
    QFETCH(FileTransferError, kind);
    QFETCH(QString, text);
    QVERIFY(start());
    // The connection stays open after these answers: the client knows from the answer alone that it is complete.
    m_http.rawAnswer = answer;
    m_http.status = status;
    m_http.answerAfterHead = answer.isEmpty();
    const qint64 size = 4LL * 1024 * 1024;
    const QString path = makeFile(u"answer.bin"_s, size);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    QSignalSpy finished(m_upload.get(), &HttpUploadManager::uploadFinished);
    QVERIFY(m_upload->upload(path) != 0);
    answerDiscovery("");
    answerSlot(m_http.url("/put/answer"), m_http.url("/get/answer"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size() + finished.size(), 1, 10000);
    if (kind == FileTransferError::None) {
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
        QCOMPARE(m_http.requests().last().bodyBytes, size);
    } else {
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).value<FileTransferError>(), kind);
        QVERIFY2(failed.first().at(2).toString().contains(text), qPrintable(failed.first().at(2).toString()));
    }
    QCOMPARE(m_upload->activeTransfers(), 0);
}

void TestHttpUpload::stalledServerTimesOut()
{
    // A server that stops reading: no progress for the timeout fails the PUT (the manager uses 30 s).
    m_http.stallAfterBytes = 64 * 1024;
    const qint64 size = 64LL * 1024 * 1024; // more than the kernel's socket buffers hold
    const QString path = makeFile(u"stall.bin"_s, size);
    auto file = std::make_unique<QFile>(path);
    QVERIFY(file->open(QIODevice::ReadOnly));
    HttpPut put(std::move(file), size, QUrl(QString::fromLatin1(m_http.url("/put/stall"))), {});
    const QByteArray trusted = CertificateTrust::fingerprint(m_http.certificate());
    put.setSslErrorCheck([&](const QList<QSslError> &, const QList<QSslCertificate> &chain) {
        return !chain.isEmpty() && CertificateTrust::fingerprint(chain.first()) == trusted;
    });
    put.setTimeout(1500);
    QSignalSpy finished(&put, &HttpPut::finished);
    QSignalSpy progress(&put, &HttpPut::uploadProgress);
    QElapsedTimer clock;
    clock.start();
    put.start();
    QVERIFY(finished.isEmpty()); // never from inside start()
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(put.error(), HttpPut::Error::Timeout);
    QVERIFY(clock.elapsed() >= 1400); // a coarse timer may fire 5% early
    QVERIFY(!progress.isEmpty());
    QVERIFY(put.bytesWritten() < size); // read from the file only as the socket drained
    QFile::remove(path);
}

void TestHttpUpload::progressIsMonotonic()
{
    QVERIFY(start());
    const qint64 size = 8LL * 1024 * 1024;
    const QString path = makeFile(u"progress.bin"_s, size);
    QSignalSpy finished(m_upload.get(), &HttpUploadManager::uploadFinished);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    QSignalSpy progress(m_upload.get(), &HttpUploadManager::uploadProgress);
    QVERIFY(m_upload->upload(path) != 0);
    answerDiscovery("");
    answerSlot(m_http.url("/put/progress"), m_http.url("/get/progress"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QCOMPARE(finished.first().at(2).toLongLong(), 0); // no recipient: no message
    QVERIFY(progress.size() >= 2);
    qint64 last = 0;
    for (const QList<QVariant> &p : std::as_const(progress)) {
        QVERIFY(p.at(1).toLongLong() > last);
        QCOMPARE(p.at(2).toLongLong(), size);
        last = p.at(1).toLongLong();
    }
    QCOMPARE(last, size);
    QCOMPARE(m_http.requests().last().bodyBytes, size);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(m_http.requests().last().body == file.readAll());
}

void TestHttpUpload::untrustedCertificateRefused()
{
    QVERIFY(start(false));
    const QString path = makeFile(u"t.bin"_s, 100);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    const qsizetype before = m_http.requests().size();
    QVERIFY(m_upload->upload(path) != 0);
    answerDiscovery();
    answerSlot(m_http.url("/put/t"), m_http.url("/get/t"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::Tls);
    QVERIFY2(failed.first().at(2).toString().startsWith(u"The certificate of 127.0.0.1 is not trusted"_s),
        qPrintable(failed.first().at(2).toString()));
    QCOMPARE(m_http.requests().size(), before);
    // Downloads follow the same rules.
    QSignalSpy downloadFailed(m_upload.get(), &HttpUploadManager::downloadFailed);
    QVERIFY(m_upload->download(fileUrl("/get/t"), m_dir.filePath(u"t.out"_s)) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(downloadFailed.size(), 1, 10000);
    QCOMPARE(downloadFailed.first().at(1).value<FileTransferError>(), FileTransferError::Tls);
    QVERIFY(!QFile::exists(m_dir.filePath(u"t.out"_s)));
}

void TestHttpUpload::encryptedConversationNeedsConfirmation()
{
    QVERIFY(start());
    m_upload->setEncryptionCheck([](const Jid &to) { return to.bare() == jid("secret@example.net"); });
    const QString path = makeFile(u"s.bin"_s, 100);
    HttpUploadManager::UploadOptions options;
    options.to = jid("secret@example.net/phone");
    QCOMPARE(m_upload->upload(path, options), 0u);
    QCOMPARE(m_upload->lastErrorKind(), FileTransferError::Encrypted);
    QVERIFY(m_upload->lastError().contains(u"uploaded unencrypted"_s));
    QVERIFY(m_session->expectNothing());
    options.confirmedUnencrypted = true;
    QVERIFY(m_upload->upload(path, options) != 0);
    answerDiscovery();
    QVERIFY(nextStanza().hasChild(u"request", HttpUploadManager::xmlns()));
    // Another contact's conversation is not encrypted: no confirmation needed.
    options.to = jid("bob@example.net");
    options.confirmedUnencrypted = false;
    QVERIFY(m_upload->upload(path, options) != 0);
}

void TestHttpUpload::unreadableFileRefused()
{
    QVERIFY(start());
    QCOMPARE(m_upload->upload(m_dir.filePath(u"missing.bin"_s)), 0u);
    QCOMPARE(m_upload->lastErrorKind(), FileTransferError::FileUnreadable);
    QCOMPARE(m_upload->upload(m_dir.path()), 0u);
    QCOMPARE(m_upload->lastErrorKind(), FileTransferError::FileUnreadable);
    QCOMPARE(m_upload->upload(makeFile(u"empty.bin"_s, 0)), 0u);
    QCOMPARE(m_upload->lastErrorKind(), FileTransferError::FileUnreadable);
    QVERIFY(m_session->expectNothing());
    // A file name with a path and control characters is cleaned for the request.
    QCOMPARE(HttpUploadManager::cleanFileName(u"../../etc/pass\nwd\u0001"_s), u"passwd"_s);
    QCOMPARE(HttpUploadManager::cleanFileName(u"C:\\x\\"_s), u"file"_s);
}

void TestHttpUpload::fileMessageDetection()
{
    QVERIFY(start());
    const QByteArray url = "https://upload.example.com/get/1/cat.jpg";
    m_session->inject("<message from='bob@example.net/phone' to='user@example.com/balcony' type='chat' id='m1'>"
                      "<body>"
        + url + "</body><x xmlns='jabber:x:oob'><url>" + url + "</url></x></message>");
    // Body different from the URL: an ordinary message with a link.
    m_session->inject("<message from='bob@example.net/phone' to='user@example.com/balcony' type='chat' id='m2'>"
                      "<body>look: "
        + url + "</body><x xmlns='jabber:x:oob'><url>" + url + "</url></x></message>");
    // Not https: never a file to fetch.
    m_session->inject("<message from='bob@example.net/phone' to='user@example.com/balcony' type='chat' id='m3'>"
                      "<body>http://upload.example.com/x</body><x xmlns='jabber:x:oob'>"
                      "<url>http://upload.example.com/x</url></x></message>");
    m_session->inject("<message from='bob@example.net/phone' to='user@example.com/balcony' type='chat' id='m4'>"
                      "<body>javascript:alert(1)</body><x xmlns='jabber:x:oob'><url>javascript:alert(1)</url></x>"
                      "</message>");
    const QList<StoredMessage> rows = m_history.page(jid("bob@example.net"), 10);
    QCOMPARE(rows.size(), 4);
    int files = 0;
    for (const StoredMessage &row : rows) {
        const QUrl found = FileMessage::urlOf(row);
        if (row.messageId == u"m1"_s) {
            QCOMPARE(found, QUrl(QString::fromLatin1(url)));
            QCOMPARE(FileMessage::fileName(found), u"cat.jpg"_s);
            ++files;
        } else {
            QVERIFY2(found.isEmpty(), qPrintable(row.messageId));
        }
    }
    QCOMPARE(files, 1);
    QCOMPARE(FileMessage::fileName(QUrl(u"https://h/get/x%2F..%2F%0Aevil"_s)), u"evil"_s);
    QCOMPARE(FileMessage::fileName(QUrl(u"https://h/get/%2E%2E"_s)), u"file"_s);
    QCOMPARE(FileMessage::fileName(QUrl(u"https://h/"_s)), u"file"_s);
}

void TestHttpUpload::downloadByteIdentical()
{
    QVERIFY(start());
    QByteArray content(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
    m_http.files.insert("/get/d.bin", content);
    QSignalSpy done(m_upload.get(), &HttpUploadManager::downloadFinished);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::downloadFailed);
    QSignalSpy progress(m_upload.get(), &HttpUploadManager::downloadProgress);
    const QString target = m_dir.filePath(u"d.out"_s);
    QVERIFY(m_upload->download(fileUrl("/get/d.bin"), target) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(done.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == content);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toLongLong(), content.size());
}

void TestHttpUpload::downloadRefusesPlainHttp()
{
    QVERIFY(start());
    const qsizetype before = m_http.requests().size();
    QCOMPARE(m_upload->download(QUrl(u"http://127.0.0.1:%1/get/x"_s.arg(m_http.port())), m_dir.filePath(u"x"_s)), 0u);
    QCOMPARE(m_upload->lastErrorKind(), FileTransferError::BadSlot);
    QCOMPARE(m_upload->download(QUrl(u"file:///etc/passwd"_s), m_dir.filePath(u"x"_s)), 0u);
    QCOMPARE(m_upload->lastErrorKind(), FileTransferError::BadSlot);
    QTest::qWait(100);
    QCOMPARE(m_http.requests().size(), before);
    QVERIFY(!QFile::exists(m_dir.filePath(u"x"_s)));
}

void TestHttpUpload::downloadCapped()
{
    QVERIFY(start());
    m_http.files.insert("/get/big", QByteArray(2 * 1024 * 1024, 'b'));
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::downloadFailed);
    const QString target = m_dir.filePath(u"big.out"_s);
    // Announced larger than the cap: refused on the headers.
    QVERIFY(m_upload->download(fileUrl("/get/big"), target, 1024 * 1024) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::TooLarge);
    QVERIFY(failed.first().at(2).toString().contains(u"2.0 MiB"_s));
    QVERIFY(!QFile::exists(target));
    // No length announced (or a lying one): counted as it comes.
    m_http.announcedLength = -2;
    QVERIFY(m_upload->download(fileUrl("/get/big"), target, 1024 * 1024) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
    QCOMPARE(failed.last().at(1).value<FileTransferError>(), FileTransferError::TooLarge);
    QVERIFY(!QFile::exists(target));
    m_http.announcedLength = 100;
    QSignalSpy done(m_upload.get(), &HttpUploadManager::downloadFinished);
    QVERIFY(m_upload->download(fileUrl("/get/big"), target, 1024 * 1024) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size() + done.size(), 3, 10000);
    // Qt reads only the announced 100 bytes: the file is what the server said it is, never more.
    if (!done.isEmpty()) {
        QCOMPARE(QFileInfo(target).size(), 100);
    }
}

void TestHttpUpload::downloadHttpError()
{
    QVERIFY(start());
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::downloadFailed);
    const QString target = m_dir.filePath(u"404.out"_s);
    QVERIFY(m_upload->download(fileUrl("/get/none"), target) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::Http);
    QVERIFY(failed.first().at(2).toString().contains(u"404"_s));
    QVERIFY(!QFile::exists(target));
}

// --- XEP-0454

namespace {

const QByteArray GcmKey = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
const QByteArray GcmIv12 = QByteArray::fromHex("6465666768696a6b6c6d6e6f");
const QByteArray GcmIv16 = QByteArray::fromHex("c8c9cacbcccdcecfd0d1d2d3d4d5d6d7");

// Decrypts a whole XEP-0454 body (ciphertext || tag); nullopt when the tag does not verify.
std::optional<QByteArray> gcmOpen(const QByteArray &key, const QByteArray &iv, const QByteArray &body)
{
    auto gcm = crypto::AesGcmStream::create(crypto::AesGcmStream::Direction::Decrypt, key, iv);
    if (!gcm || body.size() < 16) {
        return std::nullopt;
    }
    const std::optional<QByteArray> plain = gcm->update(QByteArrayView(body).first(body.size() - 16));
    if (!plain || !gcm->finishDecryption(QByteArrayView(body).last(16))) {
        return std::nullopt;
    }
    return plain;
}

// Encrypts `plain` in the XEP-0454 layout.
QByteArray gcmSeal(const QByteArray &key, const QByteArray &iv, const QByteArray &plain)
{
    auto gcm = crypto::AesGcmStream::create(crypto::AesGcmStream::Direction::Encrypt, key, iv);
    if (!gcm) {
        return {};
    }
    QByteArray sealed = gcm->update(plain).value_or(QByteArray()); // before the tag: two statements, in order
    sealed += gcm->finishEncryption().value_or(QByteArray());
    return sealed;
}

QByteArray randomContent(qsizetype size)
{
    QByteArray content(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
    return content;
}

} // namespace

// AES-256-GCM against values computed independently (Python's `cryptography`, AESGCM.encrypt), with the 12-byte IV
// Balcony sends and the 16-byte IV older clients send; streamed in odd pieces the result is the same.
void TestHttpUpload::aesGcmKnownAnswers()
{
    const QByteArray plain = "Balcony XEP-0454 known answer: the quick brown fox";
    const QByteArray expected12 = QByteArray::fromHex(
        "0a7ab20516872fbe66270fc5ea515fc962a96865fc02d313c9a2db2d8999853cfc8c60b1397bf86fdd910a508a2ceaa97423cddd5fba3"
        "5ef99cbd588bc51541defe8");
    const QByteArray expected16 = QByteArray::fromHex(
        "66496342f953f7dd96042a148ab0cbb5f7af46c88e1021a9496b83de70480838c64359726a2e53fc2340fc5498fd80a4d42089cf4697e"
        "ce69a54fa80fe850c42a26e");
    QCOMPARE(gcmSeal(GcmKey, GcmIv12, plain).toHex(), expected12.toHex());
    QCOMPARE(gcmSeal(GcmKey, GcmIv16, plain).toHex(), expected16.toHex());
    QCOMPARE(gcmOpen(GcmKey, GcmIv12, expected12), plain);
    QCOMPARE(gcmOpen(GcmKey, GcmIv16, expected16), plain);

    auto gcm = crypto::AesGcmStream::create(crypto::AesGcmStream::Direction::Encrypt, GcmKey, GcmIv12);
    QVERIFY(gcm);
    QByteArray pieces;
    for (qsizetype at = 0; at < plain.size(); at += 7) {
        pieces += *gcm->update(QByteArrayView(plain).sliced(at, std::min<qsizetype>(7, plain.size() - at)));
    }
    pieces += *gcm->finishEncryption();
    QCOMPARE(pieces.toHex(), expected12.toHex());
    QVERIFY(!gcm->update("more")); // finished: refused
    QVERIFY(!gcm->finishEncryption());

    // Any flipped bit, a wrong key, IV or tag: refused.
    for (const qsizetype at : { qsizetype(0), plain.size() - 1, plain.size(), expected12.size() - 1 }) {
        QByteArray bad = expected12;
        bad[at] = char(bad.at(at) ^ 0x01);
        QVERIFY2(!gcmOpen(GcmKey, GcmIv12, bad), qPrintable(QString::number(at)));
    }
    QByteArray otherKey = GcmKey;
    otherKey[5] = 'x';
    QVERIFY(!gcmOpen(otherKey, GcmIv12, expected12));
    QVERIFY(!gcmOpen(GcmKey, GcmIv16, expected12));
    QVERIFY(!gcmOpen(GcmKey, GcmIv12, expected12.left(15)));
    // Sizes the format does not have.
    QVERIFY(!crypto::AesGcmStream::create(crypto::AesGcmStream::Direction::Encrypt, GcmKey.left(31), GcmIv12));
    QVERIFY(!crypto::AesGcmStream::create(crypto::AesGcmStream::Direction::Encrypt, GcmKey, GcmIv12.left(11)));
    QVERIFY(!crypto::AesGcmStream::create(crypto::AesGcmStream::Direction::Decrypt, GcmKey, QByteArray(32, 'i')));
    auto decrypt = crypto::AesGcmStream::create(crypto::AesGcmStream::Direction::Decrypt, GcmKey, GcmIv12);
    QVERIFY(!decrypt->finishDecryption(QByteArray(15, 't')));
    QVERIFY(crypto::errorQueueIsEmpty());

    // A whole file through AesGcmLink::encrypt(): ciphertext then tag, decrypting to the original.
    const QByteArray file = randomContent(3 * AesGcmLink::chunkBytes() + 5);
    QBuffer in;
    in.setData(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    const AesGcmLink link = AesGcmLink::generate(QUrl(u"https://h/x"_s));
    QCOMPARE(link.key.size(), 32);
    QCOMPARE(link.iv.size(), 12);
    QVERIFY(link.key != AesGcmLink::generate().key);
    QCOMPARE(link.encrypt(in, out), file.size() + 16);
    QCOMPARE(out.data().size(), file.size() + 16);
    QVERIFY(out.data().left(1000) != file.left(1000));
    QCOMPARE(gcmOpen(link.key, link.iv, out.data()), file);
}

void TestHttpUpload::aesGcmLinkParsing_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("ivSize");
    const QString iv12 = QString::fromLatin1(GcmIv12.toHex());
    const QString iv16 = QString::fromLatin1(GcmIv16.toHex());
    const QString key = QString::fromLatin1(GcmKey.toHex());
    QTest::newRow("12-byte IV") << u"aesgcm://upload.example.com/get/a/cat.jpg#"_s + iv12 + key << true << 12;
    QTest::newRow("16-byte IV") << u"aesgcm://upload.example.com/get/a/cat.jpg#"_s + iv16 + key << true << 16;
    QTest::newRow("upper-case hex, port, query")
        << u"aesgcm://upload.example.com:5281/g/x.bin?t=1#"_s + QString(iv12 + key).toUpper() << true << 12;
    QTest::newRow("87 digits") << u"aesgcm://h/x#"_s + QString(iv12 + key).left(87) << false << 0;
    QTest::newRow("89 digits") << u"aesgcm://h/x#"_s + iv12 + key + u"0"_s << false << 0;
    QTest::newRow("95 digits") << u"aesgcm://h/x#"_s + QString(iv16 + key).left(95) << false << 0;
    QTest::newRow("97 digits") << u"aesgcm://h/x#"_s + iv16 + key + u"a"_s << false << 0;
    QTest::newRow("64 digits (key only)") << u"aesgcm://h/x#"_s + key << false << 0;
    QTest::newRow("no fragment") << u"aesgcm://h/x"_s << false << 0;
    QTest::newRow("not hex") << u"aesgcm://h/x#"_s + QString(iv12 + key).left(87) + u"g"_s << false << 0;
    QTest::newRow("https") << u"https://h/x#"_s + iv12 + key << false << 0;
    QTest::newRow("http") << u"http://h/x#"_s + iv12 + key << false << 0;
    QTest::newRow("no host") << u"aesgcm:///x#"_s + iv12 + key << false << 0;
    QTest::newRow("user info") << u"aesgcm://user:pw@h/x#"_s + iv12 + key << false << 0;
    QTest::newRow("too long") << u"aesgcm://h/"_s + QString(5000, u'a') + u"#"_s + iv12 + key << false << 0;
}

void TestHttpUpload::aesGcmLinkParsing()
{
    QFETCH(QString, link);
    QFETCH(bool, valid);
    QFETCH(int, ivSize);
    QString why;
    const std::optional<AesGcmLink> parsed = AesGcmLink::parse(link, &why);
    QCOMPARE(parsed.has_value(), valid);
    QCOMPARE(AesGcmLink::fromBody(u"  "_s + link + u"\n"_s).has_value(), valid);
    if (!valid) {
        QVERIFY(!why.isEmpty());
        if (!link.startsWith(u"aesgcm:"_s)) {
            return; // another scheme: not a link to an encrypted file (https is an ordinary download)
        }
        // Never a download either: refused at once.
        QVERIFY(start());
        QCOMPARE(m_upload->download(QUrl(link), m_dir.filePath(u"never"_s)), 0u);
        QCOMPARE(m_upload->lastErrorKind(), FileTransferError::BadSlot);
        QVERIFY(!QFile::exists(m_dir.filePath(u"never"_s)));
        return;
    }
    QCOMPARE(parsed->iv.size(), ivSize);
    QCOMPARE(parsed->key, GcmKey);
    QCOMPARE(parsed->iv, ivSize == 12 ? GcmIv12 : GcmIv16);
    QCOMPARE(parsed->httpsUrl.scheme(), u"https"_s);
    QVERIFY(!parsed->httpsUrl.hasFragment());
    QCOMPARE(AesGcmLink::parse(parsed->toUrl())->key, parsed->key);
    // A body with anything else besides the link is text, not a file.
    QVERIFY(!AesGcmLink::fromBody(u"look: "_s + link));
    QVERIFY(!AesGcmLink::fromBody(link + u" "_s + link));
}

// Into an encrypted conversation: the file is encrypted before it leaves (the PUT carries ciphertext and tag, as
// application/octet-stream), the slot asks for the encrypted size, and the aesgcm:// link goes to the encrypted
// sender, never into a clear message and never with an OOB <x/>.
void TestHttpUpload::encryptedUploadSendsTheLinkEncrypted()
{
    QVERIFY(start());
    m_upload->setEncryptionCheck([](const Jid &to) { return to.bare() == jid("secret@example.net"); });
    QList<std::pair<Jid, QString>> sent;
    m_upload->setEncryptedSender(
        [&sent](const Jid &to, const QString &body, const HttpUploadManager::EncryptedSendDone &done) {
            sent.append({ to, body });
            done(77, QString());
        });
    const QString path = makeFile(u"secret plan.png"_s, 200 * 1024 + 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QSignalSpy finished(m_upload.get(), &HttpUploadManager::uploadFinished);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    const qsizetype before = m_http.requests().size();
    UploadOptions options;
    options.to = jid("secret@example.net/phone");
    QVERIFY2(m_upload->upload(path, options) != 0, qPrintable(m_upload->lastError()));
    answerDiscovery();
    const Element request = nextStanza();
    const Element slotRequest = request.firstChild(u"request", HttpUploadManager::xmlns());
    QCOMPARE(slotRequest.attribute(u"size"), QString::number(content.size() + 16));
    QCOMPARE(slotRequest.attribute(u"content-type"), u"application/octet-stream"_s);
    m_session->inject("<iq type='result' from='upload.example.com' id='" + request.attribute(u"id").toUtf8()
        + "'><slot xmlns='urn:xmpp:http:upload:0'><put url='" + m_http.url("/put/e/secret%20plan.png") + "'/><get url='"
        + m_http.url("/get/e/secret%20plan.png") + "'/></slot></iq>");
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));

    QCOMPARE(m_http.requests().size(), before + 1);
    const HttpsTestServer::Request put = m_http.requests().last();
    QCOMPARE(put.header("content-type"), "application/octet-stream");
    QCOMPARE(put.body.size(), content.size() + 16);
    QVERIFY(!put.body.contains(content.left(64)));

    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first, jid("secret@example.net/phone"));
    const std::optional<AesGcmLink> link = AesGcmLink::fromBody(sent.first().second);
    QVERIFY2(link, qPrintable(sent.first().second));
    QCOMPARE(link->httpsUrl, fileUrl("/get/e/secret%20plan.png"));
    QCOMPARE(sent.first().second.section(u'#', 1).size(), 88);
    QCOMPARE(gcmOpen(link->key, link->iv, put.body), content);
    QCOMPARE(finished.first().at(1).toUrl(), link->toUrl());
    QCOMPARE(finished.first().at(2).toLongLong(), 77);
    // Nothing in the clear: no message stanza, no history row with the link.
    QVERIFY(nextStanza().isNull());
    QCOMPARE(m_history.page(jid("secret@example.net"), 10).size(), 0);
    QCOMPARE(m_upload->activeTransfers(), 0);

    // UploadOptions::encrypt without a recipient: the link only, for a caller that sends it itself.
    UploadOptions only;
    only.encrypt = true;
    QVERIFY(m_upload->upload(path, only) != 0);
    answerSlot(m_http.url("/put/f"), m_http.url("/get/f"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 2, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    const std::optional<AesGcmLink> second = AesGcmLink::parse(finished.last().at(1).toUrl());
    QVERIFY(second);
    QVERIFY(second->key != link->key && second->iv != link->iv);
    QCOMPARE(gcmOpen(second->key, second->iv, m_http.requests().last().body), content);
    QCOMPARE(sent.size(), 1);

    // The user chose the clear for this file (a contact whose client cannot read aesgcm://): XEP-0066 as before.
    options.confirmedUnencrypted = true;
    QVERIFY(m_upload->upload(path, options) != 0);
    answerSlot(m_http.url("/put/g"), m_http.url("/get/g"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 3, 10000);
    QCOMPARE(m_http.requests().last().body, content);
    QCOMPARE(nextStanza().firstChild(u"x", u"jabber:x:oob").childText(u"url", u"jabber:x:oob"),
        QString::fromLatin1(m_http.url("/get/g")));
}

// XEP-0454 encryption of a file is not done by upload() (a large file would freeze the window for seconds): the
// encrypted copy is written on the thread pool while the caller's event loop goes on, and the slot is asked for its
// size when it is done. A transfer cancelled while it is encrypted fails as cancelled and asks for nothing; a copy
// larger than the service takes (the tag on top) fails as too large.
void TestHttpUpload::encryptionRunsOffTheCallersThread()
{
    QVERIFY(start());
    m_upload->setEncryptedSender(
        [](const Jid &, const QString &, const HttpUploadManager::EncryptedSendDone &done) { done(5, QString()); });
    QSignalSpy finished(m_upload.get(), &HttpUploadManager::uploadFinished);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    constexpr qint64 Max = 2 * 1024 * 1024;
    const QString path = makeFile(u"big.bin"_s, Max / 2);
    UploadOptions options;
    options.encrypt = true;
    const quint64 id = m_upload->upload(path, options);
    QVERIFY(id != 0);
    // Returned before the copy was written (its completion comes through this thread's event loop).
    QCOMPARE(m_upload->encryptionsRunning(), 1);
    answerDiscovery(QByteArray::number(Max));
    const Element request = nextStanza(); // waits for the copy
    QCOMPARE(
        request.firstChild(u"request", HttpUploadManager::xmlns()).attribute(u"size"), QString::number(Max / 2 + 16));
    m_session->inject("<iq type='result' from='upload.example.com' id='" + request.attribute(u"id").toUtf8()
        + "'><slot xmlns='urn:xmpp:http:upload:0'><put url='" + m_http.url("/put/big") + "'/><get url='"
        + m_http.url("/get/big") + "'/></slot></iq>");
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QCOMPARE(m_http.requests().last().body.size(), Max / 2 + 16);

    // Cancelled while it is encrypted: nothing is asked, the failure says so.
    const quint64 cancelled = m_upload->upload(path, options);
    QVERIFY(cancelled != 0);
    QCOMPARE(m_upload->encryptionsRunning(), 1);
    QVERIFY(m_upload->cancel(cancelled));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.last().at(0).toULongLong(), cancelled);
    QCOMPARE(failed.last().at(1).value<FileTransferError>(), FileTransferError::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(m_upload->encryptionsRunning(), 0, 10000);
    QVERIFY(nextStanza().isNull());
    QCOMPARE(m_upload->activeTransfers(), 0);

    // The service takes the file but not its encrypted copy (the tag on top): too large, said once the copy is known.
    QVERIFY(m_upload->upload(makeFile(u"edge.bin"_s, Max - 8), options) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
    QCOMPARE(failed.last().at(1).value<FileTransferError>(), FileTransferError::TooLarge);
    QVERIFY2(failed.last().at(2).toString().contains(u"encrypted"_s), qPrintable(failed.last().at(2).toString()));
    QVERIFY(nextStanza().isNull());
    QCOMPARE(m_upload->activeTransfers(), 0);
}

// The encrypted sender cannot send the link (no trusted device, say): the upload fails with that reason, and the
// link is sent nowhere.
void TestHttpUpload::encryptedUploadLinkNotSent()
{
    QVERIFY(start());
    m_upload->setEncryptionCheck([](const Jid &) { return true; });
    m_upload->setEncryptedSender([](const Jid &, const QString &, const HttpUploadManager::EncryptedSendDone &done) {
        done(0, u"no trusted device"_s);
    });
    QSignalSpy finished(m_upload.get(), &HttpUploadManager::uploadFinished);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::uploadFailed);
    UploadOptions options;
    options.to = jid("secret@example.net");
    QVERIFY(m_upload->upload(makeFile(u"n.bin"_s, 1000), options) != 0);
    answerDiscovery();
    answerSlot(m_http.url("/put/n"), m_http.url("/get/n"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 10000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::Encrypted);
    QVERIFY2(
        failed.first().at(2).toString().contains(u"no trusted device"_s), qPrintable(failed.first().at(2).toString()));
    QVERIFY(nextStanza().isNull());
}

void TestHttpUpload::encryptedDownloadDecrypts_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QByteArray>("iv");
    QTest::newRow("1 byte") << 1 << GcmIv12;
    QTest::newRow("3 MiB + 17, 12-byte IV") << 3 * 1024 * 1024 + 17 << GcmIv12;
    QTest::newRow("100 KiB, 16-byte IV") << 100 * 1024 << GcmIv16;
}

// A received aesgcm:// link: fetched over https (the account's TLS rules), decrypted as it comes, byte-identical.
void TestHttpUpload::encryptedDownloadDecrypts()
{
    QFETCH(int, size);
    QFETCH(QByteArray, iv);
    QVERIFY(start());
    const QByteArray content = randomContent(size);
    m_http.files.insert("/get/enc.bin", gcmSeal(GcmKey, iv, content));
    AesGcmLink link;
    link.httpsUrl = fileUrl("/get/enc.bin");
    link.key = GcmKey;
    link.iv = iv;
    QSignalSpy done(m_upload.get(), &HttpUploadManager::downloadFinished);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::downloadFailed);
    const QString target = m_dir.filePath(u"enc.out"_s);
    QFile::remove(target);
    QVERIFY(m_upload->download(link.toUrl(), target) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(done.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == content);
    QCOMPARE(m_http.requests().last().path, "/get/enc.bin");
}

void TestHttpUpload::encryptedDownloadTamperedNotKept_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("a flipped bit") << u"flip"_s;
    QTest::newRow("the tag cut off") << u"truncate"_s;
    QTest::newRow("shorter than a tag") << u"tiny"_s;
    QTest::newRow("a byte appended") << u"append"_s;
    QTest::newRow("the wrong key") << u"key"_s;
    QTest::newRow("the clear file") << u"clear"_s;
}

// Whatever does not verify is not kept: no target file, a clear Integrity error.
void TestHttpUpload::encryptedDownloadTamperedNotKept()
{
    QFETCH(QString, damage);
    QVERIFY(start());
    const QByteArray content = randomContent(300 * 1024);
    QByteArray body = gcmSeal(GcmKey, GcmIv12, content);
    QByteArray key = GcmKey;
    if (damage == u"flip"_s) {
        body[1000] = char(body.at(1000) ^ 0x40);
    } else if (damage == u"truncate"_s) {
        body.chop(16);
    } else if (damage == u"tiny"_s) {
        body = body.left(10);
    } else if (damage == u"append"_s) {
        body.append('x');
    } else if (damage == u"key"_s) {
        key[0] = char(key.at(0) ^ 1);
    } else {
        body = content;
    }
    m_http.files.insert("/get/bad.bin", body);
    AesGcmLink link;
    link.httpsUrl = fileUrl("/get/bad.bin");
    link.key = key;
    link.iv = GcmIv12;
    QSignalSpy done(m_upload.get(), &HttpUploadManager::downloadFinished);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::downloadFailed);
    const QString target = m_dir.filePath(u"bad.out"_s);
    QVERIFY(m_upload->download(link.toUrl(), target) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(done.size() + failed.size(), 1, 10000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::Integrity);
    QVERIFY2(failed.first().at(2).toString().contains(u"integrity"_s), qPrintable(failed.first().at(2).toString()));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(m_upload->activeTransfers(), 0);
    QVERIFY(crypto::errorQueueIsEmpty());
}

// The download cap is the decrypted file's (the tag on top), and holds without an announced length too.
void TestHttpUpload::encryptedDownloadCapped()
{
    QVERIFY(start());
    const QByteArray content = randomContent(64 * 1024);
    m_http.files.insert("/get/cap.bin", gcmSeal(GcmKey, GcmIv12, content));
    AesGcmLink link;
    link.httpsUrl = fileUrl("/get/cap.bin");
    link.key = GcmKey;
    link.iv = GcmIv12;
    QSignalSpy done(m_upload.get(), &HttpUploadManager::downloadFinished);
    QSignalSpy failed(m_upload.get(), &HttpUploadManager::downloadFailed);
    const QString target = m_dir.filePath(u"cap.out"_s);
    // Exactly the limit: taken.
    QVERIFY(m_upload->download(link.toUrl(), target, content.size()) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(done.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QCOMPARE(QFileInfo(target).size(), content.size());
    QFile::remove(target);
    // One byte less: refused, on the header and without one.
    for (const qint64 announced : { qint64(-1), qint64(-2) }) {
        m_http.announcedLength = announced;
        QVERIFY(m_upload->download(link.toUrl(), target, content.size() - 1) != 0);
        QTRY_COMPARE_WITH_TIMEOUT(done.size() + failed.size(), announced == -1 ? 2 : 3, 10000);
        QCOMPARE(failed.last().at(1).value<FileTransferError>(), FileTransferError::TooLarge);
        QVERIFY(!QFile::exists(target));
    }
}

// Which rows are encrypted files: an end-to-end encrypted row whose body is exactly one aesgcm:// link. The same link
// received in the clear (its key readable by the server) is text; a failed row is never a file.
void TestHttpUpload::aesGcmLinksOnlyFromEncryptedRows()
{
    QVERIFY(start());
    const QString link
        = u"aesgcm://upload.example.com/get/1/cat.jpg#"_s + QString::fromLatin1(QByteArray(GcmIv12 + GcmKey).toHex());
    m_session->inject("<message from='bob@example.net/phone' to='user@example.com/balcony' type='chat' id='c1'><body>"
        + link.toUtf8() + "</body><x xmlns='jabber:x:oob'><url>" + link.toUtf8() + "</url></x></message>");
    const QList<StoredMessage> rows = m_history.page(jid("bob@example.net"), 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().body, link);
    QVERIFY(FileMessage::urlOf(rows.first()).isEmpty());

    StoredMessage row = rows.first();
    row.e2e.kind = MessageE2eKind::Omemo;
    row.e2e.status = MessageE2eStatus::Decrypted;
    const QUrl url = FileMessage::urlOf(row);
    QCOMPARE(url.scheme(), u"aesgcm"_s);
    QCOMPARE(AesGcmLink::parse(url)->key, GcmKey);
    QCOMPARE(FileMessage::fileName(url), u"cat.jpg"_s);
    row.e2e.kind = MessageE2eKind::Omemo2;
    QVERIFY(!FileMessage::urlOf(row).isEmpty());
    row.e2e.status = MessageE2eStatus::Undecryptable;
    QVERIFY(FileMessage::urlOf(row).isEmpty());
    row.e2e.status = MessageE2eStatus::Decrypted;
    row.body = u"see "_s + link;
    QVERIFY(FileMessage::urlOf(row).isEmpty());
    row.body = link.left(link.size() - 1);
    QVERIFY(FileMessage::urlOf(row).isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpUpload)
#include "tst_httpupload.moc"
