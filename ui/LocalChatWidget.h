#pragma once

#include "core/Jid.h"
#include "im/ChatState.h"

#include <QPointer>
#include <QWidget>

namespace balcony {
class MessageModel;
namespace app {
class ChatStateTracker;
class LocalNetwork;
} // namespace app
} // namespace balcony

namespace balcony::ui {

class ChatHeader;
class Composer;
class MessageDelegate;
class MessageView;

// A chat with a peer on the local network (XEP-0174, app::LocalNetwork): the header (the peer's name, status and
// "typing…", an open lock: these chats are not encrypted, and the lock says so), the messages, and the composer.
// Messages to a peer that left wait in the outbox until it is back, and the composer says so. No corrections, no
// files: link-local streams carry plain messages, chat states and receipts.
class LocalChatWidget : public QWidget {
    Q_OBJECT
public:
    LocalChatWidget(app::LocalNetwork *network, const Jid &peer, QWidget *parent = nullptr);
    ~LocalChatWidget() override;

    Jid peer() const { return m_peer; }
    app::LocalNetwork *network() const { return m_network; }
    QString title() const;
    void focusComposer();
    void setComposerText(const QString &text);

    MessageView *messageView() const { return m_view; }
    Composer *composer() const { return m_composer; }
    ChatHeader *header() const { return m_header; }

Q_SIGNALS:
    void closeRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void send(const QString &text);
    void refreshPeer();
    void markReadIfSeen();

    QPointer<app::LocalNetwork> m_network;
    Jid m_peer;
    ChatHeader *m_header = nullptr;
    MessageView *m_view = nullptr;
    Composer *m_composer = nullptr;
    MessageDelegate *m_delegate = nullptr;
    app::ChatStateTracker *m_chatStates = nullptr;
    QPointer<MessageModel> m_model;
    bool m_waitingNotice = false; // the composer says the peer is away
};

} // namespace balcony::ui
