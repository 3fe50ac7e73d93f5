#pragma once

#include "core/Element.h"
#include "core/Jid.h"
#include "crypto/SigningKey.h"
#include "pubsub/PubSubError.h"
#include "storage/E2eKeyStore.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <future>
#include <optional>

namespace balcony {

class PubSubManager;

// XEP-0189 Public Key Publishing, in its 2007 form (v0.5, contemporary with XEP-0187 v0.5 and XEP-0116
// v0.16): keys are xmldsig <KeyInfo/> items (§2 "Public Key Publication via PEP") in the PEP node
// http://www.xmpp.org/extensions/xep-0189.html#ns, the item id being the SHA-256 of the normalised
// <KeyValue/> (hex). The current XEP-0189 (urn:xmpp:pubkey:2, <pubkey/> with decimal integers) postdates the
// ESession XEPs; no ESession peer reads it, and the ESession identity proof (XEP-0116 §Hiding Bob's Identity)
// carries exactly this <KeyValue/>, so using the same element for publication keeps one format end to end.
//
// The account's own signing key is generated on first use (RSA 3072, PKCS#1 v1.5 with SHA-256 as XEP-0116
// sign_algs), kept sealed in the E2eKeyStore, and published with access_model=open (publish-options; the
// key is what lets anyone check the account's offline ESession options, XEP-0187 §Requesting).
//
// Contacts' keys are fetched from their PEP node and pinned in the store: the first key ever seen for a
// contact is trusted (trust on first use); a different key seen later is stored but NOT trusted until the
// user compares its fingerprint and marks it verified (keyNeedsVerification() tells the UI).
class PublicKeyManager : public QObject {
    Q_OBJECT
public:
    struct FetchResult {
        QList<ContactKey> keys; // every key known for the contact after the fetch, oldest first
        QList<ContactKey> added; // keys seen for the first time in this fetch
        std::optional<PubSubError> error; // the fetch failed (the known keys are still listed)
    };
    using FetchCallback = std::function<void(const FetchResult &result)>;
    // `error` is empty on success, else one translated line.
    using DoneCallback = std::function<void(const QString &error)>;

    PublicKeyManager(PubSubManager &pubsub, E2eKeyStore &store, QObject *parent = nullptr);
    ~PublicKeyManager() override;

    static QString node(); // http://www.xmpp.org/extensions/xep-0189.html#ns
    static QString xmldsigNs(); // http://www.w3.org/2000/09/xmldsig#

    // The account's signing key, generated (RSA 3072) and stored on first use. Null while the store is
    // locked or if generation failed (*error says why). The generation (hundreds of milliseconds to seconds)
    // never runs on the calling thread: it runs on a worker (see prepareOwnKey()), and a caller that needs the
    // key before it exists waits for that worker. Callers that can wait asynchronously use prepareOwnKey().
    const crypto::PrivateKey *ownKey(QString *error = nullptr);
    // Makes sure the signing key exists without blocking: `ready` is called (with an empty error) at once if it
    // does, or on this object's thread once the worker generated and stored it, or with the reason it cannot be
    // had (locked store, generation failure).
    void prepareOwnKey(DoneCallback ready);
    // §2: publishes the own public key (generating it first if needed, off this thread).
    void publishOwnKey(DoneCallback callback = {});
    // §3 "Querying for Public Keys": fetches the contact's keys and pins them (see the class comment).
    void fetchKeys(const Jid &contact, FetchCallback callback);

    // The contact's keys the user may rely on (pinned on first use or verified), usable for verification.
    QList<crypto::PublicKey> trustedKeys(const Jid &contact);
    // A contact presented `key` in an encrypted session (XEP-0116 §Verifying Bob's Identity: the key must belong
    // to the contact). A known key is accepted if trusted; an unknown one is pinned if it is the contact's
    // first (trust on first use), else stored for the user to verify (keyNeedsVerification) and refused now.
    bool acceptPeerKey(const Jid &contact, const crypto::PublicKey &key);
    bool markVerified(const Jid &contact, const QByteArray &fingerprint, bool verified = true);

    // <KeyValue><RSAKeyValue><Modulus/><Exponent/></RSAKeyValue></KeyValue> (or DSAKeyValue with P, Q, G, Y)
    // in the xmldsig namespace, Base64 CryptoBinary values.
    static Element keyValue(const crypto::PublicKey &key);
    // <KeyInfo><KeyName>id</KeyName><KeyValue/></KeyInfo>, the published payload.
    static Element keyInfo(const crypto::PublicKey &key);
    // The key in a <KeyInfo/> or <KeyValue/>; nullopt if there is none OpenSSL accepts.
    static std::optional<crypto::PublicKey> parseKey(const Element &element);
    // §2: the item id, lower-case hex SHA-256 of the normalised <KeyValue/> (XEP-0116 normalisation: no
    // namespace declarations, start-end pairs, no whitespace).
    static QString keyId(const crypto::PublicKey &key);

Q_SIGNALS:
    // A contact presented a key that differs from the pinned one: it is not trusted until verified.
    void keyNeedsVerification(const balcony::Jid &contact, const QByteArray &fingerprint);

private:
    // Starts the worker if no key is being generated; the stored or generated key is then taken by
    // finishGeneration() (on this thread).
    void startGeneration();
    void publishKey(const crypto::PrivateKey &key, DoneCallback callback);
    const crypto::PrivateKey *finishGeneration(QString *error);
    // The key from the store, or null (with *error) when locked, unreadable or not there (*missing).
    const crypto::PrivateKey *loadOwnKey(QString *error, bool *missing);

    PubSubManager &m_pubsub;
    E2eKeyStore &m_store;
    std::optional<crypto::PrivateKey> m_ownKey;
    std::future<std::optional<crypto::PrivateKey>> m_generation; // valid while a worker generates the key
    QList<DoneCallback> m_waitingForKey;
};

} // namespace balcony
