#include "crypto/DhKeyPair.h"

#include "crypto/Mpi.h"
#include "crypto/OpenSslErrors.h"
#include "crypto/OpenSslHandles.h"

#include <QCoreApplication>

#include <utility>

namespace balcony::crypto {

using namespace detail;

namespace {

void setError(QString *error, const char *text)
{
    if (error)
        *error = QCoreApplication::translate("balcony", text);
}

// Big-endian bytes of a private BIGNUM straight into SecretBytes, wiping the temporary buffer.
SecretBytes secretFromBn(const BIGNUM *bn)
{
    QByteArray buffer(qMax(BN_num_bytes(bn), 1), '\0');
    if (BN_num_bytes(bn) > 0)
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(buffer.data()));
    SecretBytes result(buffer);
    OPENSSL_cleanse(buffer.data(), static_cast<size_t>(buffer.size()));
    return result;
}

// 2^(2n-1): the XEP-0116 lower bound (exclusive) for private values.
BnPtr lowerBound(int blockBits)
{
    BnPtr bound(BN_new());
    if (!bound || blockBits <= 0 || !BN_set_bit(bound.get(), 2 * blockBits - 1))
        return nullptr;
    return bound;
}

// e = 2^x mod p in constant time with respect to x.
std::optional<QByteArray> publicValueFor(const BIGNUM *x, const BIGNUM *p, BN_CTX *ctx)
{
    BnPtr g(BN_new());
    BnPtr e(BN_new());
    if (!g || !e || !BN_set_word(g.get(), 2) || !BN_mod_exp_mont_consttime(e.get(), g.get(), x, p, ctx, nullptr))
        return std::nullopt;
    return mpiFromBytes(bnToBytes(e.get()));
}

} // namespace

DhKeyPair::DhKeyPair(DhGroup group, SecretBytes x, QByteArray publicValue)
    : m_group(std::move(group))
    , m_private(std::move(x))
    , m_public(std::move(publicValue))
{
}

DhKeyPair::DhKeyPair(DhKeyPair &&) noexcept = default;
DhKeyPair &DhKeyPair::operator=(DhKeyPair &&) noexcept = default;
DhKeyPair::~DhKeyPair() = default;

std::optional<DhKeyPair> DhKeyPair::generate(const DhGroup &group, int blockBits)
{
    const ErrorQueueGuard errorQueueGuard;
    BnCtxPtr ctx(BN_CTX_secure_new());
    const BnPtr p = bnFromBytes(group.prime());
    const BnPtr low = lowerBound(blockBits);
    BnPtr range(BN_new());
    BnPtr x(BN_secure_new());
    if (!ctx || !p || !low || !range || !x)
        return std::nullopt;
    BN_set_flags(x.get(), BN_FLG_CONSTTIME);
    // x = r + 2^(2n-1) + 1 with r uniform in [0, p-2-2^(2n-1)), i.e. x uniform in (2^(2n-1), p-1) without the
    // modulo bias of reducing a wider random number.
    if (!BN_sub(range.get(), p.get(), low.get()) || !BN_sub_word(range.get(), 2) || BN_is_negative(range.get())
        || BN_is_zero(range.get()))
        return std::nullopt;
    if (!BN_priv_rand_range_ex(x.get(), range.get(), 0, ctx.get()) || !BN_add(x.get(), x.get(), low.get())
        || !BN_add_word(x.get(), 1))
        return std::nullopt;
    std::optional<QByteArray> e = publicValueFor(x.get(), p.get(), ctx.get());
    if (!e)
        return std::nullopt;
    return DhKeyPair(group, secretFromBn(x.get()), std::move(*e));
}

std::optional<DhKeyPair> DhKeyPair::fromPrivateValue(const DhGroup &group, const SecretBytes &x, int blockBits)
{
    const ErrorQueueGuard errorQueueGuard;
    BnCtxPtr ctx(BN_CTX_secure_new());
    const BnPtr p = bnFromBytes(group.prime());
    const BnPtr low = lowerBound(blockBits);
    BnPtr upper = bnFromBytes(group.prime());
    BnPtr value = secureBnFromBytes(x.view());
    if (!ctx || !p || !low || !upper || !value || !BN_sub_word(upper.get(), 1))
        return std::nullopt;
    BN_set_flags(value.get(), BN_FLG_CONSTTIME);
    if (BN_cmp(value.get(), low.get()) <= 0 || BN_cmp(value.get(), upper.get()) >= 0)
        return std::nullopt;
    std::optional<QByteArray> e = publicValueFor(value.get(), p.get(), ctx.get());
    if (!e)
        return std::nullopt;
    return DhKeyPair(group, secretFromBn(value.get()), std::move(*e));
}

SecretBytes DhKeyPair::privateValue() const
{
    const ErrorQueueGuard errorQueueGuard;
    return m_private.clone();
}

// peer^x mod p with BN_mod_exp_mont_consttime rather than EVP_PKEY_derive: groups 1 and 2 have no named
// OpenSSL group, x lives in exactly one secure BIGNUM instead of being copied into a DH EVP_PKEY per agreement,
// and EVP's own public-value check would add nothing to the 1 < v < p-1 check below for these safe primes
// (whose only small subgroups are {1} and {1, p-1}). The computation is the one OpenSSL's DH derive does.
std::optional<SecretBytes> DhKeyPair::agree(QByteArrayView peerPublicValue, QString *error) const
{
    const ErrorQueueGuard errorQueueGuard;
    if (!m_group.isValidPublicValue(peerPublicValue)) {
        setError(error, QT_TRANSLATE_NOOP("balcony", "The peer's Diffie-Hellman public value is out of range."));
        return std::nullopt;
    }
    BnCtxPtr ctx(BN_CTX_secure_new());
    const BnPtr p = bnFromBytes(m_group.prime());
    const BnPtr peer = bnFromBytes(peerPublicValue);
    const BnPtr x = secureBnFromBytes(m_private.view());
    BnPtr shared(BN_secure_new());
    if (!ctx || !p || !peer || !x || !shared) {
        setError(error, QT_TRANSLATE_NOOP("balcony", "Out of memory while computing the Diffie-Hellman secret."));
        return std::nullopt;
    }
    BN_set_flags(x.get(), BN_FLG_CONSTTIME);
    if (!BN_mod_exp_mont_consttime(shared.get(), peer.get(), x.get(), p.get(), ctx.get(), nullptr)) {
        setError(error, QT_TRANSLATE_NOOP("balcony", "The Diffie-Hellman computation failed."));
        return std::nullopt;
    }
    // BN_bn2bin is already minimal, i.e. the MPI the XEP hashes into K.
    return secretFromBn(shared.get());
}

} // namespace balcony::crypto
