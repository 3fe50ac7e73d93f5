// DraftStore (drafts per account and contact across restarts, written throttled) and UnreadSummary (the tray's
// count over every account).

#include "ScriptedAccounts.h"
#include "app/DraftStore.h"
#include "app/UnreadSummary.h"
#include "models/ConversationListModel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::app;
using namespace balcony::test;
using namespace Qt::StringLiterals;

class TestDraftsUnread : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void draftsSurviveARestart();
    void typingIsWrittenThrottled();
    void damagedFileReadsAsNoDrafts();
    void unreadCountsOverEveryAccount();
};

void TestDraftsUnread::draftsSurviveARestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"drafts.json"_s);
    {
        DraftStore drafts(file);
        drafts.setDraft(jid("user@example.com"), jid("juliet@capulet.lit/balcony"), u"Dear Juliet, "_s);
        drafts.setDraft(jid("user@example.com"), jid("romeo@montague.lit"), u"half a thought"_s);
        drafts.setDraft(jid("user@other.example"), jid("juliet@capulet.lit"), u"another account"_s);
        drafts.setDraft(jid("user@example.com"), jid("romeo@montague.lit"), QString()); // sent: gone
        QVERIFY(drafts.isDirty());
    } // quitting writes what is pending
    QVERIFY(QFile::exists(file));
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    DraftStore again(file);
    QCOMPARE(again.draft(jid("user@example.com"), jid("juliet@capulet.lit")), u"Dear Juliet, "_s);
    QVERIFY(again.draft(jid("user@example.com"), jid("romeo@montague.lit")).isEmpty());
    QCOMPARE(again.draft(jid("user@other.example"), jid("juliet@capulet.lit")), u"another account"_s);
    QCOMPARE(again.contactsWithDrafts(jid("user@example.com")), QList<Jid> { jid("juliet@capulet.lit") });
    again.removeAccount(jid("user@other.example"));
    QVERIFY(again.flush());
    DraftStore third(file);
    QVERIFY(third.draft(jid("user@other.example"), jid("juliet@capulet.lit")).isEmpty());
    QVERIFY(!third.isDirty());
}

void TestDraftsUnread::typingIsWrittenThrottled()
{
    QTemporaryDir dir;
    DraftStore drafts(dir.filePath(u"drafts.json"_s));
    drafts.setWriteDelay(100);
    const QString text = u"Wherefore art thou Romeo?"_s;
    for (int i = 1; i <= text.size(); ++i) {
        drafts.setDraft(jid("user@example.com"), jid("juliet@capulet.lit"), text.left(i)); // key by key
    }
    QCOMPARE(drafts.writeCount(), 0);
    QTRY_COMPARE(drafts.writeCount(), 1); // one write for the whole burst
    QVERIFY(!drafts.isDirty());
    QCOMPARE(
        DraftStore(dir.filePath(u"drafts.json"_s)).draft(jid("user@example.com"), jid("juliet@capulet.lit")), text);
    // The same text again is no change.
    drafts.setDraft(jid("user@example.com"), jid("juliet@capulet.lit"), text);
    QVERIFY(!drafts.isDirty());
}

void TestDraftsUnread::damagedFileReadsAsNoDrafts()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"drafts.json"_s);
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(
        R"({"version":1,"drafts":{"not a jid@@":{"x@y":"a"},"user@example.com":{"@bad":"b","ok@example.com":7,)");
    damaged.close();
    DraftStore drafts(file);
    QVERIFY(drafts.contactsWithDrafts(jid("user@example.com")).isEmpty());
    drafts.setDraft(jid("user@example.com"), jid("ok@example.com"), u"fresh"_s);
    QVERIFY(drafts.flush());
    QCOMPARE(DraftStore(file).draft(jid("user@example.com"), jid("ok@example.com")), u"fresh"_s);
}

void TestDraftsUnread::unreadCountsOverEveryAccount()
{
    ScriptedAccounts accounts;
    QVERIFY(accounts.load());
    AccountController *first = accounts.add(u"user@example.com"_s);
    QVERIFY(first);
    UnreadSummary summary(*accounts.manager);
    QSignalSpy changed(&summary, &UnreadSummary::changed);
    AccountController *second = accounts.add(u"user@other.example"_s); // added after the summary
    QVERIFY(second);
    QCOMPARE(summary.total(), 0);

    accounts.server(u"user@example.com"_s)
        .inject("<message from='juliet@capulet.lit/b' to='user@example.com/balcony' type='chat' id='1'>"
                "<body>one</body></message>"
                "<message from='romeo@montague.lit/b' to='user@example.com/balcony' type='chat' id='2'>"
                "<body>two</body></message>");
    accounts.server(u"user@other.example"_s)
        .inject("<message from='juliet@capulet.lit/b' to='user@other.example/balcony' type='chat' id='3'>"
                "<body>three</body></message>");
    QTRY_COMPARE(summary.total(), 3);
    QCOMPARE(summary.conversations(), 3);
    QCOMPARE(summary.unread(jid("user@example.com")), 2);
    QCOMPARE(summary.unread(jid("user@other.example")), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.constLast().constFirst().toInt(), 3);

    first->markConversationRead(jid("juliet@capulet.lit"));
    QTRY_COMPARE(summary.total(), 2);
    QCOMPARE(summary.conversations(), 2);
    // A removed account's messages no longer count.
    QVERIFY(accounts.manager->removeAccount(jid("user@other.example"), false));
    QTRY_COMPARE(summary.total(), 1);
    QCOMPARE(changed.constLast().constFirst().toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDraftsUnread)
#include "tst_draftsunread.moc"
