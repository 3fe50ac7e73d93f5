#pragma once

#include "core/Jid.h"
#include "stream/Transport.h"

#include <QString>
#include <QUrl>

namespace balcony::app {

// Where an account's password lives. Never on disk in plain text: the system keychain (Secret Service or
// KWallet through QtKeychain), or only in this process's memory, for this session or until asked again.
enum class PasswordMode {
    Keychain, // stored in the system keychain; read at every start
    Session, // kept in memory until the app quits; asked at the next start
    Ask, // never kept: asked whenever the account connects
};

// One account as the user configured it: the app's account list (AccountList) persists these; everything
// else about the account (caches, history, keys) is in its profile folder.
struct AccountConfig {
    Jid jid; // bare: the account's identity and the key of the list
    // The resource asked for at bind (RFC 6120 §7.6); empty: the server assigns one.
    QString resource;
    bool enabled = true;
    // Advanced connection settings; an empty host and port 0 mean DNS SRV (RFC 6120 §3.2, XEP-0368).
    QString host;
    quint16 port = 0;
    bool directTls = false;
    // How the stream travels: TCP (host/port above), XMPP over WebSocket at `websocketUrl` (wss://) or over BOSH at
    // `boshUrl` (https://); an empty URL: the endpoint the server announces, XEP-0156.
    TransportBinding binding = TransportBinding::Tcp;
    QUrl websocketUrl;
    QUrl boshUrl;
    PasswordMode passwordMode = PasswordMode::Keychain;
    // A name the user gave the account (shown when several accounts are configured); empty: the JID.
    QString label;
    // XEP-0207 eventing mode (src/eventing, AccountController::setEventing): presence and chats with other Balcony
    // users in that mode also go through publish-subscribe (pubsub.<domain>); ordinary XMPP keeps working.
    bool eventing = false;

    QString displayName() const { return label.isEmpty() ? jid.bareString() : label; }
    bool operator==(const AccountConfig &) const = default;
};

} // namespace balcony::app
