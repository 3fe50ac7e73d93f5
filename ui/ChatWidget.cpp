#include "ChatWidget.h"

#include "MessageDelegate.h"
#include "PresenceStyle.h"
#include "app/AccountController.h"
#include "models/MessageModel.h"
#include "models/RosterModel.h"

#include <QBoxLayout>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QToolButton>

namespace balcony::ui {

namespace {

// The list view fetches more whenever it is scrolled to the BOTTOM (or not yet full): right for lists that
// grow downwards, wrong for a chat whose older messages come in at the top. The view sees a model that never
// offers more; ChatWidget pages back itself when the user reaches the top.
class NoAutoFetchModel : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override { }
};

} // namespace

ChatWidget::ChatWidget(app::AccountController *controller, const Jid &contact, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_contact(contact.bare())
    , m_model(controller ? controller->openChat(contact) : nullptr)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(this);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(10, 6, 6, 6);
    auto *titles = new QVBoxLayout();
    titles->setSpacing(0);
    m_title = new QLabel(header);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(header);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    headerLayout->addLayout(titles, 1);
    auto *findButton = new QToolButton(header);
    findButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    findButton->setText(tr("Find"));
    // Ctrl+F is the window's: it calls findInConversation() when the focus is in a chat.
    findButton->setToolTip(tr("Find in this conversation (Ctrl+F)"));
    findButton->setAccessibleName(tr("Find in conversation"));
    findButton->setToolButtonStyle(findButton->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    connect(findButton, &QToolButton::clicked, this, &ChatWidget::findInConversation);
    headerLayout->addWidget(findButton);
    m_closeButton = new QToolButton(header);
    m_closeButton->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setToolTip(tr("Close this chat (Esc)"));
    m_closeButton->setAccessibleName(tr("Close chat"));
    m_closeButton->setToolButtonStyle(m_closeButton->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    connect(m_closeButton, &QToolButton::clicked, this, &ChatWidget::closeRequested);
    headerLayout->addWidget(m_closeButton);
    layout->addWidget(header);

    m_searchBar = new QWidget(this);
    auto *searchLayout = new QHBoxLayout(m_searchBar);
    searchLayout->setContentsMargins(10, 2, 6, 2);
    m_searchEdit = new QLineEdit(m_searchBar);
    m_searchEdit->setPlaceholderText(tr("Find in conversation"));
    m_searchEdit->setAccessibleName(tr("Find in conversation"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchStatus = new QLabel(m_searchBar);
    auto *previous = new QPushButton(tr("&Older"), m_searchBar);
    previous->setAccessibleName(tr("Find older match"));
    auto *next = new QPushButton(tr("&Newer"), m_searchBar);
    next->setAccessibleName(tr("Find newer match"));
    searchLayout->addWidget(m_searchEdit, 1);
    searchLayout->addWidget(m_searchStatus);
    searchLayout->addWidget(previous);
    searchLayout->addWidget(next);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(false); });
    m_searchBar->hide();
    layout->addWidget(m_searchBar);

    m_messages = new QListView(this);
    m_messages->setAccessibleName(tr("Messages"));
    m_delegate = new MessageDelegate(m_messages);
    m_messages->setItemDelegate(m_delegate);
    m_messages->setResizeMode(QListView::Adjust);
    m_messages->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messages->setWordWrap(true);
    m_messages->setFrameShape(QFrame::NoFrame);
    auto *viewModel = new NoAutoFetchModel(this);
    viewModel->setSourceModel(m_model);
    m_messages->setModel(viewModel);
    layout->addWidget(m_messages, 1);

    auto *composerRow = new QWidget(this);
    auto *composerLayout = new QHBoxLayout(composerRow);
    composerLayout->setContentsMargins(8, 6, 8, 8);
    m_lockLabel = new QLabel(composerRow);
    composerLayout->addWidget(m_lockLabel);
    m_composer = new QPlainTextEdit(composerRow);
    m_composer->setAccessibleName(tr("Message"));
    m_composer->setPlaceholderText(tr("Write a message… (Enter sends, Shift+Enter for a new line)"));
    m_composer->setTabChangesFocus(true);
    const int lines = 3;
    m_composer->setFixedHeight(m_composer->fontMetrics().lineSpacing() * lines + 12);
    m_composer->installEventFilter(this);
    composerLayout->addWidget(m_composer, 1);
    m_sendButton = new QPushButton(tr("&Send"), composerRow);
    m_sendButton->setAccessibleName(tr("Send message"));
    m_sendButton->setToolTip(tr("Send (Enter)"));
    composerLayout->addWidget(m_sendButton, 0, Qt::AlignBottom);
    layout->addWidget(composerRow);
    setFocusProxy(m_composer);

    connect(m_sendButton, &QPushButton::clicked, this, &ChatWidget::send);
    connect(m_composer, &QPlainTextEdit::textChanged, this, [this] {
        updateComposerState();
        Q_EMIT draftChanged(m_composer->toPlainText());
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_searchBar->isVisible()) {
            m_searchBar->hide();
            focusComposer();
        } else {
            Q_EMIT closeRequested();
        }
    });

    QScrollBar *scroll = m_messages->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this, [this, scroll](int value) {
        m_stickToBottom = value >= scroll->maximum() - 4;
        if (value == scroll->minimum()) {
            loadOlderAtTop();
        }
    });
    connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll] {
        if (m_stickToBottom) {
            scroll->setValue(scroll->maximum());
        }
    });
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    }
    if (m_controller && m_controller->roster()) {
        connect(m_controller->roster(), &QAbstractItemModel::dataChanged, this, &ChatWidget::updateHeader);
        connect(m_controller->roster(), &QAbstractItemModel::rowsInserted, this, &ChatWidget::updateHeader);
    }
    updateHeader();
    updateComposerState();
    m_messages->scrollToBottom();
}

ChatWidget::~ChatWidget() = default;

app::AccountController *ChatWidget::controller() const
{
    return m_controller;
}

void ChatWidget::updateHeader()
{
    QString name = m_contact.bareString();
    QString status = tr("Not in your contacts");
    if (m_controller && m_controller->roster()) {
        const QModelIndex row = m_controller->roster()->indexOf(m_contact);
        if (row.isValid()) {
            name = row.data(Qt::DisplayRole).toString();
            status
                = PresenceStyle::text(PresenceManager::Availability(row.data(RosterModel::AvailabilityRole).toInt()));
            const QString text = row.data(RosterModel::StatusTextRole).toString().simplified();
            if (!text.isEmpty()) {
                status += QStringLiteral(": ") + text;
            }
        }
    }
    m_title->setText(name);
    if (m_delegate) {
        m_delegate->setContactName(name);
        m_messages->viewport()->update();
    }
    // The JID under the name, unless the name is the JID already.
    m_subtitle->setText(
        name == m_contact.bareString() ? status : m_contact.bareString() + QStringLiteral(" · ") + status);
    setWindowTitle(name);
}

void ChatWidget::updateComposerState()
{
    const bool encrypts = m_controller && m_controller->sendsEncrypted(m_contact);
    m_lockLabel->setText(encrypts ? tr("Encrypted") : QString());
    m_lockLabel->setVisible(encrypts);
    m_lockLabel->setToolTip(encrypts ? tr("Messages to this contact are end-to-end encrypted (ESession)") : QString());
    m_sendButton->setEnabled(!m_composer->toPlainText().trimmed().isEmpty() && m_model);
}

void ChatWidget::focusComposer()
{
    m_composer->setFocus(Qt::OtherFocusReason);
}

void ChatWidget::setComposerText(const QString &text)
{
    m_composer->setPlainText(text);
    QTextCursor cursor = m_composer->textCursor();
    cursor.movePosition(QTextCursor::End);
    m_composer->setTextCursor(cursor);
}

QString ChatWidget::composerText() const
{
    return m_composer->toPlainText();
}

void ChatWidget::findInConversation()
{
    m_searchBar->show();
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void ChatWidget::findNext(bool backwards)
{
    const QString needle = m_searchEdit->text().trimmed();
    if (needle.isEmpty() || !m_model) {
        return;
    }
    const QModelIndex current = m_messages->currentIndex();
    int row = current.isValid() ? current.row() : (backwards ? m_model->rowCount() : -1);
    while (true) {
        row += backwards ? -1 : 1;
        if (row < 0) {
            // Older than what is loaded: page back through the store (synchronous) and go on.
            const int before = m_model->rowCount();
            if (m_model->storeExhausted() || !m_model->canFetchMore(QModelIndex())) {
                break;
            }
            m_model->fetchMore(QModelIndex());
            const int added = m_model->rowCount() - before;
            if (added <= 0) {
                break;
            }
            row = added;
            continue;
        }
        if (row >= m_model->rowCount()) {
            break;
        }
        if (m_model->messageAt(row).body.contains(needle, Qt::CaseInsensitive)) {
            const QModelIndex found = m_messages->model()->index(row, 0);
            m_stickToBottom = false;
            m_messages->setCurrentIndex(found);
            m_messages->scrollTo(found, QAbstractItemView::PositionAtCenter);
            m_searchStatus->clear();
            return;
        }
    }
    m_searchStatus->setText(tr("No more matches"));
}

void ChatWidget::scrollToMessage(qint64 historyId)
{
    if (!m_model) {
        return;
    }
    while (m_model->rowOf(historyId) < 0 && !m_model->storeExhausted() && m_model->canFetchMore(QModelIndex())) {
        const int before = m_model->rowCount();
        m_model->fetchMore(QModelIndex());
        if (m_model->rowCount() == before) {
            break;
        }
    }
    const int row = m_model->rowOf(historyId);
    if (row < 0) {
        return;
    }
    const QModelIndex found = m_messages->model()->index(row, 0);
    m_stickToBottom = false;
    m_messages->setCurrentIndex(found);
    m_messages->scrollTo(found, QAbstractItemView::PositionAtCenter);
}

void ChatWidget::loadOlderAtTop()
{
    if (!m_model || !m_model->canFetchMore(QModelIndex())) {
        return;
    }
    // Keep the message the user looks at in place while the older page goes in above it.
    QScrollBar *scroll = m_messages->verticalScrollBar();
    const int distanceFromBottom = scroll->maximum() - scroll->value();
    m_model->fetchMore(QModelIndex());
    m_messages->doItemsLayout();
    scroll->setValue(scroll->maximum() - distanceFromBottom);
}

void ChatWidget::onRowsInserted(int first, int last)
{
    Q_UNUSED(first)
    Q_UNUSED(last)
    if (m_stickToBottom) {
        m_messages->scrollToBottom();
    }
    markReadIfSeen();
}

void ChatWidget::send()
{
    const QString body = m_composer->toPlainText();
    if (body.trimmed().isEmpty() || !m_controller) {
        return;
    }
    // Queued in the outbox when offline (it goes out on the next session); the row shows its state.
    if (m_controller->sendMessage(m_contact, body)) {
        m_composer->clear();
        m_stickToBottom = true;
        m_messages->scrollToBottom();
    }
}

void ChatWidget::markReadIfSeen()
{
    if (m_controller && isVisible() && window()->isActiveWindow()) {
        m_controller->markConversationRead(m_contact);
    }
}

bool ChatWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_composer && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier))) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ChatWidget::event(QEvent *event)
{
    if (event->type() == QEvent::WindowActivate) {
        markReadIfSeen();
    }
    return QWidget::event(event);
}

void ChatWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    markReadIfSeen();
}

} // namespace balcony::ui
