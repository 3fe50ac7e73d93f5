#pragma once

#include "core/Element.h"
#include "esession/EsessionError.h"

#include <QList>
#include <QString>

#include <optional>

namespace balcony {

// Wire shapes of an offline ESession (XEP-0187 §3.3, §4, §5) and of the online XEP-0116
// 3-message negotiation (§ESession Request, §Sending the Response, §Sending Alice's Identity, §ESession Rejection;
// XEP-0155 §Rejecting a Session).
namespace esession {

// Whether session messages carry XEP-0334 <no-store/> and XEP-0280 <private/>: online negotiation messages and
// online session ciphertext are useless to an archive (MAM) or to other resources (carbons), which have no keys;
// offline (XEP-0187) messages must be stored, so they keep the plain shape.
enum class StorageHints { Allowed, NoStoreNoCopies };

// <message to=… type='chat'><thread/><init xmlns='…xep-0116.html#ns-init'>…</init>[<c xmlns='…xep-0200.html#ns'/>]
// </message>. Always with a <thread/> (XEP-0155 §Terminating a Session needs it), never with a
// plaintext <body/>, no AMP rule (XEP-0079 §match-resource cannot say "store offline, deliver to this
// resource only", XEP-0116 §Open Issues).
Element offlineInitMessage(
    const QString &to, const QString &thread, const Element &init, const std::optional<Element> &c);
// <message to=… type='chat'><thread/><c/></message> for the following stanzas of the session.
Element encryptedMessage(
    const QString &to, const QString &thread, const Element &c, StorageHints hints = StorageHints::Allowed);

// <feature xmlns='http://jabber.org/protocol/feature-neg'>x</feature>.
Element featureNegotiation(const Element &x);
// The <x xmlns='jabber:x:data'/> of a negotiation message, of its <feature/>, or `element` itself if it is the
// form; a null Element if there is none.
Element negotiationForm(const Element &element);
// True if the form answers accept = 0 / false (XEP-0155 §Rejecting a Session: the contact declines).
bool isDeclined(const Element &x);

// The three messages of the online exchange, each to a FULL JID, type normal, with a <thread/> and
// StorageHints::NoStoreNoCopies. The request also carries XEP-0079 <amp per-hop='true'><rule action='drop'
// condition='deliver' value='stored'/></amp>, as XEP-0116 shows: a negotiation stored for later is worthless.
Element onlineRequestMessage(const QString &to, const QString &thread, const Element &feature);
Element onlineResponseMessage(const QString &to, const QString &thread, const Element &feature);
// Alice's result, optionally with the first <c/> of the session (§Sending Alice's Identity).
Element onlineResultMessage(
    const QString &to, const QString &thread, const Element &feature, const std::optional<Element> &c = {});

enum class NegotiationMessage {
    None, // no ESession feature-neg form (or an encrypted session stanza)
    Request, // <x type='form'>: message 1
    Response, // <x type='submit'> (incl. a decline): message 2
    Result, // <x type='result'>: message 3
    Rejection, // type='error' with a <feature/>: the peer refused the negotiation
    Termination, // a plaintext <x type='submit'> with terminate (terminationContent() sent in the clear)
};
NegotiationMessage negotiationMessageKind(const Element &message);

// The reply to a refused online request (XEP-0155 §Rejecting a Session, XEP-0116 §ESession Rejection): <message
// type='error' to=request's from> with its id and <thread/>, the <feature/> echoed, and <error type='cancel'>:
// <feature-not-implemented/> plus <feature><field var='dhhashes'/></feature> for FourMessageOnly (the 4-message
// exchange Balcony does not implement), <not-acceptable/> for everything else.
// Also the answer to an online session stanza that fails to decrypt (XEP-0200 §Decrypting: MAY send
// not-acceptable), which has no <feature/>.
Element negotiationRejection(const Element &request, EsessionError error);

// XEP-0116 §Termination / XEP-0155: the content to encrypt (as the last stanza) that ends a session:
// <feature xmlns='…feature-neg'><x type='submit'>FORM_TYPE urn:xmpp:ssn, terminate 1</x></feature>.
Element terminationContent();
// True if decrypted content (or a plaintext stanza's children) carries that termination form.
bool isTermination(const QList<Element> &content);

} // namespace esession
} // namespace balcony
