#include "crypto/SigningKey.h"

#include "crypto/Hash.h"
#include "crypto/Mpi.h"
#include "crypto/OpenSslErrors.h"
#include "crypto/OpenSslHandles.h"

#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/dsa.h>
#include <openssl/encoder.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <climits>
#include <vector>

namespace balcony::crypto {

using namespace detail;

struct PrivateKey::Handle {
    PkeyPtr key;
    SignatureAlgorithm algorithm;
};

struct PublicKey::Handle {
    PkeyPtr key;
    SignatureAlgorithm algorithm;
};

namespace {

constexpr int minimumRsaBits = 2048;
constexpr int defaultRsaBits = 3072;
constexpr int defaultDsaBits = 2048;

using DsaSigPtr = std::unique_ptr<DSA_SIG, Deleter<DSA_SIG, DSA_SIG_free>>;

// The algorithm of a key we accept: RSA of at least 2048 bits, or DSA.
std::optional<SignatureAlgorithm> acceptedAlgorithm(const EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "RSA"))
        return EVP_PKEY_get_bits(key) >= minimumRsaBits ? std::optional(SignatureAlgorithm::RsaSha256) : std::nullopt;
    if (EVP_PKEY_is_a(key, "DSA"))
        return SignatureAlgorithm::DsaSha256;
    return std::nullopt;
}

QByteArray bnParam(const EVP_PKEY *key, const char *name)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    const BnPtr value(raw);
    return mpiFromBytes(bnToBytes(value.get()));
}

int dsaComponentSize(const EVP_PKEY *key)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_FFC_Q, &raw) != 1)
        return 0;
    const BnPtr q(raw);
    return BN_num_bytes(q.get());
}

// A public key from OSSL_PARAMs, then checked (EVP_PKEY_public_check: for RSA n odd and e odd > 1, for DSA
// 1 < y < p-1 and y^q = 1 mod p).
PkeyPtr publicKeyFromParams(const char *type, OSSL_PARAM_BLD *builder)
{
    const ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    const PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    PkeyPtr key(raw);
    const PkeyCtxPtr checkCtx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!checkCtx || EVP_PKEY_public_check(checkCtx.get()) != 1)
        return nullptr;
    return key;
}

bool pushBn(OSSL_PARAM_BLD *builder, const char *name, QByteArrayView mpi, std::vector<BnPtr> &keepAlive)
{
    if (mpi.isEmpty() || mpi.size() > INT_MAX)
        return false;
    BnPtr value = bnFromBytes(mpi);
    if (!value || OSSL_PARAM_BLD_push_BN(builder, name, value.get()) != 1)
        return false;
    keepAlive.push_back(std::move(value));
    return true;
}

// EVP_DigestSign*/EVP_DigestVerify* contexts with SHA-256, and PKCS#1 v1.5 padding for RSA.
MdCtxPtr digestContext(EVP_PKEY *key, SignatureAlgorithm algorithm, bool forSigning)
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pkeyCtx = nullptr;
    if (!ctx)
        return nullptr;
    const int ok = forSigning ? EVP_DigestSignInit_ex(ctx.get(), &pkeyCtx, "SHA256", nullptr, nullptr, key, nullptr)
                              : EVP_DigestVerifyInit_ex(ctx.get(), &pkeyCtx, "SHA256", nullptr, nullptr, key, nullptr);
    if (ok != 1)
        return nullptr;
    if (algorithm == SignatureAlgorithm::RsaSha256 && EVP_PKEY_CTX_set_rsa_padding(pkeyCtx, RSA_PKCS1_PADDING) != 1)
        return nullptr;
    return ctx;
}

// DER SEQUENCE { r, s } for (r, s) given as big-endian bytes.
QByteArray dsaDer(QByteArrayView r, QByteArrayView s)
{
    DsaSigPtr sig(DSA_SIG_new());
    BnPtr rBn = bnFromBytes(r);
    BnPtr sBn = bnFromBytes(s);
    if (!sig || !rBn || !sBn || DSA_SIG_set0(sig.get(), rBn.get(), sBn.get()) != 1)
        return {};
    rBn.release(); // owned by sig now
    sBn.release();
    unsigned char *der = nullptr;
    const int length = i2d_DSA_SIG(sig.get(), &der);
    if (length <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return result;
}

// XEP-0116 v0.12 §Signature Generation: u16(len r) ‖ r ‖ u16(len s) ‖ s, big-endian lengths.
bool splitLengthPrefixed(QByteArrayView signature, QByteArrayView *r, QByteArrayView *s)
{
    auto u16At = [&](qsizetype at) {
        return (static_cast<quint8>(signature.at(at)) << 8) | static_cast<quint8>(signature.at(at + 1));
    };
    if (signature.size() < 4)
        return false;
    const qsizetype rLength = u16At(0);
    if (2 + rLength + 2 > signature.size())
        return false;
    const qsizetype sLength = u16At(2 + rLength);
    if (2 + rLength + 2 + sLength != signature.size() || rLength == 0 || sLength == 0)
        return false;
    *r = signature.sliced(2, rLength);
    *s = signature.sliced(4 + rLength, sLength);
    return true;
}

bool verifyDer(EVP_PKEY *key, SignatureAlgorithm algorithm, QByteArrayView message, QByteArrayView der)
{
    if (der.isEmpty())
        return false;
    const MdCtxPtr ctx = digestContext(key, algorithm, false);
    return ctx
        && EVP_DigestVerify(ctx.get(), ucharData(der), static_cast<size_t>(der.size()), ucharData(message),
               static_cast<size_t>(message.size()))
        == 1;
}

QString groupedHex(const QByteArray &bytes)
{
    const QString hex = QString::fromLatin1(bytes.toHex().toUpper());
    QString result;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            result += QLatin1Char(' ');
        result += hex.mid(i, 4);
    }
    return result;
}

} // namespace

// --- PrivateKey ---

PrivateKey::PrivateKey(std::unique_ptr<Handle> handle)
    : m_handle(std::move(handle))
{
}

PrivateKey::PrivateKey(PrivateKey &&) noexcept = default;
PrivateKey &PrivateKey::operator=(PrivateKey &&) noexcept = default;
PrivateKey::~PrivateKey() = default;

std::optional<PrivateKey> PrivateKey::generate(SignatureAlgorithm algorithm, int bits)
{
    const ErrorQueueGuard errorQueueGuard;
    EVP_PKEY *raw = nullptr;
    if (algorithm == SignatureAlgorithm::RsaSha256) {
        if (bits == 0)
            bits = defaultRsaBits;
        if (bits < minimumRsaBits)
            return std::nullopt;
        const PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
        if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), bits) != 1
            || EVP_PKEY_generate(ctx.get(), &raw) != 1)
            return std::nullopt;
    } else {
        if (bits == 0)
            bits = defaultDsaBits;
        if (bits != 2048 && bits != 3072)
            return std::nullopt;
        // FIPS 186-4 domain parameters (L = bits, N = 256), then a key in them.
        const PkeyCtxPtr paramCtx(EVP_PKEY_CTX_new_from_name(nullptr, "DSA", nullptr));
        EVP_PKEY *rawParams = nullptr;
        if (!paramCtx || EVP_PKEY_paramgen_init(paramCtx.get()) != 1
            || EVP_PKEY_CTX_set_dsa_paramgen_bits(paramCtx.get(), bits) != 1
            || EVP_PKEY_CTX_set_dsa_paramgen_q_bits(paramCtx.get(), 256) != 1
            || EVP_PKEY_paramgen(paramCtx.get(), &rawParams) != 1)
            return std::nullopt;
        const PkeyPtr params(rawParams);
        const PkeyCtxPtr keyCtx(EVP_PKEY_CTX_new_from_pkey(nullptr, params.get(), nullptr));
        if (!keyCtx || EVP_PKEY_keygen_init(keyCtx.get()) != 1 || EVP_PKEY_generate(keyCtx.get(), &raw) != 1)
            return std::nullopt;
    }
    return PrivateKey(std::make_unique<Handle>(Handle { PkeyPtr(raw), algorithm }));
}

std::optional<PrivateKey> PrivateKey::fromPkcs8(const SecretBytes &der)
{
    const ErrorQueueGuard errorQueueGuard;
    EVP_PKEY *raw = nullptr;
    OSSL_DECODER_CTX *decoder
        = OSSL_DECODER_CTX_new_for_pkey(&raw, "DER", "PrivateKeyInfo", nullptr, EVP_PKEY_KEYPAIR, nullptr, nullptr);
    if (!decoder)
        return std::nullopt;
    const unsigned char *data = der.bytes();
    size_t length = static_cast<size_t>(der.size());
    const int ok = OSSL_DECODER_from_data(decoder, &data, &length);
    OSSL_DECODER_CTX_free(decoder);
    PkeyPtr key(raw);
    if (ok != 1 || !key || length != 0)
        return std::nullopt;
    const std::optional<SignatureAlgorithm> algorithm = acceptedAlgorithm(key.get());
    if (!algorithm)
        return std::nullopt;
    return PrivateKey(std::make_unique<Handle>(Handle { std::move(key), *algorithm }));
}

SecretBytes PrivateKey::toPkcs8() const
{
    const ErrorQueueGuard errorQueueGuard;
    if (!m_handle)
        return {};
    OSSL_ENCODER_CTX *encoder
        = OSSL_ENCODER_CTX_new_for_pkey(m_handle->key.get(), EVP_PKEY_KEYPAIR, "DER", "PrivateKeyInfo", nullptr);
    if (!encoder)
        return {};
    unsigned char *data = nullptr;
    size_t length = 0;
    const int ok = OSSL_ENCODER_to_data(encoder, &data, &length);
    OSSL_ENCODER_CTX_free(encoder);
    if (ok != 1 || !data)
        return {};
    SecretBytes result(QByteArrayView(data, static_cast<qsizetype>(length)));
    OPENSSL_clear_free(data, length); // the DER holds the private key
    return result;
}

SignatureAlgorithm PrivateKey::algorithm() const
{
    return m_handle ? m_handle->algorithm : SignatureAlgorithm::RsaSha256;
}

PublicKey PrivateKey::publicKey() const
{
    const ErrorQueueGuard errorQueueGuard;
    if (!m_handle)
        return {};
    // Through the SubjectPublicKeyInfo DER, so the PublicKey holds no private component.
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(m_handle->key.get(), &der);
    if (length <= 0)
        return {};
    const unsigned char *cursor = der;
    PkeyPtr key(d2i_PUBKEY(nullptr, &cursor, length));
    OPENSSL_free(der);
    if (!key)
        return {};
    return PublicKey(std::make_shared<PublicKey::Handle>(PublicKey::Handle { std::move(key), m_handle->algorithm }));
}

QByteArray PrivateKey::sign(QByteArrayView message) const
{
    const ErrorQueueGuard errorQueueGuard;
    if (!m_handle)
        return {};
    const MdCtxPtr ctx = digestContext(m_handle->key.get(), m_handle->algorithm, true);
    size_t length = 0;
    if (!ctx
        || EVP_DigestSign(ctx.get(), nullptr, &length, ucharData(message), static_cast<size_t>(message.size())) != 1)
        return {};
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, ucharData(message),
            static_cast<size_t>(message.size()))
        != 1)
        return {};
    signature.truncate(static_cast<qsizetype>(length));
    if (m_handle->algorithm == SignatureAlgorithm::RsaSha256)
        return signature;

    // DSA: DER SEQUENCE { r, s } → r ‖ s, each left-padded to |q| octets (xmldsig11 dsa-sha256).
    const int width = dsaComponentSize(m_handle->key.get());
    const unsigned char *cursor = ucharData(signature);
    const DsaSigPtr sig(d2i_DSA_SIG(nullptr, &cursor, static_cast<long>(signature.size())));
    if (!sig || width <= 0)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    DSA_SIG_get0(sig.get(), &r, &s);
    QByteArray fixed(2 * width, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(fixed.data());
    if (BN_bn2binpad(r, out, width) != width || BN_bn2binpad(s, out + width, width) != width)
        return {};
    return fixed;
}

// --- PublicKey ---

PublicKey::PublicKey() = default;
PublicKey::PublicKey(const PublicKey &) = default;
PublicKey &PublicKey::operator=(const PublicKey &) = default;
PublicKey::~PublicKey() = default;

PublicKey::PublicKey(std::shared_ptr<Handle> handle)
    : m_handle(std::move(handle))
{
}

std::optional<PublicKey> PublicKey::fromRsa(QByteArrayView modulus, QByteArrayView exponent)
{
    const ErrorQueueGuard errorQueueGuard;
    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    std::vector<BnPtr> values;
    if (!builder || !pushBn(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus, values)
        || !pushBn(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent, values))
        return std::nullopt;
    PkeyPtr key = publicKeyFromParams("RSA", builder.get());
    if (!key || EVP_PKEY_get_bits(key.get()) < minimumRsaBits)
        return std::nullopt;
    return PublicKey(std::make_shared<Handle>(Handle { std::move(key), SignatureAlgorithm::RsaSha256 }));
}

std::optional<PublicKey> PublicKey::fromDsa(QByteArrayView p, QByteArrayView q, QByteArrayView g, QByteArrayView y)
{
    const ErrorQueueGuard errorQueueGuard;
    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    std::vector<BnPtr> values;
    if (!builder || !pushBn(builder.get(), OSSL_PKEY_PARAM_FFC_P, p, values)
        || !pushBn(builder.get(), OSSL_PKEY_PARAM_FFC_Q, q, values)
        || !pushBn(builder.get(), OSSL_PKEY_PARAM_FFC_G, g, values)
        || !pushBn(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, y, values))
        return std::nullopt;
    PkeyPtr key = publicKeyFromParams("DSA", builder.get());
    if (!key)
        return std::nullopt;
    return PublicKey(std::make_shared<Handle>(Handle { std::move(key), SignatureAlgorithm::DsaSha256 }));
}

std::optional<PublicKey> PublicKey::fromDer(QByteArrayView der)
{
    const ErrorQueueGuard errorQueueGuard;
    if (der.isEmpty() || der.size() > INT_MAX)
        return std::nullopt;
    const unsigned char *cursor = ucharData(der);
    PkeyPtr key(d2i_PUBKEY(nullptr, &cursor, static_cast<long>(der.size())));
    if (!key || cursor != ucharData(der) + der.size())
        return std::nullopt;
    const std::optional<SignatureAlgorithm> algorithm = acceptedAlgorithm(key.get());
    if (!algorithm)
        return std::nullopt;
    return PublicKey(std::make_shared<Handle>(Handle { std::move(key), *algorithm }));
}

QByteArray PublicKey::toDer() const
{
    const ErrorQueueGuard errorQueueGuard;
    if (!m_handle)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(m_handle->key.get(), &der);
    if (length <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return result;
}

bool PublicKey::isNull() const
{
    return !m_handle;
}

SignatureAlgorithm PublicKey::algorithm() const
{
    return m_handle ? m_handle->algorithm : SignatureAlgorithm::RsaSha256;
}

QList<QByteArray> PublicKey::components() const
{
    const ErrorQueueGuard errorQueueGuard;
    if (!m_handle)
        return {};
    const EVP_PKEY *key = m_handle->key.get();
    if (m_handle->algorithm == SignatureAlgorithm::RsaSha256)
        return { bnParam(key, OSSL_PKEY_PARAM_RSA_N), bnParam(key, OSSL_PKEY_PARAM_RSA_E) };
    return { bnParam(key, OSSL_PKEY_PARAM_FFC_P), bnParam(key, OSSL_PKEY_PARAM_FFC_Q),
        bnParam(key, OSSL_PKEY_PARAM_FFC_G), bnParam(key, OSSL_PKEY_PARAM_PUB_KEY) };
}

QByteArray PublicKey::fingerprint() const
{
    return m_handle ? hash(HashAlgorithm::Sha256, toDer()) : QByteArray();
}

QString PublicKey::fingerprintText() const
{
    return groupedHex(fingerprint());
}

bool PublicKey::verify(QByteArrayView message, QByteArrayView signature) const
{
    const ErrorQueueGuard errorQueueGuard;
    if (!m_handle || signature.isEmpty())
        return false;
    EVP_PKEY *key = m_handle->key.get();
    if (m_handle->algorithm == SignatureAlgorithm::RsaSha256) {
        // An I2OSP output whose leading zero octet was stripped (XEP-0116 v0.12's MPI reading) is restored
        // to k octets; OpenSSL rejects anything but exactly k.
        const QByteArray padded = mpiToFixed(signature, EVP_PKEY_get_size(key));
        return !padded.isEmpty() && verifyDer(key, m_handle->algorithm, message, padded);
    }
    const int width = dsaComponentSize(key);
    if (width > 0 && signature.size() == 2 * width
        && verifyDer(key, m_handle->algorithm, message, dsaDer(signature.first(width), signature.sliced(width))))
        return true;
    QByteArrayView r;
    QByteArrayView s;
    return splitLengthPrefixed(signature, &r, &s) && verifyDer(key, m_handle->algorithm, message, dsaDer(r, s));
}

bool PublicKey::operator==(const PublicKey &other) const
{
    if (isNull() || other.isNull())
        return isNull() == other.isNull();
    return toDer() == other.toDer();
}

} // namespace balcony::crypto
