#pragma once

#include "core/Element.h"
#include "core/Jid.h"
#include "storage/StoredMessage.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace balcony {

class Connection;
class DiscoManager;
class HistoryStore;
class PresenceManager;
class PubSubManager;
class SubscriptionRequestStore;
struct PubSubEvent;
struct PubSubItem;
struct IqResult;

// XEP-0207 "eventing mode" for one account (opt-in, beside ordinary XMPP, never instead of it): presence,
// presence authorizations, one-to-one and group chat carried as XEP-0060 publish-subscribe events.
//
// Presence (§3): every change of the account's own presence (PresenceManager::ownPresenceChanged(), and once at
// each session start) is also published as the item of the PEP node `presence` (access model `presence`, as
// publish-options with PubSubManager's fallbacks); interest in contacts' `presence` nodes is announced with
// `presence+notify` in the entity capabilities (XEP-0163 §2.4). A contact's presence item is fed to
// PresenceManager::applyPresence(): it updates the same full-JID resource as the contact's ordinary presence, so a
// contact seen both ways is shown once. Ordinary presence is still sent by PresenceManager.
//
// Presence authorizations (§4): neither Prosody's PEP nor its pubsub component queue 'authorize' subscriptions, so
// the node owner's client plays the service's part of Listings 10/11 itself. requestAuthorization() subscribes to
// the contact's `presence` node (Listing 9); if the node refuses, the Listing 10 form (FORM_TYPE
// pubsub#subscribe_authorization) goes to the contact as a <message/>. There it is stored in the same
// SubscriptionRequestStore as ordinary requests (the CLI's `requests`, the desktop's request bar);
// answerAuthorization() makes the subscriber a `member` of the PEP node and sends the submitted form back with the
// request's message id (Listing 11), and the requester then subscribes.
//
// One-to-one (§6): one whitelist node per pair on the pubsub service (Listing 18: created by whoever writes first,
// the peer as `publisher` and subscribed by the owner); the owner tells the peer the node with a small
// <chat xmlns='urn:xmpp:balcony:eventing:0'/> message, which is also what identifies the node's owner. Messages
// are published as <message/> items with a XEP-0033 `replyto` address; the sender's own notification is the
// acknowledgement: the history row stays Queued (and is published again at the next session start) until it
// arrives.
//
// Group chat (§5): a room is a node on the pubsub service; joinRoom() subscribes with the `roomnick` subscribe
// option (and creates the node, open, if it does not exist), leaveRoom() unsubscribes, sendRoomMessage()
// publishes a <message type='groupchat'/> item carrying the nick (XEP-0172) and `replyto`; the room's history is
// read from the node's items when joining.
//
// Everything is stored in the HistoryStore with MessageFlag::Eventing. What a remote party can send is checked and
// bounded: events only from the nodes this account subscribed to (its contacts' `presence`, its chat nodes, its
// rooms), items only <presence/> or <message/> with a body of at most maxBodyLength(), `replyto` and the
// service's `publisher` must name the peer (or ourselves), an owner other than the peer is refused; each refusal
// is logged with its reason (category balcony.eventing) and emitted as eventIgnored().
//
// The chat nodes, the joined rooms and the open authorizations survive a restart in a small JSON file
// (setStateFile(), the CLI: <profile>/eventing.json); without one they live as long as the object.
class EventingManager : public QObject {
    Q_OBJECT
public:
    // `service` is the pubsub service for one-to-one chats and rooms (e.g. pubsub.example.org); may be null
    // (presence and authorizations only).
    EventingManager(Connection &connection, PubSubManager &pubsub, PresenceManager &presence, HistoryStore &history,
        SubscriptionRequestStore &requests, DiscoManager *disco, const Jid &service, QObject *parent = nullptr);
    ~EventingManager() override;

    static QString ns(); // urn:xmpp:balcony:eventing:0
    static QString presenceNode(); // presence
    static QString authorizationFormType(); // http://jabber.org/protocol/pubsub#subscribe_authorization
    static QString addressNs(); // http://jabber.org/protocol/address
    // --- bounds
    static constexpr int maxChatNodes() { return 256; }
    static constexpr int maxRooms() { return 64; }
    static constexpr int maxAuthorizations() { return 500; }
    static constexpr int maxBodyLength() { return 65536; }
    static constexpr int maxNickLength() { return 64; }
    static constexpr int maxItemsPerEvent() { return 50; }
    static constexpr int roomHistoryItems() { return 50; }
    static constexpr int maxNicksPerRoom() { return 1000; }

    // Loads and from now on saves the persistent state (see the class comment). False if the file exists and
    // cannot be read as the state (then nothing is loaded).
    bool setStateFile(const QString &path);
    Jid service() const { return m_service; }

    // --- §3 presence
    // Publishes the current own presence now (also done automatically); false without a bound session.
    bool publishPresence();
    int presencePublications() const { return m_presencePublished; }

    // --- §4 authorizations
    bool requestAuthorization(const Jid &contact);
    // Answers a stored authorization request (approve = allow); false if there is none from `subscriber`.
    bool answerAuthorization(const Jid &subscriber, bool allow);
    bool hasAuthorizationRequest(const Jid &subscriber) const;
    QList<Jid> authorizationRequests() const;
    // Contacts whose `presence` node this account subscribed to after an authorization (explicit subscriptions).
    QList<Jid> authorizedContacts() const;

    // --- §6 one-to-one
    // Stores the message (Queued, MessageFlag::Eventing) and publishes it, creating the pair's node first if there
    // is none. Returns the history row id, 0 if nothing could be stored (lastError()).
    qint64 sendMessage(const Jid &to, const QString &body);
    // The pair node for `peer` (empty if none is known yet).
    QString chatNode(const Jid &peer) const;
    // Outgoing eventing messages not yet confirmed by their own notification.
    int unacknowledged() const { return int(m_pending.size()); }

    // --- §5 group chat
    bool joinRoom(const QString &room, const QString &nick);
    bool leaveRoom(const QString &room);
    qint64 sendRoomMessage(const QString &room, const QString &body);
    bool isJoined(const QString &room) const { return m_joined.contains(room); }
    QStringList rooms() const { return m_rooms.keys(); }
    // The conversation a room's messages are stored under: room@service.
    Jid roomJid(const QString &room) const;

    QString lastError() const { return m_lastError; }
    quint64 ignoredEvents() const { return m_ignored; }

Q_SIGNALS:
    void presencePublished(bool ok, const QString &error);
    void messageStored(qint64 id, const balcony::StoredMessage &message);
    void messageStateChanged(qint64 id, balcony::MessageState state);
    // A contact asks to see our presence (a new request in the SubscriptionRequestStore).
    void authorizationRequested(const balcony::Jid &from);
    // Our request was answered: subscribed (allowed) or refused.
    void authorizationAnswered(const balcony::Jid &contact, bool allowed);
    void chatNodeReady(const balcony::Jid &peer, const QString &node);
    void roomJoined(const QString &room, const QString &nick);
    void roomLeft(const QString &room);
    void roomError(const QString &room, const QString &error);
    // Something a remote party sent was not taken; `reason` is the logged one (English, for logs and tests).
    void eventIgnored(const QString &reason);

private:
    struct Pending {
        qint64 historyId = 0;
        QString node;
        Element payload;
        bool room = false;
    };

    void onSessionStarting();
    void onEvent(const PubSubEvent &event);
    void onPresenceEvent(const PubSubEvent &event);
    void onChatEvent(const PubSubEvent &event, const Jid &peer);
    void onRoomEvent(const PubSubEvent &event, const QString &room);
    bool handleInvitation(const Element &stanza);
    bool handleAuthorizationForm(const Element &stanza);
    void ignore(const QString &reason);

    void ensureChatNode(const Jid &peer, std::function<void(const QString &node, const QString &error)> then);
    void publishPending(const QString &originId);
    void republishUnconfirmed();
    void failPending(const QString &originId, const QString &error);
    void acknowledge(const QString &originId);
    Element messagePayload(const QString &originId, const QString &body, bool groupchat, const QString &nick) const;
    // The replyto address of an item (inside the <message/> payload, or on the notification itself); null if none.
    static Jid replyTo(const Element &notification, const Element &payload);
    std::optional<StoredMessage> parseItemMessage(const Element &notification, const PubSubItem &item,
        const Jid &conversation, const QSet<Jid> &allowedSenders, QString *why) const;
    void storeIncoming(StoredMessage message);

    void sendPubSub(const Jid &to, const QString &type, const Element &pubsub,
        std::function<void(const IqResult &result)> callback);
    void subscribe(const Jid &service, const QString &node, const Element &options,
        std::function<void(const IqResult &result)> callback);
    void sendAuthorizationForm(const Jid &to, const QString &id, const Jid &subscriber, bool submit, bool allow);
    void subscribeToContact(const Jid &contact);
    Jid ownBare() const;

    void save() const;
    void recoverQueued();

    Connection &m_connection;
    PubSubManager &m_pubsub;
    PresenceManager &m_presence;
    HistoryStore &m_history;
    SubscriptionRequestStore &m_requests;
    DiscoManager *m_disco;
    Jid m_service;
    QString m_stateFile;

    QHash<QString, Jid> m_chatNodes; // node -> peer (bare)
    QHash<Jid, QString> m_nodeOf; // peer -> the node messages to them are published to
    QHash<QString, QString> m_rooms; // room -> nick (subscribed)
    QSet<QString> m_joined; // rooms subscribed on this session
    QHash<QString, QHash<QString, Jid>> m_nickOwners; // room -> nick -> the account first seen using it
    QHash<Jid, QString> m_authorizationsIn; // subscriber -> the message id of their request
    QHash<Jid, QString> m_authorizationsOut; // contact -> the message id of our request
    QSet<Jid> m_authorized; // contacts whose presence node we subscribed to explicitly
    QHash<QString, Pending> m_pending; // origin-id -> an outgoing item not yet notified back
    QHash<Jid, QList<std::function<void(const QString &, const QString &)>>> m_creating; // peer -> waiters
    QString m_lastError;
    int m_presencePublished = 0;
    quint64 m_ignored = 0;
    bool m_newSession = false;
};

} // namespace balcony
