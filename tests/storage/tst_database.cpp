// Database: pragmas, the migration list, recovery from corrupt files and refusal of what must not be touched.

#include "storage/Database.h"
#include "storage/SqlRosterStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace balcony;

namespace {

// A plain connection to the file, bypassing Database, to look at (or damage) what it wrote.
class RawDb {
public:
    explicit RawDb(const QString &path)
        : m_name(u"raw-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next()) {
            return {};
        }
        return query.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_ok = false;
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList corruptFiles(const QString &dir)
{
    return QDir(dir).entryList({ u"balcony.sqlite.corrupt-*"_s }, QDir::Files, QDir::Name);
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QStringList freshDump()
{
    QTemporaryDir dir;
    Database db(dir.path());
    if (!db.open().isOpen()) {
        return {};
    }
    return db.schemaDump();
}

// A valid database with enough roster rows to span many pages.
bool createPopulated(const QString &dir)
{
    Database db(dir);
    if (!db.open().isOpen()) {
        return false;
    }
    SqlRosterStore roster(db);
    QList<RosterItem> items;
    for (int i = 0; i < 2000; ++i) {
        RosterItem item;
        item.jid = *Jid::parse(u"contact%1@example.org"_s.arg(i));
        item.name = u"Contact number %1 with a longer name to fill pages"_s.arg(i);
        item.groups = { u"Group %1"_s.arg(i % 7) };
        items.append(item);
    }
    return roster.replaceAll(items, u"v1"_s);
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freshCreateAppliesPragmas();
    void migrationListIsOrdered();
    void migratingEqualsFreshCreate_data();
    void migratingEqualsFreshCreate();
    void migrationChainEqualsFreshSchema();
    void reopenKeepsDataAndVersion();
    void newerVersionIsRefusedUntouched();
    void corruptFileIsMovedAside_data();
    void corruptFileIsMovedAside();
    void walFileMovesWithCorruptDatabase();
    void cleanCloseLetsTheNextOpenSkipTheCheck();
    void integrityCheckAfterAnUncleanEndOrAWeek();
    void unreadableFileIsReportedNotMoved();
    void unwritableDirectoryIsReported();
    void failingMigrationRollsBack();
    void transactionCommitsAndRollsBack();
    void nestedFailureRollsBackOuter();
    void closedDatabaseRefusesWork();
    void concurrentFirstOpen();
};

void TestDatabase::freshCreateAppliesPragmas()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The profile directory may not exist yet.
    const QString profile = dir.filePath(u"profiles/alice"_s);
    Database db(profile);
    const Database::OpenResult result = db.open();
    QCOMPARE(result.status, Database::Status::Created);
    QVERIFY(result.isOpen());
    QVERIFY(db.isOpen());
    QCOMPARE(result.previousVersion, 0);
    QCOMPARE(result.version, Database::latestVersion());
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(db.filePath(), QDir(profile).filePath(u"balcony.sqlite"_s));

    QSqlQuery query(db.sql());
    const auto pragma = [&](const QString &name) {
        return query.exec(u"PRAGMA "_s + name) && query.next() ? query.value(0).toString() : u"<error>"_s;
    };
    QCOMPARE(pragma(u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(u"foreign_keys"_s), u"1"_s);
    QCOMPARE(pragma(u"synchronous"_s), u"1"_s); // NORMAL
    QCOMPARE(pragma(u"secure_delete"_s), u"1"_s);
    QCOMPARE(pragma(u"user_version"_s), QString::number(Database::latestVersion()));

    const QFileDevice::Permissions permissions = QFileInfo(db.filePath()).permissions();
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QVERIFY(permissions.testFlag(QFileDevice::WriteOwner));
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(permissions & others, QFileDevice::Permissions());
}

void TestDatabase::migrationListIsOrdered()
{
    const QList<Database::Migration> &list = Database::migrations();
    QVERIFY(list.size() >= 2);
    for (qsizetype i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i).version, int(i + 1));
        QVERIFY(!list.at(i).statements.isEmpty());
    }
    QCOMPARE(Database::latestVersion(), list.constLast().version);
}

void TestDatabase::migratingEqualsFreshCreate_data()
{
    QTest::addColumn<int>("startVersion");
    for (int v = 1; v < Database::latestVersion(); ++v) {
        QTest::addRow("from v%d", v) << v;
    }
}

void TestDatabase::migratingEqualsFreshCreate()
{
    QFETCH(int, startVersion);
    const QStringList fresh = freshDump();
    QVERIFY(!fresh.isEmpty());
    QVERIFY(fresh.join(u'\n').contains("roster_item"_L1));

    QTemporaryDir dir;
    Database db(dir.path());
    Database::OpenResult result = db.open(startVersion);
    QVERIFY2(result.isOpen(), qPrintable(result.detail));
    QCOMPARE(db.schemaVersion(), startVersion);
    QVERIFY(db.schemaDump() != fresh);
    db.close();

    result = db.open();
    QCOMPARE(result.status, Database::Status::Opened);
    QCOMPARE(result.previousVersion, startVersion);
    QCOMPARE(result.version, Database::latestVersion());
    QCOMPARE(db.schemaDump(), fresh);
}

void TestDatabase::migrationChainEqualsFreshSchema()
{
    // A database built by replaying every migration from version 0 equals the directly written schema.
    QTemporaryDir dir;
    Database chained(dir.path(), Database::migrations(), {});
    QVERIFY(chained.open().isOpen());
    QCOMPARE(chained.schemaVersion(), Database::latestVersion());
    QCOMPARE(chained.schemaDump(), freshDump());
}

void TestDatabase::reopenKeepsDataAndVersion()
{
    QTemporaryDir dir;
    {
        Database db(dir.path());
        QVERIFY(db.open().isOpen());
        QVERIFY(db.transaction([&] {
            QSqlQuery query(db.sql());
            return query.exec(u"INSERT INTO dns_domain (domain, expires) VALUES ('example.org', 1)"_s);
        }));
    }
    Database db(dir.path());
    const Database::OpenResult result = db.open();
    QCOMPARE(result.status, Database::Status::Opened);
    QCOMPARE(result.previousVersion, Database::latestVersion());
    QSqlQuery query(db.sql());
    QVERIFY(query.exec(u"SELECT count(*) FROM dns_domain"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDatabase::newerVersionIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(Database::fileName());
    const int future = Database::latestVersion() + 5;
    {
        RawDb raw(path);
        QVERIFY(raw.ok());
        QVERIFY(raw.exec(u"CREATE TABLE future_thing (x)"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(future)));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    Database db(dir.path());
    const Database::OpenResult result = db.open();
    QCOMPARE(result.status, Database::Status::TooNew);
    QVERIFY(!result.isOpen());
    QVERIFY(!db.isOpen());
    QCOMPARE(result.version, future);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    QVERIFY(corruptFiles(dir.path()).isEmpty());
}

void TestDatabase::corruptFileIsMovedAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage") << u"garbage"_s;
    QTest::newRow("short garbage") << u"short"_s;
    QTest::newRow("truncated") << u"truncated"_s;
    QTest::newRow("smashed header") << u"header"_s;
    QTest::newRow("smashed pages") << u"pages"_s;
}

void TestDatabase::corruptFileIsMovedAside()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(Database::fileName());
    if (damage == "garbage"_L1 || damage == "short"_L1) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray line = "This is a text file, not an SQLite database.\n";
        file.write(damage == "short"_L1 ? line : line.repeated(200));
    } else {
        QVERIFY(createPopulated(dir.path()));
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s)); // checkpointed on close: the main file has everything
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 64 * 1024);
        if (damage == "truncated"_L1) {
            QVERIFY(file.resize(size / 2 + 100)); // also no longer a multiple of the page size
        } else if (damage == "header"_L1) {
            file.write(QByteArray(100, 'X'));
        } else {
            // Overwrite the middle pages (b-tree pages of roster_item) with noise.
            QVERIFY(file.seek(size / 4));
            QByteArray noise(int(size / 2), 0);
            for (qsizetype i = 0; i < noise.size(); ++i) {
                noise[i] = char((i * 7919) % 251);
            }
            file.write(noise);
        }
    }
    const QByteArray damaged = fileHash(path);

    Database db(dir.path());
    const Database::OpenResult result = db.open();
    QCOMPARE(result.status, Database::Status::Recovered);
    QVERIFY(result.isOpen());
    QVERIFY(db.isOpen());
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QVERIFY(!result.message.isEmpty());
    QVERIFY(result.message.contains(QDir::toNativeSeparators(result.movedAsidePath)));

    // The damaged bytes are kept, byte for byte, next to the new database.
    QVERIFY(result.movedAsidePath.startsWith(path + u".corrupt-"_s));
    QCOMPARE(corruptFiles(dir.path()), { QFileInfo(result.movedAsidePath).fileName() });
    QCOMPARE(fileHash(result.movedAsidePath), damaged);

    // The new database is empty and works.
    SqlRosterStore roster(db);
    QVERIFY(roster.items().isEmpty());
    RosterItem item;
    item.jid = *Jid::parse(u"juliet@example.com"_s);
    QVERIFY(roster.applyPush(item, false, u"v2"_s));
    QCOMPARE(roster.items().size(), 1);
}

void TestDatabase::walFileMovesWithCorruptDatabase()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(Database::fileName());
    for (const QString &name : { path, QString(path + u"-wal"_s) }) {
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("not sqlite at all ").repeated(100) + name.toUtf8());
    }
    const QByteArray walBefore = fileHash(path + u"-wal"_s);
    Database db(dir.path());
    const Database::OpenResult result = db.open();
    QCOMPARE(result.status, Database::Status::Recovered);
    QCOMPARE(fileHash(result.movedAsidePath + u"-wal"_s), walBefore);
    // Opening again finds the new database healthy: no second recovery.
    db.close();
    QCOMPARE(db.open().status, Database::Status::Opened);
    QCOMPARE(corruptFiles(dir.path()).size(), 2); // the database and its -wal
}

namespace {

// Damage the middle pages in place and give the file back its size, modification time (to the nanosecond) and inode:
// what only a decaying disk does, and what no open can tell from a clean file without reading every page.
bool damageKeepingIdentity(const QString &path)
{
    struct stat before { };
    if (::stat(QFile::encodeName(path).constData(), &before) != 0) {
        return false;
    }
    // The second half of the file: roster_item's b-tree pages, past the schema's pages (sqlite_master and the
    // tables' root pages, which the open reads; they grow with every migration).
    QFile file(path);
    // The second half: the populated rows, well past the schema's pages (which an open reads).
    if (!file.open(QIODevice::ReadWrite) || !file.seek(file.size() / 2)) {
        return false;
    }
    QByteArray noise(int(file.size() / 3), 0);
    for (qsizetype i = 0; i < noise.size(); ++i) {
        noise[i] = char((i * 7919) % 251);
    }
    if (file.write(noise) != noise.size()) {
        return false;
    }
    file.close();
    const struct timespec times[2] = { before.st_atim, before.st_mtim };
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

QByteArray stateOf(const QString &dir)
{
    QFile file(QDir(dir).filePath(Database::fileName() + u".state"_s));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestDatabase::cleanCloseLetsTheNextOpenSkipTheCheck()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(Database::fileName());
    QVERIFY(createPopulated(dir.path()));
    // The clean close stamped the file as it left it.
    QVERIFY2(stateOf(dir.path()).contains("closed "), stateOf(dir.path()).constData());
    {
        Database db(dir.path());
        QCOMPARE(db.open().status, Database::Status::Opened);
        // In use: no stamp until the next clean close (a crash now leaves none).
        QVERIFY(!stateOf(dir.path()).contains("closed "));
        QVERIFY(stateOf(dir.path()).contains("checked "));
    }
    QVERIFY(stateOf(dir.path()).contains("closed "));

    // Pages damaged without changing the file's identity: the open trusts the clean close (no check, no
    // recovery), which is exactly the cost that was saved; SQLite reports the damage when a page is read.
    QVERIFY(damageKeepingIdentity(path));
    Database db(dir.path());
    QCOMPARE(db.open().status, Database::Status::Opened);
    QVERIFY(corruptFiles(dir.path()).isEmpty());
    QSqlQuery count(db.sql());
    QVERIFY(!count.exec(u"SELECT count(*) FROM roster_item WHERE name LIKE '%longer%'"_s) || !count.next()
        || count.value(0).toInt() != 2000);
}

void TestDatabase::integrityCheckAfterAnUncleanEndOrAWeek()
{
    // 1. The session did not end with a clean close (kill -9, power loss): no stamp, so the check runs.
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(Database::fileName());
        QVERIFY(createPopulated(dir.path()));
        QFile state(path + u".state"_s);
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QByteArray checkedOnly = state.readAll().split('\n').first() + '\n';
        state.close();
        QVERIFY(state.open(QIODevice::WriteOnly | QIODevice::Truncate));
        state.write(checkedOnly); // what an open leaves while the database is in use
        state.close();
        QVERIFY(damageKeepingIdentity(path));
        Database db(dir.path());
        QCOMPARE(db.open().status, Database::Status::Recovered);
        QCOMPARE(corruptFiles(dir.path()).size(), 1);
    }
    // 2. Cleanly closed, but the last check passed more than a week ago: checked again.
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(Database::fileName());
        QVERIFY(createPopulated(dir.path()));
        QByteArray state = stateOf(dir.path());
        const QByteArray firstLine = state.split('\n').first();
        const qint64 checkedAt = firstLine.mid(firstLine.indexOf(' ') + 1).toLongLong();
        QVERIFY(checkedAt > 0);
        state.replace(firstLine, QByteArray("checked " + QByteArray::number(checkedAt - 8 * 24 * 3600)));
        QFile file(path + u".state"_s);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(state);
        file.close();
        QVERIFY(damageKeepingIdentity(path));
        Database db(dir.path());
        QCOMPARE(db.open().status, Database::Status::Recovered);
    }
    // 3. A state file with nonsense in it is no stamp at all.
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(Database::fileName());
        QVERIFY(createPopulated(dir.path()));
        QFile file(path + u".state"_s);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("checked soon\nclosed 1 2\n");
        file.close();
        QVERIFY(damageKeepingIdentity(path));
        Database db(dir.path());
        QCOMPARE(db.open().status, Database::Status::Recovered);
    }
}

void TestDatabase::unreadableFileIsReportedNotMoved()
{
    if (runningAsRoot()) {
        QSKIP("root ignores file permissions");
    }
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(Database::fileName());
    {
        Database db(dir.path());
        QVERIFY(db.open().isOpen());
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const QByteArray sizeBefore = QByteArray::number(QFileInfo(path).size());

    Database db(dir.path());
    const Database::OpenResult result = db.open();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(result.status, Database::Status::Inaccessible);
    QVERIFY(!db.isOpen());
    QVERIFY(!result.message.isEmpty());
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QByteArray::number(QFileInfo(path).size()), sizeBefore);
    QVERIFY(corruptFiles(dir.path()).isEmpty());

    // Once the permissions are fixed, the same data opens normally.
    QCOMPARE(db.open().status, Database::Status::Opened);
}

void TestDatabase::unwritableDirectoryIsReported()
{
    if (runningAsRoot()) {
        QSKIP("root ignores directory permissions");
    }
    QTemporaryDir dir;
    const QString profile = dir.filePath(u"readonly"_s);
    QVERIFY(QDir().mkpath(profile));
    QVERIFY(QFile::setPermissions(profile, QFileDevice::ReadOwner | QFileDevice::ExeOwner));

    Database db(profile);
    const Database::OpenResult result = db.open();
    const QStringList entries = QDir(profile).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    QVERIFY(QFile::setPermissions(profile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QCOMPARE(result.status, Database::Status::Inaccessible);
    QVERIFY(!db.isOpen());
    QVERIFY(!result.message.isEmpty());
    QVERIFY(entries.isEmpty());
}

void TestDatabase::failingMigrationRollsBack()
{
    const QList<Database::Migration> good {
        { 1, { u"CREATE TABLE a (x INTEGER)"_s } },
    };
    QList<Database::Migration> bad = good;
    bad.append({ 2, { u"CREATE TABLE b (y INTEGER)"_s, u"INSERT INTO a VALUES (1)"_s, u"THIS IS NOT SQL"_s } });

    QTemporaryDir dir;
    {
        Database db(dir.path(), good);
        QVERIFY(db.open().isOpen());
    }
    {
        Database db(dir.path(), bad);
        const Database::OpenResult result = db.open();
        QCOMPARE(result.status, Database::Status::Failed);
        QVERIFY(!db.isOpen());
        QCOMPARE(result.previousVersion, 1);
        QCOMPARE(result.version, 1);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(result.detail.contains("schema version 2"_L1));
    }
    // Nothing of migration 2 is left: no table b, no row in a, still version 1; nothing was moved aside.
    RawDb raw(QDir(dir.path()).filePath(Database::fileName()));
    QVERIFY(raw.ok());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 1);
    QCOMPARE(raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'b'"_s).toInt(), 0);
    QCOMPARE(raw.value(u"SELECT count(*) FROM a"_s).toInt(), 0);
    QVERIFY(corruptFiles(dir.path()).isEmpty());
}

void TestDatabase::transactionCommitsAndRollsBack()
{
    QTemporaryDir dir;
    Database db(dir.path());
    QVERIFY(db.open().isOpen());
    const auto insert = [&](const QString &domain) {
        QSqlQuery query(db.sql());
        query.prepare(u"INSERT INTO dns_domain (domain, expires) VALUES (?, 0)"_s);
        query.addBindValue(domain);
        return query.exec();
    };
    const auto count = [&] {
        QSqlQuery query(db.sql());
        return query.exec(u"SELECT count(*) FROM dns_domain"_s) && query.next() ? query.value(0).toInt() : -1;
    };

    QVERIFY(db.transaction([&] { return insert(u"a.example"_s); }));
    QCOMPARE(count(), 1);
    // The work reports failure after a successful write: the write is undone.
    QVERIFY(!db.transaction([&] { return insert(u"b.example"_s) && false; }));
    QCOMPARE(count(), 1);
    // A constraint violation (duplicate primary key) in the middle undoes the earlier insert too.
    QVERIFY(!db.transaction([&] { return insert(u"c.example"_s) && insert(u"a.example"_s); }));
    QCOMPARE(count(), 1);
    // The database is usable afterwards (no transaction left open).
    QVERIFY(db.transaction([&] { return insert(u"d.example"_s); }));
    QCOMPARE(count(), 2);
}

void TestDatabase::nestedFailureRollsBackOuter()
{
    QTemporaryDir dir;
    Database db(dir.path());
    QVERIFY(db.open().isOpen());
    const auto exec = [&](const QString &sql) {
        QSqlQuery query(db.sql());
        return query.exec(sql);
    };
    const bool ok = db.transaction([&] {
        exec(u"INSERT INTO dns_domain (domain, expires) VALUES ('outer.example', 0)"_s);
        db.transaction([&] { return false; }); // the inner failure is ignored by the outer work...
        return true;
    });
    QVERIFY(!ok); // ...but still rolls everything back
    QSqlQuery query(db.sql());
    QVERIFY(query.exec(u"SELECT count(*) FROM dns_domain"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestDatabase::closedDatabaseRefusesWork()
{
    QTemporaryDir dir;
    Database db(dir.path());
    QCOMPARE(db.lastOpenResult().status, Database::Status::NotOpen);
    bool ran = false;
    QVERIFY(!db.transaction([&] { return ran = true; }));
    QVERIFY(!ran);
    QCOMPARE(db.schemaVersion(), 0);
    QVERIFY(db.open().isOpen());
    db.close();
    QVERIFY(!db.isOpen());
    QVERIFY(!db.transaction([&] { return ran = true; }));
    QVERIFY(!ran);
}

void TestDatabase::concurrentFirstOpen()
{
    // Two processes (here: two threads with their own connections) creating the same new profile at once, as
    // two balcony-cli runs do: both must end up with an open, complete database and neither may fail on
    // "table already exists" — the schema is created under BEGIN IMMEDIATE and the version re-read inside.
    for (int round = 0; round < 25; ++round) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString profile = dir.filePath(u"p"_s);
        std::atomic<int> ready { 0 };
        Database::OpenResult results[2];
        int versions[2] = { -1, -1 };
        auto opener = [&](int index) {
            Database db(profile);
            ready.fetch_add(1);
            while (ready.load() < 2) {
                QThread::yieldCurrentThread();
            }
            results[index] = db.open();
            versions[index] = db.isOpen() ? db.schemaVersion() : -1;
        };
        std::unique_ptr<QThread> first(QThread::create(opener, 0));
        std::unique_ptr<QThread> second(QThread::create(opener, 1));
        first->start();
        second->start();
        QVERIFY(first->wait(30000));
        QVERIFY(second->wait(30000));
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(
                results[i].isOpen(), qPrintable(u"round %1, opener %2: %3"_s.arg(round).arg(i).arg(results[i].detail)));
            QCOMPARE(versions[i], Database::latestVersion());
        }
        Database check(profile);
        QCOMPARE(check.open().status, Database::Status::Opened);
    }
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
