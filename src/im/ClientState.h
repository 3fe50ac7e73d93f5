#pragma once

#include <QObject>

namespace balcony {

class Connection;

// XEP-0352 (Client State Indication, urn:xmpp:csi:0): tells the server whether the user is looking, so it
// can hold back presence floods and other unimportant traffic while the window is hidden.
//
// Sent only when the server advertised <csi xmlns='urn:xmpp:csi:0'/> in the post-authentication stream
// features (§3). The state belongs to the session: a new session starts active (§4), so an inactive client
// says so again at every session start (pipelined, XEP-0305); a resumed session keeps it (XEP-0198).
// <active/> and <inactive/> are nonzas: Connection::sendNonza() keeps them out of the XEP-0198 count.
class ClientState : public QObject {
    Q_OBJECT
public:
    explicit ClientState(Connection &connection, QObject *parent = nullptr);
    ~ClientState() override;

    // The UI calls this when the main window is shown/hidden (or the screen locks).
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // The server advertised CSI on the current stream.
    bool isSupported() const;

private:
    void send();

    Connection &m_connection;
    bool m_active = true;
    bool m_sentInactive = false; // the server currently believes we are inactive
};

} // namespace balcony
