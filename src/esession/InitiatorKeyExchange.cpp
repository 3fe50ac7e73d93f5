#include "esession/InitiatorKeyExchange.h"

#include "crypto/Hash.h"
#include "crypto/Mpi.h"
#include "esession/EsessionAlgorithms.h"

using namespace Qt::StringLiterals;

namespace balcony {
namespace {

bool chosenFromOffer(const OfferForm &offer, const ResponseForm &response)
{
    const std::optional<crypto::HashAlgorithm> hash = crypto::hashFromName(response.hashAlg);
    bool stanzasOffered = true;
    for (const QString &kind : response.stanzas) {
        stanzasOffered = stanzasOffered && offer.stanzas.contains(kind);
    }
    // Balcony offers only the 'key' identification method (OfferForm); anything else was not offered.
    const bool identities = !offer.online
        || (offer.initPubkey.contains(response.initPubkey) && offer.respPubkey.contains(response.respPubkey)
            && response.initPubkey == u"key" && response.respPubkey == u"key");
    return esession::cipherFromName(response.cryptAlg) && hash && esession::signatureFromName(response.signAlg)
        && offer.cryptAlgs.contains(response.cryptAlg) && offer.hashAlgs.contains(response.hashAlg)
        && offer.signAlgs.contains(response.signAlg) && offer.otr.contains(response.otr)
        && offer.security.contains(response.security) && offer.disclosure.contains(response.disclosure)
        && offer.compress.contains(response.compress) && response.compress == u"none" && stanzasOffered && identities
        && crypto::isHashAvailable(*hash);
}

} // namespace

InitiatorKeyExchange::Result InitiatorKeyExchange::verify(const OfferForm &offer, const ResponseForm &response,
    const Element &form, const crypto::SecretBytes &privateValue, const SigmaIdentity::KeyAcceptor &acceptKey)
{
    Result result;
    auto fail = [&result](EsessionError error) {
        result.error = error;
        return std::move(result);
    };
    if (response.identity.isEmpty() || response.mac.isEmpty()) {
        return fail(EsessionError::MalformedForm);
    }
    if (!chosenFromOffer(offer, response)) {
        return fail(EsessionError::OptionNotOffered);
    }
    if (response.rekeyFreq < offer.rekeyFreq) {
        return fail(EsessionError::BadRekeyFrequency);
    }
    const esession::Cipher cipher = *esession::cipherFromName(response.cryptAlg);
    result.hash = *crypto::hashFromName(response.hashAlg);

    const std::optional<crypto::DhGroup> group = crypto::DhGroup::modp(response.modp);
    if (!group) {
        return fail(EsessionError::UnsupportedGroup);
    }
    if (!group->isValidPublicValue(response.dhKey)) {
        return fail(EsessionError::BadPublicValue);
    }
    result.ownValue = crypto::DhKeyPair::fromPrivateValue(*group, privateValue, esession::cipherBlockBits);
    std::optional<crypto::SecretBytes> secret = result.ownValue ? result.ownValue->agree(response.dhKey) : std::nullopt;
    result.keys = secret ? SessionKeys::derive(result.hash, *secret, esession::cipherKeySize(cipher)) : std::nullopt;
    if (!result.keys) {
        return fail(EsessionError::CryptoFailure);
    }
    result.initiatorCounter = crypto::mpiToFixed(response.counter, 16);
    if (result.initiatorCounter.size() != 16) {
        return fail(EsessionError::MalformedForm);
    }

    SigmaIdentity::Verified bob = SigmaIdentity::verify(SigmaIdentity::Role::Responder, result.hash, *result.keys,
        esession::responderCounter(result.initiatorCounter), response.identity, response.mac,
        QByteArray(response.peerNonce + response.nonce + response.dhKey), ResponseForm::macContent(form),
        *esession::signatureFromName(response.signAlg), acceptKey);
    if (!bob.ok()) {
        return fail(bob.error);
    }
    result.peerKey = bob.key;
    result.receiving = std::move(bob.cipher);
    return result;
}

} // namespace balcony
