#pragma once

#include "WelcomeDialog.h"
#include "core/Jid.h"

#include <QDialog>
#include <QStyle>

#include <memory>

namespace Ui {
class AccountsDialog;
}

class QAction;

namespace balcony::app {
class AccountListModel;
class AccountManager;
} // namespace balcony::app

namespace balcony::ui {

// The user's accounts: the list (enabled check box, status in words), and what can be done to one: add (the
// welcome dialog, then signed in), edit its settings, change its password on the server, remove it (with or
// without its local history, and optionally from the server). Every command is a QAction with a shortcut
// (Insert, Return, Ctrl+P, Delete), also in the list's context menu.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    explicit AccountsDialog(app::AccountManager &manager, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Passed on to the welcome dialog "Add" opens (the certificate dialog; see WelcomeDialog).
    void setCertificateHook(WelcomeDialog::CertificateHook hook) { m_certificateHook = std::move(hook); }
    void setKeychainAvailable(bool available) { m_keychainAvailable = available; }
    // Tests: what "Add" opens, configured before it runs (default: nothing more).
    void setWelcomeSetup(std::function<void(WelcomeDialog &)> setup) { m_welcomeSetup = std::move(setup); }

    Jid selectedAccount() const;
    void selectAccount(const Jid &jid);

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *changePasswordAction() const { return m_changePassword; }
    QAction *removeAction() const { return m_remove; }

private:
    void addAccount();
    void editAccount();
    void changePassword();
    void removeAccount();
    void updateActions();
    void showStatus(const QString &message, bool error);
    QAction *makeAction(const QString &text, const QString &icon, QStyle::StandardPixmap fallback,
        const QKeySequence &shortcut, const QString &tip);

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    app::AccountManager &m_manager;
    app::AccountListModel *m_model = nullptr;
    WelcomeDialog::CertificateHook m_certificateHook;
    std::function<void(WelcomeDialog &)> m_welcomeSetup;
    bool m_keychainAvailable = false;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_changePassword = nullptr;
    QAction *m_remove = nullptr;
};

} // namespace balcony::ui
