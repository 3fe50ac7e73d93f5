#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace balcony::crypto {

// Key material that is wiped (OPENSSL_cleanse) when it goes away. Move-only and never implicitly shared, so
// no copy of a secret outlives the object that was wiped. toByteArray() makes an explicit copy for APIs
// that need one; the caller then owns that copy's lifetime.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArrayView data);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    // `size` bytes from the private DRBG (RAND_priv_bytes). Empty only if the DRBG fails.
    static SecretBytes random(qsizetype size);

    SecretBytes clone() const;
    const char *data() const { return m_data.constData(); }
    const unsigned char *bytes() const { return reinterpret_cast<const unsigned char *>(m_data.constData()); }
    qsizetype size() const { return m_data.size(); }
    bool isEmpty() const { return m_data.isEmpty(); }
    QByteArrayView view() const { return QByteArrayView(m_data); }
    // The last `size` bytes (the least significant ones of a big-endian value); XEP-0116 §Generating Session Keys
    // takes cipher keys from the least significant bits of the HMAC output.
    SecretBytes right(qsizetype size) const;
    QByteArray toByteArray() const { return QByteArray(m_data.constData(), m_data.size()); }
    void clear();

private:
    QByteArray m_data; // always detached: constructed from a deep copy, never handed out by reference
};

// Constant-time comparison (CRYPTO_memcmp); different sizes compare unequal.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// Public randomness (nonces, counters): RAND_bytes. Empty only if the DRBG fails.
QByteArray randomBytes(qsizetype size);

} // namespace balcony::crypto
