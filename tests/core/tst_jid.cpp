#include "core/Jid.h"

#include <QSet>
#include <QTest>

using namespace balcony;
using namespace Qt::StringLiterals;

namespace {

// 16 labels of 63 octets joined by dots: exactly 1023 octets.
QString longestDomain()
{
    QStringList labels;
    for (int i = 0; i < 16; ++i) {
        labels.append(QString(63, QLatin1Char(char('a' + i))));
    }
    return labels.join(u'.');
}

// 15 labels of 63, one of 62 and one of 1: 1024 octets with every label still within 63.
QString tooLongDomain()
{
    QStringList labels;
    for (int i = 0; i < 15; ++i) {
        labels.append(QString(63, QLatin1Char(char('a' + i))));
    }
    labels.append(QString(62, u'x'));
    labels.append(u"y"_s);
    return labels.join(u'.');
}

// QStringBuilder expressions do not convert to QStringView; materialise them first.
std::optional<Jid> parseJid(const QString &text)
{
    return Jid::parse(text);
}

} // namespace

class TestJid : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void lengthLimits();
    void idnForms();
    void fromParts_data();
    void fromParts();
    void derived();
    void hashAndSet();
    void orderingMatchesStrings();
};

void TestJid::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("domain") << u"example.com"_s << QString() << u"example.com"_s << QString() << u"example.com"_s;
    QTest::newRow("bare") << u"user@example.com"_s << u"user"_s << u"example.com"_s << QString()
                          << u"user@example.com"_s;
    QTest::newRow("full") << u"user@example.com/res"_s << u"user"_s << u"example.com"_s << u"res"_s
                          << u"user@example.com/res"_s;
    QTest::newRow("domain+resource") << u"example.com/res"_s << QString() << u"example.com"_s << u"res"_s
                                     << u"example.com/res"_s;
    QTest::newRow("case folding") << u"User@Example.COM/Res"_s << u"user"_s << u"example.com"_s << u"Res"_s
                                  << u"user@example.com/Res"_s;
    QTest::newRow("non-ascii case folding")
        << u"ÄLICE@example.com"_s << u"älice"_s << u"example.com"_s << QString() << u"älice@example.com"_s;
    QTest::newRow("NFC local") << u"e\u0301@example.com"_s << u"\u00e9"_s << u"example.com"_s << QString()
                               << u"\u00e9@example.com"_s;
    QTest::newRow("NFC resource") << u"a@example.com/e\u0301"_s << u"a"_s << u"example.com"_s << u"\u00e9"_s
                                  << u"a@example.com/\u00e9"_s;
    QTest::newRow("trailing dot") << u"user@example.com./r"_s << u"user"_s << u"example.com"_s << u"r"_s
                                  << u"user@example.com/r"_s;
    QTest::newRow("resource with @ and /")
        << u"user@example.com/a@b/c"_s << u"user"_s << u"example.com"_s << u"a@b/c"_s << u"user@example.com/a@b/c"_s;
    QTest::newRow("slash before @") << u"a/b@example.com"_s << QString() << u"a"_s << u"b@example.com"_s
                                    << u"a/b@example.com"_s;
    QTest::newRow("resource spaces") << u"user@example.com/my resource"_s << u"user"_s << u"example.com"_s
                                     << u"my resource"_s << u"user@example.com/my resource"_s;
    QTest::newRow("resource nbsp mapped")
        << u"user@example.com/a\u00a0b"_s << u"user"_s << u"example.com"_s << u"a b"_s << u"user@example.com/a b"_s;
    QTest::newRow("idn unicode") << u"user@bücher.example"_s << u"user"_s << u"bücher.example"_s << QString()
                                 << u"user@bücher.example"_s;
    QTest::newRow("idn ace") << u"user@xn--bcher-kva.example"_s << u"user"_s << u"bücher.example"_s << QString()
                             << u"user@bücher.example"_s;
    QTest::newRow("idn upper") << u"user@BÜCHER.example"_s << u"user"_s << u"bücher.example"_s << QString()
                               << u"user@bücher.example"_s;
    QTest::newRow("ideographic full stop")
        << u"user@example\u3002com"_s << u"user"_s << u"example.com"_s << QString() << u"user@example.com"_s;
    QTest::newRow("ipv4") << u"user@127.0.0.1/r"_s << u"user"_s << u"127.0.0.1"_s << u"r"_s << u"user@127.0.0.1/r"_s;
    QTest::newRow("ipv6") << u"user@[::1]/r"_s << u"user"_s << u"[::1]"_s << u"r"_s << u"user@[::1]/r"_s;
    QTest::newRow("ipv6 canonical") << u"[0:0:0:0:0:0:0:1]"_s << QString() << u"[::1]"_s << QString() << u"[::1]"_s;
    QTest::newRow("ipv6 upper") << u"[FE80::ABCD]"_s << QString() << u"[fe80::abcd]"_s << QString()
                                << u"[fe80::abcd]"_s;
    QTest::newRow("astral local") << u"\U0001F600@example.com"_s << u"\U0001F600"_s << u"example.com"_s << QString()
                                  << u"\U0001F600@example.com"_s;
    QTest::newRow("63-octet label") << (QString(63, u'a') + u".example"_s) << QString()
                                    << (QString(63, u'a') + u".example"_s) << QString()
                                    << (QString(63, u'a') + u".example"_s);
    // Edges of the all-ASCII fast paths: what they take must equal the full normalisation.
    QTest::newRow("ascii hyphen and digit labels")
        << u"Some.User_1@My-Host.4Example.COM/Desk Top~1"_s << u"some.user_1"_s << u"my-host.4example.com"_s
        << u"Desk Top~1"_s << u"some.user_1@my-host.4example.com/Desk Top~1"_s;
    QTest::newRow("numeric label with a letter label")
        << u"a@123.example"_s << u"a"_s << u"123.example"_s << QString() << u"a@123.example"_s;
    QTest::newRow("uppercase ace label") << u"user@XN--BCHER-KVA.example"_s << u"user"_s << u"bücher.example"_s
                                         << QString() << u"user@bücher.example"_s;
}

void TestJid::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, local);
    QFETCH(QString, domain);
    QFETCH(QString, resource);
    QFETCH(QString, canonical);

    QString error;
    const auto jid = Jid::parse(input, &error);
    QVERIFY2(jid.has_value(), qPrintable(error));
    QCOMPARE(jid->local(), local);
    QCOMPARE(jid->domain(), domain);
    QCOMPARE(jid->resource(), resource);
    QCOMPARE(jid->toString(), canonical);
    QVERIFY(!jid->isNull());
    QCOMPARE(jid->isBare(), resource.isEmpty());

    // Round trip: the canonical string parses to the same JID and prints identically.
    const auto again = Jid::parse(jid->toString());
    QVERIFY(again.has_value());
    QCOMPARE(*again, *jid);
    QCOMPARE(again->toString(), canonical);
}

void TestJid::invalid_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("empty local") << u"@example.com"_s;
    QTest::newRow("empty domain") << u"user@"_s;
    QTest::newRow("empty domain with resource") << u"/res"_s;
    QTest::newRow("empty resource") << u"user@example.com/"_s;
    QTest::newRow("only dot") << u"user@."_s;
    QTest::newRow("two trailing dots") << u"user@example.com.."_s;
    QTest::newRow("second @ lands in domain") << u"a@b@example.com"_s;
    QTest::newRow("space in local") << u"a b@example.com"_s;
    QTest::newRow("nbsp in local") << u"a\u00a0b@example.com"_s;
    QTest::newRow("tab in local") << u"a\tb@example.com"_s;
    QTest::newRow("control in local") << u"a\u0001b@example.com"_s;
    QTest::newRow("quote in local") << u"a\"b@example.com"_s;
    QTest::newRow("ampersand in local") << u"a&b@example.com"_s;
    QTest::newRow("apostrophe in local") << u"a'b@example.com"_s;
    QTest::newRow("colon in local") << u"a:b@example.com"_s;
    QTest::newRow("less-than in local") << u"a<b@example.com"_s;
    QTest::newRow("greater-than in local") << u"a>b@example.com"_s;
    QTest::newRow("lone surrogate in local") << (u"a"_s + QChar(0xD800) + u"@example.com"_s);
    QTest::newRow("U+FFFF in resource") << (u"a@example.com/r"_s + QChar(0xFFFF));
    QTest::newRow("control in resource") << u"a@example.com/r\u0007"_s;
    QTest::newRow("newline in resource") << u"a@example.com/r\nx"_s;
    QTest::newRow("space in domain") << u"user@exa mple.com"_s;
    QTest::newRow("control in domain") << u"user@exa\u0001mple.com"_s;
    QTest::newRow("leading hyphen label") << u"user@-bad.example"_s;
    QTest::newRow("trailing hyphen label") << u"user@bad-.example"_s;
    QTest::newRow("DEL in local") << u"a\u007fb@example.com"_s;
    QTest::newRow("DEL in resource") << u"a@example.com/r\u007f"_s;
    QTest::newRow("empty label") << u"user@a..example"_s;
    QTest::newRow("64-octet label") << (u"user@"_s + QString(64, u'a') + u".example"_s);
    QTest::newRow("idn label over 63 in ACE") << (u"user@"_s + QString(60, u'ü') + u".example"_s);
    QTest::newRow("punctuation in domain") << u"user@exa!mple.com"_s;
    QTest::newRow("ipv6 unterminated") << u"user@[::1"_s;
    QTest::newRow("ipv6 garbage") << u"user@[not-an-ip]"_s;
    QTest::newRow("ipv4 in brackets") << u"user@[127.0.0.1]"_s;
    QTest::newRow("ipv6 zone id") << u"user@[fe80::1%eth0]"_s;
    QTest::newRow("ipv4 out of range") << u"user@256.1.1.1"_s;
    QTest::newRow("ipv4 three parts") << u"user@1.2.3"_s;
}

void TestJid::invalid()
{
    QFETCH(QString, input);
    QString error;
    const auto jid = Jid::parse(input, &error);
    QVERIFY2(!jid.has_value(), qPrintable(jid ? jid->toString() : QString()));
    QVERIFY(!error.isEmpty());
}

void TestJid::lengthLimits()
{
    const QString local1023(1023, u'a');
    QVERIFY(parseJid(local1023 + u"@example.com"_s));
    QVERIFY(!parseJid(local1023 + u"a@example.com"_s));

    // Octets, not characters: 341 three-octet characters are 1023 octets, 342 are 1026.
    const QString euro341(341, QChar(0x20AC));
    QVERIFY(parseJid(u"a@example.com/"_s + euro341));
    QVERIFY(!parseJid(u"a@example.com/"_s + euro341 + QChar(0x20AC)));
    QVERIFY(parseJid(u"a@example.com/"_s + QString(1023, u'r')));
    QVERIFY(!parseJid(u"a@example.com/"_s + QString(1024, u'r')));

    QCOMPARE(longestDomain().toUtf8().size(), 1023);
    QCOMPARE(tooLongDomain().toUtf8().size(), 1024);
    const auto longest = parseJid(u"a@"_s + longestDomain());
    QVERIFY(longest);
    QCOMPARE(longest->domain(), longestDomain());
    QVERIFY(!parseJid(u"a@"_s + tooLongDomain()));
    // The trailing dot is not counted: it is stripped first.
    QVERIFY(parseJid(u"a@"_s + longestDomain() + u'.'));
}

void TestJid::idnForms()
{
    const auto unicode = Jid::parse(u"user@bücher.example"_s);
    const auto ace = Jid::parse(u"user@xn--bcher-kva.example"_s);
    QVERIFY(unicode && ace);
    QCOMPARE(*unicode, *ace);
    QCOMPARE(unicode->domainAce(), u"xn--bcher-kva.example"_s);
    QCOMPARE(ace->domainAce(), u"xn--bcher-kva.example"_s);
    QCOMPARE(Jid::parse(u"Example.COM"_s)->domainAce(), u"example.com"_s);
    QCOMPARE(Jid::parse(u"[::1]"_s)->domainAce(), u"[::1]"_s);
    QCOMPARE(Jid::parse(u"127.0.0.1"_s)->domainAce(), u"127.0.0.1"_s);
}

void TestJid::fromParts_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("expected"); // empty = invalid

    QTest::newRow("all parts") << u"User"_s << u"Example.com"_s << u"R"_s << u"user@example.com/R"_s;
    QTest::newRow("domain only") << QString() << u"example.com"_s << QString() << u"example.com"_s;
    QTest::newRow("resource with slash") << u"a"_s << u"example.com"_s << u"x/y"_s << u"a@example.com/x/y"_s;
    QTest::newRow("@ in local") << u"a@b"_s << u"example.com"_s << QString() << QString();
    QTest::newRow("/ in local") << u"a/b"_s << u"example.com"_s << QString() << QString();
    QTest::newRow("@ in domain") << u"a"_s << u"b@example.com"_s << QString() << QString();
    QTest::newRow("/ in domain") << u"a"_s << u"example.com/x"_s << QString() << QString();
    QTest::newRow("no domain") << u"a"_s << QString() << u"r"_s << QString();
}

void TestJid::fromParts()
{
    QFETCH(QString, local);
    QFETCH(QString, domain);
    QFETCH(QString, resource);
    QFETCH(QString, expected);

    QString error;
    const auto jid = Jid::fromParts(local, domain, resource, &error);
    if (expected.isEmpty()) {
        QVERIFY(!jid);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(jid, qPrintable(error));
    QCOMPARE(jid->toString(), expected);
    QCOMPARE(Jid::parse(expected), jid);
}

void TestJid::derived()
{
    const Jid full = *Jid::parse(u"user@example.com/res"_s);
    QVERIFY(!full.isBare());
    QVERIFY(!full.isDomain());
    QCOMPARE(full.bare().toString(), u"user@example.com"_s);
    QCOMPARE(full.bareString(), u"user@example.com"_s);
    QVERIFY(full.bare().isBare());
    QCOMPARE(full.withResource(u"other"_s).toString(), u"user@example.com/other"_s);
    QCOMPARE(full.withResource(QString()).toString(), u"user@example.com"_s);
    QVERIFY(full.withResource(u"bad\u0001"_s).isNull());
    QVERIFY(Jid::parse(u"example.com"_s)->isDomain());
    QVERIFY(Jid().isNull());
    QVERIFY(Jid().withResource(u"r"_s).isNull());
    QVERIFY(full < *Jid::parse(u"zed@example.com"_s));
}

void TestJid::hashAndSet()
{
    const Jid a = *Jid::parse(u"User@BÜCHER.example/R"_s);
    const Jid b = *Jid::parse(u"user@xn--bcher-kva.example/R"_s);
    const Jid c = *Jid::parse(u"user@xn--bcher-kva.example/r"_s);
    QCOMPARE(a, b);
    QCOMPARE(qHash(a), qHash(b));
    QVERIFY(a != c); // resources are case-sensitive
    QSet<Jid> set { a, b, c };
    QCOMPARE(set.size(), 2);
    QVERIFY(set.contains(*Jid::parse(u"USER@bücher.example/R"_s)));
}

void TestJid::orderingMatchesStrings()
{
    // operator< walks the parts instead of building strings; it must order exactly like the strings do,
    // including where a separator meets a longer part ("a@x" vs "a.b@x", "x/r" vs "x.y") and for characters
    // outside the BMP (surrogates) next to U+E000..U+FFFF.
    const QStringList locals { QString(), u"a"_s, u"a.b"_s, u"ab"_s, u"a-"_s, u"\u00e9"_s, u"\U0001F600"_s,
        u"\uFF5E"_s };
    const QStringList domains { u"x"_s, u"x.y"_s, u"x-y"_s, u"xy"_s, u"b\u00fccher.example"_s };
    const QStringList resources { QString(), u"r"_s, u"R"_s, u"r/s"_s, u"@"_s, u"\U0001F600"_s, u"\uFF5E"_s };
    QList<Jid> jids;
    for (const QString &local : locals) {
        for (const QString &domain : domains) {
            for (const QString &resource : resources) {
                const auto jid = Jid::fromParts(local, domain, resource);
                QVERIFY2(jid.has_value(), qPrintable(local + u'@' + domain + u'/' + resource));
                jids.append(*jid);
            }
        }
    }
    QVERIFY(jids.size() > 250);
    int lessCount = 0;
    for (const Jid &a : std::as_const(jids)) {
        for (const Jid &b : std::as_const(jids)) {
            const bool expected = a.toString() < b.toString();
            if ((a < b) != expected) {
                QFAIL(qPrintable(u"%1 < %2 should be %3"_s.arg(a.toString(), b.toString()).arg(expected)));
            }
            lessCount += expected ? 1 : 0;
        }
    }
    QVERIFY(lessCount > 0);
}

QTEST_GUILESS_MAIN(TestJid)
#include "tst_jid.moc"
