#include "XmlCompare.h"
#include "core/XmlWriter.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace balcony;
using namespace Qt::StringLiterals;

namespace {

const QString client = u"jabber:client"_s;

QByteArray write(const Element &e, const QString &contextNs = client)
{
    QString error;
    const auto out = XmlWriter::serialize(e, contextNs, &error);
    if (!out) {
        qWarning("serialize failed: %s", qPrintable(error));
        return QByteArray();
    }
    return *out;
}

Element textElement(const QString &text)
{
    Element e(u"body"_s, client);
    e.appendText(text);
    return e;
}

Element attributeElement(const QString &value)
{
    Element e(u"item"_s, client);
    e.setAttribute(u"name"_s, value);
    return e;
}

} // namespace

class TestXmlWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapeText();
    void escapeAttribute();
    void whitespaceInAttributes();
    void roundTripThroughParser_data();
    void roundTripThroughParser();
    void namespaceDeclarations();
    void namespacedAttributes();
    void streamPrefix();
    void forbiddenCharacters_data();
    void forbiddenCharacters();
    void allowedCharacters_data();
    void allowedCharacters();
    void names_data();
    void names();
    void reservedAttributeName();
    void lossy();
    void streamOpening();
    void streamOpeningOmitsEmpty();
};

void TestXmlWriter::escapeText()
{
    QCOMPARE(
        write(textElement(u"a & b < c > d \"e\" 'f'"_s)), QByteArray("<body>a &amp; b &lt; c &gt; d \"e\" 'f'</body>"));
    // "]]>" must not appear literally in character data (XML 1.0 §2.4).
    QVERIFY(!write(textElement(u"x]]>y"_s)).contains("]]>"));
    // Newlines and tabs are fine as they are in text; CR is escaped so a reader does not normalise it away.
    QCOMPARE(write(textElement(u"l1\nl2\tt\r"_s)), QByteArray("<body>l1\nl2\tt&#13;</body>"));
}

void TestXmlWriter::escapeAttribute()
{
    QCOMPARE(write(attributeElement(u"a & b < c > d \"e\" 'f'"_s)),
        QByteArray("<item name=\"a &amp; b &lt; c &gt; d &quot;e&quot; 'f'\"/>"));
}

void TestXmlWriter::whitespaceInAttributes()
{
    // Attribute-value normalisation (XML 1.0 §3.3.3) would turn literal CR/LF/TAB into spaces.
    QCOMPARE(write(attributeElement(u"a\rb\nc\td"_s)), QByteArray("<item name=\"a&#13;b&#10;c&#9;d\"/>"));
}

void TestXmlWriter::roundTripThroughParser_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("markup characters") << u"<a href=\"x\">&amp;</a>"_s;
    QTest::newRow("whitespace") << u" lead\r\n\ttrail \r"_s;
    QTest::newRow("astral") << u"smile \U0001F600 and \U00010348"_s;
    QTest::newRow("non-latin") << u"Ромео и Джульетта — 羅密歐"_s;
    QTest::newRow("U+FFFD") << u"\ufffd"_s;
}

void TestXmlWriter::roundTripThroughParser()
{
    QFETCH(QString, text);
    Element e(u"message"_s, client);
    e.setAttribute(u"id"_s, text);
    e.appendTextChild(u"body"_s, client, text);
    const QByteArray xml = write(e);
    QVERIFY(!xml.isEmpty());
    const Element parsed = test::parseFragment(xml);
    QVERIFY(!parsed.isNull());
    QCOMPARE(parsed.attribute(u"id"), text);
    QCOMPARE(parsed.childText(u"body"), text);
    QCOMPARE(parsed, e);
}

void TestXmlWriter::namespaceDeclarations()
{
    Element iq(u"iq"_s, client);
    Element query(u"query"_s, u"jabber:iq:roster"_s);
    Element item(u"item"_s, u"jabber:iq:roster"_s);
    item.appendTextChild(u"group"_s, u"jabber:iq:roster"_s, u"G"_s);
    query.appendChild(item);
    iq.appendChild(query);
    iq.appendChild(Element(u"other"_s, client));

    QCOMPARE(write(iq),
        QByteArray("<iq><query xmlns=\"jabber:iq:roster\"><item><group>G</group></item></query>"
                   "<other/></iq>"));
    // Another context namespace makes the top element declare its own.
    QCOMPARE(write(Element(u"iq"_s, client), u"jabber:server"_s), QByteArray("<iq xmlns=\"jabber:client\"/>"));
    // An element in no namespace inside a namespaced one undeclares the default.
    Element outer(u"x"_s, u"urn:x"_s);
    outer.appendChild(Element(u"plain"_s));
    QCOMPARE(write(outer), QByteArray("<x xmlns=\"urn:x\"><plain xmlns=\"\"/></x>"));
    const Element back = test::parseFragment(write(outer));
    QCOMPARE(back, outer);
}

void TestXmlWriter::namespacedAttributes()
{
    Element e(u"x"_s, u"urn:x"_s);
    e.setLang(u"en"_s);
    e.setAttributeNS(u"urn:attr"_s, u"a"_s, u"1"_s);
    e.setAttributeNS(u"urn:attr2"_s, u"a"_s, u"2"_s);
    Element child(u"y"_s, u"urn:x"_s);
    child.setAttributeNS(u"urn:attr"_s, u"b"_s, u"3"_s);
    e.appendChild(child);
    const QByteArray xml = write(e);
    QVERIFY(xml.contains("xml:lang=\"en\""));
    QVERIFY(!xml.contains("xmlns:xml")); // the xml prefix is bound by definition
    const Element parsed = test::parseFragment(xml);
    QVERIFY2(!parsed.isNull(), xml.constData());
    QCOMPARE(parsed, e);
    QCOMPARE(parsed.attributeNS(u"urn:attr2", u"a"), u"2"_s);
    QCOMPARE(parsed.firstChild().attributeNS(u"urn:attr", u"b"), u"3"_s);
}

void TestXmlWriter::streamPrefix()
{
    Element features(u"features"_s, u"http://etherx.jabber.org/streams"_s);
    features.appendChild(Element(u"starttls"_s, u"urn:ietf:params:xml:ns:xmpp-tls"_s));
    features.appendChild(Element(u"ver"_s, u"urn:xmpp:features:rosterver"_s));
    QCOMPARE(write(features),
        QByteArray("<stream:features><starttls xmlns=\"urn:ietf:params:xml:ns:xmpp-tls\"/>"
                   "<ver xmlns=\"urn:xmpp:features:rosterver\"/></stream:features>"));

    Element error(u"error"_s, u"http://etherx.jabber.org/streams"_s);
    error.appendChild(Element(u"conflict"_s, u"urn:ietf:params:xml:ns:xmpp-streams"_s));
    const QByteArray xml = write(error);
    QCOMPARE(xml, QByteArray("<stream:error><conflict xmlns=\"urn:ietf:params:xml:ns:xmpp-streams\"/></stream:error>"));
    // parseFragment binds the stream prefix like the stream header does.
    QCOMPARE(test::parseFragment(xml), error);

    // A child in the context namespace inside a stream: element needs no declaration.
    Element wrapper(u"features"_s, u"http://etherx.jabber.org/streams"_s);
    wrapper.appendChild(Element(u"message"_s, client));
    QCOMPARE(write(wrapper), QByteArray("<stream:features><message/></stream:features>"));
}

void TestXmlWriter::forbiddenCharacters_data()
{
    QTest::addColumn<QString>("text");
    for (char16_t c = 0; c <= 8; ++c) {
        QTest::addRow("U+%04X", unsigned(c)) << (u"a"_s + QChar(c) + u"b"_s);
    }
    QTest::newRow("U+000B") << u"a\u000bb"_s;
    QTest::newRow("U+000C") << u"a\u000cb"_s;
    QTest::newRow("U+001F") << u"a\u001fb"_s;
    QTest::newRow("U+FFFE") << (u"a"_s + QChar(0xFFFE));
    QTest::newRow("U+FFFF") << (u"a"_s + QChar(0xFFFF));
    QTest::newRow("lone high surrogate") << (u"a"_s + QChar(0xD800) + u"b"_s);
    QTest::newRow("lone high surrogate at end") << (u"a"_s + QChar(0xDBFF));
    QTest::newRow("lone low surrogate") << (u"a"_s + QChar(0xDC00) + u"b"_s);
    QTest::newRow("reversed pair") << (u"a"_s + QChar(0xDE00) + QChar(0xD83D));
}

void TestXmlWriter::forbiddenCharacters()
{
    QFETCH(QString, text);
    QVERIFY(!XmlWriter::isValidText(text));

    QString error;
    QVERIFY(!XmlWriter::serialize(textElement(text), client, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!XmlWriter::serialize(attributeElement(text), client, &error));
    QVERIFY(!error.isEmpty());
    // Also deep inside a tree.
    Element outer(u"message"_s, client);
    outer.appendChild(textElement(text));
    QVERIFY(!XmlWriter::serialize(outer, client));
}

void TestXmlWriter::allowedCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("tab/lf/cr") << u"\t\n\r"_s;
    QTest::newRow("U+0020") << u" "_s;
    QTest::newRow("U+D7FF") << u"\ud7ff"_s;
    QTest::newRow("U+E000") << u"\ue000"_s;
    QTest::newRow("U+FFFD") << u"\ufffd"_s;
    QTest::newRow("U+10000") << u"\U00010000"_s;
    QTest::newRow("emoji") << u"\U0001F600"_s;
    QTest::newRow("U+10FFFF") << u"\U0010FFFF"_s;
}

void TestXmlWriter::allowedCharacters()
{
    QFETCH(QString, text);
    QVERIFY(XmlWriter::isValidText(text));
    const auto out = XmlWriter::serialize(textElement(text), client);
    QVERIFY(out);
    QCOMPARE(test::parseFragment(*out).text(), text);
    QVERIFY(XmlWriter::serialize(attributeElement(text), client));
}

void TestXmlWriter::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"body"_s << true;
    QTest::newRow("punctuation inside") << u"x-1.y_z"_s << true;
    QTest::newRow("leading underscore") << u"_x"_s << true;
    QTest::newRow("non-ascii") << u"\u00e9l\u00e9ment"_s << true;
    QTest::newRow("middle dot inside") << u"a\u00b7b"_s << true;
    QTest::newRow("astral") << u"x\U00010000"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading digit") << u"1abc"_s << false;
    QTest::newRow("leading hyphen") << u"-x"_s << false;
    QTest::newRow("leading dot") << u".x"_s << false;
    QTest::newRow("colon") << u"a:b"_s << false;
    QTest::newRow("space") << u"a b"_s << false;
    QTest::newRow("markup") << u"a>"_s << false;
    QTest::newRow("quote") << u"a\""_s << false;
    QTest::newRow("control") << u"a\u0001"_s << false;
    QTest::newRow("lone surrogate") << (u"a"_s + QChar(0xD800)) << false;
}

void TestXmlWriter::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(XmlWriter::isValidName(name), valid);

    QString error;
    const Element asElement(name, client);
    QCOMPARE(XmlWriter::serialize(asElement, client, &error).has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);

    Element withAttribute(u"x"_s, client);
    withAttribute.setAttribute(name, u"v"_s);
    const auto out = XmlWriter::serialize(withAttribute, client);
    QCOMPARE(out.has_value(), valid);
    if (valid) {
        QCOMPARE(test::parseFragment(*out).attribute(name), u"v"_s);
    }
}

void TestXmlWriter::reservedAttributeName()
{
    // A plain attribute named xmlns would be a second, conflicting namespace declaration.
    Element e(u"x"_s, u"urn:x"_s);
    e.setAttribute(u"xmlns"_s, u"urn:evil"_s);
    QVERIFY(!XmlWriter::serialize(e, client));
    Element inContext(u"x"_s, client);
    inContext.setAttribute(u"xmlns"_s, u"urn:evil"_s);
    QVERIFY(!XmlWriter::serialize(inContext, client));
}

void TestXmlWriter::lossy()
{
    Element e(u"body"_s, client);
    e.setAttribute(u"a"_s, u"x\u0000y"_s);
    e.appendText(u"p"_s + QChar(0xD800) + u"q"_s);
    QCOMPARE(XmlWriter::serializeLossy(e, client), QByteArray("<body a=\"x\xef\xbf\xbdy\">p\xef\xbf\xbdq</body>"));
}

void TestXmlWriter::streamOpening()
{
    StreamHeader header;
    header.to = u"example.com"_s;
    header.from = u"juliet@example.com"_s;
    header.version = u"1.0"_s;
    header.lang = u"en"_s;
    const QByteArray opening = XmlWriter::streamOpening(header);
    QVERIFY(opening.startsWith("<?xml version='1.0'?>"));

    QXmlStreamReader reader(opening + XmlWriter::streamClosing());
    bool sawStream = false;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            QCOMPARE(reader.name(), u"stream");
            QCOMPARE(reader.namespaceUri(), u"http://etherx.jabber.org/streams");
            QCOMPARE(reader.prefix(), u"stream");
            const QXmlStreamAttributes attrs = reader.attributes();
            QCOMPARE(attrs.value(u"to"_s), u"example.com");
            QCOMPARE(attrs.value(u"from"_s), u"juliet@example.com");
            QCOMPARE(attrs.value(u"version"_s), u"1.0");
            QCOMPARE(attrs.value(u"http://www.w3.org/XML/1998/namespace"_s, u"lang"_s), u"en");
            bool defaultNs = false;
            for (const auto &decl : reader.namespaceDeclarations()) {
                if (decl.prefix().isEmpty()) {
                    QCOMPARE(decl.namespaceUri(), u"jabber:client");
                    defaultNs = true;
                }
            }
            QVERIFY(defaultNs);
            sawStream = true;
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(sawStream);
}

void TestXmlWriter::streamOpeningOmitsEmpty()
{
    StreamHeader header;
    header.to = u"a&b.example"_s; // escaped, not written raw
    const QByteArray opening = XmlWriter::streamOpening(header);
    QVERIFY(!opening.contains(" from="));
    QVERIFY(!opening.contains(" id="));
    QVERIFY(!opening.contains(" version=\""));
    QVERIFY(opening.contains("to=\"a&amp;b.example\""));
    QXmlStreamReader reader(opening + XmlWriter::streamClosing());
    while (!reader.atEnd()) {
        reader.readNext();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
}

QTEST_GUILESS_MAIN(TestXmlWriter)
#include "tst_xmlwriter.moc"
