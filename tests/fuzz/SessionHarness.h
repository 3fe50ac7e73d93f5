#pragma once

#include "ScriptedTransport.h"
#include "core/Element.h"
#include "stream/Connection.h"
#include "stream/XmlStreamParser.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

class QAbstractItemModelTester;

namespace balcony {

class ArchiveManager;
class Carbons;
class ClientState;
class ConversationListModel;
class DiscoManager;
class EsessionManager;
class MemoryCapsStore;
class MemoryE2eKeyStore;
class MemoryHistoryStore;
class MemoryOutboxStore;
class MemoryRosterStore;
class MemorySubscriptionRequestStore;
class MessageManager;
class MessageModel;
class Outbox;
class PingManager;
class PresenceManager;
class PubSubManager;
class RosterManager;
class RosterModel;
class SubscriptionManager;
class SynchronousArchiveStorage;

namespace fuzz {

class FuzzEventDispatcher;

// What the client wrote on one connection, as a scripted server sees it: its stanzas, in order, and whether
// it closed its stream. Violations of the stream rules are recorded as they happen.
class FuzzTransport : public test::ScriptedTransport {
    Q_OBJECT
public:
    void connectToServer(const TransportTarget &target) override;
    void write(const QByteArray &bytes) override;

    // Stanzas (jabber:client) and XEP-0198 nonzas of the current connection, oldest first.
    QList<Element> &elements() { return m_elements; }
    bool closedStream() const { return m_closedStream; } // </stream:stream> written on this connection
    quint64 connection() const { return m_connection; } // bumped by every connectToServer()
    qsizetype stanzasWritten() const { return m_stanzasWritten; } // over all connections
    // XEP-0198 §4: the stanzas a server that received everything would count since the last <enable/> (across
    // reconnects; a resumption sets it to the server's h, the resent stanzas are counted again as written).
    quint32 sinceEnable() const { return m_sinceEnable; }
    void setSinceEnable(quint32 handled) { m_sinceEnable = handled; }
    // Set when the client wrote anything after its </stream:stream> on the same connection: the first
    // such write, for the report.
    const QByteArray &afterClose() const { return m_afterClose; }

private:
    XmlStreamParser m_parser;
    QList<Element> m_elements;
    QByteArray m_afterClose;
    bool m_closedStream = false;
    quint64 m_connection = 0;
    qsizetype m_stanzasWritten = 0;
    quint32 m_sinceEnable = 0;
};

// One account's whole engine wired as Account wires it (src/account/Account.cpp), on in-memory stores and a
// scripted transport, plus the three models (roster, conversations, one conversation's messages) each under
// QAbstractItemModelTester. Built per fuzz input; logged in with SASL PLAIN over (scripted) direct TLS,
// Stream Management offered and enabled with resumption.
class SessionHarness {
public:
    // The contacts actions and seeds use; index 0 is in the roster of most seeds.
    static QList<Jid> contacts();
    static Jid account(); // user@example.com/balcony
    static QString smId() { return QStringLiteral("sm-1"); }

    // `ownKeyPkcs8`: the account's RSA key (generated once per process: generating per input is too slow).
    SessionHarness(FuzzEventDispatcher &dispatcher, const QByteArray &ownKeyPkcs8);
    ~SessionHarness();
    SessionHarness(const SessionHarness &) = delete;
    SessionHarness &operator=(const SessionHarness &) = delete;

    // The first login: true when the session is bound.
    bool login();
    // A reconnect the Connection asked for (after a drop): plays the server once more. `resume`: 'r' answers
    // a <resume/> with <resumed/> whose h leaves the last `lost` stanzas unhandled, 'f' with <failed/>; a new
    // session is bound either way otherwise.
    bool relogin(char resume, quint32 lost);

    // Bytes from the server on the bound stream (mirrored to count the IQ requests the client must answer).
    void inject(const QByteArray &bytes);
    // Answers the client's `index`-th unanswered IQ request (oldest first, modulo their number): type result
    // with `payload` inside, or an error with `payload` as the <error/>.
    bool reply(int index, bool error, const QByteArray &payload);
    // <a h/> for every stanza the client sent on this connection since <enable/>, less `missing`.
    void ack(quint32 missing);
    void advance(qint64 ms);
    void dropConnection();

    // Runs every invariant; aborts with a report on a violation. `final`: after the last step of the input.
    void check(bool final);

    Connection &connection() { return *m_connection; }
    FuzzTransport &server() { return *m_server; }
    DiscoManager &disco() { return *m_disco; }
    RosterManager &roster() { return *m_roster; }
    PresenceManager &presence() { return *m_presence; }
    SubscriptionManager &subscriptions() { return *m_subscriptions; }
    MessageManager &messages() { return *m_messages; }
    Carbons &carbons() { return *m_carbons; }
    ArchiveManager &archive() { return *m_archive; }
    PingManager &ping() { return *m_ping; }
    ClientState &clientState() { return *m_clientState; }
    PubSubManager &pubSub() { return *m_pubSub; }
    EsessionManager &esessions() { return *m_esessions; }
    MessageModel &messageModel() { return *m_messageModel; }

    void countAction() { ++m_actions; }

private:
    struct Request {
        QString id;
        QString to;
    };
    bool playLogin(char resume, quint32 lost);
    QList<Request> pendingRequests();
    void mirrorReset();
    void mirror(const QByteArray &bytes);
    // Aborts (a finding) unless BALCONY_FUZZ_ALLOW names `tag`.
    void violated(const char *tag, const char *what, const QString &detail = {});
    qsizetype historyRows();
    void checkMessageModels();

    FuzzEventDispatcher &m_dispatcher;
    std::unique_ptr<MemoryCapsStore> m_capsStore;
    std::unique_ptr<MemoryRosterStore> m_rosterStore;
    std::unique_ptr<MemorySubscriptionRequestStore> m_requestStore;
    std::unique_ptr<MemoryHistoryStore> m_historyStore;
    std::unique_ptr<MemoryOutboxStore> m_outboxStore;
    std::unique_ptr<MemoryE2eKeyStore> m_e2eKeyStore;
    FuzzTransport *m_server = nullptr;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<DiscoManager> m_disco;
    std::unique_ptr<RosterManager> m_roster;
    std::unique_ptr<PresenceManager> m_presence;
    std::unique_ptr<SubscriptionManager> m_subscriptions;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<MessageManager> m_messages;
    std::unique_ptr<Carbons> m_carbons;
    std::unique_ptr<SynchronousArchiveStorage> m_archiveStorage;
    std::unique_ptr<ArchiveManager> m_archive;
    std::unique_ptr<PingManager> m_ping;
    std::unique_ptr<ClientState> m_clientState;
    std::unique_ptr<PubSubManager> m_pubSub;
    std::unique_ptr<EsessionManager> m_esessions;
    std::unique_ptr<RosterModel> m_rosterModel;
    std::unique_ptr<ConversationListModel> m_conversationModel;
    std::unique_ptr<MessageModel> m_messageModel;
    std::unique_ptr<QAbstractItemModelTester> m_rosterTester;
    std::unique_ptr<QAbstractItemModelTester> m_conversationTester;
    std::unique_ptr<QAbstractItemModelTester> m_messageTester;

    // The server's view of the bound stream: its bytes parsed as the client parses them, from the bind on.
    XmlStreamParser m_mirror;
    bool m_mirrorActive = false;
    quint64 m_mirrorConnection = 0;
    QHash<QString, int> m_requests; // id -> get/set IQs the server sent on this stream
    QHash<QString, int> m_answers; // id -> result/error IQs the client wrote on this stream
    qsizetype m_answersSeen = 0; // elements() already counted into m_answers
    QSet<QString> m_replied; // ids of the client's requests already answered by reply()

    // Growth bounds: what the input could legitimately cause.
    qsizetype m_serverStanzas = 0;
    qsizetype m_serverBytes = 0;
    qsizetype m_actions = 0;
    qsizetype m_timeSteps = 0;
    qsizetype m_logins = 0;
};

} // namespace fuzz
} // namespace balcony
