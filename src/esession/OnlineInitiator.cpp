#include "esession/OnlineInitiator.h"

#include "core/DataForm.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/EsessionStanzas.h"
#include "esession/InitiatorKeyExchange.h"
#include "esession/Normalizer.h"
#include "esession/OfflineOffer.h"
#include "esession/ResultForm.h"
#include "esession/SigmaIdentity.h"

using namespace Qt::StringLiterals;

namespace balcony {

OnlineInitiator::OnlineInitiator(OfflineOfferRecord record)
    : m_record(std::move(record))
    , m_form(m_record.offer().toElement())
{
}

OfferForm OnlineInitiator::defaultOptions()
{
    OfferForm options = OfflineOffer::defaultOptions(QDateTime());
    options.online = true;
    return options;
}

std::optional<OnlineInitiator> OnlineInitiator::create(const OfferForm &options, EsessionError *error)
{
    if (options.cryptAlgs.isEmpty() || options.hashAlgs.isEmpty() || options.signAlgs.isEmpty()
        || options.stanzas.isEmpty()) {
        if (error) {
            *error = EsessionError::MalformedForm;
        }
        return std::nullopt;
    }
    OfferForm prepared = options;
    prepared.online = true;
    prepared.expires = QDateTime();
    prepared.matchResource.clear();
    prepared.signatures.clear();
    std::optional<OfflineOfferRecord> record = OfflineOfferRecord::generate(prepared, error);
    if (!record) {
        return std::nullopt;
    }
    return OnlineInitiator(std::move(*record));
}

Element OnlineInitiator::request() const
{
    return esession::featureNegotiation(m_form);
}

OnlineInitiator::Completion OnlineInitiator::complete(
    const Element &response, const KeyAcceptor &acceptKey, const crypto::PrivateKey &ownKey, const QString &thread)
{
    Completion completion;
    auto fail = [&completion](EsessionError error) {
        completion.error = error;
        return std::move(completion);
    };
    if (m_used) {
        return fail(EsessionError::AlreadyCompleted);
    }
    m_used = true;

    const Element x = esession::negotiationForm(response);
    if (esession::isDeclined(x)) {
        return fail(EsessionError::Declined);
    }
    EsessionError parseError = EsessionError::MalformedForm;
    const std::optional<ResponseForm> parsed = x.isNull() ? std::nullopt : ResponseForm::fromElement(x, &parseError);
    if (!parsed) {
        return fail(parseError);
    }
    if (parsed->peerNonce != m_record.nonce()) {
        return fail(EsessionError::NonceMismatch);
    }
    const OfferForm &offer = m_record.offer();
    const qsizetype groupIndex = offer.modp.indexOf(parsed->modp);
    const crypto::SecretBytes *privateValue = m_record.privateValue(parsed->modp);
    if (groupIndex < 0 || !privateValue) {
        return fail(EsessionError::OptionNotOffered);
    }
    InitiatorKeyExchange::Result exchange = InitiatorKeyExchange::verify(offer, *parsed, x, *privateValue, acceptKey);
    if (!exchange.ok()) {
        return fail(exchange.error);
    }
    if (esession::signatureFromName(parsed->signAlg) != ownKey.algorithm()) {
        return fail(EsessionError::NoCommonOptions);
    }

    // Alice's identity over formA (her request as sent) and formA2 (this result form without identity/mac).
    ResultForm result;
    result.nonce = parsed->nonce;
    const QByteArray formA2 = ResultForm::macContent(result.toElement());
    SigmaIdentity::Proof proof = SigmaIdentity::prove(SigmaIdentity::Role::Initiator, exchange.hash, *exchange.keys,
        exchange.initiatorCounter, QByteArray(parsed->nonce + offer.nonce + offer.dhKeys[groupIndex]),
        QByteArray(Normalizer::formContent(m_form) + formA2), ownKey);
    if (!proof.ok()) {
        return fail(proof.error);
    }
    result.identity = proof.identity;
    result.mac = proof.mac;
    completion.result = esession::featureNegotiation(result.toElement());

    NegotiatedSession &session = completion.session.emplace();
    session.agreed = *parsed;
    session.initiator = true;
    session.peerKey = exchange.peerKey;
    session.thread = thread;
    session.ownKey = std::move(exchange.ownValue);
    session.peerPublicValue = parsed->dhKey;
    session.outgoing = std::move(proof.cipher);
    session.incoming = std::move(exchange.receiving);
    return completion;
}

} // namespace balcony
