#include "CertificateDialog.h"

#include "MessageText.h"
#include "ThemeIcon.h"
#include "ui_CertificateDialog.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

QString nameOf(const QSslCertificate &certificate, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        return (issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field)).join(u", "_s);
    };
    QStringList parts;
    for (const auto field : { QSslCertificate::CommonName, QSslCertificate::Organization,
             QSslCertificate::OrganizationalUnitName, QSslCertificate::LocalityName, QSslCertificate::CountryName }) {
        const QString value = info(field);
        if (!value.isEmpty()) {
            parts.append(value);
        }
    }
    if (parts.isEmpty()) {
        return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    }
    return parts.join(u" · "_s);
}

} // namespace

CertificateDialog::CertificateDialog(const QList<QSslCertificate> &chain, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CertificateDialog>())
    , m_chain(chain)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(themeIcon(u"security-low"_s, QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    QFont strong = m_ui->reasonLabel->font();
    strong.setBold(true);
    m_ui->reasonLabel->setFont(strong);
    m_ui->reasonLabel->setText(reason.isEmpty() ? tr("The server's certificate could not be verified.")
                                                : tr("The server's certificate could not be verified: %1").arg(reason));
    m_ui->fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // "Refuse" is the default: Enter never trusts by accident.
    m_refuse = m_ui->buttonBox->addButton(tr("&Refuse"), QDialogButtonBox::RejectRole);
    m_refuse->setAccessibleName(tr("Refuse the certificate"));
    m_refuse->setDefault(true);
    m_refuse->setAutoDefault(true);
    m_trust = m_ui->buttonBox->addButton(tr("&Trust This Certificate Permanently"), QDialogButtonBox::AcceptRole);
    m_trust->setAccessibleName(tr("Trust this certificate permanently"));
    m_trust->setAutoDefault(false);
    m_trust->setEnabled(!chain.isEmpty());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const QSslCertificate &certificate : chain) {
        QString name = certificate.subjectInfo(QSslCertificate::CommonName).join(u", "_s);
        if (name.isEmpty()) {
            name = certificate.subjectDisplayName();
        }
        auto *item = new QListWidgetItem(name, m_ui->chainList);
        if (certificate.isSelfSigned()) {
            item->setText(tr("%1 (self-signed)").arg(name));
        }
    }
    if (chain.isEmpty()) {
        m_ui->chainList->addItem(tr("The server sent no certificate."));
    }
    // As tall as the chain (two to five rows), so the details get the room.
    const int rows = std::clamp(int(m_ui->chainList->count()), 2, 5);
    m_ui->chainList->setFixedHeight(rows * m_ui->chainList->sizeHintForRow(0) + 2 * m_ui->chainList->frameWidth() + 4);
    connect(m_ui->chainList, &QListWidget::currentRowChanged, this, &CertificateDialog::showCertificate);
    m_ui->chainList->setCurrentRow(0);
    m_refuse->setFocus();
}

CertificateDialog::~CertificateDialog() = default;

QString CertificateDialog::fingerprintText(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString text;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i > 0) {
            // Two lines of 16 bytes: colons give a label no place to wrap.
            text += i == hex.size() / 2 ? u'\n' : u':';
        }
        text += QString::fromLatin1(hex.mid(i, 2));
    }
    return text;
}

void CertificateDialog::showCertificate(int index)
{
    if (index < 0 || index >= m_chain.size()) {
        for (QLabel *label : { m_ui->subject, m_ui->names, m_ui->issuer, m_ui->validity, m_ui->fingerprint }) {
            label->clear();
        }
        return;
    }
    const QSslCertificate &certificate = m_chain.at(index);
    m_ui->subject->setText(nameOf(certificate, false));
    QStringList names;
    const auto alternates = certificate.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it) {
        names.append(it.value());
    }
    // Three names a line (the labels do not wrap: a fingerprint has nowhere to break).
    QStringList lines;
    for (qsizetype i = 0; i < names.size(); i += 3) {
        lines.append(names.mid(i, 3).join(u", "_s));
    }
    m_ui->names->setText(names.isEmpty() ? tr("(none)") : lines.join(u",\n"_s));
    m_ui->issuer->setText(nameOf(certificate, true));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString validity = tr("from %1 until %2")
                           .arg(MessageText::dateTime(certificate.effectiveDate().toLocalTime()),
                               MessageText::dateTime(certificate.expiryDate().toLocalTime()));
    QPalette palette = m_ui->validity->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    const bool dark = this->palette().color(QPalette::Window).lightnessF() < 0.5;
    if (certificate.expiryDate() < now) {
        validity += u" — "_s + tr("EXPIRED");
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    } else if (certificate.effectiveDate() > now) {
        validity += u" — "_s + tr("NOT VALID YET");
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    }
    m_ui->validity->setPalette(palette);
    m_ui->validity->setText(validity);
    m_ui->fingerprint->setText(fingerprintText(certificate));
    m_ui->detailsBox->setTitle(
        index == 0 ? tr("The server's certificate") : tr("Certificate %1 of the chain").arg(index + 1));
}

} // namespace balcony::ui
