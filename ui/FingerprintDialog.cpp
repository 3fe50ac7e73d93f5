#include "FingerprintDialog.h"

#include "MessageText.h"
#include "app/AccountController.h"
#include "crypto/SigningKey.h"
#include "esession/EsessionManager.h"
#include "esession/KeyVerification.h"
#include "esession/PublicKeyManager.h"
#include "models/RosterModel.h"
#include "omemo/OmemoElements.h"
#include "omemo/OmemoManager.h"
#include "ui_FingerprintDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QThread>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

// The combo's entries: the contact's own setting, or none (the default).
const std::optional<E2ePolicy> policyChoices[]
    = { std::nullopt, E2ePolicy::Never, E2ePolicy::WhenPossible, E2ePolicy::Always };

// "AAAA BBBB ..." in two lines of equal groups (a fingerprint of 16 groups: 8 and 8).
QString twoLines(const QString &grouped)
{
    QStringList groups = grouped.split(u' ', Qt::SkipEmptyParts);
    const qsizetype half = (groups.size() + 1) / 2;
    return groups.mid(0, half).join(u' ') + u'\n' + groups.mid(half).join(u' ');
}

QString groupsOfFour(const QString &hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        groups.append(hex.mid(i, 4));
    }
    return groups.join(u' ');
}

QString keyStateText(const ContactKey &key)
{
    if (key.verified) {
        return FingerprintDialog::tr("Verified");
    }
    if (key.pinned) {
        return FingerprintDialog::tr("Trusted on first use");
    }
    return FingerprintDialog::tr("NEW: not trusted");
}

QString omemoTrustText(OmemoTrust trust)
{
    switch (trust) {
    case OmemoTrust::Blind:
        return FingerprintDialog::tr("Trusted (not verified)");
    case OmemoTrust::Verified:
        return FingerprintDialog::tr("Verified");
    case OmemoTrust::Undecided:
        return FingerprintDialog::tr("NEW: not trusted");
    case OmemoTrust::Distrusted:
        return FingerprintDialog::tr("Distrusted");
    }
    return QString();
}

OmemoManager *omemoOf(app::AccountController *controller)
{
    return controller && controller->isOpen() ? controller->account().omemo() : nullptr;
}

} // namespace

FingerprintDialog::FingerprintDialog(app::AccountController *controller, const Jid &contact, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FingerprintDialog>())
    , m_controller(controller)
    , m_contact(contact.bare())
{
    m_ui->setupUi(this);
    QString name = m_contact.bareString();
    if (RosterModel *roster = controller ? controller->roster() : nullptr) {
        if (const int row = roster->rowOf(m_contact); row >= 0) {
            name = roster->displayNameAt(row);
        }
    }
    setWindowTitle(tr("Encryption with %1").arg(name));
    m_ui->introLabel->setText(
        tr("Messages to %1 are end-to-end encrypted when the policy allows it: with OMEMO when %1 has OMEMO devices, "
           "else with encrypted sessions. To be sure nobody is in between, compare fingerprints with %1 in person or "
           "over a channel you trust.")
            .arg(name));
    m_ui->contactBox->setTitle(tr("Keys of %1 (%2)").arg(name, m_contact.bareString()));
    m_ui->verifyLabel->setText(tr("&Compare: type or paste the fingerprint (or key id) that %1's client shows for "
                                  "their own key:")
                                   .arg(name));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->ownFingerprint->setFont(mono);
    m_ui->ownKeyId->setFont(mono);
    m_ui->verifyEdit->setFont(mono);
    m_ui->keyList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->keyList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->keyList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->keyList->setFont(mono);
    m_ui->ownOmemo->setFont(mono);
    m_ui->omemoList->setFont(mono);
    m_ui->omemoList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->omemoList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->omemoList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_ui->omemoList, &QTreeWidget::currentItemChanged, this, &FingerprintDialog::updateTrustButtons);
    connect(m_ui->trustButton, &QPushButton::clicked, this, [this] {
        setDeviceTrust(m_ui->omemoList->indexOfTopLevelItem(m_ui->omemoList->currentItem()), OmemoTrust::Blind);
    });
    connect(m_ui->distrustButton, &QPushButton::clicked, this, [this] {
        setDeviceTrust(m_ui->omemoList->indexOfTopLevelItem(m_ui->omemoList->currentItem()), OmemoTrust::Distrusted);
    });
    if (OmemoManager *omemo = omemoOf(controller)) {
        connect(omemo, &OmemoManager::devicesChanged, this, [this](const Jid &who) {
            if (who.bare() == m_contact) {
                showOmemoDevices();
            }
        });
    }
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    connect(m_ui->copyOwnButton, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_ui->ownFingerprint->text().replace(u'\n', u' ')); });
    connect(m_ui->createKeyButton, &QPushButton::clicked, this, &FingerprintDialog::createOwnKey);
    connect(m_ui->fetchButton, &QPushButton::clicked, this, &FingerprintDialog::fetchKeys);
    connect(m_ui->verifyEdit, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_ui->verifyButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->verifyEdit, &QLineEdit::returnPressed, this, [this] { verify(m_ui->verifyEdit->text()); });
    connect(m_ui->verifyButton, &QPushButton::clicked, this, [this] { verify(m_ui->verifyEdit->text()); });

    showOwnKey();
    showContactKeys();
    showOmemoDevices();
    fillPolicies();
    connect(m_ui->policyCombo, &QComboBox::activated, this, &FingerprintDialog::applyPolicy);
    m_ui->verifyEdit->setFocus();
}

FingerprintDialog::~FingerprintDialog() = default;

QString FingerprintDialog::policyText(E2ePolicy policy)
{
    switch (policy) {
    case E2ePolicy::Never:
        return tr("Never");
    case E2ePolicy::WhenPossible:
        return tr("When possible");
    case E2ePolicy::Always:
        return tr("Always");
    }
    return QString();
}

void FingerprintDialog::showOwnKey()
{
    Account *account = m_controller && m_controller->isOpen() ? &m_controller->account() : nullptr;
    E2eKeyStore *store = account ? account->e2eKeyStore() : nullptr;
    EsessionManager *esessions = account ? account->esessions() : nullptr;
    m_ui->createKeyButton->hide();
    m_ui->copyOwnButton->setEnabled(false);
    m_ui->ownKeyId->clear();
    OmemoManager *omemo = account ? account->omemo() : nullptr;
    if (omemo && omemo->open()) {
        m_ui->ownOmemo->setText(
            tr("device %1\n%2").arg(QString::number(omemo->deviceId()), twoLines(omemo->ownFingerprint())));
    } else {
        m_ui->ownOmemo->setText(
            store && !store->isUnlocked() ? tr("Your keys are locked until you sign in.") : tr("Not available."));
    }
    if (!store || !esessions) {
        m_ui->ownFingerprint->setText(tr("Encryption is not available for this account."));
        return;
    }
    if (!store->isUnlocked()) {
        m_ui->ownFingerprint->setText(tr("Your keys are locked until you sign in."));
        return;
    }
    // Only an existing key is read here; making one (RSA 3072) is the user's explicit choice below.
    if (!store->ownKey()) {
        m_ui->ownFingerprint->setText(tr("You have no key yet."));
        m_ui->createKeyButton->show();
        return;
    }
    QString error;
    const crypto::PrivateKey *key = esessions->keys().ownKey(&error);
    if (!key) {
        m_ui->ownFingerprint->setText(error);
        return;
    }
    m_ui->ownFingerprint->setText(twoLines(KeyVerification::fingerprintText(key->publicKey().fingerprint())));
    // Grouped like the fingerprint so that it wraps and reads aloud in chunks (KeyVerification ignores spaces).
    m_ui->ownKeyId->setText(twoLines(groupsOfFour(PublicKeyManager::keyId(key->publicKey()))));
    m_ui->copyOwnButton->setEnabled(true);
}

void FingerprintDialog::createOwnKey()
{
    Account *account = m_controller && m_controller->isOpen() ? &m_controller->account() : nullptr;
    if (!account || !account->e2eKeyStore()) {
        return;
    }
    // RSA generation takes a noticeable time: it runs on a worker thread, the window stays responsive. The key
    // is stored from here (the UI thread, where the store lives) and PublicKeyManager reads it from the store.
    m_ui->createKeyButton->setEnabled(false);
    m_ui->ownFingerprint->setText(tr("Creating your key…"));
    auto made = std::make_shared<std::optional<crypto::PrivateKey>>();
    QThread *worker = QThread::create([made] {
        // XEP-0116 sign_algs: RSA with PKCS#1 v1.5 and SHA-256, at the default size (as PublicKeyManager makes it).
        *made = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, made] {
        E2eKeyStore *store = m_controller && m_controller->isOpen() ? m_controller->account().e2eKeyStore() : nullptr;
        // Another path (signing in with encryption) may have made one meanwhile: that one stays.
        const bool stored = store && (store->ownKey() || (*made && store->setOwnKey((*made)->toPkcs8())));
        m_ui->createKeyButton->setEnabled(true);
        showOwnKey();
        if (!stored) {
            m_ui->ownFingerprint->setText(tr("A signing key could not be created."));
        }
    });
    worker->start();
}

void FingerprintDialog::showContactKeys()
{
    m_ui->keyList->clear();
    E2eKeyStore *store = m_controller && m_controller->isOpen() ? m_controller->account().e2eKeyStore() : nullptr;
    const QList<ContactKey> keys = store ? store->contactKeys(m_contact) : QList<ContactKey>();
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    for (const ContactKey &key : keys) {
        auto *item = new QTreeWidgetItem(m_ui->keyList);
        item->setText(0, twoLines(KeyVerification::fingerprintText(key.fingerprint)));
        item->setText(1, keyStateText(key));
        item->setText(2, MessageText::dateTime(key.firstSeen.toLocalTime()));
        item->setToolTip(0, tr("Key id (XEP-0189): %1").arg(groupsOfFour(KeyVerification::keyId(key.der))));
        if (!key.isTrusted()) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
            item->setForeground(1, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
        } else if (key.verified) {
            item->setForeground(1, dark ? QColor(0x57, 0xd9, 0x8a) : QColor(0x1a, 0x7f, 0x37));
        }
    }
    if (keys.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_ui->keyList);
        item->setText(0, tr("No key known yet"));
        item->setFlags(Qt::NoItemFlags);
    }
    const bool online = m_controller && m_controller->isOnline();
    m_ui->fetchButton->setEnabled(online);
    if (!online) {
        m_ui->fetchStatus->setText(tr("Sign in to fetch the contact's published keys."));
    }
}

void FingerprintDialog::fetchKeys()
{
    Account *account = m_controller && m_controller->isOpen() ? &m_controller->account() : nullptr;
    if (!account || !account->esessions()) {
        return;
    }
    m_ui->fetchButton->setEnabled(false);
    m_ui->fetchStatus->setText(tr("Fetching keys…"));
    QPointer<FingerprintDialog> self(this);
    if (OmemoManager *omemo = account->omemo()) {
        omemo->fetchDevices(m_contact, [self](const QString &) {
            if (self) {
                self->showOmemoDevices();
            }
        });
    }
    account->esessions()->keys().fetchKeys(m_contact, [self](const PublicKeyManager::FetchResult &result) {
        if (!self) {
            return;
        }
        self->showContactKeys();
        if (result.error) {
            self->m_ui->fetchStatus->setText(tr("The keys could not be fetched: %1").arg(result.error->message));
        } else if (result.added.isEmpty()) {
            self->m_ui->fetchStatus->setText(tr("No new key."));
        } else {
            self->m_ui->fetchStatus->setText(tr("%n new key(s).", nullptr, int(result.added.size())));
        }
    });
}

void FingerprintDialog::verify(const QString &typed)
{
    if (!m_controller) {
        return;
    }
    if (OmemoManager *omemo = omemoOf(m_controller)) {
        if (const std::optional<OmemoDevice> device = omemo->deviceByFingerprint(m_contact, typed)) {
            if (omemo->setTrust(device->jid, device->version, device->id, OmemoTrust::Verified)) {
                setResult(tr("✔ The fingerprints match: OMEMO device %1 is now verified.").arg(device->id), true);
                m_ui->verifyEdit->clear();
            } else {
                setResult(tr("The verification could not be stored."), false);
            }
            showOmemoDevices();
            return;
        }
    }
    const KeyVerification result = m_controller->verifyKey(m_contact, typed);
    switch (result.status) {
    case KeyVerification::Status::Verified:
        setResult(tr("✔ The fingerprints match: the key %1 is now verified.")
                      .arg(KeyVerification::fingerprintText(result.fingerprint)),
            true);
        m_ui->verifyEdit->clear();
        break;
    case KeyVerification::Status::NoKeys:
        setResult(tr("No key of this contact is known yet. Fetch the keys first."), false);
        break;
    case KeyVerification::Status::Mismatch:
        setResult(tr("✘ This matches none of the contact's keys. Nothing was marked. Check what you typed; if it "
                     "is right, someone may be in between."),
            false);
        break;
    case KeyVerification::Status::Failed:
        setResult(tr("The verification could not be stored."), false);
        break;
    }
    showContactKeys();
}

void FingerprintDialog::showOmemoDevices()
{
    m_ui->omemoList->clear();
    OmemoManager *omemo = omemoOf(m_controller);
    const QList<OmemoDevice> devices = omemo ? omemo->devices(m_contact) : QList<OmemoDevice>();
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    int shown = 0;
    for (const OmemoDevice &device : devices) {
        if (!device.active) {
            continue; // no longer in the contact's device list: nothing is encrypted for it
        }
        auto *item = new QTreeWidgetItem(m_ui->omemoList);
        // Two lines, like the fingerprint beside it: the format, then the device id.
        item->setText(0,
            (device.version == OmemoVersion::Legacy ? u"OMEMO"_s : u"OMEMO 2"_s) + u'\n' + QString::number(device.id));
        item->setData(0, Qt::AccessibleTextRole,
            device.version == OmemoVersion::Legacy ? tr("OMEMO device %1").arg(device.id)
                                                   : tr("OMEMO 2 device %1").arg(device.id));
        item->setText(1,
            device.identityKey.isEmpty() ? tr("not known yet (fetch the keys)")
                                         : twoLines(omemo::fingerprint(device.identityKey)));
        item->setText(2, omemoTrustText(device.trust));
        item->setData(0, Qt::UserRole, QVariantList { int(device.version), qint64(device.id) });
        if (!device.isTrusted()) {
            QFont bold = item->font(2);
            bold.setBold(true);
            item->setFont(2, bold);
            item->setForeground(2, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
        } else if (device.trust == OmemoTrust::Verified) {
            item->setForeground(2, dark ? QColor(0x57, 0xd9, 0x8a) : QColor(0x1a, 0x7f, 0x37));
        }
        ++shown;
    }
    if (shown == 0) {
        auto *item = new QTreeWidgetItem(m_ui->omemoList);
        item->setText(0, tr("No OMEMO device known"));
        item->setFlags(Qt::NoItemFlags);
    }
    updateTrustButtons();
}

void FingerprintDialog::updateTrustButtons()
{
    QTreeWidgetItem *item = m_ui->omemoList->currentItem();
    const QVariantList key = item ? item->data(0, Qt::UserRole).toList() : QVariantList();
    OmemoManager *omemo = omemoOf(m_controller);
    std::optional<OmemoDevice> device;
    if (omemo && key.size() == 2) {
        for (const OmemoDevice &d : omemo->devices(m_contact)) {
            if (int(d.version) == key.at(0).toInt() && qint64(d.id) == key.at(1).toLongLong()) {
                device = d;
            }
        }
    }
    m_ui->trustButton->setEnabled(device && !device->isTrusted());
    m_ui->distrustButton->setEnabled(device && device->trust != OmemoTrust::Distrusted);
}

QStringList FingerprintDialog::omemoRows() const
{
    QStringList rows;
    for (int i = 0; i < m_ui->omemoList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->omemoList->topLevelItem(i);
        rows.append(QString(item->text(0)).replace(u'\n', u' ') + u" | "_s + QString(item->text(1)).replace(u'\n', u' ')
            + u" | "_s + item->text(2));
    }
    return rows;
}

bool FingerprintDialog::setDeviceTrust(int row, OmemoTrust trust)
{
    QTreeWidgetItem *item = m_ui->omemoList->topLevelItem(row);
    const QVariantList key = item ? item->data(0, Qt::UserRole).toList() : QVariantList();
    OmemoManager *omemo = omemoOf(m_controller);
    if (!omemo || key.size() != 2) {
        return false;
    }
    const bool ok = omemo->setTrust(m_contact, OmemoVersion(key.at(0).toInt()), quint32(key.at(1).toLongLong()), trust);
    if (!ok) {
        setResult(tr("The decision could not be stored."), false);
    }
    showOmemoDevices();
    return ok;
}

QString FingerprintDialog::resultText() const
{
    return m_ui->verifyResult->text();
}

void FingerprintDialog::setResult(const QString &text, bool good)
{
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    QPalette palette = m_ui->verifyResult->palette();
    const QColor colour = good ? (dark ? QColor(0x57, 0xd9, 0x8a) : QColor(0x1a, 0x7f, 0x37))
                               : (dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    palette.setColor(QPalette::WindowText, colour);
    m_ui->verifyResult->setPalette(palette);
    m_ui->verifyResult->setText(text);
}

void FingerprintDialog::fillPolicies()
{
    E2eKeyStore *store = m_controller && m_controller->isOpen() ? m_controller->account().e2eKeyStore() : nullptr;
    const E2ePolicy global
        = store ? store->ownPolicy(Jid()).value_or(E2ePolicy::WhenPossible) : E2ePolicy::WhenPossible;
    const std::optional<E2ePolicy> own = store ? store->ownPolicy(m_contact) : std::nullopt;
    m_ui->policyCombo->clear();
    int current = 0;
    for (int i = 0; i < int(std::size(policyChoices)); ++i) {
        const std::optional<E2ePolicy> choice = policyChoices[i];
        m_ui->policyCombo->addItem(
            choice ? policyText(*choice) : tr("Default (currently: %1)").arg(policyText(global)));
        if (choice == own) {
            current = i;
        }
    }
    m_ui->policyCombo->setCurrentIndex(current);
    m_ui->policyCombo->setEnabled(store != nullptr);
    m_ui->policyHint->setText(tr("Never: always in the clear. When possible: encrypted when the contact's key is "
                                 "known. Always: encrypted or not sent at all."));
}

void FingerprintDialog::applyPolicy(int comboIndex)
{
    if (!m_controller || comboIndex < 0 || comboIndex >= int(std::size(policyChoices))) {
        return;
    }
    if (!m_controller->setEncryptionPolicy(m_contact, policyChoices[comboIndex])) {
        setResult(tr("The policy could not be saved."), false);
        fillPolicies();
    }
}

} // namespace balcony::ui
