#pragma once

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace balcony {

// "balcony.storage": SQL errors of the database and its stores (a store failure is logged, never thrown).
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

// Executes a prepared query; a failure is logged as "<store>: <what> failed: <SQL error>" and returns false.
inline bool execLogged(QSqlQuery &query, const char *store, const char *what)
{
    if (query.exec()) {
        return true;
    }
    qCWarning(lcStorage) << store << what << "failed:" << query.lastError().text();
    return false;
}

} // namespace balcony
