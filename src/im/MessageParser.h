#pragma once

#include "ChatState.h"
#include "core/Element.h"
#include "core/Jid.h"
#include "core/StanzaError.h"
#include "storage/StoredMessage.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace balcony {

// One received <message/> (RFC 6121 §5) with what the IM extensions add, seen from one account:
// XEP-0359 origin-id and stanza-id, XEP-0203 delay, XEP-0184 receipt request/receipt, XEP-0085 chat state,
// XEP-0333 markable/displayed, XEP-0308 replace.
struct ParsedMessage {
    // Ready for HistoryStore::insert(): direction and conversation are relative to the account, sentTime is
    // the delay stamp (or `now`), receivedTime is `now`, state is Received for incoming and AckedByServer for
    // outgoing copies (carbons, archive), stanzaXml is the whole stanza.
    StoredMessage stored;
    QString subject;
    bool receiptRequested = false; // XEP-0184 <request/>
    QString receiptFor; // XEP-0184 <received id/>: the id of the message it confirms
    QString displayedFor; // XEP-0333 <displayed id/>: the id of the message the sender displayed
    QString replaces; // XEP-0308 <replace id/>: the id of the message this one corrects
    ChatState chatState = ChatState::None;
    std::optional<StanzaError> error; // type='error'

    // Whether it carries something for the history (a body, or a subject outside of chats); receipts and
    // chat states alone are not stored.
    bool hasContent() const;
};

// XEP-0313 §4.2: one <result id=''><forwarded><delay stamp=''/><message/></forwarded></result> of an archive
// query, unwrapped.
struct ArchivedResult {
    QString id; // the archive's id of the message (the RSM position)
    Element message; // the archived <message/>
    QDateTime archived; // the <delay/> stamp: when the archive got it (null if missing or invalid)
};

// Parsing and timestamps for the message layer. Pure functions: the modules decide what to trust.
class MessageParser {
public:
    // Parses `message` (a <message/> element, already unwrapped from any carbon or archive envelope) as
    // seen by the account `ownJid`. nullopt if it is not a <message/> or its addresses are invalid.
    //
    // XEP-0359 §4 (security): a <stanza-id/> is taken only if its 'by' is the account's bare JID (our
    // server, which strips foreign ones with that 'by' per §5), or the room for type groupchat; anyone can
    // put any other <stanza-id/> in a message, and trusting it would let them poison de-duplication.
    // A message without 'from' comes from the account's server on its behalf (RFC 6120 §8.1.2.1): it is
    // treated as from the bare JID.
    static std::optional<ParsedMessage> parse(const Element &message, const Jid &ownJid, const QDateTime &now);

    // `result` as an archive result; nullopt without an id or without a forwarded <message/> (ignored then).
    static std::optional<ArchivedResult> parseArchiveResult(const Element &result);

    // XEP-0082 date-time ("2002-09-10T23:08:25Z", optional fraction and offset) in UTC; null if invalid.
    static QDateTime parseStamp(QStringView text);
    // XEP-0082 date-time in UTC with milliseconds.
    static QString formatStamp(const QDateTime &time);
};

} // namespace balcony
