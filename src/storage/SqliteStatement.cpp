#include "storage/SqliteStatement.h"

#include "storage/StorageLog.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

// Whether the driver's SQLite is the library linked here: a Qt build with a bundled SQLite in its plugin
// hands out handles of another copy of the library, and using those here would corrupt memory. The source
// id names the exact SQLite build, so a bundled copy of another release is refused; a bundled copy of the
// very same release is not told apart (the supported build, Debian's libqt6sql6-sqlite, links the system
// libsqlite3, as does this binary). Checked once: the plugin is the same for every connection.
bool sameLibrary(const QSqlDatabase &db)
{
    // 0 = not checked yet, 1 = same library, 2 = different
    static std::atomic<int> verdict { 0 };
    const int known = verdict.load();
    if (known != 0) {
        return known == 1;
    }
    QSqlQuery query(db);
    const bool same = query.exec(u"SELECT sqlite_source_id()"_s) && query.next()
        && query.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
    if (!same) {
        qCWarning(lcStorage) << "the QSQLITE driver uses another SQLite library than the one Balcony links:"
                             << query.value(0).toString() << "vs" << sqlite3_sourceid();
    }
    verdict.store(same ? 1 : 2);
    return same;
}

} // namespace

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3 *SqliteStatement::connection(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver()) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        qCWarning(lcStorage) << "not a QSQLITE connection:" << handle.typeName();
        return nullptr;
    }
    sqlite3 *const connection = *static_cast<sqlite3 *const *>(handle.constData());
    return connection && sameLibrary(db) ? connection : nullptr;
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql, const char *what)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = db;
    m_what = what;
    m_failed = false;
    if (!db) {
        return false;
    }
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        qCWarning(lcStorage) << "history store: prepare failed:" << sqlite3_errmsg(db) << sql;
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    m_text.assign(size_t(sqlite3_bind_parameter_count(m_statement)) + 1, QByteArray());
    return true;
}

void SqliteStatement::holdText(int index, QByteArray bytes)
{
    // SQLITE_STATIC: SQLite reads the buffer when the statement runs; it stays in m_text until rebound.
    sqlite3_bind_text(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    m_text[size_t(index)] = std::move(bytes);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    if (text.isNull()) {
        bindNull(index);
    } else {
        holdText(index, text.toUtf8());
    }
}

void SqliteStatement::bindNullableText(int index, const QString &text)
{
    if (text.isEmpty()) {
        bindNull(index);
    } else {
        holdText(index, text.toUtf8());
    }
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::step()
{
    m_failed = false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_failed = true;
        qCWarning(lcStorage) << "history store:" << m_what << "failed:" << sqlite3_errmsg(m_db);
    }
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

bool SqliteStatement::exec()
{
    if (!m_statement) {
        return false;
    }
    while (step()) { }
    reset();
    return !m_failed;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace balcony
