#include "ScriptedTransport.h"

#include "XmlCompare.h"
#include "core/StreamHeader.h"

#include <QTimer>
#include <QXmlStreamReader>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace balcony::test {

ScriptedTransport::ScriptedTransport(QObject *parent)
    : Transport(parent)
{
}

ScriptedTransport::~ScriptedTransport() = default;

void ScriptedTransport::connectToServer(const TransportTarget &target)
{
    ++m_generation;
    m_target = target;
    ++m_connectCount;
    m_open = false;
    m_encrypted = false;
    m_startTlsRequested = false;
    m_startTlsAfterWrites = -1;
    m_startTlsAfterInjected = 0;
    m_injectedSinceConnect = 0;
    m_writesSinceConnect = 0;
    m_closeRequested = false;
    m_abortRequested = false;
    m_readingPaused = false;
    m_held.clear();
}

void ScriptedTransport::startTls()
{
    m_startTlsRequested = true;
    m_startTlsAfterWrites = m_writesSinceConnect;
    m_startTlsAfterInjected = m_injectedSinceConnect;
}

void ScriptedTransport::write(const QByteArray &bytes)
{
    if (!m_open) {
        return; // like a socket that is not connected: the bytes go nowhere
    }
    m_writes.append(bytes);
    m_allWrites.append(bytes);
    ++m_writesSinceConnect;
    ++m_writeNesting;
    m_maxWriteNesting = std::max(m_maxWriteNesting, m_writeNesting);
    Q_EMIT written(bytes);
    if (m_deliverDuringWrite && !m_duringWrite.isEmpty() && m_open) {
        inject(m_duringWrite.takeFirst());
    }
    --m_writeNesting;
}

void ScriptedTransport::setReadingPaused(bool paused)
{
    if (paused == m_readingPaused) {
        return;
    }
    m_readingPaused = paused;
    if (paused) {
        ++m_readingPauses;
        return;
    }
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && !m_readingPaused && !m_held.isEmpty()) {
            Q_EMIT dataReceived(std::exchange(m_held, {}));
        }
    });
}

void ScriptedTransport::disconnectFromServer()
{
    if (!m_open) {
        return;
    }
    m_closeRequested = true;
    // Like TcpTransport: the flush finishes later, then disconnected().
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && m_open) {
            m_open = false;
            m_encrypted = false;
            ++m_generation;
            Q_EMIT disconnected();
        }
    });
}

void ScriptedTransport::abort()
{
    m_abortRequested = true;
    ++m_generation;
    const bool wasOpen = m_open;
    m_open = false;
    m_encrypted = false;
    if (wasOpen) {
        Q_EMIT disconnected();
    }
}

TlsInfo ScriptedTransport::tlsInfo() const
{
    TlsInfo info;
    if (m_encrypted) {
        info.protocol = m_tlsProtocol;
        info.cipher = u"TLS_AES_256_GCM_SHA384"_s;
    }
    return info;
}

QString ScriptedTransport::peerDescription() const
{
    return m_open ? m_peer : QString();
}

QByteArray ScriptedTransport::takeWrite()
{
    return m_writes.isEmpty() ? QByteArray() : m_writes.takeFirst();
}

QByteArray ScriptedTransport::allWritten() const
{
    QByteArray out;
    for (const QByteArray &w : m_allWrites) {
        out += w;
    }
    return out;
}

void ScriptedTransport::simulateConnected()
{
    m_open = true;
    Q_EMIT connected();
}

void ScriptedTransport::simulateEncrypted()
{
    m_encrypted = true;
    Q_EMIT encrypted();
}

void ScriptedTransport::emitError(TransportError::Kind kind, const QString &message)
{
    const bool wasOpen = m_open;
    m_open = false;
    m_encrypted = false;
    const quint64 generation = ++m_generation;
    TransportError error;
    error.kind = kind;
    error.message = message;
    Q_EMIT errorOccurred(error);
    // A slot may have started a new connection already.
    if (wasOpen && generation == m_generation) {
        Q_EMIT disconnected();
    }
}

void ScriptedTransport::simulateTlsFailure()
{
    emitError(TransportError::Kind::TlsFailed, u"TLS handshake failed (scripted)"_s);
}

void ScriptedTransport::simulateConnectFailure()
{
    emitError(TransportError::Kind::ConnectFailed, u"Connection refused (scripted)"_s);
}

void ScriptedTransport::inject(const QByteArray &bytes)
{
    m_injectedSinceConnect += bytes.size();
    if (m_readingPaused) {
        m_held += bytes;
        return;
    }
    Q_EMIT dataReceived(bytes);
}

void ScriptedTransport::simulateRemoteClose()
{
    emitError(TransportError::Kind::ConnectionLost, u"The server closed the connection (scripted)"_s);
}

namespace {

QString headerPiece(const QXmlStreamReader &reader)
{
    QStringList parts;
    for (const QXmlStreamNamespaceDeclaration &d : reader.namespaceDeclarations()) {
        if (d.prefix().isEmpty()) {
            parts.append(u"xmlns='"_s + d.namespaceUri() + u'\'');
        } else {
            parts.append(u"xmlns:"_s + d.prefix() + u"='"_s + d.namespaceUri() + u'\'');
        }
    }
    for (const QXmlStreamAttribute &a : reader.attributes()) {
        parts.append(a.qualifiedName() + u"='"_s + a.value() + u'\'');
    }
    std::sort(parts.begin(), parts.end());
    return u"<stream:stream> "_s + parts.join(u' ');
}

} // namespace

QStringList ScriptedTransport::pieces(const QByteArray &xml)
{
    QByteArray data = xml.trimmed();
    if (data.startsWith("<?xml")) {
        const qsizetype end = data.indexOf("?>");
        data = end < 0 ? QByteArray() : data.mid(end + 2).trimmed();
    }
    // A stream restart in the middle of a write (XEP-0305 listing 5: final SASL response + new header):
    // the part before it continues the old stream, the rest opens the new one.
    for (const QByteArray &marker : { QByteArray("<?xml"), QByteArray("<stream:stream") }) {
        const qsizetype restart = data.indexOf(marker, 1);
        if (restart > 0) {
            return pieces(data.left(restart)) + pieces(data.mid(restart));
        }
    }
    bool closes = false;
    if (data.endsWith("</stream:stream>")) {
        closes = true;
        data.chop(qsizetype(qstrlen("</stream:stream>")));
    }
    const bool opens = data.startsWith("<stream:stream");
    // Without a header of its own, the write continues the stream: give it the usual context.
    const QByteArray doc = (opens ? data
                                  : "<stream:stream xmlns='jabber:client' "
                                    "xmlns:stream='http://etherx.jabber.org/streams'>"
                                       + data)
        + "</stream:stream>";

    QStringList out;
    QXmlStreamReader reader(doc);
    QList<Element> stack;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (reader.namespaceUri() == ns::stream && reader.name() == u"stream" && stack.isEmpty()) {
                if (opens) {
                    out.append(headerPiece(reader));
                }
                stack.append(Element(u"stream"_s, QString::fromUtf16(ns::stream)));
            } else {
                Element e(reader.name().toString(), reader.namespaceUri().toString());
                for (const QXmlStreamAttribute &a : reader.attributes()) {
                    e.setAttributeNS(a.namespaceUri().toString(), a.name().toString(), a.value().toString());
                }
                stack.append(e);
            }
            break;
        case QXmlStreamReader::EndElement: {
            const Element e = stack.takeLast();
            if (stack.size() == 1) {
                out.append(normalize(e));
            } else if (stack.size() > 1) {
                stack.last().appendChild(e);
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (stack.size() > 1) {
                stack.last().appendText(reader.text().toString());
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        return { u"unparsable: "_s + QString::fromUtf8(xml) + u" ("_s + reader.errorString() + u')' };
    }
    if (closes) {
        out.append(u"</stream:stream>"_s);
    }
    return out;
}

namespace script {

QByteArray serverHeader(const QByteArray &domain)
{
    return "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
           "xmlns:stream='http://etherx.jabber.org/streams' id='s1' from='"
        + domain + "' version='1.0' xml:lang='en'>";
}

QByteArray clientHeader(const QByteArray &domain, const QByteArray &from)
{
    QByteArray out = "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' to='"
        + domain + "' version='1.0' xml:lang='en'";
    if (!from.isEmpty()) {
        out += " from='" + from + "'";
    }
    return out + '>';
}

QByteArray starttlsFeatures()
{
    return "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"
           "</stream:features>";
}

QByteArray saslFeatures(const QList<QByteArray> &mechanisms)
{
    QByteArray out = "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>";
    for (const QByteArray &m : mechanisms) {
        out += "<mechanism>" + m + "</mechanism>";
    }
    return out + "</mechanisms></stream:features>";
}

QByteArray bindFeatures(bool withSession, bool sessionRequired)
{
    QByteArray out = "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>";
    if (withSession) {
        out += sessionRequired ? "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'/>"
                               : "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'><optional/></session>";
    }
    return out + "<sm xmlns='urn:xmpp:sm:3'/></stream:features>";
}

QByteArray sasl(const QByteArray &name, const QByteArray &payload, const QByteArray &mechanism)
{
    QByteArray out = "<" + name + " xmlns='urn:ietf:params:xml:ns:xmpp-sasl'";
    if (!mechanism.isEmpty()) {
        out += " mechanism='" + mechanism + "'";
    }
    if (payload.isEmpty()) {
        return out + "/>";
    }
    return out + '>' + payload.toBase64() + "</" + name + '>';
}

} // namespace script

} // namespace balcony::test
