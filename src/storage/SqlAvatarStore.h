#pragma once

#include "storage/AvatarStore.h"

namespace balcony {

class Database;

// AvatarStore in the profile database (schema version 9): `avatar` holds each image once by hash,
// `contact_avatar` which hash each contact has. SQL failures are logged to balcony.storage and read as a cache
// miss (the avatar is fetched again). `database` must outlive this object.
class SqlAvatarStore : public AvatarStore {
public:
    explicit SqlAvatarStore(Database &database);

    bool hasAvatar(const QString &hash) override;
    std::optional<AvatarRecord> avatar(const QString &hash) override;
    void storeAvatar(const AvatarRecord &record) override;
    std::optional<ContactAvatar> contactAvatar(const Jid &bareJid) override;
    void setContactAvatar(const Jid &bareJid, const ContactAvatar &avatar) override;
    void removeContactAvatar(const Jid &bareJid) override;
    QHash<Jid, ContactAvatar> contactAvatars() override;
    int removeUnreferencedAvatars() override;

private:
    Database &m_db;
};

} // namespace balcony
