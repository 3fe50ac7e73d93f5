#include "WebSocketTransport.h"

#include "CertificateTrust.h"

#include <QSslCipher>
#include <QSslSocket>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

QString protocolName(QSsl::SslProtocol protocol, const QSslCipher &cipher)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return u"TLSv1.3"_s;
    case QSsl::TlsV1_2:
        return u"TLSv1.2"_s;
    default:
        return cipher.protocolString();
    }
}

bool validWebSocketUrl(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"wss" && !url.host().isEmpty() && url.userInfo().isEmpty();
}

} // namespace

WebSocketTransport::WebSocketTransport(QObject *parent)
    : Transport(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_closeRequested) {
            finishDisconnect();
        } else {
            fail(TransportError::Kind::ConnectFailed,
                tr("The WebSocket connection to %1 did not open in time.").arg(m_url.toDisplayString()));
        }
    });
}

WebSocketTransport::~WebSocketTransport()
{
    ++m_generation;
    releaseSocket();
}

void WebSocketTransport::connectToServer(const TransportTarget &target)
{
    ++m_generation;
    releaseSocket();
    if (m_discovery) {
        m_discovery->abort();
    }
    m_target = target;
    m_out.reset();
    m_inbox.clear();
    m_unsent.clear();
    m_sentBeforeOpen.clear();
    m_lastOpen.clear();
    m_connectedEmitted = false;
    m_everOpened = false;
    m_closeRequested = false;
    m_closing = false;
    m_endpointFromCache = false;
    m_redirects = 0;
    m_setupRoundTrips = 0;
    m_tls = TlsInfo();
    if (m_nextUrl.isValid()) {
        open(std::exchange(m_nextUrl, QUrl()));
        return;
    }
    if (!target.endpoint.isEmpty()) {
        if (!validWebSocketUrl(target.endpoint)) {
            const quint64 generation = m_generation;
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (generation == m_generation) {
                        fail(TransportError::Kind::ConnectFailed,
                            tr("The WebSocket address %1 is not a wss:// URL.")
                                .arg(m_target.endpoint.toDisplayString()));
                    }
                },
                Qt::QueuedConnection);
            return;
        }
        open(target.endpoint);
        return;
    }
    if (!m_discovery) {
        m_discovery = new HostMetaDiscovery(this);
        connect(m_discovery, &HostMetaDiscovery::finished, this, &WebSocketTransport::onDiscovered);
    }
    m_discovery->start(
        target.domain, target.cache, target.extraCaCertificates, target.trustedFingerprints, m_discoveryBase);
}

void WebSocketTransport::onDiscovered(const HostMetaDiscovery::Result &result)
{
    m_setupRoundTrips += result.roundTrips;
    if (!result.ok) {
        fail(TransportError::Kind::HostNotFound, result.error);
        return;
    }
    if (result.endpoints.websocket.isEmpty()) {
        fail(TransportError::Kind::HostNotFound,
            tr("%1 announces no WebSocket endpoint (XEP-0156); give its address with the WebSocket URL setting.")
                .arg(m_target.domain));
        return;
    }
    m_endpointFromCache = result.fromCache;
    open(result.endpoints.websocket.constFirst());
}

void WebSocketTransport::open(const QUrl &url)
{
    releaseSocket();
    m_url = url;
    m_open = false;
    m_serverOpened = false;
    m_untrusted = QSslCertificate();
    m_untrustedDetail.clear();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(MaxMessageBytes);
    connect(m_socket, &QWebSocket::connected, this, &WebSocketTransport::onOpened);
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketTransport::onSocketDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &WebSocketTransport::onMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this] {
        fail(TransportError::Kind::ConnectionLost,
            tr("The server sent a binary WebSocket message (RFC 7395 needs text)."));
    });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this](QAbstractSocket::SocketError error) {
            if (!m_untrusted.isNull()) {
                fail(TransportError::Kind::CertificateUntrusted,
                    tr("The certificate of %1 is not trusted: %2").arg(m_url.host(), m_untrustedDetail));
                return;
            }
            const QString detail = m_socket ? m_socket->errorString() : QString();
            // What arrived before the connection ended (a stream error, the server's <close/>) is handed on first.
            if (!drainInbox()) {
                return;
            }
            if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError) {
                fail(TransportError::Kind::TlsFailed, tr("TLS with %1 failed: %2").arg(m_url.host(), detail));
            } else if (!m_open) {
                fail(TransportError::Kind::ConnectFailed,
                    tr("The WebSocket to %1 could not be opened: %2").arg(m_url.toDisplayString(), detail));
            } else if (!m_closing && !m_closeRequested) {
                fail(TransportError::Kind::ConnectionLost, tr("The WebSocket connection was lost: %1").arg(detail));
            }
        });
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({ u"xmpp"_s }); // RFC 7395 §3.1
    m_timer.start(OpenTimeoutMs);
    m_socket->open(QNetworkRequest(url), options);
    if (auto *tls = m_socket->findChild<QSslSocket *>(QString(), Qt::FindDirectChildrenOnly)) {
        connect(tls, &QSslSocket::sslErrors, this,
            [this, tls](const QList<QSslError> &errors) { onSslErrors(tls, errors); });
    }
}

void WebSocketTransport::onSslErrors(QSslSocket *socket, const QList<QSslError> &errors)
{
    const QList<QSslCertificate> chain = socket->peerCertificateChain();
    if (CertificateTrust::acceptedByAccount(
            errors, chain, m_url.host(), m_target.extraCaCertificates, m_target.trustedFingerprints)) {
        socket->ignoreSslErrors(errors);
        return;
    }
    m_untrusted = chain.value(0);
    for (qsizetype i = 0; m_untrusted.isNull() && i < errors.size(); ++i) {
        m_untrusted = errors.at(i).certificate();
    }
    QStringList details;
    for (const QSslError &error : errors) {
        details.append(error.errorString());
    }
    m_untrustedDetail = details.join(u"; "_s);
}

void WebSocketTransport::onOpened()
{
    if (!m_socket) {
        return;
    }
    if (m_socket->subprotocol() != u"xmpp") {
        fail(TransportError::Kind::ConnectFailed,
            tr("%1 is not an XMPP WebSocket endpoint (no 'xmpp' subprotocol).").arg(m_url.toDisplayString()));
        return;
    }
    m_open = true;
    ++m_setupRoundTrips; // the HTTP upgrade
    if (auto *tls = m_socket->findChild<QSslSocket *>(QString(), Qt::FindDirectChildrenOnly)) {
        const QSslCipher cipher = tls->sessionCipher();
        m_tls.protocol = protocolName(tls->sessionProtocol(), cipher);
        m_tls.cipher = cipher.name();
    }
    const quint64 generation = m_generation;
    if (!m_connectedEmitted) {
        m_connectedEmitted = true;
        Q_EMIT connected();
        if (generation != m_generation) {
            return;
        }
        Q_EMIT encrypted();
        if (generation != m_generation) {
            return;
        }
    } else {
        // A see-other-uri redirect before the stream opened: the same requests again, to the new endpoint.
        const QList<QByteArray> again = std::exchange(m_sentBeforeOpen, {});
        for (const QByteArray &message : again) {
            sendItem(message);
        }
    }
    const QList<QByteArray> unsent = std::exchange(m_unsent, {});
    for (const QByteArray &message : unsent) {
        sendItem(message);
    }
}

void WebSocketTransport::sendItem(const QByteArray &message)
{
    if (!m_open || !m_socket) {
        m_unsent.append(message);
        return;
    }
    if (!m_everOpened) {
        m_sentBeforeOpen.append(message);
    }
    m_socket->sendTextMessage(QString::fromUtf8(message));
}

void WebSocketTransport::startTls()
{
    // The WebSocket is TLS from the start (wss://); a stream over it never offers STARTTLS.
    fail(TransportError::Kind::TlsFailed, tr("STARTTLS is not available over WebSocket."));
}

void WebSocketTransport::write(const QByteArray &bytes)
{
    if (!m_socket || m_closing) {
        return;
    }
    ++m_busy;
    const quint64 generation = m_generation;
    const auto items = m_out.feed(bytes);
    if (!items) {
        --m_busy;
        fail(TransportError::Kind::ConnectionLost,
            tr("Cannot frame the stream for WebSocket: %1").arg(m_out.errorString()));
        return;
    }
    for (const XmlElementSplitter::Item &item : *items) {
        if (generation != m_generation) {
            break;
        }
        switch (item.kind) {
        case XmlElementSplitter::Item::Kind::StreamOpen:
            m_lastOpen = framing::openFromStreamHeader(item.bytes);
            m_serverOpened = false;
            sendItem(m_lastOpen);
            break;
        case XmlElementSplitter::Item::Kind::Element:
            sendItem(framing::standaloneElement(item.bytes));
            break;
        case XmlElementSplitter::Item::Kind::StreamClose:
            sendItem(QByteArray("<close xmlns=\"") + framing::FramingNs + "\"/>");
            m_closing = true;
            break;
        }
    }
    if (generation == m_generation) {
        --m_busy;
        if (!m_inbox.empty()) {
            scheduleDelivery();
        }
    }
}

void WebSocketTransport::onMessage(const QString &message)
{
    const QByteArray bytes = message.toUtf8();
    m_in.reset();
    const auto items = m_in.feed(bytes);
    if (!items || items->size() != 1 || m_in.pendingBytes() > 0
        || items->constFirst().kind != XmlElementSplitter::Item::Kind::Element) {
        const QString why = !items ? m_in.errorString() : tr("a message must hold exactly one element");
        fail(TransportError::Kind::ConnectionLost, tr("The server sent a malformed WebSocket message: %1").arg(why));
        return;
    }
    const framing::FramingElement framingElement = framing::readFramingElement(bytes);
    if (framingElement.wrongNamespace) {
        fail(TransportError::Kind::ConnectionLost,
            tr("The server sent an <open/> or <close/> outside the framing namespace (RFC 7395)."));
        return;
    }
    QByteArray deliverBytes;
    switch (framingElement.kind) {
    case framing::FramingElement::Kind::Open:
        if (m_serverOpened) {
            fail(TransportError::Kind::ConnectionLost, tr("The server opened the WebSocket stream twice."));
            return;
        }
        m_serverOpened = true;
        m_everOpened = true;
        m_sentBeforeOpen.clear();
        m_timer.stop();
        deliverBytes = framing::streamHeaderFromOpen(framingElement);
        break;
    case framing::FramingElement::Kind::Close:
        if (!framingElement.seeOtherUri.isEmpty()) {
            const QUrl target(framingElement.seeOtherUri, QUrl::StrictMode);
            if (!validWebSocketUrl(target)) {
                fail(TransportError::Kind::ConnectFailed,
                    tr("The server redirected to %1, which is not a wss:// URL.").arg(framingElement.seeOtherUri));
                return;
            }
            if (m_redirects >= MaxRedirects) {
                fail(TransportError::Kind::ConnectFailed, tr("The server redirected too many times."));
                return;
            }
            ++m_redirects;
            if (!m_everOpened) {
                open(target); // RFC 7395 §3.6.1, transparently: our <open/> (and what followed) go again
                return;
            }
            m_nextUrl = target; // mid-stream: this stream ends, the next connect goes there
        }
        deliverBytes = QByteArrayLiteral("</stream:stream>");
        break;
    case framing::FramingElement::Kind::None:
        if (!m_serverOpened) {
            fail(TransportError::Kind::ConnectionLost, tr("The server sent XML before opening the WebSocket stream."));
            return;
        }
        deliverBytes = bytes;
        break;
    }
    if (m_inbox.push(deliverBytes) > MaxPendingBytes) {
        fail(TransportError::Kind::ConnectionLost, tr("The server sends faster than the client can handle."));
        return;
    }
    scheduleDelivery();
}

void WebSocketTransport::scheduleDelivery()
{
    if (m_deliveryScheduled || m_inbox.empty()) {
        return;
    }
    m_deliveryScheduled = true;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation) {
                deliver();
            }
        },
        Qt::QueuedConnection);
}

void WebSocketTransport::deliver()
{
    m_deliveryScheduled = false;
    if (m_paused || m_busy > 0 || m_inbox.empty()) {
        return;
    }
    const QByteArray chunk = m_inbox.takeChunk(ReadChunkBytes);
    const quint64 generation = m_generation;
    ++m_busy;
    Q_EMIT dataReceived(chunk);
    if (generation != m_generation) {
        return;
    }
    --m_busy;
    scheduleDelivery();
}

void WebSocketTransport::setReadingPaused(bool paused)
{
    m_paused = paused;
    if (!paused) {
        scheduleDelivery();
    }
}

bool WebSocketTransport::drainInbox()
{
    const quint64 generation = m_generation;
    while (!m_inbox.empty() && m_busy == 0) {
        const QByteArray chunk = m_inbox.takeChunk(ReadChunkBytes);
        ++m_busy;
        Q_EMIT dataReceived(chunk);
        if (generation != m_generation) {
            return false; // the reader ended this connection
        }
        --m_busy;
    }
    return true;
}

void WebSocketTransport::onSocketDisconnected()
{
    if (!drainInbox()) {
        return;
    }
    if (m_closeRequested || m_closing) {
        finishDisconnect();
        return;
    }
    // An error was (or will not be) reported by error(); a remote close without one is a lost connection.
    fail(m_open ? TransportError::Kind::ConnectionLost : TransportError::Kind::ConnectFailed,
        m_open ? tr("The server closed the WebSocket connection.")
               : tr("The WebSocket to %1 could not be opened.").arg(m_url.toDisplayString()));
}

void WebSocketTransport::disconnectFromServer()
{
    if (m_discovery) {
        m_discovery->abort();
    }
    if (!m_socket || !m_open) {
        abort();
        return;
    }
    m_closeRequested = true;
    m_timer.start(CloseTimeoutMs);
    m_socket->close(QWebSocketProtocol::CloseCodeNormal);
}

void WebSocketTransport::finishDisconnect()
{
    ++m_generation;
    m_timer.stop();
    releaseSocket();
    m_inbox.clear();
    m_closeRequested = false;
    if (std::exchange(m_connectedEmitted, false)) {
        Q_EMIT disconnected();
    }
}

void WebSocketTransport::abort()
{
    if (m_discovery) {
        m_discovery->abort();
    }
    finishDisconnect();
}

void WebSocketTransport::fail(TransportError::Kind kind, const QString &message)
{
    TransportError error;
    error.kind = kind;
    error.message = message;
    if (kind == TransportError::Kind::CertificateUntrusted) {
        error.certificate = m_untrusted;
        error.fingerprint = CertificateTrust::fingerprint(m_untrusted);
    }
    ++m_generation;
    m_timer.stop();
    releaseSocket();
    m_inbox.clear();
    m_closeRequested = false;
    const bool wasConnected = std::exchange(m_connectedEmitted, false);
    Q_EMIT errorOccurred(error);
    if (wasConnected) {
        Q_EMIT disconnected();
    }
}

void WebSocketTransport::releaseSocket()
{
    m_open = false;
    m_busy = 0;
    m_deliveryScheduled = false;
    if (QWebSocket *socket = std::exchange(m_socket, nullptr)) {
        socket->disconnect(this);
        if (auto *tls = socket->findChild<QSslSocket *>(QString(), Qt::FindDirectChildrenOnly)) {
            tls->disconnect(this);
        }
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace balcony
