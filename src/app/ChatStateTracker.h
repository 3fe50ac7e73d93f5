#pragma once

#include "im/ChatState.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace balcony::app {

// When to tell a contact what the user is doing in their chat, as XEP-0085 §5.1 (Table 1) suggests: <composing/>
// when typing starts, <paused/> after a short pause (30 s), <active/> when the input is emptied, a message is
// sent or the chat gets the focus, <inactive/> after 2 minutes without interaction and <gone/> when the chat
// is closed. A state is handed on only when it differs from the last one (§5.1: a standalone notification is
// never repeated), so typing costs one notification, not one per key. The engine drops notifications for
// contacts that do not use chat states (MessageManager::sendChatState()).
class ChatStateTracker : public QObject {
    Q_OBJECT
public:
    using Sink = std::function<void(ChatState state)>;

    explicit ChatStateTracker(Sink sink, QObject *parent = nullptr);
    ~ChatStateTracker() override;

    // The composer's text changed (typed, pasted or cleared by the user).
    void textEdited(bool empty);
    // The user sent a message (it carries <active/> itself: only the bookkeeping changes).
    void messageSent();
    // The chat got the keyboard focus / lost it.
    void focused();
    void unfocused();
    // The chat is closed: <gone/>.
    void closed();

    ChatState current() const { return m_current; }
    // For tests: shorter pauses than the suggested 30 s and 2 min.
    void setIntervals(int pausedMs, int inactiveMs);

private:
    void move(ChatState state);

    Sink m_sink;
    ChatState m_current = ChatState::None;
    QTimer m_paused;
    QTimer m_inactive;
};

} // namespace balcony::app
