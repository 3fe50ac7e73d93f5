#pragma once

// A small HTTPS/1.1 server on 127.0.0.1 for the upload tests: takes PUT and GET requests, records them, and
// answers as the test says (status, body, a stall after some bytes, a lying Content-Length). Its certificate is
// made per run with the openssl CLI (self-signed for 127.0.0.1); clients trust it by its fingerprint.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace balcony::test {

class HttpsTestServer : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QList<std::pair<QByteArray, QByteArray>> headers; // lower-case names
        QByteArray body; // the first maxKeptBody bytes
        qint64 bodyBytes = 0;
        bool complete = false;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[n, v] : headers) {
                if (n == name.toLower()) {
                    return v;
                }
            }
            return {};
        }
    };

    // What the next answers are.
    int status = 201;
    QByteArray responseBody;
    qint64 stallAfterBytes = -1; // stop reading a request body after this many bytes (a slow server)
    qint64 announcedLength = -1; // GET: the Content-Length to announce (-1: the body's size; -2: none)
    // PUT: sent as the whole answer instead of the usual one, and the connection is left open (the client must
    // know from the answer itself that it is complete).
    QByteArray rawAnswer;
    // PUT: answer as soon as the request's head is read, then read and drop the body (a server refusing early).
    bool answerAfterHead = false;
    static constexpr qint64 maxKeptBody = 64LL * 1024 * 1024;

    bool start()
    {
        QTemporaryDir &dir = m_dir;
        if (!dir.isValid()) {
            return false;
        }
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1") });
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
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &HttpsTestServer::accept);
        return !m_certificate.isNull() && m_server.listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server.serverPort(); }
    QByteArray url(const QByteArray &path) const { return "https://127.0.0.1:" + QByteArray::number(port()) + path; }
    QSslCertificate certificate() const { return m_certificate; }
    const QList<Request> &requests() const { return m_requests; }
    // Bytes received in request bodies so far, over every request.
    qint64 bodyBytesReceived() const
    {
        qint64 n = 0;
        for (const Request &r : m_requests) {
            n += r.bodyBytes;
        }
        return n;
    }
    int handshakeFailures() const { return m_handshakeFailures; }
    // GET answers: path -> body.
    QHash<QByteArray, QByteArray> files;

private:
    struct Client {
        QPointer<QSslSocket> socket;
        QByteArray buffer;
        qint64 expected = -1; // body bytes of the request being read (-1: reading headers)
        int request = -1; // index in m_requests
        bool stalled = false;
    };

    void accept()
    {
        while (QSslSocket *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
            socket->setParent(this);
            // Kept until the server goes: a socket may disconnect from inside read() (answer()).
            m_clients.push_back(std::make_unique<Client>());
            Client *client = m_clients.back().get();
            client->socket = socket;
            connect(socket, &QSslSocket::readyRead, this, [this, client] { read(*client); });
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &) { ++m_handshakeFailures; });
            connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
                if (error == QAbstractSocket::SslHandshakeFailedError || !socket->isEncrypted()) {
                    ++m_handshakeFailures;
                }
            });
        }
    }

    void read(Client &client)
    {
        if (client.stalled || !client.socket) {
            return;
        }
        client.buffer += client.socket->readAll();
        for (;;) {
            if (client.expected < 0) {
                const qsizetype end = client.buffer.indexOf("\r\n\r\n");
                if (end < 0) {
                    return;
                }
                Request request;
                const QList<QByteArray> lines = client.buffer.left(end).split('\n');
                client.buffer.remove(0, end + 4);
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.method = first.value(0);
                request.path = first.value(1);
                qint64 length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines.at(i).trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon > 0) {
                        request.headers.append({ line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
                    }
                }
                length = request.header("content-length").toLongLong();
                m_requests.append(request);
                client.request = int(m_requests.size() - 1);
                client.expected = length;
                if (answerAfterHead) {
                    answer(client, request, false);
                }
            }
            Request &request = m_requests[client.request];
            const qint64 take = std::min<qint64>(client.expected - request.bodyBytes, client.buffer.size());
            if (request.body.size() < maxKeptBody) {
                request.body += client.buffer.left(std::min<qint64>(take, maxKeptBody - request.body.size()));
            }
            request.bodyBytes += take;
            client.buffer.remove(0, take);
            if (stallAfterBytes >= 0 && request.bodyBytes >= stallAfterBytes && request.bodyBytes < client.expected) {
                client.stalled = true;
                client.socket->setReadBufferSize(16 * 1024);
                return;
            }
            if (request.bodyBytes < client.expected) {
                return;
            }
            request.complete = true;
            client.expected = -1;
            client.stalled = true; // one request per connection (Connection: close)
            if (!answerAfterHead) {
                answer(client, request, true);
            }
            return;
        }
    }

    void answer(Client &client, const Request &request, bool close)
    {
        if (!rawAnswer.isEmpty() && request.method == "PUT") {
            client.socket->write(rawAnswer);
            return;
        }
        QByteArray body = responseBody;
        int code = status;
        if (request.method == "GET") {
            if (files.contains(request.path)) {
                body = files.value(request.path);
                code = 200;
            } else {
                code = 404;
            }
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(code) + " Test\r\n";
        const qint64 length = request.method == "GET" && announcedLength != -1 ? announcedLength : body.size();
        if (length >= 0) {
            head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        }
        head += "Connection: close\r\n\r\n";
        client.socket->write(head + body);
        if (close) {
            client.socket->disconnectFromHost();
        }
    }

    QSslServer m_server;
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QList<Request> m_requests;
    std::vector<std::unique_ptr<Client>> m_clients;
    int m_handshakeFailures = 0;
};

} // namespace balcony::test
