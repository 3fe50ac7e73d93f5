// XEP-0174 §3: the TXT record Balcony publishes and what it accepts from others, LinkLocalPeers' bookkeeping
// (appear, change, leave, malformed, bounds) on a backend the test drives, and the desktop's "Local network"
// pseudo-account (app::LocalNetwork): two of them on loopback streams, their peers, chats and status as models.
#include "FakeLinkLocalBackend.h"
#include "app/LocalNetwork.h"
#include "linklocal/AvahiBackend.h"
#include "linklocal/LinkLocalMessenger.h"
#include "linklocal/LinkLocalPeers.h"
#include "linklocal/LinkLocalService.h"
#include "linklocal/LinkLocalTxt.h"
#include "models/ConversationListModel.h"
#include "models/MessageModel.h"
#include "models/RosterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::linklocal;

namespace {

using FakeBackend = balcony::test::FakeLinkLocalBackend;

QList<QByteArray> txt(std::initializer_list<const char *> items)
{
    QList<QByteArray> list;
    for (const char *item : items) {
        list.append(QByteArray(item));
    }
    return list;
}

// One desktop "Local network" pseudo-account on a profile of its own, its backend driven by the test.
struct LocalSide {
    QTemporaryDir dir;
    FakeBackend backend;
    app::LocalNetwork network { dir.path(), &backend };

    // This side's backend reports `other`'s record at 127.0.0.1, as avahi would.
    void see(LocalSide &other)
    {
        backend.resolve(other.network.name(), u"1:0"_s, u"127.0.0.1"_s, other.network.service()->port(),
            other.backend.publishedTxt());
    }
};

} // namespace

class TestLinkLocal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodeFollowsTheTable()
    {
        LinkLocalPresence presence;
        presence.firstName = u"Juliet"_s;
        presence.lastName = u"Capulet"_s;
        presence.nick = u"juliet"_s;
        presence.message = u"Hanging out downtown"_s;
        presence.status = LinkLocalPresence::Status::Away;
        presence.jid = u"juliet@capulet.lit"_s;
        presence.capsHash = u"sha-1"_s;
        presence.capsNode = u"https://balcony.example/caps"_s;
        presence.capsVer = u"QgayPKawpkPSDYmwT/WM94uAlu0="_s;
        presence.p2pjPort = 5562;
        const QList<QByteArray> encoded = encodeTxt(presence);
        QCOMPARE(encoded,
            txt({ "txtvers=1", "1st=Juliet", "hash=sha-1", "jid=juliet@capulet.lit", "last=Capulet",
                "msg=Hanging out downtown", "nick=juliet", "node=https://balcony.example/caps", "port.p2pj=5562",
                "status=away", "ver=QgayPKawpkPSDYmwT/WM94uAlu0=" }));
        QString reason;
        const auto parsed = parseTxt(encoded, &reason);
        QVERIFY2(parsed, qPrintable(reason));
        QCOMPARE(*parsed, presence);
    }

    void encodeCutsLongValuesAtCharacters()
    {
        LinkLocalPresence presence;
        presence.message = QString(200, u'é'); // 400 bytes of UTF-8
        const QList<QByteArray> encoded = encodeTxt(presence);
        QByteArray msg;
        for (const QByteArray &item : encoded) {
            if (item.startsWith("msg=")) {
                msg = item;
            }
        }
        QVERIFY(msg.size() <= maxTxtStringBytes);
        QCOMPARE(msg.size(), 4 + 250); // 125 whole characters: the 126th would need bytes 251 and 252
        QString reason;
        const auto parsed = parseTxt(encoded, &reason);
        QVERIFY2(parsed, qPrintable(reason));
        QCOMPARE(parsed->message, QString(125, u'é'));
    }

    void parseIsLenientWhereRfc6763IsLenient()
    {
        QString reason;
        // Keys are case-insensitive, the first duplicate counts, unknown keys and empty strings are ignored,
        // no status means available, no txtvers is accepted.
        const auto parsed
            = parseTxt(txt({ "NICK=romeo", "nick=other", "", "x-custom=1", "Status=dnd", "phsh=abc" }), &reason);
        QVERIFY2(parsed, qPrintable(reason));
        QCOMPARE(parsed->nick, u"romeo"_s);
        QCOMPARE(parsed->status, LinkLocalPresence::Status::Dnd);
        QVERIFY(parseTxt({}, &reason));
        QCOMPARE(parseTxt({}, &reason)->status, LinkLocalPresence::Status::Available);
    }

    void parseRejectsMalformed_data()
    {
        QTest::addColumn<QList<QByteArray>>("record");
        QTest::addColumn<QString>("reason");
        QTest::newRow("txtvers 2") << txt({ "txtvers=2" }) << u"txtvers"_s;
        QTest::newRow("unknown status") << txt({ "status=busy" }) << u"status"_s;
        QTest::newRow("port text") << txt({ "port.p2pj=http" }) << u"port.p2pj"_s;
        QTest::newRow("port 0") << txt({ "port.p2pj=0" }) << u"port.p2pj"_s;
        QTest::newRow("port too big") << txt({ "port.p2pj=70000" }) << u"port.p2pj"_s;
        QTest::newRow("bad jid") << txt({ "jid=a@b@c" }) << u"jid"_s;
        QTest::newRow("empty key") << txt({ "=value" }) << u"key"_s;
        QTest::newRow("control in key") << QList<QByteArray> { QByteArray("ni\x01ck=x") } << u"key"_s;
        QTest::newRow("latin-1 value") << QList<QByteArray> { QByteArray("nick=caf\xe9") } << u"UTF-8"_s;
        QTest::newRow("overlong utf-8") << QList<QByteArray> { QByteArray("msg=\xc0\xaf") } << u"UTF-8"_s;
        QTest::newRow("ver without hash") << txt({ "ver=QgayPKawpkPSDYmwT/WM94uAlu0=" }) << u"caps"_s;
        QTest::newRow("unknown hash") << txt({ "hash=md5", "ver=abc" }) << u"caps"_s;
        QTest::newRow("string too long") << QList<QByteArray> { "msg=" + QByteArray(300, 'a') } << u"bytes"_s;
        QList<QByteArray> many;
        for (int i = 0; i < maxTxtStrings + 1; ++i) {
            many.append("k" + QByteArray::number(i) + "=v");
        }
        QTest::newRow("too many strings") << many << u"strings"_s;
        QList<QByteArray> big;
        for (int i = 0; i < 40; ++i) {
            big.append("k" + QByteArray::number(i) + "=" + QByteArray(240, 'v'));
        }
        QTest::newRow("record too big") << big << u"record"_s;
    }

    void parseRejectsMalformed()
    {
        QFETCH(QList<QByteArray>, record);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!parseTxt(record, &why));
        QVERIFY2(why.contains(reason, Qt::CaseInsensitive), qPrintable(why));
    }

    void peersAppearChangeAndLeave()
    {
        FakeBackend backend;
        LinkLocalPeers peers(&backend);
        QSignalSpy added(&peers, &LinkLocalPeers::peerAdded);
        QSignalSpy changed(&peers, &LinkLocalPeers::peerChanged);
        QSignalSpy removed(&peers, &LinkLocalPeers::peerRemoved);
        backend.resolve(u"romeo@orchard"_s, u"2:0"_s, u"192.0.2.7"_s, 5562, txt({ "txtvers=1", "nick=romeo" }));
        QCOMPARE(added.size(), 1);
        const auto peer = added.at(0).at(0).value<LinkLocalPeer>();
        QCOMPARE(peer.name, u"romeo@orchard"_s);
        QCOMPARE(peer.port, quint16(5562));
        QCOMPARE(peer.presence.nick, u"romeo"_s);
        QVERIFY(peers.isPeerAddress(QHostAddress(u"192.0.2.7"_s)));
        QVERIFY(peers.isPeerAddress(QHostAddress(u"::ffff:192.0.2.7"_s)));
        QVERIFY(!peers.isPeerAddress(QHostAddress(u"192.0.2.8"_s)));

        // The same record again: nothing changes.
        backend.resolve(u"romeo@orchard"_s, u"2:0"_s, u"192.0.2.7"_s, 5562, txt({ "txtvers=1", "nick=romeo" }));
        QCOMPARE(changed.size(), 0);
        // A status change.
        backend.resolve(
            u"romeo@orchard"_s, u"2:0"_s, u"192.0.2.7"_s, 5562, txt({ "txtvers=1", "nick=romeo", "status=away" }));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<LinkLocalPeer>().presence.status, LinkLocalPresence::Status::Away);
        // Seen on a second interface: one peer, two addresses; it leaves with its last record.
        backend.resolve(
            u"romeo@orchard"_s, u"3:1"_s, u"fd00::7"_s, 5562, txt({ "txtvers=1", "nick=romeo", "status=away" }));
        QCOMPARE(added.size(), 1);
        QCOMPARE(peers.peer(u"romeo@orchard"_s)->addresses.size(), 2);
        backend.remove(u"romeo@orchard"_s, u"2:0"_s);
        QCOMPARE(removed.size(), 0);
        QVERIFY(!peers.isPeerAddress(QHostAddress(u"192.0.2.7"_s)));
        backend.remove(u"romeo@orchard"_s, u"3:1"_s);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), u"romeo@orchard"_s);
        QVERIFY(peers.peers().isEmpty());
        // A removal of what was never there is nothing.
        backend.remove(u"nobody@nowhere"_s, u"2:0"_s);
        QCOMPARE(removed.size(), 1);
    }

    void malformedRecordsAreIgnored()
    {
        FakeBackend backend;
        LinkLocalPeers peers(&backend);
        QSignalSpy added(&peers, &LinkLocalPeers::peerAdded);
        QSignalSpy removed(&peers, &LinkLocalPeers::peerRemoved);
        QSignalSpy rejected(&peers, &LinkLocalPeers::recordRejected);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring the link-local service.*txtvers"_s));
        backend.resolve(u"mallory@x"_s, u"2:0"_s, u"192.0.2.9"_s, 5562, txt({ "txtvers=9" }));
        QCOMPARE(added.size(), 0);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!peers.isPeerAddress(QHostAddress(u"192.0.2.9"_s)));
        // A known peer whose record turns malformed is gone.
        backend.resolve(u"romeo@orchard"_s, u"2:0"_s, u"192.0.2.7"_s, 5562, txt({ "nick=romeo" }));
        QCOMPARE(added.size(), 1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring the link-local service.*status"_s));
        backend.resolve(u"romeo@orchard"_s, u"2:0"_s, u"192.0.2.7"_s, 5562, txt({ "status=gone fishing" }));
        QCOMPARE(removed.size(), 1);
        QVERIFY(peers.peers().isEmpty());
        // Port 0 is no place to connect to.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring the link-local service.*port 0"_s));
        backend.resolve(u"zero@x"_s, u"2:0"_s, u"192.0.2.10"_s, 0, txt({ "nick=zero" }));
        QVERIFY(peers.peers().isEmpty());
    }

    void ownServiceIsNoPeer()
    {
        FakeBackend backend;
        LinkLocalPeers peers(&backend);
        QSignalSpy added(&peers, &LinkLocalPeers::peerAdded);
        QSignalSpy removed(&peers, &LinkLocalPeers::peerRemoved);
        backend.publish(u"me@box"_s, 5562, {});
        backend.resolve(u"me@box"_s, u"2:0"_s, u"192.0.2.1"_s, 5562, txt({ "nick=me" }));
        QCOMPARE(added.size(), 0);
        // Seen before the publish was confirmed (under a collision's alternative name): removed once known.
        backend.resolve(u"me@box #2"_s, u"2:0"_s, u"192.0.2.1"_s, 5562, txt({ "nick=me" }));
        QCOMPARE(added.size(), 1);
        backend.publish(u"me@box #2"_s, 5562, {});
        QCOMPARE(removed.size(), 1);
        QVERIFY(peers.peers().isEmpty());
    }

    void peersAreBounded()
    {
        FakeBackend backend;
        LinkLocalPeers peers(&backend);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring the link-local service.*peers are known"_s));
        for (int i = 0; i <= LinkLocalPeers::maxPeers; ++i) {
            backend.resolve(u"p%1@flood"_s.arg(i), u"2:0"_s, u"192.0.2.1"_s, 5562, txt({ "nick=p" }));
        }
        QCOMPARE(peers.peers().size(), LinkLocalPeers::maxPeers);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring the link-local service.*records"_s));
        // p0 has one record ("2:0"): seven more fit, the eighth new one is cut.
        for (int i = 0; i < LinkLocalPeers::maxRecordsPerPeer; ++i) {
            backend.resolve(u"p0@flood"_s, u"%1:0"_s.arg(i + 10), u"192.0.2.%1"_s.arg(i + 10), 5562, txt({ "nick=p" }));
        }
        QCOMPARE(peers.peer(u"p0@flood"_s)->addresses.size(), LinkLocalPeers::maxRecordsPerPeer);
    }

    // Two desktop "Local network" pseudo-accounts that see each other (their backends report the other's record,
    // as avahi would) chat over real loopback streams: the peers model, the conversations and unread counts, the
    // message states, a status change, a peer that leaves (messages wait) and comes back, and going offline.
    void localNetworkShowsPeersChatsAndStatus()
    {
        LocalSide a;
        LocalSide b;
        app::LocalNetwork &alice = a.network;
        app::LocalNetwork &bob = b.network;
        FakeBackend &backendA = a.backend;
        QVERIFY(!alice.start(u"al ice"_s, Presence::Show::None, QString()));
        QVERIFY(alice.errorString().contains(u"al ice"_s));
        QVERIFY(alice.start(u"alice"_s, Presence::Show::None, u"at my desk"_s));
        QVERIFY(bob.start(u"bob"_s, Presence::Show::Away, u"lunch"_s));
        QVERIFY(alice.isRunning());
        QCOMPARE(alice.name(), app::LocalNetwork::instanceName(u"alice"_s));
        QCOMPARE(alice.account().toString(), alice.name());
        QAbstractItemModelTester peersTester(alice.peers());
        QAbstractItemModelTester conversationsTester(bob.conversations());

        a.see(b);
        b.see(a);
        const Jid bobJid = bob.account();
        const Jid aliceJid = alice.account();
        QCOMPARE(alice.peers()->rowCount(), 1);
        const QModelIndex bobRow = alice.peers()->indexOf(bobJid);
        QVERIFY(bobRow.isValid());
        QCOMPARE(bobRow.data(Qt::DisplayRole).toString(), u"bob"_s);
        QCOMPARE(PresenceManager::Availability(bobRow.data(RosterModel::AvailabilityRole).toInt()),
            PresenceManager::Availability::Away);
        QCOMPARE(bobRow.data(RosterModel::StatusTextRole).toString(), u"lunch"_s);
        QVERIFY(alice.isPresent(bobJid));

        // A message: stored at once, delivered (receipt), in bob's conversations as unread and in an open chat.
        MessageModel *bobsChat = bob.openChat(aliceJid);
        QVERIFY(bobsChat);
        QSignalSpy states(alice.messenger(), &linklocal::LinkLocalMessenger::messageStateChanged);
        QSignalSpy received(&bob, &app::LocalNetwork::messageReceived);
        const qint64 id = alice.sendMessage(bobJid, u"Lunch is over"_s);
        QVERIFY(id > 0);
        QTRY_VERIFY(received.size() == 1);
        QCOMPARE(received.at(0).at(0).value<Jid>(), aliceJid);
        QCOMPARE(received.at(0).at(2).toString(), u"Lunch is over"_s);
        QTRY_COMPARE(bobsChat->rowCount(), 1);
        QCOMPARE(bobsChat->data(bobsChat->index(0), MessageModel::BodyRole).toString(), u"Lunch is over"_s);
        QTRY_COMPARE(bob.conversations()->unreadCounts().value(aliceJid), 1);
        QTRY_VERIFY(std::any_of(states.cbegin(), states.cend(), [id](const QList<QVariant> &args) {
            return args.at(0).toLongLong() == id && args.at(1).value<MessageState>() == MessageState::Delivered;
        }));
        MessageModel *alicesChat = alice.openChat(bobJid);
        QTRY_COMPARE(MessageState(alicesChat->data(alicesChat->index(0), MessageModel::StateRole).toInt()),
            MessageState::Delivered);
        bob.markRead(aliceJid);
        QCOMPARE(bob.conversations()->unreadCounts().value(aliceJid), 0);

        // Bob comes back from lunch: his new record changes his row.
        bob.setPresence(Presence::Show::None, u"back"_s);
        a.see(b);
        QCOMPARE(
            PresenceManager::Availability(alice.peers()->indexOf(bobJid).data(RosterModel::AvailabilityRole).toInt()),
            PresenceManager::Availability::Online);
        QCOMPARE(alice.statusText(bobJid), u"back"_s);

        // Bob leaves: his row goes, a message to him waits in the outbox, and goes when he is back.
        bob.service()->closeStream(aliceJid.toString());
        backendA.remove(bob.name(), u"1:0"_s);
        QCOMPARE(alice.peers()->rowCount(), 0);
        QVERIFY(!alice.isPresent(bobJid));
        const qint64 later = alice.sendMessage(bobJid, u"Where are you?"_s);
        QVERIFY(later > 0);
        QTRY_COMPARE(alicesChat->rowCount(), 2);
        QTest::qWait(200);
        QCOMPARE(MessageState(alicesChat->data(alicesChat->index(1), MessageModel::StateRole).toInt()),
            MessageState::Queued);
        QCOMPARE(bobsChat->rowCount(), 1);
        a.see(b);
        QTRY_COMPARE(bobsChat->rowCount(), 2);
        QTRY_COMPARE(MessageState(alicesChat->data(alicesChat->index(1), MessageModel::StateRole).toInt()),
            MessageState::Delivered);

        // Offline: withdrawn, no peers, the conversations stay.
        QSignalSpy stopped(&alice, &app::LocalNetwork::stopped);
        alice.stop();
        QCOMPARE(stopped.size(), 1);
        QVERIFY(!alice.isRunning());
        QVERIFY(backendA.publishedName().isEmpty());
        QVERIFY(!backendA.isBrowsing());
        QCOMPARE(alice.conversations()->rowCount(), 1);
        alice.closeChat(bobJid);
        bob.closeChat(aliceJid);
    }

    // The privacy settings reach the local network as they reach server accounts: no receipt and no chat state
    // leaves while they are off.
    void localNetworkHonoursPrivacySettings()
    {
        LocalSide a;
        LocalSide b;
        app::LocalNetwork &alice = a.network;
        app::LocalNetwork &bob = b.network;
        QVERIFY(alice.start(u"alice"_s, Presence::Show::None, QString()));
        QVERIFY(bob.start(u"bob"_s, Presence::Show::None, QString()));
        a.see(b);
        b.see(a);
        bob.setSendReceipts(false);
        QSignalSpy received(&bob, &app::LocalNetwork::messageReceived);
        QSignalSpy states(alice.messenger(), &linklocal::LinkLocalMessenger::messageStateChanged);
        QVERIFY(alice.sendMessage(bob.account(), u"No receipt, please"_s) > 0);
        QTRY_COMPARE(received.size(), 1);
        QTest::qWait(300);
        QVERIFY(std::none_of(states.cbegin(), states.cend(),
            [](const QList<QVariant> &args) { return args.at(1).value<MessageState>() == MessageState::Delivered; }));

        QSignalSpy typing(&bob, &app::LocalNetwork::chatStateReceived);
        alice.setSendChatStates(false);
        alice.setChatState(bob.account(), ChatState::Composing);
        QTest::qWait(300);
        QCOMPARE(typing.size(), 0);
        alice.setSendChatStates(true);
        alice.setChatState(bob.account(), ChatState::Composing);
        QTRY_COMPARE(typing.size(), 1);
        QCOMPARE(typing.at(0).at(1).value<ChatState>(), ChatState::Composing);
    }

    void collisionAlternativesAreAddresses()
    {
        QCOMPARE(AvahiBackend::alternativeName(u"alice@box"_s, 2), u"alice-2@box"_s);
        QCOMPARE(AvahiBackend::alternativeName(u"alice@box"_s, 17), u"alice-17@box"_s);
        QVERIFY(LinkLocalMessenger::conversationFor(AvahiBackend::alternativeName(u"alice@box"_s, 2)).has_value());
        QCOMPARE(AvahiBackend::alternativeName(u"printer"_s, 2), u"printer #2"_s);
    }

    // The nick is the user part of a JID and a DNS-SD label: what cannot be one is refused before anything is
    // published.
    void localNetworkNicks()
    {
        QVERIFY(app::LocalNetwork::isValidNick(u"alice"_s));
        QVERIFY(app::LocalNetwork::isValidNick(u"Jürgen"_s));
        QVERIFY(!app::LocalNetwork::isValidNick(QString()));
        QVERIFY(!app::LocalNetwork::isValidNick(u"a@b"_s));
        QVERIFY(!app::LocalNetwork::isValidNick(u"a b"_s));
        QVERIFY(!app::LocalNetwork::isValidNick(u"tab\there"_s));
        QVERIFY(!app::LocalNetwork::isValidNick(QString(41, u'x')));
        QVERIFY(!app::LocalNetwork::isValidNick(u"a/b"_s)); // a JID with a resource is no conversation
        QVERIFY(app::LocalNetwork::isValidNick(app::LocalNetwork::defaultNick()));
        QVERIFY(app::LocalNetwork::instanceName(u"alice"_s).startsWith(u"alice@"_s));
        QVERIFY(!app::LocalNetwork::instanceName(u"alice"_s).contains(u'.'));
    }
};

QTEST_GUILESS_MAIN(TestLinkLocal)
#include "tst_linklocal.moc"
