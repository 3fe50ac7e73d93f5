#include "E2eSupport.h"
#include "account/InBandRegistration.h"
#include "account/RegistrationManager.h"
#include "stream/CertificateTrust.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::settingsFor;
using balcony::test::XmppServerFixture;

// XEP-0077 against the real server of the run (registration enabled in the fixture): a new account registered
// in-band signs in; a taken name says so; the password changed on the server (§3.3) signs in and the old one
// does not; a cancelled registration (§3.2) is gone; an untrusted certificate stops the registration until the
// user trusts it; balcony-cli register does the same from a script.
class TestE2eRegister : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BALCONY_REQUIRE_SERVER();
        m_server = XmppServerFixture::create(XmppServerFixture::Options { .inBandRegistration = true });
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QVERIFY2(m_server->registerUser(u"alice"_s, u"wonderland"_s), qPrintable(m_server->errorString()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void registerThenSignIn();
    void takenNameIsReported();
    void changePasswordThenSignIn();
    void cancelRegistration();
    void untrustedCertificateNeedsTheUsersDecision();
    void cliRegisters();

private:
    // Registers `user` through InBandRegistration; returns the failure (ok() on success).
    RegistrationFailure registerUser(const QString &user, const QString &password, const XmppServerFixture &server);
    // Signs in; returns the error (kind None when bound).
    ConnectionError signIn(Connection &connection, const QString &user, const QString &password);

    std::unique_ptr<XmppServerFixture> m_server;
};

RegistrationFailure TestE2eRegister::registerUser(
    const QString &user, const QString &password, const XmppServerFixture &server)
{
    InBandRegistration registration(settingsFor(server, user, QString()));
    QSignalSpy form(&registration, &InBandRegistration::formReceived);
    QSignalSpy registered(&registration, &InBandRegistration::registered);
    QSignalSpy failed(&registration, &InBandRegistration::failed);
    registration.fetchForm();
    if (!QTest::qWaitFor([&] { return !form.isEmpty() || !failed.isEmpty(); }, test::BoundTimeoutMs)) {
        return RegistrationFailure::timeout();
    }
    if (!failed.isEmpty()) {
        return failed.first().first().value<RegistrationFailure>();
    }
    const RegistrationQuery query = form.first().first().value<RegistrationQuery>();
    const DataForm userForm = query.userForm();
    if (!userForm.field(u"username") || !userForm.field(u"password")) {
        RegistrationFailure failure;
        failure.kind = RegistrationFailure::Kind::Refused;
        failure.message = u"the form lacks username or password"_s;
        return failure;
    }
    registration.submit({ { u"username"_s, { user } }, { u"password"_s, { password } } });
    if (!QTest::qWaitFor([&] { return !registered.isEmpty() || !failed.isEmpty(); }, test::BoundTimeoutMs)) {
        return RegistrationFailure::timeout();
    }
    if (!failed.isEmpty()) {
        return failed.first().first().value<RegistrationFailure>();
    }
    if (registered.first().first().value<Jid>().bareString() != user + u"@"_s + server.domain()) {
        RegistrationFailure failure;
        failure.kind = RegistrationFailure::Kind::Refused;
        failure.message = u"registered a different JID"_s;
        return failure;
    }
    return RegistrationFailure();
}

ConnectionError TestE2eRegister::signIn(Connection &connection, const QString &user, const QString &password)
{
    connection.setSettings(settingsFor(*m_server, user, password));
    QSignalSpy bound(&connection, &Connection::connected);
    QSignalSpy errors(&connection, &Connection::errorOccurred);
    connection.connectToServer();
    if (!QTest::qWaitFor([&] { return !bound.isEmpty() || !errors.isEmpty(); }, test::BoundTimeoutMs)) {
        ConnectionError timeout;
        timeout.kind = ConnectionError::Kind::Timeout;
        return timeout;
    }
    return errors.isEmpty() ? ConnectionError() : errors.first().first().value<ConnectionError>();
}

void TestE2eRegister::registerThenSignIn()
{
    const RegistrationFailure failure = registerUser(u"newbie"_s, u"fresh start"_s, *m_server);
    QVERIFY2(failure.ok(), qPrintable(failure.message));
    Connection connection;
    const ConnectionError error = signIn(connection, u"newbie"_s, u"fresh start"_s);
    QVERIFY2(error.kind == ConnectionError::Kind::None, qPrintable(error.message));
    QCOMPARE(connection.boundJid().bare().bareString(), u"newbie@"_s + m_server->domain());
}

void TestE2eRegister::takenNameIsReported()
{
    const RegistrationFailure failure = registerUser(u"alice"_s, u"another"_s, *m_server);
    QCOMPARE(failure.kind, RegistrationFailure::Kind::NameTaken);
    QCOMPARE(failure.field, u"username"_s);
    QVERIFY(!failure.message.isEmpty());
    // Alice's own password still works: nothing was overwritten.
    Connection connection;
    QCOMPARE(signIn(connection, u"alice"_s, u"wonderland"_s).kind, ConnectionError::Kind::None);
}

void TestE2eRegister::changePasswordThenSignIn()
{
    QVERIFY(registerUser(u"changer"_s, u"old secret"_s, *m_server).ok());
    {
        Connection connection;
        QCOMPARE(signIn(connection, u"changer"_s, u"old secret"_s).kind, ConnectionError::Kind::None);
        RegistrationManager registration(connection);
        std::optional<RegistrationFailure> outcome;
        QVERIFY(registration.changePassword(u"new secret"_s, [&](const RegistrationFailure &f) { outcome = f; }));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), test::BoundTimeoutMs);
        QVERIFY2(outcome->ok(), qPrintable(outcome->message));
        connection.disconnectFromServer();
        QTRY_COMPARE(connection.state(), ConnectionState::Disconnected);
    }
    Connection withNew;
    const ConnectionError error = signIn(withNew, u"changer"_s, u"new secret"_s);
    QVERIFY2(error.kind == ConnectionError::Kind::None, qPrintable(error.message));
    Connection withOld;
    QCOMPARE(signIn(withOld, u"changer"_s, u"old secret"_s).kind, ConnectionError::Kind::Authentication);
}

void TestE2eRegister::cancelRegistration()
{
    QVERIFY(registerUser(u"leaver"_s, u"goodbye"_s, *m_server).ok());
    {
        Connection connection;
        QCOMPARE(signIn(connection, u"leaver"_s, u"goodbye"_s).kind, ConnectionError::Kind::None);
        RegistrationManager registration(connection);
        std::optional<RegistrationFailure> outcome;
        QVERIFY(registration.cancelRegistration([&](const RegistrationFailure &f) { outcome = f; }));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), test::BoundTimeoutMs);
        QVERIFY2(outcome->ok(), qPrintable(outcome->message));
    }
    Connection again;
    QCOMPARE(signIn(again, u"leaver"_s, u"goodbye"_s).kind, ConnectionError::Kind::Authentication);
}

void TestE2eRegister::untrustedCertificateNeedsTheUsersDecision()
{
    auto selfSigned = XmppServerFixture::create(XmppServerFixture::Options {
        .certificates = XmppServerFixture::CertificateMode::SelfSigned, .inBandRegistration = true });
    QVERIFY2(selfSigned->start(), qPrintable(selfSigned->errorString()));
    ConnectionSettings settings = settingsFor(*selfSigned, u"carol"_s, QString(), false, false);
    InBandRegistration registration(settings);
    QSignalSpy form(&registration, &InBandRegistration::formReceived);
    QSignalSpy failed(&registration, &InBandRegistration::failed);
    registration.fetchForm();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !form.isEmpty(), test::BoundTimeoutMs);
    QCOMPARE(form.size(), 0);
    const auto failure = failed.first().first().value<RegistrationFailure>();
    QCOMPARE(failure.kind, RegistrationFailure::Kind::Connection);
    QCOMPARE(failure.connection.kind, ConnectionError::Kind::Certificate);
    QCOMPARE(CertificateTrust::normalizedFingerprint(failure.connection.fingerprint), selfSigned->serverFingerprint());
    // The user trusted that certificate: the same registration continues.
    registration.setTrustedFingerprints({ selfSigned->serverFingerprint() });
    registration.fetchForm();
    QTRY_VERIFY_WITH_TIMEOUT(!form.isEmpty() || failed.size() > 1, test::BoundTimeoutMs);
    QCOMPARE(form.size(), 1);
    registration.close();
}

void TestE2eRegister::cliRegisters()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QProcessEnvironment env = test::cliEnvironment(u"cli secret"_s, home.path());
    const QString jid = u"scripted@"_s + m_server->domain();
    const QStringList connect { u"--host"_s, m_server->host(), u"--port"_s, QString::number(m_server->c2sPort()),
        u"--ca-file"_s, m_server->caFile(), u"--profile"_s, home.filePath(u"profile"_s) };
    test::CliRun run = test::runCli(QStringList { u"register"_s, jid, u"--json"_s } + connect, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QList<QJsonObject> lines = test::jsonLines(run.out);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value(u"jid"_s).toString(), jid);
    QVERIFY(lines.first().value(u"registered"_s).toBool());
    // The same name again: taken (exit 13).
    run = test::runCli(QStringList { u"register"_s, jid } + connect, env);
    QVERIFY2(run.exitCode == 13, qPrintable(run.describe()));
    QVERIFY(!run.err.isEmpty());
    // And the new account signs in.
    run = test::runCli(QStringList { u"login"_s, u"--jid"_s, jid } + connect, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(TestE2eRegister)
#include "tst_e2e_register.moc"
