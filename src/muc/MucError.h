#pragma once

#include "core/StanzaError.h"

#include <QMetaType>
#include <QString>

namespace balcony {

// Why entering a room (or changing the nick in it) failed, from the room's error presence (XEP-0045 §7.2.6 to
// §7.2.11, §7.6) in the terms a user understands.
enum class MucError {
    NickConflict, // 409 conflict: someone in the room uses the nick
    PasswordRequired, // 401 not-authorized: no or a wrong password
    MembersOnly, // 407 registration-required: the room admits members only
    Banned, // 403 forbidden: the user is banned from the room
    RoomFull, // 503 service-unavailable: the maximum number of occupants is reached
    RoomLocked, // 404 item-not-found: the room does not exist (or is still locked by its creator)
    CreationRestricted, // 405 not-allowed: the service lets only some users create rooms
    NickReserved, // 406 not-acceptable: the nick is reserved by a member, or the room wants the registered one
    InvalidNick, // 400 jid-malformed: no nick, or one the service refuses
    NotConnected, // nothing could be sent
    Other,
    RoomExists, // room create: the room exists already (entered without 201), so it was not created
    ConfigurationRefused, // room create: the room refused the configuration form, or has no such field
};

// Maps the error of a room's presence to MucError.
MucError mucErrorFrom(const StanzaError &error);
// One translated sentence for the user; the room's own <text/> (if any) follows it.
QString mucErrorText(MucError error, const StanzaError &stanzaError = {});

} // namespace balcony

Q_DECLARE_METATYPE(balcony::MucError)
