#include "stream/CertificateTrust.h"
#include "stream/TcpTransport.h"
#include "stream/TlsSessionCache.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;
using balcony::CertificateTrust;
using balcony::TcpTransport;
using balcony::TlsSessionCache;
using balcony::TransportError;
using balcony::TransportTarget;
using Target = balcony::SrvLookup::Target;

namespace {

constexpr int Wait = 20000; // generous: the machine is shared; never a timing assertion

struct Identity {
    QSslCertificate certificate;
    QSslKey key;
};

// Every signal of a transport, in order, for checking sequences such as "error, then disconnected".
struct Recorder {
    QStringList events;
    QList<TransportError> errors;
    QByteArray data;

    explicit Recorder(TcpTransport &transport)
    {
        QObject::connect(&transport, &TcpTransport::connected, [this] { events.append(u"connected"_s); });
        QObject::connect(&transport, &TcpTransport::encrypted, [this] { events.append(u"encrypted"_s); });
        QObject::connect(&transport, &TcpTransport::disconnected, [this] { events.append(u"disconnected"_s); });
        QObject::connect(&transport, &TcpTransport::dataReceived, [this](const QByteArray &bytes) { data += bytes; });
        QObject::connect(&transport, &TcpTransport::errorOccurred, [this](const TransportError &error) {
            events.append(u"error"_s);
            errors.append(error);
        });
    }
    int count(const QString &event) const { return int(events.count(event)); }
};

// Direct TLS (XEP-0368) server: QSslServer does the handshake, then every byte is recorded and echoed.
class DirectTlsServer : public QSslServer {
public:
    explicit DirectTlsServer(const Identity &identity)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(identity.certificate);
        config.setPrivateKey(identity.key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        config.setAllowedNextProtocols({ QByteArrayLiteral("xmpp-client") });
        setSslConfiguration(config);
        connect(this, &QSslServer::startedEncryptionHandshake, this, [this] { ++handshakes; });
        connect(this, &QSslServer::errorOccurred, this, [this] { ++failedHandshakes; });
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *next = nextPendingConnection()) {
                socket = qobject_cast<QSslSocket *>(next);
                connect(socket, &QSslSocket::readyRead, this, &DirectTlsServer::readAndEcho);
                connect(socket, &QSslSocket::disconnected, this, [this] { peerClosed = true; });
                readAndEcho();
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    void readAndEcho()
    {
        const QByteArray bytes = socket->readAll();
        received += bytes;
        if (echo && !bytes.isEmpty()) {
            socket->write(bytes);
        }
    }

    QPointer<QSslSocket> socket;
    QByteArray received;
    bool echo = true;
    bool peerClosed = false;
    int handshakes = 0;
    int failedHandshakes = 0;
};

// RFC 6120 §5.4-style server: plain TCP; on "<starttls/>" it answers "<proceed/>" and starts TLS; once
// encrypted it echoes.
class StartTlsServer : public QTcpServer {
public:
    explicit StartTlsServer(const Identity &identity)
    {
        m_config = QSslConfiguration::defaultConfiguration();
        m_config.setLocalCertificate(identity.certificate);
        m_config.setPrivateKey(identity.key);
        m_config.setPeerVerifyMode(QSslSocket::VerifyNone);
        listen(QHostAddress::LocalHost, 0);
    }

    QPointer<QSslSocket> socket;
    QByteArray plainReceived;
    QByteArray received;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *s = new QSslSocket(this);
        s->setSocketDescriptor(descriptor);
        s->setSslConfiguration(m_config);
        socket = s;
        connect(s, &QSslSocket::readyRead, this, [this, s] {
            const QByteArray bytes = s->readAll();
            if (!s->isEncrypted()) {
                plainReceived += bytes;
                if (plainReceived.contains("<starttls/>")) {
                    s->write("<proceed/>");
                    s->startServerEncryption();
                }
                return;
            }
            received += bytes;
            s->write(bytes);
        });
    }

private:
    QSslConfiguration m_config;
};

// Accepts TCP and then says nothing (or something that is not TLS) – for handshake failures.
class SilentServer : public QTcpServer {
public:
    explicit SilentServer(QByteArray greeting = {})
        : m_greeting(std::move(greeting))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                if (!m_greeting.isEmpty()) {
                    s->write(m_greeting);
                    s->disconnectFromHost();
                }
            }
        });
    }

private:
    QByteArray m_greeting;
};

// `openssl s_server`: unlike a QSslServer (a new TLS context, hence new ticket keys, per connection) it
// serves every connection from one context, so the tickets it issues are accepted on the next
// connection: a server with session resumption (RFC 5077, RFC 8446 §2.2).
class OpensslServer {
public:
    ~OpensslServer() { stop(); }

    bool start(const QString &directory, const QString &identity, quint16 port, const QStringList &extra)
    {
        m_process.setWorkingDirectory(directory);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(u"openssl"_s,
            QStringList { u"s_server"_s, u"-accept"_s, u"127.0.0.1:"_s + QString::number(port), u"-cert"_s,
                identity + u".pem"_s, u"-key"_s, identity + u".key"_s, u"-www"_s }
                + extra);
        if (!m_process.waitForStarted(10000)) {
            return false;
        }
        // s_server prints ACCEPT once it listens.
        QByteArray output;
        QDeadlineTimer deadline(20000);
        while (!output.contains("ACCEPT") && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            output += m_process.readAll();
        }
        if (!output.contains("ACCEPT")) {
            qWarning() << "openssl s_server did not start:" << output;
            return false;
        }
        return true;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill(); // exactly the process this helper started
            m_process.waitForFinished(10000);
        }
    }

private:
    QProcess m_process;
};

int socketOption(qintptr fd, int level, int option)
{
    int value = -1;
    socklen_t length = sizeof(value);
    if (getsockopt(int(fd), level, option, &value, &length) != 0) {
        return -1;
    }
    return value;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestTcpTransport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void directTlsVerifiedWithExtraCa();
    void dataRoundTrip();
    void verifyNameIsTheDomain_data();
    void verifyNameIsTheDomain();
    void selfSignedIsUntrusted();
    void selfSignedAcceptedByFingerprint();
    void otherFingerprintDoesNotHelp();
    void expiredIsRejected();
    void wrongNameIsRejected();
    void clientOnlyCertificateIsRejected();
    void extraCaKeepsTheSystemStoreOnDemand();
    void startTlsFlow();
    void startTlsUntrusted();
    void connectionRefused();
    void nextTargetAfterRefusal();
    void certificateFailureNotRetriedElsewhere();
    void tlsFailureOnNonTlsPeer();
    void handshakeTimeout();
    void remoteCloseIsConnectionLost();
    void disconnectFromServerFlushes();
    void abortEmitsDisconnectedOnce();
    void hostNotFound();
    void sessionResumption_data();
    void sessionResumption();
    void sessionNotOfferedToOtherTrust();
    void noDataDeliveredInsideWrite();
    void pausedReadingHoldsTheServerBack();

private:
    bool connectAndWait(TcpTransport &transport, Recorder &recorder, const TransportTarget &t);
    bool openssl(const QStringList &arguments);
    Identity makeIdentity(const QString &name, const QStringList &dnsNames, const QString &days, bool selfSigned,
        const QByteArray &extendedKeyUsage = "serverAuth");
    QByteArray opensslFingerprint(const QString &name);
    TransportTarget target(quint16 port, bool directTls, const QString &domain = u"example.test"_s) const;

    QTemporaryDir m_dir;
    QSslCertificate m_ca;
    Identity m_leaf;
    Identity m_selfSigned;
    Identity m_expired;
    Identity m_wrongName;
    Identity m_clientOnly;
    QByteArray m_selfSignedFingerprint;
};

bool TestTcpTransport::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << arguments << process.readAllStandardError();
        return false;
    }
    return true;
}

Identity TestTcpTransport::makeIdentity(const QString &name, const QStringList &dnsNames, const QString &days,
    bool selfSigned, const QByteArray &extendedKeyUsage)
{
    QStringList san;
    for (const QString &dns : dnsNames) {
        san.append(u"DNS:"_s + dns);
    }
    const QStringList keyArgs { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
        u"-keyout"_s, name + u".key"_s };
    const QString subject = u"/CN="_s + dnsNames.first();
    if (selfSigned) {
        openssl(QStringList { u"req"_s, u"-x509"_s } + keyArgs
            + QStringList { u"-out"_s, name + u".pem"_s, u"-days"_s, days, u"-subj"_s, subject, u"-addext"_s,
                u"subjectAltName="_s + san.join(u',') });
    } else {
        QFile ext(m_dir.filePath(name + u".ext"_s));
        if (ext.open(QIODevice::WriteOnly)) {
            ext.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage="
                + extendedKeyUsage + "\nsubjectAltName=" + san.join(u',').toLatin1() + "\n");
        }
        ext.close();
        openssl(QStringList { u"req"_s } + keyArgs + QStringList { u"-out"_s, name + u".csr"_s, u"-subj"_s, subject });
        openssl({ u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
            u"-CAcreateserial"_s, u"-days"_s, days, u"-extfile"_s, name + u".ext"_s, u"-out"_s, name + u".pem"_s });
    }
    Identity identity;
    const auto certificates = QSslCertificate::fromPath(m_dir.filePath(name + u".pem"_s));
    if (!certificates.isEmpty()) {
        identity.certificate = certificates.first();
    }
    QFile keyFile(m_dir.filePath(name + u".key"_s));
    if (keyFile.open(QIODevice::ReadOnly)) {
        identity.key = QSslKey(&keyFile, QSsl::Ec);
    }
    return identity;
}

QByteArray TestTcpTransport::opensslFingerprint(const QString &name)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(
        u"openssl"_s, { u"x509"_s, u"-in"_s, name + u".pem"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s });
    process.waitForFinished(60000);
    const QByteArray out = process.readAllStandardOutput().trimmed();
    return out.mid(out.indexOf('=') + 1).replace(":", "").toLower();
}

TransportTarget TestTcpTransport::target(quint16 port, bool directTls, const QString &domain) const
{
    TransportTarget t;
    t.domain = domain;
    // An IP address as the host: the certificate carries no IP names, so verification can only pass if
    // it is checked against the domain.
    t.host = u"127.0.0.1"_s;
    t.port = port;
    t.directTls = directTls;
    t.extraCaCertificates = { m_ca };
    return t;
}

void TestTcpTransport::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY2(!QStandardPaths::findExecutable(u"openssl"_s).isEmpty(), "the openssl command line tool is needed");
    QVERIFY(m_dir.isValid());
    QVERIFY(openssl({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
        u"-nodes"_s, u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"30"_s, u"-subj"_s,
        u"/CN=Balcony Test CA"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
        u"keyUsage=critical,keyCertSign,cRLSign"_s }));
    const auto ca = QSslCertificate::fromPath(m_dir.filePath(u"ca.pem"_s));
    QCOMPARE(ca.size(), 1);
    m_ca = ca.first();

    m_leaf = makeIdentity(u"leaf"_s, { u"example.test"_s, u"localhost"_s }, u"30"_s, false);
    m_selfSigned = makeIdentity(u"self"_s, { u"example.test"_s }, u"30"_s, true);
    m_expired = makeIdentity(u"expired"_s, { u"example.test"_s }, u"-1"_s, false);
    m_wrongName = makeIdentity(u"wrong"_s, { u"other.test"_s }, u"30"_s, false);
    m_clientOnly = makeIdentity(u"client"_s, { u"example.test"_s }, u"30"_s, false, "clientAuth");
    for (const Identity *identity : { &m_leaf, &m_selfSigned, &m_expired, &m_wrongName, &m_clientOnly }) {
        QVERIFY(!identity->certificate.isNull());
        QVERIFY(!identity->key.isNull());
    }
    QVERIFY(m_expired.certificate.expiryDate() < QDateTime::currentDateTimeUtc());
    m_selfSignedFingerprint = opensslFingerprint(u"self"_s);
    QCOMPARE(m_selfSignedFingerprint.size(), 64);
}

void TestTcpTransport::directTlsVerifiedWithExtraCa()
{
    DirectTlsServer server(m_leaf);
    QVERIFY(server.isListening());
    TcpTransport transport;
    Recorder recorder(transport);
    transport.connectToServer(target(server.serverPort(), true));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count(u"encrypted"_s) == 1 || !recorder.errors.isEmpty(), Wait);
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.errors.value(0).message));
    QCOMPARE(recorder.events, (QStringList { u"connected"_s, u"encrypted"_s }));

    QVERIFY(transport.isEncrypted());
    QVERIFY(transport.isDirectTls());
    QCOMPARE(transport.peerDescription(), u"127.0.0.1:"_s + QString::number(server.serverPort()));
    const balcony::TlsInfo info = transport.tlsInfo();
    QCOMPARE(info.protocol, u"TLSv1.3"_s);
    QVERIFY(!info.cipher.isEmpty());
    QVERIFY(!info.sessionResumed);

    // Options on the real socket, read back from the kernel.
    const qintptr fd = transport.socketDescriptor();
    QVERIFY(fd >= 0);
    QCOMPARE(socketOption(fd, IPPROTO_TCP, TCP_NODELAY), 1);
    QCOMPARE(socketOption(fd, SOL_SOCKET, SO_KEEPALIVE), 1);

    // XEP-0368: ALPN "xmpp-client" was offered, so the server could select it.
    QTRY_VERIFY_WITH_TIMEOUT(server.socket, Wait);
    QCOMPARE(server.socket->sslConfiguration().nextNegotiatedProtocol(), QByteArrayLiteral("xmpp-client"));
}

void TestTcpTransport::dataRoundTrip()
{
    DirectTlsServer server(m_leaf);
    TcpTransport transport;
    Recorder recorder(transport);
    transport.connectToServer(target(server.serverPort(), true));
    // Written before the handshake finished: kept and sent encrypted afterwards.
    transport.write("<stream:stream>");
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(u"encrypted"_s), 1, Wait);

    QByteArray big(512 * 1024, '\0');
    for (qsizetype i = 0; i < big.size(); ++i) {
        big[i] = char('a' + i % 26);
    }
    transport.write("<message/>");
    transport.write(big);
    const QByteArray expected = "<stream:stream><message/>" + big;
    QTRY_COMPARE_WITH_TIMEOUT(recorder.data.size(), expected.size(), Wait);
    QCOMPARE(recorder.data, expected);
    QCOMPARE(server.received, expected);
    QVERIFY(recorder.errors.isEmpty());
}

void TestTcpTransport::verifyNameIsTheDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("example.test") << u"example.test"_s << true;
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("a name the certificate lacks") << u"elsewhere.test"_s << false;
}

void TestTcpTransport::verifyNameIsTheDomain()
{
    QFETCH(QString, domain);
    QFETCH(bool, accepted);
    DirectTlsServer server(m_leaf);
    TcpTransport transport;
    Recorder recorder(transport);
    transport.connectToServer(target(server.serverPort(), true, domain));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count(u"encrypted"_s) == 1 || !recorder.errors.isEmpty(), Wait);
    QCOMPARE(recorder.count(u"encrypted"_s) == 1, accepted);
    if (!accepted) {
        QCOMPARE(recorder.errors.first().kind, TransportError::Kind::CertificateUntrusted);
        QVERIFY2(recorder.errors.first().message.contains(domain), qPrintable(recorder.errors.first().message));
    }
}

void TestTcpTransport::selfSignedIsUntrusted()
{
    DirectTlsServer server(m_selfSigned);
    TcpTransport transport;
    Recorder recorder(transport);
    connect(&transport, &TcpTransport::connected, &transport, [&transport] { transport.write("<secret/>"); });
    TransportTarget t = target(server.serverPort(), true);
    t.extraCaCertificates.clear();
    transport.connectToServer(t);
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.errors.isEmpty(), Wait);

    const TransportError error = recorder.errors.first();
    QCOMPARE(error.kind, TransportError::Kind::CertificateUntrusted);
    QCOMPARE(error.fingerprint, m_selfSignedFingerprint);
    QCOMPARE(error.certificate, m_selfSigned.certificate);
    QVERIFY2(error.message.contains(u"self-signed"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"example.test"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(CertificateTrust::displayFingerprint(m_selfSignedFingerprint)),
        qPrintable(error.message));
    // One error, then one disconnected (TCP had been up); never encrypted.
    QCOMPARE(recorder.events, (QStringList { u"connected"_s, u"error"_s, u"disconnected"_s }));
    QVERIFY(!transport.isEncrypted());
    // The server saw the handshake fail and never got the bytes written before it.
    QTRY_COMPARE_WITH_TIMEOUT(server.failedHandshakes, 1, Wait);
    QVERIFY(server.received.isEmpty());
    QCOMPARE(recorder.count(u"disconnected"_s), 1);
}

void TestTcpTransport::selfSignedAcceptedByFingerprint()
{
    DirectTlsServer server(m_selfSigned);
    TcpTransport transport;
    Recorder recorder(transport);
    TransportTarget t = target(server.serverPort(), true);
    t.extraCaCertificates.clear();
    // The display form, upper case: as a user might have copied it.
    t.trustedFingerprints = { CertificateTrust::displayFingerprint(m_selfSignedFingerprint).toUpper().toLatin1() };
    transport.connectToServer(t);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count(u"encrypted"_s) == 1 || !recorder.errors.isEmpty(), Wait);
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.errors.value(0).message));
    transport.write("<presence/>");
    QTRY_COMPARE_WITH_TIMEOUT(recorder.data, QByteArrayLiteral("<presence/>"), Wait);
}

void TestTcpTransport::otherFingerprintDoesNotHelp()
{
    DirectTlsServer server(m_selfSigned);
    TcpTransport transport;
    Recorder recorder(transport);
    TransportTarget t = target(server.serverPort(), true);
    t.extraCaCertificates.clear();
    t.trustedFingerprints = { CertificateTrust::fingerprint(m_leaf.certificate) };
    transport.connectToServer(t);
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.errors.isEmpty(), Wait);
    QCOMPARE(recorder.errors.first().kind, TransportError::Kind::CertificateUntrusted);
    QCOMPARE(recorder.count(u"encrypted"_s), 0);
}

void TestTcpTransport::expiredIsRejected()
{
    DirectTlsServer server(m_expired);
    TcpTransport transport;
    Recorder recorder(transport);
    transport.connectToServer(target(server.serverPort(), true));
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.errors.isEmpty(), Wait);
    QCOMPARE(recorder.errors.first().kind, TransportError::Kind::CertificateUntrusted);
    QVERIFY2(recorder.errors.first().message.contains(u"expired"_s), qPrintable(recorder.errors.first().message));
    QCOMPARE(recorder.errors.first().fingerprint, CertificateTrust::fingerprint(m_expired.certificate));
    QCOMPARE(recorder.count(u"encrypted"_s), 0);
}

void TestTcpTransport::wrongNameIsRejected()
{
    DirectTlsServer server(m_wrongName);
    TcpTransport transport;
    Recorder recorder(transport);
    transport.connectToServer(target(server.serverPort(), true));
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.errors.isEmpty(), Wait);
    const TransportError error = recorder.errors.first();
    QCOMPARE(error.kind, TransportError::Kind::CertificateUntrusted);
    QVERIFY2(error.message.contains(u"other.test"_s), qPrintable(error.message));
    QCOMPARE(recorder.count(u"encrypted"_s), 0);
}

void TestTcpTransport::clientOnlyCertificateIsRejected()
{
    // Signed by the extra CA and naming the domain, but issued for TLS clients only (RFC 5280 §4.2.1.12).
    DirectTlsServer server(m_clientOnly);
    TcpTransport transport;
    Recorder recorder(transport);
    transport.connectToServer(target(server.serverPort(), true));
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.errors.isEmpty(), Wait);
    QCOMPARE(recorder.errors.first().kind, TransportError::Kind::CertificateUntrusted);
    QCOMPARE(recorder.count(u"encrypted"_s), 0);
}

void TestTcpTransport::extraCaKeepsTheSystemStoreOnDemand()
{
    // Issue 12: trusting an extra CA must not spell out the system store as the socket's CA list (reading and
    // parsing it all cost ~100 ms before the first packet); OpenSSL looks system CAs up on demand, and the extra
    // CA is checked on its own (directTlsVerifiedWithExtraCa, startTlsFlow: it is still trusted).
    DirectTlsServer server(m_leaf);
    TcpTransport transport;
    Recorder recorder(transport);
    transport.connectToServer(target(server.serverPort(), true));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count(u"encrypted"_s) == 1 || !recorder.errors.isEmpty(), Wait);
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.errors.value(0).message));
    const QList<QSslCertificate> configured = transport.sslConfiguration().caCertificates();
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY(!system.isEmpty()); // otherwise this test says nothing
    qsizetype systemInList = 0;
    for (const QSslCertificate &certificate : configured) {
        systemInList += system.contains(certificate) ? 1 : 0;
    }
    QCOMPARE(systemInList, 0);
}

void TestTcpTransport::startTlsFlow()
{
    StartTlsServer server(m_leaf);
    TcpTransport transport;
    Recorder recorder(transport);
    // RFC 6120 §5.4.3.3: TLS starts when the server says <proceed/>.
    connect(&transport, &TcpTransport::dataReceived, &transport, [&transport](const QByteArray &bytes) {
        if (bytes == "<proceed/>") {
            transport.startTls();
        }
    });
    transport.connectToServer(target(server.serverPort(), false));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(u"connected"_s), 1, Wait);
    QVERIFY(!transport.isEncrypted());
    QVERIFY(!transport.isDirectTls());
    QVERIFY(transport.tlsInfo().protocol.isEmpty());
    QCOMPARE(socketOption(transport.socketDescriptor(), IPPROTO_TCP, TCP_NODELAY), 1);

    transport.write("<starttls/>");
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count(u"encrypted"_s) == 1 || !recorder.errors.isEmpty(), Wait);
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.errors.value(0).message));
    QVERIFY(transport.isEncrypted());
    QCOMPARE(transport.tlsInfo().protocol, u"TLSv1.3"_s);

    recorder.data.clear();
    transport.write("<stream:stream to='example.test'>");
    QTRY_COMPARE_WITH_TIMEOUT(recorder.data, QByteArrayLiteral("<stream:stream to='example.test'>"), Wait);
    QCOMPARE(server.received, QByteArrayLiteral("<stream:stream to='example.test'>"));
    QCOMPARE(server.plainReceived, QByteArrayLiteral("<starttls/>"));
}

void TestTcpTransport::startTlsUntrusted()
{
    StartTlsServer server(m_selfSigned);
    TcpTransport transport;
    Recorder recorder(transport);
    connect(&transport, &TcpTransport::dataReceived, &transport, [&transport](const QByteArray &bytes) {
        if (bytes == "<proceed/>") {
            transport.startTls();
        }
    });
    transport.connectToServer(target(server.serverPort(), false));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(u"connected"_s), 1, Wait);
    transport.write("<starttls/>");
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.errors.isEmpty(), Wait);
    QCOMPARE(recorder.errors.first().kind, TransportError::Kind::CertificateUntrusted);
    QCOMPARE(recorder.errors.first().fingerprint, m_selfSignedFingerprint);
    QCOMPARE(recorder.events, (QStringList { u"connected"_s, u"error"_s, u"disconnected"_s }));
}

void TestTcpTransport::connectionRefused()
{
    const quint16 port = closedPort();
    TcpTransport transport;
    Recorder recorder(transport);
    transport.connectToServer(target(port, false));
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.errors.isEmpty(), Wait);
    QCOMPARE(recorder.errors.first().kind, TransportError::Kind::ConnectFailed);
    QVERIFY2(
        recorder.errors.first().message.contains(QString::number(port)), qPrintable(recorder.errors.first().message));
    // Never connected, so no disconnected() either.
    QCOMPARE(recorder.events, QStringList { u"error"_s });
}

void TestTcpTransport::nextTargetAfterRefusal()
{
    DirectTlsServer server(m_leaf);
    TcpTransport transport;
    Recorder recorder(transport);
    const quint16 refused = closedPort();
    transport.connectToResolvedTargets(target(0, false),
        { Target { u"127.0.0.1"_s, refused, false }, Target { u"127.0.0.1"_s, server.serverPort(), true } });
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count(u"encrypted"_s) == 1 || !recorder.errors.isEmpty(), Wait);
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.errors.value(0).message));
    QVERIFY(transport.isDirectTls());
    QCOMPARE(transport.peerDescription(), u"127.0.0.1:"_s + QString::number(server.serverPort()));
}

void TestTcpTransport::certificateFailureNotRetriedElsewhere()
{
    DirectTlsServer bad(m_selfSigned);
    DirectTlsServer good(m_leaf);
    TcpTransport transport;
    Recorder recorder(transport);
    transport.connectToResolvedTargets(target(0, false),
        { Target { u"127.0.0.1"_s, bad.serverPort(), true }, Target { u"127.0.0.1"_s, good.serverPort(), true } });
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.errors.isEmpty(), Wait);
    QCOMPARE(recorder.errors.first().kind, TransportError::Kind::CertificateUntrusted);
    // Give a (wrong) retry every chance to show up before checking that none happened.
    QTest::qWait(300);
    QCOMPARE(good.handshakes, 0);
    QCOMPARE(recorder.errors.size(), 1);
    QCOMPARE(recorder.count(u"connected"_s), 1);
}

void TestTcpTransport::tlsFailureOnNonTlsPeer()
{
    SilentServer server("<?xml version='1.0'?><stream:stream xmlns='jabber:client'>");
    TcpTransport transport;
    Recorder recorder(transport);
    transport.connectToServer(target(server.serverPort(), true));
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.errors.isEmpty(), Wait);
    QCOMPARE(recorder.errors.first().kind, TransportError::Kind::TlsFailed);
    QCOMPARE(recorder.events, (QStringList { u"connected"_s, u"error"_s, u"disconnected"_s }));
}

void TestTcpTransport::handshakeTimeout()
{
    SilentServer server;
    TcpTransport transport;
    transport.setHandshakeTimeout(300);
    Recorder recorder(transport);
    transport.connectToServer(target(server.serverPort(), true));
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.errors.isEmpty(), Wait);
    QCOMPARE(recorder.errors.first().kind, TransportError::Kind::TlsFailed);
    QCOMPARE(recorder.events, (QStringList { u"connected"_s, u"error"_s, u"disconnected"_s }));
}

void TestTcpTransport::remoteCloseIsConnectionLost()
{
    DirectTlsServer server(m_leaf);
    TcpTransport transport;
    Recorder recorder(transport);
    transport.connectToServer(target(server.serverPort(), true));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(u"encrypted"_s), 1, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(server.socket, Wait);
    server.socket->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(u"disconnected"_s), 1, Wait);
    QCOMPARE(recorder.events, (QStringList { u"connected"_s, u"encrypted"_s, u"error"_s, u"disconnected"_s }));
    QCOMPARE(recorder.errors.first().kind, TransportError::Kind::ConnectionLost);
    QVERIFY(!transport.isEncrypted());
}

void TestTcpTransport::disconnectFromServerFlushes()
{
    DirectTlsServer server(m_leaf);
    server.echo = false;
    TcpTransport transport;
    Recorder recorder(transport);
    transport.connectToServer(target(server.serverPort(), true));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(u"encrypted"_s), 1, Wait);

    const QByteArray payload = QByteArray(256 * 1024, 'x') + "</stream:stream>";
    transport.write(payload);
    transport.disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(u"disconnected"_s), 1, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(server.peerClosed, Wait);
    QCOMPARE(server.received.size(), payload.size());
    QCOMPARE(server.received, payload);
    QVERIFY(recorder.errors.isEmpty());
    QCOMPARE(recorder.count(u"disconnected"_s), 1);
}

void TestTcpTransport::abortEmitsDisconnectedOnce()
{
    DirectTlsServer server(m_leaf);
    TcpTransport transport;
    Recorder recorder(transport);
    transport.connectToServer(target(server.serverPort(), true));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(u"encrypted"_s), 1, Wait);
    transport.abort();
    QCOMPARE(recorder.count(u"disconnected"_s), 1); // synchronously
    transport.abort();
    transport.disconnectFromServer();
    QTRY_VERIFY_WITH_TIMEOUT(server.peerClosed, Wait);
    QCOMPARE(recorder.count(u"disconnected"_s), 1);
    QVERIFY(recorder.errors.isEmpty());
    QCOMPARE(transport.socketDescriptor(), qintptr(-1));
}

void TestTcpTransport::hostNotFound()
{
    // An invalid name fails in the resolver itself, without asking any DNS server.
    TcpTransport transport;
    Recorder recorder(transport);
    TransportTarget t = target(5222, false);
    t.host = u"bad..name"_s;
    transport.connectToServer(t);
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.errors.isEmpty(), Wait);
    QCOMPARE(recorder.errors.first().kind, TransportError::Kind::HostNotFound);
    QCOMPARE(recorder.events, QStringList { u"error"_s });
}

bool TestTcpTransport::connectAndWait(TcpTransport &transport, Recorder &recorder, const TransportTarget &t)
{
    const int before = recorder.count(u"encrypted"_s);
    const qsizetype errorsBefore = recorder.errors.size();
    transport.connectToServer(t);
    QDeadlineTimer deadline(Wait);
    while (
        recorder.count(u"encrypted"_s) == before && recorder.errors.size() == errorsBefore && !deadline.hasExpired()) {
        QTest::qWait(10);
    }
    if (recorder.errors.size() != errorsBefore) {
        qWarning() << recorder.errors.last().message;
    }
    return recorder.count(u"encrypted"_s) == before + 1;
}

void TestTcpTransport::sessionResumption_data()
{
    QTest::addColumn<QStringList>("serverArguments");
    QTest::addColumn<QString>("protocol");
    QTest::newRow("TLS 1.3") << QStringList { u"-tls1_3"_s } << u"TLSv1.3"_s;
    QTest::newRow("TLS 1.2") << QStringList { u"-tls1_2"_s } << u"TLSv1.2"_s;
}

void TestTcpTransport::sessionResumption()
{
    QFETCH(QStringList, serverArguments);
    QFETCH(QString, protocol);
    TlsSessionCache::instance().clear();
    const quint16 port = closedPort();
    OpensslServer server;
    QVERIFY(server.start(m_dir.path(), u"leaf"_s, port, serverArguments));

    TcpTransport transport;
    Recorder recorder(transport);
    const TransportTarget t = target(port, true);
    const QByteArray key = TlsSessionCache::key(t.domain, t.host, t.port, t.extraCaCertificates, t.trustedFingerprints);

    // First connection: a full handshake; the server's ticket is kept (TLS 1.3: it arrives after the
    // handshake).
    QVERIFY(connectAndWait(transport, recorder, t));
    QCOMPARE(transport.tlsInfo().protocol, protocol);
    QVERIFY(!transport.tlsInfo().sessionResumed);
    QTRY_VERIFY_WITH_TIMEOUT(!TlsSessionCache::instance().session(key).isEmpty(), Wait);
    transport.disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(u"disconnected"_s), 1, Wait);

    // Second connection: the ticket is offered and taken.
    QVERIFY(connectAndWait(transport, recorder, t));
    QCOMPARE(transport.tlsInfo().protocol, protocol);
    QVERIFY(transport.tlsInfo().sessionResumed);
    QVERIFY(transport.isEncrypted());
    QCOMPARE(transport.tlsInfo().protocol, protocol);
    transport.abort();

    // A new server process has new ticket keys: it refuses the offered ticket, which must simply mean a
    // full handshake (and the certificate is checked again).
    server.stop();
    QVERIFY(server.start(m_dir.path(), u"leaf"_s, port, serverArguments));
    QVERIFY(!TlsSessionCache::instance().session(key).isEmpty());
    const QByteArray refused = TlsSessionCache::instance().session(key);
    QVERIFY(connectAndWait(transport, recorder, t));
    QVERIFY(!transport.tlsInfo().sessionResumed);
    QVERIFY(recorder.errors.isEmpty());
    // ... the refused session is dropped, and the new server's session resumes next time.
    QTRY_VERIFY_WITH_TIMEOUT(!TlsSessionCache::instance().session(key).isEmpty(), Wait);
    QVERIFY(TlsSessionCache::instance().session(key) != refused);
    transport.abort();
    QVERIFY(connectAndWait(transport, recorder, t));
    QVERIFY(transport.tlsInfo().sessionResumed);
    transport.abort();
}

void TestTcpTransport::sessionNotOfferedToOtherTrust()
{
    // A resumed handshake shows no certificate: a session is only offered under the trust settings
    // that verified the original one.
    TlsSessionCache::instance().clear();
    const quint16 port = closedPort();
    OpensslServer server;
    QVERIFY(server.start(m_dir.path(), u"leaf"_s, port, {}));
    TcpTransport transport;
    Recorder recorder(transport);
    const TransportTarget t = target(port, true);
    QVERIFY(connectAndWait(transport, recorder, t));
    const QByteArray key = TlsSessionCache::key(t.domain, t.host, t.port, t.extraCaCertificates, t.trustedFingerprints);
    QTRY_VERIFY_WITH_TIMEOUT(!TlsSessionCache::instance().session(key).isEmpty(), Wait);
    transport.abort();

    TransportTarget other = t;
    other.trustedFingerprints = { CertificateTrust::fingerprint(m_selfSigned.certificate) };
    QVERIFY(connectAndWait(transport, recorder, other));
    QVERIFY(!transport.tlsInfo().sessionResumed);
    transport.abort();
    // A different domain is a different key too, and its certificate check fails as always.
    TransportTarget elsewhere = t;
    elsewhere.domain = u"elsewhere.test"_s;
    QVERIFY(!connectAndWait(transport, recorder, elsewhere));
    QCOMPARE(recorder.errors.last().kind, TransportError::Kind::CertificateUntrusted);
}

QTEST_GUILESS_MAIN(TestTcpTransport)
void TestTcpTransport::noDataDeliveredInsideWrite()
{
    // The issue-11 recursion: a reader that answers every delivery with a write (as the Connection answers
    // <r/> with <a/>) must never get the next delivery from inside that write. QSslSocket::flush() decrypts
    // the next TLS record and emits readyRead synchronously, so without care every TLS record of a burst
    // nests one level deeper.
    DirectTlsServer server(m_leaf);
    server.echo = false;
    TcpTransport transport;
    Recorder recorder(transport);
    int depth = 0;
    int maxDepth = 0;
    int writeDepth = 0;
    int deliveriesInsideWrite = 0;
    connect(&transport, &TcpTransport::dataReceived, &transport, [&](const QByteArray &) {
        ++depth;
        maxDepth = std::max(maxDepth, depth);
        if (writeDepth > 0) {
            ++deliveriesInsideWrite;
        }
        ++writeDepth;
        transport.write("<a/>");
        --writeDepth;
        --depth;
    });
    transport.connectToServer(target(server.serverPort(), true));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(u"encrypted"_s), 1, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(server.socket && server.socket->isEncrypted(), Wait);

    // 4 MiB of <r/> in one server write: about 260 TLS records of 16 KiB.
    QByteArray burst;
    while (burst.size() < 4 * 1024 * 1024) {
        burst += "<r xmlns='urn:xmpp:sm:3'/>";
    }
    server.socket->write(burst);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.data.size(), burst.size(), Wait);
    QCOMPARE(recorder.data, burst);
    QCOMPARE(deliveriesInsideWrite, 0);
    QCOMPARE(maxDepth, 1);
}

void TestTcpTransport::pausedReadingHoldsTheServerBack()
{
    // A reader that cannot keep up pauses the transport; the socket then buffers a bounded amount and TCP flow
    // control stops the server, instead of this process taking in all it sends. Deliveries are bounded too.
    DirectTlsServer server(m_leaf);
    server.echo = false;
    TcpTransport transport;
    Recorder recorder(transport);
    qsizetype largestDelivery = 0;
    connect(&transport, &TcpTransport::dataReceived, &transport,
        [&](const QByteArray &bytes) { largestDelivery = std::max(largestDelivery, bytes.size()); });
    transport.connectToServer(target(server.serverPort(), true));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(u"encrypted"_s), 1, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(server.socket && server.socket->isEncrypted(), Wait);

    transport.setReadingPaused(true);
    // Far more than the kernel's socket buffers on loopback (a few MiB each way).
    QByteArray flood(48 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < flood.size(); i += 4096) {
        flood[i] = char('a' + (i / 4096) % 26);
    }
    server.socket->write(flood);
    QTest::qWait(1000);
    QVERIFY(recorder.data.isEmpty());
    // QSslSocket encrypts at once; what TCP did not take waits in its encrypted buffer.
    QVERIFY2(server.socket->encryptedBytesToWrite() > 0, "the server could send everything: nothing held it back");

    transport.setReadingPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.data.size(), flood.size(), 60000);
    QVERIFY(recorder.data == flood);
    QVERIFY(largestDelivery <= TcpTransport::ReadChunkBytes);
    QVERIFY(recorder.errors.isEmpty());
}

#include "tst_tcptransport.moc"
