#include "esession/ResponderKeyExchange.h"

#include "crypto/Hash.h"
#include "crypto/Mpi.h"
#include "esession/SigmaIdentity.h"

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

const QString keyMethod = QStringLiteral("key");

} // namespace

ResponderKeyExchange::Result ResponderKeyExchange::respond(
    const OfferForm &offer, const crypto::PrivateKey &ownKey, bool terminate)
{
    Result result;
    auto fail = [&result](EsessionError error) {
        result.error = error;
        return std::move(result);
    };

    // 1. Choices.
    ResponseForm &response = result.response;
    int groupIndex = -1;
    for (int i = 0; i < offer.modp.size() && groupIndex < 0; ++i) {
        if (offer.modp[i] >= 5 && crypto::DhGroup::modp(offer.modp[i])) {
            groupIndex = i;
        }
    }
    const auto cipherName
        = firstAccepted(offer.cryptAlgs, [](const QString &v) { return esession::cipherFromName(v).has_value(); });
    const auto hashName = firstAccepted(offer.hashAlgs, [](const QString &v) {
        const auto hash = crypto::hashFromName(v);
        return hash && *hash != crypto::HashAlgorithm::Sha1 && crypto::isHashAvailable(*hash);
    });
    const auto signName = firstAccepted(
        offer.signAlgs, [&ownKey](const QString &v) { return esession::signatureFromName(v) == ownKey.algorithm(); });
    const bool canSendMessages = offer.stanzas.contains(u"message"_s);
    const bool keyIdentities
        = !offer.online || (offer.initPubkey.contains(keyMethod) && offer.respPubkey.contains(keyMethod));
    if (groupIndex < 0 || !cipherName || !hashName || !signName || !canSendMessages || !keyIdentities
        || !offer.security.contains(u"e2e"_s) || !offer.disclosure.contains(u"never"_s)
        || !(offer.compress.isEmpty() || offer.compress.contains(u"none"_s))) {
        return fail(EsessionError::NoCommonOptions);
    }
    const esession::Cipher cipher = *esession::cipherFromName(*cipherName);
    result.hash = *crypto::hashFromName(*hashName);
    response.online = offer.online;
    response.otr = offer.otr.isEmpty() ? u"false"_s : offer.otr.first();
    response.modp = offer.modp[groupIndex];
    response.cryptAlg = *cipherName;
    response.hashAlg = *hashName;
    response.signAlg = *signName;
    response.stanzas = { u"message"_s };
    // Never refused on ver alone (XEP-0116 v0.16 describes 1.0 but its examples offer 1.3 and 1.2): 1.0 if offered,
    // else Alice's first.
    response.ver = offer.ver.contains(esession::protocolVersion()) || offer.ver.isEmpty() ? esession::protocolVersion()
                                                                                          : offer.ver.first();
    response.rekeyFreq = offer.rekeyFreq; // >= Alice's, the least frequent re-keying she allows
    response.terminate = terminate;

    // 2. Diffie-Hellman and keys.
    const crypto::DhGroup group = *crypto::DhGroup::modp(response.modp);
    result.peerPublicValue = offer.dhKeys[groupIndex];
    if (!group.isValidPublicValue(result.peerPublicValue)) {
        return fail(EsessionError::BadPublicValue);
    }
    result.ownValue = crypto::DhKeyPair::generate(group, esession::cipherBlockBits);
    std::optional<crypto::SecretBytes> secret
        = result.ownValue ? result.ownValue->agree(result.peerPublicValue) : std::nullopt;
    result.keys = secret ? SessionKeys::derive(result.hash, *secret, esession::cipherKeySize(cipher)) : std::nullopt;
    result.initiatorCounter = crypto::randomBytes(16);
    response.nonce = crypto::randomBytes(16);
    if (!result.keys || result.initiatorCounter.size() != 16 || response.nonce.size() != 16) {
        return fail(EsessionError::CryptoFailure);
    }
    response.dhKey = result.ownValue->publicValue();
    response.peerNonce = offer.nonce;
    response.counter = crypto::mpiFromBytes(result.initiatorCounter);

    // 3. Bob's identity over formB.
    const QByteArray formB = ResponseForm::macContent(response.toElement());
    SigmaIdentity::Proof proof = SigmaIdentity::prove(SigmaIdentity::Role::Responder, result.hash, *result.keys,
        esession::responderCounter(result.initiatorCounter),
        QByteArray(response.peerNonce + response.nonce + response.dhKey), formB, ownKey);
    if (!proof.ok()) {
        return fail(proof.error);
    }
    response.identity = proof.identity;
    response.mac = proof.mac;
    result.sending = std::move(proof.cipher);
    result.form = response.toElement();
    return result;
}

} // namespace balcony
