#pragma once

#include "core/Element.h"

#include <QList>
#include <QString>

#include <optional>

namespace balcony {

// Wire shapes of an offline ESession (../shared/notes/esessions.md §8.5, §9.5).
namespace esession {

// <message to=… type='chat'><thread/><init xmlns='…xep-0116.html#ns-init'>…</init>[<c xmlns='…xep-0200.html#ns'/>]
// </message>. Always with a <thread/> (XEP-0155 termination needs it, notes §11 row 17), never with a
// plaintext <body/>, no AMP rule (notes §8.5: AMP cannot express match_resource).
Element offlineInitMessage(
    const QString &to, const QString &thread, const Element &init, const std::optional<Element> &c);
// <message to=… type='chat'><thread/><c/></message> for the following stanzas of the session.
Element encryptedMessage(const QString &to, const QString &thread, const Element &c);

// XEP-0116 §Termination / XEP-0155: the content to encrypt (as the last stanza) that ends a session:
// <feature xmlns='…feature-neg'><x type='submit'>FORM_TYPE urn:xmpp:ssn, terminate 1</x></feature>.
Element terminationContent();
// True if decrypted content (or a plaintext stanza's children) carries that termination form.
bool isTermination(const QList<Element> &content);

} // namespace esession
} // namespace balcony
