#pragma once

#include "core/Jid.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

namespace Ui {
class AddContactDialog;
}

namespace balcony::ui {

// Adding a contact (RFC 6121 §2.3 roster set, §3.1 subscription request): the account, the address checked
// as the user types (RFC 7622), a name, groups (existing ones offered, new ones typed, comma-separated) and
// whether to ask for their presence. The window carries the result out through AccountController.
class AddContactDialog : public QDialog {
    Q_OBJECT
public:
    struct AccountChoice {
        Jid account;
        QString label;
        QStringList groups; // the account's existing roster groups
    };

    explicit AddContactDialog(const QList<AccountChoice> &accounts, QWidget *parent = nullptr);
    ~AddContactDialog() override;

    // Prefills (xmpp:?roster / ?subscribe links); an unknown account leaves the choice as it is.
    void setAccount(const Jid &account);
    void setContact(const QString &jid);
    void setContactName(const QString &name);
    void setGroups(const QStringList &groups);

    Jid account() const;
    // Valid only once accepted (or while validationError() is empty).
    Jid contact() const;
    QString contactName() const;
    QStringList groups() const;
    bool requestPresence() const;
    // Why the address cannot be added (translated), empty when it can.
    QString validationError() const;

    void accept() override;

private:
    void validate();
    void fillGroups();

    std::unique_ptr<Ui::AddContactDialog> m_ui;
    QList<AccountChoice> m_accounts;
};

} // namespace balcony::ui
