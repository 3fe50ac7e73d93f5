#pragma once

#include "core/Element.h"
#include "core/Jid.h"
#include "esession/EsessionError.h"
#include "storage/E2eKeyStore.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace balcony {

class Connection;
class DiscoManager;
class EsessionChannel;
class PresenceManager;
class PublicKeyManager;

namespace crypto {
class PrivateKey;
class PublicKey;
} // namespace crypto

// Online encrypted sessions of one account with contacts' available resources: XEP-0116 v0.16 negotiation in
// its 3-message form (OnlineInitiator / OnlineResponder, carried in XEP-0155 <feature/> messages), then XEP-0200
// stanza encryption with re-keys (EsessionChannel) and XEP-0116 §Termination. The crypto is esession/'s; this class
// owns the negotiations and the established channels, which live in memory only (perfect forward secrecy:
// nothing of an online session is ever stored, so a restart ends them all).
//
// Initiating (Alice): openSession() negotiates with the contact's best resource unless a channel is already
// established with one of its resources; every caller waiting for the same contact is answered in order when
// the negotiation ends. A resource whose disco#info (XEP-0115 caps) is known and lacks the XEP-0116 feature is
// not asked; one that does not answer within the timeout, answers with an error, or fails verification ends the
// attempt with the reason. Responding (Bob): a request is answered only from a resource whose presence this
// account sees (a contact with a subscription; strangers get no answer, XEP-0116 §ESession Rejection: "no
// response", which also keeps unsolicited signing work away) and whose policy is not "never" (those get the
// XEP-0155 not-acceptable rejection, so the initiator does not wait for a timeout).
//
// A session ends (keys wiped) on a termination from the peer, on a message that fails to decrypt (XEP-0200
// §Decrypting: MUST terminate; the peer is told with an encrypted termination), when the peer's resource becomes
// unavailable, when a new stream session replaces a lost one, and on terminateAll() (sign-out).
class OnlineSessions : public QObject {
    Q_OBJECT
public:
    // Where incoming messages go: decrypted (`content` replaces <c/>, `e2e` Decrypted) or failed (`content`
    // empty, `e2e` Rejected with the reason in its detail: the user must see that a message could not be read).
    using MessageSink
        = std::function<void(const Element &original, const QList<Element> &content, const MessageE2e &e2e)>;
    // The channel to encrypt with and the full JID it is bound to; nullptr with the reason when there is none.
    struct Opened {
        EsessionChannel *channel = nullptr;
        Jid peer;
        EsessionError error = EsessionError::None;
        QString message; // translated reason when channel is null
        bool unsupported = false; // the contact's client does not do online ESessions (or is not online)
    };
    using OpenCallback = std::function<void(const Opened &opened)>;

    // The own key and trust on first use are `keys`'; whether the store is unlocked and the contact's policy are
    // `store`'s.
    OnlineSessions(Connection &connection, PresenceManager &presence, DiscoManager *disco, PublicKeyManager &keys,
        E2eKeyStore &store, MessageSink sink, QObject *parent = nullptr);
    ~OnlineSessions() override;

    // The XEP-0116 disco feature (advertised by the account when online sessions are enabled).
    static QString feature();

    // True if `contact` has an available resource (an online session is the way to reach it).
    bool contactOnline(const Jid &contact) const;
    // The established channel with one of the contact's resources, or negotiates one with its best resource.
    // The callback may run synchronously (established channel, or nothing to negotiate with).
    void openSession(const Jid &contact, OpenCallback callback);

    // Encrypts one message content in `channel` (re-keying when the channel asks for it) and wraps it for the
    // wire: <message to=peer type='chat'><thread/><c/> + XEP-0334/XEP-0280 hints.
    std::optional<Element> encryptedStanza(const Opened &opened, const QList<Element> &content, QString *error);

    // The MessageManager filter's online half: negotiation messages, <c/> of online threads, and errors about
    // our own negotiation requests. False for anything else (offline sessions, plain messages).
    bool handleIncoming(const Element &message);

    // Ends every established session with an encrypted termination (sign-out) and abandons negotiations.
    void terminateAll();
    int establishedCount() const;

    // Negotiation timeout (default 15 s); for tests.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

Q_SIGNALS:
    void sessionEstablished(const balcony::Jid &peer, const QString &thread);
    void sessionEnded(const balcony::Jid &peer, const QString &thread, const QString &reason);

private:
    struct Session;
    Session *findEstablished(const Jid &contact);
    Session *findThread(const QString &thread, const Jid &from);
    void startNegotiation(const Jid &peer, OpenCallback callback);
    void failNegotiation(const QString &thread, EsessionError error, const QString &message, bool unsupported);
    void establish(Session &session);
    void handleRequest(const Jid &from, const Element &message);
    void handleResponse(Session &session, const Element &message);
    void handleResult(Session &session, const Element &message);
    void handleEncrypted(Session &session, const Element &message, const Element &c);
    void endSession(const QString &thread, const QString &reason, bool notifyPeer);
    void onPresenceChanged(const Jid &contact);
    void dropAll(const QString &reason);

    Connection &m_connection;
    PresenceManager &m_presence;
    DiscoManager *m_disco;
    PublicKeyManager &m_keys;
    E2eKeyStore &m_store;
    MessageSink m_sink;
    int m_timeoutMs = 15000;
    std::map<QString, std::unique_ptr<Session>> m_sessions; // by thread
};

} // namespace balcony
