#include "stream/Scram.h"

#include <QTest>

using namespace balcony;

class TestScram : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc5802Example();
    void rfc7677Example();
    void randomNonce();
    void usernameEscaping();
    void nonceMismatch();
    void nonceNotExtended();
    void badServerSignature();
    void missingServerSignature();
    void serverErrorAttribute();
    void lowIterations();
    void mandatoryExtension();
    void malformedServerFirst();
};

// RFC 5802 §5: user "user", password "pencil", SCRAM-SHA-1.
void TestScram::rfc5802Example()
{
    Scram scram(Scram::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"));
    scram.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
    QCOMPARE(scram.clientFirst(), QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
    const auto final = scram.clientFinal("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096");
    QVERIFY2(final, qPrintable(scram.error()));
    QCOMPARE(*final, QByteArray("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="));
    QVERIFY(!scram.isServerVerified());
    QVERIFY2(scram.verifyServerFinal("v=rmF9pqV8S7suAoZWja4dJRkFsKQ="), qPrintable(scram.error()));
    QVERIFY(scram.isServerVerified());
}

// RFC 7677 §3: SCRAM-SHA-256.
void TestScram::rfc7677Example()
{
    Scram scram(Scram::Hash::Sha256, QStringLiteral("user"), QStringLiteral("pencil"));
    scram.setClientNonce("rOprNGfwEbeRWgbNEkqO");
    QCOMPARE(scram.clientFirst(), QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
    const auto final
        = scram.clientFinal("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
    QVERIFY2(final, qPrintable(scram.error()));
    QCOMPARE(*final,
        QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                   "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
    QVERIFY2(scram.verifyServerFinal("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="), qPrintable(scram.error()));
    QVERIFY(scram.isServerVerified());
    QCOMPARE(scram.mechanismName(), QStringLiteral("SCRAM-SHA-256"));
}

void TestScram::randomNonce()
{
    Scram a(Scram::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"));
    Scram b(Scram::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"));
    const QByteArray firstA = a.clientFirst();
    const QByteArray firstB = b.clientFirst();
    QVERIFY(firstA.startsWith("n,,n=user,r="));
    QVERIFY(firstA != firstB);
    const QByteArray nonce = firstA.mid(qsizetype(strlen("n,,n=user,r=")));
    QVERIFY(nonce.size() >= 24);
    QVERIFY(!nonce.contains(','));
}

void TestScram::usernameEscaping()
{
    QCOMPARE(Scram::escapeUsername(QStringLiteral("a=b,c")), QStringLiteral("a=3Db=2Cc"));
    QCOMPARE(Scram::escapeUsername(QStringLiteral("=2C")), QStringLiteral("=3D2C"));
    Scram scram(Scram::Hash::Sha1, QStringLiteral("a,b"), QStringLiteral("x"));
    scram.setClientNonce("abc");
    QCOMPARE(scram.clientFirst(), QByteArray("n,,n=a=2Cb,r=abc"));
    // SASLprep-lite: NFKC and non-ASCII space mapping, soft hyphen removed.
    QCOMPARE(Scram::saslPrep(QString::fromUtf8("I\xC2\xADX")), QStringLiteral("IX"));
    QCOMPARE(Scram::saslPrep(QString::fromUtf8("a\xC2\xA0"
                                               "b")),
        QStringLiteral("a b"));
    QCOMPARE(Scram::saslPrep(QString::fromUtf8("\xE2\x85\xA8")), QStringLiteral("IX"));
}

void TestScram::nonceMismatch()
{
    Scram scram(Scram::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"));
    scram.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
    scram.clientFirst();
    QVERIFY(!scram.clientFinal("r=XXXX+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096"));
    QVERIFY(scram.error().contains(QLatin1StringView("nonce")));
    // A failed exchange stays failed.
    QVERIFY(!scram.verifyServerFinal("v=rmF9pqV8S7suAoZWja4dJRkFsKQ="));
}

void TestScram::nonceNotExtended()
{
    Scram scram(Scram::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"));
    scram.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
    scram.clientFirst();
    QVERIFY(!scram.clientFinal("r=fyko+d2lbbFgONRv9qkxdawL,s=QSXCR+Q6sek8bf92,i=4096"));
}

void TestScram::badServerSignature()
{
    Scram scram(Scram::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"));
    scram.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
    scram.clientFirst();
    QVERIFY(scram.clientFinal("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096"));
    // One bit flipped in the last byte of the RFC's signature.
    QVERIFY(!scram.verifyServerFinal("v=rmF9pqV8S7suAoZWja4dJRkFsKA="));
    QVERIFY(!scram.isServerVerified());
    QVERIFY(!scram.error().isEmpty());
}

void TestScram::missingServerSignature()
{
    Scram scram(Scram::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"));
    scram.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
    scram.clientFirst();
    QVERIFY(scram.clientFinal("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096"));
    QVERIFY(!scram.verifyServerFinal(QByteArray()));
    QVERIFY(!scram.isServerVerified());
}

void TestScram::serverErrorAttribute()
{
    Scram scram(Scram::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"));
    scram.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
    scram.clientFirst();
    QVERIFY(scram.clientFinal("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096"));
    QVERIFY(!scram.verifyServerFinal("e=invalid-proof"));
    QVERIFY(scram.error().contains(QLatin1StringView("invalid-proof")));
}

void TestScram::lowIterations()
{
    Scram scram(Scram::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"));
    scram.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
    scram.clientFirst();
    QVERIFY(!scram.clientFinal("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4095"));
    QVERIFY(scram.error().contains(QLatin1StringView("iteration")));

    Scram zero(Scram::Hash::Sha256, QStringLiteral("user"), QStringLiteral("pencil"));
    zero.setClientNonce("abc");
    zero.clientFirst();
    QVERIFY(!zero.clientFinal("r=abcdef,s=QSXCR+Q6sek8bf92,i=0"));
    Scram garbage(Scram::Hash::Sha256, QStringLiteral("user"), QStringLiteral("pencil"));
    garbage.setClientNonce("abc");
    garbage.clientFirst();
    QVERIFY(!garbage.clientFinal("r=abcdef,s=QSXCR+Q6sek8bf92,i=lots"));
}

void TestScram::mandatoryExtension()
{
    Scram scram(Scram::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"));
    scram.setClientNonce("abc");
    scram.clientFirst();
    QVERIFY(!scram.clientFinal("m=ext,r=abcdef,s=QSXCR+Q6sek8bf92,i=4096"));
}

void TestScram::malformedServerFirst()
{
    const QList<QByteArray> bad = { "", "garbage", "r=abcdef", "s=QSXCR+Q6sek8bf92,r=abcdef,i=4096",
        "r=abcdef,s=!!!,i=4096", "r=abcdef,s=,i=4096" };
    for (const QByteArray &message : bad) {
        Scram scram(Scram::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"));
        scram.setClientNonce("abc");
        scram.clientFirst();
        QVERIFY2(!scram.clientFinal(message), message.constData());
    }
    // Out of order: server-first before client-first.
    Scram early(Scram::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"));
    QVERIFY(!early.clientFinal("r=abcdef,s=QSXCR+Q6sek8bf92,i=4096"));
}

QTEST_GUILESS_MAIN(TestScram)
#include "tst_scram.moc"
