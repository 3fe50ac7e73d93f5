#pragma once

#include "stream/Connection.h"

namespace balcony::cli {

// The process exit codes of balcony-cli; README-exit-codes.md documents them for users.
enum ExitCode : int {
    ExitOk = 0,
    ExitOther = 1,
    ExitBadArguments = 2, // also an invalid JID or a missing password
    ExitConnect = 3, // DNS or TCP connect failure, connection lost
    ExitTls = 4, // TLS handshake or certificate failure
    ExitAuthentication = 5,
    ExitStream = 6, // stream error, resource binding refused
    ExitTimeout = 7,
    ExitNotFound = 8, // roster --remove: not in the roster; deny: no pending request; room: no such room
    ExitRefused = 9, // the server or the contact refused: roster change, subscription, archive query
    ExitNotAcknowledged = 10, // send: not every message was acknowledged in time; they stay in the outbox
    ExitNotEncrypted = 11, // send: encryption required (--encrypt or policy "always") but impossible; not sent
    ExitKeyMismatch = 12, // keys --verify: the fingerprint matches no known key of the contact
    ExitNameTaken = 13, // register: the user name is already registered on the server
    ExitNoAvatar = 14, // avatar get: the contact has no avatar, or it was refused; avatar set: the image was refused
};

ExitCode exitCodeFor(ConnectionError::Kind kind);

// The one-line message for a failed connection (without a program-name prefix). For an untrusted
// certificate it names the fingerprint and the exact trust-cert command (`trustCommand`, which the caller
// builds from its own arguments) that records the user's decision.
QString errorLine(const ConnectionError &error, const QString &domain, const QString &trustCommand);

} // namespace balcony::cli
