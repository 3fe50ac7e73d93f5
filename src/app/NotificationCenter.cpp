#include "app/NotificationCenter.h"

#include "account/Account.h"
#include "app/AccountController.h"
#include "app/AccountManager.h"
#include "app/AppSettings.h"
#include "app/LocalNetwork.h"
#include "app/StatusController.h"
#include "avatar/AvatarManager.h"
#include "im/MessageManager.h"
#include "im/RosterManager.h"
#include "models/RosterModel.h"
#include "muc/MucManager.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace balcony::app {

namespace {

const QString summaryTag = u"offline-summary"_s;
constexpr qint64 maxBurstWait = 5000; // ms

QString requestTag(const Jid &account, const Jid &from)
{
    return u"subscription\n"_s + account.bareString() + u'\n' + from.bareString();
}

// Long texts are cut: a notification shows a few lines, and the whole message waits in the chat.
QString preview(const QString &text)
{
    constexpr int maxLength = 300;
    return text.size() > maxLength ? text.left(maxLength - 1) + u'…' : text;
}

} // namespace

NotificationCenter::NotificationCenter(
    AccountManager &accounts, AppSettings &settings, StatusController *status, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_settings(settings)
    , m_status(status)
{
    m_burst.setSingleShot(true);
    m_burst.setInterval(1500);
    connect(&m_burst, &QTimer::timeout, this, &NotificationCenter::flushBurst);
    connect(&m_accounts, &AccountManager::controllerAdded, this, &NotificationCenter::watch);
    const QList<AccountController *> controllers = m_accounts.controllers();
    for (AccountController *controller : controllers) {
        watch(controller);
    }
}

NotificationCenter::~NotificationCenter() = default;

QString NotificationCenter::chatTag(const Jid &account, const Jid &contact)
{
    return u"chat\n"_s + account.bareString() + u'\n' + contact.bareString();
}

void NotificationCenter::setNotifiers(Notifier *primary, Notifier *fallback)
{
    for (Notifier *old : { m_primary.data(), m_fallback.data() }) {
        if (old) {
            disconnect(old, nullptr, this, nullptr);
        }
    }
    m_primary = primary;
    m_fallback = fallback;
    for (Notifier *notifier : { primary, fallback }) {
        if (!notifier) {
            continue;
        }
        connect(notifier, &Notifier::activated, this, &NotificationCenter::onActivated);
        connect(notifier, &Notifier::replied, this, &NotificationCenter::onReplied);
        connect(notifier, &Notifier::closed, this, &NotificationCenter::onClosed);
    }
    if (primary && fallback) {
        // The server went away between the decision and the call: the fallback shows it.
        connect(primary, &Notifier::failed, fallback,
            [fallback = QPointer<Notifier>(fallback)](const Notification &notification) {
                if (fallback && fallback->isAvailable()) {
                    fallback->show(notification);
                }
            });
    }
}

void NotificationCenter::setFocusedChat(const Jid &account, const Jid &contact, bool windowActive)
{
    m_focusedAccount = account.bare();
    m_focusedContact = contact.bare();
    m_windowActive = windowActive;
    if (windowActive && !contact.isNull()) {
        closeTag(chatTag(account, contact));
    }
}

void NotificationCenter::watch(AccountController *controller)
{
    const QPointer<AccountController> guard(controller);
    if (MessageManager *messages = controller->account().messages()) {
        connect(messages, &MessageManager::messageStored, this, [this, guard](qint64, const StoredMessage &message) {
            if (guard) {
                onMessage(guard, message);
            }
        });
        // Read elsewhere (here in the window, or on another of our clients, XEP-0333): nothing left to announce.
        connect(messages, &MessageManager::conversationRead, this, [this, guard](const Jid &conversation) {
            if (guard) {
                closeTag(chatTag(guard->jid(), conversation));
            }
        });
    }
    if (MucManager *muc = controller->account().muc()) {
        // Group chats: by default only messages that mention our nick (a busy room would notify all day);
        // the setting notifications/roomMessages = all notifies every live message of others.
        // Private messages from occupants (XEP-0045 §7.5) are meant for us: always announced, as chats are.
        connect(muc, &MucManager::messageStored, this, [this, guard](qint64, const StoredMessage &message) {
            const bool all = m_settings.roomNotifications() == AppSettings::RoomNotifications::All;
            if (guard && (message.type != Message::Type::GroupChat || all)) {
                onRoomMessage(guard, message);
            }
        });
        connect(muc, &MucManager::invitationReceived, this,
            [this, guard](const Jid &room, const Jid &from, const QString &reason, const QString &, bool) {
                if (guard) {
                    onInvitation(guard, room, from, reason);
                }
            });
        connect(muc, &MucManager::mentioned, this, [this, guard](qint64, const StoredMessage &message) {
            if (guard && m_settings.roomNotifications() == AppSettings::RoomNotifications::Mentions) {
                onRoomMessage(guard, message);
            }
        });
    }
    // XEP-0207 eventing mode: its one-to-one messages are chats like the others.
    connect(controller, &AccountController::eventingMessageStored, this,
        [this, guard](qint64, const StoredMessage &message) {
            if (guard) {
                onMessage(guard, message);
            }
        });
    connect(
        controller, &AccountController::subscriptionRequested, this, [this, guard](const Jid &from, const QString &) {
            if (guard) {
                onSubscriptionRequest(guard, from);
            }
        });
}

bool NotificationCenter::suppressed() const
{
    return !m_settings.notificationsEnabled() || (m_status && m_status->isDoNotDisturb());
}

bool NotificationCenter::isFocused(const Jid &account, const Jid &contact) const
{
    return m_windowActive && m_focusedAccount == account.bare() && m_focusedContact == contact.bare();
}

void NotificationCenter::onMessage(AccountController *controller, const StoredMessage &message)
{
    if (message.direction != MessageDirection::Incoming || message.flags.testFlag(MessageFlag::FromArchive)
        || (message.type != Message::Type::Chat && message.type != Message::Type::Normal) || message.body.isEmpty()) {
        return;
    }
    if (suppressed() || isFocused(controller->jid(), message.conversation)) {
        return;
    }
    if (message.flags.testFlag(MessageFlag::Delayed)) {
        // Offline storage (RFC 6121 §8.5.2.1.1 with XEP-0203 stamps) is flushed right after sign-in.
        // Collected until the burst pauses, but announced at the latest maxBurstWait after its first message,
        // so that a steady trickle cannot hold every notification back.
        if (m_delayed.isEmpty()) {
            m_burstStarted.start();
        }
        m_delayed.append({ controller->jid().bare(), message });
        if (m_burstStarted.elapsed() < maxBurstWait) {
            m_burst.start();
        }
        return;
    }
    notifyChat(controller, message.conversation, message.body, 1);
}

void NotificationCenter::flushBurst()
{
    const QList<std::pair<Jid, StoredMessage>> delayed = std::exchange(m_delayed, {});
    if (delayed.isEmpty() || suppressed()) {
        return;
    }
    // Per chat, in order of arrival: the newest text and how many.
    QList<std::pair<Jid, Jid>> chats;
    QHash<QString, std::pair<QString, int>> perChat;
    for (const auto &[account, message] : delayed) {
        if (isFocused(account, message.conversation)) {
            continue;
        }
        const QString tag = chatTag(account, message.conversation);
        if (!perChat.contains(tag)) {
            chats.append({ account, message.conversation });
        }
        auto &entry = perChat[tag];
        entry.first = message.body;
        ++entry.second;
    }
    if (chats.size() == 1) {
        const auto &[account, contact] = chats.constFirst();
        if (AccountController *controller = m_accounts.controller(account)) {
            const auto &[text, count] = perChat.value(chatTag(account, contact));
            notifyChat(controller, contact, text, count);
        }
        return;
    }
    if (chats.isEmpty()) {
        return;
    }
    int total = 0;
    QStringList names;
    for (const auto &[account, contact] : chats) {
        total += perChat.value(chatTag(account, contact)).second;
        if (names.size() < 3) {
            AccountController *controller = m_accounts.controller(account);
            names.append(controller ? displayName(controller, contact) : contact.bareString());
        }
    }
    QString from = names.join(u", "_s);
    if (chats.size() > names.size()) {
        from = tr("%1 and %n more", nullptr, int(chats.size() - names.size())).arg(from);
    }
    Notification summary;
    summary.tag = summaryTag;
    summary.title = tr("%n new messages", nullptr, total);
    summary.body = tr("While you were offline: %1").arg(from);
    summary.category = u"im.received"_s;
    summary.sound = m_settings.notificationSound();
    // A click opens the chat of the newest message; each chat's own notification is not shown on top of it.
    m_requests.insert(summaryTag, { delayed.constLast().first, delayed.constLast().second.conversation });
    show(summary);
}

void NotificationCenter::notifyChat(AccountController *controller, const Jid &contact, const QString &text, int added)
{
    // The contact's avatar as the notification's image (a file in the profile; none while it is not cached).
    const QString image = controller->isOpen() && controller->account().avatars()
        ? controller->account().avatars()->imageFile(contact.bare())
        : QString();
    showChat(controller->jid().bare(), contact, displayName(controller, contact), image, text, added);
}

void NotificationCenter::showChat(const Jid &account, const Jid &contact, const QString &name, const QString &imagePath,
    const QString &text, int added)
{
    const QString tag = chatTag(account, contact);
    Pending &pending = m_shown[tag];
    pending.account = account;
    pending.contact = contact.bare();
    pending.count += added;
    Notification notification;
    notification.tag = tag;
    notification.title = pending.count > 1 ? tr("%1 (%n messages)", nullptr, pending.count).arg(name) : name;
    notification.body = m_settings.hideMessageText() ? tr("New message") : preview(text);
    notification.category = u"im.received"_s;
    notification.sound = m_settings.notificationSound();
    notification.replyable = true;
    notification.imagePath = imagePath;
    show(notification);
}

void NotificationCenter::setLocalNetwork(LocalNetwork *network)
{
    if (m_local) {
        m_local->disconnect(this);
    }
    m_local = network;
    if (network) {
        connect(network, &LocalNetwork::messageReceived, this,
            [this](const Jid &peer, qint64, const QString &body) { onLocalMessage(peer, body); });
    }
}

void NotificationCenter::onLocalMessage(const Jid &peer, const QString &body)
{
    if (!m_local || body.isEmpty() || suppressed() || isFocused(m_local->account(), peer)) {
        return;
    }
    RosterModel *peers = m_local->peers();
    const QModelIndex row = peers ? peers->indexOf(peer.bare()) : QModelIndex();
    showChat(m_local->account(), peer, row.isValid() ? row.data(Qt::DisplayRole).toString() : peer.bareString(),
        QString(), body, 1);
}

void NotificationCenter::onRoomMessage(AccountController *controller, const StoredMessage &message)
{
    if (message.direction != MessageDirection::Incoming || message.body.isEmpty()
        || message.flags.testFlag(MessageFlag::FromArchive) || message.flags.testFlag(MessageFlag::Delayed)) {
        return; // ours, or caught up / replayed history: not news
    }
    if (suppressed() || isFocused(controller->jid(), message.conversation)) {
        return;
    }
    const QString tag = chatTag(controller->jid(), message.conversation);
    Pending &pending = m_shown[tag];
    pending.account = controller->jid().bare();
    pending.contact = message.conversation.bare();
    pending.count += 1;
    const QString room = displayName(controller, message.conversation);
    Notification notification;
    notification.tag = tag;
    notification.title = pending.count > 1 ? tr("%1 (%n messages)", nullptr, pending.count).arg(room) : room;
    notification.body = m_settings.hideMessageText()
        ? tr("New message")
        : preview((message.type == Message::Type::GroupChat ? tr("%1: %2") : tr("%1 (privately): %2"))
                      .arg(mucDisplayText(message.from.resource()), message.body));
    notification.category = u"im.received"_s;
    notification.sound = m_settings.notificationSound();
    notification.replyable = false; // a reply would go to the room as a chat message
    show(notification);
}

void NotificationCenter::onInvitation(
    AccountController *controller, const Jid &room, const Jid &from, const QString &reason)
{
    const MucRoom *current = controller->room(room);
    if (suppressed() || (current && current->state == MucRoomState::Joined)) {
        return;
    }
    const QString tag = u"invitation:%1:%2"_s.arg(controller->jid().bareString(), room.bareString());
    if (!m_invitations.contains(tag) && m_invitations.size() >= 16) {
        return; // anyone can invite: a flood does not fill the notification area
    }
    m_invitations.insert(tag, { controller->jid().bare(), room.bare() });
    Notification notification;
    notification.tag = tag;
    notification.title = tr("Group chat invitation");
    const QString why = mucDisplayText(reason).simplified();
    notification.body = m_settings.hideMessageText() || why.isEmpty()
        ? tr("%1 invites you to %2.").arg(from.bareString(), room.bareString())
        : preview(tr("%1 invites you to %2: %3").arg(from.bareString(), room.bareString(), why));
    notification.category = u"im"_s;
    notification.sound = m_settings.notificationSound();
    show(notification);
}

void NotificationCenter::onSubscriptionRequest(AccountController *controller, const Jid &from)
{
    if (suppressed() || !m_settings.notifySubscriptionRequests()) {
        return;
    }
    const QString tag = requestTag(controller->jid(), from);
    m_requests.insert(tag, { controller->jid().bare(), from.bare() });
    Notification notification;
    notification.tag = tag;
    notification.title = tr("Contact request");
    notification.body = tr("%1 wants to add you as a contact and see when you are online.").arg(from.bareString());
    notification.category = u"presence"_s;
    notification.sound = m_settings.notificationSound();
    show(notification);
}

void NotificationCenter::show(const Notification &notification)
{
    if (m_primary && m_primary->isAvailable()) {
        m_primary->show(notification);
    } else if (m_fallback && m_fallback->isAvailable()) {
        m_fallback->show(notification);
    }
}

void NotificationCenter::closeTag(const QString &tag)
{
    if (!m_shown.remove(tag)) {
        return;
    }
    for (Notifier *notifier : { m_primary.data(), m_fallback.data() }) {
        if (notifier) {
            notifier->close(tag);
        }
    }
}

QString NotificationCenter::displayName(AccountController *controller, const Jid &contact) const
{
    if (RosterManager *roster = controller->account().roster()) {
        if (const std::optional<RosterItem> item = roster->item(contact.bare()); item && !item->name.isEmpty()) {
            return item->name;
        }
    }
    return contact.bareString();
}

void NotificationCenter::onActivated(const QString &tag)
{
    if (const auto chat = m_shown.constFind(tag); chat != m_shown.cend()) {
        const Pending pending = *chat;
        closeTag(tag);
        Q_EMIT openChatRequested(pending.account, pending.contact);
        return;
    }
    if (const auto invitation = m_invitations.constFind(tag); invitation != m_invitations.cend()) {
        const auto [account, room] = *invitation;
        m_invitations.remove(tag);
        Q_EMIT invitationActivated(account, room);
        return;
    }
    if (const auto request = m_requests.constFind(tag); request != m_requests.cend()) {
        const auto [account, other] = *request;
        m_requests.remove(tag);
        if (tag == summaryTag) {
            Q_EMIT openChatRequested(account, other);
        } else {
            Q_EMIT subscriptionRequestActivated(account, other);
        }
    }
}

void NotificationCenter::onReplied(const QString &tag, const QString &text)
{
    const auto chat = m_shown.constFind(tag);
    if (chat == m_shown.cend()) {
        return;
    }
    const Pending pending = *chat;
    if (m_local && pending.account == m_local->account()) {
        m_local->sendMessage(pending.contact, text);
        m_local->markRead(pending.contact);
        closeTag(tag);
        return;
    }
    AccountController *controller = m_accounts.controller(pending.account);
    if (!controller) {
        return;
    }
    // Answering is reading: the chat is marked read (XEP-0333 <displayed/> where receipts are allowed).
    controller->sendMessage(pending.contact, text);
    controller->markConversationRead(pending.contact);
    closeTag(tag);
}

void NotificationCenter::onClosed(const QString &tag)
{
    // Dismissed or expired: the next message starts a new count.
    m_shown.remove(tag);
    m_requests.remove(tag);
}

} // namespace balcony::app
