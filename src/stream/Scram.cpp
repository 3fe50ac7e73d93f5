#include "Scram.h"

#include "crypto/OpenSslErrors.h"

#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace balcony {

namespace {

const EVP_MD *digestFor(Scram::Hash hash)
{
    return hash == Scram::Hash::Sha256 ? EVP_sha256() : EVP_sha1();
}

// Splits "a=1,b=2" into (attribute, value) pairs; nullopt if any part is not "<letter>=<value>".
std::optional<QList<std::pair<char, QByteArray>>> parseAttributes(const QByteArray &message)
{
    QList<std::pair<char, QByteArray>> out;
    const QList<QByteArray> parts = message.split(',');
    for (const QByteArray &part : parts) {
        if (part.size() < 2 || part.at(1) != '='
            || !((part.at(0) >= 'a' && part.at(0) <= 'z') || (part.at(0) >= 'A' && part.at(0) <= 'Z'))) {
            return std::nullopt;
        }
        out.append({ part.at(0), part.mid(2) });
    }
    return out;
}

QByteArray xorBytes(const QByteArray &a, const QByteArray &b)
{
    QByteArray out(a.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < a.size(); ++i) {
        out[i] = char(a.at(i) ^ b.at(i));
    }
    return out;
}

bool isSpaceToMap(char32_t c)
{
    // RFC 3454 table C.1.2: non-ASCII space characters.
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool isMappedToNothing(char32_t c)
{
    // RFC 3454 table B.1: "commonly mapped to nothing".
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) || c == 0x200C || c == 0x200D
        || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

QByteArray &testNonce()
{
    static QByteArray nonce;
    return nonce;
}

} // namespace

Scram::Scram(Hash hash, const QString &username, const QString &password)
    : m_hash(hash)
    , m_username(username)
    , m_password(password)
    , m_clientNonce(testNonce())
{
}

void Scram::setTestNonce(const QByteArray &nonce)
{
    testNonce() = nonce;
}

std::optional<Scram::Hash> Scram::hashForMechanism(QStringView mechanism)
{
    if (mechanism == u"SCRAM-SHA-1") {
        return Hash::Sha1;
    }
    if (mechanism == u"SCRAM-SHA-256") {
        return Hash::Sha256;
    }
    return std::nullopt;
}

QString Scram::mechanismName(Hash hash)
{
    return hash == Hash::Sha256 ? QStringLiteral("SCRAM-SHA-256") : QStringLiteral("SCRAM-SHA-1");
}

QString Scram::saslPrep(const QString &text)
{
    QString mapped;
    mapped.reserve(text.size());
    const auto ucs4 = text.toUcs4();
    for (char32_t c : ucs4) {
        if (isMappedToNothing(c)) {
            continue;
        }
        if (isSpaceToMap(c)) {
            c = U' ';
        }
        mapped.append(QString::fromUcs4(&c, 1));
    }
    return mapped.normalized(QString::NormalizationForm_KC);
}

QString Scram::escapeUsername(const QString &username)
{
    QString out = saslPrep(username);
    // '=' first, so that the "=2C" we insert is not escaped again.
    out.replace(QLatin1Char('='), QLatin1StringView("=3D"));
    out.replace(QLatin1Char(','), QLatin1StringView("=2C"));
    return out;
}

void Scram::setClientNonce(const QByteArray &nonce)
{
    m_clientNonce = nonce;
}

bool Scram::fail(const QString &error)
{
    m_state = State::Failed;
    m_error = error;
    return false;
}

QByteArray Scram::clientFirst()
{
    const crypto::ErrorQueueGuard errorQueueGuard;
    if (m_clientNonce.isEmpty()) {
        QByteArray raw(24, Qt::Uninitialized);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), int(raw.size())) != 1) {
            fail(QStringLiteral("the random number generator failed"));
            return {};
        }
        // Base64 never contains ',' and is printable, as RFC 5802 §5.1 requires of a nonce.
        m_clientNonce = raw.toBase64();
    }
    m_clientFirstBare = "n=" + escapeUsername(m_username).toUtf8() + ",r=" + m_clientNonce;
    m_state = State::FirstSent;
    // GS2 header "n,,": the client does not support channel binding (RFC 5802 §7).
    return "n,," + m_clientFirstBare;
}

QByteArray Scram::hash(const QByteArray &data) const
{
    const crypto::ErrorQueueGuard errorQueueGuard;
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &len, digestFor(m_hash), nullptr) != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(len));
}

QByteArray Scram::hmac(const QByteArray &key, const QByteArray &data) const
{
    const crypto::ErrorQueueGuard errorQueueGuard;
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(digestFor(m_hash), key.constData(), int(key.size()),
            reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), out, &len)) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(len));
}

std::optional<QByteArray> Scram::pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations) const
{
    const crypto::ErrorQueueGuard errorQueueGuard;
    QByteArray out(EVP_MD_get_size(digestFor(m_hash)), Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
            reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations, digestFor(m_hash),
            int(out.size()), reinterpret_cast<unsigned char *>(out.data()))
        != 1) {
        return std::nullopt;
    }
    return out;
}

std::optional<QByteArray> Scram::clientFinal(const QByteArray &serverFirst)
{
    if (m_state != State::FirstSent) {
        fail(QStringLiteral("unexpected server-first-message"));
        return std::nullopt;
    }
    const auto attributes = parseAttributes(serverFirst);
    if (!attributes || attributes->size() < 3) {
        fail(QStringLiteral("malformed server-first-message"));
        return std::nullopt;
    }
    // RFC 5802 §5.1: "m" announces a mandatory extension we cannot know, which must fail authentication.
    if (attributes->at(0).first == 'm') {
        fail(QStringLiteral("the server requires an unsupported SCRAM extension"));
        return std::nullopt;
    }
    if (attributes->at(0).first != 'r' || attributes->at(1).first != 's' || attributes->at(2).first != 'i') {
        fail(QStringLiteral("malformed server-first-message"));
        return std::nullopt;
    }
    const QByteArray nonce = attributes->at(0).second;
    // The combined nonce must extend ours; anything else is a replay or a different exchange (§5.1).
    if (!nonce.startsWith(m_clientNonce) || nonce.size() == m_clientNonce.size()) {
        fail(QStringLiteral("the server nonce does not extend the client nonce"));
        return std::nullopt;
    }
    const auto salt = QByteArray::fromBase64Encoding(
        attributes->at(1).second, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.isEmpty()) {
        fail(QStringLiteral("malformed salt in server-first-message"));
        return std::nullopt;
    }
    bool ok = false;
    const int iterations = QString::fromLatin1(attributes->at(2).second).toInt(&ok);
    if (!ok || iterations < MinIterations || iterations > MaxIterations) {
        fail(
            QStringLiteral("unacceptable SCRAM iteration count %1").arg(QString::fromLatin1(attributes->at(2).second)));
        return std::nullopt;
    }

    const auto salted = pbkdf2(saslPrep(m_password).toUtf8(), salt.decoded, iterations);
    if (!salted) {
        fail(QStringLiteral("PBKDF2 failed"));
        return std::nullopt;
    }
    // RFC 5802 §3.
    const QByteArray clientKey = hmac(*salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = hash(clientKey);
    const QByteArray serverKey = hmac(*salted, QByteArrayLiteral("Server Key"));
    const QByteArray withoutProof = "c=" + QByteArrayLiteral("n,,").toBase64() + ",r=" + nonce;
    const QByteArray authMessage = m_clientFirstBare + ',' + serverFirst + ',' + withoutProof;
    const QByteArray clientSignature = hmac(storedKey, authMessage);
    if (clientKey.isEmpty() || storedKey.isEmpty() || serverKey.isEmpty() || clientSignature.isEmpty()) {
        fail(QStringLiteral("HMAC failed"));
        return std::nullopt;
    }
    m_expectedServerSignature = hmac(serverKey, authMessage);
    m_state = State::FinalSent;
    return withoutProof + ",p=" + xorBytes(clientKey, clientSignature).toBase64();
}

bool Scram::verifyServerFinal(const QByteArray &serverFinal)
{
    if (m_state == State::Verified) {
        return true;
    }
    if (m_state != State::FinalSent) {
        return fail(QStringLiteral("unexpected server-final-message"));
    }
    const auto attributes = parseAttributes(serverFinal);
    if (!attributes || attributes->isEmpty()) {
        return fail(QStringLiteral("the server did not prove that it knows the password (no signature)"));
    }
    if (attributes->at(0).first == 'e') {
        return fail(QStringLiteral("the server reported: %1").arg(QString::fromUtf8(attributes->at(0).second)));
    }
    if (attributes->at(0).first != 'v') {
        return fail(QStringLiteral("the server did not prove that it knows the password (no signature)"));
    }
    const auto signature = QByteArray::fromBase64Encoding(
        attributes->at(0).second, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    // Constant-time comparison: the signature is a secret-derived value.
    if (!signature || signature.decoded.size() != m_expectedServerSignature.size()
        || CRYPTO_memcmp(signature.decoded.constData(), m_expectedServerSignature.constData(),
               size_t(m_expectedServerSignature.size()))
            != 0) {
        return fail(QStringLiteral("the server signature is wrong: the server does not know the password"));
    }
    m_state = State::Verified;
    return true;
}

} // namespace balcony
