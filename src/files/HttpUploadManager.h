#pragma once

#include "core/Element.h"
#include "core/Jid.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>

class QNetworkReply;

namespace balcony {

class Connection;
class MessageManager;
class Outbox;

// The account's XEP-0363 upload service: its address and the largest file it takes (0: none advertised).
struct UploadService {
    Jid jid;
    qint64 maxFileSize = 0;
};

// A slot granted by the service (XEP-0363 §4): where to PUT the file, where others GET it, and the headers the
// PUT must carry (only the ones §4.1 allows, newlines stripped).
struct UploadSlot {
    QUrl putUrl;
    QUrl getUrl;
    QList<std::pair<QByteArray, QByteArray>> putHeaders;
};

// How HttpUploadManager::upload() sends a file.
struct UploadOptions {
    Jid to; // null: upload only; otherwise the URL is sent to this contact with XEP-0066 OOB
    // XEP-0454: encrypt the file (AES-256-GCM) before uploading it; the result is an aesgcm:// link. Implied when the
    // conversation with `to` is encrypted (the encryption check) unless confirmedUnencrypted; set it for an upload
    // whose link the caller sends itself in an encrypted message (a room).
    bool encrypt = false;
    // The conversation with `to` is encrypted, but the user asked for the file in the clear (XEP-0066, for a
    // contact whose client cannot read aesgcm:// links).
    bool confirmedUnencrypted = false;
};

enum class FileTransferError {
    None,
    NotConnected, // no bound session to ask the service on
    NoService, // the server offers no upload service
    FileUnreadable, // the file to upload does not exist or cannot be read; a download target cannot be written
    TooLarge, // larger than the service's limit (advertised, or told by the slot error or an HTTP 413)
    Encrypted, // the conversation is encrypted, and the file could not be sent encrypted (nor was the clear allowed)
    Integrity, // an encrypted file (XEP-0454) did not decrypt: damaged or changed on the way; nothing was kept
    SlotRefused, // the service refused the slot (any other stanza error)
    RetryLater, // resource-constraint: the user's quota is used up for now
    BadSlot, // the slot is malformed, not https, or on another host: nothing was uploaded
    Http, // the HTTP server answered with an error status
    Network, // the HTTP connection failed, timed out or answered more than allowed
    Tls, // the HTTP server's certificate is not trusted by the account's rules
    Cancelled,
};

// XEP-0363 HTTP File Upload for one account, with XEP-0066 out-of-band data for the message that carries the
// URL, and the HTTPS download of received files.
//
// Built from the existing modules: the Connection (disco and slot requests, the account's TLS trust), the
// MessageManager (message stanzas as the normal send path builds them) and the Outbox (durable, stored in the
// history first). The upload service is discovered once per session (disco#items of the server domain, then
// disco#info of each item, XEP-0363 §2) and forgotten when a new session starts.
//
// What a server or a contact can make it do is bounded:
// - at most maxDiscoItems() items of the server are asked about;
// - a slot must be https for both URLs, the PUT on the GET host, the service's or the account's domain (a slot
//   elsewhere could make the client send its file to anyone); only Authorization, Cookie and Expires are kept
//   as PUT headers, newlines stripped, each at most maxHeaderValueLength() characters;
// - a file larger than the advertised limit is refused before a slot is asked for;
// - HTTP bodies (the PUT's answer) are read and dropped beyond maxReplyBodyBytes(); downloads stop at their cap
//   (defaultMaxDownloadBytes() unless the caller raises it), also when the server announces no length or lies
//   about it; redirects never go from https to http;
// - TLS is verified as the account's connection does it: the system store, the account's extra CAs (complete
//   chain to the URL's host), then the certificates the user accepted (by SHA-256 fingerprint);
// - nothing is downloaded unless the caller asks for that URL.
class HttpUploadManager : public QObject {
    Q_OBJECT
public:
    static QString xmlns(); // urn:xmpp:http:upload:0
    static constexpr int maxDiscoItems() { return 64; }
    static constexpr qsizetype maxHeaderValueLength() { return 4096; }
    static constexpr qsizetype maxUrlLength() { return 4096; }
    static constexpr qint64 maxReplyBodyBytes() { return 64 * 1024; }
    static constexpr qint64 defaultMaxDownloadBytes() { return 100LL * 1024 * 1024; }
    // An HTTP transfer with no progress for this long fails.
    static constexpr int transferTimeoutMs() { return 30000; }

    HttpUploadManager(Connection &connection, MessageManager &messages, Outbox &outbox, QObject *parent = nullptr);
    ~HttpUploadManager() override;

    // Whether messages to a contact would be encrypted (ChatSender::encrypts()). Without a check, none are.
    void setEncryptionCheck(std::function<bool(const Jid &)> check) { m_encryptionCheck = std::move(check); }
    // Sends `body` (an aesgcm:// link) to `to` end-to-end encrypted (ChatSender with encryption required) and calls
    // `done` once with the history row, or 0 and why not. Without it, an upload into an encrypted conversation is
    // refused (FileTransferError::Encrypted) unless the caller allows the clear.
    using EncryptedSendDone = std::function<void(qint64 historyId, const QString &error)>;
    using EncryptedSender = std::function<void(const Jid &to, const QString &body, EncryptedSendDone done)>;
    void setEncryptedSender(EncryptedSender sender) { m_encryptedSender = std::move(sender); }

    // --- the service
    using ServiceCallback = std::function<void(const std::optional<UploadService> &service, const QString &error)>;
    // Finds the upload service (once per session: later calls get the known answer). `callback` runs once,
    // never from inside this call.
    void discoverService(ServiceCallback callback);
    std::optional<UploadService> service() const { return m_service; }

    // --- uploads
    using UploadOptions = balcony::UploadOptions;
    // Starts uploading `filePath` (streamed from disk). Returns the transfer's id, or 0 when it is refused at once
    // (lastError(), lastErrorKind(): unreadable, too large for a known limit, an encrypted conversation without an
    // encrypted sender or confirmation, not connected). Then uploadProgress()* and exactly one of
    // uploadFinished()/uploadFailed().
    //
    // Encrypted (XEP-0454, UploadOptions::encrypt or an encrypted conversation): the file is encrypted into a
    // temporary file (QTemporaryFile, removed when the transfer ends) in 64 KiB pieces, that
    // file is uploaded as application/octet-stream, and uploadFinished() carries the aesgcm:// link; with a
    // recipient the link goes through the encrypted sender, never in the clear and never with an OOB <x/>.
    quint64 upload(const QString &filePath, const UploadOptions &options = {});
    // Stops an upload or a download; it ends with ...Failed(Cancelled). False for an unknown transfer.
    bool cancel(quint64 transfer);
    QString lastError() const { return m_lastError; }
    FileTransferError lastErrorKind() const { return m_lastErrorKind; }

    // Sends `url` to `to` as a file message (the body and <x xmlns='jabber:x:oob'/>) through the outbox, stored in
    // the history first. Returns the history row, 0 if nothing was stored (lastError()).
    qint64 sendFileMessage(const Jid &to, const QUrl &url);

    // --- downloads
    // Downloads `url` (https only) to `targetPath` (written when complete, never partially). Returns the
    // transfer's id, or 0 when refused at once (lastError()). Then downloadProgress()* and exactly one of
    // downloadFinished()/downloadFailed().
    // An aesgcm:// link (XEP-0454, AesGcmLink::parse()) is fetched from its https address under the same rules and
    // decrypted as it arrives; the GCM tag (the last 16 bytes) is checked at the end, and a file that fails it is
    // not kept (FileTransferError::Integrity). `maxBytes` bounds the decrypted file.
    quint64 download(const QUrl &url, const QString &targetPath, qint64 maxBytes = defaultMaxDownloadBytes());

    int activeTransfers() const { return int(m_transfers.size()); }
    // XEP-0454 uploads whose encrypted copy is still being written (on the thread pool, never on this thread).
    int encryptionsRunning() const { return m_encryptions; }

    // --- the protocol, for tests
    static Element slotRequest(const Jid &service, const QString &fileName, qint64 size, const QString &contentType);
    // The service's description from its disco#info <query/>, if it offers XEP-0363.
    static std::optional<UploadService> serviceFromInfo(const Jid &entity, const Element &query);
    // Parses <slot xmlns='urn:xmpp:http:upload:0'/>; nullopt with `error` (translated) when it is unusable.
    static std::optional<UploadSlot> parseSlot(const Element &slot, QString *error);
    // Whether a parsed slot may be used by `account` with `service`: empty, or why not (translated).
    static QString checkSlot(const UploadSlot &slot, const Jid &service, const Jid &account);
    // "1.5 MiB", "300 KiB", "12 bytes" (translated).
    static QString humanSize(qint64 bytes);
    // A file name fit for the slot request: no path, no control characters, at most 255 characters.
    static QString cleanFileName(const QString &name);

Q_SIGNALS:
    void uploadProgress(quint64 transfer, qint64 sent, qint64 total);
    // The file is on the server; `historyId` is the file message's row (0 when no recipient was given).
    void uploadFinished(quint64 transfer, const QUrl &getUrl, qint64 historyId);
    void uploadFailed(quint64 transfer, balcony::FileTransferError error, const QString &message);
    void downloadProgress(quint64 transfer, qint64 received, qint64 total);
    void downloadFinished(quint64 transfer, const QString &path);
    void downloadFailed(quint64 transfer, balcony::FileTransferError error, const QString &message);

private:
    struct Transfer;
    struct EncryptionJob;

    void refuse(FileTransferError kind, const QString &message);
    void serviceKnown(const std::optional<UploadService> &service, const QString &error);
    void queryItems();
    void requestSlot(quint64 id);
    void encryptionDone(quint64 id, const std::shared_ptr<EncryptionJob> &job);
    void slotAnswered(quint64 id, const Element &response, const QString &errorText, const Element &errorElement);
    void startPut(quint64 id, const UploadSlot &slot);
    void putFinished(quint64 id);
    void sendLink(quint64 id, const QUrl &getUrl);
    void downloadData(quint64 id);
    void downloadDone(quint64 id);
    void fail(quint64 id, FileTransferError kind, const QString &message);
    void finishTransfer(quint64 id);
    // Whether the account's rules accept the HTTPS peer despite Qt's `errors`; if not, the transfer's
    // pendingError says why.
    bool acceptCertificate(
        quint64 id, const QString &host, const QList<QSslError> &errors, const QList<QSslCertificate> &chain);
    QNetworkReply *startRequest(quint64 id, QNetworkReply *reply);
    Transfer *transfer(quint64 id);

    Connection &m_connection;
    MessageManager &m_messages;
    Outbox &m_outbox;
    QNetworkAccessManager m_network;
    std::function<bool(const Jid &)> m_encryptionCheck;
    EncryptedSender m_encryptedSender;
    std::optional<UploadService> m_service;
    bool m_serviceKnown = false; // discovery finished on this session (m_service may still be empty)
    bool m_discovering = false;
    quint64 m_discoveryRound = 0; // tells answers of an earlier session apart
    QString m_serviceError;
    QList<ServiceCallback> m_waiting;
    int m_itemsPending = 0;
    QList<std::optional<UploadService>> m_candidates; // per item, in the server's order
    std::unordered_map<quint64, std::unique_ptr<Transfer>> m_transfers;
    quint64 m_nextId = 1;
    int m_encryptions = 0;
    QString m_lastError;
    FileTransferError m_lastErrorKind = FileTransferError::None;
};

} // namespace balcony
