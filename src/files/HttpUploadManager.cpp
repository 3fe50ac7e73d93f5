#include "HttpUploadManager.h"

#include "AesGcmLink.h"
#include "FileMessage.h"
#include "HttpPut.h"
#include "core/DataForm.h"
#include "core/StanzaError.h"
#include "crypto/AesGcm.h"
#include "disco/DiscoInfo.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "storage/ElementXml.h"
#include "stream/CertificateTrust.h"
#include "stream/Connection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSaveFile>
#include <QSslCertificate>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

QString discoItemsXmlns()
{
    return u"http://jabber.org/protocol/disco#items"_s;
}

// A URL from the slot: absolute, well-formed, not too long.
QUrl slotUrl(const QString &text)
{
    if (text.isEmpty() || text.size() > HttpUploadManager::maxUrlLength()) {
        return {};
    }
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.isRelative() ? url : QUrl();
}

QString headerText(QString value)
{
    // XEP-0363 §4.1: newlines stripped, so that a header cannot end early and inject another.
    value.remove(u'\r');
    value.remove(u'\n');
    return value;
}

} // namespace

struct HttpUploadManager::Transfer {
    enum class Kind { Upload, Download };
    Kind kind = Kind::Upload;
    QString path;
    QString fileName;
    QString contentType;
    qint64 size = 0;
    Jid to;
    std::unique_ptr<QSaveFile> target; // download
    QPointer<HttpPut> put; // upload
    QPointer<QNetworkReply> reply; // download
    QUrl url;
    QUrl getUrl; // upload: the slot's GET URL
    qint64 lastProgress = -1;
    qint64 maxBytes = 0;
    qint64 received = 0;
    QString pendingError; // set before an abort: the reason to report instead of "cancelled"
    FileTransferError pendingKind = FileTransferError::None;
    bool waitingForService = false;
    bool waitingForSlot = false;
    // XEP-0454 upload: the encrypted copy is being written on the thread pool; the service, when found meanwhile, is
    // asked for a slot once it is done.
    bool encrypting = false;
    bool serviceReady = false;
    // XEP-0454 upload: the encrypted copy that is uploaded (`path` names it) and the link's key and IV.
    std::unique_ptr<QTemporaryFile> encrypted;
    std::optional<AesGcmLink> link;
    // XEP-0454 download: the decryption so far, and the last bytes received (the tag, once the body has ended).
    std::unique_ptr<crypto::AesGcmStream> gcm;
    QByteArray heldBack;
};

// XEP-0454: the encrypted copy of a file to upload, written on the thread pool (a large file takes seconds to read,
// encrypt and write: never on the thread that runs the window). Shared by the worker and the manager's completion,
// so that either may go first: a transfer cancelled meanwhile leaves the copy to the job, which removes it.
struct HttpUploadManager::EncryptionJob {
    QString source;
    AesGcmLink link;
    std::unique_ptr<QTemporaryFile> file;
    qint64 written = -1;
    QString error;
};

QString HttpUploadManager::xmlns()
{
    return u"urn:xmpp:http:upload:0"_s;
}

HttpUploadManager::HttpUploadManager(Connection &connection, MessageManager &messages, Outbox &outbox, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_messages(messages)
    , m_outbox(outbox)
{
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    // A new session may be on another server or with other rights: the service is found again.
    connect(&m_connection, &Connection::sessionStarting, this, [this] {
        m_service.reset();
        m_serviceKnown = false;
        m_serviceError.clear();
        if (m_discovering) {
            // The old round's answers are ignored; whoever waited gets this session's answer.
            m_discovering = false;
            queryItems();
        }
    });
}

HttpUploadManager::~HttpUploadManager()
{
    // Replies are children of the network manager; abort them before their transfers go.
    for (auto &[id, t] : m_transfers) {
        if (t->put) {
            t->put->abort();
        }
        if (t->reply) {
            t->reply->disconnect(this);
            t->reply->abort();
        }
    }
}

void HttpUploadManager::refuse(FileTransferError kind, const QString &message)
{
    m_lastErrorKind = kind;
    m_lastError = message;
}

QString HttpUploadManager::humanSize(qint64 bytes)
{
    constexpr double KiB = 1024.0;
    if (bytes < 1024) {
        return tr("%1 bytes").arg(bytes);
    }
    if (bytes < 1024 * 1024) {
        return tr("%1 KiB").arg(QString::number(double(bytes) / KiB, 'f', 1));
    }
    if (bytes < 1024LL * 1024 * 1024) {
        return tr("%1 MiB").arg(QString::number(double(bytes) / (KiB * KiB), 'f', 1));
    }
    return tr("%1 GiB").arg(QString::number(double(bytes) / (KiB * KiB * KiB), 'f', 2));
}

QString HttpUploadManager::cleanFileName(const QString &name)
{
    QString base = name;
    const qsizetype slash = std::max(base.lastIndexOf(u'/'), base.lastIndexOf(u'\\'));
    if (slash >= 0) {
        base = base.mid(slash + 1);
    }
    QString clean;
    clean.reserve(base.size());
    for (const QChar c : std::as_const(base)) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f && !c.isNonCharacter() && !c.isSurrogate()) {
            clean.append(c);
        }
    }
    clean = clean.trimmed().left(255);
    return clean.isEmpty() ? u"file"_s : clean;
}

// --- discovery

std::optional<UploadService> HttpUploadManager::serviceFromInfo(const Jid &entity, const Element &query)
{
    const std::optional<DiscoInfo> info = DiscoInfo::fromElement(query);
    if (!info || !info->hasFeature(xmlns())) {
        return std::nullopt;
    }
    UploadService service;
    service.jid = entity;
    if (const DataForm *form = info->extension(xmlns())) {
        if (const DataForm::Field *field = form->field(u"max-file-size")) {
            bool ok = false;
            const qint64 max = field->values.value(0).trimmed().toLongLong(&ok);
            service.maxFileSize = ok && max > 0 ? max : 0;
        }
    }
    return service;
}

void HttpUploadManager::discoverService(ServiceCallback callback)
{
    if (m_serviceKnown) {
        QTimer::singleShot(0, this, [this, callback = std::move(callback)] {
            if (callback) {
                callback(m_service, m_serviceError);
            }
        });
        return;
    }
    m_waiting.append(std::move(callback));
    if (!m_discovering) {
        queryItems();
    }
}

void HttpUploadManager::queryItems()
{
    m_discovering = true;
    const quint64 round = ++m_discoveryRound;
    const Jid own = m_connection.boundJid();
    if (own.isNull() || m_connection.state() != ConnectionState::Connected) {
        QTimer::singleShot(0, this, [this, round] {
            if (round == m_discoveryRound) {
                // Not remembered: the next session may well have a service.
                m_discovering = false;
                const QList<ServiceCallback> waiting = std::exchange(m_waiting, {});
                for (const ServiceCallback &callback : waiting) {
                    if (callback) {
                        callback(std::nullopt, tr("Not connected."));
                    }
                }
            }
        });
        return;
    }
    const Jid domain = own.domain().isEmpty() ? Jid() : *Jid::parse(own.domain());
    Element iq(u"iq"_s);
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, domain.toString());
    iq.appendChild(Element(u"query"_s, discoItemsXmlns()));
    m_connection.sendIq(iq, [this, round](const IqResult &result) {
        if (round != m_discoveryRound) {
            return;
        }
        if (result.status != IqResult::Status::Result) {
            serviceKnown(std::nullopt,
                result.status == IqResult::Status::Error
                    ? tr("The server could not list its services: %1").arg(result.error.describe())
                    : tr("The server did not list its services."));
            return;
        }
        QList<Jid> items;
        const Element query = result.stanza.firstChild(u"query", discoItemsXmlns());
        const QList<Element> children = query.children(u"item", discoItemsXmlns());
        for (const Element &item : children) {
            const std::optional<Jid> jid = Jid::parse(item.attribute(u"jid"));
            if (jid && !items.contains(*jid)) {
                items.append(*jid);
            }
            if (items.size() >= maxDiscoItems()) {
                break;
            }
        }
        if (items.isEmpty()) {
            serviceKnown(std::nullopt, QString());
            return;
        }
        m_candidates = QList<std::optional<UploadService>>(items.size());
        m_itemsPending = int(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            Element info(u"iq"_s);
            info.setAttribute(u"type"_s, u"get"_s);
            info.setAttribute(u"to"_s, items.at(i).toString());
            info.appendChild(Element(u"query"_s, DiscoInfo::xmlns()));
            const Jid entity = items.at(i);
            m_connection.sendIq(info, [this, round, i, entity](const IqResult &answer) {
                if (round != m_discoveryRound) {
                    return;
                }
                if (answer.status == IqResult::Status::Result) {
                    m_candidates[i] = serviceFromInfo(entity, answer.stanza.firstChild(u"query", DiscoInfo::xmlns()));
                }
                if (--m_itemsPending > 0) {
                    return;
                }
                // The first service in the server's order, whatever order the answers came in.
                for (const std::optional<UploadService> &candidate : std::as_const(m_candidates)) {
                    if (candidate) {
                        serviceKnown(candidate, QString());
                        return;
                    }
                }
                serviceKnown(std::nullopt, QString());
            });
        }
    });
}

void HttpUploadManager::serviceKnown(const std::optional<UploadService> &service, const QString &error)
{
    m_discovering = false;
    m_serviceKnown = true;
    m_service = service;
    m_candidates.clear();
    m_serviceError = service ? QString() : (error.isEmpty() ? tr("The server offers no file upload service.") : error);
    const QList<ServiceCallback> waiting = std::exchange(m_waiting, {});
    for (const ServiceCallback &callback : waiting) {
        if (callback) {
            callback(m_service, m_serviceError);
        }
    }
}

// --- slots

Element HttpUploadManager::slotRequest(
    const Jid &service, const QString &fileName, qint64 size, const QString &contentType)
{
    Element iq(u"iq"_s);
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, service.toString());
    Element request(u"request"_s, xmlns());
    request.setAttribute(u"filename"_s, cleanFileName(fileName));
    request.setAttribute(u"size"_s, QString::number(size));
    if (!contentType.isEmpty()) {
        request.setAttribute(u"content-type"_s, contentType);
    }
    iq.appendChild(request);
    return iq;
}

std::optional<UploadSlot> HttpUploadManager::parseSlot(const Element &slot, QString *error)
{
    auto failed = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    if (slot.isNull() || slot.name() != u"slot"_s || slot.ns() != xmlns()) {
        return failed(tr("The upload service answered without a slot."));
    }
    const Element put = slot.firstChild(u"put", xmlns());
    const Element get = slot.firstChild(u"get", xmlns());
    UploadSlot result;
    result.putUrl = slotUrl(put.attribute(u"url"));
    result.getUrl = slotUrl(get.attribute(u"url"));
    if (result.putUrl.isEmpty() || result.getUrl.isEmpty()) {
        return failed(tr("The upload service answered with a slot without valid URLs."));
    }
    const QList<Element> headers = put.children(u"header", xmlns());
    for (const Element &header : headers) {
        const QString name = header.attribute(u"name").trimmed();
        // XEP-0363 §4.1: only these; anything else is dropped, not an error.
        static const QStringList allowed { u"Authorization"_s, u"Cookie"_s, u"Expires"_s };
        const auto it = std::find_if(allowed.cbegin(), allowed.cend(),
            [&name](const QString &a) { return a.compare(name, Qt::CaseInsensitive) == 0; });
        if (it == allowed.cend()) {
            continue;
        }
        const QString value = headerText(header.text());
        if (value.isEmpty() || value.size() > maxHeaderValueLength()) {
            continue;
        }
        result.putHeaders.append({ it->toLatin1(), value.toUtf8() });
    }
    return result;
}

QString HttpUploadManager::checkSlot(const UploadSlot &slot, const Jid &service, const Jid &account)
{
    for (const QUrl &url : { slot.putUrl, slot.getUrl }) {
        if (url.scheme() != u"https"_s) {
            return tr("The upload service offered an address that is not https (%1): nothing was uploaded.")
                .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        }
        if (url.host().isEmpty() || !url.userInfo().isEmpty()) {
            return tr("The upload service offered an invalid address: nothing was uploaded.");
        }
    }
    const QString putHost = slot.putUrl.host().toLower();
    const QStringList allowed { slot.getUrl.host().toLower(), service.domain().toLower(), account.domain().toLower() };
    if (!allowed.contains(putHost)) {
        return tr("The upload service asked to send the file to another host (%1): nothing was uploaded.").arg(putHost);
    }
    return {};
}

// --- uploads

HttpUploadManager::Transfer *HttpUploadManager::transfer(quint64 id)
{
    const auto it = m_transfers.find(id);
    return it == m_transfers.end() ? nullptr : it->second.get();
}

quint64 HttpUploadManager::upload(const QString &filePath, const UploadOptions &options)
{
    m_lastError.clear();
    m_lastErrorKind = FileTransferError::None;
    const QFileInfo info(filePath);
    if (!info.exists() || !info.isFile() || !info.isReadable()) {
        refuse(FileTransferError::FileUnreadable, tr("The file %1 cannot be read.").arg(filePath));
        return 0;
    }
    const bool encryptedConversation = !options.to.isNull() && m_encryptionCheck && m_encryptionCheck(options.to);
    const bool encrypt = options.encrypt || (encryptedConversation && !options.confirmedUnencrypted);
    if (encrypt && !options.to.isNull() && !m_encryptedSender) {
        refuse(FileTransferError::Encrypted,
            tr("The conversation with %1 is encrypted, but the file would be uploaded unencrypted: the server and "
               "anyone with the link could read it. Confirm to send it anyway.")
                .arg(options.to.bare().toString()));
        return 0;
    }
    if (m_connection.state() != ConnectionState::Connected) {
        refuse(FileTransferError::NotConnected, tr("Not connected: the file cannot be uploaded now."));
        return 0;
    }
    const qint64 size = info.size();
    if (size <= 0) {
        refuse(FileTransferError::FileUnreadable, tr("The file %1 is empty.").arg(filePath));
        return 0;
    }
    if (m_serviceKnown && m_service && m_service->maxFileSize > 0 && size > m_service->maxFileSize) {
        refuse(FileTransferError::TooLarge,
            tr("The file is too large to upload: %1, and the server accepts at most %2.")
                .arg(humanSize(size), humanSize(m_service->maxFileSize)));
        return 0;
    }
    auto t = std::make_unique<Transfer>();
    t->kind = Transfer::Kind::Upload;
    t->path = info.absoluteFilePath();
    t->fileName = cleanFileName(info.fileName());
    t->size = size;
    t->to = options.to;
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info);
    t->contentType = mime.isValid() && !mime.isDefault() ? mime.name() : u"application/octet-stream"_s;
    std::shared_ptr<EncryptionJob> job;
    if (encrypt) {
        // XEP-0454: what goes to the server is the ciphertext and the tag, written to a temporary file piece by
        // piece on the thread pool (encryptionDone() takes it from there); its type says nothing about the content.
        job = std::make_shared<EncryptionJob>();
        job->source = t->path;
        job->link = AesGcmLink::generate();
        job->file = std::make_unique<QTemporaryFile>();
        if (job->link.key.size() != AesGcmLink::keySize() || job->link.iv.size() != AesGcmLink::ivSize()) {
            refuse(FileTransferError::FileUnreadable, tr("No key could be made to encrypt the file."));
            return 0;
        }
        if (!QFile(t->path).open(QIODevice::ReadOnly)) {
            refuse(FileTransferError::FileUnreadable, tr("The file %1 cannot be read.").arg(filePath));
            return 0;
        }
        if (!job->file->open()) {
            refuse(FileTransferError::FileUnreadable,
                tr("The file cannot be encrypted: no temporary file (%1).").arg(job->file->errorString()));
            return 0;
        }
        job->file->moveToThread(nullptr); // used by the worker, then here; no events either way
        t->encrypting = true;
    }
    t->waitingForService = true;
    const quint64 id = m_nextId++;
    m_transfers.emplace(id, std::move(t));
    if (job) {
        ++m_encryptions;
        const QPointer<HttpUploadManager> self(this);
        QThreadPool::globalInstance()->start([job, self, id] {
            QFile source(job->source);
            if (!source.open(QIODevice::ReadOnly)) {
                job->error = tr("The file %1 cannot be read.").arg(job->source);
            } else {
                job->written = job->link.encrypt(source, *job->file, &job->error);
                if (job->written >= 0 && !job->file->flush()) {
                    job->written = -1;
                }
                if (job->written < 0 && job->error.isEmpty()) {
                    job->error = tr("The file cannot be encrypted: %1").arg(job->file->errorString());
                }
            }
            QMetaObject::invokeMethod(QCoreApplication::instance(), [job, self, id] {
                if (self) {
                    self->encryptionDone(id, job);
                }
            });
        });
    }
    discoverService([this, id](const std::optional<UploadService> &service, const QString &error) {
        Transfer *current = transfer(id);
        if (!current || !current->waitingForService) {
            return;
        }
        current->waitingForService = false;
        if (!service) {
            fail(id, FileTransferError::NoService, error);
            return;
        }
        if (current->encrypting) {
            current->serviceReady = true; // the slot is asked for the encrypted size, once it is known
            return;
        }
        requestSlot(id);
    });
    return id;
}

void HttpUploadManager::encryptionDone(quint64 id, const std::shared_ptr<EncryptionJob> &job)
{
    --m_encryptions;
    Transfer *t = transfer(id);
    if (!t || !t->encrypting) {
        return; // cancelled or failed meanwhile: the copy goes with the job
    }
    t->encrypting = false;
    if (job->written < 0) {
        fail(id, FileTransferError::FileUnreadable, job->error);
        return;
    }
    if (job->written != t->size + AesGcmLink::tagSize()) {
        fail(
            id, FileTransferError::FileUnreadable, tr("The file %1 changed while it was being sent.").arg(job->source));
        return;
    }
    job->file->close();
    t->path = job->file->fileName();
    t->size = job->written;
    t->contentType = u"application/octet-stream"_s;
    t->encrypted = std::move(job->file);
    t->link = job->link;
    if (m_serviceKnown && m_service && m_service->maxFileSize > 0 && t->size > m_service->maxFileSize) {
        fail(id, FileTransferError::TooLarge,
            tr("The file is too large to upload: %1 encrypted, and the server accepts at most %2.")
                .arg(humanSize(t->size), humanSize(m_service->maxFileSize)));
        return;
    }
    if (t->serviceReady) {
        requestSlot(id);
    }
}

void HttpUploadManager::requestSlot(quint64 id)
{
    Transfer *t = transfer(id);
    if (!t || !m_service) {
        return;
    }
    // Refused before asking: the service said what it takes.
    if (m_service->maxFileSize > 0 && t->size > m_service->maxFileSize) {
        fail(id, FileTransferError::TooLarge,
            tr("The file is too large to upload: %1, and the server accepts at most %2.")
                .arg(humanSize(t->size), humanSize(m_service->maxFileSize)));
        return;
    }
    t->waitingForSlot = true;
    const QString sent = m_connection.sendIq(
        slotRequest(m_service->jid, t->fileName, t->size, t->contentType), [this, id](const IqResult &result) {
            Transfer *current = transfer(id);
            if (!current || !current->waitingForSlot) {
                return;
            }
            current->waitingForSlot = false;
            switch (result.status) {
            case IqResult::Status::Result:
                slotAnswered(id, result.stanza.firstChild(u"slot", xmlns()), QString(), Element());
                return;
            case IqResult::Status::Error:
                slotAnswered(id, Element(), result.error.describe(), result.stanza.firstChild(u"error"));
                return;
            case IqResult::Status::Timeout:
                fail(id, FileTransferError::SlotRefused, tr("The upload service did not answer."));
                return;
            case IqResult::Status::Cancelled:
                fail(id, FileTransferError::NotConnected, tr("The connection was lost before the upload started."));
                return;
            }
        });
    if (sent.isEmpty() && transfer(id) && transfer(id)->waitingForSlot) {
        fail(id, FileTransferError::NotConnected, tr("Not connected: the file cannot be uploaded now."));
    }
}

void HttpUploadManager::slotAnswered(
    quint64 id, const Element &slotElement, const QString &errorText, const Element &errorElement)
{
    Transfer *t = transfer(id);
    if (!t) {
        return;
    }
    if (!errorElement.isNull()) {
        const StanzaError error = StanzaError::fromElement(errorElement);
        const Element tooLarge = errorElement.firstChild(u"file-too-large", xmlns());
        if (error.condition == StanzaError::Condition::NotAcceptable && !tooLarge.isNull()) {
            bool ok = false;
            const qint64 max = tooLarge.childText(u"max-file-size", xmlns()).trimmed().toLongLong(&ok);
            if (ok && max > 0) {
                const qint64 advertised = m_service ? m_service->maxFileSize : 0;
                if (m_service) {
                    // What it says now is what the next file is checked against.
                    m_service->maxFileSize = advertised > 0 ? std::min(advertised, max) : max;
                }
                fail(id, FileTransferError::TooLarge,
                    advertised > 0 && advertised != max
                        ? tr("The file is too large to upload: %1, and the server now says it accepts at most %2 "
                             "(it advertised %3).")
                              .arg(humanSize(t->size), humanSize(max), humanSize(advertised))
                        : tr("The file is too large to upload: %1, and the server accepts at most %2.")
                              .arg(humanSize(t->size), humanSize(max)));
            } else {
                fail(id, FileTransferError::TooLarge,
                    tr("The file is too large for the upload service (%1).").arg(humanSize(t->size)));
            }
            return;
        }
        if (error.condition == StanzaError::Condition::ResourceConstraint) {
            const Element retry = errorElement.firstChild(u"retry", xmlns());
            const QDateTime stamp = QDateTime::fromString(retry.attribute(u"stamp"), Qt::ISODateWithMs);
            fail(id, FileTransferError::RetryLater,
                stamp.isValid() ? tr("The upload service accepts no more files from you for now; try again after %1.")
                                      .arg(QLocale().toString(stamp.toLocalTime(), QLocale::ShortFormat))
                                : tr("The upload service accepts no more files from you for now; try again later."));
            return;
        }
        fail(id, FileTransferError::SlotRefused, tr("The upload service refused the file: %1").arg(errorText));
        return;
    }
    QString why;
    const std::optional<UploadSlot> slot = parseSlot(slotElement, &why);
    if (!slot) {
        fail(id, FileTransferError::BadSlot, why);
        return;
    }
    why = checkSlot(*slot, m_service ? m_service->jid : Jid(), m_connection.boundJid());
    if (!why.isEmpty()) {
        fail(id, FileTransferError::BadSlot, why);
        return;
    }
    startPut(id, *slot);
}

QNetworkReply *HttpUploadManager::startRequest(quint64 id, QNetworkReply *reply)
{
    Transfer *t = transfer(id);
    t->reply = reply;
    t->url = reply->url();
    connect(reply, &QNetworkReply::sslErrors, this, [this, id, reply](const QList<QSslError> &errors) {
        if (acceptCertificate(id, reply->url().host(), errors, reply->sslConfiguration().peerCertificateChain())) {
            reply->ignoreSslErrors(errors);
        }
    });
    return reply;
}

void HttpUploadManager::startPut(quint64 id, const UploadSlot &slot)
{
    Transfer *t = transfer(id);
    auto file = std::make_unique<QFile>(t->path);
    if (!file->open(QIODevice::ReadOnly)) {
        fail(id, FileTransferError::FileUnreadable, tr("The file %1 cannot be read.").arg(t->path));
        return;
    }
    if (file->size() != t->size) {
        fail(id, FileTransferError::FileUnreadable, tr("The file %1 changed while it was being sent.").arg(t->path));
        return;
    }
    t->getUrl = slot.getUrl;
    t->url = slot.putUrl;
    // Content-Length is set by the PUT itself; never chunked. A PUT is never redirected: the body would go
    // somewhere the slot did not name (a 3xx answer is an error).
    QList<std::pair<QByteArray, QByteArray>> headers { { "Content-Type", t->contentType.toLatin1() } };
    headers.append(slot.putHeaders);
    auto *put = new HttpPut(std::move(file), t->size, slot.putUrl, headers, this);
    t->put = put;
    put->setTimeout(transferTimeoutMs());
    put->setMaxAnswerBodyBytes(maxReplyBodyBytes());
    const QString host = slot.putUrl.host();
    put->setSslErrorCheck([this, id, host](const QList<QSslError> &errors, const QList<QSslCertificate> &chain) {
        return acceptCertificate(id, host, errors, chain);
    });
    connect(put, &HttpPut::uploadProgress, this, [this, id](qint64 sent, qint64 total) {
        Transfer *current = transfer(id);
        if (!current || sent <= current->lastProgress) {
            return;
        }
        current->lastProgress = sent;
        Q_EMIT uploadProgress(id, sent, total > 0 ? total : current->size);
    });
    connect(put, &HttpPut::finished, this, [this, id] { putFinished(id); });
    put->start();
}

void HttpUploadManager::putFinished(quint64 id)
{
    Transfer *t = transfer(id);
    if (!t || !t->put) {
        return;
    }
    const HttpPut *put = t->put;
    const int status = put->status();
    switch (put->error()) {
    case HttpPut::Error::None:
        break;
    case HttpPut::Error::Tls:
        fail(id, FileTransferError::Tls,
            t->pendingError.isEmpty() ? tr("The upload server's certificate is not trusted (%1).").arg(t->url.host())
                                      : t->pendingError);
        return;
    case HttpPut::Error::Timeout:
        fail(id, FileTransferError::Network,
            tr("The upload failed: the server took nothing for %1 seconds.").arg(put->timeoutMs() / 1000));
        return;
    case HttpPut::Error::OversizedAnswer:
        fail(id, FileTransferError::Network, tr("The upload server sent an oversized answer."));
        return;
    case HttpPut::Error::MalformedAnswer:
        fail(id, FileTransferError::Network, tr("The upload server's answer is not HTTP."));
        return;
    case HttpPut::Error::FileChanged:
        fail(id, FileTransferError::FileUnreadable, tr("The file %1 changed while it was being sent.").arg(t->path));
        return;
    case HttpPut::Error::Network:
        fail(id, FileTransferError::Network, tr("The upload failed: %1").arg(put->errorString()));
        return;
    }
    if (status == 200 || status == 201) {
        if (t->link) {
            sendLink(id, t->getUrl);
            return;
        }
        const QUrl getUrl = t->getUrl;
        const Jid to = t->to;
        finishTransfer(id);
        qint64 historyId = 0;
        if (!to.isNull()) {
            historyId = sendFileMessage(to, getUrl);
            if (historyId == 0) {
                Q_EMIT uploadFailed(id, FileTransferError::SlotRefused,
                    tr("The file was uploaded to %1, but the message could not be saved, so it was not sent.")
                        .arg(getUrl.toString(QUrl::FullyEncoded)));
                return;
            }
        }
        Q_EMIT uploadFinished(id, getUrl, historyId);
        return;
    }
    if (status == 413) {
        const qint64 advertised = m_service ? m_service->maxFileSize : 0;
        fail(id, FileTransferError::TooLarge,
            advertised > 0 ? tr("The upload server refused the file as too large (%1), although the service "
                                "advertised a limit of %2.")
                                 .arg(humanSize(t->size), humanSize(advertised))
                           : tr("The upload server refused the file as too large (%1).").arg(humanSize(t->size)));
        return;
    }
    const QString reason = QString::fromLatin1(put->reasonPhrase()).simplified();
    fail(id, FileTransferError::Http,
        tr("The upload server answered with an error: %1 %2.").arg(QString::number(status), reason));
}

void HttpUploadManager::sendLink(quint64 id, const QUrl &getUrl)
{
    Transfer *t = transfer(id);
    AesGcmLink link = *t->link;
    link.httpsUrl = getUrl;
    const QUrl url = link.toUrl();
    const Jid to = t->to;
    finishTransfer(id); // the temporary copy goes; the upload is done
    if (to.isNull()) {
        Q_EMIT uploadFinished(id, url, 0);
        return;
    }
    // The link holds the key: it goes end-to-end encrypted or not at all (no XEP-0066 <x/>, no clear body).
    QPointer<HttpUploadManager> self(this);
    m_encryptedSender(to, link.toString(), [self, id, url](qint64 historyId, const QString &error) {
        if (!self) {
            return;
        }
        if (historyId == 0) {
            Q_EMIT self->uploadFailed(id, FileTransferError::Encrypted,
                tr("The encrypted file was uploaded, but its link could not be sent encrypted, so it was not sent: %1")
                    .arg(error));
            return;
        }
        Q_EMIT self->uploadFinished(id, url, historyId);
    });
}

qint64 HttpUploadManager::sendFileMessage(const Jid &to, const QUrl &url)
{
    m_lastError.clear();
    const QString text = url.toString(QUrl::FullyEncoded);
    if (to.isNull() || url.scheme() != u"https"_s || text.size() > maxUrlLength()) {
        refuse(FileTransferError::BadSlot, tr("A file message needs a recipient and an https address."));
        return 0;
    }
    const QString id = Connection::generateId();
    Element stanza = m_messages.buildMessage(to, text, Message::Type::Chat, QString(), id, false);
    stanza.appendChild(FileMessage::oobElement(url));
    StoredMessage m = StoredMessage::outgoing(
        m_connection.boundJid(), to, Message::Type::Chat, id, QString(), text, QDateTime::currentDateTimeUtc());
    m.stanzaXml = elementToXml(stanza).value_or(QString());
    const std::optional<OutboxEntry> entry = m_outbox.submit(m, stanza);
    if (!entry) {
        refuse(FileTransferError::SlotRefused, tr("The file message could not be saved, so it was not sent."));
        return 0;
    }
    return entry->historyId;
}

// --- downloads

quint64 HttpUploadManager::download(const QUrl &url, const QString &targetPath, qint64 maxBytes)
{
    m_lastError.clear();
    m_lastErrorKind = FileTransferError::None;
    QUrl fetched = url;
    std::unique_ptr<crypto::AesGcmStream> gcm;
    if (url.scheme() == AesGcmLink::scheme()) {
        QString why;
        const std::optional<AesGcmLink> link = AesGcmLink::parse(url, &why);
        if (!link) {
            refuse(FileTransferError::BadSlot, why);
            return 0;
        }
        gcm = crypto::AesGcmStream::create(crypto::AesGcmStream::Direction::Decrypt, link->key, link->iv);
        if (!gcm) {
            refuse(FileTransferError::BadSlot, tr("The link to the encrypted file carries no usable key."));
            return 0;
        }
        fetched = link->httpsUrl;
    }
    if (!fetched.isValid() || fetched.scheme() != u"https"_s || fetched.host().isEmpty()) {
        refuse(FileTransferError::BadSlot,
            tr("Files are downloaded over https only: %1 is refused.")
                .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)));
        return 0;
    }
    auto t = std::make_unique<Transfer>();
    t->kind = Transfer::Kind::Download;
    t->path = targetPath;
    t->maxBytes = maxBytes > 0 ? maxBytes : defaultMaxDownloadBytes();
    if (gcm) {
        t->gcm = std::move(gcm);
        t->maxBytes += AesGcmLink::tagSize(); // the limit is the decrypted file's; the tag comes on top
    }
    t->target = std::make_unique<QSaveFile>(targetPath);
    if (!t->target->open(QIODevice::WriteOnly)) {
        refuse(FileTransferError::FileUnreadable, tr("%1 cannot be written.").arg(targetPath));
        return 0;
    }
    const quint64 id = m_nextId++;
    m_transfers.emplace(id, std::move(t));
    QNetworkRequest request(fetched);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(transferTimeoutMs());
    QNetworkReply *reply = startRequest(id, m_network.get(request));
    reply->setReadBufferSize(256 * 1024);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] {
        Transfer *current = transfer(id);
        if (!current || !current->reply) {
            return;
        }
        const qint64 length = current->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > current->maxBytes) {
            current->pendingKind = FileTransferError::TooLarge;
            current->pendingError = tr("The file is too large to download: %1, more than the %2 allowed.")
                                        .arg(humanSize(length), humanSize(current->maxBytes));
            current->reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { downloadData(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { downloadDone(id); });
    return id;
}

void HttpUploadManager::downloadData(quint64 id)
{
    Transfer *t = transfer(id);
    if (!t || !t->reply || t->pendingKind != FileTransferError::None) {
        return;
    }
    const int status = t->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        t->reply->skip(t->reply->bytesAvailable()); // an error page or a redirect's body: not the file
        return;
    }
    const QByteArray data = t->reply->readAll();
    if (t->received + data.size() > t->maxBytes) {
        t->pendingKind = FileTransferError::TooLarge;
        t->pendingError
            = tr("The file is too large to download: more than the %1 allowed.").arg(humanSize(t->maxBytes));
        t->reply->abort();
        return;
    }
    QByteArray plain = data;
    if (t->gcm) {
        // The tag is the body's last 16 bytes: hold back that many until the body ends.
        t->heldBack.append(data);
        const qsizetype ready = t->heldBack.size() - AesGcmLink::tagSize();
        plain.clear();
        if (ready > 0) {
            const std::optional<QByteArray> decrypted = t->gcm->update(QByteArrayView(t->heldBack).first(ready));
            t->heldBack.remove(0, ready);
            if (!decrypted) {
                t->pendingKind = FileTransferError::Integrity;
                t->pendingError = tr("The encrypted file could not be decrypted: nothing was kept.");
                t->reply->abort();
                return;
            }
            plain = *decrypted;
        }
    }
    if (t->target->write(plain) != plain.size()) {
        t->pendingKind = FileTransferError::FileUnreadable;
        t->pendingError = tr("%1 cannot be written: %2").arg(t->path, t->target->errorString());
        t->reply->abort();
        return;
    }
    t->received += data.size();
    const qint64 total = t->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    Q_EMIT downloadProgress(id, t->received, total > 0 ? total : -1);
}

void HttpUploadManager::downloadDone(quint64 id)
{
    Transfer *t = transfer(id);
    if (!t || !t->reply) {
        return;
    }
    downloadData(id);
    QNetworkReply *reply = t->reply;
    if (t->pendingKind != FileTransferError::None) {
        fail(id, t->pendingKind, t->pendingError);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        fail(id, FileTransferError::Cancelled, tr("The download was cancelled."));
        return;
    }
    if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        fail(id, FileTransferError::Tls,
            t->pendingError.isEmpty() ? tr("The file server's certificate is not trusted (%1).").arg(t->url.host())
                                      : t->pendingError);
        return;
    }
    if (reply->error() == QNetworkReply::InsecureRedirectError) {
        fail(id, FileTransferError::BadSlot, tr("The file server redirected to an address that is not https."));
        return;
    }
    if (status > 0 && status != 200) {
        fail(id, FileTransferError::Http, tr("The file server answered with an error: %1.").arg(status));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(id, FileTransferError::Network, tr("The download failed: %1").arg(reply->errorString()));
        return;
    }
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > 0 && length != t->received) {
        fail(id, FileTransferError::Network,
            tr("The download ended early: %1 of %2.").arg(humanSize(t->received), humanSize(length)));
        return;
    }
    if (t->gcm && !t->gcm->finishDecryption(t->heldBack)) {
        // Not the file that was encrypted (changed on the server or on the way, or the wrong key): the partial
        // plaintext is dropped with the unsaved target.
        fail(id, FileTransferError::Integrity,
            tr("The encrypted file failed its integrity check (damaged or changed): it was not saved."));
        return;
    }
    if (!t->target->commit()) {
        fail(id, FileTransferError::FileUnreadable, tr("%1 cannot be written.").arg(t->path));
        return;
    }
    const QString path = t->path;
    finishTransfer(id);
    Q_EMIT downloadFinished(id, path);
}

// --- common

bool HttpUploadManager::acceptCertificate(
    quint64 id, const QString &host, const QList<QSslError> &errors, const QList<QSslCertificate> &chain)
{
    // The account's rules, as for its XMPP stream: a complete chain to one of its extra CAs naming the URL's
    // host, or exactly a certificate the user accepted.
    const ConnectionSettings &settings = m_connection.settings();
    if (CertificateTrust::acceptedByAccount(
            errors, chain, host, settings.extraCaCertificates, settings.trustedFingerprints)) {
        return true;
    }
    if (Transfer *t = transfer(id)) {
        QStringList reasons;
        for (const QSslError &e : errors) {
            reasons.append(e.errorString());
        }
        t->pendingError = tr("The certificate of %1 is not trusted (%2).").arg(host, reasons.join(u", "_s).left(400));
    }
    return false;
}

bool HttpUploadManager::cancel(quint64 id)
{
    Transfer *t = transfer(id);
    if (!t) {
        return false;
    }
    if (t->put) {
        fail(id, FileTransferError::Cancelled, tr("The upload was cancelled."));
        return true;
    }
    if (t->reply) {
        t->pendingKind = FileTransferError::None;
        t->reply->abort(); // finished() follows at once: OperationCanceledError
        if (transfer(id)) {
            fail(id, FileTransferError::Cancelled, tr("The download was cancelled."));
        }
        return true;
    }
    fail(id, FileTransferError::Cancelled, tr("The upload was cancelled."));
    return true;
}

void HttpUploadManager::fail(quint64 id, FileTransferError kind, const QString &message)
{
    Transfer *t = transfer(id);
    if (!t) {
        return;
    }
    const bool upload = t->kind == Transfer::Kind::Upload;
    const QString text = message; // `message` may be the transfer's own pendingError, gone after finishTransfer()
    finishTransfer(id);
    if (upload) {
        Q_EMIT uploadFailed(id, kind, text);
    } else {
        Q_EMIT downloadFailed(id, kind, text);
    }
}

void HttpUploadManager::finishTransfer(quint64 id)
{
    const auto it = m_transfers.find(id);
    if (it == m_transfers.end()) {
        return;
    }
    std::unique_ptr<Transfer> t = std::move(it->second);
    m_transfers.erase(it);
    if (t->reply) {
        t->reply->disconnect(this);
        if (t->reply->isRunning()) {
            t->reply->abort();
        }
        t->reply->deleteLater();
    }
    if (t->put) {
        // Stopped at once; deleted later: this may run inside one of its signals.
        t->put->disconnect(this);
        t->put->abort();
        t->put->deleteLater();
    }
    if (t->target) {
        t->target->cancelWriting();
    }
}

} // namespace balcony
