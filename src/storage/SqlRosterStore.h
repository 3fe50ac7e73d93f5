#pragma once

#include "storage/RosterStore.h"

namespace balcony {

class Database;

// RosterStore in the profile database (schema version 2; the database belongs to one account): roster_item,
// roster_group (ON DELETE CASCADE) and the one-row roster_meta with the roster version. replaceAll() and
// applyPush() each write the items AND the version in one transaction (RFC 6121 §2.6.3), so after a failure
// both are as they were and the next login asks for the right delta. `database` must outlive this object.
class SqlRosterStore : public RosterStore {
public:
    explicit SqlRosterStore(Database &database);

    QString version() override;
    // Sorted by JID.
    QList<RosterItem> items() override;
    bool replaceAll(const QList<RosterItem> &items, const QString &version) override;
    bool applyPush(const RosterItem &item, bool remove, const QString &version) override;

private:
    Database &m_db;
};

} // namespace balcony
