#pragma once

#include "CliOptions.h"
#include "account/Account.h"
#include "account/ChatSender.h"
#include "esession/EsessionManager.h"
#include "storage/StoredMessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace balcony {
class EventingManager;
class HttpUploadManager;
} // namespace balcony

namespace balcony::cli {

// One networked balcony-cli command on an Account (login, send, listen, roster, presence, subscribe,
// approve, deny, requests, sync). Emits finished() exactly once with the exit code; successful runs end
// with a clean stream close (RFC 6120 §4.4) before that.
//
// Every command opens the profile (<profile>/balcony.sqlite) through the Account and runs with its caches
// (XEP-0305 §2: DNS, server profile, caps, versioned roster), its history and its durable outbox: any
// login writes what an earlier run left in the outbox (a crash, a timeout), and `send` exits 0 only once
// the server acknowledged every message (XEP-0198, or a ping without it, see Outbox).
// The command-specific parts live in CliCommands.cpp.
class CliSession : public QObject {
    Q_OBJECT
public:
    CliSession(const CliOptions &options, const QString &program, QObject *parent = nullptr);
    ~CliSession() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool openProfile();
    bool queueMessages();
    void onOnline(bool resumed);
    void onConnected();
    void onError(const balcony::ConnectionError &error);
    void onDisconnected();
    void onStanza(qint64 historyId, const balcony::StoredMessage &message);
    // A command other than listen stored an incoming message (it reached this resource): reported at the end.
    void noteTakenMessage(const balcony::StoredMessage &message);
    void printIncoming(qint64 historyId, const balcony::StoredMessage &message);
    void onTimeout();

    // login: prints once the session is fully online (bound, roster known, presence sent, the server's
    // caps known).
    void checkLogin();
    void printLogin();
    // CliCommands.cpp: what each command does once the account is online.
    void runCommand();
    void checkSendDone();
    void onAcknowledged(qint64 historyId, const QString &originId);
    void runRoster();
    void listRoster();
    void listPresence();
    void runSubscribe();
    void runDeny();
    void listRequests();
    void onCatchUpFinished(bool ok, int stored, const QString &error);
    void afterWait(std::function<void()> action);
    int waitMs() const;
    void printJson(const QJsonObject &object);
    // CliE2e.cpp: encrypted sessions.
    bool usesEsessionSend() const;
    balcony::ChatSender::Options sendOptions() const;
    bool runLocalCommand(); // policy, keys (list, --verify): no connection; true if it ran
    void runPolicy();
    void listKeys();
    void verifyKey();
    void fetchKeys();
    void publishOfflineOptions();
    void sendEncrypted();
    void onEncryptedSent(const balcony::ChatSender::Result &result);
    void addE2eFields(qint64 historyId, QJsonObject &object);

    // CliRoom.cpp: group chat (XEP-0045).
    void connectRoom();
    void runRoom();
    void onRoomJoined(const balcony::Jid &room, const QString &nick, bool created);
    void onRoomMessage(qint64 historyId, const balcony::StoredMessage &message);
    void printOccupants();
    void printJoined(); // room join: once the replayed history is stored
    void runRoomModeration(); // room invite|kick|ban|voice|devoice, once in the room
    void onBookmarksLoaded(bool ok, const QString &error); // room list|bookmark
    void leaveRoomAndFinish(int exitCode, const QString &message = QString());

    // CliAvatar.cpp: avatar set|clear|get (XEP-0084, XEP-0153).
    void runAvatar();
    // CliUpload.cpp: XEP-0363 upload, the URL sent with XEP-0066.
    void runUpload();
    void onUploadAcknowledged(qint64 historyId);

    // CliEventing.cpp: --eventing (XEP-0207).
    void setUpEventing();
    bool queueEventingMessages(const QStringList &bodies);
    bool runEventing(); // true if the command ran in eventing mode

    // Ends the run: with a clean close when bound (the exit waits for the server's </stream:stream>),
    // otherwise at once. `message` goes to stderr.
    void finish(int exitCode, const QString &message = QString());
    void emitFinished(int exitCode);
    void printError(const QString &message);

    CliOptions m_options;
    QString m_program;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<EventingManager> m_eventing; // --eventing
    QSet<qint64> m_eventingIds; // --eventing send / room send: rows not yet confirmed by their notification
    QTimer m_timeout;
    QTimer m_closeGuard;
    QTimer m_wait;
    QElapsedTimer m_clock;
    QTextStream m_out;
    QTextStream m_err;
    bool m_everBound = false;
    bool m_closing = false;
    bool m_done = false;
    bool m_online = false;
    bool m_commandStarted = false;
    bool m_capsBarrierSent = false;
    bool m_capsSettled = false;
    bool m_printed = false;
    qint64 m_onlineMs = -1;
    int m_exitCode = 0;
    int m_received = 0;
    QMap<QString, int> m_takenMessages; // not listen: incoming messages stored by this run, per contact
    int m_queued = 0; // send: messages queued by this run
    int m_acked = 0; // send: messages acknowledged by the server in this run (new and flushed)
    QStringList m_encryptedBodies; // send through EsessionManager: the messages not handed over yet
    bool m_esessionSend = false; // send: through EsessionManager (decided once, before connecting)
    int m_sendsInFlight = 0; // send: ChatSender::send() calls that have not called back yet
    bool m_toldClear = false; // send: "sending in the clear" was printed
    QSet<qint64> m_encryptedIds; // send: history rows that went out encrypted
    bool m_omemoFetched = false; // keys --fetch: the OMEMO devices were read
    int m_omemoDevicesFound = 0;
    bool m_roomJoined = false; // room: the room sent our self-presence
    bool m_roomCreated = false; // room join: we created it (201)
    qint64 m_roomMessageId = 0; // room send: the history row of our message
    std::unique_ptr<HttpUploadManager> m_upload; // upload
    qint64 m_uploadMessageId = 0; // upload --to: the history row of the file message
    QString m_uploadUrl; // upload: the GET URL, once uploaded
};

} // namespace balcony::cli
