#pragma once

#include "core/Element.h"
#include "core/Jid.h"
#include "storage/AvatarStore.h"

#include <QCache>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace balcony {

class Connection;
class PresenceManager;
class PubSubManager;
struct PubSubEvent;
struct PubSubItem;

// The account's avatar and its contacts' (XEP-0084 User Avatar on PEP, XEP-0153 vCard-Based Avatars as the
// fallback), cached by hash in an AvatarStore: an image is fetched once per hash, never per login.
//
// Own avatar: setAvatar() decodes any image Qt reads, scales it to at most 512 pixels (aspect kept) and encodes
// PNG (off the owner's thread); its id is the SHA-1 hex of the PNG. The data node (urn:xmpp:avatar:data) is
// published first, then the metadata node (urn:xmpp:avatar:metadata, one <info/>), both with publish-options
// access_model=open (PubSubManager configures the node as its owner where the server refuses the form, ejabberd
// 23.01). The image also goes into the account's vCard (the other fields kept: get, modify, set), and every
// presence carries <x xmlns='vcard-temp:x:update'><photo>hash</photo></x> (an empty <photo/> once cleared).
// clearAvatar() publishes an empty <metadata/> and removes the vCard photo.
//
// Contacts: the interest in urn:xmpp:avatar:metadata is announced in entity capabilities ('+notify'), so the
// server sends each contact's metadata; a hash not cached is fetched from the contact's data node by id. A
// contact that never sent metadata is served by XEP-0153: the photo hash in its presence, the image from its
// vCard. Once a contact has XEP-0084 metadata its presence hashes are ignored.
//
// Hostile contacts: everything they send is bounded. An <info/> claiming more than Limits::maxBytes, a type that is
// not image/png, image/jpeg, image/gif or image/webp, an id that is no SHA-1, base64 longer than maxBytes can need,
// bytes whose SHA-1 is not the id, data that is not an image or is more than maxDimension pixels a side (read from
// the header, before anything is allocated) are refused, logged with the reason and reported (avatarRefused()); a
// refused hash is not fetched again in this session. Fetches are coalesced: one request per hash whoever announces
// it, at most one fetch in flight per contact (a flood of updates keeps only the latest one waiting), and a fetch
// whose answer ends the stream (an item too large for the parser) is given up after Limits::maxAttempts tries.
// Decoding runs on the global thread pool; results are delivered on the owner's thread, and a result arriving
// after the manager is gone is dropped.
class AvatarManager : public QObject {
    Q_OBJECT
public:
    struct Limits {
        qint64 maxBytes = 1024 * 1024; // a contact's image
        int maxDimension = 4096; // pixels a side, a contact's image
        int publishSide = 512; // own avatar: the longer side at most
        // Own avatar: the PNG at most (smaller sides until it fits): Prosody's default stanza limit is 256 KiB,
        // and the base64 of the data item is 4/3 of this.
        qint64 maxPublishBytes = 160 * 1024;
        int displaySize = 128; // the decoded images kept for display: longer side
        int displayCacheImages = 512; // how many of them
        int maxRefused = 1024; // refused hashes remembered
        int maxAttempts = 2; // fetches of one hash lost with the stream before it is given up
    };

    // The outcome of setAvatar(), clearAvatar() and retrieve().
    struct Result {
        QString error; // translated; empty on success
        std::optional<AvatarRecord> avatar; // the avatar (retrieve(), setAvatar()); nullopt: none
        QString warning; // translated: a part that failed without failing the whole (the vCard copy)
        // With an error: the image itself was refused (not an image, too large, hash mismatch, a type not
        // accepted), as opposed to a request that failed (no answer, the server refused).
        bool refused = false;
        bool ok() const { return error.isEmpty(); }
    };
    using Callback = std::function<void(const Result &result)>;

    // The manager owns `store`. The '+notify' interest is announced through `pubsub`'s DiscoManager.
    AvatarManager(Connection &connection, PubSubManager &pubsub, PresenceManager &presence,
        std::unique_ptr<AvatarStore> store, QObject *parent = nullptr);
    ~AvatarManager() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    // Where imageFile() writes images for notifications (e.g. <profile>/avatars); empty: nowhere.
    void setImageDirectory(const QString &directory) { m_imageDirectory = directory; }
    AvatarStore &store() { return *m_store; }

    // --- own avatar (needs a bound session)
    void setAvatar(const QByteArray &imageFile, Callback callback = {});
    void clearAvatar(Callback callback = {});
    QString ownHash() const;

    // --- contacts (and the account's own bare JID)
    // The contact's current avatar hash; empty if none is known.
    QString hashOf(const Jid &bareJid) const;
    // The cached avatar (bytes included) of the contact, if its image is cached.
    std::optional<AvatarRecord> avatar(const Jid &bareJid) const;
    // A QImage of the contact's avatar scaled for display (Limits::displaySize), or an invalid QVariant while none is
    // cached or the cached one is being decoded (avatarChanged() follows when it is ready).
    QVariant image(const Jid &bareJid);
    // A file with the contact's avatar (for a notification's image), written on first use; empty if none.
    QString imageFile(const Jid &bareJid);
    // Asks the contact's PEP metadata now (then its vCard if it has none) and fetches the image if it is not
    // cached: `callback` gets the avatar, none (ok, no avatar), or the reason it was refused.
    void retrieve(const Jid &bareJid, Callback callback);

    // Diagnostics and tests: image requests sent (PEP data items and vCards) since construction.
    int fetchRequests() const { return m_fetchRequests; }

Q_SIGNALS:
    // The contact's hash changed, or its image became available for display.
    void avatarChanged(const balcony::Jid &bareJid);
    // An avatar of the contact was refused (see the class comment); `reason` is translated.
    void avatarRefused(const balcony::Jid &bareJid, const QString &hash, const QString &reason);
    void ownAvatarChanged(const QString &hash);

private:
    struct Update {
        Jid contact;
        QString hash; // empty: the contact has no avatar
        AvatarSource source = AvatarSource::Pep;
    };
    using FetchDone = std::function<void(const QString &error)>;
    struct Fetch {
        AvatarSource source = AvatarSource::Pep;
        Jid from;
        QList<Update> waiters;
        QList<FetchDone> done;
    };

    void onEvent(const PubSubEvent &event);
    bool onPresence(const Element &presence);
    // A metadata payload (<metadata/>) from `contact`: the update it asks for, or nullopt if refused (logged).
    std::optional<Update> parseMetadata(const Jid &contact, const Element &metadata, QString *reason);
    void applyUpdate(const Update &update, FetchDone done = {});
    void setContactHash(const Jid &contact, const ContactAvatar &avatar);
    void startFetch(const QString &hash, const Update &update, FetchDone done);
    void onItems(const QString &hash, const QList<PubSubItem> &items);
    void onVCard(const QString &hash, const Element &vcard);
    void verifyAndDecode(const QString &hash, const QString &base64, const QString &claimedType);
    void finishFetch(const QString &hash, const QString &error);
    void refuse(const Jid &contact, const QString &hash, const QString &reason);
    void decodeForDisplay(const QString &hash);
    void notifyHashUsers(const QString &hash);
    void publishPrepared(const AvatarRecord &record, Callback callback);
    void updateVCard(const std::optional<AvatarRecord> &photo, std::function<void(const QString &error)> done);
    void setPresencePhoto(const QString &hash);
    void retrieveVCard(const Jid &contact, Callback callback);
    Result resultFor(const Jid &contact) const;
    Jid ownJid() const;

    Connection &m_connection;
    PubSubManager &m_pubsub;
    PresenceManager &m_presence;
    std::unique_ptr<AvatarStore> m_store;
    Limits m_limits;
    QString m_imageDirectory;
    QHash<Jid, ContactAvatar> m_contacts; // from the store, kept in step with it
    QHash<QString, Fetch> m_fetches; // hash -> the fetch in flight (request or decoding)
    QHash<Jid, QString> m_contactFetch; // contact -> the hash being fetched for it
    QHash<Jid, Update> m_waiting; // contact -> its latest update that arrived during its fetch
    QHash<QString, int> m_attempts; // hash -> fetches lost with the stream
    QHash<QString, QString> m_refused; // hash -> why (translated), this session
    QList<QString> m_refusedOrder;
    QCache<QString, QVariant> m_display; // hash -> QImage for display
    QSet<QString> m_decoding; // hashes being decoded for display
    int m_fetchRequests = 0;
};

} // namespace balcony
