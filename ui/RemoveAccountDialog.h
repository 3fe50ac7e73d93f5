#pragma once

#include "core/Jid.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RemoveAccountDialog;
}

class QPushButton;

namespace balcony::app {
class AccountManager;
}

namespace balcony::ui {

// "Remove account": confirms, and lets the user choose to delete the local history (the profile folder) and to
// delete the account on the server as well (XEP-0077 §3.2, only while it is online). With the server option the
// dialog waits for the server's answer and removes nothing here if the server refused (the reason is shown).
class RemoveAccountDialog : public QDialog {
    Q_OBJECT
public:
    RemoveAccountDialog(app::AccountManager &manager, const Jid &account, QWidget *parent = nullptr);
    ~RemoveAccountDialog() override;

    void accept() override;

private:
    void showStatus(const QString &message, bool error);

    std::unique_ptr<Ui::RemoveAccountDialog> m_ui;
    QPushButton *m_remove = nullptr;
    app::AccountManager &m_manager;
    Jid m_account;
    bool m_busy = false;
};

} // namespace balcony::ui
