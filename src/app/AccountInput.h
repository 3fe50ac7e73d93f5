#pragma once

#include "core/Jid.h"

#include <QString>

namespace balcony::app {

// What the user typed into the account forms (welcome, account settings, password), checked before anything
// goes to the network. Each check returns the problem in plain words (translated, one sentence, for showing
// next to the field), or an empty string when the input is fine.
class AccountInput {
public:
    // An account address: name@server, no resource (RFC 7622). `jid` gets the bare JID when it is fine.
    static QString checkAccountJid(const QString &text, Jid *jid = nullptr);
    // A server name for a new account: a domain (no name@, no resource). `domain` gets it as a JID.
    static QString checkServer(const QString &text, Jid *domain = nullptr);
    static QString checkPassword(const QString &password);
    // A new password typed twice.
    static QString checkNewPassword(const QString &password, const QString &repeated);
    // The Advanced host: empty (DNS SRV) or a host name or IP address, without scheme, port or spaces.
    static QString checkHost(const QString &host);
    // The resource to bind: empty (the server picks one) or a valid RFC 7622 resourcepart.
    static QString checkResource(const QString &resource);
};

} // namespace balcony::app
