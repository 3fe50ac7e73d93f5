#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace balcony::crypto {

// AES in counter mode (aes128-ctr / aes192-ctr / aes256-ctr, RFC 4344 naming as XEP-0116 uses it) with the
// full 128-bit big-endian counter block as the IV: the first keystream block is E(K, C), the next E(K, C+1),
// modulo 2^128 (XEP-0200 §Encrypting a Stanza: C advances per block or partial block and the MAC names C before
// encryption, so the first block is C's). Each call starts a fresh
// cipher context, so a partial final block never carries keystream over into the next message.
//
// Encryption and decryption are the same operation. nullopt if the key is not 16, 24 or 32 bytes or the
// counter is not 16 bytes.
std::optional<QByteArray> aesCtr(QByteArrayView key, QByteArrayView counter, QByteArrayView data);

// Counter arithmetic on 16-byte big-endian blocks, modulo 2^128.
QByteArray counterAdd(QByteArrayView counter, quint64 blocks);
// The number of counter values a message of `bytes` bytes consumes: ceil(bytes / 16).
quint64 counterBlocks(qsizetype bytes);

} // namespace balcony::crypto
