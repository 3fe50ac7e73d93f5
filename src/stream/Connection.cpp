#include "Connection.h"

#include "Backoff.h"
#include "BindingTransport.h"
#include "ConnectionPrivate.h"
#include "Negotiator.h"
#include "XmlStreamParser.h"
#include "core/StanzaError.h"
#include "core/StreamHeader.h"
#include "core/XmlWriter.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace balcony {

Q_LOGGING_CATEGORY(lcConnection, "balcony.stream.connection")

namespace {

std::function<QString()> &idGenerator()
{
    static std::function<QString()> generator;
    return generator;
}

QString clientNs()
{
    return QString::fromUtf16(ns::client);
}

ConnectionError fromTransportError(const TransportError &transportError)
{
    ConnectionError error;
    error.message = transportError.message;
    switch (transportError.kind) {
    case TransportError::Kind::HostNotFound:
    case TransportError::Kind::ConnectFailed:
    case TransportError::Kind::ConnectionLost:
        error.kind = ConnectionError::Kind::Network;
        break;
    case TransportError::Kind::TlsFailed:
        error.kind = ConnectionError::Kind::Tls;
        break;
    case TransportError::Kind::CertificateUntrusted:
        error.kind = ConnectionError::Kind::Certificate;
        error.certificate = transportError.certificate;
        error.fingerprint = transportError.fingerprint;
        break;
    }
    return error;
}

} // namespace

Connection::Private::Private(Connection *qq, std::unique_ptr<Transport> t)
    : q(qq)
    , transport(std::move(t))
    , negotiator(*this, settings)
    , router(qq)
{
    connectTimer.setSingleShot(true);
    reconnectTimer.setSingleShot(true);
    closeTimer.setSingleShot(true);
    ackTimer.setSingleShot(true);
    ackTimeoutTimer.setSingleShot(true);
}

void Connection::Private::setState(ConnectionState newState)
{
    if (state == newState) {
        return;
    }
    state = newState;
    if (newState == ConnectionState::Connected || newState == ConnectionState::WaitingToReconnect) {
        watchNetworkLater();
    }
    Q_EMIT q->stateChanged(newState);
}

bool Connection::Private::validateSettings()
{
    ConnectionError error;
    error.kind = ConnectionError::Kind::Configuration;
    if (settings.binding == TransportBinding::Bosh && !settings.boshUrl.isEmpty()
        && (!settings.boshUrl.isValid() || settings.boshUrl.scheme() != u"https")) {
        error.message = tr("The BOSH address must be an https:// URL.");
    } else if (settings.binding == TransportBinding::WebSocket && !settings.websocketUrl.isEmpty()
        && (!settings.websocketUrl.isValid() || settings.websocketUrl.scheme() != u"wss")) {
        error.message = tr("The WebSocket address must be a wss:// URL.");
    } else if (settings.purpose == ConnectionSettings::Purpose::Registration) {
        // Registering needs only the server; the name and password travel in the registration IQs.
        if (!settings.jid.isNull()) {
            return true;
        }
        error.message = tr("The server name is missing or invalid.");
    } else if (settings.jid.isNull() || settings.jid.local().isEmpty()) {
        error.message = tr("The account address must look like name@example.org.");
    } else if (settings.password.isEmpty()) {
        error.message = tr("No password is set for this account.");
    } else {
        return true;
    }
    lastError = error;
    setState(ConnectionState::Disconnected);
    Q_EMIT q->errorOccurred(error);
    return false;
}

void Connection::Private::resetStreamState()
{
    ++generation;
    parser.reset();
    parser.setLimits(settings.parserLimits);
    transportUp = false;
    ourStreamOpen = false;
    closingWritten = false;
    inbox.clear();
    inboxPos = 0;
    inputScheduled = false;
    outChunks.clear();
    if (readingPaused) {
        readingPaused = false;
        transport->setReadingPaused(false);
    }
    boundJid = Jid();
    resumed = false;
    connectTimer.stop();
    closeTimer.stop();
    ackTimer.stop();
    ackTimeoutTimer.stop();
    ackPending = false;
}

void Connection::Private::startAttempt()
{
    resetStreamState();
    stats = ConnectionStats();
    clock.start();
    // XEP-0305 §2: what earlier connects learned steers what this one pipelines.
    const QString domain = settings.jid.domainAce();
    profile = settings.cache ? settings.cache->serverProfile(domain) : ServerProfile();
    stats.profileFromCache = !profile.isNull();
    negotiator.beginConnection(profile, pipelineSessionStart);
    pipelineSessionStart = true;
    setState(ConnectionState::Connecting);
    if (settings.connectTimeoutMs > 0) {
        connectTimer.start(settings.connectTimeoutMs);
    }
    TransportTarget target;
    target.domain = settings.jid.domainAce();
    target.host = settings.host;
    target.port = settings.port;
    target.directTls = settings.directTls;
    // A redirect changes where we connect, never whom we expect: the certificate must still match the
    // original domain (RFC 6120 §4.9.3.19, §13.7.2.1).
    if (!redirectHost.isEmpty()) {
        target.host = redirectHost;
        target.port = redirectPort;
        redirectHost.clear();
        redirectPort = 0;
    }
    target.extraCaCertificates = settings.extraCaCertificates;
    target.trustedFingerprints = settings.trustedFingerprints;
    target.cache = settings.cache;
    target.binding = settings.binding;
    if (settings.binding == TransportBinding::Bosh) {
        target.endpoint = settings.boshUrl;
    } else if (settings.binding == TransportBinding::WebSocket) {
        target.endpoint = settings.websocketUrl;
    }
    if (target.host.isEmpty()) {
        target.lastWorking = SrvLookup::Target { profile.lastHost, profile.lastPort, profile.lastDirectTls };
    }
    transport->connectToServer(target);
}

void Connection::Private::onConnected()
{
    if (state != ConnectionState::Connecting || transportUp) {
        return;
    }
    transportUp = true;
    stats.connectedMs = clock.elapsed();
    stats.roundTrips = 1; // the TCP handshake
    stats.peer = transport->peerDescription();
    stats.directTls = transport->isDirectTls();
    stats.dnsFromCache = transport->usedDnsCache();
    stats.binding = transport->bindingName();
    if (stats.directTls) {
        return; // XEP-0368: the TLS handshake runs now; encrypted() continues
    }
    setState(ConnectionState::Securing);
    negotiator.startPlain();
}

void Connection::Private::onEncrypted()
{
    if (!transportUp || (state != ConnectionState::Securing && state != ConnectionState::Connecting)) {
        return;
    }
    stats.tlsMs = clock.elapsed();
    const TlsInfo negotiated = transport->tlsInfo();
    stats.tlsProtocol = negotiated.protocol;
    stats.tlsResumed = negotiated.sessionResumed;
    // TLS 1.3 completes in one flight from the server; TLS 1.2 (and anything unknown) in two. With the
    // ClientHello pipelined behind <starttls/> (XEP-0305 listing 1) the first flight came back with
    // <proceed/>, in the round trip already counted.
    int tlsFlights = stats.tlsProtocol == u"TLSv1.3" ? 1 : 2;
    if (negotiator.earlyTls()) {
        --tlsFlights;
    }
    countedSetupRoundTrips = transport->setupRoundTrips();
    tlsFlightsGuessed = stats.tlsProtocol.isEmpty();
    stats.roundTrips += tlsFlights + countedSetupRoundTrips;
    setState(ConnectionState::Authenticating);
    negotiator.startSecured();
}

void Connection::Private::refreshTransportStats()
{
    // BOSH: the TLS handshake rides in the first request (its protocol is known once that is answered), and a
    // session creation request that could not carry the <auth/> costs a round trip of its own.
    const int setup = transport->setupRoundTrips();
    stats.roundTrips += setup - countedSetupRoundTrips;
    countedSetupRoundTrips = setup;
    if (tlsFlightsGuessed) {
        const TlsInfo negotiated = transport->tlsInfo();
        if (!negotiated.protocol.isEmpty()) {
            tlsFlightsGuessed = false;
            stats.tlsProtocol = negotiated.protocol;
            stats.tlsResumed = negotiated.sessionResumed;
            if (negotiated.protocol == u"TLSv1.3") {
                --stats.roundTrips; // one flight, not the two counted while it was unknown
            }
        }
    }
}

void Connection::Private::onData(const QByteArray &bytes)
{
    if (!transportUp || bytes.isEmpty()) {
        return;
    }
    inbox.append(bytes);
    inputSinceAckCheck = true;
    if (handlingInput || inputScheduled) {
        // Issue 11: never re-entered. Bytes delivered while a stanza is being handled (a transport flushing a
        // write, a nested event loop) wait for the loop in processInput() or for the turn already queued.
        updateReadingPaused();
        return;
    }
    if (writingToTransport > 0) {
        // Delivered from inside our own write: handled from the event loop, not inside that write.
        scheduleInput();
        updateReadingPaused();
        return;
    }
    processInput();
}

void Connection::Private::processInput()
{
    inputScheduled = false;
    if (!transportUp || handlingInput) {
        return;
    }
    const QPointer<Connection> self(q);
    const quint64 gen = generation;
    handlingInput = true;
    ++collectingWrites;
    qsizetype bytesLeft = MaxInputBytesPerTurn;
    int eventsLeft = MaxEventsPerTurn;
    bool turnUsedUp = false;
    for (;;) {
        std::optional<ParserEvent> event = parser.next();
        if (!event) {
            const qsizetype pending = inbox.size() - inboxPos;
            if (pending == 0) {
                break;
            }
            if (bytesLeft == 0) {
                turnUsedUp = true;
                break;
            }
            const qsizetype n = std::min(pending, bytesLeft);
            parser.addData(QByteArrayView(inbox).sliced(inboxPos, n));
            inboxPos += n;
            bytesLeft -= n;
            continue;
        }
        handleEvent(*event);
        if (!self) {
            return;
        }
        if (gen != generation) {
            break; // the stream was torn down; resetStreamState() dropped what it left
        }
        if (--eventsLeft == 0) {
            turnUsedUp = true;
            break;
        }
    }
    handlingInput = false;
    --collectingWrites;
    if (inboxPos == inbox.size()) {
        inbox.clear();
        inboxPos = 0;
    } else if (inboxPos >= inbox.size() / 2) {
        inbox.remove(0, inboxPos);
        inboxPos = 0;
    }
    // Everything written while this turn's input was handled, in as few writes as whole stanzas allow.
    flushOutput();
    if (!self) {
        return;
    }
    if (transportUp && (turnUsedUp || inboxPos < inbox.size())) {
        scheduleInput();
    }
    updateReadingPaused();
}

void Connection::Private::scheduleInput()
{
    if (inputScheduled) {
        return;
    }
    inputScheduled = true;
    const quint64 gen = generation;
    // Queued, not called: the rest waits for the next event loop turn.
    QMetaObject::invokeMethod(
        q,
        [this, gen] {
            if (gen == generation && inputScheduled) {
                processInput();
            }
        },
        Qt::QueuedConnection);
}

void Connection::Private::updateReadingPaused()
{
    if (!transportUp) {
        return;
    }
    const qsizetype pending = inbox.size() - inboxPos;
    // Paused above MaxPendingInputBytes, resumed once one turn can take what is left.
    const bool pause = readingPaused ? pending > MaxInputBytesPerTurn : pending > MaxPendingInputBytes;
    if (pause != readingPaused) {
        readingPaused = pause;
        transport->setReadingPaused(pause);
    }
}

void Connection::Private::handleEvent(const ParserEvent &event)
{
    switch (event.type) {
    case ParserEvent::Type::Error: {
        // RFC 6120 §4.9.1.2: tell the server why, close our stream, close the connection.
        ConnectionError error;
        error.kind = ConnectionError::Kind::Stream;
        error.streamError = event.error;
        error.message = tr("The server sent invalid data (%1); the connection was closed.")
                            .arg(StreamError::conditionName(event.error.condition));
        terminate(error, event.error);
        return;
    }
    case ParserEvent::Type::StreamClosed:
        if (state == ConnectionState::Disconnecting) {
            // Our </stream:stream> was answered: close the TCP connection (RFC 6120 §4.4).
            flushOutput();
            transport->disconnectFromServer();
            return;
        }
        {
            ConnectionError error;
            error.kind = ConnectionError::Kind::Network;
            error.message = tr("The server closed the connection.");
            terminate(error);
        }
        return;
    case ParserEvent::Type::StreamOpened:
        if (state != ConnectionState::Connected && state != ConnectionState::Disconnecting) {
            negotiator.handleEvent(event);
        }
        return;
    case ParserEvent::Type::Element:
        if (event.element.ns() == ns::stream && event.element.name() == u"error") {
            handleStreamError(event.element);
            return;
        }
        if (event.element.ns() == ns::sm && negotiator.stage() != Negotiator::Stage::Resuming) {
            handleSmElement(event.element);
            return;
        }
        if (event.element.ns() == ns::client) {
            sm.stanzaReceived(); // XEP-0198 §4: every stanza counts, whoever handles it
        }
        // A registration stream has no bound JID; once it is secured, stanzas are the server's IQ answers.
        if ((!boundJid.isNull() || settings.purpose == ConnectionSettings::Purpose::Registration)
            && negotiator.stage() == Negotiator::Stage::Done) {
            route(event.element);
            return;
        }
        if (state != ConnectionState::Disconnecting) {
            negotiator.handleEvent(event);
        }
        return;
    }
}

void Connection::Private::handleStreamError(const Element &element)
{
    const StreamError streamError = StreamError::fromElement(element);
    if (streamError.condition == StreamErrorCondition::SeeOtherHost && !redirected && !userClosing) {
        if (const auto target = Negotiator::parseRedirect(streamError.seeOtherHost)) {
            qCInfo(lcConnection) << "redirected to" << streamError.seeOtherHost;
            redirected = true;
            // Close this stream politely, then connect to the new host at once (no backoff: the server
            // told us where to go).
            writeClosing();
            resetStreamState();
            transport->abort();
            redirectHost = target->first;
            redirectPort = target->second;
            startAttempt();
            return;
        }
    }
    ConnectionError error;
    error.kind = ConnectionError::Kind::Stream;
    error.streamError = streamError;
    error.message = Negotiator::describeStreamError(streamError);
    terminate(error);
}

void Connection::Private::route(const Element &element)
{
    const QString name = element.name();
    const bool isStanza = element.ns() == ns::client && (name == u"message" || name == u"presence" || name == u"iq");
    const bool isIq = isStanza && name == u"iq";
    const QString type = element.attribute(u"type");
    const bool isRequest = isIq && (type == u"get" || type == u"set");
    if (isStanza) {
        const QString from = element.attribute(u"from");
        if (!from.isEmpty() && !Jid::parse(from)) {
            // RFC 6120 §8.3.3.8: answer a request we cannot attribute; drop everything else.
            if (isRequest) {
                replyError(element, StanzaError::Condition::JidMalformed);
            }
            return;
        }
        if (isRequest && element.attribute(u"id").isEmpty()) {
            // RFC 6120 §8.1.3: a request without id cannot be answered, so no handler may see it (a module
            // would answer it, and a disco or ping reply without id is itself a protocol error).
            qCDebug(lcConnection) << "dropping an iq request without id from" << from;
            return;
        }
        if (isIq && !isRequest) {
            // Responses belong to the tracker; one that matches no request (or comes from the wrong
            // sender) is dropped without a reply (RFC 6120 §8.2.3).
            tracker.handleResponse(element);
            return;
        }
    }
    const QPointer<Connection> self(q);
    const quint64 gen = generation;
    for (const quint64 id : router.observers()) {
        if (const StanzaRouter::Observer observer = router.observer(id)) {
            observer(element);
            if (!self || gen != generation) {
                return;
            }
        }
    }
    // The modules that registered for this stanza's payload or element (StanzaRouter), not a chain of all.
    for (const quint64 id : router.handlersFor(element)) {
        const StanzaHandler handler = router.handler(id);
        if (!handler) {
            continue; // removed by an earlier handler
        }
        const bool taken = handler(element);
        if (!self || gen != generation) {
            return;
        }
        if (taken) {
            return;
        }
    }
    if (isRequest) {
        // RFC 6120 §8.4: nobody here understands this request.
        replyError(element, StanzaError::Condition::ServiceUnavailable);
        return;
    }
    if (isStanza) {
        Q_EMIT q->stanzaReceived(element);
    }
}

void Connection::Private::replyError(const Element &request, StanzaError::Condition condition)
{
    const QString id = request.attribute(u"id");
    if (id.isEmpty()) {
        return; // not answerable (RFC 6120 §8.1.3: an iq without id is itself an error)
    }
    Element reply(u"iq"_s, clientNs());
    reply.setAttribute(u"type"_s, u"error"_s);
    reply.setAttribute(u"id"_s, id);
    if (request.hasAttribute(u"from")) {
        reply.setAttribute(u"to"_s, request.attribute(u"from"));
    }
    StanzaError error;
    error.condition = condition;
    error.type = StanzaError::defaultType(condition);
    reply.appendChild(error.toElement());
    if (const auto bytes = XmlWriter::serialize(reply, clientNs())) {
        writeStanza(reply, *bytes);
    }
}

void Connection::Private::write(const QByteArray &bytes)
{
    if (!transportUp || bytes.isEmpty()) {
        return;
    }
    if (closingWritten) {
        // RFC 6120 §4.4: after our closing tag the stream is over for us, whoever wants to write (an <a/> for
        // the server's <r/>, the post-burst <r/> timer, a module answering a stanza).
        qCDebug(lcConnection) << "not writing after </stream:stream>:" << bytes.left(64);
        return;
    }
    if (collectingWrites > 0) {
        if (outChunks.isEmpty() || outChunks.last().size() + bytes.size() > MaxWriteBytes) {
            outChunks.append(bytes);
        } else {
            outChunks.last() += bytes;
        }
        return;
    }
    transportWrite(bytes);
}

void Connection::Private::flushOutput()
{
    const QList<QByteArray> chunks = std::exchange(outChunks, {});
    for (const QByteArray &chunk : chunks) {
        if (!transportUp) {
            return;
        }
        transportWrite(chunk);
    }
}

void Connection::Private::transportWrite(const QByteArray &bytes)
{
    ++writingToTransport;
    transport->write(bytes);
    --writingToTransport;
}

void Connection::Private::writeClosing(const std::optional<StreamError> &error)
{
    if (!transportUp || !ourStreamOpen || closingWritten) {
        return;
    }
    // What was written before the close goes out before it.
    flushOutput();
    if (!transportUp) {
        return;
    }
    QByteArray out;
    if (error) {
        out += XmlWriter::serializeLossy(error->toElement(), clientNs());
    }
    out += XmlWriter::streamClosing();
    closingWritten = true;
    transportWrite(out);
}

void Connection::Private::negotiatorWrite(const QByteArray &bytes)
{
    if (bytes.startsWith("<?xml")) {
        ourStreamOpen = true;
    }
    write(bytes);
}

void Connection::Private::negotiatorStartTls(bool alreadyStarted)
{
    // Whatever followed <proceed/> in the clear is dropped, not fed to the encrypted stream: it could be
    // injected by an attacker (CVE-2011-0411 class).
    parser.reset();
    inbox.clear();
    inboxPos = 0;
    ourStreamOpen = false;
    if (!alreadyStarted) {
        flushOutput(); // written before TLS: in the clear, as it was meant
        transport->startTls();
    }
}

void Connection::Private::negotiatorStartTlsEarly()
{
    flushOutput();
    transport->startTls();
}

void Connection::Private::negotiatorRestartStream(const QString &mechanism)
{
    stats.authenticatedMs = clock.elapsed();
    stats.saslMechanism = mechanism;
    // The server may already have sent its new header after <success/>; keep those bytes.
    const QByteArray rest = parser.reset();
    parser.addData(rest);
    setState(ConnectionState::Binding);
}

void Connection::Private::negotiatorBound(const Jid &jid)
{
    boundJid = jid;
    stats.boundMs = clock.elapsed();
    stats.httpRequests = transport->httpRequests();
    refreshTransportStats();
    tracker.setOwnJid(jid);
}

void Connection::Private::negotiatorFinished(const Element &streamFeatures)
{
    features = streamFeatures;
    sessionJid = boundJid;
    if (!negotiator.extrasSent()) {
        // Not pipelined with the bind (first connect, or a server that wants the session IQ first).
        const QByteArray extras = negotiatorAfterBind(streamFeatures);
        if (!extras.isEmpty()) {
            write(extras);
        }
    } else {
        stats.pipelinedSessionStart = true;
    }
    enterConnected();
    Q_EMIT q->connected();
}

void Connection::Private::negotiatorSecuredForRegistration(const Element &streamFeatures)
{
    features = streamFeatures;
    // No account is bound: the server answers on its own behalf, without 'from' or from its domain (XEP-0077
    // §3.1), so the tracker takes the domain as this stream's own address for requests without 'to'.
    if (const auto domain = Jid::parse(settings.jid.domain())) {
        tracker.setOwnJid(*domain);
    }
    enterConnected();
    Q_EMIT q->connected();
}

void Connection::Private::enterConnected()
{
    rememberServer();
    connectTimer.stop();
    backoff.reset();
    quickRetryUsed = false;
    redirected = false;
    lastError = ConnectionError();
    setState(ConnectionState::Connected);
}

void Connection::Private::negotiatorFailed(const ConnectionError &error, const std::optional<StreamError> &sendError)
{
    if (error.kind == ConnectionError::Kind::Binding && negotiator.extrasSent()) {
        // The stanzas pipelined behind a refused bind broke this stream; the next attempt binds first.
        pipelineSessionStart = false;
    }
    terminate(error, sendError);
}

void Connection::Private::terminate(ConnectionError error, const std::optional<StreamError> &sendError)
{
    if (transportUp) {
        writeClosing(sendError);
        transportUp = false; // its disconnected() is ours, not news
        transport->disconnectFromServer();
    } else {
        transport->abort();
    }
    handleLoss(std::move(error));
}

void Connection::Private::handleLoss(ConnectionError error)
{
    const bool hadConnection = stats.connectedMs >= 0;
    resetStreamState();
    // A registration stream is one exchange the user waits for: never retried behind their back.
    const bool retry = settings.autoReconnect && settings.purpose == ConnectionSettings::Purpose::Session
        && !userClosing && Backoff::shouldRetry(error);
    error.willRetry = retry;
    lastError = error;
    if (retry) {
        // A resumable session is worth reconnecting at once (the server keeps it only for a while); a
        // second failure falls back to the jittered backoff, so a server restart does not see a storm.
        std::chrono::milliseconds delay(0);
        if (!sm.isResumable() || quickRetryUsed) {
            delay = backoff.nextDelay();
        }
        quickRetryUsed = quickRetryUsed || sm.isResumable();
        qCInfo(lcConnection) << "connection lost:" << error.message << "- reconnecting in" << delay.count() << "ms";
        setState(ConnectionState::WaitingToReconnect);
        reconnectTimer.start(delay);
    } else {
        setState(ConnectionState::Disconnected);
    }
    const QPointer<Connection> self(q);
    // Requests survive only in a session that can be resumed (XEP-0198 §5).
    smConnectionLost();
    if (!self) {
        return;
    }
    Q_EMIT q->errorOccurred(error);
    if (self && hadConnection) {
        Q_EMIT q->disconnected();
    }
}

void Connection::Private::finishDisconnect()
{
    const bool wasUp = state != ConnectionState::Disconnected;
    resetStreamState();
    setState(ConnectionState::Disconnected);
    const QPointer<Connection> self(q);
    // A clean close ends the session (XEP-0198 §5: the server does not keep it either).
    sm.reset();
    queued.clear();
    hadSession = false;
    sessionLost = false;
    tracker.cancelAll();
    if (self && wasUp) {
        Q_EMIT q->disconnected();
    }
}

void Connection::Private::onTransportError(const TransportError &transportError)
{
    switch (state) {
    case ConnectionState::Disconnected:
    case ConnectionState::WaitingToReconnect:
        return; // a late report about a connection we already gave up
    case ConnectionState::Disconnecting:
        finishDisconnect();
        return;
    default:
        break;
    }
    transportUp = false;
    handleLoss(fromTransportError(transportError));
}

void Connection::Private::onTransportDisconnected()
{
    if (!transportUp) {
        return;
    }
    transportUp = false;
    if (state == ConnectionState::Disconnecting) {
        finishDisconnect();
        return;
    }
    ConnectionError error;
    error.kind = ConnectionError::Kind::Network;
    error.message = tr("The connection to the server was lost.");
    handleLoss(error);
}

Connection::Connection(QObject *parent)
    : Connection(std::make_unique<BindingTransport>(), parent)
{
}

Connection::Connection(std::unique_ptr<Transport> transport, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(transport)))
{
    // The first receiver of sessionStarting(), whoever else connects later: the modules' session steps run in
    // SessionStep order before any other slot (and also when a test emits the signal to simulate a session).
    connect(this, &Connection::sessionStarting, this, [this](bool lost) { d->runSessionSteps(lost); });
    Transport *t = d->transport.get();
    connect(t, &Transport::connected, this, [this] { d->onConnected(); });
    connect(t, &Transport::encrypted, this, [this] { d->onEncrypted(); });
    connect(t, &Transport::dataReceived, this, [this](const QByteArray &bytes) { d->onData(bytes); });
    connect(t, &Transport::errorOccurred, this, [this](const TransportError &e) { d->onTransportError(e); });
    connect(t, &Transport::disconnected, this, [this] { d->onTransportDisconnected(); });
    connect(&d->reconnectTimer, &QTimer::timeout, this, [this] { d->startAttempt(); });
    connect(&d->connectTimer, &QTimer::timeout, this, [this] {
        if (d->negotiator.stage() == Negotiator::Stage::Resuming) {
            d->abandonResumption = true;
        }
        ConnectionError error;
        error.kind = ConnectionError::Kind::Timeout;
        error.message = tr("The server did not complete the login in time.");
        d->terminate(error);
    });
    connect(&d->ackTimer, &QTimer::timeout, this, [this] { d->sendAckRequest(); });
    connect(&d->ackTimeoutTimer, &QTimer::timeout, this, [this] { d->onAckTimeout(); });
    connect(&d->closeTimer, &QTimer::timeout, this, [this] {
        // The server did not answer our </stream:stream> in time: close anyway.
        d->transportUp = false;
        d->transport->abort();
        d->finishDisconnect();
    });
}

Connection::~Connection()
{
    d->transport->disconnect(this);
    d->transport->abort();
}

void Connection::setSettings(const ConnectionSettings &settings)
{
    d->settings = settings;
}

const ConnectionSettings &Connection::settings() const
{
    return d->settings;
}

void Connection::connectToServer()
{
    if (d->state != ConnectionState::Disconnected && d->state != ConnectionState::WaitingToReconnect) {
        return;
    }
    d->reconnectTimer.stop();
    d->userClosing = false;
    d->redirected = false;
    if (!d->validateSettings()) {
        return;
    }
    d->startAttempt();
}

void Connection::disconnectFromServer()
{
    d->userClosing = true;
    d->reconnectTimer.stop();
    d->connectTimer.stop();
    switch (d->state) {
    case ConnectionState::Disconnected:
    case ConnectionState::Disconnecting:
        return;
    case ConnectionState::WaitingToReconnect:
        d->setState(ConnectionState::Disconnected);
        return;
    default:
        break;
    }
    if (d->transportUp && d->ourStreamOpen) {
        // RFC 6120 §4.4: close our stream and wait (bounded) for the server to close its own.
        d->writeClosing();
        d->setState(ConnectionState::Disconnecting);
        d->closeTimer.start(d->closeTimeoutMs);
        return;
    }
    d->transportUp = false;
    d->transport->abort();
    d->finishDisconnect();
}

void Connection::setSleeping(bool sleeping)
{
    if (sleeping) {
        d->transport->prepareForSleep();
    } else {
        d->transport->wake();
    }
}

ConnectionState Connection::state() const
{
    return d->state;
}

Jid Connection::boundJid() const
{
    return d->state == ConnectionState::Connected ? d->boundJid : Jid();
}

ConnectionStats Connection::stats() const
{
    return d->stats;
}

bool Connection::hasUnhandledInput() const
{
    return d->transportUp
        && (d->handlingInput || d->inputScheduled || d->readingPaused || d->inboxPos < d->inbox.size());
}

ConnectionError Connection::lastError() const
{
    return d->lastError;
}

bool Connection::isStreamManagementEnabled() const
{
    return d->sm.isEnabled();
}

int Connection::unacknowledgedCount() const
{
    return int(d->sm.unackedCount() + d->queued.size());
}

void Connection::setAckTimeout(int ms)
{
    d->ackTimeoutMs = ms;
}

Element Connection::streamFeatures() const
{
    return d->features;
}

bool Connection::send(const Element &stanza)
{
    if (!d->canWriteStanzas() && !d->canQueueStanzas()) {
        return false;
    }
    Element copy = stanza;
    if (copy.ns().isEmpty()) {
        copy.setNs(clientNs());
    }
    QString error;
    const auto bytes = XmlWriter::serialize(copy, clientNs(), &error);
    if (!bytes) {
        qCWarning(lcConnection) << "not sending a stanza that is not valid XML:" << error;
        return false;
    }
    if (d->canWriteStanzas()) {
        d->writeStanza(copy, *bytes);
    } else {
        d->queueStanza(copy, *bytes);
    }
    return true;
}

bool Connection::sendSerialized(const Element &stanza, const QByteArray &xml)
{
    if (xml.isEmpty() || (!d->canWriteStanzas() && !d->canQueueStanzas())) {
        return false;
    }
    Element copy = stanza;
    if (copy.ns().isEmpty()) {
        copy.setNs(clientNs());
    }
    if (d->canWriteStanzas()) {
        d->writeStanza(copy, xml);
    } else {
        d->queueStanza(copy, xml);
    }
    return true;
}

bool Connection::sendNonza(const Element &nonza)
{
    if (!d->canWriteStanzas()) {
        return false;
    }
    QString error;
    const auto bytes = XmlWriter::serialize(nonza, clientNs(), &error);
    if (!bytes) {
        qCWarning(lcConnection) << "not sending a nonza that is not valid XML:" << error;
        return false;
    }
    if (d->inSessionStart) {
        d->sessionStartBytes += *bytes;
    } else {
        d->write(*bytes);
    }
    return true;
}

QString Connection::sendIq(Element iq, IqTracker::Callback callback)
{
    auto cancel = [&callback] {
        if (callback) {
            callback(IqResult { IqResult::Status::Cancelled, {}, {} });
        }
        return QString();
    };
    const QString type = iq.attribute(u"type");
    if ((!d->canWriteStanzas() && !d->canQueueStanzas()) || iq.name() != u"iq" || (type != u"get" && type != u"set")) {
        return cancel();
    }
    if (iq.ns().isEmpty()) {
        iq.setNs(clientNs());
    }
    if (iq.attribute(u"id").isEmpty()) {
        iq.setAttribute(u"id"_s, generateId());
    }
    QString error;
    const auto bytes = XmlWriter::serialize(iq, clientNs(), &error);
    if (!bytes) {
        qCWarning(lcConnection) << "not sending an iq that is not valid XML:" << error;
        return cancel();
    }
    const QString id = iq.attribute(u"id");
    d->tracker.track(iq, std::move(callback), d->settings.iqTimeoutMs);
    if (d->canWriteStanzas()) {
        d->writeStanza(iq, *bytes);
    } else {
        d->queueStanza(iq, *bytes);
    }
    return id;
}

void Connection::addStanzaHandler(const QObject *owner, const StanzaRoute &route, StanzaHandler handler)
{
    d->router.addHandler(owner, route, std::move(handler));
}

void Connection::addSenderStanzaHandler(const QObject *owner, const QString &stanza, StanzaHandler handler)
{
    d->router.addSenderHandler(owner, stanza, std::move(handler));
}

void Connection::addStanzaHandler(const QObject *owner, StanzaHandler handler)
{
    d->router.addHandler(owner, StanzaRoute(), std::move(handler));
}

void Connection::addStanzaObserver(const QObject *owner, std::function<void(const Element &)> observer)
{
    d->router.addObserver(owner, std::move(observer));
}

void Connection::addSessionStep(
    const QObject *owner, SessionStep step, std::function<void(bool previousSessionLost)> start)
{
    d->router.addSessionStep(owner, step, std::move(start));
}

QString Connection::generateId()
{
    if (const auto &generator = idGenerator()) {
        return generator();
    }
    // 96 bits from the system CSPRNG: ids must not be guessable (RFC 6120 §8.1.3, spoofed replies).
    quint32 words[3];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void Connection::setIdGenerator(std::function<QString()> generator)
{
    idGenerator() = std::move(generator);
}

void Connection::setBackoffRandomSource(std::function<qint64(qint64)> random)
{
    d->backoff = Backoff(std::move(random));
}

void Connection::setCloseTimeout(int ms)
{
    d->closeTimeoutMs = ms;
}

} // namespace balcony
