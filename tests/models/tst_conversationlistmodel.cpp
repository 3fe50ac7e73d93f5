// ConversationListModel over a MemoryHistoryStore: newest conversation first, a new message moves its row
// to the top with one rowsMoved (never a reset), new conversations are inserted at their place, unread
// counts follow the store, last-message states follow receipts, names come from the roster.
#include "ScriptedSession.h"
#include "TestJid.h"
#include "im/RosterManager.h"
#include "models/ConversationListModel.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryRosterStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime epoch = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

StoredMessage message(
    const QString &peer, int second, const QString &body, MessageDirection direction = MessageDirection::Incoming)
{
    StoredMessage m;
    m.conversation = jid(peer);
    m.direction = direction;
    m.from = direction == MessageDirection::Incoming ? jid(peer + u"/phone"_s) : jid(u"me@example.com/balcony"_s);
    m.to = direction == MessageDirection::Incoming ? jid(u"me@example.com/balcony"_s) : jid(peer);
    m.body = body;
    m.sentTime = epoch.addSecs(second);
    m.receivedTime = m.sentTime;
    m.state = direction == MessageDirection::Incoming ? MessageState::Received : MessageState::Sent;
    return m;
}

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

class TestConversationListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void loadsNewestFirst();
    void newMessageMovesRowToTop();
    void newMessageAtTopOnlyChangesData();
    void newConversationInsertedAtTop();
    void olderMessageKeepsPlace();
    void batchUpdatesOncePerConversation();
    void readMarkerUpdatesUnread();
    void stateOfLastMessage();
    void encryptionOfLastMessage();
    void removalRefreshes();
    void namesFromRoster();
    void reloadOfEmptyModelIsInsertion();
    void manyConversationsStayConsistent();

private:
    qint64 store(const StoredMessage &m);
    QStringList order() const;

    std::unique_ptr<MemoryHistoryStore> m_store;
    std::unique_ptr<ConversationListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

qint64 TestConversationListModel::store(const StoredMessage &m)
{
    const qint64 id = m_store->insert(m);
    if (m_model) {
        StoredMessage stored = m;
        stored.id = id;
        m_model->messageStored(stored);
    }
    return id;
}

QStringList TestConversationListModel::order() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        out.append(m_model->index(row).data(ConversationListModel::JidStringRole).toString());
    }
    return out;
}

void TestConversationListModel::init()
{
    m_store = std::make_unique<MemoryHistoryStore>();
    store(message(u"alice@example.com"_s, 10, u"a1"_s));
    store(message(u"bob@example.com"_s, 20, u"b1"_s));
    store(message(u"bob@example.com"_s, 25, u"b2"_s, MessageDirection::Outgoing));
    store(message(u"carol@example.com"_s, 30, u"c1"_s));
    store(message(u"carol@example.com"_s, 31, u"c2"_s));
    m_model = std::make_unique<ConversationListModel>(*m_store);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestConversationListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
}

void TestConversationListModel::loadsNewestFirst()
{
    QCOMPARE(order(), (QStringList { u"carol@example.com"_s, u"bob@example.com"_s, u"alice@example.com"_s }));
    const QModelIndex bob = m_model->index(1);
    QCOMPARE(bob.data(ConversationListModel::LastBodyRole).toString(), u"b2"_s);
    QCOMPARE(bob.data(ConversationListModel::LastDirectionRole).toInt(), int(MessageDirection::Outgoing));
    QCOMPARE(bob.data(ConversationListModel::LastTimeRole).toDateTime(), epoch.addSecs(25));
    QCOMPARE(bob.data(ConversationListModel::UnreadCountRole).toInt(), 1);
    QCOMPARE(m_model->index(0).data(ConversationListModel::UnreadCountRole).toInt(), 2);
    QCOMPARE(m_model->totalUnread(), 4);
    QCOMPARE(m_model->index(2).data().toString(), u"alice"_s); // no roster: the local part
}

void TestConversationListModel::newMessageMovesRowToTop()
{
    Signals s(m_model.get());
    QSignalSpy unread(m_model.get(), &ConversationListModel::unreadCountChanged);
    QSignalSpy total(m_model.get(), &ConversationListModel::totalUnreadChanged);
    store(message(u"alice@example.com"_s, 40, u"a2"_s));
    QCOMPARE(s.reset.size(), 0);
    QCOMPARE(s.layout.size(), 0);
    QCOMPARE(s.inserted.size(), 0);
    QCOMPARE(s.removed.size(), 0);
    QCOMPARE(s.moved.size(), 1);
    QCOMPARE(s.moved.first().at(1).toInt(), 2); // start
    QCOMPARE(s.moved.first().at(2).toInt(), 2); // end
    QCOMPARE(s.moved.first().at(4).toInt(), 0); // destination
    QCOMPARE(s.changed.size(), 1);
    QCOMPARE(s.changed.first().at(0).value<QModelIndex>().row(), 0);
    const QList<int> roles = s.changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(ConversationListModel::LastBodyRole));
    QVERIFY(roles.contains(ConversationListModel::UnreadCountRole));
    QCOMPARE(order(), (QStringList { u"alice@example.com"_s, u"carol@example.com"_s, u"bob@example.com"_s }));
    QCOMPARE(m_model->index(0).data(ConversationListModel::LastBodyRole).toString(), u"a2"_s);
    QCOMPARE(m_model->index(0).data(ConversationListModel::UnreadCountRole).toInt(), 2);
    QCOMPARE(unread.size(), 1);
    QCOMPARE(unread.first().at(0).value<Jid>(), jid(u"alice@example.com"_s));
    QCOMPARE(unread.first().at(1).toInt(), 2);
    QCOMPARE(total.size(), 1);
    QCOMPARE(m_model->totalUnread(), 5);
    QCOMPARE(m_model->rowOf(jid(u"bob@example.com"_s)), 2);
}

void TestConversationListModel::newMessageAtTopOnlyChangesData()
{
    Signals s(m_model.get());
    store(message(u"carol@example.com"_s, 50, u"c3"_s, MessageDirection::Outgoing));
    QCOMPARE(s.total(), 1);
    QCOMPARE(s.changed.first().at(0).value<QModelIndex>().row(), 0);
    const QList<int> roles = s.changed.first().at(2).value<QList<int>>();
    QVERIFY(!roles.contains(ConversationListModel::UnreadCountRole)); // outgoing: unread unchanged
    QVERIFY(roles.contains(ConversationListModel::LastDirectionRole));
}

void TestConversationListModel::newConversationInsertedAtTop()
{
    Signals s(m_model.get());
    store(message(u"dave@example.com"_s, 60, u"d1"_s));
    QCOMPARE(s.total(), 1);
    QCOMPARE(s.inserted.first().at(1).toInt(), 0);
    QCOMPARE(s.inserted.first().at(2).toInt(), 0);
    QCOMPARE(order().first(), u"dave@example.com"_s);
    QCOMPARE(m_model->rowOf(jid(u"carol@example.com"_s)), 1);
}

void TestConversationListModel::olderMessageKeepsPlace()
{
    // An archive page brings an older incoming message of alice: the last message stays, unread grows.
    Signals s(m_model.get());
    store(message(u"alice@example.com"_s, 1, u"a0"_s));
    QCOMPARE(s.moved.size(), 0);
    QCOMPARE(s.changed.size(), 1);
    QCOMPARE(s.changed.first().at(2).value<QList<int>>(), QList<int> { ConversationListModel::UnreadCountRole });
    QCOMPARE(m_model->index(2).data(ConversationListModel::LastBodyRole).toString(), u"a1"_s);
}

void TestConversationListModel::batchUpdatesOncePerConversation()
{
    // An archive page of ten messages in two conversations, committed together and reported together.
    QList<StoredMessage> page;
    for (int i = 0; i < 10; ++i) {
        StoredMessage m = message(i % 2 ? u"alice@example.com"_s : u"erin@example.com"_s, 100 + i, u"m"_s);
        m.id = m_store->insert(m);
        page.append(m);
    }
    Signals s(m_model.get());
    QList<qint64> ids;
    for (const StoredMessage &m : std::as_const(page)) {
        ids.append(m.id);
    }
    m_model->messageIdsStored(ids); // as ArchiveManager::messagesStored() reports them
    // erin is new (one insertion at the top), then alice moves above it (one move, one change).
    QCOMPARE(s.inserted.size(), 1);
    QCOMPARE(s.moved.size(), 1);
    QCOMPARE(s.changed.size(), 1);
    QCOMPARE(s.reset.size(), 0);
    QCOMPARE(order(),
        (QStringList { u"alice@example.com"_s, u"erin@example.com"_s, u"carol@example.com"_s, u"bob@example.com"_s }));
    QCOMPARE(m_model->index(0).data(ConversationListModel::UnreadCountRole).toInt(), 6);
    QCOMPARE(m_model->index(1).data(ConversationListModel::UnreadCountRole).toInt(), 5);
}

void TestConversationListModel::readMarkerUpdatesUnread()
{
    const qint64 c2 = m_model->summaryAt(0).last.id;
    QVERIFY(m_store->markRead(c2));
    Signals s(m_model.get());
    QSignalSpy unread(m_model.get(), &ConversationListModel::unreadCountChanged);
    m_model->conversationRead(jid(u"carol@example.com"_s));
    QCOMPARE(s.total(), 1);
    QCOMPARE(s.changed.first().at(2).value<QList<int>>(), QList<int> { ConversationListModel::UnreadCountRole });
    QCOMPARE(unread.size(), 1);
    QCOMPARE(unread.first().at(1).toInt(), 0);
    QCOMPARE(m_model->totalUnread(), 2);
    QCOMPARE(m_model->unreadCounts().size(), 2);
}

void TestConversationListModel::stateOfLastMessage()
{
    const qint64 b2 = m_model->summaryAt(1).last.id;
    Signals s(m_model.get());
    m_model->messageStateChanged(b2, MessageState::Delivered);
    m_model->messageStateChanged(b2 - 1, MessageState::Read); // not a last message: nothing to show
    QCOMPARE(s.total(), 1);
    QCOMPARE(s.changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(m_model->index(1).data(ConversationListModel::LastStateRole).toInt(), int(MessageState::Delivered));
}

void TestConversationListModel::encryptionOfLastMessage()
{
    QCOMPARE(m_model->index(0).data(ConversationListModel::LastEncryptionRole).toInt(), int(MessageE2eKind::None));
    QVERIFY(!m_model->index(0).data(ConversationListModel::LastEncryptionStatusRole).isValid());
    StoredMessage m = message(u"carol@example.com"_s, 40, u"c3"_s);
    m.e2e = { MessageE2eKind::OnlineEsession, MessageE2eStatus::Decrypted, epoch, QString() };
    Signals s(m_model.get());
    store(m);
    QCOMPARE(s.changed.size(), 1);
    const QList<int> roles = s.changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(ConversationListModel::LastEncryptionRole));
    QVERIFY(roles.contains(ConversationListModel::LastEncryptionStatusRole));
    QCOMPARE(
        m_model->index(0).data(ConversationListModel::LastEncryptionRole).toInt(), int(MessageE2eKind::OnlineEsession));
    QCOMPARE(m_model->index(0).data(ConversationListModel::LastEncryptionStatusRole).toInt(),
        int(MessageE2eStatus::Decrypted));
    // Read back from the store (a reload): the summary's last message carries the mark too.
    ConversationListModel reloaded(*m_store);
    QCOMPARE(
        reloaded.index(0).data(ConversationListModel::LastEncryptionRole).toInt(), int(MessageE2eKind::OnlineEsession));
}

void TestConversationListModel::removalRefreshes()
{
    const qint64 a1 = m_model->summaryAt(2).last.id;
    QVERIFY(m_store->remove(a1));
    Signals s(m_model.get());
    m_model->messageRemoved(a1, jid(u"alice@example.com"_s));
    QCOMPARE(s.total(), 1);
    QCOMPARE(s.removed.first().at(1).toInt(), 2);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->totalUnread(), 3);

    // Removing carol's last message: the row shows c1 and keeps its place (c1 is still newer than b2).
    s.changed.clear();
    const QList<StoredMessage> carol = m_store->page(jid(u"carol@example.com"_s), 10);
    QCOMPARE(carol.size(), 2);
    QVERIFY(m_store->remove(carol[0].id));
    m_model->messageRemoved(carol[0].id, jid(u"carol@example.com"_s));
    QCOMPARE(order(), (QStringList { u"carol@example.com"_s, u"bob@example.com"_s }));
    QCOMPARE(m_model->index(0).data(ConversationListModel::LastBodyRole).toString(), u"c1"_s);
    QCOMPARE(s.moved.size(), 0);
    QCOMPARE(s.changed.size(), 1);

    // Removing c1 too, when carol has an older message than bob's last: her row moves down.
    m_store->insert(message(u"carol@example.com"_s, 5, u"c0"_s));
    QVERIFY(m_store->remove(carol[1].id));
    m_model->messageRemoved(carol[1].id, jid(u"carol@example.com"_s));
    QCOMPARE(order(), (QStringList { u"bob@example.com"_s, u"carol@example.com"_s }));
    QCOMPARE(s.moved.size(), 1);
    QCOMPARE(s.moved.first().at(1).toInt(), 0);
    QCOMPARE(s.moved.first().at(4).toInt(), 2); // below bob: destination 2 in the list before the move
    QCOMPARE(m_model->index(1).data(ConversationListModel::LastBodyRole).toString(), u"c0"_s);
    QCOMPARE(s.reset.size(), 0);
}

void TestConversationListModel::namesFromRoster()
{
    MemoryRosterStore rosterStore;
    RosterItem carol;
    carol.jid = jid(u"carol@example.com"_s);
    carol.name = u"Carol C."_s;
    QVERIFY(rosterStore.replaceAll({ carol }, u"1"_s));
    ScriptedSession session;
    RosterManager roster(session.connection(), rosterStore);
    Signals s(m_model.get());
    m_model->setRosterManager(&roster);
    QCOMPARE(s.total(), 1);
    QCOMPARE(s.changed.first().at(2).value<QList<int>>(), QList<int> { Qt::DisplayRole });
    QCOMPARE(m_model->index(0).data().toString(), u"Carol C."_s);
    QCOMPARE(m_model->index(1).data().toString(), u"bob"_s);

    // A push renames her.
    QVERIFY(session.login());
    session.inject("<iq type='set' id='p1' from='user@example.com'><query xmlns='jabber:iq:roster' ver='2'>"
                   "<item jid='carol@example.com' name='Caroline' subscription='both'/></query></iq>");
    QCOMPARE(m_model->index(0).data().toString(), u"Caroline"_s);
    QCOMPARE(s.changed.size(), 2);
}

void TestConversationListModel::reloadOfEmptyModelIsInsertion()
{
    m_tester.reset();
    m_model.reset();
    MemoryHistoryStore empty;
    ConversationListModel model(empty);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    StoredMessage m = message(u"zed@example.com"_s, 5, u"z"_s);
    m.id = empty.insert(m);
    Signals s(&model);
    model.reload();
    QCOMPARE(s.total(), 1);
    QCOMPARE(s.inserted.size(), 1);
    // A reload of a populated model is a full re-read: one reset, documented as not incremental.
    model.reload();
    QCOMPARE(s.reset.size(), 1);
}

void TestConversationListModel::manyConversationsStayConsistent()
{
    // Issue 11: messages from 2,000 new addresses, then a second round from each. Every change found its row
    // by a scan and re-indexed every row it moved, O(conversations) per message; now the order, the rows
    // found by JID, the unread total and the last-message states must come out the same.
    m_tester.reset(); // it re-checks the whole model at every signal: quadratic by itself at this size
    constexpr int strangers = 2000; // the in-memory store is linear per insert: more would test the double
    QList<qint64> lastIds(strangers);
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < strangers; ++i) {
            lastIds[i] = store(message(u"s%1@evil.example"_s.arg(i), 100 + round * strangers + i, u"spam"_s));
        }
    }
    QCOMPARE(m_model->rowCount(), strangers + 3);
    for (int i = 0; i < strangers; ++i) {
        const Jid stranger = jid(u"s%1@evil.example"_s.arg(i));
        QCOMPARE(m_model->rowOf(stranger), strangers - 1 - i);
        QCOMPARE(m_model->summaryAt(strangers - 1 - i).conversation, stranger);
    }
    QCOMPARE(
        order().mid(strangers), (QStringList { u"carol@example.com"_s, u"bob@example.com"_s, u"alice@example.com"_s }));
    QCOMPARE(m_model->totalUnread(), 4 + 2 * strangers);
    // A receipt for the last message of a conversation far down the list reaches its row.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->messageStateChanged(lastIds[0], MessageState::Delivered);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), strangers - 1);
    QCOMPARE(
        m_model->index(strangers - 1).data(ConversationListModel::LastStateRole).toInt(), int(MessageState::Delivered));
    // An older message of the oldest conversation keeps it in place; reading one moves nothing.
    store(message(u"alice@example.com"_s, 1, u"a0"_s));
    QCOMPARE(m_model->rowOf(jid("alice@example.com")), strangers + 2);
    m_model->conversationRead(jid("s0@evil.example"));
    QCOMPARE(m_model->rowOf(jid("s0@evil.example")), strangers - 1);
    // And the whole model passes the tester's checks.
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
