#include "XmlCompare.h"
#include "stream/IqTracker.h"

#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace Qt::StringLiterals;
using balcony::test::parseFragment;

namespace {

Element iq(const char *xml)
{
    Element e = parseFragment(QByteArray(xml));
    if (e.isNull()) {
        qFatal("bad fixture: %s", xml);
    }
    return e;
}

Jid ownJid()
{
    return *Jid::parse(u"juliet@example.com/balcony");
}

} // namespace

class TestIqTracker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resultFromAddressee();
    void spoofedSenderIgnored();
    void requestWithoutTo();
    void requestWithoutToRejectsOthers();
    void requestToOwnBareJid();
    void errorResponse();
    void unknownIdNotTaken();
    void getIsNotAResponse();
    void timeout();
    void cancelAll();
    void invalidRequestCancelled();
    void callbackMayTrackAgain();
    void noObjectPerRequest();
    void timeoutsInDeadlineOrder();
    void cancelAllInSendOrder();
};

void TestIqTracker::resultFromAddressee()
{
    IqTracker tracker;
    tracker.setOwnJid(ownJid());
    int calls = 0;
    IqResult got;
    tracker.track(iq("<iq type='get' id='q1' to='romeo@example.net/orchard'><query xmlns='jabber:iq:version'/></iq>"),
        [&](const IqResult &r) {
            ++calls;
            got = r;
        });
    QCOMPARE(tracker.pendingCount(), 1);
    // Same JID written with a differently cased domain is the same sender (RFC 7622 normalisation).
    QVERIFY(tracker.handleResponse(iq("<iq type='result' id='q1' from='romeo@EXAMPLE.net/orchard'/>")));
    QCOMPARE(calls, 1);
    QCOMPARE(got.status, IqResult::Status::Result);
    QCOMPARE(got.stanza.attribute(u"id"), QStringLiteral("q1"));
    QCOMPARE(tracker.pendingCount(), 0);
    // A second reply with the same id is not ours any more.
    QVERIFY(!tracker.handleResponse(iq("<iq type='result' id='q1' from='romeo@example.net/orchard'/>")));
    QCOMPARE(calls, 1);
}

void TestIqTracker::spoofedSenderIgnored()
{
    IqTracker tracker;
    tracker.setOwnJid(ownJid());
    int calls = 0;
    tracker.track(iq("<iq type='get' id='q2' to='romeo@example.net/orchard'/>"), [&](const IqResult &) { ++calls; });
    QVERIFY(!tracker.handleResponse(iq("<iq type='result' id='q2' from='mallory@evil.example/x'/>")));
    QVERIFY(!tracker.handleResponse(iq("<iq type='result' id='q2'/>")));
    QVERIFY(!tracker.handleResponse(iq("<iq type='result' id='q2' from='romeo@example.net'/>")));
    QVERIFY(!tracker.handleResponse(iq("<iq type='result' id='q2' from='juliet@example.com'/>")));
    QCOMPARE(calls, 0);
    QCOMPARE(tracker.pendingCount(), 1);
    QVERIFY(tracker.handleResponse(iq("<iq type='result' id='q2' from='romeo@example.net/orchard'/>")));
    QCOMPARE(calls, 1);
}

void TestIqTracker::requestWithoutTo()
{
    const QList<const char *> replies
        = { "<iq type='result' id='r'/>", "<iq type='result' id='r' from='juliet@example.com'/>",
              "<iq type='result' id='r' from='juliet@example.com/balcony'/>" };
    for (const char *reply : replies) {
        IqTracker tracker;
        tracker.setOwnJid(ownJid());
        int calls = 0;
        tracker.track(
            iq("<iq type='get' id='r'><query xmlns='jabber:iq:roster'/></iq>"), [&](const IqResult &) { ++calls; });
        QVERIFY2(tracker.handleResponse(iq(reply)), reply);
        QCOMPARE(calls, 1);
    }
}

void TestIqTracker::requestWithoutToRejectsOthers()
{
    IqTracker tracker;
    tracker.setOwnJid(ownJid());
    int calls = 0;
    tracker.track(
        iq("<iq type='get' id='r'><query xmlns='jabber:iq:roster'/></iq>"), [&](const IqResult &) { ++calls; });
    // A roster "result" from a contact must never be taken as the server's answer (CVE-class spoofing).
    QVERIFY(!tracker.handleResponse(iq("<iq type='result' id='r' from='romeo@example.net'/>")));
    QVERIFY(!tracker.handleResponse(iq("<iq type='result' id='r' from='juliet@example.com/other'/>")));
    QVERIFY(!tracker.handleResponse(iq("<iq type='result' id='r' from='example.net'/>")));
    QCOMPARE(calls, 0);
}

void TestIqTracker::requestToOwnBareJid()
{
    IqTracker tracker;
    tracker.setOwnJid(ownJid());
    int calls = 0;
    tracker.track(iq("<iq type='get' id='v' to='juliet@example.com'/>"), [&](const IqResult &) { ++calls; });
    QVERIFY(!tracker.handleResponse(iq("<iq type='result' id='v' from='romeo@example.net'/>")));
    QVERIFY(tracker.handleResponse(iq("<iq type='result' id='v' from='juliet@example.com'/>")));
    QCOMPARE(calls, 1);
}

void TestIqTracker::errorResponse()
{
    IqTracker tracker;
    tracker.setOwnJid(ownJid());
    IqResult got;
    tracker.track(iq("<iq type='set' id='e1' to='pubsub.example.com'/>"), [&](const IqResult &r) { got = r; });
    QVERIFY(tracker.handleResponse(iq("<iq type='error' id='e1' from='pubsub.example.com'><error type='cancel'>"
                                      "<item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>")));
    QCOMPARE(got.status, IqResult::Status::Error);
    QCOMPARE(got.error.condition, StanzaError::Condition::ItemNotFound);
    QCOMPARE(got.error.type, StanzaError::Type::Cancel);
}

void TestIqTracker::unknownIdNotTaken()
{
    IqTracker tracker;
    tracker.setOwnJid(ownJid());
    QVERIFY(!tracker.handleResponse(iq("<iq type='result' id='nobody'/>")));
    QVERIFY(!tracker.handleResponse(iq("<message id='nobody'/>")));
}

void TestIqTracker::getIsNotAResponse()
{
    IqTracker tracker;
    tracker.setOwnJid(ownJid());
    int calls = 0;
    tracker.track(iq("<iq type='get' id='g' to='example.com'/>"), [&](const IqResult &) { ++calls; });
    QVERIFY(!tracker.handleResponse(iq("<iq type='get' id='g' from='example.com'/>")));
    QVERIFY(!tracker.handleResponse(iq("<iq type='set' id='g' from='example.com'/>")));
    QCOMPARE(calls, 0);
}

void TestIqTracker::timeout()
{
    IqTracker tracker;
    tracker.setOwnJid(ownJid());
    QList<IqResult::Status> statuses;
    tracker.track(
        iq("<iq type='get' id='t' to='example.com'/>"), [&](const IqResult &r) { statuses.append(r.status); }, 20);
    QTRY_COMPARE(statuses.size(), 1);
    QCOMPARE(statuses.first(), IqResult::Status::Timeout);
    QCOMPARE(tracker.pendingCount(), 0);
    // A late answer is not a response to anything now.
    QVERIFY(!tracker.handleResponse(iq("<iq type='result' id='t' from='example.com'/>")));
    QCOMPARE(statuses.size(), 1);
}

void TestIqTracker::cancelAll()
{
    IqTracker tracker;
    tracker.setOwnJid(ownJid());
    QList<IqResult::Status> statuses;
    for (const char *xml : { "<iq type='get' id='a' to='example.com'/>", "<iq type='set' id='b'/>" }) {
        tracker.track(
            iq(xml), [&](const IqResult &r) { statuses.append(r.status); }, 50);
    }
    QCOMPARE(tracker.pendingCount(), 2);
    tracker.cancelAll();
    QCOMPARE(statuses, (QList<IqResult::Status> { IqResult::Status::Cancelled, IqResult::Status::Cancelled }));
    QCOMPARE(tracker.pendingCount(), 0);
    // The timers went with them.
    QTest::qWait(100);
    QCOMPARE(statuses.size(), 2);
}

void TestIqTracker::invalidRequestCancelled()
{
    IqTracker tracker;
    QList<IqResult::Status> statuses;
    auto record = [&](const IqResult &r) { statuses.append(r.status); };
    tracker.track(iq("<iq type='get'/>"), record); // no id
    tracker.track(iq("<iq type='result' id='x'/>"), record); // not a request
    tracker.track(iq("<iq type='get' id='dup'/>"), record);
    tracker.track(iq("<iq type='get' id='dup'/>"), record); // would steal the first one's answer
    QCOMPARE(statuses.size(), 3);
    QCOMPARE(tracker.pendingCount(), 1);
}

void TestIqTracker::callbackMayTrackAgain()
{
    IqTracker tracker;
    tracker.setOwnJid(ownJid());
    int second = 0;
    tracker.track(iq("<iq type='get' id='one'/>"),
        [&](const IqResult &) { tracker.track(iq("<iq type='get' id='two'/>"), [&](const IqResult &) { ++second; }); });
    tracker.cancelAll();
    // The request made from the callback is new and stays pending.
    QCOMPARE(tracker.pendingCount(), 1);
    QCOMPARE(second, 0);
    QVERIFY(tracker.handleResponse(iq("<iq type='result' id='two'/>")));
    QCOMPARE(second, 1);
}

void TestIqTracker::noObjectPerRequest()
{
    // Issue 11: a server can make the client send thousands of requests (caps queries). A QTimer per request
    // made cancelling them quadratic (Qt searches its timers and children linearly); one timer serves all.
    IqTracker tracker;
    tracker.setOwnJid(ownJid());
    int cancelled = 0;
    for (int i = 0; i < 2000; ++i) {
        Element request = iq("<iq type='get' to='romeo@example.net/orchard'/>");
        request.setAttribute(u"id"_s, u"q%1"_s.arg(i));
        tracker.track(
            request, [&](const IqResult &r) { cancelled += r.status == IqResult::Status::Cancelled; }, 30000);
    }
    QCOMPARE(tracker.pendingCount(), 2000);
    QVERIFY2(tracker.findChildren<QObject *>().size() <= 1,
        qPrintable(QString::number(tracker.findChildren<QObject *>().size())));
    tracker.cancelAll();
    QCOMPARE(cancelled, 2000);
}

void TestIqTracker::timeoutsInDeadlineOrder()
{
    IqTracker tracker;
    tracker.setOwnJid(ownJid());
    QStringList order;
    const auto track = [&](const char *id, int timeoutMs) {
        Element request = iq("<iq type='get' to='example.com'/>");
        request.setAttribute(u"id"_s, QString::fromLatin1(id));
        tracker.track(
            request,
            [&order, id](const IqResult &r) {
                if (r.status == IqResult::Status::Timeout) {
                    order.append(QString::fromLatin1(id));
                }
            },
            timeoutMs);
    };
    track("slow", 400);
    track("fast", 20);
    track("never", 0); // no timeout at all
    track("answered", 30);
    track("middle", 200);
    track("fast-too", 20); // same deadline as "fast" or later: after it
    QVERIFY(tracker.handleResponse(iq("<iq type='result' id='answered' from='example.com'/>")));
    QTRY_COMPARE(order.size(), 4);
    QCOMPARE(order, (QStringList { u"fast"_s, u"fast-too"_s, u"middle"_s, u"slow"_s }));
    QCOMPARE(tracker.pendingCount(), 1);
    QVERIFY(tracker.handleResponse(iq("<iq type='result' id='never' from='example.com'/>")));
}

void TestIqTracker::cancelAllInSendOrder()
{
    IqTracker tracker;
    tracker.setOwnJid(ownJid());
    QStringList order;
    for (int i = 0; i < 50; ++i) {
        Element request = iq("<iq type='get' to='example.com'/>");
        request.setAttribute(u"id"_s, u"r%1"_s.arg(i));
        tracker.track(
            request, [&order, i](const IqResult &) { order.append(u"r%1"_s.arg(i)); }, i % 2 ? 0 : 1000);
    }
    tracker.cancelAll();
    QCOMPARE(order.size(), 50);
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(order.at(i), u"r%1"_s.arg(i));
    }
}

QTEST_GUILESS_MAIN(TestIqTracker)
#include "tst_iqtracker.moc"
