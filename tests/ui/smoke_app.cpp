// The desktop app's smoke test (issue 13): the app as main.cpp puts it together (ui/DesktopApp) on a generated
// data root (tests/support/make_test_profile: two accounts, 1,000 contacts each, chats with encrypted and
// failed messages), on a real display (run it under Xvfb, see smoke.cmake). It waits for the contacts from the
// caches, answers the password questions (the generated accounts keep theirs for a session only) by cancelling,
// opens the biggest conversation, and saves what a user sees as PNG files: the main window, the chat, the
// accounts dialog and the fingerprint dialog. It fails (exit 1, the reason on stderr) when the contacts do not
// appear, no conversation can be opened, or a screenshot cannot be written.
//
//   balcony_smoke --profile-root DIR --out DIR [--language en|de|fr|es] [--dark]

#include "AccountsDialog.h"
#include "ChatWidget.h"
#include "DesktopApp.h"
#include "FingerprintDialog.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "Theme.h"
#include "app/AccountController.h"
#include "app/AccountManager.h"
#include "app/AppPaths.h"
#include "models/ConversationListModel.h"
#include "models/RosterModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>
#include <QTextStream>
#include <QTranslator>

using namespace balcony;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &why)
{
    QTextStream(stderr) << "smoke: " << why << Qt::endl;
    return 1;
}

// Every open password question is cancelled (the user chose not to sign in now): the window stays as it is.
void cancelPasswordQuestions()
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (auto *dialog = qobject_cast<ui::PasswordDialog *>(widget); dialog && dialog->isVisible()) {
            dialog->reject();
        }
    }
}

bool save(QWidget *widget, const QString &path)
{
    widget->raise();
    QTest::qWait(1000); // layouts, lazy loads and the first paint settle
    const QPixmap shot = widget->grab();
    return !shot.isNull() && shot.save(path, "PNG");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Balcony"_s);
    QCoreApplication::setOrganizationName(u"Balcony"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/balcony.svg"_s));

    QCommandLineParser parser;
    parser.addOption({ u"profile-root"_s, u"The data root."_s, u"DIR"_s });
    parser.addOption({ u"out"_s, u"Where the PNG files go."_s, u"DIR"_s });
    parser.addOption({ u"language"_s, u"en, de, fr or es (default: the system's)."_s, u"CODE"_s });
    parser.addOption({ u"dark"_s, u"The dark palette."_s });
    parser.process(app);
    const QString root = parser.value(u"profile-root"_s);
    const QString out = parser.value(u"out"_s);
    if (root.isEmpty() || out.isEmpty() || !QDir().mkpath(out)) {
        return fail(u"--profile-root and a writable --out are needed"_s);
    }
    app::AppPaths::setDataDir(root);

    // The translations as the app loads them (the .qm files lrelease made in the build folder).
    QTranslator qtTranslator;
    QTranslator translator;
    const QString language = parser.value(u"language"_s);
    if (language == u"en"_s) {
        // English as a user in the US sees it (dates and times too), not the C locale of a bare test machine.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    } else if (!language.isEmpty()) {
        QLocale::setDefault(QLocale(language));
        if (!translator.load(u"balcony_"_s + language, QStringLiteral(BALCONY_QM_DIR))) {
            return fail(u"no translation for "_s + language + u" in "_s + QStringLiteral(BALCONY_QM_DIR));
        }
        QCoreApplication::installTranslator(&translator);
        // Qt's own strings (standard buttons), as the app loads them (qt6-translations-l10n).
        if (qtTranslator.load(
                QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(&qtTranslator);
        }
    }
    ui::Theme::apply(parser.isSet(u"dark"_s) ? app::AppSettings::Theme::Dark : app::AppSettings::Theme::Light);

    ui::DesktopApp desktop;
    desktop.start(false, {});
    ui::MainWindow &window = desktop.window();
    window.resize(1180, 760);

    // The contacts come from the caches, before any network traffic.
    const QList<app::AccountController *> controllers = desktop.accounts().controllers();
    if (controllers.size() < 2) {
        return fail(u"expected the two generated accounts, got %1"_s.arg(controllers.size()));
    }
    if (!QTest::qWaitFor([&] { return controllers.first()->roster()->rowCount() >= 1000; }, 20000)) {
        return fail(u"the contacts did not appear (%1 rows)"_s.arg(controllers.first()->roster()->rowCount()));
    }
    QTest::qWait(500);
    cancelPasswordQuestions();
    if (!save(&window, out + u"/main-window.png"_s)) {
        return fail(u"cannot write main-window.png"_s);
    }

    // The biggest conversation is the generator's first one; its newest page shows.
    app::AccountController *account = controllers.first();
    ConversationListModel *conversations = account->conversations();
    Jid contact;
    int most = -1;
    for (int row = 0; row < conversations->rowCount(); ++row) {
        const QModelIndex index = conversations->index(row, 0);
        const Jid jid = index.data(ConversationListModel::JidRole).value<Jid>();
        const int unread = index.data(ConversationListModel::UnreadCountRole).toInt();
        if (contact.isNull() || unread > most) {
            contact = jid;
            most = unread;
        }
    }
    if (contact.isNull()) {
        return fail(u"no conversation to open"_s);
    }
    ui::ChatWidget *chat = window.openChat(account, contact);
    if (!chat) {
        return fail(u"the chat did not open"_s);
    }
    cancelPasswordQuestions();
    if (!save(&window, out + u"/chat.png"_s)) {
        return fail(u"cannot write chat.png"_s);
    }

    // The group chat room of the generated profile, as it shows while the account is offline: its history, the
    // room's name, and the way back in.
    Jid room;
    for (int row = 0; row < conversations->rowCount() && room.isNull(); ++row) {
        const QModelIndex index = conversations->index(row, 0);
        if (index.data(ConversationListModel::IsRoomRole).toBool()) {
            room = index.data(ConversationListModel::JidRole).value<Jid>();
        }
    }
    ui::ChatWidget *roomChat = room.isNull() ? nullptr : window.openChat(account, room);
    if (!roomChat || !roomChat->isRoom()) {
        return fail(u"the group chat did not open as a room"_s);
    }
    cancelPasswordQuestions();
    if (!save(&window, out + u"/room.png"_s)) {
        return fail(u"cannot write room.png"_s);
    }
    window.openChat(account, contact);

    ui::AccountsDialog accounts(desktop.accounts(), &window);
    accounts.show();
    if (!save(&accounts, out + u"/accounts-dialog.png"_s)) {
        return fail(u"cannot write accounts-dialog.png"_s);
    }
    accounts.hide();

    ui::FingerprintDialog fingerprints(account, contact, &window);
    fingerprints.show();
    if (!save(&fingerprints, out + u"/fingerprint-dialog.png"_s)) {
        return fail(u"cannot write fingerprint-dialog.png"_s);
    }
    fingerprints.hide();
    QTextStream(stdout) << "smoke: 5 screenshots in " << out << Qt::endl;
    return 0;
}
