#pragma once

#include "core/Element.h"

#include <QString>

namespace balcony {

// XEP-0085 (Chat State Notifications) §2: the five states of a conversation partner. None: the message
// carried no chat state.
enum class ChatState { None, Active, Composing, Paused, Inactive, Gone };

// The state's element name ("composing"), empty for None.
QString chatStateName(ChatState state);
// The chat state child of a <message/> (the first child in the XEP-0085 namespace), None if there is none
// or its name is not one of the five.
ChatState chatStateOf(const Element &message);
// <composing xmlns='http://jabber.org/protocol/chatstates'/>; a null Element for None.
Element chatStateElement(ChatState state);

} // namespace balcony
