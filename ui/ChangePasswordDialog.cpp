#include "ChangePasswordDialog.h"

#include "DialogFit.h"
#include "FieldError.h"
#include "app/AccountInput.h"
#include "app/AccountManager.h"
#include "ui_ChangePasswordDialog.h"

#include <QPointer>
#include <QPushButton>

namespace balcony::ui {

ChangePasswordDialog::ChangePasswordDialog(app::AccountManager &manager, const Jid &account, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_manager(manager)
    , m_account(account.bare())
{
    m_ui->setupUi(this);
    fitHeightToContents(this);
    m_ui->promptLabel->setText(tr("The new password of <b>%1</b> is set on the server; your other devices will need "
                                  "it too.")
                                   .arg(m_account.bareString().toHtmlEscaped()));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change Password"));
    showFieldError(m_ui->passwordError, m_ui->newEdit, QString());
    showStatus(QString(), false);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->newEdit->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->newEdit->setEnabled(!busy);
    m_ui->repeatEdit->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void ChangePasswordDialog::showStatus(const QString &message, bool error)
{
    showStatusMessage(m_ui->statusLabel, this, message, error);
}

void ChangePasswordDialog::accept()
{
    if (m_busy) {
        return;
    }
    const QString problem = app::AccountInput::checkNewPassword(m_ui->newEdit->text(), m_ui->repeatEdit->text());
    showFieldError(m_ui->passwordError, m_ui->newEdit, problem);
    if (!problem.isEmpty()) {
        m_ui->newEdit->setFocus();
        return;
    }
    QString error;
    const QPointer<ChangePasswordDialog> self(this);
    const bool sent = m_manager.changePassword(
        m_account, m_ui->newEdit->text(),
        [self](bool ok, const QString &message) {
            if (!self) {
                return;
            }
            self->setBusy(false);
            if (!ok) {
                self->showStatus(message, true);
                self->m_ui->newEdit->setFocus();
                return;
            }
            self->m_warning = message;
            self->QDialog::accept();
        },
        &error);
    if (!sent) {
        showStatus(error, true);
        return;
    }
    setBusy(true);
    showStatus(tr("Waiting for the server…"), false);
}

} // namespace balcony::ui
