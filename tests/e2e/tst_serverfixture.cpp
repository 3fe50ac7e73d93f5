#include "E2eSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using balcony::test::XmppServerFixture;

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

bool acceptsConnections(const QString &host, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    return socket.waitForConnected(2000);
}

// Over direct TLS: SASL PLAIN for `user`; the server's answer (<success/> or <failure/>).
QByteArray authenticate(const XmppServerFixture &server, const QString &user, const QString &password)
{
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({ server.caCertificate() });
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(server.host(), server.directTlsPort(), server.domain());
    if (!socket.waitForEncrypted(10000)) {
        return socket.errorString().toUtf8();
    }
    socket.write(streamHeader(server.domain()));
    const QByteArray features = readUntil(socket, "</stream:features>");
    if (!features.contains(">PLAIN<")) {
        return "no PLAIN: " + features;
    }
    const QByteArray initial = '\0' + user.toUtf8() + '\0' + password.toUtf8();
    socket.write("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>" + initial.toBase64() + "</auth>");
    const QByteArray answer = readUntil(socket, "/>");
    socket.write("</stream:stream>");
    socket.waitForBytesWritten(1000);
    return answer;
}

} // namespace

// The server fixture itself (Prosody or ejabberd, BALCONY_TEST_SERVER): a real server with our generated
// config and certificates answers on both ports, demands STARTTLS, presents the certificate we made, keeps its
// accounts across restarts on the same port, and two instances run side by side.
class TestServerFixture : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { BALCONY_REQUIRE_SERVER(); }

    void plainStreamOffersRequiredStarttls()
    {
        const auto server = XmppServerFixture::create();
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        QTcpSocket socket;
        socket.connectToHost(server->host(), server->c2sPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(streamHeader(server->domain()));
        const QByteArray features = readUntil(socket, "</stream:features>");
        QVERIFY2(features.contains("urn:ietf:params:xml:ns:xmpp-tls"), features.constData());
        QVERIFY2(features.contains("<required"), features.constData());
        // TLS is required: no SASL before it.
        QVERIFY(!features.contains("mechanisms"));
    }

    void directTlsPresentsCaSignedCertificate()
    {
        const auto server = XmppServerFixture::create();
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        QVERIFY(!server->caCertificate().isNull());
        QVERIFY(server->caCertificate() != server->serverCertificate());
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates({ server->caCertificate() });
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(server->host(), server->directTlsPort(), server->domain());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        QCOMPARE(socket.peerCertificate(), server->serverCertificate());
        QCOMPARE(socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex(), server->serverFingerprint());
        socket.write(streamHeader(server->domain()));
        const QByteArray features = readUntil(socket, "</stream:features>");
        QVERIFY2(features.contains(">SCRAM-SHA-1<"), features.constData());
    }

    void sha256InstanceOffersScramSha256()
    {
        const auto server = XmppServerFixture::create({ .passwordHash = u"SHA-256"_s });
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates({ server->caCertificate() });
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(server->host(), server->directTlsPort(), server->domain());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        socket.write(streamHeader(server->domain()));
        const QByteArray features = readUntil(socket, "</stream:features>");
        QVERIFY2(features.contains("SCRAM-SHA-256"), features.constData());
        QVERIFY2(!features.contains(">SCRAM-SHA-1<"), features.constData());
    }

    void selfSignedCertificateIsNotVerifiable()
    {
        const auto server
            = XmppServerFixture::create({ .certificates = XmppServerFixture::CertificateMode::SelfSigned });
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        QSslSocket socket;
        QList<QSslError> errors;
        connect(&socket, &QSslSocket::sslErrors, this, [&](const QList<QSslError> &e) { errors = e; });
        socket.connectToHostEncrypted(server->host(), server->directTlsPort(), server->domain());
        QVERIFY(!socket.waitForEncrypted(10000));
        QVERIFY(!errors.isEmpty());
        QCOMPARE(socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex(), server->serverFingerprint());
    }

    void restartKeepsPortAndStopEndsTheServer()
    {
        const auto server = XmppServerFixture::create();
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        QVERIFY2(server->registerUser(u"carol"_s, u"pw"_s), qPrintable(server->errorString()));
        const quint16 port = server->c2sPort();
        server->stop();
        QVERIFY(!server->isRunning());
        QTcpSocket closed;
        closed.connectToHost(server->host(), port);
        QVERIFY(!closed.waitForConnected(2000));

        QVERIFY2(server->start(), qPrintable(server->errorString()));
        QCOMPARE(server->c2sPort(), port);
        QVERIFY2(server->restart(), qPrintable(server->errorString()));
        QCOMPARE(server->c2sPort(), port);
        // The account survived both restarts.
        if (server->kind() == XmppServerFixture::Kind::Prosody) {
            QVERIFY(QFile::exists(server->dataDirectory() + u"/localhost/accounts/carol.dat"_s));
        }
        const QByteArray answer = authenticate(*server, u"carol"_s, u"pw"_s);
        QVERIFY2(answer.contains("<success"), answer.constData());
        const QByteArray wrong = authenticate(*server, u"carol"_s, u"not the password"_s);
        QVERIFY2(wrong.contains("<failure"), wrong.constData());
    }

    // Two instances at once (ctest -j runs suites in parallel): their own ports, data and (ejabberd) node.
    void twoInstancesSideBySide()
    {
        const auto first = XmppServerFixture::create();
        const auto second = XmppServerFixture::create();
        QVERIFY2(first->start(), qPrintable(first->errorString()));
        QVERIFY2(second->start(), qPrintable(second->errorString()));
        QVERIFY(first->c2sPort() != second->c2sPort());
        QVERIFY(first->directory() != second->directory());
        QVERIFY2(first->registerUser(u"dave"_s, u"first"_s), qPrintable(first->errorString()));
        QVERIFY2(second->registerUser(u"dave"_s, u"second"_s), qPrintable(second->errorString()));
        QVERIFY(authenticate(*first, u"dave"_s, u"first"_s).contains("<success"));
        QVERIFY(authenticate(*second, u"dave"_s, u"second"_s).contains("<success"));
        QVERIFY(authenticate(*second, u"dave"_s, u"first"_s).contains("<failure"));
        first->stop();
        QVERIFY(authenticate(*second, u"dave"_s, u"second"_s).contains("<success"));
    }

    // A test that is killed (a crash, ctest's timeout) leaves no server behind: ejabberdctl's Erlang VM is not the
    // process the fixture started, so the fixture's watchdog ends it.
    void serverEndsWithAKilledTest()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BALCONY_FIXTURE_CHILD"_s, u"1"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), { u"startedByAChild"_s });
        QVERIFY(child.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("dir "), 120000);
        const quint16 port = quint16(out.mid(out.indexOf("port ") + 5).split('\n').first().toUInt());
        const QString directory = QString::fromLocal8Bit(out.mid(out.indexOf("dir ") + 4).split('\n').first());
        QVERIFY(port > 0);
        QVERIFY(acceptsConnections(u"127.0.0.1"_s, port));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!acceptsConnections(u"127.0.0.1"_s, port), 30000);
        // What the killed child could not remove.
        QVERIFY(directory.contains(u"balcony-"_s));
        QVERIFY(QDir(directory).removeRecursively());
    }
    // Not a test of its own: the child of serverEndsWithAKilledTest() starts a server and waits to be killed.
    void startedByAChild()
    {
        if (qEnvironmentVariableIntValue("BALCONY_FIXTURE_CHILD") != 1) {
            QSKIP("the child of serverEndsWithAKilledTest()");
        }
        const auto server = XmppServerFixture::create();
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        std::printf(
            "port %u\ndir %s\n", unsigned(server->c2sPort()), QFile::encodeName(server->directory()).constData());
        std::fflush(stdout);
        QTest::qWait(120000);
    }
};

QTEST_GUILESS_MAIN(TestServerFixture)
#include "tst_serverfixture.moc"
