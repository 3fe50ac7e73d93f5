#pragma once

#include "core/Element.h"
#include "core/StreamError.h"
#include "core/StreamHeader.h"
#include "stream/XmlStreamParser.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace balcony::linklocal {

// One XEP-0174 §4 stream over TCP between two link-local entities: no TLS, no SASL, no resource binding; the
// stream header's 'from' and 'to' are the service instance names. The initiator sends its header first and the
// recipient answers with its own and (version 1.0) empty <stream:features/>; after that both sides exchange
// stanzas. Input goes through the same restricted-XML XmlStreamParser and limits as a client stream (DTDs,
// entity definitions, comments and PIs are refused; a stanza over Limits::maxStanzaBytes is a
// policy-violation), read in bounded turns. Bad input ends the stream with the parser's stream error, after
// our header if it was not sent yet (RFC 6120 §4.9.1.1). The stream closes itself after `idleMs` without
// traffic in either direction.
class LinkLocalStream : public QObject {
    Q_OBJECT
public:
    enum class Direction { Outgoing, Incoming };
    enum class State { Connecting, AwaitingHeader, Open, Closing, Closed };

    static constexpr int defaultIdleMs = 5 * 60 * 1000;
    static constexpr qsizetype maxReadPerTurn = 64 * 1024;
    static constexpr qsizetype maxQueuedBytes = 4 * 1024 * 1024; // stanzas written while the peer reads none

    // Outgoing: connects to `address`:`port` and opens the stream to `peerName`.
    LinkLocalStream(const QString &localName, const QString &peerName, const QHostAddress &address, quint16 port,
        QObject *parent = nullptr);
    // Incoming: `socket` is connected; the stream waits for the initiator's header (headerReceived()), which
    // the owner answers with accept() or fail().
    LinkLocalStream(const QString &localName, QTcpSocket *socket, QObject *parent = nullptr);
    ~LinkLocalStream() override;

    Direction direction() const { return m_direction; }
    State state() const { return m_state; }
    QString localName() const { return m_localName; }
    // The peer's instance name: given for outgoing streams, from the accepted header for incoming ones.
    QString peerName() const { return m_peerName; }
    // The peer's address; an IPv4-mapped IPv6 address (a dual-stack listener) as the IPv4 address.
    QHostAddress peerAddress() const;
    // Whether the stream was ever open (both headers exchanged).
    bool hasOpened() const { return m_hasOpened; }
    void setIdleTimeout(int ms);

    // Incoming: the header named `peerName` (a resolved peer at this address): send ours and open.
    void accept(const QString &peerName);
    // Serializes and writes `stanza` (queued until the stream is open). False when it cannot be serialized
    // or the stream is closing.
    bool send(const Element &stanza);
    bool sendSerialized(const QByteArray &xml);
    // Ends the stream politely: </stream:stream>, then the socket closes when the peer answers (or after 5 s).
    void close();
    // Ends the stream with a stream error (after our header if it was not sent).
    void fail(const StreamError &error);

Q_SIGNALS:
    void headerReceived(const balcony::StreamHeader &header);
    void opened();
    void stanzaReceived(const balcony::Element &stanza);
    // Written to the socket (for the outbox): the serialized stanza left our buffers for the kernel.
    void stanzaWritten(const QByteArray &xml);
    // The stream is over. `clean`: we closed it and the peer answered with its </stream:stream>, so it read
    // everything we wrote; otherwise stanzas written last may be lost. `reason` says what happened.
    void finished(bool clean, const QString &reason);

private:
    void setUp();
    void onConnected();
    void readTurn();
    void handle(const ParserEvent &event);
    void sendHeader(const QString &to);
    void write(const QByteArray &bytes);
    void finish(const QString &reason);
    void touch();

    Direction m_direction;
    State m_state = State::Connecting;
    QString m_localName;
    QString m_peerName;
    QPointer<QTcpSocket> m_socket;
    XmlStreamParser m_parser;
    QList<QByteArray> m_queue; // stanzas waiting for the stream to open
    qsizetype m_queuedBytes = 0;
    bool m_headerSent = false;
    bool m_peerClosed = false;
    bool m_weClosedFirst = false;
    bool m_hasOpened = false;
    bool m_readScheduled = false;
    int m_idleMs = defaultIdleMs;
    QTimer m_idle;
    QTimer m_closeTimeout;
};

QString streamErrorText(const StreamError &error);

} // namespace balcony::linklocal
