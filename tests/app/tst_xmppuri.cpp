// xmpp: links (RFC 5122 §2, XEP-0147): the RFC's own examples, the XEP's actions, IRI/IDN forms and the
// malformed links a user may paste or a web page may hand the launcher.
#include "app/XmppUri.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::app;

Q_DECLARE_METATYPE(balcony::app::XmppUri::Action)

class TestXmppUri : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfcExamples_data();
    void rfcExamples();
    void messageAction();
    void rosterAndSubscribe();
    void joinNamesTheRoom();
    void unregisteredQueryTypeIsIgnored();
    void idnAndIriFormsNameTheSameHost();
    void caseAndFragment();
    void malformed_data();
    void malformed();
    void looksLikeXmppUri();
};

void TestXmppUri::rfcExamples_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<XmppUri::Action>("action");

    // RFC 5122 §2.2 and §2.7.1, in the order the RFC gives them.
    QTest::newRow("plain") << u"xmpp:node@example.com"_s << QString() << u"node"_s << u"example.com"_s << QString()
                           << XmppUri::Action::None;
    QTest::newRow("authority only") << u"xmpp://guest@example.com"_s << u"guest@example.com"_s << QString() << QString()
                                    << QString() << XmppUri::Action::None;
    QTest::newRow("authority and target")
        << u"xmpp://guest@example.com/support@example.com?message"_s << u"guest@example.com"_s << u"support"_s
        << u"example.com"_s << QString() << XmppUri::Action::Message;
    QTest::newRow("message") << u"xmpp:support@example.com?message"_s << QString() << u"support"_s << u"example.com"_s
                             << QString() << XmppUri::Action::Message;
    QTest::newRow("nasty node") << u"xmpp:nasty!%23$%25()*+,-.;=%3F%5B%5C%5D%5E_%60%7B%7C%7D~node@example.com"_s
                                << QString() << u"nasty!#$%()*+,-.;=?[\\]^_`{|}~node"_s << u"example.com"_s << QString()
                                << XmppUri::Action::None;
    QTest::newRow("repulsive resource")
        << u"xmpp:node@example.com/repulsive%20!%23%22$%25&'()*+,-.%2F:;%3C=%3E%3F%40%5B%5C%5D%5E_%60%7B%7C%7D~resource"_s
        << QString() << u"node"_s << u"example.com"_s << u"repulsive !#\"$%&'()*+,-./:;<=>?@[\\]^_`{|}~resource"_s
        << XmppUri::Action::None;
    QTest::newRow("encoded UTF-8") << u"xmpp:ji%C5%99i@%C4%8Dechy.example/v%20Praze"_s << QString() << u"jiři"_s
                                   << u"čechy.example"_s << u"v Praze"_s << XmppUri::Action::None;
    QTest::newRow("resource") << u"xmpp:example-node@example.com/some-resource"_s << QString() << u"example-node"_s
                              << u"example.com"_s << u"some-resource"_s << XmppUri::Action::None;
    QTest::newRow("domain only") << u"xmpp:example.com"_s << QString() << QString() << u"example.com"_s << QString()
                                 << XmppUri::Action::None;
}

void TestXmppUri::rfcExamples()
{
    QFETCH(QString, uri);
    QFETCH(QString, account);
    QFETCH(QString, local);
    QFETCH(QString, domain);
    QFETCH(QString, resource);
    QFETCH(XmppUri::Action, action);
    QString error;
    const auto parsed = XmppUri::parse(uri, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->account().toString(), account);
    QCOMPARE(parsed->target().local(), local);
    QCOMPARE(parsed->target().domain(), domain);
    QCOMPARE(parsed->target().resource(), resource);
    QCOMPARE(parsed->action(), action);
}

void TestXmppUri::messageAction()
{
    // RFC 5122 §2.5 / XEP-0147 §2: percent-encoded values, "+" is a plus (not form encoding), "=" in a value.
    const auto uri = XmppUri::parse(
        u"xmpp:romeo@montague.net?message;subject=Test%20Message;body=Here%27s%20a%20test%20message"_s);
    QVERIFY(uri);
    QCOMPARE(uri->target().toString(), u"romeo@montague.net"_s);
    QCOMPARE(uri->action(), XmppUri::Action::Message);
    QCOMPARE(uri->subject(), u"Test Message"_s);
    QCOMPARE(uri->body(), u"Here's a test message"_s);

    const auto plus = XmppUri::parse(u"xmpp:a@example.com?message;body=1+1=2%0Aok;thread=t%3B1;type=chat"_s);
    QVERIFY(plus);
    QCOMPARE(plus->body(), u"1+1=2\nok"_s);
    QCOMPARE(plus->thread(), u"t;1"_s);
    QCOMPARE(plus->parameter(u"type"_s), u"chat"_s);
    QCOMPARE(plus->parameter(u"missing"_s), QString());

    const auto unicodeBody = XmppUri::parse(u"xmpp:a@example.com?message;body=Gr%C3%BC%C3%9Fe%20%F0%9F%98%80"_s);
    QVERIFY(unicodeBody);
    QCOMPARE(unicodeBody->body(), u"Grüße 😀"_s);
    const auto empty = XmppUri::parse(u"xmpp:a@example.com?message;body="_s);
    QVERIFY(empty);
    QCOMPARE(empty->action(), XmppUri::Action::Message);
    QCOMPARE(empty->body(), QString());
}

void TestXmppUri::rosterAndSubscribe()
{
    const auto roster
        = XmppUri::parse(u"xmpp:romeo@montague.net?roster;name=Romeo%20Montague;group=Friends;group=Verona"_s);
    QVERIFY(roster);
    QCOMPARE(roster->action(), XmppUri::Action::Roster);
    QCOMPARE(roster->name(), u"Romeo Montague"_s);
    QCOMPARE(roster->groups(), QStringList({ u"Friends"_s, u"Verona"_s }));
    QCOMPARE(roster->parameters().size(), 3);

    const auto subscribe = XmppUri::parse(u"xmpp:romeo@montague.net?subscribe"_s);
    QVERIFY(subscribe);
    QCOMPARE(subscribe->action(), XmppUri::Action::Subscribe);
    QCOMPARE(subscribe->actionName(), u"subscribe"_s);
    QVERIFY(subscribe->parameters().isEmpty());
}

void TestXmppUri::joinNamesTheRoom()
{
    const auto join = XmppUri::parse(u"xmpp:darkcave@chat.shakespeare.lit?join;password=cauldronburn"_s);
    QVERIFY(join);
    QCOMPARE(join->action(), XmppUri::Action::Join);
    QCOMPARE(join->actionName(), u"join"_s);
    QCOMPARE(join->target().toString(), u"darkcave@chat.shakespeare.lit"_s);
    QCOMPARE(join->password(), u"cauldronburn"_s);
    const auto plain = XmppUri::parse(u"xmpp:darkcave@chat.shakespeare.lit?join"_s);
    QVERIFY(plain);
    QCOMPARE(plain->action(), XmppUri::Action::Join);
    QVERIFY(plain->password().isEmpty());
    const auto vcard = XmppUri::parse(u"xmpp:romeo@montague.net?vcard"_s);
    QVERIFY(vcard);
    QCOMPARE(vcard->action(), XmppUri::Action::Unsupported);
    QVERIFY(vcard->unsupportedMessage().contains(u"\"vcard\""_s));
}

void TestXmppUri::unregisteredQueryTypeIsIgnored()
{
    // RFC 5122 §2.5: a query type the application does not understand is ignored: the link is the bare address.
    const auto uri = XmppUri::parse(u"xmpp:romeo@montague.net?x-whatever;foo=bar"_s);
    QVERIFY(uri);
    QCOMPARE(uri->action(), XmppUri::Action::None);
    QCOMPARE(uri->actionName(), u"x-whatever"_s);
    QCOMPARE(uri->target().toString(), u"romeo@montague.net"_s);
}

void TestXmppUri::idnAndIriFormsNameTheSameHost()
{
    // RFC 5122 §2.7.2: the IRI (U-labels, raw Unicode), its percent-encoded URI form and the A-label form.
    const QStringList forms { u"xmpp:jiři@čechy.example/v%20Praze"_s, u"xmpp:ji%C5%99i@%C4%8Dechy.example/v%20Praze"_s,
        u"xmpp:ji%C5%99i@xn--echy-fua.example/v%20Praze"_s, u"xmpp:JI%C5%98I@XN--ECHY-FUA.example/v%20Praze"_s };
    for (const QString &form : forms) {
        QString error;
        const auto uri = XmppUri::parse(form, &error);
        QVERIFY2(uri, qPrintable(form + u": "_s + error));
        QCOMPARE(uri->target().toString(), u"jiři@čechy.example/v Praze"_s);
    }
}

void TestXmppUri::caseAndFragment()
{
    // RFC 3986 §3.1: the scheme is case-insensitive; RFC 5122 §2.2: the fragment identifies nothing.
    const auto uri = XmppUri::parse(u"XMPP:Juliet@Capulet.lit?message;body=hi#section-2"_s);
    QVERIFY(uri);
    QCOMPARE(uri->target().toString(), u"juliet@capulet.lit"_s);
    QCOMPARE(uri->body(), u"hi"_s);
    const auto noQuery = XmppUri::parse(u"xmpp:juliet@capulet.lit#?message"_s);
    QVERIFY(noQuery);
    QCOMPARE(noQuery->action(), XmppUri::Action::None);
}

void TestXmppUri::malformed_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("says");

    QTest::newRow("other scheme") << u"http://example.com/"_s << u"not an xmpp: link"_s;
    QTest::newRow("no scheme") << u"juliet@capulet.lit"_s << u"not an xmpp: link"_s;
    QTest::newRow("empty") << u"xmpp:"_s << u"names no address"_s;
    QTest::newRow("query only") << u"xmpp:?message;body=x"_s << u"names no address"_s;
    QTest::newRow("authority only with action") << u"xmpp://guest@example.com?message"_s << u"names no address"_s;
    QTest::newRow("authority slash") << u"xmpp://guest@example.com/"_s << u"no address after the account"_s;
    QTest::newRow("authority without user") << u"xmpp://example.com/juliet@capulet.lit"_s << u"no user name"_s;
    QTest::newRow("authority with encoded slash")
        << u"xmpp://guest@example.com%2Fres/juliet@capulet.lit"_s << u"not a valid XMPP address"_s;
    QTest::newRow("empty localpart") << u"xmpp:@capulet.lit"_s << u"empty part"_s;
    QTest::newRow("empty domain") << u"xmpp:juliet@"_s << u"empty part"_s;
    QTest::newRow("empty resource") << u"xmpp:juliet@capulet.lit/"_s << u"empty part"_s;
    QTest::newRow("bad hex") << u"xmpp:jul%ZZiet@capulet.lit"_s << u"percent-encoded"_s;
    QTest::newRow("short escape") << u"xmpp:juliet@capulet.lit/r%2"_s << u"percent-encoded"_s;
    QTest::newRow("truncated UTF-8") << u"xmpp:ji%C5@capulet.lit"_s << u"percent-encoded"_s;
    QTest::newRow("overlong UTF-8") << u"xmpp:a%C0%AF@capulet.lit"_s << u"percent-encoded"_s;
    QTest::newRow("bad value escape") << u"xmpp:juliet@capulet.lit?message;body=%G0"_s << u"percent-encoded"_s;
    QTest::newRow("space") << u"xmpp:juliet@capulet.lit?message;body=hi there"_s << u"spaces"_s;
    QTest::newRow("control") << u"xmpp:juliet@capulet.lit\n"_s << u"spaces"_s;
    QTest::newRow("raw angle") << u"xmpp:jul<iet@capulet.lit"_s << u"spaces"_s;
    QTest::newRow("encoded at in localpart") << u"xmpp:a%40b@capulet.lit"_s << u"not a valid XMPP address"_s;
    QTest::newRow("encoded angle") << u"xmpp:jul%3Ciet@capulet.lit"_s << u"not a valid XMPP address"_s;
    QTest::newRow("bad domain") << u"xmpp:juliet@capu..let"_s << u"not a valid XMPP address"_s;
    QTest::newRow("pair without value") << u"xmpp:juliet@capulet.lit?message;body"_s << u"key=value"_s;
    QTest::newRow("pair without key") << u"xmpp:juliet@capulet.lit?message;=x"_s << u"key=value"_s;
}

void TestXmppUri::malformed()
{
    QFETCH(QString, uri);
    QFETCH(QString, says);
    QString error;
    const auto parsed = XmppUri::parse(uri, &error);
    QVERIFY2(!parsed, qPrintable(uri));
    QVERIFY2(error.contains(says), qPrintable(error));
    // Without an error string the result is the same.
    QVERIFY(!XmppUri::parse(uri));
}

void TestXmppUri::looksLikeXmppUri()
{
    QVERIFY(XmppUri::looksLikeXmppUri(u"xmpp:a@b"_s));
    QVERIFY(XmppUri::looksLikeXmppUri(u"Xmpp:a@b"_s));
    QVERIFY(!XmppUri::looksLikeXmppUri(u"xmp:a@b"_s));
    QVERIFY(!XmppUri::looksLikeXmppUri(u"--minimized"_s));
}

QTEST_GUILESS_MAIN(TestXmppUri)
#include "tst_xmppuri.moc"
