#pragma once

#include "core/Element.h"
#include "core/Jid.h"
#include "e2e/EsessionError.h"
#include "e2e/OfflineOfferRecord.h"
#include "e2e/PublicKeyManager.h"
#include "storage/E2eKeyStore.h"
#include "storage/StoredMessage.h"

#include <QDateTime>
#include <QObject>

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
class StanzaCipher;

// Offline encrypted sessions on one account: XEP-0187 v0.5 on XEP-0116 v0.16 / XEP-0200 v0.2, with the
// 2007 XEP-0189 for long-term keys (PublicKeyManager). The protocol steps are e2e/'s (OfflineOffer,
// OfflineInitiator, OfflineAcceptor, StanzaCipher); this class wires them to the stream, PEP, the outbox,
// the history and the key store (../shared/notes/esessions.md §8).
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
// messages are decrypted in order and go back through MessageManager::handleMessage() as plaintext, with the
// sender's SHIM Created time as the XEP-0203 delay (Alice trusts it over the server's stamp, XEP-0187
// §Starting), and a MessageE2eMark (offline ESession, decrypted). Anything that fails becomes a history row
// that says so (never the ciphertext, never nothing) marked Undecryptable or Rejected, and is silent on the
// wire (XEP-0187 §Accepting).
//
// Bob (sending): send() follows the policy (E2eKeyStore::effectivePolicy, or Always when the caller asks for
// encryption). To a contact with no available resource it continues a stored sending session or starts one:
// Alice's key (XEP-0189, pinned), her options (subscriber node first, then the all-entities node),
// OfflineInitiator, then <init/> + <c/> through the durable Outbox, whose order is the counters' order. When
// encryption is required and impossible nothing is sent and the caller gets the reason. When Alice comes
// online the sending sessions with her are terminated (XEP-0187 §Exchanging Stanzas).
//
// The E2eKeyStore must live in the history's database (SqlE2eKeyStore next to SqlHistoryStore, as an Account
// opens them): the message_e2e marks refer to history rows.
//
// Online ESessions (XEP-0116 with a contact's available resource) are OnlineSessions': to an online contact
// send() encrypts in an established session or negotiates one first (the messages typed meanwhile wait, in
// order, in memory: nothing is stored before it can be encrypted). A contact whose client cannot negotiate
// gets the message in the clear only when the policy allows it (ContactUnsupported otherwise).
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

Q_SIGNALS:
    // An incoming encrypted message was stored (decrypted, or as a failure row).
    void encryptedMessageStored(qint64 historyId, const balcony::MessageE2eMark &mark);

private:
    struct PendingRecord;
    void publishOptionSet(const QString &node, const QDateTime &expires, std::function<void(const QString &)> next);
    void onSessionStarting();
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
    bool acceptPeerKey(const Jid &from, const crypto::PublicKey &key);
    void storePlaintext(const Element &original, const QList<Element> &content, const MessageE2eMark &mark);
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
    // Whether contacts' presence after our initial presence has arrived (see onSessionStarting), and the sends
    // that wait for it: online or offline is decided on presence.
    bool m_presenceSettled = true;
    QList<std::function<void()>> m_afterPresence;
};

} // namespace balcony
