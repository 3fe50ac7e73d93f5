// XEP-0116 online ESessions, 3-message negotiation, in process (e2e/OnlineInitiator, OnlineResponder,
// SigmaIdentity, the online forms and wire shapes): Alice requests, Bob responds, Alice proves her identity;
// both ciphers interoperate; then every refusal, each with its own EsessionError.
#include "EsessionTestSupport.h"
#include "XmlCompare.h"
#include "core/DataForm.h"
#include "crypto/DhGroup.h"
#include "crypto/Hash.h"
#include "crypto/Mpi.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/EsessionStanzas.h"
#include "esession/Normalizer.h"
#include "esession/OfferForm.h"
#include "esession/OnlineInitiator.h"
#include "esession/OnlineResponder.h"
#include "esession/PublicKeyManager.h"
#include "esession/SigmaIdentity.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::body;
using balcony::test::wire;

namespace {

const QString aliceJid = u"alice@example.org/pda"_s;
const QString bobJid = u"bob@example.com/laptop"_s;
const QString threadId = u"ffd7076498744578d10edabfe7f4a866"_s;

// `feature` (a <feature/> holding one <x/>) rebuilt with `edit` applied to each <field/> of the form; `edit`
// returns false to drop the field.
Element editFields(const Element &feature, const std::function<bool(Element &field)> &edit)
{
    const Element x = esession::negotiationForm(feature);
    Element form(x.name(), x.ns());
    for (const Attribute &attribute : x.attributes()) {
        form.setAttribute(attribute.name, attribute.value);
    }
    for (Element field : x.childElements()) {
        if (edit(field)) {
            form.appendChild(field);
        }
    }
    return esession::featureNegotiation(form);
}

// A field with one <value/>.
Element singleValue(const QString &var, const QString &value)
{
    Element field(u"field"_s, DataForm::xmlns());
    field.setAttribute(u"var"_s, var);
    field.appendTextChild(u"value"_s, DataForm::xmlns(), value);
    return field;
}

Element setValue(const Element &feature, const QString &var, const QString &value)
{
    return editFields(feature, [&](Element &field) {
        if (field.attribute(u"var") == var) {
            field = singleValue(var, value);
        }
        return true;
    });
}

QString value(const Element &feature, const QString &var)
{
    for (const Element &field : esession::negotiationForm(feature).childElements()) {
        if (field.attribute(u"var") == var) {
            return field.childText(u"value");
        }
    }
    return {};
}

// The Base64 field `var` with one bit of its decoded bytes flipped.
Element flipBit(const Element &feature, const QString &var)
{
    QByteArray bytes = QByteArray::fromBase64(value(feature, var).toLatin1());
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10);
    return setValue(feature, var, QString::fromLatin1(bytes.toBase64()));
}

QStringList fieldOrder(const Element &x)
{
    QStringList vars;
    for (const Element &field : x.childElements()) {
        vars.append(field.attribute(u"var"));
    }
    return vars;
}

QByteArray minusOne(QByteArray value)
{
    value[value.size() - 1] = char(quint8(value.back()) - 1);
    return value;
}

} // namespace

class TestOnlineEsession : public QObject {
    Q_OBJECT
private:
    std::optional<crypto::PrivateKey> m_alice;
    std::optional<crypto::PrivateKey> m_bob;
    std::optional<crypto::PrivateKey> m_mallory;

    OnlineInitiator::KeyAcceptor accepts(const crypto::PrivateKey &key) const
    {
        const crypto::PublicKey expected = key.publicKey();
        return [expected](const crypto::PublicKey &offered) { return offered == expected; };
    }
    static OnlineInitiator::KeyAcceptor refuses()
    {
        return [](const crypto::PublicKey &) { return false; };
    }

    OfferForm options(const QList<int> &groups = { 14, 5 }, const QStringList &ciphers = { u"aes128-ctr"_s })
    {
        OfferForm form = OnlineInitiator::defaultOptions();
        form.modp = groups;
        form.cryptAlgs = ciphers;
        form.signAlgs = { esession::signatureName(crypto::SignatureAlgorithm::RsaSha256) };
        return form;
    }

    // Alice's request as Bob receives it (the <feature/> of the wire message).
    static Element receivedRequest(const OnlineInitiator &alice)
    {
        return wire(esession::onlineRequestMessage(bobJid, threadId, alice.request()))
            .firstChild(u"feature", esession::featureNegNs());
    }

    // Steps 1 and 2: Alice's initiator and Bob's response as Alice receives it.
    struct Started {
        std::optional<OnlineInitiator> alice;
        std::optional<OnlineResponder> bob;
        Element response;
    };
    Started start(const OfferForm &form)
    {
        Started started;
        started.alice = OnlineInitiator::create(form);
        if (!started.alice) {
            return started;
        }
        auto [response, bob] = OnlineResponder::respond(receivedRequest(*started.alice), *m_bob);
        if (!response.ok()) {
            return started;
        }
        started.bob = std::move(bob);
        started.response = wire(esession::onlineResponseMessage(aliceJid, threadId, response.response))
                               .firstChild(u"feature", esession::featureNegNs());
        return started;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_alice = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 2048);
        m_bob = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 2048);
        m_mallory = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 2048);
        QVERIFY(m_alice && m_bob && m_mallory);
    }

    void requestForm()
    {
        std::optional<OnlineInitiator> alice = OnlineInitiator::create(options());
        QVERIFY(alice);
        QCOMPARE(alice->nonce().size(), 16);
        const Element feature = receivedRequest(*alice);
        const Element x = esession::negotiationForm(feature);
        QCOMPARE(x.attribute(u"type"), u"form"_s);
        // XEP-0116 §ESession Request example order; dhkeys (e_i) instead of dhhashes; nothing of XEP-0187.
        QCOMPARE(fieldOrder(x),
            QStringList({ u"FORM_TYPE"_s, u"accept"_s, u"otr"_s, u"disclosure"_s, u"security"_s, u"modp"_s,
                u"crypt_algs"_s, u"hash_algs"_s, u"sign_algs"_s, u"compress"_s, u"stanzas"_s, u"init_pubkey"_s,
                u"resp_pubkey"_s, u"ver"_s, u"rekey_freq"_s, u"my_nonce"_s, u"dhkeys"_s }));
        QCOMPARE(value(feature, u"accept"_s), u"1"_s);
        EsessionError error = EsessionError::None;
        const std::optional<OfferForm> parsed = OfferForm::fromElement(x, false, &error);
        QVERIFY(parsed);
        QVERIFY(parsed->online);
        QCOMPARE(parsed->initPubkey, QStringList { u"key"_s });
        QCOMPARE(parsed->respPubkey, QStringList { u"key"_s });
        QCOMPARE(parsed->dhKeys.size(), 2);
        QCOMPARE(parsed->nonce, alice->nonce());
        QVERIFY(!parsed->expires.isValid());
        QVERIFY(crypto::DhGroup::modp(14)->isValidPublicValue(parsed->dhKeys[0]));

        // Options meant for XEP-0187 lose expires, match_resource and signs online.
        OfferForm offline = options();
        offline.expires = QDateTime::currentDateTimeUtc();
        offline.matchResource = u"pda"_s;
        offline.signatures = { "sig" };
        alice = OnlineInitiator::create(offline);
        QVERIFY(alice);
        const QStringList vars = fieldOrder(esession::negotiationForm(alice->request()));
        QVERIFY(!vars.contains(u"expires"_s) && !vars.contains(u"match_resource"_s) && !vars.contains(u"signs"_s));

        QVERIFY(!OnlineInitiator::create(OfferForm(), &error));
        QCOMPARE(error, EsessionError::MalformedForm);
        OfferForm unknownGroup = options({ 13 });
        QVERIFY(!OnlineInitiator::create(unknownGroup, &error));
        QCOMPARE(error, EsessionError::UnsupportedGroup);
    }

    void fullExchange_data()
    {
        QTest::addColumn<QList<int>>("groups");
        QTest::addColumn<QString>("cipher");
        QTest::addColumn<int>("chosen");
        QTest::newRow("modp 14, aes128") << QList<int> { 14, 5 } << u"aes128-ctr"_s << 14;
        QTest::newRow("modp 5, aes256") << QList<int> { 5 } << u"aes256-ctr"_s << 5;
        // Bob skips groups below 5 (notes §5.1) and takes Alice's next choice.
        QTest::newRow("modp 2 skipped") << QList<int> { 2, 5 } << u"aes128-ctr"_s << 5;
    }

    void fullExchange()
    {
        QFETCH(QList<int>, groups);
        QFETCH(QString, cipher);
        QFETCH(int, chosen);
        Started started = start(options(groups, { cipher }));
        QVERIFY(started.alice && started.bob);
        QCOMPARE(value(started.response, u"accept"_s), u"1"_s);
        QCOMPARE(value(started.response, u"modp"_s), QString::number(chosen));
        QCOMPARE(value(started.response, u"init_pubkey"_s), u"key"_s);
        QCOMPARE(value(started.response, u"resp_pubkey"_s), u"key"_s);

        OnlineInitiator::Completion alice
            = started.alice->complete(started.response, accepts(*m_bob), *m_alice, threadId);
        QVERIFY2(alice.ok(), qPrintable(describeEsessionError(alice.error)));
        QVERIFY(alice.session && alice.session->initiator);
        QCOMPARE(alice.session->agreed.modp, chosen);
        QCOMPARE(alice.session->agreed.cryptAlg, cipher);
        QVERIFY(alice.session->peerKey == m_bob->publicKey());
        QCOMPARE(alice.session->thread, threadId);
        const Element resultX = esession::negotiationForm(alice.result);
        QCOMPARE(resultX.attribute(u"type"), u"result"_s);
        QCOMPARE(
            fieldOrder(resultX), QStringList({ u"FORM_TYPE"_s, u"accept"_s, u"nonce"_s, u"identity"_s, u"mac"_s }));

        // Message 3 carries Alice's first <c/>.
        const std::optional<Element> first = alice.session->outgoing->encrypt({ body(u"hello Bob"_s) });
        QVERIFY(first);
        const Element message3 = wire(esession::onlineResultMessage(bobJid, threadId, alice.result, first));
        QCOMPARE(esession::negotiationMessageKind(message3), esession::NegotiationMessage::Result);
        OnlineResponder::Completion bob = started.bob->complete(
            message3.firstChild(u"feature", esession::featureNegNs()), accepts(*m_alice), threadId);
        QVERIFY2(bob.ok(), qPrintable(describeEsessionError(bob.error)));
        QVERIFY(bob.session && !bob.session->initiator);
        QVERIFY(bob.session->peerKey == m_alice->publicKey());
        QCOMPARE(bob.session->agreed.modp, chosen);

        // The Diffie-Hellman values each side keeps for XEP-0200 re-keying match the other's.
        QVERIFY(alice.session->ownKey && bob.session->ownKey);
        QCOMPARE(alice.session->ownKey->publicValue(), bob.session->peerPublicValue);
        QCOMPARE(bob.session->ownKey->publicValue(), alice.session->peerPublicValue);
        QCOMPARE(alice.session->ownKey->group().id(), chosen);

        StanzaCipher::Decrypted decrypted
            = bob.session->incoming->decrypt(message3.firstChild(u"c", esession::stanzaNs()));
        QCOMPARE(decrypted.failure, StanzaCipher::Failure::None);
        QCOMPARE(decrypted.content.value(0).text(), u"hello Bob"_s);

        // Later stanzas, both ways and in order.
        for (int i = 0; i < 3; ++i) {
            const std::optional<Element> toAlice = bob.session->outgoing->encrypt({ body(u"reply %1"_s.arg(i)) });
            QVERIFY(toAlice);
            const Element received = wire(
                esession::encryptedMessage(aliceJid, threadId, *toAlice, esession::StorageHints::NoStoreNoCopies));
            decrypted = alice.session->incoming->decrypt(received.firstChild(u"c", esession::stanzaNs()));
            QCOMPARE(decrypted.failure, StanzaCipher::Failure::None);
            QCOMPARE(decrypted.content.value(0).text(), u"reply %1"_s.arg(i));

            const std::optional<Element> toBob = alice.session->outgoing->encrypt({ body(u"more %1"_s.arg(i)) });
            QVERIFY(toBob);
            decrypted = bob.session->incoming->decrypt(wire(*toBob));
            QCOMPARE(decrypted.failure, StanzaCipher::Failure::None);
            QCOMPARE(decrypted.content.value(0).text(), u"more %1"_s.arg(i));
        }
        // The two directions use different keys: Alice cannot read her own direction with Bob's incoming state.
        const std::optional<Element> own = alice.session->outgoing->encrypt({ body(u"x"_s) });
        QCOMPARE(alice.session->incoming->decrypt(*own).failure, StanzaCipher::Failure::BadMac);

        // Each side completes once.
        QCOMPARE(started.alice->complete(started.response, accepts(*m_bob), *m_alice, threadId).error,
            EsessionError::AlreadyCompleted);
        QCOMPARE(
            started.bob->complete(alice.result, accepts(*m_alice), threadId).error, EsessionError::AlreadyCompleted);
    }

    void aliceRefusesBadResponses()
    {
        // Each case: a fresh exchange, Bob's response altered in transit, Alice's verdict.
        auto aliceSees = [this](const std::function<Element(const Element &)> &alter,
                             const OnlineInitiator::KeyAcceptor &acceptKey = {}) {
            Started started = start(options());
            if (!started.alice || !started.bob) {
                return EsessionError::CryptoFailure;
            }
            return started.alice
                ->complete(alter(started.response), acceptKey ? acceptKey : accepts(*m_bob), *m_alice, threadId)
                .error;
        };
        // Not offered: a cipher, the 'hash' identification, a group; rekey_freq below Alice's.
        QCOMPARE(aliceSees([](const Element &r) { return setValue(r, u"crypt_algs"_s, u"aes192-ctr"_s); }),
            EsessionError::OptionNotOffered);
        QCOMPARE(aliceSees([](const Element &r) { return setValue(r, u"resp_pubkey"_s, u"hash"_s); }),
            EsessionError::OptionNotOffered);
        QCOMPARE(aliceSees([](const Element &r) { return setValue(r, u"init_pubkey"_s, u"none"_s); }),
            EsessionError::OptionNotOffered);
        QCOMPARE(aliceSees([](const Element &r) { return setValue(r, u"modp"_s, u"2"_s); }),
            EsessionError::OptionNotOffered);
        QCOMPARE(aliceSees([](const Element &r) { return setValue(r, u"rekey_freq"_s, u"0"_s); }),
            EsessionError::BadRekeyFrequency);
        // Another negotiation's nonce.
        QCOMPARE(aliceSees([](const Element &r) {
            return setValue(r, u"nonce"_s, QString::fromLatin1(crypto::randomBytes(16).toBase64()));
        }),
            EsessionError::NonceMismatch);
        // d = 1 and d = p-1.
        QCOMPARE(aliceSees([](const Element &r) { return setValue(r, u"dhkeys"_s, u"AQ=="_s); }),
            EsessionError::BadPublicValue);
        QCOMPARE(aliceSees([](const Element &r) {
            return setValue(
                r, u"dhkeys"_s, QString::fromLatin1(minusOne(crypto::DhGroup::modp(14)->prime()).toBase64()));
        }),
            EsessionError::BadPublicValue);
        // Tampered identity or MAC.
        QCOMPARE(aliceSees([](const Element &r) { return flipBit(r, u"identity"_s); }), EsessionError::BadMac);
        QCOMPARE(aliceSees([](const Element &r) { return flipBit(r, u"mac"_s); }), EsessionError::BadMac);
        // A changed choice that was offered breaks macB, so signB does not verify.
        QCOMPARE(
            aliceSees([](const Element &r) { return setValue(r, u"otr"_s, u"true"_s); }), EsessionError::BadSignature);
        // Bob's key is not the one Alice pinned.
        QCOMPARE(aliceSees([](const Element &r) { return r; }, refuses()), EsessionError::UntrustedPeerKey);
        // A response without identity is malformed; a decline is a decline.
        QCOMPARE(aliceSees([](const Element &r) {
            return editFields(r, [](Element &field) { return field.attribute(u"var") != u"identity"; });
        }),
            EsessionError::MalformedForm);
        QCOMPARE(aliceSees([](const Element &) {
            Element x(u"x"_s, DataForm::xmlns());
            x.setAttribute(u"type"_s, u"submit"_s);
            x.appendChild(singleValue(u"FORM_TYPE"_s, esession::formType()));
            x.appendChild(singleValue(u"accept"_s, u"0"_s));
            return esession::featureNegotiation(x);
        }),
            EsessionError::Declined);
    }

    void bobRefusesBadResults()
    {
        // Each case: a fresh exchange, Alice's result (or her request) altered in transit, Bob's verdict.
        auto bobSees = [this](const std::function<Element(const Element &)> &alter,
                           const OnlineResponder::KeyAcceptor &acceptKey = {}) {
            Started started = start(options());
            if (!started.alice || !started.bob) {
                return EsessionError::CryptoFailure;
            }
            OnlineInitiator::Completion alice
                = started.alice->complete(started.response, accepts(*m_bob), *m_alice, threadId);
            if (!alice.ok()) {
                return alice.error;
            }
            return started.bob->complete(alter(wire(alice.result)), acceptKey ? acceptKey : accepts(*m_alice), threadId)
                .error;
        };
        QCOMPARE(bobSees([](const Element &r) { return flipBit(r, u"identity"_s); }), EsessionError::BadMac);
        QCOMPARE(bobSees([](const Element &r) { return flipBit(r, u"mac"_s); }), EsessionError::BadMac);
        QCOMPARE(bobSees([](const Element &r) {
            return setValue(r, u"nonce"_s, QString::fromLatin1(crypto::randomBytes(16).toBase64()));
        }),
            EsessionError::NonceMismatch);
        QCOMPARE(bobSees([](const Element &r) { return setValue(r, u"accept"_s, u"0"_s); }), EsessionError::Declined);
        QCOMPARE(bobSees([](const Element &r) { return r; }, refuses()), EsessionError::UntrustedPeerKey);
        // formA2 covers the whole result form: an added terminate breaks macA.
        QCOMPARE(bobSees([](const Element &r) {
            const Element x = esession::negotiationForm(r);
            Element form(x.name(), x.ns());
            form.setAttribute(u"type"_s, u"result"_s);
            for (const Element &field : x.childElements()) {
                if (field.attribute(u"var") == u"identity") {
                    form.appendChild(singleValue(u"terminate"_s, u"1"_s));
                }
                form.appendChild(field);
            }
            return esession::featureNegotiation(form);
        }),
            EsessionError::BadSignature);
        QCOMPARE(bobSees([](const Element &r) {
            return editFields(r, [](Element &field) { return field.attribute(u"var") != u"mac"; });
        }),
            EsessionError::MalformedForm);
    }

    void alteredRequestDetectedByBob()
    {
        // An active attacker removes an option Bob would not choose anyway: Bob's response is fine for Alice
        // (macB covers formB only), but Bob's formA differs from hers, so macA (and signA) fail at Bob.
        std::optional<OnlineInitiator> alice = OnlineInitiator::create(options({ 14, 5 }));
        QVERIFY(alice);
        const Element altered = editFields(receivedRequest(*alice), [](Element &field) {
            if (field.attribute(u"var") == u"otr") {
                Element otr(u"field"_s, DataForm::xmlns());
                otr.setAttribute(u"type"_s, u"list-single"_s);
                otr.setAttribute(u"var"_s, u"otr"_s);
                Element option(u"option"_s, DataForm::xmlns());
                option.appendTextChild(u"value"_s, DataForm::xmlns(), u"false"_s);
                otr.appendChild(option);
                field = otr;
            }
            return true;
        });
        auto [response, bob] = OnlineResponder::respond(altered, *m_bob);
        QVERIFY(response.ok() && bob);
        OnlineInitiator::Completion completion
            = alice->complete(wire(response.response), accepts(*m_bob), *m_alice, threadId);
        QVERIFY2(completion.ok(), qPrintable(describeEsessionError(completion.error)));
        QCOMPARE(
            bob->complete(wire(completion.result), accepts(*m_alice), threadId).error, EsessionError::BadSignature);
    }

    void bobRefusesRequests()
    {
        std::optional<OnlineInitiator> alice = OnlineInitiator::create(options());
        QVERIFY(alice);
        const Element request = receivedRequest(*alice);
        auto bobSees = [this](const Element &feature) { return OnlineResponder::respond(feature, *m_bob); };

        // 4-message requests: a hash commitment instead of e, or SAS algorithms.
        const Element dhhashes = editFields(request, [](Element &field) {
            if (field.attribute(u"var") == u"dhkeys") {
                field.setAttribute(u"var"_s, u"dhhashes"_s);
            }
            return true;
        });
        auto [fourMessage, none1] = bobSees(dhhashes);
        QCOMPARE(fourMessage.error, EsessionError::FourMessageOnly);
        QVERIFY(!none1 && fourMessage.response.isNull());
        const Element sas = editFields(request, [](Element &field) {
            if (field.attribute(u"var") == u"rekey_freq") {
                field = singleValue(u"sas_algs"_s, u"sas28x5"_s);
            }
            return true;
        });
        QCOMPARE(bobSees(sas).first.error, EsessionError::FourMessageOnly);

        // Nothing in common: only DSA signatures (Bob has RSA), only 'hash' identities, only modp 1, e = p-1.
        OfferForm dsaOnly = options();
        dsaOnly.signAlgs = { u"dsa"_s };
        QCOMPARE(bobSees(OnlineInitiator::create(dsaOnly)->request()).first.error, EsessionError::NoCommonOptions);
        QCOMPARE(bobSees(setValue(request, u"resp_pubkey"_s, u"hash"_s)).first.error, EsessionError::NoCommonOptions);
        QCOMPARE(bobSees(setValue(request, u"init_pubkey"_s, u"none"_s)).first.error, EsessionError::NoCommonOptions);
        QCOMPARE(
            bobSees(OnlineInitiator::create(options({ 1 }))->request()).first.error, EsessionError::NoCommonOptions);
        std::optional<OfferForm> form = OfferForm::fromElement(esession::negotiationForm(request), false);
        QVERIFY(form);
        form->dhKeys[0] = minusOne(crypto::DhGroup::modp(14)->prime());
        QCOMPARE(bobSees(esession::featureNegotiation(form->toElement())).first.error, EsessionError::BadPublicValue);
        QCOMPARE(bobSees(setValue(request, u"modp"_s, u"3"_s)).first.error, EsessionError::UnsupportedGroup);
        QCOMPARE(bobSees(Element(u"feature"_s, esession::featureNegNs())).first.error, EsessionError::MalformedForm);

        // Alice with an RSA key when Bob picked DSA (she offered both): she cannot sign with the agreed algorithm.
        std::optional<crypto::PrivateKey> bobDsa
            = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::DsaSha256, 2048);
        QVERIFY(bobDsa);
        OfferForm both = options();
        both.signAlgs = { u"rsa"_s, u"dsa"_s };
        std::optional<OnlineInitiator> aliceBoth = OnlineInitiator::create(both);
        auto [dsaResponse, dsaBob] = OnlineResponder::respond(receivedRequest(*aliceBoth), *bobDsa);
        QVERIFY(dsaResponse.ok() && dsaBob);
        QCOMPARE(aliceBoth->complete(wire(dsaResponse.response), accepts(*bobDsa), *m_alice, threadId).error,
            EsessionError::NoCommonOptions);
    }

    void sigmaIdentity()
    {
        const std::optional<SessionKeys> keys
            = SessionKeys::derive(crypto::HashAlgorithm::Sha256, crypto::SecretBytes(QByteArray(256, 'k')), 16);
        QVERIFY(keys);
        const QByteArray counter = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        const QByteArray prefix = "N_A N_B d";
        const QByteArray suffix = "formB";
        const auto role = SigmaIdentity::Role::Responder;
        const auto rsa = crypto::SignatureAlgorithm::RsaSha256;
        auto anyKey = [](const crypto::PublicKey &) { return true; };

        SigmaIdentity::Proof proof
            = SigmaIdentity::prove(role, crypto::HashAlgorithm::Sha256, *keys, counter, prefix, suffix, *m_bob);
        QVERIFY(proof.ok());
        SigmaIdentity::Verified verified = SigmaIdentity::verify(role, crypto::HashAlgorithm::Sha256, *keys, counter,
            proof.identity, proof.mac, prefix, suffix, rsa, anyKey);
        QVERIFY(verified.ok());
        QVERIFY(verified.key == m_bob->publicKey());
        // The proof's counter stream continues where ID ended, on both sides.
        QCOMPARE(verified.cipher->counter(), proof.cipher->counter());
        QVERIFY(verified.cipher->counter() != counter);

        // Other data signed, the initiator's keys, or the wrong algorithm.
        QCOMPARE(SigmaIdentity::verify(role, crypto::HashAlgorithm::Sha256, *keys, counter, proof.identity, proof.mac,
                     prefix, "formB'", rsa, anyKey)
                     .error,
            EsessionError::BadSignature);
        QCOMPARE(SigmaIdentity::verify(SigmaIdentity::Role::Initiator, crypto::HashAlgorithm::Sha256, *keys, counter,
                     proof.identity, proof.mac, prefix, suffix, rsa, anyKey)
                     .error,
            EsessionError::BadMac);
        QCOMPARE(SigmaIdentity::verify(role, crypto::HashAlgorithm::Sha256, *keys, counter, proof.identity, proof.mac,
                     prefix, suffix, crypto::SignatureAlgorithm::DsaSha256, anyKey)
                     .error,
            EsessionError::BadSignature);

        // Bob's key in ID but Mallory's signature over the right macB: BadSignature. Garbage with a good M:
        // BadIdentity. Both built by hand with the responder's keys.
        auto forge = [&](const QByteArray &plain) {
            StanzaCipher cipher(crypto::HashAlgorithm::Sha256, keys->responderCipherKey().clone(),
                keys->responderMacKey().clone(), counter);
            const QByteArray id = cipher.cryptBytes(plain);
            const QByteArray mac = crypto::hmac(crypto::HashAlgorithm::Sha256, keys->responderMacKey().view(),
                QByteArray(crypto::mpiFromBytes(counter) + id))
                                       .toByteArray();
            return SigmaIdentity::verify(
                role, crypto::HashAlgorithm::Sha256, *keys, counter, id, mac, prefix, suffix, rsa, anyKey)
                .error;
        };
        const QByteArray pubKeyB = Normalizer::normalize(PublicKeyManager::keyValue(m_bob->publicKey()));
        const crypto::SecretBytes macB = crypto::hmac(
            crypto::HashAlgorithm::Sha256, keys->responderSigmaKey().view(), QByteArray(prefix + pubKeyB + suffix));
        const QByteArray mallorySigned
            = "<SignatureValue>" + m_mallory->sign(macB.view()).toBase64() + "</SignatureValue>";
        QCOMPARE(forge(pubKeyB + mallorySigned), EsessionError::BadSignature);
        const QByteArray bobSigned = "<SignatureValue>" + m_bob->sign(macB.view()).toBase64() + "</SignatureValue>";
        QCOMPARE(forge(pubKeyB + bobSigned), EsessionError::None);
        QCOMPARE(forge("<KeyValue/>"), EsessionError::BadIdentity);
        QCOMPARE(forge("not xml"), EsessionError::BadIdentity);
    }

    void wireShapes()
    {
        Element x(u"x"_s, DataForm::xmlns());
        x.setAttribute(u"type"_s, u"form"_s);
        const Element feature = esession::featureNegotiation(x);
        const QByteArray featureXml = "<feature xmlns='http://jabber.org/protocol/feature-neg'>"
                                      "<x xmlns='jabber:x:data' type='form'/></feature>";
        const QByteArray hints = "<no-store xmlns='urn:xmpp:hints'/><private xmlns='urn:xmpp:carbons:2'/>";

        QCOMPARE(test::normalize(esession::onlineRequestMessage(bobJid, threadId, feature)),
            test::normalize("<message xmlns='jabber:client' to='bob@example.com/laptop' type='normal'>"
                            "<thread>ffd7076498744578d10edabfe7f4a866</thread>"
                + featureXml
                + "<amp xmlns='http://jabber.org/protocol/amp' per-hop='true'>"
                  "<rule action='drop' condition='deliver' value='stored'/></amp>"
                + hints + "</message>"));
        QCOMPARE(test::normalize(esession::onlineResponseMessage(aliceJid, threadId, feature)),
            test::normalize("<message xmlns='jabber:client' to='alice@example.org/pda' type='normal'>"
                            "<thread>ffd7076498744578d10edabfe7f4a866</thread>"
                + featureXml + hints + "</message>"));
        Element c(u"c"_s, esession::stanzaNs());
        c.appendTextChild(u"data"_s, esession::stanzaNs(), u"AAAA"_s);
        QCOMPARE(test::normalize(esession::onlineResultMessage(bobJid, threadId, feature, c)),
            test::normalize("<message xmlns='jabber:client' to='bob@example.com/laptop' type='normal'>"
                            "<thread>ffd7076498744578d10edabfe7f4a866</thread>"
                + featureXml + "<c xmlns='http://www.xmpp.org/extensions/xep-0200.html#ns'><data>AAAA</data></c>"
                + hints + "</message>"));
        // Online session stanzas carry the hints; offline ones keep their shape.
        QCOMPARE(
            test::normalize(esession::encryptedMessage(aliceJid, threadId, c, esession::StorageHints::NoStoreNoCopies)),
            test::normalize("<message xmlns='jabber:client' to='alice@example.org/pda' type='chat'>"
                            "<thread>ffd7076498744578d10edabfe7f4a866</thread>"
                            "<c xmlns='http://www.xmpp.org/extensions/xep-0200.html#ns'><data>AAAA</data></c>"
                + hints + "</message>"));
        QCOMPARE(test::normalize(esession::encryptedMessage(aliceJid, threadId, c)),
            test::normalize("<message xmlns='jabber:client' to='alice@example.org/pda' type='chat'>"
                            "<thread>ffd7076498744578d10edabfe7f4a866</thread>"
                            "<c xmlns='http://www.xmpp.org/extensions/xep-0200.html#ns'><data>AAAA</data></c>"
                            "</message>"));

        // Rejections (XEP-0155 §Rejecting a Session, XEP-0116 §ESession Rejection).
        Element request = esession::onlineRequestMessage(bobJid, threadId, feature);
        request.setAttribute(u"from"_s, aliceJid);
        QCOMPARE(test::normalize(esession::negotiationRejection(request, EsessionError::NoCommonOptions)),
            test::normalize("<message xmlns='jabber:client' to='alice@example.org/pda' type='error'>"
                            "<thread>ffd7076498744578d10edabfe7f4a866</thread>"
                + featureXml
                + "<error type='cancel'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
                  "</message>"));
        QCOMPARE(test::normalize(esession::negotiationRejection(request, EsessionError::FourMessageOnly)),
            test::normalize("<message xmlns='jabber:client' to='alice@example.org/pda' type='error'>"
                            "<thread>ffd7076498744578d10edabfe7f4a866</thread>"
                + featureXml
                + "<error type='cancel'>"
                  "<feature-not-implemented xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                  "<feature xmlns='http://jabber.org/protocol/feature-neg'><field var='dhhashes'/></feature>"
                  "</error></message>"));
    }

    void messageKinds()
    {
        std::optional<OnlineInitiator> alice = OnlineInitiator::create(options({ 5 }));
        QVERIFY(alice);
        Element request = wire(esession::onlineRequestMessage(bobJid, threadId, alice->request()));
        QCOMPARE(esession::negotiationMessageKind(request), esession::NegotiationMessage::Request);
        auto [response, bob]
            = OnlineResponder::respond(request.firstChild(u"feature", esession::featureNegNs()), *m_bob);
        QVERIFY(response.ok());
        // respond() also takes the bare <x/>; negotiationForm() finds it in a whole message.
        QVERIFY(OnlineResponder::respond(esession::negotiationForm(request), *m_bob).first.ok());
        QCOMPARE(esession::negotiationMessageKind(
                     wire(esession::onlineResponseMessage(aliceJid, threadId, response.response))),
            esession::NegotiationMessage::Response);
        request.setAttribute(u"from"_s, aliceJid);
        QCOMPARE(esession::negotiationMessageKind(
                     wire(esession::negotiationRejection(request, EsessionError::FourMessageOnly))),
            esession::NegotiationMessage::Rejection);
        QCOMPARE(esession::negotiationMessageKind(
                     wire(esession::encryptedMessage(aliceJid, threadId, Element(u"c"_s, esession::stanzaNs())))),
            esession::NegotiationMessage::None);
        Element terminate(u"message"_s, esession::clientNs());
        terminate.appendChild(esession::terminationContent());
        QCOMPARE(esession::negotiationMessageKind(terminate), esession::NegotiationMessage::Termination);
    }

    void errorTexts()
    {
        for (EsessionError error : { EsessionError::FourMessageOnly, EsessionError::Declined,
                 EsessionError::NonceMismatch, EsessionError::AlreadyCompleted }) {
            QVERIFY(!describeEsessionError(error).isEmpty());
            QVERIFY(describeEsessionError(error) != describeEsessionError(EsessionError::CryptoFailure));
        }
    }
};

QTEST_GUILESS_MAIN(TestOnlineEsession)
#include "tst_onlineesession.moc"
