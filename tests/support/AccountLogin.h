#pragma once

#include "ScriptedTransport.h"
#include "account/Account.h"
#include "core/Element.h"

#include <QList>

namespace balcony::test {

// ScriptedSession's login script (STARTTLS, SCRAM-SHA-1 with the RFC 5802 test nonce, bind to the account's bare
// JID + "/balcony"; the test vector's user name is "user", so the account must be user@<domain>), on an Account's
// own scripted transport: returns every stanza the client wrote from the bind request on (the pipelined
// session start and what followed the bind result). Empty if no bind request came.
QList<Element> loginAccount(Account &account, ScriptedTransport &server);

} // namespace balcony::test
