// OMEMO (XEP-0384) in both wire formats: the XML (round trips and the bounds on what contacts publish and send),
// the payload ciphers (0.3 AES-GCM, 2 HKDF/AES-CBC/HMAC; tampering detected), two libomemo-c devices talking
// (X3DH from a bundle, pre-key message, replies, a replay, a tampered key, a forged bundle signature), and
// OmemoManager through the scripted server: what it publishes at the session start, a message from another device
// decrypted into the history with its mark, a message sent to a contact's device that the contact's device reads,
// and the failure rows for a message not encrypted for this device and for a broken session (which is healed with
// an empty key-transport message).

#include "ScriptedSession.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "muc/MucManager.h"
#include "omemo/OmemoCrypto.h"
#include "omemo/OmemoElements.h"
#include "omemo/OmemoLibrary.h"
#include "omemo/OmemoManager.h"
#include "pubsub/PubSubManager.h"
#include "storage/ElementXml.h"
#include "storage/MemoryE2eKeyStore.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::test;

namespace {

const Jid alice = Jid::parse(u"alice@example.com"_s).value_or(Jid());
const Jid bob = Jid::parse(u"bob@example.net"_s).value_or(Jid());
const Jid user = Jid::parse(u"user@example.com"_s).value_or(Jid());

// A device of its own: a key store, unlocked, and a library on it.
struct Device {
    explicit Device(const Jid &jid)
        : library(store, jid)
    {
        store.unlock("pw");
        QString error;
        opened = library.open(&error);
    }
    MemoryE2eKeyStore store;
    omemo::Library library;
    bool opened = false;
};

QByteArray decryptPayload(OmemoVersion version, const crypto::SecretBytes &material, const omemo::Encrypted &e)
{
    const std::optional<QByteArray> plain = version == OmemoVersion::Legacy
        ? omemo::decryptLegacy(material.view(), e.iv, *e.payload)
        : omemo::decryptV2(material.view(), *e.payload);
    return plain.value_or(QByteArray());
}

} // namespace

class TestOmemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deviceListRoundTripAndBounds_data();
    void deviceListRoundTripAndBounds();
    void bundleRoundTripAndChecks_data();
    void bundleRoundTripAndChecks();
    void encryptedRoundTripAndBounds_data();
    void encryptedRoundTripAndBounds();
    void payloadCiphers();
    void twoDevicesTalk_data();
    void twoDevicesTalk();
    void forgedBundleSignatureRefused_data();
    void forgedBundleSignatureRefused();
    void identityAndKeysPersistSealed();
    void signedPreKeyRotatesAndTheOldOneStillWorks();

    void managerPublishesDeviceAndBundles();
    void managerDecryptsIncoming_data();
    void managerDecryptsIncoming();
    void managerSendsToContactDevice_data();
    void managerSendsToContactDevice();
    void managerStoresFailureRows();
    void managerDecryptsArchivedCopiesQuietly();
    void madeUpDevicesDoNotGrowTheStore();

    void roomFeaturesDecide();
    void roomMessageForEveryMember_data();
    void roomMessageForEveryMember();
    void roomWithoutTheFeaturesRefused();
    void roomMemberWithoutOmemoRefused();
    void roomMessageFromAnonymousSenderNotDecrypted();
    void roomMemberListIsBounded();

private:
    struct Client {
        std::unique_ptr<ScriptedSession> session;
        std::unique_ptr<PubSubManager> pubsub;
        std::unique_ptr<MemoryHistoryStore> history;
        std::unique_ptr<MemoryOutboxStore> outboxStore;
        std::unique_ptr<Outbox> outbox;
        std::unique_ptr<MessageManager> messages;
        std::unique_ptr<MemoryE2eKeyStore> keys;
        std::unique_ptr<OmemoManager> omemo;
        std::unique_ptr<MucManager> muc;
    };
    // Enters room@conference.example.com as "me" (non-anonymous: status 100), with Bob present as "bob".
    static bool joinRoom(Client &c);
    // Answers what the client asks while it prepares a room message: the room's disco#info (`features`), its
    // owner list (Bob), admin list (forbidden), member list (Carol and ourselves), and device lists and bundles
    // of `devices` (JID → device); other PEP reads get item-not-found. Returns the message it sends, if any.
    struct RoomAnswers {
        QByteArray features = "<feature var='muc_membersonly'/><feature var='muc_nonanonymous'/>";
        QMap<QString, Device *> devices;
        OmemoVersion version = OmemoVersion::V2;
    };
    static void answerRoom(Client &c, const RoomAnswers &answers, const std::function<bool()> &until, Element *sent,
        QStringList *asked = nullptr);
    // A logged-in client whose session start was answered: empty device lists, then the publications.
    // Returns the bundles it published, by format.
    bool startClient(Client &client, QMap<int, omemo::Bundle> *bundles = nullptr);
    static QList<Element> written(ScriptedSession &session);
    static void reply(ScriptedSession &session, const Element &request, const QByteArray &body = {});
};

bool TestOmemo::startClient(Client &c, QMap<int, omemo::Bundle> *bundles)
{
    c.session = std::make_unique<ScriptedSession>();
    c.pubsub = std::make_unique<PubSubManager>(c.session->connection());
    c.history = std::make_unique<MemoryHistoryStore>();
    c.outboxStore = std::make_unique<MemoryOutboxStore>(*c.history);
    c.outbox = std::make_unique<Outbox>(c.session->connection(), *c.outboxStore);
    c.messages = std::make_unique<MessageManager>(c.session->connection(), *c.history, *c.outbox, nullptr);
    c.keys = std::make_unique<MemoryE2eKeyStore>();
    c.keys->unlock("pw");
    c.omemo
        = std::make_unique<OmemoManager>(c.session->connection(), *c.pubsub, *c.messages, *c.outbox, *c.keys, nullptr);
    c.muc = std::make_unique<MucManager>(c.session->connection(), *c.history, *c.outbox, nullptr);
    c.omemo->setMuc(c.muc.get());
    if (!c.session->login()) {
        return false;
    }
    // Both own device lists are read; there are none yet.
    int answered = 0;
    int published = 0;
    QDeadlineTimer deadline(10000);
    while ((answered < 2 || published < 4) && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        for (const Element &stanza : written(*c.session)) {
            const Element pubsub = stanza.firstChild(u"pubsub", u"http://jabber.org/protocol/pubsub");
            if (stanza.name() != u"iq"_s || pubsub.isNull()) {
                continue;
            }
            if (!pubsub.firstChild(u"items").isNull()) {
                c.session->inject("<iq type='error' id='" + stanza.attribute(u"id").toUtf8()
                    + "'><error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                      "</error></iq>");
                ++answered;
            } else if (const Element publish = pubsub.firstChild(u"publish"); !publish.isNull()) {
                const Element payload = publish.firstChild(u"item").childElements().value(0);
                for (const OmemoVersion v : { OmemoVersion::Legacy, OmemoVersion::V2 }) {
                    if (payload.name() == u"bundle"_s && payload.ns() == omemo::xmlns(v) && bundles) {
                        bundles->insert(int(v), omemo::parseBundle(payload, v, nullptr).value_or(omemo::Bundle()));
                    }
                }
                reply(*c.session, stanza);
                ++published;
            }
        }
    }
    return answered == 2 && published == 4 && c.omemo->isPublished();
}

QList<Element> TestOmemo::written(ScriptedSession &session)
{
    QList<Element> out = session.takeStanzas();
    out.removeIf([](const Element &e) { return e.name() == u"iq"_s && e.hasChild(u"ping", u"urn:xmpp:ping"); });
    out.removeIf([](const Element &e) { return e.name() == u"presence"_s; });
    return out;
}

void TestOmemo::reply(ScriptedSession &session, const Element &request, const QByteArray &body)
{
    const QByteArray from
        = request.hasAttribute(u"to") ? QByteArray(" from='" + request.attribute(u"to").toUtf8() + "'") : QByteArray();
    session.inject("<iq type='result' id='" + request.attribute(u"id").toUtf8() + "'" + from + ">" + body + "</iq>");
}

// --- XML

void TestOmemo::deviceListRoundTripAndBounds_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("0.3") << int(OmemoVersion::Legacy);
    QTest::newRow("2") << int(OmemoVersion::V2);
}

void TestOmemo::deviceListRoundTripAndBounds()
{
    QFETCH(int, version);
    const auto v = OmemoVersion(version);
    const QList<omemo::DeviceListEntry> list { { 12345, v == OmemoVersion::V2 ? u"Phone"_s : QString() }, { 7, {} } };
    const Element element = omemo::deviceListElement(list, v);
    QCOMPARE(omemo::parseDeviceList(element, v, nullptr), list);

    // Zero, out-of-range and duplicate ids are skipped; the others stay.
    Element odd = element;
    for (const QString &id : { u"0"_s, u"2147483648"_s, u"x"_s, u"7"_s }) {
        Element device(u"device"_s, omemo::xmlns(v));
        device.setAttribute(u"id"_s, id);
        odd.appendChild(device);
    }
    QCOMPARE(omemo::parseDeviceList(odd, v, nullptr)->size(), 2);

    // 10,000 devices: refused as a whole, with the reason.
    Element huge(element.name(), element.ns());
    for (int i = 1; i <= 10000; ++i) {
        Element device(u"device"_s, omemo::xmlns(v));
        device.setAttribute(u"id"_s, QString::number(i));
        huge.appendChild(device);
    }
    QString error;
    QVERIFY(!omemo::parseDeviceList(huge, v, &error));
    QVERIFY2(error.contains(QString::number(omemo::maxDevices)), qPrintable(error));
    // The other format's element is not a device list of this one.
    QVERIFY(!omemo::parseDeviceList(
        omemo::deviceListElement(list, v == OmemoVersion::V2 ? OmemoVersion::Legacy : OmemoVersion::V2), v, nullptr));
}

void TestOmemo::bundleRoundTripAndChecks_data()
{
    deviceListRoundTripAndBounds_data();
}

void TestOmemo::bundleRoundTripAndChecks()
{
    QFETCH(int, version);
    const auto v = OmemoVersion(version);
    Device device(alice);
    QVERIFY(device.opened);
    const std::optional<omemo::Bundle> bundle = device.library.ownBundle(v, nullptr);
    QVERIFY(bundle);
    QCOMPARE(bundle->preKeys.size(), omemo::Library::preKeyTarget);
    QCOMPARE(bundle->signature.size(), 64);
    QCOMPARE(bundle->identityKey.size(), v == OmemoVersion::Legacy ? 33 : 32);
    const Element element = omemo::bundleElement(*bundle, v);
    QCOMPARE(omemo::parseBundle(element, v, nullptr), bundle);

    // No identity key, a short signature, or no pre-key: refused with a reason.
    for (const QString &drop : { v == OmemoVersion::Legacy ? u"identityKey"_s : u"ik"_s,
             v == OmemoVersion::Legacy ? u"signedPreKeySignature"_s : u"spks"_s, u"prekeys"_s }) {
        Element broken = element;
        broken.removeChildren(drop, element.ns());
        QString error;
        QVERIFY2(!omemo::parseBundle(broken, v, &error), qPrintable(drop));
        QVERIFY(!error.isEmpty());
    }
    // A bundle with thousands of pre-keys keeps at most maxPreKeys of them.
    omemo::Bundle many = *bundle;
    for (quint32 id = 1000; id < 6000; ++id) {
        many.preKeys.insert(id, bundle->preKeys.first());
    }
    QVERIFY(omemo::parseBundle(omemo::bundleElement(many, v), v, nullptr)->preKeys.size() <= omemo::maxPreKeys);
}

void TestOmemo::encryptedRoundTripAndBounds_data()
{
    deviceListRoundTripAndBounds_data();
}

void TestOmemo::encryptedRoundTripAndBounds()
{
    QFETCH(int, version);
    const auto v = OmemoVersion(version);
    omemo::Encrypted encrypted;
    encrypted.version = v;
    encrypted.sid = 4242;
    const Jid jidOf = v == OmemoVersion::V2 ? bob : Jid();
    encrypted.keys = { { jidOf, 1, true, "key-one" }, { jidOf, 2, false, "key-two" } };
    if (v == OmemoVersion::V2) {
        encrypted.keys.append({ alice, 3, false, "own-device" });
    }
    encrypted.iv = v == OmemoVersion::Legacy ? QByteArray(12, 'i') : QByteArray();
    encrypted.payload = QByteArray("ciphertext");
    const Element element = omemo::encryptedElement(encrypted);
    Element message(u"message"_s, u"jabber:client"_s);
    message.appendChild(element);
    QCOMPARE(omemo::findEncrypted(message), element);
    QCOMPARE(omemo::parseEncrypted(element, nullptr), encrypted);

    // A key transport: no payload.
    omemo::Encrypted transport = encrypted;
    transport.payload.reset();
    QCOMPARE(omemo::parseEncrypted(omemo::encryptedElement(transport), nullptr), transport);

    // More than maxKeyElements keys: refused.
    omemo::Encrypted flood = encrypted;
    flood.keys.clear();
    for (quint32 i = 1; i <= quint32(omemo::maxKeyElements) + 1; ++i) {
        flood.keys.append({ jidOf.isNull() ? Jid() : bob, i, false, "k" });
    }
    QString error;
    QVERIFY(!omemo::parseEncrypted(omemo::encryptedElement(flood), &error));
    QVERIFY(error.contains(QString::number(omemo::maxKeyElements)));
    // No sending device: refused.
    Element noSid = element;
    Element header = noSid.firstChild(u"header", element.ns());
    header.removeAttribute(u"sid");
    noSid.removeChildren(u"header", element.ns());
    noSid.appendChild(header);
    QVERIFY(!omemo::parseEncrypted(noSid, nullptr));
}

void TestOmemo::payloadCiphers()
{
    const QByteArray text = "Wherefore art thou, Romeo? ✓";
    std::optional<omemo::LegacyPayload> legacy = omemo::encryptLegacy(text);
    QVERIFY(legacy);
    QCOMPARE(legacy->keyMaterial.size(), 32);
    QCOMPARE(legacy->iv.size(), 12);
    QCOMPARE(omemo::decryptLegacy(legacy->keyMaterial.view(), legacy->iv, legacy->ciphertext), text);
    // The older layout: 16-byte key, the tag after the ciphertext.
    const QByteArray oldPayload = legacy->ciphertext + legacy->keyMaterial.view().sliced(16).toByteArray();
    QCOMPARE(omemo::decryptLegacy(legacy->keyMaterial.view().first(16), legacy->iv, oldPayload), text);
    QByteArray tampered = legacy->ciphertext;
    tampered[0] = char(tampered[0] ^ 1);
    QVERIFY(!omemo::decryptLegacy(legacy->keyMaterial.view(), legacy->iv, tampered));

    std::optional<omemo::V2Payload> v2 = omemo::encryptV2(text);
    QVERIFY(v2);
    QCOMPARE(v2->keyMaterial.size(), 48);
    QCOMPARE(omemo::decryptV2(v2->keyMaterial.view(), v2->ciphertext), text);
    tampered = v2->ciphertext;
    tampered[3] = char(tampered[3] ^ 0x40);
    QVERIFY(!omemo::decryptV2(v2->keyMaterial.view(), tampered));
    QByteArray wrongMac = v2->keyMaterial.toByteArray();
    wrongMac[40] = char(wrongMac[40] ^ 1);
    QVERIFY(!omemo::decryptV2(wrongMac, v2->ciphertext));
}

void TestOmemo::twoDevicesTalk_data()
{
    deviceListRoundTripAndBounds_data();
}

void TestOmemo::twoDevicesTalk()
{
    QFETCH(int, version);
    const auto v = OmemoVersion(version);
    Device a(alice);
    Device b(bob);
    QVERIFY(a.opened && b.opened);
    QVERIFY(a.library.deviceId() != b.library.deviceId());

    // Alice builds a session from Bob's bundle, as it would come off the wire.
    const Element bobBundle = omemo::bundleElement(*b.library.ownBundle(v, nullptr), v);
    QString error;
    const std::optional<QByteArray> bobIdentity
        = a.library.buildSession(v, bob, b.library.deviceId(), *omemo::parseBundle(bobBundle, v, nullptr), &error);
    QVERIFY2(bobIdentity, qPrintable(error));
    QCOMPARE(*bobIdentity, b.library.identityKey());

    // Two messages before Bob answers: both are pre-key messages.
    const crypto::SecretBytes k1 = crypto::SecretBytes::random(32);
    const crypto::SecretBytes k2 = crypto::SecretBytes::random(32);
    std::optional<omemo::KeyEntry> m1 = a.library.encryptKey(v, bob, b.library.deviceId(), k1.view(), &error);
    std::optional<omemo::KeyEntry> m2 = a.library.encryptKey(v, bob, b.library.deviceId(), k2.view(), &error);
    QVERIFY(m1 && m2);
    QVERIFY(m1->preKey && m2->preKey);
    const int preKeysBefore = b.library.preKeyCount();

    std::optional<omemo::Library::Decrypted> d1 = b.library.decryptKey(v, alice, a.library.deviceId(), *m1, &error);
    QVERIFY2(d1, qPrintable(error));
    QVERIFY(d1->preKey);
    QCOMPARE(d1->keyMaterial.toByteArray(), k1.toByteArray());
    QCOMPARE(d1->identityKey, a.library.identityKey());
    QCOMPARE(b.library.preKeyCount(), preKeysBefore - 1); // the used pre-key is gone...
    QVERIFY(b.library.bundleOutdated()); // ...and the published bundle must be replaced
    std::optional<omemo::Library::Decrypted> d2 = b.library.decryptKey(v, alice, a.library.deviceId(), *m2, &error);
    QVERIFY2(d2, qPrintable(error));
    QCOMPARE(d2->keyMaterial.toByteArray(), k2.toByteArray());

    // A replay of the first pre-key message: refused as a duplicate.
    omemo::Library::DecryptError kind = omemo::Library::DecryptError::None;
    QVERIFY(!b.library.decryptKey(v, alice, a.library.deviceId(), *m1, &error, &kind));
    QCOMPARE(kind, omemo::Library::DecryptError::Duplicate);

    // Bob answers: a normal message, and Alice's next ones are normal too.
    const crypto::SecretBytes k3 = crypto::SecretBytes::random(32);
    std::optional<omemo::KeyEntry> m3 = b.library.encryptKey(v, alice, a.library.deviceId(), k3.view(), &error);
    QVERIFY(m3 && !m3->preKey);
    std::optional<omemo::Library::Decrypted> d3 = a.library.decryptKey(v, bob, b.library.deviceId(), *m3, &error);
    QVERIFY2(d3, qPrintable(error));
    QCOMPARE(d3->keyMaterial.toByteArray(), k3.toByteArray());
    std::optional<omemo::KeyEntry> m4 = a.library.encryptKey(v, bob, b.library.deviceId(), k1.view(), &error);
    QVERIFY(m4 && !m4->preKey);

    // A tampered key: refused as invalid, and the session still reads the untampered one.
    omemo::KeyEntry bad = *m4;
    bad.data[bad.data.size() - 3] = char(bad.data[bad.data.size() - 3] ^ 0x10);
    QVERIFY(!b.library.decryptKey(v, alice, a.library.deviceId(), bad, &error, &kind));
    QCOMPARE(kind, omemo::Library::DecryptError::Invalid);
    QVERIFY(b.library.decryptKey(v, alice, a.library.deviceId(), *m4, &error));

    // A message from a device Bob has no session with: no session.
    Device c(alice);
    QVERIFY(!b.library.decryptKey(v, alice, c.library.deviceId(), *m4, &error, &kind));
    QCOMPARE(kind, omemo::Library::DecryptError::NoSession);
}

void TestOmemo::forgedBundleSignatureRefused_data()
{
    deviceListRoundTripAndBounds_data();
}

void TestOmemo::forgedBundleSignatureRefused()
{
    QFETCH(int, version);
    const auto v = OmemoVersion(version);
    Device a(alice);
    Device b(bob);
    omemo::Bundle bundle = *b.library.ownBundle(v, nullptr);
    bundle.signature[10] = char(bundle.signature[10] ^ 1);
    QString error;
    QVERIFY(!a.library.buildSession(v, bob, b.library.deviceId(), bundle, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!a.library.hasSession(v, bob, b.library.deviceId()));
    // Another device's identity with this signed pre-key: refused too.
    Device c(bob);
    omemo::Bundle swapped = *b.library.ownBundle(v, nullptr);
    swapped.identityKey = c.library.ownBundle(v, nullptr)->identityKey;
    QVERIFY(!a.library.buildSession(v, bob, b.library.deviceId(), swapped, &error));
}

void TestOmemo::identityAndKeysPersistSealed()
{
    MemoryE2eKeyStore store;
    QVERIFY(store.unlock("pw"));
    quint32 id = 0;
    QByteArray identity;
    {
        omemo::Library library(store, alice);
        QVERIFY(library.open(nullptr));
        id = library.deviceId();
        identity = library.identityKey();
    }
    QVERIFY(store.secretNames(u"omemo-prekey"_s).size() == omemo::Library::preKeyTarget);
    omemo::Library again(store, alice);
    QVERIFY(again.open(nullptr));
    QCOMPARE(again.deviceId(), id);
    QCOMPARE(again.identityKey(), identity);

    // Locked: nothing opens.
    MemoryE2eKeyStore locked;
    omemo::Library none(locked, alice);
    QString error;
    QVERIFY(!none.open(&error));
    QVERIFY(!error.isEmpty());
}

void TestOmemo::signedPreKeyRotatesAndTheOldOneStillWorks()
{
    Device a(alice);
    Device b(bob);
    const omemo::Bundle before = *b.library.ownBundle(OmemoVersion::Legacy, nullptr);
    QVERIFY(!b.library.rotateSignedPreKey(3600)); // young: kept
    // Alice builds a session on the current signed pre-key; Bob rotates before her message arrives.
    QString error;
    QVERIFY(a.library.buildSession(OmemoVersion::Legacy, bob, b.library.deviceId(), before, &error));
    const crypto::SecretBytes key = crypto::SecretBytes::random(32);
    const std::optional<omemo::KeyEntry> message
        = a.library.encryptKey(OmemoVersion::Legacy, bob, b.library.deviceId(), key.view(), &error);
    QVERIFY(message);
    QVERIFY(b.library.rotateSignedPreKey(0));
    const omemo::Bundle after = *b.library.ownBundle(OmemoVersion::Legacy, nullptr);
    QVERIFY(after.signedPreKeyId != before.signedPreKeyId);
    QVERIFY(after.signedPreKey != before.signedPreKey);
    // The message built on the previous one still decrypts.
    const auto decrypted = b.library.decryptKey(OmemoVersion::Legacy, alice, a.library.deviceId(), *message, &error);
    QVERIFY2(decrypted, qPrintable(error));
    QCOMPARE(decrypted->keyMaterial.toByteArray(), key.toByteArray());
    // A second rotation drops the oldest.
    QVERIFY(b.library.rotateSignedPreKey(0));
    QCOMPARE(b.store.secretNames(u"omemo-spk"_s).size(), 2);
}

// --- OmemoManager on the scripted server

void TestOmemo::managerPublishesDeviceAndBundles()
{
    Client c;
    QMap<int, omemo::Bundle> bundles;
    QVERIFY(startClient(c, &bundles));
    QCOMPARE(bundles.size(), 2);
    QCOMPARE(bundles.value(int(OmemoVersion::Legacy)).preKeys.size(), omemo::Library::preKeyTarget);
    QCOMPARE(bundles.value(int(OmemoVersion::V2)).preKeys.size(), omemo::Library::preKeyTarget);
    QVERIFY(c.omemo->deviceId() != 0);
    QCOMPARE(c.omemo->ownFingerprint().size(), 71); // 64 hex digits in 8 groups
}

void TestOmemo::managerDecryptsIncoming_data()
{
    deviceListRoundTripAndBounds_data();
}

void TestOmemo::managerDecryptsIncoming()
{
    QFETCH(int, version);
    const auto v = OmemoVersion(version);
    Client c;
    QMap<int, omemo::Bundle> bundles;
    QVERIFY(startClient(c, &bundles));

    // Bob's device encrypts to the client's device from the bundle the client published.
    Device peer(bob);
    QString error;
    QVERIFY(peer.library.buildSession(v, user, c.omemo->deviceId(), bundles.value(int(v)), &error));
    QByteArray plaintext = "Hello from Bob";
    if (v == OmemoVersion::V2) {
        plaintext = "<envelope xmlns='urn:xmpp:sce:1'><content><body xmlns='jabber:client'>Hello from Bob</body>"
                    "</content><rpad>xyz</rpad><from jid='bob@example.net'/></envelope>";
    }
    omemo::Encrypted encrypted;
    encrypted.version = v;
    encrypted.sid = peer.library.deviceId();
    crypto::SecretBytes material;
    if (v == OmemoVersion::Legacy) {
        auto payload = omemo::encryptLegacy(plaintext);
        material = std::move(payload->keyMaterial);
        encrypted.iv = payload->iv;
        encrypted.payload = payload->ciphertext;
    } else {
        auto payload = omemo::encryptV2(plaintext);
        material = std::move(payload->keyMaterial);
        encrypted.payload = payload->ciphertext;
    }
    encrypted.keys.append(*peer.library.encryptKey(v, user, c.omemo->deviceId(), material.view(), &error));
    QSignalSpy stored(c.messages.get(), &MessageManager::messageStored);
    c.session->inject("<message type='chat' from='bob@example.net/phone' to='user@example.com/balcony' id='m1'>"
        + omemo::encryptedElement(encrypted).toString(u"jabber:client"_s).toUtf8()
        + "<body>fallback text</body></message>");
    QTRY_COMPARE(stored.size(), 1);
    const auto message = stored.first().at(1).value<StoredMessage>();
    QCOMPARE(message.body, u"Hello from Bob"_s);
    QCOMPARE(message.e2e.kind, v == OmemoVersion::Legacy ? MessageE2eKind::Omemo : MessageE2eKind::Omemo2);
    QCOMPARE(message.e2e.status, MessageE2eStatus::Decrypted);
    // The sender's device is known now, with the identity its pre-key message showed.
    const std::optional<OmemoDevice> device = c.keys->omemoDevice(bob, v, peer.library.deviceId());
    QVERIFY(device);
    QCOMPARE(device->identityKey, peer.library.identityKey());
    // An empty message went back (it completes Bob's session), and the used pre-key's bundle is re-published.
    bool emptyBack = false;
    bool republished = false;
    QDeadlineTimer deadline(5000);
    while (!(emptyBack && republished) && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        for (const Element &stanza : written(*c.session)) {
            if (stanza.name() == u"message"_s) {
                const auto e = omemo::parseEncrypted(omemo::findEncrypted(stanza), nullptr);
                emptyBack = e && !e->payload && e->keys.size() == 1 && e->keys.first().rid == peer.library.deviceId();
                if (emptyBack) {
                    QVERIFY(peer.library.decryptKey(v, user, c.omemo->deviceId(), e->keys.first(), &error));
                }
            } else if (stanza.hasChild(u"pubsub")) {
                const Element payload
                    = stanza.firstChild(u"pubsub").firstChild(u"publish").firstChild(u"item").childElements().value(0);
                if (payload.name() == u"bundle"_s) {
                    republished = true;
                }
                reply(*c.session, stanza);
            }
        }
    }
    QVERIFY(emptyBack);
    QVERIFY(republished);
}

void TestOmemo::managerSendsToContactDevice_data()
{
    deviceListRoundTripAndBounds_data();
}

void TestOmemo::managerSendsToContactDevice()
{
    QFETCH(int, version);
    const auto v = OmemoVersion(version);
    Client c;
    QVERIFY(startClient(c));
    Device peer(bob);
    std::optional<OmemoManager::SendResult> result;
    c.omemo->send(bob, u"Hi Bob"_s, [&](const OmemoManager::SendResult &r) { result = r; });

    // Bob's device lists are read (he has a device in `v` only), then his bundle.
    Element sent;
    QDeadlineTimer deadline(10000);
    while (!result && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        for (const Element &stanza : written(*c.session)) {
            const Element items = stanza.firstChild(u"pubsub").firstChild(u"items");
            if (stanza.name() == u"message"_s) {
                sent = stanza;
            } else if (!items.isNull()) {
                const QString node = items.attribute(u"node");
                QCOMPARE(stanza.attribute(u"to"), bob.bareString());
                if (node == omemo::deviceListNode(v)) {
                    const Element list = omemo::deviceListElement({ { peer.library.deviceId(), {} } }, v);
                    reply(*c.session, stanza,
                        "<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='" + node.toUtf8()
                            + "'><item id='current'>" + list.toString(u"http://jabber.org/protocol/pubsub"_s).toUtf8()
                            + "</item></items></pubsub>");
                } else if (node == omemo::bundleNode(v, peer.library.deviceId())) {
                    QCOMPARE(
                        items.firstChild(u"item").attribute(u"id"), omemo::bundleItemId(v, peer.library.deviceId()));
                    const Element bundle = omemo::bundleElement(*peer.library.ownBundle(v, nullptr), v);
                    reply(*c.session, stanza,
                        "<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='" + node.toUtf8()
                            + "'><item id='" + omemo::bundleItemId(v, peer.library.deviceId()).toUtf8() + "'>"
                            + bundle.toString(u"http://jabber.org/protocol/pubsub"_s).toUtf8()
                            + "</item></items></pubsub>");
                } else {
                    c.session->inject("<iq type='error' from='bob@example.net' id='" + stanza.attribute(u"id").toUtf8()
                        + "'><error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                          "</error></iq>");
                }
            }
        }
    }
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(result->version, v);
    QTRY_VERIFY(!sent.isNull() || [&] {
        for (const Element &stanza : written(*c.session)) {
            if (stanza.name() == u"message"_s) {
                sent = stanza;
            }
        }
        return !sent.isNull();
    }());
    // Bob's device reads it; the fallback body is not the text, and the history has the text with its mark.
    const std::optional<omemo::Encrypted> encrypted = omemo::parseEncrypted(omemo::findEncrypted(sent), nullptr);
    QVERIFY(encrypted);
    QCOMPARE(encrypted->keys.size(), 1);
    QVERIFY(encrypted->keys.first().preKey);
    QString error;
    auto key = peer.library.decryptKey(v, user, c.omemo->deviceId(), encrypted->keys.first(), &error);
    QVERIFY2(key, qPrintable(error));
    const QByteArray plain = decryptPayload(v, key->keyMaterial, *encrypted);
    QVERIFY(plain.contains("Hi Bob"));
    if (v == OmemoVersion::V2) {
        QVERIFY(plain.startsWith("<envelope xmlns=\"urn:xmpp:sce:1\"")
            || plain.startsWith("<envelope xmlns='urn:xmpp:sce:1'"));
        QVERIFY(plain.contains("user@example.com"));
    }
    QVERIFY(!sent.childText(u"body", u"jabber:client").contains(u"Hi Bob"_s));
    const std::optional<StoredMessage> row = c.history->message(result->historyId);
    QVERIFY(row);
    QCOMPARE(row->body, u"Hi Bob"_s);
    QCOMPARE(row->e2e.status, MessageE2eStatus::Encrypted);
}

void TestOmemo::managerStoresFailureRows()
{
    Client c;
    QMap<int, omemo::Bundle> bundles;
    QVERIFY(startClient(c, &bundles));
    QSignalSpy stored(c.messages.get(), &MessageManager::messageStored);

    // 1. Encrypted for another device only: a row says so, nothing else happens.
    omemo::Encrypted other;
    other.version = OmemoVersion::Legacy;
    other.sid = 99;
    other.keys = { { Jid(), 1234, false, "opaque" } };
    other.iv = QByteArray(12, 'x');
    other.payload = QByteArray("ciphertext");
    c.session->inject("<message type='chat' from='bob@example.net/phone' id='x1'>"
        + omemo::encryptedElement(other).toString(u"jabber:client"_s).toUtf8() + "</message>");
    QTRY_COMPARE(stored.size(), 1);
    auto row = stored.takeFirst().at(1).value<StoredMessage>();
    QCOMPARE(row.e2e.status, MessageE2eStatus::Undecryptable);
    QVERIFY(row.body.contains(u"not encrypted for this device"_s));

    // 2. A normal message (no pre-key) from a device without a session: the failure row, and the session is
    // healed: the sender's bundle is fetched and an empty key-transport message goes to that device.
    Device peer(bob);
    omemo::Encrypted broken;
    broken.version = OmemoVersion::Legacy;
    broken.sid = peer.library.deviceId();
    broken.keys = { { Jid(), c.omemo->deviceId(), false, QByteArray(60, 'z') } };
    broken.iv = QByteArray(12, 'x');
    broken.payload = QByteArray("ciphertext");
    c.session->inject("<message type='chat' from='bob@example.net/phone' id='x2'>"
        + omemo::encryptedElement(broken).toString(u"jabber:client"_s).toUtf8() + "</message>");
    QTRY_COMPARE(stored.size(), 1);
    row = stored.takeFirst().at(1).value<StoredMessage>();
    QVERIFY(row.e2e.failed());
    bool healed = false;
    QDeadlineTimer deadline(10000);
    while (!healed && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        for (const Element &stanza : written(*c.session)) {
            const Element items = stanza.firstChild(u"pubsub").firstChild(u"items");
            if (!items.isNull()
                && items.attribute(u"node") == omemo::bundleNode(OmemoVersion::Legacy, peer.library.deviceId())) {
                const Element bundle = omemo::bundleElement(
                    *peer.library.ownBundle(OmemoVersion::Legacy, nullptr), OmemoVersion::Legacy);
                reply(*c.session, stanza,
                    "<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='"
                        + items.attribute(u"node").toUtf8() + "'><item id='current'>"
                        + bundle.toString(u"http://jabber.org/protocol/pubsub"_s).toUtf8()
                        + "</item></items></pubsub>");
            } else if (stanza.name() == u"message"_s) {
                const auto e = omemo::parseEncrypted(omemo::findEncrypted(stanza), nullptr);
                QVERIFY(e && !e->payload);
                QCOMPARE(e->keys.size(), 1);
                QVERIFY(e->keys.first().preKey);
                QString error;
                QVERIFY2(
                    peer.library.decryptKey(OmemoVersion::Legacy, user, c.omemo->deviceId(), e->keys.first(), &error),
                    qPrintable(error));
                healed = true;
            }
        }
    }
    QVERIFY(healed);

    // 3. Garbage in the header: refused with a row (the connection stays up).
    c.session->inject("<message type='chat' from='bob@example.net/phone' id='x3'>"
                      "<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='nope'/><payload>AAAA</payload>"
                      "</encrypted></message>");
    QTRY_COMPARE(stored.size(), 1);
    QCOMPARE(stored.first().at(1).value<StoredMessage>().e2e.status, MessageE2eStatus::Rejected);
    QCOMPARE(c.session->connection().state(), ConnectionState::Connected);
}

void TestOmemo::managerDecryptsArchivedCopiesQuietly()
{
    Client c;
    QMap<int, omemo::Bundle> bundles;
    QVERIFY(startClient(c, &bundles));
    Device peer(bob);
    QString error;
    QVERIFY(peer.library.buildSession(OmemoVersion::V2, user, c.omemo->deviceId(), bundles.value(1), &error));
    // Three messages as the archive returns them: the first a pre-key message, all in order.
    for (int i = 1; i <= 3; ++i) {
        const QByteArray text = "archived " + QByteArray::number(i);
        const QByteArray envelope = "<envelope xmlns='urn:xmpp:sce:1'><content><body xmlns='jabber:client'>" + text
            + "</body></content><from jid='bob@example.net'/></envelope>";
        auto payload = omemo::encryptV2(envelope);
        omemo::Encrypted encrypted;
        encrypted.version = OmemoVersion::V2;
        encrypted.sid = peer.library.deviceId();
        encrypted.payload = payload->ciphertext;
        encrypted.keys.append(
            *peer.library.encryptKey(OmemoVersion::V2, user, c.omemo->deviceId(), payload->keyMaterial.view(), &error));
        Element message(u"message"_s, u"jabber:client"_s);
        message.setAttribute(u"from"_s, u"bob@example.net/phone"_s);
        message.setAttribute(u"type"_s, u"chat"_s);
        message.appendChild(omemo::encryptedElement(encrypted));
        message.appendTextChild(u"body"_s, u"jabber:client"_s, u"fallback"_s);
        const std::optional<ArchivedDecryption> decrypted = c.omemo->decryptArchived(message);
        QVERIFY(decrypted);
        QCOMPARE(decrypted->message.childText(u"body", u"jabber:client"), QString::fromUtf8(text));
        QCOMPARE(decrypted->e2e.kind, MessageE2eKind::Omemo2);
        QCOMPARE(decrypted->e2e.status, MessageE2eStatus::Decrypted);
    }
    // History is not live: no empty message went back for the pre-key message, and nothing healed.
    QCoreApplication::processEvents();
    for (const Element &stanza : written(*c.session)) {
        QVERIFY2(stanza.name() != u"message"_s, qPrintable(stanza.toString()));
    }
    // A plaintext archived message is not OMEMO's.
    Element plain(u"message"_s, u"jabber:client"_s);
    plain.appendTextChild(u"body"_s, u"jabber:client"_s, u"hello"_s);
    QVERIFY(!c.omemo->decryptArchived(plain));
}

void TestOmemo::madeUpDevicesDoNotGrowTheStore()
{
    Client c;
    QVERIFY(startClient(c));
    // A contact sends 600 messages from made-up device ids, each with a key for us that no session can read.
    const int flood = 600;
    for (int i = 1; i <= flood; ++i) {
        omemo::Encrypted e;
        e.version = OmemoVersion::Legacy;
        e.sid = quint32(100000 + i);
        e.keys = { { Jid(), c.omemo->deviceId(), false, QByteArray(60, char(i)) } };
        e.iv = QByteArray(12, 'x');
        c.session->inject("<message type='chat' from='bob@example.net/x' id='f" + QByteArray::number(i) + "'>"
            + omemo::encryptedElement(e).toString(u"jabber:client"_s).toUtf8() + "</message>");
    }
    QCoreApplication::processEvents();
    // Remembered (for healing) only up to the bound; each remembered one is healed at most once.
    const int remembered = int(c.keys->omemoDevices(bob).size());
    QVERIFY2(remembered <= 2 * omemo::maxDevices, qPrintable(QString::number(remembered)));
    int bundleFetches = 0;
    for (const Element &stanza : written(*c.session)) {
        bundleFetches += stanza.firstChild(u"pubsub").hasChild(u"items") ? 1 : 0;
    }
    QVERIFY2(bundleFetches <= remembered, qPrintable(QString::number(bundleFetches)));
    QCOMPARE(c.session->connection().state(), ConnectionState::Connected);
}

// --- group chats

namespace {
const Jid room = Jid::parse(u"room@conference.example.com"_s).value_or(Jid());
const Jid carol = Jid::parse(u"carol@example.org"_s).value_or(Jid());

// An OMEMO message from `peer` to the client's device (its published bundle) with `body`, as <encrypted/> XML.
QByteArray encryptedFrom(Device &peer, const Jid &peerJid, OmemoVersion v, quint32 clientDevice,
    const omemo::Bundle &clientBundle, const QString &body)
{
    QString error;
    if (!peer.library.hasSession(v, user, clientDevice)
        && !peer.library.buildSession(v, user, clientDevice, clientBundle, &error)) {
        return {};
    }
    QByteArray plaintext = body.toUtf8();
    if (v == OmemoVersion::V2) {
        plaintext = "<envelope xmlns='urn:xmpp:sce:1'><content><body xmlns='jabber:client'>" + body.toUtf8()
            + "</body></content><rpad>xyz</rpad><from jid='" + peerJid.bareString().toUtf8() + "'/></envelope>";
    }
    omemo::Encrypted encrypted;
    encrypted.version = v;
    encrypted.sid = peer.library.deviceId();
    crypto::SecretBytes material;
    if (v == OmemoVersion::Legacy) {
        auto payload = omemo::encryptLegacy(plaintext);
        material = std::move(payload->keyMaterial);
        encrypted.iv = payload->iv;
        encrypted.payload = payload->ciphertext;
    } else {
        auto payload = omemo::encryptV2(plaintext);
        material = std::move(payload->keyMaterial);
        encrypted.payload = payload->ciphertext;
    }
    encrypted.keys.append(*peer.library.encryptKey(v, user, clientDevice, material.view(), &error));
    return omemo::encryptedElement(encrypted).toString(u"jabber:client"_s).toUtf8();
}
} // namespace

bool TestOmemo::joinRoom(Client &c)
{
    MucJoinOptions options;
    options.nick = u"me"_s;
    if (!c.muc->join(room, options)) {
        return false;
    }
    c.session->inject("<presence from='room@conference.example.com/bob' to='user@example.com/balcony'>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='owner' role='moderator' "
                      "jid='bob@example.net/phone'/></x></presence>");
    c.session->inject("<presence from='room@conference.example.com/me' to='user@example.com/balcony'>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' role='participant' "
                      "jid='user@example.com/balcony'/><status code='100'/><status code='110'/></x></presence>");
    written(*c.session);
    return c.muc->isJoined(room);
}

void TestOmemo::answerRoom(
    Client &c, const RoomAnswers &answers, const std::function<bool()> &until, Element *sent, QStringList *asked)
{
    const QByteArray pubsubNs = "http://jabber.org/protocol/pubsub";
    QDeadlineTimer deadline(10000);
    while (!until() && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        for (const Element &stanza : written(*c.session)) {
            const QByteArray id = stanza.attribute(u"id").toUtf8();
            const QString to = stanza.attribute(u"to");
            if (stanza.name() == u"message"_s) {
                if (sent) {
                    *sent = stanza;
                }
                continue;
            }
            if (stanza.hasChild(u"query", u"http://jabber.org/protocol/disco#info")) {
                if (asked) {
                    asked->append(u"disco "_s + to);
                }
                reply(*c.session, stanza,
                    "<query xmlns='http://jabber.org/protocol/disco#info'><identity category='conference' "
                    "type='text'/><feature var='http://jabber.org/protocol/muc'/>"
                        + answers.features + "</query>");
                continue;
            }
            const Element admin = stanza.firstChild(u"query", u"http://jabber.org/protocol/muc#admin");
            if (!admin.isNull()) {
                const QString affiliation = admin.firstChild(u"item").attribute(u"affiliation");
                if (asked) {
                    asked->append(u"list "_s + affiliation);
                }
                if (affiliation == u"owner"_s) {
                    reply(*c.session, stanza,
                        "<query xmlns='http://jabber.org/protocol/muc#admin'><item affiliation='owner' "
                        "jid='bob@example.net'/></query>");
                } else if (affiliation == u"member"_s) {
                    reply(*c.session, stanza,
                        "<query xmlns='http://jabber.org/protocol/muc#admin'><item affiliation='member' "
                        "jid='carol@example.org'/><item affiliation='member' jid='user@example.com'/>"
                        "<item affiliation='member' jid='not a jid@@'/></query>");
                } else {
                    c.session->inject("<iq type='error' from='" + to.toUtf8() + "' id='" + id
                        + "'><error type='auth'><forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
                }
                continue;
            }
            const Element items = stanza.firstChild(u"pubsub").firstChild(u"items");
            if (items.isNull()) {
                if (stanza.hasChild(u"pubsub")) {
                    reply(*c.session, stanza);
                }
                continue;
            }
            const QString node = items.attribute(u"node");
            Device *device = answers.devices.value(to);
            const OmemoVersion v = answers.version;
            if (device && node == omemo::deviceListNode(v)) {
                const Element list = omemo::deviceListElement({ { device->library.deviceId(), {} } }, v);
                reply(*c.session, stanza,
                    "<pubsub xmlns='" + pubsubNs + "'><items node='" + node.toUtf8() + "'><item id='current'>"
                        + list.toString(QString::fromLatin1(pubsubNs)).toUtf8() + "</item></items></pubsub>");
            } else if (device && node == omemo::bundleNode(v, device->library.deviceId())) {
                const Element bundle = omemo::bundleElement(*device->library.ownBundle(v, nullptr), v);
                reply(*c.session, stanza,
                    "<pubsub xmlns='" + pubsubNs + "'><items node='" + node.toUtf8() + "'><item id='"
                        + omemo::bundleItemId(v, device->library.deviceId()).toUtf8() + "'>"
                        + bundle.toString(QString::fromLatin1(pubsubNs)).toUtf8() + "</item></items></pubsub>");
            } else {
                c.session->inject("<iq type='error' from='" + to.toUtf8() + "' id='" + id
                    + "'><error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                      "</error></iq>");
            }
        }
    }
}

// Which rooms qualify: members-only and non-anonymous, both; anything else is refused with its reason.
void TestOmemo::roomFeaturesDecide()
{
    const auto query = [](const QByteArray &features) {
        return elementFromXml(QString::fromUtf8(
            "<query xmlns='http://jabber.org/protocol/disco#info'><identity category='conference' type='text'/>"
            + features + "</query>"));
    };
    QVERIFY(OmemoManager::roomFeatures(query("<feature var='muc_membersonly'/><feature var='muc_nonanonymous'/>"))
                .qualifies);
    const OmemoManager::RoomCheck open
        = OmemoManager::roomFeatures(query("<feature var='muc_open'/><feature var='muc_semianonymous'/>"));
    QVERIFY(!open.qualifies);
    QVERIFY2(open.reason.contains(u"members-only"_s), qPrintable(open.reason));
    const OmemoManager::RoomCheck anonymous
        = OmemoManager::roomFeatures(query("<feature var='muc_membersonly'/><feature var='muc_semianonymous'/>"));
    QVERIFY(!anonymous.qualifies);
    QVERIFY2(anonymous.reason.contains(u"hides"_s), qPrintable(anonymous.reason));
    const OmemoManager::RoomCheck public_
        = OmemoManager::roomFeatures(query("<feature var='muc_open'/><feature var='muc_nonanonymous'/>"));
    QVERIFY(!public_.qualifies);
    QVERIFY2(public_.reason.contains(u"anyone can enter"_s), qPrintable(public_.reason));
    QVERIFY(!OmemoManager::roomFeatures(Element(u"query"_s, u"urn:other"_s)).qualifies);
}

void TestOmemo::roomMessageForEveryMember_data()
{
    deviceListRoundTripAndBounds_data();
}

// A room message: the room is asked (disco#info, the three lists; the admin list refused), the recipients are Bob
// (owner, present), Carol (member, absent) and nobody else (our own JID and a malformed entry dropped); each of their
// devices reads the key; the message goes to the room as groupchat, stored as ours. Then Bob's answer in the room is
// decrypted with his real JID, and our own message coming back confirms the stored one.
void TestOmemo::roomMessageForEveryMember()
{
    QFETCH(int, version);
    const auto v = OmemoVersion(version);
    Client c;
    QMap<int, omemo::Bundle> bundles;
    QVERIFY(startClient(c, &bundles));
    c.omemo->setPreferredVersion(v);
    QVERIFY(joinRoom(c));
    Device bobDevice(bob);
    Device carolDevice(carol);
    RoomAnswers answers;
    answers.version = v;
    answers.devices.insert(bob.bareString(), &bobDevice);
    answers.devices.insert(carol.bareString(), &carolDevice);

    std::optional<OmemoManager::SendResult> result;
    c.omemo->sendToRoom(room, u"Hi room"_s, [&](const OmemoManager::SendResult &r) { result = r; });
    Element sent;
    QStringList asked;
    answerRoom(
        c, answers, [&] { return result.has_value() && !sent.isNull(); }, &sent, &asked);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(result->version, v);
    QCOMPARE(result->devices, 2);
    QVERIFY2(asked.contains(u"disco room@conference.example.com"_s), qPrintable(asked.join(u", ")));
    QVERIFY(asked.contains(u"list owner"_s) && asked.contains(u"list admin"_s) && asked.contains(u"list member"_s));
    const std::optional<OmemoManager::RoomCheck> check = c.omemo->knownRoom(room);
    QVERIFY(check && check->qualifies);
    QCOMPARE(check->members, (QList<Jid> { bob, carol }));

    QVERIFY(!sent.isNull());
    QCOMPARE(sent.attribute(u"type"), u"groupchat"_s);
    QCOMPARE(sent.attribute(u"to"), room.bareString());
    QVERIFY(!sent.hasChild(u"request", u"urn:xmpp:receipts"));
    QVERIFY(!sent.childText(u"body", u"jabber:client").contains(u"Hi room"_s));
    const std::optional<omemo::Encrypted> encrypted = omemo::parseEncrypted(omemo::findEncrypted(sent), nullptr);
    QVERIFY(encrypted);
    QCOMPARE(encrypted->keys.size(), 2);
    for (Device *device : { &bobDevice, &carolDevice }) {
        const auto key = std::find_if(encrypted->keys.cbegin(), encrypted->keys.cend(),
            [device](const omemo::KeyEntry &k) { return k.rid == device->library.deviceId(); });
        QVERIFY(key != encrypted->keys.cend());
        QString error;
        auto material = device->library.decryptKey(v, user, c.omemo->deviceId(), *key, &error);
        QVERIFY2(material, qPrintable(error));
        QVERIFY(decryptPayload(v, material->keyMaterial, *encrypted).contains("Hi room"));
    }
    const std::optional<StoredMessage> row = c.history->message(result->historyId);
    QVERIFY(row);
    QCOMPARE(row->conversation, room);
    QCOMPARE(row->from, room.withResource(u"me"_s));
    QCOMPARE(row->type, Message::Type::GroupChat);
    QCOMPARE(row->body, u"Hi room"_s);
    QCOMPARE(row->e2e.status, MessageE2eStatus::Encrypted);

    // The room reflects our message: no key for this device; it confirms the stored row, nothing new is stored.
    QSignalSpy stored(c.muc.get(), &MucManager::messageStored);
    QSignalSpy states(c.muc.get(), &MucManager::messageStateChanged);
    Element reflection = sent;
    reflection.setAttribute(u"from"_s, u"room@conference.example.com/me"_s);
    reflection.setAttribute(u"to"_s, u"user@example.com/balcony"_s);
    c.session->inject(reflection.toString().toUtf8());
    QTRY_COMPARE(states.size(), 1);
    QCOMPARE(states.first().at(1).value<MessageState>(), MessageState::Delivered);
    QCOMPARE(stored.size(), 0);

    // Bob answers in the room: decrypted with his real JID (from his occupant presence).
    const QByteArray fromBob
        = encryptedFrom(bobDevice, bob, v, c.omemo->deviceId(), bundles.value(int(v)), u"Hello from Bob in the room"_s);
    QVERIFY(!fromBob.isEmpty());
    c.session->inject("<message type='groupchat' from='room@conference.example.com/bob' "
                      "to='user@example.com/balcony' id='r1'>"
        + fromBob + "<body>fallback</body></message>");
    QTRY_COMPARE(stored.size(), 1);
    const StoredMessage message = stored.first().at(1).value<StoredMessage>();
    QCOMPARE(message.body, u"Hello from Bob in the room"_s);
    QCOMPARE(message.conversation, room);
    QCOMPARE(message.from, room.withResource(u"bob"_s));
    QCOMPARE(message.e2e.kind, v == OmemoVersion::Legacy ? MessageE2eKind::Omemo : MessageE2eKind::Omemo2);
    QCOMPARE(message.e2e.status, MessageE2eStatus::Decrypted);
    // Carol's device sending under Bob's nick: the session is looked up under Bob's real JID, and there is none
    // with Carol's device: refused, never shown as Bob's.
    const QByteArray fromCarol
        = encryptedFrom(carolDevice, carol, v, c.omemo->deviceId(), bundles.value(int(v)), u"pretending to be Bob"_s);
    c.session->inject("<message type='groupchat' from='room@conference.example.com/bob' "
                      "to='user@example.com/balcony' id='r2'>"
        + fromCarol + "<body>fallback</body></message>");
    QTRY_COMPARE(stored.size(), 2);
    const StoredMessage forged = stored.last().at(1).value<StoredMessage>();
    QVERIFY(forged.e2e.failed());
    QVERIFY(!forged.body.contains(u"pretending"_s));
}

// Rooms without both features are refused before anything is encrypted or sent, with the reason.
void TestOmemo::roomWithoutTheFeaturesRefused()
{
    Client c;
    QVERIFY(startClient(c));
    QVERIFY(joinRoom(c));
    RoomAnswers answers;
    answers.features = "<feature var='muc_open'/><feature var='muc_nonanonymous'/>";
    std::optional<OmemoManager::SendResult> result;
    c.omemo->sendToRoom(room, u"secret"_s, [&](const OmemoManager::SendResult &r) { result = r; });
    Element sent;
    QStringList asked;
    answerRoom(
        c, answers, [&] { return result.has_value(); }, &sent, &asked);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY2(result->error.contains(u"members-only"_s), qPrintable(result->error));
    QVERIFY(sent.isNull());
    QCOMPARE(asked, QStringList { u"disco room@conference.example.com"_s }); // no member list asked for
    QTest::qWait(50);
    for (const Element &stanza : written(*c.session)) {
        QVERIFY2(stanza.name() != u"message"_s, qPrintable(stanza.toString()));
    }
    // A room we are not in: refused at once.
    std::optional<OmemoManager::SendResult> notIn;
    c.omemo->sendToRoom(Jid::parse(u"other@conference.example.com"_s).value_or(Jid()), u"x"_s,
        [&](const OmemoManager::SendResult &r) { notIn = r; });
    QTRY_VERIFY(notIn.has_value());
    QVERIFY(notIn->error.contains(u"not in the room"_s));
}

// A member without any OMEMO device: nothing is sent, and the error names the member.
void TestOmemo::roomMemberWithoutOmemoRefused()
{
    Client c;
    QVERIFY(startClient(c));
    QVERIFY(joinRoom(c));
    Device bobDevice(bob);
    RoomAnswers answers;
    answers.devices.insert(bob.bareString(), &bobDevice); // Carol has none
    std::optional<OmemoManager::SendResult> result;
    c.omemo->sendToRoom(room, u"secret"_s, [&](const OmemoManager::SendResult &r) { result = r; });
    Element sent;
    answerRoom(
        c, answers, [&] { return result.has_value(); }, &sent);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY2(result->error.contains(u"carol@example.org"_s), qPrintable(result->error));
    QVERIFY(!result->error.contains(u"bob@example.net"_s));
    QVERIFY(sent.isNull());
}

// A room message whose sender's real JID nobody told us (no occupant, no <item jid/>) is stored as unreadable, with
// the reason; a plain room message is untouched.
void TestOmemo::roomMessageFromAnonymousSenderNotDecrypted()
{
    Client c;
    QMap<int, omemo::Bundle> bundles;
    QVERIFY(startClient(c, &bundles));
    QVERIFY(joinRoom(c));
    Device stranger(carol);
    QSignalSpy stored(c.muc.get(), &MucManager::messageStored);
    const QByteArray payload = encryptedFrom(
        stranger, carol, OmemoVersion::V2, c.omemo->deviceId(), bundles.value(int(OmemoVersion::V2)), u"who am I"_s);
    c.session->inject("<message type='groupchat' from='room@conference.example.com/ghost' "
                      "to='user@example.com/balcony' id='g1'>"
        + payload + "<body>fallback</body></message>");
    QTRY_COMPARE(stored.size(), 1);
    const StoredMessage row = stored.first().at(1).value<StoredMessage>();
    QCOMPARE(row.e2e.status, MessageE2eStatus::Undecryptable);
    QVERIFY2(row.body.contains(u"did not tell who sent"_s), qPrintable(row.body));
    c.session->inject("<message type='groupchat' from='room@conference.example.com/bob' to='user@example.com/balcony' "
                      "id='g2'><body>plain hello</body></message>");
    QTRY_COMPARE(stored.size(), 2);
    QCOMPARE(stored.last().at(1).value<StoredMessage>().body, u"plain hello"_s);
    QVERIFY(!stored.last().at(1).value<StoredMessage>().e2e.isEncrypted());
}

// A room that lists thousands of members: at most OmemoManager::maxRoomMembers are kept (each would cost device-list
// and bundle requests), the check still answers.
void TestOmemo::roomMemberListIsBounded()
{
    Client c;
    QVERIFY(startClient(c));
    QVERIFY(joinRoom(c));
    std::optional<OmemoManager::RoomCheck> check;
    c.omemo->checkRoom(room, [&check](const OmemoManager::RoomCheck &r) { check = r; });
    QByteArray flood = "<query xmlns='http://jabber.org/protocol/muc#admin'>";
    for (int i = 0; i < 1000; ++i) {
        flood += "<item affiliation='member' jid='member" + QByteArray::number(i) + "@example.org'/>";
    }
    flood += "</query>";
    QDeadlineTimer deadline(10000);
    while (!check && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        for (const Element &stanza : written(*c.session)) {
            if (stanza.hasChild(u"query", u"http://jabber.org/protocol/disco#info")) {
                reply(*c.session, stanza,
                    "<query xmlns='http://jabber.org/protocol/disco#info'><feature var='muc_membersonly'/>"
                    "<feature var='muc_nonanonymous'/></query>");
            } else if (stanza.hasChild(u"query", u"http://jabber.org/protocol/muc#admin")) {
                reply(*c.session, stanza, flood);
            }
        }
    }
    QVERIFY(check);
    QVERIFY(check->qualifies);
    QVERIFY2(check->members.size() <= OmemoManager::maxRoomMembers, qPrintable(QString::number(check->members.size())));
    QVERIFY(check->members.size() >= OmemoManager::maxRoomMembers - 1);
}

QTEST_GUILESS_MAIN(TestOmemo)
#include "tst_omemo.moc"
