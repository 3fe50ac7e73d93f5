// ui/SettingsDialog and ui/Theme: the dialog shows the stored settings, OK/Apply write them, Cancel restores the
// previewed theme, every control is named for screen readers. BALCONY_SCREENSHOT_DIR=<dir> saves each page
// (light and dark) as PNG for a look. ui/TrayNotifier (the notification fallback) and ui/UserActivityFilter
// (input in the app's windows brings the status back from auto-away).

#include "SettingsDialog.h"
#include "Theme.h"
#include "TrayNotifier.h"
#include "UserActivityFilter.h"
#include "app/AccountManager.h"
#include "app/ActivityIdleSource.h"
#include "app/AppPaths.h"
#include "app/AppSettings.h"
#include "app/Autostart.h"
#include "app/PasswordStore.h"
#include "app/StatusController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::app;
using namespace balcony::ui;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void showsTheStoredValues();
    void okWritesEverything();
    void themeAppliesAtOnceAndCancelRestoresIt();
    void manageAccountsIsASignal();
    void languagesComeFromTheTranslationFiles();
    void everyControlIsNamed();
    void trayFallbackIsAvailableOnlyWithATray();
    void inputInTheAppEndsAutoAway();
    void screenshots();

private:
    template<typename T>
    T *child(QWidget &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget) {
            qWarning("no %s", name);
        }
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_oldConfigHome;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    AppPaths::setDataDir(m_dir->filePath(u"data"_s));
    // Autostart writes to $XDG_CONFIG_HOME/autostart: a temporary one.
    m_oldConfigHome = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(u"config"_s).toUtf8());
}

void TestSettingsDialog::cleanup()
{
    Theme::apply(AppSettings::Theme::System);
    if (m_oldConfigHome.isNull()) {
        qunsetenv("XDG_CONFIG_HOME");
    } else {
        qputenv("XDG_CONFIG_HOME", m_oldConfigHome);
    }
    AppPaths::setDataDir(QString());
    m_dir.reset();
}

void TestSettingsDialog::showsTheStoredValues()
{
    AppSettings settings;
    settings.setHideMessageText(true);
    settings.setSendChatStates(false);
    settings.setOfflineOptionsValidityHours(48);
    settings.setDefaultEncryptionPolicy(E2ePolicy::Always);
    settings.setAutoAwayMinutes(0);
    settings.setExtendedAwayMinutes(45);
    settings.setAutoAwayMessage(u"brb"_s);
    settings.setCloseToTray(false);
    SettingsDialog dialog(settings, QString(), {});
    QVERIFY(child<QCheckBox>(dialog, "notifyMessagesCheck")->isChecked());
    QVERIFY(child<QCheckBox>(dialog, "hideTextCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(dialog, "chatStatesCheck")->isChecked());
    QVERIFY(child<QCheckBox>(dialog, "receiptsCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(dialog, "validitySpin")->value(), 48);
    QCOMPARE(child<QComboBox>(dialog, "policyCombo")->currentIndex(), int(E2ePolicy::Always));
    QCOMPARE(child<QSpinBox>(dialog, "awaySpin")->value(), 0);
    QCOMPARE(child<QSpinBox>(dialog, "awaySpin")->text(), u"Never"_s);
    QCOMPARE(child<QSpinBox>(dialog, "xaSpin")->value(), 45);
    QCOMPARE(child<QLineEdit>(dialog, "awayMessageEdit")->text(), u"brb"_s);
    QVERIFY(!child<QCheckBox>(dialog, "closeToTrayCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(dialog, "autostartCheck")->isChecked());
    // Dependent controls follow their switch.
    child<QCheckBox>(dialog, "offlineOptionsCheck")->setChecked(false);
    QVERIFY(!child<QSpinBox>(dialog, "validitySpin")->isEnabled());
    child<QCheckBox>(dialog, "notifyMessagesCheck")->setChecked(false);
    QVERIFY(!child<QCheckBox>(dialog, "hideTextCheck")->isEnabled());
}

void TestSettingsDialog::okWritesEverything()
{
    AppSettings settings;
    QSignalSpy changed(&settings, &AppSettings::changed);
    {
        SettingsDialog dialog(settings, m_dir->filePath(u"root"_s), {});
        child<QCheckBox>(dialog, "soundCheck")->setChecked(false);
        child<QCheckBox>(dialog, "notifyRequestsCheck")->setChecked(false);
        // Group chats notify mentions only by default; every message once switched on.
        QVERIFY(!child<QCheckBox>(dialog, "roomMessagesCheck")->isChecked());
        child<QCheckBox>(dialog, "roomMessagesCheck")->setChecked(true);
        child<QCheckBox>(dialog, "receiptsCheck")->setChecked(false);
        // Images are shown automatically only when the user says so.
        QVERIFY(!child<QCheckBox>(dialog, "autoImagesCheck")->isChecked());
        child<QCheckBox>(dialog, "autoImagesCheck")->setChecked(true);
        child<QCheckBox>(dialog, "offlineOptionsCheck")->setChecked(false);
        child<QComboBox>(dialog, "policyCombo")->setCurrentIndex(int(E2ePolicy::Never));
        child<QSpinBox>(dialog, "awaySpin")->setValue(10);
        child<QLineEdit>(dialog, "awayMessageEdit")->setText(u"  Away from the desk "_s);
        child<QCheckBox>(dialog, "autostartCheck")->setChecked(true);
        // Nothing is written before OK.
        QCOMPARE(changed.size(), 0);
        dialog.show();
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QVERIFY(!settings.notificationSound());
    QVERIFY(!settings.notifySubscriptionRequests());
    QCOMPARE(settings.roomNotifications(), AppSettings::RoomNotifications::All);
    QVERIFY(!settings.sendReceipts());
    QVERIFY(settings.autoShowImages());
    QVERIFY(!settings.publishOfflineOptions());
    QCOMPARE(settings.defaultEncryptionPolicy(), E2ePolicy::Never);
    QCOMPARE(settings.autoAwayMinutes(), 10);
    QCOMPARE(settings.autoAwayMessage(), u"Away from the desk"_s);
    // Start on login is the autostart entry (with the profile root the app runs with).
    const Autostart autostart(QCoreApplication::applicationFilePath(), m_dir->filePath(u"root"_s));
    QVERIFY(autostart.isEnabled());
    QFile entry(Autostart::entryPath());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    QVERIFY(entry.readAll().contains("--profile-root"));
    // Read back by a new instance (the next start).
    AppSettings again;
    QVERIFY(!again.sendReceipts());
    QCOMPARE(again.autoAwayMinutes(), 10);
}

void TestSettingsDialog::themeAppliesAtOnceAndCancelRestoresIt()
{
    AppSettings settings;
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    {
        SettingsDialog dialog(settings, QString(), {});
        dialog.show();
        child<QComboBox>(dialog, "themeCombo")->setCurrentIndex(int(AppSettings::Theme::Dark));
        QCOMPARE(QApplication::palette().color(QPalette::Window), Theme::darkPalette().color(QPalette::Window));
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        dialog.reject();
    }
    QCOMPARE(settings.theme(), AppSettings::Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    {
        SettingsDialog dialog(settings, QString(), {});
        dialog.show();
        child<QComboBox>(dialog, "themeCombo")->setCurrentIndex(int(AppSettings::Theme::Dark));
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(settings.theme(), AppSettings::Theme::Dark);
        dialog.reject(); // applied: stays
    }
    QCOMPARE(QApplication::palette().color(QPalette::Window), Theme::darkPalette().color(QPalette::Window));
    // Dark text on dark ground would be unreadable: the palette's text contrasts with its backgrounds.
    const QPalette dark = Theme::darkPalette();
    QVERIFY(dark.color(QPalette::Text).lightness() - dark.color(QPalette::Base).lightness() > 150);
    QVERIFY(dark.color(QPalette::WindowText).lightness() - dark.color(QPalette::Window).lightness() > 150);
}

void TestSettingsDialog::manageAccountsIsASignal()
{
    AppSettings settings;
    SettingsDialog dialog(settings, QString(), {});
    QSignalSpy manage(&dialog, &SettingsDialog::manageAccountsRequested);
    dialog.showPage(SettingsDialog::Page::Accounts);
    child<QPushButton>(dialog, "manageAccountsButton")->click();
    QCOMPARE(manage.size(), 1);
}

void TestSettingsDialog::languagesComeFromTheTranslationFiles()
{
    QTemporaryDir installed;
    for (const char *name : { "balcony_de.qm", "balcony_fr.qm", "qtbase_de.qm", "balcony_de.qm.bak" }) {
        QFile file(installed.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QTemporaryDir builtIn;
    for (const char *name : { "balcony_de.qm", "balcony_es.qm" }) {
        QFile file(builtIn.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QStringList dirs { installed.path(), builtIn.path() };
    QCOMPARE(SettingsDialog::availableLanguages(dirs), (QStringList { u"de"_s, u"es"_s, u"fr"_s }));
    AppSettings settings;
    settings.setLanguage(u"fr"_s);
    SettingsDialog dialog(settings, QString(), dirs);
    QComboBox *languages = child<QComboBox>(dialog, "languageCombo");
    QCOMPARE(languages->count(), 4); // system default + three
    QCOMPARE(languages->itemData(0).toString(), QString());
    QCOMPARE(languages->currentData().toString(), u"fr"_s);
    QVERIFY(languages->currentText().contains(u"français"_s, Qt::CaseInsensitive));
    languages->setCurrentIndex(0);
    QVERIFY(dialog.apply());
    QVERIFY(settings.language().isEmpty());
}

void TestSettingsDialog::everyControlIsNamed()
{
    AppSettings settings;
    SettingsDialog dialog(settings, QString(), {});
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    int controls = 0;
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QListWidget *>(widget);
        const bool inner
            = qobject_cast<QAbstractSpinBox *>(widget->parent()) || qobject_cast<QComboBox *>(widget->parent());
        if (!control || inner) {
            continue; // the line edits inside spin and combo boxes are theirs
        }
        ++controls;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(widget->objectName())); // keyboard-reachable
    }
    QVERIFY(controls >= 20);
}

void TestSettingsDialog::trayFallbackIsAvailableOnlyWithATray()
{
    QSystemTrayIcon icon(QApplication::windowIcon());
    const std::unique_ptr<app::CallbackNotifier> tray = makeTrayNotifier(&icon);
    QVERIFY(!tray->isAvailable()); // hidden icon: no balloon
    icon.show();
    // Offscreen there is no system tray: NotificationCenter then shows nothing rather than a lost balloon.
    QCOMPARE(tray->isAvailable(), QSystemTrayIcon::isSystemTrayAvailable());
    QSignalSpy failed(tray.get(), &Notifier::failed);
    if (!tray->isAvailable()) {
        tray->show({ u"tag"_s, u"title"_s, u"body"_s, {}, true, false, {} });
        QCOMPARE(failed.size(), 1);
    }
}

void TestSettingsDialog::inputInTheAppEndsAutoAway()
{
    AppSettings settings;
    settings.setAutoAwayMinutes(5);
    MemoryPasswordStore passwords;
    AccountManager accounts(passwords);
    qint64 now = 0;
    ActivityIdleSource idle([&now] { return now; });
    StatusController status(accounts, settings, idle);
    UserActivityFilter filter(status);
    qApp->installEventFilter(&filter);
    QLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    now += 6 * 60000;
    status.checkIdle();
    QCOMPARE(status.effectiveShow(), Presence::Show::Away);
    QTest::keyClick(&edit, Qt::Key_A); // the user types in a window of the app
    QCOMPARE(status.effectiveShow(), Presence::Show::None);
    qApp->removeEventFilter(&filter);
}

void TestSettingsDialog::screenshots()
{
    const QString dir = qEnvironmentVariable("BALCONY_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        QSKIP("BALCONY_SCREENSHOT_DIR is not set");
    }
    AppSettings settings;
    for (const AppSettings::Theme theme : { AppSettings::Theme::Light, AppSettings::Theme::Dark }) {
        Theme::apply(theme);
        SettingsDialog dialog(settings, QString(), { u":/i18n"_s });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (int page = 0; page < 7; ++page) {
            dialog.showPage(SettingsDialog::Page(page));
            QTest::qWait(100);
            const QString name
                = u"%1/settings-%2-%3.png"_s.arg(dir, theme == AppSettings::Theme::Dark ? u"dark"_s : u"light"_s)
                      .arg(page);
            QVERIFY(dialog.grab().save(name));
        }
        dialog.reject();
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_notifyui.moc"
