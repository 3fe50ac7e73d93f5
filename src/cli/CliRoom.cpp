// The group chat half of CliSession (XEP-0045): room join [--listen], room send, room leave, room occupants.
// Each command enters the room on the account's session (a new process: a new session) and leaves it when it
// ends; the room's messages are stored in the profile's history like chat messages.
#include "CliSession.h"
#include "ExitCode.h"
#include "muc/BookmarkManager.h"
#include "muc/MucManager.h"
#include "storage/HistoryStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony::cli {

void CliSession::connectRoom()
{
    // A one-shot command must not enter the rooms bookmarked with autojoin (the desktop app does).
    if (BookmarkManager *bookmarks = m_account->muc()->bookmarks()) {
        bookmarks->setAutojoinEnabled(false);
    }
    if (m_options.command != Command::Room) {
        return;
    }
    MucManager *muc = m_account->muc();
    if (BookmarkManager *bookmarks = muc->bookmarks()) {
        connect(bookmarks, &BookmarkManager::bookmarksLoaded, this, [this](bool ok, const QString &error) {
            if (m_commandStarted && !m_done && !m_closing) {
                onBookmarksLoaded(ok, error);
            }
        });
    }
    connect(muc, &MucManager::invitationReceived, this,
        [this](const Jid &room, const Jid &from, const QString &reason, const QString &password, bool mediated) {
            if (!m_options.roomListen || m_done || m_closing) {
                return;
            }
            if (m_options.json) {
                printJson({ { u"invitation"_s, room.toString() }, { u"from"_s, from.toString() },
                    { u"reason"_s, reason }, { u"password"_s, password }, { u"mediated"_s, mediated } });
            } else {
                m_out << (reason.isEmpty() ? tr("invitation to %1 from %2").arg(room.toString(), from.toString())
                                           : tr("invitation to %1 from %2: %3")
                                                 .arg(room.toString(), from.toString(), mucDisplayText(reason)))
                      << Qt::endl;
            }
        });
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
    if (m_options.roomAction == RoomAction::List || m_options.roomAction == RoomAction::Bookmark) {
        BookmarkManager *bookmarks = muc->bookmarks();
        if (!bookmarks) {
            finish(ExitOther, tr("Bookmarks are not available."));
        } else if (bookmarks->isLoaded()) {
            onBookmarksLoaded(true, QString());
        }
        return; // otherwise when this session's fetch answers
    }
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
    options.retryNickOnConflict = m_options.roomAction != RoomAction::Create;
    // Only `room join` keeps what the room replays on entering (or catches up from its archive); the others
    // need no history.
    options.history
        = m_options.roomAction == RoomAction::Join ? MucJoinOptions::History::Bounded : MucJoinOptions::History::None;
    if (m_options.roomAction == RoomAction::Create) {
        options.mustCreate = true;
        options.configuration = m_options.roomConfiguration;
    }
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
    case RoomAction::Create:
        if (m_options.json) {
            printJson({ { u"room"_s, room.toString() }, { u"nick"_s, nick }, { u"created"_s, true } });
        } else {
            m_out << tr("created %1 as %2").arg(room.toString(), nick) << Qt::endl;
        }
        leaveRoomAndFinish(ExitOk);
        return;
    case RoomAction::Invite:
    case RoomAction::Kick:
    case RoomAction::Ban:
    case RoomAction::Voice:
    case RoomAction::Devoice:
        runRoomModeration();
        return;
    case RoomAction::Leave:
    case RoomAction::List:
    case RoomAction::Bookmark:
        return;
    }
}

void CliSession::runRoomModeration()
{
    MucManager *muc = m_account->muc();
    const Jid room = m_options.room;
    const QString target = m_options.roomTarget;
    if (m_options.roomAction == RoomAction::Invite) {
        if (!muc->invite(room, *Jid::parse(target), m_options.roomReason, m_options.roomDirect)) {
            leaveRoomAndFinish(ExitOther, muc->lastError());
            return;
        }
        if (m_options.json) {
            printJson(
                { { u"room"_s, room.toString() }, { u"invited"_s, target }, { u"direct"_s, m_options.roomDirect } });
        } else {
            m_out << tr("invited %1 to %2").arg(target, room.toString()) << Qt::endl;
        }
        leaveRoomAndFinish(ExitOk);
        return;
    }
    // §7.2.3: every occupant's presence came before ours: the list is complete.
    const bool present = std::any_of(muc->room(room)->occupants.cbegin(), muc->room(room)->occupants.cend(),
        [&target](const MucOccupant &o) { return o.nick == target; });
    const auto report = [this, room, target](const QString &what) {
        return [this, room, target, what](bool ok, const QString &text) {
            if (m_done || m_closing) {
                return;
            }
            if (!ok) {
                leaveRoomAndFinish(ExitRefused, text);
                return;
            }
            if (m_options.json) {
                printJson({ { u"room"_s, room.toString() }, { u"nick"_s, target }, { u"done"_s, what } });
            } else {
                m_out << tr("%1: %2 in %3").arg(what, target, room.toString()) << Qt::endl;
            }
            leaveRoomAndFinish(ExitOk);
        };
    };
    bool sent = false;
    switch (m_options.roomAction) {
    case RoomAction::Ban: {
        // §9.1: bans are by address. The room tells an occupant's address in non-anonymous rooms and to
        // moderators; a user who is not in the room can be named by address.
        Jid user = present ? muc->occupantJid(room, target) : Jid();
        if (!present) {
            if (const auto parsed = Jid::parse(target); parsed && !parsed->local().isEmpty()) {
                user = parsed->bare();
            }
        }
        if (user.isNull()) {
            leaveRoomAndFinish(present ? ExitRefused : ExitNotFound,
                present ? tr("The room does not tell %1's address, so they cannot be banned by it.").arg(target)
                        : tr("There is nobody called %1 in %2.").arg(target, room.toString()));
            return;
        }
        sent = muc->setAffiliation(room, user, MucAffiliation::Outcast, m_options.roomReason, report(u"banned"_s));
        break;
    }
    case RoomAction::Kick:
    case RoomAction::Voice:
    case RoomAction::Devoice: {
        if (!present) {
            leaveRoomAndFinish(ExitNotFound, tr("There is nobody called %1 in %2.").arg(target, room.toString()));
            return;
        }
        const MucRole role = m_options.roomAction == RoomAction::Kick ? MucRole::None
            : m_options.roomAction == RoomAction::Voice               ? MucRole::Participant
                                                                      : MucRole::Visitor;
        const QString what = m_options.roomAction == RoomAction::Kick ? u"kicked"_s
            : m_options.roomAction == RoomAction::Voice               ? u"voice granted"_s
                                                                      : u"voice revoked"_s;
        sent = muc->setRole(room, target, role, m_options.roomReason, report(what));
        break;
    }
    default:
        break;
    }
    if (!sent) {
        leaveRoomAndFinish(ExitOther, muc->lastError());
    }
}

void CliSession::onBookmarksLoaded(bool ok, const QString &error)
{
    if (m_options.roomAction != RoomAction::List && m_options.roomAction != RoomAction::Bookmark) {
        return;
    }
    if (!ok) {
        finish(ExitRefused, error);
        return;
    }
    BookmarkManager *bookmarks = m_account->muc()->bookmarks();
    if (m_options.roomAction == RoomAction::List) {
        const QList<Bookmark> list = bookmarks->bookmarks();
        if (m_options.json) {
            QJsonArray rows;
            for (const Bookmark &b : list) {
                rows.append(QJsonObject { { u"room"_s, b.room.toString() }, { u"name"_s, b.name },
                    { u"autojoin"_s, b.autojoin }, { u"nick"_s, b.nick } });
            }
            printJson({ { u"bookmarks"_s, rows } });
        } else {
            for (const Bookmark &b : list) {
                QString line = b.room.toString() + (b.autojoin ? u"  autojoin"_s : QString());
                if (!b.nick.isEmpty()) {
                    line += u"  nick="_s + b.nick;
                }
                if (!b.name.isEmpty()) {
                    line += u"  "_s + mucDisplayText(b.name);
                }
                m_out << line << Qt::endl;
            }
        }
        finish(ExitOk);
        return;
    }
    const std::optional<Bookmark> existing = bookmarks->bookmark(m_options.room);
    const auto done = [this](const QString &what) {
        return [this, what](bool success, const QString &text) {
            if (m_done || m_closing) {
                return;
            }
            if (!success) {
                finish(ExitRefused, text);
                return;
            }
            if (m_options.json) {
                printJson({ { u"room"_s, m_options.room.toString() }, { u"bookmark"_s, what } });
            } else {
                m_out << tr("bookmark %1: %2").arg(what, m_options.room.toString()) << Qt::endl;
            }
            finish(ExitOk);
        };
    };
    if (m_options.roomRemove) {
        if (!existing) {
            finish(ExitNotFound, tr("There is no bookmark for %1.").arg(m_options.room.toString()));
            return;
        }
        bookmarks->removeBookmark(m_options.room, done(u"removed"_s));
        return;
    }
    // What is not given keeps its value (another client's name, extensions).
    Bookmark b = existing.value_or(Bookmark());
    b.room = m_options.room;
    b.autojoin = m_options.roomAutojoin;
    if (m_options.nickGiven) {
        b.nick = m_options.nick;
    }
    if (!m_options.name.isEmpty()) {
        b.name = m_options.name;
    }
    if (!m_options.roomPassword.isEmpty()) {
        b.password = m_options.roomPassword;
    }
    bookmarks->setBookmark(b, done(existing ? u"updated"_s : u"added"_s));
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
