#pragma once

#include "core/Jid.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace balcony::app {

// Account passwords, asynchronous because the system keychain answers over D-Bus. Balcony never writes a
// password to disk itself: KeychainPasswordStore hands it to the desktop's keychain (Secret Service or
// KWallet, through QtKeychain, without QtKeychain's plaintext fallback); MemoryPasswordStore keeps it in this
// process only (the user's choice when there is no keychain, and tests).
class PasswordStore : public QObject {
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, // nothing stored for this account
        Unavailable, // no keychain service on this desktop (or it is not running)
        Denied, // the user (or the keychain's policy) refused access
        Failed, // anything else; `error` says what
    };
    struct Result {
        Status status = Status::Failed;
        QString password; // with Ok from read()
        QString error; // translated, for the user; empty with Ok
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &result)>;

    using QObject::QObject;
    ~PasswordStore() override;

    // Each calls `done` exactly once, later (never from inside the call), unless this store is destroyed first.
    virtual void read(const Jid &account, Callback done) = 0;
    virtual void write(const Jid &account, const QString &password, Callback done) = 0;
    // Removing what is not there is Ok.
    virtual void remove(const Jid &account, Callback done) = 0;
};

// The system keychain, one entry per account: service "Balcony", key "xmpp:<bare JID>".
//
// The keychain's work runs on one thread of its own per process (with its own event loop; QtKeychain runs its jobs
// one at a time through a process-wide queue, so all of them must live in one thread): through libsecret a read is
// a D-Bus connection, a Secret Service session with a key exchange and several round trips to the keychain daemon,
// which on the thread that asked would only advance when that thread's event loop runs. So a read asked for while
// the app is still busy starting (opening profiles, building the window) is done by the time it is needed
// (issue 12: nothing serial before the connect). Results are reported on the thread the store lives in.
class KeychainPasswordStore : public PasswordStore {
    Q_OBJECT
public:
    explicit KeychainPasswordStore(QObject *parent = nullptr);
    // Jobs of this store still running are dropped without calling back.
    ~KeychainPasswordStore() override;

    void read(const Jid &account, Callback done) override;
    void write(const Jid &account, const QString &password, Callback done) override;
    void remove(const Jid &account, Callback done) override;

    static QString serviceName();
    static QString keyFor(const Jid &account);
    // Whether the session bus has a keychain service, running or activatable: the Secret Service
    // (org.freedesktop.secrets: GNOME Keyring, KeePassXC, ...) or KWallet. Without one every call answers
    // Unavailable at once (QtKeychain would only say "Unknown error" after trying).
    static bool serviceAvailable();

private:
    // Runs `start` on the keychain thread with the context object that owns its jobs there; `start` reports
    // through report() exactly once.
    void onKeychainThread(std::function<void(QObject *context)> start);
    // From the keychain thread: `done(result)` on this store's thread.
    void report(Callback done, Result result);
    static bool unavailable(Result *result);

    QObject *m_context = nullptr; // lives in the keychain thread; parent of this store's running jobs
};

// In memory, for this process only.
class MemoryPasswordStore : public PasswordStore {
    Q_OBJECT
public:
    using PasswordStore::PasswordStore;
    ~MemoryPasswordStore() override;

    void read(const Jid &account, Callback done) override;
    void write(const Jid &account, const QString &password, Callback done) override;
    void remove(const Jid &account, Callback done) override;

private:
    void later(Callback done, Result result);
    QHash<QString, QString> m_passwords;
};

} // namespace balcony::app
