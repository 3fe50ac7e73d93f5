#pragma once

// Helpers shared by the encrypted-session suites (tests/esession).

#include "XmlCompare.h"
#include "core/Element.h"
#include "core/XmlWriter.h"
#include "esession/EsessionAlgorithms.h"

#include <QString>

namespace balcony::test {

// Through the wire: serialized and parsed again, as PEP, offline storage or the peer deliver it.
inline Element wire(const Element &element)
{
    return parseFragment(*XmlWriter::serialize(element, esession::clientNs()));
}

// <body/> in jabber:client, the usual content to encrypt.
inline Element body(const QString &text)
{
    Element element(QStringLiteral("body"), esession::clientNs());
    element.setText(text);
    return element;
}

} // namespace balcony::test
