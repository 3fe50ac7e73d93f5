#include "DesktopApp.h"
#include "Theme.h"
#include "app/AccountManager.h"
#include "app/AppPaths.h"
#include "app/LaunchOptions.h"
#include "app/SingleInstance.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

using namespace Qt::StringLiterals;
using balcony::app::LaunchOptions;
using balcony::app::SingleInstance;

namespace {

QString installedTranslations()
{
    return QCoreApplication::applicationDirPath() + u"/../share/balcony/translations"_s;
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(u"Balcony"_s);
    QCoreApplication::setOrganizationName(u"Balcony"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BALCONY_VERSION));
}

// `language`: the settings' general/language ("" = the system's locale).
void installTranslators(QTranslator &qt, QTranslator &own, const QString &language = QString())
{
    QCoreApplication::removeTranslator(&qt);
    QCoreApplication::removeTranslator(&own);
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty()) {
        QLocale::setDefault(locale); // dates and numbers in the chosen language too
    }
    if (qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qt);
    }
    // The package's files first (share/balcony/translations beside bin/), then the copies built into the app.
    // A language without a translation gets the English text, with English plural forms ("1 message", "2 messages":
    // balcony_en holds only those).
    if (own.load(locale, u"balcony"_s, u"_"_s, installedTranslations())
        || own.load(locale, u"balcony"_s, u"_"_s, u":/i18n"_s) || own.load(u"balcony_en"_s, installedTranslations())
        || own.load(u"balcony_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(&own);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QTranslator qtTranslator;
    QTranslator translator;
    LaunchOptions options;
    {
        // --help, --version and argument errors need no display (a terminal, the package test).
        QCoreApplication core(argc, argv);
        setApplicationNames();
        installTranslators(qtTranslator, translator);
        options = LaunchOptions::parse(QCoreApplication::arguments(), QDir::currentPath());
        if (options.outcome == LaunchOptions::Outcome::Error) {
            QTextStream(stderr) << options.text << Qt::endl;
            return 2;
        }
        if (options.outcome != LaunchOptions::Outcome::Run) {
            QTextStream(stdout) << options.text;
            return 0;
        }
        if (!options.profileRoot.isEmpty()) {
            balcony::app::AppPaths::setDataDir(options.profileRoot);
        }
        // A second launch hands its links and --minimized to the running instance and exits (before any
        // window exists, so nothing flashes on screen).
        SingleInstance probe(options.profileRoot);
        if (probe.start() == SingleInstance::Role::Secondary) {
            if (probe.handOver(options.toArguments())) {
                return 0;
            }
            QTextStream(stderr) << probe.errorString() << Qt::endl;
            return 1;
        }
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setDesktopFileName(u"org.balcony.Balcony"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/balcony.svg"_s));
    // Accounts, settings, status, notifications and the window, wired together (ui/DesktopApp); nothing is
    // shown and nothing is opened before start(). Its settings (settings.ini of this profile root) give the
    // language and theme from the first window on.
    balcony::ui::DesktopApp desktop;
    installTranslators(qtTranslator, translator, desktop.settings().language());
    balcony::ui::Theme::apply(desktop.settings().theme());

    SingleInstance instance(options.profileRoot);
    // Failed (no runtime folder, no socket): run anyway, as a lone instance; the user still gets the app.
    if (const SingleInstance::Role role = instance.start(); role == SingleInstance::Role::Failed) {
        QTextStream(stderr) << instance.errorString() << Qt::endl;
    } else if (role == SingleInstance::Role::Secondary) {
        // Another launch became primary between the probe and now: hand over to it after all.
        return instance.handOver(options.toArguments()) ? 0 : 1;
    }

    QObject::connect(&instance, &SingleInstance::argumentsReceived, &desktop, [&desktop](QStringList arguments) {
        arguments.prepend(u"balcony"_s);
        const LaunchOptions received = LaunchOptions::parse(arguments, QDir::currentPath());
        desktop.handOver(received.minimized, received.uris);
    });
    desktop.start(options.minimized, options.uris);
    const int result = QApplication::exec();
    // The window's quit signed out already; for any other way out (the session ends), close cleanly now.
    desktop.accounts().signOutAll();
    return result;
}
