// AES-CTR as XEP-0200 uses it (notes §9.3): NIST SP 800-38A vectors, partial blocks, the 2^128 wrap.
#include "crypto/AesCtr.h"
#include "vectors/CryptoVectors.h"

#include <QTest>

using namespace balcony::crypto;

class TestCryptoAes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nist_data();
    void nist();
    void partialBlocks();
    void counterWrap();
    void counterArithmetic();
    void invalidInput();
};

namespace {
const QByteArray nistPlain = QByteArray::fromHex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                                                 "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
const QByteArray nistCounter = QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
} // namespace

void TestCryptoAes::nist_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("cipher");
    // NIST SP 800-38A Appendix F.5.1 (CTR-AES128.Encrypt) and F.5.5 (CTR-AES256.Encrypt).
    QTest::newRow("F.5.1") << QByteArray::fromHex("2b7e151628aed2a6abf7158809cf4f3c")
                           << QByteArray::fromHex("874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff"
                                                  "5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee");
    QTest::newRow("F.5.5") << QByteArray::fromHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4")
                           << QByteArray::fromHex("601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c5"
                                                  "2b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6");
}

void TestCryptoAes::nist()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, cipher);
    QCOMPARE(aesCtr(key, nistCounter, nistPlain), cipher);
    QCOMPARE(aesCtr(key, nistCounter, cipher), nistPlain); // decryption is the same operation
    // Block by block with the counter advanced in between gives the same stream.
    for (int block = 0; block < 4; ++block)
        QCOMPARE(
            aesCtr(key, counterAdd(nistCounter, block), nistPlain.mid(block * 16, 16)), cipher.mid(block * 16, 16));
}

void TestCryptoAes::partialBlocks()
{
    const QByteArray key128 = QByteArray::fromHex(vectors::ctrKey128);
    const QByteArray iv = QByteArray::fromHex(vectors::ctrIv);
    const QByteArray plain = QByteArray::fromHex(vectors::ctrPlain37);
    const QByteArray cipher128 = QByteArray::fromHex(vectors::ctr128Cipher37);
    QCOMPARE(aesCtr(key128, iv, plain), cipher128);
    QCOMPARE(aesCtr(QByteArray::fromHex(vectors::ctrKey256), iv, plain), QByteArray::fromHex(vectors::ctr256Cipher37));

    // Two messages, 20 and 17 bytes: the first consumes two counter values (its partial block too), so the
    // second starts at C+2 and must not reuse the unused keystream bytes of block 1.
    QCOMPARE(counterBlocks(20), 2u);
    const QByteArray first = *aesCtr(key128, iv, plain.first(20));
    QCOMPARE(first, cipher128.first(20));
    const QByteArray second = *aesCtr(key128, counterAdd(iv, counterBlocks(20)), plain.sliced(20));
    QCOMPARE(second, *aesCtr(key128, counterAdd(iv, 2), plain.sliced(20)));
    QVERIFY(second != cipher128.sliced(20)); // the contiguous stream would have continued inside block 1
    QCOMPARE(*aesCtr(key128, counterAdd(iv, 2), second), plain.sliced(20));
    // Whole blocks chain exactly: 32 bytes then the rest from C+2 equals the one-shot stream.
    const QByteArray joined
        = *aesCtr(key128, iv, plain.first(32)) + *aesCtr(key128, counterAdd(iv, 2), plain.sliced(32));
    QCOMPARE(joined, cipher128);
    QCOMPARE(aesCtr(key128, iv, QByteArray()), QByteArray());
}

void TestCryptoAes::counterWrap()
{
    const QByteArray key128 = QByteArray::fromHex(vectors::ctrKey128);
    const QByteArray wrapIv = QByteArray::fromHex(vectors::ctrWrapIv); // 2^128 - 1
    const QByteArray expected = QByteArray::fromHex(vectors::ctr128WrapCipher40);
    QCOMPARE(aesCtr(key128, wrapIv, QByteArray(40, '\0')), expected);
    // After the wrap the stream is E(K, 0), E(K, 1): the same as starting from zero.
    QCOMPARE(expected.sliced(16), QByteArray::fromHex(vectors::ctr128ZeroCipher24));
    QCOMPARE(aesCtr(key128, counterAdd(wrapIv, 1), QByteArray(24, '\0')), expected.sliced(16));
}

void TestCryptoAes::counterArithmetic()
{
    const QByteArray max = QByteArray(16, '\xff');
    QCOMPARE(counterAdd(max, 1), QByteArray(16, '\0'));
    QCOMPARE(counterAdd(max, 2), QByteArray::fromHex("00000000000000000000000000000001"));
    QCOMPARE(counterAdd(QByteArray::fromHex("000000000000000000000000000000ff"), 1),
        QByteArray::fromHex("00000000000000000000000000000100"));
    QCOMPARE(counterAdd(QByteArray::fromHex("0000000000000000ffffffffffffffff"), 1),
        QByteArray::fromHex("00000000000000010000000000000000"));
    QCOMPARE(counterAdd(QByteArray::fromHex("0000000000000000ffffffffffffffff"), 0xffffffffffffffffULL),
        QByteArray::fromHex("0000000000000001fffffffffffffffe"));
    QCOMPARE(counterAdd(QByteArray(16, '\x07'), 0), QByteArray(16, '\x07'));
    QVERIFY(counterAdd(QByteArray(15, '\0'), 1).isEmpty());
    QCOMPARE(counterBlocks(0), 0u);
    QCOMPARE(counterBlocks(1), 1u);
    QCOMPARE(counterBlocks(16), 1u);
    QCOMPARE(counterBlocks(17), 2u);
}

void TestCryptoAes::invalidInput()
{
    QVERIFY(!aesCtr(QByteArray(15, 'k'), nistCounter, "x"));
    QVERIFY(!aesCtr(QByteArray(33, 'k'), nistCounter, "x"));
    QVERIFY(!aesCtr(QByteArray(16, 'k'), QByteArray(12, '\0'), "x"));
    QVERIFY(aesCtr(QByteArray(24, 'k'), nistCounter, "x")); // AES-192 is accepted too
}

QTEST_GUILESS_MAIN(TestCryptoAes)
#include "tst_crypto_aes.moc"
