#include "AccountListModel.h"

#include "account/Account.h"
#include "app/AccountController.h"
#include "app/AccountManager.h"

#include <QCoreApplication>

namespace balcony::app {

AccountListModel::AccountListModel(AccountManager &manager, QObject *parent)
    : QAbstractListModel(parent)
    , m_manager(manager)
{
    reload();
    // The list changes rarely and by the user: a reset is cheap and keeps the rows in the manager's order.
    connect(&m_manager, &AccountManager::accountAdded, this, [this] { reload(); });
    connect(&m_manager, &AccountManager::accountRemoved, this, [this](const Jid &jid) {
        m_errors.remove(jid);
        reload();
    });
    connect(&m_manager, &AccountManager::accountChanged, this, [this](const Jid &jid) { refresh(jid); });
    connect(&m_manager, &AccountManager::controllerAdded, this, [this](AccountController *controller) {
        watch(controller);
        refresh(controller->jid().bare());
    });
    connect(&m_manager, &AccountManager::controllerRemoved, this, [this](const Jid &jid) { refresh(jid); });
    connect(&m_manager, &AccountManager::accountFailed, this, [this](const Jid &jid, const QString &message) {
        m_errors.insert(jid.bare(), message);
        refresh(jid.bare());
    });
    for (AccountController *controller : m_manager.controllers()) {
        watch(controller);
    }
}

AccountListModel::~AccountListModel() = default;

void AccountListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (const AccountConfig &config : m_manager.accounts()) {
        m_rows.append(config.jid);
    }
    endResetModel();
}

void AccountListModel::watch(AccountController *controller)
{
    const Jid jid = controller->jid().bare();
    connect(controller, &AccountController::online, this, [this, jid] {
        m_errors.remove(jid);
        refresh(jid);
    });
    connect(controller, &AccountController::offline, this, [this, jid] { refresh(jid); });
    connect(controller, &AccountController::errorOccurred, this, [this, jid](const ConnectionError &error) {
        m_errors.insert(jid, error.message);
        refresh(jid);
    });
    connect(&controller->account().connection(), &Connection::stateChanged, this, [this, jid] { refresh(jid); });
}

void AccountListModel::refresh(const Jid &jid)
{
    const int row = rowOf(jid);
    if (row >= 0) {
        const QModelIndex at = index(row);
        Q_EMIT dataChanged(at, at);
    }
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Jid AccountListModel::jidAt(int row) const
{
    return m_rows.value(row);
}

int AccountListModel::rowOf(const Jid &jid) const
{
    return int(m_rows.indexOf(jid.bare()));
}

AccountListModel::StatusKind AccountListModel::statusKind(const Jid &jid) const
{
    const std::optional<AccountConfig> config = m_manager.account(jid);
    if (!config || !config->enabled) {
        return StatusKind::Disabled;
    }
    AccountController *controller = m_manager.controller(jid);
    if (!controller) {
        return m_errors.contains(jid) ? StatusKind::Error : StatusKind::Offline;
    }
    if (controller->isOnline()) {
        return StatusKind::Online;
    }
    switch (controller->account().connection().state()) {
    case ConnectionState::Disconnected:
    case ConnectionState::Disconnecting:
    case ConnectionState::WaitingToReconnect:
        return m_errors.contains(jid) ? StatusKind::Error : StatusKind::Offline;
    default:
        return StatusKind::Connecting;
    }
}

QString AccountListModel::statusText(const Jid &jid) const
{
    switch (statusKind(jid)) {
    case StatusKind::Disabled:
        return tr("Disabled");
    case StatusKind::Offline:
        return tr("Offline");
    case StatusKind::Connecting:
        return tr("Connecting…");
    case StatusKind::Online:
        return tr("Online");
    case StatusKind::Error:
        return m_errors.value(jid);
    }
    return {};
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Jid jid = m_rows.at(index.row());
    const std::optional<AccountConfig> config = m_manager.account(jid);
    if (!config) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return config->displayName();
    case Qt::ToolTipRole:
        return config->label.isEmpty() ? statusText(jid) : tr("%1 (%2)").arg(config->jid.bareString(), statusText(jid));
    case Qt::AccessibleDescriptionRole:
        return statusText(jid);
    case Qt::CheckStateRole:
        return config->enabled ? Qt::Checked : Qt::Unchecked;
    case JidRole:
        return QVariant::fromValue(jid);
    case StatusRole:
        return statusText(jid);
    case StatusKindRole:
        return int(statusKind(jid));
    default:
        return {};
    }
}

bool AccountListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const Jid jid = m_rows.at(index.row());
    const bool enabled = value.value<Qt::CheckState>() == Qt::Checked;
    QString error;
    if (!m_manager.setEnabled(jid, enabled, &error)) {
        if (!error.isEmpty()) {
            m_errors.insert(jid, error);
        }
        refresh(jid);
        return false;
    }
    refresh(jid);
    return true;
}

Qt::ItemFlags AccountListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(JidRole, "jid");
    names.insert(StatusRole, "status");
    names.insert(StatusKindRole, "statusKind");
    return names;
}

} // namespace balcony::app
