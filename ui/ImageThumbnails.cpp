#include "ImageThumbnails.h"

#include "files/HttpUploadManager.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

// What a worker hands back: the thumbnail for display, or why there is none.
struct Loaded {
    QImage image;
    QString error;
    bool missing = false; // a cache lookup found nothing
};

// Runs `work` on the global thread pool and `done` with its result on `context`'s thread, unless `context` is
// gone by then (the watcher is its child: destroyed with it, it delivers nothing).
void runOffThread(QObject *context, std::function<Loaded()> work, std::function<void(const Loaded &)> done)
{
    auto *watcher = new QFutureWatcher<Loaded>(context);
    QObject::connect(watcher, &QFutureWatcher<Loaded>::finished, context, [watcher, done = std::move(done)] {
        const Loaded result = watcher->result();
        watcher->deleteLater();
        done(result);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// The thumbnail as painted: at most maxSide() logical pixels, drawn without scaling at `dpr`.
QImage forDisplay(const QImage &stored, qreal dpr)
{
    if (stored.isNull()) {
        return {};
    }
    QSize logical = stored.size();
    if (logical.width() > ImageThumbnails::maxSide() || logical.height() > ImageThumbnails::maxSide()) {
        logical = logical.scaled(ImageThumbnails::maxSide(), ImageThumbnails::maxSide(), Qt::KeepAspectRatio);
    }
    logical = logical.expandedTo(QSize(1, 1));
    const QSize pixels(
        std::max(1, int(std::lround(logical.width() * dpr))), std::max(1, int(std::lround(logical.height() * dpr))));
    QImage image
        = pixels == stored.size() ? stored : stored.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    image.setDevicePixelRatio(dpr);
    return image;
}

// A cache file was used: it is the newest for pruneCache().
void touch(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    }
}

QString key(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

ImageThumbnails::ImageThumbnails(FilesProvider files, const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(files))
    , m_cacheDir(cacheDir)
    , m_temp(std::make_unique<QTemporaryDir>())
{
    m_images.setMaxCost(int(memoryLimitBytes() / 1024));
    if (m_cacheDir.isEmpty() || !QDir().mkpath(m_cacheDir)) {
        m_cacheDir = m_temp->filePath(u"cache"_s);
        QDir().mkpath(m_cacheDir);
    }
}

HttpUploadManager *ImageThumbnails::transfers()
{
    HttpUploadManager *files = m_provider ? m_provider() : nullptr;
    if (files == m_files) {
        return files;
    }
    if (m_files) {
        m_files->disconnect(this);
    }
    m_files = files;
    if (!files) {
        return nullptr;
    }
    connect(files, &HttpUploadManager::downloadProgress, this, [this](quint64 id, qint64 received, qint64 total) {
        const QUrl url = urlOfTransfer(id);
        auto it = url.isEmpty() ? m_entries.end() : m_entries.find(key(url));
        if (it != m_entries.end()) {
            // Repainted when the percentage (or, without a length, a 64 KiB step) changes, not for every packet.
            const auto step = [total](qint64 bytes) { return total > 0 ? bytes * 100 / total : bytes / 65536; };
            const bool visible = step(received) != step(it->received) || total != it->total;
            it->received = received;
            it->total = total;
            if (visible) {
                Q_EMIT changed(url, false);
            }
        }
    });
    connect(files, &HttpUploadManager::downloadFinished, this, &ImageThumbnails::downloadFinished);
    connect(files, &HttpUploadManager::downloadFailed, this, &ImageThumbnails::downloadFailed);
    return files;
}

ImageThumbnails::~ImageThumbnails()
{
    // Downloads of this chat end with it; their failure (Cancelled) is not ours to report any more.
    if (m_files) {
        m_files->disconnect(this);
        for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
            m_files->cancel(it.key());
        }
    }
}

bool ImageThumbnails::isImageUrl(const QUrl &url)
{
    static const QStringList suffixes { u"png"_s, u"jpg"_s, u"jpeg"_s, u"gif"_s, u"webp"_s, u"bmp"_s };
    return !url.isEmpty() && suffixes.contains(QFileInfo(url.path()).suffix().toLower());
}

QString ImageThumbnails::cacheName(const QUrl &url)
{
    return QString::fromLatin1(QCryptographicHash::hash(key(url).toUtf8(), QCryptographicHash::Sha256).toHex())
        + u".png"_s;
}

void ImageThumbnails::setDevicePixelRatio(qreal ratio)
{
    m_dpr = std::clamp(ratio, 1.0, 4.0);
}

ImageThumbnails::Status ImageThumbnails::status(const QUrl &url) const
{
    Status status;
    const QString k = key(url);
    if (const QImage *image = m_images.object(k)) {
        status.state = State::Shown;
        status.image = *image;
        return status;
    }
    const auto it = m_entries.constFind(k);
    if (it == m_entries.cend() || it->state == State::Shown) {
        return status; // Unknown (a shown thumbnail left the memory cache: prepare() reads it back)
    }
    status.state = it->state;
    status.error = it->error;
    status.canRetry = it->canRetry;
    status.received = it->received;
    status.total = it->total;
    return status;
}

void ImageThumbnails::setState(const QUrl &url, State state, const QString &error, bool canRetry)
{
    Entry &entry = m_entries[key(url)];
    entry.state = state;
    entry.error = error;
    entry.canRetry = canRetry;
    if (state != State::Loading) {
        entry.received = 0;
        entry.total = -1;
    }
    Q_EMIT changed(url, true);
}

void ImageThumbnails::prepare(const QUrl &url)
{
    if (url.isEmpty() || status(url).state != State::Unknown) {
        return;
    }
    // Shown as before (no notification: this runs while the row is painted).
    m_entries[key(url)].state = State::Checking;
    const QString path = QDir(m_cacheDir).filePath(cacheName(url));
    const qreal dpr = m_dpr;
    runOffThread(
        this,
        [path, dpr] {
            Loaded result;
            if (!QFileInfo::exists(path)) {
                result.missing = true;
                return result;
            }
            const Decoded decoded = decode(path, QSize(storedSide(), storedSide()));
            if (decoded.image.isNull()) {
                QFile::remove(path); // damaged: fetched again when asked
                result.missing = true;
                return result;
            }
            touch(path);
            result.image = forDisplay(decoded.image, dpr);
            return result;
        },
        [this, url](const Loaded &result) {
            if (status(url).state != State::Checking) {
                return; // fetched meanwhile
            }
            if (!result.image.isNull()) {
                showImage(url, result.image);
                return;
            }
            setState(url, State::NotShown);
            if (m_autoFetch && m_autoFetch()) {
                fetch(url);
            }
        });
}

void ImageThumbnails::fetch(const QUrl &url)
{
    const State state = status(url).state;
    if (url.isEmpty() || state == State::Shown || state == State::Queued || state == State::Loading) {
        return;
    }
    m_queue.append(url);
    setState(url, State::Queued);
    while (m_queue.size() > maxQueuedDownloads()) {
        setState(m_queue.takeFirst(), State::NotShown);
    }
    startDownloads();
}

void ImageThumbnails::recheck()
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        it = it->state == State::NotShown ? m_entries.erase(it) : std::next(it);
    }
}

void ImageThumbnails::startDownloads()
{
    while (m_active.size() < maxConcurrentDownloads() && !m_queue.isEmpty()) {
        const QUrl url = m_queue.takeFirst();
        HttpUploadManager *files = transfers();
        if (!files) {
            setState(url, State::Failed, tr("Images cannot be fetched: the account is not open."), true);
            continue;
        }
        const QString target = m_temp->filePath(u"download-%1"_s.arg(++m_nextTemp));
        const quint64 id = files->download(url, target, maxDownloadBytes());
        if (id == 0) {
            const bool retry = files->lastErrorKind() == FileTransferError::FileUnreadable;
            setState(url, State::Failed, files->lastError(), retry);
            continue;
        }
        m_active.insert(id, url);
        m_entries[key(url)].transfer = id;
        setState(url, State::Loading);
    }
}

QUrl ImageThumbnails::urlOfTransfer(quint64 transfer) const
{
    return m_active.value(transfer);
}

void ImageThumbnails::downloadFinished(quint64 transfer, const QString &path)
{
    const QUrl url = m_active.take(transfer);
    if (url.isEmpty()) {
        return; // not ours: the chat's own save or "Show Image"
    }
    decodeFile(url, path, true);
    // The next download starts while this one is decoded.
    startDownloads();
}

void ImageThumbnails::addLocalFile(const QUrl &url, const QString &path)
{
    const State state = status(url).state;
    if (url.isEmpty() || state == State::Shown || state == State::Queued || state == State::Loading) {
        return;
    }
    setState(url, State::Loading);
    decodeFile(url, path, false);
}

void ImageThumbnails::decodeFile(const QUrl &url, const QString &path, bool remove)
{
    const QString cacheFile = QDir(m_cacheDir).filePath(cacheName(url));
    const QString cacheDir = m_cacheDir;
    const qint64 limit = m_cacheLimit;
    const qreal dpr = m_dpr;
    runOffThread(
        this,
        [path, remove, cacheFile, cacheDir, limit, dpr] {
            Loaded result;
            const Decoded decoded = decode(path, QSize(storedSide(), storedSide()));
            if (remove) {
                QFile::remove(path); // a download's original is never kept
            }
            if (decoded.image.isNull()) {
                result.error = decoded.error;
                return result;
            }
            QSaveFile file(cacheFile);
            if (file.open(QIODevice::WriteOnly) && decoded.image.save(&file, "PNG") && file.commit()) {
                pruneCache(cacheDir, limit);
            }
            result.image = forDisplay(decoded.image, dpr);
            return result;
        },
        [this, url](const Loaded &result) {
            if (result.image.isNull()) {
                setState(url, State::Failed, result.error, false);
            } else {
                showImage(url, result.image);
            }
            startDownloads();
        });
}

void ImageThumbnails::downloadFailed(quint64 transfer, FileTransferError error, const QString &message)
{
    const QUrl url = m_active.take(transfer);
    if (url.isEmpty()) {
        return;
    }
    // The file itself (too large, not https) will not change by asking again; the server or the network may.
    const bool retry = error == FileTransferError::Http || error == FileTransferError::Network
        || error == FileTransferError::Tls || error == FileTransferError::FileUnreadable
        || error == FileTransferError::Cancelled;
    setState(url, State::Failed, message, retry);
    startDownloads();
}

void ImageThumbnails::showImage(const QUrl &url, const QImage &image)
{
    m_images.insert(key(url), new QImage(image), std::max(1, int(image.sizeInBytes() / 1024)));
    setState(url, State::Shown);
}

ImageThumbnails::Decoded ImageThumbnails::decode(const QString &path, const QSize &bound)
{
    Decoded result;
    QImageReader reader(path);
    reader.setAllocationLimit(allocationLimitMb());
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        result.error = tr("This file is not an image that can be shown.");
        return result;
    }
    const QSize size = reader.size();
    if (size.isValid()
        && (qint64(size.width()) * size.height() > maxImagePixels() || size.width() > 65535 || size.height() > 65535)) {
        // A small file may declare a huge canvas (a decompression bomb): refused before decoding.
        result.error = tr("This image is too large to show: %1 × %2 pixels.").arg(size.width()).arg(size.height());
        return result;
    }
    const QSize fit = bound.expandedTo(QSize(1, 1));
    if (size.isValid() && (size.width() > fit.width() || size.height() > fit.height())) {
        reader.setScaledSize(size.scaled(fit, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        result.error = tr("This file is not an image that can be shown.");
        return result;
    }
    if (image.width() > fit.width() || image.height() > fit.height()) {
        // Formats without a size before decoding, or turned by their EXIF orientation: scaled afterwards (the
        // allocation limit bounded the decode).
        image = image.scaled(fit, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    result.image
        = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    return result;
}

void ImageThumbnails::pruneCache(const QString &dir, qint64 maxBytes)
{
    // Newest first: what is kept is what was used last.
    const QFileInfoList files = QDir(dir).entryInfoList({ u"*.png"_s }, QDir::Files, QDir::Time);
    qint64 total = 0;
    for (const QFileInfo &file : files) {
        total += file.size();
        if (total > maxBytes) {
            QFile::remove(file.filePath());
        }
    }
}

} // namespace balcony::ui
