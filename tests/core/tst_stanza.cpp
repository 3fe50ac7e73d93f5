#include "XmlCompare.h"
#include "core/Stanza.h"
#include "core/StreamHeader.h"

#include <QTest>

using namespace balcony;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(balcony::Message::Type)
Q_DECLARE_METATYPE(balcony::Presence::Type)
Q_DECLARE_METATYPE(balcony::Presence::Show)
Q_DECLARE_METATYPE(balcony::Iq::Type)

namespace {

Element parse(const QByteArray &xml)
{
    return test::parseFragment(xml);
}

// Parses with the kind-specific type and serializes again.
Element reserialize(const Element &element)
{
    switch (*Stanza::kindOf(element)) {
    case Stanza::Kind::Message:
        return Message::fromElement(element)->toElement();
    case Stanza::Kind::Presence:
        return Presence::fromElement(element)->toElement();
    case Stanza::Kind::Iq:
        return Iq::fromElement(element)->toElement();
    }
    return Element();
}

Jid jid(const QString &text)
{
    return *Jid::parse(text);
}

} // namespace

class TestStanza : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void messageFields();
    void messageType_data();
    void messageType();
    void messageBuild();
    void presenceFields();
    void presenceType_data();
    void presenceType();
    void presencePriority_data();
    void presencePriority();
    void iqFields();
    void iqType_data();
    void iqType();
    void iqReplies();
    void errorStanza();
    void errorReply();
    void unknownChildrenKept();
    void invalidAddresses_data();
    void invalidAddresses();
    void wrongKind();
};

void TestStanza::roundTrip_data()
{
    QTest::addColumn<QByteArray>("xml");

    QTest::newRow("chat message") << QByteArray(
        "<message to='juliet@example.com/balcony' from='romeo@example.net/orchard' id='m1' type='chat' "
        "xml:lang='en'><body>Art thou not Romeo?</body><thread parent='p1'>t1</thread></message>");
    QTest::newRow("message all fields + extension")
        << QByteArray("<message to='juliet@example.com' type='groupchat'><subject>Topic</subject><body>Hi</body>"
                      "<thread>t2</thread><active xmlns='http://jabber.org/protocol/chatstates'/></message>");
    QTest::newRow("message escaped body")
        << QByteArray("<message type='chat'><body>a &amp; b &lt;c&gt; \"d\"\nline 2</body></message>");
    QTest::newRow("message second body with lang")
        << QByteArray("<message><body>Hello</body><body xml:lang='de'>Hallo</body></message>");
    QTest::newRow("message empty body") << QByteArray("<message><body/></message>");
    QTest::newRow("message unknown type") << QByteArray("<message type='bogus'><body>x</body></message>");
    QTest::newRow("message foreign attribute")
        << QByteArray("<message xmlns:foo='urn:foo' foo:bar='x' id='a'><body>x</body></message>");
    QTest::newRow("message xhtml-im") << QByteArray(
        "<message><body>Hi there!</body><html xmlns='http://jabber.org/protocol/xhtml-im'><body "
        "xmlns='http://www.w3.org/1999/xhtml'><p>Hi <em>there</em>!</p></body></html></message>");
    QTest::newRow("message error") << QByteArray(
        "<message from='example.com' to='romeo@example.net/orchard' id='m2' type='error'><body>lost</body>"
        "<error type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>");
    QTest::newRow("presence available") << QByteArray(
        "<presence from='romeo@example.net/orchard' xml:lang='en'><show>dnd</show><status>busy</status>"
        "<priority>5</priority><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://balcony' "
        "ver='abc='/></presence>");
    QTest::newRow("presence unavailable") << QByteArray("<presence type='unavailable'><status>bye</status></presence>");
    QTest::newRow("presence subscribe") << QByteArray("<presence to='juliet@example.com' type='subscribe' id='s1'/>");
    QTest::newRow("presence negative priority") << QByteArray("<presence><priority>-128</priority></presence>");
    QTest::newRow("presence unknown show") << QByteArray("<presence><show>sleeping</show></presence>");
    QTest::newRow("presence error") << QByteArray(
        "<presence type='error' from='juliet@example.com'><error type='modify'><jid-malformed "
        "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>");
    QTest::newRow("iq get") << QByteArray(
        "<iq from='juliet@example.com/balcony' id='r1' type='get'><query xmlns='jabber:iq:roster'/></iq>");
    QTest::newRow("iq set nested") << QByteArray(
        "<iq id='r2' type='set'><query xmlns='jabber:iq:roster' ver='v2'><item jid='nurse@example.com' "
        "name='Nurse'><group>Servants</group></item></query></iq>");
    QTest::newRow("iq empty result") << QByteArray("<iq to='juliet@example.com/balcony' id='r1' type='result'/>");
    QTest::newRow("iq error with payload") << QByteArray(
        "<iq id='r3' type='error'><query xmlns='jabber:iq:version'/><error type='cancel' by='example.com'>"
        "<feature-not-implemented xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><text "
        "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>nope</text></error></iq>");
    QTest::newRow("iq two children") << QByteArray(
        "<iq id='r4' type='set'><a xmlns='urn:a'/><b xmlns='urn:b'>text</b></iq>");
}

void TestStanza::roundTrip()
{
    QFETCH(QByteArray, xml);
    const Element element = parse(xml);
    QVERIFY(!element.isNull());
    QVERIFY(Stanza::kindOf(element).has_value());
    QCOMPARE(test::normalize(reserialize(element)), test::normalize(xml));
    // The generic parse keeps everything too.
    QCOMPARE(test::normalize(Stanza::fromElement(element)->toElement()), test::normalize(xml));
}

void TestStanza::messageFields()
{
    const auto m = Message::fromElement(
        parse("<message to='Juliet@Example.com/balcony' from='romeo@example.net/orchard' id='m1' type='chat' "
              "xml:lang='en'><subject>S</subject><body>Hello</body><thread parent='p'>t</thread>"
              "<body xml:lang='de'>Hallo</body></message>"));
    QVERIFY(m);
    QCOMPARE(m->kind(), Stanza::Kind::Message);
    QCOMPARE(m->to(), jid(u"juliet@example.com/balcony"_s));
    QCOMPARE(m->from(), jid(u"romeo@example.net/orchard"_s));
    QVERIFY(!m->hasInvalidAddress());
    QCOMPARE(m->id(), u"m1"_s);
    QCOMPARE(m->type(), Message::Type::Chat);
    QCOMPARE(m->lang(), u"en"_s);
    QCOMPARE(m->subject(), u"S"_s);
    QCOMPARE(m->body(), u"Hello"_s);
    QCOMPARE(m->thread(), u"t"_s);
    QCOMPARE(m->threadParent(), u"p"_s);
    QVERIFY(!m->error());
    QCOMPARE(m->extensions().size(), 1);
    QCOMPARE(m->extensions().first().lang(), u"de"_s);
    // The normalised address is what gets written.
    QCOMPARE(m->toElement().attribute(u"to"), u"juliet@example.com/balcony"_s);
}

void TestStanza::messageType_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<Message::Type>("type");
    QTest::newRow("chat") << u"chat"_s << Message::Type::Chat;
    QTest::newRow("error") << u"error"_s << Message::Type::Error;
    QTest::newRow("groupchat") << u"groupchat"_s << Message::Type::GroupChat;
    QTest::newRow("headline") << u"headline"_s << Message::Type::Headline;
    QTest::newRow("normal") << u"normal"_s << Message::Type::Normal;
    QTest::newRow("absent") << QString() << Message::Type::Normal;
    QTest::newRow("unknown") << u"shout"_s << Message::Type::Normal;
    QTest::newRow("case matters") << u"Chat"_s << Message::Type::Normal;
}

void TestStanza::messageType()
{
    QFETCH(QString, attribute);
    QFETCH(Message::Type, type);
    Element e(u"message"_s, u"jabber:client"_s);
    if (!attribute.isNull()) {
        e.setAttribute(u"type"_s, attribute);
    }
    const auto m = Message::fromElement(e);
    QVERIFY(m);
    QCOMPARE(m->type(), type);
    QCOMPARE(m->typeString(), attribute.isNull() ? QString() : attribute);
    if (attribute == Message::typeName(type)) {
        Message built;
        built.setType(type);
        QCOMPARE(built.toElement().attribute(u"type"), attribute);
    }
}

void TestStanza::messageBuild()
{
    Message m;
    QCOMPARE(m.type(), Message::Type::Normal);
    m.setTo(jid(u"juliet@example.com"_s));
    m.setId(u"x1"_s);
    m.setType(Message::Type::Chat);
    m.setBody(u"Wherefore <art> thou & why"_s);
    m.setThread(u"th"_s);
    m.setThreadParent(u"pa"_s);
    Element receipt(u"request"_s, u"urn:xmpp:receipts"_s);
    m.addExtension(receipt);
    QCOMPARE(test::normalize(m.toElement()),
        test::normalize("<message to='juliet@example.com' id='x1' type='chat'><body>Wherefore &lt;art&gt; "
                        "thou &amp; why</body><thread parent='pa'>th</thread><request "
                        "xmlns='urn:xmpp:receipts'/></message>"));
    QCOMPARE(Message::fromElement(m.toElement()), m);
}

void TestStanza::presenceFields()
{
    const auto p = Presence::fromElement(
        parse("<presence from='romeo@example.net/orchard'><show>xa</show><status>gone fishing</status>"
              "<priority> 7 </priority><x xmlns='vcard-temp:x:update'><photo/></x></presence>"));
    QVERIFY(p);
    QCOMPARE(p->kind(), Stanza::Kind::Presence);
    QCOMPARE(p->type(), Presence::Type::Available);
    QCOMPARE(p->show(), Presence::Show::Xa);
    QCOMPARE(p->status(), u"gone fishing"_s);
    QCOMPARE(p->priority(), 7);
    QVERIFY(p->hasPriority());
    QVERIFY(!p->extension(u"x", u"vcard-temp:x:update").isNull());

    Presence built;
    built.setShow(Presence::Show::Chat);
    built.setPriority(-1);
    built.setStatus(u"free"_s);
    QCOMPARE(test::normalize(built.toElement()),
        test::normalize("<presence><show>chat</show><status>free</status><priority>-1</priority></presence>"));
    Presence plain;
    QCOMPARE(test::normalize(plain.toElement()), test::normalize("<presence/>"));
    QCOMPARE(plain.priority(), 0);
    QVERIFY(!plain.hasPriority());
}

void TestStanza::presenceType_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<Presence::Type>("type");
    QTest::newRow("available") << QString() << Presence::Type::Available;
    QTest::newRow("unavailable") << u"unavailable"_s << Presence::Type::Unavailable;
    QTest::newRow("subscribe") << u"subscribe"_s << Presence::Type::Subscribe;
    QTest::newRow("subscribed") << u"subscribed"_s << Presence::Type::Subscribed;
    QTest::newRow("unsubscribe") << u"unsubscribe"_s << Presence::Type::Unsubscribe;
    QTest::newRow("unsubscribed") << u"unsubscribed"_s << Presence::Type::Unsubscribed;
    QTest::newRow("probe") << u"probe"_s << Presence::Type::Probe;
    QTest::newRow("error") << u"error"_s << Presence::Type::Error;
    QTest::newRow("'available' is not a value") << u"available"_s << Presence::Type::Invalid;
    QTest::newRow("unknown") << u"invisible"_s << Presence::Type::Invalid;
}

void TestStanza::presenceType()
{
    QFETCH(QString, attribute);
    QFETCH(Presence::Type, type);
    Element e(u"presence"_s, u"jabber:client"_s);
    if (!attribute.isNull()) {
        e.setAttribute(u"type"_s, attribute);
    }
    QCOMPARE(Presence::fromElement(e)->type(), type);
    if (type != Presence::Type::Invalid) {
        Presence built;
        built.setType(type);
        QCOMPARE(built.toElement().attribute(u"type"), attribute.isNull() ? QString() : attribute);
        QCOMPARE(built.toElement().hasAttribute(u"type"), !attribute.isNull());
        QCOMPARE(Presence::fromElement(built.toElement())->type(), type);
    }
}

void TestStanza::presencePriority_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("priority");
    QTest::newRow("zero") << u"0"_s << 0;
    QTest::newRow("max") << u"127"_s << 127;
    QTest::newRow("min") << u"-128"_s << -128;
    QTest::newRow("too high") << u"128"_s << 0;
    QTest::newRow("too low") << u"-129"_s << 0;
    QTest::newRow("not a number") << u"high"_s << 0;
    QTest::newRow("fraction") << u"1.5"_s << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestStanza::presencePriority()
{
    QFETCH(QString, text);
    QFETCH(int, priority);
    Element e(u"presence"_s, u"jabber:client"_s);
    e.appendTextChild(u"priority"_s, u"jabber:client"_s, text);
    const auto p = Presence::fromElement(e);
    QCOMPARE(p->priority(), priority);
    QVERIFY(p->extensions().isEmpty());

    Presence built;
    built.setPriority(text.toInt());
    QCOMPARE(built.priority(), priority);
}

void TestStanza::iqFields()
{
    const auto iq
        = Iq::fromElement(parse("<iq from='juliet@example.com/balcony' to='example.com' id='b1' type='set'><bind "
                                "xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>balcony</resource></bind></iq>"));
    QVERIFY(iq);
    QCOMPARE(iq->kind(), Stanza::Kind::Iq);
    QCOMPARE(iq->type(), Iq::Type::Set);
    QCOMPARE(iq->payload().name(), u"bind"_s);
    QCOMPARE(iq->payload().ns(), QString::fromUtf16(ns::bind));
    QCOMPARE(iq->payload().childText(u"resource"), u"balcony"_s);
    QVERIFY(iq->extensions().isEmpty());

    Iq ping(Iq::Type::Get, Element(u"ping"_s, u"urn:xmpp:ping"_s));
    ping.setId(u"p1"_s);
    ping.setTo(jid(u"example.com"_s));
    QCOMPARE(test::normalize(ping.toElement()),
        test::normalize("<iq to='example.com' id='p1' type='get'><ping xmlns='urn:xmpp:ping'/></iq>"));
}

void TestStanza::iqType_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<Iq::Type>("type");
    QTest::newRow("get") << u"get"_s << Iq::Type::Get;
    QTest::newRow("set") << u"set"_s << Iq::Type::Set;
    QTest::newRow("result") << u"result"_s << Iq::Type::Result;
    QTest::newRow("error") << u"error"_s << Iq::Type::Error;
    QTest::newRow("absent") << QString() << Iq::Type::Invalid;
    QTest::newRow("unknown") << u"put"_s << Iq::Type::Invalid;
}

void TestStanza::iqType()
{
    QFETCH(QString, attribute);
    QFETCH(Iq::Type, type);
    Element e(u"iq"_s, u"jabber:client"_s);
    if (!attribute.isNull()) {
        e.setAttribute(u"type"_s, attribute);
    }
    QCOMPARE(Iq::fromElement(e)->type(), type);
    if (type != Iq::Type::Invalid) {
        QCOMPARE(Iq::typeName(type), attribute);
    }
}

void TestStanza::iqReplies()
{
    const auto request = Iq::fromElement(parse("<iq from='juliet@example.com/balcony' to='romeo@example.net/orchard' "
                                               "id='v1' type='get'><query xmlns='jabber:iq:version'/></iq>"));
    QVERIFY(request);

    Element answer(u"query"_s, u"jabber:iq:version"_s);
    answer.appendTextChild(u"name"_s, u"jabber:iq:version"_s, u"Balcony"_s);
    const Iq result = request->makeResult(answer);
    QCOMPARE(result.type(), Iq::Type::Result);
    QCOMPARE(result.id(), u"v1"_s);
    QCOMPARE(result.to(), request->from());
    QCOMPARE(result.from(), request->to());
    QCOMPARE(test::normalize(result.toElement()),
        test::normalize("<iq to='juliet@example.com/balcony' from='romeo@example.net/orchard' id='v1' "
                        "type='result'><query xmlns='jabber:iq:version'><name>Balcony</name></query></iq>"));
    QVERIFY(request->makeResult().payload().isNull());

    StanzaError error;
    error.condition = StanzaError::Condition::ServiceUnavailable;
    error.type = StanzaError::defaultType(error.condition);
    const Iq failure = request->makeError(error);
    QCOMPARE(failure.type(), Iq::Type::Error);
    QCOMPARE(failure.id(), u"v1"_s);
    QCOMPARE(failure.to(), request->from());
    QVERIFY(failure.payload().isNull());
    QCOMPARE(test::normalize(failure.toElement()),
        test::normalize("<iq to='juliet@example.com/balcony' from='romeo@example.net/orchard' id='v1' "
                        "type='error'><error type='cancel'><service-unavailable "
                        "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
    QCOMPARE(Iq::fromElement(failure.toElement())->error(), error);
}

void TestStanza::errorStanza()
{
    const auto m
        = Message::fromElement(parse("<message type='error' id='e1'><error type='wait'><resource-constraint "
                                     "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><text "
                                     "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>slow down</text></error></message>"));
    QVERIFY(m);
    QCOMPARE(m->type(), Message::Type::Error);
    QVERIFY(m->error());
    QCOMPARE(m->error()->condition, StanzaError::Condition::ResourceConstraint);
    QCOMPARE(m->error()->type, StanzaError::Type::Wait);
    QCOMPARE(m->error()->text, u"slow down"_s);
    QVERIFY(m->extensions().isEmpty());

    // An <error/> child in a non-error stanza is not a stanza error; it is kept as an unknown child.
    const auto odd = Message::fromElement(parse(
        "<message type='chat'><error type='cancel'><conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
        "</message>"));
    QVERIFY(!odd->error());
    QCOMPARE(odd->extensions().size(), 1);
}

void TestStanza::errorReply()
{
    const auto original = Stanza::fromElement(parse("<message from='romeo@example.net/orchard' to='nobody@example.com' "
                                                    "id='m9' type='chat' xml:lang='en'><body>hello</body></message>"));
    QVERIFY(original);
    StanzaError error;
    error.condition = StanzaError::Condition::ItemNotFound;
    const Stanza reply = original->errorReply(error);
    QCOMPARE(reply.kind(), Stanza::Kind::Message);
    QCOMPARE(test::normalize(reply.toElement()),
        test::normalize("<message from='nobody@example.com' to='romeo@example.net/orchard' id='m9' "
                        "type='error'><error type='cancel'><item-not-found "
                        "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>"));
}

void TestStanza::unknownChildrenKept()
{
    const QByteArray xml = "<message id='u1'><body>hi</body><x xmlns='jabber:x:oob'><url>http://a/b</url></x>"
                           "<markable xmlns='urn:xmpp:chat-markers:0'/><origin-id xmlns='urn:xmpp:sid:0' id='o1'/>"
                           "</message>";
    const auto m = Message::fromElement(parse(xml));
    QVERIFY(m);
    QCOMPARE(m->extensions().size(), 3);
    QCOMPARE(m->extensions().at(0).name(), u"x"_s);
    QCOMPARE(m->extensions().at(1).name(), u"markable"_s);
    QCOMPARE(m->extensions().at(2).attribute(u"id"), u"o1"_s);
    QCOMPARE(m->extension(u"x", u"jabber:x:oob").childText(u"url"), u"http://a/b"_s);
    QVERIFY(m->extension(u"x", u"urn:other").isNull());
    QCOMPARE(test::normalize(m->toElement()), test::normalize(xml));
}

void TestStanza::invalidAddresses_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("toInvalid");
    QTest::addColumn<bool>("fromInvalid");

    QTest::newRow("valid") << QByteArray("<message to='a@example.com' from='b@example.com/r'/>") << false << false;
    QTest::newRow("no addresses") << QByteArray("<presence/>") << false << false;
    QTest::newRow("empty local to") << QByteArray("<message to='@example.com'/>") << true << false;
    QTest::newRow("empty to") << QByteArray("<iq to='' type='get' id='1'/>") << true << false;
    QTest::newRow("space in from") << QByteArray("<presence from='bad user@example.com'/>") << false << true;
    QTest::newRow("both bad") << QByteArray("<iq to='a@b@c' from='x@example.com/' type='get' id='2'/>") << true << true;
}

void TestStanza::invalidAddresses()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, toInvalid);
    QFETCH(bool, fromInvalid);

    const Element element = parse(xml);
    QVERIFY(!element.isNull());
    const auto stanza = Stanza::fromElement(element);
    QVERIFY(stanza);
    QCOMPARE(stanza->hasInvalidTo(), toInvalid);
    QCOMPARE(stanza->hasInvalidFrom(), fromInvalid);
    QCOMPARE(stanza->hasInvalidAddress(), toInvalid || fromInvalid);
    if (toInvalid) {
        QVERIFY(stanza->to().isNull());
        QCOMPARE(stanza->invalidTo(), element.attribute(u"to"));
    }
    if (fromInvalid) {
        QVERIFY(stanza->from().isNull());
        QCOMPARE(stanza->invalidFrom(), element.attribute(u"from"));
    }
    // The bad attribute is written back as received rather than dropped.
    QCOMPARE(test::normalize(stanza->toElement()), test::normalize(xml));

    // Setting a valid address clears the flag.
    Stanza copy = *stanza;
    copy.setTo(jid(u"ok@example.com"_s));
    copy.setFrom(jid(u"ok@example.com/r"_s));
    QVERIFY(!copy.hasInvalidAddress());
    QCOMPARE(copy.toElement().attribute(u"to"), u"ok@example.com"_s);
}

void TestStanza::wrongKind()
{
    QVERIFY(!Message::fromElement(parse("<presence/>")));
    QVERIFY(!Presence::fromElement(parse("<iq type='get' id='1'/>")));
    QVERIFY(!Iq::fromElement(parse("<message/>")));
    QVERIFY(!Stanza::fromElement(parse("<message xmlns='urn:not-a-stanza'/>")));
    QVERIFY(!Stanza::kindOf(parse("<features xmlns='http://etherx.jabber.org/streams'/>")));
    // Server-to-server namespace is a stanza too, and keeps its namespace.
    const auto s2s = Message::fromElement(parse("<message xmlns='jabber:server'><body>x</body></message>"));
    QVERIFY(s2s);
    QCOMPARE(s2s->body(), u"x"_s);
    QCOMPARE(s2s->toElement().ns(), u"jabber:server"_s);
    QCOMPARE(s2s->toElement().firstChild(u"body").ns(), u"jabber:server"_s);
}

QTEST_GUILESS_MAIN(TestStanza)
#include "tst_stanza.moc"
