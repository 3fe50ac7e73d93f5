#include "storage/SqlAvatarStore.h"

#include "storage/Database.h"
#include "storage/StorageLog.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

bool run(QSqlQuery &query, const char *what)
{
    return execLogged(query, "avatar store:", what);
}

} // namespace

SqlAvatarStore::SqlAvatarStore(Database &database)
    : m_db(database)
{
}

bool SqlAvatarStore::hasAvatar(const QString &hash)
{
    if (!m_db.isOpen()) {
        return false;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT 1 FROM avatar WHERE hash = ?"_s);
    query.addBindValue(hash);
    return run(query, "looking up an avatar") && query.next();
}

std::optional<AvatarRecord> SqlAvatarStore::avatar(const QString &hash)
{
    if (!m_db.isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db.sql());
    query.setForwardOnly(true);
    query.prepare(u"SELECT type, width, height, data FROM avatar WHERE hash = ?"_s);
    query.addBindValue(hash);
    if (!run(query, "reading an avatar") || !query.next()) {
        return std::nullopt;
    }
    AvatarRecord record;
    record.hash = hash;
    record.type = query.value(0).toString();
    record.width = query.value(1).toInt();
    record.height = query.value(2).toInt();
    record.data = query.value(3).toByteArray();
    return record;
}

void SqlAvatarStore::storeAvatar(const AvatarRecord &record)
{
    if (!m_db.isOpen() || record.hash.isEmpty()) {
        return;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"INSERT OR REPLACE INTO avatar (hash, type, width, height, data) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(record.hash);
    query.addBindValue(record.type);
    query.addBindValue(record.width);
    query.addBindValue(record.height);
    query.addBindValue(record.data);
    run(query, "storing an avatar");
}

std::optional<ContactAvatar> SqlAvatarStore::contactAvatar(const Jid &bareJid)
{
    if (!m_db.isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"SELECT hash, source FROM contact_avatar WHERE jid = ?"_s);
    query.addBindValue(bareJid.bareString());
    if (!run(query, "reading a contact's avatar") || !query.next()) {
        return std::nullopt;
    }
    return ContactAvatar { query.value(0).toString(),
        query.value(1).toInt() == int(AvatarSource::VCard) ? AvatarSource::VCard : AvatarSource::Pep };
}

void SqlAvatarStore::setContactAvatar(const Jid &bareJid, const ContactAvatar &avatar)
{
    if (!m_db.isOpen()) {
        return;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"INSERT OR REPLACE INTO contact_avatar (jid, hash, source) VALUES (?, ?, ?)"_s);
    query.addBindValue(bareJid.bareString());
    query.addBindValue(avatar.hash.isNull() ? QStringLiteral("") : avatar.hash); // a null QString binds NULL
    query.addBindValue(int(avatar.source));
    run(query, "storing a contact's avatar");
}

void SqlAvatarStore::removeContactAvatar(const Jid &bareJid)
{
    if (!m_db.isOpen()) {
        return;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"DELETE FROM contact_avatar WHERE jid = ?"_s);
    query.addBindValue(bareJid.bareString());
    run(query, "removing a contact's avatar");
}

QHash<Jid, ContactAvatar> SqlAvatarStore::contactAvatars()
{
    QHash<Jid, ContactAvatar> contacts;
    if (!m_db.isOpen()) {
        return contacts;
    }
    QSqlQuery query(m_db.sql());
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT jid, hash, source FROM contact_avatar"_s) || !run(query, "listing contacts' avatars")) {
        return contacts;
    }
    while (query.next()) {
        const std::optional<Jid> jid = Jid::parse(query.value(0).toString());
        if (!jid) {
            continue;
        }
        contacts.insert(jid->bare(),
            ContactAvatar { query.value(1).toString(),
                query.value(2).toInt() == int(AvatarSource::VCard) ? AvatarSource::VCard : AvatarSource::Pep });
    }
    return contacts;
}

int SqlAvatarStore::removeUnreferencedAvatars()
{
    if (!m_db.isOpen()) {
        return 0;
    }
    QSqlQuery query(m_db.sql());
    query.prepare(u"DELETE FROM avatar WHERE hash NOT IN (SELECT hash FROM contact_avatar)"_s);
    if (!run(query, "removing unused avatars")) {
        return 0;
    }
    return query.numRowsAffected();
}

} // namespace balcony
