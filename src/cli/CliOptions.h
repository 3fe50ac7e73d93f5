#pragma once

#include "core/Jid.h"
#include "stream/ConnectionSettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace balcony::cli {

enum class Command { Login, Send, Listen, TrustCert };

// Everything one balcony-cli invocation asked for, validated. The password never comes from argv (other
// users can read it in the process list): only from --password-file or $BALCONY_PASSWORD.
struct CliOptions {
    Command command = Command::Login;
    ConnectionSettings settings; // jid (with --resource), password, host, port, TLS, trust
    QString profileDir;
    bool profileGiven = false;
    bool json = false;
    int timeoutMs = -1; // -1: not given
    int count = 0; // listen: stop after this many messages (0: no limit)
    Jid to; // send
    QString text; // send
    QByteArray fingerprint; // trust-cert, normalized
    QString trustWarning; // the profile's trust file could not be read
};

struct ParseOutcome {
    std::optional<CliOptions> options;
    QString error; // one line, for exit code 2
    QString output; // --help / --version text, for exit code 0
};

// Parses and validates `arguments` (argv including the program name); reads the password file, the
// environment, the CA files and the profile's recorded certificate decisions.
ParseOutcome parseArguments(const QStringList &arguments);

// The trust-cert command line that records a decision for `options`' account and profile.
QString trustCommand(const QString &program, const CliOptions &options);

} // namespace balcony::cli
