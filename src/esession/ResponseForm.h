#pragma once

#include "core/Element.h"
#include "esession/EsessionError.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace balcony {

// The responder's key-exchange form (<x xmlns='jabber:x:data' type='submit'>): XEP-0116 v0.16 §Response Form
// with the fields of XEP-0187 v0.5's example (§3.3), in this order: FORM_TYPE, otr,
// disclosure, security, modp, crypt_algs, hash_algs, sign_algs, compress, stanzas, ver, rekey_freq, my_nonce
// (N_B), dhkeys (d), nonce (N_A), counter (MPI(C_A)), [terminate], identity, mac. No type attributes, as in
// the example. expires, match_resource and signs are not echoed (as in that example; XEP-0116's "responses
// for all the fields" is read as the negotiated fields).
//
// With `online` set it is Bob's reply in XEP-0116's 3-message negotiation (§Sending the Response), carried in
// <feature xmlns='…feature-neg'/>: accept after FORM_TYPE and init_pubkey, resp_pubkey after stanzas, as in the
// XEP's response example; everything else is the same form (and formB covers these fields too).
struct ResponseForm {
    QString otr = QStringLiteral("false");
    QString disclosure = QStringLiteral("never");
    QString security = QStringLiteral("e2e");
    int modp = 0;
    QString cryptAlg;
    QString hashAlg;
    QString signAlg;
    QString compress = QStringLiteral("none");
    QStringList stanzas = { QStringLiteral("message") };
    QString ver = QStringLiteral("1.0");
    quint32 rekeyFreq = 1;
    QByteArray nonce; // my_nonce, N_B
    QByteArray dhKey; // dhkeys, MPI(d)
    QByteArray peerNonce; // nonce, N_A
    QByteArray counter; // counter, MPI(C_A)
    // XEP-0155 terminate: a single-shot session (covered by macB: formB leaves out only identity and mac).
    bool terminate = false;
    QByteArray identity; // ID_B; empty = field absent
    QByteArray mac; // M_B; empty = field absent
    bool online = false; // accept, init_pubkey and resp_pubkey are (to be) present
    bool accept = true; // online only; false = Bob declines
    QString initPubkey = QStringLiteral("key"); // online only: the identification Bob requires from Alice
    QString respPubkey = QStringLiteral("key"); // online only: the identification Bob gives

    Element toElement() const;
    // formB: the normalized content without identity and mac (XEP-0116 §Hiding Bob's Identity).
    static QByteArray macContent(const Element &x);

    // Accepts the otr/logging and keys/dhkeys aliases. nullopt with *error set if a field is missing,
    // multi-valued where one value is required, or badly encoded.
    static std::optional<ResponseForm> fromElement(const Element &x, EsessionError *error = nullptr);
};

} // namespace balcony
