#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace balcony::app {

// SIGTERM, SIGINT and SIGHUP as a Qt signal, so that the end of the desktop session (systemd and most session
// managers send SIGTERM, a terminal Ctrl+C sends SIGINT, a closed terminal SIGHUP) takes the same way out as
// Quit: the XEP-0187 offline options published, every account signed out cleanly, the profiles closed (which
// also lets the next start skip the database's integrity check). Without this the default action kills the
// process where it stands.
//
// The handler only writes the signal number to a socket pair (async-signal-safe); a QSocketNotifier on the other
// end emits requested() from the event loop. One instance per process; the destructor restores the handlers that
// were there before.
class TerminationSignals : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;
    TerminationSignals(const TerminationSignals &) = delete;
    TerminationSignals &operator=(const TerminationSignals &) = delete;

    // False if the handlers could not be installed (another instance exists, or the socket pair failed).
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    // `signalNumber` arrived (SIGTERM, SIGINT or SIGHUP); emitted once per arrival.
    void requested(int signalNumber);

private:
    void readPending();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace balcony::app
