#pragma once

#include "core/Element.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <deque>
#include <optional>

namespace balcony {

namespace ns {
inline constexpr auto sm = u"urn:xmpp:sm:3";
} // namespace ns

// XEP-0198 (v1.6, namespace urn:xmpp:sm:3) stream management state of one session, without I/O: the
// Connection feeds it what it sends and receives and writes what it returns.
//
// Counting (§4): once <enable/> is written, every stanza the client writes is appended to the unacked
// queue (outbound count); once <enabled/> arrives, every stanza received counts inbound. Both counters
// wrap at 2^32 (§5). An <a h/> drops the acknowledged stanzas from the queue; an h beyond what was sent
// is a protocol violation (§4, "handled-count-too-high").
//
// Resumption (§5): the session id survives the connection. After a drop the Connection sends
// resumeRequest() instead of binding; <resumed h/> acknowledges up to h and the rest of the queue is
// written again, in order, exactly once. <failed/> ends the session; its optional h (v1.6) still trims
// the queue so that only stanzas the server never handled are offered to the new session.
class StreamManagement {
public:
    struct Unacked {
        // The stanza if it is a <message/>; null for presences and IQs. Only messages are ever looked at again
        // (the outbox's confirmation, carrying them to a new session); the bytes suffice to resend the rest,
        // and a server can make the client answer 100,000s of requests before it acknowledges any.
        Element stanza;
        QByteArray bytes; // as serialized for the stream (jabber:client default namespace)
    };

    enum class AckResult { Ok, TooHigh };

    // --- enabling
    static Element enableRequest(); // <enable xmlns='urn:xmpp:sm:3' resume='true'/>
    // <enable/> was written: outbound counting starts now.
    void markEnableSent();
    bool isEnableSent() const { return m_enableSent; }
    // <enabled/> arrived; returns false if it came without our <enable/>.
    bool handleEnabled(const Element &enabled);
    // <failed/> in answer to <enable/>: SM is off for this session (the queue is dropped: nothing is
    // resent on a stream without SM).
    void handleEnableFailed();
    bool isEnabled() const { return m_enabled; }
    bool isResumable() const { return m_enabled && m_resumable && !m_id.isEmpty(); }
    QString id() const { return m_id; }
    // The server's preferred reconnection address (§5 'location'), empty if none.
    QString location() const { return m_location; }
    // Seconds the server keeps the session after a drop ('max'), 0 if it did not say.
    int maxResumptionSeconds() const { return m_max; }

    // --- counting
    // The client wrote a stanza (only counted once <enable/> was sent).
    void stanzaSent(const Element &stanza, const QByteArray &bytes);
    // A stanza arrived (only counted once <enabled/> was received).
    void stanzaReceived();
    quint32 inboundCount() const { return m_inbound; }
    quint32 outboundCount() const { return m_outbound; }
    qsizetype unackedCount() const { return qsizetype(m_queue.size()); }
    const std::deque<Unacked> &unacked() const { return m_queue; }
    // The message stanzas the server acknowledged since the last call (for the outbox: acked by the server).
    QList<Element> takeAcknowledged();

    // <a h='N'/> from the server.
    AckResult handleAck(const Element &a);
    // <a h=inbound/> answering the server's <r/>.
    Element ackElement() const;
    static Element requestElement(); // <r/>

    // --- resumption
    // <resume xmlns='urn:xmpp:sm:3' previd=id h=inbound/>; nullopt if not resumable.
    std::optional<Element> resumeRequest() const;
    // <resumed h/>: trims the queue to what the server has not handled and returns it, to be written again
    // (each stays queued and counted as sent anew). TooHigh if h exceeds what was sent.
    AckResult handleResumed(const Element &resumed, QList<Unacked> *resend);
    // <failed/> (for <resume/>): the session is gone. Returns the stanzas the server did not
    // acknowledge (all unacked if it gave no h) and resets everything.
    QList<Unacked> handleResumeFailed(const Element &failed);

    // Forget everything (clean close, or a new session that does not use SM).
    void reset();
    // The session ended without resumption: returns what the server never acknowledged, oldest first, and
    // resets (acknowledged-but-not-taken stanzas stay available to takeAcknowledged()).
    QList<Unacked> takeUnackedAndReset();

private:
    // Drops queue entries up to server count h; false if h is beyond what was sent.
    bool acknowledgeUpTo(quint32 h);

    bool m_enableSent = false;
    bool m_enabled = false;
    bool m_resumable = false;
    QString m_id;
    QString m_location;
    int m_max = 0;
    quint32 m_inbound = 0; // stanzas received since <enabled/>
    quint32 m_outbound = 0; // stanzas sent since <enable/>
    quint32 m_acked = 0; // last h the server reported
    std::deque<Unacked> m_queue; // sent, not yet acknowledged, oldest first
    QList<Element> m_newlyAcked;
};

} // namespace balcony
