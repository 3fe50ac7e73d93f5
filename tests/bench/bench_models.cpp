// Model benchmarks for issue 4 ("Messaging core"):
//  1. roster load: N cached contacts (SqlRosterStore in a temporary profile) into a RosterModel, timed from
//     the store read to the model populated; also through RosterManager (its cache reload) and with the
//     sorting RosterFilterProxyModel attached, for comparison.
//  2. presence burst: P presences (every other contact, the worst case for merging rows into ranges)
//     applied to a RosterModel of N contacts, (a) end to end through PresenceManager on the scripted server
//     (parsing included, then the one presencesChanged() batch of that event-loop turn), and (b) directly
//     through RosterModel::applyPresences(); with the number of model signals (dataChanged, layout*, rows*,
//     modelReset). Medians of R runs after one warm-up.
//  3. what strangers and a hostile server can make the models do (issue 11): (a) a roster result that drops
//     every other contact (N/2 separate removal runs), with and without the sorting proxy; (b) messages from
//     C new addresses into a ConversationListModel, then a second round from each (every message moves the
//     least recent of them to the top), per message. The store behind (b) answers unread counts in O(1), so
//     the figure is the model's own cost.
// Usage: bench_models [--contacts N] [--presences P] [--runs R] [--conversations C]
#include "ScriptedSession.h"
#include "im/PresenceManager.h"
#include "im/RosterManager.h"
#include "models/ConversationListModel.h"
#include "models/RosterFilterProxyModel.h"
#include "models/RosterModel.h"
#include "storage/Database.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/SqlRosterStore.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

// Wall time and this thread's CPU time: on a shared machine the wall time of a run includes waiting for a
// core; the CPU time is the work itself.
struct Stamp {
    Clock::time_point wall;
    double cpuMs = 0;
};

Stamp now()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return { Clock::now(), double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6 };
}

struct Sample {
    double wallMs = 0;
    double cpuMs = 0;
    int signalCount = 0;
};

Sample between(const Stamp &start, const Stamp &end, int signalCount = 0)
{
    return { std::chrono::duration<double, std::milli>(end.wall - start.wall).count(), end.cpuMs - start.cpuMs,
        signalCount };
}

struct Options {
    int contacts = 10000;
    int presences = 5000;
    int runs = 7;
    int conversations = 5000;
};

// Counts every signal through which a model tells views about changes.
class SignalCounter {
public:
    explicit SignalCounter(QAbstractItemModel *model)
    {
        const auto bump = [this] { ++count; };
        m_connections = {
            QObject::connect(model, &QAbstractItemModel::dataChanged, bump),
            QObject::connect(model, &QAbstractItemModel::layoutChanged, bump),
            QObject::connect(model, &QAbstractItemModel::layoutAboutToBeChanged, bump),
            QObject::connect(model, &QAbstractItemModel::rowsInserted, bump),
            QObject::connect(model, &QAbstractItemModel::rowsRemoved, bump),
            QObject::connect(model, &QAbstractItemModel::rowsMoved, bump),
            QObject::connect(model, &QAbstractItemModel::modelReset, bump),
        };
    }
    ~SignalCounter()
    {
        for (const QMetaObject::Connection &c : m_connections) {
            QObject::disconnect(c);
        }
    }
    SignalCounter(const SignalCounter &) = delete;
    SignalCounter &operator=(const SignalCounter &) = delete;

    int count = 0;

private:
    QList<QMetaObject::Connection> m_connections;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

struct Series {
    std::vector<Sample> samples;
    bool countsSignals = true;

    void add(const Sample &sample) { samples.push_back(sample); }
    std::vector<double> wall() const
    {
        std::vector<double> v;
        for (const Sample &s : samples) {
            v.push_back(s.wallMs);
        }
        return v;
    }
    std::vector<double> cpu() const
    {
        std::vector<double> v;
        for (const Sample &s : samples) {
            v.push_back(s.cpuMs);
        }
        return v;
    }
    int maxSignals() const
    {
        int m = 0;
        for (const Sample &s : samples) {
            m = std::max(m, s.signalCount);
        }
        return m;
    }
};

void header()
{
    std::printf(
        "| %-58s | %8s | %8s | %8s | %8s | %7s |\n", "step", "wall med", "wall min", "wall max", "CPU med", "signals");
    std::printf("|%s|---------:|---------:|---------:|---------:|--------:|\n", QByteArray(60, '-').constData());
}

void report(const char *what, const Series &series)
{
    const std::vector<double> wall = series.wall();
    std::printf("| %-58s | %8.2f | %8.2f | %8.2f | %8.2f |", what, median(wall),
        wall.empty() ? 0 : *std::min_element(wall.begin(), wall.end()),
        wall.empty() ? 0 : *std::max_element(wall.begin(), wall.end()), median(series.cpu()));
    if (series.countsSignals) {
        std::printf(" %7d |\n", series.maxSignals());
    } else {
        std::printf("       - |\n");
    }
}

QString contactJid(int i)
{
    return u"c%1@example.com"_s.arg(i, 5, 10, QLatin1Char('0'));
}

QList<RosterItem> makeRoster(int count)
{
    QList<RosterItem> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i) {
        RosterItem item;
        item.jid = Jid::parse(contactJid(i)).value();
        item.name = u"Contact %1"_s.arg(i);
        item.subscription = u"both"_s;
        item.groups = { u"Group %1"_s.arg(i % 20) };
        items.append(item);
    }
    return items;
}

// Runs `once` warm-up + runs times; `once` returns the time and the signal count of one run.
Series measure(int runs, const std::function<Sample()> &once)
{
    Series series;
    once();
    for (int run = 0; run < runs; ++run) {
        series.add(once());
    }
    return series;
}

bool fail(const char *why)
{
    std::fprintf(stderr, "bench_models: %s\n", why);
    return false;
}

bool rosterLoad(const Options &options, SqlRosterStore &store)
{
    std::printf("\n## Roster load: %d contacts from SqlRosterStore\n\n", options.contacts);
    header();

    Series read;
    Series populate;
    const Series total = measure(options.runs, [&] {
        RosterModel model;
        SignalCounter counter(&model);
        const Stamp start = now();
        const QList<RosterItem> items = store.items();
        const Stamp readDone = now();
        model.setItems(items);
        const Stamp end = now();
        read.add(between(start, readDone));
        populate.add(between(readDone, end, counter.count));
        if (model.rowCount() != options.contacts) {
            fail("roster load: wrong row count");
        }
        return between(start, end, counter.count);
    });
    // The warm-up run is in read/populate too: drop it.
    read.samples.erase(read.samples.begin());
    read.countsSignals = false;
    populate.samples.erase(populate.samples.begin());
    report("SqlRosterStore::items()", read);
    report("RosterModel::setItems()", populate);
    report("store read -> RosterModel populated (goal <= 100 ms)", total);

    ScriptedSession session;
    report("RosterManager (cache reload) -> setRosterManager()", measure(options.runs, [&] {
        const Stamp start = now();
        RosterManager roster(session.connection(), store);
        RosterModel model;
        SignalCounter counter(&model);
        model.setRosterManager(&roster);
        return between(start, now(), counter.count);
    }));

    report("store read -> model + sorted RosterFilterProxyModel", measure(options.runs, [&] {
        RosterModel model;
        RosterFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        SignalCounter counter(&model);
        const Stamp start = now();
        model.setItems(store.items());
        const Sample sample = between(start, now(), counter.count);
        if (proxy.rowCount() != options.contacts || proxy.index(0, 0).data().toString() != u"Contact 0"_s) {
            fail("proxy: wrong order");
        }
        return sample;
    }));
    return true;
}

QByteArray presenceBurst(const Options &options, int run)
{
    QByteArray xml;
    const QByteArray show = run % 2 ? "away" : "chat";
    const QByteArray status = "run " + QByteArray::number(run);
    for (int i = 0; i < options.presences; ++i) {
        const int contact = (2 * i) % options.contacts;
        xml += "<presence from='" + contactJid(contact).toUtf8() + "/desk'><show>" + show + "</show><status>" + status
            + "</status></presence>";
    }
    return xml;
}

bool presenceBursts(const Options &options, const QList<RosterItem> &items)
{
    std::printf("\n## Presence burst: %d presences (every other contact) on %d contacts\n\n", options.presences,
        options.contacts);
    header();

    // (a) end to end through PresenceManager on the scripted server.
    {
        ScriptedSession session;
        PresenceManager presence(session.connection(), nullptr);
        if (!session.login()) {
            return fail("scripted login failed");
        }
        session.takeStanzas();
        RosterModel model;
        model.setItems(items);
        Stamp batchStart;
        Stamp applied;
        bool done = false;
        // Connected around the model's own slot: before it (start) and after it (end).
        QObject::connect(&presence, &PresenceManager::presencesChanged, [&] { batchStart = now(); });
        model.setPresenceManager(&presence);
        QObject::connect(&presence, &PresenceManager::presencesChanged, [&] {
            applied = now();
            done = true;
        });
        SignalCounter counter(&model);
        Series modelOnly;
        int run = 0;
        const Series total = measure(options.runs, [&] {
            const QByteArray xml = presenceBurst(options, run++);
            counter.count = 0;
            done = false;
            const Stamp start = now();
            session.inject(xml);
            while (!done) {
                QCoreApplication::processEvents();
            }
            modelOnly.add(between(batchStart, applied, counter.count));
            return between(start, applied, counter.count);
        });
        modelOnly.samples.erase(modelOnly.samples.begin());
        const QModelIndex first = model.index(0);
        if (first.data(RosterModel::AvailabilityRole).toInt() == int(PresenceManager::Availability::Offline)
            || model.index(1).data(RosterModel::AvailabilityRole).toInt()
                != int(PresenceManager::Availability::Offline)) {
            return fail("presence burst: wrong availability");
        }
        report("(a) inject XML -> parsed -> batch applied to the model", total);
        report("(a) the model's part: presencesChanged() -> applied", modelOnly);
    }

    // (b) directly through the batch entry point, without and with the sorting proxy.
    for (const bool withProxy : { false, true }) {
        RosterModel model;
        model.setItems(items);
        RosterFilterProxyModel proxy;
        if (withProxy) {
            proxy.setSourceModel(&model);
        }
        SignalCounter counter(&model);
        SignalCounter proxyCounter(&proxy);
        int run = 0;
        int proxySignals = 0;
        const Series series = measure(options.runs, [&] {
            QList<RosterModel::PresenceUpdate> updates;
            updates.reserve(options.presences);
            const Presence::Show show = run % 2 ? Presence::Show::Away : Presence::Show::Chat;
            for (int i = 0; i < options.presences; ++i) {
                const Jid jid = Jid::parse(contactJid((2 * i) % options.contacts)).value();
                RosterModel::ContactPresence p;
                p.availability = PresenceManager::availabilityOf(show);
                p.show = show;
                p.status = u"run %1"_s.arg(run);
                p.bestResource = jid.withResource(u"desk"_s);
                p.resourceCount = 1;
                updates.append({ jid, p });
            }
            ++run;
            counter.count = 0;
            proxyCounter.count = 0;
            const Stamp start = now();
            model.applyPresences(updates);
            const Sample sample = between(start, now(), counter.count);
            proxySignals = std::max(proxySignals, proxyCounter.count);
            return sample;
        });
        report(withProxy ? "(b) applyPresences() with the sorting proxy attached" : "(b) applyPresences()", series);
        if (withProxy) {
            std::printf(
                "\nWith the proxy attached, the proxy itself emitted at most %d signals per burst.\n", proxySignals);
        }
    }
    return true;
}

// Unread counts from a counter: the in-memory double counts by scanning every message, which would be what
// the conversation-list figures measure.
class CountingHistoryStore : public MemoryHistoryStore {
public:
    int unreadCount(const Jid &conversation) override { return unread.value(conversation); }
    QHash<Jid, int> unread;
};

bool floods(const Options &options, const QList<RosterItem> &items)
{
    std::printf("\n## Floods (issue 11)\n\n");
    header();
    QList<RosterItem> odd;
    for (qsizetype i = 1; i < items.size(); i += 2) {
        odd.append(items[i]);
    }
    for (const bool withProxy : { false, true }) {
        const Series series = measure(options.runs, [&] {
            RosterModel model;
            RosterFilterProxyModel proxy;
            if (withProxy) {
                proxy.setSourceModel(&model);
            }
            model.setItems(items);
            SignalCounter counter(&model);
            const Stamp start = now();
            model.setItems(odd);
            return between(start, now(), counter.count);
        });
        report(withProxy ? "(a) roster result without every other contact, with proxy"
                         : "(a) roster result without every other contact",
            series);
    }
    if (options.conversations <= 0) {
        return true;
    }
    Series first;
    Series second;
    for (int run = 0; run <= options.runs; ++run) {
        CountingHistoryStore store;
        ConversationListModel model(store);
        SignalCounter counter(&model);
        const QDateTime epoch(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        qint64 id = 0;
        Sample rounds[2];
        for (int round = 0; round < 2; ++round) {
            const Stamp start = now();
            for (int i = 0; i < options.conversations; ++i) {
                StoredMessage m;
                m.id = ++id;
                m.conversation = Jid::parse(u"s%1@evil.example"_s.arg(i)).value();
                m.from = m.conversation.withResource(u"x"_s);
                m.direction = MessageDirection::Incoming;
                m.body = u"spam"_s;
                m.sentTime = epoch.addSecs(id);
                m.receivedTime = m.sentTime;
                ++store.unread[m.conversation];
                model.messageStored(m);
            }
            rounds[round] = between(start, now(), counter.count);
            counter.count = 0;
        }
        if (model.rowCount() != options.conversations) {
            return fail("the conversation list lost rows");
        }
        if (run > 0) { // the first is the warm-up
            first.add(rounds[0]);
            second.add(rounds[1]);
        }
    }
    const QByteArray one = "(b) " + QByteArray::number(options.conversations) + " new conversations";
    const QByteArray two = "(b) then one more message in each, least recent first";
    report(one.constData(), first);
    report(two.constData(), second);
    std::printf("\nPer message: %.2f us CPU for a new conversation, %.2f us for a move to the top.\n",
        median(first.cpu()) * 1000 / options.conversations, median(second.cpu()) * 1000 / options.conversations);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--contacts") {
            options.contacts = std::max(args[i + 1].toInt(), 2);
        } else if (args[i] == u"--presences") {
            options.presences = std::max(args[i + 1].toInt(), 1);
        } else if (args[i] == u"--runs") {
            options.runs = std::max(args[i + 1].toInt(), 1);
        } else if (args[i] == u"--conversations") {
            options.conversations = std::max(args[i + 1].toInt(), 0);
        } else {
            std::fprintf(stderr, "usage: bench_models [--contacts N] [--presences P] [--runs R] [--conversations C]\n");
            return 2;
        }
    }
    options.presences = std::min(options.presences, options.contacts / 2 + options.contacts % 2);

    QTemporaryDir dir;
    Database db(dir.path());
    if (!dir.isValid() || !db.open().isOpen()) {
        std::fprintf(stderr, "bench_models: cannot open a temporary profile\n");
        return 1;
    }
    SqlRosterStore store(db);
    const QList<RosterItem> items = makeRoster(options.contacts);
    if (!store.replaceAll(items, u"ver1"_s)) {
        std::fprintf(stderr, "bench_models: cannot store the roster\n");
        return 1;
    }
    std::printf("# bench_models: %d contacts, %d presences, %d runs (+1 warm-up), times in ms\n", options.contacts,
        options.presences, options.runs);
    if (!rosterLoad(options, store) || !presenceBursts(options, store.items()) || !floods(options, items)) {
        return 1;
    }
    return 0;
}
