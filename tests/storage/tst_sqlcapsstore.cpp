// SqlCapsStore: disco#info per verified hash with indexed features, announcements per entity (XEP-0115).

#include "TestJid.h"
#include "XmlCompare.h"
#include "storage/Database.h"
#include "storage/MemoryCapsStore.h"
#include "storage/SqlCapsStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::jid;

namespace {

// The XEP-0115 §5.3 complex example, including a data form extension and xml:lang on identities.
Element complexInfo()
{
    return test::parseFragment(
        "<query xmlns='http://jabber.org/protocol/disco#info' node='http://psi-im.org#q07IKJEyjvHSyhy//CH0CxmKi8w='>"
        "<identity xml:lang='en' category='client' name='Psi 0.11' type='pc'/>"
        "<identity xml:lang='el' category='client' name='Ψ 0.11' type='pc'/>"
        "<feature var='http://jabber.org/protocol/caps'/>"
        "<feature var='http://jabber.org/protocol/disco#info'/>"
        "<feature var='http://jabber.org/protocol/disco#items'/>"
        "<feature var='http://jabber.org/protocol/muc'/>"
        "<x xmlns='jabber:x:data' type='result'>"
        "<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:dataforms:softwareinfo</value></field>"
        "<field var='os'><value>Mac</value></field>"
        "</x></query>");
}

Element simpleInfo(const QStringList &features)
{
    Element query(u"query"_s, u"http://jabber.org/protocol/disco#info"_s);
    Element identity(u"identity"_s, u"http://jabber.org/protocol/disco#info"_s);
    identity.setAttribute(u"category"_s, u"client"_s);
    identity.setAttribute(u"type"_s, u"pc"_s);
    query.appendChild(identity);
    for (const QString &var : features) {
        Element feature(u"feature"_s, u"http://jabber.org/protocol/disco#info"_s);
        feature.setAttribute(u"var"_s, var);
        query.appendChild(feature);
    }
    return query;
}

const QString sha1 = u"sha-1"_s;
const QString psiVer = u"q07IKJEyjvHSyhy//CH0CxmKi8w="_s;

} // namespace

class TestSqlCapsStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void discoInfoRoundTrip();
    void storingAgainReplacesFeatures();
    void featureQueries();
    void featureQueryUsesIndex();
    void announcements();
    void sameContractAsMemoryStore();
    void reopenPersists();
    void closedDatabaseIsMiss();
    void announcementsAreBounded();
    void infosAreBoundedKeepingWhatIsUsed();
    void batchOfAnnouncements();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlCapsStore> m_store;
};

void TestSqlCapsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->path());
    QVERIFY(m_db->open().isOpen());
    m_store = std::make_unique<SqlCapsStore>(*m_db);
}

void TestSqlCapsStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSqlCapsStore::discoInfoRoundTrip()
{
    QVERIFY(m_store->discoInfo(sha1, psiVer).isNull());
    const Element info = complexInfo();
    QVERIFY(!info.isNull());
    m_store->storeDiscoInfo(sha1, psiVer, info);
    const Element read = m_store->discoInfo(sha1, psiVer);
    QCOMPARE(test::normalize(read), test::normalize(info));
    QVERIFY(read == info);
    QCOMPARE(read.children(u"identity", u"http://jabber.org/protocol/disco#info").at(1).lang(), u"el"_s);
    // Keyed by hash AND ver.
    QVERIFY(m_store->discoInfo(u"sha-256"_s, psiVer).isNull());
    QVERIFY(m_store->discoInfo(sha1, u"other"_s).isNull());
}

void TestSqlCapsStore::storingAgainReplacesFeatures()
{
    m_store->storeDiscoInfo(sha1, u"v1"_s, simpleInfo({ u"urn:a"_s, u"urn:b"_s }));
    m_store->storeDiscoInfo(sha1, u"v1"_s, simpleInfo({ u"urn:b"_s, u"urn:c"_s }));
    QVERIFY(m_store->hashesWithFeature(u"urn:a"_s).isEmpty());
    QCOMPARE(m_store->hashesWithFeature(u"urn:c"_s).size(), 1);
    QVERIFY(m_store->discoInfo(sha1, u"v1"_s) == simpleInfo({ u"urn:b"_s, u"urn:c"_s }));
    // Duplicate features do not break the store.
    m_store->storeDiscoInfo(sha1, u"v2"_s, simpleInfo({ u"urn:d"_s, u"urn:d"_s }));
    QCOMPARE(m_store->hashesWithFeature(u"urn:d"_s).size(), 1);
}

void TestSqlCapsStore::featureQueries()
{
    m_store->storeDiscoInfo(sha1, u"aaa"_s, simpleInfo({ u"urn:xmpp:receipts"_s, u"urn:xmpp:ping"_s }));
    m_store->storeDiscoInfo(sha1, u"bbb"_s, simpleInfo({ u"urn:xmpp:ping"_s }));
    m_store->storeDiscoInfo(u"sha-256"_s, u"ccc"_s, simpleInfo({ u"urn:xmpp:receipts"_s }));

    const QList<QPair<QString, QString>> receipts = m_store->hashesWithFeature(u"urn:xmpp:receipts"_s);
    const QList<QPair<QString, QString>> expected { { sha1, u"aaa"_s }, { u"sha-256"_s, u"ccc"_s } };
    QCOMPARE(receipts, expected);
    QVERIFY(m_store->hashesWithFeature(u"urn:unknown"_s).isEmpty());

    m_store->storeAnnouncement(jid(u"romeo@montague.example/orchard"_s), { sha1, u"n"_s, u"aaa"_s });
    m_store->storeAnnouncement(jid(u"juliet@capulet.example/balcony"_s), { sha1, u"n"_s, u"bbb"_s });
    m_store->storeAnnouncement(jid(u"nurse@capulet.example/kitchen"_s), { sha1, u"n"_s, u"unknown-ver"_s });
    const QList<Jid> ping = m_store->entitiesWithFeature(u"urn:xmpp:ping"_s);
    QCOMPARE(ping, (QList<Jid> { jid(u"juliet@capulet.example/balcony"_s), jid(u"romeo@montague.example/orchard"_s) }));
    QCOMPARE(
        m_store->entitiesWithFeature(u"urn:xmpp:receipts"_s), QList<Jid> { jid(u"romeo@montague.example/orchard"_s) });
}

void TestSqlCapsStore::featureQueryUsesIndex()
{
    QSqlQuery query(m_db->sql());
    QVERIFY(query.exec(u"EXPLAIN QUERY PLAN SELECT hash, ver FROM caps_feature WHERE feature = 'x'"_s));
    QString plan;
    while (query.next()) {
        plan += query.value(3).toString() + u'\n';
    }
    QVERIFY2(plan.contains("caps_feature_by_feature"_L1), qPrintable(plan));
}

void TestSqlCapsStore::announcements()
{
    const Jid romeo = jid(u"romeo@montague.example/orchard"_s);
    QVERIFY(!m_store->announcement(romeo).has_value());
    const CapsAnnouncement caps { sha1, u"http://psi-im.org"_s, psiVer };
    m_store->storeAnnouncement(romeo, caps);
    QCOMPARE(m_store->announcement(romeo), std::optional<CapsAnnouncement>(caps));
    // Other resources and the bare JID are different entities.
    QVERIFY(!m_store->announcement(romeo.bare()).has_value());
    QVERIFY(!m_store->announcement(jid(u"romeo@montague.example/home"_s)).has_value());
    // A new announcement replaces the old one.
    const CapsAnnouncement updated { sha1, u"http://psi-im.org"_s, u"newver="_s };
    m_store->storeAnnouncement(romeo, updated);
    QCOMPARE(m_store->announcement(romeo), std::optional<CapsAnnouncement>(updated));
    // A server domain is an entity too.
    m_store->storeAnnouncement(jid(u"montague.example"_s), { sha1, u"http://prosody.im"_s, u"srv="_s });
    QCOMPARE(m_store->announcement(jid(u"montague.example"_s))->node, u"http://prosody.im"_s);
}

void TestSqlCapsStore::sameContractAsMemoryStore()
{
    MemoryCapsStore memory;
    const Jid entity = jid(u"a@b.example/c"_s);
    for (CapsStore *store : { static_cast<CapsStore *>(m_store.get()), static_cast<CapsStore *>(&memory) }) {
        store->storeDiscoInfo(sha1, psiVer, complexInfo());
        store->storeAnnouncement(entity, { sha1, u"node"_s, psiVer });
    }
    QVERIFY(m_store->discoInfo(sha1, psiVer) == memory.discoInfo(sha1, psiVer));
    QCOMPARE(m_store->announcement(entity), memory.announcement(entity));
    QCOMPARE(m_store->announcement(jid(u"x@y.example"_s)), memory.announcement(jid(u"x@y.example"_s)));
    QCOMPARE(memory.discoInfoReads, 1);
}

void TestSqlCapsStore::reopenPersists()
{
    m_store->storeDiscoInfo(sha1, psiVer, complexInfo());
    m_store->storeAnnouncement(jid(u"a@b.example/c"_s), { sha1, u"node"_s, psiVer });
    m_store.reset();
    m_db.reset();
    Database db(m_dir->path());
    QVERIFY(db.open().isOpen());
    SqlCapsStore store(db);
    QVERIFY(store.discoInfo(sha1, psiVer) == complexInfo());
    QCOMPARE(store.announcement(jid(u"a@b.example/c"_s))->ver, psiVer);
    QCOMPARE(store.hashesWithFeature(u"http://jabber.org/protocol/muc"_s).size(), 1);
}

void TestSqlCapsStore::closedDatabaseIsMiss()
{
    m_store->storeDiscoInfo(sha1, psiVer, complexInfo());
    m_db->close();
    QVERIFY(m_store->discoInfo(sha1, psiVer).isNull());
    QVERIFY(!m_store->announcement(jid(u"a@b.example"_s)).has_value());
    QVERIFY(m_store->hashesWithFeature(u"http://jabber.org/protocol/muc"_s).isEmpty());
    m_store->storeDiscoInfo(sha1, u"x"_s, complexInfo()); // no crash
    m_store->storeAnnouncement(jid(u"a@b.example"_s), { sha1, u"n"_s, u"x"_s });
}

void TestSqlCapsStore::announcementsAreBounded()
{
    // Issue 11: a row per announcing resource, forever. Now the least recently updated go beyond the bound
    // (checked every entities / 8 writes, so the table exceeds it by at most that much).
    m_store->setLimits({ 2000, 800 });
    for (int i = 0; i < 5000; ++i) {
        m_store->storeAnnouncement(jid(u"c%1@example.net/r"_s.arg(i)), { sha1, u"n"_s, u"v"_s });
        QVERIFY2(m_store->entityCount() <= 800 + 800 / 8, qPrintable(QString::number(i)));
    }
    QVERIFY(m_store->announcement(jid(u"c4999@example.net/r"_s)));
    QVERIFY(!m_store->announcement(jid(u"c0@example.net/r"_s)));
}

void TestSqlCapsStore::infosAreBoundedKeepingWhatIsUsed()
{
    // Results nobody announces go first; the ones contacts' announcements refer to stay.
    m_store->setLimits({ 10, 1000 });
    m_store->storeAnnouncement(jid(u"romeo@example.net/a"_s), { sha1, u"n"_s, u"used0"_s });
    m_store->storeAnnouncement(jid(u"juliet@example.net/b"_s), { sha1, u"n"_s, u"used1"_s });
    m_store->storeDiscoInfo(sha1, u"used0"_s, simpleInfo({ u"urn:used:0"_s }));
    m_store->storeDiscoInfo(sha1, u"used1"_s, simpleInfo({ u"urn:used:1"_s }));
    for (int i = 0; i < 100; ++i) {
        m_store->storeDiscoInfo(sha1, u"unused%1"_s.arg(i), simpleInfo({ u"urn:x:%1"_s.arg(i) }));
        QVERIFY(m_store->infoCount() <= 10);
    }
    QVERIFY(!m_store->discoInfo(sha1, u"used0"_s).isNull());
    QVERIFY(!m_store->discoInfo(sha1, u"used1"_s).isNull());
    QCOMPARE(m_store->hashesWithFeature(u"urn:used:1"_s).size(), 1);
    // Their features went with the pruned rows (ON DELETE CASCADE).
    QSqlQuery features(m_db->sql());
    QVERIFY(features.exec(u"SELECT COUNT(*) FROM caps_feature"_s) && features.next());
    QVERIFY(features.value(0).toInt() <= 10);
    // When everything is in use, the result whose announcement is the oldest goes.
    m_store->setLimits({ 1, 1000 });
    QTest::qWait(5); // a later 'updated' stamp
    m_store->storeAnnouncement(jid(u"juliet@example.net/b"_s), { sha1, u"n"_s, u"used1"_s });
    m_store->storeDiscoInfo(sha1, u"used1"_s, simpleInfo({ u"urn:used:1"_s }));
    QCOMPARE(m_store->infoCount(), 1);
    QVERIFY(!m_store->discoInfo(sha1, u"used1"_s).isNull());
}

void TestSqlCapsStore::batchOfAnnouncements()
{
    QList<std::pair<Jid, CapsAnnouncement>> batch;
    for (int i = 0; i < 100; ++i) {
        batch.append({ jid(u"c%1@example.net/r"_s.arg(i)), { sha1, u"n"_s, u"v%1"_s.arg(i) } });
    }
    m_store->storeAnnouncements(batch);
    QCOMPARE(m_store->entityCount(), 100);
    QCOMPARE(m_store->announcement(jid(u"c42@example.net/r"_s))->ver, u"v42"_s);
}

QTEST_GUILESS_MAIN(TestSqlCapsStore)
#include "tst_sqlcapsstore.moc"
