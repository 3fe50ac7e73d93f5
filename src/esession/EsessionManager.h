#pragma once

#include "core/Element.h"
#include "core/Jid.h"
#include "esession/EsessionError.h"
#include "esession/OfflineOfferRecord.h"
#include "esession/PublicKeyManager.h"
#include "storage/E2eKeyStore.h"
#include "storage/StoredMessage.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace balcony {

class Connection;
class DiscoManager;
class OnlineSessions;
class MessageManager;
class Outbox;
class PresenceManager;
class PubSubManager;
class RosterManager;
class StanzaCipher;

// Offline encrypted sessions on one account: XEP-0187 v0.5 on XEP-0116 v0.16 / XEP-0200 v0.2, with the
// 2007 XEP-0189 for long-term keys (PublicKeyManager). The protocol steps are esession/'s (OfflineOffer,
// OfflineInitiator, OfflineAcceptor, StanzaCipher); this class wires them to the stream, PEP, the outbox,
// the history and the key store (XEP-0187 §3-§5).
//
// Alice (going offline): publishOfflineOptions() publishes one signed option set to each node (§8.2: the
// subscriber node with access_model=presence, the all-entities node with access_model=open; both with
// send_last_published_item=never, deliver_notifications=false, item id "current", as publish-options) and
// keeps N_A, x_i and the offered choices sealed in the store. When a session starts (she is back online)
// both items are retracted; the records stay until they expire, since offline stanzas built on them are
// delivered after that, and are then deleted (secure_delete).
//
// Alice (receiving): MessageManager hands every <message/> with <init/> or <c/> here first. A verified
// <init/> (OfflineAcceptor: expiry, replay set, MACs, Bob's signature with a key pinned for Bob's bare JID, or
// pinned now if none was known) opens a receiving session, persisted sealed; its <c/> and those of later
// messages are decrypted in order and are stored through MessageManager::storeDecrypted() as plaintext, with the
// sender's SHIM Created time as the XEP-0203 delay (Alice trusts it over the server's stamp, XEP-0187
// §Starting), and their mark (StoredMessage::e2e: offline ESession, decrypted). Anything that fails becomes a history
// row that says so (never the ciphertext, never nothing) marked Undecryptable or Rejected, and is silent on the wire
// (XEP-0187 §Accepting).
//
// Bob (sending): send() follows the policy (E2eKeyStore::effectivePolicy, or Always when the caller asks for
// encryption). To a contact with no available resource it continues a stored sending session or starts one:
// Alice's key (XEP-0189, pinned), her options (subscriber node first, then the all-entities node),
// OfflineInitiator, then <init/> + <c/> through the durable Outbox, whose order is the counters' order. When
// encryption is required and impossible nothing is sent and the caller gets the reason. When Alice comes
// online the sending sessions with her are terminated (XEP-0187 §Exchanging Stanzas).
//
// The E2eKeyStore must live in the history's database (SqlE2eKeyStore next to SqlHistoryStore, as an Account
// opens them): its message marks are the history rows' e2e columns.
//
// Online ESessions (XEP-0116 with a contact's available resource) are OnlineSessions': to an online contact
// send() encrypts in an established session or negotiates one first (the messages typed meanwhile wait, in
// order, in memory: nothing is stored before it can be encrypted). A contact whose client cannot negotiate
// gets the message in the clear only when the policy allows it (ContactUnsupported otherwise).
//
// Online or offline is decided on the contact's presence, which after the initial presence of a new session
// the server sends in answer to its probes (RFC 6121 §4.3.2). Nothing orders those answers with respect to
// anything else (ejabberd sends them after answering a ping written behind the initial presence; a remote
// contact's come over s2s; a server answers a probe for an offline contact with unavailable presence, or not at
// all), so the first send() to a contact in a session waits for the presence barrier: until that contact's
// presence (available, unavailable or error) has arrived, or a short grace period has passed since the server
// answered a ping written behind the initial presence (what it does synchronously, it has done by then). A
// contact whose presence we are not subscribed to (setRoster()) is answered no probe: nothing to wait for. And
// the offline way never falls back to the clear for a contact who turned out to be online meanwhile: such a
// message is negotiated online instead.
class EsessionManager : public QObject {
    Q_OBJECT
public:
    enum class SendFailure {
        None,
        Locked, // the key store is locked
        ContactUnsupported, // the contact is online and its client refused or cannot do an online session
        NoOptions, // the contact published no offline options we may read
        KeyUnavailable, // no trusted key of the contact (or ours could not be made)
        Protocol, // the options were refused: see `esessionError`
        Storage, // the message could not be stored
    };
    struct SendResult {
        qint64 historyId = 0; // the history row (0 if nothing was sent)
        bool encrypted = false;
        SendFailure failure = SendFailure::None;
        EsessionError esessionError = EsessionError::None;
        QString message; // translated, for the user; also set when the message went out in the clear
        bool ok() const { return historyId != 0; }
    };
    using SendCallback = std::function<void(const SendResult &result)>;
    using DoneCallback = std::function<void(const QString &error)>; // empty on success

    // `disco` may be null (no XEP-0116 feature advertised, contacts' support not checked).
    EsessionManager(Connection &connection, PubSubManager &pubsub, MessageManager &messages, PresenceManager &presence,
        Outbox &outbox, E2eKeyStore &store, DiscoManager *disco = nullptr, QObject *parent = nullptr);
    ~EsessionManager() override;

    PublicKeyManager &keys() { return m_keys; }
    OnlineSessions &online() { return *m_online; }

    // XEP-0116 §ESession Termination: "terminate all open ESessions before going offline" (sign-out).
    void terminateOnlineSessions();

    // Alice: publish signed options valid until `expires` to both nodes (and the own key, XEP-0189).
    void publishOfflineOptions(const QDateTime &expires, DoneCallback callback = {});
    // Alice: retract both option items (automatic when a session starts).
    void retractOfflineOptions(DoneCallback callback = {});

    // Bob: sends `body` to `to` per the policy; `requireEncryption` makes it Always for this message.
    void send(const Jid &to, const QString &body, bool requireEncryption, SendCallback callback);

    // The MessageManager filter (public for tests): takes <message/>s with <init/> or <c/>.
    bool handleIncoming(const Element &message);

    // For tests: the clock used for expiry checks and Created times.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // The roster tells which contacts' presence to wait for at the start of a session (subscription to or
    // both, RFC 6121 §3); without one, every contact's (at most the grace period).
    void setRoster(const RosterManager *roster) { m_roster = roster; }
    // How long after the barrier ping's answer a contact without presence counts as offline (default 1 s).
    void setPresenceGrace(int milliseconds) { m_presenceGrace.setInterval(milliseconds); }

Q_SIGNALS:
    // An incoming encrypted message was stored (decrypted, or as a failure row).
    void encryptedMessageStored(qint64 historyId, const balcony::MessageE2eMark &mark);

private:
    struct PendingRecord;
    void publishOptionSet(const QString &node, const QDateTime &expires, std::function<void(const QString &)> next);
    void onSessionStarting();
    // The presence barrier (see the class comment).
    bool presenceSettled(const Jid &contact) const;
    void releaseWaiting(const Jid &contact); // every waiting send if `contact` is null
    void endPresenceGrace();
    void terminateSendingSessions(const Jid &contact);
    void startSession(const Jid &to, const QString &body, bool required, SendCallback callback);
    void fetchOptions(const Jid &to, const QString &node, std::function<void(const Element &options)> next);
    // Seals the content (<body/> + SHIM Created) into the stanza to send; nullopt (and *error) on failure.
    using Sealer = std::function<std::optional<Element>(const QList<Element> &content, QString *error)>;
    void sendOnline(const Jid &to, const QString &body, bool required, SendCallback callback);
    SendResult submitEncrypted(
        const Jid &to, const QString &body, const QString &thread, MessageE2eKind kind, const Sealer &seal);
    // `resource`: XEP-0187 §3.3 match_resource of the session (empty = the contact's bare JID).
    SendResult submitOffline(const Jid &to, const QString &body, const QString &thread, StanzaCipher &cipher,
        const Element &init, const QString &resource);
    SendResult fallback(const Jid &to, const QString &body, bool required, SendFailure failure, EsessionError error,
        const QString &why);
    const OfflineOfferRecord *lookupRecord(QByteArrayView nonce);
    // The sink of both halves: a decrypted message (`content` replaces <c/>) or, when e2e.failed(), a notice row
    // in its place; stored with its mark through MessageManager::storeDecrypted().
    void storeIncoming(const Element &original, QList<Element> content, const MessageE2e &e2e);
    void storeFailure(const Element &original, MessageE2eKind kind, MessageE2eStatus status, const QString &reason);
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    Jid ownJid() const;

    Connection &m_connection;
    PubSubManager &m_pubsub;
    MessageManager &m_messages;
    PresenceManager &m_presence;
    Outbox &m_outbox;
    E2eKeyStore &m_store;
    PublicKeyManager m_keys;
    std::function<QDateTime()> m_clock;
    // Offer records loaded from the store by N_A, with their store ids (for the replay set).
    std::map<QByteArray, std::unique_ptr<PendingRecord>> m_records;
    std::unique_ptr<OnlineSessions> m_online;
    // The presence barrier: whether the ping behind the initial presence was answered and the grace period after
    // it is over, the contacts whose presence arrived on this session, and the sends waiting for theirs.
    struct WaitingSend {
        Jid contact; // bare
        std::function<void()> next;
    };
    const RosterManager *m_roster = nullptr;
    bool m_pingAnswered = true;
    bool m_graceOver = true;
    QTimer m_presenceGrace;
    QSet<Jid> m_presenceSeen;
    QSet<Jid> m_onlineContacts; // contacts seen online since their sending sessions were ended
    QList<WaitingSend> m_afterPresence;
};

} // namespace balcony
