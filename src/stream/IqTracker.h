#pragma once

#include "core/Element.h"
#include "core/Jid.h"
#include "core/StanzaError.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <utility>

namespace balcony {

struct IqResult {
    enum class Status {
        Result, // type='result': `stanza` is the response
        Error, // type='error': `error` parsed, `stanza` is the response
        Timeout, // no response within the timeout
        Cancelled, // the stream was lost and could not be resumed, or the tracker was cleared
    };
    Status status = Status::Cancelled;
    Element stanza;
    StanzaError error;
};

// Tracks outgoing IQ get/set requests until their response (RFC 6120 §8.2.3). A response matches only if
// both its id and its sender match: a request to X accepts a reply from X; a request without 'to' (to the
// account's server on its behalf) accepts a reply with no 'from', from the account's bare JID, or from
// the account's full JID (RFC 6120 §8.1.2.1, §10.3). Anything else is not a reply and is left for the
// router (which answers unknown get/set and drops stray results).
//
// Cost: a server can make the client send many requests (a caps query per new 'ver', issue 11), so every
// operation is O(log n) in the pending requests: one timer for all of them and a map ordered by deadline. (A
// QTimer per request made cancelling n requests quadratic: Qt finds a timer and a child by a linear search,
// 50,000 requests cancelled newest first took 24 s.)
class IqTracker : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const IqResult &)>;

    explicit IqTracker(QObject *parent = nullptr);
    ~IqTracker() override;

    // The account's bound JID, used for matching replies to requests without 'to'.
    void setOwnJid(const Jid &jid);

    // Registers `iq` (which must carry type get/set and an id) before it is written. `timeoutMs` <= 0
    // means no timeout.
    void track(const Element &iq, Callback callback, int timeoutMs = 30000);
    // Offers an incoming iq result/error; true if it answered a tracked request (and the callback ran).
    bool handleResponse(const Element &iq);
    // Fails every pending request with Cancelled (stream lost and not resumable).
    void cancelAll();
    int pendingCount() const;

private:
    using Deadline = std::pair<qint64, quint64>; // (ms on m_clock, sequence): equal times keep their order
    struct Pending {
        QString to;
        Callback callback;
        quint64 sequence = 0;
        bool hasDeadline = false;
        qint64 deadlineMs = 0;
    };
    void finish(const QString &id, const IqResult &result);
    bool senderMatches(const QString &requestTo, const QString &from) const;
    void onTimer();
    void armTimer();

    Jid m_ownJid;
    QHash<QString, Pending> m_pending;
    std::map<Deadline, QString> m_deadlines; // ids of the pending requests that can time out, soonest first
    QTimer m_timer;
    QElapsedTimer m_clock;
    quint64 m_nextSequence = 0;
};

} // namespace balcony
