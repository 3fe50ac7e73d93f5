#pragma once

#include "app/LocalNetwork.h"
#include "app/Notifier.h"
#include "core/Jid.h"
#include "storage/StoredMessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace balcony::app {

class AccountController;
class AccountManager;
class AppSettings;
class StatusController;

// Decides which events become desktop notifications and shows them through the first available Notifier
// (the freedesktop server, else the fallback the ui gives: the tray balloon).
//
// Events, per account (AccountManager::controllerAdded):
// - a new incoming message (MessageManager::messageStored, direction Incoming, chat or normal, with a body).
//   Not: our own messages and carbons of what another of our clients sent (Outgoing), XEP-0313 archive
//   catch-up (FromArchive: the user sees those in the window), groupchat. Messages that were held in offline
//   storage (XEP-0203 <delay/>) arrive in a burst right after sign-in: they are collected for a moment and
//   announced once (one chat: its newest text and the count; several: one summary). The same for the one-to-one
//   messages of the XEP-0207 eventing mode (AccountController::eventingMessageStored);
// - a subscription request (AccountController::subscriptionRequested), if the setting is on.
// Nothing is shown when notifications are off, while do-not-disturb (StatusController), or for the chat that
// is focused in an active window (setFocusedChat). "Hide text" shows "New message" instead of the text.
// One notification per chat: a new message replaces the chat's earlier notification (counting the messages).
// Clicking (or "Open") asks the window to open the chat (openChatRequested); an inline reply is sent through
// AccountController::sendMessage and marks the chat read.
class NotificationCenter : public QObject {
    Q_OBJECT
public:
    // `accounts` and `settings` must outlive this object; `status` may be null (no do-not-disturb).
    NotificationCenter(
        AccountManager &accounts, AppSettings &settings, StatusController *status, QObject *parent = nullptr);
    ~NotificationCenter() override;

    // The backends: `primary` is used while available, else `fallback`. Either may be null; not owned.
    void setNotifiers(Notifier *primary, Notifier *fallback);
    // The chat the window shows (null contact: none) and whether the window is active. A focused chat's
    // notification goes away (its messages are in view).
    void setFocusedChat(const Jid &account, const Jid &contact, bool windowActive);

    // Messages from peers on the local network are announced like chats (and can be answered from the
    // notification). Null stops it. Must outlive this object or its removal.
    void setLocalNetwork(LocalNetwork *network);

    // How long offline-storage messages are collected before they are announced (ms; tests shorten it).
    void setBurstDelay(int milliseconds) { m_burst.setInterval(milliseconds); }

    // The tag of a chat's notification (Notification::tag).
    static QString chatTag(const Jid &account, const Jid &contact);

Q_SIGNALS:
    void openChatRequested(const balcony::Jid &account, const balcony::Jid &contact);
    // The user clicked the notification of a subscription request.
    void subscriptionRequestActivated(const balcony::Jid &account, const balcony::Jid &from);
    // The user clicked the notification of a group chat invitation (the window shows the invitation).
    void invitationActivated(const balcony::Jid &account, const balcony::Jid &room);

private:
    struct Pending {
        Jid account;
        Jid contact;
        int count = 0; // messages announced in the shown notification
    };

    void watch(AccountController *controller);
    void onMessage(AccountController *controller, const StoredMessage &message);
    void onSubscriptionRequest(AccountController *controller, const Jid &from);
    void onInvitation(AccountController *controller, const Jid &room, const Jid &from, const QString &reason);
    void onRoomMessage(AccountController *controller, const StoredMessage &message);
    void onLocalMessage(const Jid &peer, const QString &body);
    void flushBurst();
    bool suppressed() const;
    bool isFocused(const Jid &account, const Jid &contact) const;
    void notifyChat(AccountController *controller, const Jid &contact, const QString &text, int added);
    // The chat's notification, counting `added` more messages (server accounts and the local network).
    void showChat(const Jid &account, const Jid &contact, const QString &name, const QString &imagePath,
        const QString &text, int added);
    void show(const Notification &notification);
    void closeTag(const QString &tag);
    QString displayName(AccountController *controller, const Jid &contact) const;
    void onActivated(const QString &tag);
    void onReplied(const QString &tag, const QString &text);
    void onClosed(const QString &tag);

    AccountManager &m_accounts;
    AppSettings &m_settings;
    QPointer<StatusController> m_status;
    QPointer<LocalNetwork> m_local;
    QPointer<Notifier> m_primary;
    QPointer<Notifier> m_fallback;
    Jid m_focusedAccount;
    Jid m_focusedContact;
    bool m_windowActive = false;
    QHash<QString, Pending> m_shown; // chat tag -> what its notification announces
    QHash<QString, std::pair<Jid, Jid>> m_requests; // request tag -> (account, from)
    QHash<QString, std::pair<Jid, Jid>> m_invitations; // invitation tag -> (account, room)
    // Offline-storage burst: (account, message) in arrival order.
    QList<std::pair<Jid, StoredMessage>> m_delayed;
    QTimer m_burst;
    QElapsedTimer m_burstStarted;
};

} // namespace balcony::app
