#pragma once

#include "Element.h"

#include <QString>

namespace balcony {

// RFC 6120 §8.3: stanza errors. Parsed from / serialized to <error type='...'><condition xmlns=stanzas/>
// [<text/>] [app-specific]</error>.
struct StanzaError {
    enum class Type { Auth, Cancel, Continue, Modify, Wait };
    enum class Condition {
        BadRequest,
        Conflict,
        FeatureNotImplemented,
        Forbidden,
        Gone,
        InternalServerError,
        ItemNotFound,
        JidMalformed,
        NotAcceptable,
        NotAllowed,
        NotAuthorized,
        PolicyViolation,
        RecipientUnavailable,
        Redirect,
        RegistrationRequired,
        RemoteServerNotFound,
        RemoteServerTimeout,
        ResourceConstraint,
        ServiceUnavailable,
        SubscriptionRequired,
        UndefinedCondition,
        UnexpectedRequest,
    };

    Type type = Type::Cancel;
    Condition condition = Condition::UndefinedCondition;
    QString text;
    QString redirect; // the URI carried by gone/redirect
    QString by; // the 'by' attribute
    Element appCondition; // application-specific condition element, kept verbatim

    static QString typeName(Type type);
    static Type typeFromName(QStringView name, Type fallback = Type::Cancel);
    static QString conditionName(Condition condition);
    static Condition conditionFromName(QStringView name);
    // The RFC's default type for a condition (§8.3.3), used when building errors.
    static Type defaultType(Condition condition);

    // Parses the <error/> child of a stanza (pass the <error/> element itself).
    static StanzaError fromElement(const Element &error);
    Element toElement() const;
    // "service-unavailable: text" for logs and one-line user messages.
    QString describe() const;

    bool operator==(const StanzaError &) const = default;
};

} // namespace balcony
