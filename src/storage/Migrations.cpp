// The schema of balcony.sqlite: the ordered migration list and the latest schema for new databases.
//
// Rules for growing it (tst_database enforces the first two):
// - Never edit a migration that has shipped; append a new one with the next version.
// - Update freshSchema() in the same change so that it creates exactly what the migrations produce
//   (sqlite_master keeps the statement text, so an ALTER TABLE must be mirrored in the CREATE TABLE here).
// - Child columns of foreign keys are the leading columns of an index (SQLite checks ON DELETE through it).
// - Times are INTEGER milliseconds since the epoch, UTC.

#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

// Version 1: what the stream layer caches between connections (XEP-0305 §2–§3): DNS answers per JID domain
// with their expiry (the shortest TTL), and per server the stream features of each negotiation stage.
const QString createDnsDomain = u"CREATE TABLE dns_domain ("
                                "domain TEXT NOT NULL PRIMARY KEY, "
                                "expires INTEGER"
                                ") WITHOUT ROWID"_s;
// `addresses`: the A/AAAA results of `host` in the order to try, separated by spaces.
const QString createDnsTarget = u"CREATE TABLE dns_target ("
                                "domain TEXT NOT NULL REFERENCES dns_domain(domain) ON DELETE CASCADE, "
                                "position INTEGER NOT NULL, "
                                "host TEXT NOT NULL, "
                                "port INTEGER NOT NULL CHECK (port BETWEEN 0 AND 65535), "
                                "direct_tls INTEGER NOT NULL, "
                                "addresses TEXT NOT NULL, "
                                "PRIMARY KEY (domain, position)"
                                ") WITHOUT ROWID"_s;
// The *_features columns hold <stream:features/> serialised by XmlWriter (NULL for a null element).
const QString createServerProfile = u"CREATE TABLE server_profile ("
                                    "domain TEXT NOT NULL PRIMARY KEY, "
                                    "tls_features TEXT, "
                                    "sasl_features TEXT, "
                                    "session_features TEXT, "
                                    "last_host TEXT NOT NULL, "
                                    "last_port INTEGER NOT NULL, "
                                    "last_direct_tls INTEGER NOT NULL, "
                                    "updated INTEGER"
                                    ") WITHOUT ROWID"_s;

// Version 2: the XEP-0115 cache (§5.4, §8.3) and the versioned roster (RFC 6121 §2.6).
// caps_info holds only disco#info results whose verification string was recomputed and matched.
const QString createCapsInfo = u"CREATE TABLE caps_info ("
                               "hash TEXT NOT NULL, "
                               "ver TEXT NOT NULL, "
                               "info TEXT NOT NULL, "
                               "PRIMARY KEY (hash, ver)"
                               ") WITHOUT ROWID"_s;
// The <feature var=''/> values of each caps_info row, so "which known hashes support X" is one index lookup.
const QString createCapsFeature = u"CREATE TABLE caps_feature ("
                                  "hash TEXT NOT NULL, "
                                  "ver TEXT NOT NULL, "
                                  "feature TEXT NOT NULL, "
                                  "PRIMARY KEY (hash, ver, feature), "
                                  "FOREIGN KEY (hash, ver) REFERENCES caps_info(hash, ver) ON DELETE CASCADE"
                                  ") WITHOUT ROWID"_s;
const QString createCapsFeatureIndex = u"CREATE INDEX caps_feature_by_feature ON caps_feature(feature)"_s;
// Which entity (full JID or server domain) last announced which caps.
const QString createCapsEntity = u"CREATE TABLE caps_entity ("
                                 "entity TEXT NOT NULL PRIMARY KEY, "
                                 "hash TEXT NOT NULL, "
                                 "node TEXT NOT NULL, "
                                 "ver TEXT NOT NULL, "
                                 "updated INTEGER NOT NULL"
                                 ") WITHOUT ROWID"_s;
const QString createCapsEntityIndex = u"CREATE INDEX caps_entity_by_hash ON caps_entity(hash, ver)"_s;
const QString createRosterItem = u"CREATE TABLE roster_item ("
                                 "jid TEXT NOT NULL PRIMARY KEY, "
                                 "name TEXT NOT NULL, "
                                 "subscription TEXT NOT NULL CHECK (subscription IN ('none', 'to', 'from', 'both')), "
                                 "ask INTEGER NOT NULL, "
                                 "approved INTEGER NOT NULL"
                                 ") WITHOUT ROWID"_s;
const QString createRosterGroup = u"CREATE TABLE roster_group ("
                                  "jid TEXT NOT NULL REFERENCES roster_item(jid) ON DELETE CASCADE, "
                                  "name TEXT NOT NULL, "
                                  "PRIMARY KEY (jid, name)"
                                  ") WITHOUT ROWID"_s;
// One row (id = 1): the 'ver' of the items in roster_item, written in the same transaction as they are.
const QString createRosterMeta = u"CREATE TABLE roster_meta ("
                                 "id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), "
                                 "version TEXT NOT NULL"
                                 ")"_s;

} // namespace

const QList<Database::Migration> &Database::migrations()
{
    static const QList<Migration> list {
        { 1, { createDnsDomain, createDnsTarget, createServerProfile } },
        { 2,
            { createCapsInfo, createCapsFeature, createCapsFeatureIndex, createCapsEntity, createCapsEntityIndex,
                createRosterItem, createRosterGroup, createRosterMeta } },
    };
    return list;
}

const QStringList &Database::freshSchema()
{
    static const QStringList statements {
        createDnsDomain,
        createDnsTarget,
        createServerProfile,
        createCapsInfo,
        createCapsFeature,
        createCapsFeatureIndex,
        createCapsEntity,
        createCapsEntityIndex,
        createRosterItem,
        createRosterGroup,
        createRosterMeta,
    };
    return statements;
}

int Database::latestVersion()
{
    return migrations().constLast().version;
}

} // namespace balcony
