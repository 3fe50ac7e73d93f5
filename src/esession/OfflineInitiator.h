#pragma once

#include "core/Element.h"
#include "crypto/SigningKey.h"
#include "esession/EsessionError.h"
#include "esession/ResponseForm.h"
#include "esession/StanzaCipher.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace balcony {

// Bob's side of an offline ESession, XEP-0187 v0.5 §Requesting / §Starting an ESession with XEP-0116 v0.16
// §Diffie-Hellman Preparation (Bob), §Generating Session Keys, §Hiding Bob's Identity:
//  1. one 'signs' value must verify, over the form content without 'signs', with a key the caller trusts
//     for Alice (pinning and XEP-0189 retrieval are the caller's job);
//  2. the options must not have expired;
//  3. per field the first option Balcony supports, in Alice's order (modp >= 5: groups 1 and 2 have 768 and 1024 bits;
//     sign_algs must include the algorithm of Bob's own key); e in (1, p-1);
//  4. y, d, K, the six keys; N_B, C_A (16 random bytes), C_B = C_A XOR 2^127;
//     macB = HMAC(KS_B, N_A | N_B | MPI(d) | pubKeyB | formB), signB = SIGN(macB),
//     ID_B = CIPHER(KC_B, C_B, pubKeyB | signB), M_B = HMAC(KM_B, MPI(C_B) | ID_B).
// The result is the <init/> element and the sending StanzaCipher (KC_B, KM_B, counter after ID_B), which
// encrypts the <c/> of this and every later message of the session.
class OfflineInitiator {
public:
    struct Result {
        EsessionError error = EsessionError::None;
        Element init; // <init xmlns='…xep-0116.html#ns-init'><x type='submit'/></init>
        std::optional<StanzaCipher> cipher; // Bob → Alice
        QString thread; // a fresh random thread id for the session's messages
        // XEP-0187 §3.3: with match_resource in Alice's (signed) options, Bob MUST address every stanza of the
        // session to that resource of hers; empty = her bare JID.
        QString matchResource;
        ResponseForm response; // the choices made (for display and logs)
        bool ok() const { return error == EsessionError::None; }
    };

    // `options` is Alice's <x xmlns='jabber:x:data' type='form'/> as fetched. `terminate` makes the session
    // single-shot (XEP-0187 §Starting: terminate inside the form).
    static Result start(const Element &options, const QList<crypto::PublicKey> &trustedKeys,
        const crypto::PrivateKey &ownKey, const QDateTime &now, bool terminate = false);
};

} // namespace balcony
