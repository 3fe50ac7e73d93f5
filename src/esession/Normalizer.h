#pragma once

#include "core/Element.h"

#include <QByteArray>
#include <QStringList>

namespace balcony {

// XEP-0116 v0.16 §Implementation Notes "XML Normalization" (same rules as v0.12 §Signature Generation), the
// form of XML that ESession signatures and MACs are computed over:
// - character data between elements is removed (whitespace-only text next to child elements); text of leaf
//   elements such as <value/> is kept as it is;
// - attributes in lexicographic order (namespace-less ones first, as W3C C14N orders them), values in double
//   quotes, a single space before each;
// - empty elements as start-end pairs, no character references beyond C14N's escapes, no xmlns attributes
//   and no namespace prefixes (xml:lang keeps its reserved "xml:" prefix, as C14N does);
// - C14N escaping: text & < > CR; attribute values & < " TAB LF CR.
// The output is UTF-8.
class Normalizer {
public:
    static QByteArray normalize(const Element &element);
    // "The content of the form": the normalized child elements of <x xmlns='jabber:x:data'/> in document
    // order, without the <x/> tags, skipping <field/>s whose var is in `excludedVars` (e.g. signs, or
    // identity and mac).
    static QByteArray formContent(const Element &x, const QStringList &excludedVars = {});
};

} // namespace balcony
