#include "EventingManager.h"

#include "core/DataForm.h"
#include "core/Stanza.h"
#include "core/StreamHeader.h"
#include "disco/DiscoManager.h"
#include "im/PresenceManager.h"
#include "pubsub/NodeConfig.h"
#include "pubsub/PubSubEvent.h"
#include "pubsub/PubSubItem.h"
#include "pubsub/PubSubManager.h"
#include "storage/ElementXml.h"
#include "storage/HistoryStore.h"
#include "storage/SubscriptionRequestStore.h"
#include "stream/Connection.h"
#include "stream/IqTracker.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace balcony {

Q_LOGGING_CATEGORY(lcEventing, "balcony.eventing")

namespace {

QString nickNs()
{
    return u"http://jabber.org/protocol/nick"_s;
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toHex());
}

// A room name is the local part of the conversation JID room@service: checked by Jid::parse.
bool validRoomName(const QString &room)
{
    if (room.isEmpty() || room.size() > 256 || room.contains(u'@') || room.contains(u'/')) {
        return false;
    }
    return Jid::parse(QString(room + u"@example.org")).has_value();
}

QString delayNs()
{
    return u"urn:xmpp:delay"_s;
}

// The sender's time of an item (XEP-0203 <delay/> in the <message/>: items are stored and forwarded), else now; a
// stamp more than five minutes in the future is not believed.
QDateTime sentTimeOf(const Element &payload, const QDateTime &now)
{
    const QString stamp = payload.firstChild(u"delay", delayNs()).attribute(u"stamp");
    if (stamp.isEmpty() || stamp.size() > 64) {
        return now;
    }
    const QDateTime time = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    if (!time.isValid() || time > now.addSecs(300)) {
        return now;
    }
    return time.toUTC();
}

DataForm::Field field(const QString &var, const QString &value, const QString &type = QString())
{
    DataForm::Field f;
    f.var = var;
    f.type = type;
    f.values = { value };
    return f;
}

} // namespace

EventingManager::EventingManager(Connection &connection, PubSubManager &pubsub, PresenceManager &presence,
    HistoryStore &history, SubscriptionRequestStore &requests, DiscoManager *disco, const Jid &service, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_pubsub(pubsub)
    , m_presence(presence)
    , m_history(history)
    , m_requests(requests)
    , m_disco(disco)
    , m_service(service.bare())
{
    // XEP-0163 §2.4: interest in contacts' presence nodes, announced in the caps.
    m_pubsub.registerInterest(presenceNode());
    connect(&m_pubsub, &PubSubManager::eventReceived, this, &EventingManager::onEvent);
    connect(&m_presence, &PresenceManager::ownPresenceChanged, this, [this] { publishPresence(); });
    // The work of a new session waits for the bound JID (the session start may be pipelined before it, XEP-0305);
    // a resumed session (XEP-0198) keeps what was set up.
    connect(&m_connection, &Connection::sessionStarting, this, [this] { m_newSession = true; });
    connect(&m_connection, &Connection::sessionResumed, this, [this] { m_newSession = false; });
    connect(&m_connection, &Connection::connected, this, [this] {
        if (m_newSession) {
            m_newSession = false;
            onSessionStarting();
        }
    });
    m_connection.addStanzaHandler(
        this, { u"message"_s, u"chat"_s, ns() }, [this](const Element &stanza) { return handleInvitation(stanza); });
    m_connection.addStanzaHandler(this, { u"message"_s, u"x"_s, DataForm::xmlns() },
        [this](const Element &stanza) { return handleAuthorizationForm(stanza); });
}

EventingManager::~EventingManager()
{
    m_pubsub.unregisterInterest(presenceNode());
}

QString EventingManager::ns()
{
    return u"urn:xmpp:balcony:eventing:0"_s;
}

QString EventingManager::presenceNode()
{
    return u"presence"_s;
}

QString EventingManager::authorizationFormType()
{
    return u"http://jabber.org/protocol/pubsub#subscribe_authorization"_s;
}

QString EventingManager::addressNs()
{
    return u"http://jabber.org/protocol/address"_s;
}

Jid EventingManager::ownBare() const
{
    return m_connection.boundJid().bare();
}

Jid EventingManager::roomJid(const QString &room) const
{
    if (m_service.isNull() || !validRoomName(room)) {
        return Jid();
    }
    return Jid::parse(QString(room + u'@' + m_service.domain())).value_or(Jid());
}

void EventingManager::ignore(const QString &reason)
{
    ++m_ignored;
    qCInfo(lcEventing) << "ignored:" << reason;
    Q_EMIT eventIgnored(reason);
}

// ---------------------------------------------------------------------------------------------------------------
// Persistent state

bool EventingManager::setStateFile(const QString &path)
{
    m_stateFile = path;
    QFile file(path);
    if (!file.exists()) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024) {
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcEventing) << "unreadable state file" << path << error.errorString();
        return false;
    }
    const QJsonObject root = doc.object();
    auto jidOf = [](const QJsonValue &value) { return Jid::parse(value.toString()).value_or(Jid()).bare(); };
    const QJsonObject chats = root.value(u"chats").toObject();
    for (auto it = chats.begin(); it != chats.end() && m_chatNodes.size() < maxChatNodes(); ++it) {
        const Jid peer = jidOf(it.value());
        if (!peer.isNull() && !it.key().isEmpty()) {
            m_chatNodes.insert(it.key(), peer);
            m_nodeOf.insert(peer, it.key());
        }
    }
    const QJsonObject rooms = root.value(u"rooms").toObject();
    for (auto it = rooms.begin(); it != rooms.end() && m_rooms.size() < maxRooms(); ++it) {
        if (validRoomName(it.key())) {
            m_rooms.insert(it.key(), it.value().toString().left(maxNickLength()));
        }
    }
    auto readIds = [&jidOf](const QJsonObject &object, QHash<Jid, QString> &into) {
        for (auto it = object.begin(); it != object.end() && into.size() < maxAuthorizations(); ++it) {
            const Jid jid = jidOf(QJsonValue(it.key()));
            if (!jid.isNull()) {
                into.insert(jid, it.value().toString());
            }
        }
    };
    readIds(root.value(u"authorizationsIn").toObject(), m_authorizationsIn);
    readIds(root.value(u"authorizationsOut").toObject(), m_authorizationsOut);
    for (const QJsonValue &value : root.value(u"authorized").toArray()) {
        if (m_authorized.size() < maxAuthorizations()) {
            const Jid jid = jidOf(value);
            if (!jid.isNull()) {
                m_authorized.insert(jid);
            }
        }
    }
    recoverQueued();
    return true;
}

void EventingManager::recoverQueued()
{
    // The durable part of the outbox: an eventing message whose own notification never came is still Queued or Sent
    // in the history (an earlier process ended first). The newest rows of every conversation are looked through;
    // what is found is published again at the next session start, with the same item id (the origin-id), which the
    // receivers de-duplicate.
    for (const ConversationSummary &summary : m_history.conversations()) {
        for (const StoredMessage &row : m_history.page(summary.conversation, 64)) {
            if (row.direction != MessageDirection::Outgoing || !row.flags.testFlag(MessageFlag::Eventing)
                || (row.state != MessageState::Queued && row.state != MessageState::Sent) || row.originId.isEmpty()
                || m_pending.contains(row.originId)) {
                continue;
            }
            const Element payload = elementFromXml(row.stanzaXml);
            if (payload.isNull()) {
                continue;
            }
            const bool room = row.type == Message::Type::GroupChat;
            m_pending.insert(
                row.originId, Pending { row.id, room ? row.conversation.local() : QString(), payload, room });
        }
    }
}

void EventingManager::save() const
{
    if (m_stateFile.isEmpty()) {
        return;
    }
    QJsonObject chats;
    for (auto it = m_chatNodes.cbegin(); it != m_chatNodes.cend(); ++it) {
        chats.insert(it.key(), it.value().toString());
    }
    QJsonObject rooms;
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        rooms.insert(it.key(), it.value());
    }
    auto ids = [](const QHash<Jid, QString> &from) {
        QJsonObject out;
        for (auto it = from.cbegin(); it != from.cend(); ++it) {
            out.insert(it.key().toString(), it.value());
        }
        return out;
    };
    QJsonArray authorized;
    for (const Jid &jid : m_authorized) {
        authorized.append(jid.toString());
    }
    QJsonObject root { { u"chats"_s, chats }, { u"rooms"_s, rooms }, { u"authorizationsIn"_s, ids(m_authorizationsIn) },
        { u"authorizationsOut"_s, ids(m_authorizationsOut) }, { u"authorized"_s, authorized } };
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        qCWarning(lcEventing) << "could not save" << m_stateFile << file.errorString();
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Requests

void EventingManager::sendPubSub(
    const Jid &to, const QString &type, const Element &pubsub, std::function<void(const IqResult &)> callback)
{
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, type);
    if (!to.isNull()) {
        iq.setAttribute(u"to"_s, to.toString());
    }
    iq.appendChild(pubsub);
    const QPointer<EventingManager> self(this);
    m_connection.sendIq(iq, [self, callback = std::move(callback)](const IqResult &result) {
        if (self && callback) {
            callback(result);
        }
    });
}

void EventingManager::subscribe(
    const Jid &service, const QString &node, const Element &options, std::function<void(const IqResult &)> callback)
{
    // XEP-0060 §6.1.1 (Listing 9), with §6.3.7 options in the same request (Listing 13).
    Element pubsub(u"pubsub"_s, PubSubManager::xmlns());
    Element sub(u"subscribe"_s, PubSubManager::xmlns());
    sub.setAttribute(u"node"_s, node);
    sub.setAttribute(u"jid"_s, ownBare().toString());
    pubsub.appendChild(sub);
    if (!options.isNull()) {
        Element opts(u"options"_s, PubSubManager::xmlns());
        opts.setAttribute(u"node"_s, node);
        opts.setAttribute(u"jid"_s, ownBare().toString());
        opts.appendChild(options);
        pubsub.appendChild(opts);
    }
    sendPubSub(service, u"set"_s, pubsub, std::move(callback));
}

// ---------------------------------------------------------------------------------------------------------------
// §3 Presence

void EventingManager::onSessionStarting()
{
    m_joined.clear();
    publishPresence();
    // Rooms stay subscribed (bare JID subscriptions) across sessions; the history of this session's absence is
    // in the node's items.
    const QStringList rooms = m_rooms.keys();
    for (const QString &room : rooms) {
        joinRoom(room, m_rooms.value(room));
    }
    republishUnconfirmed();
}

bool EventingManager::publishPresence()
{
    if (m_connection.boundJid().isNull() || m_connection.state() != ConnectionState::Connected) {
        return false;
    }
    // Listing 3: the item is the <presence/> as the contacts would get it, with the full JID as 'from'.
    Element presence = m_presence.isSigningOut() ? Element(u"presence"_s, QString::fromUtf16(ns::client))
                                                 : m_presence.ownPresence().toElement();
    if (m_presence.isSigningOut()) {
        presence.setAttribute(u"type"_s, u"unavailable"_s);
    }
    presence.setAttribute(u"from"_s, m_connection.boundJid().toString());
    presence.removeAttribute(u"to");
    presence.removeAttribute(u"id");
    PubSubItem item;
    item.id = m_connection.boundJid().resource();
    item.payload = presence;
    PublishOptions options;
    options.setAccessModel(NodeConfig::AccessModel::Presence);
    const QPointer<EventingManager> self(this);
    m_pubsub.publish(Jid(), presenceNode(), item, options, [self](const PubSubManager::PublishResult &result) {
        if (!self) {
            return;
        }
        if (result.error) {
            qCInfo(lcEventing) << "presence not published:" << result.error->message;
            Q_EMIT self->presencePublished(false, result.error->message);
            return;
        }
        ++self->m_presencePublished;
        Q_EMIT self->presencePublished(true, QString());
    });
    return true;
}

void EventingManager::onEvent(const PubSubEvent &event)
{
    if (event.node == presenceNode() && !event.service.local().isEmpty()) {
        onPresenceEvent(event);
        return;
    }
    if (m_service.isNull() || event.service != m_service) {
        // Other PEP nodes (avatars, OMEMO, ...) belong to other modules.
        return;
    }
    if (const auto it = m_chatNodes.constFind(event.node); it != m_chatNodes.cend()) {
        if (event.deleted) {
            m_nodeOf.remove(*it);
            m_chatNodes.erase(it);
            save();
            return;
        }
        onChatEvent(event, *it);
        return;
    }
    if (m_rooms.contains(event.node)) {
        if (event.deleted) {
            m_rooms.remove(event.node);
            m_joined.remove(event.node);
            m_nickOwners.remove(event.node);
            save();
            Q_EMIT roomLeft(event.node);
            return;
        }
        onRoomEvent(event, event.node);
        return;
    }
    ignore(u"event from node '%1' on %2, which this account never subscribed to"_s.arg(
        event.node, event.service.toString()));
}

void EventingManager::onPresenceEvent(const PubSubEvent &event)
{
    const Jid contact = event.service.bare();
    if (contact == ownBare()) {
        return; // our own publication (another resource, or this one)
    }
    if (!m_presence.isContact(contact) && !m_authorized.contains(contact)) {
        ignore(u"presence event from %1, neither a contact nor an authorized subscription"_s.arg(contact.toString()));
        return;
    }
    int taken = 0;
    for (const PubSubItem &item : event.items) {
        if (++taken > maxItemsPerEvent()) {
            ignore(
                u"more than %1 items in one presence event from %2"_s.arg(maxItemsPerEvent()).arg(contact.toString()));
            break;
        }
        const Element &payload = item.payload;
        if (payload.name() != u"presence" || payload.ns() != QString::fromUtf16(ns::client)) {
            ignore(u"item of %1's presence node that is not a <presence/>"_s.arg(contact.toString()));
            continue;
        }
        const auto from = Jid::parse(payload.attribute(u"from"));
        if (!from || from->isBare() || from->bare() != contact) {
            ignore(u"presence item of %1 naming another sender (%2)"_s.arg(
                contact.toString(), payload.attribute(u"from")));
            continue;
        }
        if (!m_presence.applyPresence(payload)) {
            ignore(u"presence item of %1 of a type presence does not have"_s.arg(contact.toString()));
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// §4 Authorizations

bool EventingManager::requestAuthorization(const Jid &contact)
{
    const Jid bare = contact.bare();
    if (bare.isNull() || bare.local().isEmpty() || m_connection.boundJid().isNull()) {
        m_lastError = tr("Not connected, or not an address of a user.");
        return false;
    }
    const QPointer<EventingManager> self(this);
    subscribe(bare, presenceNode(), Element(), [self, bare](const IqResult &result) {
        if (result.status == IqResult::Status::Result) {
            self->m_authorized.insert(bare);
            self->m_authorizationsOut.remove(bare);
            self->save();
            self->subscribeToContact(bare);
            Q_EMIT self->authorizationAnswered(bare, true);
            return;
        }
        if (result.status != IqResult::Status::Error) {
            Q_EMIT self->authorizationAnswered(bare, false);
            return;
        }
        // The node refuses us (access model presence, and no subscription yet): ask its owner (Listing 10).
        if (self->m_authorizationsOut.size() >= maxAuthorizations() && !self->m_authorizationsOut.contains(bare)) {
            self->m_authorizationsOut.erase(self->m_authorizationsOut.begin());
        }
        const QString id = Connection::generateId();
        self->m_authorizationsOut.insert(bare, id);
        self->save();
        self->sendAuthorizationForm(bare, id, self->ownBare(), false, false);
    });
    return true;
}

void EventingManager::sendAuthorizationForm(
    const Jid &to, const QString &id, const Jid &subscriber, bool submit, bool allow)
{
    DataForm form;
    form.setType(submit ? DataForm::Type::Submit : DataForm::Type::Form);
    if (!submit) {
        form.setTitle(u"PubSub subscriber request"_s);
        form.setInstructions({ u"To approve this entity's subscription request, click the OK button. To deny the "
                               "request, click the cancel button."_s });
    }
    form.addField(field(u"FORM_TYPE"_s, authorizationFormType(), u"hidden"_s));
    DataForm::Field node = field(u"pubsub#node"_s, presenceNode(), submit ? QString() : u"text-single"_s);
    DataForm::Field jid
        = field(u"pubsub#subscriber_jid"_s, subscriber.toString(), submit ? QString() : u"jid-single"_s);
    DataForm::Field allowField
        = field(u"pubsub#allow"_s, allow ? u"true"_s : u"false"_s, submit ? QString() : u"boolean"_s);
    if (!submit) {
        node.label = u"Node ID"_s;
        jid.label = u"Subscriber Address"_s;
        allowField.label = u"Allow this JID to subscribe to this pubsub node?"_s;
    }
    form.addField(node);
    form.addField(jid);
    form.addField(allowField);
    Element message(u"message"_s, QString::fromUtf16(ns::client));
    message.setAttribute(u"to"_s, to.toString());
    message.setAttribute(u"id"_s, id);
    message.appendChild(form.toElement());
    m_connection.send(message);
}

bool EventingManager::handleAuthorizationForm(const Element &stanza)
{
    if (stanza.attribute(u"type") == u"error" || stanza.attribute(u"type") == u"groupchat") {
        return false;
    }
    const auto form = DataForm::fromElement(stanza.firstChild(u"x", DataForm::xmlns()));
    if (!form || form->formType() != authorizationFormType()) {
        return false;
    }
    const auto from = Jid::parse(stanza.attribute(u"from"));
    if (!from || from->local().isEmpty()) {
        ignore(u"authorization form without a user as sender"_s);
        return true;
    }
    const Jid sender = from->bare();
    auto value = [&form](QStringView var) {
        const DataForm::Field *f = form->field(var);
        return f && !f->values.isEmpty() ? f->values.first().trimmed() : QString();
    };
    if (value(u"pubsub#node") != presenceNode()) {
        ignore(u"authorization form from %1 for a node other than presence"_s.arg(sender.toString()));
        return true;
    }
    const QString id = stanza.attribute(u"id");
    if (form->type() == DataForm::Type::Form) {
        // Listing 10, sent by the subscriber (in this mode the owner's client is the authorizing party).
        const auto subscriber = Jid::parse(value(u"pubsub#subscriber_jid"));
        if (!subscriber || subscriber->bare() != sender) {
            ignore(u"authorization request from %1 for another subscriber (%2)"_s.arg(
                sender.toString(), value(u"pubsub#subscriber_jid")));
            return true;
        }
        if (id.isEmpty() || id.size() > 256) {
            ignore(u"authorization request from %1 without a usable id"_s.arg(sender.toString()));
            return true;
        }
        if (!m_authorizationsIn.contains(sender)
            && (m_authorizationsIn.size() >= maxAuthorizations() || m_requests.count() >= maxAuthorizations())) {
            ignore(u"authorization request from %1: too many requests pending"_s.arg(sender.toString()));
            return true;
        }
        m_authorizationsIn.insert(sender, id);
        save();
        SubscriptionRequest request;
        request.from = sender;
        request.status = tr("Presence by publish-subscribe (XEP-0207)");
        request.received = QDateTime::currentDateTimeUtc();
        m_requests.add(request);
        Q_EMIT authorizationRequested(sender);
        return true;
    }
    if (form->type() == DataForm::Type::Submit) {
        // Listing 11: the owner's answer to our request, with our request's id.
        const auto it = m_authorizationsOut.constFind(sender);
        if (it == m_authorizationsOut.cend() || *it != id) {
            ignore(u"authorization answer from %1 to no request of ours"_s.arg(sender.toString()));
            return true;
        }
        const auto subscriber = Jid::parse(value(u"pubsub#subscriber_jid"));
        if (!subscriber || subscriber->bare() != ownBare()) {
            ignore(u"authorization answer from %1 for another subscriber"_s.arg(sender.toString()));
            return true;
        }
        m_authorizationsOut.erase(it);
        const QString allow = value(u"pubsub#allow");
        const bool allowed = allow == u"1" || allow == u"true";
        if (!allowed) {
            save();
            Q_EMIT authorizationAnswered(sender, false);
            return true;
        }
        const QPointer<EventingManager> self(this);
        subscribe(sender, presenceNode(), Element(), [self, sender](const IqResult &result) {
            const bool ok = result.status == IqResult::Status::Result;
            if (ok) {
                self->m_authorized.insert(sender);
                self->subscribeToContact(sender);
            } else {
                qCInfo(lcEventing) << "subscribing to" << sender.toString()
                                   << "after the authorization failed:" << result.error.describe();
            }
            self->save();
            Q_EMIT self->authorizationAnswered(sender, ok);
        });
        return true;
    }
    ignore(u"authorization form of type %1 from %2"_s.arg(DataForm::typeName(form->type()), sender.toString()));
    return true;
}

void EventingManager::subscribeToContact(const Jid &contact)
{
    // The current item, which a fresh subscription does not necessarily get (send_last_published_item).
    const QPointer<EventingManager> self(this);
    m_pubsub.retrieveItems(
        contact, presenceNode(),
        [self, contact](const QList<PubSubItem> &items, const std::optional<PubSubError> &error) {
            if (!self || error) {
                return;
            }
            PubSubEvent event;
            event.service = contact;
            event.node = presenceNode();
            event.items = items;
            self->onPresenceEvent(event);
        },
        {}, 1);
}

bool EventingManager::answerAuthorization(const Jid &subscriber, bool allow)
{
    const Jid bare = subscriber.bare();
    const auto it = m_authorizationsIn.constFind(bare);
    if (it == m_authorizationsIn.cend()) {
        m_lastError = tr("No authorization request from %1.").arg(bare.toString());
        return false;
    }
    if (m_connection.boundJid().isNull()) {
        m_lastError = tr("Not connected.");
        return false;
    }
    const QString id = *it;
    m_authorizationsIn.erase(it);
    m_requests.remove(bare);
    save();
    if (!allow) {
        sendAuthorizationForm(bare, id, bare, true, false);
        return true;
    }
    // The subscriber becomes a member of our presence node (the 'authorize' the server does not have), then gets
    // the submitted form (Listing 11) with the id of its request.
    Element pubsub(u"pubsub"_s, PubSubManager::ownerNs());
    Element affiliations(u"affiliations"_s, PubSubManager::ownerNs());
    affiliations.setAttribute(u"node"_s, presenceNode());
    Element affiliation(u"affiliation"_s, PubSubManager::ownerNs());
    affiliation.setAttribute(u"jid"_s, bare.toString());
    affiliation.setAttribute(u"affiliation"_s, u"member"_s);
    affiliations.appendChild(affiliation);
    pubsub.appendChild(affiliations);
    const QPointer<EventingManager> self(this);
    sendPubSub(Jid(), u"set"_s, pubsub, [self, bare, id](const IqResult &result) {
        const bool ok = result.status == IqResult::Status::Result;
        if (!ok) {
            qCInfo(lcEventing) << "could not make" << bare.toString()
                               << "a member of the presence node:" << result.error.describe();
        }
        self->sendAuthorizationForm(bare, id, bare, true, ok);
    });
    return true;
}

bool EventingManager::hasAuthorizationRequest(const Jid &subscriber) const
{
    return m_authorizationsIn.contains(subscriber.bare());
}

QList<Jid> EventingManager::authorizationRequests() const
{
    QList<Jid> out = m_authorizationsIn.keys();
    std::sort(out.begin(), out.end());
    return out;
}

QList<Jid> EventingManager::authorizedContacts() const
{
    QList<Jid> out(m_authorized.cbegin(), m_authorized.cend());
    std::sort(out.begin(), out.end());
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// §6 One-to-one

QString EventingManager::chatNode(const Jid &peer) const
{
    return m_nodeOf.value(peer.bare());
}

Element EventingManager::messagePayload(
    const QString &originId, const QString &body, bool groupchat, const QString &nick) const
{
    // Listing 19 / 16: the <message/> as the item; XEP-0033 replyto names the sender (the service does not add
    // it), XEP-0359 origin-id the message for de-duplication, XEP-0172 the room nick.
    Element message(u"message"_s, QString::fromUtf16(ns::client));
    if (groupchat) {
        message.setAttribute(u"type"_s, u"groupchat"_s);
    }
    message.appendTextChild(u"body"_s, QString::fromUtf16(ns::client), body);
    if (!nick.isEmpty()) {
        message.appendTextChild(u"nick"_s, nickNs(), nick);
    }
    Element origin(u"origin-id"_s, u"urn:xmpp:sid:0"_s);
    origin.setAttribute(u"id"_s, originId);
    message.appendChild(origin);
    Element delay(u"delay"_s, delayNs());
    delay.setAttribute(u"stamp"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    message.appendChild(delay);
    Element addresses(u"addresses"_s, addressNs());
    Element address(u"address"_s, addressNs());
    address.setAttribute(u"type"_s, u"replyto"_s);
    address.setAttribute(u"jid"_s, m_connection.boundJid().toString());
    addresses.appendChild(address);
    message.appendChild(addresses);
    return message;
}

qint64 EventingManager::sendMessage(const Jid &to, const QString &body)
{
    const Jid peer = to.bare();
    if (m_service.isNull()) {
        m_lastError = tr("No publish-subscribe service is set for eventing mode.");
        return 0;
    }
    if (peer.isNull() || peer.local().isEmpty() || peer == ownBare()) {
        m_lastError = tr("Not an address of another user.");
        return 0;
    }
    if (body.isEmpty() || body.size() > maxBodyLength()) {
        m_lastError = tr("The message is empty or longer than %1 characters.").arg(maxBodyLength());
        return 0;
    }
    const QString originId = Connection::generateId();
    const Jid self = m_connection.boundJid().isNull() ? ownBare() : m_connection.boundJid();
    StoredMessage message = StoredMessage::outgoing(
        self, peer, Message::Type::Chat, originId, QString(), body, QDateTime::currentDateTimeUtc());
    message.flags |= MessageFlag::Eventing;
    const Element payload = messagePayload(originId, body, false, QString());
    message.stanzaXml = elementToXml(payload).value_or(QString());
    const qint64 id = m_history.insert(message);
    if (id == 0) {
        m_lastError = tr("The message could not be stored.");
        return 0;
    }
    message.id = id;
    Q_EMIT messageStored(id, message);
    m_pending.insert(originId, Pending { id, QString(), payload, false });
    const QPointer<EventingManager> guard(this);
    ensureChatNode(peer, [guard, originId](const QString &node, const QString &error) {
        if (!guard) {
            return;
        }
        const auto it = guard->m_pending.find(originId);
        if (it == guard->m_pending.end()) {
            return;
        }
        if (node.isEmpty()) {
            // Stays Queued when there was no answer (published at the next session start); a refusal fails it.
            if (!error.isEmpty()) {
                guard->failPending(originId, error);
            }
            return;
        }
        it->node = node;
        guard->publishPending(originId);
    });
    return id;
}

void EventingManager::ensureChatNode(
    const Jid &peer, std::function<void(const QString &node, const QString &error)> then)
{
    if (const QString node = m_nodeOf.value(peer); !node.isEmpty()) {
        then(node, QString());
        return;
    }
    if (m_connection.boundJid().isNull()) {
        then(QString(), QString());
        return;
    }
    auto &waiters = m_creating[peer];
    waiters.append(std::move(then));
    if (waiters.size() > 1) {
        return; // being created
    }
    if (m_chatNodes.size() >= maxChatNodes()) {
        const auto oldest = m_chatNodes.begin();
        m_nodeOf.remove(oldest.value());
        m_chatNodes.erase(oldest);
    }
    const QPointer<EventingManager> self(this);
    auto finish = [self, peer](const QString &node, const QString &error) {
        if (!self) {
            return;
        }
        const auto callbacks = self->m_creating.take(peer);
        for (const auto &callback : callbacks) {
            callback(node, error);
        }
    };
    auto failed = [finish](const IqResult &result, const QString &what) {
        // No answer: no error (the message stays queued); a refusal: the error.
        finish(QString(),
            result.status == IqResult::Status::Error
                ? tr("The publish-subscribe service refused %1: %2").arg(what, result.error.describe())
                : QString());
    };
    // Listing 18: a whitelist node, the peer as publisher (pubsub#publisher, and as an affiliation, which is what
    // servers implement) and subscribed by the owner; we subscribe ourselves for the acknowledgements.
    const QString node = u"balcony-chat-"_s + randomHex(12);
    Element pubsub(u"pubsub"_s, PubSubManager::xmlns());
    Element create(u"create"_s, PubSubManager::xmlns());
    create.setAttribute(u"node"_s, node);
    pubsub.appendChild(create);
    NodeConfig config;
    config.setAccessModel(NodeConfig::AccessModel::Whitelist);
    config.setValue(u"pubsub#publisher"_s, peer.toString(), u"jid-multi"_s);
    config.setMaxItems(50);
    Element configure(u"configure"_s, PubSubManager::xmlns());
    configure.appendChild(config.toSubmitForm().toElement());
    pubsub.appendChild(configure);
    sendPubSub(m_service, u"set"_s, pubsub, [self, node, peer, finish, failed](const IqResult &result) {
        if (result.status != IqResult::Status::Result) {
            failed(result, tr("creating the chat node"));
            return;
        }
        Element owner(u"pubsub"_s, PubSubManager::ownerNs());
        Element affiliations(u"affiliations"_s, PubSubManager::ownerNs());
        affiliations.setAttribute(u"node"_s, node);
        Element affiliation(u"affiliation"_s, PubSubManager::ownerNs());
        affiliation.setAttribute(u"jid"_s, peer.toString());
        affiliation.setAttribute(u"affiliation"_s, u"publisher"_s);
        affiliations.appendChild(affiliation);
        owner.appendChild(affiliations);
        self->sendPubSub(self->m_service, u"set"_s, owner, [self, node, peer, finish, failed](const IqResult &r) {
            if (r.status != IqResult::Status::Result) {
                failed(r, tr("making the contact a publisher"));
                return;
            }
            Element manage(u"pubsub"_s, PubSubManager::ownerNs());
            Element subscriptions(u"subscriptions"_s, PubSubManager::ownerNs());
            subscriptions.setAttribute(u"node"_s, node);
            for (const Jid &jid : { peer, self->ownBare() }) {
                Element subscription(u"subscription"_s, PubSubManager::ownerNs());
                subscription.setAttribute(u"jid"_s, jid.toString());
                subscription.setAttribute(u"subscription"_s, u"subscribed"_s);
                subscriptions.appendChild(subscription);
            }
            manage.appendChild(subscriptions);
            self->sendPubSub(self->m_service, u"set"_s, manage, [self, node, peer, finish, failed](const IqResult &s) {
                if (s.status != IqResult::Status::Result) {
                    failed(s, tr("subscribing to the chat node"));
                    return;
                }
                self->m_chatNodes.insert(node, peer);
                self->m_nodeOf.insert(peer, node);
                self->save();
                // Tells the peer which node is ours together (and that we own it).
                Element invitation(u"message"_s, QString::fromUtf16(ns::client));
                invitation.setAttribute(u"to"_s, peer.toString());
                invitation.setAttribute(u"id"_s, Connection::generateId());
                Element chat(u"chat"_s, ns());
                chat.setAttribute(u"service"_s, self->m_service.toString());
                chat.setAttribute(u"node"_s, node);
                invitation.appendChild(chat);
                Element hint(u"store"_s, u"urn:xmpp:hints"_s);
                invitation.appendChild(hint);
                self->m_connection.send(invitation);
                Q_EMIT self->chatNodeReady(peer, node);
                finish(node, QString());
            });
        });
    });
}

bool EventingManager::handleInvitation(const Element &stanza)
{
    const Element chat = stanza.firstChild(u"chat", ns());
    if (chat.isNull() || stanza.attribute(u"type") == u"error") {
        return false;
    }
    const auto from = Jid::parse(stanza.attribute(u"from"));
    if (!from || from->local().isEmpty()) {
        ignore(u"chat node invitation without a user as sender"_s);
        return true;
    }
    const Jid peer = from->bare();
    const auto service = Jid::parse(chat.attribute(u"service"));
    const QString node = chat.attribute(u"node");
    if (m_service.isNull() || !service || *service != m_service) {
        ignore(u"chat node invitation from %1 for another service (%2)"_s.arg(
            peer.toString(), chat.attribute(u"service")));
        return true;
    }
    if (node.isEmpty() || node.size() > 256 || m_rooms.contains(node)) {
        ignore(u"chat node invitation from %1 with an unusable node"_s.arg(peer.toString()));
        return true;
    }
    if (peer == ownBare()) {
        return true; // our own invitation, as a carbon or from another resource: the node is already ours
    }
    if (const auto it = m_chatNodes.constFind(node); it != m_chatNodes.cend() && *it != peer) {
        ignore(u"chat node invitation from %1 for the node of %2: its owner is not the peer"_s.arg(
            peer.toString(), it->toString()));
        return true;
    }
    if (!m_chatNodes.contains(node) && m_chatNodes.size() >= maxChatNodes()) {
        ignore(u"chat node invitation from %1: too many chat nodes"_s.arg(peer.toString()));
        return true;
    }
    m_chatNodes.insert(node, peer);
    if (!m_nodeOf.contains(peer)) {
        m_nodeOf.insert(peer, node);
    }
    save();
    Q_EMIT chatNodeReady(peer, node);
    return true;
}

void EventingManager::publishPending(const QString &originId)
{
    const auto it = m_pending.constFind(originId);
    if (it == m_pending.cend() || it->node.isEmpty() || m_connection.boundJid().isNull()) {
        return;
    }
    PubSubItem item;
    item.id = originId;
    item.payload = it->payload;
    // The replyto address is the resource that publishes (the row may have been queued on another session).
    Element addresses = item.payload.firstChild(u"addresses", addressNs());
    if (!addresses.isNull()) {
        item.payload.removeChildren(u"addresses", addressNs());
        Element fresh(u"addresses"_s, addressNs());
        Element address(u"address"_s, addressNs());
        address.setAttribute(u"type"_s, u"replyto"_s);
        address.setAttribute(u"jid"_s, m_connection.boundJid().toString());
        fresh.appendChild(address);
        item.payload.appendChild(fresh);
    }
    const qint64 historyId = it->historyId;
    const QPointer<EventingManager> self(this);
    m_pubsub.publish(m_service, it->node, item, PublishOptions(),
        [self, originId, historyId](const PubSubManager::PublishResult &r) {
            if (!self) {
                return;
            }
            if (!r.error) {
                // Written and accepted; AckedByServer waits for our own notification (Listing 20).
                if (self->m_pending.contains(originId) && self->m_history.updateState(historyId, MessageState::Sent)) {
                    Q_EMIT self->messageStateChanged(historyId, MessageState::Sent);
                }
                return;
            }
            if (r.error->kind == PubSubError::Kind::Stanza) {
                self->failPending(originId, r.error->message);
            }
            // Timeout or a lost stream: stays queued and is published again at the next session start.
        });
    if (m_history.updateState(historyId, MessageState::Sent)) {
        Q_EMIT messageStateChanged(historyId, MessageState::Sent);
    }
}

void EventingManager::republishUnconfirmed()
{
    // Over a copy of the keys: what is published may be acknowledged or fail before the loop ends.
    const QStringList originIds = m_pending.keys();
    for (const QString &originId : originIds) {
        const auto it = m_pending.constFind(originId);
        if (it == m_pending.cend()) {
            continue;
        }
        if (it->node.isEmpty() && !it->room) {
            const auto stored = m_history.message(it->historyId);
            if (!stored) {
                continue;
            }
            const QPointer<EventingManager> self(this);
            ensureChatNode(stored->conversation, [self, originId](const QString &node, const QString &error) {
                if (!self || !self->m_pending.contains(originId)) {
                    return;
                }
                if (node.isEmpty()) {
                    if (!error.isEmpty()) {
                        self->failPending(originId, error);
                    }
                    return;
                }
                self->m_pending[originId].node = node;
                self->publishPending(originId);
            });
            continue;
        }
        publishPending(originId);
    }
}

void EventingManager::failPending(const QString &originId, const QString &error)
{
    const Pending pending = m_pending.take(originId);
    if (pending.historyId != 0 && m_history.updateState(pending.historyId, MessageState::Failed, error)) {
        Q_EMIT messageStateChanged(pending.historyId, MessageState::Failed);
    }
    m_lastError = error;
}

void EventingManager::acknowledge(const QString &originId)
{
    const Pending pending = m_pending.take(originId);
    if (pending.historyId != 0 && m_history.updateState(pending.historyId, MessageState::AckedByServer)) {
        Q_EMIT messageStateChanged(pending.historyId, MessageState::AckedByServer);
    }
}

Jid EventingManager::replyTo(const Element &notification, const Element &payload)
{
    for (const Element &holder : { payload, notification }) {
        for (const Element &address : holder.firstChild(u"addresses", addressNs()).children(u"address", addressNs())) {
            if (address.attribute(u"type") == u"replyto") {
                return Jid::parse(address.attribute(u"jid")).value_or(Jid());
            }
        }
    }
    return Jid();
}

std::optional<StoredMessage> EventingManager::parseItemMessage(const Element &notification, const PubSubItem &item,
    const Jid &conversation, const QSet<Jid> &allowedSenders, QString *why) const
{
    const Element &payload = item.payload;
    if (payload.name() != u"message" || payload.ns() != QString::fromUtf16(ns::client)) {
        *why = u"an item that is not a <message/>"_s;
        return std::nullopt;
    }
    const QString body = payload.childText(u"body", QString::fromUtf16(ns::client));
    if (body.isEmpty() || body.size() > maxBodyLength()) {
        *why = u"a message item without a body or with a body over the limit"_s;
        return std::nullopt;
    }
    const Jid reply = replyTo(notification, payload);
    if (reply.isNull()) {
        *why = u"a message item without a replyto address"_s;
        return std::nullopt;
    }
    if (!allowedSenders.contains(reply.bare())) {
        *why = u"a message item whose replyto address (%1) is not the peer"_s.arg(reply.toString());
        return std::nullopt;
    }
    if (!item.publisher.isNull() && item.publisher.bare() != reply.bare()) {
        *why = u"a forged replyto address: %1, published by %2"_s.arg(reply.toString(), item.publisher.toString());
        return std::nullopt;
    }
    StoredMessage m;
    m.conversation = conversation;
    m.type = Message::Type::Chat;
    m.from = reply;
    m.to = m_connection.boundJid();
    const QString origin = payload.firstChild(u"origin-id", u"urn:xmpp:sid:0").attribute(u"id");
    m.originId = origin.isEmpty() ? item.id : origin;
    m.messageId = item.id;
    m.body = body;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m.sentTime = sentTimeOf(payload, now);
    m.receivedTime = now;
    m.state = MessageState::Received;
    m.direction = MessageDirection::Incoming;
    m.flags |= MessageFlag::Eventing;
    m.stanzaXml = payload.toString();
    return m;
}

void EventingManager::storeIncoming(StoredMessage message)
{
    bool created = false;
    const qint64 id = m_history.insert(message, &created);
    if (id != 0 && created) {
        message.id = id;
        Q_EMIT messageStored(id, message);
    }
}

void EventingManager::onChatEvent(const PubSubEvent &event, const Jid &peer)
{
    // The notification stanza is not kept by PubSubEvent; the replyto inside the item is what we check, together
    // with the service's publisher attribute when it exposes one.
    const QSet<Jid> allowed { peer, ownBare() };
    int taken = 0;
    for (const PubSubItem &item : event.items) {
        if (++taken > maxItemsPerEvent()) {
            ignore(u"more than %1 items in one chat event"_s.arg(maxItemsPerEvent()));
            break;
        }
        if (m_pending.contains(item.id)) {
            // Listing 20: our own notification is the acknowledgement.
            const Jid reply = replyTo(Element(), item.payload);
            if (reply.bare() == ownBare() && (item.publisher.isNull() || item.publisher.bare() == ownBare())) {
                acknowledge(item.id);
            } else {
                ignore(u"an item with the id of our pending message %1 from %2"_s.arg(item.id, reply.toString()));
            }
            continue;
        }
        QString why;
        auto message = parseItemMessage(Element(), item, peer, allowed, &why);
        if (!message) {
            ignore(u"chat node %1 of %2: %3"_s.arg(event.node, peer.toString(), why));
            continue;
        }
        if (message->from.bare() == ownBare()) {
            // Published by another resource of ours: an outgoing message (as a carbon would be).
            message->direction = MessageDirection::Outgoing;
            message->state = MessageState::AckedByServer;
            message->to = peer;
        }
        storeIncoming(*message);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// §5 Group chat

bool EventingManager::joinRoom(const QString &room, const QString &nick)
{
    const Jid conversation = roomJid(room);
    if (conversation.isNull()) {
        m_lastError = tr("“%1” is not a usable room name, or no publish-subscribe service is set.").arg(room);
        return false;
    }
    if (nick.isEmpty() || nick.size() > maxNickLength()) {
        m_lastError = tr("The nickname is empty or longer than %1 characters.").arg(maxNickLength());
        return false;
    }
    if (!m_rooms.contains(room) && m_rooms.size() >= maxRooms()) {
        m_lastError = tr("Too many rooms in eventing mode (at most %1).").arg(maxRooms());
        return false;
    }
    if (m_connection.boundJid().isNull()) {
        m_lastError = tr("Not connected.");
        return false;
    }
    m_rooms.insert(room, nick);
    save();
    // Listing 13: subscribe with the roomnick subscribe option.
    DataForm form;
    form.setType(DataForm::Type::Submit);
    form.addField(field(u"FORM_TYPE"_s, u"http://jabber.org/protocol/pubsub#subscribe_options"_s, u"hidden"_s));
    form.addField(field(u"roomnick"_s, nick));
    const Element options = form.toElement();
    const QPointer<EventingManager> self(this);
    auto joined = [self, room, nick, conversation]() {
        self->m_joined.insert(room);
        // The room's history: the node's items (oldest first in the answer).
        self->m_pubsub.retrieveItems(
            self->m_service, room,
            [self, room, nick](const QList<PubSubItem> &items, const std::optional<PubSubError> &error) {
                if (!self) {
                    return;
                }
                if (!error) {
                    PubSubEvent event;
                    event.service = self->m_service;
                    event.node = room;
                    event.items = items;
                    self->onRoomEvent(event, room);
                }
                Q_EMIT self->roomJoined(room, nick);
            },
            {}, roomHistoryItems());
    };
    subscribe(m_service, room, options, [self, room, options, joined](const IqResult &result) {
        if (result.status == IqResult::Status::Result) {
            joined();
            return;
        }
        if (result.status == IqResult::Status::Error
            && result.error.condition == StanzaError::Condition::ItemNotFound) {
            // No such room yet: create it (open, anyone subscribed may publish), then subscribe.
            NodeConfig config;
            config.setAccessModel(NodeConfig::AccessModel::Open);
            config.setValue(u"pubsub#publish_model"_s, u"subscribers"_s, u"list-single"_s);
            config.setMaxItems(roomHistoryItems());
            config.setPersistItems(true);
            self->m_pubsub.createNode(
                self->m_service, room, config, [self, room, options, joined](const std::optional<PubSubError> &error) {
                    if (!self) {
                        return;
                    }
                    if (error && !error->isStanzaError(StanzaError::Condition::Conflict)) {
                        self->m_rooms.remove(room);
                        self->save();
                        Q_EMIT self->roomError(room, error->message);
                        return;
                    }
                    self->subscribe(self->m_service, room, options, [self, room, joined](const IqResult &r) {
                        if (r.status == IqResult::Status::Result) {
                            joined();
                            return;
                        }
                        self->m_rooms.remove(room);
                        self->save();
                        Q_EMIT self->roomError(room, tr("Could not join “%1”: %2").arg(room, r.error.describe()));
                    });
                });
            return;
        }
        if (result.status == IqResult::Status::Error) {
            self->m_rooms.remove(room);
            self->save();
        }
        Q_EMIT self->roomError(room, tr("Could not join “%1”: %2").arg(room, result.error.describe()));
    });
    return true;
}

bool EventingManager::leaveRoom(const QString &room)
{
    if (!m_rooms.contains(room)) {
        m_lastError = tr("Not in the room “%1”.").arg(room);
        return false;
    }
    m_rooms.remove(room);
    m_joined.remove(room);
    m_nickOwners.remove(room);
    save();
    Element pubsub(u"pubsub"_s, PubSubManager::xmlns());
    Element unsubscribe(u"unsubscribe"_s, PubSubManager::xmlns());
    unsubscribe.setAttribute(u"node"_s, room);
    unsubscribe.setAttribute(u"jid"_s, ownBare().toString());
    pubsub.appendChild(unsubscribe);
    const QPointer<EventingManager> self(this);
    sendPubSub(m_service, u"set"_s, pubsub, [self, room](const IqResult &) { Q_EMIT self->roomLeft(room); });
    return true;
}

qint64 EventingManager::sendRoomMessage(const QString &room, const QString &body)
{
    const Jid conversation = roomJid(room);
    if (conversation.isNull() || !m_rooms.contains(room)) {
        m_lastError = tr("Not in the room “%1”.").arg(room);
        return 0;
    }
    if (body.isEmpty() || body.size() > maxBodyLength()) {
        m_lastError = tr("The message is empty or longer than %1 characters.").arg(maxBodyLength());
        return 0;
    }
    const QString nick = m_rooms.value(room);
    const QString originId = Connection::generateId();
    StoredMessage message = StoredMessage::outgoing(conversation.withResource(nick), conversation,
        Message::Type::GroupChat, originId, QString(), body, QDateTime::currentDateTimeUtc());
    message.flags |= MessageFlag::Eventing;
    const Element payload = messagePayload(originId, body, true, nick);
    message.stanzaXml = elementToXml(payload).value_or(QString());
    const qint64 id = m_history.insert(message);
    if (id == 0) {
        m_lastError = tr("The message could not be stored.");
        return 0;
    }
    message.id = id;
    Q_EMIT messageStored(id, message);
    m_pending.insert(originId, Pending { id, room, payload, true });
    publishPending(originId);
    return id;
}

void EventingManager::onRoomEvent(const PubSubEvent &event, const QString &room)
{
    const Jid conversation = roomJid(room);
    int taken = 0;
    for (const PubSubItem &item : event.items) {
        if (++taken > maxItemsPerEvent()) {
            ignore(u"more than %1 items in one room event"_s.arg(maxItemsPerEvent()));
            break;
        }
        const Element &payload = item.payload;
        if (payload.name() != u"message" || payload.ns() != QString::fromUtf16(ns::client)) {
            ignore(u"room %1: an item that is not a <message/>"_s.arg(room));
            continue;
        }
        const Jid reply = replyTo(Element(), payload);
        if (reply.isNull() || reply.local().isEmpty()) {
            ignore(u"room %1: a message item without a replyto address"_s.arg(room));
            continue;
        }
        if (!item.publisher.isNull() && item.publisher.bare() != reply.bare()) {
            ignore(u"room %1: a forged replyto address: %2, published by %3"_s.arg(
                room, reply.toString(), item.publisher.toString()));
            continue;
        }
        if (m_pending.contains(item.id)) {
            if (reply.bare() == ownBare()) {
                acknowledge(item.id);
            } else {
                ignore(u"room %1: an item with the id of our pending message from %2"_s.arg(room, reply.toString()));
            }
            continue;
        }
        const QString body = payload.childText(u"body", QString::fromUtf16(ns::client));
        QString nick = payload.childText(u"nick", nickNs()).trimmed();
        if (body.isEmpty() || body.size() > maxBodyLength()) {
            ignore(u"room %1: a message item without a body or with a body over the limit"_s.arg(room));
            continue;
        }
        if (nick.isEmpty() || nick.size() > maxNickLength()) {
            nick = reply.local().left(maxNickLength());
        }
        // A nick belongs to the first account seen using it in this room (no room service enforces it here): another
        // account's use of it gets its user name added, so nobody speaks as someone else.
        QHash<QString, Jid> &owners = m_nickOwners[room];
        const auto owner = owners.constFind(nick);
        if (owner == owners.cend()) {
            if (owners.size() < maxNicksPerRoom()) {
                owners.insert(nick, reply.bare());
            }
        } else if (*owner != reply.bare()) {
            ignore(u"room %1: nick %2 of %3 used by %4; shown with the user name"_s.arg(
                room, nick, owner->toString(), reply.bare().toString()));
            nick = QString(nick + u" ("_s + reply.bare().toString() + u')').left(2 * maxNickLength() + 64);
        }
        const Jid from = conversation.withResource(nick);
        StoredMessage m;
        m.conversation = conversation;
        m.type = Message::Type::GroupChat;
        m.from = from.isNull() ? conversation : from;
        m.to = m_connection.boundJid();
        const QString origin = payload.firstChild(u"origin-id", u"urn:xmpp:sid:0").attribute(u"id");
        m.originId = origin.isEmpty() ? item.id : origin;
        m.messageId = item.id;
        m.body = body;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m.sentTime = sentTimeOf(payload, now);
        m.receivedTime = now;
        m.flags |= MessageFlag::Eventing;
        m.stanzaXml = payload.toString();
        if (reply.bare() == ownBare()) {
            m.direction = MessageDirection::Outgoing;
            m.state = MessageState::AckedByServer;
        } else {
            m.direction = MessageDirection::Incoming;
            m.state = MessageState::Received;
        }
        storeIncoming(m);
    }
}

} // namespace balcony
