#pragma once

#include "crypto/Hash.h"
#include "crypto/SigningKey.h"
#include "esession/EsessionError.h"
#include "esession/SessionKeys.h"
#include "esession/StanzaCipher.h"

#include <QByteArray>

#include <functional>
#include <optional>

namespace balcony {

// The SIGMA identity proof of XEP-0116 v0.16, one implementation for both directions:
//   §Hiding Bob's Identity / §Hiding Alice's Identity (prove), with `prefix | pubKey | suffix` being
//     Bob:   N_A | N_B | MPI(d) | pubKeyB | formB
//     Alice: N_B | N_A | MPI(e) | pubKeyA | formA | formA2
//   mac  = HMAC(HASH, KS, prefix | pubKey | suffix)
//   sign = <SignatureValue>B64(SIGN(signKey, mac))</SignatureValue>
//   ID   = CIPHER(KC, C, pubKey | sign), C advancing by the blocks used
//   M    = HMAC(HASH, KM, MPI(C before) | ID)
//   §Verifying Bob's Identity / §Verifying Alice's Identity (verify): M first (constant time; the 16-byte padded
//   counter too, as Gajim's XEP-0217 code MACs it), then ID decrypts to <KeyValue/><SignatureValue/>, the key must be
//   accepted by the caller (pinning, XEP-0189) and VERIFY(sign, pubKey, mac).
// pubKey is always the full normalized <KeyValue/> (init_pubkey / resp_pubkey 'key', the only method Balcony
// uses). The proof is made with the keys of `role` (KC_A, KM_A, KS_A for the initiator) and starts the counter
// stream of that direction: the returned cipher continues after ID, for the <c/>s that follow.
class SigmaIdentity {
public:
    enum class Role { Initiator, Responder };
    // Whether this public key may speak for the peer (e.g. the pinned or a verified key of its bare JID).
    using KeyAcceptor = std::function<bool(const crypto::PublicKey &key)>;

    struct Proof {
        EsessionError error = EsessionError::None;
        QByteArray identity; // ID
        QByteArray mac; // M
        std::optional<StanzaCipher> cipher; // this direction, counter after ID
        bool ok() const { return error == EsessionError::None; }
    };
    struct Verified {
        EsessionError error = EsessionError::None;
        crypto::PublicKey key;
        std::optional<StanzaCipher> cipher; // the peer's direction, counter after ID
        bool ok() const { return error == EsessionError::None; }
    };

    // `counter` is the 16-byte C of `role`'s direction before ID.
    static Proof prove(Role role, crypto::HashAlgorithm hash, const SessionKeys &keys, const QByteArray &counter,
        const QByteArray &prefix, const QByteArray &suffix, const crypto::PrivateKey &ownKey);
    // `role` is the PEER's role (whose keys made the proof). Errors: BadMac, BadIdentity, UntrustedPeerKey,
    // BadSignature (also when the key's algorithm is not `algorithm`).
    static Verified verify(Role role, crypto::HashAlgorithm hash, const SessionKeys &keys, const QByteArray &counter,
        const QByteArray &identity, const QByteArray &mac, const QByteArray &prefix, const QByteArray &suffix,
        crypto::SignatureAlgorithm algorithm, const KeyAcceptor &acceptKey);
};

} // namespace balcony
