// XEP-0115 entity capabilities: the verification string (§5.1) against the XEP's own examples (§5.2, §5.3),
// every rejection of §5.4, the hash functions, and the <c/> element.
#include "XmlCompare.h"
#include "disco/EntityCaps.h"

#include <QTest>

using namespace balcony;
using namespace balcony::test;

namespace {

// XEP-0115 §5.2.
const QByteArray simpleExample = "<query xmlns='http://jabber.org/protocol/disco#info' "
                                 "node='http://code.google.com/p/exodus#QgayPKawpkPSDYmwT/WM94uAlu0='>"
                                 "<identity category='client' name='Exodus 0.9.1' type='pc'/>"
                                 "<feature var='http://jabber.org/protocol/caps'/>"
                                 "<feature var='http://jabber.org/protocol/disco#info'/>"
                                 "<feature var='http://jabber.org/protocol/disco#items'/>"
                                 "<feature var='http://jabber.org/protocol/muc'/>"
                                 "</query>";
const QString simpleVer = QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0=");
const QByteArray simpleS = "client/pc//Exodus 0.9.1<http://jabber.org/protocol/caps<"
                           "http://jabber.org/protocol/disco#info<http://jabber.org/protocol/disco#items<"
                           "http://jabber.org/protocol/muc<";

// XEP-0115 §5.3: two identities with xml:lang, and an extended information form.
const QByteArray complexExample = "<query xmlns='http://jabber.org/protocol/disco#info' "
                                  "node='http://psi-im.org#q07IKJEyjvHSyhy//CH0CxmKi8w='>"
                                  "<identity xml:lang='en' category='client' name='Psi 0.11' type='pc'/>"
                                  "<identity xml:lang='el' category='client' name='\xce\xa8 0.11' type='pc'/>"
                                  "<feature var='http://jabber.org/protocol/caps'/>"
                                  "<feature var='http://jabber.org/protocol/disco#info'/>"
                                  "<feature var='http://jabber.org/protocol/disco#items'/>"
                                  "<feature var='http://jabber.org/protocol/muc'/>"
                                  "<x xmlns='jabber:x:data' type='result'>"
                                  "<field var='FORM_TYPE' type='hidden'>"
                                  "<value>urn:xmpp:dataforms:softwareinfo</value></field>"
                                  "<field var='ip_version'><value>ipv4</value><value>ipv6</value></field>"
                                  "<field var='os'><value>Mac</value></field>"
                                  "<field var='os_version'><value>10.5.1</value></field>"
                                  "<field var='software'><value>Psi</value></field>"
                                  "<field var='software_version'><value>0.11</value></field>"
                                  "</x></query>";
const QString complexVer = QStringLiteral("q07IKJEyjvHSyhy//CH0CxmKi8w=");
const QByteArray complexS = "client/pc/el/\xce\xa8 0.11<client/pc/en/Psi 0.11<http://jabber.org/protocol/caps<"
                            "http://jabber.org/protocol/disco#info<http://jabber.org/protocol/disco#items<"
                            "http://jabber.org/protocol/muc<urn:xmpp:dataforms:softwareinfo<"
                            "ip_version<ipv4<ipv6<os<Mac<os_version<10.5.1<software<Psi<software_version<0.11<";

DiscoInfo info(const QByteArray &xml)
{
    const auto parsed = DiscoInfo::fromElement(parseFragment(xml));
    return parsed.value_or(DiscoInfo());
}

// The complex example with `replace` substituted for `with` (to break it in one specific way).
DiscoInfo complexWith(const QByteArray &replace, const QByteArray &with)
{
    QByteArray xml = complexExample;
    xml.replace(replace, with);
    return info(xml);
}

} // namespace

class TestEntityCaps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void simpleExampleString();
    void simpleExampleVer();
    void complexExampleString();
    void complexExampleVer();
    void orderOfInputDoesNotMatter();
    void octetCollation();
    void formsWithoutFormTypeIgnored();
    void otherHashes();
    void rejectMismatch();
    void rejectDuplicateIdentity();
    void identitiesDifferingInLangAreNotDuplicates();
    void manyIdentitiesChecked();
    void rejectDuplicateFeature();
    void rejectDuplicateFormType();
    void rejectFormTypeNotHidden();
    void unknownHashNotVerified();
    void capsElement();
};

void TestEntityCaps::simpleExampleString()
{
    QCOMPARE(EntityCaps::verificationInput(info(simpleExample)), simpleS);
}

void TestEntityCaps::simpleExampleVer()
{
    const DiscoInfo i = info(simpleExample);
    QCOMPARE(EntityCaps::verificationString(i, QCryptographicHash::Sha1), simpleVer);
    QCOMPARE(EntityCaps::verify(i, u"sha-1", simpleVer), EntityCaps::Verification::Ok);
}

void TestEntityCaps::complexExampleString()
{
    QCOMPARE(EntityCaps::verificationInput(info(complexExample)), complexS);
}

void TestEntityCaps::complexExampleVer()
{
    const DiscoInfo i = info(complexExample);
    QCOMPARE(i.identities.size(), 2);
    QCOMPARE(i.extensions.size(), 1);
    QCOMPARE(EntityCaps::verificationString(i, u"sha-1"), std::optional<QString>(complexVer));
    QCOMPARE(EntityCaps::verify(i, u"sha-1", complexVer), EntityCaps::Verification::Ok);
}

void TestEntityCaps::orderOfInputDoesNotMatter()
{
    DiscoInfo i = info(complexExample);
    std::reverse(i.identities.begin(), i.identities.end());
    std::reverse(i.features.begin(), i.features.end());
    QList<DataForm::Field> fields = i.extensions.first().fields();
    std::reverse(fields.begin(), fields.end());
    for (DataForm::Field &field : fields) {
        std::reverse(field.values.begin(), field.values.end()); // ip_version: ipv6, ipv4
    }
    i.extensions.first().setFields(fields);
    QCOMPARE(EntityCaps::verificationString(i, QCryptographicHash::Sha1), complexVer);
}

void TestEntityCaps::octetCollation()
{
    // i;octet compares UTF-8 bytes: U+FFFD (EF BF BD) sorts before U+10000 (F0 90 80 80), although in
    // UTF-16 the surrogate pair D800 DC00 comes first.
    DiscoInfo i;
    i.features = { QStringLiteral("a\U00010000"), QStringLiteral("a\uFFFD"), QStringLiteral("Z"), QStringLiteral("a") };
    QCOMPARE(EntityCaps::verificationInput(i), QByteArray("Z<a<a\xef\xbf\xbd<a\xf0\x90\x80\x80<"));
}

void TestEntityCaps::formsWithoutFormTypeIgnored()
{
    const DiscoInfo plain = info(complexExample);
    DiscoInfo extra = plain;
    DataForm untyped;
    untyped.setType(DataForm::Type::Result);
    untyped.addField({ QStringLiteral("x"), {}, {}, {}, false, { QStringLiteral("y") }, {} });
    extra.extensions.append(untyped);
    QCOMPARE(EntityCaps::verificationInput(extra), EntityCaps::verificationInput(plain));
    QCOMPARE(EntityCaps::verify(extra, u"sha-1", complexVer), EntityCaps::Verification::Ok);
}

void TestEntityCaps::otherHashes()
{
    const DiscoInfo i = info(complexExample);
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(complexS, QCryptographicHash::Sha256).toBase64());
    const QString sha512
        = QString::fromLatin1(QCryptographicHash::hash(complexS, QCryptographicHash::Sha512).toBase64());
    QCOMPARE(EntityCaps::verify(i, u"sha-256", sha256), EntityCaps::Verification::Ok);
    QCOMPARE(EntityCaps::verify(i, u"sha-512", sha512), EntityCaps::Verification::Ok);
    QCOMPARE(EntityCaps::verify(i, u"sha-256", complexVer), EntityCaps::Verification::Mismatch);
}

void TestEntityCaps::rejectMismatch()
{
    const DiscoInfo changed = complexWith("<field var='os'><value>Mac</value>", "<field var='os'><value>Linux</value>");
    QCOMPARE(EntityCaps::verify(changed, u"sha-1", complexVer), EntityCaps::Verification::Mismatch);
    QCOMPARE(EntityCaps::verify(info(simpleExample), u"sha-1", complexVer), EntityCaps::Verification::Mismatch);
}

void TestEntityCaps::rejectDuplicateIdentity()
{
    // The same identity twice; the ver is recomputed over the duplicated input so that only the duplicate
    // can be the reason.
    const DiscoInfo dup = complexWith("<feature var='http://jabber.org/protocol/caps'/>",
        "<identity xml:lang='en' category='client' name='Psi 0.11' type='pc'/>"
        "<feature var='http://jabber.org/protocol/caps'/>");
    QCOMPARE(dup.identities.size(), 3);
    const QString ver = EntityCaps::verificationString(dup, QCryptographicHash::Sha1);
    QCOMPARE(EntityCaps::verify(dup, u"sha-1", ver), EntityCaps::Verification::DuplicateIdentity);
}

void TestEntityCaps::identitiesDifferingInLangAreNotDuplicates()
{
    const DiscoInfo i = complexWith(
        "xml:lang='el' category='client' name='\xce\xa8 0.11'", "xml:lang='de' category='client' name='Psi 0.11'");
    const QString ver = EntityCaps::verificationString(i, QCryptographicHash::Sha1);
    QCOMPARE(EntityCaps::verify(i, u"sha-1", ver), EntityCaps::Verification::Ok);
}

void TestEntityCaps::manyIdentitiesChecked()
{
    // Issue 11: the duplicate check compared every pair of identities of a remote answer. 20,000 distinct
    // ones verify; a duplicate pair as far apart as can be is still found.
    DiscoInfo many;
    for (int i = 0; i < 20000; ++i) {
        many.identities.append(
            { QStringLiteral("client"), QStringLiteral("pc"), {}, QStringLiteral("name %1").arg(i) });
    }
    many.features = { QStringLiteral("urn:a") };
    QCOMPARE(EntityCaps::verify(many, u"sha-1", EntityCaps::verificationString(many, QCryptographicHash::Sha1)),
        EntityCaps::Verification::Ok);
    many.identities.append(many.identities.first());
    QCOMPARE(EntityCaps::verify(many, u"sha-1", EntityCaps::verificationString(many, QCryptographicHash::Sha1)),
        EntityCaps::Verification::DuplicateIdentity);
}

void TestEntityCaps::rejectDuplicateFeature()
{
    const DiscoInfo dup = complexWith("<feature var='http://jabber.org/protocol/muc'/>",
        "<feature var='http://jabber.org/protocol/muc'/><feature var='http://jabber.org/protocol/muc'/>");
    const QString ver = EntityCaps::verificationString(dup, QCryptographicHash::Sha1);
    QCOMPARE(EntityCaps::verify(dup, u"sha-1", ver), EntityCaps::Verification::DuplicateFeature);
}

void TestEntityCaps::rejectDuplicateFormType()
{
    const DiscoInfo dup = complexWith("</x></query>",
        "</x><x xmlns='jabber:x:data' type='result'><field var='FORM_TYPE' type='hidden'>"
        "<value>urn:xmpp:dataforms:softwareinfo</value></field>"
        "<field var='os'><value>Linux</value></field></x></query>");
    QCOMPARE(dup.extensions.size(), 2);
    const QString ver = EntityCaps::verificationString(dup, QCryptographicHash::Sha1);
    QCOMPARE(EntityCaps::verify(dup, u"sha-1", ver), EntityCaps::Verification::DuplicateFormType);
}

void TestEntityCaps::rejectFormTypeNotHidden()
{
    const DiscoInfo visible
        = complexWith("<field var='FORM_TYPE' type='hidden'>", "<field var='FORM_TYPE' type='text-single'>");
    // The verification string does not depend on field types, so the announced ver still matches.
    QCOMPARE(EntityCaps::verificationString(visible, QCryptographicHash::Sha1), complexVer);
    QCOMPARE(EntityCaps::verify(visible, u"sha-1", complexVer), EntityCaps::Verification::FormTypeNotHidden);
    const DiscoInfo untyped = complexWith("<field var='FORM_TYPE' type='hidden'>", "<field var='FORM_TYPE'>");
    QCOMPARE(EntityCaps::verify(untyped, u"sha-1", complexVer), EntityCaps::Verification::FormTypeNotHidden);
}

void TestEntityCaps::unknownHashNotVerified()
{
    const DiscoInfo i = info(simpleExample);
    QVERIFY(!EntityCaps::algorithm(u"md5"));
    QVERIFY(!EntityCaps::verificationString(i, u"md5"));
    const QString md5 = QString::fromLatin1(QCryptographicHash::hash(simpleS, QCryptographicHash::Md5).toBase64());
    QCOMPARE(EntityCaps::verify(i, u"md5", md5), EntityCaps::Verification::UnknownHash);
    QCOMPARE(EntityCaps::verify(i, u"", simpleVer), EntityCaps::Verification::UnknownHash);
}

void TestEntityCaps::capsElement()
{
    const CapsAnnouncement caps = EntityCaps::parse(
        parseFragment("<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='http://psi-im.org' ver='"
            + complexVer.toUtf8() + "'/>"));
    QCOMPARE(caps.hash, QStringLiteral("sha-1"));
    QCOMPARE(caps.node, QStringLiteral("http://psi-im.org"));
    QCOMPARE(caps.ver, complexVer);
    QCOMPARE(EntityCaps::parse(EntityCaps::toElement(caps)), caps);
    QVERIFY(EntityCaps::parse(parseFragment("<c xmlns='urn:other' hash='sha-1' node='n' ver='v'/>")).isNull());
    QVERIFY(EntityCaps::parse(parseFragment("<c xmlns='http://jabber.org/protocol/caps' node='n'/>")).isNull());
    // Legacy (pre-1.5) announcements have no hash: parsed, but not verifiable.
    const CapsAnnouncement legacy
        = EntityCaps::parse(parseFragment("<c xmlns='http://jabber.org/protocol/caps' node='n' ver='1.0'/>"));
    QVERIFY(!legacy.isNull());
    QVERIFY(legacy.hash.isEmpty());
}

QTEST_GUILESS_MAIN(TestEntityCaps)
#include "tst_entitycaps.moc"
