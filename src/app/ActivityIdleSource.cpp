#include "app/ActivityIdleSource.h"

#include <algorithm>

namespace balcony::app {

ActivityIdleSource::ActivityIdleSource(std::function<qint64()> clock, QObject *parent)
    : IdleSource(parent)
    , m_clock(std::move(clock))
{
    m_timer.start();
    m_lastActivity = now(); // starting the app counts as activity
}

qint64 ActivityIdleSource::now() const
{
    return m_clock ? m_clock() : m_timer.elapsed();
}

void ActivityIdleSource::requestIdleTime(Callback done)
{
    done(std::max<qint64>(0, now() - m_lastActivity));
}

void ActivityIdleSource::userActivity()
{
    m_lastActivity = now();
}

} // namespace balcony::app
