#pragma once

#include "app/IdleSource.h"

#include <QElapsedTimer>

namespace balcony::app {

// Idle time from the app's own input: the time since the desktop app last reported activity (the ui feeds
// every key press and mouse move in its windows through StatusController::userActivity()). Used where the
// session tells nothing (no screensaver or Mutter idle monitor on the bus, e.g. a bare X session or Wayland
// without either). It cannot see input in other applications, so it is the last resort.
class ActivityIdleSource : public IdleSource {
    Q_OBJECT
public:
    // `clock`: milliseconds on a monotonic clock (tests pass a fake one); null: a QElapsedTimer.
    explicit ActivityIdleSource(std::function<qint64()> clock = {}, QObject *parent = nullptr);

    void requestIdleTime(Callback done) override;
    void userActivity() override;

private:
    qint64 now() const;

    std::function<qint64()> m_clock;
    QElapsedTimer m_timer;
    qint64 m_lastActivity = 0;
};

} // namespace balcony::app
