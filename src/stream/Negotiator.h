#pragma once

#include "Connection.h"
#include "ConnectionSettings.h"
#include "Sasl.h"
#include "XmlStreamParser.h"
#include "core/Element.h"
#include "core/Jid.h"

#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace balcony {

// Client stream negotiation up to a bound session (RFC 6120 §4.3–§7): STARTTLS, SASL, resource binding
// and the legacy session establishment (RFC 3921 §3, only when the server says it is not optional).
//
// It pipelines what servers accept without XEP-0305 (see notes on Prosody/ejabberd): the stream header and
// <starttls/> in one write before the features arrive; the new header and the guessed SASL <auth/> in one
// write right after TLS; the post-SASL header and the bind request in one write after <success/>. It never
// puts a stream restart behind a SASL message in the same write, and never falls back to plaintext: a
// server without STARTTLS, or a refused TLS, ends the attempt.
//
// The negotiator does no I/O itself: the Connection implements Host, feeds it parser events, and owns
// the transport and the parser.
class Negotiator {
public:
    class Host {
    public:
        virtual ~Host() = default;
        virtual void negotiatorWrite(const QByteArray &bytes) = 0;
        // <proceed/> arrived: drop any bytes after it (they were sent in the clear, RFC 6120 §5.4.3.3) and
        // start the TLS handshake (unless it was started early, see negotiatorStartTlsEarly()).
        virtual void negotiatorStartTls(bool alreadyStarted) = 0;
        // XEP-0305 listing 1: the transport can send its TLS ClientHello right behind <starttls/>, before
        // <proceed/> arrives (it then tells the server's plaintext reply from its TLS records itself).
        virtual bool negotiatorCanStartTlsEarly() const = 0;
        virtual void negotiatorStartTlsEarly() = 0;
        // SASL succeeded: a new stream starts on the same connection; keep the bytes after <success/>.
        virtual void negotiatorRestartStream(const QString &mechanism) = 0;
        // The client wrote everything it could and now waits for the server (ConnectionStats::roundTrips).
        virtual void negotiatorWaiting() = 0;
        virtual void negotiatorBound(const Jid &jid) = 0;
        // What goes into the same write right after the bind request of a new session (XEP-0305 §5,
        // listing 5): the XEP-0198 <enable/> and the stanzas modules send as the session starts. Called
        // once per new session; `features` are the post-authentication features if they are known yet
        // (from this stream, or null when pipelining on the strength of the cached server profile).
        virtual QByteArray negotiatorAfterBind(const Element &features) = 0;
        // XEP-0198 §5: the <resume/> request to send instead of binding, if the previous session can be
        // resumed.
        virtual std::optional<Element> negotiatorResumeRequest() = 0;
        // <resumed/> arrived: the old session continues on this stream (no bind).
        virtual void negotiatorResumed(const Element &resumed, const Element &features) = 0;
        // <failed/> answered our <resume/>: a new session is bound next.
        virtual void negotiatorResumeFailed(const Element &failed) = 0;
        // A stanza the negotiator sends after binding (the legacy session IQ); counted by stream management.
        virtual void negotiatorSendStanza(const Element &stanza) = 0;
        // The session is ready (after bind, and the session IQ if one was required).
        virtual void negotiatorFinished(const Element &features) = 0;
        // ConnectionSettings::Purpose::Registration: TLS is up and the server's features after it arrived;
        // negotiation ends here, before SASL (XEP-0077 §3.1).
        virtual void negotiatorSecuredForRegistration(const Element &features) = 0;
        // Negotiation failed; `sendError` is a stream error to send before closing (null condition = none).
        virtual void negotiatorFailed(const ConnectionError &error, const std::optional<StreamError> &sendError) = 0;
        virtual QString negotiatorNewId() = 0;
    };

    enum class Stage {
        Idle,
        AwaitingTlsProceed, // header + <starttls/> sent
        AwaitingTlsHandshake, // <proceed/> received
        Authenticating, // secured stream header (+ guessed <auth/>) sent
        Resuming, // post-SASL header + XEP-0198 <resume/> sent
        Binding, // post-SASL header + bind sent
        Session, // session IQ sent
        Done,
    };

    Negotiator(Host &host, const ConnectionSettings &settings);
    ~Negotiator();

    Stage stage() const { return m_stage; }

    // What earlier connections learned about the server (XEP-0305 §2); decides what may be pipelined:
    // the SASL mechanism to guess, and, when the server advertised urn:xmpp:features:pipelining, the
    // ClientHello behind <starttls/> and the post-authentication restart behind the final SASL response.
    // Called before each connection. `pipelineSessionStart` allows putting the session-start extras
    // (negotiatorAfterBind) behind the bind request when the profile says that is safe.
    void beginConnection(const ServerProfile &profile, bool pipelineSessionStart = true);
    // The features this connection saw at each stage (null where the stage did not happen).
    Element tlsFeatures() const { return m_tlsFeatures; }
    Element saslFeatures() const { return m_saslFeatures; }
    Element sessionFeatures() const { return m_sessionFeatures; }
    // The pipelined post-authentication request (restart + bind/resume) went out with the final SASL
    // response (XEP-0305 listing 5).
    bool pipelinedAfterSasl() const { return m_postAuthSent; }
    // negotiatorAfterBind() went out in the bind write (else the Connection sends it once bound).
    bool extrasSent() const { return m_extrasSent; }
    // The ClientHello went out behind <starttls/> (XEP-0305 listing 1).
    bool earlyTls() const { return m_earlyTls; }
    static bool advertisesPipelining(const Element &features);

    // TCP is up on a plain connection: header + <starttls/>.
    void startPlain();
    // TLS is up (after STARTTLS or direct TLS): header, plus the guessed <auth/> if configured.
    void startSecured();
    // A parser event of the current stream (StreamOpened or Element; errors and closes are the Connection's).
    void handleEvent(const ParserEvent &event);

    // RFC 6120 §4.9.3.19 see-other-host: "host", "host:port", "[v6]" or "[v6]:port" → (host, port or 0);
    // nullopt if the text is none of these.
    static std::optional<std::pair<QString, quint16>> parseRedirect(const QString &text);
    // A translated one-line message for a stream error received from the server.
    static QString describeStreamError(const StreamError &error);

    // The header this client sends; `secured` adds 'from' (RFC 6120 §4.7.1: only once TLS protects it).
    static QByteArray streamHeader(const Jid &account, bool secured);

private:
    void handleStreamOpened(const StreamHeader &header);
    void handleElement(const Element &element);
    void handleTlsStage(const Element &element);
    void handleSaslFeatures(const Element &features);
    void handleSasl(const Element &element);
    void startAuth(const QString &mechanism, QByteArray prefix);
    void handleBindFeatures(const Element &features);
    void handleIq(const Element &iq);
    void sendPostAuth(QByteArray prefix);
    void enterStage(Stage stage);
    bool canPipelineExtras() const;
    void sendBind(bool withResource, QByteArray prefix);
    void handleResumeAnswer(const Element &element);
    void maybeFinishBinding();
    void fail(ConnectionError::Kind kind, const QString &message, std::optional<StreamError> sendError = {});
    void unexpected(const Element &element);

    Host &m_host;
    const ConnectionSettings &m_settings;
    Stage m_stage = Stage::Idle;
    bool m_featuresSeen = false; // <stream:features/> of the current stream
    Element m_features;
    ServerProfile m_profile;
    Element m_tlsFeatures;
    Element m_saslFeatures;
    Element m_sessionFeatures;
    bool m_earlyTls = false; // ClientHello sent behind <starttls/>
    bool m_postAuthSent = false; // restart + bind/resume written before <success/>
    bool m_extrasSent = false; // negotiatorAfterBind() written for this session
    bool m_allowExtrasPipelining = true;
    Stage m_afterSuccess = Stage::Binding; // the stage a pipelined post-auth request entered
    std::unique_ptr<SaslClient> m_sasl;
    bool m_guessRejected = false; // the pipelined mechanism turned out not to be offered
    QStringList m_offeredMechanisms;
    QString m_bindId;
    bool m_bindRetried = false;
    Jid m_boundJid;
    QString m_sessionId;
};

} // namespace balcony
