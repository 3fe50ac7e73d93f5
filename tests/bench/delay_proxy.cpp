#include "delay_proxy.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <deque>

namespace balcony::test {

// One proxied connection: the accepted client socket, the upstream socket, and a queue per direction.
class DelayProxy::Link : public QObject {
public:
    Link(DelayProxy *proxy, QTcpSocket *client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
        , m_up(this, m_upstream, proxy->m_upstreamMs)
        , m_down(this, client, proxy->m_downstreamMs)
    {
        m_client->setParent(this);
        // Our own writes must not wait for Nagle: the delay is the only latency we add.
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_client, &QTcpSocket::readyRead, this, [this] { m_up.enqueue(m_client->readAll()); });
        connect(m_client, &QTcpSocket::disconnected, this, [this] { m_up.enqueueClose(); });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { m_down.enqueue(m_upstream->readAll()); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { m_down.enqueueClose(); });
        connect(m_upstream, &QTcpSocket::connected, this, [this] {
            m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_up.deliverDue();
        });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (m_upstream->state() != QAbstractSocket::ConnectedState && !m_upstreamWasConnected) {
                cut(); // upstream refused: the client sees its connection dropped
            }
        });
        connect(m_upstream, &QTcpSocket::connected, this, [this] { m_upstreamWasConnected = true; });
        m_upstream->connectToHost(proxy->m_targetHost, proxy->m_targetPort);
        // Data the client sent before accept() returned is already buffered.
        if (m_client->bytesAvailable() > 0) {
            m_up.enqueue(m_client->readAll());
        }
    }

    void cut()
    {
        if (m_finished) {
            return;
        }
        m_finished = true;
        m_up.clear();
        m_down.clear();
        m_client->abort();
        m_upstream->abort();
        m_proxy->linkFinished(this);
    }

private:
    struct Chunk {
        qint64 dueNs;
        QByteArray data;
        bool close = false;
    };

    class Direction {
    public:
        Direction(Link *link, QTcpSocket *to, int delayMs)
            : m_link(link)
            , m_to(to)
            , m_delayNs(qint64(delayMs) * 1000000)
        {
            m_timer.setSingleShot(true);
            m_timer.setTimerType(Qt::PreciseTimer);
            QObject::connect(&m_timer, &QTimer::timeout, link, [this] { deliverDue(); });
        }

        void enqueue(const QByteArray &data)
        {
            if (data.isEmpty() || m_closeQueued) {
                return;
            }
            m_queue.push_back({ now() + m_delayNs, data });
            arm();
        }
        void enqueueClose()
        {
            if (m_closeQueued) {
                return;
            }
            m_closeQueued = true;
            m_queue.push_back({ now() + m_delayNs, {}, true });
            arm();
        }
        void clear()
        {
            m_queue.clear();
            m_timer.stop();
        }
        bool closed() const { return m_closeDelivered; }

        void deliverDue()
        {
            if (m_closeDelivered) {
                return;
            }
            const QAbstractSocket::SocketState state = m_to->state();
            if (state == QAbstractSocket::HostLookupState || state == QAbstractSocket::ConnectingState) {
                return; // upstream still connecting: its connected() calls us again
            }
            if (state != QAbstractSocket::ConnectedState) {
                // The receiving side is gone: nothing queued can be delivered any more.
                m_queue.clear();
                m_timer.stop();
                m_closeDelivered = true;
                m_link->checkDone();
                return;
            }
            const qint64 t = now();
            while (!m_queue.empty() && m_queue.front().dueNs <= t) {
                Chunk chunk = std::move(m_queue.front());
                m_queue.pop_front();
                if (chunk.close) {
                    m_closeDelivered = true;
                    m_to->disconnectFromHost(); // flushes what we wrote before
                    m_link->checkDone();
                    return;
                }
                m_to->write(chunk.data);
            }
            arm();
        }

    private:
        qint64 now() const { return m_link->m_proxy->m_clock.nsecsElapsed(); }
        void arm()
        {
            if (m_queue.empty() || m_timer.isActive()) {
                return;
            }
            const qint64 remainingNs = m_queue.front().dueNs - now();
            // Round up: never deliver before the due time.
            m_timer.start(int(qMax<qint64>(0, (remainingNs + 999999) / 1000000)));
        }

        Link *m_link;
        QTcpSocket *m_to;
        qint64 m_delayNs;
        std::deque<Chunk> m_queue;
        QTimer m_timer;
        bool m_closeQueued = false;
        bool m_closeDelivered = false;
    };

    void checkDone()
    {
        if (!m_finished && m_up.closed() && m_down.closed()) {
            m_finished = true;
            m_proxy->linkFinished(this);
        }
    }

    DelayProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    bool m_upstreamWasConnected = false;
    bool m_finished = false;
    Direction m_up;
    Direction m_down;
};

DelayProxy::DelayProxy(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &DelayProxy::onNewConnection);
}

DelayProxy::~DelayProxy()
{
    cutAll();
}

void DelayProxy::setTarget(const QHostAddress &host, quint16 port)
{
    m_targetHost = host;
    m_targetPort = port;
}

void DelayProxy::setDelays(int upstreamMs, int downstreamMs)
{
    m_upstreamMs = upstreamMs;
    m_downstreamMs = downstreamMs;
}

bool DelayProxy::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}
quint16 DelayProxy::port() const
{
    return m_server->serverPort();
}
QString DelayProxy::errorString() const
{
    return m_server->errorString();
}

void DelayProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        auto *link = new Link(this, client);
        m_links.insert(link);
        ++m_count;
    }
}

void DelayProxy::linkFinished(Link *link)
{
    if (m_links.remove(link)) {
        --m_count;
        link->deleteLater();
    }
}

void DelayProxy::cutAll()
{
    const QSet<Link *> links = m_links;
    for (Link *link : links) {
        link->cut();
    }
}

DelayProxyThread::DelayProxyThread(const QHostAddress &targetHost, quint16 targetPort, int upstreamMs, int downstreamMs)
    : m_thread(std::make_unique<QThread>())
    , m_proxy(new DelayProxy)
{
    m_proxy->setTarget(targetHost, targetPort);
    m_proxy->setDelays(upstreamMs, downstreamMs);
    m_proxy->moveToThread(m_thread.get());
    m_thread->start(QThread::TimeCriticalPriority);
}

DelayProxyThread::~DelayProxyThread()
{
    cutAll();
    // The proxy is deleted in its own thread once that thread's event loop has ended.
    QObject::connect(m_thread.get(), &QThread::finished, m_proxy, &QObject::deleteLater);
    m_thread->quit();
    m_thread->wait();
}

bool DelayProxyThread::listen(const QHostAddress &address, quint16 port)
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_proxy, [&] { ok = m_proxy->listen(address, port); }, Qt::BlockingQueuedConnection);
    return ok;
}

quint16 DelayProxyThread::port() const
{
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_proxy, [&] { port = m_proxy->port(); }, Qt::BlockingQueuedConnection);
    return port;
}

QString DelayProxyThread::errorString() const
{
    QString error;
    QMetaObject::invokeMethod(
        m_proxy, [&] { error = m_proxy->errorString(); }, Qt::BlockingQueuedConnection);
    return error;
}

void DelayProxyThread::cutAll()
{
    QMetaObject::invokeMethod(
        m_proxy, [this] { m_proxy->cutAll(); }, Qt::BlockingQueuedConnection);
}

int DelayProxyThread::connectionCount() const
{
    return m_proxy->connectionCount();
}

} // namespace balcony::test
