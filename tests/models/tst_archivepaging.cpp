// makeArchiveFetcher(): MessageModel paging back through ArchiveManager (XEP-0313 §4.1.3 with RSM <before/>,
// XEP-0059) on the scripted server: the query names the oldest shown archive id, the stored page is read
// back and inserted on top, the next request pages from the new oldest row, <fin complete='true'/> ends
// the paging and an error reply marks it failed; live messages reach MessageModel and ConversationListModel
// through followMessageModules(). The models run under QAbstractItemModelTester.
#include "ScriptedSession.h"
#include "im/ArchiveManager.h"
#include "im/ImNamespaces.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "models/ArchivePaging.h"
#include "models/ConversationListModel.h"
#include "models/MessageModel.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

const Jid juliet = Jid::parse(u"juliet@example.net"_s).value_or(Jid());
const Jid account = Jid::parse(u"user@example.com"_s).value_or(Jid());

QDateTime stampTime(int n)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(n);
}

// Archived message n from Juliet with archive id "A<n>".
QByteArray result(const QString &queryId, int n)
{
    const QByteArray number = QByteArray::number(n);
    return "<message from='user@example.com' to='user@example.com/balcony'><result xmlns='urn:xmpp:mam:2' queryid='"
        + queryId.toUtf8() + "' id='A" + number
        + "'><forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' " + "stamp='"
        + stampTime(n).toString(Qt::ISODate).toUtf8()
        + "'/><message xmlns='jabber:client' from='juliet@example.net/a' to='user@example.com/phone' type='chat' id='x"
        + number + "'><body>m" + number + "</body></message></forwarded></result></message>";
}

QByteArray fin(const QString &iqId, int first, int last, bool complete)
{
    return "<iq type='result' id='" + iqId.toUtf8() + "'><fin xmlns='urn:xmpp:mam:2'"
        + (complete ? " complete='true'" : "") + "><set xmlns='http://jabber.org/protocol/rsm'><first>A"
        + QByteArray::number(first) + "</first><last>A" + QByteArray::number(last) + "</last></set></fin></iq>";
}

QStringList bodies(const MessageModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out.append(model.index(row).data().toString());
    }
    return out;
}

} // namespace

class TestArchivePaging : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pagesBackThroughArchiveManager();
    void errorMarksFailed();
    void followsMessageModules();

private:
    Element takeQuery();
    static QString beforeOf(const Element &query);

    MemoryHistoryStore m_history;
    std::unique_ptr<MemoryOutboxStore> m_outboxStore;
    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<MessageManager> m_messages;
    std::unique_ptr<ArchiveManager> m_archive;
};

void TestArchivePaging::init()
{
    m_history = MemoryHistoryStore();
    for (int n = 10; n <= 12; ++n) {
        StoredMessage m;
        m.conversation = juliet;
        m.from = juliet.withResource(u"a"_s);
        m.to = account.withResource(u"phone"_s);
        m.body = u"m%1"_s.arg(n);
        m.stanzaId = u"A%1"_s.arg(n);
        m.stanzaIdBy = account;
        m.sentTime = stampTime(n);
        m.serverTime = stampTime(n);
        m.receivedTime = stampTime(n);
        QVERIFY(m_history.insert(m) > 0);
    }
    m_outboxStore = std::make_unique<MemoryOutboxStore>(m_history);
    m_session = std::make_unique<ScriptedSession>();
    m_outbox = std::make_unique<Outbox>(m_session->connection(), *m_outboxStore);
    m_messages = std::make_unique<MessageManager>(m_session->connection(), m_history, *m_outbox, nullptr);
    m_archive = std::make_unique<ArchiveManager>(m_session->connection(), m_history);
    m_archive->setAutomaticCatchUp(false);
    QVERIFY(m_session->login());
    m_session->takeStanzas();
}

void TestArchivePaging::cleanup()
{
    m_archive.reset();
    m_messages.reset();
    m_outbox.reset();
    m_session.reset();
    m_outboxStore.reset();
}

Element TestArchivePaging::takeQuery()
{
    for (const Element &stanza : m_session->takeStanzas()) {
        if (stanza.name() == u"iq" && stanza.hasChild(u"query", ns::mam())) {
            return stanza;
        }
    }
    return {};
}

QString TestArchivePaging::beforeOf(const Element &query)
{
    return query.firstChild(u"query", ns::mam()).firstChild(u"set", ns::rsm()).childText(u"before", ns::rsm());
}

void TestArchivePaging::pagesBackThroughArchiveManager()
{
    MessageModel model(m_history, juliet, 50);
    model.setArchiveFetcher(makeArchiveFetcher(*m_archive, m_history, 2));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The store had only the three newest: the archive is asked for what precedes A10.
    Element query = takeQuery();
    QVERIFY(!query.isNull());
    QCOMPARE(beforeOf(query), u"A10"_s);
    QCOMPARE(model.archiveState(), MessageModel::ArchiveState::Loading);
    QString queryId = query.firstChild(u"query", ns::mam()).attribute(u"queryid");
    m_session->inject(result(queryId, 8) + result(queryId, 9) + fin(query.attribute(u"id"), 8, 9, false));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(bodies(model), (QStringList { u"m8"_s, u"m9"_s, u"m10"_s, u"m11"_s, u"m12"_s }));
    QVERIFY(model.index(0).data(MessageModel::FromArchiveRole).toBool());
    QCOMPARE(model.archiveState(), MessageModel::ArchiveState::Idle);

    // Scrolling further: the store has nothing older than m8, so the archive is asked before A8.
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    if (model.archiveState() != MessageModel::ArchiveState::Loading) {
        model.fetchMore({}); // the first call only re-checked the store
    }
    query = takeQuery();
    QVERIFY(!query.isNull());
    QCOMPARE(beforeOf(query), u"A8"_s);
    queryId = query.firstChild(u"query", ns::mam()).attribute(u"queryid");
    m_session->inject(result(queryId, 7) + fin(query.attribute(u"id"), 7, 7, true));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(bodies(model).first(), u"m7"_s);
    QCOMPARE(model.archiveState(), MessageModel::ArchiveState::Complete);
    if (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(takeQuery().isNull());
    QCOMPARE(model.rowCount(), 6);
}

void TestArchivePaging::errorMarksFailed()
{
    MessageModel model(m_history, juliet, 50);
    model.setArchiveFetcher(makeArchiveFetcher(*m_archive, m_history, 2));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Element query = takeQuery();
    QVERIFY(!query.isNull());
    m_session->inject("<iq type='error' id='" + query.attribute(u"id").toUtf8()
        + "'><error type='cancel'><feature-not-implemented xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    QCOMPARE(model.archiveState(), MessageModel::ArchiveState::Failed);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 3);
}

void TestArchivePaging::followsMessageModules()
{
    MessageModel model(m_history, juliet, 50);
    ConversationListModel conversations(m_history);
    model.followMessageModules(m_messages.get(), m_archive.get());
    conversations.followMessageModules(m_messages.get(), m_archive.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester conversationTester(&conversations, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(conversations.rowCount(), 1);
    QCOMPARE(conversations.index(0).data(ConversationListModel::UnreadCountRole).toInt(), 3);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy conversationInserted(&conversations, &QAbstractItemModel::rowsInserted);

    // A live message from Juliet: appended to her conversation, her row counts it as unread.
    m_session->inject("<message from='juliet@example.net/a' to='user@example.com/balcony' type='chat' id='live1'>"
                      "<body>live</body></message>");
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.index(model.rowCount() - 1).data().toString(), u"live"_s);
    QCOMPARE(conversations.index(0).data(ConversationListModel::LastBodyRole).toString(), u"live"_s);
    QCOMPARE(conversations.index(0).data(ConversationListModel::UnreadCountRole).toInt(), 4);

    // A message to someone new: a new conversation on top; our own message is not unread.
    m_session->takeStanzas();
    const qint64 id = m_messages->sendChat(Jid::parse(u"romeo@example.org"_s).value(), u"hello"_s);
    QVERIFY(id > 0);
    QCOMPARE(conversationInserted.size(), 1);
    QCOMPARE(conversations.index(0).data(ConversationListModel::JidStringRole).toString(), u"romeo@example.org"_s);
    QCOMPARE(conversations.index(0).data(ConversationListModel::UnreadCountRole).toInt(), 0);
    QCOMPARE(inserted.size(), 1); // not Juliet's conversation
    QCOMPARE(conversations.totalUnread(), 4);
}

QTEST_GUILESS_MAIN(TestArchivePaging)
#include "tst_archivepaging.moc"
