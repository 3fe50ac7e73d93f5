// RSA (PKCS#1 v1.5) and DSA signatures with SHA-256 (XEP-0116 sign_algs; notes §7.2): a known answer from the
// openssl CLI for RSA, DSA interoperability with the CLI in both directions, tolerant verification.
#include "crypto/SigningKey.h"
#include "vectors/CryptoVectors.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony::crypto;
using namespace Qt::StringLiterals;

class TestCryptoSign : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rsaKnownAnswer();
    void rsaFromComponents();
    void rsaShortSignature();
    void rsaGenerateRoundTrip();
    void rsaTooSmall();
    void dsa();
    void dsaCliInterop();
    void garbage();

private:
    std::optional<PrivateKey> m_dsa;
};

namespace {

const QByteArray message = QByteArray::fromHex(vectors::hashMessage);

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs the openssl CLI; its exit code (or -1 if it could not run).
int runOpenssl(const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// DER INTEGER body for an unsigned big-endian value.
QByteArray derInteger(QByteArray value)
{
    while (value.size() > 1 && value.at(0) == '\0')
        value.remove(0, 1);
    if (static_cast<quint8>(value.at(0)) & 0x80)
        value.prepend('\0');
    return QByteArray(1, '\x02') + char(value.size()) + value;
}

// r ‖ s → DER SEQUENCE { r, s } (short-form lengths suffice for N = 256).
QByteArray rsToDer(const QByteArray &rs)
{
    const QByteArray body = derInteger(rs.first(rs.size() / 2)) + derInteger(rs.sliced(rs.size() / 2));
    return QByteArray(1, '\x30') + char(body.size()) + body;
}

// DER SEQUENCE { r, s } → r ‖ s, each padded to `width`; empty if not of that simple shape.
QByteArray derToRs(const QByteArray &der, int width)
{
    if (der.size() < 8 || der.at(0) != '\x30' || der.at(1) != char(der.size() - 2))
        return {};
    QByteArray out;
    qsizetype at = 2;
    for (int i = 0; i < 2; ++i) {
        if (der.at(at) != '\x02')
            return {};
        const int length = der.at(at + 1);
        QByteArray value = der.mid(at + 2, length);
        while (value.size() > width && value.at(0) == '\0')
            value.remove(0, 1);
        out += QByteArray(width - value.size(), '\0') + value;
        at += 2 + length;
    }
    return out;
}

QByteArray lengthPrefixed(const QByteArray &rs)
{
    QByteArray out;
    for (QByteArray part : { rs.first(rs.size() / 2), rs.sliced(rs.size() / 2) }) {
        while (part.size() > 1 && part.at(0) == '\0')
            part.remove(0, 1);
        out += char(part.size() >> 8);
        out += char(part.size() & 0xff);
        out += part;
    }
    return out;
}

} // namespace

void TestCryptoSign::initTestCase()
{
    // FIPS 186-4 parameter generation is the slow part; one key serves all DSA tests.
    m_dsa = PrivateKey::generate(SignatureAlgorithm::DsaSha256, 2048);
    QVERIFY(m_dsa);
}

void TestCryptoSign::rsaKnownAnswer()
{
    const std::optional<PrivateKey> key = PrivateKey::fromPkcs8(SecretBytes(QByteArray::fromHex(vectors::rsaPkcs8)));
    QVERIFY(key);
    QCOMPARE(key->algorithm(), SignatureAlgorithm::RsaSha256);
    // PKCS#1 v1.5 is deterministic: the same bytes as `openssl dgst -sha256 -sign`.
    QCOMPARE(key->sign(message).toHex(), QByteArray(vectors::rsaSignature));
    const PublicKey publicKey = key->publicKey();
    QVERIFY(!publicKey.isNull());
    QCOMPARE(publicKey.toDer().toHex(), QByteArray(vectors::rsaSpki));
    QCOMPARE(publicKey.fingerprint().toHex(), QByteArray(vectors::rsaFingerprint));
    const QString text = publicKey.fingerprintText();
    QCOMPARE(text.size(), 64 + 15);
    QCOMPARE(text.left(9), QString::fromLatin1(QByteArray(vectors::rsaFingerprint).left(8).toUpper()).insert(4, u' '));
    QCOMPARE(publicKey.components(),
        (QList<QByteArray> { QByteArray::fromHex(vectors::rsaModulus), QByteArray::fromHex(vectors::rsaExponent) }));
    QCOMPARE(key->toPkcs8().toByteArray().toHex(), QByteArray(vectors::rsaPkcs8));
}

void TestCryptoSign::rsaFromComponents()
{
    const std::optional<PublicKey> key
        = PublicKey::fromRsa(QByteArray::fromHex(vectors::rsaModulus), QByteArray::fromHex(vectors::rsaExponent));
    QVERIFY(key);
    const QByteArray signature = QByteArray::fromHex(vectors::rsaSignature);
    QVERIFY(key->verify(message, signature));
    QVERIFY(!key->verify(QByteArray(message + 'x'), signature));
    for (int bit : { 0, 7, 1000, 2047 }) {
        QByteArray flipped = signature;
        flipped[bit / 8] = static_cast<char>(flipped.at(bit / 8) ^ (1 << (bit % 8)));
        QVERIFY(!key->verify(message, flipped));
    }
    QVERIFY(!key->verify(message, QByteArray()));
    QVERIFY(!key->verify(message, QByteArray(QByteArray(1, '\x01') + signature)));
    // Equal to the key read from the SPKI DER; fromDer round trip.
    const std::optional<PublicKey> fromDer = PublicKey::fromDer(QByteArray::fromHex(vectors::rsaSpki));
    QVERIFY(fromDer);
    QVERIFY(*fromDer == *key);
    QVERIFY(!(*fromDer == PublicKey()));
    QVERIFY(PublicKey() == PublicKey());
}

void TestCryptoSign::rsaShortSignature()
{
    // A signature whose first octet is zero, sent as an MPI (XEP-0116 v0.12) without it, still verifies.
    const PrivateKey key = *PrivateKey::fromPkcs8(SecretBytes(QByteArray::fromHex(vectors::rsaPkcs8)));
    const PublicKey publicKey = key.publicKey();
    QByteArray found;
    QByteArray signature;
    for (int i = 0; i < 5000 && found.isEmpty(); ++i) {
        const QByteArray candidate = message + QByteArray::number(i);
        signature = key.sign(candidate);
        if (signature.at(0) == '\0')
            found = candidate;
    }
    QVERIFY2(!found.isEmpty(), "no signature with a leading zero octet among 5000 (p = 2^-29)");
    QCOMPARE(signature.size(), 256);
    QVERIFY(publicKey.verify(found, signature));
    QVERIFY(publicKey.verify(found, signature.sliced(1)));
}

void TestCryptoSign::rsaGenerateRoundTrip()
{
    const std::optional<PrivateKey> key = PrivateKey::generate(SignatureAlgorithm::RsaSha256, 2048);
    QVERIFY(key);
    const QByteArray signature = key->sign(message);
    QCOMPARE(signature.size(), 256);
    QVERIFY(key->publicKey().verify(message, signature));
    const std::optional<PrivateKey> restored = PrivateKey::fromPkcs8(key->toPkcs8());
    QVERIFY(restored);
    QVERIFY(restored->publicKey() == key->publicKey());
    QCOMPARE(restored->sign(message), signature);
    const PrivateKey other = *PrivateKey::fromPkcs8(SecretBytes(QByteArray::fromHex(vectors::rsaPkcs8)));
    QVERIFY(!other.publicKey().verify(message, signature));
}

void TestCryptoSign::rsaTooSmall()
{
    QVERIFY(!PrivateKey::generate(SignatureAlgorithm::RsaSha256, 1024));
    // A 1024-bit odd modulus (the RFC 2409 group 2 prime serves as one) is refused on import.
    const QByteArray modulus1024 = QByteArray::fromHex(vectors::modp2Prime);
    QVERIFY(!PublicKey::fromRsa(modulus1024, QByteArray::fromHex("010001")));
    QVERIFY(!PublicKey::fromRsa(QByteArray(), QByteArray::fromHex("010001")));
    QVERIFY(!PublicKey::fromRsa(QByteArray::fromHex(vectors::rsaModulus), QByteArray::fromHex("02"))); // even e
}

void TestCryptoSign::dsa()
{
    const PrivateKey &key = *m_dsa;
    QCOMPARE(key.algorithm(), SignatureAlgorithm::DsaSha256);
    const PublicKey publicKey = key.publicKey();
    QCOMPARE(publicKey.algorithm(), SignatureAlgorithm::DsaSha256);
    const QList<QByteArray> components = publicKey.components();
    QCOMPARE(components.size(), 4);
    QCOMPARE(components.at(0).size(), 256); // L = 2048
    QCOMPARE(components.at(1).size(), 32); // N = 256

    const QByteArray signature = key.sign(message);
    QCOMPARE(signature.size(), 64); // r ‖ s, 32 octets each
    QVERIFY(publicKey.verify(message, signature));
    QVERIFY(publicKey.verify(message, lengthPrefixed(signature))); // XEP-0116 v0.12 form
    QVERIFY(!publicKey.verify(QByteArray(message + 'x'), signature));
    QVERIFY(!publicKey.verify(message, rsToDer(signature))); // DER is not a wire format here
    QByteArray flipped = signature;
    flipped[40] = static_cast<char>(flipped.at(40) ^ 0x10);
    QVERIFY(!publicKey.verify(message, flipped));
    QVERIFY(!publicKey.verify(message, lengthPrefixed(flipped)));

    const std::optional<PublicKey> rebuilt
        = PublicKey::fromDsa(components.at(0), components.at(1), components.at(2), components.at(3));
    QVERIFY(rebuilt);
    QVERIFY(*rebuilt == publicKey);
    QVERIFY(rebuilt->verify(message, signature));
    // y outside the group (y = 1) is refused by the public-key check.
    QVERIFY(!PublicKey::fromDsa(components.at(0), components.at(1), components.at(2), QByteArray::fromHex("01")));

    const std::optional<PrivateKey> restored = PrivateKey::fromPkcs8(key.toPkcs8());
    QVERIFY(restored);
    QVERIFY(publicKey.verify(message, restored->sign(message)));
    const std::optional<PublicKey> fromDer = PublicKey::fromDer(publicKey.toDer());
    QVERIFY(fromDer && *fromDer == publicKey);
    QVERIFY(!(*fromDer == *PublicKey::fromDer(QByteArray::fromHex(vectors::rsaSpki))));
}

void TestCryptoSign::dsaCliInterop()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QSKIP("the openssl command-line tool is not installed; CLI interoperability not checked");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString keyPath = dir.filePath(u"key.der"_s);
    const QString pubPath = dir.filePath(u"pub.der"_s);
    const QString messagePath = dir.filePath(u"message"_s);
    const QString cliSigPath = dir.filePath(u"cli.sig"_s);
    const QString ourSigPath = dir.filePath(u"ours.sig"_s);
    QVERIFY(writeFile(keyPath, m_dsa->toPkcs8().toByteArray()));
    QVERIFY(writeFile(pubPath, m_dsa->publicKey().toDer()));
    QVERIFY(writeFile(messagePath, message));

    // CLI signs, we verify.
    QByteArray output;
    QCOMPARE(runOpenssl({ u"dgst"_s, u"-sha256"_s, u"-sign"_s, keyPath, u"-keyform"_s, u"DER"_s, u"-out"_s, cliSigPath,
                            messagePath },
                 &output),
        0);
    const QByteArray cliSignature = derToRs(readFile(cliSigPath), 32);
    QCOMPARE(cliSignature.size(), 64);
    QVERIFY(m_dsa->publicKey().verify(message, cliSignature));
    QVERIFY(!m_dsa->publicKey().verify(QByteArray(message + 'x'), cliSignature));

    // We sign, the CLI verifies (and rejects a tampered signature).
    const QByteArray ours = m_dsa->sign(message);
    QVERIFY(writeFile(ourSigPath, rsToDer(ours)));
    const QStringList verify { u"dgst"_s, u"-sha256"_s, u"-verify"_s, pubPath, u"-keyform"_s, u"DER"_s, u"-signature"_s,
        ourSigPath, messagePath };
    QCOMPARE(runOpenssl(verify, &output), 0);
    QVERIFY2(output.contains("Verified OK"), output.constData());
    QByteArray tampered = ours;
    tampered[63] = static_cast<char>(tampered.at(63) ^ 1);
    QVERIFY(writeFile(ourSigPath, rsToDer(tampered)));
    QVERIFY(runOpenssl(verify, &output) != 0);

    // And the RSA direction: our signature with our generated key verifies in the CLI.
    const PrivateKey rsa = *PrivateKey::generate(SignatureAlgorithm::RsaSha256, 2048);
    QVERIFY(writeFile(pubPath, rsa.publicKey().toDer()));
    QVERIFY(writeFile(ourSigPath, rsa.sign(message)));
    QCOMPARE(runOpenssl(verify, &output), 0);
}

void TestCryptoSign::garbage()
{
    QVERIFY(!PrivateKey::fromPkcs8(SecretBytes(QByteArrayView("not a key"))));
    QVERIFY(!PrivateKey::fromPkcs8(SecretBytes()));
    QVERIFY(!PublicKey::fromDer("not a key"));
    QVERIFY(!PublicKey::fromDer(QByteArray()));
    QVERIFY(!PublicKey::fromDer(QByteArray(QByteArray::fromHex(vectors::rsaSpki) + 'x'))); // trailing bytes
    const PublicKey null;
    QVERIFY(null.isNull());
    QVERIFY(!null.verify(message, "sig"));
    QVERIFY(null.toDer().isEmpty());
    QVERIFY(null.fingerprint().isEmpty());
}

QTEST_GUILESS_MAIN(TestCryptoSign)
#include "tst_crypto_sign.moc"
