#include "XmppServerFixture.h"

#include "EjabberdFixture.h"
#include "ProsodyFixture.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <cerrno>
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

// Distinct free loopback ports: every listener is open at the same time, so they differ.
bool pickFreePorts(int count, QList<quint16> &ports)
{
    std::vector<std::unique_ptr<QTcpServer>> servers;
    ports.clear();
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            return false;
        }
        ports.append(server->serverPort());
        servers.push_back(std::move(server));
    }
    return true;
}

// The credentials of `user` for the child process, looked up before fork() (the child may only make plain
// system calls).
struct Credentials {
    bool drop = false;
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<gid_t> groups;
};

std::optional<Credentials> credentialsFor(const QString &user, bool drop)
{
    Credentials credentials;
    if (!drop) {
        return credentials;
    }
    const QByteArray name = user.toLocal8Bit();
    const passwd *pw = ::getpwnam(name.constData());
    if (!pw) {
        return std::nullopt;
    }
    credentials.drop = true;
    credentials.uid = pw->pw_uid;
    credentials.gid = pw->pw_gid;
    int count = 64;
    credentials.groups.resize(size_t(count));
    if (::getgrouplist(name.constData(), credentials.gid, credentials.groups.data(), &count) < 0) {
        credentials.groups.resize(size_t(count));
        ::getgrouplist(name.constData(), credentials.gid, credentials.groups.data(), &count);
    }
    credentials.groups.resize(size_t(count));
    return credentials;
}

// What the child does between fork() and exec(): drop to the server user the way `setpriv --reuid --regid
// --init-groups` does, optionally lead a process group of its own (so that everything it starts can be
// ended together), and arm the parent-death signal AFTER the credential change (a uid change clears it).
void prepareChild(QProcess &process, const Credentials &credentials, bool ownProcessGroup)
{
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([credentials, ownProcessGroup, parent] {
        if (ownProcessGroup) {
            ::setpgid(0, 0);
        }
        if (credentials.drop
            && (::setgroups(credentials.groups.size(), credentials.groups.data()) != 0 || ::setgid(credentials.gid) != 0
                || ::setuid(credentials.uid) != 0)) {
            ::_exit(126);
        }
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) {
            ::_exit(0); // the test died before we could arm the signal
        }
    });
}

bool processGroupExists(qint64 pgid)
{
    return ::kill(-pid_t(pgid), 0) == 0 || errno == EPERM;
}

} // namespace

XmppServerFixture::XmppServerFixture(const Options &options, const QString &directoryPrefix)
    : m_options(options)
    , m_dir(QDir::tempPath() + u"/"_s + directoryPrefix + u"-XXXXXX"_s)
{
    // For post-mortems: keep config, certificates, data and logs after the run.
    if (qEnvironmentVariableIntValue("BALCONY_KEEP_SERVER") == 1
        || qEnvironmentVariableIntValue("BALCONY_KEEP_PROSODY") == 1) {
        m_dir.setAutoRemove(false);
    }
}

XmppServerFixture::~XmppServerFixture()
{
    // stop() is called by the subclasses' destructors (it needs their virtual functions); this only makes sure
    // nothing is left if a subclass forgot.
    if (m_process && m_process->state() != QProcess::NotRunning) {
        ::kill(-pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(5000);
    }
    stopWatchdog();
}

XmppServerFixture::Kind XmppServerFixture::selectedKind()
{
    const QString name = qEnvironmentVariable("BALCONY_TEST_SERVER").trimmed().toLower();
    return name == u"ejabberd" ? Kind::Ejabberd : Kind::Prosody;
}

QString XmppServerFixture::kindName(Kind kind)
{
    return kind == Kind::Ejabberd ? u"ejabberd"_s : u"Prosody"_s;
}

bool XmppServerFixture::isAvailable(Kind kind, QString *why)
{
    return kind == Kind::Ejabberd ? EjabberdFixture::isAvailable(why) : ProsodyFixture::isAvailable(why);
}

std::unique_ptr<XmppServerFixture> XmppServerFixture::create(Kind kind, const Options &options)
{
    if (kind == Kind::Ejabberd) {
        return std::make_unique<EjabberdFixture>(options);
    }
    return std::make_unique<ProsodyFixture>(options);
}

std::unique_ptr<XmppServerFixture> XmppServerFixture::create(Kind kind)
{
    return create(kind, Options {});
}

std::unique_ptr<XmppServerFixture> XmppServerFixture::create(const Options &options)
{
    return create(selectedKind(), options);
}

std::unique_ptr<XmppServerFixture> XmppServerFixture::create()
{
    return create(selectedKind(), Options {});
}

bool XmppServerFixture::runningAsRoot()
{
    return ::geteuid() == 0;
}

QString XmppServerFixture::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QString XmppServerFixture::certificateFile() const
{
    return path(u"certs/"_s + m_options.domain + u".crt"_s);
}

QString XmppServerFixture::keyFile() const
{
    return path(u"certs/"_s + m_options.domain + u".key"_s);
}

QString XmppServerFixture::caFile() const
{
    return m_options.certificates == CertificateMode::CaSigned ? path(u"ca.pem"_s) : certificateFile();
}

QSslCertificate XmppServerFixture::caCertificate() const
{
    const auto certs = QSslCertificate::fromPath(caFile(), QSsl::Pem);
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

QSslCertificate XmppServerFixture::serverCertificate() const
{
    const auto certs = QSslCertificate::fromPath(certificateFile(), QSsl::Pem);
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

QByteArray XmppServerFixture::serverFingerprint() const
{
    const QSslCertificate cert = serverCertificate();
    return cert.isNull() ? QByteArray() : cert.digest(QCryptographicHash::Sha256).toHex();
}

bool XmppServerFixture::writeFile(const QString &name, const QByteArray &contents)
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size()) {
        m_error = u"cannot write %1"_s.arg(file.fileName());
        return false;
    }
    return true;
}

bool XmppServerFixture::runTool(const QString &program, const QStringList &arguments, int timeoutMs, bool asServerUser,
    const QProcessEnvironment &environment)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!environment.isEmpty()) {
        process.setProcessEnvironment(environment);
    }
    const std::optional<Credentials> credentials = credentialsFor(serverUser(), asServerUser && runningAsRoot());
    if (!credentials) {
        m_error = u"no '%1' user"_s.arg(serverUser());
        return false;
    }
    prepareChild(process, *credentials, false);
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

bool XmppServerFixture::makeCertificates()
{
    // One small OpenSSL config with exactly the extensions we want, so the distribution's defaults
    // (v3_ca on every -x509) do not leak in.
    const QString domain = m_options.domain;
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
    const QString cnf = path(u"openssl.cnf"_s);
    if (!writeFile(u"openssl.cnf"_s, config.toUtf8())) {
        return false;
    }
    if (!QDir(m_dir.path()).mkpath(u"certs"_s)) {
        m_error = u"cannot create the certs directory"_s;
        return false;
    }
    const QString crt = certificateFile();
    const QString key = keyFile();
    const QStringList ecKey { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s };
    const QString serial = u"0x"_s + QString::number(QRandomGenerator::global()->generate64() >> 2, 16);

    if (m_options.certificates == CertificateMode::SelfSigned) {
        return runTool(u"openssl"_s,
            QStringList { u"req"_s, u"-x509"_s, u"-config"_s, cnf } + ecKey
                + QStringList { u"-keyout"_s, key, u"-out"_s, crt, u"-days"_s, u"3"_s, u"-subj"_s, u"/CN="_s + domain,
                    u"-extensions"_s, u"self_ext"_s, u"-set_serial"_s, serial });
    }
    const QString caKey = path(u"ca.key"_s);
    const QString csr = path(u"server.csr"_s);
    return runTool(u"openssl"_s,
               QStringList { u"req"_s, u"-x509"_s, u"-config"_s, cnf } + ecKey
                   + QStringList { u"-keyout"_s, caKey, u"-out"_s, path(u"ca.pem"_s), u"-days"_s, u"3"_s, u"-subj"_s,
                       u"/CN=Balcony Test CA "_s + serial, u"-extensions"_s, u"ca_ext"_s })
        && runTool(u"openssl"_s,
            QStringList { u"req"_s, u"-new"_s, u"-config"_s, cnf } + ecKey
                + QStringList { u"-keyout"_s, key, u"-out"_s, csr, u"-subj"_s, u"/CN="_s + domain })
        && runTool(u"openssl"_s,
            { u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-CA"_s, path(u"ca.pem"_s), u"-CAkey"_s, caKey, u"-set_serial"_s,
                serial, u"-days"_s, u"3"_s, u"-extfile"_s, cnf, u"-extensions"_s, u"server_ext"_s, u"-out"_s, crt });
}

bool XmppServerFixture::handToServerUser()
{
    if (!runningAsRoot()) {
        return true;
    }
    const passwd *pw = ::getpwnam(serverUser().toLocal8Bit().constData());
    if (!pw) {
        m_error = u"no '%1' user"_s.arg(serverUser());
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
            m_error = u"cannot hand %1 to the %2 user"_s.arg(p, serverUser());
            return false;
        }
    }
    return true;
}

bool XmppServerFixture::prepare()
{
    if (m_prepared) {
        return true;
    }
    QString why;
    if (!isAvailable(kind(), &why)) {
        m_error = why;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary directory: %1"_s.arg(m_dir.errorString());
        return false;
    }
    QList<quint16> ports;
    if (!pickFreePorts(2 + extraPortCount(), ports)) {
        m_error = u"cannot find free loopback ports"_s;
        return false;
    }
    m_c2sPort = ports.takeFirst();
    m_directTlsPort = ports.takeFirst();
    m_extraPorts = ports;
    if (!makeCertificates() || !writeServerFiles() || !handToServerUser()) {
        return false;
    }
    m_prepared = true;
    return true;
}

bool XmppServerFixture::start()
{
    if (isRunning()) {
        return true;
    }
    if (!prepare()) {
        return false;
    }
    const std::optional<Credentials> credentials = credentialsFor(serverUser(), runningAsRoot());
    if (!credentials) {
        m_error = u"no '%1' user"_s.arg(serverUser());
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(m_dir.path());
    m_process->setProcessEnvironment(environment());
    const QString output = path(kindName(kind()).toLower() + u".out"_s);
    m_process->setStandardOutputFile(output, QIODevice::Append);
    m_process->setStandardErrorFile(output, QIODevice::Append);
    // Its own process group: a server may run its work in processes of its own (ejabberdctl runs the Erlang
    // VM as a child), and all of them are ended together.
    prepareChild(*m_process, *credentials, true);
    m_process->start(program(), arguments());
    if (!m_process->waitForStarted(5000)) {
        m_error = u"cannot start %1: %2"_s.arg(program(), m_process->errorString());
        m_process.reset();
        return false;
    }
    if (!startWatchdog() || !waitUntilReady()) {
        m_error += u"\n"_s + logTail();
        stop();
        return false;
    }
    return true;
}

bool XmppServerFixture::startWatchdog()
{
    // The parent-death signal reaches only the process start() launched, not what that one started (the
    // Erlang VM under ejabberdctl). A shell that waits for the end of its standard input, which is a pipe
    // from this process, kills the whole group when the test process dies, however it dies.
    m_watchdog = std::make_unique<QProcess>();
    m_watchdog->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_watchdog->setStandardOutputFile(QProcess::nullDevice());
    m_watchdog->start(u"/bin/sh"_s,
        { u"-c"_s, u"while read -r _; do :; done; kill -s KILL -- -\"$1\" 2>/dev/null"_s, u"watchdog"_s,
            QString::number(m_process->processId()) });
    if (!m_watchdog->waitForStarted(5000)) {
        m_error = u"cannot start the watchdog shell: %1"_s.arg(m_watchdog->errorString());
        m_watchdog.reset();
        return false;
    }
    return true;
}

void XmppServerFixture::stopWatchdog()
{
    if (!m_watchdog) {
        return;
    }
    // SIGKILL: it must not run its kill (the group may be gone and its id reused one day).
    m_watchdog->kill();
    m_watchdog->waitForFinished(5000);
    m_watchdog.reset();
}

bool XmppServerFixture::waitUntilReady()
{
    const QByteArray header = "<?xml version='1.0'?><stream:stream to='" + m_options.domain.toUtf8()
        + "' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";
    QDeadlineTimer deadline(readyTimeoutMs());
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_error = u"%1 exited during start-up (exit code %2)"_s.arg(name()).arg(m_process->exitCode());
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
    m_error = u"%1 did not answer on port %2 within %3 ms"_s.arg(name()).arg(m_c2sPort).arg(readyTimeoutMs());
    return false;
}

void XmppServerFixture::stop()
{
    if (!m_process) {
        stopWatchdog();
        return;
    }
    const qint64 pid = m_process->processId();
    if (m_process->state() != QProcess::NotRunning) {
        requestShutdown(pid);
        if (!m_process->waitForFinished(stopGraceMs())) {
            ::kill(-pid_t(pid), SIGKILL);
            m_process->waitForFinished(5000);
        }
    }
    // Whatever the process started and left behind ends with it (the group is ours: it was created by start()).
    if (pid > 0 && processGroupExists(pid)) {
        ::kill(-pid_t(pid), SIGKILL);
        QDeadlineTimer gone(2000);
        while (processGroupExists(pid) && !gone.hasExpired()) {
            QThread::msleep(10);
        }
    }
    m_process.reset();
    stopWatchdog();
}

bool XmppServerFixture::restart()
{
    stop();
    return start();
}

bool XmppServerFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString XmppServerFixture::logTail(int maxLines) const
{
    QString out;
    for (const QString &name : logFiles() + QStringList { path(kindName(kind()).toLower() + u".out"_s) }) {
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
