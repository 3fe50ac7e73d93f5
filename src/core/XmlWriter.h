#pragma once

#include "core/Element.h"
#include "core/StreamHeader.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace balcony {

// Serializes elements to UTF-8 XML that is always well-formed: names are checked against the XML Name
// production, text and attribute values are escaped, and characters XML 1.0 forbids (control characters,
// lone surrogates, U+FFFE/U+FFFF) make serialization fail instead of producing a stream the peer must
// reject (RFC 6120 §11.1, XML 1.0 §2.2).
class XmlWriter {
public:
    // "<?xml version='1.0'?><stream:stream ...>" for an initiating entity (RFC 6120 §4.7).
    static QByteArray streamOpening(const StreamHeader &header);
    static QByteArray streamClosing();

    // Serializes `element` as a child of a context whose default namespace is `contextNs` (jabber:client for
    // stanzas): the xmlns attribute is written only where the namespace changes. Elements in the streams
    // namespace use the "stream:" prefix bound by the stream header. On failure returns nullopt and sets
    // *error (if given) to an English description.
    static std::optional<QByteArray> serialize(
        const Element &element, const QString &contextNs, QString *error = nullptr);
    // For logs and tests only: forbidden characters are replaced with U+FFFD, invalid names kept as they are.
    static QByteArray serializeLossy(const Element &element, const QString &contextNs);

    static bool isXmlChar(char32_t c);
    // XML 1.0 (5th edition) Name production without ':' (an NCName).
    static bool isValidName(QStringView name);
    // True if every character of `text` may appear in an XML 1.0 document.
    static bool isValidText(QStringView text);
};

} // namespace balcony
