#pragma once

#include "ConnectionSettings.h"
#include "IqTracker.h"
#include "StanzaRouter.h"
#include "Transport.h"
#include "core/Element.h"
#include "core/Jid.h"
#include "core/StreamError.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

namespace balcony {

enum class ConnectionState {
    Disconnected,
    Connecting, // DNS + TCP (+ TLS for direct TLS)
    Securing, // STARTTLS
    Authenticating, // SASL
    Binding, // resource binding (+ session)
    Connected, // bound: stanzas flow
    Disconnecting, // </stream:stream> sent, waiting for the peer's
    WaitingToReconnect, // backoff timer running
};

struct ConnectionError {
    enum class Kind {
        None,
        Configuration, // invalid JID, no password...
        Network, // DNS or TCP connect failure, connection lost
        Tls, // TLS handshake failure
        Certificate, // untrusted certificate; see `certificate` / `fingerprint`
        Authentication, // SASL failure (wrong password, no acceptable mechanism)
        Stream, // stream error (from the server or detected locally); see `streamError`
        Binding, // resource binding refused
        Timeout, // no bound session within connectTimeoutMs
    };
    Kind kind = Kind::None;
    QString message; // one line, translated
    StreamError streamError;
    QString saslCondition; // e.g. "not-authorized"
    QSslCertificate certificate;
    QByteArray fingerprint;
    // Whether the Connection will retry by itself (auto reconnect, not for auth/cert/config errors).
    bool willRetry = false;
};

// Figures for `balcony-cli login` and the benchmarks. Times are milliseconds since connectToServer().
struct ConnectionStats {
    qint64 connectedMs = -1; // TCP up
    qint64 tlsMs = -1; // TLS up
    qint64 authenticatedMs = -1; // SASL success
    qint64 boundMs = -1; // resource bound
    // Round trips the client waited for, from the TCP SYN to a bound session: TCP connect counts 1,
    // a TLS handshake counts its flights (1 for TLS 1.3, 2 for TLS 1.2), and every negotiation step
    // where the client had written everything it could and had to wait for the server counts 1.
    int roundTrips = 0;
    QString tlsProtocol;
    bool tlsResumed = false; // the TLS handshake resumed an earlier session (XEP-0305 §7)
    QString saslMechanism;
    bool directTls = false;
    QString peer; // host:port reached (the endpoint URL for BOSH and WebSocket)
    QString binding = QStringLiteral("tcp"); // "tcp", "bosh", "websocket"
    int httpRequests = 0; // BOSH: HTTP requests answered up to the bound session
    // XEP-0305 caches: which ones this connection used.
    bool dnsFromCache = false; // targets from the DNS cache, no lookup
    bool profileFromCache = false; // a cached server profile steered pipelining (mechanism, extras)
    bool pipelinedSessionStart = false; // SM enable + session-start stanzas went out with the bind
    // XEP-0198
    qint64 smEnabledMs = -1; // <enabled/> arrived
    bool resumed = false;
    int resentStanzas = 0;
};

// One XMPP client stream: the state machine that ties the transport, the parser, the negotiator and
// the IQ tracker together (RFC 6120 §4–§7), with reconnection (exponential backoff with jitter; none
// after authentication, certificate or configuration errors).
//
// Routing: after binding, IQ responses go to the IQ tracker; every other stanza is offered to the handlers
// registered for it (StanzaRouter: by payload child, then by element, then the catch-all handlers) and, if
// none took it, emitted as stanzaReceived(). IQ get/set that no handler claimed are answered with
// service-unavailable (RFC 6120 §8.4).
class Connection : public QObject {
    Q_OBJECT
public:
    // A stanza handler returns true if it took the stanza. Handlers see stanzas before stanzaReceived().
    using StanzaHandler = std::function<bool(const Element &)>;

    explicit Connection(QObject *parent = nullptr); // uses TcpTransport
    explicit Connection(std::unique_ptr<Transport> transport, QObject *parent = nullptr);
    ~Connection() override;

    void setSettings(const ConnectionSettings &settings);
    const ConnectionSettings &settings() const;

    void connectToServer();
    // Clean close: unavailable presence is the caller's business; this sends </stream:stream>, waits
    // (bounded) for the server's, then closes the socket. No reconnect afterwards.
    void disconnectFromServer();
    // The machine is about to sleep (true) or has woken up (false): passed to the transport (Transport::
    // prepareForSleep(), wake()), which keeps a BOSH session across the sleep where the server allows a pause.
    void setSleeping(bool sleeping);

    ConnectionState state() const;
    Jid boundJid() const;
    ConnectionStats stats() const;
    ConnectionError lastError() const;
    // Input has arrived that is not handled yet: it is handled in bounded turns from the event loop (issue
    // 11), so after a large delivery the rest waits for later turns.
    bool hasUnhandledInput() const;
    // XEP-0198 Stream Management is enabled on the current session (acks flow; resumable if the server
    // granted it).
    bool isStreamManagementEnabled() const;
    // The stream features of the current (bound) stream.
    Element streamFeatures() const;

    // Sends a stanza (message/presence/iq) in jabber:client. Returns false (and sends nothing) if the
    // element cannot be serialized as valid XML or the connection is not bound.
    bool send(const Element &stanza);
    // send() for a stanza the caller serialized already: `xml` must be XmlWriter::serialize(stanza) with
    // jabber:client as the context namespace (what storage/ElementXml writes); it is written as it is, so a
    // message is serialized once on its way from the outbox to the socket (issue 12).
    bool sendSerialized(const Element &stanza, const QByteArray &xml);
    // Sends a top-level element that is not a stanza (a "nonza" such as XEP-0352 <active/>): written as is
    // and NOT counted by XEP-0198 (§4 counts stanzas only), so never resent after a resumption. Returns
    // false (nothing sent) if no stream can take it now or it is not valid XML.
    bool sendNonza(const Element &nonza);
    // Sends an IQ get/set (an id is added if missing) and calls `callback` once with the outcome.
    // Returns the id used, or an empty string if nothing was sent (the callback then runs with Cancelled).
    QString sendIq(Element iq, IqTracker::Callback callback);

    // Registers `handler` for the stanzas `route` names (see StanzaRouter); it returns true for what it took.
    // Everything registered for `owner` goes when the owner is destroyed.
    void addStanzaHandler(const QObject *owner, const StanzaRoute &route, StanzaHandler handler);
    // A handler that owns `stanza`s by their sender or type (StanzaRouter::addSenderHandler): asked first.
    void addSenderStanzaHandler(const QObject *owner, const QString &stanza, StanzaHandler handler);
    // A catch-all handler, offered every stanza after the routed handlers (tests, tools).
    void addStanzaHandler(const QObject *owner, StanzaHandler handler);
    // Sees every routed stanza before the handlers, and cannot take it (liveness, statistics).
    void addStanzaObserver(const QObject *owner, std::function<void(const Element &)> observer);
    // Called while a new session starts (where sessionStarting() is emitted, just before it): in SessionStep
    // order, whatever order the modules were constructed in. Stanzas sent from
    // `start` ride in the pipelined session start (see sessionStarting()).
    void addSessionStep(const QObject *owner, SessionStep step, std::function<void(bool previousSessionLost)> start);

    // A fresh, unpredictable id for stanzas.
    static QString generateId();
    // Tests: makes generateId() return `generator()` (deterministic ids in expected XML). An empty
    // function restores random ids. Process-wide.
    static void setIdGenerator(std::function<QString()> generator);
    // Tests: the random source of the reconnect backoff (see Backoff::RandomSource); returning 0 makes
    // reconnects immediate. An empty function restores the default.
    void setBackoffRandomSource(std::function<qint64(qint64 upperInclusive)> random);
    // How long disconnectFromServer() waits for the server's </stream:stream> (default 5 s).
    void setCloseTimeout(int ms);
    // XEP-0198: how long an <r/> may stay unanswered before the connection counts as dead (default 60 s).
    void setAckTimeout(int ms);
    // Stanzas the server has not acknowledged yet (sent or queued for the next stream).
    int unacknowledgedCount() const;

Q_SIGNALS:
    void stateChanged(balcony::ConnectionState state);
    void connected(); // bound (a new session) or resumed (XEP-0198)
    // XEP-0305 pipelining: emitted while the post-authentication stream restart and the bind request of a
    // NEW session (not a resumed one) are being written. Stanzas sent (send()/sendIq()) from a slot
    // connected here go into the same write, after the bind request and the Stream Management <enable/>:
    // the roster get and the initial presence, for example. `previousSessionLost` is true when this
    // session replaces an earlier one whose state is gone (resumption failed or was impossible), so
    // modules re-synchronise (roster, presence, subscriptions).
    void sessionStarting(bool previousSessionLost); // after the session steps (addSessionStep())
    // XEP-0198: the previous session was resumed; nothing was lost, the unacknowledged stanzas were resent.
    void sessionResumed(int resentStanzas);
    // XEP-0198: the server acknowledged having handled these message stanzas (in order; presences and IQs
    // are counted but not reported, and not kept while unacknowledged). The durable outbox removes a message
    // only then.
    void stanzasAcknowledged(const QList<balcony::Element> &stanzas);
    void disconnected(); // the stream is gone (a reconnect may follow)
    void errorOccurred(const balcony::ConnectionError &error);
    void stanzaReceived(const balcony::Element &stanza);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace balcony
