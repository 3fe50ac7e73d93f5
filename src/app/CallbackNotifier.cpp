#include "app/CallbackNotifier.h"

#include <utility>

namespace balcony::app {

CallbackNotifier::CallbackNotifier(ShowFunction show, AvailableFunction available, QObject *parent)
    : Notifier(parent)
    , m_show(std::move(show))
    , m_available(std::move(available))
{
}

bool CallbackNotifier::isAvailable() const
{
    return m_show && (!m_available || m_available());
}

void CallbackNotifier::show(const Notification &notification)
{
    if (!isAvailable()) {
        Q_EMIT failed(notification);
        return;
    }
    m_lastTag = notification.tag;
    m_show(notification.title, notification.body);
}

void CallbackNotifier::close(const QString &tag)
{
    // A balloon cannot be taken back; it only stops naming the chat.
    if (tag == m_lastTag) {
        m_lastTag.clear();
    }
}

void CallbackNotifier::messageClicked()
{
    if (!m_lastTag.isEmpty()) {
        Q_EMIT activated(std::exchange(m_lastTag, QString()));
    }
}

} // namespace balcony::app
