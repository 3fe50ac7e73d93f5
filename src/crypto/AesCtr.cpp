#include "crypto/AesCtr.h"

#include "crypto/OpenSslErrors.h"
#include "crypto/OpenSslHandles.h"

#include <climits>

namespace balcony::crypto {

namespace {

using namespace detail;

// Explicit fetches, once per process, instead of the implicit fetch EVP_aes_*_ctr() repeats on every init.
struct Ciphers {
    CipherPtr aes128 { EVP_CIPHER_fetch(nullptr, "AES-128-CTR", nullptr) };
    CipherPtr aes192 { EVP_CIPHER_fetch(nullptr, "AES-192-CTR", nullptr) };
    CipherPtr aes256 { EVP_CIPHER_fetch(nullptr, "AES-256-CTR", nullptr) };
};

const EVP_CIPHER *cipherForKey(qsizetype keySize)
{
    static const Ciphers ciphers;
    switch (keySize) {
    case 16:
        return ciphers.aes128.get();
    case 24:
        return ciphers.aes192.get();
    case 32:
        return ciphers.aes256.get();
    default:
        return nullptr;
    }
}

constexpr qsizetype blockSize = 16;

} // namespace

std::optional<QByteArray> aesCtr(QByteArrayView key, QByteArrayView counter, QByteArrayView data)
{
    const ErrorQueueGuard errorQueueGuard;
    const EVP_CIPHER *cipher = cipherForKey(key.size());
    if (!cipher || counter.size() != blockSize)
        return std::nullopt;
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx
        || EVP_EncryptInit_ex2(ctx.get(), cipher, reinterpret_cast<const unsigned char *>(key.data()),
               reinterpret_cast<const unsigned char *>(counter.data()), nullptr)
            != 1)
        return std::nullopt;

    QByteArray out(data.size(), Qt::Uninitialized);
    auto *outBytes = reinterpret_cast<unsigned char *>(out.data());
    const auto *inBytes = reinterpret_cast<const unsigned char *>(data.data());
    // EVP_EncryptUpdate takes an int length; CTR is a stream mode, so chunks of whole blocks chain exactly.
    constexpr qsizetype chunk = (INT_MAX / blockSize) * blockSize;
    qsizetype done = 0;
    while (done < data.size()) {
        const qsizetype length = qMin(chunk, data.size() - done);
        int written = 0;
        if (EVP_EncryptUpdate(ctx.get(), outBytes + done, &written, inBytes + done, static_cast<int>(length)) != 1
            || written != length)
            return std::nullopt;
        done += length;
    }
    int finalWritten = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), outBytes + done, &finalWritten) != 1 || finalWritten != 0)
        return std::nullopt;
    return out;
}

QByteArray counterAdd(QByteArrayView counter, quint64 blocks)
{
    if (counter.size() != blockSize)
        return {};
    QByteArray result = counter.toByteArray();
    quint64 carry = blocks;
    for (qsizetype i = blockSize - 1; i >= 0 && carry != 0; --i) {
        const quint64 sum = static_cast<quint8>(result.at(i)) + (carry & 0xff);
        result[i] = static_cast<char>(sum & 0xff);
        carry = (carry >> 8) + (sum >> 8);
    }
    return result; // a carry out of the top byte is dropped: arithmetic modulo 2^128
}

quint64 counterBlocks(qsizetype bytes)
{
    if (bytes <= 0)
        return 0;
    return (static_cast<quint64>(bytes) + blockSize - 1) / blockSize;
}

} // namespace balcony::crypto
