#include "AccountManager.h"

#include "account/Account.h"
#include "app/AccountController.h"
#include "app/AppPaths.h"
#include "app/SleepWatcher.h"
#include "stream/CertificateTrust.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDir>
#include <QPointer>

namespace balcony::app {

AccountManager::AccountManager(PasswordStore &passwords, QObject *parent)
    : QObject(parent)
    , m_passwords(passwords)
    , m_list(AppPaths::accountListFile())
    , m_factory([](const AccountSettings &settings) { return std::make_unique<Account>(settings); })
{
    watchSleep(QDBusConnection::systemBus());
}

void AccountManager::watchSleep(const QDBusConnection &bus)
{
    delete m_sleep;
    m_sleep = new SleepWatcher(bus, this);
    connect(m_sleep, &SleepWatcher::sleepingChanged, this, &AccountManager::setSleeping);
}

void AccountManager::setSleeping(bool sleeping)
{
    for (AccountController *controller : std::as_const(m_controllers)) {
        controller->account().connection().setSleeping(sleeping);
    }
}

AccountManager::~AccountManager()
{
    // Controllers first (they sign nothing out here: the app did that before quitting, or the server notices).
    const QList<Jid> jids = m_controllers.keys();
    for (const Jid &jid : jids) {
        delete m_controllers.take(jid);
    }
}

bool AccountManager::load(QString *error, Passwords passwords)
{
    if (!m_list.load(error)) {
        return false;
    }
    if (passwords == Passwords::ReadAhead) {
        for (const AccountConfig &config : m_list.accounts()) {
            if (config.enabled && config.passwordMode == PasswordMode::Keychain
                && !m_sessionPasswords.contains(config.jid)) {
                readPassword(config.jid);
            }
        }
    }
    for (const AccountConfig &config : m_list.accounts()) {
        if (config.enabled && !m_controllers.contains(config.jid)) {
            openController(config);
        }
    }
    return true;
}

AccountController *AccountManager::controller(const Jid &jid) const
{
    return m_controllers.value(jid.bare());
}

QList<AccountController *> AccountManager::controllers() const
{
    // In the order of the list, as the user arranged it.
    QList<AccountController *> result;
    for (const AccountConfig &config : m_list.accounts()) {
        if (AccountController *c = m_controllers.value(config.jid)) {
            result.append(c);
        }
    }
    return result;
}

AccountSettings AccountManager::settingsFor(const AccountConfig &config) const
{
    AccountSettings settings;
    settings.connection.jid = config.resource.isEmpty() ? config.jid : config.jid.withResource(config.resource);
    settings.connection.host = config.host;
    settings.connection.port = config.port;
    settings.connection.directTls = config.directTls;
    settings.connection.binding = config.binding;
    settings.connection.websocketUrl = config.websocketUrl;
    settings.connection.boshUrl = config.boshUrl;
    settings.connection.password = m_sessionPasswords.value(config.jid);
    settings.profileDir = AppPaths::profileDir(config.jid);
    const CertificateTrust trust(settings.profileDir);
    settings.connection.trustedFingerprints = trust.fingerprints(config.jid.domain());
    return settings;
}

bool AccountManager::openController(const AccountConfig &config)
{
    auto *controller = new AccountController(m_factory(settingsFor(config)), this);
    QString error;
    if (!controller->open(&error)) {
        delete controller;
        Q_EMIT accountFailed(config.jid, error);
        return false;
    }
    if (!error.isEmpty()) {
        Q_EMIT accountFailed(config.jid, error); // open, but recovered from a damaged profile: say so
    }
    // XEP-0207 eventing mode before the first session (its start publishes the presence); switching it off in the
    // account's settings reopens the controller without it (updateAccount()).
    controller->setEventing(config.eventing);
    m_controllers.insert(config.jid, controller);
    Q_EMIT controllerAdded(controller);
    return true;
}

void AccountManager::closeController(const Jid &jid)
{
    AccountController *controller = m_controllers.take(jid);
    if (!controller) {
        return;
    }
    // Removed or disabled: nothing is published for contacts (the account is going away here).
    controller->signOutNow();
    Q_EMIT controllerRemoved(jid);
    // Later: the sign-out's unavailable presence and closing tag are being written.
    controller->deleteLater();
}

bool AccountManager::saveList(QString *error)
{
    return m_list.save(error);
}

void AccountManager::storePassword(const AccountConfig &config, const QString &password)
{
    if (password.isEmpty()) {
        return;
    }
    switch (config.passwordMode) {
    case PasswordMode::Keychain: {
        m_sessionPasswords.insert(config.jid, password);
        const Jid jid = config.jid;
        const QPointer<AccountManager> self(this);
        m_passwords.write(jid, password, [self, jid](const PasswordStore::Result &result) {
            if (self && !result.ok()) {
                // Kept for this session; the next start asks again and says why.
                Q_EMIT self->accountFailed(jid, result.error);
            }
        });
        return;
    }
    case PasswordMode::Session:
        m_sessionPasswords.insert(config.jid, password);
        return;
    case PasswordMode::Ask:
        return;
    }
}

bool AccountManager::addAccount(const AccountConfig &config, const QString &password, QString *error)
{
    AccountConfig added = config;
    added.jid = config.jid.bare();
    if (added.jid.isNull() || added.jid.local().isEmpty()) {
        if (error) {
            *error = tr("An account address looks like name@example.org.");
        }
        return false;
    }
    if (!m_list.add(added)) {
        if (error) {
            *error = tr("%1 is already in the list of accounts.").arg(added.jid.bareString());
        }
        return false;
    }
    if (!saveList(error)) {
        m_list.remove(added.jid);
        return false;
    }
    storePassword(added, password);
    if (added.passwordMode == PasswordMode::Ask && !password.isEmpty()) {
        // Never kept: used once, for the sign-in that follows adding the account.
        m_oneShotPasswords.insert(added.jid, password);
    }
    Q_EMIT accountAdded(added.jid);
    if (added.enabled) {
        openController(added);
    }
    return true;
}

bool AccountManager::removeAccount(const Jid &jid, bool deleteProfile, QString *error)
{
    const Jid bare = jid.bare();
    if (!m_list.find(bare)) {
        if (error) {
            *error = tr("%1 is not in the list of accounts.").arg(bare.bareString());
        }
        return false;
    }
    closeController(bare);
    m_list.remove(bare);
    if (!saveList(error)) {
        return false;
    }
    m_sessionPasswords.remove(bare);
    m_oneShotPasswords.remove(bare);
    m_passwords.remove(bare, [](const PasswordStore::Result &) {});
    if (deleteProfile) {
        QDir(AppPaths::profileDir(bare)).removeRecursively();
    }
    Q_EMIT accountRemoved(bare);
    return true;
}

bool AccountManager::updateAccount(const AccountConfig &config, QString *error)
{
    const std::optional<AccountConfig> before = m_list.find(config.jid.bare());
    if (!before) {
        if (error) {
            *error = tr("%1 is not in the list of accounts.").arg(config.jid.bareString());
        }
        return false;
    }
    if (!m_list.update(config) || !saveList(error)) {
        if (error && error->isEmpty()) {
            *error = tr("The account could not be changed.");
        }
        return false;
    }
    if (before->passwordMode == PasswordMode::Keychain && config.passwordMode != PasswordMode::Keychain) {
        // The user no longer wants it in the keychain: take it out.
        m_passwords.remove(config.jid, [](const PasswordStore::Result &) {});
    }
    Q_EMIT accountChanged(config.jid);
    const bool wasOpen = m_controllers.contains(config.jid);
    const bool wasOnline = wasOpen && m_controllers.value(config.jid)->isOnline();
    if (wasOpen) {
        closeController(config.jid);
    }
    if (config.enabled && openController(config) && wasOnline) {
        signIn(config.jid);
    }
    return true;
}

bool AccountManager::setEnabled(const Jid &jid, bool enabled, QString *error)
{
    std::optional<AccountConfig> config = m_list.find(jid.bare());
    if (!config) {
        if (error) {
            *error = tr("%1 is not in the list of accounts.").arg(jid.bareString());
        }
        return false;
    }
    if (config->enabled == enabled) {
        return true;
    }
    config->enabled = enabled;
    if (!m_list.update(*config) || !saveList(error)) {
        return false;
    }
    if (enabled) {
        openController(*config);
    } else {
        closeController(config->jid);
    }
    Q_EMIT accountChanged(config->jid);
    return true;
}

void AccountManager::signInAll()
{
    for (const AccountConfig &config : m_list.accounts()) {
        if (m_controllers.contains(config.jid)) {
            signIn(config.jid);
        }
    }
}

void AccountManager::signIn(const Jid &jid)
{
    const Jid bare = jid.bare();
    const std::optional<AccountConfig> config = m_list.find(bare);
    AccountController *controller = m_controllers.value(bare);
    if (!config || !controller) {
        return;
    }
    if (const QString once = m_oneShotPasswords.take(bare); !once.isEmpty()) {
        controller->signIn(once);
        return;
    }
    if (const auto it = m_sessionPasswords.constFind(bare); it != m_sessionPasswords.cend()) {
        controller->signIn(*it);
        return;
    }
    if (config->passwordMode != PasswordMode::Keychain) {
        Q_EMIT passwordNeeded(bare, QString());
        return;
    }
    m_signInWaiting.insert(bare);
    readPassword(bare);
}

void AccountManager::readPassword(const Jid &bare)
{
    if (m_reading.contains(bare)) {
        return; // the sign-in takes the answer of the read under way
    }
    m_reading.insert(bare);
    const QPointer<AccountManager> self(this);
    m_passwords.read(bare, [self, bare](const PasswordStore::Result &result) {
        if (self) {
            self->onPasswordRead(bare, result);
        }
    });
}

void AccountManager::onPasswordRead(const Jid &bare, const PasswordStore::Result &result)
{
    m_reading.remove(bare);
    const bool signingIn = m_signInWaiting.remove(bare);
    AccountController *current = m_controllers.value(bare);
    if (!current) {
        return; // removed or disabled meanwhile
    }
    // One typed or changed in this session meanwhile is newer than what the keychain said.
    if (result.ok() && !m_sessionPasswords.contains(bare)) {
        m_sessionPasswords.insert(bare, result.password);
    }
    if (!signingIn) {
        return; // read ahead: signIn() finds it
    }
    if (result.ok()) {
        current->signIn(m_sessionPasswords.value(bare));
        return;
    }
    Q_EMIT passwordNeeded(bare,
        result.status == PasswordStore::Status::NotFound ? tr("No password is stored for this account.")
                                                         : result.error);
}

void AccountManager::providePassword(const Jid &jid, const QString &password, bool remember)
{
    const Jid bare = jid.bare();
    const std::optional<AccountConfig> config = m_list.find(bare);
    if (!config || password.isEmpty()) {
        return;
    }
    if (remember) {
        storePassword(*config, password);
    }
    if (config->passwordMode != PasswordMode::Ask) {
        // For this session's later sign-ins (the Account keeps it for its own reconnects in any case).
        m_sessionPasswords.insert(bare, password);
    }
    if (AccountController *controller = m_controllers.value(bare)) {
        controller->signIn(password);
    }
}

void AccountManager::signOutAll(const QString &status)
{
    for (AccountController *controller : std::as_const(m_controllers)) {
        controller->signOut(status);
    }
}

bool AccountManager::trustCertificate(const Jid &jid, const QSslCertificate &certificate, QString *error)
{
    const Jid bare = jid.bare();
    if (!m_list.find(bare) || certificate.isNull()) {
        if (error) {
            *error = tr("There is no certificate to trust.");
        }
        return false;
    }
    CertificateTrust trust(AppPaths::profileDir(bare));
    if (!trust.trust(bare.domain(), certificate)) {
        if (error) {
            *error = tr("Cannot record the decision in %1: %2").arg(trust.filePath(), trust.errorString());
        }
        return false;
    }
    if (AccountController *controller = m_controllers.value(bare)) {
        controller->account().setTrustedFingerprints(trust.fingerprints(bare.domain()));
    }
    return true;
}

bool AccountManager::changePassword(const Jid &jid, const QString &newPassword, ResultCallback done, QString *error)
{
    const Jid bare = jid.bare();
    AccountController *controller = m_controllers.value(bare);
    if (newPassword.isEmpty()) {
        if (error) {
            *error = tr("Enter the new password.");
        }
        return false;
    }
    if (!controller || !controller->isOnline()) {
        if (error) {
            *error = tr("The account must be online to change its password on the server.");
        }
        return false;
    }
    const QPointer<AccountManager> self(this);
    const bool sent
        = controller->changePassword(newPassword, [self, bare, newPassword, done](bool ok, const QString &message) {
              if (!self) {
                  return;
              }
              if (ok) {
                  // Only now: a refused change must leave the stored password as it was.
                  if (const std::optional<AccountConfig> config = self->m_list.find(bare)) {
                      self->m_oneShotPasswords.remove(bare);
                      if (config->passwordMode == PasswordMode::Ask) {
                          self->m_sessionPasswords.remove(bare);
                      } else {
                          self->storePassword(*config, newPassword);
                      }
                  }
              }
              if (done) {
                  done(ok, message);
              }
          });
    if (!sent && error) {
        *error = tr("The request could not be sent; try again.");
    }
    return sent;
}

bool AccountManager::removeAccountFromServer(const Jid &jid, bool deleteProfile, ResultCallback done, QString *error)
{
    const Jid bare = jid.bare();
    AccountController *controller = m_controllers.value(bare);
    if (!controller || !controller->isOnline()) {
        if (error) {
            *error = tr("The account must be online to remove it from the server.");
        }
        return false;
    }
    const QPointer<AccountManager> self(this);
    const bool sent = controller->cancelRegistration([self, bare, deleteProfile, done](
                                                         bool ok, const QString &message) {
        if (!self) {
            return;
        }
        if (!ok) {
            if (done) {
                done(false, message);
            }
            return;
        }
        QString removeError;
        const bool removed = self->removeAccount(bare, deleteProfile, &removeError);
        if (done) {
            done(true,
                removed
                    ? QString()
                    : tr("The account was removed from the server, but not from this computer: %1").arg(removeError));
        }
    });
    if (!sent && error) {
        *error = tr("The request could not be sent; try again.");
    }
    return sent;
}

} // namespace balcony::app
