#pragma once

#include <QDBusConnection>
#include <QDBusUnixFileDescriptor>
#include <QObject>
#include <QTimer>

namespace balcony::app {

// The machine's suspend and wake-up, from systemd-logind on the system bus: org.freedesktop.login1.Manager at
// /org/freedesktop/login1 sends PrepareForSleep(true) before a suspend or hibernation and PrepareForSleep(false)
// once the machine is back (or the suspend failed). Only that signal from the owner of org.freedesktop.login1
// counts; a repeated state is not announced again.
//
// So that there is time to act before the machine sleeps (a BOSH pause request to send, XEP-0124 §10), it holds a
// "delay" inhibitor lock for sleep (Manager.Inhibit("sleep", ..., "delay") -> a file descriptor, released by
// closing it): logind waits for the release, at most its InhibitDelayMaxSec (5 s by default). The lock is let go
// ReleaseDelayMs after sleepingChanged(true) and taken again after waking. Without logind (no system bus, another
// init system) nothing happens.
class SleepWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int ReleaseDelayMs = 1000;

    explicit SleepWatcher(const QDBusConnection &bus = QDBusConnection::systemBus(), QObject *parent = nullptr);
    ~SleepWatcher() override;

    // Subscribed to PrepareForSleep.
    bool isListening() const { return m_listening; }
    // The delay lock is held now.
    bool holdsInhibitor() const { return m_lock.isValid(); }
    bool isSleeping() const { return m_sleeping; }

Q_SIGNALS:
    // true: the machine is about to sleep (the lock gives ReleaseDelayMs to act); false: it woke up.
    void sleepingChanged(bool sleeping);

private Q_SLOTS:
    void onPrepareForSleep(bool sleeping);

private:
    void takeInhibitor();
    void releaseInhibitor();

    QDBusConnection m_bus;
    bool m_listening = false;
    bool m_sleeping = false;
    bool m_inhibiting = false; // an Inhibit call is under way
    QDBusUnixFileDescriptor m_lock;
    QTimer m_release;
};

} // namespace balcony::app
