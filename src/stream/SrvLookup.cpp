#include "SrvLookup.h"

#include <QRandomGenerator>

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

QList<SrvLookup::Record> recordsOf(const DnsResolver::SrvResult &result)
{
    // NXDOMAIN, no data and failed lookups all count as "no records" (RFC 6120 §3.2.2: fall back).
    QList<SrvLookup::Record> records;
    for (const DnsResolver::SrvRecord &answer : result.records) {
        records.append({ answer.target, answer.port, answer.priority, answer.weight, answer.ttl });
    }
    return records;
}

} // namespace

SrvLookup::SrvLookup(QObject *parent)
    : QObject(parent)
    , m_resolver(QtDnsResolver::instance())
    , m_random(defaultRandom())
{
}

SrvLookup::~SrvLookup() = default;

void SrvLookup::setRandomSource(RandomSource random)
{
    m_random = random ? std::move(random) : defaultRandom();
}

void SrvLookup::setResolver(DnsResolver *resolver)
{
    m_resolver = resolver ? resolver : QtDnsResolver::instance();
}

void SrvLookup::lookup(const QString &domain)
{
    abort();
    m_domain = domain;
    m_directTls = {};
    m_startTls = {};
    m_pending = 2;
    m_context = new QObject(this);
    // XEP-0368 §3 (direct TLS) and RFC 6120 §3.2.1 (STARTTLS), asked in parallel.
    m_resolver->lookupSrv(u"_xmpps-client._tcp."_s + domain, m_context, [this](const DnsResolver::SrvResult &r) {
        m_directTls = r;
        onAnswer();
    });
    m_resolver->lookupSrv(u"_xmpp-client._tcp."_s + domain, m_context, [this](const DnsResolver::SrvResult &r) {
        m_startTls = r;
        onAnswer();
    });
}

void SrvLookup::abort()
{
    delete m_context.data();
    m_context = nullptr;
    m_pending = 0;
}

bool SrvLookup::isRunning() const
{
    return m_pending > 0;
}

void SrvLookup::onAnswer()
{
    if (--m_pending > 0) {
        return;
    }
    const QList<Record> direct = recordsOf(m_directTls);
    const QList<Record> plain = recordsOf(m_startTls);
    quint32 ttl = NoTtl;
    for (const Record &r : direct + plain) {
        ttl = qMin(ttl, r.ttl);
    }
    const bool definite = m_directTls.definite && m_startTls.definite;
    const QList<Target> targets = orderTargets(m_domain, direct, plain, m_random);
    // Not deleted here: this runs inside a callback bound to the context.
    if (m_context) {
        m_context->deleteLater();
        m_context = nullptr;
    }
    Q_EMIT finished(targets, ttl, definite);
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
