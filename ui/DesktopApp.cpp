#include "DesktopApp.h"

#include "AccountsDialog.h"
#include "CertificateDialog.h"
#include "ChatWidget.h"
#include "FingerprintDialog.h"
#include "HistorySearchDialog.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "SettingsDialog.h"
#include "TrayIcon.h"
#include "TrayNotifier.h"
#include "UserActivityFilter.h"
#include "WelcomeDialog.h"
#include "app/AccountController.h"
#include "app/AccountManager.h"
#include "app/ActivityIdleSource.h"
#include "app/AppPaths.h"
#include "app/CallbackNotifier.h"
#include "app/DbusIdleSource.h"
#include "app/DraftStore.h"
#include "app/EngineSettings.h"
#include "app/FreedesktopNotifier.h"
#include "app/LocalNetwork.h"
#include "app/NotificationCenter.h"
#include "app/PasswordStore.h"
#include "app/SignOutSequence.h"
#include "app/StatusController.h"
#include "app/TerminationSignals.h"
#include "app/XmppUri.h"
#include "stream/Connection.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

// Issue 12 ("start-up off the critical path": exec to fully online within the protocol time + 100 ms) is measured
// from outside, by tests/bench/bench_login --target desktop, which starts this process and needs to know when, in
// it, the window was shown, each account's connection attempt began, its TCP connection was up and it was fully
// online. So with QT_LOGGING_RULES="balcony.startup.info=true" those milestones go to stderr, one line each, on
// CLOCK_MONOTONIC in ms (QElapsedTimer's reference on Linux), the clock the benchmark reads too. Silent by default.
Q_LOGGING_CATEGORY(lcStartup, "balcony.startup", QtWarningMsg)

namespace balcony::ui {

namespace {

// Now on the clock other processes share (see lcStartup).
qint64 monotonicMs()
{
    QElapsedTimer clock;
    clock.start();
    return clock.msecsSinceReference();
}

} // namespace

DesktopApp::DesktopApp(QObject *parent)
    : QObject(parent)
{
    qCInfo(lcStartup, "startup app at=%lld", monotonicMs());
    // The desktop keychain when there is one; else passwords live in this session's memory and the user
    // chooses, per account, to be asked at every start or once per session (never a password on disk).
    m_keychain = app::KeychainPasswordStore::serviceAvailable();
    if (m_keychain) {
        m_passwords = std::make_unique<app::KeychainPasswordStore>();
    } else {
        m_passwords = std::make_unique<app::MemoryPasswordStore>();
    }
    m_accounts = std::make_unique<app::AccountManager>(*m_passwords);
    // Receipts, chat states, offline options and the default policy reach each account as it opens.
    m_engineSettings = std::make_unique<app::EngineSettings>(m_settings, *m_accounts);
    m_activity = std::make_unique<app::ActivityIdleSource>();
    m_idle = std::make_unique<app::DbusIdleSource>(*m_activity);
    m_status = std::make_unique<app::StatusController>(*m_accounts, m_settings, *m_idle);
    m_drafts = std::make_unique<app::DraftStore>();
    m_notifications = std::make_unique<app::NotificationCenter>(*m_accounts, m_settings, m_status.get());
    m_signOut = std::make_unique<app::SignOutSequence>(*m_accounts);
    connect(m_signOut.get(), &app::SignOutSequence::finished, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    // The session ending (SIGTERM from systemd or the session manager), Ctrl+C, a closed terminal: the same way
    // out as Quit (offline options, clean sign-out, profiles closed). A second signal while that runs quits now.
    m_termination = std::make_unique<app::TerminationSignals>();
    connect(m_termination.get(), &app::TerminationSignals::requested, this, [this] {
        if (m_signOut->isRunning() || !m_window) {
            QCoreApplication::quit();
            return;
        }
        m_window->quit();
    });

    connect(m_accounts.get(), &app::AccountManager::controllerAdded, this, &DesktopApp::watchController);
    connect(&m_settings, &app::AppSettings::changed, this, [this](const QString &key) {
        if (!m_window) {
            return;
        }
        if (key == app::AppSettings::LocalNetworkEnabled) {
            applyLocalNetwork();
        } else if (key == app::AppSettings::LocalNetworkNick) {
            applyLocalStatus();
        } else if (m_local && key == app::AppSettings::PrivacySendReceipts) {
            m_local->setSendReceipts(m_settings.sendReceipts());
        } else if (m_local && key == app::AppSettings::PrivacySendChatStates) {
            m_local->setSendChatStates(m_settings.sendChatStates());
        }
    });
    connect(m_status.get(), &app::StatusController::effectiveChanged, this, &DesktopApp::applyLocalStatus);
    connect(m_accounts.get(), &app::AccountManager::accountRemoved, this,
        [this](const Jid &jid) { m_drafts->removeAccount(jid); });
    connect(
        m_accounts.get(), &app::AccountManager::accountFailed, this, [this](const Jid &jid, const QString &message) {
            QMessageBox::warning(m_window.get(), tr("Account not opened"), tr("%1: %2").arg(jid.bareString(), message));
        });
}

DesktopApp::~DesktopApp()
{
    m_drafts->flush();
    // The window (and its chats) go before the accounts whose models they show.
    m_window.reset();
    m_local.reset(); // withdrawn from the network
}

void DesktopApp::start(bool minimized, const QStringList &uris)
{
    // The profiles are opened (no network) before the window exists, so it shows the cached contacts and
    // conversations at once. The keychain is asked for the passwords first: it answers on its own thread while the
    // profiles open and the window is built, so the accounts connect as soon as the window is up (issue 12).
    QString loadError;
    const bool loaded = m_accounts->load(&loadError, app::AccountManager::Passwords::ReadAhead);
    qCInfo(lcStartup, "startup profiles at=%lld", monotonicMs());
    m_window = std::make_unique<MainWindow>(m_accounts.get());
    wireWindow();
    applyLocalNetwork();
    // Every controller, also those load() opened above, was watched when AccountManager announced it
    // (controllerAdded, connected in the constructor).
    // --minimized starts in the tray; without a tray the window would be unreachable, so it is shown anyway.
    if (!minimized || !QSystemTrayIcon::isSystemTrayAvailable()) {
        m_window->show();
        qCInfo(lcStartup, "startup window at=%lld", monotonicMs());
    }
    if (!loaded) {
        QMessageBox::critical(m_window.get(), tr("Accounts not read"), loadError);
    }
    // Network only once the window is on screen.
    QTimer::singleShot(0, this, [this, uris] {
        if (m_accounts->accounts().isEmpty() && !m_local) {
            showWelcome();
        } else if (!m_status->isChosenOffline()) {
            // The status chosen last time comes back; "offline" means the user signs in when they choose to.
            qCInfo(lcStartup, "startup sign-in at=%lld", monotonicMs());
            m_accounts->signInAll();
        }
        openLinks(uris);
    });
}

void DesktopApp::handOver(bool minimized, const QStringList &uris)
{
    if (!minimized) {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
    openLinks(uris);
}

// xmpp: links (RFC 5122, XEP-0147): malformed ones are explained here, the rest go to the window, which says
// why when it cannot act on one. Nothing is ever sent from a link without the user pressing Send.
void DesktopApp::openLinks(const QStringList &uris)
{
    for (const QString &text : uris) {
        QString error;
        const auto uri = app::XmppUri::parse(text, &error);
        if (!uri) {
            QMessageBox::warning(m_window.get(), tr("Cannot open link"), error);
            continue;
        }
        m_window->openUri(*uri);
    }
}

void DesktopApp::wireWindow()
{
    MainWindow *window = m_window.get();
    window->setStatusController(m_status.get());
    window->setSignOutSequence(m_signOut.get());
    window->setAppSettings(&m_settings);
    connect(window, &MainWindow::addAccountRequested, this, &DesktopApp::showWelcome);
    connect(window, &MainWindow::accountsDialogRequested, this, &DesktopApp::showAccounts);
    connect(window, &MainWindow::settingsRequested, this, &DesktopApp::showSettings);
    connect(window, &MainWindow::historySearchRequested, this, &DesktopApp::showHistorySearch);
    connect(window, &MainWindow::fingerprintsRequested, this, &DesktopApp::showFingerprints);
    connect(window, &MainWindow::chatOpened, this, &DesktopApp::setUpChat);
    connect(window, &MainWindow::focusedChatChanged, m_notifications.get(), &app::NotificationCenter::setFocusedChat);
    connect(m_notifications.get(), &app::NotificationCenter::openChatRequested, window, &MainWindow::showChat);
    for (auto signal :
        { &app::NotificationCenter::subscriptionRequestActivated, &app::NotificationCenter::invitationActivated }) {
        connect(m_notifications.get(), signal, window, [window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
    }
    PasswordDialog::answerRequests(*m_accounts, window);

    // Notifications: the desktop's notification service, else the tray's balloon.
    m_desktopNotifier = std::make_unique<app::FreedesktopNotifier>();
    m_desktopNotifier->probe();
    if (TrayIcon *tray = window->trayIcon()) {
        m_trayNotifier = makeTrayNotifier(tray->systemTrayIcon());
    }
    m_notifications->setNotifiers(m_desktopNotifier.get(), m_trayNotifier.get());

    // Auto-away: where the desktop cannot tell the idle time, input in Balcony's own windows counts.
    m_activityFilter = new UserActivityFilter(*m_status, this);
    qApp->installEventFilter(m_activityFilter);
}

void DesktopApp::watchController(app::AccountController *controller)
{
    traceStartup(controller);
    // The certificate question is a modal dialog: asked from the event loop, never from inside the Connection's
    // own signal (a nested loop there would let the stream be re-entered while it reports the error).
    const QPointer<app::AccountController> alive(controller);
    connect(controller, &app::AccountController::errorOccurred, this, [this, alive](const ConnectionError &error) {
        QTimer::singleShot(0, this, [this, alive, error] {
            if (alive) {
                onAccountError(alive, error);
            }
        });
    });
}

// The account's first connection attempt and the moment it is fully online, once per account and process (see
// lcStartup). `tcp` is the attempt that went online plus its ConnectionStats::connectedMs, which Connection counts
// from that attempt's start (it enters Connecting right after starting its clock).
void DesktopApp::traceStartup(app::AccountController *controller)
{
    const Jid jid = controller->jid().bare();
    if (!lcStartup().isInfoEnabled() || m_startupTraced.contains(jid)) {
        return;
    }
    m_startupTraced.insert(jid);
    struct Trace {
        qint64 firstAttempt = -1;
        qint64 lastAttempt = -1;
        bool online = false;
    };
    const auto trace = std::make_shared<Trace>();
    connect(&controller->account().connection(), &Connection::stateChanged, controller,
        [trace, jid](ConnectionState state) {
            if (state != ConnectionState::Connecting || trace->online) {
                return;
            }
            trace->lastAttempt = monotonicMs();
            if (trace->firstAttempt < 0) {
                trace->firstAttempt = trace->lastAttempt;
                qCInfo(
                    lcStartup, "startup attempt jid=%s at=%lld", qUtf8Printable(jid.bareString()), trace->firstAttempt);
            }
        });
    connect(controller, &app::AccountController::online, controller, [trace, jid, controller] {
        if (trace->online) {
            return;
        }
        trace->online = true;
        const qint64 now = monotonicMs();
        const qint64 connectedMs = controller->account().connection().stats().connectedMs;
        const qint64 tcp = trace->lastAttempt >= 0 && connectedMs >= 0 ? trace->lastAttempt + connectedMs : -1;
        qCInfo(lcStartup, "startup online jid=%s attempt=%lld tcp=%lld online=%lld", qUtf8Printable(jid.bareString()),
            trace->firstAttempt, tcp, now);
    });
}

// A certificate that fails verification stops the account (no retry): the user sees the certificate and decides;
// trusting it records that one certificate in the profile and connects again (AccountManager::trustCertificate).
void DesktopApp::onAccountError(app::AccountController *controller, const ConnectionError &error)
{
    if (error.kind != ConnectionError::Kind::Certificate || error.certificate.isNull()) {
        return;
    }
    const Jid jid = controller->jid().bare();
    if (m_certificateAsked.contains(jid)) {
        return;
    }
    m_certificateAsked.insert(jid);
    const QPointer<app::AccountController> alive(controller);
    const QString reason = tr("%1: %2").arg(jid.bareString(), error.message);
    const bool trust = reviewCertificate({ error.certificate }, reason);
    m_certificateAsked.remove(jid);
    if (!trust || !alive) {
        return;
    }
    QString failure;
    if (!m_accounts->trustCertificate(jid, error.certificate, &failure)) {
        QMessageBox::warning(m_window.get(), tr("Certificate not trusted"), failure);
        return;
    }
    m_accounts->signIn(jid);
}

bool DesktopApp::reviewCertificate(const QList<QSslCertificate> &chain, const QString &reason)
{
    CertificateDialog dialog(chain, reason, m_window.get());
    return dialog.exec() == QDialog::Accepted;
}

// Drafts: a chat opens with what the user left in it (across restarts), and keeps it as they type.
void DesktopApp::setUpChat(ChatWidget *chat)
{
    const Jid account = chat->controller()->jid().bare();
    const Jid contact = chat->contact();
    const QString draft = m_drafts->draft(account, contact);
    if (!draft.isEmpty() && chat->composerText().isEmpty()) {
        chat->setComposerText(draft);
    }
    connect(chat, &ChatWidget::draftChanged, this,
        [this, account, contact](const QString &text) { m_drafts->setDraft(account, contact, text); });
}

void DesktopApp::setUpWelcome(WelcomeDialog &dialog)
{
    dialog.setKeychainAvailable(m_keychain);
    dialog.setCertificateHook([this](const QList<QSslCertificate> &chain, const QString &reason) {
        return reviewCertificate(chain, reason);
    });
}

void DesktopApp::showWelcome()
{
    WelcomeDialog welcome(m_window.get());
    setUpWelcome(welcome);
    QList<Jid> existing;
    for (const app::AccountConfig &config : m_accounts->accounts()) {
        existing.append(config.jid);
    }
    welcome.setExistingAccounts(existing);
    welcome.setLocalNetworkOffered(!m_settings.localNetworkEnabled());
    if (welcome.exec() != QDialog::Accepted) {
        if (welcome.localNetworkChosen() && confirmLocalNetwork()) {
            m_settings.setLocalNetworkEnabled(true);
            m_settings.sync();
        }
        return;
    }
    QString error;
    if (!m_accounts->addAccount(welcome.config(), welcome.password(), &error)) {
        QMessageBox::warning(m_window.get(), tr("Account not added"), error);
        return;
    }
    m_accounts->signIn(welcome.config().jid);
}

void DesktopApp::showAccounts()
{
    AccountsDialog dialog(*m_accounts, m_window.get());
    dialog.setKeychainAvailable(m_keychain);
    dialog.setCertificateHook([this](const QList<QSslCertificate> &chain, const QString &reason) {
        return reviewCertificate(chain, reason);
    });
    dialog.setWelcomeSetup([this](WelcomeDialog &welcome) { setUpWelcome(welcome); });
    dialog.exec();
}

void DesktopApp::showSettings()
{
    const QStringList translationDirs { QCoreApplication::applicationDirPath() + u"/../share/balcony/translations"_s,
        u":/i18n"_s };
    SettingsDialog dialog(m_settings, app::AppPaths::dataDir(), translationDirs, m_window.get());
    connect(&dialog, &SettingsDialog::manageAccountsRequested, this, &DesktopApp::showAccounts);
    dialog.setAccounts(m_accounts->controllers());
    dialog.exec();
}

void DesktopApp::showHistorySearch()
{
    auto *dialog = new HistorySearchDialog(m_accounts->controllers(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistorySearchDialog::openResult, m_window.get(),
        [this](const Jid &account, const Jid &contact, qint64 historyId) {
            if (ChatWidget *chat = m_window->showChat(account, contact)) {
                chat->scrollToMessage(historyId);
            }
        });
    dialog->show();
}

void DesktopApp::showFingerprints(app::AccountController *controller, const Jid &contact)
{
    FingerprintDialog dialog(controller, contact, m_window.get());
    dialog.exec();
}

bool DesktopApp::confirmLocalNetwork()
{
    QMessageBox box(QMessageBox::Question, tr("Chat on the local network"),
        tr("Balcony will announce you as %1 to everyone on this network, with your status, and list the people "
           "who do the same. Chats on the local network are not encrypted.")
            .arg(app::LocalNetwork::instanceName(m_settings.localNetworkNick())),
        QMessageBox::NoButton, m_window.get());
    box.setInformativeText(tr("You can switch it off, or change your name there, in Settings → Local Network."));
    QPushButton *on = box.addButton(tr("&Announce Me"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(on);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(on);
}

void DesktopApp::applyLocalNetwork()
{
    const bool enabled = m_settings.localNetworkEnabled();
    if (!enabled && m_local) {
        m_window->setLocalNetwork(nullptr);
        m_notifications->setLocalNetwork(nullptr);
        m_local.reset();
        return;
    }
    if (!enabled) {
        return;
    }
    if (!m_local) {
        m_local = std::make_unique<app::LocalNetwork>(app::AppPaths::localNetworkDir());
        m_local->setAccountNick(m_settings.localNetworkNick());
        m_local->setSendReceipts(m_settings.sendReceipts());
        m_local->setSendChatStates(m_settings.sendChatStates());
        if (!m_local->open()) {
            QMessageBox::warning(m_window.get(), tr("Local network"),
                tr("The local network cannot be used: %1").arg(m_local->errorString()));
            m_local.reset();
            return;
        }
        connect(m_local.get(), &app::LocalNetwork::failed, this, [this](const QString &reason) {
            if (reason == m_localFailure) {
                return;
            }
            m_localFailure = reason;
            // From the event loop: failed() may come from inside a D-Bus reply.
            QTimer::singleShot(0, this, [this, reason] {
                QMessageBox::warning(m_window.get(), tr("Local network"),
                    tr("Balcony cannot announce you on the local network: %1.\n\nYou can switch the local network "
                       "off in Settings → Local Network.")
                        .arg(reason));
            });
        });
        connect(m_local.get(), &app::LocalNetwork::started, this, [this] { m_localFailure.clear(); });
        m_window->setLocalNetwork(m_local.get());
        m_notifications->setLocalNetwork(m_local.get());
    }
    applyLocalStatus();
}

void DesktopApp::applyLocalStatus()
{
    if (!m_local) {
        return;
    }
    if (m_status->isChosenOffline()) {
        m_local->stop();
        return;
    }
    const QString nick = m_settings.localNetworkNick();
    if (m_local->account().local() != nick) {
        // A new name: the rows move to the new pseudo-account JID.
        m_window->setLocalNetwork(nullptr);
        m_notifications->setLocalNetwork(nullptr);
        m_local->stop();
        m_local->setAccountNick(nick);
        m_window->setLocalNetwork(m_local.get());
        m_notifications->setLocalNetwork(m_local.get());
    }
    if (!m_local->start(nick, m_status->effectiveShow(), m_status->effectiveMessage())) {
        QMessageBox::warning(m_window.get(), tr("Local network"), m_local->errorString());
    }
}

} // namespace balcony::ui
