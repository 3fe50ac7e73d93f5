// Balcony's OMEMO against an implementation others wrote: the python-omemo peer (tests/e2e/peer_omemo.py, with its
// OMEMO 0.3 and OMEMO 2 backends, driven through OmemoPeer.h) on a real server. Balcony runs as a whole Account on a
// profile database (keys and sessions sealed in SQL), and sends through ChatSender as the desktop and the CLI do:
// - both ways in both formats while both are online;
// - to a peer that is offline (it logs in later, as the same device, and decrypts what the server kept);
// - from the peer while Balcony is offline (the next login decrypts it from the server's offline store);
// - a second Balcony device of the same account gets its own copy of what the peer sends, and a carbon of what the
//   first device sends;
// - the peer forgets its session: its next message is a new key exchange that Balcony accepts, and the
//   conversation goes on both ways.
#include "E2eSupport.h"
#include "OmemoPeer.h"
#include "account/Account.h"
#include "account/ChatSender.h"
#include "omemo/OmemoManager.h"
#include "storage/HistoryStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::test;

namespace {

constexpr int StepTimeoutMs = 30000;
const QString Password = u"secret"_s;

// One Balcony device: an Account on its own profile folder.
struct Device {
    Device(const XmppServerFixture &server, const QString &user, const QString &resource, const QString &profile)
    {
        AccountSettings settings;
        settings.connection = settingsFor(server, user, Password);
        settings.connection.jid = settings.connection.jid.withResource(resource);
        settings.profileDir = profile;
        settings.e2eScrypt = { 1024, 8, 1 }; // cheap: tests
        account = std::make_unique<Account>(settings);
    }
    bool start()
    {
        if (!account->isOpen() && !account->open().isOpen()) {
            return false;
        }
        account->connectToServer();
        return QTest::qWaitFor(
            [this] { return account->isOnline() && account->omemo()->isPublished(); }, StepTimeoutMs);
    }
    bool stop()
    {
        account->signOut();
        return QTest::qWaitFor(
            [this] { return account->connection().state() == ConnectionState::Disconnected; }, StepTimeoutMs);
    }
    // Sends through ChatSender, encryption required; the outcome.
    std::optional<ChatSender::Result> send(const Jid &to, const QString &body)
    {
        std::optional<ChatSender::Result> result;
        ChatSender::Options options;
        options.requireEncryption = true;
        account->chatSender()->send(to, body, options, [&result](const ChatSender::Result &r) { result = r; });
        static_cast<void>(QTest::qWaitFor([&result] { return result.has_value(); }, StepTimeoutMs));
        return result;
    }
    // The stored message of the conversation with `peer` that has `body`, if any.
    std::optional<StoredMessage> find(const Jid &peer, const QString &body) const
    {
        for (const StoredMessage &m : account->historyStore()->page(peer, 500)) {
            if (m.body == body) {
                return m;
            }
        }
        return std::nullopt;
    }
    bool waitFor(const Jid &peer, const QString &body) const
    {
        return QTest::qWaitFor([&] { return find(peer, body).has_value(); }, StepTimeoutMs);
    }
    std::unique_ptr<Account> account;
};

} // namespace

class TestE2eOmemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bothWaysOnline_data();
    void bothWaysOnline();
    void toAnOfflinePeer();
    void fromThePeerWhileOffline();
    void secondOwnDeviceGetsItsCopy();
    void peerHealsABrokenSession();

private:
    QString bare(const QString &user) const { return user + u'@' + m_server->domain(); }
    Jid jid(const QString &user) const { return *Jid::parse(bare(user)); }
    QString storeFile(const QString &name) const { return m_dir.filePath(name + u".json"_s); }
    QString profile(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<XmppServerFixture> m_server;
};

void TestE2eOmemo::initTestCase()
{
    BALCONY_REQUIRE_SERVER();
    QString why;
    if (!OmemoPeer::isAvailable(&why)) {
        QSKIP(qPrintable(why));
    }
    QVERIFY(m_dir.isValid());
    m_server = XmppServerFixture::create();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    for (const QString &user : { u"alice1"_s, u"bob1"_s, u"alice2"_s, u"bob2"_s, u"alice3"_s, u"bob3"_s, u"alice4"_s,
             u"bob4"_s, u"alice5"_s, u"bob5"_s }) {
        QVERIFY(m_server->registerUser(user, Password));
    }
}

void TestE2eOmemo::cleanupTestCase()
{
    m_server.reset();
}

void TestE2eOmemo::bothWaysOnline_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("OMEMO 0.3") << int(OmemoVersion::Legacy);
    QTest::newRow("OMEMO 2") << int(OmemoVersion::V2);
}

void TestE2eOmemo::bothWaysOnline()
{
    QFETCH(int, version);
    const auto v = OmemoVersion(version);
    const QString ns = v == OmemoVersion::Legacy ? OmemoPeer::OldNamespace : OmemoPeer::TwoNamespace;
    const QString suffix = v == OmemoVersion::Legacy ? u"old"_s : u"two"_s;
    Device alice(*m_server, u"alice1"_s, u"balcony-"_s + suffix, profile(u"alice1-"_s + suffix));
    QVERIFY(alice.start());
    alice.account->omemo()->setPreferredVersion(v);
    OmemoPeer bob;
    QVERIFY2(bob.start(*m_server, bare(u"bob1"_s) + u"/peer"_s, Password, storeFile(u"bob1-"_s + suffix)),
        qPrintable(bob.lastError()));

    // Balcony → peer.
    const QString toBob = u"OMEMO from Balcony ("_s + suffix + u"): ünïcödé <&>"_s;
    const std::optional<ChatSender::Result> sent = alice.send(jid(u"bob1"_s), toBob);
    QVERIFY(sent);
    QVERIFY2(sent->ok(), qPrintable(sent->message));
    QCOMPARE(sent->kind, v == OmemoVersion::Legacy ? MessageE2eKind::Omemo : MessageE2eKind::Omemo2);
    const std::optional<QJsonObject> got = bob.waitForMessage(bare(u"alice1"_s), toBob);
    QVERIFY2(got, qPrintable(bob.lastError()));
    QCOMPARE(got->value(u"namespace"_s).toString(), ns);
    QCOMPARE(got->value(u"device"_s).toInteger(), qint64(alice.account->omemo()->deviceId()));
    QCOMPARE(got->value(u"fingerprint"_s).toString(), alice.account->omemo()->ownFingerprint().remove(u' '));

    // Peer → Balcony, twice (the second on the completed session).
    for (const QString &text : { u"reply one from python-omemo"_s, u"reply two from python-omemo"_s }) {
        QVERIFY2(bob.send(bare(u"alice1"_s), text + u' ' + suffix, ns), qPrintable(bob.lastError()));
        QVERIFY(alice.waitFor(jid(u"bob1"_s), text + u' ' + suffix));
        const StoredMessage row = *alice.find(jid(u"bob1"_s), text + u' ' + suffix);
        QCOMPARE(row.e2e.kind, v == OmemoVersion::Legacy ? MessageE2eKind::Omemo : MessageE2eKind::Omemo2);
        QCOMPARE(row.e2e.status, MessageE2eStatus::Decrypted);
    }
    // Balcony knows the peer's device and its fingerprint, as the peer shows it.
    bool seen = false;
    for (const OmemoDevice &device : alice.account->omemo()->devices(jid(u"bob1"_s))) {
        if (device.version == v && device.id == quint32(bob.deviceId())) {
            seen = true;
            QCOMPARE(omemo::fingerprint(device.identityKey).remove(u' '), bob.fingerprint());
            QVERIFY(device.isTrusted());
        }
    }
    QVERIFY(seen);
    QVERIFY(alice.stop());
}

void TestE2eOmemo::toAnOfflinePeer()
{
    // The peer's device exists (its device list and bundles are on the server), then it goes offline.
    {
        OmemoPeer bob;
        QVERIFY2(bob.start(*m_server, bare(u"bob2"_s) + u"/peer"_s, Password, storeFile(u"bob2"_s)),
            qPrintable(bob.lastError()));
        QVERIFY(bob.run(QJsonObject { { u"cmd"_s, u"quit"_s } }));
    }
    Device alice(*m_server, u"alice2"_s, u"balcony"_s, profile(u"alice2"_s));
    QVERIFY(alice.start());
    const QStringList texts { u"first while you were away"_s, u"second while you were away"_s };
    for (const QString &text : texts) {
        const std::optional<ChatSender::Result> sent = alice.send(jid(u"bob2"_s), text);
        QVERIFY(sent && sent->ok());
    }
    QVERIFY(alice.stop());
    OmemoPeer bob;
    QVERIFY2(bob.start(*m_server, bare(u"bob2"_s) + u"/peer"_s, Password, storeFile(u"bob2"_s)),
        qPrintable(bob.lastError()));
    for (const QString &text : texts) {
        QVERIFY2(bob.waitForMessage(bare(u"alice2"_s), text), qPrintable(text));
    }
}

void TestE2eOmemo::fromThePeerWhileOffline()
{
    // Balcony's device is published, then it signs out; the peer writes; the next login decrypts it.
    Device alice(*m_server, u"alice3"_s, u"balcony"_s, profile(u"alice3"_s));
    QVERIFY(alice.start());
    QVERIFY(alice.stop());
    OmemoPeer bob;
    QVERIFY2(bob.start(*m_server, bare(u"bob3"_s) + u"/peer"_s, Password, storeFile(u"bob3"_s)),
        qPrintable(bob.lastError()));
    QVERIFY2(bob.send(bare(u"alice3"_s), u"written while Balcony was offline"_s, OmemoPeer::OldNamespace),
        qPrintable(bob.lastError()));
    QVERIFY2(
        bob.send(bare(u"alice3"_s), u"and in OMEMO 2 too"_s, OmemoPeer::TwoNamespace), qPrintable(bob.lastError()));
    QVERIFY(alice.start());
    QVERIFY(alice.waitFor(jid(u"bob3"_s), u"written while Balcony was offline"_s));
    QVERIFY(alice.waitFor(jid(u"bob3"_s), u"and in OMEMO 2 too"_s));
    QCOMPARE(alice.find(jid(u"bob3"_s), u"and in OMEMO 2 too"_s)->e2e.kind, MessageE2eKind::Omemo2);
    QVERIFY(alice.stop());
}

void TestE2eOmemo::secondOwnDeviceGetsItsCopy()
{
    Device first(*m_server, u"alice4"_s, u"desktop"_s, profile(u"alice4-desktop"_s));
    Device second(*m_server, u"alice4"_s, u"laptop"_s, profile(u"alice4-laptop"_s));
    QVERIFY(first.start());
    QVERIFY(second.start());
    QVERIFY(first.account->omemo()->deviceId() != second.account->omemo()->deviceId());
    OmemoPeer bob;
    QVERIFY2(bob.start(*m_server, bare(u"bob4"_s) + u"/peer"_s, Password, storeFile(u"bob4"_s)),
        qPrintable(bob.lastError()));
    // The peer encrypts for both of alice's devices: each decrypts its own copy.
    QVERIFY2(bob.send(bare(u"alice4"_s), u"to both of your devices"_s, OmemoPeer::TwoNamespace),
        qPrintable(bob.lastError()));
    QVERIFY(first.waitFor(jid(u"bob4"_s), u"to both of your devices"_s));
    QVERIFY(second.waitFor(jid(u"bob4"_s), u"to both of your devices"_s));
    // The first device learns of the second from the device list, and includes it: the carbon decrypts there.
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const OmemoDevice &device : first.account->omemo()->devices(jid(u"alice4"_s))) {
                if (device.id == second.account->omemo()->deviceId() && device.active) {
                    return true;
                }
            }
            return false;
        },
        StepTimeoutMs));
    const std::optional<ChatSender::Result> sent = first.send(jid(u"bob4"_s), u"sent from the desktop"_s);
    QVERIFY(sent && sent->ok());
    QVERIFY(bob.waitForMessage(bare(u"alice4"_s), u"sent from the desktop"_s));
    QVERIFY(second.waitFor(jid(u"bob4"_s), u"sent from the desktop"_s));
    const StoredMessage copy = *second.find(jid(u"bob4"_s), u"sent from the desktop"_s);
    QCOMPARE(copy.direction, MessageDirection::Outgoing);
    QCOMPARE(copy.e2e.status, MessageE2eStatus::Decrypted);
    QVERIFY(first.stop());
    QVERIFY(second.stop());
}

void TestE2eOmemo::peerHealsABrokenSession()
{
    Device alice(*m_server, u"alice5"_s, u"balcony"_s, profile(u"alice5"_s));
    QVERIFY(alice.start());
    OmemoPeer bob;
    QVERIFY2(bob.start(*m_server, bare(u"bob5"_s) + u"/peer"_s, Password, storeFile(u"bob5"_s)),
        qPrintable(bob.lastError()));
    QVERIFY(bob.send(bare(u"alice5"_s), u"before the break"_s, OmemoPeer::OldNamespace));
    QVERIFY(alice.waitFor(jid(u"bob5"_s), u"before the break"_s));
    // The peer forgets its session with Balcony's device: its next message is a new key exchange.
    QVERIFY(bob.run(QJsonObject { { u"cmd"_s, u"break-session"_s }, { u"jid"_s, bare(u"alice5"_s) },
        { u"device"_s, qint64(alice.account->omemo()->deviceId()) } }));
    QVERIFY(bob.send(bare(u"alice5"_s), u"after the break"_s, OmemoPeer::OldNamespace));
    QVERIFY(alice.waitFor(jid(u"bob5"_s), u"after the break"_s));
    QCOMPARE(alice.find(jid(u"bob5"_s), u"after the break"_s)->e2e.status, MessageE2eStatus::Decrypted);
    // And Balcony's answer reaches the peer on the new session.
    alice.account->omemo()->setPreferredVersion(OmemoVersion::Legacy);
    const std::optional<ChatSender::Result> sent = alice.send(jid(u"bob5"_s), u"healed"_s);
    QVERIFY(sent && sent->ok());
    QVERIFY(bob.waitForMessage(bare(u"alice5"_s), u"healed"_s));
    QVERIFY(alice.stop());
}

QTEST_MAIN(TestE2eOmemo)
#include "tst_e2e_omemo.moc"
