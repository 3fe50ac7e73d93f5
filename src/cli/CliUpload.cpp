// The file half of CliSession: `upload FILE [--to JID]` (XEP-0363), printing the download URL and, with --to,
// sending it as a file message (the body and XEP-0066 <x xmlns='jabber:x:oob'/>) through the outbox; into an
// encrypted conversation the file is encrypted first (XEP-0454) and the aesgcm:// link goes through ChatSender,
// encrypted, instead.
#include "CliSession.h"
#include "ExitCode.h"
#include "files/HttpUploadManager.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace balcony::cli {

namespace {

ExitCode exitCodeFor(FileTransferError error)
{
    switch (error) {
    case FileTransferError::None:
        return ExitOk;
    case FileTransferError::NotConnected:
    case FileTransferError::Network:
        return ExitConnect;
    case FileTransferError::Tls:
        return ExitTls;
    case FileTransferError::Encrypted:
        return ExitNotEncrypted;
    case FileTransferError::NoService:
    case FileTransferError::TooLarge:
    case FileTransferError::SlotRefused:
    case FileTransferError::RetryLater:
    case FileTransferError::BadSlot:
    case FileTransferError::Http:
        return ExitRefused;
    case FileTransferError::FileUnreadable:
    case FileTransferError::Integrity:
    case FileTransferError::Cancelled:
        return ExitOther;
    }
    return ExitOther;
}

} // namespace

void CliSession::runUpload()
{
    m_upload
        = std::make_unique<HttpUploadManager>(m_account->connection(), *m_account->messages(), *m_account->outbox());
    ChatSender *sender = m_account->chatSender();
    m_upload->setEncryptionCheck([sender](const Jid &to) { return sender->encrypts(to, ChatSender::Options {}); });
    // XEP-0454: into an encrypted conversation the file is encrypted and its aesgcm:// link sent encrypted.
    m_upload->setEncryptedSender(
        [sender](const Jid &to, const QString &body, HttpUploadManager::EncryptedSendDone done) {
            ChatSender::Options options;
            options.requireEncryption = true;
            sender->send(to, body, options,
                [done = std::move(done)](const ChatSender::Result &result) { done(result.historyId, result.message); });
        });
    connect(m_upload.get(), &HttpUploadManager::uploadFailed, this,
        [this](quint64, FileTransferError error, const QString &message) { finish(exitCodeFor(error), message); });
    connect(
        m_upload.get(), &HttpUploadManager::uploadFinished, this, [this](quint64, const QUrl &url, qint64 historyId) {
            m_uploadUrl = url.toString(QUrl::FullyEncoded);
            m_uploadMessageId = historyId;
            if (historyId == 0) {
                if (m_options.json) {
                    printJson({ { u"url"_s, m_uploadUrl } });
                } else {
                    m_out << m_uploadUrl << Qt::endl;
                }
                finish(ExitOk);
            }
            // With --to: printed once the server acknowledged the file message (onUploadAcknowledged()).
        });
    HttpUploadManager::UploadOptions options;
    options.to = m_options.to;
    // --allow-plaintext: the file goes unencrypted (XEP-0066) even into an encrypted conversation, for a contact
    // whose client cannot read aesgcm:// links.
    options.confirmedUnencrypted = m_options.allowPlaintext;
    if (m_upload->upload(m_options.uploadFile, options) == 0) {
        finish(exitCodeFor(m_upload->lastErrorKind()), m_upload->lastError());
    }
}

void CliSession::onUploadAcknowledged(qint64 historyId)
{
    if (m_options.command != Command::Upload || m_done || historyId == 0 || historyId != m_uploadMessageId) {
        return;
    }
    if (m_options.json) {
        printJson({ { u"url"_s, m_uploadUrl }, { u"to"_s, m_options.to.toString() }, { u"state"_s, u"acked"_s } });
    } else {
        m_out << m_uploadUrl << Qt::endl;
        m_err << tr("sent to %1").arg(m_options.to.toString()) << Qt::endl;
    }
    finish(ExitOk);
}

} // namespace balcony::cli
