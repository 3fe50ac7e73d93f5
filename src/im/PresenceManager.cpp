#include "PresenceManager.h"

#include "RosterManager.h"
#include "disco/DiscoManager.h"
#include "stream/Connection.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony {

Q_LOGGING_CATEGORY(lcPresence, "balcony.im.presence")

namespace {

const QString delayNs = u"urn:xmpp:delay"_s; // XEP-0203
const QString idleNs = u"urn:xmpp:idle:1"_s; // XEP-0319

// XEP-0082 date-time, with or without fractional seconds; always UTC in XMPP.
QDateTime parseStamp(const QString &text)
{
    QDateTime stamp = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!stamp.isValid()) {
        stamp = QDateTime::fromString(text, Qt::ISODate);
    }
    return stamp.isValid() ? stamp.toUTC() : QDateTime();
}

// Rank for "most available" (RFC 6121 §4.7.2.1 lists the shows; the order is the usual client practice).
int showRank(Presence::Show show)
{
    return int(PresenceManager::availabilityOf(show));
}

} // namespace

PresenceManager::PresenceManager(Connection &connection, DiscoManager *disco, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_disco(disco)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &PresenceManager::flushChanges);
    // RFC 6121 §4: available, unavailable and error presences (subscription types are SubscriptionManager's).
    m_connection.addStanzaHandler(
        this, { u"presence"_s, {}, {} }, [this](const Element &stanza) { return handleStanza(stanza); });
    m_connection.addSessionStep(
        this, SessionStep::Presence, [this](bool lost) { onSessionStarting(lost); }); // initial presence, §4.2
    connect(&m_connection, &Connection::disconnected, this, &PresenceManager::onDisconnected);
    connect(&m_connection, &Connection::sessionResumed, this, &PresenceManager::onSessionResumed);
    if (m_disco) {
        connect(m_disco, &DiscoManager::ownCapsChanged, this, &PresenceManager::onCapsChanged);
    }
}

PresenceManager::~PresenceManager() = default;

// ---- own presence

PresenceManager::Availability PresenceManager::availabilityOf(Presence::Show show)
{
    switch (show) {
    case Presence::Show::Chat:
        return Availability::Chat;
    case Presence::Show::None:
        return Availability::Online;
    case Presence::Show::Away:
        return Availability::Away;
    case Presence::Show::Xa:
        return Availability::Xa;
    case Presence::Show::Dnd:
        return Availability::Dnd;
    }
    return Availability::Online;
}

Presence::Show PresenceManager::autoShow() const
{
    if (m_xaSeconds > 0 && m_idleSeconds >= m_xaSeconds) {
        return Presence::Show::Xa;
    }
    if (m_awaySeconds > 0 && m_idleSeconds >= m_awaySeconds) {
        return Presence::Show::Away;
    }
    return Presence::Show::None;
}

Presence::Show PresenceManager::effectiveShow() const
{
    const Presence::Show automatic = autoShow();
    switch (m_show) {
    case Presence::Show::None:
    case Presence::Show::Chat:
        return automatic == Presence::Show::None ? m_show : automatic;
    case Presence::Show::Away:
        // An explicit away deepens to xa; it is never lightened by activity.
        return automatic == Presence::Show::Xa ? automatic : m_show;
    case Presence::Show::Xa:
    case Presence::Show::Dnd:
        return m_show; // busy means busy, however long the user is idle
    }
    return m_show;
}

Presence PresenceManager::ownPresence(const Jid &to) const
{
    Presence presence;
    presence.setTo(to);
    presence.setShow(effectiveShow());
    presence.setStatus(m_status);
    if (m_priority != 0) {
        presence.setPriority(m_priority);
    }
    if (m_disco) {
        presence.addExtension(m_disco->capsElement());
    }
    for (const Element &extension : m_extensions) {
        presence.addExtension(extension);
    }
    if (isAutoAway() && m_idleSince.isValid()) {
        // XEP-0319 §2: since when the user is idle, so contacts see "idle for ..." rather than a bare away.
        Element idle(u"idle"_s, idleNs);
        idle.setAttribute(u"since"_s, m_idleSince.toUTC().toString(Qt::ISODate));
        presence.addExtension(idle);
    }
    return presence;
}

void PresenceManager::setExtension(const QString &key, const Element &element)
{
    const auto it = m_extensions.constFind(key);
    if (element.isNull() ? it == m_extensions.constEnd() : (it != m_extensions.constEnd() && *it == element)) {
        return;
    }
    if (element.isNull()) {
        m_extensions.remove(key);
    } else {
        m_extensions.insert(key, element);
    }
    if (m_signingOut) {
        return; // the next initial presence carries it
    }
    broadcast(); // unbound: sent with the next initial presence, or after a resumption (m_unsent)
    Q_EMIT ownPresenceChanged();
}

void PresenceManager::broadcast()
{
    // send() refuses (returns false) while no session is bound: the next initial presence carries the state,
    // or, if the session is resumed instead (XEP-0198), onSessionResumed() sends it.
    m_unsent = !m_connection.send(ownPresence().toElement());
}

void PresenceManager::onSessionResumed()
{
    // The server kept the old session's presence; a change made while the stream was down is still owed.
    if (m_unsent && !m_signingOut) {
        broadcast();
    }
}

void PresenceManager::setPresence(Presence::Show show, const QString &status, int priority)
{
    m_show = show;
    m_status = status;
    m_priority = std::clamp(priority, -128, 127);
    m_signingOut = false;
    broadcast();
    Q_EMIT ownPresenceChanged();
}

bool PresenceManager::sendDirectedPresence(const Jid &to)
{
    if (to.isNull() || !m_connection.send(ownPresence(to).toElement())) {
        return false;
    }
    if (!m_directed.contains(to)) {
        m_directed.insert(to);
        ++m_directedBare[to.bare()];
    }
    return true;
}

bool PresenceManager::sendDirectedUnavailable(const Jid &to, const QString &status)
{
    if (to.isNull()) {
        return false;
    }
    Presence presence;
    presence.setType(Presence::Type::Unavailable);
    presence.setTo(to);
    presence.setStatus(status);
    if (!m_connection.send(presence.toElement())) {
        return false;
    }
    if (m_directed.remove(to)) {
        const auto it = m_directedBare.find(to.bare());
        if (it != m_directedBare.end() && --*it <= 0) {
            m_directedBare.erase(it);
        }
    }
    return true;
}

QList<Jid> PresenceManager::directedPresenceRecipients() const
{
    QList<Jid> out(m_directed.cbegin(), m_directed.cend());
    std::sort(out.begin(), out.end());
    return out;
}

void PresenceManager::signOut(const QString &status)
{
    // RFC 6121 §4.5.1: unavailable presence before closing the stream, so contacts learn it at once and
    // with the user's parting words; the server also informs the recipients of directed presence (§4.6.3).
    Presence presence;
    presence.setType(Presence::Type::Unavailable);
    presence.setStatus(status);
    m_connection.send(presence.toElement());
    m_signingOut = true;
    m_directed.clear();
    m_directedBare.clear();
    Q_EMIT ownPresenceChanged();
    m_connection.disconnectFromServer();
    clearContacts();
}

void PresenceManager::setAutoAwayThresholds(int awaySeconds, int xaSeconds)
{
    const Presence::Show before = effectiveShow();
    m_awaySeconds = awaySeconds;
    m_xaSeconds = xaSeconds;
    if (effectiveShow() != before) {
        broadcast();
        Q_EMIT ownPresenceChanged();
    }
}

void PresenceManager::setIdle(int seconds)
{
    const Presence::Show before = effectiveShow();
    m_idleSeconds = std::max(0, seconds);
    // XEP-0319: the moment the user's inactivity began, as of this report.
    m_idleSince = m_idleSeconds > 0 ? QDateTime::currentDateTimeUtc().addSecs(-m_idleSeconds) : QDateTime();
    if (effectiveShow() == before) {
        return;
    }
    if (!m_signingOut) {
        broadcast();
    }
    Q_EMIT ownPresenceChanged();
}

void PresenceManager::onCapsChanged()
{
    // XEP-0115 §4: a changed feature set is announced by re-sending presence with the new ver.
    if (!m_signingOut) {
        broadcast();
    }
}

void PresenceManager::onSessionStarting(bool previousSessionLost)
{
    Q_UNUSED(previousSessionLost); // a new session starts with no presence either way (§4.2.3)
    clearContacts();
    m_directed.clear();
    m_directedBare.clear();
    m_signingOut = false;
    // RFC 6121 §4.2: initial presence, pipelined behind the bind request and the roster get; the server
    // then probes our contacts and delivers pending subscription requests (only to available resources).
    broadcast();
}

void PresenceManager::onDisconnected()
{
    // A connection waiting to reconnect may resume its session (XEP-0198), which keeps the contacts'
    // presence valid; a new session clears it in onSessionStarting().
    if (m_connection.state() == ConnectionState::Disconnected) {
        clearContacts();
        m_directed.clear();
        m_directedBare.clear();
    }
}

// ---- contacts' presence

bool PresenceManager::Rank::operator<(const Rank &other) const
{
    // The order of isBetter(): a "smaller" rank is a better resource.
    if (priority != other.priority) {
        return priority > other.priority;
    }
    if (show != other.show) {
        return show > other.show;
    }
    return sequence > other.sequence;
}

PresenceManager::Rank PresenceManager::rankOf(const ResourcePresence &resource)
{
    return { resource.priority, showRank(resource.show), resource.sequence };
}

bool PresenceManager::isBetter(const ResourcePresence &a, const ResourcePresence &b)
{
    return rankOf(a) < rankOf(b);
}

std::optional<ResourcePresence> PresenceManager::parse(const Element &element, quint64 sequence)
{
    const auto presence = Presence::fromElement(element);
    if (!presence || presence->type() != Presence::Type::Available || presence->from().isNull()) {
        return std::nullopt;
    }
    ResourcePresence r;
    r.jid = presence->from();
    r.show = presence->show();
    r.status = presence->status();
    r.priority = presence->priority();
    r.caps = EntityCaps::parse(element.firstChild(u"c", EntityCaps::xmlns()));
    r.delayStamp = parseStamp(presence->extension(u"delay", delayNs).attribute(u"stamp"));
    r.idleSince = parseStamp(presence->extension(u"idle", idleNs).attribute(u"since"));
    r.sequence = sequence;
    return r;
}

void PresenceManager::setContactPolicy(std::function<bool(const Jid &)> isContact)
{
    m_contactPolicy = std::move(isContact);
}

std::function<bool(const Jid &)> PresenceManager::rosterContactPolicy(const RosterManager &roster)
{
    return [&roster](const Jid &bareJid) { return roster.contains(bareJid); };
}

bool PresenceManager::isContact(const Jid &bareJid) const
{
    if (!m_contactPolicy || m_directedBare.contains(bareJid)) {
        return true;
    }
    // The account's other resources (and our own presence, which the server reflects, §4.2.2).
    const Jid own = m_connection.boundJid().isNull() ? m_connection.settings().jid : m_connection.boundJid();
    return bareJid == own.bare() || m_contactPolicy(bareJid);
}

void PresenceManager::setLimits(const PresenceLimits &limits)
{
    m_limits = limits;
    m_limits.resourcesPerContact = std::max(1, m_limits.resourcesPerContact);
    m_limits.resourcesPerStranger = std::max(1, m_limits.resourcesPerStranger);
    m_limits.strangers = std::max(1, m_limits.strangers);
}

bool PresenceManager::handleStanza(const Element &stanza)
{
    if (stanza.name() != u"presence") {
        return false;
    }
    const QString type = stanza.attribute(u"type");
    if (!type.isEmpty() && type != u"unavailable" && type != u"error") {
        return false; // subscription states belong to the SubscriptionManager; probes to the server
    }
    const auto from = Jid::parse(stanza.attribute(u"from"));
    if (!from || from->isNull()) {
        return false;
    }
    if (type.isEmpty()) {
        handleAvailable(*from, stanza);
    } else if (type == u"unavailable") {
        handleUnavailable(*from);
    } else {
        handleError(*from, stanza);
    }
    Q_EMIT presenceReceived(from->bare());
    return true;
}

bool PresenceManager::applyPresence(const Element &presence)
{
    const auto from = Jid::parse(presence.attribute(u"from"));
    if (presence.name() != u"presence" || !from || from->isBare()) {
        return false;
    }
    const QString type = presence.attribute(u"type");
    if (!type.isEmpty() && type != u"unavailable") {
        return false;
    }
    return handleStanza(presence);
}

void PresenceManager::handleAvailable(const Jid &from, const Element &stanza)
{
    auto parsed = parse(stanza, ++m_sequence);
    if (!parsed) {
        return;
    }
    const Jid bare = from.bare();
    const bool contact = isContact(bare);
    auto it = m_contacts.find(bare);
    if (it == m_contacts.end()) {
        it = m_contacts.insert(bare, Contact());
    }
    Contact &entry = *it;
    ResourcePresence &stored = m_resources[from];
    if (stored.sequence != 0) {
        entry.ranking.erase(rankOf(stored));
    }
    stored = std::move(*parsed);
    entry.ranking.emplace(rankOf(stored), from);
    // A stranger is (re)queued as the most recently active one; a contact is not in that queue at all.
    if (entry.strangerSince != 0) {
        m_strangers.erase(entry.strangerSince);
        entry.strangerSince = 0;
    }
    if (!contact) {
        entry.strangerSince = m_sequence;
        m_strangers.emplace(entry.strangerSince, bare);
    }
    dropWorstResources(entry, contact ? m_limits.resourcesPerContact : m_limits.resourcesPerStranger);
    m_errors.remove(bare);
    markChanged(bare);
    if (!contact) {
        dropOldStrangers();
    }
}

void PresenceManager::dropWorstResources(Contact &contact, int limit)
{
    if (qsizetype(contact.ranking.size()) > limit) {
        noteBoundReached();
    }
    // The worst resource by §4.7.2 is the one a message would reach last: nothing the user sees is lost
    // until the bound is reached, and then the least useful resource goes (possibly the new one).
    while (qsizetype(contact.ranking.size()) > limit) {
        const auto worst = std::prev(contact.ranking.end());
        const Jid gone = worst->second;
        contact.ranking.erase(worst);
        m_resources.remove(gone);
        ++m_dropped;
        if (m_disco) {
            m_disco->forgetEntity(gone);
        }
    }
}

void PresenceManager::dropOldStrangers()
{
    if (qsizetype(m_strangers.size()) > m_limits.strangers) {
        noteBoundReached();
    }
    while (qsizetype(m_strangers.size()) > m_limits.strangers) {
        const Jid oldest = m_strangers.begin()->second;
        const auto contact = m_contacts.find(oldest);
        if (contact == m_contacts.end()) {
            m_strangers.erase(m_strangers.begin()); // cannot happen: kept in step with m_contacts
            continue;
        }
        m_dropped += quint64(contact->ranking.size());
        eraseContact(contact, true);
        markChanged(oldest);
    }
}

void PresenceManager::noteBoundReached()
{
    // Once per session: a flood would otherwise be a flood of log lines too.
    if (!m_boundLogged) {
        m_boundLogged = true;
        qCInfo(lcPresence) << "presence bounds reached: dropping the least useful resources and the oldest strangers";
    }
}

void PresenceManager::eraseContact(QHash<Jid, Contact>::iterator contact, bool forget)
{
    for (const auto &[rank, jid] : contact->ranking) {
        m_resources.remove(jid);
        if (forget && m_disco) {
            m_disco->forgetEntity(jid);
        }
    }
    if (contact->strangerSince != 0) {
        m_strangers.erase(contact->strangerSince);
    }
    m_contacts.erase(contact);
}

bool PresenceManager::removeResource(const Jid &fullJid)
{
    const auto it = m_resources.find(fullJid);
    if (it == m_resources.end()) {
        return false;
    }
    const auto contact = m_contacts.find(fullJid.bare());
    if (contact != m_contacts.end()) {
        contact->ranking.erase(rankOf(*it));
        if (contact->ranking.empty()) {
            m_resources.erase(it);
            eraseContact(contact, false);
            return true;
        }
    }
    m_resources.erase(it);
    return true;
}

void PresenceManager::handleUnavailable(const Jid &from)
{
    const Jid bare = from.bare();
    bool removed = false;
    if (from.isBare()) {
        // §4.5.3: unavailable from the bare JID means every resource is gone.
        if (const auto contact = m_contacts.find(bare); contact != m_contacts.end()) {
            eraseContact(contact, false);
            removed = true;
        }
    } else {
        removed = removeResource(from);
    }
    if (removed) {
        markChanged(bare);
    }
}

void PresenceManager::handleError(const Jid &from, const Element &stanza)
{
    const auto presence = Presence::fromElement(stanza);
    const StanzaError error = presence && presence->error() ? *presence->error() : StanzaError();
    qCInfo(lcPresence) << "presence error from" << from.toString() << error.describe();
    const Jid bare = from.bare();
    // The contact cannot be reached in this state; whatever it announced before is no longer reliable.
    bool changed = false;
    if (from.isBare()) {
        if (const auto contact = m_contacts.find(bare); contact != m_contacts.end()) {
            eraseContact(contact, true);
            changed = true;
        }
    } else if (removeResource(from)) {
        changed = true;
        if (m_disco) {
            m_disco->forgetEntity(from);
        }
    }
    // Anyone can send errors from any number of addresses: only a contact's is remembered.
    if (isContact(bare)) {
        m_errors.insert(bare, error);
        changed = true;
    }
    if (changed) {
        markChanged(bare);
    }
    Q_EMIT presenceError(from, error);
}

void PresenceManager::clearContacts()
{
    QList<Jid> gone = m_contacts.keys();
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (!m_contacts.contains(it.key())) {
            gone.append(it.key());
        }
    }
    m_contacts.clear();
    m_resources.clear();
    m_strangers.clear();
    m_errors.clear();
    m_dropped = 0;
    m_boundLogged = false;
    std::sort(gone.begin(), gone.end());
    for (const Jid &bare : std::as_const(gone)) {
        markChanged(bare);
    }
}

void PresenceManager::markChanged(const Jid &bareJid)
{
    Q_EMIT presenceChanged(bareJid);
    if (!m_pendingSet.contains(bareJid)) {
        m_pendingSet.insert(bareJid);
        m_pending.append(bareJid);
    }
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void PresenceManager::flushChanges()
{
    if (m_pending.isEmpty()) {
        return;
    }
    const QList<Jid> changed = std::exchange(m_pending, {});
    m_pendingSet.clear();
    Q_EMIT presencesChanged(changed);
}

QList<ResourcePresence> PresenceManager::resources(const Jid &bareJid) const
{
    QList<ResourcePresence> out;
    const auto it = m_contacts.constFind(bareJid.bare());
    if (it == m_contacts.cend()) {
        return out;
    }
    out.reserve(qsizetype(it->ranking.size()));
    for (const auto &[rank, jid] : it->ranking) {
        out.append(m_resources.value(jid));
    }
    return out;
}

std::optional<ResourcePresence> PresenceManager::bestResource(const Jid &bareJid) const
{
    const auto it = m_contacts.constFind(bareJid.bare());
    if (it == m_contacts.cend() || it->ranking.empty()) {
        return std::nullopt;
    }
    return m_resources.value(it->ranking.begin()->second);
}

int PresenceManager::resourceCount(const Jid &bareJid) const
{
    const auto it = m_contacts.constFind(bareJid.bare());
    return it == m_contacts.cend() ? 0 : int(it->ranking.size());
}

std::optional<ResourcePresence> PresenceManager::resource(const Jid &fullJid) const
{
    const auto r = m_resources.constFind(fullJid);
    return r == m_resources.cend() ? std::nullopt : std::optional<ResourcePresence>(*r);
}

PresenceManager::Availability PresenceManager::availability(const Jid &bareJid) const
{
    const auto it = m_contacts.constFind(bareJid.bare());
    if (it == m_contacts.cend() || it->ranking.empty()) {
        return Availability::Offline;
    }
    const auto best = m_resources.constFind(it->ranking.begin()->second);
    return best == m_resources.cend() ? Availability::Offline : availabilityOf(best->show);
}

std::optional<StanzaError> PresenceManager::lastError(const Jid &bareJid) const
{
    const auto it = m_errors.constFind(bareJid.bare());
    return it == m_errors.cend() ? std::nullopt : std::optional<StanzaError>(*it);
}

QList<Jid> PresenceManager::availableContacts() const
{
    QList<Jid> out = m_contacts.keys();
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace balcony
