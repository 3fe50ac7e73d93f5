// libFuzzer target for XmlStreamParser. The input is fed once whole and once cut at points the fuzzer picks
// (the tail of the input encodes the cut points and the limits); both runs must give identical events, and the
// event sequence must keep the parser's contract. Any violation aborts, which libFuzzer reports as a crash.
#include "stream/XmlStreamParser.h"

#include <QList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>
#include <vector>

using namespace balcony;

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
}

void dump(const char *label, const QList<ParserEvent> &events)
{
    std::fprintf(stderr, "%s:\n", label);
    for (const ParserEvent &e : events) {
        std::fprintf(stderr, "  type=%d %s %s\n", int(e.type),
            qPrintable(e.element.isNull() ? QString() : e.element.toString()),
            qPrintable(e.type == ParserEvent::Type::Error
                    ? StreamError::conditionName(e.error.condition) + QStringLiteral(": ") + e.error.text
                    : QString()));
    }
}

void compare(const char *what, const QList<ParserEvent> &actual, const QList<ParserEvent> &expected);

bool sameEvent(const ParserEvent &a, const ParserEvent &b)
{
    return a.type == b.type && a.header == b.header && a.element == b.element && a.error.condition == b.error.condition;
}

void compare(const char *what, const QList<ParserEvent> &actual, const QList<ParserEvent> &expected)
{
    if (actual.size() != expected.size() || !std::equal(actual.begin(), actual.end(), expected.begin(), sameEvent)) {
        dump("whole", expected);
        dump("split", actual);
        violated(what);
    }
}

void checkContract(const QList<ParserEvent> &events, const XmlStreamParser &parser)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        const ParserEvent &e = events[i];
        if (e.type == ParserEvent::Type::StreamOpened && i != 0) {
            violated("StreamOpened is not the first event");
        }
        if (e.type != ParserEvent::Type::StreamOpened && i == 0 && e.type != ParserEvent::Type::Error) {
            violated("first event is neither StreamOpened nor Error");
        }
        const bool last = i + 1 == events.size();
        if (e.type == ParserEvent::Type::Error && !last) {
            violated("events after an Error");
        }
        // Garbage after </stream:stream> may still be reported, nothing else.
        if (e.type == ParserEvent::Type::StreamClosed && !last
            && !(i + 2 == events.size() && events[i + 1].type == ParserEvent::Type::Error)) {
            violated("events after StreamClosed");
        }
        if (e.type == ParserEvent::Type::Element && e.element.isNull()) {
            violated("Element event without an element");
        }
    }
    const bool endsInError = !events.isEmpty() && events.last().type == ParserEvent::Type::Error;
    if (endsInError != parser.hasFailed()) {
        violated("hasFailed() disagrees with the events");
    }
}

QList<ParserEvent> feedWhole(const QByteArray &input, XmlStreamParser::Limits limits, QByteArray *rest)
{
    XmlStreamParser parser(limits);
    QList<ParserEvent> events = parser.feed(input);
    checkContract(events, parser);
    if (parser.next()) {
        violated("next() returned an event after being drained");
    }
    *rest = parser.reset();
    return events;
}

QList<ParserEvent> feedCut(const QByteArray &input, const std::vector<qsizetype> &cuts, XmlStreamParser::Limits limits)
{
    XmlStreamParser parser(limits);
    QList<ParserEvent> events;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        events += parser.feed(QByteArrayView(input).sliced(from, cut - from));
        from = cut;
    }
    events += parser.feed(QByteArrayView(input).sliced(from));
    checkContract(events, parser);
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider provider(data, size);
    // Integral values come from the end of the input, so the XML at the front stays readable in the corpus.
    XmlStreamParser::Limits limits;
    switch (provider.ConsumeIntegralInRange<int>(0, 3)) {
    case 1:
        limits.maxStanzaBytes = 512;
        limits.maxDepth = 4;
        break;
    case 2:
        limits.maxStanzaBytes = 4096;
        limits.maxDepth = 1;
        break;
    case 3:
        // Counted by MarkupScanner ahead of the reader: small enough for the fuzzer to cross them.
        limits.maxAttributes = 3;
        limits.maxNamespaceDeclarations = 4;
        break;
    default:
        break;
    }
    const int cutCount = provider.ConsumeIntegralInRange<int>(0, 16);
    std::vector<size_t> rawCuts;
    for (int i = 0; i < cutCount; ++i) {
        rawCuts.push_back(provider.ConsumeIntegral<uint16_t>());
    }
    const std::vector<uint8_t> bytes = provider.ConsumeRemainingBytes<uint8_t>();
    const QByteArray input(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));

    std::vector<qsizetype> cuts;
    if (!input.isEmpty()) {
        for (size_t c : rawCuts) {
            cuts.push_back(qsizetype(c % size_t(input.size())));
        }
    }
    std::sort(cuts.begin(), cuts.end());

    QByteArray rest;
    const QList<ParserEvent> whole = feedWhole(input, limits, &rest);
    // reset() hands back unparsed input: always a suffix of what was added.
    if (!input.endsWith(rest)) {
        violated("reset() returned bytes that are not a suffix of the input");
    }

    const QList<ParserEvent> split = feedCut(input, cuts, limits);
    compare("split feeding differs from whole feeding", split, whole);
    if (input.size() <= 2048) {
        std::vector<qsizetype> everyByte;
        for (qsizetype i = 1; i < input.size(); ++i) {
            everyByte.push_back(i);
        }
        const QList<ParserEvent> bytewise = feedCut(input, everyByte, limits);
        compare("byte-by-byte feeding differs from whole feeding", bytewise, whole);
    }
    return 0;
}
