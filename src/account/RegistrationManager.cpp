#include "RegistrationManager.h"

#include "account/RegistrationQuery.h"
#include "stream/Connection.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace balcony {

RegistrationManager::RegistrationManager(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

RegistrationManager::~RegistrationManager() = default;

bool RegistrationManager::changePassword(const QString &newPassword, Callback done)
{
    const Jid bound = m_connection.boundJid();
    if (bound.isNull() || newPassword.isEmpty()) {
        return false;
    }
    RegistrationQuery query;
    query.fields = { { u"username"_s, bound.local() }, { u"password"_s, newPassword } };
    // §3.3 (example 13) addresses the server.
    return sendSet(query.toElement(), m_connection.boundJid().domain(), RegistrationFailure::Operation::ChangePassword,
        std::move(done));
}

bool RegistrationManager::cancelRegistration(Callback done)
{
    if (m_connection.boundJid().isNull()) {
        return false;
    }
    RegistrationQuery query;
    query.remove = true;
    // §3.2 (example 11) has no 'to': the server handles it on the account's behalf (RFC 6120 §8.1.2.1), and
    // answers from the account's address (ejabberd 23.01: from the full JID of the session it is ending), which
    // the IQ tracker accepts only for a request without 'to'.
    return sendSet(query.toElement(), QString(), RegistrationFailure::Operation::Cancel, std::move(done));
}

bool RegistrationManager::sendSet(
    const Element &query, const QString &to, RegistrationFailure::Operation operation, Callback done)
{
    Element iq(u"iq"_s, u"jabber:client"_s);
    iq.setAttribute(u"type"_s, u"set"_s);
    if (!to.isEmpty()) {
        iq.setAttribute(u"to"_s, to);
    }
    iq.appendChild(query);
    const QPointer<RegistrationManager> self(this);
    // sendIq() answers Cancelled from inside the call when it sends nothing (e.g. a password that is not valid
    // XML text); that is this function's false, not a callback.
    auto sending = std::make_shared<bool>(true);
    const QString id = m_connection.sendIq(iq, [self, operation, done, sending](const IqResult &result) {
        if (!self || !done || *sending) {
            return;
        }
        switch (result.status) {
        case IqResult::Status::Result:
            done(RegistrationFailure());
            return;
        case IqResult::Status::Error:
            done(RegistrationFailure::fromStanzaError(result.error, operation));
            return;
        case IqResult::Status::Timeout:
            done(RegistrationFailure::timeout());
            return;
        case IqResult::Status::Cancelled: {
            ConnectionError error = self->m_connection.lastError();
            if (error.kind == ConnectionError::Kind::None) {
                error.kind = ConnectionError::Kind::Network;
            }
            error.message = QCoreApplication::translate("balcony",
                "The connection was lost before the server answered; whether the change was made is unknown.");
            done(RegistrationFailure::fromConnectionError(error));
            return;
        }
        }
    });
    *sending = false;
    return !id.isEmpty();
}

} // namespace balcony
