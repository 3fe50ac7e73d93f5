#include "ProsodyFixture.h"
#include "stream/TcpTransport.h"
#include "stream/TlsSessionCache.h"

#include <QDeadlineTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using balcony::TcpTransport;
using balcony::TlsSessionCache;
using balcony::TransportError;
using balcony::TransportTarget;
using balcony::test::ProsodyFixture;

namespace {

constexpr int Wait = 20000; // generous: the machine is shared; never a timing assertion

QByteArray streamHeader(const QString &domain)
{
    return "<?xml version='1.0'?><stream:stream to='" + domain.toUtf8()
        + "' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";
}

// One TLS connection to Prosody through TcpTransport: direct TLS (XEP-0368), or RFC 6120 §5.4 STARTTLS
// (header + <starttls/> in one write, which Prosody accepts, then TLS on <proceed/>).
struct Session {
    bool encrypted = false;
    bool resumed = false;
    QString protocol;
    QString error;
};

Session connectOnce(const ProsodyFixture &prosody, bool directTls)
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
    target.domain = prosody.domain();
    target.host = prosody.host();
    target.port = directTls ? prosody.directTlsPort() : prosody.c2sPort();
    target.directTls = directTls;
    target.extraCaCertificates = { prosody.caCertificate() };
    const QByteArray key = TlsSessionCache::key(
        target.domain, target.host, target.port, target.extraCaCertificates, target.trustedFingerprints);
    const QByteArray before = TlsSessionCache::instance().session(key);

    transport.connectToServer(target);
    if (!directTls) {
        transport.write(streamHeader(prosody.domain()) + "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    }
    QDeadlineTimer deadline(Wait);
    while (!session.encrypted && session.error.isEmpty() && !deadline.hasExpired()) {
        QTest::qWait(10);
    }
    if (session.encrypted) {
        // Prosody sends its TLS 1.3 tickets right after the handshake, before any application data: once
        // the stream features are in, so are the tickets (TLS 1.2 ones came within the handshake).
        received.clear();
        transport.write(streamHeader(prosody.domain()));
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

// XEP-0305 §7 against a real Prosody: with session tickets enabled the second TLS handshake resumes the
// first one's session, over direct TLS and STARTTLS; Prosody's default (no tickets) never resumes.
class TestE2eTlsResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!ProsodyFixture::isAvailable(&why)) {
            QSKIP(qPrintable(u"Prosody is not available (install the 'prosody' package): "_s + why));
        }
    }

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
        ProsodyFixture::Options options;
        options.tlsTickets = true;
        ProsodyFixture prosody(options);
        QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

        const Session first = connectOnce(prosody, directTls);
        QVERIFY2(first.encrypted, qPrintable(first.error + u"\n"_s + prosody.logTail()));
        QVERIFY(!first.resumed);
        QVERIFY(TlsSessionCache::instance().size() > 0);

        const Session second = connectOnce(prosody, directTls);
        QVERIFY2(second.encrypted, qPrintable(second.error + u"\n"_s + prosody.logTail()));
        QVERIFY2(second.resumed, qPrintable(second.protocol));
        QCOMPARE(second.protocol, first.protocol);
    }

    void noResumptionWithoutTickets()
    {
        ProsodyFixture prosody; // Prosody's default: no_ticket
        QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));
        for (int i = 0; i < 2; ++i) {
            const Session session = connectOnce(prosody, true);
            QVERIFY2(session.encrypted, qPrintable(session.error + u"\n"_s + prosody.logTail()));
            QVERIFY(!session.resumed);
        }
    }
};

QTEST_GUILESS_MAIN(TestE2eTlsResume)
#include "tst_e2e_tlsresume.moc"
