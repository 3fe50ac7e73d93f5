// Target "desktop" of bench_login: the real desktop app, from exec to its account fully online.
//
// What a returning user has, made once per binary and mode before the measured runs:
// - a data root (`balcony --profile-root DIR`) with the account in accounts.ini, written with app::AccountList as the
//   accounts dialog writes it: the proxy's host and port (no DNS), direct TLS per mode, PasswordMode::Keychain;
// - the fixture server's certificate trusted for the account's domain the way the app records a user's decision
//   when the certificate dialog is accepted (CertificateTrust in the profile folder, what
//   AccountManager::trustCertificate writes). The desktop app has no counterpart of balcony-cli's --ca-file (a CA
//   the user installs goes into the system store), and a separate process cannot get the account factory that
//   tests/ui/tst_mainwindow_e2e.cpp uses to add the test CA, so the recorded decision is the user's way in;
// - the password in a real keychain: GNOME Keyring's Secret Service (gnome-keyring-daemon, login keyring unlocked
//   from stdin, HOME in a temporary folder, XDG_RUNTIME_DIR in one on a tmpfs as on a desktop) on a private D-Bus
//   session bus, written from this process through app::KeychainPasswordStore (QtKeychain, libsecret), which the app
//   reads it back with at sign-in;
// - one unmeasured warm-up run: it creates the profile (schema, key store) and fills the caches (server profile,
//   roster with its version, caps), so every measured run is a returning user's start.
//
// Each run starts `balcony --profile-root DIR` with QT_QPA_PLATFORM=offscreen on that bus, with
// QT_LOGGING_RULES="balcony.startup.info=true", so that the app logs its milestones (ui/DesktopApp.cpp, lcStartup)
// on CLOCK_MONOTONIC, the clock QElapsedTimer reads here too. The time is taken right before QProcess::start(); the
// run ends at the `startup online` line, and the app is then ended by its PID (SIGTERM, SIGKILL after 5 s).
//
// Reported per mode and binary (medians, ms after QProcess::start()): the app's milestones, wall (-> online),
// protocol = online - TCP up (what target "cli" calls onlineMs - connectMs) and rest = wall - protocol: everything
// before the TCP connection is up (exec, Qt, the profile open, the window, the keychain read, the connect). Goal
// (issue 12): rest <= 100 ms. `floor` is the same binary's --version (exec, dynamic linking, QCoreApplication).
#include "bench_login_desktop.h"

#include "BenchSupport.h"
#include "DbusSessionFixture.h"
#include "ProsodyFixture.h"
#include "app/AccountList.h"
#include "app/AppPaths.h"
#include "app/PasswordStore.h"
#include "stream/CertificateTrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace balcony::bench {

namespace {

constexpr int RunTimeoutMs = 30000;

// Now on CLOCK_MONOTONIC, in ms: the clock of the app's balcony.startup lines.
qint64 monotonicMs()
{
    QElapsedTimer clock;
    clock.start();
    return clock.msecsSinceReference();
}

// A private session bus with GNOME Keyring's Secret Service on it, unlocked, as tests/app/tst_appconfig.cpp
// (keychainWithGnomeKeyring) starts it. This process is pointed at the bus before its first D-Bus use.
class KeychainSession {
public:
    ~KeychainSession()
    {
        // The daemon this session started, by its PID, then the bus (DbusSessionFixture's destructor).
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            if (!m_daemon.waitForFinished(5000)) {
                m_daemon.kill();
                m_daemon.waitForFinished(5000);
            }
        }
    }

    bool start(QString *error)
    {
        const QString keyring = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
        if (keyring.isEmpty() || !test::DbusSessionFixture::isAvailable()) {
            *error = u"gnome-keyring-daemon and dbus-daemon are needed (Debian packages gnome-keyring, dbus-daemon)"_s;
            return false;
        }
        // XDG_RUNTIME_DIR on a tmpfs, as a desktop's /run/user/UID is (the app's single-instance lock is synced
        // there); HOME on the disk, as a user's is.
        if (QFileInfo(u"/dev/shm"_s).isWritable()) {
            m_runtime = std::make_unique<QTemporaryDir>(u"/dev/shm/bench_login-run-XXXXXX"_s);
        } else {
            m_runtime = std::make_unique<QTemporaryDir>(m_home.filePath(u"run-XXXXXX"_s));
        }
        if (!m_home.isValid() || !m_runtime->isValid()) {
            *error = u"no temporary folder"_s;
            return false;
        }
        QFile::setPermissions(runtimeDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (!m_bus.start()) {
            *error = m_bus.errorString();
            return false;
        }
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address().toUtf8());
        m_daemon.setProcessEnvironment(environment());
        // --unlock reads the login keyring's password from stdin (and creates the keyring, the default one).
        m_daemon.start(keyring, { u"--foreground"_s, u"--components=secrets"_s, u"--unlock"_s });
        if (!m_daemon.waitForStarted(10000)) {
            *error = u"gnome-keyring-daemon did not start: "_s + m_daemon.errorString();
            return false;
        }
        m_daemon.write("keyring password");
        m_daemon.waitForBytesWritten(5000); // no event loop runs here to write it later
        m_daemon.closeWriteChannel();
        QElapsedTimer waited;
        waited.start();
        while (!app::KeychainPasswordStore::serviceAvailable()) {
            if (waited.elapsed() > 10000 || m_daemon.state() == QProcess::NotRunning) {
                *error = u"GNOME Keyring did not appear on the bus: "_s
                    + QString::fromLocal8Bit(m_daemon.readAllStandardError()).trimmed();
                return false;
            }
            QThread::msleep(50);
            QCoreApplication::processEvents();
        }
        return true;
    }

    // The system's environment with this session's bus, HOME and XDG folders.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_bus.address());
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u".config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u".local/share"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u".cache"_s));
        return env;
    }

    QString runtimeDir() const { return m_runtime->path(); }

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_runtime;
    test::DbusSessionFixture m_bus;
    QProcess m_daemon;
};

bool storePassword(const Jid &account, const QString &password, QString *error)
{
    app::KeychainPasswordStore store;
    QEventLoop loop;
    std::optional<app::PasswordStore::Result> result;
    store.write(account, password, [&](const app::PasswordStore::Result &written) {
        result = written;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!result || !result->ok()) {
        *error = u"the keychain did not store the password: "_s + (result ? result->error : u"timed out"_s);
        return false;
    }
    return true;
}

// A data root as the app leaves it for a returning user (see the top), before its first start.
bool writeDataRoot(const QString &root, const DesktopBenchSetup &setup, bool direct, QString *error)
{
    const Jid jid = *Jid::parse(QString(setup.user + u"@"_s + setup.prosody->domain()));
    app::AppPaths::setDataDir(root);
    app::AccountList list(app::AppPaths::accountListFile());
    app::AccountConfig config;
    config.jid = jid;
    config.host = setup.prosody->host();
    config.port = direct ? setup.directPort : setup.starttlsPort;
    config.directTls = direct;
    config.passwordMode = app::PasswordMode::Keychain;
    bool ok = list.add(config) && list.save(error);
    CertificateTrust trust(app::AppPaths::profileDir(jid));
    if (ok && !trust.trust(jid.domain(), setup.prosody->serverCertificate())) {
        *error = u"cannot record the certificate decision: "_s + trust.errorString();
        ok = false;
    }
    app::AppPaths::setDataDir(QString());
    return ok;
}

// One start of the app, in ms after QProcess::start(); -1 for a milestone the app did not log.
struct DesktopSample {
    double app = -1; // DesktopApp being constructed (QApplication exists)
    double profiles = -1; // the enabled accounts' profiles opened (AccountManager::load)
    double window = -1; // the main window shown (the profiles were opened before)
    double signIn = -1; // signInAll(): the keychain is asked for the password
    double attempt = -1; // the Connection enters Connecting
    double tcp = -1; // TCP up
    double online = -1; // AccountController::online
};

std::optional<DesktopSample> desktopLogin(
    const QString &program, const QString &root, const KeychainSession &keychain, QString *error)
{
    static const QRegularExpression mark(u"startup (app|profiles|window|sign-in) at=(\\d+)"_s);
    static const QRegularExpression attempt(u"startup attempt jid=\\S+ at=(\\d+)"_s);
    static const QRegularExpression online(u"startup online jid=\\S+ attempt=(-?\\d+) tcp=(-?\\d+) online=(\\d+)"_s);
    QProcess app;
    QProcessEnvironment env = keychain.environment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"balcony.startup.info=true"_s);
    env.remove(u"QT_MESSAGE_PATTERN"_s);
    app.setProcessEnvironment(env);
    app.setStandardOutputFile(QProcess::nullDevice());
    app.setReadChannel(QProcess::StandardError);
    const qint64 started = monotonicMs();
    app.start(program, { u"--profile-root"_s, root });
    DesktopSample sample;
    const auto since = [started](const QString &ms) { return double(ms.toLongLong() - started); };
    QStringList tail; // the app's last lines, for a failure
    QByteArray pending;
    QElapsedTimer clock;
    clock.start();
    while (sample.online < 0) {
        const qint64 left = RunTimeoutMs - clock.elapsed();
        if (left <= 0 || app.state() == QProcess::NotRunning) {
            *error = program + (left <= 0 ? u": not online in time"_s : u": exited before it was online"_s);
            break;
        }
        app.waitForReadyRead(int(left));
        pending += app.readAllStandardError();
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QString line = QString::fromUtf8(pending.left(end)).trimmed();
            pending.remove(0, end + 1);
            tail.append(line);
            if (tail.size() > 8) {
                tail.removeFirst();
            }
            if (const auto m = mark.match(line); m.hasMatch()) {
                const QString which = m.captured(1);
                const double at = since(m.captured(2));
                if (which == u"app") {
                    sample.app = at;
                } else if (which == u"profiles") {
                    sample.profiles = at;
                } else if (which == u"window") {
                    sample.window = at;
                } else {
                    sample.signIn = at;
                }
            } else if (const auto a = attempt.match(line); a.hasMatch()) {
                sample.attempt = since(a.captured(1));
            } else if (const auto o = online.match(line); o.hasMatch()) {
                const qint64 tcp = o.captured(2).toLongLong();
                sample.tcp = tcp < 0 ? -1 : double(tcp - started);
                sample.online = since(o.captured(3));
            }
        }
    }
    // Ended by its PID: SIGTERM, then SIGKILL (the app does not sign out: nothing after "online" is measured).
    app.terminate();
    if (!app.waitForFinished(5000)) {
        app.kill();
        app.waitForFinished(5000);
    }
    if (sample.online < 0 || sample.tcp < 0) {
        if (error->isEmpty()) {
            *error = program + u": no TCP time in the online line"_s;
        }
        *error += u"; last lines: "_s + tail.join(u" | "_s);
        return std::nullopt;
    }
    return sample;
}

// `program --version`: exec + dynamic linking + QCoreApplication, none of the app.
double execFloorMs(const QString &program, const KeychainSession &keychain)
{
    QProcess app;
    QProcessEnvironment env = keychain.environment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    app.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    app.start(program, { u"--version"_s });
    app.waitForFinished(10000);
    return double(clock.nsecsElapsed()) / 1e6;
}

QString cell(double value, int width)
{
    return value < 0 ? u"-"_s.rightJustified(width) : u"%1"_s.arg(value, width, 'f', 1);
}

} // namespace

bool runDesktopTarget(const DesktopBenchSetup &setup)
{
    KeychainSession keychain;
    QString error;
    const Jid jid = *Jid::parse(QString(setup.user + u"@"_s + setup.prosody->domain()));
    if (!keychain.start(&error) || !storePassword(jid, setup.password, &error)) {
        out() << "bench_login --target desktop: " << error << Qt::endl;
        return false;
    }
    bool ok = true;
    for (const bool direct : { false, true }) {
        const QString mode = direct ? u"direct-TLS"_s : u"STARTTLS"_s;
        struct Row {
            QString program;
            QTemporaryDir root;
            QList<DesktopSample> samples;
            QList<double> floors;
            QString error;
        };
        std::vector<std::unique_ptr<Row>> rows;
        for (const QString &program : setup.programs) {
            auto row = std::make_unique<Row>();
            row->program = program;
            if (!row->root.isValid() || !writeDataRoot(row->root.path(), setup, direct, &row->error)) {
                row->error = u"data root: "_s + row->error;
            }
            rows.push_back(std::move(row));
        }
        // Warm-up: the profile is created and its caches filled, as a returning user's are.
        for (const auto &row : rows) {
            if (row->error.isEmpty() && !desktopLogin(row->program, row->root.path(), keychain, &error)) {
                row->error = u"warm-up: "_s + error;
            }
        }
        // Interleaved, so that every binary sees the same machine load.
        for (int i = 0; i < setup.runs; ++i) {
            for (const auto &row : rows) {
                if (!row->error.isEmpty()) {
                    continue;
                }
                error.clear();
                if (const auto sample = desktopLogin(row->program, row->root.path(), keychain, &error)) {
                    row->samples.append(*sample);
                } else {
                    row->error = error;
                }
                row->floors.append(execFloorMs(row->program, keychain));
            }
        }
        out()
            << Qt::endl
            << u"balcony (desktop) start to online, %1, %2 ms each way, %3 runs (medians, ms after QProcess::start())"_s
                   .arg(mode)
                   .arg(setup.delayMs)
                   .arg(setup.runs)
            << Qt::endl
            << u"binary"_s.leftJustified(44);
        for (const QString &column : { u"app"_s, u"profiles"_s, u"window"_s, u"sign-in"_s, u"attempt"_s, u"tcp"_s,
                 u"wall"_s, u"protocol"_s, u"rest"_s, u"floor"_s }) {
            out() << u' ' << column.rightJustified(8);
        }
        out() << Qt::endl;
        QStringList goals;
        for (const auto &row : rows) {
            if (!row->error.isEmpty()) {
                out() << row->program << " FAILED: " << row->error << Qt::endl;
                ok = false;
                continue;
            }
            QList<double> app, profiles, window, signIn, attempt, tcp, wall, protocol, rest;
            for (const DesktopSample &s : std::as_const(row->samples)) {
                app.append(s.app);
                profiles.append(s.profiles);
                window.append(s.window);
                signIn.append(s.signIn);
                attempt.append(s.attempt);
                tcp.append(s.tcp);
                wall.append(s.online);
                const double protocolMs = s.online - s.tcp;
                protocol.append(protocolMs);
                rest.append(s.online - protocolMs);
            }
            out() << row->program.leftJustified(44);
            for (const QList<double> *column :
                { &app, &profiles, &window, &signIn, &attempt, &tcp, &wall, &protocol, &rest, &row->floors }) {
                out() << u' ' << cell(median(*column), 8);
            }
            out() << Qt::endl;
            const double restMs = median(rest);
            goals.append(u"goal rest <= 100 ms: %1 (%2 ms) for %3"_s.arg(restMs <= 100 ? u"met"_s : u"NOT met"_s)
                             .arg(restMs, 0, 'f', 1)
                             .arg(row->program));
        }
        for (const QString &goal : std::as_const(goals)) {
            out() << goal << Qt::endl;
        }
    }
    out() << Qt::endl
          << "app, profiles, window, sign-in, attempt, tcp: the app's balcony.startup lines (DesktopApp constructed,\n"
             "profiles opened, window shown, signInAll(), Connection Connecting, TCP up). wall: online\n"
             "(AccountController::online). protocol = online - tcp; rest = wall - protocol (exec, Qt, profile open,\n"
             "window, keychain read, connect; goal <= 100 ms, issue 12). floor: the same binary's --version (exec,\n"
             "dynamic linking, QCoreApplication)."
          << Qt::endl;
    return ok;
}

} // namespace balcony::bench
