#include "esession/SessionKeys.h"

namespace balcony {

crypto::SecretBytes SessionKeys::labelledKey(
    crypto::HashAlgorithm hash, QByteArrayView k, QByteArrayView label, qsizetype size)
{
    crypto::SecretBytes full = crypto::hmac(hash, k, label);
    if (size == 0 || full.isEmpty()) {
        return full;
    }
    return size <= full.size() ? full.right(size) : crypto::SecretBytes();
}

std::optional<SessionKeys> SessionKeys::derive(
    crypto::HashAlgorithm hash, const crypto::SecretBytes &dhSecret, int cipherKeySize)
{
    if (!crypto::isHashAvailable(hash) || cipherKeySize <= 0 || cipherKeySize > crypto::hashSize(hash)) {
        return std::nullopt;
    }
    QByteArray k = crypto::hash(hash, dhSecret.view());
    if (k.isEmpty()) {
        return std::nullopt;
    }
    SessionKeys keys;
    keys.m_k = crypto::SecretBytes(k);
    k.fill('\0'); // the plain copy; the SecretBytes one is wiped on destruction
    auto label = [&](const char *text, qsizetype size = 0) {
        return labelledKey(hash, keys.m_k.view(), QByteArrayView(text), size);
    };
    keys.m_kcA = label("Initiator Cipher Key", cipherKeySize);
    keys.m_kcB = label("Responder Cipher Key", cipherKeySize);
    keys.m_kmA = label("Initiator MAC Key");
    keys.m_kmB = label("Responder MAC Key");
    keys.m_ksA = label("Initiator SIGMA Key");
    keys.m_ksB = label("Responder SIGMA Key");
    if (keys.m_kcA.isEmpty() || keys.m_kcB.isEmpty() || keys.m_kmA.isEmpty() || keys.m_kmB.isEmpty()
        || keys.m_ksA.isEmpty() || keys.m_ksB.isEmpty()) {
        return std::nullopt;
    }
    return keys;
}

} // namespace balcony
