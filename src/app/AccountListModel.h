#pragma once

#include "core/Jid.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace balcony::app {

class AccountController;
class AccountManager;

// The user's accounts for the accounts dialog: one row per AccountManager::accounts() entry, in the user's
// order. The name (label or JID) is the display text; the check box is the account's enabled flag (editable:
// AccountManager::setEnabled); StatusRole says in words what the account is doing (disabled, offline,
// connecting, online, or the last error), StatusKindRole the same as a StatusKind for icons and colours.
class AccountListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        JidRole = Qt::UserRole + 1, // balcony::Jid (bare)
        StatusRole, // QString, translated
        StatusKindRole, // int (StatusKind)
    };
    enum class StatusKind { Disabled, Offline, Connecting, Online, Error };
    Q_ENUM(StatusKind)

    explicit AccountListModel(AccountManager &manager, QObject *parent = nullptr);
    ~AccountListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Jid jidAt(int row) const;
    int rowOf(const Jid &jid) const;

private:
    void reload();
    void watch(AccountController *controller);
    void refresh(const Jid &jid);
    StatusKind statusKind(const Jid &jid) const;
    QString statusText(const Jid &jid) const;

    AccountManager &m_manager;
    QList<Jid> m_rows;
    QHash<Jid, QString> m_errors; // the last error of each account, until it is online again
};

} // namespace balcony::app
