// MODP Diffie-Hellman as XEP-0116 §ESession Request uses it: the RFC 2409/3526 primes, the private-value range
// 2^(2n-1) < x < p-1, the 1 < v < p-1 check, and known answers from Python's pow() (vectors/generate.py).
#include "crypto/DhGroup.h"
#include "crypto/DhKeyPair.h"
#include "crypto/Mpi.h"
#include "vectors/CryptoVectors.h"

#include <QTest>

using namespace balcony::crypto;

class TestCryptoDh : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void primes_data();
    void primes();
    void unsupportedGroups();
    void knownAnswer_data();
    void knownAnswer();
    void bothSidesAgree_data();
    void bothSidesAgree();
    void privateValueRange();
    void publicValueRangeChecks();
    void privateValueImport();
};

namespace {

// -1, 0, 1 for big-endian unsigned integers of any encoding length.
int compareUnsigned(const QByteArray &a, const QByteArray &b)
{
    const qsizetype width = qMax(a.size(), b.size());
    const QByteArray fa = mpiToFixed(a, width);
    const QByteArray fb = mpiToFixed(b, width);
    return fa < fb ? -1 : (fa == fb ? 0 : 1);
}

QByteArray powerOfTwo(int exponent)
{
    QByteArray value(exponent / 8 + 1, '\0');
    value[0] = static_cast<char>(1 << (exponent % 8));
    return value;
}

// value + delta for a small signed delta (test helper for p-1, p+1, 2^255+1).
QByteArray addSmall(const QByteArray &value, int delta)
{
    QByteArray result = QByteArray(1, '\0') + value;
    int carry = delta;
    for (qsizetype i = result.size() - 1; i >= 0 && carry != 0; --i) {
        int digit = static_cast<quint8>(result.at(i)) + carry;
        carry = 0;
        while (digit < 0) {
            digit += 256;
            --carry;
        }
        carry += digit / 256;
        result[i] = static_cast<char>(digit % 256);
    }
    return mpiFromBytes(result);
}

const char *primeVector(int id)
{
    switch (id) {
    case 1:
        return vectors::modp1Prime;
    case 2:
        return vectors::modp2Prime;
    case 5:
        return vectors::modp5Prime;
    case 14:
        return vectors::modp14Prime;
    case 15:
        return vectors::modp15Prime;
    case 16:
        return vectors::modp16Prime;
    case 17:
        return vectors::modp17Prime;
    default:
        return vectors::modp18Prime;
    }
}

} // namespace

void TestCryptoDh::primes_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<int>("bits");
    for (const auto &[id, bits] : { std::pair { 1, 768 }, { 2, 1024 }, { 5, 1536 }, { 14, 2048 }, { 15, 3072 },
             { 16, 4096 }, { 17, 6144 }, { 18, 8192 } })
        QTest::addRow("modp %d", id) << id << bits;
}

void TestCryptoDh::primes()
{
    QFETCH(int, id);
    QFETCH(int, bits);
    const std::optional<DhGroup> group = DhGroup::modp(id);
    QVERIFY(group);
    QCOMPARE(group->id(), id);
    QCOMPARE(group->bits(), bits);
    // generate.py builds each prime from its RFC formula (with pi computed in Python) and checks it with
    // `openssl prime`.
    QCOMPARE(group->prime().toHex(), QByteArray(primeVector(id)));
    QVERIFY(DhGroup::supportedIds().contains(id));
}

void TestCryptoDh::unsupportedGroups()
{
    for (int id : { 0, 3, 4, 6, 13, 19, -1 })
        QVERIFY2(!DhGroup::modp(id), QByteArray::number(id).constData());
    QCOMPARE(DhGroup::supportedIds(), (QList<int> { 1, 2, 5, 14, 15, 16, 17, 18 }));
}

void TestCryptoDh::knownAnswer_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QByteArray>("x");
    QTest::addColumn<QByteArray>("e");
    QTest::addColumn<QByteArray>("d");
    QTest::addColumn<QByteArray>("shared");
    QTest::newRow("modp 1") << 1 << QByteArray::fromHex(vectors::dh1X) << QByteArray::fromHex(vectors::dh1E)
                            << QByteArray::fromHex(vectors::dh1D) << QByteArray::fromHex(vectors::dh1Shared);
    QTest::newRow("modp 14") << 14 << QByteArray::fromHex(vectors::dh14X) << QByteArray::fromHex(vectors::dh14E)
                             << QByteArray::fromHex(vectors::dh14D) << QByteArray::fromHex(vectors::dh14Shared);
}

void TestCryptoDh::knownAnswer()
{
    QFETCH(int, id);
    QFETCH(QByteArray, x);
    QFETCH(QByteArray, e);
    QFETCH(QByteArray, d);
    QFETCH(QByteArray, shared);
    const std::optional<DhKeyPair> pair = DhKeyPair::fromPrivateValue(*DhGroup::modp(id), SecretBytes(x));
    QVERIFY(pair);
    QCOMPARE(pair->publicValue(), e);
    QCOMPARE(pair->privateValue().toByteArray(), x);
    const std::optional<SecretBytes> secret = pair->agree(d);
    QVERIFY(secret);
    QCOMPARE(secret->toByteArray(), shared); // Python's hex of the integer: already the MPI (no leading zero)
}

void TestCryptoDh::bothSidesAgree_data()
{
    QTest::addColumn<int>("id");
    for (int id : { 1, 2, 5, 14, 18 })
        QTest::addRow("modp %d", id) << id;
}

void TestCryptoDh::bothSidesAgree()
{
    QFETCH(int, id);
    const DhGroup group = *DhGroup::modp(id);
    const std::optional<DhKeyPair> alice = DhKeyPair::generate(group);
    const std::optional<DhKeyPair> bob = DhKeyPair::generate(group);
    QVERIFY(alice && bob);
    QVERIFY(group.isValidPublicValue(alice->publicValue()));
    QVERIFY(alice->publicValue() != bob->publicValue());
    QCOMPARE(alice->publicValue().at(0) != '\0', true); // MPI: no leading zero octet
    const std::optional<SecretBytes> k1 = alice->agree(bob->publicValue());
    const std::optional<SecretBytes> k2 = bob->agree(alice->publicValue());
    QVERIFY(k1 && k2);
    QCOMPARE(k1->toByteArray(), k2->toByteArray());
    QVERIFY(k1->size() <= group.prime().size());
    // A key pair restored from its stored private value is the same key pair.
    const std::optional<DhKeyPair> restored = DhKeyPair::fromPrivateValue(group, alice->privateValue());
    QVERIFY(restored);
    QCOMPARE(restored->publicValue(), alice->publicValue());
}

void TestCryptoDh::privateValueRange()
{
    const DhGroup group = *DhGroup::modp(14);
    const QByteArray lower = powerOfTwo(255);
    const QByteArray pMinus1 = addSmall(group.prime(), -1);
    int longest = 0;
    for (int i = 0; i < 50; ++i) {
        const std::optional<DhKeyPair> pair = DhKeyPair::generate(group);
        QVERIFY(pair);
        const QByteArray x = pair->privateValue().toByteArray();
        QVERIFY2(compareUnsigned(x, lower) > 0, x.toHex().constData());
        QVERIFY2(compareUnsigned(x, pMinus1) < 0, x.toHex().constData());
        longest = qMax(longest, int(x.size()));
    }
    // Uniform over (2^255, p-1), not OpenSSL's short exponents: among 50 draws one is all but surely full-size
    // (P(all 50 below 2^2000) = 2^-2400).
    QVERIFY(longest * 8 > 2000);
    // The XEP's n is the cipher block size; a bound beyond the prime leaves no valid x.
    QVERIFY(!DhKeyPair::generate(*DhGroup::modp(1), 512));
}

void TestCryptoDh::publicValueRangeChecks()
{
    const DhGroup group = *DhGroup::modp(14);
    const QByteArray p = group.prime();
    const DhKeyPair pair = *DhKeyPair::generate(group);
    const QList<QByteArray> invalid { QByteArray::fromHex("00"), QByteArray::fromHex("01"), addSmall(p, -1), p,
        addSmall(p, 1), QByteArray(), QByteArray::fromHex("0000"), QByteArray::fromHex("0001"),
        QByteArray(QByteArray(1, '\0') + addSmall(p, -1)) };
    for (const QByteArray &value : invalid) {
        QVERIFY2(!group.isValidPublicValue(value), value.toHex().constData());
        QString error;
        QVERIFY2(!pair.agree(value, &error), value.toHex().constData());
        QVERIFY(!error.isEmpty());
    }
    QVERIFY(group.isValidPublicValue(QByteArray::fromHex("02")));
    QVERIFY(group.isValidPublicValue(addSmall(p, -2)));
    QVERIFY(group.isValidPublicValue(QByteArray(QByteArray(1, '\0') + addSmall(p, -2)))); // leading zero tolerated
    QVERIFY(pair.agree(QByteArray::fromHex("02")));
}

void TestCryptoDh::privateValueImport()
{
    const DhGroup group = *DhGroup::modp(14);
    const QByteArray lower = powerOfTwo(255);
    QVERIFY(!DhKeyPair::fromPrivateValue(group, SecretBytes(lower)));
    QVERIFY(DhKeyPair::fromPrivateValue(group, SecretBytes(addSmall(lower, 1))));
    QVERIFY(!DhKeyPair::fromPrivateValue(group, SecretBytes(addSmall(group.prime(), -1))));
    QVERIFY(DhKeyPair::fromPrivateValue(group, SecretBytes(addSmall(group.prime(), -2))));
    QVERIFY(!DhKeyPair::fromPrivateValue(group, SecretBytes(QByteArray::fromHex("05"))));
    QVERIFY(!DhKeyPair::fromPrivateValue(group, SecretBytes()));
}

QTEST_GUILESS_MAIN(TestCryptoDh)
#include "tst_crypto_dh.moc"
