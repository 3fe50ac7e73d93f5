// SqlRosterStore: items and version always change together (RFC 6121 §2.6), and the SQL store behaves like
// MemoryRosterStore, which other modules test against.

#include "storage/Database.h"
#include "storage/MemoryRosterStore.h"
#include "storage/SqlRosterStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;

namespace {

RosterItem item(const QString &jid, const QString &name, const QString &subscription, QStringList groups = {})
{
    RosterItem i;
    i.jid = Jid::parse(jid).value_or(Jid());
    i.name = name;
    i.subscription = subscription;
    i.groups = groups;
    return i;
}

QList<RosterItem> initialRoster()
{
    RosterItem nurse = item(u"nurse@example.com"_s, u"Nurse"_s, u"none"_s, { u"Servants"_s });
    nurse.askSubscribe = true;
    RosterItem benvolio = item(u"benvolio@example.net"_s, QString(), u"from"_s);
    benvolio.approved = true;
    return {
        item(u"romeo@example.net"_s, u"Romeo"_s, u"both"_s, { u"Friends"_s, u"Lovers ❤"_s }),
        nurse,
        benvolio,
    };
}

// The same sequence of writes, checked the same way, for any RosterStore implementation.
void exerciseContract(RosterStore &store)
{
    QCOMPARE(store.version(), QString());
    QVERIFY(store.items().isEmpty());

    QVERIFY(store.replaceAll(initialRoster(), u"ver7"_s));
    QCOMPARE(store.version(), u"ver7"_s);
    QList<RosterItem> items = store.items();
    QCOMPARE(items.size(), 3);
    // Sorted by JID.
    QCOMPARE(items.at(0).jid.toString(), u"benvolio@example.net"_s);
    QCOMPARE(items.at(1).jid.toString(), u"nurse@example.com"_s);
    QCOMPARE(items.at(2).jid.toString(), u"romeo@example.net"_s);
    QCOMPARE(items.at(1), initialRoster().at(1));
    QVERIFY(items.at(1).askSubscribe);
    QVERIFY(items.at(0).approved);
    QCOMPARE(items.at(2).groups, (QStringList { u"Friends"_s, u"Lovers ❤"_s }));

    // Push: a new item.
    QVERIFY(
        store.applyPush(item(u"mercutio@example.org"_s, u"Mercutio"_s, u"to"_s, { u"Friends"_s }), false, u"ver8"_s));
    QCOMPARE(store.version(), u"ver8"_s);
    QCOMPARE(store.items().size(), 4);

    // Push: an update replaces name, subscription and the whole group set.
    const RosterItem romeo = item(u"romeo@example.net"_s, u"R."_s, u"to"_s, { u"Banished"_s });
    QVERIFY(store.applyPush(romeo, false, u"ver9"_s));
    items = store.items();
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.at(3), romeo);
    QCOMPARE(store.version(), u"ver9"_s);

    // Push: remove.
    QVERIFY(store.applyPush(item(u"nurse@example.com"_s, QString(), u"remove"_s), true, u"ver10"_s));
    items = store.items();
    QCOMPARE(items.size(), 3);
    for (const RosterItem &i : std::as_const(items)) {
        QVERIFY(i.jid.toString() != "nurse@example.com"_L1);
    }
    QCOMPARE(store.version(), u"ver10"_s);

    // A full result replaces everything, including items it does not mention.
    QVERIFY(store.replaceAll({ romeo }, u"ver11"_s));
    QCOMPARE(store.items(), QList<RosterItem> { romeo });
    QCOMPARE(store.version(), u"ver11"_s);

    // A server without versioning: empty version.
    QVERIFY(store.replaceAll({}, QString()));
    QVERIFY(store.items().isEmpty());
    QCOMPARE(store.version(), QString());
}

} // namespace

class TestSqlRosterStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sqlStoreContract();
    void memoryStoreContract();
    void reopenPersists();
    void failedPushLeavesItemsAndVersion();
    void failedReplaceAllLeavesItemsAndVersion();
    void removedItemTakesItsGroups();
    void closedDatabaseRefusesWrites();
    void largeRoster();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlRosterStore> m_store;
};

void TestSqlRosterStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->path());
    QVERIFY(m_db->open().isOpen());
    m_store = std::make_unique<SqlRosterStore>(*m_db);
}

void TestSqlRosterStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSqlRosterStore::sqlStoreContract()
{
    exerciseContract(*m_store);
}

void TestSqlRosterStore::memoryStoreContract()
{
    MemoryRosterStore memory;
    exerciseContract(memory);
    memory.failWrites = true;
    QVERIFY(!memory.replaceAll(initialRoster(), u"x"_s));
    QVERIFY(memory.items().isEmpty());
}

void TestSqlRosterStore::reopenPersists()
{
    QVERIFY(m_store->replaceAll(initialRoster(), u"ver7"_s));
    QVERIFY(m_store->applyPush(item(u"tybalt@example.org"_s, u"Tybalt"_s, u"none"_s), false, u"ver8"_s));
    const QList<RosterItem> before = m_store->items();
    m_store.reset();
    m_db.reset();

    Database db(m_dir->path());
    QCOMPARE(db.open().status, Database::Status::Opened);
    SqlRosterStore store(db);
    QCOMPARE(store.version(), u"ver8"_s);
    QCOMPARE(store.items(), before);
}

void TestSqlRosterStore::failedPushLeavesItemsAndVersion()
{
    QVERIFY(m_store->replaceAll(initialRoster(), u"ver7"_s));
    const QList<RosterItem> before = m_store->items();
    // The version row is written first; the item then violates the subscription CHECK constraint, so the
    // transaction must roll the version back too.
    QVERIFY(!m_store->applyPush(item(u"romeo@example.net"_s, u"Romeo"_s, u"bogus"_s, { u"X"_s }), false, u"ver8"_s));
    QCOMPARE(m_store->version(), u"ver7"_s);
    QCOMPARE(m_store->items(), before);
    // A null JID is refused outright.
    QVERIFY(!m_store->applyPush(RosterItem(), false, u"ver9"_s));
    QCOMPARE(m_store->version(), u"ver7"_s);
    // The store still works afterwards.
    QVERIFY(m_store->applyPush(item(u"romeo@example.net"_s, u"Romeo"_s, u"to"_s), false, u"ver8"_s));
    QCOMPARE(m_store->version(), u"ver8"_s);
}

void TestSqlRosterStore::failedReplaceAllLeavesItemsAndVersion()
{
    QVERIFY(m_store->replaceAll(initialRoster(), u"ver7"_s));
    const QList<RosterItem> before = m_store->items();
    QList<RosterItem> replacement;
    for (int i = 0; i < 50; ++i) {
        replacement.append(item(u"new%1@example.org"_s.arg(i), QString(), u"both"_s, { u"G"_s }));
    }
    replacement.append(item(u"broken@example.org"_s, QString(), u"invalid"_s)); // fails after the delete + 50
    QVERIFY(!m_store->replaceAll(replacement, u"ver99"_s));
    QCOMPARE(m_store->version(), u"ver7"_s);
    QCOMPARE(m_store->items(), before);
}

void TestSqlRosterStore::removedItemTakesItsGroups()
{
    QVERIFY(m_store->replaceAll(initialRoster(), u"v1"_s));
    QVERIFY(m_store->applyPush(item(u"romeo@example.net"_s, QString(), u"remove"_s), true, u"v2"_s));
    QVERIFY(m_store->replaceAll({ item(u"juliet@example.com"_s, QString(), u"both"_s) }, u"v3"_s));
    QSqlQuery query(m_db->sql());
    QVERIFY(query.exec(u"SELECT count(*) FROM roster_group"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0); // ON DELETE CASCADE, no orphans
}

void TestSqlRosterStore::closedDatabaseRefusesWrites()
{
    QVERIFY(m_store->replaceAll(initialRoster(), u"v1"_s));
    m_db->close();
    QVERIFY(!m_store->applyPush(item(u"x@example.org"_s, QString(), u"none"_s), false, u"v2"_s));
    QVERIFY(!m_store->replaceAll({}, u"v2"_s));
    QCOMPARE(m_store->version(), QString());
    QVERIFY(m_store->items().isEmpty());
    QVERIFY(m_db->open().isOpen());
    QCOMPARE(m_store->version(), u"v1"_s);
    QCOMPARE(m_store->items().size(), 3);
}

void TestSqlRosterStore::largeRoster()
{
    QList<RosterItem> roster;
    for (int i = 0; i < 5000; ++i) {
        roster.append(item(u"contact%1@example.org"_s.arg(i, 5, 10, QChar(u'0')), u"Contact %1"_s.arg(i),
            i % 2 ? u"both"_s : u"to"_s, { u"Group %1"_s.arg(i % 10), u"Team %1"_s.arg(i % 3) }));
    }
    QVERIFY(m_store->replaceAll(roster, u"big"_s));
    const QList<RosterItem> read = m_store->items();
    QCOMPARE(read.size(), roster.size());
    QCOMPARE(read, roster); // already in JID order
    QCOMPARE(m_store->version(), u"big"_s);
    // Replacing a large roster with another works in the same way.
    roster.removeLast();
    QVERIFY(m_store->replaceAll(roster, u"big2"_s));
    QCOMPARE(m_store->items().size(), 4999);
}

QTEST_GUILESS_MAIN(TestSqlRosterStore)
#include "tst_sqlrosterstore.moc"
