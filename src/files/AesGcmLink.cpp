#include "AesGcmLink.h"

#include "crypto/AesGcm.h"
#include "crypto/SecretBytes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

bool isHex(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F'))) {
            return false;
        }
    }
    return true;
}

} // namespace

QString AesGcmLink::scheme()
{
    return u"aesgcm"_s;
}

QUrl AesGcmLink::toUrl() const
{
    QUrl url = httpsUrl;
    url.setScheme(scheme());
    url.setFragment(QString::fromLatin1(QByteArray(iv + key).toHex()));
    return url;
}

std::optional<AesGcmLink> AesGcmLink::parse(const QString &text, QString *error)
{
    if (text.size() > maxLength()) {
        if (error) {
            *error = QCoreApplication::translate("balcony::AesGcmLink", "The encrypted file's link is too long.");
        }
        return std::nullopt;
    }
    return parse(QUrl(text, QUrl::StrictMode), error);
}

std::optional<AesGcmLink> AesGcmLink::parse(const QUrl &url, QString *error)
{
    auto failed = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    if (!url.isValid() || url.scheme() != scheme() || url.host().isEmpty() || !url.userInfo().isEmpty()
        || url.toString(QUrl::FullyEncoded).size() > maxLength()) {
        return failed(QCoreApplication::translate(
            "balcony::AesGcmLink", "This is not a valid link to an encrypted file (aesgcm://)."));
    }
    const QString fragment = url.fragment(QUrl::FullyEncoded);
    if ((fragment.size() != 2 * (12 + keySize()) && fragment.size() != 2 * (16 + keySize())) || !isHex(fragment)) {
        return failed(QCoreApplication::translate("balcony::AesGcmLink",
            "The link to the encrypted file carries no valid key (it needs 88 or 96 hex digits)."));
    }
    const QByteArray bytes = QByteArray::fromHex(fragment.toLatin1());
    AesGcmLink link;
    link.iv = bytes.left(bytes.size() - keySize());
    link.key = bytes.right(keySize());
    link.httpsUrl = url;
    link.httpsUrl.setScheme(u"https"_s);
    link.httpsUrl.setFragment(QString());
    return link;
}

std::optional<AesGcmLink> AesGcmLink::fromBody(const QString &body)
{
    const QString text = body.trimmed();
    if (!text.startsWith(u"aesgcm://"_s, Qt::CaseInsensitive) || text.size() > maxLength()) {
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (c.isSpace()) {
            return std::nullopt;
        }
    }
    return parse(text);
}

AesGcmLink AesGcmLink::generate(const QUrl &httpsUrl)
{
    AesGcmLink link;
    link.httpsUrl = httpsUrl;
    link.iv = crypto::randomBytes(ivSize());
    link.key = crypto::randomBytes(keySize());
    return link;
}

qint64 AesGcmLink::encrypt(QIODevice &in, QIODevice &out, QString *error) const
{
    auto failed = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return qint64(-1);
    };
    const std::unique_ptr<crypto::AesGcmStream> gcm
        = crypto::AesGcmStream::create(crypto::AesGcmStream::Direction::Encrypt, key, iv);
    if (!gcm) {
        return failed(
            QCoreApplication::translate("balcony::AesGcmLink", "The file could not be encrypted (no valid key)."));
    }
    qint64 written = 0;
    QByteArray buffer(chunkBytes(), Qt::Uninitialized);
    for (;;) {
        const qint64 read = in.read(buffer.data(), buffer.size());
        if (read < 0) {
            return failed(QCoreApplication::translate("balcony::AesGcmLink", "The file could not be read: %1")
                              .arg(in.errorString()));
        }
        if (read == 0) {
            break;
        }
        const std::optional<QByteArray> cipher = gcm->update(QByteArrayView(buffer.constData(), read));
        if (!cipher) {
            return failed(QCoreApplication::translate("balcony::AesGcmLink", "The file could not be encrypted."));
        }
        if (out.write(*cipher) != cipher->size()) {
            return failed(
                QCoreApplication::translate("balcony::AesGcmLink", "The encrypted file could not be written: %1")
                    .arg(out.errorString()));
        }
        written += cipher->size();
    }
    const std::optional<QByteArray> tag = gcm->finishEncryption();
    if (!tag) {
        return failed(QCoreApplication::translate("balcony::AesGcmLink", "The file could not be encrypted."));
    }
    if (out.write(*tag) != tag->size()) {
        return failed(QCoreApplication::translate("balcony::AesGcmLink", "The encrypted file could not be written: %1")
                          .arg(out.errorString()));
    }
    return written + tag->size();
}

} // namespace balcony
