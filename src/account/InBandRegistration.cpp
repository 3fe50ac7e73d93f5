#include "InBandRegistration.h"

#include "stream/Connection.h"
#include "stream/TcpTransport.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

ConnectionSettings registrationSettings(ConnectionSettings settings)
{
    settings.purpose = ConnectionSettings::Purpose::Registration;
    // Only the server's domain: a name in the JID is the user's wish, not an account yet.
    if (const auto domain = Jid::parse(settings.jid.domain())) {
        settings.jid = *domain;
    }
    settings.password.clear();
    settings.autoReconnect = false;
    settings.streamManagement = false;
    return settings;
}

} // namespace

InBandRegistration::InBandRegistration(const ConnectionSettings &settings, QObject *parent)
    : InBandRegistration(settings, std::make_unique<TcpTransport>(), parent)
{
}

InBandRegistration::InBandRegistration(
    const ConnectionSettings &settings, std::unique_ptr<Transport> transport, QObject *parent)
    : QObject(parent)
    , m_settings(registrationSettings(settings))
    , m_connection(std::make_unique<Connection>(std::move(transport)))
{
    m_connection->setSettings(m_settings);
    connect(m_connection.get(), &Connection::connected, this, [this] { sendPending(); });
    connect(m_connection.get(), &Connection::errorOccurred, this,
        [this](const ConnectionError &error) { onConnectionError(error); });
}

InBandRegistration::~InBandRegistration()
{
    ++m_request; // callbacks of requests still pending (run from the Connection's destructor) do nothing
    m_connection.reset();
}

QString InBandRegistration::domain() const
{
    return m_settings.jid.domain();
}

void InBandRegistration::setTrustedFingerprints(const QList<QByteArray> &fingerprints)
{
    m_settings.trustedFingerprints = fingerprints;
    if (m_connection->state() == ConnectionState::Disconnected) {
        m_connection->setSettings(m_settings);
    }
}

void InBandRegistration::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

void InBandRegistration::fetchForm()
{
    if (m_state == State::FetchingForm || m_state == State::Submitting || m_state == State::Registered) {
        return;
    }
    m_pending = Pending::Get;
    setState(State::FetchingForm);
    ensureConnected();
}

void InBandRegistration::submit(const QHash<QString, QStringList> &values)
{
    if (m_state == State::FetchingForm || m_state == State::Submitting || m_state == State::Registered) {
        return;
    }
    if (!m_haveForm || !m_query.canRegisterInBand()) {
        RegistrationFailure failure;
        failure.kind = m_haveForm ? RegistrationFailure::Kind::WebOnly : RegistrationFailure::Kind::NotAcceptable;
        failure.message = m_haveForm ? tr("This server creates accounts only on its web page: %1").arg(m_query.oobUrl)
                                     : tr("The server's registration form has not arrived yet.");
        fail(failure);
        return;
    }
    // XEP-0004 §3.3: what the form itself rules out is said at once, next to the field.
    const DataForm form = m_query.userForm();
    const QHash<QString, QString> problems = form.validate(values);
    for (const DataForm::Field &field : form.fields()) {
        if (const auto it = problems.constFind(field.var); it != problems.cend()) {
            RegistrationFailure failure;
            failure.kind = RegistrationFailure::Kind::NotAcceptable;
            failure.field = field.var;
            failure.message = field.label.isEmpty() ? *it : tr("%1: %2").arg(field.label, *it);
            fail(failure);
            return;
        }
    }
    if (RegistrationQuery::usernameIn(values).isEmpty() && form.field(u"username")) {
        RegistrationFailure failure;
        failure.kind = RegistrationFailure::Kind::NotAcceptable;
        failure.field = u"username"_s;
        failure.message = tr("Choose a user name.");
        fail(failure);
        return;
    }
    m_values = values;
    m_pending = Pending::Set;
    setState(State::Submitting);
    ensureConnected();
}

void InBandRegistration::close()
{
    ++m_request;
    m_pending = Pending::None;
    m_connection->disconnectFromServer();
    if (m_state != State::Registered) {
        setState(State::Idle);
    }
}

void InBandRegistration::ensureConnected()
{
    switch (m_connection->state()) {
    case ConnectionState::Connected:
        sendPending();
        return;
    case ConnectionState::Disconnected:
    case ConnectionState::WaitingToReconnect:
        m_connection->setSettings(m_settings);
        m_connection->connectToServer();
        return;
    default:
        return; // connecting: connected() sends it
    }
}

void InBandRegistration::sendPending()
{
    const Pending pending = std::exchange(m_pending, Pending::None);
    if (pending == Pending::None) {
        return;
    }
    Element iq(u"iq"_s, u"jabber:client"_s);
    iq.setAttribute(u"type"_s, pending == Pending::Get ? u"get"_s : u"set"_s);
    // No 'to': before authentication the stream's only peer is the server itself (XEP-0077 §3.1).
    if (pending == Pending::Get) {
        iq.appendChild(Element(u"query"_s, RegistrationQuery::xmlns()));
    } else {
        iq.appendChild(m_query.submission(m_values).toElement());
    }
    const quint64 request = ++m_request;
    const QPointer<InBandRegistration> self(this);
    m_connection->sendIq(iq, [self, request, pending](const IqResult &result) {
        if (!self || request != self->m_request) {
            return;
        }
        switch (result.status) {
        case IqResult::Status::Result:
            break;
        case IqResult::Status::Error:
            self->fail(RegistrationFailure::fromStanzaError(result.error,
                pending == Pending::Get ? RegistrationFailure::Operation::FetchForm
                                        : RegistrationFailure::Operation::Register));
            return;
        case IqResult::Status::Timeout:
            self->fail(RegistrationFailure::timeout());
            return;
        case IqResult::Status::Cancelled: {
            ConnectionError error = self->m_connection->lastError();
            if (error.kind == ConnectionError::Kind::None) {
                error.kind = ConnectionError::Kind::Network;
                error.message = tr("The connection to the server was lost.");
            }
            self->fail(RegistrationFailure::fromConnectionError(error));
            return;
        }
        }
        if (pending == Pending::Get) {
            const auto query
                = RegistrationQuery::fromElement(result.stanza.firstChild(u"query", RegistrationQuery::xmlns()));
            if (!query) {
                RegistrationFailure failure;
                failure.kind = RegistrationFailure::Kind::Refused;
                failure.message = tr("The server sent no registration form.");
                self->fail(failure);
                return;
            }
            self->m_query = *query;
            self->m_haveForm = true;
            self->setState(State::FormReady);
            Q_EMIT self->formReceived(*query);
            return;
        }
        const QString username = RegistrationQuery::usernameIn(self->m_values);
        const QString password = RegistrationQuery::passwordIn(self->m_values);
        const Jid jid = Jid::fromParts(username, self->domain(), QString()).value_or(Jid());
        self->m_values.clear();
        self->setState(State::Registered);
        // §3.1: registered; the account is used on a new, authenticated stream, so this one closes.
        self->m_connection->disconnectFromServer();
        Q_EMIT self->registered(jid, password);
    });
}

void InBandRegistration::onConnectionError(const ConnectionError &error)
{
    if (m_state != State::FetchingForm && m_state != State::Submitting) {
        // The server closed the idle stream between requests (or after the registration): nothing was
        // asked, nothing failed; the next request connects again.
        return;
    }
    ++m_request;
    m_pending = Pending::None;
    fail(RegistrationFailure::fromConnectionError(error));
}

void InBandRegistration::fail(const RegistrationFailure &failure)
{
    if (m_state == State::FetchingForm || m_state == State::Submitting || m_state == State::Idle) {
        setState(m_haveForm ? State::FormReady : State::Failed);
    }
    Q_EMIT failed(failure);
}

} // namespace balcony
