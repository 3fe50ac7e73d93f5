#pragma once

#include "CliOptions.h"
#include "disco/DiscoManager.h"
#include "im/RosterManager.h"
#include "storage/Database.h"
#include "storage/SqlCapsStore.h"
#include "storage/SqlConnectionCache.h"
#include "storage/SqlRosterStore.h"
#include "stream/Connection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace balcony::cli {

// One networked balcony-cli command (login, send, listen) on a Connection. Emits finished() exactly once
// with the exit code; successful runs end with a clean stream close (RFC 6120 §4.4) before that.
//
// Every command opens the profile database (<profile>/balcony.sqlite) and runs with its caches (XEP-0305 §2:
// DNS, server profile, caps, versioned roster): the roster get and the initial presence (with the caps
// announcement, XEP-0115) are pipelined with the bind request of every new session.
class CliSession : public QObject {
    Q_OBJECT
public:
    CliSession(const CliOptions &options, const QString &program, QObject *parent = nullptr);
    ~CliSession() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool openProfile();
    void onSessionStarting();
    void onConnected();
    void onError(const balcony::ConnectionError &error);
    void onDisconnected();
    void onStanza(const balcony::Element &stanza);
    void onTimeout();

    // login: prints once the session is fully online (bound, SM answered, roster known, presence sent,
    // the server's caps known).
    void checkOnline();
    void printLogin();
    void sendMessage();
    // Ends the run: with a clean close when bound (the exit waits for the server's </stream:stream>),
    // otherwise at once. `message` goes to stderr.
    void finish(int exitCode, const QString &message = QString());
    void emitFinished(int exitCode);
    void printError(const QString &message);

    CliOptions m_options;
    QString m_program;
    // Declared before the Connection (which holds the cache) and destroyed after it.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlConnectionCache> m_connectionCache;
    std::unique_ptr<SqlCapsStore> m_capsStore;
    std::unique_ptr<SqlRosterStore> m_rosterStore;
    Connection m_connection;
    // Declared after the Connection: they hold a reference to it and are destroyed first.
    std::unique_ptr<DiscoManager> m_disco;
    std::unique_ptr<RosterManager> m_roster;
    QTimer m_timeout;
    QTimer m_closeGuard;
    QElapsedTimer m_clock;
    QTextStream m_out;
    QTextStream m_err;
    bool m_everBound = false;
    bool m_closing = false;
    bool m_done = false;
    bool m_presenceSent = false;
    bool m_rosterKnown = false;
    bool m_capsBarrierSent = false;
    bool m_capsSettled = false;
    bool m_printed = false;
    qint64 m_onlineMs = -1;
    int m_exitCode = 0;
    int m_received = 0;
};

} // namespace balcony::cli
