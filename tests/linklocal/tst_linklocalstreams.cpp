// XEP-0174 §4/§5 streams and messages between two LinkLocalServices on a real avahi-daemon (AvahiFixture):
// messages, receipts and chat states both ways over one stream per pair, a message to a peer that left stays
// queued until it is back, idle streams close; and hostile input on a raw socket (garbage instead of a header,
// a billion-laughs document, a 10 MB stanza, a header naming someone else, a connection from an address that
// is no resolved peer) ends that stream with the right stream error while the service keeps working.
#include "AvahiFixture.h"
#include "linklocal/AvahiBackend.h"
#include "linklocal/LinkLocalMessenger.h"
#include "linklocal/LinkLocalService.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::linklocal;
using balcony::test::AvahiFixture;

namespace {

constexpr int timeoutMs = 15000;

struct Side {
    Side(const QDBusConnection &bus)
        : backend(bus)
        , service(&backend)
        , outbox(history)
        , messenger(service, history, outbox)
    {
    }
    bool start(const QString &name)
    {
        LinkLocalPresence presence;
        presence.nick = name.section(u'@', 0, 0);
        QSignalSpy published(&service, &LinkLocalService::published);
        return service.start(name, presence) && (published.size() > 0 || published.wait(timeoutMs));
    }
    QList<StoredMessage> conversation(const QString &peer)
    {
        return history.page(*LinkLocalMessenger::conversationFor(peer), 100);
    }
    AvahiBackend backend;
    LinkLocalService service;
    MemoryHistoryStore history;
    MemoryOutboxStore outbox;
    LinkLocalMessenger messenger;
};

// A raw TCP client that plays a hostile peer. The service under test runs in this thread: every wait spins the
// event loop (QTest::qWait), never blocks in the socket.
struct RawPeer {
    explicit RawPeer(const QHostAddress &from = {})
    {
        if (!from.isNull()) {
            socket.bind(from);
        }
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::connected, &socket, [this] { connected = true; });
    }
    bool connectTo(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return waitFor([this] { return connected; }); // the service may have closed it again already
    }
    // Writes `bytes`, waiting while the socket drains (or until the service closes the connection).
    void writeAll(const QByteArray &bytes)
    {
        socket.write(bytes);
        waitFor([this] { return socket.bytesToWrite() == 0 || socket.state() != QAbstractSocket::ConnectedState; });
    }
    bool waitUntilReceived(const QByteArray &text)
    {
        return waitFor([this, text] { return received.contains(text); });
    }
    // Everything the service writes until it closes the connection.
    QByteArray readUntilClosed()
    {
        waitFor([this] { return socket.state() == QAbstractSocket::UnconnectedState; });
        received += socket.readAll();
        return received;
    }
    static bool waitFor(const std::function<bool()> &condition)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!condition()) {
            if (deadline.hasExpired()) {
                return false;
            }
            QTest::qWait(10);
        }
        return true;
    }
    QTcpSocket socket;
    QByteArray received;
    bool connected = false;
};

QByteArray header(const QString &from, const QString &to)
{
    return "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
           "xmlns:stream='http://etherx.jabber.org/streams' from='"
        + from.toUtf8() + "' to='" + to.toUtf8() + "' version='1.0'>";
}

} // namespace

class TestLinkLocalStreams : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!m_avahi.start()) {
            QSKIP(qPrintable(u"no avahi-daemon: "_s + m_avahi.errorString()));
        }
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        m_aliceName = u"alice-%1@balcony-test"_s.arg(suffix);
        m_bobName = u"bob-%1@balcony-test"_s.arg(suffix);
    }

    void init()
    {
        m_alice = std::make_unique<Side>(m_avahi.connect(u"alice"_s));
        m_bob = std::make_unique<Side>(m_avahi.connect(u"bob"_s));
        QVERIFY(m_alice->start(m_aliceName));
        QVERIFY(m_bob->start(m_bobName));
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->service.peers().peer(m_bobName).has_value(), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_bob->service.peers().peer(m_aliceName).has_value(), timeoutMs);
    }

    void cleanup()
    {
        m_alice.reset();
        m_bob.reset();
        // The next test's services must not see this test's (a new bus connection each time).
        QDBusConnection::disconnectFromBus(u"alice@"_s + m_avahi.busAddress());
        QDBusConnection::disconnectFromBus(u"bob@"_s + m_avahi.busAddress());
    }

    void messagesBothWaysOverOneStream()
    {
        QSignalSpy aliceOpened(&m_alice->service, &LinkLocalService::streamOpened);
        QSignalSpy bobOpened(&m_bob->service, &LinkLocalService::streamOpened);
        QSignalSpy aliceStates(&m_alice->messenger, &LinkLocalMessenger::messageStateChanged);
        const qint64 sent = m_alice->messenger.sendMessage(m_bobName, u"Hello Bob <&> ünïcödé"_s);
        QVERIFY(sent != 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob->conversation(m_aliceName).size(), 1, timeoutMs);
        const StoredMessage got = m_bob->conversation(m_aliceName).constFirst();
        QCOMPARE(got.body, u"Hello Bob <&> ünïcödé"_s);
        QCOMPARE(got.direction, MessageDirection::Incoming);
        QCOMPARE(got.conversation.toString(), m_aliceName);
        // Bob's receipt makes it Delivered at Alice's.
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->history.message(sent)->state, MessageState::Delivered, timeoutMs);
        QVERIFY(m_alice->outbox.pending().isEmpty());

        // Bob answers over the stream Alice opened: no second stream.
        const qint64 reply = m_bob->messenger.sendMessage(m_aliceName, u"Hi Alice"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->conversation(m_bobName).size(), 2, timeoutMs);
        QCOMPARE(m_alice->conversation(m_bobName).constFirst().body, u"Hi Alice"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob->history.message(reply)->state, MessageState::Delivered, timeoutMs);
        QCOMPARE(aliceOpened.size(), 1);
        QCOMPARE(bobOpened.size(), 1);

        // Chat states both ways.
        QSignalSpy bobSawState(&m_bob->messenger, &LinkLocalMessenger::chatStateReceived);
        m_alice->messenger.sendChatState(m_bobName, ChatState::Composing);
        QTRY_VERIFY_WITH_TIMEOUT(!bobSawState.isEmpty(), timeoutMs);
        QCOMPARE(bobSawState.constLast().at(0).toString(), m_aliceName);
        QCOMPARE(bobSawState.constLast().at(1).value<ChatState>(), ChatState::Composing);
        QSignalSpy aliceSawState(&m_alice->messenger, &LinkLocalMessenger::chatStateReceived);
        m_bob->messenger.sendChatState(m_aliceName, ChatState::Paused);
        QTRY_VERIFY_WITH_TIMEOUT(!aliceSawState.isEmpty(), timeoutMs);
        QCOMPARE(aliceSawState.constLast().at(1).value<ChatState>(), ChatState::Paused);
        QVERIFY(aliceStates.size() >= 2); // Sent, Delivered
    }

    void messageToAGonePeerWaitsUntilItIsBack()
    {
        QSignalSpy bobLeft(&m_alice->service.peers(), &LinkLocalPeers::peerRemoved);
        m_bob->service.stop();
        QTRY_COMPARE_WITH_TIMEOUT(bobLeft.size(), 1, timeoutMs);
        const qint64 queued = m_alice->messenger.sendMessage(m_bobName, u"are you there?"_s);
        QVERIFY(queued != 0);
        QCOMPARE(m_alice->history.message(queued)->state, MessageState::Queued);
        QCOMPARE(m_alice->outbox.pending().size(), 1);
        // Still queued a while later: nobody to send it to.
        QTest::qWait(500);
        QCOMPARE(m_alice->history.message(queued)->state, MessageState::Queued);
        QVERIFY(m_bob->conversation(m_aliceName).isEmpty());
        // Bob is back: it goes out.
        QVERIFY(m_bob->start(m_bobName));
        QTRY_COMPARE_WITH_TIMEOUT(m_bob->conversation(m_aliceName).size(), 1, timeoutMs);
        QCOMPARE(m_bob->conversation(m_aliceName).constFirst().body, u"are you there?"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->history.message(queued)->state, MessageState::Delivered, timeoutMs);
    }

    void idleStreamsClose()
    {
        m_alice->service.setIdleTimeout(300);
        QSignalSpy finished(&m_alice->service, &LinkLocalService::streamFinished);
        QSignalSpy bobFinished(&m_bob->service, &LinkLocalService::streamFinished);
        m_alice->messenger.sendMessage(m_bobName, u"one"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob->conversation(m_aliceName).size(), 1, timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeoutMs);
        QCOMPARE(finished.at(0).at(0).toString(), m_bobName);
        QCOMPARE(finished.at(0).at(1).toBool(), true); // Alice closed, Bob answered
        QTRY_COMPARE_WITH_TIMEOUT(bobFinished.size(), 1, timeoutMs);
        QVERIFY(!m_alice->service.hasOpenStream(m_bobName));
        // The next message opens a new one.
        m_alice->messenger.sendMessage(m_bobName, u"two"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob->conversation(m_aliceName).size(), 2, timeoutMs);
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("bobHeader"); // prefix a valid header from Bob's name

        QTest::newRow("garbage instead of a header")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << u"not-well-formed"_s << false;
        QTest::newRow("billion laughs") << QByteArray(
            "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'><!ENTITY lol2 "
            "'&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>]><lolz>&lol2;</lolz>")
                                        << u"restricted-xml"_s << false;
        QTest::newRow("stanza of 10 MB") << ("<message type='chat'><body>" + QByteArray(10 * 1024 * 1024, 'x')
            + "</body></message>") << u"policy-violation"_s
                                         << true;
        QTest::newRow("wrong namespace") << QByteArray("<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                                                       "xmlns:stream='http://etherx.jabber.org/streams' to='x'>")
                                         << u"invalid-namespace"_s << false;
    }

    void hostileInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, condition);
        QFETCH(bool, bobHeader);
        RawPeer mallory;
        QVERIFY(mallory.connectTo(m_alice->service.port()));
        if (bobHeader) {
            mallory.writeAll(header(m_bobName, m_aliceName));
        }
        mallory.writeAll(bytes);
        const QByteArray answer = mallory.readUntilClosed();
        QVERIFY2(answer.contains(QByteArray("<stream:error><" + condition.toUtf8())), answer.left(2000).constData());
        QVERIFY2(answer.contains("</stream:stream>"), answer.left(2000).constData());
        QCOMPARE(mallory.socket.state(), QAbstractSocket::UnconnectedState);
        stillWorks();
    }

    void headerNamingOthersIsRefused_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("condition");
        QTest::newRow("not for us") << u"bob"_s << u"someone-else@nowhere"_s << u"host-unknown"_s;
        QTest::newRow("from no peer") << u"eve@nowhere"_s << u"alice"_s << u"invalid-from"_s;
    }

    void headerNamingOthersIsRefused()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, condition);
        RawPeer mallory;
        QVERIFY(mallory.connectTo(m_alice->service.port()));
        QSignalSpy refused(&m_alice->service, &LinkLocalService::incomingRefused);
        mallory.writeAll(header(from == u"bob"_s ? m_bobName : from, to == u"alice"_s ? m_aliceName : to));
        const QByteArray answer = mallory.readUntilClosed();
        QVERIFY2(answer.contains(QByteArray("<stream:error><" + condition.toUtf8())), answer.constData());
        QCOMPARE(refused.size(), 1);
        stillWorks();
    }

    void connectionFromAnAddressOfNoPeerIsRefused()
    {
        // Every peer here resolves to 127.0.0.1; 127.0.0.2 is the loopback too, but no peer's address.
        RawPeer stranger(QHostAddress(u"127.0.0.2"_s));
        QSignalSpy refused(&m_alice->service, &LinkLocalService::incomingRefused);
        QVERIFY(stranger.connectTo(m_alice->service.port()));
        // Even with Bob's name in the header: the address decides.
        stranger.writeAll(header(m_bobName, m_aliceName));
        const QByteArray answer = stranger.readUntilClosed();
        QVERIFY2(answer.contains("<stream:error><invalid-from"), answer.constData());
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, timeoutMs);
        QCOMPARE(refused.at(0).at(0).value<QHostAddress>(), QHostAddress(u"127.0.0.2"_s));
        QVERIFY(m_alice->conversation(m_bobName).isEmpty());
        stillWorks();
    }

    void rawPeerWithTheRightNamesIsServed()
    {
        // A stream from Bob's address naming Bob is accepted: the answer is Alice's header and features, a
        // message is stored as Bob's, and a receipt request is answered.
        RawPeer bobClone;
        QVERIFY(bobClone.connectTo(m_alice->service.port()));
        bobClone.writeAll(header(m_bobName, m_aliceName));
        bobClone.writeAll("<message type='chat' id='m1'><body>raw hello</body>"
                          "<request xmlns='urn:xmpp:receipts'/></message>");
        QVERIFY(bobClone.waitUntilReceived("<received"));
        const QByteArray answer = bobClone.received;
        QVERIFY2(answer.contains(QByteArray("from=\"" + m_aliceName.toUtf8() + "\"")), answer.constData());
        QVERIFY2(answer.contains(QByteArray("to=\"" + m_bobName.toUtf8() + "\"")), answer.constData());
        QVERIFY2(answer.contains("<stream:features/>"), answer.constData());
        QVERIFY2(answer.contains("<received xmlns=\"urn:xmpp:receipts\" id=\"m1\"/>"), answer.constData());
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->conversation(m_bobName).size(), 1, timeoutMs);
        QCOMPARE(m_alice->conversation(m_bobName).constFirst().body, u"raw hello"_s);
        // An IQ request is answered with service-unavailable.
        bobClone.writeAll("<iq type='get' id='q1'><query xmlns='jabber:iq:version'/></iq>");
        QVERIFY2(bobClone.waitUntilReceived("service-unavailable"), bobClone.received.constData());
        // Closing: Alice answers with hers.
        bobClone.writeAll("</stream:stream>");
        QVERIFY(bobClone.readUntilClosed().contains("</stream:stream>"));
    }

private:
    // After each bad stream: Bob and Alice still talk.
    void stillWorks()
    {
        const int before = int(m_bob->conversation(m_aliceName).size());
        m_alice->messenger.sendMessage(m_bobName, u"still here"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob->conversation(m_aliceName).size(), before + 1, timeoutMs);
    }

    AvahiFixture m_avahi;
    QString m_aliceName;
    QString m_bobName;
    std::unique_ptr<Side> m_alice;
    std::unique_ptr<Side> m_bob;
};

QTEST_GUILESS_MAIN(TestLinkLocalStreams)
#include "tst_linklocalstreams.moc"
