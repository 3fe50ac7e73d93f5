// OpenSSL's per-thread error queue after every crypto call (issue 11, item 2). Qt's TLS backend reads that queue on
// the same thread after its own SSL_read: an error a failed signature check left behind was taken for a TLS
// failure and dropped the connection. Every wrapper must leave the queue empty, whether it succeeds or fails;
// the last test shows a bad signature checked between two reads of a live TLS connection, which must go on.
#include "crypto/AesCtr.h"
#include "crypto/DhGroup.h"
#include "crypto/DhKeyPair.h"
#include "crypto/Hash.h"
#include "crypto/KeyWrap.h"
#include "crypto/OpenSslErrors.h"
#include "crypto/SigningKey.h"
#include "stream/Scram.h"
#include "stream/TcpTransport.h"
#include "stream/TlsSessionCache.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace balcony;
using namespace balcony::crypto;
using namespace Qt::StringLiterals;

namespace {

using Operation = std::function<void()>;

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = static_cast<char>(bytes.at(at) ^ 0x01);
    return bytes;
}

// A signature that fails RSA PKCS#1 v1.5 verification inside OpenSSL ("invalid padding"): it is the right
// length, so the check reaches the RSA routines instead of being refused before.
struct RsaFixture {
    std::optional<PrivateKey> key = PrivateKey::generate(SignatureAlgorithm::RsaSha256, 2048);
    QByteArray message = "offline options to be signed"_ba;
    QByteArray badSignature() const { return flipped(key->sign(message), 7); }
};

int runOpenssl(const QStringList &arguments, const QString &directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60000)) {
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Direct TLS on loopback: QSslServer does the handshake; the test writes to the accepted socket.
class TlsServer : public QSslServer {
public:
    TlsServer(const QSslCertificate &certificate, const QSslKey &key)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        setSslConfiguration(config);
        connect(this, &QSslServer::pendingConnectionAvailable, this,
            [this] { socket = qobject_cast<QSslSocket *>(nextPendingConnection()); });
    }
    QSslSocket *socket = nullptr;
};

} // namespace

class TestCryptoErrorQueue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void failedCallsLeaveTheQueueEmpty_data();
    void failedCallsLeaveTheQueueEmpty();
    void successfulCallsLeaveTheQueueEmpty();
    void tlsConnectionSurvivesAFailedSignatureCheck();
};

void TestCryptoErrorQueue::failedCallsLeaveTheQueueEmpty_data()
{
    QTest::addColumn<Operation>("operation");
    static RsaFixture rsa;
    static const std::optional<PrivateKey> dsa = PrivateKey::generate(SignatureAlgorithm::DsaSha256, 2048);
    QVERIFY(rsa.key && dsa);

    QTest::newRow("rsa verify, bad signature")
        << Operation([] { QVERIFY(!rsa.key->publicKey().verify(rsa.message, rsa.badSignature())); });
    QTest::newRow("rsa verify, signature of another message")
        << Operation([] { QVERIFY(!rsa.key->publicKey().verify("other"_ba, rsa.key->sign(rsa.message))); });
    QTest::newRow("dsa verify, bad signature") << Operation([] {
        const QByteArray signature = dsa->sign(rsa.message);
        QVERIFY(!dsa->publicKey().verify(rsa.message, flipped(signature, signature.size() - 1)));
    });
    QTest::newRow("dsa verify, garbage") << Operation(
        [] { QVERIFY(!dsa->publicKey().verify(rsa.message, QByteArray(64, '\xff'))); });
    QTest::newRow("public key from garbage DER")
        << Operation([] { QVERIFY(!PublicKey::fromDer("\x30\x82\x01\x22garbage"_ba)); });
    QTest::newRow("public key from truncated DER") << Operation([] {
        const QByteArray der = rsa.key->publicKey().toDer();
        QVERIFY(!PublicKey::fromDer(der.left(der.size() / 2)));
    });
    QTest::newRow("private key from garbage PKCS#8")
        << Operation([] { QVERIFY(!PrivateKey::fromPkcs8(SecretBytes("\x30\x03\x02\x01\x00"_ba))); });
    QTest::newRow("rsa key with an even modulus")
        << Operation([] { QVERIFY(!PublicKey::fromRsa(QByteArray(256, '\x02'), QByteArray::fromHex("010001"))); });
    QTest::newRow("dsa key with y = 1") << Operation([] {
        const QList<QByteArray> c = dsa->publicKey().components();
        QVERIFY(!PublicKey::fromDsa(c.at(0), c.at(1), c.at(2), QByteArray(1, '\x01')));
    });
    QTest::newRow("unseal with a wrong key") << Operation([] {
        const SecretBytes key = SecretBytes::random(32);
        const QByteArray sealed = seal(key, SecretBytes("secret"_ba), "ad"_ba);
        QVERIFY(!unseal(SecretBytes::random(32), sealed, "ad"_ba));
        QVERIFY(!unseal(key, flipped(sealed, sealed.size() - 1), "ad"_ba));
    });
    QTest::newRow("dh agree with an out-of-range value") << Operation([] {
        const std::optional<DhKeyPair> pair = DhKeyPair::generate(*DhGroup::modp(14));
        QVERIFY(pair);
        QVERIFY(!pair->agree(QByteArray(1, '\x01')));
        QVERIFY(!DhKeyPair::fromPrivateValue(*DhGroup::modp(14), SecretBytes(QByteArray(1, '\x02'))));
    });
    QTest::newRow("aes-ctr with a bad key")
        << Operation([] { QVERIFY(!aesCtr("short"_ba, QByteArray(16, 0), "x"_ba)); });
    QTest::newRow("tls session from garbage")
        << Operation([] { QVERIFY(!TlsSessionCache::isResumable("\x30\x05garbage-session"_ba)); });
}

void TestCryptoErrorQueue::failedCallsLeaveTheQueueEmpty()
{
    QFETCH(Operation, operation);
    clearErrorQueue(); // each row on its own, whatever an earlier one left
    operation();
    QVERIFY2(errorQueueIsEmpty(), firstQueuedError().constData());
}

void TestCryptoErrorQueue::successfulCallsLeaveTheQueueEmpty()
{
    clearErrorQueue();
    RsaFixture rsa;
    QVERIFY(rsa.key);
    const QByteArray signature = rsa.key->sign(rsa.message);
    QVERIFY(rsa.key->publicKey().verify(rsa.message, signature));
    QVERIFY(PublicKey::fromDer(rsa.key->publicKey().toDer()));
    QVERIFY(PrivateKey::fromPkcs8(rsa.key->toPkcs8()));
    ScryptParameters cheap;
    cheap.n = 1 << 10;
    const SecretBytes key = deriveWrapKey("password"_ba, "salt"_ba, cheap);
    QVERIFY(unseal(key, seal(key, SecretBytes("secret"_ba), "ad"_ba), "ad"_ba));
    QVERIFY(!hash(HashAlgorithm::Sha256, "x"_ba).isEmpty());
    QVERIFY(!hmac(HashAlgorithm::Sha256, "k"_ba, "x"_ba).isEmpty());
    Scram scram(Scram::Hash::Sha256, u"user"_s, u"pencil"_s);
    QVERIFY(!scram.clientFirst().isEmpty());
    QVERIFY2(errorQueueIsEmpty(), firstQueuedError().constData());
}

void TestCryptoErrorQueue::tlsConnectionSurvivesAFailedSignatureCheck()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty()) {
        QFAIL("the openssl command line tool is needed");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(runOpenssl({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                            u"-nodes"_s, u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.pem"_s, u"-days"_s, u"2"_s,
                            u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s, u"subjectAltName=DNS:localhost"_s },
                 dir.path()),
        0);
    const QSslCertificate certificate(readFile(dir.filePath(u"server.pem"_s)), QSsl::Pem);
    const QSslKey key(readFile(dir.filePath(u"server.key"_s)), QSsl::Ec, QSsl::Pem);
    QVERIFY(!certificate.isNull() && !key.isNull());

    TlsServer server(certificate, key);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    RsaFixture rsa;
    QVERIFY(rsa.key);
    const QByteArray badSignature = rsa.badSignature();

    TcpTransport transport;
    QByteArray received;
    QList<TransportError> errors;
    bool checked = false;
    bool checkFailed = false;
    QObject::connect(&transport, &TcpTransport::dataReceived, &transport, [&](const QByteArray &bytes) {
        received += bytes;
        if (!checked && received.contains("<message id='1'/>")) {
            // What a stanza handler does with a contact's signed offer: on the thread that reads the socket.
            checked = true;
            checkFailed = !rsa.key->publicKey().verify(rsa.message, badSignature);
        }
    });
    QObject::connect(&transport, &TcpTransport::errorOccurred, &transport,
        [&](const TransportError &error) { errors.append(error); });

    TransportTarget target;
    target.domain = u"localhost"_s;
    target.host = u"127.0.0.1"_s;
    target.port = server.serverPort();
    target.directTls = true;
    target.extraCaCertificates = { certificate };
    transport.connectToServer(target);
    QTRY_VERIFY_WITH_TIMEOUT(transport.isEncrypted() && server.socket && server.socket->isEncrypted(), 10000);

    server.socket->write("<message id='1'/>");
    QTRY_VERIFY_WITH_TIMEOUT(checked, 10000);
    QVERIFY(checkFailed);
    // The next record on the same connection must be read as data, not as a TLS error.
    server.socket->write("<message id='2'/>");
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("<message id='2'/>") || !errors.isEmpty(), 10000);
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().message));
    QVERIFY(transport.isEncrypted());
    // And the other direction still works.
    QByteArray atServer;
    QObject::connect(server.socket, &QSslSocket::readyRead, &server, [&] { atServer += server.socket->readAll(); });
    transport.write("<message id='3'/>");
    QTRY_VERIFY_WITH_TIMEOUT(atServer.contains("<message id='3'/>"), 10000);
}

QTEST_GUILESS_MAIN(TestCryptoErrorQueue)
#include "tst_crypto_errorqueue.moc"
