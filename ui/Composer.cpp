#include "Composer.h"

#include "ThemeIcon.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QDropEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTextBlock>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

// The field grows with its text up to this many lines, then scrolls.
constexpr int maxVisibleLines = 8;

} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_send(new QToolButton(this))
    , m_correctionBar(new QFrame(this))
    , m_correctionLabel(new QLabel(m_correctionBar))
    , m_privateBar(new QFrame(this))
    , m_privateLabel(new QLabel(m_privateBar))
    , m_notice(new QLabel(this))
    , m_noticeAction(new QPushButton(this))
    , m_attach(new QToolButton(this))
    , m_transferBar(new QFrame(this))
    , m_transferLabel(new QLabel(m_transferBar))
    , m_progress(new QProgressBar(m_transferBar))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);

    // "Editing your last message" bar (XEP-0308).
    auto *barLayout = new QHBoxLayout(m_correctionBar);
    barLayout->setContentsMargins(6, 2, 2, 2);
    m_correctionBar->setFrameShape(QFrame::StyledPanel);
    m_correctionLabel->setText(tr("Correcting your last message. Enter replaces it, Esc cancels."));
    m_correctionLabel->setWordWrap(true);
    auto *cancel = new QToolButton(m_correctionBar);
    cancel->setIcon(themeIcon(u"dialog-cancel"_s, QStyle::SP_DialogCancelButton));
    cancel->setText(tr("Cancel Correction"));
    cancel->setToolTip(tr("Cancel the correction (Esc)"));
    cancel->setAccessibleName(tr("Cancel correction"));
    cancel->setAutoRaise(true);
    connect(cancel, &QToolButton::clicked, this, &Composer::endCorrection);
    barLayout->addWidget(m_correctionLabel, 1);
    barLayout->addWidget(cancel);
    m_correctionBar->hide();
    layout->addWidget(m_correctionBar);

    // "Private message to nick" bar (rooms).
    auto *privateLayout = new QHBoxLayout(m_privateBar);
    privateLayout->setContentsMargins(6, 2, 2, 2);
    m_privateBar->setFrameShape(QFrame::StyledPanel);
    m_privateLabel->setWordWrap(true);
    m_privateLabel->setTextFormat(Qt::PlainText);
    auto *everyone = new QToolButton(m_privateBar);
    everyone->setIcon(themeIcon(u"dialog-cancel"_s, QStyle::SP_DialogCancelButton));
    everyone->setText(tr("Write to Everyone"));
    everyone->setToolTip(tr("Write to everyone in the room again (Esc)"));
    everyone->setAccessibleName(tr("Write to everyone in the room"));
    everyone->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    everyone->setAutoRaise(true);
    connect(everyone, &QToolButton::clicked, this, [this] {
        setPrivateRecipient({});
        m_edit->setFocus();
    });
    privateLayout->addWidget(m_privateLabel, 1);
    privateLayout->addWidget(everyone);
    m_privateBar->hide();
    layout->addWidget(m_privateBar);

    // The file being sent or saved: what, how far, and Cancel.
    auto *transferLayout = new QHBoxLayout(m_transferBar);
    transferLayout->setContentsMargins(6, 2, 2, 2);
    m_transferBar->setFrameShape(QFrame::StyledPanel);
    m_transferLabel->setAccessibleName(tr("File transfer"));
    m_progress->setAccessibleName(tr("File transfer progress"));
    m_progress->setTextVisible(true);
    auto *cancelTransfer = new QPushButton(tr("Cancel"), m_transferBar);
    cancelTransfer->setAccessibleName(tr("Cancel the file transfer"));
    cancelTransfer->setAutoDefault(false);
    connect(cancelTransfer, &QPushButton::clicked, this, &Composer::transferCancelRequested);
    transferLayout->addWidget(m_transferLabel);
    transferLayout->addWidget(m_progress, 1);
    transferLayout->addWidget(cancelTransfer);
    m_transferBar->hide();
    layout->addWidget(m_transferBar);

    auto *row = new QHBoxLayout();
    row->setSpacing(6);
    m_attach->setIcon(themeIcon(u"mail-attachment"_s, QStyle::SP_FileIcon));
    m_attach->setText(tr("Attach File…"));
    m_attach->setToolTip(tr("Send a file (Ctrl+Shift+A); you can also drop files here or paste an image"));
    m_attach->setAccessibleName(tr("Attach file"));
    m_attach->setAutoRaise(true);
    connect(m_attach, &QToolButton::clicked, this, &Composer::attachRequested);
    auto *attachShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    attachShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(attachShortcut, &QShortcut::activated, this, &Composer::attachRequested);
    row->addWidget(m_attach, 0, Qt::AlignBottom);
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setTabChangesFocus(true);
    m_edit->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_edit->installEventFilter(this);
    m_edit->viewport()->installEventFilter(this); // drops of files arrive at the viewport
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    row->addWidget(m_edit, 1);

    m_send->setIcon(themeIcon(u"document-send"_s, QStyle::SP_ArrowForward));
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Send the message (Enter); Shift+Enter starts a new line"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_send->setEnabled(false);
    connect(m_send, &QToolButton::clicked, this, &Composer::submit);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    layout->addLayout(row);

    auto *noticeRow = new QHBoxLayout();
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    m_noticeAction->hide();
    m_noticeAction->setAutoDefault(false);
    connect(m_noticeAction, &QPushButton::clicked, this, &Composer::noticeAction);
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_noticeAction, 0, Qt::AlignTop);
    layout->addLayout(noticeRow);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_edit->toPlainText();
        m_send->setEnabled(!text.trimmed().isEmpty());
        updateHeight();
        if (!m_programmatic) {
            Q_EMIT textEdited(text);
        }
        Q_EMIT textChanged(text);
    });
    connect(m_edit->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        &Composer::updateHeight);
    updateHeight();
}

Composer::~Composer() = default;

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_programmatic = true;
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
    m_programmatic = false;
}

void Composer::setPlaceholder(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void Composer::beginCorrection(qint64 historyId, const QString &body)
{
    m_correcting = historyId;
    setText(body);
    m_correctionBar->show();
    m_send->setText(tr("Correct"));
    m_send->setToolTip(tr("Replace your last message with this text (Enter)"));
}

void Composer::endCorrection()
{
    if (m_correcting == 0) {
        return;
    }
    m_correcting = 0;
    m_correctionBar->hide();
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Send the message (Enter); Shift+Enter starts a new line"));
    setText(QString());
    m_edit->setFocus();
}

void Composer::setPrivateRecipient(const QString &nick)
{
    if (nick == m_privateTo) {
        return;
    }
    m_privateTo = nick;
    m_privateBar->setVisible(!nick.isEmpty());
    if (!nick.isEmpty()) {
        m_privateLabel->setText(tr("Private message to %1: only they will see it.").arg(nick));
        m_privateBar->setAccessibleName(m_privateLabel->text());
    }
    Q_EMIT privateRecipientChanged(nick);
}

void Composer::showNotice(const QString &text, bool error, const QString &action)
{
    m_notice->setText(text);
    QPalette palette = this->palette();
    if (error) {
        const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    }
    m_notice->setPalette(palette);
    m_notice->show();
    m_noticeAction->setText(action);
    m_noticeAction->setVisible(!action.isEmpty());
}

void Composer::clearNotice()
{
    m_notice->clear();
    m_notice->hide();
    m_noticeAction->hide();
}

bool Composer::hasNotice() const
{
    return !m_notice->isHidden();
}

QString Composer::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void Composer::submit()
{
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty()) {
        return;
    }
    if (m_correcting != 0) {
        Q_EMIT correctionRequested(m_correcting, text);
    } else {
        Q_EMIT sendRequested(text);
    }
}

void Composer::updateHeight()
{
    const QFontMetrics fm(m_edit->font());
    const int lines = std::clamp(int(std::ceil(m_edit->document()->size().height())), 1, maxVisibleLines);
    const int frame = m_edit->frameWidth() * 2 + int(m_edit->document()->documentMargin() * 2);
    const int height = lines * fm.lineSpacing() + frame + 2;
    // At least two lines: room to see that Shift+Enter makes a new one, and a target that is easy to hit.
    m_edit->setFixedHeight(std::max(height, 2 * fm.lineSpacing() + frame + 2));
}

void Composer::showTransfer(const QString &text, qint64 done, qint64 total)
{
    m_transferLabel->setText(text);
    // QProgressBar counts in int: per mille of the file.
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    m_progress->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
    m_transferBar->show();
}

void Composer::hideTransfer()
{
    m_transferBar->hide();
}

bool Composer::isTransferShown() const
{
    return !m_transferBar->isHidden();
}

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls()) {
        return paths;
    }
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) {
            paths.append(url.toLocalFile());
        }
    }
    return paths;
}

} // namespace

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit->viewport()
        && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (files.isEmpty()) {
            return QWidget::eventFilter(watched, event); // text is dropped as text
        }
        drop->acceptProposedAction();
        if (event->type() == QEvent::Drop) {
            Q_EMIT filesDropped(files);
        }
        return true;
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        // An image on the clipboard (a screenshot) is sent as a file; text is pasted as usual.
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        if (mime && mime->hasImage() && !mime->hasText()) {
            const QImage image = qvariant_cast<QImage>(mime->imageData());
            if (!image.isNull()) {
                Q_EMIT imagePasted(image);
                return true;
            }
        }
        const QStringList files = localFiles(mime);
        if (!files.isEmpty() && mime && !mime->hasText()) {
            Q_EMIT filesDropped(files);
            return true;
        }
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier))) {
            submit();
            return true;
        }
        if (enter && (key->modifiers() & Qt::ShiftModifier)) {
            m_edit->textCursor().insertText(u"\n"_s);
            return true;
        }
        if (key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier && m_edit->document()->isEmpty()) {
            Q_EMIT editLastRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            if (m_correcting != 0) {
                endCorrection();
            } else if (!m_privateTo.isEmpty()) {
                setPrivateRecipient({});
            } else {
                Q_EMIT escapePressed();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace balcony::ui
