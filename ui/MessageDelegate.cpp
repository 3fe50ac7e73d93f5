#include "MessageDelegate.h"

#include "LockIcon.h"
#include "models/MessageModel.h"
#include "storage/StoredMessage.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextOption>

namespace balcony::ui {

namespace {

constexpr int Margin = 8;

int bodyWidth(const QStyleOptionViewItem &option)
{
    return qMax(80, option.rect.width() - 2 * Margin);
}

} // namespace

QString MessageDelegate::stateText(int state, const QString &errorText)
{
    switch (MessageState(state)) {
    case MessageState::Queued:
        return QApplication::translate("MessageDelegate", "Queued");
    case MessageState::Sent:
        return QApplication::translate("MessageDelegate", "Sent");
    case MessageState::AckedByServer:
        return QApplication::translate("MessageDelegate", "On the server");
    case MessageState::Delivered:
        return QApplication::translate("MessageDelegate", "Delivered");
    case MessageState::Read:
        return QApplication::translate("MessageDelegate", "Read");
    case MessageState::Failed:
        return errorText.isEmpty() ? QApplication::translate("MessageDelegate", "Not sent")
                                   : QApplication::translate("MessageDelegate", "Not sent: %1").arg(errorText);
    case MessageState::Received:
        break;
    }
    return QString();
}

QString MessageDelegate::headerText(const QModelIndex &index, const QString &contactName)
{
    const bool outgoing
        = MessageDirection(index.data(MessageModel::DirectionRole).toInt()) == MessageDirection::Outgoing;
    QString who = outgoing ? QApplication::translate("MessageDelegate", "You") : contactName;
    if (who.isEmpty()) {
        who = index.data(MessageModel::SenderRole).toString().section(QLatin1Char('/'), 0, 0);
    }
    const QDateTime time = index.data(MessageModel::TimeRole).toDateTime().toLocalTime();
    QString header = who + QStringLiteral(" · ") + QLocale().toString(time, QLocale::ShortFormat);
    const QString state
        = stateText(index.data(MessageModel::StateRole).toInt(), index.data(MessageModel::ErrorTextRole).toString());
    if (!state.isEmpty()) {
        header += QStringLiteral(" · ") + state;
    }
    return header;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const QRect body = metrics.boundingRect(QRect(0, 0, bodyWidth(option), 100000),
        Qt::TextWordWrap | Qt::TextWrapAnywhere, index.data(MessageModel::BodyRole).toString());
    return QSize(bodyWidth(option), metrics.height() + body.height() + Margin + 4);
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor base = option.palette.color(QPalette::Base);
    const QColor secondary = selected
        ? text
        : QColor::fromRgbF((text.redF() * 3 + base.redF() * 2) / 5, (text.greenF() * 3 + base.greenF() * 2) / 5,
            (text.blueF() * 3 + base.blueF() * 2) / 5);
    const bool failed = MessageState(index.data(MessageModel::StateRole).toInt()) == MessageState::Failed;
    const bool encrypted = index.data(MessageModel::EncryptionRole).toInt() != 0;
    const QFontMetrics metrics(option.font);

    painter->save();
    int left = option.rect.left() + Margin;
    const int top = option.rect.top() + Margin / 2;
    if (encrypted) {
        const int lock = metrics.height() * 3 / 4;
        LockIcon::paint(painter, QRect(left, top + (metrics.height() - lock) / 2, lock, lock), secondary);
        left += lock + 4;
    }
    painter->setPen(failed && !selected ? QColor(0xda, 0x36, 0x33) : secondary);
    const QRect headerRect(left, top, option.rect.right() - Margin - left, metrics.height());
    painter->drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(headerText(index, m_contactName), Qt::ElideRight, headerRect.width()));
    painter->setPen(text);
    const QRect bodyRect(option.rect.left() + Margin, top + metrics.height() + 2, bodyWidth(option),
        option.rect.bottom() - top - metrics.height());
    painter->drawText(bodyRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere,
        index.data(MessageModel::BodyRole).toString());
    painter->restore();
}

} // namespace balcony::ui
