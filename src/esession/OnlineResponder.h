#pragma once

#include "core/Element.h"
#include "crypto/DhKeyPair.h"
#include "crypto/SigningKey.h"
#include "esession/EsessionError.h"
#include "esession/NegotiatedSession.h"
#include "esession/OfflineAcceptor.h"
#include "esession/ResponseForm.h"
#include "esession/SessionKeys.h"
#include "esession/StanzaCipher.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>

namespace balcony {

// Bob's side of an online ESession, XEP-0116 v0.16 3-message negotiation (see OnlineInitiator for why 3):
//  respond(): §ESession Response: Alice's request parsed (a 4-message request, with dhhashes or sas_algs, is
//    refused with FourMessageOnly), then exactly what an offline responder does (ResponderKeyExchange: choices,
//    e in (1, p-1), y, d, K, the keys, N_B, C_A, C_B = C_A XOR 2^127, macB/signB/ID_B/M_B), answered as
//    <feature xmlns='…feature-neg'><x type='submit'/></feature> with accept, init_pubkey and resp_pubkey 'key';
//  complete(): §ESession Accept (Bob) "Verifying Alice's Identity": accept true, nonce == N_B, M_A (constant
//    time), ID_A decrypts to <KeyValue/><SignatureValue/>, the key accepted by the caller, signA verifies over
//    macA = HMAC(KS_A, N_B | N_A | MPI(e) | pubKeyA | formA | formA2), with formA the request form as Bob received
//    it (so a form altered in transit breaks macA) and formA2 the result form as received.
// On failure the caller answers with esession::negotiationRejection(); the negotiation is then discarded.
class OnlineResponder {
public:
    using KeyAcceptor = OfflineAcceptor::KeyAcceptor;

    struct Response {
        EsessionError error = EsessionError::None;
        Element response; // <feature xmlns='…feature-neg'><x type='submit'/></feature>
        bool ok() const { return error == EsessionError::None; }
    };
    struct Completion {
        EsessionError error = EsessionError::None;
        std::optional<NegotiatedSession> session;
        bool ok() const { return error == EsessionError::None; }
    };

    // `request` is Alice's <feature/> (or its <x type='form'/>). The responder is set exactly when the response is
    // ok. Errors: MalformedForm, UnsupportedGroup, BadRekeyFrequency, FourMessageOnly (from OfferForm), then
    // NoCommonOptions, BadPublicValue, CryptoFailure.
    static std::pair<Response, std::optional<OnlineResponder>> respond(
        const Element &request, const crypto::PrivateKey &ownKey);

    // `result` is Alice's <feature/> (or its <x type='result'/>). Errors: Declined (accept 0), MalformedForm,
    // NonceMismatch, BadMac, BadIdentity, UntrustedPeerKey, BadSignature, AlreadyCompleted on any second call.
    // The session's incoming cipher then decrypts a <c/> in Alice's result message.
    Completion complete(const Element &result, const KeyAcceptor &acceptKey, const QString &thread);

    const ResponseForm &agreed() const { return m_agreed; }

private:
    OnlineResponder() = default;
    ResponseForm m_agreed; // the response as sent (N_B, d, choices)
    QByteArray m_formA; // the normalized content of the request form as received
    QByteArray m_peerNonce; // N_A
    QByteArray m_peerPublicValue; // MPI(e) of the chosen group
    QByteArray m_initiatorCounter; // C_A
    crypto::HashAlgorithm m_hash = crypto::HashAlgorithm::Sha256;
    std::optional<SessionKeys> m_keys;
    std::optional<crypto::DhKeyPair> m_ownValue; // y
    std::optional<StanzaCipher> m_sending; // KC_B, KM_B, counter after ID_B
    bool m_used = false;
};

} // namespace balcony
