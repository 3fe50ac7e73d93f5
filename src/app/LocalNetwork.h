#pragma once

#include "core/Jid.h"
#include "core/Stanza.h"
#include "im/ChatState.h"
#include "linklocal/LinkLocalTxt.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace balcony {
class ConversationListModel;
class Database;
class MessageModel;
class RosterModel;
class SqlHistoryStore;
class SqlOutboxStore;
namespace linklocal {
class LinkLocalBackend;
class LinkLocalMessenger;
class LinkLocalService;
struct LinkLocalPeer;
} // namespace linklocal
} // namespace balcony

namespace balcony::app {

// The "Local network" pseudo-account of the desktop app: serverless chat with the people on this network
// (XEP-0174), beside the server accounts and shown like one. It owns the link-local engine (an Avahi backend, the
// service that publishes the user and keeps the streams, the messenger) and a profile of its own (the
// "local-network" folder next to the accounts' profiles, the one `balcony-cli local` uses) for the history and
// the durable outbox, and gives the window the same kinds of models as an AccountController: a RosterModel of the
// peers now on the network (each peer's status as presence), a ConversationListModel and a MessageModel per chat.
//
// Nothing is published before start(): being on the local network announces the user's name and status to
// everyone on it, so the app starts it only when the user switched it on (AppSettings::localNetworkEnabled()).
// The account() under which its rows appear is the user's own instance name ("nick@host"), a JID that no server
// account can have a conversation with.
class LocalNetwork : public QObject {
    Q_OBJECT
public:
    // `backend` is the DNS-SD backend to use (tests pass a fake); null: avahi-daemon over D-Bus.
    explicit LocalNetwork(
        const QString &profileDir, linklocal::LinkLocalBackend *backend = nullptr, QObject *parent = nullptr);
    ~LocalNetwork() override;

    // XEP-0174 §3.1: the instance name is user@machine, the machine being the host name without its domain.
    static QString instanceName(const QString &nick);
    // A nick usable in an instance name (and so in a JID's local part): not empty, no '@', no white space, at most
    // 40 bytes in UTF-8 (the DNS-SD label is at most 63).
    static bool isValidNick(const QString &nick);
    // The nick offered by default: the user's login name.
    static QString defaultNick();

    // Opens the profile (history and outbox) and makes the models and the engine; nothing is published yet. False
    // with errorString() when the profile cannot be opened.
    bool open();
    bool isOpen() const { return m_messenger != nullptr; }
    // Listens, publishes `nick@host` with `show`/`message` and browses (opens the profile first if needed). False
    // with errorString() when the profile cannot be opened or no port can be listened on; a failure of the DNS-SD
    // daemon (not running, refused the name) comes later, through failed().
    bool start(const QString &nick, Presence::Show show, const QString &message);
    // Withdraws the user from the network and closes the streams (offline); the models stay, without peers, and
    // messages written meanwhile stay queued.
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }
    // The user's instance name while running (after a name collision, the alternative the daemon chose).
    QString name() const;
    // The JID the rows of this pseudo-account carry as their account: the instance name asked for in start(), or
    // before it the one `nick` gives (setAccountNick()).
    Jid account() const { return m_account; }
    void setAccountNick(const QString &nick);
    void setPresence(Presence::Show show, const QString &message);

    // The peers now on the network as roster rows (name = their nick, presence = their status); null before
    // open().
    RosterModel *peers() const { return m_peers.get(); }
    ConversationListModel *conversations() const { return m_conversations.get(); }
    // The messages with `peer` (a peer's instance name as a JID), made on first use and kept until closeChat().
    MessageModel *openChat(const Jid &peer);
    void closeChat(const Jid &peer);
    // Whether `peer` is on the network now.
    bool isPresent(const Jid &peer) const;
    // The peer's status text and nick, as published (empty when it is not on the network).
    QString statusText(const Jid &peer) const;

    // Stores the message and sends it (or keeps it queued until the peer is on the network). 0 when nothing was
    // stored.
    qint64 sendMessage(const Jid &peer, const QString &body);
    void setChatState(const Jid &peer, ChatState state);
    // The privacy settings, as on server accounts: answer receipts (XEP-0184), send chat states (XEP-0085).
    void setSendReceipts(bool send);
    void setSendChatStates(bool send) { m_sendChatStates = send; }
    void markRead(const Jid &peer);

    linklocal::LinkLocalService *service() const { return m_service.get(); }
    linklocal::LinkLocalMessenger *messenger() const { return m_messenger.get(); }

Q_SIGNALS:
    void started(const QString &name);
    // The daemon is not running, refused to publish us, or the profile could not be opened: why, for the user.
    void failed(const QString &reason);
    void stopped();
    void chatStateReceived(const balcony::Jid &peer, balcony::ChatState state);
    // An incoming message was stored (for notifications).
    void messageReceived(const balcony::Jid &peer, qint64 historyId, const QString &body);

private:
    void onPeer(const linklocal::LinkLocalPeer &peer);
    void onPeerRemoved(const QString &name);

    QString m_profileDir;
    linklocal::LinkLocalBackend *m_givenBackend = nullptr;
    Jid m_account;
    QString m_error;
    // Engine, in destruction order (last first): the messenger and the service use the stores and the backend.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlHistoryStore> m_history;
    std::unique_ptr<SqlOutboxStore> m_outbox;
    std::unique_ptr<linklocal::LinkLocalBackend> m_ownBackend;
    std::unique_ptr<linklocal::LinkLocalService> m_service;
    std::unique_ptr<linklocal::LinkLocalMessenger> m_messenger;
    // Models (they outlive a stop(): the window keeps showing the conversations); on the stores above.
    std::unique_ptr<RosterModel> m_peers;
    std::unique_ptr<ConversationListModel> m_conversations;
    QHash<Jid, QPointer<MessageModel>> m_chats;
    QHash<Jid, QString> m_statusTexts;
    bool m_sendReceipts = true;
    bool m_sendChatStates = true;
};

} // namespace balcony::app
