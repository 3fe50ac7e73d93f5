#pragma once

#include "core/Jid.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace balcony {
class MessageModel;
namespace app {
class AccountController;
}
} // namespace balcony

namespace balcony::ui {

class MessageDelegate;

// One conversation: the messages (MessageModel of AccountController::openChat) in a list that pages back when
// scrolled to the top, and a composer where Enter sends (AccountController::sendMessage) and Shift+Enter starts
// a new line. The conversation is marked read whenever it is on screen in the active window.
//
// The contract the main window uses (ui-common.md): the chat helper's fuller view replaces this one with the
// same public API.
class ChatWidget : public QWidget {
    Q_OBJECT
public:
    ChatWidget(app::AccountController *controller, const Jid &contact, QWidget *parent = nullptr);
    ~ChatWidget() override;

    Jid contact() const { return m_contact; }
    app::AccountController *controller() const;
    void focusComposer();
    // Replaces the composer's text (xmpp:?message;body=, drafts); sends nothing.
    void setComposerText(const QString &text);
    QString composerText() const;
    // Shows the search bar of this conversation.
    void findInConversation();
    // Scrolls to the message with this history id, paging back through the store as needed.
    void scrollToMessage(qint64 historyId);

Q_SIGNALS:
    void closeRequested();
    void draftChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void send();
    void markReadIfSeen();
    void updateHeader();
    void updateComposerState();
    void onRowsInserted(int first, int last);
    void loadOlderAtTop();
    void findNext(bool backwards);

    QPointer<app::AccountController> m_controller;
    Jid m_contact;
    QPointer<MessageModel> m_model;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QToolButton *m_closeButton = nullptr;
    QWidget *m_searchBar = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_searchStatus = nullptr;
    QListView *m_messages = nullptr;
    MessageDelegate *m_delegate = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QPushButton *m_sendButton = nullptr;
    QLabel *m_lockLabel = nullptr;
    bool m_stickToBottom = true;
};

} // namespace balcony::ui
