#pragma once

#include "DiscoInfo.h"
#include "EntityCaps.h"
#include "core/Jid.h"
#include "core/StanzaError.h"
#include "storage/CapsStore.h"
#include "stream/IqTracker.h"

#include <QHash>
#include <QObject>
#include <QStringList>

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
class DiscoManager : public QObject {
    Q_OBJECT
public:
    using InfoCallback = std::function<void(const std::optional<DiscoInfo> &info, const StanzaError &error)>;

    // `store` may be null: verified hashes are then remembered for the lifetime of this object only.
    DiscoManager(Connection &connection, CapsStore *store, QObject *parent = nullptr);
    ~DiscoManager() override;

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

    // disco#info queries sent on behalf of caps and not yet answered.
    int pendingCapsQueries() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    void infoChanged(const balcony::Jid &entity);
    // The verification string changed: presence should be re-sent with the new capsElement().
    void ownCapsChanged(const QString &ver);

private:
    struct InFlight {
        QString node; // the announced node, for the node#ver query
        Jid queried; // the entity the query went to
        quint64 serial = 0; // tells this query's callback from one of an earlier session
        QList<Jid> waiting; // every entity that announced this hash, in order
    };

    bool handleStanza(const Element &stanza);
    bool handleInfoRequest(const Element &iq, const Element &query);
    bool handleItemsRequest(const Element &iq, const Element &query);
    void handlePresence(const Element &presence);
    void sendCapsQuery(const QString &key, const QString &hash, const QString &ver);
    void queryEntity(const Jid &entity, const QString &node, bool remember, InfoCallback callback);
    void capsQueryFinished(
        const QString &key, quint64 serial, const QString &hash, const QString &ver, const IqResult &result);
    void setEntityInfo(const Jid &entity, const DiscoInfo &info);
    void recomputeOwnVer();
    Jid serverJid() const;
    std::optional<DiscoInfo> verifiedInfo(const QString &hash, const QString &ver);
    void replyError(const Element &iq, StanzaError::Condition condition);
    static QString hashKey(const QString &hash, const QString &ver);

    Connection &m_connection;
    CapsStore *m_store;
    QStringList m_features;
    QString m_ownVer;
    QHash<Jid, DiscoInfo> m_entities;
    QHash<QString, DiscoInfo> m_verified; // hashKey -> info, mirrors the store
    QHash<QString, InFlight> m_inFlight; // hashKey -> query
    QHash<Jid, CapsAnnouncement> m_lastCaps;
    quint64 m_nextSerial = 1;
    bool m_serverFromCache = false;
};

} // namespace balcony
