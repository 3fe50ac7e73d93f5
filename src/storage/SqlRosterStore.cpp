#include "storage/SqlRosterStore.h"

#include "storage/Database.h"
#include "storage/StorageLog.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

bool run(QSqlQuery &query, const char *what)
{
    return execLogged(query, "roster store:", what);
}

bool writeVersion(const QSqlDatabase &db, const QString &version)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO roster_meta (id, version) VALUES (1, COALESCE(?, '')) "
                  "ON CONFLICT (id) DO UPDATE SET version = excluded.version"_s);
    query.addBindValue(version);
    return run(query, "writing roster_meta");
}

// Prepared once per transaction and reused for every item: replaceAll() of a 5,000-item roster is one
// transaction with two statements compiled once.
class ItemWriter {
public:
    explicit ItemWriter(const QSqlDatabase &db)
        : m_item(db)
        , m_clearGroups(db)
        , m_group(db)
    {
        m_ok = m_item.prepare(u"INSERT INTO roster_item (jid, name, subscription, ask, approved) VALUES (?, "
                              u"COALESCE(?, ''), ?, ?, ?) "
                              "ON CONFLICT (jid) DO UPDATE SET name = excluded.name, subscription = "
                              "excluded.subscription, ask = excluded.ask, approved = excluded.approved"_s)
            && m_clearGroups.prepare(u"DELETE FROM roster_group WHERE jid = ?"_s)
            && m_group.prepare(u"INSERT OR IGNORE INTO roster_group (jid, name) VALUES (?, ?)"_s);
        if (!m_ok) {
            qCWarning(lcStorage) << "roster store: prepare failed:" << m_item.lastError().text()
                                 << m_clearGroups.lastError().text() << m_group.lastError().text();
        }
    }

    bool write(const RosterItem &item, bool replaceGroups)
    {
        if (!m_ok || item.jid.isNull()) {
            return false;
        }
        const QString jid = item.jid.toString();
        m_item.bindValue(0, jid);
        m_item.bindValue(1, item.name);
        m_item.bindValue(2, item.subscription);
        m_item.bindValue(3, item.askSubscribe);
        m_item.bindValue(4, item.approved);
        if (!run(m_item, "writing roster_item")) {
            return false;
        }
        if (replaceGroups) {
            m_clearGroups.bindValue(0, jid);
            if (!run(m_clearGroups, "clearing roster_group")) {
                return false;
            }
        }
        for (const QString &group : item.groups) {
            m_group.bindValue(0, jid);
            m_group.bindValue(1, group);
            if (!run(m_group, "writing roster_group")) {
                return false;
            }
        }
        return true;
    }

private:
    QSqlQuery m_item;
    QSqlQuery m_clearGroups;
    QSqlQuery m_group;
    bool m_ok = false;
};

} // namespace

SqlRosterStore::SqlRosterStore(Database &database)
    : m_db(database)
{
}

QString SqlRosterStore::version()
{
    if (!m_db.isOpen()) {
        return {};
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT version FROM roster_meta WHERE id = 1"_s);
    if (!run(query, "reading roster_meta") || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

QList<RosterItem> SqlRosterStore::items()
{
    QList<RosterItem> result;
    m_db.transaction([&] {
        QSqlQuery itemQuery(m_db.sql());
        itemQuery.setForwardOnly(true);
        itemQuery.prepare(u"SELECT jid, name, subscription, ask, approved FROM roster_item"_s);
        if (!run(itemQuery, "reading roster_item")) {
            return false;
        }
        QHash<QString, qsizetype> index;
        while (itemQuery.next()) {
            const QString jidText = itemQuery.value(0).toString();
            const std::optional<Jid> jid = Jid::parse(jidText);
            if (!jid) {
                qCWarning(lcStorage) << "roster store: skipping an invalid stored JID" << jidText;
                continue;
            }
            RosterItem item;
            item.jid = *jid;
            item.name = itemQuery.value(1).toString();
            item.subscription = itemQuery.value(2).toString();
            item.askSubscribe = itemQuery.value(3).toBool();
            item.approved = itemQuery.value(4).toBool();
            index.insert(jidText, result.size());
            result.append(item);
        }
        QSqlQuery groupQuery(m_db.sql());
        groupQuery.setForwardOnly(true);
        groupQuery.prepare(u"SELECT jid, name FROM roster_group"_s);
        if (!run(groupQuery, "reading roster_group")) {
            result.clear();
            return false;
        }
        while (groupQuery.next()) {
            const auto it = index.constFind(groupQuery.value(0).toString());
            if (it != index.cend()) {
                result[*it].groups.append(groupQuery.value(1).toString());
            }
        }
        return true;
    });
    for (RosterItem &item : result) {
        std::sort(item.groups.begin(), item.groups.end());
    }
    std::sort(result.begin(), result.end(),
        [](const RosterItem &a, const RosterItem &b) { return a.jid.toString() < b.jid.toString(); });
    return result;
}

bool SqlRosterStore::replaceAll(const QList<RosterItem> &items, const QString &version)
{
    return m_db.transaction([&] {
        QSqlQuery clear(m_db.sql());
        clear.prepare(u"DELETE FROM roster_item"_s); // groups go with ON DELETE CASCADE
        if (!run(clear, "clearing roster_item") || !writeVersion(m_db.sql(), version)) {
            return false;
        }
        ItemWriter writer(m_db.sql());
        for (const RosterItem &item : items) {
            // The table is empty, so there are no old groups to clear.
            if (!writer.write(item, false)) {
                return false;
            }
        }
        return true;
    });
}

bool SqlRosterStore::applyPush(const RosterItem &item, bool remove, const QString &version)
{
    if (item.jid.isNull()) {
        return false;
    }
    return m_db.transaction([&] {
        if (!writeVersion(m_db.sql(), version)) {
            return false;
        }
        if (remove) {
            QSqlQuery query(m_db.sql());
            query.prepare(u"DELETE FROM roster_item WHERE jid = ?"_s);
            query.addBindValue(item.jid.toString());
            return run(query, "deleting roster_item");
        }
        ItemWriter writer(m_db.sql());
        return writer.write(item, true);
    });
}

} // namespace balcony
