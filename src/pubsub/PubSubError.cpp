#include "PubSubError.h"

#include "stream/IqTracker.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace balcony {

QString PubSubError::errorsNs()
{
    return u"http://jabber.org/protocol/pubsub#errors"_s;
}

PubSubError PubSubError::fromIqResult(const IqResult &result, const QString &what)
{
    PubSubError error;
    switch (result.status) {
    case IqResult::Status::Error:
        error.kind = Kind::Stanza;
        error.stanzaError = result.error;
        if (result.error.appCondition.ns() == errorsNs()) {
            error.pubsubCondition = result.error.appCondition.name();
        }
        error.message = QCoreApplication::translate("balcony", "The server refused %1: %2.")
                            .arg(what,
                                error.pubsubCondition.isEmpty()
                                    ? result.error.describe()
                                    : result.error.describe() + u" ("_s + error.pubsubCondition + u')');
        break;
    case IqResult::Status::Timeout:
        error.kind = Kind::Timeout;
        error.message = QCoreApplication::translate("balcony", "The server did not answer %1 in time.").arg(what);
        break;
    case IqResult::Status::Cancelled:
    case IqResult::Status::Result:
        error.kind = Kind::Disconnected;
        error.message
            = QCoreApplication::translate("balcony", "The connection was lost before %1 completed.").arg(what);
        break;
    }
    return error;
}

PubSubError PubSubError::badResponse(const QString &what)
{
    PubSubError error;
    error.kind = Kind::BadResponse;
    error.message = QCoreApplication::translate("balcony", "The server sent an invalid answer to %1.").arg(what);
    return error;
}

bool PubSubError::isPreconditionNotMet() const
{
    // XEP-0060 §7.1.5: <conflict/> with <precondition-not-met xmlns='...pubsub#errors'/>.
    return isStanzaError(StanzaError::Condition::Conflict) && pubsubCondition == u"precondition-not-met";
}

bool PubSubError::isPublishOptionsRejected() const
{
    if (kind != Kind::Stanza) {
        return false;
    }
    switch (stanzaError.condition) {
    case StanzaError::Condition::ResourceConstraint:
    case StanzaError::Condition::BadRequest:
    case StanzaError::Condition::NotAcceptable:
        // With a pubsub#errors condition the error is about something else (payload-too-big, invalid-payload,
        // item-required ...), which no configuration changes.
        return pubsubCondition.isEmpty();
    case StanzaError::Condition::FeatureNotImplemented:
        return pubsubCondition == u"unsupported"
            && stanzaError.appCondition.attribute(u"feature") == u"publish-options";
    default:
        return false;
    }
}

} // namespace balcony
