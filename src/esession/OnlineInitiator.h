#pragma once

#include "core/Element.h"
#include "crypto/SigningKey.h"
#include "esession/EsessionError.h"
#include "esession/NegotiatedSession.h"
#include "esession/OfferForm.h"
#include "esession/OfflineAcceptor.h"
#include "esession/OfflineOfferRecord.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace balcony {

// Alice's side of an online ESession, XEP-0116 v0.16 §Online ESession Negotiation, 3-message variant (SIGMA-I):
//  1. §ESession Request: N_A and, per offered MODP group, x_i / e_i (OfflineOfferRecord::generate); the request
//     form with accept, init_pubkey/resp_pubkey 'key' and dhkeys = the e_i, in <feature xmlns='…feature-neg'/>;
//  2. §ESession Accept (Alice): Bob's choices among the offered ones, nonce == N_A, then InitiatorKeyExchange
//     (1 < d < p-1, K, the six keys, M_B, ID_B, the key accepted by the caller, signB over macB);
//  3. §Hiding / §Sending Alice's Identity: formA = the normalized content of the request form as sent, formA2 =
//     that of the result form without identity and mac, macA = HMAC(KS_A, N_B | N_A | MPI(e) | pubKeyA | formA |
//     formA2), signA, ID_A = CIPHER(KC_A, C_A, pubKeyA | signA), M_A = HMAC(KM_A, MPI(C_A) | ID_A)
//     (SigmaIdentity::prove); the result form <x type='result'> FORM_TYPE, accept, nonce, identity, mac.
//
// Why 3 messages although XEP-0116 §Three- or Four-Message Negotiation says client-to-client sessions SHOULD
// use the 4-message SIGMA-R exchange: 3-message SIGMA-I hides the initiator's identity from active attackers
// but reveals the RESPONDER's identity (encrypted under keys an active man in the middle shares) to whoever
// starts a negotiation with him. The 4-message variant exists to hide the responder too and, mainly, to carry
// what needs a hash commitment: short authentication strings and retained secrets, for peers without
// authenticated public keys. Balcony has neither SAS nor retained secrets; it authenticates with long-term keys
// pinned and published per XEP-0189 (PublicKeyManager), and a responder only answers contacts, to whom its
// presence and key are visible anyway. What remains is the exchange XEP-0187 offline sessions already use
// (message 1 published, message 3 omitted), so one audited implementation of the SIGMA steps
// (ResponderKeyExchange, InitiatorKeyExchange, SigmaIdentity) serves both. The 4-message request is refused
// with FourMessageOnly (feature-not-implemented on the wire, XEP-0116 §ESession Rejection).
//
// sign_algs is one choice for both sides: Alice should offer only the algorithm of her own key; if Bob picks
// another, complete() fails with NoCommonOptions.
class OnlineInitiator {
public:
    using KeyAcceptor = OfflineAcceptor::KeyAcceptor;

    struct Completion {
        EsessionError error = EsessionError::None;
        Element result; // <feature xmlns='…feature-neg'><x type='result'/></feature>
        std::optional<NegotiatedSession> session;
        bool ok() const { return error == EsessionError::None; }
    };

    // `options` supplies the choices (modp, crypt_algs, hash_algs, sign_algs, stanzas, rekey_freq, otr, ...); its
    // nonce and dhKeys are replaced, expires, match_resource and signs dropped. Errors as
    // OfflineOfferRecord::generate, and MalformedForm without ciphers, hashes, signature algorithms or stanzas.
    static std::optional<OnlineInitiator> create(const OfferForm &options, EsessionError *error = nullptr);
    // OfflineOffer::defaultOptions without expires, as an online request.
    static OfferForm defaultOptions();

    Element request() const; // <feature xmlns='http://jabber.org/protocol/feature-neg'><x type='form'/></feature>
    QByteArray nonce() const { return m_record.nonce(); } // N_A

    // `response` is Bob's <feature/> (or its <x type='submit'/>). Errors: Declined (accept 0), MalformedForm,
    // NonceMismatch, OptionNotOffered, NoCommonOptions, those of InitiatorKeyExchange::verify, CryptoFailure,
    // AlreadyCompleted on any second call (whatever the first one returned: XEP-0116 §ESession Rejection says
    // a failed negotiation is discarded).
    Completion complete(
        const Element &response, const KeyAcceptor &acceptKey, const crypto::PrivateKey &ownKey, const QString &thread);

private:
    explicit OnlineInitiator(OfflineOfferRecord record);
    OfflineOfferRecord m_record; // the offer (N_A, e_i) and the x_i
    Element m_form; // the request form exactly as sent (formA)
    bool m_used = false;
};

} // namespace balcony
