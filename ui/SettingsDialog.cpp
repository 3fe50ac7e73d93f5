#include "SettingsDialog.h"

#include "AvatarSettings.h"
#include "Theme.h"
#include "app/Autostart.h"
#include "app/LocalNetwork.h"
#include "ui_SettingsDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony::ui {

SettingsDialog::SettingsDialog(
    app::AppSettings &settings, const QString &profileRoot, const QStringList &translationDirs, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_profileRoot(profileRoot)
{
    m_ui->setupUi(this);
    // Icons from the desktop's icon theme (freedesktop names, first one found), on every page or on none:
    // a list where some pages have icons and others not looks broken.
    const QList<std::pair<QString, QStringList>> pages {
        { tr("Accounts"), { u"system-users"_s, u"user-identity"_s, u"avatar-default"_s } },
        { tr("Notifications"),
            { u"preferences-desktop-notification"_s, u"preferences-system-notifications"_s,
                u"notification-active"_s } },
        { tr("Appearance"), { u"preferences-desktop-theme"_s, u"preferences-desktop-appearance"_s } },
        { tr("Privacy"), { u"preferences-system-privacy"_s, u"security-medium"_s } },
        { tr("Encryption"), { u"security-high"_s, u"channel-secure"_s, u"changes-prevent"_s } },
        { tr("Status"), { u"user-available"_s, u"user-online"_s, u"im-user-online"_s } },
        { tr("General"), { u"preferences-system"_s, u"preferences-other"_s, u"applications-system"_s } },
        { tr("Local Network"), { u"network-workgroup"_s, u"network-wired"_s, u"preferences-system-network"_s } },
    };
    QList<QIcon> icons;
    for (const auto &[title, names] : pages) {
        const auto found
            = std::find_if(names.cbegin(), names.cend(), [](const QString &n) { return QIcon::hasThemeIcon(n); });
        if (found == names.cend()) {
            icons.clear();
            break;
        }
        icons.append(QIcon::fromTheme(*found));
    }
    for (qsizetype i = 0; i < pages.size(); ++i) {
        auto *item = new QListWidgetItem(icons.value(i), pages.at(i).first, m_ui->pageList);
        item->setData(Qt::AccessibleTextRole, pages.at(i).first);
    }
    m_ui->pageList->setSpacing(2);
    connect(m_ui->pageList, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    m_ui->pageList->setCurrentRow(0);
    // The list as wide as its longest title, no wider.
    m_ui->pageList->setMinimumWidth(m_ui->pageList->sizeHintForColumn(0) + 2 * m_ui->pageList->frameWidth() + 8);

    m_ui->languageCombo->addItem(tr("System default"), QString());
    const QStringList languages = availableLanguages(translationDirs);
    for (const QString &code : languages) {
        const QLocale locale(code);
        const QString name = locale.nativeLanguageName();
        // Each language in its own name (the reader may not read the current one), with the code as a tie-break.
        m_ui->languageCombo->addItem(
            name.isEmpty() ? code : u"%1 (%2)"_s.arg(name.left(1).toUpper() + name.mid(1), code), code);
    }

    connect(m_ui->manageAccountsButton, &QPushButton::clicked, this, &SettingsDialog::manageAccountsRequested);
    connect(m_ui->notifyMessagesCheck, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_ui->offlineOptionsCheck, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_ui->awaySpin, &QSpinBox::valueChanged, this, &SettingsDialog::updateEnabled);
    connect(m_ui->localNetworkCheck, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_ui->localNickEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateEnabled);
    connect(m_ui->xaSpin, &QSpinBox::valueChanged, this, &SettingsDialog::updateEnabled);
    // The theme changes at once, so the user sees what they pick; Cancel goes back (done()).
    connect(m_ui->themeCombo, &QComboBox::currentIndexChanged, this, [this] { Theme::apply(chosenTheme()); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    m_ui->buttons->button(QDialogButtonBox::Apply)->setAccessibleName(tr("Apply"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page)
{
    m_ui->pageList->setCurrentRow(int(page));
}

QStringList SettingsDialog::availableLanguages(const QStringList &dirs)
{
    QStringList codes;
    for (const QString &dir : dirs) {
        const QStringList files = QDir(dir).entryList({ u"balcony_*.qm"_s }, QDir::Files | QDir::Readable);
        for (const QString &file : files) {
            const QString code = file.mid(8, file.size() - 8 - 3); // balcony_<code>.qm
            if (!code.isEmpty() && !codes.contains(code)) {
                codes.append(code);
            }
        }
    }
    codes.sort();
    return codes;
}

void SettingsDialog::load()
{
    m_ui->notifyMessagesCheck->setChecked(m_settings.notificationsEnabled());
    m_ui->hideTextCheck->setChecked(m_settings.hideMessageText());
    m_ui->soundCheck->setChecked(m_settings.notificationSound());
    m_ui->notifyRequestsCheck->setChecked(m_settings.notifySubscriptionRequests());
    m_ui->roomMessagesCheck->setChecked(m_settings.roomNotifications() == app::AppSettings::RoomNotifications::All);

    const QSignalBlocker noPreview(m_ui->themeCombo);
    m_ui->themeCombo->setCurrentIndex(int(m_settings.theme()));

    m_ui->receiptsCheck->setChecked(m_settings.sendReceipts());
    m_ui->chatStatesCheck->setChecked(m_settings.sendChatStates());
    m_ui->autoImagesCheck->setChecked(m_settings.autoShowImages());
    m_ui->omemoManualTrustCheck->setChecked(m_settings.omemoManualTrust());
    m_ui->offlineOptionsCheck->setChecked(m_settings.publishOfflineOptions());
    m_ui->validitySpin->setRange(app::AppSettings::minOfflineOptionsHours, app::AppSettings::maxOfflineOptionsHours);
    m_ui->validitySpin->setValue(m_settings.offlineOptionsValidityHours());

    m_ui->policyCombo->setCurrentIndex(int(m_settings.defaultEncryptionPolicy()));

    m_ui->awaySpin->setRange(0, app::AppSettings::maxIdleMinutes);
    m_ui->xaSpin->setRange(0, app::AppSettings::maxIdleMinutes);
    m_ui->awaySpin->setValue(m_settings.autoAwayMinutes());
    m_ui->xaSpin->setValue(m_settings.extendedAwayMinutes());
    m_ui->awayMessageEdit->setText(m_settings.autoAwayMessage());

    const app::Autostart autostart(QCoreApplication::applicationFilePath(), m_profileRoot);
    m_ui->autostartCheck->setChecked(autostart.isEnabled());
    m_ui->closeToTrayCheck->setChecked(m_settings.closeToTray());
    const int language = m_ui->languageCombo->findData(m_settings.language());
    m_ui->languageCombo->setCurrentIndex(language >= 0 ? language : 0);
    m_ui->localNetworkCheck->setChecked(m_settings.localNetworkEnabled());
    m_ui->localNickEdit->setText(m_settings.localNetworkNick());
    updateEnabled();
}

void SettingsDialog::updateEnabled()
{
    const bool notify = m_ui->notifyMessagesCheck->isChecked();
    m_ui->hideTextCheck->setEnabled(notify);
    m_ui->soundCheck->setEnabled(notify);
    const bool publish = m_ui->offlineOptionsCheck->isChecked();
    m_ui->validitySpin->setEnabled(publish);
    m_ui->validityLabel->setEnabled(publish);
    m_ui->awayMessageEdit->setEnabled(m_ui->awaySpin->value() > 0 || m_ui->xaSpin->value() > 0);
    const bool local = m_ui->localNetworkCheck->isChecked();
    m_ui->localNickEdit->setEnabled(local);
    m_ui->localNickLabel->setEnabled(local);
    const QString nick = m_ui->localNickEdit->text().trimmed();
    const bool validNick = app::LocalNetwork::isValidNick(nick);
    m_ui->localNameHint->setText(validNick ? tr("You appear as %1.").arg(app::LocalNetwork::instanceName(nick))
                                           : tr("Use a name without “@” or spaces."));
    m_ui->localNameHint->setEnabled(local);
    // An invalid name cannot be applied while the local network is on.
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!local || validNick);
    m_ui->buttons->button(QDialogButtonBox::Apply)->setEnabled(!local || validNick);
}

app::AppSettings::Theme SettingsDialog::chosenTheme() const
{
    return app::AppSettings::Theme(std::clamp(m_ui->themeCombo->currentIndex(), 0, 2));
}

void SettingsDialog::setAccounts(const QList<app::AccountController *> &controllers)
{
    if (m_avatarSettings || controllers.isEmpty()) {
        return;
    }
    m_avatarSettings = new AvatarSettings(controllers, m_ui->accountsPage);
    // Under the "Manage Accounts…" button, above the spacer.
    m_ui->accountsLayout->insertWidget(m_ui->accountsLayout->count() - 1, m_avatarSettings);
}

bool SettingsDialog::apply()
{
    m_settings.setNotificationsEnabled(m_ui->notifyMessagesCheck->isChecked());
    m_settings.setHideMessageText(m_ui->hideTextCheck->isChecked());
    m_settings.setNotificationSound(m_ui->soundCheck->isChecked());
    m_settings.setNotifySubscriptionRequests(m_ui->notifyRequestsCheck->isChecked());
    m_settings.setRoomNotifications(m_ui->roomMessagesCheck->isChecked()
            ? app::AppSettings::RoomNotifications::All
            : app::AppSettings::RoomNotifications::Mentions);
    m_settings.setTheme(chosenTheme());
    Theme::apply(chosenTheme());
    m_settings.setSendReceipts(m_ui->receiptsCheck->isChecked());
    m_settings.setSendChatStates(m_ui->chatStatesCheck->isChecked());
    m_settings.setAutoShowImages(m_ui->autoImagesCheck->isChecked());
    m_settings.setOmemoManualTrust(m_ui->omemoManualTrustCheck->isChecked());
    m_settings.setPublishOfflineOptions(m_ui->offlineOptionsCheck->isChecked());
    m_settings.setOfflineOptionsValidityHours(m_ui->validitySpin->value());
    m_settings.setDefaultEncryptionPolicy(E2ePolicy(std::clamp(m_ui->policyCombo->currentIndex(), 0, 2)));
    m_settings.setAutoAwayMinutes(m_ui->awaySpin->value());
    m_settings.setExtendedAwayMinutes(m_ui->xaSpin->value());
    m_settings.setAutoAwayMessage(m_ui->awayMessageEdit->text().trimmed());
    m_settings.setCloseToTray(m_ui->closeToTrayCheck->isChecked());
    m_settings.setLanguage(m_ui->languageCombo->currentData().toString());
    if (app::LocalNetwork::isValidNick(m_ui->localNickEdit->text().trimmed())) {
        m_settings.setLocalNetworkNick(m_ui->localNickEdit->text().trimmed());
    }
    m_settings.setLocalNetworkEnabled(m_ui->localNetworkCheck->isChecked());
    m_settings.sync();

    app::Autostart autostart(QCoreApplication::applicationFilePath(), m_profileRoot);
    if (autostart.isEnabled() != m_ui->autostartCheck->isChecked()
        && !autostart.setEnabled(m_ui->autostartCheck->isChecked())) {
        QMessageBox::warning(this, tr("Start on login"), autostart.errorString());
        m_ui->autostartCheck->setChecked(autostart.isEnabled());
        return false;
    }
    return true;
}

void SettingsDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (!apply()) {
            showPage(Page::General);
            return; // stays open: the user sees what could not be done
        }
    } else {
        Theme::apply(m_settings.theme()); // the previewed theme goes back
    }
    QDialog::done(result);
}

} // namespace balcony::ui
