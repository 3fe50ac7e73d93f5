#include "ChatSearchBar.h"

#include "ThemeIcon.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace balcony::ui {

ChatSearchBar::ChatSearchBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_older(new QToolButton(this))
    , m_newer(new QToolButton(this))
    , m_result(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 6, 4);
    row->setSpacing(4);
    m_field->setPlaceholderText(tr("Search in this conversation"));
    m_field->setAccessibleName(tr("Search in conversation"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    row->addWidget(m_field, 1);
    m_result->setAccessibleName(tr("Search results"));
    m_result->setMinimumWidth(m_result->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(888).arg(888)));
    m_result->setAlignment(Qt::AlignCenter);
    row->addWidget(m_result);
    m_older->setIcon(themeIcon(u"go-up"_s, QStyle::SP_ArrowUp));
    m_older->setToolTip(tr("Older result (Enter)"));
    m_older->setAccessibleName(tr("Older result"));
    m_older->setAutoRaise(true);
    connect(m_older, &QToolButton::clicked, this, &ChatSearchBar::older);
    row->addWidget(m_older);
    m_newer->setIcon(themeIcon(u"go-down"_s, QStyle::SP_ArrowDown));
    m_newer->setToolTip(tr("Newer result (Shift+Enter)"));
    m_newer->setAccessibleName(tr("Newer result"));
    m_newer->setAutoRaise(true);
    connect(m_newer, &QToolButton::clicked, this, &ChatSearchBar::newer);
    row->addWidget(m_newer);
    auto *close = new QToolButton(this);
    close->setIcon(themeIcon(u"window-close"_s, QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close the search (Esc)"));
    close->setAccessibleName(tr("Close search"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &ChatSearchBar::closed);
    row->addWidget(close);

    // The full-text search runs once the user pauses, not on every key.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT searchChanged(m_field->text()); });
    setResult(0, 0);
}

ChatSearchBar::~ChatSearchBar() = default;

QString ChatSearchBar::text() const
{
    return m_field->text();
}

void ChatSearchBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void ChatSearchBar::setResult(int current, int total)
{
    if (m_field->text().trimmed().isEmpty()) {
        m_result->clear();
    } else if (total == 0) {
        m_result->setText(tr("No results"));
    } else {
        m_result->setText(tr("%1 of %2").arg(current).arg(total));
    }
    m_older->setEnabled(total > 0 && current < total);
    m_newer->setEnabled(total > 0 && current > 1);
}

bool ChatSearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_debounce->isActive()) {
                // Enter right after typing searches now.
                m_debounce->stop();
                Q_EMIT searchChanged(m_field->text());
            } else if (key->modifiers() & Qt::ShiftModifier) {
                Q_EMIT newer();
            } else {
                Q_EMIT older();
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace balcony::ui
