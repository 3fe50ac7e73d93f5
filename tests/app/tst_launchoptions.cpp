// `balcony` command line (src/app/LaunchOptions): what each option means, the errors a user gets, and that a
// second launch's hand-over arguments mean the same again.
#include "app/LaunchOptions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony::app;

Q_DECLARE_METATYPE(balcony::app::LaunchOptions::Outcome)

namespace {

LaunchOptions parse(QStringList arguments, const QString &workingDirectory = u"/home/alice"_s)
{
    arguments.prepend(u"balcony"_s);
    return LaunchOptions::parse(arguments, workingDirectory);
}

} // namespace

class TestLaunchOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noArguments();
    void everyOption();
    void profileRootIsMadeAbsolute();
    void help();
    void version();
    void errors_data();
    void errors();
    void handOverArgumentsRoundTrip_data();
    void handOverArgumentsRoundTrip();
};

void TestLaunchOptions::noArguments()
{
    const LaunchOptions options = parse({});
    QCOMPARE(options.outcome, LaunchOptions::Outcome::Run);
    QVERIFY(!options.minimized);
    QVERIFY(options.profileRoot.isEmpty());
    QVERIFY(options.uris.isEmpty());
    QVERIFY(options.toArguments().isEmpty());
}

void TestLaunchOptions::everyOption()
{
    const LaunchOptions options = parse({ u"--minimized"_s, u"--profile-root"_s, u"/srv/balcony"_s,
        u"xmpp:juliet@capulet.lit?message;body=hi"_s, u"XMPP:romeo@montague.net"_s });
    QCOMPARE(options.outcome, LaunchOptions::Outcome::Run);
    QVERIFY(options.minimized);
    QCOMPARE(options.profileRoot, u"/srv/balcony"_s);
    QCOMPARE(options.uris, QStringList({ u"xmpp:juliet@capulet.lit?message;body=hi"_s, u"XMPP:romeo@montague.net"_s }));
}

void TestLaunchOptions::profileRootIsMadeAbsolute()
{
    QCOMPARE(parse({ u"--profile-root"_s, u"portable/data"_s }, u"/media/stick"_s).profileRoot,
        u"/media/stick/portable/data"_s);
    QCOMPARE(parse({ u"--profile-root=../x/./y/"_s }, u"/media/stick"_s).profileRoot, u"/media/x/y"_s);
    QCOMPARE(parse({ u"--profile-root=/abs"_s }, u"/media/stick"_s).profileRoot, u"/abs"_s);
}

void TestLaunchOptions::help()
{
    for (const QString &option : { u"--help"_s, u"-h"_s }) {
        const LaunchOptions options = parse({ u"--minimized"_s, option });
        QCOMPARE(options.outcome, LaunchOptions::Outcome::ShowHelp);
        for (const QString &word : { u"--minimized"_s, u"--profile-root <DIR>"_s, u"--version"_s, u"xmpp:"_s }) {
            QVERIFY2(options.text.contains(word), qPrintable(word + u" missing in:\n"_s + options.text));
        }
    }
}

void TestLaunchOptions::version()
{
    for (const QString &option : { u"--version"_s, u"-v"_s }) {
        const LaunchOptions options = parse({ option });
        QCOMPARE(options.outcome, LaunchOptions::Outcome::ShowVersion);
        QCOMPARE(options.text, u"Balcony "_s + QStringLiteral(BALCONY_VERSION) + u'\n');
    }
}

void TestLaunchOptions::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown option") << QStringList { u"--bogus"_s } << u"bogus"_s;
    QTest::newRow("missing value") << QStringList { u"--profile-root"_s } << u"profile-root"_s;
    QTest::newRow("empty value") << QStringList { u"--profile-root="_s } << u"--profile-root"_s;
    QTest::newRow("stray word") << QStringList { u"juliet@capulet.lit"_s } << u"\"juliet@capulet.lit\""_s;
    QTest::newRow("word after link") << QStringList { u"xmpp:a@b.c"_s, u"hello"_s } << u"\"hello\""_s;
}

void TestLaunchOptions::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const LaunchOptions options = parse(arguments);
    QCOMPARE(options.outcome, LaunchOptions::Outcome::Error);
    QVERIFY2(options.text.contains(says), qPrintable(options.text));
    QVERIFY2(options.text.contains(u"--help"_s), qPrintable(options.text));
}

void TestLaunchOptions::handOverArgumentsRoundTrip_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList {};
    QTest::newRow("minimized") << QStringList { u"--minimized"_s };
    QTest::newRow("links") << QStringList { u"xmpp:a@b.c?message;body=--minimized"_s, u"xmpp:d@e.f"_s };
    QTest::newRow("all") << QStringList { u"--profile-root"_s, u"rel dir"_s, u"--minimized"_s, u"xmpp:a@b.c"_s };
}

void TestLaunchOptions::handOverArgumentsRoundTrip()
{
    QFETCH(QStringList, arguments);
    const LaunchOptions first = parse(arguments, u"/work"_s);
    QCOMPARE(first.outcome, LaunchOptions::Outcome::Run);
    // The receiving instance runs in another working directory: the meaning must not change.
    const LaunchOptions again = parse(first.toArguments(), u"/elsewhere"_s);
    QCOMPARE(again.outcome, LaunchOptions::Outcome::Run);
    QCOMPARE(again.minimized, first.minimized);
    QCOMPARE(again.profileRoot, first.profileRoot);
    QCOMPARE(again.uris, first.uris);
}

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
