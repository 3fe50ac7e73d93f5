#pragma once

#include "core/Stanza.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace balcony::app {

class AccountController;
class AccountManager;
class AppSettings;
class IdleSource;

// The user's own status for every account at once: the presence they chose (RFC 6121 §4.7.2.1 <show/>, with a
// status message), applied to every account and to accounts that are added or opened later, plus automatic
// away / extended away after idle time (AppSettings status/autoAwayMinutes, extendedAwayMinutes; 0 = off),
// measured by an IdleSource (the session's idle time over D-Bus, else the app's own input, userActivity()).
// When the user is back the chosen status returns. Automatic status only ever goes further away than the
// chosen one (available/chat -> away -> extended away): a chosen do-not-disturb or offline is never touched.
//
// Offline is a choice of its own (setChosenOffline): every account signs out (publishing its offline options,
// AccountController::signOut); choosing any presence afterwards signs them in again.
class StatusController : public QObject {
    Q_OBJECT
public:
    // `accounts`, `settings` and `idle` must outlive this object. Starts with the status the user chose last time
    // (AppSettings status/chosen, status/chosenMessage) without touching the accounts: the app signs them in,
    // unless that status is offline (isChosenOffline()). Every choice is written back at once.
    StatusController(AccountManager &accounts, AppSettings &settings, IdleSource &idle, QObject *parent = nullptr);

    // The user picked a presence (Presence::Show::None = available) with `message`.
    void setChosen(Presence::Show show, const QString &message);
    // The user picked "offline".
    void setChosenOffline(const QString &message = QString());

    Presence::Show chosenShow() const { return m_chosenShow; }
    QString chosenMessage() const { return m_chosenMessage; }
    bool isChosenOffline() const { return m_offline; }
    // What the accounts announce now: the chosen show, or Away / Xa while automatically away.
    Presence::Show effectiveShow() const;
    QString effectiveMessage() const;
    bool isAutoAway() const { return m_auto != Presence::Show::None; }
    // The status that blocks notifications: do-not-disturb (chosen).
    bool isDoNotDisturb() const { return !m_offline && effectiveShow() == Presence::Show::Dnd; }

    // The ui reports input in the app's windows (for the app's own idle measure).
    void userActivity();
    // Asks the idle source now (the timer does it every pollInterval; tests call it).
    void checkIdle();
    void setPollInterval(int milliseconds);

Q_SIGNALS:
    // effectiveShow(), effectiveMessage() or offline changed.
    void effectiveChanged();

private:
    void onIdleTime(qint64 idleMs);
    void setAuto(Presence::Show show);
    void applyAll();
    void signInAll();
    void apply(AccountController *controller) const;

    AccountManager &m_accounts;
    AppSettings &m_settings;
    IdleSource &m_idle;
    QTimer m_poll;
    int m_pollInterval = 15000;
    Presence::Show m_chosenShow = Presence::Show::None;
    QString m_chosenMessage;
    bool m_offline = false;
    Presence::Show m_auto = Presence::Show::None; // None, Away or Xa
    bool m_asking = false; // an idle request is unanswered
};

} // namespace balcony::app
