#pragma once

#include "XmppServerFixture.h"

namespace balcony::test {

// A real ejabberd (the Debian package, 23.01) started by a test on loopback (see XmppServerFixture):
// `ejabberdctl --config-dir DIR --ctl-config DIR/ejabberdctl.cfg --logs DIR/logs --spool DIR/spool
// foreground` with an ejabberd.yml and an ejabberdctl.cfg of our own, so nothing of the package's system-wide
// instance (/etc/ejabberd, /var/lib/ejabberd, port 5222, the node ejabberd@localhost and its epmd) is used or
// touched, whether the package started it or not. (The package's AppArmor profile for ejabberdctl is in complain
// mode: where AppArmor is on, the instance's folders under /tmp are logged, not refused.)
//
// The instance:
// - its own Erlang node name (balcony-<random>@localhost) with a fixed distribution port on 127.0.0.1
//   (ERL_DIST_PORT: no epmd is started, so nothing outlives the run) and its own cookie in DIR (HOME);
//   two instances run side by side, as when ctest runs suites in parallel;
// - c2s on 127.0.0.1 only (STARTTLS required, direct TLS on a second port), no s2s listener and no outgoing
//   s2s (s2s_access denies every server), no shapers; HTTP on 127.0.0.1 only: the ReST API (mod_http_api, its
//   `register` command only, for registerUser()) and, with Options::fileUpload, mod_http_upload over TLS;
// - the modules of a typical deployment for what Balcony does: mod_roster with versioning (the current version
//   stored, store_current_id, as ejabberd's documentation recommends: else every roster change hashes the whole
//   roster), mod_caps, mod_disco, mod_ping, mod_carboncopy, mod_client_state, mod_last, mod_offline (up to 5000
//   messages per user), mod_mam archiving every message by default (`default: always`: ejabberd's own default
//   archives nothing; kept in Mnesia, as SQLite would need erlang-p1-sqlite3; see Options::messageArchive),
//   mod_pubsub with the pep plugin (PEP) and mod_stream_mgmt (resend_on_timeout: if_offline, as Debian's
//   default config has it: what a hibernating session did not get goes to offline storage);
// - with Options::groupChat, mod_muc on conference.<domain> (rooms archived by mod_mam, `mam: true`); with
//   Options::fileUpload, mod_http_upload on upload.<domain> behind an ejabberd_http listener with TLS on its own
//   loopback port (httpsPort()), slot URLs on https://<domain>:port/upload, files in DIR/upload;
// - passwords stored as SCRAM with one hash (Options::passwordHash: "SHA-1" or "SHA-256").
// Accounts are made through the ReST API (`POST /api/register`), else with `ejabberdctl ... register` (same
// folders, same node). stop() sends SIGTERM to the
// Erlang VM that ejabberdctl started (a clean shutdown: Mnesia closes its files), waits for both, and kills
// what is left of the process group. As root, everything runs as the Debian `ejabberd` user (ejabberdctl
// refuses any other user). BALCONY_EJABBERD_DEBUG=1 logs every stanza (loglevel debug) in logFile().
//
// Where ejabberd 23.01 differs from Prosody 0.12 in what tests see (measured; ../shared/notes/prosody.md):
// it answers presence probes asynchronously and not at all for an offline contact; it re-sends stored
// subscription requests only to resources with a non-negative priority; publish-options know only
// access_model and persist_items; it offers no TLS session resumption; it keeps an XEP-0198 session whose
// connection broke (a killed client) available for its resumption time (300 s). Group chat, upload and PEP
// differences: docs/SERVERS.md.
class EjabberdFixture : public XmppServerFixture {
public:
    EjabberdFixture();
    explicit EjabberdFixture(const Options &options);
    ~EjabberdFixture() override; // stops the server

    // Whether ejabberdctl and openssl are installed and ejabberdctl can run (as root, or as the ejabberd user).
    static bool isAvailable(QString *why = nullptr);
    // ejabberd 23.01 (fast_tls) issues TLS 1.3 tickets but resumes no session, with or without them.
    static constexpr bool resumesTlsSessions() { return false; }

    Kind kind() const override { return Kind::Ejabberd; }
    // Registers through the ReST API (one HTTP request) on the running node (started if needed); falls back to
    // `ejabberdctl register`, which boots an Erlang VM per call (2-3 s on an idle machine, 20 s and more on a
    // loaded one).
    bool registerUser(const QString &user, const QString &password) override;
    // The Mnesia spool (accounts, rosters, offline messages, the archive, PEP items).
    QString dataDirectory() const override { return path(QStringLiteral("spool")); }
    QString logFile() const override { return path(QStringLiteral("logs/ejabberd.log")); }
    QString configFile() const { return path(QStringLiteral("ejabberd.yml")); }
    QString nodeName() const { return m_node; }
    // mod_http_upload's HTTPS listener (Options::fileUpload).
    quint16 httpsPort() const override { return m_options.fileUpload || m_options.httpBindings ? extraPort(2) : 0; }
    // The loopback-only HTTP listener of ejabberd's ReST API (mod_http_api), which registerUser() uses.
    quint16 apiPort() const { return extraPort(1); }

protected:
    QString serverUser() const override { return QStringLiteral("ejabberd"); }
    // The Erlang distribution port, the ReST API's port, and mod_http_upload's HTTPS port with Options::fileUpload.
    int extraPortCount() const override { return m_options.fileUpload || m_options.httpBindings ? 3 : 2; }
    bool writeServerFiles() override;
    QString program() const override;
    QStringList arguments() const override;
    QProcessEnvironment environment() const override;
    // 3-5 s on an idle machine (Mnesia creates its tables on the first start); much more on a loaded one.
    int readyTimeoutMs() const override { return 90000; }
    void requestShutdown(qint64 pid) override;
    int stopGraceMs() const override { return 30000; }
    QStringList logFiles() const override { return { logFile(), path(QStringLiteral("logs/error.log")) }; }

private:
    QStringList ctlArguments() const;
    QString yaml() const;
    bool registerThroughApi(const QString &user, const QString &password, QString *why);

    QString m_node;
};

} // namespace balcony::test
