#include "CliOptions.h"

#include "stream/CertificateTrust.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace balcony::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("balcony", text);
}

QString readPasswordFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the password file %1: %2").arg(path, file.errorString());
        return {};
    }
    // The first line, without its line break: `echo secret > file` must work.
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return QString::fromUtf8(line);
}

struct Parser {
    QCommandLineParser parser;
    QCommandLineOption jid { u"jid"_s, tr("The account's JID (user@domain)."), u"JID"_s };
    QCommandLineOption passwordFile { u"password-file"_s,
        tr("Read the password from the first line of FILE (otherwise from the "
           "BALCONY_PASSWORD environment variable)."),
        u"FILE"_s };
    QCommandLineOption host { u"host"_s, tr("Connect to HOST instead of looking up SRV records."), u"HOST"_s };
    QCommandLineOption port { u"port"_s, tr("Connect to PORT."), u"PORT"_s };
    QCommandLineOption directTls { u"direct-tls"_s, tr("TLS from the first byte (XEP-0368) instead of STARTTLS.") };
    QCommandLineOption transport { u"transport"_s,
        tr("How the stream travels: tcp (default), bosh (XEP-0206) or websocket (RFC 7395)."), u"BINDING"_s };
    QCommandLineOption websocketUrl { u"websocket-url"_s,
        tr("--transport websocket: the server's wss:// endpoint (otherwise discovered, XEP-0156)."), u"URL"_s };
    QCommandLineOption boshUrl { u"bosh-url"_s,
        tr("--transport bosh: the server's https:// endpoint (otherwise discovered, XEP-0156)."), u"URL"_s };
    QCommandLineOption caFile { u"ca-file"_s, tr("Also trust the CA certificates in this PEM file (may repeat)."),
        u"PEM"_s };
    QCommandLineOption profile { u"profile"_s, tr("The profile directory (certificate decisions)."), u"DIR"_s };
    QCommandLineOption resource { u"resource"_s, tr("The resource to request."), u"RESOURCE"_s };
    QCommandLineOption json { u"json"_s, tr("Machine-readable output.") };
    QCommandLineOption timeout { u"timeout"_s,
        tr("login/send: give up after S seconds (default 30); listen: stop after S "
           "seconds."),
        u"S"_s };
    QCommandLineOption count { u"count"_s, tr("listen: exit after N messages."), u"N"_s };
    QCommandLineOption fingerprint { u"fingerprint"_s,
        tr("trust-cert: the SHA-256 fingerprint (hex) of the certificate to trust."), u"HEX"_s };
    QCommandLineOption body { u"body"_s, tr("send: a message to queue (may repeat)."), u"TEXT"_s };
    QCommandLineOption stdinLines { u"stdin"_s, tr("send: queue one message per line of standard input.") };
    QCommandLineOption flush { u"flush"_s, tr("send: queue nothing new, only send what the outbox still holds.") };
    QCommandLineOption add { u"add"_s, tr("roster: add or update JID."), u"JID"_s };
    QCommandLineOption remove { u"remove"_s, tr("roster: remove JID."), u"JID"_s };
    QCommandLineOption name { u"name"_s, tr("roster --add: the contact's name."), u"NAME"_s };
    QCommandLineOption group { u"group"_s, tr("roster --add: a group (may repeat)."), u"GROUP"_s };
    QCommandLineOption show { u"show"_s, tr("presence: chat, away, xa or dnd."), u"SHOW"_s };
    QCommandLineOption status { u"status"_s, tr("presence: the status text."), u"TEXT"_s };
    QCommandLineOption priority { u"priority"_s, tr("presence: the priority (-128..127)."), u"N"_s };
    QCommandLineOption wait { u"wait"_s,
        tr("presence/requests/subscribe/deny: wait S seconds for the server's answers (default 2)."), u"S"_s };
    QCommandLineOption search { u"search"_s, tr("history: only messages containing every word of TEXT."), u"TEXT"_s };
    QCommandLineOption limit { u"limit"_s, tr("history: at most N messages (default 20)."), u"N"_s };
    QCommandLineOption encrypt { u"encrypt"_s,
        tr("send: encrypt (OMEMO, else an online or offline ESession) or send nothing; exit code 11 if that is "
           "impossible.") };
    QCommandLineOption esession { u"esession"_s,
        tr("send: encrypt with an ESession (XEP-0116/0187) only, not OMEMO (with --encrypt: that or nothing).") };
    QCommandLineOption allowPlaintext { u"allow-plaintext"_s,
        tr("send: send in the clear when encryption is impossible, even with the \"always\" policy.") };
    QCommandLineOption eventing { u"eventing"_s,
        tr("presence/send/listen/subscribe/approve/deny/requests/room join|send|leave: XEP-0207 eventing mode, "
           "presence and messages also over publish-subscribe (pubsub.<domain>).") };
    QCommandLineOption expires { u"expires"_s,
        tr("publish-offline-options: how long the options stay valid, e.g. 30m, 8h, 2d (default 24h)."),
        u"DURATION"_s };
    QCommandLineOption verify { u"verify"_s, tr("keys: mark JID's key with FINGERPRINT (hex) verified."), u"JID"_s };
    QCommandLineOption fetch { u"fetch"_s, tr("keys: fetch JID's published keys (XEP-0189) and pin them."), u"JID"_s };
    QCommandLineOption passwordStdin { u"password-stdin"_s,
        tr("register: read the new account's password from the first line of standard input.") };
    QCommandLineOption nick { u"nick"_s, tr("room: the nickname in the room (default: the account's user name)."),
        u"NICK"_s };
    QCommandLineOption roomPassword { u"password"_s,
        tr("room join: the room's password (visible to other local users in the process list)."), u"PASSWORD"_s };
    QCommandLineOption listen { u"listen"_s,
        tr("room join: stay in the room and print its messages (--count, --timeout).") };
    QCommandLineOption reason { u"reason"_s, tr("room invite/kick/ban/voice/devoice: the reason given."), u"TEXT"_s };
    QCommandLineOption direct { u"direct"_s,
        tr("room invite: invite the contact directly (XEP-0249), not through the room.") };
    QCommandLineOption autojoin { u"autojoin"_s, tr("room bookmark: enter the room whenever the account signs in.") };
    QCommandLineOption configure { u"configure"_s,
        tr("room create: set the room form's FIELD to VALUE (may repeat), e.g. muc#roomconfig_persistentroom=1."),
        u"FIELD=VALUE"_s };
    QCommandLineOption out { u"out"_s, tr("avatar get: write the avatar's bytes to FILE."), u"FILE"_s };
    QCommandLineOption to { u"to"_s, tr("upload: send the file's URL to JID (XEP-0066)."), u"JID"_s };
    QCommandLineOption field { u"field"_s,
        tr("register: answer the server's form field NAME with VALUE (may repeat; a repeated NAME gives several "
           "values)."),
        u"NAME=VALUE"_s };

    Parser()
    {
        parser.setApplicationDescription(tr("Headless XMPP client on the Balcony engine."));
        parser.addPositionalArgument(u"command"_s,
            tr("login | send JID [TEXT] | send --flush | listen | roster | presence | subscribe JID | approve JID | "
               "deny JID | requests | history JID | sync | trust-cert | publish-offline-options | "
               "keys [--fetch JID | --verify JID FINGERPRINT] | policy [JID] [never|possible|always] | "
               "register JID [--password-stdin] [--field NAME=VALUE]... | "
               "room join ROOM [--nick N] [--password P] [--listen] | room send ROOM TEXT [--nick N] | "
               "room leave ROOM [--nick N] | room occupants ROOM [--nick N] | room list | "
               "room bookmark ROOM [--autojoin] [--nick N] [--name NAME] [--remove] | "
               "room invite ROOM JID [--reason R] [--direct] | room create ROOM [--configure FIELD=VALUE]... | "
               "room kick|ban|voice|devoice ROOM NICK [--reason R] | "
               "avatar set FILE | avatar clear | avatar get JID [--out FILE] | upload FILE [--to JID] | "
               "local --nick N [--status S] | local-send --nick N PEER TEXT (see local --help)"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ jid, passwordFile, host, port, directTls, transport, websocketUrl, boshUrl, caFile, profile,
            resource, json, timeout, count, fingerprint, body, stdinLines, flush, add, remove, name, group, show,
            status, priority, wait, search, limit, encrypt, esession, allowPlaintext, expires, verify, fetch,
            passwordStdin, field, nick, roomPassword, listen, reason, direct, autojoin, configure, out, to, eventing });
    }
};

std::optional<Command> commandFromName(const QString &name)
{
    if (name == u"login") {
        return Command::Login;
    }
    if (name == u"send") {
        return Command::Send;
    }
    if (name == u"listen") {
        return Command::Listen;
    }
    if (name == u"trust-cert") {
        return Command::TrustCert;
    }
    static const QList<QPair<QString, Command>> more {
        { u"roster"_s, Command::Roster },
        { u"presence"_s, Command::Presence },
        { u"subscribe"_s, Command::Subscribe },
        { u"approve"_s, Command::Approve },
        { u"deny"_s, Command::Deny },
        { u"requests"_s, Command::Requests },
        { u"history"_s, Command::History },
        { u"sync"_s, Command::Sync },
        { u"publish-offline-options"_s, Command::PublishOfflineOptions },
        { u"keys"_s, Command::Keys },
        { u"policy"_s, Command::Policy },
        { u"register"_s, Command::Register },
        { u"room"_s, Command::Room },
        { u"avatar"_s, Command::Avatar },
        { u"upload"_s, Command::Upload },
    };
    for (const auto &[commandName, command] : more) {
        if (name == commandName) {
            return command;
        }
    }
    return std::nullopt;
}

// The commands that name one contact as their only positional argument.
bool takesContact(Command command)
{
    return command == Command::Subscribe || command == Command::Approve || command == Command::Deny
        || command == Command::History;
}

std::optional<int> parseInt(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        return std::nullopt;
    }
    return value;
}

// The options that belong to one command only: given with another, they are an error (exit 2).
QString misplacedOption(const Parser &p, Command command)
{
    const QList<QPair<const QCommandLineOption *, QList<Command>>> owners {
        { &p.body, { Command::Send } },
        { &p.stdinLines, { Command::Send } },
        { &p.flush, { Command::Send } },
        { &p.add, { Command::Roster } },
        { &p.remove, { Command::Roster, Command::Room } },
        { &p.name, { Command::Roster, Command::Room } },
        { &p.group, { Command::Roster } },
        { &p.show, { Command::Presence } },
        { &p.status, { Command::Presence } },
        { &p.priority, { Command::Presence } },
        { &p.wait, { Command::Presence, Command::Requests, Command::Subscribe, Command::Deny, Command::Room } },
        { &p.search, { Command::History } },
        { &p.limit, { Command::History } },
        { &p.encrypt, { Command::Send } },
        { &p.esession, { Command::Send } },
        { &p.allowPlaintext, { Command::Send, Command::Upload } },
        { &p.expires, { Command::PublishOfflineOptions } },
        { &p.eventing,
            { Command::Presence, Command::Send, Command::Listen, Command::Subscribe, Command::Approve, Command::Deny,
                Command::Requests, Command::Room } },
        { &p.verify, { Command::Keys } },
        { &p.fetch, { Command::Keys } },
        { &p.passwordStdin, { Command::Register } },
        { &p.field, { Command::Register } },
        { &p.nick, { Command::Room } },
        { &p.roomPassword, { Command::Room } },
        { &p.listen, { Command::Room } },
        { &p.reason, { Command::Room } },
        { &p.direct, { Command::Room } },
        { &p.autojoin, { Command::Room } },
        { &p.configure, { Command::Room } },
        { &p.out, { Command::Avatar } },
        { &p.to, { Command::Upload } },
    };
    for (const auto &[option, commands] : owners) {
        if (p.parser.isSet(*option) && !commands.contains(command)) {
            return tr("--%1 does not apply to this command.").arg(option->names().constFirst());
        }
    }
    return {};
}

// "90s", "30m", "8h", "2d" or plain seconds.
std::optional<int> parseDuration(const QString &text)
{
    static const QList<QPair<QChar, int>> units { { u's', 1 }, { u'm', 60 }, { u'h', 3600 }, { u'd', 86400 } };
    int factor = 1;
    QString number = text.trimmed();
    for (const auto &[unit, seconds] : units) {
        if (number.endsWith(unit)) {
            factor = seconds;
            number.chop(1);
            break;
        }
    }
    // At most a year: options far in the future keep x values around for that long.
    const auto value = parseInt(number, 1, 366 * 86400 / factor);
    if (!value) {
        return std::nullopt;
    }
    return *value * factor;
}

std::optional<E2ePolicy> policyFromName(const QString &name)
{
    if (name == u"never") {
        return E2ePolicy::Never;
    }
    if (name == u"possible" || name == u"when-possible") {
        return E2ePolicy::WhenPossible;
    }
    if (name == u"always") {
        return E2ePolicy::Always;
    }
    return std::nullopt;
}

// send --encrypt/--allow-plaintext, publish-offline-options --expires, keys --verify/--fetch, policy.
QString parseE2eOptions(const Parser &p, CliOptions &o)
{
    o.encrypt = p.parser.isSet(p.encrypt);
    o.esessionOnly = p.parser.isSet(p.esession);
    o.allowPlaintext = p.parser.isSet(p.allowPlaintext);
    if (o.encrypt && o.allowPlaintext) {
        return tr("Use either --encrypt or --allow-plaintext.");
    }
    if ((o.encrypt || o.allowPlaintext) && o.flushOnly) {
        return tr("--encrypt and --allow-plaintext need a message to send.");
    }
    if (p.parser.isSet(p.expires)) {
        const auto seconds = parseDuration(p.parser.value(p.expires));
        if (!seconds) {
            return tr("Invalid --expires '%1': use e.g. 30m, 8h or 2d (at most a year).")
                .arg(p.parser.value(p.expires));
        }
        o.expiresSeconds = *seconds;
    }
    if (o.command != Command::Keys && o.command != Command::Policy) {
        return {};
    }
    const QStringList positional = p.parser.positionalArguments();
    QString why;
    auto contact = [&why](const QString &text) -> std::optional<Jid> {
        const auto jid = Jid::parse(text, &why);
        if (!jid || jid->local().isEmpty()) {
            return std::nullopt;
        }
        return jid->bare();
    };
    if (o.command == Command::Policy) {
        // policy | policy VALUE | policy JID | policy JID VALUE
        QStringList words = positional.mid(1);
        if (words.size() > 2) {
            return tr("Usage: policy [JID] [never|possible|always]");
        }
        if (!words.isEmpty() && policyFromName(words.constLast())) {
            o.policy = policyFromName(words.takeLast());
        }
        if (!words.isEmpty()) {
            const auto jid = contact(words.constFirst());
            if (!jid) {
                return tr("Invalid contact '%1' (use never, possible or always for the policy).")
                    .arg(words.constFirst());
            }
            o.to = *jid;
        }
        return {};
    }
    if (p.parser.isSet(p.verify) && p.parser.isSet(p.fetch)) {
        return tr("Use either --verify or --fetch.");
    }
    if (p.parser.isSet(p.fetch)) {
        o.keysAction = KeysAction::Fetch;
        if (positional.size() != 1) {
            return tr("Usage: keys --fetch JID");
        }
        const auto jid = contact(p.parser.value(p.fetch));
        if (!jid) {
            return tr("Invalid contact '%1'.").arg(p.parser.value(p.fetch));
        }
        o.to = *jid;
    } else if (p.parser.isSet(p.verify)) {
        o.keysAction = KeysAction::Verify;
        if (positional.size() != 2) {
            return tr("Usage: keys --verify JID FINGERPRINT");
        }
        const auto jid = contact(p.parser.value(p.verify));
        if (!jid) {
            return tr("Invalid contact '%1'.").arg(p.parser.value(p.verify));
        }
        o.to = *jid;
        // Fingerprints are shown as hex groups; accept them with or without separators and in any case.
        QByteArray hex = positional.at(1).toLatin1().toLower();
        hex.replace(':', QByteArray()).replace(' ', QByteArray()).replace('-', QByteArray());
        if (hex.size() != 64 || QByteArray::fromHex(hex).toHex() != hex) {
            return tr("Invalid fingerprint '%1': 64 hex digits (SHA-256) expected.").arg(positional.at(1));
        }
        o.fingerprint = hex;
    } else if (positional.size() != 1) {
        return tr("Unexpected argument '%1'.").arg(positional.value(1));
    }
    return {};
}

// room join|send|leave|occupants|list|bookmark|invite|create|kick|ban|voice|devoice ROOM [TEXT|JID|NICK] [options]
QString parseRoomOptions(const Parser &p, CliOptions &o)
{
    const QStringList positional = p.parser.positionalArguments();
    static const QList<QPair<QString, RoomAction>> actions { { u"join"_s, RoomAction::Join },
        { u"send"_s, RoomAction::Send }, { u"leave"_s, RoomAction::Leave }, { u"occupants"_s, RoomAction::Occupants },
        { u"list"_s, RoomAction::List }, { u"bookmark"_s, RoomAction::Bookmark }, { u"invite"_s, RoomAction::Invite },
        { u"create"_s, RoomAction::Create }, { u"kick"_s, RoomAction::Kick }, { u"ban"_s, RoomAction::Ban },
        { u"voice"_s, RoomAction::Voice }, { u"devoice"_s, RoomAction::Devoice } };
    const QString usage = tr("Usage: room join ROOM [--nick N] [--password P] [--listen [--count N] [--timeout S]] | "
                             "room send ROOM TEXT [--nick N] | room leave ROOM [--nick N] | room occupants ROOM | "
                             "room list | room bookmark ROOM [--autojoin] [--nick N] [--name NAME] [--remove] | "
                             "room invite ROOM JID [--reason R] [--direct] | "
                             "room create ROOM [--configure FIELD=VALUE]... | "
                             "room kick|ban|voice|devoice ROOM NICK [--reason R]");
    bool found = false;
    for (const auto &[name, action] : actions) {
        if (positional.value(1) == name) {
            o.roomAction = action;
            found = true;
        }
    }
    const RoomAction a = o.roomAction;
    const bool withTarget = a == RoomAction::Send || a == RoomAction::Invite || a == RoomAction::Kick
        || a == RoomAction::Ban || a == RoomAction::Voice || a == RoomAction::Devoice;
    const qsizetype expected = a == RoomAction::List ? 2 : withTarget ? 4 : 3;
    if (!found || positional.size() != expected) {
        return usage;
    }
    const auto onlyFor = [&p](const QCommandLineOption &option, bool allowed) {
        return p.parser.isSet(option) && !allowed
            ? tr("--%1 does not apply to this room command.").arg(option.names().constFirst())
            : QString();
    };
    const bool moderation = a == RoomAction::Invite || a == RoomAction::Kick || a == RoomAction::Ban
        || a == RoomAction::Voice || a == RoomAction::Devoice;
    for (const QString &error : { onlyFor(p.reason, moderation), onlyFor(p.direct, a == RoomAction::Invite),
             onlyFor(p.autojoin, a == RoomAction::Bookmark), onlyFor(p.name, a == RoomAction::Bookmark),
             onlyFor(p.remove, a == RoomAction::Bookmark), onlyFor(p.configure, a == RoomAction::Create) }) {
        if (!error.isEmpty()) {
            return error;
        }
    }
    if (a != RoomAction::List) {
        QString why;
        const auto room = Jid::parse(positional.at(2), &why);
        if (!room || room->local().isEmpty() || !room->isBare()) {
            return tr("Invalid room '%1': %2")
                .arg(positional.at(2), why.isEmpty() ? tr("a room needs room@service") : why);
        }
        o.room = *room;
    }
    if (a == RoomAction::Send) {
        o.roomText = positional.at(3);
        if (o.roomText.isEmpty()) {
            return usage;
        }
    } else if (withTarget) {
        o.roomTarget = positional.at(3);
        if (o.roomTarget.isEmpty()) {
            return usage;
        }
        if (a == RoomAction::Invite) {
            const auto contact = Jid::parse(o.roomTarget);
            if (!contact || contact->local().isEmpty()) {
                return tr("Invalid contact '%1'.").arg(o.roomTarget);
            }
        } else if (o.room.withResource(o.roomTarget).isNull()) {
            return tr("Invalid nickname '%1'.").arg(o.roomTarget);
        }
    }
    o.roomReason = p.parser.value(p.reason);
    o.roomDirect = p.parser.isSet(p.direct);
    o.roomAutojoin = p.parser.isSet(p.autojoin);
    o.roomRemove = p.parser.isSet(p.remove);
    if (o.roomRemove && !p.parser.value(p.remove).isEmpty()) {
        return tr("room bookmark --remove takes no value.");
    }
    if (o.roomRemove && (o.roomAutojoin || p.parser.isSet(p.name) || p.parser.isSet(p.nick))) {
        return tr("room bookmark --remove takes no other option.");
    }
    o.name = p.parser.value(p.name);
    for (const QString &assignment : p.parser.values(p.configure)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0) {
            return tr("--configure needs FIELD=VALUE, not '%1'.").arg(assignment);
        }
        const QString field = assignment.left(eq);
        const auto it = std::find_if(o.roomConfiguration.begin(), o.roomConfiguration.end(),
            [&field](const QPair<QString, QStringList> &f) { return f.first == field; });
        if (it == o.roomConfiguration.end()) {
            o.roomConfiguration.append({ field, { assignment.mid(eq + 1) } });
        } else {
            it->second.append(assignment.mid(eq + 1));
        }
    }
    o.roomListen = p.parser.isSet(p.listen);
    if (o.roomListen && a != RoomAction::Join) {
        return tr("--listen is only for room join.");
    }
    if (p.parser.isSet(p.roomPassword) && a != RoomAction::Join && a != RoomAction::Send && a != RoomAction::Bookmark) {
        return tr("--password does not apply to this room command.");
    }
    o.roomPassword = p.parser.value(p.roomPassword);
    o.nickGiven = p.parser.isSet(p.nick);
    o.nick = o.nickGiven ? p.parser.value(p.nick) : o.settings.jid.local();
    if (a != RoomAction::List && (o.nick.isEmpty() || o.room.withResource(o.nick).isNull())) {
        return tr("Invalid nickname '%1'.").arg(o.nick);
    }
    return {};
}

// avatar set FILE | avatar clear | avatar get JID [--out FILE]
QString parseAvatarOptions(const Parser &p, CliOptions &o)
{
    const QStringList positional = p.parser.positionalArguments();
    const QString usage = tr("Usage: avatar set FILE | avatar clear | avatar get JID [--out FILE]");
    const QString action = positional.value(1);
    if (action == u"set" && positional.size() == 3 && !positional.at(2).isEmpty()) {
        o.avatarAction = AvatarAction::Set;
        o.avatarFile = positional.at(2);
    } else if (action == u"clear" && positional.size() == 2) {
        o.avatarAction = AvatarAction::Clear;
    } else if (action == u"get" && positional.size() == 3) {
        o.avatarAction = AvatarAction::Get;
        QString why;
        const auto contact = Jid::parse(positional.at(2), &why);
        if (!contact) {
            return tr("Invalid JID '%1': %2").arg(positional.at(2), why);
        }
        o.to = contact->bare();
        o.avatarFile = p.parser.value(p.out);
    } else {
        return usage;
    }
    if (p.parser.isSet(p.out) && o.avatarAction != AvatarAction::Get) {
        return tr("--out is only for avatar get.");
    }
    return {};
}

QString parseCommandOptions(const Parser &p, CliOptions &o)
{
    QString why;
    // room bookmark has --name and --remove of its own (parseRoomOptions).
    const bool roster = o.command != Command::Room;
    if (roster && p.parser.isSet(p.add) && p.parser.isSet(p.remove)) {
        return tr("Use either --add or --remove.");
    }
    if (roster && (p.parser.isSet(p.add) || p.parser.isSet(p.remove))) {
        o.rosterAction = p.parser.isSet(p.add) ? RosterAction::Add : RosterAction::Remove;
        const QString text = p.parser.value(p.parser.isSet(p.add) ? p.add : p.remove);
        const auto contact = Jid::parse(text, &why);
        if (!contact) {
            return tr("Invalid contact '%1': %2").arg(text, why);
        }
        o.to = contact->bare();
    }
    if (roster && (p.parser.isSet(p.name) || p.parser.isSet(p.group)) && o.rosterAction != RosterAction::Add) {
        return tr("--name and --group need --add.");
    }
    o.name = p.parser.value(p.name);
    o.groups = p.parser.values(p.group);
    if (p.parser.isSet(p.show)) {
        static const QList<QPair<QString, Presence::Show>> shows { { u"chat"_s, Presence::Show::Chat },
            { u"away"_s, Presence::Show::Away }, { u"xa"_s, Presence::Show::Xa }, { u"dnd"_s, Presence::Show::Dnd },
            { u"online"_s, Presence::Show::None } };
        bool found = false;
        for (const auto &[showName, show] : shows) {
            if (p.parser.value(p.show) == showName) {
                o.show = show;
                found = true;
            }
        }
        if (!found) {
            return tr("Invalid --show '%1': use chat, away, xa, dnd or online.").arg(p.parser.value(p.show));
        }
    }
    o.status = p.parser.value(p.status);
    if (p.parser.isSet(p.priority)) {
        const auto priority = parseInt(p.parser.value(p.priority), -128, 127);
        if (!priority) {
            return tr("Invalid --priority '%1' (-128..127).").arg(p.parser.value(p.priority));
        }
        o.priority = *priority;
    }
    o.presenceGiven = p.parser.isSet(p.show) || p.parser.isSet(p.status) || p.parser.isSet(p.priority);
    if (p.parser.isSet(p.wait)) {
        bool ok = false;
        const double seconds = p.parser.value(p.wait).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 3600) {
            return tr("Invalid --wait '%1' (seconds).").arg(p.parser.value(p.wait));
        }
        o.waitMs = int(seconds * 1000);
    }
    o.search = p.parser.value(p.search);
    if (p.parser.isSet(p.limit)) {
        const auto limit = parseInt(p.parser.value(p.limit), 1, 1000000);
        if (!limit) {
            return tr("Invalid --limit '%1'.").arg(p.parser.value(p.limit));
        }
        o.limit = *limit;
    }
    return parseE2eOptions(p, o);
}

} // namespace

ParseOutcome parseArguments(const QStringList &arguments)
{
    Parser p;
    ParseOutcome outcome;
    QStringList args = arguments;
    if (args.contains(u"room"_s) && args.contains(u"bookmark"_s)) {
        // `room bookmark ROOM --remove` is a flag; the option (roster --remove JID) takes a value.
        for (qsizetype i = 2; i < args.size(); ++i) {
            if (args.at(i) == u"--remove" && (i + 1 == args.size() || args.at(i + 1).startsWith(u'-'))) {
                args[i] = u"--remove="_s;
            }
        }
    }
    if (!p.parser.parse(args)) {
        outcome.error = p.parser.errorText();
        return outcome;
    }
    if (p.parser.isSet(u"help"_s)) {
        outcome.output = p.parser.helpText();
        return outcome;
    }
    if (p.parser.isSet(u"version"_s)) {
        outcome.output
            = QCoreApplication::applicationName() + u" "_s + QCoreApplication::applicationVersion() + u"\n"_s;
        return outcome;
    }
    const QStringList positional = p.parser.positionalArguments();
    if (positional.isEmpty()) {
        outcome.error = tr("No command given: see --help.");
        return outcome;
    }
    const auto command = commandFromName(positional.first());
    if (!command) {
        outcome.error = tr("Unknown command '%1': see --help.").arg(positional.first());
        return outcome;
    }
    CliOptions o;
    o.command = *command;
    if (const QString misplaced = misplacedOption(p, o.command); !misplaced.isEmpty()) {
        outcome.error = misplaced;
        return outcome;
    }
    if (o.command == Command::Send) {
        o.flushOnly = p.parser.isSet(p.flush);
        o.readStdin = p.parser.isSet(p.stdinLines);
        o.bodies = p.parser.values(p.body);
        const bool anyNew = o.readStdin || !o.bodies.isEmpty() || positional.size() == 3;
        const bool shapeOk = o.flushOnly ? (positional.size() == 1 && !anyNew)
                                         : (anyNew && (positional.size() == 3 || positional.size() == 2));
        if (!shapeOk) {
            outcome.error = tr("Usage: send --jid JID RECIPIENT [TEXT] [--body TEXT]... [--stdin] | send --flush");
            return outcome;
        }
        if (positional.size() == 3) {
            o.bodies.prepend(positional.at(2));
        }
    } else if (o.command == Command::Register) {
        // register JID (or --jid JID): the account to create.
        if (positional.size() > 2 || (positional.size() == 2) == p.parser.isSet(p.jid)) {
            outcome.error = tr("Usage: register JID [--password-stdin] [--field NAME=VALUE]...");
            return outcome;
        }
    } else if (takesContact(o.command)) {
        if (positional.size() != 2) {
            outcome.error = tr("Usage: %1 --jid JID CONTACT").arg(positional.first());
            return outcome;
        }
    } else if (o.command == Command::Upload) {
        if (positional.size() != 2 || positional.at(1).isEmpty()) {
            outcome.error = tr("Usage: upload --jid JID FILE [--to JID]");
            return outcome;
        }
        o.uploadFile = positional.at(1);
    } else if (positional.size() != 1 && o.command != Command::Keys && o.command != Command::Policy
        && o.command != Command::Room && o.command != Command::Avatar) {
        outcome.error = tr("Unexpected argument '%1'.").arg(positional.value(1));
        return outcome;
    }

    const bool jidPositional = o.command == Command::Register && positional.size() == 2;
    if (!p.parser.isSet(p.jid) && !jidPositional) {
        outcome.error = tr("--jid is required.");
        return outcome;
    }
    const QString jidText = jidPositional ? positional.at(1) : p.parser.value(p.jid);
    QString why;
    const auto jid = Jid::parse(jidText, &why);
    if (!jid || jid->local().isEmpty()) {
        outcome.error
            = tr("Invalid JID '%1': %2").arg(jidText, why.isEmpty() ? tr("an account needs user@domain") : why);
        return outcome;
    }
    o.settings.jid = *jid;
    if (p.parser.isSet(p.resource)) {
        o.settings.jid = jid->withResource(p.parser.value(p.resource));
        if (o.settings.jid.isNull()) {
            outcome.error = tr("Invalid resource '%1'.").arg(p.parser.value(p.resource));
            return outcome;
        }
    }

    o.profileGiven = p.parser.isSet(p.profile);
    o.profileDir = o.profileGiven
        ? p.parser.value(p.profile)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles/"_s + jid->bareString();
    o.json = p.parser.isSet(p.json);
    o.eventing = p.parser.isSet(p.eventing);
    if (o.eventing && (p.parser.isSet(p.encrypt) || p.parser.isSet(p.esession) || p.parser.isSet(p.flush))) {
        outcome.error = tr("--eventing sends new messages in the clear: not with --encrypt, --esession or --flush.");
        return outcome;
    }

    if (o.command == Command::TrustCert) {
        o.fingerprint = CertificateTrust::normalizedFingerprint(p.parser.value(p.fingerprint).toLatin1());
        if (o.fingerprint.isEmpty()) {
            outcome.error = tr("trust-cert needs --fingerprint with a SHA-256 fingerprint in hex (64 digits).");
            return outcome;
        }
        outcome.options = o;
        return outcome;
    }
    if (p.parser.isSet(p.fingerprint)) {
        outcome.error = tr("--fingerprint is only for trust-cert.");
        return outcome;
    }

    if (p.parser.isSet(p.passwordStdin)) {
        if (p.parser.isSet(p.passwordFile)) {
            outcome.error = tr("Use either --password-stdin or --password-file.");
            return outcome;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            outcome.error = tr("Cannot read the password from standard input.");
            return outcome;
        }
        QByteArray line = in.readLine();
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        o.settings.password = QString::fromUtf8(line);
    } else if (p.parser.isSet(p.passwordFile)) {
        QString error;
        o.settings.password = readPasswordFile(p.parser.value(p.passwordFile), &error);
        if (!error.isEmpty()) {
            outcome.error = error;
            return outcome;
        }
    } else {
        o.settings.password = qEnvironmentVariable("BALCONY_PASSWORD");
    }
    if (o.settings.password.isEmpty() && o.command != Command::History) {
        outcome.error = o.command == Command::Register
            ? tr("No password for the new account: use --password-stdin, --password-file FILE or set BALCONY_PASSWORD.")
            : tr("No password: use --password-file FILE or set BALCONY_PASSWORD.");
        return outcome;
    }

    o.settings.host = p.parser.value(p.host);
    if (p.parser.isSet(p.port)) {
        bool ok = false;
        const uint port = p.parser.value(p.port).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            outcome.error = tr("Invalid port '%1'.").arg(p.parser.value(p.port));
            return outcome;
        }
        o.settings.port = quint16(port);
    }
    o.settings.directTls = p.parser.isSet(p.directTls);
    if (p.parser.isSet(p.transport)) {
        const QString binding = p.parser.value(p.transport);
        if (binding == u"tcp") {
            o.settings.binding = TransportBinding::Tcp;
        } else if (binding == u"websocket") {
            o.settings.binding = TransportBinding::WebSocket;
        } else if (binding == u"bosh") {
            o.settings.binding = TransportBinding::Bosh;
        } else {
            outcome.error = tr("Invalid transport '%1' (tcp, bosh or websocket).").arg(binding);
            return outcome;
        }
    }
    if (p.parser.isSet(p.websocketUrl)) {
        const QUrl url(p.parser.value(p.websocketUrl), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"wss" || url.host().isEmpty()) {
            outcome.error
                = tr("Invalid WebSocket URL '%1' (wss://HOST[:PORT]/PATH).").arg(p.parser.value(p.websocketUrl));
            return outcome;
        }
        if (o.settings.binding != TransportBinding::WebSocket) {
            outcome.error = tr("--websocket-url needs --transport websocket.");
            return outcome;
        }
        o.settings.websocketUrl = url;
    }
    if (p.parser.isSet(p.boshUrl)) {
        const QUrl url(p.parser.value(p.boshUrl), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty()) {
            outcome.error = tr("Invalid BOSH URL '%1' (https://HOST[:PORT]/PATH).").arg(p.parser.value(p.boshUrl));
            return outcome;
        }
        if (o.settings.binding != TransportBinding::Bosh) {
            outcome.error = tr("--bosh-url needs --transport bosh.");
            return outcome;
        }
        o.settings.boshUrl = url;
    }
    for (const QString &file : p.parser.values(p.caFile)) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(file, QSsl::Pem);
        if (certs.isEmpty()) {
            outcome.error = tr("No PEM certificate could be read from %1.").arg(file);
            return outcome;
        }
        o.settings.extraCaCertificates += certs;
    }
    if (p.parser.isSet(p.timeout)) {
        bool ok = false;
        const double seconds = p.parser.value(p.timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600 * 365) {
            outcome.error = tr("Invalid timeout '%1' (seconds).").arg(p.parser.value(p.timeout));
            return outcome;
        }
        o.timeoutMs = int(seconds * 1000);
    }
    if (p.parser.isSet(p.count)) {
        bool ok = false;
        o.count = p.parser.value(p.count).toInt(&ok);
        if (!ok || o.count <= 0 || (o.command != Command::Listen && !p.parser.isSet(p.listen))) {
            outcome.error = tr("--count N (N > 0) is only for listen and room join --listen.");
            return outcome;
        }
    }
    for (const QString &answer : p.parser.values(p.field)) {
        const qsizetype equals = answer.indexOf(u'=');
        if (equals <= 0) {
            outcome.error = tr("Invalid --field '%1': use NAME=VALUE.").arg(answer);
            return outcome;
        }
        o.fields[answer.left(equals)].append(answer.mid(equals + 1));
    }
    if (o.command == Command::Room) {
        if (const QString error = parseRoomOptions(p, o); !error.isEmpty()) {
            outcome.error = error;
            return outcome;
        }
    } else if (o.command == Command::Avatar) {
        if (const QString error = parseAvatarOptions(p, o); !error.isEmpty()) {
            outcome.error = error;
            return outcome;
        }
    } else if (o.command == Command::Upload) {
        if (p.parser.isSet(p.to)) {
            const auto to = Jid::parse(p.parser.value(p.to), &why);
            if (!to) {
                outcome.error = tr("Invalid recipient '%1': %2").arg(p.parser.value(p.to), why);
                return outcome;
            }
            o.to = *to;
        }
    } else if (positional.size() >= 2 && o.command != Command::Keys && o.command != Command::Policy
        && o.command != Command::Register) {
        const auto to = Jid::parse(positional.at(1), &why);
        if (!to) {
            outcome.error = tr("Invalid recipient '%1': %2").arg(positional.at(1), why);
            return outcome;
        }
        o.to = o.command == Command::Send ? *to : to->bare();
    }
    if (const QString error = parseCommandOptions(p, o); !error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }

    // A session ends in the CLI's own terms (exit codes); only listen is a long-lived session that
    // should survive a server restart.
    o.settings.autoReconnect = o.listens();
    if (!o.listens() && o.timeoutMs > 0) {
        o.settings.connectTimeoutMs = o.timeoutMs;
    }

    CertificateTrust trust(o.profileDir);
    if (!trust.errorString().isEmpty()) {
        o.trustWarning = trust.errorString();
    }
    o.settings.trustedFingerprints = trust.fingerprints(o.settings.jid.domain());

    outcome.options = o;
    return outcome;
}

// POSIX shell quoting, so the printed command can be pasted as it is.
static QString shellQuoted(const QString &word)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:@%+=,-]+$"_s);
    if (plain.match(word).hasMatch()) {
        return word;
    }
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

QString trustCommand(const QString &program, const CliOptions &options)
{
    QString command = shellQuoted(program) + u" trust-cert --jid "_s + shellQuoted(options.settings.jid.bareString());
    if (options.profileGiven) {
        command += u" --profile "_s + shellQuoted(options.profileDir);
    }
    return command;
}

} // namespace balcony::cli
