#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace balcony::app {
class StatusController;
}

namespace balcony::ui {

// Feeds the app's own input to StatusController::userActivity() (the idle measure when the session offers
// none over D-Bus, and the instant return from auto-away): installed on the QApplication, it sees key presses,
// mouse presses, moves and wheel turns in every window of the app, and passes at most one per second on.
class UserActivityFilter : public QObject {
    Q_OBJECT
public:
    // `status` must outlive the filter.
    explicit UserActivityFilter(app::StatusController &status, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    app::StatusController &m_status;
    QElapsedTimer m_last;
};

} // namespace balcony::ui
