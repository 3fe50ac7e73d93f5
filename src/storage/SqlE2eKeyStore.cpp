#include "storage/SqlE2eKeyStore.h"

#include "storage/Database.h"
#include "storage/StorageLog.h"

#include <QCryptographicHash>
#include <QFuture>
#include <QPointer>
#include <QPromise>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QTimer>
#include <QVariant>

#include <chrono>
#include <future>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

bool run(QSqlQuery &query, const char *what)
{
    return execLogged(query, "e2e keys:", what);
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant blob(QByteArrayView bytes)
{
    return QVariant(bytes.toByteArray());
}

// Replay entries keep SHA-256 of the value (d can be 1 KiB for MODP 18); kind 0 = d, 1 = N_B.
QByteArray replayKey(QByteArrayView value)
{
    return QCryptographicHash::hash(value, QCryptographicHash::Sha256);
}

// e2e_policy's key: the bare JID, or "*" for the global default (not a valid JID, so no clash).
QString policyKey(const Jid &jid)
{
    return jid.isNull() ? u"*"_s : jid.bareString();
}

const QByteArray checkLabel = "balcony-e2e:check";
const QByteArray checkPlaintext = "balcony-e2e passphrase check v1";

} // namespace

struct SqlE2eKeyStore::Meta {
    QByteArray salt;
    crypto::ScryptParameters scrypt;
    QByteArray check;
};

SqlE2eKeyStore::SqlE2eKeyStore(Database &database, const crypto::ScryptParameters &scrypt)
    : m_db(database)
    , m_scrypt(scrypt)
{
}

QByteArray SqlE2eKeyStore::ownKeyLabel()
{
    return "balcony-e2e:own-key";
}

QByteArray SqlE2eKeyStore::optionsLabel(QByteArrayView nonce)
{
    return "balcony-e2e:offline-options:" + nonce.toByteArray().toHex();
}

QByteArray SqlE2eKeyStore::sessionLabel(const Jid &contact, E2eDirection direction, const QString &thread)
{
    return "balcony-e2e:session:" + contact.bareString().toUtf8() + ':' + QByteArray::number(int(direction)) + ':'
        + thread.toUtf8();
}

QByteArray SqlE2eKeyStore::secretLabel(const QString &kind, const QString &name)
{
    return "balcony-e2e:secret:" + kind.toUtf8() + ':' + name.toUtf8();
}

std::optional<SqlE2eKeyStore::Meta> SqlE2eKeyStore::readMeta()
{
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT salt, scrypt_n, scrypt_r, scrypt_p, check_value FROM e2e_meta WHERE id = 1"_s);
    if (!run(query, "reading the salt") || !query.next()) {
        return std::nullopt;
    }
    Meta meta;
    meta.salt = query.value(0).toByteArray();
    meta.scrypt.n = query.value(1).toULongLong();
    meta.scrypt.r = query.value(2).toUInt();
    meta.scrypt.p = query.value(3).toUInt();
    meta.check = query.value(4).toByteArray();
    return meta;
}

crypto::SecretBytes SqlE2eKeyStore::deriveKey(QByteArrayView passphrase, const Meta &meta) const
{
    return crypto::deriveWrapKey(passphrase, meta.salt, meta.scrypt);
}

// A derivation running on a worker thread (beginUnlock()), with what settling it needs.
struct SqlE2eKeyStore::PendingUnlock {
    Meta meta; // the stored one, or (firstUse) the new salt and parameters
    bool firstUse = false;
    std::future<crypto::SecretBytes> key;
};

SqlE2eKeyStore::~SqlE2eKeyStore()
{
    // A derivation still running is waited for (std::future from std::async), and its key wiped.
    m_pending.reset();
}

bool SqlE2eKeyStore::unlock(QByteArrayView passphrase)
{
    beginUnlock(passphrase);
    return settleUnlock();
}

void SqlE2eKeyStore::beginUnlock(QByteArrayView passphrase)
{
    settleUnlock(); // one derivation at a time; its outcome stands unless this one succeeds
    auto pending = std::make_unique<PendingUnlock>();
    if (std::optional<Meta> meta = readMeta()) {
        pending->meta = std::move(*meta);
    } else {
        // First use on this profile: a fresh salt; the check value is sealed under the new key when settled.
        pending->firstUse = true;
        pending->meta.salt = crypto::randomBytes(16);
        pending->meta.scrypt = m_scrypt;
        if (pending->meta.salt.size() != 16) {
            m_pending = std::move(pending); // no derivation: settles as a failed attempt
            return;
        }
    }
    // scrypt only reads its inputs (copies handed to the thread) and OpenSSL 3's KDFs are thread-safe.
    pending->key = std::async(std::launch::async,
        [secret = crypto::SecretBytes(passphrase), salt = pending->meta.salt, parameters = pending->meta.scrypt] {
            return crypto::deriveWrapKey(secret.view(), salt, parameters);
        });
    m_pending = std::move(pending);
}

bool SqlE2eKeyStore::isUnlocking() const
{
    return m_pending && m_pending->key.valid()
        && m_pending->key.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
}

bool SqlE2eKeyStore::isUnlocked() const
{
    settleUnlock();
    return !m_wrapKey.isEmpty();
}

bool SqlE2eKeyStore::settleUnlock() const
{
    if (!m_pending) {
        return !m_wrapKey.isEmpty();
    }
    const std::unique_ptr<PendingUnlock> pending = std::move(m_pending);
    crypto::SecretBytes key = pending->key.valid() ? pending->key.get() : crypto::SecretBytes();
    if (key.isEmpty()) {
        return false;
    }
    if (!pending->firstUse) {
        if (!crypto::unseal(key, pending->meta.check, checkLabel)) {
            return false; // wrong passphrase (or a damaged profile): stays as it was
        }
        m_wrapKey = std::move(key);
        return true;
    }
    const QByteArray check = crypto::seal(key, crypto::SecretBytes(checkPlaintext), checkLabel);
    QSqlQuery insert(m_db.sql());
    insert.prepare(u"INSERT INTO e2e_meta (id, salt, scrypt_n, scrypt_r, scrypt_p, check_value) "
                   "VALUES (1, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(pending->meta.salt);
    insert.addBindValue(qint64(pending->meta.scrypt.n));
    insert.addBindValue(pending->meta.scrypt.r);
    insert.addBindValue(pending->meta.scrypt.p);
    insert.addBindValue(check);
    if (check.isEmpty() || !run(insert, "storing the salt")) {
        return false;
    }
    m_wrapKey = std::move(key);
    return true;
}

bool SqlE2eKeyStore::changePassphrase(QByteArrayView oldPassphrase, QByteArrayView newPassphrase)
{
    settleUnlock(); // a first unlock still running stores the salt this reads
    const std::optional<Meta> meta = readMeta();
    if (!meta) {
        return false;
    }
    Meta next;
    next.salt = crypto::randomBytes(16);
    next.scrypt = meta->scrypt;
    crypto::SecretBytes oldKey = deriveKey(oldPassphrase, *meta);
    crypto::SecretBytes newKey = deriveKey(newPassphrase, next);
    return finishPassphraseChange(*meta, std::move(next), std::move(oldKey), std::move(newKey));
}

void SqlE2eKeyStore::changePassphraseLater(
    QByteArrayView oldPassphrase, QByteArrayView newPassphrase, QObject *context, std::function<void(bool ok)> done)
{
    settleUnlock();
    const std::optional<Meta> meta = readMeta();
    Meta next;
    next.salt = crypto::randomBytes(16);
    if (!meta || next.salt.size() != 16) {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            if (done) {
                done(false);
            }
        });
        return;
    }
    next.scrypt = meta->scrypt;

    struct Keys {
        crypto::SecretBytes oldKey;
        crypto::SecretBytes newKey;
    };
    // What the pool thread works on: copies of the secrets (wiped when it ends) and the promise it fulfils.
    struct Job {
        crypto::SecretBytes oldSecret;
        crypto::SecretBytes newSecret;
        QPromise<std::shared_ptr<Keys>> promise;
    };
    auto job = std::make_shared<Job>(Job {
        crypto::SecretBytes(oldPassphrase), crypto::SecretBytes(newPassphrase), QPromise<std::shared_ptr<Keys>>() });
    QFuture<std::shared_ptr<Keys>> future = job->promise.future();
    job->promise.start();
    if (!m_lifetime) {
        m_lifetime = std::make_unique<QObject>();
    }
    // The continuation runs on the store's thread; it is dropped if the store goes first (m_lifetime), and does
    // nothing if the caller's context went.
    future.then(m_lifetime.get(),
        [this, context = QPointer<QObject>(context), meta = *meta, next, done = std::move(done)](
            const std::shared_ptr<Keys> &keys) mutable {
            if (!context) {
                return;
            }
            const bool ok
                = finishPassphraseChange(meta, std::move(next), std::move(keys->oldKey), std::move(keys->newKey));
            if (done) {
                done(ok);
            }
        });
    // scrypt only reads its inputs, and OpenSSL 3's KDFs are thread-safe (as in beginUnlock()).
    QThreadPool::globalInstance()->start([job, salt = meta->salt, oldParameters = meta->scrypt, next] {
        auto keys = std::make_shared<Keys>();
        keys->oldKey = crypto::deriveWrapKey(job->oldSecret.view(), salt, oldParameters);
        keys->newKey = crypto::deriveWrapKey(job->newSecret.view(), next.salt, next.scrypt);
        job->oldSecret = crypto::SecretBytes();
        job->newSecret = crypto::SecretBytes();
        job->promise.addResult(std::move(keys));
        job->promise.finish();
    });
}

bool SqlE2eKeyStore::finishPassphraseChange(
    const Meta &meta, Meta next, crypto::SecretBytes oldKey, crypto::SecretBytes newKey)
{
    // Another change may have finished while this one's keys were derived: its salt is not the one they are for.
    const std::optional<Meta> current = readMeta();
    if (!current || current->salt != meta.salt) {
        return false;
    }
    if (oldKey.isEmpty() || !crypto::unseal(oldKey, meta.check, checkLabel)) {
        return false;
    }
    if (newKey.isEmpty() || next.salt.size() != 16) {
        return false;
    }
    m_wrapKey = std::move(oldKey);
    next.check = crypto::seal(newKey, crypto::SecretBytes(checkPlaintext), checkLabel);
    const bool ok = m_db.transaction([&] {
        if (!resealAll(newKey)) {
            return false;
        }
        QSqlQuery update(m_db.sql());
        update.prepare(u"UPDATE e2e_meta SET salt = ?, check_value = ? WHERE id = 1"_s);
        update.addBindValue(next.salt);
        update.addBindValue(next.check);
        return run(update, "storing the new salt");
    });
    if (!ok) {
        return false;
    }
    m_wrapKey = std::move(newKey);
    // The blobs sealed under the old key are still in the WAL: an old passphrase must not open anything.
    purgeWal();
    return true;
}

bool SqlE2eKeyStore::resealAll(const crypto::SecretBytes &newKey)
{
    struct Row {
        QString table;
        QString key; // WHERE clause on the row's own key columns
        QList<QVariant> keyValues;
        QByteArray label;
        QByteArray sealed;
    };
    QList<Row> rows;
    QSqlQuery own(m_db.sql());
    own.prepare(u"SELECT sealed FROM e2e_own_key WHERE id = 1"_s);
    if (!run(own, "reading the own key")) {
        return false;
    }
    if (own.next()) {
        rows.append({ u"e2e_own_key"_s, u"id = ?"_s, { 1 }, ownKeyLabel(), own.value(0).toByteArray() });
    }
    QSqlQuery options(m_db.sql());
    options.prepare(u"SELECT id, nonce, sealed FROM e2e_offline_option"_s);
    if (!run(options, "reading offline options")) {
        return false;
    }
    while (options.next()) {
        rows.append({ u"e2e_offline_option"_s, u"id = ?"_s, { options.value(0) },
            optionsLabel(options.value(1).toByteArray()), options.value(2).toByteArray() });
    }
    QSqlQuery sessions(m_db.sql());
    sessions.prepare(u"SELECT contact, direction, thread, sealed FROM e2e_session"_s);
    if (!run(sessions, "reading sessions")) {
        return false;
    }
    while (sessions.next()) {
        const Jid contact = Jid::parse(sessions.value(0).toString()).value_or(Jid());
        const auto direction = E2eDirection(sessions.value(1).toInt());
        const QString thread = sessions.value(2).toString();
        rows.append({ u"e2e_session"_s, u"contact = ? AND direction = ? AND thread = ?"_s,
            { sessions.value(0), sessions.value(1), thread }, sessionLabel(contact, direction, thread),
            sessions.value(3).toByteArray() });
    }
    QSqlQuery secrets(m_db.sql());
    secrets.prepare(u"SELECT kind, name, sealed FROM e2e_secret"_s);
    if (!run(secrets, "reading secrets")) {
        return false;
    }
    while (secrets.next()) {
        rows.append({ u"e2e_secret"_s, u"kind = ? AND name = ?"_s, { secrets.value(0), secrets.value(1) },
            secretLabel(secrets.value(0).toString(), secrets.value(1).toString()), secrets.value(2).toByteArray() });
    }
    for (const Row &row : rows) {
        const std::optional<crypto::SecretBytes> plain = crypto::unseal(m_wrapKey, row.sealed, row.label);
        if (!plain) {
            qCWarning(lcStorage) << "e2e keys: a sealed value in" << row.table << "does not open; not re-sealed";
            return false;
        }
        QSqlQuery update(m_db.sql());
        update.prepare(u"UPDATE "_s + row.table + u" SET sealed = ? WHERE "_s + row.key);
        update.addBindValue(crypto::seal(newKey, *plain, row.label));
        for (const QVariant &value : row.keyValues) {
            update.addBindValue(value);
        }
        if (!run(update, "re-sealing")) {
            return false;
        }
    }
    return true;
}

void SqlE2eKeyStore::purgeWal()
{
    QSqlQuery query(m_db.sql());
    if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !query.next()) {
        qCWarning(lcStorage) << "e2e keys: WAL checkpoint failed:" << query.lastError().text();
        return;
    }
    // (busy, log frames, checkpointed frames): busy = 1 when another connection kept the WAL in use.
    if (query.value(0).toInt() != 0) {
        qCWarning(lcStorage) << "e2e keys: WAL checkpoint incomplete (database busy); deleted secrets stay in the "
                                "WAL until the next checkpoint";
    }
}

bool SqlE2eKeyStore::setOwnKey(const crypto::SecretBytes &pkcs8)
{
    if (!isUnlocked() || pkcs8.isEmpty()) {
        return false;
    }
    const QByteArray sealed = crypto::seal(m_wrapKey, pkcs8, ownKeyLabel());
    QSqlQuery query(m_db.sql());
    query.prepare(u"INSERT INTO e2e_own_key (id, sealed, created) VALUES (1, ?, ?) "
                  "ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed, created = excluded.created"_s);
    query.addBindValue(sealed);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return !sealed.isEmpty() && run(query, "storing the own key");
}

std::optional<crypto::SecretBytes> SqlE2eKeyStore::ownKey()
{
    if (!isUnlocked()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT sealed FROM e2e_own_key WHERE id = 1"_s);
    if (!run(query, "reading the own key") || !query.next()) {
        return std::nullopt;
    }
    return crypto::unseal(m_wrapKey, query.value(0).toByteArray(), ownKeyLabel());
}

bool SqlE2eKeyStore::removeOwnKey()
{
    QSqlQuery query(m_db.sql());
    query.prepare(u"DELETE FROM e2e_own_key WHERE id = 1"_s);
    if (!run(query, "deleting the own key")) {
        return false;
    }
    purgeWal();
    return query.numRowsAffected() > 0;
}

namespace {

ContactKey keyFromQuery(const QSqlQuery &query)
{
    ContactKey key;
    key.jid = Jid::parse(query.value(0).toString()).value_or(Jid());
    key.fingerprint = query.value(1).toByteArray();
    key.der = query.value(2).toByteArray();
    key.firstSeen = timeFrom(query.value(3));
    key.pinned = query.value(4).toBool();
    key.verified = query.value(5).toBool();
    key.source = KeySource(query.value(6).toInt());
    return key;
}

const QString keyColumns
    = u"SELECT jid, fingerprint, der, first_seen, pinned, verified, source FROM e2e_contact_key "_s;

} // namespace

std::optional<ContactKey> SqlE2eKeyStore::addContactKey(
    const Jid &jid, const QByteArray &der, const QByteArray &fingerprint, KeySource source, const QDateTime &seen)
{
    if (jid.isNull() || der.isEmpty() || fingerprint.isEmpty()) {
        return std::nullopt;
    }
    const QString bare = jid.bareString();
    std::optional<ContactKey> result;
    m_db.transaction([&] {
        QSqlQuery existing(m_db.sql());
        existing.prepare(keyColumns + u"WHERE jid = ? AND fingerprint = ?"_s);
        existing.addBindValue(bare);
        existing.addBindValue(fingerprint);
        if (!run(existing, "looking up a key")) {
            return false;
        }
        if (existing.next()) {
            result = keyFromQuery(existing);
            return true;
        }
        QSqlQuery count(m_db.sql());
        count.prepare(u"SELECT COUNT(*) FROM e2e_contact_key WHERE jid = ?"_s);
        count.addBindValue(bare);
        if (!run(count, "counting keys") || !count.next()) {
            return false;
        }
        ContactKey key { jid.bare(), der, fingerprint, seen, count.value(0).toInt() == 0, false, source };
        QSqlQuery insert(m_db.sql());
        insert.prepare(u"INSERT INTO e2e_contact_key (jid, fingerprint, der, first_seen, pinned, verified, source) "
                       "VALUES (?, ?, ?, ?, ?, 0, ?)"_s);
        insert.addBindValue(bare);
        insert.addBindValue(fingerprint);
        insert.addBindValue(der);
        insert.addBindValue(timeValue(seen));
        insert.addBindValue(key.pinned ? 1 : 0);
        insert.addBindValue(int(source));
        if (!run(insert, "storing a key")) {
            return false;
        }
        result = key;
        return true;
    });
    return result;
}

QList<ContactKey> SqlE2eKeyStore::contactKeys(const Jid &jid)
{
    QList<ContactKey> keys;
    QSqlQuery query(m_db.sql());
    query.prepare(keyColumns + u"WHERE jid = ? ORDER BY first_seen, fingerprint"_s);
    query.addBindValue(jid.bareString());
    if (run(query, "reading keys")) {
        while (query.next()) {
            keys.append(keyFromQuery(query));
        }
    }
    return keys;
}

QList<ContactKey> SqlE2eKeyStore::allContactKeys()
{
    QList<ContactKey> keys;
    QSqlQuery query(m_db.sql());
    query.prepare(keyColumns + u"ORDER BY jid, first_seen, fingerprint"_s);
    if (run(query, "reading keys")) {
        while (query.next()) {
            keys.append(keyFromQuery(query));
        }
    }
    return keys;
}

bool SqlE2eKeyStore::setKeyVerified(const Jid &jid, const QByteArray &fingerprint, bool verified)
{
    QSqlQuery query(m_db.sql());
    query.prepare(u"UPDATE e2e_contact_key SET verified = ? WHERE jid = ? AND fingerprint = ?"_s);
    query.addBindValue(verified ? 1 : 0);
    query.addBindValue(jid.bareString());
    query.addBindValue(fingerprint);
    return run(query, "marking a key") && query.numRowsAffected() > 0;
}

bool SqlE2eKeyStore::removeContactKey(const Jid &jid, const QByteArray &fingerprint)
{
    QSqlQuery query(m_db.sql());
    query.prepare(u"DELETE FROM e2e_contact_key WHERE jid = ? AND fingerprint = ?"_s);
    query.addBindValue(jid.bareString());
    query.addBindValue(fingerprint);
    return run(query, "deleting a key") && query.numRowsAffected() > 0;
}

std::optional<qint64> SqlE2eKeyStore::addOfflineOptions(const OfflineOptionRecord &record)
{
    if (!isUnlocked() || record.nonce.isEmpty() || !record.expires.isValid() || record.secret.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray sealed = crypto::seal(m_wrapKey, record.secret, optionsLabel(record.nonce));
    QSqlQuery query(m_db.sql());
    query.prepare(u"INSERT INTO e2e_offline_option (node, nonce, sealed, expires, published) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(record.node);
    query.addBindValue(record.nonce);
    query.addBindValue(sealed);
    query.addBindValue(record.expires.toMSecsSinceEpoch());
    query.addBindValue(
        record.published.isValid() ? record.published.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    if (sealed.isEmpty() || !run(query, "storing offline options")) {
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

std::optional<OfflineOptionRecord> SqlE2eKeyStore::offlineOptions(QByteArrayView nonce)
{
    if (!isUnlocked()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT id, node, nonce, sealed, expires, published FROM e2e_offline_option WHERE nonce = ?"_s);
    query.addBindValue(blob(nonce));
    if (!run(query, "reading offline options") || !query.next()) {
        return std::nullopt;
    }
    std::optional<crypto::SecretBytes> plain
        = crypto::unseal(m_wrapKey, query.value(3).toByteArray(), optionsLabel(nonce));
    if (!plain) {
        qCWarning(lcStorage) << "e2e keys: sealed offline options do not open";
        return std::nullopt;
    }
    OfflineOptionRecord record;
    record.id = query.value(0).toLongLong();
    record.node = query.value(1).toString();
    record.nonce = query.value(2).toByteArray();
    record.secret = std::move(*plain);
    record.expires = timeFrom(query.value(4));
    record.published = timeFrom(query.value(5));
    return record;
}

QList<qint64> SqlE2eKeyStore::offlineOptionIds(const QString &node)
{
    QList<qint64> ids;
    QSqlQuery query(m_db.sql());
    if (node.isEmpty()) {
        query.prepare(u"SELECT id FROM e2e_offline_option ORDER BY id"_s);
    } else {
        query.prepare(u"SELECT id FROM e2e_offline_option WHERE node = ? ORDER BY id"_s);
        query.addBindValue(node);
    }
    if (run(query, "listing offline options")) {
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }
    return ids;
}

bool SqlE2eKeyStore::removeOfflineOptions(qint64 id)
{
    QSqlQuery query(m_db.sql());
    query.prepare(u"DELETE FROM e2e_offline_option WHERE id = ?"_s); // e2e_replay rows cascade
    query.addBindValue(id);
    if (!run(query, "deleting offline options")) {
        return false;
    }
    purgeWal();
    return query.numRowsAffected() > 0;
}

int SqlE2eKeyStore::removeExpiredOfflineOptions(const QDateTime &now)
{
    QSqlQuery query(m_db.sql());
    query.prepare(u"DELETE FROM e2e_offline_option WHERE expires <= ?"_s);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!run(query, "deleting expired offline options")) {
        return -1;
    }
    const int removed = query.numRowsAffected();
    if (removed > 0) {
        purgeWal();
    }
    return removed;
}

bool SqlE2eKeyStore::recordUse(qint64 optionsId, QByteArrayView d, QByteArrayView nonceB)
{
    bool fresh = false;
    m_db.transaction([&] {
        const QByteArray keys[2] = { replayKey(d), replayKey(nonceB) };
        for (int kind = 0; kind < 2; ++kind) {
            QSqlQuery seen(m_db.sql());
            seen.prepare(u"SELECT 1 FROM e2e_replay WHERE option_id = ? AND kind = ? AND value = ?"_s);
            seen.addBindValue(optionsId);
            seen.addBindValue(kind);
            seen.addBindValue(keys[kind]);
            if (!run(seen, "checking the replay set")) {
                return false;
            }
            if (seen.next()) {
                return true; // a replay: nothing recorded, fresh stays false
            }
        }
        for (int kind = 0; kind < 2; ++kind) {
            QSqlQuery insert(m_db.sql());
            insert.prepare(u"INSERT INTO e2e_replay (option_id, kind, value) VALUES (?, ?, ?)"_s);
            insert.addBindValue(optionsId);
            insert.addBindValue(kind);
            insert.addBindValue(keys[kind]);
            if (!run(insert, "recording a use")) {
                return false;
            }
        }
        fresh = true;
        return true;
    });
    return fresh;
}

bool SqlE2eKeyStore::wasUsed(qint64 optionsId, QByteArrayView d, QByteArrayView nonceB)
{
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT 1 FROM e2e_replay WHERE option_id = ? AND ((kind = 0 AND value = ?) OR "
                  "(kind = 1 AND value = ?))"_s);
    query.addBindValue(optionsId);
    query.addBindValue(replayKey(d));
    query.addBindValue(replayKey(nonceB));
    if (!run(query, "checking the replay set")) {
        return true;
    }
    return query.next();
}

bool SqlE2eKeyStore::saveSession(const StoredSession &session)
{
    if (!isUnlocked() || session.contact.isNull() || session.state.isEmpty()) {
        return false;
    }
    const QByteArray sealed
        = crypto::seal(m_wrapKey, session.state, sessionLabel(session.contact, session.direction, session.thread));
    QSqlQuery query(m_db.sql());
    query.prepare(u"INSERT INTO e2e_session (contact, direction, thread, sealed, updated, resource) "
                  "VALUES (?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (contact, direction, thread) DO UPDATE SET sealed = excluded.sealed, "
                  "updated = excluded.updated, resource = excluded.resource"_s);
    query.addBindValue(session.contact.bareString());
    query.addBindValue(int(session.direction));
    query.addBindValue(session.thread);
    query.addBindValue(sealed);
    query.addBindValue(
        session.updated.isValid() ? session.updated.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(session.resource.isNull() ? u""_s : session.resource); // a null QString binds as NULL
    return !sealed.isEmpty() && run(query, "storing a session");
}

std::optional<StoredSession> SqlE2eKeyStore::session(const Jid &contact, E2eDirection direction, const QString &thread)
{
    if (!isUnlocked()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(
        u"SELECT sealed, updated, resource FROM e2e_session WHERE contact = ? AND direction = ? AND thread = ?"_s);
    query.addBindValue(contact.bareString());
    query.addBindValue(int(direction));
    query.addBindValue(thread);
    if (!run(query, "reading a session") || !query.next()) {
        return std::nullopt;
    }
    std::optional<crypto::SecretBytes> state
        = crypto::unseal(m_wrapKey, query.value(0).toByteArray(), sessionLabel(contact, direction, thread));
    if (!state) {
        qCWarning(lcStorage) << "e2e keys: a sealed session does not open";
        return std::nullopt;
    }
    return StoredSession { contact.bare(), direction, thread, std::move(*state), timeFrom(query.value(1)),
        query.value(2).toString() };
}

QStringList SqlE2eKeyStore::sessionThreads(const Jid &contact, E2eDirection direction)
{
    QStringList threads;
    QSqlQuery query(m_db.sql());
    query.prepare(
        u"SELECT thread FROM e2e_session WHERE contact = ? AND direction = ? ORDER BY updated DESC, thread"_s);
    query.addBindValue(contact.bareString());
    query.addBindValue(int(direction));
    if (run(query, "listing sessions")) {
        while (query.next()) {
            threads.append(query.value(0).toString());
        }
    }
    return threads;
}

bool SqlE2eKeyStore::removeSession(const Jid &contact, E2eDirection direction, const QString &thread)
{
    QSqlQuery query(m_db.sql());
    query.prepare(u"DELETE FROM e2e_session WHERE contact = ? AND direction = ? AND thread = ?"_s);
    query.addBindValue(contact.bareString());
    query.addBindValue(int(direction));
    query.addBindValue(thread);
    if (!run(query, "deleting a session")) {
        return false;
    }
    purgeWal();
    return query.numRowsAffected() > 0;
}

bool SqlE2eKeyStore::setPolicy(const Jid &jid, std::optional<E2ePolicy> policy)
{
    QSqlQuery query(m_db.sql());
    if (policy) {
        query.prepare(u"INSERT INTO e2e_policy (jid, policy) VALUES (?, ?) "
                      "ON CONFLICT (jid) DO UPDATE SET policy = excluded.policy"_s);
        query.addBindValue(policyKey(jid));
        query.addBindValue(int(*policy));
    } else {
        query.prepare(u"DELETE FROM e2e_policy WHERE jid = ?"_s);
        query.addBindValue(policyKey(jid));
    }
    return run(query, "storing a policy");
}

std::optional<E2ePolicy> SqlE2eKeyStore::ownPolicy(const Jid &jid)
{
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT policy FROM e2e_policy WHERE jid = ?"_s);
    query.addBindValue(policyKey(jid));
    if (!run(query, "reading a policy") || !query.next()) {
        return std::nullopt;
    }
    return E2ePolicy(query.value(0).toInt());
}

// The marks are the history rows' e2e columns (schema version 7): the same database, the same row.
bool SqlE2eKeyStore::setSecret(const QString &kind, const QString &name, const crypto::SecretBytes &value)
{
    if (!isUnlocked() || kind.isEmpty() || value.isEmpty()) {
        return false;
    }
    const QByteArray sealed = crypto::seal(m_wrapKey, value, secretLabel(kind, name));
    QSqlQuery query(m_db.sql());
    query.prepare(u"INSERT INTO e2e_secret (kind, name, sealed) VALUES (?, ?, ?) "
                  "ON CONFLICT (kind, name) DO UPDATE SET sealed = excluded.sealed"_s);
    query.addBindValue(kind);
    query.addBindValue(name.isNull() ? u""_s : name);
    query.addBindValue(sealed);
    return !sealed.isEmpty() && run(query, "storing a secret");
}

bool SqlE2eKeyStore::setSecrets(const QString &kind, const std::vector<std::pair<QString, crypto::SecretBytes>> &values)
{
    if (values.empty()) {
        return true;
    }
    return m_db.transaction([&] {
        for (const auto &[name, value] : values) {
            if (!setSecret(kind, name, value)) {
                return false;
            }
        }
        return true;
    });
}

std::optional<crypto::SecretBytes> SqlE2eKeyStore::secret(const QString &kind, const QString &name)
{
    if (!isUnlocked()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT sealed FROM e2e_secret WHERE kind = ? AND name = ?"_s);
    query.addBindValue(kind);
    query.addBindValue(name.isNull() ? u""_s : name);
    if (!run(query, "reading a secret") || !query.next()) {
        return std::nullopt;
    }
    std::optional<crypto::SecretBytes> plain
        = crypto::unseal(m_wrapKey, query.value(0).toByteArray(), secretLabel(kind, name));
    if (!plain) {
        qCWarning(lcStorage) << "e2e keys: a sealed" << kind << "secret does not open";
    }
    return plain;
}

bool SqlE2eKeyStore::removeSecret(const QString &kind, const QString &name)
{
    QSqlQuery query(m_db.sql());
    query.prepare(u"DELETE FROM e2e_secret WHERE kind = ? AND name = ?"_s);
    query.addBindValue(kind);
    query.addBindValue(name.isNull() ? u""_s : name);
    if (!run(query, "deleting a secret")) {
        return false;
    }
    const bool removed = query.numRowsAffected() > 0;
    if (removed) {
        purgeWal();
    }
    return removed;
}

QStringList SqlE2eKeyStore::secretNames(const QString &kind)
{
    QStringList names;
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT name FROM e2e_secret WHERE kind = ? ORDER BY name"_s);
    query.addBindValue(kind);
    if (run(query, "listing secrets")) {
        while (query.next()) {
            names.append(query.value(0).toString());
        }
    }
    return names;
}

namespace {

OmemoDevice omemoDeviceFrom(const QSqlQuery &query)
{
    OmemoDevice device;
    device.jid = Jid::parse(query.value(0).toString()).value_or(Jid());
    device.version = OmemoVersion(query.value(1).toInt());
    device.id = quint32(query.value(2).toLongLong());
    device.identityKey = query.value(3).toByteArray();
    device.trust = OmemoTrust(query.value(4).toInt());
    device.active = query.value(5).toBool();
    device.label = query.value(6).toString();
    device.firstSeen = timeFrom(query.value(7));
    device.lastSeen = timeFrom(query.value(8));
    return device;
}

const QString omemoDeviceColumns
    = u"jid, version, device_id, identity_key, trust, active, label, first_seen, last_seen"_s;

} // namespace

bool SqlE2eKeyStore::saveOmemoDevice(const OmemoDevice &device)
{
    if (device.jid.isNull() || device.id == 0) {
        return false;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"INSERT INTO omemo_device ("_s + omemoDeviceColumns
        + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (jid, version, device_id) DO UPDATE SET "
          "identity_key = excluded.identity_key, trust = excluded.trust, active = excluded.active, "
          "label = excluded.label, first_seen = excluded.first_seen, last_seen = excluded.last_seen"_s);
    query.addBindValue(device.jid.bareString());
    query.addBindValue(int(device.version));
    query.addBindValue(qint64(device.id));
    query.addBindValue(device.identityKey.isNull() ? QByteArray("") : device.identityKey);
    query.addBindValue(int(device.trust));
    query.addBindValue(device.active ? 1 : 0);
    query.addBindValue(device.label.isNull() ? u""_s : device.label);
    query.addBindValue(
        device.firstSeen.isValid() ? device.firstSeen.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(device.lastSeen.isValid() ? QVariant(device.lastSeen.toMSecsSinceEpoch()) : QVariant());
    return run(query, "storing an OMEMO device");
}

std::optional<OmemoDevice> SqlE2eKeyStore::omemoDevice(const Jid &jid, OmemoVersion version, quint32 id)
{
    QSqlQuery query(m_db.sql());
    query.prepare(
        u"SELECT "_s + omemoDeviceColumns + u" FROM omemo_device WHERE jid = ? AND version = ? AND device_id = ?"_s);
    query.addBindValue(jid.bareString());
    query.addBindValue(int(version));
    query.addBindValue(qint64(id));
    if (!run(query, "reading an OMEMO device") || !query.next()) {
        return std::nullopt;
    }
    return omemoDeviceFrom(query);
}

QList<OmemoDevice> SqlE2eKeyStore::omemoDevices(const Jid &jid)
{
    QList<OmemoDevice> devices;
    QSqlQuery query(m_db.sql());
    query.prepare(
        u"SELECT "_s + omemoDeviceColumns + u" FROM omemo_device WHERE jid = ? ORDER BY version, device_id"_s);
    query.addBindValue(jid.bareString());
    if (run(query, "listing OMEMO devices")) {
        while (query.next()) {
            devices.append(omemoDeviceFrom(query));
        }
    }
    return devices;
}

QList<OmemoDevice> SqlE2eKeyStore::allOmemoDevices()
{
    QList<OmemoDevice> devices;
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT "_s + omemoDeviceColumns + u" FROM omemo_device ORDER BY jid, version, device_id"_s);
    if (run(query, "listing OMEMO devices")) {
        while (query.next()) {
            devices.append(omemoDeviceFrom(query));
        }
    }
    return devices;
}

bool SqlE2eKeyStore::removeOmemoDevice(const Jid &jid, OmemoVersion version, quint32 id)
{
    QSqlQuery query(m_db.sql());
    query.prepare(u"DELETE FROM omemo_device WHERE jid = ? AND version = ? AND device_id = ?"_s);
    query.addBindValue(jid.bareString());
    query.addBindValue(int(version));
    query.addBindValue(qint64(id));
    return run(query, "deleting an OMEMO device") && query.numRowsAffected() > 0;
}

bool SqlE2eKeyStore::setMessageMark(const MessageE2eMark &mark)
{
    if (mark.kind == MessageE2eKind::None) {
        return false;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"UPDATE message SET e2e_kind = ?, e2e_status = ?, e2e_created = ?, e2e_detail = ? WHERE id = ?"_s);
    query.addBindValue(int(mark.kind));
    query.addBindValue(int(mark.status));
    query.addBindValue(timeValue(mark.created));
    query.addBindValue(mark.detail.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(mark.detail));
    query.addBindValue(mark.messageId);
    return run(query, "marking a message") && query.numRowsAffected() > 0;
}

std::optional<MessageE2eMark> SqlE2eKeyStore::messageMark(qint64 messageId)
{
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT e2e_kind, e2e_status, e2e_created, e2e_detail FROM message WHERE id = ? AND e2e_kind IS "
                  "NOT NULL"_s);
    query.addBindValue(messageId);
    if (!run(query, "reading a message mark") || !query.next()) {
        return std::nullopt;
    }
    return MessageE2eMark { messageId, MessageE2eKind(query.value(0).toInt()), MessageE2eStatus(query.value(1).toInt()),
        timeFrom(query.value(2)), query.value(3).toString() };
}

} // namespace balcony
