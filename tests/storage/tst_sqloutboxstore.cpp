// OutboxStore: order, the history row moving Queued -> Sent -> AckedByServer with the entry, persistence and
// the crash semantics of OutboxStore.h, simulated by dropping the database between any two steps and, for
// real, by SIGKILLing a child process while it enqueues.

#include "HistoryTestBackend.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::test;

namespace {

const char childModeVariable[] = "BALCONY_OUTBOX_CHILD_DIR";

void addBackends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sql") << u"sql"_s;
    QTest::newRow("memory") << u"memory"_s;
}

QString stanza(const QString &originId)
{
    return u"<message xmlns='jabber:client' to='romeo@example.net' type='chat' id='%1'><body>x</body>"
           "<origin-id xmlns='urn:xmpp:sid:0' id='%1'/></message>"_s.arg(originId);
}

QStringList originIds(const QList<OutboxEntry> &entries)
{
    QStringList result;
    for (const OutboxEntry &e : entries) {
        result.append(e.originId);
    }
    return result;
}

// The child of killedWhileEnqueueing(): enqueues forever, printing each origin-id once enqueue() returned.
int runChild(const QString &dir)
{
    Database db(dir);
    if (!db.open().isOpen()) {
        return 2;
    }
    SqlHistoryStore history(db);
    SqlOutboxStore outbox(history);
    for (int i = 0;; ++i) {
        const QString id = u"kill-%1"_s.arg(i, 6, 10, QChar(u'0'));
        if (!outbox.enqueue(outgoing(u"romeo@example.net"_s, u"message %1"_s.arg(i), i, id), stanza(id))) {
            return 3;
        }
        // Every third one was "written to the stream", every fifth acked.
        if (i % 3 == 0 && !outbox.markSent(id)) {
            return 4;
        }
        if (i % 5 == 0 && !outbox.acknowledge(id)) {
            return 5;
        }
        const QByteArray line = id.toUtf8() + '\n';
        fwrite(line.constData(), 1, size_t(line.size()), stdout);
        fflush(stdout);
    }
}

} // namespace

class TestSqlOutboxStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lifecycle_data() { addBackends(); }
    void lifecycle();
    void refusesInvalidAndDuplicates_data() { addBackends(); }
    void refusesInvalidAndDuplicates();
    void failure_data() { addBackends(); }
    void failure();
    void failedWriteStoresNothing();

    void survivesReopenAtEveryStep();
    void deletingTheMessageDropsTheEntry();
    void killedWhileEnqueueing();
};

void TestSqlOutboxStore::lifecycle()
{
    QFETCH(QString, backend);
    Backend b(backend);
    QVERIFY(b.opened);
    QVERIFY(b.outbox->pending().isEmpty());
    QList<OutboxEntry> entries;
    for (int i = 0; i < 3; ++i) {
        const QString id = u"o%1"_s.arg(i);
        const std::optional<OutboxEntry> e
            = b.outbox->enqueue(outgoing(u"romeo@example.net/orchard"_s, u"hi %1"_s.arg(i), i, id), stanza(id));
        QVERIFY(e);
        QCOMPARE(e->state, OutboxEntry::State::Pending);
        QCOMPARE(e->attempts, 0);
        QCOMPARE(e->conversation, jid(u"romeo@example.net"_s));
        QCOMPARE(b.history->message(e->historyId)->state, MessageState::Queued);
        entries.append(*e);
    }
    QCOMPARE(b.outbox->pending(), entries);
    QCOMPARE(b.outbox->entry(u"o1"_s), std::optional<OutboxEntry>(entries.at(1)));

    QVERIFY(b.outbox->markSent(u"o0"_s));
    QVERIFY(b.outbox->markSent(u"o1"_s));
    QCOMPARE(b.history->message(entries.at(0).historyId)->state, MessageState::Sent);
    std::optional<OutboxEntry> e0 = b.outbox->entry(u"o0"_s);
    QCOMPARE(e0->state, OutboxEntry::State::Sent);
    QCOMPARE(e0->attempts, 1);
    QVERIFY(e0->lastAttempt.isValid());

    QVERIFY(b.outbox->acknowledge(u"o0"_s));
    QVERIFY(!b.outbox->acknowledge(u"o0"_s)); // the ack of a resent copy
    QCOMPARE(b.history->message(entries.at(0).historyId)->state, MessageState::AckedByServer);
    QCOMPARE(originIds(b.outbox->pending()), (QStringList { u"o1"_s, u"o2"_s }));

    // The stream is gone before o1's ack: o1 must be written again, unchanged; o2 was never written.
    QCOMPARE(b.outbox->markUnconfirmed(), 1);
    QCOMPARE(b.outbox->markUnconfirmed(), 0);
    const QList<OutboxEntry> again = b.outbox->pending();
    QCOMPARE(again.at(0).state, OutboxEntry::State::Unconfirmed);
    QCOMPARE(again.at(0).stanzaXml, stanza(u"o1"_s));
    QCOMPARE(again.at(1).state, OutboxEntry::State::Pending);
    QVERIFY(b.outbox->markSent(u"o1"_s));
    QCOMPARE(b.outbox->entry(u"o1"_s)->attempts, 2);
    // A receipt overtook the ack: the ack still removes the entry and the history stays Delivered.
    QCOMPARE(
        b.history->updateStateByMessageId(jid(u"romeo@example.net"_s), u"o1"_s, MessageState::Delivered).size(), 1);
    QVERIFY(b.outbox->acknowledge(u"o1"_s));
    QCOMPARE(b.history->message(entries.at(1).historyId)->state, MessageState::Delivered);
    QCOMPARE(originIds(b.outbox->pending()), QStringList { u"o2"_s });
    QVERIFY(!b.outbox->markSent(u"unknown"_s));
}

void TestSqlOutboxStore::refusesInvalidAndDuplicates()
{
    QFETCH(QString, backend);
    Backend b(backend);
    StoredMessage noOrigin = outgoing(u"romeo@example.net"_s, u"x"_s, 1, QString());
    QVERIFY(!b.outbox->enqueue(noOrigin, stanza(u"a"_s)));
    StoredMessage in = incoming(u"romeo@example.net/r"_s, u"x"_s, 1);
    in.originId = u"a"_s;
    QVERIFY(!b.outbox->enqueue(in, stanza(u"a"_s)));
    QVERIFY(!b.outbox->enqueue(outgoing(u"romeo@example.net"_s, u"x"_s, 1, u"a"_s), QString()));
    QVERIFY(b.outbox->enqueue(outgoing(u"romeo@example.net"_s, u"x"_s, 1, u"a"_s), stanza(u"a"_s)));
    // The same origin-id again, even after it left the outbox, is not a new message.
    QVERIFY(!b.outbox->enqueue(outgoing(u"romeo@example.net"_s, u"x"_s, 1, u"a"_s), stanza(u"a"_s)));
    QVERIFY(b.outbox->acknowledge(u"a"_s));
    QVERIFY(!b.outbox->enqueue(outgoing(u"romeo@example.net"_s, u"x"_s, 1, u"a"_s), stanza(u"a"_s)));
    QCOMPARE(b.outbox->pending().size(), 0);
    QCOMPARE(b.history->page(jid(u"romeo@example.net"_s), 10).size(), 1);
}

void TestSqlOutboxStore::failure()
{
    QFETCH(QString, backend);
    Backend b(backend);
    const std::optional<OutboxEntry> e
        = b.outbox->enqueue(outgoing(u"romeo@example.net"_s, u"x"_s, 1, u"f"_s), stanza(u"f"_s));
    QVERIFY(e);
    QVERIFY(b.outbox->markSent(u"f"_s));
    QVERIFY(b.outbox->fail(u"f"_s, u"service-unavailable"_s));
    QVERIFY(b.outbox->pending().isEmpty());
    const StoredMessage m = *b.history->message(e->historyId);
    QCOMPARE(m.state, MessageState::Failed);
    QCOMPARE(m.errorText, u"service-unavailable"_s);
}

void TestSqlOutboxStore::failedWriteStoresNothing()
{
    // The history row and the entry are one transaction: if the entry cannot be written, no Queued row
    // is left behind in the history either.
    Backend b(u"sql"_s);
    QSqlQuery query(b.db->sql());
    QVERIFY(
        query.exec(u"CREATE TRIGGER test_block BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'blocked'); END"_s));
    QVERIFY(!b.outbox->enqueue(outgoing(u"romeo@example.net"_s, u"x"_s, 1, u"b"_s), stanza(u"b"_s)));
    QVERIFY(b.history->page(jid(u"romeo@example.net"_s), 10).isEmpty());
    QVERIFY(query.exec(u"DROP TRIGGER test_block"_s));
    QVERIFY(b.outbox->enqueue(outgoing(u"romeo@example.net"_s, u"x"_s, 1, u"b"_s), stanza(u"b"_s)));
}

void TestSqlOutboxStore::survivesReopenAtEveryStep()
{
    QTemporaryDir dir;
    const auto withStores = [&](const std::function<void(SqlHistoryStore &, SqlOutboxStore &)> &step) {
        Database db(dir.path());
        QVERIFY(db.open().isOpen());
        SqlHistoryStore history(db);
        SqlOutboxStore outbox(history);
        step(history, outbox);
        // Leaving the scope drops the connection without anything else: what a dying process leaves.
    };
    qint64 historyId = 0;
    withStores([&](SqlHistoryStore &, SqlOutboxStore &outbox) {
        const std::optional<OutboxEntry> e
            = outbox.enqueue(outgoing(u"romeo@example.net"_s, u"one"_s, 1, u"c1"_s), stanza(u"c1"_s));
        QVERIFY(e);
        historyId = e->historyId;
        QVERIFY(outbox.enqueue(outgoing(u"romeo@example.net"_s, u"two"_s, 2, u"c2"_s), stanza(u"c2"_s)));
        QVERIFY(outbox.markSent(u"c1"_s)); // "crash" after writing c1, before its ack
    });
    withStores([&](SqlHistoryStore &history, SqlOutboxStore &outbox) {
        // Restart: what was written is Unconfirmed, what was not is Pending; both go out again, in order,
        // byte for byte the same stanza (same origin-id).
        QCOMPARE(outbox.markUnconfirmed(), 1);
        const QList<OutboxEntry> pending = outbox.pending();
        QCOMPARE(originIds(pending), (QStringList { u"c1"_s, u"c2"_s }));
        QCOMPARE(pending.at(0).state, OutboxEntry::State::Unconfirmed);
        QCOMPARE(pending.at(0).stanzaXml, stanza(u"c1"_s));
        QCOMPARE(pending.at(1).state, OutboxEntry::State::Pending);
        QCOMPARE(history.message(historyId)->state, MessageState::Sent);
        QVERIFY(outbox.markSent(u"c1"_s));
        QVERIFY(outbox.markSent(u"c2"_s));
        QVERIFY(outbox.acknowledge(u"c1"_s));
    });
    withStores([&](SqlHistoryStore &history, SqlOutboxStore &outbox) {
        QCOMPARE(outbox.markUnconfirmed(), 1);
        QCOMPARE(originIds(outbox.pending()), QStringList { u"c2"_s });
        QCOMPARE(outbox.pending().constFirst().attempts, 1);
        QVERIFY(outbox.acknowledge(u"c2"_s));
        QCOMPARE(history.message(historyId)->state, MessageState::AckedByServer);
        // The archive later returns c1 (with the server's stanza-id): still one message.
        StoredMessage archived = outgoing(u"romeo@example.net"_s, u"one"_s, 1, u"c1"_s);
        archived.stanzaId = u"mam-1"_s;
        archived.stanzaIdBy = jid(u"juliet@example.com"_s);
        QCOMPARE(history.insert(archived), historyId);
        QCOMPARE(history.page(jid(u"romeo@example.net"_s), 10).size(), 2);
    });
    withStores([&](SqlHistoryStore &, SqlOutboxStore &outbox) { QVERIFY(outbox.pending().isEmpty()); });
}

void TestSqlOutboxStore::deletingTheMessageDropsTheEntry()
{
    Backend b(u"sql"_s);
    const std::optional<OutboxEntry> e
        = b.outbox->enqueue(outgoing(u"romeo@example.net"_s, u"oops"_s, 1, u"d"_s), stanza(u"d"_s));
    QVERIFY(e);
    QVERIFY(b.history->remove(e->historyId));
    QVERIFY(b.outbox->pending().isEmpty());
}

void TestSqlOutboxStore::killedWhileEnqueueing()
{
    QTemporaryDir dir;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childModeVariable), dir.path());
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    // Wait until it has confirmed a good number of messages, then kill it in the middle of whatever it does.
    QByteArray output;
    while (output.count('\n') < 300) {
        QVERIFY2(child.waitForReadyRead(20000), "the child stopped reporting");
        output += child.readAllStandardOutput();
    }
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(20000));
    output += child.readAllStandardOutput();
    QStringList confirmed = QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
    if (!output.endsWith('\n')) {
        confirmed.removeLast(); // a torn line
    }

    Database db(dir.path());
    QVERIFY(db.open().isOpen());
    SqlHistoryStore history(db);
    SqlOutboxStore outbox(history);
    outbox.markUnconfirmed();
    const QList<OutboxEntry> pending = outbox.pending();
    QStringList pendingIds = originIds(pending);
    QVERIFY(std::is_sorted(pendingIds.cbegin(), pendingIds.cend()));
    // Every confirmed message is in the history exactly once, and is either acked or still to be sent.
    const Jid romeo = jid(u"romeo@example.net"_s);
    const QList<StoredMessage> all = history.page(romeo, 1'000'000);
    QSet<QString> inHistory;
    for (const StoredMessage &m : all) {
        QVERIFY2(!inHistory.contains(m.originId), qPrintable(m.originId));
        inHistory.insert(m.originId);
    }
    for (const QString &id : std::as_const(confirmed)) {
        QVERIFY2(inHistory.contains(id), qPrintable(id));
        const int n = id.mid(5).toInt();
        const std::optional<OutboxEntry> e = outbox.entry(id);
        if (n % 5 == 0) {
            QVERIFY2(!e, qPrintable(id));
        } else {
            QVERIFY2(e, qPrintable(id));
        }
    }
    // What the child committed but had not yet reported is consistent too: the history row and the entry
    // exist together (at most a torn line and one unreported commit past what was read).
    QVERIFY(inHistory.size() >= confirmed.size());
    QVERIFY(inHistory.size() <= confirmed.size() + 2);
    for (const OutboxEntry &e : pending) {
        QVERIFY(inHistory.contains(e.originId));
        QVERIFY(e.state != OutboxEntry::State::Sent);
    }
}

int main(int argc, char **argv)
{
    const QByteArray childDir = qgetenv(childModeVariable);
    if (!childDir.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(childDir));
    }
    QCoreApplication app(argc, argv);
    TestSqlOutboxStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sqloutboxstore.moc"
