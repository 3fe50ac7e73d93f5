#include "ChatWidget.h"

#include "ChatHeader.h"
#include "ChatSearchBar.h"
#include "Composer.h"
#include "FingerprintDialog.h"
#include "MessageDelegate.h"
#include "MessageText.h"
#include "MessageView.h"
#include "OccupantDelegate.h"
#include "RoomKeysDialog.h"
#include "ThemeIcon.h"
#include "app/AccountController.h"
#include "app/ChatStateTracker.h"
#include "avatar/AvatarManager.h"
#include "esession/EsessionManager.h"
#include "esession/PublicKeyManager.h"
#include "files/AesGcmLink.h"
#include "files/FileMessage.h"
#include "files/HttpUploadManager.h"
#include "im/MessageManager.h"
#include "models/MessageModel.h"
#include "models/RoomOccupantsModel.h"
#include "models/RosterModel.h"
#include "muc/BookmarkManager.h"
#include "muc/MucManager.h"
#include "omemo/OmemoManager.h"
#include "stream/Connection.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

// Hits the in-chat search walks through (newest first); more would be more than anyone steps through.
constexpr int maxSearchHits = 500;
// How long a message jumped to stays marked.
constexpr int flashMs = 2500;

} // namespace

ChatWidget::ChatWidget(app::AccountController *controller, const Jid &contact, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_contact(contact.bare())
    , m_header(new ChatHeader(this))
    , m_searchBar(new ChatSearchBar(this))
    , m_view(new MessageView(this))
    , m_composer(new Composer(this))
    , m_chatStates(nullptr)
    , m_flash(new QTimer(this))
{
    m_room = controller && controller->isRoom(m_contact);
    setAccessibleName(
        m_room ? tr("Room %1").arg(m_contact.bareString()) : tr("Chat with %1").arg(m_contact.bareString()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    m_searchBar->hide();
    layout->addWidget(m_searchBar);
    if (m_room) {
        // The occupant list is beside the messages and the composer, as in Gajim and Psi.
        auto *column = new QWidget(this);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->setSpacing(0);
        columnLayout->addWidget(m_view, 1);
        columnLayout->addWidget(m_composer);
        m_splitter = new QSplitter(Qt::Horizontal, this);
        m_splitter->setObjectName(u"roomSplitter"_s);
        m_splitter->setChildrenCollapsible(false);
        m_splitter->addWidget(column);
        layout->addWidget(m_splitter, 1);
    } else {
        layout->addWidget(m_view, 1);
        layout->addWidget(m_composer);
    }

    m_chatStates = new app::ChatStateTracker(
        [this](ChatState state) {
            // XEP-0085 in rooms (§5.4) would tell everyone there; Balcony sends chat states in one-to-one chats.
            if (m_controller && !m_room) {
                m_controller->setChatState(m_contact, state);
            }
        },
        this);

    m_model = controller ? controller->openChat(m_contact) : nullptr;
    m_delegate = new MessageDelegate(m_view, tr("Me"), contactName());
    {
        const QString profile = controller ? controller->account().settings().profileDir : QString();
        m_thumbnails = new ImageThumbnails(
            [this]() -> HttpUploadManager * { return m_controller ? m_controller->fileTransfers() : nullptr; },
            profile.isEmpty() ? QString() : QDir(profile).filePath(u"thumbnails"_s), this);
        m_thumbnails->setDevicePixelRatio(m_view->devicePixelRatioF());
        m_thumbnails->setAutoFetch([this] { return fetchesImagesAutomatically(); });
        m_delegate->setThumbnails(m_thumbnails);
        connect(m_thumbnails, &ImageThumbnails::changed, this, &ChatWidget::thumbnailChanged);
    }
    if (m_model) {
        m_view->setMessageModel(m_model, m_delegate);
        // A new message from the contact ends their "typing…" (it carried <active/>), and is read if seen.
        connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            if (m_model->hasIncoming(first, last)) {
                m_header->setChatState(ChatState::Active);
            }
            markReadIfSeen();
        });
    } else {
        m_composer->setEnabled(false);
    }

    connect(m_header, &ChatHeader::closeClicked, this, &ChatWidget::closeRequested);
    connect(m_header, &ChatHeader::searchClicked, this, &ChatWidget::findInConversation);
    connect(m_header, &ChatHeader::lockClicked, this, &ChatWidget::openFingerprints);
    connect(m_header, &ChatHeader::verifyClicked, this, &ChatWidget::openFingerprints);

    connect(m_composer, &Composer::sendRequested, this, [this](const QString &text) {
        if (m_room) {
            sendToRoom(text);
        } else {
            send(text, false);
        }
    });
    connect(m_composer, &Composer::correctionRequested, this, &ChatWidget::correct);
    connect(m_composer, &Composer::editLastRequested, this, &ChatWidget::editLast);
    connect(m_composer, &Composer::escapePressed, this, [this] {
        // Closing a room leaves it: not on a stray Esc, only with the header's button.
        if (!m_room) {
            Q_EMIT closeRequested();
        }
    });
    connect(m_composer, &Composer::textChanged, this, [this](const QString &text) {
        if (!m_composer->isCorrecting()) {
            Q_EMIT draftChanged(text);
        }
    });
    connect(m_composer, &Composer::textEdited, this, [this](const QString &text) {
        if (!m_composer->isCorrecting()) {
            m_chatStates->textEdited(text.isEmpty());
        }
    });
    connect(m_composer, &Composer::noticeAction, this, [this] {
        if (m_joinOffered) {
            joinRoomAgain();
            return;
        }
        const QString text = std::exchange(m_unsent, QString());
        m_composer->clearNotice();
        if (!text.isEmpty()) {
            send(text, true);
        }
    });
    m_composer->setPlaceholder(tr("Write to %1").arg(contactName()));

    connect(m_view, &MessageView::retryRequested, this, &ChatWidget::retry);
    connect(m_view, &MessageView::removeRequested, this, &ChatWidget::remove);
    connect(m_view, &MessageView::downloadRequested, this, &ChatWidget::downloadFile);
    connect(m_view, &MessageView::showImageRequested, this, &ChatWidget::showImage);
    connect(m_view, &MessageView::thumbnailRequested, m_thumbnails, &ImageThumbnails::fetch);
    connect(m_view, &MessageView::replyPrivatelyRequested, this, &ChatWidget::writePrivately);
    connect(m_composer, &Composer::privateRecipientChanged, this, [this](const QString &nick) {
        m_composer->setPlaceholder(
            nick.isEmpty() ? tr("Write to %1").arg(contactName()) : tr("Write privately to %1").arg(nick));
    });
    connect(m_composer, &Composer::attachRequested, this, &ChatWidget::attachFiles);
    connect(m_composer, &Composer::filesDropped, this, &ChatWidget::sendFiles);
    connect(m_composer, &Composer::imagePasted, this, &ChatWidget::sendImage);
    connect(m_composer, &Composer::transferCancelRequested, this, [this] {
        m_pendingFiles.clear();
        if (m_transfer != 0 && m_controller && m_controller->fileTransfers()) {
            m_controller->fileTransfers()->cancel(m_transfer);
        }
    });
    // Files dropped anywhere on the conversation are sent too.
    m_view->setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ChatWidget::markReadIfSeen);

    connect(m_searchBar, &ChatSearchBar::searchChanged, this, &ChatWidget::runSearch);
    connect(m_searchBar, &ChatSearchBar::older, this, [this] { showHit(m_hit + 1); });
    connect(m_searchBar, &ChatSearchBar::newer, this, [this] { showHit(m_hit - 1); });
    connect(m_searchBar, &ChatSearchBar::closed, this, &ChatWidget::closeSearch);

    m_flash->setSingleShot(true);
    m_flash->setInterval(flashMs);
    connect(m_flash, &QTimer::timeout, this, [this] {
        if (m_searchBar->isHidden()) {
            m_delegate->setHighlight({}, 0);
            m_view->viewport()->update();
        }
    });

    // Ctrl+F and Esc are the chat's while the focus is in it (ShortcutOverride keeps a window-wide Ctrl+F from
    // taking the key first; it would call findInConversation() anyway).
    m_composer->editor()->installEventFilter(this);
    m_view->installEventFilter(this);

    if (controller) {
        Account &account = controller->account();
        if (MessageManager *messages = account.messages()) {
            connect(messages, &MessageManager::chatStateReceived, this, &ChatWidget::onChatState);
        }
        if (EsessionManager *esessions = account.esessions()) {
            connect(&esessions->keys(), &PublicKeyManager::keyNeedsVerification, this, [this](const Jid &who) {
                if (who.bare() == m_contact) {
                    refreshKeyWarning();
                    refreshEncryption();
                }
            });
            connect(esessions, &EsessionManager::encryptedMessageStored, this, &ChatWidget::refreshEncryption);
        }
        if (OmemoManager *omemo = account.omemo()) {
            // A device list or trust change decides whether (and how) the next message is encrypted.
            connect(omemo, &OmemoManager::devicesChanged, this, [this](const Jid &who) {
                if (who.bare() == m_contact) {
                    refreshKeyWarning();
                    refreshEncryption();
                }
            });
        }
        connect(controller, &app::AccountController::online, this, [this] { refreshEncryption(); });
        // XEP-0207: a chat node made or learnt, the mode switched: the header says how the next message goes.
        connect(controller, &app::AccountController::eventingChanged, this, [this](const Jid &peer) {
            if (peer.isNull() || peer.bare() == m_contact) {
                refreshEncryption();
            }
        });
        connect(controller, &app::AccountController::offline, this, [this] {
            refreshEncryption();
            // The contact's "typing…" is stale without a stream.
            m_header->setChatState(ChatState::None);
        });
        if (RosterModel *roster = controller->roster()) {
            connect(roster, &QAbstractItemModel::dataChanged, this,
                [this, roster](const QModelIndex &from, const QModelIndex &to) {
                    const int row = roster->rowOf(m_contact);
                    if (row >= from.row() && row <= to.row()) {
                        refreshContact();
                    }
                });
            connect(roster, &QAbstractItemModel::rowsInserted, this, &ChatWidget::refreshContact);
            connect(roster, &QAbstractItemModel::rowsRemoved, this, &ChatWidget::refreshContact);
            connect(roster, &QAbstractItemModel::modelReset, this, &ChatWidget::refreshContact);
        }
        if (AvatarManager *avatars = controller->isOpen() ? controller->account().avatars() : nullptr) {
            // Also for a contact outside the roster (no roster row changes then).
            connect(avatars, &AvatarManager::avatarChanged, this, [this](const Jid &jid) {
                if (jid == m_contact) {
                    refreshContact();
                }
            });
        }
    }
    if (m_room) {
        buildRoomPane();
    }
    refreshContact();
    refreshEncryption();
    refreshKeyWarning();
    setFocusProxy(m_composer->editor());
}

void ChatWidget::buildRoomPane()
{
    m_header->setRoomMode(true);
    m_occupantList = new QListView(m_splitter);
    m_occupantList->setObjectName(u"occupantList"_s);
    m_occupantList->setAccessibleName(tr("People in the room"));
    m_occupantList->setUniformItemSizes(true);
    m_occupantList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_occupantList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_occupantList->setItemDelegate(new OccupantDelegate(m_occupantList));
    m_occupantList->setToolTip(tr("Double-click a name to address that person in your message."));
    if (RoomOccupantsModel *occupants = m_controller->roomOccupants(m_contact)) {
        auto *accessible = new OccupantAccessibleModel(m_occupantList);
        accessible->setSourceModel(occupants);
        m_occupantList->setModel(accessible);
        // A crowded room's presences come in bursts: the header's count follows once per event-loop turn.
        auto *recount = new QTimer(this);
        recount->setSingleShot(true);
        recount->setInterval(0);
        connect(recount, &QTimer::timeout, this, &ChatWidget::refreshRoom);
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
            connect(occupants, signal, recount, qOverload<>(&QTimer::start));
        }
        connect(occupants, &QAbstractItemModel::modelReset, recount, qOverload<>(&QTimer::start));
    }
    // "nick: " at the start of the message, or the nick at the cursor (IRC and XMPP rooms' addressing).
    connect(m_occupantList, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString nick = index.data(RoomOccupantsModel::NickRole).toString();
        if (nick.isEmpty()) {
            return;
        }
        QPlainTextEdit *editor = m_composer->editor();
        if (editor->toPlainText().trimmed().isEmpty()) {
            m_composer->setText(nick + u": "_s);
        } else {
            editor->insertPlainText(nick + u' ');
        }
        focusComposer();
        editor->moveCursor(QTextCursor::End);
    });
    m_occupantList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_occupantList, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index
            = m_occupantList->indexAt(pos).isValid() ? m_occupantList->indexAt(pos) : m_occupantList->currentIndex();
        const QString nick = index.data(RoomOccupantsModel::NickRole).toString();
        const MucRoom *room = m_controller ? m_controller->room(m_contact) : nullptr;
        if (nick.isEmpty() || !room) {
            return;
        }
        QMenu menu(this);
        // The occupant may leave while the menu is open: a persistent index, used only while still valid.
        const QPersistentModelIndex occupant(index);
        QAction *mention = menu.addAction(tr("Mention in Message"), this, [this, occupant] {
            if (occupant.isValid()) {
                Q_EMIT m_occupantList->activated(occupant);
            }
        });
        mention->setToolTip(tr("Address %1 in your message to the room").arg(nick));
        if (nick != room->nick) {
            menu.addAction(themeIcon(u"mail-message-new"_s, QStyle::SP_MessageBoxInformation),
                tr("Send Private Message"), this, [this, nick] { writePrivately(nick); });
        }
        const QRect rect = m_occupantList->visualRect(index);
        menu.exec(m_occupantList->viewport()->mapToGlobal(rect.contains(pos) ? pos : rect.center()));
    });
    m_splitter->addWidget(m_occupantList);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    const int width = fontMetrics().averageCharWidth() * 26;
    m_splitter->setSizes({ width * 4, width });
    connect(m_header, &ChatHeader::occupantsToggled, this, &ChatWidget::refreshRoom);

    if (MucManager *muc = m_controller->account().muc()) {
        if (BookmarkManager *bookmarks = muc->bookmarks()) {
            connect(bookmarks, &BookmarkManager::bookmarksChanged, this, &ChatWidget::refreshContact);
        }
        auto forThisRoom = [this](const Jid &room) { return room.bare() == m_contact; };
        connect(muc, &MucManager::joined, this, [this, forThisRoom](const Jid &room) {
            if (forThisRoom(room)) {
                m_roomExit.clear();
                m_needsPassword = false;
                refreshRoom();
                checkRoomEncryption();
            }
        });
        connect(muc, &MucManager::joinFailed, this,
            [this, forThisRoom](const Jid &room, MucError error, const QString &text) {
                if (!forThisRoom(room)) {
                    return;
                }
                m_roomExit = text.isEmpty() ? mucErrorText(error) : text;
                m_needsPassword = error == MucError::PasswordRequired;
                refreshRoom();
            });
        connect(muc, &MucManager::left, this, [this, forThisRoom](const Jid &room, MucExit exit, const QString &text) {
            if (forThisRoom(room)) {
                m_roomExit = exit == MucExit::Left ? QString() : text;
                refreshRoom();
            }
        });
        // Our nick and the subject are what the header and the names show.
        auto refreshIfThisRoom = [this, forThisRoom](const Jid &room) {
            if (forThisRoom(room)) {
                refreshRoom();
            }
        };
        connect(muc, &MucManager::nickChanged, this, refreshIfThisRoom);
        connect(muc, &MucManager::subjectChanged, this, refreshIfThisRoom);
    }
    connect(m_controller, &app::AccountController::online, this, &ChatWidget::refreshRoom);
    connect(m_controller, &app::AccountController::offline, this, &ChatWidget::refreshRoom);
}

void ChatWidget::refreshRoom()
{
    if (!m_room) {
        return;
    }
    const MucRoom *room = m_controller ? m_controller->room(m_contact) : nullptr;
    const bool in = room && room->state == MucRoomState::Joined;
    QString text;
    if (in) {
        const int count = int(room->occupants.size());
        text = count <= 1 ? tr("Only you") : tr("%n people", nullptr, count);
        const QString subject = room->displaySubject().simplified();
        if (!subject.isEmpty()) {
            text += u" · "_s + subject;
        }
    } else if (room && room->state == MucRoomState::Joining) {
        // The join goes out on a bound stream (before the roster is known); otherwise at the next session.
        text = m_controller->account().connection().state() == ConnectionState::Connected
            ? tr("Joining…")
            : tr("Joins when you are online.");
    } else if (room) {
        text = tr("Leaving…");
    } else {
        text = m_roomExit.isEmpty() ? tr("You are not in this room.") : m_roomExit;
    }
    m_header->setRoomStatus(in, text);
    // Outside the room there is nobody to list; inside, the header's button decides.
    m_occupantList->setVisible(in && m_header->occupantsButton()->isChecked());
    m_header->occupantsButton()->setEnabled(in);
    m_delegate->setGroupChat(true,
        room               ? room->nick
            : m_controller ? m_controller->suggestedNick(m_contact)
                           : QString());
    m_view->viewport()->update();
    if (!room) {
        // Writing needs being in the room: say so where the user types, with the way back in.
        if (!m_composer->hasNotice() || m_joinOffered) {
            offerJoin(text, !m_roomExit.isEmpty());
        }
    } else if (m_joinOffered) {
        m_composer->clearNotice();
        m_joinOffered = false;
    }
    Q_EMIT roomStateChanged();
}

void ChatWidget::offerJoin(const QString &text, bool error)
{
    m_composer->showNotice(text, error, m_needsPassword ? tr("Enter Password…") : tr("Join Again"));
    m_joinOffered = true;
}

void ChatWidget::joinRoomAgain()
{
    if (!m_controller) {
        return;
    }
    // The bookmark's password (XEP-0402) unless the room just refused it.
    const BookmarkManager *bookmarks = m_controller->account().muc()->bookmarks();
    const std::optional<Bookmark> bookmark = bookmarks ? bookmarks->bookmark(m_contact) : std::nullopt;
    QString password = bookmark ? bookmark->password : QString();
    if (m_needsPassword) {
        bool ok = false;
        password = QInputDialog::getText(this, tr("Room Password"), tr("Password for %1:").arg(m_contact.bareString()),
            QLineEdit::Password, QString(), &ok);
        if (!ok) {
            return;
        }
    }
    QString error;
    m_composer->clearNotice();
    m_joinOffered = false;
    if (!m_controller->joinRoom(m_contact, m_controller->suggestedNick(m_contact), password, &error)) {
        m_composer->showNotice(error, true);
        return;
    }
    m_roomExit.clear();
    m_needsPassword = false;
    refreshRoom();
}

void ChatWidget::sendToRoom(const QString &text)
{
    if (!m_controller || text.trimmed().isEmpty()) {
        return;
    }
    m_composer->setText(QString());
    QString error;
    const QString privateTo = m_composer->privateRecipient();
    if (privateTo.isEmpty() && m_controller->roomEncrypted(m_contact)) {
        // OMEMO for every member: the room and its members are asked first, so the outcome comes later.
        if (!m_controller->room(m_contact)) {
            m_composer->setText(text);
            offerJoin(m_roomExit.isEmpty() ? tr("You are not in this room.") : m_roomExit, true);
            return;
        }
        QPointer<ChatWidget> self(this);
        m_controller->sendEncryptedRoomMessage(m_contact, text, [self, text](qint64 historyId, const QString &why) {
            if (!self || historyId != 0) {
                if (self) {
                    self->m_view->jumpToBottom();
                }
                return;
            }
            // Nothing was sent: the text comes back unless the user typed something new meanwhile.
            if (self->m_composer->text().isEmpty()) {
                self->m_composer->setText(text);
            }
            self->m_composer->showNotice(tr("Not sent (OMEMO): %1").arg(why), true);
        });
        return;
    }
    const qint64 id = privateTo.isEmpty() ? m_controller->sendRoomMessage(m_contact, text, &error)
                                          : m_controller->sendPrivateMessage(m_contact, privateTo, text, &error);
    if (id == 0) {
        // Nothing was sent: nothing the user typed is lost.
        m_composer->setText(text);
        if (error.isEmpty()) {
            error = tr("The message could not be sent.");
        }
        if (!m_controller->room(m_contact)) {
            offerJoin(m_roomExit.isEmpty() ? error : m_roomExit, true);
        } else {
            m_composer->showNotice(error, true);
        }
        return;
    }
    if (!m_controller->isOnline() && !m_composer->hasNotice()) {
        m_composer->showNotice(tr("You are offline: the message is queued and goes out when you are online."), false);
    }
    m_view->jumpToBottom();
}

void ChatWidget::writePrivately(const QString &nick)
{
    if (!m_room || nick.isEmpty()) {
        return;
    }
    m_composer->setPrivateRecipient(nick);
    focusComposer();
}

ChatWidget::~ChatWidget()
{
    // The thumbnails' downloads are cancelled while this chat is still whole (it hears their failures too).
    m_delegate->setThumbnails(nullptr);
    delete m_thumbnails;
    m_thumbnails = nullptr;
    // A transfer of this chat ends with it (and nothing queued starts from the failure it reports).
    if (m_transfer != 0 && m_controller && m_controller->fileTransfers()) {
        m_pendingFiles.clear();
        m_controller->fileTransfers()->disconnect(this);
        m_controller->fileTransfers()->cancel(m_transfer);
    }
    // XEP-0085: closing the chat is <gone/> (only if a state was ever sent).
    if (m_controller && !m_room) {
        m_chatStates->closed();
    }
}

Jid ChatWidget::contact() const
{
    return m_contact;
}

app::AccountController *ChatWidget::controller() const
{
    return m_controller;
}

void ChatWidget::focusComposer()
{
    m_composer->editor()->setFocus(Qt::OtherFocusReason);
}

void ChatWidget::setComposerText(const QString &text)
{
    if (m_composer->isCorrecting()) {
        m_composer->endCorrection();
    }
    m_composer->setText(text);
}

QString ChatWidget::composerText() const
{
    return m_composer->isCorrecting() ? QString() : m_composer->text();
}

void ChatWidget::findInConversation()
{
    m_searchBar->activate();
    if (!m_searchBar->text().isEmpty()) {
        runSearch(m_searchBar->text());
    }
}

void ChatWidget::scrollToMessage(qint64 historyId)
{
    if (!m_view->showMessage(historyId)) {
        return;
    }
    if (m_searchBar->isHidden()) {
        m_delegate->setHighlight({}, historyId);
        m_flash->start();
    }
    m_view->viewport()->update();
}

QString ChatWidget::contactName() const
{
    if (m_room) {
        // The name the user gave the room's bookmark (XEP-0402), else the room's local part.
        const BookmarkManager *bookmarks
            = m_controller && m_controller->isOpen() ? m_controller->account().muc()->bookmarks() : nullptr;
        if (const std::optional<Bookmark> bookmark = bookmarks ? bookmarks->bookmark(m_contact) : std::nullopt;
            bookmark && !bookmark->name.trimmed().isEmpty()) {
            return bookmark->name.trimmed();
        }
        return m_contact.local().isEmpty() ? m_contact.bareString() : m_contact.local();
    }
    if (m_controller && m_controller->roster()) {
        const int row = m_controller->roster()->rowOf(m_contact);
        if (row >= 0) {
            return m_controller->roster()->displayNameAt(row);
        }
    }
    return m_contact.local().isEmpty() ? m_contact.bareString() : m_contact.local();
}

void ChatWidget::refreshContact()
{
    const QString name = contactName();
    m_header->setContact(name, m_contact.bareString());
    m_delegate->setContactName(name);
    if (m_room) {
        m_composer->setPlaceholder(tr("Message %1").arg(name));
        refreshRoom();
        return;
    }
    AvatarManager *avatars = m_controller && m_controller->isOpen() ? m_controller->account().avatars() : nullptr;
    m_header->setAvatar(avatars ? avatars->image(m_contact).value<QImage>() : QImage());
    m_composer->setPlaceholder(tr("Write to %1").arg(name));
    RosterModel *roster = m_controller ? m_controller->roster() : nullptr;
    const int row = roster ? roster->rowOf(m_contact) : -1;
    if (row >= 0) {
        const RosterModel::ContactPresence presence = roster->presenceAt(row);
        m_header->setPresence(presence.availability, presence.status);
    } else {
        m_header->setPresence(PresenceManager::Availability::Offline, tr("not in your contacts"));
    }
    m_view->viewport()->update();
}

void ChatWidget::refreshEncryption()
{
    if (m_room) {
        // OMEMO in the room (the user's choice per room); the reason why the room cannot have it, if it cannot.
        const bool on = m_controller && m_controller->roomEncrypted(m_contact);
        m_header->setRoomEncryption(on, m_roomOmemoPossible ? QString() : m_roomOmemoReason);
        return;
    }
    if (!m_controller || !m_controller->isOpen()) {
        m_header->setEncryption(false, QString());
        m_header->setEventing(false);
        return;
    }
    m_header->setEventing(m_controller->sendsViaEventing(m_contact));
    const E2ePolicy policy = m_controller->encryptionPolicy(m_contact);
    m_header->setEncryption(m_controller->sendsEncrypted(m_contact), FingerprintDialog::policyText(policy),
        m_controller->encryptionMethod(m_contact));
}

void ChatWidget::refreshKeyWarning()
{
    E2eKeyStore *keys
        = m_controller && m_controller->isOpen() && !m_room ? m_controller->account().e2eKeyStore() : nullptr;
    if (!keys) {
        m_header->setKeyWarning(QString());
        return;
    }
    // PublicKeyManager pins the first key (trust on first use); a key seen later stays untrusted until the
    // user verifies it: as long as one is there, the contact's key has changed.
    bool changed = false;
    for (const ContactKey &key : keys->contactKeys(m_contact)) {
        changed = changed || !key.isTrusted();
    }
    // OMEMO: a device of a contact with a verified device (or one whose identity changed) waits for the user; with
    // manual trust every new device does. Said loudly: until then it gets nothing.
    int undecided = 0;
    if (OmemoManager *omemo = m_controller->account().omemo()) {
        for (const OmemoDevice &device : omemo->devices(m_contact)) {
            undecided += device.active && device.trust == OmemoTrust::Undecided ? 1 : 0;
        }
    }
    m_header->setKeyWarning(changed
            ? tr("%1's encryption key has changed. Messages are not encrypted to the new key until you verify it.")
                  .arg(contactName())
            : undecided == 1
            ? tr("%1 has a new OMEMO device that you have not trusted yet. Messages are not encrypted for it until "
                 "you compare its fingerprint.")
                  .arg(contactName())
            : undecided > 1 ? tr("%1 has %2 new OMEMO devices that you have not trusted yet. Messages are not "
                                 "encrypted for them until you compare their fingerprints.")
                                  .arg(contactName())
                                  .arg(undecided)
                            : QString());
}

void ChatWidget::checkRoomEncryption()
{
    if (!m_room || !m_controller || !m_controller->isOpen()) {
        return;
    }
    QPointer<ChatWidget> self(this);
    m_controller->checkRoomEncryption(
        m_contact, [self](bool possible, const QString &reason, const QList<Jid> &members) {
            if (self) {
                self->m_roomOmemoPossible = possible;
                self->m_roomOmemoReason = reason;
                self->m_roomMembers = members;
                self->refreshEncryption();
            }
        });
}

void ChatWidget::openRoomEncryption()
{
    if (!m_controller || !m_controller->isOpen()) {
        return;
    }
    const bool on = m_controller->roomEncrypted(m_contact);
    QMenu menu(this);
    QAction *toggle = menu.addAction(tr("Encrypt Messages in This Room with OMEMO"));
    toggle->setCheckable(true);
    toggle->setChecked(on);
    // Turning it on needs a room that allows it; turning it off is always possible.
    toggle->setEnabled(on || m_roomOmemoPossible);
    if (!m_roomOmemoPossible) {
        QAction *why = menu.addAction(
            m_roomOmemoReason.isEmpty() ? tr("Asking the room whether OMEMO can be used in it…") : m_roomOmemoReason);
        why->setEnabled(false);
    }
    // Whom the messages are encrypted for: the members' devices, their fingerprints and the trust in them.
    QAction *keys = nullptr;
    if (m_roomOmemoPossible && !m_roomMembers.isEmpty()) {
        menu.addSeparator();
        keys = menu.addAction(tr("Members' Devices and Fingerprints…"));
    }
    QAction *chosen = menu.exec(m_header->lockButton()->mapToGlobal(QPoint(0, m_header->lockButton()->height())));
    if (chosen == toggle) {
        m_controller->setRoomEncrypted(m_contact, !on);
        refreshEncryption();
    } else if (chosen && chosen == keys) {
        RoomKeysDialog dialog(m_controller, m_contact, m_roomMembers, this);
        dialog.exec();
    }
    checkRoomEncryption(); // members and settings change: ask again for next time
}

void ChatWidget::openFingerprints()
{
    if (!m_controller || !m_controller->isOpen()) {
        return;
    }
    if (m_room) {
        openRoomEncryption();
        return;
    }
    FingerprintDialog dialog(m_controller, m_contact, this);
    dialog.exec();
    refreshKeyWarning();
    refreshEncryption();
}

void ChatWidget::onChatState(const Jid &from, ChatState state)
{
    if (from.bare() == m_contact) {
        m_header->setChatState(state);
    }
}

void ChatWidget::markReadIfSeen()
{
    // Read = on screen: the chat is visible in the active window and scrolled to the newest message.
    if (!m_controller || !m_model || !isVisible() || !window()->isActiveWindow() || !m_view->isAtBottom()) {
        return;
    }
    m_controller->markConversationRead(m_contact);
}

void ChatWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Thumbnails decoded from now on are sharp on the screen the chat is shown on.
    m_thumbnails->setDevicePixelRatio(m_view->devicePixelRatioF());
    QTimer::singleShot(0, this, &ChatWidget::markReadIfSeen);
}

void ChatWidget::send(const QString &text, bool allowPlaintext)
{
    if (!m_controller || text.trimmed().isEmpty()) {
        return;
    }
    ChatSender::Options options;
    options.allowPlaintext = allowPlaintext;
    QPointer<ChatWidget> self(this);
    const bool wasOnline = m_controller->isOnline();
    m_unsent.clear();
    m_composer->clearNotice();
    // Cleared before sending: a refusal (possibly before sendMessage() returns) puts the text back.
    m_composer->setText(QString());
    const bool accepted
        = m_controller->sendMessage(m_contact, text, options, [self, text](const ChatSender::Result &r) {
              if (!self) {
                  return;
              }
              if (r.ok()) {
                  if (!r.message.isEmpty()) {
                      self->m_composer->showNotice(r.message, false);
                  }
                  self->refreshEncryption();
                  return;
              }
              // Nothing was sent: nothing the user typed is lost.
              if (self->m_composer->text().isEmpty()) {
                  self->m_composer->setText(text);
              }
              const QString why = r.message.isEmpty() ? tr("The message could not be sent.") : r.message;
              if (r.failure == ChatSender::Failure::NotEncrypted) {
                  self->m_unsent = text;
                  self->m_composer->showNotice(
                      tr("Not sent: %1 Your encryption policy for this contact requires encryption.").arg(why), true,
                      tr("Send Unencrypted"));
              } else {
                  self->m_composer->showNotice(why, true);
              }
          });
    if (!accepted) {
        m_composer->setText(text);
        m_composer->showNotice(tr("The message could not be sent: the account is not open."), true);
        return;
    }
    m_chatStates->messageSent();
    if (!wasOnline && !m_composer->hasNotice()) {
        m_composer->showNotice(tr("You are offline: the message is queued and goes out when you are online."), false);
    }
    m_view->jumpToBottom();
}

void ChatWidget::editLast()
{
    if (!m_model) {
        return;
    }
    // XEP-0308: only our last message in the conversation can be corrected (MessageManager looks at the same).
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const StoredMessage message = m_model->messageAt(row);
        if (message.direction != MessageDirection::Outgoing) {
            continue;
        }
        if (m_room) {
            m_composer->showNotice(tr("Messages in rooms cannot be corrected."), false);
            return;
        }
        if (message.e2e.isEncrypted()) {
            m_composer->showNotice(tr("Encrypted messages cannot be corrected."), false);
            return;
        }
        if (message.flags.testFlag(MessageFlag::Eventing)) {
            // A XEP-0308 correction is a <message/>; the peer has the original as a pubsub item (XEP-0207).
            m_composer->showNotice(tr("Messages sent by publish-subscribe cannot be corrected."), false);
            return;
        }
        m_composer->clearNotice();
        m_composer->beginCorrection(message.id, message.body);
        return;
    }
}

void ChatWidget::correct(qint64 historyId, const QString &text)
{
    if (!m_controller) {
        return;
    }
    const qint64 corrected = m_controller->correctLastMessage(m_contact, text);
    if (corrected == 0) {
        const QString why
            = m_controller->account().messages() ? m_controller->account().messages()->lastError() : QString();
        m_composer->showNotice(why.isEmpty() ? tr("The message could not be corrected.") : why, true);
        return;
    }
    if (corrected != historyId) {
        // A newer message of ours arrived meanwhile (another client): the engine corrected that one.
        m_composer->showNotice(tr("Your newest message was corrected."), false);
    } else {
        m_composer->clearNotice();
    }
    m_composer->endCorrection();
}

void ChatWidget::retry(qint64 historyId)
{
    if (!m_controller || !m_controller->retryMessage(historyId)) {
        m_composer->showNotice(tr("This message cannot be sent again."), true);
    }
}

void ChatWidget::remove(qint64 historyId)
{
    if (m_controller && !m_controller->removeMessage(historyId)) {
        m_composer->showNotice(tr("The message could not be removed."), true);
    }
}

void ChatWidget::runSearch(const QString &text)
{
    m_hits.clear();
    m_hit = -1;
    const QStringList words = MessageText::searchWords(text);
    HistoryStore *store = m_controller && m_controller->isOpen() ? m_controller->account().historyStore() : nullptr;
    if (!words.isEmpty() && store) {
        for (const StoredMessage &message : store->search(text, m_contact, maxSearchHits)) {
            m_hits.append(message.id);
        }
    }
    m_delegate->setHighlight(words, 0);
    if (m_hits.isEmpty()) {
        m_searchBar->setResult(0, 0);
        m_view->viewport()->update();
        return;
    }
    showHit(0);
}

void ChatWidget::showHit(int index)
{
    if (index < 0 || index >= m_hits.size()) {
        return;
    }
    m_hit = index;
    m_delegate->setHighlight(MessageText::searchWords(m_searchBar->text()), m_hits.at(index));
    m_view->showMessage(m_hits.at(index));
    m_searchBar->setResult(index + 1, int(m_hits.size()));
    m_view->viewport()->update();
}

void ChatWidget::closeSearch()
{
    m_searchBar->hide();
    m_hits.clear();
    m_hit = -1;
    m_delegate->setHighlight({}, 0);
    m_view->viewport()->update();
    focusComposer();
}

bool ChatWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()
        && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        QStringList files;
        const QList<QUrl> urls = drop->mimeData() ? drop->mimeData()->urls() : QList<QUrl>();
        for (const QUrl &url : urls) {
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) {
                files.append(url.toLocalFile());
            }
        }
        if (files.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->acceptProposedAction();
        if (event->type() == QEvent::Drop) {
            sendFiles(files);
        }
        return true;
    }
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find)) {
            if (event->type() == QEvent::KeyPress) {
                findInConversation();
            }
            event->accept();
            return event->type() == QEvent::KeyPress;
        }
        if (watched == m_view && key->key() == Qt::Key_Escape && event->type() == QEvent::KeyPress && !m_room) {
            Q_EMIT closeRequested();
            return true;
        }
    }
    if (watched == m_composer->editor()) {
        if (event->type() == QEvent::FocusIn) {
            m_chatStates->focused();
            markReadIfSeen();
            // The policy may have changed elsewhere (settings, another chat's dialog): the lock tells the truth
            // before the user types.
            refreshEncryption();
        } else if (event->type() == QEvent::FocusOut) {
            m_chatStates->unfocused();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace balcony::ui

namespace balcony::ui {

void ChatWidget::connectFileTransfers()
{
    HttpUploadManager *files = m_controller ? m_controller->fileTransfers() : nullptr;
    if (!files || m_filesConnected) {
        return;
    }
    m_filesConnected = true;
    connect(files, &HttpUploadManager::uploadProgress, this, [this](quint64 id, qint64 sent, qint64 total) {
        if (id == m_transfer) {
            m_composer->showTransfer(tr("Sending %1").arg(m_transferName), sent, total);
        }
    });
    connect(files, &HttpUploadManager::uploadFinished, this, [this](quint64 id, const QUrl &url, qint64) {
        if (id != m_transfer) {
            return;
        }
        if (m_room && m_controller && url.scheme() == AesGcmLink::scheme()) {
            // XEP-0454 in an OMEMO room: the aesgcm:// link goes OMEMO-encrypted to every member, never in the clear.
            QPointer<ChatWidget> self(this);
            const QString name = m_transferName;
            m_controller->sendEncryptedRoomMessage(
                m_contact, url.toString(QUrl::FullyEncoded), [self, name](qint64 historyId, const QString &why) {
                    if (self && historyId == 0) {
                        self->m_composer->showNotice(
                            tr("%1 was uploaded encrypted but not sent: %2").arg(name, why), true);
                    }
                });
        } else if (m_room && m_controller) {
            // XEP-0363 §5 in a room: the URL as the body with its XEP-0066 <x/>, to everyone, through the outbox.
            MucManager *muc = m_controller->account().muc();
            if (muc->sendMessage(m_contact, url.toString(QUrl::FullyEncoded), { FileMessage::oobElement(url) }) == 0) {
                transferEnded(tr("%1 was uploaded but not sent: %2").arg(m_transferName, muc->lastError()), true);
                return;
            }
        }
        if (m_thumbnails && ImageThumbnails::isImageUrl(url)) {
            // Our own image: its thumbnail is made from the file here, never downloaded back.
            m_thumbnails->addLocalFile(url, m_transferPath);
        }
        transferEnded(QString(), false);
    });
    connect(files, &HttpUploadManager::uploadFailed, this,
        [this](quint64 id, FileTransferError error, const QString &message) {
            if (id == m_transfer) {
                if (error == FileTransferError::Cancelled) {
                    m_pendingFiles.clear();
                }
                transferEnded(error == FileTransferError::Cancelled
                        ? tr("Sending %1 was cancelled.").arg(m_transferName)
                        : tr("%1 was not sent: %2").arg(m_transferName, message),
                    error != FileTransferError::Cancelled);
            }
        });
    connect(files, &HttpUploadManager::downloadProgress, this, [this](quint64 id, qint64 received, qint64 total) {
        if (id == m_transfer) {
            m_composer->showTransfer(tr("Saving %1").arg(m_transferName), received, total);
        }
    });
    connect(files, &HttpUploadManager::downloadFinished, this, [this](quint64 id, const QString &path) {
        if (id != m_transfer) {
            return;
        }
        if (path == m_previewPath) {
            m_previewPath.clear();
            transferEnded(QString(), false);
            openPreview(path);
            return;
        }
        transferEnded(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
    });
    connect(
        files, &HttpUploadManager::downloadFailed, this, [this](quint64 id, FileTransferError, const QString &message) {
            if (id == m_transfer) {
                m_previewPath.clear();
                transferEnded(tr("%1 was not saved: %2").arg(m_transferName, message), true);
            }
        });
}

void ChatWidget::transferEnded(const QString &notice, bool error)
{
    m_transfer = 0;
    m_composer->hideTransfer();
    if (!notice.isEmpty()) {
        m_composer->showNotice(notice, error);
    }
    startNextUpload();
}

void ChatWidget::attachFiles()
{
    if (!m_controller || !m_controller->isOpen()) {
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Send Files to %1").arg(contactName()),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    sendFiles(paths);
}

void ChatWidget::sendFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !m_controller || !m_controller->fileTransfers()) {
        return;
    }
    if (m_room && !m_controller->room(m_contact)) {
        // Nothing is uploaded that could not be sent to the room afterwards.
        offerJoin(m_roomExit.isEmpty() ? tr("You are not in this room.") : m_roomExit, true);
        return;
    }
    // Files into an encrypted conversation are encrypted (XEP-0454) and their aesgcm:// link is sent encrypted
    // (HttpUploadManager with the controller's encrypted sender): nothing to ask.
    m_pendingFiles += paths;
    if (m_transfer == 0) {
        startNextUpload();
    }
}

void ChatWidget::sendImage(const QImage &image)
{
    if (image.isNull()) {
        return;
    }
    if (!m_pasteDir) {
        m_pasteDir = std::make_unique<QTemporaryDir>();
    }
    const QString path
        = m_pasteDir->filePath(tr("image-%1.png").arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss-zzz"_s)));
    if (!m_pasteDir->isValid() || !image.save(path, "PNG")) {
        m_composer->showNotice(tr("The pasted image could not be saved for sending."), true);
        return;
    }
    sendFiles({ path });
}

void ChatWidget::startNextUpload()
{
    HttpUploadManager *files = m_controller ? m_controller->fileTransfers() : nullptr;
    if (!files || m_transfer != 0) {
        return;
    }
    while (!m_pendingFiles.isEmpty()) {
        const QString path = m_pendingFiles.takeFirst();
        connectFileTransfers();
        UploadOptions options;
        // A room gets the URL as a room message (below, when the upload is done); a contact as a file message.
        options.to = m_room ? Jid() : m_contact;
        // An OMEMO room: the file is encrypted (XEP-0454); its link goes out encrypted when the upload is done.
        options.encrypt = m_room && m_controller->roomEncrypted(m_contact);
        m_transferName = QFileInfo(path).fileName();
        m_transferPath = path;
        m_transfer = files->upload(path, options);
        if (m_transfer != 0) {
            m_composer->showTransfer(tr("Sending %1").arg(m_transferName), 0, QFileInfo(path).size());
            return;
        }
        m_composer->showNotice(tr("%1 was not sent: %2").arg(m_transferName, files->lastError()), true);
    }
}

HttpUploadManager *ChatWidget::idleFileTransfers(const QUrl &url)
{
    HttpUploadManager *files = m_controller ? m_controller->fileTransfers() : nullptr;
    if (!files || url.isEmpty()) {
        return nullptr;
    }
    if (m_transfer != 0) {
        m_composer->showNotice(tr("Wait until the current file transfer has finished."), true);
        return nullptr;
    }
    return files;
}

void ChatWidget::downloadFile(const QUrl &url)
{
    HttpUploadManager *files = idleFileTransfers(url);
    if (!files) {
        return;
    }
    const QString name = FileMessage::fileName(url);
    QString target = m_downloadTarget;
    if (target.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
        target = QFileDialog::getSaveFileName(this, tr("Save File"), QDir(folder).filePath(name));
        if (target.isEmpty()) {
            return;
        }
    }
    connectFileTransfers();
    m_transferName = name;
    m_transfer = files->download(url, target);
    if (m_transfer == 0) {
        m_composer->showNotice(tr("%1 was not saved: %2").arg(name, files->lastError()), true);
        return;
    }
    m_composer->showTransfer(tr("Saving %1").arg(name), 0, 0);
}

void ChatWidget::showImage(const QUrl &url)
{
    HttpUploadManager *files = idleFileTransfers(url);
    if (!files) {
        return;
    }
    if (!m_pasteDir) {
        m_pasteDir = std::make_unique<QTemporaryDir>();
    }
    connectFileTransfers();
    m_transferName = FileMessage::fileName(url);
    m_previewPath = m_pasteDir->filePath(u"preview-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
    m_transfer = files->download(url, m_previewPath, maxPreviewBytes());
    if (m_transfer == 0) {
        m_previewPath.clear();
        m_composer->showNotice(tr("%1 was not saved: %2").arg(m_transferName, files->lastError()), true);
        return;
    }
    m_composer->showTransfer(tr("Saving %1").arg(m_transferName), 0, 0);
}

QSize ChatWidget::previewBound() const
{
    // Most of the screen, leaving room for the window's frame and the dialog's button.
    const QScreen *shown = screen() ? screen() : QGuiApplication::primaryScreen();
    const QSize available = shown ? shown->availableGeometry().size() : QSize(1024, 768);
    return QSize(std::max(64, available.width() * 9 / 10), std::max(64, available.height() * 8 / 10));
}

void ChatWidget::openPreview(const QString &path)
{
    // Decoded off the UI thread, scaled down while decoding, with the allocation limit and the canvas check (a
    // small file that claims a huge canvas is refused); the downloaded file is deleted at once.
    const QString name = m_transferName;
    auto *watcher = new QFutureWatcher<ImageThumbnails::Decoded>(this);
    connect(watcher, &QFutureWatcher<ImageThumbnails::Decoded>::finished, this, [this, watcher, name] {
        const ImageThumbnails::Decoded decoded = watcher->result();
        watcher->deleteLater();
        if (decoded.image.isNull()) {
            m_composer->showNotice(tr("%1 is not an image that can be shown.").arg(name), true);
            return;
        }
        auto *dialog = new QDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(name);
        auto *layout = new QVBoxLayout(dialog);
        auto *label = new QLabel(dialog);
        label->setPixmap(QPixmap::fromImage(decoded.image));
        label->setAlignment(Qt::AlignCenter);
        label->setAccessibleName(tr("Image %1").arg(name));
        layout->addWidget(label);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        layout->addWidget(buttons);
        m_preview = dialog;
        dialog->show();
    });
    const QSize bound = previewBound();
    watcher->setFuture(QtConcurrent::run([path, bound] {
        ImageThumbnails::Decoded decoded = ImageThumbnails::decode(path, bound);
        QFile::remove(path);
        return decoded;
    }));
}

void ChatWidget::setAutoShowImages(bool enabled)
{
    if (enabled == m_autoShowImages) {
        return;
    }
    m_autoShowImages = enabled;
    if (enabled) {
        // Images on screen that were not fetched are looked at again (and fetched when the contact qualifies).
        m_thumbnails->recheck();
        m_view->viewport()->update();
    }
}

bool ChatWidget::fetchesImagesAutomatically() const
{
    if (!m_autoShowImages || m_room || !m_controller || !m_controller->roster()) {
        return false;
    }
    // A contact the user added and who added the user: a both-way subscription (RFC 6121 §2.1.2.1).
    const RosterModel *roster = m_controller->roster();
    const QModelIndex index = roster->indexOf(m_contact);
    return index.isValid() && index.data(RosterModel::SubscriptionRole).toString() == u"both"_s;
}

void ChatWidget::thumbnailChanged(const QUrl &url, bool layout)
{
    if (!m_model) {
        return;
    }
    // The rows showing that file (usually one): laid out again when their size may have changed, else repainted.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (MessageDelegate::imageUrl(index) != url) {
            continue;
        }
        if (layout) {
            m_view->refreshMessage(index.data(MessageModel::IdRole).toLongLong());
        } else {
            m_view->viewport()->update(
                m_view->visualRect(m_view->indexOfMessage(index.data(MessageModel::IdRole).toLongLong())));
        }
    }
}

} // namespace balcony::ui
