#pragma once

// Internal to the stream layer: the state behind Connection, shared by Connection.cpp (transport,
// parser, routing, reconnects) and ConnectionSession.cpp (session start, XEP-0198, resumption, caches).

#include "Backoff.h"
#include "Connection.h"
#include "IqTracker.h"
#include "Negotiator.h"
#include "StreamManagement.h"
#include "XmlStreamParser.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

namespace balcony {

Q_DECLARE_LOGGING_CATEGORY(lcConnection)

class Connection::Private : public Negotiator::Host {
public:
    // Input is handled in turns of at most this many bytes and parser events (issue 11): whichever limit is
    // reached first ends the turn, and the rest continues from the event loop, so timers, other sockets and
    // the UI run in between however fast the server sends. 500 events are a few milliseconds of the costliest
    // stanzas; one turn's bytes match what TcpTransport delivers per turn.
    static constexpr qsizetype MaxInputBytesPerTurn = 64 * 1024;
    static constexpr int MaxEventsPerTurn = 500;
    // Bytes received and not handled yet beyond which the transport is paused (TCP then holds the server back).
    static constexpr qsizetype MaxPendingInputBytes = 4 * MaxInputBytesPerTurn;
    // Stanzas written together are grouped into writes of at most this many bytes: TcpTransport turns each
    // write into TLS records at once, and one record carries up to 16 KiB (RFC 8446 §5.1), so no record ends
    // inside a stanza (see TcpTransport::write for why that matters to a resumption).
    static constexpr qsizetype MaxWriteBytes = 16000;

    Private(Connection *q, std::unique_ptr<Transport> transport);

    // Negotiator::Host
    void negotiatorWrite(const QByteArray &bytes) override;
    void negotiatorStartTls(bool alreadyStarted) override;
    bool negotiatorCanStartTlsEarly() const override { return transport->supportsEarlyTls(); }
    void negotiatorStartTlsEarly() override;
    void negotiatorRestartStream(const QString &mechanism) override;
    void negotiatorWaiting() override { ++stats.roundTrips; }
    void negotiatorBound(const Jid &jid) override;
    void negotiatorFinished(const Element &streamFeatures) override;
    void negotiatorSecuredForRegistration(const Element &streamFeatures) override;
    void negotiatorFailed(const ConnectionError &error, const std::optional<StreamError> &sendError) override;
    QString negotiatorNewId() override { return Connection::generateId(); }
    QByteArray negotiatorAfterBind(const Element &features) override;
    std::optional<Element> negotiatorResumeRequest() override;
    void negotiatorResumed(const Element &resumed, const Element &features) override;
    void negotiatorResumeFailed(const Element &failed) override;
    void negotiatorSendStanza(const Element &stanza) override;

    // --- ConnectionSession.cpp: session start, XEP-0198, caches
    // Stanzas written through here are counted by stream management and, inside the session-start window,
    // collected for the pipelined bind write instead of being written at once.
    void writeStanza(const Element &stanza, const QByteArray &bytes);
    // Whether send()/sendIq() may write now (bound, or inside the session-start window), or queue
    // (the session can be resumed or a reconnect is coming); else they refuse.
    bool canWriteStanzas() const;
    bool canQueueStanzas() const;
    void queueStanza(const Element &stanza, const QByteArray &bytes);
    // Writes `parts` (whole stanzas) grouped into writes of at most MaxWriteBytes each.
    void writeGrouped(const QList<QByteArray> &parts);
    void flushQueued(); // what a session start left queued
    QByteArray startSession(); // emits sessionStarting; returns what was sent in it
    void runSessionSteps(bool previousSessionLost); // the first slot on sessionStarting
    void handleSmElement(const Element &element);
    void scheduleAckRequest();
    void sendAckRequest();
    void onAckTimeout();
    void armAckTimeout(int ms);
    void smConnectionLost(); // from handleLoss: keep a resumable session, else carry messages over
    void rememberServer();
    // The one way into Connected, shared by a new session (bind result, pipelined start or not) and a XEP-0198
    // resumption: the server's profile is remembered, the connect timer, backoff and redirect state reset.
    void enterConnected();
    // QNetworkInformation: reconnect when the network comes back or changes. Started (once) when the connection is
    // first bound or waiting to reconnect, the two states it serves, not when the Connection is made: loading the
    // backend (a plugin; GLib's monitor asks NetworkManager over the system bus) is not on the way to the first
    // packet (issue 12).
    void watchNetwork();
    void watchNetworkLater();

    void setState(ConnectionState newState);
    bool validateSettings();
    void startAttempt();
    void onConnected();
    void onEncrypted();
    void onData(const QByteArray &bytes);
    // One turn of input handling (see MaxInputBytesPerTurn); never re-entered.
    void processInput();
    void scheduleInput();
    void updateReadingPaused();
    void onTransportError(const TransportError &error);
    void onTransportDisconnected();
    void handleEvent(const ParserEvent &event);
    void handleStreamError(const Element &element);
    void route(const Element &element);
    void replyError(const Element &request, StanzaError::Condition condition);
    // Every byte the Connection writes goes through write() (or writeClosing()). While input is being handled
    // or a group of stanzas is written, writes are collected (whole stanzas, in order) and leave together in
    // flushOutput(); nothing is written once our closing tag is out (RFC 6120 §4.4).
    void write(const QByteArray &bytes);
    void flushOutput();
    // Collected output, then `error` (if any) and </stream:stream>: the one place that closes our stream.
    void writeClosing(const std::optional<StreamError> &error = std::nullopt);
    void transportWrite(const QByteArray &bytes);
    // Ends this attempt because of `error`: optional stream error, our closing tag, close; then handleLoss.
    void terminate(ConnectionError error, const std::optional<StreamError> &sendError = std::nullopt);
    void handleLoss(ConnectionError error);
    void finishDisconnect();
    void resetStreamState();

    Connection *q;
    std::unique_ptr<Transport> transport;
    ConnectionSettings settings;
    XmlStreamParser parser;
    IqTracker tracker;
    Negotiator negotiator;
    Backoff backoff;
    QTimer connectTimer;
    QTimer reconnectTimer;
    QTimer closeTimer;
    QElapsedTimer clock;
    int closeTimeoutMs = 5000; // setCloseTimeout()

    ConnectionState state = ConnectionState::Disconnected;
    ConnectionError lastError;
    ConnectionStats stats;
    Jid boundJid;
    Element features;
    bool networkWatchStarted = false; // watchNetworkLater() was called
    bool transportUp = false; // connected() seen and no disconnect/error since
    bool ourStreamOpen = false; // we wrote a header on the current (TLS layer's) stream
    bool closingWritten = false; // our </stream:stream> is out: nothing more on this connection

    // Input not handled yet: inbox[inboxPos..] (unparsed bytes, in order).
    QByteArray inbox;
    qsizetype inboxPos = 0;
    bool handlingInput = false; // inside processInput()
    bool inputScheduled = false; // a processInput() turn is queued
    bool readingPaused = false; // transport->setReadingPaused(true) is in force
    int writingToTransport = 0; // inside transport->write() (a transport that delivers from there is deferred)
    int collectingWrites = 0; // > 0: write() collects into outChunks
    QList<QByteArray> outChunks; // collected output, each chunk whole stanzas of at most MaxWriteBytes
    bool userClosing = false; // disconnectFromServer() was called: no reconnect
    bool redirected = false; // see-other-host followed once in this connection attempt series
    QString redirectHost;
    quint16 redirectPort = 0;
    quint64 generation = 0; // bumped whenever the current stream is torn down
    StanzaRouter router;

    // XEP-0198 and sessions
    StreamManagement sm;
    struct Queued {
        Element stanza;
        QByteArray bytes;
    };
    QList<Queued> queued; // sent while no stream could take them: written once the session is back
    bool inSessionStart = false; // inside startSession(): stanzas go into sessionStartBytes
    QByteArray sessionStartBytes;
    bool hadSession = false; // a session existed before: the next new one replaces a lost session
    bool sessionLost = false; // that session's state is gone (not resumable, or resumption failed)
    Jid sessionJid; // the bound JID of the (resumable) session
    bool resumed = false; // the current stream resumed the previous session
    bool pipelineSessionStart = true; // cleared for one attempt after a bind conflict with pipelined extras
    // A <resume/> the server never answered (the connect timed out): the next attempt starts a new session instead
    // (Prosody 0.12 cannot resume into a BOSH session and stays silent).
    bool abandonResumption = false;
    // Round trip figures an HTTP binding only knows once its first requests are answered (refreshTransportStats()).
    int countedSetupRoundTrips = 0;
    bool tlsFlightsGuessed = false;
    void refreshTransportStats();
    bool quickRetryUsed = false; // the immediate reconnect after losing a resumable session
    QTimer ackTimer; // coalesces <r/> requests
    QTimer ackTimeoutTimer; // no <a/> for our <r/>: the connection is dead even if TCP did not say so
    bool inputSinceAckCheck = false; // bytes arrived since ackTimeoutTimer was (re)started
    bool ackPending = false;
    // Stanzas written since the last <r/>: one is asked for every AckRequestEvery of them even while an
    // earlier request is unanswered, so that a long burst is acknowledged as the server works through it.
    qsizetype sentSinceAckRequest = 0;
    int ackTimeoutMs = 60000;
    ServerProfile profile; // from settings.cache at the start of each attempt
};

} // namespace balcony
