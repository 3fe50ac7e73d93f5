#include "DiscoManager.h"

#include "core/Stanza.h"
#include "core/StreamHeader.h"
#include "stream/Connection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace balcony {

Q_LOGGING_CATEGORY(lcDisco, "balcony.disco")

DiscoManager::DiscoManager(Connection &connection, CapsStore *store, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_store(store)
    // What this build implements (XEP-0115 §4: announce only what the client really supports).
    , m_features { EntityCaps::xmlns(), DiscoInfo::xmlns(), DiscoInfo::itemsXmlns() }
{
    m_features.sort();
    recomputeOwnVer();
    m_connection.addStanzaHandler(this, [this](const Element &stanza) { return handleStanza(stanza); });
    connect(&m_connection, &Connection::connected, this, &DiscoManager::handleConnected);
    connect(&m_connection, &Connection::sessionStarting, this, &DiscoManager::handleSessionStarting);
}

DiscoManager::~DiscoManager() = default;

QString DiscoManager::capsNode()
{
    return u"https://balcony.im/caps"_s;
}

DiscoInfo DiscoManager::ownInfo() const
{
    DiscoInfo info;
    info.identities.append({ u"client"_s, u"pc"_s, QString(), u"Balcony"_s });
    info.features = m_features;
    return info;
}

void DiscoManager::addFeature(const QString &feature)
{
    if (feature.isEmpty() || m_features.contains(feature)) {
        return;
    }
    m_features.append(feature);
    m_features.sort();
    recomputeOwnVer();
}

void DiscoManager::removeFeature(const QString &feature)
{
    if (m_features.removeAll(feature) > 0) {
        recomputeOwnVer();
    }
}

Element DiscoManager::capsElement() const
{
    return EntityCaps::toElement({ ownHashName(), capsNode(), m_ownVer });
}

void DiscoManager::recomputeOwnVer()
{
    const DiscoInfo info = ownInfo();
    const QString ver = EntityCaps::verificationString(info, QCryptographicHash::Sha1);
    // Our own presence comes back to us (and other resources of Balcony announce the same): known hash.
    m_verified.insert(hashKey(ownHashName(), ver), info);
    if (ver == m_ownVer) {
        return;
    }
    m_ownVer = ver;
    Q_EMIT ownCapsChanged(ver);
}

std::optional<DiscoInfo> DiscoManager::discoInfo(const Jid &entity) const
{
    const auto it = m_entities.constFind(entity);
    return it == m_entities.cend() ? std::nullopt : std::optional<DiscoInfo>(*it);
}

bool DiscoManager::hasFeature(const Jid &entity, QStringView feature) const
{
    const auto it = m_entities.constFind(entity);
    return it != m_entities.cend() && it->hasFeature(feature);
}

Jid DiscoManager::serverJid() const
{
    return Jid::parse(m_connection.settings().jid.domain()).value_or(Jid());
}

QString DiscoManager::hashKey(const QString &hash, const QString &ver)
{
    return hash + u' ' + ver;
}

bool DiscoManager::handleStanza(const Element &stanza)
{
    if (stanza.name() == u"presence") {
        handlePresence(stanza);
        return false; // presence belongs to the presence module; we only read its <c/>
    }
    if (stanza.name() != u"iq" || stanza.attribute(u"type") != u"get") {
        return false;
    }
    // XEP-0030 §3.1: requests addressed to this resource (the server routes them with our full JID).
    const QString to = stanza.attribute(u"to");
    if (!to.isEmpty() && Jid::parse(to) != m_connection.boundJid()) {
        return false;
    }
    if (const Element query = stanza.firstChild(u"query", DiscoInfo::xmlns()); !query.isNull()) {
        return handleInfoRequest(stanza, query);
    }
    if (const Element query = stanza.firstChild(u"query", DiscoInfo::itemsXmlns()); !query.isNull()) {
        return handleItemsRequest(stanza, query);
    }
    return false;
}

bool DiscoManager::handleInfoRequest(const Element &iq, const Element &query)
{
    const QString node = query.attribute(u"node");
    // XEP-0115 §6.2: the caps node#ver is answered like the plain query, echoing the node.
    if (!node.isEmpty() && node != capsNode() + u'#' + m_ownVer) {
        replyError(iq, StanzaError::Condition::ItemNotFound);
        return true;
    }
    const auto request = Iq::fromElement(iq);
    if (!request) {
        return false;
    }
    DiscoInfo info = ownInfo();
    info.node = node;
    Iq reply = request->makeResult(info.toElement());
    reply.setFrom(Jid());
    m_connection.send(reply.toElement());
    return true;
}

bool DiscoManager::handleItemsRequest(const Element &iq, const Element &query)
{
    // XEP-0030 §4: a client offers no items; a node it does not have is item-not-found (§7).
    const QString node = query.attribute(u"node");
    if (!node.isEmpty()) {
        replyError(iq, StanzaError::Condition::ItemNotFound);
        return true;
    }
    const auto request = Iq::fromElement(iq);
    if (!request) {
        return false;
    }
    Iq reply = request->makeResult(Element(u"query"_s, DiscoInfo::itemsXmlns()));
    reply.setFrom(Jid());
    m_connection.send(reply.toElement());
    return true;
}

void DiscoManager::replyError(const Element &iq, StanzaError::Condition condition)
{
    const auto request = Iq::fromElement(iq);
    if (!request || request->id().isEmpty()) {
        return;
    }
    StanzaError error;
    error.condition = condition;
    error.type = StanzaError::defaultType(condition);
    Iq reply = request->makeError(error);
    reply.setFrom(Jid());
    m_connection.send(reply.toElement());
}

void DiscoManager::handlePresence(const Element &presence)
{
    const auto from = Jid::parse(presence.attribute(u"from"));
    if (!from) {
        return;
    }
    if (presence.attribute(u"type") == u"unavailable") {
        // Capabilities describe an available resource; they go with it.
        m_lastCaps.remove(*from);
        if (m_entities.remove(*from) > 0) {
            Q_EMIT infoChanged(*from);
        }
        return;
    }
    if (!presence.attribute(u"type").isEmpty()) {
        return; // subscription requests and errors carry no capabilities
    }
    const CapsAnnouncement caps = EntityCaps::parse(presence.firstChild(u"c", EntityCaps::xmlns()));
    if (!caps.isNull()) {
        handleAnnouncement(*from, caps);
    }
}

std::optional<DiscoInfo> DiscoManager::verifiedInfo(const QString &hash, const QString &ver)
{
    const QString key = hashKey(hash, ver);
    if (const auto it = m_verified.constFind(key); it != m_verified.cend()) {
        return *it;
    }
    if (!m_store) {
        return std::nullopt;
    }
    const Element stored = m_store->discoInfo(hash, ver);
    auto info = DiscoInfo::fromElement(stored);
    if (!info) {
        return std::nullopt;
    }
    m_verified.insert(key, *info);
    return info;
}

void DiscoManager::handleAnnouncement(const Jid &entity, const CapsAnnouncement &caps)
{
    if (caps.isNull() || entity.isNull()) {
        return;
    }
    // A presence update with unchanged caps (the common case) needs nothing; nor does one whose
    // unverifiable caps were already asked about.
    const bool verifiable = EntityCaps::algorithm(caps.hash).has_value();
    if (m_lastCaps.value(entity) == caps && (m_entities.contains(entity) || !verifiable)) {
        return;
    }
    m_lastCaps.insert(entity, caps);
    const QString nodeVer = caps.node + u'#' + caps.ver;
    if (!verifiable) {
        // XEP-0115 §5.4 step 2: an unknown hash function (or a legacy announcement without one) cannot be
        // verified, so nothing is cached by hash; the entity's own answer is kept for it alone.
        qCDebug(lcDisco) << "caps of" << entity.toString() << "use hash" << caps.hash << "- not cacheable";
        queryEntity(entity, nodeVer, true, {});
        return;
    }
    if (m_store) {
        m_store->storeAnnouncement(entity, caps);
    }
    if (const auto info = verifiedInfo(caps.hash, caps.ver)) {
        if (entity == serverJid()) {
            m_serverFromCache = true;
        }
        setEntityInfo(entity, *info);
        return;
    }
    const QString key = hashKey(caps.hash, caps.ver);
    if (const auto it = m_inFlight.find(key); it != m_inFlight.end()) {
        // XEP-0115 §8.4 (and XEP-0305 §2): one query per hash, however many entities announce it.
        if (!it->waiting.contains(entity)) {
            it->waiting.append(entity);
        }
        return;
    }
    m_inFlight.insert(key, InFlight { caps.node, entity, 0, { entity } });
    sendCapsQuery(key, caps.hash, caps.ver);
}

void DiscoManager::sendCapsQuery(const QString &key, const QString &hash, const QString &ver)
{
    InFlight &flight = m_inFlight[key];
    flight.serial = m_nextSerial++;
    Element query(u"query"_s, DiscoInfo::xmlns());
    query.setAttribute(u"node"_s, flight.node + u'#' + ver);
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, flight.queried.toString());
    iq.appendChild(query);
    const QPointer<DiscoManager> self(this);
    const quint64 serial = flight.serial;
    m_connection.sendIq(iq, [self, key, serial, hash, ver](const IqResult &result) {
        if (self) {
            self->capsQueryFinished(key, serial, hash, ver, result);
        }
    });
}

void DiscoManager::capsQueryFinished(
    const QString &key, quint64 serial, const QString &hash, const QString &ver, const IqResult &result)
{
    const auto it = m_inFlight.find(key);
    if (it == m_inFlight.end() || it->serial != serial) {
        return; // a query of an earlier session
    }
    InFlight flight = *it;
    if (result.status == IqResult::Status::Cancelled) {
        m_inFlight.erase(it);
        return; // the stream is gone; the announcements come again with the next session's presence
    }
    const Element query = result.stanza.firstChild(u"query", DiscoInfo::xmlns());
    const auto info = result.status == IqResult::Status::Result ? DiscoInfo::fromElement(query) : std::nullopt;
    if (!info) {
        // XEP-0115 §5.4: ask another entity that announced the same hash, if there is one.
        qCDebug(lcDisco) << "caps query to" << flight.queried.toString() << "failed:" << result.error.describe();
        it->waiting.removeAll(flight.queried);
        if (it->waiting.isEmpty()) {
            m_inFlight.erase(it);
            return;
        }
        it->queried = it->waiting.first();
        sendCapsQuery(key, hash, ver);
        return;
    }
    m_inFlight.erase(it);
    const EntityCaps::Verification verification = EntityCaps::verify(*info, hash, ver);
    if (verification != EntityCaps::Verification::Ok) {
        // §5.4 step 3.9: not cached; the answer describes the entity that gave it, and nobody else.
        qCWarning(lcDisco) << "caps" << hash << ver << "from" << flight.queried.toString()
                           << "rejected:" << EntityCaps::describe(verification);
        setEntityInfo(flight.queried, *info);
        for (const Jid &other : std::as_const(flight.waiting)) {
            if (other != flight.queried) {
                queryEntity(other, flight.node + u'#' + ver, true, {});
            }
        }
        return;
    }
    m_verified.insert(key, *info);
    if (m_store) {
        m_store->storeDiscoInfo(hash, ver, query);
    }
    for (const Jid &entity : std::as_const(flight.waiting)) {
        setEntityInfo(entity, *info);
    }
}

void DiscoManager::queryInfo(const Jid &entity, const QString &node, InfoCallback callback)
{
    // Only the entity's own (node-less) info describes what it can do; other nodes are just answered.
    queryEntity(entity, node, node.isEmpty(), std::move(callback));
}

void DiscoManager::queryEntity(const Jid &entity, const QString &node, bool remember, InfoCallback callback)
{
    Element query(u"query"_s, DiscoInfo::xmlns());
    if (!node.isEmpty()) {
        query.setAttribute(u"node"_s, node);
    }
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, entity.toString());
    iq.appendChild(query);
    const QPointer<DiscoManager> self(this);
    m_connection.sendIq(iq, [self, entity, remember, callback](const IqResult &result) {
        const auto info = result.status == IqResult::Status::Result
            ? DiscoInfo::fromElement(result.stanza.firstChild(u"query", DiscoInfo::xmlns()))
            : std::nullopt;
        if (self && info && remember) {
            self->setEntityInfo(entity, *info);
        }
        if (callback) {
            StanzaError error = result.error;
            if (result.status == IqResult::Status::Result && !info) {
                error.condition = StanzaError::Condition::UndefinedCondition;
                error.text
                    = QCoreApplication::translate("balcony", "The answer carries no service discovery information.");
            } else if (result.status == IqResult::Status::Timeout) {
                error.condition = StanzaError::Condition::RemoteServerTimeout;
                error.type = StanzaError::Type::Wait;
                error.text = QCoreApplication::translate("balcony", "No answer to the service discovery query.");
            } else if (result.status == IqResult::Status::Cancelled) {
                error.condition = StanzaError::Condition::RecipientUnavailable;
                error.type = StanzaError::Type::Wait;
                error.text = QCoreApplication::translate("balcony", "The connection was lost.");
            }
            callback(info, error);
        }
    });
}

void DiscoManager::setEntityInfo(const Jid &entity, const DiscoInfo &info)
{
    m_entities.insert(entity, info);
    Q_EMIT infoChanged(entity);
}

void DiscoManager::handleConnected()
{
    // XEP-0115 §6.3 / XEP-0305 §2: the server announces its caps in the post-authentication features.
    const Jid server = serverJid();
    const CapsAnnouncement caps
        = EntityCaps::parse(m_connection.streamFeatures().firstChild(u"c", EntityCaps::xmlns()));
    if (caps.isNull() || server.isNull()) {
        return;
    }
    if (m_lastCaps.value(server) == caps && m_entities.contains(server)) {
        return; // a resumed session: nothing changed
    }
    m_serverFromCache = false;
    handleAnnouncement(server, caps);
}

void DiscoManager::handleSessionStarting(bool previousSessionLost)
{
    Q_UNUSED(previousSessionLost);
    // A new session: every available resource sends its presence (and caps) again, and the queries of
    // the old stream are cancelled by the connection.
    const QList<Jid> entities = m_entities.keys();
    m_entities.clear();
    m_lastCaps.clear();
    m_inFlight.clear();
    m_serverFromCache = false;
    for (const Jid &entity : entities) {
        Q_EMIT infoChanged(entity);
    }
}

} // namespace balcony
