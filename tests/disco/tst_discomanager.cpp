// The disco module on a bound session (scripted server): answering disco#info/#items (XEP-0030), Balcony's
// own caps (XEP-0115 §4), and learning others' caps with one verified query per hash (§5.4, §8.4), within
// the bounds of issue 11 (query budget per contact and for strangers, failed hashes, cache sizes).
#include "ScriptedSession.h"
#include "TestJid.h"
#include "XmlCompare.h"
#include "disco/DiscoManager.h"
#include "storage/MemoryCapsStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::test;

namespace {

const QString capsNs = QStringLiteral("http://jabber.org/protocol/caps");
const QString infoNs = QStringLiteral("http://jabber.org/protocol/disco#info");

// XEP-0115 §5.2 and §5.3: answers whose verification strings the XEP gives.
const QByteArray simpleQuery = "<query xmlns='http://jabber.org/protocol/disco#info'>"
                               "<identity category='client' name='Exodus 0.9.1' type='pc'/>"
                               "<feature var='http://jabber.org/protocol/caps'/>"
                               "<feature var='http://jabber.org/protocol/disco#info'/>"
                               "<feature var='http://jabber.org/protocol/disco#items'/>"
                               "<feature var='http://jabber.org/protocol/muc'/></query>";
const QByteArray simpleVer = "QgayPKawpkPSDYmwT/WM94uAlu0=";
const QByteArray complexQuery = "<query xmlns='http://jabber.org/protocol/disco#info'>"
                                "<identity xml:lang='en' category='client' name='Psi 0.11' type='pc'/>"
                                "<identity xml:lang='el' category='client' name='\xce\xa8 0.11' type='pc'/>"
                                "<feature var='http://jabber.org/protocol/caps'/>"
                                "<feature var='http://jabber.org/protocol/disco#info'/>"
                                "<feature var='http://jabber.org/protocol/disco#items'/>"
                                "<feature var='http://jabber.org/protocol/muc'/>"
                                "<x xmlns='jabber:x:data' type='result'>"
                                "<field var='FORM_TYPE' type='hidden'>"
                                "<value>urn:xmpp:dataforms:softwareinfo</value></field>"
                                "<field var='ip_version'><value>ipv4</value><value>ipv6</value></field>"
                                "<field var='os'><value>Mac</value></field>"
                                "<field var='os_version'><value>10.5.1</value></field>"
                                "<field var='software'><value>Psi</value></field>"
                                "<field var='software_version'><value>0.11</value></field>"
                                "</x></query>";
const QByteArray complexVer = "q07IKJEyjvHSyhy//CH0CxmKi8w=";

QByteArray presence(const QByteArray &from, const QByteArray &ver, const QByteArray &hash = "sha-1",
    const QByteArray &node = "http://psi-im.org")
{
    return "<presence from='" + from + "'><c xmlns='http://jabber.org/protocol/caps' hash='" + hash + "' node='" + node
        + "' ver='" + ver + "'/></presence>";
}

// A disco#info that verifies under its own sha-1 ver: a client with one feature of its own, `padding`
// characters longer if asked.
struct Caps {
    QByteArray query;
    QByteArray ver;
};
Caps validCaps(int i, int padding = 0)
{
    DiscoInfo info;
    info.identities.append({ QStringLiteral("client"), QStringLiteral("pc"), {}, QStringLiteral("Flood") });
    info.features = { QStringLiteral("urn:test:") + QString::number(i) + QString(padding, QLatin1Char('x')) };
    QByteArray xml;
    const Element element = info.toElement();
    xml = element.toString(QStringLiteral("jabber:client")).toUtf8();
    return { xml, EntityCaps::verificationString(info, QCryptographicHash::Sha1).toLatin1() };
}

// The disco#info queries among `stanzas`.
QList<Element> queriesIn(const QList<Element> &stanzas)
{
    QList<Element> out;
    for (const Element &e : stanzas) {
        if (e.name() == u"iq" && e.hasChild(u"query", infoNs)) {
            out.append(e);
        }
    }
    return out;
}

// The result answering `request`, from the entity it was sent to.
QByteArray resultFor(const Element &request, const QByteArray &query)
{
    return "<iq type='result' id='" + request.attribute(u"id").toUtf8() + "' from='" + request.attribute(u"to").toUtf8()
        + "'>" + query + "</iq>";
}

} // namespace

class TestDiscoManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void ownCaps();
    void answersOwnDiscoInfo();
    void answersCapsNodeAndRejectsUnknownNodes();
    void answersDiscoItems();
    void oneQueryPerUnknownHash();
    void noQueryForCachedHash();
    void ownPresenceNeedsNoQuery();
    void rejectedVerNotCached();
    void formTypeNotHiddenNotCached();
    void failedQueryAsksNextAnnouncer();
    void unknownHashNotCachedByHash();
    void serverCapsFromStreamFeatures();
    void explicitQuery();
    void unavailableForgetsEntity();
    void capsFloodOfOneResourceIsOneQuery();
    void answeredFloodIsRateLimited();
    void queuedAnnouncementIsTheLatest();
    void strangersShareOneBudget();
    void failedHashIsNotAskedForever();
    void oversizedAnswerIsNotCached();
    void verifiedCacheIsBounded();
    void announcementWritesAreCoalesced();
    void forgetEntityDropsItsQueuedQuery();
    void forgottenEntityGetsNoLateAnswer();

private:
    bool login(const QByteArray &extraFeatures = {});
    // The single stanza written since the last call (fails the test if there is not exactly one).
    Element onlyStanza();

    std::unique_ptr<MemoryCapsStore> m_store;
    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<DiscoManager> m_disco;
};

void TestDiscoManager::init()
{
    m_store = std::make_unique<MemoryCapsStore>();
    m_session = std::make_unique<ScriptedSession>();
    m_disco = std::make_unique<DiscoManager>(m_session->connection(), m_store.get());
}

void TestDiscoManager::cleanup()
{
    m_disco.reset();
    m_session.reset();
    m_store.reset();
}

bool TestDiscoManager::login(const QByteArray &extraFeatures)
{
    if (!m_session->login(extraFeatures)) {
        return false;
    }
    m_session->server().clearWrites();
    return true;
}

Element TestDiscoManager::onlyStanza()
{
    const QList<Element> stanzas = m_session->takeStanzas();
    if (stanzas.size() != 1) {
        qWarning() << "expected one stanza, got" << stanzas.size();
        for (const Element &e : stanzas) {
            qWarning() << e.toString(QStringLiteral("jabber:client"));
        }
        return Element();
    }
    return stanzas.first();
}

void TestDiscoManager::ownCaps()
{
    const DiscoInfo own = m_disco->ownInfo();
    QCOMPARE(own.identities.size(), 1);
    QCOMPARE(own.identities.first(),
        (DiscoIdentity { QStringLiteral("client"), QStringLiteral("pc"), {}, QStringLiteral("Balcony") }));
    QCOMPARE(own.features, (QStringList { capsNs, infoNs, QStringLiteral("http://jabber.org/protocol/disco#items") }));
    QVERIFY(!own.hasFeature(u"urn:xmpp:ping")); // not implemented yet: not announced
    const QString ver = m_disco->ownVer();
    QCOMPARE(ver, EntityCaps::verificationString(own, QCryptographicHash::Sha1));
    const CapsAnnouncement caps = EntityCaps::parse(m_disco->capsElement());
    QCOMPARE(caps, (CapsAnnouncement { QStringLiteral("sha-1"), DiscoManager::capsNode(), ver }));
    QCOMPARE(DiscoManager::capsNode(), QStringLiteral("https://balcony.im/caps"));

    QSignalSpy changed(m_disco.get(), &DiscoManager::ownCapsChanged);
    m_disco->addFeature(QStringLiteral("urn:example:feature"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_disco->ownVer() != ver);
    QCOMPARE(changed.first().first().toString(), m_disco->ownVer());
    QVERIFY(m_disco->ownInfo().hasFeature(u"urn:example:feature"));
    m_disco->addFeature(QStringLiteral("urn:example:feature"));
    QCOMPARE(changed.size(), 1);
    m_disco->removeFeature(QStringLiteral("urn:example:feature"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_disco->ownVer(), ver);
}

void TestDiscoManager::answersOwnDiscoInfo()
{
    QVERIFY(login());
    m_session->inject("<iq type='get' id='q1' from='romeo@example.net/orchard' to='user@example.com/balcony'>"
                      "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>");
    QCOMPARE(m_session->server().takeWritePieces(),
        ScriptedTransport::pieces("<iq type='result' id='q1' to='romeo@example.net/orchard'>"
                                  "<query xmlns='http://jabber.org/protocol/disco#info'>"
                                  "<identity category='client' type='pc' name='Balcony'/>"
                                  "<feature var='http://jabber.org/protocol/caps'/>"
                                  "<feature var='http://jabber.org/protocol/disco#info'/>"
                                  "<feature var='http://jabber.org/protocol/disco#items'/>"
                                  "</query></iq>"));
}

void TestDiscoManager::answersCapsNodeAndRejectsUnknownNodes()
{
    QVERIFY(login());
    const QByteArray node = DiscoManager::capsNode().toUtf8() + '#' + m_disco->ownVer().toUtf8();
    m_session->inject("<iq type='get' id='q2' from='romeo@example.net/orchard' to='user@example.com/balcony'>"
                      "<query xmlns='http://jabber.org/protocol/disco#info' node='"
        + node + "'/></iq>");
    const Element reply = onlyStanza();
    QCOMPARE(reply.attribute(u"type"), QStringLiteral("result"));
    QCOMPARE(reply.attribute(u"id"), QStringLiteral("q2"));
    const auto info = DiscoInfo::fromElement(reply.firstChild(u"query", infoNs));
    QVERIFY(info);
    QCOMPARE(info->node, QString::fromUtf8(node));
    // What a peer receives verifies against what Balcony announces.
    QCOMPARE(EntityCaps::verify(*info, u"sha-1", m_disco->ownVer()), EntityCaps::Verification::Ok);

    // An old ver (or any other node) is not ours.
    m_session->inject("<iq type='get' id='q3' from='romeo@example.net/orchard' to='user@example.com/balcony'>"
                      "<query xmlns='http://jabber.org/protocol/disco#info' "
                      "node='https://balcony.im/caps#AAAA'/></iq>");
    QCOMPARE(m_session->server().takeWritePieces(),
        ScriptedTransport::pieces("<iq type='error' id='q3' to='romeo@example.net/orchard'><error type='cancel'>"
                                  "<item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
}

void TestDiscoManager::answersDiscoItems()
{
    QVERIFY(login());
    m_session->inject("<iq type='get' id='i1' from='romeo@example.net/orchard' to='user@example.com/balcony'>"
                      "<query xmlns='http://jabber.org/protocol/disco#items'/></iq>");
    QCOMPARE(m_session->server().takeWritePieces(),
        ScriptedTransport::pieces("<iq type='result' id='i1' to='romeo@example.net/orchard'>"
                                  "<query xmlns='http://jabber.org/protocol/disco#items'/></iq>"));
    m_session->inject("<iq type='get' id='i2' from='romeo@example.net/orchard' to='user@example.com/balcony'>"
                      "<query xmlns='http://jabber.org/protocol/disco#items' node='x'/></iq>");
    const Element error = onlyStanza();
    QCOMPARE(error.attribute(u"type"), QStringLiteral("error"));
    QVERIFY(error.firstChild(u"error").hasChild(u"item-not-found"));
}

void TestDiscoManager::oneQueryPerUnknownHash()
{
    QVERIFY(login());
    QSignalSpy changed(m_disco.get(), &DiscoManager::infoChanged);
    m_session->inject(presence("juliet@capulet.lit/balcony", complexVer));
    m_session->inject(presence("romeo@montague.lit/orchard", complexVer));
    const Element query = onlyStanza();
    QCOMPARE(normalize(query),
        normalize("<iq type='get' id='" + query.attribute(u"id").toUtf8()
            + "' to='juliet@capulet.lit/balcony'><query xmlns='http://jabber.org/protocol/disco#info' "
              "node='http://psi-im.org#"
            + complexVer + "'/></iq>"));
    QCOMPARE(m_disco->pendingCapsQueries(), 1);
    QVERIFY(changed.isEmpty());
    QVERIFY(!m_disco->discoInfo(jid("romeo@montague.lit/orchard")));

    m_session->inject(resultFor(query, complexQuery));
    QCOMPARE(m_disco->pendingCapsQueries(), 0);
    QVERIFY(m_session->server().writes().isEmpty());
    QVERIFY(!m_store->discoInfo(QStringLiteral("sha-1"), QString::fromLatin1(complexVer)).isNull());
    QCOMPARE(changed.size(), 2);
    QVERIFY(m_disco->hasFeature(jid("juliet@capulet.lit/balcony"), u"http://jabber.org/protocol/muc"));
    QVERIFY(m_disco->hasFeature(jid("romeo@montague.lit/orchard"), u"http://jabber.org/protocol/muc"));
    QVERIFY(!m_disco->hasFeature(jid("romeo@montague.lit/orchard"), u"urn:xmpp:jingle:1"));
    QCOMPARE(m_store->announcement(jid("romeo@montague.lit/orchard"))->ver, QString::fromLatin1(complexVer));

    // A third entity with the known hash costs nothing.
    m_session->inject(presence("nurse@capulet.lit/home", complexVer));
    QVERIFY(m_session->server().writes().isEmpty());
    QVERIFY(m_disco->discoInfo(jid("nurse@capulet.lit/home")));
}

void TestDiscoManager::noQueryForCachedHash()
{
    m_store->storeDiscoInfo(QStringLiteral("sha-1"), QString::fromLatin1(simpleVer), parseFragment(simpleQuery));
    QVERIFY(login());
    QSignalSpy changed(m_disco.get(), &DiscoManager::infoChanged);
    m_session->inject(presence("juliet@capulet.lit/balcony", simpleVer, "sha-1", "http://code.google.com/p/exodus"));
    QVERIFY(m_session->server().writes().isEmpty());
    QCOMPARE(changed.size(), 1);
    const auto info = m_disco->discoInfo(jid("juliet@capulet.lit/balcony"));
    QVERIFY(info);
    QCOMPARE(info->identities.first().name, QStringLiteral("Exodus 0.9.1"));
    // The same presence again (a status change) does nothing either.
    m_session->inject(presence("juliet@capulet.lit/balcony", simpleVer, "sha-1", "http://code.google.com/p/exodus"));
    QVERIFY(m_session->server().writes().isEmpty());
}

void TestDiscoManager::ownPresenceNeedsNoQuery()
{
    QVERIFY(login());
    const CapsAnnouncement own = EntityCaps::parse(m_disco->capsElement());
    m_session->inject(presence("user@example.com/balcony", own.ver.toUtf8(), "sha-1", own.node.toUtf8()));
    QVERIFY(m_session->server().writes().isEmpty());
    QVERIFY(m_disco->hasFeature(jid("user@example.com/balcony"), u"http://jabber.org/protocol/caps"));
}

void TestDiscoManager::rejectedVerNotCached()
{
    QVERIFY(login());
    m_session->inject(presence("juliet@capulet.lit/balcony", complexVer));
    m_session->inject(presence("romeo@montague.lit/orchard", complexVer));
    const Element query = onlyStanza();
    // Juliet answers with something else than what the hash says.
    m_session->inject(resultFor(query, simpleQuery));
    QVERIFY(m_store->discoInfo(QStringLiteral("sha-1"), QString::fromLatin1(complexVer)).isNull());
    // Her answer describes her alone (XEP-0115 §5.4) ...
    const auto juliet = m_disco->discoInfo(jid("juliet@capulet.lit/balcony"));
    QVERIFY(juliet);
    QCOMPARE(juliet->identities.first().name, QStringLiteral("Exodus 0.9.1"));
    // ... and Romeo is asked himself, without caching by hash.
    const Element romeoQuery = onlyStanza();
    QCOMPARE(romeoQuery.attribute(u"to"), QStringLiteral("romeo@montague.lit/orchard"));
    QVERIFY(!m_disco->discoInfo(jid("romeo@montague.lit/orchard")));
    m_session->inject(resultFor(romeoQuery, complexQuery));
    QVERIFY(m_disco->hasFeature(jid("romeo@montague.lit/orchard"), u"http://jabber.org/protocol/muc"));
    QVERIFY(m_store->discoInfo(QStringLiteral("sha-1"), QString::fromLatin1(complexVer)).isNull());
    // Not cached: the next announcer of that hash is queried again.
    m_session->inject(presence("nurse@capulet.lit/home", complexVer));
    QCOMPARE(onlyStanza().attribute(u"to"), QStringLiteral("nurse@capulet.lit/home"));
}

void TestDiscoManager::formTypeNotHiddenNotCached()
{
    QVERIFY(login());
    m_session->inject(presence("juliet@capulet.lit/balcony", complexVer));
    const Element query = onlyStanza();
    QByteArray visible = complexQuery;
    visible.replace("<field var='FORM_TYPE' type='hidden'>", "<field var='FORM_TYPE'>");
    m_session->inject(resultFor(query, visible));
    QVERIFY(m_store->discoInfo(QStringLiteral("sha-1"), QString::fromLatin1(complexVer)).isNull());
    QVERIFY(m_disco->discoInfo(jid("juliet@capulet.lit/balcony")));
}

void TestDiscoManager::failedQueryAsksNextAnnouncer()
{
    QVERIFY(login());
    m_session->inject(presence("juliet@capulet.lit/balcony", complexVer));
    m_session->inject(presence("romeo@montague.lit/orchard", complexVer));
    const Element first = onlyStanza();
    m_session->inject("<iq type='error' id='" + first.attribute(u"id").toUtf8()
        + "' from='juliet@capulet.lit/balcony'><error type='cancel'>"
          "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    const Element second = onlyStanza();
    QCOMPARE(second.attribute(u"to"), QStringLiteral("romeo@montague.lit/orchard"));
    QCOMPARE(second.firstChild(u"query", infoNs).attribute(u"node"),
        QStringLiteral("http://psi-im.org#") + QString::fromLatin1(complexVer));
    QCOMPARE(m_disco->pendingCapsQueries(), 1);
    m_session->inject(resultFor(second, complexQuery));
    QCOMPARE(m_disco->pendingCapsQueries(), 0);
    QVERIFY(!m_store->discoInfo(QStringLiteral("sha-1"), QString::fromLatin1(complexVer)).isNull());
    QVERIFY(m_disco->discoInfo(jid("romeo@montague.lit/orchard")));
    QVERIFY(!m_disco->discoInfo(jid("juliet@capulet.lit/balcony")));
}

void TestDiscoManager::unknownHashNotCachedByHash()
{
    QVERIFY(login());
    const QByteArray md5 = "bogusVer==";
    m_session->inject(presence("juliet@capulet.lit/balcony", md5, "md5"));
    const Element query = onlyStanza();
    QCOMPARE(query.attribute(u"to"), QStringLiteral("juliet@capulet.lit/balcony"));
    QCOMPARE(m_disco->pendingCapsQueries(), 0); // not a by-hash query
    m_session->inject(presence("juliet@capulet.lit/balcony", md5, "md5")); // a status change: no second query
    QVERIFY(m_session->server().writes().isEmpty());
    m_session->inject(resultFor(query, complexQuery));
    QVERIFY(m_disco->hasFeature(jid("juliet@capulet.lit/balcony"), u"http://jabber.org/protocol/muc"));
    QVERIFY(m_store->discoInfo(QStringLiteral("md5"), QString::fromLatin1(md5)).isNull());
    QVERIFY(!m_store->announcement(jid("juliet@capulet.lit/balcony")));
}

void TestDiscoManager::serverCapsFromStreamFeatures()
{
    const QByteArray serverCaps
        = "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='http://prosody.im' ver='" + simpleVer + "'/>";
    QVERIFY(m_session->login(serverCaps));
    const Element query = onlyStanza();
    QCOMPARE(query.attribute(u"to"), QStringLiteral("example.com"));
    QCOMPARE(query.firstChild(u"query", infoNs).attribute(u"node"),
        QStringLiteral("http://prosody.im#") + QString::fromLatin1(simpleVer));
    QVERIFY(!m_disco->serverInfo());
    m_session->inject(resultFor(query, simpleQuery));
    QVERIFY(m_disco->serverInfo());
    QVERIFY(m_disco->serverInfo()->hasFeature(u"http://jabber.org/protocol/muc"));
    QVERIFY(!m_disco->serverInfoFromCache());
    QVERIFY(!m_store->discoInfo(QStringLiteral("sha-1"), QString::fromLatin1(simpleVer)).isNull());

    // The next session (a new client on the same store) needs no query at all.
    m_disco.reset();
    m_session = std::make_unique<ScriptedSession>();
    m_disco = std::make_unique<DiscoManager>(m_session->connection(), m_store.get());
    QVERIFY(m_session->login(serverCaps));
    QVERIFY(m_session->takeStanzas().isEmpty());
    QVERIFY(m_disco->serverInfoFromCache());
    QVERIFY(m_disco->serverInfo());
    QVERIFY(m_disco->hasFeature(jid("example.com"), u"http://jabber.org/protocol/muc"));
}

void TestDiscoManager::explicitQuery()
{
    QVERIFY(login());
    std::optional<DiscoInfo> got;
    int calls = 0;
    m_disco->queryInfo(
        jid("conference.example.com"), QString(), [&](const std::optional<DiscoInfo> &info, const StanzaError &) {
            got = info;
            ++calls;
        });
    const Element query = onlyStanza();
    QCOMPARE(normalize(query),
        normalize("<iq type='get' id='" + query.attribute(u"id").toUtf8()
            + "' to='conference.example.com'><query xmlns='http://jabber.org/protocol/disco#info'/></iq>"));
    m_session->inject(resultFor(query,
        "<query xmlns='http://jabber.org/protocol/disco#info'><identity category='conference' type='text'/>"
        "<feature var='http://jabber.org/protocol/muc'/></query>"));
    QCOMPARE(calls, 1);
    QVERIFY(got);
    QCOMPARE(got->identities.first().category, QStringLiteral("conference"));
    QVERIFY(m_disco->hasFeature(jid("conference.example.com"), u"http://jabber.org/protocol/muc"));

    // An error reaches the callback with the condition.
    StanzaError seen;
    m_disco->queryInfo(
        jid("nowhere.example.com"), QString(), [&](const std::optional<DiscoInfo> &info, const StanzaError &error) {
            QVERIFY(!info);
            seen = error;
        });
    const Element failing = onlyStanza();
    m_session->inject("<iq type='error' id='" + failing.attribute(u"id").toUtf8()
        + "' from='nowhere.example.com'><error type='cancel'>"
          "<remote-server-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    QCOMPARE(seen.condition, StanzaError::Condition::RemoteServerNotFound);
    QVERIFY(!m_disco->discoInfo(jid("nowhere.example.com")));
}

void TestDiscoManager::unavailableForgetsEntity()
{
    m_store->storeDiscoInfo(QStringLiteral("sha-1"), QString::fromLatin1(simpleVer), parseFragment(simpleQuery));
    QVERIFY(login());
    m_session->inject(presence("juliet@capulet.lit/balcony", simpleVer));
    QVERIFY(m_disco->discoInfo(jid("juliet@capulet.lit/balcony")));
    QSignalSpy changed(m_disco.get(), &DiscoManager::infoChanged);
    m_session->inject("<presence from='juliet@capulet.lit/balcony' type='unavailable'/>");
    QVERIFY(!m_disco->discoInfo(jid("juliet@capulet.lit/balcony")));
    QCOMPARE(changed.size(), 1);
}

namespace {

// The token bucket refills at announcementWriteBurst() per second of wall time: what a flood may write is the
// burst plus what refilled while it was handled (a loaded machine takes seconds for 100,000 presences).
qint64 writeAllowance(const QElapsedTimer &timer)
{
    return balcony::DiscoManager::announcementWriteBurst()
        + (timer.elapsed() + 1) * balcony::DiscoManager::announcementWriteBurst() / 1000 + 1;
}

} // namespace

void TestDiscoManager::capsFloodOfOneResourceIsOneQuery()
{
    // Issue 11: every presence with a new ver asked for a query. Now one contact has one query outstanding;
    // what arrives meanwhile waits (the latest announcement only) and a message from someone else comes
    // through at once.
    QVERIFY(login());
    constexpr int flood = 100000;
    QByteArray xml;
    xml.reserve(flood * 150);
    for (int i = 0; i < flood; ++i) {
        xml += presence("mallory@evil.example/r", "v" + QByteArray::number(i) + "=");
    }
    QElapsedTimer timer;
    timer.start();
    m_session->inject(xml);
    QCOMPARE(queriesIn(m_session->takeStanzas()).size(), 1);
    QCOMPARE(m_disco->capsQueriesSent(), quint64(1));
    QCOMPARE(m_disco->queuedCapsAnnouncements(), 1);
    QCOMPARE(m_disco->trackedEntities(), 1);
    QVERIFY(m_store->announcementWrites <= writeAllowance(timer));
    QCOMPARE(m_store->infoCount(), 0);

    // The same with 100,000 resources of that contact: still one query; the queue keeps the latest few.
    xml.clear();
    for (int i = 0; i < flood; ++i) {
        xml += presence("mallory@evil.example/r" + QByteArray::number(i), "w" + QByteArray::number(i) + "=");
    }
    m_session->inject(xml);
    QVERIFY(queriesIn(m_session->takeStanzas()).isEmpty());
    QCOMPARE(m_disco->queuedCapsAnnouncements(), CapsQueryLimits().contactQueue);

    QSignalSpy received(&m_session->connection(), &Connection::stanzaReceived);
    m_session->inject("<message from='juliet@capulet.lit/balcony' type='chat'><body>hello</body></message>");
    QCOMPARE(received.size(), 1);
}

void TestDiscoManager::answeredFloodIsRateLimited()
{
    // A contact that answers every query with a result that verifies: the budget, not the answers, bounds
    // the queries (contactBurst at once, then one per contactIntervalMs) and the rows stored.
    QVERIFY(login());
    int queries = 0;
    for (int i = 0; i < 1000; ++i) {
        const Caps caps = validCaps(i);
        m_session->inject(presence("mallory@evil.example/r", caps.ver));
        for (const Element &query : queriesIn(m_session->takeStanzas())) {
            ++queries;
            QCOMPARE(query.firstChild(u"query", infoNs).attribute(u"node"),
                QStringLiteral("http://psi-im.org#") + QString::fromLatin1(caps.ver));
            m_session->inject(resultFor(query, caps.query));
        }
    }
    QCOMPARE(queries, CapsQueryLimits().contactBurst);
    QCOMPARE(m_store->infoCount(), CapsQueryLimits().contactBurst);
    QCOMPARE(m_disco->pendingCapsQueries(), 0);
    QCOMPARE(m_disco->queuedCapsAnnouncements(), 1); // the latest ver, for when the budget allows
}

void TestDiscoManager::queuedAnnouncementIsTheLatest()
{
    // A short interval so that the test can wait for the next token.
    m_disco->setQueryLimits({ 1, 50, 16, 1, 50, 8 });
    QVERIFY(login());
    const Caps first = validCaps(1);
    m_session->inject(presence("mallory@evil.example/r", first.ver));
    const QList<Element> sent = queriesIn(m_session->takeStanzas());
    QCOMPARE(sent.size(), 1);
    // Ten more vers while the first query is outstanding, then the answer.
    Caps last;
    for (int i = 2; i <= 11; ++i) {
        last = validCaps(i);
        m_session->inject(presence("mallory@evil.example/r", last.ver));
    }
    QVERIFY(queriesIn(m_session->takeStanzas()).isEmpty());
    m_session->inject(resultFor(sent.first(), first.query));
    // The next query is for the latest ver, once a token is back; none for the nine in between.
    QList<Element> next;
    QTRY_VERIFY((next += queriesIn(m_session->takeStanzas()), !next.isEmpty()));
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first().firstChild(u"query", infoNs).attribute(u"node"),
        QStringLiteral("http://psi-im.org#") + QString::fromLatin1(last.ver));
    m_session->inject(resultFor(next.first(), last.query));
    QVERIFY(m_disco->hasFeature(jid("mallory@evil.example/r"), u"urn:test:11"));
    QTest::qWait(120);
    QVERIFY(queriesIn(m_session->takeStanzas()).isEmpty());
    QCOMPARE(m_disco->capsQueriesSent(), quint64(2));
}

void TestDiscoManager::strangersShareOneBudget()
{
    // Only juliet is a contact: a thousand strangers with a new ver each cost one query at a time and
    // strangerBurst in all, and their announcements are not stored.
    m_disco->setContactPolicy([](const Jid &bare) { return bare == jid("juliet@capulet.lit"); });
    QVERIFY(login());
    int queries = 0;
    for (int i = 0; i < 1000; ++i) {
        const Caps caps = validCaps(i);
        m_session->inject(presence("s" + QByteArray::number(i) + "@evil.example/x", caps.ver));
        for (const Element &query : queriesIn(m_session->takeStanzas())) {
            ++queries;
            m_session->inject(resultFor(query, caps.query));
        }
    }
    QCOMPARE(queries, CapsQueryLimits().strangerBurst);
    QCOMPARE(m_store->announcementWrites, 0);
    QVERIFY(m_disco->queuedCapsAnnouncements() <= CapsQueryLimits().strangerQueue);
    // A contact is not held up by them.
    m_session->inject(presence("juliet@capulet.lit/balcony", complexVer));
    QCOMPARE(queriesIn(m_session->takeStanzas()).size(), 1);
    QCOMPARE(m_store->announcementWrites, 1);
}

void TestDiscoManager::failedHashIsNotAskedForever()
{
    // Ten contacts announce the same ver one after the other and every answer fails verification: after
    // maxVerificationFailures() answers the ver is not asked for again.
    QVERIFY(login());
    int queries = 0;
    for (int i = 0; i < 10; ++i) {
        m_session->inject(presence("c" + QByteArray::number(i) + "@example.net/x", complexVer));
        for (const Element &query : queriesIn(m_session->takeStanzas())) {
            ++queries;
            m_session->inject(resultFor(query, simpleQuery)); // not what complexVer says
        }
    }
    QCOMPARE(queries, DiscoManager::maxVerificationFailures());
    QVERIFY(m_store->discoInfo(QStringLiteral("sha-1"), QString::fromLatin1(complexVer)).isNull());
    // Each that was asked keeps its own answer (§5.4); the others have none.
    QVERIFY(m_disco->discoInfo(jid("c0@example.net/x")));
    QVERIFY(!m_disco->discoInfo(jid("c9@example.net/x")));
}

void TestDiscoManager::oversizedAnswerIsNotCached()
{
    // An answer that verifies but is far larger than a client's capabilities is neither cached nor kept.
    QVERIFY(login());
    const Caps huge = validCaps(1, int(DiscoManager::maxCacheableInfoSize()));
    m_session->inject(presence("mallory@evil.example/r", huge.ver));
    const QList<Element> sent = queriesIn(m_session->takeStanzas());
    QCOMPARE(sent.size(), 1);
    m_session->inject(resultFor(sent.first(), huge.query));
    QCOMPARE(m_store->infoCount(), 0);
    QVERIFY(!m_disco->discoInfo(jid("mallory@evil.example/r")));
    // A normal one from the same contact still is.
    const Caps normal = validCaps(2);
    m_session->inject(presence("mallory@evil.example/r", normal.ver));
    const QList<Element> next = queriesIn(m_session->takeStanzas());
    QCOMPARE(next.size(), 1);
    m_session->inject(resultFor(next.first(), normal.query));
    QCOMPARE(m_store->infoCount(), 1);
}

void TestDiscoManager::verifiedCacheIsBounded()
{
    // Without a store the in-memory cache is all there is; it stays an LRU of verifiedCacheSize() entries.
    m_disco.reset();
    m_disco = std::make_unique<DiscoManager>(m_session->connection(), nullptr);
    QVERIFY(login());
    const int hashes = DiscoManager::verifiedCacheSize() + 200;
    for (int i = 0; i < hashes; ++i) {
        const Caps caps = validCaps(i);
        m_session->inject(presence("c" + QByteArray::number(i) + "@example.net/x", caps.ver));
        const QList<Element> sent = queriesIn(m_session->takeStanzas());
        QCOMPARE(sent.size(), 1);
        m_session->inject(resultFor(sent.first(), caps.query));
        m_session->inject("<presence type='unavailable' from='c" + QByteArray::number(i) + "@example.net/x'/>");
    }
    QVERIFY(m_disco->verifiedInMemory() <= DiscoManager::verifiedCacheSize());
    QCOMPARE(m_disco->trackedEntities(), 0);
    // The most recent ones are still known: no query.
    m_session->inject(presence("again@example.net/x", validCaps(hashes - 1).ver));
    QVERIFY(queriesIn(m_session->takeStanzas()).isEmpty());
    QVERIFY(m_disco->discoInfo(jid("again@example.net/x")));
}

void TestDiscoManager::announcementWritesAreCoalesced()
{
    // A contact switching between two known vers on every presence: a burst of writes, then one batch.
    m_store->storeDiscoInfo(QStringLiteral("sha-1"), QString::fromLatin1(simpleVer), parseFragment(simpleQuery));
    m_store->storeDiscoInfo(QStringLiteral("sha-1"), QString::fromLatin1(complexVer), parseFragment(complexQuery));
    QVERIFY(login());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10000; ++i) {
        m_session->inject(presence("romeo@montague.lit/orchard", i % 2 ? simpleVer : complexVer));
    }
    QVERIFY(queriesIn(m_session->takeStanzas()).isEmpty());
    const qint64 allowance = writeAllowance(timer);
    QVERIFY2(m_store->announcementWrites <= allowance,
        qPrintable(QStringLiteral("%1 writes, %2 allowed").arg(m_store->announcementWrites).arg(allowance)));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_store->announcement(jid("romeo@montague.lit/orchard"))->ver == QString::fromLatin1(simpleVer), 5000);
    QVERIFY(m_store->announcementWrites <= writeAllowance(timer) + 1);
}

void TestDiscoManager::forgetEntityDropsItsQueuedQuery()
{
    QVERIFY(login());
    m_session->inject(presence("mallory@evil.example/a", "a1="));
    m_session->inject(presence("mallory@evil.example/b", "b1="));
    QCOMPARE(queriesIn(m_session->takeStanzas()).size(), 1);
    QCOMPARE(m_disco->queuedCapsAnnouncements(), 1);
    m_disco->forgetEntity(jid("mallory@evil.example/b"));
    QCOMPARE(m_disco->queuedCapsAnnouncements(), 0);
    QCOMPARE(m_disco->trackedEntities(), 1);
}

void TestDiscoManager::forgottenEntityGetsNoLateAnswer()
{
    // Romeo's resource joins the query for A, announces B, and is dropped. The answer for A must not bring
    // it back: that would be per-entity state nobody keeps, grown at the will of whoever answers.
    QVERIFY(login());
    const Caps a = validCaps(1);
    const Caps b = validCaps(2);
    m_session->inject(presence("juliet@capulet.lit/balcony", a.ver));
    const QList<Element> toJuliet = queriesIn(m_session->takeStanzas());
    QCOMPARE(toJuliet.size(), 1);
    m_session->inject(presence("romeo@montague.lit/r", a.ver));
    m_session->inject(presence("romeo@montague.lit/r", b.ver));
    QCOMPARE(queriesIn(m_session->takeStanzas()).size(), 1); // B, to romeo
    m_disco->forgetEntity(jid("romeo@montague.lit/r"));
    m_session->inject(resultFor(toJuliet.first(), a.query));
    QVERIFY(m_disco->discoInfo(jid("juliet@capulet.lit/balcony")));
    QVERIFY(!m_disco->discoInfo(jid("romeo@montague.lit/r")));
    QCOMPARE(m_disco->trackedEntities(), 1);
}

QTEST_GUILESS_MAIN(TestDiscoManager)
#include "tst_discomanager.moc"
