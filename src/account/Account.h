#pragma once

#include "account/AccountSettings.h"
#include "storage/Database.h"
#include "stream/Connection.h"

#include <QObject>

#include <memory>

namespace balcony {

class ArchiveManager;
class ArchiveStorage;
class AvatarManager;
class CapsStore;
class Carbons;
class ChatSender;
class ClientState;
class ConnectionCache;
class DiscoManager;
class E2eKeyStore;
class EsessionManager;
class OmemoManager;
class HistoryStore;
class MessageManager;
class MucManager;
class Outbox;
class OutboxStore;
class PingManager;
class PresenceManager;
class PubSubManager;
class RegistrationManager;
class RosterManager;
class RosterStore;
class SubscriptionManager;
class SubscriptionRequestStore;
class Transport;

// The stores an Account works on, as interfaces: the profile database's SQL stores (Account::open()), or
// memory-only ones (inMemory(), for tests and for anything that must leave no trace). Declaration order is
// the reverse of destruction order: the outbox and the archive storage refer to the history.
struct AccountStores {
    std::unique_ptr<ConnectionCache> connectionCache; // may be null: no DNS/features/TLS-session cache
    std::unique_ptr<CapsStore> caps; // may be null: capabilities are not cached
    std::unique_ptr<RosterStore> roster;
    std::unique_ptr<SubscriptionRequestStore> requests;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<OutboxStore> outbox;
    std::unique_ptr<E2eKeyStore> e2eKeys;
    std::unique_ptr<ArchiveStorage> archiveStorage; // where catch-up pages go (a thread of its own for SQL)

    AccountStores();
    AccountStores(AccountStores &&) noexcept;
    AccountStores &operator=(AccountStores &&) noexcept;
    ~AccountStores();
    // Every store in memory: history, outbox, roster, requests, caps, ESession keys, archive pages stored
    // synchronously; no connection cache.
    static AccountStores inMemory();
    bool isComplete() const { return roster && requests && history && outbox && e2eKeys && archiveStorage; }
    // Destroys them in dependency order.
    void reset();
};

// One JID = one Account: it owns the profile database (<profileDir>/balcony.sqlite), every SQL store on it,
// the Connection and the protocol modules on that Connection, and wires them as the architecture prescribes:
// disco/caps (XEP-0030/0115), roster with versioning and initial presence (RFC 6121 §2, §4, in that order
// so the roster get precedes presence in the pipelined session start, XEP-0305), subscriptions (§3),
// messages through the durable outbox (XEP-0198 acks, XEP-0359 ids, XEP-0184 receipts only to contacts
// allowed to see our presence), carbons (XEP-0280), archive catch-up on every new session (XEP-0313),
// group chat (XEP-0045, room messages through the same outbox and history), keepalive (XEP-0199), client state
// (XEP-0352) and PubSub/PEP (XEP-0060/0163), and offline encrypted sessions (XEP-0187 on XEP-0116/0200, keys per
// XEP-0189): an EsessionManager over a SqlE2eKeyStore in the same profile database (its message marks refer to history
// rows), unlocked with the account password, so the ESession secrets are sealed under a key only the password opens.
// The encryption policy (global and per contact: never / when possible / always) lives in that store, where the desktop
// settings edit it too. A clean close (signOut, disconnect) retracts nothing: offline options are published for the
// time the account is away and are retracted only when the next session starts (EsessionManager).
//
// Destruction order is what makes it safe: the EsessionManager (which holds MessageManager's incoming filter
// and the other modules) first, then the modules (which hold the Connection and the stores), then the Connection (which
// holds the connection cache), then the stores, then the database.
//
// "Fully online" (online()) means: a session is bound, the roster of this session is known (served or
// failed, the cache then stays in use) and, with automatic catch-up, the archive catch-up has finished, so
// the history is complete up to now. A resumed session (XEP-0198) lost nothing and is online at once.
class Account : public QObject {
    Q_OBJECT
public:
    explicit Account(const AccountSettings &settings, QObject *parent = nullptr);
    // For tests: the Connection runs on `transport` (a scripted server).
    Account(const AccountSettings &settings, std::unique_ptr<Transport> transport, QObject *parent = nullptr);
    // On `stores` (complete, e.g. AccountStores::inMemory()) instead of the profile database: open() builds the
    // modules on them and opens no file. `transport` null: a TCP connection.
    Account(const AccountSettings &settings, AccountStores stores, std::unique_ptr<Transport> transport,
        QObject *parent = nullptr);
    ~Account() override;
    Account(const Account &) = delete;
    Account &operator=(const Account &) = delete;

    // Opens (creates, migrates) the profile database and builds the stores and modules (or only the modules,
    // on stores given to the constructor). Nothing goes to the network. Calling it again after success returns
    // the first result.
    Database::OpenResult open();
    bool isOpen() const { return m_messages != nullptr; }

    // The password, when it becomes known after construction (the system keychain answers asynchronously, or
    // the user typed it): the next connection uses it, and a locked key store is unlocked with it.
    void setPassword(const QString &password);
    // Certificates the user trusted for the account's domain (CertificateTrust): the next connection accepts them.
    void setTrustedFingerprints(const QList<QByteArray> &fingerprints);
    // Connects (open() must have succeeded); the Connection reconnects by itself if the settings say so.
    void connectToServer();
    // RFC 6121 §4.5: unavailable presence, then a clean close of the stream.
    void signOut(const QString &status = QString());
    // Fully online on the current session (see the class comment).
    bool isOnline() const { return m_online; }

    const AccountSettings &settings() const { return m_settings; }
    Jid jid() const { return m_settings.connection.jid; }

    Connection &connection() { return *m_connection; }
    // The stores and modules exist once open() succeeded (null before). database() is null on in-memory stores.
    Database *database() const { return m_database.get(); }
    HistoryStore *historyStore() const { return m_stores.history.get(); }
    OutboxStore *outboxStore() const { return m_stores.outbox.get(); }
    RosterStore *rosterStore() const { return m_stores.roster.get(); }
    SubscriptionRequestStore *subscriptionRequestStore() const { return m_stores.requests.get(); }
    DiscoManager *disco() const { return m_disco.get(); }
    RosterManager *roster() const { return m_roster.get(); }
    PresenceManager *presence() const { return m_presence.get(); }
    SubscriptionManager *subscriptions() const { return m_subscriptions.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    MessageManager *messages() const { return m_messages.get(); }
    Carbons *carbons() const { return m_carbons.get(); }
    ArchiveManager *archive() const { return m_archive.get(); }
    // XEP-0045 group chat: rooms entered again after a session that was not resumed.
    MucManager *muc() const { return m_muc.get(); }
    PingManager *ping() const { return m_ping.get(); }
    ClientState *clientState() const { return m_clientState.get(); }
    PubSubManager *pubSub() const { return m_pubSub.get(); }
    // XEP-0077 on the signed-in stream: change the password on the server, cancel the registration.
    RegistrationManager *registration() const { return m_registration.get(); }
    // Locked when the settings carry no password (then encrypted sending fails and nothing is decrypted).
    E2eKeyStore *e2eKeyStore() const { return m_stores.e2eKeys.get(); }
    EsessionManager *esessions() const { return m_esessions.get(); }
    OmemoManager *omemo() const { return m_omemo.get(); }
    // Sends chat messages the way the user's encryption policy says (what the desktop and balcony-cli share).
    ChatSender *chatSender() const { return m_chatSender.get(); }
    // XEP-0084 avatars (XEP-0153 as the fallback), cached by hash in the profile database.
    AvatarManager *avatars() const { return m_avatars.get(); }

Q_SIGNALS:
    // The account is fully online (see the class comment); `resumed` for a XEP-0198 resumption.
    void online(bool resumed);
    // The stream is gone (a reconnect may follow, see ConnectionError::willRetry).
    void offline();
    void errorOccurred(const balcony::ConnectionError &error);
    // The archive catch-up of this session stored `stored` messages (or failed with `error`).
    void catchUpFinished(bool ok, int stored, const QString &error);

private:
    // What open() does once the stores exist, whichever they are: keys unlocked, Connection settings, modules.
    void buildOnStores();
    void buildModules();
    void unlockKeys();
    void onSessionStarting();
    void onConnected();
    void onDisconnected();
    void checkOnline();

    AccountSettings m_settings;
    // Declaration order = reverse destruction order (see the class comment).
    std::unique_ptr<Database> m_database;
    AccountStores m_stores;
    bool m_ownStores = false; // stores given to the constructor: no profile database
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<DiscoManager> m_disco;
    std::unique_ptr<RosterManager> m_roster;
    std::unique_ptr<PresenceManager> m_presence;
    std::unique_ptr<SubscriptionManager> m_subscriptions;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<MessageManager> m_messages;
    std::unique_ptr<Carbons> m_carbons;
    std::unique_ptr<ArchiveManager> m_archive;
    std::unique_ptr<MucManager> m_muc;
    std::unique_ptr<PingManager> m_ping;
    std::unique_ptr<ClientState> m_clientState;
    std::unique_ptr<PubSubManager> m_pubSub;
    std::unique_ptr<RegistrationManager> m_registration;
    std::unique_ptr<EsessionManager> m_esessions;
    std::unique_ptr<OmemoManager> m_omemo;
    std::unique_ptr<ChatSender> m_chatSender;
    std::unique_ptr<AvatarManager> m_avatars;

    bool m_newSession = false; // the current session started fresh (not resumed)
    bool m_rosterKnown = false;
    bool m_catchUpDone = false;
    bool m_online = false;
};

} // namespace balcony
