#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace balcony {

// A prepared statement run through the SQLite C API on the connection that Qt's QSQLITE driver opened, for
// the hot paths of the stores (archive catch-up writes thousands of rows per second). QSqlQuery costs
// about 2 us per bound value (QSqlResult::bindValue builds a ":N" placeholder name and hashes it) and
// binds text as UTF-16, which SQLite then converts for a UTF-8 database; here a value is bound by
// position, as UTF-8, without a QVariant. It shares the connection and so the transaction of the Database.
//
// Requires the QSQLITE driver to use the same SQLite library this binary links (Debian's
// libqt6sql6-sqlite links the system libsqlite3): connection() checks that and returns nullptr otherwise.
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The sqlite3 handle of `db`, or nullptr (logged) if it is not an open QSQLITE connection served by the
    // SQLite library linked into this binary.
    static sqlite3 *connection(const QSqlDatabase &db);

    // Prepares `sql` (logged on failure, with `what`).
    bool prepare(sqlite3 *db, const char *sql, const char *what);
    bool isPrepared() const { return m_statement != nullptr; }

    // Parameters count from 1, as in SQLite. A null QString binds NULL, any other (even empty) text.
    void bindText(int index, const QString &text);
    // NULL for an empty string.
    void bindNullableText(int index, const QString &text);
    void bindInt(int index, qint64 value);
    void bindNull(int index);

    // Runs the statement to its first row (true, read it with the column functions) or to its end (false,
    // check failed()); reset() makes it ready for new bindings.
    bool step();
    bool failed() const { return m_failed; }
    void reset();
    // Runs a statement that returns no rows and resets it; false (logged) on an error.
    bool exec();

    bool isNull(int column) const;
    qint64 columnInt(int column) const;

    // Rows changed by the last exec() (INSERT OR IGNORE: 0 when the row was ignored) and the rowid it created.
    int changes() const;
    qint64 lastInsertId() const;

private:
    void holdText(int index, QByteArray bytes);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    const char *m_what = "";
    bool m_failed = false;
    std::vector<QByteArray> m_text; // bound UTF-8 values, alive until rebound (SQLITE_STATIC)
};

} // namespace balcony
