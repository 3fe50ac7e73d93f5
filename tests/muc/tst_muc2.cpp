// Group chat, part 2 (issue 15) on a bound session (scripted server): catch-up from the room's archive
// (XEP-0313), bookmarks (XEP-0402), self-ping (XEP-0410), invitations (XEP-0249 and mediated), moderation,
// room creation with a configuration form, and mentions; with hostile input for each (archive page floods and
// loops, forged invitations, bookmark items that are not bookmarks, 10,000 bookmarks).
#include "ScriptedSession.h"
#include "TestJid.h"
#include "disco/DiscoManager.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "muc/BookmarkManager.h"
#include "muc/MucManager.h"
#include "muc/MucNamespaces.h"
#include "muc/RoomDirectory.h"
#include "pubsub/PubSubManager.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray room = "room@conference.example.com";
const QByteArray mamNs = "urn:xmpp:mam:2";
const QByteArray rsmNs = "http://jabber.org/protocol/rsm";

QByteArray selfPresence(const QByteArray &nick, const QByteArray &codes = "<status code='110'/>",
    const QByteArray &role = "participant", const QByteArray &affiliation = "none")
{
    return "<presence from='" + room + "/" + nick + "' to='user@example.com/balcony'>"
        + "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='" + affiliation + "' role='" + role + "'/>"
        + codes + "</x></presence>";
}

QByteArray archived(const QByteArray &queryId, const QByteArray &id, const QByteArray &nick, const QByteArray &body,
    const QByteArray &from = room, const QByteArray &stamp = "2026-12-01T10:00:00Z")
{
    return "<message from='" + from + "' to='user@example.com/balcony'><result xmlns='" + mamNs + "' queryid='"
        + queryId + "' id='" + id + "'><forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='"
        + stamp + "'/><message xmlns='jabber:client' type='groupchat' from='" + room + "/" + nick + "'><body>" + body
        + "</body></message></forwarded></result></message>";
}

QByteArray fin(const QByteArray &iqId, const QByteArray &last, bool complete)
{
    return "<iq type='result' from='" + room + "' id='" + iqId + "'><fin xmlns='" + mamNs + "'"
        + (complete ? " complete='true'" : "") + "><set xmlns='" + rsmNs + "'>"
        + (last.isEmpty() ? QByteArray() : "<last>" + last + "</last>") + "</set></fin></iq>";
}

QByteArray discoResult(
    const QByteArray &from, const QByteArray &id, const QByteArray &category, const QByteArray &feature)
{
    return "<iq type='result' from='" + from + "' id='" + id
        + "'><query xmlns='http://jabber.org/protocol/disco#info'><identity category='" + category
        + "' type='text'/><feature var='" + feature + "'/></query></iq>";
}

QByteArray bookmarkItem(const QByteArray &id, const QByteArray &attributes, const QByteArray &children = {})
{
    return "<item id='" + id + "'><conference xmlns='urn:xmpp:bookmarks:1' " + attributes + ">" + children
        + "</conference></item>";
}

} // namespace

class TestMuc2 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void archiveCatchUpOnFirstJoin();
    void archiveCatchUpAfterStoredIdWithoutDuplicates();
    void archivePageStoredAllOrNothing();
    void archivePagesUntilComplete();
    void archiveRepeatingPageStops();
    void archivePageFloodAndPageCountBounded();
    void archiveResultsFromOthersDropped();
    void roomWithoutArchiveUsesHistory();
    void bookmarksFetchedAndAutojoined();
    void bookmarkRetractedElsewhereLeavesRoom();
    void bookmarkPublishedWithOptions();
    void bookmarksBoundedAndForeignIgnored();
    void selfPingRejoinsWhenOut();
    void selfPingStillIn_data();
    void selfPingStillIn();
    void invitationsSent();
    void directInvitationFromAnyone();
    void mediatedInvitationVerifiedAsRoom();
    void forgedMediatedInvitations();
    void declineAndDeclined();
    void moderation();
    void moderationErrorsInWords();
    void createConfiguredRoom();
    void createRefusesUnknownField();
    void createExistingRoomFails();
    void mentionsWordBoundary_data();
    void mentionsWordBoundary();
    void mentionSignalledForLiveMessagesOnly();
    void directoryFindsConferenceServices();
    void directoryListsRoomsAcrossPages();
    void directoryBoundsHostileListings();
    void directoryRoomDetails();
    void directoryDropsStaleAnswers();

private:
    bool start(bool withDisco = true);
    bool enterArchived(const QByteArray &nick = "alice");
    // The last stanza written (and every other one consumed).
    Element lastWritten();
    QList<StoredMessage> roomHistory() { return m_history.page(jid(room.constData()), 100000); }

    MemoryHistoryStore m_history;
    std::unique_ptr<MemoryOutboxStore> m_store;
    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<DiscoManager> m_disco;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<MessageManager> m_messages;
    std::unique_ptr<PubSubManager> m_pubSub;
    std::unique_ptr<MucManager> m_muc;
    int m_nextId = 0;
};

void TestMuc2::init()
{
    m_history = MemoryHistoryStore();
    m_store = std::make_unique<MemoryOutboxStore>(m_history);
    m_nextId = 0;
    Connection::setIdGenerator([this] { return u"id%1"_s.arg(++m_nextId); });
    m_session = std::make_unique<ScriptedSession>();
}

void TestMuc2::cleanup()
{
    m_muc.reset();
    m_pubSub.reset();
    m_messages.reset();
    m_outbox.reset();
    m_disco.reset();
    m_session.reset();
    m_store.reset();
    Connection::setIdGenerator({});
}

bool TestMuc2::start(bool withDisco)
{
    if (withDisco) {
        m_disco = std::make_unique<DiscoManager>(m_session->connection(), nullptr);
    }
    m_outbox = std::make_unique<Outbox>(m_session->connection(), *m_store);
    m_messages = std::make_unique<MessageManager>(m_session->connection(), m_history, *m_outbox, nullptr);
    m_muc = std::make_unique<MucManager>(m_session->connection(), m_history, *m_outbox, m_disco.get());
    m_pubSub = std::make_unique<PubSubManager>(m_session->connection(), m_disco.get());
    const bool ok = m_session->login();
    m_session->takeStanzas();
    return ok;
}

Element TestMuc2::lastWritten()
{
    const QList<Element> written = m_session->takeStanzas();
    return written.isEmpty() ? Element() : written.last();
}

bool TestMuc2::enterArchived(const QByteArray &nick)
{
    MucJoinOptions options;
    options.nick = QString::fromUtf8(nick);
    if (!m_muc->join(jid(room.constData()), options)) {
        return false;
    }
    const Element disco = lastWritten();
    if (disco.name() != u"iq" || !disco.hasChild(u"query", u"http://jabber.org/protocol/disco#info")) {
        qWarning() << "expected a disco#info query, got" << disco.toString();
        return false; // the room's features are asked before entering
    }
    m_session->inject(discoResult(room, disco.attribute(u"id").toUtf8(), "conference", mamNs));
    const Element join = lastWritten();
    const Element history = join.firstChild(u"x", ns::muc()).firstChild(u"history", ns::muc());
    if (history.attribute(u"maxstanzas") != u"0") {
        qWarning() << "expected a join without history, got" << join.toString();
        return false; // the archive catches up instead of the room's replay
    }
    m_session->inject(selfPresence(nick));
    return m_muc->isJoined(jid(room.constData()));
}

void TestMuc2::archiveCatchUpOnFirstJoin()
{
    QVERIFY(start());
    QSignalSpy stored(m_muc.get(), &MucManager::messageStored);
    QSignalSpy finished(m_muc.get(), &MucManager::archiveCatchUpFinished);
    QVERIFY(enterArchived());
    // Never synchronised: the newest page only (RSM <before/>), from the room itself.
    const Element query = lastWritten();
    QCOMPARE(query.attribute(u"to"), QString::fromUtf8(room));
    const Element q = query.firstChild(u"query", u"urn:xmpp:mam:2");
    QVERIFY(!q.isNull());
    QVERIFY(q.firstChild(u"set", QString::fromUtf8(rsmNs)).hasChild(u"before"));
    QCOMPARE(q.firstChild(u"set", QString::fromUtf8(rsmNs)).childText(u"max"), u"100"_s);
    QVERIFY(m_muc->isCatchingUp(jid(room.constData())));
    const QByteArray queryId = q.attribute(u"queryid").toUtf8();
    const QByteArray iqId = query.attribute(u"id").toUtf8();
    m_session->inject(archived(queryId, "A1", "bob", "first", room, "2026-12-01T10:00:00Z"));
    m_session->inject(archived(queryId, "A2", "alice", "mine", room, "2026-12-01T10:01:00Z"));
    m_session->inject(fin(iqId, "A2", false));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toInt(), 2);
    QCOMPARE(finished.first().at(2).toBool(), true);
    QVERIFY(!m_muc->isCatchingUp(jid(room.constData())));
    const QList<StoredMessage> rows = roomHistory();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).body, u"mine"_s);
    QCOMPARE(rows.at(0).direction, MessageDirection::Outgoing); // our nick's message, sent back by the room
    QCOMPARE(rows.at(1).body, u"first"_s);
    QCOMPARE(rows.at(1).stanzaId, u"A1"_s);
    QCOMPARE(rows.at(1).stanzaIdBy, jid(room.constData()));
    QVERIFY(rows.at(1).flags.testFlag(MessageFlag::FromArchive));
    QCOMPARE(stored.size(), 2);
    QCOMPARE(m_history.lastStanzaId(jid(room.constData()))->stanzaId, u"A2"_s);
    QVERIFY(m_session->expectNothing());
}

void TestMuc2::archivePageStoredAllOrNothing()
{
    // A page is stored with the room's position in one transaction: a failed write keeps neither, nothing is
    // signalled, and the catch-up ends incomplete with an error (the next entry asks again from A2).
    const QDateTime at(QDate(2026, 12, 1), QTime(10, 1), Qt::UTC);
    QVERIFY(m_history.setArchivePosition(jid(room.constData()), { u"A2"_s, at }));
    QVERIFY(start());
    QSignalSpy stored(m_muc.get(), &MucManager::messageStored);
    QSignalSpy finished(m_muc.get(), &MucManager::archiveCatchUpFinished);
    QVERIFY(enterArchived());
    const Element query = lastWritten();
    const QByteArray queryId = query.firstChild(u"query").attribute(u"queryid").toUtf8();
    m_session->inject(archived(queryId, "A3", "bob", "one", room, "2026-12-01T10:02:00Z"));
    m_session->inject(archived(queryId, "A4", "carol", "two", room, "2026-12-01T10:03:00Z"));
    m_history.failWrites = true;
    m_session->inject(fin(query.attribute(u"id").toUtf8(), "A4", true));
    m_history.failWrites = false;
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QCOMPARE(finished.first().at(2).toBool(), false);
    QVERIFY(!finished.first().at(3).toString().isEmpty());
    QCOMPARE(stored.size(), 0);
    QVERIFY(roomHistory().isEmpty());
    QCOMPARE(
        m_history.lastStanzaId(jid(room.constData())), std::optional<ArchivePosition>(ArchivePosition { u"A2"_s, at }));
    QVERIFY(m_session->expectNothing());
}

void TestMuc2::archiveCatchUpAfterStoredIdWithoutDuplicates()
{
    QVERIFY(m_history.setArchivePosition(
        jid(room.constData()), { u"A2"_s, QDateTime(QDate(2026, 12, 1), QTime(10, 1), Qt::UTC) }));
    QVERIFY(start());
    QSignalSpy finished(m_muc.get(), &MucManager::archiveCatchUpFinished);
    QVERIFY(enterArchived());
    const Element query = lastWritten();
    const Element set = query.firstChild(u"query", u"urn:xmpp:mam:2").firstChild(u"set", QString::fromUtf8(rsmNs));
    QCOMPARE(set.childText(u"after"), u"A2"_s);
    const QByteArray queryId = query.firstChild(u"query").attribute(u"queryid").toUtf8();
    // A message arrives live while the archive is being read; the archive has it too: stored once.
    m_session->inject("<message type='groupchat' from='" + room
        + "/carol' to='user@example.com/balcony' id='m3'><body>live and archived</body>"
          "<stanza-id xmlns='urn:xmpp:sid:0' by='"
        + room + "' id='A3'/></message>");
    QCOMPARE(roomHistory().size(), 1);
    m_session->inject(archived(queryId, "A3", "carol", "live and archived", room, "2026-12-01T10:02:00Z"));
    m_session->inject(archived(queryId, "A4", "bob", "while you were out", room, "2026-12-01T10:03:00Z"));
    m_session->inject(fin(query.attribute(u"id").toUtf8(), "A4", true));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toInt(), 1);
    const QList<StoredMessage> rows = roomHistory();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).body, u"while you were out"_s);
    QCOMPARE(rows.at(1).body, u"live and archived"_s);
    QCOMPARE(m_history.lastStanzaId(jid(room.constData()))->stanzaId, u"A4"_s);

    // Entering again in the same session: the room's features are known (no disco#info), the catch-up
    // continues after A4.
    QVERIFY(m_muc->leave(jid(room.constData())));
    m_session->inject("<presence type='unavailable' from='" + room
        + "/alice'><x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='none'/>"
          "<status code='110'/></x></presence>");
    m_session->takeStanzas();
    MucJoinOptions options;
    options.nick = u"alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    const Element join = lastWritten();
    QCOMPARE(join.name(), u"presence"_s);
    QCOMPARE(join.firstChild(u"x").firstChild(u"history").attribute(u"maxstanzas"), u"0"_s);
    m_session->inject(selfPresence("alice"));
    const Element again = lastWritten();
    QCOMPARE(again.firstChild(u"query").firstChild(u"set").childText(u"after"), u"A4"_s);
}

void TestMuc2::archivePagesUntilComplete()
{
    QVERIFY(m_history.setArchivePosition(jid(room.constData()), { u"A0"_s, QDateTime::currentDateTimeUtc() }));
    QVERIFY(start());
    m_muc->setArchiveLimits(2, 50);
    QSignalSpy finished(m_muc.get(), &MucManager::archiveCatchUpFinished);
    QVERIFY(enterArchived());
    int next = 1;
    for (int page = 0; page < 3; ++page) {
        const Element query = lastWritten();
        const Element q = query.firstChild(u"query", u"urn:xmpp:mam:2");
        QCOMPARE(q.firstChild(u"set").childText(u"after"), u"A"_s + QString::number(next - 1));
        const QByteArray queryId = q.attribute(u"queryid").toUtf8();
        const int count = page == 2 ? 1 : 2;
        for (int i = 0; i < count; ++i, ++next) {
            m_session->inject(archived(queryId, "A" + QByteArray::number(next), "bob",
                "message " + QByteArray::number(next), room, "2026-12-01T10:0" + QByteArray::number(next) + ":00Z"));
        }
        m_session->inject(fin(query.attribute(u"id").toUtf8(), "A" + QByteArray::number(next - 1), page == 2));
    }
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toInt(), 5);
    QCOMPARE(finished.first().at(2).toBool(), true);
    const QList<StoredMessage> rows = roomHistory();
    QCOMPARE(rows.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(rows.at(4 - i).body, u"message %1"_s.arg(i + 1)); // in order, no gap
    }
    QVERIFY(m_session->expectNothing());
}

void TestMuc2::archiveRepeatingPageStops()
{
    QVERIFY(m_history.setArchivePosition(jid(room.constData()), { u"A0"_s, QDateTime::currentDateTimeUtc() }));
    QVERIFY(start());
    QSignalSpy finished(m_muc.get(), &MucManager::archiveCatchUpFinished);
    QVERIFY(enterArchived());
    // A hostile or broken archive answers every page with the same RSM <last/> as the <after/> asked for.
    const Element query = lastWritten();
    m_session->inject(fin(query.attribute(u"id").toUtf8(), "A0", false));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(2).toBool(), false);
    QVERIFY(!finished.first().at(3).toString().isEmpty());
    QVERIFY(m_session->expectNothing()); // no next page: the loop is broken
}

void TestMuc2::archivePageFloodAndPageCountBounded()
{
    QVERIFY(m_history.setArchivePosition(jid(room.constData()), { u"A0"_s, QDateTime::currentDateTimeUtc() }));
    QVERIFY(start());
    m_muc->setArchiveLimits(10, 3);
    QSignalSpy finished(m_muc.get(), &MucManager::archiveCatchUpFinished);
    QVERIFY(enterArchived());
    int next = 1;
    for (int page = 1; page <= 3; ++page) {
        const Element query = lastWritten();
        QVERIFY2(query.name() == u"iq", "a page was not asked for");
        const QByteArray queryId = query.firstChild(u"query").attribute(u"queryid").toUtf8();
        // 1,000 results for a page of 10: the rest is dropped unread.
        QByteArray flood;
        for (int i = 0; i < 1000; ++i) {
            flood += archived(queryId, "F" + QByteArray::number(next + i), "bob", "flood " + QByteArray::number(i));
        }
        m_session->inject(flood);
        next += 1000;
        m_session->inject(fin(query.attribute(u"id").toUtf8(), "F" + QByteArray::number(next), false));
    }
    // Three pages of ten, then the bound: the rest stays in the archive.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toInt(), 30);
    QCOMPARE(finished.first().at(2).toBool(), false);
    QCOMPARE(roomHistory().size(), 30);
    QVERIFY(m_session->expectNothing());
}

void TestMuc2::archiveResultsFromOthersDropped()
{
    QVERIFY(start());
    QVERIFY(enterArchived());
    const Element query = lastWritten();
    const QByteArray queryId = query.firstChild(u"query").attribute(u"queryid").toUtf8();
    // The right queryid from someone else, a result for a query never sent, a forwarded message of another
    // room inside the room's own result.
    m_session->inject(archived(queryId, "X1", "bob", "injected", "mallory@example.com"));
    m_session->inject(archived("nope", "X2", "bob", "unknown query"));
    m_session->inject("<message from='" + room + "'><result xmlns='urn:xmpp:mam:2' queryid='" + queryId
        + "' id='X3'><forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' type='groupchat' "
          "from='other@conference.example.com/eve'><body>other room</body></message></forwarded></result></message>");
    m_session->inject(fin(query.attribute(u"id").toUtf8(), "X3", true));
    QVERIFY(roomHistory().isEmpty());
    QVERIFY(m_history.page(jid("other@conference.example.com"), 10).isEmpty());
    QVERIFY(m_history.page(jid("mallory@example.com"), 10).isEmpty());
}

void TestMuc2::roomWithoutArchiveUsesHistory()
{
    QVERIFY(start());
    MucJoinOptions options;
    options.nick = u"alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    const Element disco = lastWritten();
    m_session->inject(
        discoResult(room, disco.attribute(u"id").toUtf8(), "conference", "http://jabber.org/protocol/muc"));
    QVERIFY(m_session->expect("<presence to='room@conference.example.com/alice'>"
                              "<x xmlns='http://jabber.org/protocol/muc'><history maxstanzas='50'/></x></presence>"));
    m_session->inject(selfPresence("alice"));
    QVERIFY(m_muc->isJoined(jid(room.constData())));
    QVERIFY(m_session->expectNothing()); // no archive query
}

void TestMuc2::bookmarksFetchedAndAutojoined()
{
    m_disco = std::make_unique<DiscoManager>(m_session->connection(), nullptr);
    m_outbox = std::make_unique<Outbox>(m_session->connection(), *m_store);
    m_muc = std::make_unique<MucManager>(m_session->connection(), m_history, *m_outbox, nullptr);
    m_pubSub = std::make_unique<PubSubManager>(m_session->connection(), m_disco.get());
    m_muc->enableBookmarks(*m_pubSub, m_disco.get());
    BookmarkManager *bookmarks = m_muc->bookmarks();
    QVERIFY(bookmarks);
    // '+notify' is announced for live updates.
    QVERIFY(m_disco->ownInfo().hasFeature(u"urn:xmpp:bookmarks:1+notify"));
    QSignalSpy changed(bookmarks, &BookmarkManager::bookmarksChanged);
    QVERIFY(m_session->login());
    QList<Element> written = m_session->pipelinedStanzas();
    written += m_session->takeStanzas();
    const auto fetch = std::find_if(written.cbegin(), written.cend(), [](const Element &s) {
        return s.firstChild(u"pubsub").firstChild(u"items").attribute(u"node") == u"urn:xmpp:bookmarks:1";
    });
    QVERIFY(fetch != written.cend());
    m_session->inject("<iq type='result' id='" + fetch->attribute(u"id").toUtf8()
        + "'><pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='urn:xmpp:bookmarks:1'>"
        + bookmarkItem("room@conference.example.com", "name='The Room' autojoin='true'", "<nick>Al</nick>")
        + bookmarkItem("quiet@conference.example.com", "name='Quiet'")
        + "<item id='bad@conference.example.com'><storage xmlns='storage:bookmarks'/></item>"
        + bookmarkItem("not a jid", "autojoin='true'") + "</items></pubsub></iq>");
    QVERIFY(bookmarks->isLoaded());
    QCOMPARE(changed.size(), 1);
    const QList<Bookmark> list = bookmarks->bookmarks();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).room, jid("quiet@conference.example.com"));
    QCOMPARE(list.at(1).name, u"The Room"_s);
    QVERIFY(list.at(1).autojoin);
    // The autojoin room is entered with the bookmark's nick.
    QVERIFY(m_session->expect("<presence to='room@conference.example.com/Al'>"
                              "<x xmlns='http://jabber.org/protocol/muc'><history maxstanzas='50'/></x></presence>"));
    QVERIFY(m_muc->room(jid(room.constData())));
    QVERIFY(!m_muc->room(jid("quiet@conference.example.com")));
    // A bookmark added by another client with autojoin: entered; one from someone else's PEP: ignored.
    m_session->inject("<message from='user@example.com' to='user@example.com/balcony'>"
                      "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='urn:xmpp:bookmarks:1'>"
        + bookmarkItem("new@conference.example.com", "autojoin='true'") + "</items></event></message>");
    QVERIFY(m_session->expect("<presence to='new@conference.example.com/user'>"
                              "<x xmlns='http://jabber.org/protocol/muc'><history maxstanzas='50'/></x></presence>"));
    m_session->inject("<message from='mallory@example.com' to='user@example.com/balcony'>"
                      "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='urn:xmpp:bookmarks:1'>"
        + bookmarkItem("evil@conference.example.com", "autojoin='true'") + "</items></event></message>");
    QVERIFY(m_session->expectNothing());
    QCOMPARE(bookmarks->bookmarks().size(), 3);
}

void TestMuc2::bookmarkRetractedElsewhereLeavesRoom()
{
    m_outbox = std::make_unique<Outbox>(m_session->connection(), *m_store);
    m_muc = std::make_unique<MucManager>(m_session->connection(), m_history, *m_outbox, nullptr);
    m_pubSub = std::make_unique<PubSubManager>(m_session->connection(), nullptr);
    m_muc->enableBookmarks(*m_pubSub, nullptr);
    QVERIFY(m_session->login());
    QList<Element> written = m_session->pipelinedStanzas();
    written += m_session->takeStanzas();
    const auto fetch = std::find_if(written.cbegin(), written.cend(),
        [](const Element &s) { return s.hasChild(u"pubsub", u"http://jabber.org/protocol/pubsub"); });
    QVERIFY(fetch != written.cend());
    m_session->inject("<iq type='result' id='" + fetch->attribute(u"id").toUtf8()
        + "'><pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='urn:xmpp:bookmarks:1'>"
        + bookmarkItem(room, "autojoin='true'") + "</items></pubsub></iq>");
    m_session->takeStanzas();
    m_session->inject(selfPresence("user"));
    QVERIFY(m_muc->isJoined(jid(room.constData())));
    // Another client retracts the bookmark: the room we entered because of it is left.
    m_session->inject("<message from='user@example.com' to='user@example.com/balcony'>"
                      "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='urn:xmpp:bookmarks:1'>"
                      "<retract id='"
        + room + "'/></items></event></message>");
    QVERIFY(m_session->expect("<presence to='room@conference.example.com/user' type='unavailable'/>"));
    QVERIFY(m_muc->bookmarks()->bookmarks().isEmpty());
}

void TestMuc2::bookmarkPublishedWithOptions()
{
    m_outbox = std::make_unique<Outbox>(m_session->connection(), *m_store);
    m_muc = std::make_unique<MucManager>(m_session->connection(), m_history, *m_outbox, nullptr);
    m_pubSub = std::make_unique<PubSubManager>(m_session->connection(), nullptr);
    m_muc->enableBookmarks(*m_pubSub, nullptr);
    m_muc->bookmarks()->setAutojoinEnabled(false);
    QVERIFY(m_session->login());
    m_session->takeStanzas();
    Bookmark b;
    b.room = jid(room.constData());
    b.name = u"The Room"_s;
    b.autojoin = true;
    b.nick = u"Al"_s;
    std::optional<bool> ok;
    m_muc->bookmarks()->setBookmark(b, [&ok](bool success, const QString &) { ok = success; });
    const Element publish = lastWritten();
    const Element pubsub = publish.firstChild(u"pubsub");
    QCOMPARE(pubsub.firstChild(u"publish").attribute(u"node"), u"urn:xmpp:bookmarks:1"_s);
    const Element item = pubsub.firstChild(u"publish").firstChild(u"item");
    QCOMPARE(item.attribute(u"id"), QString::fromUtf8(room));
    QCOMPARE(item.firstChild(u"conference", ns::bookmarks()).attribute(u"autojoin"), u"true"_s);
    QCOMPARE(item.firstChild(u"conference").childText(u"nick"), u"Al"_s);
    const std::optional<DataForm> options
        = DataForm::fromElement(pubsub.firstChild(u"publish-options").firstChild(u"x", DataForm::xmlns()));
    QVERIFY(options);
    QCOMPARE(options->field(u"pubsub#access_model")->values, QStringList { u"whitelist"_s });
    QCOMPARE(options->field(u"pubsub#persist_items")->values, QStringList { u"true"_s });
    QCOMPARE(options->field(u"pubsub#max_items")->values, QStringList { u"max"_s });
    m_session->inject("<iq type='result' id='" + publish.attribute(u"id").toUtf8() + "'/>");
    QCOMPARE(ok, std::optional<bool>(true));
    QCOMPARE(m_muc->bookmarks()->bookmarks().size(), 1);
    // Removing retracts with notification.
    m_muc->bookmarks()->removeBookmark(b.room);
    const Element retract = lastWritten();
    QCOMPARE(retract.firstChild(u"pubsub").firstChild(u"retract").attribute(u"notify"), u"true"_s);
    QCOMPARE(retract.firstChild(u"pubsub").firstChild(u"retract").firstChild(u"item").attribute(u"id"),
        QString::fromUtf8(room));
    m_session->inject("<iq type='result' id='" + retract.attribute(u"id").toUtf8() + "'/>");
    QVERIFY(m_muc->bookmarks()->bookmarks().isEmpty());
}

void TestMuc2::bookmarksBoundedAndForeignIgnored()
{
    m_outbox = std::make_unique<Outbox>(m_session->connection(), *m_store);
    m_muc = std::make_unique<MucManager>(m_session->connection(), m_history, *m_outbox, nullptr);
    m_pubSub = std::make_unique<PubSubManager>(m_session->connection(), nullptr);
    m_muc->enableBookmarks(*m_pubSub, nullptr);
    QVERIFY(m_session->login());
    QList<Element> written = m_session->pipelinedStanzas();
    written += m_session->takeStanzas();
    const auto fetch = std::find_if(written.cbegin(), written.cend(),
        [](const Element &s) { return s.hasChild(u"pubsub", u"http://jabber.org/protocol/pubsub"); });
    QVERIFY(fetch != written.cend());
    // 10,000 bookmarks, all with autojoin: at most maxBookmarks() are kept and entered.
    QByteArray items;
    for (int i = 0; i < 10000; ++i) {
        // Short items: the whole result must stay below the parser's stanza limit (1 MiB).
        items += "<item id='r" + QByteArray::number(i)
            + "@c.example'><conference xmlns='urn:xmpp:bookmarks:1' "
              "autojoin='1'/></item>";
    }
    m_session->inject("<iq type='result' id='" + fetch->attribute(u"id").toUtf8()
        + "'><pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='urn:xmpp:bookmarks:1'>" + items
        + "</items></pubsub></iq>");
    QVERIFY(m_muc->bookmarks()->isLoaded());
    QCOMPARE(m_muc->bookmarks()->bookmarks().size(), BookmarkManager::maxBookmarks());
    QCOMPARE(m_muc->rooms().size(), BookmarkManager::maxBookmarks());
    QCOMPARE(m_session->takeStanzas().size(), BookmarkManager::maxBookmarks());
    // More by notification: still bounded.
    m_session->inject("<message from='user@example.com' to='user@example.com/balcony'>"
                      "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='urn:xmpp:bookmarks:1'>"
        + bookmarkItem("extra@conference.example.com", "autojoin='true'") + "</items></event></message>");
    QCOMPARE(m_muc->bookmarks()->bookmarks().size(), BookmarkManager::maxBookmarks());
    QVERIFY(m_session->expectNothing());
}

void TestMuc2::selfPingRejoinsWhenOut()
{
    QVERIFY(start(false));
    m_muc->setSelfPingIntervals(50, 20);
    MucJoinOptions options;
    options.nick = u"alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->takeStanzas();
    m_session->inject(selfPresence("alice"));
    QSignalSpy rejoining(m_muc.get(), &MucManager::rejoining);
    // The room is silent: our own occupant JID is pinged (one ping in flight, however long it takes).
    QList<Element> written;
    QTRY_VERIFY_WITH_TIMEOUT((written += m_session->takeStanzas(), !written.isEmpty()), 5000);
    QTest::qWait(150);
    written += m_session->takeStanzas();
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.first().attribute(u"to"), u"room@conference.example.com/alice"_s);
    QVERIFY(written.first().hasChild(u"ping", u"urn:xmpp:ping"));
    // §3.2 not-acceptable: we are not an occupant any more: entered again.
    m_session->inject("<iq type='error' from='room@conference.example.com/alice' id='"
        + written.first().attribute(u"id").toUtf8()
        + "'><error type='cancel'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    QCOMPARE(rejoining.size(), 1);
    QVERIFY(m_session->expect("<presence to='room@conference.example.com/alice'>"
                              "<x xmlns='http://jabber.org/protocol/muc'><history maxstanzas='50'/></x></presence>"));
    QCOMPARE(m_muc->room(jid(room.constData()))->state, MucRoomState::Joining);
}

void TestMuc2::selfPingStillIn_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("result") << QByteArray();
    QTest::newRow("service-unavailable") << QByteArray("service-unavailable");
    QTest::newRow("feature-not-implemented") << QByteArray("feature-not-implemented");
}

void TestMuc2::selfPingStillIn()
{
    QFETCH(QByteArray, answer);
    QVERIFY(start(false));
    m_muc->setSelfPingIntervals(60000, 60000);
    MucJoinOptions options;
    options.nick = u"alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->takeStanzas();
    m_session->inject(selfPresence("alice"));
    m_muc->setSelfPingIntervals(50, 20);
    QSignalSpy rejoining(m_muc.get(), &MucManager::rejoining);
    QList<Element> written;
    QTRY_VERIFY_WITH_TIMEOUT((written += m_session->takeStanzas(), !written.isEmpty()), 5000);
    const QByteArray id = written.first().attribute(u"id").toUtf8();
    const QByteArray reply = answer.isEmpty()
        ? QByteArray("<iq type='result' from='room@conference.example.com/alice' id='" + id + "'/>")
        : QByteArray("<iq type='error' from='room@conference.example.com/alice' id='" + id + "'><error type='cancel'><"
            + answer + " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    m_session->inject(reply);
    QVERIFY(rejoining.isEmpty());
    QVERIFY(m_muc->isJoined(jid(room.constData())));
}

void TestMuc2::invitationsSent()
{
    QVERIFY(start(false));
    QVERIFY(!m_muc->invite(jid(room.constData()), jid("bob@example.com")));
    QVERIFY(!m_muc->lastError().isEmpty());
    MucJoinOptions options;
    options.nick = u"alice"_s;
    options.password = u"secret"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->takeStanzas();
    m_session->inject(selfPresence("alice"));
    QVERIFY(m_muc->invite(jid(room.constData()), jid("bob@example.com"), u"Come in"_s));
    QVERIFY(m_session->expect("<message to='room@conference.example.com' id='id2'>"
                              "<x xmlns='http://jabber.org/protocol/muc#user'><invite to='bob@example.com'>"
                              "<reason>Come in</reason></invite></x></message>"));
    QVERIFY(m_muc->invite(jid(room.constData()), jid("bob@example.com"), u"Come in"_s, true));
    QVERIFY(m_session->expect("<message to='bob@example.com' id='id3'><x xmlns='jabber:x:conference' "
                              "jid='room@conference.example.com' reason='Come in' password='secret'/></message>"));
}

void TestMuc2::directInvitationFromAnyone()
{
    QVERIFY(start(false));
    QSignalSpy invited(m_muc.get(), &MucManager::invitationReceived);
    QSignalSpy stored(m_messages.get(), &MessageManager::messageStored);
    m_session->inject("<message from='stranger@elsewhere.example/phone' to='user@example.com/balcony'>"
                      "<x xmlns='jabber:x:conference' jid='coven@conference.example.com' reason='Join us' "
                      "password='pw'/></message>");
    QCOMPARE(invited.size(), 1);
    QCOMPARE(invited.first().at(0).value<Jid>(), jid("coven@conference.example.com"));
    QCOMPARE(invited.first().at(1).value<Jid>(), jid("stranger@elsewhere.example/phone"));
    QCOMPARE(invited.first().at(2).toString(), u"Join us"_s);
    QCOMPARE(invited.first().at(3).toString(), u"pw"_s);
    QCOMPARE(invited.first().at(4).toBool(), false);
    // Only shown: nothing is joined or answered.
    QVERIFY(m_muc->rooms().isEmpty());
    QVERIFY(m_session->expectNothing());
    // Without a room address, or with a huge reason: no invitation, or a bounded one.
    m_session->inject("<message from='stranger@elsewhere.example/phone'><x xmlns='jabber:x:conference'/></message>");
    m_session->inject("<message from='stranger@elsewhere.example/phone'><x xmlns='jabber:x:conference' "
                      "jid='coven@conference.example.com' reason='"
        + QByteArray(100000, 'x') + "'/></message>");
    QCOMPARE(invited.size(), 2);
    QVERIFY(invited.last().at(2).toString().size() <= 1024);
    QVERIFY(stored.isEmpty());
}

void TestMuc2::mediatedInvitationVerifiedAsRoom()
{
    QVERIFY(start(false));
    QSignalSpy invited(m_muc.get(), &MucManager::invitationReceived);
    m_session->inject("<message from='coven@conference.example.com' to='user@example.com/balcony'>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'><invite from='crone@example.com/desk'>"
                      "<reason>Hey</reason></invite><password>cauldron</password></x></message>");
    // Before it is shown, the sender must be a room.
    const Element disco = lastWritten();
    QCOMPARE(disco.attribute(u"to"), u"coven@conference.example.com"_s);
    QVERIFY(invited.isEmpty());
    m_session->inject(discoResult("coven@conference.example.com", disco.attribute(u"id").toUtf8(), "conference",
        "http://jabber.org/protocol/muc"));
    QCOMPARE(invited.size(), 1);
    QCOMPARE(invited.first().at(0).value<Jid>(), jid("coven@conference.example.com"));
    QCOMPARE(invited.first().at(1).value<Jid>(), jid("crone@example.com/desk"));
    QCOMPARE(invited.first().at(2).toString(), u"Hey"_s);
    QCOMPARE(invited.first().at(3).toString(), u"cauldron"_s);
    QCOMPARE(invited.first().at(4).toBool(), true);
    QVERIFY(m_muc->rooms().isEmpty());
}

void TestMuc2::forgedMediatedInvitations()
{
    QVERIFY(start(false));
    QSignalSpy invited(m_muc.get(), &MucManager::invitationReceived);
    QSignalSpy stored(m_messages.get(), &MessageManager::messageStored);
    // From a full JID (a user's client): not a room.
    m_session->inject("<message from='mallory@example.com/laptop'><x xmlns='http://jabber.org/protocol/muc#user'>"
                      "<invite from='crone@example.com'/></x></message>");
    QVERIFY(m_session->expectNothing());
    // From a bare JID that is an account, not a room (its disco#info says so).
    m_session->inject("<message from='mallory@example.com'><x xmlns='http://jabber.org/protocol/muc#user'>"
                      "<invite from='crone@example.com'/></x></message>");
    const Element disco = lastWritten();
    m_session->inject(discoResult("mallory@example.com", disco.attribute(u"id").toUtf8(), "account", "urn:xmpp:ping"));
    // From a domain.
    m_session->inject("<message from='example.com'><x xmlns='http://jabber.org/protocol/muc#user'>"
                      "<invite from='crone@example.com'/></x></message>");
    // A flood of them from different "rooms": at most maxPendingInvitations() questions.
    QByteArray flood;
    for (int i = 0; i < 200; ++i) {
        flood += "<message from='r" + QByteArray::number(i)
            + "@conference.example.com'><x xmlns='http://jabber.org/protocol/muc#user'>"
              "<invite from='crone@example.com'/></x></message>";
    }
    m_session->inject(flood);
    QCOMPARE(m_session->takeStanzas().size(), MucManager::maxPendingInvitations());
    QVERIFY(invited.isEmpty());
    QVERIFY(stored.isEmpty());
}

void TestMuc2::declineAndDeclined()
{
    QVERIFY(start(false));
    QVERIFY(m_muc->declineInvitation(jid("coven@conference.example.com"), jid("crone@example.com"), u"Busy"_s));
    QVERIFY(m_session->expect("<message to='coven@conference.example.com' id='id2'>"
                              "<x xmlns='http://jabber.org/protocol/muc#user'><decline to='crone@example.com'>"
                              "<reason>Busy</reason></decline></x></message>"));
    MucJoinOptions options;
    options.nick = u"alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->takeStanzas();
    m_session->inject(selfPresence("alice"));
    QSignalSpy declined(m_muc.get(), &MucManager::invitationDeclined);
    m_session->inject("<message from='" + room
        + "'><x xmlns='http://jabber.org/protocol/muc#user'><decline from='bob@example.com'><reason>No</reason>"
          "</decline></x></message>");
    QCOMPARE(declined.size(), 1);
    QCOMPARE(declined.first().at(1).value<Jid>(), jid("bob@example.com"));
    QCOMPARE(declined.first().at(2).toString(), u"No"_s);
    // A decline "from" a room we are not in says nothing.
    m_session->inject("<message from='other@conference.example.com'><x xmlns='http://jabber.org/protocol/muc#user'>"
                      "<decline from='bob@example.com'/></x></message>");
    QCOMPARE(declined.size(), 1);
}

void TestMuc2::moderation()
{
    QVERIFY(start(false));
    MucJoinOptions options;
    options.nick = u"alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->takeStanzas();
    m_session->inject("<presence from='" + room
        + "/bob'><x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' role='participant' "
          "jid='bob@example.com/home'/></x></presence>");
    m_session->inject(selfPresence("alice", "<status code='110'/>", "moderator", "owner"));
    QCOMPARE(m_muc->occupantJid(jid(room.constData()), u"bob"_s), jid("bob@example.com"));
    std::optional<bool> ok;
    QVERIFY(m_muc->kick(
        jid(room.constData()), u"bob"_s, u"Be nice"_s, [&ok](bool success, const QString &) { ok = success; }));
    QVERIFY(m_session->expect("<iq type='set' to='room@conference.example.com' id='id2'>"
                              "<query xmlns='http://jabber.org/protocol/muc#admin'><item nick='bob' role='none'>"
                              "<reason>Be nice</reason></item></query></iq>"));
    m_session->inject("<iq type='result' from='room@conference.example.com' id='id2'/>");
    QCOMPARE(ok, std::optional<bool>(true));
    QVERIFY(m_muc->setRole(jid(room.constData()), u"bob"_s, MucRole::Visitor));
    QVERIFY(m_session->expect("<iq type='set' to='room@conference.example.com' id='id3'>"
                              "<query xmlns='http://jabber.org/protocol/muc#admin'><item nick='bob' role='visitor'/>"
                              "</query></iq>"));
    QVERIFY(m_muc->setRole(jid(room.constData()), u"bob"_s, MucRole::Participant));
    QVERIFY(m_session->expect("<iq type='set' to='room@conference.example.com' id='id4'>"
                              "<query xmlns='http://jabber.org/protocol/muc#admin'><item nick='bob' "
                              "role='participant'/></query></iq>"));
    QVERIFY(
        m_muc->setAffiliation(jid(room.constData()), jid("bob@example.com/home"), MucAffiliation::Outcast, u"Spam"_s));
    QVERIFY(m_session->expect("<iq type='set' to='room@conference.example.com' id='id5'>"
                              "<query xmlns='http://jabber.org/protocol/muc#admin'><item jid='bob@example.com' "
                              "affiliation='outcast'><reason>Spam</reason></item></query></iq>"));
    QVERIFY(m_muc->setAffiliation(jid(room.constData()), jid("carol@example.com"), MucAffiliation::Member));
    QVERIFY(m_session->expect("<iq type='set' to='room@conference.example.com' id='id6'>"
                              "<query xmlns='http://jabber.org/protocol/muc#admin'><item jid='carol@example.com' "
                              "affiliation='member'/></query></iq>"));
    // Not in the room: refused locally.
    QVERIFY(!m_muc->kick(jid("other@conference.example.com"), u"bob"_s));
    QVERIFY(!m_muc->lastError().isEmpty());
}

void TestMuc2::moderationErrorsInWords()
{
    QVERIFY(start(false));
    MucJoinOptions options;
    options.nick = u"alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->takeStanzas();
    m_session->inject(selfPresence("alice"));
    QString text;
    QVERIFY(m_muc->kick(jid(room.constData()), u"bob"_s, {}, [&text](bool, const QString &t) { text = t; }));
    m_session->inject("<iq type='error' from='room@conference.example.com' id='id2'><error type='auth'>"
                      "<forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    QVERIFY2(text.contains(u"not allowed"), qPrintable(text));
    QVERIFY(m_muc->kick(jid(room.constData()), u"nobody"_s, {}, [&text](bool, const QString &t) { text = t; }));
    m_session->inject("<iq type='error' from='room@conference.example.com' id='id3'><error type='cancel'>"
                      "<item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    QVERIFY2(text.contains(u"nobody"), qPrintable(text));
}

void TestMuc2::createConfiguredRoom()
{
    QVERIFY(start(false));
    QSignalSpy joined(m_muc.get(), &MucManager::joined);
    MucJoinOptions options;
    options.nick = u"alice"_s;
    options.mustCreate = true;
    options.configuration
        = { { u"muc#roomconfig_roomname"_s, { u"Coven"_s } }, { u"muc#roomconfig_persistentroom"_s, { u"1"_s } } };
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->takeStanzas();
    m_session->inject(selfPresence("alice", "<status code='110'/><status code='201'/>", "moderator", "owner"));
    QVERIFY(m_session->expect("<iq type='get' to='room@conference.example.com' id='id2'>"
                              "<query xmlns='http://jabber.org/protocol/muc#owner'/></iq>"));
    m_session->inject("<iq type='result' from='room@conference.example.com' id='id2'>"
                      "<query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='form'>"
                      "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/muc#roomconfig</value>"
                      "</field><field var='muc#roomconfig_roomname' type='text-single'/>"
                      "<field var='muc#roomconfig_persistentroom' type='boolean'><value>0</value></field>"
                      "<field var='muc#roomconfig_publicroom' type='boolean'><value>1</value></field>"
                      "</x></query></iq>");
    QVERIFY(m_session->expect("<iq type='set' to='room@conference.example.com' id='id3'>"
                              "<query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' "
                              "type='submit'><field var='FORM_TYPE' type='hidden'>"
                              "<value>http://jabber.org/protocol/muc#roomconfig</value></field>"
                              "<field var='muc#roomconfig_roomname' type='text-single'><value>Coven</value></field>"
                              "<field var='muc#roomconfig_persistentroom' type='boolean'><value>1</value></field>"
                              "<field var='muc#roomconfig_publicroom' type='boolean'><value>1</value></field>"
                              "</x></query></iq>"));
    QVERIFY(joined.isEmpty());
    m_session->inject("<iq type='result' from='room@conference.example.com' id='id3'/>");
    QCOMPARE(joined.size(), 1);
    QCOMPARE(joined.first().at(2).toBool(), true);
    QVERIFY(m_muc->isJoined(jid(room.constData())));
}

void TestMuc2::createRefusesUnknownField()
{
    QVERIFY(start(false));
    QSignalSpy failed(m_muc.get(), &MucManager::joinFailed);
    MucJoinOptions options;
    options.nick = u"alice"_s;
    options.configuration = { { u"muc#roomconfig_nosuchthing"_s, { u"1"_s } } };
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->takeStanzas();
    m_session->inject(selfPresence("alice", "<status code='110'/><status code='201'/>", "moderator", "owner"));
    const Element get = lastWritten();
    m_session->inject("<iq type='result' from='room@conference.example.com' id='" + get.attribute(u"id").toUtf8()
        + "'><query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='form'>"
          "<field var='muc#roomconfig_roomname'/></x></query></iq>");
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<MucError>(), MucError::ConfigurationRefused);
    QVERIFY2(failed.first().at(2).toString().contains(u"muc#roomconfig_nosuchthing"),
        qPrintable(failed.first().at(2).toString()));
    // We leave the room (it stays locked and goes away with us).
    const Element leave = lastWritten();
    QCOMPARE(leave.attribute(u"type"), u"unavailable"_s);
}

void TestMuc2::createExistingRoomFails()
{
    QVERIFY(start(false));
    QSignalSpy failed(m_muc.get(), &MucManager::joinFailed);
    QSignalSpy joined(m_muc.get(), &MucManager::joined);
    MucJoinOptions options;
    options.nick = u"alice"_s;
    options.mustCreate = true;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->takeStanzas();
    m_session->inject(selfPresence("alice"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<MucError>(), MucError::RoomExists);
    QVERIFY(joined.isEmpty());
    QCOMPARE(lastWritten().attribute(u"type"), u"unavailable"_s);
}

void TestMuc2::mentionsWordBoundary_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<bool>("mentioned");
    QTest::newRow("start") << u"alice: hi"_s << u"alice"_s << true;
    QTest::newRow("case") << u"Hi ALICE!"_s << u"alice"_s << true;
    QTest::newRow("inside a word") << u"malice aforethought"_s << u"alice"_s << false;
    QTest::newRow("prefix of a word") << u"alicette"_s << u"alice"_s << false;
    QTest::newRow("second occurrence") << u"malice, alice"_s << u"alice"_s << true;
    QTest::newRow("nick with a space") << u"ask Third Witch now"_s << u"third witch"_s << true;
    QTest::newRow("nick ending in a symbol") << u"hey bob! there"_s << u"bob!"_s << true;
    QTest::newRow("umlaut word") << u"jörg"_s << u"jö"_s << false;
    QTest::newRow("empty nick") << u"anything"_s << QString() << false;
}

void TestMuc2::mentionsWordBoundary()
{
    QFETCH(QString, body);
    QFETCH(QString, nick);
    QFETCH(bool, mentioned);
    QCOMPARE(MucManager::mentions(body, nick), mentioned);
}

void TestMuc2::mentionSignalledForLiveMessagesOnly()
{
    QVERIFY(start(false));
    MucJoinOptions options;
    options.nick = u"alice"_s;
    QVERIFY(m_muc->join(jid(room.constData()), options));
    m_session->takeStanzas();
    QSignalSpy mentioned(m_muc.get(), &MucManager::mentioned);
    // Replayed history (delayed) is not notified.
    m_session->inject("<message type='groupchat' from='" + room
        + "/bob'><body>alice, old news</body><delay xmlns='urn:xmpp:delay' stamp='2026-12-01T10:00:00Z'/></message>");
    m_session->inject(selfPresence("alice"));
    m_session->inject("<message type='groupchat' from='" + room + "/bob' id='b1'><body>Alice, look</body></message>");
    m_session->inject(
        "<message type='groupchat' from='" + room + "/bob' id='b2'><body>nothing for you</body></message>");
    QCOMPARE(mentioned.size(), 1);
    QCOMPARE(mentioned.first().at(1).value<StoredMessage>().body, u"Alice, look"_s);
}

namespace {

QByteArray itemsResult(
    const QByteArray &from, const QByteArray &id, const QByteArray &items, const QByteArray &set = QByteArray())
{
    return "<iq type='result' from='" + from + "' id='" + id
        + "'><query xmlns='http://jabber.org/protocol/disco#items'>" + items + set + "</query></iq>";
}

QByteArray rsmSet(const QByteArray &first, const QByteArray &last, int count)
{
    return "<set xmlns='" + rsmNs + "'><first>" + first + "</first><last>" + last + "</last><count>"
        + QByteArray::number(count) + "</count></set>";
}

} // namespace

void TestMuc2::directoryFindsConferenceServices()
{
    QVERIFY(start());
    RoomDirectory directory(m_session->connection());
    QSignalSpy found(&directory, &RoomDirectory::servicesFound);
    directory.findServices(jid("example.com"));
    const Element items = lastWritten();
    QCOMPARE(items.attribute(u"to"), u"example.com"_s);
    QVERIFY(items.hasChild(u"query", u"http://jabber.org/protocol/disco#items"));
    // Only domains without a node are asked about (a user or a node item is not a service).
    m_session->inject(itemsResult("example.com", items.attribute(u"id").toUtf8(),
        "<item jid='conference.example.com'/><item jid='upload.example.com'/><item jid='pubsub.example.com'/>"
        "<item jid='alice@example.com'/><item jid='example.com' node='announce'/><item "
        "jid='conference.example.com'/>"));
    const QList<Element> infos = m_session->takeStanzas();
    QCOMPARE(infos.size(), 3);
    for (const Element &info : infos) {
        QVERIFY(info.hasChild(u"query", u"http://jabber.org/protocol/disco#info"));
        const QByteArray to = info.attribute(u"to").toUtf8();
        const QByteArray id = info.attribute(u"id").toUtf8();
        if (to == "conference.example.com") {
            m_session->inject(discoResult(to, id, "conference", "http://jabber.org/protocol/muc"));
        } else if (to == "upload.example.com") {
            m_session->inject(discoResult(to, id, "store", "urn:xmpp:http:upload:0"));
        } else {
            QCOMPARE(found.size(), 0); // not before every candidate answered
            m_session->inject("<iq type='error' from='" + to + "' id='" + id
                + "'><error type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
                  "</iq>");
        }
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().at(0).value<QList<Jid>>(), QList<Jid> { jid("conference.example.com") });
    QCOMPARE(found.first().at(1).toString(), QString());

    // A server that refuses the items request: an error, no services.
    directory.findServices(jid("example.com"));
    const Element again = lastWritten();
    m_session->inject("<iq type='error' from='example.com' id='" + again.attribute(u"id").toUtf8()
        + "'><error type='cancel'><feature-not-implemented xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    QCOMPARE(found.size(), 2);
    QVERIFY(found.last().at(0).value<QList<Jid>>().isEmpty());
    QVERIFY(!found.last().at(1).toString().isEmpty());
}

void TestMuc2::directoryListsRoomsAcrossPages()
{
    QVERIFY(start());
    RoomDirectory directory(m_session->connection());
    QSignalSpy listed(&directory, &RoomDirectory::roomsListed);
    const Jid service = jid("conference.example.com");
    directory.listRooms(service);
    const Element first = lastWritten();
    QCOMPARE(first.attribute(u"to"), u"conference.example.com"_s);
    const Element set = first.firstChild(u"query").firstChild(u"set", QString::fromLatin1(rsmNs));
    QCOMPARE(set.childText(u"max"), QString::number(RoomDirectory::pageSize()));
    QVERIFY(!set.hasChild(u"after"));
    m_session->inject(itemsResult("conference.example.com", first.attribute(u"id").toUtf8(),
        "<item jid='alpha@conference.example.com' name='Alpha'/><item jid='beta@conference.example.com'/>",
        rsmSet("alpha@conference.example.com", "beta@conference.example.com", 3)));
    QCOMPARE(listed.size(), 0);
    const Element second = lastWritten();
    QCOMPARE(second.firstChild(u"query").firstChild(u"set", QString::fromLatin1(rsmNs)).childText(u"after"),
        u"beta@conference.example.com"_s);
    // Not rooms of this service, or repeated: left out.
    m_session->inject(itemsResult("conference.example.com", second.attribute(u"id").toUtf8(),
        "<item jid='gamma@conference.example.com' name='Gamma'/><item jid='alpha@conference.example.com'/>"
        "<item jid='evil@elsewhere.example'/><item jid='conference.example.com'/>"
        "<item jid='delta@conference.example.com/nick'/><item jid='not a jid'/>",
        rsmSet("gamma@conference.example.com", "gamma@conference.example.com", 3)));
    QCOMPARE(listed.size(), 1);
    const auto rooms = listed.first().at(1).value<QList<RoomListing>>();
    QCOMPARE(rooms.size(), 3);
    QCOMPARE(rooms.at(0).jid, jid("alpha@conference.example.com"));
    QCOMPARE(rooms.at(0).name, u"Alpha"_s);
    QCOMPARE(rooms.at(1).name, QString());
    QCOMPARE(rooms.at(2).jid, jid("gamma@conference.example.com"));
    QVERIFY(!listed.first().at(2).toBool());
    QCOMPARE(listed.first().at(3).toString(), QString());
    QVERIFY(m_session->takeStanzas().isEmpty()); // count reached: no third page

    // A service without RSM answers everything at once.
    directory.listRooms(service);
    m_session->inject(itemsResult("conference.example.com", lastWritten().attribute(u"id").toUtf8(),
        "<item jid='one@conference.example.com'/><item jid='two@conference.example.com'/>"));
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.last().at(1).value<QList<RoomListing>>().size(), 2);
}

void TestMuc2::directoryBoundsHostileListings()
{
    QVERIFY(start());
    RoomDirectory directory(m_session->connection());
    QSignalSpy listed(&directory, &RoomDirectory::roomsListed);
    const Jid service = jid("conference.example.com");
    // A service that sends the same position again: the listing ends instead of looping.
    directory.listRooms(service);
    for (int page = 0; page < 3 && listed.isEmpty(); ++page) {
        m_session->inject(itemsResult("conference.example.com", lastWritten().attribute(u"id").toUtf8(),
            "<item jid='loop@conference.example.com'/>", rsmSet("loop", "loop", 0)));
    }
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().at(1).value<QList<RoomListing>>().size(), 1);

    // 6,000 rooms in one answer (under the 1 MiB stanza limit), the first with a huge name: cut at maxRooms(),
    // the name at 256 characters, and said to be cut.
    directory.listRooms(service);
    QByteArray flood = "<item jid='r@conference.example.com' name='" + QByteArray(100000, 'n') + "'/>";
    for (int i = 1; i < 6000; ++i) {
        flood += "<item jid='r" + QByteArray::number(i) + "@conference.example.com'/>";
    }
    m_session->inject(itemsResult("conference.example.com", lastWritten().attribute(u"id").toUtf8(), flood));
    QCOMPARE(listed.size(), 2);
    const auto rooms = listed.last().at(1).value<QList<RoomListing>>();
    QCOMPARE(rooms.size(), RoomDirectory::maxRooms());
    QCOMPARE(rooms.first().name.size(), 256);
    QVERIFY(listed.last().at(2).toBool());

    // A service that pages for ever, each page new: stopped after maxPages() pages, said to be cut.
    directory.listRooms(service);
    int pages = 0;
    while (listed.size() == 2 && pages < RoomDirectory::maxPages() + 5) {
        const QByteArray n = QByteArray::number(pages++);
        m_session->inject(itemsResult("conference.example.com", lastWritten().attribute(u"id").toUtf8(),
            "<item jid='p" + n + "@conference.example.com'/>", rsmSet("p" + n, "p" + n, 0)));
    }
    QCOMPARE(pages, RoomDirectory::maxPages());
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.last().at(1).value<QList<RoomListing>>().size(), RoomDirectory::maxPages());
    QVERIFY(listed.last().at(2).toBool());
}

void TestMuc2::directoryRoomDetails()
{
    QVERIFY(start());
    RoomDirectory directory(m_session->connection());
    QSignalSpy received(&directory, &RoomDirectory::roomDetailsReceived);
    QSignalSpy failed(&directory, &RoomDirectory::roomDetailsFailed);
    directory.queryRoom(jid("team@conference.example.com/whoever"));
    const Element query = lastWritten();
    QCOMPARE(query.attribute(u"to"), u"team@conference.example.com"_s);
    m_session->inject("<iq type='result' from='team@conference.example.com' id='" + query.attribute(u"id").toUtf8()
        + "'><query xmlns='http://jabber.org/protocol/disco#info'>"
          "<identity category='conference' type='text' name='The Team'/>"
          "<feature var='http://jabber.org/protocol/muc'/><feature var='muc_passwordprotected'/>"
          "<feature var='muc_membersonly'/><feature var='muc_nonanonymous'/><feature var='urn:xmpp:mam:2'/>"
          "<x xmlns='jabber:x:data' type='result'>"
          "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/muc#roominfo</value></field>"
          "<field var='muc#roominfo_description'><value>Release planning</value></field>"
          "<field var='muc#roominfo_occupants'><value>12</value></field>"
          "<field var='muc#roominfo_lang'><value>en</value></field>"
          "</x></query></iq>");
    QCOMPARE(received.size(), 1);
    const auto details = received.first().at(0).value<RoomDetails>();
    QCOMPARE(details.jid, jid("team@conference.example.com"));
    QCOMPARE(details.name, u"The Team"_s);
    QCOMPARE(details.description, u"Release planning"_s);
    QCOMPARE(details.occupants, 12);
    QCOMPARE(details.language, u"en"_s);
    QVERIFY(details.passwordProtected);
    QVERIFY(details.membersOnly);
    QVERIFY(details.nonAnonymous);
    QVERIFY(!details.moderated);
    QVERIFY(details.archived);

    // A negative or non-numeric count is unknown, not a number.
    const RoomDetails odd = roomDetailsFrom(jid("x@conference.example.com"),
        ScriptedSession::stanzasIn("<query xmlns='http://jabber.org/protocol/disco#info'>"
                                   "<identity category='conference' type='text'/>"
                                   "<x xmlns='jabber:x:data' type='result'><field var='FORM_TYPE' type='hidden'>"
                                   "<value>http://jabber.org/protocol/muc#roominfo</value></field>"
                                   "<field var='muc#roominfo_occupants'><value>-5</value></field></x></query>")
            .value(0));
    QCOMPARE(odd.occupants, -1);

    directory.queryRoom(jid("gone@conference.example.com"));
    m_session->inject("<iq type='error' from='gone@conference.example.com' id='"
        + lastWritten().attribute(u"id").toUtf8()
        + "'><error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<Jid>(), jid("gone@conference.example.com"));
    QVERIFY(!failed.first().at(1).toString().isEmpty());
}

void TestMuc2::directoryDropsStaleAnswers()
{
    QVERIFY(start());
    RoomDirectory directory(m_session->connection());
    QSignalSpy listed(&directory, &RoomDirectory::roomsListed);
    directory.listRooms(jid("old.example.com"));
    const QByteArray oldId = lastWritten().attribute(u"id").toUtf8();
    directory.listRooms(jid("conference.example.com"));
    const QByteArray newId = lastWritten().attribute(u"id").toUtf8();
    // The answer to the replaced request is dropped; only the current one is listed.
    m_session->inject(itemsResult("old.example.com", oldId, "<item jid='stale@old.example.com'/>"));
    QCOMPARE(listed.size(), 0);
    m_session->inject(itemsResult("conference.example.com", newId, "<item jid='fresh@conference.example.com'/>"));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().at(0).value<Jid>(), jid("conference.example.com"));
    QCOMPARE(listed.first().at(1).value<QList<RoomListing>>().value(0).jid, jid("fresh@conference.example.com"));
}

QTEST_GUILESS_MAIN(TestMuc2)
#include "tst_muc2.moc"
