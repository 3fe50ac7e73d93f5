#include "app/LaunchOptions.h"

#include "app/XmppUri.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace balcony::app {

LaunchOptions LaunchOptions::parse(const QStringList &arguments, const QString &workingDirectory)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("balcony::app::LaunchOptions", "Balcony, a desktop XMPP messenger."));
    // --help and --version are added by hand: addHelpOption()/addVersionOption() would make process() exit,
    // and the version must not depend on QCoreApplication::applicationVersion() being set (tests).
    const QCommandLineOption help(
        { u"h"_s, u"help"_s }, QCoreApplication::translate("balcony::app::LaunchOptions", "Show this help and exit."));
    const QCommandLineOption version({ u"v"_s, u"version"_s },
        QCoreApplication::translate("balcony::app::LaunchOptions", "Show the version and exit."));
    const QCommandLineOption minimized(u"minimized"_s,
        QCoreApplication::translate(
            "balcony::app::LaunchOptions", "Start hidden in the system tray (used when starting on login)."));
    const QCommandLineOption profileRoot(u"profile-root"_s,
        QCoreApplication::translate("balcony::app::LaunchOptions",
            "Keep accounts, settings and message history in DIR instead of the standard location."),
        QCoreApplication::translate("balcony::app::LaunchOptions", "DIR"));
    parser.addOptions({ help, version, minimized, profileRoot });
    parser.addPositionalArgument(QCoreApplication::translate("balcony::app::LaunchOptions", "URI"),
        QCoreApplication::translate(
            "balcony::app::LaunchOptions", "xmpp: links to open, for example xmpp:alice@example.org?message."),
        QCoreApplication::translate("balcony::app::LaunchOptions", "[xmpp:URI...]"));

    LaunchOptions options;
    if (!parser.parse(arguments)) {
        options.outcome = Outcome::Error;
        options.text = parser.errorText() + u'\n'
            + QCoreApplication::translate(
                "balcony::app::LaunchOptions", "Try \"balcony --help\" for more information.");
        return options;
    }
    if (parser.isSet(help)) {
        options.outcome = Outcome::ShowHelp;
        options.text = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.outcome = Outcome::ShowVersion;
        options.text = u"Balcony "_s + QStringLiteral(BALCONY_VERSION) + u'\n';
        return options;
    }
    options.minimized = parser.isSet(minimized);
    if (parser.isSet(profileRoot)) {
        const QString dir = parser.value(profileRoot);
        if (dir.isEmpty()) {
            options.outcome = Outcome::Error;
            options.text = QCoreApplication::translate("balcony::app::LaunchOptions", "--profile-root needs a folder.")
                + u'\n'
                + QCoreApplication::translate(
                    "balcony::app::LaunchOptions", "Try \"balcony --help\" for more information.");
            return options;
        }
        options.profileRoot = QDir::cleanPath(QDir(workingDirectory).absoluteFilePath(dir));
    }
    for (const QString &argument : parser.positionalArguments()) {
        // Only links: a stray word is a mistake the user should hear about, not a silently ignored argument.
        if (!XmppUri::looksLikeXmppUri(argument)) {
            options.outcome = Outcome::Error;
            options.text = QCoreApplication::translate("balcony::app::LaunchOptions", "\"%1\" is not an xmpp: link.")
                               .arg(argument)
                + u'\n'
                + QCoreApplication::translate(
                    "balcony::app::LaunchOptions", "Try \"balcony --help\" for more information.");
            return options;
        }
        options.uris.append(argument);
    }
    return options;
}

QStringList LaunchOptions::toArguments() const
{
    QStringList arguments;
    if (minimized) {
        arguments.append(u"--minimized"_s);
    }
    if (!profileRoot.isEmpty()) {
        arguments.append(u"--profile-root"_s);
        arguments.append(profileRoot);
    }
    if (!uris.isEmpty()) {
        // "--" so that a link can never be read as an option by the receiving side.
        arguments.append(u"--"_s);
        arguments.append(uris);
    }
    return arguments;
}

} // namespace balcony::app
