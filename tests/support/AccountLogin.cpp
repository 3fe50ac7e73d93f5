#include "AccountLogin.h"

#include "ScriptedSession.h"
#include "core/StreamHeader.h"
#include "stream/Scram.h"

namespace balcony::test {

namespace {

const QByteArray serverFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
const QByteArray serverFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";

} // namespace

QList<Element> loginAccount(Account &account, ScriptedTransport &server)
{
    using namespace script;
    Scram::setTestNonce("fyko+d2lbbFgONRv9qkxdawL");
    account.connectToServer();
    server.simulateConnected();
    server.inject(serverHeader() + starttlsFeatures() + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    server.simulateEncrypted();
    server.inject(serverHeader() + saslFeatures({ "SCRAM-SHA-1" }) + sasl("challenge", serverFirst));
    server.clearWrites();
    server.inject(sasl("success", serverFinal));
    server.inject(serverHeader()
        + "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
          "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'><optional/></session></stream:features>");
    QList<Element> written;
    QString bindId;
    while (!server.writes().isEmpty()) {
        for (const Element &stanza : ScriptedSession::stanzasIn(server.takeWrite())) {
            if (bindId.isEmpty() && stanza.name() == u"iq" && stanza.hasChild(u"bind", ns::bind)) {
                bindId = stanza.attribute(u"id");
            } else if (!bindId.isEmpty()) {
                written.append(stanza);
            }
        }
    }
    if (bindId.isEmpty()) {
        return {};
    }
    // The account's own bare JID with the resource "balcony" (user@example.com/balcony for the usual account;
    // the SCRAM test vector only fixes the localpart "user", so user@<any domain> logs in too).
    server.inject("<iq type='result' id='" + bindId.toUtf8() + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>"
        + account.jid().bareString().toUtf8() + "/balcony</jid></bind></iq>");
    while (!server.writes().isEmpty()) {
        written += ScriptedSession::stanzasIn(server.takeWrite());
    }
    return written;
}

} // namespace balcony::test
