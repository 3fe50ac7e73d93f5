#include "ProsodyFixture.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using balcony::test::ProsodyFixture;

namespace {

QByteArray streamHeader(const QString &domain)
{
    return "<?xml version='1.0'?><stream:stream to='" + domain.toUtf8()
        + "' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";
}

// Reads from `socket` until `needle` shows up (or 5 s pass); returns everything read.
QByteArray readUntil(QAbstractSocket &socket, const QByteArray &needle)
{
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (!received.contains(needle) && timer.elapsed() < 5000) {
        if (socket.bytesAvailable() == 0) {
            socket.waitForReadyRead(200);
        }
        received += socket.readAll();
    }
    return received;
}

} // namespace

// The fixture itself: a real Prosody with our generated config and certificates answers on both ports,
// demands STARTTLS, presents the certificate we made, and comes back on the same port after a restart.
class TestProsodyFixture : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!ProsodyFixture::isAvailable(&why)) {
            QSKIP(qPrintable(u"Prosody is not available: "_s + why));
        }
    }

    void plainStreamOffersRequiredStarttls()
    {
        ProsodyFixture prosody;
        QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));
        QTcpSocket socket;
        socket.connectToHost(prosody.host(), prosody.c2sPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(streamHeader(prosody.domain()));
        const QByteArray features = readUntil(socket, "</stream:features>");
        QVERIFY2(features.contains("urn:ietf:params:xml:ns:xmpp-tls"), features.constData());
        QVERIFY2(features.contains("<required"), features.constData());
        // c2s_require_encryption: no SASL before TLS.
        QVERIFY(!features.contains("mechanisms"));
    }

    void directTlsPresentsCaSignedCertificate()
    {
        ProsodyFixture prosody;
        QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));
        QVERIFY(!prosody.caCertificate().isNull());
        QVERIFY(prosody.caCertificate() != prosody.serverCertificate());
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates({ prosody.caCertificate() });
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(prosody.host(), prosody.directTlsPort(), prosody.domain());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        QCOMPARE(socket.peerCertificate(), prosody.serverCertificate());
        QCOMPARE(socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex(), prosody.serverFingerprint());
        socket.write(streamHeader(prosody.domain()));
        const QByteArray features = readUntil(socket, "</stream:features>");
        QVERIFY2(features.contains("SCRAM-SHA-1"), features.constData());
    }

    void sha256InstanceOffersScramSha256()
    {
        ProsodyFixture prosody({ .passwordHash = u"SHA-256"_s });
        QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates({ prosody.caCertificate() });
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(prosody.host(), prosody.directTlsPort(), prosody.domain());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        socket.write(streamHeader(prosody.domain()));
        const QByteArray features = readUntil(socket, "</stream:features>");
        QVERIFY2(features.contains("SCRAM-SHA-256"), features.constData());
        QVERIFY2(!features.contains(">SCRAM-SHA-1<"), features.constData());
    }

    void selfSignedCertificateIsNotVerifiable()
    {
        ProsodyFixture prosody({ .certificates = ProsodyFixture::CertificateMode::SelfSigned });
        QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));
        QSslSocket socket;
        QList<QSslError> errors;
        connect(&socket, &QSslSocket::sslErrors, this, [&](const QList<QSslError> &e) { errors = e; });
        socket.connectToHostEncrypted(prosody.host(), prosody.directTlsPort(), prosody.domain());
        QVERIFY(!socket.waitForEncrypted(10000));
        QVERIFY(!errors.isEmpty());
        QCOMPARE(socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex(), prosody.serverFingerprint());
    }

    void restartKeepsPortAndStopEndsTheServer()
    {
        ProsodyFixture prosody;
        QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));
        QVERIFY2(prosody.registerUser(u"carol"_s, u"pw"_s), qPrintable(prosody.errorString()));
        const quint16 port = prosody.c2sPort();
        prosody.stop();
        QVERIFY(!prosody.isRunning());
        QTcpSocket closed;
        closed.connectToHost(prosody.host(), port);
        QVERIFY(!closed.waitForConnected(2000));

        QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));
        QCOMPARE(prosody.c2sPort(), port);
        QVERIFY2(prosody.restart(), qPrintable(prosody.errorString()));
        QCOMPARE(prosody.c2sPort(), port);
        // The data directory (with the account) survived both restarts.
        QVERIFY(QFile::exists(prosody.directory() + u"/data/localhost/accounts/carol.dat"_s));
    }
};

QTEST_GUILESS_MAIN(TestProsodyFixture)
#include "tst_prosodyfixture.moc"
