#pragma once

#include "storage/CapsStore.h"

#include <QList>
#include <QPair>

namespace balcony {

class Database;

// CapsStore in the profile database (schema version 2): caps_info holds each verified disco#info result once
// per (hash, ver) with its features indexed in caps_feature; caps_entity records which entity announced
// which caps (XEP-0115 §5.4, §8.3). SQL failures are logged to balcony.storage and read as a cache miss.
// `database` must outlive this object.
class SqlCapsStore : public CapsStore {
public:
    explicit SqlCapsStore(Database &database);

    Element discoInfo(const QString &hash, const QString &ver) override;
    // Replaces the stored result and its features in one transaction.
    void storeDiscoInfo(const QString &hash, const QString &ver, const Element &query) override;
    std::optional<CapsAnnouncement> announcement(const Jid &entity) override;
    void storeAnnouncement(const Jid &entity, const CapsAnnouncement &caps) override;

    // The cached (hash, ver) pairs whose disco#info lists `feature` (through the caps_feature index).
    QList<QPair<QString, QString>> hashesWithFeature(const QString &feature);
    // Entities whose last announcement has a cached disco#info listing `feature`.
    QList<Jid> entitiesWithFeature(const QString &feature);

private:
    Database &m_db;
};

} // namespace balcony
