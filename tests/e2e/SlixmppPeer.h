#pragma once

#include "JsonLinePeer.h"

namespace balcony::test {

// The other side of an end-to-end conversation: tests/e2e/peer_slixmpp.py (Debian's python3-slixmpp under
// /usr/bin/python3) logged in to the test server (XmppServerFixture), driven by JSON-line commands, reporting JSON-line
// events (see the script's docstring for both).
class SlixmppPeer : public JsonLinePeer {
public:
    static QString script() { return scriptPath(QStringLiteral("peer_slixmpp.py")); }
    // Whether slixmpp can be imported by /usr/bin/python3 (`why` says what is missing).
    static bool isAvailable(QString *why = nullptr)
    {
        if (!pythonRuns(QStringLiteral("import slixmpp"))) {
            if (why) {
                *why = QStringLiteral("/usr/bin/python3 cannot import slixmpp (install python3-slixmpp)");
            }
            return false;
        }
        return true;
    }

    // Starts the peer as `jid` (may carry a resource) and waits for its "online" event.
    bool start(const XmppServerFixture &server, const QString &jid, const QString &password, int timeoutMs = 30000)
    {
        return startScript(QStringLiteral("peer_slixmpp.py"), server, jid, password, {}, timeoutMs).has_value();
    }
};

} // namespace balcony::test
