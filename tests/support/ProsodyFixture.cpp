#include "ProsodyFixture.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace balcony::test {

namespace {

constexpr int ReadyTimeoutMs = 10000;
constexpr int StopGraceMs = 5000;

// Lua string literal (paths and names are plain here, but never trust that).
QString luaString(const QString &value)
{
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"\n"_s, u"\\n"_s);
    return u"\""_s + escaped + u"\""_s;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// Two distinct free loopback ports: both listeners are open at the same time, so they differ.
bool pickFreePorts(quint16 &first, quint16 &second)
{
    QTcpServer a;
    QTcpServer b;
    if (!a.listen(QHostAddress::LocalHost, 0) || !b.listen(QHostAddress::LocalHost, 0)) {
        return false;
    }
    first = a.serverPort();
    second = b.serverPort();
    return true;
}

} // namespace

ProsodyFixture::ProsodyFixture()
    : ProsodyFixture(Options {})
{
}

ProsodyFixture::ProsodyFixture(const Options &options)
    : m_options(options)
    , m_dir(QDir::tempPath() + u"/balcony-prosody-XXXXXX"_s)
{
    // For post-mortems: BALCONY_KEEP_PROSODY=1 keeps config, certificates, data and log after the run.
    if (qEnvironmentVariableIntValue("BALCONY_KEEP_PROSODY") == 1) {
        m_dir.setAutoRemove(false);
    }
}

ProsodyFixture::~ProsodyFixture()
{
    stop();
}

bool ProsodyFixture::isAvailable(QString *why)
{
    const QStringList tools { u"prosody"_s, u"prosodyctl"_s, u"openssl"_s };
    for (const QString &tool : std::as_const(tools)) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            if (why) {
                *why = u"'%1' is not installed (Debian packages: prosody, openssl)"_s.arg(tool);
            }
            return false;
        }
    }
    if (runningAsRoot() && !::getpwnam("prosody")) {
        if (why) {
            *why = u"running as root but there is no 'prosody' user to run Prosody as"_s;
        }
        return false;
    }
    return true;
}

QString ProsodyFixture::path(const QString &name) const
{
    return m_dir.filePath(name);
}
QString ProsodyFixture::configFile() const
{
    return path(u"prosody.cfg.lua"_s);
}
QString ProsodyFixture::logFile() const
{
    return path(u"prosody.log"_s);
}

QString ProsodyFixture::caFile() const
{
    return m_options.certificates == CertificateMode::CaSigned ? path(u"ca.pem"_s)
                                                               : path(u"certs/"_s + m_options.domain + u".crt"_s);
}

QSslCertificate ProsodyFixture::caCertificate() const
{
    const auto certs = QSslCertificate::fromPath(caFile(), QSsl::Pem);
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

QSslCertificate ProsodyFixture::serverCertificate() const
{
    const auto certs = QSslCertificate::fromPath(path(u"certs/"_s + m_options.domain + u".crt"_s), QSsl::Pem);
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

QByteArray ProsodyFixture::serverFingerprint() const
{
    const QSslCertificate cert = serverCertificate();
    return cert.isNull() ? QByteArray() : cert.digest(QCryptographicHash::Sha256).toHex();
}

bool ProsodyFixture::runTool(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        m_error = u"cannot run %1: %2"_s.arg(program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_error = u"%1 did not finish within %2 ms"_s.arg(program).arg(timeoutMs);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = u"%1 %2 failed (exit %3): %4"_s.arg(program, arguments.join(u' '))
                      .arg(process.exitCode())
                      .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool ProsodyFixture::makeCertificates()
{
    // One small OpenSSL config with exactly the extensions we want, so the distribution's defaults
    // (v3_ca on every -x509) do not leak in.
    const QString domain = m_options.domain;
    QFile cnf(path(u"openssl.cnf"_s));
    if (!cnf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = u"cannot write %1"_s.arg(cnf.fileName());
        return false;
    }
    const QString san = u"subjectAltName = DNS:"_s + domain + u"\n"_s;
    const QString config = u"[req]\ndistinguished_name = dn\nprompt = no\n[dn]\nCN = unused\n"
                           "[ca_ext]\nbasicConstraints = critical,CA:TRUE\nkeyUsage = critical,keyCertSign,cRLSign\n"
                           "subjectKeyIdentifier = hash\n"
                           "[server_ext]\nbasicConstraints = critical,CA:FALSE\n"
                           "keyUsage = critical,digitalSignature,keyEncipherment\nextendedKeyUsage = serverAuth\n"
                           "subjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n"_s
        + san
        + u"[self_ext]\nbasicConstraints = critical,CA:FALSE\n"
          "keyUsage = critical,digitalSignature,keyEncipherment\nextendedKeyUsage = serverAuth\n"
          "subjectKeyIdentifier = hash\n"_s
        + san;
    cnf.write(config.toUtf8());
    cnf.close();

    if (!QDir(m_dir.path()).mkpath(u"certs"_s)) {
        m_error = u"cannot create the certs directory"_s;
        return false;
    }
    const QString crt = path(u"certs/"_s + domain + u".crt"_s);
    const QString key = path(u"certs/"_s + domain + u".key"_s);
    const QStringList ecKey { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s };
    const QString serial = u"0x"_s + QString::number(QRandomGenerator::global()->generate64() >> 2, 16);

    if (m_options.certificates == CertificateMode::SelfSigned) {
        return runTool(u"openssl"_s,
            QStringList { u"req"_s, u"-x509"_s, u"-config"_s, cnf.fileName() } + ecKey
                + QStringList { u"-keyout"_s, key, u"-out"_s, crt, u"-days"_s, u"3"_s, u"-subj"_s, u"/CN="_s + domain,
                    u"-extensions"_s, u"self_ext"_s, u"-set_serial"_s, serial });
    }
    const QString caKey = path(u"ca.key"_s);
    const QString csr = path(u"server.csr"_s);
    return runTool(u"openssl"_s,
               QStringList { u"req"_s, u"-x509"_s, u"-config"_s, cnf.fileName() } + ecKey
                   + QStringList { u"-keyout"_s, caKey, u"-out"_s, path(u"ca.pem"_s), u"-days"_s, u"3"_s, u"-subj"_s,
                       u"/CN=Balcony Test CA "_s + serial, u"-extensions"_s, u"ca_ext"_s })
        && runTool(u"openssl"_s,
            QStringList { u"req"_s, u"-new"_s, u"-config"_s, cnf.fileName() } + ecKey
                + QStringList { u"-keyout"_s, key, u"-out"_s, csr, u"-subj"_s, u"/CN="_s + domain })
        && runTool(u"openssl"_s,
            { u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-CA"_s, path(u"ca.pem"_s), u"-CAkey"_s, caKey, u"-set_serial"_s,
                serial, u"-days"_s, u"3"_s, u"-extfile"_s, cnf.fileName(), u"-extensions"_s, u"server_ext"_s, u"-out"_s,
                crt });
}

bool ProsodyFixture::writeConfig()
{
    const QString crt = path(u"certs/"_s + m_options.domain + u".crt"_s);
    const QString key = path(u"certs/"_s + m_options.domain + u".key"_s);
    // util.sslconfig merges option sets: `no_ticket = false` removes Prosody's default no_ticket.
    const QString ticketOptions = m_options.tlsTickets ? u" options = { no_ticket = false };"_s : QString();
    const QString ssl = u"{ certificate = %1; key = %2;%3 }"_s.arg(luaString(crt), luaString(key), ticketOptions);
    // Everything the server writes stays in the temporary directory; only loopback; no s2s.
    const QString config
        = u"-- Generated by Balcony's ProsodyFixture for one test run.\n"
          "pidfile = %1\n"
          "data_path = %2\n"
          "log = { debug = %3 }\n"
          "interfaces = { \"127.0.0.1\" }\n"
          "local_interfaces = { \"127.0.0.1\" }\n"
          "c2s_ports = { %4 }\n"
          "c2s_direct_tls_ports = { %5 }\n"
          "s2s_ports = { }\n"
          "network_settings = { nagle = false }\n"
          "modules_enabled = { \"roster\"; \"saslauth\"; \"tls\"; \"disco\"; \"ping\"; \"smacks\";"
          " \"carbons\"; \"mam\"; \"pep\"; \"posix\" }\n"
          "modules_disabled = { \"s2s\"; \"register\" }\n"
          "allow_registration = false\n"
          "c2s_require_encryption = true\n"
          "authentication = \"internal_hashed\"\n"
          "password_hash = %6\n"
          "storage = \"internal\"\n"
          "certificates = %7\n"
          "ssl = %8\n"
          "c2s_direct_tls_ssl = %8\n"
          "VirtualHost %9\n"
          "    ssl = %8\n"_s.arg(luaString(path(u"prosody.pid"_s)), luaString(path(u"data"_s)), luaString(logFile()),
              QString::number(m_c2sPort), QString::number(m_directTlsPort), luaString(m_options.passwordHash),
              luaString(path(u"certs"_s)), ssl, luaString(m_options.domain));
    QFile file(configFile());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0) {
        m_error = u"cannot write %1"_s.arg(file.fileName());
        return false;
    }
    return true;
}

bool ProsodyFixture::handToProsodyUser()
{
    if (!runningAsRoot()) {
        return true;
    }
    const passwd *pw = ::getpwnam("prosody");
    if (!pw) {
        m_error = u"no 'prosody' user"_s;
        return false;
    }
    QStringList paths { m_dir.path() };
    QDirIterator it(m_dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        paths.append(it.next());
    }
    for (const QString &p : std::as_const(paths)) {
        if (::chown(QFile::encodeName(p).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = u"cannot hand %1 to the prosody user"_s.arg(p);
            return false;
        }
    }
    return true;
}

bool ProsodyFixture::prepare()
{
    if (m_prepared) {
        return true;
    }
    QString why;
    if (!isAvailable(&why)) {
        m_error = why;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary directory: %1"_s.arg(m_dir.errorString());
        return false;
    }
    if (!pickFreePorts(m_c2sPort, m_directTlsPort)) {
        m_error = u"cannot find free loopback ports"_s;
        return false;
    }
    if (!QDir(m_dir.path()).mkpath(u"data"_s) || !makeCertificates() || !writeConfig() || !handToProsodyUser()) {
        return false;
    }
    m_prepared = true;
    return true;
}

bool ProsodyFixture::start()
{
    if (isRunning()) {
        return true;
    }
    if (!prepare()) {
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(m_dir.path());
    m_process->setStandardOutputFile(path(u"prosody.out"_s), QIODevice::Append);
    m_process->setStandardErrorFile(path(u"prosody.out"_s), QIODevice::Append);
    // As root, drop to the prosody user the way `setpriv --reuid=prosody --regid=prosody --init-groups` does,
    // but in the child itself, so that the parent-death signal can be set AFTER the credential change (a
    // uid change clears it): a test that crashes never leaves a server behind. Everything the child runs
    // is a plain system call; the group list is looked up before fork().
    const bool dropPrivileges = runningAsRoot();
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<gid_t> groups;
    if (dropPrivileges) {
        const passwd *pw = ::getpwnam("prosody");
        if (!pw) {
            m_error = u"no 'prosody' user"_s;
            return false;
        }
        uid = pw->pw_uid;
        gid = pw->pw_gid;
        int count = 64;
        groups.resize(size_t(count));
        if (::getgrouplist("prosody", gid, groups.data(), &count) < 0) {
            groups.resize(size_t(count));
            ::getgrouplist("prosody", gid, groups.data(), &count);
        }
        groups.resize(size_t(count));
    }
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([dropPrivileges, uid, gid, groups, parent] {
        if (dropPrivileges
            && (::setgroups(groups.size(), groups.data()) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)) {
            ::_exit(126);
        }
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) {
            ::_exit(0); // the test died before we could arm the signal
        }
    });
    m_process->start(u"prosody"_s, { u"-F"_s, u"--config"_s, configFile() });
    if (!m_process->waitForStarted(5000)) {
        m_error = u"cannot start prosody: %1"_s.arg(m_process->errorString());
        m_process.reset();
        return false;
    }
    if (!waitUntilReady()) {
        m_error += u"\n"_s + logTail();
        stop();
        return false;
    }
    return true;
}

bool ProsodyFixture::waitUntilReady()
{
    const QByteArray header = "<?xml version='1.0'?><stream:stream to='" + m_options.domain.toUtf8()
        + "' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";
    QDeadlineTimer deadline(ReadyTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_error = u"prosody exited during start-up (exit code %1)"_s.arg(m_process->exitCode());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_c2sPort);
        if (socket.waitForConnected(500)) {
            socket.write(header);
            QByteArray received;
            while (!received.contains("features") && socket.waitForReadyRead(2000)) {
                received += socket.readAll();
            }
            if (received.contains("features")) {
                socket.write("</stream:stream>");
                socket.waitForBytesWritten(1000);
                socket.abort();
                // The direct TLS listener opens together with c2s; check it accepts too.
                QTcpSocket direct;
                direct.connectToHost(QHostAddress::LocalHost, m_directTlsPort);
                if (direct.waitForConnected(1000)) {
                    direct.abort();
                    return true;
                }
            }
        }
        QThread::msleep(50);
    }
    m_error = u"prosody did not answer on port %1 within %2 ms"_s.arg(m_c2sPort).arg(ReadyTimeoutMs);
    return false;
}

void ProsodyFixture::stop()
{
    if (!m_process) {
        return;
    }
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM to exactly the PID we started
        if (!m_process->waitForFinished(StopGraceMs)) {
            m_process->kill();
            m_process->waitForFinished(StopGraceMs);
        }
    }
    m_process.reset();
}

bool ProsodyFixture::restart()
{
    stop();
    return start();
}

bool ProsodyFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool ProsodyFixture::registerUser(const QString &user, const QString &password)
{
    if (!prepare()) {
        return false;
    }
    // prosodyctl drops to the prosody user by itself when run as root.
    return runTool(u"prosodyctl"_s, { u"--config"_s, configFile(), u"register"_s, user, m_options.domain, password });
}

QString ProsodyFixture::logTail(int maxLines) const
{
    QString out;
    for (const QString &name : { logFile(), path(u"prosody.out"_s) }) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        out += u"--- "_s + name + u" ---\n"_s + lines.mid(qMax(0, int(lines.size()) - maxLines)).join(u'\n') + u"\n"_s;
    }
    return out;
}

} // namespace balcony::test
