#include "RosterManager.h"

#include "core/Stanza.h"
#include "core/StreamHeader.h"
#include "stream/Connection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony {

Q_LOGGING_CATEGORY(lcRoster, "balcony.im.roster")

RosterManager::RosterManager(Connection &connection, RosterStore &store, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_store(store)
{
    reload();
    // RFC 6121 §2.1.6 roster pushes; the roster get goes before the initial presence (§2.2, SessionStep).
    m_connection.addStanzaHandler(
        this, { u"iq"_s, u"query"_s, xmlns() }, [this](const Element &stanza) { return handleStanza(stanza); });
    m_connection.addSessionStep(this, SessionStep::Roster, [this](bool lost) { requestRoster(lost); });
}

RosterManager::~RosterManager() = default;

QString RosterManager::xmlns()
{
    return u"jabber:iq:roster"_s;
}

QString RosterManager::versioningFeatureNs()
{
    return u"urn:xmpp:features:rosterver"_s;
}

QList<RosterItem> RosterManager::items() const
{
    QList<RosterItem> out = m_items.values();
    std::sort(out.begin(), out.end(), [](const RosterItem &a, const RosterItem &b) { return a.jid < b.jid; });
    return out;
}

std::optional<RosterItem> RosterManager::item(const Jid &jid) const
{
    const auto it = m_items.constFind(jid.bare());
    return it == m_items.cend() ? std::nullopt : std::optional<RosterItem>(*it);
}

void RosterManager::reload()
{
    m_items.clear();
    const QList<RosterItem> stored = m_store.items();
    for (const RosterItem &i : stored) {
        m_items.insert(i.jid, i);
    }
    m_version = m_store.version();
}

std::optional<RosterItem> RosterManager::itemFromElement(const Element &element, bool *remove)
{
    const auto jid = Jid::parse(element.attribute(u"jid"));
    if (!jid) {
        return std::nullopt;
    }
    RosterItem item;
    item.jid = jid->bare();
    item.name = element.attribute(u"name");
    const QString subscription = element.attribute(u"subscription");
    if (remove) {
        *remove = subscription == u"remove";
    }
    // RFC 6121 §2.1.2.5: none | to | from | both (remove only in pushes/sets); absent means none.
    if (subscription == u"to" || subscription == u"from" || subscription == u"both") {
        item.subscription = subscription;
    }
    item.askSubscribe = element.attribute(u"ask") == u"subscribe";
    const QString approved = element.attribute(u"approved");
    item.approved = approved == u"true" || approved == u"1";
    for (const Element &group : element.children(u"group", element.ns())) {
        item.groups.append(group.text());
    }
    item.groups.sort();
    item.groups.removeDuplicates();
    return item;
}

Element RosterManager::itemToElement(const RosterItem &item)
{
    Element element(u"item"_s, xmlns());
    element.setAttribute(u"jid"_s, item.jid.toString());
    if (!item.name.isEmpty()) {
        element.setAttribute(u"name"_s, item.name);
    }
    element.setAttribute(u"subscription"_s, item.subscription);
    if (item.askSubscribe) {
        element.setAttribute(u"ask"_s, u"subscribe"_s);
    }
    if (item.approved) {
        element.setAttribute(u"approved"_s, u"true"_s);
    }
    for (const QString &group : item.groups) {
        element.appendTextChild(u"group"_s, xmlns(), group);
    }
    return element;
}

bool RosterManager::versioningExpected() const
{
    // The get is pipelined before the post-authentication features are read (XEP-0305), so the decision
    // comes from what the server advertised last time (RFC 6121 §2.6.1). Without such knowledge the 'ver'
    // attribute is sent anyway: a server without versioning ignores it (§2.6.2).
    const ConnectionSettings &settings = m_connection.settings();
    if (!settings.cache) {
        return true;
    }
    const ServerProfile profile = settings.cache->serverProfile(settings.jid.domainAce());
    if (profile.sessionFeatures.isNull()) {
        return true;
    }
    return profile.sessionFeatures.hasChild(u"ver", versioningFeatureNs());
}

void RosterManager::requestRoster(bool previousSessionLost)
{
    Q_UNUSED(previousSessionLost); // the roster is requested on every new session either way
    m_stats = Stats();
    Element query(u"query"_s, xmlns());
    if (versioningExpected()) {
        // RFC 6121 §2.6.2: ver='' when there is no cache yet asks for versioning all the same.
        query.setAttribute(u"ver"_s, m_version);
        m_stats.versioned = true;
        m_stats.requestedVersion = m_version;
    }
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.appendChild(query);
    const QPointer<RosterManager> self(this);
    const quint64 serial = ++m_requestSerial;
    const QString id = m_connection.sendIq(iq, [self, serial](const IqResult &result) {
        if (self && self->m_requestSerial == serial) {
            self->handleResult(result);
        }
    });
    m_stats.requested = !id.isEmpty();
}

void RosterManager::handleResult(const IqResult &result)
{
    if (result.status != IqResult::Status::Result) {
        QString message;
        switch (result.status) {
        case IqResult::Status::Error:
            message = QCoreApplication::translate("balcony", "The server refused to send the contact list (%1).")
                          .arg(result.error.describe());
            break;
        case IqResult::Status::Timeout:
            message = QCoreApplication::translate("balcony", "The server did not send the contact list in time.");
            break;
        default:
            return; // the stream is gone; the next session asks again
        }
        qCWarning(lcRoster) << message;
        Q_EMIT rosterFailed(message);
        return;
    }
    const Element query = result.stanza.firstChild(u"query", xmlns());
    if (query.isNull()) {
        // RFC 6121 §2.6.3: an empty result: the cached version is current; changes follow as pushes.
        m_stats.servedFromCache = true;
        m_stats.transferredItems = 0;
        reload();
        Q_EMIT rosterReceived(true, int(m_items.size()));
        return;
    }
    QList<RosterItem> fresh;
    for (const Element &element : query.children(u"item", xmlns())) {
        bool remove = false;
        const auto item = itemFromElement(element, &remove);
        if (item && !remove) {
            fresh.append(*item);
        }
    }
    // §2.6.3: the full roster with its version ('ver' may be absent: no versioning, stored as empty).
    const QString ver = query.attribute(u"ver");
    if (!m_store.replaceAll(fresh, ver)) {
        qCWarning(lcRoster) << "could not store the roster; keeping it in memory";
        m_items.clear();
        for (const RosterItem &i : std::as_const(fresh)) {
            m_items.insert(i.jid, i);
        }
        m_version.clear(); // never claim a version the store does not hold
    } else {
        reload();
    }
    m_stats.servedFromCache = false;
    m_stats.transferredItems = int(fresh.size());
    Q_EMIT rosterReceived(false, int(m_items.size()));
}

bool RosterManager::handleStanza(const Element &stanza)
{
    if (stanza.name() != u"iq" || stanza.attribute(u"type") != u"set") {
        return false;
    }
    const Element query = stanza.firstChild(u"query", xmlns());
    return !query.isNull() && handlePush(stanza, query);
}

bool RosterManager::handlePush(const Element &iq, const Element &query)
{
    // RFC 6121 §2.1.6: a push comes from the account itself (no 'from', or the bare JID); anything else
    // MUST be ignored, which the connection answers with service-unavailable.
    const QString fromText = iq.attribute(u"from");
    if (!fromText.isEmpty()) {
        const Jid own = m_connection.settings().jid.bare();
        const auto from = Jid::parse(fromText);
        if (!from || *from != own) {
            qCWarning(lcRoster) << "ignoring a roster push from" << fromText;
            return false;
        }
    }
    const auto request = Iq::fromElement(iq);
    // RFC 6120 §8.1.3: an IQ without an id is not a valid push; it changes nothing and is not answered (a
    // result without an id would be invalid too). The Connection drops it.
    if (!request || request->id().isEmpty()) {
        return false;
    }
    const QList<Element> elements = query.children(u"item", xmlns());
    bool remove = false;
    const auto item = elements.size() == 1 ? itemFromElement(elements.first(), &remove) : std::nullopt;
    if (!item) {
        // §2.1.6: a push carries exactly one item.
        StanzaError error;
        error.condition = StanzaError::Condition::BadRequest;
        error.type = StanzaError::defaultType(error.condition);
        Iq reply = request->makeError(error);
        reply.setFrom(Jid());
        m_connection.send(reply.toElement());
        return true;
    }
    // §2.6.3: the push's 'ver' is the new version; a push without one leaves the version as it was.
    const QString ver = query.hasAttribute(u"ver") ? query.attribute(u"ver") : m_version;
    if (m_store.applyPush(*item, remove, ver)) {
        m_version = ver;
    } else {
        qCWarning(lcRoster) << "could not store a roster push; the next session fetches the full roster";
        m_version.clear();
    }
    if (remove) {
        m_items.remove(item->jid);
    } else {
        m_items.insert(item->jid, *item);
    }
    ++m_stats.pushes;
    Iq reply = request->makeResult();
    reply.setFrom(Jid());
    m_connection.send(reply.toElement());
    if (remove) {
        Q_EMIT itemRemoved(item->jid);
    } else {
        Q_EMIT itemChanged(item->jid);
    }
    return true;
}

QStringList RosterManager::normalizedGroups(const QStringList &groups)
{
    QStringList out;
    for (const QString &group : groups) {
        // RFC 6121 §2.1.2.2: an empty group name is not a group; surrounding whitespace is a typo.
        const QString trimmed = group.trimmed();
        if (!trimmed.isEmpty()) {
            out.append(trimmed);
        }
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

QStringList RosterManager::groups() const
{
    QStringList out;
    for (const RosterItem &i : m_items) {
        out += i.groups;
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

QList<RosterItem> RosterManager::itemsInGroup(const QString &group) const
{
    QList<RosterItem> out = items();
    out.removeIf(
        [&group](const RosterItem &i) { return group.isEmpty() ? !i.groups.isEmpty() : !i.groups.contains(group); });
    return out;
}

bool RosterManager::addOrUpdate(const Jid &jid, const QString &name, const QStringList &groups, EditCallback callback)
{
    if (jid.isNull()) {
        return false;
    }
    // §2.3.2: a set carries jid, name and groups only; 'subscription' and 'ask' are the server's business.
    Element element(u"item"_s, xmlns());
    element.setAttribute(u"jid"_s, jid.bareString());
    if (!name.trimmed().isEmpty()) {
        element.setAttribute(u"name"_s, name.trimmed());
    }
    const QStringList normalized = normalizedGroups(groups);
    for (const QString &group : normalized) {
        element.appendTextChild(u"group"_s, xmlns(), group);
    }
    return sendSet(jid.bare(), element, std::move(callback));
}

bool RosterManager::remove(const Jid &jid, EditCallback callback)
{
    if (jid.isNull()) {
        return false;
    }
    Element element(u"item"_s, xmlns());
    element.setAttribute(u"jid"_s, jid.bareString());
    element.setAttribute(u"subscription"_s, u"remove"_s);
    return sendSet(jid.bare(), element, std::move(callback));
}

bool RosterManager::rename(const Jid &jid, const QString &name, EditCallback callback)
{
    const auto current = item(jid);
    return addOrUpdate(jid, name, current ? current->groups : QStringList(), std::move(callback));
}

bool RosterManager::setGroups(const Jid &jid, const QStringList &groups, EditCallback callback)
{
    const auto current = item(jid);
    return addOrUpdate(jid, current ? current->name : QString(), groups, std::move(callback));
}

bool RosterManager::sendSet(const Jid &jid, const Element &item, EditCallback callback)
{
    Element query(u"query"_s, xmlns());
    query.appendChild(item);
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.appendChild(query);
    const QPointer<RosterManager> self(this);
    const QString id = m_connection.sendIq(iq, [self, jid, callback](const IqResult &result) {
        QString error;
        switch (result.status) {
        case IqResult::Status::Result:
            break;
        case IqResult::Status::Error:
            if (result.error.condition == StanzaError::Condition::NotAcceptable) {
                // §2.3.3: e.g. a name or group name longer than the server allows.
                error = QCoreApplication::translate("balcony",
                    "The server did not accept the contact %1: its name or a group name is not allowed (%2).")
                            .arg(jid.toString(), result.error.describe());
            } else {
                error = QCoreApplication::translate("balcony", "The server refused to change the contact %1 (%2).")
                            .arg(jid.toString(), result.error.describe());
            }
            break;
        case IqResult::Status::Timeout:
            error = QCoreApplication::translate(
                "balcony", "The server did not confirm the change to the contact %1 in time.")
                        .arg(jid.toString());
            break;
        default:
            error = QCoreApplication::translate(
                "balcony", "The connection was lost before the server confirmed the change to the contact %1.")
                        .arg(jid.toString());
            break;
        }
        if (!error.isEmpty()) {
            qCWarning(lcRoster) << error;
        }
        if (callback) {
            callback(error);
        }
        if (self) {
            Q_EMIT self->editFinished(jid, error);
        }
    });
    return !id.isEmpty();
}

} // namespace balcony
