#include "FieldError.h"

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace balcony::ui {

QString errorColorName(const QWidget *widget)
{
    const QColor window = widget->palette().color(QPalette::Window);
    return window.lightness() < 128 ? QStringLiteral("#ff8a80") : QStringLiteral("#b00020");
}

void showFieldError(QLabel *label, QWidget *field, const QString &message)
{
    if (label) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(errorColorName(label)));
        label->setPalette(palette);
        label->setWordWrap(true);
        // In a form, only expanding fields take the row's width; a wrapped message would otherwise be squeezed
        // into a narrow column.
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        label->setTextFormat(Qt::PlainText);
        label->setText(message);
        label->setVisible(!message.isEmpty());
        label->setAccessibleName(message);
    }
    if (field) {
        field->setAccessibleDescription(message);
    }
}

void showStatusMessage(QLabel *label, const QWidget *dialog, const QString &message, bool error)
{
    QPalette palette = label->palette();
    palette.setColor(
        QPalette::WindowText, error ? QColor(errorColorName(label)) : dialog->palette().color(QPalette::WindowText));
    label->setPalette(palette);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace balcony::ui
