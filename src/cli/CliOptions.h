#pragma once

#include "core/Jid.h"
#include "core/Stanza.h"
#include "storage/E2eKeyStore.h"
#include "stream/ConnectionSettings.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace balcony::cli {

enum class Command {
    Login,
    Send,
    Listen,
    TrustCert,
    Roster,
    Presence,
    Subscribe,
    Approve,
    Deny,
    Requests,
    History,
    Sync,
    PublishOfflineOptions,
    Keys,
    Policy,
    Register,
    Room,
    Avatar,
    Upload,
};

// room: what to do in a group chat (XEP-0045).
enum class RoomAction { Join, Send, Leave, Occupants, List, Bookmark, Invite, Create, Kick, Ban, Voice, Devoice };

// avatar: the own avatar or a contact's (XEP-0084, XEP-0153).
enum class AvatarAction { Set, Clear, Get };

// keys: what to do with the public keys (XEP-0189).
enum class KeysAction { List, Verify, Fetch };

// roster: what to do with the roster.
enum class RosterAction { List, Add, Remove };

// Everything one balcony-cli invocation asked for, validated. The password never comes from argv (other
// users can read it in the process list): only from --password-file or $BALCONY_PASSWORD.
struct CliOptions {
    Command command = Command::Login;
    ConnectionSettings settings; // jid (with --resource), password, host, port, TLS, trust
    QString profileDir;
    bool profileGiven = false;
    bool json = false;
    int timeoutMs = -1; // -1: not given
    int count = 0; // listen: stop after this many messages (0: no limit)
    Jid to; // send; subscribe/approve/deny/history: the contact
    QStringList bodies; // send: the messages to queue, in order (positional TEXT, --body..., --stdin lines)
    bool readStdin = false; // send --stdin: one message per line of standard input
    bool flushOnly = false; // send --flush: no new message, only what the outbox still holds
    RosterAction rosterAction = RosterAction::List;
    QString name; // roster --add --name
    QStringList groups; // roster --add --group ...
    bool presenceGiven = false; // presence: --show/--status/--priority given
    Presence::Show show = Presence::Show::None;
    QString status;
    int priority = -1;
    int waitMs = -1; // presence/requests/subscribe/deny: how long to wait for the server's answers
    QString search; // history --search
    int limit = 20; // history --limit
    QByteArray fingerprint; // trust-cert; keys --verify: normalized (lower-case hex, no separators)
    bool encrypt = false; // send --encrypt: encrypted or not at all
    bool esessionOnly = false; // send --esession: ESessions only, not OMEMO
    bool allowPlaintext = false;
    // --eventing: XEP-0207 eventing mode (presence, send, listen, subscribe, approve, deny, requests, room
    // join|send|leave) on the pubsub service pubsub.<domain>.
    bool eventing = false; // send --allow-plaintext: an "always" policy may fall back to plaintext
    int expiresSeconds = 24 * 3600; // publish-offline-options --expires
    KeysAction keysAction = KeysAction::List; // keys; `to` is the contact for --verify/--fetch
    std::optional<E2ePolicy> policy; // policy: the value to set (none: show); `to` null: the global default
    QString trustWarning; // the profile's trust file could not be read
    // register: the answers to the server's form (--field name=value, repeated names give several values);
    // username (the JID's local part) and password are added by the command itself.
    QHash<QString, QStringList> fields;
    // room ACTION ROOM [TEXT]: the room (bare JID), the nick (default: the account's local part), its password
    // (--password: the room's shared password, not the account's), join --listen, send's text.
    RoomAction roomAction = RoomAction::Join;
    Jid room;
    QString nick;
    QString roomPassword;
    bool roomListen = false;
    QString roomText;
    // room invite ROOM JID / room kick|ban|voice|devoice ROOM NICK: the contact or the occupant; --reason.
    QString roomTarget;
    QString roomReason;
    bool roomDirect = false; // room invite --direct (XEP-0249)
    // room bookmark ROOM [--autojoin] [--nick N] [--name NAME] [--remove]
    bool roomAutojoin = false;
    bool roomRemove = false;
    bool nickGiven = false;
    // room create ROOM --configure field=value ...: the room form's fields (repeated names: several values)
    QList<QPair<QString, QStringList>> roomConfiguration;

    // avatar set FILE | avatar clear | avatar get JID [--out FILE] (`to` is the contact).
    AvatarAction avatarAction = AvatarAction::Get;
    QString avatarFile; // set: the image to publish; get: where --out writes the bytes (empty: nowhere)
    // upload FILE [--to JID]: the file (XEP-0363); `to` gets its URL as a file message (XEP-0066).
    QString uploadFile;

    // listen, room join --listen: a long-lived session that prints what arrives.
    bool listens() const { return command == Command::Listen || (command == Command::Room && roomListen); }
};

struct ParseOutcome {
    std::optional<CliOptions> options;
    QString error; // one line, for exit code 2
    QString output; // --help / --version text, for exit code 0
};

// Parses and validates `arguments` (argv including the program name); reads the password file, the
// environment, the CA files and the profile's recorded certificate decisions.
ParseOutcome parseArguments(const QStringList &arguments);

// The trust-cert command line that records a decision for `options`' account and profile.
QString trustCommand(const QString &program, const CliOptions &options);

} // namespace balcony::cli
