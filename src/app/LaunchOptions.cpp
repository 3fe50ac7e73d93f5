#include "app/LaunchOptions.h"

#include "app/XmppUri.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace balcony::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("balcony::app::LaunchOptions", text);
}

} // namespace

LaunchOptions LaunchOptions::parse(const QStringList &arguments, const QString &workingDirectory)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Balcony, a desktop XMPP messenger."));
    // --help and --version are added by hand: addHelpOption()/addVersionOption() would make process() exit,
    // and the version must not depend on QCoreApplication::applicationVersion() being set (tests).
    const QCommandLineOption help({ u"h"_s, u"help"_s }, tr("Show this help and exit."));
    const QCommandLineOption version({ u"v"_s, u"version"_s }, tr("Show the version and exit."));
    const QCommandLineOption minimized(
        u"minimized"_s, tr("Start hidden in the system tray (used when starting on login)."));
    const QCommandLineOption profileRoot(u"profile-root"_s,
        tr("Keep accounts, settings and message history in DIR instead of the standard location."), tr("DIR"));
    parser.addOptions({ help, version, minimized, profileRoot });
    parser.addPositionalArgument(
        tr("URI"), tr("xmpp: links to open, for example xmpp:alice@example.org?message."), tr("[xmpp:URI...]"));

    LaunchOptions options;
    if (!parser.parse(arguments)) {
        options.outcome = Outcome::Error;
        options.text = parser.errorText() + u'\n' + tr("Try \"balcony --help\" for more information.");
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
            options.text
                = tr("--profile-root needs a folder.") + u'\n' + tr("Try \"balcony --help\" for more information.");
            return options;
        }
        options.profileRoot = QDir::cleanPath(QDir(workingDirectory).absoluteFilePath(dir));
    }
    for (const QString &argument : parser.positionalArguments()) {
        // Only links: a stray word is a mistake the user should hear about, not a silently ignored argument.
        if (!XmppUri::looksLikeXmppUri(argument)) {
            options.outcome = Outcome::Error;
            options.text = tr("\"%1\" is not an xmpp: link.").arg(argument) + u'\n'
                + tr("Try \"balcony --help\" for more information.");
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
