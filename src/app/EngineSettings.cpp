#include "app/EngineSettings.h"

#include "app/AccountController.h"
#include "app/AccountManager.h"
#include "app/AppSettings.h"

namespace balcony::app {

EngineSettings::EngineSettings(AppSettings &settings, AccountManager &accounts, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_accounts(accounts)
{
    connect(&m_accounts, &AccountManager::controllerAdded, this, &EngineSettings::apply);
    connect(&m_settings, &AppSettings::changed, this, &EngineSettings::onChanged);
    const QList<AccountController *> controllers = m_accounts.controllers();
    for (AccountController *controller : controllers) {
        apply(controller);
    }
}

void EngineSettings::apply(AccountController *controller) const
{
    controller->setSendReceipts(m_settings.sendReceipts());
    controller->setSendChatStates(m_settings.sendChatStates());
    controller->setOfflineOptions(m_settings.publishOfflineOptions(), m_settings.offlineOptionsValidityHours());
    controller->setOmemoManualTrust(m_settings.omemoManualTrust());
    // The app-wide default is the one the user sees in the settings: each account's store follows it.
    if (controller->encryptionPolicy(Jid()) != m_settings.defaultEncryptionPolicy()) {
        controller->setEncryptionPolicy(Jid(), m_settings.defaultEncryptionPolicy());
    }
}

void EngineSettings::onChanged(const QString &key)
{
    if (key != AppSettings::PrivacySendReceipts && key != AppSettings::PrivacySendChatStates
        && key != AppSettings::PrivacyPublishOfflineOptions && key != AppSettings::PrivacyOfflineOptionsHours
        && key != AppSettings::EncryptionDefaultPolicy && key != AppSettings::EncryptionOmemoManualTrust) {
        return;
    }
    const QList<AccountController *> controllers = m_accounts.controllers();
    for (AccountController *controller : controllers) {
        apply(controller);
    }
}

} // namespace balcony::app
