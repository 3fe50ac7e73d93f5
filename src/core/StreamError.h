#pragma once

#include "Element.h"

#include <QString>

namespace balcony {

// RFC 6120 §4.9.3: every defined stream error condition.
enum class StreamErrorCondition {
    BadFormat,
    BadNamespacePrefix,
    Conflict,
    ConnectionTimeout,
    HostGone,
    HostUnknown,
    ImproperAddressing,
    InternalServerError,
    InvalidFrom,
    InvalidNamespace,
    InvalidXml,
    NotAuthorized,
    NotWellFormed,
    PolicyViolation,
    RemoteConnectionFailed,
    Reset,
    ResourceConstraint,
    RestrictedXml,
    SeeOtherHost,
    SystemShutdown,
    UndefinedCondition,
    UnsupportedEncoding,
    UnsupportedFeature,
    UnsupportedStanzaType,
    UnsupportedVersion,
};

// A stream-level error: either received from the peer in <stream:error/>, or detected locally (the parser,
// the negotiator) and then sent to the peer before closing.
struct StreamError {
    StreamErrorCondition condition = StreamErrorCondition::UndefinedCondition;
    QString text; // human-readable detail (optional <text/> child)
    QString seeOtherHost; // the alternate host for SeeOtherHost: "host", "host:port", "[v6]:port"

    static QString conditionName(StreamErrorCondition condition);
    // Unknown names map to UndefinedCondition (RFC 6120 §4.9.3.21: treat as undefined-condition).
    static StreamErrorCondition conditionFromName(QStringView name);

    // Parses a <stream:error/> element (namespace http://etherx.jabber.org/streams).
    static StreamError fromElement(const Element &error);
    // Builds the <stream:error/> element to send.
    Element toElement() const;

    bool operator==(const StreamError &) const = default;
};

} // namespace balcony
