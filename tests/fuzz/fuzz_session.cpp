// libFuzzer target for a whole bound session: a scripted server logs the account in (SASL PLAIN over direct
// TLS, XEP-0198 enabled with resumption), then the input plays the server and the user. Every module an
// Account wires (disco/caps, roster, presence, subscriptions, outbox, messages, carbons, MAM, ping, CSI,
// PubSub, encrypted sessions) and the roster, conversation-list and message models run on in-memory stores;
// timers run on a virtual clock that only the input advances (FuzzEventDispatcher).
//
// Input: segments separated by the byte 0xFF (never part of valid UTF-8, so the XML in the seeds stays
// readable). The first segment, and any segment whose first byte is not a command below, is injected as
// bytes from the server; otherwise the first byte is the command and the rest its argument:
//   i BYTES        inject BYTES (one read of the client)
//   b BYTES        inject BYTES one byte per read (at most 512)
//   t MS           advance the virtual clock by MS milliseconds (decimal, at most 10 min; empty: 0)
//   r [N:]PAYLOAD  answer the client's N-th unanswered IQ request (oldest first) with type result around
//                  PAYLOAD, from the address it was sent to; e [N:]PAYLOAD the same with type error
//   a [N]          XEP-0198 <a/> acknowledging every stanza the client sent since <enable/>, less N
//   d              the connection drops
//   l MODE[N]      the server accepts the reconnect the client asked for: MODE r resumes (with an h that leaves
//                  the last N stanzas unhandled), f fails the resumption, n (or anything else) binds a new session
//   c X [C] TEXT   a client action X on contact C (a digit indexing SessionHarness::contacts()), see act()
// After each step and each input: the invariants of SessionHarness::check() (abort = a finding).
// Environment: BALCONY_FUZZ_TRACE=1 prints both directions of the stream; BALCONY_FUZZ_ALLOW=tag,... reports
// the named invariants (after-close, no-id, answer-count, unanswered, growth, model) once instead of aborting.
#include "FuzzEventDispatcher.h"
#include "SessionHarness.h"
#include "crypto/SigningKey.h"
#include "disco/DiscoManager.h"
#include "esession/EsessionManager.h"
#include "im/ArchiveManager.h"
#include "im/ClientState.h"
#include "im/MessageManager.h"
#include "im/PingManager.h"
#include "im/PresenceManager.h"
#include "im/RosterManager.h"
#include "im/SubscriptionManager.h"
#include "models/MessageModel.h"
#include "pubsub/PubSubManager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::fuzz;

namespace {

FuzzEventDispatcher *dispatcher = nullptr;
QByteArray ownKey;
int idCounter = 0;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // QAbstractItemModelTester in Warning mode reports a broken model contract in this category.
    if (context.category && std::strcmp(context.category, "qt.modeltest") == 0) {
        std::fprintf(
            stderr, "invariant violated: model contract (QAbstractItemModelTester): %s\n", qPrintable(message));
        std::abort();
    }
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "fatal: %s\n", qPrintable(message));
        std::abort();
    }
    // Everything else is the engine's own logging: silent, thousands of runs per second.
}

// The decimal number at the start of `arg` (consumed), or `fallback`.
qint64 takeNumber(QByteArray &arg, qint64 fallback, qint64 max)
{
    qsizetype digits = 0;
    while (digits < arg.size() && digits < 9 && arg.at(digits) >= '0' && arg.at(digits) <= '9') {
        ++digits;
    }
    if (digits == 0) {
        return fallback;
    }
    const qint64 value = arg.left(digits).toLongLong();
    arg.remove(0, digits);
    return qMin(value, max);
}

Jid takeContact(QByteArray &arg)
{
    const QList<Jid> contacts = SessionHarness::contacts();
    if (!arg.isEmpty() && arg.at(0) >= '0' && arg.at(0) <= '9') {
        const int index = arg.at(0) - '0';
        arg.remove(0, 1);
        return contacts.at(index % contacts.size());
    }
    return contacts.first();
}

Presence::Show showFrom(char c)
{
    switch (c % 5) {
    case 1:
        return Presence::Show::Away;
    case 2:
        return Presence::Show::Chat;
    case 3:
        return Presence::Show::Dnd;
    case 4:
        return Presence::Show::Xa;
    default:
        return Presence::Show::None;
    }
}

// One user action, as the desktop app or balcony-cli would do it.
void act(SessionHarness &h, QByteArray arg)
{
    if (arg.isEmpty()) {
        return;
    }
    const char action = arg.at(0);
    arg.remove(0, 1);
    const Jid contact = takeContact(arg);
    const QString text = QString::fromUtf8(arg);
    h.countAction();
    switch (action) {
    case 'm':
        h.messages().sendChat(contact, text.isEmpty() ? u"hi"_s : text);
        break;
    case 'M':
        h.messages().sendMessage(contact, text, Message::Type::Normal, u"thread-1"_s);
        break;
    case 'z':
        h.messages().sendChatState(contact, ChatState(text.size() % 6));
        break;
    case 'e':
    case 'E':
        h.esessions().send(
            contact, text.isEmpty() ? u"secret"_s : text, action == 'E', [](const EsessionManager::SendResult &) {});
        break;
    case 'o':
        h.esessions().publishOfflineOptions(QDateTime::currentDateTimeUtc().addSecs(3600), [](const QString &) {});
        break;
    case 'O':
        h.esessions().retractOfflineOptions([](const QString &) {});
        break;
    case 'T':
        h.esessions().terminateOnlineSessions();
        break;
    case 'p':
        h.presence().setPresence(showFrom(text.isEmpty() ? 0 : char(text.at(0).unicode())), text, int(text.size()) - 2);
        break;
    case 'R':
        h.roster().requestRoster(!text.isEmpty());
        break;
    case 'a':
        h.roster().addOrUpdate(
            contact, text, text.isEmpty() ? QStringList() : QStringList { text, u"Friends"_s }, [](const QString &) {});
        break;
    case 'x':
        h.roster().remove(contact, [](const QString &) {});
        break;
    case 's':
        h.subscriptions().requestSubscription(contact, text);
        break;
    case 'A':
        h.subscriptions().approve(contact, !text.isEmpty());
        break;
    case 'D':
        h.subscriptions().deny(contact);
        break;
    case 'C':
        h.subscriptions().cancel(contact);
        break;
    case 'U':
        h.subscriptions().unsubscribe(contact);
        break;
    case 'P':
        h.subscriptions().preApprove(contact);
        break;
    case 'k':
        h.archive().catchUp();
        break;
    case 'f':
        if (h.messageModel().canFetchMore({})) {
            h.messageModel().fetchMore({});
        }
        h.messageModel().retryArchive();
        break;
    case 'g':
        h.ping().pingServer();
        break;
    case 'i':
        h.clientState().setActive(!text.isEmpty());
        break;
    case 'q':
        h.disco().queryInfo(contact, text, [](const std::optional<DiscoInfo> &, const StanzaError &) {});
        break;
    case 'I':
        h.pubSub().retrieveItems(
            contact, text.isEmpty() ? u"urn:xmpp:microblog:0"_s : text,
            [](const QList<PubSubItem> &, const std::optional<PubSubError> &) {}, {}, 10);
        break;
    case 'n':
        h.pubSub().registerInterest(text.isEmpty() ? u"urn:xmpp:microblog:0"_s : text);
        break;
    case 'S':
        h.presence().signOut(text);
        break;
    case 'X':
        h.connection().disconnectFromServer();
        break;
    case 'K':
        h.connection().connectToServer();
        break;
    default:
        break;
    }
}

void step(SessionHarness &h, const QByteArray &segment, bool first)
{
    if (segment.isEmpty()) {
        return;
    }
    const char command = segment.at(0);
    QByteArray arg = segment.mid(1);
    if (first || !std::strchr("ibtreadlc", command)) {
        h.inject(segment);
        return;
    }
    switch (command) {
    case 'i':
        h.inject(arg);
        break;
    case 'b':
        for (qsizetype i = 0; i < qMin<qsizetype>(arg.size(), 512); ++i) {
            h.inject(arg.mid(i, 1));
        }
        break;
    case 't':
        h.advance(takeNumber(arg, 0, 600000));
        break;
    case 'r':
    case 'e': {
        const int index = int(takeNumber(arg, 0, 1000));
        if (arg.startsWith(':')) {
            arg.remove(0, 1);
        }
        h.reply(index, command == 'e', arg);
        break;
    }
    case 'a':
        h.ack(quint32(takeNumber(arg, 0, 1000)));
        break;
    case 'd':
        h.dropConnection();
        break;
    case 'l': {
        const char mode = arg.isEmpty() ? 'n' : arg.at(0);
        arg.remove(0, qMin<qsizetype>(1, arg.size()));
        // The reconnect timer may still be running: let the Connection start its attempt first.
        h.advance(0);
        if (h.connection().state() == ConnectionState::WaitingToReconnect) {
            h.advance(600000);
        }
        h.relogin(mode, quint32(takeNumber(arg, 0, 1000)));
        break;
    }
    case 'c':
        act(h, arg);
        break;
    default:
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qInstallMessageHandler(messageHandler);
    QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false\nqt.modeltest.warning=true"_s);
    dispatcher = new FuzzEventDispatcher;
    QCoreApplication::setEventDispatcher(dispatcher);
    new QCoreApplication(*argc, *argv);
    // No plugins: Connection would load a QNetworkInformation backend (D-Bus) per instance, for nothing here.
    QCoreApplication::setLibraryPaths({});
    // Deterministic ids, reset per input: a fuzzer can only reach IQ result handlers if it can name the id.
    Connection::setIdGenerator([] { return u"f%1"_s.arg(++idCounter); });
    // One RSA key per process: generating one per input would dominate the run time.
    const auto key = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 2048);
    if (!key) {
        std::fprintf(stderr, "could not generate the account key\n");
        std::abort();
    }
    const crypto::SecretBytes pkcs8 = key->toPkcs8();
    ownKey = pkcs8.toByteArray();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    idCounter = 0;
    dispatcher->reset();
    {
        SessionHarness h(*dispatcher, ownKey);
        if (!h.login()) {
            std::fprintf(stderr, "the scripted login failed\n");
            std::abort();
        }
        h.check(false);
        const QList<QByteArray> segments = input.split(char(0xff));
        for (qsizetype i = 0; i < segments.size(); ++i) {
            step(h, segments.at(i), i == 0);
            h.check(false);
        }
        h.check(true);
    }
    // Whatever the modules left queued (deleteLater, queued calls) goes with them.
    dispatcher->processEvents(QEventLoop::AllEvents);
    dispatcher->reset();
    return 0;
}
