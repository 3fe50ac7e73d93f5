#include "ChatState.h"

#include "ImNamespaces.h"

using namespace Qt::StringLiterals;

namespace balcony {

QString chatStateName(ChatState state)
{
    switch (state) {
    case ChatState::None:
        return {};
    case ChatState::Active:
        return u"active"_s;
    case ChatState::Composing:
        return u"composing"_s;
    case ChatState::Paused:
        return u"paused"_s;
    case ChatState::Inactive:
        return u"inactive"_s;
    case ChatState::Gone:
        return u"gone"_s;
    }
    return {};
}

ChatState chatStateOf(const Element &message)
{
    const Element child = message.firstChild({}, ns::chatStates());
    if (child.isNull()) {
        return ChatState::None;
    }
    for (const ChatState state :
        { ChatState::Active, ChatState::Composing, ChatState::Paused, ChatState::Inactive, ChatState::Gone }) {
        if (child.name() == chatStateName(state)) {
            return state;
        }
    }
    return ChatState::None;
}

Element chatStateElement(ChatState state)
{
    if (state == ChatState::None) {
        return {};
    }
    return Element(chatStateName(state), ns::chatStates());
}

} // namespace balcony
