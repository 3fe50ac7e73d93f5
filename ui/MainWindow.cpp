#include "MainWindow.h"

#include "AddContactDialog.h"
#include "ChatWidget.h"
#include "ConnectionStateText.h"
#include "ConversationDelegate.h"
#include "JoinRoomDialog.h"
#include "LocalChatWidget.h"
#include "RosterDelegate.h"
#include "SubscriptionRequestsBar.h"
#include "TrayIcon.h"
#include "app/AccountController.h"
#include "app/AccountManager.h"
#include "app/AppPaths.h"
#include "app/AppSettings.h"
#include "app/LocalNetwork.h"
#include "app/SignOutSequence.h"
#include "app/StatusController.h"
#include "app/XmppUri.h"
#include "im/SubscriptionManager.h"
#include "models/ContactTreeModel.h"
#include "models/ConversationListModel.h"
#include "models/MergedConversationModel.h"
#include "models/RosterModel.h"
#include "muc/BookmarkManager.h"
#include "muc/MucManager.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSystemTrayIcon>
#include <QTimer>

namespace balcony::ui {

namespace {

const QString SettingGeometry = QStringLiteral("mainWindow/geometry");
const QString SettingState = QStringLiteral("mainWindow/state");
const QString SettingSplitter = QStringLiteral("mainWindow/splitter");
const QString SettingSideTab = QStringLiteral("mainWindow/sideTab");
const QString SettingShowOffline = QStringLiteral("contacts/showOffline");
const QString SettingSortByAvailability = QStringLiteral("contacts/sortByAvailability");
const QString SettingCollapsed = QStringLiteral("contacts/collapsed");
const QString SettingStatusMessage = QStringLiteral("status/message");
// "Don't show this again" answers of tellOnce().
const QString NoticeCloseToTray = QStringLiteral("notices/closeToTray");
const QString NoticeCloseQuits = QStringLiteral("notices/closeQuits");

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(app::AccountManager *manager, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_manager(manager)
    , m_contacts(new ContactTreeModel(this))
    , m_conversations(new MergedConversationModel(this))
    , m_conversationProxy(new ConversationFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QApplication::windowIcon());
    m_requests = new SubscriptionRequestsBar(m_ui->sidePanel);
    m_ui->sideLayout->insertWidget(m_ui->sideLayout->indexOf(m_ui->sideStack), m_requests);
    m_ui->noChatsLabel->setText(tr("No conversations yet. Open a chat from your contacts."));
    m_ui->emptyChatLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->noAccountLayout->setAlignment(m_ui->addAccountButton, Qt::AlignHCenter);
    m_ui->noChatsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 300, 740 });

    setupViews();
    setupActions();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(QApplication::windowIcon(), this);
        connect(m_tray, &TrayIcon::activated, this, [this] {
            if (isVisible() && isActiveWindow()) {
                hide();
            } else {
                showNormal();
                raise();
                activateWindow();
            }
        });
        connect(m_tray, &TrayIcon::openRequested, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        connect(m_tray, &TrayIcon::statusChosen, this,
            [this](PresenceStyle::Choice status) { setStatus(status, m_ui->statusMessageEdit->text()); });
        connect(m_tray, &TrayIcon::quitRequested, this, [this] { quit(); });
    }

    restoreSettings();
    if (m_manager) {
        connect(m_manager, &app::AccountManager::controllerAdded, this, &MainWindow::addController);
        connect(m_manager, &app::AccountManager::controllerRemoved, this, &MainWindow::removeController);
        connect(m_manager, &app::AccountManager::accountChanged, this, [this](const Jid &jid) {
            if (const auto config = m_manager->account(jid)) {
                m_contacts->setAccountLabel(jid, config->displayName());
            }
        });
        for (app::AccountController *controller : m_manager->controllers()) {
            addController(controller);
        }
    }
    connect(m_conversations, &MergedConversationModel::totalUnreadChanged, this, &MainWindow::updateUnread);
    updateEmptyStates();
    updateUnread();
    if (m_tray) {
        m_tray->setStatus(m_status);
    }
}

MainWindow::~MainWindow()
{
    // The chats and views hold models of the controllers: they go first.
    while (m_ui->chatTabs->count() > 0) {
        delete m_ui->chatTabs->widget(0);
    }
    m_ui->rosterView->setModel(nullptr);
    m_ui->conversationView->setModel(nullptr);
}

std::unique_ptr<QSettings> MainWindow::settings() const
{
    return std::make_unique<QSettings>(app::AppPaths::settingsFile(), QSettings::IniFormat);
}

void MainWindow::setupViews()
{
    m_ui->rosterView->setModel(m_contacts);
    m_ui->rosterView->setItemDelegate(new RosterDelegate(m_ui->rosterView));
    m_ui->rosterView->setUniformRowHeights(false);
    m_ui->rosterView->setExpandsOnDoubleClick(true);
    m_ui->rosterView->installEventFilter(this);
    connect(m_ui->rosterView, &QTreeView::activated, this, &MainWindow::openFromRoster);
    connect(m_ui->rosterView, &QTreeView::doubleClicked, this, &MainWindow::openFromRoster);
    connect(m_ui->rosterView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_ui->rosterView->indexAt(at);
        if (std::unique_ptr<QMenu> menu = contactMenu(index)) {
            menu->exec(m_ui->rosterView->viewport()->mapToGlobal(at));
        }
    });
    // Collapsed groups are remembered by their key, so they stay collapsed across rebuilds and restarts.
    connect(m_ui->rosterView, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!m_restoringExpansion) {
            m_collapsed.insert(index.data(ContactTreeModel::KeyRole).toString());
        }
    });
    connect(m_ui->rosterView, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (!m_restoringExpansion) {
            m_collapsed.remove(index.data(ContactTreeModel::KeyRole).toString());
        }
    });
    connect(m_contacts, &QAbstractItemModel::layoutChanged, this, &MainWindow::restoreExpansion);
    connect(m_contacts, &QAbstractItemModel::modelReset, this, &MainWindow::restoreExpansion);

    m_conversationProxy->setSourceModel(m_conversations);
    m_ui->conversationView->setModel(m_conversationProxy);
    m_ui->conversationView->setItemDelegate(new ConversationDelegate(m_ui->conversationView));
    connect(m_ui->conversationView, &QListView::clicked, this, &MainWindow::openFromConversations);
    connect(m_ui->conversationView, &QListView::activated, this, &MainWindow::openFromConversations);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_conversationProxy, signal, this, &MainWindow::updateEmptyStates);
    }
    connect(m_conversationProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyStates);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &MainWindow::onSearchChanged);
    m_ui->searchEdit->installEventFilter(this);
    for (const PresenceStyle::Choice choice : PresenceStyle::choices()) {
        m_ui->statusCombo->addItem(PresenceStyle::icon(choice), PresenceStyle::text(choice), int(choice));
    }
    connect(m_ui->statusCombo, &QComboBox::activated, this, &MainWindow::onStatusChosen);
    connect(m_ui->statusMessageEdit, &QLineEdit::returnPressed, this, &MainWindow::onStatusChosen);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, &MainWindow::addAccountRequested);

    connect(m_ui->chatTabs, &QTabWidget::tabCloseRequested, this, [this](int tab) {
        QWidget *widget = m_ui->chatTabs->widget(tab);
        if (auto *local = qobject_cast<LocalChatWidget *>(widget)) {
            closeLocalChat(local);
        } else {
            closeChat(qobject_cast<ChatWidget *>(widget));
        }
    });
    connect(m_ui->chatTabs, &QTabWidget::currentChanged, this, [this] {
        updateUnread();
        announceFocusedChat();
        updateRoomActions();
    });
    m_tabTitleTimer = new QTimer(this);
    m_tabTitleTimer->setSingleShot(true);
    m_tabTitleTimer->setInterval(0);
    connect(m_tabTitleTimer, &QTimer::timeout, this, &MainWindow::updateTabTitles);
}

void MainWindow::setupActions()
{
    m_ui->actionAddContact->setIcon(themeIcon(QStringLiteral("list-add-user"), QStyle::SP_FileDialogNewFolder));
    m_ui->actionJoinRoom->setIcon(themeIcon(QStringLiteral("system-users"), QStyle::SP_DirIcon));
    m_ui->actionAccounts->setIcon(themeIcon(QStringLiteral("system-users"), QStyle::SP_DirHomeIcon));
    m_ui->actionSettings->setIcon(themeIcon(QStringLiteral("preferences-system"), QStyle::SP_FileDialogDetailedView));
    m_ui->actionQuit->setIcon(themeIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton));
    m_ui->actionFind->setIcon(themeIcon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView));
    m_ui->actionCloseChat->setIcon(themeIcon(QStringLiteral("tab-close"), QStyle::SP_DialogCloseButton));
    m_ui->actionNextChat->setIcon(themeIcon(QStringLiteral("go-next"), QStyle::SP_ArrowForward));
    m_ui->actionPreviousChat->setIcon(themeIcon(QStringLiteral("go-previous"), QStyle::SP_ArrowBack));
    m_ui->actionSearchHistory->setIcon(themeIcon(QStringLiteral("system-search"), QStyle::SP_FileDialogContentsView));
    m_ui->actionAbout->setIcon(themeIcon(QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation));
    m_ui->actionNextChat->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown) });
    m_ui->actionPreviousChat->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::Key_PageUp) });
    m_ui->actionFind->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    // Ctrl+F: the window's search, or the chat's own search when the focus is in a chat.
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &MainWindow::findShortcut);

    auto *sorting = new QActionGroup(this);
    sorting->addAction(m_ui->actionSortByAvailability);
    sorting->addAction(m_ui->actionSortByName);

    connect(m_ui->actionAddContact, &QAction::triggered, this, [this] { showAddContact(); });
    connect(m_ui->actionJoinRoom, &QAction::triggered, this, [this] { showJoinRoom(); });
    connect(m_ui->actionAccounts, &QAction::triggered, this, &MainWindow::accountsDialogRequested);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->actionQuit, &QAction::triggered, this, [this] { quit(); });
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(m_ui->actionSearchHistory, &QAction::triggered, this, &MainWindow::historySearchRequested);
    connect(m_ui->actionShowOffline, &QAction::toggled, this, [this](bool show) { m_contacts->setHideOffline(!show); });
    connect(m_ui->actionSortByAvailability, &QAction::toggled, m_contacts, &ContactTreeModel::setSortByAvailability);
    connect(m_ui->actionCloseChat, &QAction::triggered, this, [this] { closeChat(currentChat()); });
    m_ui->actionInviteToRoom->setIcon(themeIcon(QStringLiteral("contact-new"), QStyle::SP_FileDialogNewFolder));
    m_ui->actionInviteToRoom->setEnabled(false);
    connect(m_ui->actionInviteToRoom, &QAction::triggered, this, &MainWindow::inviteToCurrentRoom);
    connect(m_ui->actionNextChat, &QAction::triggered, this, [this] { cycleChats(1); });
    connect(m_ui->actionPreviousChat, &QAction::triggered, this, [this] { cycleChats(-1); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::restoreSettings()
{
    const auto stored = settings();
    restoreGeometry(stored->value(SettingGeometry).toByteArray());
    restoreState(stored->value(SettingState).toByteArray());
    m_ui->splitter->restoreState(stored->value(SettingSplitter).toByteArray());
    m_ui->sideTabs->setCurrentIndex(stored->value(SettingSideTab, 0).toInt());
    m_ui->actionShowOffline->setChecked(stored->value(SettingShowOffline, true).toBool());
    const bool byAvailability = stored->value(SettingSortByAvailability, true).toBool();
    (byAvailability ? m_ui->actionSortByAvailability : m_ui->actionSortByName)->setChecked(true);
    m_contacts->setHideOffline(!m_ui->actionShowOffline->isChecked());
    m_contacts->setSortByAvailability(byAvailability);
    const QStringList collapsed = stored->value(SettingCollapsed).toStringList();
    m_collapsed = QSet<QString>(collapsed.begin(), collapsed.end());
    m_ui->statusMessageEdit->setText(stored->value(SettingStatusMessage).toString());
}

void MainWindow::saveSettings() const
{
    const auto stored = settings();
    stored->setValue(SettingGeometry, saveGeometry());
    stored->setValue(SettingState, saveState());
    stored->setValue(SettingSplitter, m_ui->splitter->saveState());
    stored->setValue(SettingSideTab, m_ui->sideTabs->currentIndex());
    stored->setValue(SettingShowOffline, m_ui->actionShowOffline->isChecked());
    stored->setValue(SettingSortByAvailability, m_ui->actionSortByAvailability->isChecked());
    stored->setValue(SettingCollapsed, QStringList(m_collapsed.begin(), m_collapsed.end()));
    stored->setValue(SettingStatusMessage, m_ui->statusMessageEdit->text());
}

QList<app::AccountController *> MainWindow::controllers() const
{
    return m_manager ? m_manager->controllers() : QList<app::AccountController *>();
}

app::AccountController *MainWindow::controllerFor(const Jid &account) const
{
    return m_manager ? m_manager->controller(account) : nullptr;
}

void MainWindow::addController(app::AccountController *controller)
{
    if (!controller || !controller->roster()) {
        return;
    }
    const Jid account = controller->jid().bare();
    const auto config = m_manager ? m_manager->account(account) : std::nullopt;
    m_contacts->addAccount(account, config ? config->displayName() : account.bareString(), controller->roster());
    m_conversations->addAccount(account, controller->conversations());
    m_requests->addController(controller);
    connect(controller, &app::AccountController::online, this, [this, controller] {
        // The chosen status goes out with the session's initial presence (RFC 6121 §4.2).
        showConnectionState(controller);
    });
    connect(
        controller, &app::AccountController::offline, this, [this, controller] { showConnectionState(controller); });
    connect(controller, &app::AccountController::errorOccurred, this, [this, controller](const ConnectionError &error) {
        statusBar()->showMessage(tr("%1: %2").arg(controller->jid().bareString(), error.message), 15000);
    });
    connect(&controller->account().connection(), &Connection::stateChanged, this,
        [this, controller] { showConnectionState(controller); });
    // Tab titles and icons show the contact's name, presence and unread count.
    connect(controller->roster(), &QAbstractItemModel::dataChanged, m_tabTitleTimer, qOverload<>(&QTimer::start));
    if (m_status != PresenceStyle::Choice::Offline) {
        controller->setPresence(PresenceStyle::show(m_status), m_ui->statusMessageEdit->text().trimmed());
    }
    if (MucManager *muc = controller->account().muc()) {
        connect(muc, &MucManager::invitationReceived, this,
            [this, controller](const Jid &room, const Jid &from, const QString &reason, const QString &password,
                bool mediated) { showInvitation(controller, room, from, reason, password, mediated); });
        connect(muc, &MucManager::invitationDeclined, this, [this](const Jid &room, const Jid &from, const QString &) {
            statusBar()->showMessage(
                tr("%1 declined your invitation to %2.").arg(from.bareString(), room.bareString()), 15000);
        });
    }
    restoreExpansion();
    updateEmptyStates();
    updateUnread();
}

void MainWindow::updateRoomActions()
{
    ChatWidget *chat = currentChat();
    const MucRoom *room
        = chat && chat->isRoom() && chat->controller() ? chat->controller()->room(chat->contact()) : nullptr;
    m_ui->actionInviteToRoom->setEnabled(room && room->state == MucRoomState::Joined);
}

void MainWindow::inviteToCurrentRoom()
{
    ChatWidget *chat = currentChat();
    app::AccountController *controller = chat && chat->isRoom() ? chat->controller() : nullptr;
    MucManager *muc = controller ? controller->account().muc() : nullptr;
    if (!muc) {
        return;
    }
    const Jid room = chat->contact();
    bool ok = false;
    const QString typed = QInputDialog::getText(this, tr("Invite to Room"),
        tr("Address of the person to invite to %1:").arg(chat->title()), QLineEdit::Normal, QString(), &ok)
                              .trimmed();
    if (!ok || typed.isEmpty()) {
        return;
    }
    const std::optional<Jid> contact = Jid::parse(typed.startsWith(QStringLiteral("xmpp:")) ? typed.mid(5) : typed);
    if (!contact || contact->local().isEmpty()) {
        QMessageBox::warning(
            this, tr("Invite to Room"), tr("\"%1\" is not an address such as name@example.org.").arg(typed));
        return;
    }
    // Through the room (§7.8.2): a members-only room may make the invitee a member, and the room checks that we
    // may invite.
    if (!muc->invite(room, contact->bare())) {
        QMessageBox::warning(
            this, tr("Invite to Room"), tr("%1 could not be invited: %2").arg(contact->bareString(), muc->lastError()));
        return;
    }
    statusBar()->showMessage(tr("Invitation to %1 sent to %2.").arg(chat->title(), contact->bareString()), 15000);
}

QList<QMessageBox *> MainWindow::invitations() const
{
    QList<QMessageBox *> open;
    for (const QPointer<QMessageBox> &box : m_invitations) {
        if (box) {
            open.append(box);
        }
    }
    return open;
}

void MainWindow::showInvitation(app::AccountController *controller, const Jid &room, const Jid &from,
    const QString &reason, const QString &password, bool mediated)
{
    const MucRoom *current = controller->room(room);
    if (current && current->state == MucRoomState::Joined) {
        return; // already there
    }
    const QString key = controller->jid().bareString() + QLatin1Char(' ') + room.bareString();
    if (QMessageBox *open = m_invitations.value(key)) {
        open->raise(); // the same invitation again (or from someone else): one window per room
        return;
    }
    // Anyone can send invitations: a flood opens a handful of windows, the rest is only logged.
    constexpr int maxOpenInvitations = 5;
    if (invitations().size() >= maxOpenInvitations) {
        qWarning("balcony: invitation to %s dropped: %d invitations are open already", qPrintable(room.bareString()),
            maxOpenInvitations);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Group Chat Invitation"),
        tr("%1 invites you to the group chat %2.").arg(from.bareString(), room.bareString()), QMessageBox::NoButton,
        this);
    box->setObjectName(QStringLiteral("invitation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAttribute(Qt::WA_ShowWithoutActivating);
    box->setWindowModality(Qt::NonModal);
    const QString why = mucDisplayText(reason).simplified().left(500);
    if (!why.isEmpty()) {
        box->setInformativeText(tr("“%1”").arg(why));
    }
    QPushButton *join = box->addButton(tr("&Join…"), QMessageBox::AcceptRole);
    join->setAccessibleName(tr("Join the group chat"));
    QPushButton *decline = mediated ? box->addButton(tr("&Decline"), QMessageBox::DestructiveRole) : nullptr;
    if (decline) {
        decline->setAccessibleName(tr("Decline the invitation"));
    }
    QPushButton *later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
    later->setAccessibleName(tr("Answer the invitation later"));
    const Jid account = controller->jid().bare();
    const QPointer<app::AccountController> guard(controller);
    connect(box, &QMessageBox::buttonClicked, this, [=, this](QAbstractButton *button) {
        if (button == join) {
            showJoinRoom(account, room.bareString(), password);
        } else if (button == decline && guard && guard->account().muc()) {
            guard->account().muc()->declineInvitation(room, from);
        }
    });
    m_invitations.insert(key, box);
    box->show();
}

void MainWindow::removeController(const Jid &account)
{
    for (ChatWidget *chat : chats()) {
        if (!chat->controller() || chat->controller()->jid().bare() == account.bare()) {
            closeChat(chat);
        }
    }
    m_contacts->removeAccount(account);
    m_conversations->removeAccount(account);
    m_requests->removeController(account);
    updateEmptyStates();
    updateUnread();
}

void MainWindow::showConnectionState(app::AccountController *controller)
{
    const ConnectionState state = controller->account().connection().state();
    if (controllers().size() > 1) {
        statusBar()->showMessage(tr("%1: %2").arg(controller->jid().bareString(), connectionStateText(state)), 5000);
    } else {
        statusBar()->showMessage(connectionStateText(state), 5000);
    }
    m_requests->update();
}

void MainWindow::updateEmptyStates()
{
    const bool hasAccounts = m_manager && !m_manager->accounts().isEmpty();
    // The local network alone (no server account) is enough to chat: the lists and the status are shown.
    const bool canChat = hasAccounts || !m_localAccount.isNull();
    m_ui->emptyChatLabel->setText(canChat
            ? (hasAccounts ? tr("<p><b>No chat open</b></p><p>Pick a conversation or a contact on the left, or add a "
                                "contact with Ctrl+N.</p>")
                           : tr("<p><b>No chat open</b></p><p>People on your local network appear on the left under "
                                "“Local network”: double-click one to chat.</p>"))
            : tr("<p><b>Welcome to Balcony</b></p><p>Add your XMPP account on the left to start chatting.</p>"));
    m_ui->sideStack->setCurrentWidget(canChat ? static_cast<QWidget *>(m_ui->sideTabs) : m_ui->noAccountPage);
    // Without an account there is no status to choose and nothing to search: the controls go, not just grey out.
    for (QWidget *control : std::initializer_list<QWidget *> {
             m_ui->statusLabel, m_ui->statusCombo, m_ui->statusMessageEdit, m_ui->searchEdit }) {
        control->setVisible(canChat);
    }
    m_ui->actionAddContact->setEnabled(hasAccounts);
    m_ui->actionJoinRoom->setEnabled(hasAccounts);
    const bool searching = !m_ui->searchEdit->text().trimmed().isEmpty();
    m_ui->noChatsLabel->setText(
        searching ? tr("No conversation matches.") : tr("No conversations yet. Open a chat from your contacts."));
    m_ui->chatsStack->setCurrentWidget(
        m_conversationProxy->rowCount() > 0 ? static_cast<QWidget *>(m_ui->conversationView) : m_ui->noChatsLabel);
    showChatPage();
}

void MainWindow::showChatPage()
{
    const bool open = m_ui->chatTabs->count() > 0;
    m_ui->chatStack->setCurrentWidget(open ? static_cast<QWidget *>(m_ui->chatTabs) : m_ui->emptyChatLabel);
    m_ui->actionCloseChat->setEnabled(open);
    m_ui->actionNextChat->setEnabled(m_ui->chatTabs->count() > 1);
    m_ui->actionPreviousChat->setEnabled(m_ui->chatTabs->count() > 1);
    if (!open) {
        setWindowTitle(tr("Balcony"));
    }
}

int MainWindow::totalUnread() const
{
    return m_conversations->totalUnread();
}

void MainWindow::updateUnread()
{
    const int unread = totalUnread();
    if (m_tray) {
        m_tray->setUnreadCount(unread);
    }
    const QString title = currentChatTitle();
    const QString base = !title.isEmpty() ? tr("%1 – Balcony").arg(title) : tr("Balcony");
    setWindowTitle(unread > 0 ? tr("(%1) %2").arg(unread).arg(base) : base);
    updateTabTitles();
}

void MainWindow::updateTabTitles()
{
    for (int tab = 0; tab < m_ui->chatTabs->count(); ++tab) {
        if (auto *local = qobject_cast<LocalChatWidget *>(m_ui->chatTabs->widget(tab))) {
            RosterModel *peers = m_local ? m_local->peers() : nullptr;
            const QModelIndex row = peers ? peers->indexOf(local->peer()) : QModelIndex();
            const QString name = local->title();
            const ConversationListModel *conversations = m_local ? m_local->conversations() : nullptr;
            const int conversation = conversations ? conversations->rowOf(local->peer()) : -1;
            const int unread = conversation >= 0
                ? conversations->data(conversations->index(conversation), ConversationListModel::UnreadCountRole)
                      .toInt()
                : 0;
            m_ui->chatTabs->setTabText(tab, unread > 0 ? tr("%1 (%2)").arg(name).arg(unread) : name);
            m_ui->chatTabs->setTabIcon(tab,
                PresenceStyle::icon(row.isValid()
                        ? PresenceManager::Availability(row.data(RosterModel::AvailabilityRole).toInt())
                        : PresenceManager::Availability::Offline));
            m_ui->chatTabs->setTabToolTip(tab, tr("%1 (local network)").arg(local->peer().bareString()));
            continue;
        }
        auto *chat = qobject_cast<ChatWidget *>(m_ui->chatTabs->widget(tab));
        if (!chat || !chat->controller() || !chat->controller()->roster()) {
            continue;
        }
        if (chat->isRoom()) {
            ConversationListModel *conversations = chat->controller()->conversations();
            const int row = conversations ? conversations->rowOf(chat->contact()) : -1;
            const int unread = row >= 0
                ? conversations->data(conversations->index(row), ConversationListModel::UnreadCountRole).toInt()
                : 0;
            const QString name = chat->title();
            const bool in = chat->controller()->room(chat->contact()) != nullptr;
            m_ui->chatTabs->setTabText(tab, unread > 0 ? tr("%1 (%2)").arg(name).arg(unread) : name);
            m_ui->chatTabs->setTabIcon(tab,
                PresenceStyle::icon(
                    in ? PresenceManager::Availability::Online : PresenceManager::Availability::Offline));
            m_ui->chatTabs->setTabToolTip(tab,
                tr("Room %1 (account %2)").arg(chat->contact().bareString(), chat->controller()->jid().bareString()));
            continue;
        }
        const QModelIndex row = chat->controller()->roster()->indexOf(chat->contact());
        const QString name = row.isValid() ? row.data(Qt::DisplayRole).toString() : chat->contact().bareString();
        const int unread = row.isValid() ? row.data(RosterModel::UnreadCountRole).toInt() : 0;
        m_ui->chatTabs->setTabText(tab, unread > 0 ? tr("%1 (%2)").arg(name).arg(unread) : name);
        m_ui->chatTabs->setTabIcon(tab,
            PresenceStyle::icon(row.isValid()
                    ? PresenceManager::Availability(row.data(RosterModel::AvailabilityRole).toInt())
                    : PresenceManager::Availability::Offline));
        m_ui->chatTabs->setTabToolTip(
            tab, tr("%1 (account %2)").arg(chat->contact().bareString(), chat->controller()->jid().bareString()));
    }
}

void MainWindow::announceFocusedChat()
{
    const ChatWidget *chat = isVisible() ? currentChat() : nullptr;
    const auto *local = isVisible() ? qobject_cast<LocalChatWidget *>(m_ui->chatTabs->currentWidget()) : nullptr;
    if (local && !m_localAccount.isNull()) {
        Q_EMIT focusedChatChanged(m_localAccount, local->peer(), isActiveWindow());
    } else if (chat && chat->controller()) {
        Q_EMIT focusedChatChanged(chat->controller()->jid().bare(), chat->contact(), isActiveWindow());
    } else {
        Q_EMIT focusedChatChanged(Jid(), Jid(), isActiveWindow());
    }
}

void MainWindow::restoreExpansion()
{
    // Every account and group row expanded unless the user collapsed it.
    m_restoringExpansion = true;
    QTreeView *view = m_ui->rosterView;
    const std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_contacts->rowCount(parent); ++row) {
            const QModelIndex index = m_contacts->index(row, 0, parent);
            if (m_contacts->rowCount(index) == 0) {
                continue;
            }
            view->setExpanded(index, !m_collapsed.contains(index.data(ContactTreeModel::KeyRole).toString()));
            visit(index);
        }
    };
    visit(QModelIndex());
    m_restoringExpansion = false;
}

void MainWindow::onSearchChanged(const QString &text)
{
    m_contacts->setFilterText(text);
    m_conversationProxy->setFilterText(text);
    // While searching, every group is open: a match in a collapsed group would be invisible.
    if (!text.trimmed().isEmpty()) {
        m_restoringExpansion = true;
        m_ui->rosterView->expandAll();
        m_restoringExpansion = false;
    } else {
        restoreExpansion();
    }
    updateEmptyStates();
}

void MainWindow::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void MainWindow::findShortcut()
{
    ChatWidget *chat = currentChat();
    if (chat && chat->isAncestorOf(QApplication::focusWidget())) {
        chat->findInConversation();
    } else {
        focusSearch();
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_ui->searchEdit) {
            // From the search field: Down goes into the list shown, Enter opens its first match, Esc clears.
            QAbstractItemView *list = m_ui->sideTabs->currentWidget() == m_ui->chatsTab
                ? static_cast<QAbstractItemView *>(m_ui->conversationView)
                : m_ui->rosterView;
            if (key->key() == Qt::Key_Down) {
                list->setFocus();
                if (!list->currentIndex().isValid()) {
                    list->setCurrentIndex(list->model()->index(0, 0));
                }
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                if (list == m_ui->conversationView) {
                    openFromConversations(m_conversationProxy->index(0, 0));
                } else {
                    // The first contact row in tree order.
                    std::function<QModelIndex(const QModelIndex &)> firstContact
                        = [&](const QModelIndex &parent) -> QModelIndex {
                        for (int row = 0; row < m_contacts->rowCount(parent); ++row) {
                            const QModelIndex index = m_contacts->index(row, 0, parent);
                            if (ContactTreeModel::Kind(index.data(ContactTreeModel::KindRole).toInt())
                                == ContactTreeModel::Kind::Contact) {
                                return index;
                            }
                            if (const QModelIndex inner = firstContact(index); inner.isValid()) {
                                return inner;
                            }
                        }
                        return {};
                    };
                    openFromRoster(firstContact(QModelIndex()));
                }
                return true;
            }
            if (key->key() == Qt::Key_Escape && !m_ui->searchEdit->text().isEmpty()) {
                m_ui->searchEdit->clear();
                return true;
            }
        } else if (watched == m_ui->rosterView && key->key() == Qt::Key_Menu) {
            const QModelIndex current = m_ui->rosterView->currentIndex();
            if (std::unique_ptr<QMenu> menu = contactMenu(current)) {
                menu->exec(m_ui->rosterView->viewport()->mapToGlobal(m_ui->rosterView->visualRect(current).center()));
            }
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openFromRoster(const QModelIndex &index)
{
    if (!index.isValid()
        || ContactTreeModel::Kind(index.data(ContactTreeModel::KindRole).toInt()) != ContactTreeModel::Kind::Contact) {
        return;
    }
    if (isLocal(index.data(ContactTreeModel::AccountRole).value<Jid>())) {
        if (LocalChatWidget *chat = openLocalChat(index.data(RosterModel::JidRole).value<Jid>())) {
            chat->focusComposer();
        }
        return;
    }
    if (ChatWidget *chat = openChat(controllerFor(index.data(ContactTreeModel::AccountRole).value<Jid>()),
            index.data(RosterModel::JidRole).value<Jid>())) {
        chat->focusComposer();
    }
}

void MainWindow::openFromConversations(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    if (isLocal(index.data(MergedConversationModel::AccountRole).value<Jid>())) {
        if (LocalChatWidget *chat = openLocalChat(index.data(ConversationListModel::JidRole).value<Jid>())) {
            chat->focusComposer();
        }
        return;
    }
    if (ChatWidget *chat = openChat(controllerFor(index.data(MergedConversationModel::AccountRole).value<Jid>()),
            index.data(ConversationListModel::JidRole).value<Jid>())) {
        chat->focusComposer();
    }
}

ChatWidget *MainWindow::showChat(const Jid &account, const Jid &contact)
{
    if (isLocal(account)) {
        if (LocalChatWidget *local = openLocalChat(contact)) {
            showNormal();
            raise();
            activateWindow();
            local->focusComposer();
        }
        return nullptr;
    }
    ChatWidget *chat = openChat(controllerFor(account), contact);
    if (chat) {
        showNormal();
        raise();
        activateWindow();
        chat->focusComposer();
    }
    return chat;
}

ChatWidget *MainWindow::chat(const Jid &account, const Jid &contact) const
{
    for (ChatWidget *chat : chats()) {
        if (chat->controller() && chat->controller()->jid().bare() == account.bare()
            && chat->contact() == contact.bare()) {
            return chat;
        }
    }
    return nullptr;
}

QList<ChatWidget *> MainWindow::chats() const
{
    QList<ChatWidget *> list;
    for (int tab = 0; tab < m_ui->chatTabs->count(); ++tab) {
        if (auto *chat = qobject_cast<ChatWidget *>(m_ui->chatTabs->widget(tab))) {
            list.append(chat);
        }
    }
    return list;
}

void MainWindow::setAppSettings(app::AppSettings *settings)
{
    if (m_appSettings) {
        m_appSettings->disconnect(this);
    }
    m_appSettings = settings;
    if (!settings) {
        return;
    }
    connect(settings, &app::AppSettings::changed, this, [this](const QString &key) {
        if (key == app::AppSettings::FilesAutoShowImages) {
            for (ChatWidget *chat : chats()) {
                chat->setAutoShowImages(m_appSettings->autoShowImages());
            }
        }
    });
    for (ChatWidget *chat : chats()) {
        chat->setAutoShowImages(settings->autoShowImages());
    }
}

bool MainWindow::isLocal(const Jid &account) const
{
    return m_local && !m_localAccount.isNull() && account == m_localAccount;
}

QString MainWindow::currentChatTitle() const
{
    if (const ChatWidget *chat = currentChat()) {
        return chat->windowTitle();
    }
    if (const auto *local = qobject_cast<LocalChatWidget *>(m_ui->chatTabs->currentWidget())) {
        return local->title();
    }
    return QString();
}

void MainWindow::setLocalNetwork(app::LocalNetwork *network)
{
    // (m_local is already null when the network is being destroyed: its rows must go all the same.)
    if (m_local == network && (network || m_localAccount.isNull())) {
        return;
    }
    if (!m_localAccount.isNull()) {
        const QList<LocalChatWidget *> open = localChats();
        for (LocalChatWidget *chat : open) {
            closeLocalChat(chat);
        }
        m_contacts->removeAccount(m_localAccount);
        m_conversations->removeAccount(m_localAccount);
        m_localAccount = Jid();
    }
    if (m_local) {
        m_local->disconnect(this);
    }
    m_local = network;
    if (!network || !network->peers()) {
        updateEmptyStates();
        return;
    }
    m_localAccount = network->account();
    m_contacts->addAccount(m_localAccount, tr("Local network"), network->peers(), true);
    m_conversations->addAccount(m_localAccount, network->conversations());
    connect(network->peers(), &QAbstractItemModel::dataChanged, m_tabTitleTimer, qOverload<>(&QTimer::start));
    connect(network->peers(), &QAbstractItemModel::rowsInserted, m_tabTitleTimer, qOverload<>(&QTimer::start));
    connect(network->peers(), &QAbstractItemModel::rowsRemoved, m_tabTitleTimer, qOverload<>(&QTimer::start));
    connect(network, &QObject::destroyed, this, [this] { setLocalNetwork(nullptr); });
    updateEmptyStates();
    restoreExpansion();
}

LocalChatWidget *MainWindow::localChat(const Jid &peer) const
{
    const QList<LocalChatWidget *> open = localChats();
    for (LocalChatWidget *chat : open) {
        if (chat->peer() == peer.bare()) {
            return chat;
        }
    }
    return nullptr;
}

QList<LocalChatWidget *> MainWindow::localChats() const
{
    QList<LocalChatWidget *> list;
    for (int tab = 0; tab < m_ui->chatTabs->count(); ++tab) {
        if (auto *chat = qobject_cast<LocalChatWidget *>(m_ui->chatTabs->widget(tab))) {
            list.append(chat);
        }
    }
    return list;
}

LocalChatWidget *MainWindow::openLocalChat(const Jid &peer)
{
    if (!m_local || peer.isNull()) {
        return nullptr;
    }
    LocalChatWidget *widget = localChat(peer);
    if (!widget) {
        widget = new LocalChatWidget(m_local, peer.bare());
        m_ui->chatTabs->addTab(widget, peer.bare().bareString());
        connect(widget, &LocalChatWidget::closeRequested, this, [this, widget] { closeLocalChat(widget); });
        updateTabTitles();
    }
    m_ui->chatTabs->setCurrentWidget(widget);
    showChatPage();
    updateUnread();
    return widget;
}

void MainWindow::closeLocalChat(LocalChatWidget *chat)
{
    const int tab = chat ? m_ui->chatTabs->indexOf(chat) : -1;
    if (tab < 0) {
        return;
    }
    m_ui->chatTabs->removeTab(tab);
    const Jid peer = chat->peer();
    app::LocalNetwork *network = chat->network();
    delete chat;
    if (network && !localChat(peer)) {
        network->closeChat(peer);
    }
    showChatPage();
    announceFocusedChat();
    if (ChatWidget *next = currentChat()) {
        next->focusComposer();
    } else if (auto *local = qobject_cast<LocalChatWidget *>(m_ui->chatTabs->currentWidget())) {
        local->focusComposer();
    } else {
        m_ui->sideTabs->currentWidget()->setFocus();
    }
}

ChatWidget *MainWindow::currentChat() const
{
    return qobject_cast<ChatWidget *>(m_ui->chatTabs->currentWidget());
}

ChatWidget *MainWindow::openChat(app::AccountController *controller, const Jid &contact)
{
    if (!controller || contact.isNull()) {
        return nullptr;
    }
    ChatWidget *widget = chat(controller->jid(), contact);
    if (!widget) {
        widget = new ChatWidget(controller, contact.bare());
        widget->setAutoShowImages(m_appSettings && m_appSettings->autoShowImages());
        const int tab = m_ui->chatTabs->addTab(widget, contact.bare().bareString());
        Q_UNUSED(tab)
        connect(widget, &ChatWidget::closeRequested, this, [this, widget] { closeChat(widget); });
        connect(widget, &ChatWidget::roomStateChanged, m_tabTitleTimer, qOverload<>(&QTimer::start));
        connect(widget, &ChatWidget::roomStateChanged, this, &MainWindow::updateRoomActions);
        updateTabTitles();
        Q_EMIT chatOpened(widget);
    }
    m_ui->chatTabs->setCurrentWidget(widget);
    showChatPage();
    updateUnread();
    return widget;
}

void MainWindow::closeChat(ChatWidget *chat)
{
    const int tab = chat ? m_ui->chatTabs->indexOf(chat) : -1;
    if (tab < 0) {
        return;
    }
    m_ui->chatTabs->removeTab(tab);
    app::AccountController *controller = chat->controller();
    const Jid contact = chat->contact();
    // Closing a room leaves it (as in Gajim and Dino); its history stays in the conversation list. A bookmark
    // keeps the room but no longer enters it at sign-in, here or in the user's other clients.
    if (controller && chat->isRoom()) {
        if (controller->room(contact)) {
            controller->leaveRoom(contact);
        }
        BookmarkManager *bookmarks = controller->isOpen() ? controller->account().muc()->bookmarks() : nullptr;
        if (std::optional<Bookmark> bookmark = bookmarks ? bookmarks->bookmark(contact) : std::nullopt;
            bookmark && bookmark->autojoin) {
            bookmark->autojoin = false;
            bookmarks->setBookmark(*bookmark);
        }
    }
    delete chat;
    // The MessageModel goes with the last view of it.
    if (controller && !this->chat(controller->jid(), contact)) {
        controller->closeChat(contact);
    }
    showChatPage();
    announceFocusedChat();
    if (ChatWidget *next = currentChat()) {
        next->focusComposer();
    } else {
        m_ui->sideTabs->currentWidget()->setFocus();
    }
}

void MainWindow::cycleChats(int step)
{
    const int count = m_ui->chatTabs->count();
    if (count < 2) {
        return;
    }
    m_ui->chatTabs->setCurrentIndex((m_ui->chatTabs->currentIndex() + step + count) % count);
    if (ChatWidget *chat = currentChat()) {
        chat->focusComposer();
    } else if (auto *local = qobject_cast<LocalChatWidget *>(m_ui->chatTabs->currentWidget())) {
        local->focusComposer();
    }
}

void MainWindow::onStatusChosen()
{
    setStatus(PresenceStyle::Choice(m_ui->statusCombo->currentData().toInt()), m_ui->statusMessageEdit->text());
}

void MainWindow::setStatus(PresenceStyle::Choice status, const QString &message)
{
    const PresenceStyle::Choice previous = m_status;
    m_status = status;
    const QString text = message.trimmed();
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(status)));
    if (m_ui->statusMessageEdit->text() != message) {
        m_ui->statusMessageEdit->setText(message);
    }
    if (m_tray) {
        m_tray->setStatus(status);
    }
    if (m_statusController) {
        // The app's own status: applied to every account (also those that sign in later), with auto-away.
        if (status == PresenceStyle::Choice::Offline) {
            m_statusController->setChosenOffline(text);
        } else {
            m_statusController->setChosen(PresenceStyle::show(status), text);
        }
        return;
    }
    for (app::AccountController *controller : controllers()) {
        if (status == PresenceStyle::Choice::Offline) {
            // RFC 6121 §4.5.1: unavailable presence (with the message), then the stream is closed.
            controller->signOut(text);
            continue;
        }
        controller->setPresence(PresenceStyle::show(status), text);
        if (previous == PresenceStyle::Choice::Offline && !controller->isOnline() && m_manager) {
            m_manager->signIn(controller->jid());
        }
    }
    settings()->setValue(SettingStatusMessage, m_ui->statusMessageEdit->text());
}

QList<app::AccountController *> MainWindow::accountsFor(const Jid &contact, const Jid &named) const
{
    const QList<app::AccountController *> all = controllers();
    if (!named.isNull()) {
        if (app::AccountController *controller = controllerFor(named)) {
            return { controller };
        }
        return {};
    }
    QList<app::AccountController *> withContact;
    for (app::AccountController *controller : all) {
        if (controller->roster() && controller->roster()->rowOf(contact.bare()) >= 0) {
            withContact.append(controller);
        }
    }
    if (!withContact.isEmpty()) {
        return withContact;
    }
    for (app::AccountController *controller : all) {
        if (controller->isOnline()) {
            return { controller };
        }
    }
    return all.isEmpty() ? QList<app::AccountController *>() : QList<app::AccountController *> { all.first() };
}

void MainWindow::openUri(const app::XmppUri &uri)
{
    using Action = app::XmppUri::Action;
    if (uri.action() == Action::Unsupported) {
        QMessageBox::information(this, tr("Cannot open link"), uri.unsupportedMessage());
        return;
    }
    if (uri.target().isNull()) {
        QMessageBox::information(this, tr("Cannot open link"), tr("The link names no contact to open."));
        return;
    }
    if (uri.action() == Action::Join) {
        // The join dialog lets the user check the room, choose the account and the nick before entering.
        showNormal();
        raise();
        activateWindow();
        showJoinRoom(uri.account(), uri.target().bareString(), uri.password());
        return;
    }
    const QList<app::AccountController *> candidates = accountsFor(uri.target(), uri.account());
    if (candidates.isEmpty()) {
        QMessageBox::information(this, tr("Cannot open link"),
            uri.account().isNull()
                ? tr("Add an account first: the link to %1 needs one to open.").arg(uri.target().bareString())
                : tr("The link is meant for the account %1, which is not set up here.")
                      .arg(uri.account().bareString()));
        return;
    }
    app::AccountController *controller = candidates.first();
    if (candidates.size() > 1) {
        QStringList names;
        for (app::AccountController *candidate : candidates) {
            names.append(candidate->jid().bareString());
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Choose an account"),
            tr("Several of your accounts know %1. Open the link with:").arg(uri.target().bareString()), names, 0, false,
            &ok);
        if (!ok) {
            return;
        }
        controller = candidates.value(names.indexOf(chosen), controller);
    }
    if (uri.action() == Action::Roster || uri.action() == Action::Subscribe) {
        showAddContact(controller->jid(), uri.target().bareString(), uri.name(), uri.groups());
        return;
    }
    // None or Message: the chat, with the body waiting in the composer; nothing is sent (XEP-0147 §2.6).
    showNormal();
    raise();
    activateWindow();
    ChatWidget *chat = openChat(controller, uri.target());
    if (chat && uri.action() == Action::Message && !uri.body().isEmpty()) {
        chat->setComposerText(uri.body());
    }
    if (chat) {
        chat->focusComposer();
    }
}

void MainWindow::showAddContact(
    const Jid &account, const QString &contact, const QString &name, const QStringList &groups, bool exec)
{
    QList<AddContactDialog::AccountChoice> choices;
    for (app::AccountController *controller : controllers()) {
        const auto config = m_manager->account(controller->jid());
        choices.append({ controller->jid().bare(), config ? config->displayName() : controller->jid().bareString(),
            controller->roster() ? controller->roster()->groups() : QStringList() });
    }
    auto *dialog = new AddContactDialog(choices, this);
    dialog->setObjectName(QStringLiteral("addContactDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!account.isNull()) {
        dialog->setAccount(account);
    }
    dialog->setContact(contact);
    dialog->setContactName(name);
    dialog->setGroups(groups);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        app::AccountController *controller = controllerFor(dialog->account());
        if (!controller
            || !controller->addContact(
                dialog->contact(), dialog->contactName(), dialog->groups(), dialog->requestPresence())) {
            QMessageBox::warning(this, tr("Add Contact"),
                tr("%1 could not be added: the account is not connected. Try again once it is online.")
                    .arg(dialog->contact().bareString()));
            return;
        }
        statusBar()->showMessage(tr("Added %1.").arg(dialog->contact().bareString()), 5000);
        m_ui->sideTabs->setCurrentWidget(m_ui->contactsTab);
    });
    if (exec) {
        dialog->open();
    } else {
        dialog->show();
    }
}

void MainWindow::showJoinRoom(const Jid &account, const QString &room, const QString &password)
{
    QList<JoinRoomDialog::AccountChoice> choices;
    for (app::AccountController *controller : controllers()) {
        if (!controller->isOpen()) {
            continue;
        }
        const auto config = m_manager->account(controller->jid());
        choices.append({ controller->jid().bare(), config ? config->displayName() : controller->jid().bareString() });
    }
    auto *dialog = new JoinRoomDialog(
        choices,
        [this](const Jid &accountJid, const Jid &roomJid) {
            app::AccountController *controller = controllerFor(accountJid);
            return controller ? controller->suggestedNick(roomJid) : QString();
        },
        this);
    dialog->setObjectName(QStringLiteral("joinRoomDialog"));
    dialog->setRoomDirectory([this](const Jid &accountJid) {
        app::AccountController *controller = controllerFor(accountJid);
        return controller ? controller->roomDirectory() : nullptr;
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!account.isNull()) {
        dialog->setAccount(account);
    }
    dialog->setRoom(room);
    dialog->setPassword(password);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        app::AccountController *controller = controllerFor(dialog->account());
        QString error;
        if (!controller || !controller->joinRoom(dialog->room(), dialog->nick(), dialog->password(), &error)) {
            QMessageBox::warning(this, tr("Join Group Chat"),
                tr("%1 could not be joined: %2")
                    .arg(dialog->room().bareString(), error.isEmpty() ? tr("the account is not open.") : error));
            return;
        }
        if (dialog->autojoin()) {
            // XEP-0402: the room is entered by every client of the account at sign-in, with this nick.
            BookmarkManager *bookmarks = controller->account().muc()->bookmarks();
            Bookmark bookmark = bookmarks->bookmark(dialog->room()).value_or(Bookmark());
            bookmark.room = dialog->room();
            bookmark.autojoin = true;
            bookmark.nick = dialog->nick();
            if (!dialog->password().isEmpty()) {
                bookmark.password = dialog->password();
            }
            const QPointer<MainWindow> self(this);
            bookmarks->setBookmark(bookmark, [self](bool ok, const QString &why) {
                if (self && !ok) {
                    self->statusBar()->showMessage(tr("The room could not be saved as a bookmark: %1").arg(why), 8000);
                }
            });
        }
        if (ChatWidget *chat = openChat(controller, dialog->room())) {
            chat->focusComposer();
        }
    });
    dialog->open();
}

std::unique_ptr<QMenu> MainWindow::contactMenu(const QModelIndex &index)
{
    if (!index.isValid()
        || ContactTreeModel::Kind(index.data(ContactTreeModel::KindRole).toInt()) != ContactTreeModel::Kind::Contact) {
        return nullptr;
    }
    if (isLocal(index.data(ContactTreeModel::AccountRole).value<Jid>())) {
        // A peer on the local network is no roster item: chatting is all there is to do with it.
        const Jid peer = index.data(RosterModel::JidRole).value<Jid>();
        auto menu = std::make_unique<QMenu>();
        menu->setObjectName(QStringLiteral("contactMenu"));
        QAction *open = menu->addAction(tr("&Open Chat"));
        open->setObjectName(QStringLiteral("openChat"));
        connect(open, &QAction::triggered, this, [this, peer] {
            if (LocalChatWidget *chat = openLocalChat(peer)) {
                chat->focusComposer();
            }
        });
        return menu;
    }
    app::AccountController *controller = controllerFor(index.data(ContactTreeModel::AccountRole).value<Jid>());
    if (!controller) {
        return nullptr;
    }
    const Jid contact = index.data(RosterModel::JidRole).value<Jid>();
    const QPointer<app::AccountController> target(controller);
    auto menu = std::make_unique<QMenu>();
    menu->setObjectName(QStringLiteral("contactMenu"));
    // Roster and subscription changes go out on the stream: they need a session (not the whole "online" state,
    // which also waits for the roster and the archive catch-up).
    const bool online = controller->account().connection().state() == ConnectionState::Connected;
    const auto add
        = [&](const QString &objectName, const QString &text, const QString &tip, auto slot, bool needsSession) {
              QAction *action = menu->addAction(text);
              action->setObjectName(objectName);
              action->setStatusTip(tip);
              action->setEnabled(!needsSession || online);
              connect(action, &QAction::triggered, this, [target, slot] {
                  if (target) {
                      slot(target.data());
                  }
              });
              return action;
          };
    QAction *open = add(
        QStringLiteral("openChat"), tr("&Open Chat"), tr("Write to this contact"),
        [this, contact](app::AccountController *c) {
            if (ChatWidget *chat = openChat(c, contact)) {
                chat->focusComposer();
            }
        },
        false);
    open->setIcon(themeIcon(QStringLiteral("mail-message-new"), QStyle::SP_FileIcon));
    menu->setDefaultAction(open);
    menu->addSeparator();
    add(
        QStringLiteral("rename"), tr("&Rename…"), tr("Change the name this contact is shown by"),
        [this, contact](app::AccountController *c) { renameContact(c, contact); }, true);
    add(
        QStringLiteral("editGroups"), tr("Edit &Groups…"), tr("Put this contact in groups"),
        [this, contact](app::AccountController *c) { editGroups(c, contact); }, true);

    // Subscription actions for the state the roster item and the pending requests show (RFC 6121 §3).
    const QString subscription = index.data(RosterModel::SubscriptionRole).toString();
    const bool ask = index.data(RosterModel::AskSubscribeRole).toBool();
    bool pendingIn = false;
    for (const SubscriptionRequest &request : controller->subscriptionRequests()) {
        pendingIn = pendingIn || request.from == contact;
    }
    const bool weSeeThem = subscription == u"to" || subscription == u"both";
    const bool theySeeUs = subscription == u"from" || subscription == u"both";
    menu->addSeparator();
    if (pendingIn) {
        add(
            QStringLiteral("approve"), tr("&Approve Their Request"), tr("Let them see when you are online"),
            [contact](app::AccountController *c) { c->approveSubscription(contact, true); }, true);
        add(
            QStringLiteral("deny"), tr("&Deny Their Request"), tr("Refuse to share your presence"),
            [contact](app::AccountController *c) { c->denySubscription(contact); }, true);
    } else if (!theySeeUs) {
        add(
            QStringLiteral("share"), tr("S&hare My Presence"), tr("Let them see when you are online"),
            [contact](app::AccountController *c) { c->approveSubscription(contact, false); }, true);
    } else {
        add(
            QStringLiteral("cancel"), tr("Stop Sharing My &Presence"),
            tr("They will no longer see when you are online"),
            [contact](app::AccountController *c) { c->cancelSubscription(contact); }, true);
    }
    if (ask) {
        add(
            QStringLiteral("withdraw"), tr("&Withdraw My Request"), tr("Stop asking to see their presence"),
            [contact](app::AccountController *c) { c->unsubscribe(contact); }, true);
    } else if (!weSeeThem) {
        add(
            QStringLiteral("request"), tr("As&k to See Their Presence"), tr("Send a subscription request"),
            [contact](app::AccountController *c) { c->requestSubscription(contact); }, true);
    } else {
        add(
            QStringLiteral("unsubscribe"), tr("Stop &Seeing Their Presence"), tr("Unsubscribe from their presence"),
            [contact](app::AccountController *c) { c->unsubscribe(contact); }, true);
    }
    menu->addSeparator();
    add(
        QStringLiteral("fingerprints"), tr("Show &Fingerprints…"),
        tr("Compare and verify encryption keys with this contact"),
        [this, contact](app::AccountController *c) { Q_EMIT fingerprintsRequested(c, contact); }, false);
    menu->addSeparator();
    QAction *remove = add(
        QStringLiteral("remove"), tr("Re&move…"), tr("Remove this contact and both subscriptions"),
        [this, contact](app::AccountController *c) { removeContact(c, contact); }, true);
    remove->setIcon(themeIcon(QStringLiteral("list-remove-user"), QStyle::SP_TrashIcon));
    if (!online) {
        menu->addSeparator();
        QAction *note = menu->addAction(tr("Changes need a connection to %1").arg(controller->jid().bareString()));
        note->setEnabled(false);
    }
    return menu;
}

void MainWindow::renameContact(app::AccountController *controller, const Jid &contact)
{
    const QModelIndex row = controller->roster()->indexOf(contact);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Contact"), tr("Name for %1:").arg(contact.bareString()),
        QLineEdit::Normal, row.data(RosterModel::NameRole).toString(), &ok);
    if (ok && !controller->renameContact(contact, name)) {
        QMessageBox::warning(this, tr("Rename Contact"), tr("The account is not connected; nothing was changed."));
    }
}

void MainWindow::editGroups(app::AccountController *controller, const Jid &contact)
{
    const QModelIndex row = controller->roster()->indexOf(contact);
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Edit Groups"),
        tr("Groups of %1, separated by commas (existing: %2):")
            .arg(contact.bareString(), controller->roster()->groups().join(QStringLiteral(", "))),
        QLineEdit::Normal, row.data(RosterModel::GroupsRole).toStringList().join(QStringLiteral(", ")), &ok);
    if (!ok) {
        return;
    }
    QStringList groups;
    for (const QString &group : text.split(QLatin1Char(','))) {
        if (!group.trimmed().isEmpty()) {
            groups.append(group.trimmed());
        }
    }
    if (!controller->setContactGroups(contact, groups)) {
        QMessageBox::warning(this, tr("Edit Groups"), tr("The account is not connected; nothing was changed."));
    }
}

void MainWindow::removeContact(app::AccountController *controller, const Jid &contact)
{
    QMessageBox box(QMessageBox::Question, tr("Remove Contact"),
        tr("Remove %1 from your contacts? You will no longer see each other's presence. The chat history stays.")
            .arg(contact.bareString()),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeContactConfirmation"));
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove && !controller->removeContact(contact)) {
        QMessageBox::warning(this, tr("Remove Contact"), tr("The account is not connected; nothing was changed."));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Balcony"),
        tr("<h3>Balcony %1</h3><p>A desktop XMPP messenger.</p><p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

bool MainWindow::tellOnce(const QString &key, const QString &title, const QString &text)
{
    if (settings()->value(key, false).toBool()) {
        return false;
    }
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, this);
    auto *again = new QCheckBox(tr("Don't show this again"), &box);
    box.setCheckBox(again);
    box.exec();
    if (again->isChecked()) {
        settings()->setValue(key, true);
    }
    return true;
}

void MainWindow::setStatusController(app::StatusController *status)
{
    m_statusController = status;
    if (!status) {
        return;
    }
    // The status the user chose last time (the controller restores it): shown as it is, not applied again.
    m_status
        = status->isChosenOffline() ? PresenceStyle::Choice::Offline : PresenceStyle::choiceFor(status->chosenShow());
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(m_status)));
    m_ui->statusMessageEdit->setText(status->chosenMessage());
    if (m_tray) {
        m_tray->setStatus(m_status);
    }
}

void MainWindow::setSignOutSequence(app::SignOutSequence *signOut)
{
    m_signOut = signOut;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_quitting) {
        event->accept();
        return;
    }
    const bool closeToTray = !m_appSettings || m_appSettings->closeToTray();
    if (closeToTray && m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        tellOnce(NoticeCloseToTray, tr("Balcony keeps running"),
            tr("Balcony stays connected in the system tray, so you still get messages. Use Quit in the tray menu "
               "or Ctrl+Q to end it."));
        hide();
        announceFocusedChat();
        event->ignore();
        return;
    }
    // The user chose in the settings that closing the window quits.
    if (!closeToTray) {
        event->ignore();
        quit();
        return;
    }
    // No tray to live in: closing the window ends the app (it would be unreachable otherwise).
    tellOnce(NoticeCloseQuits, tr("Balcony quits"),
        tr("There is no system tray on this desktop, so closing the window signs you out and quits Balcony."));
    event->ignore();
    quit();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange) {
        if (isActiveWindow()) {
            updateUnread();
        }
        announceFocusedChat();
    }
}

void MainWindow::quit(int waitMs)
{
    if (m_quitting) {
        return;
    }
    m_quitting = true;
    saveSettings();
    hide();
    if (m_signOut) {
        // The full sign-out (XEP-0187 offline options first); the app quits when it finishes.
        m_signOut->start(m_ui->statusMessageEdit->text().trimmed());
        return;
    }
    if (m_manager) {
        m_manager->signOutAll();
    }
    // The unavailable presence and the stream close need a few event-loop turns to leave (RFC 6120 §4.4);
    // quit when every account is offline, or after `waitMs` for a server that does not answer.
    auto *poll = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(poll, &QTimer::timeout, this, [this, poll, clock, waitMs] {
        bool anyOnline = false;
        for (app::AccountController *controller : controllers()) {
            anyOnline = anyOnline || controller->account().connection().state() != ConnectionState::Disconnected;
        }
        if (!anyOnline || clock->elapsed() >= waitMs) {
            poll->stop();
            QCoreApplication::quit();
        }
    });
    poll->start(20);
}

} // namespace balcony::ui
