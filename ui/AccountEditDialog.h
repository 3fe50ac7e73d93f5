#pragma once

#include "app/AccountConfig.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccountEditDialog;
}

namespace balcony::ui {

// Edits one account's settings (not its address): the name shown for it, where its password is kept, and the
// Advanced connection settings (host, port, direct TLS, resource). config() is the edited copy, for
// AccountManager::updateAccount (a connected account reconnects with it).
class AccountEditDialog : public QDialog {
    Q_OBJECT
public:
    AccountEditDialog(const app::AccountConfig &config, bool keychainAvailable, QWidget *parent = nullptr);
    ~AccountEditDialog() override;

    app::AccountConfig config() const;
    void accept() override;

private:
    std::unique_ptr<Ui::AccountEditDialog> m_ui;
    app::AccountConfig m_config;
};

} // namespace balcony::ui
