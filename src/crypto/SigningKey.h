#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace balcony::crypto {

// XEP-0116 sign_algs: RSA (PKCS#1 v1.5) or DSA, both with SHA-256. The names accepted on the wire are
// mapped in esession/; here only the algorithm matters.
enum class SignatureAlgorithm { RsaSha256, DsaSha256 };

class PublicKey;

// A long-term private signing key (an EVP_PKEY), move-only.
class PrivateKey {
public:
    // RSA: `bits` is the modulus size (default 3072). DSA: FIPS 186-4 parameters L=`bits` (2048 or 3072), N=256.
    static std::optional<PrivateKey> generate(SignatureAlgorithm algorithm, int bits = 0);
    // PKCS#8 DER (unencrypted; the caller seals it, see KeyWrap.h) ↔ key.
    static std::optional<PrivateKey> fromPkcs8(const SecretBytes &der);
    SecretBytes toPkcs8() const;

    PrivateKey(PrivateKey &&) noexcept;
    PrivateKey &operator=(PrivateKey &&) noexcept;
    ~PrivateKey();

    SignatureAlgorithm algorithm() const;
    PublicKey publicKey() const;

    // RSA: RSASSA-PKCS1-v1_5 with SHA-256, the k-octet signature (k = modulus length).
    // DSA: SHA-256, r ‖ s, each left-padded to the length of q (xmldsig11 dsa-sha256).
    // Empty on failure.
    QByteArray sign(QByteArrayView message) const;

private:
    struct Handle;
    explicit PrivateKey(std::unique_ptr<Handle> handle);
    std::unique_ptr<Handle> m_handle;
};

// A public signing key, copyable (the EVP_PKEY is reference-counted).
class PublicKey {
public:
    PublicKey();
    PublicKey(const PublicKey &);
    PublicKey &operator=(const PublicKey &);
    ~PublicKey();

    // From the integers of an xmldsig <RSAKeyValue> (Modulus, Exponent) or <DSAKeyValue> (P, Q, G, Y), each a
    // big-endian MPI (CryptoBinary). nullopt for a value OpenSSL refuses or an RSA modulus under 2048 bits.
    static std::optional<PublicKey> fromRsa(QByteArrayView modulus, QByteArrayView exponent);
    static std::optional<PublicKey> fromDsa(QByteArrayView p, QByteArrayView q, QByteArrayView g, QByteArrayView y);
    // DER SubjectPublicKeyInfo ↔ key (how pinned keys are stored).
    static std::optional<PublicKey> fromDer(QByteArrayView der);
    QByteArray toDer() const;

    bool isNull() const;
    SignatureAlgorithm algorithm() const;
    // RSA: n, e. DSA: p, q, g, y. MPIs, in that order.
    QList<QByteArray> components() const;
    // SHA-256 over the DER SubjectPublicKeyInfo: what the user compares and pins.
    QByteArray fingerprint() const;
    // The fingerprint as upper-case hex in groups of 4 separated by spaces.
    QString fingerprintText() const;

    // Tolerant verification (XEP-0187 §3.1 points 'signs' at a Signature Generation section XEP-0116 v0.13
    // removed, so its encoding is not fixed): an RSA signature shorter than the modulus is left-padded; a DSA
    // signature is accepted as r ‖ s or in XEP-0116 v0.12's u16-length-prefixed form.
    bool verify(QByteArrayView message, QByteArrayView signature) const;

    bool operator==(const PublicKey &other) const; // same DER

private:
    struct Handle;
    explicit PublicKey(std::shared_ptr<Handle> handle);
    std::shared_ptr<Handle> m_handle;
    friend class PrivateKey;
};

} // namespace balcony::crypto
