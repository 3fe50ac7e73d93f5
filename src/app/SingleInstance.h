#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace balcony::app {

// One running Balcony per user and profile root: a second launch hands its arguments (xmpp: links,
// --minimized) to the first and exits 0, and the first raises its window.
//
// Where: in the user's runtime directory ($XDG_RUNTIME_DIR, mode 0700, so per user; Qt's fallback when it is
// unset), two files named after the profile root: "balcony-<key>.lock" (a QLockFile holding the primary's
// PID) and "balcony-<key>.socket" (the primary's QLocalServer, owner-only). <key> is the first 16 hex digits
// of SHA-256 of the absolute profile root ("" for the standard location), so portable profiles run side by
// side.
//
// Who is primary: whoever holds the lock file. The lock never goes stale by age, only when its PID is gone
// (QLockFile checks /proc), so a crashed primary's lock and socket file are taken over by the next launch,
// which removes the dead socket before listening. Holding the lock across check-and-listen means two launches
// at the same moment cannot both become primary.
//
// Protocol (version 1), on one connection per hand-over:
//   secondary -> primary: "BALCONY1" then a 4-byte big-endian length N (at most 64 KiB) and N bytes: the
//                         arguments (without the program name) as UTF-8, each ended by a NUL byte.
//   primary -> secondary: "OK\n" once the arguments were taken (argumentsReceived was emitted).
// The primary drops a connection that sends anything else, or is not done within 5 s.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Role { Primary, Secondary, Failed };

    explicit SingleInstance(const QString &profileRoot, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the primary (listening) or finds that another process is. Failed: errorString().
    Role start();
    // As a secondary: sends `arguments` to the primary and waits (blocking, at most `timeoutMs`) for its
    // acknowledgement. The primary may be starting up: connecting is retried until the timeout.
    bool handOver(const QStringList &arguments, int timeoutMs = 5000);
    QString errorString() const { return m_error; }

    QString socketPath() const { return m_socketPath; }
    QString lockPath() const { return m_lockPath; }
    static QString keyFor(const QString &profileRoot);

    static constexpr qsizetype MaxPayload = 64 * 1024;

    Q_SIGNAL void argumentsReceived(const QStringList &arguments);

private:
    void onNewConnection();
    void readFrom(QLocalSocket *socket);

    QString m_socketPath;
    QString m_lockPath;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace balcony::app
