#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace balcony {

// One SQLite database per profile (= per account): <profileDir>/balcony.sqlite, opened through QtSql's
// QSQLITE driver. Every store of the profile (roster, caps, connection cache, and later history, outbox and
// session keys) shares it.
//
// The schema grows through an ordered list of migrations; each runs in ONE transaction that also sets
// PRAGMA user_version, so a database is always exactly at one known version. A database written by a newer
// Balcony is refused untouched. A corrupt file is kept aside (never deleted) and replaced by a fresh one,
// and the caller learns that this happened so the user can be told.
//
// Like any QSqlDatabase connection, a Database and the stores on it are used from the thread that opened it.
class Database {
public:
    struct Migration {
        int version = 0; // the user_version after this migration; strictly increasing from 1
        QStringList statements;
    };

    enum class Status {
        NotOpen, // open() not called yet, or close() was called
        Opened, // an existing database, migrated to the current version if it was older
        Created, // a new database was created
        Recovered, // the old file was corrupt: kept aside as `movedAsidePath`, a fresh database was created
        TooNew, // written by a newer version of Balcony; left untouched
        Inaccessible, // the file or the directory cannot be read or written (permissions, missing disk)
        Failed, // anything else: a pragma did not take effect, a migration failed (and was rolled back)
    };

    struct OpenResult {
        Status status = Status::NotOpen;
        int previousVersion = 0; // user_version found on disk before migrating (0 for a new file)
        int version = 0; // user_version now
        QString movedAsidePath; // with Recovered: where the corrupt file was kept
        QString message; // translated, for the user; empty when nothing is worth saying
        QString detail; // the SQLite error text, for logs

        bool isOpen() const
        {
            return status == Status::Opened || status == Status::Created || status == Status::Recovered;
        }
    };

    static QString fileName() { return QStringLiteral("balcony.sqlite"); }
    // The migrations this build knows, in order: migrations()[i] turns version i into version i + 1.
    static const QList<Migration> &migrations();
    // The latest schema written directly (what a new profile gets, at latestVersion()). Kept separately from
    // the migrations, as a new database should not replay history; tst_database proves both agree.
    static const QStringList &freshSchema();
    static int latestVersion();

    explicit Database(const QString &profileDir);
    // For tests: a database with its own migration list; an empty `freshSchema` means new databases run
    // the whole migration list.
    Database(const QString &profileDir, const QList<Migration> &migrations, const QStringList &freshSchema = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating the directory and the file if needed), checks, and migrates to the latest version.
    OpenResult open();
    // A second connection to a profile database that open() (on another Database) already created and
    // migrated: no creation, no recovery, no migration; the same per-connection settings (applyPragmas()).
    // Status Failed unless the file is at latestVersion() of this build's migrations. For a worker thread:
    // call it from the thread that will use the connection (ThreadedArchiveStorage).
    OpenResult attach();
    // For tests: migrate only up to `targetVersion` (the "migrating equals fresh create" test builds an old
    // database this way).
    OpenResult open(int targetVersion);
    void close();

    bool isOpen() const;
    const OpenResult &lastOpenResult() const { return m_result; }
    QString filePath() const;
    // The connection the stores run their queries on (invalid when not open).
    QSqlDatabase sql() const;
    int schemaVersion() const;

    // Write: BEGIN IMMEDIATE, the write lock is taken at once (waiting through the busy timeout), so what the
    // work reads (a de-duplication lookup) is the latest committed state and stays so until COMMIT; with a
    // deferred BEGIN a read-then-write transaction fails with SQLITE_BUSY_SNAPSHOT when another connection
    // (the archive storage thread, another process) committed in between. Read: a deferred BEGIN for a
    // consistent snapshot of several reads, never waiting for a writer (WAL).
    enum class Lock { Write, Read };
    // Runs `work` in a transaction: commits if it returns true, rolls back (and returns false) otherwise or
    // if BEGIN/COMMIT fail. Nested calls join the outer transaction; a failing inner call makes the outer one
    // roll back too.
    bool transaction(const std::function<bool()> &work, Lock lock = Lock::Write);

    // The schema as sorted, whitespace-normalised CREATE statements of tables, indexes and triggers from
    // sqlite_master (internal sqlite_* objects excluded).
    static QStringList schemaDump(const QSqlDatabase &db);
    QStringList schemaDump() const { return schemaDump(sql()); }

private:
    OpenResult openConnection(int targetVersion, bool mayRecover);
    OpenResult recover(int targetVersion, const QString &why);
    bool moveAside(QString *movedTo, QString *error);
    bool applyPragmas(QString *error);
    // Brings the schema from `diskVersion` to `targetVersion`: the fresh schema for a new file (when the target
    // is the latest version), otherwise the migration steps in order. Each step runs under BEGIN IMMEDIATE and
    // re-reads user_version first, so a second process that created or migrated the file meanwhile is noticed
    // and continued from, not repeated.
    bool upgradeSchema(int diskVersion, int targetVersion, QString *error);
    enum class StepResult { Applied, Concurrent, Failed };
    // Runs `statements` and sets user_version = `version` in one write transaction if the file is still at
    // `fromVersion`; otherwise (Concurrent) changes nothing and reports the version found in *foundVersion.
    StepResult runStep(const QStringList &statements, int fromVersion, int version, int *foundVersion, QString *error);
    int knownVersion() const;
    void closeConnection();

    QString m_profileDir;
    QList<Migration> m_migrations;
    QStringList m_freshSchema;
    QString m_connectionName;
    OpenResult m_result;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
};

} // namespace balcony
