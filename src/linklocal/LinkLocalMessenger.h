#pragma once

#include "core/Jid.h"
#include "im/ChatState.h"
#include "linklocal/LinkLocalService.h"
#include "storage/HistoryStore.h"
#include "storage/OutboxStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace balcony::linklocal {

// Chat messages, XEP-0085 chat states and XEP-0184 receipts over link-local streams, into the same HistoryStore
// and durable OutboxStore (and so the same models) as a server account: the "Local network" pseudo-account's
// message layer. A conversation is the peer's instance name read as a JID ("alice@laptop"); an instance name
// that is not a valid JID (e.g. the collision alternative "alice@laptop #2" that other clients take from avahi;
// Balcony's own is "alice-2@laptop") cannot be chatted with.
//
// Outgoing: the message is committed to the history (Queued) and the outbox before anything is written; it is
// written when the peer is resolved (at once, or when it reappears: messages to a peer that left stay queued),
// and becomes Sent. There is no server to acknowledge it: the entry leaves the outbox with the peer's receipt
// (Delivered), or when the stream it was written to ends cleanly (AckedByServer: the peer read it); after a
// stream broke, unconfirmed entries are written again (same id and origin-id, de-duplicated by receivers).
// Incoming: <message/>s with a body are stored (de-duplicated by origin-id), receipts answered, chat states
// reported; the sender is the stream's peer, whatever the stanza's 'from' says (XEP-0174 §5). IQ requests get
// service-unavailable.
class LinkLocalMessenger : public QObject {
    Q_OBJECT
public:
    static constexpr int retryMs = 5000;

    LinkLocalMessenger(
        LinkLocalService &service, HistoryStore &history, OutboxStore &outbox, QObject *parent = nullptr);

    static std::optional<Jid> conversationFor(const QString &peerName);

    // Stores and sends (or queues) a chat message to the peer `peerName`. Returns the history row id, 0 when
    // nothing was stored (the name is not a JID, a storage error).
    qint64 sendMessage(const QString &peerName, const QString &body);
    // Sends a standalone chat state when the peer has an open stream (never queued, never opens one).
    void sendChatState(const QString &peerName, ChatState state);
    // Whether requested receipts (XEP-0184) are answered: the user's privacy choice, as on server accounts.
    void setSendReceipts(bool send) { m_sendReceipts = send; }
    bool sendsReceipts() const { return m_sendReceipts; }

Q_SIGNALS:
    // The same signals as MessageManager's, so the models follow them the same way.
    void messageStored(qint64 id, const balcony::StoredMessage &message);
    void messageStateChanged(qint64 id, balcony::MessageState state);
    void chatStateReceived(const QString &peerName, balcony::ChatState state);

private:
    void onStanza(const QString &peer, const Element &stanza);
    void onMessage(const QString &peer, const Jid &conversation, const Element &stanza);
    void flush(const QString &peer);
    void flushAll();
    void onStreamFinished(const QString &peer, bool clean);
    void setState(const Jid &conversation, const QString &originId, MessageState state);

    LinkLocalService &m_service;
    HistoryStore &m_history;
    OutboxStore &m_outbox;
    QHash<QString, QSet<QString>> m_handed; // peer -> origin-ids written on its current stream
    QTimer m_retry;
    bool m_sendReceipts = true;
};

} // namespace balcony::linklocal
