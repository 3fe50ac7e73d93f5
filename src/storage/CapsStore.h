#pragma once

#include "core/Element.h"
#include "core/Jid.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace balcony {

// Entity capabilities (XEP-0115) as announced by one entity: <c hash='sha-1' node='...' ver='...'/>.
struct CapsAnnouncement {
    QString hash; // "sha-1" (legacy announcements without 'hash' are not cached)
    QString node;
    QString ver; // base64 verification string

    bool isNull() const { return ver.isEmpty(); }
    bool operator==(const CapsAnnouncement &) const = default;
};

// The XEP-0115 cache, split as the XEP intends (§5.4, §8.3): disco#info results stored once per VERIFIED
// hash, and which entity announced which hash. Only results whose verification string was recomputed and
// matched may be stored by hash. Implementations: SqlCapsStore (storage/), MemoryCapsStore (tests).
class CapsStore {
public:
    virtual ~CapsStore() = default;

    // The verified <query xmlns='http://jabber.org/protocol/disco#info'/> for (hash, ver), or a null Element.
    virtual Element discoInfo(const QString &hash, const QString &ver) = 0;
    virtual void storeDiscoInfo(const QString &hash, const QString &ver, const Element &query) = 0;

    // The last caps the entity (a full JID, or a server domain) announced.
    virtual std::optional<CapsAnnouncement> announcement(const Jid &entity) = 0;
    virtual void storeAnnouncement(const Jid &entity, const CapsAnnouncement &caps) = 0;
    // Several announcements at once (an implementation may write them in one transaction).
    virtual void storeAnnouncements(const QList<std::pair<Jid, CapsAnnouncement>> &announcements)
    {
        for (const auto &[entity, caps] : announcements) {
            storeAnnouncement(entity, caps);
        }
    }
};

} // namespace balcony
