#pragma once

#include "ScriptedTransport.h"
#include "stream/Connection.h"

#include <QByteArray>
#include <QList>

#include <memory>
#include <source_location>

namespace balcony::test {

// A Connection on a ScriptedTransport, logged in by the same pipelined script as tst_connection's login()
// (STARTTLS, SCRAM-SHA-1 with the RFC 5802 test nonce, bind) so that module tests start from a bound
// session. Stream Management is never offered, so the post-authentication write carries only the stream
// header, the bind request and whatever modules send from Connection::sessionStarting().
class ScriptedSession {
public:
    // `jid` is the account with the resource the server will bind.
    explicit ScriptedSession(const QString &jid = QStringLiteral("user@example.com/balcony"));
    ~ScriptedSession();
    ScriptedSession(const ScriptedSession &) = delete;
    ScriptedSession &operator=(const ScriptedSession &) = delete;

    Connection &connection() { return *m_connection; }
    ScriptedTransport &server() { return *m_server; }
    // Adjust before login() (e.g. settings().cache).
    ConnectionSettings &settings() { return m_settings; }

    // Runs the login; `extraFeatures` go into the post-authentication <stream:features/> next to bind and
    // session (e.g. caps <c/>, rosterver). Returns true when the connection ends Connected. The negotiation
    // writes are cleared; what is left unread is what the client wrote once bound (modules reacting to
    // Connection::connected()). Connect modules before calling it to see sessionStarting().
    bool login(const QByteArray &extraFeatures = {});

    // The stanzas the client pipelined behind the bind request, before the bind result (what modules sent
    // from sessionStarting() when the connection pipelines them, i.e. when it knows the server's profile).
    // Otherwise they are written after the bind result and are among the unread writes after login().
    const QList<Element> &pipelinedStanzas() const { return m_pipelined; }
    // Whether the connection emitted sessionStarting() during login().
    bool sessionStartingEmitted() const { return m_sessionStarting; }

    // The top-level elements of every unread write, oldest first (the writes are consumed).
    QList<Element> takeStanzas();

    // Protocol tests as transcripts (qxmpp's TestClient::expect): the next stanza(s) the client wrote must be
    // `xml` (one or more top-level elements, in order), compared normalised: attribute order, namespace
    // declarations and whitespace between elements do not matter. The stanzas compared are consumed, later ones
    // stay for the next expect() or takeStanzas(). On a mismatch the test fails at the caller's line with both
    // sides and where they first differ; returns whether it matched (`if (!expect(...)) return;` stops there).
    // Nothing is written by waiting: events the client still has to run (timers) are the test's to process.
    bool expect(const QByteArray &xml, std::source_location where = std::source_location::current());
    // That the client wrote nothing (more) since the last takeStanzas()/expect().
    bool expectNothing(std::source_location where = std::source_location::current());

    // Stanza ids from Connection::generateId() become "id1", "id2", ... (restarting at 1 with each call), so
    // expect() can name them. Call it before login(): the bind request then takes id1, and no id is handed out
    // twice while an IQ may still wait for its answer. Until this session is destroyed; ids are random again
    // afterwards. Not for tests with two sessions at once or with a "restart" over the same stores (a new
    // session would reuse ids).
    void useDeterministicIds();
    // Splits written XML into its top-level stanzas (stream headers and closing tags left out).
    static QList<Element> stanzasIn(const QByteArray &xml);

    // Delivers `xml` as the server's next bytes and returns once the connection has handled all of it: input
    // beyond one turn (64 KiB or 500 stanzas) is handled in later event loop turns, which this runs.
    void inject(const QByteArray &xml);

private:
    ConnectionSettings m_settings;
    ScriptedTransport *m_server = nullptr;
    std::unique_ptr<Connection> m_connection;
    QList<Element> m_pipelined;
    QList<Element> m_unread; // parsed from writes, not yet handed to a test
    bool m_sessionStarting = false;
    bool m_ownsIdGenerator = false;
    int m_nextId = 0;
};

} // namespace balcony::test
