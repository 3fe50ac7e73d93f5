// bench_presence: how fast the PresenceManager applies a presence burst (the login flood, RFC 6121 §4.2.3)
// and how many signals a model would see.
//
//   bench_presence [--contacts N] [--resources R] [--reps K] [--many M] [--caps C]
//
// A bound session on the scripted server (tests/support/ScriptedSession, no network, no TLS) receives N x R
// available presences (show, status, priority, caps <c/>, every R-th delayed) in one read, as a server
// flushes them after initial presence. Timed: the inject (parse + route + PresenceManager) up to the single
// coalesced presencesChanged() of the next event-loop turn, and, separately, the same bytes with no
// PresenceManager (parse + route only) to show the module's own share. Reports the median of K runs, the
// presences per second, the per-stanza presenceChanged() count and the number of presencesChanged() batches.
//
// Then (unless --many 0) the per-presence cost with many resources per JID (issue 11): M presences from M
// resources of ONE roster contact, against M presences from M contacts with one resource each, in the same
// run, both in reads of 1,000 presences with a RosterModel following every batch. The ratio is what many
// resources cost per presence (1.0: nothing). Wall and CPU time of the whole flood, and what the
// PresenceManager kept.
//
// Then (unless --caps 0) the caps flood of issue 11: C presences from one contact, each with a new XEP-0115
// ver, with the DiscoManager and a SqlCapsStore in a temporary profile as the Account has them, in reads of
// 1,000; once from one resource and once from C resources. Reported: CPU time per presence, the disco#info
// queries written, the caps rows stored. Nobody answers the queries (the server-side cost of answers is
// bench_flood's). See bench_presence.md.
#include "BenchSupport.h"
#include "ScriptedSession.h"
#include "disco/DiscoManager.h"
#include "im/PresenceManager.h"
#include "im/RosterManager.h"
#include "models/RosterModel.h"
#include "storage/Database.h"
#include "storage/MemoryRosterStore.h"
#include "storage/SqlCapsStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

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

double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Flood {
    double wallMs = 0;
    double cpuMs = 0;
    int kept = 0; // resources of the flooding contact kept (one-JID case), or contacts online
    bool ok = false;
};

// `count` presences in reads of 1,000: from contact0/r0..r<count-1> (oneJid) or from contact0..<count-1>,
// every sender in the roster, a RosterModel following the PresenceManager.
Flood flood(int count, bool oneJid)
{
    QList<RosterItem> items;
    for (int c = 0; c < (oneJid ? 1 : count); ++c) {
        RosterItem item;
        item.jid = *Jid::parse(u"contact%1@example.net"_s.arg(c));
        item.subscription = u"both"_s;
        items.append(item);
    }
    MemoryRosterStore store;
    store.replaceAll(items, u"1"_s);
    ScriptedSession session;
    RosterManager roster(session.connection(), store);
    // Every sender is in the roster, so the contact policy (Account's) would change nothing here; leaving it
    // out keeps this benchmark buildable against the engine before issue 11 for the before/after figures.
    PresenceManager presence(session.connection(), nullptr);
    RosterModel model;
    model.setRosterManager(&roster);
    model.setPresenceManager(&presence);
    Flood result;
    if (!session.login()) {
        return result;
    }
    session.takeStanzas();
    QList<QByteArray> reads;
    QByteArray xml;
    for (int i = 0; i < count; ++i) {
        const QByteArray from = oneJid ? QByteArray("contact0@example.net/r" + QByteArray::number(i))
                                       : QByteArray("contact" + QByteArray::number(i) + "@example.net/r");
        xml += "<presence from='" + from + "'><priority>" + QByteArray::number(i % 7 - 2) + "</priority>"
            + "<status>Status text " + QByteArray::number(i) + "</status></presence>";
        if ((i + 1) % 1000 == 0 || i + 1 == count) {
            reads.append(std::exchange(xml, {}));
        }
    }
    QElapsedTimer timer;
    const double cpuStart = cpuMs();
    timer.start();
    for (const QByteArray &read : std::as_const(reads)) {
        session.inject(read);
        QCoreApplication::processEvents(); // the batch of this read reaches the model
    }
    result.wallMs = double(timer.nsecsElapsed()) / 1e6;
    result.cpuMs = cpuMs() - cpuStart;
    result.kept = oneJid ? model.index(0).data(RosterModel::ResourceCountRole).toInt()
                         : int(presence.availableContacts().size());
    result.ok
        = model.index(0).data(RosterModel::AvailabilityRole).toInt() != int(PresenceManager::Availability::Offline);
    return result;
}

struct CapsFlood {
    double cpuMs = 0;
    int queries = 0;
    int entityRows = 0;
    int infoRows = 0;
    int resourcesKept = 0;
    bool ok = false;
};

int countRows(Database &db, const QString &table)
{
    QSqlQuery query(db.sql());
    return query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next() ? query.value(0).toInt() : -1;
}

CapsFlood capsFlood(int count, bool manyResources)
{
    CapsFlood result;
    QTemporaryDir dir;
    Database db(dir.path());
    if (!dir.isValid() || !db.open().isOpen()) {
        return result;
    }
    SqlCapsStore store(db);
    ScriptedSession session;
    DiscoManager disco(session.connection(), &store);
    PresenceManager presence(session.connection(), &disco);
    if (!session.login()) {
        return result;
    }
    session.takeStanzas();
    QList<QByteArray> reads;
    QByteArray xml;
    for (int i = 0; i < count; ++i) {
        const QByteArray resource = manyResources ? "r" + QByteArray::number(i) : QByteArray("phone");
        xml += "<presence from='mallory@evil.example/" + resource
            + "'><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://evil.example' ver='v"
            + QByteArray::number(i) + "='/></presence>";
        if ((i + 1) % 1000 == 0 || i + 1 == count) {
            reads.append(std::exchange(xml, {}));
        }
    }
    const double start = cpuMs();
    for (const QByteArray &read : std::as_const(reads)) {
        session.inject(read);
        QCoreApplication::processEvents();
        for (const Element &stanza : session.takeStanzas()) {
            result.queries += stanza.name() == u"iq" ? 1 : 0;
        }
    }
    result.cpuMs = cpuMs() - start;
    result.entityRows = countRows(db, u"caps_entity"_s);
    result.infoRows = countRows(db, u"caps_info"_s);
    result.resourcesKept = int(presence.resources(*Jid::parse(u"mallory@evil.example"_s)).size());
    result.ok = result.resourcesKept > 0;
    return result;
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
    parser.addOption({ u"many"_s, u"presences in the many-resources scenario (0: skip)"_s, u"M"_s, u"10000"_s });
    parser.addOption({ u"caps"_s, u"presences in the caps-flood scenario (0: skip)"_s, u"C"_s, u"10000"_s });
    parser.process(app);
    const int contacts = std::max(1, parser.value(u"contacts"_s).toInt());
    const int resources = std::max(1, parser.value(u"resources"_s).toInt());
    const int reps = std::max(1, parser.value(u"reps"_s).toInt());
    const int many = std::max(0, parser.value(u"many"_s).toInt());
    const int caps = std::max(0, parser.value(u"caps"_s).toInt());
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
    if (many > 0) {
        QList<double> oneWall, oneCpu, spreadWall, spreadCpu;
        Flood one, spread;
        for (int i = 0; i < reps; ++i) {
            one = flood(many, true);
            spread = flood(many, false);
            if (!one.ok || !spread.ok) {
                out() << "bench_presence: the many-resources run " << i << " failed\n";
                return 1;
            }
            oneWall.append(one.wallMs);
            oneCpu.append(one.cpuMs);
            spreadWall.append(spread.wallMs);
            spreadCpu.append(spread.cpuMs);
        }
        const auto perPresence = [many](double total) { return QString::number(total * 1000 / many, 'f', 2); };
        out() << "many resources: " << many << " presences in reads of 1000, RosterModel attached, median of " << reps
              << "\n";
        out() << "  one contact, " << many << " resources: wall " << QString::number(median(oneWall), 'f', 1)
              << " ms, CPU " << QString::number(median(oneCpu), 'f', 1) << " ms (" << perPresence(median(oneCpu))
              << " us CPU/presence), resources kept " << one.kept << "\n";
        out() << "  " << many << " contacts, 1 resource each: wall " << QString::number(median(spreadWall), 'f', 1)
              << " ms, CPU " << QString::number(median(spreadCpu), 'f', 1) << " ms (" << perPresence(median(spreadCpu))
              << " us CPU/presence), contacts online " << spread.kept << "\n";
        out() << "  ratio (one contact / many contacts, CPU): "
              << QString::number(median(oneCpu) / median(spreadCpu), 'f', 2) << "\n";
    }
    if (caps > 0) {
        out() << "caps flood: " << caps << " presences from one contact, a new ver each, reads of 1000, "
              << "DiscoManager + SqlCapsStore, median CPU of " << reps << "\n";
        for (const bool manyResources : { false, true }) {
            QList<double> cpu;
            CapsFlood flood;
            for (int i = 0; i < reps; ++i) {
                flood = capsFlood(caps, manyResources);
                if (!flood.ok) {
                    out() << "bench_presence: the caps-flood run " << i << " failed\n";
                    return 1;
                }
                cpu.append(flood.cpuMs);
            }
            out() << (manyResources ? "  one resource each:  " : "  one resource:       ") << "CPU "
                  << QString::number(median(cpu), 'f', 1) << " ms ("
                  << QString::number(median(cpu) * 1000 / caps, 'f', 2) << " us/presence), disco#info queries "
                  << flood.queries << ", caps_entity rows " << flood.entityRows << ", caps_info rows " << flood.infoRows
                  << ", resources kept " << flood.resourcesKept << "\n";
        }
    }
    out().flush();
    return 0;
}
