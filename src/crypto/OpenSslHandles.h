#pragma once

// Internal to crypto/: unique_ptr aliases that free OpenSSL 3 objects, so every error path releases them.
// Not included by any public crypto header, so the rest of Balcony never sees OpenSSL types.

#include <QByteArray>

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/param_build.h>
#include <openssl/params.h>
#include <openssl/provider.h>

#include <memory>

namespace balcony::crypto::detail {

template<typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *object) const { Free(object); }
};

// BN_clear_free wipes before freeing; used for every BIGNUM (public values too, the cost is negligible).
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_clear_free>>;
using BnCtxPtr = std::unique_ptr<BN_CTX, Deleter<BN_CTX, BN_CTX_free>>;
using MdPtr = std::unique_ptr<EVP_MD, Deleter<EVP_MD, EVP_MD_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using MacPtr = std::unique_ptr<EVP_MAC, Deleter<EVP_MAC, EVP_MAC_free>>;
using MacCtxPtr = std::unique_ptr<EVP_MAC_CTX, Deleter<EVP_MAC_CTX, EVP_MAC_CTX_free>>;
using CipherPtr = std::unique_ptr<EVP_CIPHER, Deleter<EVP_CIPHER, EVP_CIPHER_free>>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, Deleter<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using KdfPtr = std::unique_ptr<EVP_KDF, Deleter<EVP_KDF, EVP_KDF_free>>;
using KdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, Deleter<EVP_KDF_CTX, EVP_KDF_CTX_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using LibCtxPtr = std::unique_ptr<OSSL_LIB_CTX, Deleter<OSSL_LIB_CTX, OSSL_LIB_CTX_free>>;

struct ProviderUnloader {
    void operator()(OSSL_PROVIDER *provider) const { OSSL_PROVIDER_unload(provider); }
};
using ProviderPtr = std::unique_ptr<OSSL_PROVIDER, ProviderUnloader>;

inline const unsigned char *ucharData(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

// A public BIGNUM from big-endian bytes (empty = 0); null on allocation failure.
inline BnPtr bnFromBytes(QByteArrayView bytes)
{
    return BnPtr(BN_bin2bn(ucharData(bytes), static_cast<int>(bytes.size()), nullptr));
}

// A BIGNUM in OpenSSL's secure heap (when one is configured) for private values.
inline BnPtr secureBnFromBytes(QByteArrayView bytes)
{
    BnPtr bn(BN_secure_new());
    if (bn && !BN_bin2bn(ucharData(bytes), static_cast<int>(bytes.size()), bn.get()))
        bn.reset();
    return bn;
}

// Minimal big-endian bytes of a public value (empty for 0).
inline QByteArray bnToBytes(const BIGNUM *bn)
{
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace balcony::crypto::detail
