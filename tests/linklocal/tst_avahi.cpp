// AvahiBackend against a real avahi-daemon (AvahiFixture: the system's, or its own on the loopback interface):
// two backends on their own bus connections publish `_presence._tcp`, see each other appear, change and leave;
// a taken name gets avahi's alternative; avahi's own tools see what we publish, and we see (or reject) what
// they publish.
#include "AvahiFixture.h"
#include "linklocal/AvahiBackend.h"
#include "linklocal/LinkLocalMessenger.h"
#include "linklocal/LinkLocalPeers.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony::linklocal;
using balcony::test::AvahiFixture;

namespace {

constexpr int timeoutMs = 15000; // avahi probes a new name for ~750 ms before announcing it; loaded machines

struct Side {
    Side(const QDBusConnection &bus)
        : backend(bus)
        , peers(&backend)
    {
    }
    AvahiBackend backend;
    LinkLocalPeers peers;
};

LinkLocalPresence presence(const QString &nick, LinkLocalPresence::Status status = LinkLocalPresence::Status::Available)
{
    LinkLocalPresence p;
    p.nick = nick;
    p.status = status;
    p.p2pjPort = 5562;
    return p;
}

} // namespace

class TestAvahi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!m_avahi.start()) {
            QSKIP(qPrintable(u"no avahi-daemon: "_s + m_avahi.errorString()));
        }
        m_suffix = QString::number(QCoreApplication::applicationPid());
        qInfo() << (m_avahi.ownsDaemon() ? "started avahi-daemon" : "using the running avahi-daemon")
                << m_avahi.avahiPid() << "on" << m_avahi.busAddress();
    }

    void twoBackendsSeeEachOtherAppearChangeAndLeave()
    {
        Side alice(m_avahi.connect(u"alice"_s));
        Side bob(m_avahi.connect(u"bob"_s));
        const QString aliceName = u"alice-%1@balcony-test"_s.arg(m_suffix);
        const QString bobName = u"bob-%1@balcony-test"_s.arg(m_suffix);
        QSignalSpy alicePublished(&alice.backend, &LinkLocalBackend::published);
        QSignalSpy bobPublished(&bob.backend, &LinkLocalBackend::published);
        alice.backend.startBrowsing();
        bob.backend.startBrowsing();
        alice.backend.publish(aliceName, 40001, encodeTxt(presence(u"alice"_s)));
        bob.backend.publish(bobName, 40002, encodeTxt(presence(u"bob"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(alicePublished.size(), 1, timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(bobPublished.size(), 1, timeoutMs);
        QCOMPARE(alicePublished.at(0).at(0).toString(), aliceName);
        QCOMPARE(alice.backend.publishedName(), aliceName);

        QTRY_VERIFY_WITH_TIMEOUT(alice.peers.peer(bobName).has_value(), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(bob.peers.peer(aliceName).has_value(), timeoutMs);
        const LinkLocalPeer seenBob = *alice.peers.peer(bobName);
        QCOMPARE(seenBob.port, quint16(40002));
        QCOMPARE(seenBob.presence.nick, u"bob"_s);
        QCOMPARE(seenBob.presence.status, LinkLocalPresence::Status::Available);
        QVERIFY(!seenBob.addresses.isEmpty());
        QVERIFY(!seenBob.hostName.isEmpty());
        // Neither sees itself.
        QVERIFY(!alice.peers.peer(aliceName));
        QVERIFY(!bob.peers.peer(bobName));

        // A status change reaches the other side.
        QSignalSpy aliceSawChange(&alice.peers, &LinkLocalPeers::peerChanged);
        LinkLocalPresence away = presence(u"bob"_s, LinkLocalPresence::Status::Away);
        away.message = u"out for lunch"_s;
        bob.backend.updateTxt(encodeTxt(away));
        QTRY_VERIFY_WITH_TIMEOUT(
            alice.peers.peer(bobName) && alice.peers.peer(bobName)->presence.status == LinkLocalPresence::Status::Away,
            timeoutMs);
        QCOMPARE(alice.peers.peer(bobName)->presence.message, u"out for lunch"_s);
        QVERIFY(!aliceSawChange.isEmpty());

        // Bob signs out: Alice sees him leave.
        QSignalSpy aliceSawLeave(&alice.peers, &LinkLocalPeers::peerRemoved);
        bob.backend.withdraw();
        QTRY_VERIFY_WITH_TIMEOUT(!alice.peers.peer(bobName).has_value(), timeoutMs);
        QCOMPARE(aliceSawLeave.size(), 1);
        QCOMPARE(aliceSawLeave.at(0).at(0).toString(), bobName);
        QCOMPARE(bob.backend.publishedName(), QString());
        // And back.
        bob.backend.publish(bobName, 40002, encodeTxt(presence(u"bob"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(alice.peers.peer(bobName).has_value(), timeoutMs);
    }

    void takenNameGetsTheAlternative()
    {
        Side first(m_avahi.connect(u"first"_s));
        Side second(m_avahi.connect(u"second"_s));
        const QString name = u"carol-%1@balcony-test"_s.arg(m_suffix);
        QSignalSpy firstPublished(&first.backend, &LinkLocalBackend::published);
        QSignalSpy secondPublished(&second.backend, &LinkLocalBackend::published);
        first.backend.publish(name, 40003, encodeTxt(presence(u"carol"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(firstPublished.size(), 1, timeoutMs);
        second.backend.publish(name, 40004, encodeTxt(presence(u"carol"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(secondPublished.size(), 1, timeoutMs);
        const QString alternative = secondPublished.at(0).at(0).toString();
        // Not avahi's "carol@balcony-test #2", which is no address: the number goes into the user part.
        QCOMPARE(alternative, u"carol-%1-2@balcony-test"_s.arg(m_suffix));
        QVERIFY(LinkLocalMessenger::conversationFor(alternative).has_value());
        QCOMPARE(second.backend.publishedName(), alternative);
        // A third browser sees both, with their own ports.
        Side observer(m_avahi.connect(u"observer"_s));
        observer.backend.startBrowsing();
        QTRY_VERIFY_WITH_TIMEOUT(observer.peers.peer(alternative).has_value(), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(observer.peers.peer(name).has_value(), timeoutMs);
        QCOMPARE(observer.peers.peer(name)->port, quint16(40003));
        QCOMPARE(observer.peers.peer(alternative)->port, quint16(40004));
    }

    void avahiToolsSeeUsAndWeSeeThem()
    {
        if (QStandardPaths::findExecutable(u"avahi-publish"_s).isEmpty()
            || QStandardPaths::findExecutable(u"avahi-browse"_s).isEmpty()) {
            QSKIP("avahi-utils is not installed");
        }
        Side side(m_avahi.connect(u"tools"_s));
        const QString name = u"dave-%1@balcony-test"_s.arg(m_suffix);
        QSignalSpy published(&side.backend, &LinkLocalBackend::published);
        LinkLocalPresence dave = presence(u"dave"_s, LinkLocalPresence::Status::Dnd);
        dave.jid = u"dave@example.org"_s;
        side.backend.publish(name, 40005, encodeTxt(dave));
        side.backend.startBrowsing();
        QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, timeoutMs);

        // avahi-browse (avahi-client, its own connection): parsable lines "=;iface;proto;name;type;domain;host;
        // address;port;txt".
        QProcess browse;
        browse.start(u"avahi-browse"_s, { u"--resolve"_s, u"--parsable"_s, u"--terminate"_s, u"_presence._tcp"_s });
        QVERIFY(browse.waitForFinished(timeoutMs));
        const QString lines = QString::fromUtf8(browse.readAllStandardOutput());
        QString ours;
        for (const QString &line : lines.split(u'\n')) {
            // avahi-browse escapes '@' as \064 in parsable output.
            if (line.startsWith(u"=;"_s) && line.contains(QString(name).replace(u"@"_s, u"\\064"_s))) {
                ours = line;
            }
        }
        QVERIFY2(!ours.isEmpty(), qPrintable(lines));
        QVERIFY2(ours.contains(u";40005;"_s), qPrintable(ours));
        QVERIFY2(ours.contains(u"\"status=dnd\""_s), qPrintable(ours));
        QVERIFY2(ours.contains(u"\"jid=dave@example.org\""_s), qPrintable(ours));
        QVERIFY2(ours.contains(u"\"txtvers=1\""_s), qPrintable(ours));

        // A service avahi-publish announces: a well-formed one is a peer, a malformed one is rejected with a
        // reason and the app carries on.
        QSignalSpy rejected(&side.peers, &LinkLocalPeers::recordRejected);
        const QString good = u"erin-%1@other-host"_s.arg(m_suffix);
        const QString bad = u"mallory-%1@other-host"_s.arg(m_suffix);
        QProcess publishGood;
        publishGood.start(u"avahi-publish"_s,
            { u"-s"_s, good, u"_presence._tcp"_s, u"40006"_s, u"txtvers=1"_s, u"nick=erin"_s, u"status=away"_s });
        QProcess publishBad;
        publishBad.start(
            u"avahi-publish"_s, { u"-s"_s, bad, u"_presence._tcp"_s, u"40007"_s, u"txtvers=7"_s, u"nick=m"_s });
        QTRY_VERIFY_WITH_TIMEOUT(side.peers.peer(good).has_value(), timeoutMs);
        QCOMPARE(side.peers.peer(good)->presence.status, LinkLocalPresence::Status::Away);
        QCOMPARE(side.peers.peer(good)->port, quint16(40006));
        QTRY_VERIFY_WITH_TIMEOUT(!rejected.isEmpty(), timeoutMs);
        QCOMPARE(rejected.at(0).at(0).toString(), bad);
        QVERIFY(rejected.at(0).at(1).toString().contains(u"txtvers"_s));
        QVERIFY(!side.peers.peer(bad));
        // avahi-publish quits: the service leaves (its client's entry group dies with it).
        publishGood.terminate(); // the avahi-publish this test started
        publishBad.terminate();
        QVERIFY(publishGood.waitForFinished(timeoutMs));
        QVERIFY(publishBad.waitForFinished(timeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!side.peers.peer(good).has_value(), timeoutMs);
    }

    void daemonRestartRepublishesAndRebrowses()
    {
        if (!m_avahi.ownsDaemon()) {
            QSKIP("the system's avahi-daemon is not ours to restart");
        }
        Side alice(m_avahi.connect(u"restart-alice"_s));
        Side bob(m_avahi.connect(u"restart-bob"_s));
        const QString aliceName = u"ann-%1@balcony-test"_s.arg(m_suffix);
        const QString bobName = u"ben-%1@balcony-test"_s.arg(m_suffix);
        QSignalSpy alicePublished(&alice.backend, &LinkLocalBackend::published);
        alice.backend.publish(aliceName, 40011, encodeTxt(presence(u"ann"_s)));
        bob.backend.publish(bobName, 40012, encodeTxt(presence(u"ben"_s)));
        alice.backend.startBrowsing();
        bob.backend.startBrowsing();
        QTRY_VERIFY_WITH_TIMEOUT(alice.peers.peer(bobName).has_value(), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(bob.peers.peer(aliceName).has_value(), timeoutMs);
        QSignalSpy aliceLost(&alice.peers, &LinkLocalPeers::peerRemoved);

        QTest::ignoreMessage(QtWarningMsg, "avahi-daemon left the bus");
        QTest::ignoreMessage(QtWarningMsg, "avahi-daemon left the bus");
        QVERIFY2(m_avahi.restartDaemon(), qPrintable(m_avahi.errorString()));
        // The daemon's objects went with it: the peers it reported are gone, then everything comes back.
        // (Earlier tests' records, withdrawn less than a second ago, may leave in the same way.)
        const auto lostBob = [&] {
            return std::any_of(aliceLost.cbegin(), aliceLost.cend(),
                [&](const QList<QVariant> &args) { return args.at(0).toString() == bobName; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(lostBob(), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(alicePublished.size() >= 2, timeoutMs); // published again
        QTRY_VERIFY_WITH_TIMEOUT(alice.peers.peer(bobName).has_value(), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(bob.peers.peer(aliceName).has_value(), timeoutMs);
        QCOMPARE(alice.backend.publishedName(), aliceName);
    }

private:
    AvahiFixture m_avahi;
    QString m_suffix;
};

QTEST_GUILESS_MAIN(TestAvahi)
#include "tst_avahi.moc"
