#pragma once

#include "core/Jid.h"
#include "storage/CapsStore.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace balcony {

// The CapsQueryBudget's numbers (see there).
struct CapsQueryLimits {
    int contactBurst = 4;
    qint64 contactIntervalMs = 15000; // 4 queries per minute once the burst is spent
    int contactQueue = 16;
    int strangerBurst = 2; // for all strangers together
    qint64 strangerIntervalMs = 60000;
    int strangerQueue = 8;
};

// How many disco#info queries other entities' caps announcements (XEP-0115 §6.3) may cost. Every presence
// can carry a new 'ver', and each unknown one asks for a query: without a budget, one contact's presence
// flood is a query flood, and every answer that verifies is a row in the cache (issue 11).
//
// Queries are charged to an account: a contact's bare JID, or one account shared by every stranger (a JID
// the contact policy does not know), so that a server forging many addresses gets no more than one stranger.
// An account has at most one query outstanding and a token bucket (`burst` tokens, one more every
// `intervalMs`). A request that cannot start now waits in its account's queue, where a later request of
// the same entity replaces the earlier one (only the latest caps matter) and the oldest is dropped beyond
// the queue's bound. The clock is the caller's (milliseconds, monotonic), which keeps this class testable.
class CapsQueryBudget {
public:
    // One announcement waiting for its query.
    struct Request {
        Jid entity;
        CapsAnnouncement caps;
        bool individual = false; // ask the entity itself, without verifying (XEP-0115 §5.4 fallback)
    };

    explicit CapsQueryBudget(const CapsQueryLimits &limits = CapsQueryLimits());

    void setLimits(const CapsQueryLimits &limits) { m_limits = limits; }
    const CapsQueryLimits &limits() const { return m_limits; }

    // The account a query for `entity` is charged to.
    static Jid accountFor(const Jid &entity, bool contact) { return contact ? entity.bare() : Jid(); }

    // Takes a query slot of `account` if one is free now: nothing outstanding and a token left.
    bool tryStart(const Jid &account, qint64 nowMs);
    // The query started with tryStart() or next() ended (answered, failed or timed out).
    void finished(const Jid &account);
    void enqueue(const Jid &account, const Request &request);
    // If `account` has a free slot now, pops its queued requests until `needed` accepts one and returns it
    // with the slot taken. `needed` may resolve a request without a query (returning false).
    std::optional<Request> next(const Jid &account, qint64 nowMs, const std::function<bool(const Request &)> &needed);
    // Drops a queued request of `entity` (it went away).
    void forget(const Jid &entity);
    // The accounts with queued requests.
    QList<Jid> queuedAccounts() const { return QList<Jid>(m_queued.cbegin(), m_queued.cend()); }
    // Milliseconds until a queued account can start a query by its tokens (0: now), or -1 if none is
    // waiting for tokens (nothing queued, or every queued account waits for its outstanding query).
    qint64 msUntilNextToken(qint64 nowMs) const;
    void clear();

    int queuedCount() const;
    int outstandingCount() const;
    // Accounts with state; idle ones are dropped when there are maxAccounts() of them.
    int accountCount() const { return int(m_accounts.size()); }
    static constexpr int maxAccounts() { return 4096; }

private:
    struct Account {
        double tokens = -1; // -1: not used yet (a full bucket)
        qint64 stampMs = 0;
        int outstanding = 0;
        QList<Request> queue;
    };

    int burst(const Jid &account) const;
    qint64 interval(const Jid &account) const;
    double tokensAt(const Jid &account, const Account &state, qint64 nowMs) const;
    bool takeToken(const Jid &account, Account &state, qint64 nowMs);
    void dropIdleAccounts(qint64 nowMs);

    CapsQueryLimits m_limits;
    QHash<Jid, Account> m_accounts; // the null JID: every stranger
    QSet<Jid> m_queued; // accounts with a non-empty queue
};

} // namespace balcony
