// XEP-0313 catch-up cost on the client: a scripted server feeds N archived messages in pages of 250
// (RSM, as Prosody sends them: <message><result><forwarded><delay/><message/></forwarded></result></message>
// then the <fin/>), and the client parses them, hands them through the stanza handlers of the message layer
// and stores every page with its position in one SQLite transaction (SqlHistoryStore, WAL, FTS5).
// Reported: messages stored per second, over the time the client spent handling the server's bytes (page
// generation by the fake server excluded). Not a ctest; numbers only.
//
// Run: build/<dir>/tests/bench/bench_mam [--messages N] [--page N] [--runs N]
#include "ScriptedSession.h"
#include "im/ArchiveManager.h"
#include "im/ImNamespaces.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "storage/Database.h"
#include "storage/SqlHistoryStore.h"
#include "storage/SqlOutboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

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

// Measures the share of the time spent inside the store (one transaction per page).
class TimedHistoryStore : public SqlHistoryStore {
public:
    using SqlHistoryStore::SqlHistoryStore;
    QList<qint64> insertBatch(
        const QList<StoredMessage> &messages, const Jid &archive, const ArchivePosition &position) override
    {
        QElapsedTimer timer;
        timer.start();
        QList<qint64> ids = SqlHistoryStore::insertBatch(messages, archive, position);
        storeNanos += timer.nsecsElapsed();
        return ids;
    }
    qint64 storeNanos = 0;
};

struct Run {
    double seconds = 0; // client time handling the pages
    double storeSeconds = 0; // of which inside SqlHistoryStore::insertBatch()
    // Process CPU time over the same intervals: on a machine shared with other work, wall time includes
    // waiting for a core; CPU time is what the catch-up itself costs.
    double cpuSeconds = 0;
    int stored = 0;
    int rows = 0;
};

Run runOnce(int messages, int pageSize)
{
    Run run;
    QTemporaryDir dir;
    Database db(dir.path());
    if (!db.open().isOpen()) {
        return run;
    }
    TimedHistoryStore history(db);
    SqlOutboxStore outboxStore(history);
    history.setArchivePosition(Jid::parse(u"user@example.com").value(), { u"A0"_s, {} });
    ScriptedSession session;
    Outbox outbox(session.connection(), outboxStore);
    MessageManager manager(session.connection(), history, outbox, nullptr);
    ArchiveManager archive(session.connection(), history);
    archive.setPageSize(pageSize);
    QObject::connect(&archive, &ArchiveManager::catchUpFinished, &archive,
        [&run](bool ok, int stored, const QString &) { run.stored = ok ? stored : -1; });
    if (!session.login()) {
        return run;
    }
    QElapsedTimer timer;
    qint64 nanos = 0;
    std::clock_t cpu = 0;
    int next = 1;
    while (next <= messages) {
        const Element query = takeQuery(session);
        if (query.isNull()) {
            break;
        }
        const int last = std::min(messages, next + pageSize - 1);
        const QByteArray bytes = page(query.firstChild(u"query", ns::mam()).attribute(u"queryid"),
            query.attribute(u"id"), next, last, last == messages);
        const std::clock_t cpuStart = std::clock();
        timer.start();
        session.inject(bytes); // parse, route, store the page, send the next query
        nanos += timer.nsecsElapsed();
        cpu += std::clock() - cpuStart;
        next = last + 1;
    }
    run.seconds = double(nanos) / 1e9;
    run.storeSeconds = double(history.storeNanos) / 1e9;
    run.cpuSeconds = double(cpu) / CLOCKS_PER_SEC;
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
    parser.process(app);
    const int messages = parser.value(u"messages"_s).toInt();
    const int pageSize = parser.value(u"page"_s).toInt();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    QTextStream out(stdout);
    QList<double> rates;
    QList<double> cpuRates;
    for (int i = 0; i < runs; ++i) {
        const Run run = runOnce(messages, pageSize);
        if (run.stored != messages || run.rows != messages) {
            out << "run " << i + 1 << ": FAILED (stored " << run.stored << ", rows " << run.rows << ")\n";
            return 1;
        }
        const double rate = messages / run.seconds;
        rates.append(rate);
        cpuRates.append(messages / run.cpuSeconds);
        out << "run " << i + 1 << ": " << messages << " messages in " << QString::number(run.seconds * 1000, 'f', 1)
            << " ms = " << QString::number(rate, 'f', 0) << " messages/s (store "
            << QString::number(run.storeSeconds * 1000, 'f', 1) << " ms, parse+route "
            << QString::number((run.seconds - run.storeSeconds) * 1000, 'f', 1) << " ms); CPU "
            << QString::number(run.cpuSeconds * 1000, 'f', 1) << " ms = " << QString::number(cpuRates.last(), 'f', 0)
            << " messages/s\n";
    }
    std::sort(rates.begin(), rates.end());
    std::sort(cpuRates.begin(), cpuRates.end());
    out << "median: " << QString::number(rates.at(rates.size() / 2), 'f', 0) << " messages/s wall, "
        << QString::number(cpuRates.at(cpuRates.size() / 2), 'f', 0) << " messages/s per CPU second (goal >= 20000), "
        << messages << " messages, pages of " << pageSize << "\n";
    return 0;
}
