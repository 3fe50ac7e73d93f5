#pragma once

#include "HostMetaDiscovery.h"
#include "ReceivedInbox.h"
#include "Transport.h"
#include "XmppFraming.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <deque>
#include <map>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace balcony {

// XMPP over BOSH (XEP-0124 + XEP-0206) on QNetworkAccessManager, over HTTPS only, with the XEP-0305 §6 pipelining.
//
// The Connection above writes and reads one RFC 6120 stream as on TCP; this transport translates. Our first stream
// header becomes the session creation request (to, xml:lang, from, wait, hold=1, ver, xmpp:version, ack), a later
// header a restart request (xmpp:restart='true'), </stream:stream> a terminate request; the elements written in one
// event loop turn travel in one request (jabber:client declared on each). The server's session creation response
// and the response to each restart are handed on as a stream header (from, the sid as its id) followed by the
// payload; every response's children are handed on as they are, to the same restricted parser with the same limits.
//
// Pipelining (XEP-0305 §6): what the Connection writes behind its first header (the SCRAM <auth/>) goes inside the
// session creation request when the connection cache already knows the server's SASL features (a server reached
// before); else the creation request is empty and the <auth/> follows in the next request (the unpipelined
// exchange). After SASL, the restart request (empty: ejabberd drops payload in it) and a request with what follows
// the header (bind, and the session-start stanzas the Connection pipelines behind it) go out together, in one round
// trip (the second HTTP connection that needs is opened, TCP and TLS, beside the first one at connect time).
//
// Requests: rids strictly increasing from a random start, never more in flight than the server's `requests`, at
// most one empty request held (`hold`=1), responses handed on strictly in rid order (a later response waits for an
// earlier held one); `polling` is honoured between empty requests whose answers were empty; `inactivity` is never
// reached because a request is always held while the session is up, except during a pause.
//
// Pause (XEP-0124 §10), only where the creation response has `maxpause`: pause(N) sends a request with pause='N'
// (N clamped to maxpause), after which nothing is sent (no held request, no poll) until resume(), a write of the
// Connection (a stanza never waits for the pause to end), or shortly before the N seconds are over (the server's
// inactivity is N meanwhile; resuming with a normal request returns it to `inactivity`). The pause request is not
// waited for once it is written out: ejabberd's mod_bosh (23.01) never answers it while the session lives; a
// terminate on it while still paused is acted upon as on any request. prepareForSleep() pauses for maxpause,
// wake() resumes: a suspend shorter than maxpause keeps the session (same sid, nothing to resume with XEP-0198); a
// longer one finds the session gone at wake (item-not-found: a lost connection, resumed as usual). A request that fails
// at the HTTP level (network error, timeout after the server's `wait` plus a margin, HTTP 5xx) is sent again with the
// same rid and payload, at most MaxRetries times. Terminal binding conditions end the connection with a clear error:
// remote-stream-error hands the <stream:error/> on, the conditions that have a stream error of the same name are handed
// on as that stream error (policy-violation, system-shutdown, host-unknown, ...), and item-not-found, other-request,
// bad-request and HTTP 400/403/404 are a lost connection (the Connection reconnects and resumes with XEP-0198). A
// terminal answer to a later request is acted upon at once: earlier requests the server still holds are dropped.
//
// Bounds: a response larger than MaxBodyBytes is refused while it downloads; a response must be one well-formed
// <body/> in the httpbind namespace (no DTD, no processing instruction, no comment, nesting bounded), checked before
// anything of it is handed on; what waits undelivered while reading is paused is bounded by MaxPendingBytes.
//
// TLS: the certificate is verified against the endpoint's host with the system CAs, the account's extra CAs and the
// user's explicit decisions (CertificateTrust::acceptedByAccount), as on TCP; an untrusted one is reported with its
// fingerprint (CertificateUntrusted) before any request body leaves. connected() and encrypted() are emitted once the
// endpoint is known (the first request then carries the TLS handshake); tlsInfo() is known after the first response.
class BoshTransport : public Transport {
    Q_OBJECT
public:
    static constexpr qint64 MaxBodyBytes = 4 * 1024 * 1024;
    static constexpr qint64 MaxPendingBytes = 16 * 1024 * 1024;
    static constexpr qint64 ReadChunkBytes = 64 * 1024;
    static constexpr int WaitSeconds = 60; // the longest we let the server hold a request
    static constexpr int RequestMarginMs = 15000; // beyond `wait` before a request counts as lost
    static constexpr int MaxRetries = 3;
    // XEP-0124 §7: a manager holding more than `hold` requests must answer the oldest at once. More requests than
    // that unanswered for this long: the session is stuck (ejabberd after a request it held came again), and is
    // given up for XEP-0198 to resume rather than waiting for the manager's `wait`.
    static constexpr int HoldViolationMs = 15000;
    static constexpr int CloseTimeoutMs = 5000;
    static constexpr int MaxRequestsWindow = 4; // whatever the server says
    static constexpr int MaxPauseSeconds = 24 * 3600; // the longest `maxpause` taken from a server

    explicit BoshTransport(QObject *parent = nullptr);
    ~BoshTransport() override;

    void connectToServer(const TransportTarget &target) override;
    void startTls() override;
    void write(const QByteArray &bytes) override;
    void disconnectFromServer() override;
    void abort() override;
    bool isEncrypted() const override { return m_connectedEmitted; }
    TlsInfo tlsInfo() const override { return m_tls; }
    QString peerDescription() const override { return m_url.toString(); }
    bool isDirectTls() const override { return true; }
    bool usedDnsCache() const override { return m_endpointFromCache; }
    void setReadingPaused(bool paused) override;
    QString bindingName() const override { return QStringLiteral("bosh"); }
    // XEP-0156 discovery, plus the session creation exchange when it could not carry what the Connection wrote
    // behind its header (the unpipelined path, or a refused pipelined creation request).
    int setupRoundTrips() const override { return m_setupRoundTrips + m_creationRoundTrips; }
    int httpRequests() const override { return m_answered; }
    void prepareForSleep() override;
    void wake() override;

    // XEP-0124 §10: the server's `maxpause` in seconds (0: it offers no pause; then pause() does nothing).
    int maxPause() const { return m_maxPauseSeconds; }
    // Pauses the session for `seconds` (clamped to maxPause()); false if there is no session to pause or no maxpause.
    bool pause(int seconds);
    // Ends a pause with a normal request (nothing if not paused).
    void resume();
    bool isPaused() const { return m_sessionPaused; }

    // Tests: where XEP-0156 discovery looks (see HostMetaDiscovery::start).
    void setDiscoveryBase(const QUrl &base) { m_discoveryBase = base; }
    // Tests: HoldViolationMs.
    void setHoldViolationMs(int ms) { m_holdViolationMs = ms; }
    QUrl url() const { return m_url; }
    QString sid() const { return m_sid; }
    // The session creation request carried payload (XEP-0305 §6).
    bool pipelinedCreation() const { return m_pipelinedCreation; }
    // Requests with payload sent since connectToServer() (resends not counted).
    int payloadRequests() const { return m_payloadRequests; }
    // Forgets which endpoints refused a pipelined session creation (tests).
    static void resetPipeliningMemory();

private:
    // What the Connection wrote that is not sent yet: one request each.
    struct Draft {
        QByteArray payload;
        bool restart = false;
        bool terminate = false;
        int pause = 0; // seconds: a pause request (XEP-0124 §10)
    };
    struct Parsed {
        QHash<QString, QString> attributes; // by local name ("xmpp:version" as "version")
        QList<QByteArray> children; // top-level children, each standalone (jabber:client / stream: declared)
    };
    struct Request {
        QByteArray body; // the whole <body/>, sent again as it is on a retry
        bool empty = true;
        bool creation = false;
        bool streamStart = false; // its response starts a stream (creation, restart): a header goes first
        bool terminate = false;
        bool pause = false;
        int retries = 0;
        QPointer<QNetworkReply> reply;
        QElapsedTimer sent;
        bool answered = false;
        bool written = false; // the whole body went out (from then on the manager has it)
        Parsed parsed; // the validated <body/>, once answered
        QByteArray received; // downloading
    };

    void onDiscovered(const HostMetaDiscovery::Result &result);
    void start(const QUrl &url);
    void scheduleSend();
    void sendPending();
    void sendCreation();
    void sendRequest(const Draft &draft);
    void post(qint64 rid);
    void ensurePoll();
    void onReplyFinished(qint64 rid, QNetworkReply *reply);
    void onPauseWritten(qint64 rid, QNetworkReply *reply);
    void onPauseAnswered(QNetworkReply *reply);
    void endPause();
    void checkCertificate(QNetworkReply *reply, const QList<QSslError> &errors);
    void retry(qint64 rid, const QString &why);
    void processResponses();
    bool processResponse(const Request &request);
    void handleTerminate(const Parsed &parsed, bool streamStart);
    void failPipelinedCreation();
    std::optional<Parsed> parse(const QByteArray &body, QString *error) const;
    QByteArray streamHeader() const;
    void enqueue(QByteArray bytes);
    void deliver();
    void scheduleDelivery();
    bool drainInbox();
    void fail(TransportError::Kind kind, const QString &message);
    // Starts or stops m_holdTimer: more requests in flight than the manager may hold.
    void checkHold();
    int requestsInFlight() const;
    void releaseRequests();
    void finishDisconnect();
    int inFlight() const;
    qint64 ackValue() const;

    TransportTarget m_target;
    QUrl m_url;
    QUrl m_discoveryBase;
    HostMetaDiscovery *m_discovery = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    XmlElementSplitter m_out { true };
    std::deque<Draft> m_drafts;
    QByteArray m_creationHeader; // our first stream header: waits for the creation request
    bool m_creationSent = false;
    bool m_pipelineCreation = false; // this connect may put payload into the creation request
    bool m_pipelinedCreation = false;
    bool m_sessionUp = false; // the creation response arrived
    bool m_terminateSent = false;
    bool m_sessionEnded = false; // terminated (by either side) or failed: nothing more is sent
    QByteArray m_creationPayload; // what the creation request carried (sent again if it is refused)
    bool m_closeRequested = false;
    bool m_sendScheduled = false;
    QString m_sid;
    QString m_from; // the server's 'from' (its domain)
    QString m_version = QStringLiteral("1.0");
    qint64 m_nextRid = 0; // the next rid to send
    qint64 m_nextToProcess = 0; // the next rid whose response is handed on
    std::map<qint64, Request> m_requests;
    int m_window = 1; // the server's `requests`
    int m_hold = 1; // the server's `hold`
    int m_holdViolationMs = HoldViolationMs;
    QTimer m_holdTimer;
    int m_serverWait = WaitSeconds;
    int m_pollingMs = 0;
    int m_inactivityMs = 0;
    int m_maxPauseSeconds = 0;
    bool m_sessionPaused = false;
    QTimer m_pauseTimer; // resumes shortly before the pause the server granted is over
    QPointer<QNetworkReply> m_pauseReply; // the pause request, written out, its answer not waited for
    QElapsedTimer m_pauseWritten;
    QElapsedTimer m_lastEmptyPoll; // when the last empty request was sent
    qint64 m_lastEmptyRid = -1;
    bool m_lastEmptyPollAnsweredEmpty = false;
    QTimer m_pollTimer;
    QTimer m_closeTimer;
    bool m_endpointFromCache = false;
    bool m_connectedEmitted = false;
    int m_setupRoundTrips = 0;
    int m_creationRoundTrips = 0;
    int m_answered = 0;
    int m_payloadRequests = 0;
    TlsInfo m_tls;
    QSslCertificate m_untrusted;
    QString m_untrustedDetail;
    ReceivedInbox m_inbox; // received, not delivered yet
    bool m_deliveryScheduled = false;
    bool m_paused = false;
    int m_busy = 0;
    quint64 m_generation = 0;
};

} // namespace balcony
