#include "MessageManager.h"

#include "Carbons.h"
#include "ImNamespaces.h"
#include "Outbox.h"
#include "RosterManager.h"
#include "core/StreamHeader.h"
#include "disco/DiscoManager.h"
#include "storage/ElementXml.h"
#include "stream/Connection.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMessages, "balcony.im.messages")

namespace balcony {

MessageManager::MessageManager(
    Connection &connection, HistoryStore &history, Outbox &outbox, DiscoManager *disco, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_history(history)
    , m_outbox(outbox)
{
    // Every <message/> whose payload no more specific module registered for (archive results, PubSub events).
    m_connection.addStanzaHandler(
        this, { u"message"_s, {}, {} }, [this](const Element &stanza) { return handleMessage(stanza); });
    if (disco) {
        disco->addFeature(ns::receipts());
        disco->addFeature(ns::chatStates());
        disco->addFeature(ns::sid());
        disco->addFeature(ns::chatMarkers());
        disco->addFeature(ns::messageCorrect());
    }
    connect(&m_outbox, &Outbox::queued, this, [this](qint64 historyId, const QString &) {
        if (const std::optional<StoredMessage> stored = m_history.message(historyId)) {
            Q_EMIT messageStored(historyId, *stored);
        }
    });
    connect(&m_outbox, &Outbox::requeued, this,
        [this](qint64 historyId, const QString &) { relayState(historyId, MessageState::Queued); });
    connect(&m_outbox, &Outbox::written, this,
        [this](qint64 historyId, const QString &) { relayState(historyId, MessageState::Sent); });
    connect(&m_outbox, &Outbox::acknowledged, this,
        [this](qint64 historyId, const QString &) { relayState(historyId, MessageState::AckedByServer); });
    connect(&m_outbox, &Outbox::failed, this,
        [this](qint64 historyId, const QString &, const QString &) { relayState(historyId, MessageState::Failed); });
}

MessageManager::~MessageManager() = default;

void MessageManager::relayState(qint64 historyId, MessageState state)
{
    // The outbox's step is announced only if the history row took it: a row can be further along already (a
    // XEP-0184 receipt often arrives before the server's XEP-0198 ack or the confirming ping), and the store
    // never moves a state back (isStateChangeAllowed), so announcing the step would show a Delivered message
    // as merely acknowledged.
    const std::optional<StoredMessage> stored = m_history.message(historyId);
    if (stored && stored->state == state) {
        Q_EMIT messageStateChanged(historyId, state);
    }
}

std::function<bool(const Jid &)> MessageManager::rosterReceiptPolicy(const RosterManager &roster)
{
    return [&roster](const Jid &sender) {
        const std::optional<RosterItem> item = roster.item(sender.bare());
        return item && (item->subscription == u"from" || item->subscription == u"both");
    };
}

Jid MessageManager::ownJid() const
{
    const Jid bound = m_connection.boundJid();
    return bound.isNull() ? m_connection.settings().jid : bound;
}

Element MessageManager::buildMessage(const Jid &to, const QString &body, Message::Type type, const QString &thread,
    const QString &id, bool withChatState) const
{
    Element message(u"message"_s, QString::fromUtf16(ns::client));
    message.setAttribute(u"type"_s, Message::typeName(type));
    message.setAttribute(u"to"_s, to.toString());
    message.setAttribute(u"id"_s, id);
    message.appendTextChild(u"body"_s, QString::fromUtf16(ns::client), body);
    if (!thread.isEmpty()) {
        message.appendTextChild(u"thread"_s, QString::fromUtf16(ns::client), thread);
    }
    if (withChatState) {
        message.appendChild(chatStateElement(ChatState::Active));
    }
    if (type != Message::Type::GroupChat) {
        message.appendChild(Element(u"request"_s, ns::receipts()));
    }
    if (type == Message::Type::Chat) {
        // XEP-0333 §4: the recipient may tell us when it displayed the message.
        message.appendChild(Element(u"markable"_s, ns::chatMarkers()));
    }
    Element originId(u"origin-id"_s, ns::sid());
    originId.setAttribute(u"id"_s, id);
    message.appendChild(originId);
    return message;
}

qint64 MessageManager::sendMessage(const Jid &to, const QString &body, Message::Type type, const QString &thread)
{
    m_lastError.clear();
    if (to.isNull() || body.isEmpty() || type == Message::Type::Error) {
        m_lastError = tr("A message needs a recipient and a text.");
        return 0;
    }
    // XEP-0359: the origin-id doubles as the stanza id, so that receipts (XEP-0184) and errors, which name
    // the stanza id, find the message, and a resent copy is recognisably the same message.
    const QString id = Connection::generateId();
    const bool withChatState = m_sendChatStates && type == Message::Type::Chat && !m_noChatStates.contains(to.bare());
    const Element stanza = buildMessage(to, body, type, thread, id, withChatState);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    StoredMessage m = StoredMessage::outgoing(ownJid(), to, type, id, thread, body, now);
    m.stanzaXml = elementToXml(stanza).value_or(QString());
    const std::optional<OutboxEntry> entry = m_outbox.submit(m, stanza);
    if (!entry) {
        m_lastError = tr("The message could not be saved, so it was not sent.");
        return 0;
    }
    if (withChatState) {
        m_lastSentState.insert(to.bare(), ChatState::Active);
    }
    return entry->historyId;
}

void MessageManager::setSendChatStates(bool send)
{
    m_sendChatStates = send;
    // Switched on again: the next state goes out even if it equals the last one sent before (the contact has
    // seen nothing since, or <active/> from a message in between).
    m_lastSentState.clear();
}

bool MessageManager::sendChatState(const Jid &to, ChatState state)
{
    const Jid bare = to.bare();
    if (!m_sendChatStates || state == ChatState::None || to.isNull() || m_noChatStates.contains(bare)
        || m_lastSentState.value(bare, ChatState::None) == state) {
        return false;
    }
    Element message(u"message"_s, QString::fromUtf16(ns::client));
    message.setAttribute(u"type"_s, u"chat"_s);
    message.setAttribute(u"to"_s, to.toString());
    message.setAttribute(u"id"_s, Connection::generateId());
    message.appendChild(chatStateElement(state));
    // XEP-0334: a notification is not worth archiving or storing offline.
    message.appendChild(Element(u"no-store"_s, ns::hints()));
    if (!m_connection.send(message)) {
        return false;
    }
    m_lastSentState.insert(bare, state);
    return true;
}

void MessageManager::rememberChatStates(const Jid &contact, bool supported)
{
    const auto it = m_noChatStates.find(contact);
    if (it != m_noChatStates.end()) {
        m_noChatStatesOrder.erase(*it);
        m_noChatStates.erase(it);
    }
    if (supported) {
        return;
    }
    // Bounded: anyone can message us from any number of addresses (issue 11). The one remembered longest
    // makes room; forgetting it costs a few chat-state notifications it will ignore.
    while (m_noChatStates.size() >= maxRememberedChatStates()) {
        m_noChatStates.remove(m_noChatStatesOrder.begin()->second);
        m_noChatStatesOrder.erase(m_noChatStatesOrder.begin());
    }
    const quint64 stamp = ++m_chatStateStamp;
    m_noChatStates.insert(contact, stamp);
    m_noChatStatesOrder.emplace(stamp, contact);
}

bool MessageManager::handleMessage(const Element &stanza)
{
    if (stanza.name() != u"message" || stanza.hasChild(u"result", ns::mam())) {
        return false;
    }
    const Jid own = ownJid();
    const Carbons::Unwrapped carbon = Carbons::unwrap(stanza, own);
    Element message = stanza;
    MessageFlags flags;
    switch (carbon.kind) {
    case Carbons::Kind::Forged:
        return true; // dropped: nobody but our server may hand us copies
    case Carbons::Kind::Received:
        message = carbon.inner;
        flags |= MessageFlag::CarbonReceived;
        break;
    case Carbons::Kind::Sent:
        message = carbon.inner;
        flags |= MessageFlag::CarbonSent;
        break;
    case Carbons::Kind::NotCarbon:
        break;
    }
    for (const auto &[owner, filter] : std::as_const(m_incomingFilters)) {
        if (filter(message, flags)) {
            return true;
        }
    }
    std::optional<ParsedMessage> parsed = MessageParser::parse(message, own, QDateTime::currentDateTimeUtc());
    if (!parsed) {
        return carbon.kind != Carbons::Kind::NotCarbon;
    }
    // A carbon's inner message must be ours (sent) or to us (received); anything else is not a copy.
    const bool outgoing = parsed->stored.direction == MessageDirection::Outgoing;
    if ((carbon.kind == Carbons::Kind::Sent && !outgoing) || (carbon.kind == Carbons::Kind::Received && outgoing)) {
        qCWarning(lcMessages) << "dropping a carbon whose inner message does not match its kind";
        return true;
    }
    const bool acted = parsed->hasContent() || parsed->error || !parsed->receiptFor.isEmpty()
        || !parsed->displayedFor.isEmpty() || parsed->chatState != ChatState::None;
    handleParsed(std::move(*parsed), flags);
    return acted || carbon.kind != Carbons::Kind::NotCarbon;
}

qint64 MessageManager::storeDecrypted(const Element &plain, const MessageE2e &e2e)
{
    std::optional<ParsedMessage> parsed = MessageParser::parse(plain, ownJid(), QDateTime::currentDateTimeUtc());
    if (!parsed) {
        return 0;
    }
    parsed->stored.e2e = e2e;
    return handleParsed(std::move(*parsed), {});
}

qint64 MessageManager::handleParsed(ParsedMessage parsed, MessageFlags flags)
{
    StoredMessage &m = parsed.stored;
    m.flags |= flags;
    if (parsed.error) {
        handleError(parsed);
        return 0;
    }
    const bool incoming = m.direction == MessageDirection::Incoming;
    if (!parsed.receiptFor.isEmpty() && incoming) {
        handleReceipt(parsed);
    }
    if (!parsed.displayedFor.isEmpty() && m.type != Message::Type::GroupChat) {
        handleDisplayed(parsed);
    }
    if (incoming && parsed.chatState != ChatState::None) {
        Q_EMIT chatStateReceived(m.from, parsed.chatState);
    }
    if (incoming && parsed.hasContent() && m.type == Message::Type::Chat) {
        // XEP-0085 §5.1: a contact whose content messages carry no chat state does not want ours.
        rememberChatStates(m.conversation, parsed.chatState != ChatState::None);
    }
    qint64 createdId = 0;
    if (parsed.hasContent() && !parsed.replaces.isEmpty() && applyCorrection(parsed)) {
        // Applied to the message it corrects: not a message of its own.
    } else if (parsed.hasContent()) {
        bool created = false;
        const qint64 id = m_history.insert(m, &created);
        if (id == 0) {
            qCWarning(lcMessages) << "could not store a message from" << m.from.toString();
        } else if (created) {
            createdId = id;
            // A duplicate (XEP-0359 §6) is not announced again: the store says which one this was.
            if (const std::optional<StoredMessage> row = m_history.message(id)) {
                Q_EMIT messageStored(id, *row);
            }
        }
    }
    if (parsed.receiptRequested && incoming && !flags.testFlag(MessageFlag::CarbonReceived)) {
        answerReceipt(parsed);
    }
    return createdId;
}

void MessageManager::handleError(const ParsedMessage &parsed)
{
    const StoredMessage &m = parsed.stored;
    if (m.messageId.isEmpty() || m.direction != MessageDirection::Incoming) {
        return;
    }
    // Our message ids are their origin-ids: an error for one still in the outbox takes it out. The error
    // comes from the address the message went to (RFC 6120 §8.3.1): anyone else could fail our messages.
    if (const std::optional<OutboxEntry> entry = m_outbox.entry(m.messageId)) {
        if (entry->conversation == m.conversation) {
            m_outbox.fail(m.messageId, m.errorText);
        }
        return;
    }
    emitStateChanges(m_history.updateStateByMessageId(m.conversation, m.messageId, MessageState::Failed, m.errorText),
        MessageState::Failed);
}

void MessageManager::handleReceipt(const ParsedMessage &parsed)
{
    const StoredMessage &m = parsed.stored;
    emitStateChanges(m_history.updateStateByMessageId(m.conversation, parsed.receiptFor, MessageState::Delivered),
        MessageState::Delivered);
}

void MessageManager::handleDisplayed(const ParsedMessage &parsed)
{
    const StoredMessage &m = parsed.stored;
    if (m.direction == MessageDirection::Incoming) {
        // XEP-0333 §4: the contact displayed our message.
        emitStateChanges(m_history.updateStateByMessageId(m.conversation, parsed.displayedFor, MessageState::Read),
            MessageState::Read);
        return;
    }
    // Another of our clients displayed the contact's message (a carbon of its marker, or its archive copy):
    // XEP-0333 §5 synchronises the read state, so the conversation is read here too up to that message.
    for (const StoredMessage &row : recent(m.conversation)) {
        if (row.direction == MessageDirection::Incoming && row.messageId == parsed.displayedFor) {
            if (m_history.markRead(row.id)) {
                Q_EMIT conversationRead(m.conversation);
            }
            return;
        }
    }
}

bool MessageManager::applyCorrection(const ParsedMessage &parsed)
{
    const StoredMessage &m = parsed.stored;
    // XEP-0308 §5: only the sender's own last message may be corrected. In a chat the conversation is the
    // sender's (its bare JID, or ours for a carbon of what we sent), so the newest row of that direction from the
    // same bare JID is the only candidate; in a room every occupant shares the room's bare JID, so there the
    // sender is the occupant (full JID). Anything else (another sender's message, an older one) is not applied.
    const bool room = m.type == Message::Type::GroupChat;
    for (const StoredMessage &row : recent(m.conversation)) {
        const bool sameSender = room ? row.from == m.from : row.from.bare() == m.from.bare();
        if (row.direction != m.direction || !sameSender) {
            continue;
        }
        if (row.messageId != parsed.replaces || row.type != m.type) {
            return false;
        }
        if (!m_history.replaceBody(row.id, m.body)) {
            return false;
        }
        if (const std::optional<StoredMessage> updated = m_history.message(row.id)) {
            Q_EMIT messageUpdated(*updated);
        }
        return true;
    }
    return false;
}

bool MessageManager::retry(qint64 historyId)
{
    const std::optional<StoredMessage> row = m_history.message(historyId);
    if (!row || row->direction != MessageDirection::Outgoing || row->state != MessageState::Failed
        || row->e2e.isEncrypted()) {
        return false;
    }
    return m_outbox.requeue(historyId).has_value();
}

int MessageManager::markConversationRead(const Jid &conversation)
{
    const Jid bare = conversation.bare();
    const int unread = m_history.unreadCount(bare);
    if (unread == 0) {
        return 0;
    }
    const QList<StoredMessage> newest = recent(bare);
    if (newest.isEmpty() || !m_history.markRead(newest.constFirst().id)) {
        return 0;
    }
    Q_EMIT conversationRead(bare);
    // The newest markable message among the unread ones (newest first: the first found).
    int unreadSeen = 0;
    for (const StoredMessage &row : newest) {
        if (row.direction != MessageDirection::Incoming) {
            continue;
        }
        if (++unreadSeen > unread) {
            break;
        }
        if (!row.flags.testFlag(MessageFlag::Markable)) {
            continue;
        }
        if (row.messageId.isEmpty() || row.type == Message::Type::GroupChat || !m_receiptPolicy
            || !m_receiptPolicy(bare)) {
            break;
        }
        Element marker(u"message"_s, QString::fromUtf16(ns::client));
        marker.setAttribute(u"to"_s, row.from.toString());
        marker.setAttribute(u"id"_s, Connection::generateId());
        marker.setAttribute(u"type"_s, Message::typeName(row.type));
        Element displayed(u"displayed"_s, ns::chatMarkers());
        displayed.setAttribute(u"id"_s, row.messageId);
        marker.appendChild(displayed);
        if (!row.thread.isEmpty()) {
            marker.appendTextChild(u"thread"_s, QString::fromUtf16(ns::client), row.thread);
        }
        m_connection.send(marker);
        break;
    }
    return unread;
}

bool MessageManager::removeMessage(qint64 historyId)
{
    const std::optional<StoredMessage> row = m_history.message(historyId);
    // The outbox entry of a queued message goes with its row (the stores tie them together).
    if (!row || !m_history.remove(historyId)) {
        return false;
    }
    Q_EMIT messageRemoved(historyId, row->conversation);
    return true;
}

qint64 MessageManager::correctLastMessage(const Jid &to, const QString &body)
{
    m_lastError.clear();
    const Jid bare = to.bare();
    const Jid own = ownJid();
    for (const StoredMessage &row : recent(bare)) {
        if (row.direction != MessageDirection::Outgoing || row.from.bare() != own.bare()) {
            continue;
        }
        if (row.messageId.isEmpty() || body.isEmpty() || row.e2e.isEncrypted() || row.type != Message::Type::Chat) {
            break;
        }
        // XEP-0308 §3: a new message with its own id, naming the one it replaces; the recipient shows it in
        // place of the original.
        Element correction
            = buildMessage(row.to.isNull() ? to : row.to, body, row.type, row.thread, Connection::generateId(), false);
        Element replace(u"replace"_s, ns::messageCorrect());
        replace.setAttribute(u"id"_s, row.messageId);
        correction.appendChild(replace);
        if (!m_connection.send(correction)) {
            m_lastError = tr("The correction could not be sent: not connected.");
            return 0;
        }
        if (m_history.replaceBody(row.id, body)) {
            if (const std::optional<StoredMessage> updated = m_history.message(row.id)) {
                Q_EMIT messageUpdated(*updated);
            }
        }
        return row.id;
    }
    m_lastError = tr("There is no message of yours to correct.");
    return 0;
}

void MessageManager::answerReceipt(const ParsedMessage &parsed)
{
    const StoredMessage &m = parsed.stored;
    // XEP-0184 §5.4: no receipts for groupchat or errors, and only for messages that name themselves.
    if (m.messageId.isEmpty() || m.type == Message::Type::GroupChat || m.type == Message::Type::Error
        || !m_receiptPolicy || !m_receiptPolicy(m.conversation)) {
        return;
    }
    Element receipt(u"message"_s, QString::fromUtf16(ns::client));
    receipt.setAttribute(u"to"_s, m.from.toString());
    receipt.setAttribute(u"id"_s, Connection::generateId());
    if (m.type == Message::Type::Chat) {
        receipt.setAttribute(u"type"_s, u"chat"_s);
    }
    Element received(u"received"_s, ns::receipts());
    received.setAttribute(u"id"_s, m.messageId);
    receipt.appendChild(received);
    m_connection.send(receipt);
}

void MessageManager::emitStateChanges(const QList<qint64> &ids, MessageState state)
{
    for (const qint64 id : ids) {
        Q_EMIT messageStateChanged(id, state);
    }
}

} // namespace balcony
