#include "crypto/Hash.h"

#include "crypto/OpenSslErrors.h"
#include "crypto/OpenSslHandles.h"

#include <openssl/core_names.h>

using namespace Qt::StringLiterals;

namespace balcony::crypto {

namespace {

using namespace detail;

// The fetched algorithms, once per process (a function-local static: C++ guarantees thread-safe
// initialisation). Whirlpool and its HMAC come from a library context of our own with the legacy and default
// providers: loading a provider into the default context would switch off its implicit default provider for
// the whole process. Member order matters for destruction: algorithms first, then providers, then the context.
class Algorithms {
public:
    Algorithms()
    {
        m_sha1.reset(EVP_MD_fetch(nullptr, "SHA1", nullptr));
        m_sha256.reset(EVP_MD_fetch(nullptr, "SHA256", nullptr));
        m_hmac.reset(EVP_MAC_fetch(nullptr, "HMAC", nullptr));

        m_legacyContext.reset(OSSL_LIB_CTX_new());
        if (!m_legacyContext)
            return;
        m_legacy.reset(OSSL_PROVIDER_load(m_legacyContext.get(), "legacy"));
        m_default.reset(OSSL_PROVIDER_load(m_legacyContext.get(), "default"));
        if (m_legacy && m_default) {
            m_whirlpool.reset(EVP_MD_fetch(m_legacyContext.get(), "WHIRLPOOL", nullptr));
            m_legacyHmac.reset(EVP_MAC_fetch(m_legacyContext.get(), "HMAC", nullptr));
        }
        if (!m_whirlpool || !m_legacyHmac) {
            m_whirlpool.reset();
            m_legacyHmac.reset();
        }
    }

    const EVP_MD *digest(HashAlgorithm algorithm) const
    {
        switch (algorithm) {
        case HashAlgorithm::Sha1:
            return m_sha1.get();
        case HashAlgorithm::Sha256:
            return m_sha256.get();
        case HashAlgorithm::Whirlpool:
            return m_whirlpool.get();
        }
        return nullptr;
    }
    EVP_MAC *hmac(HashAlgorithm algorithm) const
    {
        return algorithm == HashAlgorithm::Whirlpool ? m_legacyHmac.get() : m_hmac.get();
    }

private:
    LibCtxPtr m_legacyContext;
    ProviderPtr m_legacy;
    ProviderPtr m_default;
    MdPtr m_sha1;
    MdPtr m_sha256;
    MdPtr m_whirlpool;
    MacPtr m_hmac;
    MacPtr m_legacyHmac;
};

const Algorithms &algorithms()
{
    static const Algorithms instance;
    return instance;
}

} // namespace

std::optional<HashAlgorithm> hashFromName(QStringView name)
{
    if (name == u"sha1")
        return HashAlgorithm::Sha1;
    if (name == u"sha256")
        return HashAlgorithm::Sha256;
    if (name == u"whirlpool")
        return HashAlgorithm::Whirlpool;
    return std::nullopt;
}

QString hashName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return u"sha1"_s;
    case HashAlgorithm::Sha256:
        return u"sha256"_s;
    case HashAlgorithm::Whirlpool:
        return u"whirlpool"_s;
    }
    return {};
}

bool isHashAvailable(HashAlgorithm algorithm)
{
    const ErrorQueueGuard errorQueueGuard;
    return algorithms().digest(algorithm) != nullptr && algorithms().hmac(algorithm) != nullptr;
}

int hashSize(HashAlgorithm algorithm)
{
    const ErrorQueueGuard errorQueueGuard;
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return 20;
    case HashAlgorithm::Sha256:
        return 32;
    case HashAlgorithm::Whirlpool:
        return 64;
    }
    return 0;
}

QByteArray hash(HashAlgorithm algorithm, QByteArrayView data)
{
    const ErrorQueueGuard errorQueueGuard;
    const EVP_MD *md = algorithms().digest(algorithm);
    if (!md)
        return {};
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outSize = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), out, &outSize, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(outSize));
}

SecretBytes hmac(HashAlgorithm algorithm, QByteArrayView key, QByteArrayView data)
{
    const ErrorQueueGuard errorQueueGuard;
    EVP_MAC *mac = algorithms().hmac(algorithm);
    const EVP_MD *md = algorithms().digest(algorithm);
    if (!mac || !md)
        return {};
    detail::MacCtxPtr ctx(EVP_MAC_CTX_new(mac));
    if (!ctx)
        return {};
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(EVP_MD_get0_name(md)), 0),
        OSSL_PARAM_construct_end(),
    };
    // A null key means "keep the previous key" to EVP_MAC_init; an empty RFC 2104 key needs a non-null pointer.
    static const unsigned char emptyKey = 0;
    const auto *keyBytes = key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char *>(key.data());
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outSize = 0;
    SecretBytes result;
    if (EVP_MAC_init(ctx.get(), keyBytes, static_cast<size_t>(key.size()), params) == 1
        && EVP_MAC_update(
               ctx.get(), reinterpret_cast<const unsigned char *>(data.data()), static_cast<size_t>(data.size()))
            == 1
        && EVP_MAC_final(ctx.get(), out, &outSize, sizeof out) == 1)
        result = SecretBytes(QByteArrayView(out, static_cast<qsizetype>(outSize)));
    OPENSSL_cleanse(out, sizeof out);
    return result;
}

} // namespace balcony::crypto
