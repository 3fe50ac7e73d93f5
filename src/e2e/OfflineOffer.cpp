#include "e2e/OfflineOffer.h"

#include "crypto/DhKeyPair.h"
#include "crypto/Hash.h"
#include "e2e/EsessionAlgorithms.h"

using namespace Qt::StringLiterals;

namespace balcony {

OfflineOffer::OfflineOffer(Element form, OfflineOfferRecord record)
    : m_form(std::move(form))
    , m_record(std::move(record))
{
}

OfferForm OfflineOffer::defaultOptions(const QDateTime &expires)
{
    OfferForm options;
    options.modp = { 14, 5 };
    options.cryptAlgs
        = { esession::cipherName(esession::Cipher::Aes128Ctr), esession::cipherName(esession::Cipher::Aes256Ctr) };
    options.hashAlgs = { u"sha256"_s };
    if (crypto::isHashAvailable(crypto::HashAlgorithm::Whirlpool)) {
        options.hashAlgs.append(u"whirlpool"_s);
    }
    options.signAlgs = { esession::signatureName(crypto::SignatureAlgorithm::RsaSha256),
        esession::signatureName(crypto::SignatureAlgorithm::DsaSha256) };
    options.expires = expires;
    return options;
}

std::optional<OfflineOffer> OfflineOffer::create(
    const OfferForm &options, const QList<const crypto::PrivateKey *> &signingKeys, EsessionError *error)
{
    auto fail = [error](EsessionError e) -> std::optional<OfflineOffer> {
        if (error) {
            *error = e;
        }
        return std::nullopt;
    };
    if (!options.expires.isValid() || options.modp.isEmpty()) {
        return fail(EsessionError::MalformedForm);
    }
    if (options.stanzas.contains(u"iq"_s)) {
        return fail(EsessionError::IqNotAllowed);
    }
    if (signingKeys.isEmpty()) {
        return fail(EsessionError::NoTrustedKey);
    }
    OfferForm offer = options;
    offer.nonce = crypto::randomBytes(16);
    offer.dhKeys.clear();
    offer.signatures.clear();
    if (!offer.matchResource.isEmpty()) {
        offer.stanzas = { u"message"_s }; // XEP-0187 §Publishing: match_resource allows message stanzas only
    }
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
    const QByteArray content = offer.signedContent();
    for (const crypto::PrivateKey *key : signingKeys) {
        const QByteArray signature = key ? key->sign(content) : QByteArray();
        if (signature.isEmpty()) {
            return fail(EsessionError::CryptoFailure);
        }
        offer.signatures.append(signature);
    }
    Element form = offer.toElement();
    return OfflineOffer(std::move(form), OfflineOfferRecord(std::move(offer), std::move(privateValues)));
}

} // namespace balcony
