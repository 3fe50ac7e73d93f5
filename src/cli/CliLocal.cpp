#include "CliLocal.h"

#include "ExitCode.h"
#include "app/AppPaths.h"
#include "app/LocalNetwork.h"
#include "app/TerminationSignals.h"
#include "linklocal/AvahiBackend.h"
#include "linklocal/LinkLocalMessenger.h"
#include "linklocal/LinkLocalService.h"
#include "storage/Database.h"
#include "storage/SqlHistoryStore.h"
#include "storage/SqlOutboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace balcony::cli {

namespace {

using namespace balcony::linklocal;

QString tr(const char *text)
{
    return QCoreApplication::translate("balcony", text);
}

void printError(const QString &message)
{
    QTextStream(stderr) << u"balcony-cli: "_s << message << Qt::endl;
}

QString instanceName(const QString &nick)
{
    return app::LocalNetwork::instanceName(nick);
}

std::optional<LinkLocalPresence::Status> statusFromName(const QString &name)
{
    if (name.isEmpty() || name == u"avail"_s) {
        return LinkLocalPresence::Status::Available;
    }
    if (name == u"away"_s) {
        return LinkLocalPresence::Status::Away;
    }
    if (name == u"dnd"_s) {
        return LinkLocalPresence::Status::Dnd;
    }
    return std::nullopt;
}

struct LocalOptions {
    bool send = false; // local-send
    QString nick;
    LinkLocalPresence::Status status = LinkLocalPresence::Status::Available;
    QString message; // --message: the status text
    QString profileDir;
    bool json = false;
    int timeoutMs = -1;
    QString peer; // local-send
    QString text;
};

struct ParsedLocal {
    std::optional<LocalOptions> options;
    QString error;
    QString output;
};

ParsedLocal parse(const QStringList &arguments)
{
    ParsedLocal outcome;
    QCommandLineParser parser;
    const QCommandLineOption nick { u"nick"_s, tr("Your name on the local network: you are published as NICK@host."),
        u"NICK"_s };
    const QCommandLineOption status { u"status"_s, tr("local: avail, away or dnd (default avail)."), u"STATUS"_s };
    const QCommandLineOption message { u"message"_s, tr("local: the status message."), u"TEXT"_s };
    const QCommandLineOption profile { u"profile"_s, tr("The profile directory (history and outbox)."), u"DIR"_s };
    const QCommandLineOption json { u"json"_s, tr("Machine-readable output.") };
    const QCommandLineOption timeout { u"timeout"_s,
        tr("local: stop after S seconds; local-send: give up after S seconds (default 30)."), u"S"_s };
    parser.setApplicationDescription(tr("Serverless chat on the local network (XEP-0174)."));
    parser.addPositionalArgument(
        u"command"_s, tr("local --nick N [--status S] [--message TEXT] | local-send --nick N PEER TEXT"));
    parser.addHelpOption();
    parser.addOptions({ nick, status, message, profile, json, timeout });
    if (!parser.parse(arguments)) {
        outcome.error = parser.errorText();
        return outcome;
    }
    if (parser.isSet(u"help"_s)) {
        outcome.output = parser.helpText();
        return outcome;
    }
    const QStringList positional = parser.positionalArguments();
    LocalOptions o;
    o.send = positional.value(0) == u"local-send"_s;
    if (o.send ? positional.size() != 3 : positional.size() != 1) {
        outcome.error = o.send ? tr("local-send needs the peer and the text: local-send --nick N PEER TEXT.")
                               : tr("local takes no arguments besides its options.");
        return outcome;
    }
    o.nick = parser.value(nick).trimmed();
    // The instance name is a JID's local part and DNS-SD label: no '@', no spaces, at most 63 bytes.
    if (!app::LocalNetwork::isValidNick(o.nick)) {
        outcome.error = tr("--nick is required: a name without '@' or spaces, at most 40 bytes.");
        return outcome;
    }
    if (o.send && (parser.isSet(status) || parser.isSet(message))) {
        outcome.error = tr("--status and --message belong to the local command.");
        return outcome;
    }
    const std::optional<LinkLocalPresence::Status> parsedStatus = statusFromName(parser.value(status));
    if (!parsedStatus) {
        outcome.error = tr("Invalid --status '%1' (avail, away or dnd).").arg(parser.value(status));
        return outcome;
    }
    o.status = *parsedStatus;
    o.message = parser.value(message);
    o.profileDir = parser.isSet(profile) ? parser.value(profile) : app::AppPaths::localNetworkDir();
    o.json = parser.isSet(json);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 24 * 3600) {
            outcome.error = tr("Invalid --timeout '%1'.").arg(parser.value(timeout));
            return outcome;
        }
        o.timeoutMs = seconds * 1000;
    }
    if (o.send) {
        o.peer = positional.at(1);
        o.text = positional.at(2);
        if (!LinkLocalMessenger::conversationFor(o.peer)) {
            outcome.error = tr("Invalid peer '%1': a link-local name such as alice@laptop.").arg(o.peer);
            return outcome;
        }
        if (o.text.isEmpty()) {
            outcome.error = tr("The message is empty.");
            return outcome;
        }
    }
    outcome.options = o;
    return outcome;
}

QString statusName(LinkLocalPresence::Status status)
{
    return statusToken(status);
}

// One run of `local` or `local-send` on the profile's history and outbox.
class LocalRun : public QObject {
public:
    explicit LocalRun(const LocalOptions &options)
        : m_options(options)
        , m_out(stdout)
    {
    }

    int exec()
    {
        QDir().mkpath(m_options.profileDir);
        Database database(m_options.profileDir);
        const Database::OpenResult opened = database.open();
        if (!opened.isOpen()) {
            printError(opened.message.isEmpty() ? tr("Cannot open the profile database %1.").arg(database.filePath())
                                                : opened.message);
            return ExitOther;
        }
        if (opened.status == Database::Status::Recovered) {
            printError(opened.message);
        }
        SqlHistoryStore history(database);
        SqlOutboxStore outbox(history);
        AvahiBackend backend;
        LinkLocalService service(&backend);
        LinkLocalMessenger messenger(service, history, outbox);
        m_service = &service;
        m_messenger = &messenger;
        app::TerminationSignals signals;
        connect(&signals, &app::TerminationSignals::requested, this, [this] { finish(ExitOk); });

        connect(&service, &LinkLocalService::publishFailed, this, [this](const QString &reason) {
            printError(tr("Cannot announce you on the local network: %1").arg(reason));
            finish(ExitConnect);
        });
        connect(&service, &LinkLocalService::published, this, [this](const QString &name) { onPublished(name); });
        if (!m_options.send) {
            connect(&service.peers(), &LinkLocalPeers::peerAdded, this,
                [this](const LinkLocalPeer &peer) { printPeer(u"peer-added"_s, u"+ "_s, peer); });
            connect(&service.peers(), &LinkLocalPeers::peerChanged, this,
                [this](const LinkLocalPeer &peer) { printPeer(u"peer-changed"_s, u"~ "_s, peer); });
            connect(&service.peers(), &LinkLocalPeers::peerRemoved, this, [this](const QString &name) {
                if (m_options.json) {
                    printJson({ { u"event"_s, u"peer-removed"_s }, { u"name"_s, name } });
                } else {
                    m_out << u"- "_s << name << Qt::endl;
                }
            });
            connect(&messenger, &LinkLocalMessenger::messageStored, this,
                [this](qint64 id, const StoredMessage &message) { printMessage(id, message); });
        } else {
            connect(&service.peers(), &LinkLocalPeers::peerAdded, this, [this](const LinkLocalPeer &peer) {
                if (peer.name == m_options.peer) {
                    m_peerSeen = true;
                }
            });
            connect(&messenger, &LinkLocalMessenger::messageStateChanged, this, [this](qint64 id, MessageState state) {
                if (id == m_sentId && (state == MessageState::Delivered || state == MessageState::AckedByServer)) {
                    m_out << (m_options.json ? u"{\"event\":\"delivered\",\"id\":%1}"_s.arg(id)
                                             : tr("Delivered to %1.").arg(m_options.peer))
                          << Qt::endl;
                    // A polite close: the peer reads our </stream:stream> before we go.
                    m_service->closeStream(m_options.peer);
                    QTimer::singleShot(0, this, [this] { finish(ExitOk); });
                } else if (id == m_sentId && state == MessageState::Failed) {
                    printError(tr("%1 refused the message.").arg(m_options.peer));
                    finish(ExitRefused);
                }
            });
        }
        LinkLocalPresence presence;
        presence.nick = m_options.nick;
        presence.status = m_options.status;
        presence.message = m_options.message;
        if (!service.start(instanceName(m_options.nick), presence)) {
            printError(tr("Cannot listen for streams: %1").arg(service.errorString()));
            return ExitOther;
        }
        if (m_options.send) {
            // Committed to the profile's outbox at once: whatever happens next, a later run delivers it.
            m_sentId = messenger.sendMessage(m_options.peer, m_options.text);
            if (m_sentId == 0) {
                printError(tr("The message could not be stored."));
                return ExitOther;
            }
        }
        const int timeoutMs = m_options.timeoutMs > 0 ? m_options.timeoutMs : (m_options.send ? 30000 : -1);
        if (timeoutMs > 0) {
            QTimer::singleShot(timeoutMs, this, [this] { onTimeout(); });
        }
        m_loop.exec();
        service.stop();
        // Let the goodbyes (</stream:stream>, avahi's withdrawal) leave before the process does.
        QTimer::singleShot(200, &m_loop, [this] { m_loop.quit(); });
        m_loop.exec();
        m_service = nullptr;
        m_messenger = nullptr;
        return m_exitCode;
    }

private:
    void onPublished(const QString &name)
    {
        if (m_options.json) {
            printJson({ { u"event"_s, u"published"_s }, { u"name"_s, name }, { u"port"_s, int(m_service->port()) } });
        } else if (!m_options.send) {
            m_out << tr("Announced as %1 on port %2.").arg(name).arg(m_service->port()) << Qt::endl;
        }
    }

    void onTimeout()
    {
        if (!m_options.send) {
            finish(ExitOk);
            return;
        }
        if (!m_peerSeen && !m_service->peers().peer(m_options.peer)) {
            printError(
                tr("%1 is not on the local network; the message stays queued for the next run.").arg(m_options.peer));
            finish(ExitNotFound);
        } else {
            printError(
                tr("%1 did not confirm the message in time; it stays queued for the next run.").arg(m_options.peer));
            finish(ExitNotAcknowledged);
        }
    }

    void printPeer(const QString &event, const QString &sign, const LinkLocalPeer &peer)
    {
        if (m_options.json) {
            QJsonArray addresses;
            for (const QHostAddress &address : peer.addresses) {
                addresses.append(address.toString());
            }
            printJson({ { u"event"_s, event }, { u"name"_s, peer.name }, { u"nick"_s, peer.presence.nick },
                { u"status"_s, statusName(peer.presence.status) }, { u"message"_s, peer.presence.message },
                { u"jid"_s, peer.presence.jid }, { u"addresses"_s, addresses }, { u"port"_s, int(peer.port) } });
            return;
        }
        m_out << sign << peer.name << u" ("_s << statusName(peer.presence.status) << u')';
        if (!peer.presence.message.isEmpty()) {
            m_out << u": "_s << peer.presence.message;
        }
        m_out << Qt::endl;
    }

    void printMessage(qint64 id, const StoredMessage &message)
    {
        if (message.direction != MessageDirection::Incoming) {
            return;
        }
        if (m_options.json) {
            printJson({ { u"event"_s, u"message"_s }, { u"id"_s, id }, { u"from"_s, message.from.toString() },
                { u"body"_s, message.body }, { u"time"_s, message.sortTime().toUTC().toString(Qt::ISODate) } });
        } else {
            m_out << u"< "_s << message.from.toString() << u": "_s << message.body << Qt::endl;
        }
    }

    void printJson(const QJsonObject &object)
    {
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
    }

    void finish(int code)
    {
        if (m_finished) {
            return;
        }
        m_finished = true;
        m_exitCode = code;
        m_loop.quit();
    }

    LocalOptions m_options;
    QTextStream m_out;
    QEventLoop m_loop;
    LinkLocalService *m_service = nullptr;
    LinkLocalMessenger *m_messenger = nullptr;
    qint64 m_sentId = 0;
    bool m_peerSeen = false;
    bool m_finished = false;
    int m_exitCode = ExitOk;
};

} // namespace

int runLocal(const QStringList &arguments)
{
    const ParsedLocal parsed = parse(arguments);
    if (!parsed.options) {
        if (!parsed.output.isEmpty()) {
            QTextStream(stdout) << parsed.output;
            return ExitOk;
        }
        printError(parsed.error);
        return ExitBadArguments;
    }
    LocalRun run(*parsed.options);
    return run.exec();
}

} // namespace balcony::cli
