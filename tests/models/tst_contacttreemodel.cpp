// ContactTreeModel over RosterModels: account / group / contact rows, data changes passed on per row,
// regrouping and re-sorting as one layout change that keeps persistent indexes on their nodes.
#include "TestJid.h"
#include "models/ContactTreeModel.h"
#include "models/RosterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

RosterItem item(const QString &jid, const QString &name, const QStringList &groups)
{
    RosterItem item;
    item.jid = balcony::test::jid(jid);
    item.name = name;
    item.groups = groups;
    item.subscription = u"both"_s;
    return item;
}

RosterModel::PresenceUpdate online(const QString &jid, Presence::Show show, const QString &status = QString())
{
    RosterModel::ContactPresence presence;
    presence.availability = PresenceManager::availabilityOf(show);
    presence.show = show;
    presence.status = status;
    presence.bestResource = balcony::test::jid(jid + u"/a"_s);
    presence.resourceCount = 1;
    return { balcony::test::jid(jid), presence };
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        names.append(model.index(row, 0, parent).data().toString());
    }
    return names;
}

const Jid Me = jid("me@example.com");
const Jid Other = jid("me@example.net");

} // namespace

class TestContactTreeModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void oneAccountShowsGroupsAtTheTop();
    void severalAccountsGetABranchEach();
    void presenceTextIsOneDataChangePerRow();
    void availabilityResortsInOneLayoutChange();
    void groupChangeRegroupsAfterTheEvent();
    void filterAndHideOffline();
    void removingAnAccountResets();

private:
    std::unique_ptr<RosterModel> m_me;
    std::unique_ptr<RosterModel> m_other;
    std::unique_ptr<ContactTreeModel> m_tree;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestContactTreeModel::init()
{
    m_me = std::make_unique<RosterModel>();
    m_me->setItems({ item(u"romeo@montague.lit"_s, u"Romeo"_s, { u"Friends"_s }),
        item(u"juliet@capulet.lit"_s, u"Juliet"_s, { u"Friends"_s, u"Family"_s }),
        item(u"nurse@capulet.lit"_s, QString(), {}) });
    m_other = std::make_unique<RosterModel>();
    m_other->setItems({ item(u"tybalt@capulet.lit"_s, u"Tybalt"_s, { u"Rivals"_s }) });
    m_tree = std::make_unique<ContactTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_tree.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestContactTreeModel::cleanup()
{
    m_tester.reset();
    m_tree.reset();
    m_other.reset();
    m_me.reset();
}

void TestContactTreeModel::oneAccountShowsGroupsAtTheTop()
{
    m_tree->addAccount(Me, u"Work"_s, m_me.get());
    QCOMPARE(childNames(*m_tree, {}), QStringList({ u"Family"_s, u"Friends"_s, ContactTreeModel::noGroupName() }));
    const QModelIndex friends = m_tree->index(1, 0);
    QCOMPARE(ContactTreeModel::Kind(friends.data(ContactTreeModel::KindRole).toInt()), ContactTreeModel::Kind::Group);
    QCOMPARE(childNames(*m_tree, friends), QStringList({ u"Juliet"_s, u"Romeo"_s }));
    QCOMPARE(friends.data(ContactTreeModel::TotalCountRole).toInt(), 2);
    QCOMPARE(friends.data(ContactTreeModel::AvailableCountRole).toInt(), 0);
    QCOMPARE(m_tree->contactRowCount(), 4);
    // Contact rows answer RosterModel's roles.
    const QModelIndex juliet = m_tree->index(0, 0, friends);
    QCOMPARE(juliet.data(RosterModel::JidRole).value<Jid>(), jid("juliet@capulet.lit"));
    QCOMPARE(juliet.data(ContactTreeModel::AccountRole).value<Jid>(), Me);
    QCOMPARE(juliet.data(ContactTreeModel::GroupRole).toString(), u"Friends"_s);
    // indexOf finds the first row of a contact in several groups.
    QCOMPARE(m_tree->indexOf(Me, jid("juliet@capulet.lit")).parent().data().toString(), u"Family"_s);
    QVERIFY(!m_tree->indexOf(Other, jid("juliet@capulet.lit")).isValid());
}

void TestContactTreeModel::severalAccountsGetABranchEach()
{
    m_tree->addAccount(Me, u"Work"_s, m_me.get());
    m_tree->addAccount(Other, QString(), m_other.get());
    QCOMPARE(childNames(*m_tree, {}), QStringList({ u"Work"_s, u"me@example.net"_s }));
    const QModelIndex other = m_tree->index(1, 0);
    QCOMPARE(ContactTreeModel::Kind(other.data(ContactTreeModel::KindRole).toInt()), ContactTreeModel::Kind::Account);
    QCOMPARE(childNames(*m_tree, other), QStringList({ u"Rivals"_s }));
    QCOMPARE(other.data(ContactTreeModel::TotalCountRole).toInt(), 1);
    QCOMPARE(m_tree->accounts(), QList<Jid>({ Me, Other }));
    m_tree->setAccountLabel(Other, u"Home"_s);
    QCOMPARE(other.data().toString(), u"Home"_s);
}

void TestContactTreeModel::presenceTextIsOneDataChangePerRow()
{
    m_tree->addAccount(Me, QString(), m_me.get());
    m_me->applyPresences({ online(u"juliet@capulet.lit"_s, Presence::Show::None, u"On the balcony"_s) });
    QTest::qWait(0);
    m_tree->rebuildNow();
    QSignalSpy changed(m_tree.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy layout(m_tree.get(), &QAbstractItemModel::layoutChanged);
    // Same availability, other status text: Juliet's two rows change, nothing moves.
    m_me->applyPresences({ online(u"juliet@capulet.lit"_s, Presence::Show::None, u"Asleep"_s) });
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().data(RosterModel::StatusTextRole).toString(), u"Asleep"_s);
    QTest::qWait(0);
    QCOMPARE(layout.size(), 0);
}

void TestContactTreeModel::availabilityResortsInOneLayoutChange()
{
    m_tree->addAccount(Me, QString(), m_me.get());
    const QModelIndex friends = m_tree->index(1, 0);
    const QPersistentModelIndex romeo = m_tree->index(1, 0, friends);
    QCOMPARE(romeo.data().toString(), u"Romeo"_s);
    QSignalSpy layout(m_tree.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(m_tree.get(), &QAbstractItemModel::dataChanged);
    m_me->applyPresences({ online(u"romeo@montague.lit"_s, Presence::Show::Chat) });
    QTRY_COMPARE(layout.size(), 1);
    // Available first; the persistent index moved with Romeo; the group counts him.
    QCOMPARE(childNames(*m_tree, friends), QStringList({ u"Romeo"_s, u"Juliet"_s }));
    QCOMPARE(romeo.row(), 0);
    QCOMPARE(romeo.data().toString(), u"Romeo"_s);
    QCOMPARE(friends.data(ContactTreeModel::AvailableCountRole).toInt(), 1);
    // By name only: one more layout change, Juliet first again, counts unchanged.
    m_tree->setSortByAvailability(false);
    QCOMPARE(layout.size(), 2);
    QCOMPARE(childNames(*m_tree, friends), QStringList({ u"Juliet"_s, u"Romeo"_s }));
    QCOMPARE(romeo.row(), 1);
}

void TestContactTreeModel::groupChangeRegroupsAfterTheEvent()
{
    m_tree->addAccount(Me, QString(), m_me.get());
    const QPersistentModelIndex nurse = m_tree->indexOf(Me, jid("nurse@capulet.lit"));
    QVERIFY(nurse.isValid());
    QSignalSpy layout(m_tree.get(), &QAbstractItemModel::layoutChanged);
    m_me->updateItem(item(u"nurse@capulet.lit"_s, u"Nurse"_s, { u"Family"_s }));
    // Coalesced to the next event-loop turn (a presence burst regroups once).
    QCOMPARE(layout.size(), 0);
    QTRY_COMPARE(layout.size(), 1);
    QCOMPARE(childNames(*m_tree, {}), QStringList({ u"Family"_s, u"Friends"_s }));
    QCOMPARE(childNames(*m_tree, m_tree->index(0, 0)), QStringList({ u"Juliet"_s, u"Nurse"_s }));
    // The row under "Contacts" is gone (it is another node: the group is part of the identity).
    QVERIFY(!nurse.isValid());
}

void TestContactTreeModel::filterAndHideOffline()
{
    m_tree->addAccount(Me, QString(), m_me.get());
    m_tree->addAccount(Other, QString(), m_other.get());
    m_tree->setFilterText(u"capulet"_s);
    QCOMPARE(m_tree->contactRowCount(), 4); // Juliet twice, the nurse, Tybalt
    m_tree->setFilterText(u"rom"_s);
    QCOMPARE(m_tree->contactRowCount(), 1);
    // The other account has nothing left: its branch goes, the first one has only "Friends".
    QCOMPARE(m_tree->rowCount(), 1);
    QCOMPARE(childNames(*m_tree, m_tree->index(0, 0)), QStringList({ u"Friends"_s }));
    m_tree->setFilterText(QString());
    m_me->applyPresences({ online(u"juliet@capulet.lit"_s, Presence::Show::Away) });
    m_tree->setHideOffline(true);
    QCOMPARE(m_tree->contactRowCount(), 2);
    // Without a search, an account whose contacts are all hidden keeps its (empty) row.
    QCOMPARE(m_tree->rowCount(), 2);
    QCOMPARE(childNames(*m_tree, m_tree->index(0, 0)), QStringList({ u"Family"_s, u"Friends"_s }));
    QCOMPARE(m_tree->rowCount(m_tree->index(1, 0)), 0);
    // Unread messages keep an offline contact visible (RosterFilterProxyModel's rule).
    m_other->setUnreadCount(jid("tybalt@capulet.lit"), 2);
    QTRY_COMPARE(m_tree->rowCount(m_tree->index(1, 0)), 1);
}

void TestContactTreeModel::removingAnAccountResets()
{
    m_tree->addAccount(Me, QString(), m_me.get());
    m_tree->addAccount(Other, QString(), m_other.get());
    QSignalSpy reset(m_tree.get(), &QAbstractItemModel::modelReset);
    m_tree->removeAccount(Me);
    QCOMPARE(reset.size(), 1);
    // One account left: its groups at the top again.
    QCOMPARE(childNames(*m_tree, {}), QStringList({ u"Rivals"_s }));
    QCOMPARE(m_tree->contactRowCount(), 1);
    // The removed roster's changes no longer reach the tree.
    QSignalSpy changed(m_tree.get(), &QAbstractItemModel::dataChanged);
    m_me->applyPresences({ online(u"romeo@montague.lit"_s, Presence::Show::Chat) });
    QTest::qWait(0);
    QCOMPARE(changed.size(), 0);
}

QTEST_GUILESS_MAIN(TestContactTreeModel)
#include "tst_contacttreemodel.moc"
