#include "E2eSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::settingsFor;
using balcony::test::XmppServerFixture;

namespace {

// A logged-in account that announces itself available after every (re)connect (RFC 6121 §4.2) and records
// the chat messages it receives.
class Account : public QObject {
public:
    Account(const XmppServerFixture &server, const QString &user, bool autoReconnect)
    {
        ConnectionSettings settings = settingsFor(server, user, u"pw-"_s + user);
        settings.autoReconnect = autoReconnect;
        connection.setSettings(settings);
        connect(&connection, &Connection::connected, this, [this] {
            ++boundCount;
            connection.send(Element(u"presence"_s, u"jabber:client"_s));
        });
        connect(&connection, &Connection::stanzaReceived, this, [this](const Element &stanza) {
            if (stanza.name() == u"message" && stanza.hasChild(u"body")) {
                messages.append(stanza);
            }
        });
        connect(&connection, &Connection::errorOccurred, this,
            [this](const ConnectionError &error) { errors.append(error); });
    }

    bool sendChat(const Jid &to, const QString &body)
    {
        Element message(u"message"_s, u"jabber:client"_s);
        message.setAttribute(u"type"_s, u"chat"_s);
        message.setAttribute(u"id"_s, Connection::generateId());
        message.setAttribute(u"to"_s, to.toString());
        message.appendTextChild(u"body"_s, u"jabber:client"_s, body);
        return connection.send(message);
    }
    bool hasMessage(const QString &body) const
    {
        return std::any_of(
            messages.cbegin(), messages.cend(), [&](const Element &m) { return m.childText(u"body") == body; });
    }
    QString errorText() const { return errors.isEmpty() ? QString() : errors.last().message; }

    Connection connection;
    int boundCount = 0;
    QList<Element> messages;
    QList<ConnectionError> errors;
};

} // namespace

// Messages between two accounts through a real server, and a session that survives a server restart by
// reconnecting on its own.
class TestE2eMessaging : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BALCONY_REQUIRE_SERVER();
        m_server = XmppServerFixture::create();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        for (const QString &user : { u"alice"_s, u"bob"_s }) {
            QVERIFY2(m_server->registerUser(user, u"pw-"_s + user), qPrintable(m_server->errorString()));
        }
    }
    void cleanupTestCase() { m_server.reset(); }

    void messageFromAliceReachesBob()
    {
        Account alice(*m_server, u"alice"_s, false);
        Account bob(*m_server, u"bob"_s, false);
        alice.connection.connectToServer();
        bob.connection.connectToServer();
        QTRY_VERIFY2_WITH_TIMEOUT(alice.boundCount == 1, qPrintable(alice.errorText()), test::BoundTimeoutMs);
        QTRY_VERIFY2_WITH_TIMEOUT(bob.boundCount == 1, qPrintable(bob.errorText()), test::BoundTimeoutMs);

        const QString body = u"Hello Bob \u2764 <&> "_s + Connection::generateId();
        QVERIFY(alice.sendChat(bob.connection.boundJid().bare(), body));
        QTRY_VERIFY_WITH_TIMEOUT(bob.hasMessage(body), 10000);
        const Element received = bob.messages.last();
        QCOMPARE(received.attribute(u"from"), alice.connection.boundJid().toString());
        QCOMPARE(received.attribute(u"type"), u"chat"_s);
        QVERIFY(alice.messages.isEmpty());
    }

    void sessionSurvivesServerRestart()
    {
        Account alice(*m_server, u"alice"_s, true);
        Account bob(*m_server, u"bob"_s, true);
        alice.connection.connectToServer();
        bob.connection.connectToServer();
        QTRY_VERIFY2_WITH_TIMEOUT(alice.boundCount == 1, qPrintable(alice.errorText()), test::BoundTimeoutMs);
        QTRY_VERIFY2_WITH_TIMEOUT(bob.boundCount == 1, qPrintable(bob.errorText()), test::BoundTimeoutMs);
        QSignalSpy aliceDown(&alice.connection, &Connection::disconnected);
        QSignalSpy bobDown(&bob.connection, &Connection::disconnected);

        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(aliceDown.size() >= 1 && bobDown.size() >= 1, 10000);
        QVERIFY(alice.connection.state() != ConnectionState::Connected);
        // The loss is reported as one that will be retried (system-shutdown or connection lost).
        QVERIFY(!alice.errors.isEmpty());
        QVERIFY2(alice.errors.first().willRetry, qPrintable(alice.errorText()));

        // Same ports, same data; nobody calls connectToServer() again: the backoff timer does.
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(alice.boundCount == 2, qPrintable(alice.errorText()), 60000);
        QTRY_VERIFY2_WITH_TIMEOUT(bob.boundCount == 2, qPrintable(bob.errorText()), 60000);
        QCOMPARE(alice.connection.state(), ConnectionState::Connected);
        QCOMPARE(alice.connection.boundJid().bareString(), u"alice@localhost"_s);

        const QString body = u"after the restart "_s + Connection::generateId();
        QVERIFY(alice.sendChat(bob.connection.boundJid().bare(), body));
        QTRY_VERIFY_WITH_TIMEOUT(bob.hasMessage(body), 10000);
    }

private:
    std::unique_ptr<XmppServerFixture> m_server;
};

QTEST_GUILESS_MAIN(TestE2eMessaging)
#include "tst_e2e_messaging.moc"
