#include "LocalChatWidget.h"

#include "ChatHeader.h"
#include "Composer.h"
#include "MessageDelegate.h"
#include "MessageView.h"
#include "app/ChatStateTracker.h"
#include "app/LocalNetwork.h"
#include "models/MessageModel.h"
#include "models/RosterModel.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balcony::ui {

LocalChatWidget::LocalChatWidget(app::LocalNetwork *network, const Jid &peer, QWidget *parent)
    : QWidget(parent)
    , m_network(network)
    , m_peer(peer.bare())
    , m_header(new ChatHeader(this))
    , m_view(new MessageView(this))
    , m_composer(new Composer(this))
{
    setAccessibleName(tr("Chat with %1 on the local network").arg(m_peer.bareString()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_composer);

    m_model = network ? network->openChat(m_peer) : nullptr;
    m_delegate = new MessageDelegate(m_view, tr("Me"), title());
    if (m_model) {
        m_view->setMessageModel(m_model, m_delegate);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            if (m_model->hasIncoming(first, last)) {
                m_header->setChatState(ChatState::Active);
            }
            markReadIfSeen();
        });
    } else {
        m_composer->setEnabled(false);
    }

    // Link-local streams are plain TCP on the local network (XEP-0174 has no encryption of its own): the lock
    // stays open and says why; searching a conversation belongs to server accounts' chats.
    const QString clear = tr("Chats on the local network are not encrypted: anyone on the network can read them.");
    m_header->setEncryption(false, QString());
    m_header->lockButton()->setToolTip(clear);
    m_header->lockButton()->setAccessibleDescription(clear);
    connect(m_header, &ChatHeader::lockClicked, this, [this, clear] { m_composer->showNotice(clear, false); });
    m_header->searchButton()->hide();
    // Files need a server (XEP-0363); corrections are not sent over link-local streams.
    m_composer->attachButton()->hide();

    m_chatStates = new app::ChatStateTracker(
        [this](ChatState state) {
            if (m_network) {
                m_network->setChatState(m_peer, state);
            }
        },
        this);
    connect(m_header, &ChatHeader::closeClicked, this, &LocalChatWidget::closeRequested);
    connect(m_composer, &Composer::sendRequested, this, &LocalChatWidget::send);
    connect(m_composer, &Composer::escapePressed, this, &LocalChatWidget::closeRequested);
    connect(m_composer, &Composer::textEdited, this,
        [this](const QString &text) { m_chatStates->textEdited(text.isEmpty()); });
    connect(m_view, &MessageView::retryRequested, this, [this] {
        m_composer->showNotice(
            tr("Messages on the local network are sent again by themselves when %1 is back.").arg(title()), false);
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &LocalChatWidget::markReadIfSeen);

    if (network) {
        connect(network, &app::LocalNetwork::chatStateReceived, this, [this](const Jid &from, ChatState state) {
            if (from.bare() == m_peer) {
                m_header->setChatState(state);
            }
        });
        if (RosterModel *peers = network->peers()) {
            // The peer's status: its row in the peers model, which changes, appears and leaves with the peer.
            for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
                connect(peers, signal, this, &LocalChatWidget::refreshPeer);
            }
            connect(peers, &QAbstractItemModel::dataChanged, this, &LocalChatWidget::refreshPeer);
            connect(peers, &QAbstractItemModel::modelReset, this, &LocalChatWidget::refreshPeer);
            connect(peers, &QAbstractItemModel::layoutChanged, this, &LocalChatWidget::refreshPeer);
        }
        connect(network, &app::LocalNetwork::stopped, this, &LocalChatWidget::refreshPeer);
        connect(network, &app::LocalNetwork::started, this, &LocalChatWidget::refreshPeer);
    }
    refreshPeer();
}

LocalChatWidget::~LocalChatWidget()
{
    m_chatStates->closed();
}

QString LocalChatWidget::title() const
{
    RosterModel *peers = m_network ? m_network->peers() : nullptr;
    const QModelIndex row = peers ? peers->indexOf(m_peer) : QModelIndex();
    return row.isValid() ? row.data(Qt::DisplayRole).toString() : m_peer.local();
}

void LocalChatWidget::focusComposer()
{
    m_composer->editor()->setFocus();
}

void LocalChatWidget::setComposerText(const QString &text)
{
    m_composer->setText(text);
}

void LocalChatWidget::refreshPeer()
{
    const QString name = title();
    m_header->setContact(name, m_peer.bareString());
    m_delegate->setContactName(name);
    setWindowTitle(name);
    m_composer->setPlaceholder(tr("Write to %1").arg(name));
    RosterModel *peers = m_network ? m_network->peers() : nullptr;
    const int row = peers ? peers->rowOf(m_peer) : -1;
    if (row >= 0) {
        const RosterModel::ContactPresence presence = peers->presenceAt(row);
        m_header->setPresence(presence.availability, presence.status);
        if (std::exchange(m_waitingNotice, false)) {
            m_composer->clearNotice(); // "… is not on the local network now" is over
        }
    } else {
        m_header->setPresence(PresenceManager::Availability::Offline,
            m_network && m_network->isRunning() ? tr("not on the local network now")
                                                : tr("you are not on the local network"));
        m_header->setChatState(ChatState::None);
    }
}

void LocalChatWidget::send(const QString &text)
{
    if (!m_network || text.trimmed().isEmpty()) {
        return;
    }
    if (m_network->sendMessage(m_peer, text) == 0) {
        m_composer->showNotice(tr("The message could not be stored; it was not sent."), true);
        return;
    }
    m_composer->setText(QString());
    m_chatStates->messageSent();
    if (!m_network->isPresent(m_peer)) {
        m_waitingNotice = true;
        m_composer->showNotice(m_network->isRunning()
                ? tr("%1 is not on the local network now: the message is sent when they are back.").arg(title())
                : tr("You are not on the local network (your status is Offline): the message is sent when you and "
                     "%1 are both there.")
                      .arg(title()),
            false);
    }
}

void LocalChatWidget::markReadIfSeen()
{
    if (!m_network || !m_model || !isVisible() || !window()->isActiveWindow() || !m_view->isAtBottom()) {
        return;
    }
    m_network->markRead(m_peer);
}

void LocalChatWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &LocalChatWidget::markReadIfSeen);
}

void LocalChatWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange) {
        QTimer::singleShot(0, this, &LocalChatWidget::markReadIfSeen);
    }
}

} // namespace balcony::ui
