#pragma once

#include "core/Stanza.h"
#include "crypto/KeyWrap.h"
#include "stream/ConnectionSettings.h"

#include <QString>

namespace balcony {

// What the application (desktop or balcony-cli) chooses for one Account. The Connection's own settings
// (JID with the requested resource, password, host/port override, direct TLS, extra CA certificates,
// trusted fingerprints, reconnect policy) are passed through; `connection.cache` is ignored, the Account
// sets it to the profile's SQL connection cache.
struct AccountSettings {
    ConnectionSettings connection;
    // The profile folder holding balcony.sqlite (one profile per account).
    QString profileDir;
    // XEP-0313 catch-up at the start of every new session; false: only on Account::catchUp().
    bool automaticCatchUp = true;
    int archivePageSize = 250;
    // XEP-0199 keepalive idle time in ms; 0 disables it.
    int keepaliveIdleMs = 120000;
    // The presence announced from the first session on (RFC 6121 §4.2); a negative priority keeps
    // messages to the bare JID away from this resource (§4.7.2.3), as balcony-cli's one-shot commands do.
    Presence::Show show = Presence::Show::None;
    QString status;
    int priority = 0;
    // The scrypt cost of the key that seals the ESession secrets, used when the profile's store gets its
    // first passphrase (later unlocks use the stored parameters); tests pass cheap ones.
    crypto::ScryptParameters e2eScrypt;
};

} // namespace balcony
