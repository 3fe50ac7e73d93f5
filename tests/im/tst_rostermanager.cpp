// The roster module on a bound session (scripted server): RFC 6121 §2 with versioning (§2.6): the get with
// the stored version, full results, the empty result that replays the cache, and roster pushes.
#include "ScriptedSession.h"
#include "TestJid.h"
#include "XmlCompare.h"
#include "im/PresenceManager.h"
#include "im/RosterManager.h"
#include "storage/MemoryRosterStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::test;

namespace {

RosterItem item(const char *bare, const char *name, const char *subscription, QStringList groups = {})
{
    RosterItem i;
    i.jid = jid(bare);
    i.name = QString::fromUtf8(name);
    i.subscription = QString::fromUtf8(subscription);
    i.groups = groups;
    return i;
}

} // namespace

class TestRosterManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void parsesItems();
    void versionedGetWithStoredVersion();
    void getSentFromSessionStarting();
    void getPrecedesPresenceWhateverTheConstructionOrder();
    void pipelinedWithKnownServerProfile();
    void noCacheRequestsVersioning();
    void serverProfileDecidesVersioning();
    void emptyResultReplaysCache();
    void fullResultReplacesCacheAndVersion();
    void resultWithoutVersion();
    void errorKeepsCache();
    void pushFromBareJidApplied();
    void pushWithoutFromApplied();
    void pushWithoutIdIgnored();
    void pushFromStrangerRefused_data();
    void pushFromStrangerRefused();
    void pushRemovesItem();
    void pushWithTwoItemsIsBadRequest();
    void addOrUpdateSendsSet();
    void removeSendsSubscriptionRemove();
    void renameAndSetGroupsKeepTheRest();
    void editErrorsReported_data();
    void editErrorsReported();
    void editWithoutSession();
    void groupListing();

private:
    // Creates the module over the current store and logs in; returns the roster get the module sent.
    Element start();

    std::unique_ptr<MemoryRosterStore> m_store;
    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<RosterManager> m_roster;
};

void TestRosterManager::init()
{
    m_store = std::make_unique<MemoryRosterStore>();
    m_session = std::make_unique<ScriptedSession>();
}

void TestRosterManager::cleanup()
{
    m_roster.reset();
    m_session.reset();
    m_store.reset();
}

Element TestRosterManager::start()
{
    m_roster = std::make_unique<RosterManager>(m_session->connection(), *m_store);
    if (!m_session->login()) {
        return Element();
    }
    QList<Element> candidates;
    if (m_session->sessionStartingEmitted()) {
        // Pipelined with the bind request (XEP-0305).
        candidates = m_session->pipelinedStanzas();
    } else {
        // A connection without the sessionStarting() hook: start the session by hand.
        m_roster->requestRoster(false);
    }
    candidates += m_session->takeStanzas();
    Element get;
    for (const Element &stanza : std::as_const(candidates)) {
        if (stanza.name() == u"iq" && stanza.hasChild(u"query", RosterManager::xmlns())) {
            if (!get.isNull()) {
                qWarning() << "more than one roster get";
                return Element();
            }
            get = stanza;
        }
    }
    return get;
}

void TestRosterManager::parsesItems()
{
    bool remove = true;
    const auto parsed = RosterManager::itemFromElement(
        parseFragment("<item xmlns='jabber:iq:roster' jid='Romeo@Example.net/x' name='Romeo' subscription='both' "
                      "ask='subscribe' approved='true'><group>Friends</group><group>Amigos</group>"
                      "<group>Friends</group></item>"),
        &remove);
    QVERIFY(parsed);
    QCOMPARE(parsed->jid, jid("romeo@example.net"));
    QCOMPARE(parsed->name, QStringLiteral("Romeo"));
    QCOMPARE(parsed->subscription, QStringLiteral("both"));
    QVERIFY(parsed->askSubscribe);
    QVERIFY(parsed->approved);
    QCOMPARE(parsed->groups, (QStringList { QStringLiteral("Amigos"), QStringLiteral("Friends") }));
    QVERIFY(!remove);
    QCOMPARE(RosterManager::itemFromElement(RosterManager::itemToElement(*parsed)), parsed);
    QVERIFY(RosterManager::itemFromElement(
        parseFragment("<item xmlns='jabber:iq:roster' jid='a@b' subscription='remove'/>"), &remove));
    QVERIFY(remove);
    QCOMPARE(RosterManager::itemFromElement(parseFragment("<item xmlns='jabber:iq:roster' jid='a@b' "
                                                          "subscription='bogus'/>"))
                 ->subscription,
        QStringLiteral("none"));
    QVERIFY(!RosterManager::itemFromElement(parseFragment("<item xmlns='jabber:iq:roster' jid='@bad'/>")));
    QVERIFY(!RosterManager::itemFromElement(parseFragment("<item xmlns='jabber:iq:roster'/>")));
}

void TestRosterManager::versionedGetWithStoredVersion()
{
    m_store->replaceAll({ item("juliet@example.com", "Juliet", "both") }, QStringLiteral("ver7"));
    const Element get = start();
    QVERIFY(!get.isNull());
    QCOMPARE(normalize(get),
        normalize("<iq type='get' id='" + get.attribute(u"id").toUtf8()
            + "'><query xmlns='jabber:iq:roster' ver='ver7'/></iq>"));
    QVERIFY(m_roster->stats().requested);
    QVERIFY(m_roster->stats().versioned);
    QCOMPARE(m_roster->stats().requestedVersion, QStringLiteral("ver7"));
    // The cache is usable before the answer.
    QCOMPARE(m_roster->items().size(), 1);
}

void TestRosterManager::getSentFromSessionStarting()
{
    m_store->replaceAll({}, QStringLiteral("ver7"));
    m_roster = std::make_unique<RosterManager>(m_session->connection(), *m_store);
    QVERIFY(m_session->login());
    if (!m_session->sessionStartingEmitted()) {
        QSKIP("this Connection does not emit sessionStarting()");
    }
    // Nothing called by hand: the module reacted to the signal (in the bind write when the connection
    // pipelines, right after the bind result otherwise), exactly once.
    QList<Element> sent = m_session->pipelinedStanzas() + m_session->takeStanzas();
    sent.removeIf([](const Element &e) { return !e.hasChild(u"query", RosterManager::xmlns()); });
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().firstChild(u"query", RosterManager::xmlns()).attribute(u"ver"), QStringLiteral("ver7"));
    QVERIFY(m_roster->stats().requested);
}

void TestRosterManager::getPrecedesPresenceWhateverTheConstructionOrder()
{
    // RFC 6121 §2.2: the roster get goes before the initial presence (§4.2) in the session start. The order is
    // the connection's SessionStep order, not the order the modules happen to be constructed in.
    PresenceManager presence(m_session->connection(), nullptr);
    m_roster = std::make_unique<RosterManager>(m_session->connection(), *m_store);
    QVERIFY(m_session->login());
    const QList<Element> written = m_session->takeStanzas();
    qsizetype rosterGet = -1;
    qsizetype initialPresence = -1;
    for (qsizetype i = 0; i < written.size(); ++i) {
        if (rosterGet < 0 && written[i].name() == u"iq" && written[i].hasChild(u"query", RosterManager::xmlns())) {
            rosterGet = i;
        }
        if (initialPresence < 0 && written[i].name() == u"presence") {
            initialPresence = i;
        }
    }
    QVERIFY(rosterGet >= 0);
    QVERIFY(initialPresence >= 0);
    QVERIFY2(rosterGet < initialPresence, "the initial presence went out before the roster get");
}

void TestRosterManager::pipelinedWithKnownServerProfile()
{
    // The first connect teaches the connection cache what the server offers after authentication
    // (rosterver); the next connect pipelines the versioned get behind the bind request (XEP-0305).
    MemoryConnectionCache cache;
    m_session->settings().cache = &cache;
    m_store->replaceAll({}, QStringLiteral("ver7"));
    m_roster = std::make_unique<RosterManager>(m_session->connection(), *m_store);
    const QByteArray rosterver = "<ver xmlns='urn:xmpp:features:rosterver'/>";
    QVERIFY(m_session->login(rosterver));
    if (!m_session->sessionStartingEmitted()) {
        QSKIP("this Connection does not emit sessionStarting()");
    }
    QVERIFY(cache.serverProfile(QStringLiteral("example.com"))
                .sessionFeatures.hasChild(u"ver", RosterManager::versioningFeatureNs()));
    m_roster.reset();
    m_session = std::make_unique<ScriptedSession>();
    m_session->settings().cache = &cache;
    m_roster = std::make_unique<RosterManager>(m_session->connection(), *m_store);
    QVERIFY(m_session->login(rosterver));
    const QList<Element> pipelined = m_session->pipelinedStanzas();
    QCOMPARE(pipelined.size(), 1);
    QCOMPARE(pipelined.first().firstChild(u"query", RosterManager::xmlns()).attribute(u"ver"), QStringLiteral("ver7"));
    QVERIFY(m_session->takeStanzas().isEmpty());
}

void TestRosterManager::noCacheRequestsVersioning()
{
    const Element get = start();
    QVERIFY(!get.isNull());
    const Element query = get.firstChild(u"query", RosterManager::xmlns());
    QVERIFY(query.hasAttribute(u"ver"));
    QCOMPARE(query.attribute(u"ver"), QString());
}

void TestRosterManager::serverProfileDecidesVersioning()
{
    m_store->replaceAll({}, QStringLiteral("ver3"));
    QVERIFY(!start().isNull());
    MemoryConnectionCache cache;
    ConnectionSettings settings = m_session->connection().settings();
    settings.cache = &cache;
    m_session->connection().setSettings(settings);

    // Last time the server did not offer versioning: no 'ver' (RFC 6121 §2.6.1).
    ServerProfile profile;
    profile.sessionFeatures = parseFragment("<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
                                            "</stream:features>");
    cache.storeServerProfile(QStringLiteral("example.com"), profile);
    m_roster->requestRoster(true);
    QList<Element> sent = m_session->takeStanzas();
    QCOMPARE(sent.size(), 1);
    QVERIFY(!sent.first().firstChild(u"query", RosterManager::xmlns()).hasAttribute(u"ver"));
    QVERIFY(!m_roster->stats().versioned);

    // It did offer it.
    profile.sessionFeatures.appendChild(Element(QStringLiteral("ver"), RosterManager::versioningFeatureNs()));
    cache.storeServerProfile(QStringLiteral("example.com"), profile);
    m_roster->requestRoster(true);
    sent = m_session->takeStanzas();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().firstChild(u"query", RosterManager::xmlns()).attribute(u"ver"), QStringLiteral("ver3"));
    settings.cache = nullptr;
    m_session->connection().setSettings(settings);
}

void TestRosterManager::emptyResultReplaysCache()
{
    const QList<RosterItem> cached { item("juliet@example.com", "Juliet", "both", { QStringLiteral("Friends") }),
        item("nurse@example.com", "Nurse", "to") };
    m_store->replaceAll(cached, QStringLiteral("ver7"));
    const int writesBefore = m_store->writes;
    const Element get = start();
    QVERIFY(!get.isNull());
    QSignalSpy received(m_roster.get(), &RosterManager::rosterReceived);
    m_session->inject("<iq type='result' id='" + get.attribute(u"id").toUtf8() + "'/>");
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().at(0).toBool(), true);
    QCOMPARE(received.first().at(1).toInt(), 2);
    QCOMPARE(m_roster->items(), m_store->items());
    QCOMPARE(m_roster->items().size(), 2);
    QCOMPARE(m_roster->version(), QStringLiteral("ver7"));
    QCOMPARE(m_store->writes, writesBefore);
    QVERIFY(m_roster->stats().servedFromCache);
    QCOMPARE(m_roster->stats().transferredItems, 0);
    QVERIFY(m_session->server().writes().isEmpty());
}

void TestRosterManager::fullResultReplacesCacheAndVersion()
{
    m_store->replaceAll({ item("juliet@example.com", "Juliet", "both"), item("nurse@example.com", "Nurse", "to") },
        QStringLiteral("ver7"));
    const Element get = start();
    QVERIFY(!get.isNull());
    QSignalSpy received(m_roster.get(), &RosterManager::rosterReceived);
    m_session->inject("<iq type='result' id='" + get.attribute(u"id").toUtf8()
        + "'><query xmlns='jabber:iq:roster' ver='ver9'>"
          "<item jid='juliet@example.com' name='Jules' subscription='both'/>"
          "<item jid='romeo@example.net' name='Romeo' subscription='from'><group>Friends</group></item>"
          "</query></iq>");
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().at(0).toBool(), false);
    QCOMPARE(received.first().at(1).toInt(), 2);
    QCOMPARE(m_store->version(), QStringLiteral("ver9"));
    QCOMPARE(m_roster->version(), QStringLiteral("ver9"));
    const QList<RosterItem> expected { item("juliet@example.com", "Jules", "both"),
        item("romeo@example.net", "Romeo", "from", { QStringLiteral("Friends") }) };
    QCOMPARE(m_store->items(), expected);
    QCOMPARE(m_roster->items(), expected);
    QVERIFY(!m_roster->item(jid("nurse@example.com")));
    QVERIFY(!m_roster->stats().servedFromCache);
    QCOMPARE(m_roster->stats().transferredItems, 2);
}

void TestRosterManager::resultWithoutVersion()
{
    m_store->replaceAll({}, QStringLiteral("ver7"));
    const Element get = start();
    QVERIFY(!get.isNull());
    m_session->inject("<iq type='result' id='" + get.attribute(u"id").toUtf8()
        + "'><query xmlns='jabber:iq:roster'><item jid='romeo@example.net' subscription='both'/></query></iq>");
    // A server without versioning: the cache holds no version any more, so the next get asks with ver=''.
    QCOMPARE(m_store->version(), QString());
    QCOMPARE(m_store->items().size(), 1);
}

void TestRosterManager::errorKeepsCache()
{
    m_store->replaceAll({ item("juliet@example.com", "Juliet", "both") }, QStringLiteral("ver7"));
    const Element get = start();
    QVERIFY(!get.isNull());
    QSignalSpy failed(m_roster.get(), &RosterManager::rosterFailed);
    QSignalSpy received(m_roster.get(), &RosterManager::rosterReceived);
    m_session->inject("<iq type='error' id='" + get.attribute(u"id").toUtf8()
        + "'><error type='wait'><internal-server-error xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"internal-server-error"));
    QVERIFY(received.isEmpty());
    QCOMPARE(m_store->version(), QStringLiteral("ver7"));
    QCOMPARE(m_roster->items().size(), 1);
}

void TestRosterManager::pushFromBareJidApplied()
{
    m_store->replaceAll({ item("juliet@example.com", "Juliet", "both") }, QStringLiteral("ver7"));
    QVERIFY(!start().isNull());
    QSignalSpy changed(m_roster.get(), &RosterManager::itemChanged);
    m_session->inject("<iq type='set' id='p1' from='user@example.com'><query xmlns='jabber:iq:roster' ver='ver10'>"
                      "<item jid='tybalt@example.com' subscription='none' ask='subscribe'>"
                      "<group>Enemies</group></item></query></iq>");
    QCOMPARE(m_session->server().takeWritePieces(),
        ScriptedTransport::pieces("<iq type='result' id='p1' to='user@example.com'/>"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<Jid>(), jid("tybalt@example.com"));
    QCOMPARE(m_store->version(), QStringLiteral("ver10"));
    QCOMPARE(m_roster->version(), QStringLiteral("ver10"));
    RosterItem tybalt = item("tybalt@example.com", "", "none", { QStringLiteral("Enemies") });
    tybalt.askSubscribe = true;
    QCOMPARE(m_roster->item(jid("tybalt@example.com")), std::optional<RosterItem>(tybalt));
    QCOMPARE(m_store->items().size(), 2);
    QCOMPARE(m_roster->stats().pushes, 1);
}

void TestRosterManager::pushWithoutFromApplied()
{
    QVERIFY(!start().isNull());
    m_session->inject("<iq type='set' id='p2'><query xmlns='jabber:iq:roster' ver='ver11'>"
                      "<item jid='romeo@example.net' name='R' subscription='to'/></query></iq>");
    QCOMPARE(m_session->server().takeWritePieces(), ScriptedTransport::pieces("<iq type='result' id='p2'/>"));
    QCOMPARE(m_store->version(), QStringLiteral("ver11"));
    QCOMPARE(m_store->items(), (QList<RosterItem> { item("romeo@example.net", "R", "to") }));
}

void TestRosterManager::pushWithoutIdIgnored()
{
    // RFC 6120 §8.1.3: an IQ without an id is not a valid push: nothing changes and nothing is answered (found
    // by fuzz_session: the item was stored and an id-less result sent).
    m_store->replaceAll({ item("juliet@example.com", "Juliet", "both") }, QStringLiteral("ver7"));
    QVERIFY(!start().isNull());
    m_session->takeStanzas();
    QSignalSpy changed(m_roster.get(), &RosterManager::itemChanged);
    m_session->inject("<iq type='set' from='user@example.com'><query xmlns='jabber:iq:roster' ver='ver12'>"
                      "<item jid='romeo@example.net' subscription='both'/></query></iq>");
    QCOMPARE(m_session->takeStanzas().size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_store->version(), QStringLiteral("ver7"));
    QCOMPARE(m_store->items(), (QList<RosterItem> { item("juliet@example.com", "Juliet", "both") }));
    QVERIFY(!m_roster->item(jid("romeo@example.net")));
}

void TestRosterManager::pushFromStrangerRefused_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::newRow("other account") << QByteArray("mallory@evil.example");
    QTest::newRow("other account's resource") << QByteArray("mallory@evil.example/x");
    QTest::newRow("own full JID") << QByteArray("user@example.com/other");
    QTest::newRow("own server") << QByteArray("example.com");
}

void TestRosterManager::pushFromStrangerRefused()
{
    QFETCH(QByteArray, from);
    m_store->replaceAll({}, QStringLiteral("ver7"));
    QVERIFY(!start().isNull());
    QSignalSpy changed(m_roster.get(), &RosterManager::itemChanged);
    const int writesBefore = m_store->writes;
    m_session->inject("<iq type='set' id='evil' from='" + from
        + "'><query xmlns='jabber:iq:roster' ver='ver666'>"
          "<item jid='mallory@evil.example' subscription='both'/></query></iq>");
    // RFC 6121 §2.1.6: ignored as a push; like any unhandled set it gets service-unavailable.
    QCOMPARE(m_session->server().takeWritePieces(),
        ScriptedTransport::pieces("<iq type='error' id='evil' to='" + from
            + "'><error type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
              "</error></iq>"));
    QVERIFY(changed.isEmpty());
    QCOMPARE(m_store->writes, writesBefore);
    QCOMPARE(m_store->version(), QStringLiteral("ver7"));
    QVERIFY(m_roster->items().isEmpty());
}

void TestRosterManager::pushRemovesItem()
{
    m_store->replaceAll({ item("juliet@example.com", "Juliet", "both"), item("nurse@example.com", "Nurse", "to") },
        QStringLiteral("ver7"));
    QVERIFY(!start().isNull());
    QSignalSpy removed(m_roster.get(), &RosterManager::itemRemoved);
    m_session->inject("<iq type='set' id='p3' from='user@example.com'><query xmlns='jabber:iq:roster' ver='ver8'>"
                      "<item jid='nurse@example.com' subscription='remove'/></query></iq>");
    QCOMPARE(m_session->server().takeWritePieces(),
        ScriptedTransport::pieces("<iq type='result' id='p3' to='user@example.com'/>"));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().value<Jid>(), jid("nurse@example.com"));
    QCOMPARE(m_store->items(), (QList<RosterItem> { item("juliet@example.com", "Juliet", "both") }));
    QCOMPARE(m_store->version(), QStringLiteral("ver8"));
    QVERIFY(!m_roster->item(jid("nurse@example.com")));
}

void TestRosterManager::pushWithTwoItemsIsBadRequest()
{
    m_store->replaceAll({}, QStringLiteral("ver7"));
    QVERIFY(!start().isNull());
    m_session->inject("<iq type='set' id='p4'><query xmlns='jabber:iq:roster' ver='ver8'>"
                      "<item jid='a@example.com'/><item jid='b@example.com'/></query></iq>");
    QCOMPARE(m_session->server().takeWritePieces(),
        ScriptedTransport::pieces("<iq type='error' id='p4'><error type='modify'>"
                                  "<bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
    QCOMPARE(m_store->version(), QStringLiteral("ver7"));
    QVERIFY(m_store->items().isEmpty());
}

void TestRosterManager::addOrUpdateSendsSet()
{
    QVERIFY(!start().isNull());
    QString outcome = QStringLiteral("not called");
    QSignalSpy finished(m_roster.get(), &RosterManager::editFinished);
    QVERIFY(m_roster->addOrUpdate(jid("Romeo@Example.net/orchard"), QStringLiteral(" Romeo "),
        { QStringLiteral("Friends"), QStringLiteral(" "), QStringLiteral(" Amigos"), QStringLiteral("Friends") },
        [&outcome](const QString &error) { outcome = error; }));
    const QList<Element> sent = m_session->takeStanzas();
    QCOMPARE(sent.size(), 1);
    const QByteArray id = sent.first().attribute(u"id").toUtf8();
    // RFC 6121 §2.3.2: bare JID, name, groups; no subscription or ask.
    QCOMPARE(normalize(sent.first()),
        normalize("<iq type='set' id='" + id
            + "'><query xmlns='jabber:iq:roster'><item jid='romeo@example.net' name='Romeo'>"
              "<group>Amigos</group><group>Friends</group></item></query></iq>"));
    // The cache changes with the push, not with the result.
    m_session->inject("<iq type='set' id='p9'><query xmlns='jabber:iq:roster' ver='ver2'><item "
                      "jid='romeo@example.net' name='Romeo' subscription='none'><group>Amigos</group>"
                      "<group>Friends</group></item></query></iq>");
    m_session->inject("<iq type='result' id='" + id + "'/>");
    QCOMPARE(outcome, QString());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<Jid>(), jid("romeo@example.net"));
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(m_roster->item(jid("romeo@example.net")),
        std::optional<RosterItem>(
            item("romeo@example.net", "Romeo", "none", { QStringLiteral("Amigos"), QStringLiteral("Friends") })));
}

void TestRosterManager::removeSendsSubscriptionRemove()
{
    m_store->replaceAll({ item("nurse@example.com", "Nurse", "both") }, QStringLiteral("ver7"));
    QVERIFY(!start().isNull());
    QVERIFY(m_roster->remove(jid("nurse@example.com")));
    const QList<Element> sent = m_session->takeStanzas();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(normalize(sent.first()),
        normalize("<iq type='set' id='" + sent.first().attribute(u"id").toUtf8()
            + "'><query xmlns='jabber:iq:roster'><item jid='nurse@example.com' subscription='remove'/></query></iq>"));
    QVERIFY(!m_roster->remove(Jid()));
}

void TestRosterManager::renameAndSetGroupsKeepTheRest()
{
    m_store->replaceAll(
        { item("nurse@example.com", "Nurse", "both", { QStringLiteral("Staff") }) }, QStringLiteral("ver7"));
    QVERIFY(!start().isNull());
    QVERIFY(m_roster->rename(jid("nurse@example.com"), QStringLiteral("Angelica")));
    QList<Element> sent = m_session->takeStanzas();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(normalize(sent.first().firstChild().firstChild()),
        normalize(
            "<item xmlns='jabber:iq:roster' jid='nurse@example.com' name='Angelica'><group>Staff</group></item>"));
    QVERIFY(m_roster->setGroups(jid("nurse@example.com"), {}));
    sent = m_session->takeStanzas();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(normalize(sent.first().firstChild().firstChild()),
        normalize("<item xmlns='jabber:iq:roster' jid='nurse@example.com' name='Nurse'/>"));
}

void TestRosterManager::editErrorsReported_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("contains");
    QTest::newRow("not-acceptable") << QByteArray("<error type='modify'><not-acceptable "
                                                  "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>")
                                    << QStringLiteral("name or a group name");
    QTest::newRow("forbidden") << QByteArray("<error type='auth'><forbidden "
                                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>")
                               << QStringLiteral("refused");
}

void TestRosterManager::editErrorsReported()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, contains);
    QVERIFY(!start().isNull());
    QString outcome;
    QVERIFY(m_roster->addOrUpdate(jid("romeo@example.net"), QString(QLatin1Char('x')).repeated(3000), {},
        [&outcome](const QString &error) { outcome = error; }));
    const QList<Element> sent = m_session->takeStanzas();
    QCOMPARE(sent.size(), 1);
    m_session->inject("<iq type='error' id='" + sent.first().attribute(u"id").toUtf8() + "'>" + reply + "</iq>");
    QVERIFY2(outcome.contains(contains), qPrintable(outcome));
    QVERIFY(outcome.contains(u"romeo@example.net"));
    QVERIFY(!m_roster->item(jid("romeo@example.net")));
}

void TestRosterManager::editWithoutSession()
{
    m_roster = std::make_unique<RosterManager>(m_session->connection(), *m_store);
    QString outcome;
    QVERIFY(!m_roster->addOrUpdate(
        jid("romeo@example.net"), QString(), {}, [&outcome](const QString &error) { outcome = error; }));
    QVERIFY(!outcome.isEmpty());
    QVERIFY(m_session->server().allWritten().isEmpty());
}

void TestRosterManager::groupListing()
{
    m_store->replaceAll(
        { item("a@example.com", "A", "both", { QStringLiteral("Work"), QStringLiteral("Friends") }),
            item("b@example.com", "B", "to", { QStringLiteral("Friends") }), item("c@example.com", "C", "none") },
        QStringLiteral("ver1"));
    m_roster = std::make_unique<RosterManager>(m_session->connection(), *m_store);
    QCOMPARE(m_roster->groups(), (QStringList { QStringLiteral("Friends"), QStringLiteral("Work") }));
    auto jids = [](const QList<RosterItem> &items) {
        QList<Jid> out;
        for (const RosterItem &i : items) {
            out.append(i.jid);
        }
        return out;
    };
    QCOMPARE(jids(m_roster->itemsInGroup(QStringLiteral("Friends"))),
        (QList<Jid> { jid("a@example.com"), jid("b@example.com") }));
    QCOMPARE(jids(m_roster->itemsInGroup(QStringLiteral("Work"))), (QList<Jid> { jid("a@example.com") }));
    QCOMPARE(jids(m_roster->itemsInGroup(QString())), (QList<Jid> { jid("c@example.com") }));
    QVERIFY(m_roster->itemsInGroup(QStringLiteral("Nobody")).isEmpty());
}

QTEST_GUILESS_MAIN(TestRosterManager)
#include "tst_rostermanager.moc"
