#pragma once

#include "crypto/DhGroup.h"
#include "crypto/SecretBytes.h"

#include <QString>

#include <optional>

namespace balcony::crypto {

// One Diffie-Hellman private value x with its public value e = g^x mod p, in a MODP group.
//
// XEP-0116 §ESession Request: 2^(2n-1) < x < p-1, with n the cipher block size in bits (128 for AES). OpenSSL's
// own key generation uses short exponents for the RFC 3526 safe-prime groups (≈224 bits for modp_2048), which
// breaks that rule, so x is drawn here with BN_priv_rand_range in the XEP's range and the key is built from it.
class DhKeyPair {
public:
    static std::optional<DhKeyPair> generate(const DhGroup &group, int blockBits = 128);
    // From a stored private value (MPI), e.g. Alice's x_i when she comes back online (XEP-0187 §Accepting).
    // nullopt if x is outside the range above.
    static std::optional<DhKeyPair> fromPrivateValue(const DhGroup &group, const SecretBytes &x, int blockBits = 128);

    DhKeyPair(DhKeyPair &&) noexcept;
    DhKeyPair &operator=(DhKeyPair &&) noexcept;
    ~DhKeyPair();

    const DhGroup &group() const { return m_group; }
    QByteArray publicValue() const { return m_public; } // MPI(g^x mod p)
    SecretBytes privateValue() const; // MPI(x), for secure storage

    // MPI(peer^x mod p) after checking 1 < peer < p-1. nullopt (and *error set) if the value is out of range
    // or the derivation fails. XEP-0116 hashes this MPI with the negotiated hash to get K.
    std::optional<SecretBytes> agree(QByteArrayView peerPublicValue, QString *error = nullptr) const;

private:
    DhKeyPair(DhGroup group, SecretBytes x, QByteArray publicValue);
    DhGroup m_group;
    SecretBytes m_private;
    QByteArray m_public;
};

} // namespace balcony::crypto
