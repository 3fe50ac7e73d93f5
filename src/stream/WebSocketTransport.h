#pragma once

#include "HostMetaDiscovery.h"
#include "ReceivedInbox.h"
#include "Transport.h"
#include "XmppFraming.h"

#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

class QSslSocket;
class QWebSocket;

namespace balcony {

// XMPP over WebSocket (RFC 7395) on QtWebSockets, always over TLS (wss://).
//
// The Connection above writes and reads one RFC 6120 stream as on TCP; this transport translates (XmppFraming):
// our stream header becomes <open/>, every top-level element one text message (with jabber:client declared),
// </stream:stream> becomes <close/>; the server's <open/> becomes a stream header, its <close/> the closing tag,
// and every other message is handed on as it is, to the same restricted parser with the same limits. A message
// must hold exactly one element (RFC 7395 §3.3.3); anything else is a clear error. A stream restart (after SASL)
// is the Connection's new header and the server's new <open/>, as on TCP.
//
// Endpoint: TransportTarget::endpoint, or XEP-0156 discovery (HostMetaDiscovery, cached). RFC 7395 §3.6.1
// see-other-uri in the server's <close/> is followed (wss:// only, at most MaxRedirects times per connect) to a new
// WebSocket, transparently when it answers our first <open/>; later it ends the stream and the next connect of this
// transport goes there.
//
// TLS: the certificate is verified against the endpoint's host with the system CAs, the account's extra CAs and
// the user's explicit decisions (CertificateTrust::acceptedByAccount), as on TCP; an untrusted one is reported
// with its fingerprint (CertificateUntrusted). The handshake is bounded by OpenTimeoutMs, incoming messages by
// MaxMessageBytes (QWebSocket's own limit), and what waits undelivered while reading is paused by
// MaxPendingBytes.
//
// Signals follow Transport's rules: connected() and encrypted() once the WebSocket is open; bytes are delivered
// from the event loop only (never inside write()), at most ReadChunkBytes per turn.
class WebSocketTransport : public Transport {
    Q_OBJECT
public:
    static constexpr qint64 MaxMessageBytes = 2 * 1024 * 1024;
    static constexpr qint64 MaxPendingBytes = 16 * 1024 * 1024;
    static constexpr qint64 ReadChunkBytes = 64 * 1024;
    static constexpr int OpenTimeoutMs = 20000;
    static constexpr int CloseTimeoutMs = 5000;
    static constexpr int MaxRedirects = 3;

    explicit WebSocketTransport(QObject *parent = nullptr);
    ~WebSocketTransport() override;

    void connectToServer(const TransportTarget &target) override;
    void startTls() override;
    void write(const QByteArray &bytes) override;
    void disconnectFromServer() override;
    void abort() override;
    bool isEncrypted() const override { return m_open; }
    TlsInfo tlsInfo() const override { return m_tls; }
    QString peerDescription() const override { return m_url.toString(); }
    bool isDirectTls() const override { return true; }
    bool usedDnsCache() const override { return m_endpointFromCache; }
    void setReadingPaused(bool paused) override;
    QString bindingName() const override { return QStringLiteral("websocket"); }
    int setupRoundTrips() const override { return m_setupRoundTrips; }

    // Tests: where XEP-0156 discovery looks (see HostMetaDiscovery::start).
    void setDiscoveryBase(const QUrl &base) { m_discoveryBase = base; }
    QUrl url() const { return m_url; }

private:
    void open(const QUrl &url);
    void onDiscovered(const HostMetaDiscovery::Result &result);
    void onOpened();
    void onMessage(const QString &message);
    void onSocketDisconnected();
    void onSslErrors(QSslSocket *socket, const QList<QSslError> &errors);
    void sendItem(const QByteArray &message);
    void deliver();
    void scheduleDelivery();
    // The connection is ending: hands on everything received so far, now (the reader may end the connection from
    // there: returns false then).
    bool drainInbox();
    void fail(TransportError::Kind kind, const QString &message);
    void releaseSocket();
    void finishDisconnect();

    TransportTarget m_target;
    QUrl m_url;
    QUrl m_nextUrl; // see-other-uri received mid-stream: the next connect goes there
    QUrl m_discoveryBase;
    HostMetaDiscovery *m_discovery = nullptr;
    QWebSocket *m_socket = nullptr;
    XmlElementSplitter m_out { true };
    XmlElementSplitter m_in { false };
    QList<QByteArray> m_unsent; // written before the WebSocket was open
    QByteArray m_lastOpen; // our last <open/>, sent again after a see-other-uri redirect
    bool m_serverOpened = false; // the server answered with <open/> on this WebSocket
    bool m_open = false;
    bool m_connectedEmitted = false;
    bool m_closing = false; // our <close/> is out
    bool m_endpointFromCache = false;
    int m_redirects = 0;
    int m_setupRoundTrips = 0;
    TlsInfo m_tls;
    QSslCertificate m_untrusted; // the leaf certificate the account's rules refused (this WebSocket)
    QString m_untrustedDetail;
    QList<QByteArray> m_sentBeforeOpen; // sent on this WebSocket before the server's first <open/>
    bool m_everOpened = false; // the server opened a stream in this connect (no transparent redirect after)
    bool m_closeRequested = false; // disconnectFromServer(): waiting for the WebSocket to close
    QTimer m_timer;
    ReceivedInbox m_inbox; // received, not delivered yet
    bool m_deliveryScheduled = false;
    bool m_paused = false;
    int m_busy = 0;
    quint64 m_generation = 0;
};

} // namespace balcony
