#include "stream/Backoff.h"

#include <QTest>

using namespace std::chrono_literals;
using balcony::Backoff;
using balcony::ConnectionError;
using balcony::StreamErrorCondition;
using balcony::TransportError;

class TestBackoff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ceilingDoublesUpToCap()
    {
        QList<qint64> bounds;
        // Always draw the maximum, so the delay equals the ceiling.
        Backoff backoff([&bounds](qint64 upper) {
            bounds.append(upper);
            return upper;
        });
        const QList<qint64> expected { 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000 };
        QList<qint64> delays;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            delays.append(backoff.nextDelay().count());
        }
        QCOMPARE(delays, expected);
        QCOMPARE(bounds, expected);
        QCOMPARE(backoff.attempts(), int(expected.size()));
    }

    void fullJitterCanBeZero()
    {
        Backoff backoff([](qint64) { return qint64(0); });
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(backoff.nextDelay(), 0ms);
        }
        // The ceiling still grew although every delay was zero.
        QCOMPARE(backoff.currentCeiling(), 32000ms);
    }

    void resetStartsOver()
    {
        Backoff backoff([](qint64 upper) { return upper; });
        backoff.nextDelay();
        backoff.nextDelay();
        backoff.nextDelay();
        QCOMPARE(backoff.nextDelay(), 8000ms);
        backoff.reset();
        QCOMPARE(backoff.attempts(), 0);
        QCOMPARE(backoff.nextDelay(), 1000ms);
    }

    void longOutageNeitherOverflowsNorExceedsCap()
    {
        Backoff backoff([](qint64 upper) { return upper; });
        std::chrono::milliseconds last {};
        for (int i = 0; i < 1000; ++i) {
            last = backoff.nextDelay();
            QVERIFY(last >= 0ms && last <= Backoff::cap);
        }
        QCOMPARE(last, Backoff::cap);
    }

    void misbehavingRandomIsClamped()
    {
        Backoff high([](qint64) { return qint64(1) << 50; });
        QCOMPARE(high.nextDelay(), 1000ms);
        Backoff negative([](qint64) { return qint64(-5); });
        QCOMPARE(negative.nextDelay(), 0ms);
    }

    void defaultRandomStaysInRange()
    {
        Backoff backoff;
        for (int i = 0; i < 200; ++i) {
            const auto ceiling = backoff.currentCeiling();
            const auto delay = backoff.nextDelay();
            QVERIFY(delay >= 0ms && delay <= ceiling);
        }
    }

    void retryPolicyByKind_data()
    {
        QTest::addColumn<ConnectionError::Kind>("kind");
        QTest::addColumn<bool>("retry");
        QTest::newRow("network") << ConnectionError::Kind::Network << true;
        QTest::newRow("tls") << ConnectionError::Kind::Tls << true;
        QTest::newRow("timeout") << ConnectionError::Kind::Timeout << true;
        QTest::newRow("stream") << ConnectionError::Kind::Stream << true;
        QTest::newRow("authentication") << ConnectionError::Kind::Authentication << false;
        QTest::newRow("certificate") << ConnectionError::Kind::Certificate << false;
        QTest::newRow("configuration") << ConnectionError::Kind::Configuration << false;
        QTest::newRow("none") << ConnectionError::Kind::None << false;
    }

    void retryPolicyByKind()
    {
        QFETCH(ConnectionError::Kind, kind);
        QFETCH(bool, retry);
        QCOMPARE(Backoff::shouldRetry(kind), retry);
        ConnectionError error;
        error.kind = kind;
        error.streamError.condition = StreamErrorCondition::SystemShutdown;
        QCOMPARE(Backoff::shouldRetry(error), retry);
    }

    void retryPolicyByStreamCondition_data()
    {
        QTest::addColumn<StreamErrorCondition>("condition");
        QTest::addColumn<bool>("retry");
        QTest::newRow("system-shutdown") << StreamErrorCondition::SystemShutdown << true;
        QTest::newRow("connection-timeout") << StreamErrorCondition::ConnectionTimeout << true;
        QTest::newRow("internal-server-error") << StreamErrorCondition::InternalServerError << true;
        QTest::newRow("reset") << StreamErrorCondition::Reset << true;
        QTest::newRow("conflict") << StreamErrorCondition::Conflict << false;
        QTest::newRow("not-authorized") << StreamErrorCondition::NotAuthorized << false;
        QTest::newRow("host-unknown") << StreamErrorCondition::HostUnknown << false;
        QTest::newRow("unsupported-version") << StreamErrorCondition::UnsupportedVersion << false;
    }

    void retryPolicyByStreamCondition()
    {
        QFETCH(StreamErrorCondition, condition);
        QFETCH(bool, retry);
        ConnectionError error;
        error.kind = ConnectionError::Kind::Stream;
        error.streamError.condition = condition;
        QCOMPARE(Backoff::shouldRetry(error), retry);
    }

    void retryPolicyForTransport()
    {
        QVERIFY(!Backoff::shouldRetry(TransportError::Kind::CertificateUntrusted));
        QVERIFY(Backoff::shouldRetry(TransportError::Kind::ConnectFailed));
        QVERIFY(Backoff::shouldRetry(TransportError::Kind::ConnectionLost));
        QVERIFY(Backoff::shouldRetry(TransportError::Kind::HostNotFound));
        QVERIFY(Backoff::shouldRetry(TransportError::Kind::TlsFailed));
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
