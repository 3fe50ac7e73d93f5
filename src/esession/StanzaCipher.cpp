#include "esession/StanzaCipher.h"

#include "core/XmlWriter.h"
#include "crypto/AesCtr.h"
#include "crypto/Mpi.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/FragmentParser.h"
#include "esession/Normalizer.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace balcony {
namespace {

constexpr char stateMagic[] = "ESC1";

void appendChunk(QByteArray &out, QByteArrayView chunk)
{
    const quint32 size = quint32(chunk.size());
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.append(char((size >> shift) & 0xff));
    }
    out.append(chunk.data(), chunk.size());
}

std::optional<QByteArrayView> readChunk(QByteArrayView &in)
{
    if (in.size() < 4) {
        return std::nullopt;
    }
    quint32 size = 0;
    for (int i = 0; i < 4; ++i) {
        size = (size << 8) | quint8(in[i]);
    }
    if (in.size() - 4 < qsizetype(size)) {
        return std::nullopt;
    }
    const QByteArrayView chunk = in.sliced(4, size);
    in = in.sliced(4 + size);
    return chunk;
}

// m_content of XEP-0200 §Encryption: the children of <c/> except <mac/>, normalized, in order.
QByteArray macContent(const Element &c)
{
    QByteArray content;
    for (const Element &child : c.childElements()) {
        if (child.name() != u"mac") {
            content += Normalizer::normalize(child);
        }
    }
    return content;
}

} // namespace

StanzaCipher::StanzaCipher(
    crypto::HashAlgorithm hash, crypto::SecretBytes cipherKey, crypto::SecretBytes macKey, QByteArray counter)
    : m_hash(hash)
    , m_kc(std::move(cipherKey))
    , m_km(std::move(macKey))
    , m_counter(std::move(counter))
{
}

QByteArray StanzaCipher::cryptBytes(QByteArrayView bytes)
{
    std::optional<QByteArray> out = crypto::aesCtr(m_kc.view(), m_counter, bytes);
    if (!out) {
        return {};
    }
    m_counter = crypto::counterAdd(m_counter, crypto::counterBlocks(bytes.size()));
    return *out;
}

void StanzaCipher::replaceKeys(crypto::SecretBytes cipherKey, crypto::SecretBytes macKey)
{
    m_kc = std::move(cipherKey);
    m_km = std::move(macKey);
}

std::optional<Element> StanzaCipher::encrypt(const QList<Element> &content, QString *error)
{
    return encrypt(content, {}, error);
}

std::optional<Element> StanzaCipher::encrypt(
    const QList<Element> &content, const QList<Element> &controls, QString *error)
{
    QByteArray plain;
    for (const Element &element : content) {
        std::optional<QByteArray> xml = XmlWriter::serialize(element, esession::clientNs(), error);
        if (!xml) {
            return std::nullopt;
        }
        plain += *xml;
    }
    const QByteArray before = m_counter;
    std::optional<QByteArray> encrypted = crypto::aesCtr(m_kc.view(), m_counter, plain);
    OPENSSL_cleanse(plain.data(), size_t(plain.size()));
    if (!encrypted) {
        if (error) {
            *error = QCoreApplication::translate("balcony", "The message could not be encrypted.");
        }
        return std::nullopt;
    }
    // XEP-0200 §Encryption: "if there is no content, C = C + 1", so every stanza consumes a counter value.
    m_counter = crypto::counterAdd(m_counter, qMax<quint64>(1, crypto::counterBlocks(encrypted->size())));

    Element c(u"c"_s, esession::stanzaNs());
    c.appendTextChild(u"data"_s, esession::stanzaNs(), QString::fromLatin1(encrypted->toBase64()));
    for (const Element &control : controls) {
        c.appendChild(control);
    }
    QByteArray macInput = macContent(c);
    macInput += crypto::mpiFromBytes(before);
    const crypto::SecretBytes mac = crypto::hmac(m_hash, m_km.view(), macInput);
    c.appendTextChild(u"mac"_s, esession::stanzaNs(), QString::fromLatin1(mac.toByteArray().toBase64()));
    return c;
}

StanzaCipher::Decrypted StanzaCipher::decrypt(const Element &c, RekeyElements rekey)
{
    Decrypted result;
    const Element data = c.firstChild(u"data", esession::stanzaNs());
    const Element macElement = c.firstChild(u"mac", esession::stanzaNs());
    if (c.name() != u"c" || c.ns() != esession::stanzaNs() || data.isNull() || macElement.isNull()
        || (rekey == RekeyElements::Refuse && c.hasChild(u"key", esession::stanzaNs()))) {
        result.failure = Failure::Malformed;
        return result;
    }
    const auto decodedMac = QByteArray::fromBase64Encoding(
        macElement.text().trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto decodedData = QByteArray::fromBase64Encoding(
        QString(data.text()).remove(u' ').remove(u'\n').remove(u'\r').remove(u'\t').toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!decodedMac || !decodedData) {
        result.failure = Failure::Malformed;
        return result;
    }
    const QByteArray content = macContent(c);
    const crypto::SecretBytes expected
        = crypto::hmac(m_hash, m_km.view(), QByteArray(content + crypto::mpiFromBytes(m_counter)));
    bool good = crypto::constantTimeEquals(expected.view(), *decodedMac);
    if (!good) {
        const crypto::SecretBytes padded = crypto::hmac(m_hash, m_km.view(), QByteArray(content + m_counter));
        good = crypto::constantTimeEquals(padded.view(), *decodedMac);
    }
    if (!good) {
        result.failure = Failure::BadMac;
        return result;
    }
    std::optional<QByteArray> plain = crypto::aesCtr(m_kc.view(), m_counter, *decodedData);
    if (!plain) {
        result.failure = Failure::CipherFailure;
        return result;
    }
    // The stanza is authentic: its counter values are used up even if the plaintext turns out to be bad, so
    // the next stanza still decrypts.
    m_counter = crypto::counterAdd(m_counter, qMax<quint64>(1, crypto::counterBlocks((*decodedData).size())));
    std::optional<QList<Element>> parsed = parseEncryptedFragment(*plain, esession::clientNs());
    OPENSSL_cleanse(plain->data(), size_t(plain->size()));
    if (!parsed) {
        result.failure = Failure::BadXml;
        return result;
    }
    result.content = *parsed;
    return result;
}

crypto::SecretBytes StanzaCipher::serialize() const
{
    QByteArray out(stateMagic);
    out.append(char(m_hash));
    appendChunk(out, m_kc.view());
    appendChunk(out, m_km.view());
    appendChunk(out, m_counter);
    crypto::SecretBytes state(out);
    OPENSSL_cleanse(out.data(), size_t(out.size()));
    return state;
}

std::optional<StanzaCipher> StanzaCipher::deserialize(const crypto::SecretBytes &state)
{
    QByteArrayView in = state.view();
    const qsizetype magicSize = qsizetype(sizeof(stateMagic)) - 1;
    if (in.size() < magicSize + 1 || in.first(magicSize) != QByteArrayView(stateMagic)) {
        return std::nullopt;
    }
    const int hashId = quint8(in[magicSize]);
    if (hashId > int(crypto::HashAlgorithm::Whirlpool)) {
        return std::nullopt;
    }
    in = in.sliced(magicSize + 1);
    const std::optional<QByteArrayView> kc = readChunk(in);
    const std::optional<QByteArrayView> km = kc ? readChunk(in) : std::nullopt;
    const std::optional<QByteArrayView> counter = km ? readChunk(in) : std::nullopt;
    if (!counter || !in.isEmpty() || counter->size() != 16 || (kc->size() != 16 && kc->size() != 24 && kc->size() != 32)
        || km->isEmpty()) {
        return std::nullopt;
    }
    return StanzaCipher(
        crypto::HashAlgorithm(hashId), crypto::SecretBytes(*kc), crypto::SecretBytes(*km), counter->toByteArray());
}

Element StanzaCipher::createdHeader(const QDateTime &created)
{
    Element headers(u"headers"_s, esession::shimNs());
    Element header(u"header"_s, esession::shimNs());
    header.setAttribute(u"name"_s, u"Created"_s);
    header.setText(created.toUTC().toString(Qt::ISODate));
    headers.appendChild(header);
    return headers;
}

QDateTime StanzaCipher::createdTime(const QList<Element> &content)
{
    for (const Element &element : content) {
        if (element.name() != u"headers" || element.ns() != esession::shimNs()) {
            continue;
        }
        for (const Element &header : element.children(u"header", esession::shimNs())) {
            if (header.attribute(u"name") == u"Created") {
                QDateTime time = QDateTime::fromString(header.text().trimmed(), Qt::ISODateWithMs);
                return time.isValid() ? time.toUTC() : QDateTime();
            }
        }
    }
    return {};
}

} // namespace balcony
