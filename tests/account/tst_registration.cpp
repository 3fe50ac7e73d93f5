// XEP-0077 In-Band Registration through the scripted server: the registration stream stops after TLS (no
// SASL, no 'from' in the header), the form in its three shapes (legacy fields, data form, web page only), the
// submission in the shape the server asked for, the errors in plain words, replies only from the server, and,
// signed in, the password change (§3.3) and the cancellation (§3.2).

#include "ScriptedSession.h"
#include "ScriptedTransport.h"
#include "XmlCompare.h"
#include "account/InBandRegistration.h"
#include "account/RegistrationManager.h"
#include "account/RegistrationQuery.h"
#include "stream/Connection.h"

#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray legacyForm = "<iq type='result' id='id1'><query xmlns='jabber:iq:register'>"
                              "<instructions>Choose a name and a password.</instructions>"
                              "<username/><password/><email/><key>k1</key></query></iq>";

const QByteArray dataForm = "<iq type='result' id='id1' from='example.com'><query xmlns='jabber:iq:register'>"
                            "<instructions>Use the form.</instructions><username/><password/>"
                            "<x xmlns='jabber:x:data' type='form'><title>Sign up</title>"
                            "<field type='hidden' var='FORM_TYPE'><value>jabber:iq:register</value></field>"
                            "<field type='text-single' var='username' label='Name'><required/></field>"
                            "<field type='text-private' var='password' label='Password'><required/></field>"
                            "<field type='list-single' var='colour' label='Colour'>"
                            "<option label='Red'><value>red</value></option>"
                            "<option label='Blue'><value>blue</value></option></field>"
                            "<field type='boolean' var='tos' label='I agree'><required/></field>"
                            "<field type='fixed'><value>Be nice.</value></field>"
                            "</x></query></iq>";

// The registration stream up to the secured features: the client must not authenticate.
class RegistrationScript {
public:
    RegistrationScript()
    {
        ConnectionSettings settings;
        settings.jid = *Jid::parse(u"juliet@example.com"_s);
        settings.password = u"must not be used"_s;
        auto transport = std::make_unique<ScriptedTransport>();
        server = transport.get();
        Connection::setIdGenerator([this] { return u"id%1"_s.arg(++nextId); });
        registration = std::make_unique<InBandRegistration>(settings, std::move(transport));
    }
    ~RegistrationScript()
    {
        registration.reset();
        Connection::setIdGenerator({});
    }

    // Connects and answers up to the secured features; returns what the client wrote after them.
    QByteArray secure()
    {
        using namespace script;
        registration->fetchForm();
        server->simulateConnected();
        server->inject(serverHeader() + starttlsFeatures() + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        server->clearWrites();
        server->simulateEncrypted();
        headerAfterTls = server->takeWrite();
        server->inject(serverHeader()
            + saslFeatures({ "SCRAM-SHA-1", "PLAIN" })
                  .replace("</stream:features>",
                      "<register xmlns='http://jabber.org/features/iq-register'/>"
                      "</stream:features>"));
        return server->allWritten();
    }
    QList<Element> written()
    {
        QList<Element> out;
        while (!server->writes().isEmpty()) {
            out += ScriptedSession::stanzasIn(server->takeWrite());
        }
        return out;
    }

    ScriptedTransport *server = nullptr;
    std::unique_ptr<InBandRegistration> registration;
    QByteArray headerAfterTls;
    int nextId = 0;
};

} // namespace

class TestRegistration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void queryRoundTripAndUserForm();
    void legacyRegistrationStopsBeforeSasl();
    void dataFormIsSubmittedAsAForm();
    void webOnlyServerShowsTheUrl();
    void errorsInPlainWords_data();
    void errorsInPlainWords();
    void formRulesAreCheckedBeforeSending();
    void repliesFromOthersAreIgnored();
    void certificateProblemIsReported();
    void changePasswordSignedIn();
    void cancelRegistrationSignedIn();
};

void TestRegistration::queryRoundTripAndUserForm()
{
    const auto query = RegistrationQuery::fromElement(parseFragment(legacyForm).firstChild(u"query"));
    QVERIFY(query);
    QCOMPARE(query->instructions, u"Choose a name and a password."_s);
    QCOMPARE(query->fields.size(), 3);
    QCOMPARE(query->key, u"k1"_s);
    QVERIFY(query->canRegisterInBand());
    QVERIFY(!query->registered);
    QCOMPARE(RegistrationQuery::fromElement(query->toElement()), query);
    // Every legacy field the server lists is required; the password is private.
    const DataForm form = query->userForm();
    QCOMPARE(form.fields().size(), 3);
    QVERIFY(form.field(u"username")->required);
    QCOMPARE(form.field(u"password")->type, u"text-private"_s);
    QCOMPARE(form.instructions(), QStringList { u"Choose a name and a password."_s });
    QVERIFY(!RegistrationQuery::fromElement(parseFragment("<query xmlns='jabber:iq:roster'/>")));
}

void TestRegistration::legacyRegistrationStopsBeforeSasl()
{
    RegistrationScript script;
    QSignalSpy form(script.registration.get(), &InBandRegistration::formReceived);
    QSignalSpy registered(script.registration.get(), &InBandRegistration::registered);
    QSignalSpy failed(script.registration.get(), &InBandRegistration::failed);
    script.secure();
    // RFC 6120 §4.7.1: no account yet, so no 'from'; and no <auth/> after the features, only the form request.
    QVERIFY2(script.headerAfterTls.contains("to=\"example.com\""), script.headerAfterTls.constData());
    QVERIFY(!script.headerAfterTls.contains("from="));
    QVERIFY(!script.server->allWritten().contains("<auth"));
    QList<Element> written = script.written();
    QCOMPARE(written.size(), 1);
    QCOMPARE(normalize(written.first()),
        normalize(QByteArray("<iq type='get' id='id1'><query xmlns='jabber:iq:register'/></iq>")));
    script.server->inject(legacyForm);
    QCOMPARE(form.size(), 1);
    QCOMPARE(script.registration->state(), InBandRegistration::State::FormReady);

    script.registration->submit({ { u"username"_s, { u"juliet"_s } }, { u"password"_s, { u"r0meo"_s } },
        { u"email"_s, { u"juliet@capulet.example"_s } } });
    written = script.written();
    QCOMPARE(written.size(), 1);
    // The legacy fields the server asked for, in its order, and the <key/> echoed (§3.1).
    QCOMPARE(normalize(written.first()),
        normalize(QByteArray("<iq type='set' id='id2'><query xmlns='jabber:iq:register'>"
                             "<username>juliet</username><password>r0meo</password>"
                             "<email>juliet@capulet.example</email><key>k1</key></query></iq>")));
    script.server->inject("<iq type='result' id='id2'/>");
    QCOMPARE(failed.size(), 0);
    QCOMPARE(registered.size(), 1);
    QCOMPARE(registered.first().at(0).value<Jid>(), *Jid::parse(u"juliet@example.com"_s));
    QCOMPARE(registered.first().at(1).toString(), u"r0meo"_s);
    QCOMPARE(script.registration->state(), InBandRegistration::State::Registered);
    // Then the stream is closed (the account signs in on a stream of its own).
    QVERIFY(script.server->allWritten().endsWith("</stream:stream>"));
}

void TestRegistration::dataFormIsSubmittedAsAForm()
{
    RegistrationScript script;
    QSignalSpy registered(script.registration.get(), &InBandRegistration::registered);
    script.secure();
    script.written();
    script.server->inject(dataForm);
    const DataForm form = script.registration->query().userForm();
    QCOMPARE(form.title(), u"Sign up"_s);
    QCOMPARE(form.fields().size(), 6);
    script.registration->submit({ { u"username"_s, { u"juliet"_s } }, { u"password"_s, { u"r0meo"_s } },
        { u"colour"_s, { u"blue"_s } }, { u"tos"_s, { u"1"_s } } });
    const QList<Element> written = script.written();
    QCOMPARE(written.size(), 1);
    // §8: the form is answered with a submit form (FORM_TYPE kept, the fixed text left out), not legacy fields.
    QCOMPARE(normalize(written.first()),
        normalize(QByteArray("<iq type='set' id='id2'><query xmlns='jabber:iq:register'>"
                             "<x xmlns='jabber:x:data' type='submit'>"
                             "<field type='hidden' var='FORM_TYPE'><value>jabber:iq:register</value></field>"
                             "<field type='text-single' var='username'><value>juliet</value></field>"
                             "<field type='text-private' var='password'><value>r0meo</value></field>"
                             "<field type='list-single' var='colour'><value>blue</value></field>"
                             "<field type='boolean' var='tos'><value>1</value></field>"
                             "</x></query></iq>")));
    script.server->inject("<iq type='result' id='id2' from='example.com'/>");
    QCOMPARE(registered.size(), 1);
}

void TestRegistration::webOnlyServerShowsTheUrl()
{
    RegistrationScript script;
    QSignalSpy form(script.registration.get(), &InBandRegistration::formReceived);
    QSignalSpy failed(script.registration.get(), &InBandRegistration::failed);
    script.secure();
    script.written();
    script.server->inject("<iq type='result' id='id1'><query xmlns='jabber:iq:register'>"
                          "<instructions>Register on the web.</instructions>"
                          "<x xmlns='jabber:x:oob'><url>https://example.com/signup</url></x></query></iq>");
    QCOMPARE(form.size(), 1);
    const RegistrationQuery query = form.first().at(0).value<RegistrationQuery>();
    QVERIFY(!query.canRegisterInBand());
    QCOMPARE(query.oobUrl, u"https://example.com/signup"_s);
    // Submitting anyway says where to go, and sends nothing.
    script.registration->submit({ { u"username"_s, { u"juliet"_s } } });
    QCOMPARE(failed.size(), 1);
    const auto failure = failed.first().at(0).value<RegistrationFailure>();
    QCOMPARE(failure.kind, RegistrationFailure::Kind::WebOnly);
    QVERIFY(failure.message.contains(u"https://example.com/signup"_s));
    QVERIFY(script.written().isEmpty());
}

void TestRegistration::errorsInPlainWords_data()
{
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::newRow("conflict") << QByteArray("<error type='cancel'><conflict "
                                            "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>")
                              << int(RegistrationFailure::Kind::NameTaken) << u"username"_s;
    QTest::newRow("not-acceptable with text")
        << QByteArray("<error type='modify'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                      "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>The password is too short</text></error>")
        << int(RegistrationFailure::Kind::NotAcceptable) << QString();
    QTest::newRow("not-allowed") << QByteArray("<error type='cancel'><not-allowed "
                                               "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>")
                                 << int(RegistrationFailure::Kind::NotAllowed) << QString();
    QTest::newRow("policy-violation") << QByteArray(
        "<error type='modify'><policy-violation xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
        "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Name not allowed</text></error>")
                                      << int(RegistrationFailure::Kind::PolicyViolation) << QString();
    QTest::newRow("resource-constraint") << QByteArray("<error type='wait'><resource-constraint "
                                                       "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>")
                                         << int(RegistrationFailure::Kind::TooManyAttempts) << QString();
}

void TestRegistration::errorsInPlainWords()
{
    QFETCH(QByteArray, error);
    QFETCH(int, kind);
    QFETCH(QString, field);
    RegistrationScript script;
    QSignalSpy failed(script.registration.get(), &InBandRegistration::failed);
    QSignalSpy registered(script.registration.get(), &InBandRegistration::registered);
    script.secure();
    script.written();
    script.server->inject(legacyForm);
    script.registration->submit(
        { { u"username"_s, { u"juliet"_s } }, { u"password"_s, { u"pw"_s } }, { u"email"_s, { u"j@example.org"_s } } });
    script.written();
    script.server->inject("<iq type='error' id='id2'>" + error + "</iq>");
    QCOMPARE(registered.size(), 0);
    QCOMPARE(failed.size(), 1);
    const auto failure = failed.first().at(0).value<RegistrationFailure>();
    QCOMPARE(int(failure.kind), kind);
    QCOMPARE(failure.field, field);
    QVERIFY(!failure.message.isEmpty());
    QVERIFY(!failure.message.contains(u"urn:ietf"_s));
    const StanzaError parsed = StanzaError::fromElement(parseFragment(error));
    if (!parsed.text.isEmpty()) {
        QVERIFY2(failure.message.contains(parsed.text), qPrintable(failure.message));
    }
    // The stream stays for the next try: the corrected answers go out on it.
    QCOMPARE(script.registration->state(), InBandRegistration::State::FormReady);
    script.registration->submit({ { u"username"_s, { u"juliet2"_s } }, { u"password"_s, { u"longer pw"_s } },
        { u"email"_s, { u"j@example.org"_s } } });
    QCOMPARE(script.written().size(), 1);
}

void TestRegistration::formRulesAreCheckedBeforeSending()
{
    RegistrationScript script;
    QSignalSpy failed(script.registration.get(), &InBandRegistration::failed);
    script.secure();
    script.written();
    script.server->inject(dataForm);
    // No password, a colour that is not offered, no agreement: the first problem, by field, and nothing sent.
    script.registration->submit({ { u"username"_s, { u"juliet"_s } }, { u"colour"_s, { u"green"_s } } });
    QCOMPARE(failed.size(), 1);
    const auto failure = failed.first().at(0).value<RegistrationFailure>();
    QCOMPARE(failure.kind, RegistrationFailure::Kind::NotAcceptable);
    QCOMPARE(failure.field, u"password"_s);
    QVERIFY(script.written().isEmpty());
    QCOMPARE(script.registration->state(), InBandRegistration::State::FormReady);
}

void TestRegistration::repliesFromOthersAreIgnored()
{
    RegistrationScript script;
    QSignalSpy form(script.registration.get(), &InBandRegistration::formReceived);
    script.secure();
    script.written();
    // Only the server answers on a registration stream: a "reply" from an account there is not one.
    QByteArray spoofed = legacyForm;
    spoofed.replace("<iq type='result' id='id1'>", "<iq type='result' id='id1' from='mallory@example.com'>");
    script.server->inject(spoofed);
    QCOMPARE(form.size(), 0);
    script.server->inject(legacyForm);
    QCOMPARE(form.size(), 1);
}

void TestRegistration::certificateProblemIsReported()
{
    ConnectionSettings settings;
    settings.jid = *Jid::parse(u"example.com"_s);
    auto transport = std::make_unique<ScriptedTransport>();
    ScriptedTransport *server = transport.get();
    InBandRegistration registration(settings, std::move(transport));
    QSignalSpy failed(&registration, &InBandRegistration::failed);
    registration.fetchForm();
    server->simulateConnected();
    server->inject(
        script::serverHeader() + script::starttlsFeatures() + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    TransportError error;
    error.kind = TransportError::Kind::CertificateUntrusted;
    error.message = u"The certificate is self-signed."_s;
    error.fingerprint = QByteArray(64, 'a');
    Q_EMIT server->errorOccurred(error);
    QCOMPARE(failed.size(), 1);
    const auto failure = failed.first().at(0).value<RegistrationFailure>();
    QCOMPARE(failure.kind, RegistrationFailure::Kind::Connection);
    QCOMPARE(failure.connection.kind, ConnectionError::Kind::Certificate);
    QCOMPARE(failure.connection.fingerprint, QByteArray(64, 'a'));
    QCOMPARE(registration.state(), InBandRegistration::State::Failed);
    // No reconnect behind the user's back: they decide about the certificate first.
    QCOMPARE(server->connectCount(), 1);
}

void TestRegistration::changePasswordSignedIn()
{
    ScriptedSession session;
    session.useDeterministicIds();
    QVERIFY(session.login());
    session.takeStanzas();
    RegistrationManager registration(session.connection());
    std::optional<RegistrationFailure> outcome;
    QVERIFY(!registration.changePassword(QString(), [](const RegistrationFailure &) {}));
    QVERIFY(registration.changePassword(u"n3w"_s, [&](const RegistrationFailure &f) { outcome = f; }));
    // §3.3: to the server, with the account's user name and the new password.
    QVERIFY(session.expect("<iq type='set' id='id2' to='example.com'><query xmlns='jabber:iq:register'>"
                           "<username>user</username><password>n3w</password></query></iq>"));
    session.inject("<iq type='result' id='id2' from='example.com'/>");
    QVERIFY(outcome && outcome->ok());

    outcome.reset();
    QVERIFY(registration.changePassword(u"weak"_s, [&](const RegistrationFailure &f) { outcome = f; }));
    session.takeStanzas();
    session.inject("<iq type='error' id='id3' from='example.com'><error type='modify'><not-acceptable "
                   "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>"
                   "Too weak</text></error></iq>");
    QVERIFY(outcome && !outcome->ok());
    QCOMPARE(outcome->kind, RegistrationFailure::Kind::NotAcceptable);
    QVERIFY(outcome->message.contains(u"Too weak"_s));
}

void TestRegistration::cancelRegistrationSignedIn()
{
    ScriptedSession session;
    session.useDeterministicIds();
    QVERIFY(session.login());
    session.takeStanzas();
    RegistrationManager registration(session.connection());
    std::optional<RegistrationFailure> outcome;
    QVERIFY(registration.cancelRegistration([&](const RegistrationFailure &f) { outcome = f; }));
    // §3.2: no 'to', handled on the account's behalf.
    QVERIFY(session.expect("<iq type='set' id='id2'><query xmlns='jabber:iq:register'><remove/></query></iq>"));
    // A reply from someone else is not the server's answer.
    session.inject("<iq type='result' id='id2' from='mallory@example.com'/>");
    QVERIFY(!outcome);
    // ejabberd answers from the full JID of the session it ends: that is the account's own address.
    session.inject("<iq type='result' id='id2' from='user@example.com/balcony'/>");
    QVERIFY(outcome && outcome->ok());
}

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
