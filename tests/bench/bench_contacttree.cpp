// The desktop window's contact tree (ContactTreeModel, issue 13) on top of what it builds on
// (RosterModel + RosterFilterProxyModel), in the same run so that the tree's own cost is a ratio:
//  1. first build: N contacts (in G groups, every tenth in two) added to the tree; baseline: the
//     RosterFilterProxyModel alone sorting the same roster.
//  2. presence burst: P contacts come online at once (RosterModel::applyPresences()), then the one coalesced
//     regrouping of the next event-loop turn; baseline: the proxy alone re-sorting after the same burst.
//  3. a keystroke in the search field (setFilterText("contact 1")) and clearing it again; baseline: the
//     proxy's own setFilterText.
// Medians of R runs (after a warm-up) of wall and thread CPU time.
// Usage: bench_contacttree [--contacts N] [--groups G] [--presences P] [--runs R]
#include "models/ContactTreeModel.h"
#include "models/RosterFilterProxyModel.h"
#include "models/RosterModel.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace balcony;
using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

struct Sample {
    double wallMs = 0;
    double cpuMs = 0;
};

double cpuNowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Sample measure(const std::function<void()> &work)
{
    const auto wall = Clock::now();
    const double cpu = cpuNowMs();
    work();
    return { std::chrono::duration<double, std::milli>(Clock::now() - wall).count(), cpuNowMs() - cpu };
}

Sample median(std::vector<Sample> samples)
{
    const auto mid = samples.begin() + qsizetype(samples.size() / 2);
    std::nth_element(samples.begin(), mid, samples.end(), [](auto a, auto b) { return a.wallMs < b.wallMs; });
    Sample result = *mid;
    std::nth_element(samples.begin(), mid, samples.end(), [](auto a, auto b) { return a.cpuMs < b.cpuMs; });
    result.cpuMs = mid->cpuMs;
    return result;
}

QList<RosterItem> roster(int contacts, int groups)
{
    QList<RosterItem> items;
    for (int i = 0; i < contacts; ++i) {
        RosterItem item;
        item.jid = *Jid::parse(u"contact%1@example.org"_s.arg(i));
        item.name = u"Contact %1"_s.arg(i);
        item.subscription = u"both"_s;
        item.groups = { u"Group %1"_s.arg(i % groups) };
        if (i % 10 == 0) {
            item.groups.append(u"Group %1"_s.arg((i + 1) % groups));
            item.groups.sort();
        }
        items.append(item);
    }
    return items;
}

QList<RosterModel::PresenceUpdate> burst(int contacts, int presences)
{
    QList<RosterModel::PresenceUpdate> updates;
    const int step = std::max(1, contacts / std::max(1, presences));
    for (int i = 0, n = 0; i < contacts && n < presences; i += step, ++n) {
        RosterModel::ContactPresence presence;
        presence.availability = PresenceManager::Availability::Online;
        presence.bestResource = *Jid::parse(u"contact%1@example.org/a"_s.arg(i));
        presence.resourceCount = 1;
        updates.append({ *Jid::parse(u"contact%1@example.org"_s.arg(i)), presence });
    }
    return updates;
}

void print(const char *what, const Sample &tree, const Sample &baseline)
{
    std::printf("%-34s tree %8.2f ms wall %8.2f ms CPU | proxy alone %8.2f ms wall %8.2f ms CPU | CPU ratio %.2f\n",
        what, tree.wallMs, tree.cpuMs, baseline.wallMs, baseline.cpuMs,
        baseline.cpuMs > 0 ? tree.cpuMs / baseline.cpuMs : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int contacts = 1000;
    int groups = 20;
    int presences = 500;
    int runs = 7;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const int value = args.at(i + 1).toInt();
        if (args.at(i) == u"--contacts"_s) {
            contacts = value;
        } else if (args.at(i) == u"--groups"_s) {
            groups = std::max(1, value);
        } else if (args.at(i) == u"--presences"_s) {
            presences = value;
        } else if (args.at(i) == u"--runs"_s) {
            runs = std::max(1, value);
        }
    }
    std::printf("bench_contacttree: %d contacts in %d groups (every tenth in two), %d presences, %d runs\n", contacts,
        groups, presences, runs);
    const QList<RosterItem> items = roster(contacts, groups);
    const QList<RosterModel::PresenceUpdate> updates = burst(contacts, presences);
    const Jid account = *Jid::parse(u"me@example.org"_s);

    std::vector<Sample> buildTree, buildProxy, burstTree, burstProxy, searchTree, searchProxy;
    for (int run = 0; run <= runs; ++run) {
        RosterModel model;
        model.setItems(items);
        {
            RosterFilterProxyModel proxy;
            const Sample build = measure([&] {
                proxy.setSourceModel(&model);
                proxy.rowCount();
            });
            const Sample presence = measure([&] {
                model.applyPresences(updates);
                QCoreApplication::processEvents();
            });
            const Sample search = measure([&] {
                proxy.setFilterText(u"contact 1"_s);
                proxy.setFilterText(QString());
            });
            if (run > 0) {
                buildProxy.push_back(build);
                burstProxy.push_back(presence);
                searchProxy.push_back(search);
            }
        }
        RosterModel fresh;
        fresh.setItems(items);
        ContactTreeModel tree;
        const Sample build = measure([&] { tree.addAccount(account, QString(), &fresh); });
        const Sample presence = measure([&] {
            fresh.applyPresences(updates);
            QCoreApplication::processEvents(); // the coalesced regrouping
        });
        const Sample search = measure([&] {
            tree.setFilterText(u"contact 1"_s);
            tree.setFilterText(QString());
        });
        if (tree.contactRowCount() != contacts + (contacts + 9) / 10) {
            std::fprintf(stderr, "unexpected contact rows: %d\n", tree.contactRowCount());
            return 1;
        }
        if (run > 0) {
            buildTree.push_back(build);
            burstTree.push_back(presence);
            searchTree.push_back(search);
        }
    }
    print("first build", median(buildTree), median(buildProxy));
    print("presence burst + regrouping", median(burstTree), median(burstProxy));
    print("search keystroke + clear", median(searchTree), median(searchProxy));
    return 0;
}
