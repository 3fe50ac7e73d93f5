#include "omemo/OmemoLibrary.h"

#include "omemo/OmemoCrypto.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimeZone>

#include <omemo/curve.h>
#include <omemo/key_helper.h>
#include <omemo/protocol.h>
#include <omemo/ratchet.h>
#include <omemo/session_builder.h>
#include <omemo/session_cipher.h>
#include <omemo/session_pre_key.h>
#include <omemo/signal_protocol.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOmemoLibrary, "balcony.omemo.library")

namespace balcony::omemo {

namespace {

const QString sessionKind = u"omemo-session"_s;
const QString preKeyKind = u"omemo-prekey"_s;
const QString signedPreKeyKind = u"omemo-spk"_s;
const QString ownKind = u"omemo-own"_s;

constexpr quint32 maxPreKeyId = 0xFFFFFF; // libomemo-c's PRE_KEY_MEDIUM_MAX_VALUE

// Owns one reference of a libomemo-c object.
template<typename T>
struct Ref {
    T *ptr = nullptr;
    Ref() = default;
    explicit Ref(T *p)
        : ptr(p)
    {
    }
    ~Ref()
    {
        if (ptr) {
            signal_type_unref(reinterpret_cast<signal_type_base *>(ptr));
        }
    }
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
    T **out() { return &ptr; }
    T *get() const { return ptr; }
};

struct Buffer {
    signal_buffer *ptr = nullptr;
    bool secret = false;
    explicit Buffer(bool isSecret = false)
        : secret(isSecret)
    {
    }
    explicit Buffer(signal_buffer *p, bool isSecret = false)
        : ptr(p)
        , secret(isSecret)
    {
    }
    ~Buffer()
    {
        if (ptr) {
            secret ? signal_buffer_bzero_free(ptr) : signal_buffer_free(ptr);
        }
    }
    Buffer(const Buffer &) = delete;
    Buffer &operator=(const Buffer &) = delete;
    signal_buffer **out() { return &ptr; }
    QByteArray bytes() const
    {
        return ptr
            ? QByteArray(reinterpret_cast<const char *>(signal_buffer_data(ptr)), qsizetype(signal_buffer_len(ptr)))
            : QByteArray();
    }
    crypto::SecretBytes secretBytes() const
    {
        return ptr ? crypto::SecretBytes(QByteArrayView(signal_buffer_data(ptr), qsizetype(signal_buffer_len(ptr))))
                   : crypto::SecretBytes();
    }
};

signal_buffer *bufferOf(QByteArrayView data)
{
    return signal_buffer_create(reinterpret_cast<const uint8_t *>(data.data()), size_t(data.size()));
}

QString libraryError(int code)
{
    switch (code) {
    case SG_ERR_DUPLICATE_MESSAGE:
        return QCoreApplication::translate("balcony::omemo", "The message was received before (a replay).");
    case SG_ERR_INVALID_KEY:
        return QCoreApplication::translate("balcony::omemo", "A key is invalid or its signature does not match.");
    case SG_ERR_INVALID_KEY_ID:
        return QCoreApplication::translate(
            "balcony::omemo", "The message was built on a pre-key this device no longer has.");
    case SG_ERR_INVALID_MAC:
    case SG_ERR_INVALID_MESSAGE:
    case SG_ERR_INVALID_PROTO_BUF:
        return QCoreApplication::translate("balcony::omemo", "The encrypted key is damaged or was tampered with.");
    case SG_ERR_NO_SESSION:
        return QCoreApplication::translate("balcony::omemo", "There is no session with the sending device.");
    case SG_ERR_LEGACY_MESSAGE:
    case SG_ERR_INVALID_VERSION:
        return QCoreApplication::translate("balcony::omemo", "The message uses an unsupported protocol version.");
    default:
        return QCoreApplication::translate("balcony::omemo", "The OMEMO library failed (error %1).").arg(code);
    }
}

bool setError(QString *error, const QString &text)
{
    if (error) {
        *error = text;
    }
    return false;
}

} // namespace

struct Library::Callbacks {
    static Library &self(void *userData) { return *static_cast<Library *>(userData); }
    static QString addressName(const signal_protocol_address *address)
    {
        return QString::fromUtf8(address->name, qsizetype(address->name_len));
    }

    // --- sessions
    static int loadSession(signal_buffer **record, signal_buffer **, const signal_protocol_address *address, void *ud)
    {
        Library &lib = self(ud);
        const QString key = sessionKey(addressName(address), address->device_id);
        auto it = lib.m_sessions.find(key);
        if (it == lib.m_sessions.end()) {
            std::optional<crypto::SecretBytes> stored = lib.m_store.secret(sessionKind, key);
            it = lib.m_sessions.insert(
                key, stored ? std::make_shared<crypto::SecretBytes>(std::move(*stored)) : nullptr);
        }
        if (!it.value()) {
            return 0;
        }
        *record = bufferOf(it.value()->view());
        return *record ? 1 : SG_ERR_NOMEM;
    }
    static int subDeviceSessions(signal_int_list **sessions, const char *name, size_t nameLen, void *ud)
    {
        Library &lib = self(ud);
        const QString prefix = QString::fromUtf8(name, qsizetype(nameLen)) + u':';
        signal_int_list *list = signal_int_list_alloc();
        if (!list) {
            return SG_ERR_NOMEM;
        }
        for (const QString &key : lib.m_store.secretNames(sessionKind)) {
            if (key.startsWith(prefix)) {
                bool ok = false;
                const int device = key.mid(prefix.size()).toInt(&ok);
                if (ok) {
                    signal_int_list_push_back(list, device);
                }
            }
        }
        *sessions = list;
        return int(signal_int_list_size(list));
    }
    static int storeSession(
        const signal_protocol_address *address, uint8_t *record, size_t recordLen, uint8_t *, size_t, void *ud)
    {
        Library &lib = self(ud);
        const QString key = sessionKey(addressName(address), address->device_id);
        auto value = std::make_shared<crypto::SecretBytes>(QByteArrayView(record, qsizetype(recordLen)));
        if (lib.m_flushRequester && !lib.m_writeThrough) {
            // Write-behind (see the class comment): one transaction for a run of decryptions.
            lib.m_sessions.insert(key, std::move(value));
            const bool first = lib.m_dirtySessions.isEmpty();
            lib.m_dirtySessions.insert(key);
            if (first) {
                lib.m_flushRequester();
            }
            return 0;
        }
        if (!lib.m_store.setSecret(sessionKind, key, *value)) {
            lib.m_sessions.remove(key);
            return SG_ERR_UNKNOWN;
        }
        lib.m_dirtySessions.remove(key);
        lib.m_sessions.insert(key, std::move(value));
        return 0;
    }
    static int containsSession(const signal_protocol_address *address, void *ud)
    {
        signal_buffer *record = nullptr;
        const int found = loadSession(&record, nullptr, address, ud);
        if (record) {
            signal_buffer_bzero_free(record);
        }
        return found == 1 ? 1 : 0;
    }
    static int deleteSession(const signal_protocol_address *address, void *ud)
    {
        Library &lib = self(ud);
        const QString key = sessionKey(addressName(address), address->device_id);
        lib.m_sessions.insert(key, nullptr);
        lib.m_dirtySessions.remove(key);
        return lib.m_store.removeSecret(sessionKind, key) ? 1 : 0;
    }
    static int deleteAllSessions(const char *name, size_t nameLen, void *ud)
    {
        Library &lib = self(ud);
        const QString prefix = QString::fromUtf8(name, qsizetype(nameLen)) + u':';
        int removed = 0;
        for (const QString &key : lib.m_store.secretNames(sessionKind)) {
            if (key.startsWith(prefix) && lib.m_store.removeSecret(sessionKind, key)) {
                lib.m_sessions.insert(key, nullptr);
                lib.m_dirtySessions.remove(key);
                ++removed;
            }
        }
        return removed;
    }

    // --- pre-keys
    static int loadPreKey(signal_buffer **record, uint32_t id, void *ud)
    {
        std::optional<crypto::SecretBytes> stored = self(ud).m_store.secret(preKeyKind, QString::number(id));
        if (!stored) {
            return SG_ERR_INVALID_KEY_ID;
        }
        *record = bufferOf(stored->view());
        return *record ? SG_SUCCESS : SG_ERR_NOMEM;
    }
    static int storePreKey(uint32_t id, uint8_t *record, size_t len, void *ud)
    {
        Library &lib = self(ud);
        if (!lib.m_store.setSecret(
                preKeyKind, QString::number(id), crypto::SecretBytes(QByteArrayView(record, qsizetype(len))))) {
            return SG_ERR_UNKNOWN;
        }
        lib.m_preKeys.insert(id);
        return 0;
    }
    static int containsPreKey(uint32_t id, void *ud) { return self(ud).m_preKeys.contains(id) ? 1 : 0; }
    static int removePreKey(uint32_t id, void *ud)
    {
        Library &lib = self(ud);
        lib.m_store.removeSecret(preKeyKind, QString::number(id));
        lib.m_preKeys.remove(id);
        lib.m_usedPreKeys.insert(id);
        return 0;
    }

    // --- signed pre-keys
    static int loadSignedPreKey(signal_buffer **record, uint32_t id, void *ud)
    {
        // Cached: every pre-key message of a catch-up asks for it again.
        Library &lib = self(ud);
        auto it = lib.m_signedPreKeys.constFind(id);
        if (it == lib.m_signedPreKeys.constEnd()) {
            std::optional<crypto::SecretBytes> stored = lib.m_store.secret(signedPreKeyKind, QString::number(id));
            if (!stored) {
                return SG_ERR_INVALID_KEY_ID;
            }
            it = lib.m_signedPreKeys.insert(id, std::make_shared<crypto::SecretBytes>(std::move(*stored)));
        }
        *record = bufferOf(it.value()->view());
        return *record ? SG_SUCCESS : SG_ERR_NOMEM;
    }
    static int storeSignedPreKey(uint32_t id, uint8_t *record, size_t len, void *ud)
    {
        Library &lib = self(ud);
        lib.m_signedPreKeys.remove(id);
        return lib.m_store.setSecret(
                   signedPreKeyKind, QString::number(id), crypto::SecretBytes(QByteArrayView(record, qsizetype(len))))
            ? 0
            : SG_ERR_UNKNOWN;
    }
    static int containsSignedPreKey(uint32_t id, void *ud)
    {
        return self(ud).m_store.secretNames(signedPreKeyKind).contains(QString::number(id)) ? 1 : 0;
    }
    static int removeSignedPreKey(uint32_t id, void *ud)
    {
        self(ud).m_signedPreKeys.remove(id);
        self(ud).m_store.removeSecret(signedPreKeyKind, QString::number(id));
        return 0;
    }

    // --- identity
    static int identityKeyPair(signal_buffer **publicData, signal_buffer **privateData, void *ud)
    {
        Library &lib = self(ud);
        Ref<ratchet_identity_key_pair> pair;
        if (ratchet_identity_key_pair_deserialize(
                pair.out(), lib.m_own.identityPrivate.bytes(), size_t(lib.m_own.identityPrivate.size()), lib.m_context)
            < 0) {
            return SG_ERR_UNKNOWN;
        }
        if (ec_public_key_serialize(publicData, ratchet_identity_key_pair_get_public(pair.get())) < 0
            || ec_private_key_serialize(privateData, ratchet_identity_key_pair_get_private(pair.get())) < 0) {
            return SG_ERR_UNKNOWN;
        }
        return 0;
    }
    static int registrationId(void *ud, uint32_t *id)
    {
        *id = self(ud).m_own.deviceId;
        return 0;
    }
    static int saveIdentity(const signal_protocol_address *address, uint8_t *keyData, size_t keyLen, void *ud)
    {
        // The device records are the manager's; the identity a session was built with is checked there (see
        // OmemoManager::noteIdentity). Nothing to keep here.
        Q_UNUSED(address);
        Q_UNUSED(keyData);
        Q_UNUSED(keyLen);
        Q_UNUSED(ud);
        return 0;
    }
    static int isTrustedIdentity(const signal_protocol_address *, uint8_t *, size_t, void *)
    {
        return 1; // trust is decided per device by OmemoManager before anything is encrypted or shown
    }

    static void log(int level, const char *message, size_t len, void *)
    {
        if (level <= SG_LOG_WARNING) {
            qCInfo(lcOmemoLibrary) << QString::fromUtf8(message, qsizetype(len));
        }
    }
};

Library::Library(E2eKeyStore &store, const Jid &ownJid)
    : m_store(store)
    , m_ownJid(ownJid.bare())
{
    if (signal_context_create(&m_context, this) < 0) {
        m_context = nullptr;
        return;
    }
    signal_context_set_crypto_provider(m_context, &cryptoProvider());
    signal_context_set_log_function(m_context, &Callbacks::log);
    signal_protocol_store_context_create(&m_storeContext, m_context);
    const signal_protocol_session_store sessions { &Callbacks::loadSession, &Callbacks::subDeviceSessions,
        &Callbacks::storeSession, &Callbacks::containsSession, &Callbacks::deleteSession, &Callbacks::deleteAllSessions,
        nullptr, this };
    const signal_protocol_pre_key_store preKeys { &Callbacks::loadPreKey, &Callbacks::storePreKey,
        &Callbacks::containsPreKey, &Callbacks::removePreKey, nullptr, this };
    const signal_protocol_signed_pre_key_store signedPreKeys { &Callbacks::loadSignedPreKey,
        &Callbacks::storeSignedPreKey, &Callbacks::containsSignedPreKey, &Callbacks::removeSignedPreKey, nullptr,
        this };
    const signal_protocol_identity_key_store identity { &Callbacks::identityKeyPair, &Callbacks::registrationId,
        &Callbacks::saveIdentity, &Callbacks::isTrustedIdentity, nullptr, this };
    signal_protocol_store_context_set_session_store(m_storeContext, &sessions);
    signal_protocol_store_context_set_pre_key_store(m_storeContext, &preKeys);
    signal_protocol_store_context_set_signed_pre_key_store(m_storeContext, &signedPreKeys);
    signal_protocol_store_context_set_identity_key_store(m_storeContext, &identity);
}

Library::~Library()
{
    flush();
    if (m_storeContext) {
        signal_protocol_store_context_destroy(m_storeContext);
    }
    if (m_context) {
        signal_context_destroy(m_context);
    }
}

bool Library::flush()
{
    if (m_dirtySessions.isEmpty()) {
        return true;
    }
    std::vector<std::pair<QString, crypto::SecretBytes>> values;
    values.reserve(size_t(m_dirtySessions.size()));
    for (const QString &key : std::as_const(m_dirtySessions)) {
        const auto it = m_sessions.constFind(key);
        if (it != m_sessions.constEnd() && it.value()) {
            values.emplace_back(key, it.value()->clone());
        }
    }
    m_dirtySessions.clear();
    if (!m_store.setSecrets(sessionKind, values)) {
        qCWarning(lcOmemoLibrary) << "OMEMO session states could not be stored";
        for (const auto &entry : values) {
            m_sessions.remove(entry.first); // read again from the store: what it has is what counts
        }
        return false;
    }
    return true;
}

QString Library::addressName(OmemoVersion version, const Jid &jid)
{
    return QString::number(int(version)) + u':' + jid.bareString();
}

QString Library::sessionKey(const QString &addressName, int device)
{
    return addressName + u':' + QString::number(device);
}

QByteArray Library::serialize(const OwnState &state)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << quint8(1) << state.deviceId << state.identityPublic << state.identityPrivate.toByteArray()
           << state.nextPreKeyId << state.signedPreKeyId << state.signedPreKeyCreated.toMSecsSinceEpoch();
    return out;
}

std::optional<Library::OwnState> Library::deserialize(const crypto::SecretBytes &blob)
{
    QByteArray data = blob.toByteArray();
    QDataStream stream(data);
    stream.setVersion(QDataStream::Qt_6_4);
    quint8 format = 0;
    OwnState state;
    QByteArray privatePair;
    qint64 created = 0;
    stream >> format >> state.deviceId >> state.identityPublic >> privatePair >> state.nextPreKeyId
        >> state.signedPreKeyId >> created;
    if (stream.status() != QDataStream::Ok || format != 1 || state.deviceId == 0 || privatePair.isEmpty()) {
        data.fill('\0');
        return std::nullopt;
    }
    state.identityPrivate = crypto::SecretBytes(privatePair);
    privatePair.fill('\0');
    data.fill('\0');
    state.signedPreKeyCreated = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
    return state;
}

bool Library::saveOwn()
{
    QByteArray blob = serialize(m_own);
    const bool ok = m_store.setSecret(ownKind, QString(), crypto::SecretBytes(blob));
    blob.fill('\0');
    return ok;
}

bool Library::open(QString *error)
{
    if (m_open) {
        return true;
    }
    if (!m_context || !m_storeContext) {
        return setError(error, QCoreApplication::translate("balcony::omemo", "The OMEMO library could not start."));
    }
    if (!m_store.isUnlocked()) {
        return setError(error, QCoreApplication::translate("balcony::omemo", "The encryption keys are locked."));
    }
    if (const std::optional<crypto::SecretBytes> blob = m_store.secret(ownKind, QString())) {
        std::optional<OwnState> state = deserialize(*blob);
        if (!state) {
            return setError(
                error, QCoreApplication::translate("balcony::omemo", "The stored OMEMO identity is damaged."));
        }
        m_own = std::move(*state);
    } else if (!makeIdentity(error)) {
        return false;
    }
    m_deviceId = m_own.deviceId;
    m_identityPublic = m_own.identityPublic;
    m_preKeys.clear();
    for (const QString &name : m_store.secretNames(preKeyKind)) {
        m_preKeys.insert(name.toUInt());
    }
    m_open = true;
    replenishPreKeys();
    return true;
}

bool Library::makeIdentity(QString *error)
{
    Ref<ratchet_identity_key_pair> pair;
    uint32_t deviceId = 0;
    Buffer serializedPair(true);
    Buffer publicKey;
    if (signal_protocol_key_helper_generate_identity_key_pair(pair.out(), m_context) < 0
        || signal_protocol_key_helper_generate_registration_id(&deviceId, 1, m_context) < 0
        || ratchet_identity_key_pair_serialize(serializedPair.out(), pair.get()) < 0
        || ec_public_key_serialize(publicKey.out(), ratchet_identity_key_pair_get_public(pair.get())) < 0) {
        return setError(error, QCoreApplication::translate("balcony::omemo", "The OMEMO identity could not be made."));
    }
    m_own = OwnState();
    m_own.deviceId = deviceId == 0 ? 1 : (deviceId & 0x7fffffff);
    m_own.identityPublic = publicKey.bytes();
    m_own.identityPrivate = serializedPair.secretBytes();
    m_own.nextPreKeyId = QRandomGenerator::system()->bounded(1u, maxPreKeyId / 2);
    if (!makeSignedPreKey() || !makePreKeys(preKeyTarget) || !saveOwn()) {
        return setError(error, QCoreApplication::translate("balcony::omemo", "The OMEMO keys could not be stored."));
    }
    qCInfo(lcOmemoLibrary) << "made the OMEMO identity of device" << m_own.deviceId;
    return true;
}

bool Library::makeSignedPreKey()
{
    Ref<ratchet_identity_key_pair> pair;
    if (ratchet_identity_key_pair_deserialize(
            pair.out(), m_own.identityPrivate.bytes(), size_t(m_own.identityPrivate.size()), m_context)
        < 0) {
        return false;
    }
    const quint32 id = (m_own.signedPreKeyId % maxPreKeyId) + 1;
    Ref<session_signed_pre_key> key;
    Buffer serialized(true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (signal_protocol_key_helper_generate_signed_pre_key(
            key.out(), pair.get(), id, uint64_t(now.toMSecsSinceEpoch()), m_context)
            < 0
        || session_signed_pre_key_serialize(serialized.out(), key.get()) < 0
        || !m_store.setSecret(signedPreKeyKind, QString::number(id), serialized.secretBytes())) {
        return false;
    }
    m_own.signedPreKeyId = id;
    m_own.signedPreKeyCreated = now;
    return true;
}

bool Library::makePreKeys(int count)
{
    if (count <= 0) {
        return true;
    }
    signal_protocol_key_helper_pre_key_list_node *head = nullptr;
    if (signal_protocol_key_helper_generate_pre_keys(&head, m_own.nextPreKeyId, unsigned(count), m_context) < 0) {
        return false;
    }
    bool ok = true;
    quint32 last = m_own.nextPreKeyId;
    for (auto *node = head; node; node = signal_protocol_key_helper_key_list_next(node)) {
        session_pre_key *key = signal_protocol_key_helper_key_list_element(node);
        Buffer serialized(true);
        const quint32 id = session_pre_key_get_id(key);
        if (session_pre_key_serialize(serialized.out(), key) < 0
            || !m_store.setSecret(preKeyKind, QString::number(id), serialized.secretBytes())) {
            ok = false;
            break;
        }
        m_preKeys.insert(id);
        last = id;
    }
    signal_protocol_key_helper_key_list_free(head);
    m_own.nextPreKeyId = (last % maxPreKeyId) + 1;
    return ok;
}

bool Library::replenishPreKeys()
{
    if (!m_open || m_preKeys.size() >= preKeyLowWater) {
        return false;
    }
    const bool ok = makePreKeys(preKeyTarget - int(m_preKeys.size()));
    saveOwn();
    return ok;
}

bool Library::rotateSignedPreKey(qint64 maxAgeSeconds)
{
    if (!m_open
        || (m_own.signedPreKeyCreated.isValid()
            && m_own.signedPreKeyCreated.secsTo(QDateTime::currentDateTimeUtc()) < maxAgeSeconds)) {
        return false;
    }
    const quint32 previous = m_own.signedPreKeyId;
    if (!makeSignedPreKey() || !saveOwn()) {
        return false;
    }
    // Keep the previous one (messages in flight were built on it) and drop anything older.
    for (const QString &name : m_store.secretNames(signedPreKeyKind)) {
        const quint32 id = name.toUInt();
        if (id != previous && id != m_own.signedPreKeyId) {
            m_signedPreKeys.remove(id);
            m_store.removeSecret(signedPreKeyKind, name);
        }
    }
    return true;
}

int Library::preKeyCount() const
{
    return int(m_preKeys.size());
}

std::optional<Bundle> Library::ownBundle(OmemoVersion version, QString *error)
{
    if (!m_open) {
        setError(error, QCoreApplication::translate("balcony::omemo", "The encryption keys are locked."));
        return std::nullopt;
    }
    const bool legacy = version == OmemoVersion::Legacy;
    auto publicForm = [legacy](ec_public_key *key) -> QByteArray {
        if (legacy) {
            Buffer out;
            return ec_public_key_serialize(out.out(), key) < 0 ? QByteArray() : out.bytes();
        }
        Buffer out(ec_public_key_get_mont(key));
        return out.bytes();
    };
    Bundle bundle;
    std::optional<crypto::SecretBytes> spkData
        = m_store.secret(signedPreKeyKind, QString::number(m_own.signedPreKeyId));
    Ref<session_signed_pre_key> spk;
    Ref<ratchet_identity_key_pair> pair;
    if (!spkData
        || session_signed_pre_key_deserialize(spk.out(), spkData->bytes(), size_t(spkData->size()), m_context) < 0
        || ratchet_identity_key_pair_deserialize(
               pair.out(), m_own.identityPrivate.bytes(), size_t(m_own.identityPrivate.size()), m_context)
            < 0) {
        setError(error, QCoreApplication::translate("balcony::omemo", "The own OMEMO keys could not be read."));
        return std::nullopt;
    }
    bundle.signedPreKeyId = m_own.signedPreKeyId;
    bundle.signedPreKey = publicForm(ec_key_pair_get_public(session_signed_pre_key_get_key_pair(spk.get())));
    if (legacy) {
        bundle.signature = QByteArray(reinterpret_cast<const char *>(session_signed_pre_key_get_signature(spk.get())),
            qsizetype(session_signed_pre_key_get_signature_len(spk.get())));
        bundle.identityKey = m_own.identityPublic;
    } else {
        bundle.signature
            = QByteArray(reinterpret_cast<const char *>(session_signed_pre_key_get_signature_omemo(spk.get())),
                qsizetype(session_signed_pre_key_get_signature_omemo_len(spk.get())));
        Buffer ed(ec_public_key_get_ed(ratchet_identity_key_pair_get_public(pair.get())));
        bundle.identityKey = ed.bytes();
    }
    for (const quint32 id : std::as_const(m_preKeys)) {
        std::optional<crypto::SecretBytes> data = m_store.secret(preKeyKind, QString::number(id));
        Ref<session_pre_key> key;
        if (!data || session_pre_key_deserialize(key.out(), data->bytes(), size_t(data->size()), m_context) < 0) {
            continue;
        }
        bundle.preKeys.insert(id, publicForm(ec_key_pair_get_public(session_pre_key_get_key_pair(key.get()))));
    }
    m_usedPreKeys.clear();
    if (bundle.signedPreKey.isEmpty() || bundle.signature.size() != 64 || bundle.identityKey.isEmpty()
        || bundle.preKeys.isEmpty()) {
        setError(error, QCoreApplication::translate("balcony::omemo", "The own OMEMO keys could not be read."));
        return std::nullopt;
    }
    return bundle;
}

bool Library::hasSession(OmemoVersion version, const Jid &jid, quint32 device) const
{
    const QByteArray name = addressName(version, jid).toUtf8();
    const signal_protocol_address address { name.constData(), size_t(name.size()), int32_t(device) };
    return Callbacks::containsSession(&address, const_cast<Library *>(this)) == 1;
}

void Library::deleteSession(OmemoVersion version, const Jid &jid, quint32 device)
{
    const QByteArray name = addressName(version, jid).toUtf8();
    const signal_protocol_address address { name.constData(), size_t(name.size()), int32_t(device) };
    Callbacks::deleteSession(&address, this);
}

std::optional<QByteArray> Library::buildSession(
    OmemoVersion version, const Jid &jid, quint32 device, const Bundle &bundle, QString *error)
{
    if (!m_open || bundle.preKeys.isEmpty()) {
        setError(error, QCoreApplication::translate("balcony::omemo", "The key bundle has no usable pre-key."));
        return std::nullopt;
    }
    const bool legacy = version == OmemoVersion::Legacy;
    auto decode = [&](const QByteArray &data, bool identity) -> ec_public_key * {
        ec_public_key *key = nullptr;
        const auto *bytes = reinterpret_cast<const uint8_t *>(data.constData());
        const int rc = legacy ? curve_decode_point(&key, bytes, size_t(data.size()), m_context)
            : identity        ? curve_decode_point_ed(&key, bytes, size_t(data.size()), m_context)
                              : curve_decode_point_mont(&key, bytes, size_t(data.size()), m_context);
        return rc < 0 ? nullptr : key;
    };
    const QList<quint32> ids = bundle.preKeys.keys();
    const quint32 preKeyId = ids.at(QRandomGenerator::system()->bounded(qsizetype(ids.size())));
    Ref<ec_public_key> identity(decode(bundle.identityKey, true));
    Ref<ec_public_key> signedPreKey(decode(bundle.signedPreKey, false));
    Ref<ec_public_key> preKey(decode(bundle.preKeys.value(preKeyId), false));
    if (!identity.get() || !signedPreKey.get() || !preKey.get()) {
        setError(error, QCoreApplication::translate("balcony::omemo", "The key bundle has keys of an unknown type."));
        return std::nullopt;
    }
    Ref<session_pre_key_bundle> preKeyBundle;
    if (session_pre_key_bundle_create(preKeyBundle.out(), device, 0, preKeyId, preKey.get(), bundle.signedPreKeyId,
            signedPreKey.get(), reinterpret_cast<const uint8_t *>(bundle.signature.constData()),
            size_t(bundle.signature.size()), identity.get())
        < 0) {
        setError(error, QCoreApplication::translate("balcony::omemo", "The key bundle could not be used."));
        return std::nullopt;
    }
    const QByteArray name = addressName(version, jid).toUtf8();
    const signal_protocol_address address { name.constData(), size_t(name.size()), int32_t(device) };
    session_builder *builder = nullptr;
    if (session_builder_create(&builder, m_storeContext, &address, m_context) < 0) {
        setError(error, QCoreApplication::translate("balcony::omemo", "The OMEMO library failed."));
        return std::nullopt;
    }
    session_builder_set_version(builder, legacy ? CIPHERTEXT_CURRENT_VERSION : CIPHERTEXT_OMEMO_VERSION);
    m_writeThrough = true;
    const int rc = session_builder_process_pre_key_bundle(builder, preKeyBundle.get());
    m_writeThrough = false;
    session_builder_free(builder);
    if (rc < 0) {
        setError(error, libraryError(rc));
        return std::nullopt;
    }
    Buffer identityForm;
    if (ec_public_key_serialize(identityForm.out(), identity.get()) < 0) {
        return std::nullopt;
    }
    return identityForm.bytes();
}

std::optional<KeyEntry> Library::encryptKey(
    OmemoVersion version, const Jid &jid, quint32 device, QByteArrayView keyMaterial, QString *error)
{
    const QByteArray name = addressName(version, jid).toUtf8();
    const signal_protocol_address address { name.constData(), size_t(name.size()), int32_t(device) };
    session_cipher *cipher = nullptr;
    if (!m_open || session_cipher_create(&cipher, m_storeContext, &address, m_context) < 0) {
        setError(error, QCoreApplication::translate("balcony::omemo", "The OMEMO library failed."));
        return std::nullopt;
    }
    session_cipher_set_version(
        cipher, version == OmemoVersion::Legacy ? CIPHERTEXT_CURRENT_VERSION : CIPHERTEXT_OMEMO_VERSION);
    Ref<ciphertext_message> message;
    // A sending chain step is stored before the ciphertext leaves (never the same message key twice after a crash),
    // together with whatever decryption left pending.
    flush();
    m_writeThrough = true;
    const int rc = session_cipher_encrypt(
        cipher, reinterpret_cast<const uint8_t *>(keyMaterial.data()), size_t(keyMaterial.size()), message.out());
    m_writeThrough = false;
    session_cipher_free(cipher);
    if (rc < 0) {
        setError(error, libraryError(rc));
        return std::nullopt;
    }
    signal_buffer *serialized = ciphertext_message_get_serialized(message.get());
    KeyEntry entry;
    entry.jid = version == OmemoVersion::V2 ? jid.bare() : Jid();
    entry.rid = device;
    entry.preKey = ciphertext_message_get_type(message.get()) == CIPHERTEXT_PREKEY_TYPE;
    entry.data = QByteArray(
        reinterpret_cast<const char *>(signal_buffer_data(serialized)), qsizetype(signal_buffer_len(serialized)));
    return entry;
}

std::optional<Library::Decrypted> Library::decryptKey(
    OmemoVersion version, const Jid &jid, quint32 device, const KeyEntry &key, QString *error, DecryptError *kind)
{
    auto failWith = [&](int rc) -> std::optional<Decrypted> {
        setError(error, libraryError(rc));
        if (kind) {
            *kind = rc == SG_ERR_NO_SESSION      ? DecryptError::NoSession
                : rc == SG_ERR_DUPLICATE_MESSAGE ? DecryptError::Duplicate
                : rc == SG_ERR_INVALID_KEY_ID    ? DecryptError::UnknownPreKey
                : (rc == SG_ERR_INVALID_MAC || rc == SG_ERR_INVALID_MESSAGE || rc == SG_ERR_INVALID_PROTO_BUF
                      || rc == SG_ERR_INVALID_KEY || rc == SG_ERR_LEGACY_MESSAGE || rc == SG_ERR_INVALID_VERSION)
                ? DecryptError::Invalid
                : DecryptError::Other;
        }
        return std::nullopt;
    };
    if (!m_open) {
        return failWith(SG_ERR_UNKNOWN);
    }
    const bool legacy = version == OmemoVersion::Legacy;
    const QByteArray name = addressName(version, jid).toUtf8();
    const signal_protocol_address address { name.constData(), size_t(name.size()), int32_t(device) };
    session_cipher *cipher = nullptr;
    if (session_cipher_create(&cipher, m_storeContext, &address, m_context) < 0) {
        return failWith(SG_ERR_UNKNOWN);
    }
    session_cipher_set_version(cipher, legacy ? CIPHERTEXT_CURRENT_VERSION : CIPHERTEXT_OMEMO_VERSION);
    const auto *data = reinterpret_cast<const uint8_t *>(key.data.constData());
    const auto size = size_t(key.data.size());
    Buffer plaintext(true);
    Decrypted result;
    int rc = 0;
    if (key.preKey) {
        Ref<pre_key_signal_message> message;
        rc = legacy ? pre_key_signal_message_deserialize(message.out(), data, size, m_context)
                    : pre_key_signal_message_deserialize_omemo(message.out(), data, size, device, m_context);
        if (rc >= 0) {
            Buffer identity;
            if (ec_public_key_serialize(identity.out(), pre_key_signal_message_get_identity_key(message.get())) >= 0) {
                result.identityKey = identity.bytes();
            }
            rc = session_cipher_decrypt_pre_key_signal_message(cipher, message.get(), nullptr, plaintext.out());
            result.preKey = true;
        }
    } else {
        Ref<signal_message> message;
        rc = legacy ? signal_message_deserialize(message.out(), data, size, m_context)
                    : signal_message_deserialize_omemo(message.out(), data, size, m_context);
        if (rc >= 0) {
            rc = session_cipher_decrypt_signal_message(cipher, message.get(), nullptr, plaintext.out());
        }
    }
    session_cipher_free(cipher);
    if (rc < 0) {
        return failWith(rc);
    }
    result.keyMaterial = plaintext.secretBytes();
    if (result.preKey) {
        replenishPreKeys();
    }
    return result;
}

} // namespace balcony::omemo
