#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class QFile;
class QSslSocket;

namespace balcony {

// One HTTPS/1.1 PUT of a file's first `size` bytes (XEP-0363's upload), on its own QSslSocket in the calling
// thread, read from the file as the socket drains (never more than maxBufferedBytes() in memory).
//
// Why not QNetworkAccessManager (which the downloads use): its PUT puts the request head and the first 16 KiB of
// the body into one TLS write, so every later 16 KiB TLS record is misaligned with the 8 KiB reads of Prosody's
// HTTP server, whose socket layer then finds leftover data after each read and waits a 1 ms timer tick before the
// next one: uploads to Prosody ran at half curl's speed (tests/bench/bench_upload.md). Here the head goes out in
// a TLS record of its own and the body in writes of whole 16 KiB records, as curl does, with TCP_NODELAY.
//
// What the server can make it do is bounded: the answer's head at most maxHeadBytes(), its body read and dropped
// up to setMaxAnswerBodyBytes() (more fails with OversizedAnswer), interim 1xx answers skipped (at most 8); no
// redirect is followed (a 3xx is a status like any other); no progress for setTimeout() fails with Timeout.
class HttpPut : public QObject {
    Q_OBJECT
public:
    enum class Error {
        None, // an answer came: status(), reasonPhrase()
        Tls, // the handshake failed or the certificate was refused (sslErrorText())
        Network, // connection refused, reset, closed before the answer (errorString())
        Timeout, // no progress in either direction for timeoutMs()
        OversizedAnswer, // the answer's head or body was larger than allowed
        MalformedAnswer, // not an HTTP/1.x answer
        FileChanged, // the file ended before `size` bytes were read (it shrank) or could not be read
    };
    // Whether to go on despite Qt's verification errors (the account's own trust rules).
    using SslErrorCheck = std::function<bool(const QList<QSslError> &errors, const QList<QSslCertificate> &chain)>;

    static constexpr qint64 recordBytes() { return 16 * 1024; } // a full TLS record's payload
    static constexpr qint64 chunkBytes() { return 4 * recordBytes(); } // read from the file and written at once
    static constexpr qint64 maxBufferedBytes() { return 512 * 1024; } // written but not yet on the wire
    static constexpr qsizetype maxHeadBytes() { return 16 * 1024; }
    static constexpr int maxInterimAnswers() { return 8; }

    // `file` is open for reading at its start; `headers` go into the request as given (names and values without
    // line breaks), after Host, Content-Length and before Connection: close.
    HttpPut(std::unique_ptr<QFile> file, qint64 size, QUrl url, QList<std::pair<QByteArray, QByteArray>> headers,
        QObject *parent = nullptr);
    ~HttpPut() override;

    void setSslErrorCheck(SslErrorCheck check) { m_sslCheck = std::move(check); }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxAnswerBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    // Connects and sends; then uploadProgress()* and finished() once (never from inside start()).
    void start();
    // Stops at once, without finished(); the connection is dropped.
    void abort();

    QUrl url() const { return m_url; }
    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    // Network: the socket's description; Timeout: empty.
    QString errorString() const { return m_errorString; }
    // The certificate errors that were not accepted, for Tls; empty if the handshake failed for another reason.
    QString sslErrorText() const { return m_sslErrorText; }
    int status() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    // Body bytes handed to the socket.
    qint64 bytesWritten() const { return m_written; }

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);
    void finished();

private:
    void encrypted();
    void pump();
    void bytesOnWire();
    void readAnswer();
    bool takeHead();
    bool takeBody(const char *data, qsizetype size);
    void socketError();
    void finish(Error error, const QString &text = {});
    void restartTimer();

    std::unique_ptr<QFile> m_file;
    const qint64 m_size;
    const QUrl m_url;
    const QList<std::pair<QByteArray, QByteArray>> m_headers;
    SslErrorCheck m_sslCheck;
    int m_timeoutMs = 30000;
    qint64 m_maxBodyBytes = 64 * 1024;
    QSslSocket *m_socket = nullptr; // a child
    QTimer m_timer;
    QByteArray m_chunk;
    bool m_headSent = false;
    qint64 m_written = 0;
    qint64 m_lastProgress = 0;
    // The answer.
    QByteArray m_head;
    bool m_headDone = false;
    int m_interim = 0;
    int m_status = 0;
    QByteArray m_reason;
    qint64 m_bodyLeft = -1; // Content-Length left; -1: chunked or until the connection closes
    bool m_chunked = false;
    QByteArray m_chunkLine; // chunked: the size line being read
    qint64 m_chunkLeft = 0; // chunked: data (and its CRLF) of the current chunk still to skip
    bool m_lastChunk = false;
    qint64 m_bodyBytes = 0;
    bool m_finished = false;
    Error m_error = Error::None;
    QString m_errorString;
    QString m_sslErrorText;
};

} // namespace balcony
