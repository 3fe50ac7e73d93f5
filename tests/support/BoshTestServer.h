#pragma once

// A scripted BOSH connection manager (XEP-0124/0206) on 127.0.0.1 over HTTPS, for the BoshTransport tests and the
// benchmark. It behaves like Prosody's mod_bosh: session creation with the configured attributes, rids checked
// (a repeated rid gets its old response again, an out-of-window one item-not-found), requests held (at most `hold`
// empty ones; a further request releases the oldest), what the XMPP side says sent on the oldest held request. The
// XMPP side is the test's: `onPayload` answers each request's payload. It records every request and checks the
// client: more requests in flight than `requests` (overactivity) or empty requests closer than `polling` are
// violations (recorded, and answered with a policy-violation terminate as a real manager would). A test can also
// take requests over (`intercept`) and answer them itself, raw if it likes. Its certificate is made per run with
// the openssl CLI (self-signed for 127.0.0.1); clients trust it by its fingerprint.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslServer>
#include <QSslSocket>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace balcony::test {

class BoshTestServer : public QObject {
    Q_OBJECT
public:
    struct Received {
        qint64 rid = 0;
        QString sid;
        bool creation = false;
        bool restart = false;
        bool terminate = false;
        QHash<QString, QString> attributes; // the <body/>'s, by qualified name
        QByteArray body; // the whole request body
        QByteArray payload; // its children
        bool answered = false;
    };

    // Session creation response attributes.
    int requests = 2;
    int hold = 1;
    int wait = 60;
    int polling = 5;
    int inactivity = 60;
    // XEP-0124 §10: `maxpause` in the creation response when > 0. A request with pause='N' (N <= maxpause) gets every
    // held request answered at once and is answered itself, empty (unless answerPause is false: ejabberd's mod_bosh
    // 23.01 never answers it); a pause without maxpause or beyond it is a violation, answered with policy-violation.
    int maxpause = 0;
    bool answerPause = true;
    // The stream features sent in the session creation response and after each restart.
    QByteArray creationFeatures;
    QByteArray restartFeatures;
    // The XMPP server: what it sends for the payload of a request (called for non-empty payloads only).
    std::function<QByteArray(const Received &)> onPayload;
    // Return true to answer request `index` yourself (answer()/answerRaw()); the manager then leaves it alone.
    std::function<bool(int index)> intercept;
    // What goes out instead of the <body/> the manager answers request `index` with (the manager's state is as if it
    // had sent `body`): misbehaving connection managers.
    std::function<QByteArray(int index, const QByteArray &body)> rewrite;

    bool start();
    QUrl url() const;
    QSslCertificate certificate() const { return m_certificate; }
    const QList<Received> &received() const { return m_received; }
    // Requests that are neither empty nor polls: creation, restart or with payload.
    int roundTripRequests() const;
    int maxInFlight() const { return m_maxInFlight; }
    QStringList violations() const { return m_violations; }
    int held() const { return int(m_held.size()); }
    QString sid() const { return m_sid; }
    int sessions() const { return m_sessionCount; }
    // Pause requests accepted, and whether the session is paused now (no request since the last pause).
    int pauses() const { return m_pauseCount; }
    bool paused() const { return m_pausedAt.isValid(); }

    // The server sends `payload` to the client (on the oldest held request, or with the next one).
    void push(const QByteArray &payload);
    // Answers request `index` with a <body/> holding `payload` (status 200), or raw HTTP bytes.
    void answer(int index, const QByteArray &payload, const QByteArray &bodyAttributes = {});
    void answerRaw(int index, const QByteArray &raw);
    // Ends the session: every held request gets <body type='terminate' condition=.../> with `payload`.
    void terminate(const QString &condition, const QByteArray &payload = {});
    // Aborts every TCP connection (held requests are lost; the session survives).
    void cutConnections();
    // Forgets the session (the next request with its sid gets item-not-found).
    void dropSession();
    static QByteArray wrap(const QByteArray &payload, const QByteArray &attributes = {});

private:
    struct Client {
        QPointer<QSslSocket> socket;
        QByteArray buffer;
        qint64 expected = -1;
    };
    void accept();
    void read(Client &client);
    void handle(QSslSocket *socket, const QByteArray &body);
    void manage(int index);
    void flush();
    void send(int index, const QByteArray &body);
    static void sendHttp(QSslSocket *socket, const QByteArray &body, int status = 200);
    void violation(const QString &what);

    QTemporaryDir m_dir;
    QSslServer m_server;
    QSslCertificate m_certificate;
    std::vector<std::unique_ptr<Client>> m_clients;
    QList<Received> m_received;
    QHash<int, QPointer<QSslSocket>> m_sockets; // request index -> its connection, until answered
    std::vector<int> m_held; // request indexes held by the manager, oldest first
    std::map<qint64, QByteArray> m_replies; // rid -> response body (replayed on a repeated rid)
    QByteArray m_buffer; // to send on the next held request
    QString m_sid;
    qint64 m_lastRid = 0;
    qint64 m_highestAnswered = 0;
    int m_deferred = -1; // a request that arrived before its predecessor
    int m_sessionCount = 0;
    int m_maxInFlight = 0;
    bool m_lastWasEmptyAnsweredEmpty = false;
    QElapsedTimer m_lastEmpty;
    QElapsedTimer m_pausedAt;
    int m_pauseCount = 0;
    QStringList m_violations;
};

// The XMPP server behind a BoshTestServer for one account, user@example.com/balcony with the password "pencil": the
// SCRAM-SHA-1 exchange of RFC 5802 §5 (the client needs Scram::setTestNonce("fyko+d2lbbFgONRv9qkxdawL")), bind,
// XEP-0198 enable/resume/acks, and the client's chat messages recorded.
// RFC 5802 §5 with the test nonce (user "user", password "pencil").
inline const QByteArray ServerFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
inline const QByteArray ServerFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";
inline const QByteArray BoshSaslFeatures = "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                                           "<mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>";
inline const QByteArray BoshSessionFeatures
    = "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
      "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'><optional/></session>"
      "<sm xmlns='urn:xmpp:sm:3'/></stream:features>";

inline QByteArray saslElement(const QByteArray &name, const QByteArray &payload)
{
    return "<" + name + " xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" + payload.toBase64() + "</" + name + ">";
}

struct BoshXmppScript {
    QStringList messages; // bodies of the client's messages, in the order the server got them
    int handled = 0; // XEP-0198: stanzas counted since <enable/> or kept across a resumption
    bool smEnabled = false;
    int resumes = 0;
    int binds = 0;
    bool ignoreResume = false; // never answer <resume/> (as Prosody 0.12 over BOSH)

    static inline const QByteArray SaslFeatures = BoshSaslFeatures;
    static inline const QByteArray SessionFeatures = BoshSessionFeatures;
    // Plays the XMPP server on `server` (its features and answers).
    void attach(BoshTestServer &server)
    {
        server.creationFeatures = SaslFeatures;
        server.restartFeatures = SessionFeatures;
        server.onPayload = [this](const BoshTestServer::Received &r) { return answer(r); };
    }

    QByteArray answer(const BoshTestServer::Received &r)
    {
        const QByteArray &p = r.payload;
        QByteArray out;
        if (p.contains("<auth ")) {
            out += saslElement("challenge", ServerFirst);
        }
        if (p.contains("<response ")) {
            out += saslElement("success", ServerFinal);
        }
        if (p.contains("<resume ") && !ignoreResume) {
            ++resumes;
            out += "<resumed xmlns='urn:xmpp:sm:3' previd='sm1' h='" + QByteArray::number(handled) + "'/>";
        }
        static const QRegularExpression bindIq(QStringLiteral("<iq [^>]*id=\"([^\"]+)\"[^>]*><bind "));
        if (const auto match = bindIq.match(QString::fromUtf8(p)); match.hasMatch()) {
            ++binds;
            out += "<iq xmlns='jabber:client' type='result' id='" + match.captured(1).toUtf8()
                + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>user@example.com/balcony</jid></bind></iq>";
        }
        if (p.contains("<enable ")) {
            smEnabled = true;
            handled = 0;
            out += "<enabled xmlns='urn:xmpp:sm:3' id='sm1' resume='true'/>";
        }
        static const QRegularExpression body(QStringLiteral("<message [^>]*><body>([^<]*)</body>"));
        auto it = body.globalMatch(QString::fromUtf8(p));
        while (it.hasNext()) {
            messages.append(it.next().captured(1));
            ++handled;
        }
        if (p.contains("<r xmlns=\"urn:xmpp:sm:3\"")) {
            out += "<a xmlns='urn:xmpp:sm:3' h='" + QByteArray::number(handled) + "'/>";
        }
        return out;
    }
};

} // namespace balcony::test
