// RosterFilterProxyModel over a RosterModel: availability-then-name order with the locale's collation,
// text / offline / group filters, and dynamic re-sorting and re-filtering on presence and roster changes.
// Both the proxy and its source run under QAbstractItemModelTester.
#include "TestJid.h"
#include "im/PresenceManager.h"
#include "models/RosterFilterProxyModel.h"
#include "models/RosterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace balcony;
using balcony::test::jid;
using namespace Qt::StringLiterals;

namespace {

RosterItem item(const QString &bare, const QString &name = {}, const QStringList &groups = {})
{
    RosterItem i;
    i.jid = jid(bare);
    i.name = name;
    i.groups = groups;
    i.subscription = u"both"_s;
    return i;
}

RosterModel::PresenceUpdate presence(const QString &bare, Presence::Show show)
{
    RosterModel::ContactPresence p;
    p.availability = PresenceManager::availabilityOf(show);
    p.show = show;
    p.bestResource = jid(bare).withResource(u"r"_s);
    p.resourceCount = 1;
    return { jid(bare), p };
}

RosterModel::PresenceUpdate offline(const QString &bare)
{
    return { jid(bare), RosterModel::ContactPresence() };
}

} // namespace

class TestRosterFilterProxyModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void sortsByNameWithCollation();
    void sortsByAvailabilityFirst();
    void presenceChangeResorts();
    void renameResorts();
    void filterText();
    void hideOfflineKeepsUnread();
    void groupFilter();
    void largeRosterSortsAndFilters();

private:
    QStringList names() const;

    std::unique_ptr<RosterModel> m_source;
    std::unique_ptr<RosterFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestRosterFilterProxyModel::init()
{
    m_source = std::make_unique<RosterModel>();
    m_proxy = std::make_unique<RosterFilterProxyModel>();
    m_proxy->setCollationLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_proxy->setSourceModel(m_source.get());
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(
        m_source.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_source->setItems({
        item(u"zoe@example.com"_s, u"Zoe"_s, { u"Family"_s }),
        item(u"bob10@example.com"_s, u"Bob 10"_s, { u"Work"_s }),
        item(u"emile@example.com"_s, u"Émile"_s, { u"Work"_s, u"Family"_s }),
        item(u"bob2@example.com"_s, u"bob 2"_s),
        item(u"alice@example.com"_s, u"Alice"_s),
    });
}

void TestRosterFilterProxyModel::cleanup()
{
    m_proxyTester.reset();
    m_sourceTester.reset();
    m_proxy.reset();
    m_source.reset();
}

QStringList TestRosterFilterProxyModel::names() const
{
    QStringList out;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        out.append(m_proxy->index(row, 0).data().toString());
    }
    return out;
}

void TestRosterFilterProxyModel::sortsByNameWithCollation()
{
    // Case-insensitive, accents sort with their base letter, numbers by value.
    QCOMPARE(names(), (QStringList { u"Alice"_s, u"bob 2"_s, u"Bob 10"_s, u"Émile"_s, u"Zoe"_s }));
}

void TestRosterFilterProxyModel::sortsByAvailabilityFirst()
{
    m_source->applyPresences({ presence(u"zoe@example.com"_s, Presence::Show::None),
        presence(u"emile@example.com"_s, Presence::Show::Dnd), presence(u"bob10@example.com"_s, Presence::Show::Away),
        presence(u"alice@example.com"_s, Presence::Show::Chat) });
    QCOMPARE(names(), (QStringList { u"Alice"_s, u"Zoe"_s, u"Bob 10"_s, u"Émile"_s, u"bob 2"_s }));
    m_proxy->setSortByAvailability(false);
    QCOMPARE(names(), (QStringList { u"Alice"_s, u"bob 2"_s, u"Bob 10"_s, u"Émile"_s, u"Zoe"_s }));
}

void TestRosterFilterProxyModel::presenceChangeResorts()
{
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    m_source->applyPresences({ presence(u"zoe@example.com"_s, Presence::Show::None) });
    QCOMPARE(names().first(), u"Zoe"_s);
    QCOMPARE(layout.size(), 1);
    m_source->applyPresences({ offline(u"zoe@example.com"_s) });
    QCOMPARE(names().last(), u"Zoe"_s);
    QCOMPARE(reset.size(), 0);
}

void TestRosterFilterProxyModel::renameResorts()
{
    m_source->updateItem(item(u"alice@example.com"_s, u"Yvonne"_s));
    QCOMPARE(names(), (QStringList { u"bob 2"_s, u"Bob 10"_s, u"Émile"_s, u"Yvonne"_s, u"Zoe"_s }));
}

void TestRosterFilterProxyModel::filterText()
{
    m_proxy->setFilterText(u"BOB"_s);
    QCOMPARE(names(), (QStringList { u"bob 2"_s, u"Bob 10"_s }));
    m_proxy->setFilterText(u"emile@"_s); // the JID matches too
    QCOMPARE(names(), QStringList { u"Émile"_s });
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestRosterFilterProxyModel::hideOfflineKeepsUnread()
{
    m_source->applyPresences({ presence(u"zoe@example.com"_s, Presence::Show::Away) });
    m_source->setUnreadCount(jid(u"bob10@example.com"_s), 3);
    m_proxy->setHideOffline(true);
    QCOMPARE(names(), (QStringList { u"Zoe"_s, u"Bob 10"_s }));
    // Coming online shows the contact; reading the messages of an offline one hides it.
    m_source->applyPresences({ presence(u"alice@example.com"_s, Presence::Show::None) });
    m_source->setUnreadCount(jid(u"bob10@example.com"_s), 0);
    QCOMPARE(names(), (QStringList { u"Alice"_s, u"Zoe"_s }));
}

void TestRosterFilterProxyModel::groupFilter()
{
    m_proxy->setGroupFilter(u"Family"_s);
    QCOMPARE(names(), (QStringList { u"Émile"_s, u"Zoe"_s }));
    m_proxy->setGroupFilter(QString()); // without a group
    QCOMPARE(names(), (QStringList { u"Alice"_s, u"bob 2"_s }));
    // A push moving a contact into the filtered group shows it.
    m_proxy->setGroupFilter(u"Work"_s);
    QCOMPARE(names(), (QStringList { u"Bob 10"_s, u"Émile"_s }));
    m_source->updateItem(item(u"alice@example.com"_s, u"Alice"_s, { u"Work"_s }));
    QCOMPARE(names(), (QStringList { u"Alice"_s, u"Bob 10"_s, u"Émile"_s }));
    m_proxy->setGroupFilter(std::nullopt);
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestRosterFilterProxyModel::largeRosterSortsAndFilters()
{
    // Detach the testers: they walk every row on every signal, which is not what this test is about.
    m_proxyTester.reset();
    m_sourceTester.reset();
    QList<RosterItem> items;
    for (int i = 0; i < 3000; ++i) {
        items.append(item(u"user%1@example.com"_s.arg(i), u"User %1"_s.arg(2999 - i)));
    }
    m_source->setItems(items);
    QCOMPARE(m_proxy->rowCount(), 3000);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), u"User 0"_s);
    QCOMPARE(m_proxy->index(2999, 0).data().toString(), u"User 2999"_s);
    QList<RosterModel::PresenceUpdate> burst;
    for (int i = 0; i < 3000; i += 2) {
        burst.append(presence(u"user%1@example.com"_s.arg(i), Presence::Show::None));
    }
    m_source->applyPresences(burst);
    // user2998 is "User 1", online: first.
    QCOMPARE(m_proxy->index(0, 0).data().toString(), u"User 1"_s);
    m_proxy->setHideOffline(true);
    QCOMPARE(m_proxy->rowCount(), 1500);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QTEST_GUILESS_MAIN(TestRosterFilterProxyModel)
#include "tst_rosterfilterproxymodel.moc"
