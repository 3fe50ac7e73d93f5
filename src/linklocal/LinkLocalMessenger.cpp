#include "linklocal/LinkLocalMessenger.h"

#include "core/Stanza.h"
#include "core/StanzaError.h"
#include "core/XmlWriter.h"
#include "im/ImNamespaces.h"

#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLinkLocalMessages, "balcony.linklocal.messages")

namespace balcony::linklocal {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString clientNs()
{
    return QString::fromUtf16(ns::client);
}

} // namespace

LinkLocalMessenger::LinkLocalMessenger(
    LinkLocalService &service, HistoryStore &history, OutboxStore &outbox, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_history(history)
    , m_outbox(outbox)
{
    // Entries a previous process wrote were never confirmed: they go out again (OutboxStore protocol step 4).
    m_outbox.markUnconfirmed();
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &LinkLocalMessenger::flushAll);
    connect(&service, &LinkLocalService::stanzaReceived, this, &LinkLocalMessenger::onStanza);
    connect(&service, &LinkLocalService::streamFinished, this,
        [this](const QString &peer, bool clean, const QString &) { onStreamFinished(peer, clean); });
    connect(
        &service.peers(), &LinkLocalPeers::peerAdded, this, [this](const LinkLocalPeer &peer) { flush(peer.name); });
    connect(
        &service.peers(), &LinkLocalPeers::peerChanged, this, [this](const LinkLocalPeer &peer) { flush(peer.name); });
    // What was handed for a peer that left before a stream took it (none opened) goes again when it is back.
    connect(&service.peers(), &LinkLocalPeers::peerRemoved, this, [this](const QString &peer) {
        if (!m_service.hasOpenStream(peer)) {
            m_handed.remove(peer);
        }
    });
}

std::optional<Jid> LinkLocalMessenger::conversationFor(const QString &peerName)
{
    const std::optional<Jid> jid = Jid::parse(peerName);
    if (!jid || !jid->isBare() || jid->local().isEmpty()) {
        return std::nullopt;
    }
    return jid;
}

qint64 LinkLocalMessenger::sendMessage(const QString &peerName, const QString &body)
{
    const std::optional<Jid> to = conversationFor(peerName);
    if (!to) {
        qCWarning(lcLinkLocalMessages) << "cannot chat with" << peerName << ": the name is not a JID";
        return 0;
    }
    const QString id = newId();
    const Jid from = conversationFor(m_service.name()).value_or(Jid());
    Element stanza(u"message"_s, clientNs());
    stanza.setAttribute(u"type"_s, u"chat"_s);
    stanza.setAttribute(u"id"_s, id);
    if (!from.isNull()) {
        stanza.setAttribute(u"from"_s, from.toString());
    }
    stanza.setAttribute(u"to"_s, peerName); // XEP-0174 §5: the instance names
    stanza.appendTextChild(u"body"_s, clientNs(), body);
    stanza.appendChild(Element(u"request"_s, ns::receipts()));
    stanza.appendChild(chatStateElement(ChatState::Active));
    Element origin(u"origin-id"_s, ns::sid());
    origin.setAttribute(u"id"_s, id);
    stanza.appendChild(origin);
    QString error;
    const std::optional<QByteArray> xml = XmlWriter::serialize(stanza, clientNs(), &error);
    if (!xml) {
        qCWarning(lcLinkLocalMessages) << "cannot send to" << peerName << ":" << error;
        return 0;
    }
    StoredMessage message
        = StoredMessage::outgoing(from, *to, Message::Type::Chat, id, QString(), body, QDateTime::currentDateTimeUtc());
    message.stanzaXml = QString::fromUtf8(*xml);
    const std::optional<OutboxEntry> entry = m_outbox.enqueue(message, message.stanzaXml);
    if (!entry) {
        qCWarning(lcLinkLocalMessages) << "cannot store the message to" << peerName;
        return 0;
    }
    message.id = entry->historyId;
    Q_EMIT messageStored(entry->historyId, message);
    flush(peerName);
    return entry->historyId;
}

void LinkLocalMessenger::sendChatState(const QString &peerName, ChatState state)
{
    if (state == ChatState::None || !m_service.hasOpenStream(peerName)) {
        return;
    }
    Element stanza(u"message"_s, clientNs());
    stanza.setAttribute(u"type"_s, u"chat"_s);
    stanza.setAttribute(u"to"_s, peerName);
    stanza.appendChild(chatStateElement(state));
    m_service.send(peerName, stanza);
}

void LinkLocalMessenger::flush(const QString &peer)
{
    const std::optional<Jid> conversation = conversationFor(peer);
    if (!conversation || !m_service.peers().peer(peer)) {
        return; // stays queued until the peer is back
    }
    QSet<QString> &handed = m_handed[peer];
    const QList<OutboxEntry> entries = m_outbox.pending();
    for (const OutboxEntry &entry : entries) {
        if (entry.conversation != *conversation || handed.contains(entry.originId)) {
            continue;
        }
        if (!m_service.sendSerialized(peer, entry.stanzaXml.toUtf8())) {
            if (!m_retry.isActive()) {
                m_retry.start();
            }
            return; // in order: nothing after a message that could not go
        }
        handed.insert(entry.originId);
        if (entry.state != OutboxEntry::State::Sent && m_outbox.markSent(entry.originId)) {
            Q_EMIT messageStateChanged(entry.historyId, MessageState::Sent);
        }
    }
}

void LinkLocalMessenger::flushAll()
{
    const QList<LinkLocalPeer> peers = m_service.peers().peers();
    for (const LinkLocalPeer &peer : peers) {
        flush(peer.name);
    }
}

void LinkLocalMessenger::onStreamFinished(const QString &peer, bool clean)
{
    const QSet<QString> handed = m_handed.take(peer);
    const std::optional<Jid> conversation = conversationFor(peer);
    if (!conversation) {
        return;
    }
    bool unconfirmed = false;
    for (const QString &originId : handed) {
        const std::optional<OutboxEntry> entry = m_outbox.entry(originId);
        if (!entry) {
            continue; // its receipt came
        }
        if (clean) {
            // The peer closed after reading all we wrote: it has the message, though it sent no receipt.
            if (m_outbox.acknowledge(originId)) {
                Q_EMIT messageStateChanged(entry->historyId, MessageState::AckedByServer);
            }
        } else {
            unconfirmed = true;
        }
    }
    if (unconfirmed && m_service.peers().peer(peer) && !m_retry.isActive()) {
        m_retry.start(); // written again on a new stream
    }
}

void LinkLocalMessenger::setState(const Jid &conversation, const QString &originId, MessageState state)
{
    const QList<qint64> ids = m_history.updateStateByMessageId(conversation, originId, state);
    for (const qint64 id : ids) {
        Q_EMIT messageStateChanged(id, state);
    }
}

void LinkLocalMessenger::onStanza(const QString &peer, const Element &stanza)
{
    const std::optional<Jid> conversation = conversationFor(peer);
    if (stanza.name() == u"iq"_s) {
        const QString type = stanza.attribute(u"type");
        if ((type == u"get"_s || type == u"set"_s) && !stanza.attribute(u"id").isEmpty()) {
            // RFC 6120 §8.2.3: every request gets an answer; we offer no IQ services on link-local streams.
            Element reply(u"iq"_s, clientNs());
            reply.setAttribute(u"type"_s, u"error"_s);
            reply.setAttribute(u"id"_s, stanza.attribute(u"id"));
            reply.setAttribute(u"to"_s, peer);
            StanzaError error;
            error.type = StanzaError::Type::Cancel;
            error.condition = StanzaError::Condition::ServiceUnavailable;
            reply.appendChild(error.toElement());
            m_service.send(peer, reply);
        }
        return;
    }
    if (stanza.name() != u"message"_s || !conversation) {
        return;
    }
    onMessage(peer, *conversation, stanza);
}

void LinkLocalMessenger::onMessage(const QString &peer, const Jid &conversation, const Element &stanza)
{
    const QString type = stanza.attribute(u"type");
    if (type == u"error"_s) {
        const QString id = stanza.attribute(u"id");
        if (!id.isEmpty() && m_outbox.fail(id, StanzaError::fromElement(stanza.firstChild(u"error")).describe())) {
            setState(conversation, id, MessageState::Failed);
        }
        return;
    }
    const Element received = stanza.firstChild(u"received", ns::receipts());
    if (!received.isNull()) {
        const QString id = received.attribute(u"id");
        if (!id.isEmpty()) {
            m_outbox.acknowledge(id);
            setState(conversation, id, MessageState::Delivered);
        }
    }
    const ChatState state = chatStateOf(stanza);
    if (state != ChatState::None) {
        Q_EMIT chatStateReceived(peer, state);
    }
    const QString body = stanza.childText(u"body", clientNs());
    if (body.isEmpty() || (type != u"chat"_s && type != u"normal"_s && !type.isEmpty())) {
        return;
    }
    const QString id = stanza.attribute(u"id");
    const QString originId = stanza.firstChild(u"origin-id", ns::sid()).attribute(u"id");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    StoredMessage message;
    message.conversation = conversation;
    message.type = type == u"normal"_s ? Message::Type::Normal : Message::Type::Chat;
    message.direction = MessageDirection::Incoming;
    message.from = conversation;
    message.to = conversationFor(m_service.name()).value_or(Jid());
    message.messageId = id;
    message.originId = originId.isEmpty() ? id : originId; // de-duplicates a peer's resend
    message.thread = stanza.childText(u"thread", clientNs());
    message.body = body;
    message.sentTime = now;
    message.receivedTime = now;
    message.state = MessageState::Received;
    message.stanzaXml = stanza.toString(clientNs());
    bool created = false;
    const qint64 rowId = m_history.insert(message, &created);
    if (rowId != 0 && created) {
        message.id = rowId;
        Q_EMIT messageStored(rowId, message);
    }
    if (m_sendReceipts && rowId != 0 && !id.isEmpty() && stanza.hasChild(u"request", ns::receipts())) {
        // XEP-0184 §5.2: answered also for a duplicate (the first receipt may be what got lost).
        Element receipt(u"message"_s, clientNs());
        receipt.setAttribute(u"to"_s, peer);
        receipt.setAttribute(u"id"_s, newId());
        Element ack(u"received"_s, ns::receipts());
        ack.setAttribute(u"id"_s, id);
        receipt.appendChild(ack);
        m_service.send(peer, receipt);
    }
}

} // namespace balcony::linklocal
