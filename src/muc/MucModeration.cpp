// MucManager's moderation (XEP-0045 §8, §9 through muc#admin), room configuration on creation (§10.1.3
// through muc#owner), and XEP-0410 self-ping.
#include "MucManager.h"
#include "MucNamespaces.h"
#include "core/DataForm.h"
#include "core/StreamHeader.h"
#include "im/ImNamespaces.h"
#include "stream/Connection.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcMuc)

namespace balcony {

namespace {

QString adminErrorText(const IqResult &result)
{
    if (result.status == IqResult::Status::Timeout) {
        return MucManager::tr("The room did not answer.");
    }
    if (result.status != IqResult::Status::Error) {
        return mucErrorText(MucError::NotConnected);
    }
    QString text;
    switch (result.error.condition) {
    case StanzaError::Condition::Forbidden:
        text = MucManager::tr("You are not allowed to do this in the room.");
        break;
    case StanzaError::Condition::NotAllowed:
        text = MucManager::tr("The room does not allow this (an owner or admin cannot be changed this way).");
        break;
    case StanzaError::Condition::ItemNotFound:
        text = MucManager::tr("There is nobody with this nickname in the room.");
        break;
    case StanzaError::Condition::Conflict:
        text = MucManager::tr("The room must keep at least one owner.");
        break;
    default:
        text = MucManager::tr("The room refused: %1").arg(result.error.describe());
        return text;
    }
    if (!result.error.text.isEmpty()) {
        text += u' ' + MucManager::tr("(The room says: %1)").arg(result.error.text);
    }
    return text;
}

} // namespace

Jid MucManager::occupantJid(const Jid &room, const QString &nick) const
{
    const MucRoom *r = this->room(room);
    return r ? r->occupants.value(nick).realJid.bare() : Jid();
}

bool MucManager::setRole(
    const Jid &room, const QString &nick, MucRole role, const QString &reason, AdminCallback callback)
{
    m_lastError.clear();
    if (!isJoined(room)) {
        m_lastError = tr("You are not in the room %1.").arg(room.bare().toString());
        return false;
    }
    if (nick.isEmpty() || room.bare().withResource(nick).isNull()) {
        m_lastError = tr("\"%1\" cannot be used as a nickname.").arg(nick);
        return false;
    }
    Element item(u"item"_s, ns::mucAdmin());
    item.setAttribute(u"nick"_s, nick);
    item.setAttribute(u"role"_s, MucOccupant::roleName(role));
    sendAdminItem(room.bare(), item, reason, std::move(callback));
    return true;
}

bool MucManager::setAffiliation(
    const Jid &room, const Jid &user, MucAffiliation affiliation, const QString &reason, AdminCallback callback)
{
    m_lastError.clear();
    if (!isJoined(room)) {
        m_lastError = tr("You are not in the room %1.").arg(room.bare().toString());
        return false;
    }
    if (user.isNull()) {
        m_lastError = tr("\"%1\" is not the address of a contact.").arg(user.toString());
        return false;
    }
    Element item(u"item"_s, ns::mucAdmin());
    item.setAttribute(u"jid"_s, user.bare().toString()); // §9.1: affiliations belong to bare JIDs
    item.setAttribute(u"affiliation"_s, MucOccupant::affiliationName(affiliation));
    sendAdminItem(room.bare(), item, reason, std::move(callback));
    return true;
}

void MucManager::sendAdminItem(const Jid &room, Element item, const QString &reason, AdminCallback callback)
{
    if (!reason.isEmpty()) {
        item.appendTextChild(u"reason"_s, ns::mucAdmin(), reason);
    }
    Element query(u"query"_s, ns::mucAdmin());
    query.appendChild(item);
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.setAttribute(u"to"_s, room.toString());
    iq.appendChild(query);
    m_connection.sendIq(iq, [callback = std::move(callback)](const IqResult &result) {
        if (callback) {
            const bool ok = result.status == IqResult::Status::Result;
            callback(ok, ok ? QString() : adminErrorText(result));
        }
    });
}

// ---- §10.1.3: a new room configured with the caller's fields

void MucManager::configureRoom(const Jid &room)
{
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, room.toString());
    iq.appendChild(Element(u"query"_s, ns::mucOwner()));
    const QPointer<MucManager> self(this);
    // The room stays ours (we are its owner) whatever happens here; a configuration it refused is a failure
    // of `room create`, and the room is left locked and destroyed by the service when we go.
    const auto fail = [self, room](const StanzaError &error) {
        if (!self) {
            return;
        }
        const auto it = self->m_rooms.find(room);
        if (it == self->m_rooms.end() || !it->unlocking) {
            return;
        }
        it->unlocking = false;
        it->state = MucRoomState::Joined;
        self->leave(room);
        Q_EMIT self->joinFailed(
            room, MucError::ConfigurationRefused, mucErrorText(MucError::ConfigurationRefused, error));
    };
    m_connection.sendIq(iq, [self, room, fail](const IqResult &result) {
        if (!self) {
            return;
        }
        const auto it = self->m_rooms.find(room);
        if (it == self->m_rooms.end() || !it->unlocking) {
            return;
        }
        if (result.status != IqResult::Status::Result) {
            fail(result.error);
            return;
        }
        const std::optional<DataForm> form = DataForm::fromElement(
            result.stanza.firstChild(u"query", ns::mucOwner()).firstChild(u"x", ns::dataForms()));
        if (!form) {
            StanzaError error;
            error.text = tr("the room sent no configuration form.");
            fail(error);
            return;
        }
        QHash<QString, QStringList> values;
        for (const auto &[var, value] : std::as_const(it->options.configuration)) {
            if (!form->field(var)) {
                StanzaError error;
                error.text = tr("the room has no setting \"%1\".").arg(var);
                fail(error);
                return;
            }
            values.insert(var, value);
        }
        if (const QHash<QString, QString> problems = form->validate(values); !problems.isEmpty()) {
            StanzaError error;
            error.text = problems.cbegin().key() + u": "_s + problems.cbegin().value();
            fail(error);
            return;
        }
        Element set(u"iq"_s, QString::fromUtf16(ns::client));
        set.setAttribute(u"type"_s, u"set"_s);
        set.setAttribute(u"to"_s, room.toString());
        Element query(u"query"_s, ns::mucOwner());
        query.appendChild(form->filledIn(values).toElement());
        set.appendChild(query);
        self->m_connection.sendIq(set, [self, room, fail](const IqResult &submitted) {
            if (!self) {
                return;
            }
            if (submitted.status != IqResult::Status::Result) {
                fail(submitted.error);
                return;
            }
            const auto entered = self->m_rooms.find(room);
            if (entered == self->m_rooms.end() || !entered->unlocking) {
                return;
            }
            entered->unlocking = false;
            entered->state = MucRoomState::Joined;
            Q_EMIT self->joined(room, entered->nick, true);
        });
    });
}

// ---- XEP-0410 self-ping

void MucManager::setSelfPingIntervals(int idleMs, int afterResumeMs)
{
    m_selfPingIdleMs = qMax(10, idleMs);
    m_selfPingAfterResumeMs = qBound(10, afterResumeMs, m_selfPingIdleMs);
    m_selfPingTimer->setInterval(qMax(5, qMin(m_selfPingAfterResumeMs, m_selfPingIdleMs) / 2));
}

void MucManager::checkSelfPings()
{
    if (m_connection.state() != ConnectionState::Connected) {
        return;
    }
    const qint64 now = QDeadlineTimer::current().deadline();
    const QList<Jid> rooms = m_rooms.keys();
    for (const Jid &jid : rooms) {
        const auto it = m_rooms.find(jid);
        if (it != m_rooms.end() && it->state == MucRoomState::Joined && !it->selfPingInFlight
            && now - it->lastActivityMs >= m_selfPingIdleMs) {
            selfPing(*it);
        }
    }
}

void MucManager::selfPing(MucRoom &room)
{
    room.selfPingInFlight = true;
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, room.jid.withResource(room.nick).toString());
    iq.appendChild(Element(u"ping"_s, ns::ping()));
    const QPointer<MucManager> self(this);
    const Jid jid = room.jid;
    const QString nick = room.nick;
    m_connection.sendIq(iq, [self, jid, nick](const IqResult &result) {
        if (!self) {
            return;
        }
        const auto it = self->m_rooms.find(jid);
        if (it == self->m_rooms.end() || !it->selfPingInFlight) {
            return;
        }
        it->selfPingInFlight = false;
        it->lastActivityMs = QDeadlineTimer::current().deadline();
        if (result.status == IqResult::Status::Cancelled || it->state != MucRoomState::Joined || it->nick != nick) {
            return; // the session went (a new one enters the rooms anyway), or the nick changed meanwhile
        }
        using C = StanzaError::Condition;
        bool out = result.status == IqResult::Status::Timeout;
        if (result.status == IqResult::Status::Error) {
            // XEP-0410 §3.2: not-acceptable (we are not an occupant) and item-not-found (the nick is gone) mean
            // out; service-unavailable and feature-not-implemented come from the occupant's client: still in.
            // Other errors (remote-server-*) say nothing about the room: keep it and ask again later.
            out = result.error.condition == C::NotAcceptable || result.error.condition == C::ItemNotFound;
        }
        if (out) {
            qCInfo(lcMuc) << "self-ping: no longer in" << jid.toString() << "- entering again";
            self->rejoin(jid);
        }
    });
}

void MucManager::rejoin(const Jid &room)
{
    const auto it = m_rooms.find(room);
    if (it == m_rooms.end()) {
        return;
    }
    clearOccupants(*it);
    it->state = MucRoomState::Joining;
    it->pendingNick.clear();
    it->catchingUp = false;
    m_catchUpStored.remove(room);
    Q_EMIT rejoining(room);
    if (const auto again = m_rooms.find(room); again != m_rooms.end()) {
        enterRoom(*again);
    }
}

} // namespace balcony
