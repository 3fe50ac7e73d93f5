#include "linklocal/LinkLocalStream.h"

#include "core/XmlWriter.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLinkLocalStream, "balcony.linklocal.stream")

namespace balcony::linklocal {

namespace {

constexpr int closeTimeoutMs = 5000;
constexpr int connectTimeoutMs = 10000;

QString clientNs()
{
    return QString::fromUtf16(ns::client);
}

} // namespace

QString streamErrorText(const StreamError &error)
{
    const QString name = StreamError::conditionName(error.condition);
    return error.text.isEmpty() ? name : name + u": "_s + error.text;
}

LinkLocalStream::LinkLocalStream(
    const QString &localName, const QString &peerName, const QHostAddress &address, quint16 port, QObject *parent)
    : QObject(parent)
    , m_direction(Direction::Outgoing)
    , m_localName(localName)
    , m_peerName(peerName)
    , m_socket(new QTcpSocket(this))
{
    setUp();
    connect(m_socket, &QTcpSocket::connected, this, &LinkLocalStream::onConnected);
    m_idle.start(connectTimeoutMs);
    m_socket->connectToHost(address, port);
}

LinkLocalStream::LinkLocalStream(const QString &localName, QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_direction(Direction::Incoming)
    , m_state(State::AwaitingHeader)
    , m_localName(localName)
    , m_socket(socket)
{
    socket->setParent(this);
    setUp();
    m_idle.start(connectTimeoutMs); // the initiator's header must come soon
    if (socket->bytesAvailable() > 0) {
        QTimer::singleShot(0, this, &LinkLocalStream::readTurn);
        m_readScheduled = true;
    }
}

LinkLocalStream::~LinkLocalStream() = default;

void LinkLocalStream::setUp()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // one chat message = one small segment
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting || m_state == State::AwaitingHeader) {
            finish(u"the stream did not open in time"_s);
        } else {
            qCInfo(lcLinkLocalStream) << "closing the idle stream with" << m_peerName;
            close();
        }
    });
    m_closeTimeout.setSingleShot(true);
    connect(&m_closeTimeout, &QTimer::timeout, this, [this] { finish(u"closed"_s); });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (!m_readScheduled) {
            readTurn();
        }
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        QTimer::singleShot(0, this, [this] {
            // Bytes that came with the FIN are read first.
            while (m_socket && m_socket->bytesAvailable() > 0 && m_state != State::Closed) {
                readTurn();
            }
            finish(m_peerClosed ? u"closed"_s : u"the peer closed the connection"_s);
        });
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError) {
            finish(m_socket ? m_socket->errorString() : u"socket error"_s);
        }
    });
}

QHostAddress LinkLocalStream::peerAddress() const
{
    if (!m_socket) {
        return {};
    }
    const QHostAddress address = m_socket->peerAddress();
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    return mapped && address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(ipv4) : address;
}

void LinkLocalStream::setIdleTimeout(int ms)
{
    m_idleMs = ms;
    touch();
}

void LinkLocalStream::touch()
{
    if (m_state == State::Open) {
        m_idle.start(m_idleMs);
    }
}

void LinkLocalStream::onConnected()
{
    m_state = State::AwaitingHeader;
    sendHeader(m_peerName);
    m_idle.start(connectTimeoutMs); // for the recipient's header
}

void LinkLocalStream::sendHeader(const QString &to)
{
    if (m_headerSent) {
        return;
    }
    m_headerSent = true;
    StreamHeader header;
    header.from = m_localName;
    header.to = to;
    header.version = u"1.0"_s;
    write(XmlWriter::streamOpening(header));
}

void LinkLocalStream::accept(const QString &peerName)
{
    if (m_direction != Direction::Incoming || m_state != State::AwaitingHeader) {
        return;
    }
    m_peerName = peerName;
    sendHeader(peerName);
    write(QByteArrayLiteral("<stream:features/>")); // XEP-0174 §4: version 1.0, nothing to negotiate
    m_state = State::Open;
    touch();
    m_hasOpened = true;
    Q_EMIT opened();
    const QList<QByteArray> queued = std::exchange(m_queue, {});
    m_queuedBytes = 0;
    for (const QByteArray &xml : queued) {
        sendSerialized(xml);
    }
}

bool LinkLocalStream::send(const Element &stanza)
{
    QString error;
    const std::optional<QByteArray> xml = XmlWriter::serialize(stanza, clientNs(), &error);
    if (!xml) {
        qCWarning(lcLinkLocalStream) << "cannot serialize a stanza for" << m_peerName << ":" << error;
        return false;
    }
    return sendSerialized(*xml);
}

bool LinkLocalStream::sendSerialized(const QByteArray &xml)
{
    if (m_state == State::Closing || m_state == State::Closed) {
        return false;
    }
    if (m_state != State::Open) {
        if (m_queuedBytes + xml.size() > maxQueuedBytes) {
            return false;
        }
        m_queue.append(xml);
        m_queuedBytes += xml.size();
        return true;
    }
    if (m_socket->bytesToWrite() + xml.size() > maxQueuedBytes) {
        qCWarning(lcLinkLocalStream) << m_peerName << "reads nothing of what we write: closing";
        finish(u"the peer does not read"_s);
        return false;
    }
    write(xml);
    touch();
    Q_EMIT stanzaWritten(xml);
    return true;
}

void LinkLocalStream::write(const QByteArray &bytes)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(bytes);
    }
}

void LinkLocalStream::close()
{
    if (m_state == State::Closing || m_state == State::Closed) {
        return;
    }
    if (m_state == State::Connecting) {
        finish(u"closed before it opened"_s);
        return;
    }
    m_state = State::Closing;
    m_weClosedFirst = !m_peerClosed;
    m_idle.stop();
    write(XmlWriter::streamClosing());
    if (m_peerClosed) {
        finish(u"closed"_s);
        return;
    }
    m_closeTimeout.start(closeTimeoutMs);
}

void LinkLocalStream::fail(const StreamError &error)
{
    if (m_state == State::Closed) {
        return;
    }
    qCWarning(lcLinkLocalStream) << "stream with" << (m_peerName.isEmpty() ? peerAddress().toString() : m_peerName)
                                 << "failed:" << streamErrorText(error);
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        sendHeader(m_peerName);
        write(XmlWriter::serializeLossy(error.toElement(), clientNs()));
        write(XmlWriter::streamClosing());
        m_socket->flush();
    }
    finish(streamErrorText(error));
}

void LinkLocalStream::readTurn()
{
    m_readScheduled = false;
    if (!m_socket || m_state == State::Closed) {
        return;
    }
    const QByteArray bytes = m_socket->read(maxReadPerTurn);
    if (bytes.isEmpty()) {
        return;
    }
    touch();
    m_parser.addData(bytes);
    while (m_state != State::Closed) {
        std::optional<ParserEvent> event = m_parser.next();
        if (!event) {
            break;
        }
        handle(*event);
    }
    if (m_socket && m_state != State::Closed && m_socket->bytesAvailable() > 0) {
        // More is waiting: the next chunk in the next event-loop turn, so one peer cannot starve the rest.
        m_readScheduled = true;
        QTimer::singleShot(0, this, &LinkLocalStream::readTurn);
    }
}

void LinkLocalStream::handle(const ParserEvent &event)
{
    switch (event.type) {
    case ParserEvent::Type::StreamOpened:
        if (m_state != State::AwaitingHeader) {
            fail({ StreamErrorCondition::InvalidXml, u"a second stream header"_s, {} });
            return;
        }
        if (event.header.defaultNs != clientNs()) {
            fail({ StreamErrorCondition::InvalidNamespace, {}, {} });
            return;
        }
        if (m_direction == Direction::Outgoing) {
            // The recipient's header names itself; a different instance answering on that port is not our peer.
            if (!event.header.from.isEmpty() && event.header.from != m_peerName) {
                fail({ StreamErrorCondition::InvalidFrom, u"expected "_s + m_peerName, {} });
                return;
            }
            m_state = State::Open;
            touch();
            m_hasOpened = true;
            Q_EMIT opened();
            const QList<QByteArray> queued = std::exchange(m_queue, {});
            m_queuedBytes = 0;
            for (const QByteArray &xml : queued) {
                sendSerialized(xml);
            }
        } else {
            Q_EMIT headerReceived(event.header); // the owner accepts or fails it
        }
        return;
    case ParserEvent::Type::Element:
        if (m_state != State::Open && m_state != State::Closing) {
            fail({ StreamErrorCondition::NotAuthorized, u"a stanza before the stream was accepted"_s, {} });
            return;
        }
        if (event.element.ns() == QString::fromUtf16(ns::stream)) {
            if (event.element.name() == u"error"_s) {
                finish(u"stream error from the peer: "_s + streamErrorText(StreamError::fromElement(event.element)));
            }
            return; // <stream:features/> and the like: nothing to negotiate here
        }
        Q_EMIT stanzaReceived(event.element);
        return;
    case ParserEvent::Type::StreamClosed:
        m_peerClosed = true;
        if (m_state == State::Closing) {
            finish(u"closed"_s);
        } else {
            close(); // answer with ours; finish() follows
        }
        return;
    case ParserEvent::Type::Error:
        fail(event.error);
        return;
    }
}

void LinkLocalStream::finish(const QString &reason)
{
    if (m_state == State::Closed) {
        return;
    }
    m_state = State::Closed;
    m_idle.stop();
    m_closeTimeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->flush();
        m_socket->disconnectFromHost(); // after what is still buffered (a stream error)
    }
    // Clean: we closed first and the peer answered with its </stream:stream>, so it read all we wrote.
    Q_EMIT finished(m_weClosedFirst && m_peerClosed, reason);
}

} // namespace balcony::linklocal
