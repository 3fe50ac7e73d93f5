// Screenshots of the first-run and account dialogs in the states a user meets (errors, a server's form, a
// certificate problem), with the system palette or a dark one: `balcony_dialog_shots DIR [dark]` writes
// DIR/<dialog>-<light|dark>.png. Run it under Xvfb with -platform xcb and QT_STYLE_OVERRIDE=Fusion to look at
// them; the scripted server stands in for the network, so nothing leaves the machine.

#include "AccountEditDialog.h"
#include "AccountsDialog.h"
#include "ChangePasswordDialog.h"
#include "PasswordDialog.h"
#include "RemoveAccountDialog.h"
#include "ScriptedSession.h"
#include "ScriptedTransport.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "WelcomeDialog.h"
#include "account/Account.h"
#include "app/AccountManager.h"
#include "app/AppPaths.h"
#include "app/AppSettings.h"
#include "app/PasswordStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

QString g_dir;
QString g_suffix;

void settle()
{
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(10);
    }
}

void shoot(QWidget &widget, const QString &name)
{
    widget.show();
    widget.raise();
    widget.activateWindow();
    settle();
    const QString file = g_dir + u"/"_s + name + u"-"_s + g_suffix + u".png"_s;
    widget.grab().save(file);
    QTextStream(stdout) << file << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    g_dir = args.value(1, QDir::currentPath());
    QDir().mkpath(g_dir);
    const bool dark = args.contains(u"dark"_s);
    g_suffix = dark ? u"dark"_s : u"light"_s;
    if (dark) {
        QApplication::setPalette(ui::Theme::darkPalette()); // what the app's Dark setting gives
    }
    QTemporaryDir data;
    app::AppPaths::setDataDir(data.path());
    QList<ScriptedTransport *> transports;
    auto factory = [&transports] {
        auto transport = std::make_unique<ScriptedTransport>();
        transports.append(transport.get());
        return transport;
    };

    {
        ui::WelcomeDialog welcome;
        welcome.setKeychainAvailable(true);
        shoot(welcome, u"welcome-choice"_s);
    }
    {
        ui::WelcomeDialog welcome;
        welcome.setTransportFactory(factory);
        welcome.setKeychainAvailable(false);
        welcome.showPage(ui::WelcomeDialog::Page::SignIn);
        welcome.findChild<QLineEdit *>(u"jidEdit"_s)->setText(u"alice"_s);
        welcome.findChild<QLineEdit *>(u"hostEdit"_s)->setText(u"xmpp.example.org:5222"_s);
        welcome.nextButton()->click();
        shoot(welcome, u"welcome-signin-errors"_s);
    }
    {
        ui::WelcomeDialog welcome;
        welcome.setTransportFactory(factory);
        welcome.setKeychainAvailable(true);
        welcome.setCertificateHook([](const QList<QSslCertificate> &, const QString &) { return false; });
        welcome.showPage(ui::WelcomeDialog::Page::SignIn);
        welcome.findChild<QLineEdit *>(u"jidEdit"_s)->setText(u"alice@example.org"_s);
        welcome.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"secret"_s);
        welcome.nextButton()->click();
        ScriptedTransport &server = *transports.last();
        server.simulateConnected();
        TransportError error;
        error.kind = TransportError::Kind::CertificateUntrusted;
        error.message = u"The certificate of example.org is self-signed and not trusted."_s;
        error.fingerprint = QByteArray(64, 'a');
        const auto certs = QSslCertificate::fromPath(u"/etc/ssl/certs/ca-certificates.crt"_s);
        error.certificate = certs.value(0);
        Q_EMIT server.errorOccurred(error);
        shoot(welcome, u"welcome-certificate"_s);
    }
    {
        ui::WelcomeDialog welcome;
        welcome.setTransportFactory(factory);
        welcome.setKeychainAvailable(true);
        welcome.findChild<QCommandLinkButton *>(u"createChoice"_s)->click();
        welcome.findChild<QLineEdit *>(u"serverEdit"_s)->setText(u"example.com"_s);
        shoot(welcome, u"welcome-server"_s);
        welcome.nextButton()->click();
        ScriptedTransport &server = *transports.last();
        server.simulateConnected();
        server.inject(
            script::serverHeader() + script::starttlsFeatures() + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        server.clearWrites();
        server.simulateEncrypted();
        server.inject(script::serverHeader() + script::saslFeatures({ "SCRAM-SHA-1" }));
        QString id;
        while (!server.writes().isEmpty()) {
            for (const Element &e : ScriptedSession::stanzasIn(server.takeWrite())) {
                id = e.attribute(u"id");
            }
        }
        server.inject("<iq type='result' id='" + id.toUtf8()
            + "'><query xmlns='jabber:iq:register'>"
              "<x xmlns='jabber:x:data' type='form'><title>Join example.com</title>"
              "<instructions>Choose a user name and a password. Accounts unused for a year are removed.</instructions>"
              "<field type='hidden' var='FORM_TYPE'><value>jabber:iq:register</value></field>"
              "<field type='text-single' var='username' label='User name'><required/></field>"
              "<field type='text-private' var='password' label='Password'><required/></field>"
              "<field type='text-single' var='email' label='Email (for password resets)'/>"
              "<field type='list-single' var='lang' label='Language'><option label='English'><value>en</value></option>"
              "<option label='Deutsch'><value>de</value></option></field>"
              "<field type='fixed'><value>By creating an account you accept the server's rules.</value></field>"
              "<field type='boolean' var='tos' label='I accept the rules'><required/></field>"
              "</x><x xmlns='jabber:x:oob'><url>https://example.com/register</url></x></query></iq>");
        settle();
        welcome.findChild<QLineEdit *>(u"field_username"_s)->setText(u"juliet"_s);
        welcome.nextButton()->click();
        shoot(welcome, u"welcome-form"_s);
    }
    {
        ui::PasswordDialog password(*Jid::parse(u"alice@example.org"_s),
            u"The keychain is locked; unlock it or type the password."_s, app::PasswordMode::Keychain);
        shoot(password, u"password"_s);
    }
    {
        app::MemoryPasswordStore passwords;
        app::AccountManager manager(passwords);
        manager.setAccountFactory([](const AccountSettings &given) {
            AccountSettings settings = given;
            settings.connection.autoReconnect = false;
            return std::make_unique<Account>(
                settings, AccountStores::inMemory(), std::make_unique<ScriptedTransport>());
        });
        manager.load();
        app::AccountConfig alice;
        alice.jid = *Jid::parse(u"alice@example.org"_s);
        alice.label = u"Home"_s;
        manager.addAccount(alice, u"pw"_s);
        app::AccountConfig work;
        work.jid = *Jid::parse(u"a.smith@work.example"_s);
        work.host = u"xmpp.work.example"_s;
        work.port = 5223;
        work.directTls = true;
        work.eventing = true; // the Advanced part's XEP-0207 switch, on
        manager.addAccount(work, QString());
        app::AccountConfig old;
        old.jid = *Jid::parse(u"alice@old.example"_s);
        old.enabled = false;
        manager.addAccount(old, QString());
        manager.signIn(alice.jid);
        {
            ui::AccountsDialog accounts(manager);
            shoot(accounts, u"accounts"_s);
        }
        {
            ui::AccountEditDialog edit(*manager.account(work.jid), true);
            shoot(edit, u"account-edit"_s);
        }
        {
            ui::ChangePasswordDialog change(manager, alice.jid);
            change.findChild<QLineEdit *>(u"newEdit"_s)->setText(u"one"_s);
            change.findChild<QLineEdit *>(u"repeatEdit"_s)->setText(u"two"_s);
            change.accept();
            shoot(change, u"change-password"_s);
        }
        {
            ui::RemoveAccountDialog remove(manager, work.jid);
            shoot(remove, u"remove-account"_s);
        }
    }
    {
        // Settings → Local Network, switched on, with a name that cannot be used (the hint and the disabled OK).
        app::AppSettings settings;
        ui::SettingsDialog dialog(settings, data.path(), {});
        dialog.showPage(ui::SettingsDialog::Page::LocalNetwork);
        dialog.findChild<QCheckBox *>(u"localNetworkCheck"_s)->setChecked(true);
        shoot(dialog, u"settings-localnetwork"_s);
        dialog.findChild<QLineEdit *>(u"localNickEdit"_s)->setText(u"my name"_s);
        shoot(dialog, u"settings-localnetwork-invalid"_s);
    }
    return 0;
}
