#pragma once

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace balcony {

class RosterModel;

// Filters and sorts a RosterModel for a contact list view (RFC 6121 §2 roster, §4.7 presence).
//
// Filtering: a text that must occur (case-insensitively) in the display name or the JID; optionally
// hiding offline contacts (those with unread messages stay visible, so the user can still reach them);
// optionally one group (§2.1.2.2), where an empty group name selects the contacts without a group.
// Sorting: by availability (chat, online, away, xa, dnd, offline) and then by name in the collation of the
// user's locale, then by JID so that equal names keep a stable order. Both are dynamic: a presence burst
// or a rename re-sorts and re-filters only the rows the source announced.
//
// Collation keys are cached per name: QCollator::compare() on every comparison of a 10,000-contact sort
// would dominate the time it takes.
class RosterFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(bool hideOffline READ hideOffline WRITE setHideOffline NOTIFY hideOfflineChanged)
    Q_PROPERTY(
        bool sortByAvailability READ sortByAvailability WRITE setSortByAvailability NOTIFY sortByAvailabilityChanged)
public:
    explicit RosterFilterProxyModel(QObject *parent = nullptr);
    ~RosterFilterProxyModel() override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    bool hideOffline() const { return m_hideOffline; }
    void setHideOffline(bool hide);

    // nullopt: every group; an empty string: only contacts without a group.
    std::optional<QString> groupFilter() const { return m_group; }
    void setGroupFilter(const std::optional<QString> &group);

    bool sortByAvailability() const { return m_byAvailability; }
    void setSortByAvailability(bool byAvailability);

    // The locale whose collation orders names (default: the system locale).
    void setCollationLocale(const QLocale &locale);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

Q_SIGNALS:
    void filterTextChanged();
    void hideOfflineChanged();
    void groupFilterChanged();
    void sortByAvailabilityChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollatorSortKey sortKey(const QString &name) const;
    bool lessThanRows(int left, int right) const;

    QString m_filterText;
    bool m_hideOffline = false;
    std::optional<QString> m_group;
    bool m_byAvailability = true;
    QCollator m_collator;
    // The source when it is a RosterModel: sorting then reads its rows directly instead of through data().
    QPointer<RosterModel> m_roster;
    mutable QHash<QString, QCollatorSortKey> m_sortKeys;
};

} // namespace balcony
