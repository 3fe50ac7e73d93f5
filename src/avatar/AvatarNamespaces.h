#pragma once

#include <QString>

namespace balcony::avatar {

// XEP-0084 §4: the PEP nodes.
inline QString dataNode()
{
    return QStringLiteral("urn:xmpp:avatar:data");
}
inline QString metadataNode()
{
    return QStringLiteral("urn:xmpp:avatar:metadata");
}
// XEP-0153 §3: the photo hash in presence.
inline QString vcardUpdateNs()
{
    return QStringLiteral("vcard-temp:x:update");
}
// XEP-0054: vcard-temp.
inline QString vcardNs()
{
    return QStringLiteral("vcard-temp");
}
inline QString clientNs()
{
    return QStringLiteral("jabber:client");
}

} // namespace balcony::avatar
