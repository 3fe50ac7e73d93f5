#pragma once

#include "core/Element.h"
#include "crypto/SigningKey.h"
#include "esession/EsessionError.h"
#include "esession/OfferForm.h"
#include "esession/OfflineOfferRecord.h"

#include <QList>

#include <optional>

namespace balcony {

// Alice's side before she goes offline, XEP-0187 v0.5 §3.1 Publishing Offline ESession Options:
// a fresh N_A (16 random bytes) and, per offered MODP group, a fresh x_i in (2^255, p-1) with e_i = g^x_i;
// the options form with dhkeys in modp order, expires (and match_resource) covered by 'signs', which holds
// one PKCS#1 v1.5 / DSA SHA-256 signature per signing key over the form content without 'signs'.
//
// The caller publishes form() (PEP, one record per published option set) and seals record() for storage.
class OfflineOffer {
public:
    // `options` supplies the choices (modp, crypt_algs, hash_algs, sign_algs, stanzas, rekey_freq,
    // expires, match_resource); its nonce, dhKeys and signatures are replaced. Fails with MalformedForm if
    // expires is missing, UnsupportedGroup for a group crypto::DhGroup does not know, IqNotAllowed if
    // stanzas contains iq, NoTrustedKey without signing keys, CryptoFailure if randomness or signing fails.
    static std::optional<OfflineOffer> create(
        const OfferForm &options, const QList<const crypto::PrivateKey *> &signingKeys, EsessionError *error = nullptr);

    // The defaults: modp 14,5; aes128-ctr, aes256-ctr; sha256 (+ whirlpool when available);
    // rsa, dsa; stanzas message; ver 1.0; rekey_freq 1.
    static OfferForm defaultOptions(const QDateTime &expires);

    const Element &form() const { return m_form; }
    const OfflineOfferRecord &record() const { return m_record; }
    OfflineOfferRecord takeRecord() { return std::move(m_record); }

private:
    OfflineOffer(Element form, OfflineOfferRecord record);
    Element m_form;
    OfflineOfferRecord m_record;
};

} // namespace balcony
