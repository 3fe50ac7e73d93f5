#pragma once

#include "core/Jid.h"
#include "crypto/SecretBytes.h"
#include "omemo/OmemoElements.h"
#include "storage/E2eKeyStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct signal_context;
struct signal_protocol_store_context;

namespace balcony::omemo {

// The Signal-protocol side of OMEMO (X3DH and the Double Ratchet) for one account, on libomemo-c: its global
// context with the OpenSSL crypto provider, and its stores on the account's E2eKeyStore (everything secret sealed
// there: the identity key pair with the device id, the pre-keys, the signed pre-keys and every session; the
// contacts' identity keys go to the OMEMO device records). One identity key, one device id and one set of
// pre-keys serve both wire formats: libomemo-c signs each signed pre-key for both, and the bundles differ only in
// how the keys are written (see Bundle). Sessions are kept apart per format (a session of one format cannot read
// the other's messages).
//
// Sessions are cached in memory (as sealed-store reads are not free and a MAM catch-up decrypts hundreds in a
// row). What encryption changes is written through before encryptKey() returns (a sending chain must never be
// reused after a crash). What decryption changes is written through too, unless a flush requester is set
// (setFlushRequester()): then the states a run of decryptions changed are written together, in one transaction, when
// flush() runs (the manager runs it at the end of the event-loop turn). A kill in between loses only receiving-chain
// steps, which the older state can take again when the same messages come again (the catch-up position is not
// committed before its page either).
//
// Not thread-safe: the account's thread only.
class Library {
public:
    Library(E2eKeyStore &store, const Jid &ownJid);
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    static constexpr int preKeyTarget = 100; // pre-keys published in a bundle
    static constexpr int preKeyLowWater = 80; // below this many, new ones are made and the bundle re-published

    // Loads the own identity, or on first use makes one (identity key pair, device id, signed pre-key, pre-keys)
    // and stores it sealed. Fails when the store is locked.
    bool open(QString *error);
    bool isOpen() const { return m_open; }
    quint32 deviceId() const { return m_deviceId; }
    QByteArray identityKey() const { return m_identityPublic; } // 0x05 + 32 bytes
    QString ownFingerprint() const { return fingerprint(m_identityPublic); }

    // The own bundle in `version`'s format.
    std::optional<Bundle> ownBundle(OmemoVersion version, QString *error);
    // Makes pre-keys up to preKeyTarget when fewer than preKeyLowWater are left; true if it made any.
    bool replenishPreKeys();
    // Makes a new signed pre-key when the current one is older than `maxAge` (the previous one is kept for
    // messages built on it); true if it did.
    bool rotateSignedPreKey(qint64 maxAgeSeconds);
    int preKeyCount() const;
    // Pre-keys were used (and removed) since ownBundle() was last asked: the published bundle offers keys this
    // device no longer has.
    bool bundleOutdated() const { return !m_usedPreKeys.isEmpty(); }

    bool hasSession(OmemoVersion version, const Jid &jid, quint32 device) const;
    // X3DH from `bundle` (its signature checked; one of its pre-keys chosen at random). The identity key it names
    // is returned in the libomemo-c form (0x05 + 32 bytes).
    std::optional<QByteArray> buildSession(
        OmemoVersion version, const Jid &jid, quint32 device, const Bundle &bundle, QString *error);
    void deleteSession(OmemoVersion version, const Jid &jid, quint32 device);

    // Encrypts the message key for one device (a session must exist).
    std::optional<KeyEntry> encryptKey(
        OmemoVersion version, const Jid &jid, quint32 device, QByteArrayView keyMaterial, QString *error);

    struct Decrypted {
        crypto::SecretBytes keyMaterial;
        bool preKey = false; // it started (or re-started) the session
        QByteArray identityKey; // the sender's, for a pre-key message (0x05 + 32 bytes)
    };
    enum class DecryptError { None, NoSession, Duplicate, Invalid, UnknownPreKey, Other };
    std::optional<Decrypted> decryptKey(OmemoVersion version, const Jid &jid, quint32 device, const KeyEntry &key,
        QString *error, DecryptError *kind = nullptr);

    // See the class comment. `request` is called when a flush becomes due (at most once until flush() runs).
    void setFlushRequester(std::function<void()> request) { m_flushRequester = std::move(request); }
    // Writes the session states changed since the last flush in one transaction.
    bool flush();
    int pendingWrites() const { return int(m_dirtySessions.size()); }

    // Called by the stores (libomemo-c callbacks).
    struct Callbacks;
    friend struct Callbacks;

private:
    struct OwnState {
        quint32 deviceId = 0;
        QByteArray identityPublic;
        crypto::SecretBytes identityPrivate;
        quint32 nextPreKeyId = 1;
        quint32 signedPreKeyId = 0;
        QDateTime signedPreKeyCreated;
    };
    static QByteArray serialize(const OwnState &state);
    static std::optional<OwnState> deserialize(const crypto::SecretBytes &blob);
    bool saveOwn();
    bool makeIdentity(QString *error);
    bool makeSignedPreKey();
    bool makePreKeys(int count);
    static QString addressName(OmemoVersion version, const Jid &jid);
    static QString sessionKey(const QString &addressName, int device);

    E2eKeyStore &m_store;
    Jid m_ownJid;
    signal_context *m_context = nullptr;
    signal_protocol_store_context *m_storeContext = nullptr;
    bool m_open = false;
    OwnState m_own;
    quint32 m_deviceId = 0;
    QByteArray m_identityPublic;
    QHash<QString, std::shared_ptr<crypto::SecretBytes>> m_sessions; // by sessionKey(); null = known absent
    QHash<quint32, std::shared_ptr<crypto::SecretBytes>> m_signedPreKeys; // read cache
    QSet<quint32> m_preKeys; // ids of the stored pre-keys
    QSet<quint32> m_usedPreKeys; // consumed since the last bundle publication
    QSet<QString> m_dirtySessions; // changed in the cache, not yet in the store (see flush())
    std::function<void()> m_flushRequester;
    bool m_writeThrough = false; // inside encryptKey(): no write-behind
    int m_lastLibraryError = 0;
};

} // namespace balcony::omemo
