#include "E2eSupport.h"
#include "EjabberdFixture.h"
#include "stream/TcpTransport.h"
#include "stream/TlsSessionCache.h"

#include <QDeadlineTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using balcony::TcpTransport;
using balcony::TlsSessionCache;
using balcony::TransportError;
using balcony::TransportTarget;
using balcony::test::XmppServerFixture;

namespace {

constexpr int Wait = 20000; // generous: the machine is shared; never a timing assertion

QByteArray streamHeader(const QString &domain)
{
    return "<?xml version='1.0'?><stream:stream to='" + domain.toUtf8()
        + "' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";
}

// One TLS connection to the server through TcpTransport: direct TLS (XEP-0368), or RFC 6120 §5.4 STARTTLS
// (header + <starttls/> in one write, which Prosody and ejabberd accept, then TLS on <proceed/>).
struct Session {
    bool encrypted = false;
    bool resumed = false;
    QString protocol;
    QString error;
};

Session connectOnce(const XmppServerFixture &server, bool directTls)
{
    TcpTransport transport;
    Session session;
    QByteArray received;
    QObject::connect(&transport, &TcpTransport::encrypted, &transport, [&] {
        session.encrypted = true;
        session.resumed = transport.tlsInfo().sessionResumed;
        session.protocol = transport.tlsInfo().protocol;
    });
    QObject::connect(&transport, &TcpTransport::errorOccurred, &transport,
        [&](const TransportError &error) { session.error = error.message; });
    QObject::connect(&transport, &TcpTransport::dataReceived, &transport, [&](const QByteArray &bytes) {
        received += bytes;
        if (!directTls && !transport.isEncrypted() && received.contains("<proceed")) {
            transport.startTls();
        }
    });
    TransportTarget target;
    target.domain = server.domain();
    target.host = server.host();
    target.port = directTls ? server.directTlsPort() : server.c2sPort();
    target.directTls = directTls;
    target.extraCaCertificates = { server.caCertificate() };
    const QByteArray key = TlsSessionCache::key(
        target.domain, target.host, target.port, target.extraCaCertificates, target.trustedFingerprints);
    const QByteArray before = TlsSessionCache::instance().session(key);

    transport.connectToServer(target);
    if (!directTls) {
        transport.write(streamHeader(server.domain()) + "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    }
    QDeadlineTimer deadline(Wait);
    while (!session.encrypted && session.error.isEmpty() && !deadline.hasExpired()) {
        QTest::qWait(10);
    }
    if (session.encrypted) {
        // The server sends its TLS 1.3 tickets right after the handshake, before any application data: once
        // the stream features are in, so are the tickets (TLS 1.2 ones came within the handshake).
        received.clear();
        transport.write(streamHeader(server.domain()));
        while (!received.contains("</stream:features>") && session.error.isEmpty() && !deadline.hasExpired()) {
            QTest::qWait(10);
        }
        // The ticket callback may run just after the data; give it a moment if nothing changed yet.
        QDeadlineTimer ticketWait(2000);
        while (TlsSessionCache::instance().session(key) == before && !ticketWait.hasExpired()) {
            QTest::qWait(10);
        }
        transport.write("</stream:stream>");
        transport.disconnectFromServer();
        QTest::qWait(50);
    }
    return session;
}

} // namespace

// XEP-0305 §7 against a real server: with session tickets enabled (Prosody) the second TLS handshake resumes
// the first one's session, over direct TLS and STARTTLS; Prosody's default (no tickets) never resumes, and
// ejabberd 23.01 never does.
class TestE2eTlsResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { BALCONY_REQUIRE_SERVER(); }

    void init() { TlsSessionCache::instance().clear(); }

    void resumesWithTickets_data()
    {
        QTest::addColumn<bool>("directTls");
        QTest::newRow("direct TLS") << true;
        QTest::newRow("STARTTLS") << false;
    }

    void resumesWithTickets()
    {
        QFETCH(bool, directTls);
        if (XmppServerFixture::selectedKind() == XmppServerFixture::Kind::Ejabberd
            && !balcony::test::EjabberdFixture::resumesTlsSessions()) {
            QSKIP("ejabberd 23.01 (fast_tls) resumes no TLS session: it sends TLS 1.3 tickets but does not accept "
                  "them, and has no option to change that; noResumptionWithoutTickets covers it");
        }
        XmppServerFixture::Options options;
        options.tlsTickets = true;
        auto server = XmppServerFixture::create(options);
        QVERIFY2(server->start(), qPrintable(server->errorString()));

        const Session first = connectOnce(*server, directTls);
        QVERIFY2(first.encrypted, qPrintable(first.error + u"\n"_s + server->logTail()));
        QVERIFY(!first.resumed);
        QVERIFY(TlsSessionCache::instance().size() > 0);

        const Session second = connectOnce(*server, directTls);
        QVERIFY2(second.encrypted, qPrintable(second.error + u"\n"_s + server->logTail()));
        QVERIFY2(second.resumed, qPrintable(second.protocol));
        QCOMPARE(second.protocol, first.protocol);
    }

    void noResumptionWithoutTickets()
    {
        auto server = XmppServerFixture::create(); // Prosody's default (no_ticket), and ejabberd
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        for (int i = 0; i < 2; ++i) {
            const Session session = connectOnce(*server, true);
            QVERIFY2(session.encrypted, qPrintable(session.error + u"\n"_s + server->logTail()));
            QVERIFY(!session.resumed);
        }
    }
};

QTEST_GUILESS_MAIN(TestE2eTlsResume)
#include "tst_e2e_tlsresume.moc"
