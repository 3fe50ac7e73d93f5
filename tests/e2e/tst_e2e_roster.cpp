#include "E2eSupport.h"
#include "im/RosterManager.h"
#include "storage/Database.h"
#include "storage/SqlRosterStore.h"
#include "stream/TcpTransport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::settingsFor;
using balcony::test::XmppServerFixture;

namespace {
const QString Password = u"roster pass"_s;
constexpr int ContactCount = 5000;
constexpr int RosterTimeoutMs = 60000;

QString contactJid(int i)
{
    return u"contact%1@example.net"_s.arg(i);
}

// A roster IQ set with one item (RFC 6121 §2.3.2).
Element rosterSet(const QString &jid, const QString &name, const QString &group)
{
    Element item(u"item"_s, RosterManager::xmlns());
    item.setAttribute(u"jid"_s, jid);
    item.setAttribute(u"name"_s, name);
    item.appendTextChild(u"group"_s, RosterManager::xmlns(), group);
    Element query(u"query"_s, RosterManager::xmlns());
    query.appendChild(item);
    Element iq(u"iq"_s, u"jabber:client"_s);
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.appendChild(query);
    return iq;
}

// Prosody 0.12's internal storage keeps a roster as a Lua table in data/<host>/roster/<user>.dat: the key
// false holds the roster version, every other key is a contact's bare JID with its subscription, name and
// groups (a set). The first login of the test proves the server read it: it must transfer every item.
QByteArray prosodyRoster(int count, int version)
{
    QByteArray lua = "return {\n\t[false] = {\n\t\t[\"version\"] = " + QByteArray::number(version) + ";\n\t};\n";
    for (int i = 0; i < count; ++i) {
        lua += "\t[\"" + contactJid(i).toUtf8()
            + "\"] = {\n\t\t[\"subscription\"] = \"none\";\n\t\t[\"name\"] = \"Contact " + QByteArray::number(i)
            + "\";\n\t\t[\"groups\"] = {\n\t\t\t[\"Group " + QByteArray::number(i % 10) + "\"] = true;\n\t\t};\n\t};\n";
    }
    lua += "};\n";
    return lua;
}

// A Connection on a real TCP transport whose received bytes (decrypted: what the stream parser sees) are
// added to `*received`.
std::unique_ptr<Connection> countingConnection(qint64 *received)
{
    auto transport = std::make_unique<TcpTransport>();
    QObject::connect(
        transport.get(), &Transport::dataReceived, [received](const QByteArray &bytes) { *received += bytes.size(); });
    return std::make_unique<Connection>(std::move(transport));
}

} // namespace

// RFC 6121 §2.6 roster versioning end to end against Prosody and ejabberd, with the SQL store: a 5,000-contact roster
// is transferred once; the next login with the same database sends the stored 'ver' and gets the empty
// result; a roster push then updates the item and the version in the store together.
class TestE2eRoster : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BALCONY_REQUIRE_SERVER();
        QVERIFY(m_profile.isValid());
        m_server = XmppServerFixture::create();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QVERIFY2(m_server->registerUser(u"alice"_s, Password), qPrintable(m_server->errorString()));

        // One contact through the protocol: Prosody creates the roster file (its folder, owner and
        // permissions) itself; 5,000 single IQs would rewrite that file 5,000 times. ejabberd keeps rosters in
        // Mnesia, where roster sets are cheap: it gets all 5,000 through the protocol, in one pipelined burst.
        const bool prosody = m_server->kind() == XmppServerFixture::Kind::Prosody;
        {
            Connection connection;
            connection.setSettings(settingsFor(*m_server, u"alice"_s, Password));
            QSignalSpy bound(&connection, &Connection::connected);
            QSignalSpy errors(&connection, &Connection::errorOccurred);
            connection.connectToServer();
            QTRY_VERIFY_WITH_TIMEOUT(bound.size() == 1 || !errors.isEmpty(), test::BoundTimeoutMs);
            QVERIFY2(errors.isEmpty(), qPrintable(test::firstErrorText(errors)));
            std::optional<IqResult::Status> status;
            connection.sendIq(
                rosterSet(contactJid(0), u"seed"_s, u"Seed"_s), [&](const IqResult &r) { status = r.status; });
            QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 10000);
            QCOMPARE(*status, IqResult::Status::Result);
            if (!prosody) {
                // At most 100 in flight: each set costs a result and a roster push, and ejabberd ends a stream
                // that leaves more than 5,000 stanzas unacknowledged (XEP-0198, its max_ack_queue).
                int next = 0;
                int answered = 0;
                int refused = 0;
                std::function<void()> sendNext = [&] {
                    const int i = next++;
                    connection.sendIq(rosterSet(contactJid(i), u"Contact %1"_s.arg(i), u"Group %1"_s.arg(i % 10)),
                        [&](const IqResult &r) {
                            ++answered;
                            refused += r.status == IqResult::Status::Result ? 0 : 1;
                            if (next < ContactCount) {
                                sendNext();
                            }
                        });
                };
                while (next < std::min(100, ContactCount)) {
                    sendNext();
                }
                QTRY_VERIFY_WITH_TIMEOUT(answered == ContactCount, RosterTimeoutMs);
                QCOMPARE(refused, 0);
            }
            QSignalSpy gone(&connection, &Connection::disconnected);
            connection.disconnectFromServer();
            QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 10000);
        }
        if (!prosody) {
            return;
        }
        m_server->stop();
        QFile file(m_server->dataDirectory() + u"/localhost/roster/alice.dat"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName() + u": "_s + file.errorString()));
        QVERIFY2(file.readAll().contains(contactJid(0).toUtf8()), "unexpected Prosody roster storage");
        file.close();
        // Truncating keeps the file's owner (the prosody user when the tests run as root).
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write(prosodyRoster(ContactCount, 7)) > 0);
        file.close();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void firstLoginTransfersTheWholeRoster()
    {
        Database database(m_profile.path());
        QVERIFY(database.open().isOpen());
        SqlRosterStore store(database);
        QCOMPARE(store.items().size(), 0);
        qint64 received = 0;
        const auto connection = countingConnection(&received);
        RosterManager roster(*connection, store);
        QVERIFY(login(*connection, roster));
        m_firstLoginBytes = received;

        const RosterManager::Stats stats = roster.stats();
        QVERIFY(stats.versioned);
        QCOMPARE(stats.requestedVersion, QString()); // no cache yet: ver='' (RFC 6121 §2.6.2)
        QVERIFY(!stats.servedFromCache);
        QCOMPARE(stats.transferredItems, ContactCount);
        QCOMPARE(store.items().size(), ContactCount);
        QVERIFY(!store.version().isEmpty());
        const auto item = roster.item(*Jid::parse(contactJid(42)));
        QVERIFY(item.has_value());
        QCOMPARE(item->name, u"Contact 42"_s);
        QCOMPARE(item->groups, QStringList { u"Group 2"_s });
        m_firstVersion = store.version();
        logout(*connection);
    }

    void secondLoginIsServedFromTheCache()
    {
        QVERIFY2(!m_firstVersion.isEmpty(), "needs firstLoginTransfersTheWholeRoster");
        Database database(m_profile.path());
        QCOMPARE(database.open().status, Database::Status::Opened);
        SqlRosterStore store(database);
        qint64 received = 0;
        const auto connection = countingConnection(&received);
        RosterManager roster(*connection, store);
        QVERIFY(login(*connection, roster));
        // Everything the server sent for this login (TLS and SASL included) is a small fraction of the
        // first login's, which carried the 5,000 items.
        qDebug() << "bytes received: first login" << m_firstLoginBytes << "second login" << received;
        QVERIFY2(received > 0 && received * 10 < m_firstLoginBytes,
            qPrintable(u"%1 bytes now, %2 the first time"_s.arg(received).arg(m_firstLoginBytes)));

        const RosterManager::Stats stats = roster.stats();
        QVERIFY(stats.versioned);
        QCOMPARE(stats.requestedVersion, m_firstVersion);
        QVERIFY(stats.servedFromCache); // the empty result of §2.6.3
        QCOMPARE(stats.transferredItems, 0);
        QCOMPARE(roster.items().size(), ContactCount);
        QCOMPARE(store.items().size(), ContactCount);
        QCOMPARE(store.version(), m_firstVersion);

        // RFC 6121 §2.1.6: a change made by another resource of the account arrives as a push, which
        // updates the item and the version in the store together (§2.6.3).
        Connection other;
        ConnectionSettings settings = settingsFor(*m_server, u"alice"_s, Password);
        settings.jid = *Jid::parse(u"alice@localhost/other"_s);
        other.setSettings(settings);
        QSignalSpy otherBound(&other, &Connection::connected);
        other.connectToServer();
        QTRY_COMPARE_WITH_TIMEOUT(otherBound.size(), 1, test::BoundTimeoutMs);
        QSignalSpy changed(&roster, &RosterManager::itemChanged);
        std::optional<IqResult::Status> status;
        other.sendIq(rosterSet(contactJid(42), u"Renamed"_s, u"Work"_s), [&](const IqResult &r) { status = r.status; });
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 10000);
        QCOMPARE(*status, IqResult::Status::Result);
        QTRY_COMPARE_WITH_TIMEOUT(roster.stats().pushes, 1, 10000);
        logout(other);

        const QString pushedVersion = store.version();
        QVERIFY(!pushedVersion.isEmpty());
        QVERIFY(pushedVersion != m_firstVersion);
        QCOMPARE(pushedVersion, roster.version());
        QCOMPARE(store.items().size(), ContactCount);
        const QList<RosterItem> items = store.items();
        const auto it = std::find_if(
            items.cbegin(), items.cend(), [](const RosterItem &i) { return i.jid.toString() == contactJid(42); });
        QVERIFY(it != items.cend());
        QCOMPARE(it->name, u"Renamed"_s);
        QCOMPARE(it->groups, QStringList { u"Work"_s });
        logout(*connection);

        // And the pushed version is what the next login asks with: still nothing to transfer.
        Database again(m_profile.path());
        QVERIFY(again.open().isOpen());
        SqlRosterStore againStore(again);
        Connection third;
        RosterManager thirdRoster(third, againStore);
        QVERIFY(login(third, thirdRoster));
        QCOMPARE(thirdRoster.stats().requestedVersion, pushedVersion);
        QVERIFY(thirdRoster.stats().servedFromCache);
        QCOMPARE(thirdRoster.item(*Jid::parse(contactJid(42)))->name, u"Renamed"_s);
        logout(third);
    }

private:
    bool login(Connection &connection, RosterManager &roster)
    {
        connection.setSettings(settingsFor(*m_server, u"alice"_s, Password));
        QSignalSpy received(&roster, &RosterManager::rosterReceived);
        QSignalSpy failed(&roster, &RosterManager::rosterFailed);
        QSignalSpy errors(&connection, &Connection::errorOccurred);
        connection.connectToServer();
        if (!QTest::qWaitFor(
                [&] { return !received.isEmpty() || !failed.isEmpty() || !errors.isEmpty(); }, RosterTimeoutMs)) {
            qWarning("no roster within %d ms", RosterTimeoutMs);
            return false;
        }
        if (!errors.isEmpty() || !failed.isEmpty()) {
            qWarning() << "login failed:" << test::firstErrorText(errors) << failed;
            return false;
        }
        return true;
    }
    void logout(Connection &connection)
    {
        QSignalSpy gone(&connection, &Connection::disconnected);
        connection.disconnectFromServer();
        QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 10000);
    }

    QTemporaryDir m_profile;
    std::unique_ptr<XmppServerFixture> m_server;
    QString m_firstVersion;
    qint64 m_firstLoginBytes = 0;
};

QTEST_GUILESS_MAIN(TestE2eRoster)
#include "tst_e2e_roster.moc"
