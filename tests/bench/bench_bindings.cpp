// bench_bindings: from nothing to online (bound + XEP-0198 enabled) over each binding against Prosody 0.12 in the
// same run: TCP with STARTTLS, TCP with direct TLS (XEP-0368), XMPP over WebSocket (RFC 7395, mod_websocket on
// Prosody's HTTPS port) and XMPP over BOSH (XEP-0124/0206, mod_bosh there, and the scripted BOSH connection manager of
// the unit tests). Cold = an empty connection cache (DNS is skipped anyway: explicit host/URL), warm = the server
// profile a previous login stored (XEP-0305 pipelining of the SM <enable/> behind the bind; over BOSH also the <auth/>
// in the session creation request, §6).
//
//   bench_bindings [--runs N] [--delay MS]
//
// With --delay, every connection goes through a DelayProxy that delays each direction by MS (the TCP handshake is
// not delayed), so "measured RTs" = wall time / (2 * MS) shows the round trips on the wire beside the ones the
// client counted (ConnectionStats::roundTrips: TCP 1, TLS flights, the WebSocket upgrade, an unpipelined BOSH session
// creation, each wait).
#include "BenchSupport.h"
#include "BoshTestServer.h"
#include "ProsodyFixture.h"
#include "delay_proxy.h"
#include "stream/CertificateTrust.h"
#include "stream/Connection.h"
#include "stream/ConnectionCache.h"
#include "stream/Scram.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::bench::median;
using balcony::bench::out;
using balcony::test::BoshTestServer;
using balcony::test::BoshXmppScript;
using balcony::test::DelayProxyThread;
using balcony::test::ProsodyFixture;

namespace {

struct Sample {
    double ms = 0;
    int roundTrips = 0;
    QString tls;
    int httpRequests = 0;
};

enum class Mode { StartTls, DirectTls, WebSocket, Bosh, BoshScripted };

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::StartTls:
        return u"TCP, STARTTLS"_s;
    case Mode::DirectTls:
        return u"TCP, direct TLS"_s;
    case Mode::WebSocket:
        return u"WebSocket (wss)"_s;
    case Mode::Bosh:
        return u"BOSH (https)"_s;
    case Mode::BoshScripted:
        return u"BOSH, scripted manager"_s;
    }
    return {};
}

// The scripted BOSH connection manager (tests/support/BoshTestServer) with its SCRAM/bind/SM script.
struct Scripted {
    BoshTestServer server;
    BoshXmppScript xmpp;
};

// One login to online; nullopt on failure (printed).
std::optional<Sample> login(
    const ProsodyFixture &server, Mode mode, ConnectionCache *cache, quint16 port, Scripted *scripted = nullptr)
{
    ConnectionSettings settings;
    settings.jid = *Jid::parse(QString(u"alice@"_s + server.domain()));
    settings.password = u"pw-alice"_s;
    settings.extraCaCertificates = { server.caCertificate() };
    settings.autoReconnect = false;
    settings.cache = cache;
    if (mode == Mode::BoshScripted) {
        settings.jid = *Jid::parse(u"user@example.com/balcony"_s);
        settings.password = u"pencil"_s;
        settings.binding = TransportBinding::Bosh;
        QUrl url = scripted->server.url();
        url.setPort(port);
        settings.boshUrl = url;
        settings.trustedFingerprints = { CertificateTrust::fingerprint(scripted->server.certificate()) };
        Scram::setTestNonce("fyko+d2lbbFgONRv9qkxdawL");
    } else if (mode == Mode::Bosh) {
        settings.binding = TransportBinding::Bosh;
        QUrl url = server.boshUrl();
        url.setPort(port);
        settings.boshUrl = url;
    } else if (mode == Mode::WebSocket) {
        settings.binding = TransportBinding::WebSocket;
        QUrl url = server.websocketUrl();
        url.setPort(port);
        settings.websocketUrl = url;
    } else {
        settings.host = server.host();
        settings.port = port;
        settings.directTls = mode == Mode::DirectTls;
    }
    Connection connection;
    connection.setSettings(settings);
    QEventLoop loop;
    QElapsedTimer wall;
    std::optional<Sample> result;
    QObject::connect(&connection, &Connection::connected, &loop, [&] {
        // Online = bound and stream management enabled (its <enabled/> may follow the bind result).
        auto check = [&] {
            if (connection.isStreamManagementEnabled()) {
                result = Sample { wall.nsecsElapsed() / 1e6, connection.stats().roundTrips,
                    connection.stats().tlsProtocol, connection.stats().httpRequests };
                loop.quit();
            }
        };
        check();
        if (!result) {
            QObject::connect(&connection, &Connection::stanzaReceived, &loop, check);
            auto *poll = new QTimer(&loop);
            QObject::connect(poll, &QTimer::timeout, &loop, check);
            poll->start(1);
        }
    });
    QObject::connect(&connection, &Connection::errorOccurred, &loop, [&](const ConnectionError &error) {
        out() << "  login failed: " << error.message << Qt::endl;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    wall.start();
    connection.connectToServer();
    loop.exec();
    connection.disconnectFromServer();
    QEventLoop settle;
    QTimer::singleShot(50, &settle, &QEventLoop::quit);
    settle.exec();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"balcony.*.debug=false\nbalcony.*.info=false"_s);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(u"runs"_s, u"Logins per case (default 10)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption delayOption(u"delay"_s, u"Delay each direction by MS through a proxy."_s, u"MS"_s, u"0"_s);
    parser.addOptions({ runsOption, delayOption });
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int delay = std::max(0, parser.value(delayOption).toInt());

    QString why;
    if (!ProsodyFixture::isAvailable(&why)) {
        out() << "Prosody is not available: " << why << Qt::endl;
        return 1;
    }
    ProsodyFixture::Options options;
    options.httpBindings = true;
    options.quietLog = true;
    options.messageArchive = false;
    ProsodyFixture server(options);
    if (!server.start() || !server.registerUser(u"alice"_s, u"pw-alice"_s)) {
        out() << "Prosody did not start: " << server.errorString() << Qt::endl;
        return 1;
    }
    std::unique_ptr<DelayProxyThread> c2sProxy;
    std::unique_ptr<DelayProxyThread> directProxy;
    std::unique_ptr<DelayProxyThread> httpsProxy;
    std::unique_ptr<DelayProxyThread> scriptedProxy;
    Scripted scripted;
    if (!scripted.server.start()) {
        out() << "the scripted BOSH manager did not start" << Qt::endl;
        return 1;
    }
    scripted.xmpp.attach(scripted.server);
    quint16 c2sPort = server.c2sPort();
    quint16 directPort = server.directTlsPort();
    quint16 httpsPort = server.httpsPort();
    quint16 scriptedPort = quint16(scripted.server.url().port());
    if (delay > 0) {
        scriptedProxy = std::make_unique<DelayProxyThread>(QHostAddress::LocalHost, scriptedPort, delay, delay);
        if (!scriptedProxy->listen()) {
            out() << "proxy: cannot listen" << Qt::endl;
            return 1;
        }
        scriptedPort = scriptedProxy->port();
        c2sProxy = std::make_unique<DelayProxyThread>(QHostAddress::LocalHost, c2sPort, delay, delay);
        directProxy = std::make_unique<DelayProxyThread>(QHostAddress::LocalHost, directPort, delay, delay);
        httpsProxy = std::make_unique<DelayProxyThread>(QHostAddress::LocalHost, httpsPort, delay, delay);
        if (!c2sProxy->listen() || !directProxy->listen() || !httpsProxy->listen()) {
            out() << "proxy: cannot listen" << Qt::endl;
            return 1;
        }
        c2sPort = c2sProxy->port();
        directPort = directProxy->port();
        httpsPort = httpsProxy->port();
    }

    out() << "Prosody 0.12 on 127.0.0.1, " << runs << " logins per case, one-way delay " << delay
          << " ms; online = bound + XEP-0198 enabled\n\n";
    out() << "| binding | cache | median ms | RTs counted | measured RTs | HTTP requests | TLS |\n"
             "|---|---|---:|---:|---:|---:|---|\n";
    for (const Mode mode : { Mode::StartTls, Mode::DirectTls, Mode::WebSocket, Mode::Bosh, Mode::BoshScripted }) {
        const quint16 port = mode == Mode::StartTls ? c2sPort
            : mode == Mode::DirectTls               ? directPort
            : mode == Mode::BoshScripted            ? scriptedPort
                                                    : httpsPort;
        for (const bool warm : { false, true }) {
            QList<double> times;
            QList<double> counted;
            QList<double> requests;
            QString tls;
            MemoryConnectionCache primed;
            if (warm && !login(server, mode, &primed, port, &scripted)) {
                return 1;
            }
            for (int i = 0; i < runs; ++i) {
                MemoryConnectionCache cold;
                const auto sample = login(server, mode, warm ? &primed : &cold, port, &scripted);
                if (!sample) {
                    return 1;
                }
                times.append(sample->ms);
                counted.append(sample->roundTrips);
                requests.append(sample->httpRequests);
                tls = sample->tls;
            }
            const double ms = median(times);
            out() << "| " << modeName(mode) << " | " << (warm ? "warm" : "cold") << " | " << QString::number(ms, 'f', 1)
                  << " | " << median(counted) << " | "
                  << (delay > 0 ? QString::number(ms / (2.0 * delay), 'f', 1) : u"-"_s) << " | "
                  << (mode == Mode::Bosh || mode == Mode::BoshScripted ? QString::number(median(requests)) : u"-"_s)
                  << " | " << tls << " |" << Qt::endl;
        }
    }
    return 0;
}
