// bench_messagepath: one chat message through the engine, in and out (issue 12, "Measured").
//
//   bench_messagepath [--messages N] [--runs R] [--muc]
//
// --muc: an account in a group chat (XEP-0045), as with Balcony in a room: a MucManager on the session, in one
// room. Every message and presence is offered to it first (StanzaRouter's sender handlers); the chat messages
// here are not the room's, so this measures what that costs the chat path.
//
// Incoming: the server's bytes of N chat messages (body, chat state, XEP-0359 origin-id), delivered one by one
// to a bound Connection on the scripted transport; each is parsed, routed to MessageManager, stored in the SQL
// history of a temporary profile, and announced to a MessageModel and a ConversationListModel (their
// rowsInserted/dataChanged/rowsMoved signals are counted). Outgoing: N MessageManager::sendChat() calls on the
// same session: history row + durable outbox row committed, then the stanza written to the transport.
// Reported per message: wall time (median of R runs) and, for instructions, run it under callgrind with the
// measured loops as the only collected functions:
//
//   valgrind --tool=callgrind --toggle-collect='*runIncoming*' --toggle-collect='*runOutgoing*'
//       build/default/tests/bench/bench_messagepath --messages 2000 --runs 1
//
// (callgrind_annotate then lists the instructions and the calls of XmlWriter::serialize and of the parser).
#include "BenchSupport.h"
#include "ScriptedSession.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "models/ConversationListModel.h"
#include "models/MessageModel.h"
#include "muc/MucManager.h"
#include "storage/Database.h"
#include "storage/SqlHistoryStore.h"
#include "storage/SqlOutboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;
using balcony::bench::median;
using balcony::bench::out;

namespace {

struct Path {
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<SqlHistoryStore> history;
    std::unique_ptr<SqlOutboxStore> outboxStore;
    std::unique_ptr<ScriptedSession> session;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<MessageManager> messages;
    std::unique_ptr<MucManager> muc;
    std::unique_ptr<MessageModel> chat;
    std::unique_ptr<ConversationListModel> conversations;
    int modelSignals = 0;

    bool open(const Jid &contact, bool inRoom)
    {
        database = std::make_unique<Database>(dir.path());
        if (!database->open().isOpen()) {
            return false;
        }
        history = std::make_unique<SqlHistoryStore>(*database);
        outboxStore = std::make_unique<SqlOutboxStore>(*history);
        session = std::make_unique<ScriptedSession>();
        outbox = std::make_unique<Outbox>(session->connection(), *outboxStore);
        messages = std::make_unique<MessageManager>(session->connection(), *history, *outbox, nullptr);
        if (inRoom) {
            muc = std::make_unique<MucManager>(session->connection(), *history, *outbox, nullptr);
        }
        chat = std::make_unique<MessageModel>(*history, contact, 50);
        chat->followMessageModules(messages.get(), nullptr);
        conversations = std::make_unique<ConversationListModel>(*history);
        conversations->followMessageModules(messages.get(), nullptr);
        for (QAbstractItemModel *model :
            { static_cast<QAbstractItemModel *>(chat.get()), static_cast<QAbstractItemModel *>(conversations.get()) }) {
            QObject::connect(model, &QAbstractItemModel::rowsInserted, [this] { ++modelSignals; });
            QObject::connect(model, &QAbstractItemModel::dataChanged, [this] { ++modelSignals; });
            QObject::connect(model, &QAbstractItemModel::rowsMoved, [this] { ++modelSignals; });
        }
        if (!session->login()) {
            return false;
        }
        session->takeStanzas();
        if (muc) {
            const Jid room = *Jid::parse(u"room@conference.example.com"_s);
            MucJoinOptions options;
            options.nick = u"user"_s;
            muc->join(room, options);
            session->inject("<presence from='room@conference.example.com/user'><x "
                            "xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' "
                            "role='participant'/><status code='110'/></x></presence>");
            session->takeStanzas();
            return muc->isJoined(room);
        }
        return true;
    }
};

// noinline: callgrind's --toggle-collect names these two.
[[gnu::noinline]] double runIncoming(Path &path, const QList<QByteArray> &stanzas)
{
    QElapsedTimer clock;
    clock.start();
    for (const QByteArray &stanza : stanzas) {
        path.session->inject(stanza);
    }
    return double(clock.nsecsElapsed());
}

[[gnu::noinline]] double runOutgoing(Path &path, const Jid &to, const QStringList &bodies)
{
    QElapsedTimer clock;
    clock.start();
    for (const QString &body : bodies) {
        path.messages->sendChat(to, body);
    }
    return double(clock.nsecsElapsed());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(
        u"messages"_s, u"Messages per direction and run (default 2000)."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs (default 5)."_s, u"R"_s, u"5"_s);
    const QCommandLineOption mucOption(u"muc"_s, u"The account is in a group chat room (see the header)."_s);
    parser.addOptions({ messagesOption, runsOption, mucOption });
    parser.process(app);
    const int n = qMax(1, parser.value(messagesOption).toInt());
    const int runs = qMax(1, parser.value(runsOption).toInt());

    const Jid contact = *Jid::parse(u"juliet@example.com"_s);
    QList<QByteArray> incoming;
    QStringList bodies;
    for (int i = 0; i < n; ++i) {
        const QByteArray id = "in-" + QByteArray::number(i);
        incoming.append("<message from='juliet@example.com/balcony' to='user@example.com/balcony' type='chat' id='" + id
            + "'><body>Message number " + QByteArray::number(i)
            + " from Juliet, with a few words in it.</body><active xmlns='http://jabber.org/protocol/chatstates'/>"
              "<origin-id xmlns='urn:xmpp:sid:0' id='"
            + id + "'/></message>");
        bodies.append(u"Message number %1 to Juliet, with a few words in it."_s.arg(i));
    }

    QList<double> inNs;
    QList<double> outNs;
    int inSignals = 0;
    qsizetype written = 0;
    for (int run = 0; run < runs; ++run) {
        Path path;
        if (!path.open(contact, parser.isSet(mucOption))) {
            out() << "bench_messagepath: the profile or the scripted login failed" << Qt::endl;
            return 1;
        }
        inNs.append(runIncoming(path, incoming) / n);
        inSignals = path.modelSignals;
        outNs.append(runOutgoing(path, contact, bodies) / n);
        written = path.session->takeStanzas().size();
    }
    out() << u"incoming (parse, route, store, model signals): %1 us per message, median of %2 runs of %3; %4 model "
             "signals per message"_s.arg(median(inNs) / 1e3, 0, 'f', 2)
                 .arg(runs)
                 .arg(n)
                 .arg(double(inSignals) / n, 0, 'f', 2)
          << Qt::endl
          << u"outgoing (history + outbox commit, write): %1 us per message; %2 stanzas written for %3 sends"_s
                 .arg(median(outNs) / 1e3, 0, 'f', 2)
                 .arg(written)
                 .arg(n)
          << Qt::endl;
    return written >= n ? 0 : 1;
}
