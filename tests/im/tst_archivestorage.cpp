// Catch-up pages stored on ThreadedArchiveStorage's thread (its own connection to the profile database):
// pages committed in order with the same rows, ids and position as the synchronous path; de-duplication
// against live messages the main connection stores meanwhile; a failed page ends its batch (no later
// position committed); destruction finishes the pages handed in. Then ArchiveManager over the threaded
// storage: signals only after the commit, identical results to the synchronous path, a failing page ends
// the catch-up with the position of the last good page.
#include "ScriptedSession.h"
#include "TestJid.h"
#include "im/ArchiveManager.h"
#include "im/ImNamespaces.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "storage/Database.h"
#include "storage/SqlHistoryStore.h"
#include "storage/SqlOutboxStore.h"
#include "storage/SynchronousArchiveStorage.h"
#include "storage/ThreadedArchiveStorage.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

const Jid own = jid(u"user@example.com"_s);

QDateTime at(int n)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(n);
}

// Archived message n (archive id "A<n>") from one of three contacts; every fourth is our own outgoing one.
StoredMessage archived(int n)
{
    StoredMessage m;
    const Jid contact = jid(u"contact%1@example.net"_s.arg(n % 3));
    const bool outgoing = n % 4 == 0;
    m.conversation = contact;
    m.direction = outgoing ? MessageDirection::Outgoing : MessageDirection::Incoming;
    m.from = outgoing ? jid(u"user@example.com/phone"_s) : jid(contact.toString() + u"/a"_s);
    m.to = outgoing ? contact : jid(u"user@example.com/balcony"_s);
    m.messageId = u"x%1"_s.arg(n);
    m.originId = outgoing ? m.messageId : QString();
    m.stanzaId = u"A%1"_s.arg(n);
    m.stanzaIdBy = own;
    m.body = u"message %1"_s.arg(n);
    m.sentTime = at(n);
    m.serverTime = at(n);
    m.receivedTime = at(100000);
    m.state = outgoing ? MessageState::Sent : MessageState::Received;
    m.flags = MessageFlag::FromArchive;
    return m;
}

// Page `index` of `size` messages; with `overlap` it repeats the previous page's last message (a duplicate
// for de-duplication), and message 2 of page 0 appears twice within it.
ArchivePage archivePage(int index, int size, quint64 batch)
{
    ArchivePage page;
    const int first = index * size + 1;
    if (index > 0) {
        page.messages.append(archived(first - 1));
    }
    for (int n = first; n < first + size; ++n) {
        page.messages.append(archived(n));
    }
    if (index == 0) {
        page.messages.append(archived(2));
    }
    page.archive = own;
    page.position = { u"A%1"_s.arg(first + size - 1), at(first + size - 1) };
    page.batch = batch;
    return page;
}

// Every row of the message table (all columns) and the archive positions, in id order.
QList<QVariantList> dump(const Database &db)
{
    QList<QVariantList> rows;
    for (const QString &sql : { u"SELECT * FROM message ORDER BY id"_s, u"SELECT * FROM archive_position"_s }) {
        QSqlQuery query(db.sql());
        if (!query.exec(sql)) {
            rows.append(QVariantList { QVariant(u"failed: "_s + sql) });
            continue;
        }
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i) {
                row.append(query.value(i));
            }
            rows.append(row);
        }
    }
    return rows;
}

int count(const Database &db, const QString &where = u"1"_s)
{
    QSqlQuery query(db.sql());
    query.exec(u"SELECT count(*) FROM message WHERE "_s + where);
    return query.next() ? query.value(0).toInt() : -1;
}

QByteArray mamResult(const QString &queryId, int n)
{
    const QByteArray number = QByteArray::number(n);
    return "<message from='user@example.com' to='user@example.com/balcony'><result xmlns='urn:xmpp:mam:2' queryid='"
        + queryId.toUtf8() + "' id='A" + number
        + "'><forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='"
        + at(n).toString(Qt::ISODate).toUtf8()
        + "'/><message xmlns='jabber:client' from='juliet@example.net/a' to='user@example.com/phone' type='chat' "
          "id='x"
        + number + "'><body>m" + number + "</body></message></forwarded></result></message>";
}

QByteArray fin(const QString &iqId, int first, int last, bool complete)
{
    return "<iq type='result' id='" + iqId.toUtf8() + "'><fin xmlns='urn:xmpp:mam:2'"
        + (complete ? " complete='true'" : "") + "><set xmlns='http://jabber.org/protocol/rsm'><first>A"
        + QByteArray::number(first) + "</first><last>A" + QByteArray::number(last) + "</last></set></fin></iq>";
}

// A profile with the app's modules for the archive: main connection stores, a scripted session, and the
// ArchiveManager on the threaded (or synchronous) storage.
struct Client {
    explicit Client(const QString &dir, bool threaded)
        : db(dir)
    {
        opened = db.open().isOpen();
        history = std::make_unique<SqlHistoryStore>(db);
        outboxStore = std::make_unique<SqlOutboxStore>(*history);
        history->setArchivePosition(own, { u"A0"_s, at(0) });
        outbox = std::make_unique<Outbox>(session.connection(), *outboxStore);
        messages = std::make_unique<MessageManager>(session.connection(), *history, *outbox, nullptr);
        if (threaded) {
            storage = std::make_unique<ThreadedArchiveStorage>(dir);
        }
        archive = std::make_unique<ArchiveManager>(session.connection(), *history);
        archive->setStorage(storage.get());
        archive->setPageSize(3);
    }
    ~Client()
    {
        archive.reset();
        storage.reset();
    }
    Element takeQuery()
    {
        for (const Element &stanza : session.takeStanzas()) {
            if (stanza.name() == u"iq" && stanza.hasChild(u"query", ns::mam())) {
                return stanza;
            }
        }
        return {};
    }
    void answer(const Element &query, int first, int last, bool complete)
    {
        const QString queryId = query.firstChild(u"query", ns::mam()).attribute(u"queryid");
        for (int n = first; n <= last; ++n) {
            session.inject(mamResult(queryId, n));
        }
        session.inject(fin(query.attribute(u"id"), first, last, complete));
    }

    Database db;
    bool opened = false;
    std::unique_ptr<SqlHistoryStore> history;
    std::unique_ptr<SqlOutboxStore> outboxStore;
    ScriptedSession session;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<MessageManager> messages;
    std::unique_ptr<ThreadedArchiveStorage> storage;
    std::unique_ptr<ArchiveManager> archive;
};

} // namespace

class TestArchiveStorage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pagesInOrderLikeSynchronous();
    void liveCopiesRaceArchivedPages();
    void failedPageEndsItsBatch();
    void destructionFinishesQueuedPages();
    void catchUpSignalsAfterCommit();
    void failingPageEndsCatchUp();
    void newSessionWaitsForQueuedPages();
};

void TestArchiveStorage::pagesInOrderLikeSynchronous()
{
    QTemporaryDir threadedDir;
    QTemporaryDir synchronousDir;
    Database threadedDb(threadedDir.path());
    Database synchronousDb(synchronousDir.path());
    QVERIFY(threadedDb.open().isOpen());
    QVERIFY(synchronousDb.open().isOpen());
    SqlHistoryStore synchronousHistory(synchronousDb);
    SynchronousArchiveStorage synchronous(synchronousHistory);
    ThreadedArchiveStorage threaded(threadedDir.path());

    constexpr int pages = 12;
    QList<int> order;
    QList<QList<qint64>> threadedIds;
    QList<QList<qint64>> synchronousIds;
    for (int i = 0; i < pages; ++i) {
        threaded.store(archivePage(i, 40, 1), [&order, &threadedIds, i](const ArchivePageResult &result) {
            QVERIFY(result.ok);
            order.append(i);
            threadedIds.append(result.ids);
        });
        synchronous.store(archivePage(i, 40, 1), [&synchronousIds](const ArchivePageResult &result) {
            QVERIFY(result.ok);
            synchronousIds.append(result.ids);
        });
    }
    QTRY_COMPARE(order.size(), pages);
    QList<int> expected(pages);
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(order, expected);
    QCOMPARE(threadedIds, synchronousIds);
    QCOMPARE(count(threadedDb), pages * 40);
    QCOMPARE(dump(threadedDb), dump(synchronousDb));
    SqlHistoryStore threadedHistory(threadedDb);
    QCOMPARE(threadedHistory.lastStanzaId(own)->stanzaId, u"A%1"_s.arg(pages * 40));
    // Search (FTS5 rows written by the storage thread) sees them through the main connection.
    QCOMPARE(threadedHistory.search(u"message 123"_s).size(), 1);
}

void TestArchiveStorage::liveCopiesRaceArchivedPages()
{
    QTemporaryDir dir;
    Database db(dir.path());
    QVERIFY(db.open().isOpen());
    SqlHistoryStore history(db);
    ThreadedArchiveStorage threaded(dir.path());
    constexpr int pages = 20;
    constexpr int size = 50;
    int done = 0;
    for (int i = 0; i < pages; ++i) {
        threaded.store(archivePage(i, size, 1), [&done](const ArchivePageResult &result) {
            QVERIFY(result.ok);
            ++done;
        });
        // Meanwhile the main connection stores live copies of messages of this page (the live message with
        // our server's stanza-id; our own outgoing ones by origin-id without stanza-id), racing the storage
        // thread: whichever commits first, each message exists once.
        for (int n = i * size + 1; n <= (i + 1) * size; n += 7) {
            StoredMessage live = archived(n);
            live.flags = {};
            if (live.direction == MessageDirection::Outgoing) {
                live.stanzaId.clear();
                live.stanzaIdBy = Jid();
            }
            QVERIFY(history.insert(live) != 0);
        }
    }
    QTRY_COMPARE(done, pages);
    QCOMPARE(count(db), pages * size);
    QSqlQuery distinct(db.sql());
    QVERIFY(distinct.exec(u"SELECT count(DISTINCT stanza_id) FROM message"_s) && distinct.next());
    QCOMPARE(distinct.value(0).toInt(), pages * size); // every row took over the archive id
}

void TestArchiveStorage::failedPageEndsItsBatch()
{
    QTemporaryDir dir;
    Database db(dir.path());
    QVERIFY(db.open().isOpen());
    SqlHistoryStore history(db);
    ThreadedArchiveStorage threaded(dir.path());
    QList<bool> results;
    const auto record = [&results](const ArchivePageResult &result) { results.append(result.ok); };
    threaded.store(archivePage(0, 10, 7), record);
    ArchivePage broken = archivePage(1, 10, 7);
    broken.messages[3].conversation = Jid(); // cannot be stored: the whole page rolls back
    threaded.store(broken, record);
    threaded.store(archivePage(2, 10, 7), record); // same batch: dropped
    threaded.store(archivePage(3, 10, 8), record); // another batch: stored
    QTRY_COMPARE(results.size(), 4);
    QCOMPARE(results, QList<bool>({ true, false, false, true }));
    QCOMPARE(count(db), 21); // page 0 (10) and page 3 (11: it repeats message 30)
    QCOMPARE(count(db, u"body = 'message 25'"_s), 0);
    QCOMPARE(count(db, u"body = 'message 15'"_s), 0);
    QCOMPARE(history.lastStanzaId(own)->stanzaId, u"A40"_s);
    // Without the independent batch, the position is that of the last good page.
    QTemporaryDir dir2;
    Database db2(dir2.path());
    QVERIFY(db2.open().isOpen());
    {
        ThreadedArchiveStorage second(dir2.path());
        second.store(archivePage(0, 10, 3), {});
        broken.batch = 3;
        second.store(broken, {});
        second.store(archivePage(2, 10, 3), {});
    }
    QCOMPARE(SqlHistoryStore(db2).lastStanzaId(own)->stanzaId, u"A10"_s);
    QCOMPARE(count(db2), 10);
}

void TestArchiveStorage::destructionFinishesQueuedPages()
{
    QTemporaryDir dir;
    Database db(dir.path());
    QVERIFY(db.open().isOpen());
    bool called = false;
    {
        auto threaded = std::make_unique<ThreadedArchiveStorage>(dir.path());
        for (int i = 0; i < 30; ++i) {
            threaded->store(archivePage(i, 50, 1), [&called](const ArchivePageResult &) { called = true; });
        }
        threaded.reset(); // returns once every page handed in is committed; the thread is gone
    }
    QCoreApplication::processEvents();
    QVERIFY(!called); // the owner is gone: no callback into it
    QCOMPARE(count(db), 30 * 50);
    QCOMPARE(SqlHistoryStore(db).lastStanzaId(own)->stanzaId, u"A1500"_s);
}

void TestArchiveStorage::catchUpSignalsAfterCommit()
{
    QTemporaryDir threadedDir;
    QTemporaryDir synchronousDir;
    QList<QList<QVariantList>> results;
    for (const bool threaded : { true, false }) {
        Client client(threaded ? threadedDir.path() : synchronousDir.path(), threaded);
        QVERIFY(client.opened);
        QList<int> progress;
        bool allVisible = true;
        QObject::connect(
            client.archive.get(), &ArchiveManager::messagesStored, client.archive.get(), [&](const QList<qint64> &ids) {
                for (const qint64 id : ids) {
                    allVisible = allVisible && client.history->message(id).has_value();
                }
            });
        QObject::connect(client.archive.get(), &ArchiveManager::catchUpProgress, client.archive.get(), [&](int stored) {
            progress.append(stored);
            // Progress comes after the page's commit: its position (or a later page's: the storage thread may
            // be ahead) is visible to the main connection.
            allVisible = allVisible && client.history->lastStanzaId(own)->stanzaId.mid(1).toInt() >= stored;
        });
        QSignalSpy finished(client.archive.get(), &ArchiveManager::catchUpFinished);
        QVERIFY(client.session.login());
        // Message 2 also came live with our server's stanza-id, while the catch-up runs.
        client.session.inject("<message from='juliet@example.net/a' to='user@example.com/balcony' type='chat' "
                              "id='x2'><body>m2</body><stanza-id xmlns='urn:xmpp:sid:0' by='user@example.com' "
                              "id='A2'/></message>");
        for (int first = 1; first <= 9; first += 3) {
            const Element query = client.takeQuery();
            QVERIFY(!query.isNull()); // sent before the previous page was committed (threaded)
            client.answer(query, first, first + 2, first == 7);
        }
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toInt(), 9);
        QCOMPARE(progress, QList<int>({ 3, 6, 9 }));
        QVERIFY(allVisible);
        QCOMPARE(count(client.db), 9);
        QSqlQuery rows(client.db.sql());
        QVERIFY(rows.exec(u"SELECT conversation, body, stanza_id, direction, state, server_time FROM message "
                          "ORDER BY id"_s));
        QList<QVariantList> dumped;
        while (rows.next()) {
            dumped.append({ rows.value(0), rows.value(1), rows.value(2), rows.value(3), rows.value(4), rows.value(5) });
        }
        results.append(dumped);
    }
    QCOMPARE(results.at(0), results.at(1));
}

void TestArchiveStorage::failingPageEndsCatchUp()
{
    QTemporaryDir dir;
    {
        Database setup(dir.path());
        QVERIFY(setup.open().isOpen());
        // A storage failure in the second page (messages 4..6), on every connection to this file.
        QSqlQuery trigger(setup.sql());
        QVERIFY(trigger.exec(u"CREATE TRIGGER poison BEFORE INSERT ON message WHEN NEW.body = 'm5' "
                             "BEGIN SELECT RAISE(ABORT, 'poisoned'); END"_s));
    }
    Client client(dir.path(), true);
    QVERIFY(client.opened);
    QSignalSpy finished(client.archive.get(), &ArchiveManager::catchUpFinished);
    QSignalSpy progress(client.archive.get(), &ArchiveManager::catchUpProgress);
    QVERIFY(client.session.login());
    client.answer(client.takeQuery(), 1, 3, false);
    client.answer(client.takeQuery(), 4, 6, false);
    // The third query went out before the second page failed on the storage thread: its page is dropped.
    const Element third = client.takeQuery();
    if (!third.isNull()) {
        client.answer(third, 7, 9, true);
    }
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finished.at(0).at(1).toInt(), 3);
    QCOMPARE(progress.size(), 1);
    QCOMPARE(count(client.db), 3);
    QCOMPARE(client.history->lastStanzaId(own)->stanzaId, u"A3"_s);
    QVERIFY(!client.archive->isCatchingUp());
    // Nothing further arrives for the failed catch-up, and no later position is committed.
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(client.history->lastStanzaId(own)->stanzaId, u"A3"_s);
}

void TestArchiveStorage::newSessionWaitsForQueuedPages()
{
    QTemporaryDir dir;
    Client client(dir.path(), true);
    QVERIFY(client.opened);
    QSignalSpy finished(client.archive.get(), &ArchiveManager::catchUpFinished);
    QSignalSpy stored(client.archive.get(), &ArchiveManager::messagesStored);
    QVERIFY(client.session.login());
    client.answer(client.takeQuery(), 1, 3, false); // handed to the storage thread; the next query is out
    QVERIFY(!client.takeQuery().isNull());
    // A new session (the old one was lost) before the page was reported stored: the new catch-up must start
    // from the position that page moves to, so it waits for it instead of reading the older one.
    Q_EMIT client.session.connection().sessionStarting(true);
    QVERIFY(client.takeQuery().isNull());
    Element query;
    const auto sent = [&] {
        if (query.isNull()) {
            query = client.takeQuery();
        }
        return !query.isNull();
    };
    QTRY_VERIFY(sent());
    QCOMPARE(
        query.firstChild(u"query", ns::mam()).firstChild(u"set", ns::rsm()).childText(u"after", ns::rsm()), u"A3"_s);
    QCOMPARE(stored.size(), 1); // the abandoned catch-up's committed page was still announced
    client.answer(query, 4, 6, true);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(1).toInt(), 3);
    QCOMPARE(count(client.db), 6);
}

QTEST_GUILESS_MAIN(TestArchiveStorage)
#include "tst_archivestorage.moc"
