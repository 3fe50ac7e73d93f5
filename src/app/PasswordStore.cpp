#include "app/PasswordStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace balcony::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("balcony::app::PasswordStore", text);
}

PasswordStore::Result resultOf(const QKeychain::Job &job)
{
    PasswordStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = PasswordStore::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = PasswordStore::Status::NotFound;
        result.error = tr("No password is stored for this account.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = PasswordStore::Status::Unavailable;
        result.error = tr("No keychain is available on this desktop (%1).").arg(job.errorString());
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = PasswordStore::Status::Denied;
        result.error = tr("The keychain refused access (%1).").arg(job.errorString());
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    result.status = PasswordStore::Status::Failed;
    result.error = tr("The keychain failed: %1").arg(job.errorString());
    return result;
}

// Runs a QtKeychain job owned by `store` (so a destroyed store never calls back) and reports its result once.
template<typename JobType>
void run(PasswordStore *store, JobType *job, PasswordStore::Callback done,
    std::function<void(const JobType &, PasswordStore::Result &)> onOk = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    QObject::connect(job, &QKeychain::Job::finished, store, [job, done = std::move(done), onOk](QKeychain::Job *) {
        PasswordStore::Result result = resultOf(*job);
        if (result.ok() && onOk) {
            onOk(*job, result);
        }
        done(result);
    });
    job->start();
}

} // namespace

PasswordStore::~PasswordStore() = default;

KeychainPasswordStore::KeychainPasswordStore(QObject *parent)
    : PasswordStore(parent)
{
}

KeychainPasswordStore::~KeychainPasswordStore() = default;

QString KeychainPasswordStore::serviceName()
{
    return u"Balcony"_s;
}

QString KeychainPasswordStore::keyFor(const Jid &account)
{
    return u"xmpp:"_s + account.bareString();
}

bool KeychainPasswordStore::serviceAvailable()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    if (!bus) {
        return false;
    }
    const QStringList names { u"org.freedesktop.secrets"_s, u"org.kde.kwalletd6"_s, u"org.kde.kwalletd5"_s };
    const QStringList activatable = bus->activatableServiceNames().value();
    for (const QString &name : names) {
        if (bus->isServiceRegistered(name).value() || activatable.contains(name)) {
            return true;
        }
    }
    return false;
}

bool KeychainPasswordStore::unavailable(Callback &done)
{
    if (serviceAvailable()) {
        return false;
    }
    Result result { Status::Unavailable, {},
        tr("No keychain is available on this desktop (neither a Secret Service such as GNOME Keyring nor KWallet "
           "is running).") };
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
    return true;
}

void KeychainPasswordStore::read(const Jid &account, Callback done)
{
    if (unavailable(done)) {
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(keyFor(account));
    run<QKeychain::ReadPasswordJob>(this, job, std::move(done),
        [](const QKeychain::ReadPasswordJob &finished, Result &result) { result.password = finished.textData(); });
}

void KeychainPasswordStore::write(const Jid &account, const QString &password, Callback done)
{
    if (unavailable(done)) {
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(keyFor(account));
    job->setTextData(password);
    run<QKeychain::WritePasswordJob>(this, job, std::move(done));
}

void KeychainPasswordStore::remove(const Jid &account, Callback done)
{
    if (unavailable(done)) {
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(keyFor(account));
    run<QKeychain::DeletePasswordJob>(this, job, [done = std::move(done)](const Result &result) {
        if (result.status == Status::NotFound) {
            done(Result { Status::Ok, {}, {} });
            return;
        }
        done(result);
    });
}

MemoryPasswordStore::~MemoryPasswordStore() = default;

void MemoryPasswordStore::later(Callback done, Result result)
{
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemoryPasswordStore::read(const Jid &account, Callback done)
{
    const auto it = m_passwords.constFind(account.bareString());
    if (it == m_passwords.cend()) {
        later(std::move(done), Result { Status::NotFound, {}, tr("No password is stored for this account.") });
        return;
    }
    later(std::move(done), Result { Status::Ok, *it, {} });
}

void MemoryPasswordStore::write(const Jid &account, const QString &password, Callback done)
{
    m_passwords.insert(account.bareString(), password);
    later(std::move(done), Result { Status::Ok, {}, {} });
}

void MemoryPasswordStore::remove(const Jid &account, Callback done)
{
    m_passwords.remove(account.bareString());
    later(std::move(done), Result { Status::Ok, {}, {} });
}

} // namespace balcony::app
