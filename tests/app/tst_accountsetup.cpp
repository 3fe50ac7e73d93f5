// The account forms' input checks (AccountInput) and the accounts dialog's model (AccountListModel): rows in the
// list's order, the enabled check box through AccountManager, the status in words as the account connects.

#include "AccountLogin.h"
#include "ScriptedTransport.h"
#include "TestJid.h"
#include "account/Account.h"
#include "app/AccountController.h"
#include "app/AccountInput.h"
#include "app/AccountListModel.h"
#include "app/AccountManager.h"
#include "app/AppPaths.h"
#include "app/PasswordStore.h"
#include "stream/Scram.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::app;
using namespace balcony::test;
using namespace Qt::StringLiterals;

class TestAccountSetup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accountJid_data();
    void accountJid();
    void otherFields();
    void listModel();
};

void TestAccountSetup::accountJid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("bare"); // empty: refused
    QTest::newRow("plain") << u"alice@example.org"_s << u"alice@example.org"_s;
    QTest::newRow("spaces around") << u"  alice@example.org "_s << u"alice@example.org"_s;
    QTest::newRow("upper case") << u"Alice@Example.ORG"_s << u"alice@example.org"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no name") << u"example.org"_s << QString();
    QTest::newRow("empty name") << u"@example.org"_s << QString();
    QTest::newRow("two ats") << u"a@b@example.org"_s << QString();
    QTest::newRow("resource") << u"alice@example.org/home"_s << QString();
    QTest::newRow("space inside") << u"al ice@example.org"_s << QString();
}

void TestAccountSetup::accountJid()
{
    QFETCH(QString, text);
    QFETCH(QString, bare);
    Jid jid;
    const QString problem = AccountInput::checkAccountJid(text, &jid);
    QCOMPARE(problem.isEmpty(), !bare.isEmpty());
    if (!bare.isEmpty()) {
        QCOMPARE(jid.bareString(), bare);
    }
}

void TestAccountSetup::otherFields()
{
    Jid domain;
    QVERIFY(AccountInput::checkServer(u" example.org "_s, &domain).isEmpty());
    QCOMPARE(domain.bareString(), u"example.org"_s);
    QVERIFY(!AccountInput::checkServer(QString()).isEmpty());
    QVERIFY(!AccountInput::checkServer(u"alice@example.org"_s).isEmpty());
    QVERIFY(!AccountInput::checkPassword(QString()).isEmpty());
    QVERIFY(AccountInput::checkPassword(u" "_s).isEmpty()); // a password may be anything
    QVERIFY(!AccountInput::checkNewPassword(u"a"_s, u"b"_s).isEmpty());
    QVERIFY(!AccountInput::checkNewPassword(QString(), QString()).isEmpty());
    QVERIFY(AccountInput::checkNewPassword(u"same"_s, u"same"_s).isEmpty());
    QVERIFY(AccountInput::checkHost(QString()).isEmpty());
    QVERIFY(AccountInput::checkHost(u"xmpp.example.org"_s).isEmpty());
    QVERIFY(AccountInput::checkHost(u"127.0.0.1"_s).isEmpty());
    QVERIFY(AccountInput::checkHost(u"::1"_s).isEmpty());
    QVERIFY(!AccountInput::checkHost(u"xmpp.example.org:5222"_s).isEmpty());
    QVERIFY(!AccountInput::checkHost(u"https://example.org"_s).isEmpty());
    QVERIFY(AccountInput::checkResource(QString()).isEmpty());
    QVERIFY(AccountInput::checkResource(u"laptop"_s).isEmpty());
    QVERIFY(!AccountInput::checkResource(QString(1100, u'x')).isEmpty());
}

void TestAccountSetup::listModel()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppPaths::setDataDir(dir.path());
    MemoryPasswordStore passwords;
    QHash<Jid, ScriptedTransport *> servers;
    {
        AccountManager manager(passwords);
        manager.setAccountFactory([&servers](const AccountSettings &given) {
            AccountSettings settings = given;
            settings.connection.autoReconnect = false;
            settings.automaticCatchUp = false;
            settings.keepaliveIdleMs = 0;
            settings.e2eScrypt = { 1 << 10, 8, 1 };
            auto transport = std::make_unique<ScriptedTransport>();
            servers.insert(settings.connection.jid.bare(), transport.get());
            return std::make_unique<Account>(settings, AccountStores::inMemory(), std::move(transport));
        });
        QVERIFY(manager.load());
        AccountListModel model(manager);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        AccountConfig first;
        first.jid = jid("user@example.com");
        first.passwordMode = PasswordMode::Session;
        QVERIFY(manager.addAccount(first, u"pencil"_s));
        AccountConfig second;
        second.jid = jid("bob@example.net");
        second.label = u"Work"_s;
        second.enabled = false;
        QVERIFY(manager.addAccount(second, QString()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0)).toString(), u"user@example.com"_s);
        QCOMPARE(model.data(model.index(1)).toString(), u"Work"_s);
        QCOMPARE(model.jidAt(1), jid("bob@example.net"));
        QCOMPARE(model.data(model.index(1), Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(model.data(model.index(1), AccountListModel::StatusKindRole).toInt(),
            int(AccountListModel::StatusKind::Disabled));
        QCOMPARE(model.data(model.index(0), AccountListModel::StatusKindRole).toInt(),
            int(AccountListModel::StatusKind::Offline));

        // The check box enables the account through the manager (it opens).
        QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(manager.account(jid("bob@example.net"))->enabled);
        QVERIFY(manager.controller(jid("bob@example.net")));
        QCOMPARE(model.data(model.index(1), AccountListModel::StatusKindRole).toInt(),
            int(AccountListModel::StatusKind::Offline));

        // Signing in: connecting, then online once the roster is known; the rows say so as it happens.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        AccountController *controller = manager.controller(jid("user@example.com"));
        manager.signIn(jid("user@example.com"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.data(model.index(0), AccountListModel::StatusKindRole).toInt(),
            int(AccountListModel::StatusKind::Connecting));
        ScriptedTransport &server = *servers.value(jid("user@example.com"));
        const QList<Element> written = loginAccount(controller->account(), server);
        QString rosterId;
        for (const Element &stanza : written) {
            if (stanza.name() == u"iq" && stanza.hasChild(u"query", u"jabber:iq:roster")) {
                rosterId = stanza.attribute(u"id");
            }
        }
        QVERIFY(!rosterId.isEmpty());
        server.inject("<iq type='result' id='" + rosterId.toUtf8() + "'><query xmlns='jabber:iq:roster'/></iq>");
        QTRY_COMPARE(model.data(model.index(0), AccountListModel::StatusKindRole).toInt(),
            int(AccountListModel::StatusKind::Online));
        QCOMPARE(model.data(model.index(0), AccountListModel::StatusRole).toString(), u"Online"_s);

        // A lost connection with an error: the error is the status, in words.
        server.simulateRemoteClose();
        QTRY_COMPARE(model.data(model.index(0), AccountListModel::StatusKindRole).toInt(),
            int(AccountListModel::StatusKind::Error));
        QVERIFY(!model.data(model.index(0), AccountListModel::StatusRole).toString().isEmpty());

        // Removing an account removes its row.
        QVERIFY(manager.removeAccount(jid("bob@example.net"), true));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(jid("bob@example.net")), -1);
    }
    Scram::setTestNonce({});
    AppPaths::setDataDir(QString());
}

QTEST_GUILESS_MAIN(TestAccountSetup)
#include "tst_accountsetup.moc"
