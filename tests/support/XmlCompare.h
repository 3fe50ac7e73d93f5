#pragma once

#include "core/Element.h"

#include <QByteArray>
#include <QString>

namespace balcony::test {

// Parses a standalone XML fragment (one element, namespaces declared inline or inherited from
// `contextNs`) into an Element; QFAIL-style callers check isNull().
Element parseFragment(const QByteArray &xml, const QString &contextNs = QStringLiteral("jabber:client"));

// Canonical form for comparing XML in tests: attributes sorted, whitespace-only text between elements
// dropped, namespaces written on each element where they change.
QString normalize(const Element &element, const QString &contextNs = QStringLiteral("jabber:client"));
QString normalize(const QByteArray &xml, const QString &contextNs = QStringLiteral("jabber:client"));

} // namespace balcony::test
