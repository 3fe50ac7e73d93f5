#pragma once

#include "CliOptions.h"

namespace balcony::cli {

// `register JID [--password-stdin] [--field NAME=VALUE]...`: creates the account JID on its server with
// XEP-0077 in-band registration (TLS verified as for login, no authentication). The JID's local part is the
// user name, the password comes from --password-stdin, --password-file or $BALCONY_PASSWORD, --field answers
// any other field of the server's form. Prints `registered JID` (--json: {"jid","registered":true}); a form
// it cannot fill (fields still missing), a web-only server, or a refusal is explained on stderr. Returns the
// exit code.
int registerAccount(const CliOptions &options, const QString &program);

} // namespace balcony::cli
