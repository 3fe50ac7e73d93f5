#pragma once

#include "ConnectionCache.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace balcony {

// How the XML stream travels (RFC 6120 TCP, XEP-0124/0206 BOSH, RFC 7395 WebSocket).
enum class TransportBinding { Tcp, Bosh, WebSocket };

// Where and how to reach the server. With `host` empty the transport looks up SRV records for
// `domain` (XEP-0368 _xmpps-client._tcp for direct TLS and RFC 6120 _xmpp-client._tcp, merged by
// priority/weight), falling back to `domain`:5222.
struct TransportTarget {
    QString domain; // the JID domain in ASCII (A-labels): SRV name and the name the certificate must match
    QString host; // explicit host override (no SRV lookup)
    quint16 port = 0; // explicit port (0 = from SRV or the default)
    bool directTls = false; // with an explicit host: TLS from the first byte (XEP-0368)
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system store (tests)
    QList<QByteArray> trustedFingerprints; // SHA-256 of certificates the user explicitly accepted
    // DNS cache (XEP-0305 §2): with a fresh entry for `domain` no DNS lookup is made; not owned, may be null.
    ConnectionCache *cache = nullptr;
    // The target that worked last time (ServerProfile::lastHost/lastPort/lastDirectTls): when the looked-up
    // or cached targets include it, it is tried first, so a server found to offer direct TLS (XEP-0368) is
    // reached that way again even where SRV priorities rank STARTTLS higher. Empty host = no preference.
    SrvLookup::Target lastWorking;
    // The binding; for BOSH and WebSocket `endpoint` is the https:// or wss:// URL, empty = XEP-0156 discovery
    // (through `cache` like the DNS answers). The certificate is then verified against the endpoint's host.
    TransportBinding binding = TransportBinding::Tcp;
    QUrl endpoint;
};

struct TransportError {
    enum class Kind {
        HostNotFound, // DNS failure
        ConnectFailed, // refused, unreachable, timed out on every target
        TlsFailed, // handshake failure
        CertificateUntrusted, // verification failed and the user has not accepted this certificate
        ConnectionLost, // remote closed or network error after connect
    };
    Kind kind = Kind::ConnectFailed;
    QString message; // one line, translated, for the user
    QSslCertificate certificate; // for CertificateUntrusted: the peer's leaf certificate
    QByteArray fingerprint; // for CertificateUntrusted: SHA-256 of the DER certificate, hex
};

struct TlsInfo {
    QString protocol; // "TLSv1.3"
    QString cipher;
    bool sessionResumed = false;
};

// The byte pipe under a Connection. TcpTransport is the real one; tests use a scripted transport that
// records writes and injects bytes. All calls are asynchronous; results arrive as signals.
class Transport : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Transport() override;

    virtual void connectToServer(const TransportTarget &target) = 0;
    // RFC 6120 §5.4.3.3: after <proceed/>, upgrade the connection. Emits encrypted() or errorOccurred().
    virtual void startTls() = 0;
    virtual void write(const QByteArray &bytes) = 0;
    // Flushes pending writes, then closes.
    virtual void disconnectFromServer() = 0;
    virtual void abort() = 0;
    virtual bool isEncrypted() const = 0;
    virtual TlsInfo tlsInfo() const = 0;
    // The target actually reached ("host:port") and whether it was direct TLS.
    virtual QString peerDescription() const = 0;
    virtual bool isDirectTls() const = 0;
    // XEP-0305 listing 1: startTls() may be called right after writing <starttls/>, before <proceed/>
    // arrives, and the transport then separates the server's plaintext reply from its TLS records.
    virtual bool supportsEarlyTls() const { return false; }
    // The last connectToServer() took its targets from a fresh DNS cache entry (no lookup was made).
    virtual bool usedDnsCache() const { return false; }
    // Flow control for the reader: while paused, no dataReceived() is emitted and the transport reads no more
    // than a bounded buffer from the network, so a server that sends faster than the client handles is held
    // back by TCP instead of filling memory. What arrived meanwhile is delivered after resuming, from the
    // event loop. A transport without a network (or without flow control) may ignore it.
    virtual void setReadingPaused(bool paused) { Q_UNUSED(paused) }
    // The binding in use: "tcp", "bosh" or "websocket" (ConnectionStats, `login --json`).
    virtual QString bindingName() const { return QStringLiteral("tcp"); }
    // Round trips the binding needed before the XML stream could start, beyond the TCP connect and the TLS
    // handshake (the WebSocket upgrade, a XEP-0156 lookup).
    virtual int setupRoundTrips() const { return 0; }
    // HTTP requests answered so far on this connection (BOSH; 0 for the others).
    virtual int httpRequests() const { return 0; }
    // The machine is about to sleep / has woken up (logind's PrepareForSleep). A binding that can keep its session
    // across a pause does so (BOSH with the server's `maxpause`, XEP-0124 §10); the others have nothing to do.
    virtual void prepareForSleep() { }
    virtual void wake() { }

Q_SIGNALS:
    // TCP is up (for direct TLS: the TLS handshake is about to start).
    void connected();
    // TLS is up and the certificate was accepted.
    void encrypted();
    // Bytes from the server. Never emitted from inside write(), disconnectFromServer() or another
    // dataReceived() (a reader that answers with a write must not be handed the next bytes in that write), and
    // in bounded pieces, one per event loop turn at most, so other events run between them.
    void dataReceived(const QByteArray &bytes);
    // The connection is gone (after disconnectFromServer(), abort(), or a remote close).
    void disconnected();
    void errorOccurred(const balcony::TransportError &error);
};

} // namespace balcony
