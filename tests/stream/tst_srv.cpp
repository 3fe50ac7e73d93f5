#include "FakeDnsResolver.h"
#include "stream/SrvLookup.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using balcony::SrvLookup;
using Record = SrvLookup::Record;
using Target = SrvLookup::Target;
using balcony::DnsResolver;
using balcony::test::FakeDnsResolver;

namespace {

// Hands out scripted numbers and records the bounds it was asked for.
struct ScriptedRandom {
    QList<quint32> values;
    QList<quint32> bounds;

    SrvLookup::RandomSource source()
    {
        return [this](quint32 upperInclusive) {
            bounds.append(upperInclusive);
            return values.isEmpty() ? 0u : values.takeFirst();
        };
    }
};

QStringList hosts(const QList<Record> &records)
{
    QStringList out;
    for (const Record &r : records) {
        out.append(r.target);
    }
    return out;
}

QStringList describe(const QList<Target> &targets)
{
    QStringList out;
    for (const Target &t : targets) {
        out.append(t.host + u':' + QString::number(t.port) + (t.directTls ? u"/tls"_s : u"/starttls"_s));
    }
    return out;
}

} // namespace

class TestSrv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void priorityOrder()
    {
        ScriptedRandom random;
        const QList<Record> ordered = SrvLookup::orderRecords(
            { { u"c"_s, 1, 30, 0 }, { u"a"_s, 1, 10, 0 }, { u"b"_s, 1, 20, 0 } }, random.source());
        QCOMPARE(hosts(ordered), (QStringList { u"a"_s, u"b"_s, u"c"_s }));
    }

    void weightedSelection_data()
    {
        QTest::addColumn<quint32>("drawn");
        QTest::addColumn<QStringList>("expected");
        // Running sums: a=10, b=100. RFC 2782 picks the first record whose running sum >= the number.
        QTest::newRow("0 picks a") << 0u << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("10 picks a (inclusive)") << 10u << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("11 picks b") << 11u << QStringList { u"b"_s, u"a"_s };
        QTest::newRow("100 picks b") << 100u << QStringList { u"b"_s, u"a"_s };
    }

    void weightedSelection()
    {
        QFETCH(quint32, drawn);
        QFETCH(QStringList, expected);
        ScriptedRandom random;
        random.values = { drawn, 0 };
        const QList<Record> ordered
            = SrvLookup::orderRecords({ { u"a"_s, 1, 5, 10 }, { u"b"_s, 1, 5, 90 } }, random.source());
        QCOMPARE(hosts(ordered), expected);
        // The first draw is over the whole weight sum, the second over what is left.
        QCOMPARE(random.bounds.value(0), 100u);
        QCOMPARE(random.bounds.value(1), expected.first() == u"a"_s ? 90u : 10u);
    }

    void zeroWeightGoesFirst()
    {
        // RFC 2782: zero-weight records are placed at the start, so only a draw of 0 selects them.
        {
            ScriptedRandom random;
            random.values = { 0, 0 };
            const QList<Record> ordered
                = SrvLookup::orderRecords({ { u"heavy"_s, 1, 1, 10 }, { u"zero"_s, 1, 1, 0 } }, random.source());
            QCOMPARE(hosts(ordered), (QStringList { u"zero"_s, u"heavy"_s }));
        }
        {
            ScriptedRandom random;
            random.values = { 1, 0 };
            const QList<Record> ordered
                = SrvLookup::orderRecords({ { u"heavy"_s, 1, 1, 10 }, { u"zero"_s, 1, 1, 0 } }, random.source());
            QCOMPARE(hosts(ordered), (QStringList { u"heavy"_s, u"zero"_s }));
        }
    }

    void allZeroWeightsKeepOrder()
    {
        ScriptedRandom random;
        const QList<Record> ordered = SrvLookup::orderRecords(
            { { u"x"_s, 1, 1, 0 }, { u"y"_s, 1, 1, 0 }, { u"z"_s, 1, 1, 0 } }, random.source());
        QCOMPARE(hosts(ordered), (QStringList { u"x"_s, u"y"_s, u"z"_s }));
    }

    void outOfRangeRandomIsClamped()
    {
        ScriptedRandom random;
        random.values = { 1000000, 1000000 };
        const QList<Record> ordered
            = SrvLookup::orderRecords({ { u"a"_s, 1, 1, 1 }, { u"b"_s, 1, 1, 1 } }, random.source());
        QCOMPARE(hosts(ordered), (QStringList { u"b"_s, u"a"_s }));
    }

    void weightsFollowDistribution()
    {
        // With the real random source and RFC 2782's inclusive draw from [0, 4], "light" (running sum 1) wins
        // for 0 and 1 and "heavy" (running sum 4) for 2, 3 and 4: heavy comes first 3 times in 5. The bounds
        // are more than 6 standard deviations wide, so this does not fail by chance.
        int heavyFirst = 0;
        const int runs = 4000;
        for (int i = 0; i < runs; ++i) {
            const QList<Record> ordered
                = SrvLookup::orderRecords({ { u"light"_s, 1, 1, 1 }, { u"heavy"_s, 1, 1, 3 } }, {});
            QCOMPARE(ordered.size(), 2);
            heavyFirst += ordered.first().target == u"heavy"_s ? 1 : 0;
        }
        QVERIFY2(heavyFirst > runs * 55 / 100 && heavyFirst < runs * 65 / 100, qPrintable(QString::number(heavyFirst)));
    }

    void mergeByPriorityDirectTlsWinsTies()
    {
        ScriptedRandom random;
        const QList<Target> targets = SrvLookup::orderTargets(u"example.org"_s,
            { { u"tls-a.example.org"_s, 5223, 10, 0 }, { u"tls-c.example.org"_s, 443, 20, 0 } },
            { { u"plain-b.example.org"_s, 5222, 10, 0 }, { u"plain-p.example.org"_s, 5222, 5, 0 } }, random.source());
        QCOMPARE(describe(targets),
            (QStringList { u"plain-p.example.org:5222/starttls"_s, u"tls-a.example.org:5223/tls"_s,
                u"plain-b.example.org:5222/starttls"_s, u"tls-c.example.org:443/tls"_s }));
    }

    void onlyStartTls()
    {
        const QList<Target> targets
            = SrvLookup::orderTargets(u"example.org"_s, {}, { { u"xmpp.example.org"_s, 5222, 0, 0 } }, {});
        QCOMPARE(describe(targets), QStringList { u"xmpp.example.org:5222/starttls"_s });
    }

    void onlyDirectTls()
    {
        const QList<Target> targets
            = SrvLookup::orderTargets(u"example.org"_s, { { u"xmpp.example.org"_s, 5223, 0, 0 } }, {}, {});
        QCOMPARE(describe(targets), QStringList { u"xmpp.example.org:5223/tls"_s });
    }

    void dotTargetDisablesOneService()
    {
        const QList<Target> targets = SrvLookup::orderTargets(
            u"example.org"_s, { { u"."_s, 0, 0, 0 } }, { { u"xmpp.example.org"_s, 5222, 0, 0 } }, {});
        QCOMPARE(describe(targets), QStringList { u"xmpp.example.org:5222/starttls"_s });
    }

    void dotTargetsMeanNoService_data()
    {
        QTest::addColumn<QList<Record>>("direct");
        QTest::addColumn<QList<Record>>("plain");
        const QList<Record> dot { { u"."_s, 0, 0, 0 } };
        const QList<Record> emptyName { { QString(), 0, 0, 0 } };
        QTest::newRow("both dot") << dot << dot;
        QTest::newRow("plain dot, no direct TLS records") << QList<Record>() << dot;
        QTest::newRow("direct dot, no plain records") << dot << QList<Record>();
        QTest::newRow("root name as empty string") << QList<Record>() << emptyName;
    }

    void dotTargetsMeanNoService()
    {
        QFETCH(QList<Record>, direct);
        QFETCH(QList<Record>, plain);
        // The domain has said so: no fallback to domain:5222.
        QVERIFY(SrvLookup::orderTargets(u"example.org"_s, direct, plain, {}).isEmpty());
    }

    void fallbackWithoutRecords()
    {
        const QList<Target> targets = SrvLookup::orderTargets(u"example.org"_s, {}, {}, {});
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.first().host, u"example.org"_s);
        QCOMPARE(targets.first().port, quint16(5222));
        QCOMPARE(targets.first().directTls, false);
    }

    void duplicatesRemoved()
    {
        const QList<Target> targets = SrvLookup::orderTargets(
            u"example.org"_s, {}, { { u"xmpp.example.org"_s, 5222, 0, 0 }, { u"xmpp.example.org"_s, 5222, 1, 0 } }, {});
        QCOMPARE(describe(targets), QStringList { u"xmpp.example.org:5222/starttls"_s });
    }

    // The lookup itself, through a fake resolver: both services asked, records merged, and the shortest
    // TTL of all records reported (XEP-0305 §2 caches the answer that long).
    void lookupReportsShortestTtl()
    {
        FakeDnsResolver dns;
        dns.srv.insert(u"_xmpps-client._tcp.example.org"_s,
            { { DnsResolver::SrvRecord { u"tls.example.org"_s, 443, 5, 0, 900 } }, true });
        dns.srv.insert(u"_xmpp-client._tcp.example.org"_s,
            { { DnsResolver::SrvRecord { u"a.example.org"_s, 5222, 5, 0, 700 },
                  DnsResolver::SrvRecord { u"b.example.org"_s, 5222, 10, 0, 300 } },
                true });
        SrvLookup lookup;
        lookup.setResolver(&dns);
        QSignalSpy finished(&lookup, &SrvLookup::finished);
        lookup.lookup(u"example.org"_s);
        QVERIFY(lookup.isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(
            dns.srvQueries, (QStringList { u"_xmpps-client._tcp.example.org"_s, u"_xmpp-client._tcp.example.org"_s }));
        QCOMPARE(describe(finished.at(0).at(0).value<QList<Target>>()),
            (QStringList {
                u"tls.example.org:443/tls"_s, u"a.example.org:5222/starttls"_s, u"b.example.org:5222/starttls"_s }));
        QCOMPARE(finished.at(0).at(1).value<quint32>(), 300u);
        QCOMPARE(finished.at(0).at(2).toBool(), true);
        QVERIFY(!lookup.isRunning());
    }

    void lookupWithoutRecordsHasNoTtl()
    {
        FakeDnsResolver dns; // NXDOMAIN for both
        SrvLookup lookup;
        lookup.setResolver(&dns);
        QSignalSpy finished(&lookup, &SrvLookup::finished);
        lookup.lookup(u"example.org"_s);
        QVERIFY(finished.wait(5000));
        QCOMPARE(describe(finished.at(0).at(0).value<QList<Target>>()), QStringList { u"example.org:5222/starttls"_s });
        QCOMPARE(finished.at(0).at(1).value<quint32>(), SrvLookup::NoTtl);
        QCOMPARE(finished.at(0).at(2).toBool(), true);
    }

    void failedLookupIsNotDefinite()
    {
        FakeDnsResolver dns;
        dns.srv.insert(u"_xmpps-client._tcp.example.org"_s, { {}, false });
        SrvLookup lookup;
        lookup.setResolver(&dns);
        QSignalSpy finished(&lookup, &SrvLookup::finished);
        lookup.lookup(u"example.org"_s);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(2).toBool(), false);
    }

    void abortCancels()
    {
        FakeDnsResolver dns;
        SrvLookup lookup;
        lookup.setResolver(&dns);
        QSignalSpy finished(&lookup, &SrvLookup::finished);
        lookup.lookup(u"example.org"_s);
        lookup.abort();
        QVERIFY(!lookup.isRunning());
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(dns.srvQueries.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSrv)
#include "tst_srv.moc"
