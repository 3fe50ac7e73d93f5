// XEP-0454 (OMEMO media sharing) end to end: Balcony and the independent python-omemo peer (tests/e2e/peer_omemo.py,
// which encrypts, uploads, downloads and decrypts with Python's `cryptography`) on a real server with its XEP-0363
// upload service (XmppServerFixture::Options::fileUpload), in both OMEMO formats:
// - Balcony (its AccountController's file transfers, as the desktop uses them) sends a file into an OMEMO
//   conversation: the server gets only ciphertext, the peer gets the aesgcm:// link inside an OMEMO message (no link
//   and no XEP-0066 <x/> in the clear), downloads it and decrypts it to the same bytes;
// - the peer sends an aesgcm:// link in an OMEMO message: Balcony takes the decrypted row for a file, downloads and
//   decrypts it to the same bytes; the same link with a wrong key fails the tag and nothing is kept;
// - `balcony-cli upload FILE --to PEER` with the policy "always" does the same from the command line.
#include "E2eSupport.h"
#include "OmemoPeer.h"
#include "account/Account.h"
#include "account/ChatSender.h"
#include "app/AccountController.h"
#include "files/AesGcmLink.h"
#include "files/FileMessage.h"
#include "files/HttpUploadManager.h"
#include "omemo/OmemoManager.h"
#include "storage/HistoryStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::test;

Q_DECLARE_METATYPE(balcony::FileTransferError)

namespace {

constexpr int StepTimeoutMs = 30000;

QString passwordOf(const QString &user)
{
    return u"pw-"_s + user;
}

QByteArray randomBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    return data;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// One Balcony device as the desktop runs it: an AccountController over an Account on its own profile folder.
struct Device {
    Device(const XmppServerFixture &server, const QString &user, const QString &profile)
    {
        AccountSettings settings;
        settings.connection = settingsFor(server, user, passwordOf(user));
        settings.connection.jid = settings.connection.jid.withResource(u"balcony"_s);
        settings.profileDir = profile;
        settings.e2eScrypt = { 1024, 8, 1 }; // cheap: tests
        controller = std::make_unique<app::AccountController>(std::make_unique<Account>(settings));
    }
    Account &account() { return controller->account(); }
    bool start()
    {
        QString error;
        if (!controller->open(&error)) {
            qWarning("open: %s", qPrintable(error));
            return false;
        }
        account().connectToServer();
        return QTest::qWaitFor(
            [this] { return account().isOnline() && account().omemo()->isPublished(); }, StepTimeoutMs);
    }
    std::optional<ChatSender::Result> send(const Jid &to, const QString &body)
    {
        std::optional<ChatSender::Result> result;
        ChatSender::Options options;
        options.requireEncryption = true;
        account().chatSender()->send(to, body, options, [&result](const ChatSender::Result &r) { result = r; });
        static_cast<void>(QTest::qWaitFor([&result] { return result.has_value(); }, StepTimeoutMs));
        return result;
    }
    std::optional<StoredMessage> find(const Jid &peer, const QString &body)
    {
        for (const StoredMessage &m : account().historyStore()->page(peer, 500)) {
            if (m.body == body) {
                return m;
            }
        }
        return std::nullopt;
    }
    std::unique_ptr<app::AccountController> controller;
};

} // namespace

class TestE2eOmemoFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void balconySendsAFile_data();
    void balconySendsAFile();
    void peerSendsAFile_data();
    void peerSendsAFile();
    void cliUploadIntoAnOmemoConversation();

private:
    QString bare(const QString &user) const { return user + u'@' + m_server->domain(); }
    Jid jid(const QString &user) const { return *Jid::parse(bare(user)); }
    QString storeFile(const QString &name) const { return m_dir.filePath(name + u".json"_s); }
    QString profile(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            return {};
        }
        return file.fileName();
    }
    std::unique_ptr<OmemoPeer> startPeer(const QString &user)
    {
        auto peer = std::make_unique<OmemoPeer>();
        if (!peer->start(*m_server, bare(user) + u"/peer"_s, passwordOf(user), storeFile(user))) {
            qWarning("%s: %s", qPrintable(user), qPrintable(peer->errorString()));
            return nullptr;
        }
        return peer;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<XmppServerFixture> m_server;
};

void TestE2eOmemoFiles::initTestCase()
{
    qRegisterMetaType<balcony::FileTransferError>();
    BALCONY_REQUIRE_SERVER();
    QString why;
    if (!OmemoPeer::isAvailable(&why)) {
        QSKIP(qPrintable(why));
    }
    if (!OmemoPeer::pythonRuns(u"from cryptography.hazmat.primitives.ciphers.aead import AESGCM"_s)) {
        QSKIP("/usr/bin/python3 has no cryptography module (python3-cryptography)");
    }
    QVERIFY(m_dir.isValid());
    XmppServerFixture::Options options;
    options.fileUpload = true;
    startServerWithUsers(m_server,
        { u"alice1"_s, u"bob1"_s, u"alice2"_s, u"bob2"_s, u"alice3"_s, u"bob3"_s, u"alice4"_s, u"bob4"_s, u"alice5"_s,
            u"bob5"_s },
        options);
    QVERIFY(m_server->httpsPort() != 0);
}

void TestE2eOmemoFiles::cleanupTestCase()
{
    m_server.reset();
}

void TestE2eOmemoFiles::balconySendsAFile_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("alice");
    QTest::addColumn<QString>("bob");
    QTest::newRow("OMEMO 0.3") << int(OmemoVersion::Legacy) << u"alice1"_s << u"bob1"_s;
    QTest::newRow("OMEMO 2") << int(OmemoVersion::V2) << u"alice2"_s << u"bob2"_s;
}

void TestE2eOmemoFiles::balconySendsAFile()
{
    QFETCH(int, version);
    QFETCH(QString, alice);
    QFETCH(QString, bob);
    const auto v = OmemoVersion(version);
    const QString ns = v == OmemoVersion::Legacy ? OmemoPeer::OldNamespace : OmemoPeer::TwoNamespace;
    Device balcony(*m_server, alice, profile(alice));
    QVERIFY(balcony.start());
    balcony.account().omemo()->setPreferredVersion(v);
    auto peer = startPeer(bob);
    QVERIFY(peer);

    // A first message makes it an OMEMO conversation (the peer's devices fetched): files follow the text.
    const std::optional<ChatSender::Result> hello = balcony.send(jid(bob), u"hello, a file follows"_s);
    QVERIFY(hello && hello->ok());
    QVERIFY(hello->kind == MessageE2eKind::Omemo || hello->kind == MessageE2eKind::Omemo2);
    QVERIFY(peer->waitForMessage(bare(alice), u"hello, a file follows"_s, StepTimeoutMs));
    QVERIFY(balcony.controller->sendsEncrypted(jid(bob)));

    const QByteArray content = randomBytes(700 * 1024 + 11);
    const QString path = writeFile(alice + u" holiday.jpg"_s, content);
    HttpUploadManager *files = balcony.controller->fileTransfers();
    QVERIFY(files);
    QSignalSpy finished(files, &HttpUploadManager::uploadFinished);
    QSignalSpy failed(files, &HttpUploadManager::uploadFailed);
    UploadOptions options;
    options.to = jid(bob);
    QVERIFY2(files->upload(path, options) != 0, qPrintable(files->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, StepTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    const QUrl link = finished.first().at(1).toUrl();
    QCOMPARE(link.scheme(), u"aesgcm"_s);
    QCOMPARE(link.fragment().size(), 88);
    QCOMPARE(link.host(), m_server->domain());
    const qint64 historyId = finished.first().at(2).toLongLong();
    QVERIFY(historyId > 0);

    // The sent row: OMEMO, its stanza without the link and without OOB; the row itself is a file for our own view.
    const std::optional<StoredMessage> row = balcony.account().historyStore()->message(historyId);
    QVERIFY(row);
    QVERIFY(row->e2e.isEncrypted());
    QCOMPARE(row->body, link.toString(QUrl::FullyEncoded));
    QVERIFY2(!row->stanzaXml.contains(u"aesgcm"_s), qPrintable(row->stanzaXml));
    QVERIFY2(!row->stanzaXml.contains(u"jabber:x:oob"_s), qPrintable(row->stanzaXml));
    QCOMPARE(FileMessage::urlOf(*row), link);

    // The peer decrypts the message to the link, then downloads and decrypts the file: the same bytes.
    const std::optional<QJsonObject> got
        = peer->waitForMessage(bare(alice), link.toString(QUrl::FullyEncoded), StepTimeoutMs);
    QVERIFY2(got, qPrintable(peer->lastError()));
    QCOMPARE(got->value(u"namespace"_s).toString(), ns);
    for (const QJsonObject &event : peer->pendingEvents()) {
        if (event.value(u"event"_s).toString() == u"raw-message"_s) {
            const QString xml = event.value(u"xml"_s).toString();
            QVERIFY2(!xml.contains(u"aesgcm"_s) && !xml.contains(u"jabber:x:oob"_s), qPrintable(xml));
        }
    }
    const std::optional<QJsonObject> done = peer->request(
        { { u"cmd"_s, u"download-encrypted"_s }, { u"link"_s, link.toString(QUrl::FullyEncoded) } }, StepTimeoutMs);
    QVERIFY(done);
    QVERIFY2(!done->contains(u"error"_s), qPrintable(done->value(u"error"_s).toString()));
    const std::optional<QJsonObject> downloaded = peer->waitFor(u"downloaded", {}, 1000);
    QVERIFY(downloaded);
    QCOMPARE(downloaded->value(u"size"_s).toInteger(), content.size());
    QCOMPARE(downloaded->value(u"sha256"_s).toString(), sha256Hex(content));
    peer->stop();
}

void TestE2eOmemoFiles::peerSendsAFile_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("alice");
    QTest::addColumn<QString>("bob");
    QTest::newRow("OMEMO 0.3") << OmemoPeer::OldNamespace << u"alice3"_s << u"bob3"_s;
    QTest::newRow("OMEMO 2") << OmemoPeer::TwoNamespace << u"alice4"_s << u"bob4"_s;
}

void TestE2eOmemoFiles::peerSendsAFile()
{
    QFETCH(QString, ns);
    QFETCH(QString, alice);
    QFETCH(QString, bob);
    Device balcony(*m_server, alice, profile(alice));
    QVERIFY(balcony.start());
    auto peer = startPeer(bob);
    QVERIFY(peer);

    const QByteArray content = randomBytes(512 * 1024 + 5);
    const std::optional<QJsonObject> uploadDone = peer->request(
        { { u"cmd"_s, u"upload-encrypted"_s }, { u"service"_s, m_server->uploadDomain() },
            { u"data"_s, QString::fromLatin1(content.toBase64()) }, { u"filename"_s, u"from-python.bin"_s } },
        StepTimeoutMs);
    QVERIFY(uploadDone);
    QVERIFY2(!uploadDone->contains(u"error"_s), qPrintable(uploadDone->value(u"error"_s).toString()));
    const std::optional<QJsonObject> uploaded = peer->waitFor(u"uploaded", {}, 1000);
    QVERIFY(uploaded);
    const QString link = uploaded->value(u"link"_s).toString();
    QVERIFY2(link.startsWith(u"aesgcm://"_s), qPrintable(link));
    QVERIFY2(peer->send(bare(alice), link, ns), qPrintable(peer->lastError()));

    // Balcony decrypts the message: the row is a file, its URL the link.
    QVERIFY(QTest::qWaitFor([&] { return balcony.find(jid(bob), link).has_value(); }, StepTimeoutMs));
    const StoredMessage row = *balcony.find(jid(bob), link);
    QCOMPARE(row.e2e.status, MessageE2eStatus::Decrypted);
    const QUrl url = FileMessage::urlOf(row);
    QCOMPARE(url.scheme(), u"aesgcm"_s);
    QCOMPARE(FileMessage::fileName(url), u"from-python.bin"_s);

    HttpUploadManager *files = balcony.controller->fileTransfers();
    QSignalSpy done(files, &HttpUploadManager::downloadFinished);
    QSignalSpy failed(files, &HttpUploadManager::downloadFailed);
    const QString target = m_dir.filePath(alice + u"-received.bin"_s);
    QVERIFY2(files->download(url, target) != 0, qPrintable(files->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(done.size() + failed.size(), 1, StepTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(sha256Hex(file.readAll()), sha256Hex(content));

    // The same file with one key digit changed: the tag fails, nothing is kept.
    QString wrong = link;
    const qsizetype last = wrong.size() - 1;
    wrong[last] = wrong.at(last) == u'0' ? u'1' : u'0';
    const QString badTarget = m_dir.filePath(alice + u"-tampered.bin"_s);
    QVERIFY(files->download(QUrl(wrong), badTarget) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(done.size() + failed.size(), 2, StepTimeoutMs);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<FileTransferError>(), FileTransferError::Integrity);
    QVERIFY(!QFile::exists(badTarget));
    peer->stop();
}

// The command line: `policy PEER always`, then `upload FILE --to PEER` encrypts the file and sends the link with
// OMEMO (the peer's devices fetched by the CLI itself); the peer gets the link and the same bytes.
void TestE2eOmemoFiles::cliUploadIntoAnOmemoConversation()
{
    auto peer = startPeer(u"bob5"_s);
    QVERIFY(peer);
    const QProcessEnvironment env = cliEnvironment(passwordOf(u"alice5"_s), m_dir.path());
    const QStringList connect = cliConnectArgs(*m_server, u"alice5"_s, profile(u"cli-alice5"_s));
    const CliRun policy = runCli(QStringList { u"policy"_s, bare(u"bob5"_s), u"always"_s } + connect, env);
    QVERIFY2(policy.exitCode == 0, qPrintable(policy.describe()));

    const QByteArray content = randomBytes(300 * 1024 + 1);
    const QString path = writeFile(u"cli report.pdf"_s, content);
    const CliRun run
        = runCli(QStringList { u"upload"_s, path, u"--to"_s, bare(u"bob5"_s), u"--json"_s } + connect, env, 120000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QList<QJsonObject> lines = jsonLines(run.out);
    QCOMPARE(lines.size(), 1);
    const QString link = lines.first().value(u"url"_s).toString();
    QVERIFY2(link.startsWith(u"aesgcm://"_s), qPrintable(link));
    QVERIFY(AesGcmLink::parse(link));
    QCOMPARE(lines.first().value(u"state"_s).toString(), u"acked"_s);

    if (!peer->waitForMessage(bare(u"alice5"_s), link, StepTimeoutMs)) {
        QStringList events;
        for (const QJsonObject &event : peer->pendingEvents()) {
            if (event.value(u"event"_s).toString() != u"raw-message"_s) {
                events.append(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
            }
        }
        QFAIL(qPrintable(u"the peer did not decrypt the link; its events: "_s + events.join(u"\n"_s)));
    }
    const std::optional<QJsonObject> done
        = peer->request({ { u"cmd"_s, u"download-encrypted"_s }, { u"link"_s, link } }, StepTimeoutMs);
    QVERIFY(done && !done->contains(u"error"_s));
    const std::optional<QJsonObject> downloaded = peer->waitFor(u"downloaded", {}, 1000);
    QVERIFY(downloaded);
    QCOMPARE(downloaded->value(u"sha256"_s).toString(), sha256Hex(content));
    peer->stop();
}

QTEST_GUILESS_MAIN(TestE2eOmemoFiles)
#include "tst_e2e_omemo_files.moc"
