#pragma once

#include "core/Element.h"
#include "core/Jid.h"
#include "core/Stanza.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace balcony {

// XEP-0045 §5.1: what an occupant may do in the room now (the role lasts for the visit).
enum class MucRole { None, Visitor, Participant, Moderator };
// XEP-0045 §5.2: the lasting relation of a user to the room.
enum class MucAffiliation { None, Outcast, Member, Admin, Owner };

// One occupant of a room as its latest presence describes it.
struct MucOccupant {
    QString nick; // the resourcepart of room@service/nick
    MucRole role = MucRole::None;
    MucAffiliation affiliation = MucAffiliation::None;
    Jid realJid; // XEP-0045 §7.2.3: only in non-anonymous rooms or for moderators; null otherwise
    Presence::Show show = Presence::Show::None;
    QString status;

    static MucRole roleFromName(QStringView name);
    static QString roleName(MucRole role);
    static MucAffiliation affiliationFromName(QStringView name);
    static QString affiliationName(MucAffiliation affiliation);
    // Where an occupant of `role` goes in a list: moderators (0), participants, visitors, then those without a role.
    static int roleRank(MucRole role);

    bool operator==(const MucOccupant &) const = default;
};

// The <x xmlns='http://jabber.org/protocol/muc#user'/> of a room's presence (XEP-0045 §7.2.3, §15.6): the
// occupant's <item/>, the status codes and a room destruction notice.
struct MucUserPayload {
    bool present = false; // the stanza carried such an <x/>
    MucRole role = MucRole::None;
    MucAffiliation affiliation = MucAffiliation::None;
    Jid realJid;
    QString newNick; // <item nick/>: with status 303, the nick the occupant changes to
    QString actor; // <actor nick/>: who kicked or banned
    QString reason; // <reason/>
    QList<int> statusCodes;
    bool destroyed = false; // §10.9 <destroy/>
    QString destroyReason;

    bool hasStatus(int code) const { return statusCodes.contains(code); }
    // nullopt-free: an absent <x/> gives present == false. Status codes outside 100..999 are ignored.
    static MucUserPayload fromStanza(const Element &stanza);
};

} // namespace balcony

Q_DECLARE_METATYPE(balcony::MucOccupant)
