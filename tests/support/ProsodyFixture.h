#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace balcony::test {

// A real Prosody (the Debian package, 0.12) started by a test on loopback, with everything it owns in one
// temporary directory: config, per-run certificates (made with the openssl CLI), data, pid file and log.
//
//   ProsodyFixture prosody;                      // or ProsodyFixture prosody({.passwordHash = u"SHA-256"_s})
//   if (!ProsodyFixture::isAvailable(&why)) QSKIP(...);
//   QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));
//   QVERIFY(prosody.registerUser(u"alice"_s, u"secret"_s));
//
// Ports are picked free once (bound with port 0) and kept for the lifetime of the fixture, so restart()
// and stop()+start() bring the server back on the same ports with the same data. stop() ends exactly the
// process this fixture started; the server also gets SIGTERM if the test process dies. As root, Prosody
// refuses to run, so it is started as the `prosody` user (what `setpriv --reuid=prosody --regid=prosody
// --init-groups` does, done in the child) and the directory is handed to that user. BALCONY_KEEP_PROSODY=1 keeps the
// directory.
class ProsodyFixture {
public:
    enum class CertificateMode {
        CaSigned, // a per-run test CA signs the server certificate; clients trust caFile()
        SelfSigned, // a self-signed server certificate that no CA vouches for (untrusted-certificate tests)
    };
    struct Options {
        QString domain = QStringLiteral("localhost");
        // Prosody's password_hash: "SHA-1" (its default) offers SCRAM-SHA-1, "SHA-256" SCRAM-SHA-256.
        QString passwordHash = QStringLiteral("SHA-1");
        CertificateMode certificates = CertificateMode::CaSigned;
        // TLS session resumption: Prosody 0.12 sets OpenSSL's no_ticket by default (no resumption);
        // true writes `options = { no_ticket = false }` into its ssl settings, which enables session
        // tickets on TLS 1.2 and 1.3 for both STARTTLS and direct TLS.
        bool tlsTickets = false;
    };

    ProsodyFixture();
    explicit ProsodyFixture(const Options &options);
    ~ProsodyFixture(); // stops the server
    ProsodyFixture(const ProsodyFixture &) = delete;
    ProsodyFixture &operator=(const ProsodyFixture &) = delete;

    // Whether prosody, prosodyctl and openssl are installed (and, as root, a prosody user exists).
    static bool isAvailable(QString *why = nullptr);

    // The first call prepares the directory (certificates, config); every call starts the server and waits
    // (at most 10 s) until it answers a stream header with <stream:features>. False with errorString().
    bool start();
    // SIGTERM, then SIGKILL after 5 s, to the PID start() launched. Waits until it has exited.
    void stop();
    // stop() + start(): same ports, same data.
    bool restart();
    bool isRunning() const;

    bool registerUser(const QString &user, const QString &password);

    QString domain() const { return m_options.domain; }
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
    QString configFile() const;
    QString logFile() const;
    // The tail of Prosody's log, for failure messages.
    QString logTail(int maxLines = 40) const;
    QString errorString() const { return m_error; }

private:
    bool prepare();
    bool makeCertificates();
    bool writeConfig();
    bool handToProsodyUser();
    bool runTool(const QString &program, const QStringList &arguments, int timeoutMs = 30000);
    bool waitUntilReady();
    QString path(const QString &name) const;

    Options m_options;
    QTemporaryDir m_dir;
    bool m_prepared = false;
    quint16 m_c2sPort = 0;
    quint16 m_directTlsPort = 0;
    std::unique_ptr<QProcess> m_process;
    QString m_error;
};

} // namespace balcony::test
