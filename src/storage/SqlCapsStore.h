#pragma once

#include "storage/CapsStore.h"

#include <QList>
#include <QPair>
#include <QSet>

#include <optional>

namespace balcony {

class Database;

// CapsStore in the profile database (schema version 2): caps_info holds each verified disco#info result once
// per (hash, ver) with its features indexed in caps_feature; caps_entity records which entity announced
// which caps (XEP-0115 §5.4, §8.3). SQL failures are logged to balcony.storage and read as a cache miss.
// `database` must outlive this object.
//
// Both tables are bounded (Limits; issue 11): beyond `entities` rows the least recently updated
// announcements go, beyond `infos` rows the results no announcement refers to go first (what contacts use
// stays), then those whose announcements are the oldest. caps_info is checked whenever a result is stored;
// caps_entity every min(256, entities / 8) announcements, so a write stays cheap and the table exceeds its
// bound by at most that much.
//
// The (hash, ver) pairs of caps_info are kept in memory (the table is bounded, so is the set): asking for
// a hash that is not cached, what every presence with a new ver does, costs no SQL.
class SqlCapsStore : public CapsStore {
public:
    struct Limits {
        int infos = 2000; // distinct client versions; a large roster uses a few hundred
        int entities = 50000; // resources of contacts (a 10,000-contact roster with a few devices each)
    };

    explicit SqlCapsStore(Database &database);

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }
    int infoCount();
    int entityCount();

    Element discoInfo(const QString &hash, const QString &ver) override;
    // Replaces the stored result and its features in one transaction.
    void storeDiscoInfo(const QString &hash, const QString &ver, const Element &query) override;
    std::optional<CapsAnnouncement> announcement(const Jid &entity) override;
    void storeAnnouncement(const Jid &entity, const CapsAnnouncement &caps) override;
    // In one transaction.
    void storeAnnouncements(const QList<std::pair<Jid, CapsAnnouncement>> &announcements) override;

    // The cached (hash, ver) pairs whose disco#info lists `feature` (through the caps_feature index).
    QList<QPair<QString, QString>> hashesWithFeature(const QString &feature);
    // Entities whose last announcement has a cached disco#info listing `feature`.
    QList<Jid> entitiesWithFeature(const QString &feature);

private:
    int count(const QString &table);
    void pruneEntities();
    void pruneInfos();
    // The cached (hash, ver) pairs, read on first use.
    const QSet<QPair<QString, QString>> &knownInfos();

    Database &m_db;
    Limits m_limits;
    int m_announcementsSinceCheck = -1; // -1: not checked yet on this connection
    std::optional<QSet<QPair<QString, QString>>> m_known;
};

} // namespace balcony
