#pragma once

#include "core/Element.h"
#include "storage/StoredMessage.h"

#include <QString>
#include <QUrl>

namespace balcony {

// XEP-0066 out-of-band data in messages: what makes a message a "file message". A message is one when it carries
// <x xmlns='jabber:x:oob'><url>U</url></x> and its body is exactly U (XEP-0363 §5, what other clients show
// inline); anything else with an <x/> is an ordinary message whose body is shown as text.
class FileMessage {
public:
    static QString oobXmlns(); // jabber:x:oob
    // Characters of a URL beyond which it is not taken as a file (a URL of a real upload service is far shorter).
    static constexpr qsizetype maxUrlLength() { return 4096; }

    static Element oobElement(const QUrl &url);
    // The file URL of a <message/> element: the <x/>'s URL when the body equals it and it is a valid https URL
    // no longer than maxUrlLength(); empty otherwise.
    static QUrl urlOf(const Element &message);
    // The same for a history row (from its stanzaXml); empty for rows without the stanza or not file messages.
    // An end-to-end encrypted row whose body is exactly one aesgcm:// link (XEP-0454, AesGcmLink) gives that link;
    // such a link in a clear row is never a file (its key travelled in the clear).
    static QUrl urlOf(const StoredMessage &message);
    // The file name a URL names (its last path segment, percent-decoded), or "file" when it has none.
    static QString fileName(const QUrl &url);
};

} // namespace balcony
