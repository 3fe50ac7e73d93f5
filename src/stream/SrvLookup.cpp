#include "SrvLookup.h"

#include <QDnsLookup>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

bool isDotTarget(const QString &target)
{
    return target.isEmpty() || target == u"."_s;
}

SrvLookup::RandomSource defaultRandom()
{
    return [](quint32 upperInclusive) {
        return quint32(QRandomGenerator::global()->bounded(quint64(upperInclusive) + 1));
    };
}

QList<SrvLookup::Record> recordsOf(const QDnsLookup *lookup)
{
    QList<SrvLookup::Record> records;
    // NXDOMAIN, no data and failed lookups all count as "no records" (RFC 6120 §3.2.2: fall back).
    if (!lookup || lookup->error() != QDnsLookup::NoError) {
        return records;
    }
    const QList<QDnsServiceRecord> answers = lookup->serviceRecords();
    for (const QDnsServiceRecord &answer : answers) {
        QString target = answer.target();
        if (target.size() > 1 && target.endsWith(u'.')) {
            target.chop(1);
        }
        records.append({ target, answer.port(), answer.priority(), answer.weight() });
    }
    return records;
}

} // namespace

SrvLookup::SrvLookup(QObject *parent)
    : QObject(parent)
    , m_random(defaultRandom())
{
}

SrvLookup::~SrvLookup() = default;

void SrvLookup::setRandomSource(RandomSource random)
{
    m_random = random ? std::move(random) : defaultRandom();
}

void SrvLookup::lookup(const QString &domain)
{
    abort();
    m_domain = domain;
    // QDnsLookup wants the ASCII form; the domain is expected in A-labels already, toAce() makes sure.
    const QString ace = QString::fromLatin1(QUrl::toAce(domain));
    m_directTls = new QDnsLookup(QDnsLookup::SRV, u"_xmpps-client._tcp."_s + ace, this);
    m_startTls = new QDnsLookup(QDnsLookup::SRV, u"_xmpp-client._tcp."_s + ace, this);
    connect(m_directTls, &QDnsLookup::finished, this, &SrvLookup::onLookupFinished);
    connect(m_startTls, &QDnsLookup::finished, this, &SrvLookup::onLookupFinished);
    m_directTls->lookup();
    m_startTls->lookup();
}

void SrvLookup::abort()
{
    for (QDnsLookup *lookup : { m_directTls, m_startTls }) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->abort();
            lookup->deleteLater();
        }
    }
    m_directTls = nullptr;
    m_startTls = nullptr;
}

bool SrvLookup::isRunning() const
{
    return m_directTls || m_startTls;
}

void SrvLookup::onLookupFinished()
{
    if (!m_directTls || !m_startTls || !m_directTls->isFinished() || !m_startTls->isFinished()) {
        return;
    }
    const QList<Target> targets = orderTargets(m_domain, recordsOf(m_directTls), recordsOf(m_startTls), m_random);
    abort();
    Q_EMIT finished(targets);
}

QList<SrvLookup::Record> SrvLookup::orderRecords(QList<Record> records, const RandomSource &randomSource)
{
    const RandomSource random = randomSource ? randomSource : defaultRandom();
    records.removeIf([](const Record &r) { return isDotTarget(r.target); });

    std::map<quint16, QList<Record>> byPriority;
    for (const Record &r : std::as_const(records)) {
        byPriority[r.priority].append(r);
    }

    QList<Record> ordered;
    ordered.reserve(records.size());
    for (auto &[priority, group] : byPriority) {
        Q_UNUSED(priority)
        // RFC 2782: zero-weight records go to the beginning of the list, so they are picked only when
        // the random number is 0 (a very small chance when there are weighted records).
        std::stable_partition(group.begin(), group.end(), [](const Record &r) { return r.weight == 0; });
        while (!group.isEmpty()) {
            quint32 sum = 0;
            for (const Record &r : std::as_const(group)) {
                sum += r.weight;
            }
            const quint32 pick = std::min(random(sum), sum);
            quint32 running = 0;
            qsizetype chosen = group.size() - 1;
            for (qsizetype i = 0; i < group.size(); ++i) {
                running += group.at(i).weight;
                if (running >= pick) {
                    chosen = i;
                    break;
                }
            }
            ordered.append(group.takeAt(chosen));
        }
    }
    return ordered;
}

QList<SrvLookup::Target> SrvLookup::orderTargets(const QString &domain, const QList<Record> &directTlsRecords,
    const QList<Record> &startTlsRecords, const RandomSource &random)
{
    if (directTlsRecords.isEmpty() && startTlsRecords.isEmpty()) {
        return { Target { domain, DefaultPort, false } };
    }

    // A service that answered only with "." is decidedly absent, and orderRecords() drops that record;
    // the other service (if any) is still used, and no fallback happens: the domain has spoken.
    const QList<Record> direct = orderRecords(directTlsRecords, random);
    const QList<Record> plain = orderRecords(startTlsRecords, random);

    // XEP-0368 §3: one list sorted by priority; direct TLS wins ties. Both inputs are already sorted by
    // priority, so a merge keeps each service's weighted order intact.
    QList<Target> targets;
    targets.reserve(direct.size() + plain.size());
    qsizetype d = 0;
    qsizetype p = 0;
    while (d < direct.size() || p < plain.size()) {
        const bool takeDirect
            = p >= plain.size() || (d < direct.size() && direct.at(d).priority <= plain.at(p).priority);
        const Record &r = takeDirect ? direct.at(d++) : plain.at(p++);
        const Target target { r.target, r.port, takeDirect };
        if (!targets.contains(target)) {
            targets.append(target);
        }
    }
    return targets;
}

} // namespace balcony
