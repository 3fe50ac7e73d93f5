#pragma once

#include <QString>

namespace balcony {

namespace ns {
inline constexpr auto client = u"jabber:client";
inline constexpr auto stream = u"http://etherx.jabber.org/streams";
inline constexpr auto streams = u"urn:ietf:params:xml:ns:xmpp-streams";
inline constexpr auto stanzas = u"urn:ietf:params:xml:ns:xmpp-stanzas";
inline constexpr auto tls = u"urn:ietf:params:xml:ns:xmpp-tls";
inline constexpr auto sasl = u"urn:ietf:params:xml:ns:xmpp-sasl";
inline constexpr auto bind = u"urn:ietf:params:xml:ns:xmpp-bind";
inline constexpr auto session = u"urn:ietf:params:xml:ns:xmpp-session";
} // namespace ns

// The attributes of an opening <stream:stream> tag (RFC 6120 §4.7).
struct StreamHeader {
    QString from;
    QString to;
    QString id;
    QString version; // "1.0" for RFC 6120 streams
    QString lang; // xml:lang
    QString defaultNs = QString::fromUtf16(ns::client); // the content namespace (jabber:client)
    bool operator==(const StreamHeader &) const = default;
};

} // namespace balcony
