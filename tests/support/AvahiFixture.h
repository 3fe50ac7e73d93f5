#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace balcony::test {

// A reachable avahi-daemon for the link-local (XEP-0174) tests. When the system bus answers and avahi-daemon
// runs on it, the tests use that one. Otherwise the fixture starts its own: a private `dbus-daemon` of type
// system (its own configuration, open policy so org.freedesktop.Avahi may be owned), and `avahi-daemon` with a
// configuration of its own: only the loopback interface (`allow-interfaces=lo`: avahi 0.8 then joins the mDNS
// group on lo.IPv4, so nothing leaves 127.0.0.1), no wide-area, no workstation/hinfo records, `--no-chroot`,
// `--no-drop-root` when run as root. It exports DBUS_SYSTEM_BUS_ADDRESS to the test process (and so to the
// children it starts), so QDBusConnection::systemBus() and `avahi-browse` reach the same daemon.
//
//   AvahiFixture avahi;
//   if (!avahi.start()) QSKIP(qPrintable(avahi.errorString()));
//   QDBusConnection bus = avahi.connect(u"a"_s);   // one connection (one unique bus name) per call
//
// avahi-daemon keeps its pid file and socket in the compiled-in /run/avahi-daemon/, so only one can run per
// machine: a second fixture at the same time fails to start (the ctest suites share the RESOURCE_LOCK "avahi").
// The destructor stops exactly the processes start() launched (by their PID), avahi-daemon first.
class AvahiFixture {
public:
    AvahiFixture();
    ~AvahiFixture();
    AvahiFixture(const AvahiFixture &) = delete;
    AvahiFixture &operator=(const AvahiFixture &) = delete;

    // True when avahi is reachable (the system's or our own); otherwise errorString() says why.
    bool start();
    QString errorString() const { return m_error; }
    // True when start() launched its own dbus-daemon and avahi-daemon.
    bool ownsDaemon() const { return m_avahi.state() != QProcess::NotRunning; }
    qint64 avahiPid() const { return m_avahi.processId(); }
    QString busAddress() const { return m_address; }
    // Stops our avahi-daemon (SIGTERM) and starts it again on the same bus: clients see org.freedesktop.Avahi
    // leave and come back. Only when ownsDaemon().
    bool restartDaemon();
    // A new connection to that bus named `name` (unique per fixture and name).
    QDBusConnection connect(const QString &name);
    // What our avahi-daemon has logged so far (registrations, collisions, failures); empty for the system's.
    QString daemonLog();
    // avahi-daemon's host name (without ".local"), as it publishes it.
    QString hostName();

private:
    bool systemAvahiAnswers();
    bool startBus();
    bool startAvahi();
    bool waitUntilRunning(const QDBusConnection &bus, int timeoutMs);
    void stop();

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_bus;
    QProcess m_avahi;
    QString m_address;
    QString m_error;
    QStringList m_connections;
    QByteArray m_previousBusAddress;
    bool m_hadBusAddress = false;
    bool m_exported = false;
};

} // namespace balcony::test
