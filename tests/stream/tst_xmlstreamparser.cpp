#include "XmlCompare.h"
#include "stream/XmlStreamParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;

namespace {

const QByteArray header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams' from='example.com' to='juliet@example.com' "
                          "id='s-1' version='1.0' xml:lang='en'>";

QString describe(const ParserEvent &e)
{
    switch (e.type) {
    case ParserEvent::Type::StreamOpened:
        return u"open from=%1 to=%2 id=%3 version=%4 lang=%5 ns=%6"_s.arg(
            e.header.from, e.header.to, e.header.id, e.header.version, e.header.lang, e.header.defaultNs);
    case ParserEvent::Type::Element:
        return u"element "_s + test::normalize(e.element);
    case ParserEvent::Type::StreamClosed:
        return u"closed"_s;
    case ParserEvent::Type::Error:
        return u"error "_s + StreamError::conditionName(e.error.condition);
    }
    return QString();
}

QStringList describe(const QList<ParserEvent> &events)
{
    QStringList out;
    for (const ParserEvent &e : events) {
        out.append(describe(e));
    }
    return out;
}

// Exact equality (text nodes included), stricter than describe().
bool sameEvents(const QList<ParserEvent> &a, const QList<ParserEvent> &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].type != b[i].type || a[i].header != b[i].header || a[i].element != b[i].element
            || a[i].error.condition != b[i].error.condition) {
            return false;
        }
    }
    return true;
}

// Takes a QByteArray so that QStringBuilder expressions convert.
QList<ParserEvent> feed(XmlStreamParser &parser, const QByteArray &bytes)
{
    return parser.feed(bytes);
}

QList<ParserEvent> parseWhole(const QByteArray &input, XmlStreamParser::Limits limits = {})
{
    XmlStreamParser parser(limits);
    return feed(parser, input);
}

// Feeds `input` cut at the given offsets (ascending).
QList<ParserEvent> parseCut(const QByteArray &input, const QList<qsizetype> &cuts, XmlStreamParser::Limits limits = {})
{
    XmlStreamParser parser(limits);
    QList<ParserEvent> events;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        events += parser.feed(QByteArrayView(input).sliced(from, cut - from));
        from = cut;
    }
    events += parser.feed(QByteArrayView(input).sliced(from));
    return events;
}

QList<ParserEvent> parseBytewise(const QByteArray &input, XmlStreamParser::Limits limits = {})
{
    XmlStreamParser parser(limits);
    QList<ParserEvent> events;
    for (qsizetype i = 0; i < input.size(); ++i) {
        events += parser.feed(QByteArrayView(input).sliced(i, 1));
    }
    return events;
}

// A realistic stream: features, messages in several scripts, presence with caps, a roster push, a MAM
// result, then a second stream header after <success/> as a server pipelines it.
QByteArray realisticStream()
{
    return header
        + "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>SCRAM-SHA-1</mechanism>"
          "</mechanisms></stream:features>\n"
          "<message from='romeo@example.net/orchard' to='juliet@example.com' type='chat' id='m1' xml:lang='fr'>"
          "<body>Caf\xC3\xA9 cr\xC3\xA8me \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E \xF0\x9F\x98\x80\xF0\x9F\x8E\x89 "
          "&lt;tag&gt; &amp; &#x1F600;&#233;</body>"
          "<active xmlns='http://jabber.org/protocol/chatstates'/></message> "
          "<presence from='nurse@example.com/\xE6\x97\xA5'><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
          "node='https://example.org' ver='QgayPKawpkPSDYmwT/WM94uAlu0='/><status>  spaced\r\n text </status>"
          "</presence>"
          "<iq type='set' id='push1'><query xmlns='jabber:iq:roster' ver='v2'><item jid='\xC3\xA9@example.com' "
          "name='&quot;\xF0\x9F\x90\xB1&apos;' subscription='both'><group>Friends &amp; Family</group></item>"
          "</query></iq>"
          "<message id='mam1'><result xmlns='urn:xmpp:mam:2' queryid='q' id='28482'>"
          "<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='2010-07-10T23:08:25Z'/>"
          "<message xmlns='jabber:client' to='juliet@capulet.lit/balcony' from='romeo@montague.lit/orchard' "
          "type='chat'><body><![CDATA[<not a tag> & \xC3\xA9]]>x</body></message></forwarded></result></message>"
          "<x:frob xmlns:x='urn:example:frob' x:attr='1' plain='2'><x:inner/><other xmlns='urn:example:o'/></x:frob>"
          "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"
          "</stream:stream>";
}

} // namespace

class TestXmlStreamParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void streamOpenClose()
    {
        const QList<ParserEvent> events = parseWhole(header + "</stream:stream>");
        QCOMPARE(describe(events),
            QStringList({ u"open from=example.com to=juliet@example.com id=s-1 version=1.0 lang=en "
                          u"ns=jabber:client"_s,
                u"closed"_s }));
        // Whitespace after the end of the stream is harmless.
        QCOMPARE(parseWhole(header + "</stream:stream> \r\n ").size(), 2);
    }

    void selfClosedStreamAndNoDefaultNamespace()
    {
        const QList<ParserEvent> events
            = parseWhole("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' id='x'/>");
        QCOMPARE(describe(events), QStringList({ u"open from= to= id=x version= lang= ns="_s, u"closed"_s }));
    }

    void stanzas_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected"); // an equivalent spelling, normalized the same way

        QTest::newRow("empty message") << QByteArray("<message/>") << QByteArray("<message xmlns='jabber:client'/>");
        QTest::newRow("stream prefix") << QByteArray("<stream:features><starttls "
                                                     "xmlns='urn:ietf:params:xml:ns:xmpp-tls'/></stream:features>")
                                       << QByteArray("<features xmlns='http://etherx.jabber.org/streams'><starttls "
                                                     "xmlns='urn:ietf:params:xml:ns:xmpp-tls'/></features>");
        QTest::newRow("nested default namespaces")
            << QByteArray("<iq type='result' id='r'><query xmlns='jabber:iq:roster'><item jid='a@b'/></query></iq>")
            << QByteArray("<iq xmlns='jabber:client' id='r' type='result'><q:query xmlns:q='jabber:iq:roster'>"
                          "<q:item jid='a@b'/></q:query></iq>");
        QTest::newRow("prefixed element and attribute")
            << QByteArray("<x:a xmlns:x='urn:x' x:k='1' k='2'><x:b/><c/></x:a>")
            << QByteArray("<a xmlns='urn:x' xmlns:y='urn:x' y:k='1' k='2'><b/><c xmlns='jabber:client'/></a>");
        QTest::newRow("attribute entities") << QByteArray("<message to='a&amp;b&lt;&gt;&quot;&apos;'/>")
                                            << QByteArray("<message to=\"a&amp;b&lt;&gt;&quot;'\"/>");
        QTest::newRow("char refs") << QByteArray("<body>&#233;&#xE9;&#x1F600;&#38;</body>")
                                   << QByteArray("<body>\xC3\xA9\xC3\xA9\xF0\x9F\x98\x80&amp;</body>");
        QTest::newRow("cdata") << QByteArray("<body>a<![CDATA[<b>&amp;]]>c</body>")
                               << QByteArray("<body>a&lt;b&gt;&amp;amp;c</body>");
        QTest::newRow("xml:lang") << QByteArray("<message xml:lang='de'><body>Hallo</body></message>")
                                  << QByteArray("<message xml:lang='de'><body>Hallo</body></message>");
        QTest::newRow("mixed content") << QByteArray("<p>one <b>two</b> three</p>")
                                       << QByteArray("<p>one <b>two</b> three</p>");
    }

    void stanzas()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const QList<ParserEvent> events = parseWhole(header + input + "</stream:stream>");
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[1].type, ParserEvent::Type::Element);
        const Element reference = test::parseFragment(expected);
        QVERIFY(!reference.isNull());
        QCOMPARE(test::normalize(events[1].element), test::normalize(reference));
        QCOMPARE(events[2].type, ParserEvent::Type::StreamClosed);
    }

    void attributeAndTextValues()
    {
        const QList<ParserEvent> events
            = parseWhole(header + "<message to='a&amp;b' xml:lang='fr'><body>  x &lt; y\r\n\t&#233; </body></message>");
        QCOMPARE(events.size(), 2);
        const Element &m = events[1].element;
        QCOMPARE(m.name(), u"message"_s);
        QCOMPARE(m.ns(), u"jabber:client"_s);
        QCOMPARE(m.attribute(u"to"), u"a&b"_s);
        QCOMPARE(m.lang(), u"fr"_s);
        QCOMPARE(m.attributes().size(), 2); // namespace declarations are not attributes
        // Text inside stanzas is verbatim, except XML's own line-end normalization (XML 1.0 §2.11).
        QCOMPARE(m.childText(u"body"), u"  x < y\n\t\u00e9 "_s);
        QCOMPARE(m.firstChild(u"body").nodes().size(), 1); // adjacent text merged into one node
    }

    void whitespaceBetweenStanzasIgnored()
    {
        const QList<ParserEvent> events = parseWhole(header + " \n<a/>\t \r\n <b/>  ");
        QCOMPARE(describe(events), QStringList({ describe(events.value(0)), u"element <a/>"_s, u"element <b/>"_s }));
    }

    void splitInvariance()
    {
        const QByteArray input = realisticStream();
        const QList<ParserEvent> whole = parseWhole(input);
        QCOMPARE(whole.size(), 9);
        QCOMPARE(whole.first().type, ParserEvent::Type::StreamOpened);
        QCOMPARE(whole.last().type, ParserEvent::Type::StreamClosed);
        QCOMPARE(whole[2].element.childText(u"body"),
            u"Caf\u00e9 cr\u00e8me \u65e5\u672c\u8a9e \U0001F600\U0001F389 <tag> & \U0001F600\u00e9"_s);

        QVERIFY2(sameEvents(parseBytewise(input), whole), "byte-by-byte feeding differs");
        for (qsizetype cut = 1; cut < input.size(); ++cut) {
            if (!sameEvents(parseCut(input, { cut }), whole)) {
                QFAIL(qPrintable(u"split at byte %1 differs"_s.arg(cut)));
            }
        }
        QRandomGenerator rng(1234); // fixed seed: reproducible
        for (int round = 0; round < 300; ++round) {
            QList<qsizetype> cuts;
            for (int i = 0; i < 6; ++i) {
                cuts.append(1 + rng.bounded(int(input.size() - 1)));
            }
            std::sort(cuts.begin(), cuts.end());
            if (!sameEvents(parseCut(input, cuts), whole)) {
                QFAIL(qPrintable(u"random cuts round %1 differs"_s.arg(round)));
            }
        }
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("eventsBefore"); // events returned before the error
        QTest::addColumn<QString>("condition");

        const QByteArray laughs
            = "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
              "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>"
              "<!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'>"
              "<!ENTITY lol4 '&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;'>]>"
              "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>"
              "<message><body>&lol4;</body></message>";
        QTest::newRow("billion laughs") << laughs << 0 << u"restricted-xml"_s;
        QTest::newRow("doctype") << QByteArray("<!DOCTYPE stream>") + header.sliced(21) << 0 << u"restricted-xml"_s;
        QTest::newRow("pi between stanzas") << header + "<a/><?foo bar?>" << 2 << u"restricted-xml"_s;
        QTest::newRow("pi in stanza") << header + "<a><?foo bar?></a>" << 1 << u"restricted-xml"_s;
        QTest::newRow("comment between stanzas") << header + "<a/><!-- hi -->" << 2 << u"restricted-xml"_s;
        QTest::newRow("comment in stanza") << header + "<a><!-- hi --></a>" << 1 << u"restricted-xml"_s;
        QTest::newRow("undeclared entity") << header + "<a>&nbsp;</a>" << 1 << u"restricted-xml"_s;
        QTest::newRow("undeclared entity in attribute") << header + "<a b='&foo;'/>" << 1 << u"restricted-xml"_s;
        QTest::newRow("char ref 0") << header + "<a>&#0;</a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("char ref 1") << header + "<a>&#1;</a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("char ref FFFE") << header + "<a>&#xFFFE;</a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("raw U+0001") << header + "<a>\x01</a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("raw NUL") << header + QByteArray("<a>\0</a>", 8) << 1 << u"not-well-formed"_s;
        QTest::newRow("raw U+FFFF") << header + "<a>\xEF\xBF\xBF</a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("overlong 2-byte") << header + "<a>\xC0\xAF</a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("overlong 3-byte") << header + "<a>\xE0\x80\xAF</a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("overlong 4-byte") << header + "<a>\xF0\x80\x80\xAF</a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("surrogate") << header + "<a>\xED\xA0\x80</a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("above U+10FFFF") << header + "<a>\xF4\x90\x80\x80</a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("F5 lead") << header + "<a>\xF5\x80\x80\x80</a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("truncated sequence") << header + "<a>\xE6\x97</a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("stray continuation") << header + "<a>\x80</a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("byte FF") << header + "<a b='\xFF'/>" << 1 << u"not-well-formed"_s;
        QTest::newRow("invalid utf-8 after stanza") << header + "<a/><b/>\xC3(" << 3 << u"not-well-formed"_s;
        QTest::newRow("latin1 declaration") << QByteArray("<?xml version='1.0' encoding='ISO-8859-1'?>")
                + header.sliced(21) << 0 << u"unsupported-encoding"_s;
        QTest::newRow("unknown encoding") << QByteArray("<?xml version='1.0' encoding='X-NOPE'?>") + header.sliced(21)
                                          << 0 << u"unsupported-encoding"_s;
        QTest::newRow("wrong stream namespace")
            << QByteArray("<stream:stream xmlns:stream='http://wrong.example/streams'>") << 0 << u"invalid-namespace"_s;
        QTest::newRow("no stream namespace")
            << QByteArray("<stream xmlns='jabber:client'>") << 0 << u"invalid-namespace"_s;
        QTest::newRow("wrong root name") << QByteArray("<stream:foo xmlns:stream='http://etherx.jabber.org/streams'>")
                                         << 0 << u"invalid-namespace"_s;
        QTest::newRow("foobar prefix") << QByteArray("<foobar:stream xmlns:foobar='http://etherx.jabber.org/streams'>")
                                       << 0 << u"bad-namespace-prefix"_s;
        QTest::newRow("undeclared prefix") << header + "<x:a/>" << 1 << u"bad-namespace-prefix"_s;
        QTest::newRow("mismatched tags") << header + "<a><b></a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("duplicate attribute") << header + "<a b='1' b='2'/>" << 1 << u"not-well-formed"_s;
        QTest::newRow("text between stanzas") << header + "<a/>hello<b/>" << 2 << u"bad-format"_s;
        QTest::newRow("garbage after close") << header + "<a/></stream:stream> \n<junk/>" << 3 << u"not-well-formed"_s;
        QTest::newRow("]]> in content") << header + "<a>x]]>y</a>" << 1 << u"not-well-formed"_s;
        QTest::newRow("]]> at top level") << header + "<a/>]]><b/>" << 2 << u"not-well-formed"_s;
        QTest::newRow("partial tag after close")
            << header + "<a/></stream:stream><s x='a' " << 3 << u"not-well-formed"_s;
        QTest::newRow("invalid utf-8 after close") << header + "</stream:stream> \xFF" << 2 << u"not-well-formed"_s;
        QTest::newRow("xml declaration mid-stream") << header + "<?xml version='1.0'?>" << 1 << u"not-well-formed"_s;

        // Issue 11: any DTD is restricted-xml (RFC 6120 §11.1), whatever it holds and wherever it stands.
        const QByteArray parameterEntityBomb
            = "<?xml version='1.0'?><!DOCTYPE stream:stream ["
              "<!ENTITY % a 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'>"
              "<!ENTITY % b '%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;%a;'>"
              "<!ENTITY % c '%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;%b;'>"
              "<!ENTITY % d '%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;%c;'>"
              "<!ENTITY % e '%d;%d;%d;%d;%d;%d;%d;%d;%d;%d;%d;%d;%d;%d;%d;%d;'>"
              "%e;]>"
            + header.sliced(21);
        QTest::newRow("parameter entity bomb") << parameterEntityBomb << 0 << u"restricted-xml"_s;
        QTest::newRow("internal subset") << "<?xml version='1.0'?><!DOCTYPE stream:stream [<!ENTITY x 'y'>]>"
                + header.sliced(21) << 0 << u"restricted-xml"_s;
        QTest::newRow("doctype after header") << header + "<!DOCTYPE stream:stream>" << 1 << u"restricted-xml"_s;
        QTest::newRow("internal subset after header")
            << header + "<a/><!DOCTYPE x [<!ENTITY % p '<!ENTITY y \"z\">'> %p;]>" << 2 << u"restricted-xml"_s;
        QTest::newRow("doctype in stanza") << header + "<a><!DOCTYPE a></a>" << 1 << u"restricted-xml"_s;
        QTest::newRow("conditional section") << header + "<a><![INCLUDE[x]]></a>" << 1 << u"restricted-xml"_s;

        // Issue 11: attributes and namespace declarations are counted before QXmlStreamReader sees the tag.
        QByteArray manyAttributes = "<message";
        for (int i = 0; i < 65; ++i) {
            manyAttributes += " a" + QByteArray::number(i) + "='v'";
        }
        QTest::newRow("65 attributes") << header + "<a/>" + manyAttributes + "/>" << 2 << u"policy-violation"_s;
        // Found by the fuzzer: the reader must not see the start of a tag the scanner refuses once all of it is
        // there, or it reports its own error first when the tag arrives in pieces.
        QTest::newRow("65 attributes in a malformed tag")
            << header + "<a/><m|essage" + manyAttributes.sliced(8) + "/>" << 2 << u"policy-violation"_s;
        QTest::newRow("65 attributes in a child")
            << header + "<a><b>" + manyAttributes + "/></b></a>" << 1 << u"policy-violation"_s;
        QByteArray manyHeaderAttributes = "<stream:stream xmlns='jabber:client' "
                                          "xmlns:stream='http://etherx.jabber.org/streams'";
        for (int i = 0; i < 63; ++i) {
            manyHeaderAttributes += " h" + QByteArray::number(i) + "='v'";
        }
        QTest::newRow("65 attributes in the stream header") << manyHeaderAttributes + ">" << 0 << u"policy-violation"_s;
        QByteArray declarations;
        for (int i = 0; i < 21; ++i) {
            declarations += " xmlns:p" + QByteArray::number(i) + "='urn:p'";
        }
        // 2 in the header + 3 × 21 = 65 in scope at the innermost element.
        QTest::newRow("65 namespace declarations in scope") << header + "<a" + declarations + "><b" + declarations
                + "><c" + declarations + "/></b></a>" << 1 << u"policy-violation"_s;
        QByteArray headerDeclarations = header.sliced(0, header.size() - 1);
        for (int i = 0; i < 63; ++i) {
            headerDeclarations += " xmlns:h" + QByteArray::number(i) + "='urn:h'";
        }
        QTest::newRow("65 namespace declarations in the stream header")
            << headerDeclarations + ">" << 0 << u"policy-violation"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, eventsBefore);
        QFETCH(QString, condition);

        XmlStreamParser parser;
        const QList<ParserEvent> events = feed(parser, input);
        QCOMPARE(events.size(), eventsBefore + 1);
        for (int i = 0; i < eventsBefore; ++i) {
            QVERIFY(events[i].type != ParserEvent::Type::Error);
        }
        QCOMPARE(events.last().type, ParserEvent::Type::Error);
        QCOMPARE(StreamError::conditionName(events.last().error.condition), condition);
        QVERIFY(!events.last().error.text.isEmpty());
        QVERIFY(parser.hasFailed());

        // After an error the parser stays silent until reset().
        QVERIFY(feed(parser, header + "<a/>").isEmpty());
        QVERIFY(!parser.next());

        // The error and everything before it do not depend on how the bytes arrive.
        QVERIFY2(sameEvents(parseBytewise(input), events), qPrintable(describe(parseBytewise(input)).join(u" | ")));
        for (qsizetype cut = 1; cut < input.size(); cut += 7) {
            QVERIFY2(sameEvents(parseCut(input, { cut }), events), qPrintable(u"cut at %1"_s.arg(cut)));
        }
    }

    void truncatedSequenceAtEndWaits()
    {
        XmlStreamParser parser;
        QCOMPARE(feed(parser, header + "<a>\xE6\x97").size(), 1);
        QVERIFY(!parser.hasFailed()); // the rest of the character may still come
        const QList<ParserEvent> events = feed(parser, "\xA5</a>");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].element.text(), u"\u65e5"_s);
    }

    void stanzaSizeLimit()
    {
        XmlStreamParser::Limits limits;
        limits.maxStanzaBytes = 256; // the stream header counts too: it is bounded by the same limit
        const QByteArray exact = "<message><body>" + QByteArray(256 - 32, 'x') + "</body></message>";
        QCOMPARE(exact.size(), 256);
        // Whitespace before a stanza does not count towards it.
        const QByteArray ok = header.sliced(21) + QByteArray(200, ' ') + exact + "  " + exact;
        QList<ParserEvent> events = parseWhole(ok, limits);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[2].type, ParserEvent::Type::Element);

        const QByteArray tooBig = "<message><body>" + QByteArray(256 - 31, 'x') + "</body></message>";
        for (const QByteArray &input :
            QByteArrayList { header.sliced(21) + exact + tooBig, header.sliced(21) + exact + tooBig + "<a/>" }) {
            events = parseWhole(input, limits);
            QCOMPARE(events.size(), 3);
            QCOMPARE(events[1].type, ParserEvent::Type::Element);
            QCOMPARE(events[2].error.condition, StreamErrorCondition::PolicyViolation);
            QVERIFY(sameEvents(parseBytewise(input, limits), events));
        }
        // A start tag alone can exceed the limit.
        events = parseWhole(header.sliced(21) + "<message to='" + QByteArray(300, 'a'), limits);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].error.condition, StreamErrorCondition::PolicyViolation);
    }

    void sizeLimitBeforeInvalidUtf8()
    {
        // Found by the fuzzer: an unfinished (and malformed) start tag that outgrows the size limit, then invalid
        // UTF-8 beyond the limit. Fed whole, the invalid byte is known at once; fed in pieces, the limit is
        // crossed first. Both must end the same way: the stanza is too large.
        XmlStreamParser::Limits limits;
        limits.maxStanzaBytes = 256;
        QByteArray input = "<stream:stream a=''b";
        while (input.size() < 300) {
            input += " x='y'";
        }
        input += "\xFF>";
        const QList<ParserEvent> events = parseWhole(input, limits);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].error.condition, StreamErrorCondition::PolicyViolation);
        QVERIFY(sameEvents(parseBytewise(input, limits), events));

        // Also found by the fuzzer: the invalid byte right at the limit, after an unfinished processing
        // instruction. The stanza reached the limit before it.
        QByteArray atLimit = "<?x-ml ";
        atLimit += QByteArray(256 - atLimit.size(), 'a');
        atLimit += "\xD4\xD4";
        const QList<ParserEvent> whole = parseWhole(atLimit, limits);
        QCOMPARE(whole.size(), 1);
        QCOMPARE(whole[0].error.condition, StreamErrorCondition::PolicyViolation);
        QVERIFY(sameEvents(parseBytewise(atLimit, limits), whole));

        // And once more: text the reader waits on ("Start tag expected" needs the tag), then an unfinished start
        // tag that reaches the limit exactly, then the invalid byte. Fed whole, the reader used to be given the
        // tag (not-well-formed); in pieces it never is (the limit is reached first).
        QByteArray tagAtLimit = ";<st a=''b";
        while (tagAtLimit.size() < 256) {
            tagAtLimit += ' ';
        }
        tagAtLimit += "\xBD'";
        const QList<ParserEvent> tagWhole = parseWhole(tagAtLimit, limits);
        QCOMPARE(tagWhole.size(), 1);
        QCOMPARE(tagWhole[0].error.condition, StreamErrorCondition::PolicyViolation);
        QVERIFY(sameEvents(parseBytewise(tagAtLimit, limits), tagWhole));
    }

    void whitespaceLimit()
    {
        XmlStreamParser::Limits limits;
        limits.maxStanzaBytes = 256;
        XmlStreamParser parser(limits);
        QCOMPARE(feed(parser, header.sliced(21)).size(), 1);
        // Keepalives are fine as long as each run stays under the limit.
        for (int i = 0; i < 40; ++i) {
            QVERIFY(feed(parser, QByteArray(250, ' ') + "<r/>").size() == 1);
        }
        const QList<ParserEvent> events = feed(parser, QByteArray(257, '\n'));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].error.condition, StreamErrorCondition::PolicyViolation);
    }

    void hugeStanzaFailsEarly()
    {
        XmlStreamParser::Limits limits;
        limits.maxStanzaBytes = 1024 * 1024;
        XmlStreamParser parser(limits);
        QCOMPARE(feed(parser, header + "<message><body>").size(), 1);
        const QByteArray chunk(64 * 1024, 'a');
        const qsizetype totalChunks = 100 * 16; // 100 MiB if it were all fed
        qsizetype fed = 0;
        QList<ParserEvent> events;
        for (qsizetype i = 0; i < totalChunks && events.isEmpty(); ++i) {
            events = feed(parser, chunk);
            fed += chunk.size();
        }
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].error.condition, StreamErrorCondition::PolicyViolation);
        // Detected as soon as the limit was crossed ...
        QVERIFY2(fed <= limits.maxStanzaBytes + chunk.size(), qPrintable(QString::number(fed)));
        // ... and later input is dropped instead of buffered.
        for (int i = 0; i < 64; ++i) {
            QVERIFY(feed(parser, chunk).isEmpty());
        }
        QVERIFY(parser.reset().size() <= limits.maxStanzaBytes + 2 * chunk.size());
    }

    void depthLimit()
    {
        XmlStreamParser::Limits limits;
        limits.maxDepth = 4;
        QList<ParserEvent> events = parseWhole(header + "<a><b><c><d/></c></b></a>", limits);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].element.firstChild().firstChild().firstChild().name(), u"d"_s);

        const QByteArray deep = header + "<a><b><c><d><e/></d></c></b></a>";
        events = parseWhole(deep, limits);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].error.condition, StreamErrorCondition::PolicyViolation);

        // The default limit holds against a very deep document without recursion trouble.
        QByteArray veryDeep = header;
        for (int i = 0; i < 100000; ++i) {
            veryDeep += "<x>";
        }
        events = parseWhole(veryDeep);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].error.condition, StreamErrorCondition::PolicyViolation);
    }

    void attributeLimitsAllowTheMaximum()
    {
        // 64 attributes, the stream element's 62 more declarations than its own two (64 in scope), and siblings
        // whose declarations end with them: all within the default limits.
        QByteArray tag = "<message xmlns='jabber:client'";
        for (int i = 0; i < 63; ++i) {
            tag += " a" + QByteArray::number(i) + "='" + QByteArray::number(i) + "'";
        }
        tag += "/>";
        QByteArray siblings = "<list>";
        for (int n = 0; n < 50; ++n) {
            siblings += "<item";
            for (int i = 0; i < 62; ++i) {
                siblings += " xmlns:p" + QByteArray::number(i) + "='urn:p'";
            }
            siblings += "/>";
        }
        siblings += "</list>";
        const QList<ParserEvent> events = parseWhole(header + tag + siblings + "</stream:stream>");
        QCOMPARE(events.size(), 4);
        QCOMPARE(events[1].type, ParserEvent::Type::Element);
        const Element &message = events[1].element;
        QCOMPARE(message.attributes().size(), 63); // the xmlns declaration is not an attribute
        QCOMPARE(message.attributes().first().name, u"a0"_s);
        QCOMPARE(message.attributes().last().name, u"a62"_s);
        QCOMPARE(message.attribute(u"a31"), u"31"_s);
        QCOMPARE(events[2].element.childElements().size(), 50);
        QCOMPARE(events[3].type, ParserEvent::Type::StreamClosed);
    }

    void markupThatOnlyLooksLikeLimits_data()
    {
        QTest::addColumn<QByteArray>("stanza");
        // Counted with maxAttributes = 3 and maxNamespaceDeclarations = 4 (the header has 2).
        QTest::newRow("'=' and '<!' in text") << QByteArray("<body>a=b=c=d=e &lt;!DOCTYPE</body>");
        QTest::newRow("markup in CDATA") << QByteArray(
            "<body><![CDATA[<!DOCTYPE x><a b='1' c='2' d='3' e='4'/>]]]]></body>");
        QTest::newRow("'=', quotes and '>' in values") << QByteArray("<a b=\"it's = 'ok' > \" c='say \"x=y=z\"'/>");
        QTest::newRow("blanks around '='") << QByteArray("<a xmlns:p = 'urn:p' \n p:b\t=\t\"1\"/>");
        QTest::newRow("xmlns-like names are attributes") << QByteArray("<a xmlnsx='1' xmlns:p='urn:p' p:xmlns='2'/>");
        QTest::newRow("declarations end with their element")
            << QByteArray("<a><b xmlns:p='urn:p' xmlns:q='urn:q'/><c xmlns:p='urn:p' xmlns:q='urn:q'/></a>");
        QTest::newRow("end tag with blanks") << QByteArray("<a xmlns:p='urn:p'><b xmlns:q='u'></b ></a\n>");
    }

    void markupThatOnlyLooksLikeLimits()
    {
        QFETCH(QByteArray, stanza);
        XmlStreamParser::Limits limits;
        limits.maxAttributes = 3;
        limits.maxNamespaceDeclarations = 4;
        // A header with just its two declarations: the full one has seven attributes.
        const QByteArray input = "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>"
            + stanza + "</stream:stream>";
        const QList<ParserEvent> events = parseWhole(input, limits);
        QVERIFY2(events.size() == 3, qPrintable(describe(events).join(u" | ")));
        QCOMPARE(events[1].type, ParserEvent::Type::Element);
        QCOMPARE(events[2].type, ParserEvent::Type::StreamClosed);
        QVERIFY(sameEvents(parseBytewise(input, limits), events));
    }

    void attributeFloodIsRefusedUnparsed()
    {
        // The message: one valid 242 KB stanza with about 35,000 attributes. QXmlStreamReader alone
        // spent seconds of CPU on its start tag; now the reader never sees it.
        QByteArray flood = "<message from='mallory@example.net/x' to='juliet@example.com' type='chat'";
        for (int i = 0; flood.size() < 242 * 1024; ++i) {
            flood += " x" + QByteArray::number(i) + "=''";
        }
        flood += "><body>hi</body></message>";
        for (const bool bytewise : { false, true }) {
            const QList<ParserEvent> events = bytewise ? parseBytewise(header + flood) : parseWhole(header + flood);
            QCOMPARE(events.size(), 2);
            QCOMPARE(events[1].type, ParserEvent::Type::Error);
            QCOMPARE(events[1].error.condition, StreamErrorCondition::PolicyViolation);
        }
        // The limit is a setting: raised, the same stanza parses (and costs what it costs).
        XmlStreamParser::Limits generous;
        generous.maxAttributes = 200;
        QByteArray allowed = "<message";
        for (int i = 0; i < 150; ++i) {
            allowed += " x" + QByteArray::number(i) + "=''";
        }
        allowed += "/>";
        QCOMPARE(parseWhole(header + allowed, generous).size(), 2);
        QCOMPARE(parseWhole(header + allowed).last().error.condition, StreamErrorCondition::PolicyViolation);
    }

    void resetReturnsRemainingBytes_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");

        const QByteArray second = "<stream:stream xmlns='jabber:client' "
                                  "xmlns:stream='http://etherx.jabber.org/streams' id='s-2' version='1.0'>";
        QTest::newRow("ascii") << header + "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"
                               << "<?xml version='1.0'?>" + second + "<stream:features/>";
        QTest::newRow("utf-8 before") << header
                + "<message><body>\xE6\x97\xA5\xF0\x9F\x98\x80\xC3\xA9</body></message>\r\n<success/>"
                                      << " \n" + second;
        QTest::newRow("bom") << "\xEF\xBB\xBF" + header + "<success/>" << second;
        QTest::newRow("partial element after") << header + "<success/>" << QByteArray("<stream:str");
        QTest::newRow("nothing after") << header + "<success/>" << QByteArray();
    }

    void resetReturnsRemainingBytes()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        const QByteArray input = before + after;

        for (const qsizetype chunkSize : { input.size(), qsizetype(1), qsizetype(5), qsizetype(17) }) {
            XmlStreamParser parser;
            QList<ParserEvent> events;
            QByteArray fedAfterSuccess;
            bool sawSuccess = false;
            for (qsizetype at = 0; at < input.size(); at += chunkSize) {
                const QByteArray piece = input.mid(at, chunkSize);
                parser.addData(piece);
                if (sawSuccess) {
                    continue;
                }
                // Stop pulling events at <success/>, as the Connection does before restarting the stream.
                while (std::optional<ParserEvent> e = parser.next()) {
                    events.append(*e);
                    if (e->type == ParserEvent::Type::Element && e->element.name() == u"success") {
                        sawSuccess = true;
                        break;
                    }
                }
            }
            QVERIFY(sawSuccess);
            QCOMPARE(parser.reset(), after);

            // The restarted stream parses the remainder as a fresh document.
            const QList<ParserEvent> restarted = feed(parser, after);
            if (after.contains("<stream:stream")) {
                QVERIFY(!restarted.isEmpty());
                QCOMPARE(restarted[0].type, ParserEvent::Type::StreamOpened);
                QCOMPARE(restarted[0].header.id, u"s-2"_s);
            } else {
                QVERIFY(restarted.isEmpty());
                QVERIFY(!parser.hasFailed());
            }
        }
    }

    void resetAfterErrorRecovers()
    {
        XmlStreamParser parser;
        QList<ParserEvent> events = feed(parser, header + "<a><!-- x --></a>");
        QCOMPARE(events.last().type, ParserEvent::Type::Error);
        parser.reset();
        QVERIFY(!parser.hasFailed());
        events = feed(parser, header + "<a/>");
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].type, ParserEvent::Type::StreamOpened);
        QCOMPARE(events[1].element.name(), u"a"_s);
    }

    void restartYieldsNewStreamOpened()
    {
        XmlStreamParser parser;
        QCOMPARE(feed(parser, header + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>").size(), 2);
        QVERIFY(parser.reset().isEmpty());
        const QList<ParserEvent> events = feed(parser, header + "<stream:features/>");
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].type, ParserEvent::Type::StreamOpened);
        QCOMPARE(events[0].header.id, u"s-1"_s);
        QCOMPARE(events[1].element.ns(), u"http://etherx.jabber.org/streams"_s);
    }
};

QTEST_GUILESS_MAIN(TestXmlStreamParser)
#include "tst_xmlstreamparser.moc"
