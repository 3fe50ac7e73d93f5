#include "models/ContactTreeModel.h"

#include "im/PresenceManager.h"
#include "models/RosterFilterProxyModel.h"
#include "models/RosterModel.h"

#include <QCoreApplication>

#include <algorithm>

namespace balcony {

namespace {

QString accountKey(const Jid &account)
{
    return QStringLiteral("a|") + account.bareString();
}

QString groupKey(const Jid &account, const QString &group)
{
    return QStringLiteral("g|") + account.bareString() + QLatin1Char('|') + group;
}

QString contactIndexKey(const Jid &account, const Jid &contact)
{
    return account.bareString() + QLatin1Char('|') + contact.bareString();
}

} // namespace

ContactTreeModel::ContactTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &ContactTreeModel::rebuildNow);
}

ContactTreeModel::~ContactTreeModel()
{
    for (const auto &source : m_sources) {
        for (const QMetaObject::Connection &connection : source->connections) {
            disconnect(connection);
        }
    }
}

QString ContactTreeModel::noGroupName()
{
    return QCoreApplication::translate("ContactTreeModel", "Contacts");
}

QString ContactTreeModel::contactKey(const Jid &account, const QString &group, const Jid &contact)
{
    return QStringLiteral("c|") + account.bareString() + QLatin1Char('|') + group + QLatin1Char('|')
        + contact.bareString();
}

void ContactTreeModel::addAccount(const Jid &account, const QString &label, RosterModel *roster, bool alwaysLabelled)
{
    if (!roster || sourceOf(account)) {
        return;
    }
    auto source = std::make_unique<Source>();
    source->account = account.bare();
    source->label = label;
    source->alwaysLabelled = alwaysLabelled;
    source->roster = roster;
    source->proxy = std::make_unique<RosterFilterProxyModel>();
    source->proxy->setFilterText(m_filterText);
    source->proxy->setHideOffline(m_hideOffline);
    source->proxy->setSortByAvailability(m_byAvailability);
    source->proxy->setSourceModel(roster);
    Source *raw = source.get();
    RosterFilterProxyModel *proxy = raw->proxy.get();
    // Structure: whatever changes which rows the proxy shows, or their order, or a contact's groups.
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        raw->connections.append(connect(proxy, signal, this, &ContactTreeModel::scheduleRebuild));
    }
    raw->connections.append(
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &ContactTreeModel::scheduleRebuild));
    raw->connections.append(connect(proxy, &QAbstractItemModel::modelReset, this, &ContactTreeModel::scheduleRebuild));
    raw->connections.append(connect(roster, &QAbstractItemModel::dataChanged, this,
        [this, raw](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            forwardDataChanged(*raw, topLeft, bottomRight, roles);
        }));
    m_sources.push_back(std::move(source));
    rebuildNow();
}

void ContactTreeModel::removeAccount(const Jid &account)
{
    const auto it = std::find_if(m_sources.begin(), m_sources.end(),
        [&](const std::unique_ptr<Source> &source) { return source->account == account.bare(); });
    if (it == m_sources.end()) {
        return;
    }
    // The nodes refer to sources by position: a removal renumbers them, so the tree is built anew (a reset: the
    // top level may lose its account rows too).
    beginResetModel();
    for (const QMetaObject::Connection &connection : (*it)->connections) {
        disconnect(connection);
    }
    m_sources.erase(it);
    m_nodes.clear();
    m_topLevel.clear();
    m_contactNodes.clear();
    m_rebuildTimer.stop();
    install(build());
    endResetModel();
}

void ContactTreeModel::setAccountLabel(const Jid &account, const QString &label)
{
    for (const auto &source : m_sources) {
        if (source->account == account.bare()) {
            source->label = label;
        }
    }
    for (const int top : std::as_const(m_topLevel)) {
        if (m_nodes[size_t(top)].kind == Kind::Account) {
            const QModelIndex changed = createIndex(m_nodes[size_t(top)].row, 0, quintptr(top));
            Q_EMIT dataChanged(changed, changed, { Qt::DisplayRole });
        }
    }
}

QList<Jid> ContactTreeModel::accounts() const
{
    QList<Jid> list;
    for (const auto &source : m_sources) {
        list.append(source->account);
    }
    return list;
}

void ContactTreeModel::setFilterText(const QString &text)
{
    m_filterText = text;
    for (const auto &source : m_sources) {
        source->proxy->setFilterText(text);
    }
    // Typing: the user sees the result with the next paint, not a turn later.
    rebuildNow();
}

void ContactTreeModel::setHideOffline(bool hide)
{
    m_hideOffline = hide;
    for (const auto &source : m_sources) {
        source->proxy->setHideOffline(hide);
    }
    rebuildNow();
}

void ContactTreeModel::setSortByAvailability(bool byAvailability)
{
    m_byAvailability = byAvailability;
    for (const auto &source : m_sources) {
        source->proxy->setSortByAvailability(byAvailability);
    }
    rebuildNow();
}

void ContactTreeModel::scheduleRebuild()
{
    m_rebuildTimer.start();
}

ContactTreeModel::Tree ContactTreeModel::build() const
{
    Tree tree;
    const bool accountLevel = m_sources.size() > 1 || (m_sources.size() == 1 && m_sources.front()->alwaysLabelled);
    for (int s = 0; s < int(m_sources.size()); ++s) {
        const Source &source = *m_sources[size_t(s)];
        if (!source.roster) {
            continue;
        }
        int accountNode = -1;
        // An account with nothing to show keeps its row (it is still there, only its contacts are hidden),
        // except while searching: then only where matches are.
        if (accountLevel && !m_filterText.trimmed().isEmpty() && source.proxy->rowCount() == 0) {
            continue;
        }
        if (accountLevel) {
            Node node;
            node.kind = Kind::Account;
            node.source = s;
            node.key = accountKey(source.account);
            tree.push_back(node);
            accountNode = int(tree.size()) - 1;
        }
        // The proxy's order (availability, then name) within each group; groups by name, "no group" last.
        QHash<QString, QList<int>> byGroup; // group -> source rows, in proxy order
        const RosterFilterProxyModel &proxy = *source.proxy;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const int row = proxy.mapToSource(proxy.index(r, 0)).row();
            const QStringList groups = source.roster->itemAt(row).groups;
            if (groups.isEmpty()) {
                byGroup[QString()].append(row);
            }
            for (const QString &group : groups) {
                byGroup[group].append(row);
            }
        }
        QStringList groupNames = byGroup.keys();
        std::sort(groupNames.begin(), groupNames.end(), [this](const QString &a, const QString &b) {
            if (a.isEmpty() != b.isEmpty()) {
                return b.isEmpty();
            }
            return m_collator.compare(a, b) < 0;
        });
        for (const QString &group : std::as_const(groupNames)) {
            Node groupNodeData;
            groupNodeData.kind = Kind::Group;
            groupNodeData.parent = accountNode;
            groupNodeData.source = s;
            groupNodeData.group = group;
            groupNodeData.key = groupKey(source.account, group);
            tree.push_back(groupNodeData);
            const int groupNode = int(tree.size()) - 1;
            if (accountNode >= 0) {
                tree[size_t(groupNode)].row = int(tree[size_t(accountNode)].children.size());
                tree[size_t(accountNode)].children.append(groupNode);
            }
            for (const int row : byGroup.value(group)) {
                Node contact;
                contact.kind = Kind::Contact;
                contact.parent = groupNode;
                contact.source = s;
                contact.group = group;
                contact.contact = source.roster->jidAt(row);
                contact.key = contactKey(source.account, group, contact.contact);
                contact.row = int(tree[size_t(groupNode)].children.size());
                const bool available = source.roster->availabilityAt(row) != PresenceManager::Availability::Offline;
                tree.push_back(contact);
                const int contactNode = int(tree.size()) - 1;
                tree[size_t(groupNode)].children.append(contactNode);
                tree[size_t(groupNode)].total += 1;
                tree[size_t(groupNode)].available += available ? 1 : 0;
                if (accountNode >= 0) {
                    tree[size_t(accountNode)].total += 1;
                    tree[size_t(accountNode)].available += available ? 1 : 0;
                }
            }
        }
    }
    return tree;
}

void ContactTreeModel::indexTree(Tree &tree, QList<int> &topLevel, QMultiHash<QString, int> &contactNodes) const
{
    for (int n = 0; n < int(tree.size()); ++n) {
        Node &node = tree[size_t(n)];
        if (node.parent < 0) {
            node.row = int(topLevel.size());
            topLevel.append(n);
        }
        if (node.kind == Kind::Contact) {
            contactNodes.insert(contactIndexKey(m_sources[size_t(node.source)]->account, node.contact), n);
        }
    }
}

void ContactTreeModel::install(Tree tree)
{
    QList<int> topLevel;
    QMultiHash<QString, int> contactNodes;
    indexTree(tree, topLevel, contactNodes);
    m_nodes = std::move(tree);
    m_topLevel = std::move(topLevel);
    m_contactNodes = std::move(contactNodes);
}

void ContactTreeModel::rebuildNow()
{
    m_rebuildTimer.stop();
    Tree tree = build();
    QList<int> topLevel;
    QMultiHash<QString, int> contactNodes;
    indexTree(tree, topLevel, contactNodes);

    // Nothing moved: only the counts of groups may differ.
    const bool sameShape = tree.size() == m_nodes.size()
        && std::equal(tree.begin(), tree.end(), m_nodes.begin(),
            [](const Node &a, const Node &b) { return a.key == b.key && a.row == b.row && a.parent == b.parent; });
    if (sameShape) {
        for (int n = 0; n < int(tree.size()); ++n) {
            const Node &now = tree[size_t(n)];
            Node &before = m_nodes[size_t(n)];
            if (now.total != before.total || now.available != before.available) {
                before.total = now.total;
                before.available = now.available;
                const QModelIndex changed = createIndex(now.row, 0, quintptr(n));
                Q_EMIT dataChanged(changed, changed, { Qt::DisplayRole, TotalCountRole, AvailableCountRole });
            }
        }
        return;
    }

    // One layout change for the whole regrouping (rows may appear or go within it, which views and
    // QSortFilterProxyModel handle as a relayout); every persistent index follows its node's key.
    QHash<QString, int> byKey;
    for (int n = 0; n < int(tree.size()); ++n) {
        byKey.insert(tree[size_t(n)].key, n);
    }
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (const QModelIndex &old : persistent) {
        const Node *node = nodeOf(old);
        const int now = node ? byKey.value(node->key, -1) : -1;
        moved.append(now < 0 ? QModelIndex() : createIndex(tree[size_t(now)].row, 0, quintptr(now)));
    }
    m_nodes = std::move(tree);
    m_topLevel = std::move(topLevel);
    m_contactNodes = std::move(contactNodes);
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged();
}

void ContactTreeModel::forwardDataChanged(
    const Source &source, const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!source.roster) {
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QList<int> nodes = m_contactNodes.values(contactIndexKey(source.account, source.roster->jidAt(row)));
        for (const int n : nodes) {
            const QModelIndex changed = createIndex(m_nodes[size_t(n)].row, 0, quintptr(n));
            Q_EMIT dataChanged(changed, changed, roles);
        }
    }
    // Groups, availability counts: the proxy re-sorts or re-filters itself when it has to (and the tree follows
    // its layout change); a change of groups alone does not move a proxy row, so it is looked for here.
    if (roles.isEmpty() || roles.contains(RosterModel::GroupsRole) || roles.contains(RosterModel::AvailabilityRole)) {
        scheduleRebuild();
    }
}

const ContactTreeModel::Node *ContactTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size()) {
        return nullptr;
    }
    return &m_nodes[size_t(index.internalId())];
}

const ContactTreeModel::Source *ContactTreeModel::sourceOf(const Jid &account) const
{
    for (const auto &source : m_sources) {
        if (source->account == account.bare()) {
            return source.get();
        }
    }
    return nullptr;
}

QModelIndex ContactTreeModel::indexOf(const Jid &account, const Jid &contact) const
{
    const QList<int> nodes = m_contactNodes.values(contactIndexKey(account.bare(), contact.bare()));
    if (nodes.isEmpty()) {
        return {};
    }
    // QMultiHash returns the most recently inserted first: the last group's row; the first is wanted.
    const int first = *std::min_element(nodes.begin(), nodes.end());
    return createIndex(m_nodes[size_t(first)].row, 0, quintptr(first));
}

int ContactTreeModel::contactRowCount() const
{
    return int(m_contactNodes.size());
}

QModelIndex ContactTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_topLevel.size() ? createIndex(row, 0, quintptr(m_topLevel[row])) : QModelIndex();
    }
    const Node *node = nodeOf(parent);
    if (!node || row >= node->children.size()) {
        return {};
    }
    return createIndex(row, 0, quintptr(node->children[row]));
}

QModelIndex ContactTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0) {
        return {};
    }
    return createIndex(m_nodes[size_t(node->parent)].row, 0, quintptr(node->parent));
}

int ContactTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_topLevel.size());
    }
    if (parent.column() != 0) {
        return 0;
    }
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int ContactTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ContactTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node || size_t(node->source) >= m_sources.size()) {
        return {};
    }
    const Source &source = *m_sources[size_t(node->source)];
    switch (role) {
    case KindRole:
        return int(node->kind);
    case AccountRole:
        return QVariant::fromValue(source.account);
    case GroupRole:
        return node->kind == Kind::Account ? QVariant() : QVariant(node->group);
    case KeyRole:
        return node->key;
    case TotalCountRole:
        return node->kind == Kind::Contact ? QVariant() : QVariant(node->total);
    case AvailableCountRole:
        return node->kind == Kind::Contact ? QVariant() : QVariant(node->available);
    default:
        break;
    }
    switch (node->kind) {
    case Kind::Account:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            return source.label.isEmpty() ? source.account.bareString() : source.label;
        }
        if (role == Qt::ToolTipRole) {
            return source.account.bareString();
        }
        return {};
    case Kind::Group:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            return node->group.isEmpty() ? noGroupName() : node->group;
        }
        return {};
    case Kind::Contact:
        if (!source.roster) {
            return {};
        }
        if (role == Qt::AccessibleTextRole) {
            return source.roster->data(source.roster->indexOf(node->contact), Qt::DisplayRole);
        }
        return source.roster->data(source.roster->indexOf(node->contact), role);
    }
    return {};
}

QHash<int, QByteArray> ContactTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = RosterModel().roleNames();
    names.insert(KindRole, "kind");
    names.insert(AccountRole, "account");
    names.insert(GroupRole, "group");
    names.insert(KeyRole, "key");
    names.insert(TotalCountRole, "totalCount");
    names.insert(AvailableCountRole, "availableCount");
    return names;
}

} // namespace balcony
