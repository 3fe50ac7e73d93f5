// The message layer end to end against a real server (Prosody or ejabberd: offline storage, carbons, MAM, SM), with
// Balcony on both sides: an offline message keeps its original time (XEP-0203), receipts (XEP-0184), carbons
// between two resources of one account (XEP-0280), and MAM catch-up after being offline gets exactly the
// missed messages (XEP-0313), each stored once although the offline store delivers them too.
#include "E2eSupport.h"
#include "disco/DiscoManager.h"
#include "im/ArchiveManager.h"
#include "im/Carbons.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"

#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

// One Balcony client: a connection with the message modules over stores that outlive it (a restart).
struct Client {
    Client(const ConnectionSettings &settings, MemoryHistoryStore &history, MemoryOutboxStore &outboxStore)
        : disco(connection, nullptr)
        , outbox(connection, outboxStore)
        , messages(connection, history, outbox, &disco)
        , carbons(connection, &disco)
        , archive(connection, history)
    {
        connection.setSettings(settings);
        messages.setReceiptPolicy([](const Jid &) { return true; });
        QObject::connect(
            &connection, &Connection::connected, &connection, [this] { connection.send(Element(u"presence"_s)); });
    }
    bool connect()
    {
        connection.connectToServer();
        return QTest::qWaitFor([this] { return connection.state() == ConnectionState::Connected; }, BoundTimeoutMs);
    }

    Connection connection;
    DiscoManager disco;
    Outbox outbox;
    MessageManager messages;
    Carbons carbons;
    ArchiveManager archive;
};

struct Account {
    MemoryHistoryStore history;
    MemoryOutboxStore outbox { history };
    QList<StoredMessage> with(const QString &bare) { return history.page(*Jid::parse(bare), 1000); }
};

} // namespace

class TestE2eMessages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void offlineMessageKeepsItsTime();
    void receiptMarksDelivered();
    void carbonsBetweenTwoResources();
    void archiveCatchUpGetsExactlyTheMissed();

private:
    ConnectionSettings settings(const QString &user, const QString &resource)
    {
        ConnectionSettings s = settingsFor(*m_server, user, u"secret"_s);
        s.jid = s.jid.withResource(resource);
        return s;
    }
    QString bare(const QString &user) const { return user + u'@' + m_server->domain(); }

    std::unique_ptr<XmppServerFixture> m_server;
};

void TestE2eMessages::initTestCase()
{
    BALCONY_REQUIRE_SERVER();
    m_server = XmppServerFixture::create();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    for (const QString &user : { u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s }) {
        QVERIFY(m_server->registerUser(user, u"secret"_s));
    }
}

void TestE2eMessages::offlineMessageKeepsItsTime()
{
    Account alice;
    Account bob;
    {
        Client a(settings(u"alice"_s, u"desk"_s), alice.history, alice.outbox);
        QVERIFY(a.connect());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const qint64 id = a.messages.sendChat(*Jid::parse(bare(u"bob"_s)), u"while you were out"_s);
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(alice.history.message(id)->state, MessageState::AckedByServer, 10000);
        QVERIFY(alice.outbox.pending().isEmpty());
        QTest::qWait(2100); // so that the delivery time is clearly later than the sending time
        Client b(settings(u"bob"_s, u"home"_s), bob.history, bob.outbox);
        // Only the offline store this time (the archive would deliver a copy with its own time).
        b.archive.setAutomaticCatchUp(false);
        QVERIFY(b.connect());
        QTRY_COMPARE_WITH_TIMEOUT(bob.with(bare(u"alice"_s)).size(), 1, 10000);
        const StoredMessage m = bob.with(bare(u"alice"_s)).first();
        QCOMPARE(m.body, u"while you were out"_s);
        QVERIFY(m.flags.testFlag(MessageFlag::Delayed));
        // The original time (Prosody's stamps have second resolution), not the delivery time.
        QVERIFY2(qAbs(m.sentTime.secsTo(before)) <= 1, qPrintable(m.sentTime.toString(Qt::ISODateWithMs)));
        QVERIFY(m.sentTime.msecsTo(m.receivedTime) >= 1000);
        QCOMPARE(m.stanzaIdBy, *Jid::parse(bare(u"bob"_s)));
        QVERIFY(!m.stanzaId.isEmpty());
    }
}

void TestE2eMessages::receiptMarksDelivered()
{
    Account alice;
    Account bob;
    Client a(settings(u"alice"_s, u"desk"_s), alice.history, alice.outbox);
    Client b(settings(u"bob"_s, u"home"_s), bob.history, bob.outbox);
    QVERIFY(a.connect());
    QVERIFY(b.connect());
    const qint64 id = a.messages.sendChat(*Jid::parse(QString(bare(u"bob"_s) + u"/home"_s)), u"got it?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(alice.history.message(id)->state, MessageState::Delivered, 10000);
    QCOMPARE(bob.with(bare(u"alice"_s)).first().body, u"got it?"_s); // newest first
}

void TestE2eMessages::carbonsBetweenTwoResources()
{
    Account carolDesk;
    Account carolPhone;
    Account dave;
    Client desk(settings(u"carol"_s, u"desk"_s), carolDesk.history, carolDesk.outbox);
    Client phone(settings(u"carol"_s, u"phone"_s), carolPhone.history, carolPhone.outbox);
    Client d(settings(u"dave"_s, u"home"_s), dave.history, dave.outbox);
    QVERIFY(desk.connect());
    QVERIFY(phone.connect());
    QVERIFY(d.connect());
    // Enabled by the modules themselves once the server's disco#info (via its caps) lists carbons.
    QTRY_VERIFY_WITH_TIMEOUT(desk.carbons.isEnabled() && phone.carbons.isEnabled(), 10000);

    desk.messages.sendChat(*Jid::parse(bare(u"dave"_s)), u"sent from the desk"_s);
    QTRY_COMPARE_WITH_TIMEOUT(carolPhone.with(bare(u"dave"_s)).size(), 1, 10000);
    const StoredMessage sent = carolPhone.with(bare(u"dave"_s)).first();
    QCOMPARE(sent.direction, MessageDirection::Outgoing);
    QVERIFY(sent.flags.testFlag(MessageFlag::CarbonSent));
    QCOMPARE(sent.body, u"sent from the desk"_s);

    d.messages.sendChat(*Jid::parse(QString(bare(u"carol"_s) + u"/desk"_s)), u"to your desk"_s);
    QTRY_COMPARE_WITH_TIMEOUT(carolPhone.with(bare(u"dave"_s)).size(), 2, 10000);
    const StoredMessage received = carolPhone.with(bare(u"dave"_s)).first();
    QCOMPARE(received.direction, MessageDirection::Incoming);
    QVERIFY(received.flags.testFlag(MessageFlag::CarbonReceived));
    QCOMPARE(received.body, u"to your desk"_s);
    QTRY_COMPARE_WITH_TIMEOUT(carolDesk.with(bare(u"dave"_s)).size(), 2, 10000);
}

void TestE2eMessages::archiveCatchUpGetsExactlyTheMissed()
{
    Account alice;
    Account bob;
    Client b(settings(u"bob"_s, u"laptop"_s), bob.history, bob.outbox);
    QVERIFY(b.connect());
    {
        // Alice's first login: the bounded first catch-up sets her archive position.
        Client a(settings(u"alice"_s, u"tablet"_s), alice.history, alice.outbox);
        QSignalSpy done(&a.archive, &ArchiveManager::catchUpFinished);
        QVERIFY(a.connect());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        QVERIFY(done.first().at(0).toBool());
        a.connection.disconnectFromServer();
        QTRY_COMPARE_WITH_TIMEOUT(a.connection.state(), ConnectionState::Disconnected, 10000);
    }
    const int before = int(alice.with(bare(u"bob"_s)).size());
    QVERIFY(alice.history.lastStanzaId(*Jid::parse(bare(u"alice"_s))).has_value());
    // Alice is offline: Bob writes seven messages (more than a page of 3).
    QList<qint64> ids;
    for (int i = 1; i <= 7; ++i) {
        ids.append(b.messages.sendChat(*Jid::parse(bare(u"alice"_s)), u"missed %1"_s.arg(i)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(bob.outbox.pending().isEmpty(), 10000);

    Client a(settings(u"alice"_s, u"tablet"_s), alice.history, alice.outbox);
    a.archive.setPageSize(3);
    QSignalSpy done(&a.archive, &ArchiveManager::catchUpFinished);
    QVERIFY(a.connect());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
    QVERIFY(done.first().at(0).toBool());
    QTest::qWait(500); // the offline store delivers the same messages live as well
    const QList<StoredMessage> rows = alice.with(bare(u"bob"_s));
    QCOMPARE(int(rows.size()) - before, 7);
    QStringList bodies;
    for (const StoredMessage &m : rows) {
        if (m.body.startsWith(u"missed "_s)) {
            bodies.prepend(m.body); // rows are newest first
        }
    }
    QCOMPARE(bodies,
        (QStringList {
            u"missed 1"_s, u"missed 2"_s, u"missed 3"_s, u"missed 4"_s, u"missed 5"_s, u"missed 6"_s, u"missed 7"_s }));
}

QTEST_GUILESS_MAIN(TestE2eMessages)
#include "tst_e2e_messages.moc"
