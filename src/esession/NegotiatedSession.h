#pragma once

#include "crypto/DhKeyPair.h"
#include "crypto/SigningKey.h"
#include "esession/ResponseForm.h"
#include "esession/StanzaCipher.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace balcony {

// What an online XEP-0116 negotiation hands to the session it opens (EsessionChannel): the agreed options,
// the peer's verified long-term key, the session thread, both directions' XEP-0200 state (keys and the counters
// after the identities, which share each direction's counter stream, XEP-0116 §Hiding Bob's Identity), and the
// Diffie-Hellman values XEP-0200 §Re-Key needs later: the own private value of the agreed group (x for the initiator, y
// for the responder) and the peer's public one (MPI(d) for the initiator, MPI(e) for the responder).
struct NegotiatedSession {
    ResponseForm agreed; // the responder's choices (modp, crypt_algs, hash_algs, rekey_freq, otr, ...)
    bool initiator = false; // this side sent the request (Alice)
    crypto::PublicKey peerKey;
    QString thread;
    std::optional<crypto::DhKeyPair> ownKey;
    QByteArray peerPublicValue;
    std::optional<StanzaCipher> outgoing;
    std::optional<StanzaCipher> incoming;
};

} // namespace balcony
