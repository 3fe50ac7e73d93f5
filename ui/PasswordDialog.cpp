#include "PasswordDialog.h"

#include "DialogFit.h"
#include "FieldError.h"
#include "app/AccountInput.h"
#include "app/AccountManager.h"
#include "ui_PasswordDialog.h"

#include <QPointer>
#include <QPushButton>
#include <QSet>

namespace balcony::ui {

PasswordDialog::PasswordDialog(const Jid &account, const QString &reason, app::PasswordMode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
{
    m_ui->setupUi(this);
    fitHeightToContents(this);
    m_ui->promptLabel->setText(
        tr("Balcony needs the password of <b>%1</b> to sign in.").arg(account.bareString().toHtmlEscaped()));
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonLabel->setVisible(!reason.isEmpty());
    showFieldError(m_ui->passwordError, m_ui->passwordEdit, QString());
    switch (mode) {
    case app::PasswordMode::Keychain:
        m_ui->rememberCheck->setText(tr("&Remember it in the system keychain"));
        m_ui->rememberCheck->setChecked(true);
        break;
    case app::PasswordMode::Session:
        m_ui->rememberCheck->setText(tr("&Remember it until Balcony quits"));
        m_ui->rememberCheck->setChecked(true);
        break;
    case app::PasswordMode::Ask:
        m_ui->rememberCheck->hide();
        break;
    }
    m_ui->rememberCheck->setAccessibleName(m_ui->rememberCheck->text().remove(u'&'));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->passwordEdit->setFocus();
}

PasswordDialog::~PasswordDialog() = default;

QString PasswordDialog::password() const
{
    return m_ui->passwordEdit->text();
}

bool PasswordDialog::remember() const
{
    return m_ui->rememberCheck->isVisible() && m_ui->rememberCheck->isChecked();
}

void PasswordDialog::accept()
{
    const QString problem = app::AccountInput::checkPassword(password());
    showFieldError(m_ui->passwordError, m_ui->passwordEdit, problem);
    if (!problem.isEmpty()) {
        m_ui->passwordEdit->setFocus();
        return;
    }
    QDialog::accept();
}

void PasswordDialog::answerRequests(app::AccountManager &manager, QWidget *parent)
{
    auto open = std::make_shared<QSet<Jid>>();
    QObject::connect(&manager, &app::AccountManager::passwordNeeded, parent,
        [&manager, parent, open](const Jid &jid, const QString &reason) {
            if (open->contains(jid)) {
                return; // already asking
            }
            const std::optional<app::AccountConfig> config = manager.account(jid);
            if (!config) {
                return;
            }
            open->insert(jid);
            auto *dialog = new PasswordDialog(jid, reason, config->passwordMode, parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            const QPointer<app::AccountManager> target(&manager);
            QObject::connect(dialog, &QDialog::finished, parent, [dialog, jid, target, open](int result) {
                open->remove(jid);
                if (result == QDialog::Accepted && target) {
                    target->providePassword(jid, dialog->password(), dialog->remember());
                }
            });
            dialog->open();
        });
}

} // namespace balcony::ui
