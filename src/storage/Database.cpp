#include "storage/Database.h"

#include "storage/StorageLog.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#include <optional>

using namespace Qt::StringLiterals;

namespace balcony {

Q_LOGGING_CATEGORY(lcStorage, "balcony.storage")

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"balcony-db-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes (the low byte is the primary code).
// Only these mean the file itself is damaged; anything else (locked, read-only, I/O, full disk) must never
// make us move the user's data aside.
bool isCorruption(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok && (code == 11 || code == 26)) {
        return true;
    }
    const QString text = error.databaseText();
    return text.contains("file is not a database"_L1, Qt::CaseInsensitive)
        || text.contains("malformed"_L1, Qt::CaseInsensitive);
}

// --- When the integrity check on open can be skipped
// PRAGMA quick_check reads every page of the file: with a 100,000-message profile it was a third of the desktop
// app's start (tests/bench/bench_startup.md). It can only find something where damage can have happened since it
// last passed: after a session that did not end in a clean close by Balcony (crash, kill -9, power loss), when the
// file changed after that close (another program, a restore from backup, a write-through disk error that changed
// it), or when the last check is old (a disk that decays silently). So the file <db>.state next to the database
// records when the check last passed and, written only by a clean close, the file's identity at that moment; open
// clears the close stamp at once, so a session that ends any other way leaves none.
constexpr qint64 integrityCheckMaxAgeSecs = 7 * 24 * 3600;

struct FileIdentity {
    qint64 size = -1;
    qint64 mtimeNs = -1;
    qint64 inode = -1;
    bool operator==(const FileIdentity &) const = default;
};

std::optional<FileIdentity> identityOf(const QString &path)
{
    FileIdentity identity;
#ifdef Q_OS_UNIX
    struct stat info { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return std::nullopt;
    }
    identity.size = qint64(info.st_size);
    identity.mtimeNs = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    identity.inode = qint64(info.st_ino);
#else
    const QFileInfo info(path);
    if (!info.exists()) {
        return std::nullopt;
    }
    identity.size = info.size();
    identity.mtimeNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
#endif
    return identity;
}

struct IntegrityState {
    qint64 checkedAtSecs = -1; // when quick_check last passed (seconds since the epoch)
    std::optional<FileIdentity> closed; // the file right after Balcony's last clean close
};

QString statePath(const QString &databasePath)
{
    return databasePath + u".state"_s;
}

IntegrityState readIntegrityState(const QString &databasePath)
{
    IntegrityState state;
    QFile file(statePath(databasePath));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096) {
        return state;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        bool ok = true;
        if (parts.size() == 2 && parts[0] == "checked") {
            state.checkedAtSecs = parts[1].toLongLong(&ok);
        } else if (parts.size() == 4 && parts[0] == "closed") {
            FileIdentity identity;
            bool a = false, b = false, c = false;
            identity.size = parts[1].toLongLong(&a);
            identity.mtimeNs = parts[2].toLongLong(&b);
            identity.inode = parts[3].toLongLong(&c);
            if (a && b && c) {
                state.closed = identity;
            }
        }
        if (!ok) {
            state.checkedAtSecs = -1;
        }
    }
    return state;
}

void writeIntegrityState(const QString &databasePath, const IntegrityState &state)
{
    QByteArray text = "checked " + QByteArray::number(state.checkedAtSecs) + '\n';
    if (state.closed) {
        text += "closed " + QByteArray::number(state.closed->size) + ' ' + QByteArray::number(state.closed->mtimeNs)
            + ' ' + QByteArray::number(state.closed->inode) + '\n';
    }
    QFile file(statePath(databasePath));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        qCWarning(lcStorage) << "cannot write" << file.fileName() << file.errorString();
        return;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // like the database: the user's only
}

// True if the file is exactly as Balcony's last clean close left it and the last check is recent.
bool integrityCheckCanBeSkipped(const QString &databasePath, const IntegrityState &state)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!state.closed || state.checkedAtSecs < 0 || now - state.checkedAtSecs > integrityCheckMaxAgeSecs
        || state.checkedAtSecs > now + 60) {
        return false;
    }
    // A write-ahead log next to it means a connection did not close cleanly (SQLite deletes it on the last close).
    if (QFileInfo::exists(databasePath + u"-wal"_s)) {
        return false;
    }
    return identityOf(databasePath) == state.closed;
}

// A single-value PRAGMA; nullopt-like invalid QVariant on failure (error in *error).
QVariant pragmaValue(const QSqlDatabase &db, const QString &statement, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        *error = query.lastError();
        return {};
    }
    if (!query.next()) {
        *error = query.lastError();
        return {};
    }
    return query.value(0);
}

QString normaliseSql(const QString &sql)
{
    QString s = sql.simplified();
    // sqlite_master keeps statement text verbatim; spacing around punctuation is not part of the schema.
    for (const auto punct : { "("_L1, ")"_L1, ","_L1 }) {
        s.replace(u' ' + punct, punct);
        s.replace(punct + u' ', punct);
    }
    return s;
}

// An empty file is a valid empty database; anything else must begin with the 16-byte magic string
// (https://www.sqlite.org/fileformat.html §1.3).
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return true; // not ours to judge: the open below reports the real error
    }
    if (file.size() == 0) {
        return true;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(magic.size()) == magic;
}

// A QSQLITE connection to `path` (not opened yet), with the connection options every connection to a profile
// gets (open() and attach()).
QSqlDatabase addConnection(const QString &name, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    // One profile may be opened by two connections at once (the app's archive storage thread, the app and
    // balcony-cli, two balcony-cli runs): SQLite serialises writers with a file lock, and a writer that finds
    // it held waits up to this long before its statement fails with SQLITE_BUSY (a clean error, never
    // corruption).
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    return db;
}

constexpr QFileDevice::Permissions foreignPermissions = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

Database::Database(const QString &profileDir)
    : Database(profileDir, migrations(), freshSchema())
{
}

Database::Database(const QString &profileDir, const QList<Migration> &migrationList, const QStringList &fresh)
    : m_profileDir(profileDir)
    , m_migrations(migrationList)
    , m_freshSchema(fresh)
    , m_connectionName(uniqueConnectionName())
{
}

Database::~Database()
{
    closeConnection();
}

QString Database::filePath() const
{
    return QDir(m_profileDir).filePath(fileName());
}

int Database::knownVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Database::OpenResult Database::open()
{
    return open(knownVersion());
}

Database::OpenResult Database::open(int targetVersion)
{
    closeConnection();
    m_result = openConnection(qBound(0, targetVersion, knownVersion()), true);
    if (!m_result.isOpen()) {
        closeConnection();
        if (!m_result.detail.isEmpty()) {
            qCWarning(lcStorage) << "cannot open" << filePath() << ":" << m_result.detail;
        }
    }
    return m_result;
}

Database::OpenResult Database::attach()
{
    closeConnection();
    const QString path = filePath();
    OpenResult r;
    r.status = Status::Failed;
    if (!QFileInfo(path).isFile()) {
        r.detail = u"no database file"_s;
    } else {
        {
            QSqlDatabase db = addConnection(m_connectionName, path);
            if (!db.open()) {
                r.detail = db.lastError().text();
            }
        }
        QSqlError error;
        QString problem;
        if (r.detail.isEmpty() && !applyPragmas(&problem)) {
            r.detail = problem;
        } else if (r.detail.isEmpty()) {
            r.version = pragmaValue(sql(), u"PRAGMA user_version"_s, &error).toInt();
            r.previousVersion = r.version;
            if (r.version != knownVersion()) {
                r.detail = u"user_version %1, expected %2"_s.arg(r.version).arg(knownVersion());
            } else {
                r.status = Status::Opened;
            }
        }
    }
    m_result = r;
    if (!m_result.isOpen()) {
        m_result.message = QCoreApplication::translate("balcony", "Cannot open the database %1: %2")
                               .arg(QDir::toNativeSeparators(path), r.detail);
        qCWarning(lcStorage) << "cannot attach to" << path << ":" << r.detail;
        closeConnection();
    }
    return m_result;
}

void Database::close()
{
    closeConnection();
    m_result = OpenResult();
}

void Database::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        return;
    }
    {
        // Every QSqlDatabase copy must be gone before removeDatabase(), or Qt warns and keeps it alive.
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_transactionDepth = 0;
    m_transactionFailed = false;
    // A clean close of a healthy database: stamp the file as it is now, so that the next open can skip the
    // integrity check. Only when this was the last connection (SQLite then checkpointed and deleted the WAL);
    // otherwise the connection that closes last (a Database of its own) stamps it.
    const QString path = filePath();
    if (m_result.isOpen() && !QFileInfo::exists(path + u"-wal"_s)) {
        IntegrityState integrity = readIntegrityState(path);
        integrity.closed = identityOf(path);
        if (integrity.checkedAtSecs >= 0 && integrity.closed) {
            writeIntegrityState(path, integrity);
        }
    }
}

bool Database::isOpen() const
{
    return m_result.isOpen() && QSqlDatabase::contains(m_connectionName);
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::contains(m_connectionName) ? QSqlDatabase::database(m_connectionName, false) : QSqlDatabase();
}

int Database::schemaVersion() const
{
    if (!isOpen()) {
        return 0;
    }
    QSqlError error;
    return pragmaValue(sql(), u"PRAGMA user_version"_s, &error).toInt();
}

Database::OpenResult Database::openConnection(int targetVersion, bool mayRecover)
{
    const QString path = filePath();
    const auto inaccessible = [&](const QString &detail) {
        OpenResult r;
        r.status = Status::Inaccessible;
        r.detail = detail;
        r.message = QCoreApplication::translate("balcony", "Cannot open the database %1: %2")
                        .arg(QDir::toNativeSeparators(path), detail);
        return r;
    };

    if (!QDir().mkpath(m_profileDir)) {
        return inaccessible(QCoreApplication::translate("balcony", "the folder cannot be created"));
    }
    // WAL needs to create balcony.sqlite-wal and -shm next to the database.
    const QFileInfo dirInfo(m_profileDir);
    if (!dirInfo.isReadable() || !dirInfo.isWritable() || !dirInfo.isExecutable()) {
        return inaccessible(QCoreApplication::translate("balcony", "the folder is not writable"));
    }

    bool created = false;
    QFileInfo fileInfo(path);
    if (!fileInfo.exists()) {
        // Create the file ourselves so that it is owner-only from the first byte: later stores keep secrets
        // here. SQLite gives the -wal and -shm files the permissions of the database file. An empty file is
        // a valid empty database.
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            file.close();
            created = true;
        } else if (!QFileInfo::exists(path)) {
            return inaccessible(file.errorString());
        }
        // else: another process created it a moment ago; open it as an existing file (empty is valid).
    }
    if (!created) {
        fileInfo.refresh();
        if (!fileInfo.isFile() || !fileInfo.isReadable() || !fileInfo.isWritable()) {
            return inaccessible(QCoreApplication::translate("balcony", "permission denied"));
        }
        // Tighten a file that an older tool left readable by others (never loosen: an unreadable file
        // stays an error).
        const QFileDevice::Permissions permissions = fileInfo.permissions();
        if (permissions & foreignPermissions) {
            QFile::setPermissions(path, permissions & ~foreignPermissions);
        }
    }

    // A file that does not even start with the SQLite header is moved aside before SQLite sees it: SQLite
    // would otherwise open (and, on close, delete) a -wal file next to it, which must be kept with it.
    if (!created && mayRecover && !hasSqliteHeader(path)) {
        return recover(targetVersion, u"file is not a database (no SQLite header)"_s);
    }

    // Decided before SQLite touches the file (opening it in WAL mode creates the -wal next to it).
    const bool skipCheck = !created && integrityCheckCanBeSkipped(path, readIntegrityState(path));
    {
        QSqlDatabase db = addConnection(m_connectionName, path);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            if (mayRecover && isCorruption(error)) {
                return recover(targetVersion, error.text());
            }
            return inaccessible(error.text());
        }
    }
    // No QSqlDatabase copy is kept in this function: recover() must be able to remove the connection (and
    // SQLite to close the file) before the file is renamed.

    // Read the version before changing anything: a database of a newer Balcony must stay untouched (even
    // journal_mode=WAL writes to the file header). This is also the first read of the file, where SQLite
    // notices that it is not a database at all.
    QSqlError error;
    const QVariant versionValue = pragmaValue(sql(), u"PRAGMA user_version"_s, &error);
    if (!versionValue.isValid()) {
        if (mayRecover && isCorruption(error)) {
            return recover(targetVersion, error.text());
        }
        return inaccessible(error.text());
    }
    const int diskVersion = versionValue.toInt();
    if (diskVersion > knownVersion()) {
        OpenResult r;
        r.status = Status::TooNew;
        r.previousVersion = diskVersion;
        r.version = diskVersion;
        r.detail = u"user_version %1 > %2"_s.arg(diskVersion).arg(knownVersion());
        r.message = QCoreApplication::translate("balcony",
            "The database %1 was written by a newer version of Balcony (schema %2; this version knows "
            "schema %3). It was left unchanged; please use a newer version of Balcony.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(diskVersion)
                        .arg(knownVersion());
        return r;
    }

    // quick_check is integrity_check without the O(N log N) index cross-checks: it finds damaged pages,
    // broken b-trees and truncation, which is what a crash or a bad disk leaves behind. Skipped only for a file
    // exactly as our last clean close left it, checked within the week (see integrityCheckCanBeSkipped).
    IntegrityState integrity = readIntegrityState(path);
    if (skipCheck) {
        qCDebug(lcStorage) << "integrity check skipped:" << path << "is as the last clean close left it";
    } else {
        const QVariant check = pragmaValue(sql(), u"PRAGMA quick_check"_s, &error);
        if (!check.isValid() || check.toString() != "ok"_L1) {
            const QString why = check.isValid() ? check.toString() : error.text();
            if (mayRecover && (check.isValid() || isCorruption(error))) {
                return recover(targetVersion, why);
            }
            return inaccessible(why);
        }
        integrity.checkedAtSecs = QDateTime::currentSecsSinceEpoch();
    }
    // From now on the file is in use: only a clean close stamps it again.
    integrity.closed.reset();
    writeIntegrityState(path, integrity);

    QString problem;
    if (!applyPragmas(&problem)) {
        OpenResult r;
        r.status = Status::Failed;
        r.detail = problem;
        r.message = QCoreApplication::translate("balcony", "Cannot open the database %1: %2")
                        .arg(QDir::toNativeSeparators(path), problem);
        return r;
    }

    const bool ok = upgradeSchema(diskVersion, targetVersion, &problem);
    OpenResult r;
    r.previousVersion = diskVersion;
    if (!ok) {
        r.status = Status::Failed;
        r.version = pragmaValue(sql(), u"PRAGMA user_version"_s, &error).toInt();
        r.detail = problem;
        r.message = QCoreApplication::translate(
            "balcony", "Could not update the database %1 to the current format; it was left as it was. %2")
                        .arg(QDir::toNativeSeparators(path), problem);
        return r;
    }
    r.status = created ? Status::Created : Status::Opened;
    r.version = pragmaValue(sql(), u"PRAGMA user_version"_s, &error).toInt();
    return r;
}

Database::OpenResult Database::recover(int targetVersion, const QString &why)
{
    closeConnection();
    qCWarning(lcStorage) << "database" << filePath() << "is corrupt:" << why;
    QString movedTo;
    QString error;
    if (!moveAside(&movedTo, &error)) {
        OpenResult r;
        r.status = Status::Failed;
        r.detail = why + u"; "_s + error;
        r.message = QCoreApplication::translate(
            "balcony", "The database %1 is damaged and could not be moved aside (%2). Nothing was changed.")
                        .arg(QDir::toNativeSeparators(filePath()), error);
        return r;
    }
    OpenResult r = openConnection(targetVersion, false);
    if (!r.isOpen()) {
        return r;
    }
    r.status = Status::Recovered;
    r.movedAsidePath = movedTo;
    r.detail = why;
    r.message = QCoreApplication::translate("balcony",
        "The database %1 was damaged and could not be read. It was kept as %2 and a new database was "
        "created; contacts and server information will be fetched again from the server.")
                    .arg(QDir::toNativeSeparators(filePath()), QDir::toNativeSeparators(movedTo));
    qCWarning(lcStorage) << "moved the corrupt database to" << movedTo << "and created a new one";
    return r;
}

bool Database::moveAside(QString *movedTo, QString *error)
{
    const QString path = filePath();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString target = path + u".corrupt-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + u"-wal"_s); ++n) {
        target = path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    }
    QFile file(path);
    if (!file.rename(target)) {
        *error = file.errorString();
        return false;
    }
    // The -wal file belongs to the old database: a new database must not pick it up, and the old one needs
    // it to be read (SQLite finds "<name>-wal" next to "<name>"). The -shm file is only an index of it.
    for (const QLatin1StringView suffix : { "-wal"_L1, "-shm"_L1 }) {
        if (!QFileInfo::exists(path + suffix)) {
            continue;
        }
        QFile side(path + suffix);
        if (!side.rename(target + suffix)) {
            *error = side.errorString();
            QFile::rename(target, path); // back to where it was: leave nothing half-moved
            return false;
        }
    }
    *movedTo = target;
    return true;
}

bool Database::applyPragmas(QString *error)
{
    const QSqlDatabase db = sql();
    // Settings of this connection (all but journal_mode are per connection, so they are set on every open);
    // each is read back because SQLite ignores a pragma it cannot apply without an error.
    struct Setting {
        QString set;
        QString get;
        QVariant expected;
    };
    const Setting settings[] = {
        // Deleted rows are overwritten with zeros: later stores keep session keys here (XEP-0116/0187).
        { u"PRAGMA secure_delete = ON"_s, u"PRAGMA secure_delete"_s, 1 },
        { u"PRAGMA foreign_keys = ON"_s, u"PRAGMA foreign_keys"_s, 1 },
        // Readers never block the writer; NORMAL is durable across application crashes in WAL mode and
        // only risks the last transactions on power loss, which a cache refetches.
        { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA journal_mode"_s, u"wal"_s },
        { u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA synchronous"_s, 1 },
        // A page cache of up to 32 MiB (the default is 2 MiB): a XEP-0313 catch-up batch dirties index pages
        // all over a large history, and a small cache writes them to the WAL many times before the commit.
        { u"PRAGMA cache_size = -32768"_s, u"PRAGMA cache_size"_s, -32768 },
        // Statement journals (every INSERT that fires the FTS5 trigger inside a larger transaction has one)
        // and temporary sort tables in memory: in a file they cost one write per page touched, twice the
        // time of the inserts themselves.
        { u"PRAGMA temp_store = MEMORY"_s, u"PRAGMA temp_store"_s, 2 },
    };
    for (const Setting &setting : settings) {
        QSqlQuery query(db);
        // Switching to WAL needs a moment of exclusive access, and SQLite answers SQLITE_BUSY at once instead
        // of waiting through the busy timeout when another connection (a second process opening the same
        // profile) holds a lock: retry for as long as that timeout would have waited.
        QDeadlineTimer busyDeadline(5000);
        bool applied = query.exec(setting.set);
        while (!applied && query.lastError().nativeErrorCode() == "5"_L1 && !busyDeadline.hasExpired()) {
            QThread::msleep(10);
            applied = query.exec(setting.set);
        }
        if (!applied) {
            *error = setting.set + u": "_s + query.lastError().text();
            return false;
        }
        query.finish();
        QSqlError sqlError;
        const QVariant value = pragmaValue(db, setting.get, &sqlError);
        if (value.toString().compare(setting.expected.toString(), Qt::CaseInsensitive) != 0) {
            *error = QCoreApplication::translate("balcony", "%1 did not take effect (%2)")
                         .arg(setting.set, value.toString());
            return false;
        }
    }
    return true;
}

bool Database::upgradeSchema(int diskVersion, int targetVersion, QString *error)
{
    int current = diskVersion;
    while (current < targetVersion) {
        int found = current;
        StepResult step = StepResult::Failed;
        if (current == 0 && !m_freshSchema.isEmpty() && targetVersion >= knownVersion()) {
            step = runStep(m_freshSchema, 0, knownVersion(), &found, error);
            if (step == StepResult::Applied) {
                current = knownVersion();
            }
        } else {
            // An older target than the latest only exists as a step of the migration list (tests build old
            // databases this way), so a new file below the latest version is built step by step too.
            const auto next = std::find_if(m_migrations.cbegin(), m_migrations.cend(),
                [&](const Migration &migration) { return migration.version > current; });
            if (next == m_migrations.cend() || next->version > targetVersion) {
                return true;
            }
            step = runStep(next->statements, current, next->version, &found, error);
            if (step == StepResult::Applied) {
                qCDebug(lcStorage) << "migrated" << filePath() << "to schema version" << next->version;
                current = next->version;
            }
        }
        if (step == StepResult::Failed) {
            return false;
        }
        if (step == StepResult::Concurrent) {
            qCDebug(lcStorage) << filePath() << "was brought to schema version" << found << "by another connection";
            current = found;
        }
    }
    return true;
}

Database::StepResult Database::runStep(
    const QStringList &statements, int fromVersion, int version, int *foundVersion, QString *error)
{
    QSqlDatabase db = sql();
    QSqlQuery query(db);
    // IMMEDIATE takes the write lock at once (waiting up to the busy timeout for another writer), so the
    // version read below cannot change before this transaction commits.
    if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = QCoreApplication::translate("balcony", "schema version %1: %2")
                     .arg(version)
                     .arg(query.lastError().text());
        return StepResult::Failed;
    }
    const auto fail = [&](const QString &why) {
        *error = QCoreApplication::translate("balcony", "schema version %1: %2").arg(version).arg(why);
        query.finish();
        query.exec(u"ROLLBACK"_s);
        return StepResult::Failed;
    };
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return fail(query.lastError().text());
    }
    *foundVersion = query.value(0).toInt();
    if (*foundVersion != fromVersion) {
        query.finish();
        query.exec(u"ROLLBACK"_s);
        return StepResult::Concurrent;
    }
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            return fail(query.lastError().text());
        }
    }
    // user_version lives in the database header, which is part of the transaction: the version and the
    // schema change commit or roll back together.
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version))) {
        return fail(query.lastError().text());
    }
    query.finish();
    if (!query.exec(u"COMMIT"_s)) {
        return fail(query.lastError().text());
    }
    return StepResult::Applied;
}

bool Database::transaction(const std::function<bool()> &work, Lock lock)
{
    if (!isOpen()) {
        return false;
    }
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const bool ok = work();
        --m_transactionDepth;
        if (!ok) {
            m_transactionFailed = true;
        }
        return ok;
    }
    QSqlDatabase db = sql();
    {
        QSqlQuery begin(db);
        if (!begin.exec(lock == Lock::Write ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s)) {
            qCWarning(lcStorage) << "BEGIN failed:" << begin.lastError().text();
            return false;
        }
    }
    m_transactionDepth = 1;
    m_transactionFailed = false;
    const bool ok = work() && !m_transactionFailed;
    m_transactionDepth = 0;
    m_transactionFailed = false;
    if (ok) {
        if (db.commit()) {
            return true;
        }
        qCWarning(lcStorage) << "COMMIT failed:" << db.lastError().text();
    }
    if (!db.rollback()) {
        qCWarning(lcStorage) << "ROLLBACK failed:" << db.lastError().text();
    }
    return false;
}

QStringList Database::schemaDump(const QSqlDatabase &db)
{
    QStringList result;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'index', 'trigger', 'view') "
                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql IS NOT NULL"_s)) {
        qCWarning(lcStorage) << "schema dump failed:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        result.append(query.value(0).toString() + u' ' + query.value(1).toString() + u": "_s
            + normaliseSql(query.value(2).toString()));
    }
    result.sort();
    return result;
}

} // namespace balcony
