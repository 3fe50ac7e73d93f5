#include "storage/SqlSubscriptionRequestStore.h"

#include "storage/Database.h"
#include "storage/StorageLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

bool run(QSqlQuery &query, const char *what)
{
    return execLogged(query, "subscription requests:", what);
}

SubscriptionRequest requestFromQuery(const QSqlQuery &query)
{
    SubscriptionRequest r;
    r.from = Jid::parse(query.value(0).toString()).value_or(Jid());
    r.status = query.value(1).toString();
    r.received = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    return r;
}

} // namespace

SqlSubscriptionRequestStore::SqlSubscriptionRequestStore(Database &database)
    : m_db(database)
{
}

bool SqlSubscriptionRequestStore::add(const SubscriptionRequest &request)
{
    if (request.from.isNull()) {
        return false;
    }
    bool added = false;
    m_db.transaction([&] {
        QSqlQuery update(m_db.sql());
        update.prepare(u"UPDATE subscription_request SET status = COALESCE(?, '') WHERE jid = ?"_s);
        update.addBindValue(request.status);
        update.addBindValue(request.from.bareString());
        if (!run(update, "updating")) {
            return false;
        }
        if (update.numRowsAffected() > 0) {
            return true;
        }
        QSqlQuery insert(m_db.sql());
        insert.prepare(u"INSERT INTO subscription_request (jid, status, received) VALUES (?, COALESCE(?, ''), ?)"_s);
        insert.addBindValue(request.from.bareString());
        insert.addBindValue(request.status);
        insert.addBindValue(
            request.received.isValid() ? request.received.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
        added = run(insert, "inserting");
        return added;
    });
    return added;
}

bool SqlSubscriptionRequestStore::remove(const Jid &from)
{
    bool removed = false;
    m_db.transaction([&] {
        QSqlQuery query(m_db.sql());
        query.prepare(u"DELETE FROM subscription_request WHERE jid = ?"_s);
        query.addBindValue(from.bareString());
        if (!run(query, "deleting")) {
            return false;
        }
        removed = query.numRowsAffected() > 0;
        return true;
    });
    return removed;
}

std::optional<SubscriptionRequest> SqlSubscriptionRequestStore::request(const Jid &from)
{
    if (!m_db.isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT jid, status, received FROM subscription_request WHERE jid = ?"_s);
    query.addBindValue(from.bareString());
    if (!run(query, "reading") || !query.next()) {
        return std::nullopt;
    }
    return requestFromQuery(query);
}

QList<SubscriptionRequest> SqlSubscriptionRequestStore::requests()
{
    QList<SubscriptionRequest> result;
    if (!m_db.isOpen()) {
        return result;
    }
    QSqlQuery query(m_db.sql());
    query.setForwardOnly(true);
    query.prepare(u"SELECT jid, status, received FROM subscription_request ORDER BY received, jid"_s);
    if (!run(query, "listing")) {
        return result;
    }
    while (query.next()) {
        result.append(requestFromQuery(query));
    }
    return result;
}

int SqlSubscriptionRequestStore::count()
{
    if (!m_db.isOpen()) {
        return 0;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT COUNT(*) FROM subscription_request"_s);
    if (!run(query, "counting") || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

} // namespace balcony
