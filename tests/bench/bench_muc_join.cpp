// bench_muc_join: entering a big room (issue 15, "Measured"): 1,000 occupants and a 500-message catch-up from the
// room's archive, Balcony against slixmpp joining the same room in the same run, alternating.
//
// Run: build/ci/tests/bench/bench_muc_join [--occupants N] [--messages N] [--runs N] [--no-slixmpp]
//      (defaults: 1000 occupants, 500 messages, 5 measured runs each after one unmeasured warm-up each)
//
// The room: a fixture Prosody 0.12 (XmppServerFixture::Options: groupChat with muc_mam, quietLog, 100 archive
// results per page, an external XEP-0114 component) and tests/bench/muc_bots.py connected as that component: its
// users botN@bots.localhost/r enter the room as ordinary occupants and send the archived messages (not timed; the
// component stays connected, so the occupants stay, for the whole run). Before the messages, bot0 sends an
// "anchor": both clients catch up from its stanza-id on (RSM <after/>), as a client that was in the room before
// and comes back would, so each run fetches all the messages.
//
// Balcony: the engine as the desktop uses it, on the main thread: an app::AccountController (Account on a fresh
// profile database in a temporary folder, its ConversationListModel), signed in (not timed); the profile's
// archive position of the room is the anchor. Then, timed from the call: joinRoom() followed by openChat() (the
// room's MessageModel) and roomOccupants() (its RoomOccupantsModel), as MainWindow does when the user joins a
// room. MucManager asks the room's disco#info first (is there an archive?), enters with <history maxstanzas='0'/>
// and, once in, pages through the room's archive. Measured: (a) the occupant list complete: our self-presence
// (joined()) and N + 1 rows in the RoomOccupantsModel; (b) the last archived message in the MessageModel (its
// last row); (c) the catch-up finished (archiveCatchUpFinished). A 5 ms QTimer (Qt::PreciseTimer) on the same
// thread records the longest gap between its ticks from the join to (b): the longest time the UI thread would
// have been blocked; and the most CPU time the thread spent between two ticks (CLOCK_THREAD_CPUTIME_ID): its own
// work, without the time it waited for a core on a loaded machine. Then leave, sign out (not timed).
//
// slixmpp (tests/bench/slixmpp_muc_join.py, one process signed in once): join_muc_wait() with the xep_0045 plugin
// (a fresh nick each run), then, as slixmpp does not catch up by itself, the same archive query with xep_0313,
// paging with RSM <after/> 100 per page until <fin complete='true'/>. Its times are taken inside its process from
// the join presence sent: to the self-presence (its last joined-room event) and to the last archive page.
//
// Ratios: Balcony's (a) over slixmpp's self-presence, Balcony's (b) over slixmpp's last archive page (goal for
// both: <= 1.5); and the longest stall (goal: never > 50 ms). balcony.* debug logging is off (as in bench_flood).
#include "BenchSupport.h"
#include "E2eSupport.h"
#include "app/AccountController.h"
#include "models/MessageModel.h"
#include "models/RoomOccupantsModel.h"
#include "muc/MucManager.h"
#include "storage/HistoryStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <ctime>
#include <optional>

using namespace balcony;
using namespace balcony::bench;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int StepTimeoutMs = 120000;

// CPU time of the calling thread: tells a stall of our own work from waiting for a core on a loaded machine.
qint64 threadCpuNs()
{
    timespec now {};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Runs the event loop until `done()` holds after an event or the timeout; no busy waiting (the server needs the CPU).
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QTimer check;
    check.setInterval(10);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return done();
}

// One JSON line from a helper process (blocking: nothing of ours runs meanwhile).
std::optional<QJsonObject> readJsonLine(QProcess &process, int timeoutMs, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    process.waitForStarted(timeoutMs);
    QByteArray line;
    while (!line.startsWith('{')) { // other output (slixmpp prints some) is skipped
        while (!process.canReadLine()) {
            if (process.state() != QProcess::Running || clock.elapsed() > timeoutMs) {
                *error = u"%1 (%2)"_s.arg(QString::fromUtf8(process.readAllStandardError()).trimmed(),
                    process.state() == QProcess::Running ? u"timed out"_s : u"exited"_s);
                return std::nullopt;
            }
            process.waitForReadyRead(1000);
        }
        line = process.readLine().trimmed();
    }
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    if (object.contains(u"error")) {
        *error = object.value(u"error").toString();
        return std::nullopt;
    }
    return object;
}

void endProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning) {
        return;
    }
    process.closeWriteChannel(); // both helpers end on the end of their input
    if (!process.waitForFinished(10000)) {
        process.kill(); // exactly the process this benchmark started
        process.waitForFinished(5000);
    }
}

struct BalconyRun {
    double occupantsMs = 0; // (a)
    double lastMessageMs = 0; // (b)
    double catchUpMs = 0; // (c)
    double maxStallMs = 0;
    double maxStallEndMs = 0; // when the longest stall ended
    double maxStallCpuMs = 0; // the most CPU time the thread spent between two ticks (its own work)
    double joinedMs = 0; // our self-presence
    int rows = 0;
    int messages = 0;
};

struct SlixmppRun {
    double joinedMs = 0;
    double subjectMs = 0;
    double archiveMs = 0;
    int occupants = 0;
    int archived = 0;
};

struct Setup {
    XmppServerFixture *server = nullptr;
    Jid room;
    QString anchor;
    int occupants = 0;
    int messages = 0;
};

std::optional<BalconyRun> balconyRun(const Setup &setup, int run, QString *error)
{
    QTemporaryDir profile;
    AccountSettings settings;
    settings.connection = settingsFor(*setup.server, u"alice"_s, u"pw-alice"_s);
    settings.profileDir = profile.path();
    settings.e2eScrypt = { 1 << 10, 8, 1 }; // the key store's first unlock: cheap here (not what is measured)
    app::AccountController controller(std::make_unique<Account>(settings));
    if (!controller.open(error)) {
        return std::nullopt;
    }
    // What a client that saw the anchor before has stored: the room's archive position.
    if (!controller.account().historyStore()->setArchivePosition(
            setup.room, { setup.anchor, QDateTime::currentDateTimeUtc().addSecs(-60) })) {
        *error = u"the archive position could not be stored"_s;
        return std::nullopt;
    }
    controller.signIn();
    if (!waitUntil([&] { return controller.isOnline(); }, StepTimeoutMs)) {
        *error = u"Balcony did not get online"_s;
        return std::nullopt;
    }
    MucManager *muc = controller.account().muc();
    const QString lastBody
        = u"message %1: the quick brown fox jumps over the lazy dog, again and again"_s.arg(setup.messages);

    BalconyRun result;
    QElapsedTimer clock;
    qint64 joinedNs = -1;
    qint64 occupantsNs = -1;
    qint64 lastMessageNs = -1;
    qint64 catchUpNs = -1;
    QString failure;
    RoomOccupantsModel *occupants = nullptr;
    MessageModel *messages = nullptr;
    const auto checkOccupants = [&] {
        if (occupantsNs < 0 && joinedNs >= 0 && occupants && occupants->rowCount() == setup.occupants + 1) {
            occupantsNs = clock.nsecsElapsed();
        }
    };
    const auto checkMessages = [&] {
        if (lastMessageNs < 0 && messages && messages->rowCount() > 0
            && messages->messageAt(messages->rowCount() - 1).body == lastBody) {
            lastMessageNs = clock.nsecsElapsed();
        }
    };
    QObject::connect(muc, &MucManager::joined, &controller, [&](const Jid &room) {
        if (room == setup.room && joinedNs < 0) {
            joinedNs = clock.nsecsElapsed();
            checkOccupants();
        }
    });
    QObject::connect(muc, &MucManager::joinFailed, &controller,
        [&](const Jid &, MucError, const QString &text) { failure = u"join failed: "_s + text; });
    QObject::connect(muc, &MucManager::archiveCatchUpFinished, &controller,
        [&](const Jid &room, int, bool complete, const QString &why) {
            if (room != setup.room) {
                return;
            }
            catchUpNs = clock.nsecsElapsed();
            if (!complete) {
                failure = u"catch-up incomplete: "_s + why;
            }
        });

    // The UI thread's watchdog: the longest gap between two ticks of a 5 ms timer.
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(5);
    qint64 lastTickNs = 0;
    qint64 maxGapNs = 0;
    qint64 maxGapEndNs = 0;
    qint64 lastTickCpuNs = 0;
    qint64 maxGapCpuNs = 0; // the most CPU time this thread spent between two ticks
    QObject::connect(&watchdog, &QTimer::timeout, &controller, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (now - lastTickNs > maxGapNs) {
            maxGapNs = now - lastTickNs;
            maxGapEndNs = now;
        }
        maxGapCpuNs = qMax(maxGapCpuNs, cpu - lastTickCpuNs);
        lastTickNs = now;
        lastTickCpuNs = cpu;
    });

    clock.start();
    lastTickCpuNs = threadCpuNs();
    watchdog.start();
    // MainWindow::joinRoom's accepted handler: join, then the room's chat (its message and occupant models).
    if (!controller.joinRoom(setup.room, u"balcony-%1"_s.arg(run), QString(), error)) {
        return std::nullopt;
    }
    messages = controller.openChat(setup.room);
    occupants = controller.roomOccupants(setup.room);
    if (!messages || !occupants) {
        *error = u"no models for the room"_s;
        return std::nullopt;
    }
    QObject::connect(occupants, &QAbstractItemModel::rowsInserted, &controller, checkOccupants);
    QObject::connect(messages, &QAbstractItemModel::rowsInserted, &controller, checkMessages);
    checkOccupants();
    checkMessages();
    const bool done
        = waitUntil([&] { return !failure.isEmpty() || (occupantsNs >= 0 && lastMessageNs >= 0 && catchUpNs >= 0); },
            StepTimeoutMs);
    watchdog.stop();
    maxGapCpuNs = qMax(maxGapCpuNs, threadCpuNs() - lastTickCpuNs);
    // The stall measured up to the end of the join (the last tick before it counts from there).
    if (const qint64 end = qMax(occupantsNs, qMax(lastMessageNs, catchUpNs)); end - lastTickNs > maxGapNs) {
        maxGapNs = end - lastTickNs;
        maxGapEndNs = end;
    }
    if (!failure.isEmpty() || !done) {
        *error = failure.isEmpty() ? u"timed out: joined %1, rows %2 of %3, messages %4"_s.arg(joinedNs >= 0)
                                         .arg(occupants->rowCount())
                                         .arg(setup.occupants + 1)
                                         .arg(messages->rowCount())
                                   : failure;
        return std::nullopt;
    }
    result.occupantsMs = double(occupantsNs) / 1e6;
    result.lastMessageMs = double(lastMessageNs) / 1e6;
    result.catchUpMs = double(catchUpNs) / 1e6;
    result.maxStallMs = double(maxGapNs) / 1e6;
    result.maxStallEndMs = double(maxGapEndNs) / 1e6;
    result.maxStallCpuMs = double(maxGapCpuNs) / 1e6;
    result.joinedMs = double(joinedNs) / 1e6;
    result.rows = occupants->rowCount();
    result.messages = messages->rowCount();

    // Out of the room and signed out (not timed).
    bool left = false;
    QObject::connect(muc, &MucManager::left, &controller, [&] { left = true; });
    controller.leaveRoom(setup.room);
    waitUntil([&] { return left; }, StepTimeoutMs);
    bool offline = false;
    QObject::connect(&controller, &app::AccountController::offline, &controller, [&] { offline = true; });
    controller.signOutNow();
    waitUntil([&] { return offline; }, 10000);
    return result;
}

std::optional<SlixmppRun> slixmppRun(QProcess &python, int run, QString *error)
{
    python.write(u"run slixmpp-%1\n"_s.arg(run).toUtf8());
    const std::optional<QJsonObject> line = readJsonLine(python, StepTimeoutMs, error);
    if (!line) {
        return std::nullopt;
    }
    SlixmppRun result;
    result.joinedMs = line->value(u"joinedMs").toDouble();
    result.subjectMs = line->value(u"subjectMs").toDouble();
    result.archiveMs = line->value(u"archiveMs").toDouble();
    result.occupants = line->value(u"occupants").toInt();
    result.archived = line->value(u"archived").toInt();
    return result;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : u"?"_s;
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"balcony.*.debug=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Entering a big room with an archive catch-up: Balcony vs slixmpp."_s);
    const QCommandLineOption occupantsOption(
        u"occupants"_s, u"Occupants already in the room (default 1000)."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption messagesOption(
        u"messages"_s, u"Archived messages to catch up with (default 500)."_s, u"N"_s, u"500"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Measured runs per client (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption noSlixmppOption(u"no-slixmpp"_s, u"Balcony only."_s);
    parser.addOptions({ occupantsOption, messagesOption, runsOption, noSlixmppOption });
    parser.addHelpOption();
    parser.process(app);
    const int occupantCount = qBound(1, parser.value(occupantsOption).toInt(), 100000);
    const int messageCount = qBound(1, parser.value(messagesOption).toInt(), 100000);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const bool withSlixmpp = !parser.isSet(noSlixmppOption);

    QString why;
    if (!XmppServerFixture::isAvailable(XmppServerFixture::Kind::Prosody, &why)) {
        out() << "Prosody is not available: " << why << Qt::endl;
        return 1;
    }
    XmppServerFixture::Options options;
    options.groupChat = true;
    options.quietLog = true;
    options.mucArchiveMaxPage = MucManager::defaultArchivePageSize(); // 100 per page, as both clients ask
    options.componentSecret = u"bench-secret"_s;
    auto server = XmppServerFixture::create(XmppServerFixture::Kind::Prosody, options);
    if (!server->start() || !server->registerUser(u"alice"_s, u"pw-alice"_s)
        || !server->registerUser(u"bob"_s, u"pw-bob"_s)) {
        out() << "Prosody did not start: " << server->errorString() << Qt::endl;
        return 1;
    }
    Setup setup;
    setup.server = server.get();
    setup.room = *Jid::parse(QString(u"bigroom@"_s + server->mucDomain()));
    setup.occupants = occupantCount;
    setup.messages = messageCount;

    // The room, filled through the component (not timed).
    QProcess bots;
    bots.start(u"/usr/bin/python3"_s,
        { QStringLiteral(BALCONY_MUC_BOTS_SCRIPT), u"--host"_s, server->host(), u"--port"_s,
            QString::number(server->componentPort()), u"--domain"_s, server->componentDomain(), u"--secret"_s,
            options.componentSecret, u"--room"_s, setup.room.toString(), u"--occupants"_s,
            QString::number(occupantCount), u"--messages"_s, QString::number(messageCount) });
    QString error;
    const std::optional<QJsonObject> populated = readJsonLine(bots, 1800000, &error);
    if (!populated) {
        out() << "muc_bots.py failed: " << error << Qt::endl;
        endProcess(bots);
        return 1;
    }
    setup.anchor = populated->value(u"anchor").toString();
    out() << "room " << setup.room.toString() << ": " << occupantCount << " occupants, " << messageCount
          << " archived messages after the anchor (filled in " << populated->value(u"populateMs").toInt() << " ms)"
          << Qt::endl;

    QProcess python;
    if (withSlixmpp) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BALCONY_PASSWORD"_s, u"pw-bob"_s);
        python.setProcessEnvironment(env);
        python.start(u"/usr/bin/python3"_s,
            { QStringLiteral(BALCONY_SLIXMPP_MUC_SCRIPT), u"--jid"_s, u"bob@"_s + server->domain(), u"--host"_s,
                server->host(), u"--port"_s, QString::number(server->c2sPort()), u"--ca-file"_s, server->caFile(),
                u"--room"_s, setup.room.toString(), u"--anchor="_s + setup.anchor });
        if (!readJsonLine(python, StepTimeoutMs, &error)) {
            out() << "slixmpp_muc_join.py failed: " << error << Qt::endl;
            endProcess(python);
            endProcess(bots);
            return 1;
        }
    }

    const QString loadBefore = loadAverage();
    QList<BalconyRun> balcony;
    QList<SlixmppRun> slixmpp;
    int status = 0;
    for (int run = 0; run <= runs; ++run) { // run 0: the unmeasured warm-up of each client
        const std::optional<BalconyRun> b = balconyRun(setup, run, &error);
        if (!b || b->rows != occupantCount + 1 || b->messages != messageCount) {
            out() << "Balcony run " << run
                  << " failed: " << (b ? u"%1 rows, %2 messages"_s.arg(b->rows).arg(b->messages) : error) << Qt::endl;
            status = 1;
            break;
        }
        out() << "run " << run << (run == 0 ? " (warm-up)" : "") << ": Balcony occupants " << ms(b->occupantsMs)
              << " ms, last message " << ms(b->lastMessageMs) << " ms, catch-up " << ms(b->catchUpMs)
              << " ms, max stall " << ms(b->maxStallMs) << " ms (ending at " << ms(b->maxStallEndMs)
              << " ms; joined at " << ms(b->joinedMs) << " ms), " << ms(b->maxStallCpuMs) << " ms CPU";
        if (run > 0) {
            balcony.append(*b);
        }
        if (withSlixmpp) {
            const std::optional<SlixmppRun> s = slixmppRun(python, run, &error);
            if (!s || s->archived != messageCount || s->occupants != occupantCount + 1) {
                out() << Qt::endl
                      << "slixmpp run " << run
                      << " failed: " << (s ? u"%1 occupants, %2 archived"_s.arg(s->occupants).arg(s->archived) : error)
                      << Qt::endl;
                status = 1;
                break;
            }
            out() << "; slixmpp joined " << ms(s->joinedMs) << " ms, archive " << ms(s->archiveMs) << " ms";
            if (run > 0) {
                slixmpp.append(*s);
            }
        }
        out() << Qt::endl;
    }
    const QString loadAfter = loadAverage();
    endProcess(python);
    endProcess(bots);
    if (status != 0 || balcony.isEmpty()) {
        return 1;
    }

    const auto medianOf = [](const auto &list, auto field) {
        QList<double> values;
        for (const auto &item : list) {
            values.append(item.*field);
        }
        return median(values);
    };
    double maxStall = 0;
    double maxStallCpu = 0;
    for (const BalconyRun &b : std::as_const(balcony)) {
        maxStall = qMax(maxStall, b.maxStallMs);
        maxStallCpu = qMax(maxStallCpu, b.maxStallCpuMs);
    }
    const double occupantsMs = medianOf(balcony, &BalconyRun::occupantsMs);
    const double lastMessageMs = medianOf(balcony, &BalconyRun::lastMessageMs);
    out() << "\n"
          << runs << " measured runs each, load average " << loadBefore << " before, " << loadAfter << " after\n";
    out()
        << "| client | occupant list (ms) | last archived message (ms) | catch-up done (ms) | longest stall, wall (ms) "
           "| longest stall, CPU (ms) |\n"
           "|---|---:|---:|---:|---:|---:|\n";
    out() << "| Balcony (median) | " << ms(occupantsMs) << " | " << ms(lastMessageMs) << " | "
          << ms(medianOf(balcony, &BalconyRun::catchUpMs)) << " | " << ms(medianOf(balcony, &BalconyRun::maxStallMs))
          << " (max " << ms(maxStall) << ") | " << ms(medianOf(balcony, &BalconyRun::maxStallCpuMs)) << " (max "
          << ms(maxStallCpu) << ") |\n";
    if (!slixmpp.isEmpty()) {
        const double joinedMs = medianOf(slixmpp, &SlixmppRun::joinedMs);
        const double archiveMs = medianOf(slixmpp, &SlixmppRun::archiveMs);
        out() << "| slixmpp 1.8 (median) | " << ms(joinedMs) << " (self-presence; subject "
              << ms(medianOf(slixmpp, &SlixmppRun::subjectMs)) << ") | " << ms(archiveMs) << " | - | - | - |\n";
        out() << "ratio Balcony/slixmpp: occupant list " << QString::number(occupantsMs / joinedMs, 'f', 2)
              << ", last archived message " << QString::number(lastMessageMs / archiveMs, 'f', 2)
              << " (goal <= 1.5); longest stall " << ms(maxStall) << " ms wall, " << ms(maxStallCpu)
              << " ms of CPU (goal <= 50)" << Qt::endl;
    }
    out().flush();
    return 0;
}
