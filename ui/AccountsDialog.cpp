#include "AccountsDialog.h"

#include "AccountEditDialog.h"
#include "AccountItemDelegate.h"
#include "ChangePasswordDialog.h"
#include "FieldError.h"
#include "RemoveAccountDialog.h"
#include "app/AccountController.h"
#include "app/AccountListModel.h"
#include "app/AccountManager.h"
#include "app/PasswordStore.h"
#include "ui_AccountsDialog.h"

#include <QAction>
#include <QIcon>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

// A push button that shows and follows an action (text, icon, tooltip, enabled) and triggers it.
void bind(QPushButton *button, QAction *action)
{
    auto sync = [button, action] {
        button->setText(action->text());
        button->setIcon(action->icon());
        button->setToolTip(action->toolTip());
        button->setStatusTip(action->statusTip());
        button->setEnabled(action->isEnabled());
        button->setAccessibleName(action->text().remove(u'&').remove(u"…"_s));
    };
    sync();
    QObject::connect(action, &QAction::changed, button, sync);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
}

} // namespace

AccountsDialog::AccountsDialog(app::AccountManager &manager, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_manager(manager)
    , m_model(new app::AccountListModel(manager, this))
    , m_keychainAvailable(app::KeychainPasswordStore::serviceAvailable())
{
    m_ui->setupUi(this);
    m_ui->accountList->setModel(m_model);
    m_ui->accountList->setItemDelegate(new AccountItemDelegate(m_ui->accountList));

    m_add = makeAction(tr("&Add…"), u"list-add"_s, QStyle::SP_FileDialogNewFolder, QKeySequence(Qt::Key_Insert),
        tr("Sign in to another account or create a new one"));
    m_edit = makeAction(tr("&Edit…"), u"document-properties"_s, QStyle::SP_FileDialogDetailedView,
        QKeySequence(Qt::Key_F2), tr("Change the name, password storage and connection settings of the account"));
    m_changePassword = makeAction(tr("Change &Password…"), u"dialog-password"_s, QStyle::SP_DialogApplyButton,
        QKeySequence(Qt::CTRL | Qt::Key_P), tr("Change the account's password on its server"));
    m_remove = makeAction(tr("&Remove…"), u"list-remove"_s, QStyle::SP_TrashIcon, QKeySequence::Delete,
        tr("Remove the account from Balcony, and optionally from its server"));
    connect(m_add, &QAction::triggered, this, &AccountsDialog::addAccount);
    connect(m_edit, &QAction::triggered, this, &AccountsDialog::editAccount);
    connect(m_changePassword, &QAction::triggered, this, &AccountsDialog::changePassword);
    connect(m_remove, &QAction::triggered, this, &AccountsDialog::removeAccount);
    bind(m_ui->addButton, m_add);
    bind(m_ui->editButton, m_edit);
    bind(m_ui->passwordButton, m_changePassword);
    bind(m_ui->removeButton, m_remove);
    m_ui->accountList->addActions({ m_add, m_edit, m_changePassword, m_remove });
    connect(m_ui->accountList, &QListView::activated, this, [this] { editAccount(); });
    connect(m_ui->accountList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &AccountsDialog::updateActions);
    // The status of the selected account decides what can be done (changing the password needs it online).
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AccountsDialog::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_ui->accountList->currentIndex().isValid()) {
            m_ui->accountList->setCurrentIndex(m_model->index(0));
        }
        updateActions();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showStatus(QString(), false);
    if (m_model->rowCount() > 0) {
        m_ui->accountList->setCurrentIndex(m_model->index(0));
    }
    updateActions();
    m_ui->accountList->setFocus();
}

AccountsDialog::~AccountsDialog() = default;

QAction *AccountsDialog::makeAction(const QString &text, const QString &icon, QStyle::StandardPixmap fallback,
    const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(QIcon::fromTheme(icon, style()->standardIcon(fallback)), text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    QWidget::addAction(action);
    return action;
}

Jid AccountsDialog::selectedAccount() const
{
    return m_model->jidAt(m_ui->accountList->currentIndex().row());
}

void AccountsDialog::selectAccount(const Jid &jid)
{
    const int row = m_model->rowOf(jid);
    if (row >= 0) {
        m_ui->accountList->setCurrentIndex(m_model->index(row));
    }
}

void AccountsDialog::updateActions()
{
    const Jid jid = selectedAccount();
    const bool selected = !jid.isNull();
    app::AccountController *controller = selected ? m_manager.controller(jid) : nullptr;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_changePassword->setEnabled(controller && controller->isOnline());
    m_changePassword->setToolTip(controller && controller->isOnline()
            ? tr("Change the account's password on its server")
            : tr("Change the account's password on its server (it must be online)"));
}

void AccountsDialog::showStatus(const QString &message, bool error)
{
    showStatusMessage(m_ui->statusLabel, this, message, error);
}

void AccountsDialog::addAccount()
{
    WelcomeDialog welcome(this);
    welcome.setKeychainAvailable(m_keychainAvailable);
    welcome.setCertificateHook(m_certificateHook);
    QList<Jid> existing;
    for (const app::AccountConfig &config : m_manager.accounts()) {
        existing.append(config.jid);
    }
    welcome.setExistingAccounts(existing);
    if (m_welcomeSetup) {
        m_welcomeSetup(welcome);
    }
    if (welcome.exec() != QDialog::Accepted) {
        return;
    }
    QString error;
    if (!m_manager.addAccount(welcome.config(), welcome.password(), &error)) {
        showStatus(error, true);
        return;
    }
    const Jid jid = welcome.config().jid;
    showStatus(tr("%1 was added.").arg(jid.bareString()), false);
    selectAccount(jid);
    m_manager.signIn(jid);
}

void AccountsDialog::editAccount()
{
    const std::optional<app::AccountConfig> config = m_manager.account(selectedAccount());
    if (!config) {
        return;
    }
    AccountEditDialog edit(*config, m_keychainAvailable, this);
    if (edit.exec() != QDialog::Accepted) {
        return;
    }
    QString error;
    if (!m_manager.updateAccount(edit.config(), &error)) {
        showStatus(error, true);
        return;
    }
    showStatus(QString(), false);
    selectAccount(config->jid);
}

void AccountsDialog::changePassword()
{
    const Jid jid = selectedAccount();
    if (jid.isNull()) {
        return;
    }
    ChangePasswordDialog dialog(m_manager, jid, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    showStatus(
        dialog.warning().isEmpty() ? tr("The password of %1 was changed.").arg(jid.bareString()) : dialog.warning(),
        !dialog.warning().isEmpty());
}

void AccountsDialog::removeAccount()
{
    const Jid jid = selectedAccount();
    if (jid.isNull()) {
        return;
    }
    RemoveAccountDialog dialog(m_manager, jid, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    showStatus(tr("%1 was removed.").arg(jid.bareString()), false);
}

} // namespace balcony::ui
