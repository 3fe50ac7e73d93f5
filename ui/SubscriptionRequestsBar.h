#pragma once

#include "core/Jid.h"

#include <QFrame>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace balcony::app {
class AccountController;
}

namespace balcony::ui {

// The contacts who asked to see our presence (RFC 6121 §3.1.3), above the contact list: one row per request
// with Approve (and ask for theirs back), Deny and Later. The requests are the engine's stored ones
// (AccountController::subscriptionRequests()), so they are still here after a restart until answered; Later
// only hides a request for this session. XEP-0207 eventing authorizations are stored in the same list and shown
// the same way (their status line says so); the controller answers them through the EventingManager. Hidden while there
// is nothing to answer. Many requests (an account that was away for long, a spam wave) scroll inside the bar, which
// never takes more than about two and a half requests of height from the contact list; rows are built for the first 50,
// the rest are counted in a line under them.
class SubscriptionRequestsBar : public QFrame {
    Q_OBJECT
public:
    explicit SubscriptionRequestsBar(QWidget *parent = nullptr);
    ~SubscriptionRequestsBar() override;

    void addController(app::AccountController *controller);
    void removeController(const Jid &account);
    // Requests shown now (in the header's count; rows for the first 50).
    int requestCount() const { return m_shown; }

Q_SIGNALS:
    void countChanged(int count);

private:
    void rebuild();
    void scheduleRebuild();

    QList<QPointer<app::AccountController>> m_controllers;
    QSet<QString> m_later; // "account|contact" the user put off for this session
    void limitHeight();

    QLabel *m_header = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_rows = nullptr;
    int m_shown = 0;
    QTimer m_rebuild; // coalesces the rebuilds the signals ask for
};

} // namespace balcony::ui
