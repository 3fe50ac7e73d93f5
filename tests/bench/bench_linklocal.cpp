// bench_linklocal: how fast a link-local peer appears and how fast a message arrives (issue 16's goals: a peer
// within 1 s of publishing, a message in <= 5 ms), on a real avahi-daemon (AvahiFixture: the system's, or its
// own on the loopback interface).
//
//  1. Publish → appears: a backend publishes a new `_presence._tcp` instance; measured from the publish() call
//     to (a) avahi's "established" (the name's probing, RFC 6762 §8.1: three probes 250 ms apart), (b) the peer in
//     a LinkLocalPeers of another bus connection (resolved, TXT validated: what the models get), and (c) the
//     resolved line of `avahi-browse -r -p` (avahi's own client) started before, in the same run.
//  2. Send → receive: LinkLocalMessenger A sends to B over the open stream; from sendMessage() (stored in A's
//     history and outbox, written) to B's messageStored (parsed, stored), one message at a time; the first
//     message (stream set-up included) separately.
#include "AvahiFixture.h"
#include "BenchSupport.h"
#include "linklocal/AvahiBackend.h"
#include "linklocal/LinkLocalMessenger.h"
#include "linklocal/LinkLocalService.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::linklocal;
using balcony::bench::median;
using balcony::bench::out;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec(); // wakes for every event, at the latest after 1 ms
    }
    return true;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

struct Side {
    explicit Side(const QDBusConnection &bus)
        : backend(bus)
        , service(&backend)
        , outbox(history)
        , messenger(service, history, outbox)
    {
    }
    AvahiBackend backend;
    LinkLocalService service;
    MemoryHistoryStore history;
    MemoryOutboxStore outbox;
    LinkLocalMessenger messenger;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(u"runs"_s, u"publish runs (default 10)"_s, u"N"_s, u"10"_s);
    const QCommandLineOption messagesOption(u"messages"_s, u"messages (default 500)"_s, u"N"_s, u"500"_s);
    parser.addOptions({ runsOption, messagesOption });
    parser.addHelpOption();
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    const int messages = parser.value(messagesOption).toInt();

    test::AvahiFixture avahi;
    if (!avahi.start()) {
        out() << "no avahi-daemon: " << avahi.errorString() << Qt::endl;
        return 1;
    }
    out() << (avahi.ownsDaemon() ? "avahi-daemon started by the fixture (lo only)" : "the running avahi-daemon")
          << Qt::endl;
    const QString suffix = QString::number(QCoreApplication::applicationPid());

    // 1. Publish → appears.
    AvahiBackend observerBackend(avahi.connect(u"observer"_s));
    LinkLocalPeers observer(&observerBackend);
    observerBackend.startBrowsing();
    QProcess browse;
    QHash<QString, qint64> browseSeenNs;
    QElapsedTimer clock;
    clock.start();
    QByteArray browseBuffer;
    QObject::connect(&browse, &QProcess::readyReadStandardOutput, [&] {
        const qint64 now = clock.nsecsElapsed();
        browseBuffer += browse.readAllStandardOutput();
        qsizetype newline;
        while ((newline = browseBuffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(browseBuffer.left(newline));
            browseBuffer.remove(0, newline + 1);
            const QStringList fields = line.split(u';');
            if (fields.size() > 8 && fields.at(0) == u"="_s) {
                const QString name = QString(fields.at(3)).replace(u"\\064"_s, u"@"_s);
                if (!browseSeenNs.contains(name)) {
                    browseSeenNs.insert(name, now);
                }
            }
        }
    });
    browse.start(u"avahi-browse"_s, { u"--resolve"_s, u"--parsable"_s, u"_presence._tcp"_s });
    browse.waitForStarted();
    waitFor([] { return false; }, 1000); // both browsers up and through the cache

    QHash<QString, qint64> modelSeenNs;
    QObject::connect(&observer, &LinkLocalPeers::peerAdded, [&](const LinkLocalPeer &peer) {
        if (!modelSeenNs.contains(peer.name)) {
            modelSeenNs.insert(peer.name, clock.nsecsElapsed());
        }
    });
    QList<double> establishedMs, modelMs, browseMs, modelAfterEstablishedMs, modelMinusBrowseMs;
    AvahiBackend publisher(avahi.connect(u"publisher"_s));
    qint64 establishedNs = 0;
    QObject::connect(&publisher, &LinkLocalBackend::published, [&] { establishedNs = clock.nsecsElapsed(); });
    LinkLocalPresence presence;
    presence.nick = u"bench"_s;
    for (int run = 0; run < runs; ++run) {
        const QString name = u"bench%1-%2@bench-host"_s.arg(suffix).arg(run);
        establishedNs = 0;
        const qint64 startNs = clock.nsecsElapsed();
        publisher.publish(name, 40000, encodeTxt(presence));
        if (!waitFor([&] { return modelSeenNs.contains(name) && browseSeenNs.contains(name) && establishedNs; })) {
            out() << "run " << run << ": not seen in time" << Qt::endl;
            return 1;
        }
        establishedMs.append(double(establishedNs - startNs) / 1e6);
        modelMs.append(double(modelSeenNs.value(name) - startNs) / 1e6);
        browseMs.append(double(browseSeenNs.value(name) - startNs) / 1e6);
        modelAfterEstablishedMs.append(double(modelSeenNs.value(name) - establishedNs) / 1e6);
        modelMinusBrowseMs.append(double(modelSeenNs.value(name) - browseSeenNs.value(name)) / 1e6);
        publisher.withdraw();
        waitFor([&] { return !observer.peer(name).has_value(); });
    }
    browse.terminate(); // the avahi-browse started above
    browse.waitForFinished(5000);
    out() << "publish -> appears, " << runs << " runs, median ms (min-max):" << Qt::endl;
    const auto row = [](const char *what, const QList<double> &values) {
        out() << "  " << what << QString::number(median(values), 'f', 1) << " ("
              << QString::number(*std::min_element(values.begin(), values.end()), 'f', 1) << "-"
              << QString::number(*std::max_element(values.begin(), values.end()), 'f', 1) << ")" << Qt::endl;
    };
    row("avahi established (probing):      ", establishedMs);
    row("in LinkLocalPeers (the model):     ", modelMs);
    row("avahi-browse -r resolved line:     ", browseMs);
    row("model after established:           ", modelAfterEstablishedMs);
    row("model minus avahi-browse:          ", modelMinusBrowseMs);

    // 2. Send → receive.
    Side a(avahi.connect(u"a"_s));
    Side b(avahi.connect(u"b"_s));
    const QString aName = u"a%1@bench-host"_s.arg(suffix);
    const QString bName = u"b%1@bench-host"_s.arg(suffix);
    a.service.start(aName, presence, QHostAddress::LocalHost);
    b.service.start(bName, presence, QHostAddress::LocalHost);
    if (!waitFor([&] { return a.service.peers().peer(bName) && b.service.peers().peer(aName); })) {
        out() << "the two services did not see each other" << Qt::endl;
        return 1;
    }
    qint64 receivedNs = 0;
    QObject::connect(&b.messenger, &LinkLocalMessenger::messageStored, [&](qint64, const StoredMessage &message) {
        if (message.direction == MessageDirection::Incoming) {
            receivedNs = clock.nsecsElapsed();
        }
    });
    QList<double> latencies;
    double firstMs = 0;
    for (int i = 0; i <= messages; ++i) {
        receivedNs = 0;
        const qint64 sentNs = clock.nsecsElapsed();
        a.messenger.sendMessage(bName, u"message %1 of the benchmark"_s.arg(i));
        if (!waitFor([&] { return receivedNs != 0; })) {
            out() << "message " << i << " did not arrive" << Qt::endl;
            return 1;
        }
        const double ms = double(receivedNs - sentNs) / 1e6;
        if (i == 0) {
            firstMs = ms;
        } else {
            latencies.append(ms);
        }
    }
    out() << "send -> receive (stored at the peer), " << messages << " messages one at a time:" << Qt::endl;
    out() << "  first message (connect + stream headers): " << QString::number(firstMs, 'f', 2) << " ms" << Qt::endl;
    out() << "  then median " << QString::number(median(latencies), 'f', 3) << " ms, p95 "
          << QString::number(percentile(latencies, 0.95), 'f', 3) << " ms, max "
          << QString::number(*std::max_element(latencies.begin(), latencies.end()), 'f', 3) << " ms" << Qt::endl;
    return 0;
}
