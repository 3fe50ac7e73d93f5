#include "UserActivityFilter.h"

#include "app/StatusController.h"

#include <QEvent>

namespace balcony::ui {

UserActivityFilter::UserActivityFilter(app::StatusController &status, QObject *parent)
    : QObject(parent)
    , m_status(status)
{
}

bool UserActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Every widget on the way sees the same event: one report per second is plenty for minutes of idle.
        if (!m_last.isValid() || m_last.elapsed() >= 1000) {
            m_last.start();
            m_status.userActivity();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace balcony::ui
