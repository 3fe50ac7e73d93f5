#include "DbusSessionFixture.h"

#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace balcony::test {

DbusSessionFixture::DbusSessionFixture() = default;

DbusSessionFixture::~DbusSessionFixture()
{
    for (const QString &name : std::as_const(m_connections)) {
        QDBusConnection::disconnectFromBus(name);
    }
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate(); // SIGTERM to the daemon this fixture started
        if (!m_daemon.waitForFinished(5000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }
}

bool DbusSessionFixture::isAvailable()
{
    return !QStandardPaths::findExecutable(u"dbus-daemon"_s).isEmpty();
}

bool DbusSessionFixture::start()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    const QString socket = m_dir->filePath(u"bus"_s);
    // The session bus configuration of dbus(1), reduced: our socket, no activation directories, open policy.
    const QString config = u"<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                           " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                           "<busconfig>\n"
                           "  <type>session</type>\n"
                           "  <listen>unix:path=%1</listen>\n"
                           "  <auth>EXTERNAL</auth>\n"
                           "  <policy context=\"default\">\n"
                           "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                           "    <allow eavesdrop=\"true\"/>\n"
                           "    <allow own=\"*\"/>\n"
                           "  </policy>\n"
                           "</busconfig>\n"_s.arg(socket.toHtmlEscaped());
    QFile file(m_dir->filePath(u"session.conf"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        m_error = u"cannot write the bus configuration"_s;
        return false;
    }
    file.close();
    m_daemon.setProgram(u"dbus-daemon"_s);
    m_daemon.setArguments({ u"--config-file="_s + file.fileName(), u"--nofork"_s, u"--print-address"_s });
    m_daemon.setProcessChannelMode(QProcess::SeparateChannels);
    m_daemon.start();
    if (!m_daemon.waitForStarted(10000)) {
        m_error = u"dbus-daemon did not start: "_s + m_daemon.errorString();
        return false;
    }
    // --print-address writes the address and a newline once the bus listens.
    QByteArray line;
    while (!line.contains('\n')) {
        if (!m_daemon.waitForReadyRead(10000)) {
            m_error = u"dbus-daemon printed no address: "_s + QString::fromLocal8Bit(m_daemon.readAllStandardError());
            return false;
        }
        line += m_daemon.readAllStandardOutput();
    }
    m_address = QString::fromUtf8(line.left(line.indexOf('\n'))).trimmed();
    return !m_address.isEmpty();
}

QDBusConnection DbusSessionFixture::connect(const QString &name)
{
    // The connection name is process-wide in QtDBus: the daemon's address keeps fixtures apart.
    const QString unique = name + u'@' + m_address;
    m_connections.append(unique);
    return QDBusConnection::connectToBus(m_address, unique);
}

} // namespace balcony::test
