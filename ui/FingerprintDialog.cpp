#include "FingerprintDialog.h"

#include "MessageText.h"
#include "app/AccountController.h"
#include "crypto/SigningKey.h"
#include "esession/EsessionManager.h"
#include "esession/KeyVerification.h"
#include "esession/PublicKeyManager.h"
#include "models/RosterModel.h"
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
        tr("Messages to %1 are end-to-end encrypted with encrypted sessions when the policy allows it. To be sure "
           "nobody is in between, compare fingerprints with %1 in person or over a channel you trust.")
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
