// PEP (XEP-0163) against a real server (Prosody, ejabberd): the XEP-0187 options node the encrypted-sessions
// module will use (created with access_model=presence and enforced), publish-options as preconditions with the
// reconfigure-and-retry path (XEP-0060 §7.1.5; ejabberd, which refuses the form, gets the options as the node's
// configuration first), retrieval by a contact once subscribed, retraction, and
// a notification delivered because of '+notify' in the receiver's entity capabilities (XEP-0163 §2.4).
#include "E2eSupport.h"
#include "disco/DiscoManager.h"
#include "pubsub/PubSubManager.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using balcony::test::settingsFor;
using balcony::test::XmppServerFixture;

namespace {

const QString esessionNode = u"http://www.xmpp.org/extensions/xep-0187.html#ns"_s;
const QString tuneNode = u"urn:xmpp:tune"_s;
constexpr int ReplyTimeoutMs = 10000;

// A logged-in account with disco (caps) and pubsub that announces itself available with its caps after
// every connect and whenever its caps change (XEP-0115 §4), and records presences and pubsub events.
class Account : public QObject {
public:
    Account(const XmppServerFixture &server, const QString &user)
    {
        connection.setSettings(settingsFor(server, user, u"pw-"_s + user));
        // An observer sees every stanza before the disco module takes it: the caps queries the server sends.
        connection.addStanzaObserver(this, [this](const Element &stanza) {
            if (stanza.name() == u"iq" && stanza.attribute(u"type") == u"get"
                && stanza.firstChild(u"query", u"http://jabber.org/protocol/disco#info")
                       .attribute(u"node")
                       .contains(u'#')) {
                ++capsQueries;
            }
        });
        discoModule = std::make_unique<DiscoManager>(connection, nullptr);
        pubsubModule = std::make_unique<PubSubManager>(connection, discoModule.get());
        connect(&connection, &Connection::connected, this, [this] {
            ++boundCount;
            sendPresence();
        });
        connect(discoModule.get(), &DiscoManager::ownCapsChanged, this, [this] {
            if (connection.state() == ConnectionState::Connected) {
                sendPresence();
            }
        });
        connect(&connection, &Connection::stanzaReceived, this, [this](const Element &stanza) {
            if (stanza.name() == u"presence") {
                presences.append(stanza);
            }
        });
        connect(pubsubModule.get(), &PubSubManager::eventReceived, this,
            [this](const PubSubEvent &event) { events.append(event); });
        connect(&connection, &Connection::errorOccurred, this,
            [this](const ConnectionError &error) { errors.append(error); });
    }

    void sendPresence()
    {
        Element presence(u"presence"_s, u"jabber:client"_s);
        presence.appendChild(discoModule->capsElement());
        connection.send(presence);
    }
    bool sendPresenceOfType(const Jid &to, const QString &type)
    {
        Element presence(u"presence"_s, u"jabber:client"_s);
        presence.setAttribute(u"to"_s, to.bareString());
        presence.setAttribute(u"type"_s, type);
        return connection.send(presence);
    }
    bool receivedPresence(const Jid &from, const QString &type) const
    {
        return std::any_of(presences.cbegin(), presences.cend(), [&](const Element &p) {
            return p.attribute(u"type") == type && Jid::parse(p.attribute(u"from")).value_or(Jid()).bare() == from;
        });
    }
    Jid bare() const { return connection.boundJid().bare(); }
    QString errorText() const { return errors.isEmpty() ? QString() : errors.last().message; }

    Connection connection;
    std::unique_ptr<DiscoManager> discoModule;
    std::unique_ptr<PubSubManager> pubsubModule;
    DiscoManager &disco() { return *discoModule; }
    PubSubManager &pubsub() { return *pubsubModule; }
    int boundCount = 0;
    int capsQueries = 0;
    QList<Element> presences;
    QList<PubSubEvent> events;
    QList<ConnectionError> errors;
};

// The outcome of one request, filled by its callback.
struct Outcome {
    bool done = false;
    std::optional<PubSubError> error;
    QString describe() const { return error ? error->message : QString(); }
};

PubSubManager::Callback recordInto(Outcome &outcome)
{
    return [&outcome](const std::optional<PubSubError> &error) {
        outcome.done = true;
        outcome.error = error;
    };
}

struct Retrieved {
    bool done = false;
    QList<PubSubItem> items;
    std::optional<PubSubError> error;
};

void retrieve(Account &account, const Jid &service, const QString &node, Retrieved &out)
{
    out = Retrieved();
    account.pubsub().retrieveItems(service, node, [&out](const QList<PubSubItem> &items, const auto &error) {
        out.done = true;
        out.items = items;
        out.error = error;
    });
}

Element esessionOptions(const QString &marker)
{
    // XEP-0187 §3: the ESession options a client publishes (a data form); its content is opaque here.
    Element x(u"x"_s, u"jabber:x:data"_s);
    x.setAttribute(u"type"_s, u"form"_s);
    Element formType(u"field"_s, u"jabber:x:data"_s);
    formType.setAttribute(u"var"_s, u"FORM_TYPE"_s);
    formType.setAttribute(u"type"_s, u"hidden"_s);
    formType.appendTextChild(u"value"_s, u"jabber:x:data"_s, u"urn:xmpp:ssn"_s);
    x.appendChild(formType);
    Element nonce(u"field"_s, u"jabber:x:data"_s);
    nonce.setAttribute(u"var"_s, u"my_nonce"_s);
    nonce.appendTextChild(u"value"_s, u"jabber:x:data"_s, marker);
    x.appendChild(nonce);
    return x;
}

NodeConfig esessionConfig()
{
    NodeConfig config;
    config.setAccessModel(NodeConfig::AccessModel::Presence);
    config.setSendLastPublishedItem(NodeConfig::SendLastPublishedItem::Never);
    config.setDeliverNotifications(false);
    return config;
}

} // namespace

class TestE2ePep : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BALCONY_REQUIRE_SERVER();
        m_server = XmppServerFixture::create();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        for (const QString &user : { u"alice"_s, u"bob"_s }) {
            QVERIFY2(m_server->registerUser(user, u"pw-"_s + user), qPrintable(m_server->errorString()));
        }
    }
    void cleanupTestCase() { m_server.reset(); }

    void esessionNodeAndNotifications()
    {
        Account alice(*m_server, u"alice"_s);
        Account bob(*m_server, u"bob"_s);
        alice.connection.connectToServer();
        bob.connection.connectToServer();
        QTRY_VERIFY2_WITH_TIMEOUT(alice.boundCount == 1, qPrintable(alice.errorText()), test::BoundTimeoutMs);
        QTRY_VERIFY2_WITH_TIMEOUT(bob.boundCount == 1, qPrintable(bob.errorText()), test::BoundTimeoutMs);

        // 1. alice creates the options node with the XEP-0187 configuration on her own PEP service.
        Outcome created;
        alice.pubsub().createNode(Jid(), esessionNode, esessionConfig(), recordInto(created));
        QTRY_VERIFY_WITH_TIMEOUT(created.done, ReplyTimeoutMs);
        QVERIFY2(!created.error, qPrintable(created.describe()));

        std::optional<DataForm> form;
        bool fetched = false;
        alice.pubsub().nodeConfiguration(Jid(), esessionNode, [&](const auto &f, const auto &) {
            fetched = true;
            form = f;
        });
        QTRY_VERIFY_WITH_TIMEOUT(fetched, ReplyTimeoutMs);
        QVERIFY(form);
        const NodeConfig stored = NodeConfig::fromForm(*form);
        QCOMPARE(stored.accessModel(), NodeConfig::AccessModel::Presence);
        QCOMPARE(stored.deliverNotifications(), false);
        QCOMPARE(stored.sendLastPublishedItem(), NodeConfig::SendLastPublishedItem::Never);
        QCOMPARE(stored.maxItems(), 1); // the PEP default of Prosody and ejabberd

        // 2. publish-options that the node does not satisfy (max_items): Prosody refuses with
        // precondition-not-met, the manager reconfigures the node and publishes again. ejabberd 23.01 refuses the
        // form itself (<resource-constraint/>, it knows access_model and persist_items only): the manager
        // applies the options as the node's configuration, then publishes without them.
        PublishOptions options = esessionConfig();
        options.setMaxItems(2);
        PubSubItem item;
        item.id = u"current"_s;
        item.payload = esessionOptions(u"first"_s);
        std::optional<PubSubManager::PublishResult> published;
        alice.pubsub().publish(
            Jid(), esessionNode, item, options, [&](const PubSubManager::PublishResult &r) { published = r; });
        QTRY_VERIFY_WITH_TIMEOUT(published.has_value(), ReplyTimeoutMs);
        QVERIFY2(!published->error, qPrintable(published->error->message));
        QVERIFY(published->reconfigured);
        QCOMPARE(published->optionsRefused, m_server->kind() == XmppServerFixture::Kind::Ejabberd);
        QCOMPARE(published->itemId, u"current"_s);
        fetched = false;
        form.reset();
        alice.pubsub().nodeConfiguration(Jid(), esessionNode, [&](const auto &f, const auto &) {
            fetched = true;
            form = f;
        });
        QTRY_VERIFY_WITH_TIMEOUT(fetched, ReplyTimeoutMs);
        QVERIFY(form);
        QCOMPARE(NodeConfig::fromForm(*form).maxItems(), 2);
        QCOMPARE(NodeConfig::fromForm(*form).accessModel(), NodeConfig::AccessModel::Presence);

        // Publishing again with the same options needs no reconfiguration now.
        published.reset();
        alice.pubsub().publish(
            Jid(), esessionNode, item, options, [&](const PubSubManager::PublishResult &r) { published = r; });
        QTRY_VERIFY_WITH_TIMEOUT(published.has_value(), ReplyTimeoutMs);
        QVERIFY2(!published->error, qPrintable(published->error->message));
        QVERIFY(!published->reconfigured);

        // 3. bob is not subscribed to alice's presence: access_model=presence keeps him out.
        Retrieved retrieved;
        retrieve(bob, alice.bare(), esessionNode, retrieved);
        QTRY_VERIFY_WITH_TIMEOUT(retrieved.done, ReplyTimeoutMs);
        QVERIFY(retrieved.error);
        QVERIFY2(retrieved.error->isStanzaError(StanzaError::Condition::Forbidden)
                || retrieved.error->isStanzaError(StanzaError::Condition::NotAuthorized),
            qPrintable(retrieved.error->message));
        QVERIFY(retrieved.items.isEmpty());

        // 4. mutual presence subscription (RFC 6121 §3), with raw presence stanzas.
        QVERIFY(alice.sendPresenceOfType(bob.bare(), u"subscribe"_s));
        QTRY_VERIFY_WITH_TIMEOUT(bob.receivedPresence(alice.bare(), u"subscribe"_s), ReplyTimeoutMs);
        QVERIFY(bob.sendPresenceOfType(alice.bare(), u"subscribed"_s));
        QVERIFY(bob.sendPresenceOfType(alice.bare(), u"subscribe"_s));
        QTRY_VERIFY_WITH_TIMEOUT(alice.receivedPresence(bob.bare(), u"subscribe"_s), ReplyTimeoutMs);
        QVERIFY(alice.sendPresenceOfType(bob.bare(), u"subscribed"_s));
        // Once approved, each server sends the other's current (available) presence (RFC 6121 §3.1.5).
        QTRY_VERIFY_WITH_TIMEOUT(bob.receivedPresence(alice.bare(), QString()), ReplyTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(alice.receivedPresence(bob.bare(), QString()), ReplyTimeoutMs);

        retrieve(bob, alice.bare(), esessionNode, retrieved);
        QTRY_VERIFY_WITH_TIMEOUT(retrieved.done, ReplyTimeoutMs);
        QVERIFY2(!retrieved.error, qPrintable(retrieved.error->message));
        QCOMPARE(retrieved.items.size(), 1);
        QCOMPARE(retrieved.items.first().id, u"current"_s);
        QCOMPARE(retrieved.items.first().payload, esessionOptions(u"first"_s));
        // deliver_notifications=false: nothing was pushed to bob for this node.
        QVERIFY(std::none_of(
            bob.events.cbegin(), bob.events.cend(), [](const PubSubEvent &e) { return e.node == esessionNode; }));

        // 5. alice retracts her options (as on coming online); bob finds none.
        Outcome retracted;
        alice.pubsub().retractItem(Jid(), esessionNode, u"current"_s, false, recordInto(retracted));
        QTRY_VERIFY_WITH_TIMEOUT(retracted.done, ReplyTimeoutMs);
        QVERIFY2(!retracted.error, qPrintable(retracted.describe()));
        retrieve(bob, alice.bare(), esessionNode, retrieved);
        QTRY_VERIFY_WITH_TIMEOUT(retrieved.done, ReplyTimeoutMs);
        QVERIFY2(!retrieved.error, qPrintable(retrieved.error->message));
        QVERIFY(retrieved.items.isEmpty());

        // 6. bob wants tunes: '+notify' in his caps; the server asks his client what the new hash means,
        // then delivers alice's tune to him.
        const int queriesBefore = bob.capsQueries;
        QVERIFY(bob.pubsub().registerInterest(tuneNode));
        QTRY_VERIFY_WITH_TIMEOUT(bob.capsQueries > queriesBefore, ReplyTimeoutMs);
        // The server handles bob's disco answer and alice's publish on different streams: publish until
        // one notification arrives (a publish that overtook the answer goes to nobody).
        for (int attempt = 0; attempt < 5 && bob.events.isEmpty(); ++attempt) {
            PubSubItem tune;
            tune.id = u"tune-"_s + QString::number(attempt);
            tune.payload = Element(u"tune"_s, tuneNode);
            tune.payload.appendTextChild(u"artist"_s, tuneNode, u"Yes"_s);
            tune.payload.appendTextChild(u"title"_s, tuneNode, u"Heart of the Sunrise"_s);
            std::optional<PubSubManager::PublishResult> tunePublished;
            alice.pubsub().publish(Jid(), tuneNode, tune, PublishOptions(),
                [&](const PubSubManager::PublishResult &r) { tunePublished = r; });
            QTRY_VERIFY_WITH_TIMEOUT(tunePublished.has_value(), ReplyTimeoutMs);
            QVERIFY2(!tunePublished->error, qPrintable(tunePublished->error->message));
            if (QTest::qWaitFor([&] { return !bob.events.isEmpty(); }, 2000)) {
                break;
            }
        }
        QVERIFY(!bob.events.isEmpty());
        const PubSubEvent event = bob.events.first();
        QCOMPARE(event.service, alice.bare());
        QCOMPARE(event.node, tuneNode);
        QCOMPARE(event.items.size(), 1);
        QCOMPARE(event.items.first().payload.childText(u"artist", tuneNode), u"Yes"_s);

        // Clean up for reruns against the same data directory.
        Outcome deleted;
        alice.pubsub().deleteNode(Jid(), esessionNode, recordInto(deleted));
        QTRY_VERIFY_WITH_TIMEOUT(deleted.done, ReplyTimeoutMs);
        QVERIFY2(!deleted.error, qPrintable(deleted.describe()));
    }

private:
    std::unique_ptr<XmppServerFixture> m_server;
};

QTEST_GUILESS_MAIN(TestE2ePep)
#include "tst_e2e_pep.moc"
