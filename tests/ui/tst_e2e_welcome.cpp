// The welcome dialog against a real Prosody with in-band registration enabled: create an account through the
// server's form (its certificate trusted through the certificate hook, as the user would), sign in with it, add
// it to the AccountManager and see it come online; and sign in to an existing account after a wrong password.

#include "DataFormWidget.h"
#include "ProsodyFixture.h"
#include "TestJid.h"
#include "WelcomeDialog.h"
#include "app/AccountController.h"
#include "app/AccountManager.h"
#include "app/AppPaths.h"
#include "app/PasswordStore.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::app;
using namespace balcony::test;
using namespace balcony::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int ServerTimeoutMs = 20000;

template<typename T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestE2eWelcome : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createAccountThenSignIn();
    void signInToAnExistingAccount();

private:
    // A dialog pointed at the fixture (Advanced: host and port), trusting the fixture's certificate when asked.
    void prepare(WelcomeDialog &dialog);

    std::unique_ptr<ProsodyFixture> m_prosody;
    QTemporaryDir m_data;
    int m_hookCalls = 0;
};

void TestE2eWelcome::initTestCase()
{
    QString why;
    if (!ProsodyFixture::isAvailable(&why)) {
        QSKIP(qPrintable(u"Prosody is not available: "_s + why));
    }
    m_prosody = std::make_unique<ProsodyFixture>(XmppServerFixture::Options { .inBandRegistration = true });
    QVERIFY2(m_prosody->start(), qPrintable(m_prosody->errorString()));
    QVERIFY2(m_prosody->registerUser(u"alice"_s, u"wonderland"_s), qPrintable(m_prosody->errorString()));
    QVERIFY(m_data.isValid());
    AppPaths::setDataDir(m_data.path());
}

void TestE2eWelcome::cleanupTestCase()
{
    AppPaths::setDataDir(QString());
    m_prosody.reset();
}

void TestE2eWelcome::prepare(WelcomeDialog &dialog)
{
    dialog.setKeychainAvailable(false);
    dialog.setCertificateHook([this](const QList<QSslCertificate> &chain, const QString &) {
        ++m_hookCalls;
        // The user compared the fingerprint with the server's: only that certificate is accepted.
        return !chain.isEmpty() && chain.first() == m_prosody->serverCertificate();
    });
    child<QLineEdit>(dialog, "hostEdit")->setText(m_prosody->host());
    child<QSpinBox>(dialog, "portSpin")->setValue(m_prosody->c2sPort());
}

void TestE2eWelcome::createAccountThenSignIn()
{
    WelcomeDialog dialog;
    prepare(dialog);
    child<QCommandLinkButton>(dialog, "createChoice")->click();
    child<QLineEdit>(dialog, "serverEdit")->setText(m_prosody->domain());
    dialog.nextButton()->click();
    // The per-run test CA is nobody's: the certificate problem is shown with the button that asks the user.
    auto *trustButton = child<QPushButton>(dialog, "trustButton");
    QTRY_VERIFY_WITH_TIMEOUT(!trustButton->isHidden() || dialog.page() == WelcomeDialog::Page::Form, ServerTimeoutMs);
    QVERIFY2(!trustButton->isHidden(), qPrintable(child<QLabel>(dialog, "statusLabel")->text()));
    trustButton->click();
    QCOMPARE(m_hookCalls, 1);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.page() == WelcomeDialog::Page::Form, ServerTimeoutMs);

    auto *form = child<DataFormWidget>(dialog, "formWidget");
    auto *username = qobject_cast<QLineEdit *>(form->editor(u"username"_s));
    auto *password = qobject_cast<QLineEdit *>(form->editor(u"password"_s));
    QVERIFY(username && password);
    // A taken name first: said under the user name.
    username->setText(u"alice"_s);
    password->setText(u"something"_s);
    dialog.nextButton()->click();
    auto *usernameError = child<QLabel>(dialog, "error_username");
    QTRY_VERIFY_WITH_TIMEOUT(!usernameError->isHidden(), ServerTimeoutMs);

    username->setText(u"fresh"_s);
    password->setText(u"brand new"_s);
    dialog.nextButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, ServerTimeoutMs);
    QCOMPARE(dialog.config().jid.bareString(), u"fresh@"_s + m_prosody->domain());
    QCOMPARE(dialog.password(), u"brand new"_s);
    QCOMPARE(dialog.config().port, m_prosody->c2sPort());

    // The app adds it and signs in: the certificate decision went with the account, so it comes online.
    MemoryPasswordStore passwords;
    AccountManager manager(passwords);
    QVERIFY(manager.load());
    QString error;
    QVERIFY2(manager.addAccount(dialog.config(), dialog.password(), &error), qPrintable(error));
    manager.signIn(dialog.config().jid);
    AccountController *controller = manager.controller(dialog.config().jid);
    QVERIFY(controller);
    QTRY_VERIFY_WITH_TIMEOUT(controller->isOnline(), ServerTimeoutMs);
    manager.signOutAll();
}

void TestE2eWelcome::signInToAnExistingAccount()
{
    WelcomeDialog dialog;
    prepare(dialog);
    dialog.showPage(WelcomeDialog::Page::SignIn);
    child<QLineEdit>(dialog, "jidEdit")->setText(u"alice@"_s + m_prosody->domain());
    child<QLineEdit>(dialog, "passwordEdit")->setText(u"not it"_s);
    dialog.nextButton()->click();
    auto *trustButton = child<QPushButton>(dialog, "trustButton");
    QTRY_VERIFY_WITH_TIMEOUT(!trustButton->isHidden(), ServerTimeoutMs);
    trustButton->click();
    auto *passwordError = child<QLabel>(dialog, "passwordError");
    QTRY_VERIFY_WITH_TIMEOUT(!passwordError->isHidden(), ServerTimeoutMs);
    QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->text(), u"not it"_s);
    child<QLineEdit>(dialog, "passwordEdit")->setText(u"wonderland"_s);
    dialog.nextButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, ServerTimeoutMs);
    QCOMPARE(dialog.config().jid.bareString(), u"alice@"_s + m_prosody->domain());
}

QTEST_MAIN(TestE2eWelcome)
#include "tst_e2e_welcome.moc"
