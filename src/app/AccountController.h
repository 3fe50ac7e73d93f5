#pragma once

#include "account/Account.h"
#include "account/ChatSender.h"
#include "core/Stanza.h"
#include "esession/KeyVerification.h"
#include "im/ChatState.h"
#include "storage/E2eKeyStore.h"
#include "storage/SubscriptionRequestStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace balcony {
class ConversationListModel;
class EventingManager;
class HttpUploadManager;
class MessageModel;
class RoomDirectory;
class RoomOccupantsModel;
class RosterModel;
struct MucRoom;
} // namespace balcony

namespace balcony::app {

// One account as a front end sees it: the Account (engine: profile, stores, Connection, modules) with the
// models the windows show and the user's actions, free of widgets so that balcony-cli, the desktop app and
// the tests share it.
//
// Models: the RosterModel (contacts with presence and unread counts) and the ConversationListModel exist from
// open() on and are filled from the profile's caches before any network traffic; a MessageModel per open chat
// is made on demand (openChat) and kept until closeChat() or the controller goes.
//
// Actions: everything the user does to the account goes through here: sending (ChatSender: the encryption
// policy decision), presence, contacts and subscription answers, the encryption policy and key verification.
// Each returns whether it could be done now; what the server answers later arrives through the models and the
// Account's modules' signals.
class AccountController : public QObject {
    Q_OBJECT
public:
    // Takes the Account (not open yet). Nothing goes to the network until signIn().
    explicit AccountController(std::unique_ptr<Account> account, QObject *parent = nullptr);
    ~AccountController() override;
    AccountController(const AccountController &) = delete;
    AccountController &operator=(const AccountController &) = delete;

    // Opens the profile (creates or migrates it) and fills the models from it; false with *error (translated).
    bool open(QString *error = nullptr);
    bool isOpen() const;

    Account &account() { return *m_account; }
    const Account &account() const { return *m_account; }
    Jid jid() const { return m_account->jid(); }

    // --- models (null before open())
    RosterModel *roster() const { return m_roster.get(); }
    ConversationListModel *conversations() const { return m_conversations.get(); }
    // The chat with `contact` (bare): made on first use, the same model until closeChat(). Null before open().
    MessageModel *openChat(const Jid &contact);
    void closeChat(const Jid &contact);
    QList<Jid> openChats() const { return m_chats.keys(); }

    // --- session
    // Connects with `password` (the settings' own when empty); the Account reconnects by itself after a loss.
    void signIn(const QString &password = QString());
    // RFC 6121 §4.5 unavailable presence, then a clean close. With offline options on (setOfflineOptions) and
    // a connected session, the XEP-0187 offline options are published first (valid for the configured time),
    // so that contacts can write encrypted while we are away; the next session start retracts them. Whether
    // publishing worked or not, the sign-out follows; offline() says when the stream is closed.
    void signOut(const QString &status = QString());
    // The same without publishing anything (the account is being removed or disabled).
    void signOutNow(const QString &status = QString());
    bool isSigningOut() const { return m_signingOut; }
    bool isOnline() const { return m_account->isOnline(); }
    void setPresence(Presence::Show show, const QString &status = QString());

    // --- the account on the server (XEP-0077)
    // `ok`: the server did it. `message` (translated): why not, or, with ok, what did not follow locally.
    using ServerCallback = std::function<void(bool ok, const QString &message)>;
    // §3.3: changes the password on the server; only after the server said yes are the encrypted-session
    // secrets re-sealed under the new password and the Account's password (its reconnects) replaced. False
    // (no callback) when not online or the new password is empty.
    bool changePassword(const QString &newPassword, ServerCallback done);
    // §3.2: removes the account from the server (the stream ends there). False (no callback) when not online.
    bool cancelRegistration(ServerCallback done);
    // --- the user's privacy settings (AppSettings, applied by EngineSettings)
    // XEP-0184 receipts and XEP-0333 read markers: when on, to contacts allowed to see our presence (the
    // roster policy, XEP-0184 §8); when off, to no one.
    void setSendReceipts(bool send);
    // XEP-0085 chat states (typing notifications), MessageManager::setSendChatStates.
    void setSendChatStates(bool send);
    // XEP-0187 offline options on sign-out: published or not, and for how long they stay valid.
    void setOfflineOptions(bool publish, int validityHours);

    // --- messages
    // Sends as the encryption policy says (ChatSender); `done` as ChatSender::send's. False if not open.
    bool sendMessage(const Jid &to, const QString &body, const ChatSender::Options &options = ChatSender::Options(),
        ChatSender::Callback done = {});
    // Whether a message to `to` would be encrypted (to show a lock in the composer before sending).
    bool sendsEncrypted(const Jid &to) const;
    // How the next message to `to` would be encrypted: "OMEMO", "OMEMO 2", "ESession" (not translated: protocol
    // names), empty for the clear.
    QString encryptionMethod(const Jid &to) const;
    // OMEMO: new devices wait for the user (true) or are trusted until one of the contact's devices is verified.
    void setOmemoManualTrust(bool manual);
    // XEP-0363 uploads (the URL sent as a XEP-0066 file message) and downloads of received files; built on first
    // use, asking sendsEncrypted() before a file goes into an encrypted conversation. Null if not open.
    HttpUploadManager *fileTransfers();
    // A Failed message goes out again (through the outbox; not for encrypted ones, which would need
    // encrypting again, nor for eventing ones, which are pubsub items). False if it cannot.
    bool retryMessage(qint64 historyId);
    // The user has read the conversation: incoming messages marked read, XEP-0333 <displayed/> to the contact
    // (only where receipts are allowed), the unread counts follow. Returns how many messages became read.
    int markConversationRead(const Jid &contact);
    // Deletes a message here (not at the contact's or in the server's archive).
    bool removeMessage(qint64 historyId);
    // XEP-0308: replaces the body of our last message to `to`; the row id, 0 if nothing could be corrected.
    qint64 correctLastMessage(const Jid &to, const QString &body);
    // XEP-0085: the user is typing / stopped (sent only to contacts that use chat states).
    bool setChatState(const Jid &to, ChatState state);

    // --- group chat (XEP-0045, Account::muc())
    // Whether `conversation` is a room: one we are in (or entering, or leaving), or one whose last stored message
    // is a room message (a room left earlier, shown from the history). False before open().
    bool isRoom(const Jid &conversation) const;
    // Enters `room` (bare) as `nick`, with the room's password if it needs one; a nick already taken there is
    // retried as nick_2, nick_3... MucManager::joined() or joinFailed() tells the outcome. Without a session the
    // join waits for the next one. False with *error (translated) when the address or the nick is not valid
    // or the account is not open.
    bool joinRoom(const Jid &room, const QString &nick, const QString &password = QString(), QString *error = nullptr);
    // Leaves the room (§7.14). False if we are not in it.
    bool leaveRoom(const Jid &room);
    // The room as MucManager keeps it while we are in it (entering, leaving); null otherwise.
    const MucRoom *room(const Jid &room) const;
    // A message to everyone in the room, through the outbox: the history row id, 0 (with *error) if we are not
    // in the room.
    qint64 sendRoomMessage(const Jid &room, const QString &body, QString *error = nullptr);
    // OMEMO in a room (XEP-0384 §6, OmemoManager): the user's choice per room, kept as the room's own encryption
    // policy (Always: on). Only members-only non-anonymous rooms can have it (checkRoomEncryption()).
    bool roomEncrypted(const Jid &room) const;
    bool setRoomEncrypted(const Jid &room, bool encrypted);
    // Asks the room whether OMEMO can be used in it; `done` once, later: whether, and if not why (translated).
    // `members`: the real bare JIDs OMEMO encrypts for in the room (without us), when it is possible.
    void checkRoomEncryption(
        const Jid &room, std::function<void(bool possible, const QString &reason, const QList<Jid> &members)> done);
    // An OMEMO-encrypted message to everyone in the room; `done` once, later, with the history row or 0 and why.
    void sendEncryptedRoomMessage(
        const Jid &room, const QString &body, std::function<void(qint64 historyId, const QString &error)> done);
    // XEP-0045 §7.5: a private message to the occupant `nick` of `room` (stored in the room's conversation).
    // Refused (0, `error`) when we are in the room and `nick` is not there.
    qint64 sendPrivateMessage(const Jid &room, const QString &nick, const QString &body, QString *error = nullptr);
    // The nick to offer for `room`: ours there now, else the one of its bookmark (XEP-0402), else the one our last
    // message there was sent as, else the account's user name.
    QString suggestedNick(const Jid &room) const;
    // The occupants of `room` for its occupant pane: made on first use, kept until closeChat(room). Null before
    // open().
    RoomOccupantsModel *roomOccupants(const Jid &room);
    // Finding rooms (XEP-0045 §6: the server's group chat services, their public rooms, a room's details); made
    // on first use. Null before open().
    RoomDirectory *roomDirectory();

    // --- contacts (RFC 6121 §2, §3)
    // Adds or renames a contact and asks for their presence (§3.1.1); with `requestPresence` false only the
    // roster item is set (§2.3), nothing is asked.
    bool addContact(const Jid &jid, const QString &name, const QStringList &groups = {}, bool requestPresence = true);
    bool removeContact(const Jid &jid);
    // An eventing authorization request (isEventingRequest()) is answered through the EventingManager (no request
    // back: the contact asks for ours with their own authorization).
    bool approveSubscription(const Jid &jid, bool requestBack = true);
    bool denySubscription(const Jid &jid);
    QList<SubscriptionRequest> subscriptionRequests() const;
    // Roster edits that keep the rest of the item (§2.3): the contact's name, its groups (§2.1.2.2).
    bool renameContact(const Jid &jid, const QString &name);
    bool setContactGroups(const Jid &jid, const QStringList &groups);
    // §3.1: asks the contact for their presence again (after a denial, or for a contact added without).
    bool requestSubscription(const Jid &jid);
    // §3.2: stops the contact from seeing our presence (or refuses a request already approved).
    bool cancelSubscription(const Jid &jid);
    // §3.3: stops our subscription to the contact's presence (or withdraws our pending request).
    bool unsubscribe(const Jid &jid);

    // --- XEP-0207 eventing mode (src/eventing; AccountConfig::eventing)
    // On: makes the account's EventingManager as balcony-cli --eventing does (pubsub service pubsub.<domain>, state
    // in <profile>/eventing.json); its messages reach the open chats, the conversation list and
    // eventingMessageStored(), its authorization requests the subscription requests. Off: destroys it (ordinary
    // XMPP is unaffected either way). Best before signIn(): the session start publishes the presence. False if not
    // open.
    bool setEventing(bool on);
    EventingManager *eventing() const { return m_eventing.get(); }
    // Whether the composer's next message to `to` goes through the mode: the mode is on, the contact uses it (the
    // pair has a chat node, made by either side; or we subscribed to their presence node after an authorization; or
    // one of their online resources announces `presence+notify` in its verified XEP-0115 caps, which only a client
    // in eventing mode does) and the message would go in the clear (an encrypted conversation never goes through
    // publish-subscribe). The first such message creates the pair's node (EventingManager::sendMessage).
    bool sendsViaEventing(const Jid &to) const;
    // Whether the stored request from `from` is an eventing authorization (answered with
    // EventingManager::answerAuthorization by approveSubscription()/denySubscription()).
    bool isEventingRequest(const Jid &from) const;

    // --- encryption (XEP-0116/0187 ESessions)
    E2ePolicy encryptionPolicy(const Jid &contact) const;
    // nullopt: the contact follows the global default (contact null: sets that default).
    bool setEncryptionPolicy(const Jid &contact, std::optional<E2ePolicy> policy);
    KeyVerification verifyKey(const Jid &contact, const QString &typedHex);

Q_SIGNALS:
    void online(bool resumed);
    void offline();
    void errorOccurred(const balcony::ConnectionError &error);
    // A contact asks to see our presence (stored until approved or denied).
    void subscriptionRequested(const balcony::Jid &from, const QString &status);
    // A stored request is gone: answered (here or on another device) or withdrawn by the contact.
    void subscriptionResolved(const balcony::Jid &from);
    // A message the eventing mode stored (incoming, or ours); the open chats and the conversation list have it.
    void eventingMessageStored(qint64 id, const balcony::StoredMessage &message);
    // Whether messages to `peer` go through the mode may have changed (a chat node became known; null: the mode
    // was switched).
    void eventingChanged(const balcony::Jid &peer);

private:
    void wireModels();
    void onEventingMessage(qint64 id, const StoredMessage &message);
    void onEventingState(qint64 id, MessageState state);
    bool contactUsesEventing(const Jid &bare) const;
    void finishSignOut(const QString &status);

    std::unique_ptr<Account> m_account;
    std::unique_ptr<RosterModel> m_roster;
    std::unique_ptr<ConversationListModel> m_conversations;
    std::unique_ptr<HttpUploadManager> m_files;
    std::unique_ptr<RoomDirectory> m_roomDirectory;
    std::unique_ptr<EventingManager> m_eventing;
    QHash<Jid, MessageModel *> m_chats; // owned (children of this)
    QHash<Jid, RoomOccupantsModel *> m_occupants; // owned (children of this)
    bool m_sendReceipts = true;
    bool m_sendChatStates = true;
    bool m_omemoManualTrust = false;
    bool m_publishOfflineOptions = false;
    int m_offlineOptionsHours = 0;
    bool m_signingOut = false; // publishing the offline options before the sign-out
};

} // namespace balcony::app
