#pragma once

#include "core/Jid.h"
#include "im/ChatState.h"
#include "models/MessageModel.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QListView;
class QSplitter;
class QTimer;

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
    void joinRoomAgain();
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
    QSplitter *m_splitter = nullptr; // rooms: the messages and composer | the occupant list
    QListView *m_occupantList = nullptr;
    QString m_roomExit; // why we are not in the room (kicked, join refused...), shown until we are back
    bool m_joinOffered = false; // the composer's notice offers "Join Again" (or the password)
    bool m_needsPassword = false; // the room refused us for a missing or wrong password
};

} // namespace balcony::ui
