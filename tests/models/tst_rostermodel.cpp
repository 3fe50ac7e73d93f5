// RosterModel: one insertion for the first load, diffs for later results, one row per push, presence
// bursts in a bounded number of dataChanged() ranges, unread counts; directly and through the roster and
// presence modules on the scripted server. Every test runs under QAbstractItemModelTester.
#include "ScriptedSession.h"
#include "TestJid.h"
#include "im/PresenceManager.h"
#include "im/RosterManager.h"
#include "models/RosterModel.h"
#include "storage/MemoryRosterStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

RosterItem item(const QString &bare, const QString &name = {}, const QStringList &groups = {},
    const QString &subscription = u"both"_s)
{
    RosterItem i;
    i.jid = jid(bare);
    i.name = name;
    i.groups = groups;
    i.subscription = subscription;
    return i;
}

QList<RosterItem> contacts(int count)
{
    QList<RosterItem> items;
    for (int i = 0; i < count; ++i) {
        items.append(item(u"c%1@example.com"_s.arg(i, 5, 10, QLatin1Char('0')), u"Contact %1"_s.arg(i)));
    }
    return items;
}

RosterModel::ContactPresence online(
    const Jid &bare, Presence::Show show = Presence::Show::None, const QString &status = {})
{
    RosterModel::ContactPresence p;
    p.availability = PresenceManager::availabilityOf(show);
    p.show = show;
    p.status = status;
    p.bestResource = bare.withResource(u"phone"_s);
    p.resourceCount = 1;
    return p;
}

// Every structural and data signal of a model, recorded.
struct Signals {
    explicit Signals(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , layout(model, &QAbstractItemModel::layoutChanged)
        , reset(model, &QAbstractItemModel::modelReset)
    {
    }
    int total() const
    {
        return int(inserted.size() + removed.size() + moved.size() + changed.size() + layout.size() + reset.size());
    }
    QSignalSpy inserted, removed, moved, changed, layout, reset;
};

} // namespace

class TestRosterModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void firstLoadIsOneInsertion();
    void laterResultIsDiffed();
    void pushChangesOneRow();
    void unchangedItemIsSilent();
    void removalRemovesOneRow();
    void displayNameFallsBackToLocalPart();
    void contiguousPresenceIsOneRange();
    void presenceBurstIsBounded();
    void unchangedPresenceIsSilent();
    void presenceOfStrangerKeptUntilAdded();
    void unreadCounts();
    void groups();
    void throughRosterAndPresenceModules();
    void manyResourcesOfOneContact();
    void scatteredRemovalIsOneRange();
    void strangerFloodStaysBounded();

private:
    std::unique_ptr<RosterModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRosterModel::init()
{
    m_model = std::make_unique<RosterModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestRosterModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestRosterModel::firstLoadIsOneInsertion()
{
    Signals s(m_model.get());
    m_model->setItems(contacts(100));
    QCOMPARE(s.total(), 1);
    QCOMPARE(s.inserted.size(), 1);
    QCOMPARE(s.inserted.first().at(1).toInt(), 0);
    QCOMPARE(s.inserted.first().at(2).toInt(), 99);
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(m_model->rowOf(jid(u"c00042@example.com"_s)), 42);
    const QModelIndex i = m_model->index(42);
    QCOMPARE(i.data().toString(), u"Contact 42"_s);
    QCOMPARE(i.data(RosterModel::JidRole).value<Jid>(), jid(u"c00042@example.com"_s));
    QCOMPARE(i.data(RosterModel::SubscriptionRole).toString(), u"both"_s);
    QCOMPARE(i.data(RosterModel::AvailabilityRole).toInt(), int(PresenceManager::Availability::Offline));
}

void TestRosterModel::laterResultIsDiffed()
{
    m_model->setItems({ item(u"a@x.org"_s, u"A"_s), item(u"b@x.org"_s, u"B"_s), item(u"c@x.org"_s, u"C"_s),
        item(u"d@x.org"_s, u"D"_s) });
    Signals s(m_model.get());
    // b and c leave, d is renamed, e arrives.
    m_model->setItems({ item(u"a@x.org"_s, u"A"_s), item(u"d@x.org"_s, u"Dee"_s), item(u"e@x.org"_s, u"E"_s) });
    QCOMPARE(s.reset.size(), 0);
    QCOMPARE(s.removed.size(), 1); // b and c are contiguous
    QCOMPARE(s.removed.first().at(1).toInt(), 1);
    QCOMPARE(s.removed.first().at(2).toInt(), 2);
    QCOMPARE(s.changed.size(), 1);
    QCOMPARE(s.changed.first().at(0).value<QModelIndex>().row(), 1); // d, now row 1
    QCOMPARE(s.changed.first().at(1).value<QModelIndex>().row(), 1);
    QCOMPARE(s.changed.first().at(2).value<QList<int>>(), (QList<int> { Qt::DisplayRole, RosterModel::NameRole }));
    QCOMPARE(s.inserted.size(), 1);
    QCOMPARE(s.inserted.first().at(1).toInt(), 2);
    QCOMPARE(s.inserted.first().at(2).toInt(), 2);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(jid(u"d@x.org"_s)), 1);
    QCOMPARE(m_model->rowOf(jid(u"e@x.org"_s)), 2);
    QCOMPARE(m_model->rowOf(jid(u"b@x.org"_s)), -1);
    QCOMPARE(m_model->index(1).data().toString(), u"Dee"_s);
}

void TestRosterModel::pushChangesOneRow()
{
    m_model->setItems(contacts(10));
    Signals s(m_model.get());
    RosterItem changed = item(u"c00004@example.com"_s, u"Contact 4"_s, { u"Work"_s }, u"to"_s);
    changed.askSubscribe = true;
    m_model->updateItem(changed);
    QCOMPARE(s.total(), 1);
    QCOMPARE(s.changed.first().at(0).value<QModelIndex>().row(), 4);
    QCOMPARE(s.changed.first().at(1).value<QModelIndex>().row(), 4);
    QCOMPARE(s.changed.first().at(2).value<QList<int>>(),
        (QList<int> { RosterModel::GroupsRole, RosterModel::SubscriptionRole, RosterModel::AskSubscribeRole }));
    QCOMPARE(m_model->index(4).data(RosterModel::GroupsRole).toStringList(), QStringList { u"Work"_s });
    QVERIFY(m_model->index(4).data(RosterModel::AskSubscribeRole).toBool());

    // A push for a new contact appends one row.
    m_model->updateItem(item(u"new@example.com"_s));
    QCOMPARE(s.inserted.size(), 1);
    QCOMPARE(s.inserted.first().at(1).toInt(), 10);
    QCOMPARE(s.inserted.first().at(2).toInt(), 10);
}

void TestRosterModel::unchangedItemIsSilent()
{
    m_model->setItems(contacts(5));
    Signals s(m_model.get());
    m_model->updateItem(contacts(5).at(2));
    m_model->setItems(contacts(5));
    QCOMPARE(s.total(), 0);
}

void TestRosterModel::removalRemovesOneRow()
{
    m_model->setItems(contacts(5));
    Signals s(m_model.get());
    m_model->removeItem(jid(u"c00001@example.com"_s));
    m_model->removeItem(jid(u"nobody@example.com"_s));
    QCOMPARE(s.total(), 1);
    QCOMPARE(s.removed.first().at(1).toInt(), 1);
    QCOMPARE(s.removed.first().at(2).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    // The rows after it moved up, and the index knows.
    QCOMPARE(m_model->rowOf(jid(u"c00004@example.com"_s)), 3);
    QCOMPARE(m_model->itemAt(3).jid, jid(u"c00004@example.com"_s));
}

void TestRosterModel::displayNameFallsBackToLocalPart()
{
    m_model->setItems({ item(u"romeo@example.net"_s), item(u"example.org"_s), item(u"x@y.org"_s, u"  "_s) });
    QCOMPARE(m_model->index(0).data().toString(), u"romeo"_s);
    QCOMPARE(m_model->index(1).data().toString(), u"example.org"_s);
    QCOMPARE(m_model->index(2).data().toString(), u"x"_s);
}

void TestRosterModel::contiguousPresenceIsOneRange()
{
    m_model->setItems(contacts(50));
    Signals s(m_model.get());
    QList<RosterModel::PresenceUpdate> updates;
    for (int i = 19; i >= 10; --i) { // any order
        const Jid bare = m_model->itemAt(i).jid;
        updates.append({ bare, online(bare, Presence::Show::Away, u"lunch"_s) });
    }
    m_model->applyPresences(updates);
    QCOMPARE(s.total(), 1);
    QCOMPARE(s.changed.first().at(0).value<QModelIndex>().row(), 10);
    QCOMPARE(s.changed.first().at(1).value<QModelIndex>().row(), 19);
    const QList<int> roles = s.changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(RosterModel::AvailabilityRole));
    QVERIFY(roles.contains(RosterModel::StatusTextRole));
    QCOMPARE(m_model->index(15).data(RosterModel::AvailabilityRole).toInt(), int(PresenceManager::Availability::Away));
    QCOMPARE(m_model->index(15).data(RosterModel::StatusTextRole).toString(), u"lunch"_s);
    QCOMPARE(m_model->index(15).data(RosterModel::ResourceCountRole).toInt(), 1);
    QCOMPARE(m_model->index(15).data(RosterModel::BestResourceRole).toString(), u"c00015@example.com/phone"_s);
    QCOMPARE(
        m_model->index(9).data(RosterModel::AvailabilityRole).toInt(), int(PresenceManager::Availability::Offline));
}

void TestRosterModel::presenceBurstIsBounded()
{
    m_model->setItems(contacts(2000));
    Signals s(m_model.get());
    QList<RosterModel::PresenceUpdate> updates;
    QList<int> expectedRows;
    for (int i = 0; i < 2000; i += 3) { // 667 scattered rows
        const Jid bare = m_model->itemAt(i).jid;
        updates.append({ bare, online(bare, Presence::Show::Dnd) });
        expectedRows.append(i);
    }
    m_model->applyPresences(updates);
    QVERIFY(s.changed.size() <= m_model->maxRangesPerBatch());
    QCOMPARE(s.total(), int(s.changed.size()));
    // Every changed row is announced.
    for (const int row : std::as_const(expectedRows)) {
        bool covered = false;
        for (const QList<QVariant> &signal : std::as_const(s.changed)) {
            covered = covered
                || (signal.at(0).value<QModelIndex>().row() <= row && row <= signal.at(1).value<QModelIndex>().row());
        }
        QVERIFY2(covered, qPrintable(QString::number(row)));
        QCOMPARE(
            m_model->index(row).data(RosterModel::AvailabilityRole).toInt(), int(PresenceManager::Availability::Dnd));
    }
    QCOMPARE(
        m_model->index(1).data(RosterModel::AvailabilityRole).toInt(), int(PresenceManager::Availability::Offline));

    m_model->setMaxRangesPerBatch(4);
    s.changed.clear();
    for (auto &update : updates) {
        update.second = {}; // everyone goes offline
    }
    m_model->applyPresences(updates);
    QCOMPARE(s.changed.size(), 4);
}

void TestRosterModel::unchangedPresenceIsSilent()
{
    m_model->setItems(contacts(3));
    const Jid bare = m_model->itemAt(1).jid;
    m_model->applyPresences({ { bare, online(bare) } });
    Signals s(m_model.get());
    m_model->applyPresences({ { bare, online(bare) } });
    m_model->applyPresences({});
    QCOMPARE(s.total(), 0);
}

void TestRosterModel::presenceOfStrangerKeptUntilAdded()
{
    m_model->setItems(contacts(3));
    const Jid stranger = jid(u"stranger@example.org"_s);
    Signals s(m_model.get());
    m_model->applyPresences({ { stranger, online(stranger, Presence::Show::Chat) } });
    m_model->setUnreadCount(stranger, 2);
    QCOMPARE(s.total(), 0);
    m_model->updateItem(item(u"stranger@example.org"_s));
    QCOMPARE(s.inserted.size(), 1);
    const QModelIndex i = m_model->indexOf(stranger);
    QCOMPARE(i.row(), 3);
    QCOMPARE(i.data(RosterModel::AvailabilityRole).toInt(), int(PresenceManager::Availability::Chat));
    QCOMPARE(i.data(RosterModel::UnreadCountRole).toInt(), 2);
}

void TestRosterModel::unreadCounts()
{
    m_model->setItems(contacts(10));
    Signals s(m_model.get());
    m_model->setUnreadCount(jid(u"c00003@example.com/desk"_s), 4); // any resource: the bare JID counts
    QCOMPARE(s.total(), 1);
    QCOMPARE(s.changed.first().at(0).value<QModelIndex>().row(), 3);
    QCOMPARE(s.changed.first().at(2).value<QList<int>>(), QList<int> { RosterModel::UnreadCountRole });
    QCOMPARE(m_model->index(3).data(RosterModel::UnreadCountRole).toInt(), 4);
    m_model->setUnreadCount(jid(u"c00003@example.com"_s), 4);
    QCOMPARE(s.total(), 1);

    s.changed.clear();
    m_model->setUnreadCounts({ { jid(u"c00005@example.com"_s), 1 }, { jid(u"c00006@example.com"_s), 2 } });
    // c3 back to 0, c5 and c6 set: two ranges (3 and 5..6) within the bound.
    QCOMPARE(s.changed.size(), 2);
    QCOMPARE(m_model->index(3).data(RosterModel::UnreadCountRole).toInt(), 0);
    QCOMPARE(m_model->index(6).data(RosterModel::UnreadCountRole).toInt(), 2);
}

void TestRosterModel::groups()
{
    m_model->setItems({ item(u"a@x.org"_s, {}, { u"Work"_s, u"Friends"_s }), item(u"b@x.org"_s, {}, { u"Work"_s }),
        item(u"c@x.org"_s) });
    QCOMPARE(m_model->groups(), (QStringList { u"Friends"_s, u"Work"_s }));
}

void TestRosterModel::throughRosterAndPresenceModules()
{
    MemoryRosterStore store;
    QVERIFY(store.replaceAll({ item(u"juliet@example.com"_s, u"Juliet"_s), item(u"romeo@example.net"_s),
                                 item(u"nurse@example.com"_s, u"Nurse"_s) },
        u"ver1"_s));
    ScriptedSession session;
    RosterManager roster(session.connection(), store);
    PresenceManager presence(session.connection(), nullptr);

    Signals s(m_model.get());
    m_model->setRosterManager(&roster);
    m_model->setPresenceManager(&presence);
    QCOMPARE(s.total(), 1); // the cached roster, in one insertion
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(session.login());

    // A roster push renames one contact: one dataChanged for its row.
    s.changed.clear();
    session.inject("<iq type='set' id='p1' from='user@example.com'><query xmlns='jabber:iq:roster' ver='ver2'>"
                   "<item jid='romeo@example.net' name='Romeo' subscription='both'/></query></iq>");
    QCOMPARE(s.changed.size(), 1);
    const int romeo = m_model->rowOf(jid(u"romeo@example.net"_s));
    QCOMPARE(s.changed.first().at(0).value<QModelIndex>().row(), romeo);
    QCOMPARE(m_model->index(romeo).data().toString(), u"Romeo"_s);

    // A presence burst: applied once, after the event loop turns, as one batch.
    s.changed.clear();
    session.inject("<presence from='juliet@example.com/balcony'><show>chat</show><status>hi</status></presence>"
                   "<presence from='juliet@example.com/garden'><show>away</show></presence>"
                   "<presence from='nurse@example.com/kitchen'><show>xa</show></presence>"
                   "<presence from='stranger@example.org/x'/>");
    QCOMPARE(s.changed.size(), 0);
    QTRY_VERIFY(!s.changed.isEmpty());
    QCoreApplication::processEvents();
    QVERIFY(s.changed.size() <= 2);
    const QModelIndex juliet = m_model->indexOf(jid(u"juliet@example.com"_s));
    QCOMPARE(juliet.data(RosterModel::AvailabilityRole).toInt(), int(PresenceManager::Availability::Chat));
    QCOMPARE(juliet.data(RosterModel::ResourceCountRole).toInt(), 2);
    QCOMPARE(juliet.data(RosterModel::StatusTextRole).toString(), u"hi"_s);
    QCOMPARE(m_model->indexOf(jid(u"nurse@example.com"_s)).data(RosterModel::AvailabilityRole).toInt(),
        int(PresenceManager::Availability::Xa));

    // Unavailable: back to offline.
    s.changed.clear();
    session.inject("<presence type='unavailable' from='juliet@example.com/balcony'/>"
                   "<presence type='unavailable' from='juliet@example.com/garden'/>");
    QTRY_COMPARE(s.changed.size(), 1);
    QCOMPARE(juliet.data(RosterModel::AvailabilityRole).toInt(), int(PresenceManager::Availability::Offline));
    QCOMPARE(juliet.data(RosterModel::BestResourceRole).toString(), QString());

    // The stranger's presence was kept: a push adding it shows it online.
    session.inject("<iq type='set' id='p2' from='user@example.com'><query xmlns='jabber:iq:roster' ver='ver3'>"
                   "<item jid='stranger@example.org' subscription='none'/></query></iq>");
    QCOMPARE(m_model->indexOf(jid(u"stranger@example.org"_s)).data(RosterModel::AvailabilityRole).toInt(),
        int(PresenceManager::Availability::Online));

    // A removal push removes the row.
    s.removed.clear();
    session.inject("<iq type='set' id='p3' from='user@example.com'><query xmlns='jabber:iq:roster' ver='ver4'>"
                   "<item jid='nurse@example.com' subscription='remove'/></query></iq>");
    QCOMPARE(s.removed.size(), 1);
    QCOMPARE(m_model->rowOf(jid(u"nurse@example.com"_s)), -1);
    QCOMPARE(s.reset.size(), 0);
}

void TestRosterModel::manyResourcesOfOneContact()
{
    // Issue 11: a contact with 100,000 resources. The model shows the best of the 64 the presence module
    // keeps, and each batch costs the same however many there are.
    MemoryRosterStore store;
    QVERIFY(store.replaceAll({ item(u"romeo@example.net"_s, u"Romeo"_s) }, u"ver1"_s));
    ScriptedSession session;
    RosterManager roster(session.connection(), store);
    PresenceManager presence(session.connection(), nullptr);
    presence.setContactPolicy(PresenceManager::rosterContactPolicy(roster));
    m_model->setRosterManager(&roster);
    m_model->setPresenceManager(&presence);
    QVERIFY(session.login());
    QByteArray flood;
    for (int i = 0; i < 100000; ++i) {
        flood += "<presence from='romeo@example.net/r" + QByteArray::number(i) + "'><priority>"
            + QByteArray::number(i % 100) + "</priority></presence>";
        if (i % 10000 == 9999) { // several reads, several batches
            session.inject(flood);
            flood.clear();
            QCoreApplication::processEvents();
        }
    }
    const QModelIndex romeo = m_model->indexOf(jid(u"romeo@example.net"_s));
    QTRY_COMPARE(romeo.data(RosterModel::ResourceCountRole).toInt(), PresenceLimits().resourcesPerContact);
    QCOMPARE(romeo.data(RosterModel::BestResourceRole).toString(), u"romeo@example.net/r99999"_s);
}

void TestRosterModel::scatteredRemovalIsOneRange()
{
    // Issue 11: a roster result without every other contact of 10,000 was 5,000 removals, each shifting the
    // rows after it (and each making every view and proxy do the same). Now it is one layout change that
    // moves the leaving rows behind the others, and one removal.
    m_model->setItems(contacts(10000));
    QPersistentModelIndex kept(m_model->index(9999)); // c09999, stays
    QPersistentModelIndex gone(m_model->index(9998)); // c09998, leaves
    m_model->setUnreadCount(jid(u"c09998@example.com"_s), 3);
    QList<RosterItem> odd;
    for (const RosterItem &i : contacts(10000)) {
        if (i.jid.local().back().digitValue() % 2 == 1) {
            odd.append(i);
        }
    }
    Signals s(m_model.get());
    m_model->setItems(odd);
    QCOMPARE(s.removed.size(), 1);
    QCOMPARE(s.layout.size(), 1);
    QCOMPARE(s.reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 5000);
    for (int row = 0; row < 5000; ++row) {
        const Jid expected = jid(u"c%1@example.com"_s.arg(2 * row + 1, 5, 10, QLatin1Char('0')));
        QCOMPARE(m_model->jidAt(row), expected);
        QCOMPARE(m_model->rowOf(expected), row);
    }
    QCOMPARE(m_model->rowOf(jid(u"c00000@example.com"_s)), -1);
    QCOMPARE(kept.row(), 4999);
    QVERIFY(!gone.isValid());
    // What a leaving contact had is remembered for when it comes back.
    m_model->updateItem(item(u"c09998@example.com"_s));
    QCOMPARE(m_model->indexOf(jid(u"c09998@example.com"_s)).data(RosterModel::UnreadCountRole).toInt(), 3);
}

void TestRosterModel::strangerFloodStaysBounded()
{
    // Presence of JIDs outside the roster is remembered for when they are added, but only of the strangers
    // the presence module keeps: the oldest of a flood are gone, the latest are there.
    MemoryRosterStore store;
    QVERIFY(store.replaceAll({ item(u"romeo@example.net"_s) }, u"ver1"_s));
    ScriptedSession session;
    RosterManager roster(session.connection(), store);
    PresenceManager presence(session.connection(), nullptr);
    presence.setContactPolicy(PresenceManager::rosterContactPolicy(roster));
    m_model->setRosterManager(&roster);
    m_model->setPresenceManager(&presence);
    QVERIFY(session.login());
    QByteArray flood;
    for (int i = 0; i < 10000; ++i) {
        flood += "<presence from='s" + QByteArray::number(i) + "@evil.example/x'/>";
    }
    session.inject(flood);
    QCoreApplication::processEvents();
    QCOMPARE(presence.availableContacts().size(), qsizetype(PresenceLimits().strangers));
    m_model->updateItem(item(u"s0@evil.example"_s));
    m_model->updateItem(item(u"s9999@evil.example"_s));
    QCOMPARE(m_model->indexOf(jid(u"s0@evil.example"_s)).data(RosterModel::AvailabilityRole).toInt(),
        int(PresenceManager::Availability::Offline));
    QCOMPARE(m_model->indexOf(jid(u"s9999@evil.example"_s)).data(RosterModel::AvailabilityRole).toInt(),
        int(PresenceManager::Availability::Online));
}

QTEST_GUILESS_MAIN(TestRosterModel)
#include "tst_rostermodel.moc"
