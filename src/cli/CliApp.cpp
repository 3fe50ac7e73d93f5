#include "CliApp.h"

#include "CliHistory.h"
#include "CliLocal.h"
#include "CliOptions.h"
#include "CliRegister.h"
#include "CliSession.h"
#include "ExitCode.h"
#include "stream/CertificateTrust.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace balcony::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("balcony", text);
}

void printError(const QString &message)
{
    QTextStream(stderr) << u"balcony-cli: "_s << message << Qt::endl;
}

// trust-cert: the user's explicit, recorded decision (the only way an unverifiable certificate is accepted).
int trustCertificate(const CliOptions &options)
{
    CertificateTrust trust(options.profileDir);
    const QString domain = options.settings.jid.domain();
    if (!trust.trustFingerprint(domain, options.fingerprint)) {
        printError(tr("Cannot record the decision in %1: %2").arg(trust.filePath(), trust.errorString()));
        return ExitOther;
    }
    QTextStream(stdout) << tr("Trusted the certificate %1 for %2 (recorded in %3).")
                               .arg(CertificateTrust::displayFingerprint(options.fingerprint), domain, trust.filePath())
                        << Qt::endl;
    return ExitOk;
}

} // namespace

int CliApp::run()
{
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) == u"local"_s || arguments.value(1) == u"local-send"_s) {
        return runLocal(arguments); // no account, no server: options of their own
    }
    const ParseOutcome outcome = parseArguments(arguments);
    if (!outcome.options) {
        if (!outcome.output.isEmpty()) {
            QTextStream(stdout) << outcome.output;
            return ExitOk;
        }
        printError(outcome.error);
        return ExitBadArguments;
    }
    if (outcome.options->command == Command::TrustCert) {
        return trustCertificate(*outcome.options);
    }
    if (outcome.options->command == Command::Register) {
        return registerAccount(*outcome.options, arguments.value(0, u"balcony-cli"_s));
    }
    if (outcome.options->command == Command::History) {
        return printHistory(*outcome.options);
    }
    CliSession session(*outcome.options, arguments.value(0, u"balcony-cli"_s));
    QObject::connect(
        &session, &CliSession::finished, QCoreApplication::instance(), &QCoreApplication::exit, Qt::QueuedConnection);
    session.start();
    return QCoreApplication::exec();
}

} // namespace balcony::cli
