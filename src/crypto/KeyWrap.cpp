#include "crypto/KeyWrap.h"

#include "crypto/OpenSslErrors.h"
#include "crypto/OpenSslHandles.h"

#include <openssl/core_names.h>

#include <climits>

namespace balcony::crypto {

using namespace detail;

namespace {

constexpr qsizetype keySize = 32;
constexpr qsizetype nonceSize = 12;
constexpr qsizetype tagSize = 16;

// OSSL_PARAM wants non-const pointers even for input; an empty value still needs a valid address.
void *paramData(QByteArrayView data)
{
    static unsigned char empty = 0;
    return data.isEmpty() ? static_cast<void *>(&empty) : const_cast<char *>(data.data());
}

CipherCtxPtr gcmContext(const SecretBytes &key, QByteArrayView nonce, QByteArrayView associatedData, bool encrypt)
{
    static const CipherPtr cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!cipher || !ctx || key.size() != keySize || nonce.size() != nonceSize || associatedData.size() > INT_MAX)
        return nullptr;
    // 12 bytes is GCM's default IV length, so no OSSL_CIPHER_PARAM_AEAD_IVLEN is needed.
    const int ok = encrypt ? EVP_EncryptInit_ex2(ctx.get(), cipher.get(), key.bytes(), ucharData(nonce), nullptr)
                           : EVP_DecryptInit_ex2(ctx.get(), cipher.get(), key.bytes(), ucharData(nonce), nullptr);
    if (ok != 1)
        return nullptr;
    int ignored = 0;
    if (!associatedData.isEmpty()
        && EVP_CipherUpdate(
               ctx.get(), nullptr, &ignored, ucharData(associatedData), static_cast<int>(associatedData.size()))
            != 1)
        return nullptr;
    return ctx;
}

} // namespace

SecretBytes deriveWrapKey(QByteArrayView passphrase, QByteArrayView salt, const ScryptParameters &parameters)
{
    const ErrorQueueGuard errorQueueGuard;
    const KdfPtr kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    const KdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx)
        return {};
    uint64_t n = parameters.n;
    uint32_t r = parameters.r;
    uint32_t p = parameters.p;
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_PASSWORD, paramData(passphrase), static_cast<size_t>(passphrase.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, paramData(salt), static_cast<size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_end(),
    };
    unsigned char out[keySize];
    SecretBytes result;
    if (EVP_KDF_derive(ctx.get(), out, sizeof out, params) == 1)
        result = SecretBytes(QByteArrayView(out, keySize));
    OPENSSL_cleanse(out, sizeof out);
    return result;
}

QByteArray seal(const SecretBytes &key, const SecretBytes &plaintext, QByteArrayView associatedData)
{
    const ErrorQueueGuard errorQueueGuard;
    const QByteArray nonce = randomBytes(nonceSize);
    if (nonce.size() != nonceSize || plaintext.size() > INT_MAX - nonceSize - tagSize)
        return {};
    const CipherCtxPtr ctx = gcmContext(key, nonce, associatedData, true);
    if (!ctx)
        return {};
    QByteArray sealed = nonce;
    sealed.resize(nonceSize + plaintext.size() + tagSize);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data()) + nonceSize;
    int written = 0;
    int finalWritten = 0;
    if ((!plaintext.isEmpty()
            && EVP_EncryptUpdate(ctx.get(), out, &written, plaintext.bytes(), static_cast<int>(plaintext.size())) != 1)
        || EVP_EncryptFinal_ex(ctx.get(), out + written, &finalWritten) != 1
        || written + finalWritten != plaintext.size())
        return {};
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, out + plaintext.size(), tagSize),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_CIPHER_CTX_get_params(ctx.get(), params) != 1)
        return {};
    return sealed;
}

std::optional<SecretBytes> unseal(const SecretBytes &key, QByteArrayView sealed, QByteArrayView associatedData)
{
    const ErrorQueueGuard errorQueueGuard;
    if (sealed.size() < nonceSize + tagSize || sealed.size() > INT_MAX)
        return std::nullopt;
    const QByteArrayView nonce = sealed.first(nonceSize);
    const QByteArrayView ciphertext = sealed.sliced(nonceSize, sealed.size() - nonceSize - tagSize);
    const QByteArrayView tag = sealed.last(tagSize);
    const CipherCtxPtr ctx = gcmContext(key, nonce, associatedData, false);
    if (!ctx)
        return std::nullopt;
    QByteArray plain(ciphertext.size(), '\0');
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    int written = 0;
    int finalWritten = 0;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, paramData(tag), tagSize),
        OSSL_PARAM_construct_end(),
    };
    const bool ok
        = (ciphertext.isEmpty()
              || EVP_DecryptUpdate(ctx.get(), out, &written, ucharData(ciphertext), static_cast<int>(ciphertext.size()))
                  == 1)
        && EVP_CIPHER_CTX_set_params(ctx.get(), params) == 1
        && EVP_DecryptFinal_ex(ctx.get(), out + written, &finalWritten) == 1
        && written + finalWritten == ciphertext.size();
    std::optional<SecretBytes> result;
    if (ok)
        result = SecretBytes(plain);
    if (!plain.isEmpty())
        OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
    return result;
}

} // namespace balcony::crypto
