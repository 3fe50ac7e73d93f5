#include "e2e/OfflineAcceptor.h"

#include "core/DataForm.h"
#include "crypto/DhKeyPair.h"
#include "crypto/Hash.h"
#include "crypto/Mpi.h"
#include "e2e/EsessionAlgorithms.h"
#include "e2e/FragmentParser.h"
#include "e2e/Normalizer.h"
#include "e2e/PublicKeyManager.h"
#include "e2e/SessionKeys.h"

using namespace Qt::StringLiterals;

namespace balcony {

OfflineAcceptor::Result OfflineAcceptor::accept(const Element &message, const RecordLookup &lookup,
    ReplayGuard &replayGuard, const KeyAcceptor &acceptKey, const QDateTime &now)
{
    Result result;
    auto fail = [&result](EsessionError error) {
        result.error = error;
        return std::move(result);
    };
    result.thread = message.childText(u"thread");
    const Element x = message.firstChild(u"init", esession::initNs()).firstChild(u"x", DataForm::xmlns());
    EsessionError parseError = EsessionError::MalformedForm;
    std::optional<ResponseForm> parsed = x.isNull() ? std::nullopt : ResponseForm::fromElement(x, &parseError);
    if (!parsed) {
        return fail(parseError);
    }
    result.response = *parsed;
    const ResponseForm &response = result.response;
    if (response.identity.isEmpty() || response.mac.isEmpty()) {
        return fail(EsessionError::MalformedForm);
    }

    const OfflineOfferRecord *record = lookup ? lookup(response.peerNonce) : nullptr;
    const crypto::SecretBytes *x_i = record ? record->privateValue(response.modp) : nullptr;
    if (!x_i) {
        return fail(EsessionError::UnknownNonce);
    }
    if (!record->expires().isValid() || now > record->expires()) {
        return fail(EsessionError::Expired);
    }
    const OfferForm &offer = record->offer();
    const std::optional<esession::Cipher> cipher = esession::cipherFromName(response.cryptAlg);
    const std::optional<crypto::HashAlgorithm> hash = crypto::hashFromName(response.hashAlg);
    const std::optional<crypto::SignatureAlgorithm> signAlgorithm = esession::signatureFromName(response.signAlg);
    bool stanzasOffered = true;
    for (const QString &kind : response.stanzas) {
        stanzasOffered = stanzasOffered && offer.stanzas.contains(kind);
    }
    if (!cipher || !hash || !signAlgorithm || !offer.cryptAlgs.contains(response.cryptAlg)
        || !offer.hashAlgs.contains(response.hashAlg) || !offer.signAlgs.contains(response.signAlg)
        || !offer.otr.contains(response.otr) || !offer.security.contains(response.security)
        || !offer.disclosure.contains(response.disclosure) || !offer.compress.contains(response.compress)
        || response.compress != u"none" || !stanzasOffered || !crypto::isHashAvailable(*hash)) {
        return fail(EsessionError::OptionNotOffered);
    }
    if (response.rekeyFreq < offer.rekeyFreq) {
        return fail(EsessionError::BadRekeyFrequency);
    }
    if (replayGuard.wasSeen(response.peerNonce, response.dhKey, response.nonce)) {
        return fail(EsessionError::Replay);
    }

    const std::optional<crypto::DhGroup> group = crypto::DhGroup::modp(response.modp);
    if (!group) {
        return fail(EsessionError::UnsupportedGroup);
    }
    if (!group->isValidPublicValue(response.dhKey)) {
        return fail(EsessionError::BadPublicValue);
    }
    const std::optional<crypto::DhKeyPair> pair
        = crypto::DhKeyPair::fromPrivateValue(*group, *x_i, esession::cipherBlockBits);
    std::optional<crypto::SecretBytes> secret = pair ? pair->agree(response.dhKey) : std::nullopt;
    std::optional<SessionKeys> keys
        = secret ? SessionKeys::derive(*hash, *secret, esession::cipherKeySize(*cipher)) : std::nullopt;
    const QByteArray counterA = crypto::mpiToFixed(response.counter, 16);
    if (!keys) {
        return fail(EsessionError::CryptoFailure);
    }
    if (counterA.size() != 16) {
        return fail(EsessionError::MalformedForm);
    }
    const QByteArray counterB = esession::responderCounter(counterA);

    // M_B over MPI(C_B); the 16-byte form too, which an earlier implementation used (notes §11 row 8).
    const crypto::SecretBytes expected = crypto::hmac(
        *hash, keys->responderMacKey().view(), QByteArray(crypto::mpiFromBytes(counterB) + response.identity));
    const crypto::SecretBytes padded
        = crypto::hmac(*hash, keys->responderMacKey().view(), QByteArray(counterB + response.identity));
    if (!crypto::constantTimeEquals(expected.view(), response.mac)
        && !crypto::constantTimeEquals(padded.view(), response.mac)) {
        return fail(EsessionError::BadMac);
    }

    StanzaCipher receiving(*hash, keys->responderCipherKey().clone(), keys->responderMacKey().clone(), counterB);
    const QByteArray identity = receiving.cryptBytes(response.identity);
    // ID_B = <KeyValue/><SignatureValue/>, both from the xmldsig vocabulary, written without namespaces.
    const std::optional<QList<Element>> parts = parseEncryptedFragment(identity, PublicKeyManager::xmldsigNs());
    if (!parts || parts->size() != 2 || parts->at(0).name() != u"KeyValue"
        || parts->at(1).name() != u"SignatureValue") {
        return fail(EsessionError::BadIdentity);
    }
    const std::optional<crypto::PublicKey> key = PublicKeyManager::parseKey(parts->at(0));
    const auto signature = QByteArray::fromBase64Encoding(
        parts->at(1).text().trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!key || !signature || (*signature).isEmpty()) {
        return fail(EsessionError::BadIdentity);
    }
    if (!acceptKey || !acceptKey(*key)) {
        return fail(EsessionError::UntrustedPeerKey);
    }
    const QByteArray pubKeyB = Normalizer::normalize(parts->at(0));
    const QByteArray formB = ResponseForm::macContent(x);
    const crypto::SecretBytes macB = crypto::hmac(*hash, keys->responderSigmaKey().view(),
        QByteArray(response.peerNonce + response.nonce + response.dhKey + pubKeyB + formB));
    if (key->algorithm() != *signAlgorithm || !key->verify(macB.view(), *signature)) {
        return fail(EsessionError::BadSignature);
    }

    replayGuard.remember(response.peerNonce, response.dhKey, response.nonce);
    result.peerKey = *key;
    result.cipher.emplace(std::move(receiving));
    return result;
}

} // namespace balcony
