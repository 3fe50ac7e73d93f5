#include "RegistrationError.h"

#include <QCoreApplication>

namespace balcony {

namespace {

} // namespace

RegistrationFailure RegistrationFailure::fromStanzaError(const StanzaError &error, Operation operation)
{
    using Condition = StanzaError::Condition;
    RegistrationFailure failure;
    failure.error = error;
    failure.serverText = error.text.simplified();
    switch (error.condition) {
    case Condition::Conflict:
        // §3.1: "the username is already taken" (only a registration or a rename can collide).
        failure.kind = Kind::NameTaken;
        failure.field = QStringLiteral("username");
        failure.message = QCoreApplication::translate(
            "balcony", "This user name is already taken on the server; choose another one.");
        break;
    case Condition::NotAcceptable:
    case Condition::BadRequest:
        // §3.1: a required field is missing, or a value is not acceptable (the server's text says which).
        failure.kind = Kind::NotAcceptable;
        failure.message = QCoreApplication::translate(
            "balcony", "The server did not accept what was entered: some information is missing or not valid.");
        break;
    case Condition::NotAllowed:
    case Condition::Forbidden:
    case Condition::ServiceUnavailable:
    case Condition::FeatureNotImplemented:
        failure.kind = Kind::NotAllowed;
        failure.message = operation == Operation::ChangePassword
            ? QCoreApplication::translate("balcony", "This server does not allow changing the password from a client.")
            : operation == Operation::Cancel
            ? QCoreApplication::translate("balcony", "This server does not allow removing the account from a client.")
            : QCoreApplication::translate("balcony", "This server does not allow creating accounts from a client.");
        break;
    case Condition::NotAuthorized:
        failure.kind = Kind::NotAuthorized;
        failure.message = QCoreApplication::translate(
            "balcony", "The server wants more proof before it does this (for example the current password).");
        break;
    case Condition::PolicyViolation:
        failure.kind = Kind::PolicyViolation;
        failure.message = QCoreApplication::translate("balcony",
            "The server refused this under its rules (for example a password that is too weak or "
            "a name that is not allowed).");
        break;
    case Condition::ResourceConstraint:
        failure.kind = Kind::TooManyAttempts;
        failure.message = QCoreApplication::translate(
            "balcony", "The server refuses more registrations from this network for now; try again later.");
        break;
    default:
        failure.kind = Kind::Refused;
        failure.message = QCoreApplication::translate("balcony", "The server refused the request (%1).")
                              .arg(StanzaError::conditionName(error.condition));
        break;
    }
    if (!failure.serverText.isEmpty()) {
        failure.message
            = QCoreApplication::translate("balcony", "%1 The server said: %2").arg(failure.message, failure.serverText);
    }
    return failure;
}

RegistrationFailure RegistrationFailure::fromConnectionError(const ConnectionError &error)
{
    RegistrationFailure failure;
    failure.kind = Kind::Connection;
    failure.connection = error;
    failure.message = error.message.isEmpty()
        ? QCoreApplication::translate("balcony", "The connection to the server failed.")
        : error.message;
    return failure;
}

RegistrationFailure RegistrationFailure::timeout()
{
    RegistrationFailure failure;
    failure.kind = Kind::Timeout;
    failure.message = QCoreApplication::translate("balcony", "The server did not answer in time; try again.");
    return failure;
}

} // namespace balcony
