#include "CliSession.h"

#include "ExitCode.h"
#include "core/StreamHeader.h"
#include "disco/DiscoManager.h"
#include "eventing/EventingManager.h"
#include "files/HttpUploadManager.h"
#include "im/ArchiveManager.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "im/RosterManager.h"
#include "storage/OutboxStore.h"
#include "stream/StreamManagement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace balcony::cli {

namespace {
constexpr int DefaultTimeoutMs = 30000;
// How long a clean close may take before we give up waiting for the Connection (which bounds it itself).
constexpr int CloseGuardMs = 15000;
constexpr auto PingNs = u"urn:xmpp:ping";
constexpr int OpenAttempts = 3;
constexpr unsigned long OpenRetryDelayMs = 250;

QJsonValue stringOrNull(const QString &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value);
}

// The priority of the command's initial presence (RFC 6121 §4.7.2.3). The one-shot commands only look in: a
// negative priority keeps messages to the bare JID and offline messages away from them, so that a probe does not
// take what `listen` or the desktop app should get. `listen` takes them. So do `requests` and `deny`, which need
// what the server re-sends after the initial presence: RFC 6121 §3.1.3 leaves it to the server which resources
// get the stored subscription requests, and ejabberd 23.01 sends them only to a non-negative priority. What such
// a command takes is stored in the history like any message and announced when it ends (noteTakenMessage()).
int announcedPriority(const CliOptions &options)
{
    if (options.eventing) {
        // XEP-0207: pubsub notifications (our own, which acknowledge what we published, the authorization forms,
        // the chat node invitations) go to the bare JID, i.e. only to resources with a priority of 0 or more.
        return 0;
    }
    switch (options.command) {
    case Command::Listen:
    case Command::Requests:
    case Command::Deny:
        return 0;
    case Command::Room:
        // room join --listen hears invitations, which are addressed to the bare JID (RFC 6121 §8.5.2.1.1: not
        // delivered to resources with a negative priority).
        return options.roomListen ? 0 : options.priority;
    default:
        return options.priority;
    }
}
} // namespace

CliSession::CliSession(const CliOptions &options, const QString &program, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_program(program)
    , m_out(stdout)
    , m_err(stderr)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &CliSession::onTimeout);
    m_closeGuard.setSingleShot(true);
    m_closeGuard.setInterval(CloseGuardMs);
    connect(&m_closeGuard, &QTimer::timeout, this, [this] { emitFinished(m_exitCode); });
    m_wait.setSingleShot(true);
}

CliSession::~CliSession() = default;

void CliSession::start()
{
    if (!m_options.trustWarning.isEmpty()) {
        printError(tr("warning: %1").arg(m_options.trustWarning));
    }
    if (!openProfile() || runLocalCommand()) {
        return;
    }
    // Committed before anything is connected: a kill at any later moment loses none of them. Messages that
    // may be encrypted go through EsessionManager once online (it needs the contact's options and keys).
    if (m_options.command == Command::Send && !queueMessages()) {
        return;
    }
    const int timeout = m_options.timeoutMs > 0 ? m_options.timeoutMs : (m_options.listens() ? -1 : DefaultTimeoutMs);
    if (timeout > 0) {
        m_timeout.start(timeout);
    }
    m_clock.start();
    m_account->connectToServer();
}

bool CliSession::openProfile()
{
    AccountSettings settings;
    settings.connection = m_options.settings;
    settings.profileDir = m_options.profileDir;
    // Only listen stays long enough for the archive to matter; sync runs the catch-up itself.
    settings.automaticCatchUp = m_options.command == Command::Listen;
    settings.priority = announcedPriority(m_options);
    settings.show = m_options.show;
    settings.status = m_options.status;
    Database::OpenResult opened;
    for (int attempt = 1;; ++attempt) {
        m_account = std::make_unique<Account>(settings);
        opened = m_account->open();
        // Two processes creating the same new profile at once race on the file and the first schema
        // transaction; the loser fails cleanly and, a moment later, finds the winner's complete database.
        const bool mayBeRace
            = opened.status == Database::Status::Failed || opened.status == Database::Status::Inaccessible;
        if (opened.isOpen() || !mayBeRace || attempt == OpenAttempts) {
            break;
        }
        m_account.reset();
        QThread::msleep(OpenRetryDelayMs);
    }
    if (!opened.isOpen()) {
        // A newer schema, an unwritable folder, a failed migration: nothing was changed, the user decides.
        finish(ExitOther,
            opened.message.isEmpty() ? tr("Cannot open the profile database in %1.").arg(m_options.profileDir)
                                     : opened.message);
        return false;
    }
    if (opened.status == Database::Status::Recovered) {
        // The damaged file was kept aside; the caches are simply refilled from the server.
        printError(opened.message);
    }
    Connection &connection = m_account->connection();
    connect(&connection, &Connection::connected, this, &CliSession::onConnected);
    connect(&connection, &Connection::errorOccurred, this, &CliSession::onError);
    connect(&connection, &Connection::disconnected, this, &CliSession::onDisconnected);
    connect(m_account->messages(), &MessageManager::messageStored, this,
        [this](qint64 id, const StoredMessage &message) { onStanza(id, message); });
    connect(m_account.get(), &Account::online, this, &CliSession::onOnline);
    connect(m_account->outbox(), &Outbox::acknowledged, this, &CliSession::onAcknowledged);
    connect(m_account->outbox(), &Outbox::acknowledged, this,
        [this](qint64 historyId, const QString &) { onUploadAcknowledged(historyId); });
    connect(m_account->archive(), &ArchiveManager::catchUpFinished, this, &CliSession::onCatchUpFinished);
    connectRoom();
    setUpEventing();
    connect(m_account->roster(), &RosterManager::rosterFailed, this, [this](const QString &message) {
        if (m_options.command == Command::Login || m_options.command == Command::Roster) {
            finish(ExitOther, message);
        }
    });
    return true;
}

bool CliSession::queueMessages()
{
    QStringList bodies = m_options.bodies;
    if (m_options.readStdin) {
        QTextStream in(stdin);
        QString line;
        while (in.readLineInto(&line)) {
            if (!line.isEmpty()) {
                bodies.append(line);
            }
        }
    }
    if (m_eventing) {
        return queueEventingMessages(bodies);
    }
    m_esessionSend = usesEsessionSend();
    if (m_esessionSend) {
        m_encryptedBodies = bodies;
        return true;
    }
    for (const QString &body : std::as_const(bodies)) {
        if (m_account->messages()->sendChat(m_options.to, body) == 0) {
            finish(ExitOther,
                tr("The message could not be stored: %1 (%2 of %3 queued).")
                    .arg(m_account->messages()->lastError())
                    .arg(m_queued)
                    .arg(bodies.size()));
            return false;
        }
        ++m_queued;
    }
    return true;
}

void CliSession::onConnected()
{
    if (m_done || m_closing) {
        return;
    }
    const bool first = !m_everBound;
    m_everBound = true;
    if (m_options.command == Command::Listen) {
        const QString jid = m_account->connection().boundJid().toString();
        m_err << (first ? tr("listening as %1").arg(jid) : tr("reconnected as %1").arg(jid)) << Qt::endl;
    }
}

void CliSession::onOnline(bool resumed)
{
    Q_UNUSED(resumed)
    m_online = true;
    if (m_done || m_closing) {
        return;
    }
    if (m_options.command == Command::Login) {
        checkLogin();
        return;
    }
    if (!m_commandStarted) {
        m_commandStarted = true;
        runCommand();
    }
}

void CliSession::checkLogin()
{
    if (m_printed || m_done || m_closing || !m_online) {
        return;
    }
    // The server answers a session's stanzas in order (RFC 6120 §10.1): the roster result came after the
    // answer to the <enable/> written before the roster get, so Stream Management is settled by now.
    // The server's caps query (sent when the session was bound) may still be open; waiting for it means
    // the next run finds the verified result in the cache. A ping sent now is answered after it.
    if (!m_capsSettled) {
        if (m_account->disco()->pendingCapsQueries() == 0) {
            m_capsSettled = true;
        } else if (!m_capsBarrierSent) {
            m_capsBarrierSent = true;
            Element ping(u"iq"_s, QString::fromUtf16(ns::client));
            ping.setAttribute(u"type"_s, u"get"_s);
            ping.setAttribute(u"to"_s, m_options.settings.jid.domain());
            ping.appendChild(Element(u"ping"_s, QString::fromUtf16(PingNs))); // XEP-0199 §4.2
            const QPointer<CliSession> self(this);
            const QString id = m_account->connection().sendIq(ping, [self](const IqResult &result) {
                if (self && !self->m_done && result.status != IqResult::Status::Cancelled) {
                    self->m_capsSettled = true;
                    self->checkLogin();
                }
            });
            if (id.isEmpty()) {
                m_capsSettled = true;
            } else {
                return;
            }
        } else {
            return;
        }
    }
    m_onlineMs = m_clock.elapsed();
    m_printed = true;
    printLogin();
    finish(ExitOk);
}

void CliSession::printLogin()
{
    const ConnectionStats stats = m_account->connection().stats();
    const RosterManager::Stats roster = m_account->roster()->stats();
    const QString jid = m_account->connection().boundJid().toString();
    const int contacts = int(m_account->roster()->items().size());
    const bool smOffered = m_options.settings.streamManagement
        && m_account->connection().streamFeatures().hasChild(u"sm", QString::fromUtf16(ns::sm));
    const bool smEnabled = m_account->connection().isStreamManagementEnabled();
    // XEP-0305 §2: which caches this login used. With --host no DNS lookup is made at all.
    const QString dns = stats.dnsFromCache  ? u"cached"_s
        : m_options.settings.host.isEmpty() ? u"looked up"_s
                                            : u"not used"_s;
    const bool capsKnown = m_account->disco()->serverInfo().has_value();
    const QString caps
        = m_account->disco()->serverInfoFromCache() ? u"cached"_s : (capsKnown ? u"queried"_s : u"none"_s);
    const QString sm = smEnabled ? u"enabled"_s : (smOffered ? u"refused"_s : u"not offered"_s);
    if (m_options.json) {
        const QJsonObject rosterObject {
            { u"ver"_s, roster.versioned ? QJsonValue(roster.requestedVersion) : QJsonValue() },
            { u"fromCache"_s, roster.servedFromCache },
            { u"transferredItems"_s, roster.transferredItems },
            { u"items"_s, contacts },
        };
        const QJsonObject caches {
            { u"dns"_s, dns },
            { u"features"_s, stats.profileFromCache },
            { u"pipelinedSessionStart"_s, stats.pipelinedSessionStart },
            { u"caps"_s, caps },
            { u"roster"_s, rosterObject },
        };
        const QJsonObject object {
            { u"jid"_s, jid },
            { u"tls"_s, stats.tlsProtocol },
            { u"tlsResumed"_s, stats.tlsResumed },
            { u"mechanism"_s, stats.saslMechanism },
            { u"directTls"_s, stats.directTls },
            { u"peer"_s, stats.peer },
            { u"binding"_s, stats.binding },
            { u"connectMs"_s, stats.connectedMs },
            { u"tlsMs"_s, stats.tlsMs },
            { u"authMs"_s, stats.authenticatedMs },
            { u"boundMs"_s, stats.boundMs },
            { u"smEnabledMs"_s, stats.smEnabledMs },
            { u"onlineMs"_s, m_onlineMs },
            { u"roundTrips"_s, stats.roundTrips },
            { u"streamManagement"_s, sm },
            { u"caches"_s, caches },
        };
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
        return;
    }
    const QString yes = tr("yes");
    const QString no = tr("no");
    QString smLine;
    if (smEnabled) {
        smLine = tr("enabled at %1 ms").arg(stats.smEnabledMs);
    } else {
        smLine = smOffered ? tr("refused by the server") : tr("not offered");
    }
    QString dnsLine;
    if (stats.dnsFromCache) {
        dnsLine = tr("cached");
    } else {
        dnsLine = m_options.settings.host.isEmpty() ? tr("looked up") : tr("not used (--host)");
    }
    const QString featuresLine = stats.profileFromCache
        ? (stats.pipelinedSessionStart ? tr("cached, session start pipelined") : tr("cached"))
        : tr("learned now");
    QString capsLine;
    if (m_account->disco()->serverInfoFromCache()) {
        capsLine = tr("cached");
    } else {
        capsLine = capsKnown ? tr("queried and stored") : tr("none announced");
    }
    const QString ver = roster.versioned ? tr("ver \"%1\" sent").arg(roster.requestedVersion) : tr("no ver sent");
    const QString rosterLine = roster.servedFromCache
        ? tr("%1, served from cache, %2 items transferred (%3 contacts)")
              .arg(ver)
              .arg(roster.transferredItems)
              .arg(contacts)
        : tr("%1, fetched, %2 items transferred").arg(ver).arg(roster.transferredItems);
    m_out << tr("bound:       %1").arg(jid) << '\n'
          << tr("peer:        %1 (%2)").arg(stats.peer, stats.directTls ? tr("direct TLS") : tr("STARTTLS")) << '\n'
          << tr("binding:     %1").arg(stats.binding) << '\n'
          << tr("tls:         %1").arg(stats.tlsProtocol) << '\n'
          << tr("tls resumed: %1").arg(stats.tlsResumed ? yes : no) << '\n'
          << tr("mechanism:   %1").arg(stats.saslMechanism) << '\n'
          << tr("stream mgmt: %1").arg(smLine) << '\n'
          << tr("timings ms:  connect %1, tls %2, auth %3, bound %4")
                 .arg(stats.connectedMs)
                 .arg(stats.tlsMs)
                 .arg(stats.authenticatedMs)
                 .arg(stats.boundMs)
          << '\n'
          << tr("online ms:   %1 (bound, stream management, roster, presence)").arg(m_onlineMs) << '\n'
          << tr("round trips: %1").arg(stats.roundTrips) << '\n'
          << tr("caches:") << '\n'
          << tr("  dns:       %1").arg(dnsLine) << '\n'
          << tr("  features:  %1").arg(featuresLine) << '\n'
          << tr("  caps:      %1").arg(capsLine) << '\n'
          << tr("  roster:    %1").arg(rosterLine) << Qt::endl;
}

void CliSession::onStanza(qint64 historyId, const StoredMessage &message)
{
    // What listen prints: every incoming message as it was stored (live, from offline storage with its
    // XEP-0203 stamp, or a carbon of what another resource received); archive pages are not "listening".
    if (message.direction != MessageDirection::Incoming || message.flags.testFlag(MessageFlag::FromArchive)
        || message.body.isNull()) {
        return;
    }
    if (m_options.command != Command::Listen) {
        noteTakenMessage(message);
        return;
    }
    if (m_done) {
        return;
    }
    // EsessionManager marks a decrypted (or undecryptable) message right after it was stored: print it
    // once the mark is there.
    QTimer::singleShot(0, this, [this, historyId, message] { printIncoming(historyId, message); });
}

void CliSession::printIncoming(qint64 historyId, const StoredMessage &message)
{
    if (m_done || m_closing) {
        return;
    }
    const bool delayed = message.flags.testFlag(MessageFlag::Delayed);
    QJsonObject object {
        { u"from"_s, message.from.toString() },
        { u"to"_s, message.to.toString() },
        { u"id"_s, stringOrNull(message.messageId) },
        { u"type"_s, Message::typeName(message.type) },
        { u"body"_s, message.body },
        { u"thread"_s, stringOrNull(message.thread) },
        // XEP-0203: when the message was originally sent (offline storage).
        { u"stamp"_s, delayed ? QJsonValue(message.sentTime.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue() },
    };
    addE2eFields(historyId, object);
    if (message.flags.testFlag(MessageFlag::Eventing)) {
        object.insert(u"mode"_s, u"eventing"_s); // XEP-0207: received as a pubsub notification
    }
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
    if (m_options.listens() && m_everBound && error.willRetry) {
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
    if (m_options.listens() && m_everBound && m_options.settings.autoReconnect) {
        return; // the Connection reconnects by itself
    }
    // Errors are normally reported through errorOccurred(); let one that is emitted right after
    // disconnected() arrive first.
    QTimer::singleShot(0, this, [this] {
        if (m_done || m_closing) {
            return;
        }
        const ConnectionError error = m_account->connection().lastError();
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
    // The timeout is all the time the user allows: the stream is still closed (RFC 6120 §4.4), but the server's
    // closing tag is not waited for (a server that stalled would add the whole close timeout on top).
    m_account->connection().setCloseTimeout(0);
    if (m_options.listens() && m_everBound && m_options.count == 0) {
        finish(ExitOk);
        return;
    }
    if (m_options.command == Command::Send && m_everBound) {
        const int left = int(m_account->outboxStore()->pending().size());
        finish(ExitNotAcknowledged,
            tr("Timed out after %1 s: %2 message(s) not acknowledged yet; they stay in the outbox for the next "
               "run (send --flush).")
                .arg(seconds)
                .arg(left));
        return;
    }
    if (m_options.command == Command::Room && m_options.roomAction == RoomAction::Send && m_roomJoined) {
        finish(ExitNotAcknowledged,
            tr("Timed out after %1 s: the room did not confirm the message (it sends every message back to its "
               "sender).")
                .arg(seconds));
        return;
    }
    if (m_options.listens() && m_everBound) {
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
    if (m_account->connection().state() == ConnectionState::Connected) {
        m_closing = true;
        m_closeGuard.start();
        m_account->esessions()->terminateOnlineSessions(); // XEP-0116: before going offline
        m_account->connection().disconnectFromServer(); // disconnected() ends the run
        return;
    }
    emitFinished(exitCode);
}

void CliSession::noteTakenMessage(const StoredMessage &message)
{
    // A carbon copy (XEP-0280) is a copy: the resource it was meant for got the message too.
    if (message.flags.testFlag(MessageFlag::CarbonReceived) || message.flags.testFlag(MessageFlag::CarbonSent)) {
        return;
    }
    ++m_takenMessages[message.conversation.bare().toString()];
}

void CliSession::emitFinished(int exitCode)
{
    if (m_done) {
        return;
    }
    if (!m_takenMessages.isEmpty()) {
        // Messages this command took from the server (offline storage, the bare JID) are in the history, not
        // lost; say so, since `listen` or the app will not get them again.
        QStringList from;
        int total = 0;
        for (auto it = m_takenMessages.cbegin(); it != m_takenMessages.cend(); ++it) {
            from.append(u"%1 (%2)"_s.arg(it.key()).arg(it.value()));
            total += it.value();
        }
        printError(tr("%n message(s) arrived while this command was connected and are stored in the profile's "
                      "history, from %1; `history JID` shows them.",
            nullptr, total)
                       .arg(from.join(u", "_s)));
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
