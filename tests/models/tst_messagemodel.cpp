// MessageModel: the newest page first, older pages from the store on fetchMore(), then from the archive
// through an injected fetcher whose answers arrive later and go on top; live messages, state changes,
// removals and the day/group hints, each with exact signals. On a MemoryHistoryStore and once on the
// SqlHistoryStore. Every model runs under QAbstractItemModelTester, which, like a view at the top of the
// list, calls fetchMore() whenever canFetchMore() says so.
#include "TestJid.h"
#include "models/MessageModel.h"
#include "storage/Database.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/SqlHistoryStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace balcony;
using balcony::test::jid;
using namespace Qt::StringLiterals;

namespace {

const Jid juliet = jid(u"juliet@example.com"_s);
const QDateTime epoch = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// Message `n` of the conversation with juliet, one minute after message n - 1; odd ones are ours.
StoredMessage message(int n, const Jid &peer = juliet)
{
    StoredMessage m;
    m.conversation = peer;
    m.direction = n % 2 ? MessageDirection::Outgoing : MessageDirection::Incoming;
    m.from = n % 2 ? jid(u"me@example.com/balcony"_s) : peer.withResource(u"phone"_s);
    m.to = n % 2 ? peer : jid(u"me@example.com/balcony"_s);
    m.messageId = u"m%1"_s.arg(n);
    m.body = u"message %1"_s.arg(n);
    m.sentTime = epoch.addSecs(60 * qint64(n));
    m.receivedTime = m.sentTime;
    m.state = n % 2 ? MessageState::AckedByServer : MessageState::Received;
    return m;
}

// Messages first..last into `store`, returned with their ids.
QList<StoredMessage> fill(HistoryStore &store, int first, int last, MessageFlags flags = {})
{
    QList<StoredMessage> out;
    for (int n = first; n <= last; ++n) {
        StoredMessage m = message(n);
        m.flags = flags;
        m.id = store.insert(m);
        out.append(m);
    }
    return out;
}

QStringList bodies(const MessageModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out.append(model.index(row).data().toString());
    }
    return out;
}

QStringList expectedBodies(int first, int last)
{
    QStringList out;
    for (int n = first; n <= last; ++n) {
        out.append(u"message %1"_s.arg(n));
    }
    return out;
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
    QSignalSpy inserted, removed, moved, changed, layout, reset;
};

std::pair<int, int> range(const QSignalSpy &spy, qsizetype i)
{
    return { spy.at(i).at(1).toInt(), spy.at(i).at(2).toInt() };
}

// A fake XEP-0313 module: records requests; the test answers them.
struct FakeArchive {
    struct Request {
        Jid conversation;
        std::optional<StoredMessage> oldest;
        MessageModel::ArchiveCallback callback;
    };
    MessageModel::ArchiveFetcher fetcher()
    {
        return [this](const Jid &conversation, const std::optional<StoredMessage> &oldest,
                   MessageModel::ArchiveCallback callback) {
            requests.append({ conversation, oldest, std::move(callback) });
        };
    }
    // Answers request `i` the way the archive module would: with a copy of the callback, since answering
    // may issue the next request (a view asking again) and grow `requests`.
    void answer(qsizetype i, bool ok, const QList<StoredMessage> &messages, bool complete)
    {
        const MessageModel::ArchiveCallback callback = requests.at(i).callback;
        callback(ok, messages, complete);
    }
    QList<Request> requests;
};

// Records every read of the store: a model over a long conversation must read one page at a time.
class RecordingHistoryStore : public MemoryHistoryStore {
public:
    QList<StoredMessage> page(const Jid &conversation, int limit, const HistoryCursor &before = {}) override
    {
        const QList<StoredMessage> result = MemoryHistoryStore::page(conversation, limit, before);
        pages.append({ limit, int(result.size()) });
        return result;
    }
    QList<StoredMessage> search(
        const QString &text, const Jid &conversation, int limit, const HistoryCursor &before) override
    {
        ++otherReads;
        return MemoryHistoryStore::search(text, conversation, limit, before);
    }
    QList<ConversationSummary> conversations() override
    {
        ++otherReads;
        return MemoryHistoryStore::conversations();
    }
    QList<QPair<int, int>> pages; // (limit asked, rows returned) per page() call
    int otherReads = 0;
};

} // namespace

class TestMessageModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void newestPageFirstThenOlderPages();
    void sqlStorePaging();
    void onePagePerFetch();
    void archiveAfterStore();
    void archiveReferenceHasStanzaId();
    void archiveFailureAndRetry();
    void archiveAnswerAfterModelIsGone();
    void emptyConversationAsksArchiveForNewest();
    void liveMessagesAndStates();
    void outOfOrderMessageGoesToItsPlace();
    void removal();
    void dayAndGroupHints();
    void prependUpdatesHintOfOldFirstRow();
    void encryptionRoles();

private:
    static std::unique_ptr<QAbstractItemModelTester> tester(QAbstractItemModel *model)
    {
        return std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
};

void TestMessageModel::newestPageFirstThenOlderPages()
{
    MemoryHistoryStore store;
    fill(store, 0, 119);
    MessageModel model(store, juliet, 50);
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(bodies(model), expectedBodies(70, 119)); // newest page, oldest at the top
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.archiveState(), MessageModel::ArchiveState::Unavailable);

    Signals s(&model);
    const auto t = tester(&model); // pages back like a view scrolled to the top
    QCOMPARE(s.inserted.size(), 2);
    QCOMPARE(range(s.inserted, 0), std::make_pair(0, 49));
    QCOMPARE(range(s.inserted, 1), std::make_pair(0, 19));
    QCOMPARE(s.reset.size(), 0);
    QCOMPARE(bodies(model), expectedBodies(0, 119));
    QVERIFY(model.storeExhausted());
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // nothing left: no signal
    QCOMPARE(s.inserted.size(), 2);
}

void TestMessageModel::sqlStorePaging()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db(dir.path());
    QVERIFY(db.open().isOpen());
    SqlHistoryStore store(db);
    QList<StoredMessage> batch;
    for (int n = 0; n < 75; ++n) {
        batch.append(message(n));
    }
    batch.append(message(3, jid(u"romeo@example.net"_s))); // another conversation
    QCOMPARE(store.insertBatch(batch).size(), 76);

    MessageModel model(store, juliet, 30);
    QCOMPARE(bodies(model), expectedBodies(45, 74));
    Signals s(&model);
    const auto t = tester(&model);
    QCOMPARE(s.inserted.size(), 2);
    QCOMPARE(range(s.inserted, 0), std::make_pair(0, 29));
    QCOMPARE(range(s.inserted, 1), std::make_pair(0, 14));
    QCOMPARE(bodies(model), expectedBodies(0, 74));
    QCOMPARE(model.index(3).data(MessageModel::DirectionRole).toInt(), int(MessageDirection::Outgoing));
    QCOMPARE(model.index(3).data(MessageModel::StateRole).toInt(), int(MessageState::AckedByServer));
    QCOMPARE(model.index(3).data(MessageModel::SenderRole).toString(), u"me@example.com/balcony"_s);
    QCOMPARE(model.index(3).data(MessageModel::TimeRole).toDateTime(), epoch.addSecs(180));

    // Each older page changed the hints of the row that was first before it, and nothing else.
    QCOMPARE(s.changed.size(), 2);
    QCOMPARE(s.changed.at(0).at(0).value<QModelIndex>().row(), 30);
    QCOMPARE(s.changed.at(1).at(0).value<QModelIndex>().row(), 15);
    s.changed.clear();

    // A state change of a message of the first page (whose rows moved down twice): found by id.
    const qint64 id = model.messageAt(61).id;
    QCOMPARE(model.rowOf(id), 61);
    QVERIFY(store.updateState(id, MessageState::Delivered));
    model.messageStateChanged(id, MessageState::Delivered);
    QCOMPARE(s.changed.size(), 1);
    QCOMPARE(s.changed.first().at(0).value<QModelIndex>().row(), 61);
    QCOMPARE(s.changed.first().at(2).value<QList<int>>(), QList<int> { MessageModel::StateRole });
    QCOMPARE(model.index(61).data(MessageModel::StateRole).toInt(), int(MessageState::Delivered));
}

// Opening a long conversation reads its newest page only, and each fetchMore() (a view scrolled to the top)
// exactly one more page: the model never reads the whole conversation.
void TestMessageModel::onePagePerFetch()
{
    RecordingHistoryStore store;
    QList<StoredMessage> batch;
    for (int n = 0; n < 2000; ++n) {
        batch.append(message(n));
    }
    QCOMPARE(store.insertBatch(batch).size(), 2000);
    MessageModel model(store, juliet, 40);
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(store.pages, (QList<QPair<int, int>> { { 40, 40 } }));
    int fetches = 0;
    while (model.canFetchMore({})) {
        const int rows = model.rowCount();
        const qsizetype reads = store.pages.size();
        model.fetchMore({});
        ++fetches;
        QCOMPARE(store.pages.size(), reads + 1);
        QCOMPARE(store.pages.constLast().first, 40);
        QVERIFY(model.rowCount() - rows <= 40);
        QCOMPARE(model.rowCount() - rows, store.pages.constLast().second);
        QVERIFY(fetches <= 50);
    }
    QCOMPARE(model.rowCount(), 2000);
    QCOMPARE(fetches, 50); // 49 pages of 40 after the first; the 50th finds nothing older
    QCOMPARE(store.otherReads, 0);
    QCOMPARE(bodies(model).constFirst(), u"message 0"_s);
    QCOMPARE(bodies(model).constLast(), u"message 1999"_s);
}

void TestMessageModel::archiveAfterStore()
{
    MemoryHistoryStore store;
    fill(store, 100, 129); // 30 local messages, less than a page
    FakeArchive archive;
    MessageModel model(store, juliet, 50);
    model.setArchiveFetcher(archive.fetcher());
    QVERIFY(model.storeExhausted());
    QCOMPARE(model.archiveState(), MessageModel::ArchiveState::Idle);
    QSignalSpy states(&model, &MessageModel::archiveStateChanged);
    Signals s(&model);
    const auto t = tester(&model);

    // The store had nothing older: the archive is asked, from before the oldest row, without blocking.
    QCOMPARE(archive.requests.size(), 1);
    QCOMPARE(archive.requests[0].conversation, juliet);
    QVERIFY(archive.requests[0].oldest);
    QCOMPARE(archive.requests[0].oldest->body, u"message 100"_s);
    QCOMPARE(model.archiveState(), MessageModel::ArchiveState::Loading);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // no second request while one is out
    QCOMPARE(archive.requests.size(), 1);
    QCOMPARE(s.inserted.size(), 0);

    // The archive module stores the page, then answers.
    const QList<StoredMessage> page1 = fill(store, 50, 99, MessageFlag::FromArchive);
    archive.answer(0, true, page1, false);
    QCOMPARE(s.inserted.size(), 1);
    QCOMPARE(range(s.inserted, 0), std::make_pair(0, 49));
    QCOMPARE(bodies(model), expectedBodies(50, 129));
    QVERIFY(model.index(0).data(MessageModel::FromArchiveRole).toBool());
    QVERIFY(!model.index(50).data(MessageModel::FromArchiveRole).toBool());
    // The tester, like a view still at the top, asked for more: the store had nothing older, so the
    // archive was asked again from the new oldest row.
    if (archive.requests.size() == 1) {
        model.fetchMore({});
    }
    QCOMPARE(archive.requests.size(), 2);
    QCOMPARE(archive.requests[1].oldest->body, u"message 50"_s);

    // The last page, in any order, with a duplicate of a shown message; the archive is complete.
    QList<StoredMessage> page2 = fill(store, 40, 49, MessageFlag::FromArchive);
    std::reverse(page2.begin(), page2.end());
    page2.append(page1.first());
    archive.answer(1, true, page2, true);
    QCOMPARE(s.inserted.size(), 2);
    QCOMPARE(range(s.inserted, 1), std::make_pair(0, 9));
    QCOMPARE(bodies(model), expectedBodies(40, 129));
    QCOMPARE(model.archiveState(), MessageModel::ArchiveState::Complete);
    // The store is asked once more (the archive module may have stored more than the page reported);
    // it has nothing older, and the archive is not asked again.
    if (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QVERIFY(model.storeExhausted());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(s.inserted.size(), 2);
    QCOMPARE(archive.requests.size(), 2);
    QCOMPARE(s.reset.size(), 0);
    QCOMPARE(states.size(), 4); // Loading, Idle, Loading, Complete

    // A second answer to an answered request is ignored.
    archive.answer(1, true, fill(store, 30, 31), false);
    QCOMPARE(model.rowCount(), 90);
}

void TestMessageModel::archiveReferenceHasStanzaId()
{
    // The archive pages back from an id it knows: the oldest row with a XEP-0359 stanza-id.
    MemoryHistoryStore store;
    for (int n = 0; n < 5; ++n) {
        StoredMessage m = message(n);
        if (n >= 2) {
            m.stanzaId = u"archive-%1"_s.arg(n);
            m.stanzaIdBy = jid(u"me@example.com"_s);
        }
        store.insert(m);
    }
    FakeArchive archive;
    MessageModel model(store, juliet, 50);
    model.setArchiveFetcher(archive.fetcher());
    const auto t = tester(&model);
    QCOMPARE(archive.requests.size(), 1);
    QCOMPARE(archive.requests[0].oldest->stanzaId, u"archive-2"_s);
}

void TestMessageModel::archiveFailureAndRetry()
{
    MemoryHistoryStore store;
    fill(store, 10, 12);
    FakeArchive archive;
    MessageModel model(store, juliet, 50);
    model.setArchiveFetcher(archive.fetcher());
    const auto t = tester(&model);
    QCOMPARE(archive.requests.size(), 1);
    archive.answer(0, false, {}, false);
    QCOMPARE(model.archiveState(), MessageModel::ArchiveState::Failed);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(archive.requests.size(), 1); // not retried on its own
    model.retryArchive();
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(archive.requests.size(), 2);
    // An answer that brings nothing new ends the paging rather than asking forever.
    archive.answer(1, true, {}, false);
    QCOMPARE(model.archiveState(), MessageModel::ArchiveState::Complete);
    QCOMPARE(model.rowCount(), 3);
}

void TestMessageModel::archiveAnswerAfterModelIsGone()
{
    MemoryHistoryStore store;
    FakeArchive archive;
    {
        MessageModel model(store, juliet, 50);
        model.setArchiveFetcher(archive.fetcher());
        const auto t = tester(&model);
        QCOMPARE(archive.requests.size(), 1);
    }
    archive.answer(0, true, fill(store, 0, 3), true); // must not touch the destroyed model
    QCOMPARE(archive.requests.size(), 1);
}

void TestMessageModel::emptyConversationAsksArchiveForNewest()
{
    MemoryHistoryStore store;
    FakeArchive archive;
    MessageModel model(store, juliet, 20);
    model.setArchiveFetcher(archive.fetcher());
    Signals s(&model);
    const auto t = tester(&model);
    QCOMPARE(archive.requests.size(), 1);
    QVERIFY(!archive.requests[0].oldest); // nothing shown: the newest page of the archive
    archive.answer(0, true, fill(store, 0, 19, MessageFlag::FromArchive), false);
    QCOMPARE(range(s.inserted, 0), std::make_pair(0, 19));
    QCOMPARE(bodies(model), expectedBodies(0, 19));
}

void TestMessageModel::liveMessagesAndStates()
{
    MemoryHistoryStore store;
    fill(store, 0, 9);
    MessageModel model(store, juliet, 50);
    Signals s(&model);
    const auto t = tester(&model);

    StoredMessage live = message(10);
    live.state = MessageState::Queued;
    live.id = store.insert(live);
    model.messageAdded(live);
    QCOMPARE(s.inserted.size(), 1);
    QCOMPARE(range(s.inserted, 0), std::make_pair(10, 10));
    QCOMPARE(model.rowOf(live.id), 10);

    // Other conversations and unstored messages are not ours.
    StoredMessage other = message(11, jid(u"romeo@example.net"_s));
    other.id = store.insert(other);
    model.messageAdded(other);
    model.messageAdded(message(12)); // id 0: not committed
    QCOMPARE(s.inserted.size(), 1);

    // Sent, acked, delivered: one dataChanged each, on that row only; a repeat is silent.
    for (const MessageState state : { MessageState::Sent, MessageState::AckedByServer, MessageState::Delivered }) {
        model.messageStateChanged(live.id, state);
    }
    model.messageStateChanged(live.id, MessageState::Delivered);
    QCOMPARE(s.changed.size(), 3);
    for (const QList<QVariant> &signal : std::as_const(s.changed)) {
        QCOMPARE(signal.at(0).value<QModelIndex>().row(), 10);
        QCOMPARE(signal.at(1).value<QModelIndex>().row(), 10);
    }
    model.messageStateChanged(live.id, MessageState::Failed, u"recipient-unavailable"_s);
    QCOMPARE(s.changed.last().at(2).value<QList<int>>(),
        (QList<int> { MessageModel::StateRole, MessageModel::ErrorTextRole }));
    QCOMPARE(model.index(10).data(MessageModel::ErrorTextRole).toString(), u"recipient-unavailable"_s);
    model.messageStateChanged(9999, MessageState::Read); // unknown id: nothing
    QCOMPARE(s.changed.size(), 4);

    // Catch-up pages report ids; the rows are read back from the store.
    StoredMessage caughtUp = message(20);
    caughtUp.flags = MessageFlag::FromArchive;
    caughtUp.id = store.insert(caughtUp);
    model.messageIdsStored({ caughtUp.id, other.id, 424242 });
    QCOMPARE(s.inserted.size(), 2);
    QCOMPARE(range(s.inserted, 1), std::make_pair(11, 11));
    QVERIFY(model.index(11).data(MessageModel::FromArchiveRole).toBool());

    // Adding a known id again is an update of that row.
    live.body = u"corrected"_s;
    model.messageAdded(live);
    QCOMPARE(s.inserted.size(), 2);
    QCOMPARE(model.index(10).data().toString(), u"corrected"_s);
    QCOMPARE(s.reset.size(), 0);
}

void TestMessageModel::outOfOrderMessageGoesToItsPlace()
{
    MemoryHistoryStore store;
    fill(store, 0, 9);
    MessageModel model(store, juliet, 50);
    Signals s(&model);
    const auto t = tester(&model);
    // An offline message (XEP-0203) sent between messages 4 and 5 arrives now.
    StoredMessage delayed = message(4);
    delayed.body = u"delayed"_s;
    delayed.sentTime = epoch.addSecs(4 * 60 + 30);
    delayed.flags = MessageFlag::Delayed;
    delayed.id = store.insert(delayed);
    model.messageAdded(delayed);
    QCOMPARE(s.inserted.size(), 1);
    QCOMPARE(range(s.inserted, 0), std::make_pair(5, 5));
    QCOMPARE(model.index(5).data().toString(), u"delayed"_s);
    QVERIFY(model.index(5).data(MessageModel::DelayedRole).toBool());
    QCOMPARE(model.rowOf(model.messageAt(9).id), 9);
    QCOMPARE(model.index(6).data().toString(), u"message 5"_s);
}

void TestMessageModel::removal()
{
    MemoryHistoryStore store;
    const QList<StoredMessage> stored = fill(store, 0, 4);
    MessageModel model(store, juliet, 50);
    Signals s(&model);
    const auto t = tester(&model);
    model.messageRemoved(stored[1].id);
    QCOMPARE(s.removed.size(), 1);
    QCOMPARE(range(s.removed, 0), std::make_pair(1, 1));
    QCOMPARE(model.rowOf(stored[4].id), 3);
    QCOMPARE(model.rowOf(stored[1].id), -1);
    model.messageRemoved(stored[1].id);
    QCOMPARE(s.removed.size(), 1);
}

void TestMessageModel::dayAndGroupHints()
{
    MemoryHistoryStore store;
    const auto add = [&store](int n, qint64 secs, bool outgoing) {
        StoredMessage m = message(outgoing ? 1 : 0);
        m.body = u"h%1"_s.arg(n);
        m.sentTime = epoch.addSecs(secs);
        store.insert(m);
    };
    add(0, 0, false);
    add(1, 30, false); // same sender, 30 s later: same group
    add(2, 60, true); // we answer: new group
    add(3, 60 + 10 * 60, true); // ten minutes later: new group
    add(4, 24 * 3600, true); // the next day
    MessageModel model(store, juliet, 50);
    const auto t = tester(&model);
    const auto hint = [&model](int row, int role) { return model.index(row).data(role).toBool(); };
    QVERIFY(hint(0, MessageModel::FirstOfDayRole));
    QVERIFY(hint(0, MessageModel::FirstOfGroupRole));
    QVERIFY(!hint(1, MessageModel::FirstOfDayRole));
    QVERIFY(!hint(1, MessageModel::FirstOfGroupRole));
    QVERIFY(!hint(2, MessageModel::FirstOfDayRole));
    QVERIFY(hint(2, MessageModel::FirstOfGroupRole));
    QVERIFY(hint(3, MessageModel::FirstOfGroupRole));
    QVERIFY(hint(4, MessageModel::FirstOfDayRole));
    QVERIFY(hint(4, MessageModel::FirstOfGroupRole));
}

void TestMessageModel::prependUpdatesHintOfOldFirstRow()
{
    MemoryHistoryStore store;
    fill(store, 0, 59); // one hour of one day
    MessageModel model(store, juliet, 50);
    QVERIFY(model.index(0).data(MessageModel::FirstOfDayRole).toBool());
    Signals s(&model);
    const auto t = tester(&model);
    QCOMPARE(range(s.inserted, 0), std::make_pair(0, 9));
    // The old first row is no longer the first of its day: its hints are announced, nothing else.
    QCOMPARE(s.changed.size(), 1);
    QCOMPARE(s.changed.first().at(0).value<QModelIndex>().row(), 10);
    QCOMPARE(s.changed.first().at(2).value<QList<int>>(),
        (QList<int> { MessageModel::FirstOfDayRole, MessageModel::FirstOfGroupRole }));
    QVERIFY(!model.index(10).data(MessageModel::FirstOfDayRole).toBool());
}

void TestMessageModel::encryptionRoles()
{
    // The lock comes from the history row itself (StoredMessage::e2e), on the SQL store too: no key store.
    QTemporaryDir dir;
    Database db(dir.path());
    QVERIFY(db.open().isOpen());
    SqlHistoryStore store(db);
    StoredMessage plain = message(0);
    plain.id = store.insert(plain);
    StoredMessage decrypted = message(2);
    decrypted.e2e = { MessageE2eKind::OnlineEsession, MessageE2eStatus::Decrypted, epoch, QString() };
    decrypted.id = store.insert(decrypted);
    StoredMessage rejected = message(4);
    rejected.e2e = { MessageE2eKind::OfflineEsession, MessageE2eStatus::Rejected, QDateTime(), u"bad MAC"_s };
    rejected.id = store.insert(rejected);
    MessageModel model(store, juliet, 50);
    const auto t = tester(&model);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data(MessageModel::EncryptionRole).toInt(), int(MessageE2eKind::None));
    QVERIFY(!model.index(0).data(MessageModel::EncryptionStatusRole).isValid());
    QCOMPARE(model.index(1).data(MessageModel::EncryptionRole).toInt(), int(MessageE2eKind::OnlineEsession));
    QCOMPARE(model.index(1).data(MessageModel::EncryptionStatusRole).toInt(), int(MessageE2eStatus::Decrypted));
    QCOMPARE(model.index(2).data(MessageModel::EncryptionRole).toInt(), int(MessageE2eKind::OfflineEsession));
    QCOMPARE(model.index(2).data(MessageModel::EncryptionStatusRole).toInt(), int(MessageE2eStatus::Rejected));
    QCOMPARE(model.index(2).data(MessageModel::EncryptionDetailRole).toString(), u"bad MAC"_s);
    // A live message brings its mark along.
    StoredMessage live = message(6);
    live.e2e = { MessageE2eKind::OfflineEsession, MessageE2eStatus::Encrypted, epoch, QString() };
    live.id = store.insert(live);
    model.messageAdded(*store.message(live.id));
    QCOMPARE(model.index(3).data(MessageModel::EncryptionRole).toInt(), int(MessageE2eKind::OfflineEsession));
    QCOMPARE(model.roleNames().value(MessageModel::EncryptionRole), QByteArray("encryption"));
}

QTEST_GUILESS_MAIN(TestMessageModel)
#include "tst_messagemodel.moc"
