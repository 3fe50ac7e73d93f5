#include "Negotiator.h"

#include "core/StanzaError.h"
#include "core/StreamHeader.h"
#include "core/XmlWriter.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

QByteArray serialized(const Element &e)
{
    // Only for elements built here from fixed names and base64 or ASCII text, which are always valid XML;
    // anything carrying user input (the resource) goes through XmlWriter::serialize and its checks.
    return XmlWriter::serializeLossy(e, QString::fromUtf16(ns::client));
}

QString saslFailureMessage(const QString &condition, const QString &text)
{
    QString message;
    if (condition == u"not-authorized") {
        message = QCoreApplication::translate("balcony", "Wrong user name or password.");
    } else if (condition == u"account-disabled") {
        message = QCoreApplication::translate("balcony", "This account has been disabled on the server.");
    } else if (condition == u"credentials-expired") {
        message = QCoreApplication::translate(
            "balcony", "The password has expired; change it with another client or on the server's website.");
    } else if (condition == u"temporary-auth-failure") {
        message = QCoreApplication::translate(
            "balcony", "The server could not check the password right now; try again later.");
    } else if (condition == u"encryption-required" || condition == u"invalid-mechanism"
        || condition == u"mechanism-too-weak") {
        message = QCoreApplication::translate("balcony", "The server refused the authentication method (%1).")
                      .arg(condition);
    } else {
        message = QCoreApplication::translate("balcony", "Authentication failed (%1).").arg(condition);
    }
    if (!text.isEmpty()) {
        message = QCoreApplication::translate("balcony", "%1 The server said: %2").arg(message, text.simplified());
    }
    return message;
}

} // namespace

Negotiator::Negotiator(Host &host, const ConnectionSettings &settings)
    : m_host(host)
    , m_settings(settings)
{
}

Negotiator::~Negotiator() = default;

QByteArray Negotiator::streamHeader(const Jid &account, bool secured)
{
    StreamHeader header;
    header.to = account.domain();
    if (secured) {
        header.from = account.bareString();
    }
    header.version = u"1.0"_s;
    header.lang = u"en"_s;
    return XmlWriter::streamOpening(header);
}

bool Negotiator::advertisesPipelining(const Element &features)
{
    return features.hasChild(u"pipelining", u"urn:xmpp:features:pipelining");
}

void Negotiator::beginConnection(const ServerProfile &profile, bool pipelineSessionStart)
{
    m_profile = profile;
    m_allowExtrasPipelining = pipelineSessionStart;
    m_stage = Stage::Idle;
    m_tlsFeatures = Element();
    m_saslFeatures = Element();
    m_sessionFeatures = Element();
    m_earlyTls = false;
}

void Negotiator::startPlain()
{
    m_stage = Stage::AwaitingTlsProceed;
    m_featuresSeen = false;
    m_features = Element();
    // Prosody and ejabberd accept <starttls/> before they have sent their features; it saves a round trip
    // and the features are still checked when they arrive (no STARTTLS offered = failure). A ClientHello
    // behind it only when the server said it pipelines (XEP-0305 listing 1): others parse it as XML.
    m_earlyTls = advertisesPipelining(m_profile.tlsFeatures) && m_host.negotiatorCanStartTlsEarly();
    Element starttls(u"starttls"_s, QString::fromUtf16(ns::tls));
    m_host.negotiatorWrite(streamHeader(m_settings.jid, false) + serialized(starttls));
    if (m_earlyTls) {
        m_host.negotiatorStartTlsEarly();
    }
    m_host.negotiatorWaiting();
}

void Negotiator::startSecured()
{
    m_stage = Stage::Authenticating;
    m_featuresSeen = false;
    m_features = Element();
    m_sasl.reset();
    m_guessRejected = false;
    m_offeredMechanisms.clear();
    m_bindId.clear();
    m_bindRetried = false;
    m_boundJid = Jid();
    m_sessionId.clear();
    m_postAuthSent = false;
    m_extrasSent = false;
    m_afterSuccess = Stage::Binding;
    if (m_settings.purpose == ConnectionSettings::Purpose::Registration) {
        // XEP-0077 §3.1: the account does not exist yet, so the header names no 'from' (RFC 6120 §4.7.1
        // makes it the account's address, which is only claimed once registered) and nothing is guessed.
        m_host.negotiatorWrite(streamHeader(m_settings.jid, false));
        m_host.negotiatorWaiting();
        return;
    }
    const QByteArray header = streamHeader(m_settings.jid, true);
    // The guess comes from what the server offered last time (XEP-0305 §3 assumption 2), else from the
    // settings. Only a SCRAM guess is pipelined: it never reveals the password, so a wrong guess is harmless.
    QString guess = m_settings.preferredMechanism;
    const QStringList cached = SaslClient::mechanismsFrom(m_profile.saslFeatures);
    if (!cached.isEmpty()) {
        guess = SaslClient::chooseMechanism(cached, true);
    }
    if (SaslClient::isScram(guess)) {
        startAuth(guess, header);
        return;
    }
    m_host.negotiatorWrite(header);
    m_host.negotiatorWaiting();
}

void Negotiator::startAuth(const QString &mechanism, QByteArray prefix)
{
    m_sasl = std::make_unique<SaslClient>(mechanism, m_settings.jid.local(), m_settings.password);
    m_host.negotiatorWrite(prefix + serialized(m_sasl->start()));
    m_host.negotiatorWaiting();
}

void Negotiator::handleEvent(const ParserEvent &event)
{
    if (m_stage == Stage::Idle || m_stage == Stage::Done) {
        return;
    }
    if (event.type == ParserEvent::Type::StreamOpened) {
        handleStreamOpened(event.header);
    } else if (event.type == ParserEvent::Type::Element) {
        handleElement(event.element);
    }
}

void Negotiator::handleStreamOpened(const StreamHeader &header)
{
    // RFC 6120 §4.7.5: without version 1.0 there are no stream features, hence no STARTTLS or SASL.
    if (!header.version.startsWith(u"1."_s)) {
        StreamError error;
        error.condition = StreamErrorCondition::UnsupportedVersion;
        fail(ConnectionError::Kind::Stream,
            QCoreApplication::translate("balcony", "The server does not support XMPP 1.0 streams."), error);
        return;
    }
    if (header.defaultNs != ns::client) {
        StreamError error;
        error.condition = StreamErrorCondition::InvalidNamespace;
        fail(ConnectionError::Kind::Stream,
            QCoreApplication::translate("balcony", "The server opened a stream of the wrong kind."), error);
    }
}

void Negotiator::handleElement(const Element &element)
{
    const bool isFeatures = element.ns() == ns::stream && element.name() == u"features";
    switch (m_stage) {
    case Stage::AwaitingTlsProceed:
        if (isFeatures || element.ns() == ns::tls) {
            handleTlsStage(element);
            return;
        }
        break;
    case Stage::Authenticating:
        if (isFeatures) {
            handleSaslFeatures(element);
            return;
        }
        if (element.ns() == ns::sasl) {
            handleSasl(element);
            return;
        }
        break;
    case Stage::Resuming:
        if (isFeatures) {
            m_featuresSeen = true;
            m_features = element;
            m_sessionFeatures = element;
            return;
        }
        if (element.ns() == u"urn:xmpp:sm:3" && (element.name() == u"resumed" || element.name() == u"failed")) {
            handleResumeAnswer(element);
            return;
        }
        break;
    case Stage::Binding:
    case Stage::Session:
        if (isFeatures) {
            handleBindFeatures(element);
            return;
        }
        if (element.ns() == ns::client && element.name() == u"iq") {
            handleIq(element);
            return;
        }
        break;
    case Stage::AwaitingTlsHandshake:
    case Stage::Idle:
    case Stage::Done:
        break;
    }
    unexpected(element);
}

void Negotiator::handleTlsStage(const Element &element)
{
    if (element.ns() == ns::stream) {
        m_featuresSeen = true;
        m_tlsFeatures = element;
        // RFC 6120 §5.3.1: no STARTTLS offered. We never continue in plaintext (no downgrade, ever).
        if (!element.hasChild(u"starttls", ns::tls)) {
            fail(ConnectionError::Kind::Tls,
                QCoreApplication::translate(
                    "balcony", "The server does not offer encryption (STARTTLS); Balcony never logs in without it."));
        }
        return;
    }
    if (element.name() == u"proceed") {
        m_stage = Stage::AwaitingTlsHandshake;
        m_host.negotiatorStartTls(m_earlyTls);
        return;
    }
    if (element.name() == u"failure") {
        // RFC 6120 §5.4.2.2: the server closes the stream after <failure/>.
        fail(ConnectionError::Kind::Tls,
            QCoreApplication::translate("balcony", "The server could not start encryption (STARTTLS failed)."));
        return;
    }
    unexpected(element);
}

void Negotiator::handleSaslFeatures(const Element &features)
{
    m_featuresSeen = true;
    m_features = features;
    m_saslFeatures = features;
    if (m_settings.purpose == ConnectionSettings::Purpose::Registration) {
        // The secured stream is all a registration needs. Whether the server advertises
        // <register xmlns='http://jabber.org/features/iq-register'/> is not checked: XEP-0077 §3.1 lets a
        // client ask anyway, and the server's answer says whether it allows it.
        m_stage = Stage::Done;
        m_host.negotiatorSecuredForRegistration(features);
        return;
    }
    m_offeredMechanisms = SaslClient::mechanismsFrom(features);
    if (m_sasl) {
        // The pipelined guess: if the server does not offer it, its <failure/> is on the way; the real
        // choice is made when it arrives (one round trip lost, and no authentication attempt counted).
        m_guessRejected = !m_offeredMechanisms.contains(m_sasl->mechanism());
        return;
    }
    const QString mechanism = SaslClient::chooseMechanism(m_offeredMechanisms, true);
    if (mechanism.isEmpty()) {
        fail(ConnectionError::Kind::Authentication,
            QCoreApplication::translate(
                "balcony", "The server offers no authentication method Balcony supports (offered: %1).")
                .arg(m_offeredMechanisms.join(u", "_s)));
        return;
    }
    startAuth(mechanism, {});
}

void Negotiator::handleSasl(const Element &element)
{
    if (!m_sasl) {
        unexpected(element);
        return;
    }
    if (m_guessRejected && element.name() == u"failure") {
        m_guessRejected = false;
        m_sasl.reset();
        const QString mechanism = SaslClient::chooseMechanism(m_offeredMechanisms, true);
        if (mechanism.isEmpty()) {
            fail(ConnectionError::Kind::Authentication,
                QCoreApplication::translate(
                    "balcony", "The server offers no authentication method Balcony supports (offered: %1).")
                    .arg(m_offeredMechanisms.join(u", "_s)));
            return;
        }
        startAuth(mechanism, {});
        return;
    }
    const SaslClient::Step step = m_sasl->handle(element);
    switch (step.kind) {
    case SaslClient::Step::Kind::Reply:
        // SCRAM's reply to the server-first message is the final response. XEP-0305 listing 5: a server
        // that advertises pipelining takes the stream restart and the bind (or resume) right behind it.
        // Never otherwise: Prosody and ejabberd break on a restart in the same write as a SASL message.
        if (SaslClient::isScram(m_sasl->mechanism()) && advertisesPipelining(m_features)) {
            m_postAuthSent = true;
            sendPostAuth(serialized(step.reply));
            return;
        }
        m_host.negotiatorWrite(serialized(step.reply));
        m_host.negotiatorWaiting();
        return;
    case SaslClient::Step::Kind::Succeeded: {
        // RFC 6120 §6.4.6: a new stream over the same connection. Header and bind go out together, but
        // never in the same write as a SASL message (servers break on that, see the Prosody notes).
        m_featuresSeen = false;
        m_features = Element();
        m_host.negotiatorRestartStream(m_sasl->mechanism());
        if (m_postAuthSent) {
            m_stage = m_afterSuccess; // already on its way, answered in this same round trip
            return;
        }
        sendPostAuth({});
        return;
    }
    case SaslClient::Step::Kind::Failed: {
        ConnectionError error;
        error.kind = ConnectionError::Kind::Authentication;
        if (step.local) {
            error.message = QCoreApplication::translate("balcony",
                "The server failed to prove that it knows your password; it may be an "
                "impostor (%1).")
                                .arg(step.text);
        } else {
            error.saslCondition = step.condition;
            error.message = saslFailureMessage(step.condition, step.text);
        }
        m_stage = Stage::Idle;
        m_host.negotiatorFailed(error, std::nullopt);
        return;
    }
    }
}

void Negotiator::enterStage(Stage stage)
{
    // A post-auth request pipelined behind the final SASL response takes effect once <success/> arrives.
    if (m_postAuthSent && m_stage == Stage::Authenticating) {
        m_afterSuccess = stage;
    } else {
        m_stage = stage;
    }
}

bool Negotiator::canPipelineExtras() const
{
    if (!m_allowExtrasPipelining) {
        return false;
    }
    // Stanzas may follow the bind request only if nothing else has to happen first: the legacy session
    // IQ, where a server still requires it, must come before them. Decided from this stream's features
    // when they are here, else from the cached ones; with neither, the extras wait until bound.
    const Element features = m_sessionFeatures.isNull() ? m_profile.sessionFeatures : m_sessionFeatures;
    if (features.isNull() || !features.hasChild(u"bind", ns::bind)) {
        return false;
    }
    const Element session = features.firstChild(u"session", ns::session);
    return session.isNull() || session.hasChild(u"optional", ns::session);
}

void Negotiator::sendPostAuth(QByteArray prefix)
{
    prefix += streamHeader(m_settings.jid, true);
    if (const auto resume = m_host.negotiatorResumeRequest()) {
        // XEP-0198 §5: resume instead of binding; XEP-0305 §7 reconnection.
        enterStage(Stage::Resuming);
        m_host.negotiatorWrite(prefix + serialized(*resume));
        m_host.negotiatorWaiting();
        return;
    }
    enterStage(Stage::Binding);
    sendBind(true, prefix);
}

void Negotiator::handleResumeAnswer(const Element &element)
{
    if (element.name() == u"resumed") {
        m_stage = Stage::Done;
        m_host.negotiatorResumed(element, m_features);
        return;
    }
    // The old session is gone: bind a new one on this same stream (costs the round trip resumption
    // would have saved).
    m_host.negotiatorResumeFailed(element);
    if (m_stage != Stage::Resuming) {
        return; // the host gave up
    }
    m_stage = Stage::Binding;
    sendBind(true, {});
}

void Negotiator::sendBind(bool withResource, QByteArray prefix)
{
    m_bindId = m_host.negotiatorNewId();
    Element bind(u"bind"_s, QString::fromUtf16(ns::bind));
    // RFC 6120 §7.6: the requested resource, or none to let the server assign one.
    if (withResource && !m_settings.jid.resource().isEmpty()) {
        bind.appendTextChild(u"resource"_s, QString::fromUtf16(ns::bind), m_settings.jid.resource());
    }
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.setAttribute(u"id"_s, m_bindId);
    iq.appendChild(bind);
    QString error;
    const auto bytes = XmlWriter::serialize(iq, QString::fromUtf16(ns::client), &error);
    if (!bytes) {
        fail(ConnectionError::Kind::Configuration,
            QCoreApplication::translate("balcony", "The resource name cannot be used (%1).").arg(error));
        return;
    }
    QByteArray out = prefix + *bytes;
    if (!m_extrasSent && canPipelineExtras()) {
        // XEP-0305 §5 and the Prosody notes: SM <enable/>, roster get and initial presence behind the bind.
        m_extrasSent = true;
        out += m_host.negotiatorAfterBind(m_sessionFeatures);
    }
    m_host.negotiatorWrite(out);
    m_host.negotiatorWaiting();
}

void Negotiator::handleBindFeatures(const Element &features)
{
    m_featuresSeen = true;
    m_features = features;
    m_sessionFeatures = features;
    if (!features.hasChild(u"bind", ns::bind)) {
        fail(ConnectionError::Kind::Binding,
            QCoreApplication::translate("balcony", "The server does not offer resource binding."));
        return;
    }
    maybeFinishBinding();
}

void Negotiator::handleIq(const Element &iq)
{
    const QString id = iq.attribute(u"id");
    const QString type = iq.attribute(u"type");
    const bool isResponse = type == u"result" || type == u"error";
    if (m_stage == Stage::Binding && isResponse && id == m_bindId && m_boundJid.isNull()) {
        if (type == u"error") {
            const StanzaError error = StanzaError::fromElement(iq.firstChild(u"error"));
            // RFC 6120 §7.7.2.2: the resource is taken and the server will not override: ask for any.
            if (error.condition == StanzaError::Condition::Conflict && !m_bindRetried
                && !m_settings.jid.resource().isEmpty()) {
                if (m_extrasSent) {
                    // The pipelined stanzas reached the server before any resource was bound; the stream
                    // is unusable. The Connection reconnects without pipelining them.
                    fail(ConnectionError::Kind::Binding,
                        QCoreApplication::translate(
                            "balcony", "The resource \"%1\" is in use; the next attempt lets the server choose one.")
                            .arg(m_settings.jid.resource()));
                    return;
                }
                m_bindRetried = true;
                sendBind(false, {});
                return;
            }
            fail(ConnectionError::Kind::Binding,
                QCoreApplication::translate("balcony", "The server refused to bind a resource (%1).")
                    .arg(error.describe()));
            return;
        }
        const QString jidText = iq.firstChild(u"bind", ns::bind).childText(u"jid", ns::bind);
        const auto jid = Jid::parse(jidText);
        if (!jid || jid->isBare() || jid->bare() != m_settings.jid.bare()) {
            fail(ConnectionError::Kind::Binding,
                QCoreApplication::translate("balcony", "The server bound an invalid address (%1).").arg(jidText));
            return;
        }
        m_boundJid = *jid;
        m_host.negotiatorBound(m_boundJid);
        maybeFinishBinding();
        return;
    }
    if (m_stage == Stage::Session && isResponse && id == m_sessionId) {
        if (type == u"error") {
            const StanzaError error = StanzaError::fromElement(iq.firstChild(u"error"));
            fail(ConnectionError::Kind::Binding,
                QCoreApplication::translate("balcony", "The server refused to establish a session (%1).")
                    .arg(error.describe()));
            return;
        }
        m_stage = Stage::Done;
        m_host.negotiatorFinished(m_features);
        return;
    }
    unexpected(iq);
}

void Negotiator::maybeFinishBinding()
{
    if (m_stage != Stage::Binding || m_boundJid.isNull() || !m_featuresSeen) {
        return;
    }
    // RFC 3921 §3 session establishment; RFC 6121 dropped it and servers mark it <optional/> (RFC 6120
    // appendix E / draft-cridland-xmpp-session). Only an old server that requires it gets the extra round trip.
    const Element session = m_features.firstChild(u"session", ns::session);
    if (!session.isNull() && !session.hasChild(u"optional", ns::session)) {
        m_stage = Stage::Session;
        m_sessionId = m_host.negotiatorNewId();
        Element iq(u"iq"_s, QString::fromUtf16(ns::client));
        iq.setAttribute(u"type"_s, u"set"_s);
        iq.setAttribute(u"id"_s, m_sessionId);
        iq.setAttribute(u"to"_s, m_settings.jid.domain());
        iq.appendChild(Element(u"session"_s, QString::fromUtf16(ns::session)));
        m_host.negotiatorSendStanza(iq);
        m_host.negotiatorWaiting();
        return;
    }
    m_stage = Stage::Done;
    m_host.negotiatorFinished(m_features);
}

void Negotiator::fail(ConnectionError::Kind kind, const QString &message, std::optional<StreamError> sendError)
{
    ConnectionError error;
    error.kind = kind;
    error.message = message;
    if (sendError) {
        error.streamError = *sendError;
    }
    m_stage = Stage::Idle;
    m_host.negotiatorFailed(error, sendError);
}

void Negotiator::unexpected(const Element &element)
{
    StreamError error;
    error.condition = StreamErrorCondition::UnsupportedStanzaType;
    error.text = u"unexpected <%1 xmlns='%2'/> during stream negotiation"_s.arg(element.name(), element.ns());
    fail(ConnectionError::Kind::Stream,
        QCoreApplication::translate("balcony", "The server sent something unexpected while logging in (<%1/>).")
            .arg(element.name()),
        error);
}

// RFC 6120 §4.9.3.19: "host", "host:port", "[v6]" or "[v6]:port". nullopt if it is none of these.
std::optional<std::pair<QString, quint16>> Negotiator::parseRedirect(const QString &text)
{
    const QString s = text.trimmed();
    QString host;
    QString port;
    bool hasPort = false;
    if (s.startsWith(u'[')) {
        const qsizetype end = s.indexOf(u']');
        if (end < 0) {
            return std::nullopt;
        }
        host = s.mid(1, end - 1);
        const QString rest = s.mid(end + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':')) {
                return std::nullopt;
            }
            port = rest.mid(1);
            hasPort = true;
        }
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol) {
            return std::nullopt;
        }
    } else if (s.count(u':') == 1) {
        host = s.section(u':', 0, 0);
        port = s.section(u':', 1);
        hasPort = true;
    } else if (s.count(u':') > 1) {
        host = s; // a bare IPv6 address without a port
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol) {
            return std::nullopt;
        }
    } else {
        host = s;
    }
    if (host.isEmpty() || host.contains(u' ') || host.contains(u'/')) {
        return std::nullopt;
    }
    quint16 portNumber = 0;
    if (hasPort) {
        bool ok = false;
        portNumber = port.toUShort(&ok);
        if (!ok || portNumber == 0) {
            return std::nullopt;
        }
    }
    return std::make_pair(host, portNumber);
}

QString Negotiator::describeStreamError(const StreamError &error)
{
    QString message;
    switch (error.condition) {
    case StreamErrorCondition::Conflict:
        message = QCoreApplication::translate(
            "balcony", "Another client logged in with the same resource and replaced this connection.");
        break;
    case StreamErrorCondition::SystemShutdown:
        message = QCoreApplication::translate("balcony", "The server is shutting down.");
        break;
    case StreamErrorCondition::HostUnknown:
        message = QCoreApplication::translate("balcony", "The server does not host this domain.");
        break;
    case StreamErrorCondition::PolicyViolation:
        message = QCoreApplication::translate("balcony", "The server closed the connection for a policy violation.");
        break;
    case StreamErrorCondition::SeeOtherHost:
        message = QCoreApplication::translate(
            "balcony", "The server redirected the connection more than once, or to an invalid address.");
        break;
    default:
        message = QCoreApplication::translate("balcony", "The server closed the stream (%1).")
                      .arg(StreamError::conditionName(error.condition));
        break;
    }
    if (!error.text.isEmpty()) {
        message
            = QCoreApplication::translate("balcony", "%1 The server said: %2").arg(message, error.text.simplified());
    }
    return message;
}

} // namespace balcony
