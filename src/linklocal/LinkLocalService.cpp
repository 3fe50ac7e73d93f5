#include "linklocal/LinkLocalService.h"

#include "core/XmlWriter.h"

#include <QLoggingCategory>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLinkLocal, "balcony.linklocal")

namespace balcony::linklocal {

LinkLocalService::LinkLocalService(LinkLocalBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_peers(backend)
{
    connect(backend, &LinkLocalBackend::published, this, [this](const QString &name) {
        Q_EMIT published(name);
        const QStringList waiting = m_pending.keys();
        for (const QString &peer : waiting) {
            if (!m_streams.contains(peer)) {
                openStream(peer);
            }
        }
    });
    connect(backend, &LinkLocalBackend::publishFailed, this, &LinkLocalService::publishFailed);
    connect(&m_server, &QTcpServer::newConnection, this, &LinkLocalService::onNewConnection);
    connect(&m_peers, &LinkLocalPeers::peerRemoved, this, [this](const QString &peer) {
        m_pending.remove(peer); // nowhere to send them now; the messages stay in the caller's outbox
    });
}

LinkLocalService::~LinkLocalService()
{
    stop();
}

bool LinkLocalService::start(
    const QString &name, const LinkLocalPresence &presence, const QHostAddress &address, quint16 port)
{
    if (!m_server.isListening() && !m_server.listen(address, port)) {
        m_error = m_server.errorString();
        return false;
    }
    m_requestedName = name;
    m_presence = presence;
    m_presence.p2pjPort = m_server.serverPort();
    if (m_backend) {
        m_backend->publish(name, m_server.serverPort(), encodeTxt(m_presence));
        m_backend->startBrowsing();
    }
    return true;
}

void LinkLocalService::stop()
{
    if (m_backend) {
        m_backend->withdraw();
        m_backend->stopBrowsing();
    }
    const QList<LinkLocalStream *> streams = m_streams.values();
    for (LinkLocalStream *stream : streams) {
        stream->close();
    }
    const QSet<LinkLocalStream *> incoming = std::exchange(m_incoming, {});
    for (LinkLocalStream *stream : incoming) {
        stream->disconnect(this);
        stream->deleteLater();
    }
    m_pending.clear();
    m_server.close();
}

QString LinkLocalService::name() const
{
    const QString published = m_backend ? m_backend->publishedName() : QString();
    return published.isEmpty() ? m_requestedName : published;
}

void LinkLocalService::setPresence(const LinkLocalPresence &presence)
{
    m_presence = presence;
    m_presence.p2pjPort = m_server.serverPort();
    if (m_backend && m_server.isListening()) {
        m_backend->updateTxt(encodeTxt(m_presence));
    }
}

void LinkLocalService::setIdleTimeout(int ms)
{
    m_idleMs = ms;
    for (LinkLocalStream *stream : std::as_const(m_streams)) {
        stream->setIdleTimeout(ms);
    }
}

bool LinkLocalService::hasOpenStream(const QString &peer) const
{
    const LinkLocalStream *stream = m_streams.value(peer);
    return stream && stream->state() == LinkLocalStream::State::Open;
}

void LinkLocalService::closeStream(const QString &peer)
{
    if (LinkLocalStream *stream = m_streams.value(peer)) {
        stream->close();
    }
}

bool LinkLocalService::send(const QString &peer, const Element &stanza)
{
    QString error;
    const std::optional<QByteArray> xml = XmlWriter::serialize(stanza, QString::fromUtf16(ns::client), &error);
    if (!xml) {
        qCWarning(lcLinkLocal) << "cannot serialize a stanza for" << peer << ":" << error;
        return false;
    }
    return sendSerialized(peer, *xml);
}

bool LinkLocalService::sendSerialized(const QString &peer, const QByteArray &xml)
{
    LinkLocalStream *stream = m_streams.value(peer);
    if (stream && stream->state() == LinkLocalStream::State::Open) {
        return stream->sendSerialized(xml);
    }
    if (!stream || stream->state() == LinkLocalStream::State::Closing) {
        if (!m_peers.peer(peer)) {
            return false;
        }
    }
    QList<QByteArray> &pending = m_pending[peer];
    qsizetype bytes = xml.size();
    for (const QByteArray &queued : std::as_const(pending)) {
        bytes += queued.size();
    }
    if (bytes > maxPendingBytesPerPeer) {
        return false;
    }
    pending.append(xml);
    if (!stream) {
        openStream(peer); // or, before we are published, when we are
    }
    return true;
}

LinkLocalStream *LinkLocalService::openStream(const QString &peer)
{
    const std::optional<LinkLocalPeer> known = m_peers.peer(peer);
    if (!known || known->addresses.isEmpty()) {
        return nullptr;
    }
    if (!m_backend || m_backend->publishedName().isEmpty()) {
        // Peers accept streams only from names they resolved: we open none before we are published; the
        // stanzas wait in m_pending for published().
        return nullptr;
    }
    auto *stream = new LinkLocalStream(name(), peer, known->addresses.constFirst(), known->port, this);
    stream->setIdleTimeout(m_idleMs);
    m_streams.insert(peer, stream);
    adopt(stream);
    return stream;
}

void LinkLocalService::adopt(LinkLocalStream *stream)
{
    connect(stream, &LinkLocalStream::opened, this, [this, stream] {
        Q_EMIT streamOpened(stream->peerName());
        flushPending(stream->peerName());
    });
    connect(stream, &LinkLocalStream::stanzaReceived, this,
        [this, stream](const Element &stanza) { Q_EMIT stanzaReceived(stream->peerName(), stanza); });
    connect(stream, &LinkLocalStream::stanzaWritten, this,
        [this, stream](const QByteArray &xml) { Q_EMIT stanzaWritten(stream->peerName(), xml); });
    connect(stream, &LinkLocalStream::finished, this,
        [this, stream](bool clean, const QString &reason) { onFinished(stream, clean, reason); });
}

void LinkLocalService::flushPending(const QString &peer)
{
    LinkLocalStream *stream = m_streams.value(peer);
    while (stream && stream->state() == LinkLocalStream::State::Open) {
        auto it = m_pending.find(peer);
        if (it == m_pending.end() || it->isEmpty()) {
            m_pending.remove(peer);
            return;
        }
        const QByteArray xml = it->takeFirst();
        stream->sendSerialized(xml);
        stream = m_streams.value(peer);
    }
}

void LinkLocalService::onFinished(LinkLocalStream *stream, bool clean, const QString &reason)
{
    const bool opened = stream->hasOpened();
    stream->deleteLater();
    if (m_incoming.remove(stream)) {
        return; // never accepted
    }
    const QString peer = stream->peerName();
    if (m_streams.value(peer) != stream) {
        return; // replaced by another stream with that peer
    }
    m_streams.remove(peer);
    qCInfo(lcLinkLocal) << "stream with" << peer << "ended:" << reason;
    Q_EMIT streamFinished(peer, clean, reason);
    // Stanzas handed to us while an open stream was closing: a new stream takes them. A stream that never
    // opened (refused, unreachable, an old record's port) is not retried here, or a dead address would be
    // tried in a loop: the stanzas are dropped, and the caller sends again (the messenger after retryMs).
    if (opened && m_pending.contains(peer) && m_peers.peer(peer)) {
        openStream(peer);
    } else {
        m_pending.remove(peer);
    }
}

void LinkLocalService::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        QHostAddress address = socket->peerAddress();
        bool mapped = false;
        if (const quint32 ipv4 = address.toIPv4Address(&mapped); mapped) {
            address = QHostAddress(ipv4);
        }
        if (m_incoming.size() >= maxPendingIncoming) {
            qCWarning(lcLinkLocal) << "refusing a stream from" << address.toString() << ":" << maxPendingIncoming
                                   << "wait for their header already";
            socket->abort();
            socket->deleteLater();
            Q_EMIT incomingRefused(address, u"too many streams waiting"_s);
            continue;
        }
        auto *stream = new LinkLocalStream(name(), socket, this);
        m_incoming.insert(stream);
        connect(stream, &LinkLocalStream::finished, this,
            [this, stream](bool clean, const QString &reason) { onFinished(stream, clean, reason); });
        if (!m_peers.isPeerAddress(address)) {
            // XEP-0174 §4: only resolved peers may open a stream to us.
            const QString reason = u"%1 is not the address of a resolved peer"_s.arg(address.toString());
            Q_EMIT incomingRefused(address, reason);
            stream->fail({ StreamErrorCondition::InvalidFrom, reason, {} });
            continue;
        }
        connect(stream, &LinkLocalStream::headerReceived, this,
            [this, stream](const StreamHeader &header) { onHeader(stream, header); });
    }
}

void LinkLocalService::onHeader(LinkLocalStream *stream, const StreamHeader &header)
{
    const QHostAddress address = stream->peerAddress();
    if (header.to != name()) {
        const QString reason = u"the stream is for \"%1\", we are \"%2\""_s.arg(header.to, name());
        Q_EMIT incomingRefused(address, reason);
        stream->fail({ StreamErrorCondition::HostUnknown, reason, {} });
        return;
    }
    if (!m_peers.peersAt(address).contains(header.from)) {
        const QString reason = u"\"%1\" is not a peer resolved at %2"_s.arg(header.from, address.toString());
        Q_EMIT incomingRefused(address, reason);
        stream->fail({ StreamErrorCondition::InvalidFrom, reason, {} });
        return;
    }
    const QString peer = header.from;
    if (LinkLocalStream *existing = m_streams.value(peer)) {
        const bool existingIsOurs = existing->direction() == LinkLocalStream::Direction::Outgoing;
        if (existing->state() != LinkLocalStream::State::Open && existingIsOurs && name() > peer) {
            // Both opened at once: the stream of the entity whose name sorts last stays (ours).
            stream->fail({ StreamErrorCondition::Conflict, u"a stream with this peer is being opened"_s, {} });
            return;
        }
        // Theirs wins, or the peer lost the old stream and opens a new one: the new one replaces it.
        m_streams.remove(peer);
        existing->disconnect(this);
        connect(existing, &LinkLocalStream::finished, existing, &QObject::deleteLater);
        existing->close();
    }
    m_incoming.remove(stream);
    disconnect(stream, &LinkLocalStream::finished, this, nullptr);
    m_streams.insert(peer, stream);
    adopt(stream);
    stream->setIdleTimeout(m_idleMs);
    stream->accept(peer);
}

} // namespace balcony::linklocal
