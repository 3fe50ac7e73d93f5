#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace balcony::test {

// A private D-Bus session bus for a test: a real `dbus-daemon --session --nofork --print-address` with a config
// of our own (listening on a socket in a temporary folder, no service activation, everyone may talk to everyone),
// so tests never touch the user's session bus and need no desktop.
//
//   DbusSessionFixture bus;
//   if (!DbusSessionFixture::isAvailable()) QSKIP("dbus-daemon is not installed");
//   QVERIFY2(bus.start(), qPrintable(bus.errorString()));
//   QDBusConnection client = bus.connect(u"client"_s);   // one connection (one unique name) per call
//
// The daemon is the process start() launched; the destructor disconnects the connections and terminates
// exactly that process.
class DbusSessionFixture {
public:
    DbusSessionFixture();
    ~DbusSessionFixture();
    DbusSessionFixture(const DbusSessionFixture &) = delete;
    DbusSessionFixture &operator=(const DbusSessionFixture &) = delete;

    static bool isAvailable();
    bool start();
    QString address() const { return m_address; }
    QString errorString() const { return m_error; }
    // A new connection to the bus named `name` (unique per fixture and name).
    QDBusConnection connect(const QString &name);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_daemon;
    QString m_address;
    QString m_error;
    QStringList m_connections;
};

} // namespace balcony::test
