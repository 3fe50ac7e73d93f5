// XEP-0004 data forms: parsing, serialization round trip, FORM_TYPE (XEP-0068).
#include "XmlCompare.h"
#include "core/DataForm.h"

#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

class TestDataForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesEverything();
    void roundTrip();
    void resultWithReportedAndItems();
    void rejectsWrongElementOrType();
    void formType();
    void fieldLookup();
    void validation_data();
    void validation();
    void validateWholeForm();
    void filledIn();
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

namespace {

DataForm::Field field(const QString &type, bool required, const QList<DataForm::Option> &options = {})
{
    DataForm::Field f;
    f.var = u"f"_s;
    f.type = type;
    f.required = required;
    f.options = options;
    return f;
}

} // namespace

void TestDataForm::validation_data()
{
    QTest::addColumn<DataForm::Field>("field");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<bool>("valid");
    const QList<DataForm::Option> colours { { u"Red"_s, u"red"_s }, { QString(), u"blue"_s } };
    QTest::newRow("required text empty") << field(u"text-single"_s, true) << QStringList() << false;
    QTest::newRow("required text blank value") << field(QString(), true) << QStringList { QString() } << false;
    QTest::newRow("required text given") << field(u"text-single"_s, true) << QStringList { u"x"_s } << true;
    QTest::newRow("optional text empty") << field(u"text-single"_s, false) << QStringList() << true;
    QTest::newRow("private two values") << field(u"text-private"_s, false) << QStringList { u"a"_s, u"b"_s } << false;
    QTest::newRow("single line break") << field(u"text-single"_s, false) << QStringList { u"a\nb"_s } << false;
    QTest::newRow("multi line break") << field(u"text-multi"_s, false) << QStringList { u"a"_s, u"b"_s } << true;
    QTest::newRow("boolean true") << field(u"boolean"_s, true) << QStringList { u"true"_s } << true;
    QTest::newRow("boolean 0") << field(u"boolean"_s, false) << QStringList { u"0"_s } << true;
    QTest::newRow("boolean yes") << field(u"boolean"_s, false) << QStringList { u"yes"_s } << false;
    QTest::newRow("boolean required unset is false") << field(u"boolean"_s, true) << QStringList() << true;
    QTest::newRow("list-single offered") << field(u"list-single"_s, true, colours) << QStringList { u"red"_s } << true;
    QTest::newRow("list-single not offered")
        << field(u"list-single"_s, true, colours) << QStringList { u"green"_s } << false;
    QTest::newRow("list-multi offered") << field(u"list-multi"_s, false, colours) << QStringList { u"red"_s, u"blue"_s }
                                        << true;
    QTest::newRow("list-multi one not offered")
        << field(u"list-multi"_s, false, colours) << QStringList { u"red"_s, u"green"_s } << false;
    QTest::newRow("jid-single valid") << field(u"jid-single"_s, false) << QStringList { u"a@b.example"_s } << true;
    QTest::newRow("jid-single invalid") << field(u"jid-single"_s, false) << QStringList { u"a@@b"_s } << false;
    QTest::newRow("jid-multi one invalid")
        << field(u"jid-multi"_s, false) << QStringList { u"a@b.example"_s, u"@"_s } << false;
    QTest::newRow("fixed required") << field(u"fixed"_s, true) << QStringList() << true;
    QTest::newRow("hidden required") << field(u"hidden"_s, true) << QStringList() << true;
}

void TestDataForm::validation()
{
    QFETCH(DataForm::Field, field);
    QFETCH(QStringList, values);
    QFETCH(bool, valid);
    const QString problem = DataForm::validationError(field, values);
    QCOMPARE(problem.isEmpty(), valid);
}

void TestDataForm::validateWholeForm()
{
    const auto form = DataForm::fromElement(parseFragment(registrationForm));
    QVERIFY(form);
    // username is required; colour's defaults are offered values; notes is optional.
    QHash<QString, QString> problems = form->validate({});
    QCOMPARE(problems.keys(), QList<QString> { u"username"_s });
    QVERIFY(!problems.value(u"username"_s).isEmpty());
    problems = form->validate({ { u"username"_s, { u"juliet"_s } }, { u"colour"_s, { u"green"_s } } });
    QCOMPARE(problems.keys(), QList<QString> { u"colour"_s });
    QVERIFY(form->validate({ { u"username"_s, { u"juliet"_s } } }).isEmpty());
}

void TestDataForm::filledIn()
{
    const auto form = DataForm::fromElement(parseFragment(registrationForm));
    QVERIFY(form);
    const DataForm submit = form->filledIn(
        { { u"username"_s, { u"juliet"_s } }, { u"FORM_TYPE"_s, { u"tampered"_s } }, { u"notes"_s, { u"hi"_s } } });
    QCOMPARE(submit.type(), DataForm::Type::Submit);
    QCOMPARE(normalize(submit.toElement()),
        normalize(parseFragment("<x xmlns='jabber:x:data' type='submit'>"
                                "<field var='FORM_TYPE' type='hidden'><value>jabber:iq:register</value></field>"
                                "<field var='username' type='text-single'><value>juliet</value></field>"
                                "<field var='colour' type='list-multi'><value>red</value><value>blue</value></field>"
                                "<field var='notes'><value>hi</value></field>"
                                "</x>")));
}

QTEST_GUILESS_MAIN(TestDataForm)
#include "tst_dataform.moc"
