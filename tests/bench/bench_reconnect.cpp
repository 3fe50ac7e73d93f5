// bench_reconnect: how fast a dropped connection is back, XEP-0198 resumption against a full new login.
//
//   bench_reconnect [--runs N] [--delay MS] [--messages N]
//
// Starts a fixture Prosody (tests/support/ProsodyFixture) behind a DelayProxy in its own thread (25 ms each
// way by default: 50 ms per round trip). Two Connections log in through it, both with a server-profile cache
// (MemoryConnectionCache) so that reconnects pipeline what they can (XEP-0305), both reconnecting at once
// after a drop (the backoff's random source returns 0):
//   resume  stream management on: per run, send N messages, cut the proxy at once (before the server's
//           acknowledgement can arrive, so they are unacknowledged), and time the cut to sessionResumed();
//           ConnectionStats::resentStanzas says how many went out again.
//   login   stream management off: per run, cut the proxy and time the cut to connected() of the new
//           session (bound, initial presence written in sessionStarting()).
// Reports the median and minimum wall time per mode, in ms and in round trips (ms / RTT), and the ratio.
// The proxy accepts TCP connections at once, so the TCP handshake is not part of the delay.
#include "BenchSupport.h"
#include "ProsodyFixture.h"
#include "delay_proxy.h"
#include "stream/Connection.h"
#include "stream/ConnectionCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::DelayProxyThread;
using balcony::test::ProsodyFixture;

namespace {

constexpr int StepTimeoutMs = 30000;
const QString Password = u"bench-password"_s;

using balcony::bench::median;
using balcony::bench::out;

// Runs the event loop until `done()` holds or the step times out; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs = StepTimeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

struct Sample {
    double wallMs = 0;
    int resent = 0;
};

struct Series {
    QString mode;
    QList<Sample> samples;
    QString error;
};

// One account through the proxy; counts sessions, resumptions and the moment each happened.
class Client : public QObject {
public:
    Client(const ProsodyFixture &prosody, const QString &user, quint16 port, bool streamManagement)
    {
        ConnectionSettings settings;
        settings.jid = *Jid::parse(QString(user + u'@' + prosody.domain()));
        settings.password = Password;
        settings.host = prosody.host();
        settings.port = port;
        settings.extraCaCertificates = { prosody.caCertificate() };
        settings.autoReconnect = true;
        settings.streamManagement = streamManagement;
        settings.cache = &m_cache;
        connection.setSettings(settings);
        connection.setBackoffRandomSource([](qint64) { return qint64(0); });
        connect(&connection, &Connection::sessionStarting, this,
            [this](bool) { connection.send(Element(u"presence"_s, u"jabber:client"_s)); });
        connect(&connection, &Connection::connected, this, [this] {
            ++connectedCount;
            connectedAt = clock.nsecsElapsed();
        });
        connect(&connection, &Connection::sessionResumed, this, [this](int) {
            ++resumedCount;
            resumedAt = clock.nsecsElapsed();
        });
        connect(&connection, &Connection::errorOccurred, this,
            [this](const ConnectionError &error) { lastError = error.message; });
        clock.start();
    }

    Connection connection;
    QElapsedTimer clock;
    int connectedCount = 0;
    int resumedCount = 0;
    qint64 connectedAt = 0;
    qint64 resumedAt = 0;
    QString lastError;

private:
    MemoryConnectionCache m_cache;
};

Series measure(const ProsodyFixture &prosody, DelayProxyThread &proxy, bool streamManagement, int runs, int messages)
{
    Series series;
    series.mode = streamManagement ? u"resume (XEP-0198)"_s : u"new login (no SM)"_s;
    const QString user = streamManagement ? u"resumer"_s : u"relogin"_s;
    Client client(prosody, user, proxy.port(), streamManagement);
    client.connection.connectToServer();
    if (!waitFor([&] { return client.connectedCount == 1; })) {
        series.error = u"no login: "_s + client.lastError;
        return series;
    }
    if (streamManagement && !waitFor([&] { return client.connection.isStreamManagementEnabled(); })) {
        series.error = u"stream management not enabled"_s;
        return series;
    }
    const Jid to = *Jid::parse(QString(u"sink@"_s + prosody.domain()));
    // Run 0 is an unmeasured warm-up (the first reconnect pays for OpenSSL state, caches).
    for (int run = 0; run <= runs; ++run) {
        if (!waitFor([&] { return client.connection.unacknowledgedCount() == 0; })) {
            series.error = u"earlier stanzas never acknowledged"_s;
            return series;
        }
        const int connectedBefore = client.connectedCount;
        const int resumedBefore = client.resumedCount;
        if (streamManagement) {
            for (int i = 0; i < messages; ++i) {
                Element message(u"message"_s, u"jabber:client"_s);
                message.setAttribute(u"to"_s, to.toString());
                message.setAttribute(u"type"_s, u"chat"_s);
                message.appendTextChild(u"body"_s, u"jabber:client"_s, u"run %1 message %2"_s.arg(run).arg(i));
                client.connection.send(message);
            }
            // Let them leave the socket (they sit in the proxy's upstream delay, unacknowledged).
            QCoreApplication::processEvents();
        }
        const qint64 cutAt = client.clock.nsecsElapsed();
        proxy.cutAll();
        const bool back = waitFor([&] {
            return streamManagement ? client.resumedCount > resumedBefore : client.connectedCount > connectedBefore;
        });
        if (!back) {
            series.error = u"run %1: not back: %2"_s.arg(run).arg(client.lastError);
            return series;
        }
        if (streamManagement && client.connectedCount != connectedBefore + 1) {
            series.error = u"run %1: a new session instead of a resumption"_s.arg(run);
            return series;
        }
        if (run == 0) {
            continue;
        }
        const qint64 backAt = streamManagement ? client.resumedAt : client.connectedAt;
        series.samples.append(Sample { double(backAt - cutAt) / 1e6, client.connection.stats().resentStanzas });
    }
    client.connection.setSettings([&] {
        ConnectionSettings settings = client.connection.settings();
        settings.autoReconnect = false;
        return settings;
    }());
    client.connection.disconnectFromServer();
    waitFor([&] { return client.connection.state() == ConnectionState::Disconnected; }, 5000);
    return series;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"XEP-0198 resumption vs a full new login after a dropped connection."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Measured reconnects per mode (default 10)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption delayOption(
        u"delay"_s, u"One-way delay of the proxy in ms (default 25)."_s, u"MS"_s, u"25"_s);
    const QCommandLineOption messagesOption(
        u"messages"_s, u"Unacknowledged messages at each cut (default 20)."_s, u"N"_s, u"20"_s);
    parser.addOptions({ runsOption, delayOption, messagesOption });
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int delay = std::max(0, parser.value(delayOption).toInt());
    const int messages = std::max(0, parser.value(messagesOption).toInt());

    QString why;
    if (!ProsodyFixture::isAvailable(&why)) {
        out() << "Prosody is not available: " << why << Qt::endl;
        return 2;
    }
    ProsodyFixture prosody;
    if (!prosody.start()) {
        out() << "Prosody did not start: " << prosody.errorString() << Qt::endl;
        return 1;
    }
    for (const QString &user : { u"resumer"_s, u"relogin"_s, u"sink"_s }) {
        if (!prosody.registerUser(user, Password)) {
            out() << "cannot register " << user << ": " << prosody.errorString() << Qt::endl;
            return 1;
        }
    }
    DelayProxyThread proxy(QHostAddress(prosody.host()), prosody.c2sPort(), delay, delay);
    if (!proxy.listen()) {
        out() << "proxy: " << proxy.errorString() << Qt::endl;
        return 1;
    }
    const double rtt = 2.0 * delay;
    out() << "Reconnect after a cut, STARTTLS through a " << delay << " ms each-way proxy (RTT " << rtt << " ms), "
          << runs << " runs per mode, " << messages << " unacknowledged messages per cut (resume)" << Qt::endl;

    const QList<Series> all { measure(prosody, proxy, true, runs, messages), measure(prosody, proxy, false, runs, 0) };
    out() << Qt::endl << u"| mode | median ms | min ms | median RTTs | resent (median) |"_s << Qt::endl;
    out() << u"|---|---:|---:|---:|---:|"_s << Qt::endl;
    QList<double> medians;
    for (const Series &series : all) {
        if (!series.error.isEmpty()) {
            out() << "| " << series.mode << " | failed: " << series.error << " | | | |" << Qt::endl;
            medians.append(0);
            continue;
        }
        QList<double> wall;
        QList<double> resent;
        for (const Sample &s : series.samples) {
            wall.append(s.wallMs);
            resent.append(s.resent);
        }
        const double med = median(wall);
        medians.append(med);
        out() << "| " << series.mode << " | " << QString::number(med, 'f', 1) << " | "
              << QString::number(*std::min_element(wall.cbegin(), wall.cend()), 'f', 1) << " | "
              << QString::number(rtt > 0 ? med / rtt : 0, 'f', 2) << " | " << QString::number(median(resent), 'f', 0)
              << " |" << Qt::endl;
    }
    if (medians[0] > 0 && medians[1] > 0) {
        out() << Qt::endl
              << "new login / resume: " << QString::number(medians[1] / medians[0], 'f', 2) << "x" << Qt::endl;
    }
    const bool ok = std::all_of(all.cbegin(), all.cend(), [](const Series &s) { return s.error.isEmpty(); });
    return ok ? 0 : 1;
}
