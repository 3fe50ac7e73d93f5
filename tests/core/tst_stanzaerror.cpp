#include "XmlCompare.h"
#include "core/StanzaError.h"
#include "core/StreamHeader.h"

#include <QTest>

using namespace balcony;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(balcony::StanzaError::Condition)
Q_DECLARE_METATYPE(balcony::StanzaError::Type)

class TestStanzaError : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCondition_data();
    void everyCondition();
    void parseXml_data();
    void parseXml();
    void serializeXml();
    void unknownConditionIsUndefined();
    void missingTypeUsesDefault();
    void describe();
};

namespace {

struct Row {
    StanzaError::Condition condition;
    const char *name;
    StanzaError::Type defaultType;
};

// RFC 6120 §8.3.3, written out independently of the implementation's table.
const Row rows[] = {
    { StanzaError::Condition::BadRequest, "bad-request", StanzaError::Type::Modify },
    { StanzaError::Condition::Conflict, "conflict", StanzaError::Type::Cancel },
    { StanzaError::Condition::FeatureNotImplemented, "feature-not-implemented", StanzaError::Type::Cancel },
    { StanzaError::Condition::Forbidden, "forbidden", StanzaError::Type::Auth },
    { StanzaError::Condition::Gone, "gone", StanzaError::Type::Cancel },
    { StanzaError::Condition::InternalServerError, "internal-server-error", StanzaError::Type::Cancel },
    { StanzaError::Condition::ItemNotFound, "item-not-found", StanzaError::Type::Cancel },
    { StanzaError::Condition::JidMalformed, "jid-malformed", StanzaError::Type::Modify },
    { StanzaError::Condition::NotAcceptable, "not-acceptable", StanzaError::Type::Modify },
    { StanzaError::Condition::NotAllowed, "not-allowed", StanzaError::Type::Cancel },
    { StanzaError::Condition::NotAuthorized, "not-authorized", StanzaError::Type::Auth },
    { StanzaError::Condition::PolicyViolation, "policy-violation", StanzaError::Type::Modify },
    { StanzaError::Condition::RecipientUnavailable, "recipient-unavailable", StanzaError::Type::Wait },
    { StanzaError::Condition::Redirect, "redirect", StanzaError::Type::Modify },
    { StanzaError::Condition::RegistrationRequired, "registration-required", StanzaError::Type::Auth },
    { StanzaError::Condition::RemoteServerNotFound, "remote-server-not-found", StanzaError::Type::Cancel },
    { StanzaError::Condition::RemoteServerTimeout, "remote-server-timeout", StanzaError::Type::Wait },
    { StanzaError::Condition::ResourceConstraint, "resource-constraint", StanzaError::Type::Wait },
    { StanzaError::Condition::ServiceUnavailable, "service-unavailable", StanzaError::Type::Cancel },
    { StanzaError::Condition::SubscriptionRequired, "subscription-required", StanzaError::Type::Auth },
    { StanzaError::Condition::UndefinedCondition, "undefined-condition", StanzaError::Type::Cancel },
    { StanzaError::Condition::UnexpectedRequest, "unexpected-request", StanzaError::Type::Wait },
};

} // namespace

void TestStanzaError::everyCondition_data()
{
    QTest::addColumn<StanzaError::Condition>("condition");
    QTest::addColumn<QString>("name");
    QTest::addColumn<StanzaError::Type>("defaultType");
    for (const Row &row : rows) {
        QTest::newRow(row.name) << row.condition << QString::fromLatin1(row.name) << row.defaultType;
    }
}

void TestStanzaError::everyCondition()
{
    QFETCH(StanzaError::Condition, condition);
    QFETCH(QString, name);
    QFETCH(StanzaError::Type, defaultType);

    QCOMPARE(StanzaError::conditionName(condition), name);
    QCOMPARE(StanzaError::conditionFromName(name), condition);
    QCOMPARE(StanzaError::defaultType(condition), defaultType);

    // Every type with every condition, with and without the optional parts.
    const StanzaError::Type types[] = { StanzaError::Type::Auth, StanzaError::Type::Cancel, StanzaError::Type::Continue,
        StanzaError::Type::Modify, StanzaError::Type::Wait };
    for (const auto type : types) {
        StanzaError error;
        error.type = type;
        error.condition = condition;
        QCOMPARE(StanzaError::fromElement(error.toElement()), error);

        error.text = u"Something & <went> wrong"_s;
        error.by = u"example.com"_s;
        Element app(u"too-many-stanzas"_s, u"urn:example:app"_s);
        app.setAttribute(u"limit"_s, u"10"_s);
        error.appCondition = app;
        if (condition == StanzaError::Condition::Gone || condition == StanzaError::Condition::Redirect) {
            error.redirect = u"xmpp:new@example.net"_s;
        }
        const Element element = error.toElement();
        QCOMPARE(element.name(), u"error"_s);
        QCOMPARE(element.attribute(u"type"), StanzaError::typeName(type));
        QVERIFY(element.hasChild(name, ns::stanzas));
        QCOMPARE(StanzaError::fromElement(element), error);

        // And through the wire format.
        const Element reparsed = test::parseFragment(element.toString(u"jabber:client"_s).toUtf8());
        QVERIFY(!reparsed.isNull());
        QCOMPARE(StanzaError::fromElement(reparsed), error);
    }
}

void TestStanzaError::parseXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<StanzaError::Type>("type");
    QTest::addColumn<StanzaError::Condition>("condition");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<QString>("appName");

    QTest::newRow("plain") << QByteArray("<error type='cancel'><service-unavailable "
                                         "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>")
                           << StanzaError::Type::Cancel << StanzaError::Condition::ServiceUnavailable << QString()
                           << QString() << QString();
    QTest::newRow("text first") << QByteArray("<error type='modify'><text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas' "
                                              "xml:lang='en'>Bad JID</text><jid-malformed "
                                              "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>")
                                << StanzaError::Type::Modify << StanzaError::Condition::JidMalformed << u"Bad JID"_s
                                << QString() << QString();
    QTest::newRow("redirect") << QByteArray("<error type='modify'><redirect xmlns='urn:ietf:params:xml:ns:xmpp-"
                                            "stanzas'> xmpp:room@chat.example.net </redirect></error>")
                              << StanzaError::Type::Modify << StanzaError::Condition::Redirect << QString()
                              << u"xmpp:room@chat.example.net"_s << QString();
    QTest::newRow("gone") << QByteArray("<error type='cancel'><gone xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>"
                                        "xmpp:juliet@capulet.com</gone></error>")
                          << StanzaError::Type::Cancel << StanzaError::Condition::Gone << QString()
                          << u"xmpp:juliet@capulet.com"_s << QString();
    QTest::newRow("app-specific") << QByteArray("<error type='modify'><bad-request xmlns='urn:ietf:params:xml:ns:"
                                                "xmpp-stanzas'/><too-many-stanzas xmlns='urn:example'/></error>")
                                  << StanzaError::Type::Modify << StanzaError::Condition::BadRequest << QString()
                                  << QString() << u"too-many-stanzas"_s;
}

void TestStanzaError::parseXml()
{
    QFETCH(QByteArray, xml);
    QFETCH(StanzaError::Type, type);
    QFETCH(StanzaError::Condition, condition);
    QFETCH(QString, text);
    QFETCH(QString, redirect);
    QFETCH(QString, appName);

    const Element element = test::parseFragment(xml);
    QVERIFY(!element.isNull());
    const StanzaError error = StanzaError::fromElement(element);
    QCOMPARE(error.type, type);
    QCOMPARE(error.condition, condition);
    QCOMPARE(error.text, text);
    QCOMPARE(error.redirect, redirect);
    QCOMPARE(error.appCondition.name(), appName);
}

void TestStanzaError::serializeXml()
{
    StanzaError error;
    error.type = StanzaError::Type::Modify;
    error.condition = StanzaError::Condition::Redirect;
    error.redirect = u"xmpp:room@chat.example.net"_s;
    error.text = u"moved"_s;
    error.by = u"chat.example.net"_s;
    const QByteArray expected = "<error type='modify' by='chat.example.net'>"
                                "<redirect xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>xmpp:room@chat.example.net"
                                "</redirect><text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>moved</text></error>";
    QCOMPARE(test::normalize(error.toElement()), test::normalize(expected));
}

void TestStanzaError::unknownConditionIsUndefined()
{
    const Element element = test::parseFragment(
        "<error type='wait'><brand-new-condition xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>");
    const StanzaError error = StanzaError::fromElement(element);
    QCOMPARE(error.condition, StanzaError::Condition::UndefinedCondition);
    QCOMPARE(error.type, StanzaError::Type::Wait);
    QCOMPARE(StanzaError::conditionFromName(u"nonsense"), StanzaError::Condition::UndefinedCondition);

    // No condition at all.
    QCOMPARE(StanzaError::fromElement(test::parseFragment("<error type='cancel'/>")).condition,
        StanzaError::Condition::UndefinedCondition);
}

void TestStanzaError::missingTypeUsesDefault()
{
    const Element element
        = test::parseFragment("<error><forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>");
    QCOMPARE(StanzaError::fromElement(element).type, StanzaError::Type::Auth);
    const Element bogus = test::parseFragment(
        "<error type='later'><resource-constraint xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>");
    QCOMPARE(StanzaError::fromElement(bogus).type, StanzaError::Type::Wait);
    QCOMPARE(StanzaError::typeFromName(u"later", StanzaError::Type::Modify), StanzaError::Type::Modify);
    QCOMPARE(StanzaError::typeFromName(u"continue"), StanzaError::Type::Continue);
}

void TestStanzaError::describe()
{
    StanzaError error;
    error.condition = StanzaError::Condition::ItemNotFound;
    QCOMPARE(error.describe(), u"item-not-found"_s);
    error.text = u"no such node"_s;
    QCOMPARE(error.describe(), u"item-not-found: no such node"_s);
}

QTEST_GUILESS_MAIN(TestStanzaError)
#include "tst_stanzaerror.moc"
