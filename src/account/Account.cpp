#include "Account.h"

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
#include "pubsub/PubSubManager.h"
#include "storage/SqlCapsStore.h"
#include "storage/SqlConnectionCache.h"
#include "storage/SqlE2eKeyStore.h"
#include "storage/SqlHistoryStore.h"
#include "storage/SqlOutboxStore.h"
#include "storage/SqlRosterStore.h"
#include "storage/SqlSubscriptionRequestStore.h"
#include "storage/ThreadedArchiveStorage.h"
#include "stream/Transport.h"

namespace balcony {

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

Account::~Account()
{
    // Explicit, whatever the member order: the EsessionManager (it removes its filter from MessageManager and
    // uses PubSub, presence and the outbox), modules, then the Connection, then stores, then the database.
    m_esessions.reset();
    m_pubSub.reset();
    m_clientState.reset();
    m_ping.reset();
    m_archive.reset();
    // Finishes the catch-up pages already handed to it, then stops its thread.
    m_archiveStorage.reset();
    m_carbons.reset();
    m_messages.reset();
    m_outbox.reset();
    m_subscriptions.reset();
    m_presence.reset();
    m_roster.reset();
    m_disco.reset();
    m_connection.reset();
    m_e2eKeyStore.reset();
    m_outboxStore.reset();
    m_historyStore.reset();
    m_requestStore.reset();
    m_rosterStore.reset();
    m_capsStore.reset();
    m_connectionCache.reset();
    m_database.reset();
}

Database::OpenResult Account::open()
{
    if (isOpen()) {
        return m_database->lastOpenResult();
    }
    m_database = std::make_unique<Database>(m_settings.profileDir);
    const Database::OpenResult result = m_database->open();
    if (!result.isOpen()) {
        m_database.reset();
        return result;
    }
    m_connectionCache = std::make_unique<SqlConnectionCache>(*m_database);
    m_capsStore = std::make_unique<SqlCapsStore>(*m_database);
    m_rosterStore = std::make_unique<SqlRosterStore>(*m_database);
    m_requestStore = std::make_unique<SqlSubscriptionRequestStore>(*m_database);
    m_historyStore = std::make_unique<SqlHistoryStore>(*m_database);
    m_outboxStore = std::make_unique<SqlOutboxStore>(*m_historyStore);
    m_e2eKeyStore = std::make_unique<SqlE2eKeyStore>(*m_database, m_settings.e2eScrypt);
    // The ESession secrets are sealed under the account password (E2eKeyStore). Without a password (or with
    // a different one than the store was first unlocked with) the store stays locked: policies, public keys
    // and marks still work, secrets do not, and EsessionManager reports that as "locked".
    if (!m_settings.connection.password.isEmpty()) {
        m_e2eKeyStore->unlock(m_settings.connection.password.toUtf8());
    }

    ConnectionSettings connection = m_settings.connection;
    connection.cache = m_connectionCache.get();
    m_connection->setSettings(connection);
    buildModules();
    return result;
}

void Account::buildModules()
{
    m_disco = std::make_unique<DiscoManager>(*m_connection, m_capsStore.get());
    // Before presence: each module's sessionStarting slot runs in creation order, and the roster get must
    // precede the initial presence in the pipelined session start (RFC 6121 §2.2 before §4.2).
    m_roster = std::make_unique<RosterManager>(*m_connection, *m_rosterStore);
    m_presence = std::make_unique<PresenceManager>(*m_connection, m_disco.get());
    // Issue 11: what a JID outside the roster can make us keep or ask is bounded more tightly.
    m_presence->setContactPolicy(PresenceManager::rosterContactPolicy(*m_roster));
    m_disco->setContactPolicy(PresenceManager::rosterContactPolicy(*m_roster));
    m_presence->setPresence(m_settings.show, m_settings.status, m_settings.priority);
    m_subscriptions = std::make_unique<SubscriptionManager>(*m_connection, *m_roster, *m_requestStore);
    m_outbox = std::make_unique<Outbox>(*m_connection, *m_outboxStore);
    m_messages = std::make_unique<MessageManager>(*m_connection, *m_historyStore, *m_outbox, m_disco.get());
    m_messages->setReceiptPolicy(MessageManager::rosterReceiptPolicy(*m_roster));
    m_carbons = std::make_unique<Carbons>(*m_connection, m_disco.get());
    m_archive = std::make_unique<ArchiveManager>(*m_connection, *m_historyStore);
    // Catch-up pages are stored on a thread of its own (its own connection to the profile database, opened
    // after the migrations above), overlapped with receiving and parsing the next page.
    m_archiveStorage = std::make_unique<ThreadedArchiveStorage>(m_settings.profileDir);
    m_archive->setStorage(m_archiveStorage.get());
    m_archive->setAutomaticCatchUp(m_settings.automaticCatchUp);
    m_archive->setPageSize(m_settings.archivePageSize);
    m_ping = std::make_unique<PingManager>(*m_connection, m_disco.get());
    m_ping->setIdleInterval(m_settings.keepaliveIdleMs);
    m_clientState = std::make_unique<ClientState>(*m_connection);
    m_pubSub = std::make_unique<PubSubManager>(*m_connection, m_disco.get());
    // Installs itself as MessageManager's incoming filter (it takes <message/>s with <init/> or <c/>).
    m_esessions = std::make_unique<EsessionManager>(
        *m_connection, *m_pubSub, *m_messages, *m_presence, *m_outbox, *m_e2eKeyStore, m_disco.get());
    // Which contacts' presence its presence barrier waits for at the start of a session.
    m_esessions->setRoster(m_roster.get());

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
