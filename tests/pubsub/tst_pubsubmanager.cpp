// The PubSub/PEP module on a bound session (scripted server): node creation with a configuration
// (XEP-0060 §8.1.3), publishing with publish-options and the precondition-not-met path (§7.1.5), retrieval
// (§6.5), retraction (§7.2), purge and deletion (§8.4, §8.5), notifications (§7.1.2) with the PEP sender
// rules (XEP-0163 §2.1, §2.2), and interest via +notify in entity capabilities (XEP-0163 §2.4).
#include "ScriptedSession.h"
#include "TestJid.h"
#include "XmlCompare.h"
#include "disco/DiscoManager.h"
#include "pubsub/PubSubManager.h"

#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::test;

namespace {

const QByteArray esessionNode = "http://www.xmpp.org/extensions/xep-0187.html#ns";

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

// The XEP-0187 options node's configuration, as the encrypted-sessions module will ask for it.
NodeConfig esessionConfig()
{
    NodeConfig config;
    config.setAccessModel(NodeConfig::AccessModel::Presence);
    config.setSendLastPublishedItem(NodeConfig::SendLastPublishedItem::Never);
    config.setDeliverNotifications(false);
    return config;
}

const QByteArray esessionConfigFields
    = "<field var='pubsub#access_model' type='list-single'><value>presence</value></field>"
      "<field var='pubsub#send_last_published_item' type='list-single'>"
      "<value>never</value></field>"
      "<field var='pubsub#deliver_notifications' type='boolean'>"
      "<value>false</value></field>";

// What the server sends for a configuration get: the node's current (mismatching) configuration.
const QByteArray serverConfigForm
    = "<x xmlns='jabber:x:data' type='form'>"
      "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#node_config</value></field>"
      "<field var='pubsub#title' type='text-single' label='Title'><value>ESession options</value></field>"
      "<field var='pubsub#max_items' type='text-single'><value>1</value></field>"
      "<field var='pubsub#access_model' type='list-single'><option><value>open</value></option>"
      "<option><value>presence</value></option><value>open</value></field>"
      "<field var='pubsub#deliver_notifications' type='boolean'><value>1</value></field>"
      "<field var='pubsub#notes' type='fixed'><value>read only</value></field>"
      "</x>";

PubSubItem optionsItem()
{
    PubSubItem item;
    item.id = str("current");
    item.payload = parseFragment("<x xmlns='jabber:x:data' type='form'><field var='FORM_TYPE' type='hidden'>"
                                 "<value>urn:xmpp:ssn</value></field></x>");
    return item;
}

QByteArray publishXml(const QByteArray &options)
{
    return "<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='" + esessionNode
        + "'><item id='current'><x xmlns='jabber:x:data' type='form'><field var='FORM_TYPE' type='hidden'>"
          "<value>urn:xmpp:ssn</value></field></x></item></publish>"
        + options + "</pubsub></iq>";
}

const QByteArray publishOptionsXml
    = "<publish-options><x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
      "<value>http://jabber.org/protocol/pubsub#publish-options</value></field>"
    + esessionConfigFields + "</x></publish-options>";

const QByteArray preconditionError = "<error type='cancel'><conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                                     "<precondition-not-met xmlns='http://jabber.org/protocol/pubsub#errors'/></error>";

// ejabberd 23.01's answer to publish-options with a field it does not know (it knows access_model and
// persist_items only), verbatim.
const QByteArray unknownFieldError
    = "<error type='wait'><resource-constraint xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
      "<text xml:lang='en' xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Unknown field "
      "&apos;pubsub#send_last_published_item&apos; of type "
      "&apos;http://jabber.org/protocol/pubsub#publish-options&apos;</text></error>";

// The configuration submitted for the ESession node: the server's form with the options' values.
const QByteArray mergedConfigSubmit
    = "<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
      "<value>http://jabber.org/protocol/pubsub#node_config</value></field>"
      "<field var='pubsub#title' type='text-single'><value>ESession options</value></field>"
      "<field var='pubsub#max_items' type='text-single'><value>1</value></field>"
      "<field var='pubsub#access_model' type='list-single'><value>presence</value></field>"
      "<field var='pubsub#deliver_notifications' type='boolean'><value>false</value></field>"
      "<field var='pubsub#send_last_published_item' type='list-single'><value>never</value></field>"
      "</x>";

} // namespace

class TestPubSubManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void nodeConfigHelpers();
    void createWithConfig();
    void createErrorReported();
    void publishWithOptions();
    void publishToServiceWithoutOptions();
    void preconditionNotMetReconfiguresAndRetries();
    void secondFailureReported();
    void configurationFetchFailureReported();
    void configurationSubmitFailureReported();
    void otherErrorReported_data();
    void otherErrorReported();
    void preconditionWithoutOptionsNotRetried();
    void refusedOptionsConfigureThenPublish_data();
    void refusedOptionsConfigureThenPublish();
    void refusedOptionsCreateMissingNode();
    void refusedOptionsNodeAlreadyConfigured();
    void refusedOptionsNothingPublishedWhenConfigurationFails();
    void timeoutAndDisconnectReported();
    void configureAndFetchConfiguration();
    void retrieveItems();
    void retrieveParticularItems();
    void retrieveForbidden();
    void retractPurgeDelete();
    void notificationFromBareJidAccepted();
    void notificationFromAccountAccepted();
    void notificationFromStrangerIgnored_data();
    void notificationFromStrangerIgnored();
    void foreignPublisherDropped();
    void purgeDeleteConfigurationEvents();
    void notifyChangesCapsVer();

private:
    // The single stanza the client wrote since the last call; compared with `expected` (whose id is taken
    // from the written stanza). Returns the written id, or empty after a failed comparison.
    QString expectIq(const QByteArray &expected);
    void reply(const QString &id, const QByteArray &body = {}, const QByteArray &from = {});
    void replyError(const QString &id, const QByteArray &error, const QByteArray &from = {});

    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<DiscoManager> m_disco;
    std::unique_ptr<PubSubManager> m_pubsub;
};

void TestPubSubManager::init()
{
    m_session = std::make_unique<ScriptedSession>();
    m_disco = std::make_unique<DiscoManager>(m_session->connection(), nullptr);
    m_pubsub = std::make_unique<PubSubManager>(m_session->connection(), m_disco.get());
    QVERIFY(m_session->login());
    m_session->takeStanzas();
}

void TestPubSubManager::cleanup()
{
    m_pubsub.reset();
    m_disco.reset();
    m_session.reset();
}

QString TestPubSubManager::expectIq(const QByteArray &expected)
{
    const QList<Element> written = m_session->takeStanzas();
    if (written.size() != 1) {
        qWarning() << "expected one stanza, got" << written.size();
        for (const Element &e : written) {
            qWarning() << e.toString(str("jabber:client"));
        }
        return QString();
    }
    const Element actual = written.first();
    Element want = parseFragment(expected);
    want.setAttribute(str("id"), actual.attribute(u"id"));
    if (normalize(want) != normalize(actual)) {
        qWarning().noquote() << "expected:" << normalize(want) << "\n  actual:" << normalize(actual);
        return QString();
    }
    return actual.attribute(u"id");
}

void TestPubSubManager::reply(const QString &id, const QByteArray &body, const QByteArray &from)
{
    const QByteArray fromAttr = from.isEmpty() ? QByteArray() : " from='" + from + "'";
    m_session->inject("<iq type='result' id='" + id.toUtf8() + "'" + fromAttr + ">" + body + "</iq>");
}

void TestPubSubManager::replyError(const QString &id, const QByteArray &error, const QByteArray &from)
{
    const QByteArray fromAttr = from.isEmpty() ? QByteArray() : " from='" + from + "'";
    m_session->inject("<iq type='error' id='" + id.toUtf8() + "'" + fromAttr + ">" + error + "</iq>");
}

void TestPubSubManager::nodeConfigHelpers()
{
    NodeConfig config = esessionConfig();
    config.setMaxItems(5);
    config.setPersistItems(true);
    QCOMPARE(config.accessModel(), NodeConfig::AccessModel::Presence);
    QCOMPARE(config.sendLastPublishedItem(), NodeConfig::SendLastPublishedItem::Never);
    QCOMPARE(config.deliverNotifications(), false);
    QCOMPARE(config.persistItems(), true);
    QCOMPARE(config.maxItems(), 5);
    config.setMaxItemsUnlimited();
    QCOMPARE(config.value(u"pubsub#max_items"), str("max"));
    QVERIFY(!config.maxItems());
    config.remove(u"pubsub#max_items");
    QVERIFY(!config.value(u"pubsub#max_items"));

    // Round trip through a submitted form: the same fields, FORM_TYPE left out.
    const DataForm form = config.toSubmitForm();
    QCOMPARE(form.type(), DataForm::Type::Submit);
    QCOMPARE(form.formType(), NodeConfig::nodeConfigFormType());
    QVERIFY(form.formTypeIsHidden());
    QCOMPARE(NodeConfig::fromForm(form), config);
    QCOMPARE(
        config.toSubmitForm(NodeConfig::publishOptionsFormType()).formType(), NodeConfig::publishOptionsFormType());

    // Merging into the server's form: the server's values kept, ours override, fixed fields dropped, fields
    // the server did not offer added.
    const auto server = DataForm::fromElement(parseFragment(serverConfigForm));
    QVERIFY(server);
    const NodeConfig merged = NodeConfig::fromForm(esessionConfig().mergedInto(*server));
    QCOMPARE(merged.value(u"pubsub#title"), str("ESession options"));
    QCOMPARE(merged.value(u"pubsub#max_items"), str("1"));
    QCOMPARE(merged.accessModel(), NodeConfig::AccessModel::Presence);
    QCOMPARE(merged.deliverNotifications(), false);
    QCOMPARE(merged.sendLastPublishedItem(), NodeConfig::SendLastPublishedItem::Never);
    QVERIFY(!merged.value(u"pubsub#notes"));

    // XEP-0004 booleans: 0, 1, false, true; anything else is no value.
    NodeConfig booleans;
    booleans.setValue(str("pubsub#persist_items"), str("1"));
    QCOMPARE(booleans.persistItems(), true);
    booleans.setValue(str("pubsub#persist_items"), str("yes"));
    QVERIFY(!booleans.persistItems());
    QVERIFY(!NodeConfig::accessModelFromName(u"bogus"));
}

void TestPubSubManager::createWithConfig()
{
    std::optional<std::optional<PubSubError>> outcome;
    m_pubsub->createNode(
        Jid(), QString::fromUtf8(esessionNode), esessionConfig(), [&](const auto &error) { outcome = error; });
    const QString id
        = expectIq("<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub'><create node='" + esessionNode
            + "'/><configure><x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
              "<value>http://jabber.org/protocol/pubsub#node_config</value></field>"
            + esessionConfigFields + "</x></configure></pubsub></iq>");
    QVERIFY(!id.isEmpty());
    QVERIFY(!outcome);
    reply(id);
    QVERIFY(outcome);
    QVERIFY(!*outcome);
}

void TestPubSubManager::createErrorReported()
{
    std::optional<std::optional<PubSubError>> outcome;
    m_pubsub->createNode(jid("pubsub.example.com"), str("news"), NodeConfig(), [&](const auto &e) { outcome = e; });
    const QString id = expectIq("<iq type='set' to='pubsub.example.com'><pubsub "
                                "xmlns='http://jabber.org/protocol/pubsub'><create node='news'/><configure/>"
                                "</pubsub></iq>");
    QVERIFY(!id.isEmpty());
    // A reply from anyone but the service is not the answer (IqTracker).
    replyError(id, "<error type='cancel'><conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>",
        "mallory@example.com/x");
    QVERIFY(!outcome);
    replyError(id, "<error type='cancel'><conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>",
        "pubsub.example.com");
    QVERIFY(outcome && *outcome);
    const PubSubError &error = **outcome;
    QCOMPARE(error.kind, PubSubError::Kind::Stanza);
    QVERIFY(error.isStanzaError(StanzaError::Condition::Conflict));
    QVERIFY(!error.isPreconditionNotMet());
    QVERIFY(error.message.contains(u"news"));
}

void TestPubSubManager::publishWithOptions()
{
    PublishOptions options = esessionConfig();
    std::optional<PubSubManager::PublishResult> outcome;
    m_pubsub->publish(Jid(), QString::fromUtf8(esessionNode), optionsItem(), options,
        [&](const PubSubManager::PublishResult &r) { outcome = r; });
    const QString id = expectIq(publishXml(publishOptionsXml));
    QVERIFY(!id.isEmpty());
    reply(id,
        "<pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='" + esessionNode
            + "'><item id='current'/></publish></pubsub>");
    QVERIFY(outcome);
    QVERIFY(!outcome->error);
    QCOMPARE(outcome->itemId, str("current"));
    QVERIFY(!outcome->reconfigured);
    QVERIFY(m_session->takeStanzas().isEmpty());
}

void TestPubSubManager::publishToServiceWithoutOptions()
{
    // No id: the service assigns one and says which (§7.1.2).
    PubSubItem item;
    item.payload = parseFragment("<entry xmlns='http://www.w3.org/2005/Atom'><title>hi</title></entry>");
    std::optional<PubSubManager::PublishResult> outcome;
    m_pubsub->publish(jid("pubsub.example.com"), str("blog"), item, PublishOptions(),
        [&](const PubSubManager::PublishResult &r) { outcome = r; });
    const QString id = expectIq("<iq type='set' to='pubsub.example.com'><pubsub "
                                "xmlns='http://jabber.org/protocol/pubsub'><publish node='blog'><item>"
                                "<entry xmlns='http://www.w3.org/2005/Atom'><title>hi</title></entry></item>"
                                "</publish></pubsub></iq>");
    QVERIFY(!id.isEmpty());
    reply(id,
        "<pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='blog'><item id='ae890ac52d'/></publish>"
        "</pubsub>",
        "pubsub.example.com");
    QVERIFY(outcome && !outcome->error);
    QCOMPARE(outcome->itemId, str("ae890ac52d"));
}

void TestPubSubManager::preconditionNotMetReconfiguresAndRetries()
{
    std::optional<PubSubManager::PublishResult> outcome;
    int reports = 0;
    m_pubsub->publish(Jid(), QString::fromUtf8(esessionNode), optionsItem(), esessionConfig(),
        [&](const PubSubManager::PublishResult &r) {
            outcome = r;
            ++reports;
        });
    QString id = expectIq(publishXml(publishOptionsXml));
    QVERIFY(!id.isEmpty());
    replyError(id, preconditionError);
    QVERIFY(!outcome);

    // 1. the node's configuration form
    id = expectIq("<iq type='get'><pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><configure node='"
        + esessionNode + "'/></pubsub></iq>");
    QVERIFY(!id.isEmpty());
    reply(id,
        "<pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><configure node='" + esessionNode + "'>"
            + serverConfigForm + "</configure></pubsub>");
    QVERIFY(!outcome);

    // 2. submitted with the options' values, everything else as the server had it
    id = expectIq("<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><configure node='"
        + esessionNode
        + "'><x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
          "<value>http://jabber.org/protocol/pubsub#node_config</value></field>"
          "<field var='pubsub#title' type='text-single'><value>ESession options</value></field>"
          "<field var='pubsub#max_items' type='text-single'><value>1</value></field>"
          "<field var='pubsub#access_model' type='list-single'><value>presence</value></field>"
          "<field var='pubsub#deliver_notifications' type='boolean'><value>false</value></field>"
          "<field var='pubsub#send_last_published_item' type='list-single'><value>never</value></field>"
          "</x></configure></pubsub></iq>");
    QVERIFY(!id.isEmpty());
    reply(id);
    QVERIFY(!outcome);

    // 3. the same publish once more
    id = expectIq(publishXml(publishOptionsXml));
    QVERIFY(!id.isEmpty());
    reply(id);
    QVERIFY(outcome);
    QCOMPARE(reports, 1);
    QVERIFY2(!outcome->error, outcome->error ? qPrintable(outcome->error->message) : "");
    QVERIFY(outcome->reconfigured);
    QCOMPARE(outcome->itemId, str("current"));
    QVERIFY(m_session->takeStanzas().isEmpty());
}

void TestPubSubManager::secondFailureReported()
{
    std::optional<PubSubManager::PublishResult> outcome;
    int reports = 0;
    m_pubsub->publish(Jid(), QString::fromUtf8(esessionNode), optionsItem(), esessionConfig(),
        [&](const PubSubManager::PublishResult &r) {
            outcome = r;
            ++reports;
        });
    QString id = m_session->takeStanzas().value(0).attribute(u"id");
    replyError(id, preconditionError);
    id = m_session->takeStanzas().value(0).attribute(u"id");
    reply(id,
        "<pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><configure node='" + esessionNode + "'>"
            + serverConfigForm + "</configure></pubsub>");
    id = m_session->takeStanzas().value(0).attribute(u"id");
    reply(id);
    id = expectIq(publishXml(publishOptionsXml));
    QVERIFY(!id.isEmpty());
    // The service still refuses: reported, and not tried a third time.
    replyError(id, preconditionError);
    QVERIFY(outcome);
    QCOMPARE(reports, 1);
    QVERIFY(outcome->error);
    QVERIFY(outcome->error->isPreconditionNotMet());
    QCOMPARE(outcome->error->pubsubCondition, str("precondition-not-met"));
    QVERIFY(!outcome->error->message.isEmpty());
    QVERIFY(outcome->reconfigured);
    QVERIFY(m_session->takeStanzas().isEmpty());
}

void TestPubSubManager::configurationFetchFailureReported()
{
    std::optional<PubSubManager::PublishResult> outcome;
    m_pubsub->publish(Jid(), QString::fromUtf8(esessionNode), optionsItem(), esessionConfig(),
        [&](const PubSubManager::PublishResult &r) { outcome = r; });
    QString id = m_session->takeStanzas().value(0).attribute(u"id");
    replyError(id, preconditionError);
    id = m_session->takeStanzas().value(0).attribute(u"id");
    replyError(id, "<error type='cancel'><forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>");
    QVERIFY(outcome && outcome->error);
    QVERIFY(outcome->error->isStanzaError(StanzaError::Condition::Forbidden));
    QVERIFY(m_session->takeStanzas().isEmpty());
}

void TestPubSubManager::configurationSubmitFailureReported()
{
    std::optional<PubSubManager::PublishResult> outcome;
    m_pubsub->publish(Jid(), QString::fromUtf8(esessionNode), optionsItem(), esessionConfig(),
        [&](const PubSubManager::PublishResult &r) { outcome = r; });
    QString id = m_session->takeStanzas().value(0).attribute(u"id");
    replyError(id, preconditionError);
    id = m_session->takeStanzas().value(0).attribute(u"id");
    // A result without a form is no configuration.
    reply(id, "<pubsub xmlns='http://jabber.org/protocol/pubsub#owner'/>");
    QVERIFY(outcome && outcome->error);
    QCOMPARE(outcome->error->kind, PubSubError::Kind::BadResponse);
    QVERIFY(m_session->takeStanzas().isEmpty());

    outcome.reset();
    m_pubsub->publish(Jid(), QString::fromUtf8(esessionNode), optionsItem(), esessionConfig(),
        [&](const PubSubManager::PublishResult &r) { outcome = r; });
    id = m_session->takeStanzas().value(0).attribute(u"id");
    replyError(id, preconditionError);
    id = m_session->takeStanzas().value(0).attribute(u"id");
    reply(id,
        "<pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><configure node='" + esessionNode + "'>"
            + serverConfigForm + "</configure></pubsub>");
    id = m_session->takeStanzas().value(0).attribute(u"id");
    replyError(id, "<error type='modify'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>");
    QVERIFY(outcome && outcome->error);
    QVERIFY(outcome->error->isStanzaError(StanzaError::Condition::NotAcceptable));
    QVERIFY(m_session->takeStanzas().isEmpty());
}

void TestPubSubManager::otherErrorReported_data()
{
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<int>("condition");
    QTest::addColumn<QString>("pubsubCondition");
    QTest::newRow("forbidden") << QByteArray("<error type='auth'><forbidden "
                                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>")
                               << int(StanzaError::Condition::Forbidden) << QString();
    QTest::newRow("conflict without precondition")
        << QByteArray("<error type='cancel'><conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>")
        << int(StanzaError::Condition::Conflict) << QString();
    QTest::newRow("payload-too-big") << QByteArray("<error type='modify'><not-acceptable "
                                                   "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><payload-too-big "
                                                   "xmlns='http://jabber.org/protocol/pubsub#errors'/></error>")
                                     << int(StanzaError::Condition::NotAcceptable) << str("payload-too-big");
    QTest::newRow("precondition under another condition")
        << QByteArray("<error type='cancel'><not-allowed xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                      "<precondition-not-met xmlns='http://jabber.org/protocol/pubsub#errors'/></error>")
        << int(StanzaError::Condition::NotAllowed) << str("precondition-not-met");
    // Errors about the item, not the options: configuring the node would change nothing.
    QTest::newRow("invalid-payload") << QByteArray("<error type='modify'><bad-request "
                                                   "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><invalid-payload "
                                                   "xmlns='http://jabber.org/protocol/pubsub#errors'/></error>")
                                     << int(StanzaError::Condition::BadRequest) << str("invalid-payload");
    QTest::newRow("publishing unsupported")
        << QByteArray("<error type='cancel'><feature-not-implemented xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                      "<unsupported xmlns='http://jabber.org/protocol/pubsub#errors' feature='publish'/></error>")
        << int(StanzaError::Condition::FeatureNotImplemented) << str("unsupported");
    QTest::newRow("resource-constraint with a pubsub condition")
        << QByteArray("<error type='wait'><resource-constraint xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                      "<max-items-exceeded xmlns='http://jabber.org/protocol/pubsub#errors'/></error>")
        << int(StanzaError::Condition::ResourceConstraint) << str("max-items-exceeded");
}

void TestPubSubManager::otherErrorReported()
{
    QFETCH(QByteArray, error);
    QFETCH(int, condition);
    QFETCH(QString, pubsubCondition);
    std::optional<PubSubManager::PublishResult> outcome;
    m_pubsub->publish(Jid(), QString::fromUtf8(esessionNode), optionsItem(), esessionConfig(),
        [&](const PubSubManager::PublishResult &r) { outcome = r; });
    const QString id = expectIq(publishXml(publishOptionsXml));
    QVERIFY(!id.isEmpty());
    replyError(id, error);
    QVERIFY(outcome && outcome->error);
    QCOMPARE(outcome->error->kind, PubSubError::Kind::Stanza);
    QCOMPARE(int(outcome->error->stanzaError.condition), condition);
    QCOMPARE(outcome->error->pubsubCondition, pubsubCondition);
    QVERIFY(!outcome->error->isPreconditionNotMet());
    QVERIFY(outcome->error->message.contains(QString::fromUtf8(esessionNode)));
    QVERIFY(!outcome->reconfigured);
    // No reconfiguration attempt.
    QVERIFY(m_session->takeStanzas().isEmpty());
}

void TestPubSubManager::preconditionWithoutOptionsNotRetried()
{
    // Without publish-options there is nothing to bring the node in line with.
    std::optional<PubSubManager::PublishResult> outcome;
    m_pubsub->publish(Jid(), QString::fromUtf8(esessionNode), optionsItem(), PublishOptions(),
        [&](const PubSubManager::PublishResult &r) { outcome = r; });
    const QString id = expectIq(publishXml({}));
    QVERIFY(!id.isEmpty());
    replyError(id, preconditionError);
    QVERIFY(outcome && outcome->error && outcome->error->isPreconditionNotMet());
    QVERIFY(m_session->takeStanzas().isEmpty());
}

void TestPubSubManager::refusedOptionsConfigureThenPublish_data()
{
    QTest::addColumn<QByteArray>("error");
    QTest::newRow("ejabberd: resource-constraint, unknown field") << unknownFieldError;
    QTest::newRow("bad-request") << QByteArray(
        "<error type='modify'><bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>");
    QTest::newRow("not-acceptable") << QByteArray(
        "<error type='modify'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>");
    QTest::newRow("publish-options unsupported")
        << QByteArray("<error type='cancel'><feature-not-implemented xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                      "<unsupported xmlns='http://jabber.org/protocol/pubsub#errors' feature='publish-options'/>"
                      "</error>");
}

void TestPubSubManager::refusedOptionsConfigureThenPublish()
{
    // XEP-0060 §7.1.5: the service refuses the publish-options form itself (ejabberd 23.01 knows only two of
    // its fields). The options are applied as the node's configuration BEFORE the item is published, and the
    // item then goes out without the form.
    QFETCH(QByteArray, error);
    std::optional<PubSubManager::PublishResult> outcome;
    int reports = 0;
    m_pubsub->publish(Jid(), QString::fromUtf8(esessionNode), optionsItem(), esessionConfig(),
        [&](const PubSubManager::PublishResult &r) {
            outcome = r;
            ++reports;
        });
    QString id = expectIq(publishXml(publishOptionsXml));
    QVERIFY(!id.isEmpty());
    replyError(id, error);
    QVERIFY(!outcome);

    // 1. the node's configuration form
    id = expectIq("<iq type='get'><pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><configure node='"
        + esessionNode + "'/></pubsub></iq>");
    QVERIFY(!id.isEmpty());
    reply(id,
        "<pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><configure node='" + esessionNode + "'>"
            + serverConfigForm + "</configure></pubsub>");
    QVERIFY(!outcome);

    // 2. submitted with the options' values
    id = expectIq("<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><configure node='"
        + esessionNode + "'>" + mergedConfigSubmit + "</configure></pubsub></iq>");
    QVERIFY(!id.isEmpty());
    reply(id);
    QVERIFY(!outcome);

    // 3. the item, without the form the service refused
    id = expectIq(publishXml({}));
    QVERIFY(!id.isEmpty());
    reply(id,
        "<pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='" + esessionNode
            + "'><item id='current'/></publish></pubsub>");
    QVERIFY(outcome);
    QCOMPARE(reports, 1);
    QVERIFY2(!outcome->error, outcome->error ? qPrintable(outcome->error->message) : "");
    QVERIFY(outcome->reconfigured);
    QVERIFY(outcome->optionsRefused);
    QCOMPARE(outcome->itemId, str("current"));
    QVERIFY(m_session->takeStanzas().isEmpty());
}

void TestPubSubManager::refusedOptionsCreateMissingNode()
{
    // The node does not exist yet (the service refused the form before auto-creating it): it is created with
    // the options as its configuration (§8.1.3), then the item is published.
    std::optional<PubSubManager::PublishResult> outcome;
    m_pubsub->publish(Jid(), QString::fromUtf8(esessionNode), optionsItem(), esessionConfig(),
        [&](const PubSubManager::PublishResult &r) { outcome = r; });
    QString id = expectIq(publishXml(publishOptionsXml));
    QVERIFY(!id.isEmpty());
    replyError(id, unknownFieldError);
    id = expectIq("<iq type='get'><pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><configure node='"
        + esessionNode + "'/></pubsub></iq>");
    QVERIFY(!id.isEmpty());
    replyError(id, "<error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>");
    QVERIFY(!outcome);
    id = expectIq("<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub'><create node='" + esessionNode
        + "'/><configure><x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
          "<value>http://jabber.org/protocol/pubsub#node_config</value></field>"
        + esessionConfigFields + "</x></configure></pubsub></iq>");
    QVERIFY(!id.isEmpty());
    reply(id);
    QVERIFY(!outcome);
    id = expectIq(publishXml({}));
    QVERIFY(!id.isEmpty());
    reply(id);
    QVERIFY(outcome && !outcome->error);
    QVERIFY(outcome->reconfigured && outcome->optionsRefused);
    QCOMPARE(outcome->itemId, str("current"));
    QVERIFY(m_session->takeStanzas().isEmpty());
}

void TestPubSubManager::refusedOptionsNodeAlreadyConfigured()
{
    // The node has the options' values already (an earlier publish configured it): no configuration is
    // submitted, the item goes out without the form, and nothing was reconfigured.
    std::optional<PubSubManager::PublishResult> outcome;
    m_pubsub->publish(Jid(), QString::fromUtf8(esessionNode), optionsItem(), esessionConfig(),
        [&](const PubSubManager::PublishResult &r) { outcome = r; });
    QString id = expectIq(publishXml(publishOptionsXml));
    QVERIFY(!id.isEmpty());
    replyError(id, unknownFieldError);
    id = expectIq("<iq type='get'><pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><configure node='"
        + esessionNode + "'/></pubsub></iq>");
    QVERIFY(!id.isEmpty());
    // ejabberd's form: booleans as 0/1, more fields than the options name.
    reply(id,
        "<pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><configure node='" + esessionNode
            + "'><x xmlns='jabber:x:data' type='form'><field var='FORM_TYPE' type='hidden'>"
              "<value>http://jabber.org/protocol/pubsub#node_config</value></field>"
              "<field var='pubsub#access_model' type='list-single'><value>presence</value>"
              "<option><value>open</value></option><option><value>presence</value></option></field>"
              "<field var='pubsub#deliver_notifications' type='boolean'><value>0</value></field>"
              "<field var='pubsub#max_items' type='text-single'><value>1</value></field>"
              "<field var='pubsub#send_last_published_item' type='list-single'><value>never</value>"
              "<option><value>never</value></option></field></x></configure></pubsub>");
    id = expectIq(publishXml({}));
    QVERIFY(!id.isEmpty());
    reply(id);
    QVERIFY(outcome && !outcome->error);
    QVERIFY(!outcome->reconfigured);
    QVERIFY(outcome->optionsRefused);
    QVERIFY(m_session->takeStanzas().isEmpty());

    // One value differs (deliver_notifications is on): the configuration is submitted.
    NodeConfig wanted = esessionConfig();
    DataForm current = wanted.toSubmitForm();
    QVERIFY(wanted.isSatisfiedBy(current));
    wanted.setDeliverNotifications(true);
    QVERIFY(!wanted.isSatisfiedBy(current));
    NodeConfig more = esessionConfig();
    more.setMaxItems(2);
    QVERIFY(!more.isSatisfiedBy(current)); // a field the form does not have
}

void TestPubSubManager::refusedOptionsNothingPublishedWhenConfigurationFails()
{
    // A node whose access model could not be set never gets the item: the failure is reported instead.
    std::optional<PubSubManager::PublishResult> outcome;
    m_pubsub->publish(Jid(), QString::fromUtf8(esessionNode), optionsItem(), esessionConfig(),
        [&](const PubSubManager::PublishResult &r) { outcome = r; });
    QString id = m_session->takeStanzas().value(0).attribute(u"id");
    replyError(id, unknownFieldError);
    id = m_session->takeStanzas().value(0).attribute(u"id");
    reply(id,
        "<pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><configure node='" + esessionNode + "'>"
            + serverConfigForm + "</configure></pubsub>");
    id = m_session->takeStanzas().value(0).attribute(u"id");
    replyError(id, "<error type='modify'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>");
    QVERIFY(outcome && outcome->error);
    QVERIFY(outcome->error->isStanzaError(StanzaError::Condition::NotAcceptable));
    QVERIFY(outcome->optionsRefused);
    QVERIFY(!outcome->reconfigured);
    QVERIFY(m_session->takeStanzas().isEmpty());

    // The same when the node cannot be created.
    outcome.reset();
    m_pubsub->publish(Jid(), QString::fromUtf8(esessionNode), optionsItem(), esessionConfig(),
        [&](const PubSubManager::PublishResult &r) { outcome = r; });
    id = m_session->takeStanzas().value(0).attribute(u"id");
    replyError(id, unknownFieldError);
    id = m_session->takeStanzas().value(0).attribute(u"id");
    replyError(id, "<error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>");
    id = m_session->takeStanzas().value(0).attribute(u"id");
    replyError(id, "<error type='auth'><forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>");
    QVERIFY(outcome && outcome->error);
    QVERIFY(outcome->error->isStanzaError(StanzaError::Condition::Forbidden));
    QVERIFY(m_session->takeStanzas().isEmpty());
}

void TestPubSubManager::timeoutAndDisconnectReported()
{
    std::optional<std::optional<PubSubError>> outcome;
    m_pubsub->deleteNode(Jid(), str("gone"), [&](const auto &e) { outcome = e; });
    QVERIFY(!m_session->takeStanzas().isEmpty());
    m_session->server().simulateRemoteClose();
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(*outcome);
    QCOMPARE((*outcome)->kind, PubSubError::Kind::Disconnected);
    QVERIFY(!(*outcome)->message.isEmpty());

    // Not connected at all: reported at once, nothing written.
    outcome.reset();
    std::optional<PubSubManager::PublishResult> published;
    m_pubsub->publish(Jid(), str("n"), optionsItem(), PublishOptions(),
        [&](const PubSubManager::PublishResult &r) { published = r; });
    QVERIFY(published && published->error);
    QCOMPARE(published->error->kind, PubSubError::Kind::Disconnected);
}

void TestPubSubManager::configureAndFetchConfiguration()
{
    NodeConfig config;
    config.setMaxItems(10);
    std::optional<std::optional<PubSubError>> configured;
    m_pubsub->configureNode(Jid(), str("urn:xmpp:tune"), config, [&](const auto &e) { configured = e; });
    QString id = expectIq("<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>"
                          "<configure node='urn:xmpp:tune'><x xmlns='jabber:x:data' type='submit'>"
                          "<field var='FORM_TYPE' type='hidden'>"
                          "<value>http://jabber.org/protocol/pubsub#node_config</value></field>"
                          "<field var='pubsub#max_items' type='text-single'><value>10</value></field>"
                          "</x></configure></pubsub></iq>");
    QVERIFY(!id.isEmpty());
    reply(id);
    QVERIFY(configured && !*configured);

    std::optional<DataForm> form;
    bool called = false;
    m_pubsub->nodeConfiguration(Jid(), str("urn:xmpp:tune"), [&](const auto &f, const auto &e) {
        called = true;
        form = f;
        QVERIFY(!e);
    });
    id = expectIq("<iq type='get'><pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>"
                  "<configure node='urn:xmpp:tune'/></pubsub></iq>");
    reply(id,
        "<pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><configure node='urn:xmpp:tune'>" + serverConfigForm
            + "</configure></pubsub>");
    QVERIFY(called);
    QVERIFY(form);
    QCOMPARE(NodeConfig::fromForm(*form).accessModel(), NodeConfig::AccessModel::Open);
    QCOMPARE(NodeConfig::fromForm(*form).maxItems(), 1);
}

void TestPubSubManager::retrieveItems()
{
    QList<PubSubItem> items;
    std::optional<PubSubError> error;
    bool called = false;
    m_pubsub->retrieveItems(
        jid("juliet@capulet.lit"), QString::fromUtf8(esessionNode),
        [&](const QList<PubSubItem> &i, const std::optional<PubSubError> &e) {
            called = true;
            items = i;
            error = e;
        },
        {}, 1);
    const QString id = expectIq("<iq type='get' to='juliet@capulet.lit'><pubsub "
                                "xmlns='http://jabber.org/protocol/pubsub'><items node='"
        + esessionNode + "' max_items='1'/></pubsub></iq>");
    QVERIFY(!id.isEmpty());
    reply(id,
        "<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='" + esessionNode
            + "'><item id='current' publisher='juliet@capulet.lit'><x xmlns='jabber:x:data' type='form'>"
              "<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:ssn</value></field></x></item>"
              "<item id='empty'/></items></pubsub>",
        "juliet@capulet.lit");
    QVERIFY(called);
    QVERIFY(!error);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].id, str("current"));
    QCOMPARE(items[0].publisher, jid("juliet@capulet.lit"));
    QCOMPARE(items[0].payload, optionsItem().payload);
    QCOMPARE(items[1].id, str("empty"));
    QVERIFY(items[1].payload.isNull());
}

void TestPubSubManager::retrieveParticularItems()
{
    bool called = false;
    m_pubsub->retrieveItems(
        Jid(), str("urn:xmpp:tune"),
        [&](const QList<PubSubItem> &items, const std::optional<PubSubError> &e) {
            called = true;
            QVERIFY(e);
            QCOMPARE(e->kind, PubSubError::Kind::BadResponse);
            QVERIFY(items.isEmpty());
        },
        { str("a"), str("b") }, 5);
    // Particular items: max_items does not apply (§6.5.8).
    const QString id = expectIq("<iq type='get'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                                "<items node='urn:xmpp:tune'><item id='a'/><item id='b'/></items></pubsub></iq>");
    QVERIFY(!id.isEmpty());
    reply(id); // no <items/>: not an answer to a retrieval
    QVERIFY(called);
}

void TestPubSubManager::retrieveForbidden()
{
    std::optional<PubSubError> error;
    m_pubsub->retrieveItems(jid("juliet@capulet.lit"), QString::fromUtf8(esessionNode),
        [&](const QList<PubSubItem> &, const std::optional<PubSubError> &e) { error = e; });
    const QString id = m_session->takeStanzas().value(0).attribute(u"id");
    replyError(id,
        "<error type='auth'><forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
        "<presence-subscription-required xmlns='http://jabber.org/protocol/pubsub#errors'/></error>",
        "juliet@capulet.lit");
    QVERIFY(error);
    QVERIFY(error->isStanzaError(StanzaError::Condition::Forbidden));
    QCOMPARE(error->pubsubCondition, str("presence-subscription-required"));
}

void TestPubSubManager::retractPurgeDelete()
{
    int done = 0;
    auto count = [&](const std::optional<PubSubError> &e) {
        QVERIFY(!e);
        ++done;
    };
    m_pubsub->retractItem(Jid(), QString::fromUtf8(esessionNode), str("current"), true, count);
    QString id = expectIq("<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub'><retract node='"
        + esessionNode + "' notify='true'><item id='current'/></retract></pubsub></iq>");
    QVERIFY(!id.isEmpty());
    reply(id);
    m_pubsub->retractItem(Jid(), str("n"), str("x"), false, count);
    id = expectIq("<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub'><retract node='n'>"
                  "<item id='x'/></retract></pubsub></iq>");
    reply(id);
    m_pubsub->purgeNode(Jid(), str("n"), count);
    id = expectIq("<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><purge node='n'/>"
                  "</pubsub></iq>");
    reply(id);
    m_pubsub->deleteNode(Jid(), str("n"), count);
    id = expectIq("<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><delete node='n'/>"
                  "</pubsub></iq>");
    reply(id);
    QCOMPARE(done, 4);
}

void TestPubSubManager::notificationFromBareJidAccepted()
{
    QSignalSpy events(m_pubsub.get(), &PubSubManager::eventReceived);
    QSignalSpy received(&m_session->connection(), &Connection::stanzaReceived);
    m_session->inject("<message from='juliet@capulet.lit' to='user@example.com/balcony' type='headline'>"
                      "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='urn:xmpp:tune'>"
                      "<item id='bffe6584'><tune xmlns='urn:xmpp:tune'><artist>Yes</artist></tune></item>"
                      "<retract id='old'/></items></event></message>");
    QCOMPARE(events.size(), 1);
    const auto event = events.first().first().value<PubSubEvent>();
    QCOMPARE(event.service, jid("juliet@capulet.lit"));
    QCOMPARE(event.node, str("urn:xmpp:tune"));
    QCOMPARE(event.items.size(), 1);
    QCOMPARE(event.items.first().id, str("bffe6584"));
    QCOMPARE(event.items.first().payload, parseFragment("<tune xmlns='urn:xmpp:tune'><artist>Yes</artist></tune>"));
    QCOMPARE(event.retractedIds, QStringList { str("old") });
    QVERIFY(!event.purged && !event.deleted);
    // The module took it.
    QVERIFY(received.isEmpty());
}

void TestPubSubManager::notificationFromAccountAccepted()
{
    QSignalSpy events(m_pubsub.get(), &PubSubManager::eventReceived);
    m_session->inject("<message><event xmlns='http://jabber.org/protocol/pubsub#event'><items node='n'>"
                      "<item id='1'/></items></event></message>");
    m_session->inject("<message from='user@example.com'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                      "<items node='n'><item id='2' publisher='user@example.com/phone'/></items></event></message>");
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].first().value<PubSubEvent>().service, jid("user@example.com"));
    QCOMPARE(events[1].first().value<PubSubEvent>().service, jid("user@example.com"));
    QCOMPARE(events[1].first().value<PubSubEvent>().items.value(0).publisher, jid("user@example.com/phone"));
}

void TestPubSubManager::notificationFromStrangerIgnored_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::newRow("full JID of a stranger") << QByteArray("mallory@evil.example/x");
    QTest::newRow("full JID of the contact") << QByteArray("juliet@capulet.lit/balcony");
    QTest::newRow("own full JID") << QByteArray("user@example.com/other");
    QTest::newRow("invalid") << QByteArray("@bad");
}

void TestPubSubManager::notificationFromStrangerIgnored()
{
    QFETCH(QByteArray, from);
    QSignalSpy events(m_pubsub.get(), &PubSubManager::eventReceived);
    QSignalSpy received(&m_session->connection(), &Connection::stanzaReceived);
    m_session->inject("<message from='" + from
        + "'><event xmlns='http://jabber.org/protocol/pubsub#event'><items node='urn:xmpp:tune'>"
          "<item id='1'><tune xmlns='urn:xmpp:tune'/></item></items></event></message>");
    QVERIFY(events.isEmpty());
    // Dropped, not passed on as an ordinary message.
    QVERIFY(received.isEmpty());
    // Error messages are not notifications at all.
    m_session->inject("<message type='error' from='juliet@capulet.lit'><event "
                      "xmlns='http://jabber.org/protocol/pubsub#event'/><error type='cancel'><item-not-found "
                      "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>");
    QVERIFY(events.isEmpty());
}

void TestPubSubManager::foreignPublisherDropped()
{
    // XEP-0163 §2.2: a PEP node has one publisher, its owner.
    QSignalSpy events(m_pubsub.get(), &PubSubManager::eventReceived);
    m_session->inject("<message from='juliet@capulet.lit'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                      "<items node='n'><item id='a' publisher='mallory@evil.example'/>"
                      "<item id='b' publisher='juliet@capulet.lit/balcony'/></items></event></message>");
    QCOMPARE(events.size(), 1);
    const auto event = events.first().first().value<PubSubEvent>();
    QCOMPARE(event.items.size(), 1);
    QCOMPARE(event.items.first().id, str("b"));
    // A generic service (a domain) may relay items of many publishers.
    m_session->inject("<message from='pubsub.example.com'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                      "<items node='n'><item id='a' publisher='mallory@evil.example'/></items></event></message>");
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[1].first().value<PubSubEvent>().items.size(), 1);
}

void TestPubSubManager::purgeDeleteConfigurationEvents()
{
    QSignalSpy events(m_pubsub.get(), &PubSubManager::eventReceived);
    m_session->inject("<message from='juliet@capulet.lit'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                      "<purge node='p'/></event></message>");
    m_session->inject("<message from='juliet@capulet.lit'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                      "<delete node='d'><redirect uri='xmpp:juliet@capulet.lit?;node=e'/></delete></event></message>");
    m_session->inject("<message from='juliet@capulet.lit'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                      "<configuration node='c'><x xmlns='jabber:x:data' type='result'><field var='FORM_TYPE' "
                      "type='hidden'><value>http://jabber.org/protocol/pubsub#node_config</value></field>"
                      "<field var='pubsub#max_items'><value>3</value></field></x></configuration></event></message>");
    // No node: nothing to report.
    m_session->inject("<message from='juliet@capulet.lit'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                      "<items/></event></message>");
    QCOMPARE(events.size(), 3);
    const auto purge = events[0].first().value<PubSubEvent>();
    QCOMPARE(purge.node, str("p"));
    QVERIFY(purge.purged && !purge.deleted);
    const auto deletion = events[1].first().value<PubSubEvent>();
    QCOMPARE(deletion.node, str("d"));
    QVERIFY(deletion.deleted);
    QCOMPARE(deletion.redirectUri, str("xmpp:juliet@capulet.lit?;node=e"));
    const auto configuration = events[2].first().value<PubSubEvent>();
    QCOMPARE(configuration.node, str("c"));
    QVERIFY(configuration.configurationChanged);
    QVERIFY(configuration.configuration);
    QCOMPARE(NodeConfig::fromForm(*configuration.configuration).maxItems(), 3);
}

void TestPubSubManager::notifyChangesCapsVer()
{
    QSignalSpy capsChanged(m_disco.get(), &DiscoManager::ownCapsChanged);
    const QString before = m_disco->ownVer();
    QVERIFY(!m_disco->ownInfo().features.contains(str("urn:xmpp:tune+notify")));
    QVERIFY(m_pubsub->registerInterest(str("urn:xmpp:tune")));
    QVERIFY(m_disco->ownInfo().features.contains(str("urn:xmpp:tune+notify")));
    const QString with = m_disco->ownVer();
    QVERIFY(with != before);
    QCOMPARE(capsChanged.size(), 1);
    QCOMPARE(m_disco->capsElement().attribute(u"ver"), with);
    // Registering twice changes nothing; unregistering restores the old verification string.
    QVERIFY(m_pubsub->registerInterest(str("urn:xmpp:tune")));
    QCOMPARE(m_disco->ownVer(), with);
    QVERIFY(m_pubsub->unregisterInterest(str("urn:xmpp:tune")));
    QCOMPARE(m_disco->ownVer(), before);

    PubSubManager withoutDisco(m_session->connection());
    QVERIFY(!withoutDisco.registerInterest(str("urn:xmpp:tune")));
}

QTEST_GUILESS_MAIN(TestPubSubManager)
#include "tst_pubsubmanager.moc"
