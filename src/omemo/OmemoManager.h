#pragma once

#include "core/Element.h"
#include "core/Jid.h"
#include "im/ArchiveManager.h"
#include "im/MessageManager.h"
#include "muc/MucManager.h"
#include "omemo/OmemoElements.h"
#include "storage/E2eKeyStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace balcony {

class Connection;
class DiscoManager;
class Outbox;
class PubSubManager;
struct PubSubEvent;

namespace omemo {
class Library;
}

// OMEMO (XEP-0384) on one account, in both wire formats: 0.3 (`eu.siacs.conversations.axolotl`: Conversations,
// Dino, Gajim, Monal) and 2 (`urn:xmpp:omemo:2`: Kaidan). The ratchets are libomemo-c's (omemo::Library); this
// class does the XMPP side.
//
// Own device: at each new session the identity is opened (made on first use), the own device lists of both formats
// are read and the device added where it is missing, and both bundles are published (access model open, by
// publish-options with PubSubManager's fallbacks). Interest in both device-list nodes is announced (+notify), so
// contacts' lists arrive as events; a list naming more than omemo::maxDevices devices is refused.
//
// Sending (send()): the preferred format (OMEMO 2 unless set otherwise) when the contact has devices of it, else
// the other one. The contact's list is
// fetched unless one is known from this session; every trusted active device of the contact and every other own
// device of that format gets the key, sessions being built from their bundles (fetched in parallel) where there are
// none. The message goes through the durable outbox with a fallback body, the EME and store hints, and is stored with
// its mark (MessageE2eKind::Omemo or Omemo2). Nothing is sent when no device of the contact can get the key.
//
// Receiving: MessageManager hands every message with an <encrypted/> of either format here first (after carbon
// unwrapping). The key for this device is decrypted (a pre-key message builds the session; the used pre-key goes and
// the bundle is re-published with new ones), then the payload (AES-128-GCM for 0.3; for 2 HKDF/AES-256-CBC/HMAC and
// the XEP-0420 envelope, whose <from/> must name the sender). The plaintext is stored through
// MessageManager::storeDecrypted(); what cannot be read is stored as a row that says why (never lost, never the
// ciphertext). A message without a payload (key transport, heartbeat) stores nothing. A message that fails for lack
// of a working session heals it: a new session from the sender's bundle and an empty key-transport message to that
// device (at most once per device every ten minutes). After a pre-key message received live, an empty message goes
// back so the sender's session is complete.
//
// Group chats (XEP-0384 §6, OmemoGroupChat.cpp, with setMuc()): only in rooms that are members-only and non-anonymous
// (their disco#info features muc_membersonly and muc_nonanonymous), where every member's real JID is known. The
// recipients are the devices of every member (the room's owner, admin and member lists as far as the room lets us
// read them, plus the real JIDs of the occupants present; at most maxRoomMembers) and our own other devices; every
// member needs a trusted device of one common format, or nothing is sent (the error names who lacks one). The message
// goes to the room as groupchat through the outbox, stored as sent by our occupant JID. Room messages with an
// <encrypted/> are decrypted with the sender's real JID, found through the occupant (MucManager::realJidOf()); our own
// message coming back carries no key for this device and only confirms the stored one.
//
// Trust: by default blind trust before verification (a new device is trusted, unless the contact has a verified
// device: then it is not trusted until the user decides, and untrustedDeviceAppeared() says so loudly); with manual
// trust every new device waits for the user. Distrusted devices get nothing, and their messages are marked.
class OmemoManager : public QObject {
    Q_OBJECT
public:
    enum class TrustMode { Blind, Manual };

    OmemoManager(Connection &connection, PubSubManager &pubSub, MessageManager &messages, Outbox &outbox,
        E2eKeyStore &store, DiscoManager *disco, QObject *parent = nullptr);
    ~OmemoManager() override;

    void setTrustMode(TrustMode mode) { m_trustMode = mode; }
    // The format used for a contact who has devices of both (default OMEMO 2: the current XEP; 0.3 is what most
    // other clients read, and a contact with 0.3 devices only always gets 0.3).
    void setPreferredVersion(OmemoVersion version) { m_preferred = version; }
    OmemoVersion preferredVersion() const { return m_preferred; }
    TrustMode trustMode() const { return m_trustMode; }

    // Opens the identity (made on first use); false while the key store is locked.
    bool open(QString *error = nullptr);
    bool isOpen() const;
    // The own device lists and bundles of this session were answered by the service (published, or refused:
    // then logged).
    bool isPublished() const { return m_published; }
    quint32 deviceId() const;
    QString ownFingerprint() const;

    // What is known of `jid`'s devices (a contact, or the account for its other devices), from the store.
    QList<OmemoDevice> devices(const Jid &jid) const;
    // Whether a device list with devices was seen for `contact` (this session or stored).
    bool hasDevices(const Jid &contact) const;
    bool setTrust(const Jid &jid, OmemoVersion version, quint32 device, OmemoTrust trust);

    // Reads `jid`'s device lists of both formats from its PEP service (error empty on success).
    void refreshDevices(const Jid &jid, std::function<void(const QString &error)> done);
    // refreshDevices(), then the bundles of its active devices whose identity is not known yet (the sessions are
    // built from them), so that every device has a fingerprint to compare.
    void fetchDevices(const Jid &jid, std::function<void(const QString &error)> done);
    // The device of `jid` whose identity key has this fingerprint (hex, any case, separators ignored).
    std::optional<OmemoDevice> deviceByFingerprint(const Jid &jid, const QString &fingerprint) const;

    struct SendResult {
        qint64 historyId = 0;
        OmemoVersion version = OmemoVersion::Legacy;
        int devices = 0; // how many devices got the key (the contact's and our own other ones)
        QString error; // translated: why nothing was sent
        bool ok() const { return historyId != 0; }
    };
    using SendCallback = std::function<void(const SendResult &result)>;
    // Encrypts and sends `body` to `to` (see the class comment). `done` is called exactly once, later, unless this
    // manager is destroyed first.
    void send(const Jid &to, const QString &body, SendCallback done);

    // Tests and the CLI: the message MessageManager's filter would take, handled now. True if it was OMEMO.
    bool handleIncoming(const Element &message, MessageFlags flags);
    // ArchiveManager's decryptor (XEP-0313 copies keep the ciphertext): the message to parse instead, with its
    // mark; nullopt if it is not OMEMO. Nothing is sent from here (no healing, no heartbeat: history is not live).
    std::optional<ArchivedDecryption> decryptArchived(const Element &message);

    // --- group chats (see the class comment)
    // Takes the room messages MucManager receives with an <encrypted/> (null: none). Set once.
    void setMuc(MucManager *muc);
    static constexpr int maxRoomMembers = 500;
    struct RoomCheck {
        bool qualifies = false;
        QString reason; // translated: why OMEMO cannot be used in the room (empty when it can)
        QList<Jid> members; // real bare JIDs of the members (without us), sorted; when it qualifies
    };
    using RoomCheckCallback = std::function<void(const RoomCheck &check)>;
    // Asks the room's disco#info and member lists; `done` is called exactly once, later.
    void checkRoom(const Jid &room, RoomCheckCallback done);
    // The features part of checkRoom(): whether a room with this disco#info <query/> qualifies, and if not why.
    static RoomCheck roomFeatures(const Element &discoInfoQuery);
    // The last checkRoom() answer for `room` in this session, if any (for the desktop's lock).
    std::optional<RoomCheck> knownRoom(const Jid &room) const;
    // Encrypts `body` for the room's members and sends it to `room` (we must be in it). `done` exactly once, later.
    void sendToRoom(const Jid &room, const QString &body, SendCallback done);
    // MucManager's decryptor (public for tests).
    std::optional<MucManager::GroupchatDecryption> decryptGroupchat(
        const Element &stanza, const Jid &realSender, bool live);

    static constexpr int healIntervalSeconds = 600;
    // A message encrypted before this session's own device list and bundles were answered waits for them (a
    // recipient such as python-omemo refuses a sender device its list does not name), at most this long.
    static constexpr int publishWaitMs = 10000;
    static constexpr qint64 signedPreKeyMaxAgeSeconds = 7 * 24 * 3600;

Q_SIGNALS:
    void devicesChanged(const balcony::Jid &jid);
    // A device appeared for a contact who has a verified device: it is not trusted until the user decides.
    void untrustedDeviceAppeared(const balcony::Jid &jid, quint32 device);
    void published();

private:
    struct Recipient {
        Jid jid;
        quint32 device = 0;
    };
    struct SendJob;

    Jid ownBare() const;
    void onSessionStarting();
    void startOwnDevice(quint64 session);
    void publishOwn();
    // `done` (may be empty) when the service answered.
    void publishDeviceList(OmemoVersion version, QList<omemo::DeviceListEntry> list, std::function<void()> done = {});
    void publishBundle(OmemoVersion version, std::function<void()> done = {});
    void scheduleBundlePublish();
    void onEvent(const PubSubEvent &event);
    // Applies a device list seen for `jid` (event or fetch): stores new devices with the trust they start with.
    void applyDeviceList(const Jid &jid, OmemoVersion version, const QList<omemo::DeviceListEntry> &list);
    std::optional<OmemoVersion> versionFor(const Jid &contact) const;
    QList<Recipient> recipients(const Jid &contact, OmemoVersion version, QString *why) const;
    // The trusted active devices of `jid` in `version` (`untrusted`: how many active ones are not trusted).
    QList<Recipient> trustedDevices(const Jid &jid, OmemoVersion version, int *untrusted = nullptr) const;
    QList<Recipient> ownOtherDevices(OmemoVersion version) const;
    void refreshUnknownLists(const QList<Jid> &jids, std::function<void()> done);
    // Runs `then` once this session's own device is published (or at once when it is, or there is no stream), at
    // the latest after publishWaitMs.
    void whenPublished(std::function<void()> then);
    void sendToMembers(const Jid &room, const QString &body, const QList<Jid> &members, SendCallback done);
    void ensureSessions(OmemoVersion version, const QList<Recipient> &targets, std::function<void()> done);
    void fetchBundle(OmemoVersion version, const Recipient &target,
        std::function<void(const std::optional<omemo::Bundle> &bundle, const QString &error)> done);
    bool acceptBundleIdentity(OmemoVersion version, const Recipient &target, const QByteArray &identity);
    // `roomOccupant` (our room@service/nick): a room message to `to`, type groupchat; null: a chat message.
    void finishSend(const Jid &to, const QString &body, OmemoVersion version, const QList<Recipient> &targets,
        SendCallback done, const Jid &roomOccupant = {});
    // An empty message (no payload) to one device: a key transport that heals or completes a session.
    void sendEmpty(OmemoVersion version, const Recipient &target, bool rebuild);
    struct Outcome {
        bool handled = false; // it was OMEMO
        std::optional<Element> plain; // what to store (the plaintext, or a notice); none: nothing to store
        MessageE2e e2e;
    };
    static Outcome handled() { return { true, std::nullopt, {} }; }
    // `roomSender`: a room message, from this real JID (null pointer: not a room message; groupchat is not taken).
    Outcome decryptMessage(const Element &message, MessageFlags flags, bool live, const Jid *roomSender = nullptr);
    Outcome notice(const Element &message, MessageE2eKind kind, MessageE2eStatus status, const QString &text,
        const QString &detail) const;
    Element plainMessage(const Element &message, const QList<Element> &content) const;
    OmemoTrust initialTrust(const Jid &jid) const;
    // "version:jid:id", the key of the device cache and of the healing times.
    static QString deviceKey(const Jid &jid, OmemoVersion version, quint32 id);
    // The device records, read through a bounded cache (every decrypted message needs its sender's trust).
    std::optional<OmemoDevice> cachedDevice(const Jid &jid, OmemoVersion version, quint32 id);
    bool saveDevice(const OmemoDevice &device);
    // Stores a device its owner's list does not name (yet): a message came from it. False when the owner has
    // 2 × omemo::maxDevices devices stored already.
    bool rememberDevice(const Jid &jid, OmemoVersion version, quint32 id);

    Connection &m_connection;
    PubSubManager &m_pubSub;
    MessageManager &m_messages;
    Outbox &m_outbox;
    E2eKeyStore &m_store;
    std::unique_ptr<omemo::Library> m_library;
    TrustMode m_trustMode = TrustMode::Blind;
    OmemoVersion m_preferred = OmemoVersion::V2;
    bool m_published = false;
    bool m_bundlePublishScheduled = false;
    quint64 m_session = 0; // counts stream sessions: answers of an earlier one are dropped
    // The device lists seen in this session, by bare JID and format (bounded: a flood of strangers' events is not
    // kept beyond maxKnownLists; the stored device records stay the reference).
    QHash<Jid, QHash<int, QList<omemo::DeviceListEntry>>> m_lists;
    QHash<QString, QDateTime> m_lastHeal; // "version:jid:device" → when we last healed it
    static constexpr int maxKnownLists = 2048;
    QHash<QString, OmemoDevice> m_deviceCache;
    MucManager *m_muc = nullptr;
    QHash<Jid, RoomCheck> m_roomChecks; // this session's checkRoom() answers, by room (bounded by the rooms we join)
    static constexpr int maxCachedDevices = 4096;
};

} // namespace balcony
