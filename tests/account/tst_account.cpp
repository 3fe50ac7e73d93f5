// Account: one JID owning its profile database, stores, Connection and modules. Through the scripted server:
// the profile is opened and the modules exist; a message queued before connecting is committed and then
// written in the pipelined session start, after the roster get and the initial presence; "fully online"
// waits for the roster and, with automatic catch-up, for the XEP-0313 catch-up; the account is destroyed
// while connected without trouble; the outbox survives a new Account on the same profile; the encrypted
// sessions are wired (key store unlocked with the account password, EsessionManager as the incoming filter).
#include "ScriptedSession.h"
#include "ScriptedTransport.h"
#include "XmlCompare.h"
#include "account/Account.h"
#include "disco/DiscoManager.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/EsessionManager.h"
#include "im/ArchiveManager.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "im/PresenceManager.h"
#include "im/RosterManager.h"
#include "im/SubscriptionManager.h"
#include "storage/SqlE2eKeyStore.h"
#include "storage/SqlHistoryStore.h"
#include "storage/SqlOutboxStore.h"
#include "stream/Scram.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray serverFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
const QByteArray serverFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";

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

// ScriptedSession's login script, on the Account's own transport: returns every stanza the client wrote
// from the bind request on (the pipelined session start and what followed the bind result).
QList<Element> login(Account &account, ScriptedTransport &server)
{
    using namespace script;
    Scram::setTestNonce("fyko+d2lbbFgONRv9qkxdawL");
    account.connectToServer();
    server.simulateConnected();
    server.inject(serverHeader() + starttlsFeatures() + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    server.simulateEncrypted();
    server.inject(serverHeader() + saslFeatures({ "SCRAM-SHA-1" }) + sasl("challenge", serverFirst));
    server.clearWrites();
    server.inject(sasl("success", serverFinal));
    server.inject(serverHeader()
        + "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
          "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'><optional/></session></stream:features>");
    QList<Element> written;
    QString bindId;
    while (!server.writes().isEmpty()) {
        for (const Element &stanza : ScriptedSession::stanzasIn(server.takeWrite())) {
            if (bindId.isEmpty() && stanza.name() == u"iq" && stanza.hasChild(u"bind", ns::bind)) {
                bindId = stanza.attribute(u"id");
            } else if (!bindId.isEmpty()) {
                written.append(stanza);
            }
        }
    }
    if (bindId.isEmpty()) {
        return {};
    }
    server.inject("<iq type='result' id='" + bindId.toUtf8()
        + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>user@example.com/balcony</jid></bind></iq>");
    while (!server.writes().isEmpty()) {
        written += ScriptedSession::stanzasIn(server.takeWrite());
    }
    return written;
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
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
