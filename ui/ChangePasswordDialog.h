#pragma once

#include "core/Jid.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace balcony::app {
class AccountManager;
}

namespace balcony::ui {

// Changes an online account's password on its server (XEP-0077 §3.3, AccountManager::changePassword): the new
// password twice; the dialog stays open until the server answered, and closes only when it agreed (then the
// stored password and the encrypted-session secrets have followed). A refusal is shown in the server's words.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(app::AccountManager &manager, const Jid &account, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    void accept() override;
    // What the server's "yes" came with (e.g. the keys could not be re-sealed), for the caller to show.
    QString warning() const { return m_warning; }

private:
    void setBusy(bool busy);
    void showStatus(const QString &message, bool error);

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    app::AccountManager &m_manager;
    Jid m_account;
    bool m_busy = false;
    QString m_warning;
};

} // namespace balcony::ui
