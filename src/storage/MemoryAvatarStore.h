#pragma once

#include "storage/AvatarStore.h"

#include <QSet>

namespace balcony {

// AvatarStore in memory (tests, accounts that must leave no trace).
class MemoryAvatarStore : public AvatarStore {
public:
    bool hasAvatar(const QString &hash) override { return m_avatars.contains(hash); }
    std::optional<AvatarRecord> avatar(const QString &hash) override
    {
        const auto it = m_avatars.constFind(hash);
        if (it == m_avatars.constEnd()) {
            return std::nullopt;
        }
        return *it;
    }
    void storeAvatar(const AvatarRecord &record) override { m_avatars.insert(record.hash, record); }

    std::optional<ContactAvatar> contactAvatar(const Jid &bareJid) override
    {
        const auto it = m_contacts.constFind(bareJid);
        if (it == m_contacts.constEnd()) {
            return std::nullopt;
        }
        return *it;
    }
    void setContactAvatar(const Jid &bareJid, const ContactAvatar &avatar) override
    {
        m_contacts.insert(bareJid, avatar);
    }
    void removeContactAvatar(const Jid &bareJid) override { m_contacts.remove(bareJid); }
    QHash<Jid, ContactAvatar> contactAvatars() override { return m_contacts; }
    int removeUnreferencedAvatars() override
    {
        QSet<QString> used;
        for (const ContactAvatar &contact : std::as_const(m_contacts)) {
            used.insert(contact.hash);
        }
        int removed = 0;
        for (auto it = m_avatars.begin(); it != m_avatars.end();) {
            if (used.contains(it.key())) {
                ++it;
            } else {
                it = m_avatars.erase(it);
                ++removed;
            }
        }
        return removed;
    }

private:
    QHash<QString, AvatarRecord> m_avatars;
    QHash<Jid, ContactAvatar> m_contacts;
};

} // namespace balcony
