// XEP-0200 §Encrypting/§Decrypting with §Re-Key Exchange (e2e/EsessionChannel): two channels built from one
// hand-made negotiation exchange stanzas through XML serialization, re-key one way, the other way, crossing and
// repeatedly; every refusal leaves the state unchanged. The re-key keys are checked against an independent
// derivation (crypto::hmac with the XEP's labels over MPI(e'^y mod p), no hash).
#include "EsessionTestSupport.h"
#include "XmlCompare.h"
#include "crypto/DhGroup.h"
#include "crypto/DhKeyPair.h"
#include "crypto/Hash.h"
#include "crypto/Mpi.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/EsessionChannel.h"
#include "esession/SessionKeys.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::body;
using balcony::test::wire;

namespace {

constexpr int groupId = 5; // the smallest group this profile offers keeps the suite quick

QString textOf(const StanzaCipher::Decrypted &decrypted)
{
    return decrypted.content.isEmpty() ? QString() : decrypted.content.first().text();
}

int count(const Element &c, const QString &name)
{
    return int(c.children(name, esession::stanzaNs()).size());
}

// A copy of <c/> with the text of its first `name` child replaced (or the child removed if `text` is null).
Element withChild(const Element &c, const QString &name, const QString &text)
{
    Element copy(c.name(), c.ns());
    for (const Element &child : c.childElements()) {
        if (child.name() != name) {
            copy.appendChild(child);
        } else if (!text.isNull()) {
            copy.appendTextChild(name, c.ns(), text);
        }
    }
    return copy;
}

// Everything the two sides agreed, plus copies of the secrets so the test can check the wire independently.
struct Pair {
    std::optional<EsessionChannel> alice;
    std::optional<EsessionChannel> bob;
    crypto::SecretBytes alicePrivate; // MPI(x)
    crypto::SecretBytes bobPrivate; // MPI(y)
    crypto::SecretBytes kcA, kmA, kcB, kmB;
    QByteArray counterA, counterB;
};

struct Options {
    quint32 aliceFreq = 1;
    quint32 bobFreq = 1;
    EsessionChannel::Clock aliceClock;
};

NegotiatedSession session(bool initiator, quint32 freq, crypto::DhKeyPair own, const QByteArray &peerValue,
    StanzaCipher outgoing, StanzaCipher incoming)
{
    NegotiatedSession s;
    s.agreed.modp = groupId;
    s.agreed.cryptAlg = u"aes128-ctr"_s;
    s.agreed.hashAlg = u"sha256"_s;
    s.agreed.signAlg = u"rsa"_s;
    s.agreed.rekeyFreq = freq;
    s.initiator = initiator;
    s.thread = u"ffd7076498744578d10edabfe7f4a866"_s;
    s.ownKey = std::move(own);
    s.peerPublicValue = peerValue;
    s.outgoing = std::move(outgoing);
    s.incoming = std::move(incoming);
    return s;
}

std::unique_ptr<Pair> makePair(const Options &options = {})
{
    auto pair = std::make_unique<Pair>();
    const crypto::DhGroup group = *crypto::DhGroup::modp(groupId);
    std::optional<crypto::DhKeyPair> x = crypto::DhKeyPair::generate(group);
    std::optional<crypto::DhKeyPair> y = crypto::DhKeyPair::generate(group);
    const QByteArray e = x->publicValue();
    const QByteArray d = y->publicValue();
    const std::optional<SessionKeys> keys = SessionKeys::derive(
        crypto::HashAlgorithm::Sha256, *x->agree(d), esession::cipherKeySize(esession::Cipher::Aes128Ctr));
    pair->alicePrivate = x->privateValue();
    pair->bobPrivate = y->privateValue();
    pair->kcA = keys->initiatorCipherKey().clone();
    pair->kmA = keys->initiatorMacKey().clone();
    pair->kcB = keys->responderCipherKey().clone();
    pair->kmB = keys->responderMacKey().clone();
    pair->counterA = crypto::randomBytes(16);
    pair->counterB = esession::responderCounter(pair->counterA);
    const auto sha = crypto::HashAlgorithm::Sha256;
    pair->alice = EsessionChannel::open(session(true, options.aliceFreq, std::move(*x), d,
                                            StanzaCipher(sha, pair->kcA.clone(), pair->kmA.clone(), pair->counterA),
                                            StanzaCipher(sha, pair->kcB.clone(), pair->kmB.clone(), pair->counterB)),
        options.aliceClock);
    pair->bob = EsessionChannel::open(session(false, options.bobFreq, std::move(*y), e,
        StanzaCipher(sha, pair->kcB.clone(), pair->kmB.clone(), pair->counterB),
        StanzaCipher(sha, pair->kcA.clone(), pair->kmA.clone(), pair->counterA)));
    return pair;
}

// Sends `text` from one channel and decrypts it on the other, returning the <c/> as it travelled.
Element send(EsessionChannel &from, const QString &text, bool rekey = false)
{
    QString error;
    const std::optional<Element> c = from.encrypt({ body(text) }, rekey, &error);
    if (!c) {
        qWarning("encrypt failed: %s", qPrintable(error));
        return {};
    }
    return wire(*c);
}

bool deliver(EsessionChannel &to, const Element &c, const QString &expected)
{
    const StanzaCipher::Decrypted decrypted = to.decrypt(c);
    if (decrypted.failure != StanzaCipher::Failure::None || textOf(decrypted) != expected) {
        qWarning("decrypt failed: %d %s", int(decrypted.failure), qPrintable(textOf(decrypted)));
        return false;
    }
    return true;
}

// The observable state of a channel, to prove a refusal changed nothing.
struct Snapshot {
    qsizetype sets;
    quint64 sent, received, exchanged;
    quint32 news;
    QByteArray out, in, peer;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(const EsessionChannel &c)
{
    return { c.storedKeySets(), c.stanzasSent(), c.stanzasReceived(), c.exchangedSinceRekey(),
        c.keysReceivedSinceSend(), c.outgoingCounter(), c.incomingCounter(), c.peerPublicValue() };
}

// The re-key initiator's keys computed here, independently of EsessionChannel: K = MPI(e'^priv mod p), not
// hashed; KC = the last 16 bytes of HMAC(K, "Rekey Initiator Crypt"), KM = the whole HMAC(K, "Rekey Initiator MAC").
StanzaCipher independentInitiatorCipher(
    const crypto::SecretBytes &acceptorPrivate, const QByteArray &newPublic, const QByteArray &counter)
{
    const crypto::DhGroup group = *crypto::DhGroup::modp(groupId);
    const std::optional<crypto::DhKeyPair> own = crypto::DhKeyPair::fromPrivateValue(group, acceptorPrivate);
    const crypto::SecretBytes k = *own->agree(newPublic);
    const auto sha = crypto::HashAlgorithm::Sha256;
    return StanzaCipher(sha, crypto::hmac(sha, k.view(), "Rekey Initiator Crypt").right(16),
        crypto::hmac(sha, k.view(), "Rekey Initiator MAC"), counter);
}

QByteArray keyValue(const Element &c)
{
    return QByteArray::fromBase64(c.childText(u"key", esession::stanzaNs()).toLatin1());
}

} // namespace

class TestEsessionChannel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void openRefusesIncompleteSessions()
    {
        const auto sha = crypto::HashAlgorithm::Sha256;
        const crypto::DhGroup group = *crypto::DhGroup::modp(groupId);
        auto make = [&](const QString &cipher, int modp, bool withKey) {
            std::optional<crypto::DhKeyPair> own = crypto::DhKeyPair::generate(group);
            std::optional<crypto::DhKeyPair> peer = crypto::DhKeyPair::generate(group);
            NegotiatedSession s = session(true, 1, std::move(*own), peer->publicValue(),
                StanzaCipher(
                    sha, crypto::SecretBytes::random(16), crypto::SecretBytes::random(32), QByteArray(16, 'a')),
                StanzaCipher(
                    sha, crypto::SecretBytes::random(16), crypto::SecretBytes::random(32), QByteArray(16, 'b')));
            s.agreed.cryptAlg = cipher;
            s.agreed.modp = modp;
            if (!withKey) {
                s.ownKey.reset();
            }
            return EsessionChannel::open(std::move(s)).has_value();
        };
        QVERIFY(make(u"aes128-ctr"_s, groupId, true));
        QVERIFY(!make(u"aes128-ctr"_s, groupId, false));
        QVERIFY(!make(u"twofish128-ctr"_s, groupId, true));
        QVERIFY(!make(u"aes128-ctr"_s, 3, true));
        QVERIFY(!make(u"aes128-ctr"_s, 14, true)); // the own key belongs to another group
    }

    void plainExchangeBothWays()
    {
        auto p = makePair();
        QCOMPARE(p->alice->thread(), u"ffd7076498744578d10edabfe7f4a866"_s);
        QVERIFY(p->alice->initiator());
        QVERIFY(!p->bob->initiator());
        for (int i = 0; i < 3; ++i) {
            const Element c = send(*p->alice, u"to Bob %1"_s.arg(i));
            QCOMPARE(count(c, u"data"_s), 1);
            QCOMPARE(count(c, u"mac"_s), 1);
            QCOMPARE(count(c, u"new"_s), 0);
            QCOMPARE(count(c, u"key"_s), 0);
            QVERIFY(deliver(*p->bob, c, u"to Bob %1"_s.arg(i)));
        }
        const Element reply = send(*p->bob, u"to Alice"_s);
        QCOMPARE(count(reply, u"new"_s), 0);
        QVERIFY(deliver(*p->alice, reply, u"to Alice"_s));
        QCOMPARE(p->alice->outgoingCounter(), p->bob->incomingCounter());
        QCOMPARE(p->bob->outgoingCounter(), p->alice->incomingCounter());
        QCOMPARE(p->alice->stanzasSent(), quint64(3));
        QCOMPARE(p->alice->stanzasReceived(), quint64(1));
        QCOMPARE(p->alice->storedKeySets(), 1);

        // The negotiated keys are what a plain StanzaCipher with the session keys expects.
        StanzaCipher independent(
            crypto::HashAlgorithm::Sha256, p->kcA.clone(), p->kmA.clone(), p->alice->outgoingCounter());
        QCOMPARE(textOf(independent.decrypt(send(*p->alice, u"plain"_s))), u"plain"_s);
    }

    void aliceRekeysBobReplies()
    {
        auto p = makePair();
        QVERIFY(deliver(*p->bob, send(*p->alice, u"hello"_s), u"hello"_s));

        const Element rekey = send(*p->alice, u"new keys follow"_s, true);
        QCOMPARE(count(rekey, u"key"_s), 1);
        QCOMPARE(count(rekey, u"new"_s), 0);
        QCOMPARE(p->alice->storedKeySets(), 2);
        // The <key/> stanza itself is under the old keys.
        StanzaCipher old(crypto::HashAlgorithm::Sha256, p->kcA.clone(), p->kmA.clone(), p->bob->incomingCounter());
        QCOMPARE(old.decrypt(rekey, StanzaCipher::RekeyElements::Accept).failure, StanzaCipher::Failure::None);
        QVERIFY(deliver(*p->bob, rekey, u"new keys follow"_s));
        QCOMPARE(p->bob->keysReceivedSinceSend(), quint32(1));
        QCOMPARE(p->bob->peerPublicValue(), keyValue(rekey));
        QCOMPARE(p->bob->storedKeySets(), 1);

        // Later stanzas use the initiator keys derived from K = MPI(d^x' mod p), counter continuing.
        const QByteArray counter = p->bob->incomingCounter();
        const Element next = send(*p->alice, u"under new keys"_s);
        StanzaCipher independent = independentInitiatorCipher(p->bobPrivate, keyValue(rekey), counter);
        QCOMPARE(textOf(independent.decrypt(next)), u"under new keys"_s);
        StanzaCipher stale(crypto::HashAlgorithm::Sha256, p->kcA.clone(), p->kmA.clone(), counter);
        QCOMPARE(stale.decrypt(next).failure, StanzaCipher::Failure::BadMac);
        QVERIFY(deliver(*p->bob, next, u"under new keys"_s));

        // Bob answers under the acceptor keys, telling Alice he has her key: she drops her old set.
        const Element reply = send(*p->bob, u"got it"_s);
        QCOMPARE(reply.childText(u"new", esession::stanzaNs()), u"1"_s);
        QCOMPARE(count(reply, u"key"_s), 0);
        QCOMPARE(p->bob->keysReceivedSinceSend(), quint32(0));
        QVERIFY(deliver(*p->alice, reply, u"got it"_s));
        QCOMPARE(p->alice->storedKeySets(), 1);
        const Element again = send(*p->bob, u"again"_s);
        QCOMPARE(count(again, u"new"_s), 0);
        QVERIFY(deliver(*p->alice, again, u"again"_s));
        QVERIFY(deliver(*p->bob, send(*p->alice, u"bye"_s), u"bye"_s));
    }

    void bobRekeys()
    {
        auto p = makePair();
        QVERIFY(deliver(*p->alice, send(*p->bob, u"one"_s), u"one"_s));
        const Element rekey = send(*p->bob, u"two"_s, true);
        QCOMPARE(count(rekey, u"key"_s), 1);
        QVERIFY(deliver(*p->alice, rekey, u"two"_s));
        const QByteArray counter = p->alice->incomingCounter();
        const Element three = send(*p->bob, u"three"_s);
        QCOMPARE(
            textOf(independentInitiatorCipher(p->alicePrivate, keyValue(rekey), counter).decrypt(three)), u"three"_s);
        QVERIFY(deliver(*p->alice, three, u"three"_s));
        const Element reply = send(*p->alice, u"four"_s);
        QCOMPARE(reply.childText(u"new", esession::stanzaNs()), u"1"_s);
        QVERIFY(deliver(*p->bob, reply, u"four"_s));
        QCOMPARE(p->bob->storedKeySets(), 1);
        QCOMPARE(p->alice->storedKeySets(), 1);

        // A second re-key, by Alice now, uses Bob's re-keyed public value.
        const Element aliceKey = send(*p->alice, u"five"_s, true);
        QVERIFY(deliver(*p->bob, aliceKey, u"five"_s));
        QVERIFY(deliver(*p->alice, send(*p->bob, u"six"_s), u"six"_s));
        QVERIFY(deliver(*p->bob, send(*p->alice, u"seven"_s), u"seven"_s));
        QCOMPARE(p->alice->storedKeySets(), 1);
        QCOMPARE(p->bob->storedKeySets(), 1);
    }

    void crossingRekeys()
    {
        auto p = makePair();
        // Both re-key at once, and each sends one more stanza before the other's <key/> arrives.
        const Element a1 = send(*p->alice, u"a1"_s, true);
        const Element b1 = send(*p->bob, u"b1"_s, true);
        const Element a2 = send(*p->alice, u"a2"_s);
        const Element b2 = send(*p->bob, u"b2"_s);
        QCOMPARE(count(a2, u"new"_s), 0);
        QCOMPARE(count(b2, u"new"_s), 0);
        QVERIFY(deliver(*p->bob, a1, u"a1"_s));
        QVERIFY(deliver(*p->alice, b1, u"b1"_s));
        QVERIFY(deliver(*p->bob, a2, u"a2"_s));
        QVERIFY(deliver(*p->alice, b2, u"b2"_s));
        QCOMPARE(p->alice->storedKeySets(), 2);
        QCOMPARE(p->bob->storedKeySets(), 2);

        // Each keeps its own initiator keys (it stored two sets) and now acknowledges the other's key.
        const Element a3 = send(*p->alice, u"a3"_s);
        const Element b3 = send(*p->bob, u"b3"_s);
        QCOMPARE(a3.childText(u"new", esession::stanzaNs()), u"1"_s);
        QCOMPARE(b3.childText(u"new", esession::stanzaNs()), u"1"_s);
        QVERIFY(deliver(*p->bob, a3, u"a3"_s));
        QVERIFY(deliver(*p->alice, b3, u"b3"_s));
        QCOMPARE(p->alice->storedKeySets(), 1);
        QCOMPARE(p->bob->storedKeySets(), 1);
        QCOMPARE(p->alice->peerPublicValue(), keyValue(b1));
        QCOMPARE(p->bob->peerPublicValue(), keyValue(a1));

        // Converged: plain traffic and a further re-key both work.
        QVERIFY(deliver(*p->alice, send(*p->bob, u"b4"_s), u"b4"_s));
        QVERIFY(deliver(*p->bob, send(*p->alice, u"a4"_s, true), u"a4"_s));
        QVERIFY(deliver(*p->alice, send(*p->bob, u"b5"_s), u"b5"_s));
        QVERIFY(deliver(*p->bob, send(*p->alice, u"a5"_s), u"a5"_s));
        QCOMPARE(p->alice->storedKeySets(), 1);
    }

    void twoRekeysBeforeAnswer()
    {
        auto p = makePair();
        const Element a1 = send(*p->alice, u"a1"_s, true);
        const Element a2 = send(*p->alice, u"a2"_s, true);
        const Element a3 = send(*p->alice, u"a3"_s);
        QCOMPARE(p->alice->storedKeySets(), 3);
        // Bob's stanza sent before any key arrived still uses the negotiated keys (set 0).
        const Element early = send(*p->bob, u"early"_s);
        QCOMPARE(count(early, u"new"_s), 0);
        QVERIFY(deliver(*p->alice, early, u"early"_s));
        QCOMPARE(p->alice->storedKeySets(), 3);

        QVERIFY(deliver(*p->bob, a1, u"a1"_s));
        QVERIFY(deliver(*p->bob, a2, u"a2"_s));
        QVERIFY(deliver(*p->bob, a3, u"a3"_s));
        const Element reply = send(*p->bob, u"reply"_s);
        QCOMPARE(reply.childText(u"new", esession::stanzaNs()), u"2"_s);
        QVERIFY(deliver(*p->alice, reply, u"reply"_s));
        QCOMPARE(p->alice->storedKeySets(), 1);
        QVERIFY(deliver(*p->bob, send(*p->alice, u"a4"_s), u"a4"_s));
        QVERIFY(deliver(*p->alice, send(*p->bob, u"b2"_s), u"b2"_s));
    }

    void outOfRangeKeyRefused_data()
    {
        QTest::addColumn<bool>("pMinusOne");
        QTest::newRow("1") << false;
        QTest::newRow("p-1") << true;
    }

    void outOfRangeKeyRefused()
    {
        QFETCH(bool, pMinusOne);
        auto p = makePair();
        QByteArray value("\x01", 1);
        if (pMinusOne) {
            value = crypto::DhGroup::modp(groupId)->prime();
            value[value.size() - 1] = char(value[value.size() - 1] - 1); // p is odd
        }
        // An authentic stanza (Alice's current keys and counter) carrying the bad value.
        StanzaCipher forger(crypto::HashAlgorithm::Sha256, p->kcA.clone(), p->kmA.clone(), p->alice->outgoingCounter());
        Element key(u"key"_s, esession::stanzaNs());
        key.setText(QString::fromLatin1(value.toBase64()));
        const Element c = wire(*forger.encrypt({ body(u"x"_s) }, { key }));
        const Snapshot before = snapshot(*p->bob);
        QCOMPARE(p->bob->decrypt(c).failure, StanzaCipher::Failure::Malformed);
        QVERIFY(snapshot(*p->bob) == before);
        QVERIFY(deliver(*p->bob, send(*p->alice, u"genuine"_s), u"genuine"_s));
    }

    void malformedControlsRefused()
    {
        auto p = makePair();
        const Element c = send(*p->alice, u"x"_s, true);
        const Snapshot before = snapshot(*p->bob);
        for (const Element &bad : { withChild(c, u"key"_s, u"***"_s),
                 withChild(c, u"key"_s, QString()).appendTextChild(u"new"_s, esession::stanzaNs(), u"0"_s),
                 Element(c).appendTextChild(u"new"_s, esession::stanzaNs(), u"1"_s), // beyond Bob's one set
                 Element(c).appendTextChild(u"new"_s, esession::stanzaNs(), u"-1"_s),
                 Element(c).appendTextChild(u"key"_s, esession::stanzaNs(), c.childText(u"key"_s)) }) {
            QCOMPARE(p->bob->decrypt(bad).failure, StanzaCipher::Failure::Malformed);
        }
        QVERIFY(snapshot(*p->bob) == before);
        QVERIFY(deliver(*p->bob, c, u"x"_s));
    }

    void tamperedKeyFailsTheMac()
    {
        auto p = makePair();
        const Element c = send(*p->alice, u"x"_s, true);
        const std::optional<crypto::DhKeyPair> other = crypto::DhKeyPair::generate(*crypto::DhGroup::modp(groupId));
        const Element tampered = withChild(c, u"key"_s, QString::fromLatin1(other->publicValue().toBase64()));
        const Snapshot before = snapshot(*p->bob);
        QCOMPARE(p->bob->decrypt(tampered).failure, StanzaCipher::Failure::BadMac);
        QVERIFY(snapshot(*p->bob) == before);
        QVERIFY(deliver(*p->bob, c, u"x"_s));
        QCOMPARE(p->bob->peerPublicValue(), keyValue(c));
    }

    void outOfOrderAndWrongSetFail()
    {
        auto p = makePair();
        const Element first = send(*p->alice, u"first"_s);
        const Element second = send(*p->alice, u"second"_s);
        Snapshot before = snapshot(*p->bob);
        QCOMPARE(p->bob->decrypt(second).failure, StanzaCipher::Failure::BadMac);
        QVERIFY(snapshot(*p->bob) == before);
        QVERIFY(deliver(*p->bob, first, u"first"_s));
        QVERIFY(deliver(*p->bob, second, u"second"_s));
        QCOMPARE(p->bob->decrypt(second).failure, StanzaCipher::Failure::BadMac); // replay

        // Bob acknowledges Alice's key; without the <new/> Alice would pick the old set: refused, nothing lost.
        QVERIFY(deliver(*p->bob, send(*p->alice, u"key"_s, true), u"key"_s));
        const Element reply = send(*p->bob, u"reply"_s);
        before = snapshot(*p->alice);
        QCOMPARE(p->alice->decrypt(withChild(reply, u"new"_s, QString())).failure, StanzaCipher::Failure::BadMac);
        QCOMPARE(p->alice->decrypt(withChild(reply, u"data"_s, u"AAAA"_s)).failure, StanzaCipher::Failure::BadMac);
        QVERIFY(snapshot(*p->alice) == before);
        QCOMPARE(p->alice->storedKeySets(), 2);
        QVERIFY(deliver(*p->alice, reply, u"reply"_s));
        QCOMPARE(p->alice->storedKeySets(), 1);
    }

    void badXmlLeavesStateUnchanged()
    {
        auto p = makePair();
        StanzaCipher forger(crypto::HashAlgorithm::Sha256, p->kcA.clone(), p->kmA.clone(), p->alice->outgoingCounter());
        const QByteArray counter = forger.counter();
        const QByteArray data = forger.cryptBytes("<body>x</body><!-- comment -->").toBase64();
        Element c(u"c"_s, esession::stanzaNs());
        c.appendTextChild(u"data"_s, esession::stanzaNs(), QString::fromLatin1(data));
        const crypto::SecretBytes mac = crypto::hmac(crypto::HashAlgorithm::Sha256, p->kmA.view(),
            QByteArray("<data>" + data + "</data>" + crypto::mpiFromBytes(counter)));
        c.appendTextChild(u"mac"_s, esession::stanzaNs(), QString::fromLatin1(mac.toByteArray().toBase64()));
        const Snapshot before = snapshot(*p->bob);
        QCOMPARE(p->bob->decrypt(c).failure, StanzaCipher::Failure::BadXml);
        QVERIFY(snapshot(*p->bob) == before);
    }

    void rekeyFreqForTheSender()
    {
        auto p = makePair({ 3, 3, {} });
        QVERIFY(!p->alice->rekeyAllowed());
        QString error;
        QVERIFY(!p->alice->encrypt({ body(u"x"_s) }, true, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(p->alice->stanzasSent(), quint64(0));
        // Two stanzas exchanged (one each way); the third may carry the key.
        QVERIFY(deliver(*p->bob, send(*p->alice, u"1"_s), u"1"_s));
        QVERIFY(!p->alice->rekeyAllowed());
        QVERIFY(deliver(*p->alice, send(*p->bob, u"2"_s), u"2"_s));
        QVERIFY(p->alice->rekeyAllowed());
        const Element key = send(*p->alice, u"3"_s, true);
        QCOMPARE(count(key, u"key"_s), 1);
        QVERIFY(deliver(*p->bob, key, u"3"_s));
        QVERIFY(!p->alice->rekeyAllowed());
        QVERIFY(!p->bob->rekeyAllowed()); // a received <key/> restarts the count too
        QVERIFY(deliver(*p->bob, send(*p->alice, u"4"_s), u"4"_s));
        QVERIFY(deliver(*p->bob, send(*p->alice, u"5"_s), u"5"_s));
        QVERIFY(p->bob->rekeyAllowed());
        QVERIFY(deliver(*p->alice, send(*p->bob, u"6"_s, true), u"6"_s));
    }

    void shouldRekeyPolicy()
    {
        qint64 now = 1000;
        auto p = makePair({ 1, 1, [&now] { return now; } });
        QVERIFY(!p->alice->shouldRekey());
        for (int i = 0; i < 99; ++i) {
            QVERIFY(deliver(*p->bob, send(*p->alice, u"m"_s, p->alice->shouldRekey()), u"m"_s));
        }
        QVERIFY(!p->alice->shouldRekey());
        QVERIFY(deliver(*p->bob, send(*p->alice, u"m"_s), u"m"_s));
        QVERIFY(p->alice->shouldRekey()); // 100 stanzas under one key
        const Element rekeyed = send(*p->alice, u"m"_s, p->alice->shouldRekey());
        QCOMPARE(count(rekeyed, u"key"_s), 1);
        QVERIFY(deliver(*p->bob, rekeyed, u"m"_s));
        QVERIFY(!p->alice->shouldRekey());
        QCOMPARE(p->alice->stanzasWithCurrentKey(), quint64(0));

        now += 59 * 60 * 1000;
        QVERIFY(!p->alice->shouldRekey());
        now += 60 * 1000;
        QVERIFY(p->alice->shouldRekey()); // an hour with the same key
    }

    void rekeyFreqForTheReceiver()
    {
        // Alice's rekey_freq says 1, Bob's 3: to Bob, her key in the very first stanza is too early (at most one
        // stanza exchanged), so he refuses it and keeps his state.
        auto p = makePair({ 1, 3, {} });
        const Element early = send(*p->alice, u"early"_s, true);
        const Snapshot before = snapshot(*p->bob);
        QCOMPARE(p->bob->decrypt(early).failure, StanzaCipher::Failure::Malformed);
        QVERIFY(snapshot(*p->bob) == before);

        // Honest peers with rekey_freq 3 on both sides: Alice sends twice, then re-keys; Bob, who has not sent
        // anything, counts her three stanzas and accepts. Then Bob re-keys while Alice's next key crosses his.
        auto q = makePair({ 3, 3, {} });
        QVERIFY(deliver(*q->bob, send(*q->alice, u"1"_s), u"1"_s));
        QVERIFY(deliver(*q->bob, send(*q->alice, u"2"_s), u"2"_s));
        QVERIFY(deliver(*q->bob, send(*q->alice, u"3"_s, true), u"3"_s));
        QVERIFY(deliver(*q->alice, send(*q->bob, u"4"_s), u"4"_s));
        QVERIFY(deliver(*q->alice, send(*q->bob, u"5"_s), u"5"_s));
        QVERIFY(q->alice->rekeyAllowed());
        QVERIFY(q->bob->rekeyAllowed());
        const Element aliceKey = send(*q->alice, u"6"_s, true);
        const Element bobKey = send(*q->bob, u"6b"_s, true);
        QVERIFY(deliver(*q->bob, aliceKey, u"6"_s));
        QVERIFY(deliver(*q->alice, bobKey, u"6b"_s));
        QVERIFY(deliver(*q->bob, send(*q->alice, u"7"_s), u"7"_s));
        QVERIFY(deliver(*q->alice, send(*q->bob, u"7b"_s), u"7b"_s));
    }

    void wipeEndsTheChannel()
    {
        auto p = makePair();
        const Element c = send(*p->alice, u"x"_s);
        p->alice->wipe();
        p->bob->wipe();
        QVERIFY(p->alice->isWiped());
        QString error;
        QVERIFY(!p->alice->encrypt({ body(u"y"_s) }, false, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!p->alice->rekeyAllowed());
        QCOMPARE(p->bob->decrypt(c).failure, StanzaCipher::Failure::CipherFailure);
        QCOMPARE(p->bob->storedKeySets(), 0);
        QVERIFY(p->alice->outgoingCounter().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEsessionChannel)
#include "tst_esessionchannel.moc"
