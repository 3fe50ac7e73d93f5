#pragma once

#include "account/RegistrationQuery.h"
#include "app/AccountConfig.h"
#include "stream/Connection.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSslCertificate>

#include <functional>
#include <memory>

namespace Ui {
class WelcomeDialog;
}

class QPushButton;

namespace balcony {
class InBandRegistration;
class Transport;
struct RegistrationFailure;
} // namespace balcony

namespace balcony::ui {

// First run and "Add account": sign in to an existing account, or create one on a server that allows in-band
// registration (XEP-0077: the server's form, rendered field by field, submitted, then signed in). The account
// is accepted only after a sign-in with it worked, so the result is an account that works: config() and
// password() for AccountManager::addAccount. Problems are said in plain words next to the field they are
// about (a bad address, an empty or wrong password, a taken name); nothing the user typed is cleared.
//
// A certificate that fails verification shows its reason and a "Trust…" button that asks the certificate
// hook (the certificate dialog); a "yes" is recorded as the account's trust decision (CertificateTrust in its
// profile folder, where AccountManager reads it) and the step is tried again.
class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    enum class Page { Choice, SignIn, Server, Form };
    // Shows the certificate to the user; true means "trust this certificate permanently".
    using CertificateHook = std::function<bool(const QList<QSslCertificate> &chain, const QString &reason)>;
    // Tests: the transport for each connection (default: TCP).
    using TransportFactory = std::function<std::unique_ptr<Transport>()>;

    explicit WelcomeDialog(QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    // Whether the system keychain can keep passwords (default: KeychainPasswordStore::serviceAvailable()).
    void setKeychainAvailable(bool available);
    void setCertificateHook(CertificateHook hook) { m_certificateHook = std::move(hook); }
    void setTransportFactory(TransportFactory factory) { m_transportFactory = std::move(factory); }
    // Accounts already configured: signing in to one of them again is refused next to the address.
    void setExistingAccounts(const QList<Jid> &accounts) { m_existing = accounts; }

    Page page() const;
    // Goes to `page` (Choice, SignIn or Server; Form follows from the server's answer).
    void showPage(Page page);

    // The account to add (valid after accept()).
    app::AccountConfig config() const { return m_result; }
    QString password() const { return m_password; }

    // The button that moves on (Sign In, Next, Create Account): for keyboard users it is the default button.
    QPushButton *nextButton() const { return m_next; }
    // The user chose "Chat on the local network, without an account" (the dialog was closed, with no account).
    bool localNetworkChosen() const { return m_localChosen; }
    // Offers that choice (the first-run dialog does; "Add account" does not when it is on already).
    void setLocalNetworkOffered(bool offered);

private:
    void goNext();
    void goBack();
    void updateButtons();
    void setBusy(bool busy, const QString &status = QString());
    void showStatus(const QString &message, bool error);
    void clearProblems();
    app::PasswordMode chosenPasswordMode() const;
    app::AccountConfig configFromForm(const Jid &jid) const;

    // Sign in
    void startSignIn();
    void signInWith(const app::AccountConfig &config, const QString &password);
    void onSignInError(const ConnectionError &error);
    void onSignedIn();
    // Create
    void fetchForm();
    void onFormReceived(const RegistrationQuery &query);
    void submitForm();
    void onRegistrationFailed(const RegistrationFailure &failure);
    void onRegistered(const Jid &jid, const QString &password);
    // Certificates
    void offerTrust(const ConnectionError &error);
    void reviewCertificate();
    bool recordTrust(const Jid &account, const QList<QByteArray> &fingerprints);

    std::unique_ptr<Ui::WelcomeDialog> m_ui;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    CertificateHook m_certificateHook;
    TransportFactory m_transportFactory;
    QList<Jid> m_existing;
    bool m_keychainAvailable = false;
    bool m_busy = false;

    // The sign-in being tried (on its own Connection: the account does not exist in the app yet).
    std::unique_ptr<Connection> m_connection;
    app::AccountConfig m_pending;
    QString m_pendingPassword;
    // The registration (the server page's domain).
    std::unique_ptr<InBandRegistration> m_registration;
    Jid m_registrationDomain;
    QList<QByteArray> m_registrationTrust; // certificates trusted while registering (recorded once the account exists)
    // The certificate problem "Trust…" would answer, and whom it is for.
    ConnectionError m_certificateError;
    bool m_certificateForRegistration = false;

    app::AccountConfig m_result;
    QString m_password;
    bool m_localChosen = false;
};

} // namespace balcony::ui
