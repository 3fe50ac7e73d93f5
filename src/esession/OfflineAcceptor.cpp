#include "esession/OfflineAcceptor.h"

#include "core/DataForm.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/InitiatorKeyExchange.h"

using namespace Qt::StringLiterals;

namespace balcony {

OfflineAcceptor::Result OfflineAcceptor::accept(const Element &message, const RecordLookup &lookup,
    ReplayGuard &replayGuard, const KeyAcceptor &acceptKey, const QDateTime &now)
{
    Result result;
    auto fail = [&result](EsessionError error) {
        result.error = error;
        return std::move(result);
    };
    result.thread = message.childText(u"thread");
    const Element x = message.firstChild(u"init", esession::initNs()).firstChild(u"x", DataForm::xmlns());
    EsessionError parseError = EsessionError::MalformedForm;
    std::optional<ResponseForm> parsed = x.isNull() ? std::nullopt : ResponseForm::fromElement(x, &parseError);
    if (!parsed) {
        return fail(parseError);
    }
    result.response = *parsed;
    const ResponseForm &response = result.response;
    if (response.identity.isEmpty() || response.mac.isEmpty()) {
        return fail(EsessionError::MalformedForm);
    }

    const OfflineOfferRecord *record = lookup ? lookup(response.peerNonce) : nullptr;
    const crypto::SecretBytes *x_i = record ? record->privateValue(response.modp) : nullptr;
    if (!x_i) {
        return fail(EsessionError::UnknownNonce);
    }
    if (!record->expires().isValid() || now > record->expires()) {
        return fail(EsessionError::Expired);
    }
    if (replayGuard.wasSeen(response.peerNonce, response.dhKey, response.nonce)) {
        return fail(EsessionError::Replay);
    }
    InitiatorKeyExchange::Result exchange = InitiatorKeyExchange::verify(record->offer(), response, x, *x_i, acceptKey);
    if (!exchange.ok()) {
        return fail(exchange.error);
    }
    replayGuard.remember(response.peerNonce, response.dhKey, response.nonce);
    result.peerKey = exchange.peerKey;
    result.cipher = std::move(exchange.receiving);
    return result;
}

} // namespace balcony
