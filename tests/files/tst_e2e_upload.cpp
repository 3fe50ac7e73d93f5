// XEP-0363 HTTP upload end to end against Prosody's http_file_share component and ejabberd's mod_http_upload
// (XmppServerFixture::Options::fileUpload, HTTPS with the fixture's certificate): `balcony-cli upload FILE --to bob`
// uploads a file and sends the URL with XEP-0066; Bob's Balcony account receives the file message and downloads it
// byte-identical; the service's size limit is refused before asking, and a file within it from the engine directly.
#include "E2eSupport.h"
#include "account/Account.h"
#include "files/FileMessage.h"
#include "files/HttpUploadManager.h"
#include "im/MessageManager.h"
#include "storage/HistoryStore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 SizeLimit = 4LL * 1024 * 1024;

// One Balcony account on in-memory stores, online on the test server, with its upload manager.
struct Client {
    Client(const XmppServerFixture &server, const QString &user)
    {
        AccountSettings settings;
        settings.connection = settingsFor(server, user, u"pw-"_s + user);
        settings.automaticCatchUp = false;
        account = std::make_unique<Account>(settings, AccountStores::inMemory(), nullptr);
    }
    bool connect()
    {
        if (!account->open().isOpen()) {
            return false;
        }
        upload = std::make_unique<HttpUploadManager>(account->connection(), *account->messages(), *account->outbox());
        account->connectToServer();
        return QTest::qWaitFor([this] { return account->isOnline(); }, BoundTimeoutMs);
    }
    std::unique_ptr<Account> account;
    std::unique_ptr<HttpUploadManager> upload;
};

QByteArray randomBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    return data;
}

} // namespace

class TestE2eUpload : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cliUploadDownloadedByAnotherClient();
    void serviceLimitFromTheForm();
    void engineUploadAndDownload();
    void cliEncryptedConversation();
    void cliArguments();

private:
    QStringList cliArgs(const QString &user, const QStringList &command) const
    {
        return command + cliConnectArgs(*m_server, user, m_home.filePath(u"profile-"_s + user));
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_home.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            return {};
        }
        return file.fileName();
    }

    QTemporaryDir m_home;
    std::unique_ptr<XmppServerFixture> m_server;
};

void TestE2eUpload::initTestCase()
{
    BALCONY_REQUIRE_SERVER();
    XmppServerFixture::Options options;
    options.fileUpload = true;
    options.fileUploadSizeLimit = SizeLimit;
    startServerWithUsers(m_server, { u"alice"_s, u"bob"_s, u"carol"_s }, options);
    QVERIFY(m_server->httpsPort() != 0);
}

void TestE2eUpload::cliUploadDownloadedByAnotherClient()
{
    Client bob(*m_server, u"bob"_s);
    QVERIFY(bob.connect());
    QSignalSpy stored(bob.account->messages(), &MessageManager::messageStored);

    const QByteArray content = randomBytes(1024 * 1024 + 123);
    const QString path = writeFile(u"report 2026.pdf"_s, content);
    QVERIFY(!path.isEmpty());
    const Jid bobJid = bob.account->jid().bare();
    const CliRun run = runCli(cliArgs(u"alice"_s, { u"upload"_s, path, u"--to"_s, bobJid.toString(), u"--json"_s }),
        cliEnvironment(u"pw-alice"_s, m_home.path()));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QList<QJsonObject> lines = jsonLines(run.out);
    QCOMPARE(lines.size(), 1);
    const QUrl url(lines.first().value(u"url"_s).toString());
    QCOMPARE(url.scheme(), u"https"_s);
    QCOMPARE(url.host(), m_server->domain());
    QCOMPARE(url.port(), int(m_server->httpsPort()));
    // The service names the file in the URL it hands out (XEP-0363 §4: the slot's URLs are the service's; the
    // request's filename is a hint): Prosody keeps the name (percent-encoded), ejabberd 23.01's mod_http_upload
    // replaces every character that is not a letter, a digit, '_', '.' or '-' with '_' (docs/SERVERS.md).
    const bool ejabberd = m_server->kind() == XmppServerFixture::Kind::Ejabberd;
    const QString nameInUrl = ejabberd ? u"report_2026.pdf"_s : u"report 2026.pdf"_s;
    QVERIFY2(url.path().endsWith(u"/report%202026.pdf"_s) || url.path().endsWith(u'/' + nameInUrl),
        qPrintable(url.toString()));
    QCOMPARE(lines.first().value(u"state"_s).toString(), u"acked"_s);

    // Bob's client gets the file message: the body and the OOB element carry the URL.
    QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), BoundTimeoutMs);
    const StoredMessage message = stored.last().at(1).value<StoredMessage>();
    QCOMPARE(message.conversation, *Jid::parse(QString(u"alice@"_s + m_server->domain())));
    QVERIFY2(message.stanzaXml.contains(u"jabber:x:oob"_s), qPrintable(message.stanzaXml));
    const QUrl received = FileMessage::urlOf(message);
    QCOMPARE(received, url);
    QCOMPARE(FileMessage::fileName(received), nameInUrl);

    // ... and downloads it, byte-identical, over HTTPS verified with the account's CA.
    QSignalSpy done(bob.upload.get(), &HttpUploadManager::downloadFinished);
    QSignalSpy failed(bob.upload.get(), &HttpUploadManager::downloadFailed);
    const QString target = m_home.filePath(u"downloaded.pdf"_s);
    QVERIFY(bob.upload->download(received, target) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(done.size() + failed.size(), 1, BoundTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256),
        QCryptographicHash::hash(content, QCryptographicHash::Sha256));

    // Without --to, only the URL is printed (plain text), and nothing goes to anyone.
    const CliRun plain
        = runCli(cliArgs(u"alice"_s, { u"upload"_s, path }), cliEnvironment(u"pw-alice"_s, m_home.path()));
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.describe()));
    QVERIFY2(plain.out.trimmed().startsWith(QByteArray("https://" + m_server->domain().toUtf8())),
        qPrintable(plain.describe()));
}

void TestE2eUpload::serviceLimitFromTheForm()
{
    Client alice(*m_server, u"alice"_s);
    QVERIFY(alice.connect());
    std::optional<UploadService> service;
    bool answered = false;
    alice.upload->discoverService([&](const std::optional<UploadService> &s, const QString &) {
        service = s;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, BoundTimeoutMs);
    QVERIFY(service);
    QCOMPARE(service->jid.toString(), m_server->uploadDomain());
    QCOMPARE(service->maxFileSize, SizeLimit);

    // Over the limit: the CLI refuses before asking (exit 9), with both sizes.
    const QString big = writeFile(u"big.bin"_s, randomBytes(SizeLimit + 1));
    const CliRun run = runCli(cliArgs(u"alice"_s, { u"upload"_s, big }), cliEnvironment(u"pw-alice"_s, m_home.path()));
    QCOMPARE(run.exitCode, 9);
    QVERIFY2(run.err.contains("4.0 MiB"), qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
}

void TestE2eUpload::engineUploadAndDownload()
{
    Client alice(*m_server, u"alice"_s);
    Client bob(*m_server, u"bob"_s);
    QVERIFY(alice.connect());
    QVERIFY(bob.connect());
    QSignalSpy stored(bob.account->messages(), &MessageManager::messageStored);
    const QByteArray content = randomBytes(3 * 1024 * 1024);
    const QString path = writeFile(u"photo.png"_s, content);
    QSignalSpy finished(alice.upload.get(), &HttpUploadManager::uploadFinished);
    QSignalSpy failed(alice.upload.get(), &HttpUploadManager::uploadFailed);
    QSignalSpy progress(alice.upload.get(), &HttpUploadManager::uploadProgress);
    HttpUploadManager::UploadOptions options;
    options.to = bob.account->jid().bare();
    QVERIFY2(alice.upload->upload(path, options) != 0, qPrintable(alice.upload->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, BoundTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toLongLong(), content.size());
    const QUrl url = finished.first().at(1).toUrl();
    QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), BoundTimeoutMs);
    QCOMPARE(FileMessage::urlOf(stored.last().at(1).value<StoredMessage>()), url);

    // A cap below the file's size: refused, nothing written.
    QSignalSpy downloadFailed(bob.upload.get(), &HttpUploadManager::downloadFailed);
    const QString capped = m_home.filePath(u"capped.png"_s);
    QVERIFY(bob.upload->download(url, capped, 1024 * 1024) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(downloadFailed.size(), 1, BoundTimeoutMs);
    QCOMPARE(downloadFailed.first().at(1).value<FileTransferError>(), FileTransferError::TooLarge);
    QVERIFY(!QFile::exists(capped));

    QSignalSpy done(bob.upload.get(), &HttpUploadManager::downloadFinished);
    const QString target = m_home.filePath(u"photo-at-bob.png"_s);
    QVERIFY(bob.upload->download(url, target) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(done.size() + downloadFailed.size(), 2, BoundTimeoutMs);
    QCOMPARE(done.size(), 1);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == content);
}

// Into an encrypted conversation the file is encrypted (XEP-0454) and its aesgcm:// link may only go encrypted: to a
// contact with no OMEMO device and no ESession key (Carol never signed in) the link cannot be sent, the run says so
// (exit 11) and prints no link; `--allow-plaintext` sends the file unencrypted with XEP-0066 as before. (An OMEMO
// contact receiving the link: tst_e2e_omemo_files.)
void TestE2eUpload::cliEncryptedConversation()
{
    const QString path = writeFile(u"secret-plan.txt"_s, randomBytes(4096));
    const QString carol = u"carol@"_s + m_server->domain();
    const QProcessEnvironment env = cliEnvironment(u"pw-alice"_s, m_home.path());
    // The policy is local (Alice's profile): "always" for Carol makes the conversation an encrypted one.
    const QStringList policy = cliArgs(u"alice"_s, { u"policy"_s, carol, u"always"_s });
    const CliRun set = runCli(policy, env);
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    const CliRun refused = runCli(cliArgs(u"alice"_s, { u"upload"_s, path, u"--to"_s, carol }), env);
    QCOMPARE(refused.exitCode, 11);
    QVERIFY2(refused.err.contains("could not be sent encrypted"), qPrintable(refused.describe()));
    QVERIFY(refused.out.isEmpty());
    const CliRun agreed
        = runCli(cliArgs(u"alice"_s, { u"upload"_s, path, u"--to"_s, carol, u"--allow-plaintext"_s }), env);
    QVERIFY2(agreed.exitCode == 0, qPrintable(agreed.describe()));
    QVERIFY(agreed.out.trimmed().startsWith("https://"));
    const CliRun reset = runCli(cliArgs(u"alice"_s, { u"policy"_s, carol, u"possible"_s }), env);
    QCOMPARE(reset.exitCode, 0);
}

void TestE2eUpload::cliArguments()
{
    const QProcessEnvironment env = cliEnvironment(u"pw-alice"_s, m_home.path());
    const CliRun noFile = runCli(cliArgs(u"alice"_s, { u"upload"_s }), env);
    QCOMPARE(noFile.exitCode, 2);
    QVERIFY(noFile.err.contains("upload"));
    const CliRun badTo = runCli(cliArgs(u"alice"_s, { u"upload"_s, u"x.bin"_s, u"--to"_s, u"a@b@c"_s }), env);
    QCOMPARE(badTo.exitCode, 2);
    const CliRun misplaced = runCli(cliArgs(u"alice"_s, { u"login"_s, u"--to"_s, u"bob@localhost"_s }), env);
    QCOMPARE(misplaced.exitCode, 2);
    // A file that cannot be read: refused before anything is sent (exit 1).
    const CliRun missing = runCli(cliArgs(u"alice"_s, { u"upload"_s, m_home.filePath(u"missing.bin"_s) }), env);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("cannot be read"), qPrintable(missing.describe()));
}

QTEST_GUILESS_MAIN(TestE2eUpload)
#include "tst_e2e_upload.moc"
