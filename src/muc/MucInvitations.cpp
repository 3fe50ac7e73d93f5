// MucManager's invitations: XEP-0045 §7.8.2 (mediated, through the room, with decline) and XEP-0249 (direct).
#include "MucManager.h"
#include "MucNamespaces.h"
#include "core/StreamHeader.h"
#include "disco/DiscoInfo.h"
#include "stream/Connection.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcMuc)

namespace balcony {

namespace {

// What a sender can make us show is bounded: a reason is a sentence, a password a word.
constexpr qsizetype maxReasonLength = 1024;
constexpr qsizetype maxPasswordLength = 256;

QString bounded(const QString &text, qsizetype max)
{
    return mucDisplayText(text.left(max));
}

} // namespace

bool MucManager::invite(const Jid &room, const Jid &contact, const QString &reason, bool direct)
{
    m_lastError.clear();
    const MucRoom *r = this->room(room);
    if (!r || r->state != MucRoomState::Joined) {
        m_lastError = tr("You are not in the room %1.").arg(room.bare().toString());
        return false;
    }
    if (contact.isNull() || contact.bare() == r->jid) {
        m_lastError = tr("\"%1\" is not the address of a contact.").arg(contact.toString());
        return false;
    }
    Element message(u"message"_s, QString::fromUtf16(ns::client));
    message.setAttribute(u"id"_s, Connection::generateId());
    if (direct) {
        // XEP-0249 §2: straight to the contact, with the room's password if it has one.
        message.setAttribute(u"to"_s, contact.toString());
        Element x(u"x"_s, ns::conference());
        x.setAttribute(u"jid"_s, r->jid.toString());
        if (!reason.isEmpty()) {
            x.setAttribute(u"reason"_s, reason);
        }
        if (!r->options.password.isEmpty()) {
            x.setAttribute(u"password"_s, r->options.password);
        }
        message.appendChild(x);
    } else {
        // §7.8.2: through the room, which adds the password and may add the contact to the member list.
        message.setAttribute(u"to"_s, r->jid.toString());
        Element x(u"x"_s, ns::mucUser());
        Element invite(u"invite"_s, ns::mucUser());
        invite.setAttribute(u"to"_s, contact.toString());
        if (!reason.isEmpty()) {
            invite.appendTextChild(u"reason"_s, ns::mucUser(), reason);
        }
        x.appendChild(invite);
        message.appendChild(x);
    }
    if (!m_connection.send(message)) {
        m_lastError = mucErrorText(MucError::NotConnected);
        return false;
    }
    return true;
}

bool MucManager::declineInvitation(const Jid &room, const Jid &inviter, const QString &reason)
{
    m_lastError.clear();
    if (room.bare().local().isEmpty() || inviter.isNull()) {
        m_lastError = tr("\"%1\" is not the address of a room.").arg(room.toString());
        return false;
    }
    Element message(u"message"_s, QString::fromUtf16(ns::client));
    message.setAttribute(u"to"_s, room.bare().toString());
    message.setAttribute(u"id"_s, Connection::generateId());
    Element x(u"x"_s, ns::mucUser());
    Element decline(u"decline"_s, ns::mucUser());
    decline.setAttribute(u"to"_s, inviter.toString());
    if (!reason.isEmpty()) {
        decline.appendTextChild(u"reason"_s, ns::mucUser(), reason);
    }
    x.appendChild(decline);
    message.appendChild(x);
    if (!m_connection.send(message)) {
        m_lastError = mucErrorText(MucError::NotConnected);
        return false;
    }
    return true;
}

bool MucManager::handleInvitation(const Element &stanza)
{
    const QString type = stanza.attribute(u"type");
    if (type == u"error" || type == u"groupchat") {
        return false;
    }
    const Element x = stanza.firstChild(u"x", ns::conference());
    const std::optional<Jid> from = Jid::parse(stanza.attribute(u"from"));
    const std::optional<Jid> room = Jid::parse(x.attribute(u"jid"));
    if (!from || !room || room->local().isEmpty() || !room->isBare()) {
        qCDebug(lcMuc) << "ignoring a direct invitation without a room address from"
                       << stanza.attribute(u"from").left(256);
        return true;
    }
    // XEP-0249 §3: shown to the user, never acted on: anyone can send one.
    Q_EMIT invitationReceived(*room, *from, bounded(x.attribute(u"reason"), maxReasonLength),
        x.attribute(u"password").left(maxPasswordLength), false);
    return true;
}

bool MucManager::handleMediated(const Jid &from, const Element &stanza)
{
    const Element x = stanza.firstChild(u"x", ns::mucUser());
    const Element invite = x.firstChild(u"invite", ns::mucUser());
    const Element decline = x.firstChild(u"decline", ns::mucUser());
    if (invite.isNull() && decline.isNull()) {
        return false;
    }
    if (from.local().isEmpty()) {
        qCDebug(lcMuc) << "ignoring an invitation from" << from.toString().left(256) << "(not a room)";
        return true;
    }
    if (!decline.isNull()) {
        // Only a room we are in can tell us that someone declined our invitation to it.
        const std::optional<Jid> decliner = Jid::parse(decline.attribute(u"from"));
        if (isJoined(from) && decliner) {
            Q_EMIT invitationDeclined(
                from, *decliner, bounded(decline.childText(u"reason", ns::mucUser()), maxReasonLength));
        }
        return true;
    }
    const std::optional<Jid> inviter = Jid::parse(invite.attribute(u"from"));
    if (!inviter) {
        return true;
    }
    const QString reason = bounded(invite.childText(u"reason", ns::mucUser()), maxReasonLength);
    const QString password = x.childText(u"password", ns::mucUser()).left(maxPasswordLength);
    const QPointer<MucManager> self(this);
    const Jid room = from;
    const Jid by = *inviter;
    if (m_rooms.contains(room)) {
        Q_EMIT invitationReceived(room, by, reason, password, true); // a room we are in is a room
        return true;
    }
    if (m_verifying.contains(room) || m_verifying.size() >= maxPendingInvitations()) {
        qCWarning(lcMuc) << "dropping an invitation from" << room.toString().left(256) << "(too many being verified)";
        return true;
    }
    verifyRoom(room,
        [self, room, by, reason, password] { Q_EMIT self->invitationReceived(room, by, reason, password, true); });
    return true;
}

void MucManager::verifyRoom(const Jid &room, std::function<void()> then)
{
    // Anyone's server can send a message from a bare JID of its own: only a room (disco#info identity
    // conference, XEP-0045 §6.4) speaks for a room.
    m_verifying.insert(room);
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, room.toString());
    iq.appendChild(Element(u"query"_s, DiscoInfo::xmlns()));
    const QPointer<MucManager> self(this);
    m_connection.sendIq(iq, [self, room, then = std::move(then)](const IqResult &result) {
        if (!self || !self->m_verifying.remove(room)) {
            return;
        }
        const std::optional<DiscoInfo> info = result.status == IqResult::Status::Result
            ? DiscoInfo::fromElement(result.stanza.firstChild(u"query", DiscoInfo::xmlns()))
            : std::nullopt;
        const bool isRoom = info && std::any_of(info->identities.cbegin(), info->identities.cend(), [](const auto &id) {
            return id.category == u"conference";
        });
        if (!isRoom) {
            qCWarning(lcMuc) << "dropping an invitation from" << room.toString().left(256) << "(not a room)";
            return;
        }
        then();
    });
}

} // namespace balcony
