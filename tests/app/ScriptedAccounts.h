#pragma once

// Accounts for the src/app tests: an AccountManager whose accounts run on in-memory stores and scripted
// transports, in a temporary data folder, with a signed-in account on request.

#include "AccountLogin.h"
#include "ScriptedTransport.h"
#include "TestJid.h"
#include "account/Account.h"
#include "app/AccountController.h"
#include "app/AccountManager.h"
#include "app/AppPaths.h"
#include "app/PasswordStore.h"
#include "stream/Scram.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace balcony::test {

class ScriptedAccounts {
public:
    ScriptedAccounts()
    {
        app::AppPaths::setDataDir(m_dir.path());
        manager = std::make_unique<app::AccountManager>(m_passwords);
        manager->setAccountFactory([this](const AccountSettings &given) {
            AccountSettings settings = given;
            settings.connection.autoReconnect = false;
            settings.automaticCatchUp = false;
            settings.keepaliveIdleMs = 0;
            settings.e2eScrypt = { 1 << 10, 8, 1 };
            auto transport = std::make_unique<ScriptedTransport>();
            servers.insert(settings.connection.jid.bare(), transport.get());
            return std::make_unique<Account>(settings, AccountStores::inMemory(), std::move(transport));
        });
    }
    ~ScriptedAccounts()
    {
        manager.reset();
        Scram::setTestNonce({});
        app::AppPaths::setDataDir(QString());
    }

    bool load() { return m_dir.isValid() && manager->load(); }

    // Adds `bare` (Session password) and, with `signIn`, logs it in on its scripted server.
    app::AccountController *add(const QString &bare, bool signIn = true)
    {
        app::AccountConfig config;
        config.jid = jid(bare);
        config.passwordMode = app::PasswordMode::Session;
        if (!manager->addAccount(config, QStringLiteral("pencil"))) {
            return nullptr;
        }
        app::AccountController *controller = manager->controller(config.jid);
        if (controller && signIn) {
            manager->signIn(config.jid);
            if (loginAccount(controller->account(), *servers.value(config.jid)).isEmpty()) {
                return nullptr;
            }
            servers.value(config.jid)->clearWrites();
        }
        return controller;
    }

    ScriptedTransport &server(const QString &bare) { return *servers.value(jid(bare)); }

    std::unique_ptr<app::AccountManager> manager;
    QHash<Jid, ScriptedTransport *> servers;

private:
    QTemporaryDir m_dir;
    app::MemoryPasswordStore m_passwords;
};

} // namespace balcony::test
