// XEP-0187 offline ESessions in process (e2e/OfflineOffer, OfflineInitiator, OfflineAcceptor, the forms):
// Alice publishes, Bob starts and sends, Alice accepts and decrypts; then every refusal the issue lists.
#include "EsessionTestSupport.h"
#include "XmlCompare.h"
#include "core/DataForm.h"
#include "core/XmlWriter.h"
#include "crypto/DhGroup.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/EsessionStanzas.h"
#include "esession/OfferForm.h"
#include "esession/OfflineAcceptor.h"
#include "esession/OfflineInitiator.h"
#include "esession/OfflineOffer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::body;
using balcony::test::wire;

namespace {

const QString aliceJid = u"alice@example.org/pda"_s;

// A copy of the form with the <value/>s of `var` replaced.
Element withValues(const Element &x, const QString &var, const QStringList &values)
{
    Element copy(x.name(), x.ns());
    for (const Attribute &attribute : x.attributes()) {
        copy.setAttribute(attribute.name, attribute.value);
    }
    for (const Element &child : x.childElements()) {
        if (child.attribute(u"var") != var) {
            copy.appendChild(child);
            continue;
        }
        Element field(child.name(), child.ns());
        for (const Attribute &attribute : child.attributes()) {
            field.setAttribute(attribute.name, attribute.value);
        }
        for (const QString &value : values) {
            field.appendTextChild(u"value"_s, DataForm::xmlns(), value);
        }
        copy.appendChild(field);
    }
    return copy;
}

QString fieldValue(const Element &x, const QString &var)
{
    for (const Element &child : x.childElements()) {
        if (child.attribute(u"var") == var) {
            return child.childText(u"value");
        }
    }
    return {};
}

// The message with its <init/> form replaced.
Element withInitForm(const Element &message, const Element &x)
{
    Element copy(message.name(), message.ns());
    for (const Attribute &attribute : message.attributes()) {
        copy.setAttribute(attribute.name, attribute.value);
    }
    for (const Element &child : message.childElements()) {
        if (child.name() == u"init") {
            Element init(child.name(), child.ns());
            init.appendChild(x);
            copy.appendChild(init);
        } else {
            copy.appendChild(child);
        }
    }
    return copy;
}

Element initForm(const Element &message)
{
    return message.firstChild(u"init", esession::initNs()).firstChild(u"x", DataForm::xmlns());
}

} // namespace

class TestOfflineEsession : public QObject {
    Q_OBJECT
private:
    std::optional<crypto::PrivateKey> m_aliceRsa;
    std::optional<crypto::PrivateKey> m_bobRsa;
    std::optional<crypto::PrivateKey> m_aliceDsa;
    std::optional<crypto::PrivateKey> m_bobDsa;
    QDateTime m_now = QDateTime::fromString(u"2026-11-23T14:00:00Z"_s, Qt::ISODate);

    struct Published {
        Element form; // as Bob fetches it
        OfflineOfferRecord record; // as Alice reloads it (through serialize/deserialize)
    };

    Published publish(const crypto::PrivateKey &key, QList<int> groups = { 5 }, const QString &cipher = u"aes128-ctr"_s)
    {
        OfferForm options = OfflineOffer::defaultOptions(m_now.addSecs(3600));
        options.modp = groups;
        options.cryptAlgs = { cipher };
        std::optional<OfflineOffer> offer = OfflineOffer::create(options, { &key });
        if (!offer) {
            return {};
        }
        std::optional<OfflineOfferRecord> record = OfflineOfferRecord::deserialize(offer->record().serialize());
        return { wire(offer->form()), std::move(*record) };
    }

    OfflineAcceptor::Result aliceAccepts(const Element &message, const Published &published, ReplayGuard &guard,
        const crypto::PublicKey &bobKey, const QDateTime &now)
    {
        return OfflineAcceptor::accept(
            message,
            [&published](
                QByteArrayView nonce) { return nonce == published.record.nonce() ? &published.record : nullptr; },
            guard, [&bobKey](const crypto::PublicKey &key) { return key == bobKey; }, now);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_aliceRsa = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 2048);
        m_bobRsa = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 2048);
        m_aliceDsa = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::DsaSha256, 2048);
        m_bobDsa = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::DsaSha256, 2048);
        QVERIFY(m_aliceRsa && m_bobRsa && m_aliceDsa && m_bobDsa);
    }

    void offerForm()
    {
        const Published published = publish(*m_aliceRsa, { 14, 5 });
        EsessionError error = EsessionError::None;
        const std::optional<OfferForm> offer = OfferForm::fromElement(published.form, true, &error);
        QVERIFY2(offer, qPrintable(describeEsessionError(error)));
        QCOMPARE(offer->modp, QList<int>({ 14, 5 }));
        QCOMPARE(offer->dhKeys.size(), 2);
        QCOMPARE(offer->nonce.size(), 16);
        QCOMPARE(offer->signatures.size(), 1);
        QCOMPARE(offer->stanzas, QStringList { u"message"_s });
        const QList<Element> fields = published.form.childElements();
        QCOMPARE(fields.first().attribute(u"var"), u"FORM_TYPE"_s);
        QCOMPARE(fields.last().attribute(u"var"), u"signs"_s); // signs last
        for (const Element &field : fields) {
            QVERIFY(field.attribute(u"var") != u"accept" && field.attribute(u"var") != u"pubkey");
        }
        QVERIFY(published.record.privateValue(14) && published.record.privateValue(5));
        QVERIFY(!published.record.privateValue(2));
    }

    void offerFormAliasesAndRefusals()
    {
        const Element base = test::parseFragment(
            "<x xmlns='jabber:x:data' type='form'>"
            "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/chatneg</value></field>"
            "<field var='logging' type='list-single'><option><value>mustnot</value></option></field>"
            "<field var='disclosure' type='list-single'><option><value>never</value></option></field>"
            "<field var='security' type='list-single'><option><value>e2e</value></option></field>"
            "<field var='modp' type='list-single'><option><value>5</value></option></field>"
            "<field var='crypt_algs' type='list-single'><option><value>aes128-ctr</value></option></field>"
            "<field var='hash_algs' type='list-single'><option><value>sha256</value></option></field>"
            "<field var='sign_algs' type='list-single'>"
            "<option><value>http://www.w3.org/2000/09/xmldsig#rsa-sha256</value></option></field>"
            "<field var='compress' type='list-single'><option><value>none</value></option></field>"
            "<field var='stanzas' type='list-multi'><option><value>message</value></option></field>"
            "<field var='rekey_freq'><value>50</value></field>"
            "<field var='expires' type='hidden'><value>2026-11-23T15:00:00Z</value></field>"
            "<field var='my_nonce' type='hidden'><value>AAECAwQFBgcICQ==</value></field>"
            "<field var='keys' type='hidden'><value>Ag==</value></field>"
            "</x>");
        EsessionError error = EsessionError::None;
        std::optional<OfferForm> offer = OfferForm::fromElement(base, true, &error);
        QVERIFY2(offer, qPrintable(describeEsessionError(error)));
        QCOMPARE(offer->otr, QStringList { u"true"_s });
        QCOMPARE(offer->dhKeys, QList<QByteArray> { QByteArray("\x02") });
        QCOMPARE(offer->rekeyFreq, 50u);
        QCOMPARE(esession::signatureFromName(offer->signAlgs.first()), crypto::SignatureAlgorithm::RsaSha256);

        auto refused = [](const Element &x) {
            EsessionError e = EsessionError::None;
            return OfferForm::fromElement(x, true, &e) ? EsessionError::None : e;
        };
        Element modp3 = withValues(base, u"modp"_s, { u"3"_s });
        QCOMPARE(refused(modp3), EsessionError::UnsupportedGroup);
        QCOMPARE(refused(withValues(base, u"stanzas"_s, { u"message"_s, u"iq"_s })), EsessionError::IqNotAllowed);
        QCOMPARE(refused(withValues(base, u"rekey_freq"_s, { u"0"_s })), EsessionError::BadRekeyFrequency);
        QCOMPARE(refused(withValues(base, u"rekey_freq"_s, { u"4294967296"_s })), EsessionError::BadRekeyFrequency);
        QCOMPARE(refused(withValues(base, u"keys"_s, { u"Ag=="_s, u"Aw=="_s })), EsessionError::UnsupportedGroup);
        QCOMPARE(refused(withValues(base, u"expires"_s, {})), EsessionError::MalformedForm);
        QCOMPARE(refused(withValues(base, u"my_nonce"_s, { u"AAE="_s })), EsessionError::MalformedForm);
    }

    void offlineSession_data()
    {
        QTest::addColumn<int>("group");
        QTest::addColumn<QString>("cipher");
        QTest::addColumn<bool>("dsa");
        QTest::newRow("modp5 aes128 rsa") << 5 << u"aes128-ctr"_s << false;
        QTest::newRow("modp5 aes256 dsa") << 5 << u"aes256-ctr"_s << true;
        QTest::newRow("modp14 aes128 dsa") << 14 << u"aes128-ctr"_s << true;
        QTest::newRow("modp14 aes256 rsa") << 14 << u"aes256-ctr"_s << false;
    }

    void offlineSession()
    {
        QFETCH(int, group);
        QFETCH(QString, cipher);
        QFETCH(bool, dsa);
        const crypto::PrivateKey &aliceKey = dsa ? *m_aliceDsa : *m_aliceRsa;
        const crypto::PrivateKey &bobKey = dsa ? *m_bobDsa : *m_bobRsa;
        const Published published = publish(aliceKey, { group }, cipher);

        OfflineInitiator::Result bob
            = OfflineInitiator::start(published.form, { aliceKey.publicKey() }, bobKey, m_now.addSecs(60));
        QVERIFY2(bob.ok(), qPrintable(describeEsessionError(bob.error)));
        QCOMPARE(bob.response.modp, group);
        QCOMPARE(bob.response.cryptAlg, cipher);
        QCOMPARE(bob.response.signAlg, dsa ? u"dsa"_s : u"rsa"_s);
        QVERIFY(!bob.thread.isEmpty());

        QList<Element> messages;
        for (int i = 1; i <= 3; ++i) {
            const QDateTime created = m_now.addSecs(60 + i);
            const std::optional<Element> c
                = bob.cipher->encrypt({ body(u"secret message %1"_s.arg(i)), StanzaCipher::createdHeader(created) });
            QVERIFY(c);
            messages.append(wire(i == 1 ? esession::offlineInitMessage(aliceJid, bob.thread, bob.init, c)
                                        : esession::encryptedMessage(aliceJid, bob.thread, *c)));
        }
        messages.append(wire(esession::encryptedMessage(
            aliceJid, bob.thread, *bob.cipher->encrypt({ esession::terminationContent() }))));
        // Plaintext never travels: no <body/> outside <c/>, and the text is nowhere in the stanzas.
        for (const Element &message : std::as_const(messages)) {
            QVERIFY(!message.hasChild(u"body"));
            QVERIFY(!XmlWriter::serializeLossy(message, esession::clientNs()).contains("secret message"));
            QCOMPARE(message.childText(u"thread"), bob.thread);
        }

        MemoryReplayGuard guard;
        OfflineAcceptor::Result alice
            = aliceAccepts(messages.first(), published, guard, bobKey.publicKey(), m_now.addSecs(600));
        QVERIFY2(alice.ok(), qPrintable(describeEsessionError(alice.error)));
        QVERIFY(alice.peerKey == bobKey.publicKey());
        QCOMPARE(alice.thread, bob.thread);
        for (int i = 1; i <= 3; ++i) {
            const StanzaCipher::Decrypted decrypted
                = alice.cipher->decrypt(messages[i - 1].firstChild(u"c", esession::stanzaNs()));
            QCOMPARE(decrypted.failure, StanzaCipher::Failure::None);
            QCOMPARE(decrypted.content.first().text(), u"secret message %1"_s.arg(i));
            QCOMPARE(StanzaCipher::createdTime(decrypted.content), m_now.addSecs(60 + i));
        }
        const StanzaCipher::Decrypted last = alice.cipher->decrypt(messages[3].firstChild(u"c", esession::stanzaNs()));
        QCOMPARE(last.failure, StanzaCipher::Failure::None);
        QVERIFY(esession::isTermination(last.content));
    }

    void expiredOptions()
    {
        const Published published = publish(*m_aliceRsa);
        const OfflineInitiator::Result late
            = OfflineInitiator::start(published.form, { m_aliceRsa->publicKey() }, *m_bobRsa, m_now.addSecs(3601));
        QCOMPARE(late.error, EsessionError::Expired);

        // Started in time, but Alice comes back after the expiry: she must discard it.
        OfflineInitiator::Result bob
            = OfflineInitiator::start(published.form, { m_aliceRsa->publicKey() }, *m_bobRsa, m_now);
        QVERIFY(bob.ok());
        MemoryReplayGuard guard;
        const Element message = wire(esession::offlineInitMessage(aliceJid, bob.thread, bob.init, std::nullopt));
        QCOMPARE(aliceAccepts(message, published, guard, m_bobRsa->publicKey(), m_now.addSecs(3601)).error,
            EsessionError::Expired);
    }

    void badOrUntrustedSignature()
    {
        const Published published = publish(*m_aliceRsa);
        // Altered after signing: a lower re-key frequency would let Bob's choice slip through.
        const Element altered = withValues(published.form, u"rekey_freq"_s, { u"7"_s });
        QCOMPARE(OfflineInitiator::start(altered, { m_aliceRsa->publicKey() }, *m_bobRsa, m_now).error,
            EsessionError::UntrustedSignature);
        // Genuine, but signed by a key Bob does not trust for Alice.
        QCOMPARE(OfflineInitiator::start(published.form, { m_bobRsa->publicKey() }, *m_bobRsa, m_now).error,
            EsessionError::UntrustedSignature);
        QCOMPARE(OfflineInitiator::start(published.form, {}, *m_bobRsa, m_now).error, EsessionError::NoTrustedKey);
        // Without any signature.
        QCOMPARE(OfflineInitiator::start(
                     withValues(published.form, u"signs"_s, {}), { m_aliceRsa->publicKey() }, *m_bobRsa, m_now)
                     .error,
            EsessionError::UntrustedSignature);
    }

    void outOfRangeE()
    {
        // A correctly signed offer whose e is p-1.
        const Published published = publish(*m_aliceRsa);
        std::optional<OfferForm> offer = OfferForm::fromElement(published.form, true);
        QVERIFY(offer);
        QByteArray pMinus1 = crypto::DhGroup::modp(5)->prime();
        pMinus1[pMinus1.size() - 1] = char(quint8(pMinus1.back()) - 1);
        offer->dhKeys = { pMinus1 };
        offer->signatures = { m_aliceRsa->sign(offer->signedContent()) };
        QCOMPARE(OfflineInitiator::start(wire(offer->toElement()), { m_aliceRsa->publicKey() }, *m_bobRsa, m_now).error,
            EsessionError::BadPublicValue);
    }

    void aliceRefusals()
    {
        const Published published = publish(*m_aliceRsa);
        OfflineInitiator::Result bob
            = OfflineInitiator::start(published.form, { m_aliceRsa->publicKey() }, *m_bobRsa, m_now);
        QVERIFY(bob.ok());
        const Element message = wire(
            esession::offlineInitMessage(aliceJid, bob.thread, bob.init, bob.cipher->encrypt({ body(u"hello"_s) })));
        const Element x = initForm(message);
        const crypto::PublicKey bobKey = m_bobRsa->publicKey();
        auto attempt = [&](const Element &m) {
            MemoryReplayGuard fresh;
            return aliceAccepts(m, published, fresh, bobKey, m_now).error;
        };

        // Out-of-range d (also: the MAC would not match, but the range is checked first).
        QCOMPARE(
            attempt(withInitForm(message, withValues(x, u"dhkeys"_s, { u"AQ=="_s }))), EsessionError::BadPublicValue);
        // Wrong M_B.
        QCOMPARE(attempt(withInitForm(
                     message, withValues(x, u"mac"_s, { QString::fromLatin1(QByteArray(32, 'm').toBase64()) }))),
            EsessionError::BadMac);
        // Tampered choices: macB (signed by Bob) covers formB, so a change of otr is caught by the signature.
        const QString otherOtr = fieldValue(x, u"otr"_s) == u"true" ? u"false"_s : u"true"_s;
        QCOMPARE(attempt(withInitForm(message, withValues(x, u"otr"_s, { otherOtr }))), EsessionError::BadSignature);
        // A choice Alice never offered.
        QCOMPARE(attempt(withInitForm(message, withValues(x, u"crypt_algs"_s, { u"aes192-ctr"_s }))),
            EsessionError::OptionNotOffered);
        QCOMPARE(attempt(withInitForm(message, withValues(x, u"rekey_freq"_s, { u"0"_s }))),
            EsessionError::BadRekeyFrequency);
        // Unknown nonce (options of another client).
        QCOMPARE(attempt(withInitForm(message, withValues(x, u"nonce"_s, { u"AAAAAAAAAAAAAAAAAAAAAA=="_s }))),
            EsessionError::UnknownNonce);
        // Bob's key is not the one Alice pinned for him.
        MemoryReplayGuard guard;
        QCOMPARE(aliceAccepts(message, published, guard, m_aliceRsa->publicKey(), m_now).error,
            EsessionError::UntrustedPeerKey);
        // Flipped ciphertext bit in the first stanza: the session is accepted, the stanza is not.
        OfflineAcceptor::Result alice = aliceAccepts(message, published, guard, bobKey, m_now);
        QVERIFY(alice.ok());
        const Element c = message.firstChild(u"c", esession::stanzaNs());
        QByteArray data = QByteArray::fromBase64(c.childText(u"data").toLatin1());
        data[0] = char(data[0] ^ 0x80);
        Element flipped(u"c"_s, esession::stanzaNs());
        flipped.appendTextChild(u"data"_s, esession::stanzaNs(), QString::fromLatin1(data.toBase64()));
        flipped.appendTextChild(u"mac"_s, esession::stanzaNs(), c.childText(u"mac"));
        QCOMPARE(alice.cipher->decrypt(flipped).failure, StanzaCipher::Failure::BadMac);
        QCOMPARE(alice.cipher->decrypt(c).content.first().text(), u"hello"_s);
    }

    void replayedInit()
    {
        const Published published = publish(*m_aliceRsa);
        OfflineInitiator::Result bob
            = OfflineInitiator::start(published.form, { m_aliceRsa->publicKey() }, *m_bobRsa, m_now);
        OfflineInitiator::Result other
            = OfflineInitiator::start(published.form, { m_aliceRsa->publicKey() }, *m_bobRsa, m_now);
        QVERIFY(bob.ok() && other.ok());
        const Element message = wire(esession::offlineInitMessage(aliceJid, bob.thread, bob.init, std::nullopt));
        const Element otherMessage
            = wire(esession::offlineInitMessage(aliceJid, other.thread, other.init, std::nullopt));
        MemoryReplayGuard guard;
        const crypto::PublicKey bobKey = m_bobRsa->publicKey();
        QVERIFY(aliceAccepts(message, published, guard, bobKey, m_now).ok());
        // The very same stanza again.
        QCOMPARE(aliceAccepts(message, published, guard, bobKey, m_now).error, EsessionError::Replay);
        // Same d with a fresh N_B, and same N_B with a fresh d.
        const Element x = initForm(message);
        const Element otherX = initForm(otherMessage);
        QCOMPARE(
            aliceAccepts(withInitForm(otherMessage, withValues(otherX, u"dhkeys"_s, { fieldValue(x, u"dhkeys"_s) })),
                published, guard, bobKey, m_now)
                .error,
            EsessionError::Replay);
        QCOMPARE(aliceAccepts(
                     withInitForm(otherMessage, withValues(otherX, u"my_nonce"_s, { fieldValue(x, u"my_nonce"_s) })),
                     published, guard, bobKey, m_now)
                     .error,
            EsessionError::Replay);
        // The other, genuine session is still accepted.
        QVERIFY(aliceAccepts(otherMessage, published, guard, bobKey, m_now).ok());
    }

    void noCommonOptions()
    {
        // Bob's key is DSA but Alice only takes RSA signatures.
        OfferForm options = OfflineOffer::defaultOptions(m_now.addSecs(3600));
        options.modp = { 5 };
        options.signAlgs = { u"rsa"_s };
        std::optional<OfflineOffer> offer = OfflineOffer::create(options, { &*m_aliceRsa });
        QVERIFY(offer);
        QCOMPARE(OfflineInitiator::start(wire(offer->form()), { m_aliceRsa->publicKey() }, *m_bobDsa, m_now).error,
            EsessionError::NoCommonOptions);
        options.stanzas = { u"message"_s, u"iq"_s };
        EsessionError error = EsessionError::None;
        QVERIFY(!OfflineOffer::create(options, { &*m_aliceRsa }, &error));
        QCOMPARE(error, EsessionError::IqNotAllowed);
    }
};

QTEST_GUILESS_MAIN(TestOfflineEsession)
#include "tst_offlineesession.moc"
