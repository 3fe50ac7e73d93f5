// XEP-0004 data forms: parsing, serialization round trip, FORM_TYPE (XEP-0068).
#include "XmlCompare.h"
#include "core/DataForm.h"

#include <QTest>

using namespace balcony;
using namespace balcony::test;

class TestDataForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesEverything();
    void roundTrip();
    void resultWithReportedAndItems();
    void rejectsWrongElementOrType();
    void formType();
    void fieldLookup();
};

namespace {

const QByteArray registrationForm = "<x xmlns='jabber:x:data' type='form'>"
                                    "<title>Sign up</title>"
                                    "<instructions>Fill this in.</instructions>"
                                    "<instructions>Second paragraph.</instructions>"
                                    "<field var='FORM_TYPE' type='hidden'><value>jabber:iq:register</value></field>"
                                    "<field var='username' type='text-single' label='User'><required/>"
                                    "<desc>Your name</desc></field>"
                                    "<field var='colour' type='list-multi' label='Colours'>"
                                    "<option label='Red'><value>red</value></option>"
                                    "<option><value>blue</value></option>"
                                    "<value>red</value><value>blue</value></field>"
                                    "<field var='notes'/>"
                                    "</x>";

} // namespace

void TestDataForm::parsesEverything()
{
    const auto form = DataForm::fromElement(parseFragment(registrationForm));
    QVERIFY(form);
    QCOMPARE(form->type(), DataForm::Type::Form);
    QCOMPARE(form->title(), QStringLiteral("Sign up"));
    QCOMPARE(
        form->instructions(), (QStringList { QStringLiteral("Fill this in."), QStringLiteral("Second paragraph.") }));
    QCOMPARE(form->fields().size(), 4);
    const DataForm::Field &user = form->fields().at(1);
    QCOMPARE(user.var, QStringLiteral("username"));
    QCOMPARE(user.type, QStringLiteral("text-single"));
    QCOMPARE(user.label, QStringLiteral("User"));
    QCOMPARE(user.description, QStringLiteral("Your name"));
    QVERIFY(user.required);
    QVERIFY(user.values.isEmpty());
    const DataForm::Field &colour = form->fields().at(2);
    QCOMPARE(colour.values, (QStringList { QStringLiteral("red"), QStringLiteral("blue") }));
    QCOMPARE(colour.options.size(), 2);
    QCOMPARE(colour.options.at(0).label, QStringLiteral("Red"));
    QCOMPARE(colour.options.at(0).value, QStringLiteral("red"));
    QVERIFY(colour.options.at(1).label.isEmpty());
    QCOMPARE(colour.options.at(1).value, QStringLiteral("blue"));
    QVERIFY(!colour.required);
    QVERIFY(form->fields().at(3).type.isEmpty());
}

void TestDataForm::roundTrip()
{
    const Element original = parseFragment(registrationForm);
    const auto form = DataForm::fromElement(original);
    QVERIFY(form);
    const Element written = form->toElement();
    // Same XML up to the order of children inside <field/> (values and options are kept in order).
    const auto reparsed = DataForm::fromElement(written);
    QVERIFY(reparsed);
    QCOMPARE(*reparsed, *form);
    QCOMPARE(written.attribute(u"type"), QStringLiteral("form"));
    QCOMPARE(written.children(u"field", DataForm::xmlns()).size(), 4);
    // A form built in code serializes to the XML the XEP shows.
    DataForm submit;
    submit.setType(DataForm::Type::Submit);
    submit.addField({ QStringLiteral("FORM_TYPE"), QStringLiteral("hidden"), {}, {}, false,
        { QStringLiteral("urn:example") }, {} });
    submit.addField({ QStringLiteral("x"), {}, {}, {}, false, { QStringLiteral("1"), QStringLiteral("2") }, {} });
    QCOMPARE(normalize(submit.toElement()),
        normalize("<x xmlns='jabber:x:data' type='submit'>"
                  "<field var='FORM_TYPE' type='hidden'><value>urn:example</value></field>"
                  "<field var='x'><value>1</value><value>2</value></field></x>"));
}

void TestDataForm::resultWithReportedAndItems()
{
    const QByteArray xml = "<x xmlns='jabber:x:data' type='result'>"
                           "<reported><field var='name' label='Name'/><field var='jid'/></reported>"
                           "<item><field var='name'><value>Juliet</value></field>"
                           "<field var='jid'><value>juliet@example.com</value></field></item>"
                           "<item><field var='name'><value>Romeo</value></field>"
                           "<field var='jid'><value>romeo@example.net</value></field></item></x>";
    const auto form = DataForm::fromElement(parseFragment(xml));
    QVERIFY(form);
    QCOMPARE(form->type(), DataForm::Type::Result);
    QCOMPARE(form->reported().size(), 2);
    QCOMPARE(form->reported().first().label, QStringLiteral("Name"));
    QCOMPARE(form->items().size(), 2);
    QCOMPARE(form->items().at(1).at(1).values, QStringList { QStringLiteral("romeo@example.net") });
    QCOMPARE(normalize(form->toElement()), normalize(xml));
}

void TestDataForm::rejectsWrongElementOrType()
{
    QVERIFY(!DataForm::fromElement(Element()));
    QVERIFY(!DataForm::fromElement(parseFragment("<x xmlns='jabber:x:oob' type='form'/>")));
    QVERIFY(!DataForm::fromElement(parseFragment("<y xmlns='jabber:x:data' type='form'/>")));
    QVERIFY(!DataForm::fromElement(parseFragment("<x xmlns='jabber:x:data'/>")));
    QVERIFY(!DataForm::fromElement(parseFragment("<x xmlns='jabber:x:data' type='bogus'/>")));
    QVERIFY(DataForm::fromElement(parseFragment("<x xmlns='jabber:x:data' type='cancel'/>")));
}

void TestDataForm::formType()
{
    const auto form = DataForm::fromElement(parseFragment(registrationForm));
    QVERIFY(form);
    QCOMPARE(form->formType(), QStringLiteral("jabber:iq:register"));
    QVERIFY(form->hasFormType());
    QVERIFY(form->formTypeIsHidden());
    const auto visible
        = DataForm::fromElement(parseFragment("<x xmlns='jabber:x:data' type='result'>"
                                              "<field var='FORM_TYPE'><value>urn:x</value></field></x>"));
    QVERIFY(visible);
    QCOMPARE(visible->formType(), QStringLiteral("urn:x"));
    QVERIFY(!visible->formTypeIsHidden());
    const auto none = DataForm::fromElement(parseFragment("<x xmlns='jabber:x:data' type='result'/>"));
    QVERIFY(none);
    QVERIFY(!none->hasFormType());
    QVERIFY(none->formType().isEmpty());
}

void TestDataForm::fieldLookup()
{
    const auto form = DataForm::fromElement(parseFragment(registrationForm));
    QVERIFY(form);
    QVERIFY(form->field(u"colour"));
    QCOMPARE(form->field(u"colour")->label, QStringLiteral("Colours"));
    QVERIFY(!form->field(u"missing"));
}

QTEST_GUILESS_MAIN(TestDataForm)
#include "tst_dataform.moc"
