#include "MucOccupant.h"

#include "MucNamespaces.h"

using namespace Qt::StringLiterals;

namespace balcony {

MucRole MucOccupant::roleFromName(QStringView name)
{
    if (name == u"moderator") {
        return MucRole::Moderator;
    }
    if (name == u"participant") {
        return MucRole::Participant;
    }
    if (name == u"visitor") {
        return MucRole::Visitor;
    }
    return MucRole::None;
}

QString MucOccupant::roleName(MucRole role)
{
    switch (role) {
    case MucRole::Moderator:
        return u"moderator"_s;
    case MucRole::Participant:
        return u"participant"_s;
    case MucRole::Visitor:
        return u"visitor"_s;
    case MucRole::None:
        break;
    }
    return u"none"_s;
}

int MucOccupant::roleRank(MucRole role)
{
    switch (role) {
    case MucRole::Moderator:
        return 0;
    case MucRole::Participant:
        return 1;
    case MucRole::Visitor:
        return 2;
    case MucRole::None:
        break;
    }
    return 3;
}

MucAffiliation MucOccupant::affiliationFromName(QStringView name)
{
    if (name == u"owner") {
        return MucAffiliation::Owner;
    }
    if (name == u"admin") {
        return MucAffiliation::Admin;
    }
    if (name == u"member") {
        return MucAffiliation::Member;
    }
    if (name == u"outcast") {
        return MucAffiliation::Outcast;
    }
    return MucAffiliation::None;
}

QString MucOccupant::affiliationName(MucAffiliation affiliation)
{
    switch (affiliation) {
    case MucAffiliation::Owner:
        return u"owner"_s;
    case MucAffiliation::Admin:
        return u"admin"_s;
    case MucAffiliation::Member:
        return u"member"_s;
    case MucAffiliation::Outcast:
        return u"outcast"_s;
    case MucAffiliation::None:
        break;
    }
    return u"none"_s;
}

MucUserPayload MucUserPayload::fromStanza(const Element &stanza)
{
    MucUserPayload out;
    const Element x = stanza.firstChild(u"x", ns::mucUser());
    if (x.isNull()) {
        return out;
    }
    out.present = true;
    for (const Element &child : x.childElements()) {
        const QString name = child.name();
        if (name == u"item") {
            out.role = MucOccupant::roleFromName(child.attribute(u"role"));
            out.affiliation = MucOccupant::affiliationFromName(child.attribute(u"affiliation"));
            if (const std::optional<Jid> real = Jid::parse(child.attribute(u"jid"))) {
                out.realJid = *real;
            }
            out.newNick = child.attribute(u"nick");
            out.actor = child.firstChild(u"actor").attribute(u"nick");
            out.reason = child.childText(u"reason");
        } else if (name == u"status") {
            bool ok = false;
            const int code = child.attribute(u"code").toInt(&ok);
            // §15.6: three-digit codes; a room may send many, a hostile one any number: a few suffice.
            if (ok && code >= 100 && code <= 999 && out.statusCodes.size() < 16 && !out.statusCodes.contains(code)) {
                out.statusCodes.append(code);
            }
        } else if (name == u"destroy") {
            out.destroyed = true;
            out.destroyReason = child.childText(u"reason");
        }
    }
    return out;
}

} // namespace balcony
