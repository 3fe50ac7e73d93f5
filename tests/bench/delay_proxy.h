#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>

class QTcpServer;
class QThread;

namespace balcony::test {

// A user-space TCP proxy that delays every chunk it reads by a fixed time per direction, to simulate a
// network round trip on loopback (this kernel has no netem). Each chunk is scheduled at its arrival time
// plus the delay and written as one write, in order: delays never add up, and the chunking the sender
// produced is kept. Closes are forwarded after the data ahead of them. The TCP handshake itself is NOT
// delayed (the proxy accepts at once and connects upstream at once): add one round trip for it when
// counting. cutAll() drops every proxied connection at once, as a network failure would.
class DelayProxy : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultDelayMs = 25;

    explicit DelayProxy(QObject *parent = nullptr);
    ~DelayProxy() override;

    void setTarget(const QHostAddress &host, quint16 port);
    // Client→server and server→client delays in milliseconds.
    void setDelays(int upstreamMs, int downstreamMs);
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QString errorString() const;
    // Proxied connections currently open (callable from any thread).
    int connectionCount() const { return m_count.load(); }

public Q_SLOTS:
    // Aborts both sides of every proxied connection; data still queued is dropped.
    void cutAll();

private:
    class Link;
    void onNewConnection();
    void linkFinished(Link *link);

    QTcpServer *m_server = nullptr;
    QHostAddress m_targetHost = QHostAddress(QHostAddress::LocalHost);
    quint16 m_targetPort = 0;
    int m_upstreamMs = DefaultDelayMs;
    int m_downstreamMs = DefaultDelayMs;
    QElapsedTimer m_clock;
    QSet<Link *> m_links;
    std::atomic<int> m_count { 0 };
};

// A DelayProxy in its own thread, so that work in the caller's thread (the client under test) never holds
// up the proxy's timers. All calls block until the proxy thread has done them.
class DelayProxyThread {
public:
    DelayProxyThread(const QHostAddress &targetHost, quint16 targetPort, int upstreamMs = DelayProxy::DefaultDelayMs,
        int downstreamMs = DelayProxy::DefaultDelayMs);
    ~DelayProxyThread();
    DelayProxyThread(const DelayProxyThread &) = delete;
    DelayProxyThread &operator=(const DelayProxyThread &) = delete;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QString errorString() const;
    void cutAll();
    int connectionCount() const;

private:
    std::unique_ptr<QThread> m_thread;
    DelayProxy *m_proxy = nullptr; // lives in m_thread
};

} // namespace balcony::test
