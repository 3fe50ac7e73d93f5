// Parser throughput: XmlStreamParser (building Elements) against libexpat (namespace-aware, building a comparable
// tree of std::string nodes) on the same generated stream, fed in the same chunk sizes, in the same process.
// Usage: bench_parser [--size MiB] [--chunk bytes] [--reps n] [--json] [--write-corpus file]
#include "bench_parser_corpus.h"
#include "stream/XmlStreamParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <expat.h>
#include <memory>
#include <string>
#include <utility>
#include <vector>

using namespace balcony;

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
    qsizetype sizeBytes = 4 * 1024 * 1024;
    qsizetype chunk = 4096;
    int reps = 7;
    bool json = false;
    QString corpusFile;
};

// One pass of XmlStreamParser over the stream; returns the number of top-level elements, or -1 on error.
qsizetype runBalcony(const QByteArray &stream, qsizetype chunk)
{
    XmlStreamParser parser;
    qsizetype elements = 0;
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        parser.addData(QByteArrayView(stream).sliced(at, std::min(chunk, stream.size() - at)));
        while (std::optional<ParserEvent> event = parser.next()) {
            if (event->type == ParserEvent::Type::Element) {
                ++elements;
            } else if (event->type == ParserEvent::Type::Error) {
                std::fprintf(stderr, "balcony parser error: %s\n", qPrintable(event->error.text));
                return -1;
            }
        }
    }
    return elements;
}

// The expat side builds what a client built on expat would keep: one tree per top-level element, names
// "namespace name" (XML_ParserCreateNS with ' '), attributes, merged text; the tree is dropped at depth 1.
struct ExpatNode {
    std::string name;
    std::vector<std::pair<std::string, std::string>> attributes;
    std::string text;
    std::vector<std::unique_ptr<ExpatNode>> children;
};

struct ExpatState {
    std::vector<std::unique_ptr<ExpatNode>> stack; // stack[0] stands for <stream:stream>
    qsizetype elements = 0;
};

void XMLCALL expatStart(void *data, const XML_Char *name, const XML_Char **atts)
{
    auto *state = static_cast<ExpatState *>(data);
    auto node = std::make_unique<ExpatNode>();
    node->name = name;
    for (int i = 0; atts[i]; i += 2) {
        node->attributes.emplace_back(atts[i], atts[i + 1]);
    }
    state->stack.push_back(std::move(node));
}

void XMLCALL expatEnd(void *data, const XML_Char *)
{
    auto *state = static_cast<ExpatState *>(data);
    std::unique_ptr<ExpatNode> node = std::move(state->stack.back());
    state->stack.pop_back();
    if (state->stack.size() > 1) {
        state->stack.back()->children.push_back(std::move(node));
    } else if (state->stack.size() == 1) {
        ++state->elements; // a complete stanza; handed over and dropped like a ParserEvent
    }
}

void XMLCALL expatText(void *data, const XML_Char *s, int len)
{
    auto *state = static_cast<ExpatState *>(data);
    if (state->stack.size() > 1) {
        state->stack.back()->text.append(s, size_t(len));
    }
}

qsizetype runExpat(const QByteArray &stream, qsizetype chunk)
{
    XML_Parser parser = XML_ParserCreateNS(nullptr, ' ');
    ExpatState state;
    XML_SetUserData(parser, &state);
    XML_SetElementHandler(parser, expatStart, expatEnd);
    XML_SetCharacterDataHandler(parser, expatText);
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        const qsizetype n = std::min(chunk, stream.size() - at);
        if (XML_Parse(parser, stream.constData() + at, int(n), 0) != XML_STATUS_OK) {
            std::fprintf(stderr, "expat error: %s\n", XML_ErrorString(XML_GetErrorCode(parser)));
            XML_ParserFree(parser);
            return -1;
        }
    }
    XML_ParserFree(parser);
    return state.elements;
}

struct Timing {
    double best = 0; // seconds
    double median = 0;
};

template<typename F>
Timing measure(int reps, F &&run)
{
    std::vector<double> seconds;
    for (int i = 0; i < reps; ++i) {
        const auto start = Clock::now();
        run();
        seconds.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    return { seconds.front(), seconds[seconds.size() / 2] };
}

bool parseOptions(const QStringList &args, Options *options)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1StringView("--json")) {
            options->json = true;
        } else if (a == QLatin1StringView("--size") && hasValue) {
            options->sizeBytes = qsizetype(args[++i].toDouble() * 1024 * 1024);
        } else if (a == QLatin1StringView("--chunk") && hasValue) {
            options->chunk = args[++i].toLongLong();
        } else if (a == QLatin1StringView("--reps") && hasValue) {
            options->reps = args[++i].toInt();
        } else if (a == QLatin1StringView("--write-corpus") && hasValue) {
            options->corpusFile = args[++i];
        } else {
            return false;
        }
    }
    return options->sizeBytes > 0 && options->chunk > 0 && options->reps > 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList args = QCoreApplication::arguments();
    if (!parseOptions(args, &options)) {
        std::fprintf(stderr,
            "usage: bench_parser [--size MiB] [--chunk bytes] [--reps n] [--json] "
            "[--write-corpus file]\n");
        return 2;
    }

    const bench::ParserCorpus corpus = bench::generateParserCorpus(options.sizeBytes);
    const QByteArray stream = corpus.streamHeader + corpus.stanzas + corpus.streamFooter;
    if (!options.corpusFile.isEmpty()) {
        QFile file(options.corpusFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(stream) != stream.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(options.corpusFile));
            return 1;
        }
    }

    // Both must see every stanza, or the comparison is meaningless.
    const qsizetype balconyCount = runBalcony(stream, options.chunk);
    const qsizetype expatCount = runExpat(stream, options.chunk);
    if (balconyCount != corpus.stanzaCount || expatCount != corpus.stanzaCount) {
        std::fprintf(stderr, "stanza counts differ: generated %lld, balcony %lld, expat %lld\n",
            qlonglong(corpus.stanzaCount), qlonglong(balconyCount), qlonglong(expatCount));
        return 1;
    }

    // Interleave nothing: each side gets its own warm-up (above) and its own repetitions.
    const Timing balcony = measure(options.reps, [&] { runBalcony(stream, options.chunk); });
    const Timing expat = measure(options.reps, [&] { runExpat(stream, options.chunk); });

    const double mib = double(stream.size()) / (1024.0 * 1024.0);
    const double ratio = balcony.best / expat.best;
    const QString commandLine = args.join(QLatin1Char(' '));
    if (options.json) {
        std::printf(
            "{\"command\": \"%s\", \"bytes\": %lld, \"stanzas\": %lld, \"chunk\": %lld, \"reps\": %d,\n"
            " \"balcony\": {\"best_s\": %.6f, \"median_s\": %.6f, \"mib_per_s\": %.2f, \"stanzas_per_s\": %.0f},\n"
            " \"expat\": {\"best_s\": %.6f, \"median_s\": %.6f, \"mib_per_s\": %.2f, \"stanzas_per_s\": %.0f},\n"
            " \"ratio_balcony_over_expat\": %.3f}\n",
            qPrintable(commandLine), qlonglong(stream.size()), qlonglong(corpus.stanzaCount), qlonglong(options.chunk),
            options.reps, balcony.best, balcony.median, mib / balcony.best, double(corpus.stanzaCount) / balcony.best,
            expat.best, expat.median, mib / expat.best, double(corpus.stanzaCount) / expat.best, ratio);
        return 0;
    }
    std::printf("command: %s\n", qPrintable(commandLine));
    std::printf("corpus: %.2f MiB, %lld stanzas, chunk %lld bytes, %d repetitions (best / median)\n", mib,
        qlonglong(corpus.stanzaCount), qlonglong(options.chunk), options.reps);
    std::printf("balcony XmlStreamParser: %8.2f MiB/s %10.0f stanzas/s  (%.1f / %.1f ms)\n", mib / balcony.best,
        double(corpus.stanzaCount) / balcony.best, balcony.best * 1e3, balcony.median * 1e3);
    std::printf("libexpat %-15s: %8.2f MiB/s %10.0f stanzas/s  (%.1f / %.1f ms)\n", XML_ExpatVersion(),
        mib / expat.best, double(corpus.stanzaCount) / expat.best, expat.best * 1e3, expat.median * 1e3);
    std::printf("ratio balcony/expat time: %.2fx (best), %.2fx (median)\n", ratio, balcony.median / expat.median);
    return 0;
}
