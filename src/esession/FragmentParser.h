#pragma once

#include "core/Element.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace balcony {

// Parses XML that arrived encrypted (XEP-0200 plaintext, XEP-0116 ID_B) through the stream parser, so the
// restricted-XML rules of RFC 6120 §11 (no DTD, PI, comments, foreign entities) and its size/depth limits apply
// exactly as to anything read from the network. The bytes are parsed as the content of one element whose
// default namespace is `defaultNs`; nullopt if they are not well-formed or try to close that element early.
std::optional<QList<Element>> parseEncryptedFragment(QByteArrayView xml, const QString &defaultNs);

} // namespace balcony
