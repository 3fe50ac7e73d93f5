#pragma once

#include "app/AppSettings.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace balcony::app {
class AccountController;
}

namespace balcony::ui {

class AvatarSettings;

// The app's settings (AppSettings) on pages: Accounts (opens the accounts dialog), Notifications, Appearance,
// Privacy, Encryption, Status (auto-away), General (start on login through Autostart, language, close to
// tray). The controls show the stored values; OK and Apply write them (the theme also changes at once while
// choosing, and Cancel restores it).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    enum class Page { Accounts, Notifications, Appearance, Privacy, Encryption, Status, General, LocalNetwork };

    // `profileRoot`: the --profile-root the app runs with (empty: the standard location), for the autostart
    // entry; `translationDirs`: where balcony_<code>.qm files are looked for (the language list).
    SettingsDialog(app::AppSettings &settings, const QString &profileRoot, const QStringList &translationDirs,
        QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    // The accounts whose picture the Accounts page can change (AvatarSettings); call once.
    void setAccounts(const QList<app::AccountController *> &controllers);
    AvatarSettings *avatarSettings() const { return m_avatarSettings; }
    // Writes every control's value to the settings; false (with a message shown) if the autostart entry
    // could not be written.
    bool apply();

    // The translation codes (balcony_<code>.qm) found in `dirs`, sorted, without duplicates.
    static QStringList availableLanguages(const QStringList &dirs);

Q_SIGNALS:
    // The Accounts page's button: the window opens the accounts dialog.
    void manageAccountsRequested();

protected:
    void done(int result) override;

private:
    void load();
    void updateEnabled();
    app::AppSettings::Theme chosenTheme() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    app::AppSettings &m_settings;
    QString m_profileRoot;
    AvatarSettings *m_avatarSettings = nullptr;
};

} // namespace balcony::ui
