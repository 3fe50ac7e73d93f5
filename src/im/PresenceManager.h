#pragma once

#include "core/Jid.h"
#include "core/Stanza.h"
#include "core/StanzaError.h"
#include "disco/EntityCaps.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <map>
#include <optional>

namespace balcony {

class Connection;
class DiscoManager;
class RosterManager;

// One available resource of a contact, as its last presence described it (RFC 6121 §4.7).
struct ResourcePresence {
    Jid jid; // full JID
    Presence::Show show = Presence::Show::None;
    QString status;
    int priority = 0;
    CapsAnnouncement caps; // XEP-0115 <c/>, null if none
    QDateTime delayStamp; // XEP-0203: when the presence was originally sent (invalid if not delayed)
    QDateTime idleSince; // XEP-0319: when the user went idle (invalid if not idle)
    quint64 sequence = 0; // arrival order: a larger number is more recent

    bool operator==(const ResourcePresence &) const = default;
};

// How much contacts' presence the PresenceManager keeps (issue 11: a remote party must not be able to grow
// it without bound). A real account has a handful of resources; the defaults leave ample room for that and
// for a 10,000-contact roster, whose size only the user (through the roster) decides.
struct PresenceLimits {
    // Resources kept per contact: the roster (the contact policy), the account itself and the recipients of
    // our directed presence (RFC 6121 §4.6).
    int resourcesPerContact = 64;
    // Resources kept per bare JID that is none of those (a "stranger").
    int resourcesPerStranger = 4;
    // Strangers whose presence is kept at all; the least recently active one makes room for a new one.
    int strangers = 256;
};

// Presence (RFC 6121 §4) on one Connection: what the account announces and what its contacts announce.
// Memory-only by design: presence is valid for one session and is never stored.
//
// Own presence:
// - Initial presence (§4.2) goes out from Connection::sessionStarting(), pipelined with the bind request
//   (XEP-0305), with the entity capabilities <c/> of the DiscoManager (XEP-0115 §4), and again whenever
//   the caps change while available. setPresence() broadcasts a change (§4.4); sendDirectedPresence()
//   addresses one entity (§4.6); signOut() sends unavailable presence (§4.5) and then closes the stream.
// - Auto-away: the UI reports the user's idle time through setIdle(); past the thresholds the announced
//   show becomes away, then xa, with XEP-0319 <idle/>; activity restores the user's own choice.
//
// Contacts' presence is kept per full JID (§4.7); unavailable removes the resource. The best resource of a
// contact is the one with the highest priority, then the most available show (chat, none, away, xa, dnd),
// then the most recent presence. Everything is forgotten when a new session starts (the server sends the
// presence of every contact again, §4.2.3) and when the connection ends for good; a resumed session
// (XEP-0198) keeps it.
//
// Resources are indexed per bare JID (a hash by full JID and an ordered ranking), so a presence costs
// O(log n) in the contact's resources, and the best resource and the count are O(1). What is kept is
// bounded (PresenceLimits): beyond a bare JID's resource limit its worst resource by the ranking above
// (lowest priority, least available, oldest) is dropped; beyond the number of strangers, the least recently
// active stranger is dropped whole. Who counts as a contact is the contact policy's answer (Account: the
// roster), the account's own bare JID, and the recipients of directed presence; without a policy everyone
// does. A dropped resource is reported like an unavailable one (presenceChanged()) and the DiscoManager
// forgets its capabilities. Presence errors are kept (lastError()) for contacts only; a stranger's is
// signalled and not kept.
//
// Change signals come in two granularities: presenceChanged() for every contact change as it happens, and
// presencesChanged() once per event-loop turn with every contact changed in it, so a model can apply a
// burst of thousands of presences in one step.
class PresenceManager : public QObject {
    Q_OBJECT
public:
    // Ordered from least to most available (the aggregate a contact list shows).
    enum class Availability { Offline, Dnd, Xa, Away, Online, Chat };
    Q_ENUM(Availability)

    // `disco` may be null: presence then carries no caps.
    PresenceManager(Connection &connection, DiscoManager *disco, QObject *parent = nullptr);
    ~PresenceManager() override;

    // --- own presence
    // The user's choice. Sent at once when the session is up, otherwise with the next initial presence.
    // The priority is clamped to -128..127 (§4.7.2.3).
    void setPresence(Presence::Show show, const QString &status = QString(), int priority = 0);
    Presence::Show chosenShow() const { return m_show; }
    QString status() const { return m_status; }
    int priority() const { return m_priority; }
    // What is announced: the chosen show, or away/xa while auto-away is in effect.
    Presence::Show effectiveShow() const;
    bool isAutoAway() const { return effectiveShow() != m_show; }
    // Between signOut() and the next setPresence(): the unavailable presence is out.
    bool isSigningOut() const { return m_signingOut; }
    // A payload of the account's own presence owned by another module (XEP-0153's <x xmlns='vcard-temp:x:update'/>),
    // by `key`: set or replaced, or removed when `element` is null. Every presence from now on carries it; a
    // change is broadcast at once while available (and ownPresenceChanged() emitted).
    void setExtension(const QString &key, const Element &element);
    // The presence stanza for the current state (to = `to`, none for a broadcast).
    Presence ownPresence(const Jid &to = Jid()) const;

    // Directed presence (§4.6): the current presence to one entity, typically outside the roster (the
    // server then sends it our unavailable presence when we sign out). Returns false if not connected.
    bool sendDirectedPresence(const Jid &to);
    // Ends a directed presence: unavailable to that entity only.
    bool sendDirectedUnavailable(const Jid &to, const QString &status = QString());
    // The entities that received directed presence on this session and no unavailable since.
    QList<Jid> directedPresenceRecipients() const;

    // Unavailable presence (§4.5.1), then Connection::disconnectFromServer().
    void signOut(const QString &status = QString());

    // --- auto-away hooks for the UI
    // Idle thresholds in seconds (defaults 300 and 900); a threshold <= 0 disables that step.
    void setAutoAwayThresholds(int awaySeconds, int xaSeconds);
    int autoAwaySeconds() const { return m_awaySeconds; }
    int autoXaSeconds() const { return m_xaSeconds; }
    // The user has been idle for `seconds` (0 on activity). Switches the announced show to away/xa past
    // the thresholds and back to the user's choice on activity. Busy (dnd) is never overridden, and an
    // explicit away only deepens to xa.
    void setIdle(int seconds);

    // --- bounds (see the class comment)
    // `isContact` gets a bare JID; null means everyone is a contact. The policy is asked at every presence,
    // so a contact added to or removed from the roster is treated as such from its next presence on.
    void setContactPolicy(std::function<bool(const Jid &bareJid)> isContact);
    // The policy the account uses: a contact is a JID in `roster` (any subscription state). `roster` must
    // outlive the policy.
    static std::function<bool(const Jid &bareJid)> rosterContactPolicy(const RosterManager &roster);
    // Whether `bareJid` gets a contact's limits now.
    bool isContact(const Jid &bareJid) const;
    void setLimits(const PresenceLimits &limits);
    PresenceLimits limits() const { return m_limits; }
    // Resources dropped to keep the bounds on this session (for tests and diagnostics).
    quint64 droppedResources() const { return m_dropped; }

    // --- contacts' presence
    // The available resources of `bareJid` (any resource of the argument is ignored), best first.
    QList<ResourcePresence> resources(const Jid &bareJid) const;
    std::optional<ResourcePresence> bestResource(const Jid &bareJid) const;
    int resourceCount(const Jid &bareJid) const;
    // The presence of one full JID, if available.
    std::optional<ResourcePresence> resource(const Jid &fullJid) const;
    // The contact's summary: the show of its best resource, Offline if none is available.
    Availability availability(const Jid &bareJid) const;
    static Availability availabilityOf(Presence::Show show);
    // The last presence error from the contact (§4.7.2 / RFC 6120 §8.3), cleared by its next presence.
    std::optional<StanzaError> lastError(const Jid &bareJid) const;
    // Every contact with at least one available resource.
    QList<Jid> availableContacts() const;

    // §4.7.2 ordering: true if `a` is a better resource than `b`.
    static bool isBetter(const ResourcePresence &a, const ResourcePresence &b);
    // Parses an incoming available presence (nullopt if it is not one or has no full 'from').
    static std::optional<ResourcePresence> parse(const Element &presence, quint64 sequence = 0);
    // A presence that reached us another way than as a stanza from the server (XEP-0207: the item of a
    // contact's `presence` node, src/eventing), handled exactly like a received one: the same resource (its full
    // 'from') is updated, so a contact seen both ways is kept once. The caller checked who sent it. False if it is
    // not a <presence/> with a valid full 'from'.
    bool applyPresence(const Element &presence);

Q_SIGNALS:
    // The contact's resources, best resource or error changed (at once, once per stanza).
    void presenceChanged(const balcony::Jid &bareJid);
    // Coalesced: every contact changed since the last emission, once per event-loop turn, in first-change
    // order, each once.
    void presencesChanged(const QList<balcony::Jid> &bareJids);
    // A contact answered with a presence error.
    void presenceError(const balcony::Jid &from, const balcony::StanzaError &error);
    // A presence stanza from the contact (available, unavailable or error) was handled, also one that changed
    // nothing, such as a server's unavailable answer to a probe for a contact who is offline (RFC 6121 §4.3.2).
    void presenceReceived(const balcony::Jid &bareJid);
    // The announced presence changed (user choice, auto-away, sign-out).
    void ownPresenceChanged();

private:
    // §4.7.2 ranking as an ordered key: best first. The sequence is unique, so the key is too.
    struct Rank {
        int priority = 0;
        int show = 0;
        quint64 sequence = 0;
        bool operator<(const Rank &other) const; // "is better than"
    };
    // One bare JID's available resources, ranked (their presence is in m_resources).
    struct Contact {
        std::map<Rank, Jid> ranking; // best first
        quint64 strangerSince = 0; // the key in m_strangers while this is a stranger, else 0
    };

    bool handleStanza(const Element &stanza);
    void handleAvailable(const Jid &from, const Element &stanza);
    void handleUnavailable(const Jid &from);
    void handleError(const Jid &from, const Element &stanza);
    void onSessionStarting(bool previousSessionLost);
    void onDisconnected();
    void onSessionResumed();
    void onCapsChanged();
    void clearContacts();
    static Rank rankOf(const ResourcePresence &resource);
    // Removes one resource (and the contact when it was the last one); false if there was none.
    bool removeResource(const Jid &fullJid);
    void dropWorstResources(Contact &contact, int limit);
    // Removes the contact and its resources; `forget` also tells the DiscoManager (a drop, not unavailable).
    void eraseContact(QHash<Jid, Contact>::iterator contact, bool forget);
    void dropOldStrangers();
    void noteBoundReached();
    void broadcast();
    void markChanged(const Jid &bareJid);
    void flushChanges();
    Presence::Show autoShow() const;

    Connection &m_connection;
    DiscoManager *m_disco;
    // full JID -> the presence of an available resource; bare JID -> its resources, ranked. One hash for every
    // resource rather than one per contact: most contacts have one resource, and a hash each costs more.
    QHash<Jid, ResourcePresence> m_resources;
    QHash<Jid, Contact> m_contacts;
    // Strangers with resources, least recently active first (the key is their last presence's sequence).
    std::map<quint64, Jid> m_strangers;
    QHash<Jid, StanzaError> m_errors; // contacts only
    QSet<Jid> m_directed;
    QHash<Jid, int> m_directedBare; // bare JID -> how many of m_directed have it
    std::function<bool(const Jid &)> m_contactPolicy;
    PresenceLimits m_limits;
    quint64 m_dropped = 0;
    bool m_boundLogged = false;
    QList<Jid> m_pending; // changed contacts not yet in presencesChanged()
    QSet<Jid> m_pendingSet;
    QTimer m_flushTimer;
    quint64 m_sequence = 0;

    Presence::Show m_show = Presence::Show::None;
    QString m_status;
    int m_priority = 0;
    bool m_signingOut = false;
    QMap<QString, Element> m_extensions; // setExtension(), in key order
    bool m_unsent = false; // the last broadcast could not be sent (no bound stream)
    int m_idleSeconds = 0;
    QDateTime m_idleSince;
    int m_awaySeconds = 300;
    int m_xaSeconds = 900;
};

} // namespace balcony
