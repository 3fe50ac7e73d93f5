#include "SubscriptionManager.h"

#include "RosterManager.h"
#include "core/Stanza.h"
#include "stream/Connection.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace balcony {

Q_LOGGING_CATEGORY(lcSubscription, "balcony.im.subscription")

SubscriptionManager::SubscriptionManager(
    Connection &connection, RosterManager &roster, SubscriptionRequestStore &store, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_roster(roster)
    , m_store(store)
{
    // RFC 6121 §3: presences of the subscription types.
    m_connection.addStanzaHandler(
        this, { u"presence"_s, {}, {} }, [this](const Element &stanza) { return handleStanza(stanza); });
    connect(&m_roster, &RosterManager::itemChanged, this, &SubscriptionManager::onRosterItemChanged);
    connect(&m_roster, &RosterManager::itemRemoved, this, &SubscriptionManager::stateChanged);
}

SubscriptionManager::~SubscriptionManager() = default;

QString SubscriptionManager::preApprovalFeatureNs()
{
    return u"urn:xmpp:features:pre-approval"_s;
}

// ---- actions

bool SubscriptionManager::sendPresence(const Jid &to, const QString &type, const QString &status)
{
    if (to.isNull()) {
        return false;
    }
    // §3: subscription stanzas are addressed to the bare JID; the server stamps our bare JID as 'from'.
    Presence presence;
    presence.setTo(to.bare());
    presence.setTypeString(type);
    presence.setStatus(status);
    return m_connection.send(presence.toElement());
}

bool SubscriptionManager::requestSubscription(const Jid &jid, const QString &status)
{
    if (jid.isNull() || m_connection.state() != ConnectionState::Connected) {
        return false;
    }
    if (!m_roster.item(jid)) {
        // §3.1.1: a client SHOULD add the contact to the roster before asking, so the request and the
        // contact's answer have an item to attach to. The set goes out first; the server handles both in order.
        m_roster.addOrUpdate(jid, QString(), {});
    }
    return sendPresence(jid, u"subscribe"_s, status);
}

bool SubscriptionManager::addContact(
    const Jid &jid, const QString &name, const QStringList &groups, const QString &status)
{
    if (jid.isNull() || m_connection.state() != ConnectionState::Connected) {
        return false;
    }
    const Jid bare = jid.bare();
    if (!m_roster.addOrUpdate(bare, name, groups)) {
        return false;
    }
    return sendPresence(bare, u"subscribe"_s, status);
}

bool SubscriptionManager::approve(const Jid &jid, bool requestBack)
{
    if (!sendPresence(jid, u"subscribed"_s)) {
        return false;
    }
    resolveRequest(jid.bare());
    if (requestBack && !weSeeThem(state(jid))) {
        const auto item = m_roster.item(jid);
        if (!item || !item->askSubscribe) {
            requestSubscription(jid);
        }
    }
    return true;
}

bool SubscriptionManager::deny(const Jid &jid)
{
    // §3.2.1: 'unsubscribed' refuses a pending request (and would cancel an existing subscription).
    if (!sendPresence(jid, u"unsubscribed"_s)) {
        return false;
    }
    resolveRequest(jid.bare());
    return true;
}

bool SubscriptionManager::cancel(const Jid &jid)
{
    // §3.2.1: the same stanza as a denial, sent when the contact already has a subscription.
    if (!sendPresence(jid, u"unsubscribed"_s)) {
        return false;
    }
    resolveRequest(jid.bare());
    return true;
}

bool SubscriptionManager::unsubscribe(const Jid &jid)
{
    return sendPresence(jid, u"unsubscribe"_s);
}

bool SubscriptionManager::serverSupportsPreApproval() const
{
    return m_connection.streamFeatures().hasChild(u"sub", preApprovalFeatureNs());
}

bool SubscriptionManager::preApprove(const Jid &jid, QString *error)
{
    if (jid.isNull()) {
        if (error) {
            *error = QCoreApplication::translate("balcony", "No contact address was given.");
        }
        return false;
    }
    // §3.4: without the stream feature a 'subscribed' to a contact who did not ask would simply be ignored
    // by the server; telling the user is better than pretending.
    if (!serverSupportsPreApproval()) {
        if (error) {
            *error = QCoreApplication::translate(
                "balcony", "Your server does not support approving %1 in advance; approve the request when it arrives.")
                         .arg(jid.bareString());
        }
        return false;
    }
    if (!sendPresence(jid, u"subscribed"_s)) {
        if (error) {
            *error = QCoreApplication::translate("balcony", "Not connected: %1 could not be approved in advance.")
                         .arg(jid.bareString());
        }
        return false;
    }
    return true;
}

// ---- state

SubscriptionManager::State SubscriptionManager::stateOf(const RosterItem *item, bool pendingIn)
{
    const QString subscription = item ? item->subscription : u"none"_s;
    const bool pendingOut = item && item->askSubscribe;
    if (subscription == u"both") {
        return State::Both;
    }
    if (subscription == u"to") {
        return pendingIn ? State::ToPendingIn : State::To;
    }
    if (subscription == u"from") {
        return pendingOut ? State::FromPendingOut : State::From;
    }
    if (pendingOut && pendingIn) {
        return State::NonePendingOutIn;
    }
    if (pendingOut) {
        return State::NonePendingOut;
    }
    return pendingIn ? State::NonePendingIn : State::None;
}

SubscriptionManager::State SubscriptionManager::state(const Jid &jid) const
{
    const auto item = m_roster.item(jid);
    return stateOf(item ? &*item : nullptr, hasPendingRequest(jid));
}

bool SubscriptionManager::theySeeUs(State state)
{
    return state == State::From || state == State::FromPendingOut || state == State::Both;
}

bool SubscriptionManager::weSeeThem(State state)
{
    return state == State::To || state == State::ToPendingIn || state == State::Both;
}

QString SubscriptionManager::describe(State state)
{
    switch (state) {
    case State::None:
        return QCoreApplication::translate("balcony", "Not sharing presence");
    case State::NonePendingOut:
        return QCoreApplication::translate("balcony", "Waiting for the contact to approve your request");
    case State::NonePendingIn:
        return QCoreApplication::translate("balcony", "Wants to see your presence");
    case State::NonePendingOutIn:
        return QCoreApplication::translate("balcony", "Both of you asked; waiting for each other's approval");
    case State::To:
        return QCoreApplication::translate("balcony", "You see their presence; they do not see yours");
    case State::ToPendingIn:
        return QCoreApplication::translate("balcony", "You see their presence; they want to see yours");
    case State::From:
        return QCoreApplication::translate("balcony", "They see your presence; you do not see theirs");
    case State::FromPendingOut:
        return QCoreApplication::translate(
            "balcony", "They see your presence; waiting for them to approve your request");
    case State::Both:
        return QCoreApplication::translate("balcony", "Sharing presence both ways");
    }
    return QString();
}

bool SubscriptionManager::isPreApproved(const Jid &jid) const
{
    const auto item = m_roster.item(jid);
    return item && item->approved;
}

QList<SubscriptionRequest> SubscriptionManager::pendingRequests() const
{
    return m_store.requests();
}

bool SubscriptionManager::hasPendingRequest(const Jid &jid) const
{
    return m_store.request(jid.bare()).has_value();
}

void SubscriptionManager::resolveRequest(const Jid &from)
{
    if (m_store.remove(from)) {
        Q_EMIT requestResolved(from);
    }
    Q_EMIT stateChanged(from);
}

void SubscriptionManager::onRosterItemChanged(const Jid &jid)
{
    // The state machine follows the pushes (§3.1.5, §3.1.6 ...). A push that shows their subscription
    // granted answers the stored request: the user approved it elsewhere (or pre-approved it).
    const auto item = m_roster.item(jid);
    if (item && (item->subscription == u"from" || item->subscription == u"both") && m_store.remove(jid)) {
        Q_EMIT requestResolved(jid);
    }
    Q_EMIT stateChanged(jid);
}

// ---- inbound

bool SubscriptionManager::handleStanza(const Element &stanza)
{
    if (stanza.name() != u"presence") {
        return false;
    }
    const QString type = stanza.attribute(u"type");
    if (type != u"subscribe" && type != u"subscribed" && type != u"unsubscribe" && type != u"unsubscribed") {
        return false;
    }
    const auto from = Jid::parse(stanza.attribute(u"from"));
    if (!from || from->isNull()) {
        return true; // §3.1.3: a subscription stanza without a sender cannot be answered; drop it
    }
    const Jid bare = from->bare();
    if (type == u"subscribe") {
        handleSubscribe(bare, stanza);
    } else if (type == u"subscribed") {
        Q_EMIT subscriptionApproved(bare);
    } else if (type == u"unsubscribe") {
        // §3.3.3: they no longer want our presence; a request still waiting for the user is withdrawn too.
        if (m_store.remove(bare)) {
            Q_EMIT requestResolved(bare);
            Q_EMIT stateChanged(bare);
        }
        Q_EMIT contactUnsubscribed(bare);
    } else {
        Q_EMIT subscriptionRevoked(bare);
    }
    return true;
}

void SubscriptionManager::handleSubscribe(const Jid &from, const Element &stanza)
{
    const auto item = m_roster.item(from);
    if (item && (item->subscription == u"from" || item->subscription == u"both" || item->approved)) {
        // §3.1.3: the user already said yes (a subscription or a pre-approval). The server normally answers
        // such a request itself; if it still reaches us, confirm the earlier decision instead of asking again.
        qCInfo(lcSubscription) << "confirming the subscription of" << from.toString();
        sendPresence(from, u"subscribed"_s);
        return;
    }
    SubscriptionRequest request;
    request.from = from;
    request.status = stanza.childText(u"status", stanza.ns()).left(maxStatusLength());
    request.received = QDateTime::currentDateTimeUtc();
    // A repeated request (the server redelivers unanswered ones at every login) was already shown; its text
    // is written again only if it changed.
    if (const std::optional<SubscriptionRequest> pending = m_store.request(from)) {
        if (pending->status != request.status) {
            m_store.add(request);
        }
        return;
    }
    if (!item && m_store.count() >= maxPendingRequests()) {
        if (m_droppedRequests++ == 0) {
            qCWarning(lcSubscription) << "too many pending subscription requests: further ones from strangers"
                                      << "wait on the server until the next login";
        }
        return;
    }
    // A request the store could not keep is still shown: the server redelivers it at the next login.
    const bool added = m_store.add(request);
    if (!added && m_store.request(from)) {
        return;
    }
    if (!added) {
        qCWarning(lcSubscription) << "could not store the subscription request of" << from.toString();
    }
    Q_EMIT subscriptionRequested(from, request.status);
    Q_EMIT stateChanged(from);
}

} // namespace balcony
