#pragma once

#include "core/Element.h"
#include "crypto/SigningKey.h"
#include "esession/EsessionError.h"
#include "esession/OfflineOfferRecord.h"
#include "esession/ReplayGuard.h"
#include "esession/ResponseForm.h"
#include "esession/SigmaIdentity.h"
#include "esession/StanzaCipher.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace balcony {

// Alice's side when she comes back online, XEP-0187 v0.5 §3.4 Accepting Offline ESessions:
//  find the offer record by the echoed nonce (N_A) and x by modp; refuse after expires (even stanzas that
//  arrived in time, as the XEP is worded); refuse a d or N_B already seen for this offer (ReplayGuard); then
//  the checks the online exchange shares (InitiatorKeyExchange): Bob's choices among the offered ones and
//  rekey_freq not below hers; 1 < d < p-1; K = HASH(MPI(d^x mod p)); M_B == HMAC(KM_B, MPI(C_B) | ID_B) in
//  constant time; ID_B decrypts to <KeyValue/><SignatureValue/>; the key must be accepted by `acceptKey`
//  (pinning is the caller's job); signB must verify over macB = HMAC(KS_B, N_A | N_B | MPI(d) | pubKeyB | formB).
// On success the replay guard remembers d and N_B, and the receiving StanzaCipher (KC_B, KM_B, counter
// after ID_B) decrypts the message's <c/> and the following ones, in order. Every failure is silent on the
// wire (XEP-0187: terminate without an error); `error` says why for the user.
class OfflineAcceptor {
public:
    // The record for N_A, or nullptr if this client has none (another client's options, or discarded).
    using RecordLookup = std::function<const OfflineOfferRecord *(QByteArrayView offerNonce)>;
    // Whether this public key may speak for the sender (e.g. it is the pinned or a verified key of the
    // sender's bare JID).
    using KeyAcceptor = SigmaIdentity::KeyAcceptor;

    struct Result {
        EsessionError error = EsessionError::None;
        std::optional<StanzaCipher> cipher; // Bob → Alice
        crypto::PublicKey peerKey;
        QString thread;
        ResponseForm response;
        bool ok() const { return error == EsessionError::None; }
    };

    // `message` is the whole <message/> (its <thread/> and <init/> are used; a <c/> in it is left to the
    // caller's cipher, after success).
    static Result accept(const Element &message, const RecordLookup &lookup, ReplayGuard &replayGuard,
        const KeyAcceptor &acceptKey, const QDateTime &now);
};

} // namespace balcony
