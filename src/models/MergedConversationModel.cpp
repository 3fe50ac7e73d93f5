#include "models/MergedConversationModel.h"

#include "models/ConversationListModel.h"

#include <QDateTime>

namespace balcony {

MergedConversationModel::MergedConversationModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

MergedConversationModel::~MergedConversationModel()
{
    for (const Source &source : std::as_const(m_sources)) {
        for (const QMetaObject::Connection &connection : source.connections) {
            disconnect(connection);
        }
    }
}

void MergedConversationModel::addAccount(const Jid &account, ConversationListModel *conversations)
{
    if (!conversations) {
        return;
    }
    for (const Source &source : std::as_const(m_sources)) {
        if (source.account == account.bare() || source.model == conversations) {
            return;
        }
    }
    const int first = rowCount();
    const int added = conversations->rowCount();
    if (added > 0) {
        beginInsertRows(QModelIndex(), first, first + added - 1);
    }
    m_sources.append(Source { account.bare(), conversations, {} });
    connectSource(m_sources.last());
    if (added > 0) {
        endInsertRows();
    }
    Q_EMIT totalUnreadChanged(totalUnread());
}

void MergedConversationModel::removeAccount(const Jid &account)
{
    for (qsizetype s = 0; s < m_sources.size(); ++s) {
        if (m_sources[s].account != account.bare()) {
            continue;
        }
        const int first = m_sources[s].model ? offsetOf(m_sources[s].model) : 0;
        const int count = m_sources[s].model ? m_sources[s].model->rowCount() : 0;
        if (count > 0) {
            beginRemoveRows(QModelIndex(), first, first + count - 1);
        }
        for (const QMetaObject::Connection &connection : std::as_const(m_sources[s].connections)) {
            disconnect(connection);
        }
        m_sources.removeAt(s);
        if (count > 0) {
            endRemoveRows();
        }
        Q_EMIT totalUnreadChanged(totalUnread());
        return;
    }
}

int MergedConversationModel::totalUnread() const
{
    int total = 0;
    for (const Source &source : m_sources) {
        total += source.model ? source.model->totalUnread() : 0;
    }
    return total;
}

int MergedConversationModel::offsetOf(const ConversationListModel *model) const
{
    int offset = 0;
    for (const Source &source : m_sources) {
        if (source.model == model) {
            return offset;
        }
        offset += source.model ? source.model->rowCount() : 0;
    }
    return offset;
}

void MergedConversationModel::connectSource(Source &source)
{
    ConversationListModel *model = source.model;
    QList<QMetaObject::Connection> &c = source.connections;
    // Row counts of the source are read inside its begin/end pairs, when they are still (or already) the
    // counts the shifted rows refer to: rows before the changed ones belong to earlier sources, unchanged.
    c.append(connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this, model](const QModelIndex &, int first, int last) {
            const int offset = offsetOf(model);
            beginInsertRows(QModelIndex(), offset + first, offset + last);
        }));
    c.append(connect(model, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); }));
    c.append(connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this, model](const QModelIndex &, int first, int last) {
            const int offset = offsetOf(model);
            beginRemoveRows(QModelIndex(), offset + first, offset + last);
        }));
    c.append(connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); }));
    c.append(connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this,
        [this, model](const QModelIndex &, int first, int last, const QModelIndex &, int destination) {
            const int offset = offsetOf(model);
            beginMoveRows(QModelIndex(), offset + first, offset + last, QModelIndex(), offset + destination);
        }));
    c.append(connect(model, &QAbstractItemModel::rowsMoved, this, [this] { endMoveRows(); }));
    c.append(connect(model, &QAbstractItemModel::dataChanged, this,
        [this, model](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            const int offset = offsetOf(model);
            Q_EMIT dataChanged(index(offset + topLeft.row()), index(offset + bottomRight.row()), roles);
        }));
    // A reset of one source (ConversationListModel::reload()) changes an unknown number of its rows.
    c.append(connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }));
    c.append(connect(model, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); }));
    c.append(connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { beginResetModel(); }));
    c.append(connect(model, &QAbstractItemModel::layoutChanged, this, [this] { endResetModel(); }));
    c.append(connect(
        model, &ConversationListModel::totalUnreadChanged, this, [this] { Q_EMIT totalUnreadChanged(totalUnread()); }));
}

int MergedConversationModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    int rows = 0;
    for (const Source &source : m_sources) {
        rows += source.model ? source.model->rowCount() : 0;
    }
    return rows;
}

QVariant MergedConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    int row = index.row();
    for (const Source &source : m_sources) {
        const int rows = source.model ? source.model->rowCount() : 0;
        if (row < rows) {
            if (role == AccountRole) {
                return QVariant::fromValue(source.account);
            }
            return source.model->data(source.model->index(row), role);
        }
        row -= rows;
    }
    return {};
}

QHash<int, QByteArray> MergedConversationModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (const Source &source : m_sources) {
        if (source.model) {
            names = source.model->roleNames();
            break;
        }
    }
    names.insert(AccountRole, "account");
    return names;
}

ConversationFilterProxyModel::ConversationFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    // lessThan() says "newer": ascending order is newest first.
    sort(0, Qt::AscendingOrder);
}

ConversationFilterProxyModel::~ConversationFilterProxyModel() = default;

void ConversationFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText) {
        return;
    }
    m_filterText = trimmed;
    invalidateFilter();
}

bool ConversationFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterText.isEmpty()) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(Qt::DisplayRole).toString().contains(m_filterText, Qt::CaseInsensitive)
        || index.data(ConversationListModel::JidStringRole).toString().contains(m_filterText, Qt::CaseInsensitive);
}

bool ConversationFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QDateTime a = left.data(ConversationListModel::LastTimeRole).toDateTime();
    const QDateTime b = right.data(ConversationListModel::LastTimeRole).toDateTime();
    if (a != b) {
        return a > b;
    }
    return left.data(ConversationListModel::LastMessageIdRole).toLongLong()
        > right.data(ConversationListModel::LastMessageIdRole).toLongLong();
}

} // namespace balcony
