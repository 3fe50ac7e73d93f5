#pragma once

#include "CapsQueryBudget.h"
#include "DiscoInfo.h"
#include "EntityCaps.h"
#include "core/Jid.h"
#include "core/StanzaError.h"
#include "storage/CapsStore.h"
#include "stream/IqTracker.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace balcony {

class Connection;

// Service discovery (XEP-0030) and entity capabilities (XEP-0115) on one Connection.
//
// - Answers disco#info / disco#items requests addressed to the account (XEP-0030 §3.1, §4.1) with
//   Balcony's identity and features, including for the caps node 'capsNode()#ver' (XEP-0115 §6.2).
// - Computes Balcony's own verification string and the <c/> for outgoing presence (XEP-0115 §4).
// - Learns other entities' capabilities from <c/> in presence and in the server's stream features
//   (XEP-0115 §6.3): a (hash, ver) not yet known is queried ONCE, whatever the number of entities
//   announcing it, verified (§5.4) and only then stored by hash in the CapsStore (§8.3, XEP-0305 §2).
//   A result that fails verification is kept in memory for the queried entity alone.
//
// What other entities can make it do is bounded (issue 11; XEP-0115 §8.4 asks for this kind of care):
// - queries go through a CapsQueryBudget: per contact (the contact policy's answer, the account itself and
//   the server) one outstanding query and a few per minute, and the same for every stranger together; an
//   announcement that has to wait is queued, a later one of the same entity replacing it;
// - a (hash, ver) whose answers failed verification maxVerificationFailures() times is not asked for again
//   (the set of such hashes is bounded too);
// - answers larger than any client's capabilities (maxCacheableInfoSize()) are neither cached nor kept;
// - the verified hashes in memory are an LRU of verifiedCacheSize() entries in front of the store;
// - announcements are stored (who announced which hash) for contacts only, at most announcementWriteBurst()
//   at once and then coalesced into one batch every announcementFlushMs();
// - per-entity state follows the entity's presence: unavailable presence, or forgetEntity() when the
//   PresenceManager drops a resource to keep its own bounds, removes it.
class DiscoManager : public QObject {
    Q_OBJECT
public:
    using InfoCallback = std::function<void(const std::optional<DiscoInfo> &info, const StanzaError &error)>;

    // `store` may be null: verified hashes are then remembered for the lifetime of this object only.
    DiscoManager(Connection &connection, CapsStore *store, QObject *parent = nullptr);
    ~DiscoManager() override;

    // --- bounds
    // Who gets a contact's query budget (a bare JID; null: everyone). The account's own bare JID and the
    // server always do. Account installs PresenceManager::rosterContactPolicy().
    void setContactPolicy(std::function<bool(const Jid &bareJid)> isContact);
    bool isContact(const Jid &bareJid) const;
    void setQueryLimits(const CapsQueryLimits &limits) { m_budget.setLimits(limits); }
    CapsQueryLimits queryLimits() const { return m_budget.limits(); }
    static constexpr int maxVerificationFailures() { return 3; }
    static constexpr int verifiedCacheSize() { return 1024; }
    // Characters of a disco#info (every identity, feature and form value) beyond which it is not a client's
    // capabilities: real clients announce a few kilobytes.
    static constexpr qsizetype maxCacheableInfoSize() { return 64 * 1024; }
    static constexpr int announcementWriteBurst() { return 64; }
    static constexpr int announcementFlushMs() { return 2000; }

    // XEP-0115 §4: the node URI Balcony announces.
    static QString capsNode();
    // The hash Balcony announces its own caps with.
    static QString ownHashName() { return QStringLiteral("sha-1"); }

    // --- what Balcony announces
    DiscoInfo ownInfo() const;
    // A feature implemented by a module; changes the verification string (ownCapsChanged()).
    void addFeature(const QString &feature);
    void removeFeature(const QString &feature);
    QString ownVer() const { return m_ownVer; }
    // <c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node=capsNode() ver=ownVer()/>.
    Element capsElement() const;

    // --- what others can do
    // The known info for an entity (a full JID, or the server domain), if any.
    std::optional<DiscoInfo> discoInfo(const Jid &entity) const;
    bool hasFeature(const Jid &entity, QStringView feature) const;
    // The server's info, from its stream-features <c/> (or an explicit query of the domain).
    std::optional<DiscoInfo> serverInfo() const { return discoInfo(serverJid()); }
    // Whether the server's info came from the caps cache without a query on this connection.
    bool serverInfoFromCache() const { return m_serverFromCache; }
    // Queries disco#info of `entity` (and `node`) explicitly, for entities without caps; the result is
    // remembered in memory for that entity only and reported through infoChanged().
    void queryInfo(const Jid &entity, const QString &node = QString(), InfoCallback callback = {});

    // Handles one caps announcement (from presence or stream features); public for tests and modules
    // that see <c/> elsewhere.
    void handleAnnouncement(const Jid &entity, const CapsAnnouncement &caps);
    // Takes the server's <c/> from Connection::streamFeatures(); connected to Connection::connected().
    void handleConnected();
    // Forgets the entities of the previous session (their presence will come again); connected to
    // Connection::sessionStarting().
    void handleSessionStarting(bool previousSessionLost);

    // Drops what is known about `entity` (a full JID whose presence the caller no longer keeps), as
    // unavailable presence does, including its queued or awaited caps query.
    void forgetEntity(const Jid &entity);

    // disco#info queries sent on behalf of caps and not yet answered (by hash).
    int pendingCapsQueries() const { return int(m_inFlight.size()); }
    // Every disco#info query sent on behalf of caps (by hash or to one entity) since this object exists.
    quint64 capsQueriesSent() const { return m_capsQueriesSent; }
    // Announcements waiting for their query's budget.
    int queuedCapsAnnouncements() const { return m_budget.queuedCount(); }
    // Entities with per-entity state (their last caps, known info), for tests of the bounds.
    int trackedEntities() const { return int(m_lastCaps.size()); }
    int verifiedInMemory() const { return int(m_verified.size()); }

Q_SIGNALS:
    void infoChanged(const balcony::Jid &entity);
    // The verification string changed: presence should be re-sent with the new capsElement().
    void ownCapsChanged(const QString &ver);

private:
    struct InFlight {
        QString node; // the announced node, for the node#ver query
        Jid queried; // the entity the query went to
        Jid account; // the CapsQueryBudget account it is charged to
        quint64 serial = 0; // tells this query's callback from one of an earlier session
        QList<Jid> waiting; // every entity that announced this hash, in order
        QSet<Jid> waitingSet; // the same, for membership tests
    };
    struct Verified {
        DiscoInfo info;
        quint64 used = 0; // LRU stamp
    };

    bool handleStanza(const Element &stanza);
    bool handleInfoRequest(const Element &iq, const Element &query);
    bool handleItemsRequest(const Element &iq, const Element &query);
    void handlePresence(const Element &presence);
    // Starts or queues the query `request` needs, if it needs one.
    void requestCaps(const CapsQueryBudget::Request &request);
    // Resolves `request` without a query where possible; true if a query is still needed.
    bool needsQuery(const CapsQueryBudget::Request &request);
    void startQuery(const CapsQueryBudget::Request &request, const Jid &account);
    void sendCapsQuery(const QString &key, const QString &hash, const QString &ver);
    void sendIndividualCapsQuery(const CapsQueryBudget::Request &request, const Jid &account);
    void queryFinished(const Jid &account);
    // Starts the next queued query of `account` if its budget allows.
    void startNext(const Jid &account);
    void drainQueues();
    void armDrainTimer();
    void queryEntity(const Jid &entity, const QString &node, bool remember, InfoCallback callback);
    void capsQueryFinished(
        const QString &key, quint64 serial, const QString &hash, const QString &ver, const IqResult &result);
    void setEntityInfo(const Jid &entity, const DiscoInfo &info);
    void recomputeOwnVer();
    Jid serverJid() const;
    Jid ownBareJid() const;
    std::optional<DiscoInfo> verifiedInfo(const QString &hash, const QString &ver);
    void rememberVerified(const QString &key, const DiscoInfo &info);
    void noteVerificationFailure(const QString &key);
    void persistAnnouncement(const Jid &entity, const CapsAnnouncement &caps);
    void flushAnnouncements();
    void replyError(const Element &iq, StanzaError::Condition condition);
    static QString hashKey(const QString &hash, const QString &ver);
    static qsizetype infoSize(const DiscoInfo &info);

    Connection &m_connection;
    CapsStore *m_store;
    QStringList m_features;
    QString m_ownVer;
    QString m_ownKey; // hashKey of our own caps, always known
    DiscoInfo m_ownInfoCache;
    QHash<Jid, DiscoInfo> m_entities;
    QHash<QString, Verified> m_verified; // hashKey -> info, an LRU in front of the store
    quint64 m_verifiedClock = 0;
    QHash<QString, int> m_failures; // hashKey -> answers that failed verification
    QHash<QString, InFlight> m_inFlight; // hashKey -> query
    QHash<Jid, CapsAnnouncement> m_lastCaps;
    std::function<bool(const Jid &)> m_contactPolicy;
    CapsQueryBudget m_budget;
    QElapsedTimer m_clock;
    QTimer m_drainTimer;
    quint64 m_capsQueriesSent = 0;
    quint64 m_session = 0; // tells the callbacks of an earlier session's queries apart
    // Announcement writes: a token bucket for writing at once, then batches.
    QHash<Jid, CapsAnnouncement> m_unwritten;
    QTimer m_flushTimer;
    double m_writeTokens = announcementWriteBurst();
    qint64 m_writeStampMs = 0;
    quint64 m_nextSerial = 1;
    bool m_serverFromCache = false;
};

} // namespace balcony
