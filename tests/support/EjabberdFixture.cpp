#include "EjabberdFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpSocket>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace balcony::test {

namespace {

// ejabberdctl lives in /usr/sbin, which is not on every user's PATH.
QString ejabberdctl()
{
    const QString found = QStandardPaths::findExecutable(u"ejabberdctl"_s);
    return found.isEmpty() ? QStandardPaths::findExecutable(u"ejabberdctl"_s, { u"/usr/sbin"_s, u"/sbin"_s }) : found;
}

// A YAML double-quoted scalar.
QString yamlString(const QString &value)
{
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"\n"_s, u"\\n"_s);
    return u"\""_s + escaped + u"\""_s;
}

// The processes whose parent is `pid` (Linux: /proc/PID/task/PID/children).
QList<pid_t> childrenOf(qint64 pid)
{
    QList<pid_t> children;
    QFile file(u"/proc/%1/task/%1/children"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return children;
    }
    for (const QByteArray &word : file.readAll().simplified().split(' ')) {
        bool ok = false;
        const int child = word.toInt(&ok);
        if (ok && child > 0) {
            children.append(pid_t(child));
        }
    }
    return children;
}

} // namespace

EjabberdFixture::EjabberdFixture()
    : EjabberdFixture(Options {})
{
}

EjabberdFixture::EjabberdFixture(const Options &options)
    : XmppServerFixture(options, u"balcony-ejabberd"_s)
    , m_node(u"balcony-%1@localhost"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')))
{
}

EjabberdFixture::~EjabberdFixture()
{
    stop();
}

bool EjabberdFixture::isAvailable(QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why) {
            *why = reason;
        }
        return false;
    };
    if (ejabberdctl().isEmpty()) {
        return fail(u"'ejabberdctl' is not installed (Debian package: ejabberd)"_s);
    }
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty()) {
        return fail(u"'openssl' is not installed (Debian package: openssl)"_s);
    }
    const passwd *pw = ::getpwnam("ejabberd");
    if (!pw) {
        return fail(u"there is no 'ejabberd' user to run ejabberd as"_s);
    }
    // Debian's ejabberdctl runs only as root (it then switches to the ejabberd user) or as that user.
    if (!runningAsRoot() && ::geteuid() != pw->pw_uid) {
        return fail(u"ejabberdctl runs only as root or as the 'ejabberd' user"_s);
    }
    return true;
}

QString EjabberdFixture::program() const
{
    return ejabberdctl();
}

QStringList EjabberdFixture::ctlArguments() const
{
    // Every folder given explicitly: the package's /etc/ejabberd, /var/log/ejabberd and /var/lib/ejabberd
    // are never read or written.
    return { u"--config-dir"_s, directory(), u"--config"_s, configFile(), u"--ctl-config"_s, path(u"ejabberdctl.cfg"_s),
        u"--logs"_s, path(u"logs"_s), u"--spool"_s, dataDirectory() };
}

QStringList EjabberdFixture::arguments() const
{
    return ctlArguments() + QStringList { u"foreground"_s };
}

QProcessEnvironment EjabberdFixture::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The Erlang cookie (.erlang.cookie, made by the first node) lives in HOME: the instance's own.
    env.insert(u"HOME"_s, directory());
    return env;
}

QString EjabberdFixture::yaml() const
{
    const bool debug = qEnvironmentVariableIntValue("BALCONY_EJABBERD_DEBUG") == 1;
    const QString hash
        = m_options.passwordHash.compare(u"SHA-256"_s, Qt::CaseInsensitive) == 0 ? u"sha256"_s : u"sha"_s;
    // XEP-0363: an HTTPS listener of ejabberd's own (ejabberd_http with the global certfiles) on its own loopback
    // port, serving mod_http_upload under /upload and nothing else.
    // Options::httpBindings: RFC 7395 WebSocket (ejabberd_http_ws) and XEP-0206 BOSH (mod_bosh) on the same listener,
    // announced by XEP-0156 host-meta (mod_host_meta, JRD and XRD) under /.well-known.
    QString handlers;
    if (m_options.fileUpload) {
        handlers += u"      /upload: mod_http_upload\n"_s;
    }
    if (m_options.httpBindings) {
        handlers += u"      /xmpp-websocket: ejabberd_http_ws\n      /http-bind: mod_bosh\n"
                    "      /.well-known/host-meta: mod_host_meta\n      /.well-known/host-meta.json: mod_host_meta\n"_s;
    }
    const QString httpListener = httpsPort() != 0 ? u"  -\n"
                                                    "    port: %1\n"
                                                    "    ip: \"127.0.0.1\"\n"
                                                    "    module: ejabberd_http\n"
                                                    "    tls: true\n"
                                                    "    request_handlers:\n"_s.arg(httpsPort())
            + handlers
                                                  : QString();
    // XEP-0313: mod_mam archives the accounts' messages (`default: always`) and, for mod_muc, the rooms whose
    // `mam` option is on. Without Options::messageArchive but with group chat it is loaded for the rooms only.
    QString archive;
    if (m_options.messageArchive) {
        archive = u"  mod_mam:\n    default: always\n"_s;
    } else if (m_options.groupChat) {
        archive = u"  mod_mam:\n    default: never\n"_s;
    }
    // XEP-0045 on conference.<domain> (the name Prosody's fixture uses): every local user may create rooms and
    // make them persistent; rooms are temporary unless configured otherwise (as Prosody's) and archived (mam:
    // true, XEP-0313 on the room, what the engine catches up from); the room replays its last 20 messages (as
    // Prosody's fixture). mod_muc_admin is not needed: owners configure rooms with the XEP-0045 owner form.
    const QString groupChat = m_options.groupChat ? u"  mod_muc:\n"
                                                    "    hosts:\n"
                                                    "      - %1\n"
                                                    "    access: all\n"
                                                    "    access_create: local\n"
                                                    "    access_persistent: local\n"
                                                    "    access_mam: all\n"
                                                    "    history_size: 20\n"
                                                    "    default_room_options:\n"
                                                    "      mam: true\n"_s.arg(yamlString(mucDomain()))
                                                  : QString();
    // XEP-0363 on upload.<domain>: slots on https://<domain>:port/upload (the name the fixture's certificate
    // carries), files kept in the instance's folder, the size limit of Options::fileUploadSizeLimit.
    const QString upload = m_options.fileUpload
        ? u"  mod_http_upload:\n"
          "    hosts:\n"
          "      - %1\n"
          "    put_url: %2\n"
          "    docroot: %3\n"
          "    max_size: %4\n"_s.arg(yamlString(uploadDomain()),
              yamlString(u"https://%1:%2/upload"_s.arg(m_options.domain, QString::number(httpsPort()))),
              yamlString(path(u"upload"_s)), QString::number(m_options.fileUploadSizeLimit))
        : QString();
    const QString head
        = u"# Generated by Balcony's EjabberdFixture for one test run.\n"
          "loglevel: %1\n"
          "log_rotate_count: 0\n"
          "log_rotate_size: infinity\n"
          "log_burst_limit_count: 1000000\n"
          "hosts:\n"
          "  - %2\n"
          "certfiles:\n"
          "  - %3\n"
          "listen:\n"
          "  -\n"
          "    port: %4\n"
          "    ip: \"127.0.0.1\"\n"
          "    module: ejabberd_c2s\n"
          "    starttls_required: true\n"
          "  -\n"
          "    port: %5\n"
          "    ip: \"127.0.0.1\"\n"
          "    module: ejabberd_c2s\n"
          "    tls: true\n"_s.arg(debug ? u"debug"_s : u"info"_s, yamlString(m_options.domain),
              yamlString(path(u"certs/server.pem"_s)), QString::number(c2sPort()), QString::number(directTlsPort()));
    const QString rest = u"auth_method: internal\n"
                         "auth_password_format: scram\n"
                         "auth_scram_hash: %1\n"
                         "%2"
                         "s2s_access: s2s\n"
                         "acl:\n"
                         "  local:\n"
                         "    user_regexp: \"\"\n"
                         "access_rules:\n"
                         "  local:\n"
                         "    allow: local\n"
                         "  c2s:\n"
                         "    allow: all\n"
                         "  s2s:\n"
                         "    deny: all\n"
                         "  pubsub_createnode:\n"
                         "    allow: local\n"
                         "shaper_rules:\n"
                         "  max_user_sessions: 100\n"
                         "  max_user_offline_messages: 5000\n"
                         "modules:\n"
                         "  mod_caps: {}\n"
                         "  mod_carboncopy: {}\n"
                         "  mod_client_state: {}\n"
                         "  mod_disco: {}\n"
                         "%3"
                         "  mod_last: {}\n"
                         "%4"
                         "%5"
                         "  mod_offline:\n"
                         "    access_max_user_messages: max_user_offline_messages\n"
                         "  mod_ping: {}\n"
                         "  mod_pubsub:\n"
                         "    access_createnode: pubsub_createnode\n"
                         "    plugins:\n"
                         "      - flat\n"
                         "      - pep\n"
                         "%6"
                         "  mod_roster:\n"
                         "    versioning: true\n"
                         "    store_current_id: true\n"
                         "  mod_stream_mgmt:\n"
                         "    resend_on_timeout: if_offline\n"
                         // XEP-0054 vcard-temp (XEP-0153 avatars are kept in it).
                         "  mod_vcard: {}\n"_s.arg(hash,
                             // XEP-0077: registration_timeout (600 s per address by default) would refuse a second
                             // account.
                             m_options.inBandRegistration ? u"registration_timeout: infinity\n"_s : QString(),
                             upload
                                 + (m_options.httpBindings ? u"  mod_bosh: {}\n  mod_host_meta:\n"
                                                             "    bosh_service_url: \"%1\"\n"
                                                             "    websocket_url: \"%2\"\n"_s.arg(
                                                                 boshUrl().toString(), websocketUrl().toString())
                                                           : QString()),
                             archive, groupChat,
                             m_options.inBandRegistration ? u"  mod_register:\n    ip_access: all\n"_s : QString());
    // The ReST API on a loopback-only plain HTTP listener, allowed the `register` command only (from 127.0.0.1);
    // ejabberdctl keeps every command (the console rule, ejabberd's default, restated since api_permissions
    // replaces the defaults).
    const QString api = u"  -\n"
                        "    port: %1\n"
                        "    ip: \"127.0.0.1\"\n"
                        "    module: ejabberd_http\n"
                        "    request_handlers:\n"
                        "      /api: mod_http_api\n"
                        "api_permissions:\n"
                        "  \"console commands\":\n"
                        "    from: ejabberd_ctl\n"
                        "    who: all\n"
                        "    what: \"*\"\n"
                        "  \"loopback registration\":\n"
                        "    from: mod_http_api\n"
                        "    who:\n"
                        "      ip: 127.0.0.1/32\n"
                        "    what: register\n"_s.arg(apiPort());
    return head + httpListener + api + rest;
}

bool EjabberdFixture::writeServerFiles()
{
    if (!QDir(directory()).mkpath(u"spool"_s) || !QDir(directory()).mkpath(u"logs"_s)
        || (m_options.fileUpload && !QDir(directory()).mkpath(u"upload"_s))) {
        m_error = u"cannot create the spool, log and upload directories"_s;
        return false;
    }
    // certfiles: one PEM with the key and the certificate.
    QFile key(keyFile());
    QFile certificate(certificateFile());
    if (!key.open(QIODevice::ReadOnly) || !certificate.open(QIODevice::ReadOnly)) {
        m_error = u"cannot read the server certificate or key"_s;
        return false;
    }
    if (!writeFile(u"certs/server.pem"_s, key.readAll() + certificate.readAll())) {
        return false;
    }
    QFile::setPermissions(path(u"certs/server.pem"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // ejabberdctl.cfg is a shell fragment that ejabberdctl sources. ERL_DIST_PORT: the node listens for the
    // Erlang distribution on that port and ejabberdctl's own short-lived nodes connect to it directly, with
    // no epmd (which would be started as a daemon and outlive the run); the distribution listens on 127.0.0.1
    // only. No crash dumps.
    const QString ctl
        = u"# Generated by Balcony's EjabberdFixture for one test run.\n"
          "ERLANG_NODE=%1\n"
          "ERL_DIST_PORT=%2\n"
          "ERL_OPTIONS=\"-env ERL_CRASH_DUMP_BYTES 0 -kernel inet_dist_use_interface {127,0,0,1}\"\n"_s.arg(m_node)
              .arg(extraPort(0));
    // Host names resolve from /etc/hosts, then DNS (what the package's inetrc says), "localhost" to 127.0.0.1.
    const QByteArray inetrc = "{lookup,[\"file\",\"native\"]}.\n{host,{127,0,0,1}, [\"localhost\"]}.\n";
    return writeFile(u"ejabberdctl.cfg"_s, ctl.toUtf8()) && writeFile(u"inetrc"_s, inetrc)
        && writeFile(u"ejabberd.yml"_s, yaml().toUtf8());
}

void EjabberdFixture::requestShutdown(qint64 pid)
{
    // ejabberdctl (a shell script) runs the Erlang VM as its child and waits for it. SIGTERM makes the VM stop
    // cleanly (init:stop/0), then the script ends. Both were started by start(): its PID and that PID's child.
    const QList<pid_t> children = childrenOf(pid);
    if (children.isEmpty()) {
        ::kill(pid_t(pid), SIGTERM);
        return;
    }
    for (const pid_t child : children) {
        ::kill(child, SIGTERM);
    }
}

bool EjabberdFixture::registerThroughApi(const QString &user, const QString &password, QString *why)
{
    const QByteArray body = QJsonDocument(
        QJsonObject { { u"user"_s, user }, { u"host"_s, m_options.domain },
            { u"password"_s,
                password } }).toJson(QJsonDocument::Compact);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, apiPort());
    if (!socket.waitForConnected(10000)) {
        *why = u"cannot connect to the API port: %1"_s.arg(socket.errorString());
        return false;
    }
    socket.write("POST /api/register HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // The answer: a status line, headers and a short JSON body; the listener closes the connection after it.
    QByteArray response;
    const QDeadlineTimer deadline(60000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired() && response.size() < 65536) {
        socket.waitForReadyRead(100);
        response += socket.readAll();
    }
    response += socket.readAll();
    if (!response.startsWith("HTTP/1.1 200") && !response.startsWith("HTTP/1.0 200")) {
        *why = u"the API answered: %1"_s.arg(QString::fromUtf8(response.left(300)).simplified());
        return false;
    }
    return true;
}

bool EjabberdFixture::registerUser(const QString &user, const QString &password)
{
    if (!start()) {
        return false;
    }
    QString why;
    if (registerThroughApi(user, password, &why)) {
        return true;
    }
    qWarning("EjabberdFixture: registering %s through the API failed (%s); using ejabberdctl", qPrintable(user),
        qPrintable(why));
    // As the ejabberd user with the instance's HOME (its cookie): as root, ejabberdctl would switch users
    // itself and look for the cookie in the package's home.
    return runTool(program(), ctlArguments() + QStringList { u"register"_s, user, m_options.domain, password }, 60000,
        true, environment());
}

} // namespace balcony::test
