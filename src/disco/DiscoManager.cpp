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
    m_clock.start();
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &DiscoManager::drainQueues);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(announcementFlushMs());
    connect(&m_flushTimer, &QTimer::timeout, this, &DiscoManager::flushAnnouncements);
    // XEP-0030 §3.1/§4.1 requests to us.
    const auto handle = [this](const Element &stanza) { return handleStanza(stanza); };
    m_connection.addStanzaHandler(this, { u"iq"_s, u"query"_s, DiscoInfo::xmlns() }, handle);
    m_connection.addStanzaHandler(this, { u"iq"_s, u"query"_s, DiscoInfo::itemsXmlns() }, handle);
    // XEP-0115: every presence is read (its <c/>; an unavailable one takes the resource's caps with it), none
    // is taken: presences are the presence module's.
    m_connection.addStanzaObserver(this, [this](const Element &stanza) {
        if (stanza.name() == u"presence") {
            handlePresence(stanza);
        }
    });
    connect(&m_connection, &Connection::connected, this, &DiscoManager::handleConnected);
    m_connection.addSessionStep(this, SessionStep::Discovery, [this](bool lost) { handleSessionStarting(lost); });
}

DiscoManager::~DiscoManager()
{
    flushAnnouncements();
}

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
    m_ownKey = hashKey(ownHashName(), ver);
    m_ownInfoCache = info;
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

Jid DiscoManager::ownBareJid() const
{
    const Jid bound = m_connection.boundJid();
    return (bound.isNull() ? m_connection.settings().jid : bound).bare();
}

void DiscoManager::setContactPolicy(std::function<bool(const Jid &)> isContact)
{
    m_contactPolicy = std::move(isContact);
}

bool DiscoManager::isContact(const Jid &bareJid) const
{
    return !m_contactPolicy || bareJid == ownBareJid() || bareJid == serverJid() || m_contactPolicy(bareJid);
}

QString DiscoManager::hashKey(const QString &hash, const QString &ver)
{
    return hash + u' ' + ver;
}

bool DiscoManager::handleStanza(const Element &stanza)
{
    if (stanza.attribute(u"type") != u"get") {
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
        forgetEntity(*from);
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

qsizetype DiscoManager::infoSize(const DiscoInfo &info)
{
    // Characters, plus a little per item, so that ten thousand empty features count too.
    qsizetype size = info.node.size();
    for (const DiscoIdentity &identity : info.identities) {
        size += 8 + identity.category.size() + identity.type.size() + identity.lang.size() + identity.name.size();
    }
    for (const QString &feature : info.features) {
        size += 8 + feature.size();
    }
    for (const DataForm &form : info.extensions) {
        for (const DataForm::Field &field : form.fields()) {
            size += 8 + field.var.size() + field.type.size() + field.label.size();
            for (const QString &value : field.values) {
                size += 8 + value.size();
            }
        }
    }
    return size;
}

std::optional<DiscoInfo> DiscoManager::verifiedInfo(const QString &hash, const QString &ver)
{
    const QString key = hashKey(hash, ver);
    if (key == m_ownKey) {
        return m_ownInfoCache;
    }
    if (const auto it = m_verified.find(key); it != m_verified.end()) {
        it->used = ++m_verifiedClock;
        return it->info;
    }
    if (!m_store) {
        return std::nullopt;
    }
    const Element stored = m_store->discoInfo(hash, ver);
    auto info = DiscoInfo::fromElement(stored);
    if (!info) {
        return std::nullopt;
    }
    rememberVerified(key, *info);
    return info;
}

void DiscoManager::rememberVerified(const QString &key, const DiscoInfo &info)
{
    m_verified.insert(key, { info, ++m_verifiedClock });
    if (m_verified.size() <= verifiedCacheSize()) {
        return;
    }
    // Evict the least recently used quarter at once (amortised O(1) per insertion); the store still has them.
    QList<quint64> stamps;
    stamps.reserve(m_verified.size());
    for (const Verified &v : std::as_const(m_verified)) {
        stamps.append(v.used);
    }
    const qsizetype evict = m_verified.size() / 4;
    std::nth_element(stamps.begin(), stamps.begin() + evict, stamps.end());
    const quint64 threshold = stamps.at(evict);
    m_verified.removeIf([threshold](const QHash<QString, Verified>::iterator it) { return it->used < threshold; });
}

void DiscoManager::noteVerificationFailure(const QString &key)
{
    // Bounded like everything else a remote party can grow: when full, forget an arbitrary half (a
    // forgotten hash can fail maxVerificationFailures() more times, still a bounded number of queries).
    if (!m_failures.contains(key) && m_failures.size() >= verifiedCacheSize()) {
        qsizetype drop = m_failures.size() / 2;
        for (auto it = m_failures.begin(); it != m_failures.end() && drop > 0; --drop) {
            it = m_failures.erase(it);
        }
    }
    ++m_failures[key];
}

void DiscoManager::persistAnnouncement(const Jid &entity, const CapsAnnouncement &caps)
{
    // Who announced which hash (XEP-0115 §8.3) is kept for contacts and the server only: a stranger's
    // resources are not worth a row each. A burst of writes is coalesced into one batch per flush.
    if (!m_store || !isContact(entity.bare())) {
        return;
    }
    const qint64 now = m_clock.elapsed();
    const double refill = double(now - m_writeStampMs) * announcementWriteBurst() / 1000.0;
    m_writeTokens = std::min<double>(announcementWriteBurst(), m_writeTokens + refill);
    m_writeStampMs = now;
    if (m_writeTokens >= 1 && !m_unwritten.contains(entity)) {
        m_writeTokens -= 1;
        m_store->storeAnnouncement(entity, caps);
        return;
    }
    m_unwritten.insert(entity, caps);
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void DiscoManager::flushAnnouncements()
{
    if (!m_store || m_unwritten.isEmpty()) {
        return;
    }
    QList<std::pair<Jid, CapsAnnouncement>> batch;
    batch.reserve(m_unwritten.size());
    for (auto it = m_unwritten.cbegin(); it != m_unwritten.cend(); ++it) {
        batch.append({ it.key(), it.value() });
    }
    m_unwritten.clear();
    m_store->storeAnnouncements(batch);
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
    if (!verifiable) {
        // XEP-0115 §5.4 step 2: an unknown hash function (or a legacy announcement without one) cannot be
        // verified, so nothing is cached by hash; the entity's own answer is kept for it alone.
        requestCaps({ entity, caps, true });
        return;
    }
    persistAnnouncement(entity, caps);
    requestCaps({ entity, caps, false });
}

bool DiscoManager::needsQuery(const CapsQueryBudget::Request &request)
{
    const Jid &entity = request.entity;
    if (request.caps.isNull() || m_lastCaps.value(entity) != request.caps) {
        return false; // the entity announced something else since, or went away
    }
    if (request.individual) {
        return !m_entities.contains(entity);
    }
    if (const auto info = verifiedInfo(request.caps.hash, request.caps.ver)) {
        if (entity == serverJid()) {
            m_serverFromCache = true;
        }
        setEntityInfo(entity, *info);
        return false;
    }
    const QString key = hashKey(request.caps.hash, request.caps.ver);
    if (const auto it = m_inFlight.find(key); it != m_inFlight.end()) {
        // XEP-0115 §8.4 (and XEP-0305 §2): one query per hash, however many entities announce it.
        if (!it->waitingSet.contains(entity)) {
            it->waitingSet.insert(entity);
            it->waiting.append(entity);
        }
        return false;
    }
    if (m_failures.value(key) >= maxVerificationFailures()) {
        return false; // its answers failed verification often enough (XEP-0115 §5.4 step 3.9)
    }
    return true;
}

void DiscoManager::requestCaps(const CapsQueryBudget::Request &request)
{
    if (!needsQuery(request)) {
        return;
    }
    const Jid account = CapsQueryBudget::accountFor(request.entity, isContact(request.entity.bare()));
    if (m_budget.tryStart(account, m_clock.elapsed())) {
        startQuery(request, account);
        return;
    }
    m_budget.enqueue(account, request);
    armDrainTimer();
}

void DiscoManager::startQuery(const CapsQueryBudget::Request &request, const Jid &account)
{
    ++m_capsQueriesSent;
    if (request.individual) {
        sendIndividualCapsQuery(request, account);
        return;
    }
    const QString key = hashKey(request.caps.hash, request.caps.ver);
    InFlight flight { request.caps.node, request.entity, account, 0, { request.entity }, { request.entity } };
    m_inFlight.insert(key, flight);
    sendCapsQuery(key, request.caps.hash, request.caps.ver);
}

void DiscoManager::queryFinished(const Jid &account)
{
    m_budget.finished(account);
    startNext(account);
}

void DiscoManager::startNext(const Jid &account)
{
    const QPointer<DiscoManager> self(this);
    const auto needed = [self](const CapsQueryBudget::Request &request) { return self && self->needsQuery(request); };
    if (const auto next = m_budget.next(account, m_clock.elapsed(), needed)) {
        startQuery(*next, account);
    }
    armDrainTimer();
}

void DiscoManager::drainQueues()
{
    const QPointer<DiscoManager> self(this);
    const auto needed = [self](const CapsQueryBudget::Request &request) { return self && self->needsQuery(request); };
    const qint64 now = m_clock.elapsed();
    for (const Jid &account : m_budget.queuedAccounts()) {
        if (const auto next = m_budget.next(account, now, needed)) {
            startQuery(*next, account);
        }
    }
    armDrainTimer();
}

void DiscoManager::armDrainTimer()
{
    const qint64 wait = m_budget.msUntilNextToken(m_clock.elapsed());
    if (wait < 0) {
        m_drainTimer.stop();
        return;
    }
    // At least a few milliseconds, so that a queue blocked by rounding cannot spin the event loop.
    const int interval = int(std::clamp<qint64>(wait, 5, 24 * 3600 * 1000));
    if (!m_drainTimer.isActive() || m_drainTimer.remainingTime() > interval) {
        m_drainTimer.start(interval);
    }
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

void DiscoManager::sendIndividualCapsQuery(const CapsQueryBudget::Request &request, const Jid &account)
{
    const QPointer<DiscoManager> self(this);
    const quint64 session = m_session;
    const Jid entity = request.entity;
    const CapsAnnouncement caps = request.caps;
    queryEntity(entity, caps.node + u'#' + caps.ver, false,
        [self, session, entity, caps, account](const std::optional<DiscoInfo> &info, const StanzaError &) {
            if (!self || session != self->m_session) {
                return; // the budget of that session is gone with it
            }
            // Kept for the entity alone, and only while it still announces these caps.
            if (info && self->m_lastCaps.value(entity) == caps && infoSize(*info) <= maxCacheableInfoSize()) {
                self->setEntityInfo(entity, *info);
            }
            self->queryFinished(account);
        });
}

void DiscoManager::capsQueryFinished(
    const QString &key, quint64 serial, const QString &hash, const QString &ver, const IqResult &result)
{
    const auto it = m_inFlight.find(key);
    if (it == m_inFlight.end() || it->serial != serial) {
        return; // a query of an earlier session
    }
    const InFlight flight = *it;
    m_inFlight.erase(it);
    if (result.status == IqResult::Status::Cancelled) {
        m_budget.finished(flight.account);
        return; // the stream is gone; the announcements come again with the next session's presence
    }
    const Element query = result.stanza.firstChild(u"query", DiscoInfo::xmlns());
    const auto info = result.status == IqResult::Status::Result ? DiscoInfo::fromElement(query) : std::nullopt;
    if (!info) {
        // XEP-0115 §5.4: ask another entity that announced the same hash, if there is one (through its budget).
        qCDebug(lcDisco) << "caps query to" << flight.queried.toString() << "failed:" << result.error.describe();
        m_budget.finished(flight.account);
        for (const Jid &other : flight.waiting) {
            if (other != flight.queried) {
                const CapsAnnouncement current = m_lastCaps.value(other);
                requestCaps({ other, current, !EntityCaps::algorithm(current.hash).has_value() });
            }
        }
        startNext(flight.account);
        return;
    }
    const bool tooLarge = infoSize(*info) > maxCacheableInfoSize();
    const EntityCaps::Verification verification
        = tooLarge ? EntityCaps::Verification::Mismatch : EntityCaps::verify(*info, hash, ver);
    if (verification != EntityCaps::Verification::Ok) {
        // §5.4 step 3.9: not cached; the answer describes the entity that gave it, and nobody else.
        qCWarning(lcDisco) << "caps" << hash << ver << "from" << flight.queried.toString()
                           << "rejected:" << (tooLarge ? u"too large"_s : EntityCaps::describe(verification));
        noteVerificationFailure(key);
        const CapsAnnouncement announced { hash, flight.node, ver };
        if (!tooLarge && m_lastCaps.value(flight.queried) == announced) {
            setEntityInfo(flight.queried, *info);
        }
        m_budget.finished(flight.account);
        for (const Jid &other : flight.waiting) {
            if (other != flight.queried) {
                // Each asked itself, unless it has announced other caps meanwhile.
                const CapsAnnouncement current = m_lastCaps.value(other);
                const bool individual
                    = hashKey(current.hash, current.ver) == key || !EntityCaps::algorithm(current.hash).has_value();
                requestCaps({ other, current, individual });
            }
        }
        startNext(flight.account);
        return;
    }
    rememberVerified(key, *info);
    if (m_store) {
        m_store->storeDiscoInfo(hash, ver, query);
    }
    for (const Jid &entity : flight.waiting) {
        // Only for those still announcing this hash: one that announced another since (or went away) waits
        // for that one, and must not come back as an entity nobody keeps.
        const CapsAnnouncement current = m_lastCaps.value(entity);
        if (hashKey(current.hash, current.ver) == key) {
            setEntityInfo(entity, *info);
        }
    }
    queryFinished(flight.account);
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

void DiscoManager::forgetEntity(const Jid &entity)
{
    const auto caps = m_lastCaps.constFind(entity);
    if (caps != m_lastCaps.cend()) {
        if (const auto flight = m_inFlight.find(hashKey(caps->hash, caps->ver)); flight != m_inFlight.end()) {
            if (flight->waitingSet.remove(entity)) {
                flight->waiting.removeOne(entity);
            }
        }
        m_lastCaps.erase(caps);
    }
    m_budget.forget(entity);
    m_unwritten.remove(entity);
    if (m_entities.remove(entity) > 0) {
        Q_EMIT infoChanged(entity);
    }
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
    m_budget.clear();
    m_drainTimer.stop();
    ++m_session;
    flushAnnouncements();
    m_serverFromCache = false;
    for (const Jid &entity : entities) {
        Q_EMIT infoChanged(entity);
    }
}

} // namespace balcony
