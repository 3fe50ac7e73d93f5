#pragma once

#include "crypto/KeyWrap.h"
#include "storage/E2eKeyStore.h"

#include <memory>

namespace balcony {

class Database;

// E2eKeyStore in the profile database (tables e2e_meta, e2e_own_key, e2e_contact_key, e2e_offline_option,
// e2e_replay, e2e_session, e2e_policy, e2e_secret, omemo_device, and the e2e columns of message; see Migrations.cpp).
//
// Sealing (XEP-0187 §Security Considerations asks for the x values to be stored "securely"; ARCHITECTURE.md
// asks the same of every ESession secret): the wrap key is scrypt(passphrase, salt) with the salt and the
// scrypt parameters kept in e2e_meta, plus a sealed check value that tells a wrong passphrase from a damaged
// blob. Each blob is AES-256-GCM with associated data naming what it is and whose it is, so a blob copied
// into another row does not open. The wrap key lives in memory (wiped on destruction) only while unlocked.
//
// Every SQL failure is logged to balcony.storage and reported through the return value. `database` must
// outlive this object.
class SqlE2eKeyStore : public E2eKeyStore {
public:
    // `scrypt` is used when the profile gets its first passphrase (tests pass cheap parameters); later
    // unlocks use the parameters stored with the salt.
    explicit SqlE2eKeyStore(Database &database, const crypto::ScryptParameters &scrypt = {});
    ~SqlE2eKeyStore() override;

    bool unlock(QByteArrayView passphrase) override;
    // The salt is read (or, on first use, made) here; scrypt runs on a worker thread; the check value is
    // verified (or, on first use, the salt stored) on this thread by the first call that waits for it.
    void beginUnlock(QByteArrayView passphrase) override;
    bool isUnlocking() const override;
    bool isUnlocked() const override;
    bool changePassphrase(QByteArrayView oldPassphrase, QByteArrayView newPassphrase) override;
    // Both derivations (the old passphrase's key to prove it, the new one's) on a pool thread; the re-seal, a
    // quick SQL transaction, on this object's thread when they are done.
    void changePassphraseLater(QByteArrayView oldPassphrase, QByteArrayView newPassphrase, QObject *context,
        std::function<void(bool ok)> done) override;

    bool setOwnKey(const crypto::SecretBytes &pkcs8) override;
    std::optional<crypto::SecretBytes> ownKey() override;
    bool removeOwnKey() override;

    std::optional<ContactKey> addContactKey(const Jid &jid, const QByteArray &der, const QByteArray &fingerprint,
        KeySource source, const QDateTime &seen = QDateTime::currentDateTimeUtc()) override;
    QList<ContactKey> contactKeys(const Jid &jid) override;
    QList<ContactKey> allContactKeys() override;
    bool setKeyVerified(const Jid &jid, const QByteArray &fingerprint, bool verified) override;
    bool removeContactKey(const Jid &jid, const QByteArray &fingerprint) override;

    std::optional<qint64> addOfflineOptions(const OfflineOptionRecord &record) override;
    std::optional<OfflineOptionRecord> offlineOptions(QByteArrayView nonce) override;
    QList<qint64> offlineOptionIds(const QString &node = QString()) override;
    bool removeOfflineOptions(qint64 id) override;
    int removeExpiredOfflineOptions(const QDateTime &now) override;
    bool recordUse(qint64 optionsId, QByteArrayView d, QByteArrayView nonceB) override;
    bool wasUsed(qint64 optionsId, QByteArrayView d, QByteArrayView nonceB) override;

    bool saveSession(const StoredSession &session) override;
    std::optional<StoredSession> session(const Jid &contact, E2eDirection direction, const QString &thread) override;
    QStringList sessionThreads(const Jid &contact, E2eDirection direction) override;
    bool removeSession(const Jid &contact, E2eDirection direction, const QString &thread) override;

    bool setPolicy(const Jid &jid, std::optional<E2ePolicy> policy) override;
    std::optional<E2ePolicy> ownPolicy(const Jid &jid) override;

    bool setSecret(const QString &kind, const QString &name, const crypto::SecretBytes &value) override;
    bool setSecrets(const QString &kind, const std::vector<std::pair<QString, crypto::SecretBytes>> &values) override;
    std::optional<crypto::SecretBytes> secret(const QString &kind, const QString &name) override;
    bool removeSecret(const QString &kind, const QString &name) override;
    QStringList secretNames(const QString &kind) override;
    bool saveOmemoDevice(const OmemoDevice &device) override;
    std::optional<OmemoDevice> omemoDevice(const Jid &jid, OmemoVersion version, quint32 id) override;
    QList<OmemoDevice> omemoDevices(const Jid &jid) override;
    QList<OmemoDevice> allOmemoDevices() override;
    bool removeOmemoDevice(const Jid &jid, OmemoVersion version, quint32 id) override;
    bool setMessageMark(const MessageE2eMark &mark) override;
    std::optional<MessageE2eMark> messageMark(qint64 messageId) override;

    // The associated data sealing each kind of blob (public for tests that swap blobs between rows).
    static QByteArray ownKeyLabel();
    static QByteArray optionsLabel(QByteArrayView nonce);
    static QByteArray sessionLabel(const Jid &contact, E2eDirection direction, const QString &thread);
    static QByteArray secretLabel(const QString &kind, const QString &name);

private:
    struct Meta;
    struct PendingUnlock;
    std::optional<Meta> readMeta();
    // Waits for a beginUnlock() derivation and finishes it; returns whether that attempt succeeded (without
    // one pending: whether the store is unlocked).
    bool settleUnlock() const;
    crypto::SecretBytes deriveKey(QByteArrayView passphrase, const Meta &meta) const;
    // The second half of a passphrase change, once both keys are derived: `oldKey` must open the stored check
    // value of `meta` (still the stored salt), then everything is re-sealed under `newKey` with `next`'s salt.
    bool finishPassphraseChange(const Meta &meta, Meta next, crypto::SecretBytes oldKey, crypto::SecretBytes newKey);
    // Seals every blob again under `newKey` (inside the caller's transaction).
    bool resealAll(const crypto::SecretBytes &newKey);
    // After a secret was deleted: copies the zeroed pages into the database file and truncates the WAL, so
    // the secret survives in neither (secure_delete alone would leave the old page in the WAL).
    void purgeWal();

    Database &m_db;
    crypto::ScryptParameters m_scrypt;
    // Settled lazily, also from const calls (isUnlocked()): what the store knows does not change, only when.
    mutable std::unique_ptr<PendingUnlock> m_pending;
    mutable crypto::SecretBytes m_wrapKey;
    // Ends a changePassphraseLater() that is still deriving when the store goes.
    std::unique_ptr<QObject> m_lifetime;
};

} // namespace balcony
