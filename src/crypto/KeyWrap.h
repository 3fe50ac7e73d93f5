#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>

#include <optional>

namespace balcony::crypto {

// Sealing secrets for storage at rest: the long-term signing key and the offline-session private values
// (XEP-0187 §Security Considerations: "store … securely"). The key-encryption key is derived from a passphrase
// (the account password) with scrypt, so a copy of the profile database alone does not reveal them.
struct ScryptParameters {
    quint64 n = 1 << 15; // CPU/memory cost
    quint32 r = 8;
    quint32 p = 1;
};

// scrypt (EVP_KDF "SCRYPT") → 32 bytes. Empty on failure.
SecretBytes deriveWrapKey(QByteArrayView passphrase, QByteArrayView salt, const ScryptParameters &parameters = {});

// AES-256-GCM with a random 12-byte nonce: nonce ‖ ciphertext ‖ 16-byte tag. `associatedData` binds the
// sealed value to its purpose/owner (e.g. "signing-key:alice@example.org") so blobs cannot be swapped.
QByteArray seal(const SecretBytes &key, const SecretBytes &plaintext, QByteArrayView associatedData);
// nullopt if the key is wrong or the blob was altered.
std::optional<SecretBytes> unseal(const SecretBytes &key, QByteArrayView sealed, QByteArrayView associatedData);

} // namespace balcony::crypto
