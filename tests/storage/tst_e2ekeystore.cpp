// E2eKeyStore: sealing under the account password (scrypt + AES-GCM), pinning of contacts' keys, XEP-0187
// option records with replay sets, persisted sessions, policies and history marks; SqlE2eKeyStore and the
// in-memory twin agree on the rules, and a deleted secret is gone from the database files.

#include "TestJid.h"
#include "storage/Database.h"
#include "storage/MemoryE2eKeyStore.h"
#include "storage/SqlE2eKeyStore.h"
#include "storage/SqlHistoryStore.h"

#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::jid;

namespace {

// Cheap scrypt for tests; the production default is N = 2^15.
crypto::ScryptParameters cheapScrypt()
{
    crypto::ScryptParameters p;
    p.n = 1 << 10;
    return p;
}

OfflineOptionRecord optionRecord(const QByteArray &nonce, const QByteArray &x14, const QByteArray &x5)
{
    OfflineOptionRecord record;
    record.node = u"http://www.xmpp.org/extensions/xep-0187.html#ns"_s;
    record.nonce = nonce;
    record.secret = crypto::SecretBytes(QByteArray(x14 + '|' + x5));
    record.expires = QDateTime::fromMSecsSinceEpoch(1'900'000'000'000, Qt::UTC);
    record.published = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    return record;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestE2eKeyStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void rules_data();
    void rules();
    void lockedStoreRefusesSecrets();
    void passphraseSticksAcrossInstances();
    void beginUnlockDerivesOffTheCallingThread();
    void ownKeyIsSealedAtRest();
    void changePassphraseReseals();
    void secretsAreSealedResealedAndDeleted();
    void omemoDevicesWorkLockedAndKeepTrust_data();
    void omemoDevicesWorkLockedAndKeepTrust();
    void changePassphraseLaterDerivesOffTheCallersThread();
    void blobsDoNotOpenInAnotherRow();
    void deletedSecretsLeaveNoTrace_data();
    void deletedSecretsLeaveNoTrace();
    void secureDeleteIsOn();
    void markFollowsMessage();
    void markIsPartOfTheRow();
    void marksMoveIntoRowsOnMigration();

private:
    std::unique_ptr<E2eKeyStore> makeStore(bool sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestE2eKeyStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->path());
    QVERIFY(m_db->open().isOpen());
}

void TestE2eKeyStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<E2eKeyStore> TestE2eKeyStore::makeStore(bool sql)
{
    if (sql) {
        return std::make_unique<SqlE2eKeyStore>(*m_db, cheapScrypt());
    }
    return std::make_unique<MemoryE2eKeyStore>();
}

void TestE2eKeyStore::rules_data()
{
    QTest::addColumn<bool>("sql");
    QTest::newRow("sql") << true;
    QTest::newRow("memory") << false;
}

// The behaviour both implementations share.
void TestE2eKeyStore::rules()
{
    QFETCH(bool, sql);
    std::unique_ptr<E2eKeyStore> store = makeStore(sql);
    QVERIFY(store->unlock("secret"));
    QVERIFY(!store->unlock("wrong"));
    QVERIFY(store->isUnlocked());

    // Own key.
    QVERIFY(!store->ownKey());
    QVERIFY(store->setOwnKey(crypto::SecretBytes(QByteArrayView("pkcs8-bytes"))));
    QCOMPARE(store->ownKey()->toByteArray(), QByteArray("pkcs8-bytes"));

    // Contacts' keys: the first is pinned, a later one is not trusted until verified.
    const Jid bob = jid(u"bob@example.com/laptop"_s);
    const QDateTime t1 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    const auto first = store->addContactKey(bob, "der1", "fp1", KeySource::Xep0189, t1);
    QVERIFY(first);
    QVERIFY(first->pinned);
    QVERIFY(first->isTrusted());
    QCOMPARE(first->jid, jid(u"bob@example.com"_s));
    const auto second = store->addContactKey(bob, "der2", "fp2", KeySource::Xep0189, t1.addSecs(60));
    QVERIFY(second);
    QVERIFY(!second->pinned);
    QVERIFY(!second->isTrusted());
    const auto again = store->addContactKey(bob, "der1", "fp1", KeySource::Manual, t1.addSecs(120));
    QCOMPARE(again, first); // known: nothing changes
    QVERIFY(store->setKeyVerified(bob, "fp2", true));
    QList<ContactKey> keys = store->contactKeys(bob);
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys[0].fingerprint, QByteArray("fp1"));
    QVERIFY(keys[1].verified && keys[1].isTrusted());
    QVERIFY(!store->setKeyVerified(bob, "nope", true));
    QCOMPARE(store->allContactKeys().size(), 2);
    QVERIFY(store->removeContactKey(bob, "fp2"));
    QCOMPARE(store->contactKeys(bob).size(), 1);

    // Offline option records and their replay sets.
    const auto id = store->addOfflineOptions(optionRecord("NA-1", "x14", "x5"));
    QVERIFY(id);
    QVERIFY(!store->addOfflineOptions(optionRecord("NA-1", "other", "other"))); // N_A is unique
    const auto record = store->offlineOptions("NA-1");
    QVERIFY(record);
    QCOMPARE(record->id, *id);
    QCOMPARE(record->secret.toByteArray(), QByteArray("x14|x5"));
    QCOMPARE(record->expires, QDateTime::fromMSecsSinceEpoch(1'900'000'000'000, Qt::UTC));
    QVERIFY(!store->offlineOptions("NA-2"));
    QCOMPARE(store->offlineOptionIds(record->node), QList<qint64> { *id });
    QVERIFY(store->offlineOptionIds(u"other-node"_s).isEmpty());

    QVERIFY(!store->wasUsed(*id, "d1", "nb1"));
    QVERIFY(store->recordUse(*id, "d1", "nb1"));
    QVERIFY(store->wasUsed(*id, "d1", "other"));
    QVERIFY(store->wasUsed(*id, "other", "nb1"));
    QVERIFY(!store->wasUsed(*id, "other", "other"));
    QVERIFY(!store->recordUse(*id, "d1", "nb2")); // d replayed
    QVERIFY(!store->recordUse(*id, "d2", "nb1")); // N_B replayed
    QVERIFY(store->recordUse(*id, "d2", "nb2")); // the refused attempts recorded nothing
    const auto other = store->addOfflineOptions(optionRecord("NA-2", "y14", "y5"));
    QVERIFY(other);
    QVERIFY(store->recordUse(*other, "d1", "nb1")); // replay sets are per option set
    QVERIFY(store->removeOfflineOptions(*id));
    QVERIFY(!store->offlineOptions("NA-1"));
    QVERIFY(!store->removeOfflineOptions(*id));

    // Sessions.
    StoredSession session { bob, E2eDirection::Sending, u"thread-1"_s, crypto::SecretBytes(QByteArrayView("state-1")),
        t1, u"home"_s };
    QVERIFY(store->saveSession(session));
    StoredSession newer { bob, E2eDirection::Sending, u"thread-2"_s, crypto::SecretBytes(QByteArrayView("state-2")),
        t1.addSecs(5), QString() };
    QVERIFY(store->saveSession(newer));
    session.state = crypto::SecretBytes(QByteArrayView("state-1b"));
    QVERIFY(store->saveSession(session)); // replaces
    QCOMPARE(store->session(bob, E2eDirection::Sending, u"thread-1"_s)->state.toByteArray(), QByteArray("state-1b"));
    // XEP-0187 §3.3: the match_resource a session addresses comes back with it; none is an empty string.
    QCOMPARE(store->session(bob, E2eDirection::Sending, u"thread-1"_s)->resource, u"home"_s);
    QCOMPARE(store->session(bob, E2eDirection::Sending, u"thread-2"_s)->resource, QString());
    QVERIFY(!store->session(bob, E2eDirection::Receiving, u"thread-1"_s));
    QCOMPARE(store->sessionThreads(bob, E2eDirection::Sending), (QStringList { u"thread-2"_s, u"thread-1"_s }));
    QVERIFY(store->removeSession(bob, E2eDirection::Sending, u"thread-2"_s));
    QCOMPARE(store->sessionThreads(bob, E2eDirection::Sending), QStringList { u"thread-1"_s });

    // Policies: the global default applies to contacts without their own.
    QCOMPARE(store->effectivePolicy(bob), E2ePolicy::WhenPossible);
    QVERIFY(store->setPolicy(Jid(), E2ePolicy::Always));
    QCOMPARE(store->effectivePolicy(bob), E2ePolicy::Always);
    QVERIFY(store->setPolicy(bob, E2ePolicy::Never));
    QCOMPARE(store->effectivePolicy(bob), E2ePolicy::Never);
    QCOMPARE(store->ownPolicy(jid(u"bob@example.com"_s)), E2ePolicy::Never);
    QVERIFY(store->setPolicy(bob, std::nullopt));
    QCOMPARE(store->effectivePolicy(bob), E2ePolicy::Always);
}

void TestE2eKeyStore::lockedStoreRefusesSecrets()
{
    SqlE2eKeyStore store(*m_db, cheapScrypt());
    QVERIFY(!store.isUnlocked());
    QVERIFY(!store.setOwnKey(crypto::SecretBytes(QByteArrayView("k"))));
    QVERIFY(!store.addOfflineOptions(optionRecord("NA", "x", "y")));
    QVERIFY(!store.saveSession({ jid(u"bob@example.com"_s), E2eDirection::Sending, u"t"_s,
        crypto::SecretBytes(QByteArrayView("s")), {}, {} }));
    // Public material works locked.
    QVERIFY(store.addContactKey(jid(u"bob@example.com"_s), "der", "fp", KeySource::Manual));
    QVERIFY(store.setPolicy(Jid(), E2ePolicy::Never));
}

void TestE2eKeyStore::passphraseSticksAcrossInstances()
{
    {
        SqlE2eKeyStore store(*m_db, cheapScrypt());
        QVERIFY(store.unlock("correct horse"));
        QVERIFY(store.setOwnKey(crypto::SecretBytes(QByteArrayView("my key"))));
        QVERIFY(store.addOfflineOptions(optionRecord("NA", "x14", "x5")));
    }
    SqlE2eKeyStore wrong(*m_db, cheapScrypt());
    QVERIFY(!wrong.unlock("battery staple"));
    QVERIFY(!wrong.isUnlocked());
    QVERIFY(!wrong.ownKey());
    SqlE2eKeyStore right(*m_db);
    QVERIFY(right.unlock("correct horse")); // the stored scrypt parameters, not the constructor's, apply
    QCOMPARE(right.ownKey()->toByteArray(), QByteArray("my key"));
    QCOMPARE(right.offlineOptions("NA")->secret.toByteArray(), QByteArray("x14|x5"));
}

void TestE2eKeyStore::beginUnlockDerivesOffTheCallingThread()
{
    // Issue 12: scrypt at the production cost (N = 2^15, 32 MiB) runs while this thread's event loop turns;
    // what needs the secrets (isUnlocked(), ownKey()) waits for it and then sees the true outcome.
    {
        SqlE2eKeyStore first(*m_db); // production parameters
        first.beginUnlock("correct horse");
        int turns = 0;
        QTimer heartbeat;
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            if (first.isUnlocking()) {
                ++turns;
            }
        });
        heartbeat.start(0);
        QTRY_VERIFY_WITH_TIMEOUT(!first.isUnlocking(), 60000);
        heartbeat.stop();
        QVERIFY2(turns > 0, "the event loop did not turn while the key was derived");
        QVERIFY(first.isUnlocked()); // first use: the salt and check value are stored now
        QVERIFY(first.setOwnKey(crypto::SecretBytes(QByteArrayView("my key"))));
    }
    // The secrets wait for a derivation still running, and a wrong passphrase stays locked.
    SqlE2eKeyStore wrong(*m_db);
    wrong.beginUnlock("battery staple");
    QVERIFY(!wrong.ownKey());
    QVERIFY(!wrong.isUnlocked());
    QVERIFY(!wrong.isUnlocking());
    SqlE2eKeyStore right(*m_db);
    right.beginUnlock("correct horse");
    QCOMPARE(right.ownKey()->toByteArray(), QByteArray("my key"));
    QVERIFY(right.isUnlocked());
    // A later unlock() with the wrong passphrase reports the failure and keeps the store unlocked, as before.
    QVERIFY(!right.unlock("battery staple"));
    QVERIFY(right.isUnlocked());
}

void TestE2eKeyStore::ownKeyIsSealedAtRest()
{
    SqlE2eKeyStore store(*m_db, cheapScrypt());
    QVERIFY(store.unlock("pw"));
    const QByteArray marker = "-----PRIVATE-KEY-MARKER-0123456789-----";
    QVERIFY(store.setOwnKey(crypto::SecretBytes(marker)));
    QSqlQuery query(m_db->sql());
    QVERIFY(query.exec(u"SELECT sealed FROM e2e_own_key"_s) && query.next());
    const QByteArray sealed = query.value(0).toByteArray();
    QVERIFY(!sealed.contains(marker));
    QCOMPARE(sealed.size(), marker.size() + 12 + 16); // nonce ‖ ciphertext ‖ tag
    const QString path = m_db->filePath();
    QVERIFY(!fileBytes(path).contains(marker));
    QVERIFY(!fileBytes(path + u"-wal"_s).contains(marker));
    QVERIFY(fileBytes(path).contains(sealed) || fileBytes(path + u"-wal"_s).contains(sealed));
}

void TestE2eKeyStore::changePassphraseReseals()
{
    SqlE2eKeyStore store(*m_db, cheapScrypt());
    QVERIFY(store.unlock("old"));
    QVERIFY(store.setOwnKey(crypto::SecretBytes(QByteArrayView("k"))));
    QVERIFY(store.addOfflineOptions(optionRecord("NA", "x14", "x5")));
    QVERIFY(store.saveSession({ jid(u"bob@example.com"_s), E2eDirection::Receiving, u"t"_s,
        crypto::SecretBytes(QByteArrayView("s")), {}, {} }));
    QVERIFY(!store.changePassphrase("not the old one", "new"));
    QVERIFY(store.changePassphrase("old", "new"));

    SqlE2eKeyStore reopened(*m_db, cheapScrypt());
    QVERIFY(!reopened.unlock("old"));
    QVERIFY(reopened.unlock("new"));
    QCOMPARE(reopened.ownKey()->toByteArray(), QByteArray("k"));
    QCOMPARE(reopened.offlineOptions("NA")->secret.toByteArray(), QByteArray("x14|x5"));
    QCOMPARE(reopened.session(jid(u"bob@example.com"_s), E2eDirection::Receiving, u"t"_s)->state.toByteArray(),
        QByteArray("s"));
}

void TestE2eKeyStore::secretsAreSealedResealedAndDeleted()
{
    const QByteArray marker = "omemo-session-state-marker-0123456789";
    {
        SqlE2eKeyStore store(*m_db, cheapScrypt());
        QVERIFY(!store.setSecret(u"omemo-session"_s, u"0:bob@example.com:7"_s, crypto::SecretBytes(marker))); // locked
        QVERIFY(store.unlock("old"));
        QVERIFY(store.setSecret(u"omemo-session"_s, u"0:bob@example.com:7"_s, crypto::SecretBytes(marker)));
        std::vector<std::pair<QString, crypto::SecretBytes>> batch;
        batch.emplace_back(u"0:bob@example.com:8"_s, crypto::SecretBytes(QByteArrayView("eight")));
        batch.emplace_back(u"1:bob@example.com:9"_s, crypto::SecretBytes(QByteArrayView("nine")));
        QVERIFY(store.setSecrets(u"omemo-session"_s, batch));
        QCOMPARE(store.secretNames(u"omemo-session"_s).size(), 3);
        QVERIFY(store.secretNames(u"omemo-prekey"_s).isEmpty());
        const QString path = m_db->filePath();
        QVERIFY(!fileBytes(path).contains(marker) && !fileBytes(path + u"-wal"_s).contains(marker));
        // A blob moved to another name does not open there.
        QSqlQuery swap(m_db->sql());
        QVERIFY(swap.exec(u"UPDATE e2e_secret SET sealed = (SELECT sealed FROM e2e_secret WHERE name = "
                          "'0:bob@example.com:7') WHERE name = '0:bob@example.com:8'"_s));
        QVERIFY(!store.secret(u"omemo-session"_s, u"0:bob@example.com:8"_s));
        // A blob that does not open stops a passphrase change (nothing would be re-sealed): the swapped one goes.
        QVERIFY(!store.changePassphrase("old", "new"));
        QVERIFY(store.removeSecret(u"omemo-session"_s, u"0:bob@example.com:8"_s));
        QVERIFY(store.changePassphrase("old", "new"));
    }
    SqlE2eKeyStore reopened(*m_db, cheapScrypt());
    QVERIFY(!reopened.unlock("old"));
    QVERIFY(reopened.unlock("new"));
    QCOMPARE(reopened.secret(u"omemo-session"_s, u"0:bob@example.com:7"_s)->toByteArray(), marker);
    QCOMPARE(reopened.secret(u"omemo-session"_s, u"1:bob@example.com:9"_s)->toByteArray(), QByteArray("nine"));
    QVERIFY(reopened.removeSecret(u"omemo-session"_s, u"0:bob@example.com:7"_s));
    QVERIFY(!reopened.removeSecret(u"omemo-session"_s, u"0:bob@example.com:7"_s));
    QVERIFY(!reopened.secret(u"omemo-session"_s, u"0:bob@example.com:7"_s));
}

void TestE2eKeyStore::omemoDevicesWorkLockedAndKeepTrust_data()
{
    QTest::addColumn<bool>("sql");
    QTest::newRow("sql") << true;
    QTest::newRow("memory") << false;
}

void TestE2eKeyStore::omemoDevicesWorkLockedAndKeepTrust()
{
    QFETCH(bool, sql);
    std::unique_ptr<E2eKeyStore> store = sql ? std::unique_ptr<E2eKeyStore>(new SqlE2eKeyStore(*m_db, cheapScrypt()))
                                             : std::unique_ptr<E2eKeyStore>(new MemoryE2eKeyStore);
    const Jid bob = jid(u"bob@example.com"_s);
    const QDateTime seen = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    OmemoDevice device { bob, OmemoVersion::V2, 0x7fffffff, QByteArray(33, '\x05'), OmemoTrust::Blind, true, u"Phone"_s,
        seen, seen };
    QVERIFY(store->saveOmemoDevice(device)); // no secret: works locked
    OmemoDevice legacy = device;
    legacy.version = OmemoVersion::Legacy;
    legacy.id = 42;
    legacy.label.clear();
    legacy.identityKey.clear();
    QVERIFY(store->saveOmemoDevice(legacy));
    QCOMPARE(store->omemoDevice(bob, OmemoVersion::V2, 0x7fffffff), device);
    QCOMPARE(store->omemoDevices(bob).size(), 2);
    QCOMPARE(store->omemoDevices(bob).first().version, OmemoVersion::Legacy); // by version, then id
    device.trust = OmemoTrust::Verified;
    device.active = false;
    QVERIFY(store->saveOmemoDevice(device));
    QCOMPARE(store->omemoDevice(bob, OmemoVersion::V2, 0x7fffffff)->trust, OmemoTrust::Verified);
    QVERIFY(!store->omemoDevice(bob, OmemoVersion::V2, 0x7fffffff)->active);
    QCOMPARE(store->allOmemoDevices().size(), 2);
    QVERIFY(store->removeOmemoDevice(bob, OmemoVersion::Legacy, 42));
    QVERIFY(!store->omemoDevice(bob, OmemoVersion::Legacy, 42));
    QVERIFY(!store->saveOmemoDevice(OmemoDevice())); // no JID, no id
}

void TestE2eKeyStore::changePassphraseLaterDerivesOffTheCallersThread()
{
    SqlE2eKeyStore store(*m_db, cheapScrypt());
    QVERIFY(store.unlock("old"));
    QVERIFY(store.setOwnKey(crypto::SecretBytes(QByteArrayView("k"))));
    QObject context;

    // The wrong old passphrase: refused, later, and nothing changes.
    std::optional<bool> outcome;
    store.changePassphraseLater("not the old one", "new", &context, [&](bool ok) { outcome = ok; });
    QVERIFY(!outcome); // never from inside the call
    QTRY_VERIFY(outcome);
    QVERIFY(!*outcome);

    // The right one: the derivations run on a pool thread, the answer comes through the event loop. With the
    // pool's only thread held, nothing can answer however long this thread's event loop runs.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int maxThreads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    QSemaphore hold;
    pool->start([&hold] { hold.acquire(); });
    outcome.reset();
    store.changePassphraseLater("old", "new", &context, [&](bool ok) { outcome = ok; });
    QTest::qWait(50);
    QVERIFY(!outcome);
    hold.release();
    QTRY_VERIFY(outcome);
    pool->setMaxThreadCount(maxThreads);
    QVERIFY(*outcome);
    QCOMPARE(store.ownKey()->toByteArray(), QByteArray("k"));
    SqlE2eKeyStore reopened(*m_db, cheapScrypt());
    QVERIFY(!reopened.unlock("old"));
    QVERIFY(reopened.unlock("new"));
    QCOMPARE(reopened.ownKey()->toByteArray(), QByteArray("k"));

    // The caller gone before the keys are derived: no answer, no change.
    bool answered = false;
    {
        QObject shortLived;
        store.changePassphraseLater("new", "newer", &shortLived, [&](bool) { answered = true; });
    }
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(20);
    QVERIFY(!answered);
    SqlE2eKeyStore again(*m_db, cheapScrypt());
    QVERIFY(again.unlock("new"));

    // The store gone first: the derivation ends harmlessly.
    {
        SqlE2eKeyStore doomed(*m_db, cheapScrypt());
        QVERIFY(doomed.unlock("new"));
        doomed.changePassphraseLater("new", "newest", &context, [&](bool) { answered = true; });
    }
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(20);
    QVERIFY(!answered);
}

void TestE2eKeyStore::blobsDoNotOpenInAnotherRow()
{
    SqlE2eKeyStore store(*m_db, cheapScrypt());
    QVERIFY(store.unlock("pw"));
    QVERIFY(store.addOfflineOptions(optionRecord("NA-1", "x-one", "y")));
    QVERIFY(store.addOfflineOptions(optionRecord("NA-2", "x-two", "y")));
    // An attacker with write access swaps the sealed values: the associated data no longer matches.
    QSqlQuery swap(m_db->sql());
    QVERIFY(swap.exec(u"UPDATE e2e_offline_option SET sealed = (SELECT sealed FROM e2e_offline_option "
                      "WHERE nonce = CAST('NA-2' AS BLOB)) WHERE nonce = CAST('NA-1' AS BLOB)"_s));
    QCOMPARE(swap.numRowsAffected(), 1);
    QVERIFY(!store.offlineOptions("NA-1"));
    QVERIFY(store.offlineOptions("NA-2"));
}

void TestE2eKeyStore::deletedSecretsLeaveNoTrace_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("offline options") << u"options"_s;
    QTest::newRow("session") << u"session"_s;
    QTest::newRow("own key") << u"own key"_s;
}

// secure_delete overwrites the freed cells, and the store truncates the WAL after deleting a secret: the
// sealed bytes must be in the files before and in neither file after.
void TestE2eKeyStore::deletedSecretsLeaveNoTrace()
{
    QFETCH(QString, what);
    SqlE2eKeyStore store(*m_db, cheapScrypt());
    QVERIFY(store.unlock("pw"));
    const Jid bob = jid(u"bob@example.com"_s);
    QString table;
    if (what == u"options"_s) {
        QVERIFY(store.addOfflineOptions(optionRecord("NA", "x14-secret", "x5-secret")));
        table = u"e2e_offline_option"_s;
    } else if (what == u"session"_s) {
        QVERIFY(store.saveSession(
            { bob, E2eDirection::Sending, u"t"_s, crypto::SecretBytes(QByteArrayView("session-state")), {}, {} }));
        table = u"e2e_session"_s;
    } else {
        QVERIFY(store.setOwnKey(crypto::SecretBytes(QByteArrayView("pkcs8"))));
        table = u"e2e_own_key"_s;
    }
    QSqlQuery query(m_db->sql());
    QVERIFY(query.exec(u"SELECT sealed FROM "_s + table) && query.next());
    const QByteArray sealed = query.value(0).toByteArray();
    query.finish();
    QVERIFY(sealed.size() >= 28);
    const QString path = m_db->filePath();
    QVERIFY(fileBytes(path).contains(sealed) || fileBytes(path + u"-wal"_s).contains(sealed));

    if (what == u"options"_s) {
        QVERIFY(store.removeOfflineOptions(store.offlineOptionIds().constFirst()));
    } else if (what == u"session"_s) {
        QVERIFY(store.removeSession(bob, E2eDirection::Sending, u"t"_s));
    } else {
        QVERIFY(store.removeOwnKey());
    }
    QVERIFY(!fileBytes(path).contains(sealed));
    QVERIFY(!fileBytes(path + u"-wal"_s).contains(sealed));
}

void TestE2eKeyStore::secureDeleteIsOn()
{
    QSqlQuery query(m_db->sql());
    QVERIFY(query.exec(u"PRAGMA secure_delete"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestE2eKeyStore::markFollowsMessage()
{
    SqlHistoryStore history(*m_db);
    StoredMessage message;
    message.conversation = jid(u"bob@example.com"_s);
    message.from = jid(u"bob@example.com/laptop"_s);
    message.to = jid(u"alice@example.org/pda"_s);
    message.body = u"hello"_s;
    message.receivedTime = QDateTime::currentDateTimeUtc();
    const qint64 id = history.insert(message);
    QVERIFY(id > 0);
    SqlE2eKeyStore store(*m_db, cheapScrypt());
    const MessageE2eMark mark { id, MessageE2eKind::OfflineEsession, MessageE2eStatus::Decrypted,
        QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC), QString() };
    QVERIFY(store.setMessageMark(mark));
    QCOMPARE(store.messageMark(id), mark);
    QVERIFY(!store.setMessageMark({ id + 100, MessageE2eKind::OfflineEsession, MessageE2eStatus::Rejected, {}, {} }));
    QVERIFY(history.remove(id));
    QVERIFY(!store.messageMark(id));
}

void TestE2eKeyStore::markIsPartOfTheRow()
{
    // Stored with the message (one insert), returned by every read of the history, seen by the key store too.
    SqlHistoryStore history(*m_db);
    StoredMessage message;
    message.conversation = jid(u"bob@example.com"_s);
    message.from = jid(u"bob@example.com/laptop"_s);
    message.to = jid(u"alice@example.org/pda"_s);
    message.body = u"[Encrypted message that could not be read: bad MAC]"_s;
    message.receivedTime = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    message.e2e = { MessageE2eKind::OnlineEsession, MessageE2eStatus::Rejected, QDateTime(), u"bad MAC"_s };
    const qint64 id = history.insert(message);
    QVERIFY(id > 0);
    message.id = id;
    QCOMPARE(history.message(id), std::optional<StoredMessage>(message));
    QCOMPARE(history.page(message.conversation, 10).constFirst().e2e, message.e2e);
    QCOMPARE(history.conversations().constFirst().last.e2e, message.e2e);
    SqlE2eKeyStore store(*m_db, cheapScrypt());
    QCOMPARE(store.messageMark(id), MessageE2eMark::of(id, message.e2e));
    // A plaintext message has no mark, and a mark of kind None is refused.
    StoredMessage plain = message;
    plain.body = u"hello"_s;
    plain.messageId = u"other"_s;
    plain.e2e = {};
    const qint64 plainId = history.insert(plain);
    QCOMPARE(history.message(plainId)->e2e, MessageE2e());
    QVERIFY(!store.messageMark(plainId));
    QVERIFY(!store.setMessageMark(MessageE2eMark::of(plainId, {})));
}

void TestE2eKeyStore::marksMoveIntoRowsOnMigration()
{
    // Version 7 moved the message_e2e side table into the message rows: what version 6 stored survives.
    QTemporaryDir dir;
    qint64 marked = 0;
    qint64 plain = 0;
    {
        Database old(dir.path());
        QCOMPARE(old.open(6).version, 6);
        QSqlQuery query(old.sql());
        for (const char *body : { "decrypted", "plain" }) {
            QVERIFY(query.exec(
                u"INSERT INTO message (conversation, type, direction, sender, from_jid, to_jid, body, "
                "sort_time, state, flags) VALUES ('bob@example.com', 0, 0, 'bob@example.com', "
                "'bob@example.com/laptop', 'alice@example.org/pda', '%1', 1, 6, 0)"_s.arg(QString::fromLatin1(body))));
            (marked == 0 ? marked : plain) = query.lastInsertId().toLongLong();
        }
        QVERIFY(query.exec(u"INSERT INTO message_e2e (message_id, kind, status, created, detail) VALUES (%1, 1, 1, "
                           "1700000000000, NULL)"_s.arg(marked)));
    }
    Database db(dir.path());
    QCOMPARE(db.open().version, Database::latestVersion());
    SqlHistoryStore history(db);
    const MessageE2e expected { MessageE2eKind::OfflineEsession, MessageE2eStatus::Decrypted,
        QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC), QString() };
    QCOMPARE(history.message(marked)->e2e, expected);
    QCOMPARE(history.message(plain)->e2e, MessageE2e());
    QSqlQuery query(db.sql());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'message_e2e'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestE2eKeyStore)
#include "tst_e2ekeystore.moc"
