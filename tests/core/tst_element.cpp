#include "XmlCompare.h"
#include "core/Element.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace balcony;
using namespace Qt::StringLiterals;

class TestElement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nullElement();
    void nameAndNamespace();
    void attributes();
    void namespacedAttributes();
    void lang();
    void childLookup();
    void removeChildren();
    void textMerge();
    void mixedContent();
    void setTextAndClear();
    void equality_data();
    void equality();
    void implicitSharing();
    void toStringSerializes();
    void setAttributesMatchesOneByOne();
    void equalityWithManyAttributes();
};

void TestElement::nullElement()
{
    const Element e;
    QVERIFY(e.isNull());
    QVERIFY(e.name().isEmpty());
    QVERIFY(e.attributes().isEmpty());
    QVERIFY(e.nodes().isEmpty());
    QVERIFY(e.firstChild().isNull());
    QVERIFY(e.text().isEmpty());
    QVERIFY(!e.hasAttribute(u"x"));
    QCOMPARE(e, Element());
    QVERIFY(e != Element(u"a"_s));

    // Writing to a null element makes it a real one.
    Element w;
    w.setAttribute(u"k"_s, u"v"_s);
    QVERIFY(!w.isNull());
    QCOMPARE(w.attribute(u"k"), u"v"_s);
}

void TestElement::nameAndNamespace()
{
    Element e(u"query"_s, u"jabber:iq:roster"_s);
    QVERIFY(!e.isNull());
    QCOMPARE(e.name(), u"query"_s);
    QCOMPARE(e.ns(), u"jabber:iq:roster"_s);
    e.setName(u"item"_s);
    e.setNs(u"urn:x"_s);
    QCOMPARE(e.name(), u"item"_s);
    QCOMPARE(e.ns(), u"urn:x"_s);
}

void TestElement::attributes()
{
    Element e(u"item"_s);
    QVERIFY(!e.hasAttribute(u"jid"));
    QVERIFY(e.attribute(u"jid").isNull());
    e.setAttribute(u"jid"_s, u"a@example.com"_s);
    e.setAttribute(u"name"_s, u"A"_s);
    QVERIFY(e.hasAttribute(u"jid"));
    QCOMPARE(e.attribute(u"jid"), u"a@example.com"_s);
    QCOMPARE(e.attributes().size(), 2);

    // Setting again replaces in place, no duplicate.
    e.setAttribute(u"jid"_s, u"b@example.com"_s);
    QCOMPARE(e.attributes().size(), 2);
    QCOMPARE(e.attribute(u"jid"), u"b@example.com"_s);
    QCOMPARE(e.attributes().first().name, u"jid"_s);

    // An empty value is still present.
    e.setAttribute(u"empty"_s, QString());
    QVERIFY(e.hasAttribute(u"empty"));

    e.removeAttribute(u"jid");
    QVERIFY(!e.hasAttribute(u"jid"));
    QCOMPARE(e.attributes().size(), 2);
    e.removeAttribute(u"missing");
    QCOMPARE(e.attributes().size(), 2);
}

void TestElement::namespacedAttributes()
{
    Element e(u"x"_s, u"urn:x"_s);
    e.setAttribute(u"id"_s, u"plain"_s);
    e.setAttributeNS(u"urn:other"_s, u"id"_s, u"namespaced"_s);
    QCOMPARE(e.attributes().size(), 2);
    QCOMPARE(e.attribute(u"id"), u"plain"_s);
    QCOMPARE(e.attributeNS(u"urn:other", u"id"), u"namespaced"_s);
    QVERIFY(e.attributeNS(u"urn:third", u"id").isNull());

    // hasAttribute() is about the plain attribute only.
    e.removeAttribute(u"id");
    QVERIFY(!e.hasAttribute(u"id"));
    QCOMPARE(e.attributeNS(u"urn:other", u"id"), u"namespaced"_s);
    e.removeAttribute(u"id", u"urn:other");
    QVERIFY(e.attributes().isEmpty());
}

void TestElement::lang()
{
    Element e(u"body"_s);
    QVERIFY(e.lang().isEmpty());
    e.setLang(u"de"_s);
    QCOMPARE(e.lang(), u"de"_s);
    QCOMPARE(e.attributeNS(Element::xmlNamespace(), u"lang"), u"de"_s);
    QVERIFY(!e.hasAttribute(u"lang")); // not a plain attribute
    e.setLang(QString());
    QVERIFY(e.attributes().isEmpty());

    const Element parsed = test::parseFragment("<body xml:lang='fr'>Salut</body>");
    QCOMPARE(parsed.lang(), u"fr"_s);
}

void TestElement::childLookup()
{
    const Element e = test::parseFragment("<iq type='result'><query xmlns='jabber:iq:roster'>"
                                          "<item jid='a@example.com'><group>G1</group><group>G2</group></item>"
                                          "<item jid='b@example.com'/></query>"
                                          "<query xmlns='jabber:iq:version'><name>X</name></query></iq>");
    QVERIFY(!e.isNull());
    QCOMPARE(e.childElements().size(), 2);
    QCOMPARE(e.firstChild().ns(), u"jabber:iq:roster"_s);
    QCOMPARE(e.firstChild(u"query", u"jabber:iq:version").childText(u"name"), u"X"_s);
    QCOMPARE(e.firstChild({}, u"jabber:iq:version").name(), u"query"_s);
    QCOMPARE(e.children(u"query").size(), 2);
    QCOMPARE(e.children(u"query", u"jabber:iq:roster").size(), 1);
    QVERIFY(e.hasChild(u"query", u"jabber:iq:version"));
    QVERIFY(!e.hasChild(u"query", u"urn:nothing"));
    QVERIFY(!e.hasChild(u"item")); // not a direct child
    QVERIFY(e.firstChild(u"nothing").isNull());
    QVERIFY(e.childText(u"nothing").isEmpty());

    const Element query = e.firstChild(u"query");
    const QList<Element> items = query.children(u"item");
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).attribute(u"jid"), u"b@example.com"_s);
    QCOMPARE(items.at(0).children(u"group").size(), 2);
    QCOMPARE(items.at(0).children(u"group").at(1).text(), u"G2"_s);
    // Children inherit the default namespace.
    QCOMPARE(items.at(0).ns(), u"jabber:iq:roster"_s);
}

void TestElement::removeChildren()
{
    Element e(u"x"_s, u"urn:x"_s);
    e.appendChild(Element(u"a"_s, u"urn:x"_s));
    e.appendText(u"t"_s);
    e.appendChild(Element(u"b"_s, u"urn:x"_s));
    e.appendChild(Element(u"a"_s, u"urn:y"_s));
    QCOMPARE(e.removeChildren(u"a", u"urn:x"), 1);
    QCOMPARE(e.childElements().size(), 2);
    QCOMPARE(e.removeChildren(u"a"), 1);
    QCOMPARE(e.childElements().size(), 1);
    QCOMPARE(e.text(), u"t"_s); // text nodes are not removed
    QCOMPARE(e.removeChildren(u"zzz"), 0);
    QCOMPARE(Element().removeChildren(u"a"), 0);

    // A null child is not appended.
    e.appendChild(Element());
    QCOMPARE(e.childElements().size(), 1);
}

void TestElement::textMerge()
{
    Element e(u"body"_s);
    e.appendText(u"Hello"_s);
    e.appendText(QString()); // no-op
    e.appendText(u", "_s);
    e.appendText(u"world"_s);
    QCOMPARE(e.nodes().size(), 1);
    QCOMPARE(e.text(), u"Hello, world"_s);

    // Text split around a child stays in separate nodes.
    e.appendChild(Element(u"br"_s));
    e.appendText(u"!"_s);
    QCOMPARE(e.nodes().size(), 3);
    QCOMPARE(e.text(), u"Hello, world!"_s);

    // A merged tree equals one built from whole text.
    Element a(u"t"_s);
    a.appendText(u"ab"_s);
    Element b(u"t"_s);
    b.appendText(u"a"_s);
    b.appendText(u"b"_s);
    QCOMPARE(a, b);
}

void TestElement::mixedContent()
{
    const Element p = test::parseFragment("<p xmlns='http://www.w3.org/1999/xhtml'>Hi <em>there</em>, you!</p>");
    QCOMPARE(p.nodes().size(), 3);
    QVERIFY(p.nodes().at(0).isText());
    QCOMPARE(p.nodes().at(0).text, u"Hi "_s);
    QVERIFY(!p.nodes().at(1).isText());
    QCOMPARE(p.nodes().at(1).element.text(), u"there"_s);
    QCOMPARE(p.nodes().at(2).text, u", you!"_s);
    QCOMPARE(p.text(), u"Hi , you!"_s); // direct text only
}

void TestElement::setTextAndClear()
{
    Element e(u"x"_s);
    e.appendChild(Element(u"child"_s));
    e.appendText(u"old"_s);
    e.setText(u"new"_s);
    QCOMPARE(e.nodes().size(), 1);
    QCOMPARE(e.text(), u"new"_s);
    QVERIFY(e.childElements().isEmpty());
    e.setText(QString());
    QVERIFY(e.nodes().isEmpty());
    e.appendTextChild(u"a"_s, u"urn:a"_s, u"text"_s).appendTextChild(u"b"_s, u"urn:b"_s, u"more"_s);
    QCOMPARE(e.childElements().size(), 2);
    QCOMPARE(e.childText(u"b", u"urn:b"), u"more"_s);
    e.clearContent();
    QVERIFY(e.nodes().isEmpty());
    QCOMPARE(e.name(), u"x"_s);
}

void TestElement::equality_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("same") << QByteArray("<x a='1'><y/></x>") << QByteArray("<x a='1'><y/></x>") << true;
    QTest::newRow("attribute order") << QByteArray("<x a='1' b='2'/>") << QByteArray("<x b='2' a='1'/>") << true;
    QTest::newRow("attribute value") << QByteArray("<x a='1'/>") << QByteArray("<x a='2'/>") << false;
    QTest::newRow("extra attribute") << QByteArray("<x a='1'/>") << QByteArray("<x a='1' b='2'/>") << false;
    QTest::newRow("attribute namespace") << QByteArray("<x xmlns:p='urn:p' p:a='1'/>") << QByteArray("<x a='1'/>")
                                         << false;
    QTest::newRow("name") << QByteArray("<x/>") << QByteArray("<y/>") << false;
    QTest::newRow("namespace") << QByteArray("<x xmlns='urn:a'/>") << QByteArray("<x xmlns='urn:b'/>") << false;
    QTest::newRow("prefix irrelevant") << QByteArray("<p:x xmlns:p='urn:a'/>") << QByteArray("<x xmlns='urn:a'/>")
                                       << true;
    QTest::newRow("child order") << QByteArray("<x><a/><b/></x>") << QByteArray("<x><b/><a/></x>") << false;
    QTest::newRow("text") << QByteArray("<x>a</x>") << QByteArray("<x>b</x>") << false;
    QTest::newRow("whitespace matters") << QByteArray("<x><a/> </x>") << QByteArray("<x><a/></x>") << false;
    QTest::newRow("deep difference") << QByteArray("<x><a><b c='1'/></a></x>") << QByteArray("<x><a><b c='2'/></a></x>")
                                     << false;
}

void TestElement::equality()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    const Element ea = test::parseFragment(a);
    const Element eb = test::parseFragment(b);
    QVERIFY(!ea.isNull() && !eb.isNull());
    QCOMPARE(ea == eb, equal);
    QCOMPARE(eb == ea, equal);
    QCOMPARE(ea != eb, !equal);
}

void TestElement::implicitSharing()
{
    Element original(u"x"_s, u"urn:x"_s);
    original.setAttribute(u"a"_s, u"1"_s);
    original.appendTextChild(u"c"_s, u"urn:x"_s, u"child"_s);

    Element copy = original;
    QCOMPARE(copy, original);
    // Identity check: both see the same attribute list until one writes.
    QCOMPARE(&copy.attributes(), &original.attributes());

    copy.setAttribute(u"a"_s, u"2"_s);
    QVERIFY(&copy.attributes() != &original.attributes());
    QCOMPARE(original.attribute(u"a"), u"1"_s);
    QCOMPARE(copy.attribute(u"a"), u"2"_s);
    QVERIFY(copy != original);

    // Child elements are shared values too: modifying a returned child does not change the parent.
    Element child = original.firstChild(u"c");
    child.setText(u"changed"_s);
    QCOMPARE(original.childText(u"c"), u"child"_s);

    Element third = original;
    third.appendText(u"tail"_s);
    QCOMPARE(original.nodes().size(), 1);
    QCOMPARE(third.nodes().size(), 2);
    third.setName(u"renamed"_s);
    QCOMPARE(original.name(), u"x"_s);

    // Moving leaves a null element behind and the value intact.
    Element moved = std::move(third);
    QCOMPARE(moved.name(), u"renamed"_s);
    QVERIFY(third.isNull()); // NOLINT(bugprone-use-after-move): the moved-from state is part of the contract
}

void TestElement::toStringSerializes()
{
    Element e(u"message"_s, u"jabber:client"_s);
    e.setAttribute(u"to"_s, u"a@example.com"_s);
    e.appendTextChild(u"body"_s, u"jabber:client"_s, u"x < y"_s);
    QCOMPARE(e.toString(u"jabber:client"_s), u"<message to=\"a@example.com\"><body>x &lt; y</body></message>"_s);
    // Lossy for logs: a forbidden character becomes U+FFFD instead of failing.
    Element bad(u"body"_s);
    bad.appendText(u"a\u0001b"_s);
    QCOMPARE(bad.toString(), u"<body>a\ufffdb</body>"_s);
}

void TestElement::setAttributesMatchesOneByOne()
{
    // setAttributes() (linear, used by the parser) must build what setAttributeNS() one by one builds: the first
    // occurrence's place, the last occurrence's value; for lists below and above the hashing threshold.
    QRandomGenerator rng(11); // fixed seed: reproducible
    for (const int count : { 0, 1, 5, 16, 17, 64, 500 }) {
        for (const bool withDuplicates : { false, true }) {
            QList<Attribute> list;
            for (int i = 0; i < count; ++i) {
                const int key = withDuplicates ? int(rng.bounded(qMax(1, count / 2))) : i;
                const QString ns = key % 3 == 0 ? u"urn:x"_s : QString();
                list.append(Attribute { ns, u"a%1"_s.arg(key), u"v%1"_s.arg(i) });
            }
            Element oneByOne(u"e"_s);
            for (const Attribute &a : std::as_const(list)) {
                oneByOne.setAttributeNS(a.ns, a.name, a.value);
            }
            Element atOnce(u"e"_s);
            atOnce.setAttribute(u"old"_s, u"gone"_s);
            atOnce.setAttributes(list);
            QCOMPARE(atOnce.attributes(), oneByOne.attributes());
        }
    }
    // Same name in different namespaces: two attributes.
    Element e(u"e"_s);
    e.setAttributes(
        { Attribute { QString(), u"lang"_s, u"a"_s }, Attribute { Element::xmlNamespace(), u"lang"_s, u"b"_s } });
    QCOMPARE(e.attributes().size(), 2);
    QCOMPARE(e.lang(), u"b"_s);
    QCOMPARE(e.attribute(u"lang"), u"a"_s);
}

void TestElement::equalityWithManyAttributes()
{
    // Attributes compare in any order, also beyond the size where equality sorts instead of searching.
    for (const int count : { 3, 16, 17, 64 }) {
        QList<Attribute> list;
        for (int i = 0; i < count; ++i) {
            list.append(Attribute { i % 2 ? u"urn:x"_s : QString(), u"a%1"_s.arg(i), u"v%1"_s.arg(i) });
        }
        QList<Attribute> reversed = list;
        std::reverse(reversed.begin(), reversed.end());
        Element a(u"e"_s);
        a.setAttributes(list);
        Element b(u"e"_s);
        b.setAttributes(reversed);
        QVERIFY(a == b);
        // One value differs.
        reversed[count / 2].value += u'!';
        b.setAttributes(reversed);
        QVERIFY(a != b);
        // Same values, one name in another namespace.
        reversed = list;
        reversed[0].ns = u"urn:other"_s;
        b.setAttributes(reversed);
        QVERIFY(a != b);
    }
}

QTEST_GUILESS_MAIN(TestElement)
#include "tst_element.moc"
