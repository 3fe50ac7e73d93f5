#pragma once

#include "MucError.h"
#include "MucRoom.h"
#include "core/Element.h"
#include "core/Jid.h"
#include "storage/StoredMessage.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace balcony {

class BookmarkManager;
class Connection;
class DiscoManager;
class HistoryStore;
class Outbox;
class PubSubManager;
struct IqResult;

// Multi-User Chat (XEP-0045) on one Connection: entering and leaving rooms, the occupant list, the subject,
// room messages in and out, private messages to occupants.
//
// Routing: the room module owns what it owns by sender and type, not by payload (a room's message carries no
// MUC child), so it takes stanzas before the payload modules (Connection::addSenderStanzaHandler): every
// groupchat message (those of rooms we are not in are dropped: nobody else may inject room history), every
// presence from a room we are in (or entering, or leaving), presences with a muc#user payload from rooms we
// are not in (dropped), and private messages and errors from our rooms. Everything else goes on to
// PresenceManager and MessageManager.
//
// Storage: room messages go into the account's HistoryStore with the room's bare JID as the conversation and
// room@service/nick as the sender, type groupchat. The room's <stanza-id by='room'/> (XEP-0359 §4, trusted only
// from the room itself) and the origin-id de-duplicate the history the room replays on entering against what
// is stored. Private messages (§7.5) are stored in the room's conversation too, as type chat from or to the
// occupant's full JID (the store keys conversations by bare JID).
//
// Sending: our room messages go through the durable Outbox like chat messages (committed before written,
// resent after a restart with the same origin-id); they are stored as sent by room@service/ournick, so the
// room's reflection of them (§7.4: the room sends every message to every occupant, the sender included) is
// recognised by its origin-id as the same message and marks it Delivered (the room has accepted and
// distributed it). A reflection whose origin-id we do not know (another client of ours with the same nick)
// is stored as an outgoing message.
//
// Sessions: a XEP-0198 resumption keeps the rooms (the server kept our presence in them). A new session
// enters every room again, in the pipelined session start right after the initial presence (so queued
// room messages, which the outbox writes after it, reach a room we are in again).
//
// Bounds (issue 11): at most maxOccupants() occupants per room are kept (a room can send any number of
// presences); beyond it new occupants are ignored with one logged warning per room, changes of known ones
// still apply. Each presence costs a hash lookup.
//
// Archive (XEP-0313 on the room, issue 15): with a DiscoManager, a join with History::Bounded first asks the
// room's disco#info (once per room while this object lives; a room entered again at a session start whose features
// are not known yet gets <history/> at once, so that its join precedes the queued room messages); a room advertising
// urn:xmpp:mam:2 is entered with <history maxstanzas='0'/> and, once in, its archive is queried after the newest
// stanza-id stored for it (HistoryStore::lastStanzaId(room), RSM <after/>), page by page until <fin complete='true'/>,
// at most maxArchivePages() pages of archivePageSize() results. Pages are stored like live messages (de-duplicated by
// the room's stanza-id, so what arrives live during the catch-up is stored once), and the room's position
// moves after each stored page. A room never synchronised gets its newest page only. Results are taken only
// from the room itself and only for a query we sent to it; a page that ends where it started stops the
// catch-up. Rooms without MAM keep the bounded <history/>.
//
// Self-ping (XEP-0410): a room silent for selfPingIdleMs() (shorter after a XEP-0198 resumption) is asked
// whether we are still in it by pinging our own occupant JID; not-acceptable, item-not-found or no answer
// means we are out: the room is entered again. One ping per room in flight.
//
// Invitations: mediated ones (§7.8.2) are accepted only from a room's bare JID, verified as a room by its
// disco#info identity (conference), direct ones (XEP-0249) from anyone; both are only signalled
// (invitationReceived), never acted on.
class MucManager : public QObject {
    Q_OBJECT
public:
    // End-to-end encrypted room messages (OMEMO in members-only non-anonymous rooms, OmemoManager::setMuc()): what a
    // decryptor makes of a room message with an encrypted payload. `plain` is the message to store instead (null:
    // nothing to store, e.g. a key transport, or our own message coming back), `e2e` its mark.
    struct GroupchatDecryption {
        Element plain;
        MessageE2e e2e;
    };
    // Called for every room message (live or from the room's archive) that carries an encrypted payload, with the
    // sender's real bare JID (null when the room did not tell it); nullopt: not a payload it knows, handled as clear.
    using GroupchatDecryptor
        = std::function<std::optional<GroupchatDecryption>(const Element &stanza, const Jid &realSender, bool live)>;
    void setGroupchatDecryptor(GroupchatDecryptor decryptor) { m_decryptor = std::move(decryptor); }
    // The real bare JID behind `nick` in `room` as far as this client knows it: our own for our nick, the
    // occupant's (non-anonymous rooms), else the <item jid/> of the room's muc#user <x/> in `stanza`, else null.
    Jid realJidOf(const Jid &room, const QString &nick, const Element &stanza = {}) const;

    // `disco` may be null (the MUC feature is then not advertised).
    MucManager(
        Connection &connection, HistoryStore &history, Outbox &outbox, DiscoManager *disco, QObject *parent = nullptr);
    ~MucManager() override;

    // XEP-0045 §7.2: enters `room` (a bare JID) as options.nick. False (lastError()) if the room address or the
    // nick is not valid. Without a session the join waits for the next one. Joining a room we are in again
    // with the same nick does nothing; with another nick it is a nick change.
    bool join(const Jid &room, const MucJoinOptions &options);
    // §7.14: leaves the room (unavailable presence); left() follows when the room confirms, at once when there
    // is no session. False if we are not in the room.
    bool leave(const Jid &room, const QString &status = {});
    // §7.14 for a room this session did not enter: tells the room that `nick` leaves (a service may treat the
    // account's sessions with the same nick as one occupant, §7.2). left() follows if the room confirms.
    bool leaveAs(const Jid &room, const QString &nick, const QString &status = {});
    // §7.6: asks the room for a new nick; nickChanged() or nickChangeFailed() follows.
    bool changeNick(const Jid &room, const QString &nick);
    // §7.4: a message to everyone in the room, through the outbox. Returns the history row id, 0 if we are not
    // in the room or nothing could be stored (lastError()).
    // `extensions` go into the stanza after the body (e.g. XEP-0066 <x xmlns='jabber:x:oob'/> for a file).
    qint64 sendMessage(const Jid &room, const QString &body, const QList<Element> &extensions = {});
    // §8.1: asks the room to change its subject (moderators, or everyone if the room allows it); the room
    // answers with subjectChanged() or an error message. Not stored or queued: it is the room's state.
    bool setSubject(const Jid &room, const QString &subject);
    // §7.5: a private message to the occupant `nick` of `room`, through the outbox (0 on failure, lastError()).
    qint64 sendPrivateMessage(const Jid &room, const QString &nick, const QString &body);
    QString lastError() const { return m_lastError; }

    // What our presence in the rooms says (show, status, caps): the account wires it to PresenceManager::
    // ownPresence(). Without one, a plain available presence. The join presence carries it too (§7.2.1).
    using PresenceSource = std::function<Element(const Jid &to)>;
    void setPresenceSource(PresenceSource source) { m_presenceSource = std::move(source); }
    // §7.7: announces the source's current presence in every room we are in (the server does not forward a
    // broadcast presence to rooms: ours there is directed presence).
    void broadcastPresence();

    const MucRoom *room(const Jid &room) const;
    QList<Jid> rooms() const { return m_rooms.keys(); }
    bool isJoined(const Jid &room) const;
    QList<MucOccupant> occupants(const Jid &room) const;

    static constexpr int defaultMaxOccupants() { return 10000; }
    void setMaxOccupants(int max) { m_maxOccupants = qMax(1, max); }
    int maxOccupants() const { return m_maxOccupants; }

    // ---- XEP-0313: catch-up from the room's archive (see the class comment)
    static constexpr int defaultArchivePageSize() { return 100; }
    static constexpr int defaultMaxArchivePages() { return 50; }
    void setArchiveLimits(int pageSize, int maxPages);
    int archivePageSize() const { return m_archivePageSize; }
    int maxArchivePages() const { return m_maxArchivePages; }
    bool isCatchingUp(const Jid &room) const;

    // ---- invitations
    // §7.8.2 through the room (mediated), or XEP-0249 directly to `contact` (`direct`). False (lastError()) if
    // we are not in the room, the address is not valid, or nothing could be sent.
    bool invite(const Jid &room, const Jid &contact, const QString &reason = {}, bool direct = false);
    // §7.8.2: declines a mediated invitation to `room` from `inviter` (the room forwards it).
    bool declineInvitation(const Jid &room, const Jid &inviter, const QString &reason = {});
    // Mediated invitations being verified (the sender's disco#info) at most at once; more are dropped.
    static constexpr int maxPendingInvitations() { return 16; }

    // ---- moderation (XEP-0045 §8 and §9, muc#admin); the callback gets the outcome in words
    using AdminCallback = std::function<void(bool ok, const QString &text)>;
    // §8.2 kick (role none), §8.3/§8.4 voice (participant) and revoking it (visitor), §9.6/§9.7 moderators.
    bool setRole(
        const Jid &room, const QString &nick, MucRole role, const QString &reason = {}, AdminCallback callback = {});
    bool kick(const Jid &room, const QString &nick, const QString &reason = {}, AdminCallback callback = {})
    {
        return setRole(room, nick, MucRole::None, reason, std::move(callback));
    }
    // §9.1 ban (outcast), §9.3 member, §9.8 admin, §10.3 owner, or none, for the bare JID `user`.
    bool setAffiliation(const Jid &room, const Jid &user, MucAffiliation affiliation, const QString &reason = {},
        AdminCallback callback = {});
    // The real JID the room told for `nick` (non-anonymous rooms, or to moderators), null if unknown.
    Jid occupantJid(const Jid &room, const QString &nick) const;

    // ---- XEP-0410 self-ping
    static constexpr int defaultSelfPingIdleMs() { return 10 * 60 * 1000; }
    static constexpr int defaultSelfPingAfterResumeMs() { return 30 * 1000; }
    void setSelfPingIntervals(int idleMs, int afterResumeMs);
    int selfPingIdleMs() const { return m_selfPingIdleMs; }

    // ---- mentions
    // Whether `body` mentions `nick`: case-insensitive, as a whole word (not inside a longer word).
    static bool mentions(const QString &body, const QString &nick);

    // ---- XEP-0402 bookmarks: built by enableBookmarks() (the account does), null before.
    void enableBookmarks(PubSubManager &pubSub, DiscoManager *disco);
    BookmarkManager *bookmarks() const { return m_bookmarks.get(); }

Q_SIGNALS:
    // The room sent our self-presence (status 110): we are in, as `nick`. `created` for a new room (201), which
    // we accepted as an instant room (§10.1.2): signalled once the room answered that, so others can enter.
    void joined(const balcony::Jid &room, const QString &nick, bool created);
    // Entering failed; the room is forgotten.
    void joinFailed(const balcony::Jid &room, balcony::MucError error, const QString &text);
    // We are out of the room: we left, or the room removed us; `text` says so in words (with who did it and
    // why, when the room tells), empty for a leave we asked for. The room is forgotten.
    void left(const balcony::Jid &room, balcony::MucExit exit, const QString &text);
    void nickChanged(const balcony::Jid &room, const QString &oldNick, const QString &newNick);
    void nickChangeFailed(const balcony::Jid &room, const QString &nick, const QString &text);
    void subjectChanged(const balcony::Jid &room, const QString &subject, const QString &byNick);
    // An occupant entered or its presence changed (role, affiliation, show, status).
    void occupantChanged(const balcony::Jid &room, const balcony::MucOccupant &occupant);
    void occupantRemoved(const balcony::Jid &room, const QString &nick);
    // Every occupant of `room` is gone from the list (we left, or we enter again after a lost session).
    void occupantsCleared(const balcony::Jid &room);
    // A room message or private message was stored as a new history row.
    void messageStored(qint64 id, const balcony::StoredMessage &message);
    // Our room message came back from the room (§7.4): Delivered.
    void messageStateChanged(qint64 id, balcony::MessageState state);
    // A live room message (not from us, not replayed or archived) mentions our nick (mentions()); it was
    // stored as `id` and messageStored() was emitted for it first.
    void mentioned(qint64 id, const balcony::StoredMessage &message);
    // The catch-up from the room's archive ended: `stored` new messages; `complete` when the archive had
    // nothing more (false: a bound was reached, the room failed, or `error`).
    void archiveCatchUpFinished(const balcony::Jid &room, int stored, bool complete, const QString &error);
    // An invitation to `room` from `from` (§7.8.2 mediated through the room, or XEP-0249 direct).
    void invitationReceived(const balcony::Jid &room, const balcony::Jid &from, const QString &reason,
        const QString &password, bool mediated);
    // §7.8.2: `from` declined our invitation to `room`.
    void invitationDeclined(const balcony::Jid &room, const balcony::Jid &from, const QString &reason);
    // XEP-0410: the room no longer had us; we are entering it again.
    void rejoining(const balcony::Jid &room);

private:
    bool handlePresence(const Element &stanza);
    bool handleMessage(const Element &stanza);
    void handleRoomPresence(MucRoom &room, const Jid &from, const Element &stanza);
    void handleJoinError(MucRoom &room, const Element &stanza);
    void handleSelfUnavailable(MucRoom &room, const MucUserPayload &x);
    void handleGroupchat(MucRoom &room, const Jid &from, const Element &stanza);
    // The decryptor's answer for a room message with an encrypted payload: nullopt when there is none (or no
    // decryptor); otherwise the message to parse instead and its mark (plain null: nothing to store).
    std::optional<GroupchatDecryption> decryptRoomMessage(const MucRoom &room, const Element &stanza, bool live) const;
    void handlePrivate(const Jid &from, const Element &stanza);
    void handleError(const Jid &room, const Element &stanza);
    void upsertOccupant(MucRoom &room, const MucOccupant &occupant);
    void removeOccupant(MucRoom &room, const QString &nick);
    void clearOccupants(MucRoom &room);
    void sendJoin(MucRoom &room);
    Element joinPresence(const MucRoom &room) const;
    Element presenceTo(const Jid &occupant) const;
    QDateTime newestFromRoom(const Jid &room) const;
    void acceptInstantRoom(const Jid &room);
    void forget(const Jid &room);
    void rejoinAll();
    qint64 submit(const Jid &to, const Jid &ownOccupant, Message::Type type, const QString &body, bool privateMessage,
        const QList<Element> &extensions = {});
    Jid ownJid() const;
    // MucArchive.cpp
    void enterRoom(MucRoom &room);
    void discoverArchive(MucRoom &room);
    void startCatchUp(MucRoom &room);
    void sendArchiveQuery(const Jid &room, const QString &after, bool newestOnly, int page);
    void archiveAnswered(const Jid &room, const QString &queryId, const IqResult &result, const QString &after,
        bool newestOnly, int page);
    bool handleArchiveResult(MucRoom &room, const Element &stanza, const Element &result);
    void finishCatchUp(const Jid &room, bool complete, const QString &error);
    // MucInvitations.cpp
    bool handleInvitation(const Element &stanza);
    bool handleMediated(const Jid &from, const Element &stanza);
    void verifyRoom(const Jid &room, std::function<void()> then);
    // MucModeration.cpp
    void configureRoom(const Jid &room);
    void sendAdminItem(const Jid &room, Element item, const QString &reason, AdminCallback callback);
    void checkSelfPings();
    void selfPing(MucRoom &room);
    void rejoin(const Jid &room);

    struct ArchiveQuery {
        Jid room;
        QList<StoredMessage> messages;
        QString lastId;
        QDateTime lastTime;
        int results = 0;
    };

    Connection &m_connection;
    HistoryStore &m_history;
    Outbox &m_outbox;
    DiscoManager *m_disco = nullptr;
    QHash<Jid, MucRoom> m_rooms; // by bare room JID
    PresenceSource m_presenceSource;
    GroupchatDecryptor m_decryptor;
    int m_maxOccupants = defaultMaxOccupants();
    QString m_lastError;
    QHash<Jid, bool> m_archivedRooms; // disco#info answers: the room advertises MAM
    QHash<QString, ArchiveQuery> m_archiveQueries; // by queryid
    QHash<Jid, int> m_catchUpStored; // per room: new messages stored by the running catch-up
    int m_archivePageSize = defaultArchivePageSize();
    int m_maxArchivePages = defaultMaxArchivePages();
    QSet<Jid> m_verifying; // rooms whose disco#info is asked for a mediated invitation
    int m_selfPingIdleMs = defaultSelfPingIdleMs();
    int m_selfPingAfterResumeMs = defaultSelfPingAfterResumeMs();
    QTimer *m_selfPingTimer = nullptr;
    std::unique_ptr<BookmarkManager> m_bookmarks;
};

} // namespace balcony
