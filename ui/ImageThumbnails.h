#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace balcony {
class HttpUploadManager;
enum class FileTransferError;
} // namespace balcony

namespace balcony::ui {

// The thumbnails of one chat's image file messages (XEP-0066 file messages whose file name is an image's),
// painted inline by MessageDelegate.
//
// Nothing is fetched unless fetch() is called (the user's click, or prepare() when the chat allows fetching
// automatically: setAutoFetch()). A fetch downloads the file through HttpUploadManager::download() (https only,
// at most maxDownloadBytes()), at most maxConcurrentDownloads() at once (the rest wait in a queue, first come
// first served, at most maxQueuedDownloads() waiting), independent of the chat's own upload/save transfer. The file is
// decoded off the UI thread (QtConcurrent) with QImageReader's allocation limit, refused when it declares more than
// maxImagePixels(), and scaled while decoding; the original is deleted at once.
//
// Cache: the scaled PNG (at most storedSide() pixels on its longer side, never the original) is kept in
// `cacheDir` under the SHA-256 of the URL, so a thumbnail is fetched once per URL: prepare() (called when a row
// is painted) finds it there after scrolling or a restart without any network traffic. The folder is kept under
// cacheLimitBytes() by removing the files used longest ago (a file's modification time is its last use).
// In memory, at most memoryLimitBytes() of decoded thumbnails are kept; the rest is read back from the cache.
class ImageThumbnails : public QObject {
    Q_OBJECT
public:
    enum class State {
        Unknown, // not looked at yet (prepare() looks in the cache)
        Checking, // looking in the cache
        NotShown, // not in the cache, not fetched: the user can ask for it
        Queued, // waiting for a download slot
        Loading, // downloading or decoding
        Shown, // image() is the thumbnail
        Failed, // error() says why; canRetry() whether fetching again may help
    };
    struct Status {
        State state = State::Unknown;
        QImage image; // Shown: the thumbnail at the device pixel ratio (deviceIndependentSize() ≤ maxSide())
        QString error; // Failed
        bool canRetry = false; // Failed: a network or server error, not the file itself
        qint64 received = 0; // Loading
        qint64 total = -1; // Loading: -1 when unknown
    };

    static constexpr int maxSide() { return 240; } // logical pixels of a thumbnail's longer side
    static constexpr int storedSide() { return 480; } // pixels kept in the cache (sharp on 2x screens)
    static constexpr qint64 maxDownloadBytes() { return 20LL * 1024 * 1024; }
    static constexpr int maxConcurrentDownloads() { return 2; }
    // Waiting downloads kept at most (scrolling through many images with auto-fetch on): beyond, the one waiting
    // longest goes back to "not shown".
    static constexpr int maxQueuedDownloads() { return 32; }
    static constexpr qint64 maxImagePixels() { return 64LL * 1024 * 1024; } // a declared canvas beyond is refused
    static constexpr int allocationLimitMb() { return 256; } // QImageReader::setAllocationLimit()
    static constexpr qint64 defaultCacheLimitBytes() { return 200LL * 1024 * 1024; }
    static constexpr qint64 memoryLimitBytes() { return 48LL * 1024 * 1024; }

    // `files` gives the account's transfers when a download starts (null while the account is not open: the
    // fetch then fails, with Retry). `cacheDir` empty: a temporary folder (nothing is kept after the chat closes).
    using FilesProvider = std::function<HttpUploadManager *()>;
    ImageThumbnails(FilesProvider files, const QString &cacheDir, QObject *parent = nullptr);
    ~ImageThumbnails() override;

    // Whether a file URL names an image (by its file name's suffix: png, jpg, jpeg, gif, webp, bmp).
    static bool isImageUrl(const QUrl &url);
    // The cache file's name for a URL: the hex SHA-256 of its fully encoded form, ".png".
    static QString cacheName(const QUrl &url);
    QString cacheDir() const { return m_cacheDir; }
    void setCacheLimitBytes(qint64 bytes) { m_cacheLimit = bytes; }
    qint64 cacheLimitBytes() const { return m_cacheLimit; }

    // Whether prepare() may fetch a thumbnail that is not in the cache (the chat's policy, asked each time).
    void setAutoFetch(std::function<bool()> allowed) { m_autoFetch = std::move(allowed); }
    // The screen's device pixel ratio, for the thumbnails decoded from now on.
    void setDevicePixelRatio(qreal ratio);

    Status status(const QUrl &url) const;
    // Looks for the URL's thumbnail in the cache (off the UI thread) unless that was done; when it is not there,
    // fetches it if the auto-fetch policy allows. Cheap to call on every paint.
    void prepare(const QUrl &url);
    // Fetches the URL's thumbnail (the user asked): queued, then downloaded and decoded. Does nothing while it
    // is shown, queued or loading.
    void fetch(const QUrl &url);
    // The thumbnail of a URL whose file is here (an image the user just uploaded): made from `path` (left in
    // place) into the cache, so that the sender never downloads it.
    void addLocalFile(const QUrl &url, const QString &path);
    // Thumbnails that were not fetched are looked at again (the auto-fetch policy changed).
    void recheck();

    int activeDownloads() const { return int(m_active.size()); }
    int queuedDownloads() const { return int(m_queue.size()); }

    // Decodes an image file scaled to fit `bound` (aspect kept, never enlarged), with the allocation limit and
    // the maxImagePixels() check. Safe on any thread. On failure the image is null and `error` says why
    // (translated).
    struct Decoded {
        QImage image;
        QString error;
    };
    static Decoded decode(const QString &path, const QSize &bound);
    // Removes the oldest files of `dir` until the *.png files there take at most `maxBytes`.
    static void pruneCache(const QString &dir, qint64 maxBytes);

Q_SIGNALS:
    // The URL's status changed; `layout`: its size in the list may have changed too (not just progress).
    void changed(const QUrl &url, bool layout);

private:
    struct Entry {
        State state = State::Unknown;
        QString error;
        bool canRetry = false;
        qint64 received = 0;
        qint64 total = -1;
        quint64 transfer = 0;
    };

    void setState(const QUrl &url, State state, const QString &error = QString(), bool canRetry = false);
    void startDownloads();
    void downloadFinished(quint64 transfer, const QString &path);
    void downloadFailed(quint64 transfer, balcony::FileTransferError error, const QString &message);
    void showImage(const QUrl &url, const QImage &stored);
    // Decodes `path` off the UI thread into the URL's cache file and shows it (deleting `path` if `remove`).
    void decodeFile(const QUrl &url, const QString &path, bool remove);
    QUrl urlOfTransfer(quint64 transfer) const;
    // The account's transfers now (followed: their signals connected once).
    HttpUploadManager *transfers();
    QImage displayImage(const QImage &stored) const;

    FilesProvider m_provider;
    QPointer<HttpUploadManager> m_files;
    QString m_cacheDir;
    std::unique_ptr<QTemporaryDir> m_temp; // downloads in progress (and the cache when no folder is given)
    qint64 m_cacheLimit = defaultCacheLimitBytes();
    std::function<bool()> m_autoFetch;
    qreal m_dpr = 1.0;
    QHash<QString, Entry> m_entries; // by URL (FullyEncoded)
    QCache<QString, QImage> m_images; // Shown: by URL, cost in KiB
    QList<QUrl> m_queue;
    QHash<quint64, QUrl> m_active; // transfer -> URL
    quint64 m_nextTemp = 0;
};

} // namespace balcony::ui
