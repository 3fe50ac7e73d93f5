#pragma once

#include "CliOptions.h"
#include "stream/Connection.h"

#include <QObject>
#include <QTextStream>
#include <QTimer>

namespace balcony::cli {

// One networked balcony-cli command (login, send, listen) on a Connection. Emits finished() exactly once
// with the exit code; successful runs end with a clean stream close (RFC 6120 §4.4) before that.
class CliSession : public QObject {
    Q_OBJECT
public:
    CliSession(const CliOptions &options, const QString &program, QObject *parent = nullptr);
    ~CliSession() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onConnected();
    void onError(const balcony::ConnectionError &error);
    void onDisconnected();
    void onStanza(const balcony::Element &stanza);
    void onTimeout();

    void printLogin();
    void sendMessage();
    // Ends the run: with a clean close when bound (the exit waits for the server's </stream:stream>),
    // otherwise at once. `message` goes to stderr.
    void finish(int exitCode, const QString &message = QString());
    void emitFinished(int exitCode);
    void printError(const QString &message);

    CliOptions m_options;
    QString m_program;
    Connection m_connection;
    QTimer m_timeout;
    QTimer m_closeGuard;
    QTextStream m_out;
    QTextStream m_err;
    bool m_everBound = false;
    bool m_closing = false;
    bool m_done = false;
    int m_exitCode = 0;
    int m_received = 0;
};

} // namespace balcony::cli
