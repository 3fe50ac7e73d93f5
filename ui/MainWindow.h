#pragma once

#include "PresenceStyle.h"
#include "app/LocalNetwork.h"
#include "core/Jid.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>

class QMenu;
class QSettings;
class QTimer;

namespace Ui {
class MainWindow;
}

class QMessageBox;

namespace balcony {
class ContactTreeModel;
class ConversationFilterProxyModel;
class MergedConversationModel;
namespace app {
class AccountController;
class AccountManager;
class AppSettings;
class SignOutSequence;
class StatusController;
class XmppUri;
} // namespace app
} // namespace balcony

namespace balcony::ui {

class ChatWidget;
class LocalChatWidget;
class SubscriptionRequestsBar;
class TrayIcon;

// The main window: on the left the user's status, a search field and "Chats | Contacts" (the conversation
// list of every account, newest first, and the contact tree with one branch per account when there are
// several), with the contact requests above; on the right the open chats.
//
// Open chats are tabs (closable, movable) rather than a single pane driven by the conversation list: the set of
// chats the user is working in is then visible and kept apart from the whole history in the list, and
// Ctrl+Tab / Ctrl+PgUp / Ctrl+PgDn cycle through exactly those, as in a browser (Psi's tabbed chats; Gajim and
// Dino switch a single pane, which makes "next chat" mean "next in the history").
//
// The window shows what the accounts' models hold from the caches before any network traffic; it talks to the
// accounts only through AccountManager and AccountController. What other parts of the app provide (the
// accounts, settings and fingerprint dialogs) is asked for through signals.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `manager` may be null (no accounts: the window shows its empty state). It must outlive the window.
    explicit MainWindow(app::AccountManager *manager, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or brings forward) the chat with `contact` on `controller`'s account.
    ChatWidget *openChat(app::AccountController *controller, const Jid &contact);
    // The same by account (NotificationCenter::openChatRequested): also raises the window. Null if the account is
    // not open.
    ChatWidget *showChat(const Jid &account, const Jid &contact);
    ChatWidget *chat(const Jid &account, const Jid &contact) const;
    ChatWidget *currentChat() const;
    QList<ChatWidget *> chats() const;
    void closeChat(ChatWidget *chat);

    // An xmpp: link (RFC 5122, XEP-0147): opens a chat with the body in the composer (nothing sent), or the
    // add-contact dialog filled in; says why when it cannot. Links for accounts that are not set up wait with
    // the user's decision in a message box.
    void openUri(const app::XmppUri &uri);
    // Which account a link about `contact` should use: the one the link names, else the one whose roster has the
    // contact, else the first online one, else the first. Several rosters with the contact: all of them (the
    // user chooses).
    QList<app::AccountController *> accountsFor(const Jid &contact, const Jid &named) const;

    // The add-contact dialog, prefilled; adds through the chosen account's controller when accepted.
    void showAddContact(const Jid &account = Jid(), const QString &contact = QString(), const QString &name = QString(),
        const QStringList &groups = {}, bool exec = true);
    // The join-room dialog (XEP-0045), prefilled (xmpp:room@service?join links); enters the room through the
    // chosen account's controller when accepted and opens the room's chat.
    void showJoinRoom(const Jid &account = Jid(), const QString &room = QString(), const QString &password = QString());
    // Chat → Invite to Room…: asks for an address and invites it to the room shown now (XEP-0045 §7.8.2, through
    // the room). Enabled while the chat shown is a room we are in.
    void inviteToCurrentRoom();
    // The open invitation windows (an invitation to a group chat: Join…, Decline, Later), for tests.
    QList<QMessageBox *> invitations() const;
    // The context menu of a contact row (built fresh; the caller owns it).
    std::unique_ptr<QMenu> contactMenu(const QModelIndex &index);

    // Status for every account: Offline signs out, anything else sets the presence (signing in where needed).
    void setStatus(PresenceStyle::Choice status, const QString &message);
    PresenceStyle::Choice status() const { return m_status; }

    ContactTreeModel *contactModel() const { return m_contacts; }
    ConversationFilterProxyModel *conversationModel() const { return m_conversationProxy; }
    SubscriptionRequestsBar *requestsBar() const { return m_requests; }
    TrayIcon *trayIcon() const { return m_tray; }
    int totalUnread() const;

    // The "Local network" pseudo-account (XEP-0174): its peers as a branch of the contact tree labelled "Local
    // network", its conversations in the list, its chats as tabs (LocalChatWidget). Null removes it (and closes
    // its chats). It must outlive the window or its removal.
    void setLocalNetwork(app::LocalNetwork *network);
    app::LocalNetwork *localNetwork() const { return m_local; }
    // Opens (or brings forward) the chat with the peer `peer` (an instance name as a JID) on the local network.
    LocalChatWidget *openLocalChat(const Jid &peer);
    LocalChatWidget *localChat(const Jid &peer) const;
    QList<LocalChatWidget *> localChats() const;
    void closeLocalChat(LocalChatWidget *chat);

    // The desktop app's own status (auto-away) and quit sequence (offline options first), when it has them
    // (DesktopApp); without them the window sets the presence and signs out per account itself.
    void setStatusController(app::StatusController *status);
    void setSignOutSequence(app::SignOutSequence *signOut);
    // The user's "close to tray" choice (settings); with no tray, closing always quits.
    // The app's settings (closing to the tray, showing images in chats automatically); may be null.
    void setAppSettings(app::AppSettings *settings);

    // Signs every account out, waits briefly for the clean closes (at most `waitMs`), then quits the app.
    void quit(int waitMs = 2000);

Q_SIGNALS:
    // For the parts the lead wires (welcome/accounts/settings dialogs, fingerprints).
    void addAccountRequested();
    void accountsDialogRequested();
    void settingsRequested();
    void fingerprintsRequested(balcony::app::AccountController *controller, const balcony::Jid &contact);
    // The chat the user looks at changed (another tab, closed, the window (de)activated, hidden to the tray): for
    // NotificationCenter::setFocusedChat. Null JIDs when no chat is shown.
    // Search across all history (Ctrl+Shift+F).
    void historySearchRequested();
    // A chat tab was made (drafts are restored and followed from here).
    void chatOpened(balcony::ui::ChatWidget *chat);
    void focusedChatChanged(const balcony::Jid &account, const balcony::Jid &contact, bool windowActive);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showInvitation(app::AccountController *controller, const Jid &room, const Jid &from, const QString &reason,
        const QString &password, bool mediated);
    void updateRoomActions();
    void setupActions();
    void setupViews();
    void addController(app::AccountController *controller);
    void removeController(const Jid &account);
    void updateEmptyStates();
    void updateUnread();
    void updateTabTitles();
    void announceFocusedChat();
    void showChatPage();
    void onSearchChanged(const QString &text);
    void onStatusChosen();
    void showConnectionState(app::AccountController *controller);
    void restoreExpansion();
    void openFromRoster(const QModelIndex &index);
    void openFromConversations(const QModelIndex &index);
    void focusSearch();
    void findShortcut();
    void cycleChats(int step);
    void renameContact(app::AccountController *controller, const Jid &contact);
    void editGroups(app::AccountController *controller, const Jid &contact);
    void removeContact(app::AccountController *controller, const Jid &contact);
    void showAbout();
    bool tellOnce(const QString &key, const QString &title, const QString &text);
    app::AccountController *controllerFor(const Jid &account) const;
    // Whether rows of `account` are the local network's.
    bool isLocal(const Jid &account) const;
    // The title of the chat tab shown now ("" when none).
    QString currentChatTitle() const;
    QList<app::AccountController *> controllers() const;
    void saveSettings() const;
    void restoreSettings();
    std::unique_ptr<QSettings> settings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<app::AccountManager> m_manager;
    ContactTreeModel *m_contacts = nullptr;
    MergedConversationModel *m_conversations = nullptr;
    ConversationFilterProxyModel *m_conversationProxy = nullptr;
    SubscriptionRequestsBar *m_requests = nullptr;
    TrayIcon *m_tray = nullptr;
    QSet<QString> m_collapsed; // ContactTreeModel::KeyRole of collapsed rows
    PresenceStyle::Choice m_status = PresenceStyle::Choice::Available;
    QPointer<app::StatusController> m_statusController;
    QPointer<app::SignOutSequence> m_signOut;
    app::AppSettings *m_appSettings = nullptr;
    QPointer<app::LocalNetwork> m_local;
    Jid m_localAccount; // the JID its rows carry in the models while it is shown
    bool m_quitting = false;
    bool m_restoringExpansion = false;
    QTimer *m_tabTitleTimer = nullptr; // coalesces roster changes into one tab title update
    QHash<QString, QPointer<QMessageBox>> m_invitations; // by "account room"
};

} // namespace balcony::ui
