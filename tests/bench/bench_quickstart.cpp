// bench_quickstart: XEP-0305 against a scripted server, in round trips and simulated wall time.
//
//   bench_quickstart [--delay MS]
//
// A scripted XMPP server plays either a server that advertises urn:xmpp:features:pipelining (answering as
// the seed's listings 2, 3 and 6 show) or one that does not (Prosody 0.12, ejabberd), over a
// ScriptedTransport whose every delivery is delayed by MS each way (default 25 ms, RTT 50 ms), including the
// TCP handshake (1 RTT) and the TLS 1.3 handshake (1 RTT, or none extra when the ClientHello rode behind
// <starttls/>). For each server: a cold login (no cached server profile) and a warm one (the profile the cold
// login stored), with a transport that can pipeline its ClientHello (XEP-0305 listing 1) and with one that
// cannot (QSslSocket, as TcpTransport). The target is "online": bound + XEP-0198 enabled + initial presence
// written. Reports the round trips the client counted, the measured ones (wall / RTT) and the client's writes.
#include "ScriptedTransport.h"
#include "stream/Connection.h"
#include "stream/ConnectionCache.h"
#include "stream/Scram.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::test;
using namespace balcony::test::script;

namespace {

// RFC 5802 §5 (user "user", password "pencil", fixed client nonce).
const QByteArray serverFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
const QByteArray serverFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";
const QByteArray pipeliningFeature = "<pipelining xmlns='urn:xmpp:features:pipelining'/>";

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Answers the client's writes the way a server would, each answer delivered one RTT after the write.
class QuickstartServer : public QObject {
public:
    QuickstartServer(ScriptedTransport &transport, bool pipelines, int delayMs)
        : m_transport(transport)
        , m_pipelines(pipelines)
        , m_delayMs(delayMs)
    {
        connect(&transport, &ScriptedTransport::written, this, &QuickstartServer::onWritten);
    }

    // TCP handshake: one RTT.
    void accept()
    {
        later([this] { m_transport.simulateConnected(); });
    }
    int writes = 0;

private:
    QByteArray features(const QByteArray &inner) const
    {
        return "<stream:features>" + inner + (m_pipelines ? pipeliningFeature : QByteArray()) + "</stream:features>";
    }

    void later(std::function<void()> action) { QTimer::singleShot(2 * m_delayMs, this, std::move(action)); }

    void onWritten(const QByteArray &bytes)
    {
        ++writes;
        QByteArray reply;
        const bool starttls = bytes.contains("<starttls");
        if (starttls) {
            reply += serverHeader()
                + features("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>")
                + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";
        }
        if (bytes.contains("<auth")) {
            reply += serverHeader()
                + features("<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>SCRAM-SHA-1</mechanism>"
                           "</mechanisms>")
                + sasl("challenge", serverFirst);
        }
        if (bytes.contains("<response")) {
            reply += sasl("success", serverFinal);
        }
        if (bytes.contains("<bind")) {
            const qsizetype at = bytes.indexOf("id=\"", bytes.indexOf("<iq"));
            const QByteArray id = bytes.mid(at + 4, bytes.indexOf('"', at + 4) - at - 4);
            reply += serverHeader()
                + features("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/><sm xmlns='urn:xmpp:sm:3'/>")
                + "<iq type='result' id='" + id
                + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>user@example.com/balcony</jid></bind></iq>";
        }
        if (bytes.contains("<enable")) {
            reply += "<enabled xmlns='urn:xmpp:sm:3' id='sm' resume='true'/>";
        }
        if (bytes.contains("<r ")) {
            reply += "<a xmlns='urn:xmpp:sm:3' h='1'/>";
        }
        if (reply.isEmpty()) {
            return;
        }
        later([this, reply, starttls] {
            // Was the ClientHello already sent behind <starttls/> (XEP-0305 listing 1)?
            const bool early = starttls && m_transport.startTlsRequested();
            m_transport.inject(reply);
            if (early) {
                // TLS 1.3: the server's whole flight rode with <proceed/>.
                m_transport.simulateEncrypted();
            } else if (starttls && m_transport.startTlsRequested()) {
                // The ClientHello followed <proceed/>: its answer is one more RTT.
                later([this] { m_transport.simulateEncrypted(); });
            }
        });
    }

private:
    ScriptedTransport &m_transport;
    bool m_pipelines;
    int m_delayMs;
};

struct Result {
    bool ok = false;
    double wallMs = 0;
    int counted = 0;
    int writes = 0;
};

Result login(bool pipelines, bool earlyTls, MemoryConnectionCache &cache, int delayMs)
{
    auto owned = std::make_unique<ScriptedTransport>();
    ScriptedTransport *transport = owned.get();
    transport->setSupportsEarlyTls(earlyTls);
    Connection connection(std::move(owned));
    ConnectionSettings settings;
    settings.jid = *Jid::parse(u"user@example.com/balcony");
    settings.password = u"pencil"_s;
    settings.autoReconnect = false;
    settings.cache = &cache;
    connection.setSettings(settings);
    QuickstartServer server(*transport, pipelines, delayMs);
    QObject::connect(&connection, &Connection::sessionStarting, &connection,
        [&connection] { connection.send(Element(u"presence"_s)); });

    QEventLoop loop;
    Result result;
    QElapsedTimer clock;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (connection.state() == ConnectionState::Connected && connection.isStreamManagementEnabled()) {
            result.ok = true;
            result.wallMs = double(clock.nsecsElapsed()) / 1e6;
            loop.quit();
        }
    });
    check.start(1);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    clock.start();
    connection.connectToServer();
    server.accept();
    loop.exec();
    result.counted = connection.stats().roundTrips + (connection.stats().pipelinedSessionStart ? 0 : 1);
    result.writes = server.writes;
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"XEP-0305 round trips against a scripted server."_s);
    parser.addHelpOption();
    const QCommandLineOption delayOption(u"delay"_s, u"Delay per direction in ms (default 25)."_s, u"MS"_s, u"25"_s);
    parser.addOption(delayOption);
    parser.process(app);
    const int delayMs = qMax(1, parser.value(delayOption).toInt());
    Scram::setTestNonce("fyko+d2lbbFgONRv9qkxdawL");
    QLoggingCategory::setFilterRules(u"balcony.*.debug=false"_s);
    out() << "command: " << QCoreApplication::arguments().join(u' ') << Qt::endl
          << u"scripted server, %1 ms each way (RTT %2 ms); target: bound + SM enabled + presence written"_s
                 .arg(delayMs)
                 .arg(2 * delayMs)
          << Qt::endl
          << Qt::endl
          << u"%1 %2 %3 %4 %5 %6"_s.arg(u"server"_s, -24)
                 .arg(u"transport"_s, -22)
                 .arg(u"login"_s, -6)
                 .arg(u"counted"_s, 8)
                 .arg(u"measured"_s, 9)
                 .arg(u"writes"_s, 7)
          << Qt::endl;
    bool failed = false;
    for (const bool pipelines : { true, false }) {
        for (const bool earlyTls : { true, false }) {
            MemoryConnectionCache cache;
            for (const bool warm : { false, true }) {
                const Result r = login(pipelines, earlyTls, cache, delayMs);
                failed = failed || !r.ok;
                out() << u"%1 %2 %3 %4 %5 %6"_s
                             .arg(pipelines ? u"pipelining (XEP-0305)"_s : u"no pipelining (Prosody)"_s, -24)
                             .arg(earlyTls ? u"early ClientHello"_s : u"QSslSocket-like"_s, -22)
                             .arg(warm ? u"warm"_s : u"cold"_s, -6)
                             .arg(r.ok ? QString::number(r.counted) : u"FAILED"_s, 8)
                             .arg(r.wallMs / (2.0 * delayMs), 9, 'f', 2)
                             .arg(r.writes, 7)
                      << Qt::endl;
            }
        }
    }
    out() << Qt::endl
          << "counted: round trips the client counted from the TCP SYN (TCP = 1, TLS 1.3 = 1 unless the ClientHello\n"
             "rode behind <starttls/>), +1 when SM enable waited for its own round trip. measured: wall / RTT.\n"
             "The seed's minimum is TCP + 3 XMPP round trips (TLS inside the first): 4.\n"
          << Qt::endl;
    return failed ? 1 : 0;
}
