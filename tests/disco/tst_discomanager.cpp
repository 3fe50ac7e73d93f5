// The disco module on a bound session (scripted server): answering disco#info/#items (XEP-0030), Balcony's
// own caps (XEP-0115 §4), and learning others' caps with one verified query per hash (§5.4, §8.4).
#include "ScriptedSession.h"
#include "TestJid.h"
#include "XmlCompare.h"
#include "disco/DiscoManager.h"
#include "storage/MemoryCapsStore.h"

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

QTEST_GUILESS_MAIN(TestDiscoManager)
#include "tst_discomanager.moc"
