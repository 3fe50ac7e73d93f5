#pragma once

// Accounts for the widget tests and the screenshot tool: an AccountManager in a temporary data folder whose
// accounts run on in-memory stores (prefilled with a roster and history, as a profile's caches would be) and
// scripted transports, so the window has contacts and conversations before any network traffic.

#include "AccountLogin.h"
#include "ScriptedTransport.h"
#include "account/Account.h"
#include "app/AccountController.h"
#include "app/AccountManager.h"
#include "app/AppPaths.h"
#include "app/PasswordStore.h"
#include "storage/HistoryStore.h"
#include "storage/RosterStore.h"

#include <QApplication>
#include <QDateTime>
#include <QHash>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace balcony::test {

// Runs `answer` on the next modal dialog that appears (QMessageBox/QInputDialog exec() spin their own loop).
inline void answerNextDialog(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

class UiFixture {
public:
    UiFixture()
    {
        app::AppPaths::setDataDir(m_dir.path());
        m_manager = std::make_unique<app::AccountManager>(m_passwords);
        m_manager->setAccountFactory([this](const AccountSettings &given) {
            AccountSettings settings = given;
            settings.connection.autoReconnect = false;
            settings.automaticCatchUp = false;
            settings.keepaliveIdleMs = 0;
            settings.e2eScrypt = { 1 << 10, 8, 1 };
            const Jid account = settings.connection.jid.bare();
            AccountStores stores = AccountStores::inMemory();
            stores.roster->replaceAll(m_rosters.value(account), QStringLiteral("1"));
            for (StoredMessage message : m_histories.value(account)) {
                stores.history->insert(message);
            }
            auto transport = std::make_unique<ScriptedTransport>();
            m_servers.insert(account, transport.get());
            return std::make_unique<Account>(settings, std::move(stores), std::move(transport));
        });
        m_manager->load();
    }
    ~UiFixture()
    {
        m_manager.reset();
        app::AppPaths::setDataDir(QString());
    }
    UiFixture(const UiFixture &) = delete;
    UiFixture &operator=(const UiFixture &) = delete;

    app::AccountManager &manager() { return *m_manager; }
    ScriptedTransport *server(const Jid &account) const { return m_servers.value(account.bare()); }
    QString dataDir() const { return m_dir.path(); }

    // Call before addAccount(): what the account's caches hold when it opens.
    void setRoster(const Jid &account, const QList<RosterItem> &items) { m_rosters.insert(account.bare(), items); }
    void addMessage(const Jid &account, const Jid &peer, MessageDirection direction, const QString &body,
        const QDateTime &time, MessageState state = MessageState::Received, bool encrypted = false)
    {
        StoredMessage message;
        message.conversation = peer.bare();
        message.direction = direction;
        message.from = direction == MessageDirection::Incoming ? peer : account;
        message.to = direction == MessageDirection::Incoming ? account : peer;
        message.body = body;
        message.sentTime = time;
        message.receivedTime = time;
        message.state = state;
        message.messageId = QStringLiteral("m%1").arg(++m_messageIds);
        if (encrypted) {
            message.e2e.kind = MessageE2eKind::OfflineEsession;
            message.e2e.status
                = direction == MessageDirection::Incoming ? MessageE2eStatus::Decrypted : MessageE2eStatus::Encrypted;
        }
        m_histories[account.bare()].append(message);
    }

    app::AccountController *addAccount(const QString &jid, const QString &label = QString())
    {
        app::AccountConfig config;
        config.jid = *Jid::parse(jid);
        config.passwordMode = app::PasswordMode::Session;
        config.label = label;
        if (!m_manager->addAccount(config, QStringLiteral("pencil"))) {
            return nullptr;
        }
        return m_manager->controller(config.jid);
    }

    // The scripted login (the server binds user@example.com/balcony, so only for that account).
    bool login(app::AccountController *controller)
    {
        ScriptedTransport *transport = server(controller->jid());
        return transport && !loginAccount(controller->account(), *transport).isEmpty();
    }

    static RosterItem item(const QString &jid, const QString &name, const QStringList &groups,
        const QString &subscription = QStringLiteral("both"))
    {
        RosterItem item;
        item.jid = *Jid::parse(jid);
        item.name = name;
        item.groups = groups;
        item.subscription = subscription;
        return item;
    }

private:
    QTemporaryDir m_dir;
    app::MemoryPasswordStore m_passwords;
    std::unique_ptr<app::AccountManager> m_manager;
    QHash<Jid, ScriptedTransport *> m_servers;
    QHash<Jid, QList<RosterItem>> m_rosters;
    QHash<Jid, QList<StoredMessage>> m_histories;
    int m_messageIds = 0;
};

} // namespace balcony::test
