#include "crypto/AesGcm.h"

#include "crypto/OpenSslErrors.h"
#include "crypto/OpenSslHandles.h"

#include <climits>

namespace balcony::crypto {

using namespace detail;

struct AesGcmStream::Private {
    CipherCtxPtr ctx;
    Direction direction = Direction::Encrypt;
    bool finished = false;
};

namespace {

// Explicit fetches, once per process (as AesCtr does).
struct GcmCiphers {
    CipherPtr aes128 { EVP_CIPHER_fetch(nullptr, "AES-128-GCM", nullptr) };
    CipherPtr aes256 { EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr) };
};

const EVP_CIPHER *gcmCipherForKey(qsizetype keySize)
{
    static const GcmCiphers ciphers;
    switch (keySize) {
    case 16:
        return ciphers.aes128.get();
    case 32:
        return ciphers.aes256.get();
    default:
        return nullptr;
    }
}

} // namespace

AesGcmStream::AesGcmStream(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

AesGcmStream::~AesGcmStream() = default;

std::unique_ptr<AesGcmStream> AesGcmStream::create(Direction direction, QByteArrayView key, QByteArrayView iv)
{
    const ErrorQueueGuard errorQueueGuard;
    const EVP_CIPHER *cipher = gcmCipherForKey(key.size());
    if (!cipher || (iv.size() != 12 && iv.size() != 16))
        return nullptr;
    auto p = std::make_unique<Private>();
    p->direction = direction;
    p->ctx.reset(EVP_CIPHER_CTX_new());
    if (!p->ctx)
        return nullptr;
    size_t ivLength = size_t(iv.size());
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_size_t("ivlen", &ivLength),
        OSSL_PARAM_construct_end(),
    };
    const int ok = direction == Direction::Encrypt
        ? EVP_EncryptInit_ex2(p->ctx.get(), cipher, ucharData(key), ucharData(iv), params)
        : EVP_DecryptInit_ex2(p->ctx.get(), cipher, ucharData(key), ucharData(iv), params);
    if (ok != 1)
        return nullptr;
    return std::unique_ptr<AesGcmStream>(new AesGcmStream(std::move(p)));
}

std::optional<QByteArray> AesGcmStream::update(QByteArrayView data)
{
    const ErrorQueueGuard errorQueueGuard;
    if (d->finished || data.size() > INT_MAX)
        return std::nullopt;
    QByteArray out(data.size(), Qt::Uninitialized);
    if (data.isEmpty())
        return out;
    int written = 0;
    auto *outBytes = reinterpret_cast<unsigned char *>(out.data());
    const int ok = d->direction == Direction::Encrypt
        ? EVP_EncryptUpdate(d->ctx.get(), outBytes, &written, ucharData(data), int(data.size()))
        : EVP_DecryptUpdate(d->ctx.get(), outBytes, &written, ucharData(data), int(data.size()));
    if (ok != 1 || written != data.size()) {
        d->finished = true;
        return std::nullopt;
    }
    return out;
}

std::optional<QByteArray> AesGcmStream::finishEncryption()
{
    const ErrorQueueGuard errorQueueGuard;
    if (d->finished || d->direction != Direction::Encrypt)
        return std::nullopt;
    d->finished = true;
    unsigned char rest[16];
    int written = 0;
    if (EVP_EncryptFinal_ex(d->ctx.get(), rest, &written) != 1 || written != 0)
        return std::nullopt;
    QByteArray tag(tagSize(), Qt::Uninitialized);
    if (EVP_CIPHER_CTX_ctrl(d->ctx.get(), EVP_CTRL_GCM_GET_TAG, int(tagSize()), tag.data()) != 1)
        return std::nullopt;
    return tag;
}

bool AesGcmStream::finishDecryption(QByteArrayView tag)
{
    const ErrorQueueGuard errorQueueGuard;
    if (d->finished || d->direction != Direction::Decrypt || tag.size() != tagSize())
        return false;
    d->finished = true;
    QByteArray copy = tag.toByteArray();
    if (EVP_CIPHER_CTX_ctrl(d->ctx.get(), EVP_CTRL_GCM_SET_TAG, int(tagSize()), copy.data()) != 1)
        return false;
    unsigned char rest[16];
    int written = 0;
    return EVP_DecryptFinal_ex(d->ctx.get(), rest, &written) == 1 && written == 0;
}

} // namespace balcony::crypto
