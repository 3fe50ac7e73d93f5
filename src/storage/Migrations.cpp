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

// Version 3: message history (RFC 6121 §5 with XEP-0359 ids, XEP-0203/0313 times, XEP-0184/0333 states),
// its FTS5 index, read markers, XEP-0313 archive positions, the durable outbox and pending subscription
// requests (RFC 6121 §3.1.3).
// `conversation` is the peer's bare JID, `sender` the bare JID of 'from' (the origin-id de-duplication key).
// Enumerations are stored as their C++ values (StoredMessage.h): type Message::Type, direction
// MessageDirection, state MessageState, flags MessageFlags. Empty ids are NULL, so that the partial unique
// indexes apply only to messages that carry the id. sort_time is StoredMessage::sortTime() (0 if unknown).
const QString createMessage = u"CREATE TABLE message ("
                              "id INTEGER PRIMARY KEY, "
                              "conversation TEXT NOT NULL, "
                              "type INTEGER NOT NULL, "
                              "direction INTEGER NOT NULL CHECK (direction IN (0, 1)), "
                              "sender TEXT NOT NULL, "
                              "from_jid TEXT NOT NULL, "
                              "to_jid TEXT NOT NULL, "
                              "message_id TEXT, "
                              "origin_id TEXT, "
                              "stanza_id TEXT, "
                              "stanza_id_by TEXT, "
                              "thread TEXT, "
                              "body TEXT NOT NULL, "
                              "sent_time INTEGER, "
                              "server_time INTEGER, "
                              "received_time INTEGER, "
                              "sort_time INTEGER NOT NULL, "
                              "state INTEGER NOT NULL, "
                              "error_text TEXT, "
                              "flags INTEGER NOT NULL, "
                              "stanza TEXT"
                              ")"_s;
// Pages of a conversation, newest first: (conversation, sort_time) with the implicit rowid last is exactly
// ORDER BY sort_time DESC, id DESC.
const QString createMessageByConversation
    = u"CREATE INDEX message_by_conversation ON message(conversation, sort_time)"_s;
// Unread counts read only this index (incoming messages after the read marker); `direction` is repeated
// as a column because SQLite counts an index as covering only if it holds every column the query names.
const QString createMessageIncoming
    = u"CREATE INDEX message_incoming ON message(conversation, sort_time, direction) WHERE direction = 0"_s;
// XEP-0359 de-duplication; also the lookup for XEP-0198 acks by origin-id.
const QString createMessageByStanzaId = u"CREATE UNIQUE INDEX message_by_stanza_id ON message(conversation, "
                                        "stanza_id, stanza_id_by) WHERE stanza_id IS NOT NULL"_s;
const QString createMessageByOriginId = u"CREATE UNIQUE INDEX message_by_origin_id ON message(conversation, "
                                        "origin_id, sender) WHERE origin_id IS NOT NULL"_s;
// XEP-0184 receipts and XEP-0333 markers name the 'id' attribute of our own (outgoing) messages.
const QString createMessageByMessageId = u"CREATE INDEX message_by_message_id ON message(conversation, message_id) "
                                         "WHERE message_id IS NOT NULL AND direction = 1"_s;
// External-content FTS5 index over message.body, kept in sync by the three triggers below (since version 5,
// the insert trigger is gone: SqlHistoryStore writes the FTS5 rows of new messages itself).
const QString createMessageFts = u"CREATE VIRTUAL TABLE message_fts USING fts5(body, content='message', "
                                 "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_s;
const QString createMessageFtsInsert = u"CREATE TRIGGER message_fts_insert AFTER INSERT ON message BEGIN "
                                       "INSERT INTO message_fts(rowid, body) VALUES (new.id, new.body); END"_s;
const QString createMessageFtsDelete
    = u"CREATE TRIGGER message_fts_delete AFTER DELETE ON message BEGIN "
      "INSERT INTO message_fts(message_fts, rowid, body) VALUES ('delete', old.id, old.body); END"_s;
const QString createMessageFtsUpdate
    = u"CREATE TRIGGER message_fts_update AFTER UPDATE OF body ON message BEGIN "
      "INSERT INTO message_fts(message_fts, rowid, body) VALUES ('delete', old.id, old.body); "
      "INSERT INTO message_fts(rowid, body) VALUES (new.id, new.body); END"_s;
// Per conversation: the (sort_time, id) of the newest message the user has read.
const QString createReadMarker = u"CREATE TABLE read_marker ("
                                 "conversation TEXT NOT NULL PRIMARY KEY, "
                                 "sort_time INTEGER NOT NULL, "
                                 "message_id INTEGER NOT NULL"
                                 ") WITHOUT ROWID"_s;
// Per archive (our bare JID, a MUC): where XEP-0313 catch-up resumes.
const QString createArchivePosition = u"CREATE TABLE archive_position ("
                                      "archive TEXT NOT NULL PRIMARY KEY, "
                                      "stanza_id TEXT NOT NULL, "
                                      "time INTEGER"
                                      ") WITHOUT ROWID"_s;
// The durable outbox (OutboxStore.h); state is OutboxEntry::State. Deleting the history row drops the entry.
const QString createOutbox = u"CREATE TABLE outbox ("
                             "id INTEGER PRIMARY KEY, "
                             "message_id INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE, "
                             "conversation TEXT NOT NULL, "
                             "origin_id TEXT NOT NULL UNIQUE, "
                             "stanza TEXT NOT NULL, "
                             "state INTEGER NOT NULL CHECK (state IN (0, 1, 2)), "
                             "attempts INTEGER NOT NULL, "
                             "enqueued INTEGER NOT NULL, "
                             "last_attempt INTEGER"
                             ")"_s;
const QString createOutboxByMessage = u"CREATE INDEX outbox_by_message ON outbox(message_id)"_s;
const QString createSubscriptionRequest = u"CREATE TABLE subscription_request ("
                                          "jid TEXT NOT NULL PRIMARY KEY, "
                                          "status TEXT NOT NULL, "
                                          "received INTEGER NOT NULL"
                                          ") WITHOUT ROWID"_s;

// Version 4: encrypted sessions (XEP-0116/0187/0189; E2eKeyStore.h, SqlE2eKeyStore). Every `sealed` column is
// AES-256-GCM under a key derived by scrypt from the account password with e2e_meta's salt (crypto/KeyWrap.h);
// `check_value` is a sealed constant that tells a wrong password from a damaged blob. One row (id = 1).
const QString createE2eMeta = u"CREATE TABLE e2e_meta ("
                              "id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), "
                              "salt BLOB NOT NULL, "
                              "scrypt_n INTEGER NOT NULL, "
                              "scrypt_r INTEGER NOT NULL, "
                              "scrypt_p INTEGER NOT NULL, "
                              "check_value BLOB NOT NULL"
                              ")"_s;
// The account's long-term signing key, sealed PKCS#8 (one row, id = 1).
const QString createE2eOwnKey = u"CREATE TABLE e2e_own_key ("
                                "id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), "
                                "sealed BLOB NOT NULL, "
                                "created INTEGER NOT NULL"
                                ")"_s;
// Contacts' public keys (DER SubjectPublicKeyInfo) by SHA-256 fingerprint; `pinned` marks the first key seen
// for the contact (trusted on first use), `source` is KeySource.
const QString createE2eContactKey = u"CREATE TABLE e2e_contact_key ("
                                    "jid TEXT NOT NULL, "
                                    "fingerprint BLOB NOT NULL, "
                                    "der BLOB NOT NULL, "
                                    "first_seen INTEGER, "
                                    "pinned INTEGER NOT NULL, "
                                    "verified INTEGER NOT NULL, "
                                    "source INTEGER NOT NULL, "
                                    "PRIMARY KEY (jid, fingerprint)"
                                    ") WITHOUT ROWID"_s;
// XEP-0187 option sets Alice published: N_A in the clear (it is public), the x values sealed.
const QString createE2eOfflineOption = u"CREATE TABLE e2e_offline_option ("
                                       "id INTEGER PRIMARY KEY, "
                                       "node TEXT NOT NULL, "
                                       "nonce BLOB NOT NULL UNIQUE, "
                                       "sealed BLOB NOT NULL, "
                                       "expires INTEGER NOT NULL, "
                                       "published INTEGER NOT NULL"
                                       ")"_s;
// The replay set of each option set (XEP-0187 §Security Considerations): SHA-256 of every d (kind 0) and N_B
// (kind 1) accepted.
const QString createE2eReplay = u"CREATE TABLE e2e_replay ("
                                "option_id INTEGER NOT NULL REFERENCES e2e_offline_option(id) ON DELETE CASCADE, "
                                "kind INTEGER NOT NULL CHECK (kind IN (0, 1)), "
                                "value BLOB NOT NULL, "
                                "PRIMARY KEY (option_id, kind, value)"
                                ") WITHOUT ROWID"_s;
// Persisted ESessions (direction is E2eDirection), the serialised state sealed.
const QString createE2eSession = u"CREATE TABLE e2e_session ("
                                 "contact TEXT NOT NULL, "
                                 "direction INTEGER NOT NULL CHECK (direction IN (0, 1)), "
                                 "thread TEXT NOT NULL, "
                                 "sealed BLOB NOT NULL, "
                                 "updated INTEGER NOT NULL, "
                                 "PRIMARY KEY (contact, direction, thread)"
                                 ") WITHOUT ROWID"_s;
// E2ePolicy per contact (bare JID); the jid "*" holds the global default.
const QString createE2ePolicy = u"CREATE TABLE e2e_policy ("
                                "jid TEXT NOT NULL PRIMARY KEY, "
                                "policy INTEGER NOT NULL CHECK (policy IN (0, 1, 2))"
                                ") WITHOUT ROWID"_s;
// How an encrypted history row was protected (MessageE2eKind, MessageE2eStatus) and the sender's SHIM
// Created time; plaintext messages have no row. A side table rather than columns of `message`, so that the
// history's hot paths and its schema stay as they are; deleting the message deletes the mark.
const QString createMessageE2e = u"CREATE TABLE message_e2e ("
                                 "message_id INTEGER NOT NULL PRIMARY KEY REFERENCES message(id) ON DELETE CASCADE, "
                                 "kind INTEGER NOT NULL, "
                                 "status INTEGER NOT NULL, "
                                 "created INTEGER, "
                                 "detail TEXT"
                                 ")"_s;

// Version 5: the FTS5 rows of new messages are written by SqlHistoryStore, one INSERT ... SELECT per
// transaction over the rowids it created, instead of by a trigger per row: the trigger (and the statement
// journal that an INSERT firing it opens) was half the cost of storing a XEP-0313 catch-up page. Rows already
// stored keep their FTS5 rows, so nothing is migrated; deletes and body updates keep their triggers.
const QString dropMessageFtsInsert = u"DROP TRIGGER message_fts_insert"_s;

// Version 6: the resource a sending offline ESession addresses (XEP-0187 §3.3 match_resource; StoredSession::
// resource); '' = the contact's bare JID, which is what every session stored before this version used.
const QString addE2eSessionResource = u"ALTER TABLE e2e_session ADD COLUMN resource TEXT NOT NULL DEFAULT ''"_s;
// The same table as created fresh: SQLite places an added column after the last column definition, before the
// table constraints, so this text is what version 4 + version 6 leave in sqlite_master.
const QString createE2eSessionWithResource = u"CREATE TABLE e2e_session ("
                                             "contact TEXT NOT NULL, "
                                             "direction INTEGER NOT NULL CHECK (direction IN (0, 1)), "
                                             "thread TEXT NOT NULL, "
                                             "sealed BLOB NOT NULL, "
                                             "updated INTEGER NOT NULL, "
                                             "resource TEXT NOT NULL DEFAULT '', "
                                             "PRIMARY KEY (contact, direction, thread)"
                                             ") WITHOUT ROWID"_s;

// Version 7: the end-to-end mark of a message (StoredMessage::e2e: MessageE2eKind, MessageE2eStatus, the
// sender's SHIM Created time, the failure detail) becomes part of its row, so that the history alone answers
// "was this encrypted" for every page and model; NULL kind = plaintext. The former side table's marks move
// into the rows, and the table goes.
const QString addMessageE2eKind = u"ALTER TABLE message ADD COLUMN e2e_kind INTEGER"_s;
const QString addMessageE2eStatus = u"ALTER TABLE message ADD COLUMN e2e_status INTEGER"_s;
const QString addMessageE2eCreated = u"ALTER TABLE message ADD COLUMN e2e_created INTEGER"_s;
const QString addMessageE2eDetail = u"ALTER TABLE message ADD COLUMN e2e_detail TEXT"_s;
const QString moveMessageE2e = u"UPDATE message SET (e2e_kind, e2e_status, e2e_created, e2e_detail) = "
                               "(SELECT kind, status, created, detail FROM message_e2e WHERE message_id = message.id) "
                               "WHERE id IN (SELECT message_id FROM message_e2e)"_s;
const QString dropMessageE2e = u"DROP TABLE message_e2e"_s;
// The same table as created fresh: what version 3 + version 7 leave in sqlite_master.
const QString createMessageWithE2e = u"CREATE TABLE message ("
                                     "id INTEGER PRIMARY KEY, "
                                     "conversation TEXT NOT NULL, "
                                     "type INTEGER NOT NULL, "
                                     "direction INTEGER NOT NULL CHECK (direction IN (0, 1)), "
                                     "sender TEXT NOT NULL, "
                                     "from_jid TEXT NOT NULL, "
                                     "to_jid TEXT NOT NULL, "
                                     "message_id TEXT, "
                                     "origin_id TEXT, "
                                     "stanza_id TEXT, "
                                     "stanza_id_by TEXT, "
                                     "thread TEXT, "
                                     "body TEXT NOT NULL, "
                                     "sent_time INTEGER, "
                                     "server_time INTEGER, "
                                     "received_time INTEGER, "
                                     "sort_time INTEGER NOT NULL, "
                                     "state INTEGER NOT NULL, "
                                     "error_text TEXT, "
                                     "flags INTEGER NOT NULL, "
                                     "stanza TEXT, e2e_kind INTEGER, e2e_status INTEGER, e2e_created INTEGER, "
                                     "e2e_detail TEXT"
                                     ")"_s;

// Version 8: what the conversation list (HistoryStore::conversations(), on the app's start-up path) and the
// search across all history read, so that neither walks every message.
// `conversation`: per conversation its newest message by (sort_time, id) and how many incoming messages are
// after the read marker (not counting the marked message itself, which an archive copy may move later). SqlHistoryStore
// keeps it in the same transaction as every insert, merge, removal and read-marker move; states, bodies and marks are
// read from the message row it names. The migration fills it from the messages and read markers already stored.
const QString createConversation = u"CREATE TABLE conversation ("
                                   "jid TEXT NOT NULL PRIMARY KEY, "
                                   "last_id INTEGER NOT NULL, "
                                   "last_sort_time INTEGER NOT NULL, "
                                   "unread INTEGER NOT NULL"
                                   ") WITHOUT ROWID"_s;
const QString fillConversation
    = u"INSERT INTO conversation (jid, last_id, last_sort_time, unread) "
      "SELECT d.conversation, l.id, l.sort_time, (SELECT COUNT(*) FROM message u LEFT JOIN read_marker r ON "
      "r.conversation = u.conversation WHERE u.conversation = d.conversation AND u.direction = 0 AND (r.conversation "
      "IS NULL OR ((u.sort_time > r.sort_time OR (u.sort_time = r.sort_time AND u.id > r.message_id)) AND u.id <> "
      "r.message_id))) "
      "FROM (SELECT DISTINCT conversation FROM message) d JOIN message l ON l.id = (SELECT id FROM message WHERE "
      "conversation = d.conversation ORDER BY sort_time DESC, id DESC LIMIT 1)"_s;
// Search across all conversations walks this index newest first against the set of matching rowids (see
// SqlHistoryStore::search()); (sort_time) with the implicit rowid last is ORDER BY sort_time DESC, id DESC.
const QString createMessageByTime = u"CREATE INDEX message_by_time ON message(sort_time)"_s;

// Version 9: the avatar cache (XEP-0084, XEP-0153). `avatar`: each image once, by the SHA-1 hex of its bytes (the
// XEP-0084 item id and XEP-0153 photo hash); `contact_avatar`: each contact's (and the account's own) current hash,
// '' for "has none", and where it came from (0 XEP-0084, 1 vCard).
const QString createAvatar = u"CREATE TABLE avatar ("
                             "hash TEXT NOT NULL PRIMARY KEY, "
                             "type TEXT NOT NULL, "
                             "width INTEGER NOT NULL, "
                             "height INTEGER NOT NULL, "
                             "data BLOB NOT NULL"
                             ")"_s;
const QString createContactAvatar = u"CREATE TABLE contact_avatar ("
                                    "jid TEXT NOT NULL PRIMARY KEY, "
                                    "hash TEXT NOT NULL, "
                                    "source INTEGER NOT NULL"
                                    ") WITHOUT ROWID"_s;

// Version 10: OMEMO (XEP-0384). `e2e_secret`: sealed blobs of the other encryption protocols by (kind, name)
// (E2eKeyStore::setSecret(): OMEMO's identity key, pre-keys, signed pre-keys and sessions), re-sealed with the
// ESession secrets. `omemo_device`: the devices of contacts and our own other devices per wire format (0 = OMEMO
// 0.3, 1 = OMEMO 2), their identity keys and the user's trust decisions.
const QString createE2eSecret = u"CREATE TABLE e2e_secret ("
                                "kind TEXT NOT NULL, "
                                "name TEXT NOT NULL, "
                                "sealed BLOB NOT NULL, "
                                "PRIMARY KEY (kind, name)"
                                ") WITHOUT ROWID"_s;
const QString createOmemoDevice = u"CREATE TABLE omemo_device ("
                                  "jid TEXT NOT NULL, "
                                  "version INTEGER NOT NULL CHECK (version IN (0, 1)), "
                                  "device_id INTEGER NOT NULL, "
                                  "identity_key BLOB NOT NULL, "
                                  "trust INTEGER NOT NULL, "
                                  "active INTEGER NOT NULL, "
                                  "label TEXT NOT NULL, "
                                  "first_seen INTEGER NOT NULL, "
                                  "last_seen INTEGER, "
                                  "PRIMARY KEY (jid, version, device_id)"
                                  ") WITHOUT ROWID"_s;

// Version 11: XEP-0156 discovery of the server's HTTP binding endpoints (BOSH, WebSocket), cached per JID domain
// like the DNS answers (XEP-0305 §2). A domain row without endpoint rows is a cached "the server has none".
// `binding`: 0 BOSH (https://), 1 WebSocket (wss://); `position` keeps the server's order within a binding.
const QString createHttpDomain = u"CREATE TABLE http_domain ("
                                 "domain TEXT NOT NULL PRIMARY KEY, "
                                 "expires INTEGER"
                                 ") WITHOUT ROWID"_s;
const QString createHttpEndpoint = u"CREATE TABLE http_endpoint ("
                                   "domain TEXT NOT NULL REFERENCES http_domain(domain) ON DELETE CASCADE, "
                                   "binding INTEGER NOT NULL CHECK (binding IN (0, 1)), "
                                   "position INTEGER NOT NULL, "
                                   "url TEXT NOT NULL, "
                                   "PRIMARY KEY (domain, binding, position)"
                                   ") WITHOUT ROWID"_s;

} // namespace

const QList<Database::Migration> &Database::migrations()
{
    static const QList<Migration> list {
        { 1, { createDnsDomain, createDnsTarget, createServerProfile } },
        { 2,
            { createCapsInfo, createCapsFeature, createCapsFeatureIndex, createCapsEntity, createCapsEntityIndex,
                createRosterItem, createRosterGroup, createRosterMeta } },
        { 3,
            { createMessage, createMessageByConversation, createMessageIncoming, createMessageByStanzaId,
                createMessageByOriginId, createMessageByMessageId, createMessageFts, createMessageFtsInsert,
                createMessageFtsDelete, createMessageFtsUpdate, createReadMarker, createArchivePosition, createOutbox,
                createOutboxByMessage, createSubscriptionRequest } },
        { 4,
            { createE2eMeta, createE2eOwnKey, createE2eContactKey, createE2eOfflineOption, createE2eReplay,
                createE2eSession, createE2ePolicy, createMessageE2e } },
        { 5, { dropMessageFtsInsert } },
        { 6, { addE2eSessionResource } },
        { 7,
            { addMessageE2eKind, addMessageE2eStatus, addMessageE2eCreated, addMessageE2eDetail, moveMessageE2e,
                dropMessageE2e } },
        { 8, { createConversation, fillConversation, createMessageByTime } },
        { 9, { createAvatar, createContactAvatar } },
        { 10, { createE2eSecret, createOmemoDevice } },
        { 11, { createHttpDomain, createHttpEndpoint } },
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
        createMessageWithE2e,
        createMessageByConversation,
        createMessageIncoming,
        createMessageByStanzaId,
        createMessageByOriginId,
        createMessageByMessageId,
        createMessageByTime,
        createMessageFts,
        createMessageFtsDelete,
        createMessageFtsUpdate,
        createReadMarker,
        createArchivePosition,
        createOutbox,
        createOutboxByMessage,
        createSubscriptionRequest,
        createE2eMeta,
        createE2eOwnKey,
        createE2eContactKey,
        createE2eOfflineOption,
        createE2eReplay,
        createE2eSessionWithResource,
        createE2ePolicy,
        createConversation,
        createAvatar,
        createContactAvatar,
        createE2eSecret,
        createOmemoDevice,
        createHttpDomain,
        createHttpEndpoint,
    };
    return statements;
}

int Database::latestVersion()
{
    return migrations().constLast().version;
}

} // namespace balcony
