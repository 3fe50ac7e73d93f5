// The first OMEMO message to a contact who is offline and has three devices: the sender knows nothing yet (a fresh
// profile, or a fresh python-omemo store), so it reads the contact's device lists, fetches the three bundles, builds
// three sessions, encrypts and writes the message. Both clients connect to the fixture Prosody through the same
// delaying proxy (`--delay` ms each way); the clock runs from the send request to the message being written (Balcony:
// ChatSender's callback, when the stanza went to the outbox and the socket; the peer: its "done" for the send
// command, printed after slixmpp queued the stanza). Round trips = time / (2 × delay). CPU: Balcony's main thread
// (CLOCK_THREAD_CPUTIME_ID; the proxy runs in another thread) against the python process's user+system time.
//
// Run: build/ci/tests/bench/bench_omemo_first [--runs 5] [--delay 50]
#include "BenchSupport.h"
#include "E2eSupport.h"
#include "OmemoPeer.h"
#include "account/Account.h"
#include "account/ChatSender.h"
#include "delay_proxy.h"
#include "omemo/OmemoManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::bench;
using namespace balcony::test;

namespace {

constexpr int TimeoutMs = 60000;

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// utime + stime of a process, in ms.
double processCpuMs(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) {
        return -1;
    }
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

struct Measure {
    double ms = 0;
    double cpuMs = 0;
};

std::optional<Measure> balconyRun(
    XmppServerFixture &server, quint16 proxyPort, const QString &user, OmemoVersion version, const QString &contact)
{
    QTemporaryDir profile;
    AccountSettings settings;
    settings.connection = settingsFor(server, user, u"pw"_s);
    settings.connection.port = proxyPort;
    settings.connection.jid = settings.connection.jid.withResource(u"bench"_s);
    settings.profileDir = profile.path();
    settings.e2eScrypt = { 1024, 8, 1 };
    Account account(settings);
    if (!account.open().isOpen()) {
        return std::nullopt;
    }
    account.connectToServer();
    if (!QTest::qWaitFor([&] { return account.isOnline() && account.omemo()->isPublished(); }, TimeoutMs)) {
        return std::nullopt;
    }
    account.omemo()->setPreferredVersion(version);
    std::optional<ChatSender::Result> result;
    ChatSender::Options options;
    options.requireEncryption = true;
    QElapsedTimer clock;
    const double cpu0 = threadCpuMs();
    clock.start();
    account.chatSender()->send(
        *Jid::parse(contact), u"the first message"_s, options, [&](const ChatSender::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, TimeoutMs) || !result->ok()) {
        out() << "Balcony could not send: " << (result ? result->message : u"timeout"_s) << Qt::endl;
        return std::nullopt;
    }
    Measure m { double(clock.nsecsElapsed()) / 1e6, threadCpuMs() - cpu0 };
    account.signOut();
    static_cast<void>(
        QTest::qWaitFor([&] { return account.connection().state() == ConnectionState::Disconnected; }, TimeoutMs));
    return m;
}

std::optional<Measure> peerRun(XmppServerFixture &server, quint16 proxyPort, const QString &user, const QString &ns,
    const QString &contact, const QString &store)
{
    // The peer connects to the proxy: a fixture copy whose c2s port is the proxy's.
    OmemoPeer peer;
    if (!peer.start(server, user + u'@' + server.domain() + u"/bench"_s, u"pw"_s, store, proxyPort)) {
        out() << "the peer did not start: " << peer.lastError() << Qt::endl;
        return std::nullopt;
    }
    const double cpu0 = processCpuMs(peer.processId());
    QElapsedTimer clock;
    clock.start();
    if (!peer.send(contact, u"the first message"_s, ns, TimeoutMs)) {
        out() << "the peer could not send: " << peer.lastError() << Qt::endl;
        return std::nullopt;
    }
    Measure m { double(clock.nsecsElapsed()) / 1e6, processCpuMs(peer.processId()) - cpu0 };
    peer.run(QJsonObject { { u"cmd"_s, u"quit"_s } });
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"balcony.*.info=false\nbalcony.*.debug=false"_s);
    QCommandLineParser parser;
    parser.addOptions({ { u"runs"_s, u"runs per client and format"_s, u"N"_s, u"5"_s },
        { u"delay"_s, u"proxy delay each way, ms"_s, u"MS"_s, u"50"_s } });
    parser.process(app);
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    const int delay = qMax(1, parser.value(u"delay"_s).toInt());
    qputenv("BALCONY_SOURCE_DIR", QByteArray(BALCONY_SOURCE_DIR));
    QString why;
    if (!XmppServerFixture::isAvailable(XmppServerFixture::Kind::Prosody, &why) || !OmemoPeer::isAvailable(&why)) {
        out() << "not available: " << why << Qt::endl;
        return 1;
    }
    XmppServerFixture::Options options;
    options.quietLog = true;
    auto server = XmppServerFixture::create(XmppServerFixture::Kind::Prosody, options);
    if (!server->start()) {
        out() << "Prosody did not start: " << server->errorString() << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    // The contact: three devices that publish and go offline.
    if (!server->registerUser(u"contact"_s, u"pw"_s)) {
        return 1;
    }
    for (int device = 1; device <= 3; ++device) {
        OmemoPeer peer;
        if (!peer.start(*server, u"contact@"_s + server->domain() + u"/d"_s + QString::number(device), u"pw"_s,
                dir.filePath(u"contact-%1.json"_s.arg(device)))) {
            out() << "a contact device did not start: " << peer.lastError() << Qt::endl;
            return 1;
        }
        peer.run(QJsonObject { { u"cmd"_s, u"quit"_s } });
    }
    const QString contact = u"contact@"_s + server->domain();
    DelayProxyThread proxy(QHostAddress::LocalHost, server->c2sPort(), delay, delay);
    if (!proxy.listen()) {
        out() << "proxy: " << proxy.errorString() << Qt::endl;
        return 1;
    }
    out() << "First OMEMO message to an offline contact with 3 devices, through a proxy of " << delay
          << " ms each way (round trip " << 2 * delay << " ms); median of " << runs << " runs\n";
    out() << "format | client | ms | round trips | CPU ms\n";
    int user = 0;
    for (const OmemoVersion version : { OmemoVersion::Legacy, OmemoVersion::V2 }) {
        const QString ns = version == OmemoVersion::Legacy ? OmemoPeer::OldNamespace : OmemoPeer::TwoNamespace;
        QList<double> bMs, bCpu, pMs, pCpu;
        for (int i = 0; i < runs; ++i) {
            const QString sender = u"sender%1"_s.arg(++user);
            if (!server->registerUser(sender, u"pw"_s)) {
                return 1;
            }
            const std::optional<Measure> b = balconyRun(*server, proxy.port(), sender, version, contact);
            const QString other = u"sender%1"_s.arg(++user);
            if (!b || !server->registerUser(other, u"pw"_s)) {
                return 1;
            }
            const std::optional<Measure> p
                = peerRun(*server, proxy.port(), other, ns, contact, dir.filePath(other + u".json"_s));
            if (!p) {
                return 1;
            }
            bMs.append(b->ms);
            bCpu.append(b->cpuMs);
            pMs.append(p->ms);
            pCpu.append(p->cpuMs);
        }
        const QString name = version == OmemoVersion::Legacy ? u"0.3"_s : u"2"_s;
        const double rtt = 2.0 * delay;
        out() << name << " | Balcony | " << qRound(median(bMs)) << " | " << QString::number(median(bMs) / rtt, 'f', 1)
              << " | " << QString::number(median(bCpu), 'f', 1) << "\n";
        out() << name << " | python-omemo | " << qRound(median(pMs)) << " | "
              << QString::number(median(pMs) / rtt, 'f', 1) << " | " << QString::number(median(pCpu), 'f', 1) << "\n";
        out().flush();
    }
    return 0;
}
