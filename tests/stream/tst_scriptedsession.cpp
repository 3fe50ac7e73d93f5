// ScriptedSession::expect(): protocol tests read as transcripts. A match ignores attribute order, namespace
// declarations and whitespace between elements; a mismatch, a missing stanza or unparsable expected XML fails the
// test (checked here as expected failures: QEXPECT_FAIL turns the report into XFAIL, and a report that does not
// come makes the next QVERIFY an XPASS, which fails); stanzas are consumed one by one; ids are deterministic on
// request.
#include "ScriptedSession.h"

#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

Element message(const QString &to, const QString &body)
{
    Element m(u"message"_s, u"jabber:client"_s);
    m.setAttribute(u"type"_s, u"chat"_s);
    m.setAttribute(u"to"_s, to);
    m.setAttribute(u"id"_s, Connection::generateId());
    m.appendTextChild(u"body"_s, u"jabber:client"_s, body);
    return m;
}

} // namespace

class TestScriptedSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesNormalisedAndConsumesInOrder();
    void deterministicIdsEndWithTheSession();
    void mismatchFails();
    void missingStanzaFails();
    void unparsableExpectationFails();
    void somethingWrittenFailsExpectNothing();
};

void TestScriptedSession::matchesNormalisedAndConsumesInOrder()
{
    ScriptedSession session;
    session.useDeterministicIds();
    QVERIFY(session.login());
    session.takeStanzas();
    QVERIFY(session.connection().send(message(u"juliet@example.net"_s, u"one"_s)));
    QVERIFY(session.connection().send(message(u"juliet@example.net"_s, u"two"_s)));
    QVERIFY(session.connection().send(message(u"romeo@example.net"_s, u"three"_s)));
    // The bind request took id1. Attribute order and whitespace between elements do not matter; two stanzas at
    // once.
    QVERIFY(session.expect("<message id='id2' to='juliet@example.net' type='chat'>\n  <body>one</body>\n</message>"
                           "<message xmlns='jabber:client' type='chat' to='juliet@example.net' id='id3'>"
                           "<body>two</body></message>"));
    // The third is still there, for the next expect().
    QVERIFY(session.expect("<message type='chat' to='romeo@example.net' id='id4'><body>three</body></message>"));
    QVERIFY(session.expectNothing());
}

void TestScriptedSession::deterministicIdsEndWithTheSession()
{
    {
        ScriptedSession session;
        session.useDeterministicIds();
        QCOMPARE(Connection::generateId(), u"id1"_s);
        QCOMPARE(Connection::generateId(), u"id2"_s);
        session.useDeterministicIds();
        QCOMPARE(Connection::generateId(), u"id1"_s);
    }
    // Random again: 96 bits, not a counter.
    const QString id = Connection::generateId();
    QVERIFY(!id.startsWith(u"id"_s) || id.size() > 8);
    QVERIFY(id != Connection::generateId());
}

void TestScriptedSession::mismatchFails()
{
    ScriptedSession session;
    session.useDeterministicIds();
    QVERIFY(session.login());
    session.takeStanzas();
    QVERIFY(session.connection().send(message(u"juliet@example.net"_s, u"hello"_s)));
    QEXPECT_FAIL("", "the body differs", Continue);
    const bool matched
        = session.expect("<message type='chat' to='juliet@example.net' id='id2'><body>hullo</body></message>");
    // Consumes the expected failure only if expect() did not report one: an XPASS then fails the test.
    QVERIFY(true);
    QVERIFY(!matched);
}

void TestScriptedSession::missingStanzaFails()
{
    ScriptedSession session;
    session.useDeterministicIds();
    QVERIFY(session.login());
    session.takeStanzas();
    QVERIFY(session.connection().send(message(u"juliet@example.net"_s, u"only one"_s)));
    QEXPECT_FAIL("", "the second stanza was never written", Continue);
    const bool matched
        = session.expect("<message type='chat' to='juliet@example.net' id='id2'><body>only one</body></message>"
                         "<message type='chat' to='juliet@example.net' id='id3'><body>two</body></message>");
    // Consumes the expected failure only if expect() did not report one: an XPASS then fails the test.
    QVERIFY(true);
    QVERIFY(!matched);
}

void TestScriptedSession::unparsableExpectationFails()
{
    ScriptedSession session;
    QVERIFY(session.login());
    session.takeStanzas();
    QEXPECT_FAIL("", "the expected XML is not XML", Continue);
    const bool matched = session.expect("<message><body>unclosed</message>");
    // Consumes the expected failure only if expect() did not report one: an XPASS then fails the test.
    QVERIFY(true);
    QVERIFY(!matched);
}

void TestScriptedSession::somethingWrittenFailsExpectNothing()
{
    ScriptedSession session;
    QVERIFY(session.login());
    session.takeStanzas();
    QVERIFY(session.connection().send(message(u"juliet@example.net"_s, u"unexpected"_s)));
    QEXPECT_FAIL("", "a stanza was written", Continue);
    const bool matched = session.expectNothing();
    // Consumes the expected failure only if expect() did not report one: an XPASS then fails the test.
    QVERIFY(true);
    QVERIFY(!matched);
}

QTEST_GUILESS_MAIN(TestScriptedSession)
#include "tst_scriptedsession.moc"
