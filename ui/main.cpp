#include "MainWindow.h"
#include "Theme.h"
#include "app/AccountManager.h"
#include "app/AppPaths.h"
#include "app/AppSettings.h"
#include "app/LaunchOptions.h"
#include "app/PasswordStore.h"
#include "app/SingleInstance.h"
#include "app/XmppUri.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;
using balcony::app::LaunchOptions;
using balcony::app::SingleInstance;
using balcony::app::XmppUri;

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
    if (own.load(locale, u"balcony"_s, u"_"_s, installedTranslations())
        || own.load(locale, u"balcony"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(&own);
    }
}

// xmpp: links (RFC 5122, XEP-0147): malformed ones are explained here, the rest go to the window (which says
// why when it cannot act on one). Nothing is ever sent from a link without the user pressing Send.
void openLinks(balcony::ui::MainWindow *window, const QStringList &uris)
{
    for (const QString &text : uris) {
        QString error;
        const auto uri = XmppUri::parse(text, &error);
        if (!uri) {
            QMessageBox::warning(window, QApplication::translate("main", "Cannot open link"), error);
            continue;
        }
        window->openUri(*uri);
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
    // The settings of this profile root (settings.ini): language and theme from the first window on.
    balcony::app::AppSettings settings;
    installTranslators(qtTranslator, translator, settings.language());
    balcony::ui::Theme::apply(settings.theme());

    SingleInstance instance(options.profileRoot);
    // Failed (no runtime folder, no socket): run anyway, as a lone instance; the user still gets the app.
    if (const SingleInstance::Role role = instance.start(); role == SingleInstance::Role::Failed) {
        QTextStream(stderr) << instance.errorString() << Qt::endl;
    } else if (role == SingleInstance::Role::Secondary) {
        // Another launch became primary between the probe and now: hand over to it after all.
        return instance.handOver(options.toArguments()) ? 0 : 1;
    }

    // The passwords: the desktop keychain when there is one, else this session's memory (the user is asked).
    std::unique_ptr<balcony::app::PasswordStore> passwords;
    if (balcony::app::KeychainPasswordStore::serviceAvailable()) {
        passwords = std::make_unique<balcony::app::KeychainPasswordStore>();
    } else {
        passwords = std::make_unique<balcony::app::MemoryPasswordStore>();
    }
    balcony::app::AccountManager accounts(*passwords);
    // The profiles are opened (no network) before the window exists, so it shows the cached contacts and
    // conversations at once.
    QString loadError;
    const bool loaded = accounts.load(&loadError);

    balcony::ui::MainWindow window(&accounts);
    QObject::connect(&accounts, &balcony::app::AccountManager::accountFailed, &window,
        [&window](const balcony::Jid &jid, const QString &message) {
            QMessageBox::warning(&window, QApplication::translate("main", "Account not opened"),
                QApplication::translate("main", "%1: %2").arg(jid.bareString(), message));
        });
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window, [&window](QStringList arguments) {
        arguments.prepend(u"balcony"_s);
        const LaunchOptions received = LaunchOptions::parse(arguments, QDir::currentPath());
        if (!received.minimized) {
            window.showNormal();
            window.raise();
            window.activateWindow();
        }
        openLinks(&window, received.uris);
    });
    // --minimized starts in the tray; without a tray the window would be unreachable, so it is shown anyway.
    if (!options.minimized || !QSystemTrayIcon::isSystemTrayAvailable()) {
        window.show();
    }
    if (!loaded) {
        QMessageBox::critical(&window, QApplication::translate("main", "Accounts not read"), loadError);
    }
    // Network only once the window is on screen.
    QTimer::singleShot(0, &accounts, [&accounts, &window, &options] {
        accounts.signInAll();
        openLinks(&window, options.uris);
    });
    const int result = QApplication::exec();
    // The window's quit() signed out already; for any other way out (session end), close cleanly now.
    accounts.signOutAll();
    return result;
}
