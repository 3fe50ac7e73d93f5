// KeyWrap: scrypt against RFC 7914 §12 and the openssl CLI, AES-256-GCM sealing with AAD (vectors/generate.py).
#include "crypto/KeyWrap.h"
#include "vectors/CryptoVectors.h"

#include <QTest>

using namespace balcony::crypto;

class TestCryptoKeyWrap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scryptKnownAnswers();
    void roundTrip();
    void tampering();
    void invalidInput();
};

void TestCryptoKeyWrap::scryptKnownAnswers()
{
    // RFC 7914 §12, second vector (first 32 of its 64 octets), recomputed with `openssl kdf ... SCRYPT`.
    QCOMPARE(
        deriveWrapKey("password", "NaCl", { 1024, 8, 16 }).toByteArray().toHex(), QByteArray(vectors::scryptRfc7914));
    QCOMPARE(deriveWrapKey("correct horse", "balcony-salt", { 16, 1, 1 }).toByteArray().toHex(),
        QByteArray(vectors::scryptSmall));
    QCOMPARE(deriveWrapKey("correct horse", "balcony-salt", { 16, 1, 1 }).size(), 32);
    QVERIFY(deriveWrapKey("correct horse", "other-salt", { 16, 1, 1 }).toByteArray()
        != deriveWrapKey("correct horse", "balcony-salt", { 16, 1, 1 }).toByteArray());
    QVERIFY(deriveWrapKey("x", "salt", { 1000, 8, 1 }).isEmpty()); // N must be a power of two
}

void TestCryptoKeyWrap::roundTrip()
{
    const SecretBytes key = deriveWrapKey("pass", "salt", { 16, 8, 1 });
    const SecretBytes secret(QByteArrayView("-----the signing key, PKCS#8-----"));
    const QByteArray sealed = seal(key, secret, "signing-key:alice@example.org");
    QCOMPARE(sealed.size(), 12 + secret.size() + 16);
    QVERIFY(!sealed.contains(secret.toByteArray()));
    const std::optional<SecretBytes> opened = unseal(key, sealed, "signing-key:alice@example.org");
    QVERIFY(opened);
    QCOMPARE(opened->toByteArray(), secret.toByteArray());
    // A fresh random nonce every time.
    QVERIFY(seal(key, secret, "aad") != seal(key, secret, "aad"));
    // Empty plaintext and empty AAD work.
    const QByteArray empty = seal(key, SecretBytes(), QByteArrayView());
    QCOMPARE(empty.size(), 28);
    const std::optional<SecretBytes> emptyOpened = unseal(key, empty, QByteArrayView());
    QVERIFY(emptyOpened);
    QVERIFY(emptyOpened->isEmpty());
}

void TestCryptoKeyWrap::tampering()
{
    const SecretBytes key = SecretBytes::random(32);
    const SecretBytes secret(QByteArrayView("x_i"));
    const QByteArray sealed = seal(key, secret, "offline-x:1");
    QVERIFY(!unseal(SecretBytes::random(32), sealed, "offline-x:1"));
    QVERIFY(!unseal(key, sealed, "offline-x:2"));
    QVERIFY(!unseal(key, sealed, QByteArrayView()));
    QVERIFY(!unseal(key, sealed.chopped(1), "offline-x:1"));
    QVERIFY(!unseal(key, QByteArray(sealed + '\0'), "offline-x:1"));
    QVERIFY(!unseal(key, sealed.first(27), "offline-x:1"));
    for (qsizetype bit = 0; bit < sealed.size() * 8; ++bit) {
        QByteArray flipped = sealed;
        flipped[bit / 8] = static_cast<char>(flipped.at(bit / 8) ^ (1 << (bit % 8)));
        QVERIFY2(!unseal(key, flipped, "offline-x:1"), QByteArray::number(bit).constData());
    }
    QVERIFY(unseal(key, sealed, "offline-x:1"));
}

void TestCryptoKeyWrap::invalidInput()
{
    QVERIFY(seal(SecretBytes::random(16), SecretBytes(QByteArrayView("a")), "aad").isEmpty());
    QVERIFY(!unseal(SecretBytes::random(16), QByteArray(40, '\0'), "aad"));
}

QTEST_GUILESS_MAIN(TestCryptoKeyWrap)
#include "tst_crypto_keywrap.moc"
