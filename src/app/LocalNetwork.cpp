#include "app/LocalNetwork.h"

#include "linklocal/AvahiBackend.h"
#include "linklocal/LinkLocalMessenger.h"
#include "linklocal/LinkLocalService.h"
#include "models/ConversationListModel.h"
#include "models/MessageModel.h"
#include "models/RosterModel.h"
#include "storage/Database.h"
#include "storage/SqlHistoryStore.h"
#include "storage/SqlOutboxStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSysInfo>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLocalNetwork, "balcony.app.localnetwork")

namespace balcony::app {

namespace {

using linklocal::LinkLocalPeer;
using linklocal::LinkLocalPresence;

LinkLocalPresence::Status statusOf(Presence::Show show)
{
    switch (show) {
    case Presence::Show::Away:
    case Presence::Show::Xa:
        return LinkLocalPresence::Status::Away;
    case Presence::Show::Dnd:
        return LinkLocalPresence::Status::Dnd;
    case Presence::Show::None:
    case Presence::Show::Chat:
        break;
    }
    return LinkLocalPresence::Status::Available;
}

Presence::Show showOf(LinkLocalPresence::Status status)
{
    switch (status) {
    case LinkLocalPresence::Status::Away:
        return Presence::Show::Away;
    case LinkLocalPresence::Status::Dnd:
        return Presence::Show::Dnd;
    case LinkLocalPresence::Status::Available:
        break;
    }
    return Presence::Show::None;
}

// What the contact list shows as a peer's name: its nick, else "first last", else the instance name's user.
QString displayNameOf(const LinkLocalPeer &peer)
{
    if (!peer.presence.nick.trimmed().isEmpty()) {
        return peer.presence.nick.trimmed();
    }
    const QString full = QString(peer.presence.firstName + u' ' + peer.presence.lastName).trimmed();
    return full.isEmpty() ? peer.name.section(u'@', 0, 0) : full;
}

} // namespace

LocalNetwork::LocalNetwork(const QString &profileDir, linklocal::LinkLocalBackend *backend, QObject *parent)
    : QObject(parent)
    , m_profileDir(profileDir)
    , m_givenBackend(backend)
{
    setAccountNick(defaultNick());
}

LocalNetwork::~LocalNetwork()
{
    // Withdrawn before the process goes: peers see the user leave at once, not after the record's lifetime.
    stop();
    m_chats.clear();
}

QString LocalNetwork::instanceName(const QString &nick)
{
    QString host = QSysInfo::machineHostName().section(u'.', 0, 0);
    if (host.isEmpty()) {
        host = u"localhost"_s;
    }
    return nick + u'@' + host;
}

bool LocalNetwork::isValidNick(const QString &nick)
{
    if (nick.isEmpty() || nick.toUtf8().size() > 40 || nick.contains(u'@')) {
        return false;
    }
    return std::none_of(nick.cbegin(), nick.cend(), [](QChar c) { return c.isSpace(); })
        && linklocal::LinkLocalMessenger::conversationFor(instanceName(nick)).has_value();
}

QString LocalNetwork::defaultNick()
{
    const QString user = qEnvironmentVariable("USER").trimmed();
    return isValidNick(user) ? user : u"me"_s;
}

void LocalNetwork::setAccountNick(const QString &nick)
{
    const std::optional<Jid> jid
        = linklocal::LinkLocalMessenger::conversationFor(instanceName(isValidNick(nick) ? nick : defaultNick()));
    m_account = jid.value_or(Jid());
}

bool LocalNetwork::open()
{
    if (isOpen()) {
        return true;
    }
    QDir().mkpath(m_profileDir);
    auto database = std::make_unique<Database>(m_profileDir);
    const Database::OpenResult opened = database->open();
    if (!opened.isOpen()) {
        m_error = opened.message.isEmpty()
            ? QCoreApplication::translate("balcony::app::LocalNetwork", "Cannot open the profile database %1.")
                  .arg(database->filePath())
            : opened.message;
        return false;
    }
    if (opened.status == Database::Status::Recovered) {
        qCWarning(lcLocalNetwork) << opened.message;
    }
    m_database = std::move(database);
    m_history = std::make_unique<SqlHistoryStore>(*m_database);
    m_outbox = std::make_unique<SqlOutboxStore>(*m_history);
    linklocal::LinkLocalBackend *backend = m_givenBackend;
    if (!backend) {
        m_ownBackend = std::make_unique<linklocal::AvahiBackend>();
        backend = m_ownBackend.get();
    }
    m_service = std::make_unique<linklocal::LinkLocalService>(backend);
    m_messenger = std::make_unique<linklocal::LinkLocalMessenger>(*m_service, *m_history, *m_outbox);
    m_messenger->setSendReceipts(m_sendReceipts);

    m_peers = std::make_unique<RosterModel>();
    m_conversations = std::make_unique<ConversationListModel>(*m_history);
    // The conversation list shows each peer's unread count, and the peers' rows take theirs from it.
    m_peers->setUnreadCounts(m_conversations->unreadCounts());
    connect(
        m_conversations.get(), &ConversationListModel::unreadCountChanged, m_peers.get(), &RosterModel::setUnreadCount);

    connect(m_service.get(), &linklocal::LinkLocalService::published, this, [this](const QString &name) {
        qCInfo(lcLocalNetwork) << "announced as" << name;
        Q_EMIT started(name);
    });
    connect(m_service.get(), &linklocal::LinkLocalService::publishFailed, this, [this](const QString &reason) {
        qCWarning(lcLocalNetwork) << "cannot announce:" << reason;
        m_error = reason;
        Q_EMIT failed(reason);
    });
    connect(&m_service->peers(), &linklocal::LinkLocalPeers::peerAdded, this, &LocalNetwork::onPeer);
    connect(&m_service->peers(), &linklocal::LinkLocalPeers::peerChanged, this, &LocalNetwork::onPeer);
    connect(&m_service->peers(), &linklocal::LinkLocalPeers::peerRemoved, this, &LocalNetwork::onPeerRemoved);
    connect(&m_service->peers(), &linklocal::LinkLocalPeers::recordRejected, this,
        [](const QString &name, const QString &reason) {
            qCInfo(lcLocalNetwork) << "ignored the record of" << name << ":" << reason;
        });

    connect(m_messenger.get(), &linklocal::LinkLocalMessenger::messageStored, this,
        [this](qint64 id, const StoredMessage &message) {
            StoredMessage stored = message;
            stored.id = id;
            m_conversations->messageStored(stored);
            if (MessageModel *chat = m_chats.value(message.conversation)) {
                chat->messageAdded(stored);
            }
            if (message.direction == MessageDirection::Incoming) {
                Q_EMIT messageReceived(message.conversation, id, message.body);
            }
        });
    connect(m_messenger.get(), &linklocal::LinkLocalMessenger::messageStateChanged, this,
        [this](qint64 id, MessageState state) {
            QString errorText;
            if (state == MessageState::Failed) {
                if (const std::optional<StoredMessage> stored = m_history->message(id)) {
                    errorText = stored->errorText;
                }
            }
            m_conversations->messageStateChanged(id, state, errorText);
            for (MessageModel *chat : std::as_const(m_chats)) {
                if (chat) {
                    chat->messageStateChanged(id, state, errorText);
                }
            }
        });
    connect(m_messenger.get(), &linklocal::LinkLocalMessenger::chatStateReceived, this,
        [this](const QString &peer, ChatState state) {
            if (const std::optional<Jid> jid = linklocal::LinkLocalMessenger::conversationFor(peer)) {
                Q_EMIT chatStateReceived(*jid, state);
            }
        });
    return true;
}

bool LocalNetwork::start(const QString &nick, Presence::Show show, const QString &message)
{
    if (!isValidNick(nick)) {
        m_error = QCoreApplication::translate("balcony::app::LocalNetwork",
            "“%1” cannot be your name on the local network: use a name without “@” or spaces, at most 40 bytes.")
                      .arg(nick);
        return false;
    }
    if (!open()) {
        return false;
    }
    if (isRunning()) {
        if (nick == m_account.local()) {
            setPresence(show, message);
            return true;
        }
        stop(); // a new name: withdraw the old one first
    }
    setAccountNick(nick);
    LinkLocalPresence presence;
    presence.nick = nick;
    presence.status = statusOf(show);
    presence.message = message;
    if (!m_service->start(instanceName(nick), presence)) {
        m_error = QCoreApplication::translate("balcony::app::LocalNetwork", "Cannot listen for chats: %1")
                      .arg(m_service->errorString());
        return false;
    }
    m_error.clear();
    return true;
}

void LocalNetwork::stop()
{
    if (!isRunning()) {
        return;
    }
    m_service->stop(); // stopBrowsing() reports every peer removed: the model empties
    m_statusTexts.clear();
    Q_EMIT stopped();
}

bool LocalNetwork::isRunning() const
{
    return m_service && m_service->isRunning();
}

QString LocalNetwork::name() const
{
    return isRunning() ? m_service->name() : QString();
}

void LocalNetwork::setPresence(Presence::Show show, const QString &message)
{
    if (!isRunning()) {
        return;
    }
    LinkLocalPresence presence = m_service->presence();
    presence.status = statusOf(show);
    presence.message = message;
    if (presence != m_service->presence()) {
        m_service->setPresence(presence);
    }
}

MessageModel *LocalNetwork::openChat(const Jid &peer)
{
    if (!isOpen() || peer.isNull()) {
        return nullptr;
    }
    const Jid bare = peer.bare();
    if (MessageModel *existing = m_chats.value(bare)) {
        return existing;
    }
    auto *model = new MessageModel(*m_history, bare, 50, this);
    m_chats.insert(bare, model);
    return model;
}

void LocalNetwork::closeChat(const Jid &peer)
{
    delete m_chats.take(peer.bare()).data();
}

bool LocalNetwork::isPresent(const Jid &peer) const
{
    return isRunning() && m_service->peers().peer(peer.bare().toString()).has_value();
}

QString LocalNetwork::statusText(const Jid &peer) const
{
    return m_statusTexts.value(peer.bare());
}

qint64 LocalNetwork::sendMessage(const Jid &peer, const QString &body)
{
    if (!isOpen() || body.isEmpty()) {
        return 0;
    }
    return m_messenger->sendMessage(peer.bare().toString(), body);
}

void LocalNetwork::setSendReceipts(bool send)
{
    m_sendReceipts = send;
    if (m_messenger) {
        m_messenger->setSendReceipts(send);
    }
}

void LocalNetwork::setChatState(const Jid &peer, ChatState state)
{
    if (isRunning() && m_sendChatStates) {
        m_messenger->sendChatState(peer.bare().toString(), state);
    }
}

void LocalNetwork::markRead(const Jid &peer)
{
    if (!isOpen() || m_history->unreadCount(peer.bare()) == 0) {
        return;
    }
    const QList<StoredMessage> newest = m_history->page(peer.bare(), 1);
    if (!newest.isEmpty() && m_history->markRead(newest.constFirst().id)) {
        m_conversations->conversationRead(peer.bare());
    }
}

void LocalNetwork::onPeer(const LinkLocalPeer &peer)
{
    const std::optional<Jid> jid = linklocal::LinkLocalMessenger::conversationFor(peer.name);
    if (!jid) {
        // Avahi's alternative after a collision ("alice@laptop #2", which other clients publish) is no JID: such a
        // peer cannot be chatted with.
        qCInfo(lcLocalNetwork) << "not listing" << peer.name << ": the name is not an address";
        return;
    }
    RosterItem item;
    item.jid = *jid;
    item.name = displayNameOf(peer);
    m_conversations->setKnownName(*jid, item.name);
    item.subscription = u"both"_s; // everyone on the network sees everyone's presence
    m_peers->updateItem(item);
    RosterModel::ContactPresence presence;
    presence.show = showOf(peer.presence.status);
    presence.availability = PresenceManager::availabilityOf(presence.show);
    presence.status = peer.presence.message;
    presence.bestResource = *jid;
    presence.resourceCount = 1;
    m_peers->applyPresences({ { *jid, presence } });
    m_statusTexts.insert(*jid, peer.presence.message);
}

void LocalNetwork::onPeerRemoved(const QString &name)
{
    if (const std::optional<Jid> jid = linklocal::LinkLocalMessenger::conversationFor(name)) {
        m_peers->removeItem(*jid);
        m_statusTexts.remove(*jid);
    }
}

} // namespace balcony::app
