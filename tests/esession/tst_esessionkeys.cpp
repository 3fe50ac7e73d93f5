// XEP-0116 §Generating Session Keys (e2e/SessionKeys) and XEP-0200 (e2e/StanzaCipher): known answers computed
// independently by vectors/esession_vectors.py (hashlib/hmac and the openssl command-line tool).
#include "crypto/Hash.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/SessionKeys.h"
#include "esession/StanzaCipher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;

namespace {

crypto::SecretBytes vectorSecret()
{
    QByteArray secret;
    for (int i = 1; i <= 192; ++i) {
        secret.append(char(i));
    }
    return crypto::SecretBytes(secret);
}

QByteArray vectorCounter()
{
    QByteArray counter(2, '\0');
    for (int i = 1; i <= 14; ++i) {
        counter.append(char(i));
    }
    return counter;
}

QByteArray hex(const crypto::SecretBytes &bytes)
{
    return bytes.toByteArray().toHex();
}

Element body(const QString &text)
{
    Element element(u"body"_s, esession::clientNs());
    element.setText(text);
    return element;
}

StanzaCipher vectorCipher()
{
    std::optional<SessionKeys> keys = SessionKeys::derive(crypto::HashAlgorithm::Sha256, vectorSecret(), 16);
    return StanzaCipher(crypto::HashAlgorithm::Sha256, keys->responderCipherKey().clone(),
        keys->responderMacKey().clone(), vectorCounter());
}

} // namespace

class TestEsessionKeys : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sessionKeysKnownAnswer()
    {
        std::optional<SessionKeys> keys = SessionKeys::derive(crypto::HashAlgorithm::Sha256, vectorSecret(), 16);
        QVERIFY(keys);
        QCOMPARE(hex(keys->sharedSecret()), "0fc971a9e0e642d09da32dc57c3ad1a975fe4a3cdb2740a9cbc43fc58f60663e");
        QCOMPARE(hex(keys->initiatorCipherKey()), "5ba49c36c9b2c5104599b153b485cbbf");
        QCOMPARE(hex(keys->responderCipherKey()), "ab61249e567a438aec0500cbb63ed40f");
        QCOMPARE(hex(keys->initiatorMacKey()), "9e3bed20d4a5df018817dd02dbd19ca60d3efac1cb43a908c0c56f3c0219aa49");
        QCOMPARE(hex(keys->responderMacKey()), "5d4c1d4c211dce7d11c42e70e84205ef870d50196390733ebe1b8307ccbeb0ed");
        QCOMPARE(hex(keys->initiatorSigmaKey()), "74ce6a9cd54f6b70c0c1b60d0a0c52e1e70b8c0d5661b2e2818d4a92b25962c6");
        QCOMPARE(hex(keys->responderSigmaKey()), "a867195c1e83e454ce2aaa2fa0c6c75145674aef3b0fa4037277fe6d2cff0ff0");
    }

    void aes256TakesTheWholeHmac()
    {
        std::optional<SessionKeys> keys = SessionKeys::derive(crypto::HashAlgorithm::Sha256, vectorSecret(), 32);
        QVERIFY(keys);
        QCOMPARE(hex(keys->responderCipherKey()), "7e9242ba65b5aefea40ea756c062d819ab61249e567a438aec0500cbb63ed40f");
        QVERIFY(!SessionKeys::derive(crypto::HashAlgorithm::Sha256, vectorSecret(), 33));
    }

    void stanzaKnownAnswer()
    {
        StanzaCipher cipher = vectorCipher();
        const std::optional<Element> c = cipher.encrypt({ body(u"Hello Alice, three messages follow & more."_s) });
        QVERIFY(c);
        QCOMPARE(c->name(), u"c"_s);
        QCOMPARE(c->ns(), esession::stanzaNs());
        QCOMPARE(c->childText(u"data"),
            u"KlGvn8caEeW3E9lHvdBt3+rcjhJ5nuZk1OBHFow8R05y7Slr9eGmWxJAnZrpdR52Ex4j59673fp3VHo="_s);
        QCOMPARE(c->childText(u"mac"), u"mJ3hAw8CBzebsa1RCDACZ5G4ER91nfk730GymGFe+PM="_s);
        // 59 bytes = 4 counter blocks.
        QCOMPARE(cipher.counter().toHex(), "00000102030405060708090a0b0c0d12");

        StanzaCipher receiver = vectorCipher();
        const StanzaCipher::Decrypted decrypted = receiver.decrypt(*c);
        QCOMPARE(decrypted.failure, StanzaCipher::Failure::None);
        QCOMPARE(decrypted.content.size(), 1);
        QCOMPARE(decrypted.content.first().text(), u"Hello Alice, three messages follow & more."_s);
        QCOMPARE(receiver.counter(), cipher.counter());
    }

    void tamperingIsDetectedAndDoesNotAdvance()
    {
        StanzaCipher sender = vectorCipher();
        StanzaCipher receiver = vectorCipher();
        const Element c = *sender.encrypt({ body(u"one"_s) });
        QByteArray data = QByteArray::fromBase64(c.childText(u"data").toLatin1());
        data[1] = char(data[1] ^ 0x01);
        Element flipped(u"c"_s, esession::stanzaNs());
        flipped.appendTextChild(u"data"_s, esession::stanzaNs(), QString::fromLatin1(data.toBase64()));
        flipped.appendTextChild(u"mac"_s, esession::stanzaNs(), c.childText(u"mac"));
        QCOMPARE(receiver.decrypt(flipped).failure, StanzaCipher::Failure::BadMac);

        Element wrongMac(u"c"_s, esession::stanzaNs());
        wrongMac.appendTextChild(u"data"_s, esession::stanzaNs(), c.childText(u"data"));
        wrongMac.appendTextChild(u"mac"_s, esession::stanzaNs(), QString::fromLatin1(QByteArray(32, 'x').toBase64()));
        QCOMPARE(receiver.decrypt(wrongMac).failure, StanzaCipher::Failure::BadMac);

        Element noMac(u"c"_s, esession::stanzaNs());
        noMac.appendTextChild(u"data"_s, esession::stanzaNs(), c.childText(u"data"));
        QCOMPARE(receiver.decrypt(noMac).failure, StanzaCipher::Failure::Malformed);

        // The failures did not consume counter values: the genuine stanza still decrypts.
        const StanzaCipher::Decrypted ok = receiver.decrypt(c);
        QCOMPARE(ok.failure, StanzaCipher::Failure::None);
        QCOMPARE(ok.content.first().text(), u"one"_s);
    }

    void reorderedStanzasFail()
    {
        StanzaCipher sender = vectorCipher();
        StanzaCipher receiver = vectorCipher();
        const Element first = *sender.encrypt({ body(u"first"_s) });
        const Element second = *sender.encrypt({ body(u"second"_s) });
        QCOMPARE(receiver.decrypt(second).failure, StanzaCipher::Failure::BadMac);
        QCOMPARE(receiver.decrypt(first).failure, StanzaCipher::Failure::None);
        QCOMPARE(receiver.decrypt(second).content.first().text(), u"second"_s);
        QCOMPARE(receiver.decrypt(second).failure, StanzaCipher::Failure::BadMac); // no replay either
    }

    void restrictedXmlIsRefusedAfterTheMac()
    {
        // Authentic but not acceptable plaintext: a comment (RFC 6120 §11.1) and an early close of the wrapper.
        for (const QByteArray &plain : { QByteArray("<body>x</body><!-- c -->"), QByteArray("</fragment><x/>") }) {
            StanzaCipher sender = vectorCipher();
            StanzaCipher receiver = vectorCipher();
            const QByteArray counter = sender.counter();
            const QByteArray encrypted = sender.cryptBytes(plain);
            QByteArray m_content = "<data>" + encrypted.toBase64() + "</data>";
            Element c(u"c"_s, esession::stanzaNs());
            c.appendTextChild(u"data"_s, esession::stanzaNs(), QString::fromLatin1(encrypted.toBase64()));
            const crypto::SecretBytes mac = crypto::hmac(crypto::HashAlgorithm::Sha256, sender.macKey().view(),
                QByteArray(m_content + counter.mid(2))); // MPI of the vector counter drops two zero octets
            c.appendTextChild(u"mac"_s, esession::stanzaNs(), QString::fromLatin1(mac.toByteArray().toBase64()));
            QCOMPARE(receiver.decrypt(c).failure, StanzaCipher::Failure::BadXml);
            QCOMPARE(receiver.counter(), sender.counter());
        }
    }

    void stateRoundTripAndCreatedHeader()
    {
        StanzaCipher sender = vectorCipher();
        StanzaCipher receiver = vectorCipher();
        const QDateTime created = QDateTime::fromString(u"2026-11-23T14:00:05Z"_s, Qt::ISODate);
        (void)receiver.decrypt(*sender.encrypt({ body(u"a"_s) }));
        std::optional<StanzaCipher> restored = StanzaCipher::deserialize(receiver.serialize());
        QVERIFY(restored);
        QCOMPARE(restored->counter(), receiver.counter());
        const StanzaCipher::Decrypted decrypted
            = restored->decrypt(*sender.encrypt({ body(u"b"_s), StanzaCipher::createdHeader(created) }));
        QCOMPARE(decrypted.failure, StanzaCipher::Failure::None);
        QCOMPARE(StanzaCipher::createdTime(decrypted.content), created);
        QVERIFY(!StanzaCipher::deserialize(crypto::SecretBytes(QByteArray("ESC1"))));
    }
};

QTEST_GUILESS_MAIN(TestEsessionKeys)
#include "tst_esessionkeys.moc"
