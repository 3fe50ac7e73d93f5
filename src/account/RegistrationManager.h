#pragma once

#include "account/RegistrationError.h"

#include <QObject>
#include <QString>

#include <functional>

namespace balcony {

class Connection;

// XEP-0077 on a signed-in stream: changing the account's password on the server (§3.3) and cancelling the
// registration, which removes the account from the server (§3.2). Both are IQ sets to the account's server
// and answer through a callback; nothing local changes here (the caller updates the stored password and
// re-seals the encrypted-session secrets only after the server said yes).
class RegistrationManager : public QObject {
    Q_OBJECT
public:
    // `failure.ok()` when the server said yes.
    using Callback = std::function<void(const RegistrationFailure &failure)>;

    explicit RegistrationManager(Connection &connection, QObject *parent = nullptr);
    ~RegistrationManager() override;

    // §3.3: <username/> (the account's local part) and the new <password/>. False (callback not called) if
    // the stream is not bound or the new password is empty.
    bool changePassword(const QString &newPassword, Callback done);
    // §3.2: <remove/>. The server closes the stream afterwards (the account is gone); a stream lost before the
    // answer counts as a failure, since the outcome is unknown. False (callback not called) if not bound.
    bool cancelRegistration(Callback done);

private:
    bool sendSet(const Element &query, const QString &to, RegistrationFailure::Operation operation, Callback done);

    Connection &m_connection;
};

} // namespace balcony
