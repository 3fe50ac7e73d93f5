// changeRanges(): the changed rows of a batch become as few dataChanged() ranges as allowed, covering
// every changed row and bridging the narrowest gaps first.
#include "models/ChangeRanges.h"

#include <QTest>

using namespace balcony;

Q_DECLARE_METATYPE(QList<balcony::RowRange>)

class TestChangeRanges : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ranges_data();
    void ranges();
    void coversEveryRowWithinBound();
};

void TestChangeRanges::ranges_data()
{
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<int>("maxRanges");
    QTest::addColumn<QList<RowRange>>("expected");

    QTest::newRow("empty") << QList<int>() << 4 << QList<RowRange>();
    QTest::newRow("one") << QList<int> { 7 } << 4 << QList<RowRange> { { 7, 7 } };
    QTest::newRow("contiguous, unsorted, duplicates")
        << QList<int> { 5, 3, 4, 4, 6 } << 1 << QList<RowRange> { { 3, 6 } };
    QTest::newRow("runs within bound") << QList<int> { 1, 2, 10, 20, 21 } << 3
                                       << QList<RowRange> { { 1, 2 }, { 10, 10 }, { 20, 21 } };
    // Gaps: 2->10 (8), 10->12 (2), 12->40 (28): with two ranges the widest gap (12->40) stays.
    QTest::newRow("bridge narrowest") << QList<int> { 1, 2, 10, 12, 40 } << 2
                                      << QList<RowRange> { { 1, 12 }, { 40, 40 } };
    QTest::newRow("three of four") << QList<int> { 0, 10, 12, 40 } << 3
                                   << QList<RowRange> { { 0, 0 }, { 10, 12 }, { 40, 40 } };
    QTest::newRow("bound below one") << QList<int> { 0, 100 } << 0 << QList<RowRange> { { 0, 100 } };
}

void TestChangeRanges::ranges()
{
    QFETCH(QList<int>, rows);
    QFETCH(int, maxRanges);
    QFETCH(QList<RowRange>, expected);
    const QList<RowRange> actual = changeRanges(rows, maxRanges);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].first, expected[i].first);
        QCOMPARE(actual[i].last, expected[i].last);
    }
}

void TestChangeRanges::coversEveryRowWithinBound()
{
    // Every other row of 10,000: 5,000 runs into 16 ranges, ordered, disjoint, covering all.
    QList<int> rows;
    for (int row = 0; row < 10000; row += 2) {
        rows.append(row);
    }
    const QList<RowRange> ranges = changeRanges(rows, 16);
    QCOMPARE(ranges.size(), 16);
    for (qsizetype i = 1; i < ranges.size(); ++i) {
        QVERIFY(ranges[i - 1].last < ranges[i].first);
    }
    for (const int row : std::as_const(rows)) {
        const bool covered = std::any_of(ranges.cbegin(), ranges.cend(),
            [row](const RowRange &range) { return range.first <= row && row <= range.last; });
        QVERIFY2(covered, qPrintable(QString::number(row)));
    }
}

QTEST_GUILESS_MAIN(TestChangeRanges)
#include "tst_changeranges.moc"
