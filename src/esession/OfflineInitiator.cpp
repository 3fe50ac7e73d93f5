#include "esession/OfflineInitiator.h"

#include "crypto/Hash.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/OfferForm.h"
#include "esession/ResponderKeyExchange.h"

using namespace Qt::StringLiterals;

namespace balcony {

OfflineInitiator::Result OfflineInitiator::start(const Element &options, const QList<crypto::PublicKey> &trustedKeys,
    const crypto::PrivateKey &ownKey, const QDateTime &now, bool terminate)
{
    Result result;
    auto fail = [&result](EsessionError error) {
        result.error = error;
        return std::move(result);
    };
    EsessionError parseError = EsessionError::None;
    const std::optional<OfferForm> offer = OfferForm::fromElement(options, true, &parseError);
    if (!offer) {
        return fail(parseError);
    }

    // 1. XEP-0187 §Requesting: "verify one of the signatures" with a key he already trusts.
    if (trustedKeys.isEmpty()) {
        return fail(EsessionError::NoTrustedKey);
    }
    const QByteArray signedContent = OfferForm::signedContent(options);
    bool verified = false;
    for (const QByteArray &signature : offer->signatures) {
        for (const crypto::PublicKey &key : trustedKeys) {
            if (!key.isNull() && key.verify(signedContent, signature)) {
                verified = true;
                break;
            }
        }
        if (verified) {
            break;
        }
    }
    if (!verified) {
        return fail(EsessionError::UntrustedSignature);
    }

    // 2. §Requesting: options past their expiry MUST NOT be used.
    if (!offer->expires.isValid() || offer->expires <= now) {
        return fail(EsessionError::Expired);
    }

    // 3. and 4. Choices, Diffie-Hellman, keys and Bob's identity: the same as online.
    ResponderKeyExchange::Result exchange = ResponderKeyExchange::respond(*offer, ownKey, terminate);
    result.response = exchange.response;
    if (!exchange.ok()) {
        return fail(exchange.error);
    }
    result.init = Element(u"init"_s, esession::initNs());
    result.init.appendChild(exchange.form);
    result.cipher = std::move(exchange.sending);
    result.thread = QString::fromLatin1(crypto::randomBytes(12).toBase64(QByteArray::Base64UrlEncoding));
    result.matchResource = offer->matchResource;
    return result;
}

} // namespace balcony
