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
#include <QSslCertificate>
#include <QSslServer>
#include <QSslSocket>
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
    // The stream features sent in the session creation response and after each restart.
    QByteArray creationFeatures;
    QByteArray restartFeatures;
    // The XMPP server: what it sends for the payload of a request (called for non-empty payloads only).
    std::function<QByteArray(const Received &)> onPayload;
    // Return true to answer request `index` yourself (answer()/answerRaw()); the manager then leaves it alone.
    std::function<bool(int index)> intercept;

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
    int m_sessionCount = 0;
    int m_maxInFlight = 0;
    bool m_lastWasEmptyAnsweredEmpty = false;
    QElapsedTimer m_lastEmpty;
    QStringList m_violations;
};

} // namespace balcony::test
