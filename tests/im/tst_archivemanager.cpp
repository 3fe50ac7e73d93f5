// XEP-0313 archive catch-up and paging back on a bound session (scripted server): the first bounded
// catch-up, multi-page catch-up from the stored position with no gap and no duplicate, an empty archive
// at the first catch-up (the next one pages from the start), the position committed with each page, an
// expired position, spoofed results, and fetchBefore() for history paging.
#include "ScriptedSession.h"
#include "TestJid.h"
#include "XmlCompare.h"
#include "im/ArchiveManager.h"
#include "im/ImNamespaces.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray stamp(int n)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(n).toString(Qt::ISODate).toUtf8();
}

// One archived message: number n, archive id "A<n>", from Juliet (or to her when n is even and `mixed`).
QByteArray result(const QString &queryId, int n, bool mixed = true, const QByteArray &from = "user@example.com")
{
    const bool outgoing = mixed && n % 2 == 0;
    const QByteArray number = QByteArray::number(n);
    QByteArray inner;
    if (outgoing) {
        inner = "<message xmlns='jabber:client' from='user@example.com/phone' to='juliet@example.net' type='chat' "
                "id='x"
            + number + "'><body>m" + number + "</body><origin-id xmlns='urn:xmpp:sid:0' id='x" + number
            + "'/></message>";
    } else {
        inner = "<message xmlns='jabber:client' from='juliet@example.net/a' to='user@example.com/phone' type='chat' "
                "id='x"
            + number + "'><body>m" + number + "</body></message>";
    }
    return "<message from='" + from + "' to='user@example.com/balcony'><result xmlns='urn:xmpp:mam:2' queryid='"
        + queryId.toUtf8() + "' id='A" + QByteArray::number(n)
        + "'><forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='" + stamp(n) + "'/>" + inner
        + "</forwarded></result></message>";
}

QByteArray fin(const QString &iqId, int first, int last, bool complete)
{
    QByteArray set = "<set xmlns='http://jabber.org/protocol/rsm'>";
    if (last >= first) {
        set += "<first>A" + QByteArray::number(first) + "</first><last>A" + QByteArray::number(last) + "</last>";
    }
    set += "</set>";
    return "<iq type='result' id='" + iqId.toUtf8() + "'><fin xmlns='urn:xmpp:mam:2'"
        + (complete ? " complete='true'" : "") + ">" + set + "</fin></iq>";
}

} // namespace

class TestArchiveManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void firstCatchUpTakesNewestPage();
    void catchUpFromPositionMultiPage();
    void emptyArchiveThenCatchUpFromStart();
    void positionCommittedPerPage();
    void liveDuplicatesNotStoredTwice();
    void expiredPositionReportsGap();
    void spoofedResultsDropped();
    void fetchBeforePagesBack();
    void resultsBeyondMaxAreDropped();
    void pageWithoutProgressEndsCatchUp();

private:
    bool start();
    // The MAM query among the written stanzas (null if none).
    Element takeQuery();
    // Feeds results [first, last] and the fin for `query`.
    void answer(const Element &query, int first, int last, bool complete);

    MemoryHistoryStore m_history;
    std::unique_ptr<MemoryOutboxStore> m_outboxStore;
    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<MessageManager> m_messages;
    std::unique_ptr<ArchiveManager> m_archive;
};

void TestArchiveManager::init()
{
    m_history = MemoryHistoryStore();
    m_outboxStore = std::make_unique<MemoryOutboxStore>(m_history);
    m_session = std::make_unique<ScriptedSession>();
}

void TestArchiveManager::cleanup()
{
    m_archive.reset();
    m_messages.reset();
    m_outbox.reset();
    m_session.reset();
    m_outboxStore.reset();
}

bool TestArchiveManager::start()
{
    m_outbox = std::make_unique<Outbox>(m_session->connection(), *m_outboxStore);
    // The message module first: it must leave archive results to the archive module.
    m_messages = std::make_unique<MessageManager>(m_session->connection(), m_history, *m_outbox, nullptr);
    m_archive = std::make_unique<ArchiveManager>(m_session->connection(), m_history);
    m_archive->setPageSize(3);
    return m_session->login();
}

Element TestArchiveManager::takeQuery()
{
    for (const Element &stanza : m_session->takeStanzas()) {
        if (stanza.name() == u"iq" && stanza.hasChild(u"query", ns::mam())) {
            return stanza;
        }
    }
    return {};
}

void TestArchiveManager::answer(const Element &query, int first, int last, bool complete)
{
    const QString queryId = query.firstChild(u"query", ns::mam()).attribute(u"queryid");
    for (int n = first; n <= last; ++n) {
        m_session->inject(result(queryId, n));
    }
    m_session->inject(fin(query.attribute(u"id"), first, last, complete));
}

void TestArchiveManager::firstCatchUpTakesNewestPage()
{
    QVERIFY(start());
    QSignalSpy done(m_archive.get(), &ArchiveManager::catchUpFinished);
    const Element query = takeQuery();
    QVERIFY(!query.isNull());
    const QString queryId = query.firstChild(u"query", ns::mam()).attribute(u"queryid");
    QCOMPARE(normalize(query),
        normalize("<iq type='set' id='" + query.attribute(u"id").toUtf8() + "'><query xmlns='urn:xmpp:mam:2' queryid='"
            + queryId.toUtf8()
            + "'><x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
              "<value>urn:xmpp:mam:2</value></field></x><set xmlns='http://jabber.org/protocol/rsm'><max>3</max>"
              "<before/></set></query></iq>"));
    answer(query, 8, 10, false);
    QCOMPARE(done.size(), 1);
    QVERIFY(done.first().at(0).toBool());
    QCOMPARE(done.first().at(1).toInt(), 3);
    QVERIFY(takeQuery().isNull()); // bounded: no further page
    const QList<StoredMessage> rows = m_history.page(jid("juliet@example.net"), 100);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.first().body, u"m10"_s);
    QCOMPARE(rows.first().stanzaId, u"A10"_s);
    QCOMPARE(rows.first().direction, MessageDirection::Outgoing);
    QVERIFY(rows.first().flags.testFlag(MessageFlag::FromArchive));
    QCOMPARE(rows.first().serverTime, QDateTime::fromString(QString::fromUtf8(stamp(10)), Qt::ISODate));
    QCOMPARE(rows.first().sentTime, rows.first().serverTime);
    QCOMPARE(m_history.lastStanzaId(jid("user@example.com"))->stanzaId, u"A10"_s);
}

void TestArchiveManager::catchUpFromPositionMultiPage()
{
    m_history.setArchivePosition(jid("user@example.com"), { u"A2"_s, {} });
    QVERIFY(start());
    QSignalSpy progress(m_archive.get(), &ArchiveManager::catchUpProgress);
    QSignalSpy done(m_archive.get(), &ArchiveManager::catchUpFinished);
    Element query = takeQuery();
    QCOMPARE(
        query.firstChild(u"query", ns::mam()).firstChild(u"set", ns::rsm()).childText(u"after", ns::rsm()), u"A2"_s);
    answer(query, 3, 5, false);
    query = takeQuery();
    QCOMPARE(
        query.firstChild(u"query", ns::mam()).firstChild(u"set", ns::rsm()).childText(u"after", ns::rsm()), u"A5"_s);
    answer(query, 6, 8, false);
    query = takeQuery();
    QCOMPARE(
        query.firstChild(u"query", ns::mam()).firstChild(u"set", ns::rsm()).childText(u"after", ns::rsm()), u"A8"_s);
    answer(query, 9, 9, true);
    QVERIFY(takeQuery().isNull());
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().at(1).toInt(), 7);
    QCOMPARE(progress.size(), 3);
    // Exactly m3..m9, in order, each once.
    QList<StoredMessage> rows = m_history.page(jid("juliet@example.net"), 100);
    QCOMPARE(rows.size(), 7);
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).body, u"m%1"_s.arg(9 - i));
    }
    QCOMPARE(m_history.lastStanzaId(jid("user@example.com"))->stanzaId, u"A9"_s);
}

void TestArchiveManager::emptyArchiveThenCatchUpFromStart()
{
    QVERIFY(start());
    QSignalSpy done(m_archive.get(), &ArchiveManager::catchUpFinished);
    Element query = takeQuery();
    QVERIFY(query.firstChild(u"query", ns::mam()).firstChild(u"set", ns::rsm()).hasChild(u"before", ns::rsm()));
    answer(query, 1, 0, true); // a fresh account: nothing archived yet
    QCOMPARE(done.size(), 1);
    QVERIFY(done.first().at(0).toBool());
    // Synchronised with an empty archive: recorded, so the next catch-up does not take "the newest page"
    // (which would leave a gap once more than a page was missed).
    const std::optional<ArchivePosition> position = m_history.lastStanzaId(jid("user@example.com"));
    QVERIFY(position.has_value());
    QVERIFY(position->stanzaId.isEmpty());
    QVERIFY(position->time.isValid());

    // Five messages were archived meanwhile (pages of 3): the next catch-up pages forward from the start.
    m_archive->catchUp();
    query = takeQuery();
    const Element set = query.firstChild(u"query", ns::mam()).firstChild(u"set", ns::rsm());
    QVERIFY(!set.hasChild(u"before", ns::rsm()));
    QVERIFY(!set.hasChild(u"after", ns::rsm()));
    answer(query, 1, 3, false);
    query = takeQuery();
    QCOMPARE(
        query.firstChild(u"query", ns::mam()).firstChild(u"set", ns::rsm()).childText(u"after", ns::rsm()), u"A3"_s);
    answer(query, 4, 5, true);
    QVERIFY(takeQuery().isNull());
    QCOMPARE(done.size(), 2);
    QCOMPARE(done.at(1).at(1).toInt(), 5);
    QCOMPARE(m_history.page(jid("juliet@example.net"), 100).size(), 5);
    QCOMPARE(m_history.lastStanzaId(jid("user@example.com"))->stanzaId, u"A5"_s);
}

void TestArchiveManager::positionCommittedPerPage()
{
    m_history.setArchivePosition(jid("user@example.com"), { u"A0"_s, {} });
    QVERIFY(start());
    const Element query = takeQuery();
    answer(query, 1, 3, false);
    // The process dies before the next page: the position names the last stored message.
    QCOMPARE(m_history.lastStanzaId(jid("user@example.com"))->stanzaId, u"A3"_s);
    QCOMPARE(m_history.page(jid("juliet@example.net"), 100).size(), 3);
    m_archive.reset();
    m_messages.reset();
    m_outbox.reset();
    m_session = std::make_unique<ScriptedSession>();
    QVERIFY(start());
    const Element next = takeQuery();
    QCOMPARE(
        next.firstChild(u"query", ns::mam()).firstChild(u"set", ns::rsm()).childText(u"after", ns::rsm()), u"A3"_s);
}

void TestArchiveManager::liveDuplicatesNotStoredTwice()
{
    m_history.setArchivePosition(jid("user@example.com"), { u"A0"_s, {} });
    QVERIFY(start());
    const Element query = takeQuery();
    // Message 1 came live (with our server's stanza-id) while the catch-up was running; message 2 is our own,
    // received back as a carbon before (origin-id).
    m_session->inject("<message from='juliet@example.net/a' to='user@example.com/balcony' type='chat' id='x1'>"
                      "<body>m1</body><stanza-id xmlns='urn:xmpp:sid:0' by='user@example.com' id='A1'/></message>");
    m_session->inject("<message from='user@example.com' type='chat'><sent xmlns='urn:xmpp:carbons:2'>"
                      "<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' type='chat' "
                      "from='user@example.com/phone' to='juliet@example.net' id='x2'><body>m2</body>"
                      "<origin-id xmlns='urn:xmpp:sid:0' id='x2'/></message></forwarded></sent></message>");
    answer(query, 1, 3, true);
    const QList<StoredMessage> rows = m_history.page(jid("juliet@example.net"), 100);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).body, u"m2"_s);
    QCOMPARE(rows.at(1).stanzaId, u"A2"_s); // the live copy took over the archive id
}

void TestArchiveManager::expiredPositionReportsGap()
{
    m_history.setArchivePosition(jid("user@example.com"), { u"gone"_s, {} });
    QVERIFY(start());
    QSignalSpy gap(m_archive.get(), &ArchiveManager::gapDetected);
    const Element query = takeQuery();
    m_session->inject("<iq type='error' id='" + query.attribute(u"id").toUtf8()
        + "'><error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    QCOMPARE(gap.size(), 1);
    const Element newest = takeQuery();
    QVERIFY(newest.firstChild(u"query", ns::mam()).firstChild(u"set", ns::rsm()).hasChild(u"before", ns::rsm()));
    answer(newest, 20, 22, false);
    QCOMPARE(m_history.lastStanzaId(jid("user@example.com"))->stanzaId, u"A22"_s);
}

void TestArchiveManager::spoofedResultsDropped()
{
    m_history.setArchivePosition(jid("user@example.com"), { u"A0"_s, {} });
    QVERIFY(start());
    const Element query = takeQuery();
    const QString queryId = query.firstChild(u"query", ns::mam()).attribute(u"queryid");
    // A contact sends a result for our query id; someone sends one for a query we never made.
    m_session->inject(result(queryId, 1, false, "mallory@example.org/x"));
    m_session->inject(result(u"not-ours"_s, 2, false));
    m_session->inject(result(queryId, 3, false));
    m_session->inject(fin(query.attribute(u"id"), 3, 3, true));
    const QList<StoredMessage> rows = m_history.page(jid("juliet@example.net"), 100);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().body, u"m3"_s);
    QVERIFY(m_history.page(jid("mallory@example.org"), 100).isEmpty());
}

void TestArchiveManager::fetchBeforePagesBack()
{
    m_history.setArchivePosition(jid("user@example.com"), { u"A50"_s, {} });
    QVERIFY(start());
    answer(takeQuery(), 51, 51, true);
    int stored = -1;
    bool complete = false;
    m_archive->fetchBefore(jid("juliet@example.net/x"), u"A51"_s, 2, [&](int n, bool c, const QString &error) {
        stored = n;
        complete = c;
        QVERIFY(error.isEmpty());
    });
    const Element query = takeQuery();
    const Element q = query.firstChild(u"query", ns::mam());
    QCOMPARE(q.firstChild(u"set", ns::rsm()).childText(u"before", ns::rsm()), u"A51"_s);
    QCOMPARE(q.firstChild(u"set", ns::rsm()).childText(u"max", ns::rsm()), u"2"_s);
    bool withFound = false;
    for (const Element &field : q.firstChild(u"x", ns::dataForms()).childElements()) {
        if (field.attribute(u"var") == u"with") {
            withFound = field.childText(u"value", ns::dataForms()) == u"juliet@example.net";
        }
    }
    QVERIFY(withFound);
    const QString queryId = q.attribute(u"queryid");
    m_session->inject(result(queryId, 49));
    m_session->inject(result(queryId, 50));
    m_session->inject(fin(query.attribute(u"id"), 49, 50, true));
    QCOMPARE(stored, 2);
    QVERIFY(complete);
    QCOMPARE(m_history.page(jid("juliet@example.net"), 100).size(), 3);
    // Paging back never moves the catch-up position.
    QCOMPARE(m_history.lastStanzaId(jid("user@example.com"))->stanzaId, u"A51"_s);
}

void TestArchiveManager::resultsBeyondMaxAreDropped()
{
    // Issue 11: a server answering a page of 3 with 1,000 results. Three are taken (XEP-0059 §2.1), and the
    // position names the third, so the next page asks for the rest.
    m_history.setArchivePosition(jid("user@example.com"), { u"A0"_s, {} });
    QVERIFY(start());
    QSignalSpy stored(m_archive.get(), &ArchiveManager::messagesStored);
    Element query = takeQuery();
    const QString queryId = query.firstChild(u"query", ns::mam()).attribute(u"queryid");
    QByteArray flood;
    for (int n = 1; n <= 1000; ++n) {
        flood += result(queryId, n);
    }
    m_session->inject(flood);
    m_session->inject(fin(query.attribute(u"id"), 1, 1000, false));
    QCOMPARE(m_history.page(jid("juliet@example.net"), 2000).size(), 3);
    QCOMPARE(m_history.lastStanzaId(jid("user@example.com"))->stanzaId, u"A3"_s);
    query = takeQuery();
    QCOMPARE(
        query.firstChild(u"query", ns::mam()).firstChild(u"set", ns::rsm()).childText(u"after", ns::rsm()), u"A3"_s);
}

void TestArchiveManager::pageWithoutProgressEndsCatchUp()
{
    // A page after A5 whose last result is A5 again, "not complete": asking again would loop forever.
    m_history.setArchivePosition(jid("user@example.com"), { u"A5"_s, {} });
    QVERIFY(start());
    QSignalSpy done(m_archive.get(), &ArchiveManager::catchUpFinished);
    const Element query = takeQuery();
    answer(query, 5, 5, false);
    QCOMPARE(done.size(), 1);
    QVERIFY(takeQuery().isNull());
}

QTEST_GUILESS_MAIN(TestArchiveManager)
#include "tst_archivemanager.moc"
