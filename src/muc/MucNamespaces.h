#pragma once

#include <QString>

// The XEP-0045 namespaces in one place, so that the manager, its parsers and the tests cannot disagree.
namespace balcony::ns {
inline QString muc()
{
    return QStringLiteral("http://jabber.org/protocol/muc");
} // XEP-0045 §7.2: the join request
inline QString mucUser()
{
    return QStringLiteral("http://jabber.org/protocol/muc#user");
} // XEP-0045 §7.2.3: occupant presence, status codes, private messages
inline QString mucOwner()
{
    return QStringLiteral("http://jabber.org/protocol/muc#owner");
} // XEP-0045 §10: room creation and configuration
inline QString mucAdmin()
{
    return QStringLiteral("http://jabber.org/protocol/muc#admin");
} // XEP-0045 §8, §9: roles and affiliations
inline QString conference()
{
    return QStringLiteral("jabber:x:conference");
} // XEP-0249: direct invitations
inline QString bookmarks()
{
    return QStringLiteral("urn:xmpp:bookmarks:1");
} // XEP-0402: the PEP node and the <conference/> payload
} // namespace balcony::ns
