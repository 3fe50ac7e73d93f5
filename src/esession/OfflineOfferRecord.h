#pragma once

#include "crypto/SecretBytes.h"
#include "esession/EsessionError.h"
#include "esession/OfferForm.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>
#include <utility>
#include <vector>

namespace balcony {

// What Alice keeps after publishing offline options (XEP-0187 §Publishing, step "securely store"): her nonce
// N_A, the private value x_i of every offered MODP group, the expiry, and the offered choices (so a
// responder cannot pick something she never offered). Move-only: the x_i are SecretBytes. serialize() gives
// the bytes to seal (crypto::seal) before they touch storage; the caller destroys them when the options
// expire or are retracted. OnlineInitiator keeps the same state in memory for the few seconds an online
// negotiation takes (XEP-0116 §ESession Request computes N_A and the x_i, e_i exactly as XEP-0187 does).
class OfflineOfferRecord {
public:
    OfflineOfferRecord() = default;
    OfflineOfferRecord(OfferForm offer, std::vector<std::pair<int, crypto::SecretBytes>> privateValues);

    // XEP-0116 §ESession Request and XEP-0187 §3.1: a fresh N_A (16 random bytes) and, per offered MODP group, a
    // fresh x_i in (2^255, p-1); `options` with its nonce and dhKeys (e_i, in modp order) replaced. Fails with
    // MalformedForm without groups, UnsupportedGroup for a group crypto::DhGroup does not know, CryptoFailure
    // if randomness fails.
    static std::optional<OfflineOfferRecord> generate(const OfferForm &options, EsessionError *error = nullptr);

    // The offered options with nonce, dhkeys and expiry (signatures are not kept).
    const OfferForm &offer() const { return m_offer; }
    QByteArray nonce() const { return m_offer.nonce; }
    QDateTime expires() const { return m_offer.expires; }
    // MPI(x) for the group, or nullptr if that group was not offered.
    const crypto::SecretBytes *privateValue(int modp) const;

    crypto::SecretBytes serialize() const;
    static std::optional<OfflineOfferRecord> deserialize(const crypto::SecretBytes &bytes);

private:
    OfferForm m_offer;
    std::vector<std::pair<int, crypto::SecretBytes>> m_privateValues;
};

} // namespace balcony
