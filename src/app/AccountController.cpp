#include "AccountController.h"

#include "account/RegistrationManager.h"
#include "disco/DiscoManager.h"
#include "esession/EsessionManager.h"
#include "eventing/EventingManager.h"
#include "files/HttpUploadManager.h"
#include "im/ArchiveManager.h"
#include "im/MessageManager.h"
#include "im/PresenceManager.h"
#include "im/RosterManager.h"
#include "im/SubscriptionManager.h"
#include "models/ArchivePaging.h"
#include "models/ConversationListModel.h"
#include "models/MessageModel.h"
#include "models/MessageModuleWiring.h"
#include "models/RoomOccupantsModel.h"
#include "models/RosterModel.h"
#include "muc/BookmarkManager.h"
#include "muc/MucManager.h"
#include "muc/RoomDirectory.h"
#include "omemo/OmemoManager.h"
#include "pubsub/PubSubManager.h"
#include "storage/E2eKeyStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace balcony::app {

namespace {
Q_LOGGING_CATEGORY(lcAccountController, "balcony.app.account")
} // namespace

AccountController::AccountController(std::unique_ptr<Account> account, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
{
    connect(m_account.get(), &Account::online, this, &AccountController::online);
    connect(m_account.get(), &Account::offline, this, &AccountController::offline);
    connect(m_account.get(), &Account::errorOccurred, this, &AccountController::errorOccurred);
}

AccountController::~AccountController()
{
    // The models follow the modules: they go before the Account; so does the eventing mode, which uses its modules.
    m_eventing.reset();
    qDeleteAll(std::exchange(m_chats, {}));
    qDeleteAll(std::exchange(m_occupants, {}));
    m_files.reset();
    m_roomDirectory.reset();
    m_conversations.reset();
    m_roster.reset();
    m_account.reset();
}

bool AccountController::isOpen() const
{
    return m_account->isOpen() && m_roster;
}

bool AccountController::open(QString *error)
{
    if (isOpen()) {
        return true;
    }
    const Database::OpenResult opened = m_account->open();
    if (!opened.isOpen()) {
        if (error) {
            *error = opened.message.isEmpty()
                ? QCoreApplication::translate("balcony", "The profile of %1 cannot be opened.").arg(jid().bareString())
                : opened.message;
        }
        return false;
    }
    if (error && opened.status == Database::Status::Recovered) {
        // Open, but the user should know: the damaged file was moved aside.
        *error = opened.message;
    }
    wireModels();
    return true;
}

void AccountController::wireModels()
{
    // From the caches (roster store, history) before any network traffic.
    m_roster = std::make_unique<RosterModel>();
    m_roster->setRosterManager(m_account->roster());
    m_roster->setPresenceManager(m_account->presence());
    m_conversations = std::make_unique<ConversationListModel>(*m_account->historyStore());
    m_conversations->setRosterManager(m_account->roster());
    m_roster->setAvatarManager(m_account->avatars());
    m_conversations->setAvatarManager(m_account->avatars());
    m_conversations->followMessageModules(m_account->messages(), m_account->archive(), m_account->muc());
    // Unread counts per contact in the roster come from the conversations.
    followUnreadCounts(m_roster.get(), m_conversations.get());
    connect(m_account->subscriptions(), &SubscriptionManager::subscriptionRequested, this,
        &AccountController::subscriptionRequested);
    connect(m_account->subscriptions(), &SubscriptionManager::requestResolved, this,
        &AccountController::subscriptionResolved);
    // The privacy settings given before open() take effect now.
    setSendReceipts(m_sendReceipts);
    setSendChatStates(m_sendChatStates);
    setOmemoManualTrust(m_omemoManualTrust);
}

void AccountController::setSendReceipts(bool send)
{
    m_sendReceipts = send;
    if (MessageManager *messages = m_account->messages()) {
        // No policy = no receipt and no marker to anyone (MessageManager::setReceiptPolicy).
        messages->setReceiptPolicy(
            send ? MessageManager::rosterReceiptPolicy(*m_account->roster()) : std::function<bool(const Jid &)>());
    }
}

void AccountController::setSendChatStates(bool send)
{
    m_sendChatStates = send;
    if (MessageManager *messages = m_account->messages()) {
        messages->setSendChatStates(send);
    }
}

void AccountController::setOfflineOptions(bool publish, int validityHours)
{
    m_publishOfflineOptions = publish && validityHours > 0;
    m_offlineOptionsHours = validityHours;
}

MessageModel *AccountController::openChat(const Jid &contact)
{
    if (!isOpen() || contact.isNull()) {
        return nullptr;
    }
    const Jid bare = contact.bare();
    if (MessageModel *existing = m_chats.value(bare)) {
        return existing;
    }
    auto *model = new MessageModel(*m_account->historyStore(), bare, 50, this);
    model->followMessageModules(m_account->messages(), m_account->archive(), m_account->muc());
    if (!isRoom(bare)) {
        // The account's archive (XEP-0313) holds one-to-one chats; a room's history is the room's (MucManager).
        model->setArchiveFetcher(makeArchiveFetcher(*m_account->archive(), *m_account->historyStore()));
    }
    m_chats.insert(bare, model);
    return model;
}

void AccountController::closeChat(const Jid &contact)
{
    delete m_chats.take(contact.bare());
    delete m_occupants.take(contact.bare());
}

bool AccountController::isRoom(const Jid &conversation) const
{
    if (!isOpen() || conversation.isNull()) {
        return false;
    }
    const Jid bare = conversation.bare();
    if (m_account->muc() && m_account->muc()->room(bare)) {
        return true;
    }
    const int row = m_conversations->rowOf(bare);
    return row >= 0 && m_conversations->data(m_conversations->index(row), ConversationListModel::IsRoomRole).toBool();
}

bool AccountController::joinRoom(const Jid &room, const QString &nick, const QString &password, QString *error)
{
    MucManager *muc = isOpen() ? m_account->muc() : nullptr;
    if (!muc) {
        if (error) {
            *error = QCoreApplication::translate("balcony", "The account is not open.");
        }
        return false;
    }
    MucJoinOptions options;
    options.nick = nick.trimmed();
    options.password = password;
    options.retryNickOnConflict = true;
    if (!muc->join(room.bare(), options)) {
        if (error) {
            *error = muc->lastError();
        }
        return false;
    }
    return true;
}

bool AccountController::leaveRoom(const Jid &room)
{
    MucManager *muc = isOpen() ? m_account->muc() : nullptr;
    return muc && muc->leave(room.bare());
}

const MucRoom *AccountController::room(const Jid &room) const
{
    const MucManager *muc = isOpen() ? m_account->muc() : nullptr;
    return muc ? muc->room(room.bare()) : nullptr;
}

qint64 AccountController::sendRoomMessage(const Jid &room, const QString &body, QString *error)
{
    MucManager *muc = isOpen() ? m_account->muc() : nullptr;
    const qint64 id = muc ? muc->sendMessage(room.bare(), body) : 0;
    if (id == 0 && error) {
        *error = muc && !muc->lastError().isEmpty()
            ? muc->lastError()
            : QCoreApplication::translate("balcony", "You are not in this room.");
    }
    return id;
}

bool AccountController::roomEncrypted(const Jid &room) const
{
    return isOpen() && m_account->e2eKeyStore()->ownPolicy(room.bare()) == E2ePolicy::Always;
}

bool AccountController::setRoomEncrypted(const Jid &room, bool encrypted)
{
    return isOpen()
        && m_account->e2eKeyStore()->setPolicy(
            room.bare(), encrypted ? std::optional<E2ePolicy>(E2ePolicy::Always) : std::nullopt);
}

void AccountController::checkRoomEncryption(
    const Jid &room, std::function<void(bool possible, const QString &reason, const QList<Jid> &members)> done)
{
    OmemoManager *omemo = isOpen() ? m_account->omemo() : nullptr;
    if (!omemo) {
        QTimer::singleShot(
            0, this, [done] { done(false, QCoreApplication::translate("balcony", "The account is not open."), {}); });
        return;
    }
    omemo->checkRoom(room.bare(),
        [done](const OmemoManager::RoomCheck &check) { done(check.qualifies, check.reason, check.members); });
}

void AccountController::sendEncryptedRoomMessage(
    const Jid &room, const QString &body, std::function<void(qint64 historyId, const QString &error)> done)
{
    OmemoManager *omemo = isOpen() ? m_account->omemo() : nullptr;
    if (!omemo || body.isEmpty()) {
        QTimer::singleShot(
            0, this, [done] { done(0, QCoreApplication::translate("balcony", "The message could not be sent.")); });
        return;
    }
    omemo->sendToRoom(
        room.bare(), body, [done](const OmemoManager::SendResult &result) { done(result.historyId, result.error); });
}

qint64 AccountController::sendPrivateMessage(const Jid &room, const QString &nick, const QString &body, QString *error)
{
    MucManager *muc = isOpen() ? m_account->muc() : nullptr;
    const MucRoom *current = muc ? muc->room(room.bare()) : nullptr;
    if (current && current->state == MucRoomState::Joined && !current->occupants.contains(nick)) {
        if (error) {
            *error
                = QCoreApplication::translate("balcony", "%1 is not in the room any more.").arg(mucDisplayText(nick));
        }
        return 0;
    }
    const qint64 id = muc ? muc->sendPrivateMessage(room.bare(), nick, body) : 0;
    if (id == 0 && error) {
        *error = muc && !muc->lastError().isEmpty()
            ? muc->lastError()
            : QCoreApplication::translate("balcony", "You are not in this room.");
    }
    return id;
}

QString AccountController::suggestedNick(const Jid &room) const
{
    if (const MucRoom *current = this->room(room); current && !current->nick.isEmpty()) {
        return current->nick;
    }
    if (const BookmarkManager *bookmarks = isOpen() ? m_account->muc()->bookmarks() : nullptr) {
        if (const std::optional<Bookmark> bookmark = bookmarks->bookmark(room.bare());
            bookmark && !bookmark->nick.trimmed().isEmpty()) {
            return bookmark->nick.trimmed();
        }
    }
    if (isOpen()) {
        // Our newest message in the room says which nick we used there.
        HistoryCursor before;
        for (int page = 0; page < 4; ++page) {
            const QList<StoredMessage> messages = m_account->historyStore()->page(room.bare(), 50, before);
            for (const StoredMessage &message : messages) { // newest first
                if (message.direction == MessageDirection::Outgoing && message.type == Message::Type::GroupChat
                    && !message.from.resource().isEmpty()) {
                    return message.from.resource();
                }
            }
            if (messages.size() < 50) {
                break;
            }
            before = messages.constLast().cursor();
        }
    }
    return jid().local().isEmpty() ? jid().domain() : jid().local();
}

RoomOccupantsModel *AccountController::roomOccupants(const Jid &room)
{
    if (!isOpen() || !m_account->muc() || room.isNull()) {
        return nullptr;
    }
    const Jid bare = room.bare();
    if (RoomOccupantsModel *existing = m_occupants.value(bare)) {
        return existing;
    }
    auto *model = new RoomOccupantsModel(*m_account->muc(), bare, this);
    m_occupants.insert(bare, model);
    return model;
}

void AccountController::signIn(const QString &password)
{
    if (!isOpen()) {
        return;
    }
    if (!password.isEmpty()) {
        m_account->setPassword(password);
    }
    m_account->connectToServer();
}

void AccountController::signOut(const QString &status)
{
    if (m_signingOut) {
        return;
    }
    EsessionManager *esessions = m_account->esessions();
    if (!m_publishOfflineOptions || !esessions || m_account->connection().state() != ConnectionState::Connected
        || !m_account->e2eKeyStore()->isUnlocked()) {
        signOutNow(status);
        return;
    }
    m_signingOut = true;
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(qint64(m_offlineOptionsHours) * 3600);
    const QPointer<AccountController> self(this);
    auto published = [self, status](const QString &error) {
        if (!self) {
            return;
        }
        if (!error.isEmpty()) {
            qCWarning(lcAccountController) << "offline options not published on sign-out:" << error;
        }
        self->finishSignOut(status);
    };
    // XEP-0187 §8.2: items from an earlier publication are retracted at the session start; retracting again
    // first puts every retraction on the wire before the new items (the server answers in order), so none
    // of them can remove what is published now (as balcony-cli's publish does).
    esessions->retractOfflineOptions([self, expires, published](const QString &) {
        if (!self || !self->m_signingOut) {
            return;
        }
        if (EsessionManager *e = self->m_account->esessions()) {
            e->publishOfflineOptions(expires, published);
        }
    });
}

void AccountController::finishSignOut(const QString &status)
{
    if (!m_signingOut) {
        return;
    }
    m_signingOut = false;
    m_account->signOut(status);
}

void AccountController::signOutNow(const QString &status)
{
    m_signingOut = false;
    m_account->signOut(status);
}

void AccountController::setPresence(Presence::Show show, const QString &status)
{
    if (PresenceManager *presence = m_account->presence()) {
        presence->setPresence(show, status, m_account->settings().priority);
    }
}

bool AccountController::sendMessage(
    const Jid &to, const QString &body, const ChatSender::Options &options, ChatSender::Callback done)
{
    if (!isOpen() || to.isNull() || body.isEmpty()) {
        return false;
    }
    if (!options.requireEncryption && sendsViaEventing(to)) {
        // XEP-0207 §6: published to the pair's node; acknowledged by our own notification (the row's state).
        ChatSender::Result result;
        result.historyId = m_eventing->sendMessage(to, body);
        if (result.historyId == 0) {
            result.failure = ChatSender::Failure::Storage;
            result.message = m_eventing->lastError();
        }
        if (done) {
            done(result);
        }
        return true;
    }
    m_account->chatSender()->send(to, body, options, std::move(done));
    return true;
}

HttpUploadManager *AccountController::fileTransfers()
{
    if (!isOpen()) {
        return nullptr;
    }
    if (!m_files) {
        m_files = std::make_unique<HttpUploadManager>(
            m_account->connection(), *m_account->messages(), *m_account->outbox());
        m_files->setEncryptionCheck([this](const Jid &to) { return sendsEncrypted(to); });
        // XEP-0454: the aesgcm:// link of a file for an encrypted conversation goes encrypted or not at all.
        ChatSender *sender = m_account->chatSender();
        m_files->setEncryptedSender(
            [sender](const Jid &to, const QString &body, HttpUploadManager::EncryptedSendDone done) {
                ChatSender::Options options;
                options.requireEncryption = true;
                sender->send(to, body, options, [done = std::move(done)](const ChatSender::Result &result) {
                    done(result.historyId, result.message);
                });
            });
    }
    return m_files.get();
}

RoomDirectory *AccountController::roomDirectory()
{
    if (!isOpen()) {
        return nullptr;
    }
    if (!m_roomDirectory) {
        m_roomDirectory = std::make_unique<RoomDirectory>(m_account->connection());
    }
    return m_roomDirectory.get();
}

bool AccountController::sendsEncrypted(const Jid &to) const
{
    return isOpen() && m_account->chatSender()->encrypts(to, ChatSender::Options());
}

QString AccountController::encryptionMethod(const Jid &to) const
{
    if (!isOpen()) {
        return QString();
    }
    const ChatSender *sender = m_account->chatSender();
    if (sender->triesOmemo(to, ChatSender::Options()) && m_account->omemo()->hasDevices(to)) {
        const QList<OmemoDevice> devices = m_account->omemo()->devices(to);
        const bool v2 = std::any_of(devices.cbegin(), devices.cend(), [&](const OmemoDevice &d) {
            return d.active && d.version == OmemoVersion::V2
                && m_account->omemo()->preferredVersion() == OmemoVersion::V2;
        });
        return v2 ? u"OMEMO 2"_s : u"OMEMO"_s;
    }
    if (!sender->encrypts(to, ChatSender::Options())) {
        return QString();
    }
    // Encrypted, but how is decided when it is sent (the policy requires it: OMEMO devices are looked for first,
    // then an ESession); said only when an ESession is what it will be.
    return sender->hasEsessionKeys(to) ? u"ESession"_s : QString();
}

void AccountController::setOmemoManualTrust(bool manual)
{
    m_omemoManualTrust = manual;
    if (isOpen() && m_account->omemo()) {
        m_account->omemo()->setTrustMode(manual ? OmemoManager::TrustMode::Manual : OmemoManager::TrustMode::Blind);
    }
}

bool AccountController::retryMessage(qint64 historyId)
{
    if (!isOpen()) {
        return false;
    }
    // An eventing message is a pubsub item, not a stanza the outbox could send again: the user sends it again.
    const std::optional<StoredMessage> row = m_account->historyStore()->message(historyId);
    if (row && row->flags.testFlag(MessageFlag::Eventing)) {
        return false;
    }
    return m_account->messages()->retry(historyId);
}

int AccountController::markConversationRead(const Jid &contact)
{
    return isOpen() ? m_account->messages()->markConversationRead(contact.bare()) : 0;
}

bool AccountController::removeMessage(qint64 historyId)
{
    return isOpen() && m_account->messages()->removeMessage(historyId);
}

qint64 AccountController::correctLastMessage(const Jid &to, const QString &body)
{
    return isOpen() && !body.isEmpty() ? m_account->messages()->correctLastMessage(to, body) : 0;
}

bool AccountController::setChatState(const Jid &to, ChatState state)
{
    return isOpen() && m_account->messages()->sendChatState(to, state);
}

bool AccountController::addContact(const Jid &jid, const QString &name, const QStringList &groups, bool requestPresence)
{
    if (!isOpen() || jid.isNull()) {
        return false;
    }
    if (!requestPresence) {
        return m_account->roster()->addOrUpdate(jid.bare(), name, groups);
    }
    // RFC 6121 §3.1.1: the roster set with the name and groups first, then the request.
    return m_account->subscriptions()->addContact(jid.bare(), name, groups);
}

bool AccountController::removeContact(const Jid &jid)
{
    // RFC 6121 §2.5.2: removing the item cancels both subscriptions at the server.
    return isOpen() && m_account->roster()->remove(jid.bare());
}

bool AccountController::approveSubscription(const Jid &jid, bool requestBack)
{
    if (isEventingRequest(jid)) {
        if (!m_eventing->answerAuthorization(jid.bare(), true)) {
            return false;
        }
        Q_EMIT subscriptionResolved(jid.bare());
        return true;
    }
    return isOpen() && m_account->subscriptions()->approve(jid.bare(), requestBack);
}

bool AccountController::denySubscription(const Jid &jid)
{
    if (isEventingRequest(jid)) {
        if (!m_eventing->answerAuthorization(jid.bare(), false)) {
            return false;
        }
        Q_EMIT subscriptionResolved(jid.bare());
        return true;
    }
    return isOpen() && m_account->subscriptions()->deny(jid.bare());
}

// ---------------------------------------------------------------------------------------------------------------
// XEP-0207 eventing mode

bool AccountController::setEventing(bool on)
{
    if (!isOpen()) {
        return false;
    }
    if (!on) {
        if (m_eventing) {
            m_eventing.reset();
            Q_EMIT eventingChanged(Jid());
        }
        return true;
    }
    if (m_eventing) {
        return true;
    }
    // As balcony-cli --eventing (CliEventing.cpp): the domain's pubsub service for chats and rooms.
    const std::optional<Jid> service = Jid::parse(QString(u"pubsub."_s + jid().domain()));
    m_eventing = std::make_unique<EventingManager>(m_account->connection(), *m_account->pubSub(),
        *m_account->presence(), *m_account->historyStore(), *m_account->subscriptionRequestStore(), m_account->disco(),
        service.value_or(Jid()));
    const QString profile = m_account->settings().profileDir;
    if (!profile.isEmpty() && QDir().mkpath(profile)) {
        const QString file = QDir(profile).filePath(u"eventing.json"_s);
        if (!m_eventing->setStateFile(file)) {
            qCWarning(lcAccountController)
                << "the eventing state in" << file << "could not be read; starting without it";
        }
    }
    EventingManager *eventing = m_eventing.get();
    connect(eventing, &EventingManager::messageStored, this, &AccountController::onEventingMessage);
    connect(eventing, &EventingManager::messageStateChanged, this, &AccountController::onEventingState);
    connect(eventing, &EventingManager::authorizationRequested, this,
        [this](const Jid &from) { Q_EMIT subscriptionRequested(from, QString()); });
    connect(eventing, &EventingManager::chatNodeReady, this, [this](const Jid &peer) { Q_EMIT eventingChanged(peer); });
    connect(eventing, &EventingManager::authorizationAnswered, this,
        [this](const Jid &contact) { Q_EMIT eventingChanged(contact); });
    // A contact's resources and their caps decide too (contactUsesEventing()); these connections go with the manager.
    connect(m_account->presence(), &PresenceManager::presenceChanged, eventing,
        [this](const Jid &contact) { Q_EMIT eventingChanged(contact.bare()); });
    if (DiscoManager *disco = m_account->disco()) {
        connect(disco, &DiscoManager::infoChanged, eventing, [this](const Jid &entity) {
            if (!entity.local().isEmpty()) {
                Q_EMIT eventingChanged(entity.bare());
            }
        });
    }
    Q_EMIT eventingChanged(Jid());
    return true;
}

void AccountController::onEventingMessage(qint64 id, const StoredMessage &message)
{
    StoredMessage stored = message;
    stored.id = id;
    // As MessageModuleWiring does for the message modules: the models learn it after the store committed it.
    if (MessageModel *chat = m_chats.value(stored.conversation.bare())) {
        chat->messageAdded(stored);
    }
    if (m_conversations) {
        m_conversations->messageStored(stored);
    }
    Q_EMIT eventingMessageStored(id, stored);
}

void AccountController::onEventingState(qint64 id, MessageState state)
{
    QString errorText;
    if (state == MessageState::Failed) {
        if (const std::optional<StoredMessage> stored = m_account->historyStore()->message(id)) {
            errorText = stored->errorText;
        }
    }
    for (MessageModel *chat : std::as_const(m_chats)) {
        chat->messageStateChanged(id, state, errorText);
    }
    if (m_conversations) {
        m_conversations->messageStateChanged(id, state, errorText);
    }
}

bool AccountController::sendsViaEventing(const Jid &to) const
{
    if (!m_eventing || to.isNull() || isRoom(to)) {
        return false;
    }
    const Jid bare = to.bare();
    return contactUsesEventing(bare) && !sendsEncrypted(bare);
}

bool AccountController::contactUsesEventing(const Jid &bare) const
{
    if (!m_eventing->chatNode(bare).isEmpty() || m_eventing->authorizedContacts().contains(bare)) {
        return true;
    }
    // An online resource that announces interest in `presence` nodes (XEP-0115 caps, verified): only a client in
    // eventing mode does (EventingManager registers it); it takes the chat node's invitation.
    const DiscoManager *disco = m_account->disco();
    const PresenceManager *presence = m_account->presence();
    if (!disco || !presence) {
        return false;
    }
    const QString feature = PubSubManager::notifyFeature(EventingManager::presenceNode());
    const QList<ResourcePresence> resources = presence->resources(bare);
    return std::any_of(resources.cbegin(), resources.cend(),
        [&](const ResourcePresence &resource) { return disco->hasFeature(resource.jid, feature); });
}

bool AccountController::isEventingRequest(const Jid &from) const
{
    return m_eventing && m_eventing->hasAuthorizationRequest(from.bare());
}

QList<SubscriptionRequest> AccountController::subscriptionRequests() const
{
    return isOpen() ? m_account->subscriptions()->pendingRequests() : QList<SubscriptionRequest>();
}

bool AccountController::renameContact(const Jid &jid, const QString &name)
{
    return isOpen() && !jid.isNull() && m_account->roster()->rename(jid.bare(), name.trimmed());
}

bool AccountController::setContactGroups(const Jid &jid, const QStringList &groups)
{
    return isOpen() && !jid.isNull() && m_account->roster()->setGroups(jid.bare(), groups);
}

bool AccountController::requestSubscription(const Jid &jid)
{
    return isOpen() && !jid.isNull() && m_account->subscriptions()->requestSubscription(jid.bare());
}

bool AccountController::cancelSubscription(const Jid &jid)
{
    return isOpen() && !jid.isNull() && m_account->subscriptions()->cancel(jid.bare());
}

bool AccountController::unsubscribe(const Jid &jid)
{
    return isOpen() && !jid.isNull() && m_account->subscriptions()->unsubscribe(jid.bare());
}

E2ePolicy AccountController::encryptionPolicy(const Jid &contact) const
{
    return isOpen() ? m_account->e2eKeyStore()->effectivePolicy(contact.bare()) : E2ePolicy::WhenPossible;
}

bool AccountController::setEncryptionPolicy(const Jid &contact, std::optional<E2ePolicy> policy)
{
    return isOpen() && m_account->e2eKeyStore()->setPolicy(contact.bare(), policy);
}

KeyVerification AccountController::verifyKey(const Jid &contact, const QString &typedHex)
{
    if (!isOpen()) {
        return KeyVerification();
    }
    return KeyVerification::verify(m_account->esessions()->keys(), *m_account->e2eKeyStore(), contact, typedHex);
}

bool AccountController::changePassword(const QString &newPassword, ServerCallback done)
{
    RegistrationManager *registration = m_account->registration();
    if (!registration || !m_account->isOnline() || newPassword.isEmpty()) {
        return false;
    }
    const QPointer<AccountController> self(this);
    return registration->changePassword(newPassword, [self, newPassword, done](const RegistrationFailure &failure) {
        if (!self) {
            return;
        }
        if (!failure.ok()) {
            if (done) {
                done(false, failure.message);
            }
            return;
        }
        // The server has the new password: from now on the account signs in with it, and the secrets follow it,
        // so that the next unlock (with the password the next sign-in uses) opens them. The re-seal derives two
        // scrypt keys: on a worker thread (E2eKeyStore::changePassphraseLater), never on the UI thread.
        const QString oldPassword = self->m_account->settings().connection.password;
        self->m_account->setPassword(newPassword);
        E2eKeyStore *keys = self->m_account->e2eKeyStore();
        if (!keys) {
            if (done) {
                done(true, QString());
            }
            return;
        }
        keys->changePassphraseLater(oldPassword.toUtf8(), newPassword.toUtf8(), self, [self, done](bool resealed) {
            QString warning;
            E2eKeyStore *store = self ? self->m_account->e2eKeyStore() : nullptr;
            if (!resealed && store && store->isUnlocked()) {
                warning = tr("The password was changed on the server, but the encryption keys could not be re-sealed "
                             "with it; encrypted sessions stay locked until the old password is entered again.");
            }
            if (done) {
                done(true, warning);
            }
        });
    });
}

bool AccountController::cancelRegistration(ServerCallback done)
{
    RegistrationManager *registration = m_account->registration();
    if (!registration || !m_account->isOnline()) {
        return false;
    }
    const QPointer<AccountController> self(this);
    return registration->cancelRegistration([self, done](const RegistrationFailure &failure) {
        if (self && done) {
            done(failure.ok(), failure.message);
        }
    });
}

} // namespace balcony::app
