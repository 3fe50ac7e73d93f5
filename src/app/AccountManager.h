#pragma once

#include "app/AccountConfig.h"
#include "app/AccountList.h"
#include "app/PasswordStore.h"
#include "core/Jid.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QString>

#include <functional>
#include <memory>

class QDBusConnection;

namespace balcony {
class Account;
class Transport;
struct AccountSettings;
} // namespace balcony

namespace balcony::app {

class AccountController;
class SleepWatcher;

// The user's accounts: the list (AccountList, accounts.ini in the app data folder), one AccountController per
// enabled account (each on its own profile folder, AppPaths::profileDir), the passwords (PasswordStore: the
// system keychain, or memory for this session), and the certificate-trust decisions (CertificateTrust in the
// profile folder: the only way a certificate that fails verification is accepted).
//
// load() opens every enabled account's profile, so the windows can show contacts and conversations from the
// caches at once; signInAll() then asks the password store and connects each account. An account whose
// password is not available (not stored, keychain missing or locked, PasswordMode::Ask) is announced with
// passwordNeeded(); the front end asks the user and calls providePassword().
class AccountManager : public QObject {
    Q_OBJECT
public:
    // Makes the Account for a configuration (tests: in-memory stores, a scripted transport). The default makes
    // an Account on its profile folder with a TCP connection.
    using AccountFactory = std::function<std::unique_ptr<Account>(const AccountSettings &settings)>;

    // `passwords` must outlive the manager. The list file and profiles are under AppPaths (dataDir()).
    explicit AccountManager(PasswordStore &passwords, QObject *parent = nullptr);
    ~AccountManager() override;

    void setAccountFactory(AccountFactory factory) { m_factory = std::move(factory); }

    // When the password store is asked for an account's password. OnSignIn: when it signs in. ReadAhead: load()
    // asks for every enabled account whose password is in the keychain right after reading the list, before the
    // profiles are opened, so that the answer (the keychain works on a thread of its own) is at hand when the
    // front end signs in once its window is up (issue 12: nothing serial before the connect); signIn() uses it,
    // or waits for a read still under way instead of asking again. A read that fails is not kept: signIn() asks
    // again, and reports why as it always does.
    enum class Passwords { OnSignIn, ReadAhead };

    // Reads the list and opens every enabled account (no network). False (and *error) if the list cannot be
    // read; an account whose profile cannot be opened is reported by accountFailed() and stays closed.
    bool load(QString *error = nullptr, Passwords passwords = Passwords::OnSignIn);

    QList<AccountConfig> accounts() const { return m_list.accounts(); }
    std::optional<AccountConfig> account(const Jid &jid) const { return m_list.find(jid.bare()); }
    // The controller of an enabled, open account (null otherwise).
    AccountController *controller(const Jid &jid) const;
    QList<AccountController *> controllers() const;

    // Adds an account (saved at once) and opens it if enabled; with PasswordMode::Keychain the password goes to
    // the keychain, with Session it is kept in memory, with Ask nowhere. False with *error (translated) for an
    // invalid or duplicate JID or a list that cannot be written.
    bool addAccount(const AccountConfig &config, const QString &password, QString *error = nullptr);
    // Signs the account out, closes it, forgets its password (keychain too) and removes it from the list;
    // with `deleteProfile` its profile folder (history, keys, caches) goes as well.
    bool removeAccount(const Jid &jid, bool deleteProfile, QString *error = nullptr);
    // Changes the settings of an account (same JID); a connected account reconnects with them.
    bool updateAccount(const AccountConfig &config, QString *error = nullptr);
    bool setEnabled(const Jid &jid, bool enabled, QString *error = nullptr);

    // `ok`: done. `message` (translated): why not, or, with ok, a warning about what did not follow.
    using ResultCallback = std::function<void(bool ok, const QString &message)>;
    // XEP-0077 §3.3 through the account's controller (it must be online): the server first; only after it said
    // yes are the encrypted-session secrets re-sealed and the password replaced where the account's mode keeps
    // it (keychain or this session). False with *error (nothing sent) when the account is not online.
    bool changePassword(const Jid &jid, const QString &newPassword, ResultCallback done, QString *error = nullptr);
    // "Remove account" with "also from the server": XEP-0077 §3.2 cancels the registration (the account must be
    // online); only after the server said yes is it removed here as removeAccount() does. False with *error
    // (nothing sent) when the account is not online.
    bool removeAccountFromServer(const Jid &jid, bool deleteProfile, ResultCallback done, QString *error = nullptr);

    // Connects every enabled account whose password is at hand (see the class comment).
    void signInAll();
    void signIn(const Jid &jid);
    // The password the user typed after passwordNeeded(); `remember` stores it as the account's mode says.
    void providePassword(const Jid &jid, const QString &password, bool remember);
    void signOutAll(const QString &status = QString());

    // The machine's suspend and wake-up (SleepWatcher: logind on the system bus, watched from construction; tests
    // give another bus) reach every open account's connection (Connection::setSleeping): a BOSH session whose server
    // offers a pause is paused for the sleep and resumed after it; TCP has nothing to do.
    void watchSleep(const QDBusConnection &bus);
    void setSleeping(bool sleeping);

    // The user's decision about a certificate that failed verification for the account's domain: trusted from
    // now on (recorded in the profile), used by the next connection.
    bool trustCertificate(const Jid &jid, const QSslCertificate &certificate, QString *error = nullptr);

Q_SIGNALS:
    void accountAdded(const balcony::Jid &jid);
    void accountRemoved(const balcony::Jid &jid);
    void accountChanged(const balcony::Jid &jid);
    // The controller of an account exists (open) or is gone.
    void controllerAdded(balcony::app::AccountController *controller);
    void controllerRemoved(const balcony::Jid &jid);
    // The account's profile could not be opened (translated message).
    void accountFailed(const balcony::Jid &jid, const QString &message);
    // Ask the user: `reason` (translated) says why the stored one is not available, empty for Ask mode.
    void passwordNeeded(const balcony::Jid &jid, const QString &reason);

private:
    AccountSettings settingsFor(const AccountConfig &config) const;
    bool openController(const AccountConfig &config);
    void closeController(const Jid &jid);
    bool saveList(QString *error);
    void storePassword(const AccountConfig &config, const QString &password);
    // Asks the store for the account's password unless a read is under way; onPasswordRead() gets the answer.
    void readPassword(const Jid &bare);
    void onPasswordRead(const Jid &bare, const PasswordStore::Result &result);

    PasswordStore &m_passwords;
    AccountList m_list;
    AccountFactory m_factory;
    QHash<Jid, AccountController *> m_controllers; // owned (children of this)
    QHash<Jid, QString> m_sessionPasswords; // Keychain and Session modes: known this session
    QHash<Jid, QString> m_oneShotPasswords; // Ask mode: typed when the account was added, used once
    QSet<Jid> m_reading; // password reads under way
    QSet<Jid> m_signInWaiting; // accounts signing in once their read is answered
    SleepWatcher *m_sleep = nullptr; // owned (child)
};

} // namespace balcony::app
