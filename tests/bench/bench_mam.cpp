// XEP-0313 catch-up cost on the client: a scripted server feeds N archived messages in pages of 250
// (RSM, as Prosody sends them: <message><result><forwarded><delay/><message/></forwarded></result></message>
// then the <fin/>), and the client parses them, hands them through the stanza handlers of the message layer
// and stores every page with its position in one SQLite transaction (SqlHistoryStore, WAL, FTS5), as the
// app does: on ThreadedArchiveStorage's thread (its own connection to the profile database) while the main
// thread already parses the next page.
// Reported: messages stored per second, over the wall time from the first page's bytes until the LAST page
// is committed and catchUpFinished() was emitted (the server answers at once; its page generation happens
// before the clock starts). --synchronous stores on the main thread (the path tests with an in-memory store
// take, and the app's path before the storage thread), for comparison. Not a ctest; numbers only.
//
// Run: build/<dir>/tests/bench/bench_mam [--messages N] [--page N] [--runs N] [--synchronous]
#include "ScriptedSession.h"
#include "im/ArchiveManager.h"
#include "im/ImNamespaces.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "storage/Database.h"
#include "storage/SqlHistoryStore.h"
#include "storage/SqlOutboxStore.h"
#include "storage/ThreadedArchiveStorage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

// One page of archived chat messages numbered [first, last] between the account and 20 contacts.
QByteArray page(const QString &queryId, const QString &iqId, int first, int last, bool complete)
{
    QByteArray out;
    out.reserve((last - first + 1) * 700);
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int n = first; n <= last; ++n) {
        const QByteArray number = QByteArray::number(n);
        const QByteArray contact = "contact" + QByteArray::number(n % 20) + "@example.net";
        const QByteArray stamp = base.addSecs(n).toString(Qt::ISODate).toUtf8();
        QByteArray inner;
        if (n % 3 == 0) {
            inner = "<message xmlns='jabber:client' from='user@example.com/phone' to='" + contact
                + "' type='chat' id='o" + number + "'><body>Reply number " + number
                + ", with a sentence of ordinary length in it.</body>"
                  "<active xmlns='http://jabber.org/protocol/chatstates'/><request xmlns='urn:xmpp:receipts'/>"
                  "<origin-id xmlns='urn:xmpp:sid:0' id='o"
                + number + "'/></message>";
        } else {
            inner = "<message xmlns='jabber:client' from='" + contact
                + "/laptop' to='user@example.com/phone' type='chat' " + "id='m" + number + "'><body>Message number "
                + number
                + " from a contact, long enough to look like a real chat line.</body>"
                  "<active xmlns='http://jabber.org/protocol/chatstates'/><request xmlns='urn:xmpp:receipts'/>"
                  "<origin-id xmlns='urn:xmpp:sid:0' id='m"
                + number + "'/></message>";
        }
        out += "<message from='user@example.com' to='user@example.com/balcony' id='r" + number
            + "'><result xmlns='urn:xmpp:mam:2' queryid='" + queryId.toUtf8() + "' id='A" + number
            + "'><forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='" + stamp + "'/>" + inner
            + "</forwarded></result></message>";
    }
    out += "<iq type='result' id='" + iqId.toUtf8() + "'><fin xmlns='urn:xmpp:mam:2'"
        + (complete ? QByteArray(" complete='true'") : QByteArray())
        + "><set xmlns='http://jabber.org/protocol/rsm'><first>A" + QByteArray::number(first) + "</first><last>A"
        + QByteArray::number(last) + "</last></set></fin></iq>";
    return out;
}

Element takeQuery(ScriptedSession &session)
{
    for (const Element &stanza : session.takeStanzas()) {
        if (stanza.name() == u"iq" && stanza.hasChild(u"query", ns::mam())) {
            return stanza;
        }
    }
    return {};
}

struct Run {
    double seconds = 0; // wall: first page received .. last page committed
    double mainSeconds = 0; // of which the main thread spent handling the pages (parse, route, hand over)
    // Process CPU time (both threads) over the same interval: on a machine shared with other work, wall time
    // includes waiting for a core.
    double cpuSeconds = 0;
    int stored = 0;
    int rows = 0;
};

Run runOnce(int messages, int pageSize, bool synchronous)
{
    Run run;
    QTemporaryDir dir;
    Database db(dir.path());
    if (!db.open().isOpen()) {
        return run;
    }
    SqlHistoryStore history(db);
    SqlOutboxStore outboxStore(history);
    history.setArchivePosition(Jid::parse(u"user@example.com").value(), { u"A0"_s, {} });
    ScriptedSession session;
    Outbox outbox(session.connection(), outboxStore);
    MessageManager manager(session.connection(), history, outbox, nullptr);
    std::unique_ptr<ThreadedArchiveStorage> storage;
    ArchiveManager archive(session.connection(), history);
    if (!synchronous) {
        storage = std::make_unique<ThreadedArchiveStorage>(dir.path());
        archive.setStorage(storage.get());
    }
    archive.setPageSize(pageSize);
    bool finished = false;
    QEventLoop waiting; // quit by the catch-up's end: waiting sleeps instead of spinning a core
    QElapsedTimer timer;
    std::clock_t cpuStart = 0;
    QObject::connect(&archive, &ArchiveManager::catchUpFinished, &archive, [&](bool ok, int stored, const QString &) {
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        run.cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        run.stored = ok ? stored : -1;
        finished = true;
        waiting.quit();
    });
    // The server's pages, generated before the clock starts; the query and iq ids are filled in per page.
    QList<QByteArray> pages;
    for (int next = 1; next <= messages; next += pageSize) {
        const int last = std::min(messages, next + pageSize - 1);
        pages.append(page(u"@QUERYID@"_s, u"@IQID@"_s, next, last, last == messages));
    }
    if (!session.login()) {
        return run;
    }
    qint64 mainNanos = 0;
    cpuStart = std::clock();
    timer.start();
    for (QByteArray &bytes : pages) {
        const Element query = takeQuery(session);
        if (query.isNull()) {
            break;
        }
        QElapsedTimer handling;
        handling.start();
        bytes.replace("@QUERYID@", query.firstChild(u"query", ns::mam()).attribute(u"queryid").toUtf8());
        bytes.replace("@IQID@", query.attribute(u"id").toUtf8());
        session.inject(bytes); // parse, route, hand the page to the storage, send the next query
        // What the app's event loop does between two reads: deliver the pages committed meanwhile.
        QCoreApplication::processEvents();
        mainNanos += handling.nsecsElapsed();
    }
    // (processEvents(WaitForMoreEvents, timeout) would not wait: Qt drops the flag when given a time limit, and
    // the spinning thread took a core from the storage thread on a 2-core machine.)
    if (!finished) {
        QTimer::singleShot(120000, &waiting, &QEventLoop::quit);
        waiting.exec();
    }
    run.mainSeconds = double(mainNanos) / 1e9;
    QSqlQuery count(db.sql());
    count.exec(u"SELECT count(*) FROM message"_s);
    run.rows = count.next() ? count.value(0).toInt() : -1;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ u"messages"_s, u"Archived messages to catch up."_s, u"N"_s, u"10000"_s });
    parser.addOption({ u"page"_s, u"RSM page size."_s, u"N"_s, u"250"_s });
    parser.addOption({ u"runs"_s, u"Repetitions (the median is reported)."_s, u"N"_s, u"5"_s });
    parser.addOption({ u"synchronous"_s, u"Store on the main thread (no storage thread)."_s });
    parser.process(app);
    const int messages = parser.value(u"messages"_s).toInt();
    const int pageSize = parser.value(u"page"_s).toInt();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const bool synchronous = parser.isSet(u"synchronous"_s);

    QTextStream out(stdout);
    QList<double> rates;
    QList<double> cpuRates;
    for (int i = 0; i < runs; ++i) {
        const Run run = runOnce(messages, pageSize, synchronous);
        if (run.stored != messages || run.rows != messages) {
            out << "run " << i + 1 << ": FAILED (stored " << run.stored << ", rows " << run.rows << ")\n";
            return 1;
        }
        const double rate = messages / run.seconds;
        rates.append(rate);
        cpuRates.append(messages / run.cpuSeconds);
        out << "run " << i + 1 << ": " << messages << " messages in " << QString::number(run.seconds * 1000, 'f', 1)
            << " ms = " << QString::number(rate, 'f', 0) << " messages/s (main thread "
            << QString::number(run.mainSeconds * 1000, 'f', 1) << " ms); CPU "
            << QString::number(run.cpuSeconds * 1000, 'f', 1) << " ms = " << QString::number(cpuRates.last(), 'f', 0)
            << " messages/s\n";
    }
    std::sort(rates.begin(), rates.end());
    std::sort(cpuRates.begin(), cpuRates.end());
    out << "median: " << QString::number(rates.at(rates.size() / 2), 'f', 0) << " messages/s wall, "
        << QString::number(cpuRates.at(cpuRates.size() / 2), 'f', 0) << " messages/s per CPU second (goal >= 20000), "
        << messages << " messages, pages of " << pageSize
        << (synchronous ? ", stored on the main thread\n" : ", stored on the storage thread\n");
    return 0;
}
