// SubscriptionRequestStore: pending inbound requests (RFC 6121 §3.1.3) stay until the user acts, on both the
// SQL store and the in-memory double; the SQL store keeps them across a restart.

#include "TestJid.h"
#include "storage/Database.h"
#include "storage/MemorySubscriptionRequestStore.h"
#include "storage/SqlSubscriptionRequestStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::jid;

namespace {

QDateTime at(qint64 seconds)
{
    return QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + seconds * 1000, Qt::UTC);
}

} // namespace

class TestSubscriptionRequests : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contract_data();
    void contract();
    void sqlPersists();
};

void TestSubscriptionRequests::contract_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sql") << u"sql"_s;
    QTest::newRow("memory") << u"memory"_s;
}

void TestSubscriptionRequests::contract()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<SubscriptionRequestStore> store;
    if (backend == "sql"_L1) {
        db = std::make_unique<Database>(dir.path());
        QVERIFY(db->open().isOpen());
        store = std::make_unique<SqlSubscriptionRequestStore>(*db);
    } else {
        store = std::make_unique<MemorySubscriptionRequestStore>();
    }
    QVERIFY(store->requests().isEmpty());
    QVERIFY(store->add({ jid(u"romeo@example.net/orchard"_s), u"Let me in"_s, at(10) }));
    QVERIFY(store->add({ jid(u"benvolio@example.net"_s), QString(), at(5) }));
    // A repeat keeps the first time, takes the new text, and is not new.
    QVERIFY(!store->add({ jid(u"romeo@example.net"_s), u"Please!"_s, at(20) }));
    QVERIFY(!store->add({ Jid(), u"x"_s, at(1) }));

    const QList<SubscriptionRequest> list = store->requests();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0), (SubscriptionRequest { jid(u"benvolio@example.net"_s), QString(), at(5) }));
    QCOMPARE(list.at(1), (SubscriptionRequest { jid(u"romeo@example.net"_s), u"Please!"_s, at(10) }));
    QCOMPARE(store->request(jid(u"romeo@example.net/any"_s))->status, u"Please!"_s);
    QCOMPARE(store->request(jid(u"nurse@example.com"_s)), std::nullopt);

    QVERIFY(store->remove(jid(u"romeo@example.net"_s)));
    QVERIFY(!store->remove(jid(u"romeo@example.net"_s)));
    QCOMPARE(store->requests().size(), 1);
    // A request without a time gets the time it was stored.
    QVERIFY(store->add({ jid(u"nurse@example.com"_s), QString(), QDateTime() }));
    QVERIFY(store->request(jid(u"nurse@example.com"_s))->received.isValid());
    QCOMPARE(store->count(), 2);
}

void TestSubscriptionRequests::sqlPersists()
{
    QTemporaryDir dir;
    {
        Database db(dir.path());
        QVERIFY(db.open().isOpen());
        SqlSubscriptionRequestStore store(db);
        QVERIFY(store.add({ jid(u"romeo@example.net"_s), u"hi"_s, at(1) }));
    }
    Database db(dir.path());
    QVERIFY(db.open().isOpen());
    SqlSubscriptionRequestStore store(db);
    QCOMPARE(store.requests(), (QList<SubscriptionRequest> { { jid(u"romeo@example.net"_s), u"hi"_s, at(1) } }));
}

QTEST_GUILESS_MAIN(TestSubscriptionRequests)
#include "tst_subscriptionrequests.moc"
