// XEP-0189 (v0.5) public key publishing through the scripted server: the own key is generated once and
// kept sealed in the store, published as an xmldsig <KeyInfo/> item with publish-options, and contacts' keys
// are fetched and pinned on first use; a changed key is not trusted until the user verifies it.

#include "ScriptedSession.h"
#include "TestJid.h"
#include "XmlCompare.h"
#include "esession/PublicKeyManager.h"
#include "pubsub/PubSubManager.h"
#include "storage/MemoryE2eKeyStore.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::test;

namespace {

// Keys are expensive to generate: one pair of contact keys for the whole suite.
const crypto::PrivateKey &contactKey(int which)
{
    static const std::optional<crypto::PrivateKey> first
        = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 2048);
    static const std::optional<crypto::PrivateKey> second
        = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 2048);
    return which == 0 ? *first : *second;
}

QByteArray itemsResult(const QList<crypto::PublicKey> &keys)
{
    QByteArray items;
    for (const crypto::PublicKey &key : keys) {
        items += "<item id='" + PublicKeyManager::keyId(key).toUtf8() + "'>"
            + PublicKeyManager::keyInfo(key).toString(u"http://jabber.org/protocol/pubsub"_s).toUtf8() + "</item>";
    }
    return "<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='" + PublicKeyManager::node().toUtf8() + "'>"
        + items + "</items></pubsub>";
}

} // namespace

class TestPublicKeyManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void keyElementsRoundTrip();
    void keyIdIsHashOfNormalisedKeyValue();
    void ownKeyGeneratedOnceAndSealed();
    void lockedStoreHasNoOwnKey();
    void publishesKeyInfoWithOptions();
    void firstKeyIsGeneratedOffTheCallingThread();
    void firstKeyPinnedChangedKeyNotTrusted();
    void fetchErrorKeepsKnownKeys();
    void foreignFormatsIgnored();

private:
    QString expectIq(const QByteArray &expected);

    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<PubSubManager> m_pubsub;
    std::unique_ptr<MemoryE2eKeyStore> m_store;
    std::unique_ptr<PublicKeyManager> m_keys;
};

void TestPublicKeyManager::init()
{
    m_session = std::make_unique<ScriptedSession>();
    m_pubsub = std::make_unique<PubSubManager>(m_session->connection());
    m_store = std::make_unique<MemoryE2eKeyStore>();
    QVERIFY(m_store->unlock("pw"));
    m_keys = std::make_unique<PublicKeyManager>(*m_pubsub, *m_store);
    QVERIFY(m_session->login());
    m_session->takeStanzas();
}

void TestPublicKeyManager::cleanup()
{
    m_keys.reset();
    m_pubsub.reset();
    m_store.reset();
    m_session.reset();
}

QString TestPublicKeyManager::expectIq(const QByteArray &expected)
{
    const QList<Element> written = m_session->takeStanzas();
    if (written.size() != 1) {
        qWarning() << "expected one stanza, got" << written.size();
        return QString();
    }
    Element want = parseFragment(expected);
    want.setAttribute(u"id"_s, written.first().attribute(u"id"));
    if (normalize(want) != normalize(written.first())) {
        qWarning().noquote() << "expected:" << normalize(want) << "\n  actual:" << normalize(written.first());
        return QString();
    }
    return written.first().attribute(u"id");
}

void TestPublicKeyManager::keyElementsRoundTrip()
{
    const crypto::PublicKey key = contactKey(0).publicKey();
    const Element info = PublicKeyManager::keyInfo(key);
    QCOMPARE(info.name(), u"KeyInfo"_s);
    QCOMPARE(info.ns(), u"http://www.w3.org/2000/09/xmldsig#"_s);
    QCOMPARE(info.childText(u"KeyName", PublicKeyManager::xmldsigNs()), PublicKeyManager::keyId(key));
    const Element rsa = info.firstChild(u"KeyValue").firstChild(u"RSAKeyValue");
    QCOMPARE(QByteArray::fromBase64(rsa.childText(u"Exponent").toLatin1()), QByteArray("\x01\x00\x01", 3));
    QCOMPARE(QByteArray::fromBase64(rsa.childText(u"Modulus").toLatin1()).size(), 256);
    QCOMPARE(PublicKeyManager::parseKey(info), key);
    QCOMPARE(PublicKeyManager::parseKey(info.firstChild(u"KeyValue")), key);
    QVERIFY(!PublicKeyManager::parseKey(Element(u"KeyInfo"_s, PublicKeyManager::xmldsigNs())));
    Element wrongNs = parseFragment("<KeyValue xmlns='urn:other'><RSAKeyValue><Modulus>AQAB</Modulus>"
                                    "<Exponent>AQAB</Exponent></RSAKeyValue></KeyValue>");
    QVERIFY(!PublicKeyManager::parseKey(wrongNs));
    // A short modulus is refused by crypto::PublicKey::fromRsa.
    Element weak = parseFragment("<KeyValue xmlns='http://www.w3.org/2000/09/xmldsig#'><RSAKeyValue>"
                                 "<Modulus>wQ==</Modulus><Exponent>AQAB</Exponent></RSAKeyValue></KeyValue>");
    QVERIFY(!PublicKeyManager::parseKey(weak));
}

void TestPublicKeyManager::keyIdIsHashOfNormalisedKeyValue()
{
    const crypto::PublicKey key = contactKey(0).publicKey();
    const QList<QByteArray> c = key.components();
    QCOMPARE(c.size(), 2);
    // Written out by hand from XEP-0189 §2 + XEP-0116's normalisation, not by the code under test.
    const QByteArray normalised = "<KeyValue><RSAKeyValue><Modulus>" + c[0].toBase64() + "</Modulus><Exponent>"
        + c[1].toBase64() + "</Exponent></RSAKeyValue></KeyValue>";
    QCOMPARE(PublicKeyManager::keyId(key),
        QString::fromLatin1(QCryptographicHash::hash(normalised, QCryptographicHash::Sha256).toHex()));
}

void TestPublicKeyManager::ownKeyGeneratedOnceAndSealed()
{
    QString error;
    const crypto::PrivateKey *key = m_keys->ownKey(&error);
    QVERIFY2(key, qPrintable(error));
    QCOMPARE(key->algorithm(), crypto::SignatureAlgorithm::RsaSha256);
    QCOMPARE(key->publicKey().components().constFirst().size(), 384); // RSA 3072
    QVERIFY(m_store->ownKey());
    QCOMPARE(m_keys->ownKey(), key); // cached

    // Another manager on the same store (the next run of the program) loads the same key.
    PublicKeyManager again(*m_pubsub, *m_store);
    QVERIFY(again.ownKey());
    QCOMPARE(again.ownKey()->publicKey(), key->publicKey());
    const QByteArray signature = again.ownKey()->sign("message");
    QVERIFY(key->publicKey().verify("message", signature));
}

void TestPublicKeyManager::lockedStoreHasNoOwnKey()
{
    MemoryE2eKeyStore locked;
    PublicKeyManager keys(*m_pubsub, locked);
    QString error;
    QVERIFY(!keys.ownKey(&error));
    QVERIFY(!error.isEmpty());
    QString published = u"not called"_s;
    keys.publishOwnKey([&](const QString &e) { published = e; });
    QCOMPARE(published, error);
    QVERIFY(m_session->takeStanzas().isEmpty()); // nothing was sent
}

void TestPublicKeyManager::publishesKeyInfoWithOptions()
{
    QString result = u"not called"_s;
    m_keys->publishOwnKey([&](const QString &error) { result = error; });
    const crypto::PublicKey key = m_keys->ownKey()->publicKey();
    const QByteArray expected = "<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='"
        + PublicKeyManager::node().toUtf8() + "'><item id='" + PublicKeyManager::keyId(key).toUtf8() + "'>"
        + PublicKeyManager::keyInfo(key).toString(u"http://jabber.org/protocol/pubsub"_s).toUtf8()
        + "</item></publish><publish-options><x xmlns='jabber:x:data' type='submit'>"
          "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#publish-options</value>"
          "</field><field var='pubsub#access_model' type='list-single'><value>open</value></field></x>"
          "</publish-options></pubsub></iq>";
    const QString id = expectIq(expected);
    QVERIFY(!id.isEmpty());
    QCOMPARE(result, u"not called"_s);
    m_session->inject("<iq type='result' id='" + id.toUtf8() + "'/>");
    QCOMPARE(result, QString());
}

void TestPublicKeyManager::firstKeyIsGeneratedOffTheCallingThread()
{
    // Issue 12: RSA 3072 generation takes from hundreds of milliseconds to seconds; on the desktop's UI thread
    // it froze the window. publishOwnKey() returns before the key exists, the event loop turns while a worker
    // generates it, and the key is stored and published afterwards, on this thread.
    QString result = u"not called"_s;
    int turnsWhileGenerating = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        if (!m_store->ownKey()) {
            ++turnsWhileGenerating;
        }
    });
    heartbeat.start(0);
    m_keys->publishOwnKey([&](const QString &error) { result = error; });
    QVERIFY(!m_store->ownKey()); // nothing generated on this thread
    QVERIFY(m_session->takeStanzas().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_store->ownKey().has_value(), 60000);
    heartbeat.stop();
    QVERIFY(turnsWhileGenerating > 0);
    const QList<Element> written = m_session->takeStanzas();
    QCOMPARE(written.size(), 1);
    const Element publish = written.first().firstChild(u"pubsub").firstChild(u"publish");
    QCOMPARE(publish.attribute(u"node"), PublicKeyManager::node());
    QCOMPARE(publish.firstChild(u"item").attribute(u"id"), PublicKeyManager::keyId(m_keys->ownKey()->publicKey()));
    m_session->inject("<iq type='result' id='" + written.first().attribute(u"id").toUtf8() + "'/>");
    QCOMPARE(result, QString());
}

void TestPublicKeyManager::firstKeyPinnedChangedKeyNotTrusted()
{
    const Jid bob = jid(u"bob@example.com"_s);
    const crypto::PublicKey first = contactKey(0).publicKey();
    const crypto::PublicKey second = contactKey(1).publicKey();
    QSignalSpy needsVerification(m_keys.get(), &PublicKeyManager::keyNeedsVerification);

    std::optional<PublicKeyManager::FetchResult> result;
    m_keys->fetchKeys(jid(u"bob@example.com/laptop"_s), [&](const auto &r) { result = r; });
    QString id = expectIq("<iq type='get' to='bob@example.com'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                          "<items node='"
        + PublicKeyManager::node().toUtf8() + "'/></pubsub></iq>");
    QVERIFY(!id.isEmpty());
    m_session->inject(
        "<iq type='result' from='bob@example.com' id='" + id.toUtf8() + "'>" + itemsResult({ first }) + "</iq>");
    QVERIFY(result);
    QVERIFY(!result->error);
    QCOMPARE(result->added.size(), 1);
    QVERIFY(result->added.first().pinned);
    QCOMPARE(result->added.first().fingerprint, first.fingerprint());
    QCOMPARE(m_keys->trustedKeys(bob), QList<crypto::PublicKey> { first });
    QCOMPARE(needsVerification.count(), 0);

    // Bob (or someone in his server's place) now presents another key as well.
    result.reset();
    m_keys->fetchKeys(bob, [&](const auto &r) { result = r; });
    id = m_session->takeStanzas().value(0).attribute(u"id");
    m_session->inject("<iq type='result' from='bob@example.com' id='" + id.toUtf8() + "'>"
        + itemsResult({ second, first }) + "</iq>");
    QVERIFY(result);
    QCOMPARE(result->keys.size(), 2);
    QCOMPARE(result->added.size(), 1);
    QVERIFY(!result->added.first().isTrusted());
    QCOMPARE(needsVerification.count(), 1);
    QCOMPARE(needsVerification.first().at(1).toByteArray(), second.fingerprint());
    QCOMPARE(m_keys->trustedKeys(bob), QList<crypto::PublicKey> { first });

    QVERIFY(m_keys->markVerified(bob, second.fingerprint()));
    QCOMPARE(m_keys->trustedKeys(bob).size(), 2);
    QVERIFY(!m_keys->markVerified(bob, "unknown"));
}

void TestPublicKeyManager::fetchErrorKeepsKnownKeys()
{
    const Jid bob = jid(u"bob@example.com"_s);
    const crypto::PublicKey first = contactKey(0).publicKey();
    QVERIFY(m_store->addContactKey(bob, first.toDer(), first.fingerprint(), KeySource::Manual));
    std::optional<PublicKeyManager::FetchResult> result;
    m_keys->fetchKeys(bob, [&](const auto &r) { result = r; });
    const QString id = m_session->takeStanzas().value(0).attribute(u"id");
    m_session->inject("<iq type='error' from='bob@example.com' id='" + id.toUtf8()
        + "'><error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    QVERIFY(result);
    QVERIFY(result->error);
    QVERIFY(result->error->isStanzaError(StanzaError::Condition::ItemNotFound));
    QCOMPARE(result->keys.size(), 1);
    QVERIFY(result->added.isEmpty());
}

void TestPublicKeyManager::foreignFormatsIgnored()
{
    std::optional<PublicKeyManager::FetchResult> result;
    m_keys->fetchKeys(jid(u"bob@example.com"_s), [&](const auto &r) { result = r; });
    const QString id = m_session->takeStanzas().value(0).attribute(u"id");
    m_session->inject("<iq type='result' from='bob@example.com' id='" + id.toUtf8()
        + "'><pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='" + PublicKeyManager::node().toUtf8()
        + "'><item id='pgp'><KeyInfo xmlns='http://www.w3.org/2000/09/xmldsig#'><KeyName>pgp</KeyName>"
          "<PGPData><PGPKeyPacket>AAAA</PGPKeyPacket></PGPData></KeyInfo></item></items></pubsub></iq>");
    QVERIFY(result);
    QVERIFY(!result->error);
    QVERIFY(result->keys.isEmpty());
}

QTEST_GUILESS_MAIN(TestPublicKeyManager)
#include "tst_publickeymanager.moc"
