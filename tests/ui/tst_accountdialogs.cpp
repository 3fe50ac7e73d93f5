// The first-run and account dialogs under QT_QPA_PLATFORM=offscreen: the welcome dialog's checks next to the
// fields (nothing goes to the network while the input is wrong, and nothing typed is lost), its sign-in and its
// registration (XEP-0077 form rendered field by field) through the scripted server, the certificate hook and the
// recorded trust, and the password, account-settings and remove dialogs.

#include "AccountEditDialog.h"
#include "AccountsDialog.h"
#include "DataFormWidget.h"
#include "PasswordDialog.h"
#include "RemoveAccountDialog.h"
#include "ScriptedSession.h"
#include "ScriptedTransport.h"
#include "TestJid.h"
#include "WelcomeDialog.h"
#include "account/Account.h"
#include "app/AccountController.h"
#include "app/AccountManager.h"
#include "app/AppPaths.h"
#include "app/PasswordStore.h"
#include "stream/CertificateTrust.h"
#include "stream/Scram.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::app;
using namespace balcony::test;
using namespace balcony::ui;
using namespace Qt::StringLiterals;

namespace {

const QByteArray serverFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
const QByteArray serverFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found) {
        qWarning("no child %s", name);
    }
    return found;
}

// Visible as far as its own flag goes (the dialog itself is not shown in these tests).
bool shown(const QWidget *widget)
{
    return widget && !widget->isHidden();
}

QList<Element> drain(ScriptedTransport &server)
{
    QList<Element> out;
    while (!server.writes().isEmpty()) {
        out += ScriptedSession::stanzasIn(server.takeWrite());
    }
    return out;
}

// Up to the secured stream's SASL features (the pipelined SCRAM guess is answered by the caller).
void secure(ScriptedTransport &server, bool registration = false)
{
    using namespace script;
    server.simulateConnected();
    server.inject(serverHeader() + starttlsFeatures() + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    server.clearWrites(); // <starttls/>: not what the tests look at
    server.simulateEncrypted();
    QByteArray features = saslFeatures({ "SCRAM-SHA-1" });
    if (registration) {
        features.replace(
            "</stream:features>", "<register xmlns='http://jabber.org/features/iq-register'/></stream:features>");
    }
    server.inject(serverHeader() + features);
}

// The rest of a successful SCRAM login (password "pencil") and the bind of user@example.com.
void completeLogin(ScriptedTransport &server)
{
    using namespace script;
    server.inject(sasl("challenge", serverFirst));
    server.clearWrites();
    server.inject(sasl("success", serverFinal));
    server.inject(serverHeader() + bindFeatures());
    QString bindId;
    for (const Element &stanza : drain(server)) {
        if (stanza.hasChild(u"bind", ns::bind)) {
            bindId = stanza.attribute(u"id");
        }
    }
    server.inject("<iq type='result' id='" + bindId.toUtf8()
        + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>user@example.com/balcony</jid></bind></iq>");
}

} // namespace

class TestAccountDialogs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void welcomeChecksBeforeConnecting();
    void welcomeWrongPasswordThenSignIn();
    void welcomeCertificateGoesThroughTheHook();
    void welcomeRegistersWithTheServersForm();
    void welcomeWebOnlyServer();
    void passwordDialog();
    void passwordRequestsAreAnswered();
    void accountsDialogAndItsDialogs();

private:
    WelcomeDialog::TransportFactory factory()
    {
        return [this] {
            auto transport = std::make_unique<ScriptedTransport>();
            m_transports.append(transport.get());
            return transport;
        };
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<ScriptedTransport *> m_transports;
    QTemporaryDir m_certDir;
    QSslCertificate m_certificate;
};

void TestAccountDialogs::initTestCase()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty()) {
        QSKIP("the openssl command line tool is needed to make a test certificate");
    }
    QProcess openssl;
    openssl.setWorkingDirectory(m_certDir.path());
    openssl.start(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
            u"-keyout"_s, u"k.pem"_s, u"-out"_s, u"c.pem"_s, u"-days"_s, u"30"_s, u"-subj"_s, u"/CN=example.com"_s });
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    const auto certificates = QSslCertificate::fromPath(m_certDir.filePath(u"c.pem"_s));
    QCOMPARE(certificates.size(), 1);
    m_certificate = certificates.first();
}

void TestAccountDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    AppPaths::setDataDir(m_dir->path());
    m_transports.clear();
    Scram::setTestNonce("fyko+d2lbbFgONRv9qkxdawL");
}

void TestAccountDialogs::cleanup()
{
    Scram::setTestNonce({});
    AppPaths::setDataDir(QString());
    m_dir.reset();
}

void TestAccountDialogs::welcomeChecksBeforeConnecting()
{
    WelcomeDialog dialog;
    dialog.setTransportFactory(factory());
    dialog.setKeychainAvailable(false);
    dialog.setExistingAccounts({ jid("taken@example.com") });
    QCOMPARE(dialog.page(), WelcomeDialog::Page::Choice);
    QVERIFY(!shown(dialog.nextButton()));
    child<QCommandLinkButton>(dialog, "signInChoice")->click();
    QCOMPARE(dialog.page(), WelcomeDialog::Page::SignIn);
    auto *jidEdit = child<QLineEdit>(dialog, "jidEdit");
    auto *passwordEdit = child<QLineEdit>(dialog, "passwordEdit");
    auto *jidError = child<QLabel>(dialog, "jidError");
    auto *passwordError = child<QLabel>(dialog, "passwordError");

    // Nothing typed: both problems next to their fields, no connection.
    dialog.nextButton()->click();
    QVERIFY(shown(jidError) && !jidError->text().isEmpty());
    QVERIFY(shown(passwordError) && !passwordError->text().isEmpty());
    QCOMPARE(jidEdit->accessibleDescription(), jidError->text());
    QVERIFY(m_transports.isEmpty());

    // A bad address: said, and what was typed stays.
    QTest::keyClicks(jidEdit, u"alice"_s);
    QTest::keyClicks(passwordEdit, u"secret"_s);
    dialog.nextButton()->click();
    QVERIFY(shown(jidError));
    QVERIFY(!shown(passwordError));
    QCOMPARE(jidEdit->text(), u"alice"_s);
    QCOMPARE(passwordEdit->text(), u"secret"_s);
    QVERIFY(m_transports.isEmpty());

    // An account that is already there.
    jidEdit->setText(u"taken@example.com"_s);
    dialog.nextButton()->click();
    QVERIFY(jidError->text().contains(u"taken@example.com"_s));
    QVERIFY(m_transports.isEmpty());

    // A port in the host field: the Advanced section opens with the problem.
    jidEdit->setText(u"user@example.com"_s);
    auto *hostEdit = child<QLineEdit>(dialog, "hostEdit");
    hostEdit->setText(u"xmpp.example.com:5223"_s);
    dialog.nextButton()->click();
    QVERIFY(shown(child<QLabel>(dialog, "hostError")));
    QVERIFY(shown(child<QWidget>(dialog, "container")));
    QVERIFY(m_transports.isEmpty());

    // All fine: one connection is tried and the dialog waits for it.
    hostEdit->setText(u"127.0.0.1"_s);
    dialog.nextButton()->click();
    QCOMPARE(m_transports.size(), 1);
    QVERIFY(!jidError->isVisibleTo(&dialog));
    QVERIFY(!dialog.nextButton()->isEnabled());
    QVERIFY(shown(child<QLabel>(dialog, "statusLabel")));

    // Without a keychain the user is told and chooses; nothing is preselected that would keep the password.
    QVERIFY(shown(child<QLabel>(dialog, "keychainNote")));
    QVERIFY(!child<QWidget>(dialog, "keychainRadio")->isEnabled());
}

void TestAccountDialogs::welcomeWrongPasswordThenSignIn()
{
    WelcomeDialog dialog;
    dialog.setTransportFactory(factory());
    dialog.setKeychainAvailable(true);
    dialog.showPage(WelcomeDialog::Page::SignIn);
    child<QLineEdit>(dialog, "jidEdit")->setText(u"user@example.com"_s);
    child<QLineEdit>(dialog, "passwordEdit")->setText(u"wrong"_s);
    child<QSpinBox>(dialog, "portSpin")->setValue(5333);
    dialog.nextButton()->click();
    QCOMPARE(m_transports.size(), 1);
    secure(*m_transports.last());
    m_transports.last()->inject("<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure>");
    // In plain words, next to the password; the address and the password stay as typed.
    auto *passwordError = child<QLabel>(dialog, "passwordError");
    QTRY_VERIFY(shown(passwordError));
    QVERIFY(passwordError->text().contains(u"password"_s, Qt::CaseInsensitive));
    QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->text(), u"wrong"_s);
    QVERIFY(dialog.nextButton()->isEnabled());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    child<QLineEdit>(dialog, "passwordEdit")->setText(u"pencil"_s);
    dialog.nextButton()->click();
    QCOMPARE(m_transports.size(), 2);
    secure(*m_transports.last());
    completeLogin(*m_transports.last());
    QTRY_VERIFY2(dialog.result() == QDialog::Accepted,
        qPrintable(
            child<QLabel>(dialog, "statusLabel")->text() + u" / "_s + child<QLabel>(dialog, "passwordError")->text()));
    const AccountConfig config = dialog.config();
    QCOMPARE(config.jid, jid("user@example.com"));
    QCOMPARE(config.port, quint16(5333));
    QCOMPARE(config.passwordMode, PasswordMode::Keychain);
    QCOMPARE(dialog.password(), u"pencil"_s);
    // The check's own stream is closed.
    QVERIFY(m_transports.last()->allWritten().endsWith("</stream:stream>"));
}

void TestAccountDialogs::welcomeCertificateGoesThroughTheHook()
{
    WelcomeDialog dialog;
    dialog.setTransportFactory(factory());
    QList<QSslCertificate> shownChain;
    bool answer = false;
    dialog.setCertificateHook([&](const QList<QSslCertificate> &chain, const QString &reason) {
        shownChain = chain;
        return !reason.isEmpty() && answer;
    });
    dialog.showPage(WelcomeDialog::Page::SignIn);
    child<QLineEdit>(dialog, "jidEdit")->setText(u"user@example.com"_s);
    child<QLineEdit>(dialog, "passwordEdit")->setText(u"pencil"_s);
    dialog.nextButton()->click();
    QCOMPARE(m_transports.size(), 1);
    m_transports.last()->simulateConnected();
    m_transports.last()->inject(
        script::serverHeader() + script::starttlsFeatures() + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    TransportError error;
    error.kind = TransportError::Kind::CertificateUntrusted;
    error.message = u"The server's certificate is self-signed."_s;
    error.certificate = m_certificate;
    error.fingerprint = CertificateTrust::fingerprint(m_certificate);
    Q_EMIT m_transports.last()->errorOccurred(error);
    auto *trustButton = child<QPushButton>(dialog, "trustButton");
    QTRY_VERIFY(shown(trustButton));
    QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(u"self-signed"_s));

    // Refused: nothing recorded, no new attempt.
    trustButton->click();
    QCOMPARE(shownChain, QList<QSslCertificate> { m_certificate });
    QCOMPARE(m_transports.size(), 1);
    QVERIFY(CertificateTrust(AppPaths::profileDir(jid("user@example.com"))).fingerprints(u"example.com"_s).isEmpty());

    // Trusted: recorded in the account's profile (where AccountManager reads it) and tried again with it.
    answer = true;
    trustButton->click();
    QCOMPARE(CertificateTrust(AppPaths::profileDir(jid("user@example.com"))).fingerprints(u"example.com"_s),
        QList<QByteArray> { CertificateTrust::fingerprint(m_certificate) });
    QCOMPARE(m_transports.size(), 2);
    QVERIFY(!shown(trustButton));
}

void TestAccountDialogs::welcomeRegistersWithTheServersForm()
{
    WelcomeDialog dialog;
    dialog.setTransportFactory(factory());
    dialog.setKeychainAvailable(false);
    child<QCommandLinkButton>(dialog, "createChoice")->click();
    QCOMPARE(dialog.page(), WelcomeDialog::Page::Server);
    auto *serverEdit = child<QLineEdit>(dialog, "serverEdit");
    auto *serverError = child<QLabel>(dialog, "serverError");
    dialog.nextButton()->click();
    QVERIFY(shown(serverError));
    serverEdit->setText(u"alice@example.com"_s);
    dialog.nextButton()->click();
    QVERIFY(shown(serverError));
    QVERIFY(m_transports.isEmpty());

    serverEdit->setText(u"example.com"_s);
    dialog.nextButton()->click();
    QCOMPARE(m_transports.size(), 1);
    ScriptedTransport &server = *m_transports.last();
    secure(server, true);
    QList<Element> written = drain(server);
    QCOMPARE(written.size(), 1);
    const QString getId = written.first().attribute(u"id");
    server.inject("<iq type='result' id='" + getId.toUtf8()
        + "'><query xmlns='jabber:iq:register'><instructions>Pick a name.</instructions>"
          "<x xmlns='jabber:x:data' type='form'><title>Sign up</title>"
          "<instructions>Choose well.</instructions>"
          "<field type='hidden' var='FORM_TYPE'><value>jabber:iq:register</value></field>"
          "<field type='text-single' var='username' label='User name'><required/></field>"
          "<field type='text-private' var='password' label='Password'><required/></field>"
          "<field type='list-single' var='lang' label='Language'><option label='English'><value>en</value></option>"
          "<option label='Deutsch'><value>de</value></option></field>"
          "<field type='boolean' var='tos' label='I accept the rules'><required/></field>"
          "<field type='fixed'><value>Be nice.</value></field>"
          "</x></query></iq>");
    QTRY_COMPARE(dialog.page(), WelcomeDialog::Page::Form);
    QVERIFY(child<QLabel>(dialog, "instructionsLabel")->text().contains(u"Choose well."_s));
    auto *form = child<DataFormWidget>(dialog, "formWidget");
    // Each field by its type; required ones marked.
    auto *username = qobject_cast<QLineEdit *>(form->editor(u"username"_s));
    auto *password = qobject_cast<QLineEdit *>(form->editor(u"password"_s));
    QVERIFY(username && password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(qobject_cast<QComboBox *>(form->editor(u"lang"_s)));
    auto *tos = qobject_cast<QCheckBox *>(form->editor(u"tos"_s));
    QVERIFY(tos);
    QVERIFY(tos->text().contains(u'*'));
    QVERIFY(!form->editor(u"FORM_TYPE"_s));
    QCOMPARE(dialog.nextButton()->text().remove(u'&'), u"Create Account"_s);

    // Required fields empty: said under them, nothing sent.
    dialog.nextButton()->click();
    QVERIFY(shown(child<QLabel>(dialog, "error_username")));
    QVERIFY(shown(child<QLabel>(dialog, "error_password")));
    QVERIFY(drain(server).isEmpty());

    QTest::keyClicks(username, u"juliet"_s);
    QTest::keyClicks(password, u"r0meo"_s);
    tos->setChecked(true);
    dialog.nextButton()->click();
    written = drain(server);
    QCOMPARE(written.size(), 1);
    const Element submitted
        = written.first().firstChild(u"query", u"jabber:iq:register").firstChild(u"x", u"jabber:x:data");
    const auto answer = DataForm::fromElement(submitted);
    QVERIFY(answer);
    QCOMPARE(answer->type(), DataForm::Type::Submit);
    QCOMPARE(answer->field(u"username")->values, QStringList { u"juliet"_s });
    QCOMPARE(answer->field(u"tos")->values, QStringList { u"1"_s });
    QCOMPARE(answer->field(u"FORM_TYPE")->values, QStringList { u"jabber:iq:register"_s });

    // The name is taken: said under the user name; what was typed stays.
    server.inject("<iq type='error' id='" + written.first().attribute(u"id").toUtf8()
        + "'><error type='cancel'><conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    auto *usernameError = child<QLabel>(dialog, "error_username");
    QTRY_VERIFY(shown(usernameError));
    QVERIFY(usernameError->text().contains(u"taken"_s));
    QCOMPARE(username->text(), u"juliet"_s);
    QCOMPARE(password->text(), u"r0meo"_s);

    // Another name: registered, then signed in with it (a new stream), then accepted.
    username->setText(u"user"_s);
    password->setText(u"pencil"_s);
    dialog.nextButton()->click();
    written = drain(server);
    QCOMPARE(written.size(), 1);
    server.inject("<iq type='result' id='" + written.first().attribute(u"id").toUtf8() + "'/>");
    QTRY_COMPARE(m_transports.size(), 2);
    QCOMPARE(dialog.page(), WelcomeDialog::Page::SignIn);
    QCOMPARE(child<QLineEdit>(dialog, "jidEdit")->text(), u"user@example.com"_s);
    secure(*m_transports.last());
    completeLogin(*m_transports.last());
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.config().jid, jid("user@example.com"));
    QCOMPARE(dialog.config().passwordMode, PasswordMode::Ask);
    QCOMPARE(dialog.password(), u"pencil"_s);
}

void TestAccountDialogs::welcomeWebOnlyServer()
{
    WelcomeDialog dialog;
    dialog.setTransportFactory(factory());
    dialog.showPage(WelcomeDialog::Page::Server);
    child<QLineEdit>(dialog, "serverEdit")->setText(u"example.com"_s);
    dialog.nextButton()->click();
    ScriptedTransport &server = *m_transports.last();
    secure(server, true);
    const QList<Element> written = drain(server);
    QCOMPARE(written.size(), 1);
    server.inject("<iq type='result' id='" + written.first().attribute(u"id").toUtf8()
        + "'><query xmlns='jabber:iq:register'><x xmlns='jabber:x:oob'><url>https://example.com/join</url></x>"
          "</query></iq>");
    QTRY_COMPARE(dialog.page(), WelcomeDialog::Page::Form);
    // The web page as a link, and no button that could not do anything.
    auto *web = child<QLabel>(dialog, "webLabel");
    QVERIFY(shown(web));
    QVERIFY(web->text().contains(u"href=\"https://example.com/join\""_s));
    QVERIFY(!shown(dialog.nextButton()));
}

void TestAccountDialogs::passwordDialog()
{
    PasswordDialog keychain(jid("alice@example.org"), u"The keychain is locked."_s, PasswordMode::Keychain);
    QVERIFY(child<QLabel>(keychain, "reasonLabel")->text().contains(u"locked"_s));
    QVERIFY(shown(child<QCheckBox>(keychain, "rememberCheck")));
    keychain.accept();
    QCOMPARE(keychain.result(), int(QDialog::Rejected)); // empty password: not accepted
    QVERIFY(shown(child<QLabel>(keychain, "passwordError")));
    child<QLineEdit>(keychain, "passwordEdit")->setText(u"secret"_s);
    keychain.accept();
    QCOMPARE(keychain.result(), int(QDialog::Accepted));
    QCOMPARE(keychain.password(), u"secret"_s);

    PasswordDialog ask(jid("alice@example.org"), QString(), PasswordMode::Ask);
    QVERIFY(!shown(child<QCheckBox>(ask, "rememberCheck")));
    QVERIFY(!shown(child<QLabel>(ask, "reasonLabel")));
    QVERIFY(!ask.remember());
}

void TestAccountDialogs::passwordRequestsAreAnswered()
{
    MemoryPasswordStore passwords;
    AccountManager manager(passwords);
    QList<ScriptedTransport *> servers;
    manager.setAccountFactory([&servers](const AccountSettings &given) {
        AccountSettings settings = given;
        settings.connection.autoReconnect = false;
        settings.automaticCatchUp = false;
        settings.e2eScrypt = { 1 << 10, 8, 1 };
        auto transport = std::make_unique<ScriptedTransport>();
        servers.append(transport.get());
        return std::make_unique<Account>(settings, AccountStores::inMemory(), std::move(transport));
    });
    QVERIFY(manager.load());
    AccountConfig config;
    config.jid = jid("user@example.com");
    config.passwordMode = PasswordMode::Session;
    QVERIFY(manager.addAccount(config, QString()));
    QWidget window;
    PasswordDialog::answerRequests(manager, &window);
    manager.signIn(config.jid);
    // One dialog for the account, however often it is asked for meanwhile.
    manager.signIn(config.jid);
    QTRY_COMPARE(window.findChildren<PasswordDialog *>().size(), 1);
    PasswordDialog *dialog = window.findChildren<PasswordDialog *>().first();
    child<QLineEdit>(*dialog, "passwordEdit")->setText(u"pencil"_s);
    dialog->accept();
    QCOMPARE(servers.size(), 1);
    QCOMPARE(servers.first()->connectCount(), 1);
    QCOMPARE(manager.controller(config.jid)->account().connection().settings().password, u"pencil"_s);
}

void TestAccountDialogs::accountsDialogAndItsDialogs()
{
    MemoryPasswordStore passwords;
    AccountManager manager(passwords);
    manager.setAccountFactory([](const AccountSettings &given) {
        AccountSettings settings = given;
        settings.connection.autoReconnect = false;
        settings.automaticCatchUp = false;
        settings.e2eScrypt = { 1 << 10, 8, 1 };
        return std::make_unique<Account>(settings, AccountStores::inMemory(), std::make_unique<ScriptedTransport>());
    });
    QVERIFY(manager.load());
    AccountConfig alice;
    alice.jid = jid("alice@example.org");
    alice.passwordMode = PasswordMode::Session;
    QVERIFY(manager.addAccount(alice, u"pw"_s));
    AccountConfig bob;
    bob.jid = jid("bob@example.net");
    QVERIFY(manager.addAccount(bob, QString()));

    AccountsDialog dialog(manager);
    auto *list = child<QAbstractItemView>(dialog, "accountList");
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(dialog.selectedAccount(), jid("alice@example.org"));
    QVERIFY(dialog.editAction()->isEnabled());
    QVERIFY(dialog.removeAction()->isEnabled());
    // Offline: changing the password on the server is not possible, and the button says so.
    QVERIFY(!dialog.changePasswordAction()->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "passwordButton")->isEnabled());
    QVERIFY(!dialog.addAction()->shortcut().isEmpty());

    // The settings dialog edits a copy: name, password mode, advanced settings.
    AccountEditDialog edit(*manager.account(jid("alice@example.org")), false);
    child<QLineEdit>(edit, "labelEdit")->setText(u"Home"_s);
    child<QLineEdit>(edit, "hostEdit")->setText(u"bad host"_s);
    edit.accept();
    QCOMPARE(edit.result(), int(QDialog::Rejected)); // the host is checked first
    child<QLineEdit>(edit, "hostEdit")->setText(u"xmpp.example.org"_s);
    edit.accept();
    QCOMPARE(edit.result(), int(QDialog::Accepted));
    QCOMPARE(edit.config().label, u"Home"_s);
    QCOMPARE(edit.config().host, u"xmpp.example.org"_s);
    QCOMPARE(edit.config().passwordMode, PasswordMode::Session);
    QVERIFY(manager.updateAccount(edit.config()));
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"Home"_s);

    // Advanced: WebSocket (RFC 7395) instead of TCP, with a wss:// address or none (discovered, XEP-0156).
    AccountEditDialog websocket(*manager.account(jid("alice@example.org")), false);
    auto *binding = child<QComboBox>(websocket, "bindingCombo");
    auto *url = child<QLineEdit>(websocket, "websocketEdit");
    QCOMPARE(binding->accessibleName(), u"Connection type"_s);
    QCOMPARE(url->accessibleName(), u"WebSocket URL"_s);
    QVERIFY(!url->isEnabled()); // TCP: the URL does not apply
    QVERIFY(child<QLineEdit>(websocket, "hostEdit")->isEnabled());
    binding->setCurrentIndex(1);
    QVERIFY(url->isEnabled());
    QVERIFY(!child<QLineEdit>(websocket, "hostEdit")->isEnabled()); // host/port are TCP's
    url->setText(u"https://example.org/xmpp-websocket"_s);
    websocket.accept();
    QCOMPARE(websocket.result(), int(QDialog::Rejected)); // not wss://
    QVERIFY(!child<QLabel>(websocket, "websocketError")->text().isEmpty());
    url->setText(u"wss://example.org:5281/xmpp-websocket"_s);
    websocket.accept();
    QCOMPARE(websocket.result(), int(QDialog::Accepted));
    QCOMPARE(websocket.config().binding, TransportBinding::WebSocket);
    QCOMPARE(websocket.config().websocketUrl, QUrl(u"wss://example.org:5281/xmpp-websocket"_s));
    QVERIFY(manager.updateAccount(websocket.config()));
    // The account's connection uses it (the controller is made again with the new settings).
    QVERIFY(manager.controller(jid("alice@example.org")));
    const ConnectionSettings &used = manager.controller(jid("alice@example.org"))->account().connection().settings();
    QCOMPARE(used.binding, TransportBinding::WebSocket);
    QCOMPARE(used.websocketUrl, websocket.config().websocketUrl);
    // Shown again when the settings are opened next time.
    AccountEditDialog again(*manager.account(jid("alice@example.org")), false);
    QCOMPARE(child<QComboBox>(again, "bindingCombo")->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(again, "websocketEdit")->text(), u"wss://example.org:5281/xmpp-websocket"_s);

    // Advanced: BOSH (XEP-0206) with an https:// address.
    AccountEditDialog bosh(*manager.account(jid("alice@example.org")), false);
    auto *boshBinding = child<QComboBox>(bosh, "bindingCombo");
    auto *boshUrl = child<QLineEdit>(bosh, "boshEdit");
    QCOMPARE(boshUrl->accessibleName(), u"BOSH URL"_s);
    QVERIFY(!boshUrl->isEnabled()); // WebSocket: the BOSH URL does not apply
    boshBinding->setCurrentIndex(2);
    QVERIFY(boshUrl->isEnabled());
    QVERIFY(!child<QLineEdit>(bosh, "websocketEdit")->isEnabled());
    QVERIFY(!child<QLineEdit>(bosh, "hostEdit")->isEnabled());
    boshUrl->setText(u"http://example.org/http-bind"_s);
    bosh.accept();
    QCOMPARE(bosh.result(), int(QDialog::Rejected)); // not https://
    QVERIFY(!child<QLabel>(bosh, "boshError")->text().isEmpty());
    boshUrl->setText(u"https://example.org:5281/http-bind"_s);
    bosh.accept();
    QCOMPARE(bosh.result(), int(QDialog::Accepted));
    QCOMPARE(bosh.config().binding, TransportBinding::Bosh);
    QCOMPARE(bosh.config().boshUrl, QUrl(u"https://example.org:5281/http-bind"_s));
    QVERIFY(bosh.config().websocketUrl.isEmpty());
    QVERIFY(manager.updateAccount(bosh.config()));
    QVERIFY(manager.controller(jid("alice@example.org")));
    const ConnectionSettings &usedBosh
        = manager.controller(jid("alice@example.org"))->account().connection().settings();
    QCOMPARE(usedBosh.binding, TransportBinding::Bosh);
    QCOMPARE(usedBosh.boshUrl, bosh.config().boshUrl);
    AccountEditDialog boshAgain(*manager.account(jid("alice@example.org")), false);
    QCOMPARE(child<QComboBox>(boshAgain, "bindingCombo")->currentIndex(), 2);
    QCOMPARE(child<QLineEdit>(boshAgain, "boshEdit")->text(), u"https://example.org:5281/http-bind"_s);

    // Removing: offline accounts cannot be deleted on the server; the local removal works.
    RemoveAccountDialog remove(manager, jid("bob@example.net"));
    QVERIFY(!child<QCheckBox>(remove, "serverCheck")->isEnabled());
    child<QCheckBox>(remove, "historyCheck")->setChecked(true);
    remove.accept();
    QCOMPARE(remove.result(), int(QDialog::Accepted));
    QVERIFY(!manager.account(jid("bob@example.net")));
    QCOMPARE(list->model()->rowCount(), 1);
}

QTEST_MAIN(TestAccountDialogs)
#include "tst_accountdialogs.moc"
