#pragma once

#include "core/Jid.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace balcony {

// An inbound presence subscription request (RFC 6121 §3.1.3) the user has not answered yet.
struct SubscriptionRequest {
    Jid from; // bare
    QString status; // the <status/> text of the subscribe presence, if any
    QDateTime received;

    bool operator==(const SubscriptionRequest &) const = default;
};

// Pending inbound subscription requests, kept until the user approves or denies (RFC 6121 §3.1.3 lets the
// client wait for the user; the server redelivers on the next login, and a request stored here survives
// even when it does not).
// Implementations: SqlSubscriptionRequestStore, MemorySubscriptionRequestStore (tests).
class SubscriptionRequestStore {
public:
    virtual ~SubscriptionRequestStore() = default;

    // Stores a request (the full JID in `request.from` is reduced to the bare JID). A repeated request from
    // the same JID keeps its first received time and takes the newer status text. Returns true if it was
    // new (false for a repeat, and on a storage error).
    virtual bool add(const SubscriptionRequest &request) = 0;
    // The user acted (or the contact cancelled): returns true if there was a request.
    virtual bool remove(const Jid &from) = 0;
    virtual std::optional<SubscriptionRequest> request(const Jid &from) = 0;
    // Oldest first.
    virtual QList<SubscriptionRequest> requests() = 0;
    // How many requests are stored (0 on a storage error).
    virtual int count() = 0;
};

} // namespace balcony
