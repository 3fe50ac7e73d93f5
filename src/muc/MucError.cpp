#include "MucError.h"

#include <QCoreApplication>

namespace balcony {

MucError mucErrorFrom(const StanzaError &error)
{
    using C = StanzaError::Condition;
    switch (error.condition) {
    case C::Conflict:
        return MucError::NickConflict;
    case C::NotAuthorized:
        return MucError::PasswordRequired;
    case C::RegistrationRequired:
        return MucError::MembersOnly;
    case C::Forbidden:
        return MucError::Banned;
    case C::ServiceUnavailable:
        return MucError::RoomFull;
    case C::ItemNotFound:
        return MucError::RoomLocked;
    case C::NotAllowed:
        return MucError::CreationRestricted;
    case C::NotAcceptable:
        return MucError::NickReserved;
    case C::JidMalformed:
        return MucError::InvalidNick;
    default:
        break;
    }
    return MucError::Other;
}

QString mucErrorText(MucError error, const StanzaError &stanzaError)
{
    QString text;
    switch (error) {
    case MucError::NickConflict:
        text = QCoreApplication::translate("balcony::MucError", "Someone in the room already uses this nickname.");
        break;
    case MucError::PasswordRequired:
        text = QCoreApplication::translate(
            "balcony::MucError", "The room is protected by a password, and none or a wrong one was given.");
        break;
    case MucError::MembersOnly:
        text = QCoreApplication::translate(
            "balcony::MucError", "Only members may enter this room, and you are not on its member list.");
        break;
    case MucError::Banned:
        text = QCoreApplication::translate("balcony::MucError", "You are banned from this room.");
        break;
    case MucError::RoomFull:
        text = QCoreApplication::translate(
            "balcony::MucError", "The room is full, or the service is not available at the moment.");
        break;
    case MucError::RoomLocked:
        text = QCoreApplication::translate(
            "balcony::MucError", "The room does not exist, or its owner has not finished setting it up.");
        break;
    case MucError::CreationRestricted:
        text = QCoreApplication::translate(
            "balcony::MucError", "The room does not exist, and this service does not let you create rooms.");
        break;
    case MucError::NickReserved:
        text = QCoreApplication::translate(
            "balcony::MucError", "This nickname is reserved in the room, or the room requires your registered one.");
        break;
    case MucError::InvalidNick:
        text = QCoreApplication::translate("balcony::MucError", "The room does not accept this nickname.");
        break;
    case MucError::NotConnected:
        text = QCoreApplication::translate("balcony::MucError", "Not connected to the server.");
        break;
    case MucError::RoomExists:
        text = QCoreApplication::translate("balcony::MucError", "The room exists already; it was not created.");
        break;
    case MucError::ConfigurationRefused:
        text = QCoreApplication::translate("balcony::MucError", "The room did not accept the configuration: %1")
                   .arg(stanzaError.text.isEmpty() ? stanzaError.describe() : stanzaError.text);
        return text;
    case MucError::Other:
        text = QCoreApplication::translate("balcony::MucError", "The room refused: %1").arg(stanzaError.describe());
        return text;
    }
    if (!stanzaError.text.isEmpty()) {
        text += u' ' + QCoreApplication::translate("balcony::MucError", "(The room says: %1)").arg(stanzaError.text);
    }
    return text;
}

} // namespace balcony
