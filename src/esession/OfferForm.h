#pragma once

#include "core/Element.h"
#include "esession/EsessionError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace balcony {

// The initiator's options form (<x xmlns='jabber:x:data' type='form'>): XEP-0116 v0.16 §ESession Request as
// XEP-0187 v0.5 §Publishing ESession Options restricts it (no accept, no pubkey; expires; optional
// match_resource; signs last). Field order, types and encodings follow XEP-0187 §3.1's example and XEP-0116 §Field
// Standardization.
//
// With `online` set it is the first message of XEP-0116's 3-message negotiation instead, in the field order of
// the XEP's example: accept (1) after FORM_TYPE, init_pubkey and resp_pubkey after stanzas, dhkeys carrying the
// e_i themselves (not dhhashes), and no expires, match_resource or signs. Balcony offers and accepts only the
// 'key' identification method ('none' MUST NOT be used with 3 messages; 'hash' would save a few hundred bytes
// but needs a local copy of the peer's key matched by fingerprint, a second code path for no security gain).
//
// Parsing accepts the older spellings (otr or logging may/mustnot, keys or dhkeys, chatneg FORM_TYPEs; the
// sign_algs aliases are resolved by the chooser, see esession::signatureFromName) and validates what
// XEP-0187 requires: modp 3/4 refused (EC2N groups, RFC 2409 §6.3-6.4), one dhkeys value per modp option,
// no iq in offline options, match_resource implies stanzas=message, 1 <= rekey_freq < 2^32, my_nonce >= 8
// bytes, a parsable expires (when `offline` is set).
struct OfferForm {
    QStringList otr = { QStringLiteral("false"), QStringLiteral("true") }; // "true" = no logging
    QStringList disclosure = { QStringLiteral("never") };
    QStringList security = { QStringLiteral("e2e") };
    QList<int> modp; // preference order; dhKeys is parallel to it
    QStringList cryptAlgs;
    QStringList hashAlgs;
    QStringList signAlgs;
    QStringList compress = { QStringLiteral("none") };
    QStringList stanzas = { QStringLiteral("message") };
    QStringList ver = { QStringLiteral("1.0") };
    quint32 rekeyFreq = 1;
    QDateTime expires; // XEP-0187 only; invalid = absent
    QString matchResource; // XEP-0187 only; empty = absent
    QByteArray nonce; // my_nonce, N_A
    QList<QByteArray> dhKeys; // MPI(e_i)
    QList<QByteArray> signatures; // signs, one per signing key; empty = field absent
    bool online = false; // XEP-0116 online request: accept, init_pubkey, resp_pubkey; no expires/match/signs
    QStringList initPubkey = { QStringLiteral("key") }; // online only; absent on input = key (as XEP-0187 assumes)
    QStringList respPubkey = { QStringLiteral("key") }; // online only

    Element toElement() const;
    // The signed bytes: the normalized form content without 'signs' (XEP-0187 §Publishing).
    QByteArray signedContent() const;
    // Of a received form, exactly as received (re-serializing could change what was signed).
    static QByteArray signedContent(const Element &x);

    // `offline`: apply XEP-0187's rules (expires required, no iq); otherwise the form is an online request
    // (`online` set). Either way a form with dhhashes or sas_algs (XEP-0116's 4-message variant) is refused with
    // FourMessageOnly. nullopt with *error set on failure.
    static std::optional<OfferForm> fromElement(const Element &x, bool offline, EsessionError *error = nullptr);
};

} // namespace balcony
