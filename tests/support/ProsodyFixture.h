#pragma once

#include "XmppServerFixture.h"

namespace balcony::test {

// A real Prosody (the Debian package, 0.12) started by a test on loopback (see XmppServerFixture):
//
//   ProsodyFixture prosody;                      // or ProsodyFixture prosody({.passwordHash = u"SHA-256"_s})
//   if (!ProsodyFixture::isAvailable(&why)) QSKIP(...);
//   QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));
//   QVERIFY(prosody.registerUser(u"alice"_s, u"secret"_s));
//
// `prosody -F --config FILE` in the foreground with a config of our own (pid file, data_path, log, ports on
// 127.0.0.1, no s2s); mod_smacks, mod_carbons, mod_mam and mod_pep next to the defaults (mod_offline is
// always there). stop() sends SIGTERM to the process it started. As root, Prosody refuses to run, so it runs
// as the `prosody` user. BALCONY_KEEP_PROSODY=1 (or BALCONY_KEEP_SERVER=1) keeps the directory.
class ProsodyFixture : public XmppServerFixture {
public:
    ProsodyFixture();
    // Options::passwordHash is Prosody's password_hash ("SHA-1", its default, or "SHA-256"); tlsTickets writes
    // `options = { no_ticket = false }` into its ssl settings, which enables session tickets on TLS 1.2 and
    // 1.3 for both STARTTLS and direct TLS (Prosody sets OpenSSL's no_ticket by default).
    explicit ProsodyFixture(const Options &options);
    ~ProsodyFixture() override; // stops the server

    // Whether prosody, prosodyctl and openssl are installed (and, as root, a prosody user exists).
    static bool isAvailable(QString *why = nullptr);

    Kind kind() const override { return Kind::Prosody; }
    bool registerUser(const QString &user, const QString &password) override;
    QString dataDirectory() const override { return path(QStringLiteral("data")); }
    QString logFile() const override;
    QString configFile() const;
    quint16 httpsPort() const override { return hasHttps() ? extraPort(0) : 0; }
    quint16 componentPort() const override
    {
        return m_options.componentSecret.isEmpty() ? 0 : extraPort(hasHttps() ? 1 : 0);
    }

protected:
    QString serverUser() const override { return QStringLiteral("prosody"); }
    int extraPortCount() const override { return (hasHttps() ? 1 : 0) + (m_options.componentSecret.isEmpty() ? 0 : 1); }
    bool hasHttps() const { return m_options.fileUpload || m_options.httpBindings; }
    bool writeServerFiles() override;
    QString program() const override { return QStringLiteral("prosody"); }
    QStringList arguments() const override;
    // Ready ~0.12-0.2 s after launch on an idle machine; generous for a loaded one.
    int readyTimeoutMs() const override { return 20000; }
    void requestShutdown(qint64 pid) override;
    QStringList logFiles() const override { return { logFile() }; }
};

} // namespace balcony::test
