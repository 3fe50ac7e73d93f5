#include "HttpPut.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>

namespace balcony {

HttpPut::HttpPut(std::unique_ptr<QFile> file, qint64 size, QUrl url, QList<std::pair<QByteArray, QByteArray>> headers,
    QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_size(size)
    , m_url(std::move(url))
    , m_headers(std::move(headers))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(Error::Timeout); });
}

HttpPut::~HttpPut()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpPut::start()
{
    m_socket = new QSslSocket(this);
    // The answer is read as it comes and dropped: the socket never holds much of it.
    m_socket->setReadBufferSize(64 * 1024);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_sslCheck && m_sslCheck(errors, m_socket->peerCertificateChain())) {
            m_socket->ignoreSslErrors(errors);
            return;
        }
        QStringList reasons;
        for (const QSslError &e : errors) {
            reasons.append(e.errorString());
        }
        m_sslErrorText = reasons.join(QStringLiteral(", ")).left(400);
    });
    connect(m_socket, &QSslSocket::encrypted, this, &HttpPut::encrypted);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &HttpPut::bytesOnWire);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpPut::readAnswer);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpPut::socketError);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpPut::socketError);
    restartTimer();
    m_socket->connectToHostEncrypted(m_url.host(), quint16(m_url.port(443)));
}

void HttpPut::abort()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpPut::restartTimer()
{
    if (m_timeoutMs > 0) {
        m_timer.start(m_timeoutMs);
    }
}

void HttpPut::encrypted()
{
    restartTimer();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QByteArray path = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty()) {
        path = "/";
    }
    if (m_url.hasQuery()) {
        path += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    }
    QByteArray head = "PUT " + path
        + " HTTP/1.1\r\nHost: " + m_url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1()
        + "\r\nContent-Length: " + QByteArray::number(m_size) + "\r\n";
    for (const auto &[name, value] : m_headers) {
        head += name + ": " + value + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    m_headSent = true;
    m_socket->write(head);
    // The head in a TLS record of its own, so that the body's records start at its first byte.
    m_socket->flush();
    pump();
}

void HttpPut::pump()
{
    // Whole chunks of whole records: every TLS record of the body but the last carries 16 KiB.
    while (!m_finished && m_written < m_size
        && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < maxBufferedBytes()) {
        const qint64 want = std::min(chunkBytes(), m_size - m_written);
        m_chunk.resize(want);
        const qint64 got = m_file->read(m_chunk.data(), want);
        if (got != want) {
            finish(Error::FileChanged, got < 0 ? m_file->errorString() : QString());
            return;
        }
        m_socket->write(m_chunk.constData(), got);
        m_written += got;
    }
    if (m_written == m_size) {
        m_chunk = QByteArray(); // not needed any more
        m_file->close();
    }
}

void HttpPut::bytesOnWire()
{
    if (m_finished || !m_headSent) {
        return; // the handshake's bytes
    }
    restartTimer();
    // Sent: what the socket took, minus what it still holds (the encrypted part a little overcounted).
    const qint64 sent = std::max<qint64>(0, m_written - m_socket->bytesToWrite() - m_socket->encryptedBytesToWrite());
    if (sent > m_lastProgress) {
        m_lastProgress = sent;
        Q_EMIT uploadProgress(sent, m_size);
    }
    pump();
}

void HttpPut::readAnswer()
{
    if (m_finished) {
        return;
    }
    restartTimer();
    while (!m_finished && m_socket && m_socket->bytesAvailable() > 0) {
        const QByteArray data = m_socket->read(16 * 1024);
        if (data.isEmpty()) {
            return;
        }
        if (!m_headDone) {
            m_head += data;
            if (!takeHead()) {
                return;
            }
        } else if (!takeBody(data.constData(), data.size())) {
            return;
        }
    }
}

// Parses what m_head holds: false when more is needed or it failed.
bool HttpPut::takeHead()
{
    for (;;) {
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > maxHeadBytes()) {
                finish(Error::OversizedAnswer);
            }
            return false;
        }
        if (end > maxHeadBytes()) {
            finish(Error::OversizedAnswer);
            return false;
        }
        const QList<QByteArray> lines = m_head.left(end).split('\n');
        const QByteArray rest = m_head.mid(end + 4);
        // "HTTP/1.1 201 Created"
        const QByteArray statusLine = lines.value(0).trimmed();
        const qsizetype space = statusLine.indexOf(' ');
        bool ok = false;
        const int status = space > 0 ? statusLine.mid(space + 1, 3).toInt(&ok) : 0;
        if (!statusLine.startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
            finish(Error::MalformedAnswer);
            return false;
        }
        if (status < 200) {
            // 100 Continue and other interim answers: the real one follows.
            if (++m_interim > maxInterimAnswers()) {
                finish(Error::MalformedAnswer);
                return false;
            }
            m_head = rest;
            continue;
        }
        m_status = status;
        m_reason = statusLine.mid(space + 5).trimmed().left(200);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                const qint64 length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    finish(Error::MalformedAnswer);
                    return false;
                }
                m_bodyLeft = length;
            } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
                m_chunked = true;
            }
        }
        if (m_chunked) {
            m_bodyLeft = -1;
        }
        m_headDone = true;
        m_head.clear();
        if (m_bodyLeft > m_maxBodyBytes) {
            finish(Error::OversizedAnswer);
            return false;
        }
        if (m_bodyLeft == 0 && rest.isEmpty()) {
            finish(Error::None);
            return false;
        }
        return takeBody(rest.constData(), rest.size());
    }
}

// Reads and drops the answer's body: false when it is complete or failed (finished).
bool HttpPut::takeBody(const char *data, qsizetype size)
{
    m_bodyBytes += size;
    if (m_bodyBytes > m_maxBodyBytes + 1024) { // chunk framing on top of the allowed data
        finish(Error::OversizedAnswer);
        return false;
    }
    if (m_bodyLeft >= 0) {
        m_bodyLeft -= size;
        if (m_bodyLeft <= 0) {
            finish(Error::None);
            return false;
        }
        return true;
    }
    if (!m_chunked) {
        return true; // until the server closes the connection
    }
    qsizetype at = 0;
    while (at < size) {
        if (m_chunkLeft > 0) {
            const qint64 skip = std::min<qint64>(m_chunkLeft, size - at);
            m_chunkLeft -= skip;
            at += skip;
            continue;
        }
        const char c = data[at++];
        if (c != '\n') {
            m_chunkLine += c;
            if (m_chunkLine.size() > 1024) {
                finish(Error::MalformedAnswer);
                return false;
            }
            continue;
        }
        const QByteArray line = m_chunkLine.trimmed();
        m_chunkLine.clear();
        if (m_lastChunk) {
            if (line.isEmpty()) { // the end of the trailers
                finish(Error::None);
                return false;
            }
            continue;
        }
        const qsizetype semicolon = line.indexOf(';');
        bool ok = false;
        const qint64 length = (semicolon >= 0 ? line.left(semicolon) : line).trimmed().toLongLong(&ok, 16);
        if (!ok || length < 0 || length > m_maxBodyBytes) {
            finish(Error::MalformedAnswer);
            return false;
        }
        if (length == 0) {
            m_lastChunk = true;
        } else {
            m_chunkLeft = length + 2; // and its CRLF
        }
    }
    return true;
}

void HttpPut::socketError()
{
    if (m_finished || !m_socket) {
        return;
    }
    // Whatever the server answered before it went counts (an early 413, say).
    if (m_socket->bytesAvailable() > 0) {
        readAnswer();
        if (m_finished) {
            return;
        }
    }
    if (m_headDone && m_bodyLeft < 0 && !m_chunked) {
        finish(Error::None); // the body ran until the connection closed
        return;
    }
    if (m_socket->error() == QAbstractSocket::SslHandshakeFailedError
        || (!m_socket->isEncrypted() && !m_sslErrorText.isEmpty())) {
        finish(Error::Tls, m_socket->errorString());
        return;
    }
    finish(Error::Network, m_socket->errorString());
}

void HttpPut::finish(Error error, const QString &text)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    m_error = error;
    m_errorString = text;
    if (error == Error::None && m_written == m_size && m_lastProgress < m_size) {
        m_lastProgress = m_size;
        Q_EMIT uploadProgress(m_size, m_size);
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT finished();
}

} // namespace balcony
