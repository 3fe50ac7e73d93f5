#pragma once

#include "core/Jid.h"
#include "storage/E2eKeyStore.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class FingerprintDialog;
}

namespace balcony::app {
class AccountController;
}

namespace balcony::ui {

// Encryption with one contact (OMEMO, XEP-0384; XEP-0116/0187 ESessions with keys of XEP-0189): the user's own
// fingerprints to read out to the contact (the ESession key and the OMEMO device), the contact's OMEMO devices with
// their trust (blind, verified, not trusted: new next to a verified one, distrusted; Trust / Distrust for the
// selected one) and the contact's ESession keys with their state (trusted on first use, verified, or new and not
// trusted: the key changed), verification by typing or pasting what the contact's client shows (an OMEMO
// fingerprint, an ESession fingerprint or XEP-0189 key id), fetching the contact's devices and published keys, and
// the per-contact policy (never / when possible / always / the default).
class FingerprintDialog : public QDialog {
    Q_OBJECT
public:
    FingerprintDialog(app::AccountController *controller, const Jid &contact, QWidget *parent = nullptr);
    ~FingerprintDialog() override;

    // "Never", "When possible", "Always" (translated).
    static QString policyText(E2ePolicy policy);

    // For tests: runs what the Verify button runs with `typed`; the result line says what happened.
    void verify(const QString &typed);
    QString resultText() const;
    // For tests: the OMEMO rows (device, fingerprint, trust) and setting the trust of one device.
    QStringList omemoRows() const;
    bool setDeviceTrust(int row, OmemoTrust trust);

private:
    void showOwnKey();
    void createOwnKey();
    void showContactKeys();
    void showOmemoDevices();
    void updateTrustButtons();
    void fetchKeys();
    void fillPolicies();
    void applyPolicy(int comboIndex);
    void setResult(const QString &text, bool good);

    std::unique_ptr<Ui::FingerprintDialog> m_ui;
    QPointer<app::AccountController> m_controller;
    Jid m_contact;
};

} // namespace balcony::ui
