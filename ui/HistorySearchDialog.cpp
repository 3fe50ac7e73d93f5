#include "HistorySearchDialog.h"

#include "HistorySearchModel.h"
#include "MessageDelegate.h"
#include "MessageText.h"
#include "ui_HistorySearchDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

// Two lines per result: the contact (bold, in its XEP-0392 colour) and the time on the first, the snippet
// with the hit marked on the second.
class ResultDelegate : public QStyledItemDelegate {
public:
    ResultDelegate(HistorySearchModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return { option.rect.width(), fm.height() * 2 + fm.height() / 2 + 8 };
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &palette = option.palette;
        const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QFontMetrics fm(option.font);
        const QRect area = option.rect.adjusted(8, 4, -8, -4);
        const QRect first(area.left(), area.top(), area.width(), fm.height());
        const QRect second(area.left(), first.bottom() + fm.height() / 2, area.width(), fm.height());

        painter->save();
        const QString time = MessageText::dateTime(index.data(HistorySearchModel::TimeRole).toDateTime().toLocalTime());
        painter->setPen(text);
        painter->drawText(first, Qt::AlignRight | Qt::AlignVCenter, time);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        const Jid contact = index.data(HistorySearchModel::ContactRole).value<Jid>();
        painter->setPen(selected ? text : MessageDelegate::nameColor(contact.bareString(), palette));
        QString name = index.data(HistorySearchModel::ContactNameRole).toString();
        if (index.data(HistorySearchModel::OutgoingRole).toBool()) {
            name = HistorySearchDialog::tr("You to %1").arg(name);
        }
        const int nameWidth = area.width() - fm.horizontalAdvance(time) - 16;
        painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(name, Qt::ElideRight, std::max(0, nameWidth)));

        // The snippet: one line, hit marked (MessageText escapes the text).
        const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
        QTextDocument doc;
        doc.setDocumentMargin(0);
        doc.setDefaultFont(option.font);
        QTextOption noWrap;
        noWrap.setWrapMode(QTextOption::NoWrap);
        doc.setDefaultTextOption(noWrap);
        doc.setHtml(MessageText::toHtml(
            fm.elidedText(index.data(HistorySearchModel::SnippetRole).toString(), Qt::ElideRight, second.width()),
            m_model->words(), (dark ? QColor(0x8a, 0x6d, 0x00) : QColor(0xff, 0xe0, 0x66)).name(),
            (dark ? QColor(Qt::white) : QColor(Qt::black)).name(), false));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette;
        context.palette.setColor(QPalette::Text, text);
        context.clip = QRectF(0, 0, second.width(), second.height());
        painter->translate(second.topLeft());
        painter->setClipRect(context.clip);
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

private:
    HistorySearchModel *m_model;
};

} // namespace

HistorySearchDialog::HistorySearchDialog(const QList<app::AccountController *> &accounts, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistorySearchDialog>())
    , m_model(new HistorySearchModel(this))
    , m_debounce(new QTimer(this))
{
    m_ui->setupUi(this);
    m_model->setAccounts(accounts);
    m_ui->resultList->setModel(m_model);
    m_ui->resultList->setItemDelegate(new ResultDelegate(m_model, m_ui->resultList));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &HistorySearchDialog::runSearch);
    connect(m_ui->resultList, &QListView::activated, this, &HistorySearchDialog::activate);
    // Enter in the field opens the first (or selected) result; Down moves into the list.
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            runSearch();
        }
        const QModelIndex current = m_ui->resultList->currentIndex();
        activate(current.isValid() ? current : m_model->index(0, 0));
    });
    m_ui->searchEdit->setFocus();
}

HistorySearchDialog::~HistorySearchDialog() = default;

void HistorySearchDialog::setAccounts(const QList<app::AccountController *> &accounts)
{
    m_model->setAccounts(accounts);
    runSearch();
}

void HistorySearchDialog::search(const QString &text)
{
    m_ui->searchEdit->setText(text);
    m_debounce->stop();
    runSearch();
}

void HistorySearchDialog::runSearch()
{
    const QString text = m_ui->searchEdit->text();
    m_model->search(text);
    const int count = m_model->rowCount();
    if (m_model->words().isEmpty()) {
        m_ui->statusLabel->clear();
    } else if (count == 0) {
        m_ui->statusLabel->setText(tr("No message contains this."));
    } else {
        m_ui->statusLabel->setText(tr("%n message(s)", nullptr, count));
        m_ui->resultList->setCurrentIndex(m_model->index(0, 0));
    }
}

void HistorySearchDialog::activate(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    Q_EMIT openResult(index.data(HistorySearchModel::AccountRole).value<Jid>(),
        index.data(HistorySearchModel::ContactRole).value<Jid>(),
        index.data(HistorySearchModel::HistoryIdRole).toLongLong());
    accept();
}

} // namespace balcony::ui
