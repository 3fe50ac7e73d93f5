#include "storage/SqlConnectionCache.h"

#include "storage/Database.h"
#include "storage/ElementXml.h"
#include "storage/StorageLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

bool run(QSqlQuery &query, const char *what)
{
    return execLogged(query, "connection cache:", what);
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFromValue(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// NULL for a null element (e.g. no plain-stream features with direct TLS).
QVariant featuresValue(const Element &features)
{
    if (features.isNull()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    const std::optional<QString> xml = elementToXml(features);
    return xml ? QVariant(*xml) : QVariant(QMetaType::fromType<QString>());
}

QString addressesText(const QList<QHostAddress> &addresses)
{
    QStringList parts;
    parts.reserve(addresses.size());
    for (const QHostAddress &address : addresses) {
        parts.append(address.toString());
    }
    return parts.join(u' ');
}

QList<QHostAddress> addressesFromText(const QString &text)
{
    QList<QHostAddress> addresses;
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QHostAddress address(part);
        if (!address.isNull()) {
            addresses.append(address);
        }
    }
    return addresses;
}

} // namespace

SqlConnectionCache::SqlConnectionCache(Database &database)
    : m_db(database)
{
}

std::optional<CachedDns> SqlConnectionCache::dns(const QString &domain)
{
    std::optional<CachedDns> result;
    // One read transaction: the expiry and the targets come from the same snapshot.
    m_db.transaction([&] {
        QSqlQuery query(m_db.sql());
        query.prepare(u"SELECT expires FROM dns_domain WHERE domain = ?"_s);
        query.addBindValue(domain);
        if (!run(query, "reading dns_domain")) {
            return false;
        }
        if (!query.next()) {
            return true; // not cached
        }
        CachedDns dns;
        dns.expires = timeFromValue(query.value(0));
        QSqlQuery targets(m_db.sql());
        targets.prepare(
            u"SELECT host, port, direct_tls, addresses FROM dns_target WHERE domain = ? ORDER BY position"_s);
        targets.addBindValue(domain);
        if (!run(targets, "reading dns_target")) {
            return false;
        }
        while (targets.next()) {
            CachedTarget target;
            target.host = targets.value(0).toString();
            target.port = quint16(targets.value(1).toUInt());
            target.directTls = targets.value(2).toBool();
            target.addresses = addressesFromText(targets.value(3).toString());
            dns.targets.append(target);
        }
        result = dns;
        return true;
    });
    return result;
}

void SqlConnectionCache::storeDns(const QString &domain, const CachedDns &dns)
{
    m_db.transaction([&] {
        // ON DELETE CASCADE removes the old targets.
        QSqlQuery remove(m_db.sql());
        remove.prepare(u"DELETE FROM dns_domain WHERE domain = ?"_s);
        remove.addBindValue(domain);
        if (!run(remove, "deleting dns_domain")) {
            return false;
        }
        QSqlQuery insertDomain(m_db.sql());
        insertDomain.prepare(u"INSERT INTO dns_domain (domain, expires) VALUES (?, ?)"_s);
        insertDomain.addBindValue(domain);
        insertDomain.addBindValue(timeValue(dns.expires));
        if (!run(insertDomain, "inserting dns_domain")) {
            return false;
        }
        QSqlQuery query(m_db.sql());
        query.prepare(u"INSERT INTO dns_target (domain, position, host, port, direct_tls, addresses) "
                      "VALUES (?, ?, COALESCE(?, ''), ?, ?, COALESCE(?, ''))"_s);
        for (qsizetype i = 0; i < dns.targets.size(); ++i) {
            const CachedTarget &target = dns.targets.at(i);
            query.bindValue(0, domain);
            query.bindValue(1, qint64(i));
            query.bindValue(2, target.host);
            query.bindValue(3, int(target.port));
            query.bindValue(4, target.directTls);
            query.bindValue(5, addressesText(target.addresses));
            if (!run(query, "inserting dns_target")) {
                return false;
            }
        }
        return true;
    });
}

void SqlConnectionCache::forgetDns(const QString &domain)
{
    m_db.transaction([&] {
        QSqlQuery query(m_db.sql());
        query.prepare(u"DELETE FROM dns_domain WHERE domain = ?"_s);
        query.addBindValue(domain);
        return run(query, "deleting dns_domain");
    });
}

ServerProfile SqlConnectionCache::serverProfile(const QString &domain)
{
    ServerProfile profile;
    if (!m_db.isOpen()) {
        return profile;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT tls_features, sasl_features, session_features, last_host, last_port, last_direct_tls, "
                  "updated FROM server_profile WHERE domain = ?"_s);
    query.addBindValue(domain);
    if (!run(query, "reading server_profile") || !query.next()) {
        return profile;
    }
    profile.tlsFeatures = elementFromXml(query.value(0).toString());
    profile.saslFeatures = elementFromXml(query.value(1).toString());
    profile.sessionFeatures = elementFromXml(query.value(2).toString());
    profile.lastHost = query.value(3).toString();
    profile.lastPort = quint16(query.value(4).toUInt());
    profile.lastDirectTls = query.value(5).toBool();
    profile.updated = timeFromValue(query.value(6));
    return profile;
}

void SqlConnectionCache::storeServerProfile(const QString &domain, const ServerProfile &profile)
{
    m_db.transaction([&] {
        QSqlQuery query(m_db.sql());
        query.prepare(
            u"INSERT OR REPLACE INTO server_profile (domain, tls_features, sasl_features, session_features, "
            "last_host, last_port, last_direct_tls, updated) VALUES (?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?)"_s);
        query.addBindValue(domain);
        query.addBindValue(featuresValue(profile.tlsFeatures));
        query.addBindValue(featuresValue(profile.saslFeatures));
        query.addBindValue(featuresValue(profile.sessionFeatures));
        query.addBindValue(profile.lastHost);
        query.addBindValue(int(profile.lastPort));
        query.addBindValue(profile.lastDirectTls);
        query.addBindValue(timeValue(profile.updated));
        return run(query, "writing server_profile");
    });
}

std::optional<CachedHttpEndpoints> SqlConnectionCache::httpEndpoints(const QString &domain)
{
    if (!m_db.isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT expires FROM http_domain WHERE domain = ?"_s);
    query.addBindValue(domain);
    if (!run(query, "reading http_domain") || !query.next()) {
        return std::nullopt;
    }
    CachedHttpEndpoints endpoints;
    endpoints.expires = timeFromValue(query.value(0));
    QSqlQuery rows(m_db.sql());
    rows.prepare(u"SELECT binding, url FROM http_endpoint WHERE domain = ? ORDER BY binding, position"_s);
    rows.addBindValue(domain);
    if (!run(rows, "reading http_endpoint")) {
        return std::nullopt;
    }
    while (rows.next()) {
        const QUrl url(rows.value(1).toString(), QUrl::StrictMode);
        if (!url.isValid()) {
            continue;
        }
        (rows.value(0).toInt() == 0 ? endpoints.bosh : endpoints.websocket).append(url);
    }
    return endpoints;
}

void SqlConnectionCache::storeHttpEndpoints(const QString &domain, const CachedHttpEndpoints &endpoints)
{
    m_db.transaction([&] {
        QSqlQuery remove(m_db.sql());
        remove.prepare(u"DELETE FROM http_domain WHERE domain = ?"_s);
        remove.addBindValue(domain);
        if (!run(remove, "deleting http_domain")) {
            return false;
        }
        QSqlQuery insertDomain(m_db.sql());
        insertDomain.prepare(u"INSERT INTO http_domain (domain, expires) VALUES (?, ?)"_s);
        insertDomain.addBindValue(domain);
        insertDomain.addBindValue(timeValue(endpoints.expires));
        if (!run(insertDomain, "inserting http_domain")) {
            return false;
        }
        QSqlQuery query(m_db.sql());
        query.prepare(u"INSERT INTO http_endpoint (domain, binding, position, url) VALUES (?, ?, ?, ?)"_s);
        const QList<QUrl> *lists[] = { &endpoints.bosh, &endpoints.websocket };
        for (int binding = 0; binding < 2; ++binding) {
            for (qsizetype i = 0; i < lists[binding]->size(); ++i) {
                query.addBindValue(domain);
                query.addBindValue(binding);
                query.addBindValue(int(i));
                query.addBindValue(lists[binding]->at(i).toString(QUrl::FullyEncoded));
                if (!run(query, "inserting http_endpoint")) {
                    return false;
                }
            }
        }
        return true;
    });
}

void SqlConnectionCache::forgetHttpEndpoints(const QString &domain)
{
    m_db.transaction([&] {
        QSqlQuery query(m_db.sql());
        query.prepare(u"DELETE FROM http_domain WHERE domain = ?"_s);
        query.addBindValue(domain);
        return run(query, "deleting http_domain");
    });
}

} // namespace balcony
