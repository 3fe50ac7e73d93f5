#include "crypto/SecretBytes.h"

#include "crypto/OpenSslErrors.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <climits>
#include <utility>

namespace balcony::crypto {

namespace {

// m_data is never shared (see the header), so data() does not detach and the bytes wiped are the only copy.
void wipe(QByteArray &data)
{
    if (!data.isEmpty())
        OPENSSL_cleanse(data.data(), static_cast<size_t>(data.size()));
    data.clear();
}

} // namespace

SecretBytes::SecretBytes(QByteArrayView data)
    : m_data(data.data(), data.size())
{
}

SecretBytes::~SecretBytes()
{
    wipe(m_data);
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, QByteArray()))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe(m_data);
        m_data = std::exchange(other.m_data, QByteArray());
    }
    return *this;
}

SecretBytes SecretBytes::random(qsizetype size)
{
    const ErrorQueueGuard errorQueueGuard;
    SecretBytes result;
    if (size <= 0 || size > INT_MAX)
        return result;
    result.m_data = QByteArray(size, Qt::Uninitialized);
    if (RAND_priv_bytes(reinterpret_cast<unsigned char *>(result.m_data.data()), static_cast<int>(size)) != 1)
        wipe(result.m_data);
    return result;
}

SecretBytes SecretBytes::clone() const
{
    return SecretBytes(view());
}

SecretBytes SecretBytes::right(qsizetype size) const
{
    if (size <= 0)
        return SecretBytes();
    return SecretBytes(view().last(qMin(size, m_data.size())));
}

void SecretBytes::clear()
{
    wipe(m_data);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    const ErrorQueueGuard errorQueueGuard;
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

QByteArray randomBytes(qsizetype size)
{
    const ErrorQueueGuard errorQueueGuard;
    if (size <= 0 || size > INT_MAX)
        return {};
    QByteArray result(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(result.data()), static_cast<int>(size)) != 1)
        return {};
    return result;
}

} // namespace balcony::crypto
