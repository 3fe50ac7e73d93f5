#include "ChatStateTracker.h"

#include <utility>

namespace balcony::app {

ChatStateTracker::ChatStateTracker(Sink sink, QObject *parent)
    : QObject(parent)
    , m_sink(std::move(sink))
{
    m_paused.setSingleShot(true);
    m_inactive.setSingleShot(true);
    // XEP-0085 §5.1 Table 1: "paused" after a short period (e.g. 30 seconds), "inactive" after an intermediate
    // one (e.g. 2 minutes).
    setIntervals(30 * 1000, 2 * 60 * 1000);
    connect(&m_paused, &QTimer::timeout, this, [this] {
        if (m_current == ChatState::Composing) {
            move(ChatState::Paused);
        }
    });
    connect(&m_inactive, &QTimer::timeout, this, [this] {
        if (m_current != ChatState::Gone) {
            move(ChatState::Inactive);
        }
    });
}

ChatStateTracker::~ChatStateTracker() = default;

void ChatStateTracker::setIntervals(int pausedMs, int inactiveMs)
{
    m_paused.setInterval(pausedMs);
    m_inactive.setInterval(inactiveMs);
}

void ChatStateTracker::textEdited(bool empty)
{
    m_inactive.start();
    if (empty) {
        m_paused.stop();
        move(ChatState::Active);
        return;
    }
    m_paused.start();
    move(ChatState::Composing);
}

void ChatStateTracker::messageSent()
{
    // The message itself carries <active/> (MessageManager adds it): nothing separate goes out.
    m_paused.stop();
    m_inactive.start();
    m_current = ChatState::Active;
}

void ChatStateTracker::focused()
{
    m_inactive.start();
    if (m_current != ChatState::Composing && m_current != ChatState::Paused) {
        move(ChatState::Active);
    }
}

void ChatStateTracker::unfocused()
{
    // Leaving the chat is not yet "inactive": that comes with the timer still running.
    if (!m_inactive.isActive() && m_current != ChatState::None) {
        m_inactive.start();
    }
}

void ChatStateTracker::closed()
{
    m_paused.stop();
    m_inactive.stop();
    if (m_current != ChatState::None) {
        move(ChatState::Gone);
    }
}

void ChatStateTracker::move(ChatState state)
{
    if (state == m_current) {
        return;
    }
    m_current = state;
    if (m_sink) {
        m_sink(state);
    }
}

} // namespace balcony::app
