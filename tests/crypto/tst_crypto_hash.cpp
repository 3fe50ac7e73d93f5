// SecretBytes, MPI encoding (XEP-0116 §Implementation Notes), hashes and HMAC (RFC 2104 / RFC 4231).
#include "crypto/Hash.h"
#include "crypto/Mpi.h"
#include "crypto/SecretBytes.h"
#include "vectors/CryptoVectors.h"

#include <QTest>

using namespace balcony::crypto;
using namespace Qt::StringLiterals;

class TestCryptoHash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void secretBytes();
    void mpi();
    void names();
    void sha();
    void whirlpool();
    void hmacRfc4231_data();
    void hmacRfc4231();
    void hmacCli();
};

void TestCryptoHash::secretBytes()
{
    SecretBytes a(QByteArrayView("secret"));
    QCOMPARE(a.size(), 6);
    QCOMPARE(a.toByteArray(), QByteArray("secret"));
    QCOMPARE(a.right(3).toByteArray(), QByteArray("ret"));
    QCOMPARE(a.right(100).toByteArray(), QByteArray("secret"));
    SecretBytes b = a.clone();
    SecretBytes c(std::move(a));
    QVERIFY(a.isEmpty());
    QCOMPARE(c.toByteArray(), b.toByteArray());
    b.clear();
    QVERIFY(b.isEmpty());

    const SecretBytes r1 = SecretBytes::random(32);
    const SecretBytes r2 = SecretBytes::random(32);
    QCOMPARE(r1.size(), 32);
    QVERIFY(r1.toByteArray() != r2.toByteArray());
    QCOMPARE(randomBytes(16).size(), 16);
    QVERIFY(randomBytes(16) != randomBytes(16));

    QVERIFY(constantTimeEquals("abc", "abc"));
    QVERIFY(!constantTimeEquals("abc", "abd"));
    QVERIFY(!constantTimeEquals("abc", "abcd"));
    QVERIFY(constantTimeEquals("", ""));
}

void TestCryptoHash::mpi()
{
    QCOMPARE(mpiFromBytes(QByteArray::fromHex("000001ff")), QByteArray::fromHex("01ff"));
    QCOMPARE(mpiFromBytes(QByteArray::fromHex("80")), QByteArray::fromHex("80"));
    QCOMPARE(mpiFromBytes(QByteArray::fromHex("0000")), QByteArray::fromHex("00"));
    QCOMPARE(mpiFromBytes(QByteArray()), QByteArray::fromHex("00"));
    QCOMPARE(mpiToFixed(QByteArray::fromHex("01ff"), 4), QByteArray::fromHex("000001ff"));
    QCOMPARE(mpiToFixed(QByteArray::fromHex("00000001ff"), 2), QByteArray::fromHex("01ff"));
    QCOMPARE(mpiToFixed(QByteArray::fromHex("00"), 2), QByteArray::fromHex("0000"));
    QVERIFY(mpiToFixed(QByteArray::fromHex("0102ff"), 2).isEmpty());
}

void TestCryptoHash::names()
{
    QCOMPARE(hashFromName(u"sha256"), HashAlgorithm::Sha256);
    QCOMPARE(hashFromName(u"whirlpool"), HashAlgorithm::Whirlpool);
    QCOMPARE(hashFromName(u"sha1"), HashAlgorithm::Sha1);
    QVERIFY(!hashFromName(u"SHA256"));
    QVERIFY(!hashFromName(u"md5"));
    QCOMPARE(hashName(HashAlgorithm::Whirlpool), u"whirlpool"_s);
    QCOMPARE(hashSize(HashAlgorithm::Sha256), 32);
    QCOMPARE(hashSize(HashAlgorithm::Whirlpool), 64);
    QVERIFY(isHashAvailable(HashAlgorithm::Sha256));
}

void TestCryptoHash::sha()
{
    const QByteArray message = QByteArray::fromHex(vectors::hashMessage);
    QCOMPARE(hash(HashAlgorithm::Sha256, "abc").toHex(), QByteArray(vectors::sha256Abc));
    QCOMPARE(hash(HashAlgorithm::Sha256, message).toHex(), QByteArray(vectors::sha256Message));
    QCOMPARE(hash(HashAlgorithm::Sha1, message).toHex(), QByteArray(vectors::sha1Message));
}

void TestCryptoHash::whirlpool()
{
    if (!isHashAvailable(HashAlgorithm::Whirlpool))
        QSKIP("OpenSSL's legacy provider is not installed; whirlpool is unavailable on this machine");
    const QByteArray message = QByteArray::fromHex(vectors::hashMessage);
    QCOMPARE(hash(HashAlgorithm::Whirlpool, "abc").toHex(), QByteArray(vectors::whirlpoolAbc));
    QCOMPARE(hash(HashAlgorithm::Whirlpool, message).toHex(), QByteArray(vectors::whirlpoolMessage));
    const SecretBytes mac = hmac(
        HashAlgorithm::Whirlpool, QByteArray::fromHex(vectors::hmacLongKey), QByteArray::fromHex(vectors::hashMessage));
    QCOMPARE(mac.toByteArray().toHex(), QByteArray(vectors::hmacWhirlpoolMessage));
    // The process-wide default context is untouched: SHA-256 still comes from the implicit default provider.
    QCOMPARE(hash(HashAlgorithm::Sha256, "abc").toHex(), QByteArray(vectors::sha256Abc));
}

void TestCryptoHash::hmacRfc4231_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");
    // RFC 4231 §4.2-4.8 (test case 5 is a truncated output and does not apply).
    QTest::newRow("case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                            << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                            << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("case 3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                            << QByteArray("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    QTest::newRow("case 4") << QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819")
                            << QByteArray(50, '\xcd')
                            << QByteArray("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    QTest::newRow("case 6") << QByteArray(131, '\xaa')
                            << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                            << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("case 7") << QByteArray(131, '\xaa')
                            << QByteArray("This is a test using a larger than block-size key and a larger than "
                                          "block-size data. The key needs to be hashed before being used by the "
                                          "HMAC algorithm.")
                            << QByteArray("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
    // python3 -c "import hmac,hashlib; print(hmac.new(b'', b'abc', hashlib.sha256).hexdigest())"
    QTest::newRow("empty key") << QByteArray() << QByteArray("abc")
                               << QByteArray("fd7adb152c05ef80dccf50a1fa4c05d5a3ec6da95575fc312ae7c5d091836351");
}

void TestCryptoHash::hmacRfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    QCOMPARE(hmac(HashAlgorithm::Sha256, key, data).toByteArray().toHex(), expected);
}

void TestCryptoHash::hmacCli()
{
    const SecretBytes mac
        = hmac(HashAlgorithm::Sha256, QByteArray::fromHex(vectors::hmacKey), QByteArray::fromHex(vectors::hashMessage));
    QCOMPARE(mac.toByteArray().toHex(), QByteArray(vectors::hmacSha256Message));
    QCOMPARE(hmac(HashAlgorithm::Sha1, "key", "data").size(), 20);
}

QTEST_GUILESS_MAIN(TestCryptoHash)
#include "tst_crypto_hash.moc"
