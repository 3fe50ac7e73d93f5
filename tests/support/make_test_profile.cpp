// make_test_profile: writes an app data root for `balcony --profile-root DIR` (smoke tests, the start-up
// benchmark, manual tries), through the engine's own stores, so that it is exactly what the app reads:
//   DIR/accounts.ini                         AccountList: K accounts, PasswordMode Session (no keychain needed)
//   DIR/profiles/<bare JID>/balcony.sqlite   Database + SqlRosterStore, SqlSubscriptionRequestStore, SqlHistoryStore
// Per account: contacts (some in groups, some asking for a subscription, some the user asked), and
// conversations with one big one, plain messages in every delivery state, encrypted ones (online and offline
// ESessions, StoredMessage::e2e), failed ones (MessageState::Failed with the server's reason) and encrypted
// messages that could not be read (with the reason, as EsessionManager stores them), and for the first account a
// group chat room (balcony-dev@conference.<domain>: 60 room messages from five nicks and ours, a few unread).
//
// Usage: make_test_profile [--contacts N] [--messages M] [--accounts K] [--empty] [--host H] [--port P] DIR
//   --contacts N   contacts per account (default 1,000)
//   --messages M   messages in total over all accounts (default 100,000); the first account has the most,
//                  half of each account's messages are in one conversation
//   --accounts K   accounts (default 2)
//   --empty        the accounts and their empty profiles only (no contacts, no messages)
//   --host/--port  the server the accounts connect to (default 127.0.0.1:5222; nothing there = offline)
// DIR must not hold an account list yet. The output is the same for the same options (fixed random seed),
// with times relative to now, so the newest messages are recent.

#include "app/AccountConfig.h"
#include "app/AccountList.h"
#include "app/AppPaths.h"
#include "esession/EsessionError.h"
#include "storage/Database.h"
#include "storage/SqlHistoryStore.h"
#include "storage/SqlRosterStore.h"
#include "storage/SqlSubscriptionRequestStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace balcony;

namespace {

struct Options {
    int contacts = 1'000;
    int messages = 100'000;
    int accounts = 2;
    bool empty = false;
    QString host = u"127.0.0.1"_s;
    quint16 port = 5222;
    QString root;
};

const char *const firstNames[] = { "Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Margaret",
    "Dennis", "Radia", "Linus", "Hedy", "Tim", "Katherine", "John", "Sophie", "Niklaus", "Annie", "Bjarne", "Élodie",
    "Jürgen", "Zoë", "Søren", "Mikołaj", "Ana", "Chidi", "Mei", "Ravi", "Yuki" };
const char *const lastNames[] = { "Lovelace", "Turing", "Hopper", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson",
    "Hamilton", "Ritchie", "Perlman", "Torvalds", "Lamarr", "Berners-Lee", "Johnson", "McCarthy", "Wilson", "Wirth",
    "Easley", "Stroustrup", "Dubois", "Müller", "García", "Nørgaard", "Kowalski", "Okafor", "Chen", "Patel", "Sato" };
const char *const groupNames[] = { "Family", "Friends", "Work", "Book club", "Climbing", "Neighbours" };
const char *const phrases[] = { "Are we still on for tonight?", "I'll be there in ten minutes.",
    "Did you see the photos from the weekend?", "The build is green again, thanks for the fix.",
    "Can you send me the link to the document?", "Happy birthday! 🎉", "Running late, the train is stuck.",
    "Lunch at the usual place?", "Sure, see you tomorrow.", "I left the keys on the balcony.",
    "The meeting moved to 3 pm.", "That film was better than the book.",
    "Could you review my patch when you have "
    "a minute? It touches the roster code and "
    "I'd like a second pair of eyes on it.",
    "ok", "Thanks!", "Good night", "Où est la gare ?", "Das klingt gut, bis später.", "¿Quedamos el sábado?",
    "Let me check and get back to you." };

template<typename T, size_t N>
const T &pick(QRandomGenerator &random, const T (&list)[N])
{
    return list[random.bounded(int(N))];
}

Jid jidOf(const QString &text)
{
    return Jid::parse(text).value_or(Jid());
}

QList<RosterItem> makeContacts(QRandomGenerator &random, int count)
{
    QList<RosterItem> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i) {
        RosterItem item;
        item.jid = jidOf(u"contact%1@example.net"_s.arg(i + 1, 4, 10, QChar(u'0')));
        // A few contacts without a name: the view shows the JID.
        if (i % 17 != 5) {
            item.name = QString::fromUtf8(pick(random, firstNames)) + u' ' + QString::fromUtf8(pick(random, lastNames));
        }
        // Most are mutual; some only one way, some where the user's request is pending (ask='subscribe').
        const int kind = i % 20;
        item.subscription = kind < 15 ? u"both"_s : kind < 17 ? u"to"_s : kind < 18 ? u"from"_s : u"none"_s;
        item.askSubscribe = kind == 18 || kind == 19;
        // Six in ten in one or two groups, the rest ungrouped.
        if (random.bounded(10) < 6) {
            item.groups.append(QString::fromUtf8(pick(random, groupNames)));
            if (random.bounded(5) == 0) {
                item.groups.append(QString::fromUtf8(pick(random, groupNames)));
            }
            item.groups.sort();
            item.groups.removeDuplicates();
        }
        items.append(item);
    }
    return items;
}

// The pending inbound requests: from contacts the user does not see yet (subscription none/to) and from
// strangers who are not in the roster.
QList<SubscriptionRequest> makeRequests(const QList<RosterItem> &contacts, const QDateTime &now)
{
    QList<SubscriptionRequest> requests;
    int minutes = 5;
    for (const RosterItem &item : contacts) {
        if ((item.subscription == u"none"_s || item.subscription == u"to"_s) && requests.size() < 8) {
            requests.append({ item.jid, u"Hi, it's me, please add me."_s, now.addSecs(-60 * (minutes += 37)) });
        }
    }
    const QStringList strangers { u"stranger@example.org"_s, u"new.colleague@work.example"_s };
    for (const QString &stranger : strangers) {
        requests.append({ jidOf(stranger), QString(), now.addSecs(-60 * (minutes += 11)) });
    }
    return requests;
}

// One message of `peer`'s conversation at `time`: incoming or outgoing, and for some conversations encrypted
// (online or offline ESession), with the failures a user must be shown.
StoredMessage makeMessage(QRandomGenerator &random, const Jid &account, const Jid &peer, qint64 n,
    const QDateTime &time, int encryption, bool newest)
{
    StoredMessage m;
    const bool incoming = random.bounded(2) == 0;
    const Jid self = account.withResource(u"balcony"_s);
    const Jid other = peer.withResource(u"phone"_s);
    m.conversation = peer;
    m.type = Message::Type::Chat;
    m.direction = incoming ? MessageDirection::Incoming : MessageDirection::Outgoing;
    m.from = incoming ? other : self;
    m.to = incoming ? self : other;
    m.messageId = u"gen-%1"_s.arg(n);
    m.originId = m.messageId;
    m.stanzaId = u"arch-%1"_s.arg(n);
    m.stanzaIdBy = account;
    m.body = QString::fromUtf8(pick(random, phrases));
    m.sentTime = time;
    m.serverTime = time;
    m.receivedTime = time;
    m.state = incoming ? MessageState::Received : newest ? MessageState::AckedByServer : MessageState::Read;
    if (!incoming && random.bounded(400) == 0) {
        m.state = MessageState::Failed;
        m.errorText = u"The recipient's server could not be reached (remote-server-not-found)."_s;
    }
    if (encryption != 0) {
        m.e2e.kind = encryption == 1 ? MessageE2eKind::OnlineEsession : MessageE2eKind::OfflineEsession;
        m.e2e.status = incoming ? MessageE2eStatus::Decrypted : MessageE2eStatus::Encrypted;
        if (m.e2e.kind == MessageE2eKind::OfflineEsession) {
            m.e2e.created = time.addSecs(-2); // the sender's SHIM Created header (XEP-0187 §3.3)
        }
        // Now and then an incoming one that could not be read, with the reason, as EsessionManager stores it:
        // never the ciphertext.
        if (incoming && random.bounded(50) == 0) {
            const bool expired = random.bounded(2) == 0;
            m.e2e.kind = MessageE2eKind::OfflineEsession;
            m.e2e.status = expired ? MessageE2eStatus::Undecryptable : MessageE2eStatus::Rejected;
            m.e2e.created = QDateTime();
            m.e2e.detail = describeEsessionError(expired ? EsessionError::Expired : EsessionError::BadMac);
            m.body = QCoreApplication::translate("balcony", "[Encrypted message that could not be read: %1]")
                         .arg(m.e2e.detail);
        }
    }
    return m;
}

// A group chat room's conversation (XEP-0045): `count` room messages from a few nicks and ours, the newest
// `newestAgo` seconds ago, with the room's stanza-ids, as MucManager stores them.
bool writeRoom(SqlHistoryStore &history, QRandomGenerator &random, const Jid &account, const Jid &room, int count,
    qint64 newestAgo, qint64 &n)
{
    const char *const nicks[] = { "ada", "grace", "edsger", "barbara", "ken" };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<StoredMessage> batch;
    for (int i = count - 1; i >= 0; --i, ++n) {
        StoredMessage m;
        const bool ours = random.bounded(6) == 0;
        const QDateTime time = now.addSecs(-newestAgo - qint64(i) * 240 - qint64(random.bounded(120)));
        m.conversation = room;
        m.type = Message::Type::GroupChat;
        m.direction = ours ? MessageDirection::Outgoing : MessageDirection::Incoming;
        m.from = room.withResource(ours ? account.local() : QString::fromUtf8(pick(random, nicks)));
        m.to = ours ? room : account.withResource(u"balcony"_s);
        m.messageId = u"room-%1"_s.arg(n);
        m.originId = m.messageId;
        m.stanzaId = u"room-arch-%1"_s.arg(n);
        m.stanzaIdBy = room;
        m.body = QString::fromUtf8(pick(random, phrases));
        m.sentTime = time;
        m.serverTime = time;
        m.receivedTime = time;
        m.state = ours ? MessageState::Delivered : MessageState::Received;
        batch.append(m);
    }
    return history.insertBatch(batch).size() == batch.size();
}

// One account's profile: contacts, requests and `messages` messages.
bool writeProfile(const Jid &account, const Options &options, int messages, quint32 seed, bool withRoom, QString *error)
{
    Database db(app::AppPaths::profileDir(account));
    const Database::OpenResult opened = db.open();
    if (!opened.isOpen()) {
        *error = opened.message.isEmpty() ? opened.detail : opened.message;
        return false;
    }
    if (options.empty) {
        return true;
    }
    QRandomGenerator random(seed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<RosterItem> contacts = makeContacts(random, options.contacts);
    SqlRosterStore roster(db);
    if (!roster.replaceAll(contacts, u"gen-1"_s)) {
        *error = u"writing the roster failed"_s;
        return false;
    }
    SqlSubscriptionRequestStore requests(db);
    for (const SubscriptionRequest &request : makeRequests(contacts, now)) {
        if (!requests.add(request)) {
            *error = u"writing a subscription request failed"_s;
            return false;
        }
    }
    if (contacts.isEmpty() || messages <= 0) {
        return true;
    }

    // Conversations: the first contact gets half of the messages, the rest go to up to 200 others with
    // falling sizes. Every fifth conversation is encrypted (alternately online and offline ESessions), the
    // big one partly (its newest 300 messages: a session started lately).
    const int others = std::min<int>(200, int(contacts.size()) - 1);
    QList<QPair<int, int>> sizes; // (contact index, messages)
    const int big = others > 0 ? messages / 2 : messages;
    sizes.append({ 0, big });
    int left = messages - big;
    for (int c = 1; c <= others && left > 0; ++c) {
        const int share = c == others ? left : std::max(1, left / (others - c + 2));
        sizes.append({ c, share });
        left -= share;
    }
    SqlHistoryStore history(db);
    qint64 n = 0;
    for (const auto &[contact, count] : std::as_const(sizes)) {
        const Jid peer = contacts.at(contact).jid;
        const int encryption = contact == 0 ? 0 : contact % 5 == 0 ? 1 + (contact / 5) % 2 : 0;
        // Newest message some minutes to days ago; older ones further back, about 20 minutes apart.
        const QDateTime newestTime = now.addSecs(-qint64(contact) * 1800 - 60);
        QList<StoredMessage> batch;
        for (int i = count - 1; i >= 0; --i, ++n) {
            const QDateTime time = newestTime.addSecs(-qint64(i) * 1200 - qint64(random.bounded(600)));
            const int kind = contact == 0 && i < 300 ? 2 : encryption;
            batch.append(makeMessage(random, account, peer, n, time, kind, i == 0));
            if (batch.size() == 20'000 || i == 0) {
                if (history.insertBatch(batch).size() != batch.size()) {
                    *error = u"writing messages failed"_s;
                    return false;
                }
                batch.clear();
            }
        }
        // The user read most conversations up to their newest message but one; a few stay unread.
        const QList<StoredMessage> newest = history.page(peer, 2);
        if (contact % 7 != 3 && newest.size() == 2) {
            history.markRead(newest.constLast().id);
        }
    }
    // A group chat among the first account's recent conversations, with a few unread room messages.
    if (!withRoom) {
        return true;
    }
    const Jid room = *Jid::parse(QString(u"balcony-dev@conference."_s + account.domain()));
    if (!writeRoom(history, random, account, room, 60, 300, n)) {
        *error = u"writing room messages failed"_s;
        return false;
    }
    if (const QList<StoredMessage> newest = history.page(room, 4); newest.size() == 4) {
        history.markRead(newest.constLast().id);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a Balcony data root (accounts, contacts, history) for tests."_s);
    parser.addHelpOption();
    const QCommandLineOption contacts(u"contacts"_s, u"Contacts per account (default 1000)."_s, u"N"_s);
    const QCommandLineOption messages(u"messages"_s, u"Messages over all accounts (default 100000)."_s, u"M"_s);
    const QCommandLineOption accounts(u"accounts"_s, u"Accounts (default 2)."_s, u"K"_s);
    const QCommandLineOption empty(u"empty"_s, u"Accounts with empty profiles only."_s);
    const QCommandLineOption host(u"host"_s, u"Server host of the accounts (default 127.0.0.1)."_s, u"H"_s);
    const QCommandLineOption port(u"port"_s, u"Server port of the accounts (default 5222)."_s, u"P"_s);
    parser.addOptions({ contacts, messages, accounts, empty, host, port });
    parser.addPositionalArgument(u"DIR"_s, u"The data root to write (for balcony --profile-root DIR)."_s);
    parser.process(app);

    Options options;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, int fallback, int minimum) {
        if (!parser.isSet(option)) {
            return fallback;
        }
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < minimum) {
            std::fprintf(stderr, "--%s: a number >= %d is needed\n", qPrintable(option.names().constFirst()), minimum);
            ok = false;
        }
        return value;
    };
    options.contacts = number(contacts, options.contacts, 0);
    options.messages = number(messages, options.messages, 0);
    options.accounts = number(accounts, options.accounts, 1);
    options.port = quint16(std::clamp(number(port, options.port, 1), 1, 65535));
    options.empty = parser.isSet(empty);
    if (parser.isSet(host)) {
        options.host = parser.value(host);
    }
    if (!ok || parser.positionalArguments().size() != 1) {
        parser.showHelp(2);
    }
    options.root = QDir(parser.positionalArguments().constFirst()).absolutePath();
    app::AppPaths::setDataDir(options.root);
    if (QFileInfo::exists(app::AppPaths::accountListFile())) {
        std::fprintf(
            stderr, "%s exists already; choose an empty folder\n", qPrintable(app::AppPaths::accountListFile()));
        return 1;
    }
    if (!QDir().mkpath(options.root)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(options.root));
        return 1;
    }

    app::AccountList list(app::AppPaths::accountListFile());
    int left = options.messages;
    for (int k = 0; k < options.accounts; ++k) {
        app::AccountConfig config;
        config.jid = jidOf(k == 0 ? u"alice@example.org"_s : u"user%1@example.org"_s.arg(k + 1));
        config.resource = u"balcony"_s;
        config.host = options.host;
        config.port = options.port;
        config.passwordMode = app::PasswordMode::Session;
        config.label = k == 0 ? u"Personal"_s : u"Account %1"_s.arg(k + 1);
        // The first account holds most of the history (three quarters with two accounts).
        const int share = k == options.accounts - 1 ? left
            : k == 0                                ? options.messages * 3 / 4
                                                    : left / (options.accounts - k);
        left -= share;
        QString error;
        if (!list.add(config) || !writeProfile(config.jid, options, share, 20261207 + quint32(k), k == 0, &error)) {
            std::fprintf(stderr, "account %s: %s\n", qPrintable(config.jid.bareString()), qPrintable(error));
            return 1;
        }
        std::printf("%s: %s\n", qPrintable(config.jid.bareString()),
            options.empty ? "empty profile"
                          : qPrintable(u"%1 contacts, %2 messages"_s.arg(options.contacts).arg(share)));
    }
    QString error;
    if (!list.save(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("wrote %s (balcony --profile-root %s)\n", qPrintable(options.root), qPrintable(options.root));
    return 0;
}
