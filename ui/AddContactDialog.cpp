#include "AddContactDialog.h"

#include "ui_AddContactDialog.h"

#include <QPushButton>

namespace balcony::ui {

AddContactDialog::AddContactDialog(const QList<AccountChoice> &accounts, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddContactDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    for (const AccountChoice &choice : accounts) {
        m_ui->accountCombo->addItem(
            choice.label.isEmpty() ? choice.account.bareString() : choice.label, QVariant::fromValue(choice.account));
    }
    // One account: nothing to choose.
    m_ui->accountLabel->setVisible(accounts.size() > 1);
    m_ui->accountCombo->setVisible(accounts.size() > 1);
    m_ui->groupCombo->lineEdit()->setPlaceholderText(tr("None"));
    m_ui->groupCombo->lineEdit()->setAccessibleName(tr("Groups"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    // QFormLayout grows line edits only; the combos should line up with them.
    for (QComboBox *combo : { m_ui->accountCombo, m_ui->groupCombo }) {
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    m_ui->jidError->setForegroundRole(QPalette::PlaceholderText);
    fillGroups();
    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this, &AddContactDialog::fillGroups);
    connect(m_ui->jidEdit, &QLineEdit::textChanged, this, &AddContactDialog::validate);
    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this, &AddContactDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddContactDialog::accept);
    validate();
    m_ui->jidEdit->setFocus();
}

AddContactDialog::~AddContactDialog() = default;

void AddContactDialog::fillGroups()
{
    const QString typed = m_ui->groupCombo->currentText();
    m_ui->groupCombo->clear();
    m_ui->groupCombo->addItem(QString());
    const int current = m_ui->accountCombo->currentIndex();
    if (current >= 0 && current < m_accounts.size()) {
        m_ui->groupCombo->addItems(m_accounts[current].groups);
    }
    m_ui->groupCombo->setCurrentText(typed);
}

void AddContactDialog::setAccount(const Jid &account)
{
    const int found = m_ui->accountCombo->findData(QVariant::fromValue(account.bare()));
    if (found >= 0) {
        m_ui->accountCombo->setCurrentIndex(found);
    }
}

void AddContactDialog::setContact(const QString &jid)
{
    m_ui->jidEdit->setText(jid);
}

void AddContactDialog::setContactName(const QString &name)
{
    m_ui->nameEdit->setText(name);
}

void AddContactDialog::setGroups(const QStringList &groups)
{
    m_ui->groupCombo->setCurrentText(groups.join(QStringLiteral(", ")));
}

Jid AddContactDialog::account() const
{
    return m_ui->accountCombo->currentData().value<Jid>();
}

Jid AddContactDialog::contact() const
{
    const auto jid = Jid::parse(m_ui->jidEdit->text().trimmed());
    return jid ? jid->bare() : Jid();
}

QString AddContactDialog::contactName() const
{
    return m_ui->nameEdit->text().trimmed();
}

QStringList AddContactDialog::groups() const
{
    QStringList groups;
    for (const QString &group : m_ui->groupCombo->currentText().split(QLatin1Char(','))) {
        const QString trimmed = group.trimmed();
        if (!trimmed.isEmpty() && !groups.contains(trimmed)) {
            groups.append(trimmed);
        }
    }
    return groups;
}

bool AddContactDialog::requestPresence() const
{
    return m_ui->askCheck->isChecked();
}

QString AddContactDialog::validationError() const
{
    const QString text = m_ui->jidEdit->text().trimmed();
    if (text.isEmpty()) {
        return tr("Enter the contact's address, like friend@example.org.");
    }
    QString error;
    const auto jid = Jid::parse(text, &error);
    if (!jid) {
        return tr("This address is not valid: %1").arg(error);
    }
    if (jid->local().isEmpty()) {
        return tr("The address needs a name before the @, like friend@%1.").arg(jid->domain());
    }
    if (!jid->resource().isEmpty()) {
        return tr("Leave out the part after the /: contacts are added by their bare address.");
    }
    if (jid->bare() == account()) {
        return tr("This is your own account.");
    }
    if (m_accounts.isEmpty()) {
        return tr("There is no account to add the contact to.");
    }
    return QString();
}

void AddContactDialog::validate()
{
    const QString error = validationError();
    // The "enter an address" hint only while the field is empty and untouched is noise: show it as grey text.
    const bool empty = m_ui->jidEdit->text().trimmed().isEmpty();
    m_ui->jidError->setText(empty ? QString() : error);
    m_ui->jidError->setVisible(!empty && !error.isEmpty());
    m_ui->jidError->setForegroundRole(empty ? QPalette::PlaceholderText : QPalette::WindowText);
    if (!empty && !error.isEmpty()) {
        QPalette palette = m_ui->jidError->palette();
        palette.setColor(QPalette::WindowText, QColor(0xda, 0x36, 0x33));
        m_ui->jidError->setPalette(palette);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void AddContactDialog::accept()
{
    if (!validationError().isEmpty()) {
        validate();
        return;
    }
    QDialog::accept();
}

} // namespace balcony::ui
