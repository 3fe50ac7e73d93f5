#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

struct signal_crypto_provider;

namespace balcony::omemo {

// libomemo-c's crypto provider (random, HMAC-SHA-256, SHA-512, AES-CBC/CTR) on OpenSSL 3.
const signal_crypto_provider &cryptoProvider();

// The message payload of OMEMO 0.3: AES-128-GCM with a 12-byte IV; the key transported in the header is the
// 16-byte key followed by the 16-byte tag (what Conversations, Dino and Gajim send).
struct LegacyPayload {
    crypto::SecretBytes keyMaterial; // key || tag, 32 bytes
    QByteArray iv; // 12 bytes
    QByteArray ciphertext;
};
std::optional<LegacyPayload> encryptLegacy(QByteArrayView plaintext);
// Accepts the 32-byte key||tag form and the older 16-byte key with the tag at the end of the payload, and 12- or
// 16-byte IVs. nullopt if the tag does not match.
std::optional<QByteArray> decryptLegacy(QByteArrayView keyMaterial, QByteArrayView iv, QByteArrayView payload);

// The message payload of OMEMO 2 (XEP-0384 §4.4): a random 32-byte key; HKDF-SHA-256 (salt 32 zero bytes, info
// "OMEMO Payload") gives 80 bytes: the AES-256-CBC key, the HMAC-SHA-256 key and the IV; the ciphertext is
// authenticated by the HMAC truncated to 16 bytes. The key material in the header is key || HMAC (48 bytes).
struct V2Payload {
    crypto::SecretBytes keyMaterial; // 48 bytes
    QByteArray ciphertext;
};
std::optional<V2Payload> encryptV2(QByteArrayView plaintext);
std::optional<QByteArray> decryptV2(QByteArrayView keyMaterial, QByteArrayView ciphertext);

} // namespace balcony::omemo
