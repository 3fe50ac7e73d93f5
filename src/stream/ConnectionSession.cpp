// Connection, continued: session start (XEP-0305 pipelining of the session-start stanzas), XEP-0198 stream
// management and resumption, the server profile cache, and reacting to network changes.

#include "ConnectionPrivate.h"
#include "core/StreamHeader.h"
#include "core/XmlWriter.h"

#include <QNetworkInformation>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

// Ask for an ack at the latest after this many unacknowledged stanzas, so that the resend queue stays
// short even under a continuous flow (XEP-0198 §4 leaves the policy to the client).
constexpr qsizetype AckRequestEvery = 50;

QString clientNs()
{
    return QString::fromUtf16(ns::client);
}

QByteArray serializedSm(const Element &e)
{
    // SM elements carry only fixed names and numbers: always valid XML.
    return XmlWriter::serializeLossy(e, clientNs());
}

bool isMessage(const Element &stanza)
{
    return stanza.name() == u"message";
}

} // namespace

bool Connection::Private::canWriteStanzas() const
{
    return transportUp && (inSessionStart || state == ConnectionState::Connected);
}

bool Connection::Private::canQueueStanzas() const
{
    // Only while a session exists that will carry them: a resumable one (XEP-0198), or while the
    // reconnect of a session is under way (they go out in the new session's start).
    if (userClosing || state == ConnectionState::Disconnected || state == ConnectionState::Disconnecting) {
        return false;
    }
    return sm.isResumable() || (hadSession && settings.autoReconnect);
}

void Connection::Private::queueStanza(const Element &stanza, const QByteArray &bytes)
{
    queued.append(Queued { stanza, bytes });
}

void Connection::Private::writeStanza(const Element &stanza, const QByteArray &bytes)
{
    sm.stanzaSent(stanza, bytes);
    if (inSessionStart) {
        sessionStartBytes += bytes;
        // Modules that resend at the session start (the outbox after a restart) may write hundreds of stanzas
        // into this one write: ask for an ack every AckRequestEvery of them, as flushQueued() does.
        if (sm.isEnableSent() && ++sentSinceAckRequest >= AckRequestEvery) {
            sessionStartBytes += serializedSm(StreamManagement::requestElement());
            sentSinceAckRequest = 0;
            ackPending = true;
        }
        return;
    }
    write(bytes);
    ++sentSinceAckRequest;
    scheduleAckRequest();
}

void Connection::Private::negotiatorSendStanza(const Element &stanza)
{
    writeStanza(stanza, XmlWriter::serializeLossy(stanza, clientNs()));
}

QByteArray Connection::Private::negotiatorAfterBind(const Element &streamFeatures)
{
    QByteArray out;
    // Pipelined on the strength of the cached profile when this stream's features are not here yet.
    const Element known = streamFeatures.isNull() ? profile.sessionFeatures : streamFeatures;
    if (settings.streamManagement && known.hasChild(u"sm", ns::sm)) {
        // XEP-0198 §3: counting starts with the <enable/>; everything after it in this write is counted.
        out += serializedSm(StreamManagement::enableRequest());
        sm.markEnableSent();
    } else {
        sm.reset();
    }
    out += startSession();
    return out;
}

void Connection::Private::runSessionSteps(bool previousSessionLost)
{
    // The modules' first stanzas in the order the protocol needs (SessionStep), not their construction order.
    const QPointer<Connection> self(q);
    for (const quint64 id : router.sessionSteps()) {
        if (const StanzaRouter::SessionStart start = router.sessionStep(id)) {
            start(previousSessionLost);
            if (!self) {
                return;
            }
        }
    }
}

QByteArray Connection::Private::startSession()
{
    inSessionStart = true;
    sessionStartBytes.clear();
    sentSinceAckRequest = 0;
    const bool lost = hadSession && sessionLost;
    hadSession = true;
    sessionLost = false;
    const QPointer<Connection> self(q);
    Q_EMIT q->sessionStarting(lost); // the session steps first (runSessionSteps()), then everyone else
    if (!self) {
        return {};
    }
    // Then what was waiting for a stream, in the order it was sent: what fits rides along, the rest follows
    // in writes of whole stanzas right after (see MaxWriteBytes).
    qsizetype taken = 0;
    while (taken < queued.size() && sessionStartBytes.size() + queued.at(taken).bytes.size() <= MaxWriteBytes) {
        writeStanza(queued.at(taken).stanza, queued.at(taken).bytes);
        ++taken;
    }
    queued.remove(0, taken);
    inSessionStart = false;
    if (!queued.isEmpty()) {
        QTimer::singleShot(0, q, [this] { flushQueued(); });
    }
    if (sm.isEnableSent() && sm.unackedCount() > 0) {
        sessionStartBytes += serializedSm(StreamManagement::requestElement());
        ackPending = true;
        sentSinceAckRequest = 0;
    }
    return std::exchange(sessionStartBytes, {});
}

void Connection::Private::writeGrouped(const QList<QByteArray> &parts)
{
    // write() groups what it collects into writes of whole stanzas of at most MaxWriteBytes.
    ++collectingWrites;
    for (const QByteArray &part : parts) {
        write(part);
    }
    --collectingWrites;
    if (collectingWrites == 0) {
        flushOutput();
    }
}

void Connection::Private::flushQueued()
{
    // After a session start whose write could not take everything queued: the rest, once the stream is
    // still ours (a drop in between leaves them queued for the next session).
    if (!transportUp || queued.isEmpty()
        || (state != ConnectionState::Connected && state != ConnectionState::Binding)) {
        return;
    }
    QList<QByteArray> parts;
    for (const Queued &item : std::as_const(queued)) {
        sm.stanzaSent(item.stanza, item.bytes);
        parts.append(item.bytes);
        // An <r/> after every AckRequestEvery stanzas inside the burst: the server answers each as it gets
        // there, so the outbox learns what is safe while the rest is still in flight (a crash then resends
        // only the tail, not the whole burst).
        if (sm.isEnableSent() && ++sentSinceAckRequest >= AckRequestEvery) {
            parts.append(serializedSm(StreamManagement::requestElement()));
            sentSinceAckRequest = 0;
            ackPending = true;
        }
    }
    queued.clear();
    writeGrouped(parts);
    if (ackPending && !ackTimeoutTimer.isActive()) {
        armAckTimeout(ackTimeoutMs);
    }
    scheduleAckRequest();
}

std::optional<Element> Connection::Private::negotiatorResumeRequest()
{
    if (!settings.streamManagement) {
        return std::nullopt;
    }
    const auto request = sm.resumeRequest();
    if (request) {
        qCDebug(lcConnection) << "resuming" << request->attribute(u"previd") << "h" << request->attribute(u"h")
                              << "unacked" << sm.unackedCount();
    }
    return request;
}

void Connection::Private::negotiatorResumed(const Element &resumedElement, const Element &streamFeatures)
{
    QList<StreamManagement::Unacked> resend;
    refreshTransportStats();
    qCDebug(lcConnection) << "resumed, server h" << resumedElement.attribute(u"h");
    if (sm.handleResumed(resumedElement, &resend) == StreamManagement::AckResult::TooHigh) {
        StreamError error;
        error.condition = StreamErrorCondition::UndefinedCondition;
        error.text = u"handled-count-too-high (XEP-0198)"_s;
        ConnectionError connectionError;
        connectionError.kind = ConnectionError::Kind::Stream;
        connectionError.streamError = error;
        connectionError.message = tr("The server acknowledged messages it was never sent; the session was reset.");
        sm.takeUnackedAndReset();
        sessionLost = true;
        terminate(connectionError, error);
        return;
    }
    if (!streamFeatures.isNull()) {
        features = streamFeatures;
    }
    boundJid = sessionJid;
    resumed = true;
    stats.resumed = true;
    stats.boundMs = clock.elapsed();
    // The unacknowledged stanzas again, in order and exactly once, then what was sent while offline, in
    // writes of whole stanzas.
    QList<QByteArray> parts;
    for (const auto &u : resend) {
        parts.append(u.bytes);
    }
    const QList<Queued> waiting = std::exchange(queued, {});
    for (const Queued &item : waiting) {
        sm.stanzaSent(item.stanza, item.bytes);
        parts.append(item.bytes);
    }
    stats.resentStanzas = int(resend.size());
    if (!parts.isEmpty()) {
        parts.append(serializedSm(StreamManagement::requestElement()));
        ackPending = true;
        armAckTimeout(ackTimeoutMs);
        writeGrouped(parts);
    }
    enterConnected();
    const QPointer<Connection> self(q);
    const QList<Element> acked = sm.takeAcknowledged();
    if (!acked.isEmpty()) {
        Q_EMIT q->stanzasAcknowledged(acked);
    }
    if (!self) {
        return;
    }
    Q_EMIT q->sessionResumed(int(resend.size()));
    if (self) {
        Q_EMIT q->connected();
    }
}

void Connection::Private::negotiatorResumeFailed(const Element &failed)
{
    // XEP-0198 §5: the old session is gone. Messages it never handled go to the new session (they may
    // arrive twice if the server handled them without saying so: the message layer de-duplicates by
    // origin-id); presences and IQs belong to the old session and are re-issued by the modules, which
    // learn from sessionStarting(true) that they must re-synchronise.
    const QList<StreamManagement::Unacked> rest = sm.handleResumeFailed(failed);
    QList<Queued> carried;
    for (const auto &u : rest) {
        if (isMessage(u.stanza)) {
            carried.append(Queued { u.stanza, u.bytes });
        }
    }
    for (const Queued &item : std::as_const(queued)) {
        if (isMessage(item.stanza)) {
            carried.append(item);
        }
    }
    queued = carried;
    sessionLost = true;
    stats.resumed = false;
    qCInfo(lcConnection) << "stream resumption failed; starting a new session," << carried.size()
                         << "unacknowledged messages carried over";
    const QPointer<Connection> self(q);
    const QList<Element> acked = sm.takeAcknowledged();
    if (!acked.isEmpty()) {
        Q_EMIT q->stanzasAcknowledged(acked);
    }
    if (self) {
        tracker.cancelAll();
    }
}

void Connection::Private::smConnectionLost()
{
    if (!userClosing && settings.autoReconnect && sm.isResumable() && !std::exchange(abandonResumption, false)) {
        return; // everything stays: the next stream resumes (or learns that it cannot)
    }
    abandonResumption = false;
    // No resumption: IQs are lost with the stream; unacknowledged messages wait for the next session
    // (if one comes), as after a failed resumption.
    const QList<StreamManagement::Unacked> rest = sm.takeUnackedAndReset();
    QList<Queued> carried;
    for (const auto &u : rest) {
        if (isMessage(u.stanza)) {
            carried.append(Queued { u.stanza, u.bytes });
        }
    }
    carried.append(queued);
    queued = carried;
    if (hadSession) {
        sessionLost = true;
    }
    tracker.cancelAll();
}

void Connection::Private::handleSmElement(const Element &element)
{
    const QString name = element.name();
    if (name == u"r") {
        write(serializedSm(sm.ackElement()));
        return;
    }
    if (name == u"a") {
        if (sm.handleAck(element) == StreamManagement::AckResult::TooHigh) {
            StreamError error;
            error.condition = StreamErrorCondition::UndefinedCondition;
            error.text = u"handled-count-too-high (XEP-0198)"_s;
            ConnectionError connectionError;
            connectionError.kind = ConnectionError::Kind::Stream;
            connectionError.streamError = error;
            connectionError.message
                = tr("The server acknowledged messages it was never sent; the connection was closed.");
            // A session whose counts cannot be trusted is not resumed: its messages go to a new one.
            QList<Queued> carried;
            for (const auto &u : sm.takeUnackedAndReset()) {
                if (isMessage(u.stanza)) {
                    carried.append(Queued { u.stanza, u.bytes });
                }
            }
            queued = carried + queued;
            sessionLost = true;
            terminate(connectionError, error);
            return;
        }
        ackPending = false;
        ackTimeoutTimer.stop();
        const QList<Element> acked = sm.takeAcknowledged();
        if (!acked.isEmpty()) {
            Q_EMIT q->stanzasAcknowledged(acked);
        }
        return;
    }
    if (name == u"enabled") {
        if (sm.handleEnabled(element)) {
            stats.smEnabledMs = clock.elapsed();
            qCDebug(lcConnection) << "stream management enabled, resumable:" << sm.isResumable();
        }
        return;
    }
    if (name == u"failed") {
        // The answer to <enable/> (a failed <resume/> goes to the negotiator): no SM on this session.
        qCInfo(lcConnection) << "the server refused stream management";
        sm.handleEnableFailed();
        return;
    }
    // Anything else in the SM namespace (a stray <resumed/>) is ignored rather than fatal.
}

void Connection::Private::scheduleAckRequest()
{
    if (!sm.isEnableSent() || state != ConnectionState::Connected) {
        return;
    }
    if (sentSinceAckRequest >= AckRequestEvery || (sm.unackedCount() >= AckRequestEvery && !ackPending)) {
        sendAckRequest();
        return;
    }
    // One <r/> after a burst: the zero timer fires once the current event loop turn is done.
    if (!ackTimer.isActive()) {
        ackTimer.start(0);
    }
}

void Connection::Private::sendAckRequest()
{
    // After our closing tag nothing is written (RFC 6120 §4.4), so nothing is waited for either.
    if (!transportUp || closingWritten || !sm.isEnableSent() || sm.unackedCount() == 0) {
        return;
    }
    write(serializedSm(StreamManagement::requestElement()));
    ackPending = true;
    sentSinceAckRequest = 0;
    if (!ackTimeoutTimer.isActive()) {
        armAckTimeout(ackTimeoutMs);
    }
}

void Connection::Private::armAckTimeout(int ms)
{
    inputSinceAckCheck = false;
    ackTimeoutTimer.start(ms);
}

void Connection::Private::onAckTimeout()
{
    if (!ackPending || !transportUp) {
        return;
    }
    if (inputSinceAckCheck || inputScheduled || readingPaused || inbox.size() > inboxPos) {
        // The server is sending (its <a/> may be in input not handled yet: turns leave room for timers, issue 11);
        // only a whole period without a byte from it means the connection is dead.
        armAckTimeout(ackTimeoutTimer.interval());
        return;
    }
    // A silent peer (NAT timeout, suspended laptop): TCP may take many minutes to notice. Drop the
    // connection now; with XEP-0198 the next stream resumes the session.
    qCInfo(lcConnection) << "no acknowledgement within" << ackTimeoutMs << "ms; reconnecting";
    ConnectionError error;
    error.kind = ConnectionError::Kind::Network;
    error.message = tr("The server stopped answering; reconnecting.");
    transportUp = false;
    transport->abort();
    handleLoss(error);
}

void Connection::Private::rememberServer()
{
    if (!settings.cache) {
        return;
    }
    // XEP-0305 §2: keep each stage's features for the next connect; a stage this connection skipped
    // (plain features with direct TLS, SASL/bind after a resumption without features) keeps its old value.
    ServerProfile updated = profile;
    if (!negotiator.tlsFeatures().isNull()) {
        updated.tlsFeatures = negotiator.tlsFeatures();
    }
    if (!negotiator.saslFeatures().isNull()) {
        updated.saslFeatures = negotiator.saslFeatures();
    }
    if (!negotiator.sessionFeatures().isNull()) {
        updated.sessionFeatures = negotiator.sessionFeatures();
    }
    // The last working TCP target; an HTTP binding's endpoint is not one (it is cached by its discovery).
    const bool tcp = transport->bindingName() == u"tcp";
    const QString peer = tcp ? transport->peerDescription() : QString();
    const qsizetype colon = peer.lastIndexOf(u':');
    if (colon > 0) {
        QString host = peer.left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']')) {
            host = host.mid(1, host.size() - 2);
        }
        updated.lastHost = host;
        updated.lastPort = peer.mid(colon + 1).toUShort();
    }
    if (tcp) {
        updated.lastDirectTls = transport->isDirectTls();
    }
    updated.updated = QDateTime::currentDateTimeUtc();
    if (updated != profile) {
        settings.cache->storeServerProfile(settings.jid.domainAce(), updated);
        profile = updated;
    }
}

void Connection::Private::watchNetworkLater()
{
    if (networkWatchStarted) {
        return;
    }
    networkWatchStarted = true;
    // From the event loop: not in the middle of handling the bind result or the error that got us here.
    QTimer::singleShot(0, q, [this] { watchNetwork(); });
}

void Connection::Private::watchNetwork()
{
    // Optional: without a backend (no NetworkManager, tests) nothing changes.
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    QObject::connect(
        info, &QNetworkInformation::reachabilityChanged, q, [this](QNetworkInformation::Reachability reachability) {
            if (reachability != QNetworkInformation::Reachability::Online
                || state != ConnectionState::WaitingToReconnect) {
                return;
            }
            // The network is back: no reason to wait out the backoff.
            qCInfo(lcConnection) << "network online again; reconnecting now";
            reconnectTimer.stop();
            backoff.reset();
            startAttempt();
        });
    QObject::connect(info, &QNetworkInformation::transportMediumChanged, q, [this] {
        if (state != ConnectionState::Connected || !transportUp) {
            return;
        }
        // Another network (Wi-Fi to Ethernet, VPN up): the old TCP path may be dead without anyone
        // saying so. Probe it with an ack request and a short deadline; XEP-0198 resumes if it is.
        if (sm.isEnableSent()) {
            write(serializedSm(StreamManagement::requestElement()));
            ackPending = true;
            armAckTimeout(std::min(ackTimeoutMs, 5000));
        }
    });
}

} // namespace balcony
