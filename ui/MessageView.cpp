#include "MessageView.h"

#include "MessageDelegate.h"
#include "MessageText.h"
#include "ThemeIcon.h"
#include "models/MessageModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QIdentityProxyModel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QScrollBar>
#include <QTextBoundaryFinder>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

// Hides the model's paging from QAbstractItemView, which fetches when the LAST row is visible (lists growing
// downwards); a conversation grows upwards, and MessageView asks at the top itself.
// It also gives each row the delegate's accessible text (sender, text, time, state), so that a screen reader says
// more than the bare body (for an image: its name and whether it is shown).
class NoViewFetchProxy : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override { }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::AccessibleTextRole && delegate && index.isValid()) {
            return delegate->accessibleText(index);
        }
        return QIdentityProxyModel::data(index, role);
    }
    // Announces a change of what the delegate shows for a row (dataChanged: laid out and read again).
    void refresh(int row)
    {
        const QModelIndex changed = index(row, 0);
        Q_EMIT dataChanged(changed, changed, { Qt::AccessibleTextRole, Qt::SizeHintRole });
    }
    QPointer<MessageDelegate> delegate;
};

// How close to the top (in viewport heights) the next page is asked for, so it is there before the user is.
constexpr double prefetchScreens = 1.0;

} // namespace

MessageView::MessageView(QWidget *parent)
    : QListView(parent)
    , m_proxy(new NoViewFetchProxy(this))
    , m_jumpButton(new QToolButton(this))
    , m_archiveBanner(new QToolButton(this))
{
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setLayoutMode(QListView::SinglePass);
    setUniformItemSizes(false);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Messages"));
    verticalScrollBar()->setSingleStep(fontMetrics().height() * 2);

    m_jumpButton->setText(tr("New messages"));
    m_jumpButton->setIcon(themeIcon(u"go-down"_s, QStyle::SP_ArrowDown));
    m_jumpButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_jumpButton->setAccessibleName(tr("Jump to the newest message"));
    m_jumpButton->setToolTip(tr("Jump to the newest message"));
    m_jumpButton->setCursor(Qt::PointingHandCursor);
    m_jumpButton->setAutoRaise(false);
    m_jumpButton->hide();
    connect(m_jumpButton, &QToolButton::clicked, this, &MessageView::jumpToBottom);

    m_archiveBanner->setAccessibleName(tr("Older messages"));
    m_archiveBanner->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_archiveBanner->hide();
    connect(m_archiveBanner, &QToolButton::clicked, this, [this] {
        if (m_model && m_model->archiveState() == MessageModel::ArchiveState::Failed) {
            m_model->retryArchive();
            fetchOlderIfNeeded();
        }
    });

    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &MessageView::onRangeChanged);
}

MessageView::~MessageView() = default;

void MessageView::setMessageModel(MessageModel *model, MessageDelegate *delegate)
{
    m_model = model;
    m_delegate = delegate;
    static_cast<NoViewFetchProxy *>(m_proxy)->delegate = delegate;
    m_proxy->setSourceModel(model);
    setItemDelegate(delegate);
    setModel(m_proxy);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, &MessageView::onRowsAboutToBeInserted);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MessageView::onRowsInserted);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MessageView::onDataChanged);
    connect(model, &MessageModel::archiveStateChanged, this, &MessageView::updateArchiveBanner);
    m_stick = true;
    updateArchiveBanner();
    scrollToBottom();
}

qint64 MessageView::idAt(const QModelIndex &index) const
{
    return index.data(MessageModel::IdRole).toLongLong();
}

QModelIndex MessageView::indexOfMessage(qint64 historyId) const
{
    const int row = m_model ? m_model->rowOf(historyId) : -1;
    return row < 0 ? QModelIndex() : m_proxy->index(row, 0);
}

void MessageView::jumpToBottom()
{
    m_stick = true;
    setNewBelow(0);
    m_adjusting = true;
    scrollToBottom();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_adjusting = false;
}

bool MessageView::fetchOlderIfNeeded()
{
    if (!m_model || !m_model->canFetchMore(QModelIndex())) {
        return false;
    }
    const QScrollBar *bar = verticalScrollBar();
    // Near the top, or the rows do not even fill the view.
    const bool nearTop = bar->maximum() == 0 || bar->value() <= int(viewport()->height() * prefetchScreens);
    if (!nearTop) {
        return false;
    }
    m_model->fetchMore(QModelIndex());
    return true;
}

void MessageView::refreshMessage(qint64 historyId)
{
    const int row = m_model ? m_model->rowOf(historyId) : -1;
    if (row >= 0) {
        static_cast<NoViewFetchProxy *>(m_proxy)->refresh(row);
    }
}

bool MessageView::showMessage(qint64 historyId)
{
    if (!m_model) {
        return false;
    }
    // A search result can be far back: page through the store (synchronous) until it is loaded. The archive is
    // not asked: every search result is a stored message.
    int row = m_model->rowOf(historyId);
    while (row < 0 && !m_model->storeExhausted()) {
        const int before = m_model->rowCount();
        m_model->fetchMore(QModelIndex());
        if (m_model->rowCount() == before) {
            break;
        }
        row = m_model->rowOf(historyId);
    }
    if (row < 0) {
        return false;
    }
    doItemsLayout();
    m_prependPending = false;
    m_stick = false;
    const QModelIndex index = m_proxy->index(row, 0);
    m_adjusting = true;
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_adjusting = false;
    setCurrentIndex(index);
    const QScrollBar *bar = verticalScrollBar();
    m_stick = bar->value() >= bar->maximum() - 2;
    return true;
}

void MessageView::verticalScrollbarValueChanged(int value)
{
    // Not QAbstractItemView's: it would fetch at the bottom (see the class comment).
    if (!m_adjusting) {
        m_stick = value >= verticalScrollBar()->maximum() - 2;
        if (m_stick) {
            setNewBelow(0);
        }
        m_prependPending = false;
    }
    fetchOlderIfNeeded();
}

void MessageView::onRangeChanged(int, int maximum)
{
    m_adjusting = true;
    if (m_stick) {
        verticalScrollBar()->setValue(maximum);
    } else if (m_prependPending) {
        // Rows appeared above: keep the same distance from the bottom, i.e. the same rows in sight.
        verticalScrollBar()->setValue(std::max(0, maximum - m_distanceFromBottom));
    }
    m_adjusting = false;
    // A short first page leaves no scroll bar: ask for more until the view is full or nothing is left.
    if (maximum == 0) {
        fetchOlderIfNeeded();
    }
}

void MessageView::onRowsAboutToBeInserted(const QModelIndex &, int first, int)
{
    if (first == 0 && m_proxy->rowCount() > 0 && !m_stick) {
        const QScrollBar *bar = verticalScrollBar();
        m_prependPending = true;
        m_distanceFromBottom = bar->maximum() - bar->value();
    }
}

void MessageView::onRowsInserted(const QModelIndex &, int first, int last)
{
    if (first > 0 && last == m_proxy->rowCount() - 1 && !m_stick) {
        setNewBelow(m_newBelow + (last - first + 1));
    }
}

void MessageView::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // A state, a correction or the grouping changed: the row's height may change with it.
    if (!m_delegate) {
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        Q_EMIT m_delegate->sizeHintChanged(m_proxy->index(row, 0));
    }
}

void MessageView::setNewBelow(int count)
{
    if (count == m_newBelow) {
        return;
    }
    m_newBelow = count;
    m_jumpButton->setText(count > 0 ? tr("%n new message(s)", nullptr, count) : tr("New messages"));
    m_jumpButton->setVisible(count > 0);
    placeOverlays();
    Q_EMIT newMessagesBelowChanged(count);
}

void MessageView::updateArchiveBanner()
{
    if (!m_model) {
        return;
    }
    switch (m_model->archiveState()) {
    case MessageModel::ArchiveState::Loading:
        m_archiveBanner->setText(tr("Loading older messages from the server…"));
        m_archiveBanner->setEnabled(false);
        m_archiveBanner->show();
        break;
    case MessageModel::ArchiveState::Failed:
        m_archiveBanner->setText(tr("Older messages could not be loaded. Try again"));
        m_archiveBanner->setEnabled(true);
        m_archiveBanner->show();
        break;
    default:
        m_archiveBanner->hide();
    }
    placeOverlays();
}

void MessageView::placeOverlays()
{
    const QRect area = viewport()->geometry();
    const int margin = fontMetrics().height() / 2;
    m_jumpButton->adjustSize();
    m_jumpButton->move(area.right() - m_jumpButton->width() - margin, area.bottom() - m_jumpButton->height() - margin);
    m_jumpButton->raise();
    m_archiveBanner->adjustSize();
    m_archiveBanner->move(area.center().x() - m_archiveBanner->width() / 2, area.top() + margin);
    m_archiveBanner->raise();
}

void MessageView::layoutForWidth()
{
    // QListView lays a top-to-bottom list out again only when its height changes; here the rows' heights
    // depend on the width (wrapped text), so a new width needs new row positions at once, or rows would
    // overlap or leave gaps until the next layout.
    if (viewport()->width() != m_layoutWidth) {
        m_layoutWidth = viewport()->width();
        doItemsLayout();
    }
}

void MessageView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    layoutForWidth();
    placeOverlays();
}

void MessageView::paintEvent(QPaintEvent *event)
{
    // The viewport can get a new width without a resize event: when the surrounding layout widens the view
    // while the viewport's pending (narrow) resize event is being delivered, before it is first shown, Qt
    // drops the second one. The rows laid out for the narrow width then kept their wrapped heights (blank
    // gaps between messages, a scroll range past the last row that hid the top ones and their day
    // separators). The viewport's Show event catches that case; before painting, the rows are laid out for
    // the width they are painted at, whatever the way the width came.
    layoutForWidth();
    QListView::paintEvent(event);
}

void MessageView::clearTextSelection()
{
    if (m_delegate && m_delegate->hasTextSelection()) {
        m_delegate->setTextSelection(0, 0, 0);
        viewport()->update();
    }
}

void MessageView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    m_pressId = 0;
    m_pressLink.clear();
    m_selecting = false;
    if (index.isValid() && m_delegate && event->button() == Qt::LeftButton) {
        const QRect rect = visualRect(index);
        const QPoint pos = event->position().toPoint();
        if (m_delegate->retryButtonAt(index, rect, pos)) {
            Q_EMIT retryRequested(idAt(index));
            event->accept();
            return;
        }
        if (const MessageDelegate::ImagePart part = m_delegate->imagePartAt(index, rect, pos);
            part != MessageDelegate::ImagePart::None) {
            clearTextSelection();
            setCurrentIndex(index);
            const QUrl url = MessageDelegate::imageUrl(index);
            if (part == MessageDelegate::ImagePart::Thumbnail) {
                Q_EMIT showImageRequested(url);
            } else {
                Q_EMIT thumbnailRequested(url);
            }
            event->accept();
            return;
        }
        m_pressLink = m_delegate->linkAt(index, rect, pos);
        const int position = m_delegate->textPositionAt(index, rect, pos);
        if (position >= 0) {
            clearTextSelection();
            m_pressId = idAt(index);
            m_pressPosition = position;
            m_pressPoint = pos;
            setCurrentIndex(index);
            event->accept();
            return;
        }
    }
    clearTextSelection();
    QListView::mousePressEvent(event);
}

void MessageView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressId != 0 && (event->buttons() & Qt::LeftButton)) {
        const QModelIndex index = indexOfMessage(m_pressId);
        if (!index.isValid()) {
            return;
        }
        if (!m_selecting && (pos - m_pressPoint).manhattanLength() < QApplication::startDragDistance()) {
            return;
        }
        m_selecting = true;
        const int position = m_delegate->textPositionAt(index, visualRect(index), pos, true);
        m_delegate->setTextSelection(m_pressId, m_pressPosition, std::max(0, position));
        viewport()->update();
        return;
    }
    if (m_delegate && event->buttons() == Qt::NoButton) {
        const QModelIndex index = indexAt(pos);
        Qt::CursorShape shape = Qt::ArrowCursor;
        if (index.isValid()) {
            const QRect rect = visualRect(index);
            if (!m_delegate->linkAt(index, rect, pos).isEmpty() || m_delegate->retryButtonAt(index, rect, pos)
                || m_delegate->imagePartAt(index, rect, pos) != MessageDelegate::ImagePart::None) {
                shape = Qt::PointingHandCursor;
            } else if (m_delegate->textPositionAt(index, rect, pos) >= 0) {
                shape = Qt::IBeamCursor;
            }
        }
        viewport()->setCursor(shape);
    }
    QListView::mouseMoveEvent(event);
}

void MessageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressId != 0) {
        if (!m_selecting && !m_pressLink.isEmpty() && event->button() == Qt::LeftButton) {
            QDesktopServices::openUrl(QUrl(m_pressLink));
        }
        if (m_selecting && m_delegate->hasTextSelection()) {
            // X11 primary selection, as in any text field.
            if (QClipboard *clipboard = QApplication::clipboard(); clipboard->supportsSelection()) {
                clipboard->setText(m_delegate->selectedText(), QClipboard::Selection);
            }
        }
        m_pressId = 0;
        m_selecting = false;
        event->accept();
        return;
    }
    QListView::mouseReleaseEvent(event);
}

void MessageView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    if (index.isValid() && m_delegate) {
        const int position = m_delegate->textPositionAt(index, visualRect(index), pos);
        if (position >= 0) {
            // Selects the word under the pointer (Unicode word boundaries).
            const QString text = MessageDelegate::shownText(index);
            QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
            finder.setPosition(std::min<qsizetype>(position, text.size()));
            const bool atStart = finder.isAtBoundary() && (finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem);
            const int start = atStart ? position : int(finder.toPreviousBoundary());
            finder.setPosition(std::min<qsizetype>(position, text.size()));
            const int end = int(finder.toNextBoundary());
            if (start >= 0 && end > start) {
                m_delegate->setTextSelection(idAt(index), start, end);
                viewport()->update();
            }
            event->accept();
            return;
        }
    }
    QListView::mouseDoubleClickEvent(event);
}

QString MessageView::copyText() const
{
    if (m_delegate && m_delegate->hasTextSelection()) {
        return m_delegate->selectedText();
    }
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() && currentIndex().isValid()) {
        rows.append(currentIndex());
    }
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    if (rows.size() == 1) {
        return MessageDelegate::shownText(rows.first());
    }
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QDateTime time = row.data(MessageModel::TimeRole).toDateTime().toLocalTime();
        const QString sender = row.data(MessageModel::DirectionRole).toInt() == int(MessageDirection::Outgoing)
            ? tr("Me")
            : row.data(MessageModel::SenderRole).toString().section(u'/', 0, 0);
        lines.append(u"[%1] %2: %3"_s.arg(MessageText::dateTime(time), sender, MessageDelegate::shownText(row)));
    }
    return lines.join(u'\n');
}

void MessageView::copyToClipboard()
{
    const QString text = copyText();
    if (!text.isEmpty()) {
        QApplication::clipboard()->setText(text);
    }
}

void MessageView::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard (the Menu key, Shift+F10) the menu is for the current message, shown at it.
    const bool keyboard = event->reason() == QContextMenuEvent::Keyboard;
    const QModelIndex index = keyboard ? currentIndex() : indexAt(event->pos());
    if (!index.isValid() || !m_delegate) {
        return;
    }
    const QRect rect = visualRect(index);
    const QPoint where = keyboard ? rect.center() : event->pos();
    const qint64 id = idAt(index);
    if (!m_delegate->hasTextSelection() && !selectionModel()->isSelected(index)) {
        setCurrentIndex(index);
    }
    QMenu menu(this);
    const QUrl file = index.data(MessageModel::FileUrlRole).toUrl();
    if (!file.isEmpty()) {
        // Never fetched by itself: only when the user asks, into the file the user picks.
        menu.addAction(themeIcon(u"document-save"_s, QStyle::SP_DialogSaveButton), tr("Download File…"), this,
            [this, file] { Q_EMIT downloadRequested(file); });
        if (ImageThumbnails::isImageUrl(file)) {
            const ImageThumbnails::Status status = m_delegate->imageStatus(index);
            const ImageThumbnails::State state = status.state;
            if (!m_delegate->thumbnails() || state == ImageThumbnails::State::Shown) {
                menu.addAction(themeIcon(u"image-x-generic"_s, QStyle::SP_FileIcon),
                    m_delegate->thumbnails() ? tr("Open Image") : tr("Show Image"), this,
                    [this, file] { Q_EMIT showImageRequested(file); });
            } else if (state != ImageThumbnails::State::Queued && state != ImageThumbnails::State::Loading
                && (state != ImageThumbnails::State::Failed || status.canRetry)) {
                menu.addAction(themeIcon(u"image-x-generic"_s, QStyle::SP_FileIcon), tr("Show Image"), this,
                    [this, file] { Q_EMIT thumbnailRequested(file); });
            }
        }
        menu.addSeparator();
    }
    const QString link = m_delegate->linkAt(index, rect, where);
    if (!link.isEmpty()) {
        menu.addAction(themeIcon(u"internet-web-browser"_s, QStyle::SP_DirLinkIcon), tr("Open Link"), this,
            [link] { QDesktopServices::openUrl(QUrl(link)); });
        menu.addAction(tr("Copy Link Address"), this, [link] { QApplication::clipboard()->setText(link); });
        menu.addSeparator();
    }
    if (m_delegate->isGroupChat()
        && index.data(MessageModel::DirectionRole).toInt() == int(MessageDirection::Incoming)) {
        const QString nick = index.data(MessageModel::SenderRole).toString().section(u'/', 1); // room/nick
        if (!nick.isEmpty()) {
            menu.addAction(themeIcon(u"mail-reply-sender"_s, QStyle::SP_ArrowBack), tr("Reply Privately"), this,
                [this, nick] { Q_EMIT replyPrivatelyRequested(nick); });
            menu.addSeparator();
        }
    }
    QAction *copy = menu.addAction(themeIcon(u"edit-copy"_s, QStyle::SP_FileDialogDetailedView),
        m_delegate->hasTextSelection() ? tr("Copy") : tr("Copy Message"), this, &MessageView::copyToClipboard);
    copy->setShortcut(QKeySequence::Copy);
    if (MessageDelegate::canRetry(index)) {
        menu.addAction(themeIcon(u"view-refresh"_s, QStyle::SP_BrowserReload), tr("Retry Sending"), this,
            [this, id] { Q_EMIT retryRequested(id); });
    }
    menu.addSeparator();
    menu.addAction(themeIcon(u"edit-delete"_s, QStyle::SP_TrashIcon), tr("Remove Message"), this,
        [this, id] { Q_EMIT removeRequested(id); });
    menu.exec(keyboard ? viewport()->mapToGlobal(where) : event->globalPos());
}

void MessageView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyToClipboard();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && m_delegate && m_delegate->thumbnails()) {
        // An image: Enter or Space shows its thumbnail, or opens it when it is shown.
        const QModelIndex index = currentIndex();
        const QUrl url = index.isValid() ? MessageDelegate::imageUrl(index) : QUrl();
        if (!url.isEmpty()) {
            const ImageThumbnails::Status status = m_delegate->imageStatus(index);
            if (status.state == ImageThumbnails::State::Shown) {
                Q_EMIT showImageRequested(url);
            } else if (status.state != ImageThumbnails::State::Failed || status.canRetry) {
                Q_EMIT thumbnailRequested(url);
            }
            event->accept();
            return;
        }
    }
    if (event->key() == Qt::Key_End && event->modifiers() == Qt::ControlModifier) {
        jumpToBottom();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

bool MessageView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Show) {
        layoutForWidth(); // see paintEvent()
    }
    if (event->type() == QEvent::ToolTip && m_delegate) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        const QString text = index.isValid() ? m_delegate->toolTipAt(index, visualRect(index), help->pos()) : QString();
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QListView::viewportEvent(event);
}

} // namespace balcony::ui
