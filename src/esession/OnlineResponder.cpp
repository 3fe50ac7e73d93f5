#include "esession/OnlineResponder.h"

#include "esession/EsessionAlgorithms.h"
#include "esession/EsessionStanzas.h"
#include "esession/Normalizer.h"
#include "esession/OfferForm.h"
#include "esession/ResponderKeyExchange.h"
#include "esession/ResultForm.h"
#include "esession/SigmaIdentity.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace balcony {

std::pair<OnlineResponder::Response, std::optional<OnlineResponder>> OnlineResponder::respond(
    const Element &request, const crypto::PrivateKey &ownKey)
{
    Response response;
    const Element x = esession::negotiationForm(request);
    EsessionError parseError = EsessionError::MalformedForm;
    const std::optional<OfferForm> offer = x.isNull() ? std::nullopt : OfferForm::fromElement(x, false, &parseError);
    if (!offer) {
        response.error = parseError;
        return { std::move(response), std::nullopt };
    }
    ResponderKeyExchange::Result exchange = ResponderKeyExchange::respond(*offer, ownKey);
    if (!exchange.ok()) {
        response.error = exchange.error;
        return { std::move(response), std::nullopt };
    }
    response.response = esession::featureNegotiation(exchange.form);

    OnlineResponder responder;
    responder.m_agreed = std::move(exchange.response);
    responder.m_formA = Normalizer::formContent(x);
    responder.m_peerNonce = offer->nonce;
    responder.m_peerPublicValue = std::move(exchange.peerPublicValue);
    responder.m_initiatorCounter = std::move(exchange.initiatorCounter);
    responder.m_hash = exchange.hash;
    responder.m_keys = std::move(exchange.keys);
    responder.m_ownValue = std::move(exchange.ownValue);
    responder.m_sending = std::move(exchange.sending);
    return { std::move(response), std::move(responder) };
}

OnlineResponder::Completion OnlineResponder::complete(
    const Element &result, const KeyAcceptor &acceptKey, const QString &thread)
{
    Completion completion;
    const Element x = esession::negotiationForm(result);
    EsessionError parseError = EsessionError::MalformedForm;
    const std::optional<ResultForm> form = x.isNull() ? std::nullopt : ResultForm::fromElement(x, &parseError);
    if (std::exchange(m_used, true)) {
        completion.error = EsessionError::AlreadyCompleted;
    } else if (!form) {
        completion.error = parseError;
    } else if (!form->accept) {
        completion.error = EsessionError::Declined;
    } else if (form->nonce != m_agreed.nonce) {
        completion.error = EsessionError::NonceMismatch;
    }
    if (!completion.ok()) {
        return completion;
    }
    SigmaIdentity::Verified alice = SigmaIdentity::verify(SigmaIdentity::Role::Initiator, m_hash, *m_keys,
        m_initiatorCounter, form->identity, form->mac, QByteArray(m_agreed.nonce + m_peerNonce + m_peerPublicValue),
        QByteArray(m_formA + ResultForm::macContent(x)), *esession::signatureFromName(m_agreed.signAlg), acceptKey);
    if (!alice.ok()) {
        completion.error = alice.error;
        return completion;
    }

    NegotiatedSession &session = completion.session.emplace();
    session.agreed = m_agreed;
    session.initiator = false;
    session.peerKey = alice.key;
    session.thread = thread;
    session.ownKey = std::move(m_ownValue);
    session.peerPublicValue = m_peerPublicValue;
    session.outgoing = std::move(m_sending);
    session.incoming = std::move(alice.cipher);
    return completion;
}

} // namespace balcony
