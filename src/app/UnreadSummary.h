#pragma once

#include "core/Jid.h"

#include <QHash>
#include <QObject>

namespace balcony::app {

class AccountController;
class AccountManager;

// The number the tray shows: unread incoming messages over every open account (each account's
// ConversationListModel::totalUnread, which follows the engine's read markers), and how many chats they are in.
// Follows accounts as they are opened and closed.
class UnreadSummary : public QObject {
    Q_OBJECT
public:
    // `accounts` must outlive this object.
    explicit UnreadSummary(AccountManager &accounts, QObject *parent = nullptr);

    int total() const { return m_total; }
    int conversations() const { return m_conversations; }
    // Per account (bare JID), for a tooltip that names them.
    int unread(const Jid &account) const { return m_perAccount.value(account.bare()).first; }

Q_SIGNALS:
    // total() or conversations() changed.
    void changed(int total);

private:
    void watch(AccountController *controller);
    void update(const Jid &account);
    void recount();

    AccountManager &m_accounts;
    QHash<Jid, std::pair<int, int>> m_perAccount; // account -> (unread messages, chats with unread)
    int m_total = 0;
    int m_conversations = 0;
};

} // namespace balcony::app
