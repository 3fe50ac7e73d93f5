#include "app/PasswordStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMutex>
#include <QThread>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace balcony::app {

namespace {

PasswordStore::Result resultOf(const QKeychain::Job &job)
{
    PasswordStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = PasswordStore::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = PasswordStore::Status::NotFound;
        result.error = QCoreApplication::translate("balcony", "No password is stored for this account.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = PasswordStore::Status::Unavailable;
        result.error = QCoreApplication::translate("balcony", "No keychain is available on this desktop (%1).")
                           .arg(job.errorString());
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = PasswordStore::Status::Denied;
        result.error
            = QCoreApplication::translate("balcony", "The keychain refused access (%1).").arg(job.errorString());
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    result.status = PasswordStore::Status::Failed;
    result.error = QCoreApplication::translate("balcony", "The keychain failed: %1").arg(job.errorString());
    return result;
}

// Starts a QtKeychain job (on the keychain thread, owned by the context object there) and hands its result to
// `finished` once.
template<typename JobType>
void run(JobType *job, std::function<void(PasswordStore::Result)> finished,
    std::function<void(const JobType &, PasswordStore::Result &)> onOk = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    QObject::connect(
        job, &QKeychain::Job::finished, job->parent(), [job, finished = std::move(finished), onOk](QKeychain::Job *) {
            PasswordStore::Result result = resultOf(*job);
            if (result.ok() && onOk) {
                onOk(*job, result);
            }
            finished(std::move(result));
        });
    job->start();
}

// The process's keychain thread (see KeychainPasswordStore): running while at least one store exists, so that
// it is stopped before the application object and the session bus go (GLib would otherwise still dispatch the
// bus's end to libsecret's connection there, which raises SIGTERM). Never deleted: QtKeychain's job queue lives in
// it, and a later store starts it again.
QMutex keychainMutex;
int keychainUsers = 0;

QThread *keychainThread()
{
    static QThread *thread = [] {
        auto *t = new QThread;
        t->setObjectName(u"balcony-keychain"_s);
        return t;
    }();
    return thread;
}

void useKeychainThread()
{
    const QMutexLocker lock(&keychainMutex);
    if (keychainUsers++ == 0) {
        keychainThread()->start();
    }
}

void releaseKeychainThread()
{
    const QMutexLocker lock(&keychainMutex);
    if (--keychainUsers == 0) {
        keychainThread()->quit();
        keychainThread()->wait();
    }
}

} // namespace

PasswordStore::~PasswordStore() = default;

KeychainPasswordStore::KeychainPasswordStore(QObject *parent)
    : PasswordStore(parent)
    , m_context(new QObject)
{
    useKeychainThread();
    m_context->moveToThread(keychainThread());
}

KeychainPasswordStore::~KeychainPasswordStore()
{
    // The context and the jobs it owns go in their thread, and before this returns: after that nothing of this
    // store runs there, so report() is never called for a store that is gone (what it posted already dies with it).
    QObject *context = m_context;
    QThread *thread = context->thread();
    if (thread && thread->isRunning() && thread != QThread::currentThread()) {
        QMetaObject::invokeMethod(
            context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    } else {
        delete context;
    }
    releaseKeychainThread();
}

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

bool KeychainPasswordStore::unavailable(Result *result)
{
    if (serviceAvailable()) {
        return false;
    }
    *result = Result { Status::Unavailable, {},
        QCoreApplication::translate("balcony",
            "No keychain is available on this desktop (neither a Secret Service such as GNOME Keyring nor KWallet "
            "is running).") };
    return true;
}

void KeychainPasswordStore::onKeychainThread(std::function<void(QObject *context)> start)
{
    QObject *context = m_context;
    QMetaObject::invokeMethod(
        context, [context, start = std::move(start)] { start(context); }, Qt::QueuedConnection);
}

void KeychainPasswordStore::report(Callback done, Result result)
{
    // The store outlives every job that can get here (its destructor waits for the keychain thread).
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

void KeychainPasswordStore::read(const Jid &account, Callback done)
{
    onKeychainThread([this, key = keyFor(account), done = std::move(done)](QObject *context) {
        Result result;
        if (unavailable(&result)) {
            report(done, result);
            return;
        }
        auto *job = new QKeychain::ReadPasswordJob(serviceName(), context);
        job->setKey(key);
        run<QKeychain::ReadPasswordJob>(
            job, [this, done](Result finished) { report(done, std::move(finished)); },
            [](const QKeychain::ReadPasswordJob &ok, Result &out) { out.password = ok.textData(); });
    });
}

void KeychainPasswordStore::write(const Jid &account, const QString &password, Callback done)
{
    onKeychainThread([this, key = keyFor(account), password, done = std::move(done)](QObject *context) {
        Result result;
        if (unavailable(&result)) {
            report(done, result);
            return;
        }
        auto *job = new QKeychain::WritePasswordJob(serviceName(), context);
        job->setKey(key);
        job->setTextData(password);
        run<QKeychain::WritePasswordJob>(job, [this, done](Result finished) { report(done, std::move(finished)); });
    });
}

void KeychainPasswordStore::remove(const Jid &account, Callback done)
{
    onKeychainThread([this, key = keyFor(account), done = std::move(done)](QObject *context) {
        Result result;
        if (unavailable(&result)) {
            report(done, result);
            return;
        }
        auto *job = new QKeychain::DeletePasswordJob(serviceName(), context);
        job->setKey(key);
        run<QKeychain::DeletePasswordJob>(job, [this, done](Result finished) {
            if (finished.status == Status::NotFound) {
                finished = Result { Status::Ok, {}, {} };
            }
            report(done, std::move(finished));
        });
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
        later(std::move(done),
            Result { Status::NotFound, {},
                QCoreApplication::translate("balcony", "No password is stored for this account.") });
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
