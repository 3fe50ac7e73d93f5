#pragma once

#include "crypto/Hash.h"
#include "crypto/SecretBytes.h"

#include <optional>

namespace balcony {

// XEP-0116 v0.16 §Generating Session Keys:
//   K    = HASH(MPI(shared DH value))
//   KC_x = HMAC(HASH, K, "Initiator|Responder Cipher Key"), the least significant cipher-key-length bytes
//   KM_x = HMAC(HASH, K, "Initiator|Responder MAC Key"), full length (HMAC keys are variable-length)
//   KS_x = HMAC(HASH, K, "Initiator|Responder SIGMA Key"), full length
// "Initiator" is whoever sent the options: Alice in XEP-0187 (she only ever uses the responder's keys there,
// since she never sends in an offline session).
class SessionKeys {
public:
    // `dhSecret` is MPI(e^y mod p) as crypto::DhKeyPair::agree() returns it. nullopt if the hash is
    // unavailable or larger keys are asked for than the hash produces (the XEP forbids that combination).
    static std::optional<SessionKeys> derive(
        crypto::HashAlgorithm hash, const crypto::SecretBytes &dhSecret, int cipherKeySize);

    // HMAC(HASH, K, label), cut to its `size` least significant (last) bytes, or whole if `size` is 0: the
    // rule for every labelled key of XEP-0116 §Generating Session Keys and XEP-0200 §Re-Key Initiation. Empty
    // if the hash is unavailable or `size` exceeds its output.
    static crypto::SecretBytes labelledKey(
        crypto::HashAlgorithm hash, QByteArrayView k, QByteArrayView label, qsizetype size = 0);

    const crypto::SecretBytes &sharedSecret() const { return m_k; }
    const crypto::SecretBytes &initiatorCipherKey() const { return m_kcA; }
    const crypto::SecretBytes &responderCipherKey() const { return m_kcB; }
    const crypto::SecretBytes &initiatorMacKey() const { return m_kmA; }
    const crypto::SecretBytes &responderMacKey() const { return m_kmB; }
    const crypto::SecretBytes &initiatorSigmaKey() const { return m_ksA; }
    const crypto::SecretBytes &responderSigmaKey() const { return m_ksB; }

private:
    SessionKeys() = default;
    crypto::SecretBytes m_k;
    crypto::SecretBytes m_kcA;
    crypto::SecretBytes m_kcB;
    crypto::SecretBytes m_kmA;
    crypto::SecretBytes m_kmB;
    crypto::SecretBytes m_ksA;
    crypto::SecretBytes m_ksB;
};

} // namespace balcony
