#pragma once

#include "core/Element.h"
#include "core/Jid.h"

#include <QObject>

namespace balcony {

class Connection;
class DiscoManager;

// XEP-0280 (Message Carbons, urn:xmpp:carbons:2): enabling on every new session (§4) and unwrapping the
// copies (§6, §7).
//
// Enabling: the server's disco#info must list urn:xmpp:carbons:2. Carbons are per session, so they are
// enabled on every new session (not after a resumption, XEP-0198 keeps the state). Once the server is known
// to support them (from the DiscoManager's caps cache), the enable IQ is pipelined with the session start
// (XEP-0305); on the first session it goes out as soon as the server's info is known.
//
// Unwrapping (§11 security): a <received/> or <sent/> wrapper is genuine only if the outer message comes
// from the account's own bare JID; anyone else can forge one to put words into a contact's mouth.
class Carbons : public QObject {
    Q_OBJECT
public:
    enum class Kind {
        NotCarbon, // no carbon wrapper: an ordinary message
        Received, // §6: a copy of a message another resource of ours received
        Sent, // §7: a copy of a message another resource of ours sent
        Forged, // a wrapper from someone other than our bare JID, or malformed: drop it
    };
    struct Unwrapped {
        Kind kind = Kind::NotCarbon;
        Element inner; // the forwarded <message/> (Received/Sent only)
    };

    // `disco` may be null: carbons are then enabled only after setServerSupport(true).
    Carbons(Connection &connection, DiscoManager *disco, QObject *parent = nullptr);
    ~Carbons() override;

    static Unwrapped unwrap(const Element &message, const Jid &ownJid);

    // Whether the server is known to support carbons (learnt from disco, or set by the account from a
    // stored server profile).
    bool serverSupport() const { return m_serverSupport; }
    void setServerSupport(bool supported);
    // Carbons are enabled on the current session (the server answered the enable with a result).
    bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    void enabledChanged(bool enabled);

private:
    void sessionStarting();
    void maybeEnable();
    void sendEnable();

    Connection &m_connection;
    DiscoManager *m_disco;
    bool m_serverSupport = false;
    bool m_requested = false; // an enable went out on this session
    bool m_enabled = false;
    quint64 m_session = 0; // tells an answer from an earlier session
};

} // namespace balcony
