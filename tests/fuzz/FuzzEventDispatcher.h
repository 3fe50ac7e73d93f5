#pragma once

#include <QAbstractEventDispatcher>
#include <QAtomicInteger>
#include <QHash>

namespace balcony::fuzz {

// An event dispatcher with a virtual clock for the main thread of a fuzz target: timers never fire by
// themselves, only when the harness advances the clock (advance()), in deadline order and each at its own
// deadline, so that a 30 s IQ timeout or a 60 s XEP-0198 ack timeout costs nothing and happens at exactly
// the point of the input that asked for it (a run is deterministic and reproducible). processEvents()
// delivers posted events (queued calls, QTimer::singleShot(0)) and the timers due at the current virtual
// time. There are no sockets: registering a socket notifier is a harness bug and aborts.
class FuzzEventDispatcher : public QAbstractEventDispatcher {
    Q_OBJECT
public:
    explicit FuzzEventDispatcher(QObject *parent = nullptr);
    ~FuzzEventDispatcher() override;

    // Posted events and the timers due now, until nothing is left (bounded: a timer that re-arms at the same
    // instant for ever ends the loop after `maxRounds`). Returns whether anything ran.
    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    // Moves the clock forward by `ms`, firing every timer whose deadline passes, in order (at most
    // `maxFires` of them, so a short repeating timer cannot make one step unbounded).
    void advance(qint64 ms, int maxFires = 10000);
    // Forgets every timer and restarts the clock at 0 (between fuzz inputs; all their objects are gone).
    void reset();
    qint64 now() const { return m_now; }
    int timerCount() const { return int(m_timers.size()); }

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override { m_posted.storeRelaxed(true); }
    void interrupt() override { }

private:
    struct Timer {
        qint64 interval = 0;
        qint64 deadline = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        quint64 order = 0; // registration order: ties at one deadline fire in that order
    };
    // The timer with the earliest deadline not after `until`, or 0.
    int nextDue(qint64 until) const;
    void fire(int timerId);

    QHash<int, Timer> m_timers;
    qint64 m_now = 0;
    quint64 m_order = 0;
    QAtomicInteger<bool> m_posted = false; // an event was posted (wakeUp()) since the last delivery
    static constexpr int maxRounds = 1000;
};

} // namespace balcony::fuzz
