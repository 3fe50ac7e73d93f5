#pragma once

#include "core/Jid.h"
#include "core/Stanza.h"

#include <QDateTime>
#include <QFlags>
#include <QString>

namespace balcony {

// One message of the history as HistoryStore keeps it: RFC 6121 §5 <message/> plus what the IM extensions
// add to it (XEP-0359 unique and stable ids, XEP-0203 delay, XEP-0280 carbons, XEP-0313 archive, XEP-0184
// receipts, XEP-0333 displayed markers).
enum class MessageDirection {
    Incoming, // from someone else (or a carbon of what another of our resources received)
    Outgoing, // from this account (typed here, or a carbon / archive copy of what another resource sent)
};

// The life of an outgoing message, in the order it normally goes. The numeric order is the "progress"
// order: HistoryStore never moves a message backwards (an SM ack arriving after the receipt keeps
// Delivered), see HistoryStore::updateState().
enum class MessageState {
    Queued = 0, // committed to the outbox, not yet written to a stream
    Sent = 1, // written to a stream, no ack yet
    AckedByServer = 2, // the server acknowledged it (XEP-0198 <a/>), or it came back from the archive
    Delivered = 3, // the recipient's client confirmed receipt (XEP-0184 <received/>)
    Read = 4, // the recipient displayed it (XEP-0333 <displayed/>)
    Failed = 5, // an error came back or sending was given up; errorText says why
    Received = 6, // every incoming message; whether the user has seen it is the conversation's read marker
};

enum class MessageFlag {
    NoFlags = 0,
    CarbonSent = 0x1, // XEP-0280 <sent/> copy: another resource of ours sent it
    CarbonReceived = 0x2, // XEP-0280 <received/> copy: another resource of ours received it
    FromArchive = 0x4, // fetched from a XEP-0313 archive (catch-up or paging back), not received live
    Delayed = 0x8, // carried a XEP-0203 <delay/> (offline storage): sentTime is the delay stamp
    Markable = 0x10, // the sender asked for XEP-0333 chat markers (<markable/>)
    Corrected = 0x20, // the body was replaced by a XEP-0308 correction
    Eventing = 0x40, // XEP-0207 eventing mode: carried as a pubsub item (src/eventing), not as a <message/> stanza
};
Q_DECLARE_FLAGS(MessageFlags, MessageFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(MessageFlags)

// How a message was protected end to end (XEP-0116 online / XEP-0187 offline ESessions, XEP-0200 stanza
// encryption), kept with the history row so that a view can draw a lock without asking the key store.
enum class MessageE2eKind {
    None = 0, // sent or received in the clear
    OfflineEsession = 1, // XEP-0187
    OnlineEsession = 2, // XEP-0116
    Omemo = 3, // XEP-0384 OMEMO 0.3 (eu.siacs.conversations.axolotl)
    Omemo2 = 4, // XEP-0384 OMEMO 2 (urn:xmpp:omemo:2)
};
enum class MessageE2eStatus {
    Encrypted = 0, // outgoing: sent encrypted
    Decrypted = 1, // incoming: decrypted and authenticated; the body is the plaintext
    Undecryptable = 2, // incoming: no keys for it (unknown options, expired, wrong resource); body says so
    Rejected = 3, // incoming: tampered, replayed, bad signature or untrusted key; body says so
};
struct MessageE2e {
    MessageE2eKind kind = MessageE2eKind::None;
    MessageE2eStatus status = MessageE2eStatus::Encrypted; // meaningful only when kind is not None
    QDateTime created; // the sender's SHIM 'Created' header (XEP-0131), when there was one
    QString detail; // for failures: the reason (technical, for logs and the "details" view)

    bool isEncrypted() const { return kind != MessageE2eKind::None; }
    // A message that was meant to be encrypted and could not be read: its body is a notice, not the text.
    bool failed() const
    {
        return isEncrypted() && (status == MessageE2eStatus::Undecryptable || status == MessageE2eStatus::Rejected);
    }
    bool operator==(const MessageE2e &) const = default;
};

// Where a conversation page starts: messages strictly older than (time, id) in the store's order
// (sortTime, then id). A null cursor means "from the newest".
struct HistoryCursor {
    QDateTime time;
    qint64 id = 0;

    bool isNull() const { return id == 0; }
    bool operator==(const HistoryCursor &) const = default;
};

struct StoredMessage {
    qint64 id = 0; // the store's row id; 0 until inserted
    // The conversation: the bare JID of the peer (of the room for groupchat). Independent of the account,
    // as each account has its own database.
    Jid conversation;
    Message::Type type = Message::Type::Chat;
    MessageDirection direction = MessageDirection::Incoming;
    Jid from; // full JID as on the stanza ('from' of a carbon's forwarded message, not of the carbon)
    Jid to;
    QString messageId; // the 'id' attribute (XEP-0184 receipts and XEP-0333 markers refer to it)
    QString originId; // XEP-0359 <origin-id/>: ours for outgoing messages, the sender's otherwise
    QString stanzaId; // XEP-0359 <stanza-id/> assigned by `stanzaIdBy` (our server, or a MUC)
    Jid stanzaIdBy;
    QString thread; // RFC 6121 §5.2.5
    QString body;
    // The sender's time: the XEP-0203 delay stamp if there was one, else when we received (or, outgoing,
    // typed) it.
    QDateTime sentTime;
    // The archive's time (the XEP-0313 result's <delay/> stamp); null when unknown.
    QDateTime serverTime;
    // When this client stored it.
    QDateTime receivedTime;
    MessageState state = MessageState::Received;
    QString errorText; // with Failed: why, for the user (the stanza error's text or condition)
    MessageFlags flags;
    // The whole <message/> as XML, for what the fields above do not model yet; may be empty.
    QString stanzaXml;
    MessageE2e e2e; // kind None for plaintext messages

    // The time the history is ordered by: the archive's time when known (one clock for everyone), else the
    // sender's time, else when it was stored.
    QDateTime sortTime() const
    {
        if (serverTime.isValid()) {
            return serverTime;
        }
        return sentTime.isValid() ? sentTime : receivedTime;
    }
    HistoryCursor cursor() const { return { sortTime(), id }; }

    // A message this account sends, as the history keeps it until the server acknowledges it: `id` is both
    // its stanza id and its XEP-0359 origin-id, `time` when it was typed.
    static StoredMessage outgoing(const Jid &from, const Jid &to, Message::Type type, const QString &id,
        const QString &thread, const QString &body, const QDateTime &time)
    {
        StoredMessage m;
        m.conversation = to.bare();
        m.type = type;
        m.direction = MessageDirection::Outgoing;
        m.from = from;
        m.to = to;
        m.messageId = id;
        m.originId = id;
        m.thread = thread;
        m.body = body;
        m.sentTime = time;
        m.receivedTime = time;
        m.state = MessageState::Queued;
        return m;
    }

    bool operator==(const StoredMessage &) const = default;
};

// The state rule every HistoryStore applies (see HistoryStore::updateState()).
inline bool isStateChangeAllowed(MessageState from, MessageState to)
{
    if (from == to || from == MessageState::Received || to == MessageState::Received) {
        return false;
    }
    if (to == MessageState::Failed) {
        return from == MessageState::Queued || from == MessageState::Sent || from == MessageState::AckedByServer;
    }
    if (from == MessageState::Failed) {
        return to == MessageState::Queued;
    }
    return int(from) < int(to);
}

} // namespace balcony
