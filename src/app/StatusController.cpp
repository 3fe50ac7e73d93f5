#include "app/StatusController.h"

#include "account/Account.h"
#include "app/AccountController.h"
#include "app/AccountManager.h"
#include "app/AppSettings.h"
#include "app/IdleSource.h"

#include <algorithm>
#include <memory>
#include <utility>

namespace balcony::app {

namespace {

// How far away a show is, for "automatic status only goes further away". Dnd is outside the scale.
int awayRank(Presence::Show show)
{
    switch (show) {
    case Presence::Show::Chat:
    case Presence::Show::None:
        return 0;
    case Presence::Show::Away:
        return 1;
    case Presence::Show::Xa:
        return 2;
    case Presence::Show::Dnd:
        return -1;
    }
    return -1;
}

// While automatically away the return must be seen quickly: the idle source is asked this often (ms).
constexpr int awayPollInterval = 2000;

} // namespace

StatusController::StatusController(AccountManager &accounts, AppSettings &settings, IdleSource &idle, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_settings(settings)
    , m_idle(idle)
{
    const std::optional<Presence::Show> last = m_settings.chosenShow();
    m_offline = !last;
    m_chosenShow = last.value_or(Presence::Show::None);
    m_chosenMessage = m_settings.chosenMessage();
    connect(&m_accounts, &AccountManager::controllerAdded, this,
        [this](AccountController *controller) { apply(controller); });
    connect(&m_settings, &AppSettings::changed, this, [this](const QString &key) {
        if (key == AppSettings::StatusAutoAwayMinutes || key == AppSettings::StatusExtendedAwayMinutes) {
            checkIdle();
        } else if (key == AppSettings::StatusAutoAwayMessage && isAutoAway()) {
            applyAll();
        }
    });
    m_poll.setInterval(m_pollInterval);
    connect(&m_poll, &QTimer::timeout, this, &StatusController::checkIdle);
    m_poll.start();
}

void StatusController::setPollInterval(int milliseconds)
{
    m_pollInterval = milliseconds;
    m_poll.setInterval(isAutoAway() ? std::min(milliseconds, awayPollInterval) : milliseconds);
}

Presence::Show StatusController::effectiveShow() const
{
    return awayRank(m_auto) > awayRank(m_chosenShow) && awayRank(m_chosenShow) >= 0 ? m_auto : m_chosenShow;
}

QString StatusController::effectiveMessage() const
{
    if (effectiveShow() != m_chosenShow) {
        const QString automatic = m_settings.autoAwayMessage();
        return automatic.isEmpty() ? m_chosenMessage : automatic;
    }
    return m_chosenMessage;
}

void StatusController::setChosen(Presence::Show show, const QString &message)
{
    const bool wasOffline = std::exchange(m_offline, false);
    m_chosenShow = show;
    m_chosenMessage = message;
    m_settings.setChosenShow(show);
    m_settings.setChosenMessage(message);
    // A choice is activity: the user is at the keyboard.
    m_idle.userActivity();
    m_auto = Presence::Show::None;
    m_poll.setInterval(m_pollInterval);
    applyAll();
    if (wasOffline) {
        signInAll();
    }
    Q_EMIT effectiveChanged();
}

void StatusController::signInAll()
{
    const QList<AccountController *> controllers = m_accounts.controllers();
    for (AccountController *controller : controllers) {
        const Jid jid = controller->jid();
        const ConnectionState state = controller->account().connection().state();
        if (state == ConnectionState::Disconnected || state == ConnectionState::WaitingToReconnect) {
            m_accounts.signIn(jid);
            continue;
        }
        // Still closing the stream of the sign-out (or publishing its offline options first): a connect now
        // would be ignored, so it follows the close.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(controller, &AccountController::offline, this, [this, once, jid] {
            disconnect(*once);
            if (!m_offline) {
                m_accounts.signIn(jid);
            }
        });
    }
}

void StatusController::setChosenOffline(const QString &message)
{
    m_offline = true;
    m_chosenMessage = message;
    m_settings.setChosenShow(std::nullopt);
    m_settings.setChosenMessage(message);
    m_auto = Presence::Show::None;
    m_accounts.signOutAll(message);
    Q_EMIT effectiveChanged();
}

void StatusController::userActivity()
{
    m_idle.userActivity();
    if (isAutoAway()) {
        checkIdle(); // back at once, not at the next poll
    }
}

void StatusController::checkIdle()
{
    if (m_asking) {
        return;
    }
    m_asking = true;
    const QPointer<StatusController> self(this);
    m_idle.requestIdleTime([self](std::optional<qint64> idleMs) {
        if (!self) {
            return;
        }
        self->m_asking = false;
        if (idleMs) {
            self->onIdleTime(*idleMs);
        }
    });
}

void StatusController::onIdleTime(qint64 idleMs)
{
    const qint64 away = qint64(m_settings.autoAwayMinutes()) * 60000;
    const qint64 xa = qint64(m_settings.extendedAwayMinutes()) * 60000;
    Presence::Show wanted = Presence::Show::None;
    if (xa > 0 && idleMs >= xa) {
        wanted = Presence::Show::Xa;
    } else if (away > 0 && idleMs >= away) {
        wanted = Presence::Show::Away;
    }
    setAuto(wanted);
}

void StatusController::setAuto(Presence::Show show)
{
    if (m_auto == show) {
        return;
    }
    const Presence::Show before = effectiveShow();
    const QString beforeMessage = effectiveMessage();
    m_auto = show;
    m_poll.setInterval(isAutoAway() ? std::min(m_pollInterval, awayPollInterval) : m_pollInterval);
    if (m_offline || (effectiveShow() == before && effectiveMessage() == beforeMessage)) {
        return; // nothing to announce (offline, or a chosen status the automatic one does not override)
    }
    applyAll();
    Q_EMIT effectiveChanged();
}

void StatusController::applyAll()
{
    const QList<AccountController *> controllers = m_accounts.controllers();
    for (AccountController *controller : controllers) {
        apply(controller);
    }
}

void StatusController::apply(AccountController *controller) const
{
    if (m_offline) {
        return;
    }
    // Stored by the PresenceManager while the account is offline: its next session starts with it.
    controller->setPresence(effectiveShow(), effectiveMessage());
}

} // namespace balcony::app
