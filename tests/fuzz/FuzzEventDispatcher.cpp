#include "FuzzEventDispatcher.h"

#include <QCoreApplication>
#include <QTimerEvent>

#include <cstdio>
#include <cstdlib>

namespace balcony::fuzz {

FuzzEventDispatcher::FuzzEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
{
}

FuzzEventDispatcher::~FuzzEventDispatcher() = default;

bool FuzzEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    Q_UNUSED(flags);
    bool any = false;
    for (int round = 0; round < maxRounds; ++round) {
        Q_EMIT awake();
        // An event posted while these are delivered waits for the next call (Qt's rule): wakeUp() says so.
        m_posted.storeRelaxed(false);
        QCoreApplication::sendPostedEvents();
        // Deferred deletes too: there is no event loop whose level would release them.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const int due = nextDue(m_now);
        if (due != 0) {
            any = true;
            fire(due);
        } else if (!m_posted.loadRelaxed()) {
            break;
        }
    }
    return any;
}

void FuzzEventDispatcher::advance(qint64 ms, int maxFires)
{
    const qint64 target = m_now + qMax<qint64>(0, ms);
    processEvents(QEventLoop::AllEvents);
    for (int fired = 0; fired < maxFires; ++fired) {
        const int due = nextDue(target);
        if (due == 0) {
            break;
        }
        m_now = qMax(m_now, m_timers.value(due).deadline);
        fire(due);
        processEvents(QEventLoop::AllEvents);
    }
    m_now = target;
    processEvents(QEventLoop::AllEvents);
}

void FuzzEventDispatcher::reset()
{
    m_timers.clear();
    m_now = 0;
    m_order = 0;
}

int FuzzEventDispatcher::nextDue(qint64 until) const
{
    int best = 0;
    const Timer *bestTimer = nullptr;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        const Timer &t = it.value();
        if (t.deadline > until) {
            continue;
        }
        if (!bestTimer || t.deadline < bestTimer->deadline
            || (t.deadline == bestTimer->deadline && t.order < bestTimer->order)) {
            best = it.key();
            bestTimer = &t;
        }
    }
    return best;
}

void FuzzEventDispatcher::fire(int timerId)
{
    auto it = m_timers.find(timerId);
    if (it == m_timers.end()) {
        return;
    }
    // Re-armed before the event: the handler may stop (unregister) or restart it.
    it->deadline = m_now + qMax<qint64>(it->interval, 1);
    it->order = ++m_order;
    QObject *object = it->object;
    QTimerEvent event(timerId);
    QCoreApplication::sendEvent(object, &event);
}

void FuzzEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    Q_UNUSED(notifier);
    std::fprintf(stderr, "FuzzEventDispatcher: a socket notifier was registered; the harness must not use sockets\n");
    std::abort();
}

void FuzzEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    Q_UNUSED(notifier);
}

void FuzzEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    Timer t;
    t.interval = interval;
    t.deadline = m_now + interval;
    t.type = timerType;
    t.object = object;
    t.order = ++m_order;
    m_timers.insert(timerId, t);
}

bool FuzzEventDispatcher::unregisterTimer(int timerId)
{
    return m_timers.remove(timerId) > 0;
}

bool FuzzEventDispatcher::unregisterTimers(QObject *object)
{
    return m_timers.removeIf([object](const auto &it) { return it.value().object == object; }) > 0;
}

QList<QAbstractEventDispatcher::TimerInfo> FuzzEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object) {
            out.append(TimerInfo(it.key(), int(it->interval), it->type));
        }
    }
    return out;
}

int FuzzEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    return it == m_timers.cend() ? -1 : int(qMax<qint64>(0, it->deadline - m_now));
}

} // namespace balcony::fuzz
