#pragma once

#include "ChatState.h"
#include "MessageParser.h"
#include "core/Element.h"
#include "core/Jid.h"
#include "core/Stanza.h"
#include "storage/HistoryStore.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <map>

namespace balcony {

class Connection;
class DiscoManager;
class Outbox;
class RosterManager;

// Messages (RFC 6121 §5) on one Connection, with their extensions:
// - sending through the durable Outbox with a XEP-0359 origin-id (also the stanza 'id', so that receipts
//   and errors name it), a XEP-0184 receipt request and, per XEP-0085 §5.1, <active/>;
// - receiving: chat/normal/headline/groupchat messages are stored (HistoryStore de-duplicates by
//   stanza-id and origin-id, XEP-0359 §6), with the XEP-0203 delay stamp as their time;
// - XEP-0280 carbon copies, accepted only from the account's bare JID (Carbons::unwrap());
// - XEP-0184 receipts: <received/> marks our message Delivered; a <request/> is answered only to senders
//   allowed to see our presence (§8: a receipt reveals that we are online), never for groupchat or errors;
// - XEP-0085 chat states are signalled, not stored; we stop sending them to a contact whose message came
//   without one (§5.1);
// - type='error' marks the outgoing message it answers Failed with the error text;
// - XEP-0333 chat markers: <markable/> on our chat messages; markConversationRead() sends <displayed/> for the
//   newest markable message it read (to senders allowed to see our presence, as receipts); a contact's
//   <displayed/> marks our message Read; one from another of our clients (a carbon) marks the conversation read;
// - XEP-0308 corrections of the sender's last message replace its body (anyone else's are stored as new
//   messages, never applied); correctLastMessage() sends ours.
// XEP-0313 archive results are not messages of the conversation: ArchiveManager handles them.
class MessageManager : public QObject {
    Q_OBJECT
public:
    // `disco` may be null (no feature advertisement).
    MessageManager(
        Connection &connection, HistoryStore &history, Outbox &outbox, DiscoManager *disco, QObject *parent = nullptr);
    ~MessageManager() override;

    // Sends a message: stored (Queued) and in the outbox BEFORE anything is written. Returns the history
    // row id, 0 if nothing could be stored (then nothing was sent; lastError() says why).
    qint64 sendMessage(
        const Jid &to, const QString &body, Message::Type type = Message::Type::Chat, const QString &thread = {});
    qint64 sendChat(const Jid &to, const QString &body, const QString &thread = {})
    {
        return sendMessage(to, body, Message::Type::Chat, thread);
    }
    QString lastError() const { return m_lastError; }

    // The user's actions on stored messages; each commits to the HistoryStore, then signals the models.
    // A Failed outgoing message goes back to Queued through the outbox (durable, the same stanza and origin-id);
    // messageStateChanged(Queued). False if it is not a Failed message of ours that can be sent again (an
    // encrypted one must be typed again: its stanza belongs to a session).
    bool retry(qint64 historyId);
    // Every incoming message of `conversation` becomes read (the read marker moves to its newest message);
    // conversationRead(). Returns how many were unread. XEP-0333 §4: a <displayed/> for the newest markable
    // one among them goes to its sender, if the receipt policy allows (a marker, like a receipt, tells that we
    // are online).
    int markConversationRead(const Jid &conversation);
    // Deletes a message locally (nothing is sent); messageRemoved(). A queued one is not sent any more.
    bool removeMessage(qint64 historyId);
    // XEP-0308: replaces the body of our last message to `to` (bare JID conversation) and sends the correction
    // (a new message with <replace id/> naming it). Returns the corrected row's id, 0 if there is nothing to
    // correct or nothing could be sent (lastError()).
    qint64 correctLastMessage(const Jid &to, const QString &body);

    // XEP-0085 §5: a standalone notification (not stored, not in the outbox, no receipt). Sent only while
    // the contact is not known to ignore chat states; repeated states are not sent twice.
    bool sendChatState(const Jid &to, ChatState state);
    // The user's privacy choice: false sends no chat states at all (no standalone notifications, no <active/>
    // in messages), which XEP-0085 §5.1 allows (a client that does not send them just omits them). Incoming
    // chat states are still shown. Default true.
    void setSendChatStates(bool send);
    bool sendsChatStates() const { return m_sendChatStates; }
    // How many contacts are remembered as not wanting chat states (bounded, issue 11).
    static constexpr int maxRememberedChatStates() { return 1024; }
    int rememberedChatStateContacts() const { return int(m_noChatStates.size()); }

    // XEP-0184 §8: whether `sender` (a bare JID) may learn from a receipt that we are online. The account
    // wires this to the roster with rosterReceiptPolicy(). Without a policy no receipt is sent.
    void setReceiptPolicy(std::function<bool(const Jid &)> policy) { m_receiptPolicy = std::move(policy); }
    // The policy a client should use: receipts only to contacts allowed to see our presence (subscription
    // 'from' or 'both', RFC 6121 §3), so that a stranger cannot probe whether we are online by messaging us
    // with a receipt request. `roster` must outlive the policy.
    static std::function<bool(const Jid &)> rosterReceiptPolicy(const RosterManager &roster);

    // A module that must see some incoming messages before they are parsed and stored: encrypted sessions
    // (XEP-0200 content has to be decrypted first; the plaintext then comes back through storeDecrypted()).
    // The filter gets the message after carbon unwrapping; returning true means it took the message.
    // Several modules may filter (ESessions, OMEMO): they are asked in the order they were added; `owner`'s
    // filters go with removeIncomingFilters(owner).
    using IncomingFilter = std::function<bool(const Element &message, MessageFlags flags)>;
    void addIncomingFilter(const QObject *owner, IncomingFilter filter)
    {
        m_incomingFilters.append({ owner, std::move(filter) });
    }
    void removeIncomingFilters(const QObject *owner)
    {
        m_incomingFilters.removeIf([owner](const auto &entry) { return entry.first == owner; });
    }

    // Stores one message received live or as a carbon copy, with the receipt and chat-state handling.
    // Public for the CLI and the tests; the stanza handler calls it. Returns true if the stanza was a
    // <message/> this module took (everything but archive results).
    bool handleMessage(const Element &stanza);
    // Stores a message an encrypted session decrypted, or the notice stored in place of one it could not read:
    // `plain` is the <message/> with the decrypted content instead of <c/> (XEP-0200 §Decrypting a Stanza), `e2e`
    // how it was protected (it becomes StoredMessage::e2e, so messageStored() carries it). Unlike handleMessage()
    // nothing is unwrapped and the incoming filter is not asked again. Receipt requests and chat states in the
    // decrypted content are handled as in a plaintext message. Returns the new history row's id; 0 for a
    // duplicate of a stored message (its mark stays as it was) or when nothing was stored.
    qint64 storeDecrypted(const Element &plain, const MessageE2e &e2e);

    // The outgoing <message/> for `to` as sendMessage() builds it (for tests and the CLI).
    Element buildMessage(const Jid &to, const QString &body, Message::Type type, const QString &thread,
        const QString &id, bool withChatState) const;

Q_SIGNALS:
    // A message was stored as a new history row (incoming, a carbon, or one we just queued).
    void messageStored(qint64 id, const balcony::StoredMessage &message);
    // An outgoing message's state changed (Sent, AckedByServer, Delivered, Failed).
    void messageStateChanged(qint64 id, balcony::MessageState state);
    // XEP-0085: `from` (a full JID) is now in `state` in the conversation with us.
    void chatStateReceived(const balcony::Jid &from, balcony::ChatState state);
    // The read marker of `conversation` moved (markConversationRead(), or another of our clients displayed it).
    void conversationRead(const balcony::Jid &conversation);
    // A stored message changed other than in state (a XEP-0308 correction): the row as stored now.
    void messageUpdated(const balcony::StoredMessage &message);
    // A message was deleted (removeMessage()).
    void messageRemoved(qint64 id, const balcony::Jid &conversation);

private:
    // The new history row's id, 0 if none was created.
    qint64 handleParsed(ParsedMessage parsed, MessageFlags flags);
    void rememberChatStates(const Jid &contact, bool supported);
    void handleError(const ParsedMessage &parsed);
    void handleReceipt(const ParsedMessage &parsed);
    void handleDisplayed(const ParsedMessage &parsed);
    bool applyCorrection(const ParsedMessage &parsed);
    // The newest rows of a conversation the actions look through (a bounded page: older ones are not "last").
    QList<StoredMessage> recent(const Jid &conversation) { return m_history.page(conversation.bare(), 64); }
    void answerReceipt(const ParsedMessage &parsed);
    void emitStateChanges(const QList<qint64> &ids, MessageState state);
    void relayState(qint64 historyId, MessageState state);
    Jid ownJid() const;

    Connection &m_connection;
    HistoryStore &m_history;
    Outbox &m_outbox;
    std::function<bool(const Jid &)> m_receiptPolicy;
    QList<std::pair<const QObject *, IncomingFilter>> m_incomingFilters;
    // XEP-0085 §5.1: the contacts (bare JIDs) whose last content message came without a chat state, with
    // when that was; at most maxRememberedChatStates(), the oldest forgotten to make room.
    QHash<Jid, quint64> m_noChatStates;
    std::map<quint64, Jid> m_noChatStatesOrder;
    quint64 m_chatStateStamp = 0;
    QHash<Jid, ChatState> m_lastSentState;
    bool m_sendChatStates = true;
    QString m_lastError;
};

} // namespace balcony
