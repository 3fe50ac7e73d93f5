#pragma once

#include "app/AppSettings.h"
#include "core/Jid.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QStringList>

#include <memory>

namespace balcony {
struct ConnectionError;
namespace app {
class AccountController;
class AccountManager;
class ActivityIdleSource;
class CallbackNotifier;
class DbusIdleSource;
class DraftStore;
class EngineSettings;
class FreedesktopNotifier;
class LocalNetwork;
class NotificationCenter;
class PasswordStore;
class SignOutSequence;
class StatusController;
class TerminationSignals;
} // namespace app
} // namespace balcony

namespace balcony::ui {

class ChatWidget;
class MainWindow;
class UserActivityFilter;
class WelcomeDialog;

// The desktop app put together: the account list and its controllers (src/app), the settings and what applies
// them to the engine, own status with auto-away, notifications, drafts and the clean sign-out on quit, around
// the main window and the dialogs. main.cpp makes one after the command line and the single-instance check.
//
// Order of a start: settings, password store, AccountManager::load() (the keychain asked for the passwords, on
// its own thread, then every enabled profile opened from its caches, no network), the window shown, then (next
// event-loop turn) the welcome dialog when there is no account, or signInAll(). So the window is on screen with
// contacts and conversations before any packet.
class DesktopApp : public QObject {
    Q_OBJECT
public:
    explicit DesktopApp(QObject *parent = nullptr);
    ~DesktopApp() override;

    // Shows the window (unless `minimized` and a tray exists), then signs in and opens `uris` (RFC 5122 links).
    void start(bool minimized, const QStringList &uris);
    // A second launch's arguments (SingleInstance hand-over), already parsed.
    void handOver(bool minimized, const QStringList &uris);

    MainWindow &window() { return *m_window; }
    app::AccountManager &accounts() { return *m_accounts; }
    app::AppSettings &settings() { return m_settings; }

private:
    void openLinks(const QStringList &uris);
    void wireWindow();
    void watchController(app::AccountController *controller);
    void traceStartup(app::AccountController *controller);
    void onAccountError(app::AccountController *controller, const ConnectionError &error);
    void setUpChat(ChatWidget *chat);
    void showWelcome();
    // The "Local network" pseudo-account follows the setting (made or removed) and the user's status (published
    // while not offline, under the nick from the settings).
    void applyLocalNetwork();
    void applyLocalStatus();
    // Asks before announcing the user on the network (from the welcome dialog); true when switched on.
    bool confirmLocalNetwork();
    void setUpWelcome(WelcomeDialog &dialog);
    void showAccounts();
    void showSettings();
    void showHistorySearch();
    void showFingerprints(app::AccountController *controller, const Jid &contact);
    bool reviewCertificate(const QList<QSslCertificate> &chain, const QString &reason);

    app::AppSettings m_settings;
    std::unique_ptr<app::PasswordStore> m_passwords;
    bool m_keychain = false;
    std::unique_ptr<app::AccountManager> m_accounts;
    std::unique_ptr<app::EngineSettings> m_engineSettings;
    std::unique_ptr<app::ActivityIdleSource> m_activity;
    std::unique_ptr<app::DbusIdleSource> m_idle;
    std::unique_ptr<app::StatusController> m_status;
    std::unique_ptr<app::DraftStore> m_drafts;
    std::unique_ptr<app::NotificationCenter> m_notifications;
    std::unique_ptr<app::FreedesktopNotifier> m_desktopNotifier;
    std::unique_ptr<app::CallbackNotifier> m_trayNotifier;
    std::unique_ptr<app::SignOutSequence> m_signOut;
    std::unique_ptr<app::TerminationSignals> m_termination;
    std::unique_ptr<app::LocalNetwork> m_local; // while the setting is on; goes after the window
    std::unique_ptr<MainWindow> m_window;
    QString m_localFailure; // the last failure told, so that it is told once
    UserActivityFilter *m_activityFilter = nullptr;
    QSet<Jid> m_certificateAsked; // accounts whose certificate question is open
    QSet<Jid> m_startupTraced; // accounts whose start-up milestones are logged (balcony.startup)
};

} // namespace balcony::ui
