#include "Account.h"

#include "ChatSender.h"
#include "RegistrationManager.h"
#include "avatar/AvatarManager.h"
#include "disco/DiscoManager.h"
#include "esession/EsessionManager.h"
#include "im/ArchiveManager.h"
#include "im/Carbons.h"
#include "im/ClientState.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "im/PingManager.h"
#include "im/PresenceManager.h"
#include "im/RosterManager.h"
#include "im/SubscriptionManager.h"
#include "muc/MucManager.h"
#include "omemo/OmemoManager.h"
#include "pubsub/PubSubManager.h"
#include "storage/MemoryAvatarStore.h"
#include "storage/MemoryCapsStore.h"
#include "storage/MemoryE2eKeyStore.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"
#include "storage/MemoryRosterStore.h"
#include "storage/MemorySubscriptionRequestStore.h"
#include "storage/SqlAvatarStore.h"
#include "storage/SqlCapsStore.h"
#include "storage/SqlConnectionCache.h"
#include "storage/SqlE2eKeyStore.h"
#include "storage/SqlHistoryStore.h"
#include "storage/SqlOutboxStore.h"
#include "storage/SqlRosterStore.h"
#include "storage/SqlSubscriptionRequestStore.h"
#include "storage/SynchronousArchiveStorage.h"
#include "storage/ThreadedArchiveStorage.h"
#include "stream/Transport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace balcony {

AccountStores::AccountStores() = default;
AccountStores::AccountStores(AccountStores &&) noexcept = default;
AccountStores &AccountStores::operator=(AccountStores &&other) noexcept
{
    if (this != &other) {
        reset();
        connectionCache = std::move(other.connectionCache);
        caps = std::move(other.caps);
        roster = std::move(other.roster);
        requests = std::move(other.requests);
        history = std::move(other.history);
        outbox = std::move(other.outbox);
        e2eKeys = std::move(other.e2eKeys);
        archiveStorage = std::move(other.archiveStorage);
    }
    return *this;
}

AccountStores::~AccountStores()
{
    reset();
}

void AccountStores::reset()
{
    // The archive storage finishes the pages handed to it, then the stores that refer to the history go.
    archiveStorage.reset();
    e2eKeys.reset();
    outbox.reset();
    history.reset();
    requests.reset();
    roster.reset();
    caps.reset();
    connectionCache.reset();
}

AccountStores AccountStores::inMemory()
{
    AccountStores stores;
    auto history = std::make_unique<MemoryHistoryStore>();
    stores.outbox = std::make_unique<MemoryOutboxStore>(*history);
    stores.archiveStorage = std::make_unique<SynchronousArchiveStorage>(*history);
    stores.history = std::move(history);
    stores.caps = std::make_unique<MemoryCapsStore>();
    stores.roster = std::make_unique<MemoryRosterStore>();
    stores.requests = std::make_unique<MemorySubscriptionRequestStore>();
    stores.e2eKeys = std::make_unique<MemoryE2eKeyStore>();
    return stores;
}

Account::Account(const AccountSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_connection(std::make_unique<Connection>())
{
}

Account::Account(const AccountSettings &settings, std::unique_ptr<Transport> transport, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_connection(std::make_unique<Connection>(std::move(transport)))
{
}

Account::Account(
    const AccountSettings &settings, AccountStores stores, std::unique_ptr<Transport> transport, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_stores(std::move(stores))
    , m_ownStores(true)
    , m_connection(transport ? std::make_unique<Connection>(std::move(transport)) : std::make_unique<Connection>())
{
}

Account::~Account()
{
    // Explicit, whatever the member order: the sender and the EsessionManager (it removes its filter from
    // MessageManager and uses PubSub, presence and the outbox), modules, then the Connection (which holds the
    // connection cache), then the stores (the archive storage first: it finishes the catch-up pages handed to
    // it and stops its thread), then the database.
    m_avatars.reset();
    m_chatSender.reset();
    m_omemo.reset();
    m_esessions.reset();
    m_registration.reset();
    m_pubSub.reset();
    m_clientState.reset();
    m_ping.reset();
    m_muc.reset();
    m_archive.reset();
    m_carbons.reset();
    m_messages.reset();
    m_outbox.reset();
    m_subscriptions.reset();
    m_presence.reset();
    m_roster.reset();
    m_disco.reset();
    m_connection.reset();
    m_stores.reset();
    m_database.reset();
}

Database::OpenResult Account::open()
{
    if (m_ownStores) {
        Database::OpenResult result;
        result.status = Database::Status::Opened;
        result.version = Database::latestVersion();
        result.previousVersion = result.version;
        if (!m_messages) {
            if (!m_stores.isComplete()) {
                result.status = Database::Status::NotOpen;
                result.message = QCoreApplication::translate("balcony", "The account's stores are incomplete.");
                return result;
            }
            buildOnStores();
        }
        return result;
    }
    if (isOpen()) {
        return m_database->lastOpenResult();
    }
    m_database = std::make_unique<Database>(m_settings.profileDir);
    const Database::OpenResult result = m_database->open();
    if (!result.isOpen()) {
        m_database.reset();
        return result;
    }
    m_stores.connectionCache = std::make_unique<SqlConnectionCache>(*m_database);
    m_stores.caps = std::make_unique<SqlCapsStore>(*m_database);
    m_stores.roster = std::make_unique<SqlRosterStore>(*m_database);
    m_stores.requests = std::make_unique<SqlSubscriptionRequestStore>(*m_database);
    auto history = std::make_unique<SqlHistoryStore>(*m_database);
    m_stores.outbox = std::make_unique<SqlOutboxStore>(*history);
    m_stores.history = std::move(history);
    m_stores.e2eKeys = std::make_unique<SqlE2eKeyStore>(*m_database, m_settings.e2eScrypt);
    // Catch-up pages are stored on a thread of its own (its own connection to the profile database, opened
    // after the migrations above), overlapped with receiving and parsing the next page.
    m_stores.archiveStorage = std::make_unique<ThreadedArchiveStorage>(m_settings.profileDir);
    buildOnStores();
    return result;
}

void Account::buildOnStores()
{
    unlockKeys();
    // The stores' connection cache is the Connection's (XEP-0305 caches), whatever the caller set.
    ConnectionSettings connection = m_settings.connection;
    connection.cache = m_stores.connectionCache.get();
    m_connection->setSettings(connection);
    buildModules();
}

void Account::unlockKeys()
{
    // The ESession secrets are sealed under the account password (E2eKeyStore). Without a password (or with
    // a different one than the store was first unlocked with) the store stays locked: policies, public keys
    // and marks still work, secrets do not, and EsessionManager reports that as "locked".
    // The derivation (scrypt, 32 MiB) runs on a worker thread, in parallel with the connect (issue 12): the
    // store waits for it only where the secrets are needed.
    if (!m_settings.connection.password.isEmpty()) {
        m_stores.e2eKeys->beginUnlock(m_settings.connection.password.toUtf8());
    }
}

void Account::buildModules()
{
    m_disco = std::make_unique<DiscoManager>(*m_connection, m_stores.caps.get());
    // The order of the modules' first stanzas in a session start is each module's SessionStep (the roster get
    // before the initial presence, RFC 6121 §2.2 before §4.2), not the order they are built in here.
    m_roster = std::make_unique<RosterManager>(*m_connection, *m_stores.roster);
    m_presence = std::make_unique<PresenceManager>(*m_connection, m_disco.get());
    // Issue 11: what a JID outside the roster can make us keep or ask is bounded more tightly.
    m_presence->setContactPolicy(PresenceManager::rosterContactPolicy(*m_roster));
    m_disco->setContactPolicy(PresenceManager::rosterContactPolicy(*m_roster));
    m_presence->setPresence(m_settings.show, m_settings.status, m_settings.priority);
    m_subscriptions = std::make_unique<SubscriptionManager>(*m_connection, *m_roster, *m_stores.requests);
    m_outbox = std::make_unique<Outbox>(*m_connection, *m_stores.outbox);
    m_messages = std::make_unique<MessageManager>(*m_connection, *m_stores.history, *m_outbox, m_disco.get());
    m_messages->setReceiptPolicy(MessageManager::rosterReceiptPolicy(*m_roster));
    m_carbons = std::make_unique<Carbons>(*m_connection, m_disco.get());
    m_archive = std::make_unique<ArchiveManager>(*m_connection, *m_stores.history);
    m_archive->setStorage(m_stores.archiveStorage.get());
    m_archive->setAutomaticCatchUp(m_settings.automaticCatchUp);
    m_archive->setPageSize(m_settings.archivePageSize);
    // After PresenceManager: its session step (entering the rooms again) follows the initial presence.
    m_muc = std::make_unique<MucManager>(*m_connection, *m_stores.history, *m_outbox, m_disco.get());
    // XEP-0045 §7.7: our presence in the rooms follows the account's (show, status, caps, idle).
    m_muc->setPresenceSource(
        [presence = m_presence.get()](const Jid &to) { return presence->ownPresence(to).toElement(); });
    connect(m_presence.get(), &PresenceManager::ownPresenceChanged, m_muc.get(), [this] {
        if (!m_presence->isSigningOut()) {
            m_muc->broadcastPresence();
        }
    });
    m_ping = std::make_unique<PingManager>(*m_connection, m_disco.get());
    m_ping->setIdleInterval(m_settings.keepaliveIdleMs);
    m_clientState = std::make_unique<ClientState>(*m_connection);
    m_pubSub = std::make_unique<PubSubManager>(*m_connection, m_disco.get());
    // XEP-0402: the rooms bookmarked with autojoin are entered after the initial presence.
    m_muc->enableBookmarks(*m_pubSub, m_disco.get());
    m_registration = std::make_unique<RegistrationManager>(*m_connection);
    // Installs itself as MessageManager's incoming filter (it takes <message/>s with <init/> or <c/>).
    m_esessions = std::make_unique<EsessionManager>(
        *m_connection, *m_pubSub, *m_messages, *m_presence, *m_outbox, *m_stores.e2eKeys, m_disco.get());
    // Which contacts' presence its presence barrier waits for at the start of a session.
    m_esessions->setRoster(m_roster.get());
    // OMEMO (XEP-0384): a second incoming filter, for <message/>s with <encrypted/> of either format.
    m_omemo = std::make_unique<OmemoManager>(
        *m_connection, *m_pubSub, *m_messages, *m_outbox, *m_stores.e2eKeys, m_disco.get());
    m_chatSender = std::make_unique<ChatSender>(*m_messages, m_esessions.get(), m_stores.e2eKeys.get());
    m_chatSender->setOmemo(m_omemo.get());
    m_omemo->setMuc(m_muc.get()); // OMEMO in members-only non-anonymous rooms
    m_archive->setDecryptor(
        [omemo = m_omemo.get()](const Element &message) { return omemo->decryptArchived(message); });
    // Avatars are cached in the profile database (in memory on memory stores: nothing left behind).
    std::unique_ptr<AvatarStore> avatarStore;
    if (m_database) {
        avatarStore = std::make_unique<SqlAvatarStore>(*m_database);
    } else {
        avatarStore = std::make_unique<MemoryAvatarStore>();
    }
    m_avatars = std::make_unique<AvatarManager>(*m_connection, *m_pubSub, *m_presence, std::move(avatarStore));
    if (m_database) {
        m_avatars->setImageDirectory(QFileInfo(m_database->filePath()).dir().filePath(QStringLiteral("avatars")));
    }

    connect(m_connection.get(), &Connection::sessionStarting, this, &Account::onSessionStarting);
    connect(m_connection.get(), &Connection::connected, this, &Account::onConnected);
    connect(m_connection.get(), &Connection::disconnected, this, &Account::onDisconnected);
    connect(m_connection.get(), &Connection::errorOccurred, this, &Account::errorOccurred);
    connect(m_roster.get(), &RosterManager::rosterReceived, this, [this] {
        m_rosterKnown = true;
        checkOnline();
    });
    // A refused roster get leaves the cached roster in use: not a reason to stay "not online".
    connect(m_roster.get(), &RosterManager::rosterFailed, this, [this] {
        m_rosterKnown = true;
        checkOnline();
    });
    connect(m_archive.get(), &ArchiveManager::catchUpFinished, this, [this](bool ok, int stored, const QString &error) {
        Q_EMIT catchUpFinished(ok, stored, error);
        m_catchUpDone = true;
        checkOnline();
    });
}

void Account::setPassword(const QString &password)
{
    const bool changed = password != m_settings.connection.password;
    m_settings.connection.password = password;
    if (!isOpen()) {
        return;
    }
    ConnectionSettings connection = m_connection->settings();
    connection.password = password;
    m_connection->setSettings(connection);
    if (!changed && m_stores.e2eKeys->isUnlocking()) {
        return; // the derivation under way uses this password; asking isUnlocked() now would wait for it
    }
    if (!m_stores.e2eKeys->isUnlocked()) {
        unlockKeys();
    }
}

void Account::setTrustedFingerprints(const QList<QByteArray> &fingerprints)
{
    m_settings.connection.trustedFingerprints = fingerprints;
    ConnectionSettings connection = m_connection->settings();
    connection.trustedFingerprints = fingerprints;
    m_connection->setSettings(connection);
}

void Account::connectToServer()
{
    if (!isOpen()) {
        return;
    }
    m_connection->connectToServer();
}

void Account::signOut(const QString &status)
{
    if (m_esessions && m_connection->state() == ConnectionState::Connected) {
        m_esessions->terminateOnlineSessions(); // XEP-0116: before going offline
    }
    if (m_presence) {
        m_presence->signOut(status);
    } else {
        m_connection->disconnectFromServer();
    }
}

void Account::onSessionStarting()
{
    m_newSession = true;
    m_online = false;
    m_rosterKnown = false;
    m_catchUpDone = !m_settings.automaticCatchUp;
}

void Account::onConnected()
{
    if (!m_newSession) {
        // XEP-0198 resumption: roster, presence and history are as they were.
        m_online = true;
        Q_EMIT online(true);
        return;
    }
    checkOnline();
}

void Account::onDisconnected()
{
    m_newSession = false;
    m_online = false;
    Q_EMIT offline();
}

void Account::checkOnline()
{
    if (m_online || !m_newSession || !m_rosterKnown || !m_catchUpDone
        || m_connection->state() != ConnectionState::Connected) {
        return;
    }
    m_online = true;
    Q_EMIT online(false);
}

} // namespace balcony
