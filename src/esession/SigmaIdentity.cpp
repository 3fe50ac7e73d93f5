#include "esession/SigmaIdentity.h"

#include "crypto/Mpi.h"
#include "esession/FragmentParser.h"
#include "esession/Normalizer.h"
#include "esession/PublicKeyManager.h"

using namespace Qt::StringLiterals;

namespace balcony {
namespace {

struct DirectionKeys {
    const crypto::SecretBytes &cipher;
    const crypto::SecretBytes &mac;
    const crypto::SecretBytes &sigma;
};

DirectionKeys keysOf(SigmaIdentity::Role role, const SessionKeys &keys)
{
    if (role == SigmaIdentity::Role::Initiator) {
        return { keys.initiatorCipherKey(), keys.initiatorMacKey(), keys.initiatorSigmaKey() };
    }
    return { keys.responderCipherKey(), keys.responderMacKey(), keys.responderSigmaKey() };
}

} // namespace

SigmaIdentity::Proof SigmaIdentity::prove(Role role, crypto::HashAlgorithm hash, const SessionKeys &keys,
    const QByteArray &counter, const QByteArray &prefix, const QByteArray &suffix, const crypto::PrivateKey &ownKey)
{
    Proof proof;
    const DirectionKeys own = keysOf(role, keys);
    const QByteArray pubKey = Normalizer::normalize(PublicKeyManager::keyValue(ownKey.publicKey()));
    const crypto::SecretBytes sigmaMac = crypto::hmac(hash, own.sigma.view(), QByteArray(prefix + pubKey + suffix));
    const QByteArray signature = sigmaMac.isEmpty() ? QByteArray() : ownKey.sign(sigmaMac.view());
    if (signature.isEmpty()) {
        proof.error = EsessionError::CryptoFailure;
        return proof;
    }
    const QByteArray sign = "<SignatureValue>" + signature.toBase64() + "</SignatureValue>";
    StanzaCipher sending(hash, own.cipher.clone(), own.mac.clone(), counter);
    proof.identity = sending.cryptBytes(QByteArray(pubKey + sign));
    const crypto::SecretBytes mac
        = crypto::hmac(hash, own.mac.view(), QByteArray(crypto::mpiFromBytes(counter) + proof.identity));
    if (proof.identity.isEmpty() || mac.isEmpty()) {
        proof.error = EsessionError::CryptoFailure;
        return proof;
    }
    proof.mac = mac.toByteArray();
    proof.cipher.emplace(std::move(sending));
    return proof;
}

SigmaIdentity::Verified SigmaIdentity::verify(Role role, crypto::HashAlgorithm hash, const SessionKeys &keys,
    const QByteArray &counter, const QByteArray &identity, const QByteArray &mac, const QByteArray &prefix,
    const QByteArray &suffix, crypto::SignatureAlgorithm algorithm, const KeyAcceptor &acceptKey)
{
    Verified verified;
    auto fail = [&verified](EsessionError error) {
        verified.error = error;
        return std::move(verified);
    };
    const DirectionKeys peer = keysOf(role, keys);
    // M over MPI(C); the 16-byte form too, which an earlier implementation used.
    const crypto::SecretBytes expected
        = crypto::hmac(hash, peer.mac.view(), QByteArray(crypto::mpiFromBytes(counter) + identity));
    const crypto::SecretBytes padded = crypto::hmac(hash, peer.mac.view(), QByteArray(counter + identity));
    if (!crypto::constantTimeEquals(expected.view(), mac) && !crypto::constantTimeEquals(padded.view(), mac)) {
        return fail(EsessionError::BadMac);
    }

    StanzaCipher receiving(hash, peer.cipher.clone(), peer.mac.clone(), counter);
    const QByteArray plain = receiving.cryptBytes(identity);
    // ID = <KeyValue/><SignatureValue/>, both from the xmldsig vocabulary, written without namespaces.
    const std::optional<QList<Element>> parts = parseEncryptedFragment(plain, PublicKeyManager::xmldsigNs());
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
    const QByteArray pubKey = Normalizer::normalize(parts->at(0));
    const crypto::SecretBytes sigmaMac = crypto::hmac(hash, peer.sigma.view(), QByteArray(prefix + pubKey + suffix));
    if (key->algorithm() != algorithm || !key->verify(sigmaMac.view(), *signature)) {
        return fail(EsessionError::BadSignature);
    }
    verified.key = *key;
    verified.cipher.emplace(std::move(receiving));
    return verified;
}

} // namespace balcony
