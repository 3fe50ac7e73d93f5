#include "esession/OfflineOfferRecord.h"

#include "crypto/DhKeyPair.h"
#include "crypto/Hash.h"
#include "esession/EsessionAlgorithms.h"

#include <QDataStream>
#include <QIODevice>

#include <openssl/crypto.h>

namespace balcony {
namespace {

constexpr quint32 recordMagic = 0x45534f31; // "ESO1"

} // namespace

OfflineOfferRecord::OfflineOfferRecord(OfferForm offer, std::vector<std::pair<int, crypto::SecretBytes>> privateValues)
    : m_offer(std::move(offer))
    , m_privateValues(std::move(privateValues))
{
    m_offer.signatures.clear();
}

std::optional<OfflineOfferRecord> OfflineOfferRecord::generate(const OfferForm &options, EsessionError *error)
{
    auto fail = [error](EsessionError e) -> std::optional<OfflineOfferRecord> {
        if (error) {
            *error = e;
        }
        return std::nullopt;
    };
    if (options.modp.isEmpty()) {
        return fail(EsessionError::MalformedForm);
    }
    OfferForm offer = options;
    offer.nonce = crypto::randomBytes(16);
    offer.dhKeys.clear();
    std::vector<std::pair<int, crypto::SecretBytes>> privateValues;
    for (int id : std::as_const(offer.modp)) {
        const std::optional<crypto::DhGroup> group = crypto::DhGroup::modp(id);
        if (!group) {
            return fail(EsessionError::UnsupportedGroup);
        }
        std::optional<crypto::DhKeyPair> pair = crypto::DhKeyPair::generate(*group, esession::cipherBlockBits);
        if (!pair) {
            return fail(EsessionError::CryptoFailure);
        }
        offer.dhKeys.append(pair->publicValue());
        privateValues.emplace_back(id, pair->privateValue());
    }
    if (offer.nonce.size() != 16) {
        return fail(EsessionError::CryptoFailure);
    }
    return OfflineOfferRecord(std::move(offer), std::move(privateValues));
}

const crypto::SecretBytes *OfflineOfferRecord::privateValue(int modp) const
{
    for (const auto &[group, x] : m_privateValues) {
        if (group == modp) {
            return &x;
        }
    }
    return nullptr;
}

crypto::SecretBytes OfflineOfferRecord::serialize() const
{
    QByteArray out;
    {
        QDataStream stream(&out, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_4);
        stream << recordMagic << m_offer.otr << m_offer.disclosure << m_offer.security << m_offer.modp
               << m_offer.cryptAlgs << m_offer.hashAlgs << m_offer.signAlgs << m_offer.compress << m_offer.stanzas
               << m_offer.ver << m_offer.rekeyFreq << m_offer.expires.toUTC().toMSecsSinceEpoch()
               << m_offer.matchResource << m_offer.nonce << m_offer.dhKeys << quint32(m_privateValues.size());
        for (const auto &[group, x] : m_privateValues) {
            stream << qint32(group);
            stream.writeBytes(x.data(), uint(x.size()));
        }
    }
    crypto::SecretBytes result(out);
    OPENSSL_cleanse(out.data(), size_t(out.size()));
    return result;
}

std::optional<OfflineOfferRecord> OfflineOfferRecord::deserialize(const crypto::SecretBytes &bytes)
{
    // fromRawData: no copy of the secret is made for reading.
    const QByteArray raw = QByteArray::fromRawData(bytes.data(), bytes.size());
    QDataStream stream(raw);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    OfferForm offer;
    qint64 expires = 0;
    quint32 count = 0;
    stream >> magic;
    if (magic != recordMagic) {
        return std::nullopt;
    }
    stream >> offer.otr >> offer.disclosure >> offer.security >> offer.modp >> offer.cryptAlgs >> offer.hashAlgs
        >> offer.signAlgs >> offer.compress >> offer.stanzas >> offer.ver >> offer.rekeyFreq >> expires
        >> offer.matchResource >> offer.nonce >> offer.dhKeys >> count;
    if (stream.status() != QDataStream::Ok || count > 16) {
        return std::nullopt;
    }
    offer.expires = QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC);
    std::vector<std::pair<int, crypto::SecretBytes>> values;
    for (quint32 i = 0; i < count; ++i) {
        qint32 group = 0;
        char *data = nullptr;
        uint size = 0;
        stream >> group;
        stream.readBytes(data, size);
        if (stream.status() != QDataStream::Ok || !data) {
            delete[] data;
            return std::nullopt;
        }
        values.emplace_back(group, crypto::SecretBytes(QByteArrayView(data, size)));
        OPENSSL_cleanse(data, size);
        delete[] data;
    }
    if (!stream.atEnd()) {
        return std::nullopt;
    }
    return OfflineOfferRecord(std::move(offer), std::move(values));
}

} // namespace balcony
