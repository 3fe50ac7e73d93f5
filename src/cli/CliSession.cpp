#include "CliSession.h"

#include "ExitCode.h"
#include "core/StreamHeader.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace balcony::cli {

namespace {
constexpr int DefaultTimeoutMs = 30000;
// How long a clean close may take before we give up waiting for the Connection (which bounds it itself).
constexpr int CloseGuardMs = 15000;
constexpr auto DelayNs = u"urn:xmpp:delay";

QJsonValue stringOrNull(const QString &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value);
}
} // namespace

CliSession::CliSession(const CliOptions &options, const QString &program, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_program(program)
    , m_out(stdout)
    , m_err(stderr)
{
    m_connection.setSettings(m_options.settings);
    connect(&m_connection, &Connection::connected, this, &CliSession::onConnected);
    connect(&m_connection, &Connection::errorOccurred, this, &CliSession::onError);
    connect(&m_connection, &Connection::disconnected, this, &CliSession::onDisconnected);
    connect(&m_connection, &Connection::stanzaReceived, this, &CliSession::onStanza);

    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &CliSession::onTimeout);
    m_closeGuard.setSingleShot(true);
    m_closeGuard.setInterval(CloseGuardMs);
    connect(&m_closeGuard, &QTimer::timeout, this, [this] { emitFinished(m_exitCode); });
}

CliSession::~CliSession() = default;

void CliSession::start()
{
    if (!m_options.trustWarning.isEmpty()) {
        printError(tr("warning: %1").arg(m_options.trustWarning));
    }
    const int timeout = m_options.timeoutMs > 0 ? m_options.timeoutMs
                                                : (m_options.command == Command::Listen ? -1 : DefaultTimeoutMs);
    if (timeout > 0) {
        m_timeout.start(timeout);
    }
    m_connection.connectToServer();
}

void CliSession::onConnected()
{
    if (m_done || m_closing) {
        return;
    }
    const bool first = !m_everBound;
    m_everBound = true;
    switch (m_options.command) {
    case Command::Login:
        printLogin();
        finish(ExitOk);
        return;
    case Command::Send:
        sendMessage();
        return;
    case Command::Listen:
        // RFC 6121 §4.2: initial presence makes us available, so messages (and offline ones, XEP-0160)
        // are delivered to this resource. Sent again after every reconnect.
        m_connection.send(Element(u"presence"_s, QString::fromUtf16(ns::client)));
        if (first) {
            m_err << tr("listening as %1").arg(m_connection.boundJid().toString()) << Qt::endl;
        } else {
            m_err << tr("reconnected as %1").arg(m_connection.boundJid().toString()) << Qt::endl;
        }
        return;
    case Command::TrustCert:
        break;
    }
}

void CliSession::printLogin()
{
    const ConnectionStats stats = m_connection.stats();
    const QString jid = m_connection.boundJid().toString();
    if (m_options.json) {
        const QJsonObject object {
            { u"jid"_s, jid },
            { u"tls"_s, stats.tlsProtocol },
            { u"mechanism"_s, stats.saslMechanism },
            { u"directTls"_s, stats.directTls },
            { u"peer"_s, stats.peer },
            { u"connectMs"_s, stats.connectedMs },
            { u"tlsMs"_s, stats.tlsMs },
            { u"authMs"_s, stats.authenticatedMs },
            { u"boundMs"_s, stats.boundMs },
            { u"roundTrips"_s, stats.roundTrips },
        };
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
        return;
    }
    m_out << tr("bound:       %1").arg(jid) << '\n'
          << tr("peer:        %1 (%2)").arg(stats.peer, stats.directTls ? tr("direct TLS") : tr("STARTTLS")) << '\n'
          << tr("tls:         %1").arg(stats.tlsProtocol) << '\n'
          << tr("mechanism:   %1").arg(stats.saslMechanism) << '\n'
          << tr("timings ms:  connect %1, tls %2, auth %3, bound %4")
                 .arg(stats.connectedMs)
                 .arg(stats.tlsMs)
                 .arg(stats.authenticatedMs)
                 .arg(stats.boundMs)
          << '\n'
          << tr("round trips: %1").arg(stats.roundTrips) << Qt::endl;
}

void CliSession::sendMessage()
{
    // RFC 6121 §5.2: a one-to-one chat message.
    Element message(u"message"_s, QString::fromUtf16(ns::client));
    const QString id = Connection::generateId();
    message.setAttribute(u"type"_s, u"chat"_s);
    message.setAttribute(u"id"_s, id);
    message.setAttribute(u"to"_s, m_options.to.toString());
    message.appendTextChild(u"body"_s, QString::fromUtf16(ns::client), m_options.text);
    if (!m_connection.send(message)) {
        finish(ExitOther, tr("The message could not be sent."));
        return;
    }
    if (m_options.json) {
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject { { u"id"_s, id }, { u"to"_s, m_options.to.toString() } })
                                       .toJson(QJsonDocument::Compact))
              << Qt::endl;
    }
    // The close handshake below completes only after the server has read (and so processed) everything we
    // wrote before our </stream:stream> (RFC 6120 §4.4).
    finish(ExitOk);
}

void CliSession::onStanza(const Element &stanza)
{
    if (m_options.command != Command::Listen || m_done || stanza.name() != u"message" || !stanza.hasChild(u"body")) {
        return;
    }
    const Element delay = stanza.firstChild(u"delay", DelayNs);
    const Element thread = stanza.firstChild(u"thread");
    const QJsonObject object {
        { u"from"_s, stanza.attribute(u"from") },
        { u"to"_s, stanza.attribute(u"to") },
        { u"id"_s, stringOrNull(stanza.hasAttribute(u"id") ? stanza.attribute(u"id") : QString()) },
        { u"type"_s, stanza.hasAttribute(u"type") ? stanza.attribute(u"type") : u"normal"_s },
        { u"body"_s, stanza.childText(u"body") },
        { u"thread"_s, stringOrNull(thread.isNull() ? QString() : thread.text()) },
        // XEP-0203: when the message was originally sent (offline storage, archives).
        { u"stamp"_s, stringOrNull(delay.isNull() ? QString() : delay.attribute(u"stamp")) },
    };
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
    ++m_received;
    if (m_options.count > 0 && m_received >= m_options.count) {
        finish(ExitOk);
    }
}

void CliSession::onError(const ConnectionError &error)
{
    if (m_done) {
        return;
    }
    const QString line = errorLine(error, m_options.settings.jid.domain(), trustCommand(m_program, m_options));
    if (m_closing) {
        // The close handshake failed: for send, delivery is not confirmed.
        m_exitCode = m_exitCode == ExitOk ? exitCodeFor(error.kind) : m_exitCode;
        printError(line);
        return;
    }
    // listen keeps its session alive across server restarts once it has been bound; before that, a
    // failure is a configuration problem the user should see at once.
    if (m_options.command == Command::Listen && m_everBound && error.willRetry) {
        m_err << tr("connection lost (%1); reconnecting").arg(line) << Qt::endl;
        return;
    }
    finish(exitCodeFor(error.kind) == ExitOk ? ExitOther : exitCodeFor(error.kind), line);
}

void CliSession::onDisconnected()
{
    if (m_done) {
        return;
    }
    if (m_closing) {
        emitFinished(m_exitCode);
        return;
    }
    if (m_options.command == Command::Listen && m_everBound && m_options.settings.autoReconnect) {
        return; // the Connection reconnects by itself
    }
    // Errors are normally reported through errorOccurred(); let one that is emitted right after
    // disconnected() arrive first.
    QTimer::singleShot(0, this, [this] {
        if (m_done || m_closing) {
            return;
        }
        const ConnectionError error = m_connection.lastError();
        if (error.kind != ConnectionError::Kind::None) {
            onError(error);
        } else {
            finish(ExitConnect, tr("The server closed the connection."));
        }
    });
}

void CliSession::onTimeout()
{
    if (m_done) {
        return;
    }
    const double seconds = m_timeout.interval() / 1000.0;
    if (m_options.command == Command::Listen && m_everBound && m_options.count == 0) {
        finish(ExitOk);
        return;
    }
    if (m_options.command == Command::Listen && m_everBound) {
        finish(ExitTimeout,
            tr("Timed out after %1 s with %2 of %3 messages.").arg(seconds).arg(m_received).arg(m_options.count));
        return;
    }
    finish(ExitTimeout, tr("Timed out after %1 s.").arg(seconds));
}

void CliSession::finish(int exitCode, const QString &message)
{
    if (m_done || m_closing) {
        return;
    }
    if (!message.isEmpty()) {
        printError(message);
    }
    m_exitCode = exitCode;
    m_timeout.stop();
    if (m_connection.state() == ConnectionState::Connected) {
        m_closing = true;
        m_closeGuard.start();
        m_connection.disconnectFromServer(); // disconnected() ends the run
        return;
    }
    emitFinished(exitCode);
}

void CliSession::emitFinished(int exitCode)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_closeGuard.stop();
    m_timeout.stop();
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(exitCode);
}

void CliSession::printError(const QString &message)
{
    m_err << u"balcony-cli: "_s << message << Qt::endl;
}

} // namespace balcony::cli
