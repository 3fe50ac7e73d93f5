#pragma once

#include "account/RegistrationError.h"
#include "account/RegistrationQuery.h"
#include "core/Jid.h"
#include "stream/ConnectionSettings.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

namespace balcony {

class Connection;
class Transport;

// XEP-0077 §3.1: creating an account on a server, before any authentication. It connects to the server
// (ConnectionSettings::Purpose::Registration: TLS required and verified exactly as for signing in, recorded
// certificate trust included, no SASL), asks for the registration form, submits the user's answers and
// closes the stream once the server said yes. The same stream serves several attempts (a taken name, a
// refused field), and a stream the server closed meanwhile is opened again for the next request.
//
//   InBandRegistration registration(settings);        // settings.jid: the server (or name@server)
//   connect(&registration, &InBandRegistration::formReceived, ...);   // render query.userForm()
//   registration.fetchForm();
//   registration.submit({{"username", {"juliet"}}, {"password", {"..."}}});   // → registered() or failed()
class InBandRegistration : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle, // nothing asked yet, or a stream closed between two requests
        FetchingForm,
        FormReady, // the form is here; waiting for the user
        Submitting,
        Registered, // done: the stream is being closed
        Failed, // the last request failed (failed() said why); fetchForm()/submit() try again
    };
    Q_ENUM(State)

    explicit InBandRegistration(const ConnectionSettings &settings, QObject *parent = nullptr);
    // Tests: on a scripted transport.
    InBandRegistration(
        const ConnectionSettings &settings, std::unique_ptr<Transport> transport, QObject *parent = nullptr);
    ~InBandRegistration() override;

    // The server's domain (the settings' JID without local part and resource).
    QString domain() const;
    State state() const { return m_state; }
    // The last form the server sent (valid from formReceived() on).
    const RegistrationQuery &query() const { return m_query; }
    // A certificate the user decided to trust after failed() named it: the next connection accepts it.
    void setTrustedFingerprints(const QList<QByteArray> &fingerprints);

    // Connects if needed and asks for the form (§3.1 type='get'); formReceived() or failed() follows.
    void fetchForm();
    // Sends the user's answers (by field var of query().userForm(), §3.1 type='set'); registered() or failed()
    // follows. The form must have arrived. Answers that do not pass the form's own rules (XEP-0004 §3.3:
    // required fields, options, JIDs) fail at once with the first problem, without asking the server.
    void submit(const QHash<QString, QStringList> &values);
    // Closes the stream (nothing pending is answered any more).
    void close();

Q_SIGNALS:
    void stateChanged(balcony::InBandRegistration::State state);
    // The form; if `query.registered` the stream is already associated with an account (§3.1), and if
    // !query.canRegisterInBand() only the web page (query.oobUrl) can create one (failed() is NOT emitted).
    void formReceived(const balcony::RegistrationQuery &query);
    // The account exists: `jid` (bare, the name at the server) with `password`, ready to sign in with.
    void registered(const balcony::Jid &jid, const QString &password);
    void failed(const balcony::RegistrationFailure &failure);

private:
    enum class Pending { None, Get, Set };
    void setState(State state);
    void ensureConnected();
    void sendPending();
    void onConnectionError(const ConnectionError &error);
    void fail(const RegistrationFailure &failure);

    ConnectionSettings m_settings;
    std::unique_ptr<Connection> m_connection;
    State m_state = State::Idle;
    Pending m_pending = Pending::None;
    RegistrationQuery m_query;
    bool m_haveForm = false;
    QHash<QString, QStringList> m_values; // the answers being submitted
    quint64 m_request = 0; // bumped per request: answers to an abandoned one are ignored
};

} // namespace balcony
