#include "WelcomeDialog.h"

#include "DialogFit.h"
#include "FieldError.h"
#include "account/InBandRegistration.h"
#include "app/AccountInput.h"
#include "app/AppPaths.h"
#include "app/PasswordStore.h"
#include "stream/CertificateTrust.h"
#include "stream/TcpTransport.h"
#include "ui_WelcomeDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

// A Connection or registration whose signal is being delivered must not be deleted from its own slot; and what
// it still reports after this is no longer the dialog's business.
template<typename T>
void dispose(std::unique_ptr<T> &object, QObject *receiver)
{
    if (object) {
        object->disconnect(receiver);
        object.release()->deleteLater();
    }
}

} // namespace

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WelcomeDialog>())
{
    m_ui->setupUi(this);
    fitHeightToContents(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);

    m_back = m_ui->buttons->addButton(tr("< &Back"), QDialogButtonBox::ActionRole);
    m_back->setAccessibleName(tr("Back"));
    m_back->setToolTip(tr("Go back one step"));
    m_next = m_ui->buttons->addButton(tr("&Sign In"), QDialogButtonBox::ActionRole);
    m_next->setDefault(true);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without adding an account"));
    connect(m_back, &QPushButton::clicked, this, &WelcomeDialog::goBack);
    connect(m_next, &QPushButton::clicked, this, &WelcomeDialog::goNext);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->signInChoice, &QCommandLinkButton::clicked, this, [this] { showPage(Page::SignIn); });
    connect(m_ui->createChoice, &QCommandLinkButton::clicked, this, [this] { showPage(Page::Server); });
    connect(m_ui->localChoice, &QCommandLinkButton::clicked, this, [this] {
        m_localChosen = true;
        reject(); // no account to add: the caller switches the local network on
    });
    connect(m_ui->trustButton, &QPushButton::clicked, this, &WelcomeDialog::reviewCertificate);
    // Return in the last field of a page moves on, as the default button would.
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &WelcomeDialog::goNext);
    connect(m_ui->serverEdit, &QLineEdit::returnPressed, this, &WelcomeDialog::goNext);

    showFieldError(m_ui->jidError, m_ui->jidEdit, QString());
    showFieldError(m_ui->passwordError, m_ui->passwordEdit, QString());
    showFieldError(m_ui->serverError, m_ui->serverEdit, QString());
    m_ui->trustButton->hide();
    m_ui->statusLabel->hide();
    setKeychainAvailable(app::KeychainPasswordStore::serviceAvailable());
    showPage(Page::Choice);
}

WelcomeDialog::~WelcomeDialog() = default;

void WelcomeDialog::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    m_ui->keychainRadio->setEnabled(available);
    m_ui->keychainNote->setVisible(!available);
    // Without a keychain the user is told and chooses; asking every time is the choice that keeps nothing.
    (available ? m_ui->keychainRadio : m_ui->askRadio)->setChecked(true);
}

WelcomeDialog::Page WelcomeDialog::page() const
{
    return static_cast<Page>(m_ui->pages->currentIndex());
}

void WelcomeDialog::showPage(Page page)
{
    m_ui->pages->setCurrentIndex(int(page));
    // The stack is as tall as the page on show, not as its tallest page (no gap under a short form).
    for (int i = 0; i < m_ui->pages->count(); ++i) {
        const QSizePolicy::Policy policy = i == int(page) ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_ui->pages->widget(i)->setSizePolicy(policy, policy);
    }
    m_ui->pages->updateGeometry();
    clearProblems();
    switch (page) {
    case Page::Choice:
        m_ui->headingLabel->setText(tr("Welcome to Balcony"));
        m_ui->signInChoice->setFocus();
        break;
    case Page::SignIn:
        m_ui->headingLabel->setText(tr("Sign in to your account"));
        m_ui->advanced->setResourceVisible(true);
        m_ui->jidEdit->setFocus();
        break;
    case Page::Server:
        m_ui->headingLabel->setText(tr("Create a new account"));
        m_ui->advanced->setResourceVisible(false);
        m_ui->serverEdit->setFocus();
        break;
    case Page::Form:
        m_ui->headingLabel->setText(tr("Create an account on %1").arg(m_registrationDomain.domain()));
        break;
    }
    updateButtons();
}

void WelcomeDialog::updateButtons()
{
    const Page current = page();
    m_back->setVisible(current != Page::Choice);
    m_ui->passwordModeBox->setVisible(current == Page::SignIn || current == Page::Form);
    m_ui->advanced->setVisible(current == Page::SignIn || current == Page::Server);
    bool canGoOn = current != Page::Choice;
    switch (current) {
    case Page::Choice:
        break;
    case Page::SignIn:
        m_next->setText(tr("&Sign In"));
        m_next->setToolTip(tr("Check the address and password with the server, then add the account"));
        break;
    case Page::Server:
        m_next->setText(tr("&Next >"));
        m_next->setToolTip(tr("Ask the server for its sign-up form"));
        break;
    case Page::Form:
        m_next->setText(tr("&Create Account"));
        m_next->setToolTip(tr("Send the form to the server and sign in with the new account"));
        canGoOn = m_registration && m_registration->query().canRegisterInBand();
        break;
    }
    m_next->setAccessibleName(m_next->text().remove(u'&'));
    m_next->setVisible(canGoOn);
    m_next->setEnabled(!m_busy);
    m_back->setEnabled(!m_busy);
}

void WelcomeDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_ui->pages->setEnabled(!busy);
    m_ui->passwordModeBox->setEnabled(!busy);
    m_ui->advanced->setEnabled(!busy);
    if (busy) {
        m_ui->trustButton->hide();
        showStatus(status, false);
    }
    updateButtons();
}

void WelcomeDialog::showStatus(const QString &message, bool error)
{
    showStatusMessage(m_ui->statusLabel, this, message, error);
    m_ui->statusLabel->setAccessibleDescription(message);
}

void WelcomeDialog::clearProblems()
{
    showFieldError(m_ui->jidError, m_ui->jidEdit, QString());
    showFieldError(m_ui->passwordError, m_ui->passwordEdit, QString());
    showFieldError(m_ui->serverError, m_ui->serverEdit, QString());
    m_ui->formWidget->clearErrors();
    m_ui->trustButton->hide();
    showStatus(QString(), false);
}

app::PasswordMode WelcomeDialog::chosenPasswordMode() const
{
    if (m_ui->keychainRadio->isChecked() && m_keychainAvailable) {
        return app::PasswordMode::Keychain;
    }
    return m_ui->sessionRadio->isChecked() ? app::PasswordMode::Session : app::PasswordMode::Ask;
}

app::AccountConfig WelcomeDialog::configFromForm(const Jid &jid) const
{
    app::AccountConfig config;
    config.jid = jid.bare();
    m_ui->advanced->apply(config);
    config.passwordMode = chosenPasswordMode();
    return config;
}

void WelcomeDialog::goNext()
{
    if (m_busy) {
        return;
    }
    switch (page()) {
    case Page::Choice:
        return;
    case Page::SignIn:
        startSignIn();
        return;
    case Page::Server:
        fetchForm();
        return;
    case Page::Form:
        submitForm();
        return;
    }
}

void WelcomeDialog::goBack()
{
    if (m_busy) {
        return;
    }
    dispose(m_connection, this);
    showPage(page() == Page::Form ? Page::Server : Page::Choice);
}

// --- sign in

void WelcomeDialog::startSignIn()
{
    clearProblems();
    Jid jid;
    const QString jidProblem = app::AccountInput::checkAccountJid(m_ui->jidEdit->text(), &jid);
    QString duplicate;
    if (jidProblem.isEmpty() && m_existing.contains(jid)) {
        duplicate = tr("%1 is already one of your accounts.").arg(jid.bareString());
    }
    const QString passwordProblem = app::AccountInput::checkPassword(m_ui->passwordEdit->text());
    showFieldError(m_ui->jidError, m_ui->jidEdit, jidProblem.isEmpty() ? duplicate : jidProblem);
    showFieldError(m_ui->passwordError, m_ui->passwordEdit, passwordProblem);
    const bool advancedOk = m_ui->advanced->validate(false);
    if (!jidProblem.isEmpty() || !duplicate.isEmpty()) {
        m_ui->jidEdit->setFocus();
        return;
    }
    if (!passwordProblem.isEmpty()) {
        m_ui->passwordEdit->setFocus();
        return;
    }
    if (!advancedOk) {
        m_ui->advanced->validate(true);
        return;
    }
    signInWith(configFromForm(jid), m_ui->passwordEdit->text());
}

void WelcomeDialog::signInWith(const app::AccountConfig &config, const QString &password)
{
    m_pending = config;
    m_pendingPassword = password;
    ConnectionSettings settings;
    settings.jid = config.resource.isEmpty() ? config.jid : config.jid.withResource(config.resource);
    settings.password = password;
    settings.host = config.host;
    settings.port = config.port;
    settings.directTls = config.directTls;
    settings.binding = config.binding;
    settings.websocketUrl = config.websocketUrl;
    settings.autoReconnect = false;
    settings.streamManagement = false;
    // Decisions the user made about this account's server certificate (here, or earlier in this profile).
    settings.trustedFingerprints
        = CertificateTrust(app::AppPaths::profileDir(config.jid)).fingerprints(config.jid.domain());
    dispose(m_connection, this);
    m_connection
        = m_transportFactory ? std::make_unique<Connection>(m_transportFactory()) : std::make_unique<Connection>();
    m_connection->setSettings(settings);
    connect(m_connection.get(), &Connection::connected, this, &WelcomeDialog::onSignedIn);
    connect(m_connection.get(), &Connection::errorOccurred, this, &WelcomeDialog::onSignInError);
    setBusy(true, tr("Signing in as %1…").arg(config.jid.bareString()));
    m_connection->connectToServer();
}

void WelcomeDialog::onSignedIn()
{
    // It works: the app signs in with it for real once it is added. This check's stream ends here.
    m_result = m_pending;
    m_password = m_pendingPassword;
    // The clean close (RFC 6120 §4.4) outlives the dialog: the Connection goes once the stream is closed (or its
    // close timeout ran out); deleting it now would abort the socket with the closing tag unsent.
    Connection *closing = m_connection.release();
    closing->disconnect(this);
    connect(closing, &Connection::stateChanged, closing, [closing](ConnectionState state) {
        if (state == ConnectionState::Disconnected) {
            closing->deleteLater();
        }
    });
    closing->disconnectFromServer();
    setBusy(false);
    accept();
}

void WelcomeDialog::onSignInError(const ConnectionError &error)
{
    dispose(m_connection, this);
    setBusy(false);
    switch (error.kind) {
    case ConnectionError::Kind::Authentication:
        showFieldError(m_ui->passwordError, m_ui->passwordEdit, error.message);
        m_ui->passwordEdit->setFocus();
        m_ui->passwordEdit->selectAll();
        return;
    case ConnectionError::Kind::Certificate:
        m_certificateForRegistration = false;
        offerTrust(error);
        return;
    case ConnectionError::Kind::Network:
        // Mostly "server not found" or "connection refused": the address (or Advanced host) is the thing to check.
        showStatus(error.message, true);
        m_ui->jidEdit->setFocus();
        return;
    default:
        showStatus(error.message, true);
        return;
    }
}

// --- create an account

void WelcomeDialog::fetchForm()
{
    clearProblems();
    Jid domain;
    const QString problem = app::AccountInput::checkServer(m_ui->serverEdit->text(), &domain);
    showFieldError(m_ui->serverError, m_ui->serverEdit, problem);
    if (!problem.isEmpty()) {
        m_ui->serverEdit->setFocus();
        return;
    }
    if (!m_ui->advanced->validate()) {
        return;
    }
    const app::AccountConfig connection = configFromForm(domain);
    ConnectionSettings settings;
    settings.jid = domain;
    settings.host = connection.host;
    settings.port = connection.port;
    settings.directTls = connection.directTls;
    settings.binding = connection.binding;
    settings.websocketUrl = connection.websocketUrl;
    if (domain != m_registrationDomain) {
        m_registrationTrust.clear();
    }
    settings.trustedFingerprints = m_registrationTrust;
    dispose(m_registration, this);
    m_registrationDomain = domain;
    m_registration = m_transportFactory ? std::make_unique<InBandRegistration>(settings, m_transportFactory())
                                        : std::make_unique<InBandRegistration>(settings);
    connect(m_registration.get(), &InBandRegistration::formReceived, this, &WelcomeDialog::onFormReceived);
    connect(m_registration.get(), &InBandRegistration::failed, this, &WelcomeDialog::onRegistrationFailed);
    connect(m_registration.get(), &InBandRegistration::registered, this, &WelcomeDialog::onRegistered);
    setBusy(true, tr("Asking %1 for its sign-up form…").arg(domain.domain()));
    m_registration->fetchForm();
}

void WelcomeDialog::onFormReceived(const RegistrationQuery &query)
{
    setBusy(false);
    const DataForm form = query.userForm();
    m_ui->formWidget->setForm(form);
    QStringList instructions = form.instructions();
    if (!form.title().isEmpty()) {
        instructions.prepend(form.title());
    }
    m_ui->instructionsLabel->setText(instructions.join(u"\n\n"_s));
    m_ui->instructionsLabel->setVisible(!instructions.isEmpty());
    const QUrl web(query.oobUrl);
    const bool webLink = web.isValid() && (web.scheme() == u"https" || web.scheme() == u"http");
    QString webText;
    if (!query.canRegisterInBand()) {
        webText = webLink
            ? tr("%1 creates new accounts only on its web page: %2")
                  .arg(m_registrationDomain.domain().toHtmlEscaped(),
                      u"<a href=\"%1\">%2</a>"_s.arg(
                          web.toString(QUrl::FullyEncoded).toHtmlEscaped(), query.oobUrl.toHtmlEscaped()))
            : tr("%1 does not let clients create accounts.").arg(m_registrationDomain.domain().toHtmlEscaped());
    } else if (webLink) {
        webText = tr("You can also sign up on the server's web page: %1")
                      .arg(u"<a href=\"%1\">%2</a>"_s.arg(
                          web.toString(QUrl::FullyEncoded).toHtmlEscaped(), query.oobUrl.toHtmlEscaped()));
    }
    m_ui->webLabel->setText(webText);
    m_ui->webLabel->setVisible(!webText.isEmpty());
    m_ui->formScroll->setVisible(query.canRegisterInBand());
    // A scroll area asks for little room; the form gets what it needs, up to a height that still fits a
    // laptop screen (longer forms scroll).
    m_ui->formWidget->adjustSize();
    m_ui->formScroll->setMinimumHeight(qMin(m_ui->formWidget->sizeHint().height() + 4, 420));
    showPage(Page::Form);
    if (QWidget *first = m_ui->formWidget->editor(u"username"_s)) {
        first->setFocus();
    } else if (m_next->isVisible()) {
        m_ui->formScroll->setFocus();
    }
}

void WelcomeDialog::submitForm()
{
    clearProblems();
    if (!m_registration || !m_ui->formWidget->validate()) {
        return;
    }
    setBusy(true, tr("Creating your account on %1…").arg(m_registrationDomain.domain()));
    m_registration->submit(m_ui->formWidget->values());
}

void WelcomeDialog::onRegistrationFailed(const RegistrationFailure &failure)
{
    setBusy(false);
    if (failure.kind == RegistrationFailure::Kind::Connection
        && failure.connection.kind == ConnectionError::Kind::Certificate) {
        m_certificateForRegistration = true;
        offerTrust(failure.connection);
        return;
    }
    if (page() == Page::Form && !failure.field.isEmpty()
        && m_ui->formWidget->setFieldError(failure.field, failure.message)) {
        return;
    }
    showStatus(failure.message, true);
    if (page() == Page::Server) {
        m_ui->serverEdit->setFocus();
    }
}

void WelcomeDialog::onRegistered(const Jid &jid, const QString &password)
{
    setBusy(false);
    dispose(m_registration, this);
    // The certificates trusted while registering belong to the new account from now on.
    if (!m_registrationTrust.isEmpty() && !recordTrust(jid, m_registrationTrust)) {
        return;
    }
    // The new account on the sign-in page, so that a failed sign-in leaves the user with it in hand.
    m_ui->jidEdit->setText(jid.bareString());
    m_ui->passwordEdit->setText(password);
    app::AccountConfig config = configFromForm(jid);
    showPage(Page::SignIn);
    signInWith(config, password);
    showStatus(tr("The account %1 was created; signing in…").arg(jid.bareString()), false);
}

// --- certificates

void WelcomeDialog::offerTrust(const ConnectionError &error)
{
    m_certificateError = error;
    QString message = error.message;
    QByteArray fingerprint = CertificateTrust::normalizedFingerprint(error.fingerprint);
    if (fingerprint.isEmpty() && !error.certificate.isNull()) {
        fingerprint = CertificateTrust::fingerprint(error.certificate);
    }
    if (!fingerprint.isEmpty()
        && !message.contains(CertificateTrust::displayFingerprint(fingerprint), Qt::CaseInsensitive)) {
        // A zero-width space after each colon lets the long fingerprint wrap inside the dialog.
        QString display = CertificateTrust::displayFingerprint(fingerprint);
        display.replace(u':', u":\u200B"_s);
        message = tr("%1 Its SHA-256 fingerprint is %2.").arg(message, display);
    }
    showStatus(message, true);
    // Only a certificate the user can look at can be trusted (and only where the certificate dialog is wired).
    m_ui->trustButton->setVisible(!error.certificate.isNull() && m_certificateHook);
}

void WelcomeDialog::reviewCertificate()
{
    const QSslCertificate certificate = m_certificateError.certificate;
    if (certificate.isNull() || !m_certificateHook) {
        return;
    }
    if (!m_certificateHook({ certificate }, m_certificateError.message)) {
        return; // refused: the error stays as it is
    }
    const QByteArray fingerprint = CertificateTrust::fingerprint(certificate);
    m_ui->trustButton->hide();
    if (m_certificateForRegistration) {
        if (!m_registrationTrust.contains(fingerprint)) {
            m_registrationTrust.append(fingerprint);
        }
        if (page() == Page::Form && m_registration) {
            m_registration->setTrustedFingerprints(m_registrationTrust);
            submitForm();
        } else {
            fetchForm();
        }
        return;
    }
    if (recordTrust(m_pending.jid, { fingerprint })) {
        signInWith(m_pending, m_pendingPassword);
    }
}

bool WelcomeDialog::recordTrust(const Jid &account, const QList<QByteArray> &fingerprints)
{
    CertificateTrust trust(app::AppPaths::profileDir(account));
    for (const QByteArray &fingerprint : fingerprints) {
        if (!trust.trustFingerprint(account.domain(), fingerprint)) {
            showStatus(tr("Cannot record the decision to trust the certificate in %1: %2")
                           .arg(trust.filePath(), trust.errorString()),
                true);
            return false;
        }
    }
    return true;
}

void WelcomeDialog::setLocalNetworkOffered(bool offered)
{
    m_ui->localChoice->setVisible(offered);
}

} // namespace balcony::ui
