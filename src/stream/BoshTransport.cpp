#include "BoshTransport.h"

#include "CertificateTrust.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace balcony {

Q_LOGGING_CATEGORY(lcBosh, "balcony.stream.bosh")

namespace {

constexpr char HttpBindNs[] = "http://jabber.org/protocol/httpbind";
constexpr char XboshNs[] = "urn:xmpp:xbosh";

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

bool validBoshUrl(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"https" && !url.host().isEmpty() && url.userInfo().isEmpty();
}

// Endpoints whose connection manager refused a pipelined session creation request (this process).
QMutex s_refusedMutex;
QSet<QString> &refusedPipelining()
{
    static QSet<QString> refused;
    return refused;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The end ('>') of the start tag that begins at `from`, skipping quoted attribute values; -1 if none.
qsizetype startTagEnd(const QByteArray &bytes, qsizetype from)
{
    char quote = 0;
    for (qsizetype i = from + 1; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i;
        }
    }
    return -1;
}

// An attribute value for our own request bodies (the values come from our stream header, already escaped there,
// or are numbers): only quotes need care.
QByteArray attr(const char *name, const QByteArray &value)
{
    QByteArray escaped = value;
    escaped.replace('\'', "&apos;");
    return QByteArray(" ") + name + "='" + escaped + '\'';
}

// The RFC 6120 stream error conditions a terminal binding condition of the same name is handed on as.
bool isStreamErrorCondition(const QString &condition)
{
    static const QSet<QString> conditions { u"policy-violation"_s, u"system-shutdown"_s, u"host-unknown"_s,
        u"host-gone"_s, u"improper-addressing"_s, u"internal-server-error"_s, u"remote-connection-failed"_s,
        u"undefined-condition"_s };
    return conditions.contains(condition);
}

} // namespace

BoshTransport::BoshTransport(QObject *parent)
    : Transport(parent)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &BoshTransport::sendPending);
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, &BoshTransport::finishDisconnect);
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, [this] {
        const int inFlight = requestsInFlight();
        if (inFlight > m_hold) {
            fail(TransportError::Kind::ConnectionLost,
                tr("The BOSH connection manager left %1 requests unanswered for %2 seconds although it may hold "
                   "only %3; the session is resumed.")
                    .arg(inFlight)
                    .arg(m_holdViolationMs / 1000)
                    .arg(m_hold));
        }
    });
    m_pauseTimer.setSingleShot(true);
    connect(&m_pauseTimer, &QTimer::timeout, this, &BoshTransport::resume);
}

int BoshTransport::requestsInFlight() const
{
    int count = 0;
    for (const auto &[rid, request] : m_requests) {
        count += request.reply && !request.answered && request.written ? 1 : 0;
    }
    return count;
}

void BoshTransport::checkHold()
{
    if (!m_sessionUp || requestsInFlight() <= m_hold) {
        m_holdTimer.stop();
    } else if (!m_holdTimer.isActive()) {
        m_holdTimer.start(m_holdViolationMs);
    }
}

BoshTransport::~BoshTransport()
{
    ++m_generation;
    releaseRequests();
}

void BoshTransport::resetPipeliningMemory()
{
    const QMutexLocker lock(&s_refusedMutex);
    refusedPipelining().clear();
}

void BoshTransport::connectToServer(const TransportTarget &target)
{
    ++m_generation;
    releaseRequests();
    if (m_discovery) {
        m_discovery->abort();
    }
    m_target = target;
    m_out.reset();
    m_drafts.clear();
    m_creationHeader.clear();
    m_creationSent = false;
    m_pipelineCreation = false;
    m_pipelinedCreation = false;
    m_sessionUp = false;
    m_terminateSent = false;
    m_sessionEnded = false;
    m_closeRequested = false;
    m_sendScheduled = false;
    m_sid.clear();
    m_from.clear();
    m_version = u"1.0"_s;
    m_window = 1;
    m_serverWait = WaitSeconds;
    m_pollingMs = 0;
    m_inactivityMs = 0;
    m_maxPauseSeconds = 0;
    m_lastEmptyRid = -1;
    m_inbox.clear();
    m_connectedEmitted = false;
    m_endpointFromCache = false;
    m_setupRoundTrips = 0;
    m_creationRoundTrips = 0;
    m_answered = 0;
    m_payloadRequests = 0;
    m_tls = TlsInfo();
    m_untrusted = QSslCertificate();
    m_untrustedDetail.clear();
    // XEP-0124 §7: a random initial rid, small enough that it never passes 2^53 in a session.
    m_nextRid = qint64(QRandomGenerator::global()->bounded(1u << 30)) + 1;
    m_nextToProcess = m_nextRid;
    if (!target.endpoint.isEmpty()) {
        if (!validBoshUrl(target.endpoint)) {
            const quint64 generation = m_generation;
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (generation == m_generation) {
                        fail(TransportError::Kind::ConnectFailed,
                            tr("The BOSH address %1 is not an https:// URL.").arg(m_target.endpoint.toDisplayString()));
                    }
                },
                Qt::QueuedConnection);
            return;
        }
        start(target.endpoint);
        return;
    }
    if (!m_discovery) {
        m_discovery = new HostMetaDiscovery(this);
        connect(m_discovery, &HostMetaDiscovery::finished, this, &BoshTransport::onDiscovered);
    }
    m_discovery->start(
        target.domain, target.cache, target.extraCaCertificates, target.trustedFingerprints, m_discoveryBase);
}

void BoshTransport::onDiscovered(const HostMetaDiscovery::Result &result)
{
    m_setupRoundTrips += result.roundTrips;
    if (!result.ok) {
        fail(TransportError::Kind::HostNotFound, result.error);
        return;
    }
    if (result.endpoints.bosh.isEmpty()) {
        fail(TransportError::Kind::HostNotFound,
            tr("%1 announces no BOSH endpoint (XEP-0156); give its address with the BOSH URL setting.")
                .arg(m_target.domain));
        return;
    }
    m_endpointFromCache = result.fromCache;
    start(result.endpoints.bosh.constFirst());
}

void BoshTransport::start(const QUrl &url)
{
    m_url = url;
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        // The connection opened ahead (below) has no request of ours to report on: the same trust rules here.
        connect(m_network, &QNetworkAccessManager::sslErrors, this, &BoshTransport::checkCertificate);
    }
    // A new connect starts on new HTTP connections (the old ones may be what just broke).
    m_network->clearConnectionCache();
    // BOSH keeps two requests in flight (one held), so a second HTTP connection is needed right after login, when
    // the restart and the bind go out together: it is opened (TCP and TLS, no request) beside the first one, so
    // that it costs no round trip of its own then.
    m_network->connectToHostEncrypted(url.host(), quint16(url.port(443)));
    // XEP-0305 §6: the <auth/> goes into the session creation request when the server is known (its SASL features
    // are cached, from any binding) and this endpoint has not refused it before.
    if (m_target.cache) {
        const ServerProfile profile = m_target.cache->serverProfile(m_target.domain);
        const QMutexLocker lock(&s_refusedMutex);
        m_pipelineCreation = !profile.saslFeatures.isNull() && !refusedPipelining().contains(url.toString());
    }
    // Nothing to connect before the first request: the stream can start now, and the session creation request
    // carries the TCP and TLS handshakes (nothing of it leaves before the certificate is accepted).
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_generation || m_connectedEmitted) {
                return;
            }
            m_connectedEmitted = true;
            Q_EMIT connected();
            if (generation == m_generation) {
                Q_EMIT encrypted();
            }
        },
        Qt::QueuedConnection);
}

void BoshTransport::startTls()
{
    // BOSH runs over HTTPS from the start; a stream over it never offers STARTTLS.
    fail(TransportError::Kind::TlsFailed, tr("STARTTLS is not available over BOSH."));
}

void BoshTransport::write(const QByteArray &bytes)
{
    if (!m_connectedEmitted || m_terminateSent || m_sessionEnded) {
        return;
    }
    const auto items = m_out.feed(bytes);
    if (!items) {
        fail(TransportError::Kind::ConnectionLost, tr("Cannot frame the stream for BOSH: %1").arg(m_out.errorString()));
        return;
    }
    for (const XmlElementSplitter::Item &item : *items) {
        switch (item.kind) {
        case XmlElementSplitter::Item::Kind::StreamOpen:
            if (!m_creationSent && m_creationHeader.isEmpty()) {
                m_creationHeader = item.bytes;
                break;
            }
            // XEP-0206 §5: an empty restart request (ejabberd drops payload in it); what follows the header in this
            // turn goes in the request right behind it, sent at once (same round trip; the server takes them in rid
            // order).
            if (!m_drafts.empty() && m_drafts.back().payload.isEmpty() && !m_drafts.back().terminate
                && !m_drafts.back().restart && m_drafts.back().pause == 0) {
                m_drafts.back().restart = true;
            } else {
                m_drafts.push_back(Draft { {}, true, false });
            }
            break;
        case XmlElementSplitter::Item::Kind::Element:
            if (m_drafts.empty() || m_drafts.back().terminate || m_drafts.back().restart || m_drafts.back().pause > 0) {
                m_drafts.push_back(Draft());
            }
            m_drafts.back().payload += framing::standaloneElement(item.bytes);
            break;
        case XmlElementSplitter::Item::Kind::StreamClose:
            if (m_drafts.empty() || m_drafts.back().terminate || m_drafts.back().pause > 0) {
                m_drafts.push_back(Draft());
            }
            m_drafts.back().terminate = true;
            break;
        }
    }
    if (m_sessionPaused && !items->isEmpty()) {
        resume(); // what the Connection writes never waits for the pause to end
    }
    scheduleSend();
}

bool BoshTransport::pause(int seconds)
{
    if (!m_sessionUp || m_sessionEnded || m_terminateSent || m_closeRequested || m_maxPauseSeconds <= 0
        || seconds <= 0) {
        return false;
    }
    if (m_sessionPaused) {
        return true;
    }
    // XEP-0124 §10: never more than the server's maxpause (it ends the session with policy-violation otherwise).
    const int granted = std::min(seconds, m_maxPauseSeconds);
    m_sessionPaused = true;
    m_pollTimer.stop();
    m_drafts.push_back(Draft { {}, false, false, granted });
    // If nothing resumes it (the machine did not sleep after all, or no wake came), resume before the server's
    // inactivity runs out: a quarter of the pause early, at most 5 s.
    const qint64 ms = qint64(granted) * 1000;
    m_pauseTimer.start(int(std::max<qint64>(500, ms - std::min<qint64>(5000, ms / 4))));
    qCDebug(lcBosh) << "pausing the session for" << granted << "s";
    sendPending(); // now: the machine may be about to sleep
    return true;
}

void BoshTransport::resume()
{
    if (!m_sessionPaused) {
        return;
    }
    m_sessionPaused = false;
    m_pauseTimer.stop();
    // A pause request not sent yet is dropped: the session was never paused.
    m_drafts.erase(
        std::remove_if(m_drafts.begin(), m_drafts.end(), [](const Draft &d) { return d.pause > 0; }), m_drafts.end());
    endPause();
    qCDebug(lcBosh) << "resuming the session";
    scheduleSend(); // the next request (held, or with what the Connection wrote) ends the pause on the server
}

void BoshTransport::endPause()
{
    // The written pause request is not waited for any more. Its connection is closed only once the server had time
    // to read it (a request cut before the server read it would leave a gap in the rids).
    QNetworkReply *reply = std::exchange(m_pauseReply, nullptr).data();
    if (reply && m_pauseWritten.isValid() && m_pauseWritten.elapsed() > 2000) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void BoshTransport::prepareForSleep()
{
    pause(m_maxPauseSeconds);
}

void BoshTransport::wake()
{
    resume();
}

void BoshTransport::scheduleSend()
{
    if (m_sendScheduled) {
        return;
    }
    m_sendScheduled = true;
    const quint64 generation = m_generation;
    // From the event loop: everything the Connection writes in this turn goes into one request.
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation) {
                m_sendScheduled = false;
                sendPending();
            }
        },
        Qt::QueuedConnection);
}

int BoshTransport::inFlight() const
{
    int count = 0;
    for (const auto &[rid, request] : m_requests) {
        count += request.answered ? 0 : 1;
    }
    return count;
}

qint64 BoshTransport::ackValue() const
{
    // XEP-0124 §9.1: the highest rid below which every response arrived.
    qint64 ack = m_nextToProcess - 1;
    for (auto it = m_requests.find(m_nextToProcess); it != m_requests.end() && it->second.answered; ++it) {
        ack = it->first;
    }
    return ack;
}

void BoshTransport::sendPending()
{
    if (!m_connectedEmitted || m_sessionEnded) {
        return;
    }
    if (!m_creationSent) {
        if (!m_creationHeader.isEmpty()) {
            sendCreation();
        }
        return;
    }
    if (!m_sessionUp) {
        return; // no sid yet: everything waits for the creation response
    }
    while (!m_drafts.empty() && !m_terminateSent && inFlight() < m_window) {
        const Draft draft = m_drafts.front();
        m_drafts.pop_front();
        sendRequest(draft);
    }
    ensurePoll();
}

void BoshTransport::sendCreation()
{
    const auto attributes = framing::startTagAttributes(m_creationHeader);
    QByteArray to = m_target.domain.toUtf8();
    QByteArray lang = "en";
    QByteArray from;
    for (const auto &[name, value] : attributes) {
        if (name == "to") {
            to = value;
        } else if (name == "xml:lang") {
            lang = value;
        } else if (name == "from") {
            from = value;
        }
    }
    QByteArray payload;
    if (m_pipelineCreation && !m_drafts.empty() && !m_drafts.front().restart && !m_drafts.front().terminate) {
        payload = m_drafts.front().payload;
        m_drafts.pop_front();
    }
    m_creationPayload = payload;
    m_pipelinedCreation = !payload.isEmpty();
    if (payload.isEmpty() && !m_drafts.empty()) {
        ++m_creationRoundTrips; // what was written behind the header waits for the creation response
    }
    const qint64 rid = m_nextRid++;
    QByteArray body = "<body" + attr("content", "text/xml; charset=utf-8") + attr("hold", "1")
        + attr("rid", QByteArray::number(rid)) + attr("to", to) + attr("ver", "1.6")
        + attr("wait", QByteArray::number(WaitSeconds)) + attr("ack", "1") + attr("xml:lang", lang);
    if (!from.isEmpty()) {
        body += attr("from", from);
    }
    body += attr("xmpp:version", "1.0") + attr("xmlns", HttpBindNs) + attr("xmlns:xmpp", XboshNs);
    body += payload.isEmpty() ? QByteArray("/>") : ">" + payload + "</body>";
    Request request;
    request.body = body;
    request.empty = payload.isEmpty();
    request.creation = true;
    request.streamStart = true;
    m_requests.emplace(rid, std::move(request));
    m_creationSent = true;
    if (!payload.isEmpty()) {
        ++m_payloadRequests;
    }
    post(rid);
}

void BoshTransport::sendRequest(const Draft &draft)
{
    const qint64 rid = m_nextRid++;
    QByteArray body = "<body" + attr("rid", QByteArray::number(rid)) + attr("sid", m_sid.toUtf8());
    if (const qint64 ack = ackValue(); ack != rid - 1) {
        body += attr("ack", QByteArray::number(ack));
    }
    if (draft.restart) {
        QByteArray to = m_target.domain.toUtf8();
        QByteArray lang = "en";
        for (const auto &[name, value] : framing::startTagAttributes(m_creationHeader)) {
            if (name == "to") {
                to = value;
            } else if (name == "xml:lang") {
                lang = value;
            }
        }
        body += attr("to", to) + attr("xml:lang", lang) + attr("xmpp:restart", "true") + attr("xmlns:xmpp", XboshNs);
    }
    if (draft.terminate) {
        body += attr("type", "terminate");
        m_terminateSent = true;
    }
    if (draft.pause > 0) {
        body += attr("pause", QByteArray::number(draft.pause));
    }
    body += attr("xmlns", HttpBindNs);
    body += draft.payload.isEmpty() ? QByteArray("/>") : ">" + draft.payload + "</body>";
    const bool empty = draft.payload.isEmpty() && !draft.restart && !draft.terminate && draft.pause == 0;
    Request request;
    request.body = body;
    request.empty = empty;
    request.streamStart = draft.restart;
    request.terminate = draft.terminate;
    request.pause = draft.pause > 0;
    m_requests.emplace(rid, std::move(request));
    if (!draft.payload.isEmpty()) {
        ++m_payloadRequests;
    }
    if (empty) {
        m_lastEmptyRid = rid;
    } else {
        m_lastEmptyRid = -1; // the empty requests around this one are not consecutive (XEP-0124 §12)
        m_lastEmptyPollAnsweredEmpty = false;
    }
    post(rid);
}

void BoshTransport::ensurePoll()
{
    // XEP-0124 §10: the server can only talk while it holds a request; keep one (hold=1) whenever nothing else is
    // in flight. Not while closing, nor before the Connection had its turn with the last answer (it may write).
    if (!m_sessionUp || m_terminateSent || m_closeRequested || m_sessionPaused || !m_drafts.empty() || inFlight() > 0
        || !m_inbox.empty() || m_busy > 0) {
        return;
    }
    // §12 overactivity: two empty requests in a row, the first answered empty, at least `polling` apart.
    if (m_lastEmptyPollAnsweredEmpty && m_lastEmptyPoll.isValid() && m_pollingMs > 0) {
        const qint64 remaining = m_pollingMs - m_lastEmptyPoll.elapsed();
        if (remaining > 0) {
            if (!m_pollTimer.isActive()) {
                m_pollTimer.start(int(remaining));
            }
            return;
        }
    }
    m_pollTimer.stop();
    m_lastEmptyPoll.start();
    m_lastEmptyPollAnsweredEmpty = false;
    sendRequest(Draft());
}

void BoshTransport::post(qint64 rid)
{
    auto it = m_requests.find(rid);
    if (it == m_requests.end() || !m_network) {
        return;
    }
    Request &request = it->second;
    QNetworkRequest http(m_url);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/xml; charset=utf-8"));
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    http.setMaximumRedirectsAllowed(0);
    // HTTP/1.1, as the connection opened ahead (and what connection managers speak).
    http.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const int wait = request.creation ? WaitSeconds : m_serverWait;
    http.setTransferTimeout(wait * 1000 + RequestMarginMs);
    request.received.clear();
    request.sent.start();
    qCDebug(lcBosh) << "request" << rid << (request.retries > 0 ? "(again)" : "") << request.body.left(2048);
    QNetworkReply *reply = m_network->post(http, request.body);
    request.reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::sslErrors, this,
        [this, reply](const QList<QSslError> &errors) { checkCertificate(reply, errors); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, rid, generation] {
        if (generation != m_generation) {
            return;
        }
        if (reply == m_pauseReply) {
            // The written pause request's answer is read at the end, bounded like any.
            if (reply->bytesAvailable() > MaxBodyBytes) {
                m_pauseReply = nullptr;
                reply->disconnect(this);
                reply->abort();
                reply->deleteLater();
            }
            return;
        }
        auto found = m_requests.find(rid);
        if (found == m_requests.end() || found->second.reply != reply) {
            return;
        }
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        found->second.received += reply->readAll();
        if (announced > MaxBodyBytes || found->second.received.size() > MaxBodyBytes) {
            reply->setProperty("tooLarge", true);
            found->second.received.clear();
            reply->abort();
        }
    });
    request.written = false;
    // A request counts against the manager's `hold` once it has all of it (a large one may take a while to upload).
    connect(reply, &QNetworkReply::uploadProgress, this, [this, reply, rid, generation](qint64 sent, qint64 total) {
        if (generation != m_generation || total <= 0 || sent != total) {
            return;
        }
        auto found = m_requests.find(rid);
        if (found != m_requests.end() && found->second.reply == reply && !found->second.written) {
            found->second.written = true;
            checkHold();
        }
    });
    if (request.pause) {
        // Written out in full: the server has it; its answer is not waited for (see the class comment).
        connect(reply, &QNetworkReply::uploadProgress, this, [this, reply, rid, generation](qint64 sent, qint64 total) {
            if (generation == m_generation && total > 0 && sent == total) {
                onPauseWritten(rid, reply);
            }
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, rid, generation] {
        reply->deleteLater();
        if (generation != m_generation) {
            return;
        }
        m_holdTimer.stop(); // an answer: the manager is alive; the requests in flight are counted afresh
        if (reply == m_pauseReply) {
            onPauseAnswered(reply);
        } else {
            onReplyFinished(rid, reply);
        }
        if (generation == m_generation) {
            checkHold();
        }
    });
    checkHold();
}

void BoshTransport::onPauseWritten(qint64 rid, QNetworkReply *reply)
{
    auto it = m_requests.find(rid);
    if (it == m_requests.end() || it->second.reply != reply || it->second.answered) {
        return;
    }
    // Counts as answered, empty (XEP-0124 §10: the answer to a pause carries no payload): the requests behind it
    // are handed on without waiting for it.
    it->second.reply = nullptr;
    it->second.answered = true;
    it->second.parsed = Parsed();
    m_pauseWritten.start();
    m_pauseReply = reply; // a terminate on it while paused is still acted upon
    if (!m_sessionPaused) {
        endPause(); // resumed already: left to finish by itself
    }
    processResponses();
}

void BoshTransport::onPauseAnswered(QNetworkReply *reply)
{
    m_pauseReply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_sessionPaused || m_sessionEnded || status != 200 || reply->error() != QNetworkReply::NoError) {
        return; // an empty answer, or the connection went (the machine slept): the pause holds
    }
    QString error;
    const auto parsed = parse(reply->read(MaxBodyBytes + 1), &error);
    if (!parsed || parsed->attributes.value(u"type"_s) != u"terminate") {
        return;
    }
    // The server ended the session during the pause (it refused the pause, or shut down).
    m_sessionPaused = false;
    m_pauseTimer.stop();
    handleTerminate(*parsed, false);
}

void BoshTransport::checkCertificate(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    if (CertificateTrust::acceptedByAccount(
            errors, chain, m_url.host(), m_target.extraCaCertificates, m_target.trustedFingerprints)) {
        reply->ignoreSslErrors(errors);
        return;
    }
    // Refused: the handshake fails, and every request waiting for that connection with it.
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

void BoshTransport::onReplyFinished(qint64 rid, QNetworkReply *reply)
{
    auto it = m_requests.find(rid);
    if (it == m_requests.end() || it->second.reply != reply) {
        return;
    }
    Request &request = it->second;
    request.reply = nullptr;
    if (reply->property("tooLarge").toBool()) {
        fail(TransportError::Kind::ConnectionLost,
            tr("The BOSH connection manager sent a response larger than %1 MiB.").arg(MaxBodyBytes / (1024 * 1024)));
        return;
    }
    if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        if (!m_untrusted.isNull()) {
            fail(TransportError::Kind::CertificateUntrusted,
                tr("The certificate of %1 is not trusted: %2").arg(m_url.host(), m_untrustedDetail));
        } else {
            fail(TransportError::Kind::TlsFailed, tr("TLS with %1 failed: %2").arg(m_url.host(), reply->errorString()));
        }
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcBosh) << "response" << rid << status << reply->error() << request.received.left(2048);
    if (status == 0 || status >= 500 || (status == 200 && reply->error() != QNetworkReply::NoError)) {
        // Recoverable (XEP-0124 §14.3): the same rid and payload again.
        retry(rid, status >= 500 ? tr("HTTP status %1").arg(status) : reply->errorString());
        return;
    }
    if (status != 200) {
        // XEP-0124 §14.2 legacy: 400 bad-request, 403 policy-violation, 404 item-not-found; anything else is as
        // terminal (a redirect is not followed: the endpoint is configured or discovered over HTTPS).
        if (request.creation && m_pipelinedCreation && (status == 400 || status == 403)) {
            failPipelinedCreation();
            return;
        }
        fail(TransportError::Kind::ConnectionLost,
            tr("The BOSH connection manager answered with HTTP status %1; the session is lost.").arg(status));
        return;
    }
    QByteArray body = std::exchange(request.received, {});
    body += reply->read(MaxBodyBytes + 1 - body.size());
    if (body.size() > MaxBodyBytes) {
        fail(TransportError::Kind::ConnectionLost,
            tr("The BOSH connection manager sent a response larger than %1 MiB.").arg(MaxBodyBytes / (1024 * 1024)));
        return;
    }
    QString error;
    auto parsed = parse(body, &error);
    if (!parsed) {
        fail(TransportError::Kind::ConnectionLost,
            tr("The BOSH connection manager sent a malformed response: %1").arg(error));
        return;
    }
    if (!request.creation && parsed->attributes.contains(u"rid"_s)
        && parsed->attributes.value(u"type"_s) != u"terminate") {
        // A response never carries a rid (XEP-0124 §7): this is a request of ours coming back. ejabberd's mod_bosh
        // (23.01 and still) answers a request sent again while it held the first copy with the request itself.
        // Its payload is what we sent, not what the server says: handing it on would show our own messages as
        // received and count them in the XEP-0198 'h', which the server then refuses on resumption. The server
        // had the request (it held it), so it counts as answered, empty.
        qCWarning(lcBosh) << "the connection manager sent request" << parsed->attributes.value(u"rid"_s)
                          << "back as the response to" << rid << "; its content is ignored";
        parsed->children.clear();
    }
    if (m_tls.protocol.isEmpty()) {
        const QSslConfiguration tls = reply->sslConfiguration();
        m_tls.protocol = protocolName(tls.sessionProtocol(), tls.sessionCipher());
        m_tls.cipher = tls.sessionCipher().name();
    }
    ++m_answered;
    request.answered = true;
    request.parsed = std::move(*parsed);
    if (request.parsed.attributes.value(u"type"_s) == u"terminate") {
        // The session is over: earlier requests the server still holds will never be answered (their payload, if
        // any, went with the session); the terminal condition is acted upon now, after what did arrive before it.
        for (auto &[earlier, other] : m_requests) {
            if (earlier >= rid) {
                break;
            }
            if (!other.answered) {
                if (QNetworkReply *pending = other.reply.data()) {
                    other.reply = nullptr;
                    pending->disconnect(this);
                    pending->abort();
                    pending->deleteLater();
                }
                other.answered = true;
            }
        }
    }
    if (request.empty && request.parsed.children.isEmpty()
        && request.parsed.attributes.value(u"type"_s) != u"terminate") {
        m_lastEmptyPollAnsweredEmpty = rid == m_lastEmptyRid;
    }
    processResponses();
}

void BoshTransport::retry(qint64 rid, const QString &why)
{
    auto it = m_requests.find(rid);
    if (it == m_requests.end()) {
        return;
    }
    if (++it->second.retries > MaxRetries) {
        fail(TransportError::Kind::ConnectionLost,
            tr("The BOSH connection manager did not answer (%1); the session is lost.").arg(why));
        return;
    }
    const quint64 generation = m_generation;
    QTimer::singleShot((it->second.retries - 1) * 500, this, [this, generation, rid] {
        if (generation == m_generation) {
            post(rid);
        }
    });
}

void BoshTransport::failPipelinedCreation()
{
    // The connection manager refused the session creation request with payload: the same request without it,
    // then the payload in the first request of the session (the unpipelined exchange), and not again here.
    {
        const QMutexLocker lock(&s_refusedMutex);
        refusedPipelining().insert(m_url.toString());
    }
    m_requests.clear();
    m_nextToProcess = m_nextRid;
    m_drafts.push_front(Draft { m_creationPayload, false, false });
    m_payloadRequests = std::max(0, m_payloadRequests - 1);
    ++m_creationRoundTrips; // the refused request
    m_pipelineCreation = false;
    m_pipelinedCreation = false;
    m_creationSent = false;
    sendPending();
}

std::optional<BoshTransport::Parsed> BoshTransport::parse(const QByteArray &raw, QString *error) const
{
    QByteArray body = raw;
    qsizetype start = 0;
    while (start < body.size() && isSpace(body.at(start))) {
        ++start;
    }
    // An XML declaration may lead; nothing else but the one <body/> element may be there.
    if (body.mid(start, 5) == "<?xml" && (start + 5 < body.size() && isSpace(body.at(start + 5)))) {
        const qsizetype end = body.indexOf("?>", start);
        if (end < 0) {
            *error = tr("the XML declaration is not closed");
            return std::nullopt;
        }
        start = end + 2;
    }
    body = body.mid(start);
    XmlElementSplitter splitter(false);
    const auto items = splitter.feed(body);
    if (!items) {
        *error = splitter.errorString();
        return std::nullopt;
    }
    if (items->size() != 1 || splitter.pendingBytes() > 0) {
        *error = items->isEmpty() && splitter.pendingBytes() == 0 ? tr("the response is empty")
                                                                  : tr("it must be exactly one <body/> element");
        return std::nullopt;
    }
    const QByteArray element = items->constFirst().bytes;
    Parsed parsed;
    QXmlStreamReader reader(element);
    reader.setEntityExpansionLimit(0);
    bool first = true;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference
            || token == QXmlStreamReader::ProcessingInstruction || token == QXmlStreamReader::Comment) {
            *error = tr("markup declarations, comments and processing instructions are not allowed");
            return std::nullopt;
        }
        if (token == QXmlStreamReader::StartElement && first) {
            first = false;
            if (reader.name() != u"body" || reader.namespaceUri() != QLatin1StringView(HttpBindNs)) {
                *error = tr("the root element is <%1 xmlns='%2'/>, not an XEP-0124 <body/>")
                             .arg(reader.name().toString(), reader.namespaceUri().toString());
                return std::nullopt;
            }
            const QXmlStreamAttributes attributes = reader.attributes();
            for (const QXmlStreamAttribute &attribute : attributes) {
                parsed.attributes.insert(attribute.name().toString(), attribute.value().toString());
            }
        }
    }
    if (reader.hasError()) {
        *error = tr("not well-formed XML (%1)").arg(reader.errorString());
        return std::nullopt;
    }
    const qsizetype tagEnd = startTagEnd(element, 0);
    if (tagEnd < 0) {
        *error = tr("the <body/> start tag is not closed");
        return std::nullopt;
    }
    if (element.at(tagEnd - 1) == '/') {
        return parsed; // <body .../>
    }
    const qsizetype closeStart = element.lastIndexOf("</");
    const QByteArray inner = element.mid(tagEnd + 1, closeStart - tagEnd - 1);
    XmlElementSplitter children(false);
    const auto childItems = children.feed(inner);
    if (!childItems || children.pendingBytes() > 0) {
        *error = childItems ? tr("an element in the <body/> is not complete") : children.errorString();
        return std::nullopt;
    }
    for (const XmlElementSplitter::Item &item : *childItems) {
        parsed.children.append(framing::standaloneElement(item.bytes));
    }
    return parsed;
}

QByteArray BoshTransport::streamHeader() const
{
    framing::FramingElement open;
    open.from = m_from.isEmpty() ? m_target.domain : m_from;
    open.id = m_sid;
    open.version = m_version;
    open.lang = u"en"_s;
    return framing::streamHeaderFromOpen(open);
}

void BoshTransport::processResponses()
{
    const quint64 generation = m_generation;
    for (auto it = m_requests.find(m_nextToProcess); it != m_requests.end() && it->second.answered;
         it = m_requests.find(m_nextToProcess)) {
        const Request request = std::move(it->second);
        m_requests.erase(it);
        ++m_nextToProcess;
        if (!processResponse(request) || generation != m_generation) {
            return;
        }
    }
    scheduleSend();
}

bool BoshTransport::processResponse(const Request &request)
{
    const Parsed &parsed = request.parsed;
    const bool terminate = parsed.attributes.value(u"type"_s) == u"terminate";
    if (request.creation) {
        if (terminate && m_pipelinedCreation) {
            const QString condition = parsed.attributes.value(u"condition"_s);
            if (condition == u"bad-request" || condition == u"undefined-condition" || condition == u"policy-violation"
                || condition == u"internal-server-error") {
                failPipelinedCreation();
                return false;
            }
        }
        if (!terminate) {
            m_sid = parsed.attributes.value(u"sid"_s);
            if (m_sid.isEmpty() || m_sid.size() > 1024) {
                fail(TransportError::Kind::ConnectionLost,
                    tr("The BOSH connection manager created no session (its answer has no valid sid)."));
                return false;
            }
            bool ok = false;
            const int hold = parsed.attributes.value(u"hold"_s).toInt(&ok);
            m_hold = ok ? std::clamp(hold, 1, MaxRequestsWindow) : 1;
            const int requests = parsed.attributes.value(u"requests"_s).toInt(&ok);
            // XEP-0124 §7.1: without 'requests' the server allows hold+1 (we ask for hold=1).
            m_window = ok ? std::clamp(requests, 1, MaxRequestsWindow) : m_hold + 1;
            const int wait = parsed.attributes.value(u"wait"_s).toInt(&ok);
            m_serverWait = ok ? std::clamp(wait, 1, WaitSeconds) : WaitSeconds;
            const int polling = parsed.attributes.value(u"polling"_s).toInt(&ok);
            m_pollingMs = ok ? std::clamp(polling, 0, 300) * 1000 : 0;
            const int inactivity = parsed.attributes.value(u"inactivity"_s).toInt(&ok);
            m_inactivityMs = ok ? std::clamp(inactivity, 0, 3600) * 1000 : 0;
            if (m_inactivityMs > 0 && m_pollingMs >= m_inactivityMs) {
                m_pollingMs = m_inactivityMs / 2; // never let the session expire for want of a request
            }
            // XEP-0124 §10: a pause is allowed only where the server says how long.
            const int maxPause = parsed.attributes.value(u"maxpause"_s).toInt(&ok);
            m_maxPauseSeconds = ok ? std::clamp(maxPause, 0, MaxPauseSeconds) : 0;
            m_from = parsed.attributes.value(u"from"_s);
            const QString version = parsed.attributes.value(u"version"_s); // xmpp:version
            if (!version.isEmpty()) {
                m_version = version;
            }
            m_sessionUp = true;
        }
    }
    if (terminate) {
        handleTerminate(parsed, request.streamStart);
        return false;
    }
    QByteArray out;
    if (request.streamStart) {
        out += streamHeader();
    }
    for (const QByteArray &child : parsed.children) {
        out += child;
    }
    if (!out.isEmpty()) {
        enqueue(out);
    }
    if (request.terminate) {
        // Our terminate request was answered without type='terminate': the session is over all the same.
        m_sessionEnded = true;
        if (m_closeRequested) {
            finishDisconnect();
            return false;
        }
        enqueue(QByteArrayLiteral("</stream:stream>"));
    }
    return true;
}

void BoshTransport::handleTerminate(const Parsed &parsed, bool streamStart)
{
    m_sessionEnded = true;
    m_pollTimer.stop();
    m_pauseTimer.stop();
    m_sessionPaused = false;
    if (m_closeRequested) {
        finishDisconnect();
        return;
    }
    const QString condition = parsed.attributes.value(u"condition"_s);
    QByteArray out = streamStart ? streamHeader() : QByteArray();
    if (condition.isEmpty() || m_terminateSent) {
        // The session ended without an error (or answered our own terminate): the stream's closing tag.
        for (const QByteArray &child : parsed.children) {
            out += child;
        }
        enqueue(out + "</stream:stream>");
        return;
    }
    if (condition == u"remote-stream-error") {
        // XEP-0206 §7: the <stream:error/> of the XMPP server, handed on as it is (or an undefined one).
        bool hasError = false;
        for (const QByteArray &child : parsed.children) {
            hasError = hasError || child.startsWith("<stream:error");
            out += child;
        }
        if (!hasError) {
            out += "<stream:error xmlns:stream=\"http://etherx.jabber.org/streams\"><undefined-condition "
                   "xmlns=\"urn:ietf:params:xml:ns:xmpp-streams\"/></stream:error>";
        }
        enqueue(out + "</stream:stream>");
        return;
    }
    if (isStreamErrorCondition(condition)) {
        // The same classes as stream errors: a stream error of the same name.
        enqueue(out + "<stream:error xmlns:stream=\"http://etherx.jabber.org/streams\"><" + condition.toUtf8()
            + " xmlns=\"urn:ietf:params:xml:ns:xmpp-streams\"/></stream:error></stream:stream>");
        return;
    }
    // item-not-found (a bad rid or sid, an expired session), other-request, bad-request, see-other-uri, unknown:
    // the session is gone, not the account: a lost connection (the Connection reconnects and resumes).
    if (!drainInbox()) {
        return;
    }
    QString why;
    if (condition == u"item-not-found") {
        why = tr("The BOSH connection manager does not know this session or request any more (item-not-found).");
    } else if (condition == u"see-other-uri") {
        why = tr("The BOSH connection manager redirected to another address, which is not followed.");
    } else {
        why = tr("The BOSH connection manager ended the session (%1).").arg(condition.left(64));
    }
    fail(TransportError::Kind::ConnectionLost, why);
}

void BoshTransport::enqueue(QByteArray bytes)
{
    if (m_inbox.push(std::move(bytes)) > MaxPendingBytes) {
        fail(TransportError::Kind::ConnectionLost, tr("The server sends faster than the client can handle."));
        return;
    }
    scheduleDelivery();
}

void BoshTransport::scheduleDelivery()
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

void BoshTransport::deliver()
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
    if (!m_inbox.empty()) {
        scheduleDelivery();
    } else {
        scheduleSend(); // the held request, once the Connection had its turn to write
    }
}

void BoshTransport::setReadingPaused(bool paused)
{
    m_paused = paused;
    if (!paused) {
        scheduleDelivery();
    }
}

bool BoshTransport::drainInbox()
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

void BoshTransport::disconnectFromServer()
{
    if (m_discovery) {
        m_discovery->abort();
    }
    if (!m_connectedEmitted || !m_sessionUp || m_sessionEnded) {
        finishDisconnect();
        return;
    }
    resume(); // the terminate request ends the pause
    m_closeRequested = true;
    m_closeTimer.start(CloseTimeoutMs);
    // XEP-0124 §13: terminate the session (after what is still queued); the Connection's </stream:stream> made
    // the terminate request already if it wrote one.
    const bool queued = std::any_of(m_drafts.cbegin(), m_drafts.cend(), [](const Draft &d) { return d.terminate; });
    if (!queued && !m_terminateSent) {
        m_drafts.push_back(Draft { {}, false, true });
    }
    sendPending();
}

void BoshTransport::finishDisconnect()
{
    ++m_generation;
    m_closeTimer.stop();
    m_pollTimer.stop();
    m_holdTimer.stop();
    releaseRequests();
    m_inbox.clear();
    m_drafts.clear();
    m_closeRequested = false;
    m_sessionEnded = true;
    if (std::exchange(m_connectedEmitted, false)) {
        Q_EMIT disconnected();
    }
}

void BoshTransport::abort()
{
    if (m_discovery) {
        m_discovery->abort();
    }
    finishDisconnect();
}

void BoshTransport::fail(TransportError::Kind kind, const QString &message)
{
    TransportError error;
    error.kind = kind;
    error.message = message;
    if (kind == TransportError::Kind::CertificateUntrusted) {
        error.certificate = m_untrusted;
        error.fingerprint = CertificateTrust::fingerprint(m_untrusted);
    }
    ++m_generation;
    m_closeTimer.stop();
    m_pollTimer.stop();
    releaseRequests();
    m_inbox.clear();
    m_drafts.clear();
    m_closeRequested = false;
    m_sessionEnded = true;
    const bool wasConnected = std::exchange(m_connectedEmitted, false);
    Q_EMIT errorOccurred(error);
    if (wasConnected) {
        Q_EMIT disconnected();
    }
}

void BoshTransport::releaseRequests()
{
    m_holdTimer.stop();
    m_pauseTimer.stop();
    m_sessionPaused = false;
    if (QNetworkReply *reply = std::exchange(m_pauseReply, nullptr).data()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_busy = 0;
    m_deliveryScheduled = false;
    m_sendScheduled = false;
    for (auto &[rid, request] : m_requests) {
        if (QNetworkReply *reply = request.reply.data()) {
            request.reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_requests.clear();
}

} // namespace balcony
