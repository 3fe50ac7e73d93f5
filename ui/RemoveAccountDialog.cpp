#include "RemoveAccountDialog.h"

#include "DialogFit.h"
#include "FieldError.h"
#include "app/AccountController.h"
#include "app/AccountManager.h"
#include "ui_RemoveAccountDialog.h"

#include <QPointer>
#include <QPushButton>

namespace balcony::ui {

RemoveAccountDialog::RemoveAccountDialog(app::AccountManager &manager, const Jid &account, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RemoveAccountDialog>())
    , m_manager(manager)
    , m_account(account.bare())
{
    m_ui->setupUi(this);
    fitHeightToContents(this);
    m_ui->questionLabel->setText(tr("Remove <b>%1</b> from Balcony? Its password is forgotten as well.")
                                     .arg(m_account.bareString().toHtmlEscaped()));
    app::AccountController *controller = manager.controller(m_account);
    const bool online = controller && controller->isOnline();
    m_ui->serverCheck->setEnabled(online);
    m_ui->serverNote->setText(online ? QString() : tr("Deleting the account on the server needs it to be online."));
    m_ui->serverNote->setVisible(!online);
    m_remove = m_ui->buttons->addButton(tr("&Remove"), QDialogButtonBox::DestructiveRole);
    m_remove->setAccessibleName(tr("Remove the account"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_remove, &QPushButton::clicked, this, &RemoveAccountDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Deleting the account on the server is a bigger step: the button says so.
    connect(m_ui->serverCheck, &QCheckBox::toggled, this,
        [this](bool server) { m_remove->setText(server ? tr("&Delete Everywhere") : tr("&Remove")); });
    showStatus(QString(), false);
}

RemoveAccountDialog::~RemoveAccountDialog() = default;

void RemoveAccountDialog::showStatus(const QString &message, bool error)
{
    showStatusMessage(m_ui->statusLabel, this, message, error);
}

void RemoveAccountDialog::accept()
{
    if (m_busy) {
        return;
    }
    const bool deleteHistory = m_ui->historyCheck->isChecked();
    QString error;
    if (!m_ui->serverCheck->isChecked()) {
        if (!m_manager.removeAccount(m_account, deleteHistory, &error)) {
            showStatus(error, true);
            return;
        }
        QDialog::accept();
        return;
    }
    const QPointer<RemoveAccountDialog> self(this);
    const bool sent = m_manager.removeAccountFromServer(
        m_account, deleteHistory,
        [self](bool ok, const QString &message) {
            if (!self) {
                return;
            }
            self->m_busy = false;
            self->m_remove->setEnabled(true);
            if (!ok) {
                self->showStatus(message, true);
                return;
            }
            self->QDialog::accept();
        },
        &error);
    if (!sent) {
        showStatus(error, true);
        return;
    }
    m_busy = true;
    m_remove->setEnabled(false);
    showStatus(tr("Waiting for the server…"), false);
}

} // namespace balcony::ui
