#pragma once

#include "storage/E2eKeyStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>

namespace balcony {

// In-memory E2eKeyStore for tests, with SqlE2eKeyStore's rules (locked until unlock(); the first passphrase
// sticks; pin on first use; replay sets per option set). Nothing is sealed: there is nothing at rest. Message
// marks are a map of their own here (SqlE2eKeyStore keeps them in the history rows); the engine stores them with
// the rows (StoredMessage::e2e), so tests read them from the history.
class MemoryE2eKeyStore : public E2eKeyStore {
public:
    bool unlock(QByteArrayView passphrase) override
    {
        const QByteArray digest = QCryptographicHash::hash(passphrase, QCryptographicHash::Sha256);
        if (m_passphrase.isEmpty()) {
            m_passphrase = digest;
        } else if (m_passphrase != digest) {
            return false;
        }
        m_unlocked = true;
        return true;
    }
    bool isUnlocked() const override { return m_unlocked; }
    bool changePassphrase(QByteArrayView oldPassphrase, QByteArrayView newPassphrase) override
    {
        if (m_passphrase != QCryptographicHash::hash(oldPassphrase, QCryptographicHash::Sha256)) {
            return false;
        }
        m_passphrase = QCryptographicHash::hash(newPassphrase, QCryptographicHash::Sha256);
        m_unlocked = true;
        return true;
    }

    bool setOwnKey(const crypto::SecretBytes &pkcs8) override
    {
        if (!m_unlocked || pkcs8.isEmpty()) {
            return false;
        }
        m_ownKey = pkcs8.clone();
        return true;
    }
    std::optional<crypto::SecretBytes> ownKey() override
    {
        if (!m_unlocked || m_ownKey.isEmpty()) {
            return std::nullopt;
        }
        return m_ownKey.clone();
    }
    bool removeOwnKey() override
    {
        const bool had = !m_ownKey.isEmpty();
        m_ownKey.clear();
        return had;
    }

    std::optional<ContactKey> addContactKey(const Jid &jid, const QByteArray &der, const QByteArray &fingerprint,
        KeySource source, const QDateTime &seen = QDateTime::currentDateTimeUtc()) override
    {
        if (jid.isNull() || der.isEmpty() || fingerprint.isEmpty()) {
            return std::nullopt;
        }
        QList<ContactKey> &keys = m_keys[jid.bare()];
        for (const ContactKey &key : keys) {
            if (key.fingerprint == fingerprint) {
                return key;
            }
        }
        keys.append({ jid.bare(), der, fingerprint, seen, keys.isEmpty(), false, source });
        return keys.constLast();
    }
    QList<ContactKey> contactKeys(const Jid &jid) override { return m_keys.value(jid.bare()); }
    QList<ContactKey> allContactKeys() override
    {
        QList<ContactKey> all;
        for (const QList<ContactKey> &keys : std::as_const(m_keys)) {
            all += keys;
        }
        return all;
    }
    bool setKeyVerified(const Jid &jid, const QByteArray &fingerprint, bool verified) override
    {
        for (ContactKey &key : m_keys[jid.bare()]) {
            if (key.fingerprint == fingerprint) {
                key.verified = verified;
                return true;
            }
        }
        return false;
    }
    bool removeContactKey(const Jid &jid, const QByteArray &fingerprint) override
    {
        return m_keys[jid.bare()].removeIf([&](const ContactKey &key) { return key.fingerprint == fingerprint; }) > 0;
    }

    std::optional<qint64> addOfflineOptions(const OfflineOptionRecord &record) override
    {
        if (!m_unlocked || record.nonce.isEmpty() || !record.expires.isValid() || record.secret.isEmpty()) {
            return std::nullopt;
        }
        for (const auto &[id, stored] : m_options) {
            if (stored.nonce == record.nonce) {
                return std::nullopt; // N_A is unique
            }
        }
        OfflineOptionRecord copy = cloneRecord(record);
        copy.id = ++m_lastOptionId;
        if (!copy.published.isValid()) {
            copy.published = QDateTime::currentDateTimeUtc();
        }
        m_options.emplace(copy.id, std::move(copy));
        return m_lastOptionId;
    }
    std::optional<OfflineOptionRecord> offlineOptions(QByteArrayView nonce) override
    {
        if (!m_unlocked) {
            return std::nullopt;
        }
        for (const auto &[id, stored] : m_options) {
            if (stored.nonce == nonce) {
                return cloneRecord(stored);
            }
        }
        return std::nullopt;
    }
    QList<qint64> offlineOptionIds(const QString &node = QString()) override
    {
        QList<qint64> ids;
        for (const auto &[id, stored] : m_options) {
            if (node.isEmpty() || stored.node == node) {
                ids.append(id);
            }
        }
        return ids;
    }
    bool removeOfflineOptions(qint64 id) override
    {
        m_replays.remove(id);
        return m_options.erase(id) > 0;
    }
    int removeExpiredOfflineOptions(const QDateTime &now) override
    {
        int removed = 0;
        for (auto it = m_options.begin(); it != m_options.end();) {
            if (it->second.expires <= now) {
                m_replays.remove(it->first);
                it = m_options.erase(it);
                ++removed;
            } else {
                ++it;
            }
        }
        return removed;
    }
    bool recordUse(qint64 optionsId, QByteArrayView d, QByteArrayView nonceB) override
    {
        if (m_options.find(optionsId) == m_options.end()) {
            return false;
        }
        QSet<QByteArray> &seen = m_replays[optionsId];
        const QByteArray dKey = "d:" + d.toByteArray();
        const QByteArray nKey = "n:" + nonceB.toByteArray();
        if (seen.contains(dKey) || seen.contains(nKey)) {
            return false;
        }
        seen.insert(dKey);
        seen.insert(nKey);
        return true;
    }

    bool wasUsed(qint64 optionsId, QByteArrayView d, QByteArrayView nonceB) override
    {
        const QSet<QByteArray> seen = m_replays.value(optionsId);
        return seen.contains("d:" + d.toByteArray()) || seen.contains("n:" + nonceB.toByteArray());
    }

    bool saveSession(const StoredSession &session) override
    {
        if (!m_unlocked || session.contact.isNull() || session.state.isEmpty()) {
            return false;
        }
        StoredSession copy { session.contact.bare(), session.direction, session.thread, session.state.clone(),
            session.updated.isValid() ? session.updated : QDateTime::currentDateTimeUtc(), session.resource };
        m_sessions.insert_or_assign(sessionKey(session.contact, session.direction, session.thread), std::move(copy));
        return true;
    }
    std::optional<StoredSession> session(const Jid &contact, E2eDirection direction, const QString &thread) override
    {
        const auto it = m_sessions.find(sessionKey(contact, direction, thread));
        if (!m_unlocked || it == m_sessions.end()) {
            return std::nullopt;
        }
        const StoredSession &s = it->second;
        return StoredSession { s.contact, s.direction, s.thread, s.state.clone(), s.updated, s.resource };
    }
    QStringList sessionThreads(const Jid &contact, E2eDirection direction) override
    {
        QList<std::pair<QDateTime, QString>> found;
        for (const auto &[key, s] : m_sessions) {
            if (s.contact == contact.bare() && s.direction == direction) {
                found.append({ s.updated, s.thread });
            }
        }
        std::sort(found.begin(), found.end(),
            [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
        QStringList threads;
        for (const auto &entry : found) {
            threads.append(entry.second);
        }
        return threads;
    }
    bool removeSession(const Jid &contact, E2eDirection direction, const QString &thread) override
    {
        return m_sessions.erase(sessionKey(contact, direction, thread)) > 0;
    }

    bool setSecret(const QString &kind, const QString &name, const crypto::SecretBytes &value) override
    {
        if (!m_unlocked || kind.isEmpty() || value.isEmpty()) {
            return false;
        }
        m_secrets.insert_or_assign(std::pair { kind, name }, value.clone());
        return true;
    }
    std::optional<crypto::SecretBytes> secret(const QString &kind, const QString &name) override
    {
        const auto it = m_secrets.find(std::pair { kind, name });
        if (!m_unlocked || it == m_secrets.end()) {
            return std::nullopt;
        }
        return it->second.clone();
    }
    bool removeSecret(const QString &kind, const QString &name) override
    {
        return m_secrets.erase(std::pair { kind, name }) > 0;
    }
    QStringList secretNames(const QString &kind) override
    {
        QStringList names;
        for (const auto &[key, value] : m_secrets) {
            if (key.first == kind) {
                names.append(key.second);
            }
        }
        return names;
    }

    bool saveOmemoDevice(const OmemoDevice &device) override
    {
        if (device.jid.isNull() || device.id == 0) {
            return false;
        }
        OmemoDevice copy = device;
        copy.jid = device.jid.bare();
        if (!copy.firstSeen.isValid()) {
            copy.firstSeen = QDateTime::currentDateTimeUtc();
        }
        m_devices.insert_or_assign(std::tuple { copy.jid.bareString(), int(copy.version), copy.id }, copy);
        return true;
    }
    std::optional<OmemoDevice> omemoDevice(const Jid &jid, OmemoVersion version, quint32 id) override
    {
        const auto it = m_devices.find(std::tuple { jid.bareString(), int(version), id });
        if (it == m_devices.end()) {
            return std::nullopt;
        }
        return it->second;
    }
    QList<OmemoDevice> omemoDevices(const Jid &jid) override
    {
        QList<OmemoDevice> devices;
        for (const auto &[key, device] : m_devices) {
            if (std::get<0>(key) == jid.bareString()) {
                devices.append(device);
            }
        }
        return devices;
    }
    QList<OmemoDevice> allOmemoDevices() override
    {
        QList<OmemoDevice> devices;
        for (const auto &[key, device] : m_devices) {
            devices.append(device);
        }
        return devices;
    }
    bool removeOmemoDevice(const Jid &jid, OmemoVersion version, quint32 id) override
    {
        return m_devices.erase(std::tuple { jid.bareString(), int(version), id }) > 0;
    }

    bool setPolicy(const Jid &jid, std::optional<E2ePolicy> policy) override
    {
        if (policy) {
            m_policies.insert(jid.bareString(), *policy);
        } else {
            m_policies.remove(jid.bareString());
        }
        return true;
    }
    std::optional<E2ePolicy> ownPolicy(const Jid &jid) override
    {
        const auto it = m_policies.constFind(jid.bareString());
        if (it == m_policies.cend()) {
            return std::nullopt;
        }
        return it.value();
    }

    bool setMessageMark(const MessageE2eMark &mark) override
    {
        if (mark.kind == MessageE2eKind::None) {
            return false;
        }
        m_marks.insert(mark.messageId, mark);
        return true;
    }
    std::optional<MessageE2eMark> messageMark(qint64 messageId) override
    {
        const auto it = m_marks.constFind(messageId);
        if (it == m_marks.cend()) {
            return std::nullopt;
        }
        return it.value();
    }

private:
    static OfflineOptionRecord cloneRecord(const OfflineOptionRecord &record)
    {
        return { record.id, record.node, record.nonce, record.secret.clone(), record.expires, record.published };
    }
    static std::tuple<QString, int, QString> sessionKey(
        const Jid &contact, E2eDirection direction, const QString &thread)
    {
        return { contact.bareString(), int(direction), thread };
    }

    QByteArray m_passphrase; // SHA-256 of the first passphrase
    bool m_unlocked = false;
    crypto::SecretBytes m_ownKey;
    QHash<Jid, QList<ContactKey>> m_keys;
    std::map<qint64, OfflineOptionRecord> m_options;
    qint64 m_lastOptionId = 0;
    QHash<qint64, QSet<QByteArray>> m_replays;
    std::map<std::tuple<QString, int, QString>, StoredSession> m_sessions;
    QHash<QString, E2ePolicy> m_policies;
    QMap<qint64, MessageE2eMark> m_marks;
    std::map<std::pair<QString, QString>, crypto::SecretBytes> m_secrets;
    std::map<std::tuple<QString, int, quint32>, OmemoDevice> m_devices;
};

} // namespace balcony
