// The independent OMEMO peer (tests/e2e/peer_omemo.py: python-omemo with its OMEMO 0.3 and OMEMO 2 backends on
// slixmpp, driven through OmemoPeer.h) against a real server, two peers talking to each other. This proves the peer
// itself before Balcony's OMEMO tests rely on it: it publishes device lists and bundles that another client can
// fetch, exchanges messages both ways in both namespaces, online and through the server's offline storage (the
// receiver's device created earlier, its state kept in its store file), sees another device of a contact through
// the device list, heals a broken session with a key exchange (or replaces it on request), sends a heartbeat after 53
// unanswered messages, refuses a distrusted device and survives malformed OMEMO elements.
#include "E2eSupport.h"
#include "OmemoPeer.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using balcony::test::OmemoPeer;
using balcony::test::XmppServerFixture;

namespace {
constexpr int StepTimeoutMs = 30000;

QString passwordOf(const QString &user)
{
    return u"pw-"_s + user;
}

QJsonObject cmd(const QString &name, std::initializer_list<std::pair<QString, QJsonValue>> fields = {})
{
    QJsonObject command { { u"cmd"_s, name } };
    for (const auto &[key, value] : fields) {
        command.insert(key, value);
    }
    return command;
}

// The device with `id` in a "devices" answer (an empty object if absent).
QJsonObject deviceIn(const QJsonArray &devices, qint64 id)
{
    for (const QJsonValue &device : devices) {
        if (device.toObject().value(u"id"_s).toInteger() == id) {
            return device.toObject();
        }
    }
    return {};
}
} // namespace

class TestE2eOmemoPeer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void publishesDeviceListsAndBundles();
    void onlineBothWays_data();
    void onlineBothWays();
    void offlineBothWays_data();
    void offlineBothWays();
    void secondDeviceOfContact();
    void brokenSessionHeals_data();
    void brokenSessionHeals();
    void heartbeatAfterManyMessages_data();
    void heartbeatAfterManyMessages();
    void distrustedDevice();
    void malformedInput();

private:
    QString bare(const QString &user) const { return user + u'@' + m_server->domain(); }
    QString store(const QString &name) const { return m_dir.filePath(name + u".json"_s); }
    // Starts `user`'s peer with the store `storeName` (default: the user's name) and resource `resource`.
    std::unique_ptr<OmemoPeer> startPeer(
        const QString &user, const QString &storeName = {}, const QString &resource = u"omemo"_s)
    {
        auto peer = std::make_unique<OmemoPeer>();
        if (!peer->start(*m_server, bare(user) + u'/' + resource, passwordOf(user),
                store(storeName.isEmpty() ? user : storeName))) {
            qWarning("%s: %s", qPrintable(user), qPrintable(peer->errorString()));
            return nullptr;
        }
        return peer;
    }
    // `from` sends `body` to `toUser` in `ns` and `to` decrypts it from `from`'s device; returns the "message" event.
    QJsonObject exchange(OmemoPeer &from, const QString &fromUser, OmemoPeer &to, const QString &toUser,
        const QString &body, const QString &ns)
    {
        const auto sent = from.send(bare(toUser), body, ns);
        if (!sent) {
            qWarning("send failed: %s", qPrintable(from.lastError()));
            return {};
        }
        const auto message = to.waitForMessage(bare(fromUser), body, StepTimeoutMs);
        return message.value_or(QJsonObject {});
    }

    std::unique_ptr<XmppServerFixture> m_server;
    QTemporaryDir m_dir;
};

void TestE2eOmemoPeer::initTestCase()
{
    BALCONY_REQUIRE_SERVER();
    QString why;
    if (!OmemoPeer::isAvailable(&why)) {
        QSKIP(qPrintable(why));
    }
    QVERIFY(m_dir.isValid());
    m_server = XmppServerFixture::create();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    for (const QString &user :
        { u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"erin"_s, u"frank"_s, u"grace"_s, u"heidi"_s, u"ivan"_s,
            u"judy"_s, u"mallory"_s, u"olivia"_s, u"peggy"_s, u"quentin"_s, u"rupert"_s, u"sybil"_s, u"trent"_s,
            u"uma"_s, u"victor"_s, u"walter"_s, u"xavier"_s, u"alba"_s, u"bert"_s, u"cleo"_s, u"dora"_s }) {
        QVERIFY2(m_server->registerUser(user, passwordOf(user)), qPrintable(m_server->errorString()));
    }
}

void TestE2eOmemoPeer::cleanupTestCase()
{
    m_server.reset();
}

// What a contact sees: both namespaces' device lists name the peer's one device, and its bundles give the identity
// key the peer reports (same key, same fingerprint, in both namespaces). A restart with the same store keeps the
// device id and key.
void TestE2eOmemoPeer::publishesDeviceListsAndBundles()
{
    auto alice = startPeer(u"alice"_s);
    QVERIFY(alice);
    QVERIFY(alice->deviceId() > 0 && alice->deviceId() < (qint64(1) << 31));
    QCOMPARE(alice->fingerprint().size(), 64);
    // The first run published two bundles and two device lists.
    int published = 0;
    for (const QJsonObject &e : alice->pendingEvents()) {
        published += e.value(u"event"_s).toString() == u"published"_s;
    }
    QVERIFY2(published >= 4, qPrintable(QString::number(published)));

    auto bob = startPeer(u"bob"_s);
    QVERIFY(bob);
    QVERIFY(bob->deviceId() != alice->deviceId());
    const auto devices = bob->devices(bare(u"alice"_s));
    QVERIFY2(devices, qPrintable(bob->lastError()));
    QCOMPARE(devices->size(), 1);
    const QJsonObject device = deviceIn(*devices, alice->deviceId());
    QCOMPARE(device.value(u"fingerprint"_s).toString(), alice->fingerprint());
    QCOMPARE(device.value(u"namespaces"_s).toArray(), (QJsonArray { u"oldmemo"_s, u"twomemo"_s }));
    QCOMPARE(device.value(u"trust"_s).toString(), u"undecided"_s);

    QVERIFY(alice->request(cmd(u"own"_s)));
    const auto own = alice->waitFor(u"own");
    QVERIFY(own);
    QCOMPARE(own->value(u"device"_s).toInteger(), alice->deviceId());
    QCOMPARE(own->value(u"fingerprint"_s).toString(), alice->fingerprint());
    QCOMPARE(own->value(u"others"_s).toArray().size(), 0);

    const qint64 id = alice->deviceId();
    const QString fingerprint = alice->fingerprint();
    alice->stop();
    alice = startPeer(u"alice"_s);
    QVERIFY(alice);
    QCOMPARE(alice->deviceId(), id);
    QCOMPARE(alice->fingerprint(), fingerprint);
    const auto again = bob->devices(bare(u"alice"_s));
    QVERIFY(again);
    QCOMPARE(again->size(), 1);
}

void TestE2eOmemoPeer::onlineBothWays_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("OMEMO 0.3") << OmemoPeer::OldNamespace << u"carol"_s << u"dave"_s;
    QTest::newRow("OMEMO 2") << OmemoPeer::TwoNamespace << u"erin"_s << u"frank"_s;
}

// A first message builds a session by a key exchange, which the receiver completes by an empty message back; the
// answer and further messages use the session both ways. Bodies keep non-ASCII text and markup characters.
void TestE2eOmemoPeer::onlineBothWays()
{
    QFETCH(QString, ns);
    QFETCH(QString, from);
    QFETCH(QString, to);
    auto a = startPeer(from);
    auto b = startPeer(to);
    QVERIFY(a && b);
    QVERIFY(a->run(cmd(u"subscribe"_s, { { u"to"_s, bare(to) } })));

    const auto sent = a->send(bare(to), u"Hello <b> & ünïcødé 🔒"_s, ns);
    QVERIFY2(sent, qPrintable(a->lastError()));
    const QString xml = sent->value(u"xml"_s).toString();
    const QString kex = ns == OmemoPeer::OldNamespace ? u"prekey=\"true\""_s : u"kex=\"true\""_s;
    QVERIFY2(xml.contains(kex), qPrintable(xml));
    QVERIFY2(xml.contains(ns == OmemoPeer::OldNamespace ? u"eu.siacs.conversations.axolotl"_s : u"urn:xmpp:omemo:2"_s),
        qPrintable(xml));
    QVERIFY2(!xml.contains(u"ünïcødé"_s), qPrintable(xml)); // only the fallback body is in clear
    QCOMPARE(sent->value(u"devices"_s).toArray().size(), 1);

    const auto received = b->waitForMessage(bare(from), u"Hello <b> & ünïcødé 🔒"_s, StepTimeoutMs);
    QVERIFY(received);
    QCOMPARE(received->value(u"namespace"_s).toString(), ns);
    QCOMPARE(received->value(u"device"_s).toInteger(), a->deviceId());
    QCOMPARE(received->value(u"fingerprint"_s).toString(), a->fingerprint());
    QCOMPARE(received->value(u"key_exchange"_s).toBool(), true);
    QCOMPARE(received->value(u"trust"_s).toString(), u"undecided"_s); // decrypted although nobody decided yet
    // python-omemo completes the session it was handed by an empty message back.
    const auto completion = a->waitFor(
        u"empty-message", [&](const QJsonObject &e) { return e.value(u"jid"_s).toString() == bare(to); },
        StepTimeoutMs);
    QVERIFY(completion);
    QCOMPARE(completion->value(u"device"_s).toInteger(), b->deviceId());
    QCOMPARE(completion->value(u"key_exchange"_s).toBool(), false);

    // The answer needs no key exchange: the session is there.
    const auto reply = b->send(bare(from), u"Hi back"_s, ns);
    QVERIFY2(reply, qPrintable(b->lastError()));
    QVERIFY(!reply->value(u"xml"_s).toString().contains(kex));
    const auto answer = a->waitForMessage(bare(to), u"Hi back"_s, StepTimeoutMs);
    QVERIFY(answer);
    QCOMPARE(answer->value(u"device"_s).toInteger(), b->deviceId());
    QCOMPARE(answer->value(u"key_exchange"_s).toBool(), false);
    QCOMPARE(answer->value(u"trust"_s).toString(), u"blind"_s); // b trusted a blindly to answer

    for (int i = 0; i < 5; ++i) {
        const QString body = u"ping %1"_s.arg(i);
        QVERIFY(!exchange(*a, from, *b, to, body, ns).isEmpty());
        QVERIFY(!exchange(*b, to, *a, from, body, ns).isEmpty());
    }
    QVERIFY(!a->waitFor(u"decrypt-error", {}, 0));
    QVERIFY(!b->waitFor(u"decrypt-error", {}, 0));
}

void TestE2eOmemoPeer::offlineBothWays_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("OMEMO 0.3") << OmemoPeer::OldNamespace << u"grace"_s << u"heidi"_s;
    QTest::newRow("OMEMO 2") << OmemoPeer::TwoNamespace << u"ivan"_s << u"judy"_s;
}

// The receiver's device exists (published) but is offline: the sender builds the session from the published
// bundle, the server stores the messages, and the receiver, started again from its store, decrypts them in order
// (delayed, the first with the key exchange) and answers; then the sender goes offline and gets the answers later.
void TestE2eOmemoPeer::offlineBothWays()
{
    QFETCH(QString, ns);
    QFETCH(QString, from);
    QFETCH(QString, to);
    auto b = startPeer(to);
    QVERIFY(b);
    const qint64 bDevice = b->deviceId();
    b->stop();

    auto a = startPeer(from);
    QVERIFY(a);
    for (const QString &body : { u"while you were away 1"_s, u"while you were away 2"_s }) {
        const auto sent = a->send(bare(to), body, ns);
        QVERIFY2(sent, qPrintable(a->lastError()));
        QCOMPARE(sent->value(u"devices"_s).toArray().size(), 1);
    }
    QVERIFY(a->run(cmd(u"sync"_s)));

    b = startPeer(to);
    QVERIFY(b);
    QCOMPARE(b->deviceId(), bDevice);
    // "online" comes after the offline messages were handled.
    for (const QString &body : { u"while you were away 1"_s, u"while you were away 2"_s }) {
        const auto message = b->waitForMessage(bare(from), body, 1000);
        QVERIFY2(message, qPrintable(body));
        QVERIFY(!message->value(u"delay"_s).toString().isEmpty());
        QCOMPARE(message->value(u"device"_s).toInteger(), a->deviceId());
    }
    QVERIFY(!b->waitFor(u"decrypt-error", {}, 0));
    // The session completion queued during the catch-up went out after it.
    QVERIFY(a->waitFor(
        u"empty-message", [&](const QJsonObject &e) { return e.value(u"jid"_s).toString() == bare(to); },
        StepTimeoutMs));

    QVERIFY(!exchange(*b, to, *a, from, u"back online"_s, ns).isEmpty());

    // Now the sender is away and gets the answer from the offline storage.
    a->stop();
    QVERIFY(b->send(bare(from), u"answer while you were away"_s, ns));
    QVERIFY(b->run(cmd(u"sync"_s)));
    a = startPeer(from);
    QVERIFY(a);
    const auto answer = a->waitForMessage(bare(to), u"answer while you were away"_s, 1000);
    QVERIFY(answer);
    QVERIFY(!answer->value(u"delay"_s).toString().isEmpty());
    QVERIFY(!exchange(*a, from, *b, to, u"and on we go"_s, ns).isEmpty());
}

// A contact's second device appears in its device lists (a PEP notification to the subscribed peer); messages
// then go to both devices of the contact, and each device's own messages to its other device too.
void TestE2eOmemoPeer::secondDeviceOfContact()
{
    auto mallory = startPeer(u"mallory"_s);
    auto olivia = startPeer(u"olivia"_s);
    QVERIFY(mallory && olivia);
    QVERIFY(mallory->run(cmd(u"subscribe"_s, { { u"to"_s, bare(u"olivia"_s) } })));
    QVERIFY(
        !exchange(*mallory, u"mallory"_s, *olivia, u"olivia"_s, u"one device"_s, OmemoPeer::TwoNamespace).isEmpty());

    auto second = startPeer(u"olivia"_s, u"olivia-second"_s, u"second"_s);
    QVERIFY(second);
    QVERIFY(second->deviceId() != olivia->deviceId());
    // Mallory learns of it by notification (both namespaces' lists now name two devices).
    for (const QString &ns : { OmemoPeer::OldNamespace, OmemoPeer::TwoNamespace }) {
        const auto update = mallory->waitFor(
            u"device-list",
            [&](const QJsonObject &e) {
                return e.value(u"jid"_s).toString() == bare(u"olivia"_s) && e.value(u"namespace"_s).toString() == ns
                    && e.value(u"devices"_s).toArray().size() == 2;
            },
            StepTimeoutMs);
        QVERIFY2(update, qPrintable(ns));
    }
    for (const QString &ns : { OmemoPeer::OldNamespace, OmemoPeer::TwoNamespace }) {
        const QString body = u"to both devices in "_s + ns;
        const auto sent = mallory->send(bare(u"olivia"_s), body, ns);
        QVERIFY2(sent, qPrintable(mallory->lastError()));
        QCOMPARE(sent->value(u"devices"_s).toArray().size(), 2);
        QVERIFY(olivia->waitForMessage(bare(u"mallory"_s), body, StepTimeoutMs));
        QVERIFY(second->waitForMessage(bare(u"mallory"_s), body, StepTimeoutMs));
    }
    // A newcomer fetches both devices' bundles (the OMEMO 2 bundles node keeps one item per device).
    auto quentin = startPeer(u"quentin"_s);
    QVERIFY(quentin);
    for (const QString &ns : { OmemoPeer::OldNamespace, OmemoPeer::TwoNamespace }) {
        const auto sent = quentin->send(bare(u"olivia"_s), u"hello both"_s, ns);
        QVERIFY2(sent, qPrintable(quentin->lastError()));
        QCOMPARE(sent->value(u"devices"_s).toArray().size(), 2);
        QVERIFY(olivia->waitForMessage(bare(u"quentin"_s), u"hello both"_s, StepTimeoutMs));
        QVERIFY(second->waitForMessage(bare(u"quentin"_s), u"hello both"_s, StepTimeoutMs));
    }
    // Without a presence subscription, an explicit subscription to the device list nodes brings the updates.
    QVERIFY2(quentin->run(cmd(u"subscribe-devices"_s, { { u"jid"_s, bare(u"olivia"_s) } })),
        qPrintable(quentin->lastError()));
    auto third = startPeer(u"olivia"_s, u"olivia-third"_s, u"third"_s);
    QVERIFY(third);
    for (const QString &ns : { OmemoPeer::OldNamespace, OmemoPeer::TwoNamespace }) {
        QVERIFY2(quentin->waitFor(
                     u"device-list",
                     [&](const QJsonObject &e) {
                         return e.value(u"namespace"_s).toString() == ns && e.value(u"devices"_s).toArray().size() == 3;
                     },
                     StepTimeoutMs),
            qPrintable(ns));
    }
    third->stop();
    // The own account's list comes to the other devices too; a message from the second device is encrypted for
    // the account's other devices as well (they would read it through carbons, which the peer does not enable).
    QVERIFY(second->waitFor(
        u"device-list",
        [&](const QJsonObject &e) {
            return e.value(u"jid"_s).toString() == bare(u"olivia"_s)
                && e.value(u"namespace"_s).toString() == OmemoPeer::TwoNamespace
                && e.value(u"devices"_s).toArray().size() == 3;
        },
        StepTimeoutMs));
    const auto own = second->send(bare(u"mallory"_s), u"from my second device"_s, OmemoPeer::TwoNamespace);
    QVERIFY2(own, qPrintable(second->lastError()));
    QCOMPARE(own->value(u"devices"_s).toArray().size(), 3); // mallory's device, olivia's first and third
    QVERIFY(mallory->waitForMessage(bare(u"olivia"_s), u"from my second device"_s, StepTimeoutMs));
}

void TestE2eOmemoPeer::brokenSessionHeals_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("OMEMO 0.3") << OmemoPeer::OldNamespace << u"peggy"_s << u"rupert"_s;
    QTest::newRow("OMEMO 2") << OmemoPeer::TwoNamespace << u"sybil"_s << u"trent"_s;
}

// One side loses its session: the other side's next message cannot be decrypted (NoSession), the side without a
// session heals it by its next message (a key exchange that replaces the other side's session), and messages flow
// again both ways.
void TestE2eOmemoPeer::brokenSessionHeals()
{
    QFETCH(QString, ns);
    QFETCH(QString, first);
    QFETCH(QString, second);
    auto a = startPeer(first);
    auto b = startPeer(second);
    QVERIFY(a && b);
    QVERIFY(!exchange(*a, first, *b, second, u"before"_s, ns).isEmpty());
    QVERIFY(!exchange(*b, second, *a, first, u"before, back"_s, ns).isEmpty());

    QVERIFY2(a->run(cmd(u"break-session"_s,
                 { { u"jid"_s, bare(second) }, { u"device"_s, b->deviceId() }, { u"namespace"_s, ns } })),
        qPrintable(a->lastError()));
    QVERIFY(b->send(bare(first), u"lost"_s, ns));
    const auto error = a->waitFor(
        u"decrypt-error", [&](const QJsonObject &e) { return e.value(u"device"_s).toInteger() == b->deviceId(); },
        StepTimeoutMs);
    QVERIFY(error);
    QVERIFY2(error->value(u"reason"_s).toString().startsWith(u"NoSession"_s),
        qPrintable(error->value(u"reason"_s).toString()));

    const auto healing = a->send(bare(second), u"healing"_s, ns);
    QVERIFY2(healing, qPrintable(a->lastError()));
    QVERIFY(healing->value(u"xml"_s).toString().contains(
        ns == OmemoPeer::OldNamespace ? u"prekey=\"true\""_s : u"kex=\"true\""_s));
    const auto healed = b->waitForMessage(bare(first), u"healing"_s, StepTimeoutMs);
    QVERIFY(healed);
    QCOMPARE(healed->value(u"key_exchange"_s).toBool(), true);
    QVERIFY(!exchange(*b, second, *a, first, u"healed, back"_s, ns).isEmpty());
    QVERIFY(!exchange(*a, first, *b, second, u"healed"_s, ns).isEmpty());

    // replace_sessions(): a new session announced at once by an empty key-exchange message.
    QVERIFY2(a->run(cmd(u"replace-sessions"_s, { { u"jid"_s, bare(second) }, { u"device"_s, b->deviceId() } })),
        qPrintable(a->lastError()));
    const auto announced = b->waitFor(
        u"empty-message",
        [&](const QJsonObject &e) {
            return e.value(u"jid"_s).toString() == bare(first) && e.value(u"key_exchange"_s).toBool();
        },
        StepTimeoutMs);
    QVERIFY(announced);
    QCOMPARE(announced->value(u"namespace"_s).toString(), ns);
    QVERIFY(!exchange(*b, second, *a, first, u"replaced, back"_s, ns).isEmpty());
    QVERIFY(!exchange(*a, first, *b, second, u"replaced"_s, ns).isEmpty());
    QVERIFY(!b->waitFor(u"decrypt-error", {}, 0));
}

void TestE2eOmemoPeer::heartbeatAfterManyMessages_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("OMEMO 0.3") << OmemoPeer::OldNamespace << u"alba"_s << u"bert"_s;
    QTest::newRow("OMEMO 2") << OmemoPeer::TwoNamespace << u"cleo"_s << u"dora"_s;
}

// python-omemo answers a one-sided conversation by itself: once a session's receiving chain passes 53 messages it
// sends an empty message back (staleness prevention), which the sender must accept silently.
void TestE2eOmemoPeer::heartbeatAfterManyMessages()
{
    QFETCH(QString, ns);
    QFETCH(QString, from);
    QFETCH(QString, to);
    auto a = startPeer(from);
    auto b = startPeer(to);
    QVERIFY(a && b);
    QVERIFY(!exchange(*a, from, *b, to, u"start"_s, ns).isEmpty());
    QVERIFY(!exchange(*b, to, *a, from, u"answer"_s, ns).isEmpty()); // a new receiving chain at b starts after this
    a->clearEvents();
    for (int i = 1; i <= 53; ++i) {
        QVERIFY(!exchange(*a, from, *b, to, u"monologue %1"_s.arg(i), ns).isEmpty());
    }
    QVERIFY(!a->waitFor(u"empty-message", {}, 0)); // 53 are not enough
    QVERIFY(!exchange(*a, from, *b, to, u"monologue 54"_s, ns).isEmpty());
    const auto heartbeat = a->waitFor(
        u"empty-message", [&](const QJsonObject &e) { return e.value(u"jid"_s).toString() == bare(to); },
        StepTimeoutMs);
    QVERIFY(heartbeat);
    QCOMPARE(heartbeat->value(u"key_exchange"_s).toBool(), false);
    QVERIFY(!a->waitFor(u"decrypt-error", {}, 0));
}

// A distrusted device gets nothing and its messages are refused (SenderDistrusted); trusting it again restores both.
void TestE2eOmemoPeer::distrustedDevice()
{
    auto uma = startPeer(u"uma"_s);
    auto victor = startPeer(u"victor"_s);
    QVERIFY(uma && victor);
    QVERIFY(!exchange(*uma, u"uma"_s, *victor, u"victor"_s, u"trusted"_s, OmemoPeer::TwoNamespace).isEmpty());

    const QJsonObject distrust = cmd(u"trust"_s,
        { { u"jid"_s, bare(u"uma"_s) }, { u"device"_s, uma->deviceId() }, { u"level"_s, u"distrusted"_s } });
    QVERIFY2(victor->run(distrust), qPrintable(victor->lastError()));
    const auto devices = victor->devices(bare(u"uma"_s));
    QVERIFY(devices);
    QCOMPARE(deviceIn(*devices, uma->deviceId()).value(u"trust"_s).toString(), u"distrusted"_s);
    QVERIFY(!victor->send(bare(u"uma"_s), u"never"_s, OmemoPeer::TwoNamespace));
    QVERIFY2(victor->lastError().startsWith(u"NoEligibleDevices"_s), qPrintable(victor->lastError()));

    QVERIFY(uma->send(bare(u"victor"_s), u"refused"_s, OmemoPeer::TwoNamespace));
    const auto error = victor->waitFor(u"decrypt-error", {}, StepTimeoutMs);
    QVERIFY(error);
    QVERIFY2(error->value(u"reason"_s).toString().startsWith(u"SenderDistrusted"_s),
        qPrintable(error->value(u"reason"_s).toString()));
    QVERIFY(!victor->waitForMessage(bare(u"uma"_s), u"refused"_s, 0));

    QJsonObject trust = distrust;
    trust.insert(u"level"_s, u"trusted"_s);
    QVERIFY(victor->run(trust));
    QVERIFY(!exchange(*victor, u"victor"_s, *uma, u"uma"_s, u"trusted again"_s, OmemoPeer::TwoNamespace).isEmpty());
    QVERIFY(!exchange(*uma, u"uma"_s, *victor, u"victor"_s, u"and back"_s, OmemoPeer::TwoNamespace).isEmpty());
    QVERIFY(!uma->run(
        cmd(u"trust"_s, { { u"jid"_s, bare(u"victor"_s) }, { u"device"_s, 12345 }, { u"level"_s, u"trusted"_s } })));
}

// Malformed OMEMO elements from a contact (replayed raw) give "decrypt-error" events and change nothing: the
// session goes on. A replayed message is refused too (its message key is used up).
void TestE2eOmemoPeer::malformedInput()
{
    auto walter = startPeer(u"walter"_s);
    auto xavier = startPeer(u"xavier"_s);
    QVERIFY(walter && xavier);
    QVERIFY(!exchange(*walter, u"walter"_s, *xavier, u"xavier"_s, u"first"_s, OmemoPeer::OldNamespace).isEmpty());
    QVERIFY(!exchange(*walter, u"walter"_s, *xavier, u"xavier"_s, u"first 2"_s, OmemoPeer::TwoNamespace).isEmpty());
    xavier->clearEvents();
    const auto sent = walter->send(bare(u"xavier"_s), u"replay me"_s, OmemoPeer::TwoNamespace);
    QVERIFY(sent);
    QVERIFY(xavier->waitForMessage(bare(u"walter"_s), u"replay me"_s, StepTimeoutMs));

    const QString to = bare(u"xavier"_s) + u"/omemo"_s;
    const QString sid = QString::number(walter->deviceId());
    const QString rid = QString::number(xavier->deviceId());
    // Each stanza and the exception python-omemo (or its XML schema check) reports for it.
    const QList<std::pair<QString, QString>> bad {
        // Not even the schema: no header.
        { u"<message to='%1' type='chat'><encrypted xmlns='urn:xmpp:omemo:2'><payload>AAAA</payload></encrypted>"
          "</message>"_s,
            u"XMLSchemaChildrenValidationError"_s },
        // A key that is not a ratchet message.
        { u"<message to='%1' type='chat'><encrypted xmlns='urn:xmpp:omemo:2'><header sid='%2'><keys jid='%4'>"
          "<key rid='%3'>bm90IGEga2V5</key></keys></header><payload>AAAA</payload></encrypted></message>"_s,
            u"ValueError"_s },
        // Not base64.
        { u"<message to='%1' type='chat'><encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='%2'>"
          "<key rid='%3'>*** not base64 ***</key><iv>AAAAAAAAAAAAAAAA</iv></header><payload>AAAA</payload>"
          "</encrypted></message>"_s,
            u"XMLSchemaDecodeError"_s },
        // An unknown sender device (after one refresh of the sender's device list).
        { u"<message to='%1' type='chat'><encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='999'>"
          "<key rid='%3'>AAAA</key><iv>AAAAAAAAAAAAAAAA</iv></header><payload>AAAA</payload></encrypted></message>"_s,
            u"SenderNotFound"_s },
        // Not for this device.
        { u"<message to='%1' type='chat'><encrypted xmlns='urn:xmpp:omemo:2'><header sid='%2'><keys jid='%4'>"
          "<key rid='1'>AAAA</key></keys></header><payload>AAAA</payload></encrypted></message>"_s,
            u"MessageNotForUs"_s },
    };
    for (const auto &[xml, reason] : bad) {
        const QString stanza = QString(xml)
                                   .replace(u"%1"_s, to)
                                   .replace(u"%2"_s, sid)
                                   .replace(u"%3"_s, rid)
                                   .replace(u"%4"_s, bare(u"xavier"_s));
        QVERIFY(walter->run(cmd(u"raw"_s, { { u"xml"_s, stanza } })));
        const auto error = xavier->waitFor(u"decrypt-error", {}, StepTimeoutMs);
        QVERIFY2(error, qPrintable(stanza));
        QVERIFY2(error->value(u"reason"_s).toString().startsWith(reason + u':'),
            qPrintable(error->value(u"reason"_s).toString()));
    }
    // The replay: the same stanza again.
    const QString replay = sent->value(u"xml"_s).toString();
    QVERIFY(walter->run(cmd(u"raw"_s, { { u"xml"_s, replay } })));
    const auto replayError = xavier->waitFor(u"decrypt-error", {}, StepTimeoutMs);
    QVERIFY(replayError);
    QVERIFY2(replayError->value(u"reason"_s).toString().startsWith(u"DecryptionFailed:"_s),
        qPrintable(replayError->value(u"reason"_s).toString()));
    QVERIFY(!xavier->waitForMessage(bare(u"walter"_s), u"replay me"_s, 0));

    QVERIFY(!exchange(*walter, u"walter"_s, *xavier, u"xavier"_s, u"still fine"_s, OmemoPeer::TwoNamespace).isEmpty());
    QVERIFY(!exchange(*xavier, u"xavier"_s, *walter, u"walter"_s, u"still fine, back"_s, OmemoPeer::OldNamespace)
                 .isEmpty());
    QVERIFY(xavier->isRunning());
}

QTEST_GUILESS_MAIN(TestE2eOmemoPeer)
#include "tst_e2e_omemo_peer.moc"
