// bench_login: how long a login takes over a simulated network, in wall time and in round trips, for
// Balcony's engine and, for comparison, slixmpp.
//
//   bench_login [--runs N] [--delay MS] [--no-slixmpp] [--target bound|online|both|cli|desktop] [--cli PATH]...
//               [--desktop PATH]...
//
// Two targets: "bound" (a resource is bound) and "online", XEP-0305's practical goal: bound + XEP-0198 stream
// management enabled + the roster (versioned, RFC 6121 §2.6) received + initial presence sent. For "online"
// Balcony keeps its caches across runs as a real profile would (server profile for pipelining, roster with
// its version), so every measured run after the warm-up is a returning login; slixmpp does what an
// application on it does: xep_0198 enabled, session_start, get_roster(), send_presence().
//
// Starts a fixture Prosody (tests/support/ProsodyFixture) and two DelayProxy instances in their own thread
// (25 ms each way by default, i.e. 50 ms per round trip) in front of its STARTTLS and direct TLS ports, then
// logs in N times per mode with Connection in-process (after one unmeasured warm-up login that loads
// OpenSSL and the CA store) and N times with tests/bench/slixmpp_login.py. Reports, per mode and client,
// the median and minimum wall time from connectToServer() to a bound resource, the round trips the client
// counted (ConnectionStats::roundTrips, from the TCP SYN), and the measured round trips: wall time / RTT,
// plus 1 because the proxy accepts the TCP connection at once (the TCP handshake is not delayed).
//
// Target "cli" (issue 12, start-up off the critical path): the whole `balcony-cli login --json` process, from
// QProcess::start() to its exit, for each --cli binary (e.g. a build of main and this tree, measured in the
// same run, their runs interleaved), each with a warm profile of its own. Reported per binary: the process
// wall time, the protocol time the CLI itself printed (onlineMs - connectMs: from the TCP connection to fully
// online), and the rest, wall - (onlineMs - connectMs): exec, the profile open, everything before the first
// packet, the sign-out round trip and the exit. `--version` of the same binary is timed too: the floor that
// exec, the dynamic linker and QCoreApplication cost before any of Balcony's code runs.
//
// Target "desktop" (issue 12, the same goal for the desktop app): the real `balcony` binary from QProcess::start()
// to its account fully online, with a returning user's data root and the password in a real keychain; see
// bench_login_desktop.cpp.
#include "BenchSupport.h"
#include "ProsodyFixture.h"
#include "bench_login_desktop.h"
#include "delay_proxy.h"
#include "im/RosterManager.h"
#include "storage/MemoryRosterStore.h"
#include "stream/Connection.h"
#include "stream/ConnectionCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::DelayProxyThread;
using balcony::test::ProsodyFixture;

namespace {

constexpr int LoginTimeoutMs = 30000;
const QString User = u"bench"_s;
const QString Password = u"bench-password"_s;

struct Sample {
    double wallMs = 0;
    int roundTrips = -1; // counted by the client; -1 if it does not count
    ConnectionStats stats; // Balcony only
};

struct Series {
    QString mode;
    QString client;
    QList<Sample> samples;
    QString error;
};

using balcony::bench::median;
using balcony::bench::out;

QString shellQuoted(const QString &word)
{
    if (!word.isEmpty() && !word.contains(QRegularExpression(u"[^A-Za-z0-9_./:@%+=,-]"_s))) {
        return word;
    }
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

// One in-process login; the connection is closed cleanly afterwards (not measured). With `roster`, the
// target is "online" (see the top): presence goes out as the session starts, and the login counts as done
// when the roster arrived with stream management enabled.
std::optional<Sample> balconyLogin(const ConnectionSettings &settings, QString *error, RosterStore *roster = nullptr)
{
    Connection connection;
    connection.setSettings(settings);
    QEventLoop loop;
    bool bound = false;
    std::unique_ptr<RosterManager> rosterManager;
    if (roster) {
        rosterManager = std::make_unique<RosterManager>(connection, *roster);
        QObject::connect(&connection, &Connection::sessionStarting, &loop,
            [&connection] { connection.send(Element(u"presence"_s)); });
        QObject::connect(rosterManager.get(), &RosterManager::rosterReceived, &loop, [&] {
            if (!connection.isStreamManagementEnabled()) {
                *error = u"stream management was not enabled before the roster arrived"_s;
            } else {
                bound = true;
            }
            loop.quit();
        });
    } else {
        QObject::connect(&connection, &Connection::connected, &loop, [&] {
            bound = true;
            loop.quit();
        });
    }
    QObject::connect(&connection, &Connection::errorOccurred, &loop, [&](const ConnectionError &e) {
        *error = e.message;
        loop.quit();
    });
    QTimer::singleShot(LoginTimeoutMs, &loop, [&] {
        *error = u"timed out"_s;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    connection.connectToServer();
    loop.exec();
    const double wallMs = double(clock.nsecsElapsed()) / 1e6;
    if (!bound) {
        return std::nullopt;
    }
    ConnectionStats stats = connection.stats();
    if (roster && !stats.pipelinedSessionStart) {
        ++stats.roundTrips; // SM enable + roster get + presence waited for their own round trip
    }
    QEventLoop closing;
    QObject::connect(&connection, &Connection::disconnected, &closing, &QEventLoop::quit);
    QTimer::singleShot(10000, &closing, &QEventLoop::quit);
    connection.disconnectFromServer();
    if (connection.state() != ConnectionState::Disconnected) {
        closing.exec();
    }
    return Sample { wallMs, stats.roundTrips, stats };
}

std::optional<Sample> slixmppLogin(const QStringList &arguments, QString *error)
{
    QProcess python;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BALCONY_PASSWORD"_s, Password);
    python.setProcessEnvironment(env);
    python.start(u"/usr/bin/python3"_s, arguments);
    if (!python.waitForFinished(LoginTimeoutMs + 10000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError()).trimmed();
        if (error->isEmpty()) {
            *error = u"slixmpp_login.py failed: "_s + python.errorString();
        }
        python.kill();
        python.waitForFinished();
        return std::nullopt;
    }
    const QJsonObject result = QJsonDocument::fromJson(python.readAllStandardOutput().trimmed()).object();
    if (!result.contains(u"boundMs")) {
        *error = u"slixmpp_login.py printed no result"_s;
        return std::nullopt;
    }
    return Sample { result.value(u"boundMs").toDouble(), -1, {} };
}

void printSeries(const Series &series, int delayMs)
{
    const double rttMs = 2.0 * delayMs;
    if (!series.error.isEmpty()) {
        out() << u"%1 %2 FAILED: %3"_s.arg(series.mode, -18).arg(series.client, -8).arg(series.error) << Qt::endl;
        return;
    }
    QList<double> walls;
    QList<double> counted;
    for (const Sample &s : series.samples) {
        walls.append(s.wallMs);
        counted.append(s.roundTrips);
    }
    const double med = median(walls);
    const double min = *std::min_element(walls.cbegin(), walls.cend());
    const QString countedText = series.samples.first().roundTrips < 0 ? u"-"_s : QString::number(median(counted));
    out() << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(series.mode, -18)
                 .arg(series.client, -8)
                 .arg(series.samples.size(), 5)
                 .arg(med, 10, 'f', 1)
                 .arg(min, 8, 'f', 1)
                 .arg(countedText, 8)
                 .arg(u"%1 (min %2)"_s.arg(med / rttMs + 1, 0, 'f', 2).arg(min / rttMs + 1, 0, 'f', 2), 20)
          << Qt::endl;
}

// One `balcony-cli login --json` process; wallMs from start() to exit.
struct CliSample {
    double wallMs = 0;
    double connectMs = 0;
    double onlineMs = 0;
};

std::optional<CliSample> cliLogin(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BALCONY_PASSWORD"_s, Password);
    cli.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    cli.start(program, arguments);
    const bool finished = cli.waitForFinished(LoginTimeoutMs + 10000);
    const double wallMs = double(clock.nsecsElapsed()) / 1e6;
    if (!finished || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
        *error = QString::fromUtf8(cli.readAllStandardError()).trimmed();
        if (error->isEmpty()) {
            *error = program + u" login failed: "_s + cli.errorString();
        }
        cli.kill();
        cli.waitForFinished();
        return std::nullopt;
    }
    const QJsonObject result = QJsonDocument::fromJson(cli.readAllStandardOutput().trimmed()).object();
    if (!result.contains(u"onlineMs") || !result.contains(u"connectMs")) {
        *error = program + u" printed no login result"_s;
        return std::nullopt;
    }
    return CliSample { wallMs, result.value(u"connectMs").toDouble(), result.value(u"onlineMs").toDouble() };
}

// `program --version`: exec + dynamic linking + QCoreApplication, nothing of the engine.
double execFloorMs(const QString &program)
{
    QProcess cli;
    QElapsedTimer clock;
    clock.start();
    cli.start(program, { u"--version"_s });
    cli.waitForFinished(10000);
    return double(clock.nsecsElapsed()) / 1e6;
}

// Target "cli": see the top. Returns false if a login failed.
bool runCliTarget(const QStringList &programs, const ProsodyFixture &prosody, quint16 starttlsPort, quint16 directPort,
    int runs, int delayMs)
{
    bool ok = true;
    for (const bool direct : { false, true }) {
        const QString mode = direct ? u"direct-TLS"_s : u"STARTTLS"_s;
        struct Row {
            QString program;
            QTemporaryDir profile;
            QList<CliSample> samples;
            QList<double> floors;
            QString error;
        };
        std::vector<std::unique_ptr<Row>> rows;
        for (const QString &program : programs) {
            auto row = std::make_unique<Row>();
            row->program = program;
            rows.push_back(std::move(row));
        }
        const auto argumentsFor = [&](const Row &row) {
            QStringList args { u"login"_s, u"--json"_s, u"--jid"_s, User + u"@"_s + prosody.domain(), u"--host"_s,
                prosody.host(), u"--port"_s, QString::number(direct ? directPort : starttlsPort), u"--ca-file"_s,
                prosody.caFile(), u"--profile"_s, row.profile.path() };
            if (direct) {
                args.append(u"--direct-tls"_s);
            }
            return args;
        };
        // Warm-up: creates each profile (schema, key store salt) and fills its caches, as a returning user has.
        for (const auto &row : rows) {
            QString error;
            if (!cliLogin(row->program, argumentsFor(*row), &error)) {
                row->error = error;
            }
        }
        // Interleaved, so that both binaries see the same machine load.
        for (int i = 0; i < runs; ++i) {
            for (const auto &row : rows) {
                if (!row->error.isEmpty()) {
                    continue;
                }
                QString error;
                if (const auto sample = cliLogin(row->program, argumentsFor(*row), &error)) {
                    row->samples.append(*sample);
                } else {
                    row->error = error;
                }
                row->floors.append(execFloorMs(row->program));
            }
        }
        out() << Qt::endl
              << u"balcony-cli login, %1, %2 ms each way, %3 runs (medians, ms)"_s.arg(mode).arg(delayMs).arg(runs)
              << Qt::endl
              << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(u"binary"_s, -44)
                     .arg(u"wall"_s, 8)
                     .arg(u"connect"_s, 8)
                     .arg(u"online"_s, 8)
                     .arg(u"protocol"_s, 9)
                     .arg(u"rest"_s, 8)
                     .arg(u"exec floor"_s, 11)
              << Qt::endl;
        for (const auto &row : rows) {
            if (!row->error.isEmpty()) {
                out() << row->program << " FAILED: " << row->error << Qt::endl;
                ok = false;
                continue;
            }
            QList<double> wall, connect, online, protocol, rest;
            for (const CliSample &s : std::as_const(row->samples)) {
                wall.append(s.wallMs);
                connect.append(s.connectMs);
                online.append(s.onlineMs);
                protocol.append(s.onlineMs - s.connectMs);
                rest.append(s.wallMs - (s.onlineMs - s.connectMs));
            }
            out() << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(row->program, -44)
                         .arg(median(wall), 8, 'f', 1)
                         .arg(median(connect), 8, 'f', 1)
                         .arg(median(online), 8, 'f', 1)
                         .arg(median(protocol), 9, 'f', 1)
                         .arg(median(rest), 8, 'f', 1)
                         .arg(median(row->floors), 11, 'f', 1)
                  << Qt::endl;
        }
    }
    out() << Qt::endl
          << "rest = wall - (onlineMs - connectMs): exec, profile open, start-up before the first packet, sign-out,\n"
             "exit (goal <= 180 ms, issue 12). exec floor: the same binary's --version."
          << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Login latency through a delaying proxy: Balcony vs slixmpp."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Logins per mode and client (default 10)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption delayOption(
        u"delay"_s, u"Proxy delay per direction in ms (default 25)."_s, u"MS"_s, u"25"_s);
    const QCommandLineOption noSlixmpp(u"no-slixmpp"_s, u"Skip the slixmpp comparison."_s);
    const QCommandLineOption targetOption(u"target"_s,
        u"bound, online (bound + SM + roster + presence), both (default), cli or desktop."_s, u"T"_s, u"both"_s);
    const QCommandLineOption cliOption(u"cli"_s,
        u"target cli: a balcony-cli binary to time (may repeat; default: the one built next to this benchmark)."_s,
        u"PATH"_s);
    const QCommandLineOption desktopOption(u"desktop"_s,
        u"target desktop: a balcony (desktop app) binary to time (may repeat; default: the one built with this "
        "benchmark)."_s,
        u"PATH"_s);
    parser.addOptions({ runsOption, delayOption, noSlixmpp, targetOption, cliOption, desktopOption });
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int delayMs = qMax(0, parser.value(delayOption).toInt());

    QStringList quoted;
    for (const QString &arg : QCoreApplication::arguments()) {
        quoted.append(shellQuoted(arg));
    }
    out() << "command: " << quoted.join(u' ') << Qt::endl;

    QString why;
    if (!ProsodyFixture::isAvailable(&why)) {
        out() << "bench_login: Prosody is not available: " << why << Qt::endl;
        return 1;
    }
    ProsodyFixture prosody;
    if (!prosody.start() || !prosody.registerUser(User, Password)) {
        out() << "bench_login: " << prosody.errorString() << Qt::endl;
        return 1;
    }
    DelayProxyThread starttlsProxy(QHostAddress::LocalHost, prosody.c2sPort(), delayMs, delayMs);
    DelayProxyThread directProxy(QHostAddress::LocalHost, prosody.directTlsPort(), delayMs, delayMs);
    if (!starttlsProxy.listen() || !directProxy.listen()) {
        out() << "bench_login: proxy: " << starttlsProxy.errorString() << directProxy.errorString() << Qt::endl;
        return 1;
    }
    out() << u"Prosody 0.12 on 127.0.0.1:%1 (STARTTLS) and :%2 (direct TLS); proxy delay %3 ms each way "
             "(RTT %4 ms); %5 runs per row"_s.arg(prosody.c2sPort())
                 .arg(prosody.directTlsPort())
                 .arg(delayMs)
                 .arg(2 * delayMs)
                 .arg(runs)
          << Qt::endl;

    const QString targetChoice = parser.value(targetOption);
    if (targetChoice == u"cli") {
        QStringList programs = parser.values(cliOption);
        if (programs.isEmpty()) {
            programs.append(QStringLiteral(BALCONY_CLI_PATH));
        }
        return runCliTarget(programs, prosody, starttlsProxy.port(), directProxy.port(), runs, delayMs) ? 0 : 1;
    }
    if (targetChoice == u"desktop") {
        balcony::bench::DesktopBenchSetup setup;
        setup.programs = parser.values(desktopOption);
        if (setup.programs.isEmpty()) {
            setup.programs.append(QStringLiteral(BALCONY_DESKTOP_PATH));
        }
        setup.prosody = &prosody;
        setup.starttlsPort = starttlsProxy.port();
        setup.directPort = directProxy.port();
        setup.runs = runs;
        setup.delayMs = delayMs;
        setup.user = User;
        setup.password = Password;
        return balcony::bench::runDesktopTarget(setup) ? 0 : 1;
    }
    QList<bool> targets; // online?
    if (targetChoice != u"online") {
        targets.append(false);
    }
    if (targetChoice != u"bound") {
        targets.append(true);
    }
    QList<Series> results;
    for (const bool online : std::as_const(targets)) {
        for (const bool direct : { false, true }) {
            const QString mode = (direct ? u"direct-TLS"_s : u"STARTTLS"_s) + (online ? u"+online"_s : QString());
            const quint16 port = direct ? directProxy.port() : starttlsProxy.port();

            ConnectionSettings settings;
            settings.jid = *Jid::parse(QString(User + u"@"_s + prosody.domain()));
            settings.password = Password;
            settings.host = prosody.host();
            settings.port = port;
            settings.directTls = direct;
            settings.extraCaCertificates = { prosody.caCertificate() };
            settings.autoReconnect = false;
            // A profile's caches, kept across the runs of this row (a returning user).
            MemoryConnectionCache cache;
            MemoryRosterStore rosterStore;
            if (online) {
                settings.cache = &cache;
            }
            RosterStore *roster = online ? &rosterStore : nullptr;
            Series balcony { mode, u"balcony"_s, {}, {} };
            QString error;
            balconyLogin(settings, &error, roster); // warm-up: loads OpenSSL and the CA store, fills the caches
            for (int i = 0; i < runs && balcony.error.isEmpty(); ++i) {
                if (const auto sample = balconyLogin(settings, &error, roster)) {
                    balcony.samples.append(*sample);
                } else {
                    balcony.error = error;
                }
            }
            results.append(balcony);

            if (!parser.isSet(noSlixmpp)) {
                Series slix { mode, u"slixmpp"_s, {}, {} };
                QStringList args { QStringLiteral(BALCONY_SLIXMPP_SCRIPT), u"--jid"_s, settings.jid.toString(),
                    u"--host"_s, prosody.host(), u"--port"_s, QString::number(port), u"--ca-file"_s, prosody.caFile() };
                if (direct) {
                    args.append(u"--direct-tls"_s);
                }
                if (online) {
                    args.append(u"--online"_s);
                }
                for (int i = 0; i < runs && slix.error.isEmpty(); ++i) {
                    if (const auto sample = slixmppLogin(args, &error)) {
                        slix.samples.append(*sample);
                    } else {
                        slix.error = error;
                    }
                }
                results.append(slix);
            }
        }
    }

    out() << Qt::endl
          << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(u"mode"_s, -18)
                 .arg(u"client"_s, -8)
                 .arg(u"runs"_s, 5)
                 .arg(u"median ms"_s, 10)
                 .arg(u"min ms"_s, 8)
                 .arg(u"counted"_s, 8)
                 .arg(u"measured RTs"_s, 20)
          << Qt::endl;
    for (const Series &series : std::as_const(results)) {
        printSeries(series, delayMs);
    }
    // Where Balcony's time goes: medians of the ConnectionStats milestones (ms since connectToServer()).
    out() << Qt::endl;
    for (const Series &series : std::as_const(results)) {
        if (series.client != u"balcony" || series.samples.isEmpty()) {
            continue;
        }
        QList<double> tcp, tls, auth, bound;
        for (const Sample &s : series.samples) {
            tcp.append(s.stats.connectedMs);
            tls.append(s.stats.tlsMs);
            auth.append(s.stats.authenticatedMs);
            bound.append(s.stats.boundMs);
        }
        out() << u"%1 balcony milestones (median ms): TCP up %2, TLS up %3, authenticated %4, bound %5 (%6);"
                 " from TCP up to bound %7 RTs + 1 for TCP"_s.arg(series.mode)
                     .arg(median(tcp))
                     .arg(median(tls))
                     .arg(median(auth))
                     .arg(median(bound))
                     .arg(series.samples.first().stats.tlsProtocol)
                     .arg((median(bound) - median(tcp)) / (2.0 * delayMs), 0, 'f', 2)
              << Qt::endl;
    }
    out() << Qt::endl
          << "counted: round trips the client counted itself (ConnectionStats, from the TCP SYN).\n"
             "measured: wall time to bound / RTT + 1; the +1 is the TCP handshake, which the proxy does not delay.\n"
             "+online: bound + SM enabled + roster received + presence sent (Balcony with warm caches).\n"
             "slixmpp times are taken inside its process (interpreter start-up excluded). Goals: bound <= 7 RTs;\n"
             "online <= 6 RTs with STARTTLS + SCRAM, <= 5 with direct TLS."
          << Qt::endl;
    for (qsizetype i = 0; i + 1 < results.size(); i += 2) {
        const Series &a = results[i];
        const Series &b = results[i + 1];
        if (a.error.isEmpty() && b.error.isEmpty() && b.client == u"slixmpp" && !a.samples.isEmpty()) {
            QList<double> aw;
            QList<double> bw;
            for (const Sample &s : a.samples) {
                aw.append(s.wallMs);
            }
            for (const Sample &s : b.samples) {
                bw.append(s.wallMs);
            }
            out() << u"%1: slixmpp / balcony median wall time = %2x"_s.arg(a.mode).arg(median(bw) / median(aw), 0, 'f',
                2) << Qt::endl;
        }
    }
    bool failed = false;
    for (const Series &series : std::as_const(results)) {
        failed = failed || !series.error.isEmpty();
    }
    return failed ? 1 : 0;
}
