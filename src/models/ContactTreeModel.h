#pragma once

#include "core/Jid.h"

#include <QAbstractItemModel>
#include <QCollator>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

namespace balcony {

class RosterFilterProxyModel;
class RosterModel;

// The contact list as a tree for the desktop window: one top-level row per account when there are several
// (else the account level is left out; while searching, accounts without a match are left out too), under it
// one row per roster group (RFC 6121 §2.1.2.2; a contact in
// two groups appears in both, contacts without a group in a last "Contacts" group), under it the contacts.
//
// Each account's RosterModel gets its own RosterFilterProxyModel, which does what it already does well
// (filter text, hiding offline contacts, sorting by availability and name); this model only groups the
// proxy's rows. Contact rows read their data from the RosterModel through its JID index (RosterModel's roles
// are answered as they are), so a presence change is one dataChanged() here. A change of the structure
// (rows filtered in or out, a re-sort, a group change) rebuilds the grouping, at most once per event-loop
// turn for a presence burst, and is announced as one layout change with every persistent index moved to the
// same node (account, group, contact), so expanded groups and the selection survive.
class ContactTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Kind { Account, Group, Contact };
    Q_ENUM(Kind)
    enum Role {
        // RosterModel's roles (JidRole ... UnreadCountRole) are answered for contact rows. These follow them:
        KindRole = Qt::UserRole + 100, // int, Kind
        AccountRole, // balcony::Jid, the account of the row (all kinds)
        GroupRole, // QString, the group of a group or contact row ("" for contacts without a group)
        KeyRole, // QString, identifies the node across rebuilds (for remembering collapsed groups)
        TotalCountRole, // int, for account and group rows: contacts shown under it
        AvailableCountRole, // int, for account and group rows: of those, how many are available
    };
    Q_ENUM(Role)

    explicit ContactTreeModel(QObject *parent = nullptr);
    ~ContactTreeModel() override;

    // Shows the contacts of `roster` (which must outlive its removal or this model) as those of `account`,
    // labelled `label` at the top level. Accounts keep the order they were added in. `alwaysLabelled`: the account
    // level is shown even when it is the only account (the local network's peers are not "Contacts").
    void addAccount(const Jid &account, const QString &label, RosterModel *roster, bool alwaysLabelled = false);
    void removeAccount(const Jid &account);
    void setAccountLabel(const Jid &account, const QString &label);
    QList<Jid> accounts() const;

    // Passed to every account's RosterFilterProxyModel; the tree follows at once.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    void setHideOffline(bool hide);
    bool hideOffline() const { return m_hideOffline; }
    void setSortByAvailability(bool byAvailability);
    bool sortByAvailability() const { return m_byAvailability; }

    // Applies a pending structural change now (they are otherwise coalesced to the next event-loop turn).
    void rebuildNow();

    // The first contact row of `contact` in `account` (invalid if it is not shown).
    QModelIndex indexOf(const Jid &account, const Jid &contact) const;
    // How many contact rows are shown (a contact in two groups counts twice).
    int contactRowCount() const;
    // The name shown for contacts without a group.
    static QString noGroupName();

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Source {
        Jid account;
        QString label;
        bool alwaysLabelled = false;
        QPointer<RosterModel> roster;
        std::unique_ptr<RosterFilterProxyModel> proxy;
        QList<QMetaObject::Connection> connections;
    };
    struct Node {
        Kind kind = Kind::Account;
        int parent = -1; // node index; -1 for top-level rows
        int row = 0; // in the parent
        QList<int> children;
        int source = 0; // index into m_sources
        QString group;
        Jid contact;
        QString key;
        int total = 0;
        int available = 0;
    };
    using Tree = std::vector<Node>;

    void scheduleRebuild();
    Tree build() const;
    // Row numbers of top-level nodes, the top-level list and the contact index of a built tree.
    void indexTree(Tree &tree, QList<int> &topLevel, QMultiHash<QString, int> &contactNodes) const;
    // Takes a built tree as it is (inside a reset).
    void install(Tree tree);
    void forwardDataChanged(
        const Source &source, const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    const Node *nodeOf(const QModelIndex &index) const;
    const Source *sourceOf(const Jid &account) const;
    static QString contactKey(const Jid &account, const QString &group, const Jid &contact);

    std::vector<std::unique_ptr<Source>> m_sources;
    Tree m_nodes;
    QList<int> m_topLevel;
    QMultiHash<QString, int> m_contactNodes; // "account|jid" -> contact node indexes
    QString m_filterText;
    bool m_hideOffline = false;
    bool m_byAvailability = true;
    QCollator m_collator;
    QTimer m_rebuildTimer;
};

} // namespace balcony
