#pragma once

#include "core/StanzaError.h"

#include <QString>

namespace balcony {

struct IqResult;

// Why a PubSub request (XEP-0060) failed: the service's stanza error (RFC 6120 §8.3) with the pubsub#errors
// application condition XEP-0060 §7–§8 attaches (precondition-not-met, item-forbidden, ...), or a local
// reason (no answer, stream lost, an answer that makes no sense). `message` is one translated line for the
// user.
struct PubSubError {
    enum class Kind {
        Stanza, // the service answered with an error: see stanzaError and pubsubCondition
        Timeout, // no answer in time
        Disconnected, // the stream was lost (or was not up) before an answer came
        BadResponse, // a result without what XEP-0060 says it carries
    };

    Kind kind = Kind::Stanza;
    StanzaError stanzaError;
    QString pubsubCondition; // the element name in http://jabber.org/protocol/pubsub#errors, or empty
    QString message;

    static QString errorsNs(); // http://jabber.org/protocol/pubsub#errors

    // `what` is the translated description of the request ("publishing to the node “x”").
    static PubSubError fromIqResult(const IqResult &result, const QString &what);
    static PubSubError badResponse(const QString &what);

    bool isStanzaError(StanzaError::Condition condition) const
    {
        return kind == Kind::Stanza && stanzaError.condition == condition;
    }
    // XEP-0060 §7.1.5: publish-options the node's configuration does not satisfy.
    bool isPreconditionNotMet() const;
    // XEP-0060 §7.1.5: the service refused the publish-options form itself. A service advertising publish-options
    // MUST reject a publication with fields it does not know, but no error condition is defined for that:
    // ejabberd 23.01 answers <resource-constraint/> ("Unknown field ..."; it knows only access_model and
    // persist_items), others <bad-request/> or <not-acceptable/> without a pubsub#errors condition, or
    // <feature-not-implemented/> with <unsupported feature='publish-options'/>.
    bool isPublishOptionsRejected() const;
};

} // namespace balcony
