#include "delay_proxy.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using balcony::test::DelayProxy;
using balcony::test::DelayProxyThread;

namespace {

constexpr int DelayMs = 40;

// Reads from `socket` until `expected` bytes arrived; returns them (fewer on timeout).
QByteArray readBytes(QTcpSocket *socket, qsizetype expected)
{
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (data.size() < expected && timer.elapsed() < 5000) {
        if (socket->bytesAvailable() == 0) {
            QTest::qWait(1);
        }
        data += socket->readAll();
    }
    return data;
}

} // namespace

// The delaying proxy used by the login benchmark: delivers everything, in order, never early, closes after
// the data ahead of the close, and cuts every connection on command.
class TestDelayProxy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_target = std::make_unique<QTcpServer>();
        QVERIFY(m_target->listen(QHostAddress::LocalHost, 0));
    }
    void cleanup() { m_target.reset(); }

    void forwardsBothWaysInOrderAndNotEarly()
    {
        DelayProxy proxy;
        proxy.setTarget(QHostAddress::LocalHost, m_target->serverPort());
        proxy.setDelays(DelayMs, DelayMs);
        QVERIFY(proxy.listen());

        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        QTRY_VERIFY(m_target->hasPendingConnections());
        QTcpSocket *server = m_target->nextPendingConnection();
        QCOMPARE(proxy.connectionCount(), 1);

        QElapsedTimer sent;
        sent.start();
        client.write("first;");
        client.flush();
        QTest::qWait(5);
        client.write("second;");
        client.flush();
        const QByteArray up = readBytes(server, 13);
        QCOMPARE(up, QByteArray("first;second;"));
        QVERIFY2(sent.elapsed() >= DelayMs, qPrintable(QString::number(sent.elapsed())));

        sent.restart();
        QByteArray big(200000, 'x');
        for (qsizetype i = 0; i < big.size(); ++i) {
            big[i] = char('a' + i % 26);
        }
        server->write(big);
        const QByteArray down = readBytes(&client, big.size());
        QCOMPARE(down.size(), big.size());
        QVERIFY(down == big);
        QVERIFY(sent.elapsed() >= DelayMs);
    }

    void closeFollowsTheDataAheadOfIt()
    {
        DelayProxy proxy;
        proxy.setTarget(QHostAddress::LocalHost, m_target->serverPort());
        QVERIFY(proxy.listen());
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        QTRY_VERIFY(m_target->hasPendingConnections());
        QTcpSocket *server = m_target->nextPendingConnection();
        server->write("</stream:stream>");
        server->disconnectFromHost();
        QSignalSpy closed(&client, &QTcpSocket::disconnected);
        QCOMPARE(readBytes(&client, 16), QByteArray("</stream:stream>"));
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
        QTRY_COMPARE(proxy.connectionCount(), 0);
    }

    void refusedUpstreamDropsTheClient()
    {
        quint16 closedPort = m_target->serverPort();
        m_target->close();
        DelayProxy proxy;
        proxy.setTarget(QHostAddress::LocalHost, closedPort);
        QVERIFY(proxy.listen());
        QTcpSocket client;
        QSignalSpy closed(&client, &QTcpSocket::disconnected);
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
        QTRY_COMPARE(proxy.connectionCount(), 0);
    }

    void cutAllDropsEveryConnectionFromAnotherThread()
    {
        DelayProxyThread proxy(QHostAddress::LocalHost, m_target->serverPort());
        QVERIFY(proxy.listen());
        QTcpSocket a;
        QTcpSocket b;
        QSignalSpy aClosed(&a, &QTcpSocket::disconnected);
        QSignalSpy bClosed(&b, &QTcpSocket::disconnected);
        a.connectToHost(QHostAddress::LocalHost, proxy.port());
        b.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(a.waitForConnected(5000));
        QVERIFY(b.waitForConnected(5000));
        QTRY_COMPARE(proxy.connectionCount(), 2);
        for (int i = 0; i < 2; ++i) {
            QTRY_VERIFY(m_target->hasPendingConnections());
            QVERIFY(m_target->nextPendingConnection());
        }
        // Data in flight is dropped with the connection.
        a.write("lost");
        a.flush();
        proxy.cutAll();
        QCOMPARE(proxy.connectionCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(aClosed.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(bClosed.size(), 1, 5000);

        // The proxy keeps accepting new connections afterwards.
        QTcpSocket c;
        c.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(c.waitForConnected(5000));
        c.write("again");
        QTRY_VERIFY(m_target->hasPendingConnections());
        QTcpSocket *server = m_target->nextPendingConnection();
        QCOMPARE(readBytes(server, 5), QByteArray("again"));
    }

private:
    std::unique_ptr<QTcpServer> m_target;
};

QTEST_GUILESS_MAIN(TestDelayProxy)
#include "tst_delayproxy.moc"
