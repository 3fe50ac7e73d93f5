// ChatStateTracker (src/app): when the chat tells the contact what the user is doing (XEP-0085 §5.1).

#include "app/ChatStateTracker.h"

#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using balcony::app::ChatStateTracker;

class TestChatStateTracker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typingIsOneComposingNotOnePerKey()
    {
        QList<ChatState> sent;
        ChatStateTracker tracker([&](ChatState s) { sent.append(s); });
        tracker.focused();
        for (int i = 0; i < 20; ++i) {
            tracker.textEdited(false);
        }
        QCOMPARE(sent, (QList<ChatState> { ChatState::Active, ChatState::Composing }));
        // Sending: the message carries <active/>; no standalone notification.
        tracker.messageSent();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(tracker.current(), ChatState::Active);
        // Typing again after the message is a new <composing/>.
        tracker.textEdited(false);
        QCOMPARE(sent.last(), ChatState::Composing);
        // Clearing the field: back to active.
        tracker.textEdited(true);
        QCOMPARE(sent.last(), ChatState::Active);
    }

    void pausesAndGoesInactiveAfterTheSuggestedTimes()
    {
        QList<ChatState> sent;
        ChatStateTracker tracker([&](ChatState s) { sent.append(s); });
        tracker.setIntervals(30, 120);
        tracker.textEdited(false);
        QCOMPARE(sent, QList<ChatState> { ChatState::Composing });
        QTRY_COMPARE(sent.size(), 2);
        QCOMPARE(sent.last(), ChatState::Paused);
        QTRY_COMPARE(sent.size(), 3);
        QCOMPARE(sent.last(), ChatState::Inactive);
        // Coming back to the chat is <active/>; closing it <gone/>.
        tracker.focused();
        QCOMPARE(sent.last(), ChatState::Active);
        tracker.closed();
        QCOMPARE(sent.last(), ChatState::Gone);
    }

    void typingWithinThePauseKeepsComposing()
    {
        QList<ChatState> sent;
        ChatStateTracker tracker([&](ChatState s) { sent.append(s); });
        tracker.setIntervals(200, 100000);
        tracker.textEdited(false);
        for (int i = 0; i < 5; ++i) {
            QTest::qWait(60);
            tracker.textEdited(false);
        }
        QCOMPARE(sent, QList<ChatState> { ChatState::Composing });
    }

    void aChatNeverUsedSaysNothingWhenClosed()
    {
        QList<ChatState> sent;
        ChatStateTracker tracker([&](ChatState s) { sent.append(s); });
        tracker.closed();
        QVERIFY(sent.isEmpty());
    }
};

QTEST_MAIN(TestChatStateTracker)
#include "tst_chatstatetracker.moc"
