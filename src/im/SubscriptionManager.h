#pragma once

#include "core/Jid.h"
#include "storage/RosterStore.h"
#include "storage/SubscriptionRequestStore.h"

#include <QObject>

namespace balcony {

class Connection;
class Element;
class RosterManager;

// Presence subscriptions (RFC 6121 §3) on one Connection, next to the RosterManager.
//
// Outbound actions are presence stanzas to the contact's bare JID: requestSubscription() (§3.1.1; the
// contact is added to the roster first when absent, as §3.1.1 recommends), approve() and deny() of an
// inbound request (§3.1.4), cancel() of the contact's subscription to us (§3.2.1), unsubscribe() from the
// contact's presence (§3.3.1) and preApprove() (§3.4, only if the server advertised
// <sub xmlns='urn:xmpp:features:pre-approval'/>).
//
// The subscription state itself (none/to/from/both, ask='subscribe', approved) is what the server says in
// roster pushes; this module only adds what the roster cannot hold: inbound requests the user has not
// answered, persisted in the SubscriptionRequestStore so they survive a restart (§3.1.3 lets a client wait
// for the user). A request from someone who already has a subscription or a pre-approval is answered
// automatically instead of asking the user twice; a roster push that shows the subscription granted (for
// example from another of the user's devices) resolves the stored request.
//
// Anyone can send requests from any number of addresses (issue 11), so what is kept is bounded: at most
// maxPendingRequests() requests from JIDs outside the roster are stored and shown; beyond that a new one is
// counted (droppedRequests()) and neither stored nor signalled: the server keeps it and delivers it again at
// the next login (§3.1.3), when the user may have answered the others. A contact in the roster always gets
// through. The status text is cut to maxStatusLength() characters, and a repeated request rewrites the
// stored one only when its text changed.
class SubscriptionManager : public QObject {
    Q_OBJECT
public:
    // RFC 6121 Appendix A.1: the nine defined subscription states, from the user's point of view ("out" =
    // our request to them awaits their answer, "in" = theirs awaits ours).
    enum class State {
        None,
        NonePendingOut,
        NonePendingIn,
        NonePendingOutIn,
        To,
        ToPendingIn,
        From,
        FromPendingOut,
        Both
    };
    Q_ENUM(State)

    SubscriptionManager(
        Connection &connection, RosterManager &roster, SubscriptionRequestStore &store, QObject *parent = nullptr);
    ~SubscriptionManager() override;

    static QString preApprovalFeatureNs(); // urn:xmpp:features:pre-approval

    // --- bounds (see the class comment)
    static constexpr int maxPendingRequests() { return 500; }
    static constexpr qsizetype maxStatusLength() { return 1000; }
    // Requests neither stored nor shown because the store held maxPendingRequests() (since construction).
    int droppedRequests() const { return m_droppedRequests; }

    // --- actions; each returns false if nothing could be sent (no session, invalid JID)
    // Asks `jid` for their presence; `status` is an optional message for them.
    bool requestSubscription(const Jid &jid, const QString &status = QString());
    // Adds (or renames and regroups) the contact in the roster and asks for their presence: the roster set
    // with the name and groups, then the request (§3.1.1), in one go. requestSubscription() alone would add
    // an item without them, which the server then applies after this one.
    bool addContact(const Jid &jid, const QString &name, const QStringList &groups, const QString &status = QString());
    // Grants a pending (or expected) request; with `requestBack` also asks for theirs if we have none.
    bool approve(const Jid &jid, bool requestBack = false);
    // Refuses a pending request.
    bool deny(const Jid &jid);
    // Revokes the contact's subscription to our presence.
    bool cancel(const Jid &jid);
    // Stops our subscription to the contact's presence (or withdraws our pending request).
    bool unsubscribe(const Jid &jid);
    // Approves a request before it is made (§3.4). Fails with a translated `error` when the server did not
    // advertise pre-approval on this stream.
    bool preApprove(const Jid &jid, QString *error = nullptr);
    bool serverSupportsPreApproval() const;

    // --- state
    State state(const Jid &jid) const;
    // The state for a roster item (null if the contact is not in the roster) and a pending inbound request.
    static State stateOf(const RosterItem *item, bool pendingIn);
    // One translated line describing `state` for the UI.
    static QString describe(State state);
    // They can see our presence / we can see theirs.
    static bool theySeeUs(State state);
    static bool weSeeThem(State state);
    bool isPreApproved(const Jid &jid) const;

    // Inbound requests the user has not answered, oldest first.
    QList<SubscriptionRequest> pendingRequests() const;
    bool hasPendingRequest(const Jid &jid) const;

Q_SIGNALS:
    // A new inbound request to show the user (stored until approve() or deny()).
    void subscriptionRequested(const balcony::Jid &from, const QString &status);
    // A stored request is gone: answered here or on another device, or withdrawn by the contact.
    void requestResolved(const balcony::Jid &from);
    // Informational (the roster push carries the state): the contact approved our request (§3.1.5) ...
    void subscriptionApproved(const balcony::Jid &from);
    // ... denied our request or cancelled our subscription (§3.2.3) ...
    void subscriptionRevoked(const balcony::Jid &from);
    // ... unsubscribed from our presence (§3.3.3).
    void contactUnsubscribed(const balcony::Jid &from);
    // state(jid) may have changed.
    void stateChanged(const balcony::Jid &jid);

private:
    bool handleStanza(const Element &stanza);
    void handleSubscribe(const Jid &from, const Element &stanza);
    void onRosterItemChanged(const Jid &jid);
    bool sendPresence(const Jid &to, const QString &type, const QString &status = QString());
    void resolveRequest(const Jid &from);

    Connection &m_connection;
    RosterManager &m_roster;
    SubscriptionRequestStore &m_store;
    int m_droppedRequests = 0;
};

} // namespace balcony
