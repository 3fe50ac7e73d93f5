#include "crypto/DhGroup.h"

#include "crypto/OpenSslErrors.h"
#include "crypto/OpenSslHandles.h"

namespace balcony::crypto {

using namespace detail;

namespace {

// OpenSSL's copies of the RFC primes (not deprecated in 3.0); byte-identical to the RFC texts
// (RFC 2409 §6.1-6.2, RFC 3526 §2-7).
BIGNUM *primeFor(int id)
{
    switch (id) {
    case 1:
        return BN_get_rfc2409_prime_768(nullptr);
    case 2:
        return BN_get_rfc2409_prime_1024(nullptr);
    case 5:
        return BN_get_rfc3526_prime_1536(nullptr);
    case 14:
        return BN_get_rfc3526_prime_2048(nullptr);
    case 15:
        return BN_get_rfc3526_prime_3072(nullptr);
    case 16:
        return BN_get_rfc3526_prime_4096(nullptr);
    case 17:
        return BN_get_rfc3526_prime_6144(nullptr);
    case 18:
        return BN_get_rfc3526_prime_8192(nullptr);
    default:
        return nullptr;
    }
}

} // namespace

std::optional<DhGroup> DhGroup::modp(int id)
{
    const ErrorQueueGuard errorQueueGuard;
    const BnPtr prime(primeFor(id));
    if (!prime)
        return std::nullopt;
    return DhGroup(id, bnToBytes(prime.get()));
}

QList<int> DhGroup::supportedIds()
{
    return { 1, 2, 5, 14, 15, 16, 17, 18 };
}

int DhGroup::bits() const
{
    const ErrorQueueGuard errorQueueGuard;
    const BnPtr prime = bnFromBytes(m_prime);
    return prime ? BN_num_bits(prime.get()) : 0;
}

bool DhGroup::isValidPublicValue(QByteArrayView mpi) const
{
    const ErrorQueueGuard errorQueueGuard;
    if (mpi.isEmpty() || mpi.size() > m_prime.size() + 1)
        return false;
    const BnPtr value = bnFromBytes(mpi);
    BnPtr upper = bnFromBytes(m_prime);
    if (!value || !upper || !BN_sub_word(upper.get(), 1))
        return false;
    // 1 < value < p-1: excludes 0, 1 and p-1 (the order-1 and order-2 subgroups) and anything ≥ p.
    return BN_cmp(value.get(), BN_value_one()) > 0 && BN_cmp(value.get(), upper.get()) < 0;
}

} // namespace balcony::crypto
