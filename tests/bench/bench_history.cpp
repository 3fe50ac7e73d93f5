// History at scale: generates a profile with 1,000,000 messages over 1,000 conversations plus one conversation
// of 100,000 messages, then measures what the issues set goals for: a conversation's newest page (<= 20 ms),
// an FTS search (<= 50 ms; a frequent word too, issue 13), the conversation list (<= 20 ms, on the app's
// start-up path, issue 13), opening the big conversation in a MessageModel (newest page <= 50 ms) and
// scrolling it to the top page by page, and storing a XEP-0313 catch-up of 10,000 messages (>= 20,000
// messages/s). Also reports the generation rate. "Cold-ish" is the first query on a freshly opened connection
// (SQLite's page cache empty; the OS file cache is not dropped); "warm" is the median of the following runs.
// Usage: bench_history [--messages N] [--conversations N] [--big N] [--runs N] [--batch N] [--batches N]
//                      [--cache-mib N (SQLite page cache; default: the Database default)] [--dir DIR]

#include "models/MessageModel.h"
#include "storage/Database.h"
#include "storage/SqlHistoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace balcony;

namespace {

struct Options {
    int messages = 1'000'000;
    int conversations = 1'000;
    int big = 100'000; // messages of the one big conversation
    int runs = 20;
    int batch = 10'000;
    int batches = 5;
    int cacheMib = 0; // 0: the Database default
    QString dir;
};

// Ordinary chat words; "marmalade" is the moderately frequent search word (about 1 message in 200).
const char *const vocabulary[] = { "the", "a", "to", "and", "you", "I", "is", "it", "that", "of", "in", "we", "for",
    "on", "have", "be", "are", "this", "with", "not", "but", "at", "so", "can", "do", "just", "what", "meeting",
    "tomorrow", "tonight", "dinner", "train", "late", "sorry", "thanks", "great", "see", "call", "later", "home",
    "work", "office", "weekend", "coffee", "lunch", "photo", "link", "code", "review", "build", "release", "bug",
    "fixed", "server", "window", "balcony", "garden", "rain", "sun", "book", "film", "music", "party", "birthday",
    "holiday", "ticket", "flight", "hotel", "station", "bike", "car", "shop", "bread", "cheese", "wine", "tea", "café",
    "naïve", "Zürich", "München", "déjà", "vu", "ok", "yes", "no", "maybe", "soon", "now", "again", "never", "always",
    "love", "miss", "hello", "bye", "night", "morning" };
constexpr int vocabularySize = int(sizeof(vocabulary) / sizeof(vocabulary[0]));
const QString searchWord = u"marmalade"_s;

QString body(QRandomGenerator &random)
{
    const int words = 3 + int(random.bounded(15));
    QString text;
    for (int i = 0; i < words; ++i) {
        if (i > 0) {
            text.append(u' ');
        }
        // Skewed towards the first words, like real text.
        const int index = int(random.bounded(vocabularySize) * random.generateDouble());
        text.append(QString::fromUtf8(vocabulary[index]));
    }
    if (random.bounded(200) == 0) {
        text.append(u' ').append(searchWord);
    }
    return text;
}

Jid conversationJid(int index)
{
    return Jid::parse(u"contact%1@example.net"_s.arg(index)).value_or(Jid());
}

// The big conversation's index for makeMessage(): conversationJid(bigConversation).
constexpr int bigConversation = 1'000'000;

const Jid own = Jid::parse(u"me@example.com"_s).value_or(Jid());
const Jid ownResource = Jid::parse(u"me@example.com/balcony"_s).value_or(Jid());

StoredMessage makeMessage(QRandomGenerator &random, qint64 n, int conversation, qint64 timeMs, bool archive)
{
    StoredMessage m;
    const Jid peer = conversationJid(conversation);
    const Jid peerResource = peer.withResource(u"phone"_s);
    m.conversation = peer;
    m.type = Message::Type::Chat;
    m.direction = random.bounded(2) == 0 ? MessageDirection::Incoming : MessageDirection::Outgoing;
    m.from = m.direction == MessageDirection::Incoming ? peerResource : ownResource;
    m.to = m.direction == MessageDirection::Incoming ? ownResource : peerResource;
    m.messageId = u"id-%1"_s.arg(n);
    m.originId = u"origin-%1"_s.arg(n);
    m.stanzaId = u"stanza-%1"_s.arg(n);
    m.stanzaIdBy = own;
    m.body = body(random);
    m.sentTime = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    m.serverTime = m.sentTime;
    m.receivedTime = m.sentTime;
    m.state = m.direction == MessageDirection::Incoming ? MessageState::Received : MessageState::Delivered;
    if (archive) {
        m.flags = MessageFlag::FromArchive;
        // What the archive module may keep of each result: the forwarded stanza.
        m.stanzaXml = u"<message xmlns='jabber:client' from='%1' to='%2' type='chat' id='%3'><body>%4</body>"
                      "<origin-id xmlns='urn:xmpp:sid:0' id='%5'/></message>"_s.arg(
                          m.from.toString(), m.to.toString(), m.messageId, m.body, m.originId);
    }
    return m;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

// This process's CPU time: the machine the figures come from may be shared, and wall-clock rates then
// measure the neighbours too.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Timing {
    double cold = 0;
    double median = 0;
    double worst = 0;
    double cpuMedian = 0; // this process's CPU time: what neighbours on a shared machine do not change
    qsizetype rows = 0;
};

// The first call on a freshly opened database, then `runs` more.
template<typename F>
Timing measure(Database &db, const std::function<void()> &afterOpen, int runs, F query)
{
    Timing t;
    db.close();
    db.open();
    afterOpen();
    QElapsedTimer timer;
    timer.start();
    t.rows = query();
    t.cold = msSince(timer);
    std::vector<double> warm;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = cpuMs();
        timer.restart();
        query();
        warm.push_back(msSince(timer));
        cpu.push_back(cpuMs() - cpuStart);
    }
    t.median = median(warm);
    t.cpuMedian = median(cpu);
    t.worst = *std::max_element(warm.begin(), warm.end());
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString &name = args.at(i);
        const QString &value = args.at(i + 1);
        if (name == "--messages"_L1) {
            options.messages = value.toInt();
        } else if (name == "--conversations"_L1) {
            options.conversations = value.toInt();
        } else if (name == "--big"_L1) {
            options.big = value.toInt();
        } else if (name == "--runs"_L1) {
            options.runs = value.toInt();
        } else if (name == "--batch"_L1) {
            options.batch = value.toInt();
        } else if (name == "--batches"_L1) {
            options.batches = value.toInt();
        } else if (name == "--cache-mib"_L1) {
            options.cacheMib = value.toInt();
        } else if (name == "--dir"_L1) {
            options.dir = value;
        } else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(name));
            return 2;
        }
    }
    if (options.messages <= 0 || options.conversations <= 0 || options.runs <= 0 || options.batch <= 0
        || options.big <= 0) {
        std::fprintf(stderr, "all counts must be positive\n");
        return 2;
    }

    QTemporaryDir temporary;
    const QString dir = options.dir.isEmpty() ? temporary.path() : options.dir;
    Database db(dir);
    QElapsedTimer openTimer;
    openTimer.start();
    const Database::OpenResult opened = db.open();
    const double openMs = msSince(openTimer);
    if (!opened.isOpen()) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dir), qPrintable(db.lastOpenResult().detail));
        return 1;
    }
    const auto applyCache = [&] {
        if (options.cacheMib > 0) {
            QSqlQuery(db.sql()).exec(u"PRAGMA cache_size = -%1"_s.arg(options.cacheMib * 1024));
        }
    };
    applyCache();
    SqlHistoryStore store(db);
    QRandomGenerator random(20261123);

    // 1. Generate: one transaction, insertBatch() in chunks (its statements are prepared once per chunk).
    const qint64 start = QDateTime::fromString(u"2024-01-01T00:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    const double generateCpuStart = cpuMs();
    int matches = 0;
    // With --dir, a profile generated by an earlier run is reused as it is.
    qint64 existingRows = 0;
    {
        QSqlQuery count(db.sql());
        if (count.exec(u"SELECT COUNT(*) FROM message"_s) && count.next()) {
            existingRows = count.value(0).toLongLong();
        }
    }
    const bool generated = existingRows > 0 || db.transaction([&] {
        constexpr int chunk = 50'000;
        QList<StoredMessage> messages;
        messages.reserve(chunk);
        for (int n = 0; n < options.messages; ++n) {
            StoredMessage m
                = makeMessage(random, n, int(random.bounded(options.conversations)), start + qint64(n) * 30'000, false);
            matches += m.body.endsWith(searchWord) ? 1 : 0;
            messages.append(std::move(m));
            if (messages.size() == chunk || n == options.messages - 1) {
                if (store.insertBatch(messages).size() != messages.size()) {
                    return false;
                }
                messages.clear();
            }
        }
        return true;
    });
    const double generateMs = msSince(timer);
    const double generateCpuMs = cpuMs() - generateCpuStart;
    if (!generated) {
        std::fprintf(stderr, "generating failed\n");
        return 1;
    }
    // The big conversation, also added to a reused profile that lacks it: 100,000 messages over the same
    // period as the others, 30 s apart on average.
    const Jid big = conversationJid(bigConversation);
    qint64 bigRows = 0;
    {
        QSqlQuery count(db.sql());
        if (count.exec(u"SELECT COUNT(*) FROM message WHERE conversation = '%1'"_s.arg(big.bareString()))
            && count.next()) {
            bigRows = count.value(0).toLongLong();
        }
    }
    const qint64 bigExisting = bigRows;
    if (bigRows < options.big) {
        const bool ok = db.transaction([&] {
            QList<StoredMessage> messages;
            for (qint64 n = bigRows; n < options.big; ++n) {
                const qint64 time = start + n * (qint64(options.messages) * 30'000 / options.big) + 7;
                messages.append(makeMessage(random, 10'000'000 + n, bigConversation, time, false));
                if (messages.size() == 50'000 || n == options.big - 1) {
                    if (store.insertBatch(messages).size() != messages.size()) {
                        return false;
                    }
                    messages.clear();
                }
            }
            return true;
        });
        if (!ok) {
            std::fprintf(stderr, "generating the big conversation failed\n");
            return 1;
        }
        bigRows = options.big;
    }
    const qint64 fileSize = QFileInfo(db.filePath()).size() + QFileInfo(db.filePath() + u"-wal"_s).size();

    // 2. Newest page (50) of a random conversation.
    const Timing page = measure(db, applyCache, options.runs,
        [&] { return store.page(conversationJid(int(random.bounded(options.conversations))), 50).size(); });
    // 3. Second page (the cursor query MessageModel::fetchMore() runs).
    const Timing nextPage = measure(db, applyCache, options.runs, [&] {
        const Jid jid = conversationJid(int(random.bounded(options.conversations)));
        const QList<StoredMessage> first = store.page(jid, 50);
        return first.isEmpty() ? 0 : store.page(jid, 50, first.constLast().cursor()).size();
    });
    // 4. FTS search, newest 50, all conversations and in one.
    const Timing search
        = measure(db, applyCache, options.runs, [&] { return store.search(searchWord, {}, 50).size(); });
    const Timing searchFrequent
        = measure(db, applyCache, options.runs, [&] { return store.search(u"coffee"_s, {}, 50).size(); });
    const Timing searchOne = measure(db, applyCache, options.runs, [&] {
        return store.search(u"coffee"_s, conversationJid(int(random.bounded(options.conversations))), 50).size();
    });
    // "More results": the next 50 after the first 50 (keyset cursor; the first page is not timed).
    const QList<StoredMessage> firstHits = store.search(u"coffee"_s, {}, 50);
    const HistoryCursor afterFirstHits = firstHits.isEmpty() ? HistoryCursor() : firstHits.constLast().cursor();
    const Timing searchMore = measure(db, applyCache, options.runs,
        [&] { return afterFirstHits.isNull() ? 0 : store.search(u"coffee"_s, {}, 50, afterFirstHits).size(); });
    // A rare word (a few hundred matches) and a word with no match: the sorting way.
    const Timing searchRare
        = measure(db, applyCache, options.runs, [&] { return store.search(u"zürich tea"_s, {}, 50).size(); });
    // 5. The conversation list with last message and unread count of each.
    const Timing list
        = measure(db, applyCache, std::min(options.runs, 5), [&] { return store.conversations().size(); });

    // 6. The big conversation in the chat view's model: the newest page (the constructor loads it), then
    //    scrolling to the top, one fetchMore() per page as a view calls it.
    const Timing open = measure(db, applyCache, options.runs, [&] {
        MessageModel model(store, big, 50);
        return qsizetype(model.rowCount());
    });
    std::vector<double> fetches;
    int largestFetch = 0;
    qsizetype scrolledRows = 0;
    double scrollMs = 0;
    {
        db.close();
        db.open();
        applyCache();
        MessageModel model(store, big, 50);
        QElapsedTimer scroll;
        scroll.start();
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            timer.restart();
            model.fetchMore({});
            fetches.push_back(msSince(timer));
            largestFetch = std::max(largestFetch, model.rowCount() - before);
        }
        scrollMs = msSince(scroll);
        scrolledRows = model.rowCount();
    }

    // 7. MAM catch-up: insertBatch() of `batch` new archived messages (with the archive position), each
    //    batch prepared beforehand so only storing is timed.
    std::vector<double> rates;
    std::vector<double> cpuRates;
    qint64 next = options.messages;
    for (int b = 0; b < options.batches; ++b) {
        QList<StoredMessage> batch;
        batch.reserve(options.batch);
        for (int i = 0; i < options.batch; ++i, ++next) {
            batch.append(
                makeMessage(random, next, int(random.bounded(options.conversations)), start + next * 30'000, true));
        }
        const ArchivePosition position { batch.constLast().stanzaId, batch.constLast().serverTime };
        timer.restart();
        const double cpuStart = cpuMs();
        const QList<qint64> ids = store.insertBatch(batch, own, position);
        const double ms = msSince(timer);
        cpuRates.push_back(options.batch / ((cpuMs() - cpuStart) / 1000.0));
        if (ids.size() != batch.size()) {
            std::fprintf(stderr, "catch-up batch failed\n");
            return 1;
        }
        rates.push_back(options.batch / (ms / 1000.0));
    }
    const double rate = median(rates);
    const double worstRate = *std::min_element(rates.begin(), rates.end());

    std::printf("bench_history: %d messages, %d conversations + 1 of %lld, %d runs per query, SQLite file %.0f MiB\n",
        options.messages, options.conversations, static_cast<long long>(bigRows), options.runs,
        double(fileSize) / 1048576.0);
    std::printf(
        "opened the profile in %.1f ms (schema version %d -> %d)\n", openMs, opened.previousVersion, opened.version);
    if (bigExisting < options.big) {
        std::printf("added %lld messages to the big conversation\n", static_cast<long long>(options.big - bigExisting));
    }
    if (existingRows > 0) {
        std::printf(
            "reused the %lld messages in %s (no generation)\n", static_cast<long long>(existingRows), qPrintable(dir));
    } else {
        std::printf("generate             %8.1f s   %9.0f msgs/s wall, %9.0f msgs/s CPU (one transaction, insertBatch "
                    "chunks of 50,000)\n",
            generateMs / 1000.0, options.messages / (generateMs / 1000.0), options.messages / (generateCpuMs / 1000.0));
    }
    std::printf("%-22s %10s %10s %10s %10s %6s  %s\n", "query", "cold-ish", "median", "worst", "CPU median", "rows",
        "goal (wall median)");
    const auto row = [](const char *name, const Timing &t, const char *goal) {
        std::printf("%-22s %7.2f ms %7.2f ms %7.2f ms %7.2f ms %6lld  %s\n", name, t.cold, t.median, t.worst,
            t.cpuMedian, static_cast<long long>(t.rows), goal);
    };
    row("newest page (50)", page, page.median <= 20 ? "<= 20 ms: met" : "<= 20 ms: NOT met");
    row("second page (50)", nextPage, "");
    row("FTS newest 50", search, search.median <= 50 ? "<= 50 ms: met" : "<= 50 ms: NOT met");
    row("FTS frequent word", searchFrequent, searchFrequent.median <= 50 ? "<= 50 ms: met" : "<= 50 ms: NOT met");
    row("FTS frequent, next 50", searchMore, "");
    row("FTS rare words", searchRare, "");
    row("FTS in 1 conversation", searchOne, "");
    row("conversation list", list, list.median <= 20 ? "<= 20 ms: met" : "<= 20 ms: NOT met");
    row("open big conversation", open, open.median <= 50 ? "<= 50 ms: met" : "<= 50 ms: NOT met");
    std::printf("scroll big to the top  %zu fetchMore() in %.0f ms: median %.2f ms, worst %.2f ms, at most %d rows "
                "each, %lld rows in the end %s\n",
        fetches.size(), scrollMs, median(fetches),
        fetches.empty() ? 0.0 : *std::max_element(fetches.begin(), fetches.end()), largestFetch,
        static_cast<long long>(scrolledRows),
        largestFetch <= 50 && scrolledRows == bigRows ? "(lazy: one page per call)" : "(NOT one page per call)");
    if (existingRows == 0) {
        std::printf("(\"%s\" occurs in %d messages)\n", qPrintable(searchWord), matches);
    }
    std::printf("MAM catch-up batch    %d x %d msgs: median %.0f msgs/s wall (slowest %.0f), %.0f msgs/s CPU  %s\n",
        options.batches, options.batch, rate, worstRate, median(cpuRates),
        rate >= 20000 ? ">= 20,000/s: met" : ">= 20,000/s: NOT met (wall)");
    return 0;
}
