#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>

#include <memory>

namespace Ui {
class CertificateDialog;
}

class QPushButton;

namespace balcony::ui {

// A server certificate that failed verification (RFC 6125 name checks, an unknown CA, expiry): why it failed,
// the chain (the server's certificate first), and for the selected one its subject and names, issuer,
// validity and SHA-256 fingerprint. "Refuse" is the default button; exec() == Accepted means the user chose
// "Trust this certificate permanently" (the caller records that decision for the leaf certificate).
class CertificateDialog : public QDialog {
    Q_OBJECT
public:
    CertificateDialog(const QList<QSslCertificate> &chain, const QString &reason, QWidget *parent = nullptr);
    ~CertificateDialog() override;

    // Upper-case hex pairs separated by colons, as browsers and openssl x509 -fingerprint show it, in two lines.
    static QString fingerprintText(const QSslCertificate &certificate);

    QPushButton *trustButton() const { return m_trust; }
    QPushButton *refuseButton() const { return m_refuse; }

private:
    void showCertificate(int index);

    std::unique_ptr<Ui::CertificateDialog> m_ui;
    QList<QSslCertificate> m_chain;
    QPushButton *m_trust = nullptr;
    QPushButton *m_refuse = nullptr;
};

} // namespace balcony::ui
