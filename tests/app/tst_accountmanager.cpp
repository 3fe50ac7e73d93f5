// AccountManager and AccountController (src/app): the account list with profiles and passwords, and one
// account's models and actions, on real profiles and on in-memory stores with the scripted server.

#include "AccountLogin.h"
#include "ScriptedSession.h"
#include "ScriptedTransport.h"
#include "TestJid.h"
#include "account/Account.h"
#include "app/AccountController.h"
#include "app/AccountManager.h"
#include "app/AppPaths.h"
#include "app/PasswordStore.h"
#include "models/ConversationListModel.h"
#include "models/MessageModel.h"
#include "models/RosterModel.h"
#include "storage/E2eKeyStore.h"
#include "storage/HistoryStore.h"
#include "stream/Scram.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::app;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

AccountConfig configFor(const QString &jid, PasswordMode mode)
{
    AccountConfig config;
    config.jid = *Jid::parse(jid);
    config.passwordMode = mode;
    return config;
}

// The written stanzas named `name` with a child in `childNs`.
QList<Element> stanzasWith(const QList<Element> &stanzas, QStringView name, const QString &childNs)
{
    QList<Element> found;
    for (const Element &stanza : stanzas) {
        if (stanza.name() != name) {
            continue;
        }
        for (const Element &child : stanza.childElements()) {
            if (child.ns() == childNs) {
                found.append(stanza);
                break;
            }
        }
    }
    return found;
}

// A MemoryPasswordStore that counts the reads it was asked for.
class CountingPasswordStore : public MemoryPasswordStore {
public:
    using MemoryPasswordStore::MemoryPasswordStore;
    void read(const Jid &account, Callback done) override
    {
        ++reads[account];
        MemoryPasswordStore::read(account, std::move(done));
    }
    QHash<Jid, int> reads;
};

} // namespace

class TestAccountManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void addOpensTheProfileAndRemoveForgetsEverything();
    void aSecondStartOpensTheListedAccounts();
    void passwordsComeFromTheStoreOrTheUser();
    void passwordsReadAheadAreAtHandForTheSignIn();
    void invalidAndDuplicateAccountsAreRefused();
    void controllerSendsAndShowsTheMessage();
    void controllerAnswersContactsAndKeys();
    void changePasswordStoresOnlyAfterTheServerAgreed();
    void removeFromServerOnlyAfterTheServerAgreed();
    void controllerEditsContactsAndSubscriptions();

private:
    // An AccountManager whose accounts run on in-memory stores and scripted transports (kept in m_servers).
    std::unique_ptr<AccountManager> scriptedManager();
    // Signs the account in through its scripted server and answers the roster get, so it is fully online;
    // the writes are cleared.
    void bringOnline(AccountManager &manager, const Jid &account);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemoryPasswordStore> m_passwords;
    QHash<Jid, ScriptedTransport *> m_servers;
};

void TestAccountManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    AppPaths::setDataDir(m_dir->path());
    m_passwords = std::make_unique<MemoryPasswordStore>();
    m_servers.clear();
}

void TestAccountManager::cleanup()
{
    Scram::setTestNonce({});
    m_passwords.reset();
    AppPaths::setDataDir(QString());
    m_dir.reset();
}

std::unique_ptr<AccountManager> TestAccountManager::scriptedManager()
{
    auto manager = std::make_unique<AccountManager>(*m_passwords);
    manager->setAccountFactory([this](const AccountSettings &given) {
        AccountSettings settings = given;
        settings.connection.autoReconnect = false;
        settings.automaticCatchUp = false;
        settings.keepaliveIdleMs = 0;
        settings.e2eScrypt = { 1 << 10, 8, 1 };
        auto transport = std::make_unique<ScriptedTransport>();
        m_servers.insert(settings.connection.jid.bare(), transport.get());
        return std::make_unique<Account>(settings, AccountStores::inMemory(), std::move(transport));
    });
    return manager;
}

void TestAccountManager::bringOnline(AccountManager &manager, const Jid &account)
{
    AccountController *controller = manager.controller(account);
    QVERIFY(controller);
    ScriptedTransport &server = *m_servers.value(account);
    manager.signIn(account);
    const QList<Element> written = loginAccount(controller->account(), server);
    const QList<Element> rosterGets = stanzasWith(written, u"iq", u"jabber:iq:roster"_s);
    QVERIFY(!rosterGets.isEmpty());
    server.inject("<iq type='result' id='" + rosterGets.first().attribute(u"id").toUtf8()
        + "'><query xmlns='jabber:iq:roster'/></iq>");
    QTRY_VERIFY(controller->isOnline());
    server.clearWrites();
}

namespace {

// The first iq set the client wrote with a jabber:iq:register query, or a null element.
Element registerSet(ScriptedTransport &server)
{
    QList<Element> written;
    while (!server.writes().isEmpty()) {
        written += ScriptedSession::stanzasIn(server.takeWrite());
    }
    const QList<Element> sets = stanzasWith(written, u"iq", u"jabber:iq:register"_s);
    return sets.isEmpty() ? Element() : sets.first();
}

std::optional<QString> storedPassword(PasswordStore &store, const Jid &account)
{
    std::optional<PasswordStore::Result> stored;
    store.read(account, [&](const PasswordStore::Result &r) { stored = r; });
    if (!QTest::qWaitFor([&] { return stored.has_value(); }, 5000) || !stored->ok()) {
        return std::nullopt;
    }
    return stored->password;
}

} // namespace

void TestAccountManager::changePasswordStoresOnlyAfterTheServerAgreed()
{
    auto manager = scriptedManager();
    QVERIFY(manager->load());
    const Jid account = jid("user@example.com");
    QVERIFY(manager->addAccount(configFor(u"user@example.com"_s, PasswordMode::Keychain), u"pencil"_s));
    AccountController *controller = manager->controller(account);
    QString error;
    // Offline: nothing can be sent, nothing changes.
    QVERIFY(!manager->changePassword(account, u"n3w"_s, {}, &error));
    QVERIFY(!error.isEmpty());
    bringOnline(*manager, account);
    ScriptedTransport &server = *m_servers.value(account);
    E2eKeyStore *keys = controller->account().e2eKeyStore();
    QVERIFY(keys->isUnlocked());

    // Refused by the server: the stored password, the Account's and the key store's passphrase stay as they were.
    std::optional<std::pair<bool, QString>> outcome;
    QVERIFY(manager->changePassword(account, u"weak"_s, [&](bool ok, const QString &m) { outcome = { ok, m }; }));
    Element set = registerSet(server);
    QVERIFY(!set.isNull());
    QCOMPARE(set.attribute(u"to"), u"example.com"_s);
    QCOMPARE(set.firstChild(u"query", u"jabber:iq:register").childText(u"password", u"jabber:iq:register"), u"weak"_s);
    // Nothing stored before the answer.
    QCOMPARE(storedPassword(*m_passwords, account), u"pencil"_s);
    server.inject("<iq type='error' id='" + set.attribute(u"id").toUtf8()
        + "' from='example.com'><error type='modify'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
          "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Too short</text></error></iq>");
    QVERIFY(outcome && !outcome->first);
    QVERIFY(outcome->second.contains(u"Too short"_s));
    QCOMPARE(storedPassword(*m_passwords, account), u"pencil"_s);
    QCOMPARE(controller->account().connection().settings().password, u"pencil"_s);
    QVERIFY(!keys->changePassphrase("weak", "x")); // still sealed under the old one

    // Accepted: then the keychain, the Account's reconnect password and the sealed secrets follow.
    outcome.reset();
    QVERIFY(manager->changePassword(account, u"n3w pw"_s, [&](bool ok, const QString &m) { outcome = { ok, m }; }));
    set = registerSet(server);
    QVERIFY(!set.isNull());
    QCOMPARE(storedPassword(*m_passwords, account), u"pencil"_s);
    server.inject("<iq type='result' id='" + set.attribute(u"id").toUtf8() + "' from='example.com'/>");
    // The Account signs in with the new password at once; the re-seal (scrypt) ends later, off this call.
    QCOMPARE(controller->account().connection().settings().password, u"n3w pw"_s);
    QTRY_VERIFY(outcome);
    QVERIFY(outcome->first);
    QVERIFY2(outcome->second.isEmpty(), qPrintable(outcome->second));
    QCOMPARE(storedPassword(*m_passwords, account), u"n3w pw"_s);
    QCOMPARE(controller->account().connection().settings().password, u"n3w pw"_s);
    QVERIFY(!keys->changePassphrase("pencil", "x"));
    QVERIFY(keys->changePassphrase("n3w pw", "n3w pw"));
}

void TestAccountManager::removeFromServerOnlyAfterTheServerAgreed()
{
    auto manager = scriptedManager();
    QVERIFY(manager->load());
    const Jid account = jid("user@example.com");
    QVERIFY(manager->addAccount(configFor(u"user@example.com"_s, PasswordMode::Session), u"pencil"_s));
    bringOnline(*manager, account);
    ScriptedTransport &server = *m_servers.value(account);
    std::optional<std::pair<bool, QString>> outcome;
    QVERIFY(manager->removeAccountFromServer(account, true, [&](bool ok, const QString &m) { outcome = { ok, m }; }));
    Element set = registerSet(server);
    QVERIFY(!set.isNull());
    QVERIFY(set.firstChild(u"query", u"jabber:iq:register").hasChild(u"remove", u"jabber:iq:register"));
    // Refused: the account stays, here and there.
    server.inject("<iq type='error' id='" + set.attribute(u"id").toUtf8()
        + "'><error type='cancel'><not-allowed xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
          "</error></iq>");
    QVERIFY(outcome && !outcome->first);
    QVERIFY(!outcome->second.isEmpty());
    QCOMPARE(manager->accounts().size(), 1);
    QVERIFY(manager->controller(account));

    outcome.reset();
    QVERIFY(manager->removeAccountFromServer(account, true, [&](bool ok, const QString &m) { outcome = { ok, m }; }));
    set = registerSet(server);
    QVERIFY(!set.isNull());
    QCOMPARE(manager->accounts().size(), 1);
    server.inject("<iq type='result' id='" + set.attribute(u"id").toUtf8() + "'/>");
    QVERIFY(outcome && outcome->first);
    QVERIFY(manager->accounts().isEmpty());
    QVERIFY(!manager->controller(account));
}

void TestAccountManager::addOpensTheProfileAndRemoveForgetsEverything()
{
    AccountManager manager(*m_passwords);
    QSignalSpy added(&manager, &AccountManager::controllerAdded);
    QVERIFY(manager.load());
    QVERIFY(manager.accounts().isEmpty());
    QString error;
    QVERIFY2(manager.addAccount(configFor(u"alice@example.org"_s, PasswordMode::Keychain), u"secret"_s, &error),
        qPrintable(error));
    QCOMPARE(added.size(), 1);
    AccountController *controller = manager.controller(jid("alice@example.org"));
    QVERIFY(controller);
    QVERIFY(controller->isOpen());
    QVERIFY(controller->roster() && controller->conversations());
    // The profile is on disk, in the app data folder; the list names the account; the password is in the store.
    const QString profile = AppPaths::profileDir(jid("alice@example.org"));
    QVERIFY(profile.startsWith(m_dir->path()));
    QVERIFY(QFile::exists(profile + u"/balcony.sqlite"_s));
    QVERIFY(QFile::exists(AppPaths::accountListFile()));
    std::optional<PasswordStore::Result> stored;
    m_passwords->read(jid("alice@example.org"), [&](const PasswordStore::Result &r) { stored = r; });
    QTRY_VERIFY(stored.has_value());
    QCOMPARE(stored->password, u"secret"_s);
    // Nothing in the list file gives the password away.
    QFile list(AppPaths::accountListFile());
    QVERIFY(list.open(QIODevice::ReadOnly));
    QVERIFY(!list.readAll().contains("secret"));

    QSignalSpy removed(&manager, &AccountManager::accountRemoved);
    QVERIFY(manager.removeAccount(jid("alice@example.org"), true, &error));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!manager.controller(jid("alice@example.org")));
    QVERIFY(manager.accounts().isEmpty());
    QVERIFY(!QDir(profile).exists());
    stored.reset();
    m_passwords->read(jid("alice@example.org"), [&](const PasswordStore::Result &r) { stored = r; });
    QTRY_VERIFY(stored.has_value());
    QCOMPARE(stored->status, PasswordStore::Status::NotFound);
}

void TestAccountManager::aSecondStartOpensTheListedAccounts()
{
    {
        AccountManager first(*m_passwords);
        QVERIFY(first.load());
        QVERIFY(first.addAccount(configFor(u"alice@example.org"_s, PasswordMode::Session), u"pw"_s));
        AccountConfig disabled = configFor(u"bob@example.net"_s, PasswordMode::Ask);
        disabled.enabled = false;
        QVERIFY(first.addAccount(disabled, QString()));
        QCOMPARE(first.controllers().size(), 1);
    }
    AccountManager second(*m_passwords);
    QVERIFY(second.load());
    QCOMPARE(second.accounts().size(), 2);
    QCOMPARE(second.controllers().size(), 1); // the disabled one stays closed
    QVERIFY(second.controller(jid("alice@example.org")));
    QVERIFY(!second.controller(jid("bob@example.net")));
    QVERIFY(second.setEnabled(jid("bob@example.net"), true));
    QCOMPARE(second.controllers().size(), 2);
    QCOMPARE(second.controllers().last()->jid().bare(), jid("bob@example.net"));
}

void TestAccountManager::passwordsComeFromTheStoreOrTheUser()
{
    auto manager = scriptedManager();
    QVERIFY(manager->load());
    QSignalSpy needed(manager.get(), &AccountManager::passwordNeeded);
    // "Ask": never stored, so the user is asked at every sign-in (the reason is empty: nothing failed).
    QVERIFY(manager->addAccount(configFor(u"ask@example.org"_s, PasswordMode::Ask), QString()));
    manager->signIn(jid("ask@example.org"));
    QCOMPARE(needed.size(), 1);
    QCOMPARE(needed.first().at(1).toString(), QString());
    // "Keychain" with nothing stored: asked, with the reason.
    QVERIFY(manager->addAccount(configFor(u"kc@example.org"_s, PasswordMode::Keychain), QString()));
    manager->signIn(jid("kc@example.org"));
    QTRY_COMPARE(needed.size(), 2);
    QVERIFY(!needed.last().at(1).toString().isEmpty());
    // The typed password, remembered, goes to the store and the account connects with it.
    ScriptedTransport *server = m_servers.value(jid("kc@example.org"));
    QVERIFY(server);
    manager->providePassword(jid("kc@example.org"), u"typed"_s, true);
    QCOMPARE(server->connectCount(), 1);
    QCOMPARE(manager->controller(jid("kc@example.org"))->account().connection().settings().password, u"typed"_s);
    std::optional<PasswordStore::Result> stored;
    m_passwords->read(jid("kc@example.org"), [&](const PasswordStore::Result &r) { stored = r; });
    QTRY_VERIFY(stored.has_value());
    QCOMPARE(stored->password, u"typed"_s);
    // "Ask" with a password typed when adding: used once, not kept.
    QVERIFY(manager->addAccount(configFor(u"once@example.org"_s, PasswordMode::Ask), u"once"_s));
    manager->signIn(jid("once@example.org"));
    QCOMPARE(m_servers.value(jid("once@example.org"))->connectCount(), 1);
    const qsizetype before = needed.size();
    manager->signIn(jid("once@example.org"));
    QCOMPARE(needed.size(), before + 1);
    stored.reset();
    m_passwords->read(jid("once@example.org"), [&](const PasswordStore::Result &r) { stored = r; });
    QTRY_VERIFY(stored.has_value());
    QCOMPARE(stored->status, PasswordStore::Status::NotFound);
}

// Issue 12: with Passwords::ReadAhead (the desktop app's start) load() asks the store before the sign-in, so that
// signInAll() once the window is up connects at once instead of waiting for the keychain; a sign-in while the read
// is under way takes its answer (one read), and a failed read is asked again at the sign-in, which says why.
void TestAccountManager::passwordsReadAheadAreAtHandForTheSignIn()
{
    const Jid ready = jid("ready@example.org");
    const Jid early = jid("early@example.org");
    const Jid missing = jid("missing@example.org");
    const Jid asked = jid("ask@example.org");
    CountingPasswordStore store;
    {
        AccountManager first(store);
        QVERIFY(first.load());
        for (const Jid &account : { ready, early, missing }) {
            QVERIFY(first.addAccount(configFor(account.bareString(), PasswordMode::Keychain), QString()));
        }
        QVERIFY(first.addAccount(configFor(asked.bareString(), PasswordMode::Ask), QString()));
    }
    for (const Jid &account : { ready, early }) {
        bool written = false;
        store.write(
            account, u"secret of "_s + account.bareString(), [&](const PasswordStore::Result &r) { written = r.ok(); });
        QTRY_VERIFY(written);
    }
    store.reads.clear();

    auto manager = std::make_unique<AccountManager>(store);
    manager->setAccountFactory([this](const AccountSettings &given) {
        AccountSettings settings = given;
        settings.connection.autoReconnect = false;
        settings.e2eScrypt = { 1 << 10, 8, 1 };
        auto transport = std::make_unique<ScriptedTransport>();
        m_servers.insert(settings.connection.jid.bare(), transport.get());
        return std::make_unique<Account>(settings, AccountStores::inMemory(), std::move(transport));
    });
    QSignalSpy needed(manager.get(), &AccountManager::passwordNeeded);
    QVERIFY(manager->load(nullptr, AccountManager::Passwords::ReadAhead));
    // Asked during load(), before any sign-in, for the keychain accounts only.
    QCOMPARE(store.reads.value(ready), 1);
    QCOMPARE(store.reads.value(early), 1);
    QCOMPARE(store.reads.value(missing), 1);
    QCOMPARE(store.reads.value(asked), 0);

    // Signing in before the answer came: no second read; it connects when the answer arrives.
    manager->signIn(early);
    QCOMPARE(m_servers.value(early)->connectCount(), 0);
    QTRY_COMPARE(m_servers.value(early)->connectCount(), 1);
    QCOMPARE(store.reads.value(early), 1);
    QCOMPARE(manager->controller(early)->account().connection().settings().password, u"secret of early@example.org"_s);

    // The answer is at hand: the sign-in connects at once, without asking the store again.
    manager->signIn(ready);
    QCOMPARE(m_servers.value(ready)->connectCount(), 1);
    QCOMPARE(store.reads.value(ready), 1);
    QCOMPARE(manager->controller(ready)->account().connection().settings().password, u"secret of ready@example.org"_s);

    // Nothing stored: the failed read-ahead is not kept; the sign-in asks again and says why, as without it.
    manager->signIn(missing);
    QTRY_COMPARE(needed.size(), 1);
    QCOMPARE(store.reads.value(missing), 2);
    QCOMPARE(needed.first().at(0).value<Jid>(), missing);
    QVERIFY(!needed.first().at(1).toString().isEmpty());
    QCOMPARE(m_servers.value(missing)->connectCount(), 0);
    // "Ask" is untouched by the read-ahead.
    manager->signIn(asked);
    QCOMPARE(needed.size(), 2);
    QCOMPARE(needed.last().at(1).toString(), QString());
}

void TestAccountManager::invalidAndDuplicateAccountsAreRefused()
{
    AccountManager manager(*m_passwords);
    QVERIFY(manager.load());
    QString error;
    QVERIFY(!manager.addAccount(configFor(u"example.org"_s, PasswordMode::Ask), QString(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(manager.addAccount(configFor(u"alice@example.org"_s, PasswordMode::Ask), QString()));
    error.clear();
    QVERIFY(!manager.addAccount(configFor(u"alice@example.org/other"_s, PasswordMode::Ask), QString(), &error));
    QVERIFY(error.contains(u"alice@example.org"_s));
    QCOMPARE(manager.accounts().size(), 1);
    QVERIFY(!manager.removeAccount(jid("nobody@example.org"), false, &error));
}

void TestAccountManager::controllerSendsAndShowsTheMessage()
{
    auto manager = scriptedManager();
    QVERIFY(manager->load());
    QVERIFY(manager->addAccount(configFor(u"user@example.com"_s, PasswordMode::Session), u"pencil"_s));
    AccountController *controller = manager->controller(jid("user@example.com"));
    QVERIFY(controller);
    ScriptedTransport &server = *m_servers.value(jid("user@example.com"));
    // Models exist before any network traffic.
    QCOMPARE(server.connectCount(), 0);
    QCOMPARE(controller->conversations()->rowCount(), 0);
    MessageModel *chat = controller->openChat(jid("juliet@capulet.lit/balcony"));
    QVERIFY(chat);
    QCOMPARE(controller->openChat(jid("juliet@capulet.lit")), chat); // one model per conversation (bare)

    // A message sent before the connection is stored and shown at once, then leaves with the session start.
    std::optional<ChatSender::Result> sent;
    QVERIFY(controller->sendMessage(
        jid("juliet@capulet.lit"), u"hello"_s, {}, [&](const ChatSender::Result &r) { sent = r; }));
    QVERIFY(sent && sent->ok() && !sent->encrypted);
    QCOMPARE(chat->rowCount(), 1);
    QCOMPARE(controller->conversations()->rowCount(), 1);
    QVERIFY(!controller->sendMessage(jid("juliet@capulet.lit"), QString())); // nothing to send

    manager->signIn(jid("user@example.com"));
    const QList<Element> written = loginAccount(controller->account(), server);
    QVERIFY(!written.isEmpty());
    bool found = false;
    for (const Element &stanza : written) {
        found = found || (stanza.name() == u"message" && stanza.childText(u"body") == u"hello");
    }
    QVERIFY(found);

    // A message from the contact reaches the chat and the unread count of the roster's contact.
    server.inject("<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' type='chat' id='j1'>"
                  "<body>hi there</body></message>");
    QTRY_COMPARE(chat->rowCount(), 2);
    QCOMPARE(controller->conversations()->totalUnread(), 1);

    // Reading the chat clears the unread count (conversation list and roster follow the engine).
    QCOMPARE(controller->markConversationRead(jid("juliet@capulet.lit")), 1);
    QTRY_COMPARE(controller->conversations()->totalUnread(), 0);
    // A message that has not failed is not retried; a removed one leaves the chat.
    QVERIFY(!controller->retryMessage(sent->historyId));
    QVERIFY(controller->removeMessage(sent->historyId));
    QTRY_COMPARE(chat->rowCount(), 1);
    QVERIFY(!controller->account().historyStore()->message(sent->historyId));

    controller->closeChat(jid("juliet@capulet.lit"));
    QVERIFY(!controller->openChats().contains(jid("juliet@capulet.lit")));
}

void TestAccountManager::controllerAnswersContactsAndKeys()
{
    auto manager = scriptedManager();
    QVERIFY(manager->load());
    QVERIFY(manager->addAccount(configFor(u"user@example.com"_s, PasswordMode::Session), u"pencil"_s));
    AccountController *controller = manager->controller(jid("user@example.com"));
    ScriptedTransport &server = *m_servers.value(jid("user@example.com"));
    manager->signIn(jid("user@example.com"));
    QVERIFY(!loginAccount(controller->account(), server).isEmpty());
    server.clearWrites();

    // Adding a contact: the roster set, then the subscription request (RFC 6121 §3.1.1).
    QVERIFY(controller->addContact(jid("romeo@montague.lit"), u"Romeo"_s, { u"Friends"_s }));
    QList<Element> written;
    while (!server.writes().isEmpty()) {
        written += ScriptedSession::stanzasIn(server.takeWrite());
    }
    QList<Element> rosterSets;
    for (const Element &iq : stanzasWith(written, u"iq", u"jabber:iq:roster"_s)) {
        if (iq.attribute(u"type") == u"set") {
            rosterSets.append(iq);
        }
    }
    QCOMPARE(rosterSets.size(), 1);
    const Element item = rosterSets.first().firstChild(u"query", u"jabber:iq:roster").firstChild(u"item");
    QCOMPARE(item.attribute(u"jid"), u"romeo@montague.lit"_s);
    QCOMPARE(item.attribute(u"name"), u"Romeo"_s);
    bool subscribe = false;
    for (const Element &stanza : written) {
        subscribe = subscribe
            || (stanza.name() == u"presence" && stanza.attribute(u"type") == u"subscribe"
                && stanza.attribute(u"to") == u"romeo@montague.lit");
    }
    QVERIFY(subscribe);

    // An incoming request is announced and listed; approving answers it.
    QSignalSpy requested(controller, &AccountController::subscriptionRequested);
    server.inject("<presence from='nurse@capulet.lit' type='subscribe'/>");
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(controller->subscriptionRequests().size(), 1);
    QVERIFY(controller->approveSubscription(jid("nurse@capulet.lit"), false));
    const QByteArray all = server.allWritten();
    QVERIFY(all.contains("type='subscribed'") || all.contains("type=\"subscribed\""));

    // Encryption policy per contact, and a key check without a known key marks nothing.
    QCOMPARE(controller->encryptionPolicy(jid("romeo@montague.lit")), E2ePolicy::WhenPossible);
    QVERIFY(controller->setEncryptionPolicy(jid("romeo@montague.lit"), E2ePolicy::Always));
    QCOMPARE(controller->encryptionPolicy(jid("romeo@montague.lit")), E2ePolicy::Always);
    QVERIFY(controller->sendsEncrypted(jid("romeo@montague.lit")));
    QVERIFY(!controller->sendsEncrypted(jid("nurse@capulet.lit")));
    const KeyVerification check = controller->verifyKey(jid("romeo@montague.lit"), u"00ff"_s);
    QCOMPARE(check.status, KeyVerification::Status::NoKeys);
}

void TestAccountManager::controllerEditsContactsAndSubscriptions()
{
    auto manager = scriptedManager();
    QVERIFY(manager->load());
    QVERIFY(manager->addAccount(configFor(u"user@example.com"_s, PasswordMode::Session), u"pencil"_s));
    AccountController *controller = manager->controller(jid("user@example.com"));
    ScriptedTransport &server = *m_servers.value(jid("user@example.com"));
    // Without a session nothing can be changed.
    QVERIFY(!controller->renameContact(jid("romeo@montague.lit"), u"Romeo"_s));
    QVERIFY(!controller->requestSubscription(jid("romeo@montague.lit")));
    manager->signIn(jid("user@example.com"));
    QVERIFY(!loginAccount(controller->account(), server).isEmpty());
    server.inject("<iq type='set' id='push1'><query xmlns='jabber:iq:roster'>"
                  "<item jid='romeo@montague.lit' name='Romeo' subscription='both'><group>Friends</group></item>"
                  "</query></iq>");
    QTRY_COMPARE(controller->roster()->rowCount(), 1);
    server.clearWrites();
    const auto takeAll = [&server] {
        QList<Element> stanzas;
        while (!server.writes().isEmpty()) {
            stanzas += ScriptedSession::stanzasIn(server.takeWrite());
        }
        return stanzas;
    };
    const auto rosterItem = [](const QList<Element> &stanzas) {
        for (const Element &iq : stanzasWith(stanzas, u"iq", u"jabber:iq:roster"_s)) {
            if (iq.attribute(u"type") == u"set") {
                return iq.firstChild(u"query", u"jabber:iq:roster").firstChild(u"item");
            }
        }
        return Element();
    };
    const auto presence = [](const QList<Element> &stanzas, QStringView type) {
        for (const Element &stanza : stanzas) {
            if (stanza.name() == u"presence" && stanza.attribute(u"type") == type
                && stanza.attribute(u"to") == u"romeo@montague.lit") {
                return true;
            }
        }
        return false;
    };

    // Renaming keeps the groups; regrouping keeps the name (RFC 6121 §2.3).
    QVERIFY(controller->renameContact(jid("romeo@montague.lit"), u"  Romeo Montague "_s));
    Element item = rosterItem(takeAll());
    QCOMPARE(item.attribute(u"name"), u"Romeo Montague"_s);
    QCOMPARE(item.childText(u"group"), u"Friends"_s);
    QVERIFY(controller->setContactGroups(jid("romeo@montague.lit"), { u"Verona"_s }));
    item = rosterItem(takeAll());
    QCOMPARE(item.attribute(u"name"), u"Romeo"_s);
    QCOMPARE(item.childText(u"group"), u"Verona"_s);

    // Subscriptions (§3.1, §3.2, §3.3).
    QVERIFY(controller->requestSubscription(jid("romeo@montague.lit")));
    QVERIFY(presence(takeAll(), u"subscribe"));
    QVERIFY(controller->cancelSubscription(jid("romeo@montague.lit")));
    QVERIFY(presence(takeAll(), u"unsubscribed"));
    QVERIFY(controller->unsubscribe(jid("romeo@montague.lit")));
    QVERIFY(presence(takeAll(), u"unsubscribe"));

    // Adding without asking for presence: the roster item only.
    QVERIFY(controller->addContact(jid("mercutio@verona.lit"), u"Mercutio"_s, {}, false));
    QList<Element> added = takeAll();
    QCOMPARE(rosterItem(added).attribute(u"jid"), u"mercutio@verona.lit"_s);
    for (const Element &stanza : added) {
        QVERIFY(stanza.name() != u"presence");
    }

    // A request answered elsewhere (or withdrawn) is announced as resolved.
    QSignalSpy resolved(controller, &AccountController::subscriptionResolved);
    server.inject("<presence from='nurse@capulet.lit' type='subscribe'/>");
    QTRY_COMPARE(controller->subscriptionRequests().size(), 1);
    server.inject("<presence from='nurse@capulet.lit' type='unsubscribe'/>");
    QTRY_COMPARE(resolved.size(), 1);
    QCOMPARE(resolved.first().first().value<Jid>(), jid("nurse@capulet.lit"));
    QVERIFY(controller->subscriptionRequests().isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountManager)
#include "tst_accountmanager.moc"
