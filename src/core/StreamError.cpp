#include "StreamError.h"

#include "StreamHeader.h"

#include <array>

namespace balcony {

namespace {

struct ConditionName {
    StreamErrorCondition condition;
    const char16_t *name;
};

constexpr std::array<ConditionName, 25> conditionNames { {
    { StreamErrorCondition::BadFormat, u"bad-format" },
    { StreamErrorCondition::BadNamespacePrefix, u"bad-namespace-prefix" },
    { StreamErrorCondition::Conflict, u"conflict" },
    { StreamErrorCondition::ConnectionTimeout, u"connection-timeout" },
    { StreamErrorCondition::HostGone, u"host-gone" },
    { StreamErrorCondition::HostUnknown, u"host-unknown" },
    { StreamErrorCondition::ImproperAddressing, u"improper-addressing" },
    { StreamErrorCondition::InternalServerError, u"internal-server-error" },
    { StreamErrorCondition::InvalidFrom, u"invalid-from" },
    { StreamErrorCondition::InvalidNamespace, u"invalid-namespace" },
    { StreamErrorCondition::InvalidXml, u"invalid-xml" },
    { StreamErrorCondition::NotAuthorized, u"not-authorized" },
    { StreamErrorCondition::NotWellFormed, u"not-well-formed" },
    { StreamErrorCondition::PolicyViolation, u"policy-violation" },
    { StreamErrorCondition::RemoteConnectionFailed, u"remote-connection-failed" },
    { StreamErrorCondition::Reset, u"reset" },
    { StreamErrorCondition::ResourceConstraint, u"resource-constraint" },
    { StreamErrorCondition::RestrictedXml, u"restricted-xml" },
    { StreamErrorCondition::SeeOtherHost, u"see-other-host" },
    { StreamErrorCondition::SystemShutdown, u"system-shutdown" },
    { StreamErrorCondition::UndefinedCondition, u"undefined-condition" },
    { StreamErrorCondition::UnsupportedEncoding, u"unsupported-encoding" },
    { StreamErrorCondition::UnsupportedFeature, u"unsupported-feature" },
    { StreamErrorCondition::UnsupportedStanzaType, u"unsupported-stanza-type" },
    { StreamErrorCondition::UnsupportedVersion, u"unsupported-version" },
} };

} // namespace

QString StreamError::conditionName(StreamErrorCondition condition)
{
    for (const auto &entry : conditionNames) {
        if (entry.condition == condition) {
            return QString::fromUtf16(entry.name);
        }
    }
    return QStringLiteral("undefined-condition");
}

StreamErrorCondition StreamError::conditionFromName(QStringView name)
{
    for (const auto &entry : conditionNames) {
        if (name == QStringView(entry.name)) {
            return entry.condition;
        }
    }
    return StreamErrorCondition::UndefinedCondition;
}

StreamError StreamError::fromElement(const Element &error)
{
    StreamError result;
    for (const Element &child : error.childElements()) {
        if (child.ns() != ns::streams) {
            continue; // application-specific condition: kept out, the defined one decides
        }
        if (child.name() == u"text") {
            result.text = child.text();
        } else {
            result.condition = conditionFromName(child.name());
            if (result.condition == StreamErrorCondition::SeeOtherHost) {
                result.seeOtherHost = child.text().trimmed();
            }
        }
    }
    return result;
}

Element StreamError::toElement() const
{
    Element error(QStringLiteral("error"), QString::fromUtf16(ns::stream));
    Element conditionElement(conditionName(condition), QString::fromUtf16(ns::streams));
    if (condition == StreamErrorCondition::SeeOtherHost) {
        conditionElement.appendText(seeOtherHost);
    }
    error.appendChild(conditionElement);
    if (!text.isEmpty()) {
        Element t(QStringLiteral("text"), QString::fromUtf16(ns::streams));
        t.setLang(QStringLiteral("en"));
        t.appendText(text);
        error.appendChild(t);
    }
    return error;
}

} // namespace balcony
