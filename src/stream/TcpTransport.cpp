#include "TcpTransport.h"

#include "CertificateTrust.h"
#include "TlsSessionCache.h"

#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStringList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

QString hostPort(const QString &host, quint16 port)
{
    // "[::1]:5222" for IPv6 literals, as in URLs.
    const QHostAddress address(host);
    const bool v6 = !address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol;
    return (v6 ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

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

TransportError makeError(TransportError::Kind kind, const QString &message)
{
    TransportError error;
    error.kind = kind;
    error.message = message;
    return error;
}

} // namespace

TcpTransport::TcpTransport(QObject *parent)
    : Transport(parent)
    , m_resolver(QtDnsResolver::instance())
    , m_srv(new SrvLookup(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TcpTransport::onTimeout);
    connect(m_srv, &SrvLookup::finished, this, &TcpTransport::onTargetsResolved);
}

TcpTransport::~TcpTransport()
{
    // No signals from a half-destroyed object: detach the socket before it goes.
    releaseSocket();
}

void TcpTransport::setSrvRandomSource(SrvLookup::RandomSource random)
{
    m_srv->setRandomSource(std::move(random));
}

void TcpTransport::connectToServer(const TransportTarget &target)
{
    abort();
    m_target = target;
    m_endpoints.clear();
    m_targetIndex = 0;
    m_addressIndex = 0;
    m_allHostNotFound = true;
    m_lastConnectError.clear();
    m_current = {};
    m_currentAddress = {};
    m_pendingWrites.clear();
    m_fromCache = false;
    m_retriedFresh = false;

    if (!target.host.isEmpty() || target.port != 0) {
        // An explicit host or port is the user's (or the test's) choice: no DNS SRV (RFC 6120 §3.2.1
        // applies only when the client has nothing better than the domain) and no DNS cache.
        const QString host = target.host.isEmpty() ? target.domain : target.host;
        const quint16 port
            = target.port != 0 ? target.port : (target.directTls ? DefaultDirectTlsPort : SrvLookup::DefaultPort);
        startConnecting(
            { Endpoint { SrvLookup::Target { host, port, target.directTls }, {}, 0, Endpoint::State::ByName } });
        return;
    }
    if (target.domain.isEmpty()) {
        // Reported from the event loop like every other outcome, so callers see one code path.
        m_phase = Phase::Resolving;
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation) {
                fail(makeError(TransportError::Kind::HostNotFound, tr("No server address to connect to")));
            }
        });
        return;
    }
    if (connectFromCache()) {
        return;
    }
    startLookup();
}

void TcpTransport::connectToResolvedTargets(const TransportTarget &target, const QList<SrvLookup::Target> &targets)
{
    abort();
    m_target = target;
    m_current = {};
    m_currentAddress = {};
    m_fromCache = false;
    m_retriedFresh = false;
    m_allHostNotFound = true;
    m_lastConnectError.clear();
    if (targets.isEmpty()) {
        m_phase = Phase::Resolving;
        onTargetsResolved(targets, SrvLookup::NoTtl, false);
        return;
    }
    QList<Endpoint> endpoints;
    for (const SrvLookup::Target &t : targets) {
        endpoints.append({ t, {}, 0, Endpoint::State::ByName });
    }
    startConnecting(endpoints);
}

void TcpTransport::startConnecting(QList<Endpoint> endpoints)
{
    m_endpoints = std::move(endpoints);
    m_targetIndex = 0;
    m_addressIndex = 0;
    m_phase = Phase::Connecting;
    tryNextTarget();
}

void TcpTransport::tryNextTarget()
{
    releaseSocket();
    m_timer.stop();
    m_phase = Phase::Connecting;
    while (m_targetIndex < m_endpoints.size()) {
        const Endpoint &endpoint = m_endpoints.at(m_targetIndex);
        switch (endpoint.state) {
        case Endpoint::State::Pending:
            // onAddressesResolved() resumes; a resolver that never answers counts as a failed target.
            m_current = endpoint.target;
            m_currentAddress = {};
            m_timer.start(m_connectTimeoutMs);
            return;
        case Endpoint::State::ByName:
            if (m_addressIndex == 0) {
                m_addressIndex = 1;
                connectTo(endpoint, QHostAddress());
                return;
            }
            break;
        case Endpoint::State::Resolved:
            if (m_addressIndex < endpoint.addresses.size()) {
                connectTo(endpoint, endpoint.addresses.at(m_addressIndex++));
                return;
            }
            if (endpoint.addresses.isEmpty()) {
                m_lastConnectError = hostPort(endpoint.target.host, endpoint.target.port) + u": "_s
                    + tr("the host name was not found");
            }
            break;
        }
        ++m_targetIndex;
        m_addressIndex = 0;
    }
    allTargetsFailed();
}

void TcpTransport::connectTo(const Endpoint &endpoint, const QHostAddress &address)
{
    m_current = endpoint.target;
    m_currentAddress = address;
    m_sessionResumed = false;

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // No CA list is set, not even with extra CAs: a list switches off Qt's on-demand lookup of the system store
    // (OpenSSL finds a CA by its subject hash when a chain needs it) and would have to spell out the whole
    // store, read and parsed before the first packet (issue 12). The extra CAs are consulted in onSslErrors().
    if (m_current.directTls) {
        // XEP-0368 §3: announce the protocol with ALPN so that multiplexing servers can route it.
        config.setAllowedNextProtocols({ QByteArrayLiteral("xmpp-client") });
    }
    // Session resumption (XEP-0305 §7): Qt only hands out sessions with persistence on (its default is
    // off), and only accepts tickets when they are not disabled.
    config.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    config.setSslOption(QSsl::SslOptionDisableSessionTickets, false);
    config.setSslOption(QSsl::SslOptionDisableSessionSharing, false);
    m_sessionKey = TlsSessionCache::key(
        m_target.domain, m_current.host, m_current.port, m_target.extraCaCertificates, m_target.trustedFingerprints);
    m_offeredSession = TlsSessionCache::instance().session(m_sessionKey);
    if (!m_offeredSession.isEmpty()) {
        config.setSessionTicket(m_offeredSession);
    }

    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(config);
    // Bounded: what the reader has not taken stays in the kernel, and TCP flow control slows the server down.
    m_socket->setReadBufferSize(ReadBufferBytes);
    m_readingPaused = false;
    m_readWanted = false;
    connect(m_socket, &QSslSocket::connected, this, &TcpTransport::onSocketConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &TcpTransport::onSocketEncrypted);
    connect(m_socket, &QSslSocket::newSessionTicketReceived, this, &TcpTransport::onNewSessionTicket);
    connect(m_socket, &QSslSocket::sslErrors, this, &TcpTransport::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &TcpTransport::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &TcpTransport::onSocketDisconnected);
    connect(m_socket, &QSslSocket::readyRead, this, &TcpTransport::onReadyRead);

    m_phase = Phase::Connecting;
    m_timer.start(m_connectTimeoutMs);
    // The certificate must name the JID domain, whatever host SRV pointed at (RFC 6120 §13.7.2.1);
    // the same name goes out as SNI (XEP-0368 §3), also when connecting to a cached address.
    const QString verifyName = m_target.domain.isEmpty() ? m_current.host : m_target.domain;
    const QString host = address.isNull() ? m_current.host : address.toString();
    if (m_current.directTls) {
        m_socket->connectToHostEncrypted(host, m_current.port, verifyName);
    } else {
        m_socket->setPeerVerifyName(verifyName);
        if (address.isNull()) {
            m_socket->connectToHost(host, m_current.port);
        } else {
            m_socket->connectToHost(address, m_current.port);
        }
    }
}

void TcpTransport::onSocketConnected()
{
    m_timer.stop();
    // Small stanzas must not wait for Nagle + delayed ACK (~40 ms per exchange); keepalive finds dead
    // NAT mappings on idle connections. Options can only be set once the socket exists.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_connectedEmitted = true;
    if (m_current.directTls) {
        m_phase = Phase::Handshaking;
        m_timer.start(m_handshakeTimeoutMs);
    } else {
        m_phase = Phase::Open;
    }
    if (!m_pendingWrites.isEmpty()) {
        m_socket->write(std::exchange(m_pendingWrites, {}));
    }
    Q_EMIT connected();
}

void TcpTransport::onSocketEncrypted()
{
    m_timer.stop();
    m_phase = Phase::Open;
    m_encrypted = true;
    const QByteArray negotiated = m_socket->sslConfiguration().sessionTicket();
    m_sessionResumed = TlsSessionCache::isResumption(m_offeredSession, negotiated);
    if (!m_offeredSession.isEmpty() && !m_sessionResumed) {
        // The server refused the session (new ticket keys, expired): never offer it again.
        TlsSessionCache::instance().remove(m_sessionKey);
    }
    // TLS 1.2 hands out its ticket within the handshake; TLS 1.3 sends tickets afterwards
    // (onNewSessionTicket()), and this session is then not resumable yet, so store() skips it.
    TlsSessionCache::instance().store(m_sessionKey, negotiated);
    Q_EMIT encrypted();
}

void TcpTransport::onNewSessionTicket()
{
    // RFC 8446 §4.6.1: NewSessionTicket arrives after the handshake; the newest ticket is kept.
    if (m_socket) {
        TlsSessionCache::instance().store(m_sessionKey, m_socket->sslConfiguration().sessionTicket());
    }
}

void TcpTransport::onSslErrors(const QList<QSslError> &errors)
{
    // The verification the account adds to the system's: its extra CAs, the certificates the user accepted.
    if (CertificateTrust::acceptedByAccount(errors, m_socket->peerCertificateChain(), m_socket->peerVerifyName(),
            m_target.extraCaCertificates, m_target.trustedFingerprints)) {
        // Exactly the errors reported for this chain are ignored.
        m_socket->ignoreSslErrors(errors);
        return;
    }
    // Not ignoring the errors makes QSslSocket refuse the handshake; the socket is only detached here
    // (see releaseSocket()) because aborting it inside its own handshake is not safe.
    fail(certificateError(errors));
}

void TcpTransport::onSocketError()
{
    const QAbstractSocket::SocketError code = m_socket->error();
    const QString text = m_socket->errorString();
    switch (m_phase) {
    case Phase::Connecting:
        // Refused, unreachable, unknown host: the next target may work (RFC 6120 §3.2.1).
        m_timer.stop();
        if (code != QAbstractSocket::HostNotFoundError) {
            m_allHostNotFound = false;
        }
        m_lastConnectError = hostPort(m_current.host, m_current.port) + u": "_s + text;
        tryNextTarget();
        return;
    case Phase::Handshaking:
        fail(tlsError(text));
        return;
    case Phase::Open:
        if (code == QAbstractSocket::RemoteHostClosedError) {
            fail(makeError(TransportError::Kind::ConnectionLost, tr("The server closed the connection")));
        } else {
            fail(makeError(TransportError::Kind::ConnectionLost,
                tr("The connection to %1 was lost: %2").arg(currentPeer(), text)));
        }
        return;
    case Phase::Closing:
        if (m_socket->state() == QAbstractSocket::UnconnectedState) {
            finishClose();
        }
        return;
    case Phase::Idle:
    case Phase::Resolving:
        return;
    }
}

void TcpTransport::onSocketDisconnected()
{
    switch (m_phase) {
    case Phase::Closing:
        finishClose();
        return;
    case Phase::Open:
        fail(makeError(TransportError::Kind::ConnectionLost, tr("The server closed the connection")));
        return;
    case Phase::Handshaking:
        fail(tlsError(tr("the server closed the connection")));
        return;
    case Phase::Idle:
    case Phase::Resolving:
    case Phase::Connecting:
        return;
    }
}

void TcpTransport::onReadyRead()
{
    if (m_busy > 0) {
        // Announced from inside our own write (QSslSocket::flush() decrypts what arrived meanwhile) or a
        // delivery: the reader gets it from the event loop, never nested in itself (issue 11).
        m_readWanted = true;
        return;
    }
    readChunk();
}

void TcpTransport::readChunk()
{
    if (m_busy > 0) {
        m_readWanted = true; // endBusy() asks again
        return;
    }
    m_readWanted = false;
    if (!m_socket || m_readingPaused) {
        return;
    }
    const QByteArray bytes = m_socket->read(ReadChunkBytes);
    if (m_socket->bytesAvailable() > 0) {
        // The rest in the next turn: other events run in between.
        requestRead();
    }
    if (bytes.isEmpty()) {
        return;
    }
    ++m_busy;
    const QPointer<TcpTransport> self(this);
    Q_EMIT dataReceived(bytes);
    if (self) {
        endBusy();
    }
}

void TcpTransport::requestRead()
{
    m_readWanted = true;
    if (m_busy > 0 || m_readScheduled) {
        return;
    }
    m_readScheduled = true;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            m_readScheduled = false;
            if (generation == m_generation && m_readWanted) {
                readChunk();
            }
        },
        Qt::QueuedConnection);
}

void TcpTransport::endBusy()
{
    --m_busy;
    if (m_busy == 0 && m_readWanted) {
        requestRead();
    }
}

void TcpTransport::setReadingPaused(bool paused)
{
    if (paused == m_readingPaused) {
        return;
    }
    m_readingPaused = paused;
    if (!paused && m_socket && m_socket->bytesAvailable() > 0) {
        // readyRead is not emitted again for bytes that are already buffered.
        requestRead();
    }
}

void TcpTransport::onTimeout()
{
    switch (m_phase) {
    case Phase::Connecting:
        if (!m_socket) {
            // The A/AAAA answer for this target did not come in time: the next target may do better.
            m_lastConnectError = hostPort(m_current.host, m_current.port) + u": "_s + tr("DNS lookup timed out");
            ++m_targetIndex;
            m_addressIndex = 0;
        } else {
            m_allHostNotFound = false;
            m_lastConnectError = hostPort(m_current.host, m_current.port) + u": "_s + tr("connection timed out");
        }
        tryNextTarget();
        return;
    case Phase::Handshaking:
        fail(tlsError(tr("the TLS handshake timed out")));
        return;
    case Phase::Closing:
        // The peer does not take the remaining bytes; give up on them.
        finishClose();
        return;
    case Phase::Resolving:
        // A DNS server that does not answer counts as a failed SRV lookup: RFC 6120 §3.2.2 fallback.
        m_srv->abort();
        onTargetsResolved(SrvLookup::orderTargets(m_target.domain, {}, {}), SrvLookup::NoTtl, false);
        return;
    case Phase::Idle:
    case Phase::Open:
        return;
    }
}

void TcpTransport::startTls()
{
    if (!m_socket || m_phase != Phase::Open || m_encrypted) {
        fail(tlsError(tr("TLS cannot be started on this connection")));
        return;
    }
    m_phase = Phase::Handshaking;
    m_timer.start(m_handshakeTimeoutMs);
    m_socket->startClientEncryption();
}

void TcpTransport::write(const QByteArray &bytes)
{
    switch (m_phase) {
    case Phase::Resolving:
    case Phase::Connecting:
        // Kept here, not in the socket: a failed target's socket is thrown away with its buffer.
        m_pendingWrites += bytes;
        return;
    case Phase::Handshaking: {
        // While a handshake runs QSslSocket keeps the bytes and sends them encrypted afterwards.
        ++m_busy;
        const QPointer<TcpTransport> self(this);
        m_socket->write(bytes);
        if (self) {
            endBusy();
        }
        return;
    }
    case Phase::Open: {
        ++m_busy;
        const QPointer<TcpTransport> self(this);
        m_socket->write(bytes);
        if (m_encrypted && m_socket) {
            // Every write becomes TLS records of its own at once (a write of up to 16 KiB is one record), so
            // a record never ends inside a stanza the Connection wrote whole. A server then never holds half
            // a stanza when the connection drops: Prosody 0.12 feeds a resumed stream's bytes into the old
            // connection's parser (XEP-0198), and half a stanza there kills the resumption. The flush may
            // announce received bytes; onReadyRead() defers them (m_busy).
            m_socket->flush();
        }
        if (self) {
            endBusy();
        }
        return;
    }
    case Phase::Idle:
    case Phase::Closing:
        return;
    }
}

void TcpTransport::disconnectFromServer()
{
    switch (m_phase) {
    case Phase::Idle:
    case Phase::Closing:
        return;
    case Phase::Resolving:
    case Phase::Connecting:
        // Nothing was connected yet, so there is nothing to flush and no disconnected() to report.
        ++m_generation;
        m_srv->abort();
        cancelDns();
        m_timer.stop();
        releaseSocket();
        m_pendingWrites.clear();
        m_phase = Phase::Idle;
        return;
    case Phase::Handshaking:
    case Phase::Open: {
        m_phase = Phase::Closing;
        m_timer.start(CloseTimeoutMs);
        // Flushes what is buffered (encrypting it if needed), then closes; may emit disconnected()
        // right away when nothing is pending.
        ++m_busy;
        const QPointer<TcpTransport> self(this);
        m_socket->disconnectFromHost();
        if (self) {
            endBusy();
        }
        return;
    }
    }
}

void TcpTransport::abort()
{
    m_pendingWrites.clear();
    ++m_generation;
    m_srv->abort();
    cancelDns();
    m_timer.stop();
    releaseSocket();
    const bool wasConnected = m_connectedEmitted;
    m_phase = Phase::Idle;
    m_connectedEmitted = false;
    m_encrypted = false;
    if (wasConnected) {
        Q_EMIT disconnected();
    }
}

bool TcpTransport::isEncrypted() const
{
    return m_socket && m_encrypted;
}

TlsInfo TcpTransport::tlsInfo() const
{
    TlsInfo info;
    if (!isEncrypted()) {
        return info;
    }
    const QSslCipher cipher = m_socket->sessionCipher();
    info.protocol = protocolName(m_socket->sessionProtocol(), cipher);
    info.cipher = cipher.name();
    info.sessionResumed = m_sessionResumed;
    return info;
}

QString TcpTransport::peerDescription() const
{
    return m_connectedEmitted ? currentPeer() : QString();
}

bool TcpTransport::isDirectTls() const
{
    return m_connectedEmitted && m_current.directTls;
}

qintptr TcpTransport::socketDescriptor() const
{
    return m_socket ? m_socket->socketDescriptor() : -1;
}

QSslConfiguration TcpTransport::sslConfiguration() const
{
    return m_socket ? m_socket->sslConfiguration() : QSslConfiguration();
}

void TcpTransport::releaseSocket()
{
    if (!m_socket) {
        return;
    }
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    // The socket may be in the middle of emitting (a handshake, an error): close and delete it from the
    // event loop. Unparented so it is cleaned up even if this transport is deleted first.
    socket->setParent(nullptr);
    QTimer::singleShot(0, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

void TcpTransport::fail(const TransportError &error)
{
    if (error.kind == TransportError::Kind::TlsFailed || error.kind == TransportError::Kind::CertificateUntrusted) {
        // Whatever went wrong, the next attempt starts from a clean full handshake.
        TlsSessionCache::instance().remove(m_sessionKey);
    }
    m_pendingWrites.clear();
    m_timer.stop();
    m_srv->abort();
    cancelDns();
    releaseSocket();
    const bool wasConnected = m_connectedEmitted;
    m_phase = Phase::Idle;
    m_connectedEmitted = false;
    m_encrypted = false;
    const quint64 generation = ++m_generation;
    QPointer<TcpTransport> self(this);
    Q_EMIT errorOccurred(error);
    // A slot may have reconnected (new generation) or deleted this transport.
    if (!self || generation != m_generation) {
        return;
    }
    if (wasConnected) {
        Q_EMIT disconnected();
    }
}

void TcpTransport::finishClose()
{
    m_pendingWrites.clear();
    m_timer.stop();
    releaseSocket();
    const bool wasConnected = m_connectedEmitted;
    m_phase = Phase::Idle;
    m_connectedEmitted = false;
    m_encrypted = false;
    ++m_generation;
    if (wasConnected) {
        Q_EMIT disconnected();
    }
}

TransportError TcpTransport::tlsError(const QString &detail) const
{
    return makeError(TransportError::Kind::TlsFailed,
        tr("Secure connection to %1 failed: %2")
            .arg(m_target.domain.isEmpty() ? currentPeer() : m_target.domain, detail));
}

TransportError TcpTransport::certificateError(const QList<QSslError> &errors) const
{
    QSslCertificate leaf = m_socket ? m_socket->peerCertificate() : QSslCertificate();
    for (qsizetype i = 0; leaf.isNull() && i < errors.size(); ++i) {
        leaf = errors.at(i).certificate();
    }
    const QString domain = m_target.domain.isEmpty() ? m_current.host : m_target.domain;

    QStringList reasons;
    for (const QSslError &error : errors) {
        QString reason;
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            reason = tr("self-signed");
            break;
        case QSslError::CertificateExpired:
            reason = tr("expired");
            break;
        case QSslError::CertificateNotYetValid:
            reason = tr("not valid yet");
            break;
        case QSslError::HostNameMismatch: {
            QStringList names = leaf.subjectAlternativeNames().values(QSsl::DnsEntry);
            if (names.isEmpty()) {
                names = leaf.subjectInfo(QSslCertificate::CommonName);
            }
            reason = names.isEmpty() ? tr("issued for a different name")
                                     : tr("issued for %1, not %2").arg(names.join(u", "_s), domain);
            break;
        }
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::InvalidCaCertificate:
            reason = tr("issued by an unknown authority");
            break;
        case QSslError::CertificateRevoked:
            reason = tr("revoked");
            break;
        default:
            reason = error.errorString();
            break;
        }
        if (!reasons.contains(reason)) {
            reasons.append(reason);
        }
    }

    TransportError result;
    result.kind = TransportError::Kind::CertificateUntrusted;
    result.certificate = leaf;
    result.fingerprint = CertificateTrust::fingerprint(leaf);
    result.message = tr("The certificate of %1 is not trusted (%2). SHA-256 fingerprint: %3")
                         .arg(domain, reasons.join(u", "_s), CertificateTrust::displayFingerprint(result.fingerprint));
    return result;
}

QString TcpTransport::currentPeer() const
{
    return m_current.host.isEmpty() ? QString() : hostPort(m_current.host, m_current.port);
}

} // namespace balcony
