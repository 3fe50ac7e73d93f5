#pragma once

#include "DnsResolver.h"
#include "SrvLookup.h"
#include "Transport.h"

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace balcony {

// The real Transport: TCP (+ TLS) over QSslSocket.
//
// Targets: an explicit host or port in the TransportTarget skips DNS (and the cache); otherwise SrvLookup
// supplies the ordered targets, tried one after the other while TCP connects fail (refused, unreachable,
// timeout). A TLS or certificate failure is reported at once, never "fixed" by silently trying another
// target.
//
// DNS cache (XEP-0305 §2): with TransportTarget::cache set and a fresh entry for the domain, the cached
// targets' addresses are connected to directly, without any DNS question; a cached direct TLS target
// (XEP-0368) gets TLS from the first byte as before. A missing or expired entry means SRV + A/AAAA
// lookups (all targets' addresses in parallel; connecting starts as soon as the first target's arrive)
// and a new entry that expires with the shortest TTL, clamped to [MinCacheTtl, MaxCacheTtl]. When every
// cached target fails to connect, the entry is forgotten and one fresh lookup is made before failing.
//
// TLS session resumption: sessions are kept in TlsSessionCache (memory only, see there) and offered on
// the next connect to the same server; tlsInfo().sessionResumed tells whether the server took it. A
// server that refuses a session simply gets a full handshake.
//
// Certificates are verified against the JID domain (never the SRV host, RFC 6125 §6 / RFC 6120 §13.7.2.1)
// with the system CAs (looked up on demand, never read in full) plus TransportTarget::extraCaCertificates
// (checked by crypto::verifyServerChain() when no path to a system CA exists). A certificate that fails
// verification is accepted only if its SHA-256 fingerprint is in TransportTarget::trustedFingerprints (the
// user decided so earlier, see CertificateTrust); then exactly the reported errors are ignored.
//
// Signals: connected() when TCP is up; encrypted() when TLS is up and the certificate accepted;
// errorOccurred() for every failure, followed by disconnected() if connected() had been emitted for this
// connection. disconnected() is emitted exactly once per connection that emitted connected(): after a
// remote close, after disconnectFromServer() finished flushing, or synchronously from abort().
//
// Reading (issue 11): QSslSocket::flush() decrypts whatever arrived meanwhile and emits readyRead from inside
// the flush, so a reader that answers each delivery with a write was handed the next TLS record inside that
// write, one stack level per record (a flood of <r/> crashed the client). Here bytes are never delivered from
// inside write(), disconnectFromServer() or another delivery: a readyRead there is deferred to the event loop.
// Each delivery is at most ReadChunkBytes; the rest follows in later event loop turns. The socket buffers at
// most ReadBufferBytes, so while the reader is slower than the server (or paused, setReadingPaused()), TCP
// flow control holds the server back instead of this process buffering everything it sends.
class TcpTransport : public Transport {
    Q_OBJECT
public:
    static constexpr int DefaultConnectTimeoutMs = 10000; // per target
    static constexpr int DefaultHandshakeTimeoutMs = 15000;
    static constexpr int CloseTimeoutMs = 5000; // flushing on disconnectFromServer()
    static constexpr quint16 DefaultDirectTlsPort = 5223; // XEP-0368's customary port
    static constexpr quint32 MinCacheTtl = 60; // seconds; very short TTLs would defeat the cache
    static constexpr quint32 MaxCacheTtl = 24 * 3600; // seconds; servers move, re-check daily at least
    static constexpr qint64 ReadChunkBytes = 64 * 1024; // per dataReceived()
    static constexpr qint64 ReadBufferBytes = 256 * 1024; // QSslSocket::setReadBufferSize()

    explicit TcpTransport(QObject *parent = nullptr);
    ~TcpTransport() override;

    void connectToServer(const TransportTarget &target) override;
    // Like connectToServer() with targets resolved elsewhere (a DNS cache, tests): tries them in order.
    // `target` still supplies the domain the certificate must match and the trust settings.
    void connectToResolvedTargets(const TransportTarget &target, const QList<SrvLookup::Target> &targets);
    void startTls() override;
    void write(const QByteArray &bytes) override;
    void disconnectFromServer() override;
    void abort() override;
    bool isEncrypted() const override;
    TlsInfo tlsInfo() const override;
    QString peerDescription() const override;
    bool isDirectTls() const override;
    bool usedDnsCache() const override { return m_fromCache && !m_retriedFresh; }
    void setReadingPaused(bool paused) override;

    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    void setHandshakeTimeout(int ms) { m_handshakeTimeoutMs = ms; }
    // The native descriptor of the current TCP socket, or -1 (for diagnostics and tests).
    qintptr socketDescriptor() const;
    // The current socket's TLS configuration (default-constructed without a socket; diagnostics and tests).
    QSslConfiguration sslConfiguration() const;
    // The order SRV targets will be tried in; tests use a fixed random source.
    void setSrvRandomSource(SrvLookup::RandomSource random);
    // Where DNS questions go; not owned; null restores QtDnsResolver::instance(). Tests use a fake.
    void setResolver(DnsResolver *resolver);
    // The address of the current connection attempt (null when connecting by name).
    QHostAddress peerAddress() const { return m_currentAddress; }

private:
    enum class Phase { Idle, Resolving, Connecting, Handshaking, Open, Closing };

    // One target and what is known of its addresses.
    struct Endpoint {
        enum class State {
            ByName, // connect with the host name (explicit host, or targets given by the caller)
            Pending, // A/AAAA lookup running
            Resolved, // `addresses` is final (maybe empty: the host does not exist)
        };
        SrvLookup::Target target;
        QList<QHostAddress> addresses;
        quint32 ttl = 0;
        State state = State::ByName;
    };

    void startLookup();
    void onTargetsResolved(const QList<SrvLookup::Target> &targets, quint32 ttl, bool definite);
    void onAddressesResolved(qsizetype index, const DnsResolver::AddressResult &result);
    void storeDnsCache();
    bool connectFromCache();
    void startConnecting(QList<Endpoint> endpoints);
    void tryNextTarget();
    void allTargetsFailed();
    void connectTo(const Endpoint &endpoint, const QHostAddress &address);
    void onSocketConnected();
    void onSocketEncrypted();
    void onNewSessionTicket();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onSocketDisconnected();
    void onReadyRead();
    void readChunk();
    void requestRead(); // a delivery from the event loop, once no write or delivery is running
    void endBusy();
    void onTimeout();

    void releaseSocket();
    void cancelDns();
    void fail(const TransportError &error);
    void finishClose();
    TransportError tlsError(const QString &detail) const;
    TransportError certificateError(const QList<QSslError> &errors) const;
    QString currentPeer() const;

    TransportTarget m_target;
    QList<Endpoint> m_endpoints;
    qsizetype m_targetIndex = 0; // the endpoint being tried
    qsizetype m_addressIndex = 0; // the next address of that endpoint
    SrvLookup::Target m_current;
    QHostAddress m_currentAddress;
    bool m_fromCache = false; // the endpoints came from a fresh DNS cache entry
    bool m_retriedFresh = false; // the cached targets failed and a fresh lookup was made
    bool m_cacheable = false; // the fresh answer may be stored (definite SRV answer, cache present)
    quint32 m_srvTtl = SrvLookup::NoTtl;
    int m_addressLookupsPending = 0;
    QPointer<QObject> m_dnsContext; // parent of running A/AAAA lookups; deleting it cancels them
    quint64 m_dnsGeneration = 0; // bumped by cancelDns(), to drop answers still on their way
    DnsResolver *m_resolver = nullptr;
    QByteArray m_sessionKey; // TlsSessionCache key of the current attempt
    QByteArray m_offeredSession;
    bool m_sessionResumed = false;
    bool m_allHostNotFound = true;
    QString m_lastConnectError;
    QByteArray m_pendingWrites; // written before TCP was up (pipelining, XEP-0305)

    SrvLookup *m_srv = nullptr;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    Phase m_phase = Phase::Idle;
    bool m_connectedEmitted = false;
    bool m_encrypted = false;
    int m_busy = 0; // inside write(), disconnectFromServer() or dataReceived(): no delivery now
    bool m_readWanted = false; // bytes may be waiting; deliver once not busy
    bool m_readScheduled = false; // a readChunk() is queued
    bool m_readingPaused = false;
    quint64 m_generation = 0; // bumped by every connectToServer()/abort(), to spot re-entrant calls
    int m_connectTimeoutMs = DefaultConnectTimeoutMs;
    int m_handshakeTimeoutMs = DefaultHandshakeTimeoutMs;
};

} // namespace balcony
