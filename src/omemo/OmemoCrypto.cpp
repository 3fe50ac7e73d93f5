#include "omemo/OmemoCrypto.h"

#include <QString>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <memory>
#include <omemo/signal_protocol.h>

namespace balcony::omemo {

namespace {

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

// --- the provider's callbacks (0 on success, negative on failure, as libomemo-c wants)

int randomBytes(uint8_t *data, size_t len, void *)
{
    return RAND_bytes(data, int(len)) == 1 ? 0 : SG_ERR_UNKNOWN;
}

// OpenSSL 3 fetches are not free (a lookup under a lock): the ratchet asks for several HMACs per message, so the
// algorithms are fetched once for the process (they are reference-counted and may be shared between threads).
EVP_MAC *hmacAlgorithm()
{
    static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}

EVP_KDF *hkdfAlgorithm()
{
    static EVP_KDF *const kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    return kdf;
}

struct HmacContext {
    EVP_MAC_CTX *ctx = nullptr;
    ~HmacContext() { EVP_MAC_CTX_free(ctx); }
};

int hmacInit(void **context, const uint8_t *key, size_t keyLen, void *)
{
    auto hmac = std::make_unique<HmacContext>();
    hmac->ctx = hmacAlgorithm() ? EVP_MAC_CTX_new(hmacAlgorithm()) : nullptr;
    char digest[] = "SHA256";
    OSSL_PARAM params[] = { OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_END };
    if (!hmac->ctx || EVP_MAC_init(hmac->ctx, key, keyLen, params) != 1) {
        ERR_clear_error();
        return SG_ERR_UNKNOWN;
    }
    *context = hmac.release();
    return 0;
}

int hmacUpdate(void *context, const uint8_t *data, size_t len, void *)
{
    return EVP_MAC_update(static_cast<HmacContext *>(context)->ctx, data, len) == 1 ? 0 : SG_ERR_UNKNOWN;
}

int hmacFinal(void *context, signal_buffer **output, void *)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outLen = 0;
    if (EVP_MAC_final(static_cast<HmacContext *>(context)->ctx, out, &outLen, sizeof out) != 1) {
        ERR_clear_error();
        return SG_ERR_UNKNOWN;
    }
    *output = signal_buffer_create(out, outLen);
    return *output ? 0 : SG_ERR_NOMEM;
}

void hmacCleanup(void *context, void *)
{
    delete static_cast<HmacContext *>(context);
}

int sha512Init(void **context, void *)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx || EVP_DigestInit_ex(ctx, EVP_sha512(), nullptr) != 1) {
        EVP_MD_CTX_free(ctx);
        return SG_ERR_UNKNOWN;
    }
    *context = ctx;
    return 0;
}

int sha512Update(void *context, const uint8_t *data, size_t len, void *)
{
    return EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(context), data, len) == 1 ? 0 : SG_ERR_UNKNOWN;
}

int sha512Final(void *context, signal_buffer **output, void *)
{
    auto *ctx = static_cast<EVP_MD_CTX *>(context);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLen = 0;
    if (EVP_DigestFinal_ex(ctx, out, &outLen) != 1 || EVP_DigestInit_ex(ctx, EVP_sha512(), nullptr) != 1) {
        return SG_ERR_UNKNOWN;
    }
    *output = signal_buffer_create(out, outLen);
    return *output ? 0 : SG_ERR_NOMEM;
}

void sha512Cleanup(void *context, void *)
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(context));
}

const EVP_CIPHER *aesCipher(int mode, size_t keyLen)
{
    if (mode == SG_CIPHER_AES_CBC_PKCS5) {
        return keyLen == 16 ? EVP_aes_128_cbc()
            : keyLen == 24  ? EVP_aes_192_cbc()
            : keyLen == 32  ? EVP_aes_256_cbc()
                            : nullptr;
    }
    if (mode == SG_CIPHER_AES_CTR_NOPADDING) {
        return keyLen == 16 ? EVP_aes_128_ctr()
            : keyLen == 24  ? EVP_aes_192_ctr()
            : keyLen == 32  ? EVP_aes_256_ctr()
                            : nullptr;
    }
    return nullptr;
}

int aesRun(bool encrypt, signal_buffer **output, int mode, const uint8_t *key, size_t keyLen, const uint8_t *iv,
    size_t ivLen, const uint8_t *input, size_t inputLen)
{
    const EVP_CIPHER *cipher = aesCipher(mode, keyLen);
    if (!cipher || ivLen != 16 || inputLen > size_t(INT_MAX - 32)) {
        return SG_ERR_INVAL;
    }
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray out(qsizetype(inputLen) + 32, Qt::Uninitialized);
    int len = 0;
    int total = 0;
    auto *outBytes = reinterpret_cast<unsigned char *>(out.data());
    if (!ctx || EVP_CipherInit_ex(ctx.get(), cipher, nullptr, key, iv, encrypt ? 1 : 0) != 1
        || EVP_CipherUpdate(ctx.get(), outBytes, &len, input, int(inputLen)) != 1) {
        ERR_clear_error();
        return SG_ERR_UNKNOWN;
    }
    total = len;
    if (EVP_CipherFinal_ex(ctx.get(), outBytes + total, &len) != 1) {
        ERR_clear_error();
        return SG_ERR_UNKNOWN;
    }
    total += len;
    *output = signal_buffer_create(outBytes, size_t(total));
    return *output ? 0 : SG_ERR_NOMEM;
}

int aesEncrypt(signal_buffer **output, int mode, const uint8_t *key, size_t keyLen, const uint8_t *iv, size_t ivLen,
    const uint8_t *plaintext, size_t plaintextLen, void *)
{
    return aesRun(true, output, mode, key, keyLen, iv, ivLen, plaintext, plaintextLen);
}

int aesDecrypt(signal_buffer **output, int mode, const uint8_t *key, size_t keyLen, const uint8_t *iv, size_t ivLen,
    const uint8_t *ciphertext, size_t ciphertextLen, void *)
{
    return aesRun(false, output, mode, key, keyLen, iv, ivLen, ciphertext, ciphertextLen);
}

// --- payloads

std::optional<QByteArray> gcm(bool encrypt, QByteArrayView key, QByteArrayView iv, QByteArrayView input,
    QByteArray *tag /* out when encrypting, in when decrypting */)
{
    const EVP_CIPHER *cipher = key.size() == 16 ? EVP_aes_128_gcm() : key.size() == 32 ? EVP_aes_256_gcm() : nullptr;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!cipher || !ctx || EVP_CipherInit_ex(ctx.get(), cipher, nullptr, nullptr, nullptr, encrypt ? 1 : 0) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.data()),
               reinterpret_cast<const unsigned char *>(iv.data()), encrypt ? 1 : 0)
            != 1) {
        ERR_clear_error();
        return std::nullopt;
    }
    QByteArray out(input.size() + 16, Qt::Uninitialized);
    int len = 0;
    if (EVP_CipherUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
            reinterpret_cast<const unsigned char *>(input.data()), int(input.size()))
        != 1) {
        ERR_clear_error();
        return std::nullopt;
    }
    int total = len;
    if (!encrypt
        && (tag->size() != 16
            || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, const_cast<char *>(tag->constData())) != 1)) {
        ERR_clear_error();
        return std::nullopt;
    }
    if (EVP_CipherFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + total, &len) != 1) {
        ERR_clear_error();
        return std::nullopt; // decrypting: the tag does not match
    }
    total += len;
    out.truncate(total);
    if (encrypt) {
        tag->resize(16);
        if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, tag->data()) != 1) {
            ERR_clear_error();
            return std::nullopt;
        }
    }
    return out;
}

std::optional<crypto::SecretBytes> hkdfSha256(QByteArrayView key, QByteArrayView salt, QByteArrayView info, int size)
{
    EVP_KDF_CTX *ctx = hkdfAlgorithm() ? EVP_KDF_CTX_new(hkdfAlgorithm()) : nullptr;
    if (!ctx) {
        ERR_clear_error();
        return std::nullopt;
    }
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char *>(key.data()), size_t(key.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()), size_t(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(info.data()), size_t(info.size())),
        OSSL_PARAM_END,
    };
    QByteArray out(size, Qt::Uninitialized);
    const bool ok = EVP_KDF_derive(ctx, reinterpret_cast<unsigned char *>(out.data()), size_t(size), params) == 1;
    EVP_KDF_CTX_free(ctx);
    if (!ok) {
        ERR_clear_error();
        return std::nullopt;
    }
    crypto::SecretBytes secret(out);
    out.fill('\0');
    return secret;
}

struct V2Keys {
    crypto::SecretBytes encryption;
    crypto::SecretBytes authentication;
    QByteArray iv;
};

std::optional<V2Keys> v2Keys(QByteArrayView key)
{
    const std::optional<crypto::SecretBytes> derived
        = hkdfSha256(key, QByteArray(32, '\0'), QByteArrayView("OMEMO Payload"), 80);
    if (!derived) {
        return std::nullopt;
    }
    return V2Keys { crypto::SecretBytes(derived->view().first(32)), crypto::SecretBytes(derived->view().sliced(32, 32)),
        derived->view().sliced(64, 16).toByteArray() };
}

// HMAC-SHA-256 with the cached algorithm.
std::optional<QByteArray> hmacSha256(QByteArrayView key, QByteArrayView data)
{
    void *context = nullptr;
    if (hmacInit(&context, reinterpret_cast<const uint8_t *>(key.data()), size_t(key.size()), nullptr) != 0) {
        return std::nullopt;
    }
    signal_buffer *out = nullptr;
    const bool ok
        = hmacUpdate(context, reinterpret_cast<const uint8_t *>(data.data()), size_t(data.size()), nullptr) == 0
        && hmacFinal(context, &out, nullptr) == 0;
    hmacCleanup(context, nullptr);
    if (!ok) {
        return std::nullopt;
    }
    QByteArray mac(reinterpret_cast<const char *>(signal_buffer_data(out)), qsizetype(signal_buffer_len(out)));
    signal_buffer_free(out);
    return mac;
}

std::optional<QByteArray> cbc(bool encrypt, const crypto::SecretBytes &key, QByteArrayView iv, QByteArrayView input)
{
    signal_buffer *out = nullptr;
    if (aesRun(encrypt, &out, SG_CIPHER_AES_CBC_PKCS5, key.bytes(), size_t(key.size()),
            reinterpret_cast<const uint8_t *>(iv.data()), size_t(iv.size()),
            reinterpret_cast<const uint8_t *>(input.data()), size_t(input.size()))
        != 0) {
        return std::nullopt;
    }
    QByteArray result(reinterpret_cast<const char *>(signal_buffer_data(out)), qsizetype(signal_buffer_len(out)));
    signal_buffer_bzero_free(out);
    return result;
}

} // namespace

const signal_crypto_provider &cryptoProvider()
{
    static const signal_crypto_provider provider {
        randomBytes,
        hmacInit,
        hmacUpdate,
        hmacFinal,
        hmacCleanup,
        sha512Init,
        sha512Update,
        sha512Final,
        sha512Cleanup,
        aesEncrypt,
        aesDecrypt,
        nullptr,
    };
    return provider;
}

std::optional<LegacyPayload> encryptLegacy(QByteArrayView plaintext)
{
    const crypto::SecretBytes key = crypto::SecretBytes::random(16);
    const QByteArray iv = crypto::randomBytes(12);
    QByteArray tag;
    std::optional<QByteArray> ciphertext = gcm(true, key.view(), iv, plaintext, &tag);
    if (!ciphertext) {
        return std::nullopt;
    }
    QByteArray material = key.toByteArray() + tag;
    LegacyPayload payload { crypto::SecretBytes(material), iv, std::move(*ciphertext) };
    material.fill('\0');
    return payload;
}

std::optional<QByteArray> decryptLegacy(QByteArrayView keyMaterial, QByteArrayView iv, QByteArrayView payload)
{
    QByteArray tag;
    QByteArrayView ciphertext = payload;
    if (keyMaterial.size() >= 32) {
        tag = keyMaterial.sliced(16, 16).toByteArray();
    } else if (keyMaterial.size() == 16 && payload.size() >= 16) {
        tag = payload.last(16).toByteArray(); // the older layout: the tag after the ciphertext
        ciphertext = payload.first(payload.size() - 16);
    } else {
        return std::nullopt;
    }
    if (iv.size() != 12 && iv.size() != 16) {
        return std::nullopt;
    }
    return gcm(false, keyMaterial.first(16), iv, ciphertext, &tag);
}

std::optional<V2Payload> encryptV2(QByteArrayView plaintext)
{
    const crypto::SecretBytes key = crypto::SecretBytes::random(32);
    const std::optional<V2Keys> keys = v2Keys(key.view());
    if (!keys) {
        return std::nullopt;
    }
    std::optional<QByteArray> ciphertext = cbc(true, keys->encryption, keys->iv, plaintext);
    if (!ciphertext) {
        return std::nullopt;
    }
    const std::optional<QByteArray> mac = hmacSha256(keys->authentication.view(), *ciphertext);
    if (!mac) {
        return std::nullopt;
    }
    QByteArray material = key.toByteArray() + mac->first(16);
    V2Payload payload { crypto::SecretBytes(material), std::move(*ciphertext) };
    material.fill('\0');
    return payload;
}

std::optional<QByteArray> decryptV2(QByteArrayView keyMaterial, QByteArrayView ciphertext)
{
    if (keyMaterial.size() != 48 || ciphertext.isEmpty() || ciphertext.size() % 16 != 0) {
        return std::nullopt;
    }
    const std::optional<V2Keys> keys = v2Keys(keyMaterial.first(32));
    if (!keys) {
        return std::nullopt;
    }
    const std::optional<QByteArray> mac = hmacSha256(keys->authentication.view(), ciphertext);
    if (!mac || !crypto::constantTimeEquals(QByteArrayView(*mac).first(16), keyMaterial.sliced(32, 16))) {
        return std::nullopt;
    }
    return cbc(false, keys->encryption, keys->iv, ciphertext);
}

} // namespace balcony::omemo
