#include "esession/PublicKeyManager.h"

#include "pubsub/NodeConfig.h"
#include "pubsub/PubSubItem.h"
#include "pubsub/PubSubManager.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPointer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

const char *const rsaNames[] = { "Modulus", "Exponent" };
const char *const dsaNames[] = { "P", "Q", "G", "Y" };

} // namespace

PublicKeyManager::PublicKeyManager(PubSubManager &pubsub, E2eKeyStore &store, QObject *parent)
    : QObject(parent)
    , m_pubsub(pubsub)
    , m_store(store)
{
}

PublicKeyManager::~PublicKeyManager()
{
    // A worker still generating is waited for here, before QObject's destructor drops its queued completion.
    if (m_generation.valid()) {
        m_generation.wait();
    }
}

QString PublicKeyManager::node()
{
    return u"http://www.xmpp.org/extensions/xep-0189.html#ns"_s;
}

QString PublicKeyManager::xmldsigNs()
{
    return u"http://www.w3.org/2000/09/xmldsig#"_s;
}

const crypto::PrivateKey *PublicKeyManager::loadOwnKey(QString *error, bool *missing)
{
    *missing = false;
    auto fail = [&](const QString &why) -> const crypto::PrivateKey * {
        if (error) {
            *error = why;
        }
        return nullptr;
    };
    if (!m_store.isUnlocked()) {
        return fail(QCoreApplication::translate("balcony", "The encryption keys are locked."));
    }
    if (const std::optional<crypto::SecretBytes> pkcs8 = m_store.ownKey()) {
        m_ownKey = crypto::PrivateKey::fromPkcs8(*pkcs8);
        if (!m_ownKey) {
            return fail(QCoreApplication::translate("balcony", "The stored signing key cannot be read."));
        }
        return &*m_ownKey;
    }
    *missing = true;
    return nullptr;
}

const crypto::PrivateKey *PublicKeyManager::ownKey(QString *error)
{
    if (m_ownKey) {
        return &*m_ownKey;
    }
    if (!m_generation.valid()) {
        bool missing = false;
        if (const crypto::PrivateKey *key = loadOwnKey(error, &missing); key || !missing) {
            return key;
        }
        startGeneration();
    }
    // Needed now: wait for the worker (the generation itself never runs on this thread).
    return finishGeneration(error);
}

void PublicKeyManager::prepareOwnKey(DoneCallback ready)
{
    if (m_ownKey) {
        ready(QString());
        return;
    }
    if (!m_generation.valid()) {
        QString error;
        bool missing = false;
        if (loadOwnKey(&error, &missing) || !missing) {
            ready(error);
            return;
        }
        startGeneration();
    }
    m_waitingForKey.append(std::move(ready));
}

void PublicKeyManager::startGeneration()
{
    // First use: XEP-0116 requires RSA (PKCS#1 v1.5, SHA-256) support; 3072 bits is the NIST size for keys
    // meant to last past 2030. Finding two 1536-bit primes takes from a few hundred milliseconds to seconds: a
    // worker does it, and tells this thread when it is done (the destructor waits for it, so `this` outlives it).
    m_generation = std::async(std::launch::async, [this] {
        std::optional<crypto::PrivateKey> key
            = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 3072);
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_generation.valid()) {
                    return; // ownKey() took it already
                }
                QString error;
                finishGeneration(&error);
            },
            Qt::QueuedConnection);
        return key;
    });
}

const crypto::PrivateKey *PublicKeyManager::finishGeneration(QString *error)
{
    std::optional<crypto::PrivateKey> generated = m_generation.get();
    QString why;
    if (!generated) {
        why = QCoreApplication::translate("balcony", "A signing key could not be generated.");
    } else if (!m_store.setOwnKey(generated->toPkcs8())) {
        why = QCoreApplication::translate("balcony", "The new signing key could not be stored.");
    } else {
        m_ownKey = std::move(generated);
    }
    for (const DoneCallback &ready : std::exchange(m_waitingForKey, {})) {
        ready(why);
    }
    if (!m_ownKey) {
        if (error) {
            *error = why;
        }
        return nullptr;
    }
    return &*m_ownKey;
}

void PublicKeyManager::publishOwnKey(DoneCallback callback)
{
    const QPointer<PublicKeyManager> self(this);
    prepareOwnKey([self, callback](const QString &error) {
        if (!self) {
            return; // the account is going away
        }
        if (!error.isEmpty() || !self->m_ownKey) {
            if (callback) {
                callback(error);
            }
            return;
        }
        self->publishKey(*self->m_ownKey, callback);
    });
}

void PublicKeyManager::publishKey(const crypto::PrivateKey &key, DoneCallback callback)
{
    const crypto::PublicKey publicKey = key.publicKey();
    PubSubItem item;
    item.id = keyId(publicKey);
    item.payload = keyInfo(publicKey);
    PublishOptions options;
    options.setAccessModel(NodeConfig::AccessModel::Open);
    m_pubsub.publish(Jid(), node(), item, options, [callback](const PubSubManager::PublishResult &result) {
        if (callback) {
            callback(result.error ? result.error->message : QString());
        }
    });
}

void PublicKeyManager::fetchKeys(const Jid &contact, FetchCallback callback)
{
    const Jid bare = contact.bare();
    QPointer<PublicKeyManager> self(this);
    m_pubsub.retrieveItems(
        bare, node(), [self, bare, callback](const QList<PubSubItem> &items, const std::optional<PubSubError> &error) {
            if (!self) {
                return;
            }
            FetchResult result;
            result.error = error;
            if (!error) {
                for (const PubSubItem &item : items) {
                    const std::optional<crypto::PublicKey> key = parseKey(item.payload);
                    if (!key) {
                        continue; // another format (X.509, PGP) or a key OpenSSL refuses: not usable here
                    }
                    const QByteArray fingerprint = key->fingerprint();
                    const QList<ContactKey> before = self->m_store.contactKeys(bare);
                    const bool known = std::any_of(before.cbegin(), before.cend(),
                        [&](const ContactKey &k) { return k.fingerprint == fingerprint; });
                    const std::optional<ContactKey> stored
                        = self->m_store.addContactKey(bare, key->toDer(), fingerprint, KeySource::Xep0189);
                    if (stored && !known) {
                        result.added.append(*stored);
                        if (!stored->isTrusted()) {
                            Q_EMIT self->keyNeedsVerification(bare, fingerprint);
                        }
                    }
                }
            }
            result.keys = self->m_store.contactKeys(bare);
            if (callback) {
                callback(result);
            }
        });
}

bool PublicKeyManager::acceptPeerKey(const Jid &contact, const crypto::PublicKey &key)
{
    const QByteArray fingerprint = key.fingerprint();
    const QList<ContactKey> known = m_store.contactKeys(contact.bare());
    for (const ContactKey &k : known) {
        if (k.fingerprint == fingerprint) {
            return k.isTrusted();
        }
    }
    const std::optional<ContactKey> added
        = m_store.addContactKey(contact.bare(), key.toDer(), fingerprint, KeySource::Esession);
    if (added && !added->isTrusted()) {
        Q_EMIT keyNeedsVerification(contact.bare(), fingerprint);
    }
    return added && added->isTrusted();
}

QList<crypto::PublicKey> PublicKeyManager::trustedKeys(const Jid &contact)
{
    QList<crypto::PublicKey> keys;
    const QList<ContactKey> stored = m_store.contactKeys(contact.bare());
    for (const ContactKey &key : stored) {
        if (!key.isTrusted()) {
            continue;
        }
        if (std::optional<crypto::PublicKey> publicKey = crypto::PublicKey::fromDer(key.der)) {
            keys.append(*publicKey);
        }
    }
    return keys;
}

bool PublicKeyManager::markVerified(const Jid &contact, const QByteArray &fingerprint, bool verified)
{
    return m_store.setKeyVerified(contact.bare(), fingerprint, verified);
}

Element PublicKeyManager::keyValue(const crypto::PublicKey &key)
{
    const bool rsa = key.algorithm() == crypto::SignatureAlgorithm::RsaSha256;
    Element value(u"KeyValue"_s, xmldsigNs());
    Element inner(rsa ? u"RSAKeyValue"_s : u"DSAKeyValue"_s, xmldsigNs());
    const QList<QByteArray> components = key.components();
    for (qsizetype i = 0; i < components.size(); ++i) {
        const char *name = rsa ? rsaNames[std::min<qsizetype>(i, 1)] : dsaNames[std::min<qsizetype>(i, 3)];
        inner.appendTextChild(QString::fromLatin1(name), xmldsigNs(), QString::fromLatin1(components[i].toBase64()));
    }
    value.appendChild(inner);
    return value;
}

Element PublicKeyManager::keyInfo(const crypto::PublicKey &key)
{
    Element info(u"KeyInfo"_s, xmldsigNs());
    // §2: every published <KeyInfo/> MUST carry a <KeyName/>; the item id serves (the XEP allows it).
    info.appendTextChild(u"KeyName"_s, xmldsigNs(), keyId(key));
    info.appendChild(keyValue(key));
    return info;
}

std::optional<crypto::PublicKey> PublicKeyManager::parseKey(const Element &element)
{
    Element value = element;
    if (element.name() == u"KeyInfo"_s) {
        value = element.firstChild(u"KeyValue", xmldsigNs());
    }
    if (value.isNull() || value.name() != u"KeyValue"_s || value.ns() != xmldsigNs()) {
        return std::nullopt;
    }
    auto component = [](const Element &parent, const char *name) {
        return QByteArray::fromBase64(parent.childText(QString::fromLatin1(name), xmldsigNs()).trimmed().toLatin1());
    };
    if (const Element rsa = value.firstChild(u"RSAKeyValue", xmldsigNs()); !rsa.isNull()) {
        return crypto::PublicKey::fromRsa(component(rsa, "Modulus"), component(rsa, "Exponent"));
    }
    if (const Element dsa = value.firstChild(u"DSAKeyValue", xmldsigNs()); !dsa.isNull()) {
        return crypto::PublicKey::fromDsa(
            component(dsa, "P"), component(dsa, "Q"), component(dsa, "G"), component(dsa, "Y"));
    }
    return std::nullopt;
}

QString PublicKeyManager::keyId(const crypto::PublicKey &key)
{
    // Normalised as XEP-0116 §Implementation Notes asks: no namespaces, no whitespace. Base64 needs no escaping.
    const bool rsa = key.algorithm() == crypto::SignatureAlgorithm::RsaSha256;
    const QByteArray innerName = rsa ? "RSAKeyValue" : "DSAKeyValue";
    QByteArray normalised = "<KeyValue><" + innerName + ">";
    const QList<QByteArray> components = key.components();
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QByteArray name = rsa ? rsaNames[std::min<qsizetype>(i, 1)] : dsaNames[std::min<qsizetype>(i, 3)];
        normalised += "<" + name + ">" + components[i].toBase64() + "</" + name + ">";
    }
    normalised += "</" + innerName + "></KeyValue>";
    return QString::fromLatin1(QCryptographicHash::hash(normalised, QCryptographicHash::Sha256).toHex());
}

} // namespace balcony
