#include "Composer.h"

#include "ThemeIcon.h"

#include <QAbstractTextDocumentLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QToolButton>
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
    , m_notice(new QLabel(this))
    , m_noticeAction(new QPushButton(this))
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

    auto *row = new QHBoxLayout();
    row->setSpacing(6);
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setTabChangesFocus(true);
    m_edit->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_edit->installEventFilter(this);
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

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
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
            } else {
                Q_EMIT escapePressed();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace balcony::ui
