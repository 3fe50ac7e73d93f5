#include "flood_server.h"

#include "core/StreamHeader.h"
#include "stream/StreamManagement.h"

#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace balcony::bench {

namespace {

// RFC 5802 §5: the server side of the example exchange (user "user", password "pencil", the test nonce).
const QByteArray serverFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
const QByteArray serverFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";
const QString accountJid = u"user@example.com/balcony"_s;

// Unsent flood is generated in pieces of this size while less than MaxQueued waits in this process.
constexpr qsizetype FloodChunkBytes = 256 * 1024;
constexpr qint64 MaxQueued = 4 * 1024 * 1024;

QByteArray sasl(const QByteArray &name, const QByteArray &payload)
{
    return "<" + name + " xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" + payload.toBase64() + "</" + name + ">";
}

QByteArray escaped(const QString &value)
{
    return value.toUtf8().replace('&', "&amp;").replace('\'', "&apos;").replace('<', "&lt;");
}

} // namespace

FloodServer::FloodServer(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setAllowedNextProtocols({ QByteArrayLiteral("xmpp-client") });
    m_server.setSslConfiguration(config);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &FloodServer::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

FloodServer::~FloodServer()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

quint16 FloodServer::port() const
{
    return m_server.serverPort();
}

void FloodServer::onConnection()
{
    while (QTcpSocket *next = m_server.nextPendingConnection()) {
        if (m_socket) {
            // A new connection replaces the old one (the client reconnected).
            m_socket->disconnect(this);
            m_socket->abort();
            m_socket->deleteLater();
        }
        m_socket = qobject_cast<QSslSocket *>(next);
        m_parser.reset();
        m_authenticated = false;
        m_bound = false;
        m_smEnabled = false;
        m_clientStanzas = 0;
        m_sentStanzas = 0;
        connect(m_socket, &QSslSocket::readyRead, this, &FloodServer::onReadyRead);
        connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &FloodServer::pumpFlood);
        connect(m_socket, &QSslSocket::disconnected, this, &FloodServer::onDisconnected);
        onReadyRead();
    }
}

void FloodServer::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    m_parser.addData(m_socket->readAll());
    while (m_socket) {
        const std::optional<ParserEvent> event = m_parser.next();
        if (!event) {
            return;
        }
        handle(*event);
    }
}

void FloodServer::send(const QByteArray &bytes, bool stanza)
{
    if (!m_socket) {
        return;
    }
    m_socket->write(bytes);
    if (stanza && m_smEnabled) {
        ++m_sentStanzas;
    }
}

void FloodServer::handle(const ParserEvent &event)
{
    switch (event.type) {
    case ParserEvent::Type::StreamOpened: {
        QByteArray out = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                         "xmlns:stream='http://etherx.jabber.org/streams' from='example.com' id='flood-"
            + QByteArray::number(++m_streamCounter) + "' version='1.0' xml:lang='en'>";
        if (!m_authenticated) {
            out += "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                   "<mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>";
        } else {
            out += "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
                   "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'><optional/></session>"
                   "<sm xmlns='urn:xmpp:sm:3'/><ver xmlns='urn:xmpp:features:rosterver'/></stream:features>";
        }
        send(out);
        return;
    }
    case ParserEvent::Type::StreamClosed:
        send("</stream:stream>");
        if (m_socket) {
            m_socket->disconnectFromHost();
        }
        return;
    case ParserEvent::Type::Error:
        // The client wrote something this parser refuses: not a scenario of this benchmark.
        qWarning("bench_flood server: the client's stream does not parse: %s", qPrintable(event.error.text));
        if (m_socket) {
            m_socket->abort();
        }
        return;
    case ParserEvent::Type::Element:
        break;
    }
    const Element &e = event.element;
    const QString name = e.name();
    if (e.ns() == u"urn:ietf:params:xml:ns:xmpp-sasl") {
        if (name == u"auth") {
            send(sasl("challenge", serverFirst));
        } else if (name == u"response") {
            send(sasl("success", serverFinal));
            m_authenticated = true;
            // The client restarts the stream after <success/> (RFC 6120 §6.4.6).
            const QByteArray rest = m_parser.reset();
            m_parser.addData(rest);
        }
        return;
    }
    if (e.ns() == ns::sm) {
        if (name == u"enable") {
            m_smEnabled = true;
            m_clientStanzas = 0;
            m_sentStanzas = 0;
            send("<enabled xmlns='urn:xmpp:sm:3' id='flood-session' resume='true' max='300'/>");
        } else if (name == u"resume") {
            send("<failed xmlns='urn:xmpp:sm:3'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                 "</failed>");
        } else if (name == u"r") {
            send("<a xmlns='urn:xmpp:sm:3' h='" + QByteArray::number(m_clientStanzas) + "'/>");
        } else if (name == u"a") {
            ++m_acks;
            m_lastAckH = e.attribute(u"h").toLongLong();
            if (!m_unackedMessage.isEmpty() && m_lastAckH >= m_messageCount) {
                m_unackedMessage.clear();
            }
        }
        return;
    }
    if (e.ns() == ns::client && (name == u"message" || name == u"presence" || name == u"iq")) {
        if (m_smEnabled) {
            ++m_clientStanzas;
        }
        if (name == u"iq") {
            handleIq(e);
        }
    }
}

void FloodServer::handleIq(const Element &iq)
{
    const QString type = iq.attribute(u"type");
    if (type != u"get" && type != u"set") {
        return;
    }
    const QByteArray id = escaped(iq.attribute(u"id"));
    const QString to = iq.attribute(u"to");
    const Element child = iq.firstChild();
    if (child.name() == u"bind") {
        send("<iq type='result' id='" + id + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>"
                + accountJid.toUtf8() + "</jid></bind></iq>",
            true);
        m_bound = true;
        ++m_sessions;
        Q_EMIT boundChanged();
        writeMessageIfDue();
        return;
    }
    // Requests to anybody but the server or the account itself go unanswered, as a hostile peer's would.
    const bool forServer = to.isEmpty() || to == u"example.com" || to == u"user@example.com" || to == accountJid;
    if (!forServer) {
        return;
    }
    const QByteArray from = to.isEmpty() ? QByteArray() : " from='" + escaped(to) + "'";
    if (child.name() == u"query" && child.ns() == u"jabber:iq:roster" && type == u"get") {
        send("<iq type='result' id='" + id + "'" + from
                + "><query xmlns='jabber:iq:roster' ver='v1'>"
                  "<item jid='friend@example.com' name='Friend' subscription='both'/></query></iq>",
            true);
        return;
    }
    if (child.name() == u"query" && child.ns().startsWith(u"urn:xmpp:mam:")) {
        send("<iq type='result' id='" + id + "'" + from + "><fin xmlns='" + child.ns().toUtf8()
                + "' complete='true'><set xmlns='http://jabber.org/protocol/rsm'><count>0</count></set></fin></iq>",
            true);
        return;
    }
    send("<iq type='result' id='" + id + "'" + from + "/>", true);
}

void FloodServer::startFlood(Flood flood, std::function<void()> done)
{
    m_flood = std::move(flood);
    m_floodNext = 0;
    m_floodDone = std::move(done);
    m_flooding = true;
    pumpFlood();
}

void FloodServer::pumpFlood()
{
    if (!m_flooding) {
        return;
    }
    if (!m_socket) {
        finishFlood();
        return;
    }
    while (m_floodNext < m_flood.count && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < MaxQueued) {
        QByteArray chunk;
        qint64 stanzas = 0;
        while (m_floodNext < m_flood.count && chunk.size() < FloodChunkBytes) {
            chunk += m_flood.make(m_floodNext++);
            ++stanzas;
        }
        m_socket->write(chunk);
        if (m_flood.stanzas && m_smEnabled) {
            m_sentStanzas += stanzas;
        }
    }
    if (m_floodNext == m_flood.count && m_socket->bytesToWrite() == 0 && m_socket->encryptedBytesToWrite() == 0) {
        finishFlood();
    }
}

void FloodServer::finishFlood()
{
    if (!m_flooding) {
        return;
    }
    m_flooding = false;
    if (const auto done = std::exchange(m_floodDone, {})) {
        done();
    }
}

void FloodServer::sendOrdinaryMessage(const QByteArray &body)
{
    m_messageRequestedAt = monotonicNs();
    m_pendingMessage = "<message from='friend@example.com/home' to='" + accountJid.toUtf8()
        + "' type='chat' id='ordinary-1'><body>" + body + "</body></message>";
    writeMessageIfDue();
}

void FloodServer::writeMessageIfDue()
{
    if (m_pendingMessage.isEmpty() || !m_bound || !m_socket) {
        return;
    }
    m_messageWrittenAt = monotonicNs();
    m_unackedMessage = std::exchange(m_pendingMessage, {});
    send(m_unackedMessage, true);
    m_messageCount = m_sentStanzas;
    m_socket->flush();
}

void FloodServer::onDisconnected()
{
    if (!m_unackedMessage.isEmpty() && m_pendingMessage.isEmpty()) {
        m_pendingMessage = std::exchange(m_unackedMessage, {});
    }
    m_bound = false;
    Q_EMIT boundChanged();
    // What the flood did not get out is dropped with the connection.
    finishFlood();
}

} // namespace balcony::bench
