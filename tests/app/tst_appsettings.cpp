// AppSettings (typed settings in settings.ini) and EngineSettings (the privacy and encryption settings taking
// effect in every account's engine), on accounts with scripted servers.

#include "ScriptedAccounts.h"
#include "ScriptedSession.h"
#include "app/AppSettings.h"
#include "app/EngineSettings.h"
#include "app/SignOutSequence.h"
#include "esession/EsessionAlgorithms.h"
#include "im/RosterManager.h"
#include "omemo/OmemoManager.h"
#include "storage/E2eKeyStore.h"
#include "storage/ElementXml.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace balcony;
using namespace balcony::app;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

QList<Element> takeStanzas(ScriptedTransport &server)
{
    QList<Element> all;
    while (!server.writes().isEmpty()) {
        all += ScriptedSession::stanzasIn(server.takeWrite());
    }
    return all;
}

bool hasChild(const Element &stanza, const QString &ns)
{
    const QList<Element> children = stanza.childElements();
    return std::any_of(children.cbegin(), children.cend(), [&](const Element &c) { return c.ns() == ns; });
}

// One round of a cooperative server during a sign-out: every request the client wrote is answered with a
// result (retractions, the key and option publications), and what was written is noted in `order` ("publish
// <node>", "unavailable"). True once the unavailable presence was written.
bool answerUntilUnavailable(ScriptedTransport &server, QStringList &order)
{
    for (const Element &stanza : takeStanzas(server)) {
        if (stanza.name() == u"iq" && (stanza.attribute(u"type") == u"set" || stanza.attribute(u"type") == u"get")) {
            const Element publish
                = stanza.firstChild(u"pubsub", u"http://jabber.org/protocol/pubsub").firstChild(u"publish");
            if (!publish.isNull()) {
                order.append(u"publish "_s + publish.attribute(u"node"));
            }
            const QByteArray id = stanza.attribute(u"id").toUtf8();
            const QByteArray to = stanza.attribute(u"to").toUtf8();
            server.inject(
                "<iq type='result' id='" + id + "'" + (to.isEmpty() ? QByteArray() : " from='" + to + "'") + "/>");
        } else if (stanza.name() == u"presence" && stanza.attribute(u"type") == u"unavailable") {
            order.append(u"unavailable"_s);
        }
    }
    return order.contains(u"unavailable"_s);
}

const QString receiptsNs = u"urn:xmpp:receipts"_s;
const QString chatStatesNs = u"http://jabber.org/protocol/chatstates"_s;

void makeContact(ScriptedTransport &server, const char *bare)
{
    // RFC 6121 §2.1.6 roster push: subscription 'both' allows receipts (XEP-0184 §8).
    server.inject(QByteArray("<iq type='set' id='push-") + bare + "' to='user@example.com/balcony'>"
        + "<query xmlns='jabber:iq:roster'><item jid='" + bare + "' subscription='both'/></query></iq>");
}

} // namespace

class TestAppSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsAndRoundTrip();
    void badValuesReadAsDefaults();
    void receiptsFollowTheSetting();
    void omemoTrustModeFollowsTheSetting();
    void chatStatesFollowTheSetting();
    void defaultPolicyReachesEveryAccount();
    void offlineOptionsArePublishedOnSignOut();
    void offlineOptionsOffSignsOutAtOnce();
    void quittingWaitsForTheSignOut();
    void quittingDoesNotWaitForASilentServer();
};

void TestAppSettings::defaultsAndRoundTrip()
{
    ScriptedAccounts accounts; // sets the data folder
    AppSettings settings;
    QVERIFY(settings.notificationsEnabled());
    QVERIFY(!settings.hideMessageText());
    QVERIFY(settings.notifySubscriptionRequests());
    QCOMPARE(settings.theme(), AppSettings::Theme::System);
    QVERIFY(settings.sendReceipts());
    QVERIFY(settings.sendChatStates());
    QVERIFY(settings.publishOfflineOptions());
    QVERIFY(!settings.autoShowImages());
    QCOMPARE(settings.offlineOptionsValidityHours(), 168);
    QCOMPARE(settings.defaultEncryptionPolicy(), E2ePolicy::WhenPossible);
    QCOMPARE(settings.autoAwayMinutes(), 5);
    QCOMPARE(settings.extendedAwayMinutes(), 30);
    QVERIFY(settings.language().isEmpty());
    QVERIFY(settings.closeToTray());
    QVERIFY(!settings.closeToTrayNoticeShown());

    QSignalSpy changed(&settings, &AppSettings::changed);
    settings.setHideMessageText(true);
    settings.setTheme(AppSettings::Theme::Dark);
    settings.setSendChatStates(false);
    settings.setOfflineOptionsValidityHours(5000); // clamped to 90 days
    settings.setDefaultEncryptionPolicy(E2ePolicy::Always);
    settings.setAutoAwayMinutes(0);
    settings.setAutoAwayMessage(u"lunch"_s);
    settings.setLanguage(u"de"_s);
    settings.setCloseToTrayNoticeShown(true);
    settings.setAutoShowImages(true);
    settings.setTheme(AppSettings::Theme::Dark); // unchanged: no signal
    QCOMPARE(changed.size(), 10);
    QCOMPARE(changed.at(9).constFirst().toString(), u"files/autoShowImages"_s);
    QCOMPARE(changed.at(1).constFirst().toString(), u"appearance/theme"_s);
    QVERIFY(settings.sync());

    // In settings.ini of the data folder, readable by a second instance (the next start).
    QVERIFY(QFile::exists(AppPaths::settingsFile()));
    AppSettings again;
    QVERIFY(again.hideMessageText());
    QCOMPARE(again.theme(), AppSettings::Theme::Dark);
    QVERIFY(!again.sendChatStates());
    QCOMPARE(again.offlineOptionsValidityHours(), AppSettings::maxOfflineOptionsHours);
    QCOMPARE(again.defaultEncryptionPolicy(), E2ePolicy::Always);
    QCOMPARE(again.autoAwayMinutes(), 0);
    QCOMPARE(again.autoAwayMessage(), u"lunch"_s);
    QCOMPARE(again.language(), u"de"_s);
    QVERIFY(again.closeToTrayNoticeShown());
    QVERIFY(again.autoShowImages());
}

void TestAppSettings::badValuesReadAsDefaults()
{
    ScriptedAccounts accounts;
    {
        QSettings file(AppPaths::settingsFile(), QSettings::IniFormat);
        file.setValue(u"appearance/theme"_s, u"purple"_s);
        file.setValue(u"notifications/enabled"_s, u"maybe"_s);
        file.setValue(u"status/autoAwayMinutes"_s, -3);
        file.setValue(u"privacy/offlineOptionsValidityHours"_s, u"lots"_s);
        file.setValue(u"encryption/defaultPolicy"_s, u"sometimes"_s);
        file.setValue(u"general/language"_s, u"../../etc/passwd"_s);
    }
    AppSettings settings;
    QCOMPARE(settings.theme(), AppSettings::Theme::System);
    QVERIFY(settings.notificationsEnabled());
    QCOMPARE(settings.autoAwayMinutes(), 5);
    QCOMPARE(settings.offlineOptionsValidityHours(), 168);
    QCOMPARE(settings.defaultEncryptionPolicy(), E2ePolicy::WhenPossible);
    QVERIFY(settings.language().isEmpty());
}

void TestAppSettings::omemoTrustModeFollowsTheSetting()
{
    ScriptedAccounts accounts;
    QVERIFY(accounts.load());
    AppSettings settings;
    QVERIFY(!settings.omemoManualTrust()); // blind trust before verification is the default
    settings.setOmemoManualTrust(true); // before the account exists: applied when it comes
    EngineSettings engine(settings, *accounts.manager);
    AccountController *controller = accounts.add(u"user@example.com"_s);
    QVERIFY(controller);
    QTRY_VERIFY(controller->isOpen());
    QCOMPARE(controller->account().omemo()->trustMode(), OmemoManager::TrustMode::Manual);
    settings.setOmemoManualTrust(false);
    QCOMPARE(controller->account().omemo()->trustMode(), OmemoManager::TrustMode::Blind);
    AppSettings again;
    QVERIFY(!again.omemoManualTrust());
}

void TestAppSettings::receiptsFollowTheSetting()
{
    ScriptedAccounts accounts;
    QVERIFY(accounts.load());
    AppSettings settings;
    EngineSettings engine(settings, *accounts.manager);
    AccountController *controller = accounts.add(u"user@example.com"_s);
    QVERIFY(controller);
    ScriptedTransport &server = accounts.server(u"user@example.com"_s);
    makeContact(server, "juliet@capulet.lit");
    QTRY_VERIFY(controller->account().roster()->contains(jid("juliet@capulet.lit")));
    takeStanzas(server);

    auto receiptsFor = [&](const char *id) {
        server.inject(QByteArray("<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' "
                                 "type='chat' id='")
            + id + "'><body>hi</body><request xmlns='urn:xmpp:receipts'/></message>");
        int count = 0;
        for (const Element &stanza : takeStanzas(server)) {
            count += stanza.name() == u"message" && hasChild(stanza, receiptsNs) ? 1 : 0;
        }
        return count;
    };
    QCOMPARE(receiptsFor("r1"), 1); // on (the default): the contact gets a receipt
    settings.setSendReceipts(false);
    QCOMPARE(receiptsFor("r2"), 0);
    // Nor a XEP-0333 read marker (it tells the same: we are online).
    server.inject("<message from='juliet@capulet.lit/balcony' to='user@example.com/balcony' type='chat' id='r3'>"
                  "<body>mark me</body><markable xmlns='urn:xmpp:chat-markers:0'/></message>");
    takeStanzas(server);
    QVERIFY(controller->markConversationRead(jid("juliet@capulet.lit")) > 0);
    for (const Element &stanza : takeStanzas(server)) {
        QVERIFY(!hasChild(stanza, u"urn:xmpp:chat-markers:0"_s));
    }
    settings.setSendReceipts(true);
    QCOMPARE(receiptsFor("r4"), 1);

    // An account opened later starts with the setting.
    settings.setSendReceipts(false);
    AccountController *second = accounts.add(u"user@other.example"_s);
    QVERIFY(second);
    ScriptedTransport &otherServer = accounts.server(u"user@other.example"_s);
    otherServer.inject("<iq type='set' id='p' to='user@other.example/balcony'><query xmlns='jabber:iq:roster'>"
                       "<item jid='juliet@capulet.lit' subscription='both'/></query></iq>");
    QTRY_VERIFY(second->account().roster()->contains(jid("juliet@capulet.lit")));
    takeStanzas(otherServer);
    otherServer.inject("<message from='juliet@capulet.lit/balcony' to='user@other.example/balcony' type='chat' "
                       "id='o1'><body>hi</body><request xmlns='urn:xmpp:receipts'/></message>");
    for (const Element &stanza : takeStanzas(otherServer)) {
        QVERIFY(!hasChild(stanza, receiptsNs));
    }
}

void TestAppSettings::chatStatesFollowTheSetting()
{
    ScriptedAccounts accounts;
    QVERIFY(accounts.load());
    AppSettings settings;
    EngineSettings engine(settings, *accounts.manager);
    AccountController *controller = accounts.add(u"user@example.com"_s);
    QVERIFY(controller);
    ScriptedTransport &server = accounts.server(u"user@example.com"_s);

    QVERIFY(controller->setChatState(jid("juliet@capulet.lit"), ChatState::Composing));
    settings.setSendChatStates(false);
    takeStanzas(server);
    QVERIFY(!controller->setChatState(jid("juliet@capulet.lit"), ChatState::Paused));
    QVERIFY(controller->sendMessage(jid("juliet@capulet.lit"), u"no typing shown"_s));
    const QList<Element> written = takeStanzas(server);
    QVERIFY(!written.isEmpty());
    for (const Element &stanza : written) {
        QVERIFY2(!hasChild(stanza, chatStatesNs), "no chat state at all, not even <active/> in the message");
    }
    settings.setSendChatStates(true);
    QVERIFY(controller->setChatState(jid("juliet@capulet.lit"), ChatState::Composing));
    bool composing = false;
    for (const Element &stanza : takeStanzas(server)) {
        composing = composing || stanza.hasChild(u"composing", chatStatesNs);
    }
    QVERIFY(composing);
}

void TestAppSettings::defaultPolicyReachesEveryAccount()
{
    ScriptedAccounts accounts;
    QVERIFY(accounts.load());
    AppSettings settings;
    AccountController *first = accounts.add(u"user@example.com"_s, false);
    QVERIFY(first);
    settings.setDefaultEncryptionPolicy(E2ePolicy::Always);
    EngineSettings engine(settings, *accounts.manager); // existing accounts get it at once
    QCOMPARE(first->encryptionPolicy(jid("juliet@capulet.lit")), E2ePolicy::Always);
    // A contact's own policy stays its own.
    QVERIFY(first->setEncryptionPolicy(jid("romeo@montague.lit"), E2ePolicy::Never));
    settings.setDefaultEncryptionPolicy(E2ePolicy::Never);
    QCOMPARE(first->encryptionPolicy(jid("juliet@capulet.lit")), E2ePolicy::Never);
    settings.setDefaultEncryptionPolicy(E2ePolicy::Always);
    QCOMPARE(first->encryptionPolicy(jid("romeo@montague.lit")), E2ePolicy::Never);
    AccountController *second = accounts.add(u"user@other.example"_s, false);
    QVERIFY(second);
    QCOMPARE(second->encryptionPolicy(jid("juliet@capulet.lit")), E2ePolicy::Always);
}

void TestAppSettings::offlineOptionsArePublishedOnSignOut()
{
    ScriptedAccounts accounts;
    QVERIFY(accounts.load());
    AppSettings settings;
    settings.setOfflineOptionsValidityHours(48);
    EngineSettings engine(settings, *accounts.manager);
    AccountController *controller = accounts.add(u"user@example.com"_s);
    QVERIFY(controller);
    ScriptedTransport &server = accounts.server(u"user@example.com"_s);
    takeStanzas(server);

    QSignalSpy offline(controller, &AccountController::offline);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    controller->signOut(u"bye"_s);
    QVERIFY(controller->isSigningOut());
    // The server answers every request (retractions, the key and the two option sets with publish-options).
    QStringList order; // "publish <node>" and "unavailable", in the order written
    QTRY_VERIFY_WITH_TIMEOUT(answerUntilUnavailable(server, order), 20000);
    QVERIFY2(order.contains(u"publish "_s + esession::subscriberNode()), qPrintable(order.join(u", "_s)));
    QVERIFY(order.contains(u"publish "_s + esession::openNode()));
    // Published before the unavailable presence (RFC 6121 §4.5 ends the session).
    QCOMPARE(order.constLast(), u"unavailable"_s);
    QVERIFY(!controller->isSigningOut());
    // Valid for the configured 48 hours: the two option sets stored for answering expire then, not before.
    E2eKeyStore &keys = *controller->account().e2eKeyStore();
    QCOMPARE(keys.removeExpiredOfflineOptions(before.addSecs(47 * 3600)), 0);
    QCOMPARE(keys.removeExpiredOfflineOptions(before.addSecs(49 * 3600)), 2);
}

void TestAppSettings::offlineOptionsOffSignsOutAtOnce()
{
    ScriptedAccounts accounts;
    QVERIFY(accounts.load());
    AppSettings settings;
    settings.setPublishOfflineOptions(false);
    EngineSettings engine(settings, *accounts.manager);
    AccountController *controller = accounts.add(u"user@example.com"_s);
    QVERIFY(controller);
    ScriptedTransport &server = accounts.server(u"user@example.com"_s);
    takeStanzas(server);
    controller->signOut(u"bye"_s);
    QVERIFY(!controller->isSigningOut());
    bool unavailable = false;
    for (const Element &stanza : takeStanzas(server)) {
        QVERIFY(stanza.name() != u"iq"); // nothing published
        unavailable = unavailable || (stanza.name() == u"presence" && stanza.attribute(u"type") == u"unavailable");
    }
    QVERIFY(unavailable);
}

void TestAppSettings::quittingWaitsForTheSignOut()
{
    ScriptedAccounts accounts;
    QVERIFY(accounts.load());
    AppSettings settings;
    EngineSettings engine(settings, *accounts.manager);
    QVERIFY(accounts.add(u"user@example.com"_s));
    QVERIFY(accounts.add(u"user@other.example"_s));
    QVERIFY(accounts.add(u"user@offline.example"_s, false)); // never connected: nothing to wait for
    SignOutSequence quit(*accounts.manager);
    QSignalSpy finished(&quit, &SignOutSequence::finished);
    quit.start(u"bye"_s, 30000);
    QVERIFY(quit.isRunning());
    QStringList first;
    QStringList second;
    QTRY_VERIFY_WITH_TIMEOUT(answerUntilUnavailable(accounts.server(u"user@example.com"_s), first), 20000);
    QCOMPARE(finished.size(), 0); // the second account is still publishing
    QTRY_VERIFY_WITH_TIMEOUT(answerUntilUnavailable(accounts.server(u"user@other.example"_s), second), 20000);
    QVERIFY(first.contains(u"publish "_s + esession::subscriberNode()));
    QVERIFY(second.contains(u"publish "_s + esession::subscriberNode()));
    // The servers close their side of the streams (RFC 6120 §4.4): now the app may quit.
    accounts.server(u"user@example.com"_s).inject("</stream:stream>");
    QTest::qWait(20);
    QCOMPARE(finished.size(), 0);
    accounts.server(u"user@other.example"_s).inject("</stream:stream>");
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY(!quit.isRunning());
}

void TestAppSettings::quittingDoesNotWaitForASilentServer()
{
    ScriptedAccounts accounts;
    QVERIFY(accounts.load());
    AppSettings settings;
    EngineSettings engine(settings, *accounts.manager);
    AccountController *controller = accounts.add(u"user@example.com"_s);
    QVERIFY(controller);
    ScriptedTransport &server = accounts.server(u"user@example.com"_s);
    SignOutSequence quit(*accounts.manager);
    QSignalSpy finished(&quit, &SignOutSequence::finished);
    quit.start(u"bye"_s, 200);
    QVERIFY(controller->isSigningOut()); // publishing; the server answers nothing
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    // The unavailable presence still went out at the deadline.
    QStringList order;
    for (const Element &stanza : takeStanzas(server)) {
        if (stanza.name() == u"presence" && stanza.attribute(u"type") == u"unavailable") {
            order.append(u"unavailable"_s);
        }
    }
    QCOMPARE(order, QStringList { u"unavailable"_s });
    QVERIFY(!controller->isSigningOut());

    // Nothing connected: finished at once.
    SignOutSequence again(*accounts.manager);
    QSignalSpy finishedAgain(&again, &SignOutSequence::finished);
    server.inject("</stream:stream>");
    QTRY_COMPARE(controller->account().connection().state(), ConnectionState::Disconnected);
    again.start();
    QCOMPARE(finishedAgain.size(), 1);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
