#include "stream/CertificateTrust.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using balcony::CertificateTrust;

class TestCertificateTrust : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void fingerprintMatchesOpenSsl();
    void displayForm();
    void normalization();
    void nothingTrustedImplicitly();
    void trustPersistsAcrossInstances();
    void fileIsPrivate();
    void revokePersists();
    void corruptFileIsHandled_data();
    void corruptFileIsHandled();
    void invalidEntriesAreSkipped();
    void nullCertificateRejected();
    void unwritableDirectoryReported();

private:
    QString openssl(const QStringList &arguments);

    QTemporaryDir m_certDir;
    std::unique_ptr<QTemporaryDir> m_profile;
    QSslCertificate m_certificate;
    QSslCertificate m_other;
    QByteArray m_opensslFingerprint;
};

QString TestCertificateTrust::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_certDir.path());
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestCertificateTrust::initTestCase()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty()) {
        QFAIL("the openssl command line tool is needed to make test certificates");
    }
    QVERIFY(m_certDir.isValid());
    for (const QString &name : { u"a"_s, u"b"_s }) {
        openssl({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
            u"-nodes"_s, u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".pem"_s, u"-days"_s, u"30"_s, u"-subj"_s,
            u"/CN=example.test"_s });
    }
    const auto a = QSslCertificate::fromPath(m_certDir.filePath(u"a.pem"_s));
    const auto b = QSslCertificate::fromPath(m_certDir.filePath(u"b.pem"_s));
    QCOMPARE(a.size(), 1);
    QCOMPARE(b.size(), 1);
    m_certificate = a.first();
    m_other = b.first();

    // An independent computation of the fingerprint: "sha256 Fingerprint=AB:CD:..."
    const QString out
        = openssl({ u"x509"_s, u"-in"_s, u"a.pem"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s }).trimmed();
    const qsizetype eq = out.indexOf(u'=');
    QVERIFY2(eq > 0, qPrintable(out));
    m_opensslFingerprint = out.mid(eq + 1).remove(u':').toLower().toLatin1();
    QCOMPARE(m_opensslFingerprint.size(), 64);
}

void TestCertificateTrust::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
}

void TestCertificateTrust::fingerprintMatchesOpenSsl()
{
    QCOMPARE(CertificateTrust::fingerprint(m_certificate), m_opensslFingerprint);
    QVERIFY(CertificateTrust::fingerprint(m_other) != m_opensslFingerprint);
    QVERIFY(CertificateTrust::fingerprint(QSslCertificate()).isEmpty());
}

void TestCertificateTrust::displayForm()
{
    const QString display = CertificateTrust::displayFingerprint(m_opensslFingerprint);
    QCOMPARE(display.size(), 64 + 31);
    QCOMPARE(display.count(u':'), 31);
    QCOMPARE(display.left(5), QString::fromLatin1(m_opensslFingerprint.left(2) + ':' + m_opensslFingerprint.mid(2, 2)));
    QCOMPARE(QString(display).remove(u':').toLatin1(), m_opensslFingerprint);
}

void TestCertificateTrust::normalization()
{
    const QByteArray upperWithColons = CertificateTrust::displayFingerprint(m_opensslFingerprint).toUpper().toLatin1();
    QCOMPARE(CertificateTrust::normalizedFingerprint(upperWithColons), m_opensslFingerprint);
    QVERIFY(CertificateTrust::normalizedFingerprint(m_opensslFingerprint.left(62)).isEmpty());
    QVERIFY(CertificateTrust::normalizedFingerprint(m_opensslFingerprint.left(63) + 'g').isEmpty());
    QVERIFY(CertificateTrust::normalizedFingerprint(QByteArray()).isEmpty());
}

void TestCertificateTrust::nothingTrustedImplicitly()
{
    CertificateTrust trust(m_profile->path());
    QVERIFY(trust.errorString().isEmpty());
    QVERIFY(!trust.isTrusted(u"example.test"_s, m_opensslFingerprint));
    QVERIFY(trust.fingerprints(u"example.test"_s).isEmpty());
    QVERIFY(!trust.isTrusted(u"example.test"_s, QByteArray()));
    // Reading does not create the file.
    QVERIFY(!QFile::exists(trust.filePath()));
}

void TestCertificateTrust::trustPersistsAcrossInstances()
{
    {
        CertificateTrust trust(m_profile->path());
        QVERIFY(trust.trust(u"Example.TEST"_s, m_certificate));
        QVERIFY(trust.isTrusted(u"example.test"_s, m_opensslFingerprint));
        // Trusting twice records it once.
        QVERIFY(trust.trust(u"example.test"_s, m_certificate));
        QCOMPARE(trust.fingerprints(u"example.test"_s), QList<QByteArray> { m_opensslFingerprint });
    }
    QCOMPARE(QFileInfo(m_profile->filePath(u"trusted-certificates.json"_s)).exists(), true);

    CertificateTrust reloaded(m_profile->path());
    QVERIFY(reloaded.errorString().isEmpty());
    QVERIFY(reloaded.isTrusted(u"example.test"_s, m_opensslFingerprint));
    QVERIFY(
        reloaded.isTrusted(u"example.test."_s, CertificateTrust::displayFingerprint(m_opensslFingerprint).toLatin1()));
    // The decision is for this certificate and this domain only.
    QVERIFY(!reloaded.isTrusted(u"example.test"_s, CertificateTrust::fingerprint(m_other)));
    QVERIFY(!reloaded.isTrusted(u"other.test"_s, m_opensslFingerprint));

    QVERIFY(reloaded.trust(u"example.test"_s, m_other));
    CertificateTrust third(m_profile->path());
    QCOMPARE(third.fingerprints(u"example.test"_s),
        (QList<QByteArray> { m_opensslFingerprint, CertificateTrust::fingerprint(m_other) }));
}

void TestCertificateTrust::fileIsPrivate()
{
    CertificateTrust trust(m_profile->path());
    QVERIFY(trust.trust(u"example.test"_s, m_certificate));
    const QFileDevice::Permissions expected
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    QCOMPARE(QFile::permissions(trust.filePath()), expected);
    // Rewrites keep the mode.
    QVERIFY(trust.revoke(u"example.test"_s, m_opensslFingerprint));
    QCOMPARE(QFile::permissions(trust.filePath()), expected);
}

void TestCertificateTrust::revokePersists()
{
    CertificateTrust trust(m_profile->path());
    QVERIFY(trust.trust(u"example.test"_s, m_certificate));
    QVERIFY(trust.trust(u"example.test"_s, m_other));
    QVERIFY(trust.revoke(u"example.test"_s, m_opensslFingerprint));
    QVERIFY(!trust.revoke(u"example.test"_s, m_opensslFingerprint));
    QVERIFY(!trust.revoke(u"other.test"_s, CertificateTrust::fingerprint(m_other)));

    CertificateTrust reloaded(m_profile->path());
    QVERIFY(!reloaded.isTrusted(u"example.test"_s, m_opensslFingerprint));
    QVERIFY(reloaded.isTrusted(u"example.test"_s, CertificateTrust::fingerprint(m_other)));
}

void TestCertificateTrust::corruptFileIsHandled_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("garbage") << QByteArray("\x00\xff{{{ not json", 15);
    QTest::newRow("truncated") << QByteArray("{\"version\":1,\"domains\":{\"example.test\":[\"ab");
    QTest::newRow("array root") << QByteArray("[1,2,3]");
    QTest::newRow("unknown version") << QByteArray("{\"version\":99,\"domains\":{}}");
    QTest::newRow("domains not an object") << QByteArray("{\"version\":1,\"domains\":[]}");
    QTest::newRow("empty") << QByteArray();
}

void TestCertificateTrust::corruptFileIsHandled()
{
    QFETCH(QByteArray, content);
    const QString path = m_profile->filePath(u"trusted-certificates.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    CertificateTrust trust(m_profile->path());
    QVERIFY(!trust.errorString().isEmpty());
    QVERIFY(!trust.isTrusted(u"example.test"_s, m_opensslFingerprint));
    QVERIFY(trust.fingerprints(u"example.test"_s).isEmpty());

    // A new decision writes a fresh file and keeps the damaged one aside.
    QVERIFY(trust.trust(u"example.test"_s, m_certificate));
    QVERIFY(trust.errorString().isEmpty());
    QFile aside(path + u".corrupt"_s);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), content);
    CertificateTrust reloaded(m_profile->path());
    QVERIFY(reloaded.errorString().isEmpty());
    QVERIFY(reloaded.isTrusted(u"example.test"_s, m_opensslFingerprint));
}

void TestCertificateTrust::invalidEntriesAreSkipped()
{
    const QString path = m_profile->filePath(u"trusted-certificates.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\":1,\"domains\":{\"example.test\":[\"" + m_opensslFingerprint
            + "\", \"*\", \"\", 42, \"abcd\"], \"other.test\": \"" + m_opensslFingerprint + "\"}}");
    }
    CertificateTrust trust(m_profile->path());
    QVERIFY(trust.errorString().isEmpty());
    QCOMPARE(trust.fingerprints(u"example.test"_s), QList<QByteArray> { m_opensslFingerprint });
    // A string where a list belongs is not widened into a decision.
    QVERIFY(!trust.isTrusted(u"other.test"_s, m_opensslFingerprint));
    QVERIFY(!trust.isTrusted(u"example.test"_s, "*"));
}

void TestCertificateTrust::nullCertificateRejected()
{
    CertificateTrust trust(m_profile->path());
    QVERIFY(!trust.trust(u"example.test"_s, QSslCertificate()));
    QVERIFY(!trust.trustFingerprint(u""_s, m_opensslFingerprint));
    QVERIFY(!trust.trustFingerprint(u"example.test"_s, "not-a-fingerprint"));
    QVERIFY(!QFile::exists(trust.filePath()));
}

void TestCertificateTrust::unwritableDirectoryReported()
{
    // A profile "directory" that is a regular file cannot hold the list.
    const QString blocker = m_profile->filePath(u"blocker"_s);
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    CertificateTrust trust(blocker);
    QVERIFY(!trust.trust(u"example.test"_s, m_certificate));
    QVERIFY(!trust.errorString().isEmpty());
    // A failed save leaves no decision behind in memory either.
    QVERIFY(!trust.isTrusted(u"example.test"_s, m_opensslFingerprint));
}

QTEST_GUILESS_MAIN(TestCertificateTrust)
#include "tst_certificatetrust.moc"
