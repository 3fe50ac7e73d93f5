#include "MucManager.h"

#include "BookmarkManager.h"
#include "MucNamespaces.h"
#include "core/Stanza.h"
#include "core/StreamHeader.h"
#include "disco/DiscoManager.h"
#include "im/ImNamespaces.h"
#include "im/MessageParser.h"
#include "im/Outbox.h"
#include "storage/ElementXml.h"
#include "storage/HistoryStore.h"
#include "stream/Connection.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMuc, "balcony.muc")

namespace balcony {

namespace {

QString clientNs()
{
    return QString::fromUtf16(ns::client);
}

std::optional<Jid> senderOf(const Element &stanza)
{
    const QString from = stanza.attribute(u"from");
    return from.isEmpty() ? std::nullopt : Jid::parse(from);
}

// §15.6 status codes in the words of the user, with who did it and why when the room says.
QString exitText(MucExit exit, const MucUserPayload &x)
{
    QString text;
    switch (exit) {
    case MucExit::Left:
        return {};
    case MucExit::Kicked:
        text = x.actor.isEmpty() ? MucManager::tr("You were removed from the room.")
                                 : MucManager::tr("%1 removed you from the room.").arg(x.actor);
        break;
    case MucExit::Banned:
        text = x.actor.isEmpty() ? MucManager::tr("You were banned from the room.")
                                 : MucManager::tr("%1 banned you from the room.").arg(x.actor);
        break;
    case MucExit::Removed:
        text = MucManager::tr("You were removed from the room because you are no longer a member.");
        break;
    case MucExit::Shutdown:
        text = MucManager::tr("The room's service is shutting down.");
        break;
    case MucExit::Destroyed:
        text = MucManager::tr("The room was closed by its owner.");
        if (!x.destroyReason.isEmpty()) {
            text += u' ' + MucManager::tr("Reason: %1").arg(mucDisplayText(x.destroyReason));
        }
        return text;
    }
    if (!x.reason.isEmpty()) {
        text += u' ' + MucManager::tr("Reason: %1").arg(mucDisplayText(x.reason));
    }
    return text;
}

} // namespace

MucManager::MucManager(
    Connection &connection, HistoryStore &history, Outbox &outbox, DiscoManager *disco, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_history(history)
    , m_outbox(outbox)
    , m_disco(disco)
{
    m_connection.addSenderStanzaHandler(
        this, u"presence"_s, [this](const Element &stanza) { return handlePresence(stanza); });
    m_connection.addSenderStanzaHandler(
        this, u"message"_s, [this](const Element &stanza) { return handleMessage(stanza); });
    // A new session (not a resumption) enters the rooms again, right behind the initial presence (registered
    // after PresenceManager's step in the same step) and before the outbox writes queued room messages.
    m_connection.addSessionStep(this, SessionStep::Presence, [this](bool) { rejoinAll(); });
    // XEP-0249: direct invitations come from anyone (a contact's full JID), not from a room.
    m_connection.addStanzaHandler(this, { u"message"_s, u"x"_s, ns::conference() },
        [this](const Element &stanza) { return handleInvitation(stanza); });
    // XEP-0410: a resumed session kept the rooms, but the connection was gone for a while: ask them soon.
    connect(&m_connection, &Connection::sessionResumed, this, [this] {
        const qint64 now = QDeadlineTimer::current().deadline();
        for (MucRoom &room : m_rooms) {
            room.lastActivityMs = qMin(room.lastActivityMs, now - m_selfPingIdleMs + m_selfPingAfterResumeMs);
        }
    });
    m_selfPingTimer = new QTimer(this);
    m_selfPingTimer->setInterval(qMax(10, m_selfPingAfterResumeMs / 2));
    connect(m_selfPingTimer, &QTimer::timeout, this, &MucManager::checkSelfPings);
    m_selfPingTimer->start();
    if (disco) {
        disco->addFeature(ns::muc());
        disco->addFeature(ns::conference());
    }
}

MucManager::~MucManager()
{
    m_bookmarks.reset(); // it holds a reference to this
}

void MucManager::enableBookmarks(PubSubManager &pubSub, DiscoManager *disco)
{
    if (!m_bookmarks) {
        m_bookmarks = std::make_unique<BookmarkManager>(m_connection, pubSub, *this, disco);
    }
}

bool MucManager::mentions(const QString &body, const QString &nick)
{
    if (nick.isEmpty() || body.size() < nick.size()) {
        return false;
    }
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c.isMark(); };
    qsizetype from = 0;
    while (true) {
        const qsizetype at = body.indexOf(nick, from, Qt::CaseInsensitive);
        if (at < 0) {
            return false;
        }
        const qsizetype end = at + nick.size();
        // A word boundary on each side, unless the nick itself starts or ends with a non-word character.
        const bool before = at == 0 || !isWordChar(body.at(at - 1)) || !isWordChar(nick.front());
        const bool after = end >= body.size() || !isWordChar(body.at(end)) || !isWordChar(nick.back());
        if (before && after) {
            return true;
        }
        from = at + 1;
    }
}

Jid MucManager::ownJid() const
{
    const Jid bound = m_connection.boundJid();
    return bound.isNull() ? m_connection.settings().jid : bound;
}

const MucRoom *MucManager::room(const Jid &room) const
{
    const auto it = m_rooms.constFind(room.bare());
    return it == m_rooms.cend() ? nullptr : &*it;
}

bool MucManager::isJoined(const Jid &room) const
{
    const MucRoom *r = this->room(room);
    return r && r->state == MucRoomState::Joined;
}

QList<MucOccupant> MucManager::occupants(const Jid &room) const
{
    const MucRoom *r = this->room(room);
    return r ? r->occupants.values() : QList<MucOccupant>();
}

// ---- entering, leaving, nick

bool MucManager::join(const Jid &room, const MucJoinOptions &options)
{
    m_lastError.clear();
    const Jid bare = room.bare();
    if (bare.isNull() || bare.local().isEmpty()) {
        m_lastError = tr("\"%1\" is not the address of a room.").arg(room.toString());
        return false;
    }
    if (options.nick.isEmpty() || bare.withResource(options.nick).isNull()) {
        m_lastError = tr("\"%1\" cannot be used as a nickname.").arg(options.nick);
        return false;
    }
    if (const auto it = m_rooms.find(bare); it != m_rooms.end() && it->state != MucRoomState::Leaving) {
        if (it->nick == options.nick || it->state == MucRoomState::Joining) {
            return true;
        }
        return changeNick(bare, options.nick);
    }
    MucRoom &r = m_rooms[bare];
    r = MucRoom();
    r.jid = bare;
    r.nick = options.nick;
    r.options = options;
    r.state = MucRoomState::Joining;
    sendJoin(r);
    return true;
}

void MucManager::sendJoin(MucRoom &room)
{
    if (m_connection.state() == ConnectionState::Connected) {
        enterRoom(room);
    }
    // Otherwise the next session start enters it (rejoinAll).
}

Element MucManager::presenceTo(const Jid &occupant) const
{
    Element presence = m_presenceSource ? m_presenceSource(occupant) : Element(u"presence"_s, clientNs());
    presence.setAttribute(u"to"_s, occupant.toString());
    return presence;
}

QDateTime MucManager::newestFromRoom(const Jid &room) const
{
    // The newest message the room itself gave us (received, or ours that it sent back): one of ours it has
    // not confirmed says nothing about what the room distributed before it.
    for (const StoredMessage &m : m_history.page(room, 32)) {
        if (m.direction == MessageDirection::Incoming || m.state == MessageState::Delivered) {
            return m.sortTime();
        }
    }
    return {};
}

void MucManager::broadcastPresence()
{
    if (m_connection.state() != ConnectionState::Connected) {
        return; // the next session enters the rooms with the presence of then
    }
    for (const MucRoom &room : std::as_const(m_rooms)) {
        if (room.state == MucRoomState::Joined) {
            m_connection.send(presenceTo(room.jid.withResource(room.nick)));
        }
    }
}

Element MucManager::joinPresence(const MucRoom &room) const
{
    Element presence = presenceTo(room.jid.withResource(room.nick));
    Element x(u"x"_s, ns::muc());
    if (!room.options.password.isEmpty()) {
        x.appendTextChild(u"password"_s, ns::muc(), room.options.password);
    }
    // §7.2.13: the history the room replays on entering. None when the archive catches up; otherwise bounded
    // in number and, when we already have messages of the room, to what is newer than the newest of them
    // (what is replayed again anyway is recognised by its ids, HistoryStore de-duplication).
    Element history(u"history"_s, ns::muc());
    if (room.options.history == MucJoinOptions::History::None || room.archived) {
        history.setAttribute(u"maxstanzas"_s, u"0"_s);
    } else {
        history.setAttribute(u"maxstanzas"_s, QString::number(qMax(0, room.options.maxStanzas)));
        if (const QDateTime since = newestFromRoom(room.jid); since.isValid()) {
            history.setAttribute(u"since"_s, MessageParser::formatStamp(since));
        }
    }
    x.appendChild(history);
    presence.appendChild(x);
    return presence;
}

bool MucManager::leave(const Jid &room, const QString &status)
{
    const auto it = m_rooms.find(room.bare());
    if (it == m_rooms.end()) {
        return false;
    }
    if (m_connection.state() != ConnectionState::Connected) {
        // Nothing to tell the room: a session that starts later does not enter it again.
        clearOccupants(*it);
        forget(it->jid);
        Q_EMIT left(room.bare(), MucExit::Left, QString());
        return true;
    }
    Element presence(u"presence"_s, clientNs());
    presence.setAttribute(u"to"_s, it->jid.withResource(it->nick).toString());
    presence.setAttribute(u"type"_s, u"unavailable"_s);
    if (!status.isEmpty()) {
        presence.appendTextChild(u"status"_s, clientNs(), status);
    }
    it->state = MucRoomState::Leaving;
    m_connection.send(presence);
    return true;
}

bool MucManager::leaveAs(const Jid &room, const QString &nick, const QString &status)
{
    m_lastError.clear();
    const Jid bare = room.bare();
    if (m_rooms.contains(bare)) {
        return leave(bare, status);
    }
    if (bare.local().isEmpty() || nick.isEmpty() || bare.withResource(nick).isNull()) {
        m_lastError = tr("\"%1\" cannot be used as a nickname.").arg(nick);
        return false;
    }
    if (m_connection.state() != ConnectionState::Connected) {
        m_lastError = mucErrorText(MucError::NotConnected);
        return false;
    }
    MucRoom &r = m_rooms[bare];
    r.jid = bare;
    r.nick = nick;
    r.options.nick = nick;
    r.state = MucRoomState::Joined;
    return leave(bare, status);
}

bool MucManager::changeNick(const Jid &room, const QString &nick)
{
    m_lastError.clear();
    const auto it = m_rooms.find(room.bare());
    if (it == m_rooms.end() || it->state != MucRoomState::Joined) {
        m_lastError = tr("You are not in this room.");
        return false;
    }
    const Jid target = it->jid.withResource(nick);
    if (nick.isEmpty() || target.isNull()) {
        m_lastError = tr("\"%1\" cannot be used as a nickname.").arg(nick);
        return false;
    }
    if (!m_connection.send(presenceTo(target))) {
        m_lastError = mucErrorText(MucError::NotConnected);
        return false;
    }
    it->pendingNick = nick;
    return true;
}

void MucManager::rejoinAll()
{
    // The old session's presence in the rooms is gone with it (a resumed session does not come here), and so
    // are its queries: the catch-ups start again from the stored position. The rooms' features stay known, so
    // that the joins go out at once, before the queued room messages.
    m_archiveQueries.clear();
    m_catchUpStored.clear();
    m_verifying.clear();
    QList<Jid> leaving;
    for (MucRoom &room : m_rooms) {
        if (room.state == MucRoomState::Leaving) {
            leaving.append(room.jid);
            continue;
        }
        clearOccupants(room);
        room.state = MucRoomState::Joining;
        room.pendingNick.clear();
        room.unlocking = false;
        room.discoPending = false;
        room.catchingUp = false;
        room.selfPingInFlight = false;
    }
    for (const Jid &jid : std::as_const(leaving)) {
        forget(jid);
        Q_EMIT left(jid, MucExit::Left, QString());
    }
    // Written while the session starts (pipelined behind the initial presence), before the state is Connected.
    for (MucRoom &room : m_rooms) {
        enterRoom(room);
    }
}

void MucManager::forget(const Jid &room)
{
    m_rooms.remove(room);
    m_catchUpStored.remove(room);
}

void MucManager::acceptInstantRoom(const Jid &room)
{
    // §10.1.2: the room is locked until its owner configures it; an empty submitted form accepts the
    // service's default configuration (an "instant room").
    Element iq(u"iq"_s, clientNs());
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.setAttribute(u"to"_s, room.toString());
    Element query(u"query"_s, ns::mucOwner());
    Element form(u"x"_s, ns::dataForms());
    form.setAttribute(u"type"_s, u"submit"_s);
    query.appendChild(form);
    iq.appendChild(query);
    const QPointer<MucManager> self(this);
    m_connection.sendIq(iq, [self, room](const IqResult &result) {
        if (result.status != IqResult::Status::Result) {
            // We are in the room all the same (its owner); it may stay locked for others.
            qCWarning(lcMuc) << "the new room" << room.toString()
                             << "did not accept the instant configuration:" << result.error.describe();
        }
        if (!self) {
            return;
        }
        const auto it = self->m_rooms.find(room);
        if (it == self->m_rooms.end() || !it->unlocking) {
            return; // left or failed meanwhile
        }
        it->unlocking = false;
        if (it->state == MucRoomState::Joining) {
            it->state = MucRoomState::Joined;
            Q_EMIT self->joined(room, it->nick, true);
        }
    });
}

// ---- presence

bool MucManager::handlePresence(const Element &stanza)
{
    // Every presence is offered here first: without rooms only the muc#user payload is looked at.
    if (m_rooms.isEmpty()) {
        return stanza.hasChild(u"x", ns::mucUser());
    }
    const std::optional<Jid> from = senderOf(stanza);
    const auto it = from ? m_rooms.find(from->bare()) : m_rooms.end();
    if (it != m_rooms.end()) {
        it->lastActivityMs = QDeadlineTimer::current().deadline();
    }
    if (it == m_rooms.end()) {
        // A room's occupant presence for a room we are not in (or with a broken address): nobody asked for it.
        if (stanza.hasChild(u"x", ns::mucUser())) {
            qCDebug(lcMuc) << "ignoring room presence from" << stanza.attribute(u"from").left(256);
            return true;
        }
        return false;
    }
    handleRoomPresence(*it, *from, stanza);
    return true;
}

void MucManager::handleRoomPresence(MucRoom &room, const Jid &from, const Element &stanza)
{
    const QString type = stanza.attribute(u"type");
    const QString nick = from.resource();
    if (type == u"error") {
        if (room.state == MucRoomState::Joining) {
            handleJoinError(room, stanza);
        } else if (!room.pendingNick.isEmpty() && nick == room.pendingNick) {
            const StanzaError error = StanzaError::fromElement(stanza.firstChild(u"error"));
            const QString text = mucErrorText(mucErrorFrom(error), error);
            const QString refused = std::exchange(room.pendingNick, QString());
            Q_EMIT nickChangeFailed(room.jid, refused, text);
        }
        return;
    }
    if (nick.isEmpty() || (!type.isEmpty() && type != u"unavailable")) {
        return; // from the room itself, or a subscription type: nothing XEP-0045 defines
    }
    const MucUserPayload x = MucUserPayload::fromStanza(stanza);
    // §7.2.3: the room marks our own presence with 110 (older services only by the nick).
    const bool self = x.hasStatus(110) || nick == room.nick;
    if (type == u"unavailable") {
        if (x.hasStatus(303) && !x.newNick.isEmpty()) {
            // §7.6: a nick change is an unavailable presence for the old nick naming the new one, then an
            // available presence for the new one.
            const MucOccupant old = room.occupants.value(nick);
            removeOccupant(room, nick);
            if (self) {
                const QString oldNick = std::exchange(room.nick, x.newNick);
                room.pendingNick.clear();
                Q_EMIT nickChanged(room.jid, oldNick, room.nick);
            }
            if (!old.nick.isEmpty()) {
                MucOccupant renamed = old;
                renamed.nick = x.newNick;
                upsertOccupant(room, renamed);
            }
            return;
        }
        if (self) {
            handleSelfUnavailable(room, x);
            return;
        }
        removeOccupant(room, nick);
        return;
    }
    const std::optional<Presence> presence = Presence::fromElement(stanza);
    MucOccupant occupant;
    occupant.nick = nick;
    occupant.role = x.role;
    occupant.affiliation = x.affiliation;
    occupant.realJid = x.realJid;
    if (presence) {
        occupant.show = presence->show();
        occupant.status = presence->status();
    }
    if (self) {
        if (nick != room.nick) {
            // 210: the service assigned another nick than we asked for; or the end of our nick change.
            const QString oldNick = std::exchange(room.nick, nick);
            if (room.state == MucRoomState::Joined) {
                removeOccupant(room, oldNick);
                Q_EMIT nickChanged(room.jid, oldNick, nick);
            }
        }
        room.pendingNick.clear();
    }
    upsertOccupant(room, occupant);
    if (self && room.state == MucRoomState::Joining && !room.unlocking) {
        room.lastActivityMs = QDeadlineTimer::current().deadline();
        if (x.hasStatus(201)) {
            // §10.1.2: a new room stays locked (others get item-not-found) until we accept it: we are in once
            // the room has taken the configuration, so that whoever we tell about it can enter.
            room.unlocking = true;
            if (room.options.configuration.isEmpty()) {
                acceptInstantRoom(room.jid);
            } else {
                configureRoom(room.jid); // §10.1.3
            }
            return;
        }
        if (room.options.mustCreate) {
            // The room was there already: not what `room create` asked for. Out again, and a failure.
            const Jid jid = room.jid;
            room.state = MucRoomState::Joined;
            leave(jid);
            Q_EMIT joinFailed(jid, MucError::RoomExists, mucErrorText(MucError::RoomExists));
            return;
        }
        room.state = MucRoomState::Joined;
        const Jid jid = room.jid;
        Q_EMIT joined(room.jid, room.nick, false);
        if (const auto it = m_rooms.find(jid); it != m_rooms.end() && it->state == MucRoomState::Joined) {
            startCatchUp(*it); // after the room's own replay (none with an archive) and the subject
        }
    }
}

void MucManager::handleJoinError(MucRoom &room, const Element &stanza)
{
    const StanzaError error = StanzaError::fromElement(stanza.firstChild(u"error"));
    const MucError kind = mucErrorFrom(error);
    if (kind == MucError::NickConflict && room.options.retryNickOnConflict
        && room.nickAttempt < MucJoinOptions::maxNickAttempts) {
        ++room.nickAttempt;
        room.nick = room.options.nick + u'_' + QString::number(room.nickAttempt);
        qCInfo(lcMuc) << "nick taken in" << room.jid.toString() << "- trying" << room.nick;
        sendJoin(room);
        return;
    }
    const Jid jid = room.jid;
    clearOccupants(room);
    forget(jid);
    Q_EMIT joinFailed(jid, kind, mucErrorText(kind, error));
}

void MucManager::handleSelfUnavailable(MucRoom &room, const MucUserPayload &x)
{
    MucExit exit = MucExit::Left;
    if (x.destroyed) {
        exit = MucExit::Destroyed;
    } else if (x.hasStatus(301)) {
        exit = MucExit::Banned;
    } else if (x.hasStatus(307)) {
        exit = MucExit::Kicked;
    } else if (x.hasStatus(321) || x.hasStatus(322)) {
        exit = MucExit::Removed;
    } else if (x.hasStatus(332)) {
        exit = MucExit::Shutdown;
    }
    if (exit == MucExit::Left && room.state != MucRoomState::Leaving) {
        // Out without a reason we asked for or were told: the room let us go (a service restart, a timeout).
        exit = MucExit::Shutdown;
    }
    const Jid jid = room.jid;
    clearOccupants(room);
    forget(jid);
    Q_EMIT left(jid, exit, exitText(exit, x));
}

void MucManager::upsertOccupant(MucRoom &room, const MucOccupant &occupant)
{
    const auto it = room.occupants.find(occupant.nick);
    if (it != room.occupants.end()) {
        if (*it == occupant) {
            return;
        }
        *it = occupant;
    } else {
        if (room.occupants.size() >= m_maxOccupants) {
            if (!room.occupantCapReached) {
                room.occupantCapReached = true;
                qCWarning(lcMuc) << "room" << room.jid.toString() << "has more than" << m_maxOccupants
                                 << "occupants; further ones are not listed (memory bound, issue 11)";
            }
            return;
        }
        room.occupants.insert(occupant.nick, occupant);
    }
    Q_EMIT occupantChanged(room.jid, occupant);
}

void MucManager::removeOccupant(MucRoom &room, const QString &nick)
{
    if (room.occupants.remove(nick)) {
        Q_EMIT occupantRemoved(room.jid, nick);
    }
}

void MucManager::clearOccupants(MucRoom &room)
{
    room.occupantCapReached = false;
    if (!room.occupants.isEmpty()) {
        room.occupants.clear();
        Q_EMIT occupantsCleared(room.jid);
    }
}

// ---- messages

bool MucManager::handleMessage(const Element &stanza)
{
    const QString type = stanza.attribute(u"type");
    if (m_rooms.isEmpty() && type != u"groupchat" && !stanza.hasChild(u"x", ns::mucUser())) {
        return false; // every message is offered here first: a chat message costs one attribute lookup
    }
    const std::optional<Jid> from = senderOf(stanza);
    const auto it = from ? m_rooms.find(from->bare()) : m_rooms.end();
    if (it != m_rooms.end() && it->state != MucRoomState::Leaving) {
        it->lastActivityMs = QDeadlineTimer::current().deadline();
    }
    if (type == u"groupchat") {
        if (it == m_rooms.end() || it->state == MucRoomState::Leaving) {
            // Room messages only come from rooms we are in: anything else would be injected history.
            qCDebug(lcMuc) << "ignoring a groupchat message from" << stanza.attribute(u"from").left(256);
            return true;
        }
        handleGroupchat(*it, *from, stanza);
        return true;
    }
    if (from && from->resource().isEmpty() && type != u"error") {
        if (it != m_rooms.end()) {
            // XEP-0313 §4.2: a result of the room's archive comes from the room itself.
            if (const Element result = stanza.firstChild(u"result", ns::mam()); !result.isNull()) {
                return handleArchiveResult(*it, stanza, result);
            }
        }
        // §7.8.2: a mediated invitation (or a decline of ours) comes from the room's bare JID.
        if (stanza.hasChild(u"x", ns::mucUser()) && handleMediated(*from, stanza)) {
            return true;
        }
    }
    if (it == m_rooms.end()) {
        return false; // not from a room we are in
    }
    if (type == u"error") {
        handleError(it->jid, stanza);
        return true;
    }
    if (!from->resource().isEmpty()) {
        handlePrivate(*from, stanza);
        return true;
    }
    return false;
}

Jid MucManager::realJidOf(const Jid &room, const QString &nick, const Element &stanza) const
{
    const auto it = m_rooms.constFind(room.bare());
    if (it == m_rooms.constEnd() || nick.isEmpty()) {
        return {};
    }
    if (nick == it->nick) {
        return ownJid().bare();
    }
    const auto occupant = it->occupants.constFind(nick);
    if (occupant != it->occupants.constEnd() && !occupant->realJid.isNull()) {
        return occupant->realJid.bare();
    }
    // The room itself may name the sender (non-anonymous rooms, archived copies): only the room writes this <x/>.
    const std::optional<Jid> named
        = Jid::parse(stanza.firstChild(u"x", ns::mucUser()).firstChild(u"item", ns::mucUser()).attribute(u"jid"));
    return named ? named->bare() : Jid();
}

std::optional<MucManager::GroupchatDecryption> MucManager::decryptRoomMessage(
    const MucRoom &room, const Element &stanza, bool live) const
{
    if (!m_decryptor) {
        return std::nullopt;
    }
    bool encrypted = false;
    for (const Element &child : stanza.childElements()) {
        encrypted = encrypted || child.name() == u"encrypted"_s;
    }
    if (!encrypted) {
        return std::nullopt;
    }
    const std::optional<Jid> from = Jid::parse(stanza.attribute(u"from"));
    return m_decryptor(stanza, realJidOf(room.jid, from ? from->resource() : QString(), stanza), live);
}

void MucManager::handleGroupchat(MucRoom &room, const Jid &from, const Element &stanza)
{
    const std::optional<GroupchatDecryption> decryption = decryptRoomMessage(room, stanza, true);
    // A message without anything to store (a key transport, our own message coming back: its key was not for this
    // device) is taken as it came: our reflection still confirms our message by its origin-id below.
    const bool decrypted = decryption && !decryption->plain.isNull();
    if (decryption && !decrypted && from.resource() != room.nick) {
        return;
    }
    std::optional<ParsedMessage> parsed
        = MessageParser::parse(decrypted ? decryption->plain : stanza, ownJid(), QDateTime::currentDateTimeUtc());
    if (!parsed) {
        return;
    }
    StoredMessage &m = parsed->stored;
    if (decrypted) {
        m.e2e = decryption->e2e;
    }
    const QString nick = from.resource();
    if (stanza.hasChild(u"subject", clientNs()) && m.body.isEmpty()) {
        // §8.1: a subject without a body is the room's subject (also the last thing sent on entering).
        room.subject = parsed->subject;
        room.subjectBy = nick;
        Q_EMIT subjectChanged(room.jid, room.subject, nick);
        return;
    }
    if (m.body.isEmpty()) {
        return; // chat states, markers: nothing to store
    }
    if (!nick.isEmpty() && nick == room.nick) {
        // §7.4: the room's reflection of a message sent as our nick. Ours from this client is recognised by its
        // origin-id (or, if the room dropped that, by its id) and is now Delivered; the store keeps one row
        // and takes the room's stanza-id over (insert() finds the same origin-id from the same room).
        QList<qint64> changed;
        if (!m.originId.isEmpty()) {
            changed = m_history.updateStateByOriginId(room.jid, m.originId, MessageState::Delivered);
        }
        if (changed.isEmpty() && m.originId.isEmpty() && !m.messageId.isEmpty()) {
            changed = m_history.updateStateByMessageId(room.jid, m.messageId, MessageState::Delivered);
            if (!changed.isEmpty()) {
                for (const qint64 id : std::as_const(changed)) {
                    Q_EMIT messageStateChanged(id, MessageState::Delivered);
                }
                return; // nothing to de-duplicate it by: not inserted
            }
        }
        for (const qint64 id : std::as_const(changed)) {
            Q_EMIT messageStateChanged(id, MessageState::Delivered);
        }
        m.direction = MessageDirection::Outgoing;
        m.state = MessageState::Delivered;
    }
    bool created = false;
    const qint64 id = m_history.insert(m, &created);
    if (id == 0) {
        qCWarning(lcMuc) << "could not store a message of room" << room.jid.toString();
    } else if (created) {
        if (const std::optional<StoredMessage> row = m_history.message(id)) {
            const bool live
                = !row->flags.testFlag(MessageFlag::Delayed) && row->direction == MessageDirection::Incoming;
            const bool mention = live && mentions(row->body, room.nick);
            Q_EMIT messageStored(id, *row);
            if (mention) {
                Q_EMIT mentioned(id, *row);
            }
        }
    }
}

void MucManager::handlePrivate(const Jid &from, const Element &stanza)
{
    std::optional<ParsedMessage> parsed = MessageParser::parse(stanza, ownJid(), QDateTime::currentDateTimeUtc());
    if (!parsed || parsed->stored.body.isEmpty()) {
        return;
    }
    StoredMessage &m = parsed->stored;
    m.type = Message::Type::Chat; // §7.5: private messages are type chat; a "normal" one is treated alike
    m.conversation = from.bare();
    m.from = from;
    bool created = false;
    const qint64 id = m_history.insert(m, &created);
    if (created) {
        if (const std::optional<StoredMessage> row = m_history.message(id)) {
            Q_EMIT messageStored(id, *row);
        }
    }
}

void MucManager::handleError(const Jid &room, const Element &stanza)
{
    // An error answering one of our room or private messages (its id is its origin-id): it fails in the outbox,
    // but only if it went to this room (RFC 6120 §8.3.1: the error comes from where the message went).
    const QString id = stanza.attribute(u"id");
    const std::optional<OutboxEntry> entry = id.isEmpty() ? std::nullopt : m_outbox.entry(id);
    if (!entry || entry->conversation != room) {
        return;
    }
    const StanzaError error = StanzaError::fromElement(stanza.firstChild(u"error"));
    m_outbox.fail(id, error.text.isEmpty() ? error.describe() : error.text);
}

qint64 MucManager::sendMessage(const Jid &room, const QString &body, const QList<Element> &extensions)
{
    m_lastError.clear();
    const MucRoom *r = this->room(room);
    if (!r || r->state == MucRoomState::Leaving) {
        m_lastError = tr("You are not in the room %1.").arg(room.bare().toString());
        return 0;
    }
    return submit(r->jid, r->jid.withResource(r->nick), Message::Type::GroupChat, body, false, extensions);
}

bool MucManager::setSubject(const Jid &room, const QString &subject)
{
    m_lastError.clear();
    if (!isJoined(room)) {
        m_lastError = tr("You are not in the room %1.").arg(room.bare().toString());
        return false;
    }
    Element stanza(u"message"_s, clientNs());
    stanza.setAttribute(u"type"_s, u"groupchat"_s);
    stanza.setAttribute(u"to"_s, room.bare().toString());
    stanza.setAttribute(u"id"_s, Connection::generateId());
    stanza.appendTextChild(u"subject"_s, clientNs(), subject);
    if (!m_connection.send(stanza)) {
        m_lastError = mucErrorText(MucError::NotConnected);
        return false;
    }
    return true;
}

qint64 MucManager::sendPrivateMessage(const Jid &room, const QString &nick, const QString &body)
{
    m_lastError.clear();
    const MucRoom *r = this->room(room);
    if (!r || r->state == MucRoomState::Leaving) {
        m_lastError = tr("You are not in the room %1.").arg(room.bare().toString());
        return 0;
    }
    const Jid to = r->jid.withResource(nick);
    if (to.isNull()) {
        m_lastError = tr("\"%1\" cannot be used as a nickname.").arg(nick);
        return 0;
    }
    return submit(to, r->jid.withResource(r->nick), Message::Type::Chat, body, true);
}

qint64 MucManager::submit(const Jid &to, const Jid &ownOccupant, Message::Type type, const QString &body,
    bool privateMessage, const QList<Element> &extensions)
{
    if (body.isEmpty()) {
        m_lastError = tr("A message needs a text.");
        return 0;
    }
    // XEP-0359: the origin-id doubles as the stanza id, as for chat messages (MessageManager).
    const QString id = Connection::generateId();
    Element stanza(u"message"_s, clientNs());
    stanza.setAttribute(u"type"_s, Message::typeName(type));
    stanza.setAttribute(u"to"_s, to.toString());
    stanza.setAttribute(u"id"_s, id);
    stanza.appendTextChild(u"body"_s, clientNs(), body);
    if (privateMessage) {
        // §7.5: marks the message as private to the occupant, so that clients and the room treat it as such.
        stanza.appendChild(Element(u"x"_s, ns::mucUser()));
    }
    for (const Element &extension : extensions) {
        stanza.appendChild(extension);
    }
    Element originId(u"origin-id"_s, ns::sid());
    originId.setAttribute(u"id"_s, id);
    stanza.appendChild(originId);

    // Stored as sent by our occupant JID: the room's copy of it comes from there (see the class comment).
    StoredMessage m
        = StoredMessage::outgoing(ownOccupant, to, type, id, QString(), body, QDateTime::currentDateTimeUtc());
    m.stanzaXml = elementToXml(stanza).value_or(QString());
    const std::optional<OutboxEntry> entry = m_outbox.submit(m, stanza);
    if (!entry) {
        m_lastError = tr("The message could not be saved, so it was not sent.");
        return 0;
    }
    return entry->historyId;
}

} // namespace balcony
