#include "E2eSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::settingsFor;
using balcony::test::XmppServerFixture;

// Logging in with the real engine (Connection in-process) against real server instances: SCRAM-SHA-1 and
// SCRAM-SHA-256 servers, STARTTLS and direct TLS, a wrong password, and an untrusted certificate.
class TestE2eLogin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BALCONY_REQUIRE_SERVER();
        m_sha1 = XmppServerFixture::create();
        m_sha256 = XmppServerFixture::create(XmppServerFixture::Options { .passwordHash = u"SHA-256"_s });
        m_selfSigned = XmppServerFixture::create(
            XmppServerFixture::Options { .certificates = XmppServerFixture::CertificateMode::SelfSigned });
        for (XmppServerFixture *server : { m_sha1.get(), m_sha256.get(), m_selfSigned.get() }) {
            QVERIFY2(server->start(), qPrintable(server->errorString()));
            QVERIFY2(server->registerUser(u"alice"_s, u"wonderland"_s), qPrintable(server->errorString()));
        }
    }
    void cleanupTestCase()
    {
        m_sha1.reset();
        m_sha256.reset();
        m_selfSigned.reset();
    }

    void login_data()
    {
        QTest::addColumn<int>("instance");
        QTest::addColumn<bool>("directTls");
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("starttls scram-sha-1") << 1 << false << u"SCRAM-SHA-1"_s;
        QTest::newRow("starttls scram-sha-256") << 2 << false << u"SCRAM-SHA-256"_s;
        QTest::newRow("direct tls scram-sha-1") << 1 << true << u"SCRAM-SHA-1"_s;
        QTest::newRow("direct tls scram-sha-256") << 2 << true << u"SCRAM-SHA-256"_s;
    }
    void login()
    {
        QFETCH(int, instance);
        QFETCH(bool, directTls);
        QFETCH(QString, mechanism);
        const XmppServerFixture &server = instance == 1 ? *m_sha1 : *m_sha256;

        Connection connection;
        connection.setSettings(settingsFor(server, u"alice"_s, u"wonderland"_s, directTls));
        QSignalSpy bound(&connection, &Connection::connected);
        QSignalSpy errors(&connection, &Connection::errorOccurred);
        connection.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(bound.size() == 1 || !errors.isEmpty(), test::BoundTimeoutMs);
        QVERIFY2(errors.isEmpty(), qPrintable(test::firstErrorText(errors)));
        QCOMPARE(connection.state(), ConnectionState::Connected);
        QCOMPARE(connection.boundJid().bareString(), u"alice@localhost"_s);
        QVERIFY(!connection.boundJid().resource().isEmpty());

        const ConnectionStats stats = connection.stats();
        QCOMPARE(stats.saslMechanism, mechanism);
        QCOMPARE(stats.directTls, directTls);
        QVERIFY2(stats.tlsProtocol.startsWith(u"TLS"), qPrintable(stats.tlsProtocol));
        QCOMPARE(stats.peer, u"127.0.0.1:%1"_s.arg(directTls ? server.directTlsPort() : server.c2sPort()));
        QVERIFY(stats.roundTrips > 0);
        QVERIFY(stats.connectedMs >= 0 && stats.tlsMs >= stats.connectedMs);
        QVERIFY(stats.authenticatedMs >= stats.tlsMs && stats.boundMs >= stats.authenticatedMs);

        // The server answers an IQ on the bound stream (XEP-0199 ping to our own server).
        Element ping(u"iq"_s, u"jabber:client"_s);
        ping.setAttribute(u"type"_s, u"get"_s);
        ping.appendChild(Element(u"ping"_s, u"urn:xmpp:ping"_s));
        std::optional<IqResult::Status> status;
        QVERIFY(!connection.sendIq(ping, [&](const IqResult &r) { status = r.status; }).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 10000);
        QCOMPARE(*status, IqResult::Status::Result);

        QSignalSpy gone(&connection, &Connection::disconnected);
        connection.disconnectFromServer();
        QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 10000);
        QCOMPARE(connection.state(), ConnectionState::Disconnected);
        QVERIFY(errors.isEmpty());
    }

    void wrongPasswordFailsOnceWithoutReconnecting()
    {
        Connection connection;
        ConnectionSettings settings = settingsFor(*m_sha1, u"alice"_s, u"looking-glass"_s);
        settings.autoReconnect = true; // even so: a wrong password is never retried
        connection.setSettings(settings);
        QSignalSpy errors(&connection, &Connection::errorOccurred);
        QSignalSpy states(&connection, &Connection::stateChanged);
        connection.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), test::BoundTimeoutMs);
        const auto error = errors.first().first().value<ConnectionError>();
        QCOMPARE(error.kind, ConnectionError::Kind::Authentication);
        QCOMPARE(error.saslCondition, u"not-authorized"_s);
        QVERIFY(!error.willRetry);
        QVERIFY(!error.message.isEmpty());

        // No reconnect loop: the connection stays down (backoff would have retried within ~1 s).
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Disconnected, 10000);
        const qsizetype stateChanges = states.size();
        QTest::qWait(3000);
        QCOMPARE(connection.state(), ConnectionState::Disconnected);
        QCOMPARE(states.size(), stateChanges);
        QCOMPARE(errors.size(), 1);
    }

    void untrustedCertificateIsRefused()
    {
        Connection connection;
        ConnectionSettings settings = settingsFor(*m_selfSigned, u"alice"_s, u"wonderland"_s, false, false);
        settings.autoReconnect = true; // a certificate decision needs the user: never retried
        connection.setSettings(settings);
        QSignalSpy errors(&connection, &Connection::errorOccurred);
        QSignalSpy bound(&connection, &Connection::connected);
        connection.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), test::BoundTimeoutMs);
        const auto error = errors.first().first().value<ConnectionError>();
        QCOMPARE(error.kind, ConnectionError::Kind::Certificate);
        QCOMPARE(error.fingerprint.toLower().replace(':', ""), m_selfSigned->serverFingerprint());
        QCOMPARE(error.certificate, m_selfSigned->serverCertificate());
        QVERIFY(!error.willRetry);
        QTest::qWait(1500);
        QCOMPARE(bound.size(), 0);
        QCOMPARE(connection.state(), ConnectionState::Disconnected);
    }

    void trustedFingerprintIsAccepted_data()
    {
        QTest::addColumn<bool>("directTls");
        QTest::newRow("starttls") << false;
        QTest::newRow("direct tls") << true;
    }
    void trustedFingerprintIsAccepted()
    {
        QFETCH(bool, directTls);
        Connection connection;
        ConnectionSettings settings = settingsFor(*m_selfSigned, u"alice"_s, u"wonderland"_s, directTls, false);
        settings.trustedFingerprints = { m_selfSigned->serverFingerprint() };
        connection.setSettings(settings);
        QSignalSpy errors(&connection, &Connection::errorOccurred);
        QSignalSpy bound(&connection, &Connection::connected);
        connection.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(bound.size() == 1 || !errors.isEmpty(), test::BoundTimeoutMs);
        QVERIFY2(errors.isEmpty(), qPrintable(test::firstErrorText(errors)));
        QCOMPARE(connection.boundJid().bareString(), u"alice@localhost"_s);
    }

    void trustingAnotherFingerprintDoesNotHelp()
    {
        Connection connection;
        ConnectionSettings settings = settingsFor(*m_selfSigned, u"alice"_s, u"wonderland"_s, false, false);
        // The CA-signed instance's certificate is a different certificate for the same name.
        settings.trustedFingerprints = { m_sha1->serverFingerprint() };
        connection.setSettings(settings);
        QSignalSpy errors(&connection, &Connection::errorOccurred);
        connection.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), test::BoundTimeoutMs);
        QCOMPARE(errors.first().first().value<ConnectionError>().kind, ConnectionError::Kind::Certificate);
    }

private:
    std::unique_ptr<XmppServerFixture> m_sha1;
    std::unique_ptr<XmppServerFixture> m_sha256;
    std::unique_ptr<XmppServerFixture> m_selfSigned;
};

QTEST_GUILESS_MAIN(TestE2eLogin)
#include "tst_e2e_login.moc"
