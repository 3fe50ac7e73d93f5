#include "app/UnreadSummary.h"

#include "app/AccountController.h"
#include "app/AccountManager.h"
#include "models/ConversationListModel.h"

#include <QPointer>

namespace balcony::app {

UnreadSummary::UnreadSummary(AccountManager &accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
{
    connect(&m_accounts, &AccountManager::controllerAdded, this, &UnreadSummary::watch);
    connect(&m_accounts, &AccountManager::controllerRemoved, this, [this](const Jid &account) {
        m_perAccount.remove(account.bare());
        recount();
    });
    const QList<AccountController *> controllers = m_accounts.controllers();
    for (AccountController *controller : controllers) {
        watch(controller);
    }
}

void UnreadSummary::watch(AccountController *controller)
{
    ConversationListModel *conversations = controller->conversations();
    if (!conversations) {
        return;
    }
    const Jid account = controller->jid().bare();
    const QPointer<AccountController> guard(controller);
    auto follow = [this, guard, account] {
        if (guard) {
            update(account);
        }
    };
    connect(conversations, &ConversationListModel::totalUnreadChanged, this, follow);
    connect(conversations, &ConversationListModel::unreadCountChanged, this, follow);
    update(account);
}

void UnreadSummary::update(const Jid &account)
{
    AccountController *controller = m_accounts.controller(account);
    if (!controller || !controller->conversations()) {
        m_perAccount.remove(account);
    } else {
        const ConversationListModel *conversations = controller->conversations();
        m_perAccount.insert(account, { conversations->totalUnread(), int(conversations->unreadCounts().size()) });
    }
    recount();
}

void UnreadSummary::recount()
{
    int total = 0;
    int chats = 0;
    for (const auto &[messages, conversations] : std::as_const(m_perAccount)) {
        total += messages;
        chats += conversations;
    }
    if (total == m_total && chats == m_conversations) {
        return;
    }
    m_total = total;
    m_conversations = chats;
    Q_EMIT changed(total);
}

} // namespace balcony::app
