#include "AvahiFixture.h"

#include <QDBusMessage>
#include <QDBusReply>
#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace balcony::test {

namespace {

constexpr int avahiServerRunning = 2; // AvahiServerState AVAHI_SERVER_RUNNING

QString avahiState(const QDBusConnection &bus, int *state)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.freedesktop.Avahi"_s, u"/"_s, u"org.freedesktop.Avahi.Server"_s, u"GetState"_s);
    const QDBusMessage reply = bus.call(call, QDBus::Block, 2000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        return reply.errorMessage().isEmpty() ? u"no answer"_s : reply.errorMessage();
    }
    *state = reply.arguments().constFirst().toInt();
    return {};
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning) {
        return;
    }
    process.terminate(); // SIGTERM to exactly the process this fixture started
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

AvahiFixture::AvahiFixture() = default;

AvahiFixture::~AvahiFixture()
{
    stop();
}

void AvahiFixture::stop()
{
    for (const QString &name : std::as_const(m_connections)) {
        QDBusConnection::disconnectFromBus(name);
    }
    m_connections.clear();
    stopProcess(m_avahi);
    stopProcess(m_bus);
    if (m_exported) {
        if (m_hadBusAddress) {
            qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_previousBusAddress);
        } else {
            qunsetenv("DBUS_SYSTEM_BUS_ADDRESS");
        }
        m_exported = false;
    }
}

bool AvahiFixture::systemAvahiAnswers()
{
    QString address = qEnvironmentVariable("DBUS_SYSTEM_BUS_ADDRESS");
    if (address.isEmpty()) {
        if (!QFile::exists(u"/run/dbus/system_bus_socket"_s)) {
            return false;
        }
        address = u"unix:path=/run/dbus/system_bus_socket"_s;
    }
    const QString name = u"avahi-fixture-probe"_s;
    int state = 0;
    QString error;
    {
        const QDBusConnection bus = QDBusConnection::connectToBus(address, name);
        error = bus.isConnected() ? avahiState(bus, &state) : u"not connected"_s;
    }
    QDBusConnection::disconnectFromBus(name);
    if (!error.isEmpty() || state != avahiServerRunning) {
        return false;
    }
    m_address = address;
    return true;
}

bool AvahiFixture::start()
{
    if (systemAvahiAnswers()) {
        return true;
    }
    if (QStandardPaths::findExecutable(u"dbus-daemon"_s).isEmpty()) {
        m_error = u"no system bus with avahi-daemon, and dbus-daemon is not installed"_s;
        return false;
    }
    const QString avahi = QStandardPaths::findExecutable(u"avahi-daemon"_s, { u"/usr/sbin"_s, u"/sbin"_s });
    if (avahi.isEmpty()) {
        m_error = u"no system bus with avahi-daemon, and avahi-daemon is not installed"_s;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    if (!startBus()) {
        stop();
        return false;
    }
    m_avahi.setProgram(avahi);
    if (!startAvahi()) {
        stop();
        return false;
    }
    return true;
}

bool AvahiFixture::startBus()
{
    const QString socket = m_dir->filePath(u"system_bus"_s);
    // dbus(1)'s system bus configuration reduced to what the tests need: our socket, no activation, and an open
    // policy (the real one allows owning org.freedesktop.Avahi only to the avahi user, from avahi-dbus.conf).
    const QString config = u"<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                           " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                           "<busconfig>\n"
                           "  <type>system</type>\n"
                           "  <listen>unix:path=%1</listen>\n"
                           "  <auth>EXTERNAL</auth>\n"
                           "  <policy context=\"default\">\n"
                           "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                           "    <allow eavesdrop=\"true\"/>\n"
                           "    <allow own=\"*\"/>\n"
                           "  </policy>\n"
                           "</busconfig>\n"_s.arg(socket.toHtmlEscaped());
    const QString configPath = m_dir->filePath(u"system.conf"_s);
    if (!writeFile(configPath, config)) {
        m_error = u"cannot write the bus configuration"_s;
        return false;
    }
    m_bus.setProgram(u"dbus-daemon"_s);
    m_bus.setArguments({ u"--config-file="_s + configPath, u"--nofork"_s, u"--print-address"_s });
    m_bus.start();
    if (!m_bus.waitForStarted(10000)) {
        m_error = u"dbus-daemon did not start: "_s + m_bus.errorString();
        return false;
    }
    QByteArray line;
    while (!line.contains('\n')) {
        if (!m_bus.waitForReadyRead(10000)) {
            m_error = u"dbus-daemon printed no address: "_s + QString::fromLocal8Bit(m_bus.readAllStandardError());
            return false;
        }
        line += m_bus.readAllStandardOutput();
    }
    m_address = QString::fromUtf8(line.left(line.indexOf('\n'))).trimmed();
    if (m_address.isEmpty()) {
        m_error = u"dbus-daemon printed an empty address"_s;
        return false;
    }
    m_hadBusAddress = qEnvironmentVariableIsSet("DBUS_SYSTEM_BUS_ADDRESS");
    m_previousBusAddress = qgetenv("DBUS_SYSTEM_BUS_ADDRESS");
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_address.toUtf8());
    m_exported = true;
    return true;
}

bool AvahiFixture::startAvahi()
{
    // avahi-daemon.conf(5). allow-interfaces=lo: the loopback interface only (measured on Debian 12's avahi 0.8:
    // "Joining mDNS multicast group on interface lo.IPv4", and services published there are browsed and
    // resolved to 127.0.0.1 by every client of this daemon). IPv4 only: on lo, IPv6 would double every record.
    const QString config = u"[server]\n"
                           "use-ipv4=yes\n"
                           "use-ipv6=no\n"
                           "allow-interfaces=lo\n"
                           "enable-dbus=yes\n"
                           "ratelimit-interval-usec=1000000\n"
                           "ratelimit-burst=1000\n"
                           "[wide-area]\n"
                           "enable-wide-area=no\n"
                           "[publish]\n"
                           "publish-hinfo=no\n"
                           "publish-workstation=no\n"
                           "[reflector]\n"
                           "[rlimits]\n"_s;
    const QString configPath = m_dir->filePath(u"avahi-daemon.conf"_s);
    if (!writeFile(configPath, config)) {
        m_error = u"cannot write the avahi-daemon configuration"_s;
        return false;
    }
    QStringList arguments { u"--file="_s + configPath, u"--no-chroot"_s, u"--no-rlimits"_s };
    if (::geteuid() == 0) {
        arguments << u"--no-drop-root"_s;
    }
    m_avahi.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, m_address);
    m_avahi.setProcessEnvironment(env);
    // Its log goes to a file: a pipe nobody reads while a test runs would fill up and stop the daemon.
    m_avahi.setProcessChannelMode(QProcess::MergedChannels);
    m_avahi.setStandardOutputFile(m_dir->filePath(u"avahi-daemon.log"_s));
    m_avahi.start();
    if (!m_avahi.waitForStarted(10000)) {
        m_error = u"avahi-daemon did not start: "_s + m_avahi.errorString();
        return false;
    }
    const QString name = u"avahi-fixture-wait@"_s + m_address;
    bool running = false;
    {
        const QDBusConnection bus = QDBusConnection::connectToBus(m_address, name);
        running = bus.isConnected() && waitUntilRunning(bus, 15000);
    }
    QDBusConnection::disconnectFromBus(name);
    if (!running) {
        m_error = u"avahi-daemon did not come up on the private bus: "_s + daemonLog().trimmed();
        return false;
    }
    return true;
}

bool AvahiFixture::waitUntilRunning(const QDBusConnection &bus, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_avahi.state() == QProcess::NotRunning) {
            return false; // it quit: "Daemon already running", a bad configuration, not root, ...
        }
        int state = 0;
        if (avahiState(bus, &state).isEmpty() && state == avahiServerRunning) {
            return true;
        }
        m_avahi.waitForFinished(100); // returns at once if it quits, else after 100 ms: the next look
    }
    return false;
}

bool AvahiFixture::restartDaemon()
{
    if (!ownsDaemon()) {
        m_error = u"not our avahi-daemon"_s;
        return false;
    }
    stopProcess(m_avahi);
    return startAvahi();
}

QString AvahiFixture::daemonLog()
{
    if (!m_dir) {
        return {};
    }
    QFile file(m_dir->filePath(u"avahi-daemon.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

QString AvahiFixture::hostName()
{
    const QString name = u"avahi-fixture-host@"_s + m_address;
    QString host;
    {
        const QDBusConnection bus = QDBusConnection::connectToBus(m_address, name);
        const QDBusReply<QString> reply = bus.call(QDBusMessage::createMethodCall(u"org.freedesktop.Avahi"_s, u"/"_s,
                                                       u"org.freedesktop.Avahi.Server"_s, u"GetHostName"_s),
            QDBus::Block, 2000);
        host = reply.isValid() ? reply.value() : QString();
    }
    QDBusConnection::disconnectFromBus(name);
    return host;
}

QDBusConnection AvahiFixture::connect(const QString &name)
{
    const QString unique = name + u'@' + m_address;
    m_connections.append(unique);
    return QDBusConnection::connectToBus(m_address, unique);
}

} // namespace balcony::test
