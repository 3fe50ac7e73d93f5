#pragma once

#include "core/Jid.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace balcony::app {

class AccountManager;

// Quitting (or the session ending) with accounts online: every account signs out the full way (its XEP-0187
// offline options published first where the settings say so, AccountController::signOut, then RFC 6121 §4.5
// unavailable presence and the stream closed), and finished() comes when all of them are offline, or when the
// deadline passes (a server that does not answer must not keep the app from quitting; what is still pending
// then gets the plain sign-out at once). The desktop app quits on finished().
class SignOutSequence : public QObject {
    Q_OBJECT
public:
    // `accounts` must outlive this object.
    explicit SignOutSequence(AccountManager &accounts, QObject *parent = nullptr);

    // Starts signing every account out with `status`; finished() follows (at once if none is connected).
    void start(const QString &status = QString(), int deadlineMs = 5000);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // `complete`: every account signed out before the deadline.
    void finished(bool complete);

private:
    void onOffline(const Jid &account);
    void onDeadline();
    void finish(bool complete);

    AccountManager &m_accounts;
    QSet<Jid> m_pending;
    QTimer m_deadline;
    QString m_status;
    bool m_running = false;
};

} // namespace balcony::app
