// Issue 11 end to end against each real server (Prosody, ejabberd): a user who is NOT in our roster (mallory) floods
// our client with directed presence (RFC 6121 §4.6) from several resources, every presence with a new caps ver
// (XEP-0115), and answers every disco#info query with a result that verifies. Balcony, a whole Account with its SQL
// profile, keeps at most resourcesPerStranger of mallory's resources, asks at most the strangers' burst of queries,
// stores no caps row for mallory, and a message from a contact in the roster (bob) arrives and is stored.
#include "E2eSupport.h"
#include "account/Account.h"
#include "disco/DiscoManager.h"
#include "im/MessageManager.h"
#include "im/PresenceManager.h"
#include "im/RosterManager.h"
#include "storage/SqlHistoryStore.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::settingsFor;
using balcony::test::XmppServerFixture;

namespace {

const QString Password = u"flood pass"_s;
constexpr int StepTimeoutMs = 20000;
constexpr int MalloryResources = 6; // more than a stranger may keep (4)
constexpr int PresencesPerResource = 300;
const QString FloodNode = u"https://evil.example/caps"_s;

// A disco#info that verifies under its sha-1 ver: one feature of its own per index.
DiscoInfo floodInfo(int i)
{
    DiscoInfo info;
    info.identities.append({ u"client"_s, u"pc"_s, {}, u"Flood"_s });
    info.features = { u"urn:flood:%1"_s.arg(i) };
    return info;
}

QString floodVer(int i)
{
    return EntityCaps::verificationString(floodInfo(i), QCryptographicHash::Sha1);
}

bool connectAndWait(Connection &connection)
{
    QSignalSpy errors(&connection, &Connection::errorOccurred);
    connection.connectToServer();
    return QTest::qWaitFor(
               [&] { return connection.state() == ConnectionState::Connected || !errors.isEmpty(); }, StepTimeoutMs)
        && connection.state() == ConnectionState::Connected;
}

} // namespace

class TestE2ePresenceFlood : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void strangerFloodIsBoundedAndContactsGetThrough();

private:
    std::unique_ptr<XmppServerFixture> m_server;
};

void TestE2ePresenceFlood::initTestCase()
{
    BALCONY_REQUIRE_SERVER();
    m_server = XmppServerFixture::create();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    for (const QString &user : { u"alice"_s, u"bob"_s, u"mallory"_s }) {
        QVERIFY(m_server->registerUser(user, Password));
    }
}

void TestE2ePresenceFlood::cleanupTestCase()
{
    m_server.reset();
}

void TestE2ePresenceFlood::strangerFloodIsBoundedAndContactsGetThrough()
{
    const QString domain = m_server->domain();
    const Jid bobBare = *Jid::parse(QString(u"bob@"_s + domain));
    const Jid malloryBare = *Jid::parse(QString(u"mallory@"_s + domain));

    // Alice: the whole engine on a fresh profile; bob is in her roster, mallory is not.
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    AccountSettings settings;
    settings.connection = settingsFor(*m_server, u"alice"_s, Password);
    settings.connection.jid = settings.connection.jid.withResource(u"desk"_s);
    settings.profileDir = profile.path();
    settings.automaticCatchUp = false;
    settings.keepaliveIdleMs = 0;
    settings.e2eScrypt = { 1 << 10, 8, 1 };
    Account alice(settings);
    QVERIFY(alice.open().isOpen());
    QSignalSpy online(&alice, &Account::online);
    alice.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty(), StepTimeoutMs);
    QSignalSpy rosterChanged(alice.roster(), &RosterManager::itemChanged);
    QVERIFY(alice.roster()->addOrUpdate(bobBare, u"Bob"_s, {}));
    QTRY_VERIFY_WITH_TIMEOUT(alice.roster()->contains(bobBare), StepTimeoutMs);
    QVERIFY(!alice.roster()->contains(malloryBare));
    const Jid aliceFull = alice.connection().boundJid();
    const quint64 queriesBefore = alice.disco()->capsQueriesSent();

    // Mallory: several resources, each answering every disco#info query about its ver with a valid result.
    int queriesToMallory = 0;
    std::vector<std::unique_ptr<Connection>> mallory;
    QObject handlers; // owns the stanza handlers below; destroyed before the connections
    for (int r = 0; r < MalloryResources; ++r) {
        auto connection = std::make_unique<Connection>();
        ConnectionSettings s = settingsFor(*m_server, u"mallory"_s, Password);
        s.jid = s.jid.withResource(u"r%1"_s.arg(r));
        connection->setSettings(s);
        Connection *raw = connection.get();
        raw->addStanzaHandler(&handlers, [raw, &queriesToMallory](const Element &stanza) {
            const Element query = stanza.firstChild(u"query", DiscoInfo::xmlns());
            if (stanza.name() != u"iq" || stanza.attribute(u"type") != u"get" || query.isNull()) {
                return false;
            }
            ++queriesToMallory;
            // node#ver: the info whose ver it is, among the ones announced.
            const QString node = query.attribute(u"node");
            const QString ver = node.section(u'#', 1);
            DiscoInfo info;
            for (int i = 0; i < MalloryResources * PresencesPerResource; ++i) {
                if (floodVer(i) == ver) {
                    info = floodInfo(i);
                    break;
                }
            }
            info.node = node;
            Element reply(u"iq"_s, u"jabber:client"_s);
            reply.setAttribute(u"type"_s, u"result"_s);
            reply.setAttribute(u"id"_s, stanza.attribute(u"id"));
            reply.setAttribute(u"to"_s, stanza.attribute(u"from"));
            reply.appendChild(info.toElement());
            raw->send(reply);
            return true;
        });
        QVERIFY(connectAndWait(*connection));
        mallory.push_back(std::move(connection));
    }

    // The flood: directed presence to alice's resource, a new ver in every one.
    QElapsedTimer floodTimer;
    floodTimer.start();
    for (int i = 0; i < PresencesPerResource; ++i) {
        for (int r = 0; r < MalloryResources; ++r) {
            const int index = r * PresencesPerResource + i;
            Element presence(u"presence"_s, u"jabber:client"_s);
            presence.setAttribute(u"to"_s, aliceFull.toString());
            presence.appendChild(EntityCaps::toElement({ u"sha-1"_s, FloodNode, floodVer(index) }));
            mallory[size_t(r)]->send(presence);
        }
    }
    // Every flood stanza has reached the server once it answered a ping sent behind them on each stream.
    int pongs = 0;
    for (const auto &connection : mallory) {
        Element ping(u"iq"_s, u"jabber:client"_s);
        ping.setAttribute(u"type"_s, u"get"_s);
        ping.setAttribute(u"to"_s, domain);
        ping.appendChild(Element(u"ping"_s, u"urn:xmpp:ping"_s));
        connection->sendIq(ping, [&pongs](const IqResult &) { ++pongs; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(pongs, MalloryResources, StepTimeoutMs);

    // Bob, a contact, writes to alice right behind the flood.
    Connection bob;
    bob.setSettings(settingsFor(*m_server, u"bob"_s, Password));
    QVERIFY(connectAndWait(bob));
    QSignalSpy stored(alice.messages(), &MessageManager::messageStored);
    Element message(u"message"_s, u"jabber:client"_s);
    message.setAttribute(u"to"_s, aliceFull.bare().toString());
    message.setAttribute(u"type"_s, u"chat"_s);
    message.setAttribute(u"id"_s, u"after-the-flood"_s);
    message.appendTextChild(u"body"_s, u"jabber:client"_s, u"still there?"_s);
    QElapsedTimer latency;
    latency.start();
    bob.send(message);
    QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), StepTimeoutMs);
    qInfo() << "flood of" << MalloryResources * PresencesPerResource << "presences sent in"
            << floodTimer.elapsed() - latency.elapsed() << "ms; bob's message stored" << latency.elapsed()
            << "ms after it was sent";
    QCOMPARE(stored.first().at(1).value<StoredMessage>().body, u"still there?"_s);
    QCOMPARE(stored.first().at(1).value<StoredMessage>().conversation, bobBare);

    // Let every presence of the flood reach alice (they were all at the server before bob's message).
    QTest::qWait(500);
    PresenceManager *presence = alice.presence();
    QVERIFY(presence->resourceCount(malloryBare) > 0);
    QVERIFY(presence->resourceCount(malloryBare) <= PresenceLimits().resourcesPerStranger);
    QVERIFY2(queriesToMallory <= CapsQueryLimits().strangerBurst, qPrintable(QString::number(queriesToMallory)));
    QVERIFY(alice.disco()->capsQueriesSent() - queriesBefore <= quint64(CapsQueryLimits().strangerBurst));
    QVERIFY(alice.disco()->trackedEntities() <= PresenceLimits().resourcesPerStranger + 2); // + server, own
    // Nothing of mallory's is in the caps store: strangers' announcements are not kept.
    QSqlQuery rows(alice.database()->sql());
    QVERIFY(rows.exec(u"SELECT COUNT(*) FROM caps_entity WHERE entity LIKE 'mallory@%'"_s) && rows.next());
    QCOMPARE(rows.value(0).toInt(), 0);
    QVERIFY(rows.exec(u"SELECT COUNT(*) FROM caps_info"_s) && rows.next());
    QVERIFY(rows.value(0).toInt() <= CapsQueryLimits().strangerBurst + 1); // + the server's

    for (const auto &connection : mallory) {
        connection->disconnectFromServer();
    }
    bob.disconnectFromServer();
    alice.signOut();
}

QTEST_GUILESS_MAIN(TestE2ePresenceFlood)
#include "tst_e2e_presenceflood.moc"
