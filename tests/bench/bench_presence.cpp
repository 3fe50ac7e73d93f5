// bench_presence: how fast the PresenceManager applies a presence burst (the login flood, RFC 6121 §4.2.3)
// and how many signals a model would see.
//
//   bench_presence [--contacts N] [--resources R] [--reps K]
//
// A bound session on the scripted server (tests/support/ScriptedSession, no network, no TLS) receives N x R
// available presences (show, status, priority, caps <c/>, every R-th delayed) in one read, as a server
// flushes them after initial presence. Timed: the inject (parse + route + PresenceManager) up to the single
// coalesced presencesChanged() of the next event-loop turn, and, separately, the same bytes with no
// PresenceManager (parse + route only) to show the module's own share. Reports the median of K runs, the
// presences per second, the per-stanza presenceChanged() count and the number of presencesChanged() batches.
#include "BenchSupport.h"
#include "ScriptedSession.h"
#include "im/PresenceManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::ScriptedSession;

namespace {

using balcony::bench::median;
using balcony::bench::out;

QByteArray burst(int contacts, int resources)
{
    static const char *shows[]
        = { "", "<show>away</show>", "<show>chat</show>", "<show>dnd</show>", "<show>xa</show>" };
    QByteArray xml;
    for (int c = 0; c < contacts; ++c) {
        for (int r = 0; r < resources; ++r) {
            const int i = c * resources + r;
            xml += "<presence from='contact" + QByteArray::number(c) + "@example.net/res" + QByteArray::number(r) + "'>"
                + shows[i % 5] + "<status>Status text " + QByteArray::number(i) + "</status><priority>"
                + QByteArray::number(i % 7 - 2)
                + "</priority><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://example.org' "
                  "ver='QgayPKawpkPSDYmwT/WM94uAlu0='/>";
            if (r == 0) {
                xml += "<delay xmlns='urn:xmpp:delay' from='example.net' stamp='2026-11-20T10:00:00Z'/>";
            }
            xml += "</presence>";
        }
    }
    return xml;
}

struct Run {
    double ms = 0;
    int perStanza = 0;
    int batches = 0;
    qsizetype batchSize = 0;
    bool ok = false;
};

Run runOnce(const QByteArray &xml, bool withModule, int contacts)
{
    ScriptedSession session;
    std::unique_ptr<PresenceManager> presence;
    Run run;
    if (withModule) {
        presence = std::make_unique<PresenceManager>(session.connection(), nullptr);
        QObject::connect(presence.get(), &PresenceManager::presenceChanged, [&run] { ++run.perStanza; });
        QObject::connect(presence.get(), &PresenceManager::presencesChanged, [&run](const QList<Jid> &jids) {
            ++run.batches;
            run.batchSize += jids.size();
        });
    }
    if (!session.login()) {
        return run;
    }
    session.takeStanzas();
    QElapsedTimer timer;
    timer.start();
    session.inject(xml);
    QCoreApplication::processEvents(); // the turn in which the coalesced signal goes out
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.ok = !withModule || (run.batches == 1 && run.batchSize == contacts);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"PresenceManager burst benchmark"_s);
    parser.addHelpOption();
    parser.addOption({ u"contacts"_s, u"contacts in the burst"_s, u"N"_s, u"5000"_s });
    parser.addOption({ u"resources"_s, u"resources per contact"_s, u"R"_s, u"1"_s });
    parser.addOption({ u"reps"_s, u"runs (median reported)"_s, u"K"_s, u"7"_s });
    parser.process(app);
    const int contacts = std::max(1, parser.value(u"contacts"_s).toInt());
    const int resources = std::max(1, parser.value(u"resources"_s).toInt());
    const int reps = std::max(1, parser.value(u"reps"_s).toInt());
    const QByteArray xml = burst(contacts, resources);
    const int stanzas = contacts * resources;

    QList<double> with;
    QList<double> without;
    Run last;
    for (int i = 0; i < reps; ++i) {
        last = runOnce(xml, true, contacts);
        if (!last.ok) {
            out() << "bench_presence: run " << i << " failed (batches " << last.batches << ", contacts "
                  << last.batchSize << ")\n";
            return 1;
        }
        with.append(last.ms);
        without.append(runOnce(xml, false, contacts).ms);
    }
    const double ms = median(with);
    const double baseMs = median(without);
    out() << "burst: " << stanzas << " presences (" << contacts << " contacts x " << resources << " resources), "
          << xml.size() / 1024 << " KiB in one read, median of " << reps << "\n";
    out() << "  with PresenceManager:    " << QString::number(ms, 'f', 2) << " ms ("
          << QString::number(stanzas / ms, 'f', 0) << "k presences/s)\n";
    out() << "  parse + route only:      " << QString::number(baseMs, 'f', 2) << " ms\n";
    out() << "  PresenceManager's share: " << QString::number(ms - baseMs, 'f', 2) << " ms\n";
    out() << "  signals: presenceChanged " << last.perStanza << ", presencesChanged " << last.batches << " (with "
          << last.batchSize << " contacts)\n";
    out().flush();
    return 0;
}
