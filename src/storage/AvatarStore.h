#pragma once

#include "core/Jid.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace balcony {

// One cached avatar image, by its hash: the SHA-1 (hex) of `data`, which is the XEP-0084 item id and the
// XEP-0153 photo hash alike.
struct AvatarRecord {
    QString hash;
    QString type; // MIME type: image/png, image/jpeg, image/gif or image/webp
    int width = 0;
    int height = 0;
    QByteArray data; // the image file's bytes, verified against the hash
    bool operator==(const AvatarRecord &) const = default;
};

// Where a contact's avatar hash came from.
enum class AvatarSource {
    Pep = 0, // XEP-0084 metadata (the contact publishes avatars on PEP: vCard photo hashes are ignored)
    VCard = 1, // XEP-0153 presence photo hash, the image from the contact's vCard (XEP-0054)
};

// Which avatar a contact (or the account itself) has. An empty hash records that the contact has none.
struct ContactAvatar {
    QString hash;
    AvatarSource source = AvatarSource::Pep;
    bool operator==(const ContactAvatar &) const = default;
};

// The avatar cache of a profile: images stored once per hash, and each contact's current hash, so an image is
// fetched once per hash and never again at the next login. Implementations: SqlAvatarStore (the profile
// database, schema version 9) and MemoryAvatarStore (tests, in-memory accounts).
class AvatarStore {
public:
    virtual ~AvatarStore() = default;

    virtual bool hasAvatar(const QString &hash) = 0;
    virtual std::optional<AvatarRecord> avatar(const QString &hash) = 0;
    // Stores (or replaces) the image with `record.hash`.
    virtual void storeAvatar(const AvatarRecord &record) = 0;

    virtual std::optional<ContactAvatar> contactAvatar(const Jid &bareJid) = 0;
    virtual void setContactAvatar(const Jid &bareJid, const ContactAvatar &avatar) = 0;
    virtual void removeContactAvatar(const Jid &bareJid) = 0;
    // Every contact's entry (read once when the avatar module starts).
    virtual QHash<Jid, ContactAvatar> contactAvatars() = 0;
    // Deletes the images no contact refers to any more; returns how many went.
    virtual int removeUnreferencedAvatars() = 0;
};

} // namespace balcony
