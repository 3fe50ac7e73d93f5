#pragma once

#include "SrvLookup.h"
#include "Transport.h"

#include <QList>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace balcony {

// The real Transport: TCP (+ TLS) over QSslSocket.
//
// Targets: an explicit host or port in the TransportTarget skips DNS; otherwise SrvLookup supplies the
// ordered targets, tried one after the other while TCP connects fail (refused, unreachable, timeout).
// A TLS or certificate failure is reported at once, never "fixed" by silently trying another target.
//
// Certificates are verified against the JID domain (never the SRV host, RFC 6125 §6 / RFC 6120 §13.7.2.1)
// with the system CAs plus TransportTarget::extraCaCertificates. A certificate that fails verification is
// accepted only if its SHA-256 fingerprint is in TransportTarget::trustedFingerprints (the user decided
// so earlier, see CertificateTrust); then exactly the reported errors are ignored.
//
// Signals: connected() when TCP is up; encrypted() when TLS is up and the certificate accepted;
// errorOccurred() for every failure, followed by disconnected() if connected() had been emitted for this
// connection. disconnected() is emitted exactly once per connection that emitted connected(): after a
// remote close, after disconnectFromServer() finished flushing, or synchronously from abort().
class TcpTransport : public Transport {
    Q_OBJECT
public:
    static constexpr int DefaultConnectTimeoutMs = 10000; // per target
    static constexpr int DefaultHandshakeTimeoutMs = 15000;
    static constexpr int CloseTimeoutMs = 5000; // flushing on disconnectFromServer()
    static constexpr quint16 DefaultDirectTlsPort = 5223; // XEP-0368's customary port

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

    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    void setHandshakeTimeout(int ms) { m_handshakeTimeoutMs = ms; }
    // The native descriptor of the current TCP socket, or -1 (for diagnostics and tests).
    qintptr socketDescriptor() const;
    // The order SRV targets will be tried in; tests use a fixed random source.
    void setSrvRandomSource(SrvLookup::RandomSource random);

private:
    enum class Phase { Idle, Resolving, Connecting, Handshaking, Open, Closing };

    void onTargetsResolved(const QList<SrvLookup::Target> &targets);
    void tryNextTarget();
    void onSocketConnected();
    void onSocketEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onSocketDisconnected();
    void onReadyRead();
    void onTimeout();

    void releaseSocket();
    void fail(const TransportError &error);
    void finishClose();
    TransportError tlsError(const QString &detail) const;
    TransportError certificateError(const QList<QSslError> &errors) const;
    QString currentPeer() const;

    TransportTarget m_target;
    QList<SrvLookup::Target> m_targets;
    qsizetype m_nextTarget = 0;
    SrvLookup::Target m_current;
    bool m_allHostNotFound = true;
    QString m_lastConnectError;
    QByteArray m_pendingWrites; // written before TCP was up (pipelining, XEP-0305)

    SrvLookup *m_srv = nullptr;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    Phase m_phase = Phase::Idle;
    bool m_connectedEmitted = false;
    bool m_encrypted = false;
    quint64 m_generation = 0; // bumped by every connectToServer()/abort(), to spot re-entrant calls
    int m_connectTimeoutMs = DefaultConnectTimeoutMs;
    int m_handshakeTimeoutMs = DefaultHandshakeTimeoutMs;
};

} // namespace balcony
