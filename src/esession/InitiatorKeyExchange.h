#pragma once

#include "core/Element.h"
#include "crypto/DhKeyPair.h"
#include "crypto/SigningKey.h"
#include "esession/EsessionError.h"
#include "esession/OfferForm.h"
#include "esession/ResponseForm.h"
#include "esession/SessionKeys.h"
#include "esession/SigmaIdentity.h"
#include "esession/StanzaCipher.h"

#include <QByteArray>

#include <optional>

namespace balcony {

// The initiator's (Alice's) check of the responder's form, XEP-0116 v0.16 §ESession Accept (Alice):
// §Diffie-Hellman Preparation (Alice) and §Verifying Bob's Identity, shared by the offline (XEP-0187 §Accepting,
// OfflineAcceptor) and the online 3-message (OnlineInitiator) paths:
//  Bob's choices must be among the offered ones (online also init_pubkey and resp_pubkey, 'key' only) and
//  rekey_freq not below hers; 1 < d < p-1; K = HASH(MPI(d^x mod p)), the six keys; C_B = C_A XOR 2^127; then
//  SigmaIdentity::verify: M_B, ID_B, the key accepted by `acceptKey`, signB over
//  macB = HMAC(KS_B, N_A | N_B | MPI(d) | pubKeyB | formB), formB taken from the form exactly as received.
// Looking up x, expiry, replays and nonces are the callers' concerns.
class InitiatorKeyExchange {
public:
    struct Result {
        EsessionError error = EsessionError::None;
        crypto::HashAlgorithm hash = crypto::HashAlgorithm::Sha256;
        std::optional<SessionKeys> keys;
        std::optional<crypto::DhKeyPair> ownValue; // x of the chosen group
        QByteArray initiatorCounter; // C_A, 16 bytes
        crypto::PublicKey peerKey;
        std::optional<StanzaCipher> receiving; // KC_B, KM_B, counter after ID_B
        bool ok() const { return error == EsessionError::None; }
    };

    // `form` is the <x type='submit'/> `response` was parsed from; `privateValue` is MPI(x) of response.modp.
    // Errors: MalformedForm, OptionNotOffered, BadRekeyFrequency, UnsupportedGroup, BadPublicValue, CryptoFailure
    // and those of SigmaIdentity::verify.
    static Result verify(const OfferForm &offer, const ResponseForm &response, const Element &form,
        const crypto::SecretBytes &privateValue, const SigmaIdentity::KeyAcceptor &acceptKey);
};

} // namespace balcony
