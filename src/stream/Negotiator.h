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
        // start the TLS handshake.
        virtual void negotiatorStartTls() = 0;
        // SASL succeeded: a new stream starts on the same connection; keep the bytes after <success/>.
        virtual void negotiatorRestartStream(const QString &mechanism) = 0;
        // The client wrote everything it could and now waits for the server (ConnectionStats::roundTrips).
        virtual void negotiatorWaiting() = 0;
        virtual void negotiatorBound(const Jid &jid) = 0;
        // The session is ready (after bind, and the session IQ if one was required).
        virtual void negotiatorFinished(const Element &features) = 0;
        // Negotiation failed; `sendError` is a stream error to send before closing (null condition = none).
        virtual void negotiatorFailed(const ConnectionError &error, const std::optional<StreamError> &sendError) = 0;
        virtual QString negotiatorNewId() = 0;
    };

    enum class Stage {
        Idle,
        AwaitingTlsProceed, // header + <starttls/> sent
        AwaitingTlsHandshake, // <proceed/> received
        Authenticating, // secured stream header (+ guessed <auth/>) sent
        Binding, // post-SASL header + bind sent
        Session, // session IQ sent
        Done,
    };

    Negotiator(Host &host, const ConnectionSettings &settings);
    ~Negotiator();

    Stage stage() const { return m_stage; }

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
    void sendBind(bool withResource);
    void maybeFinishBinding();
    void fail(ConnectionError::Kind kind, const QString &message, std::optional<StreamError> sendError = {});
    void unexpected(const Element &element);

    Host &m_host;
    const ConnectionSettings &m_settings;
    Stage m_stage = Stage::Idle;
    bool m_featuresSeen = false; // <stream:features/> of the current stream
    Element m_features;
    std::unique_ptr<SaslClient> m_sasl;
    bool m_guessRejected = false; // the pipelined mechanism turned out not to be offered
    QStringList m_offeredMechanisms;
    QString m_bindId;
    bool m_bindRetried = false;
    Jid m_boundJid;
    QString m_sessionId;
};

} // namespace balcony
