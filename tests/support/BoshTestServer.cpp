#include "BoshTestServer.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony::test {

bool BoshTestServer::start()
{
    if (!m_dir.isValid()) {
        return false;
    }
    const QString key = m_dir.filePath(u"key.pem"_s);
    const QString cert = m_dir.filePath(u"cert.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
            u"-keyout"_s, key, u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
            u"subjectAltName=IP:127.0.0.1"_s });
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        return false;
    }
    QFile certFile(cert);
    QFile keyFile(key);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        return false;
    }
    m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    const QSslKey privateKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_certificate);
    config.setPrivateKey(privateKey);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(config);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &BoshTestServer::accept);
    return !m_certificate.isNull() && m_server.listen(QHostAddress::LocalHost);
}

QUrl BoshTestServer::url() const
{
    return QUrl(u"https://127.0.0.1:%1/http-bind"_s.arg(m_server.serverPort()));
}

int BoshTestServer::roundTripRequests() const
{
    int count = 0;
    for (const Received &r : m_received) {
        count += (r.creation || r.restart || !r.payload.isEmpty()) ? 1 : 0;
    }
    return count;
}

void BoshTestServer::accept()
{
    while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
        socket->setParent(this);
        m_clients.push_back(std::make_unique<Client>());
        Client *client = m_clients.back().get();
        client->socket = socket;
        connect(socket, &QSslSocket::readyRead, this, [this, client] { read(*client); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void BoshTestServer::read(Client &client)
{
    if (!client.socket) {
        return;
    }
    client.buffer += client.socket->readAll();
    for (;;) {
        if (client.expected < 0) {
            const qsizetype end = client.buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            const QList<QByteArray> lines = client.buffer.left(end).split('\n');
            client.buffer.remove(0, end + 4);
            client.expected = 0;
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
                    client.expected = line.mid(colon + 1).trimmed().toLongLong();
                }
            }
        }
        if (client.buffer.size() < client.expected) {
            return;
        }
        const QByteArray body = client.buffer.left(client.expected);
        client.buffer.remove(0, client.expected);
        client.expected = -1;
        handle(client.socket, body);
        if (!client.socket) {
            return;
        }
    }
}

void BoshTestServer::handle(QSslSocket *socket, const QByteArray &body)
{
    Received r;
    r.body = body;
    QXmlStreamReader reader(body);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                r.attributes.insert(a.qualifiedName().toString(), a.value().toString());
            }
            break;
        }
    }
    r.rid = r.attributes.value(u"rid"_s).toLongLong();
    r.sid = r.attributes.value(u"sid"_s);
    r.creation = r.sid.isEmpty();
    r.restart = r.attributes.value(u"xmpp:restart"_s) == u"true";
    r.terminate = r.attributes.value(u"type"_s) == u"terminate";
    // The children: between the end of the start tag and the final end tag.
    char quote = 0;
    qsizetype tagEnd = -1;
    for (qsizetype i = 1; i < body.size(); ++i) {
        const char c = body.at(i);
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            tagEnd = i;
            break;
        }
    }
    if (tagEnd > 0 && body.at(tagEnd - 1) != '/') {
        const qsizetype close = body.lastIndexOf("</");
        r.payload = body.mid(tagEnd + 1, close - tagEnd - 1);
    }
    m_received.append(r);
    const int index = int(m_received.size() - 1);
    m_sockets.insert(index, socket);
    if (intercept && intercept(index)) {
        return;
    }
    manage(index);
}

void BoshTestServer::manage(int index)
{
    const Received r = m_received.at(index);
    if (r.creation) {
        ++m_sessionCount;
        m_sid = u"sid%1"_s.arg(m_sessionCount);
        m_lastRid = r.rid;
        m_replies.clear();
        m_held.clear();
        m_highestAnswered = 0;
        m_deferred = -1;
        m_buffer.clear();
        m_lastWasEmptyAnsweredEmpty = false;
        m_pausedAt.invalidate();
        QByteArray out = creationFeatures;
        if (!r.payload.isEmpty() && onPayload) {
            out += onPayload(r);
        }
        const QByteArray attributes = "sid='" + m_sid.toUtf8() + "' wait='" + QByteArray::number(wait) + "' requests='"
            + QByteArray::number(requests) + "' hold='" + QByteArray::number(hold) + "' polling='"
            + QByteArray::number(polling) + "' inactivity='" + QByteArray::number(inactivity)
            + (maxpause > 0 ? "' maxpause='" + QByteArray::number(maxpause) : QByteArray())
            + "' from='example.com' authid='" + m_sid.toUtf8()
            + "' ver='1.6' secure='true' xmlns:xmpp='urn:xmpp:xbosh' xmpp:version='1.0'";
        send(index, wrap(out, attributes));
        return;
    }
    if (m_sid.isEmpty() || r.sid != m_sid) {
        send(index, wrap({}, "type='terminate' condition='item-not-found'"));
        return;
    }
    if (r.rid != m_lastRid + 1) {
        if (const auto it = m_replies.find(r.rid); it != m_replies.end()) {
            const QPointer<QSslSocket> socket = m_sockets.take(index);
            m_received[index].answered = true;
            if (socket) {
                sendHttp(socket, it->second);
            }
            return;
        }
        if (r.rid <= m_lastRid && r.rid > m_lastRid - requests) {
            // A request sent again after its connection broke, never answered: its payload is not redone. Held
            // again (in rid order) unless a later request was answered already: then at once and empty, so that
            // what the server says stays in rid order for the client.
            if (r.rid < m_highestAnswered) {
                send(index, wrap({}));
                return;
            }
            m_held.insert(std::upper_bound(m_held.begin(), m_held.end(), r.rid,
                              [this](qint64 rid, int held) { return rid < m_received.at(held).rid; }),
                index);
            flush();
            return;
        }
        if (r.rid == m_lastRid + 2 && m_deferred < 0) {
            // The next request overtook this one's predecessor on another connection: it waits (as Prosody does).
            m_deferred = index;
            return;
        }
        violation(u"rid %1 after %2"_s.arg(r.rid).arg(m_lastRid));
        send(index, wrap({}, "type='terminate' condition='item-not-found'"));
        return;
    }
    m_lastRid = r.rid;
    m_pausedAt.invalidate(); // any request ends a pause
    if (r.attributes.contains(u"pause"_s)) {
        bool ok = false;
        const int seconds = r.attributes.value(u"pause"_s).toInt(&ok);
        if (!ok || maxpause <= 0 || seconds <= 0 || seconds > maxpause) {
            violation(u"pause='%1' (maxpause %2)"_s.arg(r.attributes.value(u"pause"_s)).arg(maxpause));
            m_held.push_back(index);
            terminate(u"policy-violation"_s);
            return;
        }
        ++m_pauseCount;
        m_pausedAt.start();
        // XEP-0124 §10: every pending request answered at once (what waits goes on the oldest), the pausing one too,
        // without payload.
        const std::vector<int> held = std::exchange(m_held, {});
        for (const int i : held) {
            send(i, wrap(std::exchange(m_buffer, {})));
        }
        m_lastWasEmptyAnsweredEmpty = false;
        if (answerPause) {
            send(index, wrap({}));
        }
        return;
    }
    const bool empty = r.payload.isEmpty() && !r.restart && !r.terminate;
    if (empty) {
        if (m_lastWasEmptyAnsweredEmpty && m_lastEmpty.isValid() && m_lastEmpty.elapsed() < polling * 1000 - 50) {
            violation(u"empty requests %1 ms apart (polling %2 s)"_s.arg(m_lastEmpty.elapsed()).arg(polling));
        }
        m_lastEmpty.start();
    } else {
        m_lastWasEmptyAnsweredEmpty = false;
    }
    m_held.push_back(index);
    m_maxInFlight = std::max(m_maxInFlight, int(m_held.size()));
    if (int(m_held.size()) > requests) {
        violation(u"%1 requests in flight (requests %2)"_s.arg(m_held.size()).arg(requests));
        terminate(u"policy-violation"_s);
        return;
    }
    if (r.terminate) {
        const std::vector<int> held = std::exchange(m_held, {});
        for (const int i : held) {
            send(i, wrap({}, i == index ? "type='terminate'" : QByteArray()));
        }
        m_sid.clear();
        return;
    }
    QByteArray out;
    if (r.restart) {
        out += restartFeatures;
    }
    if (!r.payload.isEmpty() && onPayload) {
        out += onPayload(r);
    }
    m_buffer += out;
    flush();
    if (m_deferred >= 0 && m_received.at(m_deferred).rid == m_lastRid + 1) {
        manage(std::exchange(m_deferred, -1));
    }
}

void BoshTestServer::flush()
{
    if (!m_buffer.isEmpty() && !m_held.empty()) {
        const int index = m_held.front();
        m_held.erase(m_held.begin());
        send(index, wrap(std::exchange(m_buffer, {})));
    }
    while (int(m_held.size()) > hold) {
        const int index = m_held.front();
        m_held.erase(m_held.begin());
        const Received &r = m_received.at(index);
        if (r.payload.isEmpty() && !r.restart) {
            m_lastWasEmptyAnsweredEmpty = true;
        }
        send(index, wrap({}));
    }
}

void BoshTestServer::push(const QByteArray &payload)
{
    m_buffer += payload;
    flush();
}

QByteArray BoshTestServer::wrap(const QByteArray &payload, const QByteArray &attributes)
{
    QByteArray body
        = "<body xmlns='http://jabber.org/protocol/httpbind' xmlns:stream='http://etherx.jabber.org/streams'";
    if (!attributes.isEmpty()) {
        body += ' ' + attributes;
    }
    body += payload.isEmpty() ? QByteArray("/>") : ">" + payload + "</body>";
    return body;
}

void BoshTestServer::send(int index, const QByteArray &body)
{
    const QPointer<QSslSocket> socket = m_sockets.take(index);
    m_received[index].answered = true;
    m_replies[m_received.at(index).rid] = body;
    m_highestAnswered = std::max(m_highestAnswered, m_received.at(index).rid);
    if (socket) {
        sendHttp(socket, rewrite ? rewrite(index, body) : body);
    }
}

void BoshTestServer::sendHttp(QSslSocket *socket, const QByteArray &body, int status)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error")
        + "\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
        + body);
}

void BoshTestServer::answer(int index, const QByteArray &payload, const QByteArray &bodyAttributes)
{
    m_held.erase(std::remove(m_held.begin(), m_held.end(), index), m_held.end());
    send(index, wrap(payload, bodyAttributes));
}

void BoshTestServer::answerRaw(int index, const QByteArray &raw)
{
    m_held.erase(std::remove(m_held.begin(), m_held.end(), index), m_held.end());
    const QPointer<QSslSocket> socket = m_sockets.take(index);
    m_received[index].answered = true;
    if (socket) {
        socket->write(raw);
    }
}

void BoshTestServer::terminate(const QString &condition, const QByteArray &payload)
{
    const std::vector<int> held = std::exchange(m_held, {});
    for (const int index : held) {
        send(index, wrap(payload, "type='terminate' condition='" + condition.toUtf8() + "'"));
    }
    m_sid.clear();
}

void BoshTestServer::cutConnections()
{
    m_held.clear();
    m_sockets.clear();
    for (const auto &client : m_clients) {
        if (client->socket) {
            client->socket->abort();
        }
    }
}

void BoshTestServer::dropSession()
{
    m_sid.clear();
}

void BoshTestServer::violation(const QString &what)
{
    m_violations.append(what);
}

} // namespace balcony::test
