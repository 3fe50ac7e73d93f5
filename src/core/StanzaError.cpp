#include "StanzaError.h"

#include "StreamHeader.h"

#include <array>

namespace balcony {

namespace {

struct ConditionInfo {
    StanzaError::Condition condition;
    const char16_t *name;
    StanzaError::Type defaultType;
};

using C = StanzaError::Condition;
using T = StanzaError::Type;

// RFC 6120 §8.3.3: the defined conditions with the error type each subsection names as typical.
constexpr std::array<ConditionInfo, 22> conditions { {
    { C::BadRequest, u"bad-request", T::Modify },
    { C::Conflict, u"conflict", T::Cancel },
    { C::FeatureNotImplemented, u"feature-not-implemented", T::Cancel },
    { C::Forbidden, u"forbidden", T::Auth },
    { C::Gone, u"gone", T::Cancel },
    { C::InternalServerError, u"internal-server-error", T::Cancel },
    { C::ItemNotFound, u"item-not-found", T::Cancel },
    { C::JidMalformed, u"jid-malformed", T::Modify },
    { C::NotAcceptable, u"not-acceptable", T::Modify },
    { C::NotAllowed, u"not-allowed", T::Cancel },
    { C::NotAuthorized, u"not-authorized", T::Auth },
    { C::PolicyViolation, u"policy-violation", T::Modify },
    { C::RecipientUnavailable, u"recipient-unavailable", T::Wait },
    { C::Redirect, u"redirect", T::Modify },
    { C::RegistrationRequired, u"registration-required", T::Auth },
    { C::RemoteServerNotFound, u"remote-server-not-found", T::Cancel },
    { C::RemoteServerTimeout, u"remote-server-timeout", T::Wait },
    { C::ResourceConstraint, u"resource-constraint", T::Wait },
    { C::ServiceUnavailable, u"service-unavailable", T::Cancel },
    { C::SubscriptionRequired, u"subscription-required", T::Auth },
    { C::UndefinedCondition, u"undefined-condition", T::Cancel },
    { C::UnexpectedRequest, u"unexpected-request", T::Wait },
} };

struct TypeName {
    StanzaError::Type type;
    const char16_t *name;
};

// RFC 6120 §8.3.2: the values of the 'type' attribute.
constexpr std::array<TypeName, 5> typeNames { {
    { T::Auth, u"auth" },
    { T::Cancel, u"cancel" },
    { T::Continue, u"continue" },
    { T::Modify, u"modify" },
    { T::Wait, u"wait" },
} };

const ConditionInfo *findCondition(QStringView name)
{
    for (const auto &entry : conditions) {
        if (name == QStringView(entry.name)) {
            return &entry;
        }
    }
    return nullptr;
}

bool carriesUri(StanzaError::Condition condition)
{
    // RFC 6120 §8.3.3.5 and §8.3.3.14: gone and redirect may carry the new address as XML character data.
    return condition == C::Gone || condition == C::Redirect;
}

} // namespace

QString StanzaError::typeName(Type type)
{
    for (const auto &entry : typeNames) {
        if (entry.type == type) {
            return QString::fromUtf16(entry.name);
        }
    }
    return QStringLiteral("cancel");
}

StanzaError::Type StanzaError::typeFromName(QStringView name, Type fallback)
{
    for (const auto &entry : typeNames) {
        if (name == QStringView(entry.name)) {
            return entry.type;
        }
    }
    return fallback;
}

QString StanzaError::conditionName(Condition condition)
{
    for (const auto &entry : conditions) {
        if (entry.condition == condition) {
            return QString::fromUtf16(entry.name);
        }
    }
    return QStringLiteral("undefined-condition");
}

StanzaError::Condition StanzaError::conditionFromName(QStringView name)
{
    const ConditionInfo *info = findCondition(name);
    return info ? info->condition : Condition::UndefinedCondition;
}

StanzaError::Type StanzaError::defaultType(Condition condition)
{
    for (const auto &entry : conditions) {
        if (entry.condition == condition) {
            return entry.defaultType;
        }
    }
    return Type::Cancel;
}

StanzaError StanzaError::fromElement(const Element &error)
{
    StanzaError result;
    bool haveCondition = false;
    bool haveText = false;
    for (const Element &child : error.childElements()) {
        if (child.ns() != ns::stanzas) {
            // RFC 6120 §8.3.2: any element in another namespace is an application-specific condition.
            if (result.appCondition.isNull()) {
                result.appCondition = child;
            }
            continue;
        }
        if (child.name() == u"text") {
            if (!haveText) {
                result.text = child.text();
                haveText = true;
            }
        } else if (!haveCondition) {
            // An unknown element in the stanzas namespace is treated as undefined-condition, the catch-all.
            result.condition = conditionFromName(child.name());
            if (carriesUri(result.condition)) {
                result.redirect = child.text().trimmed();
            }
            haveCondition = true;
        }
    }
    // A missing or unknown type is a protocol violation by the sender; fall back to what the condition
    // usually means rather than guessing "cancel" for everything.
    result.type = typeFromName(error.attribute(u"type"), defaultType(result.condition));
    result.by = error.attribute(u"by");
    return result;
}

Element StanzaError::toElement() const
{
    const QString stanzasNs = QString::fromUtf16(ns::stanzas);
    Element error(QStringLiteral("error"), QString::fromUtf16(ns::client));
    error.setAttribute(QStringLiteral("type"), typeName(type));
    if (!by.isEmpty()) {
        error.setAttribute(QStringLiteral("by"), by);
    }
    Element conditionElement(conditionName(condition), stanzasNs);
    if (carriesUri(condition) && !redirect.isEmpty()) {
        conditionElement.appendText(redirect);
    }
    error.appendChild(conditionElement);
    if (!text.isEmpty()) {
        error.appendTextChild(QStringLiteral("text"), stanzasNs, text);
    }
    if (!appCondition.isNull()) {
        error.appendChild(appCondition);
    }
    return error;
}

QString StanzaError::describe() const
{
    QString out = conditionName(condition);
    if (!text.isEmpty()) {
        out += QStringLiteral(": ") + text;
    }
    if (!redirect.isEmpty()) {
        out += QStringLiteral(" (") + redirect + u')';
    }
    return out;
}

} // namespace balcony
