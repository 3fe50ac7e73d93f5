#include "MainWindow.h"

#include "ConnectionStateText.h"
#include "stream/CertificateTrust.h"
#include "ui_MainWindow.h"

#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

namespace balcony::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_connection(new Connection(this))
{
    m_ui->setupUi(this);
    m_ui->trustButton->hide();
    connect(m_ui->connectButton, &QPushButton::clicked, this, &MainWindow::toggleConnection);
    connect(m_ui->trustButton, &QPushButton::clicked, this, &MainWindow::reviewCertificate);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &MainWindow::toggleConnection);
    connect(m_connection, &Connection::stateChanged, this, &MainWindow::showState);
    connect(m_connection, &Connection::errorOccurred, this, &MainWindow::showError);
    connect(m_connection, &Connection::connected, this, &MainWindow::showConnected);
    showState(ConnectionState::Disconnected);
}

MainWindow::~MainWindow() = default;

void MainWindow::toggleConnection()
{
    if (m_connection->state() == ConnectionState::Disconnected) {
        startConnection();
    } else {
        m_connection->disconnectFromServer();
    }
}

void MainWindow::startConnection()
{
    m_ui->errorLabel->clear();
    m_ui->detailsLabel->clear();
    m_ui->trustButton->hide();

    QString error;
    const auto jid = Jid::parse(m_ui->jidEdit->text().trimmed(), &error);
    if (!jid || jid->local().isEmpty()) {
        m_ui->errorLabel->setText(jid ? tr("Enter your full address, like you@example.org.")
                                      : tr("This address is not valid: %1").arg(error));
        m_ui->jidEdit->setFocus();
        return;
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        m_ui->errorLabel->setText(tr("Enter your password."));
        m_ui->passwordEdit->setFocus();
        return;
    }

    ConnectionSettings settings;
    settings.jid = *jid;
    settings.password = m_ui->passwordEdit->text();
    settings.host = m_ui->hostEdit->text().trimmed();
    settings.port = quint16(m_ui->portSpin->value());
    settings.directTls = m_ui->directTlsCheck->isChecked();
    settings.trustedFingerprints = CertificateTrust(profileDir()).fingerprints(jid->domainAce());
    m_connection->setSettings(settings);
    m_connection->connectToServer();
}

void MainWindow::showState(ConnectionState state)
{
    m_ui->stateLabel->setText(connectionStateText(state));
    m_ui->stateDot->setStyleSheet(
        QStringLiteral("background-color: %1; border-radius: 7px;").arg(connectionStateColor(state).name()));
    const bool idle = state == ConnectionState::Disconnected;
    m_ui->connectButton->setText(idle ? tr("&Connect") : tr("&Disconnect"));
    m_ui->accountBox->setEnabled(idle);
    if (idle) {
        m_ui->detailsLabel->clear();
    }
}

void MainWindow::showError(const ConnectionError &error)
{
    m_ui->errorLabel->setText(error.message);
    if (error.kind == ConnectionError::Kind::Certificate && !error.certificate.isNull()) {
        m_certificateError = error;
        m_ui->trustButton->show();
    }
    if (error.kind == ConnectionError::Kind::Authentication) {
        m_ui->passwordEdit->setFocus();
        m_ui->passwordEdit->selectAll();
    }
}

void MainWindow::showConnected()
{
    const ConnectionStats stats = m_connection->stats();
    m_ui->errorLabel->clear();
    m_ui->detailsLabel->setText(
        tr("Signed in as %1 via %2 (%3, %4); ready in %5 ms.")
            .arg(m_connection->boundJid().toString(), stats.peer, stats.tlsProtocol, stats.saslMechanism)
            .arg(stats.boundMs));
}

void MainWindow::reviewCertificate()
{
    const QSslCertificate &cert = m_certificateError.certificate;
    const auto jid = Jid::parse(m_ui->jidEdit->text().trimmed());
    if (!jid || cert.isNull()) {
        return;
    }
    const QString details
        = tr("<p>Balcony could not verify the identity of <b>%1</b>.</p>"
             "<p>Issued to: %2<br>Issued by: %3<br>Valid: %4 to %5<br>SHA-256 fingerprint:<br><tt>%6</tt></p>"
             "<p>Only trust this certificate if you have checked the fingerprint with the server's "
             "administrator. Anyone able to intercept your connection could otherwise read your messages.</p>")
              .arg(jid->domain().toHtmlEscaped(), cert.subjectDisplayName().toHtmlEscaped(),
                  cert.issuerDisplayName().toHtmlEscaped(),
                  QLocale().toString(cert.effectiveDate(), QLocale::ShortFormat),
                  QLocale().toString(cert.expiryDate(), QLocale::ShortFormat),
                  CertificateTrust::displayFingerprint(CertificateTrust::fingerprint(cert)));
    QMessageBox box(QMessageBox::Warning, tr("Untrusted certificate"), details, QMessageBox::NoButton, this);
    QPushButton *trust = box.addButton(tr("&Trust this certificate"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != trust) {
        return;
    }
    CertificateTrust trustStore(profileDir());
    if (!trustStore.trust(jid->domainAce(), cert)) {
        m_ui->errorLabel->setText(tr("Could not save the trust decision in %1.").arg(profileDir()));
        return;
    }
    m_ui->trustButton->hide();
    startConnection();
}

QString MainWindow::profileDir() const
{
    const auto jid = Jid::parse(m_ui->jidEdit->text().trimmed());
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("profiles/") + (jid ? jid->bareString() : QStringLiteral("default")));
}

} // namespace balcony::ui
