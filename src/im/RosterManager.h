#pragma once

#include "core/Element.h"
#include "core/Jid.h"
#include "storage/RosterStore.h"
#include "stream/IqTracker.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace balcony {

class Connection;

// The roster (RFC 6121 §2) with versioning (§2.6), on one Connection and one RosterStore.
//
// At the start of every new session (Connection::sessionStarting, pipelined with the bind request per
// XEP-0305) it requests the roster with the stored version. A result with a <query/> replaces the cache
// (items and version in one store transaction); an empty result means "your cache is current" and the
// cache is replayed (§2.6.3). Roster pushes (§2.1.6) from the account itself update one item and the
// version together and are acknowledged; pushes from anyone else are refused with service-unavailable.
//
// Editing (§2.3 add/update, §2.5 delete) is a roster set; the server answers it and then pushes the new
// item to every interested resource, this one included, so the cache changes only through that push.
class RosterManager : public QObject {
    Q_OBJECT
public:
    // Figures for `balcony-cli` and the tests.
    struct Stats {
        bool requested = false; // a roster get went out on this session
        bool versioned = false; // it carried a 'ver' attribute
        QString requestedVersion; // the 'ver' it carried
        bool servedFromCache = false; // the answer was the empty result: the cache was current
        int transferredItems = 0; // items the server sent in the result
        int pushes = 0; // roster pushes applied on this session
    };

    RosterManager(Connection &connection, RosterStore &store, QObject *parent = nullptr);
    ~RosterManager() override;

    static QString xmlns(); // jabber:iq:roster
    static QString versioningFeatureNs(); // urn:xmpp:features:rosterver

    // The outcome of a roster set: `error` is empty on success, otherwise one translated line.
    using EditCallback = std::function<void(const QString &error)>;

    // The cached roster, sorted by JID.
    QList<RosterItem> items() const;
    std::optional<RosterItem> item(const Jid &jid) const;
    // Whether `jid` (its bare JID) is in the cached roster; cheaper than item() for hot paths.
    bool contains(const Jid &jid) const { return m_items.contains(jid.isBare() ? jid : jid.bare()); }
    QString version() const { return m_version; }
    Stats stats() const { return m_stats; }

    // RFC 6121 §2.1.2: one <item/>; nullopt if its 'jid' is missing or invalid. `remove` (if given) is
    // set when subscription='remove'.
    static std::optional<RosterItem> itemFromElement(const Element &item, bool *remove = nullptr);
    static Element itemToElement(const RosterItem &item);

    // --- editing (RFC 6121 §2.3, §2.5)
    // Adds `jid` (its bare JID) or updates its name and groups. Groups are trimmed, de-duplicated, and empty
    // names dropped (§2.1.2.2). The outcome is reported through `callback` and editFinished(). Returns false
    // when nothing was sent: `jid` is null (no report), or the session is down (reported as such).
    bool addOrUpdate(const Jid &jid, const QString &name, const QStringList &groups, EditCallback callback = {});
    // Removes the contact (subscription='remove'): the server also cancels both subscriptions (§2.5.2).
    bool remove(const Jid &jid, EditCallback callback = {});
    // Convenience edits of one cached item that keep the rest of it.
    bool rename(const Jid &jid, const QString &name, EditCallback callback = {});
    bool setGroups(const Jid &jid, const QStringList &groups, EditCallback callback = {});

    // --- groups (§2.1.2.2)
    // Every group name used in the cached roster, sorted.
    QStringList groups() const;
    // The cached items in `group`, sorted by JID; an empty `group` selects the items without a group.
    QList<RosterItem> itemsInGroup(const QString &group) const;
    static QStringList normalizedGroups(const QStringList &groups);

public Q_SLOTS:
    // Sends the roster get; connected to Connection::sessionStarting().
    void requestRoster(bool previousSessionLost = false);

Q_SIGNALS:
    // The roster of this session is known: from the server's full result (fromCache false) or, when the
    // server confirmed the cached version, from the cache.
    void rosterReceived(bool fromCache, int itemCount);
    void itemChanged(const balcony::Jid &jid);
    void itemRemoved(const balcony::Jid &jid);
    // The server refused or did not answer the roster get; the cached roster stays in use.
    void rosterFailed(const QString &message);
    // A roster set finished; `error` is empty on success, otherwise a translated line for the user.
    void editFinished(const balcony::Jid &jid, const QString &error);

private:
    bool handleStanza(const Element &stanza);
    void handleResult(const IqResult &result);
    bool handlePush(const Element &iq, const Element &query);
    bool versioningExpected() const;
    void reload();
    bool sendSet(const Jid &jid, const Element &item, EditCallback callback);

    Connection &m_connection;
    RosterStore &m_store;
    QHash<Jid, RosterItem> m_items;
    QString m_version;
    Stats m_stats;
    quint64 m_requestSerial = 0;
};

} // namespace balcony
