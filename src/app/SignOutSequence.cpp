#include "app/SignOutSequence.h"

#include "account/Account.h"
#include "app/AccountController.h"
#include "app/AccountManager.h"

namespace balcony::app {

SignOutSequence::SignOutSequence(AccountManager &accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SignOutSequence::onDeadline);
}

void SignOutSequence::start(const QString &status, int deadlineMs)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_status = status;
    m_pending.clear();
    const QList<AccountController *> controllers = m_accounts.controllers();
    for (AccountController *controller : controllers) {
        if (controller->account().connection().state() == ConnectionState::Disconnected) {
            continue;
        }
        const Jid jid = controller->jid().bare();
        m_pending.insert(jid);
        connect(controller, &AccountController::offline, this, [this, jid] { onOffline(jid); });
        // Gone before it said offline (removed meanwhile): nothing to wait for.
        connect(controller, &QObject::destroyed, this, [this, jid] { onOffline(jid); });
    }
    if (m_pending.isEmpty()) {
        finish(true);
        return;
    }
    m_deadline.start(deadlineMs);
    const QSet<Jid> pending = m_pending;
    for (const Jid &jid : pending) {
        if (AccountController *controller = m_accounts.controller(jid)) {
            controller->signOut(m_status);
        }
    }
}

void SignOutSequence::onOffline(const Jid &account)
{
    if (!m_running || !m_pending.remove(account)) {
        return;
    }
    if (m_pending.isEmpty()) {
        finish(true);
    }
}

void SignOutSequence::onDeadline()
{
    if (!m_running) {
        return;
    }
    // Still publishing (a server that does not answer): at least the unavailable presence goes out now.
    const QSet<Jid> pending = m_pending;
    for (const Jid &jid : pending) {
        if (AccountController *controller = m_accounts.controller(jid); controller && controller->isSigningOut()) {
            controller->signOutNow(m_status);
        }
    }
    finish(false);
}

void SignOutSequence::finish(bool complete)
{
    m_running = false;
    m_deadline.stop();
    const QList<AccountController *> controllers = m_accounts.controllers();
    for (AccountController *controller : controllers) {
        disconnect(controller, nullptr, this, nullptr);
    }
    m_pending.clear();
    Q_EMIT finished(complete);
}

} // namespace balcony::app
