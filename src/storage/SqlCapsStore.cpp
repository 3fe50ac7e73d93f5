#include "storage/SqlCapsStore.h"

#include "storage/Database.h"
#include "storage/ElementXml.h"
#include "storage/StorageLog.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

constexpr auto discoInfoNs = u"http://jabber.org/protocol/disco#info";

bool run(QSqlQuery &query, const char *what)
{
    return execLogged(query, "caps store:", what);
}

} // namespace

SqlCapsStore::SqlCapsStore(Database &database)
    : m_db(database)
{
}

const QSet<QPair<QString, QString>> &SqlCapsStore::knownInfos()
{
    static const QSet<QPair<QString, QString>> none;
    if (!m_db.isOpen()) {
        return none;
    }
    if (!m_known) {
        QSqlQuery query(m_db.sql());
        query.setForwardOnly(true);
        if (!query.prepare(u"SELECT hash, ver FROM caps_info"_s) || !run(query, "listing caps_info")) {
            return none; // read again next time
        }
        m_known.emplace();
        while (query.next()) {
            m_known->insert(qMakePair(query.value(0).toString(), query.value(1).toString()));
        }
    }
    return *m_known;
}

Element SqlCapsStore::discoInfo(const QString &hash, const QString &ver)
{
    if (!m_db.isOpen() || !knownInfos().contains(qMakePair(hash, ver))) {
        return {};
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT info FROM caps_info WHERE hash = ? AND ver = ?"_s);
    query.addBindValue(hash);
    query.addBindValue(ver);
    if (!run(query, "reading caps_info") || !query.next()) {
        return {};
    }
    return elementFromXml(query.value(0).toString());
}

void SqlCapsStore::storeDiscoInfo(const QString &hash, const QString &ver, const Element &info)
{
    if (info.isNull() || hash.isEmpty() || ver.isEmpty()) {
        qCWarning(lcStorage) << "caps store: refusing to store an empty disco#info for" << hash << ver;
        return;
    }
    const std::optional<QString> xml = elementToXml(info);
    if (!xml) {
        return;
    }
    // Distinct features: the same var twice would make the hash invalid anyway (XEP-0115 §5.4 step 3.4),
    // but a duplicate must not fail the primary key.
    QSet<QString> features;
    for (const Element &feature : info.children(u"feature", discoInfoNs)) {
        const QString var = feature.attribute(u"var");
        if (!var.isEmpty()) {
            features.insert(var);
        }
    }
    if (m_db.transaction([&] {
            // ON DELETE CASCADE removes the old feature rows.
            QSqlQuery remove(m_db.sql());
            remove.prepare(u"DELETE FROM caps_info WHERE hash = ? AND ver = ?"_s);
            remove.addBindValue(hash);
            remove.addBindValue(ver);
            if (!run(remove, "deleting caps_info")) {
                return false;
            }
            QSqlQuery insert(m_db.sql());
            insert.prepare(u"INSERT INTO caps_info (hash, ver, info) VALUES (?, ?, ?)"_s);
            insert.addBindValue(hash);
            insert.addBindValue(ver);
            insert.addBindValue(*xml);
            if (!run(insert, "inserting caps_info")) {
                return false;
            }
            QSqlQuery insertFeature(m_db.sql());
            insertFeature.prepare(u"INSERT INTO caps_feature (hash, ver, feature) VALUES (?, ?, ?)"_s);
            for (const QString &feature : std::as_const(features)) {
                insertFeature.bindValue(0, hash);
                insertFeature.bindValue(1, ver);
                insertFeature.bindValue(2, feature);
                if (!run(insertFeature, "inserting caps_feature")) {
                    return false;
                }
            }
            return true;
        })
        && m_known) {
        m_known->insert(qMakePair(hash, ver));
    }
    pruneInfos();
}

int SqlCapsStore::count(const QString &table)
{
    if (!m_db.isOpen()) {
        return 0;
    }
    QSqlQuery query(m_db.sql());
    if (!query.prepare(u"SELECT COUNT(*) FROM "_s + table) || !run(query, "counting rows") || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

int SqlCapsStore::infoCount()
{
    return count(u"caps_info"_s);
}

int SqlCapsStore::entityCount()
{
    return count(u"caps_entity"_s);
}

void SqlCapsStore::pruneInfos()
{
    const int excess = infoCount() - std::max(1, m_limits.infos);
    if (excess <= 0) {
        return;
    }
    // Results nobody's last announcement refers to first (a stranger's, an old version of a client), then
    // those whose latest announcement is the oldest. caps_feature rows go with them (ON DELETE CASCADE).
    m_known.reset(); // read again when next needed
    m_db.transaction([&] {
        QSqlQuery unused(m_db.sql());
        unused.prepare(u"DELETE FROM caps_info WHERE (hash, ver) IN (SELECT i.hash, i.ver FROM caps_info i "
                       "WHERE NOT EXISTS (SELECT 1 FROM caps_entity e WHERE e.hash = i.hash AND e.ver = i.ver) "
                       "LIMIT ?)"_s);
        unused.addBindValue(excess);
        if (!run(unused, "pruning unused caps_info")) {
            return false;
        }
        const int left = excess - unused.numRowsAffected();
        if (left <= 0) {
            return true;
        }
        QSqlQuery oldest(m_db.sql());
        oldest.prepare(u"DELETE FROM caps_info WHERE (hash, ver) IN (SELECT hash, ver FROM caps_entity "
                       "GROUP BY hash, ver ORDER BY MAX(updated) LIMIT ?)"_s);
        oldest.addBindValue(left);
        return run(oldest, "pruning old caps_info");
    });
}

void SqlCapsStore::pruneEntities()
{
    m_announcementsSinceCheck = 0;
    const int bound = std::max(1, m_limits.entities);
    const int excess = entityCount() - bound;
    if (excess <= 0) {
        return;
    }
    // A tenth more than the excess, so that the next prune is a while away.
    const int remove = excess + bound / 10;
    m_db.transaction([&] {
        QSqlQuery query(m_db.sql());
        query.prepare(u"DELETE FROM caps_entity WHERE entity IN "
                      "(SELECT entity FROM caps_entity ORDER BY updated LIMIT ?)"_s);
        query.addBindValue(remove);
        return run(query, "pruning caps_entity");
    });
}

std::optional<CapsAnnouncement> SqlCapsStore::announcement(const Jid &entity)
{
    if (!m_db.isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT hash, node, ver FROM caps_entity WHERE entity = ?"_s);
    query.addBindValue(entity.toString());
    if (!run(query, "reading caps_entity") || !query.next()) {
        return std::nullopt;
    }
    return CapsAnnouncement { query.value(0).toString(), query.value(1).toString(), query.value(2).toString() };
}

void SqlCapsStore::storeAnnouncement(const Jid &entity, const CapsAnnouncement &caps)
{
    if (entity.isNull()) {
        return;
    }
    m_db.transaction([&] {
        QSqlQuery query(m_db.sql());
        query.prepare(u"INSERT OR REPLACE INTO caps_entity (entity, hash, node, ver, updated) "
                      "VALUES (?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?)"_s);
        query.addBindValue(entity.toString());
        query.addBindValue(caps.hash);
        query.addBindValue(caps.node);
        query.addBindValue(caps.ver);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        return run(query, "writing caps_entity");
    });
    // Counted every so many writes: at most an eighth of the bound (and 256) above it between two checks.
    const int checkInterval = std::clamp(m_limits.entities / 8, 1, 256);
    if (m_announcementsSinceCheck < 0 || ++m_announcementsSinceCheck >= checkInterval) {
        pruneEntities();
    }
}

void SqlCapsStore::storeAnnouncements(const QList<std::pair<Jid, CapsAnnouncement>> &announcements)
{
    m_db.transaction([&] {
        for (const auto &[entity, caps] : announcements) {
            storeAnnouncement(entity, caps);
        }
        return true;
    });
}

QList<QPair<QString, QString>> SqlCapsStore::hashesWithFeature(const QString &feature)
{
    QList<QPair<QString, QString>> result;
    if (!m_db.isOpen()) {
        return result;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT hash, ver FROM caps_feature WHERE feature = ? ORDER BY hash, ver"_s);
    query.addBindValue(feature);
    if (!run(query, "reading caps_feature")) {
        return result;
    }
    while (query.next()) {
        result.append(qMakePair(query.value(0).toString(), query.value(1).toString()));
    }
    return result;
}

QList<Jid> SqlCapsStore::entitiesWithFeature(const QString &feature)
{
    QList<Jid> result;
    if (!m_db.isOpen()) {
        return result;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT e.entity FROM caps_feature f JOIN caps_entity e ON e.hash = f.hash AND e.ver = f.ver "
                  "WHERE f.feature = ? ORDER BY e.entity"_s);
    query.addBindValue(feature);
    if (!run(query, "reading caps_entity")) {
        return result;
    }
    while (query.next()) {
        if (const std::optional<Jid> jid = Jid::parse(query.value(0).toString())) {
            result.append(*jid);
        }
    }
    return result;
}

} // namespace balcony
