// The group-chat half of OmemoManager (XEP-0384 §6): which rooms qualify, who the recipients are, sending to a room
// and decrypting room messages with the sender's real JID. See the class comment in OmemoManager.h.
#include "disco/DiscoInfo.h"
#include "muc/MucNamespaces.h"
#include "omemo/OmemoLibrary.h"
#include "omemo/OmemoManager.h"
#include "stream/Connection.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony {

void OmemoManager::setMuc(MucManager *muc)
{
    m_muc = muc;
    if (m_muc) {
        m_muc->setGroupchatDecryptor([this](const Element &stanza, const Jid &realSender, bool live) {
            return decryptGroupchat(stanza, realSender, live);
        });
    }
}

OmemoManager::RoomCheck OmemoManager::roomFeatures(const Element &discoInfoQuery)
{
    RoomCheck check;
    const std::optional<DiscoInfo> info = DiscoInfo::fromElement(discoInfoQuery);
    if (!info) {
        check.reason = QCoreApplication::translate(
            "balcony::omemo", "The room did not describe itself, so OMEMO cannot be used in it.");
        return check;
    }
    const bool membersOnly = info->hasFeature(u"muc_membersonly");
    const bool nonAnonymous = info->hasFeature(u"muc_nonanonymous");
    if (!membersOnly && !nonAnonymous) {
        check.reason = QCoreApplication::translate("balcony::omemo",
            "OMEMO works only in members-only rooms that show everyone's address; this room is open "
            "and hides the addresses.");
    } else if (!membersOnly) {
        check.reason = QCoreApplication::translate(
            "balcony::omemo", "OMEMO works only in members-only rooms: anyone can enter this one.");
    } else if (!nonAnonymous) {
        check.reason = QCoreApplication::translate("balcony::omemo",
            "OMEMO works only in rooms that show everyone's address: this room hides them, so "
            "nobody knows whom to encrypt for.");
    }
    check.qualifies = check.reason.isEmpty();
    return check;
}

std::optional<OmemoManager::RoomCheck> OmemoManager::knownRoom(const Jid &room) const
{
    const auto it = m_roomChecks.constFind(room.bare());
    return it == m_roomChecks.constEnd() ? std::nullopt : std::optional<RoomCheck>(*it);
}

void OmemoManager::checkRoom(const Jid &room, RoomCheckCallback done)
{
    QPointer<OmemoManager> self(this);
    const Jid bare = room.bare();
    const quint64 session = m_session;
    auto finish = [self, bare, done, session](const RoomCheck &check) {
        if (!self) {
            return;
        }
        if (session == self->m_session) {
            self->m_roomChecks.insert(bare, check);
        }
        done(check);
    };
    if (m_connection.state() != ConnectionState::Connected) {
        QTimer::singleShot(0, this, [finish] {
            RoomCheck check;
            check.reason = QCoreApplication::translate(
                "balcony::omemo", "Not connected: the room cannot be asked whether OMEMO can be used in it.");
            finish(check);
        });
        return;
    }
    Element iq(u"iq"_s);
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, bare.toString());
    iq.appendChild(Element(u"query"_s, DiscoInfo::xmlns()));
    m_connection.sendIq(iq, [self, bare, finish](const IqResult &result) {
        if (!self) {
            return;
        }
        if (result.status != IqResult::Status::Result) {
            RoomCheck check;
            check.reason = result.status == IqResult::Status::Error
                ? QCoreApplication::translate(
                    "balcony::omemo", "The room could not be asked whether OMEMO can be used in it: %1")
                      .arg(result.error.describe())
                : QCoreApplication::translate(
                    "balcony::omemo", "The room did not answer whether OMEMO can be used in it.");
            finish(check);
            return;
        }
        RoomCheck check = roomFeatures(result.stanza.firstChild(u"query", DiscoInfo::xmlns()));
        if (!check.qualifies) {
            finish(check);
            return;
        }
        // XEP-0045 §9.5, §10.5, §10.8: the member, admin and owner lists, as far as the room lets us read them (a
        // member may be refused the admin lists: the occupants present then fill in).
        auto pending = std::make_shared<int>(3);
        auto members = std::make_shared<QSet<Jid>>();
        for (const QString &affiliation : { u"owner"_s, u"admin"_s, u"member"_s }) {
            Element list(u"iq"_s);
            list.setAttribute(u"type"_s, u"get"_s);
            list.setAttribute(u"to"_s, bare.toString());
            Element query(u"query"_s, ns::mucAdmin());
            Element wanted(u"item"_s, ns::mucAdmin());
            wanted.setAttribute(u"affiliation"_s, affiliation);
            query.appendChild(wanted);
            list.appendChild(query);
            self->m_connection.sendIq(list, [self, bare, check, pending, members, finish](const IqResult &answer) {
                if (!self) {
                    return;
                }
                if (answer.status == IqResult::Status::Result) {
                    const QList<Element> items
                        = answer.stanza.firstChild(u"query", ns::mucAdmin()).children(u"item", ns::mucAdmin());
                    for (const Element &item : items) {
                        const std::optional<Jid> jid = Jid::parse(item.attribute(u"jid"));
                        if (jid && !jid->isNull() && !jid->local().isEmpty() && members->size() < maxRoomMembers) {
                            members->insert(jid->bare());
                        }
                    }
                }
                if (--*pending > 0) {
                    return;
                }
                if (self->m_muc) {
                    for (const MucOccupant &occupant : self->m_muc->occupants(bare)) {
                        if (!occupant.realJid.isNull() && members->size() < maxRoomMembers) {
                            members->insert(occupant.realJid.bare());
                        }
                    }
                }
                members->remove(self->ownBare());
                RoomCheck complete = check;
                complete.members = QList<Jid>(members->cbegin(), members->cend());
                std::sort(complete.members.begin(), complete.members.end(),
                    [](const Jid &a, const Jid &b) { return a.toString() < b.toString(); });
                finish(complete);
            });
        }
    });
}

void OmemoManager::refreshUnknownLists(const QList<Jid> &jids, std::function<void()> done)
{
    QList<Jid> unknown;
    for (const Jid &jid : jids) {
        if (!(m_lists.contains(jid) && m_lists.value(jid).size() == 2)) {
            unknown.append(jid);
        }
    }
    if (unknown.isEmpty()) {
        QTimer::singleShot(0, this, done);
        return;
    }
    // All at once: one round trip whatever the number of members.
    auto pending = std::make_shared<int>(int(unknown.size()));
    for (const Jid &jid : std::as_const(unknown)) {
        refreshDevices(jid, [pending, done](const QString &) {
            if (--*pending == 0) {
                done();
            }
        });
    }
}

void OmemoManager::sendToRoom(const Jid &room, const QString &body, SendCallback done)
{
    QPointer<OmemoManager> self(this);
    auto fail = [self, done](const QString &why) {
        QTimer::singleShot(0, self ? static_cast<QObject *>(self.data()) : QCoreApplication::instance(), [done, why] {
            SendResult result;
            result.error = why;
            done(result);
        });
    };
    const Jid bare = room.bare();
    if (!m_muc || !m_muc->isJoined(bare)) {
        fail(QCoreApplication::translate("balcony::omemo", "You are not in the room %1.").arg(bare.toString()));
        return;
    }
    QString error;
    if (!m_library->open(&error)) {
        fail(error);
        return;
    }
    checkRoom(bare, [self, bare, body, done](const RoomCheck &check) {
        if (!self) {
            return;
        }
        if (!check.qualifies) {
            SendResult result;
            result.error = check.reason;
            done(result);
            return;
        }
        if (check.members.isEmpty()) {
            SendResult result;
            result.error = QCoreApplication::translate(
                "balcony::omemo", "Nobody else is a member of the room: there is nobody to encrypt for.");
            done(result);
            return;
        }
        QList<Jid> lists = check.members;
        lists.append(self->ownBare());
        self->refreshUnknownLists(lists, [self, bare, body, members = check.members, done] {
            if (self) {
                self->sendToMembers(bare, body, members, done);
            }
        });
    });
}

void OmemoManager::sendToMembers(const Jid &room, const QString &body, const QList<Jid> &members, SendCallback done)
{
    SendResult result;
    const MucRoom *joined = m_muc ? m_muc->room(room) : nullptr;
    if (!joined || joined->state != MucRoomState::Joined) {
        result.error
            = QCoreApplication::translate("balcony::omemo", "You are not in the room %1.").arg(room.toString());
        done(result);
        return;
    }
    // One format for everyone: the preferred one when every member has a trusted device of it, else the other.
    std::optional<OmemoVersion> version;
    QStringList lacking;
    for (const OmemoVersion candidate :
        { m_preferred, m_preferred == OmemoVersion::V2 ? OmemoVersion::Legacy : OmemoVersion::V2 }) {
        QStringList without;
        for (const Jid &member : members) {
            if (trustedDevices(member, candidate).isEmpty()) {
                without.append(member.toString());
            }
        }
        if (without.isEmpty()) {
            version = candidate;
            break;
        }
        if (lacking.isEmpty() || without.size() < lacking.size()) {
            lacking = without;
        }
    }
    if (!version) {
        result.error = QCoreApplication::translate("balcony::omemo",
            "Not every member of the room can read OMEMO: %1 has no trusted device (of a format the "
            "others share). Nothing was sent.")
                           .arg(lacking.join(u", "_s));
        done(result);
        return;
    }
    result.version = *version;
    QList<Recipient> targets;
    for (const Jid &member : members) {
        targets += trustedDevices(member, *version);
    }
    targets += ownOtherDevices(*version);
    const Jid occupant = room.withResource(joined->nick);
    QPointer<OmemoManager> self(this);
    ensureSessions(*version, targets, [self, room, body, version = *version, targets, done, occupant] {
        if (!self) {
            return;
        }
        self->whenPublished([self, room, body, version, targets, done, occupant] {
            if (self) {
                self->finishSend(room, body, version, targets, done, occupant);
            }
        });
    });
}

std::optional<MucManager::GroupchatDecryption> OmemoManager::decryptGroupchat(
    const Element &stanza, const Jid &realSender, bool live)
{
    const Outcome outcome = decryptMessage(stanza, {}, live, &realSender);
    if (!outcome.handled) {
        return std::nullopt;
    }
    MucManager::GroupchatDecryption decryption;
    if (outcome.plain) {
        decryption.plain = *outcome.plain;
        decryption.e2e = outcome.e2e;
    }
    return decryption;
}

} // namespace balcony
