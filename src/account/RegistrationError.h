#pragma once

#include "core/StanzaError.h"
#include "stream/Connection.h"

#include <QMetaType>
#include <QString>

namespace balcony {

// Why a XEP-0077 request failed, in the user's words (§3.1, §3.2, §3.3 and the error table of §6).
struct RegistrationFailure {
    enum class Kind {
        None,
        Connection, // the server could not be reached securely: see `connection` (certificate problems too)
        NameTaken, // conflict: the user name is already registered
        NotAcceptable, // not-acceptable / bad-request: a field is missing or its value refused
        NotAllowed, // not-allowed / forbidden / service-unavailable / feature-not-implemented: disabled here
        NotAuthorized, // not-authorized: changing or cancelling needs more (e.g. the old password)
        PolicyViolation, // policy-violation: the server's rules refused it (weak password, banned name, ...)
        TooManyAttempts, // resource-constraint: too many registrations from here; later
        WebOnly, // the server registers only on its web page (the OOB URL, §4)
        Refused, // any other error the server answered with
        Timeout, // no answer in time
    };
    Kind kind = Kind::None;
    QString message; // one or two sentences, translated, with the server's own <text/> when it sent one
    QString serverText; // the server's <text/>, verbatim
    QString field; // the form field the problem is about, when known (username for a taken name)
    StanzaError error; // the server's error, for Kind values that come from one
    ConnectionError connection; // Kind::Connection

    bool ok() const { return kind == Kind::None; }

    // What the user did when the server answered `error`.
    enum class Operation { Register, ChangePassword, Cancel, FetchForm };
    static RegistrationFailure fromStanzaError(const StanzaError &error, Operation operation);
    static RegistrationFailure fromConnectionError(const ConnectionError &error);
    static RegistrationFailure timeout();
};

} // namespace balcony

Q_DECLARE_METATYPE(balcony::RegistrationFailure)
