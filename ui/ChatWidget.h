#pragma once

#include "ImageThumbnails.h"
#include "core/Jid.h"
#include "im/ChatState.h"
#include "models/MessageModel.h"

#include <QImage>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QWidget>

class QListView;
class QSplitter;
#include <memory>

class QTemporaryDir;
class QTimer;

namespace balcony {
class HttpUploadManager;
}

namespace balcony::app {
class AccountController;
class ChatStateTracker;
} // namespace balcony::app

namespace balcony::ui {

class ChatHeader;
class ChatSearchBar;
class Composer;
class MessageDelegate;
class MessageView;

// One conversation: the header (name, presence, "typing…", the encryption lock, the key-change warning), the
// messages (MessageView over the controller's MessageModel for the contact) with an in-chat search bar, and
// the composer. Everything it does goes through the AccountController; it sends no stanza of its own.
//
// The API is the contract with the main window (see ui-common.md); the rest is for tests.
class ChatWidget : public QWidget {
    Q_OBJECT
public:
    ChatWidget(app::AccountController *controller, const Jid &contact, QWidget *parent = nullptr);
    ~ChatWidget() override;

    Jid contact() const;
    app::AccountController *controller() const;
    // A room (XEP-0045, AccountController::isRoom() when the chat was opened): messages go to everyone there,
    // senders are shown by nick, and the occupant list is beside the messages.
    bool isRoom() const { return m_room; }
    // The conversation's name: the contact's roster name, or the room's name.
    QString title() const { return contactName(); }
    void focusComposer();
    // xmpp:?message;body= and drafts: replaces the text, sends nothing.
    void setComposerText(const QString &text);
    QString composerText() const;
    // Ctrl+F inside the chat: shows the chat's search bar.
    void findInConversation();
    // Jumps to a search result (loads pages as needed).
    void scrollToMessage(qint64 historyId);

    // Files (XEP-0363, the URL sent with XEP-0066): uploaded one after the other with the composer's progress bar;
    // into an encrypted conversation encrypted first (XEP-0454), the aesgcm:// link sent encrypted.
    void sendFiles(const QStringList &paths);
    // A pasted image: saved as a PNG file first, then sent as a file.
    void sendImage(const QImage &image);
    // Saves a received file message's file where the user says (never by itself).
    void downloadFile(const QUrl &url);
    // Fetches an image file message's file (at most maxPreviewBytes(), into temporary storage, deleted once
    // decoded off the UI thread) and shows it in a dialog, scaled down to fit the screen: only when the user asks
    // for it (a click on its thumbnail, "Open Image").
    void showImage(const QUrl &url);
    static constexpr qint64 maxPreviewBytes() { return ImageThumbnails::maxDownloadBytes(); }
    // The largest size the full image is shown at: most of the screen the chat is on.
    QSize previewBound() const;
    // For tests: the preview dialog shown last (null if none).
    QWidget *imagePreview() const { return m_preview; }

    // Thumbnails of image file messages, in the message list (ImageThumbnails, painted by MessageDelegate):
    // fetched on the user's click, or by themselves when setAutoShowImages(true) and the conversation is with a
    // contact in the roster with a both-way subscription (never a stranger, never a room: anyone can join one).
    // The cache is the profile's thumbnails/ folder.
    void setAutoShowImages(bool enabled);
    bool autoShowImages() const { return m_autoShowImages; }
    // Whether thumbnails are fetched here without a click now (the setting and the contact).
    bool fetchesImagesAutomatically() const;
    ImageThumbnails *thumbnails() const { return m_thumbnails; }
    // For tests: the path a download goes to without asking (empty: QFileDialog).
    void setDownloadTargetForTests(const QString &path) { m_downloadTarget = path; }

    // --- for tests and the window
    MessageView *messageView() const { return m_view; }
    Composer *composer() const { return m_composer; }
    ChatHeader *header() const { return m_header; }
    ChatSearchBar *searchBar() const { return m_searchBar; }
    QListView *occupantList() const { return m_occupantList; }

Q_SIGNALS:
    void closeRequested(); // Esc in the chat, or its close button
    void draftChanged(const QString &text); // composer text changed (for DraftStore)
    void roomStateChanged(); // rooms: entered, left, or what the header says about the room changed

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The account's file transfers for fetching `url`, or null (and why, in the composer) while another transfer
    // of this chat runs.
    HttpUploadManager *idleFileTransfers(const QUrl &url);
    void send(const QString &text, bool allowPlaintext);
    void editLast();
    void correct(qint64 historyId, const QString &text);
    void retry(qint64 historyId);
    void remove(qint64 historyId);
    void runSearch(const QString &text);
    void showHit(int index);
    void closeSearch();
    void refreshContact();
    void refreshEncryption();
    void refreshKeyWarning();
    void openFingerprints();
    void onChatState(const Jid &from, ChatState state);
    void markReadIfSeen();
    QString contactName() const;
    void buildRoomPane();
    void refreshRoom();
    void sendToRoom(const QString &text);
    // The room's OMEMO choice (the header's lock in a room): a menu to turn it on or off, where the room allows it.
    void openRoomEncryption();
    void checkRoomEncryption();
    void joinRoomAgain();
    // Rooms: the composer writes privately to the occupant `nick` (XEP-0045 §7.5) until the user stops it.
    void writePrivately(const QString &nick);
    // The composer's notice: why we cannot write to the room, with "Join Again" (or "Enter Password…").
    void offerJoin(const QString &text, bool error);

    QPointer<app::AccountController> m_controller;
    Jid m_contact;
    QPointer<MessageModel> m_model;
    ChatHeader *m_header;
    ChatSearchBar *m_searchBar;
    MessageView *m_view;
    MessageDelegate *m_delegate = nullptr;
    Composer *m_composer;
    app::ChatStateTracker *m_chatStates;
    QList<qint64> m_hits; // newest first
    int m_hit = -1;
    QTimer *m_flash;
    QString m_unsent; // a message that could not be sent encrypted, for "Send unencrypted"
    bool m_room = false;
    bool m_roomOmemoPossible = false; // the room's last answer: members-only and non-anonymous
    QString m_roomOmemoReason; // why not, when it is not (empty while unknown)
    QList<Jid> m_roomMembers; // whom OMEMO encrypts for in the room (real JIDs, without us), when it is possible
    QSplitter *m_splitter = nullptr; // rooms: the messages and composer | the occupant list
    QListView *m_occupantList = nullptr;
    QString m_roomExit; // why we are not in the room (kicked, join refused...), shown until we are back
    bool m_joinOffered = false; // the composer's notice offers "Join Again" (or the password)
    bool m_needsPassword = false; // the room refused us for a missing or wrong password
    // Files.
    void attachFiles();
    void startNextUpload();
    void connectFileTransfers();
    void transferEnded(const QString &notice, bool error);
    void openPreview(const QString &path);
    QStringList m_pendingFiles; // waiting for the upload in progress
    quint64 m_transfer = 0; // the upload or download in progress (0: none)
    QString m_transferName;
    QString m_transferPath; // the file being uploaded
    std::unique_ptr<QTemporaryDir> m_pasteDir; // pasted images, kept while the chat is open
    QString m_downloadTarget;
    bool m_filesConnected = false;
    QString m_previewPath; // the download in progress is for showImage()
    QPointer<QWidget> m_preview;
    ImageThumbnails *m_thumbnails = nullptr;
    bool m_autoShowImages = false;
    void thumbnailChanged(const QUrl &url, bool layout);
};

} // namespace balcony::ui
