#pragma once

#include <QObject>

namespace balcony::app {

class AccountController;
class AccountManager;
class AppSettings;

// Carries the AppSettings that are engine behaviour to every account, now and whenever they change: receipts
// and read markers (XEP-0184/0333), chat states (XEP-0085), offline options on sign-out (XEP-0187, with their
// validity), OMEMO's trust mode and the default encryption policy (the global policy of each account's E2eKeyStore,
// which contacts without a policy of their own follow). Accounts opened later get them as they appear
// (controllerAdded).
class EngineSettings : public QObject {
    Q_OBJECT
public:
    // Both must outlive this object.
    EngineSettings(AppSettings &settings, AccountManager &accounts, QObject *parent = nullptr);

    // Applies every engine setting to `controller` (done for each controller automatically).
    void apply(AccountController *controller) const;

private:
    void onChanged(const QString &key);

    AppSettings &m_settings;
    AccountManager &m_accounts;
};

} // namespace balcony::app
