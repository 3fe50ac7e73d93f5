#include "esession/OfflineOffer.h"

#include "crypto/Hash.h"
#include "esession/EsessionAlgorithms.h"

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
    OfferForm prepared = options;
    if (!prepared.matchResource.isEmpty()) {
        prepared.stanzas = { u"message"_s }; // XEP-0187 §Publishing: match_resource allows message stanzas only
    }
    prepared.online = false;
    prepared.signatures.clear();
    std::optional<OfflineOfferRecord> record = OfflineOfferRecord::generate(prepared, error);
    if (!record) {
        return std::nullopt;
    }
    OfferForm offer = record->offer();
    const QByteArray content = offer.signedContent();
    for (const crypto::PrivateKey *key : signingKeys) {
        const QByteArray signature = key ? key->sign(content) : QByteArray();
        if (signature.isEmpty()) {
            return fail(EsessionError::CryptoFailure);
        }
        offer.signatures.append(signature);
    }
    Element form = offer.toElement();
    return OfflineOffer(std::move(form), std::move(*record));
}

} // namespace balcony
