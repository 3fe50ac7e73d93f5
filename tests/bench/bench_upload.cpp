// XEP-0363 upload throughput: Balcony's HttpUploadManager (slot request + HTTPS PUT streamed from disk through
// QNetworkAccessManager) against `curl -T` PUTting the same file to a slot of the same kind, both to Prosody 0.12's
// http_file_share on 127.0.0.1 (XmppServerFixture::Options::fileUpload), alternating, in the same run.
//
// Run: build/ci/tests/bench/bench_upload [--size MIB] [--runs N] [--encrypted]   (defaults: 50 MiB, 5 runs each)
// --encrypted: Balcony uploads as into an OMEMO conversation (XEP-0454: AES-256-GCM into a temporary file inside
// upload(), timed separately, then the PUT of the ciphertext and tag).
// Balcony's time includes the slot request (one IQ round trip); curl's includes starting the process and its TLS
// handshake (its slot was asked for beforehand, not timed).
#include "BenchSupport.h"
#include "E2eSupport.h"
#include "account/Account.h"
#include "files/HttpUploadManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace balcony;
using namespace balcony::bench;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

// Waits in the event loop as an application does (asleep until something happens), not by polling:
// QCoreApplication::processEvents(flags, maxtime) never waits for events, so a loop around it spins a core at 100%,
// which on a 2-core machine takes CPU from the upload's HTTP thread and from Prosody and slowed the measured upload.
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QTimer tick; // wakes the blocking wait below at least this often, for the timeout
    tick.start(50);
    QEventLoop loop;
    while (!condition()) {
        if (clock.elapsed() > timeoutMs) {
            return false;
        }
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizeOption(u"size"_s, u"File size in MiB (default 50)."_s, u"MIB"_s, u"50"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Uploads per client (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption encryptedOption(u"encrypted"_s, u"Balcony encrypts the file first (XEP-0454)."_s);
    parser.addOptions({ sizeOption, runsOption, encryptedOption });
    parser.process(app);
    const qint64 size = parser.value(sizeOption).toLongLong() * 1024 * 1024;
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const bool encrypted = parser.isSet(encryptedOption);
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty()) {
        out() << "curl is not installed" << Qt::endl;
        return 1;
    }

    XmppServerFixture::Options options;
    options.fileUpload = true;
    options.fileUploadSizeLimit = size * 2;
    options.messageArchive = false;
    auto server = XmppServerFixture::create(XmppServerFixture::Kind::Prosody, options);
    if (!server->start() || !server->registerUser(u"alice"_s, u"pw-alice"_s)) {
        out() << "Prosody did not start: " << server->errorString() << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"payload.bin"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return 1;
        }
        QByteArray chunk(1024 * 1024, Qt::Uninitialized);
        for (qint64 written = 0; written < size; written += chunk.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            file.write(chunk.constData(), std::min<qint64>(chunk.size(), size - written));
        }
    }

    AccountSettings settings;
    settings.connection = settingsFor(*server, u"alice"_s, u"pw-alice"_s);
    settings.automaticCatchUp = false;
    Account account(settings, AccountStores::inMemory(), nullptr);
    if (!account.open().isOpen()) {
        return 1;
    }
    account.connectToServer();
    if (!waitFor([&] { return account.isOnline(); }, 20000)) {
        out() << "not online" << Qt::endl;
        return 1;
    }
    HttpUploadManager upload(account.connection(), *account.messages(), *account.outbox());
    std::optional<UploadService> service;
    bool known = false;
    upload.discoverService([&](const std::optional<UploadService> &s, const QString &) {
        service = s;
        known = true;
    });
    if (!waitFor([&] { return known; }, 10000) || !service) {
        out() << "no upload service" << Qt::endl;
        return 1;
    }

    QList<double> balconyMs;
    QList<double> encryptMs;
    QList<double> curlMs;
    for (int run = 0; run < runs; ++run) {
        // Balcony: upload() to uploadFinished (slot request + PUT).
        bool done = false;
        QString error;
        const auto finished = QObject::connect(&upload, &HttpUploadManager::uploadFinished, [&] { done = true; });
        const auto failed = QObject::connect(
            &upload, &HttpUploadManager::uploadFailed, [&](quint64, FileTransferError, const QString &message) {
                error = message;
                done = true;
            });
        QElapsedTimer clock;
        clock.start();
        UploadOptions uploadOptions;
        uploadOptions.encrypt = encrypted;
        const quint64 id = upload.upload(path, uploadOptions);
        encryptMs.append(double(clock.nsecsElapsed()) / 1e6); // with --encrypted: the encryption to the temporary file
        if (id == 0 || !waitFor([&] { return done; }, 300000) || !error.isEmpty()) {
            out() << "Balcony upload failed: " << (error.isEmpty() ? upload.lastError() : error) << Qt::endl;
            return 1;
        }
        balconyMs.append(double(clock.nsecsElapsed()) / 1e6);
        QObject::disconnect(finished);
        QObject::disconnect(failed);

        // curl: a slot of the same kind (not timed), then curl -T.
        std::optional<UploadSlot> slot;
        bool answered = false;
        account.connection().sendIq(HttpUploadManager::slotRequest(
                                        service->jid, u"curl-%1.bin"_s.arg(run), size, u"application/octet-stream"_s),
            [&](const IqResult &result) {
                QString why;
                slot
                    = HttpUploadManager::parseSlot(result.stanza.firstChild(u"slot", HttpUploadManager::xmlns()), &why);
                answered = true;
            });
        if (!waitFor([&] { return answered; }, 10000) || !slot) {
            out() << "no slot for curl" << Qt::endl;
            return 1;
        }
        QStringList arguments { u"-sS"_s, u"-f"_s, u"-o"_s, u"/dev/null"_s, u"--cacert"_s, server->caFile(), u"-T"_s,
            path, u"-H"_s, u"Content-Type: application/octet-stream"_s };
        for (const auto &[name, value] : std::as_const(slot->putHeaders)) {
            arguments << u"-H"_s << QString::fromLatin1(name + ": " + value);
        }
        arguments << slot->putUrl.toString(QUrl::FullyEncoded);
        QProcess curl;
        clock.restart();
        curl.start(u"curl"_s, arguments);
        if (!curl.waitForFinished(300000) || curl.exitCode() != 0) {
            out() << "curl failed: " << curl.readAllStandardError() << Qt::endl;
            return 1;
        }
        curlMs.append(double(clock.nsecsElapsed()) / 1e6);
    }

    const double mib = double(size) / (1024.0 * 1024.0);
    const double balcony = median(balconyMs);
    const double curlMedian = median(curlMs);
    out() << "file " << mib << " MiB, " << runs << " runs each, Prosody 0.12 http_file_share on 127.0.0.1 (HTTPS)\n";
    out() << "| client | median ms | MiB/s |\n|---|---:|---:|\n";
    out() << (encrypted ? "| Balcony (XEP-0454 encryption + slot + PUT) | " : "| Balcony (slot + PUT) | ")
          << QString::number(balcony, 'f', 1) << " | " << QString::number(mib / (balcony / 1000.0), 'f', 1) << " |\n";
    out() << "| curl -T (PUT) | " << QString::number(curlMedian, 'f', 1) << " | "
          << QString::number(mib / (curlMedian / 1000.0), 'f', 1) << " |\n";
    auto list = [](const QList<double> &ms) {
        QStringList parts;
        for (const double m : ms) {
            parts.append(QString::number(m, 'f', 0));
        }
        return parts.join(u", "_s);
    };
    out() << "each run, ms: Balcony " << list(balconyMs) << "; curl " << list(curlMs) << "\n";
    if (encrypted) {
        const double encryption = median(encryptMs);
        out() << "of which the encryption inside upload() (AES-256-GCM to a temporary file), median ms: "
              << QString::number(encryption, 'f', 1) << " (" << QString::number(mib / (encryption / 1000.0), 'f', 0)
              << " MiB/s); each run: " << list(encryptMs) << "\n";
    }
    out() << "throughput ratio Balcony/curl: " << QString::number(curlMedian / balcony, 'f', 2) << Qt::endl;
    account.signOut();
    waitFor([&] { return account.connection().state() == ConnectionState::Disconnected; }, 5000);
    return 0;
}
