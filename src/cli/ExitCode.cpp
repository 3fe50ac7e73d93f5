#include "ExitCode.h"

#include "stream/CertificateTrust.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace balcony::cli {

ExitCode exitCodeFor(ConnectionError::Kind kind)
{
    switch (kind) {
    case ConnectionError::Kind::None:
        return ExitOk;
    case ConnectionError::Kind::Configuration:
        return ExitBadArguments;
    case ConnectionError::Kind::Network:
        return ExitConnect;
    case ConnectionError::Kind::Tls:
    case ConnectionError::Kind::Certificate:
        return ExitTls;
    case ConnectionError::Kind::Authentication:
        return ExitAuthentication;
    case ConnectionError::Kind::Stream:
    case ConnectionError::Kind::Binding:
        return ExitStream;
    case ConnectionError::Kind::Timeout:
        return ExitTimeout;
    }
    return ExitOther;
}

static QString fallbackMessage(ConnectionError::Kind kind)
{
    switch (kind) {
    case ConnectionError::Kind::None:
        return {};
    case ConnectionError::Kind::Configuration:
        return QCoreApplication::translate("balcony", "The account settings are incomplete or invalid.");
    case ConnectionError::Kind::Network:
        return QCoreApplication::translate("balcony", "Could not reach the server.");
    case ConnectionError::Kind::Tls:
        return QCoreApplication::translate("balcony", "The secure (TLS) connection to the server failed.");
    case ConnectionError::Kind::Certificate:
        return QCoreApplication::translate("balcony", "The server's certificate is not trusted.");
    case ConnectionError::Kind::Authentication:
        return QCoreApplication::translate("balcony", "Authentication failed: check the address and password.");
    case ConnectionError::Kind::Stream:
        return QCoreApplication::translate("balcony", "The server closed the stream with an error.");
    case ConnectionError::Kind::Binding:
        return QCoreApplication::translate("balcony", "The server refused to bind a resource.");
    case ConnectionError::Kind::Timeout:
        return QCoreApplication::translate("balcony", "Timed out before the session was established.");
    }
    return {};
}

QString errorLine(const ConnectionError &error, const QString &domain, const QString &trustCommand)
{
    QString message = error.message.simplified();
    if (message.isEmpty()) {
        message = fallbackMessage(error.kind);
    }
    if (error.kind == ConnectionError::Kind::Certificate) {
        QByteArray fingerprint = CertificateTrust::normalizedFingerprint(error.fingerprint);
        if (fingerprint.isEmpty() && !error.certificate.isNull()) {
            fingerprint = CertificateTrust::fingerprint(error.certificate);
        }
        if (!fingerprint.isEmpty()) {
            // Nothing is trusted implicitly: the user must compare the fingerprint out of band and then
            // record the decision explicitly.
            const QString display = CertificateTrust::displayFingerprint(fingerprint);
            const QString command = trustCommand + u" --fingerprint "_s + QString::fromLatin1(fingerprint);
            if (message.contains(display, Qt::CaseInsensitive)) {
                return QCoreApplication::translate("balcony", "%1 If you have verified it, trust it with: %2")
                    .arg(message, command);
            }
            return QCoreApplication::translate("balcony",
                "%1 The certificate of %2 has the SHA-256 fingerprint %3. If you "
                "have verified it, trust it with: %4")
                .arg(message, domain, display, command);
        }
    }
    return message;
}

} // namespace balcony::cli
