// Account: one JID owning its profile database, stores, Connection and modules. Through the scripted server:
// the profile is opened and the modules exist; a message queued before connecting is committed and then
// written in the pipelined session start, after the roster get and the initial presence; "fully online"
// waits for the roster and, with automatic catch-up, for the XEP-0313 catch-up; the account is destroyed
// while connected without trouble; the outbox survives a new Account on the same profile; the encrypted
// sessions are wired (key store unlocked with the account password, EsessionManager as the incoming filter).
#include "AccountLogin.h"
#include "ScriptedSession.h"
#include "ScriptedTransport.h"
#include "XmlCompare.h"
#include "account/Account.h"
#include "account/ChatSender.h"
#include "disco/DiscoManager.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/EsessionManager.h"
#include "im/ArchiveManager.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "im/PresenceManager.h"
#include "im/RosterManager.h"
#include "im/SubscriptionManager.h"
#include "storage/E2eKeyStore.h"
#include "storage/HistoryStore.h"
#include "storage/SqlE2eKeyStore.h"
#include "storage/SqlHistoryStore.h"
#include "storage/SqlOutboxStore.h"
#include "stream/Scram.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

AccountSettings settingsIn(const QString &dir, bool catchUp)
{
    AccountSettings settings;
    settings.connection.jid = *Jid::parse(u"user@example.com/balcony"_s);
    settings.connection.password = u"pencil"_s;
    settings.connection.autoReconnect = false;
    settings.profileDir = dir;
    settings.automaticCatchUp = catchUp;
    settings.keepaliveIdleMs = 0;
    settings.e2eScrypt = { 1 << 10, 8, 1 }; // cheap: the cost is not what these tests are about
    return settings;
}

QList<Element> login(Account &account, ScriptedTransport &server)
{
    return loginAccount(account, server);
}

int indexOf(const QList<Element> &stanzas, const std::function<bool(const Element &)> &match)
{
    for (int i = 0; i < stanzas.size(); ++i) {
        if (match(stanzas.at(i))) {
            return i;
        }
    }
    return -1;
}

bool isRosterGet(const Element &e)
{
    return e.name() == u"iq" && e.hasChild(u"query", u"jabber:iq:roster"_s);
}
bool isMamQuery(const Element &e)
{
    return e.name() == u"iq" && e.hasChild(u"query", u"urn:xmpp:mam:2"_s);
}

} // namespace

class TestAccount : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Scram::setTestNonce({}); }

    void openBuildsEverything()
    {
        QTemporaryDir dir;
        Account account(settingsIn(dir.path(), true), std::make_unique<ScriptedTransport>());
        QVERIFY(!account.isOpen());
        QVERIFY(!account.messages());
        const Database::OpenResult opened = account.open();
        QVERIFY(opened.isOpen());
        QCOMPARE(opened.status, Database::Status::Created);
        QVERIFY(account.isOpen());
        QVERIFY(account.database() && account.historyStore() && account.outboxStore() && account.rosterStore()
            && account.subscriptionRequestStore());
        QVERIFY(account.disco() && account.roster() && account.presence() && account.subscriptions() && account.outbox()
            && account.messages() && account.carbons() && account.archive() && account.ping() && account.clientState()
            && account.pubSub());
        // The profile's connection cache is the Connection's (XEP-0305 caches), whatever the caller set.
        QVERIFY(account.connection().settings().cache != nullptr);
        QCOMPARE(account.open().status, Database::Status::Created); // idempotent
    }

    void signInDoesNotWaitForTheKeyDerivation()
    {
        // Issue 12: the key store's scrypt (production cost, 32 MiB) runs on another thread while the profile
        // opens and the account signs in; the event loop keeps turning meanwhile (no timing is asserted: the
        // heartbeat counts turns while the derivation is known to be running).
        QTemporaryDir dir;
        AccountSettings settings = settingsIn(dir.path(), false);
        settings.e2eScrypt = {};
        auto transport = std::make_unique<ScriptedTransport>();
        ScriptedTransport &server = *transport;
        Account account(settings, std::move(transport));
        int turnsWhileUnlocking = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            if (account.e2eKeyStore() && account.e2eKeyStore()->isUnlocking()) {
                ++turnsWhileUnlocking;
            }
        });
        heartbeat.start(0);
        QVERIFY(account.open().isOpen());
        account.setPassword(settings.connection.password); // what AccountController::signIn() does
        QVERIFY(!login(account, server).isEmpty()); // bound: the connect did not wait for the keys either
        QTRY_VERIFY_WITH_TIMEOUT(!account.e2eKeyStore()->isUnlocking(), 60000);
        heartbeat.stop();
        QVERIFY2(turnsWhileUnlocking > 0, "the event loop did not turn while the key was derived");
        QVERIFY(account.e2eKeyStore()->isUnlocked());
    }

    void encryptedSessionsAreWired()
    {
        QTemporaryDir dir;
        {
            Account account(settingsIn(dir.path(), true), std::make_unique<ScriptedTransport>());
            QVERIFY(account.open().isOpen());
            QVERIFY(account.e2eKeyStore() && account.esessions());
            QVERIFY(account.e2eKeyStore()->isUnlocked()); // with the account password
            QVERIFY(account.e2eKeyStore()->setPolicy(Jid(), E2ePolicy::Always));
            // The EsessionManager is MessageManager's incoming filter: an encrypted message with no session
            // behind it is stored as undecryptable, never as plaintext and never dropped.
            QSignalSpy marked(account.esessions(), &EsessionManager::encryptedMessageStored);
            Element message(u"message"_s, u"jabber:client"_s);
            message.setAttribute(u"from"_s, u"juliet@example.com/balcony"_s);
            message.setAttribute(u"type"_s, u"chat"_s);
            message.appendChild(Element(u"c"_s, esession::stanzaNs()));
            QVERIFY(account.messages()->handleMessage(message));
            QCOMPARE(marked.size(), 1);
            const auto mark = marked.at(0).at(1).value<MessageE2eMark>();
            QVERIFY(mark.status != MessageE2eStatus::Decrypted);
            QCOMPARE(account.e2eKeyStore()->messageMark(marked.at(0).at(0).toLongLong()), mark);
        }
        // The secrets open only with the password the profile was first unlocked with; the policy is not secret.
        AccountSettings other = settingsIn(dir.path(), true);
        other.connection.password = u"another"_s;
        Account account(other, std::make_unique<ScriptedTransport>());
        QVERIFY(account.open().isOpen());
        QVERIFY(!account.e2eKeyStore()->isUnlocked());
        QCOMPARE(account.e2eKeyStore()->ownPolicy(Jid()), E2ePolicy::Always);
    }

    void unwritableProfileFailsToOpen()
    {
        Account account(settingsIn(u"/proc/balcony-cannot-write-here"_s, false), std::make_unique<ScriptedTransport>());
        QVERIFY(!account.open().isOpen());
        QVERIFY(!account.isOpen());
        account.connectToServer(); // nothing to connect with: no crash, no state change
        QCOMPARE(account.connection().state(), ConnectionState::Disconnected);
    }

    void queuedMessageGoesOutWithTheSessionStartAndOnlineWaitsForCatchUp()
    {
        QTemporaryDir dir;
        auto transport = std::make_unique<ScriptedTransport>();
        ScriptedTransport &server = *transport;
        auto account = std::make_unique<Account>(settingsIn(dir.path(), true), std::move(transport));
        QVERIFY(account->open().isOpen());
        // Committed before anything is connected.
        const qint64 id = account->messages()->sendChat(*Jid::parse(u"bob@example.com"_s), u"hello"_s);
        QVERIFY(id > 0);
        QCOMPARE(account->outboxStore()->pending().size(), 1);
        QCOMPARE(account->historyStore()->message(id)->state, MessageState::Queued);

        QSignalSpy online(account.get(), &Account::online);
        const QList<Element> written = login(*account, server);
        QCOMPARE(account->connection().state(), ConnectionState::Connected);
        const int roster = indexOf(written, isRosterGet);
        const int presence = indexOf(written, [](const Element &e) { return e.name() == u"presence"; });
        const int message = indexOf(written, [](const Element &e) { return e.name() == u"message"; });
        const int mam = indexOf(written, isMamQuery);
        QVERIFY2(roster >= 0 && presence >= 0 && message >= 0 && mam >= 0, qPrintable(QString::number(written.size())));
        QVERIFY(roster < presence); // RFC 6121 §2.2 before §4.2
        QCOMPARE(written.at(message).childText(u"body"), u"hello"_s);
        QVERIFY(!account->isOnline());

        server.inject("<iq type='result' id='" + written.at(roster).attribute(u"id").toUtf8()
            + "'><query xmlns='jabber:iq:roster' ver='v1'/></iq>");
        QVERIFY(!account->isOnline()); // the archive catch-up is still running
        QCOMPARE(online.size(), 0);
        server.inject("<iq type='result' id='" + written.at(mam).attribute(u"id").toUtf8()
            + "'><fin xmlns='urn:xmpp:mam:2' complete='true'><set xmlns='http://jabber.org/protocol/rsm'/></fin></iq>");
        QTRY_COMPARE(online.size(), 1);
        QCOMPARE(online.first().first().toBool(), false);
        QVERIFY(account->isOnline());

        // Destroyed while connected: modules, then the Connection, then the stores. Nothing acknowledged
        // the message, so the next Account on the profile still has it.
        account.reset();
        Account again(settingsIn(dir.path(), false), std::make_unique<ScriptedTransport>());
        QVERIFY(again.open().isOpen());
        QCOMPARE(again.outboxStore()->pending().size(), 1);
    }

    void withoutCatchUpOnlineAfterTheRoster()
    {
        QTemporaryDir dir;
        auto transport = std::make_unique<ScriptedTransport>();
        ScriptedTransport &server = *transport;
        Account account(settingsIn(dir.path(), false), std::move(transport));
        QVERIFY(account.open().isOpen());
        QSignalSpy online(&account, &Account::online);
        QSignalSpy offline(&account, &Account::offline);
        const QList<Element> written = login(account, server);
        QCOMPARE(indexOf(written, isMamQuery), -1);
        const int roster = indexOf(written, isRosterGet);
        QVERIFY(roster >= 0);
        server.inject("<iq type='error' id='" + written.at(roster).attribute(u"id").toUtf8()
            + "'><error type='cancel'><service-unavailable "
              "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        // A refused roster leaves the cache in use: still fully online.
        QTRY_COMPARE(online.size(), 1);
        server.simulateRemoteClose();
        QTRY_COMPARE(offline.size(), 1);
        QVERIFY(!account.isOnline());
    }

    void inMemoryStoresOpenNoFile()
    {
        QTemporaryDir dir;
        Account account(
            settingsIn(dir.path(), false), AccountStores::inMemory(), std::make_unique<ScriptedTransport>());
        const Database::OpenResult opened = account.open();
        QVERIFY(opened.isOpen());
        QVERIFY(account.isOpen());
        QVERIFY(!account.database());
        QVERIFY(account.historyStore() && account.outboxStore() && account.rosterStore()
            && account.subscriptionRequestStore() && account.e2eKeyStore() && account.chatSender());
        QVERIFY(account.e2eKeyStore()->isUnlocked()); // with the settings' password
        QVERIFY(QDir(dir.path()).isEmpty()); // nothing on disk
        // Incomplete stores are refused, not half built.
        AccountStores partial;
        Account broken(settingsIn(dir.path(), false), std::move(partial), std::make_unique<ScriptedTransport>());
        QVERIFY(!broken.open().isOpen());
        QVERIFY(!broken.isOpen());
    }

    void chatSenderFollowsThePolicy()
    {
        QTemporaryDir dir;
        auto transport = std::make_unique<ScriptedTransport>();
        ScriptedTransport &server = *transport;
        Account account(settingsIn(dir.path(), false), AccountStores::inMemory(), std::move(transport));
        QVERIFY(account.open().isOpen());
        const QList<Element> written = login(account, server);
        QVERIFY(!written.isEmpty());
        ChatSender &sender = *account.chatSender();
        const Jid juliet = *Jid::parse(u"juliet@capulet.lit"_s);

        // "When possible" (the default) without a key or a session: the clear, at once and durable.
        QVERIFY(!sender.encrypts(juliet, {}));
        std::optional<ChatSender::Result> result;
        sender.send(juliet, u"hello"_s, {}, [&](const ChatSender::Result &r) { result = r; });
        QVERIFY(result && result->ok() && !result->encrypted);
        QCOMPARE(account.historyStore()->message(result->historyId)->body, u"hello"_s);

        // "Never" stays in the clear even when encryption is possible; a caller may still require it.
        QVERIFY(account.e2eKeyStore()->setPolicy(juliet, E2ePolicy::Never));
        QVERIFY(!sender.encrypts(juliet, {}));
        ChatSender::Options required;
        required.requireEncryption = true;
        QVERIFY(sender.encrypts(juliet, required));
        QVERIFY(account.e2eKeyStore()->setPolicy(juliet, E2ePolicy::Always));
        QVERIFY(sender.encrypts(juliet, {}));
    }

    void chatSenderKeepsOrderAndNeverFallsToTheClearUnasked()
    {
        QTemporaryDir dir;
        auto transport = std::make_unique<ScriptedTransport>();
        ScriptedTransport &server = *transport;
        Account account(settingsIn(dir.path(), false), AccountStores::inMemory(), std::move(transport));
        QVERIFY(account.open().isOpen());
        QList<Element> written = login(account, server);
        const Jid juliet = *Jid::parse(u"juliet@capulet.lit"_s);
        QVERIFY(account.e2eKeyStore()->setPolicy(juliet, E2ePolicy::Always));
        ChatSender &sender = *account.chatSender();

        // "Always", the contact offline with no options published: the first message waits for the
        // contact's options (PEP), the second (the clear allowed) waits behind it, nothing is in the clear yet.
        QList<ChatSender::Result> results;
        QStringList order;
        sender.send(juliet, u"one"_s, {}, [&](const ChatSender::Result &r) {
            results.append(r);
            order.append(u"one"_s);
        });
        ChatSender::Options clearAllowed;
        clearAllowed.allowPlaintext = true;
        sender.send(juliet, u"two"_s, clearAllowed, [&](const ChatSender::Result &r) {
            results.append(r);
            order.append(u"two"_s);
        });
        QCOMPARE(sender.pending(), 2);
        QVERIFY(results.isEmpty());
        // Answer the session-start ping (the presence barrier) and every request to juliet with
        // item-not-found, until both are decided.
        int requestsToJuliet = 0;
        for (int round = 0; round < 50 && results.size() < 2; ++round) {
            while (!server.writes().isEmpty()) {
                written += ScriptedSession::stanzasIn(server.takeWrite());
            }
            for (const Element &stanza : std::as_const(written)) {
                if (stanza.name() != u"iq" || stanza.attribute(u"type") != u"get") {
                    continue;
                }
                const QByteArray id = stanza.attribute(u"id").toUtf8();
                if (stanza.hasChild(u"ping", u"urn:xmpp:ping"_s)) {
                    server.inject("<iq type='result' id='" + id + "' from='example.com'/>");
                } else if (Jid::parse(stanza.attribute(u"to")).value_or(Jid()).bare() == juliet) {
                    ++requestsToJuliet;
                    server.inject("<iq type='error' id='" + id
                        + "' from='juliet@capulet.lit'><error type='cancel'><item-not-found "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
                }
            }
            written.clear();
            QTest::qWait(20);
        }
        QCOMPARE(results.size(), 2);
        QCOMPARE(order, (QStringList { u"one"_s, u"two"_s }));
        QVERIFY(requestsToJuliet > 0);
        // "one": required by the policy, impossible, not sent (not even stored).
        QVERIFY(!results[0].ok());
        QCOMPARE(results[0].failure, ChatSender::Failure::NotEncrypted);
        QVERIFY(!results[0].message.isEmpty());
        // "two": the user allowed the clear for it.
        QVERIFY(results[1].ok());
        QVERIFY(!results[1].encrypted);
        QCOMPARE(account.historyStore()->message(results[1].historyId)->body, u"two"_s);
        QCOMPARE(sender.pending(), 0);
        // Nothing with "one" went to the server.
        const QByteArray all = server.allWritten();
        QVERIFY(!all.contains(">one<"));
    }
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
