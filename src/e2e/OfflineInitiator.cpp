#include "e2e/OfflineInitiator.h"

#include "crypto/DhKeyPair.h"
#include "crypto/Hash.h"
#include "crypto/Mpi.h"
#include "e2e/EsessionAlgorithms.h"
#include "e2e/Normalizer.h"
#include "e2e/OfferForm.h"
#include "e2e/PublicKeyManager.h"
#include "e2e/SessionKeys.h"

using namespace Qt::StringLiterals;

namespace balcony {
namespace {

template<typename Accept>
std::optional<QString> firstAccepted(const QStringList &offered, Accept accept)
{
    for (const QString &value : offered) {
        if (accept(value)) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace

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

    // 3. Choices.
    ResponseForm &response = result.response;
    int groupIndex = -1;
    for (int i = 0; i < offer->modp.size() && groupIndex < 0; ++i) {
        if (offer->modp[i] >= 5 && crypto::DhGroup::modp(offer->modp[i])) {
            groupIndex = i;
        }
    }
    const auto cipherName
        = firstAccepted(offer->cryptAlgs, [](const QString &v) { return esession::cipherFromName(v).has_value(); });
    const auto hashName = firstAccepted(offer->hashAlgs, [](const QString &v) {
        const auto hash = crypto::hashFromName(v);
        return hash && *hash != crypto::HashAlgorithm::Sha1 && crypto::isHashAvailable(*hash);
    });
    const auto signName = firstAccepted(
        offer->signAlgs, [&ownKey](const QString &v) { return esession::signatureFromName(v) == ownKey.algorithm(); });
    const bool canSendMessages = offer->stanzas.contains(u"message"_s);
    if (groupIndex < 0 || !cipherName || !hashName || !signName || !canSendMessages
        || !offer->security.contains(u"e2e"_s) || !offer->disclosure.contains(u"never"_s)
        || !(offer->compress.isEmpty() || offer->compress.contains(u"none"_s))) {
        return fail(EsessionError::NoCommonOptions);
    }
    const esession::Cipher cipher = *esession::cipherFromName(*cipherName);
    const crypto::HashAlgorithm hash = *crypto::hashFromName(*hashName);
    response.otr = offer->otr.isEmpty() ? u"false"_s : offer->otr.first();
    response.modp = offer->modp[groupIndex];
    response.cryptAlg = *cipherName;
    response.hashAlg = *hashName;
    response.signAlg = *signName;
    response.stanzas = { u"message"_s };
    // Never refused on ver alone (notes §3): 1.0 if offered, else Alice's first.
    response.ver = offer->ver.contains(esession::protocolVersion()) || offer->ver.isEmpty()
        ? esession::protocolVersion()
        : offer->ver.first();
    response.rekeyFreq = offer->rekeyFreq; // >= Alice's, the least frequent re-keying she allows
    response.terminate = terminate;

    // 4. Diffie-Hellman and keys.
    const crypto::DhGroup group = *crypto::DhGroup::modp(response.modp);
    const QByteArray e = offer->dhKeys[groupIndex];
    if (!group.isValidPublicValue(e)) {
        return fail(EsessionError::BadPublicValue);
    }
    std::optional<crypto::DhKeyPair> y = crypto::DhKeyPair::generate(group, esession::cipherBlockBits);
    std::optional<crypto::SecretBytes> secret = y ? y->agree(e) : std::nullopt;
    std::optional<SessionKeys> keys
        = secret ? SessionKeys::derive(hash, *secret, esession::cipherKeySize(cipher)) : std::nullopt;
    const QByteArray counterA = crypto::randomBytes(16);
    response.nonce = crypto::randomBytes(16);
    if (!keys || counterA.size() != 16 || response.nonce.size() != 16) {
        return fail(EsessionError::CryptoFailure);
    }
    const QByteArray counterB = esession::responderCounter(counterA);
    response.dhKey = y->publicValue();
    response.peerNonce = offer->nonce;
    response.counter = crypto::mpiFromBytes(counterA);

    const QByteArray formB = ResponseForm::macContent(response.toElement());
    const QByteArray pubKeyB = Normalizer::normalize(PublicKeyManager::keyValue(ownKey.publicKey()));
    const crypto::SecretBytes macB = crypto::hmac(hash, keys->responderSigmaKey().view(),
        QByteArray(response.peerNonce + response.nonce + response.dhKey + pubKeyB + formB));
    const QByteArray signature = ownKey.sign(macB.view());
    if (macB.isEmpty() || signature.isEmpty()) {
        return fail(EsessionError::CryptoFailure);
    }
    const QByteArray signB = "<SignatureValue>" + signature.toBase64() + "</SignatureValue>";
    StanzaCipher sending(hash, keys->responderCipherKey().clone(), keys->responderMacKey().clone(), counterB);
    response.identity = sending.cryptBytes(QByteArray(pubKeyB + signB));
    const crypto::SecretBytes mac = crypto::hmac(
        hash, keys->responderMacKey().view(), QByteArray(crypto::mpiFromBytes(counterB) + response.identity));
    if (response.identity.isEmpty() || mac.isEmpty()) {
        return fail(EsessionError::CryptoFailure);
    }
    response.mac = mac.toByteArray();

    result.init = Element(u"init"_s, esession::initNs());
    result.init.appendChild(response.toElement());
    result.cipher.emplace(std::move(sending));
    result.thread = QString::fromLatin1(crypto::randomBytes(12).toBase64(QByteArray::Base64UrlEncoding));
    return result;
}

} // namespace balcony
