#pragma once

#include "app/AccountConfig.h"
#include "core/Jid.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace balcony::app {
class AccountManager;
}

namespace balcony::ui {

// The answer to AccountManager::passwordNeeded: the account, why its password is asked for (the keychain is
// locked, nothing is stored, or the account never keeps it), the password, and whether to remember it the way
// the account's password mode says (keychain, or until Balcony quits; an "ask every time" account keeps
// nothing, so the check box is not offered).
class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    PasswordDialog(const Jid &account, const QString &reason, app::PasswordMode mode, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    QString password() const;
    bool remember() const;

    // Answers every passwordNeeded() of `manager` with this dialog (one at a time per account, parented to
    // `parent`), then AccountManager::providePassword.
    static void answerRequests(app::AccountManager &manager, QWidget *parent);

    void accept() override;

private:
    std::unique_ptr<Ui::PasswordDialog> m_ui;
};

} // namespace balcony::ui
