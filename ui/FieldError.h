#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace balcony::ui {

// A problem shown next to the field it is about: the label (placed under or beside the field in the form)
// gets the text in an error colour that reads on light and dark palettes, the field gets it as its accessible
// description (screen readers announce it with the field), and an empty text hides the label again. What
// the user typed stays as it is.
void showFieldError(QLabel *label, QWidget *field, const QString &message);
// A dialog's status line (not about one field): `message` in the error colour when `error`, else in the
// dialog's own text colour (`dialog`'s palette); an empty message hides the label.
void showStatusMessage(QLabel *label, const QWidget *dialog, const QString &message, bool error);
// The colour for error text on `widget`'s palette (dark red on light windows, light red on dark ones).
QString errorColorName(const QWidget *widget);

} // namespace balcony::ui
