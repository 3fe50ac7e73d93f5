#include "models/RosterFilterProxyModel.h"

#include "im/PresenceManager.h"
#include "models/RosterModel.h"

namespace balcony {

RosterFilterProxyModel::RosterFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true); // "Bob 2" before "Bob 10"
    setDynamicSortFilter(true);
    sort(0);
}

RosterFilterProxyModel::~RosterFilterProxyModel() = default;

void RosterFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText) {
        return;
    }
    m_filterText = trimmed;
    invalidateFilter();
    Q_EMIT filterTextChanged();
}

void RosterFilterProxyModel::setHideOffline(bool hide)
{
    if (hide == m_hideOffline) {
        return;
    }
    m_hideOffline = hide;
    invalidateFilter();
    Q_EMIT hideOfflineChanged();
}

void RosterFilterProxyModel::setGroupFilter(const std::optional<QString> &group)
{
    if (group == m_group) {
        return;
    }
    m_group = group;
    invalidateFilter();
    Q_EMIT groupFilterChanged();
}

void RosterFilterProxyModel::setSortByAvailability(bool byAvailability)
{
    if (byAvailability == m_byAvailability) {
        return;
    }
    m_byAvailability = byAvailability;
    invalidate();
    Q_EMIT sortByAvailabilityChanged();
}

void RosterFilterProxyModel::setCollationLocale(const QLocale &locale)
{
    m_collator.setLocale(locale);
    m_sortKeys.clear();
    invalidate();
}

bool RosterFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hideOffline
        && source.data(RosterModel::AvailabilityRole).toInt() == int(PresenceManager::Availability::Offline)
        && source.data(RosterModel::UnreadCountRole).toInt() == 0) {
        return false;
    }
    if (m_group) {
        const QStringList groups = source.data(RosterModel::GroupsRole).toStringList();
        if (m_group->isEmpty() ? !groups.isEmpty() : !groups.contains(*m_group)) {
            return false;
        }
    }
    if (!m_filterText.isEmpty()) {
        return source.data(Qt::DisplayRole).toString().contains(m_filterText, Qt::CaseInsensitive)
            || source.data(RosterModel::JidStringRole).toString().contains(m_filterText, Qt::CaseInsensitive);
    }
    return true;
}

void RosterFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_roster = qobject_cast<RosterModel *>(sourceModel);
    m_sortKeys.clear();
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

bool RosterFilterProxyModel::lessThanRows(int left, int right) const
{
    if (m_byAvailability) {
        const auto a = m_roster->availabilityAt(left);
        const auto b = m_roster->availabilityAt(right);
        if (a != b) {
            return a > b;
        }
    }
    const QString &nameA = m_roster->displayNameAt(left);
    const QString &nameB = m_roster->displayNameAt(right);
    if (nameA != nameB) {
        const QCollatorSortKey keyA = sortKey(nameA);
        const int order = keyA.compare(sortKey(nameB));
        if (order != 0) {
            return order < 0;
        }
    }
    return m_roster->jidAt(left).toString() < m_roster->jidAt(right).toString();
}

bool RosterFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_roster && left.model() == m_roster && right.model() == m_roster) {
        return lessThanRows(left.row(), right.row());
    }
    if (m_byAvailability) {
        const int a = left.data(RosterModel::AvailabilityRole).toInt();
        const int b = right.data(RosterModel::AvailabilityRole).toInt();
        if (a != b) {
            return a > b; // more available first
        }
    }
    const QString nameA = left.data(Qt::DisplayRole).toString();
    const QString nameB = right.data(Qt::DisplayRole).toString();
    if (nameA != nameB) {
        // By value: computing the second key may grow (rehash) or clear the cache.
        const QCollatorSortKey keyA = sortKey(nameA);
        const int order = keyA.compare(sortKey(nameB));
        if (order != 0) {
            return order < 0;
        }
    }
    return left.data(RosterModel::JidStringRole).toString() < right.data(RosterModel::JidStringRole).toString();
}

QCollatorSortKey RosterFilterProxyModel::sortKey(const QString &name) const
{
    auto it = m_sortKeys.constFind(name);
    if (it != m_sortKeys.cend()) {
        return *it;
    }
    // Renamed contacts leave stale keys behind; start over before the cache outgrows the roster.
    if (sourceModel() && m_sortKeys.size() > 2 * qsizetype(sourceModel()->rowCount()) + 64) {
        m_sortKeys.clear();
    }
    return *m_sortKeys.emplace(name, m_collator.sortKey(name));
}

} // namespace balcony
