#pragma once

#include "core/Jid.h"
#include "crypto/SecretBytes.h"
#include "storage/StoredMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace balcony {

// Whether to encrypt conversations with a contact (and, as the global default, with everyone).
enum class E2ePolicy {
    Never = 0, // never encrypt, never publish offline options for this contact's benefit
    WhenPossible = 1, // encrypt when an ESession can be established, else send in the clear
    Always = 2, // encrypt or do not send at all (the caller is told)
};

// Where a contact's public key came from.
enum class KeySource {
    Xep0189 = 0, // fetched from the contact's PEP node (XEP-0189)
    Manual = 1, // entered or imported by the user
    Esession = 2, // presented in an ESession identity proof (XEP-0116 ID_B) before any other was known
};

// A contact's long-term public signing key (XEP-0116 §Hiding Bob's Identity / XEP-0189), pinned on first use.
// Trust rule: the first key ever seen for a contact is pinned and trusted (trust on first use); any key seen
// later is NOT trusted until the user compares the fingerprint and marks it verified. A verified key is
// always trusted.
struct ContactKey {
    Jid jid; // bare
    QByteArray der; // SubjectPublicKeyInfo
    QByteArray fingerprint; // SHA-256 over `der` (crypto::PublicKey::fingerprint())
    QDateTime firstSeen;
    bool pinned = false; // the first key seen for this contact
    bool verified = false; // the user compared the fingerprint
    KeySource source = KeySource::Xep0189;

    bool isTrusted() const { return pinned || verified; }
    bool operator==(const ContactKey &) const = default;
};

// One set of XEP-0187 options Alice published (one per node: the subscriber set and the all-entities set have
// different N_A), with what she needs to accept sessions built on it: `secret` is esession's serialised offer
// record (her private values x_i per MODP group and the offered choices). At rest it is sealed; it leaves the
// store only inside SecretBytes.
struct OfflineOptionRecord {
    qint64 id = 0; // 0 until stored
    QString node; // the PEP node the options went to
    QByteArray nonce; // N_A (raw bytes, not Base64)
    crypto::SecretBytes secret;
    QDateTime expires;
    QDateTime published;
};

// Which way a persisted ESession runs.
enum class E2eDirection {
    Sending = 0, // we encrypt (Bob in an offline ESession)
    Receiving = 1, // we decrypt (Alice)
};

// A persisted ESession: the serialised keys and counter (opaque here, defined by esession/), sealed at rest.
struct StoredSession {
    Jid contact; // bare
    E2eDirection direction = E2eDirection::Sending;
    QString thread; // XEP-0155 session thread
    crypto::SecretBytes state;
    QDateTime updated;
    // Sending sessions: the resource of the contact every stanza of the session is addressed to (XEP-0187 §3.3
    // match_resource); empty = the bare JID.
    QString resource;
};

// How an encrypted message ended up in the history, by history row id: StoredMessage::e2e seen from the key
// store (SqlE2eKeyStore reads and writes the history row's columns; schema version 7 moved the former
// message_e2e side table there). Messages arrive in the history with their mark (StoredMessage::e2e); this view
// is for code that has only a row id. Plaintext messages have none.
struct MessageE2eMark {
    qint64 messageId = 0; // the history row
    MessageE2eKind kind = MessageE2eKind::OfflineEsession;
    MessageE2eStatus status = MessageE2eStatus::Decrypted;
    QDateTime created; // the sender's SHIM 'Created' header (XEP-0131), when there was one
    QString detail; // for failures: the reason (technical, for logs and the "details" view)

    MessageE2e e2e() const { return { kind, status, created, detail }; }
    static MessageE2eMark of(qint64 messageId, const MessageE2e &e2e)
    {
        return { messageId, e2e.kind, e2e.status, e2e.created, e2e.detail };
    }
    bool operator==(const MessageE2eMark &) const = default;
};

// OMEMO (XEP-0384): the two wire formats Balcony speaks.
enum class OmemoVersion {
    Legacy = 0, // OMEMO 0.3, eu.siacs.conversations.axolotl (Conversations, Dino, Gajim, Monal)
    V2 = 1, // OMEMO 2, urn:xmpp:omemo:2 (XEP-0384 0.8+, Kaidan)
};

// What the user decided about an OMEMO device's identity key.
enum class OmemoTrust {
    Undecided = 0, // manual trust: not yet decided (nothing is encrypted for it)
    Blind = 1, // trusted without verification (blind trust before verification, the default)
    Verified = 2, // the user compared the fingerprint
    Distrusted = 3, // the user refused it (nothing is encrypted for it; its messages are marked)
};

// A device of a contact (or one of our own other devices) as the OMEMO device list and its bundle show it.
struct OmemoDevice {
    Jid jid; // bare
    OmemoVersion version = OmemoVersion::Legacy;
    quint32 id = 0;
    // The identity public key as libomemo-c serialises it (0x05 + 32 bytes Curve25519), whatever the wire format;
    // empty until a bundle or a key exchange showed it.
    QByteArray identityKey;
    OmemoTrust trust = OmemoTrust::Undecided;
    bool active = true; // in the owner's current device list
    QString label; // OMEMO 2's optional device label
    QDateTime firstSeen;
    QDateTime lastSeen; // the device list that last listed it (or the last message from it)

    bool isTrusted() const { return trust == OmemoTrust::Blind || trust == OmemoTrust::Verified; }
    bool operator==(const OmemoDevice &) const = default;
};

// The encrypted-session secrets and trust decisions of one account (its profile database).
//
// Secrets (the own signing key, Alice's x values, session state) are sealed at rest with crypto/KeyWrap under
// a key derived by scrypt from the account password and a per-profile salt. unlock() must succeed before any
// of them can be read or written; until then those calls fail (public keys, policies and marks work locked).
// Deleting a secret really deletes it: rows are overwritten (secure_delete) and the WAL is checkpointed and
// truncated, so no older copy of the page stays in the database files.
//
// Implementations: SqlE2eKeyStore (tables e2e_*; marks in message rows), MemoryE2eKeyStore (tests).
class E2eKeyStore {
public:
    virtual ~E2eKeyStore() = default;

    // --- unlocking (see the class comment)
    // First call on a profile: sets the passphrase. Later: true only for the same passphrase.
    virtual bool unlock(QByteArrayView passphrase) = 0;
    // unlock() without blocking the caller (issue 12: the desktop's UI thread, and the first packet of every
    // login, must not wait for scrypt's tens to hundreds of milliseconds): the key derivation runs on a worker
    // thread. isUnlocked() and every call that needs the secrets wait for it to end, so nothing that needs the
    // keys sees a store that is locked only because the derivation is still running; calls that need no
    // secret (policies, public keys, marks) never wait. The default unlocks at once.
    virtual void beginUnlock(QByteArrayView passphrase) { unlock(passphrase); }
    // A beginUnlock() derivation is still running (never blocks).
    virtual bool isUnlocking() const { return false; }
    virtual bool isUnlocked() const = 0;
    // Re-seals every secret under `newPassphrase` in one transaction (the account password changed).
    virtual bool changePassphrase(QByteArrayView oldPassphrase, QByteArrayView newPassphrase) = 0;
    // changePassphrase() without blocking the caller (the desktop's UI thread: two scrypt derivations): `done`
    // gets the outcome later on `context`'s thread, never from inside this call, and not at all if `context` is
    // destroyed first. The store must outlive `context`. The default re-seals on the next event-loop turn.
    virtual void changePassphraseLater(QByteArrayView oldPassphrase, QByteArrayView newPassphrase, QObject *context,
        std::function<void(bool ok)> done);

    // --- own long-term signing key (PKCS#8 DER)
    virtual bool setOwnKey(const crypto::SecretBytes &pkcs8) = 0;
    virtual std::optional<crypto::SecretBytes> ownKey() = 0;
    virtual bool removeOwnKey() = 0;

    // --- contacts' public keys
    // Adds a key (pinned if it is the contact's first). Returns the stored record (the existing one if the
    // key was known: first-seen, pinned and verified are kept).
    virtual std::optional<ContactKey> addContactKey(const Jid &jid, const QByteArray &der,
        const QByteArray &fingerprint, KeySource source, const QDateTime &seen = QDateTime::currentDateTimeUtc())
        = 0;
    virtual QList<ContactKey> contactKeys(const Jid &jid) = 0; // oldest first
    virtual QList<ContactKey> allContactKeys() = 0;
    virtual bool setKeyVerified(const Jid &jid, const QByteArray &fingerprint, bool verified) = 0;
    virtual bool removeContactKey(const Jid &jid, const QByteArray &fingerprint) = 0;

    // --- XEP-0187 offline option records (Alice)
    // Stores `record` (a new id); nullopt when locked or on error.
    virtual std::optional<qint64> addOfflineOptions(const OfflineOptionRecord &record) = 0;
    // The record published with this N_A; nullopt if there is none (or locked).
    virtual std::optional<OfflineOptionRecord> offlineOptions(QByteArrayView nonce) = 0;
    virtual QList<qint64> offlineOptionIds(const QString &node = QString()) = 0;
    // Removes the record with its replay set.
    virtual bool removeOfflineOptions(qint64 id) = 0;
    // Removes every record that expired at or before `now`; returns how many (-1 on error).
    virtual int removeExpiredOfflineOptions(const QDateTime &now) = 0;
    // XEP-0187 §Security Considerations: reject replays. Records d (Bob's DH value) and N_B for option set
    // `optionsId`; false if either was seen before for it (then nothing is recorded) or on error.
    virtual bool recordUse(qint64 optionsId, QByteArrayView d, QByteArrayView nonceB) = 0;
    // Whether d or N_B was recorded for option set `optionsId` (true on error: a failure must not let a
    // replay through).
    virtual bool wasUsed(qint64 optionsId, QByteArrayView d, QByteArrayView nonceB) = 0;

    // --- persisted ESessions
    virtual bool saveSession(const StoredSession &session) = 0;
    virtual std::optional<StoredSession> session(const Jid &contact, E2eDirection direction, const QString &thread) = 0;
    // The threads of the stored sessions with `contact` in `direction`, most recently updated first.
    virtual QStringList sessionThreads(const Jid &contact, E2eDirection direction) = 0;
    virtual bool removeSession(const Jid &contact, E2eDirection direction, const QString &thread) = 0;

    // --- policy (a null jid is the global default; contacts without their own policy follow it)
    virtual bool setPolicy(const Jid &jid, std::optional<E2ePolicy> policy) = 0;
    virtual std::optional<E2ePolicy> ownPolicy(const Jid &jid) = 0; // the contact's own setting, if any
    E2ePolicy effectivePolicy(const Jid &jid)
    {
        if (const auto own = ownPolicy(jid)) {
            return *own;
        }
        return ownPolicy(Jid()).value_or(E2ePolicy::WhenPossible);
    }

    // --- sealed secrets of the other encryption protocols (OMEMO identity, pre-keys and sessions): opaque blobs by
    // (kind, name), sealed like the ESession secrets (their label names kind and name) and re-sealed with them when
    // the passphrase changes. Locked: every call fails.
    virtual bool setSecret(const QString &kind, const QString &name, const crypto::SecretBytes &value) = 0;
    // Several at once, in one transaction where the store has them (OMEMO's ratchet states after a catch-up page).
    virtual bool setSecrets(const QString &kind, const std::vector<std::pair<QString, crypto::SecretBytes>> &values);
    virtual std::optional<crypto::SecretBytes> secret(const QString &kind, const QString &name) = 0;
    // True if it existed. A removed secret is really gone (as removeOfflineOptions()).
    virtual bool removeSecret(const QString &kind, const QString &name) = 0;
    virtual QStringList secretNames(const QString &kind) = 0;

    // --- OMEMO devices (public keys and trust; no secrets, so these work locked)
    // Inserts or replaces the device (jid, version, id).
    virtual bool saveOmemoDevice(const OmemoDevice &device) = 0;
    virtual std::optional<OmemoDevice> omemoDevice(const Jid &jid, OmemoVersion version, quint32 id) = 0;
    // The devices of `jid` in both versions (inactive ones too), by version then id.
    virtual QList<OmemoDevice> omemoDevices(const Jid &jid) = 0;
    // Every device of every JID, by JID, version, id.
    virtual QList<OmemoDevice> allOmemoDevices() = 0;
    virtual bool removeOmemoDevice(const Jid &jid, OmemoVersion version, quint32 id) = 0;

    // --- history marks (see MessageE2eMark): setMessageMark() fails for a row that does not exist (SQL) and for
    // kind None; messageMark() is nullopt for a plaintext message.
    virtual bool setMessageMark(const MessageE2eMark &mark) = 0;
    virtual std::optional<MessageE2eMark> messageMark(qint64 messageId) = 0;
};

} // namespace balcony
