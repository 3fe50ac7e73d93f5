// HistoryStore: XEP-0359 de-duplication, paging by (sortTime, id), FTS5 search, the state rule, read markers
// and unread counts, XEP-0313 archive positions, batches. Every behavioural test runs on SqlHistoryStore and
// on MemoryHistoryStore (the double other modules test against); the SQL-only tests check persistence, the
// FTS triggers and that the queries use the indexes meant for them.

#include "HistoryTestBackend.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::test;

namespace {

QStringList bodies(const QList<StoredMessage> &messages)
{
    QStringList result;
    for (const StoredMessage &m : messages) {
        result.append(m.body);
    }
    return result;
}

void addBackends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sql") << u"sql"_s;
    QTest::newRow("memory") << u"memory"_s;
}

QList<qint64> ids(const QList<StoredMessage> &messages)
{
    QList<qint64> result;
    for (const StoredMessage &m : messages) {
        result.append(m.id);
    }
    return result;
}

QString queryPlan(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(u"EXPLAIN QUERY PLAN "_s + sql)) {
        return u"ERROR "_s + sql;
    }
    QStringList lines;
    while (query.next()) {
        lines.append(query.value(3).toString());
    }
    return lines.join(u" | "_s);
}

} // namespace

class TestSqlHistoryStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void insertAndRead_data() { addBackends(); }
    void insertAndRead();
    void dedupeByStanzaId_data() { addBackends(); }
    void dedupeByStanzaId();
    void dedupeByOriginId_data() { addBackends(); }
    void dedupeByOriginId();
    void insertSaysWhetherRowIsNew_data() { addBackends(); }
    void insertSaysWhetherRowIsNew();
    void paging_data() { addBackends(); }
    void paging();
    void search_data() { addBackends(); }
    void search();
    void states_data() { addBackends(); }
    void states();
    void conversationsAndUnread_data() { addBackends(); }
    void conversationsAndUnread();
    void conversationsFollowChanges_data() { addBackends(); }
    void conversationsFollowChanges();
    void searchPagesWithCursor_data() { addBackends(); }
    void searchPagesWithCursor();
    void archivePosition_data() { addBackends(); }
    void archivePosition();
    void batchIsAllOrNothing_data() { addBackends(); }
    void batchIsAllOrNothing();

    void sqlPersistsAcrossReopen();
    void sqlFtsFollowsBodyUpdates();
    void sqlFtsOfBatchesAndMigratedRows();
    void sqlQueriesUseIndexes();
    void sqlConversationSummaryAgreesWithMemory();
    void sqlConversationSummaryMigrated();
    void sqlSearchEqualsSortingEveryMatch();
};

void TestSqlHistoryStore::insertAndRead()
{
    QFETCH(QString, backend);
    Backend b(backend);
    QVERIFY(b.opened);
    StoredMessage m
        = incoming(u"romeo@example.net/orchard"_s, u"But soft, what light through yonder window breaks?"_s, 10);
    m.type = Message::Type::Normal;
    m.messageId = u"m1"_s;
    m.originId = u"o1"_s;
    m.stanzaId = u"s1"_s;
    m.stanzaIdBy = jid(u"juliet@example.com"_s);
    m.thread = u"t1"_s;
    m.serverTime = at(11);
    m.receivedTime = at(12);
    m.flags = MessageFlag::Delayed | MessageFlag::FromArchive;
    m.stanzaXml = u"<message xmlns='jabber:client'/>"_s;
    const qint64 id = b.history->insert(m);
    QVERIFY(id > 0);
    m.id = id;
    QCOMPARE(b.history->message(id), std::optional<StoredMessage>(m));
    QCOMPARE(b.history->message(id + 100), std::nullopt);
    QCOMPARE(m.sortTime(), at(11));

    // A message without a conversation is refused.
    StoredMessage bad = m;
    bad.conversation = Jid();
    bad.stanzaId.clear();
    bad.originId.clear();
    QCOMPARE(b.history->insert(bad), 0);
}

void TestSqlHistoryStore::dedupeByStanzaId()
{
    QFETCH(QString, backend);
    Backend b(backend);
    StoredMessage m = incoming(u"romeo@example.net/orchard"_s, u"hello"_s, 10);
    m.stanzaId = u"abc"_s;
    m.stanzaIdBy = jid(u"juliet@example.com"_s);
    const qint64 id = b.history->insert(m);
    QVERIFY(id > 0);
    // The same archived message again (a MAM copy of a live message): no new row.
    StoredMessage again = m;
    again.flags = MessageFlag::FromArchive;
    QCOMPARE(b.history->insert(again), id);
    // Same stanza-id, but another 'by' (a MUC's archive) or another conversation: different messages.
    StoredMessage otherBy = m;
    otherBy.stanzaIdBy = jid(u"capulet.example.com"_s);
    const qint64 id2 = b.history->insert(otherBy);
    QVERIFY(id2 > 0 && id2 != id);
    StoredMessage otherConversation = incoming(u"nurse@example.com/kitchen"_s, u"hello"_s, 10);
    otherConversation.stanzaId = u"abc"_s;
    otherConversation.stanzaIdBy = jid(u"juliet@example.com"_s);
    const qint64 id3 = b.history->insert(otherConversation);
    QVERIFY(id3 > 0 && id3 != id && id3 != id2);
    QCOMPARE(b.history->page(jid(u"romeo@example.net"_s), 10).size(), 2);
}

void TestSqlHistoryStore::insertSaysWhetherRowIsNew()
{
    QFETCH(QString, backend);
    Backend b(backend);
    StoredMessage m = incoming(u"romeo@example.net/orchard"_s, u"hello"_s, 10);
    m.originId = u"o1"_s;
    bool created = false;
    const qint64 id = b.history->insert(m, &created);
    QVERIFY(id > 0);
    QVERIFY(created);
    // A duplicate (XEP-0359 §6) gives the stored row's id and is not new, even when it adds a stanza-id.
    created = true;
    StoredMessage archived = m;
    archived.stanzaId = u"s1"_s;
    archived.stanzaIdBy = jid(u"juliet@example.com"_s);
    archived.flags = MessageFlag::FromArchive;
    QCOMPARE(b.history->insert(archived, &created), id);
    QVERIFY(!created);
    // Deleting the newest row frees its id (SQLite's rowid); the next message is new although its id is not.
    QVERIFY(b.history->remove(id));
    created = false;
    const qint64 next = b.history->insert(incoming(u"romeo@example.net/orchard"_s, u"again"_s, 11), &created);
    QVERIFY(next > 0);
    QVERIFY(created);
    // Nothing stored: not new.
    created = true;
    StoredMessage bad = m;
    bad.conversation = Jid();
    QCOMPARE(b.history->insert(bad, &created), 0);
    QVERIFY(!created);
}

void TestSqlHistoryStore::dedupeByOriginId()
{
    QFETCH(QString, backend);
    Backend b(backend);
    // Received live without a stanza-id.
    StoredMessage live = incoming(u"romeo@example.net/orchard"_s, u"hello"_s, 10);
    live.originId = u"o-1"_s;
    const qint64 id = b.history->insert(live);
    QVERIFY(id > 0);
    // The archive's copy: same origin-id from the same bare JID (another resource is fine).
    StoredMessage archived = live;
    archived.from = jid(u"romeo@example.net/other"_s);
    archived.stanzaId = u"mam-7"_s;
    archived.stanzaIdBy = jid(u"juliet@example.com"_s);
    archived.serverTime = at(9);
    archived.flags = MessageFlag::FromArchive;
    QCOMPARE(b.history->insert(archived), id);
    // The stored row took over the stanza-id and the archive time.
    const StoredMessage stored = *b.history->message(id);
    QCOMPARE(stored.stanzaId, u"mam-7"_s);
    QCOMPARE(stored.stanzaIdBy, jid(u"juliet@example.com"_s));
    QCOMPARE(stored.serverTime, at(9));
    QCOMPARE(stored.sortTime(), at(9));
    QCOMPARE(stored.body, u"hello"_s);
    QCOMPARE(stored.flags, MessageFlags());
    // ... so the stanza-id now finds it too.
    StoredMessage byStanzaId = incoming(u"romeo@example.net/orchard"_s, u"hello"_s, 10);
    byStanzaId.stanzaId = u"mam-7"_s;
    byStanzaId.stanzaIdBy = jid(u"juliet@example.com"_s);
    QCOMPARE(b.history->insert(byStanzaId), id);

    // The same origin-id from someone else is another message (origin-ids are only unique per sender).
    StoredMessage spoof = incoming(u"tybalt@example.net/x"_s, u"hello"_s, 10);
    spoof.conversation = jid(u"romeo@example.net"_s);
    spoof.originId = u"o-1"_s;
    const qint64 other = b.history->insert(spoof);
    QVERIFY(other > 0 && other != id);

    // Our outgoing message resent after a crash, with the same origin-id.
    const StoredMessage out = outgoing(u"romeo@example.net"_s, u"hi"_s, 20, u"our-1"_s);
    const qint64 outId = b.history->insert(out);
    QVERIFY(outId > 0);
    QCOMPARE(b.history->insert(out), outId);
    QCOMPARE(b.history->page(jid(u"romeo@example.net"_s), 10).size(), 3);
}

void TestSqlHistoryStore::paging()
{
    QFETCH(QString, backend);
    Backend b(backend);
    const Jid romeo = jid(u"romeo@example.net"_s);
    // 25 messages, inserted out of order, several with the same time (then the id decides).
    QList<qint64> expectedOrder; // newest first
    QMap<QPair<qint64, qint64>, qint64> byKey;
    for (int i = 0; i < 25; ++i) {
        const qint64 seconds = (i * 7) % 10; // 0..9, repeated
        const qint64 id = b.history->insert(incoming(u"romeo@example.net/r"_s, u"m%1"_s.arg(i), seconds));
        QVERIFY(id > 0);
        byKey.insert({ seconds, id }, id);
    }
    // Another conversation in between must not show up.
    QVERIFY(b.history->insert(incoming(u"nurse@example.com/k"_s, u"other"_s, 5)) > 0);
    for (auto it = byKey.cend(); it != byKey.cbegin();) {
        --it;
        expectedOrder.append(it.value());
    }

    QList<qint64> seen;
    HistoryCursor cursor;
    for (int pageNo = 0; pageNo < 10; ++pageNo) {
        const QList<StoredMessage> page = b.history->page(romeo, 10, cursor);
        if (page.isEmpty()) {
            break;
        }
        QVERIFY(page.size() <= 10);
        for (const StoredMessage &m : page) {
            QCOMPARE(m.conversation, romeo);
            seen.append(m.id);
        }
        cursor = page.constLast().cursor();
    }
    QCOMPARE(seen, expectedOrder);
    QCOMPARE(b.history->page(romeo, 0), QList<StoredMessage>());
    QCOMPARE(b.history->page(jid(u"nobody@example.org"_s), 10), QList<StoredMessage>());

    // The archive time orders before the sender's time: a message whose sender clock is late but the
    // server's time is early goes to the right place.
    StoredMessage skewed = incoming(u"romeo@example.net/r"_s, u"skewed"_s, 1000);
    skewed.serverTime = at(-5);
    QVERIFY(b.history->insert(skewed) > 0);
    QCOMPARE(b.history->page(romeo, 30).constLast().body, u"skewed"_s);
}

void TestSqlHistoryStore::search()
{
    QFETCH(QString, backend);
    Backend b(backend);
    const qint64 a = b.history->insert(incoming(u"romeo@example.net/r"_s, u"Parting is such sweet sorrow"_s, 1));
    const qint64 c = b.history->insert(incoming(u"romeo@example.net/r"_s, u"A rose by any other name"_s, 2));
    const qint64 d = b.history->insert(incoming(u"nurse@example.com/k"_s, u"Sweet ROSES for the café"_s, 3));
    const qint64 e
        = b.history->insert(outgoing(u"romeo@example.net"_s, u"sweet dreams, \"love\" (OR NOT)"_s, 4, u"o1"_s));
    QVERIFY(a > 0 && c > 0 && d > 0 && e > 0);

    // Every word required, case-insensitive, newest first.
    QCOMPARE(bodies(b.history->search(u"SWEET"_s)),
        (QStringList {
            u"sweet dreams, \"love\" (OR NOT)"_s, u"Sweet ROSES for the café"_s, u"Parting is such sweet sorrow"_s }));
    QCOMPARE(bodies(b.history->search(u"sweet sorrow"_s)), QStringList { u"Parting is such sweet sorrow"_s });
    // The last word is a prefix (search while typing); earlier words are whole words.
    QCOMPARE(bodies(b.history->search(u"ros"_s)),
        (QStringList { u"Sweet ROSES for the café"_s, u"A rose by any other name"_s }));
    QCOMPARE(b.history->search(u"ros sweet"_s).size(), 0);
    // Diacritics do not matter, in either direction.
    QCOMPARE(bodies(b.history->search(u"cafe"_s)), QStringList { u"Sweet ROSES for the café"_s });
    QCOMPARE(bodies(b.history->search(u"Café"_s)), QStringList { u"Sweet ROSES for the café"_s });
    // FTS5 syntax in the text is just text.
    QCOMPARE(bodies(b.history->search(u"\"love\" OR NOT"_s)), QStringList { u"sweet dreams, \"love\" (OR NOT)"_s });
    QCOMPARE(b.history->search(u"sweet NEAR("_s).size(), 0);
    QCOMPARE(b.history->search(u"  ...  "_s).size(), 0);
    // One conversation; a limit.
    QCOMPARE(b.history->search(u"sweet"_s, jid(u"romeo@example.net"_s)).size(), 2);
    QCOMPARE(bodies(b.history->search(u"sweet"_s, {}, 1)), QStringList { u"sweet dreams, \"love\" (OR NOT)"_s });
    // Deleted messages are no longer found.
    QVERIFY(b.history->remove(d));
    QVERIFY(!b.history->remove(d));
    QCOMPARE(b.history->search(u"roses"_s).size(), 0);
    QCOMPARE(b.history->search(u"sweet"_s).size(), 2);
    // A state change (an UPDATE of the row) keeps the index right.
    QVERIFY(b.history->updateState(e, MessageState::Sent));
    QCOMPARE(b.history->search(u"dreams"_s).size(), 1);
}

void TestSqlHistoryStore::states()
{
    QFETCH(QString, backend);
    Backend b(backend);
    const Jid romeo = jid(u"romeo@example.net"_s);
    const qint64 id = b.history->insert(outgoing(u"romeo@example.net/r"_s, u"hi"_s, 1, u"o1"_s));
    const qint64 in = b.history->insert(incoming(u"romeo@example.net/r"_s, u"hello"_s, 2));
    const auto state = [&](qint64 row) { return b.history->message(row)->state; };

    QVERIFY(b.history->updateState(id, MessageState::Sent));
    QVERIFY(!b.history->updateState(id, MessageState::Sent)); // no change
    QCOMPARE(b.history->updateStateByOriginId(romeo, u"o1"_s, MessageState::AckedByServer), QList<qint64> { id });
    // Receipts name the message id.
    QCOMPARE(b.history->updateStateByMessageId(romeo, u"o1"_s, MessageState::Delivered), QList<qint64> { id });
    QCOMPARE(state(id), MessageState::Delivered);
    // A late ack does not move it back; Failed is refused once the recipient has it.
    QCOMPARE(b.history->updateStateByOriginId(romeo, u"o1"_s, MessageState::AckedByServer), QList<qint64>());
    QVERIFY(!b.history->updateState(id, MessageState::Failed, u"boom"_s));
    QCOMPARE(state(id), MessageState::Delivered);
    QVERIFY(b.history->updateState(id, MessageState::Read));
    // Ids of another conversation, unknown ids and incoming messages are not touched.
    QCOMPARE(
        b.history->updateStateByMessageId(jid(u"nurse@example.com"_s), u"o1"_s, MessageState::Read), QList<qint64>());
    QCOMPARE(b.history->updateStateByMessageId(romeo, u"unknown"_s, MessageState::Read), QList<qint64>());
    QCOMPARE(b.history->updateStateByMessageId(romeo, QString(), MessageState::Read), QList<qint64>());
    QVERIFY(!b.history->updateState(in, MessageState::Read));
    QCOMPARE(state(in), MessageState::Received);

    // Failed with its reason, then a retry.
    const qint64 f = b.history->insert(outgoing(u"romeo@example.net"_s, u"lost"_s, 3, u"o2"_s));
    QVERIFY(b.history->updateState(f, MessageState::Sent));
    QCOMPARE(b.history->updateStateByOriginId(romeo, u"o2"_s, MessageState::Failed, u"recipient-unavailable"_s),
        QList<qint64> { f });
    QCOMPARE(b.history->message(f)->errorText, u"recipient-unavailable"_s);
    QVERIFY(!b.history->updateState(f, MessageState::Sent)); // only a retry (Queued) leaves Failed
    QVERIFY(b.history->updateState(f, MessageState::Queued));
    QCOMPARE(b.history->message(f)->errorText, QString());
    QVERIFY(!b.history->updateState(12345, MessageState::Sent));
}

void TestSqlHistoryStore::conversationsAndUnread()
{
    QFETCH(QString, backend);
    Backend b(backend);
    const Jid romeo = jid(u"romeo@example.net"_s);
    const Jid nurse = jid(u"nurse@example.com"_s);
    QVERIFY(b.history->conversations().isEmpty());

    const qint64 r1 = b.history->insert(incoming(u"romeo@example.net/r"_s, u"r1"_s, 1));
    const qint64 r2 = b.history->insert(incoming(u"romeo@example.net/r"_s, u"r2"_s, 2));
    const qint64 o1 = b.history->insert(outgoing(u"romeo@example.net"_s, u"o1"_s, 3, u"x1"_s));
    const qint64 r3 = b.history->insert(incoming(u"romeo@example.net/r"_s, u"r3"_s, 4));
    const qint64 n1 = b.history->insert(incoming(u"nurse@example.com/k"_s, u"n1"_s, 10));
    QVERIFY(r1 > 0 && r2 > 0 && o1 > 0 && r3 > 0 && n1 > 0);

    QCOMPARE(b.history->unreadCount(romeo), 3); // outgoing messages are never unread
    QCOMPARE(b.history->unreadCount(nurse), 1);
    QCOMPARE(b.history->unreadCount(jid(u"nobody@example.org"_s)), 0);

    QList<ConversationSummary> list = b.history->conversations();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).conversation, nurse); // newest last message first
    QCOMPARE(list.at(0).last.id, n1);
    QCOMPARE(list.at(1).conversation, romeo);
    QCOMPARE(list.at(1).last.body, u"r3"_s);
    QCOMPARE(list.at(1).unread, 3);
    QVERIFY(list.at(1).readUpTo.isNull());

    QVERIFY(b.history->markRead(r2));
    QCOMPARE(b.history->unreadCount(romeo), 1);
    QVERIFY(!b.history->markRead(r1)); // never backwards
    QVERIFY(!b.history->markRead(r2));
    QCOMPARE(b.history->unreadCount(romeo), 1);
    // An older message fetched later from the archive does not count as unread.
    StoredMessage old = incoming(u"romeo@example.net/r"_s, u"old"_s, 0);
    old.flags = MessageFlag::FromArchive;
    QVERIFY(b.history->insert(old) > 0);
    QCOMPARE(b.history->unreadCount(romeo), 1);
    QVERIFY(b.history->markRead(r3));
    QCOMPARE(b.history->unreadCount(romeo), 0);
    QVERIFY(!b.history->markRead(999));

    list = b.history->conversations();
    QCOMPARE(list.at(1).unread, 0);
    QCOMPARE(list.at(1).readUpTo.id, r3);
    QCOMPARE(list.at(1).readUpTo.time, at(4));
    QCOMPARE(list.at(0).unread, 1);
    // Reading one conversation leaves the other alone.
    QCOMPARE(b.history->unreadCount(nurse), 1);
}

// The conversation list follows every change of a conversation's newest message and of its unread count:
// removals (of the newest, of the only message), a duplicate that brings the archive's time and so moves a
// message, state changes and corrections of the newest, read-marker moves.
void TestSqlHistoryStore::conversationsFollowChanges()
{
    QFETCH(QString, backend);
    Backend b(backend);
    const Jid romeo = jid(u"romeo@example.net"_s);
    const Jid nurse = jid(u"nurse@example.com"_s);
    const Jid own = jid(u"juliet@example.com"_s);
    StoredMessage live = incoming(u"romeo@example.net/r"_s, u"live"_s, 5);
    live.originId = u"live-1"_s;
    const qint64 r1 = b.history->insert(live);
    const qint64 r2 = b.history->insert(incoming(u"romeo@example.net/r"_s, u"r2"_s, 10));
    const qint64 o1 = b.history->insert(outgoing(u"romeo@example.net/r"_s, u"o1"_s, 20, u"x1"_s));
    const qint64 n1 = b.history->insert(incoming(u"nurse@example.com/k"_s, u"n1"_s, 15));
    QVERIFY(r1 > 0 && r2 > 0 && o1 > 0 && n1 > 0);
    const auto summary = [&](const Jid &conversation) {
        const QList<ConversationSummary> list = b.history->conversations();
        for (const ConversationSummary &s : list) {
            if (s.conversation == conversation) {
                return s;
            }
        }
        return ConversationSummary();
    };
    QCOMPARE(summary(romeo).last.id, o1);
    QCOMPARE(summary(romeo).unread, 2);

    // The newest message's state and body are what the list shows.
    QVERIFY(b.history->updateState(o1, MessageState::Failed, u"remote-server-not-found"_s));
    QCOMPARE(summary(romeo).last.state, MessageState::Failed);
    QCOMPARE(summary(romeo).last.errorText, u"remote-server-not-found"_s);
    QVERIFY(b.history->replaceBody(o1, u"o1 corrected"_s));
    QCOMPARE(summary(romeo).last.body, u"o1 corrected"_s);

    // Removing the newest: the one before it is the last; removing an unread one: one unread less.
    QVERIFY(b.history->remove(o1));
    QCOMPARE(summary(romeo).last.id, r2);
    QVERIFY(b.history->remove(r2));
    QCOMPARE(summary(romeo).last.id, r1);
    QCOMPARE(summary(romeo).unread, 1);
    QCOMPARE(b.history->unreadCount(romeo), 1);
    QCOMPARE(b.history->conversations().constFirst().conversation, nurse);

    // The archive's copy of the live message brings the server's time, later than the nurse's message: the
    // live message moves, and romeo's conversation is the newest again.
    StoredMessage archived = live;
    archived.stanzaId = u"s-live"_s;
    archived.stanzaIdBy = own;
    archived.serverTime = at(30);
    archived.flags = MessageFlag::FromArchive;
    QCOMPARE(b.history->insertBatch({ archived }, own, { u"s-live"_s, at(30) }), QList<qint64> { r1 });
    QCOMPARE(b.history->conversations().constFirst().conversation, romeo);
    QCOMPARE(summary(romeo).last.sortTime(), at(30));

    // A read marker on the moved message, then an older message from the archive: nothing unread.
    QVERIFY(b.history->markRead(r1));
    QCOMPARE(summary(romeo).unread, 0);
    StoredMessage older = incoming(u"romeo@example.net/r"_s, u"older"_s, 25);
    older.stanzaId = u"s-older"_s;
    older.stanzaIdBy = own;
    older.serverTime = at(25);
    const QList<qint64> olderIds = b.history->insertBatch({ older }, own, { u"s-older"_s, at(25) });
    QCOMPARE(olderIds.size(), 1);
    QCOMPARE(summary(romeo).unread, 0);
    QCOMPARE(summary(romeo).last.id, r1);
    const qint64 r3 = b.history->insert(incoming(u"romeo@example.net/r"_s, u"r3"_s, 40));
    QCOMPARE(summary(romeo).unread, 1);
    QCOMPARE(summary(romeo).last.id, r3);
    // Removing a read message leaves the count alone.
    QVERIFY(b.history->remove(olderIds.constFirst()));
    QCOMPARE(summary(romeo).unread, 1);

    // The only message of a conversation removed: the conversation is gone from the list.
    QVERIFY(b.history->remove(n1));
    QCOMPARE(b.history->conversations().size(), 1);
    QCOMPARE(b.history->unreadCount(nurse), 0);
    // And comes back with the next message.
    QVERIFY(b.history->insert(incoming(u"nurse@example.com/k"_s, u"n2"_s, 50)) > 0);
    QCOMPARE(b.history->conversations().constFirst().conversation, nurse);
    QCOMPARE(summary(nurse).unread, 1);
}

// "More results": search continues after the cursor of the last result, newest first, without repeats.
void TestSqlHistoryStore::searchPagesWithCursor()
{
    QFETCH(QString, backend);
    Backend b(backend);
    QList<StoredMessage> batch;
    for (int i = 0; i < 30; ++i) {
        // Several messages per second, so the id decides within one time; inserted newest first.
        StoredMessage m
            = incoming(i % 2 ? u"romeo@example.net/r"_s : u"nurse@example.com/k"_s, u"plum %1"_s.arg(i), 100 - i / 3);
        batch.append(m);
    }
    QVERIFY(b.history->insert(incoming(u"romeo@example.net/r"_s, u"no fruit here"_s, 200)) > 0);
    QCOMPARE(b.history->insertBatch(batch).size(), 30);
    const QList<StoredMessage> all = b.history->search(u"plum"_s, {}, 100);
    QCOMPARE(all.size(), 30);
    QList<qint64> paged;
    HistoryCursor cursor;
    for (int n = 0; n < 10; ++n) {
        const QList<StoredMessage> page = b.history->search(u"plum"_s, {}, 7, cursor);
        if (page.isEmpty()) {
            break;
        }
        paged += ids(page);
        cursor = page.constLast().cursor();
    }
    QCOMPARE(paged, ids(all));
    // In one conversation too.
    const Jid romeo = jid(u"romeo@example.net"_s);
    const QList<StoredMessage> romeoAll = b.history->search(u"plum"_s, romeo, 100);
    QCOMPARE(romeoAll.size(), 15);
    const QList<StoredMessage> first = b.history->search(u"plum"_s, romeo, 10);
    const QList<StoredMessage> rest = b.history->search(u"plum"_s, romeo, 10, first.constLast().cursor());
    QCOMPARE(ids(first + rest), ids(romeoAll));
}

void TestSqlHistoryStore::archivePosition()
{
    QFETCH(QString, backend);
    Backend b(backend);
    const Jid own = jid(u"juliet@example.com"_s);
    QCOMPARE(b.history->lastStanzaId(own), std::nullopt);

    QList<StoredMessage> page;
    for (int i = 0; i < 3; ++i) {
        StoredMessage m = incoming(u"romeo@example.net/r"_s, u"m%1"_s.arg(i), i);
        m.stanzaId = u"s%1"_s.arg(i);
        m.stanzaIdBy = own;
        m.serverTime = at(i);
        m.flags = MessageFlag::FromArchive;
        page.append(m);
    }
    const QList<qint64> ids = b.history->insertBatch(page, own, { u"s2"_s, at(2) });
    QCOMPARE(ids.size(), 3);
    QCOMPARE(b.history->lastStanzaId(own), std::optional<ArchivePosition>(ArchivePosition { u"s2"_s, at(2) }));
    // A full JID names the same archive.
    QCOMPARE(b.history->lastStanzaId(jid(u"juliet@example.com/balcony"_s))->stanzaId, u"s2"_s);

    // A live message does not move the position: catch-up after a crash still starts at s2.
    StoredMessage live = incoming(u"romeo@example.net/r"_s, u"live"_s, 10);
    live.stanzaId = u"s9"_s;
    live.stanzaIdBy = own;
    QVERIFY(b.history->insert(live) > 0);
    QCOMPARE(b.history->lastStanzaId(own)->stanzaId, u"s2"_s);
    // The archive module moves it once catch-up is complete.
    QVERIFY(b.history->setArchivePosition(own, { u"s9"_s, at(10) }));
    QCOMPARE(b.history->lastStanzaId(own)->stanzaId, u"s9"_s);
    QVERIFY(!b.history->setArchivePosition(own, { QString(), QDateTime() }));
    // An empty id with a time: synchronised while that archive was empty.
    const Jid emptyArchive = jid(u"empty@example.com"_s);
    QVERIFY(b.history->setArchivePosition(emptyArchive, { QString(), at(11) }));
    QCOMPARE(
        b.history->lastStanzaId(emptyArchive), std::optional<ArchivePosition>(ArchivePosition { QString(), at(11) }));
    // Archives are separate.
    QCOMPARE(b.history->lastStanzaId(jid(u"room@muc.example.com"_s)), std::nullopt);

    // Re-fetching the same page (overlap) adds nothing and returns the same ids.
    QCOMPARE(b.history->insertBatch(page, own, { u"s2"_s, at(2) }), ids);
    QCOMPARE(b.history->page(jid(u"romeo@example.net"_s), 100).size(), 4);
}

void TestSqlHistoryStore::batchIsAllOrNothing()
{
    QFETCH(QString, backend);
    Backend b(backend);
    const Jid own = jid(u"juliet@example.com"_s);
    QList<StoredMessage> page;
    for (int i = 0; i < 4; ++i) {
        StoredMessage m = incoming(u"romeo@example.net/r"_s, u"m%1"_s.arg(i), i);
        m.stanzaId = u"s%1"_s.arg(i % 3); // the 4th duplicates the 1st within the batch
        m.stanzaIdBy = own;
        page.append(m);
    }
    QList<bool> created;
    const QList<qint64> ids = b.history->insertBatch(page, {}, {}, &created);
    QCOMPARE(ids.size(), 4);
    QCOMPARE(ids.at(3), ids.at(0));
    // Which messages made a new row: not the duplicate within the batch.
    QCOMPARE(created, (QList<bool> { true, true, true, false }));
    QCOMPARE(b.history->page(jid(u"romeo@example.net"_s), 100).size(), 3);
    // The same page again: nothing new.
    QCOMPARE(b.history->insertBatch(page, {}, {}, &created), ids);
    QCOMPARE(created, (QList<bool> { false, false, false, false }));

    // One bad message: nothing of the batch is stored and the position does not move.
    QList<StoredMessage> bad;
    bad.append(incoming(u"romeo@example.net/r"_s, u"new1"_s, 20));
    StoredMessage invalid = incoming(u"romeo@example.net/r"_s, u"new2"_s, 21);
    invalid.conversation = Jid();
    bad.append(invalid);
    QCOMPARE(b.history->insertBatch(bad, own, { u"s99"_s, at(21) }, &created), QList<qint64>());
    QCOMPARE(created, (QList<bool> { false, false })); // the first one was rolled back
    QCOMPARE(b.history->page(jid(u"romeo@example.net"_s), 100).size(), 3);
    QCOMPARE(b.history->lastStanzaId(own), std::nullopt);
    QCOMPARE(b.history->insertBatch({}), QList<qint64>());
}

void TestSqlHistoryStore::sqlPersistsAcrossReopen()
{
    QTemporaryDir dir;
    qint64 id = 0;
    {
        Database db(dir.path());
        QVERIFY(db.open().isOpen());
        SqlHistoryStore store(db);
        StoredMessage m = outgoing(u"romeo@example.net/r"_s, u"persist me"_s, 5, u"o1"_s);
        id = store.insert(m);
        QVERIFY(id > 0);
        QVERIFY(store.markRead(id));
        QVERIFY(store.setArchivePosition(jid(u"juliet@example.com"_s), { u"s1"_s, at(5) }));
    }
    Database db(dir.path());
    QCOMPARE(db.open().status, Database::Status::Opened);
    SqlHistoryStore store(db);
    QCOMPARE(store.message(id)->body, u"persist me"_s);
    QCOMPARE(store.search(u"persist"_s).size(), 1);
    QCOMPARE(store.conversations().constFirst().readUpTo.id, id);
    QCOMPARE(store.lastStanzaId(jid(u"juliet@example.com"_s))->stanzaId, u"s1"_s);
    // The same origin-id is still recognised after the restart.
    QCOMPARE(store.insert(outgoing(u"romeo@example.net/r"_s, u"persist me"_s, 5, u"o1"_s)), id);
}

void TestSqlHistoryStore::sqlFtsFollowsBodyUpdates()
{
    Backend b(u"sql"_s);
    const qint64 id = b.history->insert(incoming(u"romeo@example.net/r"_s, u"typo helo"_s, 1));
    QSqlQuery query(b.db->sql());
    QVERIFY(query.exec(u"UPDATE message SET body = 'corrected hello' WHERE id = %1"_s.arg(id)));
    QCOMPARE(b.history->search(u"helo"_s).size(), 0);
    QCOMPARE(b.history->search(u"corrected"_s).size(), 1);
    // The external-content index agrees with its content table (FTS5 'integrity-check' command).
    QVERIFY(query.exec(u"INSERT INTO message_fts(message_fts, rank) VALUES ('integrity-check', 1)"_s));
    QVERIFY(b.history->remove(id));
    QVERIFY(query.exec(u"INSERT INTO message_fts(message_fts, rank) VALUES ('integrity-check', 1)"_s));
}

// Schema version 5 dropped the FTS5 insert trigger: SqlHistoryStore indexes what it created, one statement
// per transaction. Rows indexed by the trigger before the migration stay searchable, a batch with duplicates
// indexes each new row once, and the index agrees with its content table.
void TestSqlHistoryStore::sqlFtsOfBatchesAndMigratedRows()
{
    QTemporaryDir dir;
    {
        Database old(dir.path());
        QCOMPARE(old.open(4).version, 4);
        QSqlQuery insert(old.sql());
        QVERIFY(insert.exec(u"INSERT INTO message (conversation, type, direction, sender, from_jid, to_jid, body, "
                            "sort_time, state, flags) VALUES ('romeo@example.net', 0, 0, 'romeo@example.net', "
                            "'romeo@example.net/r', 'juliet@example.com/b', 'written before version five', 1, 6, "
                            "0)"_s));
    }
    Database db(dir.path());
    QCOMPARE(db.open().version, Database::latestVersion());
    SqlHistoryStore store(db);
    QCOMPARE(bodies(store.search(u"before"_s)), QStringList { u"written before version five"_s });

    const Jid own = jid(u"juliet@example.com"_s);
    QList<StoredMessage> page;
    for (int i = 0; i < 6; ++i) {
        StoredMessage m = incoming(u"romeo@example.net/r"_s, u"batch%1 apricot"_s.arg(i), 10 + i);
        m.stanzaId = u"s%1"_s.arg(i == 3 ? 1 : i); // the 4th duplicates the 2nd: no row, no second FTS5 row
        m.stanzaIdBy = own;
        page.append(m);
    }
    QCOMPARE(store.insertBatch(page, own, { u"s5"_s, at(15) }).size(), 6);
    QCOMPARE(store.search(u"apricot"_s).size(), 5);
    QCOMPARE(bodies(store.search(u"batch3"_s)), QStringList());
    QCOMPARE(bodies(store.search(u"batch4"_s)), QStringList { u"batch4 apricot"_s });
    // A batch of nothing but duplicates indexes nothing; a single insert indexes its row.
    QCOMPARE(store.insertBatch(page).size(), 6);
    QVERIFY(store.insert(incoming(u"romeo@example.net/r"_s, u"single apricot"_s, 30)) > 0);
    QCOMPARE(store.search(u"apricot"_s).size(), 6);
    QSqlQuery query(db.sql());
    QVERIFY(query.exec(u"INSERT INTO message_fts(message_fts, rank) VALUES ('integrity-check', 1)"_s));
    QVERIFY(query.exec(u"SELECT count(*) FROM message_fts WHERE message_fts MATCH 'apricot OR before'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 7);
}

void TestSqlHistoryStore::sqlQueriesUseIndexes()
{
    Backend b(u"sql"_s);
    const QSqlDatabase db = b.db->sql();
    const QString page = queryPlan(db,
        u"SELECT id FROM message WHERE conversation = 'a' AND sort_time <= 5 AND (sort_time < 5 OR id < 3) "
        "ORDER BY sort_time DESC, id DESC LIMIT 50"_s);
    QVERIFY2(page.contains("message_by_conversation"_L1) && !page.contains("TEMP B-TREE"_L1), qPrintable(page));
    const QString unread = queryPlan(db,
        u"SELECT COUNT(*) FROM message WHERE conversation = 'a' AND direction = 0 AND sort_time >= 1 AND "
        "(sort_time > 1 OR id > 2)"_s);
    QVERIFY2(unread.contains("COVERING INDEX message_incoming"_L1), qPrintable(unread));
    const QString byOrigin
        = queryPlan(db, u"SELECT id FROM message WHERE conversation = 'a' AND origin_id = 'x' AND sender = 'b'"_s);
    QVERIFY2(byOrigin.contains("message_by_origin_id"_L1), qPrintable(byOrigin));
    const QString byMessageId
        = queryPlan(db, u"SELECT id FROM message WHERE conversation = 'a' AND message_id = 'x' AND direction = 1"_s);
    QVERIFY2(byMessageId.contains("message_by_message_id"_L1), qPrintable(byMessageId));
    // Search with many matches walks an index newest first (stopping at the limit in SqlHistoryStore): across
    // all conversations message_by_time, in one the conversation's; no sorting either way.
    const QString searchAll = queryPlan(db,
        u"SELECT message.id FROM message INDEXED BY message_by_time WHERE 1 AND message.sort_time <= 5 AND "
        "(message.sort_time < 5 OR message.id < 3) ORDER BY message.sort_time DESC, message.id DESC"_s);
    QVERIFY2(!searchAll.startsWith("ERROR"_L1) && searchAll.contains("COVERING INDEX message_by_time"_L1)
            && !searchAll.contains("TEMP B-TREE"_L1),
        qPrintable(searchAll));
    const QString searchOne = queryPlan(db,
        u"SELECT message.id FROM message INDEXED BY message_by_conversation WHERE message.conversation = 'a' "
        "ORDER BY message.sort_time DESC, message.id DESC"_s);
    QVERIFY2(searchOne.contains("COVERING INDEX message_by_conversation"_L1) && !searchOne.contains("TEMP B-TREE"_L1),
        qPrintable(searchOne));
    // The conversation list reads the summary rows and the one message each names, no scan of the messages.
    const QString list = queryPlan(db,
        u"SELECT message.id, conversation.unread, read_marker.sort_time FROM conversation JOIN message ON "
        "message.id = conversation.last_id LEFT JOIN read_marker ON read_marker.conversation = conversation.jid "
        "ORDER BY conversation.last_sort_time DESC, conversation.last_id DESC"_s);
    QVERIFY2(list.contains("SCAN conversation"_L1) && list.contains("INTEGER PRIMARY KEY"_L1)
            && !list.contains("SCAN message"_L1),
        qPrintable(list));
}

// The summary rows SqlHistoryStore keeps (schema version 8) against MemoryHistoryStore, which computes the
// list from its rows: the same random mix of live messages, archive pages (duplicates that move messages in
// time, older messages), removals and read markers on both; after every step the lists agree.
void TestSqlHistoryStore::sqlConversationSummaryAgreesWithMemory()
{
    Backend sql(u"sql"_s);
    Backend memory(u"memory"_s);
    QVERIFY(sql.opened);
    const Jid own = jid(u"juliet@example.com"_s);
    const QStringList peers { u"romeo@example.net/r"_s, u"nurse@example.com/k"_s, u"tybalt@example.net/x"_s };
    QRandomGenerator random(1313);
    QList<StoredMessage> liveWithOrigin; // candidates for a later archive copy
    // Row ids agree as long as both assign the same ids; compare by body, which is unique here.
    QList<QPair<qint64, qint64>> idPairs; // (sql id, memory id)
    const auto describe = [](const QList<ConversationSummary> &list, HistoryStore &store) {
        QStringList lines;
        for (const ConversationSummary &s : list) {
            lines.append(u"%1 last=%2 at %3 unread=%4/%5 read=%6"_s.arg(s.conversation.toString(), s.last.body,
                QString::number(s.last.sortTime().toMSecsSinceEpoch()), QString::number(s.unread),
                QString::number(store.unreadCount(s.conversation)), s.readUpTo.time.toString(Qt::ISODateWithMs)));
        }
        return lines;
    };
    int counter = 0;
    for (int step = 0; step < 400; ++step) {
        const int action = int(random.bounded(10));
        if (action < 5) {
            // A live message at a time around now (sometimes earlier: a delayed one).
            const QString peer = peers.at(int(random.bounded(peers.size())));
            const qint64 seconds = 1000 + step * 10 - qint64(random.bounded(60));
            ++counter;
            StoredMessage m = random.bounded(3) == 0
                ? outgoing(peer, u"m%1"_s.arg(counter), seconds, u"origin-%1"_s.arg(counter))
                : incoming(peer, u"m%1"_s.arg(counter), seconds);
            // Unique times: SQLite reuses the id of a removed newest row and the memory store does not, so
            // ids may only differ where they decide nothing.
            m.sentTime = m.sentTime.addMSecs(counter);
            m.receivedTime = m.sentTime;
            if (m.originId.isEmpty() && random.bounded(2) == 0) {
                m.originId = u"origin-%1"_s.arg(counter);
            }
            const qint64 a = sql.history->insert(m);
            const qint64 c = memory.history->insert(m);
            QVERIFY(a > 0 && c > 0);
            idPairs.append({ a, c });
            if (!m.originId.isEmpty()) {
                liveWithOrigin.append(m);
            }
        } else if (action < 7) {
            // An archive page: copies of live messages with the server's time, and older messages.
            QList<StoredMessage> page;
            for (int i = 0; i < 3; ++i) {
                if (!liveWithOrigin.isEmpty() && random.bounded(2) == 0) {
                    StoredMessage copy = liveWithOrigin.takeAt(int(random.bounded(liveWithOrigin.size())));
                    copy.stanzaId = u"s-%1"_s.arg(++counter);
                    copy.stanzaIdBy = own;
                    copy.serverTime
                        = at(copy.sentTime.toSecsSinceEpoch() - 1'700'000'000 + qint64(random.bounded(120)) - 60);
                    page.append(copy);
                } else {
                    ++counter;
                    StoredMessage old = incoming(peers.at(int(random.bounded(peers.size()))), u"m%1"_s.arg(counter),
                        qint64(random.bounded(1000)));
                    old.sentTime = old.sentTime.addMSecs(counter);
                    old.stanzaId = u"s-%1"_s.arg(counter);
                    old.stanzaIdBy = own;
                    old.serverTime = old.sentTime;
                    page.append(old);
                }
            }
            const QList<qint64> a = sql.history->insertBatch(page);
            const QList<qint64> c = memory.history->insertBatch(page);
            QCOMPARE(a.size(), page.size());
            QCOMPARE(c.size(), page.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                idPairs.append({ a.at(i), c.at(i) });
            }
        } else if (action < 9 && !idPairs.isEmpty()) {
            const auto pair = idPairs.takeAt(int(random.bounded(idPairs.size())));
            const std::optional<StoredMessage> row = sql.history->message(pair.first);
            QCOMPARE(sql.history->remove(pair.first), memory.history->remove(pair.second));
            idPairs.removeIf([&](const QPair<qint64, qint64> &p) { return p == pair; });
            liveWithOrigin.removeIf([&](const StoredMessage &m) { return row && m.body == row->body; });
        } else if (!idPairs.isEmpty()) {
            const auto pair = idPairs.at(int(random.bounded(idPairs.size())));
            QCOMPARE(sql.history->markRead(pair.first), memory.history->markRead(pair.second));
        }
        const QStringList expected = describe(memory.history->conversations(), *memory.history);
        const QStringList actual = describe(sql.history->conversations(), *sql.history);
        if (actual != expected) {
            qWarning() << "step" << step << "action" << action;
        }
        QCOMPARE(actual, expected);
    }
}

// Schema version 8 fills the summary rows from what version 7 stored: newest message, unread count after
// the read marker, no row for nothing.
void TestSqlHistoryStore::sqlConversationSummaryMigrated()
{
    QTemporaryDir dir;
    {
        Database old(dir.path());
        QCOMPARE(old.open(7).version, 7);
        QSqlQuery insert(old.sql());
        // romeo: 1 (in, t=1), 2 (in, t=3), 3 (out, t=2), 4 (in, t=5), read up to 2; nurse: 5 (in, t=4).
        const char *const rows[][4] = { { "romeo@example.net", "0", "1", "a" }, { "romeo@example.net", "0", "3", "b" },
            { "romeo@example.net", "1", "2", "c" }, { "romeo@example.net", "0", "5", "d" },
            { "nurse@example.com", "0", "4", "e" } };
        for (const auto &row : rows) {
            QVERIFY(insert.exec(
                u"INSERT INTO message (conversation, type, direction, sender, from_jid, to_jid, body, sort_time, "
                "state, flags) VALUES ('%1', 0, %2, '%1', '%1/r', 'juliet@example.com/b', '%4', %3, 6, 0)"_s.arg(
                    QString::fromLatin1(row[0]), QString::fromLatin1(row[1]), QString::fromLatin1(row[2]),
                    QString::fromLatin1(row[3]))));
        }
        QVERIFY(insert.exec(u"INSERT INTO read_marker (conversation, sort_time, message_id) VALUES "
                            "('romeo@example.net', 3, 2)"_s));
    }
    Database db(dir.path());
    QCOMPARE(db.open().version, Database::latestVersion());
    QSqlQuery summary(db.sql());
    QVERIFY(summary.exec(u"SELECT jid, last_id, last_sort_time, unread FROM conversation ORDER BY jid"_s));
    QStringList rows;
    while (summary.next()) {
        rows.append(u"%1 %2 %3 %4"_s.arg(summary.value(0).toString(), summary.value(1).toString(),
            summary.value(2).toString(), summary.value(3).toString()));
    }
    QCOMPARE(rows, (QStringList { u"nurse@example.com 5 4 1"_s, u"romeo@example.net 4 5 1"_s }));
    SqlHistoryStore store(db);
    const QList<ConversationSummary> list = store.conversations();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).last.body, u"d"_s);
    QCOMPARE(list.at(0).readUpTo.id, 2);
    QCOMPARE(list.at(1).last.body, u"e"_s);
    QCOMPARE(store.unreadCount(jid(u"romeo@example.net"_s)), 1);
    // And it is kept from here on.
    QVERIFY(store.insert(incoming(u"romeo@example.net/r"_s, u"f"_s, 9)) > 0);
    QCOMPARE(store.unreadCount(jid(u"romeo@example.net"_s)), 2);
}

// Search across all conversations walks message_by_time when a word is frequent and sorts every match when
// it is rare. Both give exactly what sorting every match gives (the query before schema version 8), also
// when ids are not in time order (an archive page fetched backwards), and "more results" continue it.
void TestSqlHistoryStore::sqlSearchEqualsSortingEveryMatch()
{
    Backend b(u"sql"_s);
    const Jid own = jid(u"juliet@example.com"_s);
    QRandomGenerator random(4242);
    // 6,000 messages in pages; each page lies before the previous one in time (paging back through an
    // archive), with a few at the same second. "common" is in half of them (more than the sorting way takes),
    // "rare" in 1 of 300.
    int n = 0;
    for (int page = 0; page < 12; ++page) {
        QList<StoredMessage> batch;
        for (int i = 0; i < 500; ++i, ++n) {
            const qint64 seconds = 100'000 - page * 1000 + i * 2 - qint64(random.bounded(3));
            QString body = u"message %1"_s.arg(n);
            if (random.bounded(2) == 0) {
                body += u" common"_s;
            }
            if (random.bounded(300) == 0) {
                body += u" rare"_s;
            }
            StoredMessage m
                = incoming(random.bounded(2) ? u"romeo@example.net/r"_s : u"nurse@example.com/k"_s, body, seconds);
            m.stanzaId = u"s%1"_s.arg(n);
            m.stanzaIdBy = own;
            m.serverTime = m.sentTime;
            batch.append(m);
        }
        QCOMPARE(b.history->insertBatch(batch).size(), 500);
    }
    const auto sortEveryMatch = [&](const QString &word, const QString &conversation) {
        QSqlQuery query(b.db->sql());
        query.prepare(u"SELECT message.id FROM message_fts JOIN message ON message.id = message_fts.rowid WHERE "
                      "message_fts MATCH ? AND (? = '' OR message.conversation = ?) ORDER BY message.sort_time DESC, "
                      "message.id DESC"_s);
        query.addBindValue(u"\"%1\"*"_s.arg(word));
        // '' (not a null QString, which binds NULL): every conversation.
        query.addBindValue(conversation.isEmpty() ? u""_s : conversation);
        query.addBindValue(conversation);
        QList<qint64> result;
        if (query.exec()) {
            while (query.next()) {
                result.append(query.value(0).toLongLong());
            }
        }
        return result;
    };
    for (const QString &word : { u"common"_s, u"rare"_s }) {
        for (const QString &conversation : { u""_s, u"romeo@example.net"_s }) {
            const QList<qint64> expected = sortEveryMatch(word, conversation);
            // "common" takes the walk (more than 2,000 matches), also in one conversation; "rare" the sort.
            QVERIFY2(word == u"common"_s ? expected.size() > 1000 : expected.size() < 100,
                qPrintable(u"%1: %2"_s.arg(word).arg(expected.size())));
            const Jid in = conversation.isEmpty() ? Jid() : jid(conversation);
            QCOMPARE(ids(b.history->search(word, in, 50)), expected.mid(0, 50));
            QList<qint64> paged;
            HistoryCursor cursor;
            for (int i = 0; i < 200; ++i) {
                const QList<StoredMessage> page = b.history->search(word, in, 500, cursor);
                if (page.isEmpty()) {
                    break;
                }
                paged += ids(page);
                cursor = page.constLast().cursor();
            }
            QCOMPARE(paged, expected);
        }
    }
    // The walk's way was taken: "common" has more matches than the sorting way takes.
    QSqlQuery count(b.db->sql());
    QVERIFY(count.exec(u"SELECT count(*) FROM message_fts WHERE message_fts MATCH 'common'"_s) && count.next());
    QVERIFY(count.value(0).toInt() > 2000);
}

QTEST_GUILESS_MAIN(TestSqlHistoryStore)
#include "tst_sqlhistorystore.moc"
