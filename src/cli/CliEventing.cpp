// balcony-cli --eventing: XEP-0207 eventing mode (src/eventing) for presence, send, listen, subscribe, approve,
// deny, requests and room join|send|leave. The pubsub service is pubsub.<the account's domain>; the chat nodes,
// rooms and open authorizations are kept in <profile>/eventing.json between runs.
#include "CliSession.h"
#include "ExitCode.h"
#include "eventing/EventingManager.h"
#include "im/PresenceManager.h"
#include "pubsub/PubSubManager.h"
#include "storage/HistoryStore.h"

#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace balcony::cli {

void CliSession::setUpEventing()
{
    if (!m_options.eventing) {
        return;
    }
    const Jid service = *Jid::parse(QString(u"pubsub."_s + m_account->jid().domain()));
    m_eventing
        = std::make_unique<EventingManager>(m_account->connection(), *m_account->pubSub(), *m_account->presence(),
            *m_account->historyStore(), *m_account->subscriptionRequestStore(), m_account->disco(), service);
    if (!m_eventing->setStateFile(QDir(m_options.profileDir).filePath(u"eventing.json"_s))) {
        printError(tr("warning: the eventing state in %1 could not be read; starting without it.")
                       .arg(QDir(m_options.profileDir).filePath(u"eventing.json"_s)));
    }
    EventingManager *eventing = m_eventing.get();
    connect(eventing, &EventingManager::messageStored, this, [this](qint64 id, const StoredMessage &message) {
        if (message.type == Message::Type::GroupChat) {
            onRoomMessage(id, message);
        } else {
            onStanza(id, message);
        }
    });
    connect(eventing, &EventingManager::messageStateChanged, this, [this](qint64 id, MessageState state) {
        if (m_done || !m_eventingIds.contains(id)) {
            return;
        }
        const std::optional<StoredMessage> message = m_account->historyStore()->message(id);
        if (state == MessageState::Failed) {
            finish(ExitRefused,
                tr("The message to %1 was refused: %2")
                    .arg(message ? message->conversation.toString() : QString(),
                        message ? message->errorText : QString()));
            return;
        }
        if (state != MessageState::AckedByServer) {
            return;
        }
        m_eventingIds.remove(id);
        ++m_acked;
        const QString to = message ? message->conversation.toString() : QString();
        const QString originId = message ? message->originId : QString();
        if (m_options.json) {
            printJson({ { u"id"_s, originId }, { u"to"_s, to }, { u"state"_s, u"acked"_s }, { u"encrypted"_s, false },
                { u"mode"_s, u"eventing"_s } });
        } else {
            m_out << tr("acknowledged %1 to %2 (eventing mode: own notification)").arg(originId, to) << Qt::endl;
        }
        if (m_options.command == Command::Room) {
            if (m_eventingIds.isEmpty()) {
                finish(ExitOk);
            }
            return;
        }
        checkSendDone();
    });
    connect(eventing, &EventingManager::roomJoined, this, [this](const QString &room, const QString &nick) {
        const bool joining = m_options.roomAction == RoomAction::Join || m_options.roomAction == RoomAction::Send;
        if (m_options.command != Command::Room || !joining || room != m_options.room.local() || m_roomJoined) {
            return;
        }
        m_roomJoined = true;
        if (m_options.roomAction == RoomAction::Send) {
            const qint64 id = m_eventing->sendRoomMessage(room, m_options.roomText);
            if (id == 0) {
                finish(ExitOther, m_eventing->lastError());
                return;
            }
            m_eventingIds.insert(id);
            return;
        }
        if (m_options.roomListen) {
            m_err << tr("joined %1 as %2 (eventing mode); listening").arg(m_options.room.toString(), nick) << Qt::endl;
            return;
        }
        if (m_options.json) {
            printJson({ { u"room"_s, m_options.room.toString() }, { u"nick"_s, nick }, { u"joined"_s, true },
                { u"mode"_s, u"eventing"_s } });
        } else {
            m_out << tr("joined %1 as %2 (eventing mode)").arg(m_options.room.toString(), nick) << Qt::endl;
        }
        finish(ExitOk);
    });
    connect(eventing, &EventingManager::roomError, this, [this](const QString &room, const QString &error) {
        if (m_options.command == Command::Room && room == m_options.room.local()) {
            finish(ExitRefused, error);
        }
    });
    connect(eventing, &EventingManager::roomLeft, this, [this](const QString &room) {
        if (m_options.command != Command::Room || room != m_options.room.local()) {
            return;
        }
        if (m_options.json) {
            printJson({ { u"room"_s, m_options.room.toString() }, { u"left"_s, true }, { u"mode"_s, u"eventing"_s } });
        } else {
            m_out << tr("left %1 (eventing mode)").arg(m_options.room.toString()) << Qt::endl;
        }
        finish(ExitOk);
    });
    connect(eventing, &EventingManager::authorizationAnswered, this, [this](const Jid &contact, bool allowed) {
        if (m_options.command != Command::Subscribe || contact != m_options.to.bare()) {
            return;
        }
        const QString outcome = allowed ? u"approved"_s : u"refused"_s;
        if (m_options.json) {
            printJson(
                { { u"jid"_s, contact.toString() }, { u"subscription"_s, outcome }, { u"mode"_s, u"eventing"_s } });
        } else {
            m_out << tr("subscription to %1: %2 (eventing mode)").arg(contact.toString(), outcome) << Qt::endl;
        }
        finish(allowed ? ExitOk : ExitRefused,
            allowed ? QString() : tr("%1 refused the subscription.").arg(contact.toString()));
    });
}

bool CliSession::queueEventingMessages(const QStringList &bodies)
{
    for (const QString &body : bodies) {
        const qint64 id = m_eventing->sendMessage(m_options.to, body);
        if (id == 0) {
            finish(ExitOther, m_eventing->lastError());
            return false;
        }
        m_eventingIds.insert(id);
        ++m_queued;
    }
    return true;
}

bool CliSession::runEventing()
{
    if (!m_eventing) {
        return false;
    }
    switch (m_options.command) {
    case Command::Send:
        checkSendDone(); // waits for the own notifications
        return true;
    case Command::Subscribe:
        if (!m_eventing->requestAuthorization(m_options.to)) {
            finish(ExitOther, m_eventing->lastError());
            return true;
        }
        // Answered at once when the node lets us in; otherwise the owner has to answer (a later run sees it).
        afterWait([this] {
            if (m_options.json) {
                printJson({ { u"jid"_s, m_options.to.toString() }, { u"subscription"_s, u"requested"_s },
                    { u"mode"_s, u"eventing"_s } });
            } else {
                m_out << tr("subscription to %1: requested (eventing mode)").arg(m_options.to.toString()) << Qt::endl;
            }
            finish(ExitOk);
        });
        return true;
    case Command::Approve:
    case Command::Deny: {
        const bool allow = m_options.command == Command::Approve;
        if (!m_eventing->answerAuthorization(m_options.to, allow)) {
            finish(ExitNotFound, m_eventing->lastError());
            return true;
        }
        // The answer goes out once the node's affiliation is set: give it the wait.
        afterWait([this, allow] {
            if (m_options.json) {
                printJson({ { u"jid"_s, m_options.to.toString() }, { allow ? u"approved"_s : u"denied"_s, true },
                    { u"mode"_s, u"eventing"_s } });
            } else {
                m_out << (allow ? tr("approved %1 (eventing mode)") : tr("denied %1 (eventing mode)"))
                             .arg(m_options.to.toString())
                      << Qt::endl;
            }
            finish(ExitOk);
        });
        return true;
    }
    case Command::Room: {
        const QString room = m_options.room.local();
        if (m_options.room.domain() != m_eventing->service().domain()) {
            finish(ExitBadArguments,
                tr("In eventing mode a room is a node of %1: use NAME@%1.").arg(m_eventing->service().toString()));
            return true;
        }
        switch (m_options.roomAction) {
        case RoomAction::Join:
        case RoomAction::Send:
            if (!m_eventing->joinRoom(room, m_options.nick)) {
                finish(ExitBadArguments, m_eventing->lastError());
            }
            return true;
        case RoomAction::Leave:
            if (!m_eventing->leaveRoom(room)) {
                finish(ExitNotFound, m_eventing->lastError());
            }
            return true;
        default:
            finish(ExitBadArguments, tr("--eventing applies to room join, send and leave only."));
            return true;
        }
    }
    default:
        return false; // presence, listen, requests: the ordinary command, with eventing mode running beside it
    }
}

} // namespace balcony::cli
