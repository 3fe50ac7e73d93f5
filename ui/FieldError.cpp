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
        label->setTextFormat(Qt::PlainText);
        label->setText(message);
        label->setVisible(!message.isEmpty());
        label->setAccessibleName(message);
    }
    if (field) {
        field->setAccessibleDescription(message);
    }
}

} // namespace balcony::ui
