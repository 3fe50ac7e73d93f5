// The app's account list (accounts.ini) and password stores: what is persisted, what is refused, and that no
// password reaches the file. The keychain store on a private session bus: without a Secret Service, then with a
// real GNOME Keyring (gnome-keyring-daemon, its login keyring unlocked in a temporary folder).
#include "DbusSessionFixture.h"
#include "TestJid.h"
#include "app/AccountList.h"
#include "app/AppPaths.h"
#include "app/PasswordStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::app;
using balcony::test::DbusSessionFixture;
using balcony::test::jid;

namespace {

AccountConfig config(const QString &bare)
{
    AccountConfig c;
    c.jid = jid(bare);
    return c;
}

PasswordStore::Result wait(const std::function<void(PasswordStore::Callback)> &call)
{
    std::optional<PasswordStore::Result> result;
    call([&result](const PasswordStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000)) {
        return PasswordStore::Result { PasswordStore::Status::Failed, {}, u"no answer"_s };
    }
    return *result;
}

} // namespace

class TestAppConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void missingFileIsAnEmptyList();
    void roundTrip();
    void oneEntryPerBareJid();
    void updateRemoveMove();
    void newerFormatIsNotOverwritten();
    void handEditedEntriesAreSkipped();
    void pathsFollowTheDataDir();
    void memoryPasswordStore();
    void keychainWithoutServiceIsUnavailable();
    void keychainWithGnomeKeyring();
    void cleanupTestCase();

private:
    // The private session bus of the keychain tests (the process connects to one session bus only, once).
    std::unique_ptr<DbusSessionFixture> m_bus;
    QTemporaryDir m_home;
};

void TestAppConfig::missingFileIsAnEmptyList()
{
    QTemporaryDir dir;
    AccountList list(dir.filePath(u"accounts.ini"_s));
    QVERIFY(list.load());
    QVERIFY(list.accounts().isEmpty());
}

void TestAppConfig::roundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"sub/accounts.ini"_s);
    AccountConfig alice = config(u"alice@example.org"_s);
    alice.resource = u"laptop"_s;
    alice.host = u"xmpp.example.org"_s;
    alice.port = 5223;
    alice.directTls = true;
    alice.passwordMode = PasswordMode::Session;
    alice.label = u"Work ✓"_s;
    AccountConfig bob = config(u"bob@example.net"_s);
    bob.enabled = false;
    bob.passwordMode = PasswordMode::Ask;
    bob.binding = TransportBinding::WebSocket;
    bob.websocketUrl = QUrl(u"wss://example.net/xmpp-websocket"_s);
    AccountConfig carol = config(u"carol@example.com"_s);
    carol.binding = TransportBinding::Bosh;
    carol.boshUrl = QUrl(u"https://example.com:5281/http-bind"_s);
    {
        AccountList list(file);
        QVERIFY(list.add(alice));
        QVERIFY(list.add(bob));
        QVERIFY(list.add(carol));
        QString error;
        QVERIFY2(list.save(&error), qPrintable(error));
    }
    AccountList loaded(file);
    QVERIFY(loaded.load());
    QCOMPARE(loaded.accounts().size(), 3);
    QCOMPARE(loaded.accounts().at(0), alice);
    QCOMPARE(loaded.accounts().at(1), bob);
    QCOMPARE(loaded.accounts().at(2), carol);
    QCOMPARE(loaded.accounts().at(0).displayName(), u"Work ✓"_s);
    QCOMPARE(loaded.accounts().at(1).displayName(), u"bob@example.net"_s);
}

void TestAppConfig::oneEntryPerBareJid()
{
    QTemporaryDir dir;
    AccountList list(dir.filePath(u"accounts.ini"_s));
    QVERIFY(list.add(config(u"alice@example.org/phone"_s)));
    QCOMPARE(list.accounts().first().jid, jid(u"alice@example.org"_s)); // stored bare
    QVERIFY(!list.add(config(u"alice@example.org"_s)));
    QVERIFY(!list.add(config(u"Alice@Example.org/other"_s))); // the same account, normalised
    QVERIFY(!list.add(config(u"example.org"_s))); // a domain is not an account
    QVERIFY(!list.add(AccountConfig()));
    QCOMPARE(list.accounts().size(), 1);
}

void TestAppConfig::updateRemoveMove()
{
    QTemporaryDir dir;
    AccountList list(dir.filePath(u"accounts.ini"_s));
    for (const QString &bare : { u"a@x.org"_s, u"b@x.org"_s, u"c@x.org"_s }) {
        QVERIFY(list.add(config(bare)));
    }
    AccountConfig b = *list.find(jid(u"b@x.org"_s));
    b.enabled = false;
    QVERIFY(list.update(b));
    QVERIFY(!list.find(jid(u"b@x.org"_s))->enabled);
    QVERIFY(!list.update(config(u"d@x.org"_s)));
    QVERIFY(list.move(jid(u"c@x.org"_s), 0));
    QCOMPARE(list.accounts().first().jid, jid(u"c@x.org"_s));
    QVERIFY(list.move(jid(u"c@x.org"_s), 99)); // clamped
    QCOMPARE(list.accounts().last().jid, jid(u"c@x.org"_s));
    QVERIFY(list.remove(jid(u"a@x.org"_s)));
    QVERIFY(!list.remove(jid(u"a@x.org"_s)));
    QCOMPARE(list.accounts().size(), 2);
    QVERIFY(!list.find(jid(u"a@x.org"_s)));
}

void TestAppConfig::newerFormatIsNotOverwritten()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"accounts.ini"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(u"format"_s, AccountList::Format + 1);
        settings.beginWriteArray(u"accounts"_s, 1);
        settings.setArrayIndex(0);
        settings.setValue(u"jid"_s, u"alice@example.org"_s);
        settings.setValue(u"futureOption"_s, 42);
        settings.endArray();
    }
    QFile before(file);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray content = before.readAll();
    before.close();

    AccountList list(file);
    QVERIFY(list.load());
    QCOMPARE(list.accounts().size(), 1); // read as far as understood
    QVERIFY(list.add(config(u"bob@example.org"_s)));
    QString error;
    QVERIFY(!list.save(&error));
    QVERIFY(error.contains(u"newer"_s));
    QFile after(file);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), content);
}

void TestAppConfig::handEditedEntriesAreSkipped()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"accounts.ini"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.beginWriteArray(u"accounts"_s, 4);
        const QStringList jids { u"not a jid@@"_s, u"example.org"_s, u"carol@example.org"_s, u"Carol@example.org"_s };
        for (int i = 0; i < jids.size(); ++i) {
            settings.setArrayIndex(i);
            settings.setValue(u"jid"_s, jids.at(i));
            settings.setValue(u"port"_s, 99999);
        }
        settings.endArray();
    }
    AccountList list(file);
    QVERIFY(list.load());
    QCOMPARE(list.accounts().size(), 1);
    QCOMPARE(list.accounts().first().jid, jid(u"carol@example.org"_s));
    QCOMPARE(list.accounts().first().port, quint16(0)); // out of range: the default
}

void TestAppConfig::pathsFollowTheDataDir()
{
    QTemporaryDir dir;
    AppPaths::setDataDir(dir.path());
    QCOMPARE(AppPaths::accountListFile(), dir.filePath(u"accounts.ini"_s));
    QCOMPARE(AppPaths::profileDir(jid(u"alice@example.org/phone"_s)), dir.filePath(u"profiles/alice@example.org"_s));
    AppPaths::setDataDir(QString());
    QCOMPARE(AppPaths::dataDir(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

void TestAppConfig::memoryPasswordStore()
{
    MemoryPasswordStore store;
    const Jid alice = jid(u"alice@example.org/phone"_s);
    QCOMPARE(wait([&](auto done) { store.read(alice, done); }).status, PasswordStore::Status::NotFound);
    // The answer comes later, never from inside the call.
    bool called = false;
    store.write(alice, u"secret"_s, [&called](const PasswordStore::Result &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
    const PasswordStore::Result read = wait([&](auto done) { store.read(jid(u"alice@example.org"_s), done); });
    QVERIFY(read.ok());
    QCOMPARE(read.password, u"secret"_s);
    QVERIFY(wait([&](auto done) { store.remove(alice, done); }).ok());
    QVERIFY(wait([&](auto done) { store.remove(alice, done); }).ok()); // nothing there: still Ok
    QCOMPARE(wait([&](auto done) { store.read(alice, done); }).status, PasswordStore::Status::NotFound);
}

// On a desktop session without a keychain service the store says so (the user then chooses Session or Ask);
// nothing falls back to a plaintext file.
void TestAppConfig::keychainWithoutServiceIsUnavailable()
{
    if (!DbusSessionFixture::isAvailable()) {
        QFAIL("dbus-daemon is needed (Debian package dbus-daemon)");
    }
    QTemporaryDir &dir = m_home;
    QVERIFY(dir.isValid());
    // A bus of our own without service activation: an installed but locked GNOME Keyring must not be started.
    m_bus = std::make_unique<DbusSessionFixture>();
    QVERIFY2(m_bus->start(), qPrintable(m_bus->errorString()));
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus->address().toUtf8());
    qputenv("XDG_DATA_HOME", dir.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
    {
        KeychainPasswordStore store;
        const Jid alice = jid(u"alice@example.org"_s);
        const PasswordStore::Result written = wait([&](auto done) { store.write(alice, u"secret"_s, done); });
        QVERIFY2(written.status == PasswordStore::Status::Unavailable, qPrintable(written.error));
        QVERIFY(!written.error.isEmpty());
        QCOMPARE(wait([&](auto done) { store.read(alice, done); }).status, PasswordStore::Status::Unavailable);
    }
    // Nothing with the password anywhere in the folders a fallback would use.
    QProcess grep;
    grep.start(u"grep"_s, { u"-r"_s, u"-l"_s, u"secret"_s, dir.path() });
    QVERIFY(grep.waitForFinished());
    QVERIFY2(grep.readAllStandardOutput().isEmpty(), "the password reached a file");
}

// The desktop's keychain for real: GNOME Keyring's Secret Service on the same private bus, reached through
// QtKeychain and libsecret as on a GNOME desktop. The password is stored, read back by another store object,
// replaced and removed; on disk it exists only inside the encrypted keyring file.
void TestAppConfig::keychainWithGnomeKeyring()
{
    const QString keyring = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    if (keyring.isEmpty()) {
        QFAIL("gnome-keyring-daemon is needed (Debian package gnome-keyring)");
    }
    QVERIFY2(m_bus, "keychainWithoutServiceIsUnavailable starts the bus");
    QVERIFY(!KeychainPasswordStore::serviceAvailable());

    QDir(m_home.path()).mkpath(u"run"_s);
    QFile::setPermissions(
        m_home.filePath(u"run"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcess daemon;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_home.filePath(u"run"_s));
    daemon.setProcessEnvironment(environment);
    // --unlock reads the login keyring's password from stdin (and creates the keyring, the default one).
    daemon.start(keyring, { u"--foreground"_s, u"--components=secrets"_s, u"--unlock"_s });
    QVERIFY(daemon.waitForStarted());
    daemon.write("keyring password");
    daemon.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(KeychainPasswordStore::serviceAvailable(), 10000);

    const Jid alice = jid(u"alice@example.org"_s);
    {
        KeychainPasswordStore store;
        const PasswordStore::Result written = wait([&](auto done) { store.write(alice, u"Juliet's balcony"_s, done); });
        QVERIFY2(written.ok(), qPrintable(written.error));
    }
    {
        KeychainPasswordStore store;
        const PasswordStore::Result read = wait([&](auto done) { store.read(alice, done); });
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.password, u"Juliet's balcony"_s);
        QCOMPARE(wait([&](auto done) { store.read(jid(u"bob@example.org"_s), done); }).status,
            PasswordStore::Status::NotFound);
        QVERIFY(wait([&](auto done) { store.write(alice, u"a new one"_s, done); }).ok());
        QCOMPARE(wait([&](auto done) { store.read(alice, done); }).password, u"a new one"_s);
    }
    // In the keyring file, encrypted: no trace of either password in the home folder.
    QProcess grep;
    grep.start(u"grep"_s, { u"-r"_s, u"-l"_s, u"-e"_s, u"balcony"_s, u"-e"_s, u"a new one"_s, m_home.path() });
    QVERIFY(grep.waitForFinished());
    QVERIFY2(grep.readAllStandardOutput().isEmpty(), "a password reached a file in the clear");
    QVERIFY(
        QDir(m_home.filePath(u"keyrings"_s)).exists() || QDir(m_home.filePath(u".local/share/keyrings"_s)).exists());
    {
        KeychainPasswordStore store;
        QVERIFY(wait([&](auto done) { store.remove(alice, done); }).ok());
        QCOMPARE(wait([&](auto done) { store.read(alice, done); }).status, PasswordStore::Status::NotFound);
    }
    // Issue 12: the keychain works on a thread of its own. A read finishes while this thread runs no event loop
    // (as at the app's start, while the profiles open and the window is built); only its answer is delivered here.
    {
        KeychainPasswordStore store;
        QVERIFY(wait([&](auto done) { store.write(alice, u"while busy"_s, done); }).ok());
        std::optional<PasswordStore::Result> read;
        store.read(alice, [&read](const PasswordStore::Result &r) { read = r; });
        QDeadlineTimer deadline(10000);
        while (!read && !deadline.hasExpired()) {
            QThread::msleep(10);
            QCoreApplication::sendPostedEvents(&store, QEvent::MetaCall); // the answer, nothing else of this thread
        }
        QVERIFY2(read.has_value(), "the read needed this thread's event loop");
        QVERIFY2(read->ok(), qPrintable(read->error));
        QCOMPARE(read->password, u"while busy"_s);
        QVERIFY(wait([&](auto done) { store.remove(alice, done); }).ok());
    }
    daemon.terminate();
    QVERIFY(daemon.waitForFinished());
}

void TestAppConfig::cleanupTestCase()
{
    m_bus.reset();
}

QTEST_GUILESS_MAIN(TestAppConfig)
#include "tst_appconfig.moc"
