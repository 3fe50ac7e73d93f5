#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QProcess;

namespace balcony::test {

// A real XMPP server started by a test on loopback: what the end-to-end suites need from it, whichever
// server it is (ProsodyFixture, EjabberdFixture). Everything the server owns lives in one temporary
// directory: config, per-run certificates (made with the openssl CLI, signed by a per-run CA), data, logs.
//
//   auto server = XmppServerFixture::create();   // the server BALCONY_TEST_SERVER names (default: Prosody)
//   if (!XmppServerFixture::isAvailable(server->kind(), &why)) QSKIP(...);
//   QVERIFY2(server->start(), qPrintable(server->errorString()));
//   QVERIFY(server->registerUser(u"alice"_s, u"secret"_s));
//
// Ports are picked free on 127.0.0.1 once and kept for the lifetime of the fixture, so restart() and
// stop()+start() bring the server back on the same ports with the same data. Only what start() launched
// is ever stopped: that process and the processes it started (its process group); if the test process dies,
// they are ended too. As root, the server runs as its Debian user (`prosody`, `ejabberd`) and the directory
// is handed to that user. BALCONY_KEEP_SERVER=1 keeps the directory for post-mortems.
//
// Each suite under tests/e2e is registered once per server (tst_..._prosody, tst_..._ejabberd); the
// environment variable BALCONY_TEST_SERVER (prosody | ejabberd) tells create() which one to start.
class XmppServerFixture {
public:
    enum class Kind { Prosody, Ejabberd };
    enum class CertificateMode {
        CaSigned, // a per-run test CA signs the server certificate; clients trust caFile()
        SelfSigned, // a self-signed server certificate that no CA vouches for (untrusted-certificate tests)
    };
    struct Options {
        QString domain = QStringLiteral("localhost");
        // The SCRAM hash the server stores passwords with (one per server): "SHA-1" offers SCRAM-SHA-1,
        // "SHA-256" SCRAM-SHA-256.
        QString passwordHash = QStringLiteral("SHA-1");
        CertificateMode certificates = CertificateMode::CaSigned;
        // TLS session resumption: Prosody 0.12 turns it off by default and this turns it on (see
        // ProsodyFixture); ejabberd 23.01 offers none either way (see EjabberdFixture::resumesTlsSessions()).
        bool tlsTickets = false;
        // XEP-0313 message archive (mod_mam). Suites that push hundreds of messages through one account and need
        // no archive turn it off: ejabberd 23.01 without SQL keeps an account's archive in Mnesia under one key,
        // so every archived message costs time that grows with the archive (500 messages took minutes).
        bool messageArchive = true;
        // XEP-0077 in-band registration before authentication (and password change / account removal after):
        // Prosody's mod_register with allow_registration, ejabberd's mod_register without its per-address
        // registration_timeout (so one test can register several accounts from 127.0.0.1).
        bool inBandRegistration = false;
        // XEP-0045 group chat on mucDomain() (Prosody: `Component "conference.<domain>" "muc"` with muc_mam).
        bool groupChat = false;
        // XEP-0363 HTTP file upload on uploadDomain() (Prosody: `Component "upload.<domain>" "http_file_share"`,
        // served over HTTPS with the server certificate on httpsPort() of 127.0.0.1, URLs on https://<domain>:port).
        bool fileUpload = false;
        qint64 fileUploadSizeLimit = 16LL * 1024 * 1024; // the service's max-file-size
        // The HTTP bindings on the HTTPS port httpsPort() with the server certificate (Prosody: mod_websocket and
        // mod_bosh; ejabberd: ejabberd_http_ws and mod_bosh): websocketUrl(), boshUrl().
        bool httpBindings = false;
        // Benchmarks: the server logs warnings and errors only (at debug level, logging every stanza makes the
        // server the bottleneck). Prosody only.
        bool quietLog = false;
        // Benchmarks (Prosody only): with groupChat, a room archive query answers up to this many results per page
        // (mod_muc_mam's max_archive_query_results, 50 by default); 0 keeps the default.
        int mucArchiveMaxPage = 0;
        // XEP-0114 (Prosody only): a non-empty secret adds the external component componentDomain(), accepting
        // its connection on componentPort() of 127.0.0.1 (benchmarks drive many room occupants through it).
        QString componentSecret {};
        // XEP-0060 on pubsubDomain() (Prosody only: `Component "pubsub.<domain>" "pubsub"` with expose_publisher, for
        // XEP-0207 eventing mode). Prosody 0.12's component lets only admins create nodes, so the bare JIDs in
        // `pubsubCreators` are made server admins.
        bool pubsub = false;
        QStringList pubsubCreators {};
    };

    virtual ~XmppServerFixture();
    XmppServerFixture(const XmppServerFixture &) = delete;
    XmppServerFixture &operator=(const XmppServerFixture &) = delete;

    // BALCONY_TEST_SERVER: "prosody" (also when unset) or "ejabberd".
    static Kind selectedKind();
    static QString kindName(Kind kind); // "Prosody", "ejabberd"
    // Whether the server `kind` can be run here (its programs installed, the user it runs as).
    static bool isAvailable(Kind kind, QString *why = nullptr);
    static std::unique_ptr<XmppServerFixture> create(Kind kind, const Options &options);
    static std::unique_ptr<XmppServerFixture> create(Kind kind);
    // The server selectedKind() names.
    static std::unique_ptr<XmppServerFixture> create(const Options &options);
    static std::unique_ptr<XmppServerFixture> create();

    virtual Kind kind() const = 0;
    QString name() const { return kindName(kind()); }

    // The first call prepares the directory (certificates, config); every call starts the server and waits
    // until it answers a stream header with <stream:features> on both ports. False with errorString().
    bool start();
    // Ends what start() launched and waits until it has exited.
    void stop();
    // stop() + start(): same ports, same data.
    bool restart();
    bool isRunning() const;

    virtual bool registerUser(const QString &user, const QString &password) = 0;

    const Options &options() const { return m_options; }
    QString domain() const { return m_options.domain; }
    // The group chat service's domain (Options::groupChat).
    QString mucDomain() const { return QStringLiteral("conference.") + m_options.domain; }
    // The upload service's domain (Options::fileUpload).
    QString uploadDomain() const { return QStringLiteral("upload.") + m_options.domain; }
    // The publish-subscribe service's domain (Options::pubsub).
    QString pubsubDomain() const { return QStringLiteral("pubsub.") + m_options.domain; }
    // The external component's domain and port (Options::componentSecret; port 0 without it).
    QString componentDomain() const { return QStringLiteral("bots.") + m_options.domain; }
    virtual quint16 componentPort() const { return 0; }
    // The HTTPS port of the upload service (Options::fileUpload; 0 without it or on a server without it).
    virtual quint16 httpsPort() const { return 0; }
    // Options::httpBindings: the RFC 7395 WebSocket and the XEP-0206 BOSH endpoints on httpsPort().
    QUrl websocketUrl() const
    {
        return QUrl(QStringLiteral("wss://%1:%2/xmpp-websocket").arg(m_options.domain).arg(httpsPort()));
    }
    QUrl boshUrl() const
    {
        return QUrl(QStringLiteral("https://%1:%2/http-bind").arg(m_options.domain).arg(httpsPort()));
    }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 c2sPort() const { return m_c2sPort; }
    quint16 directTlsPort() const { return m_directTlsPort; }
    // The test CA (CaSigned) or the self-signed server certificate itself (SelfSigned), PEM.
    QString caFile() const;
    QSslCertificate caCertificate() const;
    QSslCertificate serverCertificate() const;
    // SHA-256 of the server certificate's DER, lower-case hex (what CertificateTrust stores).
    QByteArray serverFingerprint() const;
    QString directory() const { return m_dir.path(); }
    // Where the server keeps accounts, rosters, offline messages, archives and PEP items.
    virtual QString dataDirectory() const = 0;
    virtual QString logFile() const = 0;
    // The tail of the server's log and output, for failure messages.
    QString logTail(int maxLines = 40) const;
    QString errorString() const { return m_error; }

protected:
    XmppServerFixture(const Options &options, const QString &directoryPrefix);

    // --- what each server defines
    // The Debian user the server runs as when the tests run as root.
    virtual QString serverUser() const = 0;
    // Extra free loopback ports the server needs besides c2s and direct TLS (picked with them).
    virtual int extraPortCount() const { return 0; }
    // Writes the config and whatever else the server needs, once the certificates exist.
    virtual bool writeServerFiles() = 0;
    virtual QString program() const = 0;
    virtual QStringList arguments() const = 0;
    virtual QProcessEnvironment environment() const { return QProcessEnvironment::systemEnvironment(); }
    virtual int readyTimeoutMs() const = 0;
    // Asks the running server to shut down (e.g. signals the right process); stop() waits, then kills.
    virtual void requestShutdown(qint64 pid) = 0;
    virtual int stopGraceMs() const { return 5000; }
    // Files whose tails logTail() shows.
    virtual QStringList logFiles() const = 0;

    // --- shared helpers
    QString path(const QString &name) const;
    QString certificateFile() const; // the server certificate, PEM
    QString keyFile() const; // its private key, PEM
    quint16 extraPort(int index) const { return m_extraPorts.value(index); }
    // Runs `program` to completion (as the server user when `asServerUser` and running as root); false
    // with errorString() on a failure or a non-zero exit.
    bool runTool(const QString &program, const QStringList &arguments, int timeoutMs = 30000, bool asServerUser = false,
        const QProcessEnvironment &environment = QProcessEnvironment());
    bool writeFile(const QString &name, const QByteArray &contents);
    static bool runningAsRoot();
    // Picks the ports and writes certificates and config (once); start() calls it.
    bool prepare();

    Options m_options;
    QString m_error;

private:
    bool makeCertificates();
    bool handToServerUser();
    bool waitUntilReady();
    bool startWatchdog();
    void stopWatchdog();

    QTemporaryDir m_dir;
    bool m_prepared = false;
    quint16 m_c2sPort = 0;
    quint16 m_directTlsPort = 0;
    QList<quint16> m_extraPorts;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QProcess> m_watchdog;
};

} // namespace balcony::test
