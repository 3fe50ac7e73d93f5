#pragma once

#include "core/Jid.h"
#include "core/Stanza.h"
#include "im/PresenceManager.h"
#include "storage/RosterStore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QStringList>

#include <utility>

namespace balcony {

class AvatarManager;
class RosterManager;

// The contact list: one row per roster item (RFC 6121 §2.1.2: JID, name, groups, subscription state),
// with the presence of the contact's best resource (§4.7.2, as PresenceManager chooses it) and the
// number of unread messages of its conversation.
//
// A flat list with a JID -> row index; rows keep the order they arrived in (the cache is sorted by JID)
// and RosterFilterProxyModel does sorting, filtering and grouping. Every change is fine-grained: the
// first load is one rowsInserted, later roster results are diffed into removals, dataChanged and one
// insertion, pushes touch one row, and a presence burst is applied as one batch whose changed rows are
// announced in at most maxRangesPerBatch() dataChanged() signals (see changeRanges()). A removal in more
// than maxRangesPerBatch() separate runs is one layout change (the leaving rows moved to the end) and one
// rowsRemoved, so that a roster result dropping every other contact costs O(rows), not O(runs x rows).
//
// Presence and unread counts of JIDs that are not (yet) in the roster are remembered, so a contact added
// later shows them at once.
class RosterModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        JidRole = Qt::UserRole + 1, // balcony::Jid, bare
        JidStringRole, // QString
        NameRole, // the roster name as the user set it (may be empty); Qt::DisplayRole is displayName()
        GroupsRole, // QStringList, sorted
        SubscriptionRole, // QString: none | to | from | both
        AskSubscribeRole, // bool: our subscription request is pending (ask='subscribe')
        ApprovedRole, // bool: pre-approved (§3.4)
        AvailabilityRole, // int, PresenceManager::Availability
        ShowRole, // int, Presence::Show of the best resource
        StatusTextRole, // QString, of the best resource
        BestResourceRole, // QString, full JID of the best resource (empty when offline)
        ResourceCountRole, // int, available resources
        UnreadCountRole, // int
        AvatarHashRole, // QString: the SHA-1 hex of the contact's avatar (XEP-0084/0153), empty if none is known
        AvatarRole, // QImage: the avatar scaled for display, null until it is cached and decoded
    };
    Q_ENUM(Role)

    // What the model shows of a contact's presence.
    struct ContactPresence {
        PresenceManager::Availability availability = PresenceManager::Availability::Offline;
        Presence::Show show = Presence::Show::None;
        QString status;
        Jid bestResource;
        int resourceCount = 0;

        bool isOffline() const { return resourceCount == 0; }
        bool operator==(const ContactPresence &) const = default;
    };
    using PresenceUpdate = std::pair<Jid, ContactPresence>;

    explicit RosterModel(QObject *parent = nullptr);
    ~RosterModel() override;

    // Follow a roster module: loads its items now and applies its changes. Null detaches.
    void setRosterManager(RosterManager *roster);
    // Follow a presence module: takes every contact's current presence now and then applies each
    // presencesChanged() batch. Null detaches (and keeps the last presence shown).
    void setPresenceManager(PresenceManager *presence);
    // Follow an avatar module: AvatarHashRole and AvatarRole from it, dataChanged() for the contact's row only
    // when its avatar changes. Null detaches.
    void setAvatarManager(AvatarManager *avatars);
    // The summary of `bareJid` from a presence module.
    static ContactPresence presenceOf(const PresenceManager &presence, const Jid &bareJid);

    // The name a contact is shown by: its roster name, else the JID's local part, else the whole JID.
    static QString displayName(const RosterItem &item);

    // The upper bound of dataChanged() signals for one presence batch (default 16).
    void setMaxRangesPerBatch(int ranges) { m_maxRanges = ranges; }
    int maxRangesPerBatch() const { return m_maxRanges; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const Jid &jid) const; // -1 if not in the roster
    QModelIndex indexOf(const Jid &jid) const;
    RosterItem itemAt(int row) const;
    // Cheap accessors for proxies that compare many rows (no QVariant); `row` must be valid.
    PresenceManager::Availability availabilityAt(int row) const { return m_rows[row].presence.availability; }
    const QString &displayNameAt(int row) const { return m_rows[row].displayName; }
    const Jid &jidAt(int row) const { return m_rows[row].item.jid; }
    ContactPresence presenceAt(int row) const;
    int unreadCountAt(int row) const;
    // Every group used by a contact, sorted.
    QStringList groups() const;

public Q_SLOTS:
    // A whole roster (first load, or a later full result): diffed against the rows shown.
    void setItems(const QList<RosterItem> &items);
    // One added or changed item (a roster push).
    void updateItem(const RosterItem &item);
    void removeItem(const Jid &jid);
    // The batch entry point for presence: every change of one burst, applied together.
    void applyPresences(const QList<balcony::RosterModel::PresenceUpdate> &updates);
    // Unread messages of the conversation with `jid` (from the history, after it committed).
    void setUnreadCount(const balcony::Jid &jid, int unread);
    // Every conversation's unread count at once (the others become 0).
    void setUnreadCounts(const QHash<balcony::Jid, int> &unread);

private:
    struct Row {
        RosterItem item;
        QString displayName;
        ContactPresence presence;
        int unread = 0;
    };

    void onPresencesChanged(const QList<Jid> &bareJids);
    void onAvatarChanged(const Jid &bareJid);
    void onRosterItemChanged(const Jid &jid);
    void reloadFromRoster();
    void loadInto(const QList<RosterItem> &items);
    Row makeRow(const RosterItem &item) const;
    static QList<int> itemRolesChanged(const RosterItem &before, const RosterItem &after);
    void announce(const QList<int> &rows, const QList<int> &roles);
    void removeRowsWhere(const QList<int> &rows);
    void removeScatteredRows(const QList<int> &rows);
    void forgetRow(const Row &leaving);
    void rebuildIndex(int fromRow);

    QList<Row> m_rows;
    QHash<Jid, int> m_index; // bare JID -> row
    // Presence and unread counts of JIDs without a row (applied when the row appears).
    QHash<Jid, ContactPresence> m_otherPresence;
    QHash<Jid, int> m_otherUnread;
    int m_maxRanges = 16;

    QPointer<RosterManager> m_roster;
    QPointer<PresenceManager> m_presence;
    QList<QMetaObject::Connection> m_rosterConnections;
    QList<QMetaObject::Connection> m_presenceConnections;
    QPointer<AvatarManager> m_avatars;
    QList<QMetaObject::Connection> m_avatarConnections;
};

} // namespace balcony

Q_DECLARE_METATYPE(balcony::RosterModel::ContactPresence)
