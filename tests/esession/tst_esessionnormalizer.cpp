// XEP-0116 §Implementation Notes "XML Normalization" (e2e/Normalizer), against hand-written expected bytes.
#include "XmlCompare.h"
#include "core/DataForm.h"
#include "esession/Normalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;

class TestEsessionNormalizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void attributeOrderQuotesAndEmptyElements()
    {
        const Element field
            = test::parseFragment("<field xmlns='jabber:x:data' var='modp' type='list-single' label='Group'>\n"
                                  "  <required/>\n  <option><value>5</value></option>\n</field>");
        QCOMPARE(Normalizer::normalize(field),
            QByteArray("<field label=\"Group\" type=\"list-single\" var=\"modp\"><required></required>"
                       "<option><value>5</value></option></field>"));
    }

    void noNamespaceDeclarations()
    {
        const Element key = test::parseFragment("<KeyValue xmlns='http://www.w3.org/2000/09/xmldsig#'>"
                                                "<RSAKeyValue><Modulus>AQAB</Modulus></RSAKeyValue></KeyValue>");
        QCOMPARE(Normalizer::normalize(key),
            QByteArray("<KeyValue><RSAKeyValue><Modulus>AQAB</Modulus></RSAKeyValue></KeyValue>"));
    }

    void textEscaping()
    {
        Element value(u"value"_s, DataForm::xmlns());
        value.setText(u"a & b < c > d\r\n\"q\" 'x' é"_s);
        QCOMPARE(Normalizer::normalize(value),
            QString(u"<value>a &amp; b &lt; c &gt; d&#xD;\n\"q\" 'x' é</value>"_s).toUtf8());
    }

    void attributeEscaping()
    {
        Element field(u"field"_s, DataForm::xmlns());
        field.setAttribute(u"var"_s, u"x"_s);
        field.setAttribute(u"label"_s, u"a&b<c>\"d\"\te\nf\rg'h"_s);
        QCOMPARE(Normalizer::normalize(field),
            QByteArray("<field label=\"a&amp;b&lt;c>&quot;d&quot;&#x9;e&#xA;f&#xD;g'h\" var=\"x\"></field>"));
    }

    void whitespaceOfLeafTextIsKept()
    {
        const Element value = test::parseFragment("<value xmlns='jabber:x:data'>  spaced  </value>");
        QCOMPARE(Normalizer::normalize(value), QByteArray("<value>  spaced  </value>"));
    }

    void formContentExcludesFields()
    {
        const Element x
            = test::parseFragment("<x xmlns='jabber:x:data' type='form'>\n"
                                  "  <title>T</title>\n"
                                  "  <field var='FORM_TYPE' type='hidden'><value>urn:xmpp:ssn</value></field>\n"
                                  "  <field var='identity'><value>SUQ=</value></field>\n"
                                  "  <field var='signs'><value>c2ln</value></field>\n"
                                  "  <field var='mac'><value>bWFj</value></field>\n"
                                  "</x>");
        QCOMPARE(Normalizer::formContent(x, { u"signs"_s }),
            QByteArray(
                "<title>T</title><field type=\"hidden\" var=\"FORM_TYPE\"><value>urn:xmpp:ssn</value></field>"
                "<field var=\"identity\"><value>SUQ=</value></field><field var=\"mac\"><value>bWFj</value></field>"));
        QCOMPARE(Normalizer::formContent(x, { u"identity"_s, u"mac"_s }),
            QByteArray("<title>T</title><field type=\"hidden\" var=\"FORM_TYPE\"><value>urn:xmpp:ssn</value></field>"
                       "<field var=\"signs\"><value>c2ln</value></field>"));
    }
};

QTEST_GUILESS_MAIN(TestEsessionNormalizer)
#include "tst_esessionnormalizer.moc"
