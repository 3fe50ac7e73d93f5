#include "XmlCompare.h"
#include "core/StreamError.h"
#include "core/XmlWriter.h"

#include <QTest>

using namespace balcony;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(balcony::StreamErrorCondition)

class TestStreamError : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCondition_data();
    void everyCondition();
    void unknownCondition();
    void seeOtherHost_data();
    void seeOtherHost();
    void textAndAppSpecific();
    void wireFormat();
};

void TestStreamError::everyCondition_data()
{
    QTest::addColumn<StreamErrorCondition>("condition");
    QTest::addColumn<QString>("name");

    // RFC 6120 §4.9.3, written out independently of the implementation's table.
    using C = StreamErrorCondition;
    const std::pair<C, const char *> rows[] = {
        { C::BadFormat, "bad-format" },
        { C::BadNamespacePrefix, "bad-namespace-prefix" },
        { C::Conflict, "conflict" },
        { C::ConnectionTimeout, "connection-timeout" },
        { C::HostGone, "host-gone" },
        { C::HostUnknown, "host-unknown" },
        { C::ImproperAddressing, "improper-addressing" },
        { C::InternalServerError, "internal-server-error" },
        { C::InvalidFrom, "invalid-from" },
        { C::InvalidNamespace, "invalid-namespace" },
        { C::InvalidXml, "invalid-xml" },
        { C::NotAuthorized, "not-authorized" },
        { C::NotWellFormed, "not-well-formed" },
        { C::PolicyViolation, "policy-violation" },
        { C::RemoteConnectionFailed, "remote-connection-failed" },
        { C::Reset, "reset" },
        { C::ResourceConstraint, "resource-constraint" },
        { C::RestrictedXml, "restricted-xml" },
        { C::SeeOtherHost, "see-other-host" },
        { C::SystemShutdown, "system-shutdown" },
        { C::UndefinedCondition, "undefined-condition" },
        { C::UnsupportedEncoding, "unsupported-encoding" },
        { C::UnsupportedFeature, "unsupported-feature" },
        { C::UnsupportedStanzaType, "unsupported-stanza-type" },
        { C::UnsupportedVersion, "unsupported-version" },
    };
    static_assert(std::size(rows) == 25);
    for (const auto &[condition, name] : rows) {
        QTest::newRow(name) << condition << QString::fromLatin1(name);
    }
}

void TestStreamError::everyCondition()
{
    QFETCH(StreamErrorCondition, condition);
    QFETCH(QString, name);

    QCOMPARE(StreamError::conditionName(condition), name);
    QCOMPARE(StreamError::conditionFromName(name), condition);

    StreamError error;
    error.condition = condition;
    if (condition == StreamErrorCondition::SeeOtherHost) {
        error.seeOtherHost = u"other.example.net:5222"_s;
    }
    const Element element = error.toElement();
    QCOMPARE(element.name(), u"error"_s);
    QCOMPARE(element.ns(), u"http://etherx.jabber.org/streams"_s);
    QCOMPARE(element.firstChild().name(), name);
    QCOMPARE(element.firstChild().ns(), u"urn:ietf:params:xml:ns:xmpp-streams"_s);
    QCOMPARE(StreamError::fromElement(element), error);

    // Through the wire: serialize, parse back, compare.
    const auto xml = XmlWriter::serialize(element, u"jabber:client"_s);
    QVERIFY(xml);
    QVERIFY(xml->startsWith("<stream:error>"));
    const Element parsed = test::parseFragment(*xml);
    QVERIFY(!parsed.isNull());
    QCOMPARE(StreamError::fromElement(parsed), error);

    error.text = u"details & more"_s;
    QCOMPARE(
        StreamError::fromElement(test::parseFragment(*XmlWriter::serialize(error.toElement(), u"jabber:client"_s))),
        error);
}

void TestStreamError::unknownCondition()
{
    const Element element = test::parseFragment(
        "<stream:error><made-up-condition xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>");
    QVERIFY(!element.isNull());
    QCOMPARE(StreamError::fromElement(element).condition, StreamErrorCondition::UndefinedCondition);
    QCOMPARE(StreamError::conditionFromName(u"nope"), StreamErrorCondition::UndefinedCondition);
    QCOMPARE(StreamError::conditionFromName(u""), StreamErrorCondition::UndefinedCondition);
    // No condition element at all.
    QCOMPARE(StreamError::fromElement(test::parseFragment("<stream:error/>")).condition,
        StreamErrorCondition::UndefinedCondition);
    // A condition name in the wrong namespace is not a defined condition.
    QCOMPARE(StreamError::fromElement(test::parseFragment("<stream:error><conflict xmlns='urn:other'/></stream:error>"))
                 .condition,
        StreamErrorCondition::UndefinedCondition);
}

void TestStreamError::seeOtherHost_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("host");
    QTest::newRow("host") << QByteArray("<stream:error><see-other-host xmlns='urn:ietf:params:xml:ns:xmpp-streams'>"
                                        "other.example.net</see-other-host></stream:error>")
                          << u"other.example.net"_s;
    QTest::newRow("host:port") << QByteArray("<stream:error><see-other-host xmlns='urn:ietf:params:xml:ns:xmpp-"
                                             "streams'>other.example.net:5223</see-other-host></stream:error>")
                               << u"other.example.net:5223"_s;
    QTest::newRow("ipv6 with whitespace") << QByteArray("<stream:error><see-other-host xmlns='urn:ietf:params:xml:"
                                                        "ns:xmpp-streams'>\n  [2001:db8::1]:5222\n</see-other-host>"
                                                        "</stream:error>")
                                          << u"[2001:db8::1]:5222"_s;
}

void TestStreamError::seeOtherHost()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, host);
    const StreamError error = StreamError::fromElement(test::parseFragment(xml));
    QCOMPARE(error.condition, StreamErrorCondition::SeeOtherHost);
    QCOMPARE(error.seeOtherHost, host);
    QCOMPARE(error.toElement().firstChild().text(), host);
}

void TestStreamError::textAndAppSpecific()
{
    const Element element = test::parseFragment(
        "<stream:error><conflict xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
        "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams' xml:lang='en'>Replaced by new connection</text>"
        "<escape-your-data xmlns='application-ns'/></stream:error>");
    const StreamError error = StreamError::fromElement(element);
    QCOMPARE(error.condition, StreamErrorCondition::Conflict);
    QCOMPARE(error.text, u"Replaced by new connection"_s);
    QVERIFY(error.seeOtherHost.isEmpty());
}

void TestStreamError::wireFormat()
{
    StreamError error;
    error.condition = StreamErrorCondition::HostUnknown;
    error.text = u"no such host"_s;
    QCOMPARE(test::normalize(error.toElement()),
        test::normalize("<stream:error><host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/><text "
                        "xmlns='urn:ietf:params:xml:ns:xmpp-streams' xml:lang='en'>no such host</text>"
                        "</stream:error>"));
}

QTEST_GUILESS_MAIN(TestStreamError)
#include "tst_streamerror.moc"
