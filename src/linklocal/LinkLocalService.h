#pragma once

#include "core/Element.h"
#include "linklocal/LinkLocalBackend.h"
#include "linklocal/LinkLocalPeers.h"
#include "linklocal/LinkLocalStream.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>

namespace balcony::linklocal {

// XEP-0174 presence and streams on the local network: listens on a TCP port, publishes `_presence._tcp` with
// that port through the backend, browses the peers (LinkLocalPeers), and keeps at most one stream per peer,
// used for both directions: a stanza for a peer goes over the stream the peer opened to us, or over one we
// open to its resolved address and port.
//
// Incoming streams are accepted only from an address of a currently resolved peer (XEP-0174 §4: a stream from
// anywhere else gets <invalid-from/> at once), and only when the initiator's header names us in 'to'
// (<host-unknown/> otherwise) and in 'from' a peer resolved at that very address (<invalid-from/>). When both
// sides open a stream at the same time, the one opened by the entity whose name sorts last is kept. At most
// maxPendingIncoming connections may wait for their header (10 s each); more are closed unanswered. No stream is
// opened before our own service is published (the peer could not resolve us): stanzas wait until then.
class LinkLocalService : public QObject {
    Q_OBJECT
public:
    static constexpr int maxPendingIncoming = 32;
    static constexpr qsizetype maxPendingBytesPerPeer = 4 * 1024 * 1024;

    // `backend` must outlive the service.
    explicit LinkLocalService(LinkLocalBackend *backend, QObject *parent = nullptr);
    ~LinkLocalService() override;

    // Listens on `address`:`port` (0: any free port), publishes `name` with `presence` and browses.
    bool start(const QString &name, const LinkLocalPresence &presence, const QHostAddress &address = QHostAddress::Any,
        quint16 port = 0);
    QString errorString() const { return m_error; }
    // Withdraws the service and closes every stream (sign-out).
    void stop();
    bool isRunning() const { return m_server.isListening(); }
    // The name we are published under (avahi's alternative after a collision), else the requested one.
    QString name() const;
    quint16 port() const { return m_server.serverPort(); }
    LinkLocalPresence presence() const { return m_presence; }
    void setPresence(const LinkLocalPresence &presence);
    LinkLocalPeers &peers() { return m_peers; }
    const LinkLocalPeers &peers() const { return m_peers; }
    void setIdleTimeout(int ms);

    // Writes `stanza` to `peer` over its stream, opening one if there is none. False (nothing sent) when the
    // peer is not resolved now, the stanza cannot be serialized, or too much is waiting for that peer.
    bool send(const QString &peer, const Element &stanza);
    bool sendSerialized(const QString &peer, const QByteArray &xml);
    bool hasOpenStream(const QString &peer) const;
    // Closes the stream with `peer` politely (</stream:stream>), if there is one.
    void closeStream(const QString &peer);

Q_SIGNALS:
    void published(const QString &name);
    void publishFailed(const QString &reason);
    void streamOpened(const QString &peer);
    // A stream ended; stanzas still waiting for it are dropped (`clean`: see LinkLocalStream::finished).
    void streamFinished(const QString &peer, bool clean, const QString &reason);
    void stanzaReceived(const QString &peer, const balcony::Element &stanza);
    void stanzaWritten(const QString &peer, const QByteArray &xml);
    void incomingRefused(const QHostAddress &address, const QString &reason);

private:
    void onNewConnection();
    void onHeader(LinkLocalStream *stream, const StreamHeader &header);
    void adopt(LinkLocalStream *stream);
    void onFinished(LinkLocalStream *stream, bool clean, const QString &reason);
    LinkLocalStream *openStream(const QString &peer);
    void flushPending(const QString &peer);

    QPointer<LinkLocalBackend> m_backend;
    LinkLocalPeers m_peers;
    QTcpServer m_server;
    QString m_requestedName;
    LinkLocalPresence m_presence;
    QString m_error;
    int m_idleMs = LinkLocalStream::defaultIdleMs;
    QHash<QString, LinkLocalStream *> m_streams; // by peer name: the one stream for that peer
    QSet<LinkLocalStream *> m_incoming; // waiting for their header
    QHash<QString, QList<QByteArray>> m_pending; // written when the peer's stream opens
};

} // namespace balcony::linklocal
