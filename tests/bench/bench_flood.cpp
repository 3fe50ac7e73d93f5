// bench_flood: what a hostile server's floods cost the client (issue 11).
//
//   bench_flood [--scenarios a,b,...] [--runs N] [--scale F] [--timeout S] [--settle MS]
//
// The server (flood_server.cpp) runs in this process: direct TLS on 127.0.0.1 with a certificate for
// example.com made by the `openssl` command line, SCRAM-SHA-1 login, resource binding, XEP-0198, a roster with
// one contact, an empty archive. The client is the real engine as the app runs it: an Account (src/account)
// with its SQLite profile in a fresh temporary folder, connecting to that server, in a child process (this
// executable again, with --child) per scenario, so that CPU time and peak RSS are the scenario's own.
//
// Per scenario: once the child reports the account fully online (Account::online) and a settle time (1 s) has
// passed, the server writes the flood (as fast as TCP takes it), then, once all of it is with the kernel, an
// ordinary chat message from the contact (or, if the client dropped the connection, as soon as it is logged in
// again). Measured (with --runs N: the medians of CPU and delay, the highest RSS):
//   CPU      user + system time of the child, from its start to the end (getrusage RUSAGE_CHILDREN, taken
//            before and after the child was reaped, so a crashed child counts too)
//   RSS      the child's peak resident set (VmHWM: its own report at the end, or the highest value this
//            process read from /proc/PID/status while it ran, for a child that died)
//   delay    from the moment the server wrote the ordinary message (flood done) to the moment the child's
//            MessageManager signalled it stored (messageStored), on the monotonic clock both processes share
//   result   ok / crashed (signal) / timeout; the errors the client reported are in the notes
// The baseline is the same client with the ordinary message and no flood.
#include "BenchSupport.h"
#include "account/Account.h"
#include "flood_server.h"
#include "im/MessageManager.h"
#include "stream/Scram.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::bench::Flood;
using balcony::bench::FloodServer;
using balcony::bench::monotonicNs;
using balcony::bench::out;

namespace {

const QByteArray ordinaryBody = "ordinary-after-flood";

// --- the floods ---------------------------------------------------------------------------------------------

struct Scenario {
    QString name;
    QString description;
    Flood flood; // count 0: baseline
};

QByteArray manyAttributes(int count, qint64 index)
{
    QByteArray out = "<message from='friend@example.com/home' to='user@example.com/balcony' type='chat' id='a"
        + QByteArray::number(index) + "'";
    // from, to, type, id: four already
    for (int i = 4; i < count; ++i) {
        out += " x" + QByteArray::number(i) + "=''";
    }
    return out + "><body>attributes</body></message>";
}

// 1000000 -> "1,000,000"
QString count(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3) {
        digits.insert(at, u',');
    }
    return digits;
}

QList<Scenario> scenarios(double scale)
{
    const auto scaled = [scale](qint64 n) { return std::max<qint64>(1, qint64(double(n) * scale)); };
    QList<Scenario> list;
    list.append({ u"baseline"_s, u"none"_s, Flood {} });
    const qint64 requests = scaled(1000000);
    list.append({ u"r"_s, u"%1 <r/> (XEP-0198 ack requests)"_s.arg(count(requests)),
        Flood { requests, [](qint64) -> QByteArray { return QByteArray("<r xmlns='urn:xmpp:sm:3'/>"); }, false } });
    const qint64 pings = scaled(200000);
    list.append({ u"pings"_s, u"%1 pings (XEP-0199) from the server"_s.arg(count(pings)),
        Flood { pings,
            [](qint64 i) -> QByteArray {
                return "<iq type='get' id='ping" + QByteArray::number(i)
                    + "' from='example.com' to='user@example.com/balcony'><ping xmlns='urn:xmpp:ping'/></iq>";
            },
            true } });
    const qint64 presences = scaled(100000);
    list.append({ u"caps"_s, u"%1 directed presences, a new caps ver each, from a stranger"_s.arg(count(presences)),
        Flood { presences,
            [](qint64 i) -> QByteArray {
                const QByteArray ver
                    = QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha1).toBase64();
                return "<presence from='stranger@evil.example/r" + QByteArray::number(i % 1000)
                    + "' to='user@example.com/balcony'><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
                      "node='http://evil.example/client' ver='"
                    + ver + "'/></presence>";
            },
            true } });
    const qint64 resources = scaled(100000);
    list.append({ u"resources"_s, u"%1 resources of one contact (in the roster)"_s.arg(count(resources)),
        Flood { resources,
            [](qint64 i) -> QByteArray {
                return "<presence from='friend@example.com/r" + QByteArray::number(i)
                    + "' to='user@example.com/balcony'/>";
            },
            true } });
    list.append({ u"attrs"_s, u"1 message of 242 KB with 35,000 attributes"_s,
        Flood { 1, [](qint64 i) -> QByteArray { return manyAttributes(35000, i); }, true } });
    const qint64 messages = scaled(20000);
    list.append({ u"messages"_s, u"%1 chat messages from the contact (control for attrs-64)"_s.arg(count(messages)),
        Flood { messages, [](qint64 i) -> QByteArray { return manyAttributes(4, i); }, true } });
    const qint64 capped = scaled(20000);
    list.append({ u"attrs-64"_s, u"%1 messages with 64 attributes (the most accepted)"_s.arg(count(capped)),
        Flood { capped, [](qint64 i) -> QByteArray { return manyAttributes(64, i); }, true } });
    return list;
}

// --- the child: one Account -----------------------------------------------------------------------------------

qint64 selfPeakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int runChild(const QString &scenario, quint16 port, const QString &caFile, const QString &profileDir)
{
    Q_UNUSED(scenario)
    if (!qEnvironmentVariableIsSet("BENCH_FLOOD_CHILD_LOG")) {
        QLoggingCategory::setFilterRules(u"balcony.*.debug=false\nbalcony.*.info=false"_s);
    }
    Scram::setTestNonce("fyko+d2lbbFgONRv9qkxdawL");
    AccountSettings settings;
    settings.connection.jid = *Jid::parse(u"user@example.com/balcony");
    settings.connection.password = u"pencil"_s;
    settings.connection.host = u"127.0.0.1"_s;
    settings.connection.port = port;
    settings.connection.directTls = true;
    settings.connection.extraCaCertificates = QSslCertificate::fromPath(caFile);
    settings.connection.autoReconnect = true;
    settings.profileDir = profileDir;
    Account account(settings);
    if (!account.open().isOpen()) {
        say("FAILED the profile database did not open");
        return 3;
    }
    bool ready = false;
    QObject::connect(&account, &Account::online, &account, [&ready](bool) {
        if (!ready) {
            ready = true;
            say("READY");
        }
    });
    QObject::connect(
        account.messages(), &MessageManager::messageStored, &account, [](qint64, const StoredMessage &message) {
            if (message.body != QString::fromLatin1(ordinaryBody)) {
                return;
            }
            say("RECEIVED " + QByteArray::number(monotonicNs()));
            rusage usage {};
            getrusage(RUSAGE_SELF, &usage);
            const qint64 cpuMs = (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000
                + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
            say("STATS " + QByteArray::number(selfPeakRssKb()) + ' ' + QByteArray::number(cpuMs));
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        });
    QObject::connect(&account, &Account::errorOccurred, &account,
        [](const ConnectionError &error) { say("ERROR " + error.message.toUtf8()); });
    account.connectToServer();
    return QCoreApplication::exec();
}

// --- the parent: certificates, server, children, table ---------------------------------------------------------

bool openssl(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        out() << "openssl " << arguments.join(u' ') << " failed: " << process.readAllStandardError() << Qt::endl;
        return false;
    }
    return true;
}

// A CA and a certificate for example.com signed by it, as tst_tcptransport makes them.
bool makeCertificates(const QString &dir)
{
    const QStringList ec { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s };
    QFile ext(dir + u"/leaf.ext"_s);
    if (!ext.open(QIODevice::WriteOnly)) {
        return false;
    }
    ext.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
              "subjectAltName=DNS:example.com\n");
    ext.close();
    return openssl(dir,
               QStringList { u"req"_s, u"-x509"_s } + ec
                   + QStringList { u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                       u"/CN=bench_flood CA"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                       u"keyUsage=critical,keyCertSign,cRLSign"_s })
        && openssl(dir,
            QStringList { u"req"_s } + ec
                + QStringList { u"-keyout"_s, u"leaf.key"_s, u"-out"_s, u"leaf.csr"_s, u"-subj"_s,
                    u"/CN=example.com"_s })
        && openssl(dir,
            { u"x509"_s, u"-req"_s, u"-in"_s, u"leaf.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
                u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"leaf.ext"_s, u"-out"_s, u"leaf.pem"_s });
}

qint64 childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

qint64 peakRssKb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

struct Row {
    QString scenario;
    QString description;
    QString result;
    double cpuS = 0;
    double rssMb = 0;
    double delayMs = -1;
    QString notes;
};

Row runScenario(const Scenario &scenario, const QString &certDir, const QSslCertificate &certificate,
    const QSslKey &key, int timeoutS, int settleMs)
{
    Row row;
    row.scenario = scenario.name;
    row.description = scenario.description;
    QTemporaryDir profile;
    FloodServer server(certificate, key);
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({ u"--child"_s, u"--scenario"_s, scenario.name, u"--port"_s, QString::number(server.port()),
        u"--ca"_s, certDir + u"/ca.pem"_s, u"--profile"_s, profile.path() });
    // The child's own warnings are not part of the table.
    child.setStandardErrorFile(qEnvironmentVariableIsSet("BENCH_FLOOD_CHILD_LOG")
            ? qEnvironmentVariable("BENCH_FLOOD_CHILD_LOG")
            : QProcess::nullDevice());

    QEventLoop loop;
    qint64 receivedAt = 0;
    qint64 reportedRssKb = -1;
    qint64 polledRssKb = -1;
    qint64 floodDoneAt = 0;
    QStringList errors;
    QByteArray lineBuffer;
    const qint64 cpuBefore = childrenCpuMs();

    const auto startFlood = [&] {
        if (scenario.flood.count == 0) {
            server.sendOrdinaryMessage(ordinaryBody);
            return;
        }
        server.startFlood(scenario.flood, [&] {
            floodDoneAt = monotonicNs();
            server.sendOrdinaryMessage(ordinaryBody);
        });
    };
    QObject::connect(&child, &QProcess::readyReadStandardOutput, &loop, [&] {
        lineBuffer += child.readAllStandardOutput();
        qsizetype newline;
        while ((newline = lineBuffer.indexOf('\n')) >= 0) {
            const QByteArray line = lineBuffer.left(newline);
            lineBuffer.remove(0, newline + 1);
            if (line == "READY") {
                // What the client does right after login (key generation, disco, catch-up) is over by then.
                QTimer::singleShot(settleMs, &loop, startFlood);
            } else if (line.startsWith("RECEIVED ")) {
                receivedAt = line.mid(9).toLongLong();
            } else if (line.startsWith("STATS ")) {
                const QList<QByteArray> parts = line.mid(6).split(' ');
                reportedRssKb = parts.value(0).toLongLong();
            } else if (line.startsWith("ERROR ") || line.startsWith("FAILED ")) {
                if (!errors.contains(QString::fromUtf8(line))) {
                    errors.append(QString::fromUtf8(line));
                }
            }
        }
    });
    QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (child.processId() > 0) {
            polledRssKb = std::max(polledRssKb, peakRssKb(child.processId()));
        }
    });
    poll.start(20);
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        child.kill(); // the child this run started
    });
    deadline.start(timeoutS * 1000);
    child.start();
    loop.exec();
    poll.stop();
    deadline.stop();
    // What the client wrote last (its acknowledgements) is still arriving at the server.
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();

    row.cpuS = double(childrenCpuMs() - cpuBefore) / 1000.0;
    row.rssMb = double(std::max(reportedRssKb, polledRssKb)) / 1024.0;
    if (receivedAt > 0 && server.messageRequestedAtNs() > 0) {
        row.delayMs = double(receivedAt - server.messageRequestedAtNs()) / 1e6;
    }
    if (timedOut) {
        row.result = u"timeout (%1 s)"_s.arg(timeoutS);
    } else if (child.exitStatus() == QProcess::CrashExit) {
        row.result = u"crashed"_s;
    } else if (child.exitCode() != 0) {
        row.result = u"exit %1"_s.arg(child.exitCode());
    } else {
        row.result = u"ok"_s;
    }
    QStringList notes;
    if (server.sessions() > 1) {
        notes.append(u"%1 sessions"_s.arg(server.sessions()));
    }
    if (scenario.name == u"r") {
        notes.append(u"<a/> received: %1 of %2"_s.arg(server.acksReceived()).arg(scenario.flood.count));
    }
    if (floodDoneAt == 0 && scenario.flood.count > 0) {
        notes.append(u"flood not finished"_s);
    }
    for (const QString &error : std::as_const(errors)) {
        notes.append(error);
    }
    row.notes = notes.join(u"; "_s);
    return row;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"What hostile floods cost the client (issue 11)."_s);
    parser.addHelpOption();
    const QCommandLineOption scenariosOption(u"scenarios"_s,
        u"Comma-separated: baseline,r,pings,caps,resources,attrs,messages,attrs-64 (default all)."_s, u"LIST"_s);
    const QCommandLineOption scaleOption(
        u"scale"_s, u"Multiply the flood sizes (default 1; e.g. 0.01 for a quick check)."_s, u"F"_s, u"1"_s);
    const QCommandLineOption timeoutOption(
        u"timeout"_s, u"Seconds a scenario may run (default 300)."_s, u"S"_s, u"300"_s);
    const QCommandLineOption runsOption(
        u"runs"_s, u"Runs per scenario: medians of CPU and delay, highest RSS (default 1)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption settleOption(
        u"settle"_s, u"Milliseconds between login and flood (default 1000)."_s, u"MS"_s, u"1000"_s);
    const QCommandLineOption childOption(u"child"_s, u"(internal) run the client of one scenario."_s);
    const QCommandLineOption scenarioOption(u"scenario"_s, u"(internal)"_s, u"NAME"_s);
    const QCommandLineOption portOption(u"port"_s, u"(internal)"_s, u"PORT"_s);
    const QCommandLineOption caOption(u"ca"_s, u"(internal)"_s, u"FILE"_s);
    const QCommandLineOption profileOption(u"profile"_s, u"(internal)"_s, u"DIR"_s);
    parser.addOptions({ scenariosOption, scaleOption, timeoutOption, runsOption, settleOption, childOption,
        scenarioOption, portOption, caOption, profileOption });
    parser.process(app);

    if (parser.isSet(childOption)) {
        return runChild(parser.value(scenarioOption), quint16(parser.value(portOption).toUInt()),
            parser.value(caOption), parser.value(profileOption));
    }

    QLoggingCategory::setFilterRules(u"balcony.*.debug=false\nbalcony.*.info=false"_s);
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty()) {
        out() << "the openssl command line tool is needed" << Qt::endl;
        return 2;
    }
    QTemporaryDir certDir;
    if (!certDir.isValid() || !makeCertificates(certDir.path())) {
        return 2;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certDir.filePath(u"leaf.pem"_s));
    QFile keyFile(certDir.filePath(u"leaf.key"_s));
    if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        out() << "no server certificate" << Qt::endl;
        return 2;
    }
    const QSslKey key(&keyFile, QSsl::Ec);

    const double scale = std::max(0.0, parser.value(scaleOption).toDouble());
    const int timeoutS = std::max(10, parser.value(timeoutOption).toInt());
    const int settleMs = std::max(0, parser.value(settleOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QStringList wanted = parser.value(scenariosOption).split(u',', Qt::SkipEmptyParts);
    out() << "command: " << QCoreApplication::arguments().join(u' ') << Qt::endl
          << "client: an Account in a child process per scenario; server: direct TLS on 127.0.0.1 (this process)"
          << Qt::endl
          << Qt::endl;
    const QString format = u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |"_s;
    out() << format.arg(u"scenario"_s, -10)
                 .arg(u"flood"_s, -62)
                 .arg(u"result"_s, -8)
                 .arg(u"CPU s"_s, 7)
                 .arg(u"peak RSS MB"_s, 11)
                 .arg(u"next message ms"_s, 15)
                 .arg(u"notes"_s)
          << Qt::endl;
    int failures = 0;
    for (const Scenario &scenario : scenarios(scale)) {
        if (!wanted.isEmpty() && !wanted.contains(scenario.name)) {
            continue;
        }
        // Several runs: the median CPU and delay, the highest peak RSS, every distinct result and note.
        QList<Row> rows;
        for (int run = 0; run < runs; ++run) {
            rows.append(runScenario(scenario, certDir.path(), certificates.first(), key, timeoutS, settleMs));
        }
        Row row = rows.first();
        QList<double> cpu;
        QList<double> delays;
        QStringList results; // distinct, in order of first appearance
        QList<int> resultCounts;
        QStringList notes;
        for (const Row &r : std::as_const(rows)) {
            cpu.append(r.cpuS);
            if (r.delayMs >= 0) {
                delays.append(r.delayMs);
            }
            row.rssMb = std::max(row.rssMb, r.rssMb);
            const qsizetype at = results.indexOf(r.result);
            if (at < 0) {
                results.append(r.result);
                resultCounts.append(1);
            } else {
                ++resultCounts[at];
            }
            if (!r.notes.isEmpty() && !notes.contains(r.notes)) {
                notes.append(r.notes);
            }
        }
        row.cpuS = balcony::bench::median(cpu);
        row.delayMs = delays.isEmpty() ? -1 : balcony::bench::median(delays);
        if (results.size() == 1) {
            row.result = results.first();
        } else {
            QStringList counted;
            for (qsizetype i = 0; i < results.size(); ++i) {
                counted.append(u"%1 %2×"_s.arg(results.at(i)).arg(resultCounts.at(i)));
            }
            row.result = counted.join(u", "_s);
        }
        row.notes = notes.join(u" | "_s);
        if (runs > 1 && delays.size() > 1) {
            std::sort(delays.begin(), delays.end());
            const QString range = u"delays %1..%2 ms"_s.arg(delays.first(), 0, 'f', 0).arg(delays.last(), 0, 'f', 0);
            row.notes = row.notes.isEmpty() ? range : range + u"; "_s + row.notes;
        }
        failures += row.result == u"ok" ? 0 : 1;
        out() << format.arg(row.scenario, -10)
                     .arg(row.description, -62)
                     .arg(row.result, -8)
                     .arg(row.cpuS, 7, 'f', 2)
                     .arg(row.rssMb, 11, 'f', 1)
                     .arg(row.delayMs < 0 ? u"-"_s : QString::number(row.delayMs, 'f', 1), 15)
                     .arg(row.notes)
              << Qt::endl;
    }
    return failures == 0 ? 0 : 1;
}
