#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace balcony::crypto {

// The hashes the ESession XEPs name (XEP-0116 hash_algs): sha256 is mandatory, whirlpool optional. Whirlpool
// lives in OpenSSL 3's legacy provider, loaded on first use into a library context of our own (with the
// default provider next to it) so the process-wide defaults stay untouched.
enum class HashAlgorithm { Sha1, Sha256, Whirlpool };

// "sha1", "sha256", "whirlpool" (XEP-0116 names) ↔ the enum.
std::optional<HashAlgorithm> hashFromName(QStringView name);
QString hashName(HashAlgorithm algorithm);
// False for whirlpool when the legacy provider cannot be loaded on this machine.
bool isHashAvailable(HashAlgorithm algorithm);
int hashSize(HashAlgorithm algorithm);

// Empty on failure (only if the algorithm is unavailable).
QByteArray hash(HashAlgorithm algorithm, QByteArrayView data);
// RFC 2104 HMAC with EVP_MAC. The result is key material, hence SecretBytes.
SecretBytes hmac(HashAlgorithm algorithm, QByteArrayView key, QByteArrayView data);

} // namespace balcony::crypto
