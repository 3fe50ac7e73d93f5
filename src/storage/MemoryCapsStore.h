#pragma once

#include "storage/CapsStore.h"

#include <QHash>
#include <QPair>

namespace balcony {

// In-memory CapsStore for tests of the disco module and for profiles without a database. Same contract as
// SqlCapsStore: disco#info by verified (hash, ver), and the last announcement per entity (XEP-0115 §5.4).
class MemoryCapsStore : public CapsStore {
public:
    Element discoInfo(const QString &hash, const QString &ver) override
    {
        ++discoInfoReads;
        return m_infos.value(qMakePair(hash, ver));
    }
    void storeDiscoInfo(const QString &hash, const QString &ver, const Element &query) override
    {
        ++discoInfoWrites;
        m_infos.insert(qMakePair(hash, ver), query);
    }
    std::optional<CapsAnnouncement> announcement(const Jid &entity) override
    {
        const auto it = m_announcements.constFind(entity);
        return it == m_announcements.cend() ? std::nullopt : std::optional<CapsAnnouncement>(*it);
    }
    void storeAnnouncement(const Jid &entity, const CapsAnnouncement &caps) override
    {
        ++announcementWrites;
        m_announcements.insert(entity, caps);
    }

    int infoCount() const { return int(m_infos.size()); }
    int announcementCount() const { return int(m_announcements.size()); }

    int discoInfoReads = 0;
    int discoInfoWrites = 0;
    int announcementWrites = 0; // storeAnnouncement() calls, batches included

private:
    QHash<QPair<QString, QString>, Element> m_infos;
    QHash<Jid, CapsAnnouncement> m_announcements;
};

} // namespace balcony
