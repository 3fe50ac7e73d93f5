// The group chat half of CliSession (XEP-0045): room join [--listen], room send, room leave, room occupants.
// Each command enters the room on the account's session (a new process: a new session) and leaves it when it
// ends; the room's messages are stored in the profile's history like chat messages.
#include "CliSession.h"
#include "ExitCode.h"
#include "muc/MucManager.h"
#include "storage/HistoryStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony::cli {

void CliSession::connectRoom()
{
    if (m_options.command != Command::Room) {
        return;
    }
    MucManager *muc = m_account->muc();
    connect(muc, &MucManager::joined, this, &CliSession::onRoomJoined);
    connect(muc, &MucManager::joinFailed, this, [this](const Jid &, MucError error, const QString &text) {
        finish(error == MucError::RoomLocked ? ExitNotFound : ExitRefused, text);
    });
    connect(muc, &MucManager::left, this, [this](const Jid &room, MucExit exit, const QString &text) {
        if (m_options.roomAction == RoomAction::Leave) {
            if (m_options.json) {
                printJson({ { u"room"_s, room.toString() }, { u"left"_s, true } });
            } else {
                m_out << tr("left %1").arg(room.toString()) << Qt::endl;
            }
            finish(ExitOk);
            return;
        }
        if (exit != MucExit::Left) {
            m_roomJoined = false;
            finish(ExitRefused, text);
        }
    });
    connect(muc, &MucManager::nickChanged, this, [this](const Jid &, const QString &, const QString &nick) {
        m_err << tr("the room changed your nickname to %1").arg(nick) << Qt::endl;
    });
    connect(muc, &MucManager::messageStored, this, &CliSession::onRoomMessage);
    // XEP-0045 §7.2.15: the subject comes after the replayed history: `room join` has stored all of it then.
    connect(muc, &MucManager::subjectChanged, this, [this](const Jid &room) {
        if (room == m_options.room && m_roomJoined && m_options.roomAction == RoomAction::Join
            && !m_options.roomListen) {
            printJoined();
        }
    });
    connect(muc, &MucManager::messageStateChanged, this, [this](qint64 id, MessageState state) {
        if (id != m_roomMessageId || state != MessageState::Delivered) {
            return;
        }
        const std::optional<StoredMessage> row = m_account->historyStore()->message(id);
        const QString messageId = row ? row->messageId : QString();
        if (m_options.json) {
            printJson(
                { { u"id"_s, messageId }, { u"room"_s, m_options.room.toString() }, { u"state"_s, u"delivered"_s } });
        } else {
            m_out << tr("delivered %1 to %2").arg(messageId, m_options.room.toString()) << Qt::endl;
        }
        leaveRoomAndFinish(ExitOk);
    });
}

void CliSession::runRoom()
{
    MucManager *muc = m_account->muc();
    if (m_options.roomAction == RoomAction::Leave) {
        if (!muc->leaveAs(m_options.room, m_options.nick)) {
            finish(ExitOther, muc->lastError());
            return;
        }
        // A room we are not in (as that nick) need not answer: then there was nothing to leave.
        afterWait([this] {
            finish(ExitNotFound,
                tr("The room %1 did not confirm: you are not in it as %2.")
                    .arg(m_options.room.toString(), m_options.nick));
        });
        return;
    }
    MucJoinOptions options;
    options.nick = m_options.nick;
    options.password = m_options.roomPassword;
    // A script asked to be in the room: a taken nick becomes "nick_2" etc. (the joined line names it).
    options.retryNickOnConflict = true;
    // Only `room join` keeps what the room replays on entering; the others need no history.
    options.history
        = m_options.roomAction == RoomAction::Join ? MucJoinOptions::History::Bounded : MucJoinOptions::History::None;
    if (!muc->join(m_options.room, options)) {
        finish(ExitBadArguments, muc->lastError());
    }
}

void CliSession::onRoomJoined(const Jid &room, const QString &nick, bool created)
{
    if (room != m_options.room || m_roomJoined) {
        return;
    }
    m_roomJoined = true;
    switch (m_options.roomAction) {
    case RoomAction::Join:
        if (m_options.roomListen) {
            m_err << tr("joined %1 as %2; listening").arg(room.toString(), nick) << Qt::endl;
            return;
        }
        m_roomCreated = created;
        // The history the room replays follows our presence and ends with the subject; a room that sends none
        // (against §7.2.15) gets --wait.
        afterWait([this] { printJoined(); });
        return;
    case RoomAction::Send:
        m_roomMessageId = m_account->muc()->sendMessage(room, m_options.roomText);
        if (m_roomMessageId == 0) {
            leaveRoomAndFinish(ExitOther, m_account->muc()->lastError());
        }
        return; // the room's reflection confirms it (messageStateChanged)
    case RoomAction::Occupants:
        // §7.2.3: the room sends every occupant's presence before ours, so the list is complete now.
        printOccupants();
        leaveRoomAndFinish(ExitOk);
        return;
    case RoomAction::Leave:
        return;
    }
}

void CliSession::printJoined()
{
    if (!m_roomJoined || m_done || m_closing) {
        return;
    }
    const MucRoom *room = m_account->muc()->room(m_options.room);
    const QString nick = room ? room->nick : m_options.nick;
    const QString subject = room ? room->displaySubject() : QString();
    if (m_options.json) {
        printJson({ { u"room"_s, m_options.room.toString() }, { u"nick"_s, nick }, { u"created"_s, m_roomCreated },
            { u"subject"_s, subject } });
    } else {
        m_out << (m_roomCreated ? tr("joined %1 as %2 (a new room)") : tr("joined %1 as %2"))
                     .arg(m_options.room.toString(), nick)
              << Qt::endl;
        if (!subject.isEmpty()) {
            m_out << tr("subject: %1").arg(subject) << Qt::endl;
        }
    }
    leaveRoomAndFinish(ExitOk);
}

void CliSession::onRoomMessage(qint64 historyId, const StoredMessage &message)
{
    Q_UNUSED(historyId)
    // Live messages only: what the room replays on entering (XEP-0203 delayed) is stored, not "heard".
    if (!m_options.roomListen || !m_roomJoined || m_done || m_closing || message.direction != MessageDirection::Incoming
        || message.flags.testFlag(MessageFlag::Delayed)) {
        return;
    }
    const bool isPrivate = message.type != Message::Type::GroupChat;
    const QString nick = message.from.resource();
    if (m_options.json) {
        printJson({ { u"room"_s, message.conversation.toString() }, { u"nick"_s, nick }, { u"id"_s, message.messageId },
            { u"body"_s, message.body }, { u"private"_s, isPrivate } });
    } else {
        m_out << (isPrivate ? tr("%1 (private): %2") : u"%1: %2"_s).arg(nick, message.body) << Qt::endl;
    }
    ++m_received;
    if (m_options.count > 0 && m_received >= m_options.count) {
        leaveRoomAndFinish(ExitOk);
    }
}

void CliSession::printOccupants()
{
    QList<MucOccupant> occupants = m_account->muc()->occupants(m_options.room);
    std::sort(occupants.begin(), occupants.end(), [](const MucOccupant &a, const MucOccupant &b) {
        if (MucOccupant::roleRank(a.role) != MucOccupant::roleRank(b.role)) {
            return MucOccupant::roleRank(a.role) < MucOccupant::roleRank(b.role);
        }
        return a.nick.compare(b.nick, Qt::CaseInsensitive) < 0;
    });
    if (m_options.json) {
        QJsonArray list;
        for (const MucOccupant &o : std::as_const(occupants)) {
            list.append(QJsonObject {
                { u"nick"_s, o.nick },
                { u"role"_s, MucOccupant::roleName(o.role) },
                { u"affiliation"_s, MucOccupant::affiliationName(o.affiliation) },
                { u"jid"_s, o.realJid.isNull() ? QJsonValue() : QJsonValue(o.realJid.toString()) },
                { u"show"_s, o.show == Presence::Show::None ? u"online"_s : Presence::showName(o.show) },
                { u"status"_s, o.status },
            });
        }
        printJson({ { u"room"_s, m_options.room.toString() }, { u"occupants"_s, list } });
        return;
    }
    for (const MucOccupant &o : std::as_const(occupants)) {
        QString line
            = o.nick + u"  "_s + MucOccupant::roleName(o.role) + u"  "_s + MucOccupant::affiliationName(o.affiliation);
        if (!o.realJid.isNull()) {
            line += u"  "_s + o.realJid.toString();
        }
        m_out << line << Qt::endl;
    }
}

void CliSession::leaveRoomAndFinish(int exitCode, const QString &message)
{
    // §7.14: leave before closing the stream (the server would tell the room on its own, but only once it
    // notices the session is gone); written before the close, processed before it.
    if (m_roomJoined) {
        m_roomJoined = false;
        m_account->muc()->leave(m_options.room);
    }
    finish(exitCode, message);
}

} // namespace balcony::cli
