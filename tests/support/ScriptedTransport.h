#pragma once

#include "stream/Transport.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace balcony::test {

// A Transport that plays the server in protocol tests, in the manner of a scripted test server: the test
// drives the network events (TCP up, TLS up, bytes from the server, remote close) and inspects what the
// client wrote, one entry per write() call, so it can assert which pieces went out together.
//
// Nothing happens by itself: connectToServer() and startTls() only record the request; the test answers
// with simulateConnected() / simulateEncrypted() / simulateTlsFailure().
class ScriptedTransport : public Transport {
    Q_OBJECT
public:
    explicit ScriptedTransport(QObject *parent = nullptr);
    ~ScriptedTransport() override;

    // Transport
    void connectToServer(const TransportTarget &target) override;
    void startTls() override;
    void write(const QByteArray &bytes) override;
    void disconnectFromServer() override;
    void abort() override;
    bool isEncrypted() const override { return m_encrypted; }
    TlsInfo tlsInfo() const override;
    QString peerDescription() const override;
    bool isDirectTls() const override { return m_directTls; }
    bool supportsEarlyTls() const override { return m_earlyTls; }
    bool usedDnsCache() const override { return m_usedDnsCache; }
    // While paused, inject() holds the bytes; resuming delivers them from the event loop (as TcpTransport).
    void setReadingPaused(bool paused) override;

    // --- what the client asked for
    int connectCount() const { return m_connectCount; }
    TransportTarget lastTarget() const { return m_target; }
    bool startTlsRequested() const { return m_startTlsRequested; }
    // How many writes the client had made (since connecting) when it asked for TLS; -1 if it did not.
    // XEP-0305 listing 1: 1 = the ClientHello right behind the header + <starttls/> write.
    int startTlsAfterWrites() const { return m_startTlsAfterWrites; }
    // How many bytes from the server had arrived when it asked for TLS (0 = before any reply).
    qsizetype startTlsAfterInjected() const { return m_startTlsAfterInjected; }
    bool isOpen() const { return m_open; }
    // disconnectFromServer() was called (a clean close); abort() was called.
    bool closeRequested() const { return m_closeRequested; }
    bool abortRequested() const { return m_abortRequested; }

    // --- what the client wrote: one entry per write() call, oldest first
    const QList<QByteArray> &writes() const { return m_writes; }
    QByteArray takeWrite(); // the oldest unread write, or empty if none
    QByteArray allWritten() const; // everything ever written, concatenated
    void clearWrites() { m_writes.clear(); }

    // Splits the XML of one write (or an expected text) into comparable pieces: the stream header as
    // "<stream:stream> attr='v' ..." with its attributes sorted, each top-level element normalised with
    // XmlCompare, "</stream:stream>" for a closing tag. The XML declaration and whitespace are ignored.
    // Unparsable input gives a single "unparsable: ..." piece.
    static QStringList pieces(const QByteArray &xml);
    // pieces(takeWrite()).
    QStringList takeWritePieces() { return pieces(takeWrite()); }

    // --- server behaviour
    void setTlsProtocol(const QString &protocol) { m_tlsProtocol = protocol; }
    // The next connection is direct TLS (XEP-0368): isDirectTls() is true once connected.
    void setDirectTls(bool directTls) { m_directTls = directTls; }
    void setPeer(const QString &peer) { m_peer = peer; }
    // The transport can pipeline its ClientHello behind <starttls/> (XEP-0305 listing 1).
    void setSupportsEarlyTls(bool early) { m_earlyTls = early; }
    void setUsedDnsCache(bool used) { m_usedDnsCache = used; }

    void simulateConnected();
    void simulateEncrypted();
    void simulateTlsFailure();
    void simulateConnectFailure();
    // Bytes from the server.
    void inject(const QByteArray &bytes);
    // QSslSocket::flush() decrypts and delivers what the server sent while a write() is being flushed. This
    // transport can play that: with setDeliverDuringWrite(true), every write() delivers the oldest chunk given
    // to queueDuringWrite() synchronously, from inside the write() (as a Transport must NOT do; a test checks
    // that the Connection copes). maxWriteNesting() is how deep write() calls nested (1 = never inside another).
    void setDeliverDuringWrite(bool deliver) { m_deliverDuringWrite = deliver; }
    void queueDuringWrite(const QByteArray &bytes) { m_duringWrite.append(bytes); }
    qsizetype queuedDuringWrite() const { return m_duringWrite.size(); }
    int maxWriteNesting() const { return m_maxWriteNesting; }
    bool isReadingPaused() const { return m_readingPaused; }
    // How often the client paused reading (flow control).
    int readingPauses() const { return m_readingPauses; }
    // The server (or the network) drops the connection: errorOccurred(ConnectionLost), disconnected().
    void simulateRemoteClose();

Q_SIGNALS:
    // The client wrote `bytes` (one write() call): lets a scripted server react as the data arrives.
    void written(const QByteArray &bytes);

private:
    void emitError(TransportError::Kind kind, const QString &message);

    TransportTarget m_target;
    QList<QByteArray> m_writes;
    QList<QByteArray> m_allWrites;
    QString m_tlsProtocol = QStringLiteral("TLSv1.3");
    QString m_peer = QStringLiteral("127.0.0.1:5222");
    int m_connectCount = 0;
    bool m_open = false;
    bool m_encrypted = false;
    bool m_directTls = false;
    bool m_startTlsRequested = false;
    int m_startTlsAfterWrites = -1;
    qsizetype m_startTlsAfterInjected = 0;
    qsizetype m_injectedSinceConnect = 0;
    int m_writesSinceConnect = 0;
    bool m_earlyTls = false;
    bool m_usedDnsCache = false;
    bool m_closeRequested = false;
    bool m_abortRequested = false;
    bool m_deliverDuringWrite = false;
    QList<QByteArray> m_duringWrite;
    int m_writeNesting = 0;
    int m_maxWriteNesting = 0;
    bool m_readingPaused = false;
    int m_readingPauses = 0;
    QByteArray m_held; // injected while reading was paused
    quint64 m_generation = 0;
};

// Server-side XML for scripts. The client's stream header for comparisons is clientHeader().
namespace script {
// "<?xml...?><stream:stream ... from='example.com' id='s1' version='1.0'>" as a server sends it.
QByteArray serverHeader(const QByteArray &domain = "example.com");
// What the client is expected to send: `from` is set on secured streams (RFC 6120 §4.7.1).
QByteArray clientHeader(const QByteArray &domain = "example.com", const QByteArray &from = {});
QByteArray starttlsFeatures();
QByteArray saslFeatures(const QList<QByteArray> &mechanisms);
// Post-authentication features: bind, plus <session/> (with <optional/> unless `sessionRequired`).
QByteArray bindFeatures(bool withSession = true, bool sessionRequired = false);
// <name xmlns=sasl [mechanism=...]>base64(payload)</name>.
QByteArray sasl(const QByteArray &name, const QByteArray &payload, const QByteArray &mechanism = {});
} // namespace script

} // namespace balcony::test
