#pragma once

#include "crypto/DhKeyPair.h"
#include "crypto/SigningKey.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/EsessionError.h"
#include "esession/OfferForm.h"
#include "esession/ResponseForm.h"
#include "esession/SessionKeys.h"
#include "esession/StanzaCipher.h"

#include <QByteArray>

#include <optional>

namespace balcony {

// The responder's (Bob's) half of XEP-0116 v0.16's SIGMA-I exchange, shared by the offline (XEP-0187 §Starting,
// OfflineInitiator) and the online 3-message (§ESession Response, OnlineResponder) paths, which differ only in
// what happens around it:
//  1. per field the first option Balcony supports, in Alice's order (modp >= 5: groups 1 and 2 have 768 and 1024 bits;
//     sign_algs must include the algorithm of Bob's own key; online also 'key' in init_pubkey and resp_pubkey);
//     e in (1, p-1);
//  2. y, d, K = HASH(MPI(e^y mod p)), the six keys (§Generating Session Keys); N_B, C_A (16 random bytes),
//     C_B = C_A XOR 2^127;
//  3. the response form (online: with accept, init_pubkey, resp_pubkey) and Bob's identity over its content
//     (SigmaIdentity::prove, §Hiding Bob's Identity), appended as identity and mac.
class ResponderKeyExchange {
public:
    struct Result {
        EsessionError error = EsessionError::None;
        ResponseForm response; // the choices, N_B, d, N_A, MPI(C_A), identity, mac
        Element form; // response.toElement(): <x xmlns='jabber:x:data' type='submit'/>
        crypto::HashAlgorithm hash = crypto::HashAlgorithm::Sha256;
        std::optional<SessionKeys> keys;
        std::optional<crypto::DhKeyPair> ownValue; // y of the chosen group
        QByteArray peerPublicValue; // MPI(e) of the chosen group
        QByteArray initiatorCounter; // C_A, 16 bytes
        std::optional<StanzaCipher> sending; // KC_B, KM_B, counter after ID_B
        bool ok() const { return error == EsessionError::None; }
    };

    // `terminate` makes the session single-shot (terminate inside the form, covered by macB). Errors:
    // NoCommonOptions, BadPublicValue, CryptoFailure.
    static Result respond(const OfferForm &offer, const crypto::PrivateKey &ownKey, bool terminate = false);
};

} // namespace balcony
