#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <optional>

namespace balcony::crypto {

// AES-GCM as a stream (XEP-0454 file encryption): the data passes through update() in pieces of any size, the
// 16-byte tag comes from finishEncryption() or is checked by finishDecryption(). One object per message; after
// a finish call (or a failure) it refuses further use. The key is 16 or 32 bytes, the IV 12 or 16 bytes (XEP-0454
// allows both; 12 is GCM's native size). Every call leaves OpenSSL's error queue empty.
class AesGcmStream {
public:
    enum class Direction { Encrypt, Decrypt };
    static constexpr qsizetype tagSize() { return 16; }

    // nullptr when the key or IV size is wrong or OpenSSL refuses.
    static std::unique_ptr<AesGcmStream> create(Direction direction, QByteArrayView key, QByteArrayView iv);
    ~AesGcmStream();
    AesGcmStream(const AesGcmStream &) = delete;
    AesGcmStream &operator=(const AesGcmStream &) = delete;

    // The transformed bytes of `data` (same size); nullopt on failure or after finishing.
    std::optional<QByteArray> update(QByteArrayView data);
    // Encryption: the tag of everything passed through update(); nullopt on failure.
    std::optional<QByteArray> finishEncryption();
    // Decryption: whether `tag` authenticates everything passed through update(). False also for a tag of the
    // wrong size. Until this returned true, nothing update() returned may be trusted.
    bool finishDecryption(QByteArrayView tag);

private:
    struct Private;
    explicit AesGcmStream(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace balcony::crypto
