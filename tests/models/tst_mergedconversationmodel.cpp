// MergedConversationModel over two accounts' ConversationListModels: rows of each in account order with the
// account role, every change of a source (insertion, move to its top, data, removal) passed on at the shifted
// rows; ConversationFilterProxyModel on top: newest first across accounts, a search text.
#include "TestJid.h"
#include "models/ConversationListModel.h"
#include "models/MergedConversationModel.h"
#include "storage/MemoryHistoryStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime epoch = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const Jid Me = jid("me@example.com");
const Jid Other = jid("me@example.net");

StoredMessage message(const QString &peer, int second, const QString &body)
{
    StoredMessage m;
    m.conversation = jid(peer);
    m.direction = MessageDirection::Incoming;
    m.from = jid(peer + u"/phone"_s);
    m.to = jid(u"me@example.com/balcony"_s);
    m.body = body;
    m.sentTime = epoch.addSecs(second);
    m.receivedTime = m.sentTime;
    return m;
}

QStringList jids(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row) {
        list.append(model.index(row, 0).data(ConversationListModel::JidStringRole).toString());
    }
    return list;
}

} // namespace

class TestMergedConversationModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void rowsOfEachAccountInOrder();
    void sourceChangesArePassedOnShifted();
    void filterProxyIsNewestFirstAndSearches();
    void removingAnAccountRemovesItsRows();

private:
    void store(MemoryHistoryStore &history, ConversationListModel &model, const StoredMessage &m);

    MemoryHistoryStore m_meHistory;
    MemoryHistoryStore m_otherHistory;
    std::unique_ptr<ConversationListModel> m_me;
    std::unique_ptr<ConversationListModel> m_other;
    std::unique_ptr<MergedConversationModel> m_merged;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMergedConversationModel::store(
    MemoryHistoryStore &history, ConversationListModel &model, const StoredMessage &m)
{
    StoredMessage stored = m;
    stored.id = history.insert(m);
    model.messageStored(stored);
}

void TestMergedConversationModel::init()
{
    m_meHistory = MemoryHistoryStore();
    m_otherHistory = MemoryHistoryStore();
    m_meHistory.insert(message(u"romeo@montague.lit"_s, 10, u"a"_s));
    m_meHistory.insert(message(u"juliet@capulet.lit"_s, 30, u"b"_s));
    m_otherHistory.insert(message(u"tybalt@capulet.lit"_s, 20, u"c"_s));
    m_me = std::make_unique<ConversationListModel>(m_meHistory);
    m_other = std::make_unique<ConversationListModel>(m_otherHistory);
    m_merged = std::make_unique<MergedConversationModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_merged.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_merged->addAccount(Me, m_me.get());
    m_merged->addAccount(Other, m_other.get());
}

void TestMergedConversationModel::cleanup()
{
    m_tester.reset();
    m_merged.reset();
    m_other.reset();
    m_me.reset();
}

void TestMergedConversationModel::rowsOfEachAccountInOrder()
{
    QCOMPARE(
        jids(*m_merged), QStringList({ u"juliet@capulet.lit"_s, u"romeo@montague.lit"_s, u"tybalt@capulet.lit"_s }));
    QCOMPARE(m_merged->index(1, 0).data(MergedConversationModel::AccountRole).value<Jid>(), Me);
    QCOMPARE(m_merged->index(2, 0).data(MergedConversationModel::AccountRole).value<Jid>(), Other);
    QCOMPARE(m_merged->totalUnread(), 3);
    // The same account or model twice is ignored.
    m_merged->addAccount(Me, m_other.get());
    QCOMPARE(m_merged->rowCount(), 3);
}

void TestMergedConversationModel::sourceChangesArePassedOnShifted()
{
    QSignalSpy moved(m_merged.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(m_merged.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_merged.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy unread(m_merged.get(), &MergedConversationModel::totalUnreadChanged);

    // A new message for Romeo moves his row to the top of the first account's rows.
    store(m_meHistory, *m_me, message(u"romeo@montague.lit"_s, 40, u"d"_s));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().at(1).toInt(), 1); // from row 1
    QCOMPARE(moved.first().at(4).toInt(), 0); // to the top
    QCOMPARE(
        jids(*m_merged), QStringList({ u"romeo@montague.lit"_s, u"juliet@capulet.lit"_s, u"tybalt@capulet.lit"_s }));
    QCOMPARE(m_merged->index(0, 0).data(ConversationListModel::LastBodyRole).toString(), u"d"_s);
    QVERIFY(!unread.isEmpty());
    QCOMPARE(unread.last().first().toInt(), 4);

    // A new conversation in the second account is inserted after the first account's rows.
    store(m_otherHistory, *m_other, message(u"paris@verona.lit"_s, 50, u"e"_s));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(jids(*m_merged).at(2), u"paris@verona.lit"_s);

    // A data change in the second account arrives at its shifted row.
    changed.clear();
    m_otherHistory.markRead(m_otherHistory.page(jid("tybalt@capulet.lit"), 1).first().id);
    m_other->conversationRead(jid("tybalt@capulet.lit"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 3);
    QCOMPARE(m_merged->index(3, 0).data(ConversationListModel::UnreadCountRole).toInt(), 0);
}

void TestMergedConversationModel::filterProxyIsNewestFirstAndSearches()
{
    ConversationFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_merged.get());
    QCOMPARE(jids(proxy), QStringList({ u"juliet@capulet.lit"_s, u"tybalt@capulet.lit"_s, u"romeo@montague.lit"_s }));
    store(m_meHistory, *m_me, message(u"romeo@montague.lit"_s, 40, u"d"_s));
    QCOMPARE(jids(proxy), QStringList({ u"romeo@montague.lit"_s, u"juliet@capulet.lit"_s, u"tybalt@capulet.lit"_s }));
    proxy.setFilterText(u"  CAPULET "_s);
    QCOMPARE(jids(proxy), QStringList({ u"juliet@capulet.lit"_s, u"tybalt@capulet.lit"_s }));
    proxy.setFilterText(u"juliet"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestMergedConversationModel::removingAnAccountRemovesItsRows()
{
    QSignalSpy removed(m_merged.get(), &QAbstractItemModel::rowsRemoved);
    m_merged->removeAccount(Me);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 1);
    QCOMPARE(jids(*m_merged), QStringList({ u"tybalt@capulet.lit"_s }));
    QCOMPARE(m_merged->totalUnread(), 1);
    // The removed account's changes no longer arrive.
    QSignalSpy inserted(m_merged.get(), &QAbstractItemModel::rowsInserted);
    store(m_meHistory, *m_me, message(u"paris@verona.lit"_s, 50, u"e"_s));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_merged->rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestMergedConversationModel)
#include "tst_mergedconversationmodel.moc"
