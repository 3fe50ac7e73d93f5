#include "CliOptions.h"

#include "stream/CertificateTrust.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace balcony::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("balcony", text);
}

QString readPasswordFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the password file %1: %2").arg(path, file.errorString());
        return {};
    }
    // The first line, without its line break: `echo secret > file` must work.
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return QString::fromUtf8(line);
}

struct Parser {
    QCommandLineParser parser;
    QCommandLineOption jid { u"jid"_s, tr("The account's JID (user@domain)."), u"JID"_s };
    QCommandLineOption passwordFile { u"password-file"_s,
        tr("Read the password from the first line of FILE (otherwise from the "
           "BALCONY_PASSWORD environment variable)."),
        u"FILE"_s };
    QCommandLineOption host { u"host"_s, tr("Connect to HOST instead of looking up SRV records."), u"HOST"_s };
    QCommandLineOption port { u"port"_s, tr("Connect to PORT."), u"PORT"_s };
    QCommandLineOption directTls { u"direct-tls"_s, tr("TLS from the first byte (XEP-0368) instead of STARTTLS.") };
    QCommandLineOption caFile { u"ca-file"_s, tr("Also trust the CA certificates in this PEM file (may repeat)."),
        u"PEM"_s };
    QCommandLineOption profile { u"profile"_s, tr("The profile directory (certificate decisions)."), u"DIR"_s };
    QCommandLineOption resource { u"resource"_s, tr("The resource to request."), u"RESOURCE"_s };
    QCommandLineOption json { u"json"_s, tr("Machine-readable output.") };
    QCommandLineOption timeout { u"timeout"_s,
        tr("login/send: give up after S seconds (default 30); listen: stop after S "
           "seconds."),
        u"S"_s };
    QCommandLineOption count { u"count"_s, tr("listen: exit after N messages."), u"N"_s };
    QCommandLineOption fingerprint { u"fingerprint"_s,
        tr("trust-cert: the SHA-256 fingerprint (hex) of the certificate to trust."), u"HEX"_s };

    Parser()
    {
        parser.setApplicationDescription(tr("Headless XMPP client on the Balcony engine."));
        parser.addPositionalArgument(u"command"_s, tr("login | send JID TEXT | listen | trust-cert"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions(
            { jid, passwordFile, host, port, directTls, caFile, profile, resource, json, timeout, count, fingerprint });
    }
};

std::optional<Command> commandFromName(const QString &name)
{
    if (name == u"login") {
        return Command::Login;
    }
    if (name == u"send") {
        return Command::Send;
    }
    if (name == u"listen") {
        return Command::Listen;
    }
    if (name == u"trust-cert") {
        return Command::TrustCert;
    }
    return std::nullopt;
}

} // namespace

ParseOutcome parseArguments(const QStringList &arguments)
{
    Parser p;
    ParseOutcome outcome;
    if (!p.parser.parse(arguments)) {
        outcome.error = p.parser.errorText();
        return outcome;
    }
    if (p.parser.isSet(u"help"_s)) {
        outcome.output = p.parser.helpText();
        return outcome;
    }
    if (p.parser.isSet(u"version"_s)) {
        outcome.output
            = QCoreApplication::applicationName() + u" "_s + QCoreApplication::applicationVersion() + u"\n"_s;
        return outcome;
    }
    const QStringList positional = p.parser.positionalArguments();
    if (positional.isEmpty()) {
        outcome.error = tr("No command given: use login, send, listen or trust-cert.");
        return outcome;
    }
    const auto command = commandFromName(positional.first());
    if (!command) {
        outcome.error = tr("Unknown command '%1': use login, send, listen or trust-cert.").arg(positional.first());
        return outcome;
    }
    CliOptions o;
    o.command = *command;
    const qsizetype expectedPositional = o.command == Command::Send ? 3 : 1;
    if (positional.size() != expectedPositional) {
        outcome.error = o.command == Command::Send ? tr("Usage: send --jid JID RECIPIENT TEXT")
                                                   : tr("Unexpected argument '%1'.").arg(positional.value(1));
        return outcome;
    }

    if (!p.parser.isSet(p.jid)) {
        outcome.error = tr("--jid is required.");
        return outcome;
    }
    QString why;
    const auto jid = Jid::parse(p.parser.value(p.jid), &why);
    if (!jid || jid->local().isEmpty()) {
        outcome.error = tr("Invalid JID '%1': %2")
                            .arg(p.parser.value(p.jid), why.isEmpty() ? tr("an account needs user@domain") : why);
        return outcome;
    }
    o.settings.jid = *jid;
    if (p.parser.isSet(p.resource)) {
        o.settings.jid = jid->withResource(p.parser.value(p.resource));
        if (o.settings.jid.isNull()) {
            outcome.error = tr("Invalid resource '%1'.").arg(p.parser.value(p.resource));
            return outcome;
        }
    }

    o.profileGiven = p.parser.isSet(p.profile);
    o.profileDir = o.profileGiven
        ? p.parser.value(p.profile)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles/"_s + jid->bareString();
    o.json = p.parser.isSet(p.json);

    if (o.command == Command::TrustCert) {
        o.fingerprint = CertificateTrust::normalizedFingerprint(p.parser.value(p.fingerprint).toLatin1());
        if (o.fingerprint.isEmpty()) {
            outcome.error = tr("trust-cert needs --fingerprint with a SHA-256 fingerprint in hex (64 digits).");
            return outcome;
        }
        outcome.options = o;
        return outcome;
    }
    if (p.parser.isSet(p.fingerprint)) {
        outcome.error = tr("--fingerprint is only for trust-cert.");
        return outcome;
    }

    if (p.parser.isSet(p.passwordFile)) {
        QString error;
        o.settings.password = readPasswordFile(p.parser.value(p.passwordFile), &error);
        if (!error.isEmpty()) {
            outcome.error = error;
            return outcome;
        }
    } else {
        o.settings.password = qEnvironmentVariable("BALCONY_PASSWORD");
    }
    if (o.settings.password.isEmpty()) {
        outcome.error = tr("No password: use --password-file FILE or set BALCONY_PASSWORD.");
        return outcome;
    }

    o.settings.host = p.parser.value(p.host);
    if (p.parser.isSet(p.port)) {
        bool ok = false;
        const uint port = p.parser.value(p.port).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            outcome.error = tr("Invalid port '%1'.").arg(p.parser.value(p.port));
            return outcome;
        }
        o.settings.port = quint16(port);
    }
    o.settings.directTls = p.parser.isSet(p.directTls);
    for (const QString &file : p.parser.values(p.caFile)) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(file, QSsl::Pem);
        if (certs.isEmpty()) {
            outcome.error = tr("No PEM certificate could be read from %1.").arg(file);
            return outcome;
        }
        o.settings.extraCaCertificates += certs;
    }
    if (p.parser.isSet(p.timeout)) {
        bool ok = false;
        const double seconds = p.parser.value(p.timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600 * 365) {
            outcome.error = tr("Invalid timeout '%1' (seconds).").arg(p.parser.value(p.timeout));
            return outcome;
        }
        o.timeoutMs = int(seconds * 1000);
    }
    if (p.parser.isSet(p.count)) {
        bool ok = false;
        o.count = p.parser.value(p.count).toInt(&ok);
        if (!ok || o.count <= 0 || o.command != Command::Listen) {
            outcome.error = tr("--count N (N > 0) is only for listen.");
            return outcome;
        }
    }
    if (o.command == Command::Send) {
        const auto to = Jid::parse(positional.at(1), &why);
        if (!to) {
            outcome.error = tr("Invalid recipient '%1': %2").arg(positional.at(1), why);
            return outcome;
        }
        o.to = *to;
        o.text = positional.at(2);
    }

    // A session ends in the CLI's own terms (exit codes); only listen is a long-lived session that
    // should survive a server restart.
    o.settings.autoReconnect = o.command == Command::Listen;
    if (o.command != Command::Listen && o.timeoutMs > 0) {
        o.settings.connectTimeoutMs = o.timeoutMs;
    }

    CertificateTrust trust(o.profileDir);
    if (!trust.errorString().isEmpty()) {
        o.trustWarning = trust.errorString();
    }
    o.settings.trustedFingerprints = trust.fingerprints(o.settings.jid.domain());

    outcome.options = o;
    return outcome;
}

// POSIX shell quoting, so the printed command can be pasted as it is.
static QString shellQuoted(const QString &word)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:@%+=,-]+$"_s);
    if (plain.match(word).hasMatch()) {
        return word;
    }
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

QString trustCommand(const QString &program, const CliOptions &options)
{
    QString command = shellQuoted(program) + u" trust-cert --jid "_s + shellQuoted(options.settings.jid.bareString());
    if (options.profileGiven) {
        command += u" --profile "_s + shellQuoted(options.profileDir);
    }
    return command;
}

} // namespace balcony::cli
