#include "AccountEditDialog.h"

#include "DialogFit.h"
#include "ui_AccountEditDialog.h"

#include <QPushButton>

namespace balcony::ui {

AccountEditDialog::AccountEditDialog(const app::AccountConfig &config, bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountEditDialog>())
    , m_config(config)
{
    m_ui->setupUi(this);
    fitHeightToContents(this);
    setWindowTitle(tr("Settings of %1").arg(config.jid.bareString()));
    m_ui->jidValue->setText(config.jid.bareString());
    m_ui->labelEdit->setText(config.label);
    m_ui->passwordModeCombo->addItem(tr("In the system keychain"), int(app::PasswordMode::Keychain));
    m_ui->passwordModeCombo->addItem(tr("Only until Balcony quits"), int(app::PasswordMode::Session));
    m_ui->passwordModeCombo->addItem(tr("Never: ask every time"), int(app::PasswordMode::Ask));
    // The keychain entry stays selectable only where a keychain exists (or the account already uses it).
    if (!keychainAvailable && config.passwordMode != app::PasswordMode::Keychain) {
        m_ui->passwordModeCombo->removeItem(0);
    }
    m_ui->keychainNote->setVisible(!keychainAvailable);
    m_ui->passwordModeCombo->setCurrentIndex(m_ui->passwordModeCombo->findData(int(config.passwordMode)));
    m_ui->advanced->load(config);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->labelEdit->setFocus();
}

AccountEditDialog::~AccountEditDialog() = default;

app::AccountConfig AccountEditDialog::config() const
{
    app::AccountConfig config = m_config;
    config.label = m_ui->labelEdit->text().trimmed();
    config.passwordMode = static_cast<app::PasswordMode>(m_ui->passwordModeCombo->currentData().toInt());
    m_ui->advanced->apply(config);
    return config;
}

void AccountEditDialog::accept()
{
    if (!m_ui->advanced->validate()) {
        return;
    }
    QDialog::accept();
}

} // namespace balcony::ui
