#pragma once

#include "MucOccupant.h"
#include "core/Jid.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace balcony {

// XEP-0045 §7.2.13: how much of the room's recent history to ask for on entering.
struct MucJoinOptions {
    enum class History {
        None, // <history maxstanzas='0'/>: the room's archive (XEP-0313) catches up instead
        Bounded, // at most maxStanzas, and only what is newer than the newest message stored for the room
    };
    QString nick;
    QString password;
    History history = History::Bounded;
    int maxStanzas = 50;
    // 409 conflict: enter as "nick_2", "nick_3", ... (at most maxNickAttempts in all) instead of failing.
    bool retryNickOnConflict = false;
    static constexpr int maxNickAttempts = 5;
    // XEP-0045 §10.1.3: a room this join creates (201) is configured with these fields of the room's form
    // (muc#owner) instead of being accepted as an instant room (§10.1.2). Empty: an instant room.
    QList<QPair<QString, QStringList>> configuration;
    // The room must not exist yet (room create): entering an existing one leaves it again and fails.
    bool mustCreate = false;
};

// How we came out of a room (XEP-0045 §7.14 and the status codes of §15.6).
enum class MucExit {
    Left, // we left (§7.14)
    Kicked, // 307 (§8.2)
    Banned, // 301 (§9.1)
    Removed, // 321 affiliation change, 322 the room became members-only (§9.4, §10.2)
    Shutdown, // 332 the service is shutting down
    Destroyed, // <destroy/> (§10.9)
};

enum class MucRoomState {
    Joining, // our join presence is out (or waits for a session); the room has not sent our self-presence yet, or
             // (a room we created) has not taken its configuration yet
    Joined, // the room sent our self-presence (status 110)
    Leaving, // our unavailable presence is out
};

// One room this account is in (or entering, or leaving), as MucManager keeps it.
struct MucRoom {
    Jid jid; // bare room JID
    QString nick; // our nick in the room (the service may change it: status 210)
    MucRoomState state = MucRoomState::Joining;
    MucJoinOptions options;
    QString subject; // as the room sent it (XEP-0045 §8.1); displaySubject() for showing it
    QString subjectBy; // the nick that set it, empty if the room itself did
    QHash<QString, MucOccupant> occupants; // by nick, our own included; at most MucManager::maxOccupants()
    bool occupantCapReached = false;
    int nickAttempt = 1; // with retryNickOnConflict: which nick of the sequence is being tried
    QString pendingNick; // a nick change we asked for (§7.6), until the room answers
    bool unlocking = false; // we created the room (201): Joining until it took the instant configuration
    // XEP-0313 on the room's archive: whether the room advertises urn:xmpp:mam:2 (asked once per session);
    // when it does, the join asks for no <history/> and the archive catches up after the newest stored id.
    bool discoPending = false;
    bool archived = false;
    bool catchingUp = false;
    // XEP-0410: when the room last sent us anything (monotonic ms), and whether a self-ping is out.
    qint64 lastActivityMs = 0;
    bool selfPingInFlight = false;

    // The subject for display: control characters (other than tab and line feed) removed, so a room cannot
    // break a single-line view or hide text with them; the stored subject stays what the room sent.
    QString displaySubject() const;
};

// `text` without C0/C1 control characters except tab and line feed (and without unpaired surrogates).
QString mucDisplayText(const QString &text);

} // namespace balcony

Q_DECLARE_METATYPE(balcony::MucExit)
