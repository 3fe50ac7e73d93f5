// CapsQueryBudget: one outstanding query and a token bucket per account (a contact, or every stranger
// together), queued requests with the latest per entity, bounded queues and accounts (issue 11).
#include "TestJid.h"
#include "disco/CapsQueryBudget.h"

#include <QTest>

using namespace balcony;
using namespace balcony::test;
using Request = CapsQueryBudget::Request;

namespace {

Request request(const char *entity, const char *ver)
{
    return { jid(entity), { QStringLiteral("sha-1"), QStringLiteral("n"), QString::fromLatin1(ver) }, false };
}

const auto always = [](const Request &) { return true; };

} // namespace

class TestCapsQueryBudget : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneOutstandingAndTokens();
    void strangersShareOneAccount();
    void queueKeepsTheLatestPerEntityAndIsBounded();
    void nextSkipsWhatIsNoLongerNeeded();
    void forgetDropsQueued();
    void idleAccountsAreDropped();
};

void TestCapsQueryBudget::oneOutstandingAndTokens()
{
    CapsQueryBudget budget({ 2, 1000, 16, 1, 60000, 8 });
    const Jid romeo = CapsQueryBudget::accountFor(jid("romeo@example.net/a"), true);
    QCOMPARE(romeo, jid("romeo@example.net"));
    QVERIFY(budget.tryStart(romeo, 0));
    QVERIFY(!budget.tryStart(romeo, 0)); // one outstanding
    budget.finished(romeo);
    QVERIFY(budget.tryStart(romeo, 0)); // the second token
    budget.finished(romeo);
    QVERIFY(!budget.tryStart(romeo, 999)); // the bucket is empty until a token comes back
    budget.enqueue(romeo, request("romeo@example.net/a", "v1"));
    const qint64 wait = budget.msUntilNextToken(999);
    QVERIFY2(wait >= 1 && wait <= 2, qPrintable(QString::number(wait))); // 1 ms, give or take the rounding
    QVERIFY(budget.tryStart(romeo, 1000));
    QCOMPARE(budget.outstandingCount(), 1);
}

void TestCapsQueryBudget::strangersShareOneAccount()
{
    CapsQueryBudget budget({ 4, 1000, 16, 2, 60000, 8 });
    QCOMPARE(CapsQueryBudget::accountFor(jid("a@evil.example/x"), false), Jid());
    QVERIFY(budget.tryStart(Jid(), 0));
    budget.finished(Jid());
    QVERIFY(budget.tryStart(Jid(), 0));
    budget.finished(Jid());
    QVERIFY(!budget.tryStart(Jid(), 0)); // strangerBurst spent, whoever the stranger is
    QVERIFY(budget.tryStart(jid("juliet@example.com"), 0)); // a contact has its own
}

void TestCapsQueryBudget::queueKeepsTheLatestPerEntityAndIsBounded()
{
    CapsQueryBudget budget({ 1, 1000, 3, 1, 60000, 8 });
    const Jid romeo = jid("romeo@example.net");
    QVERIFY(budget.tryStart(romeo, 0));
    budget.enqueue(romeo, request("romeo@example.net/a", "v1"));
    budget.enqueue(romeo, request("romeo@example.net/a", "v2")); // replaces v1
    QCOMPARE(budget.queuedCount(), 1);
    for (const char *entity : { "romeo@example.net/b", "romeo@example.net/c", "romeo@example.net/d" }) {
        budget.enqueue(romeo, request(entity, "w"));
    }
    QCOMPARE(budget.queuedCount(), 3); // the oldest (a) dropped
    budget.finished(romeo);
    const auto next = budget.next(romeo, 1000, always);
    QVERIFY(next);
    QCOMPARE(next->entity, jid("romeo@example.net/b"));
    QCOMPARE(budget.queuedAccounts(), QList<Jid> { romeo });
}

void TestCapsQueryBudget::nextSkipsWhatIsNoLongerNeeded()
{
    CapsQueryBudget budget({ 4, 1000, 16, 1, 60000, 8 });
    const Jid romeo = jid("romeo@example.net");
    QVERIFY(budget.tryStart(romeo, 0));
    budget.enqueue(romeo, request("romeo@example.net/a", "v1"));
    budget.enqueue(romeo, request("romeo@example.net/b", "v2"));
    QVERIFY(!budget.next(romeo, 0, always)); // the outstanding query blocks the queue
    budget.finished(romeo);
    const auto next = budget.next(romeo, 0, [](const Request &r) { return r.caps.ver == u"v2"; });
    QVERIFY(next);
    QCOMPARE(next->caps.ver, QStringLiteral("v2"));
    QCOMPARE(budget.queuedCount(), 0);
    QVERIFY(budget.queuedAccounts().isEmpty());
}

void TestCapsQueryBudget::forgetDropsQueued()
{
    CapsQueryBudget budget;
    QVERIFY(budget.tryStart(Jid(), 0));
    budget.enqueue(Jid(), request("s@evil.example/x", "v"));
    QVERIFY(budget.tryStart(jid("romeo@example.net"), 0));
    budget.enqueue(jid("romeo@example.net"), request("romeo@example.net/a", "v"));
    budget.forget(jid("s@evil.example/x"));
    budget.forget(jid("romeo@example.net/a"));
    QCOMPARE(budget.queuedCount(), 0);
    QCOMPARE(budget.msUntilNextToken(0), qint64(-1));
}

void TestCapsQueryBudget::idleAccountsAreDropped()
{
    // Without a contact policy every sender is a contact: the accounts must still stay bounded.
    CapsQueryBudget budget;
    for (int i = 0; i < 3 * CapsQueryBudget::maxAccounts(); ++i) {
        const Jid account = jid(QStringLiteral("c%1@example.net").arg(i));
        QVERIFY(budget.tryStart(account, 0));
        budget.finished(account);
    }
    QVERIFY(budget.accountCount() <= CapsQueryBudget::maxAccounts());
}

QTEST_GUILESS_MAIN(TestCapsQueryBudget)
#include "tst_capsquerybudget.moc"
